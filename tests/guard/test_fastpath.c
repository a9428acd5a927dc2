/* test_fastpath.c - the fast paths against their plain references, on every
 * text of the dev split and the held-out set and on random bytes: the
 * scoring pass of model.c against extract() then the weight sums (the margin
 * of every window the same double, bit for bit, and the same rule hits; on
 * the text normalised, raw, de-leeted and decoded, at every window offset
 * the verdict uses), the mask-driven segmenter against the byte loop (the
 * same cuts), and the ASCII path of normalize.c against append_collapsed()
 * (the same bytes and the same probe gates). */
#include <jansson.h>
#include <string.h>

#include "harness.h"

#include "guard/guard_int.h"
#include "guard_test.h"

/* The mask-driven segmenter cuts where the byte loop does. */
static void same_segments(const char *text, size_t len)
{
    size_t fast[SG__MAX_SEGMENTS], ref[SG__MAX_SEGMENTS];
    size_t nf = sg__guard_segments(text, len, fast), nr = sg__guard_segments_ref(text, len, ref);
    if (nf != nr || memcmp(fast, ref, nf * sizeof *fast) != 0)
        sg_test_fail(__FILE__, __LINE__, "%zu bytes \"%.60s\": %zu segments != %zu", len, text,
                     nf, nr);
}

/* Both paths over every window of text, as window.c walks them. */
static void same_margins(const sg_guard *g, hs_scratch_t *s, const char *text, size_t len)
{
    size_t off = 0;
    for (;;) {
        size_t n = len - off < SG_GUARD_WINDOW ? len - off : SG_GUARD_WINDOW;
        uint64_t h_fast = 0, h_ref = 0;
        same_segments(text + off, n);
        double fast = sg__guard_window_margin(&g->model, g->rules_db, s, text + off, n, &h_fast);
        double ref = sg__guard_window_margin_ref(&g->model, g->rules_db, s, text + off, n, &h_ref);
        if (memcmp(&fast, &ref, sizeof fast) != 0 || h_fast != h_ref)
            sg_test_fail(__FILE__, __LINE__, "window at %zu of %zu bytes \"%.60s\": %.17g != %.17g",
                         off, n, text + off, fast, ref);
        if (off + n >= len)
            break;
        off = off + SG_GUARD_STRIDE + SG_GUARD_WINDOW > len ? len - SG_GUARD_WINDOW
                                                              : off + SG_GUARD_STRIDE;
    }
}

/* For ASCII text, normalisation's fast path gives the reference's bytes. */
static void same_normal_form(const char *text, size_t len)
{
    sg_buf fast, ref;
    sg_buf_init(&fast, 4 * len + 64);
    sg_buf_init(&ref, 4 * len + 64);
    struct sg__norm_info fi, ri;
    bool non_ascii = false, has_high = false;
    for (size_t i = 0; i < len; i++)
        has_high |= (unsigned char)text[i] >= 0x80;
    if (sg__guard_normalize_info(text, len, &fast, &fi) != SG_OK ||
        sg__guard_normalize_ascii_ref(text, len, &ref, &ri, &non_ascii) != SG_OK)
        sg_test_fail(__FILE__, __LINE__, "normalising \"%.60s\" failed", text);
    else if (non_ascii != has_high)
        sg_test_fail(__FILE__, __LINE__, "\"%.60s\": non-ASCII %d", text, non_ascii);
    else if (!non_ascii && (fast.len != ref.len || memcmp(fast.data, ref.data, fast.len) != 0 ||
                            fi.has_b64_run != ri.has_b64_run || fi.has_leet != ri.has_leet))
        sg_test_fail(__FILE__, __LINE__, "\"%.60s\": normal form \"%.60s\" != \"%.60s\"", text,
                     fast.data ? fast.data : "", ref.data ? ref.data : "");
    sg_buf_release(&fast);
    sg_buf_release(&ref);
}

/* The text as the verdict sees it (normalised, then the probes' outputs)
 * and raw: the pass must agree on bytes normalisation never leaves too. */
static void same_for_text(const sg_guard *g, hs_scratch_t *s, const char *text, size_t len)
{
    sg_buf norm, extra, extra_norm;
    sg_buf_init(&norm, 4 * len + 64);
    sg_buf_init(&extra, 4 * len + 64);
    sg_buf_init(&extra_norm, 4 * len + 64);
    same_normal_form(text, len);
    same_margins(g, s, text, len);
    if (sg__guard_normalize(text, len, &norm) == SG_OK) {
        same_margins(g, s, norm.data ? norm.data : "", norm.len);
        if (sg__guard_deleet(norm.data ? norm.data : "", norm.len, &extra) && extra.len)
            same_margins(g, s, extra.data, extra.len);
    }
    sg_buf_reset(&extra);
    if (sg__guard_decode_raw(text, len, &extra) &&
        sg__guard_normalize(extra.data, extra.len, &extra_norm) == SG_OK && extra_norm.len)
        same_margins(g, s, extra_norm.data, extra_norm.len);
    sg_buf_release(&norm);
    sg_buf_release(&extra);
    sg_buf_release(&extra_norm);
}

static void same_for_file(const char *path)
{
    sg_guard *g = test_guard();
    hs_scratch_t *s = NULL;
    FILE *f = fopen(path, "r");
    char *line = NULL;
    size_t cap = 0, texts = 0;
    if (!f || !g || sg__guard_scratch_get(g, &s, NULL) != SG_OK) {
        sg_test_fail(__FILE__, __LINE__, "cannot open %s or make the guard", path);
        goto out;
    }
    while (getline(&line, &cap, f) > 0) {
        json_t *j = json_loads(line, 0, NULL);
        const char *text = json_string_value(json_object_get(j, "text"));
        if (text) {
            size_t len = json_string_length(json_object_get(j, "text"));
            same_for_text(g, s, text, len);
            /* longer than one window: the stride and the last window */
            char *big = malloc(5 * len + 1);
            if (big) {
                for (int k = 0; k < 5; k++)
                    memcpy(big + k * len, text, len);
                same_for_text(g, s, big, 5 * len);
                free(big);
            }
            texts++;
        }
        json_decref(j);
    }
    CHECK(texts > 100);
out:
    if (s)
        sg__guard_scratch_put(g, s);
    free(line);
    if (f)
        fclose(f);
}

static void test_dev_split_scores_unchanged(void)
{
    same_for_file(sg_test_shared("data/injection/dev.jsonl"));
}

static void test_heldout_scores_unchanged(void)
{
    same_for_file(SG_SOURCE_DIR "/data/guard/heldout.jsonl");
}

/* Random texts over an alphabet chosen to hit every branch of both paths:
 * word and class changes, apostrophes, glued punctuation, consonant runs,
 * long tokens, separators, sentence ends, every kind of white space, leet
 * symbols, control bytes, upper case, and (in half the texts) non-ASCII. */
static void random_texts(int count)
{
    static const char alpha[] = "aeiou bcdfghjklmnpqrstvwxyz    ..!?\n'-=#\",;:()[]0123456789ABZ\t"
                                "@$|\r\v\f\x01\x7f\xc3\xa9\xd0\xbe\xe2\x80\x8b";
    static const char prose[] = "etaoinshrdlucmETAOINSH    0123456789@$!|.,'\n-";
    sg_guard *g = test_guard();
    hs_scratch_t *s = NULL;
    if (!g || sg__guard_scratch_get(g, &s, NULL) != SG_OK) {
        CHECK(false);
        return;
    }
    static char buf[3 * SG_GUARD_WINDOW];
    uint32_t seed = 12345;
    for (int t = 0; t < count; t++) {
        seed = seed * 1103515245u + 12345u;
        size_t len = t < 200 ? (size_t)t : (seed >> 8) % sizeof buf;
        /* a text of a few letters and symbols, of ASCII only, of all, or
         * prose-like (single spaces, leet symbols, capitals: the 16-byte
         * chunks normalisation copies whole) */
        size_t ascii = strcspn(alpha, "\xc3"), pick = (seed >> 4) % 5;
        size_t span = pick == 0 ? 8 : pick == 1 ? ascii : sizeof alpha - 1;
        const char *from = alpha;
        if (pick == 4) {
            from = prose;
            span = sizeof prose - 1;
        }
        for (size_t i = 0; i < len; i++) {
            seed = seed * 1103515245u + 12345u;
            buf[i] = from[((seed >> 16) + (t & 7)) % span];
        }
        same_for_text(g, s, buf, len);
    }
    sg__guard_scratch_put(g, s);
}

static void test_random_texts_score_and_normalise_the_same(void) { random_texts(3000); }

/* The slower mask builders (what a CPU without AVX2 and a build without
 * SSE2 run) agree too. */
static void test_sse2_and_plain_masks_score_the_same(void)
{
    for (int path = 1; path <= 2; path++) {
        sg__guard_mask_path = path;
        random_texts(300);
    }
    sg__guard_mask_path = 0;
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_dev_split_scores_unchanged),
        SG_TEST(test_heldout_scores_unchanged),
        SG_TEST(test_random_texts_score_and_normalise_the_same),
        SG_TEST(test_sse2_and_plain_masks_score_the_same),
        {NULL, NULL},
    };
    int rc = sg_test_main(argc, argv, tests);
    sg_guard_free(test_guard());
    return rc;
}
