/* test_gguf.c - GGUF headers written byte by byte: a complete v3 file with
 * the metadata the inventory and scanner use, version 1 lengths, hostile
 * counts and lengths (reported, never allocated for), tensor range checks
 * and a sparse multi-GB model read for the cost of its header. */
#include "harness.h"
#include "pbw.h"

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include "saiguard/formats.h"

static void kv_str(sg_buf *b, const char *k, const char *v)
{
    gstr(b, k);
    le32(b, SG_GGUF_STRING);
    gstr(b, v);
}
static void kv_u32(sg_buf *b, const char *k, uint32_t v)
{
    gstr(b, k);
    le32(b, SG_GGUF_UINT32);
    le32(b, v);
}

/* A v3 file with 11 metadata entries and two tensors; extra_data pads (sparse). */
static void build_model(sg_buf *b)
{
    if (sg_buf_append(b, "GGUF", 4)) {}
    le32(b, 3);
    le64(b, 2);  /* tensors */
    le64(b, 11); /* kv */
    kv_str(b, "general.architecture", "llama");
    kv_str(b, "general.name", "Tiny Llama");
    kv_u32(b, "llama.context_length", 4096);
    kv_u32(b, "general.file_type", 15);
    kv_str(b, "general.license", "apache-2.0");
    kv_u32(b, "general.base_model.count", 1);
    kv_str(b, "general.base_model.0.name", "Base Model");
    kv_str(b, "tokenizer.chat_template", "{% for m in messages %}{{ m.content }}{% endfor %}");
    kv_str(b, "tokenizer.chat_template.tool_use", "{{ tools }}");
    gstr(b, "tokenizer.ggml.tokens");
    le32(b, SG_GGUF_ARRAY);
    le32(b, SG_GGUF_STRING);
    le64(b, 100);
    for (int i = 0; i < 100; i++)
        gstr(b, "tok");
    gstr(b, "tokenizer.ggml.scores");
    le32(b, SG_GGUF_ARRAY);
    le32(b, SG_GGUF_FLOAT32);
    le64(b, 3);
    for (int i = 0; i < 3; i++)
        le32(b, 0x3f800000);
    /* tensors: F32 [4,4] at 0 (64 bytes), Q8_0 [32] at 64 (34 bytes) */
    gstr(b, "a.weight");
    le32(b, 2);
    le64(b, 4);
    le64(b, 4);
    le32(b, 0);
    le64(b, 0);
    gstr(b, "b.weight");
    le32(b, 1);
    le64(b, 32);
    le32(b, 8);
    le64(b, 64);
    while (b->len % 32)
        if (sg_buf_append_byte(b, 0)) {}
    for (int i = 0; i < 98; i++)
        if (sg_buf_append_byte(b, 0)) {}
}

static sg_err read_mem(const sg_buf *b, struct sg_gguf *g)
{
    sg_fmt_src src;
    sg_fmt_src_mem(&src, b->data, b->len, "t.gguf");
    struct sg_error err = {0};
    return sg_gguf_read(&src, g, &err);
}

static bool has_problem(const struct sg_fmt_problems *p, const char *code)
{
    for (size_t i = 0; i < p->count; i++)
        if (strcmp(p->items[i].code, code) == 0)
            return true;
    return false;
}

static void test_complete_v3_file(void)
{
    sg_buf b;
    sg_buf_init(&b, 1 << 20);
    build_model(&b);
    struct sg_gguf g;
    CHECK_OK(read_mem(&b, &g), NULL);
    if (g.problems.count)
        sg_test_fail(__FILE__, __LINE__, "problem: %s", g.problems.items[0].message);
    CHECK(g.header_ok);
    CHECK_EQ_INT(g.version, 3);
    CHECK_STR(g.architecture, "llama");
    CHECK_STR(g.name, "Tiny Llama");
    CHECK_STR(g.license, "apache-2.0");
    CHECK_EQ_INT(g.context_length, 4096);
    CHECK_EQ_INT(g.file_type, 15);
    CHECK_STR(g.file_type_name, "Q4_K_M");
    CHECK_EQ_INT(g.parameter_count, 48);
    CHECK_EQ_INT(g.tensors_read, 2);
    CHECK_STR(g.tensors[1].name, "b.weight");
    CHECK_EQ_INT(json_array_size(g.base_models), 1);
    CHECK_STR(json_string_value(json_object_get(json_array_get(g.base_models, 0), "name")),
              "Base Model");
    CHECK_EQ_INT(g.template_count, 2);
    CHECK_STR(g.templates[0].name, "default");
    CHECK_STR(g.templates[1].name, "tool_use");
    CHECK_STR(g.templates[1].text, "{{ tools }}");
    /* 100 tokens are summarised; 3 scores kept */
    json_t *tok = json_object_get(g.metadata, "tokenizer.ggml.tokens");
    CHECK_EQ_INT(json_integer_value(json_object_get(tok, "count")), 100);
    CHECK_EQ_INT(json_array_size(json_object_get(g.metadata, "tokenizer.ggml.scores")), 3);
    sg_gguf_release(&g);

    /* Every truncation of the file is read without error, problems listed. */
    for (size_t cut = 0; cut < b.len; cut += 7) {
        sg_buf t = b;
        t.len = cut;
        CHECK_OK(read_mem(&t, &g), NULL);
        CHECK(!g.header_ok || g.problems.count > 0);
        sg_gguf_release(&g);
    }
    sg_buf_release(&b);
}

static void test_hostile_counts_and_lengths(void)
{
    struct {
        const char *what, *code;
        sg_buf b;
    } c[6];
    for (int i = 0; i < 6; i++)
        sg_buf_init(&c[i].b, 1 << 16);
    /* 0: an array claiming 2^40 uint8 elements */
    c[0].what = "huge array"; c[0].code = "limit";
    if (sg_buf_append(&c[0].b, "GGUF", 4)) {}
    le32(&c[0].b, 3); le64(&c[0].b, 0); le64(&c[0].b, 1);
    gstr(&c[0].b, "x"); le32(&c[0].b, SG_GGUF_ARRAY); le32(&c[0].b, SG_GGUF_UINT8);
    le64(&c[0].b, (uint64_t)1 << 40);
    /* 1: a string of 2^62 bytes */
    c[1].what = "huge string"; c[1].code = "truncated";
    if (sg_buf_append(&c[1].b, "GGUF", 4)) {}
    le32(&c[1].b, 3); le64(&c[1].b, 0); le64(&c[1].b, 1);
    le64(&c[1].b, (uint64_t)1 << 62);
    for (int i = 0; i < 16; i++) if (sg_buf_append_byte(&c[1].b, 'a')) {}
    /* 2: 2^60 metadata entries */
    c[2].what = "kv count"; c[2].code = "kv-count";
    if (sg_buf_append(&c[2].b, "GGUF", 4)) {}
    le32(&c[2].b, 3); le64(&c[2].b, 0); le64(&c[2].b, (uint64_t)1 << 60);
    /* 3: arrays nested 6 deep */
    c[3].what = "nesting"; c[3].code = "limit";
    if (sg_buf_append(&c[3].b, "GGUF", 4)) {}
    le32(&c[3].b, 3); le64(&c[3].b, 0); le64(&c[3].b, 1);
    gstr(&c[3].b, "x"); le32(&c[3].b, SG_GGUF_ARRAY);
    for (int i = 0; i < 6; i++) { le32(&c[3].b, SG_GGUF_ARRAY); le64(&c[3].b, 1); }
    le32(&c[3].b, SG_GGUF_UINT8); le64(&c[3].b, 1);
    for (int i = 0; i < 64; i++) if (sg_buf_append_byte(&c[3].b, 0)) {}
    /* 4: a tensor whose data runs past the end of the file */
    c[4].what = "tensor range"; c[4].code = "tensor-out-of-range";
    if (sg_buf_append(&c[4].b, "GGUF", 4)) {}
    le32(&c[4].b, 3); le64(&c[4].b, 1); le64(&c[4].b, 0);
    gstr(&c[4].b, "t"); le32(&c[4].b, 1); le64(&c[4].b, 1024); le32(&c[4].b, 0); le64(&c[4].b, 0);
    for (int i = 0; i < 64; i++) if (sg_buf_append_byte(&c[4].b, 0)) {}
    /* 5: version 9 */
    c[5].what = "version"; c[5].code = "bad-version";
    if (sg_buf_append(&c[5].b, "GGUF", 4)) {}
    le32(&c[5].b, 9); le64(&c[5].b, 0); le64(&c[5].b, 0);
    for (int i = 0; i < 6; i++) {
        struct sg_gguf g;
        CHECK_OK(read_mem(&c[i].b, &g), NULL);
        if (!has_problem(&g.problems, c[i].code))
            sg_test_fail(__FILE__, __LINE__, "%s: no '%s' problem (%zu: %s)", c[i].what, c[i].code,
                         g.problems.count, g.problems.count ? g.problems.items[0].code : "-");
        sg_gguf_release(&g);
        sg_buf_release(&c[i].b);
    }
}

static void test_version_1_lengths(void)
{
    sg_buf b;
    sg_buf_init(&b, 1 << 16);
    if (sg_buf_append(&b, "GGUF", 4)) {}
    le32(&b, 1);
    le32(&b, 0); /* tensors */
    le32(&b, 1); /* kv */
    le32(&b, 20);
    if (sg_buf_append(&b, "general.architecture", 20)) {}
    le32(&b, SG_GGUF_STRING);
    le32(&b, 4);
    if (sg_buf_append(&b, "gpt2", 4)) {}
    struct sg_gguf g;
    CHECK_OK(read_mem(&b, &g), NULL);
    CHECK(g.header_ok);
    CHECK_STR(g.architecture, "gpt2");
    sg_gguf_release(&g);
    sg_buf_release(&b);
}

static void test_sparse_multi_gb_model(void)
{
    /* One F16 tensor of 2^31 elements = 4 GiB of sparse data. */
    sg_buf b;
    sg_buf_init(&b, 1 << 16);
    if (sg_buf_append(&b, "GGUF", 4)) {}
    le32(&b, 3); le64(&b, 1); le64(&b, 1);
    kv_str(&b, "general.architecture", "llama");
    gstr(&b, "w"); le32(&b, 2); le64(&b, 65536); le64(&b, 32768); le32(&b, 1); le64(&b, 0);
    while (b.len % 32)
        if (sg_buf_append_byte(&b, 0)) {}
    char path[4200];
    snprintf(path, sizeof path, "%s/big.gguf", sg_test_tmpdir());
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    CHECK(fd >= 0);
    CHECK(write(fd, b.data, b.len) == (ssize_t)b.len);
    CHECK(ftruncate(fd, (off_t)(b.len + ((uint64_t)4 << 30))) == 0);
    close(fd);
    sg_fmt_src src;
    struct sg_error err = {0};
    CHECK_OK(sg_fmt_src_open(&src, path, &err), &err);
    struct sg_gguf g;
    CHECK_OK(sg_gguf_read(&src, &g, &err), &err);
    CHECK(g.header_ok);
    CHECK_EQ_INT(g.problems.count, 0);
    CHECK_EQ_INT(g.parameter_count, (uint64_t)1 << 31);
    CHECK(src.fetched <= (1 << 20));
    sg_gguf_release(&g);
    sg_fmt_src_close(&src);
    unlink(path);
    sg_buf_release(&b);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_complete_v3_file),
        SG_TEST(test_hostile_counts_and_lengths),
        SG_TEST(test_version_1_lengths),
        SG_TEST(test_sparse_multi_gb_model),
        {0},
    };
    return sg_test_main(argc, argv, tests);
}
