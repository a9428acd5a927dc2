/* pbw.h - a tiny protobuf and GGUF byte writer for building test fixtures. */
#ifndef SG_TEST_PBW_H
#define SG_TEST_PBW_H

#include <stdint.h>
#include <string.h>

#include "saiguard/buf.h"

static inline void pbw_varint(sg_buf *b, uint64_t v)
{
    do {
        uint8_t c = (uint8_t)(v & 0x7f);
        v >>= 7;
        if (v)
            c |= 0x80;
        if (sg_buf_append_byte(b, c)) {}
    } while (v);
}
static inline void pbw_int(sg_buf *b, uint32_t field, uint64_t v)
{
    pbw_varint(b, (uint64_t)field << 3);
    pbw_varint(b, v);
}
static inline void pbw_bytes(sg_buf *b, uint32_t field, const void *p, size_t n)
{
    pbw_varint(b, (uint64_t)field << 3 | 2);
    pbw_varint(b, n);
    if (sg_buf_append(b, p, n)) {}
}
static inline void pbw_str(sg_buf *b, uint32_t field, const char *s)
{
    pbw_bytes(b, field, s, strlen(s));
}
/* Appends sub as a nested message and empties it. */
static inline void pbw_msg(sg_buf *b, uint32_t field, sg_buf *sub)
{
    pbw_bytes(b, field, sub->data ? sub->data : "", sub->len);
    sg_buf_reset(sub);
}
static inline void le32(sg_buf *b, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        if (sg_buf_append_byte(b, (uint8_t)(v >> (8 * i)))) {}
}
static inline void le64(sg_buf *b, uint64_t v)
{
    for (int i = 0; i < 8; i++)
        if (sg_buf_append_byte(b, (uint8_t)(v >> (8 * i)))) {}
}
static inline void gstr(sg_buf *b, const char *s)
{
    le64(b, strlen(s));
    if (sg_buf_append(b, s, strlen(s))) {}
}
#endif
