/* scan.c - the scan driver: walks paths, maps files, detects each format by
 * its content (never by its name), hands the bytes to the per-format
 * scanner, collects findings into the report and records them through the
 * audit sink. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "saiguard/buf.h"
#include "saiguard/path.h"
#include "saiguard/walk.h"
#include "scan_internal.h"

#define DEFAULT_MAX_ENTRY ((uint64_t)4 << 30)
#define DEFAULT_MAX_TOTAL ((uint64_t)16 << 30)
#define DEFAULT_MAX_ANALYSIS ((uint64_t)512 << 20)
#define DEFAULT_MAX_RATIO 200
#define DEFAULT_MAX_DEPTH 4
#define DEFAULT_MAX_FILES 1000000
#define SMALL_FILE 65536

/* ---- severities and the report ------------------------------------------ */

static const char *const sev_names[] = {"info", "low", "medium", "high", "critical"};

const char *sg_scan_severity_name(enum sg_scan_severity s)
{
    return (unsigned)s <= SG_SCAN_CRITICAL ? sev_names[s] : "unknown";
}

sg_err sg_scan_severity_parse(const char *name, enum sg_scan_severity *out)
{
    for (int i = 0; i <= SG_SCAN_CRITICAL; i++)
        if (name && strcmp(name, sev_names[i]) == 0) {
            *out = (enum sg_scan_severity)i;
            return SG_OK;
        }
    return SG_ERR_INVALID_ARG;
}

void sg_scan_report_init(struct sg_scan_report *r)
{
    memset(r, 0, sizeof *r);
}

static void finding_release(struct sg_scan_finding *f)
{
    free(f->file);
    free(f->entry);
    free(f->message);
    free(f->callable);
}

void sg_scan_report_release(struct sg_scan_report *r)
{
    for (size_t i = 0; i < r->count; i++)
        finding_release(&r->findings[i]);
    free(r->findings);
    sg_scan_report_init(r);
}

void sg__scan_truncate(struct sg__scan_job *job, size_t count)
{
    while (job->rep->count > count)
        finding_release(&job->rep->findings[--job->rep->count]);
}

enum sg_scan_severity sg_scan_report_max(const struct sg_scan_report *r)
{
    enum sg_scan_severity m = SG_SCAN_INFO;
    for (size_t i = 0; i < r->count; i++)
        if (r->findings[i].severity > m)
            m = r->findings[i].severity;
    return m;
}

size_t sg_scan_report_count(const struct sg_scan_report *r, enum sg_scan_severity min)
{
    size_t n = 0;
    for (size_t i = 0; i < r->count; i++)
        n += r->findings[i].severity >= min;
    return n;
}

/* A copy of s that is valid UTF-8 without control characters: names in
 * hostile files are attacker bytes, and JSON, SARIF and terminals must get
 * text. Other bytes become "\xNN". */
static char *clean_text(const char *s)
{
    size_t n = strlen(s);
    char *o = malloc(n * 4 + 1);
    if (!o)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        size_t len = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3
                     : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
        if (len == 1 && c >= 0x20 && c != 0x7f) {
            o[k++] = (char)c;
            i++;
        } else if (len > 1 && i + len <= n && sg_utf8_valid(s + i, len)) {
            memcpy(o + k, s + i, len);
            k += len;
            i += len;
        } else {
            k += (size_t)snprintf(o + k, 5, "\\x%02x", c);
            i++;
        }
    }
    o[k] = 0;
    return o;
}

void sg__scan_add(struct sg__scan_job *job, const struct sg__scan_where *w, const char *format,
                  const char *rule, enum sg_scan_severity sev, int64_t offset,
                  const char *callable, const char *fmt, ...)
{
    struct sg_scan_report *r = job->rep;
    if (job->fatal || sg__scan_rule_disabled(job->policy, rule))
        return;
    struct sg_scan_finding *grown =
        sg_array_grow(r->findings, &r->cap, r->count + 1, sizeof *grown, 32);
    if (!grown) {
        job->fatal = SG_ERR_NOMEM;
        return;
    }
    r->findings = grown;
    struct sg_scan_finding *f = &r->findings[r->count];
    memset(f, 0, sizeof *f);
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    f->file = clean_text(job->file);
    f->entry = w && w->entry ? clean_text(w->entry) : NULL;
    f->message = clean_text(msg);
    f->callable = callable ? clean_text(callable) : NULL;
    f->format = format;
    f->rule = rule;
    f->severity = sev;
    f->offset = offset >= 0 && w ? offset + w->base : offset;
    if (!f->file || !f->message || (w && w->entry && !f->entry) || (callable && !f->callable)) {
        finding_release(f);
        job->fatal = SG_ERR_NOMEM;
        return;
    }
    r->count++;
}

void sg__scan_add_problems(struct sg__scan_job *job, const struct sg__scan_where *w,
                           const char *format, const struct sg_fmt_problems *problems,
                           const struct sg__scan_problem_map *map, const char *prefix)
{
    for (size_t i = 0; i < problems->count; i++) {
        const struct sg_fmt_problem *p = &problems->items[i];
        size_t k = 0;
        while (map[k].code && strcmp(map[k].code, p->code) != 0)
            k++;
        sg__scan_add(job, w, format, map[k].rule, map[k].sev, (int64_t)p->offset, p->code, "%s%s",
                     prefix, p->message);
    }
    if (problems->dropped) {
        size_t k = 0;
        while (map[k].code)
            k++;
        sg__scan_add(job, w, format, map[k].rule, map[k].sev, -1, NULL,
                     "%zu further header problems not listed", problems->dropped);
    }
}

/* ---- format detection ------------------------------------------------------ */

bool sg__scan_name_ends(const char *name, const char *suffix)
{
    size_t n = name ? strlen(name) : 0, s = strlen(suffix);
    return n >= s && strcasecmp(name + n - s, suffix) == 0;
}

static bool name_in(const char *name, const char *const *suffixes)
{
    for (; *suffixes; suffixes++)
        if (sg__scan_name_ends(name, *suffixes))
            return true;
    return false;
}

/* Names under which a pickle is expected (anything else holding one is
 * hiding it). */
static const char *const pickle_names[] = {
    ".pkl", ".pickle", ".pt", ".pth", ".bin", ".ckpt", ".joblib", ".dill", ".dat", ".data",
    ".p", ".pkl.z", ".sav", ".model", ".tar", ".mar", "/data", "data.pkl", ".npy_pickle", NULL};
/* Names that claim a model format: content we cannot recognise there is a
 * finding rather than a skip. */
static const char *const model_names[] = {
    ".pkl", ".pickle", ".pt", ".pth", ".bin", ".ckpt", ".joblib", ".dill", ".npy", ".npz",
    ".h5", ".hdf5", ".keras", ".safetensors", ".gguf", ".onnx", ".pb", ".tflite", ".mar",
    ".msgpack", ".model", NULL};

static const uint8_t torch_legacy_magic[] = {0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c,
                                             0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19};

/* Offset of an end-of-central-directory record in the last 64 KiB, or -1. */
static int64_t find_eocd(const uint8_t *data, size_t len)
{
    if (len < 22)
        return -1;
    size_t lo = len > 65557 ? len - 65557 : 0;
    for (size_t i = len - 22 + 1; i-- > lo;)
        if (data[i] == 'P' && data[i + 1] == 'K' && data[i + 2] == 5 && data[i + 3] == 6)
            return (int64_t)i;
    return -1;
}

/* A whole-file zlib or gzip stream (joblib's compress=, .pkl.gz): inflated
 * within the analysis and ratio limits and scanned as its own content.
 * Returns false when the bytes do not inflate (then they are not one). */
static bool scan_compressed(struct sg__scan_job *job, const struct sg__scan_where *w,
                            const uint8_t *data, size_t len, bool gzip)
{
    uint64_t cap = job->lim.max_analysis_bytes;
    uint64_t ratio_cap = (uint64_t)len * job->lim.max_ratio;
    bool ratio_limited = ratio_cap < cap;
    if (ratio_limited)
        cap = ratio_cap;
    const char *why = NULL;
    size_t n = 0;
    uint8_t *out = sg__scan_inflate(data, len, UINT64_MAX, cap, gzip ? 15 + 16 : 15, &n, &why);
    if (!out)
        return false;
    job->rep->scanned++;
    if (n >= cap)
        sg__scan_add(job, w, gzip ? "gzip" : "zlib",
                     ratio_limited ? "SG-ZIP-007" : "SG-ZIP-006", SG_SCAN_HIGH, 0, NULL,
                     "compressed stream expands past %s; only the first %zu bytes are analysed",
                     ratio_limited ? "the compression-ratio limit" : "the analysis limit", n);
    char entry[1024];
    snprintf(entry, sizeof entry, "%s%s[%s]", w->entry ? w->entry : "", w->entry ? "!" : "",
             gzip ? "gunzip" : "zlib-inflate");
    /* the inner name drops the compression suffix: model.pkl.gz -> model.pkl */
    char inner[1024];
    snprintf(inner, sizeof inner, "%s", w->name ? w->name : "");
    size_t il = strlen(inner);
    if (sg__scan_name_ends(inner, ".gz"))
        inner[il - 3] = 0;
    else if (sg__scan_name_ends(inner, ".z") || sg__scan_name_ends(inner, ".Z"))
        inner[il - 2] = 0;
    struct sg__scan_where cw = *w;
    cw.entry = entry;
    cw.name = inner;
    cw.path = NULL;
    cw.base = 0;
    cw.depth = w->depth + 1;
    if (cw.depth > job->lim.max_depth)
        sg__scan_add(job, w, gzip ? "gzip" : "zlib", "SG-ZIP-008", SG_SCAN_HIGH, 0, NULL,
                     "compressed data nested deeper than the nesting limit; not analysed");
    else
        sg__scan_dispatch(job, &cw, out, n);
    free(out);
    return true;
}

void sg__scan_dispatch(struct sg__scan_job *job, const struct sg__scan_where *w,
                       const uint8_t *data, size_t len)
{
    const char *name = w->name;
    if (len == 0)
        return;
    if (len >= 4 && data[0] == 'P' && data[1] == 'K' &&
        ((data[2] == 3 && data[3] == 4) || (data[2] == 5 && data[3] == 6))) {
        job->rep->scanned++;
        sg__scan_zip(job, w, data, len, 0);
        return;
    }
    if (len >= 6 && memcmp(data, "\x93NUMPY", 6) == 0) {
        job->rep->scanned++;
        sg__scan_npy(job, w, data, len);
        return;
    }
    if (len >= 8 && memcmp(data, "\x89HDF\r\n\x1a\n", 8) == 0) {
        job->rep->scanned++;
        sg__scan_h5(job, w, data, len);
        return;
    }
    if (len >= 4 && memcmp(data, "GGUF", 4) == 0) {
        job->rep->scanned++;
        sg__scan_gguf(job, w, data, len);
        return;
    }
    if (len >= 2 && data[0] == 0x80 && data[1] >= 2 && data[1] <= 5) {
        job->rep->scanned++;
        bool legacy = len >= sizeof torch_legacy_magic &&
                      memcmp(data, torch_legacy_magic, sizeof torch_legacy_magic) == 0;
        if (!name_in(name, pickle_names) && !w->in_torch_zip)
            sg__scan_add(job, w, "pickle", "SG-FILE-004", SG_SCAN_HIGH, 0, NULL,
                         "pickle data under a name that does not announce one ('%s'): loaders "
                         "that dispatch on content still deserialise it",
                         sg_path_basename(name ? name : ""));
        sg__scan_pickle(job, w, data, len, legacy ? SG__PICKLE_TORCH_LEGACY : SG__PICKLE_SURE);
        return;
    }
    if (sg__scan_is_safetensors(data, len)) {
        job->rep->scanned++;
        sg__scan_safetensors(job, w, data, len);
        return;
    }
    if (sg__scan_is_tar(data, len)) {
        job->rep->scanned++;
        sg__scan_tar(job, w, data, len);
        return;
    }
    if (len >= 6 && memcmp(data, "7z\xbc\xaf\x27\x1c", 6) == 0) {
        job->rep->scanned++;
        sg__scan_add(job, w, "file", "SG-FILE-005", SG_SCAN_MEDIUM, 0, NULL,
                     "7z archive: its members cannot be inspected; extract it and scan the "
                     "contents");
        return;
    }
    bool gz = len >= 18 && data[0] == 0x1f && data[1] == 0x8b && data[2] == 8;
    bool zl = len >= 8 && data[0] == 0x78 && ((data[0] << 8) | data[1]) % 31 == 0;
    if ((gz || zl) && scan_compressed(job, w, data, len, gz))
        return;
    int64_t eocd = find_eocd(data, len);
    if (eocd >= 0) {
        job->rep->scanned++;
        sg__scan_zip(job, w, data, len, SIZE_MAX);
        return;
    }
    if (sg__scan_looks_savedmodel(data, len) && sg__scan_name_ends(name, ".pb")) {
        job->rep->scanned++;
        sg__scan_savedmodel(job, w, data, len);
        return;
    }
    if (sg__scan_looks_onnx(data, len) && sg__scan_name_ends(name, ".onnx")) {
        job->rep->scanned++;
        sg__scan_onnx(job, w, data, len);
        return;
    }
    /* Protocol 0/1 pickles have no header: run the machine as a probe. */
    size_t before = job->rep->count;
    if (sg__scan_pickle(job, w, data, len, SG__PICKLE_PROBE)) {
        job->rep->scanned++;
        if (!name_in(name, pickle_names) && !w->in_torch_zip && job->rep->count > before)
            sg__scan_add(job, w, "pickle", "SG-FILE-004", SG_SCAN_HIGH, 0, NULL,
                         "pickle data under a name that does not announce one ('%s')",
                         sg_path_basename(name ? name : ""));
        return;
    }
    sg__scan_truncate(job, before);
    if (name_in(name, model_names) && !w->in_torch_zip)
        sg__scan_add(job, w, "file", "SG-FILE-001", SG_SCAN_MEDIUM, 0, NULL,
                     "content of '%s' matches no model format its name suggests; it cannot be "
                     "checked", sg_path_basename(name ? name : ""));
}

/* ---- files and directories ----------------------------------------------- */

void sg__scan_job_init(struct sg__scan_job *job, const struct sg_scan_options *opt,
                       struct sg_scan_report *rep, const char *file)
{
    static const struct sg_scan_options none = {0};
    if (!opt)
        opt = &none;
    memset(job, 0, sizeof *job);
    job->rep = rep;
    job->file = file;
    job->opt = opt;
    job->policy = opt->policy;
    job->lim.max_entry_bytes = opt->max_entry_bytes;
    job->lim.max_total_bytes = opt->max_total_bytes;
    job->lim.max_analysis_bytes = opt->max_analysis_bytes;
    job->lim.max_ratio = opt->max_ratio;
    job->lim.max_depth = opt->max_depth;
    job->lim.max_files = opt->max_files;
    sg__scan_policy_limits(opt->policy, &job->lim);
    if (!job->lim.max_entry_bytes)
        job->lim.max_entry_bytes = DEFAULT_MAX_ENTRY;
    if (!job->lim.max_total_bytes)
        job->lim.max_total_bytes = DEFAULT_MAX_TOTAL;
    if (!job->lim.max_analysis_bytes)
        job->lim.max_analysis_bytes = DEFAULT_MAX_ANALYSIS;
    if (!job->lim.max_ratio)
        job->lim.max_ratio = DEFAULT_MAX_RATIO;
    if (!job->lim.max_depth)
        job->lim.max_depth = DEFAULT_MAX_DEPTH;
    if (!job->lim.max_files)
        job->lim.max_files = DEFAULT_MAX_FILES;
}

/* Scans one regular file. Small files are read, large ones mapped: the
 * scanners touch only the pages they parse, so a 10 GB safetensors file
 * costs its header. */
static void scan_file(struct sg__scan_job *job, const char *path, const char *relname)
{
    struct sg__scan_where w = {.name = relname, .path = path};
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        sg__scan_add(job, &w, "file", "SG-FILE-002", SG_SCAN_MEDIUM, -1, NULL,
                     "cannot be read: %s", strerror(errno));
        if (fd >= 0)
            close(fd);
        return;
    }
    job->rep->files++;
    job->rep->bytes += (uint64_t)st.st_size;
    job->unpacked = 0;
    if (st.st_size == 0) {
        close(fd);
        return;
    }
    if (st.st_size <= SMALL_FILE) {
        uint8_t buf[SMALL_FILE];
        size_t got = 0;
        while (got < (size_t)st.st_size) {
            ssize_t n = read(fd, buf + got, (size_t)st.st_size - got);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            got += (size_t)n;
        }
        close(fd);
        sg__scan_dispatch(job, &w, buf, got);
        return;
    }
    void *map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (map == MAP_FAILED) {
        sg__scan_add(job, &w, "file", "SG-FILE-002", SG_SCAN_MEDIUM, -1, NULL,
                     "cannot be mapped: %s", strerror(errno));
        return;
    }
    sg__scan_dispatch(job, &w, map, (size_t)st.st_size);
    munmap(map, (size_t)st.st_size);
}

struct walk_state {
    struct sg__scan_job *job;
    sg_ctx *ctx;
    const char *root;
    uint64_t done;
};

static sg_err walk_one(void *user, const struct sg_walk_entry *e, struct sg_error *err)
{
    struct walk_state *ws = user;
    struct sg__scan_job *job = ws->job;
    (void)err;
    job->file = e->path;
    struct sg__scan_where w = {.name = e->relpath};
    if (++ws->done > job->lim.max_files) {
        sg__scan_add(job, &w, "file", "SG-FILE-006", SG_SCAN_HIGH, -1, NULL,
                     "more than %llu files below '%s'; the rest was not scanned",
                     (unsigned long long)job->lim.max_files, ws->root);
        return SG_ERR_LIMIT;
    }
    switch (e->kind) {
    case SG_WALK_FILE:
        scan_file(job, e->path, e->relpath);
        break;
    case SG_WALK_SYMLINK: {
        struct stat st;
        if (stat(e->path, &st) == 0 && S_ISREG(st.st_mode)) {
            char target[PATH_MAX];
            if (!realpath(e->path, target))
                snprintf(target, sizeof target, "?");
            sg__scan_add(job, &w, "file", "SG-FILE-003", SG_SCAN_INFO, -1, target,
                         "symbolic link followed to '%s'", target);
            scan_file(job, e->path, e->relpath);
        } else {
            sg__scan_add(job, &w, "file", "SG-FILE-003", SG_SCAN_LOW, -1, NULL,
                         "symbolic link to a directory or missing target not followed");
        }
        break;
    }
    case SG_WALK_ERROR:
        sg__scan_add(job, &w, "file", "SG-FILE-002", SG_SCAN_MEDIUM, -1, NULL,
                     "cannot be read: %s", strerror(e->errnum));
        break;
    default:
        break;
    }
    sg_progress(ws->ctx, "scanning", ws->done, 0);
    return job->fatal;
}

static sg_err record_audit(sg_ctx *ctx, const char *path, const struct sg_scan_report *r,
                           size_t first, struct sg_error *err)
{
    sg_err rc = SG_OK;
    size_t by_sev[SG_SCAN_CRITICAL + 1] = {0};
    enum sg_scan_severity max = SG_SCAN_INFO;
    for (size_t i = first; i < r->count && rc == SG_OK; i++) {
        const struct sg_scan_finding *f = &r->findings[i];
        by_sev[f->severity]++;
        if (f->severity > max)
            max = f->severity;
        if (f->severity <= SG_SCAN_LOW)
            continue;
        json_t *d = json_pack("{s:s, s:s, s:s, s:s, s:s?, s:s?, s:I}", "rule", f->rule,
                              "severity", sg_scan_severity_name(f->severity), "format", f->format,
                              "message", f->message, "entry", f->entry, "callable", f->callable,
                              "offset", (json_int_t)f->offset);
        struct sg_audit_event ev = {.type = "scan.finding", .subject = f->file,
                                    .outcome = f->severity >= SG_SCAN_HIGH ? "fail" : "warn",
                                    .details = d};
        rc = d ? sg_audit_record(ctx, &ev, err) : SG_ERR_NOMEM;
        json_decref(d);
    }
    if (rc != SG_OK)
        return rc;
    json_t *d = json_pack("{s:I, s:I, s:s, s:{s:I, s:I, s:I, s:I, s:I}}", "files",
                          (json_int_t)r->files, "findings", (json_int_t)(r->count - first),
                          "max_severity", sg_scan_severity_name(max), "by_severity", "info",
                          (json_int_t)by_sev[0], "low", (json_int_t)by_sev[1], "medium",
                          (json_int_t)by_sev[2], "high", (json_int_t)by_sev[3], "critical",
                          (json_int_t)by_sev[4]);
    struct sg_audit_event ev = {.type = "scan.completed", .subject = path,
                                .outcome = max >= SG_SCAN_HIGH ? "fail" : "ok", .details = d};
    rc = d ? sg_audit_record(ctx, &ev, err) : SG_ERR_NOMEM;
    json_decref(d);
    return rc;
}

sg_err sg_scan_path(sg_ctx *ctx, const char *path, const struct sg_scan_options *opt,
                    struct sg_scan_report *report, struct sg_error *err)
{
    struct sg__scan_job job;
    sg__scan_job_init(&job, opt, report, path);
    size_t first = report->count;
    struct stat st;
    if (stat(path, &st) != 0)
        return sg_error_errno(err, sg_err_from_errno(errno), path, errno, "cannot scan");
    if (S_ISDIR(st.st_mode)) {
        struct walk_state ws = {.job = &job, .ctx = ctx, .root = path};
        struct sg_walk_options wo = {.symlinks = SG_SYMLINKS_REPORT};
        sg_err rc = sg_walk(path, &wo, walk_one, &ws, err);
        if (rc != SG_OK && rc != SG_ERR_LIMIT && !job.fatal)
            return rc;
        sg_progress(ctx, "scanning", ws.done, ws.done);
    } else if (S_ISREG(st.st_mode)) {
        if (access(path, R_OK) != 0)
            return sg_error_errno(err, sg_err_from_errno(errno), path, errno, "cannot read");
        scan_file(&job, path, path);
    } else {
        return sg_error_set(err, SG_ERR_INVALID_ARG, path, "not a regular file or directory");
    }
    if (job.fatal)
        return sg_error_set(err, job.fatal, path, "out of memory while recording findings");
    if (ctx && !(opt && opt->skip_audit))
        return record_audit(ctx, path, report, first, err);
    return SG_OK;
}

sg_err sg_scan_buffer(const void *data, size_t len, const char *name,
                      const struct sg_scan_options *opt, struct sg_scan_report *report,
                      struct sg_error *err)
{
    struct sg__scan_job job;
    sg__scan_job_init(&job, opt, report, name ? name : "<buffer>");
    struct sg__scan_where w = {.name = job.file};
    report->files++;
    report->bytes += len;
    sg__scan_dispatch(&job, &w, data, len);
    if (job.fatal)
        return sg_error_set(err, job.fatal, job.file, "out of memory while recording findings");
    return SG_OK;
}
