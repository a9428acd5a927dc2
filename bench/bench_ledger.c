/* bench_ledger.c - ledger benchmarks, each against a baseline measured in the
 * same run on the same disk:
 *   group commit     batcher appends/s  vs  raw SQLite inserts/s (same rows, same batches, WAL+FULL)
 *   sync append      one durable append  vs  one raw SQLite insert+commit (one fsync)
 *   verify           full verify of N entries  vs  reading the rows and SHA-256 of their bytes
 *   proofs           inclusion/consistency at N entries  vs  one primary-key lookup
 *   gateway audit    CPU per request of the gateway's audit writer and ledger
 *                    batcher (the bench request's record, paced at --rate)  vs
 *                    writing the same rows and lines with raw SQLite and stdio
 * Usage: bench_ledger [--entries N] [--dir DIR] [--audit-only [--requests N] [--rate R]]
 *   (default 1000000 entries, a temp dir; --audit-only runs the last part alone,
 *   e.g. under valgrind --tool=callgrind) */
#include <dirent.h>
#include <pthread.h>
#include <stdbool.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "saiguard/encode.h"
#include "saiguard/ledger.h"

#include "gateway/internal.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void die(const char *what, const struct sg_error *err)
{
    fprintf(stderr, "bench_ledger: %s: %s %s\n", what, err ? err->subject : "", err ? err->reason : "");
    exit(1);
}

static const char *const sample_details = "{\"route\":\"/v1/chat\",\"tokens\":412,\"rule\":\"allow\"}";

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* ---- baselines ---------------------------------------------------------------- */

static sqlite3 *raw_open(const char *dir)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/raw.db", dir);
    sqlite3 *db = NULL;
    if (sqlite3_open(path, &db) != SQLITE_OK ||
        sqlite3_exec(db,
                     "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                     "CREATE TABLE IF NOT EXISTS t(idx INTEGER PRIMARY KEY, data TEXT, leaf BLOB)",
                     NULL, NULL, NULL) != SQLITE_OK)
        die("raw sqlite", NULL);
    return db;
}

/* rows/s inserting n rows of len bytes, batch rows per transaction */
static double raw_insert_rate(sqlite3 *db, int n, int batch, const char *row)
{
    sqlite3_stmt *st;
    sqlite3_prepare_v2(db, "INSERT INTO t(data, leaf) VALUES (?1, zeroblob(32))", -1, &st, NULL);
    double t0 = now();
    for (int i = 0; i < n; i += batch) {
        sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
        for (int k = 0; k < batch && i + k < n; k++) {
            sqlite3_bind_text(st, 1, row, -1, SQLITE_STATIC);
            sqlite3_step(st);
            sqlite3_reset(st);
        }
        sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
    }
    double t = now() - t0;
    sqlite3_finalize(st);
    return n / t;
}

/* ---- group commit --------------------------------------------------------------- */

struct submitter {
    sg_ledger_batcher *b;
    int n;
};

static void *submit(void *arg)
{
    struct submitter *s = arg;
    json_t *details = json_loads(sample_details, 0, NULL);
    for (int i = 0; i < s->n; i++) {
        struct sg_audit_event ev = {.type = "gateway.decision", .subject = "tenant-7/route-3",
                                    .outcome = "allow", .actor = "gateway", .details = details};
        struct sg_error err = {0};
        while (sg_ledger_batcher_submit(s->b, &ev, NULL, &err) == SG_ERR_BUSY)
            usleep(100);
        if (err.code != SG_OK && err.code != SG_ERR_BUSY)
            die("submit", &err);
    }
    json_decref(details);
    return NULL;
}

/* ---- gateway audit path ------------------------------------------------------------ */

static double cpu_clock(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Seconds on a CPU of thread tid so far (schedstat: nanoseconds, user + system). */
static double task_cpu(const char *tid)
{
    char path[300];
    snprintf(path, sizeof path, "/proc/self/task/%s/schedstat", tid);
    FILE *f = fopen(path, "r");
    unsigned long long ns = 0;
    if (f) {
        if (fscanf(f, "%llu", &ns) != 1)
            ns = 0;
        fclose(f);
    }
    return (double)ns / 1e9;
}

/* User and system seconds of thread tid so far (clock ticks). */
static void task_user_sys(const char *tid, double *user, double *sys)
{
    char path[300], line[1024];
    snprintf(path, sizeof path, "/proc/self/task/%s/stat", tid);
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    if (fgets(line, sizeof line, f)) {
        const char *p = strrchr(line, ')'); /* the name may hold spaces */
        unsigned long long ut = 0, st = 0;
        if (p && sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu", &ut, &st) == 2) {
            *user += (double)ut / (double)sysconf(_SC_CLK_TCK);
            *sys += (double)st / (double)sysconf(_SC_CLK_TCK);
        }
    }
    fclose(f);
}

/* The ids of this process's threads, ascending; returns how many (at most max). */
static size_t list_tasks(long *out, size_t max)
{
    DIR *d = opendir("/proc/self/task");
    size_t n = 0;
    struct dirent *e;
    while (d && (e = readdir(d)) && n < max)
        if (e->d_name[0] != '.')
            out[n++] = atol(e->d_name);
    if (d)
        closedir(d);
    for (size_t i = 1; i < n; i++) /* insertion sort: a handful */
        for (size_t j = i; j > 0 && out[j - 1] > out[j]; j--) {
            long t = out[j];
            out[j] = out[j - 1];
            out[j - 1] = t;
        }
    return n;
}

/* CPU seconds of thread tid so far; with user_sys, its user and system
 * seconds are added there (coarser: clock ticks). */
static double thread_cpu(long tid, double user_sys[2])
{
    char name[32];
    snprintf(name, sizeof name, "%ld", tid);
    if (user_sys)
        task_user_sys(name, &user_sys[0], &user_sys[1]);
    return task_cpu(name);
}

/* The record of bench/gateway.sh's request, as server.c fills it. */
static void fill_record(struct sg_gw_record *r, uint64_t i)
{
    sg_time_rfc3339(r->time);
    snprintf(r->request_id, sizeof r->request_id, "req_20e65dd5%08llx", (unsigned long long)i);
    strcpy(r->path, "/v1/chat/completions");
    strcpy(r->route, "openai");
    strcpy(r->model, "gpt-test");
    strcpy(r->key_id, "bench");
    strcpy(r->remote, "127.0.0.1");
    strcpy(r->prompt_digest, "sha256:cf948aaf92deeeeb6c0f22f21f44de3552b28f9e39fb8b406b074c7928bea658");
    strcpy(r->answer_digest, "sha256:10dee24e957fa28c6ac9d600ab5e476c32661364e0acca76ffe7360e770e0264");
    r->decision = "allow";
    r->reason = "ok";
    r->status = r->up_status = 200;
    r->prompt_tokens = 12;
    r->completion_tokens = 9;
    r->total_tokens = 21;
    r->latency_ms = 6.213 + (double)(i % 1000) / 1000;
    r->audited = r->has_model = r->has_key = r->has_route = true;
}

/* Waits until the ledger in dir holds n entries (the batcher has committed
 * everything handed to it). */
static void wait_for_size(const char *dir, uint64_t n)
{
    for (;;) {
        sg_ledger *lg = NULL;
        struct sg_error err = {0};
        uint64_t size = 0;
        if (sg_ledger_open(dir, SG_LEDGER_READONLY, &lg, &err) == SG_OK) {
            if (sg_ledger_size(lg, &size, &err) != SG_OK)
                size = 0;
            sg_ledger_close(lg);
        }
        if (size >= n)
            return;
        usleep(20000);
    }
}

/* The gateway's audit path as server.c drives it: one record per request
 * handed to the audit writer, paced at rate requests/s (0 = as fast as
 * possible). Reports the CPU the audit threads spent per request, and a
 * baseline: the same ledger rows and access-log lines written by raw SQLite
 * (same batches of about 20 ms, WAL+FULL) and stdio from this thread. */
static void audit_path(const char *dir, long requests, long rate)
{
    char adir[4200], alog[4300];
    snprintf(adir, sizeof adir, "%s/audit", dir);
    snprintf(alog, sizeof alog, "%s/access.jsonl", adir);
    struct sg_error err = {0};
    sg_ctx ctx;
    if (sg_ctx_init(&ctx, adir, &err) != SG_OK || sg_ctx_ensure_state(&ctx, &err) != SG_OK)
        die("state", &err);
    struct sg_gw_audit *a = NULL;
    struct sg_gw_accesslog *log = NULL;
    /* The audit starts two threads: the ledger's batcher, then the writer
     * (found by their ids, so that this runs against older code too). */
    long before[64], after[64], writer_tid = 0, ledger_tid = 0;
    size_t nb = list_tasks(before, 64);
    if (sg__gw_audit_new(&ctx, &a, &err) != SG_OK || sg__gw_accesslog_open(alog, &log, &err) != SG_OK)
        die("audit", &err);
    size_t na = list_tasks(after, 64);
    for (size_t i = 0; i < na; i++) {
        bool old = false;
        for (size_t k = 0; k < nb; k++)
            old = old || after[i] == before[k];
        if (!old && !ledger_tid)
            ledger_tid = after[i];
        else if (!old)
            writer_tid = after[i];
    }
    if (!ledger_tid || !writer_tid)
        die("audit threads", NULL);
    sg__gw_audit_set_accesslog(a, log);
    double wus0[2] = {0, 0}, lus0[2] = {0, 0}, wus1[2] = {0, 0}, lus1[2] = {0, 0};
    double w0 = thread_cpu(writer_tid, wus0), l0 = thread_cpu(ledger_tid, lus0);
    double t0 = now(), m0 = cpu_clock(CLOCK_THREAD_CPUTIME_ID);
    struct sg_gw_record *next = NULL;
    for (long i = 0; i < requests; i++) {
        struct sg_gw_record *r = next ? next : sg__gw_audit_record_new();
        fill_record(r, (uint64_t)i);
        next = sg__gw_audit_request(a, r);
        if (rate > 0 && i % 16 == 15) {
            double ahead = (double)(i + 1) / (double)rate - (now() - t0);
            if (ahead > 0)
                usleep((useconds_t)(ahead * 1e6));
        }
    }
    double main_cpu = cpu_clock(CLOCK_THREAD_CPUTIME_ID) - m0;
    wait_for_size(adir, (uint64_t)requests);
    double elapsed = now() - t0;
    double writer = thread_cpu(writer_tid, wus1) - w0;
    double ledger = thread_cpu(ledger_tid, lus1) - l0;
    sg__gw_audit_record_free(next);
    sg__gw_audit_free(a);

    /* baseline: the committed rows and the log's lines, written again raw */
    char dbpath[4400], rawlog[4400];
    snprintf(dbpath, sizeof dbpath, "%s/ledger.db", adir);
    snprintf(rawlog, sizeof rawlog, "%s/raw.jsonl", dir);
    sqlite3 *src = NULL;
    sqlite3_stmt *st = NULL;
    sqlite3_open_v2(dbpath, &src, SQLITE_OPEN_READONLY, NULL);
    sqlite3_prepare_v2(src, "SELECT data FROM entries WHERE idx = 100", -1, &st, NULL);
    char row[4096] = "";
    if (sqlite3_step(st) == SQLITE_ROW)
        snprintf(row, sizeof row, "%s", (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    sqlite3_close(src);
    FILE *lf = fopen(alog, "r");
    char line[4096] = "";
    if (!lf || !fgets(line, sizeof line, lf))
        die("access log", NULL);
    fclose(lf);
    sqlite3 *raw = raw_open(dir);
    FILE *out = fopen(rawlog, "w");
    int batch = rate > 0 ? (int)(rate / 50) : 4096;
    if (batch < 1)
        batch = 1;
    double r0 = cpu_clock(CLOCK_THREAD_CPUTIME_ID);
    for (long i = 0; i < requests; i += batch) {
        long n = requests - i < batch ? requests - i : batch;
        for (long k = 0; k < n; k++)
            fputs(line, out);
        fflush(out);
        raw_insert_rate(raw, (int)n, (int)n, row);
    }
    double base = cpu_clock(CLOCK_THREAD_CPUTIME_ID) - r0;
    fclose(out);
    sqlite3_close(raw);
    double us = 1e6 / (double)requests;
    printf("gateway audit:  %ld requests at %.0f/s: audit writer %.2f us (user %.1f sys %.1f) +"
           " ledger batcher %.2f us (user %.1f sys %.1f) = %.2f us CPU/request (loop side %.2f us)"
           "   baseline raw SQLite rows + stdio lines %.2f us   ratio %.2f\n",
           requests, (double)requests / elapsed, writer * us, (wus1[0] - wus0[0]) * us,
           (wus1[1] - wus0[1]) * us, ledger * us, (lus1[0] - lus0[0]) * us, (lus1[1] - lus0[1]) * us,
           (writer + ledger) * us, main_cpu * us, base * us, (writer + ledger) / base);
}

/* The temporary directory, unless the caller named one. */
static void remove_dir(const char *dir, const char *dir_arg)
{
    if (dir_arg)
        return;
    char cmd[4200];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "bench_ledger: could not remove %s\n", dir);
}

int main(int argc, char **argv)
{
    long entries = 1000000, requests = 50000, rate = 10000;
    const char *dir_arg = NULL;
    bool audit_only = false;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--entries") == 0 && i + 1 < argc)
            entries = atol(argv[++i]);
        else if (strcmp(argv[i], "--dir") == 0 && i + 1 < argc)
            dir_arg = argv[++i];
        else if (strcmp(argv[i], "--requests") == 0 && i + 1 < argc)
            requests = atol(argv[++i]);
        else if (strcmp(argv[i], "--rate") == 0 && i + 1 < argc)
            rate = atol(argv[++i]);
        else if (strcmp(argv[i], "--audit-only") == 0)
            audit_only = true;
        else {
            fprintf(stderr, "usage: bench_ledger [--entries N] [--dir DIR] [--audit-only]"
                            " [--requests N] [--rate R]\n");
            return 2;
        }
    }
    char dir[4096];
    if (dir_arg)
        snprintf(dir, sizeof dir, "%s", dir_arg);
    else {
        snprintf(dir, sizeof dir, "%s/sg-bench-ledger-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/var/tmp");
        if (!mkdtemp(dir))
            die("mkdtemp", NULL);
    }
    char gdir[4200], sdir[4200], vdir[4200];
    snprintf(gdir, sizeof gdir, "%s/group", dir);
    snprintf(sdir, sizeof sdir, "%s/sync", dir);
    snprintf(vdir, sizeof vdir, "%s/big", dir);
    struct sg_error err = {0};
    if (audit_only) {
        audit_path(dir, requests, rate);
        remove_dir(dir, dir_arg);
        return 0;
    }
    printf("ledger benchmark in %s (%ld entries for verify/proofs)\n", dir, entries);

    /* the row as the ledger stores it, for the baselines */
    sg_buf body;
    sg_buf_init(&body, 1 << 20);
    json_t *details = json_loads(sample_details, 0, NULL);
    struct sg_audit_event ev = {.type = "gateway.decision", .subject = "tenant-7/route-3",
                                .outcome = "allow", .actor = "gateway", .details = details};
    if (sg_ledger_event_body(&ev, &body, &err) != SG_OK)
        die("body", &err);
    char row[2048];
    snprintf(row, sizeof row, "{\"index\":1234567,%s", body.data + 1);

    /* 1. group commit */
    const int group_n = 200000;
    sqlite3 *raw = raw_open(dir);
    double raw_rate = raw_insert_rate(raw, group_n, 4096, row);
    sg_ledger_batcher *b = NULL;
    if (sg_ledger_batcher_new(gdir, NULL, &b, &err) != SG_OK)
        die("batcher", &err);
    struct submitter subs[2] = {{b, group_n / 2}, {b, group_n / 2}};
    pthread_t th[2];
    double t0 = now();
    for (int i = 0; i < 2; i++)
        pthread_create(&th[i], NULL, submit, &subs[i]);
    for (int i = 0; i < 2; i++)
        pthread_join(th[i], NULL);
    if (sg_ledger_batcher_flush(b, &err) != SG_OK)
        die("flush", &err);
    double group_rate = group_n / (now() - t0);
    sg_ledger_batcher_free(b);
    printf("group commit:   %9.0f durable appends/s   baseline raw SQLite %9.0f rows/s   ratio %.2f\n",
           group_rate, raw_rate, group_rate / raw_rate);

    /* 2. synchronous append latency */
    enum { SYNC_N = 400 };
    static double lat[SYNC_N], rawlat[SYNC_N];
    sg_ledger *lg = NULL;
    if (sg_ledger_open(sdir, SG_LEDGER_CREATE, &lg, &err) != SG_OK)
        die("open", &err);
    for (int i = 0; i < SYNC_N; i++) {
        uint64_t idx;
        double s = now();
        if (sg_ledger_append(lg, &ev, &idx, &err) != SG_OK)
            die("append", &err);
        lat[i] = (now() - s) * 1e3;
        s = now();
        raw_insert_rate(raw, 1, 1, row);
        rawlat[i] = (now() - s) * 1e3;
    }
    sg_ledger_close(lg);
    sqlite3_close(raw);
    qsort(lat, SYNC_N, sizeof *lat, cmp_double);
    qsort(rawlat, SYNC_N, sizeof *rawlat, cmp_double);
    printf("sync append:    p50 %.3f ms  p99 %.3f ms   baseline raw insert+commit p50 %.3f ms   ratio %.2f\n",
           lat[SYNC_N / 2], lat[SYNC_N * 99 / 100], rawlat[SYNC_N / 2], lat[SYNC_N / 2] / rawlat[SYNC_N / 2]);

    /* 3. verify a large log */
    if (sg_ledger_open(vdir, SG_LEDGER_CREATE, &lg, &err) != SG_OK)
        die("open", &err);
    uint64_t have = 0;
    if (sg_ledger_size(lg, &have, &err) != SG_OK)
        die("size", &err);
    enum { CHUNK = 50000 };
    sg_buf *bodies = calloc(CHUNK, sizeof *bodies);
    for (int i = 0; i < CHUNK; i++) {
        sg_buf_init(&bodies[i], 1 << 20);
        if (sg_ledger_event_body(&ev, &bodies[i], &err) != SG_OK)
            die("body", &err);
    }
    t0 = now();
    while ((long)have < entries) {
        size_t n = entries - (long)have < CHUNK ? (size_t)(entries - (long)have) : CHUNK;
        uint64_t first;
        if (sg_ledger_append_bodies(lg, bodies, n, &first, &err) != SG_OK)
            die("load", &err);
        have += n;
    }
    double load_t = now() - t0;
    for (int i = 0; i < CHUNK; i++)
        sg_buf_release(&bodies[i]);
    free(bodies);
    if (load_t > 0.01)
        printf("bulk load:      %ld entries in %.2f s (%.0f/s, one transaction per %d)\n", entries,
               load_t, entries / load_t, CHUNK);

    /* baseline: read every row and hash its bytes once */
    sqlite3 *vdb = NULL;
    char vpath[4300];
    snprintf(vpath, sizeof vpath, "%s/ledger.db", vdir);
    sqlite3_open_v2(vpath, &vdb, SQLITE_OPEN_READONLY, NULL);
    sqlite3_stmt *st;
    sqlite3_prepare_v2(vdb, "SELECT idx, data, leaf FROM entries ORDER BY idx", -1, &st, NULL);
    t0 = now();
    uint8_t h[32];
    while (sqlite3_step(st) == SQLITE_ROW)
        if (sg_sha256(sqlite3_column_text(st, 1), (size_t)sqlite3_column_bytes(st, 1), h) != SG_OK)
            die("sha", NULL);
    double base_verify = now() - t0;
    sqlite3_finalize(st);
    sqlite3_close(vdb);
    struct sg_ledger_verify_result res;
    t0 = now();
    if (sg_ledger_verify(lg, NULL, 0, NULL, &res, &err) != SG_OK)
        die("verify", &err);
    double verify_t = now() - t0;
    printf("verify:         %llu entries in %.2f s   baseline read+SHA-256 of rows %.2f s   ratio %.2f\n",
           (unsigned long long)res.size, verify_t, base_verify, verify_t / base_verify);

    /* 4. proofs at this size */
    enum { PROOFS = 2000 };
    static struct sg_ledger_proof p;
    uint64_t size = res.size;
    srand(7);
    t0 = now();
    for (int i = 0; i < PROOFS; i++)
        if (sg_ledger_prove_inclusion(lg, ((uint64_t)rand() * 7919u) % size, 0, &p, &err) != SG_OK)
            die("inclusion", &err);
    double incl = (now() - t0) / PROOFS * 1e3;
    t0 = now();
    for (int i = 0; i < PROOFS; i++)
        if (sg_ledger_prove_consistency(lg, 1 + ((uint64_t)rand() * 7919u) % size, 0, &p, &err) != SG_OK)
            die("consistency", &err);
    double cons = (now() - t0) / PROOFS * 1e3;
    t0 = now();
    for (int i = 0; i < PROOFS; i++) {
        uint64_t n;
        if (sg_ledger_size(lg, &n, &err) != SG_OK)
            die("size", &err);
    }
    double lookup = (now() - t0) / PROOFS * 1e3;
    printf("proofs:         inclusion %.3f ms  consistency %.3f ms (%zu hashes)   baseline one lookup %.4f ms\n",
           incl, cons, p.n, lookup);
    sg_ledger_close(lg);
    json_decref(details);
    sg_buf_release(&body);
    audit_path(dir, requests, rate);
    remove_dir(dir, dir_arg);
    return 0;
}
