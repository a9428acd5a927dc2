/* safetensors.c - the safetensors header: 8-byte little-endian length, a JSON
 * object of tensors {dtype, shape, data_offsets} and an optional
 * __metadata__ of strings. Checks every tensor's byte size against its dtype
 * and shape, that offsets stay in the data section, do not overlap and cover
 * it without gaps. Tensor payloads are never read. */
#include "saiguard/formats.h"

#include <stdlib.h>
#include <string.h>

#include "saiguard/json.h"

static const struct {
    const char *name;
    unsigned bits;
} dtypes[] = {
    {"BOOL", 8},     {"U8", 8},        {"I8", 8},        {"F8_E5M2", 8},  {"F8_E4M3", 8},
    {"F8_E8M0", 8},  {"I16", 16},      {"U16", 16},      {"F16", 16},     {"BF16", 16},
    {"I32", 32},     {"U32", 32},      {"F32", 32},      {"F64", 64},     {"I64", 64},
    {"U64", 64},     {"C64", 64},      {"F4", 4},        {"F6_E2M3", 6},  {"F6_E3M2", 6},
};

unsigned sg_safetensors_dtype_bits(const char *dtype)
{
    for (size_t i = 0; i < sizeof dtypes / sizeof dtypes[0]; i++)
        if (strcmp(dtypes[i].name, dtype) == 0)
            return dtypes[i].bits;
    return 0;
}

void sg_safetensors_release(struct sg_safetensors *st)
{
    if (!st)
        return;
    for (size_t i = 0; i < st->tensor_count; i++)
        free(st->tensors[i].name);
    free(st->tensors);
    json_decref(st->metadata);
    memset(st, 0, sizeof *st);
}

static int by_begin(const void *a, const void *b)
{
    const struct sg_st_tensor *x = *(struct sg_st_tensor *const *)a;
    const struct sg_st_tensor *y = *(struct sg_st_tensor *const *)b;
    if (x->begin != y->begin)
        return x->begin < y->begin ? -1 : 1;
    return x->end < y->end ? -1 : x->end > y->end;
}

static void note_dtype(struct sg_safetensors *st, const char *dtype)
{
    for (size_t i = 0; i < st->dtype_count; i++)
        if (strcmp(st->dtypes[i], dtype) == 0)
            return;
    if (st->dtype_count < sizeof st->dtypes / sizeof st->dtypes[0])
        snprintf(st->dtypes[st->dtype_count++], sizeof st->dtypes[0], "%s", dtype);
}

/* One tensor entry: fills t, reports problems; returns false if unusable. */
static bool read_tensor(struct sg_safetensors *st, const char *name, json_t *v,
                        struct sg_st_tensor *t)
{
    struct sg_fmt_problems *p = &st->problems;
    t->ndim = -1;
    if (!json_is_object(v)) {
        sg_fmt_problem_add(p, "tensor-not-object", 8, "tensor '%.80s' is not an object", name);
        return false;
    }
    json_t *dt = json_object_get(v, "dtype"), *shape = json_object_get(v, "shape"),
           *offs = json_object_get(v, "data_offsets");
    if (!json_is_string(dt) || !json_is_array(shape) || !json_is_array(offs) ||
        json_array_size(offs) != 2 || !json_is_integer(json_array_get(offs, 0)) ||
        !json_is_integer(json_array_get(offs, 1))) {
        sg_fmt_problem_add(p, "tensor-fields", 8,
                           "tensor '%.80s' lacks a string dtype, array shape or two data_offsets",
                           name);
        return false;
    }
    const char *key;
    json_t *unused;
    json_object_foreach(v, key, unused)
        if (strcmp(key, "dtype") && strcmp(key, "shape") && strcmp(key, "data_offsets"))
            sg_fmt_problem_add(p, "tensor-unknown-key", 8, "tensor '%.80s' has unknown key '%.40s'",
                               name, key);
    snprintf(t->dtype, sizeof t->dtype, "%s", json_string_value(dt));
    json_int_t b = json_integer_value(json_array_get(offs, 0));
    json_int_t e = json_integer_value(json_array_get(offs, 1));
    if (b < 0 || e < b) {
        sg_fmt_problem_add(p, "tensor-offsets", 8, "tensor '%.80s' has data_offsets [%lld, %lld]",
                           name, (long long)b, (long long)e);
        return false;
    }
    t->begin = (uint64_t)b;
    t->end = (uint64_t)e;
    bool ok = true;
    if (t->end > st->data_size) {
        sg_fmt_problem_add(p, "tensor-out-of-range", 8 + st->header_len + t->begin,
                           "tensor '%.80s' ends at %llu, past the %llu-byte data section", name,
                           (unsigned long long)t->end, (unsigned long long)st->data_size);
        ok = false;
    }
    size_t nd = json_array_size(shape);
    if (nd > SG_FMT_MAX_DIMS) {
        sg_fmt_problem_add(p, "tensor-shape", 8, "tensor '%.80s' has %zu dimensions", name, nd);
        return false;
    }
    uint64_t elems = 1;
    for (size_t i = 0; i < nd; i++) {
        json_t *d = json_array_get(shape, i);
        if (!json_is_integer(d) || json_integer_value(d) < 0) {
            sg_fmt_problem_add(p, "tensor-shape", 8, "tensor '%.80s' has a bad dimension", name);
            return false;
        }
        t->shape[i] = (uint64_t)json_integer_value(d);
        if (__builtin_mul_overflow(elems, t->shape[i], &elems)) {
            sg_fmt_problem_add(p, "tensor-shape", 8, "tensor '%.80s' element count overflows",
                               name);
            return false;
        }
    }
    t->ndim = (int)nd;
    unsigned bits = sg_safetensors_dtype_bits(t->dtype);
    if (!bits) {
        sg_fmt_problem_add(p, "unknown-dtype", 8, "tensor '%.80s' has unknown dtype '%.15s'", name,
                           t->dtype);
        return ok;
    }
    uint64_t nbits;
    if (__builtin_mul_overflow(elems, (uint64_t)bits, &nbits) || nbits % 8 != 0 ||
        nbits / 8 != t->end - t->begin) {
        sg_fmt_problem_add(p, "tensor-size-mismatch", 8 + st->header_len + t->begin,
                           "tensor '%.80s': %s x %llu elements is not its %llu bytes",
                           name, t->dtype, (unsigned long long)elems,
                           (unsigned long long)(t->end - t->begin));
        return false;
    }
    if (ok)
        st->parameter_count += elems;
    return ok;
}

static void check_coverage(struct sg_safetensors *st)
{
    size_t n = st->tensor_count;
    struct sg_st_tensor **order = calloc(n ? n : 1, sizeof *order);
    if (!order) {
        sg_fmt_problem_add(&st->problems, "not-checked", 0, "coverage not checked (out of memory)");
        return;
    }
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (st->tensors[i].ndim >= 0 && st->tensors[i].end <= st->data_size)
            order[m++] = &st->tensors[i];
    qsort(order, m, sizeof *order, by_begin);
    uint64_t covered = 0;
    for (size_t i = 0; i < m; i++) {
        const struct sg_st_tensor *t = order[i];
        uint64_t at = 8 + st->header_len + t->begin;
        if (t->begin < covered)
            sg_fmt_problem_add(&st->problems, "overlapping-tensors", at,
                               "tensor '%.80s' overlaps the tensor before it", t->name);
        else if (t->begin > covered)
            sg_fmt_problem_add(&st->problems, "data-gap", 8 + st->header_len + covered,
                               "%llu unreferenced bytes before tensor '%.80s'",
                               (unsigned long long)(t->begin - covered), t->name);
        if (t->end > covered)
            covered = t->end;
    }
    if (covered < st->data_size)
        sg_fmt_problem_add(&st->problems, "trailing-data", 8 + st->header_len + covered,
                           "%llu bytes after the last tensor are not referenced",
                           (unsigned long long)(st->data_size - covered));
    free(order);
}

sg_err sg_safetensors_read(sg_fmt_src *src, struct sg_safetensors *st, struct sg_error *err)
{
    memset(st, 0, sizeof *st);
    st->file_size = src->size;
    struct sg_fmt_problems *p = &st->problems;
    uint8_t le[8];
    sg_err rc = SG_OK;
    char *header = NULL;
    json_t *root = NULL;
    if (src->size < 8) {
        sg_fmt_problem_add(p, "truncated", 0, "file shorter than the 8-byte header length");
        return SG_OK;
    }
    if ((rc = sg_fmt_src_read(src, 0, le, 8, err)) != SG_OK)
        return rc;
    for (int i = 7; i >= 0; i--)
        st->header_len = st->header_len << 8 | le[i];
    if (st->header_len > SG_SAFETENSORS_MAX_HEADER) {
        sg_fmt_problem_add(p, "header-too-large", 0, "header length %llu exceeds %llu bytes",
                           (unsigned long long)st->header_len,
                           (unsigned long long)SG_SAFETENSORS_MAX_HEADER);
        return SG_OK;
    }
    if (st->header_len < 2 || st->header_len > src->size - 8) {
        sg_fmt_problem_add(p, "header-length", 0,
                           "header length %llu does not fit a %llu-byte file",
                           (unsigned long long)st->header_len, (unsigned long long)src->size);
        return SG_OK;
    }
    st->data_size = src->size - 8 - st->header_len;
    if (!(header = malloc((size_t)st->header_len)))
        return sg_error_set(err, SG_ERR_NOMEM, src->name, NULL);
    if ((rc = sg_fmt_src_read(src, 8, header, (size_t)st->header_len, err)) != SG_OK)
        goto out;
    /* The format allows trailing spaces as padding of the header. */
    size_t hlen = (size_t)st->header_len;
    while (hlen > 0 && header[hlen - 1] == ' ')
        hlen--;
    struct sg_error jerr = {0};
    if (header[0] != '{' || sg_json_parse(header, hlen, src->name, &root, &jerr) != SG_OK ||
        !json_is_object(root)) {
        sg_fmt_problem_add(p, "header-json", 8, "header is not a JSON object: %s",
                           jerr.reason[0] ? jerr.reason : "not an object");
        goto out;
    }
    size_t n = json_object_size(root);
    json_t *meta = json_object_get(root, "__metadata__");
    if (meta) {
        n--;
        if (!json_is_object(meta)) {
            sg_fmt_problem_add(p, "metadata-not-object", 8, "__metadata__ is not an object");
        } else {
            const char *k;
            json_t *v;
            json_object_foreach(meta, k, v)
                if (!json_is_string(v))
                    sg_fmt_problem_add(p, "metadata-not-string", 8,
                                       "__metadata__ value '%.80s' is not a string", k);
            st->metadata = json_incref(meta);
        }
    }
    if (n && !(st->tensors = calloc(n, sizeof *st->tensors))) {
        rc = sg_error_set(err, SG_ERR_NOMEM, src->name, NULL);
        goto out;
    }
    const char *name;
    json_t *v;
    json_object_foreach(root, name, v) {
        if (strcmp(name, "__metadata__") == 0)
            continue;
        struct sg_st_tensor *t = &st->tensors[st->tensor_count];
        if (!(t->name = strdup(name))) {
            rc = sg_error_set(err, SG_ERR_NOMEM, src->name, NULL);
            goto out;
        }
        st->tensor_count++;
        if (read_tensor(st, name, v, t))
            note_dtype(st, t->dtype);
    }
    check_coverage(st);
    st->header_ok = true;
out:
    json_decref(root);
    free(header);
    if (rc != SG_OK)
        sg_safetensors_release(st);
    return rc;
}
