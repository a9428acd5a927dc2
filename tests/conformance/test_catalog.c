/* test_catalog.c - the compiled catalogue matches the shared standard, the
 * rule table covers every provision in order, names parse both ways and the
 * OSCAL identifiers are valid tokens. */
#include "harness.h"

#include <ctype.h>

#include "conformance/internal.h"
#include "saiguard/conformance.h"

static void test_counts_match_the_standard(void)
{
    int shall = 0, should = 0, dev = 0, ops = 0, data = 0;
    for (size_t i = 0; i < SG_PROVISION_COUNT; i++) {
        const struct sg_provision *p = sg_catalog_provision(i);
        CHECK(p != NULL);
        shall += p->level == SG_LEVEL_SHALL;
        should += p->level == SG_LEVEL_SHOULD;
        dev += (p->roles & SG_ROLE_DEVELOPER) != 0;
        ops += (p->roles & SG_ROLE_SYSTEM_OPERATOR) != 0;
        data += (p->roles & SG_ROLE_DATA_CUSTODIAN) != 0;
    }
    /* the figures the catalogue's README states */
    CHECK_EQ_INT(shall, 49);
    CHECK_EQ_INT(should, 23);
    CHECK_EQ_INT(dev, 59);
    CHECK_EQ_INT(ops, 49);
    CHECK_EQ_INT(data, 10);
    CHECK(sg_catalog_provision(SG_PROVISION_COUNT) == NULL);
    int total = 0;
    for (int n = 1; n <= SG_PRINCIPLE_COUNT; n++)
        total += sg_catalog_principle(n)->provision_count;
    CHECK_EQ_INT(total, 72);
    CHECK(sg_catalog_principle(0) == NULL && sg_catalog_principle(14) == NULL);
}

static void test_find_and_names(void)
{
    const struct sg_provision *p = sg_catalog_find("5.2.4-1.2");
    CHECK(p != NULL);
    CHECK_STR(p->uk_cop_id, "8.1.2");
    CHECK(sg_catalog_find("5.2.4-9") == NULL);
    CHECK(sg_catalog_find(NULL) == NULL);
    CHECK_EQ_INT(sg_role_parse("system-operator"), SG_ROLE_SYSTEM_OPERATOR);
    CHECK_EQ_INT(sg_role_parse("auditor"), -1);
    CHECK_EQ_INT(sg_phase_parse("end-of-life"), SG_PHASE_END_OF_LIFE);
    CHECK_EQ_INT(sg_phase_parse("launch"), -1);
    CHECK_STR(sg_evidence_name(SG_EVIDENCE_THREAT_MODEL), "threat_model");
    CHECK_EQ_INT(sg_verdict_parse("not_applicable"), SG_VERDICT_NOT_APPLICABLE);
}

static void test_rules_cover_every_provision_in_order(void)
{
    int machine = 0;
    for (size_t i = 0; i < SG_PROVISION_COUNT; i++) {
        CHECK_STR(sg__rules[i].provision, sg_catalog_provision(i)->id);
        if (sg__rules[i].attest != SG_ATTEST_ONLY) {
            CHECK(sg__rules[i].checks[0] != NULL);
            machine++;
        } else {
            CHECK(sg__rules[i].checks[0] == NULL);
        }
    }
    /* the target: at least 40 decided by machine evidence */
    CHECK(machine >= 40);
}

static void test_verdicts_combine_fail_first(void)
{
    CHECK_EQ_INT(sg_verdict_combine(SG_VERDICT_PASS, SG_VERDICT_FAIL), SG_VERDICT_FAIL);
    CHECK_EQ_INT(sg_verdict_combine(SG_VERDICT_INCONCLUSIVE, SG_VERDICT_FAIL), SG_VERDICT_FAIL);
    CHECK_EQ_INT(sg_verdict_combine(SG_VERDICT_PASS, SG_VERDICT_INCONCLUSIVE), SG_VERDICT_INCONCLUSIVE);
    CHECK_EQ_INT(sg_verdict_combine(SG_VERDICT_PASS, SG_VERDICT_PASS), SG_VERDICT_PASS);
}

static void test_oscal_catalog_ids_and_uuids(void)
{
    struct sg_error err = {0};
    json_t *doc = NULL;
    CHECK_OK(sg_catalog_to_oscal(SG_ROLE_DATA_CUSTODIAN, -1, &doc, &err), &err);
    json_t *groups = json_object_get(json_object_get(doc, "catalog"), "groups"), *g, *c;
    size_t i, j, controls = 0;
    json_array_foreach(groups, i, g) json_array_foreach(json_object_get(g, "controls"), j, c) {
        const char *id = json_string_value(json_object_get(c, "id"));
        CHECK(id && isalpha((unsigned char)id[0]));
        controls++;
    }
    CHECK_EQ_INT(controls, 10);
    json_decref(doc);
    char a[37], b[37];
    CHECK_OK(sg_uuid_v5("x", a), NULL);
    CHECK_OK(sg_uuid_v5("x", b), NULL);
    CHECK_STR(a, b);
    CHECK(a[14] == '5' && strchr("89ab", a[19]) != NULL && strlen(a) == 36);
    CHECK_OK(sg_uuid_v5("y", b), NULL);
    CHECK(strcmp(a, b) != 0);
}

static void test_dates(void)
{
    time_t t, u;
    CHECK(sg__parse_date("2026-11-23", &t));
    CHECK(sg__parse_date("2026-11-23T00:00:00Z", &u));
    CHECK_EQ_INT(t, u);
    CHECK(sg__parse_date("2026-11-23T01:30:00.250+01:30", &u));
    CHECK_EQ_INT(t, u);
    CHECK(sg__parse_date("2026-11-22T23:00:00-01:00", &u));
    CHECK_EQ_INT(t, u);
    CHECK(!sg__parse_date("2026-02-31", &t));
    CHECK(!sg__parse_date("2026-11-23T10:00:00", &t)); /* no zone */
    CHECK(!sg__parse_date("2026-11-23 10:00:00Z", &t));
    CHECK(!sg__parse_date("23/11/2026", &t));
    CHECK(!sg__parse_date("2026-11-23T10:00:00Zjunk", &t));
    CHECK(!sg__parse_date(NULL, &t));
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_counts_match_the_standard),      SG_TEST(test_find_and_names),
        SG_TEST(test_rules_cover_every_provision_in_order), SG_TEST(test_verdicts_combine_fail_first),
        SG_TEST(test_oscal_catalog_ids_and_uuids),    SG_TEST(test_dates), {NULL, NULL}};
    return sg_test_main(argc, argv, tests);
}
