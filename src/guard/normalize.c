/* normalize.c - brings text into the one form the rules and the model see:
 * NFKC with case folding (utf8proc), default-ignorable code points removed
 * (zero-width joiners, bidi controls, soft hyphens), combining marks stripped,
 * look-alike Cyrillic/Greek letters folded to Latin, whitespace collapsed
 * (a run with a line break becomes one '\n', any other run one space: line
 * breaks are where documents change voice, see sg__guard_segments), and
 * runs of one short unit repeated cut after four repetitions.
 * Pure-ASCII input takes a fast path that gives the same bytes. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#endif

#include "guard_int.h"

/* Confusables: the Cyrillic and Greek letters that render like Latin ones,
 * the classic homoglyph trick ("іgnоre" with Cyrillic і and о). Hand-listed
 * because utf8proc has no confusables table and ICU's skeleton would fold
 * far more than we want; this is the subset seen in attacks. */
static const struct {
    utf8proc_int32_t from, to;
} confusables[] = {
    {0x0131, 'i'}, {0x01C0, 'l'}, {0x0261, 'g'}, {0x0391, 'a'}, {0x0392, 'b'}, {0x0395, 'e'}, {0x0396, 'z'}, {0x0397, 'h'}, {0x0399, 'i'},
    {0x039A, 'k'}, {0x039C, 'm'}, {0x039D, 'n'}, {0x039F, 'o'}, {0x03A1, 'p'}, {0x03A4, 't'},
    {0x03A5, 'y'}, {0x03A7, 'x'}, {0x03B1, 'a'}, {0x03B5, 'e'}, {0x03B9, 'i'}, {0x03BA, 'k'},
    {0x03BD, 'v'}, {0x03BF, 'o'}, {0x03C1, 'p'}, {0x03C4, 't'}, {0x03C5, 'u'}, {0x03C7, 'x'},
    {0x0405, 's'}, {0x0406, 'i'}, {0x0408, 'j'}, {0x0410, 'a'}, {0x0412, 'b'}, {0x0415, 'e'},
    {0x041A, 'k'}, {0x041C, 'm'}, {0x041D, 'h'}, {0x041E, 'o'}, {0x0420, 'p'}, {0x0421, 'c'},
    {0x0422, 't'}, {0x0423, 'y'}, {0x0425, 'x'}, {0x0430, 'a'}, {0x0435, 'e'}, {0x043E, 'o'},
    {0x0440, 'p'}, {0x0441, 'c'}, {0x0443, 'y'}, {0x0445, 'x'}, {0x0455, 's'}, {0x0456, 'i'},
    {0x0458, 'j'}, {0x0461, 'w'}, {0x04BB, 'h'}, {0x04CF, 'l'}, {0x0501, 'd'}, {0x051B, 'q'},
    {0x051D, 'w'}, {0x2010, '-'}, {0x2011, '-'},
};

static utf8proc_int32_t fold_confusable(utf8proc_int32_t cp, void *data)
{
    (void)data;
    if (cp < 0x0131 || cp > 0x2011)
        return cp;
    size_t lo = 0, hi = sizeof confusables / sizeof confusables[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (confusables[mid].from == cp)
            return confusables[mid].to;
        if (confusables[mid].from < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return cp;
}

/* Appends s with whitespace runs collapsed to one '\n' (if the run holds a
 * line break) or one space, and the ends trimmed; ASCII letters lowered
 * (already so after case folding). With non_ascii set it is the fast path
 * for ASCII text: at the first byte >= 0x80 it sets *non_ascii, appends
 * nothing and returns (one pass instead of a check and a copy). */
/* Bytes decode.c's leet probe reads as letters (kept in step with it). */
static const bool leet_symbol[256] = {
    ['0'] = 1, ['1'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['7'] = 1,
    ['@'] = 1, ['$'] = 1, ['!'] = 1, ['|'] = 1,
};

static sg_err append_collapsed(sg_buf *out, const unsigned char *s, size_t n, bool *non_ascii,
                               struct sg__norm_info *info)
{
    sg_err rc = sg_buf_reserve(out, n);
    if (rc)
        return rc;
    char *d = out->data + out->len;
    size_t k = 0, run = 0, longest = 0;
    unsigned tok = 0, mixed = 0; /* bit 0 letter, bit 1 leet symbol in the token */
    int pending = 0; /* 0 none, ' ' or '\n': the run being collapsed */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (c == '\n' || c == '\r') {
            pending = '\n';
            mixed |= tok == 3, tok = 0, run = 0;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\f' || c == '\v') {
            if (!pending)
                pending = ' ';
            mixed |= tok == 3, tok = 0, run = 0;
            continue;
        }
        if (c < 0x20 || c == 0x7f)
            continue;
        if (c >= 0x80 && non_ascii) {
            *non_ascii = true;
            out->data[out->len] = '\0';
            return SG_OK;
        }
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        if (pending && k > 0) /* k == 0 trims leading space */
            d[k++] = (char)pending;
        pending = 0;
        d[k++] = (char)c;
        tok |= (unsigned)(c >= 'a' && c <= 'z') | (unsigned)leet_symbol[c] << 1;
        if (++run > longest)
            longest = run;
    }
    out->len += k;
    out->data[out->len] = '\0';
    /* ASCII: the raw text's own runs; else the normal form's runs bound them */
    info->has_b64_run = (non_ascii ? sg__guard_b64_run((const char *)s, n) : longest) >=
                    SG__PROBE_MIN_RUN;
    info->has_leet |= mixed || tok == 3;
    return SG_OK;
}

/* The ASCII fast path of append_collapsed(): the same bytes and info with
 * one table lookup per byte instead of a chain of compares, the common
 * byte (kept, not a separator) on the short path, and the base64/hex runs
 * looked for only in tokens long enough to hold one. Returns with *non_ascii
 * set and nothing appended at the first byte >= 0x80. tests/guard checks it
 * against append_collapsed() (sg__guard_normalize_ascii_ref). */
enum { KEEP = 0, SPACE = 1, BREAK = 2, DROP = 3, HIGH = 4 };
#define KIND_OF(c) ((c) >= 0x80 ? HIGH : (c) == '\n' || (c) == '\r' ? BREAK \
                    : (c) == ' ' || (c) == '\t' || (c) == '\f' || (c) == '\v' ? SPACE \
                    : (c) < 0x20 || (c) == 0x7f ? DROP : KEEP)
/* bits 0-7 the byte lower-cased, 8-10 its kind, 11 a letter, 12 a leet symbol */
#define ENTRY(c) (uint16_t)(((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c)) | KIND_OF(c) << 8 | \
                            (((c) | 0x20) >= 'a' && ((c) | 0x20) <= 'z') << 11 | \
                            ((c) == '0' || (c) == '1' || (c) == '3' || (c) == '4' || (c) == '5' || \
                             (c) == '7' || (c) == '@' || (c) == '$' || (c) == '!' || (c) == '|') << 12)
#define E4(c) ENTRY(c), ENTRY(c + 1), ENTRY(c + 2), ENTRY(c + 3)
#define E16(c) E4(c), E4(c + 4), E4(c + 8), E4(c + 12)
#define E64(c) E16(c), E16(c + 16), E16(c + 32), E16(c + 48)
static const uint16_t ascii_entry[256] = {E64(0u), E64(64u), E64(128u), E64(192u)};
#undef E64
#undef E16
#undef E4
#undef ENTRY
#undef KIND_OF

/* The longest base64/hex run in the raw token that ends at s[end]: only
 * asked for tokens long enough to hold one, which ordinary text rarely has. */
static size_t token_b64_run(const unsigned char *s, size_t end)
{
    size_t j = end;
    for (unsigned kind; j > 0 && (kind = ascii_entry[s[j - 1]] >> 8 & 7) != SPACE && kind != BREAK;)
        j--;
    return sg__guard_b64_run((const char *)s + j, end - j);
}

#ifdef __SSE2__
/* The letter/leet state of tokens across a 16-byte chunk with separators
 * at the bits of sep: tok (bit 0 a letter, bit 1 a leet symbol) carries the
 * token still open before the chunk and after it; mixed is set when a token
 * that ends holds both. */
static inline void chunk_tokens(unsigned sep, unsigned letter, unsigned leet, unsigned *tok,
                                unsigned *mixed)
{
    if (!leet && !(*tok & 2)) { /* no token can mix: only the open one's letter bit */
        *tok = sep ? (letter >> (32 - __builtin_clz(sep)) != 0) : (*tok | (letter != 0));
        return;
    }
    unsigned from = 0;
    for (;;) {
        unsigned to = sep ? (unsigned)__builtin_ctz(sep) : 16;
        unsigned piece = ((1u << to) - 1) & ~((1u << from) - 1);
        *tok |= ((letter & piece) != 0) | ((leet & piece) != 0) << 1;
        if (!sep)
            break;
        *mixed |= *tok == 3;
        *tok = 0;
        from = to + 1;
        sep &= sep - 1;
    }
}

/* x + (0x80 - lo) < 0x80 + count as signed bytes: lo <= x < lo + count. */
static inline __m128i in_range(__m128i v, char lo, int count)
{
    return _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - lo))),
                          _mm_set1_epi8((char)(0x80 + count)));
}

static inline __m128i eq(__m128i v, char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); }

/* A 16-byte chunk the fast path can copy: printable bytes, no two spaces
 * in a row. Gives it lower-cased and the bit masks of its spaces, letters
 * and leet symbols (0 1 3 4 5 7 @ $ ! |, as ascii_entry has them). */
static inline bool chunk_of(__m128i v, __m128i *low, unsigned *sep, unsigned *letter,
                            unsigned *leet)
{
    const __m128i case_bit = _mm_set1_epi8(0x20);
    unsigned bad = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmplt_epi8(v, case_bit),
                                                            eq(v, 0x7f)));
    *sep = (unsigned)_mm_movemask_epi8(eq(v, ' '));
    if (bad || (*sep & *sep >> 1))
        return false;
    *low = _mm_add_epi8(v, _mm_and_si128(in_range(v, 'A', 26), case_bit));
    *letter = (unsigned)_mm_movemask_epi8(in_range(_mm_or_si128(v, case_bit), 'a', 26));
    __m128i not_leet = _mm_or_si128(_mm_or_si128(eq(v, '2'), eq(v, '6')),
                                    _mm_or_si128(eq(v, '8'), eq(v, '9')));
    __m128i leet_sym = _mm_or_si128(_mm_or_si128(eq(v, '@'), eq(v, '$')),
                                    _mm_or_si128(eq(v, '!'), eq(v, '|')));
    *leet = (unsigned)_mm_movemask_epi8(
        _mm_or_si128(_mm_andnot_si128(not_leet, in_range(v, '0', 10)), leet_sym));
    return true;
}
#endif

static sg_err ascii_collapsed(sg_buf *out, const unsigned char *s, size_t n, bool *non_ascii,
                              struct sg__norm_info *info)
{
    sg_err rc = sg_buf_reserve(out, n);
    if (rc)
        return rc;
    char *d = out->data + out->len;
    size_t k = 0, run = 0, b64 = 0;
    unsigned tok = 0, mixed = 0;
    char pending = 0;
    size_t i = 0;
    while (i < n) {
        size_t stop = i + 16 <= n ? i + 16 : n;
#ifdef __SSE2__
        if (stop - i == 16) {
            /* A chunk of printable bytes and single spaces, whose spaces
             * neither start the text nor continue a pending run, is copied
             * lower-cased as it is: most prose is made of such chunks. */
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i)), low;
            unsigned sep, letter, leet;
            if (chunk_of(v, &low, &sep, &letter, &leet) && !((pending || k == 0) && (sep & 1))) {
                if (pending) { /* the chunk starts with a kept byte: the run ends */
                    if (k > 0)
                        d[k++] = pending;
                    pending = 0;
                }
                _mm_storeu_si128((__m128i *)(void *)(d + k), low);
                k += 16;
                if (sep) {
                    unsigned first = (unsigned)__builtin_ctz(sep);
                    unsigned last = 31u - (unsigned)__builtin_clz(sep);
                    if (run + first >= SG__PROBE_MIN_RUN) {
                        size_t r = token_b64_run(s, i + first);
                        b64 = r > b64 ? r : b64;
                    }
                    run = 15 - last;
                    if (last == 15) { /* the run may go on: keep it pending */
                        k--;
                        pending = ' ';
                    }
                } else {
                    run += 16;
                }
                chunk_tokens(sep, letter, leet, &tok, &mixed);
                i += 16;
                continue;
            }
        }
#endif
        for (; i < stop; i++) {
            unsigned e = ascii_entry[s[i]], kind = e >> 8 & 7;
            if (kind == KEEP) {
                if (pending) {
                    if (k > 0) /* k == 0 trims leading space */
                        d[k++] = pending;
                    pending = 0;
                }
                d[k++] = (char)(e & 0xff);
                tok |= e >> 11 & 3;
                run++;
                continue;
            }
            if (kind == DROP)
                continue;
            if (kind == HIGH) {
                *non_ascii = true;
                out->data[out->len] = '\0';
                return SG_OK;
            }
            pending = kind == BREAK ? '\n' : pending ? pending : ' ';
            /* a base64/hex run lies inside one token, as long as its kept bytes at most */
            if (run >= SG__PROBE_MIN_RUN) {
                size_t r = token_b64_run(s, i);
                b64 = r > b64 ? r : b64;
            }
            mixed |= tok == 3, tok = 0, run = 0;
        }
    }
    if (run >= SG__PROBE_MIN_RUN) {
        size_t r = token_b64_run(s, n);
        b64 = r > b64 ? r : b64;
    }
    out->len += k;
    out->data[out->len] = '\0';
    info->has_b64_run = b64 >= SG__PROBE_MIN_RUN;
    info->has_leet |= mixed || tok == 3;
    return SG_OK;
}

/* Replaces every invalid UTF-8 sequence by U+FFFD so that utf8proc, which
 * rejects the whole string otherwise, sees valid text. */
static sg_err sanitize_utf8(const char *in, size_t len, sg_buf *out)
{
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)in;
    size_t i = 0;
    while (i < len) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &cp);
        sg_err rc;
        if (n <= 0 || cp < 0) {
            rc = sg_buf_append(out, "\xEF\xBF\xBD", 3);
            n = 1;
        } else if (cp == '\t' || cp == '\f') {
            /* utf8proc would turn these into line breaks (NLF2LF) */
            rc = sg_buf_append_byte(out, ' ');
        } else {
            rc = sg_buf_append(out, p + i, (size_t)n);
        }
        if (rc)
            return rc;
        i += (size_t)n;
    }
    return SG_OK;
}

/* Runs of one unit of 1 to 4 bytes repeated ("=========", "hahahahaha",
 * "x x x x x") keep their first REPEAT_KEEP repetitions (ordinary text has
 * runs of three: "...", "000"). Every occurrence
 * of a hashed feature counts, so the 4-gram of a long run outweighed the
 * rest of the text: 80 '=' under a heading, a separator line of '-' in a
 * test report or 300 'a' scored 1.0 as an injection (sessions 6 and 7).
 * The unit's features stay, the run's length goes. Bytes are compared with
 * the input p bytes back, so a cut respects the unit's phase. */
#define REPEAT_KEEP 4
#define REPEAT_MAX_UNIT 4

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
/* repeat_masks of a whole block, 32 bytes at a time. */
__attribute__((target("avx2"))) static void repeat_masks_avx2(const unsigned char *q,
                                                              uint64_t m[REPEAT_MAX_UNIT])
{
    for (int p = 1; p <= REPEAT_MAX_UNIT; p++)
        m[p - 1] = 0;
    for (unsigned c = 0; c < 64; c += 32) {
        __m256i x = _mm256_loadu_si256((const __m256i *)(q + c));
        for (int p = 1; p <= REPEAT_MAX_UNIT; p++) {
            __m256i y = _mm256_loadu_si256((const __m256i *)(q + c - p));
            m[p - 1] |= (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(x, y)) << c;
        }
    }
}
#endif

/* Bit j of m[p - 1]: s[b + j] == s[b + j - p] (0 where b + j < p), for
 * the k <= 64 bytes from b: 32 or 16 at a time, each loaded once, in a
 * whole block whose bytes 4 before exist (sg__guard_mask_path 1 or 2: SSE2
 * at most or plain, for tests). */
static void repeat_masks(const unsigned char *s, size_t b, size_t k, uint64_t m[REPEAT_MAX_UNIT])
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    if (k == 64 && b >= REPEAT_MAX_UNIT && sg__guard_mask_path == 0 &&
        __builtin_cpu_supports("avx2")) {
        repeat_masks_avx2(s + b, m);
        return;
    }
#endif
#ifdef __SSE2__
    if (k == 64 && b >= REPEAT_MAX_UNIT && sg__guard_mask_path < 2) {
        uint64_t m1 = 0, m2 = 0, m3 = 0, m4 = 0;
        for (unsigned c = 0; c < 64; c += 16) {
            const unsigned char *q = s + b + c;
            __m128i x = _mm_loadu_si128((const __m128i *)q);
            m1 |= (uint64_t)(uint16_t)_mm_movemask_epi8(
                      _mm_cmpeq_epi8(x, _mm_loadu_si128((const __m128i *)(q - 1)))) << c;
            m2 |= (uint64_t)(uint16_t)_mm_movemask_epi8(
                      _mm_cmpeq_epi8(x, _mm_loadu_si128((const __m128i *)(q - 2)))) << c;
            m3 |= (uint64_t)(uint16_t)_mm_movemask_epi8(
                      _mm_cmpeq_epi8(x, _mm_loadu_si128((const __m128i *)(q - 3)))) << c;
            m4 |= (uint64_t)(uint16_t)_mm_movemask_epi8(
                      _mm_cmpeq_epi8(x, _mm_loadu_si128((const __m128i *)(q - 4)))) << c;
        }
        m[0] = m1, m[1] = m2, m[2] = m3, m[3] = m4;
        return;
    }
#endif
    for (size_t p = 1; p <= REPEAT_MAX_UNIT; p++) {
        m[p - 1] = 0;
        for (size_t j = 0; j < k; j++)
            if (b + j >= p && s[b + j] == s[b + j - p])
                m[p - 1] |= (uint64_t)1 << j;
    }
}

/* The bits of x that start a run of four set bits. */
static inline uint64_t runs_of_four(uint64_t x)
{
    x &= x >> 1;
    return x & x >> 2;
}

/* The start of the first 64-byte block at or after b (a multiple of 64)
 * of the n bytes at s where drop_repeats may drop a byte, or n: a unit of p
 * bytes repeated more than REPEAT_KEEP times makes (REPEAT_KEEP - 1) p + 1
 * >= 4 bytes in a row equal to the byte p before them. Ordinary text has
 * few runs of four such bytes, and this test costs a few instructions per
 * byte where the exact pass costs a dozen (run over whole texts it cost
 * more than the model's own scoring). A run of four crosses at most one
 * block boundary: each block is checked alone and with the last 8 bits of
 * the one before in front of its first 56. */
static size_t next_repeat_block(const unsigned char *s, size_t n, size_t b)
{
    uint64_t prev[REPEAT_MAX_UNIT] = {0}, m[REPEAT_MAX_UNIT];
    if (b >= 64)
        repeat_masks(s, b - 64, 64, prev);
    for (; b < n; b += 64) {
        repeat_masks(s, b, n - b < 64 ? n - b : 64, m);
        uint64_t any = 0;
        for (int p = 0; p < REPEAT_MAX_UNIT; p++) {
            any |= runs_of_four(m[p]) | runs_of_four(m[p] << 8 | prev[p] >> 56);
            prev[p] = m[p];
        }
        if (any)
            return b;
    }
    return n;
}

/* The exact pass's state: the last four input bytes and, per unit length
 * p, how many bytes in a row have equalled the byte p before them. */
struct repeat_state {
    int last[REPEAT_MAX_UNIT];
    uint32_t run[REPEAT_MAX_UNIT];
};

/* The exact pass over in[start, end), appending the bytes kept to o. */
static size_t keep_unrepeated(const unsigned char *in, size_t start, size_t end,
                              struct repeat_state *st, unsigned char *o)
{
    int p1 = st->last[0], p2 = st->last[1], p3 = st->last[2], p4 = st->last[3];
    uint32_t run1 = st->run[0], run2 = st->run[1], run3 = st->run[2], run4 = st->run[3];
    size_t w = 0;
    for (size_t r = start; r < end; r++) {
        int c = in[r];
        run1 = (run1 + 1) & -(uint32_t)(c == p1);
        run2 = (run2 + 1) & -(uint32_t)(c == p2);
        run3 = (run3 + 1) & -(uint32_t)(c == p3);
        run4 = (run4 + 1) & -(uint32_t)(c == p4);
        bool drop = (run1 > (REPEAT_KEEP - 1) * 1) | (run2 > (REPEAT_KEEP - 1) * 2) |
                    (run3 > (REPEAT_KEEP - 1) * 3) | (run4 > (REPEAT_KEEP - 1) * 4);
        o[w] = (unsigned char)c;
        w += !drop;
        p4 = p3, p3 = p2, p2 = p1, p1 = c;
    }
    *st = (struct repeat_state){{p1, p2, p3, p4}, {run1, run2, run3, run4}};
    return w;
}

/* Applies the cut to out[from, len): the exact pass runs only over the
 * blocks next_repeat_block finds, each from 16 bytes before it with its
 * counts at zero unless it continues the block before - a count missed
 * there belongs to a run that stops before the block (a run of four would
 * have made the bytes before it a candidate) or that is over 16 bytes long
 * by the block, past every limit (at most 3 * 4). The kept bytes gather in
 * a scratch copy (the filter reads the input, which must stay whole; the
 * buffer's own room may be capped), then replace the input. */
static sg_err drop_repeats(sg_buf *out, size_t from)
{
    size_t n = out->len - from;
    size_t b = out->data ? next_repeat_block((const unsigned char *)out->data + from, n, 0) : n;
    if (b == n)
        return SG_OK;
    unsigned char *o = malloc(n);
    if (!o)
        return SG_ERR_NOMEM;
    const unsigned char *in = (const unsigned char *)out->data + from;
    size_t w = 0, done = 0;
    struct repeat_state st = {{-1, -1, -1, -1}, {0, 0, 0, 0}};
    while (b < n) {
        size_t start = b > done + 16 ? b - 16 : done;
        if (start != done || done == 0) { /* a fresh start */
            st = (struct repeat_state){{-1, -1, -1, -1}, {0, 0, 0, 0}};
            for (size_t k = 0; k < REPEAT_MAX_UNIT && start >= k + 1; k++)
                st.last[k] = in[start - 1 - k];
        }
        memcpy(o + w, in + done, start - done);
        w += start - done;
        size_t end = b + 64 < n ? b + 64 : n;
        w += keep_unrepeated(in, start, end, &st, o + w);
        done = end;
        b = next_repeat_block(in, n, end);
    }
    memcpy(o + w, in + done, n - done);
    w += n - done;
    memcpy(out->data + from, o, w);
    free(o);
    out->len = from + w;
    out->data[out->len] = '\0';
    return SG_OK;
}

sg_err sg__guard_normalize(const char *in, size_t len, sg_buf *out)
{
    struct sg__norm_info info;
    return sg__guard_normalize_info(in, len, out, &info);
}

sg_err sg__guard_normalize_info(const char *in, size_t len, sg_buf *out,
                                struct sg__norm_info *info)
{
    bool non_ascii = false;
    size_t from = out->len;
    memset(info, 0, sizeof *info);
    sg_err rc = ascii_collapsed(out, (const unsigned char *)in, len, &non_ascii, info);
    if (rc || !non_ascii)
        return rc ? rc : drop_repeats(out, from);
    memset(info, 0, sizeof *info);

    sg_buf clean;
    sg_buf_init(&clean, len * 3 + 16);
    rc = sanitize_utf8(in, len, &clean);
    if (rc)
        goto out;
    utf8proc_uint8_t *mapped = NULL;
    utf8proc_ssize_t n = utf8proc_map_custom(
        (const utf8proc_uint8_t *)clean.data, (utf8proc_ssize_t)clean.len, &mapped,
        UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
            UTF8PROC_IGNORE | UTF8PROC_STRIPCC | UTF8PROC_NLF2LF | UTF8PROC_STRIPMARK |
            UTF8PROC_LUMP,
        fold_confusable, NULL);
    if (n < 0) {
        rc = n == UTF8PROC_ERROR_NOMEM ? SG_ERR_NOMEM : SG_ERR_ENCODING;
        goto out;
    }
    rc = append_collapsed(out, mapped, (size_t)n, NULL, info);
    free(mapped);
    if (!rc)
        rc = drop_repeats(out, from);
out:
    sg_buf_release(&clean);
    return rc;
}

sg_err sg__guard_normalize_ascii_ref(const char *in, size_t len, sg_buf *out,
                                    struct sg__norm_info *info, bool *non_ascii)
{
    memset(info, 0, sizeof *info);
    *non_ascii = false;
    size_t from = out->len;
    sg_err rc = append_collapsed(out, (const unsigned char *)in, len, non_ascii, info);
    return rc || *non_ascii ? rc : drop_repeats(out, from);
}
