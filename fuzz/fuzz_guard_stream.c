/* fuzz_guard_stream.c - streamed answers cut at fuzzer-chosen points: the
 * released text must always equal the one-shot redaction of what was fed
 * (unless the stream was blocked), whatever the chunking. Input: the first
 * byte seeds the chunk sizes, the rest is the answer. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "guard_fixture.h"
#include "saiguard/guard.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0 || size > 65536)
        return 0;
    unsigned seed = data[0];
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    const char *canary = "sgc-abcdefghijklmnopqrst";
    sg_guard_stream *s = NULL;
    if (sg_guard_stream_new(g, canary, &s, NULL) != SG_OK)
        abort();
    sg_buf rel, want;
    sg_buf_init(&rel, 8 * len + 4096);
    sg_buf_init(&want, 8 * len + 4096);
    bool blocked = false;
    struct sg_inspect_verdict v;
    for (size_t pos = 0; pos < len && !blocked;) {
        seed = seed * 1103515245u + 12345u;
        size_t n = 1 + (seed >> 16) % 97;
        if (n > len - pos)
            n = len - pos;
        if (sg_guard_stream_feed(s, text + pos, n, false, &rel, &v, NULL) != SG_OK)
            abort();
        blocked = v.action == SG_INSPECT_BLOCK;
        pos += n;
    }
    if (!blocked) {
        if (sg_guard_stream_feed(s, NULL, 0, true, &rel, &v, NULL) != SG_OK)
            abort();
        blocked = v.action == SG_INSPECT_BLOCK;
    }
    /* Whatever happened, released bytes are a prefix of the redacted text
     * of the whole input, and equal to it when nothing blocked. Entities are
     * found with the stream's full context only if they fit the window, so
     * compare only when the text is small enough to be one window. */
    struct sg_guard_entity ents[SG_GUARD_MAX_ENTITIES];
    size_t n = 0;
    bool trunc = false;
    if (len < 200 && sg_guard_entities(g, text, len, canary, ents, SG_GUARD_MAX_ENTITIES, &n, &trunc,
                                       NULL) == SG_OK && !trunc) {
        for (size_t i = 0; i < n; i++)
            if (ents[i].action == SG_GUARD_BLOCK)
                blocked = true;
        if (sg_guard_redact(text, len, ents, n, &want) != SG_OK)
            abort();
        if (!blocked && (rel.len != want.len || (rel.len && memcmp(rel.data, want.data, rel.len) != 0)))
            abort();
    }
    sg_buf_release(&rel);
    sg_buf_release(&want);
    sg_guard_stream_free(s);
    return 0;
}
