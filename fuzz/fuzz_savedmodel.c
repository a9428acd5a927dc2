/* fuzz_savedmodel.c - the SavedModel (saved_model.pb) reader on arbitrary bytes. */
#include <stddef.h>
#include <stdint.h>

#include "saiguard/formats.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sg_fmt_src src;
    sg_fmt_src_mem(&src, data, size, "saved_model.pb");
    struct sg_savedmodel m;
    struct sg_error err;
    if (sg_savedmodel_read(&src, &m, &err) == SG_OK) {
        json_decref(sg_fmt_problems_json(&m.problems));
        sg_savedmodel_release(&m);
    }
    return 0;
}
