/* fuzz_http_response.c - the gateway's reader of upstream answers
 * (answer.c, Node's http_parser underneath) as proxy.c drives it: bytes cut
 * into pieces whose size the first input byte picks, then the end of the
 * connection; an SSE answer (2xx, text/event-stream) is streamed piece by
 * piece through the SSE splitter with usage and delta-text extraction on
 * each event, anything else is kept whole under a small cap and its usage
 * read the way a whole answer's is. Checks the head's bounds. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gateway/internal.h"
#include "fuzz_gateway_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct state {
    struct sg_gw_answer a;
    struct sg_gw_sse sse;
    int heads;
};

static int on_head(void *user)
{
    struct state *s = user;
    if (s->a.ctype_len >= sizeof s->a.ctype || strlen(s->a.ctype) != s->a.ctype_len ||
        strpbrk(s->a.ctype, "\r\n"))
        abort(); /* the Content-Type goes back out in the client's reply */
    s->heads++;
    int st = s->a.parser.status_code;
    s->a.streaming = st >= 200 && st < 300 && sg__gw_answer_ctype_is(&s->a, "text/event-stream");
    return 0;
}

static void on_piece(void *user, const char *d, size_t n)
{
    struct state *s = user;
    (void)sg__gw_sse_feed(&s->sse, d, n, fuzz_gw_on_event, s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    size_t piece = 1 + data[0] % 97;
    data++, size--;
    struct state s;
    memset(&s, 0, sizeof s);
    sg_buf_init(&s.a.body, 4096);
    s.a.on_head = on_head;
    s.a.on_piece = on_piece;
    s.a.user = &s;
    sg__gw_sse_init(&s.sse, 4096);
    sg__gw_answer_start(&s.a);
    int st = 0;
    size_t pos = 0;
    while (st == 0 && pos < size) {
        size_t n = size - pos < piece ? size - pos : piece;
        st = sg__gw_answer_feed(&s.a, (const char *)data + pos, n);
        pos += n;
    }
    if (st == 0)
        st = sg__gw_answer_feed(&s.a, NULL, 0); /* the connection ends */
    if (st == 1 && (!s.a.headers_done || s.heads != 1))
        abort();
    if (s.a.body.len > 4096)
        abort();
    if (st == 1 && !s.a.streaming && s.a.body.len) {
        bool well_formed;
        int64_t p, c, t;
        (void)sg__gw_usage_text(s.a.body.data, s.a.body.len, &well_formed, &p, &c, &t);
    }
    sg__gw_sse_release(&s.sse);
    sg_buf_release(&s.a.body);
    return 0;
}
