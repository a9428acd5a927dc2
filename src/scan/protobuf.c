/* protobuf.c - a minimal, bounded reader of the protobuf wire format, enough
 * to walk the few message paths the SavedModel and ONNX checks need (field
 * numbers from tensorflow/core/protobuf/saved_model.proto, graph.proto,
 * node_def.proto, function.proto and onnx/onnx.proto). Written by hand
 * because protobuf-c needs generated code for each schema; every length is
 * checked against the enclosing message. */
#include "protobuf.h"

static bool varint(struct sg__pb *r, uint64_t *v)
{
    *v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (r->p >= r->end)
            return false;
        uint8_t b = *r->p++;
        *v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80))
            return true;
    }
    return false;
}

bool sg__pb_next(struct sg__pb *r, struct sg__pb_field *f)
{
    if (r->bad || r->p >= r->end)
        return false;
    uint64_t key;
    if (!varint(r, &key) || (key >> 3) == 0 || (key >> 3) > UINT32_MAX) {
        r->bad = true;
        return false;
    }
    f->number = (uint32_t)(key >> 3);
    f->wire = (uint32_t)(key & 7);
    f->data = NULL;
    f->len = 0;
    f->value = 0;
    switch (f->wire) {
    case 0:
        if (!varint(r, &f->value))
            r->bad = true;
        break;
    case 1:
    case 5: {
        size_t n = f->wire == 1 ? 8 : 4;
        if ((size_t)(r->end - r->p) < n)
            r->bad = true;
        else
            r->p += n;
        break;
    }
    case 2:
        if (!varint(r, &f->value) || f->value > (uint64_t)(r->end - r->p)) {
            r->bad = true;
            break;
        }
        f->data = r->p;
        f->len = (size_t)f->value;
        r->p += f->len;
        break;
    default:
        r->bad = true; /* groups (3, 4) are not used by these schemas */
    }
    return !r->bad;
}
