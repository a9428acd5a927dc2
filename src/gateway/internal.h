/* internal.h - what the gateway's files share: the validated configuration
 * model, the per-request policy view, the limiter, metrics, audit queue and
 * upstream pool interfaces. Not installed; include/saiguard/gateway.h is the
 * public API. */
#ifndef SG_GATEWAY_INTERNAL_H
#define SG_GATEWAY_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "saiguard/buf.h"
#include "saiguard/gateway.h"
#include "saiguard/json.h"

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
    int max_connections;
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
    SG_GW_REASON_COUNT
};
const char *sg__gw_reason_name(enum sg_gw_reason r);
int sg__gw_reason_status(enum sg_gw_reason r);

/* A parsed request body as the policy sees it. Borrowed pointers into body. */
struct sg_gw_request_view {
    json_t *body;        /* owned */
    const char *model;
    bool stream;
    int64_t max_tokens;  /* -1 absent */
    unsigned modalities; /* seen */
    int64_t text_bytes;  /* total text, for token estimates */
};

/* Parses body (len bytes) and checks it against pol for the given API path.
 * On refusal returns the reason and writes a client-safe message (never
 * the prompt) to msg. view->body is set on SG_GW_OK (and may be set on
 * refusal: always call sg__gw_view_release). */
enum sg_gw_reason sg__gw_policy_check(const struct sg_gw_policy *pol, const char *path,
                                      const char *body, size_t len,
                                      struct sg_gw_request_view *view, char *msg, size_t msgsz);
void sg__gw_view_release(struct sg_gw_request_view *view);

/* Calls fn for every text of the request (message contents of every role,
 * prompt, input), in order. fn may replace the text by returning a new
 * string (malloc'ed; the view takes it) in *replace. A non-OK return stops. */
typedef enum sg_gw_reason (*sg_gw_text_fn)(void *user, const char *role, const char *text,
                                           size_t len, char **replace);
enum sg_gw_reason sg__gw_policy_texts(struct sg_gw_request_view *view, const char *path,
                                      sg_gw_text_fn fn, void *user, bool *rewritten);

/* ---- SSE (sse.c) ----------------------------------------------------------- */

/* Incremental Server-Sent-Events splitter: feed bytes as they come, get each
 * complete event's data. Buffers at most max bytes of an unfinished event. */
struct sg_gw_sse {
    sg_buf pending;
};
typedef sg_err (*sg_gw_sse_event_fn)(void *user, const char *data, size_t len);
void sg__gw_sse_init(struct sg_gw_sse *s, size_t max);
void sg__gw_sse_release(struct sg_gw_sse *s);
SG_MUST_USE sg_err sg__gw_sse_feed(struct sg_gw_sse *s, const char *bytes, size_t len,
                                   sg_gw_sse_event_fn fn, void *user);

/* Extracts usage.total_tokens / prompt / completion from a JSON answer or
 * stream event; returns false when absent. */
bool sg__gw_usage(const json_t *doc, int64_t *prompt, int64_t *completion, int64_t *total);
/* The streamed text of one chat/completions/responses event, borrowed from
 * doc (NULL if none). *slot receives the json_t holding it so a rewrite can
 * replace it. */
const char *sg__gw_event_text(json_t *doc, json_t **holder, const char **field);

#endif
