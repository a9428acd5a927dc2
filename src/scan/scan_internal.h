/* scan_internal.h - what the per-format scanners in src/scan/ share: the job
 * (options, report, limits), the place being scanned (file plus archive
 * entry chain), the finding sink and the content dispatcher. */
#ifndef SG_SCAN_INTERNAL_H
#define SG_SCAN_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "saiguard/formats.h"
#include "saiguard/scan.h"

/* Limits resolved from options, policy and defaults. */
struct sg__scan_limits {
    uint64_t max_entry_bytes;
    uint64_t max_total_bytes;
    uint64_t max_analysis_bytes;
    uint32_t max_ratio;
    int max_depth;
    uint64_t max_files;
};

struct sg__scan_job {
    const struct sg_scan_options *opt;
    const sg_scan_policy *policy;
    struct sg__scan_limits lim;
    struct sg_scan_report *rep;
    const char *file;        /* top-level path as given */
    uint64_t unpacked;       /* uncompressed bytes produced for this top-level file */
    sg_err fatal;            /* set when the report itself cannot grow (NOMEM) */
};

/* Where the bytes being scanned live. entry is NULL for the top-level file,
 * else the member chain ("a.zip!b.npz!c.npy"). depth counts nested archives. */
struct sg__scan_where {
    const char *entry;
    const char *name;        /* base name hint: file or member name (never trusted) */
    int depth;
    int pickle_depth;        /* nested pickle.loads payloads */
    bool in_torch_zip;       /* member of a PyTorch archive: data/<n> holds raw tensors */
    int64_t base;            /* offset of these bytes in the file or member named above */
    const char *path;        /* the file on disk when the bytes are the whole file, else NULL */
};

/* Prepares job for one top-level file: limits from opt (may be NULL), its
 * policy, then the defaults. */
void sg__scan_job_init(struct sg__scan_job *job, const struct sg_scan_options *opt,
                       struct sg_scan_report *rep, const char *file);

/* Adds a finding (message printf-style). callable may be NULL, offset -1.
 * Disabled rules are dropped here. Never fails: on NOMEM job->fatal is set. */
void sg__scan_add(struct sg__scan_job *job, const struct sg__scan_where *w, const char *format,
                  const char *rule, enum sg_scan_severity sev, int64_t offset,
                  const char *callable, const char *fmt, ...) SG_PRINTF(8, 9);

/* Detects the format of data by content and runs the matching scanner.
 * Unknown content is ignored unless the name claims a model format. */
void sg__scan_dispatch(struct sg__scan_job *job, const struct sg__scan_where *w,
                       const uint8_t *data, size_t len);

/* Per-format scanners. Each reports through sg__scan_add and never fails. */
enum sg__pickle_mode {
    SG__PICKLE_SURE,   /* content or name says pickle: every problem is reported */
    SG__PICKLE_PROBE,  /* maybe a pickle: report only if it proves to be one */
    SG__PICKLE_TORCH_LEGACY, /* legacy torch.save: 5 pickles then raw storages */
};
/* Returns true when data was (at least partly) a pickle. */
bool sg__scan_pickle(struct sg__scan_job *job, const struct sg__scan_where *w,
                     const uint8_t *data, size_t len, enum sg__pickle_mode mode);
void sg__scan_zip(struct sg__scan_job *job, const struct sg__scan_where *w, const uint8_t *data,
                  size_t len, size_t zip_start);
void sg__scan_npy(struct sg__scan_job *job, const struct sg__scan_where *w, const uint8_t *data,
                  size_t len);
void sg__scan_keras_config(struct sg__scan_job *job, const struct sg__scan_where *w,
                           const char *json, size_t len, const char *format);
void sg__scan_h5(struct sg__scan_job *job, const struct sg__scan_where *w, const uint8_t *data,
                 size_t len);
void sg__scan_safetensors(struct sg__scan_job *job, const struct sg__scan_where *w,
                          const uint8_t *data, size_t len);
void sg__scan_gguf(struct sg__scan_job *job, const struct sg__scan_where *w, const uint8_t *data,
                   size_t len);
void sg__scan_gguf_template(struct sg__scan_job *job, const struct sg__scan_where *w,
                            const char *key, const char *tpl, size_t len, int64_t offset);
void sg__scan_savedmodel(struct sg__scan_job *job, const struct sg__scan_where *w,
                         const uint8_t *data, size_t len);
void sg__scan_onnx(struct sg__scan_job *job, const struct sg__scan_where *w, const uint8_t *data,
                   size_t len);

/* Inflates csize bytes of deflate data (wbits as zlib's inflateInit2: -15
 * raw, 15 zlib, 31 gzip) into a new buffer (caller frees) of at most
 * min(usize, cap) bytes; past that, the first part is returned when usize >
 * cap, else NULL. NULL with *why on corrupt data. */
uint8_t *sg__scan_inflate(const uint8_t *src, uint64_t csize, uint64_t usize, uint64_t cap,
                          int wbits, size_t *out_len, const char **why);

/* Problems of the shared format readers (src/formats/) as findings: each
 * code is looked up in map (ended by an entry with code NULL, whose rule and
 * severity apply to every other code); prefix starts each message. */
struct sg__scan_problem_map {
    const char *code, *rule;
    enum sg_scan_severity sev;
};
void sg__scan_add_problems(struct sg__scan_job *job, const struct sg__scan_where *w,
                           const char *format, const struct sg_fmt_problems *problems,
                           const struct sg__scan_problem_map *map, const char *prefix);

/* Cheap content sniffers used by the dispatcher. */
bool sg__scan_is_safetensors(const uint8_t *data, size_t len);
bool sg__scan_looks_onnx(const uint8_t *data, size_t len);
bool sg__scan_looks_savedmodel(const uint8_t *data, size_t len);

/* Drops findings added after the report held count (a probe that proved
 * not to be a pickle takes back what it said). */
void sg__scan_truncate(struct sg__scan_job *job, size_t count);
/* Policy hooks (policy.c). */
bool sg__scan_rule_disabled(const sg_scan_policy *p, const char *rule);
void sg__scan_policy_limits(const sg_scan_policy *p, struct sg__scan_limits *lim);

/* Name helpers. */
bool sg__scan_name_ends(const char *name, const char *suffix);

#endif
