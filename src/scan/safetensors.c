/* safetensors.c - security reading of safetensors headers on top of the
 * shared reader (src/formats/): every structural problem it reports (length
 * bounds, invalid or ambiguous JSON, dtype x shape != span, offsets out of
 * range, overlaps, gaps, non-string __metadata__) becomes a finding. Only the
 * header is read, so a 10 GB file costs what its header costs. Bytes after
 * the last tensor (a polyglot: an appended zip or pickle) are scanned on
 * their own. */
#include <stdio.h>
#include <string.h>

#include "saiguard/formats.h"
#include "scan_internal.h"

bool sg__scan_is_safetensors(const uint8_t *data, size_t len)
{
    if (len < 10)
        return false;
    uint64_t n = 0;
    memcpy(&n, data, 8); /* little-endian hosts */
    return n >= 2 && n <= SG_SAFETENSORS_MAX_HEADER && data[8] == '{';
}

/* Problem code of the shared reader -> rule and severity. */
static const struct sg__scan_problem_map map[] = {
    {"tensor-out-of-range", "SG-ST-002", SG_SCAN_HIGH},
    {"unknown-dtype", "SG-ST-002", SG_SCAN_HIGH},
    {"tensor-size-mismatch", "SG-ST-002", SG_SCAN_HIGH},
    {"overlapping-tensors", "SG-ST-002", SG_SCAN_HIGH},
    {"tensor-offsets", "SG-ST-002", SG_SCAN_HIGH},
    {"data-gap", "SG-ST-002", SG_SCAN_MEDIUM},
    {"not-checked", "SG-ST-002", SG_SCAN_MEDIUM},
    {"metadata-not-object", "SG-ST-003", SG_SCAN_MEDIUM},
    {"metadata-not-string", "SG-ST-003", SG_SCAN_MEDIUM},
    {"tensor-unknown-key", "SG-ST-001", SG_SCAN_MEDIUM},
    {"trailing-data", "SG-ST-004", SG_SCAN_HIGH},
    {NULL, "SG-ST-001", SG_SCAN_HIGH}, /* everything else: the header itself is bad */
};

void sg__scan_safetensors(struct sg__scan_job *job, const struct sg__scan_where *w,
                          const uint8_t *data, size_t len)
{
    sg_fmt_src src;
    struct sg_safetensors st;
    struct sg_error err = {0};
    sg_fmt_src_mem(&src, data, len, w->name);
    if (sg_safetensors_read(&src, &st, &err) != SG_OK) {
        sg__scan_add(job, w, "safetensors", "SG-ST-001", SG_SCAN_HIGH, -1, NULL,
                     "safetensors header cannot be read: %s", err.reason);
        sg_safetensors_release(&st);
        return;
    }
    uint64_t trailing_at = 0;
    for (size_t i = 0; i < st.problems.count; i++)
        if (strcmp(st.problems.items[i].code, "trailing-data") == 0)
            trailing_at = st.problems.items[i].offset;
    sg__scan_add_problems(job, w, "safetensors", &st.problems, map, "");
    if (trailing_at && trailing_at < len && w->depth < job->lim.max_depth) {
        char entry[1024];
        snprintf(entry, sizeof entry, "%s%s[data after tensors]", w->entry ? w->entry : "",
                 w->entry ? "!" : "");
        struct sg__scan_where tw = *w;
        tw.entry = entry;
        tw.name = "trailing";
        tw.path = NULL;
        tw.depth = w->depth + 1;
        tw.base = 0;
        sg__scan_dispatch(job, &tw, data + trailing_at, (size_t)(len - trailing_at));
    }
    sg_safetensors_release(&st);
}
