/* model.c - the learned injection model: a logistic regression over hashed
 * character 4-grams, word unigrams and bigrams (2^18 buckets, counts scaled
 * by 1/sqrt(n)), one dense feature per rule, and dense features that catch
 * adversarial suffixes (class transitions, punctuation density, "weird"
 * tokens, character-class entropy, rare-token density). Platt scaling maps
 * the margin to a probability calibrated on the dev split.
 *
 * Weights file (little-endian): "SGGUARD1", u32 version 1, u32 dim bits,
 * u32 dense count, u32 0, f64 bias, f64 platt a, f64 platt b, f64 threshold,
 * then f32 weights[2^bits + dense]. The shipped file is embedded at build
 * time and checked against its recorded SHA-256 at load. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "guard_int.h"

/* Embedded weights and digest: .incbin keeps the 1 MiB image out of the C
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
#define HEADER_LEN (8 + 4 * 4 + 8 * 4)

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

sg_err sg__guard_model_parse(const uint8_t *data, size_t len, struct sg__model *m,
                             struct sg_error *err)
{
    memset(m, 0, sizeof *m);
    if (len != HEADER_LEN + SG__MODEL_TOTAL * 4 || memcmp(data, MAGIC, 8) != 0 ||
        rd32(data + 8) != 1 || rd32(data + 12) != SG__MODEL_DIM_BITS ||
        rd32(data + 16) != SG__MODEL_DENSE)
        return sg_error_set(err, SG_ERR_FORMAT, "guard weights",
                            "not a saiguard guard weights file of this version (%zu bytes)", len);
    m->bias = rdf64(data + 24);
    m->platt_a = rdf64(data + 32);
    m->platt_b = rdf64(data + 40);
    m->threshold = rdf64(data + 48);
    if (!isfinite(m->bias) || !isfinite(m->platt_a) || !isfinite(m->platt_b) ||
        !(m->threshold >= 0 && m->threshold <= 1))
        return sg_error_set(err, SG_ERR_FORMAT, "guard weights", "bad header values");
    m->w = malloc(SG__MODEL_TOTAL * sizeof(float));
    if (!m->w)
        return sg_error_set(err, SG_ERR_NOMEM, "guard weights", "out of memory");
    const uint8_t *p = data + HEADER_LEN;
    for (size_t i = 0; i < SG__MODEL_TOTAL; i++, p += 4) {
        uint32_t u = rd32(p);
        memcpy(&m->w[i], &u, 4);
        if (!isfinite(m->w[i])) {
            sg__guard_model_release(m);
            return sg_error_set(err, SG_ERR_FORMAT, "guard weights", "weight %zu is not finite", i);
        }
    }
    return SG_OK;
}

sg_err sg__guard_model_serialize(const struct sg__model *m, sg_buf *out)
{
    uint8_t h[HEADER_LEN] = {0};
    memcpy(h, MAGIC, 8);
    wr32(h + 8, 1);
    wr32(h + 12, SG__MODEL_DIM_BITS);
    wr32(h + 16, SG__MODEL_DENSE);
    wrf64(h + 24, m->bias);
    wrf64(h + 32, m->platt_a);
    wrf64(h + 40, m->platt_b);
    wrf64(h + 48, m->threshold);
    sg_err rc = sg_buf_append(out, h, sizeof h);
    if (rc)
        return rc;
    rc = sg_buf_reserve(out, SG__MODEL_TOTAL * 4);
    if (rc)
        return rc;
    for (size_t i = 0; i < SG__MODEL_TOTAL; i++) {
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
    m->w = NULL;
}

/* ---- features -------------------------------------------------------------- */

#define HASH_MUL 0x9E3779B97F4A7C15ull

static inline uint32_t bucket(uint64_t h)
{
    h ^= h >> 29;
    h *= HASH_MUL;
    return (uint32_t)(h >> (64 - SG__MODEL_DIM_BITS));
}

static inline bool is_word(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80 || c == '\'';
}

static inline int char_class(unsigned char c)
{
    if (c >= 'a' && c <= 'z')
        return 0;
    if (c >= '0' && c <= '9')
        return 1;
    if (c == ' ')
        return 2;
    if (c >= 0x80)
        return 3;
    return 4; /* punctuation and symbols */
}

size_t sg__guard_features(const char *norm, size_t len, uint64_t rule_hits, uint32_t *idx,
                          float dense[SG__MODEL_DENSE])
{
    const unsigned char *s = (const unsigned char *)norm;
    size_t n = 0;

    /* Character 4-grams, with a space added at both ends so that short words
     * and word edges get their own grams. */
    if (len >= 1) {
        uint32_t g = ' ';
        for (size_t i = 0; i <= len; i++) {
            g = (g << 8) | (i < len ? s[i] : ' ');
            if (i >= 2) {
                idx[n++] = bucket(0x100000000ull | g);
            }
        }
    }

    /* Words and word bigrams; also counts for the dense features. */
    uint64_t prev = 0;
    size_t words = 0, weird = 0, rare = 0, punct = 0, transitions = 0;
    size_t classes[5] = {0};
    int last_class = -1;
    for (size_t i = 0; i < len; i++) {
        int c = char_class(s[i]);
        classes[c]++;
        if (c == 4)
            punct++;
        if (last_class >= 0 && c != last_class && c != 2 && last_class != 2)
            transitions++;
        last_class = c;
    }
    size_t i = 0;
    while (i < len) {
        while (i < len && !is_word(s[i]))
            i++;
        if (i >= len)
            break;
        size_t j = i;
        uint64_t h = 0xcbf29ce484222325ull;
        while (j < len && is_word(s[j])) {
            h = (h ^ s[j]) * 0x100000001b3ull;
            j++;
        }
        idx[n++] = bucket(h ^ 0x5bd1e995ull);
        if (words > 0)
            idx[n++] = bucket(prev * 31 + h + 0x1234567ull);
        prev = h;
        words++;
        /* A token glued to symbols ("oppositeley.](", "\!--two") is typical
         * of optimised adversarial suffixes; so are long consonant runs. */
        size_t k = j;
        while (k < len && s[k] != ' ' && !is_word(s[k]))
            k++;
        if (k - j >= 2 && k < len && is_word(s[k]))
            weird++;
        size_t run = 0, maxrun = 0;
        for (size_t t = i; t < j; t++) {
            unsigned char c = s[t];
            bool vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
            run = (c >= 'a' && c <= 'z' && !vowel) ? run + 1 : 0;
            if (run > maxrun)
                maxrun = run;
        }
        if (maxrun >= 5 || j - i > 20)
            rare++;
        i = j;
    }

    memset(dense, 0, SG__MODEL_DENSE * sizeof(float));
    for (unsigned r = 0; r < SG__MODEL_RULES; r++)
        if (rule_hits & ((uint64_t)1 << r))
            dense[r] = 1.0f;

    if (len > 0) {
        double L = (double)len, Wd = words ? (double)words : 1.0;
        double ent = 0;
        for (int c = 0; c < 5; c++)
            if (classes[c]) {
                double p = (double)classes[c] / L;
                ent -= p * log2(p);
            }
        const float adv[SG__MODEL_ADV] = {
            (float)((double)punct / L),
            (float)((double)transitions / L),
            (float)((double)weird / Wd),
            (float)((double)rare / Wd),
            (float)(ent / log2(5.0)),
            (float)((double)classes[3] / L),
            (float)((double)classes[1] / L),
            (float)(punct > 0 && (double)punct / L > 0.15 ? 1.0 : 0.0),
        };
        memcpy(dense + SG__MODEL_RULES, adv, sizeof adv);
    }
    return n;
}

double sg__guard_model_margin(const struct sg__model *m, const char *norm, size_t len,
                              uint64_t rule_hits)
{
    /* Callers pass windows of at most SG_GUARD_WINDOW bytes (window.c). */
    uint32_t idx[SG__MODEL_MAX_FEATURES(SG_GUARD_WINDOW)];
    float dense[SG__MODEL_DENSE];
    if (len > SG_GUARD_WINDOW)
        len = SG_GUARD_WINDOW;
    size_t n = sg__guard_features(norm, len, rule_hits, idx, dense);
    double hashed = 0, d = 0;
    const float *w = m->w;
    for (size_t i = 0; i < n; i++)
        hashed += w[idx[i]];
    for (size_t k = 0; k < SG__MODEL_DENSE; k++)
        d += (double)w[SG__MODEL_DIM + k] * dense[k];
    return m->bias + (n ? hashed / sqrt((double)n) : 0) + d;
}

double sg__guard_calibrate(const struct sg__model *m, double z)
{
    return 1.0 / (1.0 + exp(-(m->platt_a * z + m->platt_b)));
}
