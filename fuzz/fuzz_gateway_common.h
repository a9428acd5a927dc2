/* fuzz_gateway_common.h - what the gateway's harnesses share: the handler
 * for each SSE event of a streamed answer, which reads it the way the
 * gateway does (JSON parse, usage, the delta text). */
#ifndef FUZZ_GATEWAY_COMMON_H
#define FUZZ_GATEWAY_COMMON_H

#include "gateway/internal.h"

static sg_err fuzz_gw_on_event(void *user, const char *d, size_t len)
{
    json_t *doc = NULL, *holder;
    const char *field;
    int64_t p, c, t;
    (void)user;
    if (sg_json_parse(d, len, "event", &doc, NULL) == SG_OK) {
        (void)sg__gw_usage(doc, &p, &c, &t);
        (void)sg__gw_event_text(doc, &holder, &field);
        json_decref(doc);
    }
    return SG_OK;
}

#endif
