/* fuzz_parquet.c - the Parquet footer reader (Thrift compact) on arbitrary
 * bytes; the input is also framed as a footer so the parser is reached. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "saiguard/formats.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void one(const uint8_t *data, size_t size)
{
    sg_fmt_src src;
    sg_fmt_src_mem(&src, data, size, "fuzz.parquet");
    struct sg_parquet pq;
    struct sg_error err;
    if (sg_parquet_read(&src, &pq, &err) == SG_OK)
        sg_parquet_release(&pq);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    one(data, size);
    uint8_t *framed = malloc(size + 12);
    if (!framed)
        return 0;
    memcpy(framed, "PAR1", 4);
    memcpy(framed + 4, data, size);
    for (int i = 0; i < 4; i++)
        framed[4 + size + i] = (uint8_t)((uint32_t)size >> (8 * i));
    memcpy(framed + 8 + size, "PAR1", 4);
    one(framed, size + 12);
    free(framed);
    return 0;
}
