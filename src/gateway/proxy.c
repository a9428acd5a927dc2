/* proxy.c - the upstream side: a keep-alive connection pool per upstream
 * (evhttp client connections, TLS through bufferevent_openssl with SNI and
 * hostname verification), a circuit breaker, and the forwarding of one
 * request: whole answers are checked (usage, output guardrails, model list
 * filtered to the key's models) before they are sent; SSE streams go to the
 * client chunk by chunk as they arrive, each event's text offered to the
 * inspector's stream_feed when output guardrails are on. */
#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/bufferevent_ssl.h>
#include <event2/event.h>
#include <event2/keyvalq_struct.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "gateway/internal.h"

struct sg_gw_conn {
    struct sg_gw_pool *pool;
    struct evhttp_connection *evcon;
    evutil_socket_t nodelay_fd; /* the socket TCP_NODELAY was set on */
    int busy;
    bool dead; /* TLS connection closed: rebuilt before its next use */
};

struct sg_gw_pool {
    struct sg_gw_loop *loop;
    const struct sg_gw_upstream *up;
    SSL_CTX *ssl;
    struct sg_gw_conn *conns;
    int n, next;
    struct sg_gw_breaker *breaker; /* the generation's, shared by the loops */
};

/* ---- pool ---------------------------------------------------------------------------- */

static void on_conn_close(struct evhttp_connection *evcon, void *arg)
{
    struct sg_gw_conn *c = arg;
    (void)evcon;
    /* libevent would reconnect a closed client connection by reusing its
     * bufferevent, which does not work for an SSL bufferevent whose session
     * has ended; mark it and build a fresh one when it is next picked. */
    if (c->pool->up->tls)
        c->dead = true;
}

static bool conn_open(struct sg_gw_pool *p, struct sg_gw_conn *c)
{
    struct event_base *base = p->loop->base;
    const struct sg_gw_upstream *u = p->up;
    if (u->tls) {
        SSL *ssl = SSL_new(p->ssl);
        if (!ssl)
            return false;
        SSL_set_tlsext_host_name(ssl, u->host);
        if (u->tls_verify) {
            SSL_set_hostflags(ssl, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
            if (SSL_set1_host(ssl, u->host) != 1) {
                SSL_free(ssl);
                return false;
            }
        }
        /* No BEV_OPT_DEFER_CALLBACKS here: with deferred callbacks, the last
         * chunk of a streamed answer on a reused TLS connection could sit
         * decrypted inside the bufferevent without a read callback, and the
         * stream never ended (seen with libevent 2.1.12; tests/gateway/tls.sh). */
        struct bufferevent *bev = bufferevent_openssl_socket_new(
            base, -1, ssl, BUFFEREVENT_SSL_CONNECTING, BEV_OPT_CLOSE_ON_FREE);
        if (!bev)
            return false;
        bufferevent_openssl_set_allow_dirty_shutdown(bev, 1);
        c->evcon = evhttp_connection_base_bufferevent_new(base, p->loop->dns, bev, u->host,
                                                          (ev_uint16_t)u->port);
        if (!c->evcon) {
            bufferevent_free(bev);
            return false;
        }
    } else {
        c->evcon = evhttp_connection_base_new(base, p->loop->dns, u->host, (ev_uint16_t)u->port);
        if (!c->evcon)
            return false;
    }
    /* libevent 2.1 has one timeout for connecting and for each read: it gets
     * the read timeout (what matters for slow LLM answers); the connect
     * timeout is our own timer (connect_deadline below). */
    int ms = u->read_timeout_ms;
    struct timeval tv = {ms / 1000, (ms % 1000) * 1000};
    evhttp_connection_set_timeout_tv(c->evcon, &tv);
    evhttp_connection_set_max_body_size(c->evcon, (ev_ssize_t)u->max_response_bytes);
    evhttp_connection_set_max_headers_size(c->evcon, 65536);
    evhttp_connection_set_closecb(c->evcon, on_conn_close, c);
    c->dead = false;
    c->nodelay_fd = -1;
    return true;
}

static void conn_close(struct sg_gw_conn *c)
{
    if (c->evcon) {
        evhttp_connection_set_closecb(c->evcon, NULL, NULL);
        evhttp_connection_free(c->evcon);
        c->evcon = NULL;
    }
}

sg_err sg__gw_pools_new(struct sg_gw_runtime *rt, struct sg_error *err)
{
    const struct sg_gateway_config *cfg = rt->cfg;
    rt->pools = calloc(cfg->n_upstreams, sizeof *rt->pools);
    if (!rt->pools)
        return sg_error_set(err, SG_ERR_NOMEM, "gateway", "out of memory");
    for (size_t i = 0; i < cfg->n_upstreams; i++) {
        struct sg_gw_pool *p = &rt->pools[i];
        p->loop = rt->loop;
        p->breaker = &rt->gen->breakers[i];
        p->up = &cfg->upstreams[i];
        p->conns = calloc((size_t)p->up->max_connections, sizeof *p->conns);
        if (!p->conns)
            return sg_error_set(err, SG_ERR_NOMEM, "gateway", "out of memory");
        p->n = p->up->max_connections;
        for (int k = 0; k < p->n; k++)
            p->conns[k].pool = p;
        if (p->up->tls) {
            p->ssl = SSL_CTX_new(TLS_client_method());
            if (!p->ssl)
                return sg_error_set(err, SG_ERR_CRYPTO, p->up->name, "cannot create a TLS context");
            SSL_CTX_set_min_proto_version(p->ssl, TLS1_2_VERSION);
            if (p->up->tls_verify) {
                SSL_CTX_set_verify(p->ssl, SSL_VERIFY_PEER, NULL);
                int ok = p->up->ca_file
                             ? SSL_CTX_load_verify_locations(p->ssl, p->up->ca_file, NULL)
                             : SSL_CTX_set_default_verify_paths(p->ssl);
                if (ok != 1)
                    return sg_error_set(err, SG_ERR_CONFIG, p->up->name,
                                        "cannot load the CA certificates");
            }
        }
    }
    return SG_OK;
}

void sg__gw_pools_free(struct sg_gw_runtime *rt)
{
    if (!rt->pools)
        return;
    for (size_t i = 0; i < rt->cfg->n_upstreams; i++) {
        struct sg_gw_pool *p = &rt->pools[i];
        for (int k = 0; k < p->n; k++)
            conn_close(&p->conns[k]);
        free(p->conns);
        if (p->ssl)
            SSL_CTX_free(p->ssl);
    }
    free(rt->pools);
    rt->pools = NULL;
}

static int64_t open_until(const struct sg_gw_pool *p)
{
    return __atomic_load_n(&p->breaker->open_until_ms, __ATOMIC_RELAXED);
}

static void set_open_until(struct sg_gw_pool *p, int64_t ms)
{
    __atomic_store_n(&p->breaker->open_until_ms, ms, __ATOMIC_RELAXED);
}

/* An idle connection if there is one, else the least busy (evhttp queues). */
static struct sg_gw_conn *pick(struct sg_gw_pool *p)
{
    struct sg_gw_conn *best = NULL;
    for (int k = 0; k < p->n; k++) {
        struct sg_gw_conn *c = &p->conns[(p->next + k) % p->n];
        if (c->evcon && c->busy == 0 && !c->dead) {
            best = c;
            break;
        }
        if (!c->evcon || (c->dead && c->busy == 0)) {
            conn_close(c);
            if (conn_open(p, c))
                best = c;
            break;
        }
        if (!best || c->busy < best->busy)
            best = c;
    }
    p->next = (p->next + 1) % p->n;
    return best;
}

static void breaker_result(struct sg_gw_req *r, bool ok, const char *kind)
{
    struct sg_gw_pool *p = r->pool;
    if (ok) {
        if (__atomic_load_n(&p->breaker->failures, __ATOMIC_RELAXED))
            __atomic_store_n(&p->breaker->failures, 0, __ATOMIC_RELAXED);
        if (open_until(p))
            set_open_until(p, 0);
        return;
    }
    char label[200];
    snprintf(label, sizeof label, "upstream=\"%s\",kind=\"%s\"", p->up->name, kind);
    SG_GW_METRICS(r->loop, sg__gw_metrics_add(&r->loop->m.upstream_errors, label, 1));
    int failures = __atomic_add_fetch(&p->breaker->failures, 1, __ATOMIC_RELAXED);
    if (p->up->breaker_failures && failures >= p->up->breaker_failures) {
        if (open_until(p) <= sg__gw_now_ms())
            sg_log(r->gw->ctx, SG_LOG_WARN, "gateway: upstream %s: circuit opened after %d failures",
                   p->up->name, failures);
        set_open_until(p, sg__gw_now_ms() + p->up->breaker_cooldown_ms);
    }
}

/* ---- answers ---------------------------------------------------------------------------- */

static void md_update(struct sg_gw_req *r, const void *data, size_t len)
{
    if (r->answer_md)
        EVP_DigestUpdate(r->answer_md, data, len);
}

static void keep_answer_text(struct sg_gw_req *r, const char *text, size_t len)
{
    /* Capped: past the cap the record keeps the beginning only. */
    if (r->rt->cfg->record_text && sg_buf_append(&r->answer, text, len) != SG_OK)
        return;
}

static bool guard_output_on(const struct sg_gw_req *r)
{
    return r->gw->opts.inspector.ops && r->route->guard_output && r->pol->guard_output;
}

/* One text of a whole answer through check_output; may rewrite it. */
static enum sg_gw_reason check_text(struct sg_gw_req *r, json_t *holder, const char *field,
                                    bool *changed)
{
    const struct sg_inspector *in = &r->gw->opts.inspector;
    json_t *s = json_object_get(holder, field);
    if (!json_is_string(s))
        return SG_GW_OK;
    struct sg_inspect_verdict v = {0};
    struct sg_error err = {0};
    sg_buf rw;
    sg_buf_init(&rw, json_string_length(s) + (1 << 16));
    if (in->ops->check_output(r->guard, json_string_value(s), json_string_length(s), &rw, &v,
                              &err)) {
        sg_buf_release(&rw);
        return SG_GW_GUARD_OUTPUT;
    }
    sg__gw_guard_note(r, &v);
    if (v.action == SG_INSPECT_BLOCK) {
        sg_buf_release(&rw);
        return SG_GW_GUARD_OUTPUT;
    }
    if (v.action == SG_INSPECT_REDACT) {
        json_string_setn(s, rw.data ? rw.data : "", rw.len);
        *changed = true;
    }
    sg_buf_release(&rw);
    return SG_GW_OK;
}

static enum sg_gw_reason guard_answer(struct sg_gw_req *r, json_t *doc, bool *changed)
{
    size_t i, j;
    json_t *x, *part;
    enum sg_gw_reason why = SG_GW_OK;
    if (!sg__gw_guard_begin(r))
        return SG_GW_GUARD_OUTPUT; /* fail closed */
    json_array_foreach(json_object_get(doc, "choices"), i, x)
    {
        json_t *m = json_object_get(x, "message");
        if ((why = check_text(r, json_is_object(m) ? m : x, json_is_object(m) ? "content" : "text",
                              changed)))
            return why;
    }
    json_array_foreach(json_object_get(doc, "output"), i, x) /* /v1/responses */
        json_array_foreach(json_object_get(x, "content"), j, part) if ((why = check_text(
            r, part, "text", changed))) return why;
    return why;
}

/* /v1/models lists only what the key may use. */
static void filter_models(struct sg_gw_req *r, json_t *doc, bool *changed)
{
    json_t *data = json_object_get(doc, "data");
    if (!json_is_array(data) || r->pol->models.any)
        return;
    for (size_t i = json_array_size(data); i-- > 0;) {
        const char *id = json_string_value(json_object_get(json_array_get(data, i), "id"));
        if (!id || !sg__gw_list_has(&r->pol->models, id)) {
            json_array_remove(data, i);
            *changed = true;
        }
    }
}

static void copy_header(struct evhttp_request *from, struct evhttp_request *to, const char *name)
{
    const char *v = evhttp_find_header(evhttp_request_get_input_headers(from), name);
    if (v) {
        struct evkeyvalq *h = evhttp_request_get_output_headers(to);
        evhttp_remove_header(h, name);
        evhttp_add_header(h, name, v);
    }
}

static bool is_json(struct evhttp_request *up)
{
    const char *ct = evhttp_find_header(evhttp_request_get_input_headers(up), "Content-Type");
    return ct && strncasecmp(ct, "application/json", 16) == 0;
}

/* A whole answer: account, inspect, filter, then send. */
static void send_whole(struct sg_gw_req *r, struct evhttp_request *up, struct evbuffer *body)
{
    size_t len = evbuffer_get_length(body);
    const char *data = (const char *)evbuffer_pullup(body, -1);
    md_update(r, data, len);
    r->status = r->up_status;
    copy_header(up, r->req, "Content-Type");
    json_t *doc = NULL;
    bool changed = false;
    bool ok_json = r->up_status >= 200 && r->up_status < 300 && is_json(up) && len;
    /* Nothing to inspect or rewrite: read usage without building a tree.
     * Whatever the scan does not recognise as an object takes the full
     * parse below, which decides whether it is garbage. */
    bool fast = ok_json && !guard_output_on(r) && !r->rt->cfg->record_text &&
                strcmp(r->path, "/v1/models") != 0;
    bool well_formed = false;
    if (fast && sg__gw_usage_text(data, len, &well_formed, &r->prompt_tokens,
                                  &r->completion_tokens, &r->total_tokens))
        r->usage_seen = true;
    if (fast && well_formed) {
        /* usage read; the answer goes out as it came */
    } else if (ok_json && sg_json_parse(data, len, "upstream", &doc, NULL) == SG_OK) {
        if (sg__gw_usage(doc, &r->prompt_tokens, &r->completion_tokens, &r->total_tokens))
            r->usage_seen = true;
        if (guard_output_on(r) && r->method == EVHTTP_REQ_POST) {
            enum sg_gw_reason why = guard_answer(r, doc, &changed);
            if (why) {
                json_decref(doc);
                sg__gw_fail(r, why, 0, "the answer was withheld by the %s guardrail",
                            r->guard_detector ? r->guard_detector : "output");
                return;
            }
        }
        if (strcmp(r->path, "/v1/models") == 0)
            filter_models(r, doc, &changed);
        if (r->rt->cfg->record_text) {
            json_t *h;
            const char *field;
            const char *t = sg__gw_event_text(doc, &h, &field);
            if (t)
                keep_answer_text(r, t, strlen(t));
        }
    } else if (r->up_status >= 200 && r->up_status < 300 && len && is_json(up)) {
        /* The upstream promised JSON and sent something else. */
        breaker_result(r, false, "garbage");
        sg__gw_fail(r, SG_GW_UPSTREAM_ERROR, 0, "the upstream sent an invalid answer");
        return;
    }
    if (changed) {
        sg_buf out;
        sg_buf_init(&out, (size_t)r->pool->up->max_response_bytes * 2);
        struct evbuffer *b = evbuffer_new();
        if (b && sg_json_dump(doc, JSON_COMPACT, &out) == SG_OK) {
            evbuffer_add(b, out.data, out.len);
            evhttp_send_reply(r->req, r->status, NULL, b);
        } else {
            evhttp_send_reply(r->req, 500, "Internal Server Error", NULL);
            r->status = 500;
        }
        if (b)
            evbuffer_free(b);
        sg_buf_release(&out);
    } else {
        evhttp_send_reply(r->req, r->status, NULL, body);
    }
    json_decref(doc);
    sg__gw_finish(r);
}

/* ---- streaming ------------------------------------------------------------------------------- */

static void stream_error_event(struct sg_gw_req *r, const char *type, const char *message)
{
    struct evbuffer *b = evbuffer_new();
    if (!b)
        return;
    json_t *e = json_pack("{s:{s:s, s:s, s:s}}", "error", "message", message, "type", type,
                          "code", type);
    char *txt = e ? json_dumps(e, JSON_COMPACT) : NULL;
    if (txt)
        evbuffer_add_printf(b, "data: %s\n\n", txt);
    free(txt);
    json_decref(e);
    evhttp_send_reply_chunk(r->req, b);
    evbuffer_free(b);
}

/* Feeds text to the inspector; the released (checked) text replaces it. */
static bool feed(struct sg_gw_req *r, const char *text, size_t len, bool final, sg_buf *release)
{
    const struct sg_inspector *in = &r->gw->opts.inspector;
    struct sg_inspect_verdict v = {0};
    struct sg_error err = {0};
    if (in->ops->stream_feed(r->guard, text, len, final, release, &v, &err))
        v.action = SG_INSPECT_BLOCK; /* fail closed */
    sg__gw_guard_note(r, &v);
    if (v.action == SG_INSPECT_BLOCK) {
        stream_error_event(r, "content_filter", "the answer was stopped by a guardrail");
        r->stream_ended = true;
        return false;
    }
    return true;
}

/* The inspector's held-back tail, released at the end of the stream, as one
 * more chat chunk. */
static void emit_text_event(struct sg_gw_req *r, const char *text, size_t len)
{
    json_t *e;
    bool responses = strcmp(r->path, "/v1/responses") == 0;
    if (responses)
        e = json_pack("{s:s, s:i, s:i, s:s%}", "type", "response.output_text.delta",
                      "output_index", 0, "content_index", 0, "delta", text, len);
    else if (strcmp(r->path, "/v1/completions") == 0)
        e = json_pack("{s:s, s:[{s:i, s:s%}]}", "object", "text_completion", "choices", "index",
                      0, "text", text, len);
    else
        e = json_pack("{s:s, s:[{s:i, s:{s:s%}}]}", "object", "chat.completion.chunk",
                      "choices", "index", 0, "delta", "content", text, len);
    char *txt = e ? json_dumps(e, JSON_COMPACT) : NULL;
    if (txt)
        evbuffer_add_printf(r->out, "%sdata: %s\n\n",
                            responses ? "event: response.output_text.delta\n" : "", txt);
    free(txt);
    json_decref(e);
}

/* /v1/responses repeats the whole answer in its closing events
 * (response.output_text.done, response.completed): put the checked text
 * there, never the upstream's. */
static void responses_closing(struct sg_gw_req *r, json_t *doc)
{
    const char *type = json_string_value(json_object_get(doc, "type"));
    const char *txt = r->released.data ? r->released.data : "";
    size_t i, j;
    json_t *item, *part;
    if (!type)
        return;
    if (strcmp(type, "response.output_text.done") == 0) {
        json_object_set_new(doc, "text", json_stringn(txt, r->released.len));
    } else if (strcmp(type, "response.content_part.done") == 0) {
        part = json_object_get(doc, "part");
        if (json_is_string(json_object_get(part, "text")))
            json_object_set_new(part, "text", json_stringn(txt, r->released.len));
    } else if (strcmp(type, "response.output_item.done") == 0 ||
               strcmp(type, "response.completed") == 0 ||
               strcmp(type, "response.incomplete") == 0) {
        json_t *holder = json_object_get(doc, "item") ? doc : json_object_get(doc, "response");
        json_t *items = json_object_get(doc, "item")
                            ? json_pack("[O]", json_object_get(doc, "item"))
                            : json_incref(json_object_get(holder, "output"));
        json_array_foreach(items, i, item)
            json_array_foreach(json_object_get(item, "content"), j, part)
                if (json_is_string(json_object_get(part, "text")))
                    json_object_set_new(part, "text", json_stringn(txt, r->released.len));
        json_decref(items);
    }
}

static bool is_responses_closing(const json_t *doc)
{
    const char *type = json_string_value(json_object_get(doc, "type"));
    return type && (strcmp(type, "response.output_text.done") == 0 ||
                    strcmp(type, "response.content_part.done") == 0 ||
                    strcmp(type, "response.output_item.done") == 0 ||
                    strcmp(type, "response.completed") == 0 ||
                    strcmp(type, "response.incomplete") == 0);
}

/* One SSE event while streaming: account, and in inspect mode rewrite. */
static sg_err on_event(void *user, const char *data, size_t len)
{
    struct sg_gw_req *r = user;
    if (r->stream_ended)
        return SG_OK;
    bool done = len == 6 && memcmp(data, "[DONE]", 6) == 0;
    json_t *doc = NULL;
    json_t *holder = NULL;
    const char *field = NULL, *text = NULL;
    if (!done && sg_json_parse(data, len, "event", &doc, NULL) == SG_OK) {
        int64_t p, c, t;
        if (sg__gw_usage(doc, &p, &c, &t)) {
            r->prompt_tokens = p, r->completion_tokens = c, r->total_tokens = t;
            r->usage_seen = true;
        }
        text = sg__gw_event_text(doc, &holder, &field);
        if (text) {
            size_t tl = strlen(text);
            r->streamed_bytes += (int64_t)tl;
            keep_answer_text(r, text, tl);
        }
    }
    if (!r->stream_inspect) {
        json_decref(doc);
        return SG_OK;
    }
    /* Inspect mode: the event goes out only with checked text. */
    bool closing = !text && doc && is_responses_closing(doc);
    if (r->sse.other.len && !closing)
        evbuffer_add(r->out, r->sse.other.data, r->sse.other.len);
    if (done) {
        sg_buf rel;
        sg_buf_init(&rel, 1 << 20);
        if (!r->stream_final && feed(r, "", 0, true, &rel) && rel.len)
            emit_text_event(r, rel.data, rel.len);
        r->stream_final = true;
        sg_buf_release(&rel);
        if (!r->stream_ended)
            evbuffer_add_printf(r->out, "data: [DONE]\n\n");
        r->stream_ended = true;
        json_decref(doc);
        return SG_OK;
    }
    if (!text && doc && is_responses_closing(doc)) {
        /* The answer is complete: flush the held-back window first, as one
         * more delta, then the closing event with the checked text. */
        if (!r->stream_final) {
            sg_buf rel;
            sg_buf_init(&rel, 1 << 20);
            r->stream_final = true;
            bool ok = feed(r, "", 0, true, &rel);
            if (ok && rel.len) {
                if (sg_buf_append(&r->released, rel.data, rel.len) != SG_OK)
                    r->released_truncated = true;
                emit_text_event(r, rel.data, rel.len);
            }
            sg_buf_release(&rel);
            if (!ok) {
                json_decref(doc);
                return SG_OK;
            }
        }
        responses_closing(r, doc);
        char *txt = json_dumps(doc, JSON_COMPACT);
        if (r->sse.other.len)
            evbuffer_add(r->out, r->sse.other.data, r->sse.other.len);
        if (txt)
            evbuffer_add_printf(r->out, "data: %s\n\n", txt);
        free(txt);
        json_decref(doc);
        return SG_OK;
    }
    if (text) {
        sg_buf rel;
        sg_buf_init(&rel, 1 << 20);
        bool ok = feed(r, text, strlen(text), false, &rel);
        if (ok) {
            if (rel.len && sg_buf_append(&r->released, rel.data, rel.len) != SG_OK)
                r->released_truncated = true;
            json_object_set_new(holder, field, json_stringn(rel.data ? rel.data : "", rel.len));
            char *txt = json_dumps(doc, JSON_COMPACT);
            if (txt)
                evbuffer_add_printf(r->out, "data: %s\n\n", txt);
            free(txt);
        }
        sg_buf_release(&rel);
    } else {
        evbuffer_add(r->out, "data: ", 6);
        evbuffer_add(r->out, data, len);
        evbuffer_add(r->out, "\n\n", 2);
    }
    json_decref(doc);
    return SG_OK;
}

static int on_headers(struct evhttp_request *up, void *arg)
{
    struct sg_gw_req *r = arg;
    r->up_status = evhttp_request_get_response_code(up);
    const char *ct = evhttp_find_header(evhttp_request_get_input_headers(up), "Content-Type");
    if (r->up_status >= 200 && r->up_status < 300 && ct &&
        strncasecmp(ct, "text/event-stream", 17) == 0) {
        struct evkeyvalq *h = evhttp_request_get_output_headers(r->req);
        evhttp_remove_header(h, "Content-Type");
        evhttp_add_header(h, "Content-Type", "text/event-stream; charset=utf-8");
        evhttp_add_header(h, "Cache-Control", "no-cache");
        evhttp_add_header(h, "X-Accel-Buffering", "no");
        r->stream_inspect = guard_output_on(r) && sg__gw_guard_begin(r);
        if (guard_output_on(r) && !r->stream_inspect)
            return -1; /* guardrails required but unavailable: fail closed */
        if (r->stream_inspect && !(r->out = evbuffer_new()))
            return -1;
        sg_buf_init(&r->released, 16 << 20);
        r->started = true;
        r->status = r->up_status;
        evhttp_send_reply_start(r->req, r->up_status, NULL);
    }
    return 0;
}

static void on_chunk(struct evhttp_request *up, void *arg)
{
    struct sg_gw_req *r = arg;
    struct evbuffer *in = evhttp_request_get_input_buffer(up);
    if (!r->started) {
        /* Not a stream (an error answer): keep it whole, bounded. */
        if (r->answer.max == 0)
            sg_buf_init(&r->answer, (size_t)r->pool->up->max_response_bytes);
        char tmp[16384];
        int n;
        while ((n = evbuffer_remove(in, tmp, sizeof tmp)) > 0)
            if (sg_buf_append(&r->answer, tmp, (size_t)n) != SG_OK)
                r->answer_truncated = true;
        return;
    }
    if (r->stream_ended) {
        evbuffer_drain(in, evbuffer_get_length(in));
        return;
    }
    /* Walk the chunk in place: digest and SSE parsing see every byte. */
    int k = evbuffer_peek(in, -1, NULL, NULL, 0);
    struct evbuffer_iovec small[16], *v = k <= 16 ? small : calloc((size_t)k, sizeof *v);
    if (!v) {
        evbuffer_drain(in, evbuffer_get_length(in));
        return;
    }
    evbuffer_peek(in, -1, NULL, v, k);
    for (int i = 0; i < k; i++) {
        md_update(r, v[i].iov_base, v[i].iov_len);
        if (sg__gw_sse_feed(&r->sse, v[i].iov_base, v[i].iov_len, on_event, r) &&
            r->stream_inspect && !r->stream_ended) {
            /* An event beyond the SSE cap cannot be checked: stop. */
            stream_error_event(r, "content_filter", "an event of the answer was too large");
            r->stream_ended = true;
        }
    }
    if (v != small)
        free(v);
    if (r->stream_inspect) {
        evbuffer_drain(in, evbuffer_get_length(in));
        if (evbuffer_get_length(r->out))
            evhttp_send_reply_chunk(r->req, r->out); /* moves the bytes */
    } else {
        evhttp_send_reply_chunk(r->req, in); /* passed through as it came */
    }
}

/* The connect timeout, which libevent 2.1 cannot express separately: when it
 * fires and the upstream socket is still not connected, the request is
 * cancelled and answered 504. */
static void on_connect_deadline(evutil_socket_t fd, short what, void *arg)
{
    struct sg_gw_req *r = arg;
    (void)fd, (void)what;
    struct bufferevent *bev = evhttp_connection_get_bufferevent(r->conn->evcon);
    evutil_socket_t s = bev ? bufferevent_getfd(bev) : -1;
    struct sockaddr_storage ss;
    socklen_t sl = sizeof ss;
    if (s >= 0 && getpeername(s, (struct sockaddr *)&ss, &sl) == 0)
        return; /* connected: the read timeout takes over */
    evhttp_cancel_request(r->up); /* frees it; no callback follows */
    r->up = NULL;
    r->conn->busy--;
    breaker_result(r, false, "connect_timeout");
    sg__gw_fail(r, SG_GW_UPSTREAM_TIMEOUT, 0, "the upstream could not be reached in time");
}

static void on_error(enum evhttp_request_error e, void *arg)
{
    struct sg_gw_req *r = arg;
    r->up_failed = true;
    r->up_timeout = e == EVREQ_HTTP_TIMEOUT;
}

static void on_done(struct evhttp_request *up, void *arg)
{
    struct sg_gw_req *r = arg;
    r->conn->busy--;
    r->up = NULL;
    if (r->connect_timer) {
        event_free(r->connect_timer);
        r->connect_timer = NULL;
    }
    if (!up || r->up_failed || evhttp_request_get_response_code(up) == 0) {
        const char *kind = r->up_timeout ? "timeout" : "connect_or_protocol";
        breaker_result(r, false, kind);
        if (r->started) {
            if (!r->stream_ended)
                stream_error_event(r, "upstream_error",
                                   r->up_timeout ? "the upstream stopped answering"
                                                 : "the upstream connection failed");
            r->reason = r->up_timeout ? SG_GW_UPSTREAM_TIMEOUT : SG_GW_UPSTREAM_ERROR;
            SG_GW_METRICS(r->loop, r->loop->m.rejections[r->reason]++);
            evhttp_send_reply_end(r->req);
            sg__gw_finish(r);
            return;
        }
        if (r->up_timeout)
            sg__gw_fail(r, SG_GW_UPSTREAM_TIMEOUT, 0, "the upstream did not answer in time");
        else
            sg__gw_fail(r, SG_GW_UPSTREAM_ERROR, 0, "the upstream failed or sent an invalid answer");
        return;
    }
    r->up_status = evhttp_request_get_response_code(up);
    breaker_result(r, r->up_status < 500, "status_5xx");
    if (r->started) {
        if (r->stream_inspect && !r->stream_ended && !r->stream_final) {
            /* A stream that ended without [DONE]: flush the held-back window. */
            sg_buf rel;
            sg_buf_init(&rel, 1 << 20);
            if (feed(r, "", 0, true, &rel) && rel.len)
                emit_text_event(r, rel.data, rel.len);
            if (evbuffer_get_length(r->out))
                evhttp_send_reply_chunk(r->req, r->out);
            sg_buf_release(&rel);
        }
        evhttp_send_reply_end(r->req);
        sg__gw_finish(r);
        return;
    }
    if (r->view.stream) {
        /* A stream request answered without a stream (an error, usually). */
        if (r->answer_truncated) {
            sg__gw_fail(r, SG_GW_UPSTREAM_ERROR, 0, "the upstream answer is too large");
            return;
        }
        struct evbuffer *b = evbuffer_new();
        if (b)
            evbuffer_add(b, r->answer.data ? r->answer.data : "", r->answer.len);
        sg_buf_reset(&r->answer);
        send_whole(r, up, b ? b : evhttp_request_get_input_buffer(up));
        if (b)
            evbuffer_free(b);
        return;
    }
    send_whole(r, up, evhttp_request_get_input_buffer(up));
}

void sg__gw_proxy(struct sg_gw_req *r)
{
    struct sg_gw_pool *p = &r->rt->pools[r->route->upstream - r->rt->cfg->upstreams];
    const struct sg_gw_upstream *u = p->up;
    r->pool = p;
    int64_t until = open_until(p);
    if (until > sg__gw_now_ms()) {
        sg__gw_fail(r, SG_GW_CIRCUIT_OPEN, (int)((until - sg__gw_now_ms()) / 1000) + 1,
                    "the upstream is failing; requests are paused briefly");
        return;
    }
    r->answer_md = EVP_MD_CTX_new();
    if (r->answer_md && EVP_DigestInit_ex(r->answer_md, sg__gw_sha256_md(), NULL) != 1) {
        EVP_MD_CTX_free(r->answer_md);
        r->answer_md = NULL;
    }
    if (r->rt->cfg->record_text)
        sg_buf_init(&r->answer, 1 << 16);
    struct sg_gw_conn *c = pick(p);
    struct evhttp_request *up = c ? evhttp_request_new(on_done, r) : NULL;
    if (!up) {
        sg__gw_fail(r, SG_GW_UPSTREAM_ERROR, 0, "no upstream connection available");
        return;
    }
    evhttp_request_set_error_cb(up, on_error);
    if (r->view.stream) {
        evhttp_request_set_header_cb(up, on_headers);
        evhttp_request_set_chunked_cb(up, on_chunk);
    }
    struct evkeyvalq *h = evhttp_request_get_output_headers(up);
    char host[300];
    if ((u->tls && u->port == 443) || (!u->tls && u->port == 80))
        snprintf(host, sizeof host, "%s", u->host);
    else
        snprintf(host, sizeof host, "%s:%d", u->host, u->port);
    evhttp_add_header(h, "Host", host);
    evhttp_add_header(h, "Accept-Encoding", "identity");
    evhttp_add_header(h, "x-request-id", r->id);
    if (u->credential)
        evhttp_add_header(h, "Authorization", u->credential);
    const char *accept = evhttp_find_header(evhttp_request_get_input_headers(r->req), "Accept");
    if (accept)
        evhttp_add_header(h, "Accept", accept);
    if (r->method == EVHTTP_REQ_POST) {
        evhttp_add_header(h, "Content-Type", "application/json");
        evbuffer_add(evhttp_request_get_output_buffer(up), r->body, r->body_len);
    }
    const struct evhttp_uri *uri = evhttp_request_get_evhttp_uri(r->req);
    const char *query = uri ? evhttp_uri_get_query(uri) : NULL;
    char target[1024];
    int n = snprintf(target, sizeof target, "%s%s%s%s", u->base_path, r->path, query ? "?" : "",
                     query ? query : "");
    if (n < 0 || (size_t)n >= sizeof target) {
        evhttp_request_free(up);
        sg__gw_fail(r, SG_GW_BAD_REQUEST, 0, "the request target is too long");
        return;
    }
    c->busy++;
    r->conn = c;
    r->up = up;
    if (evhttp_make_request(c->evcon, up, r->method, target) != 0) {
        c->busy--; /* up was freed by libevent */
        r->up = NULL;
        breaker_result(r, false, "connect_or_protocol");
        sg__gw_fail(r, SG_GW_UPSTREAM_ERROR, 0, "the upstream request could not be sent");
        return;
    }
    /* evhttp opens the upstream socket inside evhttp_make_request (and again
     * after a reconnect): a request body sent while the previous small
     * write is unacknowledged would wait for the upstream's delayed ACK. */
    struct bufferevent *bev = evhttp_connection_get_bufferevent(c->evcon);
    evutil_socket_t fd = bev ? bufferevent_getfd(bev) : -1;
    if (fd >= 0 && fd != c->nodelay_fd) {
        int one = 1;
        (void)setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        c->nodelay_fd = fd;
    }
    if (u->connect_timeout_ms < u->read_timeout_ms &&
        (r->connect_timer = evtimer_new(r->loop->base, on_connect_deadline, r))) {
        struct timeval tv = {u->connect_timeout_ms / 1000, (u->connect_timeout_ms % 1000) * 1000};
        evtimer_add(r->connect_timer, &tv);
    }
}
