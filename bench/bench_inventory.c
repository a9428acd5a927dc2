/* bench_inventory.c - metadata of an 8 GiB (sparse) safetensors and GGUF file
 * against a 1 KiB one: time per read and bytes fetched. The readers only
 * touch the header region, so the ratio should be ~1. Usage: bench_inventory DIR */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "saiguard/formats.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int write_sparse(const char *path, const void *head, size_t n, unsigned long long total)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0 || write(fd, head, n) != (ssize_t)n || ftruncate(fd, (off_t)total) != 0)
        return -1;
    return close(fd);
}

static int st_file(const char *path, unsigned long long data)
{
    char hdr[256], buf[300];
    int n = snprintf(hdr, sizeof hdr,
                     "{\"w\":{\"dtype\":\"U8\",\"shape\":[%llu],\"data_offsets\":[0,%llu]}}", data, data);
    for (int i = 0; i < 8; i++)
        buf[i] = (char)((unsigned long long)n >> (8 * i));
    memcpy(buf + 8, hdr, (size_t)n);
    return write_sparse(path, buf, 8 + (size_t)n, 8 + (unsigned long long)n + data);
}

static void put64(unsigned char **p, unsigned long long v)
{
    for (int i = 0; i < 8; i++)
        *(*p)++ = (unsigned char)(v >> (8 * i));
}

static int gguf_file(const char *path, unsigned long long elems)
{
    unsigned char b[256], *p = b;
    memcpy(p, "GGUF\3\0\0\0", 8);
    p += 8;
    put64(&p, 1);
    put64(&p, 1);
    put64(&p, 20);
    memcpy(p, "general.architecture", 20);
    p += 20;
    memcpy(p, "\x08\0\0\0", 4);
    p += 4;
    put64(&p, 5);
    memcpy(p, "llama", 5);
    p += 5;
    put64(&p, 1);
    *p++ = 'w';
    memcpy(p, "\1\0\0\0", 4);
    p += 4;
    put64(&p, elems);
    memcpy(p, "\x18\0\0\0", 4); /* I8 */
    p += 4;
    put64(&p, 0);
    size_t n = (size_t)(p - b);
    size_t aligned = (n + 31) / 32 * 32;
    memset(p, 0, aligned - n);
    return write_sparse(path, b, aligned, aligned + elems);
}

/* Mean seconds per metadata read over n reads of path. */
static double bench(const char *path, int gguf, int n, unsigned long long *fetched)
{
    double t0 = now();
    for (int i = 0; i < n; i++) {
        sg_fmt_src src;
        struct sg_error err;
        if (sg_fmt_src_open(&src, path, &err) != SG_OK) {
            fprintf(stderr, "%s: %s\n", path, err.reason);
            exit(1);
        }
        if (gguf) {
            struct sg_gguf g;
            if (sg_gguf_read(&src, &g, &err) != SG_OK || !g.header_ok) {
                fprintf(stderr, "%s: unreadable GGUF (%s)\n", path,
                        g.problems.count ? g.problems.items[0].message : err.reason);
                exit(1);
            }
            sg_gguf_release(&g);
        } else {
            struct sg_safetensors st;
            if (sg_safetensors_read(&src, &st, &err) != SG_OK || !st.header_ok) {
                fprintf(stderr, "%s: unreadable safetensors (%s)\n", path,
                        st.problems.count ? st.problems.items[0].message : err.reason);
                exit(1);
            }
            sg_safetensors_release(&st);
        }
        *fetched = src.fetched;
        sg_fmt_src_close(&src);
    }
    return (now() - t0) / n;
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "/tmp";
    char small[4096], big[4096];
    unsigned long long big_bytes = 8ULL << 30, fs = 0, fb = 0;
    for (int gguf = 0; gguf < 2; gguf++) {
        snprintf(small, sizeof small, "%s/small.%s", dir, gguf ? "gguf" : "safetensors");
        snprintf(big, sizeof big, "%s/big.%s", dir, gguf ? "gguf" : "safetensors");
        if ((gguf ? gguf_file(small, 1024) : st_file(small, 1024)) != 0 ||
            (gguf ? gguf_file(big, big_bytes) : st_file(big, big_bytes)) != 0) {
            perror("writing test files");
            return 1;
        }
        /* Rounds alternate the two files and the best round counts: on a
         * shared machine the minimum is the figure least bent by others. */
        double ts = 1e9, tb = 1e9;
        for (int round = 0; round < 20; round++) {
            double a = bench(small, gguf, 100, &fs), b = bench(big, gguf, 100, &fb);
            ts = a < ts ? a : ts;
            tb = b < tb ? b : tb;
        }
        printf("%-11s metadata: 1 KiB file %.1f us (%llu bytes read), 8 GiB file %.1f us (%llu bytes read): ratio %.2f\n",
               gguf ? "gguf" : "safetensors", ts * 1e6, fs, tb * 1e6, fb, tb / ts);
        unlink(small);
        unlink(big);
    }
    return 0;
}
