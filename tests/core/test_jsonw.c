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

/* Random strings built from the pieces that need care (quotes, controls,
 * DEL, every UTF-8 length, and bytes that are not UTF-8) between plain runs
 * (copied 8 bytes at a time, so a special byte lands at every offset of a
 * word): strict output is
 * jansson's byte for byte or a refusal exactly when jansson refuses too;
 * lossy output is always a JSON string, and the same as strict output
 * whenever the input is UTF-8. */
static void test_random_strings_match_jansson(void)
{
    static const char *const pieces[] = {
        "a", "Z", " ", "/", "~", "plain words", "0123456789abcdef", "\"", "\\", "\x7f", "\x01", "\x1f", "\n", "\t", "\b", "\f",
        "\r", "\0", "\xc3\xa9", "\xdf\xbf", "\xe4\xb8\xad", "\xef\xbf\xbf", "\xe2\x80\xa8",
        "\xf0\x9f\x98\x80", "\xf4\x8f\xbf\xbf", "\xff", "\xc3", "\x80", "\xc0\xaf", "\xed\xa0\x80",
        "\xf4\x90\x80\x80", "\xe4\xb8", "\xf8\x88\x80\x80\x80",
    };
    static const size_t npieces = sizeof pieces / sizeof *pieces;
    uint64_t seed = 0x9e3779b97f4a7c15u;
    sg_buf b;
    sg_buf_init(&b, 1 << 16);
    for (int round = 0; round < 20000; round++) {
        char s[256];
        size_t len = 0;
        seed = seed * 6364136223846793005u + 1442695040888963407u;
        int count = (int)(seed >> 59); /* 0..31 pieces */
        for (int k = 0; k < count; k++) {
            seed = seed * 6364136223846793005u + 1442695040888963407u;
            const char *piece = pieces[(seed >> 33) % npieces];
            size_t plen = piece[0] ? strlen(piece) : 1; /* "\0" is one NUL byte */
            memcpy(s + len, piece, plen);
            len += plen;
        }
        sg_buf_reset(&b);
        CHECK_OK(sg_buf_append_str(&b, "x"), NULL);
        sg_err strict = sg_json_append_string(&b, s, len, false);
        char *want = jansson_string(s, len);
        if (want) {
            CHECK_OK(strict, NULL);
            CHECK_STR(b.data + 1, want);
        } else {
            CHECK_EQ_INT(strict, SG_ERR_ENCODING);
            CHECK_STR(b.data, "x");
        }
        size_t mark = b.len;
        CHECK_OK(sg_json_append_string(&b, s, len, true), NULL);
        json_error_t je;
        json_t *v = json_loadb(b.data + mark, b.len - mark, JSON_DECODE_ANY | JSON_ALLOW_NUL, &je);
        CHECK(v != NULL && json_is_string(v));
        if (want)
            CHECK_STR(b.data + mark, want);
        json_decref(v);
        free(want);
    }
    sg_buf_release(&b);
}

/* Near the buffer's cap the worst case (6 bytes a byte) does not fit, but a
 * string whose escaped form does is still written. */
static void test_string_fits_exactly_under_cap(void)
{
    sg_buf b;
    sg_buf_init(&b, 44);
    CHECK_OK(sg_buf_append_str(&b, "x"), NULL);
    const char *s = "forty plain bytes, which escape to forty";
    CHECK_EQ_INT(strlen(s), 40);
    CHECK_OK(sg_json_append_string(&b, s, strlen(s), false), NULL);
    CHECK_EQ_INT(b.len, 1 + strlen(s) + 2);
    CHECK(b.data[1] == '"' && b.data[b.len - 1] == '"');

    /* One control byte too many: too large, and the buffer as it was. */
    sg_buf_reset(&b);
    CHECK_OK(sg_buf_append_str(&b, "x"), NULL);
    const char *ctl = "thirty-nine plain bytes and a control \x01";
    CHECK_EQ_INT(strlen(ctl), 39); /* 38 bytes and the quotes fit, 6 for the control byte do not */
    CHECK_EQ_INT(sg_json_append_string(&b, ctl, strlen(ctl), false), SG_ERR_TOO_LARGE);
    CHECK_STR(b.data, "x");
    /* Not UTF-8: refused as such whatever the size. */
    const char *bad = "thirty-nine plain bytes and a bad byte \xff";
    CHECK_EQ_INT(sg_json_append_string(&b, bad, strlen(bad), false), SG_ERR_ENCODING);
    CHECK_STR(b.data, "x");
    sg_buf_release(&b);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_string_matches_jansson),
        SG_TEST(test_invalid_utf8_strict_fails_lossy_replaces),
        SG_TEST(test_random_strings_match_jansson),
        SG_TEST(test_string_fits_exactly_under_cap),
        SG_TEST(test_writer_is_canonical),
        SG_TEST(test_writer_failure_restores_buffer),
        {0},
    };
    return sg_test_main(argc, argv, tests);
}
