/* fuzz_jsonw.c - the hand-written JSON string escaper on arbitrary bytes,
 * against jansson: strict output is jansson's byte for byte exactly when
 * jansson takes the bytes as UTF-8 (and a refusal, buffer untouched, when
 * not); lossy output is always one JSON string; a small cap (the first
 * byte picks it) gives the exact-size path or a clean SG_ERR_TOO_LARGE. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "saiguard/json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    size_t cap = data[0] < 128 ? (size_t)1 << 20 : (size_t)(data[0] - 128) * 4;
    const char *s = (const char *)data + 1;
    size_t len = size - 1;
    sg_buf b;
    sg_buf_init(&b, cap);
    if (sg_buf_append(&b, "x", 1) != SG_OK)
        return 0;
    sg_err strict = sg_json_append_string(&b, s, len, false);
    json_t *v = json_stringn(s, len);
    char *want = v ? json_dumps(v, JSON_ENCODE_ANY | JSON_ENSURE_ASCII) : NULL;
    json_decref(v);
    if (strict == SG_OK) {
        if (!want || strcmp(b.data + 1, want) != 0)
            abort(); /* written, but not what jansson writes */
    } else if (strict == SG_ERR_ENCODING) {
        if (want || strcmp(b.data, "x") != 0)
            abort(); /* refused UTF-8, or changed the buffer */
    } else if (strict != SG_ERR_TOO_LARGE || strcmp(b.data, "x") != 0 ||
               (want && strlen(want) + 1 <= cap)) {
        abort(); /* too large although it fits, or changed the buffer */
    }
    size_t mark = b.len;
    if (sg_json_append_string(&b, s, len, true) == SG_OK) {
        json_error_t je;
        json_t *back = json_loadb(b.data + mark, b.len - mark, JSON_DECODE_ANY | JSON_ALLOW_NUL, &je);
        if (!back || !json_is_string(back))
            abort(); /* lossy output is not a JSON string */
        json_decref(back);
    } else if (b.len != mark) {
        abort();
    }
    free(want);
    sg_buf_release(&b);
    return 0;
}
