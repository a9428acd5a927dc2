/* source.c - random-access byte sources for the format readers (memory, or a
 * file read through a 1 MiB pread window with a byte budget), and the problem
 * list every reader fills instead of stopping at the first inconsistency. */
#include "saiguard/formats.h"
#include "saiguard/walk.h"
#include "formats/internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { WINDOW = 1 << 20 };

void sg_fmt_src_mem(sg_fmt_src *src, const void *data, size_t len, const char *name)
{
    memset(src, 0, sizeof *src);
    src->fd = -1;
    src->mem = data ? data : (const uint8_t *)"";
    src->size = len;
    src->name = name ? name : "input";
}

sg_err sg_fmt_src_open(sg_fmt_src *src, const char *path, struct sg_error *err)
{
    memset(src, 0, sizeof *src);
    src->fd = -1;
    src->name = path;
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return sg_error_errno(err, sg_err_from_errno(errno), path, errno, "cannot open");
    struct stat st;
    if (fstat(fd, &st) != 0) {
        int e = errno;
        close(fd);
        return sg_error_errno(err, SG_ERR_IO, path, e, "cannot stat");
    }
    if (!S_ISREG(st.st_mode)) {
        close(fd);
        return sg_error_set(err, SG_ERR_INVALID_ARG, path, "not a regular file");
    }
    src->fd = fd;
    src->size = (uint64_t)st.st_size;
    return SG_OK;
}

void sg_fmt_src_close(sg_fmt_src *src)
{
    if (!src)
        return;
    if (!src->mem && src->fd >= 0)
        close(src->fd);
    free(src->win);
    src->win = NULL;
    src->fd = -1;
}

/* Fills the window with the bytes at off (aligned down to 4 KiB so that
 * forward scans reuse it). */
static sg_err fill(sg_fmt_src *src, uint64_t off, struct sg_error *err)
{
    if (!src->win && !(src->win = malloc(WINDOW)))
        return sg_error_set(err, SG_ERR_NOMEM, src->name, NULL);
    /* Most headers fit in a few KiB: start small so that a multi-GB file
     * costs what its header costs, and double on each refill for the long
     * ones (GGUF vocabularies, ONNX graphs). */
    size_t cap = src->win_max && src->win_max < WINDOW ? src->win_max : WINDOW;
    size_t win = src->win_next ? src->win_next : 4096;
    win = win < cap ? win : cap;
    src->win_next = win < cap ? win * 2 : cap;
    uint64_t start = off & ~(uint64_t)4095;
    uint64_t want = src->size - start < win ? src->size - start : win;
    if (off + 1 > start + want && src->size > off) /* never a window that misses off */
        want = src->size - start < WINDOW ? src->size - start : WINDOW;
    uint64_t budget = src->budget ? src->budget : SG_FMT_DEFAULT_BUDGET;
    if (src->fetched + want > budget)
        return sg_error_set(err, SG_ERR_LIMIT, src->name,
                            "metadata larger than the %llu MiB read budget",
                            (unsigned long long)(budget >> 20));
    size_t got = 0;
    while (got < want) {
        ssize_t n = pread(src->fd, src->win + got, (size_t)want - got, (off_t)(start + got));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return sg_error_errno(err, SG_ERR_IO, src->name, errno, "read failed");
        }
        if (n == 0) /* shrank under us */
            return sg_error_set(err, SG_ERR_CHANGED, src->name,
                                "file shrank while it was being read");
        got += (size_t)n;
    }
    src->fetched += want;
    src->win_off = start;
    src->win_len = got;
    return SG_OK;
}

sg_err sg_fmt_src_read(sg_fmt_src *src, uint64_t off, void *dst, size_t n, struct sg_error *err)
{
    if (off > src->size || n > src->size - off)
        return sg_error_set(err, SG_ERR_PARSE, src->name,
                            "truncated: %zu bytes needed at offset %llu, file has %llu", n,
                            (unsigned long long)off, (unsigned long long)src->size);
    if (n == 0)
        return SG_OK;
    if (src->mem) {
        memcpy(dst, src->mem + off, n);
        return SG_OK;
    }
    uint8_t *out = dst;
    while (n > 0) {
        if (!src->win || off < src->win_off || off >= src->win_off + src->win_len) {
            sg_err rc = fill(src, off, err);
            if (rc != SG_OK)
                return rc;
        }
        size_t at = (size_t)(off - src->win_off);
        size_t take = src->win_len - at < n ? src->win_len - at : n;
        memcpy(out, src->win + at, take);
        out += take;
        off += take;
        n -= take;
    }
    return SG_OK;
}

void sg_fmt_problem_add(struct sg_fmt_problems *p, const char *code, uint64_t offset,
                        const char *fmt, ...)
{
    if (p->count >= SG_FMT_MAX_PROBLEMS) {
        p->dropped++;
        return;
    }
    struct sg_fmt_problem *it = &p->items[p->count++];
    it->code = code;
    it->offset = offset;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(it->message, sizeof it->message, fmt, ap);
    va_end(ap);
    /* Names in messages come from hostile files: keep them printable ASCII so
     * the message is always valid UTF-8 and safe on a terminal. */
    for (char *c = it->message; *c; c++)
        if ((unsigned char)*c < 0x20 || (unsigned char)*c >= 0x7f)
            *c = '?';
}

json_t *sg_fmt_problems_json(const struct sg_fmt_problems *p)
{
    json_t *arr = json_array();
    if (!arr)
        return NULL;
    for (size_t i = 0; i < p->count; i++) {
        json_t *o = json_pack("{s:s, s:s, s:I}", "code", p->items[i].code, "message",
                              p->items[i].message, "offset", (json_int_t)p->items[i].offset);
        if (json_array_append_new(arr, o) != 0) {
            json_decref(arr);
            return NULL;
        }
    }
    if (p->dropped) {
        json_t *o = json_pack("{s:s, s:s, s:I}", "code", "more-problems", "message",
                              "further problems were not listed", "offset",
                              (json_int_t)p->dropped);
        if (json_array_append_new(arr, o) != 0) {
            json_decref(arr);
            return NULL;
        }
    }
    return arr;
}

void sg__fmt_text_fix(char *s, size_t len)
{
    if (sg_utf8_valid(s, len) && !memchr(s, 0, len))
        return;
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 0x80 || s[i] == 0)
            s[i] = '?';
}
