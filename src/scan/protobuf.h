/* protobuf.h - the bounded protobuf wire reader shared by savedmodel.c and
 * onnx.c (internal to src/scan/). */
#ifndef SG_SCAN_PROTOBUF_H
#define SG_SCAN_PROTOBUF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct sg__pb {
    const uint8_t *p, *end;
    bool bad; /* set on a truncated or malformed field; reading stops */
};

struct sg__pb_field {
    uint32_t number, wire;
    uint64_t value;       /* varint value, or the length of a length-delimited field */
    const uint8_t *data;  /* length-delimited payload (points into the input) */
    size_t len;
};

/* Reads the next field; false at the end of the message or on error (bad). */
bool sg__pb_next(struct sg__pb *r, struct sg__pb_field *f);

#endif
