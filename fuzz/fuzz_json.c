/* fuzz_json.c - the strict JSON loader and typed getters on arbitrary bytes. */
#include <stddef.h>
#include <stdint.h>

#include "saiguard/json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct sg_error err;
    json_t *v = NULL;
    if (sg_json_parse((const char *)data, size, "fuzz", &v, &err) == SG_OK) {
        const char *s;
        int64_t n;
        json_t *o;
        (void)sg_json_get_string(v, "payload", &s, "fuzz", &err);
        (void)sg_json_get_int(v, "n", &n, "fuzz", &err);
        (void)sg_json_get_object(v, "o", &o, "fuzz", &err);
        sg_buf b;
        sg_buf_init(&b, 1 << 20);
        (void)sg_json_dump(v, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENCODE_ANY, &b);
        sg_buf_release(&b);
        json_decref(v);
    }
    return 0;
}
