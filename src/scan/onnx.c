/* onnx.c - ONNX models: external_data locations that are absolute or climb
 * out of the model directory (CVE-2022-25882 class; found by the shared
 * reader in src/formats/), and operators from custom domains - code the
 * runtime must load, Python for ai.onnx.contrib PyOp - in the main graph,
 * in every subgraph (If/Loop/Scan bodies) and in model-local functions,
 * which the shared reader does not descend into. ModelProto -> graph(7) ->
 * node(1) {op_type(4), domain(7), attribute(5) -> g(6) / graphs(11)};
 * ModelProto -> functions(25) -> node(7). */
#include <stdio.h>
#include <string.h>

#include "saiguard/formats.h"
#include "scan_internal.h"

struct ox {
    struct sg__scan_job *job;
    const struct sg__scan_where *w;
    sg_fmt_src src;
    bool bad;
    uint32_t reported;
};

static bool eq(const uint8_t *s, size_t n, const char *lit)
{
    return strlen(lit) == n && memcmp(s, lit, n) == 0;
}

static void graph(struct ox *o, struct sg_pb_reader *r);

static void check_op(struct ox *o, const uint8_t *op, size_t ol, const uint8_t *dom, size_t dl,
                     int64_t at)
{
    static const char *const std_domains[] = {"ai.onnx", "ai.onnx.ml", "ai.onnx.training",
                                              "ai.onnx.preview.training", NULL};
    static const char *const runtime_domains[] = {"com.microsoft", "com.microsoft.nchwc",
                                                  "com.microsoft.experimental", NULL};
    if (!dom || !dl || o->reported > 1000)
        return;
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
    sg__scan_add(o->job, o->w, "onnx", "SG-ONNX-002", sev, at, on,
                 "operator %s from the custom domain '%s' needs code outside the ONNX standard%s",
                 on, dn, sev == SG_SCAN_CRITICAL ? " (a Python operator)" : "");
}

/* One NodeProto: checks its operator, descends into graph attributes. */
static void node(struct ox *o, struct sg_pb_reader *r)
{
    struct sg_pb_field f;
    struct sg_error err;
    const uint8_t *op = NULL, *dom = NULL;
    size_t ol = 0, dl = 0;
    int64_t at = (int64_t)r->pos;
    sg_err rc;
    while ((rc = sg_pb_next(r, &f, &err)) == SG_OK && f.number) {
        if (f.wire != SG_PB_LEN)
            continue;
        if (f.number == 4) {
            op = o->src.mem + f.offset;
            ol = (size_t)f.value;
        } else if (f.number == 7) {
            dom = o->src.mem + f.offset;
            dl = (size_t)f.value;
        } else if (f.number == 5) {
            struct sg_pb_reader a;
            struct sg_pb_field g;
            sg_err arc;
            if (sg_pb_enter(r, &f, &a, &err) != SG_OK) {
                o->bad = true;
                continue;
            }
            while ((arc = sg_pb_next(&a, &g, &err)) == SG_OK && g.number) {
                struct sg_pb_reader sub;
                if ((g.number == 6 || g.number == 11) && g.wire == SG_PB_LEN) {
                    if (sg_pb_enter(&a, &g, &sub, &err) == SG_OK)
                        graph(o, &sub);
                    else
                        o->bad = true;
                }
            }
            o->bad |= arc != SG_OK;
        }
    }
    o->bad |= rc != SG_OK;
    check_op(o, op, ol, dom, dl, at);
}

/* Every NodeProto under field `field` of the message r reads. */
static void nodes(struct ox *o, struct sg_pb_reader *r, uint32_t field)
{
    struct sg_pb_field f;
    struct sg_error err;
    sg_err rc;
    while ((rc = sg_pb_next(r, &f, &err)) == SG_OK && f.number) {
        struct sg_pb_reader child;
        if (f.number != field || f.wire != SG_PB_LEN)
            continue;
        if (sg_pb_enter(r, &f, &child, &err) == SG_OK)
            node(o, &child);
        else
            o->bad = true;
    }
    o->bad |= rc != SG_OK;
}

static void graph(struct ox *o, struct sg_pb_reader *r)
{
    nodes(o, r, 1);
}

bool sg__scan_looks_onnx(const uint8_t *data, size_t len)
{
    return len >= 2 && data[0] == 0x08;
}

void sg__scan_onnx(struct sg__scan_job *job, const struct sg__scan_where *w, const uint8_t *data,
                   size_t len)
{
    struct ox o = {.job = job, .w = w};
    struct sg_error err = {0};
    sg_fmt_src_mem(&o.src, data, len, w->name);

    /* external data and structure, from the shared reader */
    struct sg_onnx m;
    if (sg_onnx_read(&o.src, &m, &err) != SG_OK) {
        o.bad = true;
    } else {
        for (size_t i = 0; i < m.problems.count; i++) {
            const struct sg_fmt_problem *p = &m.problems.items[i];
            if (strncmp(p->code, "external-data", 13) == 0)
                sg__scan_add(job, w, "onnx", "SG-ONNX-001", SG_SCAN_HIGH, (int64_t)p->offset,
                             p->code, "%s: loading reads whatever file it names", p->message);
            else
                o.bad = true;
        }
        o.bad |= !m.header_ok;
    }
    sg_onnx_release(&m);

    /* operators, subgraphs and functions */
    struct sg_pb_reader r;
    struct sg_pb_field f;
    sg_err rc;
    sg_pb_begin(&r, &o.src, 0, len);
    while ((rc = sg_pb_next(&r, &f, &err)) == SG_OK && f.number) {
        struct sg_pb_reader child;
        if ((f.number != 7 && f.number != 25) || f.wire != SG_PB_LEN)
            continue;
        if (sg_pb_enter(&r, &f, &child, &err) != SG_OK) {
            o.bad = true;
            continue;
        }
        if (f.number == 7)
            graph(&o, &child);
        else
            nodes(&o, &child, 7);
    }
    o.bad |= rc != SG_OK;
    if (o.bad)
        sg__scan_add(job, w, "onnx", "SG-ONNX-003", SG_SCAN_MEDIUM, -1, NULL,
                     "ONNX protobuf is truncated or malformed; part of the model cannot be "
                     "checked");
}
