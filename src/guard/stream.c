/* stream.c - checks a streamed answer (SSE chunks) with a bounded hold-back
 * window: bytes are released to the client only once the detectors have seen
 * them with enough right context that no secret, PII span or canary could
 * still be growing across the cut. The cut is moved back to the start of an
 * unfinished token or entity; the window is capped so memory stays bounded. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guard_int.h"

#define STREAM_CAP ((size_t)64 << 10)

struct sg_guard_stream {
    const sg_guard *g;
    char canary[SG_GUARD_CANARY_LEN + 8];
    sg_buf pending;
    bool blocked;
    /* Scratch for each check's spans (8 KiB): written by sg_guard_entities
     * before it is read, so it is not zeroed for every streamed answer. */
    struct sg_guard_entity ents[SG_GUARD_MAX_ENTITIES];
};

sg_err sg_guard_stream_new(const sg_guard *g, const char *canary, sg_guard_stream **out,
                           struct sg_error *err)
{
    *out = NULL;
    sg_guard_stream *s = malloc(sizeof *s);
    if (!s)
        return sg_error_set(err, SG_ERR_NOMEM, "guard stream", "out of memory");
    s->g = g;
    s->canary[0] = '\0';
    s->blocked = false;
    if (canary) {
        size_t n = strlen(canary);
        if (n >= sizeof s->canary) {
            free(s);
            return sg_error_set(err, SG_ERR_INVALID_ARG, "guard stream", "canary too long");
        }
        memcpy(s->canary, canary, n + 1);
    }
    sg_buf_init(&s->pending, STREAM_CAP);
    *out = s;
    return SG_OK;
}

void sg_guard_stream_free(sg_guard_stream *s)
{
    if (!s)
        return;
    sg_buf_release_secure(&s->pending);
    free(s);
}

static void note(struct sg_inspect_verdict *v, enum sg_guard_action a, const char *detector,
                 const char *rule, size_t n)
{
    if ((int)a <= (int)v->action)
        return;
    v->action = (enum sg_inspect_action)a;
    v->detector = detector;
    v->rule = rule;
    v->score = 1.0;
    snprintf(v->reason, sizeof v->reason, "%s in streamed answer (%zu span(s) in window)", rule,
             n);
}

static const char *detector_of(enum sg_guard_entity_type t)
{
    return t == SG_ENT_CANARY ? "canary" : sg_guard_entity_is_secret(t) ? "secrets" : "pii";
}

/* Scans the pending window and releases what is safe. */
static sg_err process(sg_guard_stream *s, bool final, sg_buf *release,
                      struct sg_inspect_verdict *v, struct sg_error *err)
{
    const struct sg_guard_config *cfg = &s->g->cfg;
    char *p = s->pending.data;
    size_t len = s->pending.len, n = 0;
    bool trunc = false;
    if (len == 0)
        return SG_OK;
    unsigned det = cfg->detectors;
    hs_scratch_t *scratch = NULL;
    sg_err rc = sg__guard_scratch_get(s->g, &scratch, err);
    if (rc)
        return rc;
    rc = sg__guard_entities_scan(s->g, scratch, p, len,
                                 (det & SG_GUARD_DET_CANARY) && s->canary[0] ? s->canary : NULL,
                                 s->ents, SG_GUARD_MAX_ENTITIES, &n, &trunc, err);
    sg__guard_scratch_put(s->g, scratch);
    if (rc)
        return rc;
    /* Keep only enabled detectors; set the configured actions. */
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        enum sg_guard_entity_type t = s->ents[i].type;
        bool on = t == SG_ENT_CANARY ? det & SG_GUARD_DET_CANARY
                  : sg_guard_entity_is_secret(t) ? det & SG_GUARD_DET_SECRETS
                                                 : det & SG_GUARD_DET_PII;
        if (on) {
            s->ents[k] = s->ents[i];
            s->ents[k++].action = cfg->action[t];
        }
    }
    n = k;

    size_t cut = len;
    if (!final) {
        size_t h = cfg->holdback;
        cut = len > h ? len - h : 0;
        /* An unfinished token (no whitespace yet) may be a secret's prefix. */
        size_t c = cut;
        while (c > 0 && c < len && !sg__is_space((unsigned char)p[c - 1]) &&
               !sg__is_space((unsigned char)p[c]))
            c--;
        if (c > 0 || len < STREAM_CAP)
            cut = c;
        for (size_t i = n; i-- > 0;)
            if (s->ents[i].start < cut && s->ents[i].end > cut)
                cut = s->ents[i].start;
        if (cut == 0 && len >= STREAM_CAP) {
            /* One span longer than the window (an unterminated PEM block):
             * we can neither check it whole nor release it. */
            note(v, SG_GUARD_BLOCK, "secrets", "holdback_overflow", n);
            s->blocked = true;
            sg_buf_release_secure(&s->pending);
            return SG_OK;
        }
    }

    for (size_t i = 0; i < n && s->ents[i].end <= cut; i++) {
        const struct sg_guard_entity *e = &s->ents[i];
        note(v, e->action, detector_of(e->type), sg_guard_entity_name(e->type), n);
        if (e->action == SG_GUARD_BLOCK) {
            /* Stop the answer: nothing from here on reaches the client. */
            s->blocked = true;
            rc = sg_guard_redact(p, e->start, s->ents, i, release);
            sg_buf_release_secure(&s->pending);
            return rc;
        }
    }
    size_t m = 0;
    while (m < n && s->ents[m].end <= cut)
        m++;
    if ((rc = sg_guard_redact(p, cut, s->ents, m, release)))
        return rc;
    memmove(p, p + cut, len - cut);
    s->pending.len = len - cut;
    p[s->pending.len] = '\0';
    return SG_OK;
}

sg_err sg_guard_stream_feed(sg_guard_stream *s, const char *text, size_t len, bool final,
                            sg_buf *release, struct sg_inspect_verdict *v, struct sg_error *err)
{
    memset(v, 0, sizeof *v);
    if (s->blocked) {
        note(v, SG_GUARD_BLOCK, "guard", "blocked", 0);
        return SG_OK;
    }
    /* Scan when the window holds a few hold-backs' worth, so tiny SSE chunks
     * do not each cost a scan; the cap forces a scan. */
    size_t batch = 4 * s->g->cfg.holdback;
    while (len > 0 || final) {
        size_t room = STREAM_CAP - s->pending.len;
        size_t take = len < room ? len : room;
        sg_err rc = take ? sg_buf_append(&s->pending, text, take) : SG_OK;
        if (rc)
            return sg_error_set(err, rc, "guard stream", "hold-back window");
        if (take) {
            text += take;
            len -= take;
        }
        bool last = final && len == 0;
        if (last || s->pending.len >= STREAM_CAP || (len == 0 && s->pending.len >= batch)) {
            if ((rc = process(s, last, release, v, err)))
                return rc;
            if (s->blocked)
                return SG_OK;
        }
        if (last)
            break;
    }
    return SG_OK;
}
