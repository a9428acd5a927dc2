/* gguf.c - the GGUF header (versions 1 to 3): magic, counts, every metadata
 * key/value (nested arrays included) and every tensor info, each length and
 * count checked against the bytes left in the file before use. Tensor data
 * is never read: cost depends on the header, not on the model's size. */
#include "saiguard/formats.h"

#include <stdlib.h>
#include <string.h>

#include "formats/internal.h"

/* ---- ggml types ---------------------------------------------------------- */

static const struct {
    uint32_t id;
    const char *name;
    uint32_t block;      /* elements per block */
    uint32_t block_size; /* bytes per block */
} ggml_types[] = {
    {0, "F32", 1, 4},          {1, "F16", 1, 2},          {2, "Q4_0", 32, 18},
    {3, "Q4_1", 32, 20},       {6, "Q5_0", 32, 22},       {7, "Q5_1", 32, 24},
    {8, "Q8_0", 32, 34},       {9, "Q8_1", 32, 36},       {10, "Q2_K", 256, 84},
    {11, "Q3_K", 256, 110},    {12, "Q4_K", 256, 144},    {13, "Q5_K", 256, 176},
    {14, "Q6_K", 256, 210},    {15, "Q8_K", 256, 292},    {16, "IQ2_XXS", 256, 66},
    {17, "IQ2_XS", 256, 74},   {18, "IQ3_XXS", 256, 98},  {19, "IQ1_S", 256, 50},
    {20, "IQ4_NL", 32, 18},    {21, "IQ3_S", 256, 110},   {22, "IQ2_S", 256, 82},
    {23, "IQ4_XS", 256, 136},  {24, "I8", 1, 1},          {25, "I16", 1, 2},
    {26, "I32", 1, 4},         {27, "I64", 1, 8},         {28, "F64", 1, 8},
    {29, "IQ1_M", 256, 56},    {30, "BF16", 1, 2},        {34, "TQ1_0", 256, 54},
    {35, "TQ2_0", 256, 66},    {39, "MXFP4", 32, 17},
};

const char *sg_gguf_ggml_type_name(uint32_t type)
{
    for (size_t i = 0; i < sizeof ggml_types / sizeof ggml_types[0]; i++)
        if (ggml_types[i].id == type)
            return ggml_types[i].name;
    return NULL;
}

/* llama.cpp's general.file_type values. */
static const char *const file_types[] = {
    [0] = "F32",      [1] = "F16",      [2] = "Q4_0",    [3] = "Q4_1",    [7] = "Q8_0",
    [8] = "Q5_0",     [9] = "Q5_1",     [10] = "Q2_K",   [11] = "Q3_K_S", [12] = "Q3_K_M",
    [13] = "Q3_K_L",  [14] = "Q4_K_S",  [15] = "Q4_K_M", [16] = "Q5_K_S", [17] = "Q5_K_M",
    [18] = "Q6_K",    [19] = "IQ2_XXS", [20] = "IQ2_XS", [21] = "Q2_K_S", [22] = "IQ3_XS",
    [23] = "IQ3_XXS", [24] = "IQ1_S",   [25] = "IQ4_NL", [26] = "IQ3_S",  [27] = "IQ3_M",
    [28] = "IQ2_S",   [29] = "IQ2_M",   [30] = "IQ4_XS", [31] = "IQ1_M",  [32] = "BF16",
    [36] = "TQ1_0",   [37] = "TQ2_0",
};

static const char *const value_type_names[] = {
    "uint8", "int8", "uint16", "int16", "uint32", "int32", "float32",
    "bool", "string", "array", "uint64", "int64", "float64",
};

/* ---- cursor --------------------------------------------------------------- */

struct cur {
    sg_fmt_src *src;
    uint64_t pos;
    bool v1;     /* version 1: 32-bit lengths and counts */
    struct sg_error *err;
};

static sg_err rd(struct cur *c, void *dst, size_t n)
{
    sg_err rc = sg_fmt_src_read(c->src, c->pos, dst, n, c->err);
    if (rc == SG_OK)
        c->pos += n;
    return rc;
}

static sg_err rd_u32(struct cur *c, uint32_t *v)
{
    uint8_t b[4];
    sg_err rc = rd(c, b, 4);
    *v = rc ? 0
            : (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
    return rc;
}

static sg_err rd_u64(struct cur *c, uint64_t *v)
{
    uint8_t b[8];
    sg_err rc = rd(c, b, 8);
    *v = 0;
    if (rc == SG_OK)
        for (int i = 7; i >= 0; i--)
            *v = *v << 8 | b[i];
    return rc;
}

/* A length or count: 32 bits in v1, 64 after. */
static sg_err rd_len(struct cur *c, uint64_t *v)
{
    if (c->v1) {
        uint32_t x;
        sg_err rc = rd_u32(c, &x);
        *v = x;
        return rc;
    }
    return rd_u64(c, v);
}

static uint64_t left(const struct cur *c)
{
    return c->src->size - c->pos;
}

static sg_err skip(struct cur *c, uint64_t n)
{
    if (n > left(c))
        return sg_error_set(c->err, SG_ERR_PARSE, c->src->name,
                            "truncated: %llu bytes needed at offset %llu", (unsigned long long)n,
                            (unsigned long long)c->pos);
    c->pos += n;
    return SG_OK;
}

/* A GGUF string: returns it in *out (malloc'd) when out is non-NULL and it is
 * at most SG_GGUF_MAX_STRING, else skips it. *too_long reports the cut. */
static sg_err rd_string(struct cur *c, char **out, bool *too_long)
{
    uint64_t n;
    sg_err rc = rd_len(c, &n);
    if (rc != SG_OK)
        return rc;
    if (n > left(c))
        return sg_error_set(c->err, SG_ERR_PARSE, c->src->name,
                            "string of %llu bytes at offset %llu runs past the end of the file",
                            (unsigned long long)n, (unsigned long long)c->pos);
    if (too_long)
        *too_long = n > SG_GGUF_MAX_STRING;
    if (!out || n > SG_GGUF_MAX_STRING)
        return skip(c, n);
    char *s = malloc((size_t)n + 1);
    if (!s)
        return sg_error_set(c->err, SG_ERR_NOMEM, c->src->name, NULL);
    if ((rc = rd(c, s, (size_t)n)) != SG_OK) {
        free(s);
        return rc;
    }
    s[n] = '\0';
    sg__fmt_text_fix(s, (size_t)n);
    *out = s;
    return SG_OK;
}

static uint64_t fixed_size(uint32_t type)
{
    switch (type) {
    case SG_GGUF_UINT8: case SG_GGUF_INT8: case SG_GGUF_BOOL: return 1;
    case SG_GGUF_UINT16: case SG_GGUF_INT16: return 2;
    case SG_GGUF_UINT32: case SG_GGUF_INT32: case SG_GGUF_FLOAT32: return 4;
    case SG_GGUF_UINT64: case SG_GGUF_INT64: case SG_GGUF_FLOAT64: return 8;
    default: return 0;
    }
}

/* ---- metadata values ------------------------------------------------------ */

enum { MAX_ARRAY_DEPTH = 4 };

static sg_err read_value(struct cur *c, struct sg_gguf *g, uint32_t type, int depth, bool keep,
                         json_t **out);

static sg_err read_array(struct cur *c, struct sg_gguf *g, int depth, bool keep, json_t **out)
{
    uint64_t at = c->pos;
    uint32_t et;
    uint64_t count;
    sg_err rc;
    if ((rc = rd_u32(c, &et)) != SG_OK || (rc = rd_len(c, &count)) != SG_OK)
        return rc;
    if (et > SG_GGUF_FLOAT64)
        return sg_error_set(c->err, SG_ERR_PARSE, c->src->name,
                            "array of unknown type %u at offset %llu", et, (unsigned long long)at);
    if (et == SG_GGUF_ARRAY && depth >= MAX_ARRAY_DEPTH)
        return sg_error_set(c->err, SG_ERR_LIMIT, c->src->name,
                            "arrays nested deeper than %d at offset %llu", MAX_ARRAY_DEPTH,
                            (unsigned long long)at);
    /* Each element takes at least this many bytes: a count the file cannot
     * hold is refused before any work is done for it. */
    uint64_t min = fixed_size(et);
    if (!min)
        min = et == SG_GGUF_STRING ? (c->v1 ? 4 : 8) : (c->v1 ? 8 : 12);
    if (count > SG_GGUF_MAX_ARRAY || count > left(c) / min)
        return sg_error_set(c->err, SG_ERR_LIMIT, c->src->name,
                            "array of %llu %s elements at offset %llu does not fit the file",
                            (unsigned long long)count, value_type_names[et],
                            (unsigned long long)at);
    bool keep_items = keep && count <= SG_GGUF_KEEP_ARRAY;
    if (keep && !keep_items)
        *out = json_pack("{s:s, s:I}", "gguf_array", value_type_names[et], "count",
                         (json_int_t)count);
    else if (keep_items)
        *out = json_array();
    if (keep && !*out)
        return sg_error_set(c->err, SG_ERR_NOMEM, c->src->name, NULL);
    if (fixed_size(et) && !keep_items)
        return skip(c, count * min);
    for (uint64_t i = 0; i < count; i++) {
        json_t *item = NULL;
        if ((rc = read_value(c, g, et, depth + 1, keep_items, &item)) != SG_OK) {
            json_decref(item);
            return rc;
        }
        if (keep_items && json_array_append_new(*out, item) != 0)
            return sg_error_set(c->err, SG_ERR_NOMEM, c->src->name, NULL);
    }
    return SG_OK;
}

static sg_err read_value(struct cur *c, struct sg_gguf *g, uint32_t type, int depth, bool keep,
                         json_t **out)
{
    uint8_t b[8] = {0};
    uint64_t n = fixed_size(type);
    sg_err rc;
    *out = NULL;
    if (type == SG_GGUF_STRING) {
        char *s = NULL;
        bool too_long = false;
        uint64_t at = c->pos;
        if ((rc = rd_string(c, keep ? &s : NULL, &too_long)) != SG_OK)
            return rc;
        if (too_long)
            sg_fmt_problem_add(&g->problems, "string-too-long", at,
                               "a metadata string longer than %llu bytes was skipped",
                               (unsigned long long)SG_GGUF_MAX_STRING);
        if (keep) {
            *out = s ? json_string(s) : json_null();
            free(s);
            if (!*out)
                return sg_error_set(c->err, SG_ERR_NOMEM, c->src->name, NULL);
        }
        return SG_OK;
    }
    if (type == SG_GGUF_ARRAY)
        return read_array(c, g, depth, keep, out);
    if (!n)
        return sg_error_set(c->err, SG_ERR_PARSE, c->src->name,
                            "unknown value type %u at offset %llu", type,
                            (unsigned long long)c->pos);
    if ((rc = rd(c, b, (size_t)n)) != SG_OK || !keep)
        return rc;
    uint64_t u = 0;
    for (int i = (int)n - 1; i >= 0; i--)
        u = u << 8 | b[i];
    switch (type) {
    case SG_GGUF_UINT8: case SG_GGUF_UINT16: case SG_GGUF_UINT32:
        *out = json_integer((json_int_t)u); break;
    case SG_GGUF_INT8: *out = json_integer((int8_t)u); break;
    case SG_GGUF_INT16: *out = json_integer((int16_t)u); break;
    case SG_GGUF_INT32: *out = json_integer((int32_t)u); break;
    case SG_GGUF_INT64: *out = json_integer((json_int_t)(int64_t)u); break;
    case SG_GGUF_UINT64:
        *out = u > INT64_MAX ? json_real((double)u) : json_integer((json_int_t)u); break;
    case SG_GGUF_BOOL: *out = json_boolean(u != 0); break;
    case SG_GGUF_FLOAT32: {
        float f;
        uint32_t w = (uint32_t)u;
        memcpy(&f, &w, 4);
        *out = f == f && f - f == 0 ? json_real(f) : json_null(); /* no NaN/inf in JSON */
        break;
    }
    default: {
        double d;
        memcpy(&d, &u, 8);
        *out = d == d && d - d == 0 ? json_real(d) : json_null();
        break;
    }
    }
    return *out ? SG_OK : sg_error_set(c->err, SG_ERR_NOMEM, c->src->name, NULL);
}

/* ---- the header ------------------------------------------------------------ */

void sg_gguf_release(struct sg_gguf *g)
{
    if (!g)
        return;
    for (size_t i = 0; i < g->tensors_read; i++)
        free(g->tensors[i].name);
    free(g->tensors);
    for (size_t i = 0; i < g->template_count; i++) {
        free(g->templates[i].name);
        free(g->templates[i].text);
    }
    free(g->templates);
    json_decref(g->base_models);
    json_decref(g->metadata);
    memset(g, 0, sizeof *g);
}

static sg_err add_template(struct sg_gguf *g, const char *name, const char *text,
                           struct sg_error *err)
{
    struct sg_gguf_template *t = realloc(g->templates, (g->template_count + 1) * sizeof *t);
    if (!t)
        return sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
    g->templates = t;
    t[g->template_count].name = strdup(name);
    t[g->template_count].text = strdup(text);
    if (!t[g->template_count].name || !t[g->template_count].text) {
        free(t[g->template_count].name);
        free(t[g->template_count].text);
        return sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
    }
    g->template_count++;
    return SG_OK;
}

/* Pulls the well-known keys out of the metadata. */
static sg_err summarise(struct sg_gguf *g, struct sg_error *err)
{
    json_t *m = g->metadata;
    g->architecture = json_string_value(json_object_get(m, "general.architecture"));
    g->name = json_string_value(json_object_get(m, "general.name"));
    g->license = json_string_value(json_object_get(m, "general.license"));
    json_t *ft = json_object_get(m, "general.file_type");
    g->file_type = json_is_integer(ft) ? json_integer_value(ft) : -1;
    if (g->file_type >= 0 && g->file_type < (int64_t)(sizeof file_types / sizeof file_types[0]))
        g->file_type_name = file_types[g->file_type];
    g->context_length = -1;
    if (g->architecture) {
        char key[160];
        snprintf(key, sizeof key, "%.120s.context_length", g->architecture);
        json_t *cl = json_object_get(m, key);
        if (json_is_integer(cl))
            g->context_length = json_integer_value(cl);
    }
    if (!(g->base_models = json_array()))
        return sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
    json_t *cnt = json_object_get(m, "general.base_model.count");
    json_int_t nb = json_is_integer(cnt) ? json_integer_value(cnt) : 0;
    for (json_int_t i = 0; i < nb && i < 64; i++) {
        char key[96];
        json_t *o = json_object();
        static const char *const fields[] = {"name", "organization", "repo_url", "version"};
        for (size_t f = 0; o && f < 4; f++) {
            snprintf(key, sizeof key, "general.base_model.%lld.%s", (long long)i, fields[f]);
            json_t *v = json_object_get(m, key);
            if (json_is_string(v) && json_object_set(o, fields[f], v) != 0) {
                json_decref(o);
                o = NULL;
            }
        }
        if (!o || json_array_append_new(g->base_models, o) != 0)
            return sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
    }
    const char *key;
    json_t *v;
    json_object_foreach(m, key, v) {
        if (!json_is_string(v))
            continue;
        sg_err rc = SG_OK;
        if (strcmp(key, "tokenizer.chat_template") == 0)
            rc = add_template(g, "default", json_string_value(v), err);
        else if (strncmp(key, "tokenizer.chat_template.", 24) == 0 && key[24])
            rc = add_template(g, key + 24, json_string_value(v), err);
        if (rc != SG_OK)
            return rc;
    }
    return SG_OK;
}

static int tensor_by_offset(const void *a, const void *b)
{
    const struct sg_gguf_tensor *x = *(struct sg_gguf_tensor *const *)a;
    const struct sg_gguf_tensor *y = *(struct sg_gguf_tensor *const *)b;
    return x->offset < y->offset ? -1 : x->offset > y->offset;
}

/* Byte size of a tensor, 0 with *known false for an unknown type. */
static uint64_t tensor_bytes(const struct sg_gguf_tensor *t, uint64_t elems, bool *known)
{
    *known = false;
    for (size_t i = 0; i < sizeof ggml_types / sizeof ggml_types[0]; i++)
        if (ggml_types[i].id == t->type) {
            *known = true;
            uint64_t blocks = elems / ggml_types[i].block;
            if (elems % ggml_types[i].block)
                return UINT64_MAX;
            uint64_t bytes;
            return __builtin_mul_overflow(blocks, ggml_types[i].block_size, &bytes) ? UINT64_MAX
                                                                                   : bytes;
        }
    return 0;
}

static void check_tensors(struct sg_gguf *g, uint64_t *sizes)
{
    struct sg_gguf_tensor **order = calloc(g->tensors_read ? g->tensors_read : 1, sizeof *order);
    if (!order)
        return;
    for (size_t i = 0; i < g->tensors_read; i++)
        order[i] = &g->tensors[i];
    qsort(order, g->tensors_read, sizeof *order, tensor_by_offset);
    uint64_t prev_end = 0;
    for (size_t i = 0; i < g->tensors_read; i++) {
        struct sg_gguf_tensor *t = order[i];
        uint64_t sz = sizes[t - g->tensors];
        if (t->offset < prev_end)
            sg_fmt_problem_add(&g->problems, "overlapping-tensors", g->data_offset + t->offset,
                               "tensor '%.80s' overlaps the tensor before it", t->name);
        if (sz != UINT64_MAX && t->offset + sz > prev_end)
            prev_end = t->offset + sz;
    }
    free(order);
}

sg_err sg_gguf_read(sg_fmt_src *src, struct sg_gguf *g, struct sg_error *err)
{
    memset(g, 0, sizeof *g);
    g->file_size = src->size;
    g->file_type = -1;
    g->context_length = -1;
    g->alignment = 32;
    struct sg_error local = {0};
    struct cur c = {.src = src, .pos = 0, .err = &local};
    struct sg_fmt_problems *p = &g->problems;
    uint64_t *sizes = NULL;
    char *key = NULL;
    sg_err rc;
    uint8_t magic[4];
    uint32_t version;
    if ((rc = rd(&c, magic, 4)) != SG_OK || (rc = rd_u32(&c, &version)) != SG_OK)
        goto stop;
    if (memcmp(magic, "GGUF", 4) != 0) {
        sg_fmt_problem_add(p, "bad-magic", 0, "not a GGUF file");
        return SG_OK;
    }
    if (version >= 0x01000000 && __builtin_bswap32(version) <= 3) {
        g->version = __builtin_bswap32(version);
        sg_fmt_problem_add(p, "big-endian", 4, "big-endian GGUF is not supported");
        return SG_OK;
    }
    g->version = version;
    if (version < 1 || version > 3) {
        sg_fmt_problem_add(p, "bad-version", 4, "unsupported GGUF version %u", version);
        return SG_OK;
    }
    c.v1 = version == 1;
    if ((rc = rd_len(&c, &g->tensor_count)) != SG_OK || (rc = rd_len(&c, &g->kv_count)) != SG_OK)
        goto stop;
    /* A key/value takes at least 4+4 (v1) or 8+4 bytes plus one value byte;
     * a tensor info at least 4+4+8+4+8. */
    if (g->kv_count > SG_GGUF_MAX_KV || g->kv_count > left(&c) / 9) {
        sg_fmt_problem_add(p, "kv-count", 16, "%llu metadata entries cannot be in this file",
                           (unsigned long long)g->kv_count);
        return SG_OK;
    }
    if (g->tensor_count > SG_GGUF_MAX_TENSORS || g->tensor_count > left(&c) / 24) {
        sg_fmt_problem_add(p, "tensor-count", 8, "%llu tensors cannot be in this file",
                           (unsigned long long)g->tensor_count);
        return SG_OK;
    }
    if (!(g->metadata = json_object()))
        return sg_error_set(err, SG_ERR_NOMEM, src->name, NULL);
    for (uint64_t i = 0; i < g->kv_count; i++) {
        uint64_t at = c.pos;
        bool too_long = false;
        uint32_t type;
        json_t *v = NULL;
        if ((rc = rd_string(&c, &key, &too_long)) != SG_OK)
            goto stop;
        if (!key) {
            sg_fmt_problem_add(p, "key-too-long", at, "metadata key longer than %llu bytes",
                               (unsigned long long)SG_GGUF_MAX_STRING);
            goto stop_quiet;
        }
        if ((rc = rd_u32(&c, &type)) != SG_OK ||
            (rc = read_value(&c, g, type, 0, true, &v)) != SG_OK) {
            json_decref(v);
            goto stop;
        }
        if (json_object_get(g->metadata, key))
            sg_fmt_problem_add(p, "duplicate-key", at, "metadata key '%.80s' appears twice", key);
        if (json_object_set_new(g->metadata, key, v) != 0) {
            rc = sg_error_set(err, SG_ERR_NOMEM, src->name, NULL);
            goto out;
        }
        free(key);
        key = NULL;
    }
    json_t *al = json_object_get(g->metadata, "general.alignment");
    if (al) {
        json_int_t a = json_is_integer(al) ? json_integer_value(al) : 0;
        if (a <= 0 || a > (1 << 30) || (a & (a - 1))) {
            sg_fmt_problem_add(p, "bad-alignment", 0, "general.alignment is not a power of two");
        } else {
            g->alignment = (uint32_t)a;
        }
    }
    if (g->tensor_count &&
        (!(g->tensors = calloc((size_t)g->tensor_count, sizeof *g->tensors)) ||
         !(sizes = calloc((size_t)g->tensor_count, sizeof *sizes)))) {
        rc = sg_error_set(err, SG_ERR_NOMEM, src->name, NULL);
        goto out;
    }
    for (uint64_t i = 0; i < g->tensor_count; i++) {
        struct sg_gguf_tensor *t = &g->tensors[i];
        uint64_t at = c.pos;
        if ((rc = rd_string(&c, &t->name, NULL)) != SG_OK)
            goto stop;
        g->tensors_read++;
        if (!t->name) {
            sg_fmt_problem_add(p, "tensor-name", at, "tensor name too long");
            goto stop_quiet;
        }
        if ((rc = rd_u32(&c, &t->n_dims)) != SG_OK)
            goto stop;
        if (t->n_dims > SG_FMT_MAX_DIMS) {
            sg_fmt_problem_add(p, "tensor-dims", at, "tensor '%.80s' has %u dimensions", t->name,
                               t->n_dims);
            goto stop_quiet;
        }
        uint64_t elems = 1;
        bool overflow = false;
        for (uint32_t d = 0; d < t->n_dims; d++) {
            if ((rc = rd_len(&c, &t->dims[d])) != SG_OK)
                goto stop;
            overflow |= __builtin_mul_overflow(elems, t->dims[d], &elems);
        }
        if ((rc = rd_u32(&c, &t->type)) != SG_OK || (rc = rd_u64(&c, &t->offset)) != SG_OK)
            goto stop;
        bool known;
        sizes[i] = overflow ? UINT64_MAX : tensor_bytes(t, elems, &known);
        if (overflow || sizes[i] == UINT64_MAX) {
            sg_fmt_problem_add(p, "tensor-shape", at,
                               "tensor '%.80s' has an impossible shape for its type", t->name);
            sizes[i] = UINT64_MAX;
            continue;
        }
        if (!known)
            sg_fmt_problem_add(p, "unknown-tensor-type", at, "tensor '%.80s' has ggml type %u",
                               t->name, t->type);
        if (__builtin_add_overflow(g->parameter_count, elems, &g->parameter_count))
            g->parameter_count = UINT64_MAX;
        if (t->offset % g->alignment)
            sg_fmt_problem_add(p, "tensor-alignment", at,
                               "tensor '%.80s' offset %llu is not a multiple of %u", t->name,
                               (unsigned long long)t->offset, g->alignment);
    }
    g->data_offset = (c.pos + g->alignment - 1) / g->alignment * g->alignment;
    for (size_t i = 0; i < g->tensors_read; i++) {
        const struct sg_gguf_tensor *t = &g->tensors[i];
        if (sizes[i] == UINT64_MAX)
            continue;
        if (g->data_offset > src->size || t->offset > src->size - g->data_offset ||
            sizes[i] > src->size - g->data_offset - t->offset)
            sg_fmt_problem_add(p, "tensor-out-of-range", g->data_offset,
                               "tensor '%.80s' (%llu bytes at %llu) runs past the end of the file",
                               t->name, (unsigned long long)sizes[i],
                               (unsigned long long)t->offset);
    }
    check_tensors(g, sizes);
    g->header_ok = true;
    goto summary;

stop:
    /* The header could not be read to its end: what was read is kept, the
     * reason becomes a problem. I/O and memory failures are real errors. */
    if (rc != SG_ERR_PARSE && rc != SG_ERR_LIMIT) {
        if (err)
            *err = local;
        goto out;
    }
    sg_fmt_problem_add(p, rc == SG_ERR_LIMIT ? "limit" : "truncated", c.pos, "%s", local.reason);
stop_quiet:
    rc = SG_OK;
summary:
    if (g->metadata && (rc = summarise(g, err)) != SG_OK)
        goto out;
out:
    free(key);
    free(sizes);
    if (rc != SG_OK)
        sg_gguf_release(g);
    return rc;
}
