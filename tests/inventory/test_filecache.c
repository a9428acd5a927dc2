/* test_filecache.c - the scan's file cache: loaded from a real registry
 * table, found in walk order and out of it, absent paths, and a table whose
 * collation disagrees with strcmp (the cache sorts it itself). */
#include "harness.h"

#include <sqlite3.h>

#include "inventory/filecache.h"

static void make_db(sqlite3 **out, const char *collation, const char *const *paths, size_t n)
{
    char path[4200], sql[256];
    snprintf(path, sizeof path, "%s/inventory.db", sg_test_tmpdir());
    sqlite3 *db = NULL;
    CHECK(sqlite3_open(path, &db) == SQLITE_OK);
    *out = db;
    snprintf(sql, sizeof sql,
             "CREATE TABLE files(path TEXT %s PRIMARY KEY, dev INTEGER, ino INTEGER,"
             " size INTEGER, mtime_ns INTEGER, asset INTEGER NOT NULL) WITHOUT ROWID",
             collation);
    CHECK(sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK);
    sqlite3_stmt *st = NULL;
    CHECK(sqlite3_prepare_v2(db, "INSERT INTO files VALUES (?1, 7, ?2, ?2 * 10, -5, ?2 % 2)", -1,
                             &st, NULL) == SQLITE_OK);
    CHECK(sqlite3_exec(db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK);
    for (size_t i = 0; i < n; i++) {
        sqlite3_bind_text(st, 1, paths[i], -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 2, (sqlite3_int64)i + 1);
        CHECK(sqlite3_step(st) == SQLITE_DONE);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    CHECK(sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK);
}

/* The paths in the order a walk gives them (per component: "/a/b" before
 * "/a b"), which is not the table's order. */
static const char *const walk_order[] = {"/t/A",   "/t/B",     "/t/a/b", "/t/a/b.bin",
                                         "/t/a b", "/t/a-b/c", "/t/a.b"};
enum { NWALK = sizeof walk_order / sizeof *walk_order };

static void check_all_found(struct sg__fcache *fc)
{
    CHECK_EQ_INT((int)fc->n, NWALK);
    for (size_t i = 0; i < NWALK; i++) {
        struct sg__fcache_entry *e = sg__fcache_find(fc, walk_order[i]);
        CHECK(e != NULL);
        if (!e)
            continue;
        CHECK_STR(e->path, walk_order[i]);
        CHECK(e->dev == 7 && e->ino == i + 1 && e->size == (i + 1) * 10 && e->mtime_ns == -5);
        CHECK(e->asset == ((i + 1) % 2 == 1));
        CHECK(!e->seen);
    }
    CHECK(sg__fcache_find(fc, "/t/a") == NULL); /* a directory, not a cached file */
    CHECK(sg__fcache_find(fc, "/t/zz") == NULL);
    CHECK(sg__fcache_find(fc, "") == NULL);
    /* and again backwards: every look-up a binary search */
    for (size_t i = NWALK; i-- > 0;)
        CHECK(sg__fcache_find(fc, walk_order[i]) != NULL);
}

static void test_found_in_walk_order_and_out_of_it(void)
{
    sqlite3 *db = NULL;
    make_db(&db, "", walk_order, NWALK);
    struct sg__fcache fc = {0};
    struct sg_error err = {0};
    CHECK_OK(sg__fcache_load(&fc, db, &err), &err);
    for (size_t i = 1; i < fc.n; i++)
        CHECK(strcmp(fc.v[i - 1].path, fc.v[i].path) < 0);
    check_all_found(&fc);
    sg__fcache_release(&fc);
    CHECK(fc.v == NULL && fc.n == 0);
    sqlite3_close(db);
}

static void test_foreign_collation_is_sorted_here(void)
{
    /* NOCASE puts "/t/a..." before "/t/B": a registry changed by other
     * hands must not make cached files look absent. */
    sqlite3 *db = NULL;
    make_db(&db, "COLLATE NOCASE", walk_order, NWALK);
    struct sg__fcache fc = {0};
    struct sg_error err = {0};
    CHECK_OK(sg__fcache_load(&fc, db, &err), &err);
    check_all_found(&fc);
    sg__fcache_release(&fc);
    sqlite3_close(db);
}

static void test_empty_and_missing_table(void)
{
    struct sg__fcache fc = {0};
    struct sg_error err = {0};
    CHECK_OK(sg__fcache_load(&fc, NULL, &err), &err); /* no registry yet */
    CHECK(sg__fcache_find(&fc, "/t/A") == NULL);
    sqlite3 *db = NULL;
    make_db(&db, "", NULL, 0);
    CHECK_OK(sg__fcache_load(&fc, db, &err), &err);
    CHECK(fc.n == 0 && sg__fcache_find(&fc, "/t/A") == NULL);
    CHECK(sqlite3_exec(db, "DROP TABLE files", NULL, NULL, NULL) == SQLITE_OK);
    CHECK_EQ_INT(sg__fcache_load(&fc, db, &err), SG_ERR_DB);
    sg__fcache_release(&fc);
    sqlite3_close(db);
}

static void test_many_long_paths_span_chunks(void)
{
    /* 2,000 paths of ~300 bytes fill more than one 256 KiB key chunk. */
    static char paths[2000][320];
    const char *ptrs[2000];
    for (int i = 0; i < 2000; i++) {
        snprintf(paths[i], sizeof paths[i], "/t/%0300d", i);
        ptrs[i] = paths[i];
    }
    sqlite3 *db = NULL;
    make_db(&db, "", ptrs, 2000);
    struct sg__fcache fc = {0};
    struct sg_error err = {0};
    CHECK_OK(sg__fcache_load(&fc, db, &err), &err);
    CHECK_EQ_INT((int)fc.n, 2000);
    int found = 0;
    for (int i = 0; i < 2000; i++) {
        struct sg__fcache_entry *e = sg__fcache_find(&fc, paths[i]);
        found += e && e->ino == (uint64_t)i + 1;
    }
    CHECK_EQ_INT(found, 2000);
    sg__fcache_release(&fc);
    sqlite3_close(db);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_found_in_walk_order_and_out_of_it),
        SG_TEST(test_foreign_collation_is_sorted_here),
        SG_TEST(test_empty_and_missing_table),
        SG_TEST(test_many_long_paths_span_chunks),
        {0},
    };
    return sg_test_main(argc, argv, tests);
}
