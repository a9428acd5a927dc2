/* gateway.h - the API security gateway in front of OpenAI-compatible LLM
 * endpoints: configuration (load, validate, describe the effective policy),
 * API keys (generate, hash, verify) and the daemon itself (a reverse
 * proxy on libevent's event loop with per-key policies, rate limits,
 * quotas, audit, metrics and guardrail hooks).
 *
 * The assessment capability uses sg_gateway_config_load() and
 * sg_gateway_config_describe() to gather evidence about a deployment
 * (least privilege, authentication, limits, modalities, guardrails, TLS)
 * without starting anything.
 *
 * Thread safety: a loaded configuration is immutable and may be read from
 * any thread. A running gateway (struct sg_gateway) serves from N event
 * loops (worker threads, one per core by default): sg_gateway_run() runs
 * loop 0 in the calling thread and the others in threads of its own, and
 * returns once all have stopped; sg_gateway_stop() and sg_gateway_reload()
 * may be called from any thread (for signals, let sg_gateway_run handle
 * them: handle_signals). */
#ifndef SAIGUARD_GATEWAY_H
#define SAIGUARD_GATEWAY_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "context.h"
#include "error.h"
#include "inspect.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- configuration ------------------------------------------------------ */

/* Largest configuration file read: 4 MiB. */
#define SG_GATEWAY_CONFIG_MAX ((size_t)4 << 20)

/* A validated configuration. Opaque; immutable once loaded. */
struct sg_gateway_config;

/* Reads, expands ${NAME} references (environment) and validates a YAML (or
 * JSON) configuration. Unknown keys, wrong types, dangling references (a key
 * naming a missing policy, a route naming a missing upstream), unreadable
 * TLS or credential files and missing credential variables are errors
 * (SG_ERR_CONFIG, err names the file and the offending key path).
 * On success *out is owned by the caller: sg_gateway_config_free(). */
SG_MUST_USE sg_err sg_gateway_config_load(const char *path, struct sg_gateway_config **out,
                                          struct sg_error *err);
/* As sg_gateway_config_load, from len bytes in memory; subject names the
 * source in messages. Relative file names in the document are taken
 * relative to base_dir (NULL = the current directory). */
SG_MUST_USE sg_err sg_gateway_config_parse(const char *data, size_t len, const char *subject,
                                           const char *base_dir,
                                           struct sg_gateway_config **out, struct sg_error *err);
void sg_gateway_config_free(struct sg_gateway_config *cfg);

/* The effective policy as a new JSON object (caller json_decref()s):
 *   listeners[] {name, address, port, tls, metrics}
 *   upstreams[] {name, url, tls, tls_verify, credentials: "env"|"file"|"none", ...}
 *   routes[]    {name, paths[], upstream, auth, guardrails{input,output}}
 *   keys[]      {id, policy}             (never the hash)
 *   policies[]  {name, models[], modalities[], tools[], max_body_bytes,
 *                max_tokens, requests_per_minute, tokens_per_minute,
 *                daily_tokens, guardrails{input,output}}
 *   limits      {backend: "local"|"redis", on_redis_failure}
 *   audit       {record_text, access_log}
 *   findings[]  {id, severity: "high"|"medium"|"low", subject, message}
 * Findings name least-privilege weaknesses: a route without authentication,
 * a policy allowing any model ("*"), no rate limit or quota, modalities
 * beyond text, guardrails off, a non-loopback listener without TLS, an
 * upstream without TLS verification, prompt text recorded in the audit. */
SG_MUST_USE sg_err sg_gateway_config_describe(const struct sg_gateway_config *cfg, json_t **out,
                                              struct sg_error *err);

/* ---- API keys ------------------------------------------------------------ */

/* A generated key: the plaintext (shown once, "sgk_<handle>_<secret>") and
 * the stored form ("sg1$<handle>$<salt hex>$<sha256 hex>") that goes into
 * the configuration. The stored form cannot be turned back into the key;
 * keys are 256-bit random, so a salted SHA-256 is enough (no password
 * stretching is needed and verification stays cheap on every request). */
struct sg_gateway_key {
    char key[96];
    char hash[128];
};
/* Fills *out from the OpenSSL CSPRNG. Wipe out->key after showing it
 * (OPENSSL_cleanse). */
SG_MUST_USE sg_err sg_gateway_keygen(struct sg_gateway_key *out, struct sg_error *err);
/* True if key (len bytes) matches the stored form (constant-time compare). */
bool sg_gateway_key_matches(const char *stored, const char *key, size_t len);

/* ---- the daemon ------------------------------------------------------------ */

struct sg_gateway;

struct sg_gateway_options {
    const char *config_path;       /* required; reread on reload */
    /* Guardrails. ops NULL = the built-in detectors of the guard capability
     * (sg_guard_inspector), configured by the configuration's "guard"
     * section, whenever a route and a policy leave guardrails on. Borrowed. */
    struct sg_inspector inspector;
    /* Called once every listener is bound (before serving), e.g. to print
     * "listening" or to signal readiness. May be NULL. */
    void (*on_ready)(void *user, const struct sg_gateway *gw);
    void *user;
    /* Event loops (worker threads) serving; 0 = the configuration's
     * server.workers, whose 0 means one per core. Each loop accepts on
     * the same ports (SO_REUSEPORT) and keeps its own upstream pools. */
    int workers;
};

/* Loads the configuration, binds the listeners and connects to Redis (when
 * configured). ctx (borrowed, must outlive the gateway) provides the audit
 * sink and logging. *out is owned by the caller: sg_gateway_free(). */
SG_MUST_USE sg_err sg_gateway_new(sg_ctx *ctx, const struct sg_gateway_options *opts,
                                  struct sg_gateway **out, struct sg_error *err);
/* Serves until sg_gateway_stop(); then stops accepting, lets in-flight
 * requests finish (at most the configured drain time), flushes the audit
 * queue and returns. If handle_signals, SIGHUP reloads, SIGTERM and SIGINT
 * stop, SIGPIPE is ignored. */
SG_MUST_USE sg_err sg_gateway_run(struct sg_gateway *gw, bool handle_signals,
                                  struct sg_error *err);
/* Asks the loop to stop (graceful). Thread-safe; not for signal handlers. */
void sg_gateway_stop(struct sg_gateway *gw);
/* Asks the loops to reread the configuration. Connections stay open;
 * requests in flight finish under the configuration they started with.
 * Routes, upstreams, policies, keys, audit and the server limits
 * (max_header_bytes, max_body_bytes, timeouts) take effect. A configuration
 * that fails to validate, or that changes what only a restart can change
 * (listeners, server.workers, the limits backend and Redis address, the
 * guard section), is refused as a whole: logged with the reason, counted
 * in saiguard_gateway_config_reloads_total{result="failed"}, and the
 * running configuration stays. Thread-safe; not for signal handlers. */
void sg_gateway_reload(struct sg_gateway *gw);
/* Port actually bound by listener i (useful with port 0), or -1. */
int sg_gateway_listener_port(const struct sg_gateway *gw, size_t i);
void sg_gateway_free(struct sg_gateway *gw);

#ifdef __cplusplus
}
#endif
#endif
