/* model.c - the learned injection model: a logistic regression over hashed
 * character 4-grams, word unigrams and bigrams (2^16 buckets, int16 weights
 * with one scale, counts scaled by 1/sqrt(n)), one dense feature per rule,
 * and dense features that catch adversarial suffixes (class transitions,
 * punctuation density, "weird" tokens, character-class entropy, rare-token
 * density). A window is scored whole and sentence by sentence in one pass.
 * Platt scaling maps the margin to a probability calibrated on the dev split.
 *
 * Weights file (little-endian): "SGGUARD1", u32 version 2, u32 dim bits,
 * u32 dense count, u32 0, f64 bias, f64 platt a, f64 platt b, f64 threshold,
 * f64 scale, f64 tool threshold, then i16 hashed[2^bits], f32 dense[dense]. The shipped file is
 * embedded at build time and checked against its recorded SHA-256 at load. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

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
#define VERSION 2
#define HEADER_LEN (8 + 4 * 4 + 8 * 6)
#define FILE_LEN (HEADER_LEN + SG__MODEL_DIM * 2 + SG__MODEL_DENSE * 4)

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

sg_err sg__guard_model_parse(const uint8_t *data, size_t len, struct sg__model *m,
                             struct sg_error *err)
{
    memset(m, 0, sizeof *m);
    if (len != FILE_LEN || memcmp(data, MAGIC, 8) != 0 || rd32(data + 8) != VERSION ||
        rd32(data + 12) != SG__MODEL_DIM_BITS || rd32(data + 16) != SG__MODEL_DENSE)
        return sg_error_set(err, SG_ERR_FORMAT, "guard weights",
                            "not a saiguard guard weights file of this version (%zu bytes)", len);
    m->bias = rdf64(data + 24);
    m->platt_a = rdf64(data + 32);
    m->platt_b = rdf64(data + 40);
    m->threshold = rdf64(data + 48);
    m->qscale = rdf64(data + 56);
    m->threshold_tool = rdf64(data + 64);
    if (!isfinite(m->bias) || !isfinite(m->platt_a) || !isfinite(m->platt_b) ||
        !(m->threshold >= 0 && m->threshold <= 1) || !(m->qscale > 0 && m->qscale < 1e6) ||
        !(m->threshold_tool >= 0 && m->threshold_tool <= 1))
        return sg_error_set(err, SG_ERR_FORMAT, "guard weights", "bad header values");
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
            return sg_error_set(err, SG_ERR_FORMAT, "guard weights", "weight %zu is not finite", i);
        }
    }
    return SG_OK;
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

sg_err sg__guard_model_serialize(const struct sg__model *m, sg_buf *out)
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
    wrf64(h + 64, m->threshold_tool);
    sg_err rc = sg_buf_append(out, h, sizeof h);
    if (rc || (rc = sg_buf_reserve(out, FILE_LEN - HEADER_LEN)))
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
 * digit), in one pass. */
size_t sg__guard_segments(const char *norm, size_t len, size_t ends[SG__MAX_SEGMENTS])
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

/* The adversarial-suffix features of a piece. */
static void adv_of(const struct acc *a, float adv[SG__MODEL_ADV])
{
    double L = (double)a->len, Wd = a->words ? (double)a->words : 1.0;
    double ent = 0;
    for (int c = 0; c < 5; c++)
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
static double margin_of(const struct sg__model *m, const struct acc *a)
{
    const float *wd = m->w + SG__MODEL_DIM;
    double d = 0;
    for (uint64_t h = a->hits; h; h &= h - 1)
        d += (double)wd[__builtin_ctzll(h)] * 1.0f;
    if (a->len > 0) {
        float adv[SG__MODEL_ADV];
        adv_of(a, adv);
        for (unsigned k = 0; k < SG__MODEL_ADV; k++)
            d += (double)wd[SG__MODEL_RULES + k] * adv[k];
    }
    return m->bias + (a->n ? (double)a->q * m->qscale / sqrt((double)a->n) : 0) + d;
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
    sg__guard_rules_segments(db, scratch, norm, len, ends, nseg, all_hits, seg_hits);
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
 * Tried and dropped: a pass with no branch at word boundaries (features
 * computed on every byte, kept at ends) - the extra work cost more than the
 * mispredictions it saved (26.4 us). */

_Static_assert(SG_GUARD_WINDOW < 4096, "class counts are packed in 12-bit fields");
_Static_assert(SG__MODEL_DIM_BITS <= 16, "4-gram buckets are kept in 16 bits");

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
/* Is the step from class a to class b (index a * 8 + b) a transition? Not
 * from or to a space; one load instead of three compares. */
#define T(a, b) ((a) != (b) && (a) != 2 && (b) != 2)
#define T8(a) T(a, 0), T(a, 1), T(a, 2), T(a, 3), T(a, 4), 0, 0, 0
static const uint8_t is_transition[40] = {T8(0), T8(1), T8(2), T8(3), T8(4)};
#undef T8
#undef T
static const uint64_t class_inc[8] = {1, 1 << 12, 1 << 24, (uint64_t)1 << 36, (uint64_t)1 << 48};
#undef I64
#undef I16
#undef I4
#undef INFO
#undef IS_VOWEL
#undef CLASS_OF

struct pass {
    uint64_t cls;     /* class counts, 12 bits each */
    uint64_t h, prev; /* hash of the current and the previous word */
    size_t wstart;
    uint32_t g, tr, words, weird, rare, crun, maxrun, punct_run;
    unsigned last_class, in_word, after_word;
};

/* One byte at i (c = ' ' for the padding after the text: then count is
 * false). Writes the bucket of the 4-gram ending at i to gidx[i] and word
 * features to idx[*n...]; idx must have one slot spare beyond the last real
 * one. Weights are looked up after a piece in tight loops: looked up here,
 * each load waited behind a byte's worth of instructions and the table's L2
 * latency showed. Callers inline it into loops over a local copy of the
 * state: with the state behind a pointer that escapes, the compiler keeps it
 * in memory. */
static inline __attribute__((always_inline)) void
step(struct pass *restrict p, unsigned c, size_t i, bool count, uint16_t *restrict gidx,
     uint32_t *restrict idx, size_t *restrict n)
{
    unsigned info = byte_info[c], cls = info & 7, w = info >> 3 & 1, cons = info >> 4 & 1;
    p->g = (p->g << 8) | info >> 8;
    gidx[i] = (uint16_t)bucket(0x100000000ull | p->g);

    /* Word starts and ends are branches (taken about once in six bytes);
     * the work per byte inside a word is kept small. */
    unsigned nsp = cls != 2;
    if (w) {
        if (!p->in_word) {
            /* A token glued to symbols ("oppositeley.](", "\!--two") is
             * typical of optimised adversarial suffixes. */
            p->weird += p->after_word & (p->punct_run >= 2);
            p->in_word = 1;
            p->wstart = i;
            p->h = 0xcbf29ce484222325ull;
            p->crun = p->maxrun = 0;
        }
        p->h = (p->h ^ c) * 0x100000001b3ull;
        p->crun = (p->crun + 1) & (0u - cons);
        p->maxrun = p->crun > p->maxrun ? p->crun : p->maxrun;
    } else {
        if (p->in_word) {
            p->in_word = 0;
            uint64_t h = p->h;
            idx[(*n)++] = bucket(h ^ 0x5bd1e995ull);
            idx[*n] = bucket(p->prev * 31 + h + 0x1234567ull);
            *n += p->words > 0;
            p->words++;
            p->rare += p->maxrun >= 5 || i - p->wstart > 20;
            p->prev = h;
            p->after_word = 1;
            p->punct_run = 0;
        }
        p->punct_run += nsp;
        p->after_word &= nsp;
    }
    if (count) {
        p->cls += class_inc[cls];
        p->tr += is_transition[p->last_class * 8 + cls];
        p->last_class = cls;
    }
}

static int64_t sum_grams(const int16_t *restrict q, const uint16_t *restrict gidx, size_t n)
{
    int64_t sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += q[gidx[i]];
    return sum;
}

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

double sg__guard_window_margin(const struct sg__model *m, const hs_database_t *db,
                               hs_scratch_t *scratch, const char *norm, size_t len,
                               uint64_t *hits)
{
    size_t ends[SG__MAX_SEGMENTS];
    uint64_t seg_hits[SG__MAX_SEGMENTS];
    struct acc all = {0}, seg[SG__MAX_SEGMENTS];
    /* the bucket of the 4-gram ending at each byte (and the padding after),
     * and 24 KiB of word-feature buckets, +1 for a bigram written before it
     * is known to count */
    uint16_t gidx[SG_GUARD_WINDOW + 1];
    uint32_t idx[SG__MODEL_MAX_FEATURES(SG_GUARD_WINDOW) + 2];
    if (len > SG_GUARD_WINDOW)
        len = SG_GUARD_WINDOW;
    size_t nseg = window_pieces(db, scratch, norm, len, ends, &all.hits, seg_hits);

    const unsigned char *s = (const unsigned char *)norm;
    const int16_t *q = m->q;
    struct pass p = {.g = ' ', .last_class = 2};
    int64_t xq = 0;
    uint32_t xn = 0;
    size_t n = 0, lo = 0, pieces = nseg ? nseg : 1;
    for (size_t k = 0; k < pieces; k++) {
        bool last = k + 1 == pieces;
        size_t hi = last ? len : ends[k] + 1; /* a boundary byte ends its piece */
        struct pass at = p, st = p;
        size_t nn = n, n0 = n, i = lo;
        for (; i < hi; i++)
            step(&st, s[i], i, true, gidx, idx, &nn);
        if (last)
            step(&st, ' ', i++, false, gidx, idx, &nn);
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
        int64_t pq = gq + sum_weights(q, idx + n0, n - n0);
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
    return best_margin(m, &all, seg, nseg, hits);
}

double sg__guard_calibrate(const struct sg__model *m, double z)
{
    return 1.0 / (1.0 + exp(-(m->platt_a * z + m->platt_b)));
}
