/* test_store.c - the ledger through its library API: appends and reads,
 * roots and proofs against an in-memory recomputation, queries, tampering
 * detected at the exact first bad index, several processes appending at
 * once (one total order, nothing lost or doubled), and the crash test:
 * appending processes SIGKILLed at random moments, after which the ledger
 * verifies and holds every acknowledged append. SG_LEDGER_CRASH_ROUNDS
 * raises the number of kills (default 30). */
#include "harness.h"

#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "ledger/ledger_int.h"
#include "saiguard/ledger.h"

static const char *fresh_dir(const char *name)
{
    static char path[4200];
    snprintf(path, sizeof path, "%s/%s", sg_test_tmpdir(), name);
    return path;
}

static sg_err append_n_err(sg_ledger *lg, const char *type, int n, const char *prefix,
                           struct sg_error *err)
{
    for (int i = 0; i < n; i++) {
        char subject[64];
        snprintf(subject, sizeof subject, "%s-%d", prefix, i);
        struct sg_audit_event ev = {.type = type, .subject = subject, .outcome = "ok"};
        uint64_t idx;
        sg_err rc = sg_ledger_append(lg, &ev, &idx, err);
        if (rc != SG_OK)
            return rc;
    }
    return SG_OK;
}

static sg_err append_n(sg_ledger *lg, const char *type, int n, const char *prefix)
{
    return append_n_err(lg, type, n, prefix, NULL);
}

struct collect {
    uint8_t leaves[300][32];
    uint64_t n;
};

static sg_err collect_leaf(void *user, uint64_t index, const char *data, size_t len,
                           const uint8_t leaf[32])
{
    struct collect *c = user;
    uint8_t h[32];
    if (index != c->n || c->n >= 300 || sg_merkle_leaf_hash(data, len, h) != SG_OK ||
        memcmp(h, leaf, 32) != 0)
        return SG_ERR_MISMATCH;
    memcpy(c->leaves[c->n++], leaf, 32);
    return SG_OK;
}

static void test_roots_and_proofs_match_recomputation(void)
{
    const char *dir = fresh_dir("roots");
    struct sg_error err = {0};
    sg_ledger *lg = NULL;
    CHECK_EQ_INT(sg_ledger_open(dir, 0, &lg, &err), SG_ERR_NOT_FOUND);
    CHECK_OK(sg_ledger_open(dir, SG_LEDGER_CREATE, &lg, &err), &err);
    CHECK_OK(append_n(lg, "model.signed", 37, "m"), NULL);
    static struct collect c;
    c.n = 0;
    CHECK_OK(sg_ledger_scan(lg, NULL, collect_leaf, &c, &err), &err);
    CHECK_EQ_INT(c.n, 37);
    static struct sg_ledger_proof p;
    struct sg_merkle_bytes items[64];
    for (uint64_t size = 1; size <= 37; size++) {
        uint8_t want[32], got[32];
        CHECK_OK(sg_merkle_root((const uint8_t(*)[32])c.leaves, size, want), NULL);
        CHECK_OK(sg_ledger_root(lg, size, got, &err), &err);
        CHECK(memcmp(want, got, 32) == 0);
        for (uint64_t i = 0; i < size; i += 3) {
            CHECK_OK(sg_ledger_prove_inclusion(lg, i, size, &p, &err), &err);
            CHECK(memcmp(p.root, want, 32) == 0);
            for (size_t k = 0; k < p.n; k++)
                items[k] = (struct sg_merkle_bytes){p.hashes[k], 32};
            CHECK_OK(sg_merkle_verify_inclusion(i, size, (struct sg_merkle_bytes){p.leaf_hash, 32},
                                                items, p.n, (struct sg_merkle_bytes){want, 32}, &err),
                     &err);
        }
        CHECK_OK(sg_ledger_prove_consistency(lg, size, 37, &p, &err), &err);
        for (size_t k = 0; k < p.n; k++)
            items[k] = (struct sg_merkle_bytes){p.hashes[k], 32};
        CHECK_OK(sg_merkle_verify_consistency(size, 37, (struct sg_merkle_bytes){want, 32},
                                              (struct sg_merkle_bytes){p.root, 32}, items, p.n, &err),
                 &err);
    }
    CHECK_EQ_INT(sg_ledger_prove_inclusion(lg, 37, 0, &p, NULL), SG_ERR_NOT_FOUND);
    CHECK_EQ_INT(sg_ledger_prove_consistency(lg, 0, 0, &p, NULL), SG_ERR_NOT_FOUND);
    /* the signed checkpoint opens with the log's own key */
    char *note = NULL;
    CHECK_OK(sg_ledger_checkpoint(lg, &note, &err), &err);
    struct sg_note_verifier v;
    sg_ledger_verifier(lg, &v);
    struct sg_checkpoint cp;
    CHECK_OK(sg_checkpoint_open(note, strlen(note), &v, &cp, &err), &err);
    CHECK_EQ_INT(cp.size, 37);
    free(note);
    sg_ledger_close(lg);
}

static void test_queries_for_assessment(void)
{
    const char *dir = fresh_dir("queries");
    struct sg_error err = {0};
    sg_ledger *lg = NULL;
    CHECK_OK(sg_ledger_open(dir, SG_LEDGER_CREATE, &lg, &err), &err);
    CHECK_OK(append_n(lg, "model.signed", 3, "m"), NULL);
    CHECK_OK(append_n(lg, "model.verified", 2, "m"), NULL);
    CHECK_OK(append_n(lg, "scan.finding", 4, "s"), NULL);
    uint64_t n = 0;
    CHECK_OK(sg_ledger_count(lg, "model.signed", NULL, &n, &err), &err);
    CHECK_EQ_INT(n, 3);
    CHECK_OK(sg_ledger_count(lg, "model.", NULL, &n, &err), &err);
    CHECK_EQ_INT(n, 5);
    CHECK_OK(sg_ledger_count(lg, "scan.finding", "2000-01-01T00:00:00Z", &n, &err), &err);
    CHECK_EQ_INT(n, 4);
    CHECK_OK(sg_ledger_count(lg, "scan.finding", "2999-01-01T00:00:00Z", &n, &err), &err);
    CHECK_EQ_INT(n, 0);
    /* a whole-second bound includes events later in that second */
    char now[32];
    sg_time_rfc3339(now);
    struct sg_audit_event ev = {.type = "assessment.run", .subject = "profile"};
    uint64_t at;
    CHECK_OK(sg_ledger_append(lg, &ev, &at, &err), &err);
    CHECK_OK(sg_ledger_count(lg, "assessment.run", now, &n, &err), &err);
    CHECK_EQ_INT(n, 1);
    uint64_t idx = 0;
    char *data = NULL;
    CHECK_OK(sg_ledger_last_for_subject(lg, "m-1", &idx, &data, &err), &err);
    CHECK_EQ_INT(idx, 4);
    CHECK(strstr(data, "\"model.verified\"") != NULL);
    free(data);
    CHECK_EQ_INT(sg_ledger_last_for_subject(lg, "nope", &idx, &data, NULL), SG_ERR_NOT_FOUND);
    CHECK(data == NULL);
    sg_ledger_close(lg);
    struct sg_ledger_verify_result res;
    CHECK_OK(sg_ledger_verify_dir(dir, &res, &err), &err);
    CHECK(res.is_intact && res.size == 10);
}

/* Runs sql on a copy of src's database and returns verify's first bad index
 * (or -1 if the ledger still verified). */
static long long tamper(const char *src, const char *name, const char *sql)
{
    char cmd[9000];
    const char *dst = fresh_dir(name);
    snprintf(cmd, sizeof cmd, "cp -a '%s' '%s' && sqlite3 '%s/ledger.db' \"%s\" >/dev/null", src, dst, dst, sql);
    if (system(cmd) != 0)
        return -2;
    struct sg_ledger_verify_result res;
    struct sg_error err = {0};
    sg_err rc = sg_ledger_verify_dir(dst, &res, &err);
    if (rc == SG_OK)
        return -1;
    return rc == SG_ERR_TAMPERED ? (long long)res.first_bad : -3;
}

static void test_tampering_names_first_bad_index(void)
{
    const char *dir = fresh_dir("tamper-src");
    char src[4200];
    snprintf(src, sizeof src, "%s", dir);
    struct sg_error err = {0};
    sg_ledger *lg = NULL;
    CHECK_OK(sg_ledger_open(src, SG_LEDGER_CREATE, &lg, &err), &err);
    CHECK_OK(append_n(lg, "gateway.decision", 40, "g"), NULL);
    sg_ledger_close(lg);
    CHECK_EQ_INT(tamper(src, "t0", "SELECT 1"), -1);
    CHECK_EQ_INT(tamper(src, "t1", "UPDATE entries SET data = replace(data, '\"ok\"', '\"deny\"') WHERE idx = 17"), 17);
    CHECK_EQ_INT(tamper(src, "t2", "DELETE FROM entries WHERE idx = 9"), 9);
    CHECK_EQ_INT(tamper(src, "t3", "UPDATE entries SET data = (SELECT data FROM entries WHERE idx = 30), "
                                   "leaf = (SELECT leaf FROM entries WHERE idx = 30) WHERE idx = 25"), 25);
    CHECK_EQ_INT(tamper(src, "t4", "DELETE FROM entries WHERE idx >= 35"), 35);
    CHECK_EQ_INT(tamper(src, "t5", "UPDATE entries SET leaf = zeroblob(32) WHERE idx = 0"), 0);
    CHECK_EQ_INT(tamper(src, "t6", "UPDATE meta SET value = replace(value, 'a', 'b') WHERE name = 'checkpoint'"), 0);
    /* the subtree hash of entries 8..15 (level 3, index 1), stored with entry 15 */
    char sql[200];
    snprintf(sql, sizeof sql,
             "UPDATE entries SET nodes = substr(nodes, 1, 64) || zeroblob(32) || substr(nodes, 97)"
             " WHERE idx = %llu",
             (unsigned long long)sg__ledger_node_row(3, 1));
    CHECK_EQ_INT(tamper(src, "t7", sql), 8);
}

/* ---- several processes ----------------------------------------------------------- */

/* A child says why it failed: its exit status alone does not. */
static void child_appends(const char *dir, int id, int n)
{
    sg_ledger *lg = NULL;
    struct sg_error err = {0};
    sg_err rc = sg_ledger_open(dir, SG_LEDGER_CREATE, &lg, &err);
    if (rc != SG_OK) {
        fprintf(stderr, "child %d: open: %s: %s: %s\n", id, sg_err_name(rc), err.subject, err.reason);
        _exit(2);
    }
    char prefix[16];
    snprintf(prefix, sizeof prefix, "p%d", id);
    rc = append_n_err(lg, "model.used", n, prefix, &err);
    if (rc != SG_OK)
        fprintf(stderr, "child %d: append: %s: %s: %s\n", id, sg_err_name(rc), err.subject, err.reason);
    sg_ledger_close(lg);
    _exit(rc == SG_OK ? 0 : 3);
}

struct seen {
    unsigned char got[4][60];
    uint64_t n;
    bool dup;
};

static sg_err mark_seen(void *user, uint64_t index, const char *data, size_t len,
                        const uint8_t leaf[32])
{
    (void)index, (void)len, (void)leaf;
    struct seen *s = user;
    const char *p = strstr(data, "\"subject\":\"p");
    int id, i;
    if (!p || sscanf(p, "\"subject\":\"p%d-%d\"", &id, &i) != 2 || id < 0 || id > 3 || i < 0 || i >= 60)
        return SG_ERR_PARSE;
    if (s->got[id][i]++)
        s->dup = true;
    s->n++;
    return SG_OK;
}

static void test_concurrent_processes_single_order(void)
{
    const char *d = fresh_dir("concurrent");
    char dir[4200];
    snprintf(dir, sizeof dir, "%s", d);
    pid_t pids[4];
    for (int i = 0; i < 4; i++) {
        pids[i] = fork();
        CHECK(pids[i] >= 0);
        if (pids[i] == 0)
            child_appends(dir, i, 60);
    }
    /* verifying while others append never reports tampering */
    for (int k = 0; k < 20; k++) {
        struct sg_ledger_verify_result live;
        struct sg_error verr = {0};
        sg_err vrc = sg_ledger_verify_dir(dir, &live, &verr);
        if (vrc != SG_OK && vrc != SG_ERR_NOT_FOUND)
            sg_test_fail(__FILE__, __LINE__, "live verify: %s: %s: %s", sg_err_name(vrc), verr.subject, verr.reason);
        CHECK(vrc == SG_OK || vrc == SG_ERR_NOT_FOUND);
    }
    for (int i = 0; i < 4; i++) {
        int st = 0;
        CHECK(waitpid(pids[i], &st, 0) == pids[i]);
        CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
    }
    struct sg_error err = {0};
    sg_ledger *lg = NULL;
    CHECK_OK(sg_ledger_open(dir, SG_LEDGER_READONLY, &lg, &err), &err);
    static struct seen s;
    memset(&s, 0, sizeof s);
    CHECK_OK(sg_ledger_scan(lg, NULL, mark_seen, &s, &err), &err);
    CHECK_EQ_INT(s.n, 240);
    CHECK(!s.dup);
    struct sg_ledger_verify_result res;
    CHECK_OK(sg_ledger_verify(lg, NULL, 0, NULL, &res, &err), &err);
    CHECK_EQ_INT(res.size, 240);
    sg_ledger_close(lg);
}

/* ---- crash test ------------------------------------------------------------------- */

/* Appends forever, reporting each acknowledged append on fd: "index subject"
 * for synchronous appends; "- subject" once the batcher's wait returned
 * (its index is not known to the submitter). Odd rounds use the batcher. */
static void crash_child(const char *dir, int round, int fd)
{
    sg_ledger *lg = NULL;
    sg_ledger_batcher *b = NULL;
    struct sg_ledger_batcher_opts opts = {.interval_ms = 1, .max_batch = 64};
    if (round % 2 ? sg_ledger_batcher_new(dir, &opts, &b, NULL) != SG_OK
                  : sg_ledger_open(dir, SG_LEDGER_CREATE, &lg, NULL) != SG_OK)
        _exit(2);
    for (int i = 0;; i++) {
        char subject[64], line[96];
        snprintf(subject, sizeof subject, "r%d-%d", round, i);
        struct sg_audit_event ev = {.type = "crash.test", .subject = subject};
        uint64_t idx = 0, ticket = 0;
        int n;
        if (b) {
            if (sg_ledger_batcher_submit(b, &ev, &ticket, NULL) != SG_OK)
                _exit(3);
            /* acknowledge in bursts, as a server answering requests would */
            if (i % 8 != 7)
                continue;
            if (sg_ledger_batcher_wait(b, ticket, NULL) != SG_OK)
                _exit(3);
            for (int k = i - 7; k <= i; k++) {
                n = snprintf(line, sizeof line, "- r%d-%d\n", round, k);
                if (write(fd, line, (size_t)n) != n)
                    _exit(4);
            }
            continue;
        }
        if (sg_ledger_append(lg, &ev, &idx, NULL) != SG_OK)
            _exit(3);
        n = snprintf(line, sizeof line, "%llu %s\n", (unsigned long long)idx, subject);
        if (write(fd, line, (size_t)n) != n)
            _exit(4);
    }
}

struct acked {
    unsigned long long *idx;
    char (*subject)[32];
    size_t n, cap;
};

#define ANY_INDEX (~0ull - 1)

static sg_err find_acked(void *user, uint64_t index, const char *data, size_t len,
                         const uint8_t leaf[32])
{
    (void)len, (void)leaf;
    struct acked *a = user;
    const char *p = strstr(data, "\"subject\":\"");
    if (!p)
        return SG_ERR_PARSE;
    p += 11;
    size_t slen = strcspn(p, "\"");
    for (size_t i = 0; i < a->n; i++) {
        bool same = strlen(a->subject[i]) == slen && memcmp(a->subject[i], p, slen) == 0;
        if (a->idx[i] == index && !same)
            return SG_ERR_MISMATCH; /* an acknowledged index holds something else */
        if (same && (a->idx[i] == index || a->idx[i] == ANY_INDEX))
            a->idx[i] = ~0ull; /* found */
    }
    return SG_OK;
}

static void test_crash_sigkill_keeps_acknowledged(void)
{
    const char *d = fresh_dir("crash");
    char dir[4200];
    snprintf(dir, sizeof dir, "%s", d);
    int rounds = getenv("SG_LEDGER_CRASH_ROUNDS") ? atoi(getenv("SG_LEDGER_CRASH_ROUNDS")) : 30;
    static struct acked a;
    a.n = 0;
    a.cap = 1 << 16;
    a.idx = calloc(a.cap, sizeof *a.idx);
    a.subject = calloc(a.cap, sizeof *a.subject);
    CHECK(a.idx && a.subject);
    srand((unsigned)time(NULL) ^ (unsigned)getpid());
    for (int r = 0; r < rounds; r++) {
        int fds[2];
        CHECK(pipe(fds) == 0);
        /* two appenders at once, so kills also land while waiting for the lock */
        pid_t pids[2];
        for (int k = 0; k < 2; k++) {
            pids[k] = fork();
            CHECK(pids[k] >= 0);
            if (pids[k] == 0) {
                close(fds[0]);
                crash_child(dir, r * 2 + k, fds[1]);
            }
        }
        close(fds[1]);
        struct timespec ts = {0, (long)(1 + rand() % 60) * 1000000L};
        nanosleep(&ts, NULL);
        kill(pids[rand() % 2], SIGKILL);
        nanosleep(&(struct timespec){0, (long)(rand() % 5) * 1000000L}, NULL);
        for (int k = 0; k < 2; k++) {
            kill(pids[k], SIGKILL);
            waitpid(pids[k], NULL, 0);
        }
        FILE *f = fdopen(fds[0], "r");
        CHECK(f);
        char idxs[24], subject[32];
        while (a.n < a.cap && fscanf(f, "%23s %31s", idxs, subject) == 2) {
            a.idx[a.n] = idxs[0] == '-' ? ANY_INDEX : strtoull(idxs, NULL, 10);
            snprintf(a.subject[a.n], sizeof a.subject[a.n], "%s", subject);
            a.n++;
        }
        fclose(f);
    }
    struct sg_error err = {0};
    sg_ledger *lg = NULL;
    CHECK_OK(sg_ledger_open(dir, SG_LEDGER_READONLY, &lg, &err), &err);
    struct sg_ledger_verify_result res;
    CHECK_OK(sg_ledger_verify(lg, NULL, 0, NULL, &res, &err), &err);
    CHECK_OK(sg_ledger_scan(lg, NULL, find_acked, &a, &err), &err);
    size_t missing = 0;
    for (size_t i = 0; i < a.n; i++)
        missing += a.idx[i] != ~0ull;
    if (missing)
        sg_test_fail(__FILE__, __LINE__, "%zu of %zu acknowledged appends missing", missing, a.n);
    printf("  crash test: %d rounds, %zu acknowledged appends, %llu entries, all present\n",
           rounds, a.n, (unsigned long long)res.size);
    sg_ledger_close(lg);
    free(a.idx);
    free(a.subject);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_roots_and_proofs_match_recomputation),
        SG_TEST(test_queries_for_assessment),
        SG_TEST(test_tampering_names_first_bad_index),
        SG_TEST(test_concurrent_processes_single_order),
        SG_TEST(test_crash_sigkill_keeps_acknowledged),
        {0},
    };
    return sg_test_main(argc, argv, tests);
}
