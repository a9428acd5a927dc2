/* savedmodel.c - TensorFlow SavedModel graphs (saved_model.pb): every NodeDef
 * in every meta graph and every library function is checked for operations
 * that run Python (PyFunc, EagerPyFunc) or touch files when the graph
 * executes. SavedModel -> meta_graphs(2) -> graph_def(2) -> node(1) {name(1),
 * op(2)} and graph_def -> library(2) -> function(1) -> node_def(3). Read with
 * the shared protobuf wire reader (src/formats/). */
#include <stdio.h>
#include <string.h>

#include "saiguard/formats.h"
#include "scan_internal.h"

static const char *const python_ops[] = {"PyFunc", "PyFuncStateless", "EagerPyFunc", NULL};
static const char *const io_ops[] = {"ReadFile", "WriteFile", "MatchingFiles", "DeleteFile",
                                     "WriteAudioSummary", "ImmutableConst", "DebugIdentityV2",
                                     "DebugIdentityV3", "PrintV2", NULL};

struct tf {
    struct sg__scan_job *job;
    const struct sg__scan_where *w;
    sg_fmt_src src;
    bool bad;
    uint32_t reported;
};

static bool in(const char *const *list, const uint8_t *s, size_t n)
{
    for (; *list; list++)
        if (strlen(*list) == n && memcmp(*list, s, n) == 0)
            return true;
    return false;
}

static void node(struct tf *t, struct sg_pb_reader *r)
{
    struct sg_pb_field f;
    struct sg_error err;
    const uint8_t *name = NULL, *op = NULL;
    size_t nl = 0, ol = 0;
    int64_t at = (int64_t)r->pos;
    sg_err rc;
    while ((rc = sg_pb_next(r, &f, &err)) == SG_OK && f.number) {
        if (f.wire != SG_PB_LEN)
            continue;
        if (f.number == 1) {
            name = t->src.mem + f.offset;
            nl = (size_t)f.value;
        } else if (f.number == 2) {
            op = t->src.mem + f.offset;
            ol = (size_t)f.value;
        }
    }
    t->bad |= rc != SG_OK;
    if (!op || t->reported > 1000)
        return;
    char opn[128], nn[256];
    snprintf(opn, sizeof opn, "%.*s", (int)(ol < 120 ? ol : 120), (const char *)op);
    snprintf(nn, sizeof nn, "%.*s", (int)(nl < 200 ? nl : 200), name ? (const char *)name : "");
    if (in(python_ops, op, ol)) {
        t->reported++;
        sg__scan_add(t->job, t->w, "savedmodel", "SG-TF-002", SG_SCAN_CRITICAL, at, opn,
                     "graph node '%s' is a %s operation: it runs Python code when the graph "
                     "executes", nn, opn);
    } else if (in(io_ops, op, ol)) {
        t->reported++;
        sg__scan_add(t->job, t->w, "savedmodel", "SG-TF-001", SG_SCAN_HIGH, at, opn,
                     "graph node '%s' is a %s operation: it reads or writes files when the graph "
                     "executes", nn, opn);
    }
}

/* Follows a path of message field numbers (0-terminated); at its end each
 * message is a NodeDef. */
static void walk(struct tf *t, struct sg_pb_reader *r, const uint32_t *path)
{
    if (!path[0]) {
        node(t, r);
        return;
    }
    struct sg_pb_field f;
    struct sg_error err;
    sg_err rc;
    while ((rc = sg_pb_next(r, &f, &err)) == SG_OK && f.number) {
        struct sg_pb_reader child;
        if (f.number != path[0] || f.wire != SG_PB_LEN)
            continue;
        if (sg_pb_enter(r, &f, &child, &err) != SG_OK) {
            t->bad = true;
            continue;
        }
        walk(t, &child, path + 1);
    }
    t->bad |= rc != SG_OK;
}

bool sg__scan_looks_savedmodel(const uint8_t *data, size_t len)
{
    return len >= 4 && ((data[0] == 0x08 && data[2] == 0x12) || data[0] == 0x12);
}

void sg__scan_savedmodel(struct sg__scan_job *job, const struct sg__scan_where *w,
                         const uint8_t *data, size_t len)
{
    struct tf t = {.job = job, .w = w};
    static const uint32_t graph_nodes[] = {2, 2, 1, 0};
    static const uint32_t library_nodes[] = {2, 2, 2, 1, 3, 0};
    struct sg_pb_reader r;
    sg_fmt_src_mem(&t.src, data, len, w->name);
    sg_pb_begin(&r, &t.src, 0, len);
    walk(&t, &r, graph_nodes);
    sg_pb_begin(&r, &t.src, 0, len);
    walk(&t, &r, library_nodes);
    if (t.bad)
        sg__scan_add(job, w, "savedmodel", "SG-TF-003", SG_SCAN_MEDIUM, -1, NULL,
                     "SavedModel protobuf is truncated or malformed; part of the graph cannot "
                     "be checked");
}
