/* bench_gateway_latency.c - a rate-limited (open-loop) HTTP load driver for
 * the gateway benchmark: sends POST requests at a fixed rate over keep-alive
 * connections and reports latency percentiles measured from each request's
 * scheduled send time (so a stall is not hidden by the driver waiting: no
 * coordinated omission). wrk2 is not in Debian; this is the small part of it
 * the benchmark needs.
 *
 * usage: bench_gateway_latency PORT RATE SECONDS PATH BODY_FILE [AUTH_HEADER]
 *        [--ttfb]  (with --ttfb, latency is time to the first response byte) */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define CONNS 64

struct conn {
    int fd;
    bool busy, got_first;
    int64_t sched_ns, first_ns;
    char buf[65536];
    size_t have;
};

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int open_conn(int port)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int one = 1;
    if (fd < 0 || connect(fd, (struct sockaddr *)&a, sizeof a) != 0) {
        perror("connect");
        exit(3);
    }
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

/* Complete response in buf? Content-Length or chunked ("0\r\n\r\n"). */
static bool complete(const char *b, size_t n)
{
    const char *end = memmem(b, n, "\r\n\r\n", 4);
    if (!end)
        return false;
    size_t head = (size_t)(end - b) + 4;
    const char *cl = memmem(b, head, "Content-Length:", 15);
    if (!cl)
        cl = memmem(b, head, "content-length:", 15);
    if (cl)
        return n >= head + (size_t)strtoul(cl + 15, NULL, 10);
    return n >= 5 && memcmp(b + n - 5, "0\r\n\r\n", 5) == 0;
}

static int cmp(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    if (argc < 6) {
        fprintf(stderr, "usage: %s PORT RATE SECONDS PATH BODY_FILE [AUTH_HEADER] [--ttfb]\n",
                argv[0]);
        return 2;
    }
    int port = atoi(argv[1]), rate = atoi(argv[2]), secs = atoi(argv[3]);
    const char *path = argv[4], *auth = argc > 6 && strcmp(argv[6], "--ttfb") ? argv[6] : NULL;
    bool ttfb = strcmp(argv[argc - 1], "--ttfb") == 0;
    FILE *f = fopen(argv[5], "rb");
    static char body[65536];
    size_t blen = f ? fread(body, 1, sizeof body, f) : 0;
    if (f)
        fclose(f);
    static char req[70000];
    int rl = snprintf(req, sizeof req,
                      "POST %s HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\n"
                      "%s%s%sContent-Length: %zu\r\n\r\n",
                      path, auth ? "Authorization: " : "", auth ? auth : "", auth ? "\r\n" : "",
                      blen);
    memcpy(req + rl, body, blen);
    rl += (int)blen;

    static struct conn c[CONNS];
    struct pollfd pf[CONNS];
    for (int i = 0; i < CONNS; i++) {
        c[i].fd = open_conn(port);
        pf[i].fd = c[i].fd;
        pf[i].events = POLLIN;
    }
    size_t total = (size_t)rate * (size_t)secs, sent = 0, done = 0, errors = 0;
    int64_t *lat = calloc(total, sizeof *lat);
    int64_t start = now_ns(), interval = 1000000000 / rate;
    int64_t deadline = start + (int64_t)secs * 1000000000 + 5000000000LL;
    while (done < total && now_ns() < deadline) {
        int64_t t = now_ns();
        /* Send every request that is due, on idle connections. */
        while (sent < total && start + (int64_t)sent * interval <= t) {
            int k = -1;
            for (int i = 0; i < CONNS; i++)
                if (!c[i].busy) {
                    k = i;
                    break;
                }
            if (k < 0)
                break; /* all busy: it stays due; its latency keeps counting */
            c[k].busy = true;
            c[k].got_first = false;
            c[k].have = 0;
            c[k].sched_ns = start + (int64_t)sent * interval;
            if (write(c[k].fd, req, (size_t)rl) != rl) {
                errors++;
                c[k].busy = false;
            }
            sent++;
        }
        int64_t next = start + (int64_t)sent * interval - now_ns();
        int wait_ms = next > 1000000 ? (int)(next / 1000000) : 0;
        if (poll(pf, CONNS, wait_ms) <= 0)
            continue;
        for (int i = 0; i < CONNS; i++) {
            if (!(pf[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            ssize_t n = read(c[i].fd, c[i].buf + c[i].have, sizeof c[i].buf - c[i].have);
            if (n <= 0) {
                fprintf(stderr, "connection closed: %s\n", n < 0 ? strerror(errno) : "EOF");
                return 3;
            }
            if (!c[i].got_first) {
                c[i].got_first = true;
                c[i].first_ns = now_ns();
            }
            c[i].have += (size_t)n;
            if (complete(c[i].buf, c[i].have)) {
                if (strncmp(c[i].buf, "HTTP/1.1 200", 12) != 0)
                    errors++;
                lat[done] = (ttfb ? c[i].first_ns : now_ns()) - c[i].sched_ns;
                done++;
                c[i].busy = false;
            }
        }
    }
    qsort(lat, done, sizeof *lat, cmp);
    double el = (double)(now_ns() - start) / 1e9;
    printf("{\"requests\":%zu,\"errors\":%zu,\"seconds\":%.2f,\"rate\":%.0f,"
           "\"p50_us\":%.0f,\"p90_us\":%.0f,\"p99_us\":%.0f,\"p999_us\":%.0f,\"max_us\":%.0f}\n",
           done, errors, el, (double)done / el, done ? lat[done / 2] / 1e3 : 0,
           done ? lat[done * 9 / 10] / 1e3 : 0, done ? lat[done * 99 / 100] / 1e3 : 0,
           done ? lat[done * 999 / 1000] / 1e3 : 0, done ? lat[done - 1] / 1e3 : 0);
    free(lat);
    return errors || done < total ? 1 : 0;
}
