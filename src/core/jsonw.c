/* jsonw.c - JSON written by hand for hot paths: ASCII-safe string escaping
 * identical to jansson's JSON_ENSURE_ASCII output, and a small object writer
 * with sticky errors. The gateway writes an audit event and an access-log
 * line per request; building and freeing a jansson tree for each cost more
 * than the rest of the audit path, and jansson cannot serialise without one. */
#include <string.h>

#include "saiguard/json.h"

/* Length of the valid UTF-8 sequence at p (at most end - p bytes), with its
 * code point in *cp; 0 if the bytes there are not one (overlong forms,
 * surrogates and values past U+10FFFF are not). */
static size_t utf8_sequence(const unsigned char *p, const unsigned char *end, uint32_t *cp)
{
    size_t n = (*p >> 5) == 6 ? 2 : (*p >> 4) == 14 ? 3 : (*p >> 3) == 30 ? 4 : 0;
    if (n == 0 || (size_t)(end - p) < n)
        return 0;
    uint32_t c = *p & (0x7fu >> n);
    for (size_t k = 1; k < n; k++) {
        if ((p[k] & 0xc0) != 0x80)
            return 0;
        c = c << 6 | (p[k] & 0x3fu);
    }
    static const uint32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
    if (c < min[n] || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
        return 0;
    *cp = c;
    return n;
}

static sg_err append_u_escape(sg_buf *out, uint32_t unit)
{
    static const char hex[] = "0123456789ABCDEF";
    char esc[6] = {'\\', 'u', hex[unit >> 12 & 15], hex[unit >> 8 & 15], hex[unit >> 4 & 15],
                   hex[unit & 15]};
    return sg_buf_append(out, esc, sizeof esc);
}

static sg_err append_escaped(sg_buf *out, uint32_t cp)
{
    switch (cp) {
    case '"': return sg_buf_append(out, "\\\"", 2);
    case '\\': return sg_buf_append(out, "\\\\", 2);
    case '\b': return sg_buf_append(out, "\\b", 2);
    case '\f': return sg_buf_append(out, "\\f", 2);
    case '\n': return sg_buf_append(out, "\\n", 2);
    case '\r': return sg_buf_append(out, "\\r", 2);
    case '\t': return sg_buf_append(out, "\\t", 2);
    }
    if (cp < 0x10000)
        return append_u_escape(out, cp);
    cp -= 0x10000;
    sg_err rc = append_u_escape(out, 0xd800 + (cp >> 10));
    return rc != SG_OK ? rc : append_u_escape(out, 0xdc00 + (cp & 0x3ff));
}

sg_err sg_json_append_string(sg_buf *out, const char *s, size_t len, bool lossy)
{
    size_t mark = out->len;
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    sg_err rc = sg_buf_append_byte(out, '"');
    while (rc == SG_OK && p < end) {
        const unsigned char *run = p;
        while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\')
            p++;
        if (p > run && (rc = sg_buf_append(out, run, (size_t)(p - run))) != SG_OK)
            break;
        if (p == end)
            break;
        uint32_t cp = *p;
        size_t n = *p < 0x80 ? 1 : utf8_sequence(p, end, &cp);
        if (n == 0) {
            if (!lossy) {
                rc = SG_ERR_ENCODING;
                break;
            }
            cp = 0xfffd;
            n = 1;
        }
        p += n;
        rc = append_escaped(out, cp);
    }
    if (rc == SG_OK)
        rc = sg_buf_append_byte(out, '"');
    if (rc != SG_OK) {
        out->len = mark;
        if (out->data)
            out->data[mark] = '\0';
    }
    return rc;
}

/* ---- object writer ------------------------------------------------------------ */

enum { JSONW_MAX_DEPTH = 8 };

void sg_jsonw_begin(struct sg_jsonw *w, sg_buf *out)
{
    *w = (struct sg_jsonw){.out = out, .mark = out->len};
    w->rc = sg_buf_append_byte(out, '{');
}

/* Writes `"key":` (after a comma when the object already has a member). */
static bool member(struct sg_jsonw *w, const char *key)
{
    if (w->rc != SG_OK)
        return false;
    uint8_t bit = (uint8_t)(1u << w->depth);
    if ((w->has_member & bit) && (w->rc = sg_buf_append_byte(w->out, ',')) != SG_OK)
        return false;
    w->has_member |= bit;
    if ((w->rc = sg_buf_append_byte(w->out, '"')) == SG_OK &&
        (w->rc = sg_buf_append_str(w->out, key)) == SG_OK)
        w->rc = sg_buf_append(w->out, "\":", 2);
    return w->rc == SG_OK;
}

void sg_jsonw_strn(struct sg_jsonw *w, const char *key, const char *value, size_t len)
{
    if (member(w, key))
        w->rc = sg_json_append_string(w->out, value, len, true);
}

void sg_jsonw_str(struct sg_jsonw *w, const char *key, const char *value)
{
    if (!value) {
        if (member(w, key))
            w->rc = sg_buf_append(w->out, "null", 4);
        return;
    }
    sg_jsonw_strn(w, key, value, strlen(value));
}

/* Decimal digits of v, at least min_digits of them (zero-padded). */
static sg_err append_digits(sg_buf *out, uint64_t v, unsigned min_digits)
{
    char tmp[24];
    size_t n = 0;
    do {
        tmp[sizeof tmp - ++n] = (char)('0' + v % 10);
        v /= 10;
    } while (v || n < min_digits);
    return sg_buf_append(out, tmp + sizeof tmp - n, n);
}

void sg_jsonw_fixed(struct sg_jsonw *w, const char *key, int64_t value, unsigned decimals)
{
    if (!member(w, key))
        return;
    /* Negate in unsigned arithmetic: INT64_MIN has no positive counterpart. */
    uint64_t mag = value < 0 ? 0 - (uint64_t)value : (uint64_t)value;
    if (decimals > 18)
        decimals = 18;
    uint64_t scale = 1;
    for (unsigned i = 0; i < decimals; i++)
        scale *= 10;
    if (value < 0 && (w->rc = sg_buf_append_byte(w->out, '-')) != SG_OK)
        return;
    if ((w->rc = append_digits(w->out, mag / scale, 1)) != SG_OK || decimals == 0)
        return;
    /* Trailing zeros dropped, one digit kept, as jansson writes a real
     * whose shortest form is short (2 -> "2.0", 1.5 -> "1.5"). */
    uint64_t frac = mag % scale;
    unsigned digits = decimals;
    while (digits > 1 && frac % 10 == 0) {
        frac /= 10;
        digits--;
    }
    if ((w->rc = sg_buf_append_byte(w->out, '.')) == SG_OK)
        w->rc = append_digits(w->out, frac, digits);
}

void sg_jsonw_int(struct sg_jsonw *w, const char *key, int64_t value)
{
    sg_jsonw_fixed(w, key, value, 0);
}

void sg_jsonw_bool(struct sg_jsonw *w, const char *key, bool value)
{
    if (member(w, key))
        w->rc = value ? sg_buf_append(w->out, "true", 4) : sg_buf_append(w->out, "false", 5);
}

void sg_jsonw_object_begin(struct sg_jsonw *w, const char *key)
{
    if (!member(w, key))
        return;
    if (w->depth + 1 >= JSONW_MAX_DEPTH) {
        w->rc = SG_ERR_INVALID_ARG;
        return;
    }
    w->depth++;
    w->has_member &= (uint8_t)~(1u << w->depth);
    w->rc = sg_buf_append_byte(w->out, '{');
}

void sg_jsonw_object_end(struct sg_jsonw *w)
{
    if (w->rc != SG_OK)
        return;
    if (w->depth == 0) {
        w->rc = SG_ERR_INVALID_ARG;
        return;
    }
    w->depth--;
    w->rc = sg_buf_append_byte(w->out, '}');
}

sg_err sg_jsonw_end(struct sg_jsonw *w)
{
    if (w->rc == SG_OK && w->depth != 0)
        w->rc = SG_ERR_INVALID_ARG;
    if (w->rc == SG_OK)
        w->rc = sg_buf_append_byte(w->out, '}');
    if (w->rc != SG_OK) {
        w->out->len = w->mark;
        if (w->out->data)
            w->out->data[w->mark] = '\0';
    }
    return w->rc;
}
