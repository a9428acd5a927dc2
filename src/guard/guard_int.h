/* guard_int.h - what the guardrail files share inside src/guard/: the
 * compiled databases, the model layout, the scratch pool and the cross-file
 * helpers (sg__guard_*). Not installed; the public API is saiguard/guard.h. */
#ifndef SG_GUARD_INT_H
#define SG_GUARD_INT_H

#include <hs/hs.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>

#include "saiguard/guard.h"

/* ---- normalisation and decoding probes (normalize.c, decode.c) ---------- */

/* NFKC + case fold + default-ignorable (zero-width, bidi) removal + mark
 * stripping + confusable folding + whitespace collapsed to one space.
 * Invalid UTF-8 bytes become U+FFFD first. Appends to out. */
SG_MUST_USE sg_err sg__guard_normalize(const char *in, size_t len, sg_buf *out);
/* The same, also telling whether the probes can find anything: whether the
 * raw text may hold a run of SG__PROBE_MIN_RUN or more base64/hex alphabet
 * bytes (exact for ASCII text; otherwise whether the result has as long a
 * run of non-space bytes, which such a run leaves) and whether a token mixes
 * letters with leet symbols. Lets the probes skip their passes over
 * ordinary text. */
struct sg__norm_info {
    bool has_b64_run;
    bool has_leet;
};
SG_MUST_USE sg_err sg__guard_normalize_info(const char *in, size_t len, sg_buf *out,
                                            struct sg__norm_info *info);
/* The ASCII path of normalisation written plainly, the reference its fast
 * version is tested against: sets *non_ascii (out's bytes are then
 * unspecified) at the first byte >= 0x80. */
SG_MUST_USE sg_err sg__guard_normalize_ascii_ref(const char *in, size_t len, sg_buf *out,
                                                 struct sg__norm_info *info, bool *non_ascii);

/* Looks for smuggled payloads in raw text: base64 and hex runs that decode to
 * mostly printable text, appended (separated by '\n') to out; then, on the
 * normalised text, a de-leeted copy when tokens mix letters with 0/1/3/4/5/7/@/$.
 * Returns a bit set of SG__PROBE_* that produced something. */
#define SG__PROBE_BASE64 0x1u
#define SG__PROBE_HEX 0x2u
#define SG__PROBE_LEET 0x4u
#define SG__PROBE_MIN_RUN 16 /* shorter base64/hex runs are ordinary words and ids */
unsigned sg__guard_decode_raw(const char *raw, size_t len, sg_buf *out);
/* The longest run of base64/hex alphabet bytes in raw: decode_raw acts on
 * nothing when it is below SG__PROBE_MIN_RUN. */
size_t sg__guard_b64_run(const char *raw, size_t len);
unsigned sg__guard_deleet(const char *norm, size_t len, sg_buf *out);

/* ---- compiled databases (hscache.c) -------------------------------------- */

/* hs_compile_multi in block mode, through a per-user cache of serialised
 * databases keyed by the pattern set, Hyperscan version and host platform
 * ($SAIGUARD_CACHE_DIR, "off" to disable; else $XDG_CACHE_HOME/saiguard or
 * ~/.cache/saiguard). Any cache problem falls back to compiling. name names
 * the set in the file name and in errors. *db is the caller's to free. */
SG_MUST_USE sg_err sg__guard_hs_compile(const char *name, const char *const *exprs,
                                        const unsigned *flags, const unsigned *ids, unsigned n,
                                        hs_database_t **db, struct sg_error *err);
/* How many databases this process loaded from the cache (for tests). */
unsigned sg__guard_hs_cache_hits(void);

/* hs_scan for every matcher of the guard (hsscan.c): the same, except that
 * a buffer ending within SG__HS_OVERREAD bytes of a page boundary is scanned
 * from a padded copy, since the Hyperscan we link may read past the end of
 * its buffer. HS_NOMEM when that copy cannot be made. */
#define SG__HS_OVERREAD 64
/* Buffers up to this long are copied on the stack: scanning them fails
 * only on misuse (a scratch in use or not allocated for db). */
#define SG__HS_STACK_COPY 4096
SG_MUST_USE hs_error_t sg__guard_hs_scan(const hs_database_t *db, const char *data, size_t len,
                                         hs_scratch_t *scratch, match_event_handler on_match,
                                         void *ctx);

/* ---- injection rules (rules.c) -------------------------------------------- */

struct sg__rule {
    const char *id;      /* "ignore-previous", ... */
    const char *expr;    /* Hyperscan expression over normalised text */
};
extern const struct sg__rule sg__guard_rules[];
/* Whether rule r is a benign framing cue (a question about one's own
 * application, about detection, a verdict asked on a quoted message, a
 * user taking back their own words), whose weight may be negative; every
 * other rule is an attack phrasing, whose weight training keeps at 0 or
 * above. */
bool sg__guard_rule_is_benign_cue(unsigned r);
/* Whether rule r is the canonical override (in English or another
 * language), whose weight in the user-text model training keeps at a
 * floor above 0 (train.c). */
bool sg__guard_rule_is_canonical_override(unsigned r);
extern const unsigned sg__guard_rule_count;
SG_MUST_USE sg_err sg__guard_rules_compile(hs_database_t **db, struct sg_error *err);
/* A rule as Hyperscan compiles it (its spaces made "[\n ]"); malloc'd, NULL
 * when out of memory. */
char *sg__guard_rules_expand(const char *expr);
/* Bit i of the result = rule i fired, for a text of at most
 * SG__HS_STACK_COPY bytes (sg__guard_rules_window). */
uint64_t sg__guard_rules_scan(const hs_database_t *db, hs_scratch_t *scratch, const char *norm,
                              size_t len);

/* ---- the model (model.c, window.c) -------------------------------------- */

/* 2^18 hashed buckets stored as int16 with one scale: 512 KiB, which still
 * stays in L2 (the float 2^18 table of session 3 missed the cache on every
 * lookup). 2^16 until session 12: with training text in some 60 languages
 * the buckets were crowded, and 2^18 raised documents, each of sets 4-11
 * left out of the calibration in turn, from F1 0.890 to 0.904 pooled (set
 * 11 0.814 -> 0.857) at the same latency (docs/performance.md). */
#define SG__MODEL_DIM_BITS 18
#define SG__MODEL_DIM ((size_t)1 << SG__MODEL_DIM_BITS)
#define SG__MODEL_RULES 64  /* one dense feature per rule */
#define SG__MODEL_ADV 8     /* adversarial-suffix features */
#define SG__MODEL_DENSE (SG__MODEL_RULES + SG__MODEL_ADV)
#define SG__MODEL_TOTAL (SG__MODEL_DIM + SG__MODEL_DENSE)

/* What the pieces of a text say beyond their maximum, for documents: a
 * planted instruction is one piece that stands out, where an ordinary page
 * of instructions for its human reader has many pieces that score high
 * (session 8 in docs/performance.md). The text's best margin, the two best
 * piece margins, their mean, the share of pieces above 0, and log of their
 * number. */
#define SG__DOC_FEATURES 6
/* Margins enter the features clamped to +-this: one far outlier piece must
 * not swamp the stacker's sums. */
#define SG__DOC_MARGIN_CLAMP 30.0
static inline double sg__guard_doc_clamp(double z)
{
    return fmin(fmax(z, -SG__DOC_MARGIN_CLAMP), SG__DOC_MARGIN_CLAMP);
}
struct sg__doc_stats {
    double top1, top2, sum;
    uint32_t n, above;
};

struct sg__model {
    float *w;          /* SG__MODEL_TOTAL weights (owned); hashed ones = q * qscale */
    int16_t *q;        /* SG__MODEL_DIM quantised hashed weights (owned), used to score */
    double qscale;
    double bias;
    double platt_a, platt_b; /* p = 1 / (1 + exp(-(a z + b))) */
    double threshold;  /* calibrated default threshold of the roles it scores */
    /* The document stacker (the document model only; all 0 elsewhere): the
     * weights of the SG__DOC_FEATURES features of sg__guard_doc_features()
     * then a bias. When set, a text's margin is their weighted sum, not its
     * best piece's margin alone (and platt_a = 1, platt_b = 0). */
    double doc[SG__DOC_FEATURES + 1];
    bool has_doc;
};

/* Parses a weights file image into its two models (the user-text model and
 * the document model: sg__guard_model_of); SG_ERR_FORMAT on a bad layout.
 * On failure neither model holds memory. */
SG_MUST_USE sg_err sg__guard_weights_parse(const uint8_t *data, size_t len, struct sg__model *user,
                                           struct sg__model *tool, struct sg_error *err);
/* Quantises float weights w[SG__MODEL_TOTAL] into m (allocates w and q). */
SG_MUST_USE sg_err sg__guard_model_from_float(const double *w, struct sg__model *m);

/* train.c: the seed of shuffle k of a training run seeded with seed (k = 0
 * is seed itself), so a test can train one shuffle of a mean alone. */
uint64_t sg__guard_shuffle_seed(uint64_t seed, unsigned k);
/* Appends the weights file of the two models to out. */
SG_MUST_USE sg_err sg__guard_weights_serialize(const struct sg__model *user,
                                               const struct sg__model *tool, sg_buf *out);
void sg__guard_model_release(struct sg__model *m);
/* The built-in weights image (embedded at build time) and its recorded digest. */
const uint8_t *sg__guard_shipped_weights(size_t *len);

/* Most hashed feature occurrences a text of len bytes yields. */
#define SG__MODEL_MAX_FEATURES(len) (3 * (size_t)(len) + 4)
/* Where a piece stands, for the feature of its first word: a whole text
 * (SG__PLACE_WHOLE), or a segment of one: sg__guard_segment_place() of the
 * whole normalised text and its segment count tells which kind. */
#define SG__PLACE_WHOLE 0u
#define SG__PLACES 5
unsigned sg__guard_segment_place(const char *norm, size_t len, size_t nseg);
/* Extracts the features of one normalised text: hashed bucket indices (one
 * per occurrence, at most SG__MODEL_MAX_FEATURES(len)) into idx, and the
 * dense features into dense. place: SG__PLACE_WHOLE for a whole text, else
 * the place of the text it is a segment of. Returns the number of indices
 * written. */
size_t sg__guard_features(const char *norm, size_t len, uint64_t rule_hits, unsigned place,
                          uint32_t *idx, float dense[SG__MODEL_DENSE]);
double sg__guard_calibrate(const struct sg__model *m, double z);

/* Segments: a window is also scored sentence by sentence (split at line
 * breaks, sentence ends and separator lines), so one planted instruction is
 * not diluted by the document around it. Segment k is norm[start, ends[k])
 * with start = 0 or ends[k-1] + 1; every boundary byte is a space or '\n'. */
#define SG__MAX_SEGMENTS 64
size_t sg__guard_segments(const char *norm, size_t len, size_t ends[SG__MAX_SEGMENTS]);
/* The same cuts by a plain byte loop: the reference the fast one is tested
 * against. */
size_t sg__guard_segments_ref(const char *norm, size_t len, size_t ends[SG__MAX_SEGMENTS]);
/* Tests only: which path the mask builders of model.c's fast pass take -
 * 0 the best the CPU has, 1 SSE2 at most, 2 plain (no SIMD) - so that
 * every one is checked on the machine that runs the tests. */
extern int sg__guard_mask_path;
/* Rule hits of the whole text and of each segment (a match counts for the
 * segment its last byte is in). SG_ERR_NOMEM when a long text near a page
 * boundary cannot be copied (sg__guard_hs_scan). */
SG_MUST_USE sg_err sg__guard_rules_segments(const hs_database_t *db, hs_scratch_t *scratch,
                                            const char *norm, size_t len, const size_t *ends,
                                            size_t nseg, uint64_t *all, uint64_t *seg_hits,
                                            struct sg_error *err);
/* The same for a model window (len <= SG__HS_STACK_COPY), which cannot run
 * out of memory: the scan fails only on misuse of the scratch, which
 * assert() catches in debug builds; it then reports no hits. */
void sg__guard_rules_window(const hs_database_t *db, hs_scratch_t *scratch, const char *norm,
                            size_t len, const size_t *ends, size_t nseg, uint64_t *all,
                            uint64_t *seg_hits);
/* The margin of one window of at most SG_GUARD_WINDOW bytes: the maximum of
 * the whole window and its segments (one feature pass), with the rule hits
 * of the winner. */
double sg__guard_window_margin(const struct sg__model *m, const hs_database_t *db,
                               hs_scratch_t *scratch, const char *norm, size_t len,
                               uint64_t *hits);
/* The same margin, adding to ds the margins of the window's pieces (its
 * segments, or the whole window when it has none) that end past byte
 * counted_from (the ones before were counted with the window before, which
 * overlaps this one); unless text_end (the window ends the text), not its
 * last piece, which the window's end cuts and the next window holds whole. */
double sg__guard_window_margin_stats(const struct sg__model *m, const hs_database_t *db,
                                     hs_scratch_t *scratch, const char *norm, size_t len,
                                     uint64_t *hits, struct sg__doc_stats *ds,
                                     size_t counted_from, bool text_end);
/* The same margin computed the straightforward way (extract() then the
 * weight sums), kept as the reference the fast pass is tested against. */
double sg__guard_window_margin_ref(const struct sg__model *m, const hs_database_t *db,
                                   hs_scratch_t *scratch, const char *norm, size_t len,
                                   uint64_t *hits);

/* ---- the compiled guard (guard.c) ---------------------------------------- */

struct sg__scratch_pool {
    pthread_mutex_t mu;
    hs_scratch_t *proto;
    hs_scratch_t **free;
    size_t n_free, cap_free;
};

struct sg_guard {
    struct sg_guard_config cfg;
    struct sg__model model;      /* user text: user, system and output roles */
    /* Documents (the tool role): the same features and examples, each
     * model weighing the other's benign texts down (train.c) - inside a
     * document a task for the assistant is what gives a planted
     * instruction away - and calibrated on documents. */
    struct sg__model model_tool;
    hs_database_t *rules_db;
    hs_database_t *ent_db;   /* MAIN entity triggers */
    hs_database_t *digit_db; /* DIGITS entity triggers, run on gated regions */
    hs_database_t *iban_db;  /* IBAN entity triggers, run on gated regions */
    hs_database_t *generic_db; /* GENERIC entity triggers, run on gated regions */
    struct sg__scratch_pool pool;
};

SG_MUST_USE sg_err sg__guard_scratch_get(const sg_guard *g, hs_scratch_t **out,
                                         struct sg_error *err);
void sg__guard_scratch_put(const sg_guard *g, hs_scratch_t *s);

/* The model that scores text of a role: documents for tool results, the
 * user-text model for every other role. */
static inline const struct sg__model *sg__guard_model_of(const sg_guard *g,
                                                         enum sg_guard_role role)
{
    return role == SG_GUARD_ROLE_TOOL ? &g->model_tool : &g->model;
}

/* Injection score of text as role, with windows and probes; *rule = the
 * strongest rule or NULL. */
SG_MUST_USE sg_err sg__guard_injection(const sg_guard *g, hs_scratch_t *scratch,
                                       enum sg_guard_role role, const char *text, size_t len,
                                       double *score, const char **rule, struct sg_error *err);
/* The working buffers of one injection verdict (the normal form and the
 * probes' texts), kept by a caller that checks many texts (the gateway's
 * inspector) so that a verdict allocates nothing once they have grown.
 * Zero-initialised is empty; sg__guard_bufs_trim frees the ones a huge text
 * left large. */
struct sg__guard_bufs {
    sg_buf norm, extra, extra_norm;
};
void sg__guard_bufs_trim(struct sg__guard_bufs *b, size_t keep);
void sg__guard_bufs_release(struct sg__guard_bufs *b);
/* sg__guard_injection with the caller's buffers (NULL: local ones). */
SG_MUST_USE sg_err sg__guard_injection_bufs(const sg_guard *g, hs_scratch_t *scratch,
                                            struct sg__guard_bufs *bufs, enum sg_guard_role role,
                                            const char *text, size_t len, double *score,
                                            const char **rule, struct sg_error *err);

/* The uncalibrated margin of model m for the same computation (calibration):
 * its document stacker's output when it has one. */
SG_MUST_USE sg_err sg__guard_injection_margin(const sg_guard *g, const struct sg__model *m,
                                              hs_scratch_t *scratch, const char *text,
                                              size_t len, double *z, struct sg_error *err);
/* The document features of text under model m (training fits the stacker
 * on them): f[0] the best margin over windows and probes, then the piece
 * statistics of the text itself (struct sg__doc_stats), margins clamped. */
SG_MUST_USE sg_err sg__guard_doc_features(const sg_guard *g, const struct sg__model *m,
                                          hs_scratch_t *scratch, const char *text, size_t len,
                                          double f[SG__DOC_FEATURES], struct sg_error *err);
/* The stacker's margin for features f (m->has_doc). */
double sg__guard_doc_margin(const struct sg__model *m, const double f[SG__DOC_FEATURES]);

/* ---- entities (secrets.c, pii.c, canary.c) -------------------------------- */

/* An entity trigger: Hyperscan finds the end of a likely match; extract
 * re-derives the exact span around it and validates it (checksum, entropy,
 * structure). Returns true with start and end set when valid. */
typedef bool (*sg__extract_fn)(const char *text, size_t len, size_t match_end, size_t *start,
                               size_t *end);
/* Which pass a trigger runs in (entities.c): MAIN over the whole text; the
 * others only over the regions their gate finds. An IBAN pattern's match
 * starts with two capitals and two digits and is at most SG__IBAN_SPAN bytes
 * long. A DIGITS pattern must only match spans that
 *   - have at most SG__DIGIT_GAP other bytes between two digits,
 *   - have at most SG__DIGIT_MARGIN bytes before the first and after the
 *     last digit,
 *   - hold at least SG__DIGIT_MIN digits, or a run of SG__DIGIT_RUN or more
 *     adjacent digits followed by a letter or by '-' and a letter,
 *   - and contain no NUL byte (it separates regions in a batch).
 * A GENERIC pattern's match holds a ':' or '=' that has before it at most 3
 * whitespace bytes, before those an optional quote, and before that a
 * keyword whose last three letters (any case) are one of key, ret, ken, ass,
 * swd, ord, pwd; the match starts at most SG__GENERIC_BEFORE bytes before
 * that ':'/'=', ends at most SG__GENERIC_AFTER bytes after it (counting it)
 * and contains no NUL byte. */
enum sg__entity_pass { SG__PASS_MAIN, SG__PASS_DIGITS, SG__PASS_IBAN, SG__PASS_GENERIC,
                       SG__PASS_PLUS, SG__PASS_EMAIL, SG__PASS_XAPP, SG__PASS_COUNT };
/* PLUS, EMAIL and XAPP triggers are compiled into the GENERIC database (the
 * "gated literals") but run on regions of their own, each keeping only its
 * own pass's hits, so that every pass sees exactly the ends, in the order,
 * a full scan gives it. Kept out of MAIN because, measured, these three
 * made Hyperscan's literal pass three times as costly on text with numbers
 * (2 MiB of the benchmark's numbers: 6.9M instructions with them, 2.1M
 * without):
 *   PLUS  - starts with '+' and a digit, at most SG__PLUS_SPAN bytes;
 *   EMAIL - starts with '@'; every other byte is a letter, digit, '.' or '-';
 *   XAPP  - starts SG__XAPP_DASH bytes before a "-d-" (d a digit) and is at
 *           most SG__XAPP_SPAN bytes long. */
#define SG__PLUS_SPAN 26
#define SG__XAPP_DASH 4
#define SG__XAPP_SPAN 15
#define SG__GENERIC_BEFORE 17
#define SG__GENERIC_AFTER 21
#define SG__IBAN_SPAN 14
#define SG__DIGIT_MIN 9
#define SG__DIGIT_RUN 7
#define SG__DIGIT_GAP 2
#define SG__DIGIT_MARGIN 4
struct sg__entity_pattern {
    enum sg_guard_entity_type type;
    const char *expr;
    unsigned flags;       /* extra HS_FLAG_* */
    sg__extract_fn extract;
    enum sg__entity_pass pass;
};
extern const struct sg__entity_pattern sg__guard_secret_patterns[];
extern const size_t sg__guard_secret_pattern_count;
extern const struct sg__entity_pattern sg__guard_pii_patterns[];
extern const size_t sg__guard_pii_pattern_count;

/* Compiles the MAIN, DIGITS and IBAN trigger databases. */
SG_MUST_USE sg_err sg__guard_entities_compile(hs_database_t **main_db, hs_database_t **digit_db,
                                              hs_database_t **iban_db, hs_database_t **generic_db,
                                              struct sg_error *err);
/* Scans text; canary (may be NULL) is matched case-insensitively. */
SG_MUST_USE sg_err sg__guard_entities_scan(const sg_guard *g, hs_scratch_t *scratch,
                                           const char *text, size_t len, const char *canary,
                                           struct sg_guard_entity *out, size_t cap, size_t *n,
                                           bool *truncated, struct sg_error *err);
/* Tests and fuzzers only: off runs the gated (DIGITS, IBAN) triggers over
 * the whole text, so that the gates can be checked against a full scan.
 * Process-wide. */
void sg__guard_entities_set_gate(bool on);
/* The same with a choice of gate: the mask-driven one that scans use, the
 * plain per-run walk it is checked against, or none (a full scan). */
enum sg__gate_mode { SG__GATE_MASKS, SG__GATE_WALK_REF, SG__GATE_OFF };
void sg__guard_entities_set_gate_mode(enum sg__gate_mode mode);
/* Tests and fuzzers only: the regions a gate (SG__GATE_MASKS or
 * SG__GATE_WALK_REF) hands to the gated databases for text, in order, as
 * triples (enum sg__entity_pass, start, end) in out (at most cap values
 * written). Returns the number of values the whole list needs. */
size_t sg__guard_entities_gate_regions(const char *text, size_t len, enum sg__gate_mode mode,
                                       size_t *out, size_t cap);
/* Tests and fuzzers only: whether the gate and the canary search may use
 * AVX2 where the CPU has it (the default), so that their SSE2 paths can be
 * checked on such a CPU too. Process-wide. */
void sg__guard_entities_allow_avx2(bool allow);
bool sg__guard_entities_use_avx2(void);
/* Adds canary occurrences to the found list (canary.c). */
void sg__guard_canary_find(const char *text, size_t len, const char *canary,
                           struct sg_guard_entity *out, size_t cap, size_t *n, bool *truncated);
/* The same by a plain memchr on one anchor byte: the reference the vector
 * search is tested against. */
void sg__guard_canary_find_ref(const char *text, size_t len, const char *canary,
                               struct sg_guard_entity *out, size_t cap, size_t *n,
                               bool *truncated);

/* Validators shared by the extractors and tests. */
bool sg__guard_luhn(const char *digits, size_t n);
bool sg__guard_iban_valid(const char *compact, size_t n);
double sg__guard_entropy(const char *s, size_t n);

/* Helpers shared between files. */
static inline bool sg__is_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
static inline bool sg__is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static inline bool sg__is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* ---- the handler chain (chain.c) ----------------------------------------- */

/* What one handler says about a text; DECLINE = not my business. */
enum sg__handler_rc { SG__DECLINE = -1 };
struct sg__chain_in {
    const sg_guard *g;
    hs_scratch_t *scratch;
    enum sg_guard_role role;
    const char *text;
    size_t len;
    const char *canary; /* may be NULL */
    struct sg__guard_bufs *bufs; /* may be NULL */
};
SG_MUST_USE sg_err sg__guard_chain_run(const struct sg__chain_in *in, struct sg_guard_result *res,
                                       struct sg_error *err);
void sg__guard_verdict_from_result(const struct sg_guard_result *res,
                                   struct sg_inspect_verdict *v);

#endif
