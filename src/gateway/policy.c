/* policy.c - checks an OpenAI-style request body against a key's policy:
 * JSON shape and types, allowed model, modalities of every content part,
 * declared tools, max_tokens; and walks every text of the request (all
 * message roles, tool results, prompts, inputs) for the guardrails. The body
 * is untrusted: every field is type-checked before use. The checks exist
 * twice: on the bytes through jscan.c (the hot path, no tree) and on a
 * jansson tree (the reference, and the answer whenever the scan is unsure);
 * test_jscan.c and fuzz_gateway_json keep them identical. */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "gateway/internal.h"

static const struct {
    const char *name;
    int status;
    const char *type; /* OpenAI error.type */
} reasons[SG_GW_REASON_COUNT] = {
    [SG_GW_OK] = {"ok", 200, ""},
    [SG_GW_BAD_REQUEST] = {"bad_request", 400, "invalid_request_error"},
    [SG_GW_BAD_JSON] = {"invalid_json", 400, "invalid_request_error"},
    [SG_GW_UNAUTHORIZED] = {"unauthorized", 401, "invalid_request_error"},
    [SG_GW_NOT_FOUND] = {"not_found", 404, "invalid_request_error"},
    [SG_GW_METHOD] = {"method_not_allowed", 405, "invalid_request_error"},
    [SG_GW_MODEL] = {"model_not_allowed", 403, "permission_error"},
    [SG_GW_MODALITY] = {"modality_not_allowed", 403, "permission_error"},
    [SG_GW_TOOL] = {"tool_not_allowed", 403, "permission_error"},
    [SG_GW_MAX_TOKENS] = {"max_tokens_exceeded", 400, "invalid_request_error"},
    [SG_GW_TOO_LARGE] = {"body_too_large", 413, "invalid_request_error"},
    [SG_GW_RATE_REQUESTS] = {"rate_limit_requests", 429, "rate_limit_error"},
    [SG_GW_RATE_TOKENS] = {"rate_limit_tokens", 429, "rate_limit_error"},
    [SG_GW_QUOTA] = {"quota_exceeded", 429, "insufficient_quota"},
    [SG_GW_LIMITER_DOWN] = {"limiter_unavailable", 503, "server_error"},
    [SG_GW_GUARD_INPUT] = {"guardrail_input", 400, "invalid_request_error"},
    [SG_GW_GUARD_OUTPUT] = {"guardrail_output", 400, "invalid_request_error"},
    [SG_GW_UPSTREAM_ERROR] = {"upstream_error", 502, "server_error"},
    [SG_GW_UPSTREAM_TIMEOUT] = {"upstream_timeout", 504, "server_error"},
    [SG_GW_CIRCUIT_OPEN] = {"circuit_open", 503, "server_error"},
    [SG_GW_OVERLOADED] = {"overloaded", 503, "server_error"},
    [SG_GW_SMUGGLING] = {"ambiguous_framing", 400, "invalid_request_error"},
    [SG_GW_MALFORMED] = {"malformed_request", 400, "invalid_request_error"},
    [SG_GW_HEADERS_TOO_LARGE] = {"headers_too_large", 431, "invalid_request_error"},
    [SG_GW_REQUEST_TIMEOUT] = {"request_timeout", 408, "invalid_request_error"},
};

const char *sg__gw_reason_name(enum sg_gw_reason r)
{
    return r < SG_GW_REASON_COUNT ? reasons[r].name : "unknown";
}

int sg__gw_reason_status(enum sg_gw_reason r)
{
    return r < SG_GW_REASON_COUNT ? reasons[r].status : 500;
}

const char *sg__gw_reason_type(enum sg_gw_reason r)
{
    return r < SG_GW_REASON_COUNT ? reasons[r].type : "server_error";
}

void sg__gw_view_release(struct sg_gw_request_view *v)
{
    json_decref(v->body);
    memset(v, 0, sizeof *v);
}

#define FAIL(reason, ...)                                \
    do {                                                 \
        snprintf(msg, msgsz, __VA_ARGS__);               \
        return (reason);                                 \
    } while (0)

/* A content part's type to its modality; 0 = unknown type. */
static unsigned part_modality(const char *type)
{
    static const struct {
        const char *type;
        unsigned mod;
    } map[] = {
        {"text", SG_GW_MOD_TEXT},        {"input_text", SG_GW_MOD_TEXT},
        {"output_text", SG_GW_MOD_TEXT}, {"refusal", SG_GW_MOD_TEXT},
        {"image_url", SG_GW_MOD_IMAGE},  {"input_image", SG_GW_MOD_IMAGE},
        {"image", SG_GW_MOD_IMAGE},      {"input_audio", SG_GW_MOD_AUDIO},
        {"audio", SG_GW_MOD_AUDIO},      {"file", SG_GW_MOD_FILE},
        {"input_file", SG_GW_MOD_FILE},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (strcmp(map[i].type, type) == 0)
            return map[i].mod;
    return 0;
}

/* content: a string, null, or an array of typed parts. */
static enum sg_gw_reason check_content(const struct sg_gw_policy *pol, json_t *content,
                                       struct sg_gw_request_view *v, char *msg, size_t msgsz)
{
    if (!content || json_is_null(content))
        return SG_GW_OK;
    if (json_is_string(content)) {
        v->modalities |= SG_GW_MOD_TEXT;
        v->text_bytes += (int64_t)json_string_length(content);
        return SG_GW_OK;
    }
    if (!json_is_array(content))
        FAIL(SG_GW_BAD_REQUEST, "'content' must be a string or an array of content parts");
    size_t i;
    json_t *part;
    json_array_foreach(content, i, part)
    {
        const char *type = json_string_value(json_object_get(part, "type"));
        if (!json_is_object(part) || !type)
            FAIL(SG_GW_BAD_REQUEST, "each content part must be an object with a string 'type'");
        unsigned mod = part_modality(type);
        if (!mod)
            FAIL(SG_GW_MODALITY, "content part type '%.40s' is not allowed", type);
        if (!(pol->modalities & mod))
            FAIL(SG_GW_MODALITY, "content part type '%.40s' is not allowed for this key", type);
        v->modalities |= mod;
        json_t *t = json_object_get(part, "text");
        if (mod == SG_GW_MOD_TEXT && t && !json_is_string(t))
            FAIL(SG_GW_BAD_REQUEST, "'text' of a content part must be a string");
        if (t && json_is_string(t))
            v->text_bytes += (int64_t)json_string_length(t);
    }
    return SG_GW_OK;
}

static enum sg_gw_reason check_tool_name(const struct sg_gw_policy *pol, const char *name,
                                         char *msg, size_t msgsz)
{
    if (!name || !*name)
        FAIL(SG_GW_BAD_REQUEST, "each tool needs a name");
    if (!sg__gw_list_has(&pol->tools, name))
        FAIL(SG_GW_TOOL, "tool '%.64s' is not allowed for this key", name);
    return SG_GW_OK;
}

/* tools: [{type: function, function: {name}}] (chat) or [{type: function,
 * name}] (responses) or built-in tools named by their type; functions: the
 * legacy [{name}]. */
static enum sg_gw_reason check_tools(const struct sg_gw_policy *pol, const json_t *body,
                                     char *msg, size_t msgsz)
{
    json_t *tools = json_object_get(body, "tools"), *fns = json_object_get(body, "functions");
    size_t i;
    json_t *t;
    enum sg_gw_reason r;
    if (tools && !json_is_null(tools)) {
        if (!json_is_array(tools))
            FAIL(SG_GW_BAD_REQUEST, "'tools' must be an array");
        json_array_foreach(tools, i, t)
        {
            const char *type = json_string_value(json_object_get(t, "type"));
            if (!json_is_object(t) || !type)
                FAIL(SG_GW_BAD_REQUEST, "each tool must be an object with a string 'type'");
            const char *name = type;
            if (strcmp(type, "function") == 0) {
                json_t *fn = json_object_get(t, "function");
                name = json_string_value(json_object_get(fn ? fn : t, "name"));
                if (fn && !json_is_object(fn))
                    FAIL(SG_GW_BAD_REQUEST, "'function' of a tool must be an object");
            }
            if ((r = check_tool_name(pol, name, msg, msgsz)))
                return r;
        }
    }
    if (fns && !json_is_null(fns)) {
        if (!json_is_array(fns))
            FAIL(SG_GW_BAD_REQUEST, "'functions' must be an array");
        json_array_foreach(fns, i, t)
        {
            if (!json_is_object(t))
                FAIL(SG_GW_BAD_REQUEST, "each function must be an object");
            if ((r = check_tool_name(pol, json_string_value(json_object_get(t, "name")), msg,
                                     msgsz)))
                return r;
        }
    }
    return SG_GW_OK;
}

static enum sg_gw_reason check_messages(const struct sg_gw_policy *pol, json_t *msgs,
                                        struct sg_gw_request_view *v, char *msg, size_t msgsz)
{
    if (!json_is_array(msgs) || json_array_size(msgs) == 0)
        FAIL(SG_GW_BAD_REQUEST, "'messages' must be a non-empty array");
    size_t i;
    json_t *m;
    enum sg_gw_reason r;
    json_array_foreach(msgs, i, m)
    {
        if (!json_is_object(m) || !json_is_string(json_object_get(m, "role")))
            FAIL(SG_GW_BAD_REQUEST, "messages[%zu] must be an object with a string 'role'", i);
        if ((r = check_content(pol, json_object_get(m, "content"), v, msg, msgsz)))
            return r;
    }
    return SG_GW_OK;
}

/* input of /v1/responses: a string or an array of items (messages with
 * content, function_call_output with output, ...). */
static enum sg_gw_reason check_response_input(const struct sg_gw_policy *pol, json_t *input,
                                              struct sg_gw_request_view *v, char *msg,
                                              size_t msgsz)
{
    if (json_is_string(input)) {
        v->modalities |= SG_GW_MOD_TEXT;
        v->text_bytes += (int64_t)json_string_length(input);
        return SG_GW_OK;
    }
    if (!json_is_array(input))
        FAIL(SG_GW_BAD_REQUEST, "'input' must be a string or an array");
    size_t i;
    json_t *item;
    enum sg_gw_reason r;
    json_array_foreach(input, i, item)
    {
        if (!json_is_object(item))
            FAIL(SG_GW_BAD_REQUEST, "input[%zu] must be an object", i);
        json_t *out = json_object_get(item, "output");
        if (out && json_is_string(out))
            v->text_bytes += (int64_t)json_string_length(out);
        if ((r = check_content(pol, json_object_get(item, "content"), v, msg, msgsz)))
            return r;
    }
    return SG_GW_OK;
}

/* prompt/input of completions and embeddings: string, array of strings, or
 * token arrays. */
static enum sg_gw_reason check_plain_input(json_t *in, const char *name,
                                           struct sg_gw_request_view *v, char *msg, size_t msgsz)
{
    if (json_is_string(in)) {
        v->text_bytes += (int64_t)json_string_length(in);
        v->modalities |= SG_GW_MOD_TEXT;
        return SG_GW_OK;
    }
    if (!json_is_array(in))
        FAIL(SG_GW_BAD_REQUEST, "'%s' must be a string or an array", name);
    size_t i;
    json_t *x;
    json_array_foreach(in, i, x)
    {
        if (json_is_string(x))
            v->text_bytes += (int64_t)json_string_length(x);
        else if (json_is_integer(x))
            v->text_bytes += 4;
        else if (json_is_array(x))
            v->text_bytes += 4 * (int64_t)json_array_size(x);
        else
            FAIL(SG_GW_BAD_REQUEST, "'%s' entries must be strings or token arrays", name);
    }
    v->modalities |= SG_GW_MOD_TEXT;
    return SG_GW_OK;
}

static enum sg_gw_reason get_max_tokens(const json_t *body, struct sg_gw_request_view *v,
                                        char *msg, size_t msgsz)
{
    static const char *const names[] = {"max_tokens", "max_completion_tokens",
                                        "max_output_tokens", NULL};
    v->max_tokens = -1;
    for (size_t i = 0; names[i]; i++) {
        json_t *x = json_object_get(body, names[i]);
        if (!x || json_is_null(x))
            continue;
        if (!json_is_integer(x) || json_integer_value(x) < 0)
            FAIL(SG_GW_BAD_REQUEST, "'%s' must be a non-negative integer", names[i]);
        if (json_integer_value(x) > v->max_tokens)
            v->max_tokens = json_integer_value(x);
    }
    return SG_GW_OK;
}

enum sg_gw_reason sg__gw_policy_check_ref(const struct sg_gw_policy *pol, const char *path,
                                          const char *body, size_t len,
                                          struct sg_gw_request_view *v, char *msg, size_t msgsz)
{
    struct sg_error err = {0};
    enum sg_gw_reason r;
    memset(v, 0, sizeof *v);
    v->max_tokens = -1;
    msg[0] = '\0';
    if (len == 0)
        FAIL(SG_GW_BAD_REQUEST, "the request needs a JSON body");
    if (sg_json_parse(body, len, "request", &v->body, &err))
        FAIL(SG_GW_BAD_JSON, "the body is not valid JSON: %.200s", err.reason);
    if (!json_is_object(v->body))
        FAIL(SG_GW_BAD_JSON, "the body must be a JSON object");
    json_t *model = json_object_get(v->body, "model");
    if (!json_is_string(model) || json_string_length(model) == 0)
        FAIL(SG_GW_BAD_REQUEST, "'model' must be a non-empty string");
    v->model = json_string_value(model);
    json_t *stream = json_object_get(v->body, "stream");
    if (stream && !json_is_null(stream) && !json_is_boolean(stream))
        FAIL(SG_GW_BAD_REQUEST, "'stream' must be a boolean");
    v->stream = json_is_true(stream);
    if ((r = get_max_tokens(v->body, v, msg, msgsz)))
        return r;
    if (!sg__gw_list_has(&pol->models, v->model))
        FAIL(SG_GW_MODEL, "model '%.64s' is not allowed for this key", v->model);
    if (pol->max_tokens && v->max_tokens > pol->max_tokens)
        FAIL(SG_GW_MAX_TOKENS, "max_tokens %lld exceeds this key's limit of %lld",
             (long long)v->max_tokens, (long long)pol->max_tokens);
    if ((r = check_tools(pol, v->body, msg, msgsz)))
        return r;
    /* Output modalities the request asks for ("modalities": ["text","audio"]). */
    json_t *omods = json_object_get(v->body, "modalities");
    if (omods && !json_is_null(omods)) {
        size_t i;
        json_t *m;
        if (!json_is_array(omods))
            FAIL(SG_GW_BAD_REQUEST, "'modalities' must be an array");
        json_array_foreach(omods, i, m)
        {
            const char *s = json_string_value(m);
            unsigned mod = s ? part_modality(s) : 0;
            if (!mod || !(pol->modalities & mod))
                FAIL(SG_GW_MODALITY, "output modality '%.40s' is not allowed for this key",
                     s ? s : "?");
        }
    }
    if (json_object_get(v->body, "audio") && !(pol->modalities & SG_GW_MOD_AUDIO))
        FAIL(SG_GW_MODALITY, "audio output is not allowed for this key");

    if (strcmp(path, "/v1/chat/completions") == 0)
        return check_messages(pol, json_object_get(v->body, "messages"), v, msg, msgsz);
    if (strcmp(path, "/v1/completions") == 0)
        return check_plain_input(json_object_get(v->body, "prompt"), "prompt", v, msg, msgsz);
    if (strcmp(path, "/v1/embeddings") == 0)
        return check_plain_input(json_object_get(v->body, "input"), "input", v, msg, msgsz);
    if (strcmp(path, "/v1/responses") == 0) {
        json_t *ins = json_object_get(v->body, "instructions");
        if (ins && !json_is_null(ins) && !json_is_string(ins))
            FAIL(SG_GW_BAD_REQUEST, "'instructions' must be a string");
        if (ins && json_is_string(ins))
            v->text_bytes += (int64_t)json_string_length(ins);
        return check_response_input(pol, json_object_get(v->body, "input"), v, msg, msgsz);
    }
    /* A custom route: the model, tools and limits above were checked; the body
     * has no shape we know. */
    return SG_GW_OK;
}

/* ---- the same checks without a tree ---------------------------------------------------------------
 * Every check below mirrors its tree-based twin above, in the same order and
 * with the same messages: a jansson getter that finds nothing of the wanted
 * type reads here as an absent or mistyped sg_gw_jv. */

/* What the scan cannot decide without a tree: the caller uses the
 * reference. Only strings too long for the fixed buffers below. */
#define UNSURE (-1)

#define SFAIL(reason, ...)                               \
    do {                                                 \
        snprintf(msg, msgsz, __VA_ARGS__);               \
        return (int)(reason);                            \
    } while (0)

/* A short string for comparisons and messages; cut strings are unknown
 * types (every known one is short) but never names to look up. */
#define SHORT 256

static const char *jv_cstr(const struct sg_gw_jv *v, char *buf, bool *cut)
{
    if (!sg__gw_jv_is(v, '"'))
        return NULL;
    *cut = !sg__gw_jv_str(v, buf, SHORT);
    return buf;
}

static int scan_content(const struct sg_gw_policy *pol, const struct sg_gw_jv *content,
                        struct sg_gw_request_view *v, char *msg, size_t msgsz)
{
    static const char *const keys[] = {"type", "text"};
    if (!content->p || sg__gw_jv_is(content, 'n'))
        return SG_GW_OK;
    if (sg__gw_jv_is(content, '"')) {
        v->modalities |= SG_GW_MOD_TEXT;
        v->text_bytes += (int64_t)sg__gw_jv_strlen(content);
        return SG_GW_OK;
    }
    if (!sg__gw_jv_is(content, '['))
        SFAIL(SG_GW_BAD_REQUEST, "'content' must be a string or an array of content parts");
    struct sg_gw_jit it;
    struct sg_gw_jv part, m[2];
    sg__gw_jv_iter(content, &it);
    while (sg__gw_jv_next(&it, &part)) {
        char buf[SHORT];
        bool cut = false;
        sg__gw_jv_members(&part, keys, 2, m);
        const char *type = jv_cstr(&m[0], buf, &cut);
        if (!sg__gw_jv_is(&part, '{') || !type)
            SFAIL(SG_GW_BAD_REQUEST, "each content part must be an object with a string 'type'");
        unsigned mod = cut ? 0 : part_modality(type);
        if (!mod)
            SFAIL(SG_GW_MODALITY, "content part type '%.40s' is not allowed", type);
        if (!(pol->modalities & mod))
            SFAIL(SG_GW_MODALITY, "content part type '%.40s' is not allowed for this key", type);
        v->modalities |= mod;
        if (mod == SG_GW_MOD_TEXT && m[1].p && !sg__gw_jv_is(&m[1], '"'))
            SFAIL(SG_GW_BAD_REQUEST, "'text' of a content part must be a string");
        if (sg__gw_jv_is(&m[1], '"'))
            v->text_bytes += (int64_t)sg__gw_jv_strlen(&m[1]);
    }
    return SG_GW_OK;
}

/* check_tool_name on a decoded name; a name too long to hold is unsure. */
static int scan_tool_name(const struct sg_gw_policy *pol, const struct sg_gw_jv *jname,
                          char *msg, size_t msgsz)
{
    char buf[SHORT];
    bool cut = false;
    const char *name = jv_cstr(jname, buf, &cut);
    if (cut)
        return UNSURE;
    return (int)check_tool_name(pol, name, msg, msgsz);
}

static int scan_tools(const struct sg_gw_policy *pol, const struct sg_gw_jv *tools,
                      const struct sg_gw_jv *fns, char *msg, size_t msgsz)
{
    static const char *const tkeys[] = {"type", "function", "name"}, *const nkeys[] = {"name"};
    struct sg_gw_jit it;
    struct sg_gw_jv t, m[3], fm[1];
    int r;
    if (tools->p && !sg__gw_jv_is(tools, 'n')) {
        if (!sg__gw_jv_is(tools, '['))
            SFAIL(SG_GW_BAD_REQUEST, "'tools' must be an array");
        sg__gw_jv_iter(tools, &it);
        while (sg__gw_jv_next(&it, &t)) {
            char buf[SHORT];
            bool cut = false;
            sg__gw_jv_members(&t, tkeys, 3, m);
            const char *type = jv_cstr(&m[0], buf, &cut);
            if (!sg__gw_jv_is(&t, '{') || !type)
                SFAIL(SG_GW_BAD_REQUEST, "each tool must be an object with a string 'type'");
            const struct sg_gw_jv *name = &m[0];
            if (!cut && strcmp(type, "function") == 0) {
                /* json_object_get(fn ? fn : t, "name"): fn's name if fn is
                 * there (nothing if fn is no object), else t's. */
                name = &m[2];
                if (m[1].p) {
                    sg__gw_jv_members(&m[1], nkeys, 1, fm);
                    name = &fm[0];
                    if (!sg__gw_jv_is(&m[1], '{'))
                        SFAIL(SG_GW_BAD_REQUEST, "'function' of a tool must be an object");
                }
            }
            if ((r = scan_tool_name(pol, name, msg, msgsz)))
                return r;
        }
    }
    if (fns->p && !sg__gw_jv_is(fns, 'n')) {
        if (!sg__gw_jv_is(fns, '['))
            SFAIL(SG_GW_BAD_REQUEST, "'functions' must be an array");
        sg__gw_jv_iter(fns, &it);
        while (sg__gw_jv_next(&it, &t)) {
            if (!sg__gw_jv_is(&t, '{'))
                SFAIL(SG_GW_BAD_REQUEST, "each function must be an object");
            sg__gw_jv_members(&t, nkeys, 1, fm);
            if ((r = scan_tool_name(pol, &fm[0], msg, msgsz)))
                return r;
        }
    }
    return SG_GW_OK;
}

static int scan_messages(const struct sg_gw_policy *pol, const struct sg_gw_jv *msgs,
                         struct sg_gw_request_view *v, char *msg, size_t msgsz)
{
    static const char *const keys[] = {"role", "content"};
    struct sg_gw_jit it;
    struct sg_gw_jv m, f[2];
    size_t i = 0;
    int r;
    bool more = sg__gw_jv_is(msgs, '[');
    if (more) {
        sg__gw_jv_iter(msgs, &it);
        more = sg__gw_jv_next(&it, &m);
    }
    if (!more)
        SFAIL(SG_GW_BAD_REQUEST, "'messages' must be a non-empty array");
    for (; more; more = sg__gw_jv_next(&it, &m), i++) {
        sg__gw_jv_members(&m, keys, 2, f);
        if (!sg__gw_jv_is(&m, '{') || !sg__gw_jv_is(&f[0], '"'))
            SFAIL(SG_GW_BAD_REQUEST, "messages[%zu] must be an object with a string 'role'", i);
        if ((r = scan_content(pol, &f[1], v, msg, msgsz)))
            return r;
    }
    return SG_GW_OK;
}

static int scan_response_input(const struct sg_gw_policy *pol, const struct sg_gw_jv *input,
                               struct sg_gw_request_view *v, char *msg, size_t msgsz)
{
    static const char *const keys[] = {"output", "content"};
    struct sg_gw_jit it;
    struct sg_gw_jv item, f[2];
    size_t i = 0;
    int r;
    if (sg__gw_jv_is(input, '"')) {
        v->modalities |= SG_GW_MOD_TEXT;
        v->text_bytes += (int64_t)sg__gw_jv_strlen(input);
        return SG_GW_OK;
    }
    if (!sg__gw_jv_is(input, '['))
        SFAIL(SG_GW_BAD_REQUEST, "'input' must be a string or an array");
    sg__gw_jv_iter(input, &it);
    for (; sg__gw_jv_next(&it, &item); i++) {
        if (!sg__gw_jv_is(&item, '{'))
            SFAIL(SG_GW_BAD_REQUEST, "input[%zu] must be an object", i);
        sg__gw_jv_members(&item, keys, 2, f);
        if (sg__gw_jv_is(&f[0], '"'))
            v->text_bytes += (int64_t)sg__gw_jv_strlen(&f[0]);
        if ((r = scan_content(pol, &f[1], v, msg, msgsz)))
            return r;
    }
    return SG_GW_OK;
}

static int scan_plain_input(const struct sg_gw_jv *in, const char *name,
                            struct sg_gw_request_view *v, char *msg, size_t msgsz)
{
    struct sg_gw_jit it;
    struct sg_gw_jv x;
    if (sg__gw_jv_is(in, '"')) {
        v->text_bytes += (int64_t)sg__gw_jv_strlen(in);
        v->modalities |= SG_GW_MOD_TEXT;
        return SG_GW_OK;
    }
    if (!sg__gw_jv_is(in, '['))
        SFAIL(SG_GW_BAD_REQUEST, "'%s' must be a string or an array", name);
    sg__gw_jv_iter(in, &it);
    while (sg__gw_jv_next(&it, &x)) {
        if (sg__gw_jv_is(&x, '"'))
            v->text_bytes += (int64_t)sg__gw_jv_strlen(&x);
        else if (sg__gw_jv_is(&x, 'i'))
            v->text_bytes += 4;
        else if (sg__gw_jv_is(&x, '['))
            v->text_bytes += 4 * (int64_t)sg__gw_jv_count(&x);
        else
            SFAIL(SG_GW_BAD_REQUEST, "'%s' entries must be strings or token arrays", name);
    }
    v->modalities |= SG_GW_MOD_TEXT;
    return SG_GW_OK;
}

/* The top-level members the checks read, indexed by the validating pass. */
enum {
    K_MODEL, K_STREAM, K_MAX_TOKENS, K_MAX_COMPLETION, K_MAX_OUTPUT, K_TOOLS, K_FUNCTIONS,
    K_MODALITIES, K_AUDIO, K_MESSAGES, K_PROMPT, K_INPUT, K_INSTRUCTIONS, K_COUNT
};

static int scan_check(const struct sg_gw_policy *pol, const char *path, const char *body,
                      size_t len, struct sg_gw_request_view *v, char *msg, size_t msgsz)
{
    static const char *const keys[K_COUNT] = {
        "model",  "stream",    "max_tokens", "max_completion_tokens", "max_output_tokens",
        "tools",  "functions", "modalities", "audio", "messages", "prompt", "input",
        "instructions"};
    struct sg_gw_jv root, f[K_COUNT];
    int r;
    if (len == 0)
        SFAIL(SG_GW_BAD_REQUEST, "the request needs a JSON body");
    if (!sg__gw_jscan(body, len, keys, K_COUNT, &root, f))
        return UNSURE; /* invalid, or valid in a way the scan leaves to jansson */
    if (!sg__gw_jv_is(&root, '{'))
        SFAIL(SG_GW_BAD_JSON, "the body must be a JSON object");
    if (!sg__gw_jv_is(&f[K_MODEL], '"') || f[K_MODEL].n == 2)
        SFAIL(SG_GW_BAD_REQUEST, "'model' must be a non-empty string");
    if (!sg__gw_jv_str(&f[K_MODEL], v->model_buf, sizeof v->model_buf))
        return UNSURE;
    v->model = v->model_buf;
    const struct sg_gw_jv *stream = &f[K_STREAM];
    if (stream->p && !sg__gw_jv_is(stream, 'n') && !sg__gw_jv_is(stream, 'b'))
        SFAIL(SG_GW_BAD_REQUEST, "'stream' must be a boolean");
    v->stream = sg__gw_jv_is(stream, 't');
    for (int k = K_MAX_TOKENS; k <= K_MAX_OUTPUT; k++) {
        const struct sg_gw_jv *x = &f[k];
        if (!x->p || sg__gw_jv_is(x, 'n'))
            continue;
        if (!sg__gw_jv_is(x, 'i') || sg__gw_jv_int(x) < 0)
            SFAIL(SG_GW_BAD_REQUEST, "'%s' must be a non-negative integer", keys[k]);
        if (sg__gw_jv_int(x) > v->max_tokens)
            v->max_tokens = sg__gw_jv_int(x);
    }
    if (!sg__gw_list_has(&pol->models, v->model))
        SFAIL(SG_GW_MODEL, "model '%.64s' is not allowed for this key", v->model);
    if (pol->max_tokens && v->max_tokens > pol->max_tokens)
        SFAIL(SG_GW_MAX_TOKENS, "max_tokens %lld exceeds this key's limit of %lld",
              (long long)v->max_tokens, (long long)pol->max_tokens);
    if ((r = scan_tools(pol, &f[K_TOOLS], &f[K_FUNCTIONS], msg, msgsz)))
        return r;
    const struct sg_gw_jv *omods = &f[K_MODALITIES];
    if (omods->p && !sg__gw_jv_is(omods, 'n')) {
        struct sg_gw_jit it;
        struct sg_gw_jv m;
        if (!sg__gw_jv_is(omods, '['))
            SFAIL(SG_GW_BAD_REQUEST, "'modalities' must be an array");
        sg__gw_jv_iter(omods, &it);
        while (sg__gw_jv_next(&it, &m)) {
            char buf[SHORT];
            bool cut = false;
            const char *s = jv_cstr(&m, buf, &cut);
            unsigned mod = s && !cut ? part_modality(s) : 0;
            if (!mod || !(pol->modalities & mod))
                SFAIL(SG_GW_MODALITY, "output modality '%.40s' is not allowed for this key",
                      s ? s : "?");
        }
    }
    if (f[K_AUDIO].p && !(pol->modalities & SG_GW_MOD_AUDIO))
        SFAIL(SG_GW_MODALITY, "audio output is not allowed for this key");

    if (strcmp(path, "/v1/chat/completions") == 0)
        return scan_messages(pol, &f[K_MESSAGES], v, msg, msgsz);
    if (strcmp(path, "/v1/completions") == 0)
        return scan_plain_input(&f[K_PROMPT], "prompt", v, msg, msgsz);
    if (strcmp(path, "/v1/embeddings") == 0)
        return scan_plain_input(&f[K_INPUT], "input", v, msg, msgsz);
    if (strcmp(path, "/v1/responses") == 0) {
        const struct sg_gw_jv *ins = &f[K_INSTRUCTIONS];
        if (ins->p && !sg__gw_jv_is(ins, 'n') && !sg__gw_jv_is(ins, '"'))
            SFAIL(SG_GW_BAD_REQUEST, "'instructions' must be a string");
        if (sg__gw_jv_is(ins, '"'))
            v->text_bytes += (int64_t)sg__gw_jv_strlen(ins);
        return scan_response_input(pol, &f[K_INPUT], v, msg, msgsz);
    }
    return SG_GW_OK;
}

bool sg__gw_policy_scan(const struct sg_gw_policy *pol, const char *path, const char *body,
                        size_t len, struct sg_gw_request_view *v, char *msg, size_t msgsz,
                        enum sg_gw_reason *reason)
{
    memset(v, 0, offsetof(struct sg_gw_request_view, model_buf));
    v->model_buf[0] = '\0';
    v->max_tokens = -1;
    msg[0] = '\0';
    int r = scan_check(pol, path, body, len, v, msg, msgsz);
    if (r == UNSURE)
        return false;
    *reason = (enum sg_gw_reason)r;
    v->src = body;
    v->src_len = len;
    return true;
}

enum sg_gw_reason sg__gw_policy_check(const struct sg_gw_policy *pol, const char *path,
                                      const char *body, size_t len,
                                      struct sg_gw_request_view *v, char *msg, size_t msgsz)
{
    enum sg_gw_reason r;
    if (sg__gw_policy_scan(pol, path, body, len, v, msg, msgsz, &r))
        return r;
    r = sg__gw_policy_check_ref(pol, path, body, len, v, msg, msgsz);
    v->src = body;
    v->src_len = len;
    return r;
}

bool sg__gw_view_tree(struct sg_gw_request_view *v)
{
    if (v->body)
        return true;
    if (!v->src || sg_json_parse(v->src, v->src_len, "request", &v->body, NULL) != SG_OK)
        return false;
    return true;
}

/* ---- texts for the guardrails ------------------------------------------------ */

struct walk {
    sg_gw_text_fn fn;
    void *user;
    bool rewritten;
};

static enum sg_gw_reason visit(struct walk *w, const char *role, json_t *str)
{
    char *replace = NULL;
    enum sg_gw_reason r =
        w->fn(w->user, role, json_string_value(str), json_string_length(str), &replace);
    if (replace) {
        json_string_set(str, replace);
        free(replace);
        w->rewritten = true;
    }
    return r;
}

static enum sg_gw_reason visit_content(struct walk *w, const char *role, json_t *content)
{
    enum sg_gw_reason r = SG_GW_OK;
    if (json_is_string(content))
        return visit(w, role, content);
    size_t i;
    json_t *part;
    json_array_foreach(content, i, part)
    {
        json_t *t = json_object_get(part, "text");
        if (json_is_string(t) && (r = visit(w, role, t)))
            return r;
    }
    return r;
}

static enum sg_gw_reason visit_plain(struct walk *w, json_t *in)
{
    enum sg_gw_reason r = SG_GW_OK;
    if (json_is_string(in))
        return visit(w, "user", in);
    size_t i;
    json_t *x;
    json_array_foreach(in, i, x) if (json_is_string(x) && (r = visit(w, "user", x))) return r;
    return r;
}

enum sg_gw_reason sg__gw_policy_texts(struct sg_gw_request_view *v, const char *path,
                                      sg_gw_text_fn fn, void *user, bool *rewritten)
{
    struct walk w = {fn, user, false};
    enum sg_gw_reason r = SG_GW_OK;
    size_t i;
    json_t *m;
    *rewritten = false;
    if (!sg__gw_view_tree(v))
        return SG_GW_OVERLOADED; /* out of memory: refuse rather than skip the guardrails */
    if (strcmp(path, "/v1/chat/completions") == 0) {
        json_array_foreach(json_object_get(v->body, "messages"), i, m)
        {
            const char *role = json_string_value(json_object_get(m, "role"));
            /* Tool results and retrieved content are where indirect injection
             * arrives: they are checked like any other role. */
            if ((r = visit_content(&w, role ? role : "user", json_object_get(m, "content"))))
                break;
        }
    } else if (strcmp(path, "/v1/completions") == 0) {
        r = visit_plain(&w, json_object_get(v->body, "prompt"));
    } else if (strcmp(path, "/v1/embeddings") == 0) {
        r = visit_plain(&w, json_object_get(v->body, "input"));
    } else if (strcmp(path, "/v1/responses") == 0) {
        json_t *ins = json_object_get(v->body, "instructions"), *in;
        if (json_is_string(ins) && (r = visit(&w, "system", ins)))
            goto out;
        in = json_object_get(v->body, "input");
        if (json_is_string(in)) {
            r = visit(&w, "user", in);
            goto out;
        }
        json_array_foreach(in, i, m)
        {
            const char *role = json_string_value(json_object_get(m, "role"));
            json_t *out = json_object_get(m, "output");
            if (json_is_string(out) && (r = visit(&w, "tool", out)))
                break;
            if ((r = visit_content(&w, role ? role : "user", json_object_get(m, "content"))))
                break;
        }
    }
out:
    *rewritten = w.rewritten;
    return r;
}
