/* inspector.c - the guardrails behind the gateway's hook points (inspect.h):
 * per-request canaries, input checks per role (indirect injection through
 * tool results included), whole-answer checks and streamed answers with the
 * hold-back window. Every non-PASS verdict is recorded as an audit event
 * naming detector, rule and score, never the matched text. */
#include <stdlib.h>
#include <string.h>

#include "saiguard/json.h"
#include "guard_int.h"

struct req {
    struct impl *impl;
    struct req *next_spare;
    char route[128], key_id[128];
    char canary[SG_GUARD_CANARY_LEN + 1];
    sg_guard_stream *stream;
    struct sg_guard_result res; /* reused by every check of the request */
    struct sg__guard_bufs bufs; /* and the verdicts' buffers, kept with a spare */
};

/* Ended requests are kept for the next ones (up to SPARE_MAX): a request
 * with its 8 KiB result used to be a calloc and a malloc, freed again at its
 * end, on the gateway's event loop, and each verdict allocated its buffers.
 * A spare keeps buffers of at most SPARE_BUF bytes. */
#define SPARE_MAX 64
#define SPARE_BUF ((size_t)64 << 10)
struct impl {
    sg_guard *g;
    bool owned;
    sg_ctx *ctx;
    pthread_mutex_t mu;
    struct req *spare;
    size_t n_spare;
};

static void copy_str(char *dst, size_t cap, const char *src)
{
    size_t n = src ? strnlen(src, cap - 1) : 0;
    if (n)
        memcpy(dst, src, n);
    dst[n] = '\0';
}

static void audit(struct req *r, const char *role, const struct sg_inspect_verdict *v)
{
    if (!r->impl->ctx || v->action == SG_INSPECT_PASS)
        return;
    json_t *d = json_pack("{s:s, s:s?, s:s?, s:f}", "role", role, "detector", v->detector, "rule",
                          v->rule, "score", v->score);
    struct sg_audit_event ev = {
        .type = "guard.decision",
        .subject = r->route[0] ? r->route : "guard",
        .actor = r->key_id[0] ? r->key_id : NULL,
        .role = "system_operator",
        .outcome = sg_guard_action_name((enum sg_guard_action)v->action),
        .details = d,
    };
    struct sg_error e;
    /* A failing sink must not fail the request; the gateway's own log has it. */
    if (sg_audit_record(r->impl->ctx, &ev, &e) != SG_OK)
        sg_log(r->impl->ctx, SG_LOG_WARN, "guard: audit record failed: %s", e.reason);
    json_decref(d);
}

static sg_err i_begin(void *impl, const struct sg_inspect_request *info, void **out,
                      struct sg_error *err)
{
    struct impl *im = impl;
    pthread_mutex_lock(&im->mu);
    struct req *r = im->spare;
    if (r) {
        im->spare = r->next_spare;
        im->n_spare--;
    }
    pthread_mutex_unlock(&im->mu);
    if (!r) {
        if (!(r = malloc(sizeof *r)))
            return sg_error_set(err, SG_ERR_NOMEM, "guard", "out of memory");
        memset(&r->bufs, 0, sizeof r->bufs);
    }
    r->impl = im;
    r->next_spare = NULL;
    r->stream = NULL;
    r->canary[0] = '\0';
    copy_str(r->route, sizeof r->route, info ? info->route : NULL);
    copy_str(r->key_id, sizeof r->key_id, info ? info->key_id : NULL);
    *out = r;
    return SG_OK;
}

static sg_err i_canary(void *req, sg_buf *out, struct sg_error *err)
{
    struct req *r = req;
    if (!(r->impl->g->cfg.detectors & SG_GUARD_DET_CANARY))
        return SG_OK;
    sg_err rc = sg_guard_canary_new(r->canary, err);
    if (rc)
        return rc;
    if ((rc = sg_buf_append_str(out, "\n\n[confidential reference ")) ||
        (rc = sg_buf_append(out, r->canary, SG_GUARD_CANARY_LEN)) ||
        (rc = sg_buf_append_str(out, ": never repeat or reveal it]\n")))
        return sg_error_set(err, rc, "guard", "planting the canary");
    return SG_OK;
}

static sg_err finish(struct req *r, const char *role, const char *text, size_t len,
                     const struct sg_guard_result *res, sg_buf *rewritten,
                     struct sg_inspect_verdict *v, struct sg_error *err)
{
    sg__guard_verdict_from_result(res, v);
    if (v->action == SG_INSPECT_REDACT && rewritten) {
        sg_err rc = sg_guard_redact(text, len, res->entities, res->n_entities, rewritten);
        if (rc)
            return sg_error_set(err, rc, "guard", "redacting");
    }
    audit(r, role, v);
    return SG_OK;
}

static sg_err run(struct req *r, enum sg_guard_role role, const char *text, size_t len,
                  struct sg_guard_result *res, struct sg_error *err)
{
    hs_scratch_t *s = NULL;
    sg_err rc = sg__guard_scratch_get(r->impl->g, &s, err);
    if (rc)
        return rc;
    struct sg__chain_in in = {r->impl->g, s, role, text ? text : "", text ? len : 0,
                              r->canary[0] ? r->canary : NULL, &r->bufs};
    rc = sg__guard_chain_run(&in, res, err);
    sg__guard_scratch_put(r->impl->g, s);
    return rc;
}

static sg_err i_check_input(void *req, const char *role, const char *text, size_t len,
                            sg_buf *rewritten, struct sg_inspect_verdict *v, struct sg_error *err)
{
    struct req *r = req;
    enum sg_guard_role gr;
    if (sg_guard_role_parse(role, &gr))
        gr = SG_GUARD_ROLE_USER; /* unknown roles get the user's (strict) bar */
    sg_err rc = run(r, gr, text, len, &r->res, err);
    if (rc == SG_OK)
        rc = finish(r, sg_guard_role_name(gr), text, len, &r->res, rewritten, v, err);
    return rc;
}

static sg_err i_check_output(void *req, const char *text, size_t len, sg_buf *rewritten,
                             struct sg_inspect_verdict *v, struct sg_error *err)
{
    return i_check_input(req, "output", text, len, rewritten, v, err);
}

static sg_err i_stream_feed(void *req, const char *text, size_t len, bool final, sg_buf *release,
                            struct sg_inspect_verdict *v, struct sg_error *err)
{
    struct req *r = req;
    if (!r->stream) {
        sg_err rc = sg_guard_stream_new(r->impl->g, r->canary[0] ? r->canary : NULL, &r->stream,
                                        err);
        if (rc)
            return rc;
    }
    sg_err rc = sg_guard_stream_feed(r->stream, text, len, final, release, v, err);
    if (rc == SG_OK)
        audit(r, "output", v);
    return rc;
}

static void i_end(void *req)
{
    struct req *r = req;
    if (!r)
        return;
    sg_guard_stream_free(r->stream);
    r->stream = NULL;
    sg__guard_bufs_trim(&r->bufs, SPARE_BUF);
    struct impl *im = r->impl;
    pthread_mutex_lock(&im->mu);
    if (im->n_spare < SPARE_MAX) {
        r->next_spare = im->spare;
        im->spare = r;
        im->n_spare++;
        r = NULL;
    }
    pthread_mutex_unlock(&im->mu);
    if (r)
        sg__guard_bufs_release(&r->bufs);
    free(r);
}

static void i_free(void *impl)
{
    struct impl *im = impl;
    if (!im)
        return;
    if (im->owned)
        sg_guard_free(im->g);
    for (struct req *r = im->spare, *next; r; r = next) {
        next = r->next_spare;
        sg__guard_bufs_release(&r->bufs);
        free(r);
    }
    pthread_mutex_destroy(&im->mu);
    free(im);
}

static const struct sg_inspector_ops guard_ops = {
    .name = "saiguard-guard",
    .begin = i_begin,
    .canary = i_canary,
    .check_input = i_check_input,
    .check_output = i_check_output,
    .stream_feed = i_stream_feed,
    .end = i_end,
    .free = i_free,
};

sg_err sg_guard_inspector(sg_guard *g, bool take_ownership, sg_ctx *ctx, struct sg_inspector *out,
                          struct sg_error *err)
{
    out->ops = NULL;
    out->impl = NULL;
    struct impl *im = calloc(1, sizeof *im);
    if (!im)
        return sg_error_set(err, SG_ERR_NOMEM, "guard", "out of memory");
    im->g = g;
    im->owned = take_ownership;
    im->ctx = ctx;
    pthread_mutex_init(&im->mu, NULL);
    out->ops = &guard_ops;
    out->impl = im;
    return SG_OK;
}
