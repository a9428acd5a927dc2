/* test_batch.c - the group-commit batcher (threads submitting at once: every
 * event committed exactly once, in one order, durable after flush or wait,
 * nothing lost when freed) and the audit sink (lazy: no state directory until
 * the first event; then every sg_audit_record is in the ledger). */
#include "harness.h"

#include <pthread.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "saiguard/ledger.h"

static const char *fresh_dir(const char *name)
{
    static char path[4200];
    snprintf(path, sizeof path, "%s/%s", sg_test_tmpdir(), name);
    return path;
}

struct worker {
    sg_ledger_batcher *b;
    int id, n;
    sg_err rc;
};

static void *submit_many(void *arg)
{
    struct worker *w = arg;
    for (int i = 0; i < w->n && w->rc == SG_OK; i++) {
        char subject[32];
        snprintf(subject, sizeof subject, "t%d-%d", w->id, i);
        json_t *details = json_pack("{s:i}", "i", i);
        struct sg_audit_event ev = {.type = "gateway.decision", .subject = subject,
                                    .outcome = (i % 7) ? "allow" : "deny", .details = details};
        uint64_t ticket = 0;
        w->rc = sg_ledger_batcher_submit(w->b, &ev, &ticket, NULL);
        /* now and then, wait for durability like a caller that must */
        if (w->rc == SG_OK && i % 500 == 0)
            w->rc = sg_ledger_batcher_wait(w->b, ticket, NULL);
        json_decref(details);
    }
    return NULL;
}

struct tally {
    unsigned char seen[4][2500];
    uint64_t n;
    bool bad;
};

static sg_err tally_one(void *user, uint64_t index, const char *data, size_t len,
                        const uint8_t leaf[32])
{
    (void)len, (void)leaf;
    struct tally *t = user;
    const char *p = strstr(data, "\"subject\":\"t");
    int id, i;
    if (index != t->n || !p || sscanf(p, "\"subject\":\"t%d-%d\"", &id, &i) != 2 || id < 0 ||
        id > 3 || i < 0 || i >= 2500 || t->seen[id][i]++)
        t->bad = true;
    t->n++;
    return SG_OK;
}

static void test_threads_group_commit(void)
{
    const char *d = fresh_dir("batch");
    char dir[4200];
    snprintf(dir, sizeof dir, "%s", d);
    struct sg_error err = {0};
    sg_ledger_batcher *b = NULL;
    struct sg_ledger_batcher_opts opts = {.interval_ms = 2, .max_batch = 512};
    CHECK_OK(sg_ledger_batcher_new(dir, &opts, &b, &err), &err);
    struct worker w[4];
    pthread_t th[4];
    for (int i = 0; i < 4; i++) {
        w[i] = (struct worker){.b = b, .id = i, .n = 2500};
        CHECK(pthread_create(&th[i], NULL, submit_many, &w[i]) == 0);
    }
    for (int i = 0; i < 4; i++) {
        pthread_join(th[i], NULL);
        CHECK_OK(w[i].rc, NULL);
    }
    CHECK_OK(sg_ledger_batcher_flush(b, &err), &err);
    /* durable now: another handle sees all of them */
    sg_ledger *lg = NULL;
    CHECK_OK(sg_ledger_open(dir, SG_LEDGER_READONLY, &lg, &err), &err);
    uint64_t size = 0;
    CHECK_OK(sg_ledger_size(lg, &size, &err), &err);
    CHECK_EQ_INT(size, 10000);
    sg_ledger_close(lg);
    /* submitted and never waited for: still committed by free */
    struct sg_audit_event last = {.type = "gateway.stopped", .subject = "gw"};
    CHECK_OK(sg_ledger_batcher_submit(b, &last, NULL, &err), &err);
    sg_ledger_batcher_free(b);

    CHECK_OK(sg_ledger_open(dir, SG_LEDGER_READONLY, &lg, &err), &err);
    static struct tally t;
    memset(&t, 0, sizeof t);
    struct sg_ledger_query q = {.type = "gateway.decision"};
    CHECK_OK(sg_ledger_scan(lg, &q, tally_one, &t, &err), &err);
    CHECK_EQ_INT(t.n, 10000);
    CHECK(!t.bad);
    struct sg_ledger_verify_result res;
    CHECK_OK(sg_ledger_verify(lg, NULL, 0, NULL, &res, &err), &err);
    CHECK_EQ_INT(res.size, 10001);
    sg_ledger_close(lg);
}

static void test_submit_rejects_bad_events(void)
{
    struct sg_error err = {0};
    sg_ledger_batcher *b = NULL;
    CHECK_OK(sg_ledger_batcher_new(fresh_dir("batch-bad"), NULL, &b, &err), &err);
    struct sg_audit_event ev = {.type = "x", .subject = "y", .digest_after = "the raw prompt"};
    CHECK_EQ_INT(sg_ledger_batcher_submit(b, &ev, NULL, NULL), SG_ERR_INVALID_ARG);
    ev = (struct sg_audit_event){.type = "x"};
    CHECK_EQ_INT(sg_ledger_batcher_submit(b, &ev, NULL, NULL), SG_ERR_INVALID_ARG);
    CHECK_OK(sg_ledger_batcher_flush(b, &err), &err);
    sg_ledger_batcher_free(b);
}

static void test_sink_is_lazy_and_records(void)
{
    const char *d = fresh_dir("sink/state");
    char dir[4200];
    snprintf(dir, sizeof dir, "%s", d);
    struct sg_error err = {0};
    sg_ctx ctx;
    CHECK_OK(sg_ctx_init(&ctx, dir, &err), &err);
    sg_ledger_sink_attach(&ctx);
    CHECK_OK(sg_audit_flush(&ctx, &err), &err);
    struct stat st;
    CHECK(stat(dir, &st) != 0); /* nothing recorded, nothing created */
    json_t *details = json_pack("{s:s}", "scanner", "pickle");
    struct sg_audit_event ev = {.type = "scan.finding", .subject = "models/x.pkl",
                                .outcome = "fail", .role = "developer", .details = details,
                                .digest_before = "sha256:4b227777d4dd1fc61c6f884f48641d02b4d121d3fd328cb08b5531fcacdabf8a"};
    CHECK_OK(sg_audit_record(&ctx, &ev, &err), &err);
    ev.type = "model.signed";
    CHECK_OK(sg_audit_record(&ctx, &ev, &err), &err);
    json_decref(details);
    sg_ctx_release(&ctx);
    CHECK(stat(dir, &st) == 0 && (st.st_mode & 0777) == 0700);
    sg_ledger *lg = NULL;
    CHECK_OK(sg_ledger_open(dir, SG_LEDGER_READONLY, &lg, &err), &err);
    uint64_t n = 0, idx = 0;
    CHECK_OK(sg_ledger_count(lg, "scan.finding", NULL, &n, &err), &err);
    CHECK_EQ_INT(n, 1);
    char *data = NULL;
    CHECK_OK(sg_ledger_last_for_subject(lg, "models/x.pkl", &idx, &data, &err), &err);
    CHECK_EQ_INT(idx, 1);
    CHECK(strstr(data, "\"role\":\"developer\"") && strstr(data, "\"scanner\":\"pickle\""));
    free(data);
    sg_ledger_close(lg);
}

static void test_batcher_as_context_sink(void)
{
    const char *d = fresh_dir("batch-sink");
    char dir[4200];
    snprintf(dir, sizeof dir, "%s", d);
    struct sg_error err = {0};
    sg_ctx ctx;
    CHECK_OK(sg_ctx_init(&ctx, dir, &err), &err);
    sg_ledger_batcher *b = NULL;
    CHECK_OK(sg_ledger_batcher_new(dir, NULL, &b, &err), &err);
    sg_ledger_sink_attach_batcher(&ctx, b);
    for (int i = 0; i < 100; i++) {
        struct sg_audit_event ev = {.type = "gateway.decision", .subject = "route", .outcome = "allow"};
        CHECK_OK(sg_audit_record(&ctx, &ev, &err), &err);
    }
    CHECK_OK(sg_audit_flush(&ctx, &err), &err);
    sg_ledger *lg = NULL;
    uint64_t n = 0;
    CHECK_OK(sg_ledger_open(dir, SG_LEDGER_READONLY, &lg, &err), &err);
    CHECK_OK(sg_ledger_size(lg, &n, &err), &err);
    CHECK_EQ_INT(n, 100);
    sg_ledger_close(lg);
    struct sg_audit_event last = {.type = "gateway.stopped", .subject = "gw"};
    CHECK_OK(sg_audit_record(&ctx, &last, &err), &err);
    sg_ctx_release(&ctx); /* frees the batcher, which commits the last event */
    CHECK_OK(sg_ledger_open(dir, SG_LEDGER_READONLY, &lg, &err), &err);
    CHECK_OK(sg_ledger_size(lg, &n, &err), &err);
    CHECK_EQ_INT(n, 101);
    sg_ledger_close(lg);
}

static void test_batched_sink_starts_at_first_event(void)
{
    const char *d = fresh_dir("batched-lazy");
    char dir[4200], db[4300];
    CHECK(snprintf(dir, sizeof dir, "%s/state", d) < (int)sizeof dir);
    CHECK(snprintf(db, sizeof db, "%s/ledger.db", dir) < (int)sizeof db);
    struct sg_error err = {0};
    struct stat st;

    /* nothing recorded: no state directory, no ledger */
    sg_ctx ctx;
    CHECK_OK(sg_ctx_init(&ctx, dir, &err), &err);
    sg_ledger_sink_attach_batched(&ctx);
    CHECK_OK(sg_audit_flush(&ctx, &err), &err);
    sg_ctx_release(&ctx);
    CHECK(stat(dir, &st) != 0);

    CHECK_OK(sg_ctx_init(&ctx, dir, &err), &err);
    sg_ledger_sink_attach_batched(&ctx);
    for (int i = 0; i < 50; i++) {
        struct sg_audit_event ev = {.type = "inventory.asset.added", .subject = "m.gguf", .outcome = "ok"};
        CHECK_OK(sg_audit_record(&ctx, &ev, &err), &err);
    }
    CHECK_OK(sg_audit_flush(&ctx, &err), &err); /* durable now, before release */
    sg_ledger *lg = NULL;
    uint64_t n = 0;
    CHECK_OK(sg_ledger_open(dir, SG_LEDGER_READONLY, &lg, &err), &err);
    CHECK_OK(sg_ledger_size(lg, &n, &err), &err);
    CHECK_EQ_INT(n, 50);
    sg_ledger_close(lg);
    CHECK(stat(db, &st) == 0);
    sg_ctx_release(&ctx);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_threads_group_commit),
        SG_TEST(test_submit_rejects_bad_events),
        SG_TEST(test_sink_is_lazy_and_records),
        SG_TEST(test_batcher_as_context_sink),
        SG_TEST(test_batched_sink_starts_at_first_event),
        {0},
    };
    return sg_test_main(argc, argv, tests);
}
