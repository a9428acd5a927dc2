/* internal.h - helpers shared by the format readers, not part of the API. */
#ifndef SG_FORMATS_INTERNAL_H
#define SG_FORMATS_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "saiguard/formats.h"

/* Makes len bytes of s (NUL-terminated at len) usable as JSON text: when they
 * are not valid UTF-8 or hold NUL bytes, every non-ASCII byte and NUL becomes
 * '?'. Format specs promise UTF-8 names; hostile files do not keep promises. */
void sg__fmt_text_fix(char *s, size_t len);

/* ---- FlatBuffers (TFLite models, Arrow IPC and Feather footers) ----------
 * A reader of the FlatBuffers binary layout through a byte source, without
 * generated code: tables, vtables, vectors and strings, each offset checked
 * against the source before use. Failures are sticky: the first bad offset
 * sets bad (and where), later calls return zeros, and the caller turns that
 * into one problem; only an I/O or memory failure is an error (io). */
struct sg__fb {
    sg_fmt_src *src;
    struct sg_error *err;
    sg_err io;       /* SG_OK, or the I/O or memory error that stopped reading */
    bool bad;        /* an offset, length or vtable left the buffer */
    bool over_budget; /* the source's read budget ran out (bad is set too) */
    uint64_t bad_at; /* where */
};

/* Also caps src's window fills at 4 KiB: tables sit all over a file, and a
 * growing window would read megabytes of weights between them. */
void sg__fb_init(struct sg__fb *fb, sg_fmt_src *src, struct sg_error *err);
/* The problem a failed read leaves ("bad-offset" or "limit"), if any. */
void sg__fb_problem(const struct sg__fb *fb, struct sg_fmt_problems *p);
uint8_t sg__fb_u8(struct sg__fb *fb, uint64_t off);
uint16_t sg__fb_u16(struct sg__fb *fb, uint64_t off);
uint32_t sg__fb_u32(struct sg__fb *fb, uint64_t off);
uint64_t sg__fb_u64(struct sg__fb *fb, uint64_t off);
/* The table an offset (uoffset_t) at off points to: off + u32(off). */
uint64_t sg__fb_deref(struct sg__fb *fb, uint64_t off);
/* Where field index of table lives, or 0 when absent (or on failure). */
uint64_t sg__fb_field(struct sg__fb *fb, uint64_t table, unsigned index);
/* Scalar fields with their schema defaults. */
uint64_t sg__fb_scalar(struct sg__fb *fb, uint64_t table, unsigned index, unsigned width,
                       uint64_t def);
/* A sub-table field: its position, 0 when absent. */
uint64_t sg__fb_table(struct sg__fb *fb, uint64_t table, unsigned index);
/* A vector field of elements of elem_size bytes: first element's position
 * and count (checked to fit in the buffer); false when absent. */
bool sg__fb_vector(struct sg__fb *fb, uint64_t table, unsigned index, size_t elem_size,
                   uint64_t *elems, uint64_t *count);
/* A string field, malloc'd and made JSON-safe, at most max bytes (longer
 * ones are cut); NULL when absent or on failure. */
char *sg__fb_string(struct sg__fb *fb, uint64_t table, unsigned index, size_t max);

#endif
