/* protobuf.c - the protobuf wire format without schemas: tag iteration,
 * varints, fixed-width values and length-delimited fields, bounds-checked
 * against the enclosing message, with a nesting limit.
 *
 * Why by hand and not protobuf-c: protobuf-c needs the ONNX and TensorFlow
 * .proto files compiled into the binary and decodes whole messages into
 * memory (a 2 GB initializer included). We read a handful of fields and must
 * skip payloads without touching them, which is what a wire-level iterator
 * over a random-access source gives; it is about 100 lines to audit. */
#include "saiguard/formats.h"

#include <stdlib.h>
#include <string.h>

sg_err sg_pb_varint(const uint8_t **p, const uint8_t *end, uint64_t *out)
{
    uint64_t v = 0;
    const uint8_t *q = *p;
    for (int i = 0; i < 10; i++) {
        if (q >= end)
            return SG_ERR_PARSE;
        uint8_t b = *q++;
        /* The 10th byte may only carry the top bit of a 64-bit value. */
        if (i == 9 && b > 1)
            return SG_ERR_PARSE;
        v |= (uint64_t)(b & 0x7f) << (7 * i);
        if (!(b & 0x80)) {
            *out = v;
            *p = q;
            return SG_OK;
        }
    }
    return SG_ERR_PARSE;
}

void sg_pb_begin(struct sg_pb_reader *r, sg_fmt_src *src, uint64_t off, uint64_t len)
{
    r->src = src;
    r->pos = off;
    r->end = off + len;
    r->depth = 0;
}

/* Reads a varint at r->pos, within the message. */
static sg_err read_varint(struct sg_pb_reader *r, uint64_t *out, struct sg_error *err)
{
    uint8_t tmp[10];
    uint64_t avail = r->end - r->pos;
    size_t n = avail < sizeof tmp ? (size_t)avail : sizeof tmp;
    sg_err rc = sg_fmt_src_read(r->src, r->pos, tmp, n, err);
    if (rc != SG_OK)
        return rc;
    const uint8_t *p = tmp;
    if (sg_pb_varint(&p, tmp + n, out) != SG_OK)
        return sg_error_set(err, SG_ERR_PARSE, r->src->name, "protobuf: bad varint at offset %llu",
                            (unsigned long long)r->pos);
    r->pos += (uint64_t)(p - tmp);
    return SG_OK;
}

sg_err sg_pb_next(struct sg_pb_reader *r, struct sg_pb_field *f, struct sg_error *err)
{
    memset(f, 0, sizeof *f);
    if (r->pos >= r->end)
        return SG_OK;
    uint64_t at = r->pos, tag;
    sg_err rc = read_varint(r, &tag, err);
    if (rc != SG_OK)
        return rc;
    uint64_t number = tag >> 3;
    if (number == 0 || number > 0x1fffffff)
        return sg_error_set(err, SG_ERR_PARSE, r->src->name,
                            "protobuf: invalid field number at offset %llu",
                            (unsigned long long)at);
    f->number = (uint32_t)number;
    f->wire = (enum sg_pb_wire)(tag & 7);
    switch (tag & 7) {
    case SG_PB_VARINT:
        rc = read_varint(r, &f->value, err);
        f->offset = at;
        return rc;
    case SG_PB_I64:
    case SG_PB_I32: {
        size_t n = (tag & 7) == SG_PB_I64 ? 8 : 4;
        uint8_t b[8] = {0};
        if (r->end - r->pos < n)
            return sg_error_set(err, SG_ERR_PARSE, r->src->name,
                                "protobuf: fixed field runs past its message at offset %llu",
                                (unsigned long long)at);
        rc = sg_fmt_src_read(r->src, r->pos, b, n, err);
        if (rc != SG_OK)
            return rc;
        for (size_t i = 0; i < n; i++)
            f->value |= (uint64_t)b[i] << (8 * i);
        f->offset = r->pos;
        r->pos += n;
        return SG_OK;
    }
    case SG_PB_LEN:
        rc = read_varint(r, &f->value, err);
        if (rc != SG_OK)
            return rc;
        if (f->value > r->end - r->pos)
            return sg_error_set(
                err, SG_ERR_PARSE, r->src->name,
                "protobuf: field %u of %llu bytes runs past its message at offset %llu", f->number,
                (unsigned long long)f->value, (unsigned long long)at);
        f->offset = r->pos;
        r->pos += f->value;
        return SG_OK;
    default:
        /* Groups (3, 4) are deprecated and unused by ONNX/TensorFlow; 6 and 7
         * do not exist. Either way the rest of the message cannot be framed. */
        return sg_error_set(err, SG_ERR_PARSE, r->src->name,
                            "protobuf: unsupported wire type %u at offset %llu",
                            (unsigned)(tag & 7), (unsigned long long)at);
    }
}

sg_err sg_pb_enter(const struct sg_pb_reader *r, const struct sg_pb_field *f,
                   struct sg_pb_reader *child, struct sg_error *err)
{
    if (f->wire != SG_PB_LEN)
        return sg_error_set(err, SG_ERR_PARSE, r->src->name, "protobuf: field %u is not a message",
                            f->number);
    if (r->depth + 1 > SG_PB_MAX_DEPTH)
        return sg_error_set(err, SG_ERR_LIMIT, r->src->name,
                            "protobuf: messages nested deeper than %d", SG_PB_MAX_DEPTH);
    child->src = r->src;
    child->pos = f->offset;
    child->end = f->offset + f->value;
    child->depth = r->depth + 1;
    return SG_OK;
}

sg_err sg_pb_string(const struct sg_pb_reader *r, const struct sg_pb_field *f, size_t max,
                    char **out, struct sg_error *err)
{
    *out = NULL;
    if (f->wire != SG_PB_LEN)
        return sg_error_set(err, SG_ERR_PARSE, r->src->name, "protobuf: field %u is not a string",
                            f->number);
    if (f->value > max)
        return sg_error_set(err, SG_ERR_LIMIT, r->src->name,
                            "protobuf: string field %u of %llu bytes exceeds %zu", f->number,
                            (unsigned long long)f->value, max);
    char *s = malloc((size_t)f->value + 1);
    if (!s)
        return sg_error_set(err, SG_ERR_NOMEM, r->src->name, NULL);
    sg_err rc = sg_fmt_src_read(r->src, f->offset, s, (size_t)f->value, err);
    if (rc != SG_OK) {
        free(s);
        return rc;
    }
    s[f->value] = '\0';
    *out = s;
    return SG_OK;
}
