/* buf.c - capped growable buffers (see buf.h for the invariants). Modelled on
 * curl's dynbuf: the maximum is fixed at init and every growth checks it. */
#include "saiguard/buf.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/crypto.h>

void sg_buf_init(sg_buf *b, size_t max)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    b->max = max;
}

void sg_buf_release(sg_buf *b)
{
    free(b->data);
    sg_buf_init(b, b->max);
}

void sg_buf_release_secure(sg_buf *b)
{
    if (b->data)
        OPENSSL_cleanse(b->data, b->cap);
    sg_buf_release(b);
}

void sg_buf_reset(sg_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

sg_err sg_buf_reserve(sg_buf *b, size_t extra)
{
    /* len + extra must fit under max, and one more byte for the terminator */
    if (extra > b->max || b->len > b->max - extra || b->len + extra == SIZE_MAX)
        return SG_ERR_TOO_LARGE;
    size_t need = b->len + extra + 1; /* + terminator */
    if (need <= b->cap)
        return SG_OK;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    if (b->max < SIZE_MAX && cap > b->max + 1)
        cap = b->max + 1; /* never allocate past what max allows */
    char *grown = realloc(b->data, cap);
    if (!grown)
        return SG_ERR_NOMEM;
    if (!b->data)
        grown[0] = '\0';
    b->data = grown;
    b->cap = cap;
    return SG_OK;
}

sg_err sg_buf_append(sg_buf *b, const void *data, size_t len)
{
    sg_err rc = sg_buf_reserve(b, len);
    if (rc != SG_OK)
        return rc;
    if (len)
        memcpy(b->data + b->len, data, len);
    b->len += len;
    b->data[b->len] = '\0';
    return SG_OK;
}

sg_err sg_buf_append_str(sg_buf *b, const char *s)
{
    return sg_buf_append(b, s, strlen(s));
}

sg_err sg_buf_append_byte(sg_buf *b, uint8_t byte)
{
    return sg_buf_append(b, &byte, 1);
}

sg_err sg_buf_vprintf(sg_buf *b, const char *fmt, va_list ap)
{
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    if (n < 0)
        return SG_ERR_INVALID_ARG;
    sg_err rc = sg_buf_reserve(b, (size_t)n);
    if (rc != SG_OK)
        return rc;
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
    return SG_OK;
}

sg_err sg_buf_printf(sg_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sg_err rc = sg_buf_vprintf(b, fmt, ap);
    va_end(ap);
    return rc;
}

char *sg_buf_detach(sg_buf *b, size_t *len_out)
{
    char *out = b->data;
    size_t len = b->len;
    if (!out) {
        out = calloc(1, 1);
        len = 0;
    }
    if (len_out)
        *len_out = out ? len : 0;
    sg_buf_init(b, b->max);
    return out;
}

sg_err sg_buf_read_file(sg_buf *b, const char *path, struct sg_error *err)
{
    int is_stdin = strcmp(path, "-") == 0;
    int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return sg_error_errno(err, sg_err_from_errno(errno), path, errno, "cannot open");
    sg_err rc = SG_OK;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        rc = sg_error_set(err, SG_ERR_INVALID_ARG, path, "is a directory");
        goto out;
    }
    for (;;) {
        char chunk[65536];
        ssize_t n = read(fd, chunk, sizeof chunk);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            rc = sg_error_errno(err, SG_ERR_IO, path, errno, "read failed");
            goto out;
        }
        if (n == 0)
            break;
        rc = sg_buf_append(b, chunk, (size_t)n);
        if (rc == SG_ERR_TOO_LARGE) {
            rc = sg_error_set(err, rc, path, "larger than the %zu-byte limit", b->max);
            goto out;
        }
        if (rc != SG_OK) {
            rc = sg_error_set(err, rc, path, NULL);
            goto out;
        }
    }
    if (!b->data)
        rc = sg_buf_reserve(b, 0); /* an empty file still yields a valid "" */
out:
    if (!is_stdin)
        close(fd);
    return rc;
}

void *sg_array_grow(void *items, size_t *cap, size_t need, size_t elem_size, size_t first)
{
    if (need <= *cap)
        return items;
    size_t grown = *cap ? *cap : (first ? first : 1);
    while (grown < need)
        grown = grown > SIZE_MAX / 2 ? need : grown * 2;
    if (elem_size && grown > SIZE_MAX / elem_size)
        return NULL;
    void *p = realloc(items, grown * elem_size);
    if (!p)
        return NULL;
    *cap = grown;
    return p;
}
