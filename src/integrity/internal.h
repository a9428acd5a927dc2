/* internal.h - what the integrity files share and nobody else sees: ignore
 * rules, DSSE encoding, key handling and the signer backend table. */
#ifndef SG_INTEGRITY_INTERNAL_H
#define SG_INTEGRITY_INTERNAL_H

#include <openssl/evp.h>
#include <openssl/x509.h>

#include "saiguard/integrity.h"
#include "saiguard/json.h"

#define SG__BUNDLE_MEDIA_TYPE "application/vnd.dev.sigstore.bundle.v0.3+json"
#define SG__INTOTO_PAYLOAD_TYPE "application/vnd.in-toto+json"
#define SG__STATEMENT_TYPE "https://in-toto.io/Statement/v1"
#define SG__PREDICATE_V1 "https://model_signing/signature/v1.0"
#define SG__PREDICATE_V01 "https://model_signing/Digests/v0.1"
/* Bundles are small (a manifest of names and digests); a larger one is hostile. */
#define SG__BUNDLE_MAX ((size_t)64 << 20)

/* ---- ignore rules (manifest.c) ---- */
struct sg__ignore {
    char **patterns;
    size_t n;
};
bool sg__ignore_matches(const struct sg__ignore *ig, const char *relpath);
SG_MUST_USE sg_err sg__ignore_add(struct sg__ignore *ig, const char *pattern, struct sg_error *err);
SG_MUST_USE sg_err sg__ignore_add_defaults(struct sg__ignore *ig, struct sg_error *err);
SG_MUST_USE sg_err sg__ignore_add_inside(struct sg__ignore *ig, const char *model,
                                         const char *file, struct sg_error *err);
void sg__ignore_release(struct sg__ignore *ig);

/* Hashes with an explicit ignore set (verify builds it from the manifest). */
SG_MUST_USE sg_err sg__manifest_hash_ignoring(sg_ctx *ctx, const char *model_path,
                                              const struct sg_hash_options *opt,
                                              const struct sg__ignore *ig,
                                              struct sg_manifest **out, struct sg_error *err);
const EVP_MD *sg__integrity_md(enum sg_hash_algo algo);
/* Tests only: called after a file is opened and checked, before it is read,
 * so a test can change the file at exactly that moment. NULL normally. */
extern void (*sg__integrity_hash_hook)(const char *path);
size_t sg__integrity_digest_len(enum sg_hash_algo algo);

/* ---- DSSE (bundle.c) ---- */
/* PAE(type, payload) as DSSE v1 defines it, appended to out. */
SG_MUST_USE sg_err sg__dsse_pae(const char *type, const uint8_t *payload, size_t len, sg_buf *out);
/* The v0.2 model_signing PAE ("DSSEV1", payload as Python's bytes repr):
 * accepted when verifying, never produced. */
SG_MUST_USE sg_err sg__dsse_pae_compat(const char *type, const uint8_t *payload, size_t len,
                                       sg_buf *out);

/* ---- keys (keys.c) ---- */
SG_MUST_USE sg_err sg__key_load_private(const char *path, EVP_PKEY **out, struct sg_error *err);
SG_MUST_USE sg_err sg__key_load_public(const char *path, EVP_PKEY **out, struct sg_error *err);
/* The digest a key signs with under OMS: SHA-256/384/512 for P-256/384/521,
 * NULL (pure) for Ed25519; SG_ERR_KEY for anything else. */
SG_MUST_USE sg_err sg__key_digest(EVP_PKEY *key, const EVP_MD **md, const char *subject,
                                  struct sg_error *err);
SG_MUST_USE sg_err sg__key_hint(EVP_PKEY *key, char hint[65], struct sg_error *err);
SG_MUST_USE sg_err sg__key_sign(EVP_PKEY *key, const sg_buf *msg, sg_buf *sig, struct sg_error *err);
/* true if sig verifies msg under key, with the key's OMS digest or, for
 * ECDSA, md_override when not NULL. */
bool sg__key_verify(EVP_PKEY *key, const EVP_MD *md_override, const uint8_t *msg, size_t msg_len,
                    const uint8_t *sig, size_t sig_len);

/* ---- signer backends (signers.c) ---- */
struct sg__signer {
    const char *name; /* "key", "certificate", "sigstore" */
    /* Signs pae with opt's material; adds verificationMaterial to vm. */
    sg_err (*sign)(const struct sg_sign_options *opt, const sg_buf *pae, sg_buf *sig, json_t *vm,
                   char signer[160], struct sg_error *err);
    /* Finds the verifying key for this bundle's verificationMaterial under
     * opt's trust material (public key or CA roots). */
    sg_err (*trusted_key)(const json_t *vm, const struct sg_verify_options *opt, EVP_PKEY **out,
                          char signer[160], struct sg_error *err);
};
/* The backend for a method name, or NULL. */
const struct sg__signer *sg__signer_find(const char *name);

#endif
