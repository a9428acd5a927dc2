/* window.c - the injection verdict for a whole text: normalise, score in
 * sliding windows (maximum over windows and, inside each, over sentences, so
 * an instruction buried in a long page or tool result is not diluted by the
 * benign text around it), then score what the decoding probes recover and
 * keep the maximum. For documents, a stacker weighs that maximum with what
 * the other pieces of the text score. Work is bounded by
 * SG_GUARD_INJECTION_MAX input bytes. */
#include <math.h>
#include <string.h>

#include "guard_int.h"

struct best {
    double z;
    uint64_t hits;
    bool any;
};

/* ds (or NULL) gets the statistics of the pieces, each counted once. */
static void score_windows(const sg_guard *g, const struct sg__model *m, hs_scratch_t *scratch,
                          const char *norm, size_t len, struct best *b, struct sg__doc_stats *ds)
{
    size_t off = 0, counted_to = 0;
    for (;;) {
        size_t n = len - off < SG_GUARD_WINDOW ? len - off : SG_GUARD_WINDOW;
        uint64_t hits;
        /* The pieces a window counts end after the end of the window before
         * (whose last piece, cut, was not counted). */
        double z = sg__guard_window_margin_stats(m, g->rules_db, scratch, norm + off, n, &hits, ds,
                                                 counted_to - off, off + n >= len);
        counted_to = off + n;
        if (!b->any || z > b->z) {
            b->z = z;
            b->hits = hits;
            b->any = true;
        }
        if (off + n >= len)
            break;
        /* The last window ends at the text's end so the tail gets full context. */
        off = off + SG_GUARD_STRIDE + SG_GUARD_WINDOW > len ? len - SG_GUARD_WINDOW
                                                              : off + SG_GUARD_STRIDE;
    }
}

/* The rule with the largest positive weight among those that fired. A rule
 * whose weight speaks against an injection (the benign framing cues of
 * rules.c) is never named as the reason for a verdict. */
static const char *strongest_rule(const struct sg__model *m, uint64_t hits)
{
    const char *rule = NULL;
    float best = 0;
    for (unsigned r = 0; r < sg__guard_rule_count; r++)
        if ((hits >> r & 1) && m->w[SG__MODEL_DIM + r] > best) {
            rule = sg__guard_rules[r].id;
            best = m->w[SG__MODEL_DIM + r];
        }
    return rule;
}

/* Takes b for a text of len bytes: emptied, with the cap the one-shot
 * buffers had (the normal form is at most 4 bytes per input byte). */
static void take(sg_buf *b, size_t len)
{
    sg_buf_reset(b);
    b->max = 4 * len + 64;
}

/* A second-best piece for a text of one piece: what a plainly benign
 * sentence scores, so that one piece reads as one that stands out. */
#define DOC_NO_SECOND (-8.0)

static void doc_features(const struct best *b, const struct sg__doc_stats *ds,
                         double f[SG__DOC_FEATURES])
{
    double n = ds->n ? ds->n : 1;
    f[0] = sg__guard_doc_clamp(b->z);
    f[1] = ds->n ? ds->top1 : f[0];
    f[2] = ds->n > 1 ? ds->top2 : DOC_NO_SECOND;
    f[3] = ds->n ? ds->sum / n : f[0];
    f[4] = ds->above / n;
    f[5] = log(n);
}

double sg__guard_doc_margin(const struct sg__model *m, const double f[SG__DOC_FEATURES])
{
    double z = m->doc[SG__DOC_FEATURES];
    for (int i = 0; i < SG__DOC_FEATURES; i++)
        z += m->doc[i] * f[i];
    return z;
}

/* The margin m gives the text: its best piece's, or its stacker's. */
static double final_margin(const struct sg__model *m, const struct best *b,
                           const struct sg__doc_stats *ds)
{
    if (!m->has_doc)
        return b->z;
    double f[SG__DOC_FEATURES];
    doc_features(b, ds, f);
    return sg__guard_doc_margin(m, f);
}

/* ds (or NULL) gets the piece statistics of the text itself, not of what
 * the probes decode from it. */
static sg_err injection_z(const sg_guard *g, const struct sg__model *m, hs_scratch_t *scratch,
                          struct sg__guard_bufs *bufs, const char *text, size_t len,
                          struct best *b, struct sg__doc_stats *ds, struct sg_error *err)
{
    if (len > SG_GUARD_INJECTION_MAX)
        len = SG_GUARD_INJECTION_MAX;
    struct sg__guard_bufs local = {0};
    struct sg__guard_bufs *w = bufs ? bufs : &local;
    take(&w->norm, len);
    take(&w->extra, len);
    take(&w->extra_norm, len);
    sg_buf *norm = &w->norm, *extra = &w->extra, *extra_norm = &w->extra_norm;
    struct sg__norm_info info;
    sg_err rc = sg__guard_normalize_info(text, len, norm, &info);
    if (rc) {
        rc = sg_error_set(err, rc, "guard", "normalising text: %s", sg_strerror(rc));
        goto out;
    }
    score_windows(g, m, scratch, norm->data ? norm->data : "", norm->len, b, ds);

    /* Decoding probes: base64/hex payloads in the raw text, leetspeak in the
     * normalised text. Each recovered text is scored on its own. */
    if (info.has_b64_run && sg__guard_decode_raw(text, len, extra)) {
        if (sg__guard_normalize(extra->data, extra->len, extra_norm) == SG_OK && extra_norm->len)
            score_windows(g, m, scratch, extra_norm->data, extra_norm->len, b, NULL);
    }
    sg_buf_reset(extra);
    /* A de-leeted copy equal to the text (its only leet symbol a trailing
     * '!', as in "Hello!") scores what the text scored: not again. */
    if (info.has_leet && sg__guard_deleet(norm->data, norm->len, extra) && extra->len &&
        (extra->len != norm->len || memcmp(extra->data, norm->data, norm->len) != 0))
        score_windows(g, m, scratch, extra->data, extra->len, b, NULL);
out:
    if (!bufs)
        sg__guard_bufs_release(&local);
    return rc;
}

void sg__guard_bufs_trim(struct sg__guard_bufs *b, size_t keep)
{
    sg_buf *all[] = {&b->norm, &b->extra, &b->extra_norm};
    for (size_t i = 0; i < 3; i++)
        if (all[i]->cap > keep)
            sg_buf_release(all[i]);
}

void sg__guard_bufs_release(struct sg__guard_bufs *b) { sg__guard_bufs_trim(b, 0); }

sg_err sg__guard_injection_bufs(const sg_guard *g, hs_scratch_t *scratch,
                                struct sg__guard_bufs *bufs, enum sg_guard_role role,
                                const char *text, size_t len, double *score, const char **rule,
                                struct sg_error *err)
{
    const struct sg__model *m = sg__guard_model_of(g, role);
    struct best b = {0, 0, false};
    struct sg__doc_stats ds = {0};
    sg_err rc = injection_z(g, m, scratch, bufs, text, len, &b, m->has_doc ? &ds : NULL, err);
    if (rc)
        return rc;
    *score = sg__guard_calibrate(m, final_margin(m, &b, &ds));
    if (rule)
        *rule = strongest_rule(m, b.hits);
    return SG_OK;
}

sg_err sg__guard_injection(const sg_guard *g, hs_scratch_t *scratch, enum sg_guard_role role,
                           const char *text, size_t len, double *score, const char **rule,
                           struct sg_error *err)
{
    return sg__guard_injection_bufs(g, scratch, NULL, role, text, len, score, rule, err);
}

sg_err sg__guard_injection_margin(const sg_guard *g, const struct sg__model *m,
                                  hs_scratch_t *scratch, const char *text, size_t len, double *z,
                                  struct sg_error *err)
{
    struct best b = {0, 0, false};
    struct sg__doc_stats ds = {0};
    sg_err rc = injection_z(g, m, scratch, NULL, text, len, &b, m->has_doc ? &ds : NULL, err);
    *z = final_margin(m, &b, &ds);
    return rc;
}

sg_err sg__guard_doc_features(const sg_guard *g, const struct sg__model *m,
                              hs_scratch_t *scratch, const char *text, size_t len,
                              double f[SG__DOC_FEATURES], struct sg_error *err)
{
    struct best b = {0, 0, false};
    struct sg__doc_stats ds = {0};
    sg_err rc = injection_z(g, m, scratch, NULL, text, len, &b, &ds, err);
    doc_features(&b, &ds, f);
    return rc;
}
