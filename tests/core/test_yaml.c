/* test_yaml.c - YAML to JSON conversion, typing, limits and ${NAME}. */
#include "harness.h"

#include <stdlib.h>

static json_t *parse(const char *text, struct sg_error *err, sg_err *rc)
{
    json_t *v = NULL;
    *rc = sg_yaml_parse(text, strlen(text), "cfg.yaml", &v, err);
    return v;
}

static void test_scalars_follow_the_core_schema(void)
{
    struct sg_error err = {0};
    sg_err rc;
    json_t *v = parse("a: true\nb: 12\nc: '12'\nd: ~\ne: 1.5\nf: hello world\ng: [x, 2]\n", &err, &rc);
    CHECK_OK(rc, &err);
    CHECK(json_is_true(json_object_get(v, "a")));
    CHECK_EQ_INT(json_integer_value(json_object_get(v, "b")), 12);
    CHECK_STR(json_string_value(json_object_get(v, "c")), "12");
    CHECK(json_is_null(json_object_get(v, "d")));
    CHECK(json_is_real(json_object_get(v, "e")));
    CHECK_STR(json_string_value(json_object_get(v, "f")), "hello world");
    CHECK_EQ_INT(json_array_size(json_object_get(v, "g")), 2);
    json_decref(v);
}

static void test_errors_are_one_line_with_position(void)
{
    struct sg_error err = {0};
    sg_err rc;
    json_t *v = parse("a: [1, 2\nb: c\n", &err, &rc);
    CHECK(v == NULL);
    CHECK_EQ_INT(rc, SG_ERR_PARSE);
    CHECK_STR(err.subject, "cfg.yaml");
    CHECK(strchr(err.reason, '\n') == NULL);
    v = parse("a: 1\na: 2\n", &err, &rc);
    CHECK(v == NULL);
    CHECK_EQ_INT(rc, SG_ERR_PARSE);
}

static void test_alias_bomb_is_bounded(void)
{
    struct sg_error err = {0};
    sg_err rc;
    const char *bomb =
        "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
        "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
        "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
        "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
        "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n";
    json_t *v = parse(bomb, &err, &rc);
    CHECK(v == NULL);
    CHECK_EQ_INT(rc, SG_ERR_LIMIT);
}

static void test_env_expansion(void)
{
    struct sg_error err = {0};
    sg_err rc;
    setenv("SG_TEST_TOKEN", "s3cret", 1);
    unsetenv("SG_TEST_UNSET");
    json_t *v = parse("key: \"Bearer ${SG_TEST_TOKEN}\"\nlist: [\"$${literal}\"]\n", &err, &rc);
    CHECK_OK(rc, &err);
    CHECK_OK(sg_json_expand_env(v, "cfg.yaml", &err), &err);
    CHECK_STR(json_string_value(json_object_get(v, "key")), "Bearer s3cret");
    CHECK_STR(json_string_value(json_array_get(json_object_get(v, "list"), 0)), "${literal}");
    json_decref(v);
    v = parse("key: ${SG_TEST_UNSET}\n", &err, &rc);
    CHECK_OK(rc, &err);
    CHECK_EQ_INT(sg_json_expand_env(v, "cfg.yaml", &err), SG_ERR_CONFIG);
    CHECK(strstr(err.reason, "SG_TEST_UNSET") != NULL);
    json_decref(v);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_scalars_follow_the_core_schema),
        SG_TEST(test_errors_are_one_line_with_position),
        SG_TEST(test_alias_bomb_is_bounded),
        SG_TEST(test_env_expansion),
        {0},
    };
    return sg_test_main(argc, argv, tests);
}
