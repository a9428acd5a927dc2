/* fuzz_onnx.c - the ONNX ModelProto reader on arbitrary bytes. */
#include <stddef.h>
#include <stdint.h>

#include "saiguard/formats.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sg_fmt_src src;
    sg_fmt_src_mem(&src, data, size, "fuzz.onnx");
    struct sg_onnx m;
    struct sg_error err;
    if (sg_onnx_read(&src, &m, &err) == SG_OK) {
        json_t *p = sg_fmt_problems_json(&m.problems);
        json_decref(p);
        sg_onnx_release(&m);
    }
    return 0;
}
