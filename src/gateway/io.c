/* io.c - the socket layer under both HTTP sides of the gateway (client
 * connections in conn.c, upstream connections in proxy.c): one non-blocking
 * socket, plain or TLS (OpenSSL straight on the fd), one persistent read
 * event registered once for the connection's whole life, reads into the
 * owner's reused buffer, and writes done at once with one send (or
 * sendmsg for large pieces); a write event is registered only when the
 * kernel (or TLS) takes less than all.
 *
 * Why not libevent's evhttp and bufferevents any more: measured on libevent
 * 2.1.12 (strace -c and perf, release build, wrk -c64), evhttp cost about 12
 * system calls per proxied request (readv x2, ioctl(FIONREAD) x2, writev x2
 * and epoll_ctl x6: it turns read and write interest off and on around every
 * request even with EVENT_BASE_FLAG_EPOLL_USE_CHANGELIST, and sizes every
 * read with FIONREAD), and per request allocated an evhttp_request, malloc'ed
 * key/value header lists on both sides, a parsed URI and evbuffer chains;
 * malloc/free, vfprintf, sscanf and strcasecmp from those were a quarter of
 * the event loop's CPU. None of that can be switched off through its API.
 * Here a keep-alive request costs one read and one write on each socket and
 * no allocation. libevent still runs the loop, the timers and the listeners,
 * and the HTTP grammar is Node's http_parser (libhttp-parser), not ours. */
#include <errno.h>
#include <event2/event.h>
#include <openssl/err.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

#include "gateway/internal.h"

/* Past this, queued output means a peer that does not read: it is cut off. */
#define OUT_MAX ((size_t)64 << 20)

static void want_write(struct sg_gw_io *io, bool on)
{
    if (on == io->wev_added)
        return;
    if (on)
        event_add(io->wev, NULL);
    else
        event_del(io->wev);
    io->wev_added = on;
}

static bool queue(struct sg_gw_io *io, const char *d, size_t n)
{
    if (!n)
        return true;
    if (io->out_off && io->out_off == io->out_len)
        io->out_off = io->out_len = 0;
    if (io->out_len + n > io->out_cap) {
        if (io->out_off) { /* reclaim what was sent before growing */
            memmove(io->out, io->out + io->out_off, io->out_len - io->out_off);
            io->out_len -= io->out_off;
            io->out_off = 0;
        }
        if (io->out_len + n > io->out_cap) {
            size_t cap = io->out_cap ? io->out_cap : 4096;
            while (cap < io->out_len + n)
                cap *= 2;
            char *p = cap <= OUT_MAX ? realloc(io->out, cap) : NULL;
            if (!p)
                return false;
            io->out = p;
            io->out_cap = cap;
        }
    }
    memcpy(io->out + io->out_len, d, n);
    io->out_len += n;
    return true;
}

/* Sends what is queued: 1 all sent, 0 some left (write event on), -1 broken. */
static int flush(struct sg_gw_io *io)
{
    if (io->broken)
        return -1;
    if (io->connecting) {
        want_write(io, true);
        return 0;
    }
    while (io->out_off < io->out_len) {
        size_t left = io->out_len - io->out_off;
        if (io->ssl) {
            ERR_clear_error();
            int n = SSL_write(io->ssl, io->out + io->out_off, left > INT32_MAX ? INT32_MAX : (int)left);
            if (n > 0) {
                io->out_off += (size_t)n;
                continue;
            }
            int e = SSL_get_error(io->ssl, n);
            if (e == SSL_ERROR_WANT_WRITE) {
                want_write(io, true);
                return 0;
            }
            if (e == SSL_ERROR_WANT_READ) { /* the persistent read event resumes it */
                io->write_wants_read = true;
                want_write(io, false);
                return 0;
            }
            io->broken = true;
            return -1;
        }
        ssize_t n = send(io->fd, io->out + io->out_off, left, MSG_NOSIGNAL);
        if (n >= 0) {
            io->out_off += (size_t)n;
            continue;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            want_write(io, true);
            return 0;
        }
        io->broken = true;
        return -1;
    }
    io->out_off = io->out_len = 0;
    want_write(io, false);
    return 1;
}

static void on_readable(evutil_socket_t fd, short what, void *arg)
{
    struct sg_gw_io *io = arg;
    (void)fd, (void)what;
    if (io->write_wants_read) {
        io->write_wants_read = false;
        if (flush(io) == 1 && io->on_drained) {
            io->on_drained(io, io->user);
            return; /* the owner may have closed io */
        }
    }
    io->on_read(io, io->user);
}

static void on_writable(evutil_socket_t fd, short what, void *arg)
{
    struct sg_gw_io *io = arg;
    (void)what;
    if (io->connecting) {
        int e = 0;
        socklen_t el = sizeof e;
        io->connecting = false;
        if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &e, &el) != 0 || e != 0) {
            io->broken = true;
            want_write(io, false);
            io->on_read(io, io->user); /* the owner sees the failure on its next read */
            return;
        }
    }
    int st = flush(io);
    if (io->read_wants_write) {
        io->read_wants_write = false;
        io->on_read(io, io->user);
        return;
    }
    if (st != 0 && io->on_drained)
        io->on_drained(io, io->user);
}

sg_err sg__gw_io_open(struct sg_gw_io *io, struct event_base *base, evutil_socket_t fd, SSL *ssl,
                      bool connecting, sg_gw_io_fn on_read, sg_gw_io_fn on_drained, void *user)
{
    memset(io, 0, sizeof *io);
    io->fd = fd;
    io->ssl = ssl;
    io->connecting = connecting;
    io->on_read = on_read;
    io->on_drained = on_drained;
    io->user = user;
    if (ssl)
        SSL_set_mode(ssl, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    if (!(io->rev = event_new(base, fd, EV_READ | EV_PERSIST, on_readable, io)) ||
        !(io->wev = event_new(base, fd, EV_WRITE | EV_PERSIST, on_writable, io)) ||
        event_add(io->rev, NULL) != 0) {
        if (io->rev)
            event_free(io->rev);
        io->rev = NULL;
        return SG_ERR_NOMEM;
    }
    if (connecting)
        want_write(io, true);
    return SG_OK;
}

ssize_t sg__gw_io_read(struct sg_gw_io *io, void *buf, size_t cap)
{
    if (io->broken)
        return -2;
    if (io->connecting)
        return -1;
    if (io->ssl) {
        ERR_clear_error();
        int n = SSL_read(io->ssl, buf, cap > INT32_MAX ? INT32_MAX : (int)cap);
        if (n > 0)
            return n;
        switch (SSL_get_error(io->ssl, n)) {
        case SSL_ERROR_WANT_READ:
            return -1;
        case SSL_ERROR_WANT_WRITE:
            io->read_wants_write = true;
            want_write(io, true);
            return -1;
        case SSL_ERROR_ZERO_RETURN:
            return 0;
        case SSL_ERROR_SYSCALL:
            /* A peer that closes without close_notify (most HTTP clients and
             * servers do): the end of the stream, as HTTP framing decides. */
            if (ERR_peek_error() == 0 && (errno == 0 || errno == ECONNRESET))
                return 0;
            /* fall through */
        default:
            io->broken = true;
            return -2;
        }
    }
    for (;;) {
        ssize_t n = recv(io->fd, buf, cap, 0);
        if (n >= 0)
            return n;
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return -1;
        io->broken = true;
        return -2;
    }
}

bool sg__gw_io_more(const struct sg_gw_io *io)
{
    return io->ssl && !io->broken && SSL_has_pending(io->ssl);
}

bool sg__gw_io_send(struct sg_gw_io *io, const struct iovec *v, int n)
{
    if (io->broken)
        return false;
    if (io->ssl || io->connecting || io->out_len > io->out_off) {
        for (int i = 0; i < n; i++)
            if (!queue(io, v[i].iov_base, v[i].iov_len)) {
                io->broken = true;
                return false;
            }
        return flush(io) >= 0;
    }
    size_t total = 0;
    for (int i = 0; i < n; i++)
        total += v[i].iov_len;
    /* A small reply or upstream request (head and body) is copied into one
     * buffer and goes out with send(): the kernel's sendto path has no
     * msghdr and iovec array to copy in and walk, and the copy of a few
     * hundred bytes costs less than that. Larger ones go by sendmsg. */
    char flat[8192];
    const void *one = n == 1 ? v[0].iov_base : flat;
    if (n > 1 && total <= sizeof flat) {
        size_t off = 0;
        for (int i = 0; i < n; i++) {
            memcpy(flat + off, v[i].iov_base, v[i].iov_len);
            off += v[i].iov_len;
        }
    }
    bool whole = n == 1 || total <= sizeof flat;
    struct msghdr mh = {.msg_iov = (struct iovec *)v, .msg_iovlen = (size_t)n};
    ssize_t w;
    do
        w = whole ? send(io->fd, one, total, MSG_NOSIGNAL) : sendmsg(io->fd, &mh, MSG_NOSIGNAL);
    while (w < 0 && errno == EINTR);
    int saved = errno;
    if (n > 1 && whole) /* the copy may hold the upstream credential (proxy.c) */
        explicit_bzero(flat, total);
    errno = saved;
    if (w < 0) {
        if (errno != EAGAIN && errno != EWOULDBLOCK) {
            io->broken = true;
            return false;
        }
        w = 0;
    }
    if ((size_t)w == total)
        return true;
    /* The kernel took part: queue the rest and wait for room. */
    size_t skip = (size_t)w;
    for (int i = 0; i < n; i++) {
        if (skip >= v[i].iov_len) {
            skip -= v[i].iov_len;
            continue;
        }
        if (!queue(io, (const char *)v[i].iov_base + skip, v[i].iov_len - skip)) {
            io->broken = true;
            return false;
        }
        skip = 0;
    }
    want_write(io, true);
    return true;
}

size_t sg__gw_io_queued(const struct sg_gw_io *io)
{
    return io->out_len - io->out_off;
}

void sg__gw_io_close(struct sg_gw_io *io)
{
    if (io->rev)
        event_free(io->rev);
    if (io->wev)
        event_free(io->wev);
    io->rev = io->wev = NULL;
    if (io->ssl) {
        if (!io->broken && !io->connecting)
            (void)SSL_shutdown(io->ssl); /* best effort close_notify, never waited for */
        SSL_free(io->ssl);
        io->ssl = NULL;
    }
    if (io->fd >= 0)
        close(io->fd);
    io->fd = -1;
    free(io->out);
    io->out = NULL;
    io->out_cap = io->out_len = io->out_off = 0;
}

void sg__gw_text_put(struct sg_gw_text *t, const char *s, size_t n)
{
    if (t->len + n > t->cap) {
        t->over = true;
        return;
    }
    memcpy(t->p + t->len, s, n);
    t->len += n;
}

void sg__gw_text_str(struct sg_gw_text *t, const char *s)
{
    sg__gw_text_put(t, s, strlen(s));
}

void sg__gw_text_num(struct sg_gw_text *t, uint64_t v, unsigned base)
{
    char d[24];
    size_t i = sizeof d;
    do
        d[--i] = "0123456789abcdef"[v % base];
    while ((v /= base));
    sg__gw_text_put(t, d + i, sizeof d - i);
}
