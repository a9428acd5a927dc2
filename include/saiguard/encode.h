/* encode.h - hex and base64 codecs and one-shot SHA-256, shared by every
 * capability (digests in manifests, ledger hashes in base64, key hints). */
#ifndef SAIGUARD_ENCODE_H
#define SAIGUARD_ENCODE_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

#define SG_SHA256_LEN 32
#define SG_SHA256_HEX_LEN 64

/* The value of one hex digit of either case, or -1 if c is not one. Inline:
 * the scanners call it per byte of untrusted strings. */
static inline int sg_hex_digit(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Lowercase hex of len bytes into out, which must hold 2*len+1 bytes. */
void sg_hex_encode(const uint8_t *in, size_t len, char *out);
/* Decodes exactly out_len bytes from hex (either case). SG_ERR_ENCODING if hex
 * is not 2*out_len hex digits. */
SG_MUST_USE sg_err sg_hex_decode(const char *hex, uint8_t *out, size_t out_len);

/* Standard base64 (RFC 4648 section 4, with padding), appended to out. */
SG_MUST_USE sg_err sg_base64_encode(const uint8_t *in, size_t len, sg_buf *out);
/* Strict decoding of standard base64, appended to out. Accepts missing
 * padding; rejects characters outside the alphabet (SG_ERR_ENCODING). */
SG_MUST_USE sg_err sg_base64_decode(const char *in, size_t len, sg_buf *out);

/* SHA-256 of a buffer (OpenSSL EVP; uses SHA-NI where the CPU has it). */
SG_MUST_USE sg_err sg_sha256(const void *data, size_t len, uint8_t out[SG_SHA256_LEN]);
/* SHA-256 of a whole file, streamed; SG_ERR_CHANGED if the file's size or
 * mtime changes while it is read. err names the path. */
SG_MUST_USE sg_err sg_sha256_file(const char *path, uint8_t out[SG_SHA256_LEN],
                                  struct sg_error *err);

#ifdef __cplusplus
}
#endif
#endif
