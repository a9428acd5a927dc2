/* test_json.c - strict JSON loading and typed access. */
#include "harness.h"

static void test_parse_rejects_duplicates_trailing_and_depth(void)
{
    struct sg_error err = {0};
    json_t *v = NULL;
    CHECK_EQ_INT(sg_json_parse("{\"a\":1,\"a\":2}", 13, "doc", &v, &err), SG_ERR_PARSE);
    CHECK(v == NULL);
    CHECK_STR(err.subject, "doc");
    CHECK_EQ_INT(sg_json_parse("{} x", 4, "doc", &v, &err), SG_ERR_PARSE);
    char deep[200];
    memset(deep, '[', 100);
    memset(deep + 100, ']', 100);
    CHECK_EQ_INT(sg_json_parse(deep, 200, "doc", &v, &err), SG_ERR_PARSE);
    CHECK(strstr(err.reason, "deeper") != NULL);
    CHECK_OK(sg_json_parse("\"scalar\"", 8, "doc", &v, &err), &err);
    CHECK_STR(json_string_value(v), "scalar");
    json_decref(v);
}

static void test_typed_getters_name_the_key(void)
{
    struct sg_error err = {0};
    json_t *v = NULL;
    const char *doc = "{\"s\":\"x\",\"n\":5,\"b\":true,\"o\":{}}";
    CHECK_OK(sg_json_parse(doc, strlen(doc), "doc", &v, &err), &err);
    const char *s = NULL;
    int64_t n = 0;
    bool b = false;
    CHECK_OK(sg_json_get_string(v, "s", &s, "doc", &err), &err);
    CHECK_STR(s, "x");
    CHECK_OK(sg_json_get_int(v, "n", &n, "doc", &err), &err);
    CHECK_EQ_INT(n, 5);
    CHECK_OK(sg_json_get_bool(v, "b", &b, "doc", &err), &err);
    CHECK(b);
    CHECK_EQ_INT(sg_json_get_string(v, "n", &s, "doc", &err), SG_ERR_PARSE);
    CHECK(strstr(err.reason, "'n' must be a string, not an integer") != NULL);
    CHECK(s == NULL);
    CHECK_EQ_INT(sg_json_get_int(v, "missing", &n, "doc", &err), SG_ERR_PARSE);
    CHECK(strstr(err.reason, "missing 'missing'") != NULL);
    const char *opt = "default";
    CHECK_OK(sg_json_opt_string(v, "absent", &opt, "doc", &err), &err);
    CHECK_STR(opt, "default");
    CHECK_EQ_INT(sg_json_opt_string(v, "b", &opt, "doc", &err), SG_ERR_PARSE);
    static const char *const allowed[] = {"s", "n", "b", NULL};
    CHECK_EQ_INT(sg_json_check_keys(v, allowed, "doc", &err), SG_ERR_CONFIG);
    CHECK(strstr(err.reason, "'o'") != NULL);
    json_decref(v);
}

static void test_dump_is_stable(void)
{
    json_t *v = json_pack("{s:i, s:s}", "b", 1, "a", "x");
    CHECK(v);
    sg_buf b;
    sg_buf_init(&b, 1024);
    CHECK_OK(sg_json_dump(v, JSON_COMPACT | JSON_SORT_KEYS, &b), NULL);
    CHECK_STR(b.data, "{\"a\":\"x\",\"b\":1}");
    sg_buf_release(&b);
    sg_buf_init(&b, 4);
    CHECK_EQ_INT(sg_json_dump(v, JSON_COMPACT, &b), SG_ERR_TOO_LARGE);
    sg_buf_release(&b);
    json_decref(v);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_parse_rejects_duplicates_trailing_and_depth),
        SG_TEST(test_typed_getters_name_the_key),
        SG_TEST(test_dump_is_stable),
        {0},
    };
    return sg_test_main(argc, argv, tests);
}
