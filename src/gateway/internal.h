/* internal.h - what the gateway's files share: the validated configuration
 * model, the per-request policy view, the limiter, metrics, audit queue and
 * upstream pool interfaces. Not installed; include/saiguard/gateway.h is the
 * public API. */
#ifndef SG_GATEWAY_INTERNAL_H
#define SG_GATEWAY_INTERNAL_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#include <event2/util.h>
#include <http_parser.h>
#include <sys/socket.h>

#include "saiguard/buf.h"
#include "saiguard/gateway.h"
#include "saiguard/json.h"
#include <openssl/evp.h>
#include <openssl/sha.h>

/* ---- configuration model (config.c) ------------------------------------ */

enum {
    SG_GW_MOD_TEXT = 1,
    SG_GW_MOD_IMAGE = 2,
    SG_GW_MOD_AUDIO = 4,
    SG_GW_MOD_FILE = 8,
};

struct sg_gw_strlist {
    char **items;
    size_t n;
    bool any; /* the list was ["*"] */
};

struct sg_gw_policy {
    char *name;
    struct sg_gw_strlist models;
    struct sg_gw_strlist tools; /* empty = no tool may be declared */
    unsigned modalities;
    int64_t max_body_bytes;  /* 0 = the server's limit */
    int64_t max_tokens;      /* 0 = no cap */
    int64_t rpm, tpm, daily; /* 0 = unlimited */
    bool guard_input, guard_output;
};

struct sg_gw_key {
    char *id;
    char *stored; /* "sg1$handle$salt$hash" */
    char handle[17];
    struct sg_gw_policy *policy;
    /* stored's salt and hash decoded once at load (sg__gw_key_prepare), so
     * a check hashes and compares bytes without parsing the text again */
    uint8_t salt[16], digest[32];
    bool prepared;
};

struct sg_gw_upstream {
    char *name;
    char *url;
    char *host;
    char *base_path; /* "" or "/prefix" without trailing slash */
    int port;
    bool tls, tls_verify;
    char *ca_file;
    char *credential;      /* "Bearer ..." value for Authorization, or NULL; secret */
    const char *cred_kind; /* "env" | "file" | "none" */
    int connect_timeout_ms, read_timeout_ms, max_connections;
    int breaker_failures, breaker_cooldown_ms;
    int64_t max_response_bytes;
};

struct sg_gw_route {
    char *name;
    struct sg_gw_strlist paths;
    struct sg_gw_upstream *upstream;
    bool auth;
    bool guard_input, guard_output;
    char *anon_policy_name;
    struct sg_gw_policy *anon_policy; /* for auth: false */
};

struct sg_gw_listener {
    char *name;
    char *address;
    int port;
    char *tls_cert, *tls_key;
    bool metrics;
};

struct sg_gateway_config {
    char *subject;
    struct sg_gw_listener *listeners;
    size_t n_listeners;
    struct sg_gw_upstream *upstreams;
    size_t n_upstreams;
    struct sg_gw_route *routes;
    size_t n_routes;
    struct sg_gw_policy *policies;
    size_t n_policies;
    struct sg_gw_key *keys;
    size_t n_keys;
    /* server */
    int max_header_bytes;
    int64_t max_body_bytes;
    int idle_timeout_s;
    int drain_timeout_s;
    int workers;          /* event loops; 0 = one per core */
    int header_timeout_s; /* a request's head must be complete within this */
    int min_body_rate;    /* bytes/s a body must keep up once the head is in; 0 = off */
    /* limits */
    bool redis;
    char *redis_host;
    int redis_port;
    char *redis_prefix;
    int redis_timeout_ms;
    bool fail_open;
    /* audit */
    bool record_text;
    char *access_log; /* path, "-" (stderr) or NULL (off) */
    int audit_queue_max;
    /* guardrails: the guard capability's configuration section, or NULL */
    json_t *guard;
};

/* Matching for the request path (config.c). */
const struct sg_gw_route *sg__gw_route_find(const struct sg_gateway_config *cfg,
                                            const char *path);
const struct sg_gw_key *sg__gw_key_find(const struct sg_gateway_config *cfg, const char *key,
                                        size_t len);
bool sg__gw_list_has(const struct sg_gw_strlist *l, const char *s);

/* ---- request policy (policy.c) -------------------------------------------- */

/* Why a request was refused; each maps to an HTTP status, an OpenAI error
 * type/code and a metrics label. */
enum sg_gw_reason {
    SG_GW_OK = 0,
    SG_GW_BAD_REQUEST,     /* 400 */
    SG_GW_BAD_JSON,        /* 400 */
    SG_GW_UNAUTHORIZED,    /* 401 */
    SG_GW_NOT_FOUND,       /* 404: path not routed */
    SG_GW_METHOD,          /* 405 */
    SG_GW_MODEL,           /* 403 */
    SG_GW_MODALITY,        /* 403 */
    SG_GW_TOOL,            /* 403 */
    SG_GW_MAX_TOKENS,      /* 400 */
    SG_GW_TOO_LARGE,       /* 413 */
    SG_GW_RATE_REQUESTS,   /* 429 */
    SG_GW_RATE_TOKENS,     /* 429 */
    SG_GW_QUOTA,           /* 429 */
    SG_GW_LIMITER_DOWN,    /* 503: Redis unreachable and fail_closed */
    SG_GW_GUARD_INPUT,     /* 400 content_filter */
    SG_GW_GUARD_OUTPUT,    /* 502-ish: answer blocked; sent as 400 content_filter */
    SG_GW_UPSTREAM_ERROR,  /* 502 */
    SG_GW_UPSTREAM_TIMEOUT,/* 504 */
    SG_GW_CIRCUIT_OPEN,    /* 503 */
    SG_GW_OVERLOADED,      /* 503: audit backlog full */
    SG_GW_SMUGGLING,       /* 400 */
    SG_GW_MALFORMED,       /* 400: not HTTP/1.x as the parser reads it */
    SG_GW_HEADERS_TOO_LARGE, /* 431 */
    SG_GW_REQUEST_TIMEOUT, /* 408: slow request (head deadline, body rate, idle) */
    SG_GW_REASON_COUNT
};
const char *sg__gw_reason_name(enum sg_gw_reason r);
int sg__gw_reason_status(enum sg_gw_reason r);
const char *sg__gw_reason_type(enum sg_gw_reason r);

/* A request body as the policy sees it. */
struct sg_gw_request_view {
    json_t *body;        /* owned; the jansson tree, built only when needed */
    const char *model;   /* into model_buf or body */
    bool stream;
    int64_t max_tokens;  /* -1 absent */
    unsigned modalities; /* seen */
    int64_t text_bytes;  /* total text, for token estimates */
    const char *src;     /* the checked bytes (borrowed) for sg__gw_view_tree */
    size_t src_len;
    char model_buf[256];
};

/* Checks body (len bytes) against pol for the given API path. On refusal
 * returns the reason and writes a client-safe message (never the prompt)
 * to msg. The body is read with the allocation-free scanner (jscan.c) and
 * no tree is built unless the scanner is unsure, in which case the answer
 * is sg__gw_policy_check_ref's; both give the same reason, message and view
 * fields for every input (fuzz_gateway_json). The view borrows body: keep
 * it alive while the view is used; always call sg__gw_view_release. */
enum sg_gw_reason sg__gw_policy_check(const struct sg_gw_policy *pol, const char *path,
                                      const char *body, size_t len,
                                      struct sg_gw_request_view *view, char *msg, size_t msgsz);
/* The same check on a jansson tree of the whole body (the reference the
 * scanner is tested against); view->body is set on SG_GW_OK. */
enum sg_gw_reason sg__gw_policy_check_ref(const struct sg_gw_policy *pol, const char *path,
                                          const char *body, size_t len,
                                          struct sg_gw_request_view *view, char *msg,
                                          size_t msgsz);
/* The scanner's half of sg__gw_policy_check: false when it is unsure (the
 * view and msg are then undefined and the reference must decide). */
bool sg__gw_policy_scan(const struct sg_gw_policy *pol, const char *path, const char *body,
                        size_t len, struct sg_gw_request_view *view, char *msg, size_t msgsz,
                        enum sg_gw_reason *reason);
/* Builds view->body from the checked bytes if it is not there yet (for
 * sg__gw_policy_texts, the tree walk sg__gw_guard_texts is tested against).
 * False only if out of memory. */
bool sg__gw_view_tree(struct sg_gw_request_view *view);
void sg__gw_view_release(struct sg_gw_request_view *view);

/* ---- JSON without a tree (jscan.c) ------------------------------------------------ */

/* A JSON value inside a validated document: its bytes, p == NULL if absent. */
struct sg_gw_jv {
    const char *p;
    size_t n;
};
/* Validates s (len bytes) as one JSON document: true only if sg_json_parse
 * accepts it (strict UTF-8 and escapes, no duplicate keys, depth <=
 * SG_JSON_MAX_DEPTH); false if invalid or if the scan cannot be sure
 * cheaply (escaped keys, an object of more than 128 keys or more than 512
 * keys in the objects open at once, numbers that could overflow jansson's
 * integer or double): then parse with jansson. *root is
 * the value without surrounding whitespace; found[i] is the value of the
 * top-level member keys[i] (if root is an object holding it). No allocation,
 * work linear in len. */
bool sg__gw_jscan(const char *s, size_t len, const char *const *keys, size_t nkeys,
                  struct sg_gw_jv *root, struct sg_gw_jv *found);
/* True if s (n bytes) is UTF-8 as jansson accepts it (json_string_setn). */
bool sg__gw_utf8_ok(const char *s, size_t n);
/* Readers of values inside a document sg__gw_jscan accepted. Type letters:
 * '{' object, '[' array, '"' string, 'i' integer (jansson's: no fraction or
 * exponent), 'b' boolean, 'n' null, 't' true. */
bool sg__gw_jv_is(const struct sg_gw_jv *v, char type);
/* out[i]: the value of member keys[i] of obj (absent if obj is no object). */
void sg__gw_jv_members(const struct sg_gw_jv *obj, const char *const *keys, size_t nkeys,
                       struct sg_gw_jv *out);
struct sg_gw_jit {
    const char *p, *end;
    bool first;
};
void sg__gw_jv_iter(const struct sg_gw_jv *arr, struct sg_gw_jit *it);
bool sg__gw_jv_next(struct sg_gw_jit *it, struct sg_gw_jv *out);
size_t sg__gw_jv_count(const struct sg_gw_jv *arr);
int64_t sg__gw_jv_int(const struct sg_gw_jv *v);
/* A string's decoded length in bytes (json_string_length). */
size_t sg__gw_jv_strlen(const struct sg_gw_jv *v);
/* The decoded string into buf (NUL-terminated, at most cap - 1 bytes);
 * false if it was cut. */
bool sg__gw_jv_str(const struct sg_gw_jv *v, char *buf, size_t cap);
/* sg__gw_usage on the top-level "usage" of a whole answer: 1 read, 0 the
 * answer is a JSON object without a usage object, -1 not a JSON object,
 * invalid or unsure (use jansson). */
int sg__gw_jscan_answer_usage(const char *data, size_t len, int64_t *prompt,
                              int64_t *completion, int64_t *total);
/* The first byte from p on that a JSON string cannot hold as it is ('"',
 * '\\', a control byte) or that is >= 0x80, tested eight bytes at a time;
 * within the last 7 bytes before end it stops at p (test those one by one). */
const char *sg__gw_json_plain(const char *p, const char *end);
/* sg__gw_usage's reading of a validated usage object u (jscan.c). */
void sg__gw_jv_usage(const struct sg_gw_jv *u, int64_t *prompt, int64_t *completion,
                     int64_t *total);
/* What the gateway reads of one streamed event when it only passes it on:
 * sg__gw_usage and the length of sg__gw_event_text, without a tree. */
struct sg_gw_event_info {
    bool has_usage, has_text;
    int64_t prompt, completion, total;
    size_t text_len;     /* decoded bytes */
    struct sg_gw_jv text; /* the text's string value, as in the bytes */
    struct sg_gw_jv type; /* the top-level "type" member, if any */
};
/* Whether the event's "type" is one of the /v1/responses events that repeat
 * the whole answer (response.output_text.done, .content_part.done,
 * .output_item.done, .completed, .incomplete), as proxy.c's tree test
 * reads it. */
bool sg__gw_event_closing(const struct sg_gw_event_info *e);
/* 1 read into *e; -1 unsure or invalid (parse with jansson, which decides). */
int sg__gw_jscan_event(const char *data, size_t len, struct sg_gw_event_info *e);

/* Calls fn for every text of the request (message contents of every role,
 * prompt, input), in order. fn may replace the text by returning a new
 * string (malloc'ed; the view takes it) in *replace. A non-OK return stops. */
typedef enum sg_gw_reason (*sg_gw_text_fn)(void *user, const char *role, const char *text,
                                           size_t len, char **replace);
enum sg_gw_reason sg__gw_policy_texts(struct sg_gw_request_view *view, const char *path,
                                      sg_gw_text_fn fn, void *user, bool *rewritten);
/* Plants canary (len bytes) in the system prompt of a chat request's tree:
 * appended to the first message's string content after a newline if that
 * message is the system's, else as a new first message {"role":"system"}.
 * Returns true (the body counts as rewritten). The reference for
 * sg__gw_guard_texts. */
bool sg__gw_plant_canary(json_t *body, const char *canary, size_t len);
/* The guardrails' pass over a request (textwalk.c): plants canary (chat
 * only; NULL for none) and calls fn on every text as sg__gw_plant_canary
 * then sg__gw_policy_texts would (same texts, roles, order, the system text
 * with the canary in it). When the policy read the body without a tree the
 * texts are read from the bytes and the canary and redactions are spliced
 * into a copy; else the tree is walked and dumped. On SG_GW_OK with
 * *rewritten, out holds the new body (a JSON document equal to the tree
 * walk's); SG_GW_TOO_LARGE if out's cap is hit, SG_GW_OVERLOADED if out of
 * memory. fuzz_gateway_json compares both walks. */
enum sg_gw_reason sg__gw_guard_texts(struct sg_gw_request_view *view, const char *path,
                                     const char *canary, size_t len, sg_gw_text_fn fn,
                                     void *user, sg_buf *out, bool *rewritten);
/* The guardrails' walks' working memory (textwalk.c): decoded texts, the
 * role, the splices and their JSON bytes. An event loop keeps one and hands
 * it to every walk it runs (the walks are synchronous), so that a guarded
 * request allocates nothing here; each walk empties it and frees what is
 * above 64 KiB, so one huge request does not pin memory. Owned by whoever
 * declared it: sg__gw_walkbuf_init before the first walk,
 * sg__gw_walkbuf_release at the end. Not thread-safe: one walk at a time. */
struct sg_gw_splice {
    size_t at, cut;      /* cut bytes of the body at at... */
    size_t ins, ins_len; /* ...and insert ins_len bytes of ins (an offset) */
};
struct sg_gw_walkbuf {
    char *dec; /* a decoded text (or the system text with the canary) */
    size_t dec_cap;
    char *role; /* a decoded role */
    size_t role_cap;
    struct sg_gw_splice *sp;
    size_t sp_cap;
    sg_buf ins; /* the splices' JSON text, one after another */
};
void sg__gw_walkbuf_init(struct sg_gw_walkbuf *wb);
void sg__gw_walkbuf_release(struct sg_gw_walkbuf *wb);
/* sg__gw_guard_texts on the caller's working memory (NULL: its own,
 * allocated and freed in the call). */
enum sg_gw_reason sg__gw_guard_texts_wb(struct sg_gw_request_view *view, const char *path,
                                        const char *canary, size_t len, sg_gw_text_fn fn,
                                        void *user, struct sg_gw_walkbuf *wb, sg_buf *out,
                                        bool *rewritten);
/* The output guardrails' texts of a whole answer: choices[].message.content
 * (or choices[].text) then output[].content[].text, each passed to fn with
 * role "output"; a replacement is set in the tree (*changed). The reference
 * for sg__gw_answer_texts. */
enum sg_gw_reason sg__gw_answer_texts_tree(json_t *doc, sg_gw_text_fn fn, void *user,
                                           bool *changed);
/* The same walk on the answer's bytes, without a tree: -1 if the scanner
 * is unsure or data is invalid (parse it and use the tree walk); else 0 and
 * *reason is fn's (SG_GW_TOO_LARGE if out's cap is hit, SG_GW_GUARD_OUTPUT
 * if out of memory), with the redactions spliced into out when *changed. */
int sg__gw_answer_texts(const char *data, size_t len, sg_gw_text_fn fn, void *user, sg_buf *out,
                        bool *changed, enum sg_gw_reason *reason);
/* A streamed event whose text the output guardrails replace, without a
 * tree. sg__gw_event_plain: whether jansson's compact dump of the event's
 * tree gives its bytes back exactly (so a splice into the bytes is what the
 * tree path sends): no backslash anywhere, no whitespace outside strings,
 * no number that is not a plain integer, no "-0". sg__gw_event_splice: on
 * such an event, data with the string text (sg_gw_event_info's) replaced
 * by rel as jansson's json_stringn + json_dumps write it (escapes as
 * jansson's dump: \\uXXXX in capitals), appended to out; the string kept
 * as it was when rel is not UTF-8 (json_stringn refuses it). */
bool sg__gw_event_plain(const char *data, size_t len);
/* The event that carries a stream's held-back tail (released at its end)
 * for path, as jansson's compact dump of proxy.c's json_pack would write
 * it, appended to out (the JSON only, without "data: "). False when text is
 * not UTF-8 (json_pack fails, and no event is sent) or out is full. */
bool sg__gw_release_event(const char *path, const char *text, size_t len, sg_buf *out);
sg_err sg__gw_event_splice(const char *data, size_t len, const struct sg_gw_jv *text,
                           const char *rel, size_t rlen, sg_buf *out);
/* The same in one pass with the usage: sg__gw_answer_scan validates the
 * answer once and reads its usage as sg__gw_jscan_answer_usage does (same
 * return values: 1 read, 0 an object without usage, -1 unsure or invalid);
 * on 0 or 1, sg__gw_answer_walk then calls fn on its texts as
 * sg__gw_answer_texts would, on wb (or its own memory if NULL), without
 * scanning the bytes again. a points into data, which must outlive it. */
struct sg_gw_answer_scan {
    const char *data;
    size_t len;
    struct sg_gw_jv f[3]; /* choices, output, usage */
};
int sg__gw_answer_scan(const char *data, size_t len, struct sg_gw_answer_scan *a,
                       int64_t *prompt, int64_t *completion, int64_t *total);
enum sg_gw_reason sg__gw_answer_walk(const struct sg_gw_answer_scan *a, sg_gw_text_fn fn,
                                     void *user, struct sg_gw_walkbuf *wb, sg_buf *out,
                                     bool *changed);

/* ---- SSE (sse.c) ----------------------------------------------------------- */

/* Incremental Server-Sent-Events splitter: feed bytes as they come, get each
 * complete event's data. Buffers at most max bytes of an unfinished event. */
struct sg_gw_sse {
    sg_buf line; /* an unfinished line */
    sg_buf data; /* the data lines of the unfinished event */
    sg_buf other; /* its other lines (event:, id:), kept for re-emission */
    bool has_data;
};
typedef sg_err (*sg_gw_sse_event_fn)(void *user, const char *data, size_t len);
void sg__gw_sse_init(struct sg_gw_sse *s, size_t max);
void sg__gw_sse_release(struct sg_gw_sse *s);
SG_MUST_USE sg_err sg__gw_sse_feed(struct sg_gw_sse *s, const char *bytes, size_t len,
                                   sg_gw_sse_event_fn fn, void *user);

/* Extracts usage.total_tokens / prompt / completion from a stream event
 * (its "usage", else response.usage: /v1/responses streams); returns false
 * when absent. */
bool sg__gw_usage(const json_t *doc, int64_t *prompt, int64_t *completion, int64_t *total);
/* The same for a whole answer: its top-level "usage" only, as
 * sg__gw_usage_text reads it (response.usage is a stream event's;
 * fuzz_gateway_json found the two paths disagreeing on it). */
bool sg__gw_answer_usage(const json_t *doc, int64_t *prompt, int64_t *completion,
                         int64_t *total);
/* The value of member name of the top-level object of a whole JSON answer,
 * found without building a tree: 1 found (*val, *vlen point into s), 0 not
 * there, -1 not a JSON object (unbalanced brackets or strings, trailing
 * bytes). It checks structure only (brackets, strings, nesting depth), not
 * literals. Written here because jansson has no partial or lazy parse and
 * parsing every non-streamed answer just to read "usage" was the largest
 * single cost of the event loop (16% of it, measured with perf); the
 * member itself is then parsed by jansson. Keys are compared as raw bytes
 * (an escaped spelling of the name is not found). */
int sg__gw_json_member(const char *s, size_t len, const char *name, const char **val,
                       size_t *vlen);
/* sg__gw_usage on the "usage" member of a whole answer, through
 * sg__gw_json_member. *well_formed says whether the answer is a JSON object
 * at the structural level. */
bool sg__gw_usage_text(const char *data, size_t len, bool *well_formed, int64_t *prompt,
                       int64_t *completion, int64_t *total);
/* The streamed text of one chat/completions/responses event, borrowed from
 * doc (NULL if none). *slot receives the json_t holding it so a rewrite can
 * replace it. */
const char *sg__gw_event_text(json_t *doc, json_t **holder, const char **field);


/* ---- digests (keys.c) ---------------------------------------------------------- */

/* SHA-256 fetched once per process: passing EVP_sha256() makes OpenSSL 3
 * look the algorithm up again on every digest (an implicit fetch; 2-3% of
 * the event loop per digest, measured with perf). Thread-safe. */
const EVP_MD *sg__gw_sha256_md(void);
/* "sha256:<hex>" of len bytes into out; "" if the digest fails. */
void sg__gw_digest_hex(const void *data, size_t len, char out[72]);
/* "sha256:<hex>" of a digest d into out. */
void sg__gw_digest_text(const uint8_t d[32], char out[72]);

/* A SHA-256 in progress in caller-provided storage: no allocation (see
 * keys.c for why not EVP). Every init must be followed by a final; final
 * returns false if any step failed. */
struct sg_gw_sha256 {
#ifndef OPENSSL_NO_DEPRECATED_3_0
    SHA256_CTX c; /* the type is not deprecated, only its functions */
#else
    EVP_MD_CTX *c;
#endif
    bool ok;
};
void sg__gw_sha256_init(struct sg_gw_sha256 *s);
void sg__gw_sha256_update(struct sg_gw_sha256 *s, const void *data, size_t len);
bool sg__gw_sha256_final(struct sg_gw_sha256 *s, uint8_t d[32]);

/* Decodes the salt and hash of stored (validated "sg1$..." form) into k;
 * false if they are not hex. */
bool sg__gw_key_prepare(struct sg_gw_key *k, const char *stored);
/* True if key (len bytes, "sgk_<handle>_<secret>") is k's: its handle and
 * its salted hash match (constant-time compare). Thread-safe. */
bool sg__gw_key_check(const struct sg_gw_key *k, const char *key, size_t len);

/* ---- metrics (metrics.c) ----------------------------------------------------- */

/* A counter with one free-form label set, e.g. key="team-a",kind="prompt".
 * index: a hash table of label positions (+1; 0 empty), so that a request
 * finds its key's counter without comparing every label (two per key);
 * NULL while there are few labels, or if it could not be allocated (then a
 * linear search). */
struct sg_gw_labelled {
    char **labels;
    uint64_t *values;
    size_t n, cap;
    uint32_t *index;
    size_t index_cap; /* a power of two, at least twice n */
};

#define SG_GW_LAT_BUCKETS 16

/* The time the gateway itself adds to a proxied request (everything but the
 * upstream's own time): from the request's last byte read to its last byte
 * written upstream, plus from the upstream read that completes the answer
 * (stream: that brings its first chunk) to the answer (stream: that chunk)
 * written to the client.
 * Written by its loop only, with relaxed atomic stores (no lock, no locked
 * instruction on the request path); /metrics reads it with atomic loads. */
#define SG_GW_ADDED_BUCKETS 30
enum { SG_GW_ADDED_WHOLE, SG_GW_ADDED_STREAM, SG_GW_ADDED_KINDS };
struct sg_gw_added {
    uint64_t buckets[SG_GW_ADDED_KINDS][SG_GW_ADDED_BUCKETS + 1]; /* last: +Inf */
    uint64_t sum_ns[SG_GW_ADDED_KINDS], count[SG_GW_ADDED_KINDS];
};
/* The upper bounds of the buckets, in microseconds (10 us .. 10 ms). */
extern const uint32_t sg__gw_added_bounds_us[SG_GW_ADDED_BUCKETS];
/* One request's added time (owning loop only). */
void sg__gw_added_observe(struct sg_gw_added *a, int kind, uint64_t ns);
/* CLOCK_MONOTONIC in nanoseconds: the stamps of the added time. (The
 * coarse clock would be cheaper, but ticks in 4 ms here.) */
int64_t sg__gw_mono_ns(void);
/* The same clock in milliseconds: the gateway's deadlines (idle, slow
 * request, linger, upstream read timeout, circuit breaker), immune to
 * steps of the wall clock. */
int64_t sg__gw_mono_ms(void);
/* The calling thread's last sg__gw_mono_ns stamp in milliseconds, without
 * reading the clock (a fresh read if it has none): for deadlines set right
 * after a stamp in the same callback (each read and each sent answer is
 * stamped), where one clock read serves both. */
int64_t sg__gw_recent_ms(void);

struct sg_gw_metrics {
    uint64_t requests_by_status[600];
    uint64_t rejections[SG_GW_REASON_COUNT];
    uint64_t latency_buckets[SG_GW_LAT_BUCKETS + 1];
    double latency_sum;
    uint64_t latency_count;
    struct sg_gw_labelled tokens;          /* key, kind */
    struct sg_gw_labelled upstream_errors; /* upstream, kind */
    struct sg_gw_labelled limiter_failures;/* mode */
    uint64_t redis_up;
    uint64_t guard_blocks, guard_redactions;
    uint64_t slow_requests; /* connections cut off by the slow-request limits */
    int64_t inflight;         /* not under the lock: written by its loop only, atomics */
    struct sg_gw_added added; /* not under the lock: see struct sg_gw_added */
};

/* What /metrics shows besides the per-loop counters. */
struct sg_gw_gauges {
    uint64_t audit_depth, audit_queued, audit_errors, audit_dropped;
    uint64_t reloads_ok, reloads_failed;
    uint64_t loops, loops_current; /* loops serving the last configuration */
    const char *circuits;
};

void sg__gw_metrics_release(struct sg_gw_metrics *m);
void sg__gw_metrics_add(struct sg_gw_labelled *c, const char *label, uint64_t n);
void sg__gw_metrics_latency(struct sg_gw_metrics *m, double seconds);
/* Adds every counter of from into to (the loops' metrics into one view);
 * redis_up is 1 only if it is 1 in both. */
void sg__gw_metrics_merge(struct sg_gw_metrics *to, const struct sg_gw_metrics *from);
/* Prometheus text exposition of m (plus the gauges passed in) into out. */
SG_MUST_USE sg_err sg__gw_metrics_render(const struct sg_gw_metrics *m,
                                         const struct sg_gw_gauges *g, sg_buf *out);

/* ---- audit queue and access log (accesslog.c) -------------------------------- */

struct sg_gw_audit;
struct sg_gw_accesslog;
/* Starts the writer thread that records queued events through ctx's audit
 * sink in batches (one sink flush per batch, never one per request).
 * Every function is thread-safe (the event loops share one queue). */
SG_MUST_USE sg_err sg__gw_audit_new(sg_ctx *ctx, struct sg_gw_audit **out,
                                    struct sg_error *err);
/* Queues one event; takes ownership of details. Never blocks on disk. */
void sg__gw_audit_push(struct sg_gw_audit *a, const char *type, const char *subject,
                       const char *actor, const char *outcome, const char *digest_before,
                       const char *digest_after, json_t *details);
size_t sg__gw_audit_depth(struct sg_gw_audit *a);
/* Fills the audit fields of g (depth, queued, errors, dropped). */
void sg__gw_audit_stats(struct sg_gw_audit *a, struct sg_gw_gauges *g);
/* Drains the queue, flushes the sink and stops the thread. */
void sg__gw_audit_free(struct sg_gw_audit *a);

/* One finished request as the records need it: flat copies, so that the
 * audit thread (not the event loop) builds the audit details and the access
 * log line. Static strings (reason, decision, guard detector and rule) are
 * borrowed: they live as long as the gateway. */
struct sg_gw_record {
    char time[32], request_id[32], path[256], route[128], model[128], key_id[128];
    char remote[64], prompt_digest[72], answer_digest[72];
    const char *decision, *reason, *guard_detector, *guard_rule;
    int status, up_status, guard_action;
    int64_t prompt_tokens, completion_tokens, total_tokens;
    double latency_ms;
    bool estimated, stream, limiter_bypassed, audited, has_model, has_key, has_route;
    char *prompt_text, *answer_text; /* owned; only with audit.record_text */
    size_t prompt_len, answer_len;
};
/* A zeroed record for sg__gw_audit_request (NULL: out of memory), and its
 * release when it is not queued after all. */
struct sg_gw_record *sg__gw_audit_record_new(void);
void sg__gw_audit_record_free(struct sg_gw_record *rec);
/* Queues rec (from sg__gw_audit_record_new or an earlier return of this
 * function; taken over). NULL (a record that could not be allocated) counts
 * as a dropped event. Returns a zeroed record, already written and
 * recycled, for the caller's next request (NULL if none is free): the
 * caller owns it. */
struct sg_gw_record *sg__gw_audit_request(struct sg_gw_audit *a, struct sg_gw_record *rec);
/* From now on access log lines go to log (taken over; NULL = none); the one
 * before is closed once the lines queued before it are written. */
void sg__gw_audit_set_accesslog(struct sg_gw_audit *a, struct sg_gw_accesslog *log);

struct sg_gw_accesslog;
SG_MUST_USE sg_err sg__gw_accesslog_open(const char *path, struct sg_gw_accesslog **out,
                                         struct sg_error *err);
/* Writes len bytes of complete lines (buffered; see flush). */
void sg__gw_accesslog_write_line(struct sg_gw_accesslog *l, const char *line, size_t len);
/* The two records of a request, appended to out: its audit event's details
 * (canonical: compact, keys sorted, ASCII) and its access-log line (no
 * newline). Strings that are not UTF-8 are written with U+FFFD. */
SG_MUST_USE sg_err sg__gw_record_details(const struct sg_gw_record *r, sg_buf *out);
SG_MUST_USE sg_err sg__gw_record_access_line(const struct sg_gw_record *r, sg_buf *out);
void sg__gw_accesslog_flush(struct sg_gw_accesslog *l);
void sg__gw_accesslog_close(struct sg_gw_accesslog *l);

/* ---- limits (ratelimit_local.c, ratelimit_redis.c) ------------------------------ */

/* Token buckets per key: requests/min (cost 1) and tokens/min (cost: the
 * prompt estimate up front, corrected by the upstream's usage afterwards),
 * plus a daily token counter per UTC day. A check takes from every bucket
 * or from none. */
struct sg_gw_limit_query {
    const char *key_id;
    int64_t rpm, tpm, daily; /* the policy's limits; 0 = unlimited */
    int64_t cost;            /* token estimate charged up front */
};

/* retry_after_s: for refusals, seconds until the request could succeed. */
typedef void (*sg_gw_limit_cb)(void *arg, enum sg_gw_reason r, int retry_after_s);

/* Shared by the event loops: one mutex around each check and commit (a
 * handful of arithmetic on one key's buckets; contention is negligible next
 * to a request's system calls, and the limit stays exact across loops). */
struct sg_gw_local;
SG_MUST_USE sg_err sg__gw_local_new(struct sg_gw_local **out);
enum sg_gw_reason sg__gw_local_check(struct sg_gw_local *l, const struct sg_gw_limit_query *q,
                                     int64_t now_ms, int *retry_after_s);
/* After the answer: delta = actual tokens - the estimate charged (may be
 * negative); used = tokens to add to today's count. */
void sg__gw_local_commit(struct sg_gw_local *l, const struct sg_gw_limit_query *q, int64_t delta,
                         int64_t used, int64_t now_ms);
void sg__gw_local_free(struct sg_gw_local *l);
/* Seconds until the next UTC midnight (for daily-quota Retry-After). */
int sg__gw_until_midnight(int64_t now_ms);

struct event_base;
struct sg_gw_redis;
/* One connection per event loop: base is the loop's; m (guarded by mlock)
 * its metrics. */
SG_MUST_USE sg_err sg__gw_redis_new(struct event_base *base, const struct sg_gateway_config *cfg,
                                    struct sg_gw_metrics *m, pthread_mutex_t *mlock, sg_ctx *ctx,
                                    struct sg_gw_redis **out, struct sg_error *err);
/* Asks Redis; cb runs exactly once, possibly before this returns (Redis
 * down). On failure cb gets SG_GW_LIMITER_DOWN; the caller applies the
 * fail_open/fail_closed choice. */
void sg__gw_redis_check(struct sg_gw_redis *r, const struct sg_gw_limit_query *q,
                        sg_gw_limit_cb cb, void *arg);
void sg__gw_redis_commit(struct sg_gw_redis *r, const struct sg_gw_limit_query *q, int64_t delta,
                         int64_t used);
void sg__gw_redis_free(struct sg_gw_redis *r);

/* ---- client connections (conn.c) ------------------------------------------------- */

struct sg_gw_loop;
struct sg_gw_watch;
struct sg_gw_cconn;
struct sg_gw_listener_rt;
/* A loop's client connections and their sweep (idle, slow-request and
 * lingering-close deadlines). Loop thread only. */
SG_MUST_USE sg_err sg__gw_watch_new(struct sg_gw_loop *loop, struct sg_gw_watch **out);
/* On stop: idle connections close now, busy ones after their reply. */
void sg__gw_watch_stop(struct sg_gw_watch *w);
/* After the loop has stopped: answers what is still in flight and closes
 * every connection. */
void sg__gw_watch_free(struct sg_gw_watch *w);
/* A connection accepted on l (fd is non-blocking; taken over). */
void sg__gw_conn_accept(struct sg_gw_listener_rt *l, evutil_socket_t fd, const struct sockaddr *sa,
                        int salen);
/* sg__gw_finish: the request on c is answered and freed; now_ns: the
 * finish's sg__gw_mono_ns stamp (the connection is idle from then). */
void sg__gw_conn_request_done(struct sg_gw_cconn *c, int64_t now_ns);
/* The client's address as text ("" unknown). */
const char *sg__gw_conn_remote(const struct sg_gw_cconn *c);

/* What conn.c parsed of a request, for the pipeline (server.c). Pointers
 * into the connection's input buffer: valid during sg__gw_handle only; the
 * body stays valid until the request is finished. */
struct sg_gw_head {
    int method; /* enum http_method */
    const char *path, *query;
    size_t path_len, query_len;
    bool has_query;
    const char *auth, *api_key, *x_api_key, *accept, *te;
    size_t auth_len, api_key_len, x_api_key_len, accept_len, te_len;
    int n_cl, n_te; /* Content-Length and Transfer-Encoding fields seen */
    const char *body;
    size_t body_len;
};

/* ---- request reader (reader.c) ------------------------------------------------------ */

/* Raw bytes in, whole requests out, without I/O: conn.c reads into in and
 * steps; fuzz_http_request feeds it directly. Spans are offsets into in. */
struct sg_gw_span {
    size_t off, len;
    bool set;
};
enum { SG_GW_H_AUTH, SG_GW_H_API_KEY, SG_GW_H_X_API_KEY, SG_GW_H_ACCEPT, SG_GW_H_TE,
       SG_GW_H_EXPECT, SG_GW_H_COUNT };
struct sg_gw_reader {
    http_parser parser;
    char *in; /* [0, in_off) parsed, [in_off, in_len) not yet */
    size_t in_len, in_cap, in_off;
    size_t head_end; /* offset after the head, once it is complete */
    sg_buf body;     /* the decoded body (chunked framing removed) */
    struct sg_gw_span url, field, value, hdr[SG_GW_H_COUNT];
    bool in_value;
    int n_cl, n_te;
    bool begun, head_done, msg_done, body_too_large, keep_alive, http10;
    int64_t started_ms, head_ms; /* first byte of the request; end of its head */
    int64_t now_ms; /* set by the caller before a step: when its bytes arrived (0 = unknown) */
    uint64_t body_bytes;         /* raw body bytes read (conn.c counts them) */
};
enum sg_gw_read_ev {
    SG_GW_READ_MORE,    /* everything buffered is parsed; read more */
    SG_GW_READ_HEAD,    /* the head is complete and acceptable; the body follows */
    SG_GW_READ_REQUEST, /* a whole request: sg__gw_reader_head, then _next when answered */
    SG_GW_READ_ERROR,   /* refuse with *why, *msg (static text); close after */
};
void sg__gw_reader_init(struct sg_gw_reader *rd);
void sg__gw_reader_release(struct sg_gw_reader *rd);
/* Room for one more read at in + in_len; false when the buffer is at its
 * cap (a head over max_header_bytes, or pipelined bytes while busy). */
bool sg__gw_reader_reserve(struct sg_gw_reader *rd, size_t max_header_bytes);
enum sg_gw_read_ev sg__gw_reader_step(struct sg_gw_reader *rd, size_t max_header_bytes,
                                      int64_t max_body_bytes, enum sg_gw_reason *why,
                                      const char **msg);
/* After SG_GW_READ_HEAD: the client asked for "100 Continue". */
bool sg__gw_reader_expects_continue(const struct sg_gw_reader *rd);
struct sg_gw_head;
/* After SG_GW_READ_REQUEST: the request's head, pointing into rd. */
void sg__gw_reader_head(const struct sg_gw_reader *rd, struct sg_gw_head *h);
/* The request is answered: drop its bytes, keep pipelined ones. */
void sg__gw_reader_next(struct sg_gw_reader *rd);

/* ---- upstream answer reader (answer.c) ---------------------------------------------- */

/* One upstream answer at a time, no I/O: proxy.c feeds it what it reads;
 * fuzz_http_response feeds it directly. on_head runs once the final head is
 * in (status in parser.status_code, ctype set); it may set streaming, and
 * then the body goes to on_piece as it comes instead of into body. A
 * non-zero on_head stops the answer (fail closed). */
struct sg_gw_answer {
    http_parser parser;
    char field[16]; /* the header name being read; only Content-Type is kept */
    size_t field_len;
    bool field_long, in_value, is_ctype;
    char ctype[128]; /* NUL-terminated, truncated to fit */
    size_t ctype_len;
    sg_buf body; /* a whole answer, capped (max_response_bytes); reused */
    bool headers_done, complete, too_large, streaming;
    int (*on_head)(void *user);
    void (*on_piece)(void *user, const char *data, size_t len);
    void *user;
};
/* Ready for the next answer (body emptied; a large one's memory freed). */
void sg__gw_answer_start(struct sg_gw_answer *a);
/* Feeds n bytes (n == 0: the connection ended): 1 the answer is complete,
 * 0 more to come, -1 failed (malformed, too large, cut short, or on_head
 * refused). */
int sg__gw_answer_feed(struct sg_gw_answer *a, const char *d, size_t n);
bool sg__gw_answer_ctype_is(const struct sg_gw_answer *a, const char *prefix);

/* ---- sockets (io.c) ---------------------------------------------------------------- */

#include <openssl/ssl.h>
#include <sys/types.h>
#include <sys/uio.h>

struct event;
struct event_base;
struct sg_gw_io;
typedef void (*sg_gw_io_fn)(struct sg_gw_io *io, void *user);

/* One non-blocking socket, plain or TLS, for either side of the gateway:
 * its read event is registered once and stays; writes go out at once and a
 * write event is registered only while the kernel or TLS holds back. Loop
 * thread only. */
struct sg_gw_io {
    evutil_socket_t fd;
    SSL *ssl; /* owned; NULL for plain TCP */
    struct event *rev, *wev;
    sg_gw_io_fn on_read;    /* readable (or failed): call sg__gw_io_read */
    sg_gw_io_fn on_drained; /* queued output all sent (may be NULL) */
    void *user;
    char *out; /* what the kernel did not take yet */
    size_t out_off, out_len, out_cap;
    bool wev_added, connecting, read_wants_write, write_wants_read, broken;
};
/* Takes over fd (and ssl); connecting: a connect() in progress. */
SG_MUST_USE sg_err sg__gw_io_open(struct sg_gw_io *io, struct event_base *base,
                                  evutil_socket_t fd, SSL *ssl, bool connecting,
                                  sg_gw_io_fn on_read, sg_gw_io_fn on_drained, void *user);
/* >0 bytes read; 0 the peer closed; -1 nothing now (wait for on_read); -2
 * failed. After a full read (n == cap) or while sg__gw_io_more, read again:
 * TLS may hold decrypted bytes the socket no longer signals. */
ssize_t sg__gw_io_read(struct sg_gw_io *io, void *buf, size_t cap);
bool sg__gw_io_more(const struct sg_gw_io *io);
/* Sends the n pieces (copied if they cannot all go now); false if the
 * connection is broken. */
bool sg__gw_io_send(struct sg_gw_io *io, const struct iovec *v, int n);
size_t sg__gw_io_queued(const struct sg_gw_io *io);
/* Frees the events and TLS state and closes the socket. */
void sg__gw_io_close(struct sg_gw_io *io);

/* An HTTP head being built in a caller's buffer: plain copies, as printf's
 * format machinery showed in the event loop's profile. Appends that do not
 * fit set over and are dropped. */
struct sg_gw_text {
    char *p;
    size_t len, cap;
    bool over;
};
void sg__gw_text_put(struct sg_gw_text *t, const char *s, size_t n);
void sg__gw_text_str(struct sg_gw_text *t, const char *s);
void sg__gw_text_num(struct sg_gw_text *t, uint64_t v, unsigned base);
/* A string literal: its length known at compile time, no strlen. */
#define SG_GW_TEXT_LIT(t, lit) sg__gw_text_put((t), "" lit, sizeof(lit) - 1)

/* ---- the running gateway (server.c, proxy.c) ------------------------------------ */

#include <openssl/evp.h>
#include <time.h>

struct sg_gw_pool;

/* One upstream's circuit breaker, shared by the loops (atomics): failures
 * in a row, and until when requests are refused (sg__gw_mono_ms; 0 =
 * closed). */
struct sg_gw_breaker {
    int failures;
    int64_t open_until_ms;
};

/* A validated configuration shared by the event loops; each loop builds its
 * own runtime (upstream pools) on it. refs is atomic. */
struct sg_gw_gen {
    struct sg_gateway_config *cfg;
    struct sg_gw_breaker *breakers; /* parallel to cfg->upstreams */
    uint64_t seq; /* 0 for the configuration of the start, n for the n-th reload */
    int refs;
};

/* One configuration generation with one loop's upstream pools. Requests hold
 * a reference, so a reload never pulls a configuration from under them.
 * refs is touched by the owning loop only. */
struct sg_gw_runtime {
    struct sg_gw_loop *loop;
    struct sg_gw_gen *gen;
    struct sg_gateway_config *cfg; /* gen->cfg */
    struct sg_gw_pool *pools;      /* parallel to cfg->upstreams */
    int refs;
};

struct sg_gw_listener_rt {
    struct sg_gw_loop *loop;
    struct evconnlistener *lev;
    SSL_CTX *ssl; /* the gateway's, shared by the loops */
    int port;
    bool metrics;
};

/* One event loop (a worker): its own libevent base, its own listening
 * sockets on the shared ports (SO_REUSEPORT: the kernel spreads new
 * connections over the loops), upstream pools, Redis connection and
 * metrics. A connection stays on the loop that accepted it. */
struct sg_gw_loop {
    struct sg_gateway *gw;
    unsigned index;
    pthread_t thread;
    bool has_thread;
    struct event_base *base;
    struct evdns_base *dns;
    struct sg_gw_runtime *rt;
    struct sg_gw_listener_rt *ls; /* gw->n_ls of them */
    struct event *ev_stop, *ev_adopt, *ev_drain;
    /* lock guards m (written by this loop, read by /metrics on any loop)
     * and pending (set by loop 0 on reload). */
    pthread_mutex_t lock;
    struct sg_gw_metrics m;
    struct sg_gw_gen *pending; /* a reloaded configuration to adopt */
    uint64_t config_seq; /* (atomic) seq of the configuration this loop serves */
    struct sg_gw_redis *redis;
    struct sg_gw_watch *watch;
    bool stopping;
    /* Finished requests kept for reuse: a request is a few KiB, and
     * allocating that per request made malloc consolidate its fast bins
     * every time (malloc_consolidate showed in the loop's profile). */
    struct sg_gw_req *spare[128]; /* as many as are in flight at once, typically */
    int n_spare;
    /* The record of the next request: recycled by the audit writer (see
     * sg__gw_audit_request), so that records are not allocated per request. */
    struct sg_gw_record *rec_next;
    /* The records' timestamp (sg_time_rfc3339's text) of the second
     * time_sec: formatted once a second, not once a request. */
    time_t time_sec;
    char time_text[32];
    uint64_t seq; /* requests numbered so far (their ids) */
    /* The guardrails' working memory, for every request of this loop in
     * turn: the walks' buffers and the canary line being planted. */
    struct sg_gw_walkbuf walk;
    sg_buf canary;
    /* A streamed event's released text and the event rewritten around it
     * (proxy.c's on_event), emptied after each event. */
    sg_buf ev_rel, ev_out;
};

struct sg_gateway {
    sg_ctx *ctx;
    struct sg_gateway_options opts;
    char *config_path;
    struct sg_gw_loop *loops;
    size_t n_loops;
    size_t n_ls;
    SSL_CTX **ssl;       /* per listener, NULL without TLS */
    struct sg_gw_gen *gen; /* the configuration in force (reload compares) */
    struct event *ev_reload; /* on loop 0 */
    struct event *sigs[4];
    struct sg_gw_local *local;
    struct sg_gw_audit *audit;
    struct sg_inspector own_inspector; /* built from the "guard" section */
    uint64_t reloads_ok, reloads_failed; /* atomic */
    char idprefix[9];
};

/* One client request, from arrival to the last byte of its answer. */
struct sg_gw_req {
    struct sg_gateway *gw;
    struct sg_gw_loop *loop;
    struct sg_gw_runtime *rt;
    struct sg_gw_cconn *cc; /* the client connection (kept while r lives) */
    const struct sg_gw_route *route;
    const struct sg_gw_key *key;
    const struct sg_gw_policy *pol;
    bool is_post; /* else GET */
    bool has_query;
    size_t path_len, query_len, accept_len, id_len; /* of the text fields below */
    /* reply headers besides the fixed ones */
    int retry_after;
    bool www_authenticate, close_after;
    char id[32];
    int64_t t0_ns; /* arrival (sg__gw_mono_ns), for the request duration */
    /* Stamps of the added time (sg__gw_mono_ns; 0 = not reached): last
     * request byte read, last byte written upstream, the upstream read that
     * completed the answer (stream: brought its first chunk), answer
     * (stream: first chunk) written to the client. */
    int64_t t_in_ns, t_sent_ns, t_first_ns, t_out_ns;
    const char *body; /* what goes upstream: the client's bytes or rewritten */
    size_t body_len;
    sg_buf rewritten;
    bool answer_md; /* answer_sha (below) is running */
    struct sg_gw_limit_query lq;
    bool limits_taken, limiter_bypassed;
    int64_t prompt_tokens, completion_tokens, total_tokens, streamed_bytes;
    bool usage_seen;
    bool up_retried; /* sent again after a pooled connection closed under it */
    enum sg_gw_reason reason;
    int status;
    /* guardrails */
    void *guard;
    bool guard_begun;
    const char *guard_detector, *guard_rule;
    int guard_action;
    /* upstream */
    struct sg_gw_pool *pool;
    struct sg_gw_conn *conn;    /* the upstream connection carrying it */
    struct sg_gw_req *wait_next; /* in the pool's line for a connection */
    int up_status;
    bool up_failed, up_timeout;
    bool started, stream_ended, stream_inspect, stream_final, answer_truncated;
    sg_buf released; /* streamed text the inspector released, for closing events */
    bool released_truncated;
    struct sg_gw_sse sse;
    sg_buf answer;
    sg_buf out; /* scratch for rewritten stream events */
    /* Last, from here on: the view (whose model_buf ends it), the text
     * fields, of which a reused struct gets only the first byte reset, and
     * the digest state, set up when used (sg__gw_req_new clears the fields
     * above, not these 2 KiB). */
    struct sg_gw_request_view view;
    char path[256];
    char query[1024]; /* after '?' (has_query), forwarded as it came */
    char accept[256]; /* the client's Accept, forwarded; "" none */
    char prompt_digest[72], answer_digest[72];
    char reason_msg[256];
    struct sg_gw_sha256 answer_sha;
};

/* server.c: the loop's metrics, under its lock. */
#define SG_GW_METRICS(loop, stmt)                                                                  \
    do {                                                                                           \
        pthread_mutex_lock(&(loop)->lock);                                                         \
        stmt;                                                                                      \
        pthread_mutex_unlock(&(loop)->lock);                                                       \
    } while (0)

/* conn.c: the reply to r's client. ctype NULL: application/json. The
 * headers r asks for (x-request-id, Retry-After, ...) are added. */
void sg__gw_reply(struct sg_gw_req *r, int status, const char *ctype, const char *body,
                  size_t len);
/* A streamed (SSE) reply: its head, each piece as it comes, the end. */
void sg__gw_reply_start(struct sg_gw_req *r, int status);
void sg__gw_reply_chunk(struct sg_gw_req *r, const char *data, size_t len);
void sg__gw_reply_end(struct sg_gw_req *r);
/* Bytes of r's reply the client has not taken yet. */
size_t sg__gw_reply_backlog(const struct sg_gw_req *r);
/* server.c: references on a runtime (loop thread only). */
struct sg_gw_runtime *sg__gw_runtime_ref(struct sg_gw_runtime *rt);
void sg__gw_runtime_unref(struct sg_gw_runtime *rt);

/* server.c: a new request on cc (NULL when out of memory), and the
 * pipeline for it: framing checks, routing, authentication, policy, input
 * guardrails, limits, then proxy.c. metrics: the listener serves /metrics.
 * t_in_ns: when its last byte was read (sg__gw_mono_ns), 0 = now and not
 * a request the added-time histogram counts. */
struct sg_gw_req *sg__gw_req_new(struct sg_gw_loop *loop, struct sg_gw_cconn *cc,
                                 int64_t t_in_ns);
void sg__gw_handle(struct sg_gw_req *r, const struct sg_gw_head *h, bool metrics);

/* server.c: answers r with an OpenAI-shaped error and finishes it. */
void sg__gw_fail(struct sg_gw_req *r, enum sg_gw_reason reason, int retry_after, const char *fmt,
                 ...) SG_PRINTF(4, 5);
/* server.c: records (metrics, audit, access log, usage) and frees r, once
 * the reply has been sent. */
void sg__gw_finish(struct sg_gw_req *r);
/* server.c: starts the inspector for r if needed; false if unavailable. */
bool sg__gw_guard_begin(struct sg_gw_req *r);
void sg__gw_guard_note(struct sg_gw_req *r, const struct sg_inspect_verdict *v);
int64_t sg__gw_now_ms(void);

/* proxy.c */
SG_MUST_USE sg_err sg__gw_pools_new(struct sg_gw_runtime *rt, struct sg_error *err);
void sg__gw_pools_free(struct sg_gw_runtime *rt);

/* Sends r upstream; answers the client when done (through sg__gw_finish). */
void sg__gw_proxy(struct sg_gw_req *r);
/* The client has taken r's stream backlog: read the upstream again. */
void sg__gw_proxy_resume(struct sg_gw_req *r);
/* Takes r off its upstream connection or waiting line without answering. */
void sg__gw_proxy_abandon(struct sg_gw_req *r);

#endif
