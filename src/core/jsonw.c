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

/* The escaped forms below are written straight into the buffer: the caller
 * has reserved room for the worst case, 6 bytes per input byte ("\u001F"
 * for a control byte, "\uFFFD" for an invalid one; a 4-byte sequence
 * becomes a 12-byte surrogate pair). Appending escape by escape, with a
 * capacity check each, cost more than the rest of a gateway request's
 * audit record. */
/* sg_buf_reserve without the call when the room is there already. */
static inline sg_err reserve(sg_buf *b, size_t extra)
{
    if (extra <= b->max && b->len <= b->max - extra && b->len + extra < b->cap)
        return SG_OK;
    return sg_buf_reserve(b, extra);
}

static char *put_u_escape(char *d, uint32_t unit)
{
    static const char hex[] = "0123456789ABCDEF";
    d[0] = '\\';
    d[1] = 'u';
    d[2] = hex[unit >> 12 & 15];
    d[3] = hex[unit >> 8 & 15];
    d[4] = hex[unit >> 4 & 15];
    d[5] = hex[unit & 15];
    return d + 6;
}

static char *put_escaped(char *d, uint32_t cp)
{
    char c = 0;
    switch (cp) {
    case '"': c = '"'; break;
    case '\\': c = '\\'; break;
    case '\b': c = 'b'; break;
    case '\f': c = 'f'; break;
    case '\n': c = 'n'; break;
    case '\r': c = 'r'; break;
    case '\t': c = 't'; break;
    }
    if (c) {
        d[0] = '\\';
        d[1] = c;
        return d + 2;
    }
    if (cp < 0x10000)
        return put_u_escape(d, cp);
    cp -= 0x10000;
    return put_u_escape(put_u_escape(d, 0xd800 + (cp >> 10)), 0xdc00 + (cp & 0x3ff));
}

/* Bytes written as they are: printable ASCII but the quote and backslash. */
static inline bool plain(unsigned char c)
{
    return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
}

/* Whether all 8 bytes of v are plain, a word at a time (most of a record is
 * plain ASCII). has_less(x, n): some byte of x is below n, for n <= 128. */
static inline bool word_plain(uint64_t v)
{
    const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
#define HAS_LESS(x, n) (((x) - ones * (n)) & ~(x) & high)
    uint64_t quote = v ^ (ones * '"'), backslash = v ^ (ones * '\\');
    return ((v & high) | HAS_LESS(v, 0x20) | HAS_LESS(quote, 1) | HAS_LESS(backslash, 1)) == 0;
#undef HAS_LESS
}

/* Writes the escaped form of [p, end) at d and returns its end; NULL if the
 * bytes are not UTF-8 and !lossy. */
static char *escape(char *d, const unsigned char *p, const unsigned char *end, bool lossy)
{
    while (p < end) {
        if (end - p >= 8) {
            uint64_t word;
            memcpy(&word, p, 8);
            if (word_plain(word)) {
                memcpy(d, &word, 8);
                d += 8;
                p += 8;
                continue;
            }
        }
        if (plain(*p)) {
            *d++ = (char)*p++;
            continue;
        }
        uint32_t cp = *p;
        size_t n = *p < 0x80 ? 1 : utf8_sequence(p, end, &cp);
        if (n == 0) {
            if (!lossy)
                return NULL;
            cp = 0xfffd;
            n = 1;
        }
        p += n;
        d = put_escaped(d, cp);
    }
    return d;
}

/* The exact length escape() writes (for strings too long to reserve the
 * worst case for); *bad when the bytes are not UTF-8 and !lossy. */
static size_t escaped_len(const unsigned char *p, const unsigned char *end, bool lossy, bool *bad)
{
    size_t len = 0;
    while (p < end) {
        if (plain(*p)) {
            len++;
            p++;
            continue;
        }
        uint32_t cp = *p;
        size_t n = *p < 0x80 ? 1 : utf8_sequence(p, end, &cp);
        if (n == 0) {
            if (!lossy) {
                *bad = true;
                return 0;
            }
            cp = 0xfffd;
            n = 1;
        }
        p += n;
        char tmp[12];
        len += (size_t)(put_escaped(tmp, cp) - tmp);
    }
    return len;
}

sg_err sg_json_append_string(sg_buf *out, const char *s, size_t len, bool lossy)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    sg_err rc = len <= (SIZE_MAX - 2) / 6 ? reserve(out, 6 * len + 2) : SG_ERR_TOO_LARGE;
    if (rc != SG_OK) {
        /* The worst case does not fit under the cap (or in memory): reserve
         * what this string needs exactly. */
        bool bad = false;
        size_t need = escaped_len(p, end, lossy, &bad);
        if (bad)
            return SG_ERR_ENCODING;
        if ((rc = sg_buf_reserve(out, need + 2)) != SG_OK)
            return rc;
    }
    char *d = escape(out->data + out->len + 1, p, end, lossy);
    if (!d) {
        out->data[out->len] = '\0'; /* as it was */
        return SG_ERR_ENCODING;
    }
    out->data[out->len] = '"';
    *d++ = '"';
    *d = '\0';
    out->len = (size_t)(d - out->data);
    return SG_OK;
}

/* ---- object writer ------------------------------------------------------------ */

enum { JSONW_MAX_DEPTH = 8 };

void sg_jsonw_begin(struct sg_jsonw *w, sg_buf *out)
{
    *w = (struct sg_jsonw){.out = out, .mark = out->len};
    w->rc = sg_buf_append_byte(out, '{');
}

/* Writes `"key":` (after a comma when the object already has a member) and
 * returns true if the value may follow. The value's own room is reserved by
 * its writer. */
static bool member(struct sg_jsonw *w, const char *key)
{
    if (w->rc != SG_OK)
        return false;
    uint8_t bit = (uint8_t)(1u << w->depth);
    size_t klen = strlen(key);
    if ((w->rc = reserve(w->out, klen + 4)) != SG_OK)
        return false;
    char *d = w->out->data + w->out->len;
    if (w->has_member & bit)
        *d++ = ',';
    w->has_member |= bit;
    *d++ = '"';
    memcpy(d, key, klen);
    d += klen;
    *d++ = '"';
    *d++ = ':';
    *d = '\0';
    w->out->len = (size_t)(d - w->out->data);
    return true;
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

/* Decimal digits of v, at least min_digits of them (zero-padded), ending
 * at end; returns where they start. */
static char *put_digits(char *end, uint64_t v, unsigned min_digits)
{
    unsigned n = 0;
    do {
        *--end = (char)('0' + v % 10);
        v /= 10;
        n++;
    } while (v || n < min_digits);
    return end;
}

sg_err sg_json_append_fixed(sg_buf *out, int64_t value, unsigned decimals)
{
    /* Negate in unsigned arithmetic: INT64_MIN has no positive counterpart. */
    uint64_t mag = value < 0 ? 0 - (uint64_t)value : (uint64_t)value;
    if (decimals > 18)
        decimals = 18;
    uint64_t scale = 1;
    for (unsigned i = 0; i < decimals; i++)
        scale *= 10;
    /* Built backwards in a buffer that holds any int64 with its point. */
    char tmp[48], *end = tmp + sizeof tmp, *d = end;
    if (decimals > 0) {
        /* Trailing zeros dropped, one digit kept, as jansson writes a real
         * whose shortest form is short (2 -> "2.0", 1.5 -> "1.5"). */
        uint64_t frac = mag % scale;
        unsigned digits = decimals;
        while (digits > 1 && frac % 10 == 0) {
            frac /= 10;
            digits--;
        }
        d = put_digits(d, frac, digits);
        *--d = '.';
    }
    d = put_digits(d, mag / scale, 1);
    if (value < 0)
        *--d = '-';
    return sg_buf_append(out, d, (size_t)(end - d));
}

void sg_jsonw_fixed(struct sg_jsonw *w, const char *key, int64_t value, unsigned decimals)
{
    if (member(w, key))
        w->rc = sg_json_append_fixed(w->out, value, decimals);
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
