/* proxy.c - the upstream side: a keep-alive connection pool per upstream
 * (own HTTP/1.1 client on io.c, responses read by Node's http_parser; TLS
 * with SNI and hostname verification), connect and read timeouts, a circuit
 * breaker, and the forwarding of one request: whole answers are checked
 * (usage, output guardrails, model list filtered to the key's models) before
 * they are sent; SSE streams go to the client chunk by chunk as they arrive,
 * each event's text offered to the inspector's stream_feed when output
 * guardrails are on. Why not evhttp's client: see io.c. */
#include <arpa/inet.h>
#include <errno.h>
#include <event2/dns.h>
#include <event2/event.h>
#include <event2/util.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

#include "gateway/internal.h"

#define UP_READ_SIZE 16384
/* A stream's bytes the client has not taken yet beyond which the upstream
 * is not read: memory stays bounded with slow readers. */
#define STREAM_BACKLOG ((size_t)1 << 20)

/* One upstream connection; one request at a time (no pipelining). */
struct sg_gw_conn {
    struct sg_gw_pool *pool;
    struct sg_gw_io io;
    bool open, busy;
    struct evdns_getaddrinfo_request *dns;
    struct event *timer; /* connect, then read inactivity */
    int64_t last_ms;     /* sg__gw_mono_ms: the request sent, or the upstream's last byte */
    struct sg_gw_answer ans;
    struct sg_gw_req *r; /* the request being answered */
    char *in;            /* read buffer, UP_READ_SIZE, kept for the connection's life */
    bool got_bytes;
    unsigned served; /* answers completed since the connection opened */
    bool paused; /* reading stopped: the client is behind on the stream */
    bool start_pending; /* c->r is to be started from the loop (conn_end) */
};

struct sg_gw_pool {
    struct sg_gw_loop *loop;
    const struct sg_gw_upstream *up;
    SSL_CTX *ssl;
    struct sg_gw_conn *conns;
    int n;
    struct sg_gw_breaker *breaker; /* the generation's, shared by the loops */
    struct sockaddr_storage addr;  /* numeric hosts: parsed once */
    socklen_t addr_len;
    struct sg_gw_req *wait_head, *wait_tail; /* requests waiting for a connection */
    /* The request head's parts that are the upstream's, measured once:
     * " HTTP/1.1\r\nHost: ...\r\nAccept-Encoding: identity\r\nx-request-id: ". */
    char *mid;
    size_t mid_len, base_len, cred_len;
};

static void conn_on_read(struct sg_gw_io *io, void *arg);
static void conn_on_timer(evutil_socket_t fd, short what, void *arg);
static int up_head(void *user);
static void up_piece(void *user, const char *data, size_t len);
static void conn_done(struct sg_gw_conn *c, bool failed, bool timeout);
static void start_on(struct sg_gw_req *r, struct sg_gw_conn *c);

/* ---- pool ---------------------------------------------------------------------------- */

static void conn_close(struct sg_gw_conn *c)
{
    if (c->dns) {
        evdns_getaddrinfo_cancel(c->dns); /* its callback runs with EVUTIL_EAI_CANCEL */
        c->dns = NULL;
    }
    if (c->open)
        sg__gw_io_close(&c->io);
    if (c->timer)
        event_del(c->timer);
    c->open = false;
    c->served = 0;
    c->paused = false;
}

/* Connects c to addr (non-blocking); the request goes out once connected. */
static bool conn_connect(struct sg_gw_conn *c, const struct sockaddr *sa, socklen_t sl)
{
    struct sg_gw_pool *p = c->pool;
    const struct sg_gw_upstream *u = p->up;
    int one = 1;
    evutil_socket_t fd = socket(sa->sa_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    /* Small requests and SSE chunks leave at once instead of waiting for the
     * peer's delayed ACK of the previous segment (Nagle). */
    (void)setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (connect(fd, sa, sl) != 0 && errno != EINPROGRESS) {
        close(fd);
        return false;
    }
    SSL *ssl = NULL;
    if (u->tls) {
        if (!(ssl = SSL_new(p->ssl)) || SSL_set_fd(ssl, fd) != 1 ||
            SSL_set_tlsext_host_name(ssl, u->host) != 1) {
            SSL_free(ssl);
            close(fd);
            return false;
        }
        if (u->tls_verify) {
            SSL_set_hostflags(ssl, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
            if (SSL_set1_host(ssl, u->host) != 1) {
                SSL_free(ssl);
                close(fd);
                return false;
            }
        }
        SSL_set_connect_state(ssl);
    }
    if (sg__gw_io_open(&c->io, p->loop->base, fd, ssl, true, conn_on_read, NULL, c)) {
        SSL_free(ssl);
        close(fd);
        return false;
    }
    c->open = true;
    return true;
}

static void on_resolved(int result, struct evutil_addrinfo *ai, void *arg)
{
    struct sg_gw_conn *c = arg;
    if (result == EVUTIL_EAI_CANCEL)
        return; /* c is being closed */
    c->dns = NULL;
    bool ok = result == 0 && ai && conn_connect(c, ai->ai_addr, (socklen_t)ai->ai_addrlen);
    if (ai)
        evutil_freeaddrinfo(ai);
    if (!ok) {
        conn_done(c, true, false);
        return;
    }
    if (c->r)
        start_on(c->r, c);
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
        for (int k = 0; k < p->n; k++) {
            struct sg_gw_answer *a = &p->conns[k].ans;
            p->conns[k].pool = p;
            sg_buf_init(&a->body, (size_t)p->up->max_response_bytes);
            a->on_head = up_head;
            a->on_piece = up_piece;
            a->user = &p->conns[k];
        }
        const struct sg_gw_upstream *u = p->up;
        bool default_port = (u->tls && u->port == 443) || (!u->tls && u->port == 80);
        int m = snprintf(NULL, 0, " HTTP/1.1\r\nHost: %s%s%.0d\r\nAccept-Encoding: identity\r\n"
                                  "x-request-id: ", u->host, default_port ? "" : ":",
                         default_port ? 0 : u->port);
        if (m < 0 || !(p->mid = malloc((size_t)m + 1)))
            return sg_error_set(err, SG_ERR_NOMEM, "gateway", "out of memory");
        /* (an IPv6 literal keeps its brackets in Host) */
        snprintf(p->mid, (size_t)m + 1, " HTTP/1.1\r\nHost: %s%s%.0d\r\nAccept-Encoding: identity\r\n"
                                        "x-request-id: ", u->host, default_port ? "" : ":",
                 default_port ? 0 : u->port);
        p->mid_len = (size_t)m;
        p->base_len = strlen(u->base_path);
        p->cred_len = u->credential ? strlen(u->credential) : 0;
        char v6[64]; /* "[::1]" as the URL gives it, without brackets */
        struct sockaddr_in *a4 = (struct sockaddr_in *)&p->addr;
        struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)&p->addr;
        if (inet_pton(AF_INET, p->up->host, &a4->sin_addr) == 1) {
            a4->sin_family = AF_INET;
            a4->sin_port = htons((uint16_t)p->up->port);
            p->addr_len = sizeof *a4;
        } else if (p->up->host[0] == '[' && strlen(p->up->host) < 64 &&
                   (strcpy(v6, p->up->host + 1), v6[strcspn(v6, "]")] = '\0',
                    inet_pton(AF_INET6, v6, &a6->sin6_addr) == 1)) {
            a6->sin6_family = AF_INET6;
            a6->sin6_port = htons((uint16_t)p->up->port);
            p->addr_len = sizeof *a6;
        }
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
        for (int k = 0; p->conns && k < p->n; k++) {
            conn_close(&p->conns[k]);
            if (p->conns[k].timer)
                event_free(p->conns[k].timer);
            free(p->conns[k].in);
            sg_buf_release(&p->conns[k].ans.body);
        }
        free(p->conns);
        free(p->mid);
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

/* An idle open connection, else a free slot (to be opened), else NULL (the
 * request waits for one). */
static struct sg_gw_conn *pick(struct sg_gw_pool *p)
{
    struct sg_gw_conn *slot = NULL;
    for (int k = 0; k < p->n; k++) {
        struct sg_gw_conn *c = &p->conns[k];
        if (c->busy)
            continue;
        if (c->open)
            return c;
        if (!slot)
            slot = c;
    }
    return slot;
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
        int64_t now = sg__gw_mono_ms();
        if (open_until(p) <= now)
            sg_log(r->gw->ctx, SG_LOG_WARN, "gateway: upstream %s: circuit opened after %d failures",
                   p->up->name, failures);
        set_open_until(p, now + p->up->breaker_cooldown_ms);
    }
}

/* ---- answers ---------------------------------------------------------------------------- */

static void md_update(struct sg_gw_req *r, const void *data, size_t len)
{
    if (r->answer_md)
        sg__gw_sha256_update(&r->answer_sha, data, len);
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

/* One text of a whole answer through check_output (an sg_gw_text_fn); a
 * redaction comes back in *replace. */
static enum sg_gw_reason check_output_text(void *user, const char *role, const char *text,
                                           size_t len, char **replace)
{
    struct sg_gw_req *r = user;
    const struct sg_inspector *in = &r->gw->opts.inspector;
    struct sg_inspect_verdict v = {0};
    struct sg_error err = {0};
    sg_buf rw;
    (void)role;
    *replace = NULL;
    sg_buf_init(&rw, len + (1 << 16));
    if (in->ops->check_output(r->guard, text, len, &rw, &v, &err)) {
        sg_buf_release(&rw);
        return SG_GW_GUARD_OUTPUT;
    }
    sg__gw_guard_note(r, &v);
    if (v.action == SG_INSPECT_BLOCK) {
        sg_buf_release(&rw);
        return SG_GW_GUARD_OUTPUT;
    }
    if (v.action == SG_INSPECT_REDACT && !(*replace = sg_buf_detach(&rw, NULL))) {
        sg_buf_release(&rw);
        return SG_GW_GUARD_OUTPUT; /* out of memory: fail closed */
    }
    sg_buf_release(&rw);
    return SG_GW_OK;
}

static enum sg_gw_reason guard_answer(struct sg_gw_req *r, json_t *doc, bool *changed)
{
    if (!sg__gw_guard_begin(r))
        return SG_GW_GUARD_OUTPUT; /* fail closed */
    return sg__gw_answer_texts_tree(doc, check_output_text, r, changed);
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


/* ---- the upstream's answer ------------------------------------------------------------ */

/* A whole answer: account, inspect, filter, then send. */
static void send_whole(struct sg_gw_req *r, struct sg_gw_conn *c)
{
    size_t len = c->ans.body.len;
    const char *data = c->ans.body.data ? c->ans.body.data : "";
    md_update(r, data, len);
    r->status = r->up_status;
    const char *ctype = c->ans.ctype_len ? c->ans.ctype : NULL;
    json_t *doc = NULL;
    bool changed = false;
    bool ok_json = r->up_status >= 200 && r->up_status < 300 && sg__gw_answer_ctype_is(&c->ans, "application/json") &&
                   len;
    /* Nothing to inspect or rewrite: read usage without building a tree.
     * Whatever the scan does not recognise as an object takes the full
     * parse below, which decides whether it is garbage. */
    bool fast = ok_json && !guard_output_on(r) && !r->rt->cfg->record_text &&
                strcmp(r->path, "/v1/models") != 0;
    bool well_formed = false;
    if (fast && sg__gw_usage_text(data, len, &well_formed, &r->prompt_tokens,
                                  &r->completion_tokens, &r->total_tokens))
        r->usage_seen = true;
    /* The output guardrails read the answer's texts without a tree too
     * (a tree only when the scanner is unsure); redactions are spliced
     * into a copy of the bytes. */
    bool guard_fast = ok_json && guard_output_on(r) && r->is_post && !r->rt->cfg->record_text &&
                      strcmp(r->path, "/v1/models") != 0;
    sg_buf spliced;
    sg_buf_init(&spliced, (size_t)r->pool->up->max_response_bytes * 2);
    int u = -1, g = -1;
    enum sg_gw_reason gwhy = SG_GW_OK;
    struct sg_gw_answer_scan scan;
    /* One scan of the bytes gives the usage and where the texts are. */
    if (guard_fast && (u = sg__gw_answer_scan(data, len, &scan, &r->prompt_tokens,
                                              &r->completion_tokens, &r->total_tokens)) >= 0) {
        if (u == 1)
            r->usage_seen = true;
        g = 0;
        gwhy = sg__gw_guard_begin(r) ? sg__gw_answer_walk(&scan, check_output_text, r,
                                                          &r->loop->walk, &spliced, &changed)
                                     : SG_GW_GUARD_OUTPUT;
    }
    if (g == 0 && gwhy != SG_GW_OK) {
        sg_buf_release(&spliced);
        if (gwhy == SG_GW_TOO_LARGE) {
            r->status = 500;
            sg__gw_reply(r, 500, NULL, "", 0);
            sg__gw_finish(r);
            return;
        }
        sg__gw_fail(r, gwhy, 0, "the answer was withheld by the %s guardrail",
                    r->guard_detector ? r->guard_detector : "output");
        return;
    }
    if (g == 0) {
        sg__gw_reply(r, r->status, ctype, changed ? spliced.data : data,
                     changed ? spliced.len : len);
        sg_buf_release(&spliced);
        sg__gw_finish(r);
        return;
    }
    sg_buf_release(&spliced);
    if (fast && well_formed) {
        /* usage read; the answer goes out as it came */
    } else if (ok_json && sg_json_parse(data, len, "upstream", &doc, NULL) == SG_OK) {
        if (sg__gw_answer_usage(doc, &r->prompt_tokens, &r->completion_tokens, &r->total_tokens))
            r->usage_seen = true;
        if (guard_output_on(r) && r->is_post) {
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
    } else if (ok_json) {
        /* The upstream promised JSON and sent something else. */
        breaker_result(r, false, "garbage");
        sg__gw_fail(r, SG_GW_UPSTREAM_ERROR, 0, "the upstream sent an invalid answer");
        return;
    }
    if (changed) {
        sg_buf out;
        sg_buf_init(&out, (size_t)r->pool->up->max_response_bytes * 2);
        if (sg_json_dump(doc, JSON_COMPACT, &out) == SG_OK) {
            sg__gw_reply(r, r->status, ctype, out.data, out.len);
        } else {
            r->status = 500;
            sg__gw_reply(r, 500, NULL, "", 0);
        }
        sg_buf_release(&out);
    } else {
        sg__gw_reply(r, r->status, ctype, data, len);
    }
    json_decref(doc);
    sg__gw_finish(r);
}

/* ---- streaming ------------------------------------------------------------------------------- */

/* Inspect mode's scratch for rewritten events (capped at 16 MiB; an event
 * beyond that is dropped). */
static void out_add(struct sg_gw_req *r, const char *d, size_t n)
{
    if (sg_buf_append(&r->out, d, n) != SG_OK)
        sg_log(r->gw->ctx, SG_LOG_WARN, "gateway: %s: a rewritten event was dropped", r->id);
}

static void out_event(struct sg_gw_req *r, const char *prefix, const char *txt)
{
    out_add(r, prefix, strlen(prefix));
    out_add(r, "data: ", 6);
    out_add(r, txt, strlen(txt));
    out_add(r, "\n\n", 2);
}

static void stream_error_event(struct sg_gw_req *r, const char *type, const char *message)
{
    json_t *e = json_pack("{s:{s:s, s:s, s:s}}", "error", "message", message, "type", type,
                          "code", type);
    char *txt = e ? json_dumps(e, JSON_COMPACT) : NULL;
    if (txt) {
        sg__gw_reply_chunk(r, "data: ", 6);
        sg__gw_reply_chunk(r, txt, strlen(txt));
        sg__gw_reply_chunk(r, "\n\n", 2);
    }
    free(txt);
    json_decref(e);
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

/* Frees a loop's scratch buffer that one big event grew, else empties it. */
static void loop_buf_done(sg_buf *b)
{
    if (b->cap > ((size_t)64 << 10))
        sg_buf_release(b);
    else
        sg_buf_reset(b);
}

/* The inspector's held-back tail, released at the end of the stream, as one
 * more chat chunk. */
static void emit_text_event(struct sg_gw_req *r, const char *text, size_t len)
{
    /* Written as jansson's compact dump of the event's tree, without one. */
    sg_buf *ev = &r->loop->ev_out;
    bool responses = strcmp(r->path, "/v1/responses") == 0;
    if (sg__gw_release_event(r->path, text, len, ev))
        out_event(r, responses ? "event: response.output_text.delta\n" : "", ev->data);
    loop_buf_done(ev);
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

/* The usage a streamed event carries, read without a tree. */
static void event_usage(struct sg_gw_req *r, const struct sg_gw_event_info *e)
{
    if (!e->has_usage)
        return;
    r->prompt_tokens = e->prompt, r->completion_tokens = e->completion;
    r->total_tokens = e->total;
    r->usage_seen = true;
}

/* A text event in inspect mode that jansson would dump back as it came
 * (sg__gw_event_plain): what on_event's tree path does with it, on the
 * bytes - the checked text spliced in where the text was, as the tree's
 * dump would write it. The tree path cost a parse, a dump and ~60
 * allocations an event. */
static void guarded_text_event(struct sg_gw_req *r, const char *data, size_t len,
                               const struct sg_gw_event_info *e)
{
    const char *text = e->text.p + 1; /* no escapes: the bytes are the text */
    size_t tl = e->text.n - 2;
    event_usage(r, e);
    r->streamed_bytes += (int64_t)tl;
    keep_answer_text(r, text, tl);
    if (r->sse.other.len)
        out_add(r, r->sse.other.data, r->sse.other.len);
    sg_buf *rel = &r->loop->ev_rel, *ev = &r->loop->ev_out;
    if (feed(r, text, tl, false, rel)) {
        if (rel->len && sg_buf_append(&r->released, rel->data, rel->len) != SG_OK)
            r->released_truncated = true;
        if (sg__gw_event_splice(data, len, &e->text, rel->data ? rel->data : "", rel->len, ev) ==
            SG_OK)
            out_event(r, "", ev->data);
    }
    loop_buf_done(rel);
    loop_buf_done(ev);
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
    struct sg_gw_event_info e;
    if (!done && !r->stream_inspect && !r->rt->cfg->record_text &&
        sg__gw_jscan_event(data, len, &e) == 1) {
        /* Passed on as it came: usage and the text's length without a tree. */
        event_usage(r, &e);
        if (e.has_text)
            r->streamed_bytes += (int64_t)e.text_len;
        return SG_OK;
    }
    /* Inspect mode without a tree when the bytes say what the tree would:
     * a text event jansson would dump back as it came, or an event without
     * text that is not a closing one (passed on as it came). */
    if (!done && r->stream_inspect && !r->rt->cfg->record_text &&
        sg__gw_jscan_event(data, len, &e) == 1) {
        if (e.has_text && sg__gw_event_plain(data, len)) {
            guarded_text_event(r, data, len, &e);
            return SG_OK;
        }
        if (!e.has_text && !sg__gw_event_closing(&e)) {
            event_usage(r, &e);
            if (r->sse.other.len)
                out_add(r, r->sse.other.data, r->sse.other.len);
            out_add(r, "data: ", 6);
            out_add(r, data, len);
            out_add(r, "\n\n", 2);
            return SG_OK;
        }
    }
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
        out_add(r, r->sse.other.data, r->sse.other.len);
    if (done) {
        sg_buf rel;
        sg_buf_init(&rel, 1 << 20);
        if (!r->stream_final && feed(r, "", 0, true, &rel) && rel.len)
            emit_text_event(r, rel.data, rel.len);
        r->stream_final = true;
        sg_buf_release(&rel);
        if (!r->stream_ended)
            out_add(r, "data: [DONE]\n\n", 14);
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
            out_add(r, r->sse.other.data, r->sse.other.len);
        if (txt)
            out_event(r, "", txt);
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
                out_event(r, "", txt);
            free(txt);
        }
        sg_buf_release(&rel);
    } else {
        out_add(r, "data: ", 6);
        out_add(r, data, len);
        out_add(r, "\n\n", 2);
    }
    json_decref(doc);
    return SG_OK;
}


/* The answer's head is in: an SSE answer to a stream request starts the
 * client's reply now. Non-zero stops the answer (fail closed). */
static int stream_headers(struct sg_gw_req *r, struct sg_gw_conn *c)
{
    r->up_status = c->ans.parser.status_code;
    if (!r->view.stream || r->up_status < 200 || r->up_status >= 300 ||
        !sg__gw_answer_ctype_is(&c->ans, "text/event-stream"))
        return 0;
    r->stream_inspect = guard_output_on(r) && sg__gw_guard_begin(r);
    if (guard_output_on(r) && !r->stream_inspect)
        return -1; /* guardrails required but unavailable: fail closed */
    sg_buf_init(&r->out, 16 << 20);
    sg_buf_init(&r->released, 16 << 20);
    r->started = true;
    r->status = r->up_status;
    sg__gw_reply_start(r, r->up_status);
    return 0;
}

/* A piece of a streamed answer as it arrives (chunked framing removed). */
static void stream_piece(struct sg_gw_req *r, const char *data, size_t len)
{
    if (r->stream_ended)
        return;
    /* Digest and SSE parsing see every byte. */
    md_update(r, data, len);
    if (sg__gw_sse_feed(&r->sse, data, len, on_event, r) && r->stream_inspect &&
        !r->stream_ended) {
        /* An event beyond the SSE cap cannot be checked: stop. */
        stream_error_event(r, "content_filter", "an event of the answer was too large");
        r->stream_ended = true;
    }
    if (!r->stream_inspect) {
        sg__gw_reply_chunk(r, data, len); /* passed through as it came */
    } else if (r->out.len) {
        sg__gw_reply_chunk(r, r->out.data, r->out.len);
        sg_buf_reset(&r->out);
    }
    struct sg_gw_conn *c = r->conn;
    if (c && !c->paused && sg__gw_reply_backlog(r) > STREAM_BACKLOG) {
        /* Until the client has taken it (sg__gw_proxy_resume); the read
         * timeout still bounds how long a client may stall the stream. */
        event_del(c->io.rev);
        c->paused = true;
    }
}

void sg__gw_proxy_resume(struct sg_gw_req *r)
{
    struct sg_gw_conn *c = r->conn;
    if (!c || !c->paused)
        return;
    c->paused = false;
    event_add(c->io.rev, NULL);
    conn_on_read(&c->io, c); /* TLS may hold decrypted bytes the socket does not signal */
}

/* answer.c's hooks: the head decides streaming; streamed pieces go out. */
static int up_head(void *user)
{
    struct sg_gw_conn *c = user;
    if (!c->r || stream_headers(c->r, c))
        return -1;
    c->ans.streaming = c->r->started;
    return 0;
}

static void up_piece(void *user, const char *data, size_t len)
{
    struct sg_gw_conn *c = user;
    if (c->r)
        stream_piece(c->r, data, len);
}

enum up_end { UP_OK, UP_FAILED, UP_TIMEOUT, UP_CONNECT_TIMEOUT };

/* How deep conn_end is handing connections on (loop thread's own). */
static __thread int dispatch_depth;

/* c is free: the first request waiting for a connection of p gets it. */
static void hand_on(struct sg_gw_pool *p, struct sg_gw_conn *c)
{
    struct sg_gw_req *w = p->wait_head;
    if (w) {
        p->wait_head = w->wait_next;
        if (!p->wait_head)
            p->wait_tail = NULL;
        w->wait_next = NULL;
        c->busy = true;
        if (++dispatch_depth > 8 && c->timer) {
            /* Requests failing at once (upstream down) would hand the
             * connection on recursively, a frame per waiting request:
             * past a few, the next one starts from the loop instead. */
            c->r = w;
            w->conn = c;
            c->start_pending = true;
            event_active(c->timer, EV_TIMEOUT, 1);
        } else {
            start_on(w, c);
        }
        dispatch_depth--;
    }
}

/* Answers the client for the request c carried, then returns c to its pool
 * (open if the upstream keeps it alive) and gives it to a waiting request. */
static void conn_end(struct sg_gw_conn *c, enum up_end how)
{
    struct sg_gw_req *r = c->r;
    struct sg_gw_pool *p = c->pool;
    bool keep = how == UP_OK && c->ans.complete && http_should_keep_alive(&c->ans.parser);
    /* The timer stays armed on a kept connection (conn_on_timer ignores it
     * while idle, and start_on leaves it for the next request): no timer
     * heap removal and insertion per request. */
    if (c->timer && !keep)
        event_del(c->timer);
    if (how == UP_FAILED && c->served && !c->got_bytes && !r->up_retried) {
        /* The upstream closed a pooled keep-alive connection just as this
         * request went out on it (it had not answered a byte): the request
         * goes once more, on a new connection, as HTTP clients do. */
        r->up_retried = true;
        conn_close(c);
        start_on(r, c);
        return;
    }
    if (keep)
        c->served++;
    c->r = NULL;
    r->conn = NULL;
    /* The request may hold the last reference to its runtime (a reload
     * happened meanwhile), which owns c: keep it until c is handed on. */
    struct sg_gw_runtime *rt = sg__gw_runtime_ref(r->rt);
    if (how != UP_OK) {
        const char *kind = how == UP_TIMEOUT           ? "timeout"
                           : how == UP_CONNECT_TIMEOUT ? "connect_timeout"
                                                       : "connect_or_protocol";
        breaker_result(r, false, kind);
        if (r->started) {
            if (!r->stream_ended)
                stream_error_event(r, "upstream_error",
                                   how == UP_TIMEOUT ? "the upstream stopped answering"
                                                     : "the upstream connection failed");
            r->reason = how == UP_TIMEOUT ? SG_GW_UPSTREAM_TIMEOUT : SG_GW_UPSTREAM_ERROR;
            SG_GW_METRICS(r->loop, r->loop->m.rejections[r->reason]++);
            sg__gw_reply_end(r);
            sg__gw_finish(r);
        } else if (how == UP_CONNECT_TIMEOUT) {
            sg__gw_fail(r, SG_GW_UPSTREAM_TIMEOUT, 0, "the upstream could not be reached in time");
        } else if (how == UP_TIMEOUT) {
            sg__gw_fail(r, SG_GW_UPSTREAM_TIMEOUT, 0, "the upstream did not answer in time");
        } else if (c->ans.too_large) {
            sg__gw_fail(r, SG_GW_UPSTREAM_ERROR, 0, "the upstream answer is too large");
        } else {
            sg__gw_fail(r, SG_GW_UPSTREAM_ERROR, 0, "the upstream failed or sent an invalid answer");
        }
    } else {
        r->up_status = c->ans.parser.status_code;
        breaker_result(r, r->up_status < 500, "status_5xx");
        if (r->started) {
            if (r->stream_inspect && !r->stream_ended && !r->stream_final) {
                /* A stream that ended without [DONE]: flush the held-back window. */
                sg_buf rel;
                sg_buf_init(&rel, 1 << 20);
                if (feed(r, "", 0, true, &rel) && rel.len)
                    emit_text_event(r, rel.data, rel.len);
                if (r->out.len)
                    sg__gw_reply_chunk(r, r->out.data, r->out.len);
                sg_buf_release(&rel);
            }
            sg__gw_reply_end(r);
            sg__gw_finish(r);
        } else {
            send_whole(r, c);
        }
    }
    sg__gw_answer_start(&c->ans); /* empties the body for the next answer */
    if (!keep)
        conn_close(c);
    c->busy = false;
    hand_on(p, c);
    sg__gw_runtime_unref(rt);
}

static void conn_done(struct sg_gw_conn *c, bool failed, bool timeout)
{
    conn_end(c, !failed ? UP_OK : timeout ? UP_TIMEOUT : UP_FAILED);
}

static void conn_on_read(struct sg_gw_io *io, void *arg)
{
    struct sg_gw_conn *c = arg;
    (void)io;
    if (!c->in && !(c->in = malloc(UP_READ_SIZE))) {
        if (c->r)
            conn_done(c, true, false);
        else
            conn_close(c);
        return;
    }
    for (;;) {
        ssize_t n = sg__gw_io_read(&c->io, c->in, UP_READ_SIZE);
        if (n == -1)
            return;
        if (!c->r) { /* an idle connection: closed by the upstream, or stray bytes */
            conn_close(c);
            return;
        }
        if (n < 0) {
            conn_done(c, true, false);
            return;
        }
        /* The upstream's part of the answer ends with the read that
         * completes it (stream: brings its first chunk); earlier reads of
         * a long answer are the upstream's time, stamped over until then. */
        int64_t now = sg__gw_mono_ns(); /* one clock read for both */
        if (n > 0 && !c->r->t_out_ns)
            c->r->t_first_ns = now;
        c->last_ms = now / 1000000;
        c->got_bytes = c->got_bytes || n > 0;
        int st = sg__gw_answer_feed(&c->ans, c->in, (size_t)n);
        if (st != 0) {
            conn_done(c, st < 0, false);
            return;
        }
        if (c->paused)
            return;
        if ((size_t)n < UP_READ_SIZE && !sg__gw_io_more(&c->io))
            return;
    }
}

/* One timer per connection: the connect timeout while connecting, then the
 * read timeout, which counts from the last byte the upstream sent (an LLM
 * streaming slowly is not stalled). Re-armed lazily, not on every read. */
static void conn_on_timer(evutil_socket_t fd, short what, void *arg)
{
    struct sg_gw_conn *c = arg;
    (void)fd, (void)what;
    if (!c->r)
        return;
    if (c->start_pending) {
        c->start_pending = false;
        start_on(c->r, c);
        return;
    }
    const struct sg_gw_upstream *u = c->pool->up;
    int64_t idle = sg__gw_mono_ms() - c->last_ms;
    if (c->dns || (c->open && c->io.connecting)) {
        conn_end(c, UP_CONNECT_TIMEOUT);
    } else if (idle < u->read_timeout_ms) {
        int64_t ms = u->read_timeout_ms - idle;
        struct timeval tv = {(time_t)(ms / 1000), (suseconds_t)(ms % 1000) * 1000};
        evtimer_add(c->timer, &tv);
    } else {
        conn_end(c, UP_TIMEOUT);
    }
}

/* Sends r on c (opening it first if needed). */
static void start_on(struct sg_gw_req *r, struct sg_gw_conn *c)
{
    struct sg_gw_pool *p = c->pool;
    const struct sg_gw_upstream *u = p->up;
    c->r = r;
    r->conn = c;
    c->last_ms = sg__gw_recent_ms(); /* set again once the request is out */
    if (!c->timer && !(c->timer = evtimer_new(p->loop->base, conn_on_timer, c))) {
        conn_done(c, true, false);
        return;
    }
    if (!c->open && !c->dns) {
        int ms = u->connect_timeout_ms < u->read_timeout_ms ? u->connect_timeout_ms
                                                             : u->read_timeout_ms;
        struct timeval tv = {ms / 1000, (ms % 1000) * 1000};
        evtimer_add(c->timer, &tv);
        if (p->addr_len) {
            if (!conn_connect(c, (const struct sockaddr *)&p->addr, p->addr_len)) {
                conn_done(c, true, false);
                return;
            }
        } else {
            struct evutil_addrinfo hints = {0};
            char port[8];
            hints.ai_family = AF_UNSPEC;
            hints.ai_socktype = SOCK_STREAM;
            hints.ai_protocol = IPPROTO_TCP;
            snprintf(port, sizeof port, "%d", u->port);
            /* The callback may run before this returns (a cached or local
             * name); it continues with start_on. */
            struct evdns_getaddrinfo_request *q =
                evdns_getaddrinfo(p->loop->dns, u->host, port, &hints, on_resolved, c);
            if (c->r == r && !c->open)
                c->dns = q;
            return;
        }
    } else if (c->io.connecting || !evtimer_pending(c->timer, NULL)) {
        /* A timer still pending from an earlier request fires at most a
         * read timeout from now; conn_on_timer then re-arms it from
         * last_ms, this request's. */
        int ms = c->io.connecting && u->connect_timeout_ms < u->read_timeout_ms
                     ? u->connect_timeout_ms
                     : u->read_timeout_ms;
        struct timeval tv = {ms / 1000, (ms % 1000) * 1000};
        evtimer_add(c->timer, &tv);
    }
    sg__gw_answer_start(&c->ans);
    c->got_bytes = false;

    char buf[4096];
    struct sg_gw_text h = {buf, 0, sizeof buf, false};
    if (r->is_post)
        SG_GW_TEXT_LIT(&h, "POST ");
    else
        SG_GW_TEXT_LIT(&h, "GET ");
    sg__gw_text_put(&h, u->base_path, p->base_len);
    sg__gw_text_put(&h, r->path, r->path_len);
    if (r->has_query) {
        sg__gw_text_put(&h, "?", 1);
        sg__gw_text_put(&h, r->query, r->query_len);
    }
    sg__gw_text_put(&h, p->mid, p->mid_len);
    sg__gw_text_put(&h, r->id, r->id_len);
    if (u->credential) {
        SG_GW_TEXT_LIT(&h, "\r\nAuthorization: ");
        sg__gw_text_put(&h, u->credential, p->cred_len);
    }
    if (r->accept[0]) {
        SG_GW_TEXT_LIT(&h, "\r\nAccept: ");
        sg__gw_text_put(&h, r->accept, r->accept_len);
    }
    if (r->is_post) {
        SG_GW_TEXT_LIT(&h, "\r\nContent-Type: application/json\r\nContent-Length: ");
        sg__gw_text_num(&h, r->body_len, 10);
    }
    SG_GW_TEXT_LIT(&h, "\r\n\r\n");
    if (h.over) {
        OPENSSL_cleanse(buf, h.len);
        conn_done(c, true, false);
        return;
    }
    struct iovec v[2] = {{buf, h.len}, {(void *)r->body, r->is_post ? r->body_len : 0}};
    r->t_sent_ns = 0;
    if (!sg__gw_io_send(&c->io, v, r->is_post && r->body_len ? 2 : 1))
        conn_done(c, true, false);
    else /* with the kernel, or queued while connecting */
        c->last_ms = (r->t_sent_ns = sg__gw_mono_ns()) / 1000000;
    if (u->credential)
        OPENSSL_cleanse(buf, h.len); /* held the upstream credential */
}

void sg__gw_proxy(struct sg_gw_req *r)
{
    struct sg_gw_pool *p = &r->rt->pools[r->route->upstream - r->rt->cfg->upstreams];
    r->pool = p;
    int64_t until = open_until(p), now;
    /* 0 while the circuit is closed: no clock read then */
    if (until && until > (now = sg__gw_mono_ms())) {
        sg__gw_fail(r, SG_GW_CIRCUIT_OPEN, (int)((until - now) / 1000) + 1,
                    "the upstream is failing; requests are paused briefly");
        return;
    }
    if (p->base_len + r->path_len + r->query_len + 2 > 2048) {
        sg__gw_fail(r, SG_GW_BAD_REQUEST, 0, "the request target is too long");
        return;
    }
    sg__gw_sha256_init(&r->answer_sha); /* finished by sg__gw_finish */
    r->answer_md = true;
    if (r->rt->cfg->record_text)
        sg_buf_init(&r->answer, 1 << 16);
    struct sg_gw_conn *c = pick(p);
    if (!c) { /* every connection busy: wait in line (FIFO) */
        if (p->wait_tail)
            p->wait_tail->wait_next = r;
        else
            p->wait_head = r;
        p->wait_tail = r;
        return;
    }
    c->busy = true;
    start_on(r, c);
}

/* Drops r from its pool's waiting line or its connection (the client is
 * gone, or the loop stops); r is then answered by the caller. */
void sg__gw_proxy_abandon(struct sg_gw_req *r)
{
    struct sg_gw_pool *p = r->pool;
    if (!p)
        return;
    if (r->conn) {
        struct sg_gw_conn *c = r->conn;
        c->r = NULL;
        c->start_pending = false;
        r->conn = NULL;
        conn_close(c);
        c->busy = false;
        hand_on(p, c);
        return;
    }
    for (struct sg_gw_req **pp = &p->wait_head, *prev = NULL; *pp; prev = *pp, pp = &(*pp)->wait_next)
        if (*pp == r) {
            *pp = r->wait_next;
            if (p->wait_tail == r)
                p->wait_tail = prev;
            r->wait_next = NULL;
            return;
        }
}
