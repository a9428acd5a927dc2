/* scan.c - walks trees, identifies assets (skipping files whose device,
 * inode, size and mtime are unchanged since the last scan), compares them
 * with the registry, and either records the result in one transaction with
 * its audit events, or (shadow-AI check) only reports the differences. */
#include "inventory/internal.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "inventory/filecache.h"
#include "inventory/map.h"
#include "saiguard/encode.h"
#include "saiguard/json.h"
#include "saiguard/path.h"
#include "saiguard/walk.h"

/* What the registry knows about one asset path. */
struct reg {
    char id[40];
    char *digest;
    char status[16];
    char kind[24];
    char format[32];
    char role[24];
    int64_t version;
    bool seen;
};

struct cache_update {
    char *path;
    uint64_t dev, ino, size;
    int64_t mtime_ns;
    bool asset;
};

struct scan {
    sg_inventory *inv;
    const struct sg_inv_scan_options *opt;
    struct sg_inv_scan_result *res;
    struct sg__map reg;
    struct sg__fcache cache;
    char **roots;
    size_t nroots;
    const char *root; /* being walked */
    char state_dir[PATH_MAX];
    struct sg__inv_found *found;
    size_t nfound, capfound;
    struct cache_update *updates;
    size_t nupdates, capupdates;
    struct sg_error *err;
};

static void free_reg(void *p)
{
    struct reg *r = p;
    if (r)
        free(r->digest);
    free(r);
}

static bool valid_role(const char *r)
{
    return r && (!strcmp(r, "developer") || !strcmp(r, "system_operator") ||
                 !strcmp(r, "data_custodian"));
}

static bool valid_kind(const char *k)
{
    return k && (!strcmp(k, "model") || !strcmp(k, "model-metadata") || !strcmp(k, "dataset") ||
                 !strcmp(k, "prompt") || !strcmp(k, "agent-config"));
}

static const char *col(sqlite3_stmt *st, int i)
{
    const char *t = (const char *)sqlite3_column_text(st, i);
    return t ? t : "";
}

static sg_err load_registry(struct scan *s)
{
    sqlite3 *db = s->inv->db;
    if (!db)
        return SG_OK;
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(
        db, "SELECT path, id, digest, status, kind, format, owner_role, version FROM assets", -1,
        &st, NULL);
    if (rc != SQLITE_OK)
        return sg__inv_db_error(db, rc, "reading the registry", s->err);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        struct reg *r = calloc(1, sizeof *r);
        if (!r || !(r->digest = strdup(col(st, 2))) || !sg__map_put(&s->reg, col(st, 0), r)) {
            free_reg(r);
            sqlite3_finalize(st);
            return sg_error_set(s->err, SG_ERR_NOMEM, NULL, NULL);
        }
        snprintf(r->id, sizeof r->id, "%s", col(st, 1));
        snprintf(r->status, sizeof r->status, "%s", col(st, 3));
        snprintf(r->kind, sizeof r->kind, "%s", col(st, 4));
        snprintf(r->format, sizeof r->format, "%s", col(st, 5));
        snprintf(r->role, sizeof r->role, "%s", col(st, 6));
        r->version = sqlite3_column_int64(st, 7);
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? SG_OK : sg__inv_db_error(db, rc, "reading the registry", s->err);
}

static sg_err finding(struct scan *s, const char *type, const char *path, const struct reg *r,
                      const struct sg__inv_found *f, const char *reason)
{
    json_t *o =
        json_pack("{s:s, s:o, s:o, s:o, s:o, s:o, s:o, s:o}", "finding", type, "path",
                  sg__inv_str(path), "asset_id", r ? json_string(r->id) : json_null(), "kind",
                  f && f->kind ? json_string(f->kind)
                  : r          ? json_string(r->kind)
                               : json_null(),
                  "format",
                  f && f->format ? json_string(f->format)
                  : r            ? json_string(r->format)
                                 : json_null(),
                  "digest_before", r && r->digest[0] ? json_string(r->digest) : json_null(),
                  "digest_after", f && f->digest[0] ? json_string(f->digest) : json_null(),
                  "reason", reason ? sg__inv_str(reason) : json_null());
    return sg_json_push(s->res->findings, o) == SG_OK
               ? SG_OK
               : sg_error_set(s->err, SG_ERR_NOMEM, path, NULL);
}

static sg_err add_update(struct scan *s, const struct sg__inv_found *f, bool asset)
{
    if (s->nupdates == s->capupdates) {
        size_t cap = s->capupdates ? s->capupdates * 2 : 1024;
        struct cache_update *n = realloc(s->updates, cap * sizeof *n);
        if (!n)
            return sg_error_set(s->err, SG_ERR_NOMEM, NULL, NULL);
        s->updates = n;
        s->capupdates = cap;
    }
    struct cache_update *u = &s->updates[s->nupdates];
    if (!(u->path = strdup(f->path)))
        return sg_error_set(s->err, SG_ERR_NOMEM, NULL, NULL);
    u->dev = f->dev;
    u->ino = f->ino;
    u->size = f->size;
    u->mtime_ns = f->mtime_ns;
    u->asset = asset;
    s->nupdates++;
    return SG_OK;
}

static bool skip_entry(void *user, const char *relpath, bool is_dir)
{
    struct scan *s = user;
    const char *base = strrchr(relpath, '/');
    base = base ? base + 1 : relpath;
    if (is_dir && (!strcmp(base, ".git") || !strcmp(base, "node_modules") ||
                   !strcmp(base, "__pycache__") || !strcmp(base, ".saiguard")))
        return true;
    for (const char *const *x = s->opt->exclude; x && *x; x++)
        if (sg_path_match(*x, relpath))
            return true;
    if (is_dir && s->state_dir[0]) {
        char full[PATH_MAX];
        if (sg_path_join(full, sizeof full, s->root, relpath) == SG_OK &&
            strcmp(full, s->state_dir) == 0)
            return true;
    }
    return false;
}

static sg_err on_entry(void *user, const struct sg_walk_entry *e, struct sg_error *err)
{
    struct scan *s = user;
    (void)err;
    if (e->kind == SG_WALK_ERROR) {
        if (e->errnum == ENOENT) /* removed while we walked: simply not there */
            return SG_OK;
        s->res->unreadable++;
        return finding(s, "unreadable", e->path, sg__map_get(&s->reg, e->path), NULL,
                       strerror(e->errnum));
    }
    if (e->kind != SG_WALK_FILE)
        return SG_OK;
    if (++s->res->files_seen % 4096 == 0)
        sg_progress(s->inv->ctx, "scanning", s->res->files_seen, 0);
    const struct stat *st = e->st;
    struct sg__fcache_entry *c = sg__fcache_find(&s->cache, e->path);
    int64_t mtime = (int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec;
    bool unchanged = c && c->dev == (uint64_t)st->st_dev && c->ino == (uint64_t)st->st_ino &&
                     c->size == (uint64_t)st->st_size && c->mtime_ns == mtime;
    if (c)
        c->seen = true;
    if (unchanged && !c->asset)
        return SG_OK; /* most files of a re-scan end here, without a registry look-up */
    struct reg *r = sg__map_get(&s->reg, e->path);
    if (unchanged && r) {
        r->seen = true;
        s->res->assets_found++;
        json_t *a = json_pack("{s:o, s:s, s:s, s:s, s:s, s:b}", "path", sg__inv_str(e->path),
                              "asset_id", r->id, "kind", r->kind, "format", r->format, "digest",
                              r->digest, "unchanged", 1);
        return sg_json_push(s->res->assets, a) == SG_OK
                   ? SG_OK
                   : sg_error_set(s->err, SG_ERR_NOMEM, NULL, NULL);
    }
    if (st->st_size == 0)
        return SG_OK; /* an empty file is nobody's model */
    struct sg__inv_found f;
    sg_err rc = sg__inv_identify(e->path, e->relpath, st, s->opt, true, &f, s->err);
    s->res->files_read++;
    if (rc == SG_ERR_NOT_FOUND) { /* vanished mid-scan: it is simply not there */
        sg__inv_found_release(&f);
        return SG_OK;
    }
    if (rc != SG_OK) {
        sg__inv_found_release(&f);
        return rc;
    }
    if (f.unreadable) {
        s->res->unreadable++;
        if (r)
            r->seen = true; /* present, just unreadable: not missing */
        rc = finding(s, "unreadable", e->path, r, &f, f.reason);
        sg__inv_found_release(&f);
        return rc;
    }
    if (!f.kind && r) {
        /* Registered by hand (register --kind) though not recognisable by
         * content: it stays the asset it was registered as. r outlives f. */
        uint8_t d[SG_SHA256_LEN];
        struct sg_error herr = {0};
        sg_err hrc = sg_sha256_file(e->path, d, &herr);
        if (hrc == SG_ERR_NOT_FOUND) {
            sg__inv_found_release(&f);
            return SG_OK;
        }
        if (hrc != SG_OK) {
            s->res->unreadable++;
            r->seen = true;
            rc = finding(s, "unreadable", e->path, r, &f, herr.reason);
            sg__inv_found_release(&f);
            return rc;
        }
        f.kind = r->kind;
        f.format = r->format;
        memcpy(f.digest, "sha256:", 7);
        sg_hex_encode(d, sizeof d, f.digest + 7);
    }
    if (!f.kind) {
        rc = add_update(s, &f, false);
        sg__inv_found_release(&f);
        return rc;
    }
    s->res->assets_found++;
    if (s->nfound == s->capfound) {
        size_t cap = s->capfound ? s->capfound * 2 : 64;
        struct sg__inv_found *n = realloc(s->found, cap * sizeof *n);
        if (!n) {
            sg__inv_found_release(&f);
            return sg_error_set(s->err, SG_ERR_NOMEM, NULL, NULL);
        }
        s->found = n;
        s->capfound = cap;
    }
    s->found[s->nfound++] = f;
    return SG_OK;
}

static bool under_roots(const struct scan *s, const char *path)
{
    for (size_t i = 0; i < s->nroots; i++) {
        size_t n = strlen(s->roots[i]);
        if (strncmp(path, s->roots[i], n) == 0 &&
            (path[n] == '\0' || path[n] == '/' || (n == 1 && s->roots[i][0] == '/')))
            return true;
    }
    return false;
}

/* ---- writing ------------------------------------------------------------ */

struct txn {
    sqlite3 *db;
    sqlite3_stmt *status[2]; /* set_status without / with last_seen, prepared once */
    char now[32];
    json_t *events; /* audit events, recorded before COMMIT */
    struct sg_error *err;
};

static sg_err step_done(struct txn *t, sqlite3_stmt *st, const char *what)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc == SQLITE_DONE ? SG_OK : sg__inv_db_error(t->db, rc, what, t->err);
}

static sg_err run_sql(struct txn *t, const char *sql, const char *what, sqlite3_stmt **st)
{
    int rc = sqlite3_prepare_v2(t->db, sql, -1, st, NULL);
    return rc == SQLITE_OK ? SG_OK : sg__inv_db_error(t->db, rc, what, t->err);
}

static sg_err event(struct txn *t, const char *type, const char *id, const char *role,
                    const char *outcome, const char *before, const char *after, json_t *details)
{
    json_t *e = json_pack("{s:s, s:s, s:o, s:s, s:o, s:o, s:o}", "type", type, "subject", id,
                          "role", role ? json_string(role) : json_null(), "outcome", outcome,
                          "digest_before", before && *before ? json_string(before) : json_null(),
                          "digest_after", after && *after ? json_string(after) : json_null(),
                          "details", details ? details : json_object());
    return sg_json_push(t->events, e) == SG_OK ? SG_OK
                                               : sg_error_set(t->err, SG_ERR_NOMEM, id, NULL);
}

/* Records the events and makes them durable (a batching sink queues on
 * record), so the registry never commits a change the ledger could lose. */
static sg_err record_events(sg_ctx *ctx, json_t *events, struct sg_error *err)
{
    size_t i;
    json_t *e;
    json_array_foreach (events, i, e) {
        struct sg_audit_event ev = {
            .type = json_string_value(json_object_get(e, "type")),
            .subject = json_string_value(json_object_get(e, "subject")),
            .role = json_string_value(json_object_get(e, "role")),
            .outcome = json_string_value(json_object_get(e, "outcome")),
            .digest_before = json_string_value(json_object_get(e, "digest_before")),
            .digest_after = json_string_value(json_object_get(e, "digest_after")),
            .details = json_object_get(e, "details"),
        };
        sg_err rc = sg_audit_record(ctx, &ev, err);
        if (rc != SG_OK)
            return rc;
    }
    return json_array_size(events) ? sg_audit_flush(ctx, err) : SG_OK;
}

/* Inserts a new asset or records a new version of an existing one. */
static sg_err upsert_asset(struct txn *t, const struct sg__inv_found *f, struct reg *r,
                           const char *role, const char *name, const char *kind_override,
                           const char *moved_from, char id_out[40])
{
    sqlite3_stmt *st = NULL;
    char *meta = json_dumps(f->metadata, JSON_COMPACT | JSON_SORT_KEYS);
    char *edges = json_dumps(f->edges, JSON_COMPACT);
    const char *kind = kind_override ? kind_override : f->kind;
    sg_err rc = SG_OK;
    if (!meta || !edges) {
        rc = sg_error_set(t->err, SG_ERR_NOMEM, f->path, NULL);
        goto out;
    }
    bool is_new = r == NULL;
    int64_t version = r ? r->version + 1 : 1;
    if (is_new) {
        if ((rc = sg__inv_new_id(id_out, t->err)) != SG_OK)
            goto out;
        if ((rc = run_sql(t,
                          "INSERT INTO assets(id, kind, path, name, format, size, digest, metadata,"
                          " edges, owner_role, status, version, first_seen, last_seen) VALUES"
                          " (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'active', 1, ?11, ?11)",
                          "registering an asset", &st)) != SG_OK)
            goto out;
        if (!role)
            role = sg__inv_default_role(kind);
    } else {
        snprintf(id_out, 40, "%s", r->id);
        if ((rc = run_sql(t,
                          "UPDATE assets SET kind=?2, path=?3, name=?4, format=?5, size=?6,"
                          " digest=?7, metadata=?8, edges=?9, owner_role=?10, status='active',"
                          " version=?12, last_seen=?11 WHERE id=?1",
                          "updating an asset", &st)) != SG_OK)
            goto out;
        if (!role)
            role = r->role;
        sqlite3_bind_int64(st, 12, version);
    }
    sqlite3_bind_text(st, 1, id_out, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, kind, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, f->path, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, name ? name : f->name, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 5, f->format ? f->format : "unknown", -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 6, (sqlite3_int64)f->size);
    sqlite3_bind_text(st, 7, f->digest, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 8, meta, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 9, edges, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 10, role, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 11, t->now, -1, SQLITE_STATIC);
    if ((rc = step_done(t, st, "writing an asset")) != SG_OK)
        goto out;
    sqlite3_finalize(st);
    st = NULL;
    if ((rc = run_sql(t,
                      "INSERT INTO versions(asset_id, version, digest, size, metadata, change,"
                      " recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                      "recording a version", &st)) != SG_OK)
        goto out;
    sqlite3_bind_text(st, 1, id_out, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, version);
    sqlite3_bind_text(st, 3, f->digest, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 4, (sqlite3_int64)f->size);
    sqlite3_bind_text(st, 5, meta, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 6, is_new ? "registered" : moved_from ? "moved" : "changed", -1,
                      SQLITE_STATIC);
    sqlite3_bind_text(st, 7, t->now, -1, SQLITE_STATIC);
    if ((rc = step_done(t, st, "recording a version")) != SG_OK)
        goto out;
    rc = event(t, is_new ? "inventory.registered" : "inventory.changed", id_out, role, "ok",
               r ? r->digest : NULL, f->digest,
               json_pack("{s:o, s:s, s:s, s:I, s:o}", "path", sg__inv_str(f->path), "kind", kind,
                         "format", f->format ? f->format : "unknown", "version",
                         (json_int_t)version, "moved_from", sg__inv_str(moved_from)));
out:
    sqlite3_finalize(st);
    free(meta);
    free(edges);
    return rc;
}

static sg_err set_status(struct txn *t, const char *id, const char *status, bool touch)
{
    sqlite3_stmt **st = &t->status[touch];
    sg_err rc;
    if (!*st && (rc = run_sql(t, touch ? "UPDATE assets SET status=?2, last_seen=?3 WHERE id=?1"
                                       : "UPDATE assets SET status=?2 WHERE id=?1",
                              "updating an asset", st)) != SG_OK)
        return rc;
    sqlite3_bind_text(*st, 1, id, -1, SQLITE_STATIC);
    sqlite3_bind_text(*st, 2, status, -1, SQLITE_STATIC);
    if (touch)
        sqlite3_bind_text(*st, 3, t->now, -1, SQLITE_STATIC);
    return step_done(t, *st, "updating an asset");
}

/* Ends the transaction: commit when rc is SG_OK, else roll back. */
static sg_err finish(struct txn *t, sg_err rc, const char *what)
{
    sqlite3_finalize(t->status[0]);
    sqlite3_finalize(t->status[1]);
    t->status[0] = t->status[1] = NULL;
    int src;
    if (rc == SG_OK && (src = sqlite3_exec(t->db, "COMMIT", NULL, NULL, NULL)) != SQLITE_OK)
        rc = sg__inv_db_error(t->db, src, what, t->err);
    if (rc != SG_OK)
        (void)sqlite3_exec(t->db, "ROLLBACK", NULL, NULL, NULL);
    json_decref(t->events);
    t->events = NULL;
    return rc;
}

static sg_err write_cache(struct scan *s, struct txn *t)
{
    sqlite3_stmt *up = NULL, *del = NULL;
    sg_err rc;
    if ((rc = run_sql(t,
                      "INSERT OR REPLACE INTO files(path, dev, ino, size, mtime_ns, asset)"
                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                      "updating the file cache", &up)) != SG_OK ||
        (rc = run_sql(t, "DELETE FROM files WHERE path = ?1", "updating the file cache", &del)) !=
            SG_OK)
        goto out;
    for (size_t i = 0; i < s->nupdates && rc == SG_OK; i++) {
        const struct cache_update *u = &s->updates[i];
        sqlite3_bind_text(up, 1, u->path, -1, SQLITE_STATIC);
        sqlite3_bind_int64(up, 2, (sqlite3_int64)u->dev);
        sqlite3_bind_int64(up, 3, (sqlite3_int64)u->ino);
        sqlite3_bind_int64(up, 4, (sqlite3_int64)u->size);
        sqlite3_bind_int64(up, 5, u->mtime_ns);
        sqlite3_bind_int(up, 6, u->asset);
        rc = step_done(t, up, "updating the file cache");
    }
    for (size_t i = 0; i < s->cache.n && rc == SG_OK; i++) {
        const struct sg__fcache_entry *c = &s->cache.v[i];
        if (c->seen || !under_roots(s, c->path))
            continue;
        sqlite3_bind_text(del, 1, c->path, -1, SQLITE_STATIC);
        rc = step_done(t, del, "updating the file cache");
    }
out:
    sqlite3_finalize(up);
    sqlite3_finalize(del);
    return rc;
}

/* Marks every registered path found this scan as seen, before any asset is
 * matched as moved (a copy of a present asset is not a move). */
static void mark_seen(struct scan *s)
{
    for (size_t i = 0; i < s->nfound; i++) {
        struct reg *r = sg__map_get(&s->reg, s->found[i].path);
        if (r)
            r->seen = true;
    }
}

/* A registered asset of the same kind and content that is no longer where
 * it was: f is that asset, moved (renamed). Its id and history carry over. */
static struct reg *moved_from(struct scan *s, const struct sg__inv_found *f, const char **old)
{
    for (size_t i = 0; i < s->reg.cap; i++) {
        const char *path = s->reg.slots[i].key;
        struct reg *r = s->reg.slots[i].value;
        if (path && !r->seen && strcmp(r->status, "retired") != 0 && under_roots(s, path) &&
            !strcmp(r->digest, f->digest) && !strcmp(r->kind, f->kind)) {
            *old = path;
            return r;
        }
    }
    return NULL;
}

static sg_err record(struct scan *s)
{
    struct txn t = {.db = s->inv->db, .err = s->err};
    sg_time_rfc3339(t.now);
    if (!(t.events = json_array()))
        return sg_error_set(s->err, SG_ERR_NOMEM, NULL, NULL);
    sg_err rc = SG_OK;
    int src = sqlite3_exec(t.db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
    if (src != SQLITE_OK) {
        json_decref(t.events);
        return sg__inv_db_error(t.db, src, "starting the scan transaction", s->err);
    }
    mark_seen(s);
    for (size_t i = 0; i < s->nfound && rc == SG_OK; i++) {
        struct sg__inv_found *f = &s->found[i];
        struct reg *r = sg__map_get(&s->reg, f->path);
        const char *old = NULL;
        char id[40];
        if (!r && (r = moved_from(s, f, &old)) != NULL) {
            r->seen = true;
            char reason[4200];
            snprintf(reason, sizeof reason, "moved from %s", old);
            s->res->moved++;
            if ((rc = upsert_asset(&t, f, r, NULL, NULL, NULL, old, id)) == SG_OK &&
                (rc = finding(s, "moved", f->path, r, f, reason)) == SG_OK)
                rc = add_update(s, f, true);
            continue;
        }
        if (r && !strcmp(r->status, "retired")) {
            rc = finding(s, "retired-present", f->path, r, f, "a retired asset is still present");
            continue;
        }
        if (r && !strcmp(r->digest, f->digest)) {
            /* same content (touched, copied back, or was missing): still the same version */
            if ((rc = set_status(&t, r->id, "active", true)) == SG_OK)
                rc = add_update(s, f, true);
            continue;
        }
        if ((rc = upsert_asset(&t, f, r, s->opt->owner_role, NULL, NULL, NULL, id)) != SG_OK)
            break;
        if (r)
            s->res->changed++;
        else
            s->res->registered++;
        struct reg tmp = {0};
        snprintf(tmp.id, sizeof tmp.id, "%s", id);
        tmp.digest = r ? r->digest : (char *)"";
        if ((rc = finding(s, r ? "changed" : "registered", f->path, &tmp, f, NULL)) == SG_OK)
            rc = add_update(s, f, true);
    }
    for (size_t i = 0; i < s->reg.cap && rc == SG_OK; i++) {
        const char *path = s->reg.slots[i].key;
        struct reg *r = s->reg.slots[i].value;
        if (!path || !strcmp(r->status, "retired") || !under_roots(s, path))
            continue;
        if (r->seen) { /* present: active, seen now */
            rc = set_status(&t, r->id, "active", true);
            continue;
        }
        s->res->missing++;
        if ((rc = finding(s, "missing", path, r, NULL, NULL)) != SG_OK)
            break;
        if (!strcmp(r->status, "missing"))
            continue;
        if ((rc = set_status(&t, r->id, "missing", false)) == SG_OK)
            rc = event(&t, "inventory.changed", r->id, r->role, "missing", r->digest, NULL,
                       json_pack("{s:o}", "path", sg__inv_str(path)));
    }
    if (rc == SG_OK)
        rc = write_cache(s, &t);
    if (rc == SG_OK) {
        sqlite3_stmt *st = NULL;
        json_t *roots = json_array();
        for (size_t i = 0; roots && i < s->nroots; i++)
            json_array_append_new(roots, sg__inv_str(s->roots[i]));
        char *rj = roots ? json_dumps(roots, JSON_COMPACT) : NULL;
        json_decref(roots);
        if (!rj)
            rc = sg_error_set(s->err, SG_ERR_NOMEM, NULL, NULL);
        else if ((rc = run_sql(
                      &t,
                      "INSERT INTO scans(started_at, finished_at, roots, files, assets,"
                      " registered, changed, missing) VALUES (?1, ?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                      "recording the scan", &st)) == SG_OK) {
            sqlite3_bind_text(st, 1, t.now, -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 2, rj, -1, SQLITE_STATIC);
            sqlite3_bind_int64(st, 3, (sqlite3_int64)s->res->files_seen);
            sqlite3_bind_int64(st, 4, (sqlite3_int64)s->res->assets_found);
            sqlite3_bind_int64(st, 5, (sqlite3_int64)s->res->registered);
            sqlite3_bind_int64(st, 6, (sqlite3_int64)s->res->changed);
            sqlite3_bind_int64(st, 7, (sqlite3_int64)s->res->missing);
            rc = step_done(&t, st, "recording the scan");
        }
        sqlite3_finalize(st);
        free(rj);
    }
    /* Audit first, then commit: no registry change without its audit record. */
    if (rc == SG_OK)
        rc = record_events(s->inv->ctx, t.events, s->err);
    return finish(&t, rc, "committing the scan");
}

/* The read-only comparison of a shadow-AI check. */
static sg_err compare(struct scan *s)
{
    sg_err rc = SG_OK;
    mark_seen(s);
    for (size_t i = 0; i < s->nfound && rc == SG_OK; i++) {
        struct sg__inv_found *f = &s->found[i];
        struct reg *r = sg__map_get(&s->reg, f->path);
        const char *old = NULL;
        if (!r && (r = moved_from(s, f, &old)) != NULL) {
            char reason[4200];
            snprintf(reason, sizeof reason, "moved from %s", old);
            r->seen = true;
            s->res->moved++;
            rc = finding(s, "moved", f->path, r, f, reason);
        } else if (!r) {
            s->res->unregistered++;
            rc = finding(s, "unregistered", f->path, NULL, f, NULL);
        } else if (!strcmp(r->status, "retired")) {
            rc = finding(s, "retired-present", f->path, r, f, "a retired asset is still present");
        } else if (strcmp(r->digest, f->digest) != 0) {
            s->res->changed++;
            rc = finding(s, "changed", f->path, r, f, NULL);
        }
    }
    for (size_t i = 0; i < s->reg.cap && rc == SG_OK; i++) {
        const char *path = s->reg.slots[i].key;
        struct reg *r = s->reg.slots[i].value;
        if (!path || r->seen || !strcmp(r->status, "retired") || !under_roots(s, path))
            continue;
        s->res->missing++;
        rc = finding(s, "missing", path, r, NULL, NULL);
    }
    /* Shadow findings go to the audit trail too: someone should look. */
    size_t i;
    json_t *fd;
    json_array_foreach (s->res->findings, i, fd) {
        if (rc != SG_OK)
            break;
        json_t *details = json_pack("{s:O, s:O}", "path", json_object_get(fd, "path"), "kind",
                                    json_object_get(fd, "kind"));
        struct sg_audit_event ev = {
            .type = "inventory.shadow",
            .subject = json_string_value(json_object_get(fd, "asset_id"))
                           ? json_string_value(json_object_get(fd, "asset_id"))
                           : json_string_value(json_object_get(fd, "path")),
            .outcome = json_string_value(json_object_get(fd, "finding")),
            .digest_before = json_string_value(json_object_get(fd, "digest_before")),
            .digest_after = json_string_value(json_object_get(fd, "digest_after")),
            .details = details,
        };
        rc = sg_audit_record(s->inv->ctx, &ev, s->err);
        json_decref(details);
    }
    if (rc == SG_OK && json_array_size(s->res->findings))
        rc = sg_audit_flush(s->inv->ctx, s->err);
    return rc;
}

/* Assets found and read this scan, for the result. */
static sg_err collect_assets(struct scan *s)
{
    for (size_t i = 0; i < s->nfound; i++) {
        json_t *a = sg__inv_found_json(&s->found[i]);
        struct reg *r = sg__map_get(&s->reg, s->found[i].path);
        if (!a || (r && sg_json_set(a, "asset_id", json_string(r->id)) != SG_OK) ||
            sg_json_push(s->res->assets, a) != SG_OK)
            return sg_error_set(s->err, SG_ERR_NOMEM, NULL, NULL);
    }
    return SG_OK;
}

sg_err sg_inventory_scan(sg_inventory *inv, const char *const *roots, size_t nroots,
                         const struct sg_inv_scan_options *opt, struct sg_inv_scan_result *res,
                         struct sg_error *err)
{
    static const struct sg_inv_scan_options defaults = {0};
    memset(res, 0, sizeof *res);
    if (!opt)
        opt = &defaults;
    if (!nroots)
        return sg_error_set(err, SG_ERR_USAGE, NULL, "no directory to scan");
    if (opt->owner_role && !valid_role(opt->owner_role))
        return sg_error_set(err, SG_ERR_INVALID_ARG, opt->owner_role,
                            "owner role must be developer, system_operator or data_custodian");
    if (!opt->check && inv->read_only)
        return sg_error_set(err, SG_ERR_INVALID_ARG, NULL, "registry opened read-only");
    struct scan s = {.inv = inv, .opt = opt, .res = res, .err = err};
    sg_err rc = SG_OK;
    res->findings = json_array();
    res->assets = json_array();
    if (!res->findings || !res->assets || !(s.roots = calloc(nroots, sizeof *s.roots))) {
        rc = sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
        goto out;
    }
    for (size_t i = 0; i < nroots; i++) {
        char abs[PATH_MAX];
        if (!realpath(roots[i], abs)) {
            rc = sg_error_errno(err, sg_err_from_errno(errno), roots[i], errno, "cannot scan");
            goto out;
        }
        if (!(s.roots[i] = strdup(abs))) {
            rc = sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
            goto out;
        }
        s.nroots++;
    }
    if (!realpath(inv->ctx->state_dir, s.state_dir))
        s.state_dir[0] = '\0';
    if ((rc = load_registry(&s)) != SG_OK ||
        (rc = sg__fcache_load(&s.cache, inv->db, err)) != SG_OK)
        goto out;
    struct sg_walk_options wo = {.symlinks = SG_SYMLINKS_SKIP, .skip = skip_entry, .skip_user = &s};
    for (size_t i = 0; i < s.nroots; i++) {
        s.root = s.roots[i];
        if ((rc = sg_walk(s.root, &wo, on_entry, &s, err)) != SG_OK)
            goto out;
    }
    sg_progress(inv->ctx, "scanning", res->files_seen, res->files_seen);
    if ((rc = collect_assets(&s)) != SG_OK)
        goto out;
    rc = opt->check ? compare(&s) : record(&s);
out:
    for (size_t i = 0; i < s.nfound; i++)
        sg__inv_found_release(&s.found[i]);
    free(s.found);
    for (size_t i = 0; i < s.nupdates; i++)
        free(s.updates[i].path);
    free(s.updates);
    for (size_t i = 0; i < s.nroots; i++)
        free(s.roots[i]);
    free(s.roots);
    sg__map_release(&s.reg, free_reg);
    sg__fcache_release(&s.cache);
    if (rc != SG_OK)
        sg_inv_scan_result_release(res);
    return rc;
}

void sg_inv_scan_result_release(struct sg_inv_scan_result *res)
{
    if (!res)
        return;
    json_decref(res->findings);
    json_decref(res->assets);
    memset(res, 0, sizeof *res);
}

bool sg_inv_scan_result_has_findings(const struct sg_inv_scan_result *res)
{
    return res && json_array_size(res->findings) > 0;
}

sg_err sg_inventory_register(sg_inventory *inv, const char *path,
                             const struct sg_inv_register_options *opt, json_t **asset_out,
                             struct sg_error *err)
{
    static const struct sg_inv_register_options defaults = {0};
    if (asset_out)
        *asset_out = NULL;
    if (!opt)
        opt = &defaults;
    if (inv->read_only)
        return sg_error_set(err, SG_ERR_INVALID_ARG, path, "registry opened read-only");
    if (opt->kind && !valid_kind(opt->kind))
        return sg_error_set(err, SG_ERR_INVALID_ARG, opt->kind,
                            "kind must be model, model-metadata, dataset, prompt or agent-config");
    if (opt->owner_role && !valid_role(opt->owner_role))
        return sg_error_set(err, SG_ERR_INVALID_ARG, opt->owner_role,
                            "owner role must be developer, system_operator or data_custodian");
    char abs[PATH_MAX];
    struct stat st;
    if (!realpath(path, abs) || stat(abs, &st) != 0)
        return sg_error_errno(err, sg_err_from_errno(errno), path, errno, "cannot register");
    if (!S_ISREG(st.st_mode))
        return sg_error_set(err, SG_ERR_INVALID_ARG, path, "not a regular file");
    struct sg__inv_found f;
    struct scan s = {.inv = inv, .err = err};
    sg_err rc = sg__inv_identify(abs, NULL, &st, NULL, true, &f, err);
    if (rc != SG_OK)
        goto out;
    if (f.unreadable) {
        rc = sg_error_set(err, SG_ERR_IO, path, "%s", f.reason);
        goto out;
    }
    if (!f.kind && !opt->kind) {
        rc = sg_error_set(err, SG_ERR_FORMAT, path,
                          "not recognised as an AI asset; give --kind to register it anyway");
        goto out;
    }
    if (!f.format)
        f.format = "file";
    if ((rc = load_registry(&s)) != SG_OK)
        goto out;
    struct reg *r = sg__map_get(&s.reg, abs);
    struct txn t = {.db = inv->db, .err = err, .events = json_array()};
    sg_time_rfc3339(t.now);
    char id[40];
    int src = sqlite3_exec(t.db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
    if (!t.events || src != SQLITE_OK) {
        json_decref(t.events);
        rc = t.events ? sg__inv_db_error(t.db, src, "registering", err)
                      : sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
        goto out;
    }
    if (r && !strcmp(r->digest, f.digest) && !opt->owner_role && !opt->name && !opt->kind &&
        strcmp(r->status, "retired") != 0) {
        snprintf(id, sizeof id, "%s", r->id); /* already registered as is */
        rc = set_status(&t, r->id, "active", true);
    } else {
        /* a new version; re-registering a retired asset brings it back */
        rc = upsert_asset(&t, &f, r, opt->owner_role, opt->name, opt->kind, NULL, id);
        if (rc == SG_OK && r) {
            sqlite3_stmt *q = NULL;
            if ((rc = run_sql(&t,
                              "UPDATE assets SET retired_at=NULL, retired_reason=NULL WHERE id=?1",
                              "registering", &q)) == SG_OK) {
                sqlite3_bind_text(q, 1, id, -1, SQLITE_STATIC);
                rc = step_done(&t, q, "registering");
            }
            sqlite3_finalize(q);
        }
    }
    if (rc == SG_OK) {
        s.nupdates = 0;
        if ((rc = add_update(&s, &f, true)) == SG_OK) {
            s.roots = NULL;
            rc = write_cache(&s, &t);
        }
    }
    if (rc == SG_OK)
        rc = record_events(inv->ctx, t.events, err);
    rc = finish(&t, rc, "registering");
    if (rc == SG_OK && asset_out)
        rc = sg__inv_asset_json(inv, id, true, asset_out, err);
out:
    for (size_t i = 0; i < s.nupdates; i++)
        free(s.updates[i].path);
    free(s.updates);
    sg__map_release(&s.reg, free_reg);
    sg__fcache_release(&s.cache);
    sg__inv_found_release(&f);
    return rc;
}
