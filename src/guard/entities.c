/* entities.c - one Hyperscan pass over a text for every secret and PII
 * trigger (secrets.c, pii.c); each trigger hit is handed to its extractor,
 * and the validated spans are sorted and de-overlapped (secrets win over
 * PII, longer wins over shorter) so that redaction is exact. */
/* entities.c - finds every secret and PII trigger in a text and hands each
 * hit to its extractor (secrets.c, pii.c); the validated spans are sorted
 * and de-overlapped (secrets win over PII, longer wins over shorter) so that
 * redaction is exact. Two passes keep this near memory speed on prose: one
 * Hyperscan pass for the literal-anchored triggers, and the digit-only
 * triggers (cards, phones, national ids) run only where a vectorised gate
 * finds digit-dense regions. */
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "guard_int.h"

#define MAX_PATTERNS 64

static const struct sg__entity_pattern *pattern_at(unsigned id)
{
    return id < sg__guard_secret_pattern_count
               ? &sg__guard_secret_patterns[id]
               : &sg__guard_pii_patterns[id - sg__guard_secret_pattern_count];
}

static sg_err compile_pass(enum sg__entity_pass pass, const char *name, hs_database_t **db,
                           struct sg_error *err)
{
    const char *exprs[MAX_PATTERNS];
    unsigned flags[MAX_PATTERNS], ids[MAX_PATTERNS], k = 0;
    unsigned n = (unsigned)(sg__guard_secret_pattern_count + sg__guard_pii_pattern_count);
    if (n > MAX_PATTERNS)
        return sg_error_set(err, SG_ERR_INTERNAL, "guard entities", "too many patterns");
    for (unsigned i = 0; i < n; i++) {
        if (pattern_at(i)->pass != pass)
            continue;
        exprs[k] = pattern_at(i)->expr;
        flags[k] = pattern_at(i)->flags;
        ids[k++] = i; /* the global index, so one callback serves both passes */
    }
    return sg__guard_hs_compile(name, exprs, flags, ids, k, db, err);
}

sg_err sg__guard_entities_compile(hs_database_t **main_db, hs_database_t **digit_db,
                                  struct sg_error *err)
{
    sg_err rc = compile_pass(SG__PASS_MAIN, "entities", main_db, err);
    if (rc == SG_OK && (rc = compile_pass(SG__PASS_DIGITS, "digits", digit_db, err))) {
        hs_free_database(*main_db);
        *main_db = NULL;
    }
    return rc;
}

/* Candidates live on the stack up to LOCAL_CANDIDATES (every ordinary answer,
 * no allocation per check) and grow on the heap up to MAX_CANDIDATES: a text
 * made of nothing but card-like digits must not allocate without limit. */
#define LOCAL_CANDIDATES 64
#define MAX_CANDIDATES 4096

struct scan_state {
    const char *text;
    size_t len;
    size_t base;                  /* offset of the region being scanned */
    size_t covered[SG_ENT_COUNT]; /* end of the last span found per type */
    struct sg_guard_entity *cand;
    size_t n, cap;
    bool truncated, nomem;
    struct sg_guard_entity local[LOCAL_CANDIDATES];
};

static bool grow(struct scan_state *st)
{
    if (st->cap >= MAX_CANDIDATES)
        return false;
    size_t cap = st->cap * 4 < MAX_CANDIDATES ? st->cap * 4 : MAX_CANDIDATES;
    struct sg_guard_entity *c = malloc(cap * sizeof *c);
    if (!c) {
        st->nomem = true;
        return false;
    }
    memcpy(c, st->cand, st->n * sizeof *c);
    if (st->cand != st->local)
        free(st->cand);
    st->cand = c;
    st->cap = cap;
    return true;
}

static int on_entity(unsigned id, unsigned long long from, unsigned long long to, unsigned flags,
                     void *ctx)
{
    (void)from, (void)flags;
    struct scan_state *st = ctx;
    const struct sg__entity_pattern *p = pattern_at(id);
    size_t end = st->base + (size_t)to;
    /* Later end offsets inside a span already found add nothing. */
    if (end <= st->covered[p->type])
        return 0;
    size_t s, e;
    if (!p->extract(st->text, st->len, end, &s, &e) || e <= s)
        return 0;
    if (e <= st->covered[p->type] && st->n && st->cand[st->n - 1].type == p->type)
        return 0;
    st->covered[p->type] = e;
    if (st->n == st->cap && !grow(st)) {
        st->truncated = true;
        return st->nomem ? 1 : 0;
    }
    st->cand[st->n++] = (struct sg_guard_entity){p->type, s, e, SG_GUARD_LOG};
    return 0;
}

/* ---- the digit gate ----------------------------------------------------------
 * Hyperscan has no literal to skip ahead with in "\d{4}[ -]?\d{4}..." and,
 * mixed with other patterns, runs such triggers in its NFA engine at a
 * fraction of its literal speed (measured 0.3-0.7 GB/s for the PII set alone,
 * against 3-6 GB/s for the literal-anchored set). Every DIGITS trigger needs
 * at least SG__DIGIT_MIN digits close together (guard_int.h), which ordinary
 * prose numbers - years, prices, counts, times - rarely have. So a vectorised
 * pass finds the positions of digits, groups them into clusters (at most
 * SG__DIGIT_GAP other bytes between two digits), and only clusters with
 * enough digits, widened by SG__DIGIT_MARGIN, are handed to the DIGITS
 * database. A match always lies inside one cluster's region, so the hits are
 * exactly those of a full scan. */

struct gate {
    const hs_database_t *db;
    hs_scratch_t *scratch;
    struct scan_state *st;
    size_t run_start, run_last, run_digits; /* the cluster being built */
    size_t reg_start, reg_end;              /* the pending region, merged */
    bool has_run, has_region;
    hs_error_t hs_rc;
};

static void gate_flush_region(struct gate *g)
{
    if (!g->has_region || g->hs_rc != HS_SUCCESS)
        return;
    g->has_region = false;
    g->st->base = g->reg_start;
    hs_error_t rc = hs_scan(g->db, g->st->text + g->reg_start, (unsigned)(g->reg_end - g->reg_start),
                            0, g->scratch, on_entity, g->st);
    if (rc != HS_SUCCESS)
        g->hs_rc = rc; /* HS_SCAN_TERMINATED: out of memory for candidates */
}

static void gate_end_run(struct gate *g)
{
    if (!g->has_run || g->run_digits < SG__DIGIT_MIN) {
        g->has_run = false;
        return;
    }
    g->has_run = false;
    size_t s = g->run_start > SG__DIGIT_MARGIN ? g->run_start - SG__DIGIT_MARGIN : 0;
    size_t e = g->run_last + 1 + SG__DIGIT_MARGIN;
    if (e > g->st->len)
        e = g->st->len;
    if (g->has_region && s <= g->reg_end) {
        g->reg_end = e; /* overlapping or touching: one scan call */
        return;
    }
    gate_flush_region(g);
    g->reg_start = s;
    g->reg_end = e;
    g->has_region = true;
}

static inline void gate_digit(struct gate *g, size_t pos)
{
    if (g->has_run && pos - g->run_last <= SG__DIGIT_GAP + 1) {
        g->run_last = pos;
        g->run_digits++;
        return;
    }
    gate_end_run(g);
    g->has_run = true;
    g->run_start = g->run_last = pos;
    g->run_digits = 1;
}

static atomic_bool gate_off;

void sg__guard_entities_set_gate(bool on) { atomic_store(&gate_off, !on); }

static hs_error_t digit_pass(const hs_database_t *db, hs_scratch_t *scratch,
                             struct scan_state *st)
{
    if (atomic_load_explicit(&gate_off, memory_order_relaxed)) {
        hs_error_t rc = hs_scan(db, st->text, (unsigned)st->len, 0, scratch, on_entity, st);
        return rc;
    }
    struct gate g = {.db = db, .scratch = scratch, .st = st, .hs_rc = HS_SUCCESS};
    const unsigned char *t = (const unsigned char *)st->text;
    size_t i = 0, len = st->len;
#ifdef __SSE2__
    const __m128i zero = _mm_set1_epi8('0'), nine = _mm_set1_epi8(9);
    for (; i + 16 <= len; i += 16) {
        __m128i v = _mm_sub_epi8(_mm_loadu_si128((const __m128i *)(t + i)), zero);
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(v, nine), v));
        while (m) {
            gate_digit(&g, i + (unsigned)__builtin_ctz(m));
            m &= m - 1;
        }
    }
#endif
    for (; i < len; i++)
        if (sg__is_digit(t[i]))
            gate_digit(&g, i);
    gate_end_run(&g);
    gate_flush_region(&g);
    st->base = 0;
    return g.hs_rc;
}

static int by_start(const void *a, const void *b)
{
    const struct sg_guard_entity *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->type != y->type)
        return x->type < y->type ? -1 : 1; /* secrets (lower enum) first */
    return x->end > y->end ? -1 : x->end < y->end;
}

/* Between two overlapping spans keep the secret, else the longer. */
static bool better(const struct sg_guard_entity *a, const struct sg_guard_entity *b)
{
    bool sa = sg_guard_entity_is_secret(a->type), sb = sg_guard_entity_is_secret(b->type);
    if (sa != sb)
        return sa;
    return a->end - a->start >= b->end - b->start;
}

sg_err sg__guard_entities_scan(const sg_guard *g, hs_scratch_t *scratch, const char *text,
                               size_t len, const char *canary, struct sg_guard_entity *out,
                               size_t cap, size_t *n, bool *truncated, struct sg_error *err)
{
    *n = 0;
    *truncated = false;
    struct scan_state st = {.text = text, .len = len};
    st.cand = st.local;
    st.cap = LOCAL_CANDIDATES;
    sg_err rc = SG_OK;
    /* Hyperscan takes 32-bit lengths; the CLI and gateway cap far below. */
    if (len > ((size_t)1 << 31))
        return sg_error_set(err, SG_ERR_TOO_LARGE, "guard", "text of %zu bytes is too large", len);
    /* Canaries first: whatever else a hostile text fills the list with, a
     * leaked system prompt is never the entry that gets cut. */
    sg__guard_canary_find(text, len, canary, st.cand, st.cap, &st.n, &st.truncated);
    if (len > 0) {
        hs_error_t hr = hs_scan(g->ent_db, text, (unsigned)len, 0, scratch, on_entity, &st);
        /* Both passes report end offsets in increasing order per pass. */
        memset(st.covered, 0, sizeof st.covered);
        if (hr == HS_SUCCESS)
            hr = digit_pass(g->digit_db, scratch, &st);
        if (st.nomem) {
            rc = sg_error_set(err, SG_ERR_NOMEM, "guard", "out of memory");
            goto out;
        }
        if (hr != HS_SUCCESS) {
            rc = sg_error_set(err, SG_ERR_INTERNAL, "guard", "entity scan failed (%d)", (int)hr);
            goto out;
        }
    }

    struct sg_guard_entity *cand = st.cand;
    qsort(cand, st.n, sizeof *cand, by_start);
    size_t k = 0;
    for (size_t i = 0; i < st.n; i++) {
        if (k > 0 && cand[i].start < cand[k - 1].end) {
            if (!better(&cand[k - 1], &cand[i]))
                cand[k - 1] = cand[i];
            continue;
        }
        cand[k++] = cand[i];
    }
    *truncated = st.truncated;
    if (k <= cap) {
        memcpy(out, cand, k * sizeof *cand);
        *n = k;
    } else {
        /* More spans than the caller holds: keep canaries and secrets before
         * PII, so that 300 e-mail addresses cannot push a key or a leaked
         * system prompt out of the verdict. */
        *truncated = true;
        for (int secret = 1; secret >= 0; secret--)
            for (size_t i = 0; i < k && *n < cap; i++)
                if (sg_guard_entity_is_secret(cand[i].type) == (bool)secret)
                    out[(*n)++] = cand[i];
        qsort(out, *n, sizeof *out, by_start);
    }
out:
    if (st.cand != st.local)
        free(st.cand);
    return rc;
}
