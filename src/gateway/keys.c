/* keys.c - gateway API keys: generation from the CSPRNG, the salted-hash
 * stored form that goes into the configuration, and constant-time checks;
 * and the SHA-256 of the request path (key check, prompt and answer
 * digests). The configuration never holds a plaintext key. */

/* SHA256_Init/Update/Final are deprecated in OpenSSL 3 in favour of EVP,
 * but OpenSSL 3.0's EVP_DigestInit_ex frees and allocates the provider's
 * SHA-256 state on every init, even on a reused context: one malloc/free
 * pair and ~170 ns per digest (measured: 340 vs 180 ns for 200 bytes with
 * SHA-NI), three digests per proxied request on the event loop. The
 * low-level functions run the same assembly on caller-provided state. A
 * build without the deprecated API (OPENSSL_NO_DEPRECATED_3_0) falls back
 * to EVP. Both are the default provider's code, not a FIPS provider's. */
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "gateway/internal.h"
#include "saiguard/encode.h"

static pthread_once_t md_once = PTHREAD_ONCE_INIT;
static EVP_MD *md_sha256;

static void fetch_sha256(void)
{
    md_sha256 = EVP_MD_fetch(NULL, "SHA256", NULL); /* kept for the process's life */
}

const EVP_MD *sg__gw_sha256_md(void)
{
    pthread_once(&md_once, fetch_sha256);
    return md_sha256 ? md_sha256 : EVP_sha256();
}

#ifndef OPENSSL_NO_DEPRECATED_3_0
void sg__gw_sha256_init(struct sg_gw_sha256 *s)
{
    s->ok = SHA256_Init(&s->c) == 1;
}

void sg__gw_sha256_update(struct sg_gw_sha256 *s, const void *data, size_t len)
{
    if (s->ok && len)
        s->ok = SHA256_Update(&s->c, data, len) == 1;
}

bool sg__gw_sha256_final(struct sg_gw_sha256 *s, uint8_t d[SG_SHA256_LEN])
{
    /* SHA256_Final wipes the last data block; what stays is the digest
     * and the length. */
    bool ok = s->ok && SHA256_Final(d, &s->c) == 1;
    s->ok = false;
    return ok;
}
#else
/* The EVP context is allocated by init and freed by final (every init is
 * followed by a final). */
void sg__gw_sha256_init(struct sg_gw_sha256 *s)
{
    s->c = EVP_MD_CTX_new();
    s->ok = s->c && EVP_DigestInit_ex(s->c, sg__gw_sha256_md(), NULL) == 1;
}

void sg__gw_sha256_update(struct sg_gw_sha256 *s, const void *data, size_t len)
{
    if (s->ok && len)
        s->ok = EVP_DigestUpdate(s->c, data, len) == 1;
}

bool sg__gw_sha256_final(struct sg_gw_sha256 *s, uint8_t d[SG_SHA256_LEN])
{
    unsigned n = 0;
    bool ok = s->ok && EVP_DigestFinal_ex(s->c, d, &n) == 1 && n == SG_SHA256_LEN;
    EVP_MD_CTX_free(s->c);
    s->c = NULL;
    s->ok = false;
    return ok;
}
#endif

static bool sha256(const void *data, size_t len, uint8_t d[SG_SHA256_LEN])
{
    struct sg_gw_sha256 s;
    sg__gw_sha256_init(&s);
    sg__gw_sha256_update(&s, data, len);
    return sg__gw_sha256_final(&s, d);
}

void sg__gw_digest_text(const uint8_t d[SG_SHA256_LEN], char out[72])
{
    memcpy(out, "sha256:", 7);
    sg_hex_encode(d, SG_SHA256_LEN, out + 7);
}

void sg__gw_digest_hex(const void *data, size_t len, char out[72])
{
    uint8_t d[SG_SHA256_LEN];
    out[0] = '\0';
    if (sha256(data, len, d))
        sg__gw_digest_text(d, out);
}

/* sha256(salt || key). */
static sg_err key_digest(const uint8_t salt[16], const char *key, size_t len,
                         uint8_t d[SG_SHA256_LEN])
{
    struct sg_gw_sha256 s;
    if (len > 128)
        return SG_ERR_TOO_LARGE;
    sg__gw_sha256_init(&s);
    sg__gw_sha256_update(&s, salt, 16);
    sg__gw_sha256_update(&s, key, len);
    bool ok = sg__gw_sha256_final(&s, d);
    OPENSSL_cleanse(&s, sizeof s);
    return ok ? SG_OK : SG_ERR_CRYPTO;
}

sg_err sg_gateway_keygen(struct sg_gateway_key *out, struct sg_error *err)
{
    uint8_t handle[8], salt[16], secret[32];
    char hh[17], sh[33], dh[SG_SHA256_HEX_LEN + 1];
    uint8_t d[SG_SHA256_LEN];
    sg_buf b64;
    sg_err rc;
    memset(out, 0, sizeof *out);
    sg_buf_init(&b64, 128);
    if (RAND_bytes(handle, sizeof handle) != 1 || RAND_bytes(salt, sizeof salt) != 1 ||
        RAND_bytes(secret, sizeof secret) != 1) {
        rc = sg_error_set(err, SG_ERR_CRYPTO, "keygen", "the random generator failed");
        goto out;
    }
    if ((rc = sg_base64_encode(secret, sizeof secret, &b64)))
        goto out;
    /* base64url without padding, so the key is one token in a header. */
    for (size_t i = 0; i < b64.len; i++)
        b64.data[i] = b64.data[i] == '+' ? '-' : b64.data[i] == '/' ? '_' : b64.data[i];
    while (b64.len && b64.data[b64.len - 1] == '=')
        b64.data[--b64.len] = '\0';
    sg_hex_encode(handle, sizeof handle, hh);
    sg_hex_encode(salt, sizeof salt, sh);
    snprintf(out->key, sizeof out->key, "sgk_%s_%s", hh, b64.data);
    if ((rc = key_digest(salt, out->key, strlen(out->key), d))) {
        sg_error_set(err, rc, "keygen", "cannot hash the key");
        goto out;
    }
    sg_hex_encode(d, sizeof d, dh);
    snprintf(out->hash, sizeof out->hash, "sg1$%s$%s$%s", hh, sh, dh);
out:
    OPENSSL_cleanse(secret, sizeof secret);
    sg_buf_release_secure(&b64);
    if (rc)
        OPENSSL_cleanse(out, sizeof *out);
    return rc;
}

bool sg_gateway_key_matches(const char *stored, const char *key, size_t len)
{
    struct sg_gw_key k;
    static const char hex[] = "0123456789abcdef";
    if (!stored || strlen(stored) != 4 + 16 + 1 + 32 + 1 + 64 || strncmp(stored, "sg1$", 4) ||
        stored[20] != '$' || stored[53] != '$' || strspn(stored + 4, hex) != 16 ||
        strspn(stored + 21, hex) != 32 || strspn(stored + 54, hex) != 64)
        return false;
    memset(&k, 0, sizeof k);
    memcpy(k.handle, stored + 4, 16);
    return sg__gw_key_prepare(&k, stored) && sg__gw_key_check(&k, key, len);
}

/* The 2n hex digits at s (inside a longer string) into out (n <= 32). */
static bool unhex(const char *s, uint8_t *out, size_t n)
{
    char digits[65];
    memcpy(digits, s, 2 * n); /* sg_hex_decode wants exactly the digits */
    digits[2 * n] = '\0';
    return sg_hex_decode(digits, out, n) == SG_OK;
}

bool sg__gw_key_prepare(struct sg_gw_key *k, const char *stored)
{
    k->prepared = unhex(stored + 21, k->salt, sizeof k->salt) &&
                  unhex(stored + 54, k->digest, sizeof k->digest);
    return k->prepared;
}

bool sg__gw_key_check(const struct sg_gw_key *k, const char *key, size_t len)
{
    uint8_t d[SG_SHA256_LEN];
    if (!k->prepared || len < 21 || len > 128 || memcmp(key + 4, k->handle, 16) != 0 ||
        key_digest(k->salt, key, len, d))
        return false;
    bool ok = CRYPTO_memcmp(d, k->digest, sizeof d) == 0;
    OPENSSL_cleanse(d, sizeof d);
    return ok;
}
