/* integrity.h - model integrity: hash a model tree into a manifest, sign it as
 * an OpenSSF Model Signing (OMS) v1.0 Sigstore bundle, and verify a model
 * against such a bundle, naming every file that was modified, added or removed.
 *
 * Format facts (ordering, single-file names, key hints, legacy bundles) follow
 * the reference implementation (sigstore/model-transparency) where it and the
 * OMS spec disagree, so that either tool verifies the other's signatures.
 *
 * Thread safety: every function may be called from any thread; no call keeps
 * global state. Hashing uses its own worker pool for the duration of a call.
 * Errors: every fallible function returns sg_err and fills the optional
 * struct sg_error; out-params are NULL/zero on failure. */
#ifndef SAIGUARD_INTEGRITY_H
#define SAIGUARD_INTEGRITY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "context.h"
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- manifests ----------------------------------------------------------- */

enum sg_serialization {
    SG_SERIALIZE_FILES,  /* one digest per file */
    SG_SERIALIZE_SHARDS, /* one digest per fixed-size byte range of each file */
};

enum sg_hash_algo {
    SG_HASH_SHA256,  /* the default and the only one OMS requires */
    SG_HASH_BLAKE2B, /* BLAKE2b-512, as hashlib.blake2b() */
};

/* The reference's default shard size (bytes). */
#define SG_DEFAULT_SHARD_SIZE UINT64_C(1000000000)
/* Digests are at most 64 bytes (BLAKE2b-512). */
#define SG_DIGEST_MAX 64

struct sg_manifest_entry {
    char *name;      /* resource name as signed: "dir/file", "dir/file:start:end" (shards), "." for a single-file model */
    char *path;      /* the file below the root ('/'-separated); the file's own name for a single-file model */
    uint64_t start;  /* byte range hashed (shards); 0..size for whole files */
    uint64_t end;
    uint8_t digest[SG_DIGEST_MAX];
    size_t digest_len;
};

struct sg_manifest {
    char *model_name;                 /* subject name: basename of the model path */
    enum sg_serialization method;
    enum sg_hash_algo algo;
    uint64_t shard_size;              /* SHARDS only */
    bool allow_symlinks;
    char **ignore_paths;              /* recorded in serialization.ignore_paths (may be 0) */
    size_t n_ignore;
    struct sg_manifest_entry *entries;
    size_t count;
    uint8_t root[32];                 /* SHA-256 over the raw entry digests in entry order */
    bool legacy;                      /* read from a v0.1 "Digests" predicate (verify only) */
    uint64_t total_bytes;             /* bytes hashed (hash/verify only) */
};

struct sg_hash_options {
    enum sg_serialization method;
    enum sg_hash_algo algo;
    uint64_t shard_size;           /* 0 = SG_DEFAULT_SHARD_SIZE */
    bool follow_symlinks;          /* follow links that stay inside the root (recorded as allow_symlinks) */
    bool no_default_ignores;       /* do not skip .git, .gitattributes, .github, .gitignore */
    const char *const *ignore;     /* extra paths or glob patterns below the root */
    size_t n_ignore;
    const char *signature_path;    /* the bundle's path: skipped if it lies inside the model */
    bool record_ignores;           /* write the ignore list into the manifest (sign does) */
    int threads;                   /* 0 = sg_cpu_count() */
};

/* Hashes a model directory (or one file) into a new manifest, entries in the
 * reference order (per path component; shards by offset). Large files are
 * hashed in shards and files in parallel with pread(); memory stays bounded
 * (one 128 KiB buffer per worker). A file that changes size or mtime while it
 * is hashed fails with SG_ERR_CHANGED; a symbolic link without
 * follow_symlinks fails with SG_ERR_SYMLINK; a name that is not UTF-8 with
 * SG_ERR_ENCODING. Progress is reported through ctx (may be NULL).
 * The caller frees *out with sg_manifest_free. */
SG_MUST_USE sg_err sg_manifest_hash(sg_ctx *ctx, const char *model_path,
                                    const struct sg_hash_options *opt, struct sg_manifest **out,
                                    struct sg_error *err);
void sg_manifest_free(struct sg_manifest *m);

/* Recomputes m->root from the entries, in entry order. */
SG_MUST_USE sg_err sg_manifest_compute_root(struct sg_manifest *m, struct sg_error *err);

/* The in-toto v1 Statement with the OMS v1.0 predicate for m (new reference). */
SG_MUST_USE sg_err sg_manifest_to_statement(const struct sg_manifest *m, json_t **out,
                                            struct sg_error *err);
/* Reads an OMS v1.0 statement (or, with legacy accepted, a v0.1 Digests one)
 * into a new manifest. Names are checked: absolute, "..", duplicates and
 * malformed shard ranges are rejected (SG_ERR_UNSAFE_PATH / SG_ERR_PARSE).
 * The root digest is recomputed from the entries in file order and must
 * equal the subject digest (else SG_ERR_TAMPERED, "manifest is inconsistent"). */
SG_MUST_USE sg_err sg_manifest_from_statement(const json_t *statement, struct sg_manifest **out,
                                              struct sg_error *err);

/* Name of an algorithm as OMS writes it ("sha256", "blake2b"). */
const char *sg_hash_algo_name(enum sg_hash_algo algo);

/* Option parsers shared by the CLI and callers taking user input:
 * "files"|"shards"; "sha256"|"blake2b"; a byte count with an optional
 * K, M, G (powers of 1024) or KB, MB, GB (powers of 1000) suffix. */
SG_MUST_USE sg_err sg_serialization_parse(const char *s, enum sg_serialization *out,
                                          struct sg_error *err);
SG_MUST_USE sg_err sg_hash_algo_parse(const char *s, enum sg_hash_algo *out, struct sg_error *err);
SG_MUST_USE sg_err sg_size_parse(const char *s, uint64_t *out, struct sg_error *err);

/* ---- keys ----------------------------------------------------------------- */

enum sg_key_type { SG_KEY_ECDSA_P256, SG_KEY_ECDSA_P384, SG_KEY_ECDSA_P521, SG_KEY_ED25519 };

/* Parses "ecdsa-p256", "ecdsa-p384", "ecdsa-p521", "ed25519". */
SG_MUST_USE sg_err sg_key_type_parse(const char *name, enum sg_key_type *out, struct sg_error *err);

/* Writes out_base.key (PKCS#8 PEM, mode 0600, created with O_EXCL so it is
 * never world-readable, even briefly) and out_base.pub (SubjectPublicKeyInfo
 * PEM). Refuses to replace either file (SG_ERR_EXISTS) unless force. On
 * failure nothing is left behind. hint (optional, 65 bytes) receives the
 * public key's OMS hint. */
SG_MUST_USE sg_err sg_keygen(enum sg_key_type type, const char *out_base, bool force,
                             char hint[65], struct sg_error *err);

/* The OMS key hint of a public (or private) key PEM file: lowercase hex
 * SHA-256 of the key re-serialised as canonical SubjectPublicKeyInfo PEM. */
SG_MUST_USE sg_err sg_key_hint_file(const char *pem_path, char hint[65], struct sg_error *err);

/* ---- signing ---------------------------------------------------------------- */

struct sg_sign_options {
    const char *key_path;     /* private key PEM (required) */
    const char *cert_path;    /* leaf certificate PEM: certificate method (optional) */
    const char *chain_path;   /* intermediate certificates PEM, leaf's issuer first (optional) */
    const char *method;       /* "key" (default without cert), "certificate", "sigstore" */
    const char *output_path;  /* where the bundle will be written (used to ignore it) */
    struct sg_hash_options hash;
};

struct sg_sign_result {
    char root_hex[65];        /* root digest of the manifest */
    char signer[160];         /* key hint, or the leaf certificate's subject */
    size_t files;             /* resources signed */
    uint64_t bytes;
};

/* Hashes model_path and signs the manifest; the bundle JSON (pretty, with a
 * trailing newline) is appended to bundle_out. Records "model.signed". */
SG_MUST_USE sg_err sg_model_sign(sg_ctx *ctx, const char *model_path,
                                 const struct sg_sign_options *opt, sg_buf *bundle_out,
                                 struct sg_sign_result *result, struct sg_error *err);

/* Signs an already made statement (used by tests to reproduce goldens). */
SG_MUST_USE sg_err sg_statement_sign(const json_t *statement, const struct sg_sign_options *opt,
                                     sg_buf *bundle_out, char signer[160], struct sg_error *err);

/* ---- verification ----------------------------------------------------------- */

enum sg_change_kind {
    SG_CHANGE_MODIFIED, /* signed, present, different content */
    SG_CHANGE_ADDED,    /* present, neither signed nor ignored */
    SG_CHANGE_REMOVED,  /* signed, missing */
};

struct sg_change {
    enum sg_change_kind kind;
    char *path;
};

struct sg_verify_options {
    const char *sig_path;           /* the bundle (required) */
    const char *key_path;           /* public key PEM: key method */
    const char *ca_path;            /* CA roots PEM: certificate method */
    bool ignore_unsigned;           /* files neither signed nor ignored are not an error */
    const char *const *ignore;      /* more paths to ignore on top of the recorded ones */
    size_t n_ignore;
    int threads;
};

struct sg_verify_result {
    bool verified;                  /* signature good AND files match */
    bool signature_ok;              /* the bundle's signature verified */
    char method[16];                /* "key", "certificate", "sigstore" */
    char signer[160];               /* key hint, or the leaf certificate's subject */
    char root_hex[65];              /* signed root digest */
    char model_name[256];           /* subject name */
    char predicate[64];             /* "v1.0" or "v0.1 (legacy)" */
    bool used_pae_compat;           /* signature made with the v0.2 PAE bug */
    struct sg_change *changes;      /* sorted by path */
    size_t n_changes;
    size_t files_checked;
    uint64_t bytes;
};

/* Verifies model_path against the bundle. Returns SG_OK when the signature is
 * good and every file matches. SG_ERR_TAMPERED when the signature is good but
 * files differ (result->changes names them); SG_ERR_SIGNATURE when the
 * signature is not by the given key or chain; SG_ERR_PARSE/FORMAT for a
 * garbled bundle; SG_ERR_KEY for an unusable key. The result is filled as far
 * as verification got; release it with sg_verify_result_release.
 * Records "model.verified" with outcome ok or fail. */
SG_MUST_USE sg_err sg_model_verify(sg_ctx *ctx, const char *model_path,
                                   const struct sg_verify_options *opt,
                                   struct sg_verify_result *result, struct sg_error *err);
void sg_verify_result_release(struct sg_verify_result *r);

/* Checks only the bundle: parses it and verifies its signature with the given
 * key or CA roots, returning the signed manifest (free with sg_manifest_free).
 * result (optional) receives method, signer and predicate. */
SG_MUST_USE sg_err sg_bundle_verify(const char *bundle, size_t len,
                                    const struct sg_verify_options *opt, struct sg_manifest **out,
                                    struct sg_verify_result *result, struct sg_error *err);

const char *sg_change_kind_name(enum sg_change_kind kind);

#ifdef __cplusplus
}
#endif
#endif
