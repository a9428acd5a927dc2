/* bench_guard.c - guardrail speed on one core: injection verdict latency for
 * a 2 KiB prompt (p50/p99 over many runs) against a baseline measured in the
 * same run (memchr over the same bytes, the cheapest possible pass), and
 * output-scanning throughput over 64 MiB of answer-like text against
 * memchr's throughput. Usage: bench_guard [iterations] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "saiguard/guard.h"

static double now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static const char *const prose[] = {
    "Thanks for reaching out about your order. ",
    "I checked the tracking number and the parcel left the warehouse on Tuesday. ",
    "Could you summarise the attached report in three bullet points for the board? ",
    "The quarterly figures show revenue up four percent, with costs flat. ",
    "Please write a short, friendly reply and mention the new opening hours. ",
    "Our team meets every Monday at 10:00 to review open tickets and plan the week. ",
    "If the problem persists, restart the router and wait two minutes before testing again. ",
};

/* A prompt of words never seen before (random letters): every run touches
 * new weight buckets, as real traffic does, so the weight table's cache
 * footprint shows; the fixed prose above stays cached after a few runs. */
static void fill_fresh(char *buf, size_t n, unsigned *seed)
{
    size_t k = 0, w = 0;
    while (k < n) {
        *seed = *seed * 1103515245u + 12345u;
        unsigned r = *seed >> 16;
        if (w >= 3 + r % 7) {
            buf[k++] = (r & 0x300) ? ' ' : '.';
            w = 0;
        } else {
            buf[k++] = (char)('a' + r % 26);
            w++;
        }
    }
}

static void fill(char *buf, size_t n, unsigned seed)
{
    size_t k = 0;
    while (k < n) {
        seed = seed * 1103515245u + 12345u;
        const char *s = prose[(seed >> 16) % (sizeof prose / sizeof prose[0])];
        size_t m = strlen(s);
        if (m > n - k)
            m = n - k;
        memcpy(buf + k, s, m);
        k += m;
    }
}

int main(int argc, char **argv)
{
    int iters = argc > 1 ? atoi(argv[1]) : 20000;
    sg_guard *g = NULL;
    struct sg_error err;
    if (sg_guard_new(NULL, &g, &err) != SG_OK) {
        fprintf(stderr, "bench_guard: %s\n", err.reason);
        return 1;
    }
    char prompt[2048];
    fill(prompt, sizeof prompt, 1);
    double *lat = malloc((size_t)iters * sizeof *lat), *base = malloc((size_t)iters * sizeof *base);
    volatile size_t sink = 0;
    for (int i = 0; i < iters; i++) {
        double t0 = now_ns(), score = 0;
        if (sg_guard_injection_score(g, prompt, sizeof prompt, &score, NULL, &err) != SG_OK)
            return 1;
        lat[i] = (now_ns() - t0) / 1e3;
        t0 = now_ns();
        sink += (size_t)(memchr(prompt, 0, sizeof prompt) != NULL);
        base[i] = (now_ns() - t0) / 1e3;
    }
    qsort(lat, (size_t)iters, sizeof *lat, cmp);
    qsort(base, (size_t)iters, sizeof *base, cmp);
    setvbuf(stdout, NULL, _IOLBF, 0);
    printf("injection verdict, 2 KiB prompt, %d runs: p50 %.1f us  p99 %.1f us  "
           "(baseline memchr p50 %.3f us)\n",
           iters, lat[iters / 2], lat[(size_t)(iters * 0.99)], base[iters / 2]);
    unsigned seed = 7;
    for (int i = 0; i < iters; i++) {
        fill_fresh(prompt, sizeof prompt, &seed);
        double t0 = now_ns(), score = 0;
        if (sg_guard_injection_score(g, prompt, sizeof prompt, &score, NULL, &err) != SG_OK)
            return 1;
        lat[i] = (now_ns() - t0) / 1e3;
    }
    qsort(lat, (size_t)iters, sizeof *lat, cmp);
    printf("injection verdict, 2 KiB prompt of new words each run, %d runs: p50 %.1f us  "
           "p99 %.1f us\n",
           iters, lat[iters / 2], lat[(size_t)(iters * 0.99)]);

    size_t n = (size_t)(getenv("GUARD_MIB") ? atoi(getenv("GUARD_MIB")) : 64) << 20;
    char *out = malloc(n);
    fill(out, n, 2);
    struct sg_guard_entity ents[SG_GUARD_MAX_ENTITIES];
    size_t k = 0;
    bool trunc = false;
    double best = 1e30, best_base = 1e30;
    for (int r = 0; r < 3; r++) {
        double t0 = now_ns();
        if (sg_guard_entities(g, out, n, "sgc-abcdefghijklmnopqrst", ents, SG_GUARD_MAX_ENTITIES, &k,
                              &trunc, &err) != SG_OK)
            return 1;
        double t = now_ns() - t0;
        best = t < best ? t : best;
        t0 = now_ns();
        sink += (size_t)(memchr(out, 1, n) != NULL);
        t = now_ns() - t0;
        best_base = t < best_base ? t : best_base;
    }
    printf("output scanning (secrets+PII+canary), %zu MiB: %.2f GB/s  "
           "(baseline memchr %.2f GB/s, ratio %.2f)\n",
           n >> 20, (double)n / best, (double)n / best_base, best_base / best);
    free(out);
    free(lat);
    free(base);
    sg_guard_free(g);
    return (int)(sink & 0);
}
