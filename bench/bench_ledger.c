/* bench_ledger.c - ledger benchmarks, each against a baseline measured in the
 * same run on the same disk:
 *   group commit     batcher appends/s  vs  raw SQLite inserts/s (same rows, same batches, WAL+FULL)
 *   sync append      one durable append  vs  one raw SQLite insert+commit (one fsync)
 *   verify           full verify of N entries  vs  reading the rows and SHA-256 of their bytes
 *   proofs           inclusion/consistency at N entries  vs  one primary-key lookup
 * Usage: bench_ledger [--entries N] [--dir DIR]   (default 1000000, a temp dir) */
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "saiguard/encode.h"
#include "saiguard/ledger.h"

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

int main(int argc, char **argv)
{
    long entries = 1000000;
    const char *dir_arg = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--entries") == 0 && i + 1 < argc)
            entries = atol(argv[++i]);
        else if (strcmp(argv[i], "--dir") == 0 && i + 1 < argc)
            dir_arg = argv[++i];
        else {
            fprintf(stderr, "usage: bench_ledger [--entries N] [--dir DIR]\n");
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
    if (!dir_arg) {
        char cmd[4200];
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
        if (system(cmd) != 0)
            fprintf(stderr, "bench_ledger: could not remove %s\n", dir);
    }
    return 0;
}
