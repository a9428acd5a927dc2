/* onnx.c - ONNX ModelProto metadata through the protobuf wire reader: IR
 * version, opsets, producer, graph name, inputs/outputs with their types and
 * shapes, the operators used (custom domains stand out), and initializers
 * kept outside the file (external_data), whose locations are checked so a
 * model cannot point its loader at /etc/shadow or ../../secrets. Tensor
 * payloads (raw_data) are skipped by offset, never read. */
#include "saiguard/formats.h"

#include <stdlib.h>
#include <string.h>

#include "saiguard/path.h"
#include "formats/internal.h"

enum { MAX_NAME = 64 << 10 };

/* ModelProto, GraphProto, NodeProto, TensorProto... field numbers (onnx.proto). */
enum {
    MODEL_IR_VERSION = 1,
    MODEL_PRODUCER_NAME = 2,
    MODEL_PRODUCER_VERSION = 3,
    MODEL_DOMAIN = 4,
    MODEL_VERSION = 5,
    MODEL_GRAPH = 7,
    MODEL_OPSET_IMPORT = 8,
    MODEL_METADATA_PROPS = 14,
    GRAPH_NODE = 1,
    GRAPH_NAME = 2,
    GRAPH_INITIALIZER = 5,
    GRAPH_INPUT = 11,
    GRAPH_OUTPUT = 12,
    NODE_OP_TYPE = 4,
    NODE_DOMAIN = 7,
    TENSOR_NAME = 8,
    TENSOR_EXTERNAL_DATA = 13,
    TENSOR_DATA_LOCATION = 14,
    VALUE_NAME = 1,
    VALUE_TYPE = 2,
    TYPE_TENSOR = 1,
    TENSOR_TYPE_ELEM = 1,
    TENSOR_TYPE_SHAPE = 2,
    SHAPE_DIM = 1,
    DIM_VALUE = 1,
    DIM_PARAM = 2,
    ENTRY_KEY = 1,
    ENTRY_VALUE = 2,
};

struct walk {
    struct sg_onnx *m;
    struct sg_error *err; /* real (I/O, memory) failures */
    struct sg_error local;
};

/* Reads a string field into *dst (replacing it). A string over the cap is a
 * problem, not a failure. */
static sg_err get_str(struct walk *w, const struct sg_pb_reader *r, const struct sg_pb_field *f,
                      char **dst)
{
    char *s = NULL;
    sg_err rc = sg_pb_string(r, f, MAX_NAME, &s, &w->local);
    if (rc == SG_ERR_LIMIT) {
        sg_fmt_problem_add(&w->m->problems, "string-too-long", f->offset, "%s", w->local.reason);
        return SG_OK;
    }
    if (rc != SG_OK)
        return rc;
    sg__fmt_text_fix(s, (size_t)f->value);
    free(*dst);
    *dst = s;
    return SG_OK;
}

/* Grows *arr to hold one more element of size sz; false past the cap. */
static bool grow(void **arr, size_t *count, size_t sz, struct walk *w, sg_err *rc)
{
    *rc = SG_OK;
    if (*count >= SG_ONNX_MAX_LIST)
        return false;
    void *n = realloc(*arr, (*count + 1) * sz);
    if (!n) {
        *rc = sg_error_set(w->err, SG_ERR_NOMEM, NULL, NULL);
        return false;
    }
    memset((char *)n + *count * sz, 0, sz);
    *arr = n;
    (*count)++;
    return true;
}

static sg_err entry(struct walk *w, const struct sg_pb_reader *r, const struct sg_pb_field *f,
                    char **key, char **value)
{
    struct sg_pb_reader e;
    struct sg_pb_field g;
    sg_err rc = sg_pb_enter(r, f, &e, &w->local);
    while (rc == SG_OK && (rc = sg_pb_next(&e, &g, &w->local)) == SG_OK && g.number) {
        if (g.number == ENTRY_KEY && g.wire == SG_PB_LEN)
            rc = get_str(w, &e, &g, key);
        else if (g.number == ENTRY_VALUE && g.wire == SG_PB_LEN)
            rc = get_str(w, &e, &g, value);
    }
    return rc;
}

static sg_err value_info(struct walk *w, const struct sg_pb_reader *r, const struct sg_pb_field *f,
                         struct sg_onnx_value *v)
{
    struct sg_pb_reader vi, ty, tt, sh, dm;
    struct sg_pb_field a, b, c, d, e;
    v->ndim = -1;
    sg_err rc = sg_pb_enter(r, f, &vi, &w->local);
    while (rc == SG_OK && (rc = sg_pb_next(&vi, &a, &w->local)) == SG_OK && a.number) {
        if (a.number == VALUE_NAME && a.wire == SG_PB_LEN) {
            rc = get_str(w, &vi, &a, &v->name);
            continue;
        }
        if (a.number != VALUE_TYPE || a.wire != SG_PB_LEN)
            continue;
        rc = sg_pb_enter(&vi, &a, &ty, &w->local);
        while (rc == SG_OK && (rc = sg_pb_next(&ty, &b, &w->local)) == SG_OK && b.number) {
            if (b.number != TYPE_TENSOR || b.wire != SG_PB_LEN)
                continue;
            rc = sg_pb_enter(&ty, &b, &tt, &w->local);
            while (rc == SG_OK && (rc = sg_pb_next(&tt, &c, &w->local)) == SG_OK && c.number) {
                if (c.number == TENSOR_TYPE_ELEM && c.wire == SG_PB_VARINT)
                    v->elem_type = (int32_t)c.value;
                if (c.number != TENSOR_TYPE_SHAPE || c.wire != SG_PB_LEN)
                    continue;
                v->ndim = 0;
                rc = sg_pb_enter(&tt, &c, &sh, &w->local);
                while (rc == SG_OK && (rc = sg_pb_next(&sh, &d, &w->local)) == SG_OK && d.number) {
                    if (d.number != SHAPE_DIM || d.wire != SG_PB_LEN)
                        continue;
                    int64_t dim = -1;
                    rc = sg_pb_enter(&sh, &d, &dm, &w->local);
                    while (rc == SG_OK && (rc = sg_pb_next(&dm, &e, &w->local)) == SG_OK &&
                           e.number)
                        if (e.number == DIM_VALUE && e.wire == SG_PB_VARINT)
                            dim = (int64_t)e.value;
                    if (v->ndim < SG_FMT_MAX_DIMS)
                        v->dims[v->ndim++] = dim;
                }
            }
        }
    }
    return rc;
}

static sg_err node(struct walk *w, const struct sg_pb_reader *r, const struct sg_pb_field *f)
{
    struct sg_pb_reader n;
    struct sg_pb_field a;
    char *op = NULL, *domain = NULL;
    sg_err rc = sg_pb_enter(r, f, &n, &w->local);
    while (rc == SG_OK && (rc = sg_pb_next(&n, &a, &w->local)) == SG_OK && a.number) {
        if (a.number == NODE_OP_TYPE && a.wire == SG_PB_LEN)
            rc = get_str(w, &n, &a, &op);
        else if (a.number == NODE_DOMAIN && a.wire == SG_PB_LEN)
            rc = get_str(w, &n, &a, &domain);
    }
    w->m->node_count++;
    if (rc == SG_OK && op) {
        const char *dom = domain ? domain : "";
        struct sg_onnx *m = w->m;
        size_t i;
        for (i = 0; i < m->op_count; i++)
            if (strcmp(m->ops[i].op_type, op) == 0 && strcmp(m->ops[i].domain, dom) == 0)
                break;
        if (i < m->op_count) {
            m->ops[i].count++;
        } else if (grow((void **)&m->ops, &m->op_count, sizeof *m->ops, w, &rc)) {
            struct sg_onnx_op *o = &m->ops[m->op_count - 1];
            o->op_type = op;
            o->domain = domain ? domain : strdup("");
            o->count = 1;
            op = domain = NULL;
            if (!o->domain)
                rc = sg_error_set(w->err, SG_ERR_NOMEM, NULL, NULL);
        }
    }
    free(op);
    free(domain);
    return rc;
}

static int64_t parse_int(const char *s)
{
    if (!s || !*s)
        return -1;
    int64_t v = 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9' || v > (INT64_MAX - 9) / 10)
            return -1;
        v = v * 10 + (*s - '0');
    }
    return v;
}

static void check_location(struct walk *w, const struct sg_onnx_external *x, uint64_t at)
{
    const char *loc = x->location;
    if (!loc || !*loc) {
        sg_fmt_problem_add(&w->m->problems, "external-data-location", at,
                           "initializer '%.80s' has external data without a location",
                           x->tensor ? x->tensor : "");
        return;
    }
    bool drive = ((loc[0] | 0x20) >= 'a' && (loc[0] | 0x20) <= 'z' && loc[1] == ':');
    if (loc[0] == '/' || loc[0] == '\\' || drive)
        sg_fmt_problem_add(&w->m->problems, "external-data-absolute", at,
                           "initializer '%.80s' reads its data from absolute path '%.80s'",
                           x->tensor ? x->tensor : "", loc);
    else if (!sg_path_is_safe_relative(loc))
        sg_fmt_problem_add(
            &w->m->problems, "external-data-escapes", at,
            "initializer '%.80s' reads its data from '%.80s', outside the model directory",
            x->tensor ? x->tensor : "", loc);
}

static sg_err initializer(struct walk *w, const struct sg_pb_reader *r, const struct sg_pb_field *f)
{
    struct sg_pb_reader t;
    struct sg_pb_field a;
    struct sg_onnx_external x = {.offset = -1, .length = -1};
    bool external = false;
    char *name = NULL;
    sg_err rc = sg_pb_enter(r, f, &t, &w->local);
    w->m->initializer_count++;
    while (rc == SG_OK && (rc = sg_pb_next(&t, &a, &w->local)) == SG_OK && a.number) {
        if (a.number == TENSOR_NAME && a.wire == SG_PB_LEN) {
            rc = get_str(w, &t, &a, &name);
        } else if (a.number == TENSOR_DATA_LOCATION && a.wire == SG_PB_VARINT) {
            external = a.value == 1;
        } else if (a.number == TENSOR_EXTERNAL_DATA && a.wire == SG_PB_LEN) {
            char *k = NULL, *v = NULL;
            external = true;
            rc = entry(w, &t, &a, &k, &v);
            if (rc == SG_OK && k && v) {
                if (strcmp(k, "location") == 0) {
                    free(x.location);
                    x.location = v;
                    v = NULL;
                } else if (strcmp(k, "offset") == 0) {
                    x.offset = parse_int(v);
                } else if (strcmp(k, "length") == 0) {
                    x.length = parse_int(v);
                }
            }
            free(k);
            free(v);
        }
    }
    if (rc == SG_OK && external) {
        x.tensor = name;
        name = NULL;
        check_location(w, &x, f->offset);
        struct sg_onnx *m = w->m;
        if (grow((void **)&m->external, &m->external_count, sizeof *m->external, w, &rc)) {
            m->external[m->external_count - 1] = x;
            memset(&x, 0, sizeof x);
        }
    }
    free(x.tensor);
    free(x.location);
    free(name);
    return rc;
}

static sg_err graph(struct walk *w, const struct sg_pb_reader *r, const struct sg_pb_field *f)
{
    struct sg_pb_reader g;
    struct sg_pb_field a;
    struct sg_onnx *m = w->m;
    sg_err rc = sg_pb_enter(r, f, &g, &w->local);
    while (rc == SG_OK && (rc = sg_pb_next(&g, &a, &w->local)) == SG_OK && a.number) {
        if (a.wire != SG_PB_LEN)
            continue;
        switch (a.number) {
        case GRAPH_NODE: rc = node(w, &g, &a); break;
        case GRAPH_NAME: rc = get_str(w, &g, &a, &m->graph_name); break;
        case GRAPH_INITIALIZER: rc = initializer(w, &g, &a); break;
        case GRAPH_INPUT:
        case GRAPH_OUTPUT: {
            struct sg_onnx_value **arr = a.number == GRAPH_INPUT ? &m->inputs : &m->outputs;
            size_t *cnt = a.number == GRAPH_INPUT ? &m->input_count : &m->output_count;
            struct sg_onnx_value tmp = {0};
            rc = value_info(w, &g, &a, &tmp);
            if (rc == SG_OK && grow((void **)arr, cnt, sizeof **arr, w, &rc)) {
                (*arr)[*cnt - 1] = tmp;
                tmp.name = NULL;
            }
            free(tmp.name);
            break;
        }
        default: break;
        }
    }
    return rc;
}

void sg_onnx_release(struct sg_onnx *m)
{
    if (!m)
        return;
    free(m->producer_name);
    free(m->producer_version);
    free(m->domain);
    free(m->graph_name);
    for (size_t i = 0; i < m->opset_count; i++)
        free(m->opsets[i].domain);
    free(m->opsets);
    for (size_t i = 0; i < m->input_count; i++)
        free(m->inputs[i].name);
    free(m->inputs);
    for (size_t i = 0; i < m->output_count; i++)
        free(m->outputs[i].name);
    free(m->outputs);
    for (size_t i = 0; i < m->op_count; i++) {
        free(m->ops[i].op_type);
        free(m->ops[i].domain);
    }
    free(m->ops);
    for (size_t i = 0; i < m->external_count; i++) {
        free(m->external[i].tensor);
        free(m->external[i].location);
    }
    free(m->external);
    json_decref(m->metadata_props);
    memset(m, 0, sizeof *m);
}

sg_err sg_onnx_read(sg_fmt_src *src, struct sg_onnx *m, struct sg_error *err)
{
    memset(m, 0, sizeof *m);
    m->ir_version = m->model_version = -1;
    struct walk w = {.m = m};
    w.err = &w.local;
    struct sg_pb_reader r;
    struct sg_pb_field f;
    sg_err rc = SG_OK;
    /* Initializers' raw_data (weights kept inline, up to 2 GB) are skipped:
     * each jump past one refills the window, so keep fills at 64 KiB - a
     * 1 MiB window per jump would spend the read budget on weights before
     * the graph's inputs and outputs, which come after them. */
    src->win_max = 64 << 10;
    sg_pb_begin(&r, src, 0, src->size);
    while ((rc = sg_pb_next(&r, &f, &w.local)) == SG_OK && f.number) {
        switch (f.number) {
        case MODEL_IR_VERSION:
            if (f.wire == SG_PB_VARINT)
                m->ir_version = (int64_t)f.value;
            break;
        case MODEL_VERSION:
            if (f.wire == SG_PB_VARINT)
                m->model_version = (int64_t)f.value;
            break;
        case MODEL_PRODUCER_NAME:
        case MODEL_PRODUCER_VERSION:
        case MODEL_DOMAIN:
            if (f.wire == SG_PB_LEN)
                rc = get_str(&w, &r, &f,
                             f.number == MODEL_PRODUCER_NAME      ? &m->producer_name
                             : f.number == MODEL_PRODUCER_VERSION ? &m->producer_version
                                                                  : &m->domain);
            break;
        case MODEL_GRAPH:
            if (f.wire == SG_PB_LEN)
                rc = graph(&w, &r, &f);
            break;
        case MODEL_OPSET_IMPORT:
            if (f.wire == SG_PB_LEN) {
                struct sg_pb_reader o;
                struct sg_pb_field a;
                struct sg_onnx_opset op = {.version = -1};
                rc = sg_pb_enter(&r, &f, &o, &w.local);
                while (rc == SG_OK && (rc = sg_pb_next(&o, &a, &w.local)) == SG_OK && a.number) {
                    if (a.number == 1 && a.wire == SG_PB_LEN)
                        rc = get_str(&w, &o, &a, &op.domain);
                    else if (a.number == 2 && a.wire == SG_PB_VARINT)
                        op.version = (int64_t)a.value;
                }
                if (rc == SG_OK && !op.domain && !(op.domain = strdup("")))
                    rc = sg_error_set(&w.local, SG_ERR_NOMEM, NULL, NULL);
                if (rc == SG_OK &&
                    grow((void **)&m->opsets, &m->opset_count, sizeof *m->opsets, &w, &rc)) {
                    m->opsets[m->opset_count - 1] = op;
                    op.domain = NULL;
                }
                free(op.domain);
            }
            break;
        case MODEL_METADATA_PROPS:
            if (f.wire == SG_PB_LEN) {
                char *k = NULL, *v = NULL;
                rc = entry(&w, &r, &f, &k, &v);
                if (rc == SG_OK && k && v &&
                    json_object_size(m->metadata_props) < SG_ONNX_MAX_LIST) {
                    if (!m->metadata_props && !(m->metadata_props = json_object()))
                        rc = sg_error_set(&w.local, SG_ERR_NOMEM, NULL, NULL);
                    else if (json_object_set_new(m->metadata_props, k, json_string(v)) != 0)
                        rc = sg_error_set(&w.local, SG_ERR_NOMEM, NULL, NULL);
                }
                free(k);
                free(v);
            }
            break;
        default: break;
        }
        if (rc != SG_OK)
            break;
    }
    if (rc == SG_OK) {
        m->header_ok = true;
        if (m->ir_version < 0 && !m->opset_count && !m->graph_name && !m->node_count)
            sg_fmt_problem_add(&m->problems, "not-onnx", 0, "no ONNX model fields found");
        return SG_OK;
    }
    if (rc == SG_ERR_PARSE || rc == SG_ERR_LIMIT) {
        sg_fmt_problem_add(&m->problems, rc == SG_ERR_LIMIT ? "limit" : "malformed", 0, "%s",
                           w.local.reason);
        return SG_OK;
    }
    if (err)
        *err = w.local;
    sg_onnx_release(m);
    return rc;
}
