/* conformance.h - conformance with ETSI EN 304 223: the provision catalogue
 * compiled into the binary, the system profile (saiguard.yaml), evidence
 * collection and verdicts, and the reports (text, JSON, OSCAL, HTML).
 *
 * The model: a profile describes one AI system. An assessment runs one
 * collector per evidence kind; each produces named *checks* (pass, fail or
 * inconclusive, with reasons and evidence items). A fixed rule table maps
 * every provision to the checks that decide it and says whether a signed
 * attestation is required, accepted or useless for it. The verdict of a
 * provision is: not_applicable (the organisation holds none of its roles),
 * waived (a valid waiver covers it), else fail if any deciding check fails,
 * inconclusive if any is inconclusive or missing, else pass. An attestation
 * alone passes only a provision with no software-checkable part.
 *
 * The whole result is one JSON document (schema "saiguard.assessment/1",
 * documented in saiguard-assess(1)); every report is rendered from it, so what
 * the terminal, HTML and OSCAL show is exactly what the JSON holds.
 *
 * Thread safety: the catalogue is immutable and may be read from any thread.
 * Profiles and reports are plain values owned by one thread at a time. */
#ifndef SAIGUARD_CONFORMANCE_H
#define SAIGUARD_CONFORMANCE_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "buf.h"
#include "context.h"
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- the catalogue ----------------------------------------------------- */

#define SG_PROVISION_COUNT 72
#define SG_PRINCIPLE_COUNT 13

enum sg_role {
    SG_ROLE_DEVELOPER = 1u << 0,
    SG_ROLE_SYSTEM_OPERATOR = 1u << 1,
    SG_ROLE_DATA_CUSTODIAN = 1u << 2,
};
#define SG_ROLE_ALL (SG_ROLE_DEVELOPER | SG_ROLE_SYSTEM_OPERATOR | SG_ROLE_DATA_CUSTODIAN)

enum sg_phase {
    SG_PHASE_DESIGN,
    SG_PHASE_DEVELOPMENT,
    SG_PHASE_DEPLOYMENT,
    SG_PHASE_MAINTENANCE,
    SG_PHASE_END_OF_LIFE,
    SG_PHASE_COUNT
};

enum sg_level { SG_LEVEL_SHALL, SG_LEVEL_SHOULD };

enum sg_automation { SG_AUTOMATION_AUTOMATABLE, SG_AUTOMATION_PARTIAL, SG_AUTOMATION_ORGANISATIONAL };

/* The evidence kinds the catalogue names (provisions.json "evidence"). */
enum sg_evidence_kind {
    SG_EVIDENCE_ATTESTATION = 1u << 0,
    SG_EVIDENCE_INVENTORY = 1u << 1,
    SG_EVIDENCE_SIGNING = 1u << 2,
    SG_EVIDENCE_MODEL_SCAN = 1u << 3,
    SG_EVIDENCE_AUDIT_LOG = 1u << 4,
    SG_EVIDENCE_GATEWAY_POLICY = 1u << 5,
    SG_EVIDENCE_GUARDRAILS = 1u << 6,
    SG_EVIDENCE_MONITORING = 1u << 7,
    SG_EVIDENCE_REDTEAM = 1u << 8,
    SG_EVIDENCE_DECOMMISSION = 1u << 9,
    SG_EVIDENCE_TRAINING_RECORD = 1u << 10,
    SG_EVIDENCE_THREAT_MODEL = 1u << 11,
    SG_EVIDENCE_SBOM = 1u << 12,
};
#define SG_EVIDENCE_KIND_COUNT 13

struct sg_principle {
    int number;              /* 1..13 */
    const char *clause;      /* "5.1.1" */
    const char *title;       /* our paraphrase */
    enum sg_phase phase;
    unsigned roles;          /* enum sg_role mask: "primarily applies to" */
    const char *summary;     /* our paraphrase */
    int provision_count, shall_count, should_count;
};

struct sg_provision {
    const char *id;          /* "5.2.4-1.2" */
    const char *uk_cop_id;   /* "8.1.2" */
    int principle;
    enum sg_phase phase;
    unsigned roles;          /* enum sg_role mask of the obliged stakeholders */
    enum sg_level level;
    bool mixed_modals;
    const char *summary;     /* our paraphrase */
    unsigned evidence;       /* enum sg_evidence_kind mask */
    enum sg_automation automation;
    bool uncertain;          /* a fact was inferred rather than read */
    const char *note;        /* or NULL */
    bool roles_from_principle;
};

/* Catalogue access. Pointers are to static data; never NULL for a valid index. */
const struct sg_provision *sg_catalog_provision(size_t index);
const struct sg_principle *sg_catalog_principle(int number);
/* NULL when id is not a provision of the standard. */
const struct sg_provision *sg_catalog_find(const char *id);

/* Names as used in profiles, JSON and on the command line, and back.
 * The parsers return -1 (or 0 for a mask) for an unknown name. */
const char *sg_role_name(enum sg_role role);
const char *sg_role_title(enum sg_role role);   /* "System Operator" */
int sg_role_parse(const char *name);            /* accepts system_operator / system-operator / operator */
const char *sg_phase_name(enum sg_phase phase);
const char *sg_phase_title(enum sg_phase phase); /* "End of life" */
int sg_phase_parse(const char *name);
const char *sg_level_name(enum sg_level level);
const char *sg_automation_name(enum sg_automation a);
const char *sg_evidence_name(enum sg_evidence_kind kind);

/* The catalogue filtered by roles (mask; 0 = all) and phase (-1 = all) as
 * JSON (schema "saiguard.catalog/1") or as an OSCAL 1.2.2 catalog. *out is a
 * new reference. */
SG_MUST_USE sg_err sg_catalog_to_json(unsigned roles, int phase, json_t **out, struct sg_error *err);
SG_MUST_USE sg_err sg_catalog_to_oscal(unsigned roles, int phase, json_t **out, struct sg_error *err);

/* ---- the system profile ------------------------------------------------ */

/* The profile file name looked for in the current directory and its parents. */
#define SG_PROFILE_NAME "saiguard.yaml"
/* Profiles are small; anything larger is a mistake or an attack. */
#define SG_PROFILE_MAX_BYTES ((size_t)1 << 20)

/* A loaded, validated profile. Paths inside are resolved against the
 * profile's directory (base_dir). Fields point into doc. */
struct sg_profile {
    char path[PATH_MAX];     /* the profile file */
    char base_dir[PATH_MAX]; /* its directory */
    char digest[72];         /* "sha256:<hex>" of the file */
    json_t *doc;             /* the validated document (owned) */
    const char *name, *version;
    unsigned roles;          /* enum sg_role mask */
};

/* Walks up from start_dir (NULL = cwd) to find SG_PROFILE_NAME; out gets the
 * path. SG_ERR_NOT_FOUND if none up to the root. */
SG_MUST_USE sg_err sg_profile_find(const char *start_dir, char *out, size_t size, struct sg_error *err);

/* Loads and validates a profile: unknown keys, unknown provision ids, wrong
 * types, bad dates and missing referenced files are SG_ERR_CONFIG (or
 * SG_ERR_NOT_FOUND) errors naming the key. Attestations and waivers are only
 * checked for shape here; their signatures, digests and expiry are judged by
 * the assessment (they turn into verdict reasons, not load errors).
 * Release with sg_profile_release. */
SG_MUST_USE sg_err sg_profile_load(struct sg_profile *profile, const char *path, struct sg_error *err);
void sg_profile_release(struct sg_profile *profile);

/* Resolves rel (from the profile) against base_dir into out. Absolute paths
 * are kept. */
SG_MUST_USE sg_err sg_profile_path(const struct sg_profile *profile, const char *rel, char *out,
                                   size_t size, struct sg_error *err);

/* Writes a commented starter profile for the system in dir to out: the
 * inventory identifies models, datasets and prompts by content (read-only,
 * through ctx's state directory; nothing is registered), gateway
 * configuration is found by name; it proposes them as assets, guesses roles
 * from them and leaves TODOs for the documents. */
SG_MUST_USE sg_err sg_profile_starter(sg_ctx *ctx, const char *dir, sg_buf *out, struct sg_error *err);

/* ---- attestations ------------------------------------------------------- */

/* What `saiguard assess attest` signs. The document's SHA-256 is recorded so a
 * changed document invalidates the attestation. */
struct sg_attestation_request {
    const char *provision;   /* provision id */
    const char *statement;   /* what is attested, in the attester's words */
    const char *document;    /* path of the evidence document (as written in the profile) */
    const char *document_path; /* where to read it now (resolved); may equal document */
    const char *by;          /* who attests (name <email>) */
    const char *role;        /* enum sg_role name, optional */
    const char *date;        /* YYYY-MM-DD; NULL = today (UTC) */
    const char *expires;     /* YYYY-MM-DD, required */
};

/* Builds the attestation record and signs it with the Ed25519 or ECDSA
 * P-256 private key in key_pem_path (PEM, unencrypted). The signature covers
 * the canonical JSON of the record without its "signature" member (keys
 * sorted, compact, UTF-8). *out is a new object ready to paste into the
 * profile's attestations list. */
SG_MUST_USE sg_err sg_attestation_sign(const struct sg_attestation_request *req, const char *key_pem_path,
                                       json_t **out, struct sg_error *err);

/* Verifies an attestation record's signature against the PEM public keys
 * (NULL-terminated). SG_ERR_SIGNATURE if none verifies; SG_ERR_KEY if a key is
 * unusable. On success *key_index is the index of the key that verified. */
SG_MUST_USE sg_err sg_attestation_verify(const json_t *attestation, const char *const *pubkey_paths,
                                         size_t *key_index, struct sg_error *err);

/* ---- the assessment ----------------------------------------------------- */

enum sg_verdict {
    SG_VERDICT_PASS,
    SG_VERDICT_FAIL,
    SG_VERDICT_INCONCLUSIVE,
    SG_VERDICT_WAIVED,
    SG_VERDICT_NOT_APPLICABLE,
};
const char *sg_verdict_name(enum sg_verdict v);
int sg_verdict_parse(const char *name);

/* Combines two results: fail dominates, then inconclusive, then pass. */
enum sg_verdict sg_verdict_combine(enum sg_verdict a, enum sg_verdict b);

struct sg_assess_options {
    time_t now;              /* 0 = the current time (tests pin it) */
    bool record_state;       /* remember tracked-asset digests in the state dir for the next run */
};

/* Runs every collector for the profile and computes all 72 verdicts. *report
 * is a new JSON object (schema "saiguard.assessment/1"). Collectors whose
 * capability is missing from this build yield inconclusive checks, never
 * passes. The run is recorded as an "assessment.run" audit event carrying the
 * report's digest. Errors are for the run itself (unreadable profile, state
 * directory); problems in the evidence become verdicts. */
SG_MUST_USE sg_err sg_assess_run(sg_ctx *ctx, const struct sg_profile *profile,
                                 const struct sg_assess_options *opt, json_t **report,
                                 struct sg_error *err);

/* SHA-256 of the report's canonical JSON, "sha256:<hex>" into out[72]. */
SG_MUST_USE sg_err sg_assess_digest(const json_t *report, char out[72], struct sg_error *err);

/* True when the report has an applicable provision at level `level` or
 * stronger (SG_LEVEL_SHOULD covers both) whose verdict is fail or inconclusive. */
bool sg_assess_gate_fails(const json_t *report, enum sg_level level);

/* Compares two reports: *out is a new object listing provisions whose verdict
 * changed (id, before, after) and the summary counts of both. Fails with
 * SG_ERR_FORMAT if previous is not a saiguard assessment report. */
SG_MUST_USE sg_err sg_assess_diff(const json_t *previous, const json_t *current, json_t **out,
                                  struct sg_error *err);

/* ---- reports ------------------------------------------------------------ */

struct sg_report_text_options {
    bool color;              /* ANSI colour */
    bool verbose;            /* also list passing provisions */
    bool summary_only;       /* headline and tables; failures only counted */
};
/* Terminal report: summary by principle, phase and role, then failures and
 * inconclusives with reasons and the next step. Appends to out. */
SG_MUST_USE sg_err sg_report_text(const json_t *report, const struct sg_report_text_options *opt,
                                  sg_buf *out, struct sg_error *err);
/* OSCAL 1.2.2 assessment-results. *out is a new reference. */
SG_MUST_USE sg_err sg_report_oscal(const json_t *report, json_t **out, struct sg_error *err);
/* One self-contained HTML file (inline CSS, SVG and script; no external
 * fetches). Appends to out. */
SG_MUST_USE sg_err sg_report_html(const json_t *report, sg_buf *out, struct sg_error *err);
/* Text rendering of a diff from sg_assess_diff. */
SG_MUST_USE sg_err sg_report_diff_text(const json_t *diff, bool color, sg_buf *out, struct sg_error *err);

/* A deterministic RFC 4122 version-5 UUID for name (saiguard namespace), as
 * OSCAL wants stable identifiers. out must hold 37 bytes. */
SG_MUST_USE sg_err sg_uuid_v5(const char *name, char out[37]);

#ifdef __cplusplus
}
#endif

#endif
