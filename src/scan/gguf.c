/* gguf.c - GGUF (llama.cpp) files: the metadata is parsed completely and
 * every count, length and offset is checked against the bytes that are
 * really there before it is used (huge tensor_count/kv_count and 2^63 string
 * lengths are the GGUF overflow class). Tensor descriptors are checked for
 * dimensions, known types, alignment and extent; tensor data is never read.
 * Chat templates (tokenizer.chat_template and every named
 * tokenizer.chat_template.<name>) go to the template checker. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scan_internal.h"

#define MAX_ARRAY_DEPTH 3
#define MAX_DIMS 4

struct rd {
    const uint8_t *d;
    size_t len, pos;
    bool bad;
    char why[200];
    int64_t bad_off;
};

static void fail(struct rd *r, const char *why)
{
    if (r->bad)
        return;
    r->bad = true;
    r->bad_off = (int64_t)r->pos;
    snprintf(r->why, sizeof r->why, "%s", why);
}

static uint64_t u(struct rd *r, int n)
{
    if (r->bad || r->len - r->pos < (size_t)n) {
        fail(r, "header runs past the end of the file");
        return 0;
    }
    uint64_t v = 0;
    for (int i = n - 1; i >= 0; i--)
        v = v << 8 | r->d[r->pos + (size_t)i];
    r->pos += (size_t)n;
    return v;
}

/* A length-prefixed string: returns a pointer into the file. */
static const char *str(struct rd *r, uint64_t *n)
{
    *n = u(r, 8);
    if (r->bad)
        return NULL;
    if (*n > r->len - r->pos) {
        fail(r, "string length runs past the end of the file");
        return NULL;
    }
    const char *s = (const char *)r->d + r->pos;
    r->pos += (size_t)*n;
    return s;
}

static const int scalar_size[] = {1, 1, 2, 2, 4, 4, 4, 1, 0, 0, 8, 8, 8};

static void skip_value(struct rd *r, uint32_t type, int depth)
{
    uint64_t n;
    if (type <= 12 && scalar_size[type]) {
        u(r, scalar_size[type]);
    } else if (type == 8) {
        str(r, &n);
    } else if (type == 9) {
        uint32_t et = (uint32_t)u(r, 4);
        uint64_t count = u(r, 8);
        if (r->bad)
            return;
        if (depth >= MAX_ARRAY_DEPTH) {
            fail(r, "arrays nested too deeply");
            return;
        }
        if (et > 12) {
            fail(r, "array of an unknown value type");
            return;
        }
        uint64_t min = et == 8 ? 8 : et == 9 ? 12 : (uint64_t)scalar_size[et];
        if (count > (r->len - r->pos) / (min ? min : 1)) {
            fail(r, "array count exceeds what the file can hold");
            return;
        }
        if (et != 8 && et != 9) {
            r->pos += (size_t)(count * min);
            return;
        }
        for (uint64_t i = 0; i < count && !r->bad; i++)
            skip_value(r, et, depth + 1);
    } else {
        fail(r, "unknown metadata value type");
    }
}

/* ggml types whose block layout is fixed and known: {block elements, bytes}. */
static bool type_size(uint32_t t, uint64_t *blk, uint64_t *bytes)
{
    static const struct {
        uint32_t type;
        uint64_t blk, bytes;
    } tbl[] = {{0, 1, 4},     {1, 1, 2},     {2, 32, 18},    {3, 32, 20},    {6, 32, 22},
               {7, 32, 24},   {8, 32, 34},   {9, 32, 36},    {10, 256, 84},  {11, 256, 110},
               {12, 256, 144}, {13, 256, 176}, {14, 256, 210}, {15, 256, 292}, {24, 1, 1},
               {25, 1, 2},    {26, 1, 4},    {27, 1, 8},     {28, 1, 8},     {30, 1, 2}};
    for (size_t i = 0; i < sizeof tbl / sizeof *tbl; i++)
        if (tbl[i].type == t) {
            *blk = tbl[i].blk;
            *bytes = tbl[i].bytes;
            return true;
        }
    return false;
}

static void gadd(struct sg__scan_job *job, const struct sg__scan_where *w, const char *rule,
                 enum sg_scan_severity sev, int64_t off, const char *what, const char *msg)
{
    sg__scan_add(job, w, "gguf", rule, sev, off, what, "%s", msg);
}

void sg__scan_gguf(struct sg__scan_job *job, const struct sg__scan_where *w, const uint8_t *data,
                   size_t len)
{
    struct rd r = {.d = data, .len = len, .pos = 4};
    char msg[600], key[512];
    uint32_t version = (uint32_t)u(&r, 4);
    uint64_t tensors = u(&r, 8), kvs = u(&r, 8);
    uint64_t alignment = 32;
    if (r.bad)
        goto bad;
    if (version < 2 || version > 3) {
        snprintf(msg, sizeof msg, "unsupported GGUF version %u", version);
        gadd(job, w, "SG-GGUF-001", SG_SCAN_MEDIUM, 4, NULL, msg);
    }
    /* every key/value needs at least 12 bytes, every tensor descriptor 24 */
    if (kvs > (len - r.pos) / 12 || tensors > (len - r.pos) / 24) {
        snprintf(msg, sizeof msg, "header claims %llu tensors and %llu metadata entries, more "
                 "than a %zu-byte file can hold (allocation-overflow attack on loaders)",
                 (unsigned long long)tensors, (unsigned long long)kvs, len);
        gadd(job, w, "SG-GGUF-002", SG_SCAN_HIGH, 8, NULL, msg);
        return;
    }
    for (uint64_t i = 0; i < kvs && !r.bad; i++) {
        uint64_t kn;
        int64_t koff = (int64_t)r.pos;
        const char *k = str(&r, &kn);
        uint32_t type = (uint32_t)u(&r, 4);
        if (r.bad)
            break;
        snprintf(key, sizeof key, "%.*s", (int)(kn < 500 ? kn : 500), k);
        if (type == 8 && strncmp(key, "tokenizer.chat_template", 23) == 0) {
            uint64_t vn;
            int64_t voff = (int64_t)r.pos + 8;
            const char *v = str(&r, &vn);
            if (v)
                sg__scan_gguf_template(job, w, key, v, (size_t)vn, voff);
            continue;
        }
        if (type == 4 && strcmp(key, "general.alignment") == 0) {
            alignment = u(&r, 4);
            if (!alignment || (alignment & (alignment - 1))) {
                gadd(job, w, "SG-GGUF-001", SG_SCAN_HIGH, koff, key,
                     "general.alignment is not a power of two");
                alignment = 32;
            }
            continue;
        }
        skip_value(&r, type, 0);
    }
    if (r.bad)
        goto bad;
    /* tensor descriptors */
    struct tinfo {
        uint64_t off, size;
    } *ti = calloc(tensors ? tensors : 1, sizeof *ti);
    if (!ti)
        return;
    uint64_t nt = 0;
    for (uint64_t i = 0; i < tensors && !r.bad; i++) {
        uint64_t nn;
        const char *name = str(&r, &nn);
        uint32_t nd = (uint32_t)u(&r, 4);
        if (r.bad)
            break;
        snprintf(key, sizeof key, "%.*s", (int)(nn < 200 ? nn : 200), name);
        if (nd == 0 || nd > MAX_DIMS) {
            snprintf(msg, sizeof msg, "tensor '%s' has %u dimensions", key, nd);
            gadd(job, w, "SG-GGUF-001", SG_SCAN_HIGH, (int64_t)r.pos, key, msg);
            fail(&r, "bad tensor descriptor");
            break;
        }
        unsigned __int128 elems = 1;
        for (uint32_t d = 0; d < nd; d++) {
            elems *= u(&r, 8);
            if (elems > ((unsigned __int128)1 << 80))
                elems = (unsigned __int128)1 << 80;
        }
        uint32_t type = (uint32_t)u(&r, 4);
        uint64_t off = u(&r, 8);
        if (r.bad)
            break;
        if (off % alignment) {
            snprintf(msg, sizeof msg, "tensor '%s' offset %llu is not aligned to %llu", key,
                     (unsigned long long)off, (unsigned long long)alignment);
            gadd(job, w, "SG-GGUF-001", SG_SCAN_MEDIUM, (int64_t)r.pos, key, msg);
        }
        uint64_t blk, bytes;
        if (type_size(type, &blk, &bytes)) {
            unsigned __int128 size = (elems + blk - 1) / blk * bytes;
            ti[nt].off = off;
            ti[nt].size = size > UINT64_MAX ? UINT64_MAX : (uint64_t)size;
            nt++;
        } else if (type > 41) {
            snprintf(msg, sizeof msg, "tensor '%s' has unknown type %u", key, type);
            gadd(job, w, "SG-GGUF-001", SG_SCAN_MEDIUM, (int64_t)r.pos, key, msg);
        }
    }
    if (!r.bad) {
        uint64_t data_start = (r.pos + alignment - 1) / alignment * alignment;
        uint64_t avail = data_start <= len ? len - data_start : 0;
        for (uint64_t i = 0; i < nt; i++)
            if (ti[i].off > avail || ti[i].size > avail - ti[i].off) {
                snprintf(msg, sizeof msg, "a tensor's data (offset %llu, %llu bytes) lies beyond "
                         "the end of the file", (unsigned long long)ti[i].off,
                         (unsigned long long)ti[i].size);
                gadd(job, w, "SG-GGUF-001", SG_SCAN_HIGH, (int64_t)data_start, NULL, msg);
                break;
            }
    }
    free(ti);
    if (!r.bad)
        return;
bad:
    snprintf(msg, sizeof msg, "malformed GGUF header: %s", r.why);
    gadd(job, w, "SG-GGUF-001", SG_SCAN_HIGH, r.bad_off, NULL, msg);
}
