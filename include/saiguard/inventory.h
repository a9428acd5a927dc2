/* inventory.h - the AI asset inventory: discovers models, model metadata,
 * datasets, prompts and agent configuration in directory trees by content,
 * keeps them in a registry (SQLite in the state directory), detects shadow
 * AI (unregistered, changed and missing assets) and exports AI bills of
 * materials (CycloneDX 1.6, SPDX 3.0.1 AI/Dataset profiles, saiguard JSON).
 *
 * Registry: <state>/inventory.db, WAL mode, schema versioned (PRAGMA
 * user_version) and migrated forward on open. Each scan is one transaction:
 * a failed scan leaves the registry as it was. Every registry change is
 * recorded through sg_audit_record (inventory.registered, inventory.changed,
 * inventory.retired); shadow findings as inventory.shadow.
 *
 * Assets have a stable id (a UUID given at registration), a kind ("model",
 * "model-metadata", "dataset", "prompt", "agent-config"), an absolute path,
 * a digest ("sha256:<hex>"), size, format, extracted metadata (JSON), an
 * owner role (developer | system_operator | data_custodian), a version
 * history and first/last seen times. Re-scans are incremental: a file with
 * the same device, inode, size and mtime as last time is not read again.
 *
 * Thread safety: one sg_inventory per thread. All JSON returned is owned by
 * the caller (json_decref). */
#ifndef SAIGUARD_INVENTORY_H
#define SAIGUARD_INVENTORY_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "context.h"
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct sg_inventory sg_inventory;

/* Current registry schema version. */
#define SG_INVENTORY_SCHEMA 1

/* Opens the registry of ctx's state directory. With read_only, a missing
 * registry is treated as empty and nothing is created (shadow checks change
 * nothing). Errors: SG_ERR_DB (corrupt or not a saiguard registry, or a
 * schema newer than this build), SG_ERR_BUSY (locked by another process for
 * longer than the busy timeout), SG_ERR_IO / SG_ERR_PERMISSION. */
SG_MUST_USE sg_err sg_inventory_open(sg_ctx *ctx, bool read_only, sg_inventory **out,
                                     struct sg_error *err);
void sg_inventory_close(sg_inventory *inv);

struct sg_inv_scan_options {
    bool check;                      /* shadow-AI check: compare only, change nothing */
    const char *owner_role;          /* for newly registered assets; NULL = by kind */
    const char *const *prompt_globs; /* extra prompt patterns (sg_path_match), NULL-terminated */
    const char *const *exclude;      /* patterns of paths to leave out, NULL-terminated */
};

/* What a scan found. findings lists, for a check, every difference between
 * the tree and the registry; for a recording scan, what it registered,
 * changed or marked missing. Each finding is an object:
 *   {"finding": "unregistered"|"changed"|"missing"|"unreadable"|"retired-present"
 *               (check) or "registered"|"changed"|"missing"|"unreadable" (scan),
 *    "path", "asset_id" (if registered), "kind", "format",
 *    "digest_before", "digest_after", "reason"}
 * assets lists every asset found in the trees (path, kind, format, digest,
 * size, metadata, edges). */
struct sg_inv_scan_result {
    size_t files_seen;   /* regular files walked */
    size_t files_read;   /* of those, opened (not skipped as unchanged) */
    size_t assets_found;
    size_t registered, changed, missing, unreadable, unregistered;
    json_t *findings;    /* array (owned) */
    json_t *assets;      /* array (owned) */
};

/* Walks roots (directories or files), identifies assets and either records
 * them (the first scan is the baseline) or, with opt->check, compares them
 * with the registry. A root that cannot be read is an error; unreadable
 * entries below it become "unreadable" findings. Files vanishing during the
 * scan are not an error. result is filled on success; release it always. */
SG_MUST_USE sg_err sg_inventory_scan(sg_inventory *inv, const char *const *roots, size_t nroots,
                                     const struct sg_inv_scan_options *opt,
                                     struct sg_inv_scan_result *result, struct sg_error *err);
void sg_inv_scan_result_release(struct sg_inv_scan_result *result);

/* True when a check found anything (the CLI exits 1). */
bool sg_inv_scan_result_has_findings(const struct sg_inv_scan_result *result);

struct sg_inv_register_options {
    const char *kind;       /* override the identified kind; required if unidentified */
    const char *owner_role; /* NULL = keep / by kind */
    const char *name;       /* display name; NULL = identified name */
};

/* Registers (or re-registers and updates) one file. *asset_out (optional)
 * receives the asset as sg_inventory_show gives it. SG_ERR_FORMAT when the
 * file is not an AI asset and no kind was given. */
SG_MUST_USE sg_err sg_inventory_register(sg_inventory *inv, const char *path,
                                         const struct sg_inv_register_options *opt,
                                         json_t **asset_out, struct sg_error *err);

/* Marks an asset retired (kept with its history, no longer expected in the
 * tree). ref is an asset id, a unique id prefix (8+ characters) or a path. */
SG_MUST_USE sg_err sg_inventory_retire(sg_inventory *inv, const char *ref, const char *reason,
                                       struct sg_error *err);

/* Assets as a JSON array. kind and status filter when non-NULL; status NULL
 * lists all but retired ones ("all" lists everything). */
SG_MUST_USE sg_err sg_inventory_list(sg_inventory *inv, const char *kind, const char *status,
                                     json_t **out, struct sg_error *err);

/* One asset with its versions and edges. SG_ERR_NOT_FOUND when unknown. */
SG_MUST_USE sg_err sg_inventory_show(sg_inventory *inv, const char *ref, json_t **out,
                                     struct sg_error *err);

enum sg_inv_export_format { SG_INV_EXPORT_JSON, SG_INV_EXPORT_CYCLONEDX, SG_INV_EXPORT_SPDX };

/* The registry (active and missing assets, not retired) as a document:
 * saiguard JSON (complete: assets, versions, edges, scans), CycloneDX 1.6
 * (machine-learning-model / data components with hashes, properties, model
 * cards and the dependency graph) or SPDX 3.0.1 JSON-LD (ai_AIPackage,
 * dataset_DatasetPackage, software_File, relationships). */
SG_MUST_USE sg_err sg_inventory_export(sg_inventory *inv, enum sg_inv_export_format format,
                                       json_t **out, struct sg_error *err);

/* Differences between two saiguard JSON exports (before, after): an object
 * {"added": [...], "removed": [...], "changed": [...]} keyed by path.
 * *count_out (optional) receives the number of differences. */
SG_MUST_USE sg_err sg_inventory_diff(const json_t *before, const json_t *after, json_t **out,
                                     size_t *count_out, struct sg_error *err);

#ifdef __cplusplus
}
#endif
#endif
