/* config.c - the gateway's YAML configuration: loading (with ${NAME}
 * expansion), strict validation (unknown keys and dangling references are
 * errors), credential loading, and the "effective policy" description that
 * the assessment capability reads as evidence. */
#include <errno.h>
#include <stdarg.h>
#include <event2/http.h>
#include <limits.h>
#include <openssl/crypto.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gateway/internal.h"
#include "saiguard/guard.h"
#include "saiguard/yaml.h"

/* The OpenAI-compatible endpoints a route serves when it names no paths. */
static const char *const default_paths[] = {"/v1/chat/completions", "/v1/completions",
                                            "/v1/embeddings", "/v1/models", "/v1/responses",
                                            NULL};

struct loader {
    struct sg_gateway_config *cfg;
    const char *base_dir;
    struct sg_error *err;
};

/* ---- small helpers ---------------------------------------------------------- */

static void strlist_free(struct sg_gw_strlist *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->items[i]);
    free(l->items);
    memset(l, 0, sizeof *l);
}

bool sg__gw_list_has(const struct sg_gw_strlist *l, const char *s)
{
    if (l->any)
        return true;
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(l->items[i], s) == 0)
            return true;
    return false;
}

static sg_err cfg_fail(struct loader *ld, const char *where, const char *fmt, ...)
    SG_PRINTF(3, 4);
static sg_err cfg_fail(struct loader *ld, const char *where, const char *fmt, ...)
{
    char reason[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(reason, sizeof reason, fmt, ap);
    va_end(ap);
    return sg_error_set(ld->err, SG_ERR_CONFIG, ld->cfg->subject, "%s: %s", where, reason);
}

/* A list of non-empty strings; ["*"] alone means "any". */
static sg_err get_strlist(struct loader *ld, const json_t *obj, const char *key,
                          const char *where, struct sg_gw_strlist *out, bool required)
{
    json_t *arr = json_object_get(obj, key);
    char path[256];
    snprintf(path, sizeof path, "%s.%s", where, key);
    if (!arr || json_is_null(arr)) {
        if (required)
            return cfg_fail(ld, path, "is required");
        return SG_OK;
    }
    if (!json_is_array(arr))
        return cfg_fail(ld, path, "must be a list of strings");
    size_t n = json_array_size(arr);
    if (n > 4096)
        return cfg_fail(ld, path, "has too many entries");
    out->items = calloc(n ? n : 1, sizeof *out->items);
    if (!out->items)
        return sg_error_set(ld->err, SG_ERR_NOMEM, ld->cfg->subject, "out of memory");
    for (size_t i = 0; i < n; i++) {
        const char *s = json_string_value(json_array_get(arr, i));
        if (!s || !*s)
            return cfg_fail(ld, path, "entries must be non-empty strings");
        if (strcmp(s, "*") == 0) {
            if (n != 1)
                return cfg_fail(ld, path, "\"*\" must be the only entry");
            out->any = true;
            continue;
        }
        if (!(out->items[out->n++] = strdup(s)))
            return sg_error_set(ld->err, SG_ERR_NOMEM, ld->cfg->subject, "out of memory");
    }
    return SG_OK;
}

static sg_err get_int(struct loader *ld, const json_t *obj, const char *key, const char *where,
                      int64_t lo, int64_t hi, int64_t *out)
{
    json_t *v = json_object_get(obj, key);
    char path[256];
    snprintf(path, sizeof path, "%s.%s", where, key);
    if (!v || json_is_null(v))
        return SG_OK;
    if (!json_is_integer(v))
        return cfg_fail(ld, path, "must be an integer");
    int64_t x = json_integer_value(v);
    if (x < lo || x > hi) {
        char range[96];
        snprintf(range, sizeof range, "%lld..%lld", (long long)lo, (long long)hi);
        return cfg_fail(ld, path, "must be in %s", range);
    }
    *out = x;
    return SG_OK;
}

static sg_err get_int32(struct loader *ld, const json_t *obj, const char *key, const char *where,
                        int lo, int hi, int *out)
{
    int64_t v = *out;
    sg_err rc = get_int(ld, obj, key, where, lo, hi, &v);
    *out = (int)v;
    return rc;
}

static sg_err get_bool(struct loader *ld, const json_t *obj, const char *key, const char *where,
                       bool *out)
{
    json_t *v = json_object_get(obj, key);
    char path[256];
    snprintf(path, sizeof path, "%s.%s", where, key);
    if (!v || json_is_null(v))
        return SG_OK;
    if (!json_is_boolean(v))
        return cfg_fail(ld, path, "must be true or false");
    *out = json_is_true(v);
    return SG_OK;
}

static sg_err get_str(struct loader *ld, const json_t *obj, const char *key, const char *where,
                      char **out, bool required)
{
    json_t *v = json_object_get(obj, key);
    char path[256];
    snprintf(path, sizeof path, "%s.%s", where, key);
    if (!v || json_is_null(v)) {
        if (required)
            return cfg_fail(ld, path, "is required");
        return SG_OK;
    }
    if (!json_is_string(v) || !*json_string_value(v))
        return cfg_fail(ld, path, "must be a non-empty string");
    free(*out);
    if (!(*out = strdup(json_string_value(v))))
        return sg_error_set(ld->err, SG_ERR_NOMEM, ld->cfg->subject, "out of memory");
    return SG_OK;
}

static sg_err check_keys(struct loader *ld, const json_t *obj, const char *where,
                         const char *const *allowed)
{
    if (!json_is_object(obj))
        return cfg_fail(ld, where, "must be a mapping");
    char subject[300];
    snprintf(subject, sizeof subject, "%s: %s", ld->cfg->subject, where);
    return sg_json_check_keys(obj, allowed, subject, ld->err);
}

/* Resolves a file name from the configuration against its directory. */
static sg_err resolve_path(struct loader *ld, char **path)
{
    if (!*path || (*path)[0] == '/' || !ld->base_dir)
        return SG_OK;
    size_t n = strlen(ld->base_dir) + strlen(*path) + 2;
    char *full = malloc(n);
    if (!full)
        return sg_error_set(ld->err, SG_ERR_NOMEM, ld->cfg->subject, "out of memory");
    snprintf(full, n, "%s/%s", ld->base_dir, *path);
    free(*path);
    *path = full;
    return SG_OK;
}

static sg_err check_readable(struct loader *ld, const char *where, const char *path)
{
    if (access(path, R_OK) != 0)
        return sg_error_errno(ld->err, SG_ERR_CONFIG, ld->cfg->subject, errno, "%s: '%s'",
                              where, path);
    return SG_OK;
}

/* ---- sections --------------------------------------------------------------- */

static sg_err load_server(struct loader *ld, const json_t *root)
{
    static const char *const keys[] = {"max_header_bytes", "max_body_bytes", "idle_timeout_s",
                                       "drain_timeout_s", "workers", "header_timeout_s",
                                       "min_body_rate", NULL};
    struct sg_gateway_config *c = ld->cfg;
    c->max_header_bytes = 16384;
    c->max_body_bytes = 4 << 20;
    c->idle_timeout_s = 30;
    c->drain_timeout_s = 10;
    c->workers = 0;
    c->header_timeout_s = 10;
    c->min_body_rate = 1024;
    json_t *s = json_object_get(root, "server");
    if (!s)
        return SG_OK;
    sg_err rc;
    if ((rc = check_keys(ld, s, "server", keys)) ||
        (rc = get_int32(ld, s, "max_header_bytes", "server", 1024, 1 << 20, &c->max_header_bytes)) ||
        (rc = get_int(ld, s, "max_body_bytes", "server", 1024, (int64_t)1 << 30, &c->max_body_bytes)) ||
        (rc = get_int32(ld, s, "idle_timeout_s", "server", 1, 3600, &c->idle_timeout_s)) ||
        (rc = get_int32(ld, s, "drain_timeout_s", "server", 0, 3600, &c->drain_timeout_s)) ||
        (rc = get_int32(ld, s, "workers", "server", 0, 256, &c->workers)) ||
        (rc = get_int32(ld, s, "header_timeout_s", "server", 1, 3600, &c->header_timeout_s)) ||
        (rc = get_int32(ld, s, "min_body_rate", "server", 0, 1 << 30, &c->min_body_rate)))
        return rc;
    return SG_OK;
}

static sg_err load_listeners(struct loader *ld, const json_t *root)
{
    static const char *const keys[] = {"name", "address", "port", "tls", "metrics", NULL};
    static const char *const tls_keys[] = {"cert", "key", NULL};
    json_t *arr = json_object_get(root, "listeners");
    if (!json_is_array(arr) || json_array_size(arr) == 0)
        return cfg_fail(ld, "listeners", "must be a non-empty list");
    size_t n = json_array_size(arr);
    ld->cfg->listeners = calloc(n, sizeof *ld->cfg->listeners);
    if (!ld->cfg->listeners)
        return SG_ERR_NOMEM;
    for (size_t i = 0; i < n; i++) {
        struct sg_gw_listener *l = &ld->cfg->listeners[ld->cfg->n_listeners++];
        json_t *o = json_array_get(arr, i);
        char where[64];
        snprintf(where, sizeof where, "listeners[%zu]", i);
        int port = -1;
        l->metrics = true;
        sg_err rc;
        if ((rc = check_keys(ld, o, where, keys)) ||
            (rc = get_str(ld, o, "name", where, &l->name, false)) ||
            (rc = get_str(ld, o, "address", where, &l->address, false)) ||
            (rc = get_int32(ld, o, "port", where, 0, 65535, &port)) ||
            (rc = get_bool(ld, o, "metrics", where, &l->metrics)))
            return rc;
        if (port < 0)
            return cfg_fail(ld, where, "port is required");
        l->port = port;
        if (!l->name && asprintf(&l->name, "listener%zu", i) < 0)
            return SG_ERR_NOMEM;
        if (!l->address && !(l->address = strdup("127.0.0.1")))
            return SG_ERR_NOMEM;
        json_t *tls = json_object_get(o, "tls");
        if (tls && !json_is_null(tls)) {
            char tw[80];
            snprintf(tw, sizeof tw, "%s.tls", where);
            if ((rc = check_keys(ld, tls, tw, tls_keys)) ||
                (rc = get_str(ld, tls, "cert", tw, &l->tls_cert, true)) ||
                (rc = get_str(ld, tls, "key", tw, &l->tls_key, true)) ||
                (rc = resolve_path(ld, &l->tls_cert)) || (rc = resolve_path(ld, &l->tls_key)) ||
                (rc = check_readable(ld, tw, l->tls_cert)) ||
                (rc = check_readable(ld, tw, l->tls_key)))
                return rc;
        }
        for (size_t j = 0; j + 1 < ld->cfg->n_listeners; j++)
            if (strcmp(ld->cfg->listeners[j].name, l->name) == 0)
                return cfg_fail(ld, where, "duplicate listener name '%s'", l->name);
    }
    return SG_OK;
}

/* Reads an upstream credential and keeps it as a ready Authorization value
 * ("Bearer <secret>"); files are trimmed of trailing whitespace. The secret
 * is wiped from every temporary buffer. */
static sg_err load_credential(struct loader *ld, struct sg_gw_upstream *u, const json_t *o,
                              const char *where)
{
    char *env = NULL, *file = NULL;
    sg_err rc;
    sg_buf secret;
    sg_buf_init(&secret, 16384);
    u->cred_kind = "none";
    if ((rc = get_str(ld, o, "api_key_env", where, &env, false)) ||
        (rc = get_str(ld, o, "api_key_file", where, &file, false)))
        goto out;
    if (env && file) {
        rc = cfg_fail(ld, where, "give api_key_env or api_key_file, not both");
        goto out;
    }
    if (env) {
        const char *v = getenv(env);
        if (!v || !*v) {
            rc = cfg_fail(ld, where, "api_key_env: environment variable %s is not set", env);
            goto out;
        }
        if ((rc = sg_buf_append_str(&secret, v)))
            goto out;
        u->cred_kind = "env";
    } else if (file) {
        if ((rc = resolve_path(ld, &file)))
            goto out;
        if ((rc = sg_buf_read_file(&secret, file, ld->err))) {
            rc = sg_error_set(ld->err, SG_ERR_CONFIG, ld->cfg->subject,
                              "%s.api_key_file: cannot read '%s'", where, file);
            goto out;
        }
        while (secret.len && strchr(" \t\r\n", secret.data[secret.len - 1]))
            secret.data[--secret.len] = '\0';
        u->cred_kind = "file";
    }
    if (env || file) {
        /* A CR or LF in the secret would split the upstream request's header. */
        if (secret.len == 0 || strpbrk(secret.data, "\r\n") || strlen(secret.data) != secret.len) {
            rc = cfg_fail(ld, where, "the upstream credential is empty or contains a line break");
            goto out;
        }
        size_t n = secret.len + 8;
        if (!(u->credential = malloc(n))) {
            rc = SG_ERR_NOMEM;
            goto out;
        }
        snprintf(u->credential, n, "Bearer %s", secret.data);
    }
out:
    sg_buf_release_secure(&secret);
    free(env);
    free(file);
    return rc;
}

static sg_err load_upstreams(struct loader *ld, const json_t *root)
{
    static const char *const keys[] = {"name", "url", "api_key_env", "api_key_file",
                                       "connect_timeout_ms", "read_timeout_ms", "max_connections",
                                       "tls_verify", "ca_file", "circuit_breaker",
                                       "max_response_bytes", NULL};
    static const char *const cb_keys[] = {"failures", "cooldown_ms", NULL};
    json_t *arr = json_object_get(root, "upstreams");
    if (!json_is_array(arr) || json_array_size(arr) == 0)
        return cfg_fail(ld, "upstreams", "must be a non-empty list");
    size_t n = json_array_size(arr);
    ld->cfg->upstreams = calloc(n, sizeof *ld->cfg->upstreams);
    if (!ld->cfg->upstreams)
        return SG_ERR_NOMEM;
    for (size_t i = 0; i < n; i++) {
        struct sg_gw_upstream *u = &ld->cfg->upstreams[ld->cfg->n_upstreams++];
        json_t *o = json_array_get(arr, i);
        char where[64];
        snprintf(where, sizeof where, "upstreams[%zu]", i);
        u->connect_timeout_ms = 3000;
        u->read_timeout_ms = 120000;
        u->max_connections = 64;
        u->tls_verify = true;
        u->breaker_failures = 5;
        u->breaker_cooldown_ms = 10000;
        u->max_response_bytes = 16 << 20;
        sg_err rc;
        if ((rc = check_keys(ld, o, where, keys)) ||
            (rc = get_str(ld, o, "name", where, &u->name, true)) ||
            (rc = get_str(ld, o, "url", where, &u->url, true)) ||
            (rc = get_int32(ld, o, "connect_timeout_ms", where, 1, 600000, &u->connect_timeout_ms)) ||
            (rc = get_int32(ld, o, "read_timeout_ms", where, 1, 3600000, &u->read_timeout_ms)) ||
            (rc = get_int32(ld, o, "max_connections", where, 1, 10000, &u->max_connections)) ||
            (rc = get_int(ld, o, "max_response_bytes", where, 1024, (int64_t)1 << 30,
                          &u->max_response_bytes)) ||
            (rc = get_bool(ld, o, "tls_verify", where, &u->tls_verify)) ||
            (rc = get_str(ld, o, "ca_file", where, &u->ca_file, false)) ||
            (rc = resolve_path(ld, &u->ca_file)))
            return rc;
        if (u->ca_file && (rc = check_readable(ld, where, u->ca_file)))
            return rc;
        json_t *cb = json_object_get(o, "circuit_breaker");
        if (cb && !json_is_null(cb)) {
            char cw[96];
            snprintf(cw, sizeof cw, "%s.circuit_breaker", where);
            if ((rc = check_keys(ld, cb, cw, cb_keys)) ||
                (rc = get_int32(ld, cb, "failures", cw, 0, 100000, &u->breaker_failures)) ||
                (rc = get_int32(ld, cb, "cooldown_ms", cw, 1, 3600000, &u->breaker_cooldown_ms)))
                return rc;
        }
        /* libevent's URI parser: one well-tested parser for the one URL we take. */
        struct evhttp_uri *uri = evhttp_uri_parse(u->url);
        const char *scheme = uri ? evhttp_uri_get_scheme(uri) : NULL;
        const char *host = uri ? evhttp_uri_get_host(uri) : NULL;
        if (!uri || !scheme || !host || !*host ||
            (strcmp(scheme, "http") != 0 && strcmp(scheme, "https") != 0) ||
            evhttp_uri_get_query(uri) || evhttp_uri_get_fragment(uri) ||
            evhttp_uri_get_userinfo(uri)) {
            if (uri)
                evhttp_uri_free(uri);
            return cfg_fail(ld, where, "url must be http://host[:port][/path] or https://...");
        }
        u->tls = strcmp(scheme, "https") == 0;
        u->port = evhttp_uri_get_port(uri);
        if (u->port <= 0)
            u->port = u->tls ? 443 : 80;
        u->host = strdup(host);
        const char *p = evhttp_uri_get_path(uri);
        u->base_path = strdup(p ? p : "");
        evhttp_uri_free(uri);
        if (!u->host || !u->base_path)
            return SG_ERR_NOMEM;
        size_t bl = strlen(u->base_path);
        while (bl && u->base_path[bl - 1] == '/')
            u->base_path[--bl] = '\0';
        if ((rc = load_credential(ld, u, o, where)))
            return rc;
        for (size_t j = 0; j + 1 < ld->cfg->n_upstreams; j++)
            if (strcmp(ld->cfg->upstreams[j].name, u->name) == 0)
                return cfg_fail(ld, where, "duplicate upstream name '%s'", u->name);
    }
    return SG_OK;
}

static sg_err load_guardrails(struct loader *ld, const json_t *o, const char *where,
                              bool *input, bool *output)
{
    static const char *const keys[] = {"input", "output", NULL};
    json_t *g = json_object_get(o, "guardrails");
    char gw[128];
    snprintf(gw, sizeof gw, "%s.guardrails", where);
    if (!g || json_is_null(g))
        return SG_OK;
    if (json_is_boolean(g)) {
        *input = *output = json_is_true(g);
        return SG_OK;
    }
    sg_err rc;
    if ((rc = check_keys(ld, g, gw, keys)) || (rc = get_bool(ld, g, "input", gw, input)) ||
        (rc = get_bool(ld, g, "output", gw, output)))
        return rc;
    return SG_OK;
}

static sg_err load_routes(struct loader *ld, const json_t *root)
{
    static const char *const keys[] = {"name",       "paths",  "upstream", "auth",
                                       "guardrails", "policy", NULL};
    json_t *arr = json_object_get(root, "routes");
    if (!json_is_array(arr) || json_array_size(arr) == 0)
        return cfg_fail(ld, "routes", "must be a non-empty list");
    size_t n = json_array_size(arr);
    ld->cfg->routes = calloc(n, sizeof *ld->cfg->routes);
    if (!ld->cfg->routes)
        return SG_ERR_NOMEM;
    for (size_t i = 0; i < n; i++) {
        struct sg_gw_route *r = &ld->cfg->routes[ld->cfg->n_routes++];
        json_t *o = json_array_get(arr, i);
        char where[64], *up = NULL;
        snprintf(where, sizeof where, "routes[%zu]", i);
        r->auth = true;
        r->guard_input = r->guard_output = true;
        sg_err rc;
        if ((rc = check_keys(ld, o, where, keys)) ||
            (rc = get_str(ld, o, "name", where, &r->name, true)) ||
            (rc = get_strlist(ld, o, "paths", where, &r->paths, false)) ||
            (rc = get_bool(ld, o, "auth", where, &r->auth)) ||
            (rc = load_guardrails(ld, o, where, &r->guard_input, &r->guard_output)) ||
            (rc = get_str(ld, o, "upstream", where, &up, true))) {
            free(up);
            return rc;
        }
        for (size_t j = 0; j < ld->cfg->n_upstreams; j++)
            if (strcmp(ld->cfg->upstreams[j].name, up) == 0)
                r->upstream = &ld->cfg->upstreams[j];
        if (!r->upstream) {
            rc = cfg_fail(ld, where, "upstream '%s' is not defined", up);
            free(up);
            return rc;
        }
        free(up);
        /* A route without authentication still needs a policy (the one every
         * anonymous caller gets); policies are loaded after routes. */
        if ((rc = get_str(ld, o, "policy", where, &r->anon_policy_name, false)))
            return rc;
        if (!r->auth && !r->anon_policy_name)
            return cfg_fail(ld, where, "a route with auth: false needs a policy");
        if (r->paths.any)
            return cfg_fail(ld, where, "paths: list the paths; \"*\" would proxy everything");
        if (r->paths.n == 0) {
            free(r->paths.items);
            r->paths.items = calloc(6, sizeof(char *));
            if (!r->paths.items)
                return SG_ERR_NOMEM;
            for (size_t k = 0; default_paths[k]; k++)
                if (!(r->paths.items[r->paths.n++] = strdup(default_paths[k])))
                    return SG_ERR_NOMEM;
        }
        for (size_t k = 0; k < r->paths.n; k++) {
            const char *p = r->paths.items[k];
            if (p[0] != '/' || strpbrk(p, " \t\r\n?#%") || strstr(p, "/../") ||
                strstr(p, "/./") || strstr(p, "//"))
                return cfg_fail(ld, where, "path '%s' must be a clean absolute path", p);
            if (strcmp(p, "/metrics") == 0 || strcmp(p, "/healthz") == 0)
                return cfg_fail(ld, where, "path '%s' is served by the gateway itself", p);
        }
        for (size_t j = 0; j + 1 < ld->cfg->n_routes; j++)
            if (strcmp(ld->cfg->routes[j].name, r->name) == 0)
                return cfg_fail(ld, where, "duplicate route name '%s'", r->name);
    }
    return SG_OK;
}

static sg_err load_policies(struct loader *ld, const json_t *root)
{
    static const char *const keys[] = {"name", "models", "modalities", "tools",
                                       "max_body_bytes", "max_tokens", "requests_per_minute",
                                       "tokens_per_minute", "daily_tokens", "guardrails", NULL};
    json_t *arr = json_object_get(root, "policies");
    if (!arr || json_is_null(arr))
        arr = NULL;
    else if (!json_is_array(arr))
        return cfg_fail(ld, "policies", "must be a list");
    size_t n = arr ? json_array_size(arr) : 0;
    ld->cfg->policies = calloc(n ? n : 1, sizeof *ld->cfg->policies);
    if (!ld->cfg->policies)
        return SG_ERR_NOMEM;
    for (size_t i = 0; i < n; i++) {
        struct sg_gw_policy *p = &ld->cfg->policies[ld->cfg->n_policies++];
        json_t *o = json_array_get(arr, i);
        char where[64];
        snprintf(where, sizeof where, "policies[%zu]", i);
        struct sg_gw_strlist mods = {0};
        p->guard_input = p->guard_output = true;
        sg_err rc;
        if ((rc = check_keys(ld, o, where, keys)) ||
            (rc = get_str(ld, o, "name", where, &p->name, true)) ||
            (rc = get_strlist(ld, o, "models", where, &p->models, true)) ||
            (rc = get_strlist(ld, o, "tools", where, &p->tools, false)) ||
            (rc = get_strlist(ld, o, "modalities", where, &mods, false)) ||
            (rc = get_int(ld, o, "max_body_bytes", where, 1, (int64_t)1 << 30, &p->max_body_bytes)) ||
            (rc = get_int(ld, o, "max_tokens", where, 1, INT32_MAX, &p->max_tokens)) ||
            (rc = get_int(ld, o, "requests_per_minute", where, 1, INT32_MAX, &p->rpm)) ||
            (rc = get_int(ld, o, "tokens_per_minute", where, 1, INT64_MAX / 4, &p->tpm)) ||
            (rc = get_int(ld, o, "daily_tokens", where, 1, INT64_MAX / 4, &p->daily)) ||
            (rc = load_guardrails(ld, o, where, &p->guard_input, &p->guard_output))) {
            strlist_free(&mods);
            return rc;
        }
        /* Text only unless the operator switches more on: an unused modality is
         * attack surface. */
        p->modalities = json_object_get(o, "modalities") ? 0 : SG_GW_MOD_TEXT;
        if (mods.any)
            p->modalities = SG_GW_MOD_TEXT | SG_GW_MOD_IMAGE | SG_GW_MOD_AUDIO | SG_GW_MOD_FILE;
        for (size_t k = 0; k < mods.n; k++) {
            const char *m = mods.items[k];
            if (strcmp(m, "text") == 0)
                p->modalities |= SG_GW_MOD_TEXT;
            else if (strcmp(m, "image") == 0)
                p->modalities |= SG_GW_MOD_IMAGE;
            else if (strcmp(m, "audio") == 0)
                p->modalities |= SG_GW_MOD_AUDIO;
            else if (strcmp(m, "file") == 0)
                p->modalities |= SG_GW_MOD_FILE;
            else {
                rc = cfg_fail(ld, where, "modalities: unknown modality '%s' (text, image, audio, file)",
                              m);
                strlist_free(&mods);
                return rc;
            }
        }
        strlist_free(&mods);
        for (size_t j = 0; j + 1 < ld->cfg->n_policies; j++)
            if (strcmp(ld->cfg->policies[j].name, p->name) == 0)
                return cfg_fail(ld, where, "duplicate policy name '%s'", p->name);
    }
    return SG_OK;
}

static sg_err load_keys(struct loader *ld, const json_t *root)
{
    static const char *const keys[] = {"id", "hash", "policy", NULL};
    json_t *arr = json_object_get(root, "keys");
    if (!arr || json_is_null(arr))
        arr = NULL;
    else if (!json_is_array(arr))
        return cfg_fail(ld, "keys", "must be a list");
    size_t n = arr ? json_array_size(arr) : 0;
    ld->cfg->keys = calloc(n ? n : 1, sizeof *ld->cfg->keys);
    if (!ld->cfg->keys)
        return SG_ERR_NOMEM;
    for (size_t i = 0; i < n; i++) {
        struct sg_gw_key *k = &ld->cfg->keys[ld->cfg->n_keys++];
        json_t *o = json_array_get(arr, i);
        char where[64], *pol = NULL;
        snprintf(where, sizeof where, "keys[%zu]", i);
        sg_err rc;
        if ((rc = check_keys(ld, o, where, keys)) ||
            (rc = get_str(ld, o, "id", where, &k->id, true)) ||
            (rc = get_str(ld, o, "hash", where, &k->stored, true)) ||
            (rc = get_str(ld, o, "policy", where, &pol, true))) {
            free(pol);
            return rc;
        }
        for (size_t j = 0; j < ld->cfg->n_policies; j++)
            if (strcmp(ld->cfg->policies[j].name, pol) == 0)
                k->policy = &ld->cfg->policies[j];
        if (!k->policy) {
            rc = cfg_fail(ld, where, "policy '%s' is not defined", pol);
            free(pol);
            return rc;
        }
        free(pol);
        if (strpbrk(k->id, " \t\r\n\"\\"))
            return cfg_fail(ld, where, "id '%s' must not contain spaces, quotes or backslashes",
                            k->id);
        /* sg1$<16 hex handle>$<32 hex salt>$<64 hex sha256> */
        const char *s = k->stored;
        if (strncmp(s, "sg1$", 4) != 0 || strlen(s) != 4 + 16 + 1 + 32 + 1 + 64 ||
            s[20] != '$' || s[53] != '$' || strspn(s + 4, "0123456789abcdef") != 16 ||
            strspn(s + 21, "0123456789abcdef") != 32 || strspn(s + 54, "0123456789abcdef") != 64)
            return cfg_fail(ld, where,
                            "hash must be the stored form printed by 'saiguard gateway keygen' "
                            "(sg1$...), never a plaintext key");
        memcpy(k->handle, s + 4, 16);
        k->handle[16] = '\0';
        (void)sg__gw_key_prepare(k, s); /* the digits were checked above */
        for (size_t j = 0; j + 1 < ld->cfg->n_keys; j++) {
            if (strcmp(ld->cfg->keys[j].id, k->id) == 0)
                return cfg_fail(ld, where, "duplicate key id '%s'", k->id);
            if (strcmp(ld->cfg->keys[j].handle, k->handle) == 0)
                return cfg_fail(ld, where, "the same key is listed twice ('%s')", k->id);
        }
    }
    return SG_OK;
}

static sg_err load_limits(struct loader *ld, const json_t *root)
{
    static const char *const keys[] = {"backend", "redis", "on_redis_failure", NULL};
    static const char *const rkeys[] = {"address", "port", "prefix", "timeout_ms", NULL};
    struct sg_gateway_config *c = ld->cfg;
    c->redis_port = 6379;
    c->redis_timeout_ms = 50;
    c->fail_open = false;
    json_t *l = json_object_get(root, "limits");
    sg_err rc;
    if (!(c->redis_host = strdup("127.0.0.1")) || !(c->redis_prefix = strdup("saiguard:")))
        return SG_ERR_NOMEM;
    if (!l || json_is_null(l))
        return SG_OK;
    char *backend = NULL, *onfail = NULL;
    if ((rc = check_keys(ld, l, "limits", keys)) ||
        (rc = get_str(ld, l, "backend", "limits", &backend, false)) ||
        (rc = get_str(ld, l, "on_redis_failure", "limits", &onfail, false)))
        goto out;
    if (backend && strcmp(backend, "redis") == 0)
        c->redis = true;
    else if (backend && strcmp(backend, "local") != 0) {
        rc = cfg_fail(ld, "limits.backend", "must be local or redis, not '%s'", backend);
        goto out;
    }
    if (onfail && strcmp(onfail, "fail_open") == 0)
        c->fail_open = true;
    else if (onfail && strcmp(onfail, "fail_closed") != 0) {
        rc = cfg_fail(ld, "limits.on_redis_failure", "must be fail_open or fail_closed, not '%s'",
                      onfail);
        goto out;
    }
    json_t *r = json_object_get(l, "redis");
    if (r && !json_is_null(r)) {
        if ((rc = check_keys(ld, r, "limits.redis", rkeys)) ||
            (rc = get_str(ld, r, "address", "limits.redis", &c->redis_host, false)) ||
            (rc = get_int32(ld, r, "port", "limits.redis", 1, 65535, &c->redis_port)) ||
            (rc = get_str(ld, r, "prefix", "limits.redis", &c->redis_prefix, false)) ||
            (rc = get_int32(ld, r, "timeout_ms", "limits.redis", 1, 60000, &c->redis_timeout_ms)))
            goto out;
    } else if (c->redis) {
        rc = cfg_fail(ld, "limits.redis", "is required with backend: redis");
        goto out;
    }
out:
    free(backend);
    free(onfail);
    return rc;
}

static sg_err load_audit(struct loader *ld, const json_t *root)
{
    static const char *const keys[] = {"record_text", "access_log", "queue_max", NULL};
    struct sg_gateway_config *c = ld->cfg;
    c->audit_queue_max = 65536;
    json_t *a = json_object_get(root, "audit");
    if (!a || json_is_null(a))
        return SG_OK;
    sg_err rc;
    if ((rc = check_keys(ld, a, "audit", keys)) ||
        (rc = get_bool(ld, a, "record_text", "audit", &c->record_text)) ||
        (rc = get_str(ld, a, "access_log", "audit", &c->access_log, false)) ||
        (rc = get_int32(ld, a, "queue_max", "audit", 16, 10000000, &c->audit_queue_max)))
        return rc;
    if (c->access_log && strcmp(c->access_log, "off") == 0) {
        free(c->access_log);
        c->access_log = NULL;
    } else if (c->access_log && strcmp(c->access_log, "-") != 0) {
        if ((rc = resolve_path(ld, &c->access_log)))
            return rc;
    }
    return SG_OK;
}

/* The guardrails' own section, validated by the guard capability so that
 * check-config catches its mistakes too. */
static sg_err load_guard(struct loader *ld, const json_t *root)
{
    json_t *g = json_object_get(root, "guard");
    if (!g || json_is_null(g))
        return SG_OK;
    if (!json_is_object(g))
        return cfg_fail(ld, "guard", "must be a mapping");
    struct sg_guard_config gc;
    char subject[300];
    snprintf(subject, sizeof subject, "%s: guard", ld->cfg->subject);
    sg_err rc = sg_guard_config_from_json(g, &gc, subject, ld->err);
    if (rc)
        return rc;
    if (!(ld->cfg->guard = json_deep_copy(g)))
        return SG_ERR_NOMEM;
    return SG_OK;
}

/* ---- public ------------------------------------------------------------------ */

void sg_gateway_config_free(struct sg_gateway_config *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n_listeners; i++) {
        free(c->listeners[i].name);
        free(c->listeners[i].address);
        free(c->listeners[i].tls_cert);
        free(c->listeners[i].tls_key);
    }
    for (size_t i = 0; i < c->n_upstreams; i++) {
        struct sg_gw_upstream *u = &c->upstreams[i];
        free(u->name);
        free(u->url);
        free(u->host);
        free(u->base_path);
        free(u->ca_file);
        if (u->credential) {
            OPENSSL_cleanse(u->credential, strlen(u->credential));
            free(u->credential);
        }
    }
    for (size_t i = 0; i < c->n_routes; i++) {
        free(c->routes[i].name);
        free(c->routes[i].anon_policy_name);
        strlist_free(&c->routes[i].paths);
    }
    for (size_t i = 0; i < c->n_policies; i++) {
        free(c->policies[i].name);
        strlist_free(&c->policies[i].models);
        strlist_free(&c->policies[i].tools);
    }
    for (size_t i = 0; i < c->n_keys; i++) {
        free(c->keys[i].id);
        free(c->keys[i].stored);
    }
    free(c->listeners);
    free(c->upstreams);
    free(c->routes);
    free(c->policies);
    free(c->keys);
    free(c->redis_host);
    free(c->redis_prefix);
    free(c->access_log);
    json_decref(c->guard);
    free(c->subject);
    free(c);
}

sg_err sg_gateway_config_parse(const char *data, size_t len, const char *subject,
                               const char *base_dir, struct sg_gateway_config **out,
                               struct sg_error *err)
{
    static const char *const top[] = {"server", "listeners", "upstreams", "routes", "policies",
                                      "keys", "limits", "audit", "guard", NULL};
    json_t *root = NULL;
    *out = NULL;
    struct sg_gateway_config *c = calloc(1, sizeof *c);
    if (!c || !(c->subject = strdup(subject ? subject : "config"))) {
        free(c);
        return sg_error_set(err, SG_ERR_NOMEM, subject, "out of memory");
    }
    struct loader ld = {c, base_dir, err};
    sg_err rc;
    if ((rc = sg_yaml_parse(data, len, c->subject, &root, err)) ||
        (rc = sg_json_expand_env(root, c->subject, err)))
        goto out;
    if (!json_is_object(root)) {
        rc = cfg_fail(&ld, "document", "must be a mapping");
        goto out;
    }
    if ((rc = sg_json_check_keys(root, top, c->subject, err)) || (rc = load_server(&ld, root)) ||
        (rc = load_listeners(&ld, root)) || (rc = load_upstreams(&ld, root)) ||
        (rc = load_routes(&ld, root)) || (rc = load_policies(&ld, root)) ||
        (rc = load_keys(&ld, root)) || (rc = load_limits(&ld, root)) ||
        (rc = load_audit(&ld, root)) || (rc = load_guard(&ld, root)))
        goto out;
    for (size_t i = 0; i < c->n_routes; i++) {
        struct sg_gw_route *r = &c->routes[i];
        for (size_t j = 0; r->anon_policy_name && j < c->n_policies; j++)
            if (strcmp(c->policies[j].name, r->anon_policy_name) == 0)
                r->anon_policy = &c->policies[j];
        if (r->anon_policy_name && !r->anon_policy) {
            char where[64];
            snprintf(where, sizeof where, "routes[%zu]", i);
            rc = cfg_fail(&ld, where, "policy '%s' is not defined", r->anon_policy_name);
            goto out;
        }
    }
    for (size_t i = 0; i < c->n_routes; i++)
        if (c->routes[i].auth && c->n_keys == 0) {
            rc = cfg_fail(&ld, "keys", "route '%s' requires authentication but no key is defined",
                          c->routes[i].name);
            goto out;
        }
    for (size_t i = 0; i < c->n_policies; i++)
        if (c->policies[i].max_body_bytes > c->max_body_bytes) {
            rc = cfg_fail(&ld, "policies", "policy '%s' allows a larger body than server.max_body_bytes",
                          c->policies[i].name);
            goto out;
        }
    *out = c;
    c = NULL;
out:
    if (rc == SG_ERR_NOMEM && err && err->code != SG_ERR_NOMEM)
        sg_error_set(err, SG_ERR_NOMEM, subject, "out of memory");
    json_decref(root);
    sg_gateway_config_free(c);
    return rc;
}

sg_err sg_gateway_config_load(const char *path, struct sg_gateway_config **out,
                              struct sg_error *err)
{
    sg_buf b;
    sg_buf_init(&b, SG_GATEWAY_CONFIG_MAX);
    *out = NULL;
    sg_err rc = sg_buf_read_file(&b, path, err);
    if (rc == SG_OK) {
        char dir[PATH_MAX];
        snprintf(dir, sizeof dir, "%s", path);
        char *slash = strrchr(dir, '/');
        if (slash)
            *slash = '\0';
        rc = sg_gateway_config_parse(b.data, b.len, path, slash ? (dir[0] ? dir : "/") : NULL,
                                     out, err);
    }
    sg_buf_release(&b);
    return rc;
}

/* ---- lookups ---------------------------------------------------------------- */

const struct sg_gw_route *sg__gw_route_find(const struct sg_gateway_config *cfg,
                                            const char *path)
{
    for (size_t i = 0; i < cfg->n_routes; i++)
        for (size_t k = 0; k < cfg->routes[i].paths.n; k++)
            if (strcmp(cfg->routes[i].paths.items[k], path) == 0)
                return &cfg->routes[i];
    return NULL;
}

const struct sg_gw_key *sg__gw_key_find(const struct sg_gateway_config *cfg, const char *key,
                                        size_t len)
{
    /* sgk_<16 hex handle>_<secret>: the handle picks the entry, the salted
     * hash decides. */
    if (len < 4 + 16 + 1 || strncmp(key, "sgk_", 4) != 0)
        return NULL;
    for (size_t i = 0; i < cfg->n_keys; i++)
        if (memcmp(cfg->keys[i].handle, key + 4, 16) == 0)
            return sg__gw_key_check(&cfg->keys[i], key, len) ? &cfg->keys[i] : NULL;
    return NULL;
}

/* ---- describe ----------------------------------------------------------------- */

static json_t *strlist_json(const struct sg_gw_strlist *l)
{
    json_t *a = json_array();
    if (l->any)
        json_array_append_new(a, json_string("*"));
    for (size_t i = 0; i < l->n; i++)
        json_array_append_new(a, json_string(l->items[i]));
    return a;
}

static json_t *modalities_json(unsigned m)
{
    json_t *a = json_array();
    static const char *const names[] = {"text", "image", "audio", "file"};
    for (int i = 0; i < 4; i++)
        if (m & (1u << i))
            json_array_append_new(a, json_string(names[i]));
    return a;
}

static void finding(json_t *arr, const char *id, const char *severity, const char *subject,
                    const char *message)
{
    json_array_append_new(arr, json_pack("{s:s, s:s, s:s, s:s}", "id", id, "severity", severity,
                                         "subject", subject, "message", message));
}

static bool is_loopback(const char *addr)
{
    return strncmp(addr, "127.", 4) == 0 || strcmp(addr, "::1") == 0 ||
           strcmp(addr, "localhost") == 0;
}

sg_err sg_gateway_config_describe(const struct sg_gateway_config *c, json_t **out,
                                  struct sg_error *err)
{
    json_t *d = json_object(), *ls = json_array(), *us = json_array(), *rs = json_array(),
           *ps = json_array(), *ks = json_array(), *fs = json_array();
    *out = NULL;
    if (!d || !ls || !us || !rs || !ps || !ks || !fs) {
        json_decref(d), json_decref(ls), json_decref(us), json_decref(rs);
        json_decref(ps), json_decref(ks), json_decref(fs);
        return sg_error_set(err, SG_ERR_NOMEM, c->subject, "out of memory");
    }
    for (size_t i = 0; i < c->n_listeners; i++) {
        const struct sg_gw_listener *l = &c->listeners[i];
        json_array_append_new(ls, json_pack("{s:s, s:s, s:i, s:b, s:b}", "name", l->name,
                                            "address", l->address, "port", l->port, "tls",
                                            l->tls_cert != NULL, "metrics", l->metrics));
        if (!l->tls_cert && !is_loopback(l->address))
            finding(fs, "gateway.listener.no_tls", "high", l->name,
                    "listener is reachable beyond loopback without TLS");
    }
    for (size_t i = 0; i < c->n_upstreams; i++) {
        const struct sg_gw_upstream *u = &c->upstreams[i];
        json_array_append_new(
            us, json_pack("{s:s, s:s, s:b, s:b, s:s, s:i, s:i, s:i, s:{s:i, s:i}}", "name", u->name,
                          "url", u->url, "tls", u->tls, "tls_verify", u->tls_verify,
                          "credentials", u->cred_kind, "connect_timeout_ms", u->connect_timeout_ms,
                          "read_timeout_ms", u->read_timeout_ms, "max_connections",
                          u->max_connections, "circuit_breaker", "failures", u->breaker_failures,
                          "cooldown_ms", u->breaker_cooldown_ms));
        if (u->tls && !u->tls_verify)
            finding(fs, "gateway.upstream.tls_unverified", "high", u->name,
                    "TLS to the upstream does not verify its certificate");
        if (!u->tls && !is_loopback(u->host))
            finding(fs, "gateway.upstream.no_tls", "medium", u->name,
                    "traffic to a non-loopback upstream is not encrypted");
    }
    for (size_t i = 0; i < c->n_routes; i++) {
        const struct sg_gw_route *r = &c->routes[i];
        json_array_append_new(rs, json_pack("{s:s, s:o, s:s, s:b, s:{s:b, s:b}}", "name", r->name,
                                            "paths", strlist_json(&r->paths), "upstream",
                                            r->upstream->name, "auth", r->auth, "guardrails",
                                            "input", r->guard_input, "output", r->guard_output));
        if (!r->auth)
            finding(fs, "gateway.route.no_auth", "high", r->name,
                    "route accepts requests without an API key");
        if (!r->guard_input || !r->guard_output)
            finding(fs, "gateway.route.guardrails_off", "medium", r->name,
                    "guardrails are off for part of this route");
    }
    for (size_t i = 0; i < c->n_policies; i++) {
        const struct sg_gw_policy *p = &c->policies[i];
        json_array_append_new(
            ps, json_pack("{s:s, s:o, s:o, s:o, s:I, s:I, s:I, s:I, s:I, s:{s:b, s:b}}", "name",
                          p->name, "models", strlist_json(&p->models), "modalities",
                          modalities_json(p->modalities), "tools", strlist_json(&p->tools),
                          "max_body_bytes",
                          (json_int_t)(p->max_body_bytes ? p->max_body_bytes : c->max_body_bytes),
                          "max_tokens", (json_int_t)p->max_tokens, "requests_per_minute",
                          (json_int_t)p->rpm, "tokens_per_minute", (json_int_t)p->tpm,
                          "daily_tokens", (json_int_t)p->daily, "guardrails", "input",
                          p->guard_input, "output", p->guard_output));
        if (p->models.any)
            finding(fs, "gateway.policy.any_model", "medium", p->name,
                    "policy allows every model (\"*\")");
        if (p->tools.any)
            finding(fs, "gateway.policy.any_tool", "medium", p->name,
                    "policy allows every tool (\"*\")");
        if (!p->rpm && !p->tpm)
            finding(fs, "gateway.policy.no_rate_limit", "medium", p->name,
                    "policy has no rate limit");
        if (!p->daily)
            finding(fs, "gateway.policy.no_quota", "low", p->name, "policy has no daily token quota");
        if (!p->max_tokens)
            finding(fs, "gateway.policy.no_max_tokens", "low", p->name,
                    "policy does not cap max_tokens");
        if (p->modalities & ~(unsigned)SG_GW_MOD_TEXT)
            finding(fs, "gateway.policy.extra_modalities", "low", p->name,
                    "policy enables modalities beyond text; confirm the application needs them");
        if (!p->guard_input || !p->guard_output)
            finding(fs, "gateway.policy.guardrails_off", "medium", p->name,
                    "guardrails are off for part of this policy");
    }
    for (size_t i = 0; i < c->n_keys; i++)
        json_array_append_new(ks, json_pack("{s:s, s:s}", "id", c->keys[i].id, "policy",
                                            c->keys[i].policy->name));
    if (c->record_text)
        finding(fs, "gateway.audit.records_text", "medium", "audit",
                "the audit trail records prompt and answer text, not only digests");
    if (c->redis && c->fail_open)
        finding(fs, "gateway.limits.fail_open", "low", "limits",
                "limits are not enforced while Redis is unreachable (fail_open)");
    json_object_set_new(d, "listeners", ls);
    json_object_set_new(d, "upstreams", us);
    json_object_set_new(d, "routes", rs);
    json_object_set_new(d, "policies", ps);
    json_object_set_new(d, "keys", ks);
    json_object_set_new(d, "limits",
                        json_pack("{s:s, s:s}", "backend", c->redis ? "redis" : "local",
                                  "on_redis_failure", c->fail_open ? "fail_open" : "fail_closed"));
    json_object_set_new(d, "audit", json_pack("{s:b, s:s?}", "record_text", c->record_text,
                                              "access_log", c->access_log));
    json_object_set_new(d, "findings", fs);
    *out = d;
    return SG_OK;
}
