/* fuzz_safetensors.c - the safetensors header reader and the format sniffer
 * on arbitrary bytes, problems rendered as JSON as the inventory does. */
#include <stddef.h>
#include <stdint.h>

#include "saiguard/formats.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sg_fmt_src src;
    sg_fmt_src_mem(&src, data, size, "fuzz.safetensors");
    struct sg_safetensors st;
    struct sg_error err;
    if (sg_safetensors_read(&src, &st, &err) == SG_OK) {
        json_t *p = sg_fmt_problems_json(&st.problems);
        json_decref(p);
        sg_safetensors_release(&st);
    }
    (void)sg_format_sniff(data, size, size, "x.bin");
    return 0;
}
