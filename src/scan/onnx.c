/* onnx.c - ONNX models: operators from custom domains (code the runtime must
 * load; ai.onnx.contrib PyOp runs Python) and external_data locations that
 * are absolute or climb out of the model directory (CVE-2022-25882 class).
 * ModelProto -> graph(7) -> node(1) {op_type(4), domain(7), attribute(5) ->
 * g(6)/graphs(11)}, initializer(5) -> external_data(13) {key(1), value(2)};
 * ModelProto -> functions(25) -> node(7). */
#include <stdio.h>
#include <string.h>

#include "protobuf.h"
#include "saiguard/path.h"
#include "scan_internal.h"

#define MAX_GRAPH_DEPTH 16

struct ox {
    struct sg__scan_job *job;
    const struct sg__scan_where *w;
    const uint8_t *base;
    bool bad;
    uint32_t reported;
};

static void graph(struct ox *o, const uint8_t *d, size_t n, int depth);

static bool eq(const uint8_t *s, size_t n, const char *lit)
{
    return strlen(lit) == n && memcmp(s, lit, n) == 0;
}

static void node(struct ox *o, const uint8_t *d, size_t n, int depth)
{
    struct sg__pb r = {d, d + n, false};
    struct sg__pb_field f;
    const uint8_t *op = NULL, *dom = NULL;
    size_t ol = 0, dl = 0;
    while (sg__pb_next(&r, &f)) {
        if (f.wire != 2)
            continue;
        if (f.number == 4) {
            op = f.data;
            ol = f.len;
        } else if (f.number == 7) {
            dom = f.data;
            dl = f.len;
        } else if (f.number == 5) {
            struct sg__pb a = {f.data, f.data + f.len, false};
            struct sg__pb_field g;
            while (sg__pb_next(&a, &g))
                if ((g.number == 6 || g.number == 11) && g.wire == 2)
                    graph(o, g.data, g.len, depth + 1);
            o->bad |= a.bad;
        }
    }
    o->bad |= r.bad;
    if (!dom || !dl || o->reported > 1000)
        return;
    static const char *const std_domains[] = {"ai.onnx", "ai.onnx.ml", "ai.onnx.training",
                                              "ai.onnx.preview.training", NULL};
    static const char *const runtime_domains[] = {"com.microsoft", "com.microsoft.nchwc",
                                                  "com.microsoft.experimental", NULL};
    for (const char *const *s = std_domains; *s; s++)
        if (eq(dom, dl, *s))
            return;
    char dn[200], on[200];
    snprintf(dn, sizeof dn, "%.*s", (int)(dl < 190 ? dl : 190), (const char *)dom);
    snprintf(on, sizeof on, "%.*s", (int)(ol < 190 ? ol : 190), op ? (const char *)op : "");
    enum sg_scan_severity sev = SG_SCAN_MEDIUM;
    for (const char *const *s = runtime_domains; *s; s++)
        if (eq(dom, dl, *s))
            sev = SG_SCAN_LOW;
    if (eq(dom, dl, "ai.onnx.contrib"))
        sev = SG_SCAN_HIGH;
    if (op && (eq(op, ol, "PyOp") || strstr(on, "Py")))
        sev = SG_SCAN_CRITICAL;
    o->reported++;
    sg__scan_add(o->job, o->w, "onnx", "SG-ONNX-002", sev, d - o->base, on,
                 "operator %s from the custom domain '%s' needs code outside the ONNX standard%s",
                 on, dn, sev == SG_SCAN_CRITICAL ? " (a Python operator)" : "");
}

static void tensor(struct ox *o, const uint8_t *d, size_t n)
{
    struct sg__pb r = {d, d + n, false};
    struct sg__pb_field f;
    while (sg__pb_next(&r, &f)) {
        if (f.number != 13 || f.wire != 2)
            continue;
        struct sg__pb e = {f.data, f.data + f.len, false};
        struct sg__pb_field kv;
        const uint8_t *k = NULL, *v = NULL;
        size_t kl = 0, vl = 0;
        while (sg__pb_next(&e, &kv)) {
            if (kv.number == 1 && kv.wire == 2) {
                k = kv.data;
                kl = kv.len;
            } else if (kv.number == 2 && kv.wire == 2) {
                v = kv.data;
                vl = kv.len;
            }
        }
        o->bad |= e.bad;
        if (!k || !v || !eq(k, kl, "location"))
            continue;
        char loc[1024];
        snprintf(loc, sizeof loc, "%.*s", (int)(vl < 1000 ? vl : 1000), (const char *)v);
        if (!sg_path_is_safe_relative(loc) || strchr(loc, ':') || vl != strlen(loc))
            sg__scan_add(o->job, o->w, "onnx", "SG-ONNX-001", SG_SCAN_HIGH, f.data - o->base, loc,
                         "external_data location '%s' is absolute or leaves the model directory: "
                         "loading reads whatever file it names", loc);
    }
    o->bad |= r.bad;
}

static void graph(struct ox *o, const uint8_t *d, size_t n, int depth)
{
    if (depth > MAX_GRAPH_DEPTH) {
        o->bad = true;
        return;
    }
    struct sg__pb r = {d, d + n, false};
    struct sg__pb_field f;
    while (sg__pb_next(&r, &f)) {
        if (f.wire != 2)
            continue;
        if (f.number == 1)
            node(o, f.data, f.len, depth);
        else if (f.number == 5)
            tensor(o, f.data, f.len);
        else if (f.number == 15) { /* sparse_initializer: values(1), indices(2) */
            struct sg__pb s = {f.data, f.data + f.len, false};
            struct sg__pb_field t;
            while (sg__pb_next(&s, &t))
                if ((t.number == 1 || t.number == 2) && t.wire == 2)
                    tensor(o, t.data, t.len);
        }
    }
    o->bad |= r.bad;
}

bool sg__scan_looks_onnx(const uint8_t *data, size_t len)
{
    return len >= 2 && data[0] == 0x08;
}

void sg__scan_onnx(struct sg__scan_job *job, const struct sg__scan_where *w, const uint8_t *data,
                   size_t len)
{
    struct ox o = {.job = job, .w = w, .base = data};
    struct sg__pb r = {data, data + len, false};
    struct sg__pb_field f;
    while (sg__pb_next(&r, &f)) {
        if (f.number == 7 && f.wire == 2)
            graph(&o, f.data, f.len, 0);
        else if (f.number == 25 && f.wire == 2) {
            struct sg__pb fn = {f.data, f.data + f.len, false};
            struct sg__pb_field g;
            while (sg__pb_next(&fn, &g))
                if (g.number == 7 && g.wire == 2)
                    node(&o, g.data, g.len, 0);
            o.bad |= fn.bad;
        }
    }
    if (r.bad || o.bad)
        sg__scan_add(job, w, "onnx", "SG-ONNX-003", SG_SCAN_MEDIUM, -1, NULL,
                     "ONNX protobuf is truncated or malformed; part of the model cannot be "
                     "checked");
}
