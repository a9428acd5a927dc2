/* test_jsonw.c - hand-written JSON output: byte for byte what jansson writes
 * with JSON_COMPACT | JSON_SORT_KEYS | JSON_ENSURE_ASCII, and never invalid. */
#include <stdlib.h>

#include "harness.h"

/* What jansson writes for the same bytes (they must be UTF-8). */
static char *jansson_string(const char *s, size_t len)
{
    json_t *v = json_stringn(s, len);
    char *d = v ? json_dumps(v, JSON_ENCODE_ANY | JSON_ENSURE_ASCII) : NULL;
    json_decref(v);
    return d;
}

static void test_string_matches_jansson(void)
{
#define S(lit) {lit, sizeof lit - 1}
    static const struct {
        const char *s;
        size_t len;
    } cases[] = {
        S(""),
        S("plain ascii / with slash"),
        S("quote \" backslash \\ tab \t nl \n cr \r bs \b ff \f"),
        S("ctl \x01 \x1f del \x7f"),
        S("nul \0 inside"),
        S("latin \xc3\xa9, cjk \xe4\xb8\xad, emoji \xf0\x9f\x98\x80"),
        S("last bmp \xef\xbf\xbf max \xf4\x8f\xbf\xbf"),
    };
#undef S
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        sg_buf b;
        sg_buf_init(&b, 4096);
        CHECK_OK(sg_json_append_string(&b, cases[i].s, cases[i].len, false), NULL);
        char *want = jansson_string(cases[i].s, cases[i].len);
        CHECK(want != NULL);
        CHECK_STR(b.data, want);
        free(want);
        sg_buf_release(&b);
    }
}

static void test_invalid_utf8_strict_fails_lossy_replaces(void)
{
    static const char *bad[] = {"\xff", "\xc3", "\xc0\xaf" /* overlong '/' */,
                                "\xed\xa0\x80" /* surrogate */, "\xf4\x90\x80\x80" /* > 10FFFF */,
                                "\xe4\xb8"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        sg_buf b;
        sg_buf_init(&b, 4096);
        CHECK_OK(sg_buf_append_str(&b, "x"), NULL);
        CHECK_EQ_INT(sg_json_append_string(&b, bad[i], strlen(bad[i]), false), SG_ERR_ENCODING);
        CHECK_STR(b.data, "x"); /* left as it was */
        CHECK_OK(sg_json_append_string(&b, bad[i], strlen(bad[i]), true), NULL);
        /* Every byte of the bad sequence is one U+FFFD, and the result is
         * valid JSON. */
        json_error_t je;
        json_t *v = json_loads(b.data + 1, JSON_DECODE_ANY, &je);
        CHECK(v != NULL);
        size_t n = strlen(bad[i]);
        CHECK_EQ_INT(json_string_length(v), 3 * n);
        CHECK(memcmp(json_string_value(v), "\xef\xbf\xbd", 3) == 0);
        json_decref(v);
        sg_buf_release(&b);
    }
}

static void test_writer_is_canonical(void)
{
    sg_buf b;
    sg_buf_init(&b, 4096);
    struct sg_jsonw w;
    sg_jsonw_begin(&w, &b);
    sg_jsonw_int(&w, "a_int", -9223372036854775807LL - 1);
    sg_jsonw_bool(&w, "b_true", true);
    sg_jsonw_bool(&w, "c_false", false);
    sg_jsonw_fixed(&w, "d_fixed", 1500, 3);
    sg_jsonw_fixed(&w, "e_fixed", 2000, 3);
    sg_jsonw_fixed(&w, "f_fixed", -125, 3);
    sg_jsonw_object_begin(&w, "g_obj");
    sg_jsonw_str(&w, "a", "x\xc3\xa9");
    sg_jsonw_object_begin(&w, "b");
    sg_jsonw_object_end(&w);
    sg_jsonw_str(&w, "c", NULL);
    sg_jsonw_object_end(&w);
    sg_jsonw_int(&w, "h_zero", 0);
    sg_jsonw_strn(&w, "i_str", "a\0b", 3);
    CHECK_OK(sg_jsonw_end(&w), NULL);

    json_error_t je;
    json_t *v = json_loads(b.data, JSON_ALLOW_NUL, &je);
    CHECK(v != NULL);
    char *again = json_dumps(v, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENSURE_ASCII);
    CHECK_STR(b.data, again);
    CHECK(strstr(b.data, "\"d_fixed\":1.5,\"e_fixed\":2.0,\"f_fixed\":-0.125") != NULL);
    free(again);
    json_decref(v);
    sg_buf_release(&b);
}

static void test_writer_failure_restores_buffer(void)
{
    sg_buf b;
    sg_buf_init(&b, 24);
    CHECK_OK(sg_buf_append_str(&b, "keep"), NULL);
    struct sg_jsonw w;
    sg_jsonw_begin(&w, &b);
    sg_jsonw_str(&w, "key", "a value far longer than the buffer's cap");
    sg_jsonw_int(&w, "more", 1); /* after a failure: does nothing */
    CHECK_EQ_INT(sg_jsonw_end(&w), SG_ERR_TOO_LARGE);
    CHECK_STR(b.data, "keep");

    /* Unbalanced nesting is a caller's bug, reported, not written. */
    sg_buf_reset(&b);
    sg_jsonw_begin(&w, &b);
    sg_jsonw_object_begin(&w, "o");
    CHECK_EQ_INT(sg_jsonw_end(&w), SG_ERR_INVALID_ARG);
    CHECK_EQ_INT(b.len, 0);
    sg_buf_release(&b);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_string_matches_jansson),
        SG_TEST(test_invalid_utf8_strict_fails_lossy_replaces),
        SG_TEST(test_writer_is_canonical),
        SG_TEST(test_writer_failure_restores_buffer),
        {0},
    };
    return sg_test_main(argc, argv, tests);
}
