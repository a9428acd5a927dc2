/* test_walk.c - walk order, symlink policies, loops, ignore filter, UTF-8. */
#include "harness.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

struct collected {
    char names[64][256];
    int n;
    int errors;
};

static sg_err collect(void *user, const struct sg_walk_entry *e, struct sg_error *err)
{
    (void)err;
    struct collected *c = user;
    if (e->kind == SG_WALK_ERROR) {
        c->errors++;
        return SG_OK;
    }
    if (c->n < 64)
        snprintf(c->names[c->n++], 256, "%s%s", e->relpath, e->kind == SG_WALK_DIR ? "/" : "");
    return SG_OK;
}

static void test_order_is_per_component(void)
{
    /* The OMS reference sorts by path components: a/b before "a b". */
    const char *dir = sg_test_tmpdir();
    const char *files[] = {"a.b", "a-b/c", "a b", "a/b.bin", "a/b", "A"};
    for (size_t i = 0; i < 6; i++)
        CHECK(sg_test_write_file(dir, files[i], "x", 1));
    struct collected c = {0};
    struct sg_error err = {0};
    CHECK_OK(sg_walk(dir, NULL, collect, &c, &err), &err);
    const char *want[] = {"A", "a/b", "a/b.bin", "a b", "a-b/c", "a.b"};
    CHECK_EQ_INT(c.n, 6);
    for (int i = 0; i < 6; i++)
        CHECK_STR(c.names[i], want[i]);
}

static void test_symlinks_rejected_by_default_followed_inside_root(void)
{
    const char *dir = sg_test_tmpdir();
    CHECK(sg_test_write_file(dir, "model/w.bin", "w", 1));
    char link[4200], outside[4200];
    snprintf(link, sizeof link, "%s/model/alias.bin", dir);
    CHECK(symlink("w.bin", link) == 0);
    char root[4200];
    snprintf(root, sizeof root, "%s/model", dir);
    struct collected c = {0};
    struct sg_error err = {0};
    CHECK_EQ_INT(sg_walk(root, NULL, collect, &c, &err), SG_ERR_SYMLINK);
    CHECK(strstr(err.subject, "alias.bin") != NULL);

    struct sg_walk_options follow = {.symlinks = SG_SYMLINKS_FOLLOW};
    memset(&c, 0, sizeof c);
    CHECK_OK(sg_walk(root, &follow, collect, &c, &err), &err);
    CHECK_EQ_INT(c.n, 2);

    CHECK(sg_test_write_file(dir, "secret", "s", 1));
    snprintf(outside, sizeof outside, "%s/model/escape", dir);
    CHECK(symlink("../secret", outside) == 0);
    memset(&c, 0, sizeof c);
    CHECK_EQ_INT(sg_walk(root, &follow, collect, &c, &err), SG_ERR_UNSAFE_PATH);
}

static void test_symlink_loop_detected(void)
{
    const char *dir = sg_test_tmpdir();
    CHECK(sg_test_write_file(dir, "m/d/f", "x", 1));
    char link[4200], root[4200];
    snprintf(link, sizeof link, "%s/m/d/up", dir);
    CHECK(symlink("..", link) == 0);
    snprintf(root, sizeof root, "%s/m", dir);
    struct sg_walk_options follow = {.symlinks = SG_SYMLINKS_FOLLOW};
    struct collected c = {0};
    struct sg_error err = {0};
    CHECK_EQ_INT(sg_walk(root, &follow, collect, &c, &err), SG_ERR_SYMLINK);
    CHECK(strstr(err.reason, "loop") != NULL);
    snprintf(link, sizeof link, "%s/m/self", dir);
    CHECK(symlink("self", link) == 0);
}

static bool skip_git(void *user, const char *relpath, bool is_dir)
{
    (void)user;
    (void)is_dir;
    return sg_path_match(".git", relpath);
}

static void test_skip_filter_prunes_directories(void)
{
    const char *dir = sg_test_tmpdir();
    CHECK(sg_test_write_file(dir, ".git/objects/x", "x", 1));
    CHECK(sg_test_write_file(dir, "weights", "w", 1));
    struct sg_walk_options opt = {.skip = skip_git, .include_dirs = true};
    struct collected c = {0};
    struct sg_error err = {0};
    CHECK_OK(sg_walk(dir, &opt, collect, &c, &err), &err);
    CHECK_EQ_INT(c.n, 1);
    CHECK_STR(c.names[0], "weights");
}

static sg_err check_utf8(void *user, const struct sg_walk_entry *e, struct sg_error *err)
{
    (void)err;
    int *bad = user;
    if (!e->name_is_utf8)
        (*bad)++;
    return SG_OK;
}

static void test_non_utf8_names_are_flagged(void)
{
    const char *dir = sg_test_tmpdir();
    CHECK(sg_test_write_file(dir, "caf\xc3\xa9", "x", 1));
    CHECK(sg_test_write_file(dir, "bad\xff", "x", 1));
    int bad = 0;
    struct sg_error err = {0};
    CHECK_OK(sg_walk(dir, NULL, check_utf8, &bad, &err), &err);
    CHECK_EQ_INT(bad, 1);
    CHECK(!sg_utf8_valid("\xc0\xaf", 2));       /* overlong */
    CHECK(!sg_utf8_valid("\xed\xa0\x80", 3));   /* surrogate */
    CHECK(sg_utf8_valid("\xf0\x9f\x98\x80", 4));
}

static void test_single_file_root_and_missing_root(void)
{
    const char *dir = sg_test_tmpdir();
    CHECK(sg_test_write_file(dir, "model.gguf", "x", 1));
    char path[4200];
    snprintf(path, sizeof path, "%s/model.gguf", dir);
    struct collected c = {0};
    struct sg_error err = {0};
    CHECK_OK(sg_walk(path, NULL, collect, &c, &err), &err);
    CHECK_EQ_INT(c.n, 1);
    CHECK_STR(c.names[0], "model.gguf");
    snprintf(path, sizeof path, "%s/absent", dir);
    CHECK_EQ_INT(sg_walk(path, NULL, collect, &c, &err), SG_ERR_NOT_FOUND);
}

static void test_unreadable_directory_reported_not_fatal(void)
{
    if (geteuid() == 0)
        return; /* root reads everything; nothing to observe */
    const char *dir = sg_test_tmpdir();
    CHECK(sg_test_write_file(dir, "locked/f", "x", 1));
    char locked[4200];
    snprintf(locked, sizeof locked, "%s/locked", dir);
    CHECK(chmod(locked, 0) == 0);
    struct collected c = {0};
    struct sg_error err = {0};
    sg_err rc = sg_walk(dir, NULL, collect, &c, &err);
    (void)chmod(locked, 0700);
    CHECK_OK(rc, &err);
    CHECK_EQ_INT(c.errors, 1);
}

/* Every entry's path is the root (trailing slashes dropped) joined with its
 * relpath, however deep the previous entry was: the walker builds paths in
 * one buffer, so a short name after a long one must leave nothing behind. */
struct paths {
    char root[4200];
    int n, bad_path, not_utf8;
    char last[256];
};

static sg_err check_path(void *user, const struct sg_walk_entry *e, struct sg_error *err)
{
    (void)err;
    struct paths *p = user;
    char want[8400];
    snprintf(want, sizeof want, "%s/%s", p->root, e->relpath);
    if (strcmp(want, e->path) != 0)
        p->bad_path++;
    int depth = 1;
    for (const char *c = e->relpath; *c; c++)
        depth += *c == '/';
    if (depth != e->depth)
        p->bad_path++;
    if (!e->name_is_utf8)
        p->not_utf8++;
    snprintf(p->last, sizeof p->last, "%s", e->relpath);
    p->n++;
    return SG_OK;
}

static void test_paths_rebuilt_for_every_entry(void)
{
    const char *dir = sg_test_tmpdir();
    const char *files[] = {"aaaaaaaaaaaa/bbbbbbbbbbbbbbbb/cccccccccc", "aaaaaaaaaaaa/d", "e",
                           "bad\xff/ok", "z/y/x/w"};
    for (size_t i = 0; i < 5; i++)
        CHECK(sg_test_write_file(dir, files[i], "x", 1));
    struct paths p = {0};
    snprintf(p.root, sizeof p.root, "%s", dir);
    char root[4200];
    snprintf(root, sizeof root, "%s//", dir);
    struct sg_walk_options opt = {.include_dirs = true};
    struct sg_error err = {0};
    CHECK_OK(sg_walk(root, &opt, check_path, &p, &err), &err);
    CHECK_EQ_INT(p.n, 11); /* 5 files, 6 directories */
    CHECK_EQ_INT(p.bad_path, 0);
    CHECK_EQ_INT(p.not_utf8, 2); /* the directory and the file below it */
    CHECK_STR(p.last, "z/y/x/w");
}

static void test_too_long_path_reported_not_fatal(void)
{
    /* Nest 250-byte names until the path passes PATH_MAX; the walk reports
     * the entry it cannot name and carries on with its siblings. */
    const char *dir = sg_test_tmpdir();
    CHECK(sg_test_write_file(dir, "first", "x", 1));
    CHECK(sg_test_write_file(dir, "zlast", "x", 1));
    char name[251];
    memset(name, 'n', 250);
    name[250] = '\0';
    int fd = open(dir, O_RDONLY | O_DIRECTORY);
    CHECK(fd >= 0);
    for (size_t len = strlen(dir); len < PATH_MAX + 300; len += 251) {
        CHECK(mkdirat(fd, name, 0700) == 0);
        int next = openat(fd, name, O_RDONLY | O_DIRECTORY);
        close(fd);
        CHECK(next >= 0);
        fd = next;
    }
    close(fd);
    struct collected c = {0};
    struct sg_error err = {0};
    CHECK_OK(sg_walk(dir, NULL, collect, &c, &err), &err);
    CHECK_EQ_INT(c.errors, 1);
    CHECK_EQ_INT(c.n, 2);
    CHECK_STR(c.names[1], "zlast");
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_order_is_per_component),
        SG_TEST(test_symlinks_rejected_by_default_followed_inside_root),
        SG_TEST(test_symlink_loop_detected),
        SG_TEST(test_skip_filter_prunes_directories),
        SG_TEST(test_non_utf8_names_are_flagged),
        SG_TEST(test_single_file_root_and_missing_root),
        SG_TEST(test_unreadable_directory_reported_not_fatal),
        SG_TEST(test_paths_rebuilt_for_every_entry),
        SG_TEST(test_too_long_path_reported_not_fatal),
        {0},
    };
    return sg_test_main(argc, argv, tests);
}
