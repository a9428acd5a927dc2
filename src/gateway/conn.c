/* conn.c - the watch on every client connection: slow-request limits that
 * evhttp 2.1 lacks (its only timeout is an inactivity timeout, which a
 * slowloris client resets with every byte it dribbles), with a JSON 408 for
 * the request cut off.
 *
 * evhttp lets us create each accepted connection's bufferevent (bevcb), but
 * tells us neither when it frees it nor when a request starts arriving. So
 * we keep one extra reference on the bufferevent, watch its input buffer
 * (a request starts with its first byte; its head ends at the blank line
 * after the header fields: a terminator search, not a parser, evhttp still
 * parses everything), and a sweep every 250 ms (a) releases connections
 * evhttp has let go (it clears their callbacks when it frees them; it has
 * already shut the socket down for writing) and (b) cuts off requests that
 * are late: the head must be complete server.header_timeout_s after its
 * first byte, and the body must then keep up server.min_body_rate bytes/s
 * (after a one-second grace). handle() marks a request as arrived and
 * sg__gw_finish marks its answer done (sg__gw_watch_request). Idle
 * keep-alive connections are evhttp's (idle_timeout_s). */
#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/event.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "gateway/internal.h"

#define BUCKETS 4096 /* power of two */
#define SWEEP_MS 250

struct watch {
    struct bufferevent *bev; /* one reference is ours */
    struct evbuffer_cb_entry *cb;
    struct watch *hnext;       /* hash chain */
    struct watch *prev, *next; /* every watched connection */
    struct sg_gw_watch *owner;
    int64_t started_ms, head_ms; /* 0 = not yet */
    uint64_t body_bytes;
    int newlines; /* consecutive line ends in the head ('\r' ignored) */
    bool busy, plain;
};

struct sg_gw_watch {
    struct sg_gw_loop *loop;
    struct watch *buckets[BUCKETS];
    struct watch all; /* list head */
    struct event *sweep;
};

static size_t slot(const struct bufferevent *bev)
{
    uintptr_t p = (uintptr_t)bev;
    return (size_t)((p >> 4) ^ (p >> 16)) & (BUCKETS - 1);
}

static struct watch *find(struct sg_gw_watch *o, const struct bufferevent *bev)
{
    for (struct watch *w = o->buckets[slot(bev)]; w; w = w->hnext)
        if (w->bev == bev)
            return w;
    return NULL;
}

/* Accounts the bytes just added to the connection's input. */
static void on_input(struct evbuffer *buf, const struct evbuffer_cb_info *info, void *arg)
{
    struct watch *w = arg;
    if (!info->n_added || w->busy)
        return;
    if (!w->started_ms) {
        /* The first byte of a request. (Bytes of a pipelined request that
         * come while one is being answered are not timed.) */
        w->started_ms = sg__gw_now_ms();
        w->head_ms = 0;
        w->body_bytes = 0;
        w->newlines = 0;
    }
    if (w->head_ms) {
        w->body_bytes += info->n_added;
        return;
    }
    struct evbuffer_ptr at;
    struct evbuffer_iovec v[4];
    if (evbuffer_ptr_set(buf, &at, info->orig_size, EVBUFFER_PTR_SET) != 0)
        return;
    int k = evbuffer_peek(buf, (ev_ssize_t)info->n_added, &at, v, 4);
    size_t left = info->n_added;
    for (int i = 0; i < k && i < 4 && left; i++) {
        const char *d = v[i].iov_base;
        size_t n = v[i].iov_len < left ? v[i].iov_len : left;
        for (size_t j = 0; j < n; j++) {
            if (d[j] == '\n') {
                if (++w->newlines == 2) {
                    w->head_ms = sg__gw_now_ms();
                    w->body_bytes = left - j - 1;
                    return;
                }
            } else if (d[j] != '\r') {
                w->newlines = 0;
            }
        }
        left -= n;
    }
}

static void release(struct sg_gw_watch *o, struct watch *w)
{
    struct watch **pp = &o->buckets[slot(w->bev)];
    while (*pp && *pp != w)
        pp = &(*pp)->hnext;
    if (*pp)
        *pp = w->hnext;
    w->prev->next = w->next;
    w->next->prev = w->prev;
    evbuffer_remove_cb_entry(bufferevent_get_input(w->bev), w->cb);
    bufferevent_disable(w->bev, EV_READ | EV_WRITE);
    bufferevent_decref(w->bev); /* the last reference: closes the socket */
    free(w);
}

static void cut_off(struct sg_gw_watch *o, struct watch *w, const char *what)
{
    static const char body[] = "{\"error\":{\"message\":\"the request arrived too slowly\","
                               "\"type\":\"invalid_request_error\",\"param\":null,"
                               "\"code\":\"request_timeout\"}}\n";
    w->started_ms = 0;
    w->busy = true; /* whatever still comes is not timed again */
    SG_GW_METRICS(o->loop, o->loop->m.slow_requests++);
    sg_log(o->loop->gw->ctx, SG_LOG_INFO, "gateway: connection cut off: %s", what);
    if (w->plain) {
        /* Best effort, straight to the socket: evhttp has no reply to send
         * for a request it has not finished reading. Not for TLS. */
        char head[200];
        int hl = snprintf(head, sizeof head,
                          "HTTP/1.1 408 Request Timeout\r\nContent-Type: application/json\r\n"
                          "Connection: close\r\nContent-Length: %zu\r\n\r\n",
                          sizeof body - 1);
        evutil_socket_t fd = bufferevent_getfd(w->bev);
        if (fd >= 0 && hl > 0 && send(fd, head, (size_t)hl, MSG_NOSIGNAL | MSG_DONTWAIT) == hl)
            (void)send(fd, body, sizeof body - 1, MSG_NOSIGNAL | MSG_DONTWAIT);
    }
    /* evhttp closes and frees the connection as on a read timeout; deferred,
     * so not inside this sweep. The next sweep releases our reference. */
    bufferevent_trigger_event(w->bev, BEV_EVENT_READING | BEV_EVENT_TIMEOUT,
                              BEV_TRIG_DEFER_CALLBACKS);
}

static void on_sweep(evutil_socket_t fd, short what, void *arg)
{
    struct sg_gw_watch *o = arg;
    const struct sg_gateway_config *cfg = o->loop->rt->cfg;
    int64_t now = sg__gw_now_ms();
    (void)fd, (void)what;
    for (struct watch *w = o->all.next, *next; w != &o->all; w = next) {
        next = w->next;
        bufferevent_event_cb ecb = NULL;
        bufferevent_getcb(w->bev, NULL, NULL, &ecb, NULL);
        if (!ecb) { /* evhttp has freed the connection */
            release(o, w);
            continue;
        }
        if (w->busy || !w->started_ms)
            continue;
        if (!w->head_ms) {
            if (now - w->started_ms > (int64_t)cfg->header_timeout_s * 1000)
                cut_off(o, w, "request head not complete in time (server.header_timeout_s)");
        } else if (cfg->min_body_rate > 0 &&
                   now - w->head_ms >
                       1000 + (int64_t)(w->body_bytes * 1000 / (uint64_t)cfg->min_body_rate)) {
            cut_off(o, w, "request body slower than server.min_body_rate");
        }
    }
}

sg_err sg__gw_watch_new(struct sg_gw_loop *loop, struct sg_gw_watch **out)
{
    struct sg_gw_watch *o = calloc(1, sizeof *o);
    *out = NULL;
    if (!o)
        return SG_ERR_NOMEM;
    o->loop = loop;
    o->all.next = o->all.prev = &o->all;
    struct timeval tv = {0, SWEEP_MS * 1000};
    if (!(o->sweep = event_new(loop->base, -1, EV_PERSIST, on_sweep, o)) ||
        event_add(o->sweep, &tv) != 0) {
        if (o->sweep)
            event_free(o->sweep);
        free(o);
        return SG_ERR_NOMEM;
    }
    *out = o;
    return SG_OK;
}

void sg__gw_watch_free(struct sg_gw_watch *o)
{
    if (!o)
        return;
    /* After the loop's servers are freed: every connection is evhttp's no
     * more; drop our references. */
    while (o->all.next != &o->all)
        release(o, o->all.next);
    event_free(o->sweep);
    free(o);
}

struct bufferevent *sg__gw_watch_bev(struct sg_gw_watch *o, struct bufferevent *bev, bool plain)
{
    struct watch *w = bev ? calloc(1, sizeof *w) : NULL;
    if (!w || !(w->cb = evbuffer_add_cb(bufferevent_get_input(bev), on_input, w))) {
        free(w);
        if (bev)
            bufferevent_free(bev);
        return NULL;
    }
    w->owner = o;
    w->bev = bev;
    w->plain = plain;
    bufferevent_incref(bev);
    size_t s = slot(bev);
    w->hnext = o->buckets[s];
    o->buckets[s] = w;
    w->next = o->all.next;
    w->prev = &o->all;
    o->all.next->prev = w;
    o->all.next = w;
    return bev;
}

void sg__gw_watch_request(struct sg_gw_watch *o, struct evhttp_request *req, bool busy)
{
    /* Looked up each time rather than kept in the request: the client may
     * have gone while the request was served. */
    struct evhttp_connection *evcon = o ? evhttp_request_get_connection(req) : NULL;
    struct bufferevent *bev = evcon ? evhttp_connection_get_bufferevent(evcon) : NULL;
    struct watch *w = bev ? find(o, bev) : NULL;
    if (!w)
        return;
    w->started_ms = 0;
    w->busy = busy;
}
