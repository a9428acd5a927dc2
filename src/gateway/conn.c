/* conn.c - the client side of the gateway: accepted connections (plain or
 * TLS) on io.c, requests read by reader.c (Node's http_parser underneath),
 * keep-alive and pipelined requests one at a time, replies written
 * with one send (Content-Length, or chunked for SSE streams), and the
 * limits on slow and oversize requests, each answered with an OpenAI-shaped
 * error through the normal pipeline (so it is counted, logged and audited):
 * malformed HTTP 400, head over server.max_header_bytes 431, body over
 * server.max_body_bytes 413, head not complete within server.header_timeout_s
 * or body slower than server.min_body_rate 408. Idle keep-alive connections
 * close after server.idle_timeout_s. Why not evhttp: see io.c.
 *
 * Buffers: each connection keeps its reader's input buffer (the current
 * request's head and at most one read more) and body buffer, both reused
 * across keep-alive requests. A connection that never sent anything has
 * neither. */
#include <arpa/inet.h>
#include <errno.h>
#include <event2/event.h>
#include <event2/listener.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/uio.h>

#include "gateway/internal.h"

#define SWEEP_MS 250
#define LINGER_MS 1000

struct sg_gw_cconn {
    struct sg_gw_io io;
    struct sg_gw_watch *w;
    struct sg_gw_listener_rt *l;
    struct sg_gw_cconn *prev, *next; /* every connection of the loop */
    struct sg_gw_reader rd;
    struct sg_gw_req *req; /* in flight */
    bool chunked_reply, eof, closing, lingering, in_read, read_paused;
    bool no_linger; /* cut off as too slow: closed at once after the 408 */
    bool read_fresh; /* read_ns not yet given to a request */
    int64_t last_ms, linger_ms; /* sg__gw_mono_ms: the last read or reply; the linger's start */
    int64_t read_ns; /* the last read's stamp (sg__gw_mono_ns) */
    char remote[INET6_ADDRSTRLEN];
};

struct sg_gw_watch {
    struct sg_gw_loop *loop;
    struct sg_gw_cconn all; /* list head */
    struct event *sweep;
    size_t n;
};

static void process(struct sg_gw_cconn *c);

static const struct sg_gateway_config *cfg_of(const struct sg_gw_cconn *c)
{
    return c->w->loop->rt->cfg;
}

/* ---- lifetime ---------------------------------------------------------------------------- */

static void conn_free(struct sg_gw_cconn *c)
{
    c->prev->next = c->next;
    c->next->prev = c->prev;
    c->w->n--;
    sg__gw_io_close(&c->io);
    sg__gw_reader_release(&c->rd);
    free(c);
}

/* Closes c once its reply is out: a lingering close (write side shut, the
 * rest of what the client sends read and dropped for a while), so that
 * unread request bytes do not turn the close into a reset that destroys the
 * reply before the client has read it. */
static void conn_close_soon(struct sg_gw_cconn *c)
{
    c->closing = true;
    if (c->req || c->in_read || sg__gw_io_queued(&c->io))
        return; /* done by the reply's end, the read handler or on_drained */
    if (c->eof || c->io.broken || c->io.ssl || c->no_linger) {
        /* nothing more will come (or TLS, which cannot read after its own
         * close_notify without trouble): close now */
        conn_free(c);
        return;
    }
    if (!c->lingering) {
        c->lingering = true;
        c->linger_ms = sg__gw_mono_ms();
        shutdown(c->io.fd, SHUT_WR);
    }
}

static void on_drained(struct sg_gw_io *io, void *arg)
{
    struct sg_gw_cconn *c = arg;
    (void)io;
    /* A stream held back for this client goes on (it may finish the
     * request; in_read keeps c alive meanwhile). */
    c->in_read = true;
    if (c->req)
        sg__gw_proxy_resume(c->req);
    c->in_read = false;
    if (c->read_paused && !c->closing && !c->eof) {
        c->read_paused = false;
        event_add(c->io.rev, NULL);
    }
    process(c); /* requests that waited, or the close */
}

/* ---- replies ---------------------------------------------------------------------------------- */

/* The reason phrase of status and its length (*n). */
#define LIT(s) (*n = sizeof(s) - 1, s)
static const char *phrase(int status, size_t *n)
{
    switch (status) {
    case 200: return LIT("OK");
    case 201: return LIT("Created");
    case 204: return LIT("No Content");
    case 400: return LIT("Bad Request");
    case 401: return LIT("Unauthorized");
    case 403: return LIT("Forbidden");
    case 404: return LIT("Not Found");
    case 405: return LIT("Method Not Allowed");
    case 408: return LIT("Request Timeout");
    case 413: return LIT("Payload Too Large");
    case 422: return LIT("Unprocessable Entity");
    case 429: return LIT("Too Many Requests");
    case 431: return LIT("Request Header Fields Too Large");
    case 500: return LIT("Internal Server Error");
    case 502: return LIT("Bad Gateway");
    case 503: return LIT("Service Unavailable");
    case 504: return LIT("Gateway Timeout");
    default: return status < 300 ? LIT("OK") : status < 500 ? LIT("Client Error") : LIT("Server Error");
    }
}
#undef LIT

/* The status line and headers of r's reply; len < 0: streamed. Built with
 * memcpy: printf's format machinery showed in the event loop's profile. */
static void reply_head(struct sg_gw_req *r, struct sg_gw_text *h, int status, const char *ctype,
                       int64_t len)
{
    struct sg_gw_cconn *c = r->cc;
    bool close = r->close_after || c->closing || !c->rd.keep_alive || r->loop->stopping;
    SG_GW_TEXT_LIT(h, "HTTP/1.1 ");
    sg__gw_text_num(h, (uint64_t)(status > 99 && status < 1000 ? status : 500), 10);
    sg__gw_text_put(h, " ", 1);
    size_t pn;
    const char *p = phrase(status, &pn);
    sg__gw_text_put(h, p, pn);
    SG_GW_TEXT_LIT(h, "\r\nContent-Type: ");
    if (ctype)
        sg__gw_text_str(h, ctype);
    else
        SG_GW_TEXT_LIT(h, "application/json");
    if (len >= 0) {
        SG_GW_TEXT_LIT(h, "\r\nContent-Length: ");
        sg__gw_text_num(h, (uint64_t)len, 10);
    } else {
        SG_GW_TEXT_LIT(h, "\r\nCache-Control: no-cache\r\nX-Accel-Buffering: no");
        c->chunked_reply = !c->rd.http10;
        if (c->chunked_reply)
            SG_GW_TEXT_LIT(h, "\r\nTransfer-Encoding: chunked");
        else
            close = true; /* HTTP/1.0: the end of the stream is the connection's */
    }
    SG_GW_TEXT_LIT(h, "\r\nx-request-id: ");
    sg__gw_text_put(h, r->id, r->id_len);
    if (r->retry_after > 0) {
        SG_GW_TEXT_LIT(h, "\r\nRetry-After: ");
        sg__gw_text_num(h, (uint64_t)r->retry_after, 10);
    }
    if (r->www_authenticate)
        SG_GW_TEXT_LIT(h, "\r\nWWW-Authenticate: Bearer realm=\"saiguard\"");
    if (close) {
        SG_GW_TEXT_LIT(h, "\r\nConnection: close");
        c->closing = true;
    } else if (c->rd.http10) {
        SG_GW_TEXT_LIT(h, "\r\nConnection: keep-alive");
    }
    SG_GW_TEXT_LIT(h, "\r\n\r\n");
}

void sg__gw_reply(struct sg_gw_req *r, int status, const char *ctype, const char *body,
                  size_t len)
{
    char buf[1024];
    struct sg_gw_text h = {buf, 0, sizeof buf, false};
    if (!r->cc)
        return;
    reply_head(r, &h, status, ctype, (int64_t)len);
    struct iovec v[2] = {{buf, h.len}, {(void *)body, len}};
    (void)sg__gw_io_send(&r->cc->io, v, len ? 2 : 1); /* a client gone is noticed by reading */
    if (r->t_first_ns && !r->t_out_ns)
        r->t_out_ns = sg__gw_mono_ns(); /* the end of the added time */
}

void sg__gw_reply_start(struct sg_gw_req *r, int status)
{
    char buf[1024];
    struct sg_gw_text h = {buf, 0, sizeof buf, false};
    if (!r->cc)
        return;
    reply_head(r, &h, status, "text/event-stream; charset=utf-8", -1);
    struct iovec v = {buf, h.len};
    (void)sg__gw_io_send(&r->cc->io, &v, 1);
}

void sg__gw_reply_chunk(struct sg_gw_req *r, const char *data, size_t len)
{
    struct sg_gw_cconn *c = r->cc;
    if (!len || !c)
        return;
    if (!c->chunked_reply) {
        struct iovec v = {(void *)data, len};
        (void)sg__gw_io_send(&c->io, &v, 1);
        if (r->t_first_ns && !r->t_out_ns)
            r->t_out_ns = sg__gw_mono_ns();
        return;
    }
    char size[24];
    struct sg_gw_text h = {size, 0, sizeof size, false};
    sg__gw_text_num(&h, len, 16);
    sg__gw_text_put(&h, "\r\n", 2);
    struct iovec v[3] = {{size, h.len}, {(void *)data, len}, {"\r\n", 2}};
    (void)sg__gw_io_send(&c->io, v, 3);
    if (r->t_first_ns && !r->t_out_ns)
        r->t_out_ns = sg__gw_mono_ns(); /* a stream's added time ends at its first chunk */
}

void sg__gw_reply_end(struct sg_gw_req *r)
{
    struct sg_gw_cconn *c = r->cc;
    if (c && c->chunked_reply) {
        struct iovec v = {"0\r\n\r\n", 5};
        (void)sg__gw_io_send(&c->io, &v, 1);
    }
}

size_t sg__gw_reply_backlog(const struct sg_gw_req *r)
{
    return r->cc ? sg__gw_io_queued(&r->cc->io) : 0;
}

const char *sg__gw_conn_remote(const struct sg_gw_cconn *c)
{
    return c ? c->remote : "";
}

/* ---- requests ------------------------------------------------------------------------------------ */

/* Answers the request on c with an error through the pipeline, so that it
 * is counted, logged and audited like any other; the connection closes. */
static void refuse(struct sg_gw_cconn *c, enum sg_gw_reason why, const char *msg)
{
    c->closing = true;
    c->rd.keep_alive = false;
    struct sg_gw_req *r = sg__gw_req_new(c->w->loop, c, 0);
    if (!r) {
        conn_close_soon(c);
        return;
    }
    c->req = r;
    r->close_after = true;
    sg__gw_fail(r, why, 0, "%s", msg);
}

void sg__gw_conn_request_done(struct sg_gw_cconn *c, int64_t now_ns)
{
    c->req = NULL;
    c->last_ms = now_ns / 1000000; /* idle from now */
    c->chunked_reply = false;
    sg__gw_reader_next(&c->rd);
    if (c->closing) {
        if (!sg__gw_io_queued(&c->io) && !c->in_read)
            conn_close_soon(c);
        return;
    }
    if (c->read_paused && !c->eof) {
        c->read_paused = false;
        event_add(c->io.rev, NULL);
    }
    if (!c->in_read) /* answered later than it arrived: go on with what waits */
        process(c);
}

/* The client closed while its request is with the upstream: stop the
 * upstream work (an LLM would go on generating for nobody). A request
 * still in the limiter keeps going; its reply finds the socket closed. */
static void client_gone(struct sg_gw_cconn *c)
{
    struct sg_gw_req *r = c->req;
    c->closing = true;
    if (!r->pool)
        return;
    sg__gw_proxy_abandon(r);
    if (!r->started)
        r->status = 499; /* nginx's "client closed request" */
    sg__gw_finish(r);
}

/* A whole request: into the pipeline (server.c). */
static void dispatch(struct sg_gw_cconn *c)
{
    struct sg_gw_head h;
    sg__gw_reader_head(&c->rd, &h);
    /* The added time starts at the read that completed the request; a
     * pipelined one that waited for its predecessor starts now. */
    int64_t t_in = c->read_fresh ? c->read_ns : sg__gw_mono_ns();
    c->read_fresh = false;
    struct sg_gw_req *r = sg__gw_req_new(c->w->loop, c, t_in);
    if (!r) {
        c->closing = true;
        return;
    }
    c->req = r;
    sg__gw_handle(r, &h, c->l->metrics);
}

/* Parses what has arrived and serves the requests in it, one at a time.
 * Requests answered at once (errors) do not recurse: in_read makes
 * sg__gw_conn_request_done leave the next one to this loop. */
static void process(struct sg_gw_cconn *c)
{
    const struct sg_gateway_config *cfg = cfg_of(c);
    bool outer = !c->in_read;
    c->in_read = true;
    while (!c->req && !c->closing) {
        if (c->rd.in_len == c->rd.in_off) {
            if (c->eof) /* closed between requests, or cut short: nothing to answer */
                c->closing = true;
            break;
        }
        enum sg_gw_reason why = SG_GW_OK;
        const char *msg = NULL;
        c->rd.now_ms = c->last_ms; /* the bytes came with the last read */
        enum sg_gw_read_ev ev = sg__gw_reader_step(&c->rd, (size_t)cfg->max_header_bytes,
                                                   cfg->max_body_bytes, &why, &msg);
        if (ev == SG_GW_READ_MORE)
            break;
        if (ev == SG_GW_READ_ERROR) {
            refuse(c, why, msg);
            break;
        }
        if (ev == SG_GW_READ_REQUEST) {
            dispatch(c);
        } else if (sg__gw_reader_expects_continue(&c->rd)) {
            struct iovec v = {"HTTP/1.1 100 Continue\r\n\r\n", 25};
            (void)sg__gw_io_send(&c->io, &v, 1);
        }
    }
    if (outer) {
        c->in_read = false;
        if (c->closing && !c->req)
            conn_close_soon(c);
    }
}

static void on_read(struct sg_gw_io *io, void *arg)
{
    struct sg_gw_cconn *c = arg;
    char drop[4096];
    if (c->lingering || (c->closing && !c->req)) { /* read and drop */
        ssize_t n;
        while ((n = sg__gw_io_read(io, drop, sizeof drop)) > 0)
            ;
        if (n != -1)
            conn_free(c);
        return;
    }
    /* Read and parse in turns, so that a body larger than the buffer
     * streams through it (the parser copies body bytes out). */
    c->in_read = true;
    while (!c->closing || c->req) {
        if (!sg__gw_reader_reserve(&c->rd, (size_t)cfg_of(c)->max_header_bytes)) {
            /* full: a request is being answered and the client keeps
             * sending (pipelining), or a head over the cap */
            if (c->req) {
                event_del(c->io.rev);
                c->read_paused = true;
            } else {
                refuse(c, SG_GW_HEADERS_TOO_LARGE, "the request head is too large");
            }
            break;
        }
        size_t room = c->rd.in_cap - c->rd.in_len;
        ssize_t n = sg__gw_io_read(io, c->rd.in + c->rd.in_len, room);
        if (n == -1)
            break;
        if (n <= 0) {
            /* The client closed (or failed): answer what it sent, then close. */
            c->eof = true;
            event_del(c->io.rev);
            break;
        }
        c->rd.in_len += (size_t)n;
        c->read_ns = sg__gw_mono_ns(); /* one clock read for both */
        c->read_fresh = true;
        c->last_ms = c->read_ns / 1000000;
        if (c->rd.head_done && !c->rd.msg_done)
            c->rd.body_bytes += (uint64_t)n;
        if (!c->req)
            process(c);
        if ((size_t)n < room && !sg__gw_io_more(io))
            break;
    }
    c->in_read = false;
    if (c->eof && c->req)
        client_gone(c);
    else
        process(c);
}

/* ---- accepting, the sweep ---------------------------------------------------------------------- */

void sg__gw_conn_accept(struct sg_gw_listener_rt *l, evutil_socket_t fd, const struct sockaddr *sa,
                        int salen)
{
    struct sg_gw_watch *w = l->loop->watch;
    struct sg_gw_cconn *c = calloc(1, sizeof *c);
    SSL *ssl = NULL;
    (void)salen;
    if (!c || w->loop->stopping)
        goto fail;
    if (l->ssl) {
        if (!(ssl = SSL_new(l->ssl)) || SSL_set_fd(ssl, fd) != 1)
            goto fail;
        SSL_set_accept_state(ssl);
    }
    if (sg__gw_io_open(&c->io, w->loop->base, fd, ssl, false, on_read, on_drained, c))
        goto fail;
    c->w = w;
    c->l = l;
    c->last_ms = sg__gw_mono_ms();
    sg__gw_reader_init(&c->rd);
    if (sa->sa_family == AF_INET)
        inet_ntop(AF_INET, &((const struct sockaddr_in *)sa)->sin_addr, c->remote,
                  sizeof c->remote);
    else if (sa->sa_family == AF_INET6)
        inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)sa)->sin6_addr, c->remote,
                  sizeof c->remote);
    c->next = w->all.next;
    c->prev = &w->all;
    w->all.next->prev = c;
    w->all.next = c;
    w->n++;
    return;
fail:
    SSL_free(ssl);
    free(c);
    evutil_closesocket(fd);
}

static void on_sweep(evutil_socket_t fd, short what, void *arg)
{
    struct sg_gw_watch *w = arg;
    const struct sg_gateway_config *cfg = w->loop->rt->cfg;
    int64_t now = sg__gw_mono_ms();
    (void)fd, (void)what;
    for (struct sg_gw_cconn *c = w->all.next, *next; c != &w->all; c = next) {
        next = c->next;
        if (c->lingering) {
            if (now - c->linger_ms > LINGER_MS)
                conn_free(c);
            continue;
        }
        if (c->req || c->closing)
            continue;
        const char *why = NULL;
        struct sg_gw_reader *rd = &c->rd;
        if (!rd->begun && rd->in_len == rd->in_off) {
            if (now - c->last_ms > (int64_t)cfg->idle_timeout_s * 1000)
                conn_close_soon(c); /* idle keep-alive connection */
            continue;
        }
        if (!rd->started_ms)
            rd->started_ms = c->last_ms; /* bytes in, not yet parsed */
        if (now - c->last_ms > (int64_t)cfg->idle_timeout_s * 1000)
            why = "the request stalled (server.idle_timeout_s)";
        else if (!rd->head_done && now - rd->started_ms > (int64_t)cfg->header_timeout_s * 1000)
            why = "the request head was not complete in time (server.header_timeout_s)";
        else if (rd->head_done && cfg->min_body_rate > 0 &&
                 now - rd->head_ms >
                     1000 + (int64_t)(rd->body_bytes * 1000 / (uint64_t)cfg->min_body_rate))
            why = "the request body arrived slower than server.min_body_rate";
        if (!why)
            continue;
        SG_GW_METRICS(w->loop, w->loop->m.slow_requests++);
        sg_log(w->loop->gw->ctx, SG_LOG_INFO, "gateway: connection from %s cut off: %s",
               c->remote, why);
        c->no_linger = true;
        refuse(c, SG_GW_REQUEST_TIMEOUT, "the request arrived too slowly");
    }
}

sg_err sg__gw_watch_new(struct sg_gw_loop *loop, struct sg_gw_watch **out)
{
    struct sg_gw_watch *w = calloc(1, sizeof *w);
    *out = NULL;
    if (!w)
        return SG_ERR_NOMEM;
    w->loop = loop;
    w->all.next = w->all.prev = &w->all;
    struct timeval tv = {0, SWEEP_MS * 1000};
    if (!(w->sweep = event_new(loop->base, -1, EV_PERSIST, on_sweep, w)) ||
        event_add(w->sweep, &tv) != 0) {
        if (w->sweep)
            event_free(w->sweep);
        free(w);
        return SG_ERR_NOMEM;
    }
    *out = w;
    return SG_OK;
}

void sg__gw_watch_stop(struct sg_gw_watch *w)
{
    /* Idle connections close now; the others after their request (its
     * reply says Connection: close while the loop stops). */
    for (struct sg_gw_cconn *c = w ? w->all.next : NULL, *next; c && c != &w->all; c = next) {
        next = c->next;
        if (!c->req && !c->rd.begun && !c->lingering && c->rd.in_len == c->rd.in_off)
            conn_close_soon(c);
    }
}

void sg__gw_watch_free(struct sg_gw_watch *w)
{
    if (!w)
        return;
    /* The loop has stopped: requests still in flight (the drain time ran
     * out) are answered 503 where nothing was sent yet, and recorded. */
    while (w->all.next != &w->all) {
        struct sg_gw_cconn *c = w->all.next;
        struct sg_gw_req *r = c->req;
        if (r && !r->pool) {
            /* Still with the limiter (Redis), whose callback will finish
             * it: it finishes without a client. */
            r->cc = NULL;
        } else if (r) {
            c->closing = true;
            c->in_read = true; /* no closing from inside the finish below */
            sg__gw_proxy_abandon(r);
            if (r->started)
                sg__gw_finish(r);
            else
                sg__gw_fail(r, SG_GW_OVERLOADED, 0,
                            "the gateway stopped before the request was answered");
        }
        conn_free(c);
    }
    event_free(w->sweep);
    free(w);
}
