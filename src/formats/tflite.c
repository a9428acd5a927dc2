/* tflite.c - TensorFlow Lite models: the FlatBuffer Model table (schema
 * tensorflow/lite/schema/schema.fbs) read for its counts and versions. The
 * parameter count adds up the elements of every tensor whose buffer holds
 * data (weights and constants), judged by the buffer's length alone. */
#include "saiguard/formats.h"

#include <stdlib.h>
#include <string.h>

#include "formats/internal.h"

/* Field indexes of the schema's tables. */
enum { MODEL_VERSION, MODEL_OPCODES, MODEL_SUBGRAPHS, MODEL_DESCRIPTION, MODEL_BUFFERS,
       MODEL_METADATA_BUFFER, MODEL_METADATA, MODEL_SIGNATURES };
enum { SUBGRAPH_TENSORS, SUBGRAPH_INPUTS, SUBGRAPH_OUTPUTS, SUBGRAPH_OPERATORS };
enum { TENSOR_SHAPE, TENSOR_TYPE, TENSOR_BUFFER };
enum { BUFFER_DATA, BUFFER_OFFSET, BUFFER_SIZE };
enum { METADATA_NAME, METADATA_BUFFER };
enum { SIGNATURE_KEY = 2 };

enum { MAX_DIMS = 16 };

/* Whether buffer b of the model holds bytes (data inline, or offset/size
 * for models past 2 GB). */
static bool buffer_has_data(struct sg__fb *fb, uint64_t buffers, uint64_t nbuffers, uint64_t b)
{
    if (b == 0 || b >= nbuffers) /* buffer 0 is the empty sentinel */
        return false;
    uint64_t buf = sg__fb_deref(fb, buffers + 4 * b);
    uint64_t at, n;
    if (sg__fb_vector(fb, buf, BUFFER_DATA, 1, &at, &n) && n > 0)
        return true;
    return sg__fb_scalar(fb, buf, BUFFER_SIZE, 8, 0) > 0;
}

/* The elements of a tensor of this shape; 0 for an unknown (-1) dim. */
static uint64_t elements(struct sg__fb *fb, uint64_t tensor)
{
    uint64_t at, n;
    if (!sg__fb_vector(fb, tensor, TENSOR_SHAPE, 4, &at, &n))
        return 1; /* a scalar */
    if (n > MAX_DIMS)
        return 0;
    uint64_t count = 1;
    for (uint64_t i = 0; i < n; i++) {
        int32_t d = (int32_t)sg__fb_u32(fb, at + 4 * i);
        if (d < 0 || (d && count > UINT64_MAX / (uint64_t)d))
            return 0;
        count *= (uint64_t)d;
    }
    return count;
}


sg_err sg_tflite_read(sg_fmt_src *src, struct sg_tflite *t, struct sg_error *err)
{
    memset(t, 0, sizeof *t);
    t->schema_version = t->subgraphs = t->tensors = t->operators = -1;
    t->inputs = t->outputs = t->operator_codes = -1;
    struct sg__fb fb;
    sg__fb_init(&fb, src, err);
    char ident[4] = {0};
    if (src->size >= 8) {
        sg_err rc = sg_fmt_src_read(src, 4, ident, 4, err);
        if (rc != SG_OK)
            return rc;
    }
    if (memcmp(ident, "TFL3", 4) != 0) {
        sg_fmt_problem_add(&t->problems, "bad-magic", 4, "no TFL3 file identifier");
        return SG_OK;
    }
    uint64_t model = sg__fb_deref(&fb, 0);
    t->schema_version = (int64_t)sg__fb_scalar(&fb, model, MODEL_VERSION, 4, 0);
    t->description = sg__fb_string(&fb, model, MODEL_DESCRIPTION, 1024);
    uint64_t v, n;
    if (sg__fb_vector(&fb, model, MODEL_OPCODES, 4, &v, &n))
        t->operator_codes = (int64_t)n;
    uint64_t buffers = 0, nbuffers = 0;
    (void)sg__fb_vector(&fb, model, MODEL_BUFFERS, 4, &buffers, &nbuffers);

    uint64_t subgraphs, nsub, visited = 0;
    if (sg__fb_vector(&fb, model, MODEL_SUBGRAPHS, 4, &subgraphs, &nsub)) {
        t->subgraphs = (int64_t)nsub;
        t->tensors = t->operators = 0;
        if (nsub > SG_TFLITE_MAX_SUBGRAPHS)
            sg_fmt_problem_add(&t->problems, "limit", subgraphs,
                               "more than %d subgraphs: counts cover the first ones",
                               SG_TFLITE_MAX_SUBGRAPHS);
        for (uint64_t i = 0; i < nsub && i < SG_TFLITE_MAX_SUBGRAPHS && !fb.bad && !fb.io; i++) {
            uint64_t sg = sg__fb_deref(&fb, subgraphs + 4 * i), tv, tn;
            if (sg__fb_vector(&fb, sg, SUBGRAPH_OPERATORS, 4, &v, &n))
                t->operators += (int64_t)n;
            if (i == 0) {
                t->inputs = sg__fb_vector(&fb, sg, SUBGRAPH_INPUTS, 4, &v, &n) ? (int64_t)n : 0;
                t->outputs = sg__fb_vector(&fb, sg, SUBGRAPH_OUTPUTS, 4, &v, &n) ? (int64_t)n : 0;
            }
            if (!sg__fb_vector(&fb, sg, SUBGRAPH_TENSORS, 4, &tv, &tn))
                continue;
            t->tensors += (int64_t)tn;
            for (uint64_t j = 0; j < tn && !fb.bad && !fb.io; j++) {
                if (++visited > SG_TFLITE_MAX_TENSORS) {
                    if (visited == SG_TFLITE_MAX_TENSORS + 1)
                        sg_fmt_problem_add(&t->problems, "limit", tv + 4 * j,
                                           "more than %d tensors: parameter count incomplete",
                                           SG_TFLITE_MAX_TENSORS);
                    break;
                }
                uint64_t tensor = sg__fb_deref(&fb, tv + 4 * j);
                uint64_t b = sg__fb_scalar(&fb, tensor, TENSOR_BUFFER, 4, 0);
                if (buffer_has_data(&fb, buffers, nbuffers, b))
                    t->parameter_count += elements(&fb, tensor);
            }
        }
    }
    if (sg__fb_vector(&fb, model, MODEL_METADATA, 4, &v, &n)) {
        for (uint64_t i = 0; i < n && i < 256 && !fb.bad && !fb.io; i++) {
            uint64_t md = sg__fb_deref(&fb, v + 4 * i);
            char *name = sg__fb_string(&fb, md, METADATA_NAME, 64);
            uint64_t b = sg__fb_scalar(&fb, md, METADATA_BUFFER, 4, 0);
            if (name && !strcmp(name, "min_runtime_version") && !t->min_runtime_version &&
                b && b < nbuffers) {
                char *ver =
                    sg__fb_string(&fb, sg__fb_deref(&fb, buffers + 4 * b), BUFFER_DATA, 32);
                if (ver) /* NUL padding came back as '?': cut there */
                    ver[strcspn(ver, "?")] = '\0';
                t->min_runtime_version = ver;
            }
            free(name);
        }
    }
    if (sg__fb_vector(&fb, model, MODEL_SIGNATURES, 4, &v, &n))
        for (uint64_t i = 0; i < n && t->signature_count < SG_TFLITE_MAX_SIGNATURES && !fb.bad; i++) {
            char *key = sg__fb_string(&fb, sg__fb_deref(&fb, v + 4 * i), SIGNATURE_KEY, 128);
            if (key)
                t->signatures[t->signature_count++] = key;
        }
    if (fb.io) {
        sg_tflite_release(t);
        return fb.io == SG_ERR_NOMEM ? sg_error_set(err, SG_ERR_NOMEM, src->name, NULL) : fb.io;
    }
    sg__fb_problem(&fb, &t->problems);
    t->model_ok = !fb.bad;
    return SG_OK;
}

void sg_tflite_release(struct sg_tflite *t)
{
    if (!t)
        return;
    free(t->description);
    free(t->min_runtime_version);
    for (size_t i = 0; i < t->signature_count; i++)
        free(t->signatures[i]);
    memset(t, 0, sizeof *t);
}
