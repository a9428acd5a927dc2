/* sse.c - Server-Sent-Events as LLM APIs stream them: an incremental splitter
 * that yields each event's data however the bytes were cut into chunks, and
 * readers for the pieces the gateway needs from a streamed or whole answer
 * (the delta text for the output guardrails, usage for token accounting).
 * Written here because libevent has no SSE reader; the format is a few lines
 * of the WHATWG spec (line-oriented fields, blank line ends an event). */
#include <string.h>

#include "gateway/internal.h"

void sg__gw_sse_init(struct sg_gw_sse *s, size_t max)
{
    sg_buf_init(&s->line, max);
    sg_buf_init(&s->data, max);
    sg_buf_init(&s->other, 4096);
    s->has_data = false;
}

void sg__gw_sse_release(struct sg_gw_sse *s)
{
    sg_buf_release(&s->line);
    sg_buf_release(&s->data);
    sg_buf_release(&s->other);
}

static sg_err on_line(struct sg_gw_sse *s, const char *line, size_t len, sg_gw_sse_event_fn fn,
                      void *user)
{
    sg_err rc = SG_OK;
    if (len && line[len - 1] == '\r')
        len--;
    if (len == 0) {
        if (s->has_data)
            rc = fn(user, s->data.data, s->data.len);
        sg_buf_reset(&s->data);
        sg_buf_reset(&s->other);
        s->has_data = false;
        return rc;
    }
    if (len >= 5 && memcmp(line, "data:", 5) == 0) {
        const char *v = line + 5;
        size_t vl = len - 5;
        if (vl && *v == ' ')
            v++, vl--;
        if (s->has_data && (rc = sg_buf_append_byte(&s->data, '\n')))
            return rc;
        if (s->data.data == NULL && (rc = sg_buf_reserve(&s->data, 64)))
            return rc;
        if ((rc = sg_buf_append(&s->data, v, vl)))
            return rc;
        s->has_data = true;
        return SG_OK;
    }
    /* event:, id:, retry: go back out with the event when it is rewritten;
     * comments (": ...") are keep-alives and are dropped there. */
    if (line[0] != ':') {
        if ((rc = sg_buf_append(&s->other, line, len)) || (rc = sg_buf_append_byte(&s->other, '\n')))
            return rc;
    }
    return SG_OK;
}

sg_err sg__gw_sse_feed(struct sg_gw_sse *s, const char *bytes, size_t len, sg_gw_sse_event_fn fn,
                       void *user)
{
    sg_err rc;
    while (len) {
        const char *nl = memchr(bytes, '\n', len);
        if (!nl)
            return sg_buf_append(&s->line, bytes, len);
        size_t n = (size_t)(nl - bytes);
        if (s->line.len) {
            if ((rc = sg_buf_append(&s->line, bytes, n)))
                return rc;
            rc = on_line(s, s->line.data, s->line.len, fn, user);
            sg_buf_reset(&s->line);
        } else {
            rc = on_line(s, bytes, n, fn, user);
        }
        if (rc)
            return rc;
        bytes += n + 1;
        len -= n + 1;
    }
    return SG_OK;
}

static bool get_count(const json_t *u, const char *a, const char *b, int64_t *out)
{
    json_t *x = json_object_get(u, a);
    if (!json_is_integer(x) && b)
        x = json_object_get(u, b);
    if (!json_is_integer(x) || json_integer_value(x) < 0)
        return false;
    *out = json_integer_value(x);
    return true;
}

bool sg__gw_usage(const json_t *doc, int64_t *prompt, int64_t *completion, int64_t *total)
{
    json_t *u = json_object_get(doc, "usage");
    if (!json_is_object(u)) /* /v1/responses streams: response.completed */
        u = json_object_get(json_object_get(doc, "response"), "usage");
    if (!json_is_object(u))
        return false;
    int64_t p = 0, c = 0, t = -1;
    get_count(u, "prompt_tokens", "input_tokens", &p);
    get_count(u, "completion_tokens", "output_tokens", &c);
    if (!get_count(u, "total_tokens", NULL, &t))
        t = p + c;
    *prompt = p;
    *completion = c;
    *total = t;
    return true;
}

bool sg__gw_answer_usage(const json_t *doc, int64_t *prompt, int64_t *completion,
                         int64_t *total)
{
    return json_is_object(json_object_get(doc, "usage")) &&
           sg__gw_usage(doc, prompt, completion, total);
}

const char *sg__gw_event_text(json_t *doc, json_t **holder, const char **field)
{
    *holder = NULL;
    *field = NULL;
    /* /v1/responses: {"type":"response.output_text.delta","delta":"..."} */
    const char *type = json_string_value(json_object_get(doc, "type"));
    if (type && strcmp(type, "response.output_text.delta") == 0 &&
        json_is_string(json_object_get(doc, "delta"))) {
        *holder = doc;
        *field = "delta";
        return json_string_value(json_object_get(doc, "delta"));
    }
    json_t *choice = json_array_get(json_object_get(doc, "choices"), 0);
    if (!json_is_object(choice))
        return NULL;
    json_t *delta = json_object_get(choice, "delta"), *msg = json_object_get(choice, "message");
    json_t *obj = json_is_object(delta) ? delta : json_is_object(msg) ? msg : NULL;
    if (obj && json_is_string(json_object_get(obj, "content"))) {
        *holder = obj;
        *field = "content";
        return json_string_value(json_object_get(obj, "content"));
    }
    if (json_is_string(json_object_get(choice, "text"))) { /* /v1/completions */
        *holder = choice;
        *field = "text";
        return json_string_value(json_object_get(choice, "text"));
    }
    return NULL;
}

/* ---- top-level member of a whole answer ------------------------------------ */

/* Skips a string starting at its opening quote; returns the index after the
 * closing quote, or 0 if it never closes (or holds a raw control byte). */
static size_t skip_string(const char *s, size_t i, size_t len)
{
    for (i++; i < len; i++) {
        if (s[i] == '\\')
            i++;
        else if (s[i] == '"')
            return i + 1;
        else if ((unsigned char)s[i] < 0x20)
            return 0;
    }
    return 0;
}

static size_t skip_ws(const char *s, size_t i, size_t len)
{
    while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    return i;
}

int sg__gw_json_member(const char *s, size_t len, const char *name, const char **val,
                       size_t *vlen)
{
    size_t nl = strlen(name), i = skip_ws(s, 0, len), vstart = 0;
    int depth = 0, found = 0;
    bool key_next = false, want_value = false;
    char stack[SG_JSON_MAX_DEPTH];
    *val = NULL;
    *vlen = 0;
    if (i >= len || s[i] != '{')
        return -1;
    while (i < len) {
        char c = s[i];
        if (c == '"') {
            size_t end = skip_string(s, i, len);
            if (!end)
                return -1;
            if (depth == 1 && key_next) {
                size_t j = skip_ws(s, end, len);
                if (j >= len || s[j] != ':')
                    return -1;
                want_value = end - i - 2 == nl && memcmp(s + i + 1, name, nl) == 0;
                key_next = false;
                i = skip_ws(s, j + 1, len);
                if (want_value)
                    vstart = i;
                continue;
            }
            i = end;
            continue;
        }
        if (c == '{' || c == '[') {
            if (depth >= SG_JSON_MAX_DEPTH)
                return -1;
            stack[depth++] = c;
            key_next = c == '{' && depth == 1;
        } else if (c == '}' || c == ']') {
            if (!depth || stack[depth - 1] != (c == '}' ? '{' : '['))
                return -1;
            if (depth == 1 && want_value) {
                *val = s + vstart, *vlen = i - vstart, found = 1, want_value = false;
            }
            if (--depth == 0)
                return skip_ws(s, i + 1, len) == len ? found : -1;
        } else if (c == ',' && depth == 1) {
            if (want_value) {
                *val = s + vstart, *vlen = i - vstart, found = 1, want_value = false;
            }
            key_next = true;
        }
        i++;
    }
    return -1; /* unbalanced: cut short */
}

bool sg__gw_usage_text(const char *data, size_t len, bool *well_formed, int64_t *prompt,
                       int64_t *completion, int64_t *total)
{
    const char *v;
    size_t vl;
    /* A valid JSON object (nearly every answer): the validating scan finds
     * usage on the way. Otherwise the structural scan says whether to pass
     * the answer on, and jansson reads the member it found. */
    int got = sg__gw_jscan_answer_usage(data, len, prompt, completion, total);
    if (got >= 0) {
        *well_formed = true;
        return got == 1;
    }
    int rc = sg__gw_json_member(data, len, "usage", &v, &vl);
    *well_formed = rc >= 0;
    if (rc != 1)
        return false;
    json_t *u = NULL, *doc = NULL;
    bool ok = false;
    if (sg_json_parse(v, vl, "usage", &u, NULL) == SG_OK && (doc = json_object())) {
        json_object_set_new(doc, "usage", u);
        u = NULL;
        ok = sg__gw_usage(doc, prompt, completion, total);
    }
    json_decref(u);
    json_decref(doc);
    return ok;
}
