/* context.h - what every capability call needs besides its arguments: the
 * state directory, the audit sink, progress reporting and logging. The CLI
 * makes one per process; the gateway one per daemon.
 *
 * State directory: the --state option, else $SAIGUARD_STATE, else .saiguard
 * in the current directory. It is created (mode 0700) only when something
 * is first written there. */
#ifndef SAIGUARD_CONTEXT_H
#define SAIGUARD_CONTEXT_H

#include <jansson.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>

#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- audit ------------------------------------------------------------ */

/* One security-relevant outcome. Strings and details are borrowed for the
 * duration of the call. Never put secrets or raw prompts here: record their
 * digests ("sha256:<hex>"). */
struct sg_audit_event {
    const char *type;          /* "model.signed", "scan.finding", ... (required) */
    const char *subject;       /* asset id or path (required) */
    const char *actor;         /* who acted; NULL = the current user */
    const char *role;          /* developer | system_operator | data_custodian | NULL */
    const char *outcome;       /* "ok", "fail", "error", "deny", ... or NULL */
    const char *digest_before; /* "sha256:<hex>" or NULL */
    const char *digest_after;  /* "sha256:<hex>" or NULL */
    const json_t *details;     /* optional object with type-specific fields */
    /* Or the same object already serialised, for events recorded thousands
     * of times a second: compact, keys sorted, non-ASCII escaped, exactly
     * as sg_json_dump(JSON_COMPACT | JSON_SORT_KEYS | JSON_ENSURE_ASCII)
     * writes it (sg_jsonw gives that form). Used only when details is NULL. */
    const char *details_json;
};

/* Where events go. The audit-ledger capability provides the real sink; until
 * one is attached, recording is a no-op that succeeds. */
struct sg_audit_sink {
    const char *name;
    sg_err (*record)(void *impl, const struct sg_audit_event *event, struct sg_error *err);
    /* Makes every recorded event durable; may be NULL. */
    sg_err (*flush)(void *impl, struct sg_error *err);
    /* Releases impl; may be NULL. */
    void (*close)(void *impl);
};

/* ---- progress and logging --------------------------------------------- */

/* Long operations call this as work advances; done and total are in the
 * operation's unit (bytes, files). total 0 = unknown. done == total marks the
 * end. label names the phase ("hashing"). */
typedef void (*sg_progress_fn)(void *user, const char *label, uint64_t done, uint64_t total);

enum sg_log_level { SG_LOG_ERROR, SG_LOG_WARN, SG_LOG_INFO, SG_LOG_DEBUG };
typedef void (*sg_log_fn)(void *user, enum sg_log_level level, const char *message);

/* ---- the context ------------------------------------------------------ */

typedef struct sg_ctx {
    char state_dir[PATH_MAX];
    const struct sg_audit_sink *audit;
    void *audit_impl;
    sg_progress_fn progress;
    void *progress_user;
    sg_log_fn log;
    void *log_user;
    enum sg_log_level log_level;
} sg_ctx;

/* Initialises ctx with the resolved state directory (explicit_state may be
 * NULL) and no sink, progress or logger. */
SG_MUST_USE sg_err sg_ctx_init(sg_ctx *ctx, const char *explicit_state, struct sg_error *err);
/* Flushes and closes the audit sink. */
void sg_ctx_release(sg_ctx *ctx);

/* Creates the state directory (and parents) with mode 0700 if missing. */
SG_MUST_USE sg_err sg_ctx_ensure_state(const sg_ctx *ctx, struct sg_error *err);
/* Path of name inside the state directory, into out. */
SG_MUST_USE sg_err sg_ctx_state_path(const sg_ctx *ctx, const char *name, char *out, size_t size);

/* Attaches a sink; the context owns impl from now on (closes it on release
 * or when another sink replaces it). */
void sg_ctx_set_audit(sg_ctx *ctx, const struct sg_audit_sink *sink, void *impl);

/* Records event through the attached sink (no-op without one). */
SG_MUST_USE sg_err sg_audit_record(sg_ctx *ctx, const struct sg_audit_event *event,
                                   struct sg_error *err);
SG_MUST_USE sg_err sg_audit_flush(sg_ctx *ctx, struct sg_error *err);

/* Reports progress if a callback is set. */
void sg_progress(const sg_ctx *ctx, const char *label, uint64_t done, uint64_t total);

/* Logs through the callback if set and level is enabled. ctx may be NULL. */
void sg_log(const sg_ctx *ctx, enum sg_log_level level, const char *fmt, ...) SG_PRINTF(3, 4);

/* Current UTC time as RFC 3339 with seconds ("2026-11-23T18:42:00Z"). */
void sg_time_rfc3339(char out[32]);

#ifdef __cplusplus
}
#endif
#endif
