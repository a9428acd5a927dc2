/* inspect.h - the hook points between the gateway and the guardrails. The
 * gateway calls an inspector on each request's texts, on each answer, and on
 * each streamed chunk; the guardrails capability implements one (a handler
 * chain of detectors, each passing, blocking, redacting or declining, as
 * nginx handlers do). Either side can be built and tested without the other:
 * a NULL inspector means "no guardrails".
 *
 * Life of one request: begin -> canary (optional) -> check_input for every
 * message text -> check_output (whole answer) or stream_feed for each streamed
 * piece of answer text, then once with final = true -> end.
 * Thread safety: an inspector's impl is shared by all requests and must be
 * safe to use concurrently; each request's state is used by one thread. */
#ifndef SAIGUARD_INSPECT_H
#define SAIGUARD_INSPECT_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Ordered by strength: when several detectors speak, the strongest wins. */
enum sg_inspect_action {
    SG_INSPECT_PASS = 0,   /* nothing found, or found and only logged */
    SG_INSPECT_LOG = 1,    /* found; let it through, record the decision */
    SG_INSPECT_REDACT = 2, /* found; let the rewritten text through */
    SG_INSPECT_BLOCK = 3,  /* found; refuse the request or stop the answer */
};

/* What a check decided. Detector and rule are static strings owned by the
 * inspector; reason never contains the offending text (no secrets in logs). */
struct sg_inspect_verdict {
    enum sg_inspect_action action;
    const char *detector;   /* "injection", "secrets", "pii", "canary", ... or NULL */
    const char *rule;       /* rule or entity type id, or NULL */
    double score;           /* detector score in [0, 1], or 0 */
    char reason[160];
};

/* Who is asking, for per-route and per-key configuration. Borrowed. */
struct sg_inspect_request {
    const char *route;  /* the route's name in the gateway configuration */
    const char *key_id; /* the API key's id (never the key) */
    const char *model;  /* the requested model */
};

struct sg_inspector_ops {
    const char *name;
    /* Starts a request; *req is the inspector's per-request state. */
    sg_err (*begin)(void *impl, const struct sg_inspect_request *info, void **req,
                    struct sg_error *err);
    /* Optional (may be NULL): text to plant in the system prompt so that a
     * leak of the prompt can be recognised in the answer. Appended to out. */
    sg_err (*canary)(void *req, sg_buf *out, struct sg_error *err);
    /* One input text. role: "system", "user", "assistant", "tool" (tool
     * results and retrieved content: indirect injection). On REDACT the
     * replacement text is appended to rewritten. */
    sg_err (*check_input)(void *req, const char *role, const char *text, size_t len,
                          sg_buf *rewritten, struct sg_inspect_verdict *verdict,
                          struct sg_error *err);
    /* A whole (non-streamed) answer text; REDACT as above. */
    sg_err (*check_output)(void *req, const char *text, size_t len, sg_buf *rewritten,
                           struct sg_inspect_verdict *verdict, struct sg_error *err);
    /* A piece of streamed answer text. The inspector holds back a bounded
     * window and appends to release only bytes it has fully checked (redacted
     * where needed), so no byte of a secret or canary reaches the client
     * before the check has seen all of it. final = true flushes the window.
     * After a BLOCK verdict the gateway ends the stream. */
    sg_err (*stream_feed)(void *req, const char *text, size_t len, bool final, sg_buf *release,
                          struct sg_inspect_verdict *verdict, struct sg_error *err);
    /* Ends the request and frees its state. */
    void (*end)(void *req);
    /* Frees impl. */
    void (*free)(void *impl);
};

struct sg_inspector {
    const struct sg_inspector_ops *ops;
    void *impl;
};

#ifdef __cplusplus
}
#endif
#endif
