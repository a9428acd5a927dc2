/* jscan.c - an allocation-free JSON reader for the gateway's hot path: one
 * pass validates a whole request body or answer member and indexes chosen
 * members of its top-level object; small readers then walk the validated
 * bytes (members, array elements, decoded strings, integers) for the policy
 * checks and the usage counts, without building a jansson tree.
 *
 * Why by hand: jansson has no lazy or partial parse, and building its tree
 * of every request body (plus freeing it) was ~12 % of the event loop and a
 * large share of its malloc/free. Exactness is kept by construction: the
 * scan accepts only documents sg_json_parse accepts, with the same values
 * (strict UTF-8, the same escapes and surrogate rules, no \u0000, no
 * duplicate keys, depth <= SG_JSON_MAX_DEPTH); where it cannot be sure
 * cheaply (an escaped key, an object with very many keys, a number that
 * might overflow jansson's integer or double) it answers "unsure" and the
 * caller takes the jansson path, which also writes jansson's own error
 * message for invalid input. */
#include <string.h>

#include "gateway/internal.h"

/* ---- validation -------------------------------------------------------------------------- */

/* Keys of the objects currently open, for the duplicate check. An object
 * with more keys than fit is left to jansson (which hashes), so the work
 * per key stays bounded by SCAN_KEYS_PER_OBJECT. */
#define SCAN_KEYS 512
#define SCAN_KEYS_PER_OBJECT 128

struct key {
    const char *p;
    uint32_t n;
    uint32_t tag; /* cheap first comparison: length, first and last byte */
};

struct scan {
    const char *s, *end;
    struct key keys[SCAN_KEYS];
    size_t nkeys;
    size_t obj_first[SG_JSON_MAX_DEPTH + 1]; /* index of each open object's first key */
    char stack[SG_JSON_MAX_DEPTH + 1];
    int depth; /* open containers */
};

static inline bool is_ws(unsigned char c)
{
    /* one comparison for the usual case, a byte above the space */
    return c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\r');
}

static inline const char *skip_ws(const char *p, const char *end)
{
    while (p < end && is_ws((unsigned char)*p))
        p++;
    return p;
}

static inline int hexval(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

static bool hex4(const char *p, const char *end, unsigned *out)
{
    unsigned v = 0;
    if (end - p < 4)
        return false;
    for (int i = 0; i < 4; i++) {
        int h = hexval((unsigned char)p[i]);
        if (h < 0)
            return false;
        v = v << 4 | (unsigned)h;
    }
    *out = v;
    return true;
}

/* One UTF-8 sequence starting at p (first byte >= 0x80), as jansson's
 * utf8_check_first/utf8_check_full accept it: no overlong forms, no
 * surrogates, nothing above U+10FFFF. Returns its length, 0 if invalid. */
static size_t utf8_seq(const unsigned char *p, const unsigned char *end)
{
    unsigned c = p[0], v;
    size_t n;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2, v = c & 0x1F;
    else if (c >= 0xE0 && c <= 0xEF)
        n = 3, v = c & 0x0F;
    else if (c >= 0xF0 && c <= 0xF4)
        n = 4, v = c & 0x07;
    else
        return 0;
    if ((size_t)(end - p) < n)
        return 0;
    for (size_t i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        v = v << 6 | (p[i] & 0x3F);
    }
    if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) || (n == 3 && v < 0x800) ||
        (n == 4 && v < 0x10000))
        return 0;
    return n;
}

bool sg__gw_utf8_ok(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    while (p < end) {
        size_t k = *p < 0x80 ? 1 : utf8_seq(p, end);
        if (!k)
            return false;
        p += k;
    }
    return true;
}

/* The bytes of eight worth looking at in a string: '"', '\\', a control
 * byte or a byte >= 0x80, as the high bit of each (classic SWAR tests).
 * Borrows can flag a byte above a real one, never below it, so on a
 * little-endian load the lowest flag is a real one. */
static inline uint64_t special8(const char *p)
{
    uint64_t x;
    memcpy(&x, p, 8);
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t quote = x ^ (ones * '"'), bslash = x ^ (ones * '\\');
    return (((quote - ones) & ~quote) | ((bslash - ones) & ~bslash) | (x - ones * 0x20) | x) &
           high;
}

/* Skips the plain bytes of a string up to the first byte worth looking
 * at (or to within 8 bytes of the end). */
static inline const char *skip_plain(const char *p, const char *end)
{
    while (end - p >= 8) {
        uint64_t m = special8(p);
        if (!m)
            p += 8;
        else
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            return p + (__builtin_ctzll(m) >> 3);
#else
            return p;
#endif
    }
    return p;
}

const char *sg__gw_json_plain(const char *p, const char *end)
{
    return skip_plain(p, end);
}

/* A string starting at its opening quote: validated as jansson decodes it.
 * Returns the byte after the closing quote, NULL if invalid. *escaped says
 * whether it holds any backslash. */
static const char *scan_string(const char *p, const char *end, bool *escaped)
{
    *escaped = false;
    p++;
    for (;;) {
        p = skip_plain(p, end);
        if (p >= end)
            return NULL;
        unsigned char c = (unsigned char)*p;
        if (c == '"')
            return p + 1;
        if (c < 0x20)
            return NULL;
        if (c >= 0x80) {
            size_t n = utf8_seq((const unsigned char *)p, (const unsigned char *)end);
            if (!n)
                return NULL;
            p += n;
            continue;
        }
        if (c != '\\') {
            p++;
            continue;
        }
        *escaped = true;
        if (end - p < 2)
            return NULL;
        c = (unsigned char)p[1];
        if (c != 'u') {
            if (!strchr("\"\\/bfnrt", c) || c == '\0')
                return NULL;
            p += 2;
            continue;
        }
        unsigned u, lo;
        if (!hex4(p + 2, end, &u) || u == 0)
            return NULL;
        p += 6;
        if (u >= 0xDC00 && u <= 0xDFFF)
            return NULL;
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (end - p < 6 || p[0] != '\\' || p[1] != 'u' || !hex4(p + 2, end, &lo) ||
                lo < 0xDC00 || lo > 0xDFFF)
                return NULL;
            p += 6;
        }
    }
}

/* A number as jansson lexes it. Integers: at most 18 digits, so never
 * "too big integer". Reals: at most 100 digits and an exponent within
 * +-200, so strtod neither overflows (jansson's "real number overflow")
 * nor lands near the subnormal range. Anything else: unsure (NULL). */
static const char *scan_number(const char *p, const char *end)
{
    const char *start;
    bool real = false;
    if (p < end && *p == '-')
        p++;
    start = p;
    if (p >= end)
        return NULL;
    if (*p == '0')
        p++;
    else if (*p >= '1' && *p <= '9')
        while (p < end && *p >= '0' && *p <= '9')
            p++;
    else
        return NULL;
    size_t digits = (size_t)(p - start);
    if (p < end && *p == '.') {
        const char *f = ++p;
        while (p < end && *p >= '0' && *p <= '9')
            p++;
        if (p == f)
            return NULL;
        digits += (size_t)(p - f);
        real = true;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        p++;
        if (p < end && (*p == '+' || *p == '-'))
            p++;
        const char *e = p;
        int ev = 0;
        while (p < end && *p >= '0' && *p <= '9') {
            if (p - e >= 3)
                return NULL;
            ev = ev * 10 + (*p - '0');
            p++;
        }
        if (p == e || ev > 200)
            return NULL;
        real = true;
    }
    if (real ? digits > 100 : digits > 18)
        return NULL;
    return p;
}

/* A key at p (its opening quote) of the innermost open object: no escapes
 * (unsure otherwise: jansson compares decoded keys) and not seen before in
 * this object. */
static const char *scan_key(struct scan *sc, const char *p, const char **kp, size_t *kn)
{
    bool escaped;
    const char *q = scan_string(p, sc->end, &escaped);
    if (!q || escaped)
        return NULL;
    const char *k = p + 1;
    size_t n = (size_t)(q - p - 2);
    uint32_t tag = (n ? (uint32_t)(unsigned char)k[0] << 8 | (unsigned char)k[n - 1] : 0) |
                   (uint32_t)(n & 0xffff) << 16;
    size_t first = sc->obj_first[sc->depth - 1];
    if (sc->nkeys - first >= SCAN_KEYS_PER_OBJECT || sc->nkeys >= SCAN_KEYS)
        return NULL;
    for (size_t i = first; i < sc->nkeys; i++)
        if (sc->keys[i].tag == tag && sc->keys[i].n == n && memcmp(sc->keys[i].p, k, n) == 0)
            return NULL; /* duplicate: jansson refuses it (JSON_REJECT_DUPLICATES) */
    sc->keys[sc->nkeys++] = (struct key){k, (uint32_t)n, tag};
    *kp = k;
    *kn = n;
    return q;
}

/* Whether the raw key k (kn bytes, no NUL: validated) is name; stops at the
 * first differing byte. */
static inline bool key_is(const char *name, const char *k, size_t kn)
{
    /* name[i] is read only while it matched so far, so never past its NUL */
    for (size_t i = 0; i < kn; i++)
        if (name[i] != k[i])
            return false;
    return name[kn] == '\0';
}

bool sg__gw_jscan(const char *s, size_t len, const char *const *keys, size_t nkeys,
                  struct sg_gw_jv *root, struct sg_gw_jv *found)
{
    /* On the stack (about 9 KiB, the key table), never initialised as a
     * whole: only what the scan reaches is written. */
    struct scan sc;
    const char *p, *end = s + len, *vstart = NULL, *cap_start = NULL;
    int cap = -1;
    bool escaped;
    sc.s = s;
    sc.end = end;
    sc.nkeys = 0;
    sc.depth = 0;
    for (size_t k = 0; k < nkeys; k++)
        found[k] = (struct sg_gw_jv){NULL, 0};
    p = skip_ws(s, end);
    vstart = p;

value:
    /* A value at depth depth + 1: sg_json_parse refuses more than
     * SG_JSON_MAX_DEPTH levels, counting scalars too. */
    if (p >= end || sc.depth >= SG_JSON_MAX_DEPTH)
        return false;
    switch (*p) {
    case '{':
        sc.obj_first[sc.depth] = sc.nkeys;
        sc.stack[sc.depth++] = '{';
        p = skip_ws(p + 1, end);
        if (p < end && *p == '}') {
            p++;
            goto close;
        }
        goto key;
    case '[':
        sc.stack[sc.depth++] = '[';
        p = skip_ws(p + 1, end);
        if (p < end && *p == ']') {
            p++;
            goto close;
        }
        goto value;
    case '"':
        if (!(p = scan_string(p, end, &escaped)))
            return false;
        goto after;
    case 't':
        if (end - p < 4 || memcmp(p, "true", 4) != 0)
            return false;
        p += 4;
        goto after;
    case 'f':
        if (end - p < 5 || memcmp(p, "false", 5) != 0)
            return false;
        p += 5;
        goto after;
    case 'n':
        if (end - p < 4 || memcmp(p, "null", 4) != 0)
            return false;
        p += 4;
        goto after;
    default:
        if (!(p = scan_number(p, end)))
            return false;
        goto after;
    }

key: {
    const char *k;
    size_t kn;
    if (p >= end || *p != '"' || !(p = scan_key(&sc, p, &k, &kn)))
        return false;
    p = skip_ws(p, end);
    if (p >= end || *p != ':')
        return false;
    p = skip_ws(p + 1, end);
    if (sc.depth == 1) {
        for (size_t i = 0; i < nkeys; i++)
            if (key_is(keys[i], k, kn)) {
                cap = (int)i;
                cap_start = p;
                break;
            }
    }
    goto value;
}

close:
    sc.depth--;
    if (sc.stack[sc.depth] == '{')
        sc.nkeys = sc.obj_first[sc.depth];
    /* fall through to after */

after:
    if (sc.depth == 1 && cap >= 0) {
        found[cap] = (struct sg_gw_jv){cap_start, (size_t)(p - cap_start)};
        cap = -1;
    }
    if (sc.depth == 0) {
        root->p = vstart;
        root->n = (size_t)(p - vstart);
        return skip_ws(p, end) == end;
    }
    p = skip_ws(p, end);
    if (p >= end)
        return false;
    if (*p == ',') {
        p = skip_ws(p + 1, end);
        if (sc.stack[sc.depth - 1] == '{')
            goto key;
        goto value;
    }
    if (*p != (sc.stack[sc.depth - 1] == '{' ? '}' : ']'))
        return false;
    p++;
    goto close;
}

/* ---- readers of validated bytes ------------------------------------------------------------ */

/* The end of the string whose opening quote is at p. */
static const char *skip_string(const char *p, const char *end)
{
    p++;
    for (;;) {
        const char *q = memchr(p, '"', (size_t)(end - p));
        if (!q)
            return end; /* not reached on validated input */
        size_t bs = 0;
        while (q - bs > p && q[-1 - (ptrdiff_t)bs] == '\\')
            bs++;
        if (bs % 2 == 0)
            return q + 1;
        p = q + 1;
    }
}

/* The end of the value starting at p. */
static const char *skip_value(const char *p, const char *end)
{
    int depth = 0;
    do {
        char c = *p;
        if (c == '"') {
            p = skip_string(p, end);
            continue;
        }
        if (c == '{' || c == '[')
            depth++;
        else if (c == '}' || c == ']')
            depth--;
        else if (depth == 0) {
            /* a scalar at top: true/false/null/number */
            while (p < end && !is_ws((unsigned char)*p) && *p != ',' && *p != '}' && *p != ']')
                p++;
            return p;
        }
        p++;
    } while (depth > 0 && p < end);
    return p;
}

void sg__gw_jv_members(const struct sg_gw_jv *obj, const char *const *keys, size_t nkeys,
                       struct sg_gw_jv *out)
{
    for (size_t k = 0; k < nkeys; k++)
        out[k] = (struct sg_gw_jv){NULL, 0};
    if (!sg__gw_jv_is(obj, '{'))
        return;
    const char *p = obj->p + 1, *end = obj->p + obj->n;
    for (;;) {
        p = skip_ws(p, end);
        if (p >= end || *p != '"')
            return;
        const char *k = p + 1, *q = skip_string(p, end);
        size_t kn = (size_t)(q - k - 1);
        p = skip_ws(q, end);
        p = skip_ws(p + 1, end); /* ':' */
        const char *v = p;
        p = skip_value(p, end);
        for (size_t i = 0; i < nkeys; i++)
            if (!out[i].p && key_is(keys[i], k, kn)) {
                out[i] = (struct sg_gw_jv){v, (size_t)(p - v)};
                break;
            }
        p = skip_ws(p, end);
        if (p >= end || *p != ',')
            return;
        p++;
    }
}

void sg__gw_jv_iter(const struct sg_gw_jv *arr, struct sg_gw_jit *it)
{
    it->p = arr->p + 1;
    it->end = arr->p + arr->n;
    it->first = true;
}

bool sg__gw_jv_next(struct sg_gw_jit *it, struct sg_gw_jv *out)
{
    const char *p = skip_ws(it->p, it->end);
    if (!it->first) {
        if (p >= it->end || *p != ',')
            return false;
        p = skip_ws(p + 1, it->end);
    }
    if (p >= it->end || *p == ']')
        return false;
    it->first = false;
    const char *q = skip_value(p, it->end);
    *out = (struct sg_gw_jv){p, (size_t)(q - p)};
    it->p = q;
    return true;
}

size_t sg__gw_jv_count(const struct sg_gw_jv *arr)
{
    struct sg_gw_jit it;
    struct sg_gw_jv x;
    size_t n = 0;
    sg__gw_jv_iter(arr, &it);
    while (sg__gw_jv_next(&it, &x))
        n++;
    return n;
}

bool sg__gw_jv_is(const struct sg_gw_jv *v, char type)
{
    if (!v->p)
        return false;
    char c = v->p[0];
    switch (type) {
    case 'b':
        return c == 't' || c == 'f';
    case 'i': /* an integer as jansson types it: no fraction, no exponent */
        if (c != '-' && (c < '0' || c > '9'))
            return false;
        for (size_t i = 0; i < v->n; i++)
            if (v->p[i] == '.' || v->p[i] == 'e' || v->p[i] == 'E')
                return false;
        return true;
    default:
        return c == type;
    }
}

int64_t sg__gw_jv_int(const struct sg_gw_jv *v)
{
    /* Validated: at most 18 digits, so no overflow. */
    const char *p = v->p;
    bool neg = *p == '-';
    int64_t x = 0;
    for (p += neg; p < v->p + v->n && *p >= '0' && *p <= '9'; p++)
        x = x * 10 + (*p - '0');
    return neg ? -x : x;
}

/* A \u escape's code point at p (after "\u"), surrogate pairs combined;
 * *adv gets the bytes consumed after the backslash. */
static unsigned escape_cp(const char *p, const char *end, size_t *adv)
{
    unsigned u = 0, lo = 0;
    (void)hex4(p + 1, end, &u);
    *adv = 5;
    if (u >= 0xD800 && u <= 0xDBFF) {
        (void)hex4(p + 7, end, &lo);
        u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
        *adv = 11;
    }
    return u;
}

static size_t utf8_len(unsigned cp)
{
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

size_t sg__gw_jv_strlen(const struct sg_gw_jv *v)
{
    const char *p = v->p + 1, *end = v->p + v->n - 1;
    size_t n = 0;
    for (;;) {
        const char *b = memchr(p, '\\', (size_t)(end - p));
        if (!b)
            return n + (size_t)(end - p);
        n += (size_t)(b - p);
        if (b[1] == 'u') {
            size_t adv;
            n += utf8_len(escape_cp(b + 1, end, &adv));
            p = b + 1 + adv;
        } else {
            n++;
            p = b + 2;
        }
    }
}

bool sg__gw_jv_str(const struct sg_gw_jv *v, char *buf, size_t cap)
{
    const char *p = v->p + 1, *end = v->p + v->n - 1;
    size_t n = 0;
    bool whole = true;
    while (p < end) {
        char tmp[4];
        size_t tn = 1;
        if (*p != '\\') {
            tmp[0] = *p++;
        } else if (p[1] == 'u') {
            size_t adv;
            unsigned cp = escape_cp(p + 1, end, &adv);
            p += 1 + adv;
            tn = utf8_len(cp);
            if (tn == 1) {
                tmp[0] = (char)cp;
            } else if (tn == 2) {
                tmp[0] = (char)(0xC0 | cp >> 6), tmp[1] = (char)(0x80 | (cp & 0x3F));
            } else if (tn == 3) {
                tmp[0] = (char)(0xE0 | cp >> 12), tmp[1] = (char)(0x80 | (cp >> 6 & 0x3F));
                tmp[2] = (char)(0x80 | (cp & 0x3F));
            } else {
                tmp[0] = (char)(0xF0 | cp >> 18), tmp[1] = (char)(0x80 | (cp >> 12 & 0x3F));
                tmp[2] = (char)(0x80 | (cp >> 6 & 0x3F)), tmp[3] = (char)(0x80 | (cp & 0x3F));
            }
        } else {
            static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
            tmp[0] = to[strchr(from, p[1]) - from];
            p += 2;
        }
        if (n + tn >= cap) {
            whole = false;
            break;
        }
        memcpy(buf + n, tmp, tn);
        n += tn;
    }
    buf[n] = '\0';
    return whole;
}

/* ---- usage of an answer --------------------------------------------------------------------- */

/* get_count of sse.c on validated bytes: a if it is an integer, else b. */
static bool count_of(const struct sg_gw_jv *a, const struct sg_gw_jv *b, int64_t *out)
{
    const struct sg_gw_jv *x = a;
    if (!sg__gw_jv_is(x, 'i') && b)
        x = b;
    if (!sg__gw_jv_is(x, 'i') || sg__gw_jv_int(x) < 0)
        return false;
    *out = sg__gw_jv_int(x);
    return true;
}

void sg__gw_jv_usage(const struct sg_gw_jv *u, int64_t *prompt, int64_t *completion,
                     int64_t *total)
{
    static const char *const names[] = {"prompt_tokens", "input_tokens", "completion_tokens",
                                        "output_tokens", "total_tokens"};
    struct sg_gw_jv m[5];
    int64_t p = 0, c = 0, t = -1;
    sg__gw_jv_members(u, names, 5, m);
    count_of(&m[0], &m[1], &p);
    count_of(&m[2], &m[3], &c);
    if (!count_of(&m[4], NULL, &t))
        t = p + c;
    *prompt = p;
    *completion = c;
    *total = t;
}

int sg__gw_jscan_answer_usage(const char *data, size_t len, int64_t *prompt,
                              int64_t *completion, int64_t *total)
{
    static const char *const key[] = {"usage"};
    struct sg_gw_jv root, u;
    if (!sg__gw_jscan(data, len, key, 1, &root, &u) || !sg__gw_jv_is(&root, '{'))
        return -1;
    if (!sg__gw_jv_is(&u, '{'))
        return 0;
    sg__gw_jv_usage(&u, prompt, completion, total);
    return 1;
}

int sg__gw_jscan_event(const char *data, size_t len, struct sg_gw_event_info *e)
{
    enum { USAGE, RESPONSE, TYPE, DELTA, CHOICES, N };
    static const char *const keys[N] = {"usage", "response", "type", "delta", "choices"};
    static const char *const ukey[] = {"usage"}, *const ckeys[] = {"delta", "message", "text"},
                             *const okey[] = {"content"};
    struct sg_gw_jv root, f[N], u[1], c[3], o[1], choice;
    memset(e, 0, sizeof *e);
    if (!sg__gw_jscan(data, len, keys, N, &root, f))
        return -1;
    e->type = f[TYPE];
    /* sg__gw_usage: usage, or response.usage (/v1/responses streams) */
    const struct sg_gw_jv *usage = &f[USAGE];
    if (!sg__gw_jv_is(usage, '{')) {
        sg__gw_jv_members(&f[RESPONSE], ukey, 1, u);
        usage = &u[0];
    }
    if (sg__gw_jv_is(usage, '{')) {
        sg__gw_jv_usage(usage, &e->prompt, &e->completion, &e->total);
        e->has_usage = true;
    }
    /* sg__gw_event_text */
    const struct sg_gw_jv *text = NULL;
    char type[32];
    if (sg__gw_jv_is(&f[TYPE], '"') && sg__gw_jv_str(&f[TYPE], type, sizeof type) &&
        strcmp(type, "response.output_text.delta") == 0 && sg__gw_jv_is(&f[DELTA], '"')) {
        text = &f[DELTA];
    } else if (sg__gw_jv_is(&f[CHOICES], '[')) {
        struct sg_gw_jit it;
        sg__gw_jv_iter(&f[CHOICES], &it);
        if (sg__gw_jv_next(&it, &choice) && sg__gw_jv_is(&choice, '{')) {
            sg__gw_jv_members(&choice, ckeys, 3, c);
            const struct sg_gw_jv *obj = sg__gw_jv_is(&c[0], '{')   ? &c[0]
                                         : sg__gw_jv_is(&c[1], '{') ? &c[1]
                                                                    : NULL;
            if (obj)
                sg__gw_jv_members(obj, okey, 1, o);
            if (obj && sg__gw_jv_is(&o[0], '"'))
                text = &o[0];
            else if (sg__gw_jv_is(&c[2], '"'))
                text = &c[2];
        }
    }
    if (text) {
        e->has_text = true;
        e->text_len = sg__gw_jv_strlen(text);
        e->text = *text;
    }
    return 1;
}

bool sg__gw_event_closing(const struct sg_gw_event_info *e)
{
    static const char *const closing[] = {"response.output_text.done", "response.content_part.done",
                                          "response.output_item.done", "response.completed",
                                          "response.incomplete"};
    char type[32];
    /* A longer name is none of these; a NUL ends the name, as for strcmp
     * on jansson's value. */
    if (!sg__gw_jv_is(&e->type, '"') || !sg__gw_jv_str(&e->type, type, sizeof type))
        return false;
    for (size_t i = 0; i < sizeof closing / sizeof closing[0]; i++)
        if (strcmp(type, closing[i]) == 0)
            return true;
    return false;
}
