/* bench_gateway_latency.c - the open-loop latency driver of bench/gateway.sh:
 * sends POST requests on a fixed schedule to several targets at once,
 * interleaved request by request, and compares each target's latency with the
 * first one's (the reference, e.g. the upstream reached directly) so that a
 * burst of steal time or scheduling delay hits every path alike.
 *
 * The schedule is cut into blocks of one slot per target; within a block the
 * targets take the slots in an order drawn from a seeded generator (so no path
 * is always first after a quiet gap), slots RATE x TARGETS per second apart.
 * Each target has its own keep-alive connections. Latency is counted from the
 * slot's scheduled time, not from the actual send (no coordinated omission: a
 * stalled driver or a busy connection shows as latency), to the complete
 * answer (or its first byte with --ttfb); requests never answered count as
 * infinitely slow. The first --warmup seconds are sent but not counted.
 *
 * Reported per target: requests, errors, lost, p50/p90/p99/p99.9/max and how
 * late the driver itself sent (send lag). Per target against the reference:
 * the difference of p50s and p99s with a 95 % interval from a moving-block
 * bootstrap (resampling 200 ms stretches of blocks, so that the time
 * correlation of the noise is kept), the band within which the p99
 * difference moves when the two paths' latencies are swapped at random
 * block by block (what noise alone gives), the paired differences (each request
 * minus the reference's request of the same block: p50, p99) and the p99
 * difference per round (the run cut into --rounds equal parts); the same for
 * each --compare pair (e.g. the gateway against nginx as a proxy).
 * wrk2 is not in Debian; this is the small part of it the benchmark needs.
 *
 * usage: bench_gateway_latency --body FILE --target NAME:PORT:PATH[:AUTH_HEADER]...
 *            [--rate N] [--seconds S] [--warmup S] [--conns N] [--seed N]
 *            [--rounds N] [--bootstrap N] [--compare NAME:REF]... [--ttfb]
 * Prints one JSON document; exit 1 when a request failed or was lost, 2 on
 * bad usage, 3 when a connection fails. */
#include <arpa/inet.h>
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define MAX_TARGETS 8
#define MAX_CMP 16
#define MAX_CONNS 256
#define NS_PER_S 1000000000LL
/* Latency of a request that never got its answer: sorts after every real one. */
#define LOST_NS (INT64_MAX / 4)
#define NOT_SENT (-1)

struct conn {
    int fd;
    int target;
    bool busy, got_first;
    size_t block; /* the block whose request this connection carries */
    int64_t first_ns;
    size_t have;
    char buf[65536];
};

struct target {
    const char *name, *path, *auth;
    int port;
    char *req;
    size_t req_len;
    size_t next_block; /* the next block whose request is still to be sent */
    int idle;          /* connections without a request in flight */
    int64_t *lat;      /* per block: ns from the scheduled time, LOST_NS, NOT_SENT */
    int64_t *lag;      /* per block: how late the driver sent it, ns */
    size_t errors;
};

struct run {
    struct target t[MAX_TARGETS];
    int ntargets;
    int rate, conns, rounds, boot;
    double seconds, warmup;
    uint64_t seed;
    bool ttfb;
    size_t nblocks, first_counted; /* blocks before first_counted are warm-up */
    uint8_t *order;                /* order[b * ntargets + x]: x's slot within block b */
    int cmp[MAX_CMP][2];           /* the comparisons: target, reference */
    int ncmp;
    int64_t start, gap;            /* ns; gap = the time between two slots */
};

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * NS_PER_S + ts.tv_nsec;
}

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p) {
        fprintf(stderr, "bench_gateway_latency: out of memory\n");
        exit(3);
    }
    return p;
}

/* xorshift64*: small, seedable, good enough to shuffle slot orders. */
static uint64_t rnd(uint64_t *s)
{
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    return *s * 2685821657736338717ULL;
}

static int64_t sched_ns(const struct run *r, size_t block, int x)
{
    return r->start + ((int64_t)block * r->ntargets + r->order[block * (size_t)r->ntargets + (size_t)x]) * r->gap;
}

static int open_conn(int port)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int one = 1;
    if (fd < 0 || connect(fd, (struct sockaddr *)&a, sizeof a) != 0) {
        fprintf(stderr, "bench_gateway_latency: connect 127.0.0.1:%d: %s\n", port, strerror(errno));
        exit(3);
    }
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

/* Is the response in b[0..n) complete? By Content-Length, or by walking the
 * chunks of a chunked body to its last chunk (looking for "0\r\n\r\n" at
 * the end is not enough: a header such as the gateway's x-request-id can end
 * in 0, and the driver then took the headers of a stream for its end). */
static bool complete(const char *b, size_t n)
{
    const char *end = memmem(b, n, "\r\n\r\n", 4);
    if (!end)
        return false;
    size_t at = (size_t)(end - b) + 4;
    const char *cl = memmem(b, at, "Content-Length:", 15);
    if (!cl)
        cl = memmem(b, at, "content-length:", 15);
    if (cl)
        return n >= at + (size_t)strtoul(cl + 15, NULL, 10);
    for (;;) {
        const char *eol = memmem(b + at, n - at, "\r\n", 2);
        if (!eol)
            return false;
        size_t size = (size_t)strtoul(b + at, NULL, 16); /* stops at ';' or CR */
        at = (size_t)(eol - b) + 2;
        if (size == 0) /* the last chunk: then trailers, if any, and an empty line */
            return memmem(b + at - 2, n - (at - 2), "\r\n\r\n", 4) != NULL;
        if (n - at < size + 2)
            return false;
        at += size + 2;
    }
}

/* ---- sending and receiving ---------------------------------------------------- */

static void build_request(struct target *t, const char *body, size_t blen)
{
    size_t cap = blen + strlen(t->path) + (t->auth ? strlen(t->auth) : 0) + 256;
    t->req = xcalloc(cap, 1);
    int hl = snprintf(t->req, cap,
                      "POST %s HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\n"
                      "%s%s%sContent-Length: %zu\r\n\r\n",
                      t->path, t->auth ? "Authorization: " : "", t->auth ? t->auth : "",
                      t->auth ? "\r\n" : "", blen);
    memcpy(t->req + hl, body, blen);
    t->req_len = (size_t)hl + blen;
}

/* Sends every request that is due, in the order of their scheduled times
 * across the targets (after a stall of the driver the backlog goes out in
 * schedule order, so no target is always served first), each on an idle
 * connection of its target; a request whose target has none stays due and
 * its latency keeps counting. */
static void send_due(struct run *r, struct conn *c, int nconn, size_t *outstanding)
{
    int64_t now = now_ns();
    for (;;) {
        int x = -1;
        int64_t first = 0;
        for (int y = 0; y < r->ntargets; y++) {
            struct target *t = &r->t[y];
            if (t->idle == 0 || t->next_block >= r->nblocks)
                continue;
            int64_t s = sched_ns(r, t->next_block, y);
            if (s <= now && (x < 0 || s < first)) {
                x = y;
                first = s;
            }
        }
        if (x < 0)
            return;
        struct target *t = &r->t[x];
        struct conn *k = NULL;
        for (int i = 0; i < nconn && !k; i++)
            if (c[i].target == x && !c[i].busy)
                k = &c[i];
        size_t b = t->next_block++;
        k->busy = true;
        k->got_first = false;
        k->have = 0;
        k->block = b;
        t->idle--;
        t->lag[b] = now_ns() - first;
        if (write(k->fd, t->req, t->req_len) != (ssize_t)t->req_len) {
            t->errors++;
            t->lat[b] = LOST_NS;
            k->busy = false;
            t->idle++;
            (*outstanding)--;
        }
    }
}

static void drive(struct run *r)
{
    int nconn = r->ntargets * r->conns;
    struct conn *c = xcalloc((size_t)nconn, sizeof *c);
    struct pollfd *pf = xcalloc((size_t)nconn, sizeof *pf);
    for (int i = 0; i < nconn; i++) {
        c[i].target = i / r->conns;
        c[i].fd = open_conn(r->t[c[i].target].port);
        pf[i].fd = c[i].fd;
        pf[i].events = POLLIN;
        r->t[c[i].target].idle++;
    }
    /* The default 50 us timer slack would make every send up to 50 us late. */
    prctl(PR_SET_TIMERSLACK, 1000UL, 0, 0, 0);
    r->start = now_ns() + 10000000; /* 10 ms to get going */
    int64_t end = r->start + (int64_t)r->nblocks * r->ntargets * r->gap;
    int64_t deadline = end + 5 * NS_PER_S;
    size_t outstanding = r->nblocks * (size_t)r->ntargets;
    while (outstanding > 0) {
        int64_t now = now_ns();
        if (now >= deadline)
            break;
        send_due(r, c, nconn, &outstanding);
        int64_t next = deadline;
        for (int x = 0; x < r->ntargets; x++) {
            struct target *t = &r->t[x];
            /* a target without an idle connection waits for an answer instead */
            if (t->idle > 0 && t->next_block < r->nblocks && sched_ns(r, t->next_block, x) < next)
                next = sched_ns(r, t->next_block, x);
        }
        int64_t wait = next - now_ns();
        struct timespec ts = {.tv_sec = wait > 0 ? wait / NS_PER_S : 0,
                              .tv_nsec = wait > 0 ? wait % NS_PER_S : 0};
        if (ppoll(pf, (nfds_t)nconn, &ts, NULL) <= 0)
            continue;
        /* One time stamp for everything this wake-up found ready, so that the
         * order in which the connections are read biases no target. */
        int64_t ready = now_ns();
        for (int i = 0; i < nconn; i++) {
            if (!(pf[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            struct conn *k = &c[i];
            struct target *t = &r->t[k->target];
            ssize_t n = read(k->fd, k->buf + k->have, sizeof k->buf - 1 - k->have);
            if (n > 0 && !k->busy) {
                fprintf(stderr, "bench_gateway_latency: %s: bytes after the end of an answer\n", t->name);
                exit(3);
            }
            if (n <= 0) {
                /* A server may close a keep-alive connection that sat idle
                 * (the gateway after idle_timeout_s): open a new one. One
                 * that closes with a request in flight loses that request. */
                if (k->busy) {
                    fprintf(stderr, "bench_gateway_latency: %s: connection closed with a request in flight: %s\n",
                            t->name, n < 0 ? strerror(errno) : "EOF");
                    t->errors++;
                    t->lat[k->block] = LOST_NS;
                    k->busy = false;
                    t->idle++;
                    outstanding--;
                }
                close(k->fd);
                k->fd = pf[i].fd = open_conn(t->port);
                continue;
            }
            if (!k->got_first) {
                k->got_first = true;
                k->first_ns = ready;
            }
            k->have += (size_t)n;
            if (complete(k->buf, k->have)) {
                if (strncmp(k->buf, "HTTP/1.1 200", 12) != 0)
                    t->errors++;
                t->lat[k->block] = (r->ttfb ? k->first_ns : ready) - sched_ns(r, k->block, k->target);
                k->busy = false;
                t->idle++;
                outstanding--;
            } else if (k->have == sizeof k->buf - 1) {
                fprintf(stderr, "bench_gateway_latency: %s: answer over %zu bytes\n", t->name,
                        sizeof k->buf - 1);
                exit(3);
            }
        }
    }
    for (int x = 0; x < r->ntargets; x++)
        for (size_t b = 0; b < r->nblocks; b++)
            if (r->t[x].lat[b] == NOT_SENT)
                r->t[x].lat[b] = LOST_NS;
    for (int i = 0; i < nconn; i++)
        close(c[i].fd);
    free(c);
    free(pf);
}

/* ---- statistics ----------------------------------------------------------------- */

/* The nearest-rank quantile q of v[0..n) (element floor(q n), as the driver
 * always reported); v is reordered. Quickselect: the bootstrap calls this
 * thousands of times. */
static int64_t quantile(int64_t *v, size_t n, double q)
{
    if (n == 0)
        return 0;
    size_t k = (size_t)(q * (double)n);
    if (k >= n)
        k = n - 1;
    size_t lo = 0, hi = n - 1;
    while (lo < hi) {
        int64_t p = v[lo + (hi - lo) / 2];
        size_t i = lo, j = hi;
        while (i <= j) {
            while (v[i] < p)
                i++;
            while (v[j] > p)
                j--;
            if (i <= j) {
                int64_t s = v[i];
                v[i] = v[j];
                v[j] = s;
                i++;
                if (j == 0)
                    break;
                j--;
            }
        }
        if (k <= j)
            hi = j;
        else if (k >= i)
            lo = i;
        else
            break;
    }
    return v[k];
}

/* ns to us; a lost request is +infinity (and a paired difference with a lost
 * reference -infinity). */
static double us(int64_t ns)
{
    if (ns >= LOST_NS / 2)
        return INFINITY;
    if (ns <= -LOST_NS / 2)
        return -INFINITY;
    return (double)ns / 1e3;
}

/* JSON has no infinity: a figure that falls on a lost request prints as null. */
static void put_num(double v)
{
    if (isfinite(v))
        printf("%.0f", v);
    else
        printf("null");
}

static void put_key(const char *key, double v)
{
    printf("\"%s\":", key);
    put_num(v);
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    if (isnan(x) || isnan(y))
        return isnan(x) - isnan(y);
    return x < y ? -1 : x > y;
}

/* "key":[2.5 %, 97.5 %] of the bootstrap values d[0..n) (sorted here). */
static void put_interval(const char *key, double *d, size_t n)
{
    qsort(d, n, sizeof *d, cmp_double);
    size_t hi = (size_t)(0.975 * (double)n);
    printf("\"%s\":[", key);
    put_num(n ? d[(size_t)(0.025 * (double)n)] : NAN);
    printf(",");
    put_num(n ? d[hi < n ? hi : n - 1] : NAN);
    printf("]");
}

/* Target x's latencies (paired: minus those of target ref in the same
 * blocks) of the blocks pick[0..n) into v. */
static void gather(const struct run *r, int x, int ref, const size_t *pick, size_t n, int64_t *v)
{
    for (size_t m = 0; m < n; m++) {
        int64_t a = r->t[x].lat[pick[m]];
        if (ref >= 0) {
            int64_t z = r->t[ref].lat[pick[m]];
            a = a == LOST_NS ? LOST_NS : z == LOST_NS ? -LOST_NS : a - z;
        }
        v[m] = a;
    }
}

/* Quantile q, in us, of target x (ref < 0) or of its paired differences
 * from target ref, over the blocks pick[0..n); v is scratch space. */
static double q_us(const struct run *r, int x, int ref, const size_t *pick, size_t n, int64_t *v,
                   double q)
{
    gather(r, x, ref, pick, n, v);
    return us(quantile(v, n, q));
}

/* One comparison's resamples: the bootstrap's difference of p50s, of p99s
 * and paired p99; the label swap's difference of p99s. */
struct boot {
    double *p50, *p99, *pp99, *swap99;
};

/* Moving-block bootstrap over the counted blocks: each resample strings
 * together stretches of 200 ms of consecutive blocks, picked at random, until
 * it has as many blocks as the run; every comparison uses the same stretches
 * (pairs stay pairs, and noise that lasts a few ms stays together). */
static void bootstrap(const struct run *r, struct boot *out)
{
    size_t from = r->first_counted, n = r->nblocks - from;
    size_t len = r->rate / 5 > 0 ? (size_t)r->rate / 5 : 1;
    if (len > n)
        len = n;
    int64_t *v = xcalloc(n, sizeof *v);
    size_t *pick = xcalloc(n, sizeof *pick);
    double p50[MAX_TARGETS], p99[MAX_TARGETS];
    uint64_t s = r->seed * 0x9E3779B97F4A7C15ULL + 1;
    for (int i = 0; i < r->boot; i++) {
        for (size_t m = 0; m < n;) {
            size_t at = from + (size_t)(rnd(&s) % (n - len + 1));
            for (size_t j = 0; j < len && m < n; j++)
                pick[m++] = at + j;
        }
        for (int x = 0; x < r->ntargets; x++) {
            p50[x] = q_us(r, x, -1, pick, n, v, 0.50);
            p99[x] = q_us(r, x, -1, pick, n, v, 0.99);
        }
        for (int c = 0; c < r->ncmp; c++) {
            int x = r->cmp[c][0], ref = r->cmp[c][1];
            out[c].p50[i] = p50[x] - p50[ref];
            out[c].p99[i] = p99[x] - p99[ref];
            out[c].pp99[i] = q_us(r, x, ref, pick, n, v, 0.99);
        }
    }
    free(v);
    free(pick);
}

/* The label-swap band: what the difference of p99s looks like when the two
 * paths are the same. Each resample swaps the two latencies of every block
 * with probability 1/2 (a randomization test: under "no difference" either
 * order was as likely). It shows how far this run's noise alone moves the
 * difference, including the luck of which path a stall's worst slots fell
 * to, which the bootstrap keeps fixed. */
static void swap_band(const struct run *r, struct boot *out)
{
    size_t from = r->first_counted, n = r->nblocks - from;
    int64_t *a = xcalloc(n, sizeof *a), *b = xcalloc(n, sizeof *b);
    uint64_t s = r->seed * 0xD1B54A32D192ED03ULL + 7;
    for (int c = 0; c < r->ncmp; c++) {
        const int64_t *lx = r->t[r->cmp[c][0]].lat, *lr = r->t[r->cmp[c][1]].lat;
        for (int i = 0; i < r->boot; i++) {
            uint64_t bits = 0;
            for (size_t m = 0; m < n; m++) {
                if (m % 64 == 0)
                    bits = rnd(&s);
                bool swap = (bits >> (m % 64)) & 1;
                a[m] = swap ? lr[from + m] : lx[from + m];
                b[m] = swap ? lx[from + m] : lr[from + m];
            }
            out[c].swap99[i] = us(quantile(a, n, 0.99)) - us(quantile(b, n, 0.99));
        }
    }
    free(a);
    free(b);
}

/* ---- report --------------------------------------------------------------------- */

/* The p99 of target x minus that of ref (ref < 0: of x alone) in each round. */
static void put_rounds(const struct run *r, const char *key, int x, int ref, const size_t *all, size_t n,
                       int64_t *v)
{
    printf("\"%s\":[", key);
    for (int k = 0; k < r->rounds; k++) {
        size_t a = n * (size_t)k / (size_t)r->rounds, e = n * (size_t)(k + 1) / (size_t)r->rounds;
        double d = q_us(r, x, -1, all + a, e - a, v, 0.99);
        if (ref >= 0)
            d -= q_us(r, ref, -1, all + a, e - a, v, 0.99);
        printf("%s", k ? "," : "");
        put_num(d);
    }
    printf("]");
}

static void report(const struct run *r)
{
    size_t from = r->first_counted, n = r->nblocks - from;
    size_t *all = xcalloc(n, sizeof *all);
    for (size_t m = 0; m < n; m++)
        all[m] = from + m;
    int64_t *v = xcalloc(n, sizeof *v);
    struct boot bt[MAX_CMP];
    for (int c = 0; c < r->ncmp; c++) {
        bt[c].p50 = xcalloc((size_t)r->boot, sizeof(double));
        bt[c].p99 = xcalloc((size_t)r->boot, sizeof(double));
        bt[c].pp99 = xcalloc((size_t)r->boot, sizeof(double));
        bt[c].swap99 = xcalloc((size_t)r->boot, sizeof(double));
    }
    if (r->boot > 0 && n > 0) {
        bootstrap(r, bt);
        swap_band(r, bt);
    }

    printf("{\"rate_per_target\":%d,\"seconds\":%g,\"warmup_s\":%g,\"counted_blocks\":%zu,"
           "\"rounds\":%d,\"seed\":%llu,\"bootstrap\":%d,\"ttfb\":%s,\n \"per_target\":{",
           r->rate, r->seconds, r->warmup, n, r->rounds, (unsigned long long)r->seed, r->boot,
           r->ttfb ? "true" : "false");
    static const struct {
        const char *key;
        double q;
    } qs[] = {{"p50_us", 0.50}, {"p90_us", 0.90}, {"p99_us", 0.99}, {"p999_us", 0.999}, {"max_us", 1.0}};
    for (int x = 0; x < r->ntargets; x++) {
        const struct target *t = &r->t[x];
        size_t lost = 0;
        for (size_t b = from; b < r->nblocks; b++)
            lost += t->lat[b] == LOST_NS;
        printf("%s\n  \"%s\":{\"requests\":%zu,\"errors\":%zu,\"lost\":%zu,", x ? "," : "", t->name,
               n - lost, t->errors, lost);
        for (size_t i = 0; i < sizeof qs / sizeof *qs; i++) {
            put_key(qs[i].key, q_us(r, x, -1, all, n, v, qs[i].q));
            printf(",");
        }
        for (size_t m = 0; m < n; m++)
            v[m] = t->lag[all[m]];
        put_key("send_lag_p99_us", us(quantile(v, n, 0.99)));
        printf(",");
        put_rounds(r, "rounds_p99_us", x, -1, all, n, v);
        printf("}");
    }
    printf("},\n \"compare\":[");
    for (int c = 0; c < r->ncmp; c++) {
        int x = r->cmp[c][0], ref = r->cmp[c][1];
        printf("%s\n  {\"path\":\"%s\",\"ref\":\"%s\",", c ? "," : "", r->t[x].name, r->t[ref].name);
        put_key("p50_diff_us", q_us(r, x, -1, all, n, v, 0.50) - q_us(r, ref, -1, all, n, v, 0.50));
        printf(",");
        put_interval("p50_diff_ci95_us", bt[c].p50, (size_t)r->boot);
        printf(",");
        put_key("p99_diff_us", q_us(r, x, -1, all, n, v, 0.99) - q_us(r, ref, -1, all, n, v, 0.99));
        printf(",");
        put_interval("p99_diff_ci95_us", bt[c].p99, (size_t)r->boot);
        printf(",");
        put_interval("p99_diff_swap95_us", bt[c].swap99, (size_t)r->boot);
        printf(",");
        put_key("paired_p50_us", q_us(r, x, ref, all, n, v, 0.50));
        printf(",");
        put_key("paired_p99_us", q_us(r, x, ref, all, n, v, 0.99));
        printf(",");
        put_interval("paired_p99_ci95_us", bt[c].pp99, (size_t)r->boot);
        printf(",");
        put_rounds(r, "rounds_p99_diff_us", x, ref, all, n, v);
        printf("}");
        free(bt[c].p50);
        free(bt[c].p99);
        free(bt[c].pp99);
        free(bt[c].swap99);
    }
    printf("]}\n");
    free(v);
    free(all);
}

/* ---- command line --------------------------------------------------------------- */

static void usage(void)
{
    fprintf(stderr,
            "usage: bench_gateway_latency --body FILE --target NAME:PORT:PATH[:AUTH_HEADER]...\n"
            "           [--rate N] [--seconds S] [--warmup S] [--conns N] [--seed N]\n"
            "           [--rounds N] [--bootstrap N] [--compare NAME:REF]... [--ttfb]\n"
            "  --rate is per target (default 1000/s); the targets' requests are interleaved\n"
            "  in random order within each block. Every target is compared with the first;\n"
            "  --compare adds a comparison of NAME against REF.\n");
    exit(2);
}

/* NAME:PORT:PATH[:AUTH] (AUTH may itself hold colons). */
static void parse_target(struct target *t, char *spec)
{
    char *port = strchr(spec, ':'), *path = port ? strchr(port + 1, ':') : NULL;
    if (!port || !path || port == spec || path[1] != '/')
        usage();
    *port++ = '\0';
    *path++ = '\0';
    char *auth = strchr(path, ':');
    if (auth)
        *auth++ = '\0';
    t->name = spec;
    t->port = atoi(port);
    t->path = path;
    t->auth = auth && *auth ? auth : NULL;
    if (t->port <= 0 || t->port > 65535)
        usage();
}

/* The index of the target named by s up to the first `end` character, or -1. */
static int find_target(const struct run *r, const char *s, char end)
{
    size_t len = strchr(s, end) ? (size_t)(strchr(s, end) - s) : strlen(s);
    for (int x = 0; x < r->ntargets; x++)
        if (strlen(r->t[x].name) == len && memcmp(r->t[x].name, s, len) == 0)
            return x;
    return -1;
}

int main(int argc, char **argv)
{
    static struct run r = {.rate = 1000, .seconds = 10, .warmup = 1, .conns = 16, .rounds = 5,
                           .boot = 1000, .seed = 1};
    const char *body_file = NULL;
    static const struct option opts[] = {
        {"body", required_argument, NULL, 'b'},    {"target", required_argument, NULL, 't'},
        {"rate", required_argument, NULL, 'r'},    {"seconds", required_argument, NULL, 's'},
        {"warmup", required_argument, NULL, 'w'},  {"conns", required_argument, NULL, 'c'},
        {"seed", required_argument, NULL, 'S'},    {"rounds", required_argument, NULL, 'R'},
        {"bootstrap", required_argument, NULL, 'B'}, {"ttfb", no_argument, NULL, 'f'},
        {"compare", required_argument, NULL, 'C'},   {NULL, 0, NULL, 0}};
    const char *extra[MAX_CMP];
    int nextra = 0;
    for (int o; (o = getopt_long(argc, argv, "", opts, NULL)) != -1;) {
        switch (o) {
        case 'b': body_file = optarg; break;
        case 't':
            if (r.ntargets == MAX_TARGETS)
                usage();
            parse_target(&r.t[r.ntargets++], optarg);
            break;
        case 'r': r.rate = atoi(optarg); break;
        case 's': r.seconds = atof(optarg); break;
        case 'w': r.warmup = atof(optarg); break;
        case 'c': r.conns = atoi(optarg); break;
        case 'S': r.seed = strtoull(optarg, NULL, 10); break;
        case 'R': r.rounds = atoi(optarg); break;
        case 'B': r.boot = atoi(optarg); break;
        case 'f': r.ttfb = true; break;
        case 'C':
            if (nextra == MAX_CMP)
                usage();
            extra[nextra++] = optarg;
            break;
        default: usage();
        }
    }
    if (optind != argc || !body_file || r.ntargets == 0 || r.rate <= 0 || r.seconds <= 0 ||
        r.warmup < 0 || r.conns <= 0 || r.ntargets * r.conns > MAX_CONNS || r.rounds <= 0 ||
        r.boot < 0 || r.seed == 0 || r.ntargets - 1 + nextra > MAX_CMP)
        usage();
    for (int x = 1; x < r.ntargets; x++) {
        r.cmp[r.ncmp][0] = x;
        r.cmp[r.ncmp++][1] = 0;
    }
    for (int e = 0; e < nextra; e++) {
        int x = find_target(&r, extra[e], ':'), ref = -1;
        const char *colon = strchr(extra[e], ':');
        if (colon)
            ref = find_target(&r, colon + 1, '\0');
        if (x < 0 || ref < 0 || x == ref)
            usage();
        r.cmp[r.ncmp][0] = x;
        r.cmp[r.ncmp++][1] = ref;
    }
    FILE *f = fopen(body_file, "rb");
    if (!f) {
        fprintf(stderr, "bench_gateway_latency: %s: %s\n", body_file, strerror(errno));
        return 2;
    }
    static char body[65536];
    size_t blen = fread(body, 1, sizeof body, f);
    fclose(f);

    r.first_counted = (size_t)(r.warmup * r.rate);
    r.nblocks = r.first_counted + (size_t)(r.seconds * r.rate);
    if ((size_t)r.rounds > r.nblocks - r.first_counted)
        usage();
    r.gap = NS_PER_S / ((int64_t)r.rate * r.ntargets);
    r.order = xcalloc(r.nblocks * (size_t)r.ntargets, 1);
    uint64_t s = r.seed;
    for (size_t b = 0; b < r.nblocks; b++) {
        uint8_t *o = &r.order[b * (size_t)r.ntargets];
        for (int x = 0; x < r.ntargets; x++)
            o[x] = (uint8_t)x;
        for (int x = r.ntargets - 1; x > 0; x--) {
            int j = (int)(rnd(&s) % (uint64_t)(x + 1));
            uint8_t tmp = o[x];
            o[x] = o[j];
            o[j] = tmp;
        }
    }
    for (int x = 0; x < r.ntargets; x++) {
        struct target *t = &r.t[x];
        build_request(t, body, blen);
        t->lat = xcalloc(r.nblocks, sizeof *t->lat);
        t->lag = xcalloc(r.nblocks, sizeof *t->lag);
        for (size_t b = 0; b < r.nblocks; b++)
            t->lat[b] = NOT_SENT;
    }

    drive(&r);
    report(&r);

    int rc = 0;
    for (int x = 0; x < r.ntargets; x++) {
        for (size_t b = 0; b < r.nblocks; b++)
            rc |= r.t[x].lat[b] == LOST_NS;
        rc |= r.t[x].errors > 0;
        free(r.t[x].req);
        free(r.t[x].lat);
        free(r.t[x].lag);
    }
    free(r.order);
    return rc;
}
