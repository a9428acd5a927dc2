/* fuzz_protobuf.c - the protobuf wire reader on arbitrary bytes: walks every
 * field, descending into each length-delimited one as if it were a message. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "saiguard/formats.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void walk(struct sg_pb_reader *r, unsigned *budget)
{
    struct sg_pb_field f;
    struct sg_error err;
    while (*budget > 0 && sg_pb_next(r, &f, &err) == SG_OK && f.number) {
        (*budget)--;
        if (f.wire != SG_PB_LEN)
            continue;
        char *s = NULL;
        if (sg_pb_string(r, &f, 4096, &s, &err) == SG_OK)
            free(s);
        struct sg_pb_reader child;
        if (sg_pb_enter(r, &f, &child, &err) == SG_OK)
            walk(&child, budget);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sg_fmt_src src;
    sg_fmt_src_mem(&src, data, size, "fuzz");
    struct sg_pb_reader r;
    sg_pb_begin(&r, &src, 0, size);
    unsigned budget = 100000; /* nested re-walks are quadratic; keep each run short */
    walk(&r, &budget);
    const uint8_t *p = data;
    uint64_t v;
    (void)sg_pb_varint(&p, data + size, &v);
    return 0;
}
