/* flatbuf.c - a bounds-checked reader of the FlatBuffers layout (see
 * internal.h). By hand because Debian's flatbuffers packages generate C++
 * (and flatcc's runtime verifies whole buffers in memory, while we read
 * multi-GB models through a small window): the layout needs only
 * little-endian loads, offsets and a vtable look-up, each checked here. */
#include <stdlib.h>
#include <string.h>

#include "formats/internal.h"

void sg__fb_init(struct sg__fb *fb, sg_fmt_src *src, struct sg_error *err)
{
    memset(fb, 0, sizeof *fb);
    fb->src = src;
    fb->err = err;
    src->win_max = 4096;
}

void sg__fb_problem(const struct sg__fb *fb, struct sg_fmt_problems *p)
{
    if (fb->over_budget)
        sg_fmt_problem_add(p, "limit", fb->bad_at, "metadata larger than the read budget");
    else if (fb->bad)
        sg_fmt_problem_add(p, "bad-offset", fb->bad_at, "offset or length outside the file");
}

static bool fail(struct sg__fb *fb, uint64_t at)
{
    if (!fb->bad) {
        fb->bad = true;
        fb->bad_at = at;
    }
    return false;
}

static bool load(struct sg__fb *fb, uint64_t off, void *dst, size_t n)
{
    memset(dst, 0, n);
    if (fb->bad || fb->io)
        return false;
    if (off > fb->src->size || n > fb->src->size - off)
        return fail(fb, off);
    struct sg_error e = {0};
    sg_err rc = sg_fmt_src_read(fb->src, off, dst, n, &e);
    if (rc == SG_ERR_PARSE || rc == SG_ERR_LIMIT) {
        fb->over_budget = rc == SG_ERR_LIMIT;
        return fail(fb, off);
    }
    if (rc != SG_OK) {
        fb->io = rc;
        if (fb->err)
            *fb->err = e;
        memset(dst, 0, n);
        return false;
    }
    return true;
}

static uint64_t le(const uint8_t *b, size_t n)
{
    uint64_t v = 0;
    for (size_t i = n; i-- > 0;)
        v = v << 8 | b[i];
    return v;
}

#define LOADER(name, type, n)                                                                     \
    type name(struct sg__fb *fb, uint64_t off)                                                    \
    {                                                                                             \
        uint8_t b[n];                                                                             \
        return load(fb, off, b, n) ? (type)le(b, n) : 0;                                          \
    }
LOADER(sg__fb_u8, uint8_t, 1)
LOADER(sg__fb_u16, uint16_t, 2)
LOADER(sg__fb_u32, uint32_t, 4)
LOADER(sg__fb_u64, uint64_t, 8)

uint64_t sg__fb_deref(struct sg__fb *fb, uint64_t off)
{
    uint32_t rel = sg__fb_u32(fb, off);
    if (fb->bad || fb->io)
        return 0;
    if (rel == 0 || off + rel >= fb->src->size) /* an offset of 0 would point at itself */
        return fail(fb, off), 0;
    return off + rel;
}

uint64_t sg__fb_field(struct sg__fb *fb, uint64_t table, unsigned index)
{
    if (!table)
        return 0;
    int32_t soff = (int32_t)sg__fb_u32(fb, table);
    int64_t vt = (int64_t)table - soff;
    if (fb->bad || fb->io)
        return 0;
    if (vt < 0 || (uint64_t)vt + 4 > fb->src->size)
        return fail(fb, table), 0;
    uint16_t vsize = sg__fb_u16(fb, (uint64_t)vt), tsize = sg__fb_u16(fb, (uint64_t)vt + 2);
    if (vsize < 4 || (vsize & 1))
        return fail(fb, (uint64_t)vt), 0;
    if (4 + 2 * (uint64_t)index + 2 > vsize)
        return 0; /* a newer field than the writer knew: absent */
    uint16_t off = sg__fb_u16(fb, (uint64_t)vt + 4 + 2 * (uint64_t)index);
    if (!off)
        return 0;
    if (off >= tsize || table + off >= fb->src->size)
        return fail(fb, (uint64_t)vt), 0;
    return table + off;
}

uint64_t sg__fb_scalar(struct sg__fb *fb, uint64_t table, unsigned index, unsigned width,
                       uint64_t def)
{
    uint64_t at = sg__fb_field(fb, table, index);
    if (!at)
        return def;
    switch (width) {
    case 1: return sg__fb_u8(fb, at);
    case 2: return sg__fb_u16(fb, at);
    case 4: return sg__fb_u32(fb, at);
    default: return sg__fb_u64(fb, at);
    }
}

uint64_t sg__fb_table(struct sg__fb *fb, uint64_t table, unsigned index)
{
    uint64_t at = sg__fb_field(fb, table, index);
    return at ? sg__fb_deref(fb, at) : 0;
}

bool sg__fb_vector(struct sg__fb *fb, uint64_t table, unsigned index, size_t elem_size,
                   uint64_t *elems, uint64_t *count)
{
    *elems = *count = 0;
    uint64_t v = sg__fb_table(fb, table, index);
    if (!v)
        return false;
    uint64_t n = sg__fb_u32(fb, v);
    if (fb->bad || fb->io)
        return false;
    if (v + 4 > fb->src->size || n > (fb->src->size - v - 4) / (elem_size ? elem_size : 1))
        return fail(fb, v);
    *elems = v + 4;
    *count = n;
    return true;
}

char *sg__fb_string(struct sg__fb *fb, uint64_t table, unsigned index, size_t max)
{
    uint64_t at, n;
    if (!sg__fb_vector(fb, table, index, 1, &at, &n))
        return NULL;
    size_t len = n > max ? max : (size_t)n;
    char *s = malloc(len + 1);
    if (!s) {
        fb->io = SG_ERR_NOMEM;
        return NULL;
    }
    if (len && !load(fb, at, s, len)) {
        free(s);
        return NULL;
    }
    s[len] = '\0';
    sg__fmt_text_fix(s, len);
    return s;
}
