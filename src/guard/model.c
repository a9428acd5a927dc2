/* model.c - the learned injection model: a logistic regression over hashed
 * character 4-grams, word unigrams and bigrams (2^18 buckets, int16 weights
 * with one scale, counts scaled by 1/sqrt(n)), one dense feature per rule,
 * and dense features that catch adversarial suffixes (class transitions,
 * punctuation density, "weird" tokens, character-class entropy, rare-token
 * density). A window is scored whole and sentence by sentence in one pass.
 * Platt scaling maps the margin to a probability calibrated on the dev split;
 * for documents, a stacker over the statistics of the pieces' margins does.
 *
 * Weights file (little-endian): two records, the model of user text then
 * the model of documents (tool results), each "SGGUARD1", u32 version 4,
 * u32 dim bits, u32 dense count, u32 0, f64 bias, f64 platt a, f64 platt b,
 * f64 default threshold, f64 scale, f64 0 (reserved), f64 document stacker
 * [SG__DOC_FEATURES + 1] (all 0: none), then i16 hashed[2^bits],
 * f32 dense[dense]. The shipped file is embedded at build time and checked
 * against its recorded SHA-256 at load. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#endif

#include "guard_int.h"

/* Embedded weights and digest: .incbin keeps the 128 KiB image out of the C
 * source; model.c must be rebuilt after `saiguard guard train` rewrites
 * data/guard/model.bin (the reproducibility test checks they agree). */
__asm__(".section .rodata\n"
        ".balign 16\n"
        ".global sg__guard_weights_start\n"
        "sg__guard_weights_start:\n"
        ".incbin \"" SG_SOURCE_DIR "/data/guard/model.bin\"\n"
        ".global sg__guard_weights_end\n"
        "sg__guard_weights_end:\n"
        ".global sg__guard_digest_start\n"
        "sg__guard_digest_start:\n"
        ".incbin \"" SG_SOURCE_DIR "/data/guard/model.bin.sha256\"\n"
        ".byte 0\n"
        ".previous\n");
extern const uint8_t sg__guard_weights_start[], sg__guard_weights_end[];
extern const char sg__guard_digest_start[];

const uint8_t *sg__guard_shipped_weights(size_t *len)
{
    *len = (size_t)(sg__guard_weights_end - sg__guard_weights_start);
    return sg__guard_weights_start;
}

const char *sg_guard_shipped_digest(void)
{
    /* data/guard/model.bin.sha256 holds exactly 64 hex digits; .byte 0 ends it. */
    return sg__guard_digest_start;
}

/* ---- file layout ---------------------------------------------------------- */

#define MAGIC "SGGUARD1"
#define VERSION 4
#define HEADER_LEN (8 + 4 * 4 + 8 * 6 + 8 * (SG__DOC_FEATURES + 1))
#define RECORD_LEN (HEADER_LEN + SG__MODEL_DIM * 2 + SG__MODEL_DENSE * 4)
#define FILE_LEN (2 * RECORD_LEN)

static uint32_t rd32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static uint64_t rd64(const uint8_t *p) { return (uint64_t)rd32(p) | (uint64_t)rd32(p + 4) << 32; }
static double rdf64(const uint8_t *p)
{
    uint64_t u = rd64(p);
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}
static void wr32(uint8_t *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}
static void wrf64(uint8_t *p, double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    wr32(p, (uint32_t)u);
    wr32(p + 4, (uint32_t)(u >> 32));
}

static sg_err model_alloc(struct sg__model *m)
{
    m->w = malloc(SG__MODEL_TOTAL * sizeof *m->w);
    m->q = malloc(SG__MODEL_DIM * sizeof *m->q);
    if (!m->w || !m->q) {
        sg__guard_model_release(m);
        return SG_ERR_NOMEM;
    }
    return SG_OK;
}

/* One record of the file: the header and weights of one model. */
static sg_err record_parse(const uint8_t *data, struct sg__model *m, const char *which,
                           struct sg_error *err)
{
    memset(m, 0, sizeof *m);
    if (memcmp(data, MAGIC, 8) != 0 || rd32(data + 8) != VERSION ||
        rd32(data + 12) != SG__MODEL_DIM_BITS || rd32(data + 16) != SG__MODEL_DENSE)
        return sg_error_set(err, SG_ERR_FORMAT, "guard weights",
                            "the %s model is not of this version", which);
    m->bias = rdf64(data + 24);
    m->platt_a = rdf64(data + 32);
    m->platt_b = rdf64(data + 40);
    m->threshold = rdf64(data + 48);
    m->qscale = rdf64(data + 56);
    bool doc_finite = true;
    for (int i = 0; i <= SG__DOC_FEATURES; i++) {
        m->doc[i] = rdf64(data + 72 + 8 * i);
        doc_finite = doc_finite && isfinite(m->doc[i]);
        m->has_doc = m->has_doc || m->doc[i] != 0;
    }
    if (!isfinite(m->bias) || !isfinite(m->platt_a) || !isfinite(m->platt_b) ||
        !(m->threshold >= 0 && m->threshold <= 1) || !(m->qscale > 0 && m->qscale < 1e6) ||
        !doc_finite)
        return sg_error_set(err, SG_ERR_FORMAT, "guard weights", "bad header values (%s model)",
                            which);
    if (model_alloc(m))
        return sg_error_set(err, SG_ERR_NOMEM, "guard weights", "out of memory");
    const uint8_t *p = data + HEADER_LEN;
    for (size_t i = 0; i < SG__MODEL_DIM; i++, p += 2) {
        m->q[i] = (int16_t)(uint16_t)(p[0] | p[1] << 8);
        m->w[i] = (float)(m->q[i] * m->qscale);
    }
    for (size_t i = SG__MODEL_DIM; i < SG__MODEL_TOTAL; i++, p += 4) {
        uint32_t u = rd32(p);
        memcpy(&m->w[i], &u, 4);
        if (!isfinite(m->w[i])) {
            sg__guard_model_release(m);
            return sg_error_set(err, SG_ERR_FORMAT, "guard weights",
                                "weight %zu of the %s model is not finite", i, which);
        }
    }
    return SG_OK;
}

sg_err sg__guard_weights_parse(const uint8_t *data, size_t len, struct sg__model *user,
                               struct sg__model *tool, struct sg_error *err)
{
    memset(user, 0, sizeof *user);
    memset(tool, 0, sizeof *tool);
    if (len != FILE_LEN || memcmp(data, MAGIC, 8) != 0)
        return sg_error_set(err, SG_ERR_FORMAT, "guard weights",
                            "not a saiguard guard weights file of this version (%zu bytes)", len);
    sg_err rc = record_parse(data, user, "user-text", err);
    if (rc == SG_OK && (rc = record_parse(data + RECORD_LEN, tool, "document", err)))
        sg__guard_model_release(user);
    return rc;
}

sg_err sg__guard_model_from_float(const double *w, struct sg__model *m)
{
    sg_err rc = model_alloc(m);
    if (rc)
        return rc;
    double max = 0;
    for (size_t i = 0; i < SG__MODEL_DIM; i++)
        max = fmax(max, fabs(w[i]));
    m->qscale = max > 0 ? max / 32767.0 : 1.0;
    for (size_t i = 0; i < SG__MODEL_DIM; i++) {
        m->q[i] = (int16_t)lrint(w[i] / m->qscale);
        m->w[i] = (float)(m->q[i] * m->qscale);
    }
    for (size_t i = SG__MODEL_DIM; i < SG__MODEL_TOTAL; i++)
        m->w[i] = (float)w[i];
    return SG_OK;
}

static sg_err record_serialize(const struct sg__model *m, sg_buf *out)
{
    uint8_t h[HEADER_LEN] = {0};
    memcpy(h, MAGIC, 8);
    wr32(h + 8, VERSION);
    wr32(h + 12, SG__MODEL_DIM_BITS);
    wr32(h + 16, SG__MODEL_DENSE);
    wrf64(h + 24, m->bias);
    wrf64(h + 32, m->platt_a);
    wrf64(h + 40, m->platt_b);
    wrf64(h + 48, m->threshold);
    wrf64(h + 56, m->qscale);
    for (int i = 0; i <= SG__DOC_FEATURES; i++)
        wrf64(h + 72 + 8 * i, m->has_doc ? m->doc[i] : 0.0);
    sg_err rc = sg_buf_append(out, h, sizeof h);
    if (rc || (rc = sg_buf_reserve(out, RECORD_LEN - HEADER_LEN)))
        return rc;
    for (size_t i = 0; i < SG__MODEL_DIM; i++) {
        uint8_t b[2] = {(uint8_t)((uint16_t)m->q[i] & 0xff), (uint8_t)((uint16_t)m->q[i] >> 8)};
        if ((rc = sg_buf_append(out, b, 2)))
            return rc;
    }
    for (size_t i = SG__MODEL_DIM; i < SG__MODEL_TOTAL; i++) {
        uint32_t u;
        memcpy(&u, &m->w[i], 4);
        uint8_t b[4];
        wr32(b, u);
        if ((rc = sg_buf_append(out, b, 4)))
            return rc;
    }
    return SG_OK;
}

sg_err sg__guard_weights_serialize(const struct sg__model *user, const struct sg__model *tool,
                                   sg_buf *out)
{
    sg_err rc = record_serialize(user, out);
    return rc ? rc : record_serialize(tool, out);
}

void sg__guard_model_release(struct sg__model *m)
{
    free(m->w);
    free(m->q);
    m->w = NULL;
    m->q = NULL;
}

/* Character classes: 0 lower-case letter, 1 digit, 2 space or line break,
 * 3 non-ASCII, 4 other. Stored XOR 4 so that the table's default 0 means
 * "other" and no initialiser overrides another. */
static const uint8_t class_x4[256] = {
    ['a' ... 'z'] = 4 /* 0 ^ 4 */, ['0' ... '9'] = 5 /* 1 ^ 4 */, [' '] = 6, ['\n'] = 6 /* 2 ^ 4 */,
    [0x80 ... 0xff] = 7 /* 3 ^ 4 */,
};
static inline int char_class(unsigned char c) { return class_x4[c] ^ 4; }

/* Lower-case consonants ('y' counts as a vowel) for the rare-token feature. */
static const bool is_consonant[256] = {
    ['b'] = 1, ['c'] = 1, ['d'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['j'] = 1,
    ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
    ['s'] = 1, ['t'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['z'] = 1,
};

/* ---- segments --------------------------------------------------------------- */

#define MIN_SEGMENT 16 /* shorter pieces join the next one */

/* Cuts the piece before p when it is long enough and room is left. */
static void cut_at(size_t p, size_t ends[SG__MAX_SEGMENTS], size_t *n, size_t *start)
{
    if (*n + 1 < SG__MAX_SEGMENTS && p >= *start + MIN_SEGMENT) {
        ends[(*n)++] = p;
        *start = p + 1;
    }
}

/* Cuts at line breaks, after sentence ends, and around separator tokens
 * ("---", "===", "###", '"""', ">>>": three or more bytes with no letter or
 * digit), in one pass. The reference sg__guard_segments() is tested against. */
size_t sg__guard_segments_ref(const char *norm, size_t len, size_t ends[SG__MAX_SEGMENTS])
{
    const unsigned char *s = (const unsigned char *)norm;
    size_t n = 0, start = 0, tstart = 0, last_sep = 0;
    bool alnum = false, have_sep = false;
    for (size_t p = 0; p < len; p++) {
        int cls = char_class(s[p]);
        if (cls != 2) {
            alnum |= cls != 4;
            continue;
        }
        bool septok = p - tstart >= 3 && !alnum;
        if (septok && have_sep)
            cut_at(last_sep, ends, &n, &start); /* before the separator token */
        unsigned char prev = p ? s[p - 1] : 0;
        /* (a window may end on a separator: never leave an empty piece) */
        if ((s[p] == '\n' || prev == '.' || prev == '!' || prev == '?' || septok) && p + 1 < len)
            cut_at(p, ends, &n, &start);
        last_sep = p;
        have_sep = true;
        tstart = p + 1;
        alnum = false;
    }
    ends[n++] = len;
    return n;
}

/* The same cuts from bit masks of 64 bytes at a time that visit only the
 * separators where a cut can happen - line breaks, spaces after ".!?",
 * spaces after three "other" bytes: a byte loop mispredicted at every word
 * end (~2 us per 2 KiB, as much as the rules). */
struct seg_masks {
    uint64_t sep, nl, stop, other; /* ' ' or '\n'; '\n'; ".!?"; class 4 */
};

/* Per 64 bytes, what every mask of the fast pass is made from: one bit per
 * byte for each of these kinds of byte. */
struct byte_kinds {
    uint64_t lower, digit, space, nl, high, apos, stop, vowel; /* space: ' ' or '\n' */
};

/* Tests set it to take the slower paths of the mask builders. */
int sg__guard_mask_path;

enum { K_LOWER = 1, K_DIGIT = 2, K_SPACE = 4, K_NL = 8, K_HIGH = 16, K_APOS = 32, K_STOP = 64,
       K_VOWEL = 128 };
static const uint8_t kind_of[256] = {
    ['a'] = K_LOWER | K_VOWEL, ['b' ... 'd'] = K_LOWER, ['e'] = K_LOWER | K_VOWEL,
    ['f' ... 'h'] = K_LOWER, ['i'] = K_LOWER | K_VOWEL, ['j' ... 'n'] = K_LOWER,
    ['o'] = K_LOWER | K_VOWEL, ['p' ... 't'] = K_LOWER, ['u'] = K_LOWER | K_VOWEL,
    ['v' ... 'x'] = K_LOWER, ['y'] = K_LOWER | K_VOWEL, ['z'] = K_LOWER,
    ['0' ... '9'] = K_DIGIT, [' '] = K_SPACE, ['\n'] = K_SPACE | K_NL, [0x80 ... 0xff] = K_HIGH,
    ['\''] = K_APOS, ['.'] = K_STOP, ['!'] = K_STOP, ['?'] = K_STOP,
};

static void kinds_plain(const unsigned char *p, struct byte_kinds *k)
{
    uint64_t m[8] = {0};
    for (unsigned i = 0; i < 64; i++)
        for (unsigned f = 0; f < 8; f++)
            m[f] |= (uint64_t)(kind_of[p[i]] >> f & 1) << i;
    *k = (struct byte_kinds){m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7]};
}

#ifdef __SSE2__
static uint32_t movemask16(__m128i v) { return (uint32_t)_mm_movemask_epi8(v); }

/* x + (0x80 - lo) < 0x80 + count as signed bytes: lo <= x < lo + count. */
static inline __m128i in_range(__m128i v, char lo, int count)
{
    return _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - lo))),
                          _mm_set1_epi8((char)(0x80 + count)));
}

static inline __m128i eq(__m128i v, char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); }

/* kinds_plain() 16 bytes at a time (SSE2, part of every x86-64). */
static inline __attribute__((always_inline)) void kinds_sse2(const unsigned char *p,
                                                             struct byte_kinds *k)
{
    uint64_t lower = 0, digit = 0, space = 0, nl = 0, high = 0, apos = 0, stop = 0, vowel = 0;
    for (unsigned q = 0; q < 4; q++) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * q));
        __m128i n = eq(v, '\n');
        __m128i vw = _mm_or_si128(_mm_or_si128(_mm_or_si128(eq(v, 'a'), eq(v, 'e')),
                                               _mm_or_si128(eq(v, 'i'), eq(v, 'o'))),
                                  _mm_or_si128(eq(v, 'u'), eq(v, 'y')));
        __m128i st = _mm_or_si128(_mm_or_si128(eq(v, '.'), eq(v, '!')), eq(v, '?'));
        unsigned sh = 16 * q;
        lower |= (uint64_t)movemask16(in_range(v, 'a', 26)) << sh;
        digit |= (uint64_t)movemask16(in_range(v, '0', 10)) << sh;
        space |= (uint64_t)movemask16(_mm_or_si128(eq(v, ' '), n)) << sh;
        nl |= (uint64_t)movemask16(n) << sh;
        high |= (uint64_t)movemask16(v) << sh; /* the sign bit: >= 0x80 */
        apos |= (uint64_t)movemask16(eq(v, '\'')) << sh;
        stop |= (uint64_t)movemask16(st) << sh;
        vowel |= (uint64_t)movemask16(vw) << sh;
    }
    *k = (struct byte_kinds){lower, digit, space, nl, high, apos, stop, vowel};
}
#endif

static inline __attribute__((always_inline)) void kinds_of(const unsigned char *p,
                                                           struct byte_kinds *k)
{
#ifdef __SSE2__
    if (sg__guard_mask_path < 2) {
        kinds_sse2(p, k);
        return;
    }
#endif
    kinds_plain(p, k);
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
/* kinds_sse2() for nb blocks, 32 bytes at a time (checked at run time). */
__attribute__((target("avx2"))) static void kinds_avx2(const unsigned char *p, size_t nb,
                                                       struct byte_kinds *out)
{
#define EQ(v, c) _mm256_cmpeq_epi8(v, _mm256_set1_epi8(c))
#define RANGE(v, lo, count) \
    _mm256_cmpgt_epi8(_mm256_set1_epi8((char)(0x80 + (count))), \
                      _mm256_add_epi8(v, _mm256_set1_epi8((char)(0x80 - (lo)))))
#define MASK(x) ((uint64_t)(uint32_t)_mm256_movemask_epi8(x) << sh)
    for (size_t b = 0; b < nb; b++) {
        struct byte_kinds k = {0};
        for (unsigned h = 0; h < 2; h++) {
            __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)(p + 64 * b + 32 * h));
            __m256i n = EQ(v, '\n');
            __m256i vw = _mm256_or_si256(_mm256_or_si256(_mm256_or_si256(EQ(v, 'a'), EQ(v, 'e')),
                                                         _mm256_or_si256(EQ(v, 'i'), EQ(v, 'o'))),
                                         _mm256_or_si256(EQ(v, 'u'), EQ(v, 'y')));
            __m256i st = _mm256_or_si256(_mm256_or_si256(EQ(v, '.'), EQ(v, '!')), EQ(v, '?'));
            unsigned sh = 32 * h;
            k.lower |= MASK(RANGE(v, 'a', 26));
            k.digit |= MASK(RANGE(v, '0', 10));
            k.space |= MASK(_mm256_or_si256(EQ(v, ' '), n));
            k.nl |= MASK(n);
            k.high |= MASK(v);
            k.apos |= MASK(EQ(v, '\''));
            k.stop |= MASK(st);
            k.vowel |= MASK(vw);
        }
        out[b] = k;
    }
#undef EQ
#undef RANGE
#undef MASK
}
#define HAVE_AVX2_KINDS 1
#endif

static inline struct seg_masks seg_masks_from(const struct byte_kinds *k, uint64_t keep)
{
    return (struct seg_masks){k->space & keep, k->nl & keep, k->stop & keep,
                              ~(k->lower | k->digit | k->space | k->high)};
}

/* The segment masks of the n bytes at p (n < 64: zero bytes, "other",
 * never a separator, stand for the rest). */
static void seg_masks_of(const unsigned char *p, size_t n, struct seg_masks *m)
{
    unsigned char tail[64];
    if (n < 64) {
        memset(tail, 0, sizeof tail);
        memcpy(tail, p, n);
        p = tail;
    }
    struct byte_kinds k;
    kinds_of(p, &k);
    *m = seg_masks_from(&k, n < 64 ? ((uint64_t)1 << n) - 1 : ~(uint64_t)0);
}

/* With pre, the masks of each block come from there (the scoring pass has
 * them already); else they are made here. */
static inline size_t segments_of(const unsigned char *s, size_t len, const struct seg_masks *pre,
                                 size_t ends[SG__MAX_SEGMENTS])
{
    size_t n = 0, start = 0, last_sep = SIZE_MAX; /* the last separator before the block */
    uint64_t prev_stop = 0, prev_other = 0;
    for (size_t b = 0; b < len; b += 64) {
        struct seg_masks m;
        if (pre)
            m = pre[b / 64];
        else
            seg_masks_of(s + b, len - b < 64 ? len - b : 64, &m);
        /* bit p: the byte before p (1, 2, 3 before) is a sentence end ("other") */
        uint64_t stop1 = m.stop << 1 | prev_stop >> 63;
        uint64_t o3 = (m.other << 1 | prev_other >> 63) & (m.other << 2 | prev_other >> 62) &
                      (m.other << 3 | prev_other >> 61);
        for (uint64_t ev = m.sep & (m.nl | stop1 | o3); ev; ev &= ev - 1) {
            unsigned bit = (unsigned)__builtin_ctzll(ev);
            size_t p = b + bit;
            uint64_t before = m.sep & (((uint64_t)1 << bit) - 1);
            size_t prev = before ? b + 63 - (size_t)__builtin_clzll(before) : last_sep;
            size_t tstart = prev == SIZE_MAX ? 0 : prev + 1;
            bool septok = p - tstart >= 3;
            for (size_t i = tstart; septok && i < p; i++)
                septok = char_class(s[i]) == 4;
            if (septok && prev != SIZE_MAX)
                cut_at(prev, ends, &n, &start); /* before the separator token */
            if (((m.nl | stop1) >> bit & 1 || septok) && p + 1 < len)
                cut_at(p, ends, &n, &start);
        }
        if (m.sep)
            last_sep = b + 63 - (size_t)__builtin_clzll(m.sep);
        prev_stop = m.stop;
        prev_other = m.other;
    }
    ends[n++] = len;
    return n;
}

size_t sg__guard_segments(const char *norm, size_t len, size_t ends[SG__MAX_SEGMENTS])
{
    return segments_of((const unsigned char *)norm, len, NULL, ends);
}

/* ---- features -------------------------------------------------------------- */

#define HASH_MUL 0x9E3779B97F4A7C15ull

static inline uint32_t bucket(uint64_t h)
{
    h ^= h >> 29;
    h *= HASH_MUL;
    return (uint32_t)(h >> (64 - SG__MODEL_DIM_BITS));
}

/* The first word of a piece, hashed apart from the other words and
 * differently for a whole text (a message on its own) and for a sentence
 * inside a longer one, by the kind of text around it: a text that opens
 * with an imperative is an ordinary request; a sentence that opens with one
 * ("write", "include", "tell", "send", "ignore") in the middle of a table,
 * a code file or a long e-mail is an instruction slipped into the data - or
 * its reader's to-do, which the weights learn to tell apart. One feature
 * per piece: it is not part of the pieces' partition of the whole text's
 * features. It rehashes the word's own bucket with the salt of its place:
 * the fast pass then needs no extra state per byte (the bucket is the first
 * one a piece writes), and words that share a bucket share it anyway. */
static const uint64_t first_salt[SG__PLACES] = {
    0x2545F4914F6CDD1Dull, 0x9E6C63D0676A9A99ull, 0xD1B54A32D192ED03ull,
    0x8CB92BA72F3D8DD7ull, 0xAEF17502108EF2D9ull,
};

static inline uint32_t first_bucket(uint32_t word_bucket, unsigned place)
{
    return bucket(first_salt[place] + word_bucket);
}

/* Where the sentences of a window are: 1 + (4 or more pieces) + 2 (digits
 * and symbols make up 15 % or more of it: tables, code, logs, JSON). Integer
 * arithmetic, so inference and training agree exactly. */
static unsigned place_of(size_t nseg, uint32_t digits, uint32_t symbols, size_t len)
{
    return 1 + (nseg >= 4) + 2 * ((uint64_t)(digits + symbols) * 100 >= (uint64_t)15 * len);
}

unsigned sg__guard_segment_place(const char *norm, size_t len, size_t nseg)
{
    uint32_t digits = 0, symbols = 0;
    for (size_t i = 0; i < len; i++) {
        int c = char_class((unsigned char)norm[i]);
        digits += c == 1;
        symbols += c == 4;
    }
    return place_of(nseg, digits, symbols, len);
}

/* What the features of one piece of text add up to. */
struct acc {
    int64_t q;        /* sum of quantised hashed weights (scoring only) */
    uint32_t n;       /* hashed feature occurrences */
    uint32_t len, words, weird, rare, punct, transitions;
    uint32_t classes[5];
    uint64_t hits;
    uint32_t first;   /* bucket of the piece's first word, if has_first */
    bool has_first;
};

/* The adversarial-suffix features of a piece; with_entropy false leaves
 * the entropy (adv[4], the one that needs log2) at 0. */
static void adv_some(const struct acc *a, float adv[SG__MODEL_ADV], bool with_entropy)
{
    double L = (double)a->len, Wd = a->words ? (double)a->words : 1.0;
    double ent = 0;
    for (int c = 0; c < 5 && with_entropy; c++)
        if (a->classes[c]) {
            double p = (double)a->classes[c] / L;
            ent -= p * log2(p);
        }
    adv[0] = (float)((double)a->punct / L);
    adv[1] = (float)((double)a->transitions / L);
    adv[2] = (float)((double)a->weird / Wd);
    adv[3] = (float)((double)a->rare / Wd);
    adv[4] = (float)(ent / log2(5.0));
    adv[5] = (float)((double)a->classes[3] / L);
    adv[6] = (float)((double)a->classes[1] / L);
    adv[7] = (float)(a->punct > 0 && (double)a->punct / L > 0.15 ? 1.0 : 0.0);
}

static void adv_of(const struct acc *a, float adv[SG__MODEL_ADV]) { adv_some(a, adv, true); }

static void dense_of(const struct acc *a, float dense[SG__MODEL_DENSE])
{
    memset(dense, 0, SG__MODEL_DENSE * sizeof(float));
    for (unsigned r = 0; r < SG__MODEL_RULES; r++)
        if (a->hits & ((uint64_t)1 << r))
            dense[r] = 1.0f;
    if (a->len > 0)
        adv_of(a, dense + SG__MODEL_RULES);
}

/* Per-piece counters, kept in scalar locals: in a struct or an array the
 * compiler stores and reloads them on every byte. Only the whole text's are
 * counted; a segment's are the difference from a snapshot taken where it
 * starts (nothing is counted across a boundary byte but the byte itself). */
#define COUNTERS(X) \
    X(c0, uint32_t) X(c1, uint32_t) X(c2, uint32_t) X(c3, uint32_t) \
    X(c4, uint32_t) X(tr, uint32_t) X(words, uint32_t) X(weird, uint32_t) X(rare, uint32_t)

/* The one pass over a normalised text: character 4-grams (the text padded
 * with a space at both ends, a line break hashing as a space; gram i covers
 * bytes i-3..i), words and word bigrams, character classes, weird and rare
 * tokens. Writes the bucket of every feature: without segments (nseg 0) all
 * to idx; with segments, those lying wholly inside segment k to idx[off[k],
 * off[k+1]) and those crossing a boundary to xidx. Every feature of a
 * segment taken alone is a feature of the whole text (its boundaries are
 * spaces, the padding of a piece), so segment k gets what extracting
 * norm[start_k, ends[k]) by itself gives - tests/guard checks this.
 * Weights are looked up afterwards in a tight loop, where many table loads
 * are in flight at once; interleaved with this pass they stalled it. */
static size_t extract(const unsigned char *restrict s, size_t len, const size_t *restrict ends,
                      size_t nseg, uint32_t *restrict idx, uint32_t *restrict xidx,
                      size_t *restrict nx, size_t *restrict off, struct acc *restrict all,
                      struct acc *restrict seg)
{
#define DECL(f, t) t A_##f = 0, P_##f = 0;
    COUNTERS(DECL)
#undef DECL
#define STORE(a, D) \
    do { \
        (a)->classes[0] = A_c0 - D(c0), (a)->classes[1] = A_c1 - D(c1); \
        (a)->classes[2] = A_c2 - D(c2), (a)->classes[3] = A_c3 - D(c3); \
        (a)->classes[4] = A_c4 - D(c4), (a)->punct = A_c4 - D(c4); \
        (a)->transitions = A_tr - D(tr), (a)->words = A_words - D(words); \
        (a)->weird = A_weird - D(weird), (a)->rare = A_rare - D(rare); \
    } while (0)
#define NONE(f) 0
#define SNAP(f) P_##f
#define TAKE(f, t) P_##f = A_##f;
#define ADD(v, in_seg) \
    do { \
        if (in_seg) \
            idx[n++] = (v); \
        else \
            xidx[(*nx)++] = (v); \
    } while (0)
    size_t n = 0;
    size_t k = 0, lo = 0, end = nseg ? ends[0] : len; /* current segment */
    *nx = 0;
    if (nseg)
        off[0] = 0;
    all->has_first = false;
    for (size_t j = 0; j < nseg; j++)
        seg[j].has_first = false;
    uint32_t g = ' ';
    int last_class = 2;
    bool in_word = false, after_word = false;
    size_t wstart = 0, prev_seg = (size_t)-1;
    uint64_t h = 0, prev = 0;
    uint32_t crun = 0, maxrun = 0, punct_run = 0;
    for (size_t i = 0; i <= len; i++) {
        unsigned char c = i < len ? s[i] : ' ';
        int cls = char_class(c);
        if (i > end && k + 1 < nseg) { /* i is one past a boundary byte */
            STORE(&seg[k], SNAP);
            seg[k].classes[2]--; /* the boundary byte */
            COUNTERS(TAKE)
            lo = end + 1;
            end = ends[++k];
            off[k] = n;
        }
        g = (g << 8) | (cls == 2 ? ' ' : c);
        if (i >= 2)
            ADD(bucket(0x100000000ull | g), !nseg || i >= lo + 2);
        /* word bytes: letters, digits, non-ASCII and the apostrophe */
        if (((cls != 2 && cls != 4) || c == '\'') && i < len) {
            if (!in_word) {
                /* A token glued to symbols ("oppositeley.](", "\!--two") is
                 * typical of optimised adversarial suffixes. */
                if (after_word && punct_run >= 2) {
                    A_weird++; /* no separator between: the same segment */
                }
                in_word = true;
                wstart = i;
                h = 0xcbf29ce484222325ull;
                crun = maxrun = 0;
            }
            h = (h ^ c) * 0x100000001b3ull;
            crun = is_consonant[c] ? crun + 1 : 0;
            maxrun = crun > maxrun ? crun : maxrun;
        } else {
            if (in_word) {
                in_word = false;
                uint32_t uni = bucket(h ^ 0x5bd1e995ull);
                ADD(uni, true);
                if (A_words > 0)
                    ADD(bucket(prev * 31 + h + 0x1234567ull), !nseg || prev_seg == k);
                else
                    all->first = uni, all->has_first = true;
                if (nseg && prev_seg != k)
                    seg[k].first = uni, seg[k].has_first = true;
                A_words++;
                /* long consonant runs and very long tokens: rare tokens */
                bool rare = maxrun >= 5 || i - wstart > 20;
                A_rare += rare;
                prev = h;
                prev_seg = k;
                after_word = true;
                punct_run = 0;
            }
            if (cls == 2)
                after_word = false;
            else
                punct_run++;
        }
        if (i == len)
            break;
        bool tr = cls != last_class && cls != 2 && last_class != 2;
        A_c0 += cls == 0, A_c1 += cls == 1, A_c2 += cls == 2, A_c3 += cls == 3, A_c4 += cls == 4;
        A_tr += tr;
        last_class = cls;
    }
    STORE(all, NONE);
    all->len = (uint32_t)len;
    if (nseg) {
        STORE(&seg[k], SNAP);
        off[nseg] = n;
        for (size_t j = 0; j < nseg; j++)
            seg[j].len = (uint32_t)(ends[j] - (j ? ends[j - 1] + 1 : 0));
    }
    return n;
#undef STORE
#undef NONE
#undef SNAP
#undef TAKE
#undef ADD
}

size_t sg__guard_features(const char *norm, size_t len, uint64_t rule_hits, unsigned place,
                          uint32_t *idx, float dense[SG__MODEL_DENSE])
{
    struct acc a = {0};
    a.hits = rule_hits;
    size_t nx;
    size_t n = extract((const unsigned char *)norm, len, NULL, 0, idx, NULL, &nx, NULL, &a, NULL);
    if (a.has_first)
        idx[n++] = first_bucket(a.first, place);
    dense_of(&a, dense);
    return n;
}

/* Adds a piece's first-word feature to its sums. */
static void add_first(const int16_t *q, struct acc *a, unsigned place)
{
    if (a->has_first) {
        a->q += q[first_bucket(a->first, place)];
        a->n++;
    }
}

/* The same sum as the dot product with dense_of(), over the rules that
 * fired only: this runs once per segment. */
static double margin_some(const struct sg__model *m, const struct acc *a, bool with_entropy)
{
    const float *wd = m->w + SG__MODEL_DIM;
    double d = 0;
    for (uint64_t h = a->hits; h; h &= h - 1)
        d += (double)wd[__builtin_ctzll(h)] * 1.0f;
    if (a->len > 0) {
        float adv[SG__MODEL_ADV];
        adv_some(a, adv, with_entropy);
        for (unsigned k = 0; k < SG__MODEL_ADV; k++)
            d += (double)wd[SG__MODEL_RULES + k] * adv[k];
    }
    return m->bias + (a->n ? (double)a->q * m->qscale / sqrt((double)a->n) : 0) + d;
}

static double margin_of(const struct sg__model *m, const struct acc *a)
{
    return margin_some(m, a, true);
}

/* At least margin_of(): the entropy feature lies in [0, 1] (a float, so
 * 1 + 2^-23 at most), and the slack covers the rounding of the sums. */
static double margin_bound(const struct sg__model *m, const struct acc *a)
{
    double w = m->w[SG__MODEL_DIM + SG__MODEL_RULES + 4];
    return margin_some(m, a, false) + (a->len > 0 && w > 0 ? w * (1 + 1e-6) : 0) + 1e-9;
}

static int64_t sum_weights(const int16_t *restrict q, const uint32_t *restrict idx, size_t n)
{
    int64_t sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += q[idx[i]];
    return sum;
}

/* Cuts a window into sentence pieces and runs the rules over it; returns
 * the number of pieces, 0 when the whole window is the only one. */
static size_t window_pieces(const hs_database_t *db, hs_scratch_t *scratch, const char *norm,
                            size_t len, size_t ends[SG__MAX_SEGMENTS], uint64_t *all_hits,
                            uint64_t seg_hits[SG__MAX_SEGMENTS])
{
    size_t nseg = sg__guard_segments(norm, len, ends);
    if (nseg < 2)
        nseg = 0; /* one piece: the whole window is it */
    sg__guard_rules_window(db, scratch, norm, len, ends, nseg, all_hits, seg_hits);
    return nseg;
}

/* The best of the whole window and its pieces, with the winner's hits. */
static double best_margin(const struct sg__model *m, const struct acc *all, const struct acc *seg,
                          size_t nseg, uint64_t *hits)
{
    double best = margin_of(m, all);
    *hits = all->hits;
    for (size_t k = 0; k < nseg; k++) {
        double z = margin_of(m, &seg[k]);
        if (z > best) {
            best = z;
            *hits = seg[k].hits;
        }
    }
    return best;
}

/* best_margin() without the log2 of a piece that cannot win: its bound is
 * below the best so far (a winner must be strictly greater), so the result
 * and the winner's hits are best_margin()'s (tests/guard checks it against
 * the reference, which keeps best_margin()). */
static double best_margin_fast(const struct sg__model *m, const struct acc *all,
                               const struct acc *seg, size_t nseg, uint64_t *hits)
{
    double best = margin_of(m, all);
    *hits = all->hits;
    for (size_t k = 0; k < nseg; k++) {
        if (margin_bound(m, &seg[k]) < best)
            continue;
        double z = margin_of(m, &seg[k]);
        if (z > best) {
            best = z;
            *hits = seg[k].hits;
        }
    }
    return best;
}

double sg__guard_window_margin_ref(const struct sg__model *m, const hs_database_t *db,
                                   hs_scratch_t *scratch, const char *norm, size_t len,
                                   uint64_t *hits)
{
    size_t ends[SG__MAX_SEGMENTS], off[SG__MAX_SEGMENTS + 1], nx;
    uint64_t seg_hits[SG__MAX_SEGMENTS];
    struct acc all = {0}, seg[SG__MAX_SEGMENTS];
    /* 2 x 24 KiB of bucket indices: a window is capped, so the stack is enough */
    uint32_t idx[SG__MODEL_MAX_FEATURES(SG_GUARD_WINDOW)];
    uint32_t xidx[SG__MODEL_MAX_FEATURES(SG_GUARD_WINDOW)];
    if (len > SG_GUARD_WINDOW)
        len = SG_GUARD_WINDOW;
    size_t nseg = window_pieces(db, scratch, norm, len, ends, &all.hits, seg_hits);
    size_t n = extract((const unsigned char *)norm, len, ends, nseg, idx, xidx, &nx, off, &all, seg);
    if (!nseg) {
        all.q = sum_weights(m->q, idx, n);
        all.n = (uint32_t)n;
        add_first(m->q, &all, SG__PLACE_WHOLE);
        *hits = all.hits;
        return margin_of(m, &all);
    }
    all.q = sum_weights(m->q, xidx, nx);
    all.n = (uint32_t)(n + nx);
    for (size_t k = 0; k < nseg; k++) {
        seg[k].q = sum_weights(m->q, idx + off[k], off[k + 1] - off[k]);
        seg[k].n = (uint32_t)(off[k + 1] - off[k]);
        seg[k].hits = seg_hits[k];
        all.q += seg[k].q;
    }
    unsigned place = place_of(nseg, all.classes[1], all.classes[4], len);
    for (size_t k = 0; k < nseg; k++)
        add_first(m->q, &seg[k], place);
    add_first(m->q, &all, SG__PLACE_WHOLE);
    return best_margin(m, &all, seg, nseg, hits);
}

/* ---- the scoring pass -------------------------------------------------------- */

/* sg__guard_window_margin_ref() above is the reference: extract() then
 * sum_weights(). This is the same computation restructured for speed; it
 * yields the same multiset of bucket indices per piece and the same integer
 * counters, and the sums are integer sums, so every margin is bit for bit
 * the reference's (tests/guard/test_fastpath.c and fuzz_guard_text check it).
 * What changed and why (measured with the pass alone, min over 3000 runs
 * of a 2 KiB prompt: 21.5 us before, 15.2 us after):
 * - the 4-gram buckets go to their own array and are summed after each
 *   piece in a tight loop, where many table loads are in flight at once;
 * - one table lookup per byte gives class, word byte, consonant and the
 *   4-gram byte; a transition between classes is one more lookup;
 * - the five class counters are one add into 12-bit fields of a u64;
 * - a window is walked piece by piece, so the "which segment" test is not
 *   made per byte, over a local copy of the state that stays in registers;
 *   the one bigram that crosses into a piece is moved out after it.
 * - words are found from bit masks and hashed between their boundaries
 *   (word_pass()); the counts of a piece are popcounts of masks.
 * - every mask (segments, words, classes, class transitions) comes from one
 *   pass over the window's bytes (window_masks()); a piece's class counts
 *   are prefix popcounts as well, and the pass has a popcnt copy.
 * Tried and dropped: a pass with no branch at word boundaries (features
 * computed on every byte, kept at ends) - the extra work cost more than the
 * mispredictions it saved (26.4 us). */

_Static_assert(SG_GUARD_WINDOW < 4096, "class counts are packed in 12-bit fields");
_Static_assert(SG_GUARD_WINDOW <= SG__HS_STACK_COPY, "a window's rule scan cannot allocate");
_Static_assert(SG__MODEL_DIM_BITS <= 32, "4-gram buckets are kept in 32 bits");

/* Per byte, as extract() sees it: bits 0-2 the class, bit 3 a word byte
 * (letters, digits, non-ASCII, the apostrophe), bit 4 a consonant, bits
 * 8-15 the byte a 4-gram hashes (a line break as a space). One table
 * instead of three lookups. */
#define CLASS_OF(c) ((c) >= 'a' && (c) <= 'z' ? 0u : (c) >= '0' && (c) <= '9' ? 1u \
                     : (c) == ' ' || (c) == '\n' ? 2u : (c) >= 0x80 ? 3u : 4u)
#define IS_VOWEL(c) ((c) == 'a' || (c) == 'e' || (c) == 'i' || (c) == 'o' || (c) == 'u' || (c) == 'y')
#define INFO(c) (uint16_t)(CLASS_OF(c) | (CLASS_OF(c) == 0 || CLASS_OF(c) == 1 || CLASS_OF(c) == 3 || \
                                          (c) == '\'') << 3 | (CLASS_OF(c) == 0 && !IS_VOWEL(c)) << 4 | \
                           (CLASS_OF(c) == 2 ? ' ' : (c)) << 8)
#define I4(c) INFO(c), INFO(c + 1), INFO(c + 2), INFO(c + 3)
#define I16(c) I4(c), I4(c + 4), I4(c + 8), I4(c + 12)
#define I64(c) I16(c), I16(c + 16), I16(c + 32), I16(c + 48)
static const uint16_t byte_info[256] = {I64(0u), I64(64u), I64(128u), I64(192u)};
#undef I64
#undef I16
#undef I4
#undef INFO
#undef IS_VOWEL
#undef CLASS_OF

struct pass {
    uint64_t cls; /* class counts, 12 bits each */
    uint32_t tr, words, weird, rare;
};

/* ---- the word pass ---------------------------------------------------------- */

/* Words (runs of word bytes: letters, digits, non-ASCII, the apostrophe)
 * found from 64-byte bit masks and hashed between their boundaries, so no
 * branch depends on whether a byte starts or ends a word: a byte loop that
 * carried the word state mispredicted about once per word (~470 times per
 * 2 KiB verdict), the biggest cost left in the pass. The features are the
 * byte loop's exactly (extract(); tests/guard/test_fastpath.c and
 * fuzz_guard_text compare bit for bit). */
#define WORDS_MAX (SG_GUARD_WINDOW / 2 + 2) /* a word and a separator at least */
#define WBLOCKS (SG_GUARD_WINDOW / 64 + 2)   /* blocks over [0, len], +1 read past */

struct words {
    /* bit i of block i / 64: byte i ends a word (the byte after it), starts
     * a word glued to symbols, ends a rare word */
    uint64_t end_m[WBLOCKS], weird_m[WBLOCKS], rare_m[WBLOCKS];
    uint16_t ends_before[WBLOCKS], weird_before[WBLOCKS], rare_before[WBLOCKS];
    uint64_t h[WORDS_MAX];                     /* each word's FNV-1a hash */
    uint16_t start[WORDS_MAX], end[WORDS_MAX]; /* a word's first byte, the byte after */
};

/* Every mask of a window, made in one pass over its bytes (a pass each
 * for the segments, the words and the class counts classified each byte
 * three times), per 64-byte block of the padded window. The class counts
 * and class transitions of any prefix are popcounts: cls_before and
 * tr_before hold them for the blocks before. */
struct wmasks {
    struct seg_masks seg[WBLOCKS];
    uint64_t word[WBLOCKS], cons[WBLOCKS];
    uint64_t cls[4][WBLOCKS]; /* classes 0-3 of char_class(); 4 is the rest */
    uint64_t tr[WBLOCKS];     /* a class transition at the byte, as extract() counts one */
    uint16_t cls_before[4][WBLOCKS], tr_before[WBLOCKS];
};

/* The masks of blocks [0, nb) of buf, whose bytes [0, len) are the window. */
static inline __attribute__((always_inline)) void window_masks(const unsigned char *buf,
                                                               size_t len, size_t nb,
                                                               struct wmasks *restrict wm)
{
    /* the byte before the window counts as a space: no transition into it */
    uint64_t prev[4] = {0, 0, (uint64_t)1 << 63, 0}, prev_other = 0;
    unsigned before[5] = {0, 0, 0, 0, 0};
    struct byte_kinds kinds[WBLOCKS];
#ifdef HAVE_AVX2_KINDS
    if (sg__guard_mask_path == 0 && __builtin_cpu_supports("avx2"))
        kinds_avx2(buf, nb, kinds);
    else
#endif
        for (size_t b = 0; b < nb; b++)
            kinds_of(buf + 64 * b, &kinds[b]);
    for (size_t b = 0; b < nb; b++) {
        const struct byte_kinds k = kinds[b];
        size_t left = len - (64 * b < len ? 64 * b : len);
        wm->seg[b] = seg_masks_from(&k, left < 64 ? ((uint64_t)1 << left) - 1 : ~(uint64_t)0);
        wm->word[b] = k.lower | k.digit | k.high | k.apos;
        wm->cons[b] = k.lower & ~k.vowel;
        uint64_t cls[4] = {k.lower, k.digit, k.space, k.high}, other = wm->seg[b].other;
        /* A transition: a byte of another class than the byte before, both
         * not spaces (class 2); none at byte 0. */
        uint64_t same = other & (other << 1 | prev_other >> 63);
        uint64_t space_before = cls[2] << 1 | prev[2] >> 63;
        for (unsigned c = 0; c < 4; c++) {
            wm->cls[c][b] = cls[c];
            wm->cls_before[c][b] = (uint16_t)before[c];
            before[c] += (unsigned)__builtin_popcountll(cls[c]);
            if (c != 2)
                same |= cls[c] & (cls[c] << 1 | prev[c] >> 63);
            prev[c] = cls[c];
        }
        uint64_t tr = ~cls[2] & ~space_before & ~same;
        wm->tr[b] = tr;
        wm->tr_before[b] = (uint16_t)before[4];
        before[4] += (unsigned)__builtin_popcountll(tr);
        prev_other = other;
    }
}

/* a + b + *carry, the carry out to *carry */
static inline uint64_t add_carry(uint64_t a, uint64_t b, unsigned *carry)
{
    uint64_t t, r;
    unsigned c = __builtin_add_overflow(a, b, &t);
    c |= __builtin_add_overflow(t, (uint64_t)*carry, &r);
    *carry = c;
    return r;
}

/* The words of buf[0, len), where buf[len] is the padding space and 64
 * zero bytes ("other") follow; writes each word's unigram and, after the
 * first, its bigram to idx as extract() does (word j at 2j - 1, the first
 * at 0; one slot spare), and the masks the pieces count words from. */
static inline __attribute__((always_inline)) void
word_pass(const unsigned char *buf, size_t len, const struct wmasks *restrict wm,
          uint32_t *restrict idx, struct words *restrict ws)
{
    size_t nb = len / 64 + 1, ns = 0, ne = 0;
    uint64_t prev_w = 0, prev_c = 0, prev_p = 0;
    unsigned carry_weird = 0, carry_rare = 0, n_end = 0, n_weird = 0, n_rare = 0;
    for (size_t b = 0; b < nb; b++) {
        uint64_t w = wm->word[b], sp = wm->cls[2][b], c = wm->cons[b];
        uint64_t before = w << 1 | prev_w >> 63, pun = ~w & ~sp;
        for (uint64_t st = w & ~before; st; st &= st - 1)
            ws->start[ns++] = (uint16_t)(64 * b + (size_t)__builtin_ctzll(st));
        uint64_t end = ~w & before;
        for (uint64_t en = end; en; en &= en - 1)
            ws->end[ne++] = (uint16_t)(64 * b + (size_t)__builtin_ctzll(en));
        /* A token glued to symbols ("oppositeley.](", "\!--two") is typical
         * of optimised adversarial suffixes: a word that starts after two
         * or more symbols that follow a word with no space. Adding the
         * runs' first symbols to the symbol mask carries each such run
         * over to the byte after it. */
        uint64_t after_run = add_carry(pun, pun & before, &carry_weird) & ~pun;
        uint64_t weird = after_run & w & (pun << 1 | prev_p >> 63) & (pun << 2 | prev_p >> 62);
        /* Long consonant runs: five consonants in a row end at a bit;
         * carried over to the byte after the word the same way. */
        uint64_t cons5 = c & (c << 1 | prev_c >> 63) & (c << 2 | prev_c >> 62) &
                         (c << 3 | prev_c >> 61) & (c << 4 | prev_c >> 60);
        ws->rare_m[b] = add_carry(w, cons5, &carry_rare) & ~w;
        ws->end_m[b] = end, ws->weird_m[b] = weird;
        ws->ends_before[b] = (uint16_t)n_end, ws->weird_before[b] = (uint16_t)n_weird;
        n_end += (unsigned)__builtin_popcountll(end);
        n_weird += (unsigned)__builtin_popcountll(weird);
        prev_w = w, prev_c = c, prev_p = pun;
    }
    ws->end_m[nb] = ws->weird_m[nb] = ws->rare_m[nb] = 0;
    ws->ends_before[nb] = (uint16_t)n_end, ws->weird_before[nb] = (uint16_t)n_weird;
    /* the hashes first, in a loop of their own: more words' multiply
     * chains in flight at once */
    for (size_t j = 0; j < ne; j++) {
        size_t s = ws->start[j], e = ws->end[j], wl = e - s;
        /* FNV-1a. The hashes of the first 1..6 bytes are all computed and
         * the word's picked: no branch on the length of most words (the
         * bytes after a short word are read, never used). 6, not 8: on
         * prose the two more multiplies on every word cost more than the
         * branch into the loop below for the longer words. */
        uint64_t hs[6], h = 0xcbf29ce484222325ull;
#pragma GCC unroll 6
        for (unsigned t = 0; t < 6; t++)
            hs[t] = h = (h ^ buf[s + t]) * 0x100000001b3ull;
        h = hs[(wl < 6 ? wl : 6) - 1];
        if (wl > 6) {
            for (size_t i = s + 6; i < e; i++)
                h = (h ^ buf[i]) * 0x100000001b3ull;
            /* very long tokens are rare tokens too (a branch taken
             * seldom: cheaper than setting a bit for every word) */
            if (wl > 20)
                ws->rare_m[e >> 6] |= (uint64_t)1 << (e & 63);
        }
        ws->h[j] = h;
    }
    for (size_t b = 0; b <= nb; b++) {
        ws->rare_before[b] = (uint16_t)n_rare;
        n_rare += (unsigned)__builtin_popcountll(ws->rare_m[b]);
    }
    uint64_t prev = 0;
    size_t n = 0;
    for (size_t j = 0; j < ne; j++) {
        uint64_t h = ws->h[j];
        idx[n] = bucket(h ^ 0x5bd1e995ull);
        idx[n + 1] = bucket(prev * 31 + h + 0x1234567ull);
        n += 1 + (j > 0);
        prev = h;
    }
}

/* How many bits of m are below bit i, from the counts of the blocks before. */
static inline uint32_t bits_below(const uint64_t *m, const uint16_t *before, size_t i)
{
    return before[i >> 6] + (uint32_t)__builtin_popcountll(m[i >> 6] & (((uint64_t)1 << (i & 63)) - 1));
}

/* The 4-gram ending at byte i of the text padded as extract() pads it (a
 * space before and after, nothing further out, a line break as a space). */
static inline uint32_t gram_at(const unsigned char *s, size_t len, size_t i)
{
    uint32_t g = 0;
    for (size_t k = 0; k < 4; k++) {
        size_t j = i + k; /* byte i - 3 + k, shifted by 3 to stay unsigned */
        unsigned c = j < 2 ? 0 : j == 2 || j == len + 3 ? ' ' : byte_info[s[j - 3]] >> 8;
        g = g << 8 | c;
    }
    return g;
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
/* Eight 4-gram buckets per step with AVX2: the bytes shuffled into
 * big-endian words, then bucket()'s 64-bit multiply done in 32-bit halves
 * (for h = 2^32 + x the top 32 bits of h * M are
 * hi32(x * Mlo) + x * Mhi + Mlo), so the result is the scalar one exactly.
 * Returns the first i it did not do. */
__attribute__((target("avx2"))) static size_t
gram_buckets_avx2(const unsigned char *s, size_t len, uint32_t *gidx)
{
    /* lane j of each 128-bit half: bytes j+3, j+2, j+1, j of the half */
    const __m256i order = _mm256_setr_epi8(3, 2, 1, 0, 4, 3, 2, 1, 5, 4, 3, 2, 6, 5, 4, 3,
                                           3, 2, 1, 0, 4, 3, 2, 1, 5, 4, 3, 2, 6, 5, 4, 3);
    const __m256i nl = _mm256_set1_epi8('\n'), nl_to_space = _mm256_set1_epi8('\n' ^ ' ');
    const __m256i mlo = _mm256_set1_epi32((int)(uint32_t)HASH_MUL),
                  mhi = _mm256_set1_epi32((int)(uint32_t)(HASH_MUL >> 32)),
                  eight = _mm256_set1_epi32(8),
                  high32 = _mm256_set1_epi64x((long long)0xffffffff00000000ull);
    size_t i = 3;
    for (; i + 17 <= len; i += 8) { /* reads s[i - 3, i + 17) */
        __m256i v = _mm256_loadu2_m128i((const __m128i *)(const void *)(s + i + 1),
                                        (const __m128i *)(const void *)(s + i - 3));
        v = _mm256_xor_si256(v, _mm256_and_si256(_mm256_cmpeq_epi8(v, nl), nl_to_space));
        __m256i g = _mm256_shuffle_epi8(v, order);
        __m256i x = _mm256_xor_si256(g, _mm256_or_si256(_mm256_srli_epi32(g, 29), eight));
        __m256i even = _mm256_srli_epi64(_mm256_mul_epu32(x, mlo), 32);
        __m256i odd = _mm256_and_si256(_mm256_mul_epu32(_mm256_srli_epi64(x, 32), mlo), high32);
        __m256i b = _mm256_add_epi32(_mm256_add_epi32(_mm256_or_si256(even, odd),
                                                      _mm256_mullo_epi32(x, mhi)), mlo);
        b = _mm256_srli_epi32(b, 32 - SG__MODEL_DIM_BITS);
        _mm256_storeu_si256((__m256i *)(void *)(gidx + i), b);
    }
    return i;
}
#endif

/* gidx[i] for i in [0, len]: the bucket of the 4-gram ending at byte i (at
 * len: the padding). Apart from the word state, this was most of the work
 * per byte of the pass; vectorised it is a small part. */
static void gram_buckets(const unsigned char *s, size_t len, uint32_t *gidx)
{
    size_t i = 0, n = len < 3 ? len + 1 : 3;
    for (; i < n; i++)
        gidx[i] = bucket(0x100000000ull | gram_at(s, len, i));
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    if (len >= 16 && __builtin_cpu_supports("avx2"))
        i = gram_buckets_avx2(s, len, gidx);
#endif
    /* sliding, as extract() does */
    uint32_t g = i > 0 ? gram_at(s, len, i - 1) : 0;
    for (; i <= len; i++) {
        g = g << 8 | (i < len ? byte_info[s[i]] >> 8 : ' ');
        gidx[i] = bucket(0x100000000ull | g);
    }
}

/* The class counts (12-bit fields, as struct pass has them) and the class
 * transitions of s[0, i), from the window's masks: counted so, the byte
 * before a piece is a space (a boundary) or there is none, so no
 * transition crosses into a piece and the counts of a piece are the
 * difference of two prefixes, as the byte loop counts them. */
static inline void prefix_counts(const struct wmasks *wm, size_t i, struct pass *p)
{
    uint32_t r[4], rest = (uint32_t)i;
    for (unsigned c = 0; c < 4; c++) {
        r[c] = bits_below(wm->cls[c], wm->cls_before[c], i);
        rest -= r[c];
    }
    p->cls = (uint64_t)r[0] | (uint64_t)r[1] << 12 | (uint64_t)r[2] << 24 | (uint64_t)r[3] << 36 |
             (uint64_t)rest << 48;
    p->tr = bits_below(wm->tr, wm->tr_before, i);
}

/* The sums of the weights of n buckets, four at a time into separate
 * accumulators (fewer loop instructions, four dependency chains). A piece
 * holds at most SG__MODEL_MAX_FEATURES(SG_GUARD_WINDOW) features of at
 * most 32767 each, so 32-bit partial sums cannot overflow, and integer
 * sums in any order are the reference's exactly. */
_Static_assert((uint64_t)SG__MODEL_MAX_FEATURES(SG_GUARD_WINDOW) * 32768 < (uint64_t)INT32_MAX,
               "32-bit partial weight sums");
#define SUM4(q, idx, n) \
    do { \
        int32_t a0 = 0, a1 = 0, a2 = 0, a3 = 0; \
        size_t i = 0; \
        for (; i + 4 <= (n); i += 4) \
            a0 += (q)[(idx)[i]], a1 += (q)[(idx)[i + 1]], a2 += (q)[(idx)[i + 2]], \
                a3 += (q)[(idx)[i + 3]]; \
        for (; i < (n); i++) \
            a0 += (q)[(idx)[i]]; \
        return (int64_t)a0 + a1 + a2 + a3; \
    } while (0)

static int64_t sum_grams(const int16_t *restrict q, const uint32_t *restrict gidx, size_t n)
{
    SUM4(q, gidx, n);
}

static int64_t sum_words(const int16_t *restrict q, const uint32_t *restrict idx, size_t n)
{
    SUM4(q, idx, n);
}
#undef SUM4

/* The counters of a piece: the difference from a snapshot at its start. */
static void store_piece(const struct pass *p, const struct pass *at, struct acc *a)
{
    uint64_t d = p->cls - at->cls;
    for (int c = 0; c < 5; c++)
        a->classes[c] = (uint32_t)(d >> (12 * c) & 0xfff);
    a->punct = a->classes[4];
    a->transitions = p->tr - at->tr;
    a->words = p->words - at->words;
    a->weird = p->weird - at->weird;
    a->rare = p->rare - at->rare;
}

static void doc_stats_add(struct sg__doc_stats *ds, double z)
{
    z = sg__guard_doc_clamp(z);
    if (ds->n == 0 || z > ds->top1) {
        ds->top2 = ds->top1;
        ds->top1 = z;
    } else if (ds->n == 1 || z > ds->top2) {
        ds->top2 = z;
    }
    ds->sum += z;
    ds->above += z > 0;
    ds->n++;
}

/* Adds to ds the margin of every piece of a window (each segment, or the
 * whole window when it has none) that ends past counted_from - except,
 * unless the window ends the text, its last piece: the window's end cuts
 * it, and the next window, which starts a stride later, holds it whole. */
static void doc_stats_window(const struct sg__model *m, const struct acc *all,
                             const struct acc *seg, size_t nseg, const size_t *ends,
                             size_t len, size_t counted_from, bool text_end,
                             struct sg__doc_stats *ds)
{
    if (!nseg) {
        if (text_end)
            doc_stats_add(ds, margin_of(m, all));
        return;
    }
    for (size_t k = 0; k + !text_end < nseg; k++) {
        size_t end = k + 1 == nseg ? len : ends[k] + 1;
        if (end > counted_from)
            doc_stats_add(ds, margin_of(m, &seg[k]));
    }
}

static inline __attribute__((always_inline)) double
window_margin(const struct sg__model *m, const hs_database_t *db, hs_scratch_t *scratch,
              const char *norm, size_t len, uint64_t *hits, struct sg__doc_stats *ds,
              size_t counted_from, bool text_end)
{
    size_t ends[SG__MAX_SEGMENTS];
    uint64_t seg_hits[SG__MAX_SEGMENTS];
    struct acc all = {0}, seg[SG__MAX_SEGMENTS];
    /* the bucket of the 4-gram ending at each byte (and the padding after),
     * and 24 KiB of word-feature buckets, +1 for a bigram written before it
     * is known to count */
    uint32_t gidx[SG_GUARD_WINDOW + 1];
    uint32_t idx[SG__MODEL_MAX_FEATURES(SG_GUARD_WINDOW) + 2];
    if (len > SG_GUARD_WINDOW)
        len = SG_GUARD_WINDOW;
    /* the text, its padding space, then 64 zero bytes the masks may read */
    unsigned char s[SG_GUARD_WINDOW + 1 + 64];
    memcpy(s, norm, len);
    s[len] = ' ';
    memset(s + len + 1, 0, 64);
    struct wmasks wm;
    window_masks(s, len, len / 64 + 1, &wm);
    /* window_pieces() with the masks made above */
    size_t nseg = segments_of(s, len, wm.seg, ends);
    if (nseg < 2)
        nseg = 0;
    sg__guard_rules_window(db, scratch, norm, len, ends, nseg, &all.hits, seg_hits);

    const int16_t *q = m->q;
    struct pass p = {0};
    struct words ws;
    gram_buckets(s, len, gidx);
    word_pass(s, len, &wm, idx, &ws);
    int64_t xq = 0;
    uint32_t xn = 0;
    size_t n = 0, lo = 0, pieces = nseg ? nseg : 1;
    for (size_t k = 0; k < pieces; k++) {
        bool last = k + 1 == pieces;
        size_t hi = last ? len : ends[k] + 1; /* a boundary byte ends its piece */
        struct pass at = p, st = p;
        size_t n0 = n, i = hi + last; /* the last piece has the padding too */
        /* the words whose end (the byte after them) is before i */
        st.words = bits_below(ws.end_m, ws.ends_before, i);
        st.weird = bits_below(ws.weird_m, ws.weird_before, i);
        st.rare = bits_below(ws.rare_m, ws.rare_before, i);
        size_t nn = st.words ? 2 * (size_t)st.words - 1 : 0;
        prefix_counts(&wm, hi, &st);
        /* A piece's first two grams reach into the padding before it: no
         * feature before the text, a cross-piece feature inside it. */
        size_t head = i < lo + 2 ? i : lo + 2;
        int64_t gq = sum_grams(q, gidx + head, i - head);
        uint32_t gn = (uint32_t)(i - head);
        if (k) {
            xq += sum_grams(q, gidx + lo, head - lo);
            xn += (uint32_t)(head - lo);
        }
        p = st;
        n = nn;
        /* The piece's first word: its unigram is the first bucket it wrote. */
        bool has_first = n > n0;
        uint32_t first = has_first ? idx[n0] : 0;
        /* The first bigram of a piece pairs with a word of the one before. */
        if (k && n > n0 && at.words > 0) {
            xq += q[idx[n0 + 1]];
            xn++;
            idx[n0 + 1] = idx[n0];
            n0++;
        }
        int64_t pq = gq + sum_words(q, idx + n0, n - n0);
        uint32_t pn = gn + (uint32_t)(n - n0);
        all.q += pq;
        all.n += pn;
        if (!all.has_first && has_first)
            all.first = first, all.has_first = true;
        if (nseg) {
            store_piece(&p, &at, &seg[k]);
            if (!last)
                seg[k].classes[2]--; /* the boundary byte */
            seg[k].len = (uint32_t)(hi - lo - !last);
            seg[k].q = pq;
            seg[k].n = pn;
            seg[k].first = first;
            seg[k].has_first = has_first;
            seg[k].hits = seg_hits[k];
        }
        lo = hi;
    }
    all.q += xq;
    all.n += xn;
    add_first(q, &all, SG__PLACE_WHOLE);
    store_piece(&p, &(struct pass){0}, &all);
    all.len = (uint32_t)len;
    if (nseg) {
        unsigned place = place_of(nseg, all.classes[1], all.classes[4], len);
        for (size_t k = 0; k < nseg; k++)
            add_first(q, &seg[k], place);
    }
    if (ds)
        doc_stats_window(m, &all, seg, nseg, ends, len, counted_from, text_end, ds);
    return best_margin_fast(m, &all, seg, nseg, hits);
}

/* Most x86-64 CPUs count bits in one instruction (popcnt, x86-64-v2); the
 * baseline ABI makes each of the pass's popcounts a libgcc call. The pass
 * is compiled for both, its helpers inlined into each copy, and picked at
 * run time (by hand, not target_clones: clang 14 leaves the ifunc out of a
 * file that does not call the function). */
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
__attribute__((target("popcnt"))) static double
window_margin_popcnt(const struct sg__model *m, const hs_database_t *db, hs_scratch_t *scratch,
                     const char *norm, size_t len, uint64_t *hits, struct sg__doc_stats *ds,
                     size_t counted_from, bool text_end)
{
    return window_margin(m, db, scratch, norm, len, hits, ds, counted_from, text_end);
}
#define HAVE_POPCNT_PASS 1
#endif

double sg__guard_window_margin_stats(const struct sg__model *m, const hs_database_t *db,
                                     hs_scratch_t *scratch, const char *norm, size_t len,
                                     uint64_t *hits, struct sg__doc_stats *ds,
                                     size_t counted_from, bool text_end)
{
#ifdef HAVE_POPCNT_PASS
    if (__builtin_cpu_supports("popcnt") && sg__guard_mask_path < 2)
        return window_margin_popcnt(m, db, scratch, norm, len, hits, ds, counted_from,
                                    text_end);
#endif
    return window_margin(m, db, scratch, norm, len, hits, ds, counted_from, text_end);
}

double sg__guard_window_margin(const struct sg__model *m, const hs_database_t *db,
                               hs_scratch_t *scratch, const char *norm, size_t len,
                               uint64_t *hits)
{
    return sg__guard_window_margin_stats(m, db, scratch, norm, len, hits, NULL, 0, true);
}

double sg__guard_calibrate(const struct sg__model *m, double z)
{
    return 1.0 / (1.0 + exp(-(m->platt_a * z + m->platt_b)));
}
