/* parquet.c - the Parquet footer: "PAR1", Thrift-compact FileMetaData, a
 * 4-byte footer length and "PAR1" again. We want num_rows, the schema size,
 * the row-group count and created_by, and skip everything else.
 *
 * By hand because the only Thrift/Parquet readers in Debian are Apache
 * Arrow's C++ libraries (a very large dependency for four fields); the
 * compact protocol's skipping rules are short, and every length and count
 * below is checked against the footer's bytes and a nesting limit. */
#include "saiguard/formats.h"

#include <stdlib.h>
#include <string.h>

#include "formats/internal.h"

enum { MAX_DEPTH = 32 };

/* Thrift compact types */
enum {
    T_STOP = 0, T_TRUE = 1, T_FALSE = 2, T_BYTE = 3, T_I16 = 4, T_I32 = 5, T_I64 = 6,
    T_DOUBLE = 7, T_BINARY = 8, T_LIST = 9, T_SET = 10, T_MAP = 11, T_STRUCT = 12,
};

struct tc {
    const uint8_t *p, *end;
    const uint8_t *base;
    bool bad;
};

static uint64_t varint(struct tc *t)
{
    uint64_t v;
    if (t->bad || sg_pb_varint(&t->p, t->end, &v) != SG_OK) {
        t->bad = true;
        return 0;
    }
    return v;
}

static int64_t zigzag(struct tc *t)
{
    uint64_t v = varint(t);
    return (int64_t)(v >> 1) ^ -(int64_t)(v & 1);
}

static uint8_t byte(struct tc *t)
{
    if (t->bad || t->p >= t->end) {
        t->bad = true;
        return 0;
    }
    return *t->p++;
}

static void skip_bytes(struct tc *t, uint64_t n)
{
    if (t->bad || n > (uint64_t)(t->end - t->p)) {
        t->bad = true;
        return;
    }
    t->p += n;
}

static void skip(struct tc *t, int type, int depth);

/* A list or set header; returns the element count, *etype the element type. */
static uint64_t list_header(struct tc *t, int *etype)
{
    uint8_t h = byte(t);
    uint64_t n = h >> 4;
    *etype = h & 0x0f;
    if (n == 15)
        n = varint(t);
    /* every element takes at least one byte, booleans included */
    if (n > (uint64_t)(t->end - t->p))
        t->bad = true;
    return t->bad ? 0 : n;
}

static void skip_struct(struct tc *t, int depth)
{
    if (depth > MAX_DEPTH) {
        t->bad = true;
        return;
    }
    while (!t->bad) {
        uint8_t h = byte(t);
        if ((h & 0x0f) == T_STOP)
            return;
        if ((h >> 4) == 0)
            (void)zigzag(t); /* long-form field id */
        skip(t, h & 0x0f, depth + 1);
    }
}

static void skip(struct tc *t, int type, int depth)
{
    if (depth > MAX_DEPTH) {
        t->bad = true;
        return;
    }
    switch (type) {
    case T_TRUE: case T_FALSE: return; /* the value is in the type (struct fields) */
    case T_BYTE: skip_bytes(t, 1); return;
    case T_I16: case T_I32: case T_I64: (void)varint(t); return;
    case T_DOUBLE: skip_bytes(t, 8); return;
    case T_BINARY: skip_bytes(t, varint(t)); return;
    case T_LIST:
    case T_SET: {
        int et;
        uint64_t n = list_header(t, &et);
        for (uint64_t i = 0; i < n && !t->bad; i++) {
            if (et == T_TRUE || et == T_FALSE)
                skip_bytes(t, 1); /* list booleans take a byte each */
            else
                skip(t, et, depth + 1);
        }
        return;
    }
    case T_MAP: {
        uint64_t n = varint(t);
        if (n == 0)
            return;
        if (n > (uint64_t)(t->end - t->p)) {
            t->bad = true;
            return;
        }
        uint8_t kv = byte(t);
        for (uint64_t i = 0; i < n && !t->bad; i++) {
            skip(t, kv >> 4, depth + 1);
            skip(t, kv & 0x0f, depth + 1);
        }
        return;
    }
    case T_STRUCT: skip_struct(t, depth + 1); return;
    default: t->bad = true; return;
    }
}

void sg_parquet_release(struct sg_parquet *pq)
{
    if (!pq)
        return;
    free(pq->created_by);
    memset(pq, 0, sizeof *pq);
}

sg_err sg_parquet_read(sg_fmt_src *src, struct sg_parquet *pq, struct sg_error *err)
{
    memset(pq, 0, sizeof *pq);
    pq->num_rows = pq->columns = pq->row_groups = -1;
    struct sg_fmt_problems *p = &pq->problems;
    uint8_t tail[8], head[4];
    sg_err rc;
    if (src->size < 12) {
        sg_fmt_problem_add(p, "truncated", 0, "shorter than a Parquet header and footer");
        return SG_OK;
    }
    if ((rc = sg_fmt_src_read(src, 0, head, 4, err)) != SG_OK ||
        (rc = sg_fmt_src_read(src, src->size - 8, tail, 8, err)) != SG_OK)
        return rc;
    if (memcmp(head, "PAR1", 4) != 0 || memcmp(tail + 4, "PAR1", 4) != 0) {
        sg_fmt_problem_add(p, "bad-magic", memcmp(head, "PAR1", 4) ? 0 : src->size - 4,
                           "missing PAR1 magic (unfinished or encrypted file?)");
        return SG_OK;
    }
    uint64_t len = (uint64_t)tail[0] | (uint64_t)tail[1] << 8 | (uint64_t)tail[2] << 16 |
                   (uint64_t)tail[3] << 24;
    if (len > SG_PARQUET_MAX_FOOTER || len > src->size - 12) {
        sg_fmt_problem_add(p, "footer-length", src->size - 8,
                           "footer length %llu does not fit the file", (unsigned long long)len);
        return SG_OK;
    }
    uint64_t at = src->size - 8 - len;
    uint8_t *buf = malloc(len ? (size_t)len : 1);
    if (!buf)
        return sg_error_set(err, SG_ERR_NOMEM, src->name, NULL);
    if ((rc = sg_fmt_src_read(src, at, buf, (size_t)len, err)) != SG_OK) {
        free(buf);
        return rc;
    }
    struct tc t = {.p = buf, .end = buf + len, .base = buf};
    int16_t id = 0;
    while (!t.bad) {
        uint8_t h = byte(&t);
        int type = h & 0x0f;
        if (t.bad || type == T_STOP)
            break;
        id = (h >> 4) ? (int16_t)(id + (h >> 4)) : (int16_t)zigzag(&t);
        if (id == 2 && type == T_LIST) { /* schema: the root, then its descendants */
            int et;
            uint64_t n = list_header(&t, &et);
            pq->columns = n ? (int64_t)n - 1 : 0;
            for (uint64_t i = 0; i < n && !t.bad; i++)
                skip(&t, et, 1);
        } else if (id == 3 && type == T_I64) {
            pq->num_rows = zigzag(&t);
        } else if (id == 4 && type == T_LIST) {
            int et;
            uint64_t n = list_header(&t, &et);
            pq->row_groups = (int64_t)n;
            for (uint64_t i = 0; i < n && !t.bad; i++)
                skip(&t, et, 1);
        } else if (id == 6 && type == T_BINARY) {
            uint64_t n = varint(&t);
            if (!t.bad && n <= 4096 && n <= (uint64_t)(t.end - t.p)) {
                free(pq->created_by);
                if ((pq->created_by = malloc((size_t)n + 1))) {
                    memcpy(pq->created_by, t.p, (size_t)n);
                    pq->created_by[n] = '\0';
                    sg__fmt_text_fix(pq->created_by, (size_t)n);
                }
            }
            skip_bytes(&t, n);
        } else {
            skip(&t, type, 1);
        }
    }
    if (t.bad)
        sg_fmt_problem_add(p, "footer-malformed", at + (uint64_t)(t.p - buf),
                           "FileMetaData is malformed");
    else
        pq->footer_ok = true;
    if (pq->num_rows < -1)
        sg_fmt_problem_add(p, "negative-rows", at, "negative row count");
    free(buf);
    return SG_OK;
}
