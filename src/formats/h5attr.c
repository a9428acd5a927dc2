/* h5attr.c - string attributes of an HDF5 root group, read by hand (see
 * formats.h). libhdf5 opens the whole object graph of a file and has a
 * record of memory-safety bugs on crafted files; the inventory meets every
 * .h5 on a machine, so it reads the two or three attributes it wants from
 * bytes it bounds itself: an attribute message (HDF5 format spec, "Attribute
 * Message", versions 1 to 3) in the head, and for variable-length strings
 * one object of a global heap collection ("GCOL"). */
#include "saiguard/formats.h"

#include <stdlib.h>
#include <string.h>

#include "formats/internal.h"

enum { MAX_OCCURRENCES = 16, MAX_HEAP_OBJECTS = 65536 };

static uint64_t le(const uint8_t *b, size_t n)
{
    uint64_t v = 0;
    for (size_t i = n; i-- > 0;)
        v = v << 8 | b[i];
    return v;
}

static uint64_t pad8(uint64_t n)
{
    return (n + 7) & ~(uint64_t)7;
}

/* Reads [off, off + n) of src when it exists; false otherwise. *rc is set
 * on an I/O failure (the only error). */
static bool get(sg_fmt_src *src, uint64_t off, void *dst, size_t n, sg_err *rc,
                struct sg_error *err)
{
    if (off > src->size || n > src->size - off)
        return false;
    sg_err r = sg_fmt_src_read(src, off, dst, n, err);
    if (r != SG_OK && r != SG_ERR_PARSE && r != SG_ERR_LIMIT)
        *rc = r;
    return r == SG_OK;
}

/* The string of n bytes at off (cut at max bytes and at a NUL), JSON-safe. */
static sg_err read_string(sg_fmt_src *src, uint64_t off, uint64_t n, size_t max, char **out,
                          struct sg_error *err)
{
    size_t len = n < max ? (size_t)n : max;
    char *buf = malloc(len + 1);
    if (!buf)
        return SG_ERR_NOMEM;
    sg_err rc = SG_OK;
    if (!get(src, off, buf, len, &rc, err)) {
        free(buf);
        return rc;
    }
    buf[len] = '\0';
    len = strlen(buf);
    sg__fmt_text_fix(buf, len);
    *out = buf;
    return SG_OK;
}

/* Object `index` of the global heap collection at addr, into *out. */
static sg_err heap_object(sg_fmt_src *src, uint64_t addr, uint32_t index, unsigned lsize,
                          size_t max, char **out, struct sg_error *err)
{
    uint8_t h[16];
    sg_err rc = SG_OK;
    if (!get(src, addr, h, 8 + lsize, &rc, err) || memcmp(h, "GCOL", 4) != 0 || h[4] != 1)
        return rc;
    uint64_t size = le(h + 8, lsize), pos = addr + 8 + lsize;
    if (size > src->size - addr)
        return SG_OK;
    for (int i = 0; i < MAX_HEAP_OBJECTS && pos + 8 + lsize <= addr + size; i++) {
        uint8_t o[16];
        if (!get(src, pos, o, 8 + lsize, &rc, err))
            return rc;
        uint16_t idx = (uint16_t)le(o, 2);
        uint64_t osize = le(o + 8, lsize), data = pos + 8 + lsize;
        if (idx == 0 || osize > addr + size - data) /* free space, or a broken object */
            return SG_OK;
        if (idx == index)
            return read_string(src, data, osize, max, out, err);
        pos = data + pad8(osize);
    }
    return SG_OK;
}

/* The value of the attribute message whose name starts at p, for message
 * header version ver; SG_OK with *out NULL when it is not one. */
static sg_err decode(sg_fmt_src *src, const uint8_t *head, size_t p, size_t nlen, int ver,
                     unsigned osize, unsigned lsize, size_t max, char **out, struct sg_error *err)
{
    size_t hlen = ver == 3 ? 9 : 8;
    if (p < hlen)
        return SG_OK;
    const uint8_t *h = head + p - hlen;
    if (h[0] != ver || le(h + 2, 2) != nlen || (ver == 3 && h[8] > 1))
        return SG_OK;
    uint64_t dt_size = le(h + 4, 2), ds_size = le(h + 6, 2);
    uint64_t dt = p + (ver == 1 ? pad8(nlen) : nlen);
    uint64_t ds = dt + (ver == 1 ? pad8(dt_size) : dt_size);
    uint64_t data = ds + (ver == 1 ? pad8(ds_size) : ds_size);
    uint8_t t[8];
    sg_err rc = SG_OK;
    if (dt_size < 8 || !get(src, dt, t, sizeof t, &rc, err))
        return rc;
    unsigned cls = t[0] & 0x0f;
    uint64_t size = le(t + 4, 4);
    if (cls == 3) /* fixed-length string: the value follows */
        return read_string(src, data, size, max, out, err);
    if (cls == 9 && (t[1] & 0x0f) == 1 && osize == 8) {
        /* variable-length string: sequence length, then a global heap id
         * (collection address, object index) */
        uint8_t id[16];
        if (!get(src, data, id, 4 + osize + 4, &rc, err))
            return rc;
        return heap_object(src, le(id + 4, osize), (uint32_t)le(id + 4 + osize, 4), lsize, max,
                           out, err);
    }
    return SG_OK;
}

sg_err sg_h5_string_attr(sg_fmt_src *src, const uint8_t *head, size_t head_len, const char *name,
                         size_t max, char **out, struct sg_error *err)
{
    *out = NULL;
    if (head_len < 16 || memcmp(head, "\x89HDF\r\n\x1a\n", 8) != 0)
        return SG_OK;
    /* the superblock's sizes of offsets and lengths */
    unsigned osize = head[8] <= 1 ? head[13] : head[9], lsize = head[8] <= 1 ? head[14] : head[10];
    if ((osize != 4 && osize != 8) || (lsize != 4 && lsize != 8))
        return SG_OK;
    size_t nlen = strlen(name) + 1; /* stored with its NUL */
    const uint8_t *at = head, *end = head + head_len;
    for (int i = 0; i < MAX_OCCURRENCES && at < end; i++) {
        const uint8_t *hit = memmem(at, (size_t)(end - at), name, nlen);
        if (!hit)
            break;
        size_t p = (size_t)(hit - head);
        for (int ver = 1; ver <= 3 && !*out; ver++) {
            sg_err rc = decode(src, head, p, nlen, ver, osize, lsize, max, out, err);
            if (rc != SG_OK)
                return rc == SG_ERR_NOMEM ? sg_error_set(err, rc, src->name, NULL) : rc;
        }
        if (*out)
            return SG_OK;
        at = hit + 1;
    }
    return SG_OK;
}
