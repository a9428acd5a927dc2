/* entities.c - one Hyperscan pass over a text for every secret and PII
 * trigger (secrets.c, pii.c); each trigger hit is handed to its extractor,
 * and the validated spans are sorted and de-overlapped (secrets win over
 * PII, longer wins over shorter) so that redaction is exact. */
#include <stdlib.h>
#include <string.h>

#include "guard_int.h"

#define MAX_PATTERNS 64

static const struct sg__entity_pattern *pattern_at(unsigned id)
{
    return id < sg__guard_secret_pattern_count
               ? &sg__guard_secret_patterns[id]
               : &sg__guard_pii_patterns[id - sg__guard_secret_pattern_count];
}

sg_err sg__guard_entities_compile(hs_database_t **db, struct sg_error *err)
{
    const char *exprs[MAX_PATTERNS];
    unsigned flags[MAX_PATTERNS], ids[MAX_PATTERNS];
    unsigned n = (unsigned)(sg__guard_secret_pattern_count + sg__guard_pii_pattern_count);
    if (n > MAX_PATTERNS)
        return sg_error_set(err, SG_ERR_INTERNAL, "guard entities", "too many patterns");
    for (unsigned i = 0; i < n; i++) {
        exprs[i] = pattern_at(i)->expr;
        flags[i] = pattern_at(i)->flags;
        ids[i] = i;
    }
    hs_compile_error_t *ce = NULL;
    if (hs_compile_multi(exprs, flags, ids, n, HS_MODE_BLOCK, NULL, db, &ce) != HS_SUCCESS) {
        sg_err rc = sg_error_set(err, SG_ERR_INTERNAL, "guard entities", "pattern %d: %s",
                                 ce ? ce->expression : -1, ce ? ce->message : "compile failed");
        hs_free_compile_error(ce);
        return rc;
    }
    return SG_OK;
}

/* Candidate list grown in a bounded array: a text made of nothing but
 * card-like digits must not make us allocate without limit. */
#define MAX_CANDIDATES 4096

struct scan_state {
    const char *text;
    size_t len;
    size_t covered[SG_ENT_COUNT]; /* end of the last span found per type */
    struct sg_guard_entity *cand;
    size_t n, cap;
    bool truncated;
};

static int on_entity(unsigned id, unsigned long long from, unsigned long long to, unsigned flags,
                     void *ctx)
{
    (void)from, (void)flags;
    struct scan_state *st = ctx;
    const struct sg__entity_pattern *p = pattern_at(id);
    size_t end = (size_t)to;
    /* Later end offsets inside a span already found add nothing. */
    if (end <= st->covered[p->type])
        return 0;
    size_t s, e;
    if (!p->extract(st->text, st->len, end, &s, &e) || e <= s)
        return 0;
    if (e <= st->covered[p->type] && st->n && st->cand[st->n - 1].type == p->type)
        return 0;
    st->covered[p->type] = e;
    if (st->n == st->cap) {
        st->truncated = true;
        return 0;
    }
    st->cand[st->n++] = (struct sg_guard_entity){p->type, s, e, SG_GUARD_LOG};
    return 0;
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
    struct scan_state *st = calloc(1, sizeof *st);
    struct sg_guard_entity *cand = malloc(MAX_CANDIDATES * sizeof *cand);
    sg_err rc = SG_OK;
    if (!st || !cand) {
        rc = sg_error_set(err, SG_ERR_NOMEM, "guard", "out of memory");
        goto out;
    }
    st->text = text;
    st->len = len;
    st->cand = cand;
    st->cap = MAX_CANDIDATES;
    /* Hyperscan takes 32-bit lengths; the CLI and gateway cap far below. */
    if (len > ((size_t)1 << 31)) {
        rc = sg_error_set(err, SG_ERR_TOO_LARGE, "guard", "text of %zu bytes is too large", len);
        goto out;
    }
    if (len > 0 && hs_scan(g->ent_db, text, (unsigned)len, 0, scratch, on_entity, st) != HS_SUCCESS) {
        rc = sg_error_set(err, SG_ERR_INTERNAL, "guard", "entity scan failed");
        goto out;
    }
    sg__guard_canary_find(text, len, canary, cand, st->cap, &st->n, &st->truncated);

    qsort(cand, st->n, sizeof *cand, by_start);
    size_t k = 0;
    for (size_t i = 0; i < st->n; i++) {
        if (k > 0 && cand[i].start < cand[k - 1].end) {
            if (!better(&cand[k - 1], &cand[i]))
                cand[k - 1] = cand[i];
            continue;
        }
        cand[k++] = cand[i];
    }
    *truncated = st->truncated;
    for (size_t i = 0; i < k; i++) {
        if (*n == cap) {
            *truncated = true;
            break;
        }
        out[(*n)++] = cand[i];
    }
out:
    free(st);
    free(cand);
    return rc;
}
