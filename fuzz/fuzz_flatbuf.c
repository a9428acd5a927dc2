/* fuzz_flatbuf.c - the FlatBuffer-based readers (TFLite models, Arrow IPC
 * and Feather v1 footers) on arbitrary bytes; each input goes to both. */
#include <stddef.h>
#include <stdint.h>

#include "saiguard/formats.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sg_fmt_src src;
    struct sg_error err;
    sg_fmt_src_mem(&src, data, size, "fuzz.tflite");
    struct sg_tflite t;
    if (sg_tflite_read(&src, &t, &err) == SG_OK) {
        json_decref(sg_fmt_problems_json(&t.problems));
        sg_tflite_release(&t);
    }
    sg_fmt_src_mem(&src, data, size, "fuzz.arrow");
    struct sg_arrow a;
    if (sg_arrow_read(&src, &a, &err) == SG_OK)
        json_decref(sg_fmt_problems_json(&a.problems));
    return 0;
}
