/* encode.c - hex/base64 codecs on OpenSSL primitives, one-shot SHA-256. */
#include "saiguard/encode.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/evp.h>

void sg_hex_encode(const uint8_t *in, size_t len, char *out)
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < len; i++) {
        out[2 * i] = digits[in[i] >> 4];
        out[2 * i + 1] = digits[in[i] & 0xf];
    }
    out[2 * len] = '\0';
}

sg_err sg_hex_decode(const char *hex, uint8_t *out, size_t out_len)
{
    if (strlen(hex) != 2 * out_len)
        return SG_ERR_ENCODING;
    for (size_t i = 0; i < out_len; i++) {
        int hi = sg_hex_digit(hex[2 * i]), lo = sg_hex_digit(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return SG_ERR_ENCODING;
        out[i] = (uint8_t)(hi << 4 | lo);
    }
    return SG_OK;
}

sg_err sg_base64_encode(const uint8_t *in, size_t len, sg_buf *out)
{
    if (len > (SIZE_MAX - 4) / 4 * 3)
        return SG_ERR_TOO_LARGE;
    size_t need = (len + 2) / 3 * 4;
    sg_err rc = sg_buf_reserve(out, need);
    if (rc != SG_OK)
        return rc;
    /* EVP_EncodeBlock takes an int length; feed it in bounded blocks. */
    const size_t block = (size_t)48 << 20; /* multiple of 3 */
    while (len > 0) {
        size_t n = len < block ? len : block;
        int written = EVP_EncodeBlock((unsigned char *)out->data + out->len, in, (int)n);
        out->len += (size_t)written;
        in += n;
        len -= n;
    }
    out->data[out->len] = '\0';
    return SG_OK;
}

static int b64_value(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

/* Hand-written rather than EVP_DecodeBlock: that function silently accepts
 * whitespace and reports padding only through the output length, and we must
 * reject every non-canonical encoding in signatures and proofs. */
sg_err sg_base64_decode(const char *in, size_t len, sg_buf *out)
{
    while (len > 0 && in[len - 1] == '=')
        len--;
    if (len % 4 == 1)
        return SG_ERR_ENCODING;
    sg_err rc = sg_buf_reserve(out, len / 4 * 3 + 3);
    if (rc != SG_OK)
        return rc;
    size_t start = out->len;
    uint32_t acc = 0;
    int bits = 0;
    for (size_t i = 0; i < len; i++) {
        int v = b64_value((unsigned char)in[i]);
        if (v < 0) {
            out->len = start;
            out->data[start] = '\0';
            return SG_ERR_ENCODING;
        }
        acc = acc << 6 | (uint32_t)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out->data[out->len++] = (char)(acc >> bits & 0xff);
        }
    }
    /* The last character may carry 2 or 4 bits past the final byte; a
     * canonical encoder leaves them zero. Accepting other values would give
     * one decoded value several spellings, so a changed character of a
     * signature could go unnoticed. */
    if (bits > 0 && (acc & ((1u << bits) - 1)) != 0) {
        out->len = start;
        out->data[start] = '\0';
        return SG_ERR_ENCODING;
    }
    out->data[out->len] = '\0';
    return SG_OK;
}

sg_err sg_sha256(const void *data, size_t len, uint8_t out[SG_SHA256_LEN])
{
    unsigned int n = 0;
    if (!EVP_Digest(data, len, out, &n, EVP_sha256(), NULL) || n != SG_SHA256_LEN)
        return SG_ERR_CRYPTO;
    return SG_OK;
}

sg_err sg_sha256_file(const char *path, uint8_t out[SG_SHA256_LEN], struct sg_error *err)
{
    sg_err rc = SG_OK;
    EVP_MD_CTX *ctx = NULL;
    unsigned char *chunk = NULL;
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return sg_error_errno(err, sg_err_from_errno(errno), path, errno, "cannot open");
    struct stat before, after;
    if (fstat(fd, &before) != 0) {
        rc = sg_error_errno(err, SG_ERR_IO, path, errno, "cannot stat");
        goto out;
    }
    if (!S_ISREG(before.st_mode)) {
        rc = sg_error_set(err, SG_ERR_INVALID_ARG, path, "not a regular file");
        goto out;
    }
    enum { CHUNK = 1 << 20 };
    chunk = malloc(CHUNK);
    ctx = EVP_MD_CTX_new();
    if (!chunk || !ctx) {
        rc = sg_error_set(err, SG_ERR_NOMEM, path, NULL);
        goto out;
    }
    if (!EVP_DigestInit_ex(ctx, EVP_sha256(), NULL)) {
        rc = sg_error_set(err, SG_ERR_CRYPTO, path, "digest init failed");
        goto out;
    }
    off_t total = 0;
    for (;;) {
        ssize_t n = read(fd, chunk, CHUNK);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            rc = sg_error_errno(err, SG_ERR_IO, path, errno, "read failed");
            goto out;
        }
        if (n == 0)
            break;
        total += n;
        if (!EVP_DigestUpdate(ctx, chunk, (size_t)n)) {
            rc = sg_error_set(err, SG_ERR_CRYPTO, path, "digest update failed");
            goto out;
        }
    }
    if (fstat(fd, &after) != 0 || total != before.st_size || after.st_size != before.st_size ||
        after.st_mtim.tv_sec != before.st_mtim.tv_sec ||
        after.st_mtim.tv_nsec != before.st_mtim.tv_nsec) {
        rc = sg_error_set(err, SG_ERR_CHANGED, path, "file changed while it was being hashed");
        goto out;
    }
    unsigned int n = 0;
    if (!EVP_DigestFinal_ex(ctx, out, &n) || n != SG_SHA256_LEN)
        rc = sg_error_set(err, SG_ERR_CRYPTO, path, "digest final failed");
out:
    EVP_MD_CTX_free(ctx);
    free(chunk);
    close(fd);
    if (rc != SG_OK)
        memset(out, 0, SG_SHA256_LEN);
    return rc;
}
