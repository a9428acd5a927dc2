/* test_protobuf.c - the wire-format reader: every wire type, nesting, the
 * depth limit, and malformed input (bad varints, lengths past the message,
 * groups) failing cleanly. */
#include "harness.h"
#include "pbw.h"

#include "saiguard/formats.h"

static void test_fields_of_every_wire_type(void)
{
    sg_buf b, sub;
    sg_buf_init(&b, 1 << 16);
    sg_buf_init(&sub, 1 << 16);
    pbw_int(&b, 1, 300);
    pbw_int(&b, 2, UINT64_MAX);
    pbw_varint(&b, 3 << 3 | 1);
    le64(&b, 0x1122334455667788ULL);
    pbw_varint(&b, 4 << 3 | 5);
    le32(&b, 0xdeadbeef);
    pbw_str(&sub, 1, "inner");
    pbw_msg(&b, 5, &sub);
    sg_fmt_src src;
    sg_fmt_src_mem(&src, b.data, b.len, "t");
    struct sg_pb_reader r, c;
    struct sg_pb_field f;
    struct sg_error err = {0};
    sg_pb_begin(&r, &src, 0, b.len);
    CHECK_OK(sg_pb_next(&r, &f, &err), &err);
    CHECK(f.number == 1 && f.wire == SG_PB_VARINT && f.value == 300);
    CHECK_OK(sg_pb_next(&r, &f, &err), &err);
    CHECK(f.number == 2 && f.value == UINT64_MAX);
    CHECK_OK(sg_pb_next(&r, &f, &err), &err);
    CHECK(f.number == 3 && f.wire == SG_PB_I64 && f.value == 0x1122334455667788ULL);
    CHECK_OK(sg_pb_next(&r, &f, &err), &err);
    CHECK(f.number == 4 && f.wire == SG_PB_I32 && f.value == 0xdeadbeef);
    CHECK_OK(sg_pb_next(&r, &f, &err), &err);
    CHECK(f.number == 5 && f.wire == SG_PB_LEN && f.value == 7);
    CHECK_OK(sg_pb_enter(&r, &f, &c, &err), &err);
    struct sg_pb_field g;
    CHECK_OK(sg_pb_next(&c, &g, &err), &err);
    char *s = NULL;
    CHECK_OK(sg_pb_string(&c, &g, 100, &s, &err), &err);
    CHECK_STR(s, "inner");
    free(s);
    CHECK_EQ_INT(sg_pb_string(&c, &g, 3, &s, &err), SG_ERR_LIMIT);
    CHECK_OK(sg_pb_next(&c, &g, &err), &err);
    CHECK_EQ_INT(g.number, 0);
    CHECK_OK(sg_pb_next(&r, &f, &err), &err);
    CHECK_EQ_INT(f.number, 0);
    sg_buf_release(&b);
    sg_buf_release(&sub);
}

static void test_malformed_input_fails_cleanly(void)
{
    static const struct {
        const char *what;
        const char *bytes;
        size_t len;
    } bad[] = {
        {"truncated varint", "\x08\x80", 2},
        {"11-byte varint", "\x08\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01", 12},
        {"10th byte overflows", "\x08\xff\xff\xff\xff\xff\xff\xff\xff\xff\x02", 11},
        {"length past end", "\x0a\x05" "abc", 5},
        {"group start", "\x0b", 1},
        {"wire type 7", "\x0f", 1},
        {"field zero", "\x00\x01", 2},
        {"fixed64 truncated", "\x09\x01\x02", 3},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        sg_fmt_src src;
        sg_fmt_src_mem(&src, bad[i].bytes, bad[i].len, bad[i].what);
        struct sg_pb_reader r;
        struct sg_pb_field f;
        struct sg_error err = {0};
        sg_pb_begin(&r, &src, 0, bad[i].len);
        sg_err rc = sg_pb_next(&r, &f, &err);
        if (rc == SG_OK)
            sg_test_fail(__FILE__, __LINE__, "%s accepted", bad[i].what);
        CHECK(rc == SG_ERR_PARSE);
        CHECK(err.reason[0] != '\0');
    }
}

static void test_nesting_is_depth_limited(void)
{
    /* 40 levels of field 1 containing field 1 ... */
    sg_buf b, tmp;
    sg_buf_init(&b, 1 << 16);
    sg_buf_init(&tmp, 1 << 16);
    for (int i = 0; i < 40; i++) {
        sg_buf_reset(&tmp);
        pbw_bytes(&tmp, 1, b.data ? b.data : "", b.len);
        sg_buf_reset(&b);
        CHECK_OK(sg_buf_append(&b, tmp.data, tmp.len), NULL);
    }
    sg_fmt_src src;
    sg_fmt_src_mem(&src, b.data, b.len, "deep");
    struct sg_pb_reader r[64];
    struct sg_pb_field f;
    struct sg_error err = {0};
    sg_pb_begin(&r[0], &src, 0, b.len);
    int depth = 0;
    sg_err rc = SG_OK;
    while (depth < 63) {
        CHECK_OK(sg_pb_next(&r[depth], &f, &err), &err);
        if (!f.number)
            break;
        rc = sg_pb_enter(&r[depth], &f, &r[depth + 1], &err);
        if (rc != SG_OK)
            break;
        depth++;
    }
    CHECK_EQ_INT(rc, SG_ERR_LIMIT);
    CHECK_EQ_INT(depth, SG_PB_MAX_DEPTH);
    sg_buf_release(&b);
    sg_buf_release(&tmp);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_fields_of_every_wire_type),
        SG_TEST(test_malformed_input_fails_cleanly),
        SG_TEST(test_nesting_is_depth_limited),
        {0},
    };
    return sg_test_main(argc, argv, tests);
}
