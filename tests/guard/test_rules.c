/* test_rules.c - the rules as compiled (each space "[\n ]") match exactly
 * where the same rules with each space "\s" do - every (rule, match end) on
 * every text of the training, dev and held-out sets, normalised and as the
 * decoding probes give it, and on texts made of rule words joined by every
 * kind of white space - and normalisation leaves no white-space byte but
 * ' ' and '\n', which is why the two forms agree. */
#include <hs/hs.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "guard/guard_int.h"
#include "guard_test.h"

/* The rules as they were compiled before: every space "\s". */
static hs_database_t *reference_db(void)
{
    char *exprs[SG__MODEL_RULES] = {0};
    unsigned flags[SG__MODEL_RULES] = {0}, ids[SG__MODEL_RULES];
    hs_database_t *db = NULL;
    hs_compile_error_t *cerr = NULL;
    bool ok = true;
    for (unsigned i = 0; i < sg__guard_rule_count && ok; i++) {
        const char *e = sg__guard_rules[i].expr;
        char *d = exprs[i] = malloc(2 * strlen(e) + 1);
        ok = d != NULL;
        for (; ok && *e; e++) {
            if (*e == ' ') {
                *d++ = '\\';
                *d++ = 's';
            } else {
                *d++ = *e;
            }
        }
        if (ok)
            *d = '\0';
        ids[i] = i;
    }
    if (ok && hs_compile_multi((const char *const *)exprs, flags, ids, sg__guard_rule_count,
                               HS_MODE_BLOCK, NULL, &db, &cerr) != HS_SUCCESS) {
        sg_test_fail(__FILE__, __LINE__, "reference rules: %s", cerr ? cerr->message : "?");
        hs_free_compile_error(cerr);
    }
    for (unsigned i = 0; i < sg__guard_rule_count; i++)
        free(exprs[i]);
    return db;
}

struct matches {
    uint64_t *v; /* rule id << 32 | match end */
    size_t n, cap;
};

static int on_match(unsigned id, unsigned long long from, unsigned long long to, unsigned flags,
                    void *ctx)
{
    (void)from, (void)flags;
    struct matches *m = ctx;
    if (m->n == m->cap) {
        size_t cap = m->cap ? 2 * m->cap : 64;
        uint64_t *v = realloc(m->v, cap * sizeof *v);
        if (!v)
            return 1;
        m->v = v, m->cap = cap;
    }
    m->v[m->n++] = (uint64_t)id << 32 | (uint32_t)to;
    return 0;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static void scan(const hs_database_t *db, hs_scratch_t *s, const char *t, size_t len,
                 struct matches *m)
{
    m->n = 0;
    if (len && hs_scan(db, t, (unsigned)len, 0, s, on_match, m) != HS_SUCCESS)
        sg_test_fail(__FILE__, __LINE__, "hs_scan failed on \"%.60s\"", t);
    if (m->n)
        qsort(m->v, m->n, sizeof *m->v, cmp_u64);
}

struct ctx {
    hs_database_t *ref;
    const hs_database_t *db;
    hs_scratch_t *s_ref, *s;
    struct matches a, b;
    size_t texts, hits;
};

/* A normalised text: no other white space, and the same matches. */
static void same_matches(struct ctx *c, const char *t, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (t[i] == '\t' || t[i] == '\r' || t[i] == '\v' || t[i] == '\f') {
            sg_test_fail(__FILE__, __LINE__, "normal form holds byte 0x%02x: \"%.60s\"",
                         (unsigned char)t[i], t);
            return;
        }
    scan(c->ref, c->s_ref, t, len, &c->a);
    scan(c->db, c->s, t, len, &c->b);
    if (c->a.n != c->b.n || (c->a.n && memcmp(c->a.v, c->b.v, c->a.n * sizeof *c->a.v) != 0))
        sg_test_fail(__FILE__, __LINE__, "\"%.80s\": %zu matches with \\s, %zu as compiled", t,
                     c->a.n, c->b.n);
    c->hits += c->a.n;
}

/* The text normalised, de-leeted and decoded, as the verdict scans it. */
static void same_for_text(struct ctx *c, const char *text, size_t len)
{
    sg_buf norm, extra, extra_norm;
    sg_buf_init(&norm, 4 * len + 64);
    sg_buf_init(&extra, 4 * len + 64);
    sg_buf_init(&extra_norm, 4 * len + 64);
    if (sg__guard_normalize(text, len, &norm) == SG_OK) {
        same_matches(c, norm.data ? norm.data : "", norm.len);
        if (sg__guard_deleet(norm.data ? norm.data : "", norm.len, &extra) && extra.len)
            same_matches(c, extra.data, extra.len);
    }
    sg_buf_reset(&extra);
    if (sg__guard_decode_raw(text, len, &extra) &&
        sg__guard_normalize(extra.data, extra.len, &extra_norm) == SG_OK && extra_norm.len)
        same_matches(c, extra_norm.data, extra_norm.len);
    sg_buf_release(&norm);
    sg_buf_release(&extra);
    sg_buf_release(&extra_norm);
    c->texts++;
}

static bool ctx_open(struct ctx *c)
{
    memset(c, 0, sizeof *c);
    sg_guard *g = test_guard();
    if (!g || !(c->ref = reference_db()) || hs_alloc_scratch(c->ref, &c->s_ref) != HS_SUCCESS ||
        hs_alloc_scratch(g->rules_db, &c->s) != HS_SUCCESS) {
        sg_test_fail(__FILE__, __LINE__, "cannot make the guard or the reference rules");
        return false;
    }
    c->db = g->rules_db;
    return true;
}

static void ctx_close(struct ctx *c)
{
    hs_free_scratch(c->s_ref);
    hs_free_scratch(c->s);
    hs_free_database(c->ref);
    free(c->a.v);
    free(c->b.v);
}

static void same_for_file(const char *path, size_t min_hits)
{
    struct ctx c;
    FILE *f = fopen(path, "r");
    char *line = NULL;
    size_t cap = 0;
    if (!f) {
        sg_test_fail(__FILE__, __LINE__, "cannot open %s", path);
        return;
    }
    if (ctx_open(&c)) {
        while (getline(&line, &cap, f) > 0) {
            json_t *j = json_loads(line, 0, NULL);
            json_t *t = json_object_get(j, "text");
            if (json_is_string(t))
                same_for_text(&c, json_string_value(t), json_string_length(t));
            json_decref(j);
        }
        /* a test that compares nothing proves nothing */
        CHECK(c.texts > 40);
        CHECK(c.hits >= min_hits);
        ctx_close(&c);
    }
    free(line);
    fclose(f);
}

static void test_training_set_same_rule_hits(void)
{
    same_for_file(sg_test_shared("data/injection/train.jsonl"), 1000);
}

static void test_dev_set_same_rule_hits(void)
{
    same_for_file(sg_test_shared("data/injection/dev.jsonl"), 100);
}

static void test_project_sets_same_rule_hits(void)
{
    static const char *const files[] = {"heldout", "train-attacks", "train-benign", "train-docs",
                                        "train-generated", "train-frames"};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s/data/guard/%s.jsonl", SG_SOURCE_DIR, files[i]);
        same_for_file(path, strcmp(files[i], "train-benign") == 0 ? 0 : 10);
    }
}

/* Rule words joined by runs of every kind of white space (and the odd
 * symbol), so that matches start, end and span at every separator. */
static void test_rule_words_across_white_space(void)
{
    static const char *const words[] = {
        "ignore", "all", "previous", "instructions", "you", "will", "'ll", "die", "be", "deleted",
        "reveal", "the", "system", "prompt", "dear", "ai", "hi", "assistant", "to", "model",
        "tokens", "lost", "no", "restrictions", "/dan", "[system]", "developer", "mode", "now",
        "from", "on,", "what", "is", "your", "password", "send", "data", "https://x.io", ":",
        "!", ".", "\"", "only", "respond", "with", "stay", "in", "character", "ignorez", "consignes",
    };
    static const char *const gaps[] = {" ", "  ", "\n", "\t", "\r\n", " \n ", "\f", "\v", ", ", "-"};
    struct ctx c;
    if (!ctx_open(&c))
        return;
    uint32_t seed = 7;
    char text[512];
    for (int t = 0; t < 4000; t++) {
        size_t k = 0;
        for (int w = 0; w < 24; w++) {
            seed = seed * 1103515245u + 12345u;
            const char *word = words[(seed >> 8) % (sizeof words / sizeof words[0])];
            const char *gap = gaps[(seed >> 20) % (sizeof gaps / sizeof gaps[0])];
            size_t wl = strlen(word), gl = strlen(gap);
            if (k + wl + gl >= sizeof text)
                break;
            memcpy(text + k, word, wl);
            memcpy(text + k + wl, gap, gl);
            k += wl + gl;
        }
        same_for_text(&c, text, k);
    }
    CHECK(c.hits > 1000);
    ctx_close(&c);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_training_set_same_rule_hits),
        SG_TEST(test_dev_set_same_rule_hits),
        SG_TEST(test_project_sets_same_rule_hits),
        SG_TEST(test_rule_words_across_white_space),
        {NULL, NULL},
    };
    int rc = sg_test_main(argc, argv, tests);
    sg_guard_free(test_guard());
    return rc;
}
