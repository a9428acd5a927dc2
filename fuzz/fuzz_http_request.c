/* fuzz_http_request.c - the gateway's request reader (reader.c, Node's
 * http_parser underneath) driven the way a client connection drives it:
 * the bytes arrive cut into pieces whose size the first input byte picks,
 * pipelined requests are taken one at a time, each request's head is
 * extracted (path and query split, the headers the pipeline reads) and
 * every pointer is checked to lie inside the buffer it borrows from. The
 * limits are small so that the 413 and 431 refusals are reached. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gateway/internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_HEAD 1024
#define MAX_BODY 4096

static unsigned sum; /* reading every borrowed byte lets ASan see it */

static void check(const struct sg_gw_reader *rd, const char *p, size_t n)
{
    if (!p)
        return;
    if (p < rd->in || p + n > rd->in + rd->in_len)
        abort();
    for (size_t i = 0; i < n; i++)
        sum += (unsigned char)p[i];
}

/* The reader splits origin-form targets itself: exactly as
 * http_parser_parse_url would. */
static void same_as_parse_url(const struct sg_gw_reader *rd, const struct sg_gw_head *h)
{
    struct http_parser_url u;
    const char *url = rd->in + rd->url.off;
    http_parser_url_init(&u);
    if (!rd->url.set || rd->parser.method == HTTP_CONNECT ||
        http_parser_parse_url(url, rd->url.len, 0, &u) != 0) {
        if (rd->url.set && rd->parser.method != HTTP_CONNECT && rd->url.len && url[0] == '/' &&
            !memchr(url, '#', rd->url.len))
            abort(); /* split, where parse_url refuses */
        return;
    }
    bool has_path = u.field_set & (1 << UF_PATH), has_query = u.field_set & (1 << UF_QUERY);
    if ((h->path != NULL) != has_path || h->has_query != has_query)
        abort();
    if (has_path && (h->path != url + u.field_data[UF_PATH].off ||
                     h->path_len != u.field_data[UF_PATH].len))
        abort();
    if (has_query && (h->query != url + u.field_data[UF_QUERY].off ||
                      h->query_len != u.field_data[UF_QUERY].len))
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    size_t piece = 1 + data[0] % 97;
    data++, size--;
    struct sg_gw_reader rd;
    sg__gw_reader_init(&rd);
    size_t pos = 0;
    bool stop = false;
    while (!stop && pos < size) {
        if (!sg__gw_reader_reserve(&rd, MAX_HEAD))
            break; /* conn.c refuses 431 here */
        size_t n = size - pos < piece ? size - pos : piece;
        if (n > rd.in_cap - rd.in_len)
            n = rd.in_cap - rd.in_len;
        memcpy(rd.in + rd.in_len, data + pos, n);
        rd.in_len += n;
        pos += n;
        for (;;) {
            enum sg_gw_reason why = SG_GW_OK;
            const char *msg = NULL;
            enum sg_gw_read_ev ev = sg__gw_reader_step(&rd, MAX_HEAD, MAX_BODY, &why, &msg);
            if (ev == SG_GW_READ_MORE)
                break;
            if (ev == SG_GW_READ_ERROR) {
                if (why == SG_GW_OK || !msg)
                    abort();
                stop = true;
                break;
            }
            if (ev == SG_GW_READ_HEAD) {
                (void)sg__gw_reader_expects_continue(&rd);
                continue;
            }
            struct sg_gw_head h;
            sg__gw_reader_head(&rd, &h);
            same_as_parse_url(&rd, &h);
            check(&rd, h.path, h.path_len);
            check(&rd, h.query, h.query_len);
            check(&rd, h.auth, h.auth_len);
            check(&rd, h.api_key, h.api_key_len);
            check(&rd, h.x_api_key, h.x_api_key_len);
            check(&rd, h.accept, h.accept_len);
            check(&rd, h.te, h.te_len);
            if (h.body_len > MAX_BODY || (h.body_len && !h.body))
                abort();
            for (size_t i = 0; i < h.body_len; i++)
                sum += (unsigned char)h.body[i];
            sg__gw_reader_next(&rd);
        }
    }
    sg__gw_reader_release(&rd);
    return 0;
}
