/* test_manifest.c - hashing model trees: reference order, numeric shard order,
 * ignore rules, single files, empty trees, symlinks, non-UTF-8 names, files
 * that change while hashed, and digests checked against OpenSSL directly. */
#include "harness.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include "integrity/internal.h"
#include "saiguard/integrity.h"

static char *dup_tmpdir(void)
{
    return strdup(sg_test_tmpdir());
}

static struct sg_manifest *hash_with(const char *root, const struct sg_hash_options *opt,
                                     struct sg_error *err)
{
    struct sg_manifest *m = NULL;
    if (sg_manifest_hash(NULL, root, opt, &m, err) != SG_OK)
        return NULL;
    return m;
}

static void test_reference_order_per_component(void)
{
    char *dir = dup_tmpdir();
    const char *files[] = {"a.b", "a-b/c", "a b", "a/b.bin", "a/b", "A"};
    for (size_t i = 0; i < 6; i++)
        CHECK(sg_test_write_file(dir, files[i], files[i], strlen(files[i])));
    struct sg_error err = {0};
    struct sg_manifest *m = hash_with(dir, NULL, &err);
    CHECK(m != NULL);
    const char *want[] = {"A", "a/b", "a/b.bin", "a b", "a-b/c", "a.b"};
    CHECK_EQ_INT(m->count, 6);
    for (size_t i = 0; i < 6; i++)
        CHECK_STR(m->entries[i].name, want[i]);
    /* Each digest is SHA-256 of the content (here: the name). */
    uint8_t d[32];
    CHECK_OK(sg_sha256("a/b.bin", 7, d), NULL);
    CHECK(memcmp(m->entries[2].digest, d, 32) == 0);
    sg_manifest_free(m);
    free(dir);
}

static void test_shards_numeric_order_and_ranges(void)
{
    char *dir = dup_tmpdir();
    /* 25 bytes in shards of 8 -> 0:8, 8:16, 16:24, 24:25 (numeric, not "16" < "8"). */
    CHECK(sg_test_write_file(dir, "w", "0123456789abcdefghijklmno", 25));
    CHECK(sg_test_write_file(dir, "empty", "", 0));
    struct sg_hash_options o = {.method = SG_SERIALIZE_SHARDS, .shard_size = 8};
    struct sg_error err = {0};
    struct sg_manifest *m = hash_with(dir, &o, &err);
    CHECK(m != NULL);
    CHECK_EQ_INT(m->count, 4); /* the empty file has no shard, as in the reference */
    CHECK_STR(m->entries[0].name, "w:0:8");
    CHECK_STR(m->entries[1].name, "w:8:16");
    CHECK_STR(m->entries[2].name, "w:16:24");
    CHECK_STR(m->entries[3].name, "w:24:25");
    uint8_t d[32];
    CHECK_OK(sg_sha256("o", 1, d), NULL);
    CHECK(memcmp(m->entries[3].digest, d, 32) == 0);
    sg_manifest_free(m);
    free(dir);
}

static void test_threads_do_not_change_the_result(void)
{
    char *dir = dup_tmpdir();
    char name[32], data[4096];
    for (int i = 0; i < 40; i++) {
        snprintf(name, sizeof name, "d%d/f%02d", i % 3, i);
        memset(data, 'a' + i % 26, sizeof data);
        CHECK(sg_test_write_file(dir, name, data, (size_t)(i * 97) % sizeof data));
    }
    struct sg_hash_options one = {.threads = 1, .method = SG_SERIALIZE_SHARDS, .shard_size = 1000};
    struct sg_hash_options many = {.threads = 7, .method = SG_SERIALIZE_SHARDS, .shard_size = 1000};
    struct sg_error err = {0};
    struct sg_manifest *a = hash_with(dir, &one, &err), *b = hash_with(dir, &many, &err);
    CHECK(a && b);
    CHECK_EQ_INT(a->count, b->count);
    CHECK(memcmp(a->root, b->root, 32) == 0);
    sg_manifest_free(a);
    sg_manifest_free(b);
    free(dir);
}

static void test_default_and_user_ignores(void)
{
    char *dir = dup_tmpdir();
    CHECK(sg_test_write_file(dir, ".git/HEAD", "ref", 3));
    CHECK(sg_test_write_file(dir, ".gitignore", "x", 1));
    CHECK(sg_test_write_file(dir, "sub/.gitignore", "x", 1)); /* defaults are top-level only */
    CHECK(sg_test_write_file(dir, "model.sig", "{}", 2));
    CHECK(sg_test_write_file(dir, "cache/x.tmp", "t", 1));
    CHECK(sg_test_write_file(dir, "w.bin", "w", 1));
    CHECK(sg_test_write_file(dir, "notes.tmp", "n", 1));
    char sig[4200];
    snprintf(sig, sizeof sig, "%s/model.sig", dir);
    const char *ign[] = {"cache", "*.tmp"};
    struct sg_hash_options o = {.ignore = ign, .n_ignore = 2, .signature_path = sig,
                                .record_ignores = true};
    struct sg_error err = {0};
    struct sg_manifest *m = hash_with(dir, &o, &err);
    CHECK(m != NULL);
    CHECK_EQ_INT(m->count, 2);
    CHECK_STR(m->entries[0].name, "sub/.gitignore");
    CHECK_STR(m->entries[1].name, "w.bin");
    /* The ignore list is recorded for verify: defaults, user paths, the signature. */
    CHECK_EQ_INT(m->n_ignore, 7);
    CHECK_STR(m->ignore_paths[6], "model.sig");
    sg_manifest_free(m);
    free(dir);
}

static void test_single_file_is_named_dot(void)
{
    char *dir = dup_tmpdir();
    CHECK(sg_test_write_file(dir, "file_model", "This is a simple model", 22));
    char path[4200];
    snprintf(path, sizeof path, "%s/file_model", dir);
    struct sg_error err = {0};
    struct sg_manifest *m = hash_with(path, NULL, &err);
    CHECK(m != NULL);
    CHECK_EQ_INT(m->count, 1);
    CHECK_STR(m->entries[0].name, ".");
    CHECK_STR(m->model_name, "file_model");
    char hex[65];
    sg_hex_encode(m->root, 32, hex);
    /* Golden root of the reference's sample_model_file fixture. */
    CHECK_STR(hex, "002d162f867c5eee944e5080d25829b6625be0e3f081f6fbafc7dd655ca2e178");
    sg_manifest_free(m);
    free(dir);
}

static void test_empty_dir_has_empty_root(void)
{
    char *dir = dup_tmpdir();
    struct sg_error err = {0};
    struct sg_manifest *m = hash_with(dir, NULL, &err);
    CHECK(m != NULL);
    CHECK_EQ_INT(m->count, 0);
    char hex[65];
    sg_hex_encode(m->root, 32, hex);
    CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    sg_manifest_free(m);
    free(dir);
}

static void test_symlinks(void)
{
    char *dir = dup_tmpdir();
    CHECK(sg_test_write_file(dir, "m/w.bin", "w", 1));
    CHECK(sg_test_write_file(dir, "outside", "o", 1));
    char root[4200], link[4300];
    snprintf(root, sizeof root, "%s/m", dir);
    snprintf(link, sizeof link, "%s/alias", root);
    CHECK(symlink("w.bin", link) == 0);
    struct sg_error err = {0};
    struct sg_manifest *m = NULL;
    CHECK_EQ_INT(sg_manifest_hash(NULL, root, NULL, &m, &err), SG_ERR_SYMLINK);
    CHECK(m == NULL);
    CHECK(strstr(err.subject, "alias") != NULL);
    struct sg_hash_options follow = {.follow_symlinks = true};
    m = hash_with(root, &follow, &err);
    CHECK(m != NULL);
    CHECK_EQ_INT(m->count, 2);
    CHECK(m->allow_symlinks);
    CHECK(memcmp(m->entries[0].digest, m->entries[1].digest, 32) == 0);
    sg_manifest_free(m);
    /* Never outside the root, even when following. */
    snprintf(link, sizeof link, "%s/escape", root);
    CHECK(symlink("../outside", link) == 0);
    CHECK_EQ_INT(sg_manifest_hash(NULL, root, &follow, &m, &err), SG_ERR_UNSAFE_PATH);
    /* A loop is an error, not a hang. */
    unlink(link);
    snprintf(link, sizeof link, "%s/loop", root);
    CHECK(symlink("loop", link) == 0);
    CHECK(sg_manifest_hash(NULL, root, &follow, &m, &err) != SG_OK);
    CHECK(m == NULL);
    free(dir);
}

static void test_non_utf8_name_rejected(void)
{
    char *dir = dup_tmpdir();
    CHECK(sg_test_write_file(dir, "bad\xff.bin", "x", 1));
    struct sg_error err = {0};
    struct sg_manifest *m = NULL;
    CHECK_EQ_INT(sg_manifest_hash(NULL, dir, NULL, &m, &err), SG_ERR_ENCODING);
    CHECK(strstr(err.reason, "UTF-8") != NULL);
    free(dir);
}

static void test_unreadable_file_is_an_error(void)
{
    if (geteuid() == 0)
        return; /* root reads everything: nothing to test */
    char *dir = dup_tmpdir();
    CHECK(sg_test_write_file(dir, "secret", "x", 1));
    char path[4200];
    snprintf(path, sizeof path, "%s/secret", dir);
    CHECK(chmod(path, 0) == 0);
    struct sg_error err = {0};
    struct sg_manifest *m = NULL;
    CHECK_EQ_INT(sg_manifest_hash(NULL, dir, NULL, &m, &err), SG_ERR_PERMISSION);
    free(dir);
}

static void touch_later(const char *path)
{
    /* Simulates a writer: the file gets a new mtime after it was checked. */
    struct timespec ts[2] = {{.tv_sec = 0, .tv_nsec = UTIME_OMIT}, {.tv_sec = 1000000000, .tv_nsec = 0}};
    (void)utimensat(AT_FDCWD, path, ts, 0);
}

static void append_byte(const char *path)
{
    int fd = open(path, O_WRONLY | O_APPEND);
    if (fd >= 0) {
        (void)!write(fd, "!", 1);
        close(fd);
    }
}

static void test_file_changed_while_hashed(void)
{
    char *dir = dup_tmpdir();
    char big[100000];
    memset(big, 'x', sizeof big);
    CHECK(sg_test_write_file(dir, "w.bin", big, sizeof big));
    struct sg_error err = {0};
    struct sg_manifest *m = NULL;
    sg__integrity_hash_hook = touch_later;
    sg_err rc = sg_manifest_hash(NULL, dir, NULL, &m, &err);
    sg__integrity_hash_hook = append_byte;
    sg_err rc2 = sg_manifest_hash(NULL, dir, NULL, &m, &err);
    sg__integrity_hash_hook = NULL;
    CHECK_EQ_INT(rc, SG_ERR_CHANGED);
    CHECK_EQ_INT(rc2, SG_ERR_CHANGED);
    CHECK(m == NULL);
    CHECK(strstr(err.subject, "w.bin") != NULL);
    free(dir);
}

static void test_hostile_shard_size_hits_limit(void)
{
    char *dir = dup_tmpdir();
    /* A sparse 1 GiB file in 1-byte shards would need 2^30 entries. */
    char path[4200];
    snprintf(path, sizeof path, "%s/huge", dir);
    int fd = open(path, O_CREAT | O_WRONLY, 0644);
    CHECK(fd >= 0);
    CHECK(ftruncate(fd, (off_t)1 << 30) == 0);
    close(fd);
    struct sg_hash_options o = {.method = SG_SERIALIZE_SHARDS, .shard_size = 1};
    struct sg_error err = {0};
    struct sg_manifest *m = NULL;
    CHECK_EQ_INT(sg_manifest_hash(NULL, dir, &o, &m, &err), SG_ERR_LIMIT);
    free(dir);
}

static void test_blake2b(void)
{
    char *dir = dup_tmpdir();
    CHECK(sg_test_write_file(dir, "f", "abc", 3));
    struct sg_hash_options o = {.algo = SG_HASH_BLAKE2B};
    struct sg_error err = {0};
    struct sg_manifest *m = hash_with(dir, &o, &err);
    CHECK(m != NULL);
    CHECK_EQ_INT(m->entries[0].digest_len, 64);
    char hex[129];
    sg_hex_encode(m->entries[0].digest, 64, hex);
    /* BLAKE2b-512("abc"), RFC 7693 appendix A. */
    CHECK(strncmp(hex, "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1", 64) == 0);
    sg_manifest_free(m);
    free(dir);
}

static void test_option_parsers(void)
{
    uint64_t v;
    CHECK_OK(sg_size_parse("2G", &v, NULL), NULL);
    CHECK(v == (uint64_t)2 << 30);
    CHECK_OK(sg_size_parse("1000000000", &v, NULL), NULL);
    CHECK(v == 1000000000);
    CHECK_OK(sg_size_parse("5MB", &v, NULL), NULL);
    CHECK(v == 5000000);
    CHECK(sg_size_parse("0", &v, NULL) != SG_OK);
    CHECK(sg_size_parse("-5", &v, NULL) != SG_OK);
    CHECK(sg_size_parse("5X", &v, NULL) != SG_OK);
    CHECK(sg_size_parse("99999999999999999999", &v, NULL) != SG_OK);
    enum sg_serialization s;
    CHECK(sg_serialization_parse("chunks", &s, NULL) != SG_OK);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_reference_order_per_component),
        SG_TEST(test_shards_numeric_order_and_ranges),
        SG_TEST(test_threads_do_not_change_the_result),
        SG_TEST(test_default_and_user_ignores),
        SG_TEST(test_single_file_is_named_dot),
        SG_TEST(test_empty_dir_has_empty_root),
        SG_TEST(test_symlinks),
        SG_TEST(test_non_utf8_name_rejected),
        SG_TEST(test_unreadable_file_is_an_error),
        SG_TEST(test_file_changed_while_hashed),
        SG_TEST(test_hostile_shard_size_hits_limit),
        SG_TEST(test_blake2b),
        SG_TEST(test_option_parsers),
        {NULL, NULL},
    };
    return sg_test_main(argc, argv, tests);
}
