/* guard.h - guardrails: prompt-injection and jailbreak detection, secret and
 * personal-data leakage, system-prompt canaries, and streamed-answer checks
 * with a bounded hold-back window. Everything runs in-process: a Hyperscan
 * rule layer and a learned linear model over hashed n-grams (microseconds,
 * not a transformer call), Hyperscan entity triggers with validators (Luhn,
 * IBAN mod 97, national-id checksums, entropy).
 *
 * Objects:
 *   sg_guard         the compiled detectors and model; immutable after
 *                    sg_guard_new, so one instance is shared by all threads.
 *   sg_guard_stream  one streamed answer's hold-back state; one thread.
 * The gateway uses the same detectors through sg_guard_inspector(), which
 * implements struct sg_inspector_ops (inspect.h).
 *
 * Errors: every fallible function returns sg_err with detail in err;
 * SG_ERR_CONFIG for bad configuration, SG_ERR_TAMPERED when the weights file
 * does not match its recorded digest, SG_ERR_PARSE for malformed training or
 * evaluation data. No secret text is ever copied into errors or verdicts. */
#ifndef SAIGUARD_GUARD_H
#define SAIGUARD_GUARD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "buf.h"
#include "context.h"
#include "error.h"
#include "inspect.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- configuration ------------------------------------------------------ */

/* Message roles with their own injection threshold. */
enum sg_guard_role {
    SG_GUARD_ROLE_USER = 0,
    SG_GUARD_ROLE_TOOL = 1,   /* tool results and retrieved documents */
    SG_GUARD_ROLE_SYSTEM = 2, /* trusted; a very high threshold by default */
    SG_GUARD_ROLE_OUTPUT = 3, /* model answers ("assistant") */
    SG_GUARD_ROLE_COUNT
};

/* Entity types found by the leakage detectors. Class "secret" or "pii". */
enum sg_guard_entity_type {
    SG_ENT_AWS_ACCESS_KEY = 0,
    SG_ENT_GITHUB_TOKEN,
    SG_ENT_SLACK_TOKEN,
    SG_ENT_OPENAI_KEY,
    SG_ENT_ANTHROPIC_KEY,
    SG_ENT_GOOGLE_API_KEY,
    SG_ENT_STRIPE_KEY,
    SG_ENT_PRIVATE_KEY,    /* a whole PEM private-key block */
    SG_ENT_JWT,
    SG_ENT_CONN_PASSWORD,  /* the password inside scheme://user:password@host */
    SG_ENT_GENERIC_SECRET, /* the value after api_key= / secret: ..., entropy-checked */
    SG_ENT_CREDIT_CARD,    /* Luhn-checked, known issuer prefixes */
    SG_ENT_IBAN,           /* mod-97-checked, per-country length */
    SG_ENT_EMAIL,
    SG_ENT_PHONE,          /* international (+CC) or North-American format */
    SG_ENT_US_SSN,         /* structurally valid area/group/serial */
    SG_ENT_ES_DNI,         /* 8 digits + mod-23 letter (also NIE X/Y/Z) */
    SG_ENT_FR_NIR,         /* 13 digits + mod-97 key */
    SG_ENT_CANARY,         /* this request's canary token */
    SG_ENT_COUNT
};

/* What to do about a finding; the same order as enum sg_inspect_action. */
enum sg_guard_action {
    SG_GUARD_PASS = SG_INSPECT_PASS,
    SG_GUARD_LOG = SG_INSPECT_LOG,
    SG_GUARD_REDACT = SG_INSPECT_REDACT,
    SG_GUARD_BLOCK = SG_INSPECT_BLOCK,
};

/* Detector switches (bit set). */
#define SG_GUARD_DET_INJECTION 0x1u
#define SG_GUARD_DET_SECRETS 0x2u
#define SG_GUARD_DET_PII 0x4u
#define SG_GUARD_DET_CANARY 0x8u
#define SG_GUARD_DET_ALL 0xfu

struct sg_guard_config {
    unsigned detectors;                            /* SG_GUARD_DET_* */
    double threshold[SG_GUARD_ROLE_COUNT];         /* < 0: the model's calibrated default */
    enum sg_guard_action injection_action;         /* default BLOCK */
    enum sg_guard_action action[SG_ENT_COUNT];     /* per entity type */
    bool scan_input_entities;                      /* also look for secrets/PII in prompts */
    size_t holdback;                               /* stream hold-back bytes (64..4096) */
    char weights_path[512];                        /* "" = the shipped, built-in model */
    char weights_sha256[65];                       /* hex digest required of weights_path */
};

/* Safe defaults: all detectors on, model-calibrated thresholds (system and
 * output stricter), injection BLOCK, every secret type REDACT, payment and
 * national identifiers REDACT, e-mail and phone LOG, a leaked canary BLOCK,
 * input entity scanning off, holdback 64 bytes. */
void sg_guard_config_default(struct sg_guard_config *cfg);

/* Fills cfg from a JSON object (the gateway's per-route/per-key "guard"
 * section, already loaded from YAML), starting from sg_guard_config_default.
 * Keys (all optional; unknown keys are SG_ERR_CONFIG):
 *   "detectors":   array of "injection" | "secrets" | "pii" | "canary"
 *   "thresholds":  object role -> number in [0,1]; roles "user", "tool",
 *                  "system", "output" ("assistant" is an alias of "output")
 *   "injection":   "block" | "log" | "pass"
 *   "actions":     object name -> "block" | "redact" | "log" | "pass", where
 *                  name is an entity type ("aws_access_key", "email", ...),
 *                  or a class "secrets" / "pii" applying to all its types
 *                  (classes are applied before individual types)
 *   "scan_input":  bool, also scan prompts for secrets/PII
 *   "holdback":    integer bytes, 64..4096
 *   "weights":     path of a weights file trained by `saiguard guard train`
 *   "weights_sha256": its hex SHA-256 (required with "weights")
 * subject names the section in messages (e.g. "routes.chat.guard"). */
SG_MUST_USE sg_err sg_guard_config_from_json(const json_t *obj, struct sg_guard_config *cfg,
                                             const char *subject, struct sg_error *err);

/* ---- the detectors -------------------------------------------------------- */

typedef struct sg_guard sg_guard;

/* Compiles the rule and entity databases and loads the model (checking its
 * SHA-256 against the recorded digest: SG_ERR_TAMPERED on mismatch). cfg may
 * be NULL for defaults. Free with sg_guard_free. Thread-safe to use after.
 * Compiled databases are cached per user ($SAIGUARD_CACHE_DIR, "off" to
 * disable; else $XDG_CACHE_HOME/saiguard or ~/.cache/saiguard): a warm
 * start costs milliseconds, a cold one about half a second of CPU. A cache
 * that is missing, foreign, writable by others or does not match the
 * pattern set, Hyperscan version or CPU is ignored and rewritten. */
SG_MUST_USE sg_err sg_guard_new(const struct sg_guard_config *cfg, sg_guard **out,
                                struct sg_error *err);
void sg_guard_free(sg_guard *g);

/* The configuration in force (thresholds resolved to numbers). Borrowed. */
const struct sg_guard_config *sg_guard_config_get(const sg_guard *g);

/* Name <-> value: "user", "tool", "system", "output" (and "assistant"). */
const char *sg_guard_role_name(enum sg_guard_role role);
SG_MUST_USE sg_err sg_guard_role_parse(const char *name, enum sg_guard_role *out);
/* "aws_access_key", "email", ... and whether it is a secret (else PII). */
const char *sg_guard_entity_name(enum sg_guard_entity_type type);
bool sg_guard_entity_is_secret(enum sg_guard_entity_type type);
SG_MUST_USE sg_err sg_guard_entity_parse(const char *name, enum sg_guard_entity_type *out);
const char *sg_guard_action_name(enum sg_guard_action action);

/* Texts longer than this are scored for injection on their first
 * SG_GUARD_INJECTION_MAX bytes only (bounded work); entity scanning always
 * covers the whole text. */
#define SG_GUARD_INJECTION_MAX ((size_t)1 << 20)
/* Sliding windows for long texts: the score is the maximum over windows. */
#define SG_GUARD_WINDOW 2048
#define SG_GUARD_STRIDE 1024

struct sg_guard_entity {
    enum sg_guard_entity_type type;
    size_t start, end;            /* byte offsets into the checked text, end exclusive */
    enum sg_guard_action action;  /* from the configuration */
};

#define SG_GUARD_MAX_ENTITIES 256

struct sg_guard_result {
    double injection_score;       /* calibrated probability in [0,1] */
    bool injection_flagged;       /* score >= the role's threshold */
    const char *injection_rule;   /* strongest rule that fired, or NULL (static) */
    bool injection_truncated;     /* text longer than SG_GUARD_INJECTION_MAX */
    size_t n_entities;
    bool entities_truncated;      /* more than SG_GUARD_MAX_ENTITIES found */
    struct sg_guard_entity entities[SG_GUARD_MAX_ENTITIES]; /* sorted by start */
    enum sg_guard_action action;  /* strongest action over all findings */
    const char *detector;         /* detector behind action, or NULL */
    const char *rule;             /* rule or entity type behind action, or NULL */
};

/* Runs the handler chain over one text for role. Injection detection runs
 * for every role (skipped if disabled); secrets/PII for OUTPUT, and for
 * other roles only with scan_input_entities. Invalid UTF-8 is scored (bytes
 * replaced), never rejected. Every field of res is set; of entities, only
 * the first n_entities are. */
SG_MUST_USE sg_err sg_guard_check(const sg_guard *g, enum sg_guard_role role, const char *text,
                                  size_t len, struct sg_guard_result *res, struct sg_error *err);

/* The injection score alone (calibrated) of text as a user message, and the
 * strongest rule (or NULL). sg_guard_check scores tool results with the
 * document model. */
SG_MUST_USE sg_err sg_guard_injection_score(const sg_guard *g, const char *text, size_t len,
                                            double *score, const char **rule,
                                            struct sg_error *err);

/* Finds secret/PII entities (whatever their configured action) in text;
 * canary may be NULL. Appends at most cap entities; *n receives the count
 * kept, *truncated whether more were found. Sorted by start, no overlaps. */
SG_MUST_USE sg_err sg_guard_entities(const sg_guard *g, const char *text, size_t len,
                                     const char *canary, struct sg_guard_entity *out, size_t cap,
                                     size_t *n, bool *truncated, struct sg_error *err);

/* Appends text to out with every entity whose action is REDACT replaced by
 * "[REDACTED:<type>]". ents as returned by sg_guard_check/sg_guard_entities. */
SG_MUST_USE sg_err sg_guard_redact(const char *text, size_t len,
                                   const struct sg_guard_entity *ents, size_t n, sg_buf *out);

/* ---- canaries and streams ----------------------------------------------- */

#define SG_GUARD_CANARY_LEN 24 /* "sgc-" + 20 of [a-z2689] (98 random bits) */

/* Writes a fresh random canary token (NUL-terminated) from the OS RNG. */
SG_MUST_USE sg_err sg_guard_canary_new(char out[SG_GUARD_CANARY_LEN + 1], struct sg_error *err);

typedef struct sg_guard_stream sg_guard_stream;

/* Starts checking one streamed answer; canary (may be NULL) is copied. */
SG_MUST_USE sg_err sg_guard_stream_new(const sg_guard *g, const char *canary,
                                       sg_guard_stream **out, struct sg_error *err);
void sg_guard_stream_free(sg_guard_stream *s);

/* Feeds a piece of answer text. Appends to release only bytes that the
 * detectors have seen in full context (redacted where configured); keeps at
 * most a bounded tail (holdback, extended to the start of an unfinished token
 * or entity, capped at 64 KiB). final = true flushes everything. verdict
 * gets the strongest finding so far of this call; after BLOCK nothing more is
 * released and later calls return BLOCK again. */
SG_MUST_USE sg_err sg_guard_stream_feed(sg_guard_stream *s, const char *text, size_t len,
                                        bool final, sg_buf *release,
                                        struct sg_inspect_verdict *verdict,
                                        struct sg_error *err);

/* ---- the gateway hook ------------------------------------------------------ */

/* Fills out with an inspector over g (inspect.h): per-request canaries
 * (sg_guard_canary_new), check_input per role, check_output and stream_feed
 * with hold-back. The inspector borrows g unless take_ownership, in which case
 * out->ops->free(out->impl) frees g. Verdicts name the detector, rule and
 * score, never the matched text. ctx (may be NULL) receives an audit event
 * "guard.decision" for every non-PASS verdict. */
SG_MUST_USE sg_err sg_guard_inspector(sg_guard *g, bool take_ownership, sg_ctx *ctx,
                                      struct sg_inspector *out, struct sg_error *err);

/* ---- training and evaluation -------------------------------------------- */

struct sg_guard_train_opts {
    const char *train_path;      /* JSONL {text,label,source}: the shared train.jsonl */
    const char *dev_path;        /* JSONL for calibration: the shared dev.jsonl */
    const char *const *extra;    /* NULL-terminated list of extra JSONL files (train only) */
    const char *const *calib;    /* NULL-terminated list of JSONL files that calibrate the
                                    user threshold with dev (never trained on), or NULL */
    const char *const *calib_tool; /* the same for the tool threshold: documents as tool
                                      results; NULL: spend the FPR budget on dev instead */
    const char *exclude_source;  /* drop training lines whose source contains this, or NULL */
    uint64_t seed;               /* seed of the first shuffle (the others are derived
                                    from it); the shipped model uses 7 */
    unsigned shuffles;           /* the weights are the mean over this many shuffles;
                                    0 = the shipped recipe's (3), 1 = a single run,
                                    at most SG_GUARD_MAX_SHUFFLES */
};

#define SG_GUARD_MAX_SHUFFLES 64

struct sg_guard_train_report {
    size_t n_train, n_dev; /* n_dev: dev and --calib lines */
    double dev_precision, dev_recall, dev_f1, dev_fpr; /* on dev and --calib, at threshold */
    double dev_hard_fpr;         /* the same for their hard benign lines */
    double threshold;            /* calibrated default threshold (user text): the best F1
                                    with at most 2 % of the benign and 5 % of the hard
                                    benign calibration lines flagged */
    double threshold_tool;       /* default for tool results (document model): the lowest
                                    whose FPR on the --calib-tool documents is within 5 %
                                    (without any: on dev and --calib, within 2 %) */
    size_t n_calib_tool;         /* --calib-tool documents read */
    double tool_recall, tool_fpr; /* on them, at threshold_tool */
    unsigned shuffles;           /* shuffles averaged into the weights */
};

/* Trains deterministically (fixed seeds, fixed order, fixed epoch count) and
 * appends the weights file to out. Same inputs -> same bytes. The weights are
 * the mean of the runs over opts->shuffles seeded shuffles (one linear model:
 * the file's size and the inference cost do not depend on it). */
SG_MUST_USE sg_err sg_guard_train(const struct sg_guard_train_opts *opts, sg_ctx *ctx, sg_buf *out,
                                  struct sg_guard_train_report *report, struct sg_error *err);

/* The digest (hex) recorded for the built-in shipped weights. */
const char *sg_guard_shipped_digest(void);

#ifdef __cplusplus
}
#endif
#endif
