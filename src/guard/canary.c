/* canary.c - per-request canary tokens: a random marker the gateway plants
 * in the system prompt; seeing it in an answer proves the prompt leaked.
 * Matched case-insensitively; the token is 20 random characters of a
 * 30-symbol alphabet, so an exact (case-folded) match has no false
 * positives. A model that respells the
 * token (spaces between characters) is not caught: see guard.h. */
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <pthread.h>
#include <string.h>
#include <strings.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "guard_int.h"

/* Random bytes for canaries, drawn from OpenSSL's CSPRNG in blocks: one
 * RAND_bytes call costs ~8,000 instructions whatever its size (locking, the
 * DRBG's parameter look-ups), as much as checking a short prompt, and the
 * gateway makes one canary per request. Each thread keeps the unused rest
 * of its block; a byte is wiped as it is handed out, and a fork empties
 * the child's block so that parent and child never plant the same canary. */
#define RAND_BLOCK 1024 /* 32 canaries */
static __thread struct {
    unsigned char b[RAND_BLOCK];
    size_t next; /* b[next..] unused; RAND_BLOCK when empty */
    bool init;
} rnd;
static pthread_once_t rnd_once = PTHREAD_ONCE_INIT;

static void rnd_after_fork(void)
{
    OPENSSL_cleanse(rnd.b, sizeof rnd.b);
    rnd.next = RAND_BLOCK;
}

static void rnd_register(void) { (void)pthread_atfork(NULL, NULL, rnd_after_fork); }

static bool random_bytes(unsigned char *out, size_t n)
{
    if (!rnd.init) {
        (void)pthread_once(&rnd_once, rnd_register);
        rnd.next = RAND_BLOCK;
        rnd.init = true;
    }
    if (RAND_BLOCK - rnd.next < n) {
        if (RAND_bytes(rnd.b, RAND_BLOCK) != 1)
            return false;
        rnd.next = 0;
    }
    memcpy(out, rnd.b + rnd.next, n);
    OPENSSL_cleanse(rnd.b + rnd.next, n);
    rnd.next += n;
    return true;
}

/* 30 symbols: the letters and the digits that the leet probe does not read
 * as letters (decode.c maps 0 1 3 4 5 7). The gateway checks the system
 * prompt with the canary in it, and a token mixing letters with 3 or 7
 * (93 % of base32 canaries) made the probe copy and score the whole
 * prompt a second time, on every request. */
static const char canary_alphabet[] = "abcdefghijklmnopqrstuvwxyz2689";
#define ALPHABET (sizeof canary_alphabet - 1)
_Static_assert(256 / ALPHABET * ALPHABET == 240, "bytes below 240 map evenly");

sg_err sg_guard_canary_new(char out[SG_GUARD_CANARY_LEN + 1], struct sg_error *err)
{
    unsigned char r[32];
    memcpy(out, "sgc-", 4);
    size_t k = 4;
    while (k < SG_GUARD_CANARY_LEN) {
        if (!random_bytes(r, sizeof r))
            return sg_error_set(err, SG_ERR_CRYPTO, "guard canary", "random generator failed");
        /* Rejection keeps every symbol equally likely: 20 x log2(30) = 98 bits. */
        for (size_t i = 0; i < sizeof r && k < SG_GUARD_CANARY_LEN; i++)
            if (r[i] < 240)
                out[k++] = canary_alphabet[r[i] % ALPHABET];
    }
    out[SG_GUARD_CANARY_LEN] = '\0';
    OPENSSL_cleanse(r, sizeof r);
    return SG_OK;
}

/* The byte of the canary to look for with memchr: the first one that is not
 * a letter (case-blind, and rare in prose: our canaries have '-' at 3), else
 * the first. Searching for a common letter such as 's' would stop every few
 * bytes of English and cost more than all the other detectors together. */
static size_t anchor_index(const char *canary, size_t k)
{
    for (size_t i = 0; i < k; i++) {
        unsigned char c = (unsigned char)canary[i];
        if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
            return i;
    }
    return 0;
}

/* The same matches, left to right and not overlapping, found by testing
 * three bytes of the canary at once (its first, its anchor and its last)
 * for every candidate start, 16 or 32 starts per step: text full of dates
 * and versions has a '-' every few dozen bytes, and stopping at each one
 * (the reference's memchr) cost more than the whole digit gate. A byte is
 * compared case-blind by OR-ing 0x20 into it when the canary's byte is a
 * letter, which only lets through candidates; strncasecmp decides. */
struct anchor {
    unsigned char fold, want; /* (byte | fold) == want */
};

static struct anchor anchor_of(unsigned char c)
{
    bool letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return (struct anchor){letter ? 0x20 : 0, letter ? (unsigned char)(c | 0x20) : c};
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define SG_CANARY_AVX2 1
#include <immintrin.h>
/* Tests the candidate starts [from, to) 64 or 32 at a time while they fit
 * (to is the text's last start + 1, so every byte read is inside the text):
 * sets *hit to the first that passes (SIZE_MAX if none) and returns the
 * first start of its step, or the first start it did not test. */
__attribute__((target("avx2"))) static size_t
canary_scan_avx2(const char *text, size_t from, size_t to, const size_t off[3],
                 const struct anchor an[3], size_t *hit)
{
    const __m256i f0 = _mm256_set1_epi8((char)an[0].fold), w0 = _mm256_set1_epi8((char)an[0].want);
    const __m256i f1 = _mm256_set1_epi8((char)an[1].fold), w1 = _mm256_set1_epi8((char)an[1].want);
    const __m256i f2 = _mm256_set1_epi8((char)an[2].fold), w2 = _mm256_set1_epi8((char)an[2].want);
    const char *p0 = text + off[0], *p1 = text + off[1], *p2 = text + off[2];
#define SG_TEST3(s)                                                                               \
    _mm256_and_si256(                                                                             \
        _mm256_and_si256(                                                                         \
            _mm256_cmpeq_epi8(_mm256_or_si256(_mm256_loadu_si256((const __m256i *)(p0 + (s))), f0), \
                              w0),                                                                \
            _mm256_cmpeq_epi8(_mm256_or_si256(_mm256_loadu_si256((const __m256i *)(p1 + (s))), f1), \
                              w1)),                                                               \
        _mm256_cmpeq_epi8(_mm256_or_si256(_mm256_loadu_si256((const __m256i *)(p2 + (s))), f2), w2))
    size_t s = from;
    /* 64 starts per step, one branch */
    for (; s + 64 <= to; s += 64) {
        __m256i lo = SG_TEST3(s), hi = SG_TEST3(s + 32);
        if (!_mm256_testz_si256(_mm256_or_si256(lo, hi), _mm256_or_si256(lo, hi))) {
            uint64_t bits = (uint64_t)(uint32_t)_mm256_movemask_epi8(lo) |
                            (uint64_t)(uint32_t)_mm256_movemask_epi8(hi) << 32;
            *hit = s + (unsigned)__builtin_ctzll(bits);
            return s;
        }
    }
    for (; s + 32 <= to; s += 32) {
        unsigned bits = (unsigned)_mm256_movemask_epi8(SG_TEST3(s));
        if (bits) {
            *hit = s + (unsigned)__builtin_ctz(bits);
            return s;
        }
    }
#undef SG_TEST3
    *hit = SIZE_MAX;
    return s;
}
#endif

/* The same 16 starts at a time (SSE2), then one at a time to the end. */
static size_t canary_scan(const char *text, size_t from, size_t to, const size_t off[3],
                          const struct anchor an[3], size_t *hit)
{
    size_t s = from;
#ifdef __SSE2__
    __m128i fold[3], want[3];
    for (int k = 0; k < 3; k++) {
        fold[k] = _mm_set1_epi8((char)an[k].fold);
        want[k] = _mm_set1_epi8((char)an[k].want);
    }
    for (; s + 16 <= to; s += 16) {
        __m128i m = _mm_set1_epi8(-1);
        for (int k = 0; k < 3; k++) {
            __m128i b = _mm_loadu_si128((const __m128i *)(text + s + off[k]));
            m = _mm_and_si128(m, _mm_cmpeq_epi8(_mm_or_si128(b, fold[k]), want[k]));
        }
        unsigned bits = (unsigned)_mm_movemask_epi8(m);
        if (bits) {
            *hit = s + (unsigned)__builtin_ctz(bits);
            return s;
        }
    }
#endif
    for (; s < to; s++) {
        bool ok = true;
        for (int k = 0; k < 3; k++)
            ok &= ((unsigned char)text[s + off[k]] | an[k].fold) == an[k].want;
        if (ok) {
            *hit = s;
            return s;
        }
    }
    *hit = SIZE_MAX;
    return s;
}

void sg__guard_canary_find(const char *text, size_t len, const char *canary,
                           struct sg_guard_entity *out, size_t cap, size_t *n, bool *truncated)
{
    size_t k = canary ? strlen(canary) : 0;
    if (k == 0 || len < k)
        return;
    const size_t off[3] = {0, anchor_index(canary, k), k - 1};
    struct anchor an[3];
    for (int j = 0; j < 3; j++)
        an[j] = anchor_of((unsigned char)canary[off[j]]);
    size_t last = len - k + 1; /* candidate starts are [0, last) */
#ifdef SG_CANARY_AVX2
    bool avx2 = sg__guard_entities_use_avx2();
#endif
    /* Where the anchor is not a letter and is rare (prose), memchr on it is
     * the fastest; when it turns up more than 16 times in 4 KiB (dates,
     * versions), the next 64 KiB go to the vector search. */
    bool by_anchor = an[1].fold == 0;
    size_t vector_until = 0, window = 0, in_window = 0;
    for (size_t s = 0; s < last;) {
        size_t hit = SIZE_MAX;
        if (by_anchor && s >= vector_until) {
            const char *p = memchr(text + s + off[1], canary[off[1]], last - s);
            if (!p)
                break;
            hit = (size_t)(p - text) - off[1];
            if (hit - window > 4096) {
                window = hit;
                in_window = 0;
            }
            if (++in_window > 16)
                vector_until = hit + 65536;
            if ((((unsigned char)text[hit + off[0]] | an[0].fold) != an[0].want ||
                 ((unsigned char)text[hit + off[2]] | an[2].fold) != an[2].want)) {
                s = hit + 1; /* the other two anchors rule it out */
                continue;
            }
        } else {
            size_t to = by_anchor && vector_until < last ? vector_until : last;
#ifdef SG_CANARY_AVX2
            if (avx2)
                s = canary_scan_avx2(text, s, to, off, an, &hit);
#endif
            if (hit == SIZE_MAX)
                s = canary_scan(text, s, to, off, an, &hit);
            if (hit == SIZE_MAX) {
                if (to == last)
                    break;
                s = to;
                continue;
            }
        }
        if (strncasecmp(text + hit, canary, k) == 0) {
            if (*n < cap)
                out[(*n)++] = (struct sg_guard_entity){SG_ENT_CANARY, hit, hit + k, SG_GUARD_BLOCK};
            else
                *truncated = true;
            s = hit + k;
        } else {
            s = hit + 1;
        }
    }
}

void sg__guard_canary_find_ref(const char *text, size_t len, const char *canary,
                           struct sg_guard_entity *out, size_t cap, size_t *n, bool *truncated)
{
    size_t k = canary ? strlen(canary) : 0;
    if (k == 0 || len < k)
        return;
    size_t a = anchor_index(canary, k);
    char ch = canary[a];
    bool letter = ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z');
    /* Candidate starts run from 0 to len - k; the anchor sits a bytes in. */
    const char *lo = text + a, *end = text + (len - k) + a + 1;
    const char *pl = NULL, *pu = NULL;
    char cl = letter ? (char)(ch | 0x20) : ch, cu = letter ? (char)(ch & ~0x20) : ch;
    for (const char *i = lo; i < end;) {
        /* Next anchor in either case; each pointer is searched again only
         * once passed, so the scan stays linear. */
        if (!pl || pl < i)
            pl = memchr(i, cl, (size_t)(end - i));
        if (!pl)
            pl = end;
        if (cu != cl && (!pu || pu < i))
            pu = memchr(i, cu, (size_t)(end - i));
        if (!pu || cu == cl)
            pu = end;
        const char *p = pl < pu ? pl : pu;
        if (p >= end)
            break;
        const char *start = p - a;
        if ((start[0] | 0x20) == (canary[0] | 0x20) && strncasecmp(start, canary, k) == 0) {
            if (*n < cap)
                out[(*n)++] = (struct sg_guard_entity){SG_ENT_CANARY, (size_t)(start - text),
                                                       (size_t)(start - text) + k, SG_GUARD_BLOCK};
            else
                *truncated = true;
            i = start + k + a;
        } else {
            i = p + 1;
        }
    }
}
