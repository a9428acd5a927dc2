/* test_policy.c - callable classification (built-in allow and deny lists,
 * Python 2 aliases, dotted names) and policy files that add to or override
 * them, including the errors a bad policy gets. */
#include "harness.h"

#include "saiguard/scan.h"

static void test_builtin_lists(void)
{
    static const struct {
        const char *module, *name;
        enum sg_scan_severity want;
    } cases[] = {
        {"os", "system", SG_SCAN_CRITICAL},
        {"posix", "system", SG_SCAN_CRITICAL},
        {"__builtin__", "eval", SG_SCAN_CRITICAL},
        {"builtins", "getattr", SG_SCAN_CRITICAL},
        {"torch", "serialization.os.system", SG_SCAN_CRITICAL},
        {"torch.storage", "_load_from_bytes", SG_SCAN_CRITICAL},
        {"os", "", SG_SCAN_CRITICAL},
        {"torch._utils", "_rebuild_tensor_v2", SG_SCAN_INFO},
        {"collections", "OrderedDict", SG_SCAN_INFO},
        {"numpy.core.multiarray", "_reconstruct", SG_SCAN_INFO},
        {"__builtin__", "set", SG_SCAN_INFO},
        {"collections", "OrderedDict.__class__", SG_SCAN_HIGH},
        {"sklearn.tree", "DecisionTreeClassifier", SG_SCAN_MEDIUM},
        {"ossified", "thing", SG_SCAN_MEDIUM},   /* "os" matches whole components only */
        {"torch", "_utils", SG_SCAN_MEDIUM},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        enum sg_scan_severity got = sg_scan_classify_callable(NULL, cases[i].module, cases[i].name);
        if (got != cases[i].want)
            sg_test_fail(__FILE__, __LINE__, "%s.%s: got %s want %s", cases[i].module,
                         cases[i].name, sg_scan_severity_name(got),
                         sg_scan_severity_name(cases[i].want));
    }
}

static void test_policy_overrides(void)
{
    const char *dir = sg_test_tmpdir();
    const char *doc = "allow: [\"sklearn.*\", \"os.getcwd\"]\n"
                      "deny: [\"collections.OrderedDict\"]\n"
                      "disable_rules: [SG-PKL-021]\n"
                      "limits: {max_ratio: 50, max_depth: 2}\n";
    CHECK(sg_test_write_file(dir, "p.yaml", doc, strlen(doc)));
    char path[4200];
    snprintf(path, sizeof path, "%s/p.yaml", dir);
    sg_scan_policy *p = NULL;
    struct sg_error err = {0};
    CHECK_OK(sg_scan_policy_load(path, &p, &err), &err);
    CHECK_EQ_INT(sg_scan_classify_callable(p, "sklearn.tree", "DecisionTreeClassifier"), SG_SCAN_INFO);
    CHECK_EQ_INT(sg_scan_classify_callable(p, "os", "getcwd"), SG_SCAN_INFO);
    CHECK_EQ_INT(sg_scan_classify_callable(p, "os", "system"), SG_SCAN_CRITICAL);
    CHECK_EQ_INT(sg_scan_classify_callable(p, "collections", "OrderedDict"), SG_SCAN_CRITICAL);
    /* a disabled rule is never reported */
    struct sg_scan_options opt = {.policy = p};
    struct sg_scan_report r;
    sg_scan_report_init(&r);
    CHECK_OK(sg_scan_buffer("\x80\x02K\x01" "2\x86.", 7, "a.pkl", &opt, &r, &err), &err);
    CHECK_EQ_INT(r.count, 0);
    sg_scan_report_release(&r);
    sg_scan_policy_free(p);
}

static void test_bad_policies(void)
{
    static const char *const bad[] = {
        "allow: 3\n", "frobnicate: []\n", "deny: [\"\"]\n", "limits: {max_ratio: -1}\n",
        "limits: {bogus: 1}\n", "- a list\n",
    };
    const char *dir = sg_test_tmpdir();
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        CHECK(sg_test_write_file(dir, "bad.yaml", bad[i], strlen(bad[i])));
        char path[4200];
        snprintf(path, sizeof path, "%s/bad.yaml", dir);
        sg_scan_policy *p = NULL;
        struct sg_error err = {0};
        sg_err rc = sg_scan_policy_load(path, &p, &err);
        if (rc == SG_OK || p != NULL)
            sg_test_fail(__FILE__, __LINE__, "policy %zu accepted: %s", i, bad[i]);
        CHECK(err.reason[0] != 0);
    }
}

static void test_severity_names(void)
{
    enum sg_scan_severity s;
    CHECK_OK(sg_scan_severity_parse("medium", &s), NULL);
    CHECK_EQ_INT(s, SG_SCAN_MEDIUM);
    CHECK(sg_scan_severity_parse("severe", &s) != SG_OK);
    CHECK_STR(sg_scan_severity_name(SG_SCAN_CRITICAL), "critical");
    /* every rule id in the catalogue is unique */
    const struct sg_scan_rule *r = sg_scan_rules();
    for (size_t i = 0; r[i].id; i++)
        for (size_t j = i + 1; r[j].id; j++)
            CHECK(strcmp(r[i].id, r[j].id) != 0);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_builtin_lists),
        SG_TEST(test_policy_overrides),
        SG_TEST(test_bad_policies),
        SG_TEST(test_severity_names),
        {NULL, NULL},
    };
    return sg_test_main(argc, argv, tests);
}
