/* test_scan.c - the inventory library as the assessment capability calls
 * it: scan and check a tree through the API, findings as data, audit events
 * through the context's sink, read-only opens that create nothing, and
 * registries that are not ours or are newer than us refused. */
#include "harness.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "saiguard/inventory.h"

/* An audit sink that counts events by type. */
struct counter {
    int registered, changed, retired, shadow;
};

static sg_err count_event(void *impl, const struct sg_audit_event *ev, struct sg_error *err)
{
    (void)err;
    struct counter *c = impl;
    if (!strcmp(ev->type, "inventory.registered"))
        c->registered++;
    else if (!strcmp(ev->type, "inventory.changed"))
        c->changed++;
    else if (!strcmp(ev->type, "inventory.retired"))
        c->retired++;
    else if (!strcmp(ev->type, "inventory.shadow"))
        c->shadow++;
    return SG_OK;
}

static const struct sg_audit_sink counting_sink = {.name = "test", .record = count_event, .close = free};

static sg_err failing_record(void *impl, const struct sg_audit_event *ev, struct sg_error *err)
{
    (void)impl;
    (void)ev;
    return sg_error_set(err, SG_ERR_IO, "audit", "sink unavailable");
}

static const struct sg_audit_sink failing_sink = {.name = "failing", .record = failing_record};

/* A batching sink: record queues, flush makes durable (here: fails). */
static sg_err queue_record(void *impl, const struct sg_audit_event *ev, struct sg_error *err)
{
    (void)ev;
    (void)err;
    ++*(int *)impl;
    return SG_OK;
}

static sg_err failing_flush(void *impl, struct sg_error *err)
{
    (void)impl;
    return sg_error_set(err, SG_ERR_IO, "audit", "cannot make the events durable");
}

static const struct sg_audit_sink unflushable_sink = {
    .name = "unflushable", .record = queue_record, .flush = failing_flush};

static const char st_bytes[] = "\x3c\0\0\0\0\0\0\0"
                               "{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}    "
                               "\0\0\0\0\0\0\0\0";

static void make_tree(const char *dir)
{
    sg_test_write_file(dir, "tree/model.safetensors", st_bytes, sizeof st_bytes - 1);
    sg_test_write_file(dir, "tree/data/train.jsonl", "{\"a\":1}\n{\"a\":2}\n", 16);
    sg_test_write_file(dir, "tree/prompts/system.md", "Be brief.\n", 10);
    sg_test_write_file(dir, "tree/src/app.py", "print('hi')\n", 12);
}

static void test_scan_check_and_audit(void)
{
    const char *dir = sg_test_tmpdir();
    make_tree(dir);
    char state[4200], tree[4200];
    snprintf(state, sizeof state, "%s/state", dir);
    snprintf(tree, sizeof tree, "%s/tree", dir);
    sg_ctx ctx;
    struct sg_error err = {0};
    CHECK_OK(sg_ctx_init(&ctx, state, &err), &err);
    struct counter *c = calloc(1, sizeof *c);
    sg_ctx_set_audit(&ctx, &counting_sink, c);

    /* A check before any registry exists: everything is unregistered, and
     * the state directory is not even created. */
    sg_inventory *inv = NULL;
    CHECK_OK(sg_inventory_open(&ctx, true, &inv, &err), &err);
    struct sg_inv_scan_options check = {.check = true};
    struct sg_inv_scan_result res;
    const char *roots[] = {tree};
    CHECK_OK(sg_inventory_scan(inv, roots, 1, &check, &res, &err), &err);
    CHECK_EQ_INT(res.unregistered, 3);
    CHECK(sg_inv_scan_result_has_findings(&res));
    sg_inv_scan_result_release(&res);
    sg_inventory_close(inv);
    struct stat st;
    CHECK(stat(state, &st) != 0);
    CHECK_EQ_INT(c->shadow, 3);

    CHECK_OK(sg_inventory_open(&ctx, false, &inv, &err), &err);
    CHECK_OK(sg_inventory_scan(inv, roots, 1, NULL, &res, &err), &err);
    CHECK_EQ_INT(res.registered, 3);
    CHECK_EQ_INT(res.files_seen, 4);
    sg_inv_scan_result_release(&res);
    CHECK_EQ_INT(c->registered, 3);

    /* modify the dataset, remove the prompt */
    sg_test_write_file(dir, "tree/data/train.jsonl", "{\"a\":3}\n", 8);
    char prompt[4300];
    snprintf(prompt, sizeof prompt, "%s/prompts/system.md", tree);
    CHECK(unlink(prompt) == 0);
    CHECK_OK(sg_inventory_scan(inv, roots, 1, &check, &res, &err), &err);
    CHECK_EQ_INT(res.changed, 1);
    CHECK_EQ_INT(res.missing, 1);
    CHECK_EQ_INT(json_array_size(res.findings), 2);
    sg_inv_scan_result_release(&res);

    /* a batching sink that cannot flush: the registry must not commit
     * changes whose audit records may be lost */
    int queued = 0;
    sg_ctx_set_audit(&ctx, &unflushable_sink, &queued);
    CHECK_EQ_INT(sg_inventory_scan(inv, roots, 1, NULL, &res, &err), SG_ERR_IO);
    CHECK_EQ_INT(queued, 2);
    sg_ctx_set_audit(&ctx, NULL, NULL);
    CHECK_OK(sg_inventory_scan(inv, roots, 1, &check, &res, &err), &err);
    CHECK_EQ_INT(res.changed, 1); /* rolled back */
    sg_inv_scan_result_release(&res);

    /* an audit sink that fails: the scan fails and records nothing */
    sg_ctx_set_audit(&ctx, &failing_sink, NULL); /* closes (frees) the counter */
    CHECK_EQ_INT(sg_inventory_scan(inv, roots, 1, NULL, &res, &err), SG_ERR_IO);
    c = calloc(1, sizeof *c);
    sg_ctx_set_audit(&ctx, &counting_sink, c);
    CHECK_OK(sg_inventory_scan(inv, roots, 1, &check, &res, &err), &err);
    CHECK_EQ_INT(res.changed, 1); /* still a difference: the failed scan rolled back */
    sg_inv_scan_result_release(&res);

    CHECK_OK(sg_inventory_scan(inv, roots, 1, NULL, &res, &err), &err);
    CHECK_EQ_INT(res.changed, 1);
    CHECK_EQ_INT(res.missing, 1);
    sg_inv_scan_result_release(&res);
    CHECK_EQ_INT(c->changed, 2); /* the new version and the missing prompt */

    json_t *list = NULL;
    CHECK_OK(sg_inventory_list(inv, NULL, "missing", &list, &err), &err);
    CHECK_EQ_INT(json_array_size(list), 1);
    const char *id = json_string_value(json_object_get(json_array_get(list, 0), "id"));
    CHECK_OK(sg_inventory_retire(inv, id, "gone", &err), &err);
    CHECK_EQ_INT(sg_inventory_retire(inv, id, "gone", &err), SG_ERR_EXISTS);
    json_decref(list);
    CHECK_EQ_INT(c->retired, 1);
    CHECK_OK(sg_inventory_scan(inv, roots, 1, &check, &res, &err), &err);
    CHECK(!sg_inv_scan_result_has_findings(&res));
    sg_inv_scan_result_release(&res);
    sg_inventory_close(inv);
    sg_ctx_release(&ctx);
}

/* A registry in dir/state over the tree in dir/tree, opened read-write. */
struct registry {
    char state[4200], tree[4200];
    sg_ctx ctx;
    sg_inventory *inv;
};

static bool registry_open(struct registry *r, const char *dir)
{
    struct sg_error err = {0};
    snprintf(r->state, sizeof r->state, "%s/state", dir);
    snprintf(r->tree, sizeof r->tree, "%s/tree", dir);
    r->inv = NULL;
    if (!sg_test_ok(__FILE__, __LINE__, "sg_ctx_init", sg_ctx_init(&r->ctx, r->state, &err), &err))
        return false;
    if (!sg_test_ok(__FILE__, __LINE__, "sg_inventory_open",
                    sg_inventory_open(&r->ctx, false, &r->inv, &err), &err)) {
        sg_ctx_release(&r->ctx);
        return false;
    }
    return true;
}

static void registry_close(struct registry *r)
{
    sg_inventory_close(r->inv);
    sg_ctx_release(&r->ctx);
}

static void test_moved_asset_keeps_its_id(void)
{
    const char *dir = sg_test_tmpdir();
    make_tree(dir);
    struct registry r;
    CHECK(registry_open(&r, dir));
    sg_inventory *inv = r.inv;
    struct sg_error err = {0};
    char from[4300], to[4300];
    snprintf(from, sizeof from, "%s/model.safetensors", r.tree);
    snprintf(to, sizeof to, "%s/renamed.safetensors", r.tree);
    const char *roots[] = {r.tree};
    struct sg_inv_scan_result res;
    CHECK_OK(sg_inventory_scan(inv, roots, 1, NULL, &res, &err), &err);
    sg_inv_scan_result_release(&res);
    json_t *before = NULL;
    CHECK_OK(sg_inventory_show(inv, from, &before, &err), &err);
    CHECK(rename(from, to) == 0);
    struct sg_inv_scan_options check = {.check = true};
    CHECK_OK(sg_inventory_scan(inv, roots, 1, &check, &res, &err), &err);
    CHECK_EQ_INT(res.moved, 1);
    CHECK_EQ_INT(res.missing + res.unregistered, 0);
    sg_inv_scan_result_release(&res);
    CHECK_OK(sg_inventory_scan(inv, roots, 1, NULL, &res, &err), &err);
    CHECK_EQ_INT(res.moved, 1);
    CHECK_EQ_INT(res.registered + res.missing, 0);
    sg_inv_scan_result_release(&res);
    json_t *after = NULL;
    CHECK_OK(sg_inventory_show(inv, to, &after, &err), &err);
    CHECK(json_equal(json_object_get(before, "id"), json_object_get(after, "id")));
    CHECK_STR(json_string_value(json_object_get(json_array_get(json_object_get(after, "versions"), 1), "change")),
              "moved");
    json_decref(before);
    json_decref(after);
    CHECK_OK(sg_inventory_scan(inv, roots, 1, &check, &res, &err), &err);
    CHECK(!sg_inv_scan_result_has_findings(&res));
    sg_inv_scan_result_release(&res);
    registry_close(&r);
}

static int count_cached_files(const char *state)
{
    char path[4300];
    snprintf(path, sizeof path, "%s/inventory.db", state);
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    int n = -1;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2(db, "SELECT count(*) FROM files", -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
}

static void test_rescan_reads_only_what_changed(void)
{
    /* Names whose walk order differs from byte order ("a/b" is walked
     * before "a b", stored after it): the file cache must find them all. */
    const char *dir = sg_test_tmpdir();
    make_tree(dir);
    const char *names[] = {"tree/A", "tree/a/b", "tree/a b/c", "tree/a-b/c", "tree/a.b"};
    for (size_t i = 0; i < 5; i++)
        CHECK(sg_test_write_file(dir, names[i], "plain text\n", 11));
    struct registry r;
    CHECK(registry_open(&r, dir));
    sg_inventory *inv = r.inv;
    const char *state = r.state, *tree = r.tree;
    struct sg_error err = {0};
    char victim[4300];
    const char *roots[] = {tree};
    struct sg_inv_scan_result res;
    CHECK_OK(sg_inventory_scan(inv, roots, 1, NULL, &res, &err), &err);
    CHECK_EQ_INT(res.files_seen, 9);
    CHECK_EQ_INT(res.files_read, 9);
    sg_inv_scan_result_release(&res);
    CHECK_EQ_INT(count_cached_files(state), 9);

    CHECK_OK(sg_inventory_scan(inv, roots, 1, NULL, &res, &err), &err);
    CHECK_EQ_INT(res.files_seen, 9);
    CHECK_EQ_INT(res.files_read, 0);
    CHECK_EQ_INT(res.assets_found, 3);
    sg_inv_scan_result_release(&res);

    /* one file grows, one goes: one read, one cache row fewer */
    CHECK(sg_test_write_file(dir, "tree/a b/c", "longer plain text\n", 18));
    snprintf(victim, sizeof victim, "%s/a-b/c", tree);
    CHECK(unlink(victim) == 0);
    CHECK_OK(sg_inventory_scan(inv, roots, 1, NULL, &res, &err), &err);
    CHECK_EQ_INT(res.files_seen, 8);
    CHECK_EQ_INT(res.files_read, 1);
    CHECK_EQ_INT(res.changed + res.missing + res.registered, 0);
    sg_inv_scan_result_release(&res);
    CHECK_EQ_INT(count_cached_files(state), 8);
    CHECK_OK(sg_inventory_scan(inv, roots, 1, NULL, &res, &err), &err);
    CHECK_EQ_INT(res.files_read, 0);
    sg_inv_scan_result_release(&res);
    registry_close(&r);
}

static void test_foreign_and_newer_registries_refused(void)
{
    const char *dir = sg_test_tmpdir();
    char state[4200], db[4300];
    snprintf(state, sizeof state, "%s/state", dir);
    snprintf(db, sizeof db, "%s/inventory.db", state);
    mkdir(state, 0700);
    sqlite3 *h;
    CHECK(sqlite3_open(db, &h) == SQLITE_OK);
    CHECK(sqlite3_exec(h, "CREATE TABLE t(x); PRAGMA user_version=1", NULL, NULL, NULL) == SQLITE_OK);
    sqlite3_close(h);
    sg_ctx ctx;
    struct sg_error err = {0};
    CHECK_OK(sg_ctx_init(&ctx, state, &err), &err);
    sg_inventory *inv = NULL;
    CHECK_EQ_INT(sg_inventory_open(&ctx, false, &inv, &err), SG_ERR_DB);
    CHECK(strstr(err.reason, "not a saiguard") != NULL);
    CHECK(sqlite3_open(db, &h) == SQLITE_OK);
    CHECK(sqlite3_exec(h, "PRAGMA user_version=99", NULL, NULL, NULL) == SQLITE_OK);
    sqlite3_close(h);
    CHECK_EQ_INT(sg_inventory_open(&ctx, false, &inv, &err), SG_ERR_DB);
    CHECK(strstr(err.reason, "newer") != NULL);
    sg_ctx_release(&ctx);
}

static void test_register_by_hand(void)
{
    const char *dir = sg_test_tmpdir();
    sg_test_write_file(dir, "notes.txt", "remember\n", 9);
    char state[4200], notes[4200];
    snprintf(state, sizeof state, "%s/state", dir);
    snprintf(notes, sizeof notes, "%s/notes.txt", dir);
    sg_ctx ctx;
    struct sg_error err = {0};
    CHECK_OK(sg_ctx_init(&ctx, state, &err), &err);
    sg_inventory *inv = NULL;
    CHECK_OK(sg_inventory_open(&ctx, false, &inv, &err), &err);
    CHECK_EQ_INT(sg_inventory_register(inv, notes, NULL, NULL, &err), SG_ERR_FORMAT);
    struct sg_inv_register_options o = {.kind = "prompt", .owner_role = "system_operator",
                                        .name = "operator notes"};
    json_t *a = NULL;
    CHECK_OK(sg_inventory_register(inv, notes, &o, &a, &err), &err);
    CHECK_STR(json_string_value(json_object_get(a, "name")), "operator notes");
    CHECK_STR(json_string_value(json_object_get(a, "owner_role")), "system_operator");
    json_t *shown = NULL;
    CHECK_OK(sg_inventory_show(inv, notes, &shown, &err), &err);
    CHECK(json_equal(json_object_get(a, "id"), json_object_get(shown, "id")));
    json_decref(shown);
    json_decref(a);
    o.kind = "spaceship";
    CHECK_EQ_INT(sg_inventory_register(inv, notes, &o, NULL, &err), SG_ERR_INVALID_ARG);
    sg_inventory_close(inv);
    sg_ctx_release(&ctx);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_scan_check_and_audit),
        SG_TEST(test_moved_asset_keeps_its_id),
        SG_TEST(test_rescan_reads_only_what_changed),
        SG_TEST(test_foreign_and_newer_registries_refused),
        SG_TEST(test_register_by_hand),
        {0},
    };
    return sg_test_main(argc, argv, tests);
}
