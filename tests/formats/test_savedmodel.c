/* test_savedmodel.c - saved_model.pb: versions, tags, signatures and graph
 * size from a real SavedModel encoding; a large constant skipped, not read;
 * truncated and foreign messages reported as problems, hostile strings
 * made safe. */
#include "harness.h"

#include "pbw.h"
#include "saiguard/formats.h"

/* SavedModel{1, MetaGraphDef{info, graph of 3 nodes + 2 functions, 2
 * signatures}, MetaGraphDef{tags "train"}}; the constant node holds
 * const_bytes of tensor content. */
static void saved_model(sg_buf *out, size_t const_bytes)
{
    sg_buf info, graph, node, lib, fn, meta, sig, second;
    sg_buf *all[] = {&info, &graph, &node, &lib, &fn, &meta, &sig, &second};
    for (size_t i = 0; i < 8; i++)
        sg_buf_init(all[i], (size_t)64 << 20);
    pbw_str(&info, 4, "serve");
    pbw_str(&info, 4, "gpu");
    pbw_str(&info, 5, "2.15.0");
    pbw_str(&info, 6, "v2.15.0-rc1-8-g6887368d6d4");
    const char *nodes[][2] = {{"x", "Placeholder"}, {"w", "Const"}, {"y", "MatMul"}};
    for (int i = 0; i < 3; i++) {
        pbw_str(&node, 1, nodes[i][0]);
        pbw_str(&node, 2, nodes[i][1]);
        if (i == 1) {
            static char zeros[1 << 16];
            for (size_t left = const_bytes; left;) {
                size_t n = left < sizeof zeros ? left : sizeof zeros;
                if (sg_buf_append(&node, zeros, n)) {}
                left -= n;
            }
        }
        pbw_msg(&graph, 1, &node);
    }
    pbw_str(&fn, 1, "f1");
    pbw_msg(&lib, 1, &fn);
    pbw_str(&fn, 1, "f2");
    pbw_msg(&lib, 1, &fn);
    pbw_msg(&graph, 2, &lib);
    pbw_msg(&meta, 1, &info);
    pbw_msg(&meta, 2, &graph);
    pbw_str(&sig, 1, "serving_default");
    pbw_msg(&meta, 5, &sig);
    pbw_str(&sig, 1, "__saved_model_init_op");
    pbw_msg(&meta, 5, &sig);
    pbw_int(out, 1, 1);
    pbw_msg(out, 2, &meta);
    pbw_str(&info, 4, "train");
    pbw_msg(&second, 1, &info);
    pbw_msg(out, 2, &second);
    for (size_t i = 0; i < 8; i++)
        sg_buf_release(all[i]);
}

static void test_fields(void)
{
    sg_buf b;
    sg_buf_init(&b, (size_t)64 << 20);
    saved_model(&b, 0);
    sg_fmt_src src;
    sg_fmt_src_mem(&src, b.data, b.len, "saved_model.pb");
    struct sg_savedmodel m;
    struct sg_error err = {0};
    CHECK_OK(sg_savedmodel_read(&src, &m, &err), &err);
    CHECK(m.header_ok);
    CHECK_EQ_INT((int)m.problems.count, 0);
    CHECK_EQ_INT((int)m.schema_version, 1);
    CHECK_EQ_INT((int)m.meta_graphs, 2);
    CHECK_STR(m.tensorflow_version ? m.tensorflow_version : "", "2.15.0");
    CHECK_STR(m.tensorflow_git_version ? m.tensorflow_git_version : "", "v2.15.0-rc1-8-g6887368d6d4");
    CHECK_EQ_INT((int)m.tag_count, 2); /* the first MetaGraphDef's only */
    CHECK_EQ_INT((int)m.signature_count, 2);
    if (m.tag_count == 2 && m.signature_count == 2) {
        CHECK_STR(m.tags[1], "gpu");
        CHECK_STR(m.signatures[0], "serving_default");
    }
    CHECK_EQ_INT((int)m.node_count, 3);
    CHECK_EQ_INT((int)m.function_count, 2);
    sg_savedmodel_release(&m);

    /* truncated: what was read so far, and a problem */
    sg_fmt_src_mem(&src, b.data, b.len - 5, "cut.pb");
    CHECK_OK(sg_savedmodel_read(&src, &m, &err), &err);
    CHECK(!m.header_ok && m.problems.count == 1);
    CHECK_STR(m.problems.items[0].code, "malformed");
    CHECK(m.node_count == -1 && m.schema_version == 1); /* no partial count */
    sg_savedmodel_release(&m);

    /* a protobuf that is something else */
    sg_buf_reset(&b);
    pbw_int(&b, 7, 3);
    sg_fmt_src_mem(&src, b.data, b.len, "other.pb");
    CHECK_OK(sg_savedmodel_read(&src, &m, &err), &err);
    CHECK_STR(m.problems.count ? m.problems.items[0].code : "", "not-savedmodel");
    sg_savedmodel_release(&m);
    sg_buf_release(&b);
}

static void test_large_constant_is_skipped(void)
{
    /* A 32 MiB constant node, read from a file: it is skipped by its
     * length, so the bytes pulled from the file stay far below its size. */
    sg_buf b;
    sg_buf_init(&b, (size_t)64 << 20);
    saved_model(&b, (size_t)32 << 20);
    const char *dir = sg_test_tmpdir();
    CHECK(sg_test_write_file(dir, "saved_model.pb", b.data, b.len));
    sg_buf_release(&b);
    char path[4200];
    snprintf(path, sizeof path, "%s/saved_model.pb", dir);
    sg_fmt_src src;
    struct sg_savedmodel m;
    struct sg_error err = {0};
    CHECK_OK(sg_fmt_src_open(&src, path, &err), &err);
    CHECK_OK(sg_savedmodel_read(&src, &m, &err), &err);
    CHECK_EQ_INT((int)m.node_count, 3);
    CHECK_EQ_INT((int)m.signature_count, 2);
    CHECK(src.fetched < ((uint64_t)4 << 20));
    sg_savedmodel_release(&m);
    sg_fmt_src_close(&src);
}

static void test_hostile_strings_made_safe(void)
{
    /* invalid UTF-8 in a tag becomes '?', an absurdly long version is left out */
    sg_buf b, meta, info;
    sg_buf_init(&b, 1 << 20);
    sg_buf_init(&meta, 1 << 20);
    sg_buf_init(&info, 1 << 20);
    pbw_str(&info, 4, "se\xffve");
    static char longv[10000];
    memset(longv, 'v', sizeof longv - 1);
    pbw_str(&info, 5, longv);
    pbw_msg(&meta, 1, &info);
    pbw_msg(&b, 2, &meta);
    sg_fmt_src src;
    sg_fmt_src_mem(&src, b.data, b.len, "odd.pb");
    struct sg_savedmodel m;
    struct sg_error err = {0};
    CHECK_OK(sg_savedmodel_read(&src, &m, &err), &err);
    CHECK_EQ_INT((int)m.tag_count, 1);
    if (m.tag_count)
        CHECK_STR(m.tags[0], "se?ve");
    CHECK(m.tensorflow_version == NULL);
    CHECK(m.header_ok);
    sg_savedmodel_release(&m);
    sg_buf_release(&b);
    sg_buf_release(&meta);
    sg_buf_release(&info);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_fields),
        SG_TEST(test_large_constant_is_skipped),
        SG_TEST(test_hostile_strings_made_safe),
        {0},
    };
    return sg_test_main(argc, argv, tests);
}
