/* store.c - the ledger's SQLite store: opening (WAL, FULL sync, schema, the
 * signing key), durable appends that pick their index inside a BEGIN
 * IMMEDIATE transaction and store every complete subtree hash as it forms,
 * signed checkpoints after each commit, and reads of sizes, roots and
 * subtree hashes for proofs. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <openssl/rand.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "ledger/ledger_int.h"

#define DB_NAME "ledger.db"
#define KEY_NAME "ledger.key"
#define CHECKPOINT_NAME "ledger.checkpoint"
#define BUSY_TIMEOUT_MS 30000

static const char schema_sql[] =
    /* nodes: the subtree hashes this entry completes (see ledger_int.h) */
    "CREATE TABLE IF NOT EXISTS entries(idx INTEGER PRIMARY KEY, data TEXT NOT NULL,"
    " leaf BLOB NOT NULL, nodes BLOB);"
    "CREATE TABLE IF NOT EXISTS meta(name TEXT PRIMARY KEY, value TEXT NOT NULL);";

sg_err sg__ledger_db_error(sg_ledger *lg, int rc, const char *what, struct sg_error *err)
{
    int primary = rc & 0xff;
    const char *msg = lg && lg->db ? sqlite3_errmsg(lg->db) : sqlite3_errstr(rc);
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB ||
        rc == SQLITE_IOERR_SHORT_READ)
        return sg_error_set(err, SG_ERR_TAMPERED, "ledger.db", "%s: database is damaged: %s",
                            what, msg);
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return sg_error_set(err, SG_ERR_BUSY, "ledger.db", "%s: %s", what, msg);
    if (primary == SQLITE_READONLY || primary == SQLITE_PERM || primary == SQLITE_CANTOPEN)
        return sg_error_set(err, SG_ERR_PERMISSION, "ledger.db", "%s: %s", what, msg);
    return sg_error_set(err, SG_ERR_DB, "ledger.db", "%s: %s", what, msg);
}

static sg_err exec(sg_ledger *lg, const char *sql, struct sg_error *err)
{
    int rc = sqlite3_exec(lg->db, sql, NULL, NULL, NULL);
    return rc == SQLITE_OK ? SG_OK : sg__ledger_db_error(lg, rc, sql, err);
}

/* Switching a database to WAL takes an exclusive lock, and SQLite answers
 * SQLITE_BUSY at once, without the busy handler, when another connection
 * holds one (waiting there could deadlock). Processes opening a new ledger
 * together met it (tests/ledger/test_store.c, one run in a few hundred), so
 * the switch is retried, with growing pauses, for as long as the busy
 * timeout lets any other statement wait. */
static sg_err exec_retrying_busy(sg_ledger *lg, const char *sql, struct sg_error *err)
{
    struct timespec start, now;
    clock_gettime(CLOCK_MONOTONIC, &start);
    long pause_us = 1000;
    for (;;) {
        sg_err rc = exec(lg, sql, err);
        clock_gettime(CLOCK_MONOTONIC, &now);
        long waited_ms = (long)(now.tv_sec - start.tv_sec) * 1000 +
                         (now.tv_nsec - start.tv_nsec) / 1000000;
        if (rc != SG_ERR_BUSY || waited_ms >= BUSY_TIMEOUT_MS)
            return rc;
        usleep((useconds_t)pause_us);
        if (pause_us < 50000)
            pause_us *= 2;
    }
}

static sg_err prepare(sg_ledger *lg, const char *sql, sqlite3_stmt **st, struct sg_error *err)
{
    int rc = sqlite3_prepare_v3(lg->db, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL);
    return rc == SQLITE_OK ? SG_OK : sg__ledger_db_error(lg, rc, "prepare", err);
}

/* ---- files in the state directory ------------------------------------------ */

static sg_err state_file(const sg_ledger *lg, const char *name, char *out, size_t size,
                         struct sg_error *err)
{
    int n = snprintf(out, size, "%s/%s", lg->dir, name);
    if (n < 0 || (size_t)n >= size)
        return sg_error_set(err, SG_ERR_TOO_LARGE, lg->dir, "state directory path too long");
    return SG_OK;
}

/* The state directory, created 0700 the way every capability creates it. */
static sg_err ensure_dir(const char *dir, struct sg_error *err)
{
    sg_ctx ctx;
    sg_err rc = sg_ctx_init(&ctx, dir, err);
    if (rc == SG_OK)
        rc = sg_ctx_ensure_state(&ctx, err);
    return rc;
}

/* Writes data to path atomically (temporary file + rename); mode 0600.
 * exclusive: link() instead of rename, failing with SG_ERR_EXISTS if path
 * exists - how concurrent first users agree on one signing key. */
static sg_err write_file_atomic(const char *path, const char *data, size_t len, bool durable,
                                bool exclusive, struct sg_error *err)
{
    char tmp[PATH_MAX + 32];
    uint8_t rnd[6];
    char rhex[13];
    if (RAND_bytes(rnd, sizeof rnd) != 1)
        return sg_error_set(err, SG_ERR_CRYPTO, path, "no randomness");
    sg_hex_encode(rnd, sizeof rnd, rhex);
    snprintf(tmp, sizeof tmp, "%s.%s.tmp", path, rhex);
    int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return sg_error_errno(err, sg_err_from_errno(errno), tmp, errno, "cannot create");
    size_t done = 0;
    while (done < len) {
        ssize_t w = write(fd, data + done, len - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            break;
        done += (size_t)w;
    }
    bool ok = done == len && (!durable || fsync(fd) == 0);
    int e = errno;
    if (close(fd) != 0)
        ok = false;
    if (!ok) {
        unlink(tmp);
        return sg_error_errno(err, SG_ERR_IO, path, e, "cannot write");
    }
    int rc = exclusive ? link(tmp, path) : rename(tmp, path);
    e = errno;
    if (exclusive || rc != 0)
        unlink(tmp);
    if (rc != 0)
        return e == EEXIST ? SG_ERR_EXISTS : sg_error_errno(err, SG_ERR_IO, path, e, "cannot write");
    return SG_OK;
}

/* The key name doubles as the checkpoint origin: unique per log. */
static void new_key_name(char *out, size_t size)
{
    char host[64] = "";
    if (gethostname(host, sizeof host - 1) != 0)
        host[0] = '\0';
    for (char *p = host; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
              *p == '-' || *p == '.'))
            *p = '-';
    uint8_t rnd[4];
    char rhex[9] = "00000000";
    if (RAND_bytes(rnd, sizeof rnd) == 1)
        sg_hex_encode(rnd, sizeof rnd, rhex);
    snprintf(out, size, "%s/saiguard-ledger/%s", host[0] ? host : "localhost", rhex);
}

static sg_err load_key(sg_ledger *lg, bool create, struct sg_error *err)
{
    char path[PATH_MAX];
    sg_err rc = state_file(lg, KEY_NAME, path, sizeof path, err);
    if (rc != SG_OK)
        return rc;
    sg_buf text;
    sg_buf_init(&text, 4096);
    for (int attempt = 0; attempt < 2; attempt++) {
        sg_buf_reset(&text);
        struct sg_error rerr = {0};
        rc = sg_buf_read_file(&text, path, &rerr);
        if (rc == SG_OK) {
            rc = sg_note_signer_parse(text.data, &lg->signer, err);
            if (rc != SG_OK)
                sg_error_set(err, SG_ERR_KEY, path, "not a signed-note private key");
            break;
        }
        if (rc != SG_ERR_NOT_FOUND || !create) {
            if (err)
                *err = rerr;
            break;
        }
        char name[SG_NOTE_MAX_NAME + 1];
        new_key_name(name, sizeof name);
        sg_note_signer *fresh = NULL;
        sg_buf skey;
        sg_buf_init(&skey, 4096);
        rc = sg_note_signer_generate(name, &fresh, err);
        if (rc == SG_OK)
            rc = sg_note_signer_format(fresh, &skey);
        if (rc == SG_OK)
            rc = write_file_atomic(path, skey.data, skey.len, true, true, err);
        sg_buf_release_secure(&skey);
        if (rc == SG_OK) {
            lg->signer = fresh;
            break;
        }
        sg_note_signer_free(fresh);
        if (rc != SG_ERR_EXISTS)
            break; /* else someone else created it first: read theirs */
    }
    sg_buf_release_secure(&text);
    if (rc == SG_OK && lg->signer) {
        sg_note_signer_public(lg->signer, &lg->verifier);
        lg->has_verifier = true;
    }
    return rc;
}

/* ---- open and close ---------------------------------------------------------- */

static void write_checkpoint_file(sg_ledger *lg, bool force);

static sg_err prepare_all(sg_ledger *lg, struct sg_error *err)
{
    sg_err rc = prepare(lg, "SELECT leaf, nodes FROM entries WHERE idx = ?1", &lg->st_get_hashes, err);
    if (rc == SG_OK)
        rc = prepare(lg, "SELECT COALESCE(MAX(idx) + 1, 0) FROM entries", &lg->st_size, err);
    if (rc == SG_OK && !lg->readonly)
        rc = prepare(lg, "INSERT INTO entries(idx, data, leaf, nodes) VALUES (?1, ?2, ?3, ?4)",
                     &lg->st_insert_entry, err);
    if (rc == SG_OK && !lg->readonly)
        rc = prepare(lg, "INSERT OR REPLACE INTO meta(name, value) VALUES (?1, ?2)",
                     &lg->st_set_meta, err);
    return rc;
}

static sg_err meta_get(sg_ledger *lg, const char *name, sg_buf *out, struct sg_error *err)
{
    sqlite3_stmt *st = NULL;
    sg_err rc = prepare(lg, "SELECT value FROM meta WHERE name = ?1", &st, err);
    if (rc != SG_OK)
        return rc;
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    int s = sqlite3_step(st);
    if (s == SQLITE_ROW)
        rc = sg_buf_append(out, sqlite3_column_text(st, 0), (size_t)sqlite3_column_bytes(st, 0));
    else if (s != SQLITE_DONE)
        rc = sg__ledger_db_error(lg, s, "read meta", err);
    sqlite3_finalize(st);
    return rc;
}

static sg_err meta_set(sg_ledger *lg, const char *name, const char *value, size_t len,
                       struct sg_error *err)
{
    sqlite3_stmt *st = lg->st_set_meta;
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, value, (int)len, SQLITE_STATIC);
    int s = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return s == SQLITE_DONE ? SG_OK : sg__ledger_db_error(lg, s, "write meta", err);
}

static sg_err init_schema(sg_ledger *lg, struct sg_error *err)
{
    sg_err rc = exec(lg, "BEGIN IMMEDIATE", err);
    if (rc != SG_OK)
        return rc;
    rc = exec(lg, schema_sql, err);
    if (rc == SG_OK)
        rc = prepare_all(lg, err);
    sg_buf have;
    sg_buf_init(&have, 1024);
    if (rc == SG_OK)
        rc = meta_get(lg, "vkey", &have, err);
    char vkey[512];
    sg_note_vkey_format(&lg->verifier, vkey, sizeof vkey);
    if (rc == SG_OK && have.len == 0) {
        if ((rc = meta_set(lg, "format", "saiguard-ledger 1", 17, err)) == SG_OK)
            rc = meta_set(lg, "vkey", vkey, strlen(vkey), err);
    } else if (rc == SG_OK && strcmp(have.data, vkey) != 0) {
        rc = sg_error_set(err, SG_ERR_KEY, "ledger.key",
                          "does not belong to this ledger (the ledger was made with %s)", have.data);
    }
    sg_buf_release(&have);
    if (rc == SG_OK)
        return exec(lg, "COMMIT", err);
    (void)exec(lg, "ROLLBACK", NULL);
    return rc;
}

/* A process killed between writing a temporary file and renaming it leaves
 * the temporary behind; an hour later nobody is still writing it. */
static void remove_stale_temporaries(const sg_ledger *lg)
{
    DIR *d = opendir(lg->dir);
    if (!d)
        return;
    time_t now = time(NULL);
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (strncmp(e->d_name, "ledger.", 7) != 0 || len < 11 || strcmp(e->d_name + len - 4, ".tmp") != 0)
            continue;
        struct stat st;
        if (fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode) &&
            now - st.st_mtime > 3600)
            (void)unlinkat(dirfd(d), e->d_name, 0);
    }
    closedir(d);
}

static bool has_checkpoint_file(const sg_ledger *lg)
{
    char cp[PATH_MAX];
    struct stat st;
    return state_file(lg, CHECKPOINT_NAME, cp, sizeof cp, NULL) == SG_OK && stat(cp, &st) == 0;
}

/* No log here: nothing was recorded yet - unless a signed checkpoint says
 * otherwise, in which case the log was deleted. had_checkpoint is whether
 * the checkpoint file existed BEFORE the log was looked for: a checkpoint
 * is written only after its entries are committed, so one seen first
 * vouches for a log the look must find. Looking at it afterwards instead
 * took a ledger that another process created in between for a deleted one
 * (tests/ledger/test_store.c, verifying while processes create it). */
static sg_err no_ledger(sg_ledger *lg, bool had_checkpoint, struct sg_error *err)
{
    if (had_checkpoint)
        return sg_error_set(err, SG_ERR_TAMPERED, "ledger.db",
                            "the ledger is gone but its signed checkpoint is not");
    return sg_error_set(err, SG_ERR_NOT_FOUND, lg->dir, "no ledger here (nothing recorded yet)");
}

/* A reader can open the file between its creation and the schema's. */
static sg_err has_schema(sg_ledger *lg, bool had_checkpoint, struct sg_error *err)
{
    sqlite3_stmt *st = NULL;
    sg_err rc = prepare(lg, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'entries'",
                        &st, err);
    if (rc != SG_OK)
        return rc;
    int s = sqlite3_step(st);
    if (s != SQLITE_ROW)
        rc = sg__ledger_db_error(lg, s, "read schema", err);
    else if (sqlite3_column_int(st, 0) == 0)
        rc = no_ledger(lg, had_checkpoint, err);
    sqlite3_finalize(st);
    return rc;
}

sg_err sg_ledger_open(const char *state_dir, unsigned flags, sg_ledger **out, struct sg_error *err)
{
    *out = NULL;
    bool create = flags & SG_LEDGER_CREATE, readonly = flags & SG_LEDGER_READONLY;
    if (create && readonly)
        return sg_error_set(err, SG_ERR_INVALID_ARG, state_dir, "create and read-only together");
    sg_ledger *lg = calloc(1, sizeof *lg);
    if (!lg)
        return sg_error_set(err, SG_ERR_NOMEM, state_dir, "out of memory");
    lg->readonly = readonly;
    sg_buf_init(&lg->pending_checkpoint, SG_NOTE_MAX_LEN);
    sg_err rc = SG_OK;
    int n = snprintf(lg->dir, sizeof lg->dir, "%s", state_dir);
    char dbpath[PATH_MAX];
    if (n < 0 || (size_t)n >= sizeof lg->dir)
        rc = sg_error_set(err, SG_ERR_TOO_LARGE, state_dir, "path too long");
    if (rc == SG_OK)
        rc = state_file(lg, DB_NAME, dbpath, sizeof dbpath, err);
    if (rc != SG_OK)
        goto out;
    bool had_checkpoint = has_checkpoint_file(lg);
    struct stat st;
    if (stat(dbpath, &st) != 0) {
        if (!create) {
            rc = no_ledger(lg, had_checkpoint, err);
            goto out;
        }
        if ((rc = ensure_dir(lg->dir, err)) != SG_OK)
            goto out;
        /* Create the file ourselves so that it, and the -wal/-shm files
         * SQLite derives from it, are 0600 whatever the umask. */
        int fd = open(dbpath, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd < 0) {
            rc = sg_error_errno(err, sg_err_from_errno(errno), dbpath, errno, "cannot create");
            goto out;
        }
        close(fd);
    }
    if ((rc = load_key(lg, !readonly, err)) != SG_OK && !(readonly && rc == SG_ERR_NOT_FOUND))
        goto out;
    rc = SG_OK;
    int oflags = (readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) |
                 SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_NOFOLLOW;
    int s = sqlite3_open_v2(dbpath, &lg->db, oflags, NULL);
    if (s != SQLITE_OK) {
        rc = sg__ledger_db_error(lg, s, "open", err);
        goto out;
    }
    sqlite3_busy_timeout(lg->db, BUSY_TIMEOUT_MS);
    sqlite3_extended_result_codes(lg->db, 1);
    if (!readonly) {
        /* WAL + FULL: a commit is on disk (the WAL fsync'd) before it returns.
         * 16 KiB pages for a new ledger (an existing one keeps its own):
         * each page costs a write and a read of the WAL and a write of the
         * database, and per page the file system's work dwarfs the copy, so
         * a gateway's append costs a fifth less CPU than with 4 KiB pages
         * (bench/bench_ledger.c, gateway audit). */
        if ((rc = exec(lg, "PRAGMA page_size=16384", err)) != SG_OK ||
            (rc = exec_retrying_busy(lg, "PRAGMA journal_mode=WAL", err)) != SG_OK ||
            (rc = exec(lg, "PRAGMA synchronous=FULL", err)) != SG_OK ||
            (rc = init_schema(lg, err)) != SG_OK)
            goto out;
        remove_stale_temporaries(lg);
    } else {
        sg_buf vkey;
        sg_buf_init(&vkey, 1024);
        rc = has_schema(lg, had_checkpoint, err);
        if (rc == SG_OK)
            rc = prepare_all(lg, err);
        if (rc == SG_OK && !lg->has_verifier) {
            /* no key file (a copy made for an auditor): trust the stored vkey */
            if ((rc = meta_get(lg, "vkey", &vkey, err)) == SG_OK &&
                (rc = sg_note_vkey_parse(vkey.data ? vkey.data : "", &lg->verifier, err)) == SG_OK)
                lg->has_verifier = true;
        }
        sg_buf_release(&vkey);
    }
out:
    if (rc != SG_OK) {
        sg_ledger_close(lg);
        return rc;
    }
    *out = lg;
    return SG_OK;
}

void sg_ledger_close(sg_ledger *lg)
{
    if (!lg)
        return;
    write_checkpoint_file(lg, true);
    sg_buf_release(&lg->pending_checkpoint);
    sqlite3_finalize(lg->st_insert_entry);
    sqlite3_finalize(lg->st_insert_group);
    sqlite3_finalize(lg->st_get_hashes);
    sqlite3_finalize(lg->st_size);
    sqlite3_finalize(lg->st_set_meta);
    sqlite3_close(lg->db);
    sg_note_signer_free(lg->signer);
    free(lg);
}

void sg_ledger_verifier(const sg_ledger *lg, struct sg_note_verifier *out)
{
    *out = lg->verifier;
}

/* ---- reads ------------------------------------------------------------------ */

sg_err sg__ledger_begin_read(sg_ledger *lg, struct sg_error *err)
{
    return exec(lg, "BEGIN", err);
}

void sg__ledger_end_read(sg_ledger *lg)
{
    (void)sqlite3_exec(lg->db, "COMMIT", NULL, NULL, NULL);
}

sg_err sg__ledger_size_locked(sg_ledger *lg, uint64_t *size, struct sg_error *err)
{
    int s = sqlite3_step(lg->st_size);
    sg_err rc = SG_OK;
    if (s == SQLITE_ROW)
        *size = (uint64_t)sqlite3_column_int64(lg->st_size, 0);
    else
        rc = sg__ledger_db_error(lg, s, "read size", err);
    sqlite3_reset(lg->st_size);
    return rc;
}

sg_err sg_ledger_size(sg_ledger *lg, uint64_t *size, struct sg_error *err)
{
    *size = 0;
    return sg__ledger_size_locked(lg, size, err);
}

sg_err sg__ledger_src_node(void *user, unsigned level, uint64_t index,
                           uint8_t out[SG_LEDGER_HASH_LEN], struct sg_error *err)
{
    sg_ledger *lg = user;
    sqlite3_stmt *st = lg->st_get_hashes;
    uint64_t row = sg__ledger_node_row(level, index);
    sqlite3_bind_int64(st, 1, row > INT64_MAX ? INT64_MAX : (int64_t)row);
    int s = sqlite3_step(st);
    sg_err rc = SG_OK;
    int col = level == 0 ? 0 : 1;
    size_t off = level == 0 ? 0 : (size_t)(level - 1) * SG_LEDGER_HASH_LEN;
    if (s == SQLITE_ROW && (size_t)sqlite3_column_bytes(st, col) >= off + SG_LEDGER_HASH_LEN &&
        (level > 0 || sqlite3_column_bytes(st, 0) == SG_LEDGER_HASH_LEN))
        memcpy(out, (const uint8_t *)sqlite3_column_blob(st, col) + off, SG_LEDGER_HASH_LEN);
    else if (s == SQLITE_ROW || s == SQLITE_DONE)
        rc = sg_error_set(err, SG_ERR_TAMPERED, "ledger.db",
                          "stored hash of level %u index %llu is missing or malformed (run "
                          "'saiguard ledger verify')",
                          level, (unsigned long long)index);
    else
        rc = sg__ledger_db_error(lg, s, "read hash", err);
    sqlite3_reset(st);
    return rc;
}

sg_err sg_ledger_root(sg_ledger *lg, uint64_t size, uint8_t out[SG_LEDGER_HASH_LEN],
                      struct sg_error *err)
{
    if (size == 0)
        return sg_sha256("", 0, out);
    struct sg__merkle_src src = {sg__ledger_src_node, lg};
    return sg__merkle_range(&src, 0, size, out, err);
}

sg_err sg__ledger_stored_checkpoint(sg_ledger *lg, sg_buf *out, struct sg_error *err)
{
    return meta_get(lg, "checkpoint", out, err);
}

sg_err sg__ledger_sign_checkpoint(sg_ledger *lg, uint64_t size, const uint8_t root[SG_LEDGER_HASH_LEN],
                                  sg_buf *out, struct sg_error *err)
{
    if (!lg->signer)
        return sg_error_set(err, SG_ERR_KEY, "ledger.key", "no signing key (read-only copy?)");
    char text[SG_NOTE_MAX_NAME + 96];
    sg_buf b64;
    sg_buf_init(&b64, 64);
    sg_err rc = sg_base64_encode(root, SG_LEDGER_HASH_LEN, &b64);
    if (rc == SG_OK) {
        int n = snprintf(text, sizeof text, "%s\n%llu\n%s\n", lg->verifier.name,
                         (unsigned long long)size, b64.data);
        rc = sg_note_sign(lg->signer, text, (size_t)n, out, err);
    }
    sg_buf_release(&b64);
    return rc;
}

sg_err sg_ledger_checkpoint(sg_ledger *lg, char **note, struct sg_error *err)
{
    *note = NULL;
    uint64_t size = 0;
    uint8_t root[SG_LEDGER_HASH_LEN];
    sg_buf out;
    sg_buf_init(&out, SG_NOTE_MAX_LEN);
    sg_err rc = sg__ledger_begin_read(lg, err);
    if (rc != SG_OK)
        return rc;
    if ((rc = sg__ledger_size_locked(lg, &size, err)) == SG_OK &&
        (rc = sg_ledger_root(lg, size, root, err)) == SG_OK)
        rc = sg__ledger_sign_checkpoint(lg, size, root, &out, err);
    sg__ledger_end_read(lg);
    if (rc == SG_OK && !(*note = sg_buf_detach(&out, NULL)))
        rc = sg_error_set(err, SG_ERR_NOMEM, "checkpoint", "out of memory");
    sg_buf_release(&out);
    return rc;
}

/* ---- events ------------------------------------------------------------------ */

static char current_user[128];
static pthread_once_t user_once = PTHREAD_ONCE_INIT;

static void find_user(void)
{
    struct passwd pw, *res = NULL;
    char buf[4096];
    if (getpwuid_r(geteuid(), &pw, buf, sizeof buf, &res) == 0 && res && res->pw_name[0])
        snprintf(current_user, sizeof current_user, "%s", res->pw_name);
    else
        snprintf(current_user, sizeof current_user, "uid:%u", (unsigned)geteuid());
}

/* RFC 3339 UTC with milliseconds; returns its length (24). The seconds part
 * is formatted once per second per thread: gmtime_r and strftime cost more
 * than the rest of an event at the gateway's rates. */
static size_t now_rfc3339_ms(char out[32])
{
    static __thread time_t cached_sec = -1;
    static __thread char cached[24];
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    if (ts.tv_sec != cached_sec) {
        struct tm tm;
        gmtime_r(&ts.tv_sec, &tm);
        if (strftime(cached, sizeof cached, "%Y-%m-%dT%H:%M:%S", &tm) != 19)
            memcpy(cached, "0000-00-00T00:00:00", 20); /* a year past 9999 */
        cached_sec = ts.tv_sec;
    }
    unsigned ms = (unsigned)(ts.tv_nsec / 1000000) % 1000u;
    memcpy(out, cached, 19);
    out[19] = '.';
    out[20] = (char)('0' + ms / 100);
    out[21] = (char)('0' + ms / 10 % 10);
    out[22] = (char)('0' + ms % 10);
    out[23] = 'Z';
    out[24] = '\0';
    return 24;
}

/* Digests only, never content: "<alg>:<hex>", alg 1..16 of [a-z0-9-], at
 * least 32 hex digits, 200 bytes in all. */
static bool digest_ok(const char *d)
{
    const char *p = d;
    while ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-')
        p++;
    if (*p != ':' || p == d || p - d > 16)
        return false;
    const char *hex = ++p;
    while ((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f'))
        p++;
    return *p == '\0' && p - hex >= 32 && p - d <= 200;
}

/* `,"key":` (no comma before the first member) and the value as a JSON
 * string; a value that is not UTF-8 is refused, naming the field. */
static sg_err put_string(sg_buf *out, const char *key, size_t klen, const char *value,
                         const char *field, struct sg_error *err)
{
    sg_err rc = sg_buf_append(out, key, klen);
    if (rc == SG_OK && (rc = sg_json_append_string(out, value, strlen(value), false)) == SG_ERR_ENCODING)
        sg_error_set(err, rc, field, "not valid UTF-8");
    return rc;
}

sg_err sg_ledger_event_body(const struct sg_audit_event *ev, sg_buf *out, struct sg_error *err)
{
    const char *what = "event";
    size_t type_len = ev->type ? strlen(ev->type) : 0;
    if (type_len == 0 || type_len > 128)
        return sg_error_set(err, SG_ERR_INVALID_ARG, what, "type must be 1..128 characters");
    for (const char *p = ev->type; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '.' || *p == '_' ||
              *p == '-'))
            return sg_error_set(err, SG_ERR_INVALID_ARG, ev->type,
                                "type may hold only a-z, 0-9, '.', '_' and '-'");
    if (!ev->subject || !*ev->subject || strnlen(ev->subject, 4097) > 4096)
        return sg_error_set(err, SG_ERR_INVALID_ARG, what, "subject must be 1..4096 bytes");
    if (ev->details && !json_is_object(ev->details))
        return sg_error_set(err, SG_ERR_INVALID_ARG, what, "details must be a JSON object");
    const char *details_json = ev->details ? NULL : ev->details_json;
    size_t details_len = details_json ? strlen(details_json) : 0;
    if (details_json && (details_len < 2 || details_json[0] != '{' ||
                         details_json[details_len - 1] != '}'))
        return sg_error_set(err, SG_ERR_INVALID_ARG, what, "details must be a JSON object");
    const char *digests[2] = {ev->digest_before, ev->digest_after};
    for (int i = 0; i < 2; i++)
        if (digests[i] && !digest_ok(digests[i]))
            return sg_error_set(err, SG_ERR_INVALID_ARG, digests[i],
                                "not a digest of the form sha256:<hex>");
    pthread_once(&user_once, find_user);
    char time[32];
    size_t time_len = now_rfc3339_ms(time);
    /* Written by hand in sorted key order (the gateway records thousands of
     * these a second); details through jansson, keys sorted, unless the
     * caller serialised them already (details_json). actor always comes
     * first, so every later key carries its comma. The time needs no
     * escaping. Room for the fixed part is reserved once; each string
     * reserves its own. */
#define KEY(k) k, sizeof k - 1
    size_t mark = out->len;
    sg_err rc = sg_buf_reserve(out, 160 + time_len + details_len);
    if (rc == SG_OK)
        rc = put_string(out, KEY("{\"actor\":"), ev->actor ? ev->actor : current_user, "actor", err);
    if (rc == SG_OK && details_json) {
        if ((rc = sg_buf_append(out, KEY(",\"details\":"))) == SG_OK)
            rc = sg_buf_append(out, details_json, details_len);
    } else if (rc == SG_OK && ev->details) {
        if ((rc = sg_buf_append(out, KEY(",\"details\":"))) == SG_OK)
            rc = sg_json_dump(ev->details, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENSURE_ASCII, out);
    }
    if (rc == SG_OK && ev->digest_after)
        rc = put_string(out, KEY(",\"digest_after\":"), ev->digest_after, "digest_after", err);
    if (rc == SG_OK && ev->digest_before)
        rc = put_string(out, KEY(",\"digest_before\":"), ev->digest_before, "digest_before", err);
    if (rc == SG_OK && ev->outcome)
        rc = put_string(out, KEY(",\"outcome\":"), ev->outcome, "outcome", err);
    if (rc == SG_OK && ev->role)
        rc = put_string(out, KEY(",\"role\":"), ev->role, "role", err);
    if (rc == SG_OK)
        rc = put_string(out, KEY(",\"subject\":"), ev->subject, "subject", err);
    if (rc == SG_OK && (rc = sg_buf_append(out, KEY(",\"time\":\""))) == SG_OK &&
        (rc = sg_buf_append(out, time, time_len)) == SG_OK)
        rc = sg_buf_append(out, KEY("\""));
    if (rc == SG_OK)
        rc = put_string(out, KEY(",\"type\":"), ev->type, "type", err);
    if (rc == SG_OK)
        rc = sg_buf_append(out, KEY("}"));
#undef KEY
    if (rc == SG_OK && out->len - mark > SG_LEDGER_MAX_ENTRY - 32)
        rc = sg_error_set(err, SG_ERR_TOO_LARGE, ev->type, "event larger than %zu bytes",
                          SG_LEDGER_MAX_ENTRY);
    if (rc != SG_OK) {
        out->len = mark;
        if (out->data)
            out->data[mark] = '\0';
        if (err && err->code == SG_OK)
            sg_error_set(err, rc, what, "cannot serialise the event");
    }
    return rc;
}

/* ---- appends ----------------------------------------------------------------- */

/* Collects the subtree hashes one append completes, lowest level first. */
struct completed {
    size_t n;
    uint8_t hash[64][SG_LEDGER_HASH_LEN];
};

static sg_err collect_node(void *user, unsigned level, uint64_t index,
                           const uint8_t hash[SG_LEDGER_HASH_LEN])
{
    (void)index;
    struct completed *c = user;
    if (c->n >= 64 || level != c->n + 1)
        return SG_ERR_INTERNAL;
    memcpy(c->hash[c->n++], hash, SG_LEDGER_HASH_LEN);
    return SG_OK;
}

/* Rebuilds the right edge of the stored tree of size entries. */
static sg_err load_frontier(sg_ledger *lg, uint64_t size, struct sg_error *err)
{
    struct sg__merkle_frontier *f = &lg->frontier;
    memset(f, 0, sizeof *f);
    uint64_t start = 0;
    for (unsigned level = 64; level-- > 0;) {
        if (!(size >> level & 1))
            continue;
        sg_err rc = sg__ledger_src_node(lg, level, start >> level, f->hash[f->n], err);
        if (rc != SG_OK)
            return rc;
        f->level[f->n++] = level;
        start += (uint64_t)1 << level;
    }
    f->size = size;
    return SG_OK;
}

static double monotonic(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ledger.checkpoint is a convenience copy for verify and witnesses: it may
 * lag the database but never lead it. Replacing a file costs more than a
 * commit on ext4 (rename flushes the new data), so it is rewritten at most
 * once a second and when the handle closes. */
static void write_checkpoint_file(sg_ledger *lg, bool force)
{
    if (lg->pending_checkpoint.len == 0 || (!force && monotonic() - lg->checkpoint_written < 1.0))
        return;
    char path[PATH_MAX];
    if (state_file(lg, CHECKPOINT_NAME, path, sizeof path, NULL) == SG_OK &&
        write_file_atomic(path, lg->pending_checkpoint.data, lg->pending_checkpoint.len, false,
                          false, NULL) == SG_OK) {
        sg_buf_reset(&lg->pending_checkpoint);
        lg->checkpoint_written = monotonic();
    }
}

/* Writes `{"index":idx,` (or `{"index":idx` before "}") so that it ends at
 * body + 1, over the body's opening brace and the bytes before it (at most
 * 29 of them: SG__LEDGER_HEADROOM). Returns where the entry starts. */
static char *put_index_prefix(char *body, size_t body_len, uint64_t idx)
{
    char *p = body + 1;
    if (body_len > 2)
        *--p = ',';
    do
        *--p = (char)('0' + idx % 10);
    while ((idx /= 10) != 0);
    p -= 9;
    memcpy(p, "{\"index\":", 9);
    return p;
}

/* Where the bytes of the i-th new entry (index idx) come from; stable: they
 * stay where they are until the commit (else only until the next entry). */
struct entry_source {
    sg_err (*entry)(const struct entry_source *src, size_t i, uint64_t idx, const char **data,
                    size_t *len);
    bool stable;
};

/* An entry ready to insert. */
struct pending_row {
    uint64_t idx;
    const char *data;
    size_t len;
    uint8_t leaf[SG_LEDGER_HASH_LEN];
    struct completed done;
};

/* Rows inserted by one statement in a batch: each statement execution has
 * a fixed cost (bind, step, halt, reset) that was a third of SQLite's time
 * per gateway event. */
#define INSERT_GROUP 16

static sg_err group_statement(sg_ledger *lg, struct sg_error *err)
{
    if (lg->st_insert_group)
        return SG_OK;
    char sql[64 + INSERT_GROUP * 16];
    int len = snprintf(sql, sizeof sql, "INSERT INTO entries(idx, data, leaf, nodes) VALUES ");
    for (int i = 0; i < INSERT_GROUP; i++)
        len += snprintf(sql + len, sizeof sql - (size_t)len, "%s(?,?,?,?)", i ? "," : "");
    return prepare(lg, sql, &lg->st_insert_group, err);
}

static sg_err insert_rows(sg_ledger *lg, const struct pending_row *rows, size_t n,
                          struct sg_error *err)
{
    sqlite3_stmt *st = lg->st_insert_entry;
    if (n > 1) {
        sg_err rc = group_statement(lg, err);
        if (rc != SG_OK)
            return rc;
        st = lg->st_insert_group;
    }
    for (size_t i = 0; i < n; i++) {
        const struct pending_row *r = &rows[i];
        int p = (int)i * 4;
        sqlite3_bind_int64(st, p + 1, (int64_t)r->idx);
        sqlite3_bind_text(st, p + 2, r->data, (int)r->len, SQLITE_STATIC);
        sqlite3_bind_blob(st, p + 3, r->leaf, sizeof r->leaf, SQLITE_STATIC);
        if (r->done.n)
            sqlite3_bind_blob(st, p + 4, r->done.hash, (int)(r->done.n * SG_LEDGER_HASH_LEN),
                              SQLITE_STATIC);
        else
            sqlite3_bind_null(st, p + 4);
    }
    int s = sqlite3_step(st);
    sqlite3_reset(st);
    return s == SQLITE_DONE ? SG_OK : sg__ledger_db_error(lg, s, "insert entry", err);
}

/* Appends n entries in one transaction: their indexes, leaf hashes, the
 * subtree hashes they complete, and a signed checkpoint of the new tree. */
static sg_err append_entries(sg_ledger *lg, const struct entry_source *src, size_t n,
                             uint64_t *first, struct sg_error *err)
{
    if (first)
        *first = 0;
    if (lg->readonly)
        return sg_error_set(err, SG_ERR_PERMISSION, lg->dir, "ledger opened read-only");
    sg_buf note;
    sg_buf_init(&note, SG_NOTE_MAX_LEN);
    struct pending_row *rows = NULL;
    uint64_t size = 0;
    sg_err rc = exec(lg, "BEGIN IMMEDIATE", err);
    if (rc != SG_OK)
        goto out;
    if ((rc = sg__ledger_size_locked(lg, &size, err)) != SG_OK)
        goto rollback;
    /* Another handle may have appended since our last commit. */
    if (!lg->frontier_valid || lg->frontier.size != size) {
        lg->frontier_valid = false;
        if ((rc = load_frontier(lg, size, err)) != SG_OK)
            goto rollback;
        lg->frontier_valid = true;
    }
    /* Rows wait until a group of them is inserted by one statement, when
     * the source's bytes stay put until the commit; else one at a time. */
    if (src->stable && n >= INSERT_GROUP && !(rows = malloc(INSERT_GROUP * sizeof *rows))) {
        rc = sg_error_set(err, SG_ERR_NOMEM, "ledger", "out of memory");
        goto rollback;
    }
    struct pending_row one;
    size_t pending = 0, want = 1;
    for (size_t i = 0; i < n; i++) {
        uint64_t idx = size + i;
        if (pending == 0)
            want = rows && n - i >= INSERT_GROUP ? INSERT_GROUP : 1;
        struct pending_row *row = want > 1 ? &rows[pending] : &one;
        row->idx = idx;
        if ((rc = src->entry(src, i, idx, &row->data, &row->len)) != SG_OK) {
            if (rc == SG_ERR_INVALID_ARG)
                sg_error_set(err, rc, "event", "body is not a JSON object");
            else
                sg_error_set(err, rc, "event", "cannot prepare entry %llu", (unsigned long long)idx);
            goto rollback;
        }
        if ((rc = sg_merkle_leaf_hash(row->data, row->len, row->leaf)) != SG_OK) {
            sg_error_set(err, rc, "event", "cannot prepare entry %llu", (unsigned long long)idx);
            goto rollback;
        }
        row->done.n = 0; /* the hashes are written before they are read: no 2 KiB memset */
        if ((rc = sg__merkle_frontier_push(&lg->frontier, row->leaf, collect_node, &row->done)) !=
            SG_OK) {
            sg_error_set(err, rc, "ledger", "cannot extend the tree");
            goto rollback;
        }
        if (++pending == want) {
            if ((rc = insert_rows(lg, want > 1 ? rows : &one, pending, err)) != SG_OK)
                goto rollback;
            pending = 0;
        }
    }
    uint8_t root[SG_LEDGER_HASH_LEN];
    if ((rc = sg__merkle_frontier_root(&lg->frontier, root)) != SG_OK ||
        (rc = sg__ledger_sign_checkpoint(lg, size + n, root, &note, err)) != SG_OK ||
        (rc = meta_set(lg, "checkpoint", note.data, note.len, err)) != SG_OK)
        goto rollback;
    if ((rc = exec(lg, "COMMIT", err)) != SG_OK)
        goto rollback;
    if (first)
        *first = size;
    /* Only after the commit, so that it never runs ahead of the database. */
    sg_buf_reset(&lg->pending_checkpoint);
    if (sg_buf_append(&lg->pending_checkpoint, note.data, note.len) == SG_OK)
        write_checkpoint_file(lg, false);
    goto out;
rollback:
    lg->frontier_valid = false;
    (void)sqlite3_exec(lg->db, "ROLLBACK", NULL, NULL, NULL);
out:
    free(rows);
    sg_buf_release(&note);
    return rc;
}

static bool is_object_text(const char *data, size_t len)
{
    return len >= 2 && data[0] == '{' && data[len - 1] == '}';
}

/* Bodies in separate buffers: each entry is put together in a scratch
 * buffer, its prefix before a copy of the body. */
struct body_source {
    struct entry_source base;
    const sg_buf *bodies;
    sg_buf scratch;
};

static sg_err body_entry(const struct entry_source *src, size_t i, uint64_t idx,
                         const char **data, size_t *len)
{
    struct body_source *bs = (struct body_source *)(void *)src;
    const sg_buf *b = &bs->bodies[i];
    if (!is_object_text(b->data, b->len))
        return SG_ERR_INVALID_ARG;
    sg_buf_reset(&bs->scratch);
    sg_err rc = sg_buf_reserve(&bs->scratch, SG__LEDGER_HEADROOM + b->len);
    if (rc != SG_OK)
        return rc;
    char *body = bs->scratch.data + SG__LEDGER_HEADROOM;
    memcpy(body, b->data, b->len);
    *data = put_index_prefix(body, b->len, idx);
    *len = (size_t)(body + b->len - *data);
    return SG_OK;
}

sg_err sg_ledger_append_bodies(sg_ledger *lg, const sg_buf *bodies, size_t n, uint64_t *first,
                               struct sg_error *err)
{
    struct body_source bs = {.base = {body_entry, false}, .bodies = bodies};
    sg_buf_init(&bs.scratch, SG_LEDGER_MAX_ENTRY + SG__LEDGER_HEADROOM);
    sg_err rc = append_entries(lg, &bs.base, n, first, err);
    sg_buf_release(&bs.scratch);
    return rc;
}

/* Bodies queued back to back (the batcher's): each prefix goes into the
 * spare bytes before its body, so nothing is copied. */
struct span_source {
    struct entry_source base;
    char *bytes;
    const struct sg__ledger_span *spans;
};

static sg_err span_entry(const struct entry_source *src, size_t i, uint64_t idx,
                         const char **data, size_t *len)
{
    const struct span_source *ss = (const struct span_source *)(const void *)src;
    char *body = ss->bytes + ss->spans[i].off;
    size_t body_len = ss->spans[i].len;
    if (ss->spans[i].off < SG__LEDGER_HEADROOM || !is_object_text(body, body_len))
        return SG_ERR_INVALID_ARG;
    *data = put_index_prefix(body, body_len, idx);
    *len = (size_t)(body + body_len - *data);
    return SG_OK;
}

sg_err sg__ledger_append_spans(sg_ledger *lg, char *bytes, const struct sg__ledger_span *spans,
                               size_t n, uint64_t *first, struct sg_error *err)
{
    struct span_source ss = {.base = {span_entry, true}, .bytes = bytes, .spans = spans};
    return append_entries(lg, &ss.base, n, first, err);
}

sg_err sg_ledger_append(sg_ledger *lg, const struct sg_audit_event *event, uint64_t *index,
                        struct sg_error *err)
{
    sg_buf body;
    sg_buf_init(&body, SG_LEDGER_MAX_ENTRY);
    sg_err rc = sg_ledger_event_body(event, &body, err);
    if (rc == SG_OK)
        rc = sg_ledger_append_bodies(lg, &body, 1, index, err);
    sg_buf_release(&body);
    return rc;
}
