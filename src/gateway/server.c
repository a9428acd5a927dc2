/* server.c - the gateway daemon: listeners (libevent evconnlistener; the
 * connections themselves are conn.c's), the request pipeline (framing checks, routing,
 * authentication, policy, input guardrails, limits, then proxy.c), the
 * OpenAI-shaped errors, /metrics and /healthz, the audit and access-log
 * records of every request, SIGHUP reload and graceful SIGTERM shutdown. */
#include <errno.h>
#include <event2/dns.h>
#include <event2/event.h>
#include <event2/listener.h>
#include <event2/util.h>
#include <event2/thread.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/rand.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>

#include "gateway/internal.h"
#include "saiguard/encode.h"
#include "saiguard/guard.h"
#include "saiguard/pool.h"

int64_t sg__gw_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---- runtimes (configuration generations) ---------------------------------------- */

static struct sg_gw_gen *gen_ref(struct sg_gw_gen *g)
{
    __atomic_add_fetch(&g->refs, 1, __ATOMIC_RELAXED);
    return g;
}

static void gen_unref(struct sg_gw_gen *g)
{
    if (g && __atomic_sub_fetch(&g->refs, 1, __ATOMIC_ACQ_REL) == 0) {
        sg_gateway_config_free(g->cfg);
        free(g->breakers);
        free(g);
    }
}

static sg_err gen_load(struct sg_gateway *gw, struct sg_gw_gen **out, struct sg_error *err)
{
    struct sg_gw_gen *g = calloc(1, sizeof *g);
    *out = NULL;
    if (!g)
        return sg_error_set(err, SG_ERR_NOMEM, gw->config_path, "out of memory");
    g->refs = 1;
    sg_err rc = sg_gateway_config_load(gw->config_path, &g->cfg, err);
    if (rc) {
        free(g);
        return rc;
    }
    if (!(g->breakers = calloc(g->cfg->n_upstreams + 1, sizeof *g->breakers))) {
        gen_unref(g);
        return sg_error_set(err, SG_ERR_NOMEM, gw->config_path, "out of memory");
    }
    *out = g;
    return SG_OK;
}

struct sg_gw_runtime *sg__gw_runtime_ref(struct sg_gw_runtime *rt)
{
    rt->refs++;
    return rt;
}

void sg__gw_runtime_unref(struct sg_gw_runtime *rt)
{
    if (!rt || --rt->refs > 0)
        return;
    sg__gw_pools_free(rt);
    gen_unref(rt->gen);
    free(rt);
}

/* loop's runtime for gen: its own upstream pools on the shared configuration. */
static sg_err runtime_new(struct sg_gw_loop *loop, struct sg_gw_gen *gen,
                          struct sg_gw_runtime **out, struct sg_error *err)
{
    struct sg_gw_runtime *rt = calloc(1, sizeof *rt);
    *out = NULL;
    if (!rt)
        return sg_error_set(err, SG_ERR_NOMEM, "gateway", "out of memory");
    rt->loop = loop;
    rt->gen = gen_ref(gen);
    rt->cfg = gen->cfg;
    rt->refs = 1;
    sg_err rc = sg__gw_pools_new(rt, err);
    if (rc) {
        sg__gw_runtime_unref(rt);
        return rc;
    }
    *out = rt;
    return SG_OK;
}

/* ---- replies -------------------------------------------------------------------------- */

void sg__gw_fail(struct sg_gw_req *r, enum sg_gw_reason reason, int retry_after, const char *fmt,
                 ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->reason_msg, sizeof r->reason_msg, fmt, ap);
    va_end(ap);
    r->reason = reason;
    r->status = sg__gw_reason_status(reason);
    SG_GW_METRICS(r->loop, r->loop->m.rejections[reason]++);
    r->retry_after = retry_after;
    r->www_authenticate = reason == SG_GW_UNAUTHORIZED;
    if (reason == SG_GW_SMUGGLING) /* whatever follows on this connection is suspect */
        r->close_after = true;
    const char *code = reason == SG_GW_GUARD_INPUT || reason == SG_GW_GUARD_OUTPUT
                           ? "content_filter"
                           : sg__gw_reason_name(reason);
    json_t *e = json_pack("{s:{s:s, s:s, s:n, s:s}}", "error", "message", r->reason_msg, "type",
                          sg__gw_reason_type(reason), "param", "code", code);
    sg_buf b;
    sg_buf_init(&b, 1 << 16);
    if (!e || sg_json_dump(e, JSON_COMPACT, &b) || sg_buf_append_byte(&b, '\n'))
        sg_buf_reset(&b);
    json_decref(e);
    sg__gw_reply(r, r->status, NULL, b.data ? b.data : "", b.len);
    sg_buf_release(&b);
    sg__gw_finish(r);
}

/* ---- records ---------------------------------------------------------------------------- */

static const char *decision(const struct sg_gw_req *r)
{
    if (r->reason == SG_GW_OK)
        return r->status >= 500 ? "error" : "allow";
    int s = sg__gw_reason_status(r->reason);
    return s >= 500 ? "error" : "deny";
}

/* Leaves the loop after a short grace so that the last replies, queued in
 * their connections' output buffers, reach their clients. */
static void exit_soon(struct sg_gw_loop *loop)
{
    struct timeval tv = {0, 200000};
    event_base_loopexit(loop->base, &tv);
}

/* Truncating copy; memcpy, as this runs for several fields per request and
 * snprintf's format machinery showed up in the event loop's profile. */
static void copy_str(char *dst, size_t size, const char *src, bool *has)
{
    size_t n = src ? strnlen(src, size - 1) : 0;
    if (has)
        *has = src != NULL;
    memcpy(dst, src ? src : "", n);
    dst[n] = '\0';
}

/* sg_time_rfc3339 of now, formatted once per second per loop (gmtime and
 * strftime per request showed in the event loop's profile). */
static void record_time(struct sg_gw_loop *loop, char out[32])
{
    time_t now = time(NULL);
    if (now != loop->time_sec || !loop->time_text[0]) {
        struct tm tm;
        gmtime_r(&now, &tm);
        if (strftime(loop->time_text, sizeof loop->time_text, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
            loop->time_text[0] = '\0';
        loop->time_sec = now;
    }
    memcpy(out, loop->time_text, sizeof loop->time_text);
}

/* Hands the request's record to the audit thread, which builds the audit
 * event and the access log line off the event loop. */
static void record(struct sg_gw_req *r, double secs, bool estimated)
{
    struct sg_gw_loop *loop = r->loop;
    struct sg_gw_record *rec = loop->rec_next ? loop->rec_next : sg__gw_audit_record_new();
    loop->rec_next = NULL;
    if (!rec) {
        loop->rec_next = sg__gw_audit_request(r->gw->audit, NULL); /* counts the loss */
        return;
    }
    record_time(loop, rec->time);
    copy_str(rec->request_id, sizeof rec->request_id, r->id, NULL);
    copy_str(rec->path, sizeof rec->path, r->path, NULL);
    copy_str(rec->route, sizeof rec->route, r->route ? r->route->name : NULL, &rec->has_route);
    copy_str(rec->model, sizeof rec->model, r->view.model, &rec->has_model);
    copy_str(rec->key_id, sizeof rec->key_id, r->key ? r->key->id : NULL, &rec->has_key);
    copy_str(rec->prompt_digest, sizeof rec->prompt_digest, r->prompt_digest, NULL);
    copy_str(rec->answer_digest, sizeof rec->answer_digest, r->answer_digest, NULL);
    copy_str(rec->remote, sizeof rec->remote, sg__gw_conn_remote(r->cc), NULL);
    rec->decision = decision(r);
    rec->reason = sg__gw_reason_name(r->reason);
    rec->guard_detector = r->guard_detector;
    rec->guard_rule = r->guard_rule;
    rec->guard_action = r->guard_action;
    rec->status = r->status;
    rec->up_status = r->up_status;
    rec->prompt_tokens = r->prompt_tokens;
    rec->completion_tokens = r->completion_tokens;
    rec->total_tokens = r->total_tokens;
    rec->latency_ms = secs * 1000;
    rec->estimated = estimated;
    rec->stream = r->view.stream;
    rec->limiter_bypassed = r->limiter_bypassed;
    rec->audited = r->route || r->reason != SG_GW_OK; /* not /metrics, /healthz */
    if (r->rt->cfg->record_text) {
        if (r->body && (rec->prompt_text = malloc(r->body_len + 1))) {
            memcpy(rec->prompt_text, r->body, r->body_len);
            rec->prompt_len = r->body_len;
        }
        if (r->answer.len && (rec->answer_text = malloc(r->answer.len + 1))) {
            memcpy(rec->answer_text, r->answer.data, r->answer.len);
            rec->answer_len = r->answer.len;
        }
    }
    loop->rec_next = sg__gw_audit_request(r->gw->audit, rec);
}

/* A request struct no longer kept for reuse. */
static void req_free(struct sg_gw_req *r)
{
    sg_buf_release(&r->rewritten);
    free(r);
}

/* The most memory a kept request holds on to for its rewritten body. */
#define REWRITTEN_KEEP ((size_t)64 << 10)

void sg__gw_finish(struct sg_gw_req *r)
{
    struct sg_gateway *gw = r->gw;
    struct sg_gw_loop *loop = r->loop;
    struct sg_gw_cconn *cc = r->cc;
    /* A whole answer ends when it was written (t_out_ns): no clock read. */
    int64_t t1 = !r->started && r->t_out_ns ? r->t_out_ns : sg__gw_mono_ns();
    double secs = (double)(t1 - r->t0_ns) / 1e9;
    int st = r->status >= 100 && r->status < 600 ? r->status : 599;
    /* Only requests that went upstream and back have an added time; the
     * stamps are the loop's own, so the difference is never negative. */
    if (r->t_out_ns && r->t_in_ns && r->t_sent_ns >= r->t_in_ns && r->t_out_ns >= r->t_first_ns)
        sg__gw_added_observe(&loop->m.added, r->started ? SG_GW_ADDED_STREAM : SG_GW_ADDED_WHOLE,
                             (uint64_t)(r->t_sent_ns - r->t_in_ns) +
                                 (uint64_t)(r->t_out_ns - r->t_first_ns));

    /* Token accounting: the upstream's usage when it gave one, else an
     * estimate (streams without usage: ~4 bytes per token). */
    bool estimated = !r->usage_seen;
    if (estimated && r->limits_taken) {
        r->prompt_tokens = r->lq.cost;
        r->completion_tokens = (r->streamed_bytes + 3) / 4;
        r->total_tokens = r->prompt_tokens + r->completion_tokens;
    }
    const char *key_id = r->key ? r->key->id : NULL;
    if (r->limits_taken && r->status < 500) {
        int64_t delta = r->total_tokens - r->lq.cost;
        if (loop->redis)
            sg__gw_redis_commit(loop->redis, &r->lq, delta, r->total_tokens);
        else
            sg__gw_local_commit(gw->local, &r->lq, delta, r->total_tokens, sg__gw_now_ms());
    }
    /* The token counters' labels, built with plain copies (this runs for
     * every request; printf showed in the loop's profile). */
    char lp[200] = "", lc[200] = "";
    if (key_id && r->total_tokens > 0) {
        struct sg_gw_text p = {lp, 0, sizeof lp - 1, false}, c = {lc, 0, sizeof lc - 1, false};
        SG_GW_TEXT_LIT(&p, "key=\"");
        sg__gw_text_str(&p, key_id);
        memcpy(lc, lp, p.len);
        c.len = p.len;
        SG_GW_TEXT_LIT(&p, "\",kind=\"prompt\"");
        SG_GW_TEXT_LIT(&c, "\",kind=\"completion\"");
        lp[p.over ? 0 : p.len] = '\0';
        lc[c.over ? 0 : c.len] = '\0';
    }
    pthread_mutex_lock(&loop->lock);
    loop->m.requests_by_status[st]++;
    sg__gw_metrics_latency(&loop->m, secs);
    if (lp[0]) {
        sg__gw_metrics_add(&loop->m.tokens, lp, (uint64_t)r->prompt_tokens);
        sg__gw_metrics_add(&loop->m.tokens, lc, (uint64_t)r->completion_tokens);
    }
    pthread_mutex_unlock(&loop->lock);
    int64_t inflight = __atomic_load_n(&loop->m.inflight, __ATOMIC_RELAXED) - 1;
    __atomic_store_n(&loop->m.inflight, inflight, __ATOMIC_RELAXED);
    if (r->answer_md) {
        uint8_t d[SG_SHA256_LEN];
        if (sg__gw_sha256_final(&r->answer_sha, d))
            sg__gw_digest_text(d, r->answer_digest);
        r->answer_md = false;
    }
    record(r, secs, estimated);
    if (r->guard_begun && gw->opts.inspector.ops)
        gw->opts.inspector.ops->end(r->guard);
    sg_buf_release(&r->out);
    sg__gw_sse_release(&r->sse);
    sg_buf_release(&r->answer);
    sg_buf_release(&r->released);
    /* A kept request keeps its rewritten body's memory for the next
     * guarded request (the canary makes every one of them a rewrite). */
    if (r->rewritten.cap > REWRITTEN_KEEP)
        sg_buf_release(&r->rewritten);
    else
        sg_buf_reset(&r->rewritten);
    sg__gw_view_release(&r->view);
    sg__gw_runtime_unref(r->rt);
    if (loop->n_spare < (int)(sizeof loop->spare / sizeof loop->spare[0]))
        loop->spare[loop->n_spare++] = r;
    else
        req_free(r);
    if (cc)
        sg__gw_conn_request_done(cc, t1);
    if (loop->stopping && inflight == 0)
        exit_soon(loop);
}

/* ---- guardrails ---------------------------------------------------------------------------- */

bool sg__gw_guard_begin(struct sg_gw_req *r)
{
    const struct sg_inspector *in = &r->gw->opts.inspector;
    if (r->guard_begun)
        return true;
    if (!in->ops)
        return false;
    struct sg_inspect_request info = {r->route ? r->route->name : "", r->key ? r->key->id : "",
                                      r->view.model ? r->view.model : ""};
    struct sg_error err = {0};
    if (in->ops->begin(in->impl, &info, &r->guard, &err)) {
        sg_log(r->gw->ctx, SG_LOG_ERROR, "gateway: guardrails: %s", err.reason);
        return false;
    }
    r->guard_begun = true;
    return true;
}

void sg__gw_guard_note(struct sg_gw_req *r, const struct sg_inspect_verdict *v)
{
    if (v->action == SG_INSPECT_PASS || (int)v->action < r->guard_action)
        return;
    r->guard_action = (int)v->action;
    r->guard_detector = v->detector ? v->detector : "guardrail";
    r->guard_rule = v->rule;
    if (v->action == SG_INSPECT_BLOCK)
        SG_GW_METRICS(r->loop, r->loop->m.guard_blocks++);
    else if (v->action == SG_INSPECT_REDACT)
        SG_GW_METRICS(r->loop, r->loop->m.guard_redactions++);
}

static enum sg_gw_reason check_input_text(void *user, const char *role, const char *text,
                                          size_t len, char **replace)
{
    struct sg_gw_req *r = user;
    const struct sg_inspector *in = &r->gw->opts.inspector;
    struct sg_inspect_verdict v = {0};
    struct sg_error err = {0};
    sg_buf rw;
    sg_buf_init(&rw, len + (1 << 16));
    *replace = NULL;
    if (in->ops->check_input(r->guard, role, text, len, &rw, &v, &err)) {
        sg_buf_release(&rw);
        /* A guardrail that cannot decide fails closed. */
        snprintf(r->reason_msg, sizeof r->reason_msg, "the input could not be checked");
        return SG_GW_GUARD_INPUT;
    }
    sg__gw_guard_note(r, &v);
    if (v.action == SG_INSPECT_BLOCK) {
        sg_buf_release(&rw);
        snprintf(r->reason_msg, sizeof r->reason_msg, "the %s message was blocked by the %s guardrail",
                 role, v.detector ? v.detector : "input");
        return SG_GW_GUARD_INPUT;
    }
    if (v.action == SG_INSPECT_REDACT)
        *replace = sg_buf_detach(&rw, NULL);
    sg_buf_release(&rw);
    return SG_GW_OK;
}

/* The inspector's canary for this request (chat only) into c; false if none. */
static bool canary_of(struct sg_gw_req *r, sg_buf *c)
{
    const struct sg_inspector *in = &r->gw->opts.inspector;
    struct sg_error err = {0};
    if (!in->ops->canary || strcmp(r->path, "/v1/chat/completions") != 0)
        return false;
    return in->ops->canary(r->guard, c, &err) == SG_OK && c->len > 0;
}

/* ---- limits ----------------------------------------------------------------------------------- */

static void on_limits(void *arg, enum sg_gw_reason reason, int retry)
{
    struct sg_gw_req *r = arg;
    const struct sg_gateway_config *cfg = r->rt->cfg;
    if (reason == SG_GW_LIMITER_DOWN) {
        SG_GW_METRICS(r->loop, sg__gw_metrics_add(&r->loop->m.limiter_failures,
                                                  cfg->fail_open ? "mode=\"fail_open\""
                                                                 : "mode=\"fail_closed\"",
                                                  1));
        if (!cfg->fail_open) {
            sg__gw_fail(r, SG_GW_LIMITER_DOWN, 1,
                        "rate limits cannot be checked right now; retry shortly");
            return;
        }
        r->limiter_bypassed = true;
        sg__gw_proxy(r);
        return;
    }
    if (reason != SG_GW_OK) {
        const char *what = reason == SG_GW_RATE_REQUESTS ? "requests per minute"
                           : reason == SG_GW_RATE_TOKENS ? "tokens per minute"
                                                          : "daily token quota";
        sg__gw_fail(r, reason, retry, "rate limit reached for this key (%s); retry after %d s",
                    what, retry);
        return;
    }
    r->limits_taken = true;
    sg__gw_proxy(r);
}

/* ---- the pipeline ------------------------------------------------------------------------------ */

/* Request smuggling: libevent picks chunked over Content-Length silently and
 * takes the first of repeated headers. A front proxy that chose the other
 * reading would see a different request boundary, so ambiguous framing is
 * refused outright (and the connection closed). The body we forward is
 * re-framed by us in any case. */
static bool framing_ambiguous(const struct sg_gw_head *h)
{
    if (h->n_cl > 1 || h->n_te > 1 || (h->n_cl && h->n_te))
        return true;
    return h->n_te && !(h->te_len == 7 && strncasecmp(h->te, "chunked", 7) == 0);
}

static const struct sg_gw_key *authenticate(struct sg_gw_req *r, const struct sg_gw_head *h)
{
    const char *v = h->auth;
    size_t n = h->auth_len;
    if (v) {
        if (n < 7 || strncasecmp(v, "Bearer ", 7) != 0)
            return NULL;
        v += 7, n -= 7;
        while (n && *v == ' ')
            v++, n--;
    } else if (h->api_key) {
        v = h->api_key, n = h->api_key_len;
    } else if (h->x_api_key) {
        v = h->x_api_key, n = h->x_api_key_len;
    } else {
        return NULL;
    }
    while (n && (v[n - 1] == ' ' || v[n - 1] == '\t'))
        n--;
    return sg__gw_key_find(r->rt->cfg, v, n);
}

/* One view of every loop's metrics: each loop's set is merged under that
 * loop's lock. */
static sg_err render_metrics(struct sg_gw_req *r, sg_buf *out)
{
    struct sg_gateway *gw = r->gw;
    struct sg_gw_metrics all;
    struct sg_gw_gauges g = {0};
    const struct sg_gateway_config *cfg = r->rt->cfg;
    sg_buf circ;
    sg_err rc = SG_OK;
    memset(&all, 0, sizeof all);
    all.redis_up = 1;
    sg_buf_init(&circ, 1 << 20);
    int64_t now = sg__gw_mono_ms(); /* the breakers' clock */
    for (size_t i = 0; i < gw->n_loops; i++) {
        struct sg_gw_loop *l = &gw->loops[i];
        pthread_mutex_lock(&l->lock);
        sg__gw_metrics_merge(&all, &l->m);
        pthread_mutex_unlock(&l->lock);
    }
    for (size_t u = 0; u < cfg->n_upstreams && !rc; u++)
        rc = sg_buf_printf(
            &circ, "saiguard_gateway_circuit_open{upstream=\"%s\"} %d\n", cfg->upstreams[u].name,
            __atomic_load_n(&r->rt->gen->breakers[u].open_until_ms, __ATOMIC_RELAXED) > now);
    sg__gw_audit_stats(gw->audit, &g);
    g.reloads_ok = __atomic_load_n(&gw->reloads_ok, __ATOMIC_RELAXED);
    g.reloads_failed = __atomic_load_n(&gw->reloads_failed, __ATOMIC_RELAXED);
    g.loops = gw->n_loops;
    for (size_t i = 0; i < gw->n_loops; i++) {
        uint64_t seq = __atomic_load_n(&gw->loops[i].config_seq, __ATOMIC_RELAXED);
        g.loops_current += seq >= g.reloads_ok;
    }
    g.circuits = circ.data;
    if (!rc)
        rc = sg__gw_metrics_render(&all, &g, out);
    sg_buf_release(&circ);
    sg__gw_metrics_release(&all);
    return rc;
}

static void serve_builtin(struct sg_gw_req *r, bool metrics)
{
    char small[64];
    r->status = 200;
    if (metrics) {
        sg_buf out;
        sg_buf_init(&out, 16 << 20);
        if (render_metrics(r, &out))
            r->status = 500;
        sg__gw_reply(r, r->status, "text/plain; version=0.0.4; charset=utf-8",
                     r->status == 200 && out.data ? out.data : "", r->status == 200 ? out.len : 0);
        sg_buf_release(&out);
    } else {
        int n = snprintf(small, sizeof small, "{\"status\":\"%s\"}\n",
                         r->loop->stopping ? "stopping" : "ok");
        if (r->loop->stopping)
            r->status = 503;
        sg__gw_reply(r, r->status, NULL, small, n > 0 ? (size_t)n : 0);
    }
    sg__gw_finish(r);
}

/* "req_" + the process's random prefix + a sequence number in hex. Each
 * loop numbers its own requests, interleaved with the others' (loop i of
 * n: i + 1, i + 1 + n, ...), so that the loops do not bounce one shared
 * counter's cache line between cores on every request; with one loop the
 * numbers are 1, 2, 3, ... */
static size_t request_id(struct sg_gw_loop *loop, char out[32])
{
    struct sg_gateway *gw = loop->gw;
    uint64_t seq = loop->seq++ * gw->n_loops + loop->index + 1;
    char hex[17];
    int n = 0;
    do
        hex[n++] = "0123456789abcdef"[seq & 15];
    while ((seq >>= 4));
    while (n < 8)
        hex[n++] = '0';
    memcpy(out, "req_", 4);
    memcpy(out + 4, gw->idprefix, 8);
    for (int k = 0; k < n; k++)
        out[12 + k] = hex[n - 1 - k];
    out[12 + n] = '\0';
    return (size_t)(12 + n);
}

struct sg_gw_req *sg__gw_req_new(struct sg_gw_loop *loop, struct sg_gw_cconn *cc,
                                 int64_t t_in_ns)
{
    struct sg_gw_req *r;
    sg_buf kept;
    sg_buf_init(&kept, 0);
    if (loop->n_spare) {
        r = loop->spare[--loop->n_spare];
        kept = r->rewritten;
    } else if (!(r = malloc(sizeof *r))) {
        return NULL;
    }
    /* Everything before the view's model_buf; the text fields after it
     * are strings, emptied by their first byte. */
    memset(r, 0, offsetof(struct sg_gw_req, view) + offsetof(struct sg_gw_request_view, model_buf));
    r->view.model_buf[0] = '\0';
    r->query[0] = r->accept[0] = r->prompt_digest[0] = r->answer_digest[0] = '\0';
    r->reason_msg[0] = '\0';
    r->gw = loop->gw;
    r->loop = loop;
    r->rt = sg__gw_runtime_ref(loop->rt);
    r->cc = cc;
    __atomic_store_n(&loop->m.inflight, __atomic_load_n(&loop->m.inflight, __ATOMIC_RELAXED) + 1,
                     __ATOMIC_RELAXED);
    r->t_in_ns = t_in_ns;
    r->t0_ns = t_in_ns ? t_in_ns : sg__gw_mono_ns();
    r->id_len = request_id(loop, r->id);
    memcpy(r->path, "?", 2);
    r->path_len = 1;
    r->rewritten = kept; /* empty; its memory is reused (sg__gw_finish) */
    sg_buf_init(&r->answer, 0);
    sg_buf_init(&r->released, 0);
    sg_buf_init(&r->out, 0);
    sg__gw_sse_init(&r->sse, 1 << 20);
    r->view.max_tokens = -1;
    if (loop->stopping)
        r->close_after = true;
    return r;
}

void sg__gw_handle(struct sg_gw_req *r, const struct sg_gw_head *h, bool metrics)
{
    struct sg_gateway *gw = r->gw;
    const struct sg_gateway_config *cfg = r->rt->cfg;
    if (h->path && h->path_len < sizeof r->path) {
        memcpy(r->path, h->path, h->path_len);
        r->path[h->path_len] = '\0';
        r->path_len = h->path_len;
    }
    const char *path = r->path;
    r->is_post = h->method == HTTP_POST;
    if (framing_ambiguous(h)) {
        sg__gw_fail(r, SG_GW_SMUGGLING, 0,
                    "conflicting Content-Length / Transfer-Encoding headers");
        return;
    }
    if (!h->path || h->path_len >= sizeof r->path || memchr(h->path, '\0', h->path_len)) {
        sg__gw_fail(r, SG_GW_NOT_FOUND, 0, "unknown path");
        return;
    }
    if (h->method != HTTP_POST && h->method != HTTP_GET) {
        sg__gw_fail(r, SG_GW_METHOD, 0, "method not allowed");
        return;
    }
    if (h->has_query) {
        if (h->query_len >= sizeof r->query) {
            sg__gw_fail(r, SG_GW_BAD_REQUEST, 0, "the query string is too long");
            return;
        }
        r->has_query = true;
        memcpy(r->query, h->query, h->query_len);
        r->query[h->query_len] = '\0';
        r->query_len = h->query_len;
    }
    /* Accept goes upstream as it came, if it is printable text (the parser
     * lets a control byte through at the start of a value). */
    bool printable = h->accept && h->accept_len < sizeof r->accept;
    for (size_t i = 0; printable && i < h->accept_len; i++)
        printable = (unsigned char)h->accept[i] >= 0x20 && (unsigned char)h->accept[i] < 0x7f;
    if (printable) {
        memcpy(r->accept, h->accept, h->accept_len);
        r->accept[h->accept_len] = '\0';
        r->accept_len = h->accept_len;
    }
    if (metrics && !r->is_post &&
        (strcmp(path, "/metrics") == 0 || strcmp(path, "/healthz") == 0)) {
        serve_builtin(r, strcmp(path, "/metrics") == 0);
        return;
    }
    if (!(r->route = sg__gw_route_find(cfg, path))) {
        sg__gw_fail(r, SG_GW_NOT_FOUND, 0, "the path '%.100s' is not served by this gateway", path);
        return;
    }
    /* The OpenAI endpoints take one method each; a custom route GET or POST. */
    static const char *const post_paths[] = {"/v1/chat/completions", "/v1/completions",
                                             "/v1/embeddings", "/v1/responses", NULL};
    bool want_post = false;
    for (size_t i = 0; post_paths[i]; i++)
        want_post = want_post || strcmp(path, post_paths[i]) == 0;
    bool want_get = strcmp(path, "/v1/models") == 0;
    if ((want_post && !r->is_post) || (want_get && r->is_post)) {
        sg__gw_fail(r, SG_GW_METHOD, 0, "method not allowed on %.100s", path);
        return;
    }
    if (r->route->auth) {
        if (!(r->key = authenticate(r, h))) {
            sg__gw_fail(r, SG_GW_UNAUTHORIZED, 0,
                        "missing or unknown API key (send Authorization: Bearer <key>)");
            return;
        }
        r->pol = r->key->policy;
    } else {
        r->pol = r->route->anon_policy;
    }
    if (sg__gw_audit_depth(gw->audit) >= (size_t)cfg->audit_queue_max) {
        /* The audit trail is behind: refuse work rather than lose records. */
        sg__gw_fail(r, SG_GW_OVERLOADED, 1, "the gateway is overloaded; retry shortly");
        return;
    }
    size_t len = h->body_len;
    int64_t max = r->pol->max_body_bytes ? r->pol->max_body_bytes : cfg->max_body_bytes;
    if ((int64_t)len > max) {
        sg__gw_fail(r, SG_GW_TOO_LARGE, 0, "the request body exceeds %lld bytes", (long long)max);
        return;
    }
    r->lq.key_id = r->key ? r->key->id : r->route->name;
    r->lq.rpm = r->pol->rpm;
    r->lq.tpm = r->pol->tpm;
    r->lq.daily = r->pol->daily;
    if (r->is_post) {
        const char *body = h->body;
        char msg[256];
        enum sg_gw_reason why =
            sg__gw_policy_check(r->pol, path, body ? body : "", len, &r->view, msg, sizeof msg);
        if (why != SG_GW_OK) {
            sg__gw_fail(r, why, 0, "%s", msg);
            return;
        }
        sg__gw_digest_hex(body, len, r->prompt_digest);
        r->body = body;
        r->body_len = len;
        if (r->route->guard_input && r->pol->guard_input && sg__gw_guard_begin(r)) {
            /* Texts are read from the validated bytes; the canary and any
             * redaction are spliced into a copy (no tree unless the policy
             * scanner was unsure). */
            sg_buf *c = &r->loop->canary;
            sg_buf_reset(c);
            bool has_canary = canary_of(r, c), rewritten = false;
            sg_buf_reset(&r->rewritten);
            r->rewritten.max = (size_t)max + (1 << 20);
            why = sg__gw_guard_texts_wb(&r->view, path, has_canary ? c->data : NULL, c->len,
                                        check_input_text, r, &r->loop->walk, &r->rewritten,
                                        &rewritten);
            sg_buf_reset(c);
            if (why == SG_GW_TOO_LARGE) {
                sg__gw_fail(r, SG_GW_TOO_LARGE, 0, "the rewritten request is too large");
                return;
            }
            if (why == SG_GW_OVERLOADED) {
                sg__gw_fail(r, SG_GW_OVERLOADED, 1, "the gateway is overloaded; retry shortly");
                return;
            }
            if (why != SG_GW_OK) {
                char m2[256];
                snprintf(m2, sizeof m2, "%s", r->reason_msg);
                sg__gw_fail(r, why, 0, "%s", m2);
                return;
            }
            if (rewritten) {
                r->body = r->rewritten.data;
                r->body_len = r->rewritten.len;
            }
        }
        r->lq.cost = r->view.text_bytes / 4 + 1;
    }
    if (r->loop->redis) {
        sg__gw_redis_check(r->loop->redis, &r->lq, on_limits, r);
        return;
    }
    int retry = 0;
    enum sg_gw_reason why = sg__gw_local_check(gw->local, &r->lq, sg__gw_now_ms(), &retry);
    on_limits(r, why, retry);
}

/* ---- listeners ------------------------------------------------------------------------------------ */

static sg_err listener_tls(SSL_CTX **out, const struct sg_gw_listener *c, struct sg_error *err)
{
    SSL_CTX *ssl = *out = SSL_CTX_new(TLS_server_method());
    if (!ssl)
        return sg_error_set(err, SG_ERR_CRYPTO, c->name, "cannot create a TLS context");
    SSL_CTX_set_min_proto_version(ssl, TLS1_2_VERSION);
    SSL_CTX_set_options(ssl, SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE);
    if (SSL_CTX_use_certificate_chain_file(ssl, c->tls_cert) != 1 ||
        SSL_CTX_use_PrivateKey_file(ssl, c->tls_key, SSL_FILETYPE_PEM) != 1 ||
        SSL_CTX_check_private_key(ssl) != 1) {
        char e[256];
        ERR_error_string_n(ERR_get_error(), e, sizeof e);
        return sg_error_set(err, SG_ERR_CONFIG, c->tls_cert, "TLS certificate or key: %s", e);
    }
    return SG_OK;
}

/* A listening socket on address:port. With several loops every loop binds
 * its own socket to the same port with SO_REUSEPORT and the kernel spreads
 * new connections over them, so no loop hands connections to another (no
 * cross-thread hand-off, no lock on the accept path). Only then:
 * SO_REUSEPORT also lets another process of the same user bind the port. */
static evutil_socket_t listen_on(const struct sg_gw_listener *c, int port, bool reuseport,
                                 struct sg_error *err, sg_err *rc)
{
    struct evutil_addrinfo hints = {0}, *ai = NULL;
    char ps[16];
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_protocol = IPPROTO_TCP;
    hints.ai_flags = EVUTIL_AI_PASSIVE;
    snprintf(ps, sizeof ps, "%d", port);
    int e = evutil_getaddrinfo(c->address, ps, &hints, &ai);
    if (e != 0) {
        *rc = sg_error_set(err, SG_ERR_NETWORK, c->name, "cannot resolve %s: %s", c->address,
                           evutil_gai_strerror(e));
        return -1;
    }
    int one = 1;
    evutil_socket_t fd = socket(ai->ai_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    /* TCP_NODELAY on the listening socket: Linux passes it on to every
     * accepted socket, so small answers and SSE chunks leave at once instead
     * of waiting (Nagle) for the client's delayed ACK of the previous
     * segment, up to 40 ms. */
    if (fd < 0 || setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) != 0 ||
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one) != 0 ||
        (reuseport && setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one) != 0) ||
        bind(fd, ai->ai_addr, (socklen_t)ai->ai_addrlen) != 0 || listen(fd, SOMAXCONN) != 0) {
        *rc = sg_error_errno(err, SG_ERR_NETWORK, c->name, errno, "cannot listen on %s:%d",
                             c->address, port);
        if (fd >= 0)
            evutil_closesocket(fd);
        fd = -1;
    }
    evutil_freeaddrinfo(ai);
    return fd;
}

static void on_accept(struct evconnlistener *lev, evutil_socket_t fd, struct sockaddr *sa,
                      int salen, void *arg)
{
    (void)lev;
    sg__gw_conn_accept(arg, fd, sa, salen);
}

static sg_err bind_listeners(struct sg_gw_loop *loop, struct sg_error *err)
{
    struct sg_gateway *gw = loop->gw;
    const struct sg_gateway_config *cfg = gw->gen->cfg;
    loop->ls = calloc(gw->n_ls, sizeof *loop->ls);
    if (!loop->ls)
        return sg_error_set(err, SG_ERR_NOMEM, "gateway", "out of memory");
    for (size_t i = 0; i < gw->n_ls; i++) {
        const struct sg_gw_listener *c = &cfg->listeners[i];
        struct sg_gw_listener_rt *l = &loop->ls[i];
        sg_err rc = SG_OK;
        l->loop = loop;
        l->metrics = c->metrics;
        l->ssl = gw->ssl[i];
        /* Loop 0 binds first; the others join the port it got (port 0). */
        int port = loop->index ? gw->loops[0].ls[i].port : c->port;
        evutil_socket_t fd = listen_on(c, port, gw->n_loops > 1, err, &rc);
        if (fd < 0)
            return rc;
        /* backlog 0: fd is listening already. Accepted sockets come
         * non-blocking (accept4), with TCP_NODELAY from the listener. */
        if (!(l->lev = evconnlistener_new(loop->base, on_accept, l, LEV_OPT_CLOSE_ON_FREE, 0, fd))) {
            evutil_closesocket(fd);
            return sg_error_set(err, SG_ERR_NETWORK, c->name, "cannot accept on %s:%d",
                                c->address, port);
        }
        struct sockaddr_storage ss;
        socklen_t sl = sizeof ss;
        if (getsockname(fd, (struct sockaddr *)&ss, &sl) == 0)
            l->port = ss.ss_family == AF_INET6 ? ntohs(((struct sockaddr_in6 *)&ss)->sin6_port)
                                               : ntohs(((struct sockaddr_in *)&ss)->sin_port);
    }
    return SG_OK;
}

/* ---- lifecycle ------------------------------------------------------------------------------------ */

/* Stops one loop: no new connections; it leaves once its requests are done
 * or the drain time is over. Runs on the loop's own thread. */
static void loop_stop(struct sg_gw_loop *loop)
{
    if (loop->stopping)
        return;
    loop->stopping = true;
    for (size_t i = 0; i < loop->gw->n_ls; i++)
        if (loop->ls && loop->ls[i].lev) {
            evconnlistener_free(loop->ls[i].lev);
            loop->ls[i].lev = NULL;
        }
    sg__gw_watch_stop(loop->watch);
    if (__atomic_load_n(&loop->m.inflight, __ATOMIC_RELAXED) == 0) {
        event_base_loopexit(loop->base, NULL);
        return;
    }
    struct timeval tv = {loop->rt->cfg->drain_timeout_s, 0};
    evtimer_add(loop->ev_drain, &tv);
}

/* Loop 0 stops the gateway: it tells every other loop, then stops itself. */
static void do_stop(struct sg_gateway *gw)
{
    struct sg_gw_loop *l0 = &gw->loops[0];
    if (l0->stopping)
        return;
    int64_t inflight = 0;
    for (size_t i = 0; i < gw->n_loops; i++)
        inflight += __atomic_load_n(&gw->loops[i].m.inflight, __ATOMIC_RELAXED);
    sg_log(gw->ctx, SG_LOG_INFO, "gateway: stopping; %lld request(s) in flight",
           (long long)inflight);
    for (size_t i = 1; i < gw->n_loops; i++)
        event_active(gw->loops[i].ev_stop, EV_READ, 0);
    loop_stop(l0);
}

static bool same_str(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* What a reload cannot change without a restart: the listening sockets and
 * their TLS keys, the number of loops, the limits backend (each loop's Redis
 * connection, and the local buckets), and the guardrails, which are built
 * once at start. NULL if b only changes what a reload applies. */
static const char *needs_restart(const struct sg_gateway *gw, const struct sg_gateway_config *b)
{
    const struct sg_gateway_config *a = gw->gen->cfg;
    if (a->n_listeners != b->n_listeners)
        return "listeners";
    for (size_t i = 0; i < a->n_listeners; i++) {
        const struct sg_gw_listener *x = &a->listeners[i], *y = &b->listeners[i];
        /* port 0 was "any": the port it got is the same listener */
        bool same_port = x->port == y->port || (x->port == 0 && y->port == gw->loops[0].ls[i].port);
        if (!same_str(x->address, y->address) || !same_port ||
            !same_str(x->tls_cert, y->tls_cert) || !same_str(x->tls_key, y->tls_key) ||
            x->metrics != y->metrics)
            return "listeners";
    }
    if (a->workers != b->workers)
        return "server.workers";
    if (a->redis != b->redis || (a->redis && (!same_str(a->redis_host, b->redis_host) ||
                                              a->redis_port != b->redis_port ||
                                              !same_str(a->redis_prefix, b->redis_prefix) ||
                                              a->redis_timeout_ms != b->redis_timeout_ms)))
        return "limits (backend or Redis address)";
    if (!(a->guard == b->guard || (a->guard && b->guard && json_equal(a->guard, b->guard))))
        return "guard";
    return NULL;
}

/* On the loop's own thread: new requests take rt; those in flight keep the
 * runtime they hold until they finish. */
static void swap_runtime(struct sg_gw_loop *loop, struct sg_gw_runtime *rt)
{
    struct sg_gw_runtime *old = loop->rt;
    loop->rt = rt; /* server limits are read from it where they apply (conn.c) */
    __atomic_store_n(&loop->config_seq, rt->gen->seq, __ATOMIC_RELAXED);
    sg__gw_runtime_unref(old);
}

/* Logs, counts and audits a refused reload; reason is one line. */
static void reload_failed(struct sg_gateway *gw, const char *subject, const char *reason)
{
    __atomic_add_fetch(&gw->reloads_failed, 1, __ATOMIC_RELAXED);
    sg_log(gw->ctx, SG_LOG_ERROR,
           "gateway: reload refused, keeping the running configuration: %s: %s",
           subject ? subject : gw->config_path, reason);
    json_t *d = json_pack("{s:s, s:s}", "config", gw->config_path, "reason", reason);
    sg__gw_audit_push(gw->audit, "gateway.reload", gw->config_path, NULL, "refused", NULL, NULL,
                      d);
}

/* On loop 0: load and check once, then every other loop adopts the new
 * configuration on its own thread (ev_adopt), building its own pools. */
static void do_reload(struct sg_gateway *gw)
{
    struct sg_error err = {0};
    struct sg_gw_gen *gen = NULL;
    struct sg_gw_runtime *rt = NULL;
    const char *what;
    if (gen_load(gw, &gen, &err) || runtime_new(&gw->loops[0], gen, &rt, &err)) {
        gen_unref(gen);
        reload_failed(gw, err.subject, err.reason);
        return;
    }
    if ((what = needs_restart(gw, gen->cfg))) {
        char why[160];
        snprintf(why, sizeof why, "%s changed, which needs a restart", what);
        sg__gw_runtime_unref(rt);
        gen_unref(gen);
        reload_failed(gw, gw->config_path, why);
        return;
    }
    /* Reopen the access log too, so that SIGHUP also serves log rotation. */
    struct sg_gw_accesslog *alog = NULL;
    if (gen->cfg->access_log && sg__gw_accesslog_open(gen->cfg->access_log, &alog, &err))
        sg_log(gw->ctx, SG_LOG_ERROR, "gateway: access log: %s", err.reason);
    sg__gw_audit_set_accesslog(gw->audit, alog);
    /* reloads_ok is written on this thread only, and reaches seq after
     * every loop has been told: /metrics never counts as current a loop
     * that still serves the configuration before. */
    gen->seq = __atomic_load_n(&gw->reloads_ok, __ATOMIC_RELAXED) + 1;
    swap_runtime(&gw->loops[0], rt);
    for (size_t i = 1; i < gw->n_loops; i++) {
        struct sg_gw_loop *l = &gw->loops[i];
        pthread_mutex_lock(&l->lock);
        gen_unref(l->pending);
        l->pending = gen_ref(gen);
        pthread_mutex_unlock(&l->lock);
        event_active(l->ev_adopt, EV_READ, 0);
    }
    gen_unref(gw->gen);
    gw->gen = gen;
    __atomic_add_fetch(&gw->reloads_ok, 1, __ATOMIC_RELAXED);
    sg_log(gw->ctx, SG_LOG_INFO, "gateway: configuration reloaded");
    json_t *d = json_pack("{s:s}", "config", gw->config_path);
    sg__gw_audit_push(gw->audit, "gateway.reload", gw->config_path, NULL, "ok", NULL, NULL, d);
}

static void on_adopt(evutil_socket_t fd, short what, void *arg)
{
    struct sg_gw_loop *loop = arg;
    struct sg_error err = {0};
    struct sg_gw_runtime *rt = NULL;
    (void)fd, (void)what;
    pthread_mutex_lock(&loop->lock);
    struct sg_gw_gen *gen = loop->pending;
    loop->pending = NULL;
    pthread_mutex_unlock(&loop->lock);
    if (!gen)
        return;
    if (runtime_new(loop, gen, &rt, &err))
        sg_log(loop->gw->ctx, SG_LOG_ERROR, "gateway: loop %u keeps the previous configuration: %s",
               loop->index, err.reason);
    else
        swap_runtime(loop, rt);
    gen_unref(gen);
}

static void on_stop_ev(evutil_socket_t fd, short what, void *arg)
{
    struct sg_gw_loop *loop = arg;
    (void)fd, (void)what;
    if (loop->index == 0)
        do_stop(loop->gw);
    else
        loop_stop(loop);
}

static void on_reload_ev(evutil_socket_t fd, short what, void *arg)
{
    (void)fd, (void)what;
    do_reload(arg);
}

static void on_drain(evutil_socket_t fd, short what, void *arg)
{
    struct sg_gw_loop *loop = arg;
    int64_t inflight = __atomic_load_n(&loop->m.inflight, __ATOMIC_RELAXED);
    (void)fd, (void)what;
    sg_log(loop->gw->ctx, SG_LOG_WARN, "gateway: drain time over; %lld request(s) cut off",
           (long long)inflight);
    event_base_loopexit(loop->base, NULL);
}

void sg_gateway_stop(struct sg_gateway *gw)
{
    if (gw && gw->n_loops && gw->loops[0].ev_stop)
        event_active(gw->loops[0].ev_stop, EV_READ, 0);
}

void sg_gateway_reload(struct sg_gateway *gw)
{
    if (gw && gw->ev_reload)
        event_active(gw->ev_reload, EV_READ, 0);
}

int sg_gateway_listener_port(const struct sg_gateway *gw, size_t i)
{
    return gw && gw->n_loops && gw->loops[0].ls && i < gw->n_ls ? gw->loops[0].ls[i].port : -1;
}

/* True if any route and any policy leave some guardrail on. */
static bool guardrails_wanted(const struct sg_gateway_config *cfg)
{
    bool route = false, policy = false;
    for (size_t i = 0; i < cfg->n_routes; i++)
        route = route || cfg->routes[i].guard_input || cfg->routes[i].guard_output;
    for (size_t i = 0; i < cfg->n_policies; i++)
        policy = policy || cfg->policies[i].guard_input || cfg->policies[i].guard_output;
    return route && policy;
}

/* The built-in guardrails (saiguard guard's detectors), configured by the
 * "guard" section. Their verdicts are recorded in each request's audit
 * event, so the guard gets no context of its own (which would write to the
 * ledger on the request path). One instance serves every loop (the
 * inspector contract requires a thread-safe impl). */
static sg_err build_guard(struct sg_gateway *gw, struct sg_error *err)
{
    struct sg_guard_config gc;
    sg_guard *g = NULL;
    sg_guard_config_default(&gc);
    sg_err rc;
    if (gw->gen->cfg->guard &&
        (rc = sg_guard_config_from_json(gw->gen->cfg->guard, &gc, "guard", err)))
        return rc;
    if ((rc = sg_guard_new(&gc, &g, err)))
        return rc;
    if ((rc = sg_guard_inspector(g, true, NULL, &gw->own_inspector, err))) {
        sg_guard_free(g);
        return rc;
    }
    gw->opts.inspector = gw->own_inspector;
    return SG_OK;
}

static sg_err loop_init(struct sg_gateway *gw, struct sg_gw_loop *loop, struct sg_error *err)
{
    loop->gw = gw;
    loop->index = (unsigned)(loop - gw->loops);
    pthread_mutex_init(&loop->lock, NULL);
    sg__gw_walkbuf_init(&loop->walk);
    sg_buf_init(&loop->canary, 4096);
    sg_buf_init(&loop->ev_rel, 1 << 20);
    sg_buf_init(&loop->ev_out, 16 << 20);
    /* The connections keep their read interest registered for life and
     * add write interest only on EAGAIN (io.c); the epoll changelist folds
     * such rare on/off pairs within one loop turn into one epoll_ctl. */
    struct event_config *ecfg = event_config_new();
    if (ecfg)
        event_config_set_flag(ecfg, EVENT_BASE_FLAG_EPOLL_USE_CHANGELIST);
    loop->base = ecfg ? event_base_new_with_config(ecfg) : NULL;
    if (ecfg)
        event_config_free(ecfg);
    if (!loop->base)
        return sg_error_set(err, SG_ERR_INTERNAL, "gateway", "cannot create an event loop");
    loop->dns = evdns_base_new(loop->base, EVDNS_BASE_INITIALIZE_NAMESERVERS);
    loop->ev_stop = event_new(loop->base, -1, 0, on_stop_ev, loop);
    loop->ev_adopt = event_new(loop->base, -1, 0, on_adopt, loop);
    loop->ev_drain = evtimer_new(loop->base, on_drain, loop);
    if (!loop->ev_stop || !loop->ev_adopt || !loop->ev_drain || sg__gw_watch_new(loop, &loop->watch))
        return sg_error_set(err, SG_ERR_NOMEM, "gateway", "out of memory");
    sg_err rc = runtime_new(loop, gw->gen, &loop->rt, err);
    if (rc)
        return rc;
    if (gw->gen->cfg->redis &&
        (rc = sg__gw_redis_new(loop->base, gw->gen->cfg, &loop->m, &loop->lock, gw->ctx,
                               &loop->redis, err)))
        return rc;
    return bind_listeners(loop, err);
}

static void loop_release(struct sg_gw_loop *loop)
{
    if (!loop->gw)
        return;
    for (size_t i = 0; loop->ls && i < loop->gw->n_ls; i++)
        if (loop->ls[i].lev)
            evconnlistener_free(loop->ls[i].lev);
    free(loop->ls);
    /* Closes the client connections; requests cut off by the drain timeout
     * are answered and recorded there. */
    sg__gw_watch_free(loop->watch);
    sg__gw_redis_free(loop->redis);
    sg__gw_runtime_unref(loop->rt);
    gen_unref(loop->pending);
    if (loop->ev_stop)
        event_free(loop->ev_stop);
    if (loop->ev_adopt)
        event_free(loop->ev_adopt);
    if (loop->ev_drain)
        event_free(loop->ev_drain);
    if (loop->dns)
        evdns_base_free(loop->dns, 0);
    if (loop->base)
        event_base_free(loop->base);
    sg__gw_metrics_release(&loop->m);
    while (loop->n_spare)
        req_free(loop->spare[--loop->n_spare]);
    sg__gw_audit_record_free(loop->rec_next);
    loop->rec_next = NULL;
    sg__gw_walkbuf_release(&loop->walk);
    sg_buf_release_secure(&loop->canary);
    sg_buf_release(&loop->ev_rel);
    sg_buf_release(&loop->ev_out);
    pthread_mutex_destroy(&loop->lock);
}

sg_err sg_gateway_new(sg_ctx *ctx, const struct sg_gateway_options *opts,
                      struct sg_gateway **out, struct sg_error *err)
{
    static pthread_once_t threads_once = PTHREAD_ONCE_INIT;
    *out = NULL;
    if (!opts || !opts->config_path)
        return sg_error_set(err, SG_ERR_INVALID_ARG, "gateway", "a configuration path is required");
    if (opts->workers < 0 || opts->workers > 256)
        return sg_error_set(err, SG_ERR_INVALID_ARG, "gateway", "workers must be 0..256");
    /* The loops run in threads, and sg_gateway_stop/reload may come from
     * another thread still. */
    pthread_once(&threads_once, (void (*)(void))evthread_use_pthreads);
    struct sg_gateway *gw = calloc(1, sizeof *gw);
    sg_err rc = SG_OK;
    if (!gw || !(gw->config_path = strdup(opts->config_path))) {
        free(gw);
        return sg_error_set(err, SG_ERR_NOMEM, "gateway", "out of memory");
    }
    gw->ctx = ctx;
    gw->opts = *opts;
    uint8_t rnd[4];
    if (RAND_bytes(rnd, sizeof rnd) != 1)
        memset(rnd, 0, sizeof rnd);
    sg_hex_encode(rnd, sizeof rnd, gw->idprefix);
    if ((rc = gen_load(gw, &gw->gen, err)))
        goto fail;
    /* server.max_header_bytes (up to 1 MiB) is enforced by conn.c; the
     * parser's own compiled-in limit (80 KiB) must not cut in first. */
    http_parser_set_max_header_size((1 << 20) + 65536);
    const struct sg_gateway_config *cfg = gw->gen->cfg;
    int n = opts->workers ? opts->workers : cfg->workers ? cfg->workers : sg_cpu_count();
    gw->n_loops = n < 1 ? 1 : (size_t)n;
    gw->n_ls = cfg->n_listeners;
    if (!gw->opts.inspector.ops && guardrails_wanted(cfg) && (rc = build_guard(gw, err)))
        goto fail;
    if ((rc = sg__gw_local_new(&gw->local))) {
        sg_error_set(err, rc, "gateway", "out of memory");
        goto fail;
    }
    if ((rc = sg__gw_audit_new(ctx, &gw->audit, err)))
        goto fail;
    if (cfg->access_log) {
        struct sg_gw_accesslog *alog = NULL;
        if ((rc = sg__gw_accesslog_open(cfg->access_log, &alog, err)))
            goto fail;
        sg__gw_audit_set_accesslog(gw->audit, alog);
    }
    gw->ssl = calloc(gw->n_ls, sizeof *gw->ssl);
    gw->loops = calloc(gw->n_loops, sizeof *gw->loops);
    if (!gw->ssl || !gw->loops) {
        rc = sg_error_set(err, SG_ERR_NOMEM, "gateway", "out of memory");
        goto fail;
    }
    for (size_t i = 0; i < gw->n_ls; i++)
        if (cfg->listeners[i].tls_cert && (rc = listener_tls(&gw->ssl[i], &cfg->listeners[i], err)))
            goto fail;
    for (size_t i = 0; i < gw->n_loops; i++)
        if ((rc = loop_init(gw, &gw->loops[i], err)))
            goto fail;
    if (!(gw->ev_reload = event_new(gw->loops[0].base, -1, 0, on_reload_ev, gw))) {
        rc = sg_error_set(err, SG_ERR_NOMEM, "gateway", "out of memory");
        goto fail;
    }
    *out = gw;
    return SG_OK;
fail:
    sg_gateway_free(gw);
    return rc;
}

static void on_signal(evutil_socket_t sig, short what, void *arg)
{
    (void)what;
    if (sig == SIGHUP)
        do_reload(arg);
    else
        do_stop(arg);
}

static void *loop_main(void *arg)
{
    struct sg_gw_loop *loop = arg;
    /* Named for top -H, perf and /proc/PID/task/TID/comm. Loop 0 runs on
     * the caller's thread, which keeps the process's name (ps, pgrep and
     * killall find "saiguard"); the audit writer and the ledger batcher are
     * sg-audit and sg-ledger. */
    char name[16];
    snprintf(name, sizeof name, "sg-loop-%u", loop->index);
    (void)pthread_setname_np(pthread_self(), name);
    if (event_base_dispatch(loop->base) < 0)
        sg_log(loop->gw->ctx, SG_LOG_ERROR, "gateway: event loop %u failed", loop->index);
    return NULL;
}

sg_err sg_gateway_run(struct sg_gateway *gw, bool handle_signals, struct sg_error *err)
{
    sg_err rc = SG_OK;
    if (handle_signals) {
        static const int sigs[] = {SIGHUP, SIGTERM, SIGINT};
        signal(SIGPIPE, SIG_IGN);
        for (size_t i = 0; i < 3; i++) {
            gw->sigs[i] = evsignal_new(gw->loops[0].base, sigs[i], on_signal, gw);
            if (!gw->sigs[i] || evsignal_add(gw->sigs[i], NULL) != 0)
                return sg_error_set(err, SG_ERR_INTERNAL, "gateway", "cannot handle signals");
        }
    }
    sg__gw_audit_push(gw->audit, "gateway.start", gw->config_path, NULL, "ok", NULL, NULL,
                      json_pack("{s:i, s:i}", "listeners", (int)gw->n_ls, "workers",
                                (int)gw->n_loops));
    for (size_t i = 1; i < gw->n_loops; i++) {
        int e = pthread_create(&gw->loops[i].thread, NULL, loop_main, &gw->loops[i]);
        if (e) {
            rc = sg_error_errno(err, SG_ERR_INTERNAL, "gateway", e, "cannot start event loop %zu",
                                i);
            break;
        }
        gw->loops[i].has_thread = true;
    }
    if (rc == SG_OK && gw->opts.on_ready)
        gw->opts.on_ready(gw->opts.user, gw);
    if (rc == SG_OK && event_base_dispatch(gw->loops[0].base) < 0)
        rc = sg_error_set(err, SG_ERR_INTERNAL, "gateway", "the event loop failed");
    /* However loop 0 ended, the others stop too before we return. */
    for (size_t i = 1; i < gw->n_loops; i++)
        if (gw->loops[i].has_thread) {
            event_active(gw->loops[i].ev_stop, EV_READ, 0);
            pthread_join(gw->loops[i].thread, NULL);
            gw->loops[i].has_thread = false;
        }
    sg__gw_audit_push(gw->audit, "gateway.stop", gw->config_path, NULL, "ok", NULL, NULL, NULL);
    return rc;
}

void sg_gateway_free(struct sg_gateway *gw)
{
    if (!gw)
        return;
    for (size_t i = 0; i < 4; i++)
        if (gw->sigs[i])
            event_free(gw->sigs[i]);
    if (gw->ev_reload)
        event_free(gw->ev_reload);
    for (size_t i = 0; gw->loops && i < gw->n_loops; i++)
        loop_release(&gw->loops[i]);
    free(gw->loops);
    for (size_t i = 0; gw->ssl && i < gw->n_ls; i++)
        if (gw->ssl[i])
            SSL_CTX_free(gw->ssl[i]);
    free(gw->ssl);
    gen_unref(gw->gen);
    sg__gw_audit_free(gw->audit);
    sg__gw_local_free(gw->local);
    if (gw->own_inspector.ops && gw->own_inspector.ops->free)
        gw->own_inspector.ops->free(gw->own_inspector.impl);
    free(gw->config_path);
    free(gw);
}
