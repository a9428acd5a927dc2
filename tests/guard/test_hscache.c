/* test_hscache.c - the cache of compiled Hyperscan databases: a second guard
 * loads what the first compiled; a corrupted, foreign-looking or
 * group-writable file is ignored and replaced; "off" writes nothing; and a
 * guard built from the cache finds the same things. */
#include <dirent.h>
#include <fcntl.h>
#include <time.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"

#include "guard/guard_int.h"

static char dir[1024];

/* rules, entities, digits, iban, generic */
#define N_DB 5

static size_t count_files(const char *d)
{
    size_t n = 0;
    DIR *dp = opendir(d);
    if (!dp)
        return 0;
    for (struct dirent *e; (e = readdir(dp));)
        n += strncmp(e->d_name, "hs-", 3) == 0;
    closedir(dp);
    return n;
}

/* Builds and frees one guard; returns how many databases came from cache. */
static unsigned one_guard(void)
{
    unsigned before = sg__guard_hs_cache_hits();
    sg_guard *g = NULL;
    struct sg_error err;
    if (sg_guard_new(NULL, &g, &err) != SG_OK) {
        sg_test_fail(__FILE__, __LINE__, "sg_guard_new: %s", err.reason);
        return 99;
    }
    /* The cached databases must work: one secret and one digit entity. */
    const char *t = "key AKIAZ7QW3ERT5YUI9OPA, SSN 536-22-1234";
    struct sg_guard_entity e[8];
    size_t n = 0;
    bool trunc;
    if (sg_guard_entities(g, t, strlen(t), NULL, e, 8, &n, &trunc, NULL) != SG_OK || n != 2)
        sg_test_fail(__FILE__, __LINE__, "guard from cache found %zu entities, want 2", n);
    sg_guard_free(g);
    return sg__guard_hs_cache_hits() - before;
}

/* Path of the first cache file whose name contains part. */
static bool cache_file(const char *part, char *out, size_t cap)
{
    DIR *dp = opendir(dir);
    bool found = false;
    for (struct dirent *e; dp && !found && (e = readdir(dp));)
        if (strncmp(e->d_name, "hs-", 3) == 0 && strstr(e->d_name, part)) {
            int n = snprintf(out, cap, "%s/%s", dir, e->d_name);
            found = n > 0 && (size_t)n < cap;
        }
    if (dp)
        closedir(dp);
    return found;
}

static void test_second_guard_loads_from_cache(void)
{
    CHECK_EQ_INT(one_guard(), 0); /* every set compiled and stored */
    CHECK_EQ_INT(count_files(dir), N_DB);
    CHECK_EQ_INT(one_guard(), N_DB);
}

static void test_corrupt_file_is_ignored_and_replaced(void)
{
    char path[1200];
    CHECK(cache_file("entities", path, sizeof path));
    FILE *f = fopen(path, "r+b");
    CHECK(f);
    fseek(f, -10, SEEK_END); /* inside the serialised database */
    int c = fgetc(f);
    fseek(f, -10, SEEK_END);
    fputc(c ^ 0x5a, f);
    fclose(f);
    CHECK_EQ_INT(one_guard(), N_DB - 1); /* entities recompiled */
    CHECK_EQ_INT(one_guard(), N_DB);     /* and rewritten */

    CHECK(cache_file("digits", path, sizeof path));
    CHECK(truncate(path, 50) == 0); /* torn write */
    CHECK_EQ_INT(one_guard(), N_DB - 1);
    CHECK_EQ_INT(one_guard(), N_DB);
}

static void test_group_writable_file_is_ignored(void)
{
    char path[1200];
    CHECK(cache_file("rules", path, sizeof path));
    CHECK(chmod(path, 0666) == 0);
    CHECK_EQ_INT(one_guard(), N_DB - 1);
    CHECK_EQ_INT(one_guard(), N_DB); /* replaced by a private file */
    struct stat st;
    CHECK(stat(path, &st) == 0 && !(st.st_mode & 022));
}

static bool exists(const char *name)
{
    char path[1200];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    struct stat st;
    return stat(path, &st) == 0;
}

static void make_file_aged(const char *name, long age_seconds)
{
    CHECK(sg_test_write_file(dir, name, "old", 3));
    char path[1200];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    struct timespec ts[2];
    clock_gettime(CLOCK_REALTIME, &ts[0]);
    ts[0].tv_sec -= age_seconds;
    ts[1] = ts[0];
    CHECK(utimensat(AT_FDCWD, path, ts, 0) == 0);
}

static void test_unused_files_are_pruned(void)
{
    static const char stale[] = "hs-entities-00000000000000000000000000000000.db",
                      recent[] = "hs-entities-11111111111111111111111111111111.db",
                      other[] = "hs-entities-notes.txt";
    char path[1200];
    CHECK(cache_file("entities-", path, sizeof path)); /* the live one */
    make_file_aged(stale, 40L * 24 * 3600);
    make_file_aged(recent, 2L * 24 * 3600);
    make_file_aged(other, 40L * 24 * 3600);
    /* Make the live file unusable so that the next guard stores (and prunes). */
    CHECK(truncate(path, 10) == 0);
    CHECK_EQ_INT(one_guard(), N_DB - 1);
    CHECK(!exists(stale));
    CHECK(exists(recent));
    CHECK(exists(other));
    CHECK_EQ_INT(one_guard(), N_DB);
}

static void test_off_writes_nothing(void)
{
    char other[1100];
    snprintf(other, sizeof other, "%s/off", sg_test_tmpdir());
    setenv("SAIGUARD_CACHE_DIR", "off", 1);
    CHECK_EQ_INT(one_guard(), 0);
    setenv("SAIGUARD_CACHE_DIR", other, 1);
    CHECK_EQ_INT(one_guard(), 0); /* a fresh directory: compiled, created 0700 */
    struct stat st;
    CHECK(stat(other, &st) == 0 && (st.st_mode & 0777) == 0700);
    CHECK_EQ_INT(count_files(other), N_DB);
    setenv("SAIGUARD_CACHE_DIR", dir, 1);
}

int main(int argc, char **argv)
{
    snprintf(dir, sizeof dir, "%s/cache", sg_test_tmpdir());
    setenv("SAIGUARD_CACHE_DIR", dir, 1);
    static const struct sg_test tests[] = {
        SG_TEST(test_second_guard_loads_from_cache),
        SG_TEST(test_corrupt_file_is_ignored_and_replaced),
        SG_TEST(test_group_writable_file_is_ignored),
        SG_TEST(test_unused_files_are_pruned),
        SG_TEST(test_off_writes_nothing),
        {NULL, NULL},
    };
    return sg_test_main(argc, argv, tests);
}
