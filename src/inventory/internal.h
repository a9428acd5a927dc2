/* internal.h - what the inventory's files share: one identified asset, the
 * registry handle, and helpers used across identify/scan/registry/export. */
#ifndef SG_INVENTORY_INTERNAL_H
#define SG_INVENTORY_INTERNAL_H

#include <sqlite3.h>
#include <stdint.h>
#include <sys/stat.h>

#include "saiguard/inventory.h"

/* One file identified as an AI asset (or not: kind == NULL). */
struct sg__inv_found {
    char *path;            /* absolute */
    const char *kind;      /* static; NULL = not an asset */
    const char *format;    /* static */
    char *name;            /* display name */
    uint64_t size, dev, ino;
    int64_t mtime_ns;
    char digest[80];       /* "sha256:<hex>", "" when not computed */
    json_t *metadata;      /* object (owned) */
    json_t *edges;         /* array of {"type", "target"} (owned) */
    bool unreadable;
    char reason[512];      /* why unreadable */
};

struct sg_inventory {
    sg_ctx *ctx;
    sqlite3 *db;           /* NULL: read-only open of a registry that does not exist yet */
    bool read_only;
    char path[4096];
};

/* Identifies one file. st comes from the walk. with_digest computes the
 * SHA-256 of assets. SG_OK with f->kind NULL: not an asset. A file that
 * cannot be read gives SG_OK with f->unreadable set; one that vanished
 * gives SG_ERR_NOT_FOUND. */
sg_err sg__inv_identify(const char *path, const char *relpath, const struct stat *st,
                        const struct sg_inv_scan_options *opt, bool with_digest,
                        struct sg__inv_found *f, struct sg_error *err);
void sg__inv_found_release(struct sg__inv_found *f);
/* {path, name, kind, format, size, digest, metadata, edges} (new reference). */
json_t *sg__inv_found_json(const struct sg__inv_found *f);
/* The default owner role of a kind. */
const char *sg__inv_default_role(const char *kind);

/* SQLite failure as an sg_error: SG_ERR_BUSY for a locked database, SG_ERR_DB otherwise. */
sg_err sg__inv_db_error(sqlite3 *db, int rc, const char *what, struct sg_error *err);
/* A new random asset id (UUID v4 text) into out[37]. */
sg_err sg__inv_new_id(char out[37], struct sg_error *err);
/* Resolves an asset reference (id, 8+ char id prefix, or path) to its id. */
sg_err sg__inv_resolve(sg_inventory *inv, const char *ref, char id[64], struct sg_error *err);
/* An asset row as JSON (with versions and edges when full). */
sg_err sg__inv_asset_json(sg_inventory *inv, const char *id, bool full, json_t **out,
                          struct sg_error *err);

/* JSON string that never fails on bad UTF-8 (bytes >= 0x80 become '?'). */
json_t *sg__inv_str(const char *s);

#endif
