/* scan.h - find code hidden in model files before anyone loads them.
 * Every format is parsed statically, nothing is ever unpickled, imported or
 * executed: pickles run on a simulated pickle machine that records each
 * callable it would import or invoke; zip containers are read entry by entry
 * with size, ratio and depth limits; Keras, HDF5, TF SavedModel, ONNX, GGUF
 * and safetensors files are checked from their metadata alone.
 *
 * Formats are detected from content, never from the file name. A file that
 * looks like a model but cannot be parsed is a finding (it may be an evasion),
 * never a silent skip.
 *
 * Thread safety: a report and a policy belong to one thread at a time; a
 * policy may be shared read-only by concurrent scans. HDF5 access is
 * serialised internally (libhdf5 is not thread-safe). */
#ifndef SAIGUARD_SCAN_H
#define SAIGUARD_SCAN_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "context.h"
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Ordered: comparisons mean "at least". INFO records what was seen (an
 * allowlisted reconstructor, a followed link) and never fails a scan. */
enum sg_scan_severity {
    SG_SCAN_INFO = 0,
    SG_SCAN_LOW,
    SG_SCAN_MEDIUM,
    SG_SCAN_HIGH,
    SG_SCAN_CRITICAL,
};

/* "info", "low", "medium", "high", "critical". */
const char *sg_scan_severity_name(enum sg_scan_severity s);
/* Parses one of the names above; SG_ERR_INVALID_ARG otherwise. */
SG_MUST_USE sg_err sg_scan_severity_parse(const char *name, enum sg_scan_severity *out);

/* One finding. All strings are owned by the report. */
struct sg_scan_finding {
    char *file;       /* the scanned path as given (the top-level file) */
    char *entry;      /* member inside containers, "outer.zip!inner.pkl"; NULL for the file itself */
    const char *format;  /* "pickle", "zip", "numpy", "keras", "hdf5", "savedmodel",
                          * "onnx", "gguf", "safetensors", "file" (static string) */
    const char *rule;    /* stable rule id, e.g. "SG-PKL-001" (static string) */
    enum sg_scan_severity severity;
    char *message;    /* one sentence */
    char *callable;   /* the resolved callable ("os.system"), op, key or path; NULL if none */
    int64_t offset;   /* byte offset of the evidence in the file or entry; -1 unknown */
};

/* Everything a scan found, plus counters. Grows with every sg_scan_path(). */
struct sg_scan_report {
    struct sg_scan_finding *findings;
    size_t count, cap;
    uint64_t files;       /* regular files looked at */
    uint64_t bytes;       /* bytes of those files */
    uint64_t scanned;     /* files or members recognised and analysed */
    uint64_t pickles;     /* pickle streams simulated */
    uint64_t callables;   /* distinct callables resolved across those streams */
};

void sg_scan_report_init(struct sg_scan_report *r);
void sg_scan_report_release(struct sg_scan_report *r);
/* Highest severity in r; SG_SCAN_INFO when empty. */
enum sg_scan_severity sg_scan_report_max(const struct sg_scan_report *r);
/* Number of findings at or above min. */
size_t sg_scan_report_count(const struct sg_scan_report *r, enum sg_scan_severity min);

/* ---- policy ---------------------------------------------------------- */

/* Organisation policy (YAML or JSON):
 *   allow: ["sklearn.*", "mypkg.layers.Dense"]    # callables to trust (exact, or "prefix.*")
 *   deny:  ["mypkg.tools.shell", "requests.*"]     # callables that are critical
 *   disable_rules: ["SG-PKL-030"]                  # rule ids never reported
 *   limits: {max_entry_bytes: N, max_total_bytes: N, max_ratio: N, max_depth: N, max_files: N}
 * Lookup order for a callable: policy deny, policy allow, built-in denylist,
 * built-in allowlist; so a policy can both add entries and override built-in
 * ones in either direction. */
typedef struct sg_scan_policy sg_scan_policy;

/* Loads path (at most 1 MiB). Unknown keys are SG_ERR_CONFIG. *out is freed
 * with sg_scan_policy_free(). */
SG_MUST_USE sg_err sg_scan_policy_load(const char *path, sg_scan_policy **out,
                                       struct sg_error *err);
/* As above from an already parsed document (borrowed). subject names it. */
SG_MUST_USE sg_err sg_scan_policy_from_json(const json_t *doc, const char *subject,
                                            sg_scan_policy **out, struct sg_error *err);
void sg_scan_policy_free(sg_scan_policy *p);

/* How a callable ("module", "name") is classified under policy p (NULL =
 * built-in lists): SG_SCAN_INFO for allowlisted, SG_SCAN_CRITICAL for
 * denylisted, SG_SCAN_HIGH for dotted names reaching through a module
 * (torch.serialization.os.system) or private names, SG_SCAN_MEDIUM otherwise. */
enum sg_scan_severity sg_scan_classify_callable(const sg_scan_policy *p, const char *module,
                                                const char *name);

/* ---- scanning -------------------------------------------------------- */

struct sg_scan_options {
    const sg_scan_policy *policy; /* NULL = built-in lists and limits */
    /* Limits (0 = the default in brackets; a policy's limits apply when these are 0). */
    uint64_t max_entry_bytes;     /* uncompressed size of one archive member [4 GiB] */
    uint64_t max_total_bytes;     /* uncompressed bytes across one top-level file [16 GiB] */
    uint64_t max_analysis_bytes;  /* compressed member bytes held in memory for analysis [512 MiB] */
    uint32_t max_ratio;           /* uncompressed:compressed ratio of a member [200] */
    int max_depth;                /* archive nesting [4] */
    uint64_t max_files;           /* files in one directory walk [1,000,000] */
    bool skip_audit;              /* do not record scan.* audit events */
};

/* Scans path (a file or a directory, recursively) and appends findings to
 * report. Records one `scan.finding` audit event for each finding above low
 * and one `scan.completed` summary through ctx (which may be NULL: no audit,
 * no progress). Returns SG_OK when the scan ran, whatever it found; an error
 * only when path itself cannot be read (err names it). Files below a
 * directory that cannot be read are findings. */
SG_MUST_USE sg_err sg_scan_path(sg_ctx *ctx, const char *path, const struct sg_scan_options *opt,
                                struct sg_scan_report *report, struct sg_error *err);

/* Scans len bytes held in memory, named name in findings (no audit events). */
SG_MUST_USE sg_err sg_scan_buffer(const void *data, size_t len, const char *name,
                                  const struct sg_scan_options *opt,
                                  struct sg_scan_report *report, struct sg_error *err);

/* ---- output ---------------------------------------------------------- */

/* The report as JSON: {"summary": {...}, "findings": [...]} listing findings
 * at or above min. *out is a new reference. */
SG_MUST_USE sg_err sg_scan_report_json(const struct sg_scan_report *r, enum sg_scan_severity min,
                                       json_t **out, struct sg_error *err);
/* The report as a SARIF 2.1.0 log (one run, rules for every rule id used,
 * levels: critical/high -> error, medium -> warning, low/info -> note). */
SG_MUST_USE sg_err sg_scan_report_sarif(const struct sg_scan_report *r, enum sg_scan_severity min,
                                        json_t **out, struct sg_error *err);

/* The catalogue of rule ids: id, short description, default severity. Ends
 * with an entry whose id is NULL. */
struct sg_scan_rule {
    const char *id;
    const char *name;
    const char *description;
    enum sg_scan_severity severity;
};
const struct sg_scan_rule *sg_scan_rules(void);

#ifdef __cplusplus
}
#endif
#endif
