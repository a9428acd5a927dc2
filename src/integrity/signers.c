/* signers.c - the signer backends as a const table (as curl's vtls or git's
 * gpg_format[]): "key" (public key + hint), "certificate" (X.509 chain, leaf
 * first, checked against the verifier's CA roots) and "sigstore" (keyless:
 * needs Fulcio, Rekor and a trusted root; not available offline yet). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include "integrity/internal.h"
#include "saiguard/encode.h"

/* Certificate chains in bundles are a handful of certificates. */
#define MAX_CHAIN 16
#define PEM_FILE_MAX ((size_t)1 << 20)

/* ==== key ================================================================= */

static sg_err key_sign(const struct sg_sign_options *opt, const sg_buf *pae, sg_buf *sig, json_t *vm,
                       char signer[160], struct sg_error *err)
{
    EVP_PKEY *key = NULL;
    char hint[65];
    sg_err rc = sg__key_load_private(opt->key_path, &key, err);
    if (rc == SG_OK)
        rc = sg__key_hint(key, hint, err);
    if (rc == SG_OK)
        rc = sg__key_sign(key, pae, sig, err);
    if (rc == SG_OK &&
        (sg_json_set(vm, "publicKey", json_pack("{s:s}", "hint", hint)) ||
         sg_json_set(vm, "tlogEntries", json_array())))
        rc = sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
    if (rc == SG_OK)
        snprintf(signer, 160, "%s", hint);
    EVP_PKEY_free(key);
    return rc;
}

static sg_err key_trusted(const json_t *vm, const struct sg_verify_options *opt, EVP_PKEY **out,
                          char signer[160], struct sg_error *err)
{
    *out = NULL;
    if (!opt || !opt->key_path)
        return sg_error_set(err, SG_ERR_USAGE, NULL,
                            "this bundle was signed with a key: verify it with --key PUBLIC.pem");
    const json_t *pk = json_object_get(vm, "publicKey");
    if (!json_is_object(pk))
        return sg_error_set(err, SG_ERR_PARSE, "publicKey", "must be an object");
    const json_t *hint = json_object_get(pk, "hint");
    if (hint && !json_is_string(hint) && !json_is_null(hint))
        return sg_error_set(err, SG_ERR_PARSE, "publicKey.hint", "must be a string");
    EVP_PKEY *key = NULL;
    char mine[65];
    sg_err rc = sg__key_load_public(opt->key_path, &key, err);
    if (rc == SG_OK)
        rc = sg__key_hint(key, mine, err);
    /* The hint is not authenticated, so it only selects; but a hint naming
     * another key is a clear "signed by someone else" (the reference fails too). */
    if (rc == SG_OK && json_is_string(hint) && json_string_length(hint) &&
        strcmp(json_string_value(hint), mine) != 0)
        rc = sg_error_set(err, SG_ERR_SIGNATURE, opt->key_path,
                          "bundle was signed by another key (hint %.16s..., this key %.16s...)",
                          json_string_value(hint), mine);
    if (rc != SG_OK) {
        EVP_PKEY_free(key);
        return rc;
    }
    snprintf(signer, 160, "%s", mine);
    *out = key;
    return SG_OK;
}

/* ==== certificate ========================================================= */

static void free_certs(STACK_OF(X509) *certs)
{
    sk_X509_pop_free(certs, X509_free);
}

/* All certificates of a PEM file (at least one). */
static sg_err read_pem_certs(const char *path, STACK_OF(X509) **out, struct sg_error *err)
{
    *out = NULL;
    sg_buf b;
    sg_buf_init(&b, PEM_FILE_MAX);
    sg_err rc = sg_buf_read_file(&b, path, err);
    if (rc != SG_OK)
        return rc;
    BIO *bio = BIO_new_mem_buf(b.data, (int)b.len);
    STACK_OF(X509) *certs = sk_X509_new_null();
    X509 *c;
    while (bio && certs && sk_X509_num(certs) < MAX_CHAIN &&
           (c = PEM_read_bio_X509(bio, NULL, NULL, (void *)"")) != NULL)
        if (!sk_X509_push(certs, c))
            X509_free(c);
    ERR_clear_error();
    BIO_free(bio);
    sg_buf_release(&b);
    if (!certs || sk_X509_num(certs) == 0) {
        free_certs(certs);
        return sg_error_set(err, SG_ERR_KEY, path, "no PEM certificate found");
    }
    *out = certs;
    return SG_OK;
}

static void cert_subject(X509 *cert, char out[160])
{
    X509_NAME_oneline(X509_get_subject_name(cert), out, 160);
}

static sg_err push_cert_b64(json_t *arr, X509 *cert)
{
    unsigned char *der = NULL;
    int len = i2d_X509(cert, &der);
    sg_buf b;
    sg_buf_init(&b, PEM_FILE_MAX);
    sg_err rc = len > 0 ? sg_base64_encode(der, (size_t)len, &b) : SG_ERR_CRYPTO;
    if (rc == SG_OK)
        rc = sg_json_push(arr, json_pack("{s:s}", "rawBytes", b.data));
    OPENSSL_free(der);
    sg_buf_release(&b);
    return rc;
}

static sg_err cert_sign(const struct sg_sign_options *opt, const sg_buf *pae, sg_buf *sig,
                        json_t *vm, char signer[160], struct sg_error *err)
{
    if (!opt->cert_path)
        return sg_error_set(err, SG_ERR_USAGE, NULL, "the certificate method needs --cert");
    EVP_PKEY *key = NULL;
    STACK_OF(X509) *leaf = NULL, *chain = NULL;
    json_t *certs = json_array();
    sg_err rc = sg__key_load_private(opt->key_path, &key, err);
    if (rc == SG_OK)
        rc = read_pem_certs(opt->cert_path, &leaf, err);
    if (rc == SG_OK && opt->chain_path)
        rc = read_pem_certs(opt->chain_path, &chain, err);
    if (rc != SG_OK)
        goto out;
    X509 *cert = sk_X509_value(leaf, 0);
    if (EVP_PKEY_eq(X509_get0_pubkey(cert), key) != 1) {
        rc = sg_error_set(err, SG_ERR_KEY, opt->cert_path,
                          "the certificate is not for this private key");
        goto out;
    }
    rc = sg__key_sign(key, pae, sig, err);
    if (rc != SG_OK)
        goto out;
    rc = certs ? push_cert_b64(certs, cert) : SG_ERR_NOMEM;
    for (int i = 0; rc == SG_OK && chain && i < sk_X509_num(chain); i++)
        rc = push_cert_b64(certs, sk_X509_value(chain, i));
    if (rc == SG_OK &&
        (sg_json_set(vm, "x509CertificateChain", json_pack("{s:O}", "certificates", certs)) ||
         sg_json_set(vm, "tlogEntries", json_array())))
        rc = SG_ERR_NOMEM;
    if (rc != SG_OK) {
        rc = sg_error_set(err, rc, opt->cert_path, "cannot encode the certificate chain");
        goto out;
    }
    cert_subject(cert, signer);
out:
    json_decref(certs);
    free_certs(leaf);
    free_certs(chain);
    EVP_PKEY_free(key);
    return rc;
}

static sg_err cert_trusted(const json_t *vm, const struct sg_verify_options *opt, EVP_PKEY **out,
                           char signer[160], struct sg_error *err)
{
    *out = NULL;
    if (!opt || !opt->ca_path)
        return sg_error_set(err, SG_ERR_USAGE, NULL,
                            "this bundle was signed with a certificate: verify it with "
                            "--cert-chain CA.pem");
    const json_t *chain = json_object_get(json_object_get(vm, "x509CertificateChain"), "certificates");
    if (!json_is_array(chain) || json_array_size(chain) == 0 || json_array_size(chain) > MAX_CHAIN)
        return sg_error_set(err, SG_ERR_PARSE, "x509CertificateChain.certificates",
                            "must hold 1 to %d certificates", MAX_CHAIN);
    STACK_OF(X509) *bundle_certs = sk_X509_new_null(), *roots = NULL;
    X509_STORE *store = X509_STORE_new();
    X509_STORE_CTX *ctx = X509_STORE_CTX_new();
    sg_buf der;
    sg_buf_init(&der, PEM_FILE_MAX);
    sg_err rc = bundle_certs && store && ctx ? SG_OK : SG_ERR_NOMEM;
    size_t i;
    const json_t *c;
    json_array_foreach(chain, i, c) {
        if (rc != SG_OK)
            break;
        sg_buf_reset(&der);
        const char *b64;
        if ((rc = sg_json_get_string(c, "rawBytes", &b64, "certificate", err)))
            break;
        const unsigned char *p = NULL;
        X509 *x = NULL;
        if (sg_base64_decode(b64, strlen(b64), &der) == SG_OK) {
            p = (const unsigned char *)der.data;
            x = d2i_X509(NULL, &p, (long)der.len);
        }
        if (!x || p != (const unsigned char *)der.data + der.len) {
            X509_free(x);
            rc = sg_error_set(err, SG_ERR_PARSE, "x509CertificateChain",
                              "certificate %zu is not DER X.509", i);
            break;
        }
        if (!sk_X509_push(bundle_certs, x)) {
            X509_free(x);
            rc = sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
        }
    }
    if (rc == SG_OK)
        rc = read_pem_certs(opt->ca_path, &roots, err);
    for (int k = 0; rc == SG_OK && k < sk_X509_num(roots); k++)
        if (!X509_STORE_add_cert(store, sk_X509_value(roots, k)))
            rc = sg_error_set(err, SG_ERR_CRYPTO, opt->ca_path, "cannot use CA certificate");
    if (rc != SG_OK)
        goto out;
    X509 *leaf = sk_X509_value(bundle_certs, 0);
    /* The bundle's other certificates are untrusted intermediates: only the
     * verifier's CA file anchors trust. */
    STACK_OF(X509) *untrusted = sk_X509_dup(bundle_certs);
    if (untrusted)
        (void)sk_X509_shift(untrusted);
    ERR_clear_error();
    int ok = untrusted && X509_STORE_CTX_init(ctx, store, leaf, untrusted) == 1 &&
             X509_verify_cert(ctx) == 1;
    int verr = X509_STORE_CTX_get_error(ctx);
    sk_X509_free(untrusted);
    if (!ok) {
        char name[160];
        cert_subject(leaf, name);
        rc = sg_error_set(err, SG_ERR_SIGNATURE, name,
                          "certificate does not chain to the given CA roots: %s",
                          X509_verify_cert_error_string(verr));
        goto out;
    }
    uint32_t ku = X509_get_key_usage(leaf);
    if (ku != UINT32_MAX && !(ku & KU_DIGITAL_SIGNATURE)) {
        rc = sg_error_set(err, SG_ERR_SIGNATURE, "certificate",
                          "leaf certificate is not allowed to sign (no digitalSignature key usage)");
        goto out;
    }
    EVP_PKEY *key = X509_get_pubkey(leaf);
    const EVP_MD *md;
    if (!key) {
        rc = sg_error_set(err, SG_ERR_KEY, "certificate", "cannot read the leaf's public key");
        goto out;
    }
    if ((rc = sg__key_digest(key, &md, "certificate", err))) {
        EVP_PKEY_free(key);
        goto out;
    }
    cert_subject(leaf, signer);
    *out = key;
out:
    sg_buf_release(&der);
    X509_STORE_CTX_free(ctx);
    X509_STORE_free(store);
    free_certs(roots);
    free_certs(bundle_certs);
    return rc;
}

/* ==== sigstore (keyless) ================================================== */

static sg_err sigstore_sign(const struct sg_sign_options *opt, const sg_buf *pae, sg_buf *sig,
                            json_t *vm, char signer[160], struct sg_error *err)
{
    (void)opt, (void)pae, (void)sig, (void)vm, (void)signer;
    return sg_error_set(err, SG_ERR_UNSUPPORTED, "sigstore",
                        "keyless signing needs network access to Fulcio, Rekor and an OIDC "
                        "provider; not supported offline (use --key or --cert)");
}

static sg_err sigstore_trusted(const json_t *vm, const struct sg_verify_options *opt,
                               EVP_PKEY **out, char signer[160], struct sg_error *err)
{
    (void)vm, (void)opt, (void)signer;
    *out = NULL;
    return sg_error_set(err, SG_ERR_UNSUPPORTED, "sigstore",
                        "keyless (Fulcio/Rekor) bundles cannot be verified yet: this needs "
                        "Sigstore trusted-root and transparency-log checks");
}

static const struct sg__signer signers[] = {
    {"key", key_sign, key_trusted},
    {"certificate", cert_sign, cert_trusted},
    {"sigstore", sigstore_sign, sigstore_trusted},
};

const struct sg__signer *sg__signer_find(const char *name)
{
    for (size_t i = 0; i < sizeof signers / sizeof *signers; i++)
        if (strcmp(signers[i].name, name) == 0)
            return &signers[i];
    return NULL;
}
