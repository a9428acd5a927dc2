/* reader.c - the request reader of one client connection: raw bytes in,
 * whole requests out, no I/O (conn.c does that; fuzz_http_request feeds it
 * directly). The HTTP grammar is Node's http_parser (libhttp-parser 2.9:
 * chunked bodies, Content-Length, and its refusal of repeated or conflicting
 * framing headers); this file keeps only what the pipeline needs from a
 * head (offsets into the input buffer, no copies, no allocation per
 * request) and enforces the gateway's limits on heads and bodies. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "gateway/internal.h"

#define READ_SIZE 16384

/* The header fields the pipeline reads, with their lengths so that a
 * field is compared only with the names of its length. */
#define NAME(s) s, sizeof(s) - 1
static const struct {
    const char *name;
    size_t len;
    int hdr; /* SG_GW_H_*, or -1: Content-Length, only counted */
} wanted[] = {
    {NAME("content-length"), -1},     {NAME("authorization"), SG_GW_H_AUTH},
    {NAME("api-key"), SG_GW_H_API_KEY}, {NAME("x-api-key"), SG_GW_H_X_API_KEY},
    {NAME("accept"), SG_GW_H_ACCEPT}, {NAME("transfer-encoding"), SG_GW_H_TE},
    {NAME("expect"), SG_GW_H_EXPECT},
};
#undef NAME

void sg__gw_reader_init(struct sg_gw_reader *rd)
{
    memset(rd, 0, sizeof *rd);
    http_parser_init(&rd->parser, HTTP_REQUEST);
    rd->parser.data = rd;
    rd->keep_alive = true;
    sg_buf_init(&rd->body, 0);
}

void sg__gw_reader_release(struct sg_gw_reader *rd)
{
    free(rd->in);
    rd->in = NULL;
    rd->in_cap = rd->in_len = rd->in_off = 0;
    sg_buf_release(&rd->body);
}

void sg__gw_reader_next(struct sg_gw_reader *rd)
{
    /* drop the finished request's bytes, keep what follows (pipelined) */
    if (rd->in_off) {
        memmove(rd->in, rd->in + rd->in_off, rd->in_len - rd->in_off);
        rd->in_len -= rd->in_off;
        rd->in_off = 0;
    }
    rd->head_end = 0;
    memset(&rd->url, 0, sizeof rd->url);
    memset(&rd->field, 0, sizeof rd->field);
    memset(&rd->value, 0, sizeof rd->value);
    memset(rd->hdr, 0, sizeof rd->hdr);
    rd->in_value = false;
    rd->n_cl = rd->n_te = 0;
    rd->begun = rd->head_done = rd->msg_done = rd->body_too_large = false;
    rd->started_ms = rd->head_ms = 0;
    rd->body_bytes = 0;
    if (rd->body.cap > (1 << 20))
        sg_buf_release(&rd->body); /* a large body's memory is not kept */
    sg_buf_reset(&rd->body);
}

bool sg__gw_reader_reserve(struct sg_gw_reader *rd, size_t max_header_bytes)
{
    size_t want = rd->in_len + READ_SIZE;
    if (want <= rd->in_cap)
        return true;
    /* The buffer holds a head (at most max_header_bytes) plus one read. */
    size_t max = max_header_bytes + 2 * READ_SIZE;
    if (rd->in_cap >= max)
        return rd->in_len < rd->in_cap;
    size_t cap = rd->in_cap ? rd->in_cap * 2 : READ_SIZE;
    while (cap < want && cap < max)
        cap *= 2;
    if (cap > max)
        cap = max;
    char *p = realloc(rd->in, cap);
    if (!p)
        return rd->in_len < rd->in_cap;
    rd->in = p;
    rd->in_cap = cap;
    return true;
}

/* Extends span s by the piece [p, p+n) of rd->in (pieces are contiguous). */
static void grow(struct sg_gw_reader *rd, struct sg_gw_span *s, const char *p, size_t n)
{
    if (!s->set) {
        s->off = (size_t)(p - rd->in);
        s->len = 0;
        s->set = true;
    }
    s->len += n;
}

/* One header field and value are complete: keep what the pipeline needs. */
static void header_done(struct sg_gw_reader *rd)
{
    for (size_t k = 0; k < sizeof wanted / sizeof wanted[0]; k++) {
        if (rd->field.len != wanted[k].len ||
            strncasecmp(rd->in + rd->field.off, wanted[k].name, wanted[k].len) != 0)
            continue;
        int i = wanted[k].hdr;
        if (i < 0) {
            rd->n_cl++;
        } else {
            if (i == SG_GW_H_TE)
                rd->n_te++;
            if (!rd->hdr[i].set) /* the first of repeated fields */
                rd->hdr[i] = rd->value.set ? rd->value : (struct sg_gw_span){0, 0, true};
        }
        break;
    }
    memset(&rd->field, 0, sizeof rd->field);
    memset(&rd->value, 0, sizeof rd->value);
    rd->in_value = false;
}

static int on_message_begin(http_parser *p)
{
    struct sg_gw_reader *rd = p->data;
    rd->begun = true;
    if (!rd->started_ms)
        rd->started_ms = rd->now_ms;
    return 0;
}

static int on_url(http_parser *p, const char *d, size_t n)
{
    struct sg_gw_reader *rd = p->data;
    grow(rd, &rd->url, d, n);
    return 0;
}

/* Fields after the head are a chunked body's trailer: not read (a key or
 * an Accept from there is not the request's, and their bytes leave the
 * buffer with the body, see sg__gw_reader_step). */
static int on_header_field(http_parser *p, const char *d, size_t n)
{
    struct sg_gw_reader *rd = p->data;
    if (rd->head_done)
        return 0;
    if (rd->in_value)
        header_done(rd);
    grow(rd, &rd->field, d, n);
    return 0;
}

static int on_header_value(http_parser *p, const char *d, size_t n)
{
    struct sg_gw_reader *rd = p->data;
    if (rd->head_done)
        return 0;
    rd->in_value = true;
    grow(rd, &rd->value, d, n);
    return 0;
}

static int on_headers_complete(http_parser *p)
{
    struct sg_gw_reader *rd = p->data;
    if (rd->in_value || rd->field.set)
        header_done(rd);
    rd->head_done = true;
    rd->head_ms = rd->now_ms;
    rd->http10 = p->http_major == 1 && p->http_minor == 0;
    rd->keep_alive = http_should_keep_alive(p);
    http_parser_pause(p, 1); /* the step notes where the head ends */
    return 0;
}

static int on_body(http_parser *p, const char *d, size_t n)
{
    struct sg_gw_reader *rd = p->data;
    if (sg_buf_append(&rd->body, d, n) != SG_OK) {
        rd->body_too_large = true;
        return -1;
    }
    return 0;
}

static int on_message_complete(http_parser *p)
{
    struct sg_gw_reader *rd = p->data;
    rd->msg_done = true;
    http_parser_pause(p, 1); /* one request at a time */
    return 0;
}

static const http_parser_settings settings = {
    .on_message_begin = on_message_begin,
    .on_url = on_url,
    .on_header_field = on_header_field,
    .on_header_value = on_header_value,
    .on_headers_complete = on_headers_complete,
    .on_body = on_body,
    .on_message_complete = on_message_complete,
};

static enum sg_gw_read_ev refuse(const char **msg, enum sg_gw_reason *why, enum sg_gw_reason r,
                                 const char *m)
{
    *why = r;
    *msg = m;
    return SG_GW_READ_ERROR;
}

enum sg_gw_read_ev sg__gw_reader_step(struct sg_gw_reader *rd, size_t max_header_bytes,
                                      int64_t max_body_bytes, enum sg_gw_reason *why,
                                      const char **msg)
{
    for (;;) {
        size_t avail = rd->in_len - rd->in_off;
        if (!avail)
            return SG_GW_READ_MORE;
        size_t n = http_parser_execute(&rd->parser, &settings, rd->in + rd->in_off, avail);
        rd->in_off += n;
        enum http_errno e = HTTP_PARSER_ERRNO(&rd->parser);
        if (e == HPE_PAUSED) {
            http_parser_pause(&rd->parser, 0);
            if (rd->msg_done)
                return SG_GW_READ_REQUEST;
            if (rd->head_done && !rd->head_end) {
                rd->head_end = rd->in_off;
                /* http_parser refuses Content-Length with Transfer-Encoding
                 * and repeated Content-Length; repeated Transfer-Encoding
                 * fields it would join, so they are refused here. */
                if (rd->n_cl > 1 || rd->n_te > 1 || (rd->n_cl && rd->n_te))
                    return refuse(msg, why, SG_GW_SMUGGLING,
                                  "conflicting Content-Length / Transfer-Encoding headers");
                if ((rd->parser.flags & F_CONTENTLENGTH) &&
                    rd->parser.content_length > (uint64_t)max_body_bytes)
                    return refuse(msg, why, SG_GW_TOO_LARGE,
                                  "the request body is too large for this gateway");
                rd->body.max = (size_t)max_body_bytes;
                return SG_GW_READ_HEAD;
            }
            continue;
        }
        if (e != HPE_OK) {
            if (rd->body_too_large)
                return refuse(msg, why, SG_GW_TOO_LARGE,
                              "the request body is too large for this gateway");
            if (e == HPE_HEADER_OVERFLOW)
                return refuse(msg, why, SG_GW_HEADERS_TOO_LARGE, "the request head is too large");
            if (e == HPE_UNEXPECTED_CONTENT_LENGTH || e == HPE_INVALID_TRANSFER_ENCODING ||
                e == HPE_INVALID_CONTENT_LENGTH)
                return refuse(msg, why, SG_GW_SMUGGLING,
                              "conflicting or invalid Content-Length / Transfer-Encoding headers");
            return refuse(msg, why, SG_GW_MALFORMED, http_errno_description(e));
        }
        if (!rd->head_done && rd->begun && rd->in_off > max_header_bytes)
            return refuse(msg, why, SG_GW_HEADERS_TOO_LARGE, "the request head is too large");
        /* Everything that arrived is parsed: body bytes are in rd->body now,
         * so the input buffer keeps only the head. */
        if (rd->head_end)
            rd->in_len = rd->in_off = rd->head_end;
        else if (!rd->begun)
            rd->in_len = rd->in_off = 0;
        return SG_GW_READ_MORE;
    }
}

bool sg__gw_reader_expects_continue(const struct sg_gw_reader *rd)
{
    const struct sg_gw_span *s = &rd->hdr[SG_GW_H_EXPECT];
    return s->set && s->len == 12 && strncasecmp(rd->in + s->off, "100-continue", 12) == 0 &&
           !rd->http10;
}

static void span_out(const struct sg_gw_reader *rd, const struct sg_gw_span *s, const char **p,
                     size_t *n)
{
    *p = s->set ? rd->in + s->off : NULL;
    *n = s->set ? s->len : 0;
}

/* The path and query of an origin-form target ("/path?query", what
 * clients send to an API) without http_parser_parse_url: http_parser
 * has already checked every byte of the URL with the same state machine,
 * and for such a target parse_url only splits it at the first '?' (an
 * empty query is no query). Anything else (a '#', absolute form, "*",
 * CONNECT) takes parse_url. fuzz_http_request checks that both agree. */
static bool split_origin_form(const char *url, size_t n, struct sg_gw_head *h)
{
    if (!n || url[0] != '/' || memchr(url, '#', n))
        return false;
    const char *q = memchr(url, '?', n);
    h->path = url;
    h->path_len = q ? (size_t)(q - url) : n;
    if (q && (size_t)(q - url) + 1 < n) {
        h->query = q + 1;
        h->query_len = n - (size_t)(q - url) - 1;
        h->has_query = true;
    }
    return true;
}

void sg__gw_reader_head(const struct sg_gw_reader *rd, struct sg_gw_head *h)
{
    struct http_parser_url u;
    memset(h, 0, sizeof *h);
    h->method = (int)rd->parser.method;
    http_parser_url_init(&u);
    bool split = rd->url.set && rd->parser.method != HTTP_CONNECT &&
                 split_origin_form(rd->in + rd->url.off, rd->url.len, h);
    if (!split && rd->url.set &&
        http_parser_parse_url(rd->in + rd->url.off, rd->url.len, rd->parser.method == HTTP_CONNECT,
                              &u) == 0) {
        const char *url = rd->in + rd->url.off;
        if (u.field_set & (1 << UF_PATH)) {
            h->path = url + u.field_data[UF_PATH].off;
            h->path_len = u.field_data[UF_PATH].len;
        }
        if (u.field_set & (1 << UF_QUERY)) {
            h->query = url + u.field_data[UF_QUERY].off;
            h->query_len = u.field_data[UF_QUERY].len;
            h->has_query = true;
        }
    }
    span_out(rd, &rd->hdr[SG_GW_H_AUTH], &h->auth, &h->auth_len);
    span_out(rd, &rd->hdr[SG_GW_H_API_KEY], &h->api_key, &h->api_key_len);
    span_out(rd, &rd->hdr[SG_GW_H_X_API_KEY], &h->x_api_key, &h->x_api_key_len);
    span_out(rd, &rd->hdr[SG_GW_H_ACCEPT], &h->accept, &h->accept_len);
    span_out(rd, &rd->hdr[SG_GW_H_TE], &h->te, &h->te_len);
    h->n_cl = rd->n_cl;
    h->n_te = rd->n_te;
    h->body = rd->body.data ? rd->body.data : "";
    h->body_len = rd->body.len;
}
