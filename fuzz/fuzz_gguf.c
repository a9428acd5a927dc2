/* fuzz_gguf.c - the GGUF header reader on arbitrary bytes. */
#include <stddef.h>
#include <stdint.h>

#include "saiguard/formats.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sg_fmt_src src;
    sg_fmt_src_mem(&src, data, size, "fuzz.gguf");
    struct sg_gguf g;
    struct sg_error err;
    if (sg_gguf_read(&src, &g, &err) == SG_OK) {
        json_t *p = sg_fmt_problems_json(&g.problems);
        json_decref(p);
        sg_gguf_release(&g);
    }
    return 0;
}
