/* bundle.c - the Sigstore bundle v0.3 around a DSSE envelope: DSSE PAE
 * encoding, writing a signed bundle, and reading one back (strictly: media
 * type, payload type, exactly one signature) to verify its signature with a
 * backend from signers.c before anything in the payload is trusted. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "integrity/internal.h"
#include "saiguard/encode.h"

/* ==== DSSE pre-authentication encoding =================================== */

sg_err sg__dsse_pae(const char *type, const uint8_t *payload, size_t len, sg_buf *out)
{
    sg_err rc = sg_buf_printf(out, "DSSEv1 %zu %s %zu ", strlen(type), type, len);
    return rc ? rc : sg_buf_append(out, payload, len);
}

sg_err sg__dsse_pae_compat(const char *type, const uint8_t *payload, size_t len, sg_buf *out)
{
    /* model_signing v0.2 formatted the payload bytes into a Python f-string,
     * so what it signed is their repr(): b'...' with escapes. */
    bool has_single = memchr(payload, '\'', len) != NULL, has_double = memchr(payload, '"', len) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    sg_err rc = sg_buf_printf(out, "DSSEV1 %zu %s %zu b%c", strlen(type), type, len, quote);
    for (size_t i = 0; rc == SG_OK && i < len; i++) {
        uint8_t c = payload[i];
        if (c == '\\' || c == (uint8_t)quote)
            rc = sg_buf_printf(out, "\\%c", c);
        else if (c == '\n')
            rc = sg_buf_append_str(out, "\\n");
        else if (c == '\r')
            rc = sg_buf_append_str(out, "\\r");
        else if (c == '\t')
            rc = sg_buf_append_str(out, "\\t");
        else if (c < 0x20 || c >= 0x7f)
            rc = sg_buf_printf(out, "\\x%02x", c);
        else
            rc = sg_buf_append_byte(out, c);
    }
    return rc ? rc : sg_buf_append_byte(out, (uint8_t)quote);
}

/* ==== signing ============================================================== */

sg_err sg_statement_sign(const json_t *statement, const struct sg_sign_options *opt,
                         sg_buf *bundle_out, char signer[160], struct sg_error *err)
{
    const char *method = opt->method ? opt->method : opt->cert_path ? "certificate" : "key";
    const struct sg__signer *backend = sg__signer_find(method);
    if (!backend)
        return sg_error_set(err, SG_ERR_INVALID_ARG, method,
                            "unknown signing method (expected key, certificate or sigstore)");
    sg_buf payload, pae, sig, b64;
    sg_buf_init(&payload, SG__BUNDLE_MAX);
    sg_buf_init(&pae, SG__BUNDLE_MAX);
    sg_buf_init(&sig, 4096);
    sg_buf_init(&b64, SG__BUNDLE_MAX);
    json_t *bundle = NULL, *vm = json_object(), *env = NULL;
    sg_err rc = vm ? SG_OK : SG_ERR_NOMEM;
    if (rc == SG_OK)
        rc = sg_json_dump(statement, JSON_INDENT(2), &payload);
    if (rc == SG_OK)
        rc = sg__dsse_pae(SG__INTOTO_PAYLOAD_TYPE, (const uint8_t *)payload.data, payload.len, &pae);
    if (rc != SG_OK) {
        rc = sg_error_set(err, rc, NULL, "cannot encode the statement");
        goto out;
    }
    if ((rc = backend->sign(opt, &pae, &sig, vm, signer, err)))
        goto out;
    if ((rc = sg_base64_encode((const uint8_t *)payload.data, payload.len, &b64)))
        goto out;
    size_t payload_b64_len = b64.len; /* the signature's base64 follows in the same buffer */
    if ((rc = sg_base64_encode((const uint8_t *)sig.data, sig.len, &b64)))
        goto out;
    /* keyid "" as the reference writes it; verifiers accept "", absent or null. */
    env = json_pack("{s:s%, s:s, s:[{s:s%, s:s}]}", "payload", b64.data, payload_b64_len,
                    "payloadType", SG__INTOTO_PAYLOAD_TYPE, "signatures", "sig",
                    b64.data + payload_b64_len, b64.len - payload_b64_len, "keyid", "");
    bundle = env ? json_pack("{s:s, s:O, s:O}", "mediaType", SG__BUNDLE_MEDIA_TYPE,
                             "verificationMaterial", vm, "dsseEnvelope", env)
                 : NULL;
    if (!bundle) {
        rc = sg_error_set(err, SG_ERR_NOMEM, NULL, "cannot build the bundle");
        goto out;
    }
    rc = sg_json_dump(bundle, JSON_INDENT(2), bundle_out);
    if (rc == SG_OK)
        rc = sg_buf_append_byte(bundle_out, '\n');
    if (rc != SG_OK)
        rc = sg_error_set(err, rc, NULL, "cannot write the bundle");
out:
    json_decref(bundle);
    json_decref(env);
    json_decref(vm);
    sg_buf_release(&payload);
    sg_buf_release(&pae);
    sg_buf_release(&sig);
    sg_buf_release(&b64);
    return rc;
}

sg_err sg_model_sign(sg_ctx *ctx, const char *model_path, const struct sg_sign_options *opt,
                     sg_buf *bundle_out, struct sg_sign_result *result, struct sg_error *err)
{
    struct sg_sign_result local;
    if (!result)
        result = &local;
    memset(result, 0, sizeof *result);
    struct sg_hash_options hopt = opt->hash;
    hopt.record_ignores = true;
    if (opt->output_path)
        hopt.signature_path = opt->output_path;
    struct sg_manifest *m = NULL;
    json_t *st = NULL;
    sg_err rc;
    const char *method = opt->method ? opt->method : opt->cert_path ? "certificate" : "key";
    const struct sg__signer *backend = sg__signer_find(method);
    EVP_PKEY *probe = NULL;
    /* Fail in a moment on a bad method or key, not after hashing gigabytes. */
    if (!backend) {
        rc = sg_error_set(err, SG_ERR_INVALID_ARG, method,
                          "unknown signing method (expected key, certificate or sigstore)");
        goto out;
    }
    if (strcmp(method, "sigstore") == 0) {
        rc = backend->sign(opt, NULL, NULL, NULL, NULL, err);
        goto out;
    }
    if (!opt->key_path) {
        rc = sg_error_set(err, SG_ERR_USAGE, NULL, "a private key (--key) is required");
        goto out;
    }
    if ((rc = sg__key_load_private(opt->key_path, &probe, err)))
        goto out;
    EVP_PKEY_free(probe);
    if ((rc = sg_manifest_hash(ctx, model_path, &hopt, &m, err)))
        goto out;
    if (m->count == 0) {
        rc = sg_error_set(err, SG_ERR_INVALID_ARG, model_path,
                          "nothing to sign: no files (after ignores) in the model");
        goto out;
    }
    if ((rc = sg_manifest_to_statement(m, &st, err)) ||
        (rc = sg_statement_sign(st, opt, bundle_out, result->signer, err)))
        goto out;
    sg_hex_encode(m->root, 32, result->root_hex);
    result->files = m->count;
    result->bytes = m->total_bytes;
out:;
    char digest[80];
    snprintf(digest, sizeof digest, "sha256:%s", result->root_hex);
    json_t *details = json_pack("{s:s, s:s?, s:I}", "method", method, "signer", result->signer[0] ? result->signer : NULL, "resources",
                                (json_int_t)result->files);
    struct sg_audit_event ev = {
        .type = "model.signed",
        .subject = model_path,
        .role = "developer",
        .outcome = rc == SG_OK ? "ok" : "fail",
        .digest_after = rc == SG_OK ? digest : NULL,
        .details = details,
    };
    struct sg_error aerr = {0};
    sg_err arc = ctx ? sg_audit_record(ctx, &ev, &aerr) : SG_OK;
    json_decref(details);
    json_decref(st);
    sg_manifest_free(m);
    if (rc == SG_OK && arc != SG_OK) {
        if (err)
            *err = aerr;
        rc = arc;
    }
    return rc;
}

/* ==== reading and verifying =============================================== */

static sg_err decode_b64_field(const json_t *obj, const char *key, const char *subject, sg_buf *out,
                               struct sg_error *err)
{
    const char *s;
    sg_err rc = sg_json_get_string(obj, key, &s, subject, err);
    if (rc != SG_OK)
        return rc;
    if (sg_base64_decode(s, strlen(s), out) != SG_OK)
        return sg_error_set(err, SG_ERR_PARSE, key, "invalid base64 in %s", subject);
    return SG_OK;
}

static const char *bundle_method(const json_t *vm)
{
    if (json_object_get(vm, "publicKey"))
        return "key";
    if (json_object_get(vm, "x509CertificateChain"))
        return "certificate";
    if (json_object_get(vm, "certificate"))
        return "sigstore";
    return NULL;
}

sg_err sg_bundle_verify(const char *data, size_t len, const struct sg_verify_options *opt,
                        struct sg_manifest **out, struct sg_verify_result *result,
                        struct sg_error *err)
{
    *out = NULL;
    json_t *bundle = NULL, *vm, *env, *sigs, *statement = NULL;
    const char *media, *ptype;
    EVP_PKEY *key = NULL;
    char signer[160] = "";
    sg_buf payload, sig, pae;
    sg_buf_init(&payload, SG__BUNDLE_MAX);
    sg_buf_init(&sig, 4096);
    sg_buf_init(&pae, SG__BUNDLE_MAX + 4096);
    const char *subject = opt && opt->sig_path ? opt->sig_path : "bundle";
    sg_err rc = sg_json_parse(data, len, subject, &bundle, err);
    if (rc != SG_OK)
        goto out;
    if (!json_is_object(bundle)) {
        rc = sg_error_set(err, SG_ERR_PARSE, subject, "a bundle must be a JSON object");
        goto out;
    }
    if ((rc = sg_json_get_string(bundle, "mediaType", &media, subject, err)) ||
        (rc = sg_json_get_object(bundle, "verificationMaterial", &vm, subject, err)) ||
        (rc = sg_json_get_object(bundle, "dsseEnvelope", &env, subject, err)))
        goto out;
    if (strcmp(media, SG__BUNDLE_MEDIA_TYPE) != 0) {
        rc = sg_error_set(err, SG_ERR_FORMAT, media, "bundle media type must be %s",
                          SG__BUNDLE_MEDIA_TYPE);
        goto out;
    }
    const char *method = bundle_method(vm);
    const struct sg__signer *backend = method ? sg__signer_find(method) : NULL;
    if (!backend) {
        rc = sg_error_set(err, SG_ERR_PARSE, "verificationMaterial",
                          "no publicKey, x509CertificateChain or certificate");
        goto out;
    }
    if (result)
        snprintf(result->method, sizeof result->method, "%s", method);
    /* Keyless bundles are only meaningful with their transparency-log entry. */
    const json_t *tlog = json_object_get(vm, "tlogEntries");
    if (strcmp(method, "sigstore") == 0 && (!json_is_array(tlog) || json_array_size(tlog) == 0)) {
        rc = sg_error_set(err, SG_ERR_PARSE, "verificationMaterial.tlogEntries",
                          "a keyless (sigstore) bundle needs at least one transparency-log entry");
        goto out;
    }
    if ((rc = sg_json_get_string(env, "payloadType", &ptype, "dsseEnvelope", err)) ||
        (rc = sg_json_get_array(env, "signatures", &sigs, "dsseEnvelope", err)) ||
        (rc = decode_b64_field(env, "payload", "dsseEnvelope", &payload, err)))
        goto out;
    if (strcmp(ptype, SG__INTOTO_PAYLOAD_TYPE) != 0) {
        rc = sg_error_set(err, SG_ERR_FORMAT, ptype, "payload type must be %s",
                          SG__INTOTO_PAYLOAD_TYPE);
        goto out;
    }
    /* One signer, one signature: extra signatures could carry unchecked claims. */
    if (json_array_size(sigs) != 1 || !json_is_object(json_array_get(sigs, 0))) {
        rc = sg_error_set(err, SG_ERR_PARSE, "dsseEnvelope.signatures",
                          "must hold exactly one signature");
        goto out;
    }
    const json_t *keyid = json_object_get(json_array_get(sigs, 0), "keyid");
    if (keyid && !json_is_string(keyid) && !json_is_null(keyid)) {
        rc = sg_error_set(err, SG_ERR_PARSE, "keyid", "must be a string or null");
        goto out;
    }
    if ((rc = decode_b64_field(json_array_get(sigs, 0), "sig", "signature", &sig, err)))
        goto out;
    if ((rc = backend->trusted_key(vm, opt, &key, signer, err)))
        goto out;
    if (result)
        snprintf(result->signer, sizeof result->signer, "%s", signer);
    if ((rc = sg__dsse_pae(ptype, (const uint8_t *)payload.data, payload.len, &pae))) {
        rc = sg_error_set(err, rc, subject, "cannot encode the payload");
        goto out;
    }
    bool good = sg__key_verify(key, NULL, (const uint8_t *)pae.data, pae.len, (const uint8_t *)sig.data,
                               sig.len);
    if (!good) {
        sg_buf_reset(&pae);
        if ((rc = sg__dsse_pae_compat(ptype, (const uint8_t *)payload.data, payload.len, &pae))) {
            rc = sg_error_set(err, rc, subject, "cannot encode the payload");
            goto out;
        }
        /* model_signing v0.2 signed with SHA-256 whatever the curve. */
        good = sg__key_verify(key, NULL, (const uint8_t *)pae.data, pae.len,
                              (const uint8_t *)sig.data, sig.len) ||
               sg__key_verify(key, EVP_sha256(), (const uint8_t *)pae.data, pae.len,
                              (const uint8_t *)sig.data, sig.len);
        if (good && result)
            result->used_pae_compat = true;
    }
    if (!good) {
        rc = sg_error_set(err, SG_ERR_SIGNATURE, subject,
                          "signature does not verify with the given %s",
                          strcmp(method, "key") == 0 ? "public key" : "certificate chain");
        goto out;
    }
    if (result)
        result->signature_ok = true;
    /* Only now is the payload trusted enough to parse. */
    if ((rc = sg_json_parse(payload.data, payload.len, "payload", &statement, err)) ||
        (rc = sg_manifest_from_statement(statement, out, err)))
        goto out;
    if (result) {
        snprintf(result->predicate, sizeof result->predicate, "%s",
                 (*out)->legacy ? "v0.1 (legacy)" : "v1.0");
        snprintf(result->model_name, sizeof result->model_name, "%s", (*out)->model_name);
        sg_hex_encode((*out)->root, 32, result->root_hex);
    }
out:
    EVP_PKEY_free(key);
    json_decref(statement);
    json_decref(bundle);
    sg_buf_release(&payload);
    sg_buf_release(&sig);
    sg_buf_release(&pae);
    return rc;
}
