/* test_onnx.c - ONNX ModelProtos assembled field by field: metadata, graph
 * inputs and outputs with shapes, operators and custom domains, external
 * data with safe, absolute and escaping locations, and every truncation of
 * the file read without a crash. */
#include "harness.h"
#include "pbw.h"

#include <stdlib.h>

#include "saiguard/formats.h"

static void external(sg_buf *graph, const char *name, const char *location)
{
    sg_buf t, e;
    sg_buf_init(&t, 1 << 16);
    sg_buf_init(&e, 1 << 16);
    pbw_int(&t, 1, 16); /* dims */
    pbw_int(&t, 2, 1);  /* FLOAT */
    pbw_str(&t, 8, name);
    pbw_str(&e, 1, "location");
    pbw_str(&e, 2, location);
    pbw_msg(&t, 13, &e);
    pbw_str(&e, 1, "offset");
    pbw_str(&e, 2, "128");
    pbw_msg(&t, 13, &e);
    pbw_str(&e, 1, "length");
    pbw_str(&e, 2, "64");
    pbw_msg(&t, 13, &e);
    pbw_int(&t, 14, 1); /* EXTERNAL */
    pbw_msg(graph, 5, &t);
    sg_buf_release(&t);
    sg_buf_release(&e);
}

static void value(sg_buf *graph, uint32_t field, const char *name, int ndims)
{
    sg_buf v, ty, tt, sh, d;
    sg_buf_init(&v, 1 << 16);
    sg_buf_init(&ty, 1 << 16);
    sg_buf_init(&tt, 1 << 16);
    sg_buf_init(&sh, 1 << 16);
    sg_buf_init(&d, 1 << 16);
    pbw_str(&v, 1, name);
    pbw_int(&tt, 1, 1);
    for (int i = 0; i < ndims; i++) {
        if (i == 1)
            pbw_str(&d, 2, "batch");
        else
            pbw_int(&d, 1, 224);
        pbw_msg(&sh, 1, &d);
    }
    pbw_msg(&tt, 2, &sh);
    pbw_msg(&ty, 1, &tt);
    pbw_msg(&v, 2, &ty);
    pbw_msg(graph, field, &v);
    sg_buf_release(&v);
    sg_buf_release(&ty);
    sg_buf_release(&tt);
    sg_buf_release(&sh);
    sg_buf_release(&d);
}

static void build(sg_buf *m)
{
    sg_buf g, n, o;
    sg_buf_init(&g, 1 << 20);
    sg_buf_init(&n, 1 << 16);
    sg_buf_init(&o, 1 << 16);
    pbw_int(m, 1, 8);
    pbw_str(m, 2, "pytorch");
    pbw_str(m, 3, "2.1.0");
    for (int i = 0; i < 2; i++) {
        pbw_str(&n, 1, "x");
        pbw_str(&n, 4, "Conv");
        pbw_msg(&g, 1, &n);
    }
    pbw_str(&n, 4, "Exfiltrate");
    pbw_str(&n, 7, "com.example.custom");
    pbw_msg(&g, 1, &n);
    pbw_str(&g, 2, "main_graph");
    external(&g, "w.safe", "weights/w.bin");
    external(&g, "w.up", "../../home/user/.ssh/id_rsa");
    external(&g, "w.abs", "/etc/shadow");
    value(&g, 11, "input", 3);
    value(&g, 12, "logits", 2);
    pbw_msg(m, 7, &g);
    pbw_int(&o, 2, 17);
    pbw_msg(m, 8, &o);
    pbw_str(&o, 1, "com.example.custom");
    pbw_int(&o, 2, 1);
    pbw_msg(m, 8, &o);
    pbw_str(&o, 1, "author");
    pbw_str(&o, 2, "someone");
    pbw_msg(m, 14, &o);
    sg_buf_release(&g);
    sg_buf_release(&n);
    sg_buf_release(&o);
}

static bool has_problem(const struct sg_fmt_problems *p, const char *code)
{
    for (size_t i = 0; i < p->count; i++)
        if (strcmp(p->items[i].code, code) == 0)
            return true;
    return false;
}

static void test_model_metadata(void)
{
    sg_buf b;
    sg_buf_init(&b, 1 << 20);
    build(&b);
    sg_fmt_src src;
    sg_fmt_src_mem(&src, b.data, b.len, "m.onnx");
    struct sg_onnx m;
    struct sg_error err = {0};
    CHECK_OK(sg_onnx_read(&src, &m, &err), &err);
    CHECK(m.header_ok);
    CHECK_EQ_INT(m.ir_version, 8);
    CHECK_STR(m.producer_name, "pytorch");
    CHECK_STR(m.producer_version, "2.1.0");
    CHECK_STR(m.graph_name, "main_graph");
    CHECK_EQ_INT(m.opset_count, 2);
    CHECK_STR(m.opsets[0].domain, "");
    CHECK_EQ_INT(m.opsets[0].version, 17);
    CHECK_STR(m.opsets[1].domain, "com.example.custom");
    CHECK_EQ_INT(m.node_count, 3);
    CHECK_EQ_INT(m.op_count, 2);
    CHECK_STR(m.ops[0].op_type, "Conv");
    CHECK_EQ_INT(m.ops[0].count, 2);
    CHECK_STR(m.ops[1].domain, "com.example.custom");
    CHECK_EQ_INT(m.input_count, 1);
    CHECK_STR(m.inputs[0].name, "input");
    CHECK_EQ_INT(m.inputs[0].elem_type, 1);
    CHECK_EQ_INT(m.inputs[0].ndim, 3);
    CHECK_EQ_INT(m.inputs[0].dims[0], 224);
    CHECK_EQ_INT(m.inputs[0].dims[1], -1);
    CHECK_STR(m.outputs[0].name, "logits");
    CHECK_EQ_INT(m.initializer_count, 3);
    CHECK_EQ_INT(m.external_count, 3);
    CHECK_STR(m.external[0].location, "weights/w.bin");
    CHECK_EQ_INT(m.external[0].offset, 128);
    CHECK_EQ_INT(m.external[0].length, 64);
    CHECK_EQ_INT(m.problems.count, 2);
    CHECK(has_problem(&m.problems, "external-data-escapes"));
    CHECK(has_problem(&m.problems, "external-data-absolute"));
    CHECK_STR(json_string_value(json_object_get(m.metadata_props, "author")), "someone");
    sg_onnx_release(&m);

    for (size_t cut = 0; cut < b.len; cut += 3) {
        sg_fmt_src_mem(&src, b.data, cut, "cut.onnx");
        CHECK_OK(sg_onnx_read(&src, &m, &err), &err);
        sg_onnx_release(&m);
    }
    sg_buf_release(&b);
}

static void test_not_onnx(void)
{
    sg_fmt_src src;
    sg_fmt_src_mem(&src, "hello world", 11, "text");
    struct sg_onnx m;
    struct sg_error err = {0};
    CHECK_OK(sg_onnx_read(&src, &m, &err), &err);
    CHECK(m.problems.count > 0);
    sg_onnx_release(&m);
}

static void test_inline_weights_are_skipped_cheaply(void)
{
    /* 40 initializers of 256 KiB raw_data before the graph's inputs and
     * outputs, read from a file under an 8 MiB budget: the weights are
     * skipped, not read, so the outputs are still reached. */
    sg_buf m, g, t;
    sg_buf_init(&m, (size_t)16 << 20);
    sg_buf_init(&g, (size_t)16 << 20);
    sg_buf_init(&t, (size_t)1 << 20);
    static char raw[256 << 10];
    for (int i = 0; i < 40; i++) {
        pbw_int(&t, 1, sizeof raw / 4);
        pbw_int(&t, 2, 1);
        pbw_str(&t, 8, "w");
        pbw_bytes(&t, 9, raw, sizeof raw); /* raw_data */
        pbw_msg(&g, 5, &t);
    }
    value(&g, 11, "input", 2);
    value(&g, 12, "logits", 2);
    pbw_int(&m, 1, 8);
    pbw_msg(&m, 7, &g);
    const char *dir = sg_test_tmpdir();
    CHECK(sg_test_write_file(dir, "big.onnx", m.data, m.len));
    char path[4200];
    snprintf(path, sizeof path, "%s/big.onnx", dir);
    sg_fmt_src src;
    struct sg_onnx o;
    struct sg_error err = {0};
    CHECK_OK(sg_fmt_src_open(&src, path, &err), &err);
    src.budget = (uint64_t)8 << 20;
    CHECK_OK(sg_onnx_read(&src, &o, &err), &err);
    CHECK_EQ_INT(o.initializer_count, 40);
    CHECK_EQ_INT(o.output_count, 1);
    CHECK_EQ_INT(o.problems.count, 0);
    sg_onnx_release(&o);
    sg_fmt_src_close(&src);
    sg_buf_release(&m);
    sg_buf_release(&g);
    sg_buf_release(&t);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_model_metadata),
        SG_TEST(test_not_onnx),
        SG_TEST(test_inline_weights_are_skipped_cheaply),
        {0},
    };
    return sg_test_main(argc, argv, tests);
}
