/* keys.c - gateway API keys: generation from the CSPRNG, the salted-hash
 * stored form that goes into the configuration, and constant-time checks.
 * The configuration never holds a plaintext key. */
#include <openssl/crypto.h>
#include <openssl/rand.h>
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

/* One digest context per thread, reused: EVP_Digest allocates a context
 * and frees it on every call (the key check and the prompt digest, two of
 * the event loop's allocations per request). Reset after each digest, which
 * wipes the state (it held the salted key); OpenSSL 3 still allocates that
 * state at each init. */
static pthread_once_t ctx_once = PTHREAD_ONCE_INIT;
static pthread_key_t ctx_key;
static bool ctx_key_ok;

static void ctx_free(void *c)
{
    EVP_MD_CTX_free(c);
}

static void ctx_key_make(void)
{
    ctx_key_ok = pthread_key_create(&ctx_key, ctx_free) == 0;
}

static bool sha256(const void *data, size_t len, uint8_t d[SG_SHA256_LEN])
{
    unsigned n = 0;
    pthread_once(&ctx_once, ctx_key_make);
    EVP_MD_CTX *c = ctx_key_ok ? pthread_getspecific(ctx_key) : NULL;
    if (!c && ctx_key_ok && (c = EVP_MD_CTX_new()) && pthread_setspecific(ctx_key, c) != 0) {
        EVP_MD_CTX_free(c);
        c = NULL;
    }
    if (!c)
        return EVP_Digest(data, len, d, &n, sg__gw_sha256_md(), NULL) == 1 && n == SG_SHA256_LEN;
    bool ok = EVP_DigestInit_ex(c, sg__gw_sha256_md(), NULL) == 1 &&
              EVP_DigestUpdate(c, data, len) == 1 && EVP_DigestFinal_ex(c, d, &n) == 1 &&
              n == SG_SHA256_LEN;
    EVP_MD_CTX_reset(c);
    return ok;
}

void sg__gw_digest_hex(const void *data, size_t len, char out[72])
{
    uint8_t d[SG_SHA256_LEN];
    out[0] = '\0';
    if (sha256(data, len, d)) {
        memcpy(out, "sha256:", 7);
        sg_hex_encode(d, sizeof d, out + 7);
    }
}

/* sha256(salt || key) in hex. */
static sg_err key_digest(const uint8_t salt[16], const char *key, size_t len,
                         char hex[SG_SHA256_HEX_LEN + 1])
{
    uint8_t tmp[16 + 128], d[SG_SHA256_LEN];
    if (len > 128)
        return SG_ERR_TOO_LARGE;
    memcpy(tmp, salt, 16);
    memcpy(tmp + 16, key, len);
    bool ok = sha256(tmp, 16 + len, d);
    OPENSSL_cleanse(tmp, sizeof tmp);
    if (!ok)
        return SG_ERR_CRYPTO;
    sg_hex_encode(d, sizeof d, hex);
    OPENSSL_cleanse(d, sizeof d);
    return SG_OK;
}

sg_err sg_gateway_keygen(struct sg_gateway_key *out, struct sg_error *err)
{
    uint8_t handle[8], salt[16], secret[32];
    char hh[17], sh[33], dh[SG_SHA256_HEX_LEN + 1];
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
    if ((rc = key_digest(salt, out->key, strlen(out->key), dh))) {
        sg_error_set(err, rc, "keygen", "cannot hash the key");
        goto out;
    }
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
    uint8_t salt[16];
    char dh[SG_SHA256_HEX_LEN + 1];
    if (!stored || strlen(stored) != 4 + 16 + 1 + 32 + 1 + 64 || strncmp(stored, "sg1$", 4) ||
        len < 21 || len > 128 || memcmp(key + 4, stored + 4, 16) != 0)
        return false;
    if (stored[20] != '$' || stored[53] != '$')
        return false;
    /* sg_hex_decode wants exactly the 32 digits: copy them out. */
    char salthex[33];
    memcpy(salthex, stored + 21, 32);
    salthex[32] = '\0';
    if (sg_hex_decode(salthex, salt, sizeof salt))
        return false;
    if (key_digest(salt, key, len, dh))
        return false;
    return CRYPTO_memcmp(dh, stored + 54, SG_SHA256_HEX_LEN) == 0;
}
