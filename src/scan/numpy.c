/* numpy.c - .npy arrays (and, through the zip reader, .npz). The header is
 * a Python dict literal; object arrays carry a pickle after it, which is
 * handed to the pickle machine. Plain arrays are checked for a size that
 * matches shape x itemsize. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scan_internal.h"

static void bad(struct sg__scan_job *job, const struct sg__scan_where *w, int64_t off,
                const char *why)
{
    sg__scan_add(job, w, "numpy", "SG-NPY-002", SG_SCAN_MEDIUM, off, NULL,
                 "malformed .npy header: %s", why);
}

/* Finds 'key': in the header and returns the text after the colon. */
static const char *find_key(const char *h, size_t n, const char *key)
{
    char pat[32];
    snprintf(pat, sizeof pat, "'%s'", key);
    size_t pl = strlen(pat);
    for (size_t i = 0; i + pl <= n; i++)
        if (memcmp(h + i, pat, pl) == 0) {
            const char *p = h + i + pl, *end = h + n;
            while (p < end && (*p == ' ' || *p == ':'))
                p++;
            return p < end ? p : NULL;
        }
    return NULL;
}

/* The run of decimal digits at p, not past end, saturating at UINT64_MAX
 * (strtoull would read on past end when the digits reach it). */
static uint64_t digits_at(const char *p, const char *end)
{
    uint64_t v = 0;
    for (; p < end && *p >= '0' && *p <= '9'; p++) {
        unsigned d = (unsigned)(*p - '0');
        v = v > (UINT64_MAX - d) / 10 ? UINT64_MAX : v * 10 + d;
    }
    return v;
}

/* Bytes per element of a simple descr such as '<f4', '|b1', '<U10'. */
static uint64_t itemsize(const char *d, size_t n)
{
    if (n < 2)
        return 0;
    char t = d[1];
    uint64_t count = digits_at(d + 2, d + n);
    if (t == 'U')
        return count * 4;
    return count;
}

void sg__scan_npy(struct sg__scan_job *job, const struct sg__scan_where *w, const uint8_t *data,
                  size_t len)
{
    if (len < 10)
        return bad(job, w, 0, "shorter than the fixed preamble");
    int major = data[6];
    size_t hl, start;
    if (major == 1) {
        hl = (size_t)data[8] | (size_t)data[9] << 8;
        start = 10;
    } else if (major == 2 || major == 3) {
        if (len < 12)
            return bad(job, w, 0, "shorter than the fixed preamble");
        hl = (size_t)data[8] | (size_t)data[9] << 8 | (size_t)data[10] << 16 |
             (size_t)data[11] << 24;
        start = 12;
    } else {
        return bad(job, w, 6, "unknown format version");
    }
    if (hl > len - start)
        return bad(job, w, 8, "header length runs past the end of the data");
    const char *h = (const char *)data + start;
    const char *descr = find_key(h, hl, "descr"), *shape = find_key(h, hl, "shape");
    if (!descr || !shape || h[0] != '{')
        return bad(job, w, (int64_t)start, "no 'descr' or 'shape' in the header dict");
    size_t body = start + hl;
    const char *hend = h + hl;
    bool object = false, simple = false;
    size_t dlen = 0;
    if (*descr == '\'') {
        const char *q = memchr(descr + 1, '\'', (size_t)(hend - descr - 1));
        if (!q)
            return bad(job, w, (int64_t)start, "unterminated descr");
        dlen = (size_t)(q - descr - 1);
        object = dlen >= 2 && descr[2] == 'O';
        simple = true;
        descr++;
    } else if (*descr == '[') {
        /* structured dtype: any 'O' field makes it an object array */
        for (const char *p = descr; p + 3 < hend && *p != ']'; p++)
            if ((p[0] == '\'' && (p[1] == '|' || p[1] == '<' || p[1] == '>' || p[1] == '=') &&
                 p[2] == 'O'))
                object = true;
    } else {
        return bad(job, w, (int64_t)start, "descr is neither a string nor a list");
    }
    if (object) {
        sg__scan_add(job, w, "numpy", "SG-NPY-001", SG_SCAN_LOW, (int64_t)body, NULL,
                     "object array: its elements are a pickle, run by numpy.load(allow_pickle=True)");
        struct sg__scan_where pw = *w;
        pw.base = w->base + (int64_t)body;
        sg__scan_pickle(job, &pw, data + body, len - body, SG__PICKLE_SURE);
        return;
    }
    if (*shape != '(')
        return bad(job, w, (int64_t)start, "shape is not a tuple");
    uint64_t count = 1;
    const char *p = shape + 1;
    while (p < hend && *p != ')') {
        while (p < hend && (*p == ' ' || *p == ','))
            p++;
        if (p >= hend || *p == ')')
            break;
        if (*p < '0' || *p > '9')
            return bad(job, w, (int64_t)start, "shape holds a non-integer");
        uint64_t d = digits_at(p, hend);
        while (p < hend && *p >= '0' && *p <= '9')
            p++;
        if (d && count > UINT64_MAX / d)
            return bad(job, w, (int64_t)start, "shape overflows");
        count *= d;
    }
    uint64_t isz = simple ? itemsize(descr, dlen) : 0;
    if (isz && count <= UINT64_MAX / isz && count * isz != len - body) {
        char why[160];
        snprintf(why, sizeof why, "shape and dtype give %llu bytes of data but %zu follow",
                 (unsigned long long)(count * isz), len - body);
        bad(job, w, (int64_t)body, why);
    }
}
