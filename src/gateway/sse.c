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
