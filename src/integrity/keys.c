/* keys.c - signing keys through OpenSSL 3: generation (private key created
 * 0600 with O_EXCL), loading PEM keys, the OMS key hint, and DSSE signing
 * and verification with the digest OMS ties to each curve. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/pem.h>

#include "integrity/internal.h"
#include "saiguard/encode.h"

/* PEM key files are small; anything larger is not a key. */
#define KEY_FILE_MAX ((size_t)1 << 20)

static const struct {
    const char *name;
    enum sg_key_type type;
    const char *curve; /* NULL for Ed25519 */
} key_types[] = {
    {"ecdsa-p256", SG_KEY_ECDSA_P256, "P-256"},
    {"ecdsa-p384", SG_KEY_ECDSA_P384, "P-384"},
    {"ecdsa-p521", SG_KEY_ECDSA_P521, "P-521"},
    {"ed25519", SG_KEY_ED25519, NULL},
};

sg_err sg_key_type_parse(const char *name, enum sg_key_type *out, struct sg_error *err)
{
    for (size_t i = 0; i < sizeof key_types / sizeof *key_types; i++)
        if (strcmp(name, key_types[i].name) == 0) {
            *out = key_types[i].type;
            return SG_OK;
        }
    return sg_error_set(err, SG_ERR_INVALID_ARG, name,
                        "unknown key type (expected ecdsa-p256, ecdsa-p384, ecdsa-p521 or ed25519)");
}

static const char *openssl_reason(void)
{
    unsigned long e = ERR_peek_last_error();
    const char *r = e ? ERR_reason_error_string(e) : NULL;
    return r ? r : "not a PEM key";
}

/* Reads a PEM file into memory first: one size cap, one error path. */
static sg_err load_pem(const char *path, bool private_key, EVP_PKEY **out, struct sg_error *err)
{
    *out = NULL;
    sg_buf b;
    sg_buf_init(&b, KEY_FILE_MAX);
    sg_err rc = sg_buf_read_file(&b, path, err);
    if (rc != SG_OK) {
        sg_buf_release_secure(&b);
        return rc;
    }
    BIO *bio = BIO_new_mem_buf(b.data, (int)b.len);
    ERR_clear_error();
    /* A NULL passphrase callback with "" stops OpenSSL from prompting on the
     * terminal: encrypted keys fail cleanly instead of hanging a CI job. */
    if (bio)
        *out = private_key ? PEM_read_bio_PrivateKey(bio, NULL, NULL, (void *)"")
                           : PEM_read_bio_PUBKEY(bio, NULL, NULL, (void *)"");
    if (bio && !*out && !private_key) {
        /* A certificate is fine as public key material too. */
        (void)BIO_reset(bio);
        X509 *cert = PEM_read_bio_X509(bio, NULL, NULL, (void *)"");
        if (cert)
            *out = X509_get_pubkey(cert);
        X509_free(cert);
    }
    BIO_free(bio);
    sg_buf_release_secure(&b);
    if (!*out)
        return sg_error_set(err, SG_ERR_KEY, path, "cannot read %s key: %s",
                            private_key ? "private" : "public", openssl_reason());
    const EVP_MD *md;
    rc = sg__key_digest(*out, &md, path, err);
    if (rc != SG_OK) {
        EVP_PKEY_free(*out);
        *out = NULL;
    }
    return rc;
}

sg_err sg__key_load_private(const char *path, EVP_PKEY **out, struct sg_error *err)
{
    return load_pem(path, true, out, err);
}

sg_err sg__key_load_public(const char *path, EVP_PKEY **out, struct sg_error *err)
{
    return load_pem(path, false, out, err);
}

sg_err sg__key_digest(EVP_PKEY *key, const EVP_MD **md, const char *subject, struct sg_error *err)
{
    *md = NULL;
    if (EVP_PKEY_is_a(key, "ED25519"))
        return SG_OK;
    if (EVP_PKEY_is_a(key, "EC")) {
        char curve[64] = "";
        size_t len = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, curve, sizeof curve,
                                           &len)) {
            if (strcmp(curve, "prime256v1") == 0 || strcmp(curve, "P-256") == 0)
                *md = EVP_sha256();
            else if (strcmp(curve, "secp384r1") == 0 || strcmp(curve, "P-384") == 0)
                *md = EVP_sha384();
            else if (strcmp(curve, "secp521r1") == 0 || strcmp(curve, "P-521") == 0)
                *md = EVP_sha512();
        }
        if (*md)
            return SG_OK;
        return sg_error_set(err, SG_ERR_KEY, subject,
                            "EC curve '%s' not supported (OMS uses P-256, P-384, P-521)", curve);
    }
    return sg_error_set(err, SG_ERR_KEY, subject,
                        "key type %s not supported (use ECDSA P-256/P-384/P-521 or Ed25519)",
                        EVP_PKEY_get0_type_name(key) ? EVP_PKEY_get0_type_name(key) : "unknown");
}

sg_err sg__key_hint(EVP_PKEY *key, char hint[65], struct sg_error *err)
{
    /* The reference hashes the key as `cryptography` re-serialises it:
     * SubjectPublicKeyInfo PEM, 64-column base64. OpenSSL writes the same
     * bytes, so whatever preamble the user's file had does not matter. */
    BIO *bio = BIO_new(BIO_s_mem());
    char *pem = NULL;
    long len;
    uint8_t d[32];
    sg_err rc = SG_OK;
    if (!bio || !PEM_write_bio_PUBKEY(bio, key) || (len = BIO_get_mem_data(bio, &pem)) <= 0 ||
        sg_sha256(pem, (size_t)len, d) != SG_OK)
        rc = sg_error_set(err, SG_ERR_CRYPTO, NULL, "cannot serialise the public key");
    else
        sg_hex_encode(d, 32, hint);
    BIO_free(bio);
    return rc;
}

sg_err sg_key_hint_file(const char *pem_path, char hint[65], struct sg_error *err)
{
    EVP_PKEY *k = NULL;
    /* Try as a public key first; a private key file gives its public half. */
    sg_err rc = sg__key_load_public(pem_path, &k, NULL);
    if (rc != SG_OK)
        rc = sg__key_load_private(pem_path, &k, err);
    if (rc == SG_OK)
        rc = sg__key_hint(k, hint, err);
    EVP_PKEY_free(k);
    return rc;
}

sg_err sg__key_sign(EVP_PKEY *key, const sg_buf *msg, sg_buf *sig, struct sg_error *err)
{
    const EVP_MD *md;
    sg_err rc = sg__key_digest(key, &md, NULL, err);
    if (rc != SG_OK)
        return rc;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t len = 0;
    unsigned char *out = NULL;
    if (!ctx || EVP_DigestSignInit_ex(ctx, NULL, md ? EVP_MD_get0_name(md) : NULL, NULL, NULL, key,
                                      NULL) != 1 ||
        EVP_DigestSign(ctx, NULL, &len, (const unsigned char *)msg->data, msg->len) != 1 ||
        !(out = OPENSSL_malloc(len)) ||
        EVP_DigestSign(ctx, out, &len, (const unsigned char *)msg->data, msg->len) != 1)
        rc = sg_error_set(err, SG_ERR_CRYPTO, NULL, "signing failed: %s", openssl_reason());
    else
        rc = sg_buf_append(sig, out, len);
    OPENSSL_free(out);
    EVP_MD_CTX_free(ctx);
    return rc;
}

bool sg__key_verify(EVP_PKEY *key, const EVP_MD *md_override, const uint8_t *msg, size_t msg_len,
                    const uint8_t *sig, size_t sig_len)
{
    const EVP_MD *md;
    if (sg__key_digest(key, &md, NULL, NULL) != SG_OK)
        return false;
    if (md_override && md)
        md = md_override;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    bool ok = ctx &&
              EVP_DigestVerifyInit_ex(ctx, NULL, md ? EVP_MD_get0_name(md) : NULL, NULL, NULL, key,
                                      NULL) == 1 &&
              EVP_DigestVerify(ctx, sig, sig_len, msg, msg_len) == 1;
    EVP_MD_CTX_free(ctx);
    ERR_clear_error();
    return ok;
}

/* ==== generation ========================================================= */

/* Writes data to path, created new with mode (O_EXCL: never through an
 * existing file or link). With force an existing file is replaced by
 * writing a temporary file and renaming it over. */
static sg_err write_new_file(const char *path, const char *data, size_t len, mode_t mode,
                             bool force, struct sg_error *err)
{
    char tmp[4096];
    const char *target = path;
    if (force) {
        if (snprintf(tmp, sizeof tmp, "%s.tmp-%ld", path, (long)getpid()) >= (int)sizeof tmp)
            return sg_error_set(err, SG_ERR_TOO_LARGE, path, "path too long");
        target = tmp;
    }
    int fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode);
    if (fd < 0)
        return errno == EEXIST ? sg_error_set(err, SG_ERR_EXISTS, path,
                                              "already exists (use --force to replace it)")
                               : sg_error_errno(err, sg_err_from_errno(errno), path, errno,
                                                "cannot create");
    size_t off = 0;
    while (off < len) {
        ssize_t n = write(fd, data + off, len - off);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        off += (size_t)n;
    }
    int saved = errno;
    bool ok = off == len && fsync(fd) == 0;
    if (close(fd) != 0)
        ok = false;
    if (ok && force && rename(target, path) != 0) {
        saved = errno;
        ok = false;
    }
    if (!ok) {
        unlink(target);
        return sg_error_errno(err, SG_ERR_IO, path, saved, "cannot write");
    }
    return SG_OK;
}

static sg_err pem_of(EVP_PKEY *key, bool private_key, sg_buf *out, struct sg_error *err)
{
    BIO *bio = BIO_new(BIO_s_secmem());
    char *data = NULL;
    long len = 0;
    sg_err rc = SG_OK;
    if (!bio ||
        !(private_key ? PEM_write_bio_PrivateKey(bio, key, NULL, NULL, 0, NULL, NULL)
                      : PEM_write_bio_PUBKEY(bio, key)) ||
        (len = BIO_get_mem_data(bio, &data)) <= 0)
        rc = sg_error_set(err, SG_ERR_CRYPTO, NULL, "cannot serialise the key");
    else
        rc = sg_buf_append(out, data, (size_t)len);
    BIO_free(bio); /* secure memory BIO: wiped on free */
    return rc;
}

sg_err sg_keygen(enum sg_key_type type, const char *out_base, bool force, char hint[65],
                 struct sg_error *err)
{
    char key_path[4096], pub_path[4096];
    if (snprintf(key_path, sizeof key_path, "%s.key", out_base) >= (int)sizeof key_path ||
        snprintf(pub_path, sizeof pub_path, "%s.pub", out_base) >= (int)sizeof pub_path)
        return sg_error_set(err, SG_ERR_TOO_LARGE, out_base, "path too long");
    struct stat st;
    if (!force && lstat(pub_path, &st) == 0)
        return sg_error_set(err, SG_ERR_EXISTS, pub_path, "already exists (use --force to replace it)");

    EVP_PKEY *key = NULL;
    const char *curve = NULL;
    for (size_t i = 0; i < sizeof key_types / sizeof *key_types; i++)
        if (key_types[i].type == type)
            curve = key_types[i].curve;
    key = type == SG_KEY_ED25519 ? EVP_PKEY_Q_keygen(NULL, NULL, "ED25519")
                                 : EVP_PKEY_Q_keygen(NULL, NULL, "EC", curve);
    if (!key)
        return sg_error_set(err, SG_ERR_CRYPTO, out_base, "key generation failed: %s",
                            openssl_reason());
    sg_buf priv, pub;
    sg_buf_init(&priv, KEY_FILE_MAX);
    sg_buf_init(&pub, KEY_FILE_MAX);
    sg_err rc = pem_of(key, true, &priv, err);
    if (rc == SG_OK)
        rc = pem_of(key, false, &pub, err);
    if (rc == SG_OK && hint)
        rc = sg__key_hint(key, hint, err);
    if (rc == SG_OK)
        rc = write_new_file(key_path, priv.data, priv.len, 0600, force, err);
    if (rc == SG_OK) {
        rc = write_new_file(pub_path, pub.data, pub.len, 0644, force, err);
        if (rc != SG_OK)
            unlink(key_path); /* nothing half-made stays behind */
    }
    sg_buf_release_secure(&priv);
    sg_buf_release(&pub);
    EVP_PKEY_free(key);
    return rc;
}
