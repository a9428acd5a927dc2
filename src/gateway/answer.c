/* answer.c - the reader of one upstream answer: raw bytes in, the status,
 * the Content-Type and the body out (whole, capped at the upstream's
 * max_response_bytes, or piece by piece once the head hook has chosen
 * streaming). The HTTP grammar (status line, chunked bodies, Content-Length,
 * bodies ended by the connection's close) is Node's http_parser; this file
 * keeps only what the gateway needs from the head. No I/O: proxy.c feeds
 * it, and fuzz_http_response feeds it directly. */
#include <string.h>
#include <strings.h>

#include "gateway/internal.h"

/* Fields after the final head are a chunked body's trailer: not read (a
 * Content-Type there must not change the answer's). */
static int on_header_field(http_parser *hp, const char *at, size_t n)
{
    struct sg_gw_answer *a = hp->data;
    if (a->headers_done)
        return 0;
    if (a->in_value) {
        a->in_value = false;
        a->field_len = 0;
        a->field_long = false;
    }
    if (a->field_len + n > sizeof a->field) {
        a->field_long = true;
        return 0;
    }
    memcpy(a->field + a->field_len, at, n);
    a->field_len += n;
    return 0;
}

static int on_header_value(http_parser *hp, const char *at, size_t n)
{
    struct sg_gw_answer *a = hp->data;
    if (a->headers_done)
        return 0;
    if (!a->in_value) {
        a->in_value = true;
        a->is_ctype = !a->field_long && a->field_len == 12 &&
                      strncasecmp(a->field, "content-type", 12) == 0;
        if (a->is_ctype)
            a->ctype_len = 0;
    }
    /* Kept printable only: it goes back out in the client's reply, where
     * a control byte (a folded line's CR LF, a NUL) has no business. */
    for (size_t i = 0; a->is_ctype && i < n && a->ctype_len < sizeof a->ctype - 1; i++)
        if ((unsigned char)at[i] >= 0x20 && (unsigned char)at[i] < 0x7f)
            a->ctype[a->ctype_len++] = at[i];
    if (a->is_ctype)
        a->ctype[a->ctype_len] = '\0';
    return 0;
}

static int on_headers_complete(http_parser *hp)
{
    struct sg_gw_answer *a = hp->data;
    if (hp->status_code < 200) /* 1xx: another head follows */
        return 0;
    a->headers_done = true;
    return a->on_head ? a->on_head(a->user) : 0;
}

static int on_body(http_parser *hp, const char *at, size_t n)
{
    struct sg_gw_answer *a = hp->data;
    if (a->streaming) {
        a->on_piece(a->user, at, n);
        return 0;
    }
    if (sg_buf_append(&a->body, at, n) != SG_OK) {
        a->too_large = true;
        return -1;
    }
    return 0;
}

static int on_message_complete(http_parser *hp)
{
    struct sg_gw_answer *a = hp->data;
    if (hp->status_code < 200)
        return 0;
    a->complete = true;
    http_parser_pause(hp, 1); /* anything after the answer is not ours */
    return 0;
}

static const http_parser_settings settings = {
    .on_header_field = on_header_field,
    .on_header_value = on_header_value,
    .on_headers_complete = on_headers_complete,
    .on_body = on_body,
    .on_message_complete = on_message_complete,
};

void sg__gw_answer_start(struct sg_gw_answer *a)
{
    http_parser_init(&a->parser, HTTP_RESPONSE);
    a->parser.data = a;
    a->field_len = a->ctype_len = 0;
    a->field_long = a->in_value = a->is_ctype = false;
    a->headers_done = a->complete = a->too_large = a->streaming = false;
    a->ctype[0] = '\0';
    if (a->body.cap > (1 << 20))
        sg_buf_release(&a->body); /* a large answer's memory is not kept */
    sg_buf_reset(&a->body);
}

int sg__gw_answer_feed(struct sg_gw_answer *a, const char *d, size_t n)
{
    /* n == 0 tells the parser the stream ended (an answer delimited by the
     * connection's end is complete then). */
    http_parser_execute(&a->parser, &settings, d, n);
    if (a->complete)
        return 1;
    if (HTTP_PARSER_ERRNO(&a->parser) != HPE_OK || n == 0)
        return -1;
    return 0;
}

bool sg__gw_answer_ctype_is(const struct sg_gw_answer *a, const char *prefix)
{
    size_t n = strlen(prefix);
    return a->ctype_len >= n && strncasecmp(a->ctype, prefix, n) == 0;
}
