/* savedmodel.c - TensorFlow SavedModel graphs (saved_model.pb): every NodeDef
 * in every meta graph and every library function is checked for operations
 * that run Python (PyFunc, EagerPyFunc) or touch files and the network when
 * the graph executes. SavedModel -> meta_graphs(2) -> graph_def(2) ->
 * node(1) {op(2)} and library(2) -> function(1) -> node_def(3). */
#include <stdio.h>
#include <string.h>

#include "protobuf.h"
#include "scan_internal.h"

static const char *const python_ops[] = {"PyFunc", "PyFuncStateless", "EagerPyFunc", NULL};
static const char *const io_ops[] = {"ReadFile", "WriteFile", "MatchingFiles", "DeleteFile",
                                     "WriteAudioSummary", "ImmutableConst", "DebugIdentityV2",
                                     "DebugIdentityV3", "PrintV2", NULL};

struct tf {
    struct sg__scan_job *job;
    const struct sg__scan_where *w;
    const uint8_t *base;
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

static void node(struct tf *t, const uint8_t *d, size_t n)
{
    struct sg__pb r = {d, d + n, false};
    struct sg__pb_field f;
    const uint8_t *name = NULL, *op = NULL;
    size_t nl = 0, ol = 0;
    while (sg__pb_next(&r, &f)) {
        if (f.number == 1 && f.wire == 2) {
            name = f.data;
            nl = f.len;
        } else if (f.number == 2 && f.wire == 2) {
            op = f.data;
            ol = f.len;
        }
    }
    t->bad |= r.bad;
    if (!op || t->reported > 1000)
        return;
    char opn[128], nn[256];
    snprintf(opn, sizeof opn, "%.*s", (int)(ol < 120 ? ol : 120), (const char *)op);
    snprintf(nn, sizeof nn, "%.*s", (int)(nl < 200 ? nl : 200), name ? (const char *)name : "");
    if (in(python_ops, op, ol)) {
        t->reported++;
        sg__scan_add(t->job, t->w, "savedmodel", "SG-TF-002", SG_SCAN_CRITICAL, d - t->base, opn,
                     "graph node '%s' is a %s operation: it runs Python code when the graph "
                     "executes", nn, opn);
    } else if (in(io_ops, op, ol)) {
        t->reported++;
        sg__scan_add(t->job, t->w, "savedmodel", "SG-TF-001", SG_SCAN_HIGH, d - t->base, opn,
                     "graph node '%s' is a %s operation: it reads or writes files when the graph "
                     "executes", nn, opn);
    }
}

/* Walks message d for nested messages along a path of field numbers; at
 * the end of the path calls node(). */
static void walk(struct tf *t, const uint8_t *d, size_t n, const uint32_t *path, int depth)
{
    if (!path[0]) {
        node(t, d, n);
        return;
    }
    struct sg__pb r = {d, d + n, false};
    struct sg__pb_field f;
    while (sg__pb_next(&r, &f))
        if (f.number == path[0] && f.wire == 2)
            walk(t, f.data, f.len, path + 1, depth + 1);
    t->bad |= r.bad;
}

bool sg__scan_looks_savedmodel(const uint8_t *data, size_t len)
{
    return len >= 4 && ((data[0] == 0x08 && data[2] == 0x12) || data[0] == 0x12);
}

void sg__scan_savedmodel(struct sg__scan_job *job, const struct sg__scan_where *w,
                         const uint8_t *data, size_t len)
{
    struct tf t = {.job = job, .w = w, .base = data};
    static const uint32_t graph_nodes[] = {2, 2, 1, 0};
    static const uint32_t library_nodes[] = {2, 2, 2, 1, 3, 0};
    walk(&t, data, len, graph_nodes, 0);
    walk(&t, data, len, library_nodes, 0);
    if (t.bad)
        sg__scan_add(job, w, "savedmodel", "SG-TF-003", SG_SCAN_MEDIUM, -1, NULL,
                     "SavedModel protobuf is truncated or malformed; part of the graph cannot "
                     "be checked");
}
