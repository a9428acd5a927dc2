/* attest.c - signed attestations: what only people can vouch for (a training
 * programme, a contract review) recorded in the profile with the digest of the
 * evidence document and a signature, so an edited claim or document is caught.
 *
 * Format: the signature covers the canonical JSON of the attestation object
 * without its "signature" member (jansson compact output, keys sorted, UTF-8).
 * Algorithms: Ed25519 (pure) or ECDSA P-256 with SHA-256 (DER signature),
 * base64 in signature.value; key_id is "sha256:<hex>" of the DER
 * SubjectPublicKeyInfo, so a verifier picks the right key without trying all. */
#include <errno.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <stdio.h>
#include <string.h>

#include "conformance/internal.h"
#include "saiguard/encode.h"
#include "saiguard/json.h"

static sg_err canonical(const json_t *att, sg_buf *out)
{
    json_t *copy = json_deep_copy(att);
    if (!copy)
        return SG_ERR_NOMEM;
    json_object_del(copy, "signature");
    sg_err rc = sg_json_dump(copy, JSON_COMPACT | JSON_SORT_KEYS, out);
    json_decref(copy);
    return rc;
}

static sg_err key_id(EVP_PKEY *pkey, char out[72])
{
    unsigned char *der = NULL;
    int len = i2d_PUBKEY(pkey, &der);
    if (len <= 0)
        return SG_ERR_CRYPTO;
    uint8_t h[SG_SHA256_LEN];
    sg_err rc = sg_sha256(der, (size_t)len, h);
    OPENSSL_free(der);
    if (rc != SG_OK)
        return rc;
    char hex[SG_SHA256_HEX_LEN + 1];
    sg_hex_encode(h, sizeof h, hex);
    snprintf(out, 72, "sha256:%s", hex);
    return SG_OK;
}

static const char *alg_name(EVP_PKEY *pkey)
{
    if (EVP_PKEY_is_a(pkey, "ED25519"))
        return "ed25519";
    if (EVP_PKEY_is_a(pkey, "EC")) {
        char group[64];
        size_t glen = 0;
        if (EVP_PKEY_get_utf8_string_param(pkey, "group", group, sizeof group, &glen) == 1 &&
            strcmp(group, "prime256v1") == 0)
            return "ecdsa-p256-sha256";
    }
    return NULL;
}

static EVP_PKEY *read_key(const char *path, bool private_key, struct sg_error *err)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        sg_error_errno(err, SG_ERR_NOT_FOUND, path, errno, "cannot open key");
        return NULL;
    }
    EVP_PKEY *k = private_key ? PEM_read_PrivateKey(f, NULL, NULL, NULL) : PEM_read_PUBKEY(f, NULL, NULL, NULL);
    fclose(f);
    if (!k) {
        sg_error_set(err, SG_ERR_KEY, path, "not a PEM %s key (or it is encrypted)", private_key ? "private" : "public");
        return NULL;
    }
    if (!alg_name(k)) {
        EVP_PKEY_free(k);
        sg_error_set(err, SG_ERR_KEY, path, "only Ed25519 and ECDSA P-256 keys are supported");
        return NULL;
    }
    return k;
}

sg_err sg_attestation_sign(const struct sg_attestation_request *req, const char *key_pem_path, json_t **out,
                           struct sg_error *err)
{
    *out = NULL;
    sg_err rc = SG_OK;
    EVP_PKEY *key = NULL;
    EVP_MD_CTX *md = NULL;
    unsigned char *sig = NULL;
    sg_buf msg, b64;
    sg_buf_init(&msg, (size_t)1 << 20);
    sg_buf_init(&b64, 4096);
    json_t *att = NULL;
    char today[32], kid[72], digest[72];
    time_t t;

    if (!req->provision || !sg_catalog_find(req->provision))
        return sg_error_set(err, SG_ERR_INVALID_ARG, req->provision ? req->provision : "(none)",
                            "not a provision of ETSI EN 304 223");
    if (!req->statement || !*req->statement || !req->by || !*req->by)
        return sg_error_set(err, SG_ERR_INVALID_ARG, req->provision, "a statement and who attests are required");
    if (!req->expires || !sg__parse_date(req->expires, &t))
        return sg_error_set(err, SG_ERR_INVALID_ARG, req->provision, "an expiry date (YYYY-MM-DD) is required");
    if (req->date && !sg__parse_date(req->date, &t))
        return sg_error_set(err, SG_ERR_INVALID_ARG, req->date, "not a date (YYYY-MM-DD)");
    if (req->role && sg_role_parse(req->role) < 0)
        return sg_error_set(err, SG_ERR_INVALID_ARG, req->role, "not a role");
    sg_time_rfc3339(today);
    today[10] = '\0';

    if (!(key = read_key(key_pem_path, true, err))) {
        rc = err ? err->code : SG_ERR_KEY;
        goto out;
    }
    att = json_pack("{s:s, s:s, s:s, s:s, s:s}", "provision", req->provision, "statement", req->statement, "by",
                    req->by, "date", req->date ? req->date : today, "expires", req->expires);
    if (!att) {
        rc = sg_error_set(err, SG_ERR_NOMEM, req->provision, "out of memory");
        goto out;
    }
    if (req->role)
        json_object_set_new(att, "role", json_string(req->role));
    if (req->document) {
        if ((rc = sg__file_digest(req->document_path ? req->document_path : req->document, digest, err)) != SG_OK)
            goto out;
        json_object_set_new(att, "document", json_string(req->document));
        json_object_set_new(att, "document_digest", json_string(digest));
    }
    if ((rc = canonical(att, &msg)) != SG_OK || (rc = key_id(key, kid)) != SG_OK) {
        sg_error_set(err, rc, req->provision, "cannot encode the attestation");
        goto out;
    }
    const char *alg = alg_name(key);
    bool ed = strcmp(alg, "ed25519") == 0;
    size_t siglen = 0;
    md = EVP_MD_CTX_new();
    if (!md || EVP_DigestSignInit(md, NULL, ed ? NULL : EVP_sha256(), NULL, key) != 1 ||
        EVP_DigestSign(md, NULL, &siglen, (const unsigned char *)msg.data, msg.len) != 1 ||
        !(sig = OPENSSL_malloc(siglen)) ||
        EVP_DigestSign(md, sig, &siglen, (const unsigned char *)msg.data, msg.len) != 1) {
        rc = sg_error_set(err, SG_ERR_CRYPTO, key_pem_path, "signing failed");
        goto out;
    }
    if ((rc = sg_base64_encode(sig, siglen, &b64)) != SG_OK) {
        sg_error_set(err, rc, key_pem_path, "cannot encode the signature");
        goto out;
    }
    json_object_set_new(att, "signature",
                        json_pack("{s:s, s:s, s:s}", "algorithm", alg, "key_id", kid, "value", b64.data));
    *out = att;
    att = NULL;
out:
    json_decref(att);
    OPENSSL_free(sig);
    EVP_MD_CTX_free(md);
    EVP_PKEY_free(key);
    sg_buf_release(&msg);
    sg_buf_release(&b64);
    return rc;
}

sg_err sg_attestation_verify(const json_t *att, const char *const *pubkey_paths, size_t *key_index,
                             struct sg_error *err)
{
    const json_t *sig = json_object_get(att, "signature");
    const char *alg = json_string_value(json_object_get(sig, "algorithm"));
    const char *value = json_string_value(json_object_get(sig, "value"));
    const char *want_kid = json_string_value(json_object_get(sig, "key_id"));
    const char *prov = json_string_value(json_object_get(att, "provision"));
    if (!sig || !alg || !value)
        return sg_error_set(err, SG_ERR_SIGNATURE, prov, "the attestation is not signed");
    sg_buf msg, raw;
    sg_buf_init(&msg, (size_t)1 << 20);
    sg_buf_init(&raw, 4096);
    sg_err rc = SG_ERR_SIGNATURE;
    if (canonical(att, &msg) != SG_OK || sg_base64_decode(value, strlen(value), &raw) != SG_OK) {
        rc = sg_error_set(err, SG_ERR_SIGNATURE, prov, "the signature is not valid base64");
        goto out;
    }
    sg_error_set(err, SG_ERR_SIGNATURE, prov, "no trusted attestation key verifies the signature");
    for (size_t i = 0; pubkey_paths && pubkey_paths[i]; i++) {
        struct sg_error kerr = {0};
        EVP_PKEY *key = read_key(pubkey_paths[i], false, &kerr);
        if (!key) {
            rc = sg_error_set(err, SG_ERR_KEY, pubkey_paths[i], "%s", kerr.reason);
            goto out;
        }
        char kid[72];
        bool ok = false;
        if (strcmp(alg_name(key), alg) == 0 && key_id(key, kid) == SG_OK && (!want_kid || strcmp(kid, want_kid) == 0)) {
            EVP_MD_CTX *md = EVP_MD_CTX_new();
            bool ed = strcmp(alg, "ed25519") == 0;
            ok = md && EVP_DigestVerifyInit(md, NULL, ed ? NULL : EVP_sha256(), NULL, key) == 1 &&
                 EVP_DigestVerify(md, (const unsigned char *)raw.data, raw.len, (const unsigned char *)msg.data,
                                  msg.len) == 1;
            EVP_MD_CTX_free(md);
        }
        EVP_PKEY_free(key);
        if (ok) {
            if (key_index)
                *key_index = i;
            sg_error_clear(err);
            rc = SG_OK;
            goto out;
        }
    }
out:
    sg_buf_release(&msg);
    sg_buf_release(&raw);
    return rc;
}
