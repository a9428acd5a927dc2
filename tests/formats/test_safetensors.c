/* test_safetensors.c - real safetensors headers: a good file, each kind of
 * inconsistency reported as a problem (not a failure), hostile header
 * lengths, and a sparse multi-GB file read for the cost of its header. */
#include "harness.h"

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include "saiguard/formats.h"

/* Writes 8-byte length + header + data_len zero bytes (sparse past 1 MiB). */
static const char *write_st(const char *name, const char *header, uint64_t data_len)
{
    static char path[4200];
    snprintf(path, sizeof path, "%s/%s", sg_test_tmpdir(), name);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return NULL;
    uint64_t n = strlen(header);
    uint8_t le[8];
    for (int i = 0; i < 8; i++)
        le[i] = (uint8_t)(n >> (8 * i));
    bool ok = write(fd, le, 8) == 8 && write(fd, header, n) == (ssize_t)n &&
              ftruncate(fd, (off_t)(8 + n + data_len)) == 0;
    close(fd);
    return ok ? path : NULL;
}

static bool has_problem(const struct sg_fmt_problems *p, const char *code)
{
    for (size_t i = 0; i < p->count; i++)
        if (strcmp(p->items[i].code, code) == 0)
            return true;
    return false;
}

static sg_err read_path(const char *path, struct sg_safetensors *st, uint64_t *fetched)
{
    sg_fmt_src src;
    struct sg_error err = {0};
    sg_err rc = sg_fmt_src_open(&src, path, &err);
    if (rc != SG_OK)
        return rc;
    rc = sg_safetensors_read(&src, st, &err);
    if (fetched)
        *fetched = src.fetched;
    sg_fmt_src_close(&src);
    return rc;
}

static void test_well_formed_file(void)
{
    const char *path = write_st("ok.safetensors",
                                "{\"__metadata__\":{\"format\":\"pt\"},"
                                "\"b\":{\"dtype\":\"BF16\",\"shape\":[3],\"data_offsets\":[24,30]},"
                                "\"a\":{\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[0,24]}}",
                                30);
    CHECK(path);
    struct sg_safetensors st;
    CHECK_OK(read_path(path, &st, NULL), NULL);
    CHECK(st.header_ok);
    CHECK_EQ_INT(st.problems.count, 0);
    CHECK_EQ_INT(st.tensor_count, 2);
    CHECK_STR(st.tensors[0].name, "b");
    CHECK_EQ_INT(st.parameter_count, 9);
    CHECK_EQ_INT(st.dtype_count, 2);
    CHECK_STR(st.dtypes[0], "BF16");
    CHECK_STR(json_string_value(json_object_get(st.metadata, "format")), "pt");
    CHECK_EQ_INT(st.tensors[1].ndim, 2);
    CHECK_EQ_INT(st.tensors[1].shape[1], 3);
    sg_safetensors_release(&st);
}

static void test_inconsistencies_are_listed(void)
{
    static const struct {
        const char *header;
        uint64_t data;
        const char *code;
    } cases[] = {
        {"{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
         "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}", 12, "overlapping-tensors"},
        {"{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
         "\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[12,16]}}", 16, "data-gap"},
        {"{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}", 20, "trailing-data"},
        {"{\"a\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}", 8, "tensor-size-mismatch"},
        {"{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}", 4, "tensor-out-of-range"},
        {"{\"a\":{\"dtype\":\"Q9\",\"shape\":[2],\"data_offsets\":[0,8]}}", 8, "unknown-dtype"},
        {"{\"a\":{\"dtype\":\"F32\",\"shape\":[-1],\"data_offsets\":[0,8]}}", 8, "tensor-shape"},
        {"{\"a\":{\"dtype\":\"U8\",\"shape\":[4294967296,4294967296,4294967296],"
         "\"data_offsets\":[0,8]}}", 8, "tensor-shape"},
        {"{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[8,0]}}", 8, "tensor-offsets"},
        {"{\"a\":{\"dtype\":\"F32\",\"shape\":[2]}}", 8, "tensor-fields"},
        {"{\"__metadata__\":{\"n\":1}}", 0, "metadata-not-string"},
        {"{\"a\":1,\"a\":2}", 0, "header-json"},
        {"{\"a\":", 0, "header-json"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *path = write_st("bad.safetensors", cases[i].header, cases[i].data);
        CHECK(path);
        struct sg_safetensors st;
        CHECK_OK(read_path(path, &st, NULL), NULL);
        if (!has_problem(&st.problems, cases[i].code))
            sg_test_fail(__FILE__, __LINE__, "case %zu: no '%s' problem (%zu problems, first %s)",
                         i, cases[i].code, st.problems.count,
                         st.problems.count ? st.problems.items[0].code : "-");
        sg_safetensors_release(&st);
    }
}

static void test_hostile_header_lengths(void)
{
    const char *dir = sg_test_tmpdir();
    /* claims 2^63 bytes of header, and a header longer than the file */
    CHECK(sg_test_write_file(dir, "huge.safetensors", "\xff\xff\xff\xff\xff\xff\xff\x7f{}", 10));
    CHECK(sg_test_write_file(dir, "long.safetensors", "\x40\x00\x00\x00\x00\x00\x00\x00{}", 10));
    CHECK(sg_test_write_file(dir, "short.safetensors", "\x02\x00", 2));
    const char *names[] = {"huge.safetensors", "long.safetensors", "short.safetensors"};
    const char *codes[] = {"header-too-large", "header-length", "truncated"};
    for (int i = 0; i < 3; i++) {
        char path[4200];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        struct sg_safetensors st;
        CHECK_OK(read_path(path, &st, NULL), NULL);
        CHECK(!st.header_ok);
        CHECK(has_problem(&st.problems, codes[i]));
        sg_safetensors_release(&st);
    }
}

static void test_multi_gb_file_costs_its_header(void)
{
    /* 4 GiB of (sparse) tensor data: only the header window may be read. */
    uint64_t gib4 = (uint64_t)4 << 30;
    char header[256];
    snprintf(header, sizeof header,
             "{\"w\":{\"dtype\":\"F16\",\"shape\":[65536,32768],\"data_offsets\":[0,%llu]}}",
             (unsigned long long)gib4);
    const char *path = write_st("big.safetensors", header, gib4);
    CHECK(path);
    struct sg_safetensors st;
    uint64_t fetched = 0;
    CHECK_OK(read_path(path, &st, &fetched), NULL);
    CHECK(st.header_ok);
    CHECK_EQ_INT(st.problems.count, 0);
    CHECK_EQ_INT(st.parameter_count, (uint64_t)65536 * 32768);
    CHECK(fetched <= (1 << 20));
    sg_safetensors_release(&st);
    unlink(path);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_well_formed_file),
        SG_TEST(test_inconsistencies_are_listed),
        SG_TEST(test_hostile_header_lengths),
        SG_TEST(test_multi_gb_file_costs_its_header),
        {0},
    };
    return sg_test_main(argc, argv, tests);
}
