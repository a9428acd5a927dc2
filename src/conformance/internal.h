/* internal.h - what the conformance files share: the catalogue tables, the
 * collector contract and the check builders. Not installed.
 *
 * A collector is one file per evidence kind. It reads the profile (and calls
 * other capabilities' library APIs), and adds *checks* to the assessment: a
 * check has an id ("gateway.rate_limit"), a status (pass/fail/inconclusive),
 * a reason, a next step and evidence items. The rule table (rules.c) says
 * which checks decide which provision. A collector that cannot run (its
 * input is not configured or cannot be read) still adds its checks, as
 * inconclusive with the reason; a check no collector produced counts as
 * inconclusive too: missing evidence is never a pass. */
#ifndef SG_CONFORMANCE_INTERNAL_H
#define SG_CONFORMANCE_INTERNAL_H

#include <jansson.h>
#include <stdbool.h>
#include <time.h>

#include "saiguard/conformance.h"
#include "saiguard/error.h"

extern const struct sg_principle sg__principles[SG_PRINCIPLE_COUNT];
extern const struct sg_provision sg__provisions[SG_PROVISION_COUNT];

/* ---- the assessment under way ------------------------------------------ */

struct sg__assess {
    sg_ctx *ctx;
    const struct sg_profile *profile;
    time_t now;
    json_t *checks;          /* object: check id -> check object */
    json_t *assets;          /* array: tracked assets with current digests */
    json_t *previous;        /* state of the last run (tracked digests), or NULL */
    json_t *changes;         /* array: tracked assets changed since the last run */
};

struct sg__collector {
    const char *name;        /* "gateway" */
    const char *kind;        /* evidence kind it serves ("gateway_policy") */
    const char *capability;  /* capability library it calls, or NULL for structured records */
    /* Adds the collector's checks. Returns an error only for failures of the
     * run itself (out of memory); evidence problems become check results. */
    sg_err (*collect)(struct sg__assess *a, struct sg_error *err);
};

extern const struct sg__collector *const sg__collectors[];
extern const size_t sg__collector_count;

/* One row of the rule table. */
enum sg__attest_mode {
    SG_ATTEST_NONE,     /* software decides alone */
    SG_ATTEST_ACCEPTS,  /* software decides; an attestation is shown as support */
    SG_ATTEST_REQUIRES, /* software decides its part and a valid attestation is also needed */
    SG_ATTEST_ONLY,     /* organisational: a valid attestation decides */
};
struct sg__rule {
    const char *provision;
    enum sg__attest_mode attest;
    const char *checks[7];   /* NULL-terminated check ids */
};
extern const struct sg__rule sg__rules[SG_PROVISION_COUNT];
const struct sg__rule *sg__rule_find(const char *provision);

/* ---- check builders ------------------------------------------------------ */

/* Adds (or replaces) check id with a status and printf reason. Returns the
 * check object (borrowed) or NULL on allocation failure. */
json_t *sg__check(struct sg__assess *a, const char *id, const char *kind, const char *title,
                  enum sg_verdict status, const char *next_step, const char *fmt, ...)
    SG_PRINTF(7, 8);
/* Adds an evidence item {path, digest, detail} to a check; any may be NULL. */
void sg__check_item(json_t *check, const char *path, const char *digest, const char *detail);
/* Appends one more reason line to a check and lowers its status by
 * sg_verdict_combine. */
void sg__check_note(json_t *check, enum sg_verdict status, const char *fmt, ...) SG_PRINTF(3, 4);
/* A collector's checks, declared once: id and title. Tables end with {NULL}. */
struct sg__check_def {
    const char *id;
    const char *title;
};
/* Sets every check of defs to the same status and reason (a document that is
 * missing or unreadable decides all the checks built on it). */
sg_err sg__checks_all(struct sg__assess *a, const char *kind, const struct sg__check_def *defs,
                      enum sg_verdict status, const char *next_step, const char *fmt, ...) SG_PRINTF(6, 7);
/* Title of id in defs ("" if absent). */
const char *sg__check_title(const struct sg__check_def *defs, const char *id);

/* Loads documents.<key> for a collector. Returns the tree (caller decrefs) or
 * NULL after setting every check of defs inconclusive with the reason (not
 * configured, unreadable, malformed). */
json_t *sg__collector_doc(struct sg__assess *a, const char *key, const char *kind,
                          const struct sg__check_def *defs, char *path_out, size_t size);

/* ---- helpers ------------------------------------------------------------- */

/* Resolved path of a profile document key under "documents" (NULL when the
 * key is absent). */
const char *sg__doc_path(struct sg__assess *a, const char *key, char *out, size_t size);
/* "sha256:<hex>" of a file into out[72]; SG_OK or an error naming the path. */
sg_err sg__file_digest(const char *path, char out[72], struct sg_error *err);
/* Parses "YYYY-MM-DD" or RFC 3339 into a UTC time_t. false when malformed. */
bool sg__parse_date(const char *s, time_t *out);
/* Days from t to a->now (positive = t is in the past). */
double sg__days_ago(const struct sg__assess *a, time_t t);
/* Loads a YAML or JSON document (by extension) of at most 4 MiB. */
sg_err sg__load_doc(const char *path, json_t **out, struct sg_error *err);
/* A date member of obj (YYYY-MM-DD or RFC 3339); false when absent or bad. */
bool sg__date_field(const json_t *obj, const char *key, time_t *out);
/* True when the array holds the string value (case-insensitive). */
bool sg__list_has(const json_t *list, const char *value);
/* Appends a file:// URI for path (relative paths are taken from base),
 * percent-encoded, to out. */
sg_err sg__file_uri(const char *base, const char *path, sg_buf *out);
/* Role mask held, from the profile. */
unsigned sg__held_roles(const struct sg__assess *a);

/* The profile's list of assets (array, borrowed; NULL when absent). */
json_t *sg__profile_assets(const struct sg_profile *p);

#endif
