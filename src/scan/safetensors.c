/* safetensors.c - safetensors headers: length bounds, strict JSON (duplicate
 * keys are a parser differential), dtype x shape = byte span, offsets in
 * range, sorted, not overlapping and covering the data, string-only
 * __metadata__. Only the header is read; tensor bytes are never touched,
 * so a 10 GB file costs what its header costs. Bytes after the last tensor
 * (a polyglot: an appended zip or pickle) are scanned on their own. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "saiguard/json.h"
#include "scan_internal.h"

#define MAX_HEADER ((uint64_t)100 << 20)

struct span {
    uint64_t begin, end;
    const char *name;
};

static uint64_t le64(const uint8_t *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--)
        v = v << 8 | p[i];
    return v;
}

bool sg__scan_is_safetensors(const uint8_t *data, size_t len)
{
    if (len < 10)
        return false;
    uint64_t n = le64(data);
    return n >= 2 && n <= MAX_HEADER && data[8] == '{';
}

static int dtype_bits(const char *d)
{
    static const struct {
        const char *name;
        int bits;
    } t[] = {{"F64", 64}, {"F32", 32}, {"F16", 16}, {"BF16", 16}, {"I64", 64}, {"I32", 32},
             {"I16", 16}, {"I8", 8}, {"U64", 64}, {"U32", 32}, {"U16", 16}, {"U8", 8},
             {"BOOL", 8}, {"F8_E4M3", 8}, {"F8_E5M2", 8}, {"F8_E8M0", 8}, {"C64", 64},
             {"F4", 4}, {"F6_E2M3", 6}, {"F6_E3M2", 6}, {NULL, 0}};
    for (int i = 0; t[i].name; i++)
        if (strcmp(t[i].name, d) == 0)
            return t[i].bits;
    return 0;
}

static int cmp_span(const void *a, const void *b)
{
    const struct span *x = a, *y = b;
    return x->begin < y->begin ? -1 : x->begin > y->begin ? 1 : (x->end > y->end) - (x->end < y->end);
}

static void st_add(struct sg__scan_job *job, const struct sg__scan_where *w, const char *rule,
                   enum sg_scan_severity sev, int64_t off, const char *what, const char *msg)
{
    sg__scan_add(job, w, "safetensors", rule, sev, off, what, "%s", msg);
}

void sg__scan_safetensors(struct sg__scan_job *job, const struct sg__scan_where *w,
                          const uint8_t *data, size_t len)
{
    uint64_t hlen = le64(data);
    if (hlen > len - 8) {
        char m[200];
        snprintf(m, sizeof m, "header length %llu runs past the end of the %zu-byte file",
                 (unsigned long long)hlen, len);
        st_add(job, w, "SG-ST-001", SG_SCAN_HIGH, 0, NULL, m);
        return;
    }
    uint64_t data_start = 8 + hlen, data_len = len - data_start;
    json_t *doc = NULL;
    struct span *spans = NULL;
    char msg[600];
    struct sg_error err = {0};
    if (sg_json_parse((const char *)data + 8, (size_t)hlen, "header", &doc, &err) != SG_OK) {
        json_error_t je;
        json_t *loose = json_loadb((const char *)data + 8, (size_t)hlen, 0, &je);
        bool dup = loose != NULL;
        json_decref(loose);
        snprintf(msg, sizeof msg, "%s: %s",
                 dup ? "header repeats a JSON key (parsers disagree on which value wins)"
                     : "header is not valid JSON",
                 err.reason);
        st_add(job, w, "SG-ST-001", SG_SCAN_HIGH, 8, NULL, msg);
        return;
    }
    if (!json_is_object(doc)) {
        st_add(job, w, "SG-ST-001", SG_SCAN_HIGH, 8, NULL, "header is not a JSON object");
        goto out;
    }
    size_t n = json_object_size(doc), k = 0;
    spans = calloc(n ? n : 1, sizeof *spans);
    if (!spans)
        goto out;
    const char *key;
    json_t *v;
    json_object_foreach(doc, key, v) {
        if (strcmp(key, "__metadata__") == 0) {
            const char *mk;
            json_t *mv;
            bool ok = json_is_object(v);
            if (ok)
                json_object_foreach(v, mk, mv) ok &= json_is_string(mv);
            if (!ok)
                st_add(job, w, "SG-ST-003", SG_SCAN_MEDIUM, 8, "__metadata__",
                       "__metadata__ holds values other than strings");
            continue;
        }
        const char *dtype = json_string_value(json_object_get(v, "dtype"));
        json_t *shape = json_object_get(v, "shape"), *offs = json_object_get(v, "data_offsets");
        if (!json_is_object(v) || !dtype || !json_is_array(shape) || !json_is_array(offs) ||
            json_array_size(offs) != 2 || !json_is_integer(json_array_get(offs, 0)) ||
            !json_is_integer(json_array_get(offs, 1))) {
            snprintf(msg, sizeof msg, "tensor '%.200s' lacks a dtype, shape or two data_offsets", key);
            st_add(job, w, "SG-ST-001", SG_SCAN_HIGH, 8, key, msg);
            continue;
        }
        json_int_t b = json_integer_value(json_array_get(offs, 0));
        json_int_t e = json_integer_value(json_array_get(offs, 1));
        if (b < 0 || e < b || (uint64_t)e > data_len) {
            snprintf(msg, sizeof msg, "tensor '%.200s' has data_offsets [%lld, %lld] outside the "
                     "%llu bytes of data", key, (long long)b, (long long)e,
                     (unsigned long long)data_len);
            st_add(job, w, "SG-ST-002", SG_SCAN_HIGH, 8, key, msg);
            continue;
        }
        int bits = dtype_bits(dtype);
        unsigned __int128 elems = 1;
        bool shape_ok = true;
        size_t i;
        json_t *d;
        json_array_foreach(shape, i, d) {
            if (!json_is_integer(d) || json_integer_value(d) < 0) {
                shape_ok = false;
                break;
            }
            elems *= (uint64_t)json_integer_value(d);
            if (elems > ((unsigned __int128)1 << 100))
                shape_ok = false;
        }
        if (!bits || !shape_ok) {
            snprintf(msg, sizeof msg, "tensor '%.200s' has an unknown dtype '%.40s' or a bad shape",
                     key, dtype);
            st_add(job, w, "SG-ST-002", SG_SCAN_HIGH, 8, key, msg);
        } else if (elems * (unsigned)bits != (unsigned __int128)(e - b) * 8) {
            snprintf(msg, sizeof msg, "tensor '%.200s': shape x %s needs %llu bytes but its "
                     "data_offsets span %lld", key, dtype,
                     (unsigned long long)(elems * (unsigned)bits / 8), (long long)(e - b));
            st_add(job, w, "SG-ST-002", SG_SCAN_HIGH, 8, key, msg);
        }
        spans[k++] = (struct span){(uint64_t)b, (uint64_t)e, key};
    }
    qsort(spans, k, sizeof *spans, cmp_span);
    uint64_t cursor = 0;
    for (size_t i = 0; i < k; i++) {
        if (spans[i].begin < cursor) {
            snprintf(msg, sizeof msg, "tensor '%.200s' overlaps the tensor before it", spans[i].name);
            st_add(job, w, "SG-ST-002", SG_SCAN_HIGH, 8, spans[i].name, msg);
        } else if (spans[i].begin > cursor) {
            snprintf(msg, sizeof msg, "%llu bytes before tensor '%.200s' belong to no tensor "
                     "(hidden data)", (unsigned long long)(spans[i].begin - cursor), spans[i].name);
            st_add(job, w, "SG-ST-002", SG_SCAN_MEDIUM, (int64_t)(data_start + cursor),
                   spans[i].name, msg);
        }
        if (spans[i].end > cursor)
            cursor = spans[i].end;
    }
    if (cursor < data_len) {
        snprintf(msg, sizeof msg, "%llu bytes follow the last tensor (a polyglot: another format "
                 "appended); they are scanned as '[data after tensors]'",
                 (unsigned long long)(data_len - cursor));
        st_add(job, w, "SG-ST-004", SG_SCAN_HIGH, (int64_t)(data_start + cursor), NULL, msg);
        if (w->depth < job->lim.max_depth) {
            char entry[1024];
            snprintf(entry, sizeof entry, "%s%s[data after tensors]", w->entry ? w->entry : "",
                     w->entry ? "!" : "");
            struct sg__scan_where tw = *w;
            tw.entry = entry;
            tw.name = "trailing";
            tw.path = NULL;
            tw.depth = w->depth + 1;
            tw.base = 0;
            sg__scan_dispatch(job, &tw, data + data_start + cursor, (size_t)(data_len - cursor));
        }
    }
out:
    free(spans);
    json_decref(doc);
}
