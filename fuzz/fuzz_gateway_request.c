/* fuzz_gateway_request.c - everything the gateway parses from clients and
 * upstreams besides HTTP framing (fuzz_http_request): request bodies against a
 * policy (first byte picks the endpoint), the texts walk with rewriting, and
 * the same bytes as an SSE stream cut at an arbitrary point, with usage and
 * delta-text extraction on each event, and the tree-less reader of a whole
 * answer's usage. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gateway/internal.h"
#include "fuzz_gateway_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static enum sg_gw_reason rewrite(void *user, const char *role, const char *text, size_t len,
                                 char **replace)
{
    (void)user, (void)role, (void)text;
    if (len % 3 == 0)
        *replace = strdup("[x]");
    return len % 7 == 6 ? SG_GW_GUARD_INPUT : SG_GW_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const paths[] = {"/v1/chat/completions", "/v1/completions",
                                        "/v1/embeddings", "/v1/responses", "/custom"};
    static char *models[] = {"gpt-test"};
    static char *tools[] = {"get_weather"};
    struct sg_gw_policy pol = {0};
    if (size < 2)
        return 0;
    pol.models.items = models;
    pol.models.n = 1;
    pol.models.any = data[0] & 0x80;
    pol.tools.items = tools;
    pol.tools.n = 1;
    pol.modalities = (data[0] >> 3) & 0xf;
    pol.max_tokens = data[0] & 0x40 ? 100 : 0;
    const char *path = paths[data[0] % 5];
    const char *body = (const char *)data + 2;
    size_t len = size - 2;

    struct sg_gw_request_view v;
    char msg[256];
    if (sg__gw_policy_check(&pol, path, body, len, &v, msg, sizeof msg) == SG_GW_OK) {
        bool rw = false;
        (void)sg__gw_policy_texts(&v, path, rewrite, NULL, &rw);
    }
    sg__gw_view_release(&v);

    struct sg_gw_sse sse;
    size_t cut = len ? data[1] % (len + 1) : 0;
    sg__gw_sse_init(&sse, 4096);
    if (sg__gw_sse_feed(&sse, body, cut, fuzz_gw_on_event, NULL) == SG_OK)
        (void)sg__gw_sse_feed(&sse, body + cut, len - cut, fuzz_gw_on_event, NULL);
    sg__gw_sse_release(&sse);

    /* The tree-less usage reader of whole answers: whatever it accepts as an
     * object must be balanced, and a member it finds must lie inside. */
    const char *mv;
    size_t ml;
    bool wf;
    int64_t p, c, t;
    if (sg__gw_json_member(body, len, "usage", &mv, &ml) == 1 &&
        (mv < body || mv + ml > body + len))
        abort();
    (void)sg__gw_usage_text(body, len, &wf, &p, &c, &t);
    return 0;
}
