/* test_parquet.c - the Parquet footer: row count, schema size, row groups and
 * writer from real Thrift-compact FileMetaData, and hostile footers (bad
 * lengths, lists longer than the footer, runaway nesting) reported cleanly. */
#include "harness.h"
#include "pbw.h"

#include "saiguard/formats.h"

static void zz(sg_buf *b, int64_t n)
{
    pbw_varint(b, ((uint64_t)n << 1) ^ (uint64_t)(n >> 63));
}

static void bstr(sg_buf *b, const char *s)
{
    pbw_varint(b, strlen(s));
    if (sg_buf_append_str(b, s)) {}
}

static void raw(sg_buf *b, const char *bytes, size_t n)
{
    if (sg_buf_append(b, bytes, n)) {}
}

/* "PAR1" + meta + length + "PAR1" */
static void frame(sg_buf *file, const sg_buf *meta)
{
    raw(file, "PAR1", 4);
    raw(file, meta->data, meta->len);
    le32(file, (uint32_t)meta->len);
    raw(file, "PAR1", 4);
}

static sg_err read_buf(const sg_buf *b, struct sg_parquet *pq)
{
    sg_fmt_src src;
    sg_fmt_src_mem(&src, b->data, b->len, "t.parquet");
    struct sg_error err = {0};
    return sg_parquet_read(&src, pq, &err);
}

static void test_footer_fields(void)
{
    sg_buf m, f;
    sg_buf_init(&m, 1 << 16);
    sg_buf_init(&f, 1 << 16);
    raw(&m, "\x15", 1); zz(&m, 1);                         /* version */
    raw(&m, "\x19\x3c", 2);                                /* schema: root + 2 */
    raw(&m, "\x48", 1); bstr(&m, "schema"); raw(&m, "\x15", 1); zz(&m, 2); raw(&m, "\0", 1);
    for (int i = 0; i < 2; i++) {
        raw(&m, "\x15", 1); zz(&m, 2); raw(&m, "\x38", 1); bstr(&m, i ? "b" : "a");
        raw(&m, "\0", 1);
    }
    raw(&m, "\x16", 1); zz(&m, 123456789);                 /* num_rows */
    raw(&m, "\x19\x2c", 2);                                /* 2 row groups */
    for (int i = 0; i < 2; i++) {
        raw(&m, "\x19\x0c\x16", 3); zz(&m, 10); raw(&m, "\x16", 1); zz(&m, 5); raw(&m, "\0", 1);
    }
    raw(&m, "\x19\x1c", 2);                                /* key_value_metadata: 1 KeyValue */
    raw(&m, "\x18", 1); bstr(&m, "pandas"); raw(&m, "\x18", 1); bstr(&m, "{}"); raw(&m, "\0", 1);
    raw(&m, "\x18", 1); bstr(&m, "parquet-cpp-arrow version 14.0.0"); /* created_by (6) */
    raw(&m, "\0", 1);
    frame(&f, &m);
    struct sg_parquet pq;
    CHECK_OK(read_buf(&f, &pq), NULL);
    if (pq.problems.count)
        sg_test_fail(__FILE__, __LINE__, "%s", pq.problems.items[0].message);
    CHECK(pq.footer_ok);
    CHECK_EQ_INT(pq.num_rows, 123456789);
    CHECK_EQ_INT(pq.columns, 2);
    CHECK_EQ_INT(pq.row_groups, 2);
    CHECK_STR(pq.created_by, "parquet-cpp-arrow version 14.0.0");
    sg_parquet_release(&pq);
    /* every truncation of the footer fails cleanly */
    for (size_t cut = 0; cut < m.len; cut++) {
        sg_buf t;
        sg_buf_init(&t, 1 << 16);
        sg_buf part = m;
        part.len = cut;
        frame(&t, &part);
        CHECK_OK(read_buf(&t, &pq), NULL);
        sg_parquet_release(&pq);
        sg_buf_release(&t);
    }
    sg_buf_release(&m);
    sg_buf_release(&f);
}

static void test_hostile_footers(void)
{
    static const struct {
        const char *what, *meta;
        size_t len;
        const char *code;
    } cases[] = {
        {"list of 2^60 elements", "\x19\xfc\x80\x80\x80\x80\x80\x80\x80\x80\x10", 11, "footer-malformed"},
        {"struct nesting", "\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c"
                           "\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c"
                           "\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c", 40, "footer-malformed"},
        {"binary past the end", "\x28\xff\x01" "abc", 6, "footer-malformed"},
        {"unknown type", "\x1d", 1, "footer-malformed"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sg_buf m, f;
        sg_buf_init(&m, 1 << 16);
        sg_buf_init(&f, 1 << 16);
        raw(&m, cases[i].meta, cases[i].len);
        frame(&f, &m);
        struct sg_parquet pq;
        CHECK_OK(read_buf(&f, &pq), NULL);
        if (pq.footer_ok || !pq.problems.count || strcmp(pq.problems.items[0].code, cases[i].code))
            sg_test_fail(__FILE__, __LINE__, "%s: not reported", cases[i].what);
        sg_parquet_release(&pq);
        sg_buf_release(&m);
        sg_buf_release(&f);
    }
    /* footer length larger than the file, and no magic */
    sg_buf f;
    sg_buf_init(&f, 1 << 16);
    raw(&f, "PAR1\0\0\0\0\xff\xff\0\0PAR1", 16);
    struct sg_parquet pq;
    CHECK_OK(read_buf(&f, &pq), NULL);
    CHECK_STR(pq.problems.items[0].code, "footer-length");
    sg_parquet_release(&pq);
    sg_buf_reset(&f);
    raw(&f, "PAR1 this is not a footer PAR0", 30);
    CHECK_OK(read_buf(&f, &pq), NULL);
    CHECK_STR(pq.problems.items[0].code, "bad-magic");
    sg_parquet_release(&pq);
    sg_buf_release(&f);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_footer_fields),
        SG_TEST(test_hostile_footers),
        {0},
    };
    return sg_test_main(argc, argv, tests);
}
