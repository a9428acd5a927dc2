/* registry.c - the inventory's SQLite store: opening (WAL, busy timeout,
 * corrupt and locked databases reported clearly), forward schema migrations,
 * and the per-asset operations: register, retire, list, show. */
#include "inventory/internal.h"

#include <errno.h>
#include <openssl/rand.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "saiguard/encode.h"
#include "saiguard/json.h"

enum { BUSY_TIMEOUT_MS = 5000 };

/* Migration N takes the schema from version N-1 to N. Never edit a shipped
 * step: append a new one. */
static const char *const migrations[] = {
    NULL,
    "CREATE TABLE assets("
    "  id TEXT PRIMARY KEY, kind TEXT NOT NULL, path TEXT NOT NULL UNIQUE, name TEXT,"
    "  format TEXT, size INTEGER, digest TEXT, metadata TEXT NOT NULL DEFAULT '{}',"
    "  edges TEXT NOT NULL DEFAULT '[]', owner_role TEXT NOT NULL,"
    "  status TEXT NOT NULL DEFAULT 'active', version INTEGER NOT NULL DEFAULT 1,"
    "  first_seen TEXT NOT NULL, last_seen TEXT NOT NULL, retired_at TEXT, retired_reason TEXT);"
    "CREATE TABLE versions("
    "  asset_id TEXT NOT NULL REFERENCES assets(id), version INTEGER NOT NULL, digest TEXT,"
    "  size INTEGER, metadata TEXT, change TEXT NOT NULL, recorded_at TEXT NOT NULL,"
    "  PRIMARY KEY(asset_id, version));"
    "CREATE TABLE files("
    "  path TEXT PRIMARY KEY, dev INTEGER, ino INTEGER, size INTEGER, mtime_ns INTEGER,"
    "  asset INTEGER NOT NULL) WITHOUT ROWID;"
    "CREATE TABLE scans("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL, finished_at TEXT,"
    "  roots TEXT NOT NULL, files INTEGER, assets INTEGER, registered INTEGER,"
    "  changed INTEGER, missing INTEGER);"
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);"
    "INSERT INTO meta VALUES('application', 'saiguard-inventory');",
};

sg_err sg__inv_db_error(sqlite3 *db, int rc, const char *what, struct sg_error *err)
{
    const char *msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    int primary = rc & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return sg_error_set(err, SG_ERR_BUSY, "inventory.db",
                            "%s: the registry is locked by another process (%s)", what, msg);
    if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT)
        return sg_error_set(err, SG_ERR_DB, "inventory.db",
                            "%s: the registry database is corrupt or not a database (%s)", what,
                            msg);
    if (primary == SQLITE_READONLY || primary == SQLITE_CANTOPEN || primary == SQLITE_PERM)
        return sg_error_set(err, SG_ERR_PERMISSION, "inventory.db", "%s: %s", what, msg);
    if (primary == SQLITE_FULL || primary == SQLITE_IOERR)
        return sg_error_set(err, SG_ERR_IO, "inventory.db", "%s: %s", what, msg);
    return sg_error_set(err, SG_ERR_DB, "inventory.db", "%s: %s", what, msg);
}

sg_err sg__inv_new_id(char out[37], struct sg_error *err)
{
    uint8_t b[16];
    if (RAND_bytes(b, sizeof b) != 1)
        return sg_error_set(err, SG_ERR_CRYPTO, NULL, "no randomness for an asset id");
    b[6] = (uint8_t)((b[6] & 0x0f) | 0x40);
    b[8] = (uint8_t)((b[8] & 0x3f) | 0x80);
    char hex[33];
    sg_hex_encode(b, sizeof b, hex);
    snprintf(out, 37, "%.8s-%.4s-%.4s-%.4s-%.12s", hex, hex + 8, hex + 12, hex + 16, hex + 20);
    return SG_OK;
}

static sg_err exec(sqlite3 *db, const char *sql, const char *what, struct sg_error *err)
{
    int rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
    return rc == SQLITE_OK ? SG_OK : sg__inv_db_error(db, rc, what, err);
}

static sg_err migrate(sqlite3 *db, bool read_only, struct sg_error *err)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL);
    if (rc != SQLITE_OK || (rc = sqlite3_step(st)) != SQLITE_ROW) {
        sqlite3_finalize(st);
        return sg__inv_db_error(db, rc, "reading the schema version", err);
    }
    int version = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    int latest = (int)(sizeof migrations / sizeof migrations[0]) - 1;
    if (version > latest)
        return sg_error_set(err, SG_ERR_DB, "inventory.db",
                            "registry schema %d is newer than this saiguard (%d)", version, latest);
    if (version > 0) {
        /* An existing database must be ours: a stray SQLite file is refused. */
        sqlite3_stmt *q = NULL;
        rc = sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE key='application'", -1, &q, NULL);
        bool ours = rc == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW && sqlite3_column_text(q, 0) &&
                    strcmp((const char *)sqlite3_column_text(q, 0), "saiguard-inventory") == 0;
        sqlite3_finalize(q);
        if (!ours)
            return sg_error_set(err, SG_ERR_DB, "inventory.db",
                                "not a saiguard inventory registry");
    }
    if (version == latest)
        return SG_OK;
    if (read_only)
        return sg_error_set(err, SG_ERR_DB, "inventory.db",
                            "registry schema %d needs migrating to %d: run a recording scan first",
                            version, latest);
    sg_err e;
    if ((e = exec(db, "BEGIN IMMEDIATE", "migrating the registry", err)) != SG_OK)
        return e;
    for (int v = version + 1; v <= latest; v++) {
        char pragma[64];
        snprintf(pragma, sizeof pragma, "PRAGMA user_version=%d", v);
        if ((e = exec(db, migrations[v], "migrating the registry", err)) != SG_OK ||
            (e = exec(db, pragma, "migrating the registry", err)) != SG_OK) {
            (void)sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
            return e;
        }
    }
    return exec(db, "COMMIT", "migrating the registry", err);
}

sg_err sg_inventory_open(sg_ctx *ctx, bool read_only, sg_inventory **out, struct sg_error *err)
{
    *out = NULL;
    sg_inventory *inv = calloc(1, sizeof *inv);
    if (!inv)
        return sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
    inv->ctx = ctx;
    inv->read_only = read_only;
    sg_err rc;
    if ((rc = sg_ctx_state_path(ctx, "inventory.db", inv->path, sizeof inv->path)) != SG_OK) {
        free(inv);
        return sg_error_set(err, rc, ctx->state_dir, "state directory path too long");
    }
    struct stat st;
    if (read_only && stat(inv->path, &st) != 0 && errno == ENOENT) {
        *out = inv; /* no registry yet: everything is unregistered */
        return SG_OK;
    }
    if (!read_only && (rc = sg_ctx_ensure_state(ctx, err)) != SG_OK) {
        free(inv);
        return rc;
    }
    int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    int src = sqlite3_open_v2(inv->path, &inv->db, flags | SQLITE_OPEN_NOMUTEX, NULL);
    if (src != SQLITE_OK) {
        rc = sg__inv_db_error(inv->db, src, "opening the registry", err);
        goto fail;
    }
    sqlite3_busy_timeout(inv->db, BUSY_TIMEOUT_MS);
    sqlite3_extended_result_codes(inv->db, 1);
    if (!read_only &&
        (rc = exec(inv->db, "PRAGMA journal_mode=WAL", "opening the registry", err)) != SG_OK)
        goto fail;
    if ((rc = exec(inv->db, "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL",
                   "opening the registry", err)) != SG_OK ||
        (rc = migrate(inv->db, read_only, err)) != SG_OK)
        goto fail;
    if (!read_only)
        (void)chmod(inv->path, 0600);
    *out = inv;
    return SG_OK;
fail:
    sqlite3_close(inv->db);
    free(inv);
    return rc;
}

void sg_inventory_close(sg_inventory *inv)
{
    if (!inv)
        return;
    sqlite3_close(inv->db);
    free(inv);
}

/* ---- lookups ---------------------------------------------------------------- */

sg_err sg__inv_resolve(sg_inventory *inv, const char *ref, char id[64], struct sg_error *err)
{
    id[0] = '\0';
    if (!inv->db)
        return sg_error_set(err, SG_ERR_NOT_FOUND, ref, "no such asset (the registry is empty)");
    char abs[4096];
    const char *path = ref;
    if (realpath(ref, abs))
        path = abs;
    size_t n = strlen(ref);
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(inv->db,
                                "SELECT id FROM assets WHERE id = ?1 OR path = ?2 OR path = ?1 "
                                "OR (length(?1) >= 8 AND substr(id, 1, length(?1)) = ?1) LIMIT 2",
                                -1, &st, NULL);
    if (rc != SQLITE_OK)
        return sg__inv_db_error(inv->db, rc, "looking up an asset", err);
    sqlite3_bind_text(st, 1, ref, (int)n, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, path, -1, SQLITE_STATIC);
    int found = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (found++ == 0)
            snprintf(id, 64, "%s", (const char *)sqlite3_column_text(st, 0));
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return sg__inv_db_error(inv->db, rc, "looking up an asset", err);
    if (found == 0)
        return sg_error_set(err, SG_ERR_NOT_FOUND, ref, "no such asset in the registry");
    if (found > 1)
        return sg_error_set(err, SG_ERR_INVALID_ARG, ref, "ambiguous asset reference");
    return SG_OK;
}

static json_t *col_json(sqlite3_stmt *st, int i)
{
    const char *t = (const char *)sqlite3_column_text(st, i);
    json_t *v = t ? json_loads(t, JSON_DECODE_ANY, NULL) : NULL;
    return v ? v : json_null();
}

static json_t *col_text(sqlite3_stmt *st, int i)
{
    const char *t = (const char *)sqlite3_column_text(st, i);
    return t ? sg__inv_str(t) : json_null();
}

#define ASSET_COLUMNS                                                                              \
    "id, kind, path, name, format, size, digest, metadata, edges, owner_role, status, "            \
    "version, first_seen, last_seen, retired_at, retired_reason"

static json_t *row_json(sqlite3_stmt *st)
{
    return json_pack(
        "{s:o, s:o, s:o, s:o, s:o, s:I, s:o, s:o, s:o, s:o, s:o, s:I, s:o, s:o, s:o, s:o}", "id",
        col_text(st, 0), "kind", col_text(st, 1), "path", col_text(st, 2), "name", col_text(st, 3),
        "format", col_text(st, 4), "size", (json_int_t)sqlite3_column_int64(st, 5), "digest",
        col_text(st, 6), "metadata", col_json(st, 7), "edges", col_json(st, 8), "owner_role",
        col_text(st, 9), "status", col_text(st, 10), "version",
        (json_int_t)sqlite3_column_int64(st, 11), "first_seen", col_text(st, 12), "last_seen",
        col_text(st, 13), "retired_at", col_text(st, 14), "retired_reason", col_text(st, 15));
}

sg_err sg__inv_asset_json(sg_inventory *inv, const char *id, bool full, json_t **out,
                          struct sg_error *err)
{
    *out = NULL;
    sqlite3_stmt *st = NULL;
    json_t *a = NULL;
    int rc = sqlite3_prepare_v2(inv->db, "SELECT " ASSET_COLUMNS " FROM assets WHERE id = ?1", -1,
                                &st, NULL);
    if (rc != SQLITE_OK)
        return sg__inv_db_error(inv->db, rc, "reading an asset", err);
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        a = row_json(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW)
        return rc == SQLITE_DONE ? sg_error_set(err, SG_ERR_NOT_FOUND, id, "no such asset")
                                 : sg__inv_db_error(inv->db, rc, "reading an asset", err);
    if (!a)
        return sg_error_set(err, SG_ERR_NOMEM, id, NULL);
    if (full) {
        json_t *versions = json_array();
        rc = sqlite3_prepare_v2(inv->db,
                                "SELECT version, digest, size, change, recorded_at FROM versions "
                                "WHERE asset_id = ?1 ORDER BY version",
                                -1, &st, NULL);
        if (rc != SQLITE_OK) {
            json_decref(versions);
            json_decref(a);
            return sg__inv_db_error(inv->db, rc, "reading versions", err);
        }
        sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)
            json_array_append_new(versions,
                                  json_pack("{s:I, s:o, s:I, s:o, s:o}", "version",
                                            (json_int_t)sqlite3_column_int64(st, 0), "digest",
                                            col_text(st, 1), "size",
                                            (json_int_t)sqlite3_column_int64(st, 2), "change",
                                            col_text(st, 3), "recorded_at", col_text(st, 4)));
        sqlite3_finalize(st);
        if (sg_json_set(a, "versions", versions) != SG_OK) {
            json_decref(a);
            return sg_error_set(err, SG_ERR_NOMEM, id, NULL);
        }
    }
    *out = a;
    return SG_OK;
}

sg_err sg_inventory_list(sg_inventory *inv, const char *kind, const char *status, json_t **out,
                         struct sg_error *err)
{
    *out = json_array();
    if (!*out)
        return sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
    if (!inv->db)
        return SG_OK;
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(inv->db,
                                "SELECT " ASSET_COLUMNS
                                " FROM assets WHERE (?1 IS NULL OR kind = ?1) AND "
                                "(CASE WHEN ?2 IS NULL THEN status != 'retired' WHEN ?2 = 'all' "
                                "THEN 1 ELSE status = ?2 END) "
                                "ORDER BY path",
                                -1, &st, NULL);
    if (rc != SQLITE_OK) {
        json_decref(*out);
        *out = NULL;
        return sg__inv_db_error(inv->db, rc, "listing assets", err);
    }
    sqlite3_bind_text(st, 1, kind, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, status, -1, SQLITE_STATIC);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        if (json_array_append_new(*out, row_json(st)) != 0)
            break;
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        json_decref(*out);
        *out = NULL;
        return rc == SQLITE_ROW ? sg_error_set(err, SG_ERR_NOMEM, NULL, NULL)
                                : sg__inv_db_error(inv->db, rc, "listing assets", err);
    }
    return SG_OK;
}

sg_err sg_inventory_show(sg_inventory *inv, const char *ref, json_t **out, struct sg_error *err)
{
    char id[64];
    *out = NULL;
    sg_err rc = sg__inv_resolve(inv, ref, id, err);
    return rc != SG_OK ? rc : sg__inv_asset_json(inv, id, true, out, err);
}

sg_err sg_inventory_retire(sg_inventory *inv, const char *ref, const char *reason,
                           struct sg_error *err)
{
    char id[64], now[32];
    if (inv->read_only)
        return sg_error_set(err, SG_ERR_INVALID_ARG, ref, "registry opened read-only");
    sg_err rc = sg__inv_resolve(inv, ref, id, err);
    if (rc != SG_OK)
        return rc;
    sg_time_rfc3339(now);
    json_t *before = NULL;
    if ((rc = sg__inv_asset_json(inv, id, false, &before, err)) != SG_OK)
        return rc;
    if (strcmp(json_string_value(json_object_get(before, "status")), "retired") == 0) {
        json_decref(before);
        return sg_error_set(err, SG_ERR_EXISTS, ref, "asset is already retired");
    }
    if ((rc = exec(inv->db, "BEGIN IMMEDIATE", "retiring an asset", err)) != SG_OK) {
        json_decref(before);
        return rc;
    }
    sqlite3_stmt *st = NULL;
    int src =
        sqlite3_prepare_v2(inv->db,
                           "UPDATE assets SET status='retired', retired_at=?2, retired_reason=?3 "
                           "WHERE id=?1",
                           -1, &st, NULL);
    if (src == SQLITE_OK) {
        sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, now, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 3, reason, -1, SQLITE_STATIC);
        src = sqlite3_step(st);
        src = src == SQLITE_DONE ? SQLITE_OK : src;
    }
    sqlite3_finalize(st);
    if (src != SQLITE_OK) {
        rc = sg__inv_db_error(inv->db, src, "retiring an asset", err);
        goto rollback;
    }
    json_t *details = json_pack("{s:o, s:o}", "path", json_incref(json_object_get(before, "path")),
                                "reason", sg__inv_str(reason));
    struct sg_audit_event ev = {
        .type = "inventory.retired",
        .subject = id,
        .role = json_string_value(json_object_get(before, "owner_role")),
        .outcome = "ok",
        .digest_before = json_string_value(json_object_get(before, "digest")),
        .details = details,
    };
    rc = sg_audit_record(inv->ctx, &ev, err);
    json_decref(details);
    if (rc != SG_OK)
        goto rollback;
    json_decref(before);
    return exec(inv->db, "COMMIT", "retiring an asset", err);
rollback:
    json_decref(before);
    (void)sqlite3_exec(inv->db, "ROLLBACK", NULL, NULL, NULL);
    return rc;
}
