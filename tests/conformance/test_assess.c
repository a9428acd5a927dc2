/* test_assess.c - verdict logic on small real profiles: each structured
 * evidence kind passes, fails and is inconclusive; attestations decide only
 * organisational provisions and are caught when expired, changed or forged;
 * waivers apply, expire and lapse with their asset; role filtering; the
 * CI gate; profile validation errors. Time is pinned (2026-11-23). */
#include "harness.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>

#include "saiguard/conformance.h"

#define NOW ((time_t)1795435200) /* 2026-11-23T12:00:00Z */

static char dir[PATH_MAX];

static void put(const char *name, const char *text)
{
    if (!sg_test_write_file(dir, name, text, strlen(text)))
        sg_test_fail(__FILE__, __LINE__, "cannot write %s", name);
}

static void fresh(const char *name)
{
    snprintf(dir, sizeof dir, "%s/%s", sg_test_tmpdir(), name);
    mkdir(dir, 0755);
    put("model/weights.safetensors", "not really weights but bytes");
}

static const char BASE[] =
    "system: {name: t, version: \"1\"}\n"
    "roles: [developer, system_operator]\n"
    "assets:\n  - {name: m, kind: model, path: model/}\n";

/* Runs an assessment of dir/saiguard.yaml; returns the report or NULL. */
static json_t *assess(struct sg_error *err)
{
    char path[PATH_MAX * 2], state[PATH_MAX * 2];
    snprintf(path, sizeof path, "%s/saiguard.yaml", dir);
    snprintf(state, sizeof state, "%s/.state", dir);
    struct sg_profile p;
    if (sg_profile_load(&p, path, err) != SG_OK)
        return NULL;
    sg_ctx ctx;
    json_t *report = NULL;
    if (sg_ctx_init(&ctx, state, err) == SG_OK) {
        struct sg_assess_options opt = {.now = NOW, .record_state = true};
        if (sg_assess_run(&ctx, &p, &opt, &report, err) != SG_OK)
            report = NULL;
        sg_ctx_release(&ctx);
    }
    sg_profile_release(&p);
    return report;
}

static const char *verdict(const json_t *report, const char *id)
{
    size_t i;
    json_t *p;
    json_array_foreach(json_object_get(report, "provisions"), i, p) if (strcmp(json_string_value(json_object_get(p, "id")), id) == 0)
        return json_string_value(json_object_get(p, "verdict"));
    return "(missing)";
}

static const char *check_status(const json_t *report, const char *id)
{
    size_t i;
    json_t *c;
    json_array_foreach(json_object_get(report, "checks"), i, c) if (strcmp(json_string_value(json_object_get(c, "id")), id) == 0)
        return json_string_value(json_object_get(c, "status"));
    return "(missing)";
}

#define ASSESS(report)                                  \
    struct sg_error err = {0};                          \
    json_t *report = assess(&err);                      \
    if (!report) {                                      \
        sg_test_fail(__FILE__, __LINE__, "%s: %s", err.subject, err.reason); \
        return;                                         \
    }

/* ---- structured records ----------------------------------------------- */

static const char THREATS[] =
    "business_need: answers support questions\nreviewed: 2026-10-01\nnext_review: 2027-04-01\n"
    "threats:\n"
    "  - {id: T1, category: data_poisoning, treatment: mitigate, controls: [a], owner: x}\n"
    "  - {id: T2, category: model_inversion, treatment: mitigate, controls: [a], owner: x}\n"
    "  - {id: T3, category: membership_inference, treatment: mitigate, controls: [a], owner: x}\n"
    "  - {id: T4, category: prompt_injection, treatment: mitigate, controls: [a], owner: x}\n"
    "  - {id: T5, category: extraction, treatment: mitigate, controls: [a], owner: x}\n"
    "  - {id: T6, category: model_obfuscation, treatment: accept, owner: x}\n"
    "unused_capabilities: [{capability: images, action: disabled}]\n"
    "residual_risks: [{threat: T6, communicated_to: operators}]\n";

static void test_threat_model_pass_fail_inconclusive(void)
{
    fresh("threat");
    put("saiguard.yaml", "system: {name: t, version: \"1\"}\nroles: [developer, system_operator]\n"
                         "assets:\n  - {name: m, kind: model, path: model/}\n"
                         "documents: {threat_model: tm.yaml}\n");
    put("tm.yaml", THREATS);
    {
        ASSESS(r);
        CHECK_STR(check_status(r, "threat_model.ai_threats"), "pass");
        CHECK_STR(verdict(r, "5.1.3-1"), "pass");
        CHECK_STR(verdict(r, "5.1.3-1.3"), "pass");
        CHECK_STR(verdict(r, "5.1.3-2"), "pass");
        json_decref(r);
    }
    /* drop prompt injection: the AI-threat check fails, and so does 5.1.3-1 */
    char *text = strdup(THREATS);
    char *pi = strstr(text, "prompt_injection");
    memcpy(pi, "sql_injection___", 16);
    put("tm.yaml", text);
    free(text);
    {
        ASSESS(r);
        CHECK_STR(check_status(r, "threat_model.ai_threats"), "fail");
        CHECK_STR(verdict(r, "5.1.3-1"), "fail");
        json_decref(r);
    }
    /* overdue review */
    put("tm.yaml", "business_need: x\nreviewed: 2024-01-01\nnext_review: 2024-07-01\nthreats: []\n");
    {
        ASSESS(r);
        CHECK_STR(check_status(r, "threat_model.review"), "fail");
        json_decref(r);
    }
    /* no document at all: inconclusive, never pass */
    put("saiguard.yaml", BASE);
    {
        ASSESS(r);
        CHECK_STR(check_status(r, "threat_model.ai_threats"), "inconclusive");
        CHECK_STR(verdict(r, "5.1.3-1"), "inconclusive");
        json_decref(r);
    }
}

static void test_training_expiry_and_security_txt(void)
{
    fresh("training");
    put("saiguard.yaml", "system: {name: t, version: \"1\"}\nroles: [developer]\n"
                         "assets:\n  - {name: m, kind: model, path: model/}\n"
                         "documents: {training_records: tr.yaml, security_txt: security.txt}\n");
    put("tr.yaml", "programme: {name: p, ai_specific: true, updated: 2026-06-01}\n"
                   "threat_updates: {channels: [a, b], last_issued: 2026-11-01}\n"
                   "records:\n  - {person: A, roles: [developer], topics: [ai_threats, secure_ai_engineering], "
                   "completed: 2026-01-01, expires: 2027-01-01}\n");
    put("security.txt", "Contact: mailto:sec@example.com\nExpires: 2027-06-01T00:00:00Z\n");
    {
        ASSESS(r);
        CHECK_STR(verdict(r, "5.1.1-1.1"), "pass");
        CHECK_STR(verdict(r, "5.1.1-2.2"), "pass");
        CHECK_STR(verdict(r, "5.2.2-4"), "pass");
        json_decref(r);
    }
    put("tr.yaml", "programme: {name: p, ai_specific: true, updated: 2026-06-01}\n"
                   "threat_updates: {channels: [a], last_issued: 2026-11-01}\n"
                   "records:\n  - {person: A, roles: [developer], topics: [ai_threats, secure_ai_engineering], "
                   "completed: 2025-01-01, expires: 2026-01-01}\n");
    put("security.txt", "Contact: mailto:sec@example.com\nExpires: 2026-01-01T00:00:00Z\n");
    {
        ASSESS(r);
        CHECK_STR(verdict(r, "5.1.1-1.1"), "fail");
        CHECK_STR(verdict(r, "5.1.1-2.1"), "fail");
        CHECK_STR(verdict(r, "5.2.2-4"), "fail");
        json_decref(r);
    }
}

/* ---- attestations ------------------------------------------------------------ */

static void make_key(void)
{
    EVP_PKEY *k = EVP_PKEY_Q_keygen(NULL, NULL, "ED25519");
    char path[PATH_MAX * 2];
    snprintf(path, sizeof path, "%s/attest.key", dir);
    FILE *f = fopen(path, "w");
    PEM_write_PrivateKey(f, k, NULL, NULL, 0, NULL, NULL);
    fclose(f);
    snprintf(path, sizeof path, "%s/attest.pub", dir);
    f = fopen(path, "w");
    PEM_write_PUBKEY(f, k);
    fclose(f);
    EVP_PKEY_free(k);
}

/* Signs an attestation and returns it as a one-line JSON flow (valid YAML). */
static char *attest(const char *provision, const char *document, const char *expires)
{
    char key[PATH_MAX * 2], docpath[PATH_MAX * 2];
    snprintf(key, sizeof key, "%s/attest.key", dir);
    snprintf(docpath, sizeof docpath, "%s/%s", dir, document ? document : "");
    struct sg_attestation_request req = {.provision = provision, .statement = "done", .by = "Jane",
                                         .document = document, .document_path = document ? docpath : NULL,
                                         .date = "2026-10-01", .expires = expires};
    json_t *att = NULL;
    struct sg_error err = {0};
    if (sg_attestation_sign(&req, key, &att, &err) != SG_OK) {
        sg_test_fail(__FILE__, __LINE__, "sign: %s", err.reason);
        return strdup("{}");
    }
    char *s = json_dumps(att, JSON_COMPACT);
    json_decref(att);
    return s;
}

static void test_attestations(void)
{
    fresh("attest");
    make_key();
    put("memo.md", "contract reviewed\n");
    char *good = attest("5.2.2-6", "memo.md", "2027-10-01");
    char *expired = attest("5.2.2-3", NULL, "2026-11-01");
    char *forged = attest("5.4.1-3", NULL, "2027-10-01");
    char *machine = attest("5.2.2-4", NULL, "2027-10-01"); /* security.txt is software-checkable */
    char *p = strstr(forged, "\"done\"");
    memcpy(p, "\"DONE\"", 6);
    char profile[8192];
    snprintf(profile, sizeof profile,
             "%skeys: {attestation: [attest.pub]}\nattestations:\n  - %s\n  - %s\n  - %s\n  - %s\n", BASE, good, expired,
             forged, machine);
    put("saiguard.yaml", profile);
    {
        ASSESS(r);
        CHECK_STR(verdict(r, "5.2.2-6"), "pass");
        CHECK_STR(verdict(r, "5.2.2-3"), "inconclusive");
        CHECK_STR(verdict(r, "5.4.1-3"), "fail");
        CHECK_STR(verdict(r, "5.2.2-4"), "inconclusive"); /* never passed on an attestation alone */
        CHECK_STR(verdict(r, "5.2.2-5"), "inconclusive"); /* no evidence at all */
        json_decref(r);
    }
    put("memo.md", "contract reviewed, then edited\n");
    {
        ASSESS(r);
        CHECK_STR(verdict(r, "5.2.2-6"), "inconclusive");
        json_decref(r);
    }
    free(good);
    free(expired);
    free(forged);
    free(machine);
}

/* ---- waivers, roles, gate ------------------------------------------------------ */

static void test_waivers_apply_expire_and_lapse(void)
{
    fresh("waiver");
    char digest[80] = "";
    {
        put("saiguard.yaml", BASE);
        ASSESS(r);
        snprintf(digest, sizeof digest, "%s",
                 json_string_value(json_object_get(json_array_get(json_object_get(r, "assets"), 0), "digest")));
        json_decref(r);
    }
    char profile[4096];
    snprintf(profile, sizeof profile,
             "%swaivers:\n"
             "  - {provisions: [\"5.2.2-6\"], reason: no cloud, approver: CISO, expires: 2027-01-01, scope: [{asset: m, digest: \"%s\"}]}\n"
             "  - {provisions: [\"5.4.1-3\"], reason: old, approver: CISO, expires: 2026-01-01, scope: [{asset: m, digest: \"%s\"}]}\n",
             BASE, digest, digest);
    put("saiguard.yaml", profile);
    {
        ASSESS(r);
        CHECK_STR(verdict(r, "5.2.2-6"), "waived");
        CHECK_STR(verdict(r, "5.4.1-3"), "inconclusive");
        json_decref(r);
    }
    put("model/weights.safetensors", "changed weights");
    {
        ASSESS(r);
        CHECK_STR(verdict(r, "5.2.2-6"), "inconclusive"); /* the asset changed: the waiver lapsed */
        json_decref(r);
    }
}

static void test_role_filtering_and_gate(void)
{
    fresh("roles");
    put("saiguard.yaml", "system: {name: t, version: \"1\"}\nroles: [system_operator]\n"
                         "assets:\n  - {name: m, kind: model, path: model/}\n");
    ASSESS(r);
    CHECK_STR(verdict(r, "5.1.1-2.2"), "not_applicable"); /* developer only */
    CHECK_STR(verdict(r, "5.2.2-4"), "inconclusive");     /* obliges operators too */
    CHECK(sg_assess_gate_fails(r, SG_LEVEL_SHALL));
    /* no check is ever passed because a capability is missing */
    size_t i;
    json_t *c;
    json_array_foreach(json_object_get(r, "checks"), i, c) {
        const char *reason = json_string_value(json_array_get(json_object_get(c, "reasons"), 0));
        if (reason && strstr(reason, "capability not available"))
            CHECK(strcmp(json_string_value(json_object_get(c, "status")), "pass") != 0);
    }
    json_t *sum = json_object_get(r, "summary");
    CHECK_EQ_INT(json_integer_value(json_object_get(sum, "total")), 72);
    CHECK(json_integer_value(json_object_get(sum, "not_applicable")) > 0);
    json_decref(r);
}

static void test_bad_profiles_are_clear_errors(void)
{
    static const struct {
        const char *text, *expect;
    } cases[] = {
        {"system: {name: t, version: \"1\"}\nroles: [developer]\ncolour: blue\n", "colour"},
        {"system: {name: t, version: 1}\nroles: [developer]\n", "version"},
        {"system: {name: t, version: \"1\"}\nroles: [auditor]\n", "auditor"},
        {"system: {name: t, version: \"1\"}\nroles: [developer]\nassets: [{name: m, kind: model, path: nowhere/}]\n", "nowhere"},
        {"system: {name: t, version: \"1\"}\nroles: [developer]\nwaivers: [{provisions: [\"9.9.9-1\"], reason: r, "
         "approver: a, expires: 2027-01-01, scope: []}]\n", "9.9.9-1"},
        {"system: {name: t, version: \"1\"}\nroles: [developer]\nattestations: [{provision: \"5.2.2-6\", statement: s, "
         "by: b, date: yesterday, expires: 2027-01-01}]\n", "date"},
        {"system: {name: t, version: \"1\"}\nroles: [developer]\ndocuments: {threat_model: missing.yaml}\n", "missing.yaml"},
    };
    fresh("bad");
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        put("saiguard.yaml", cases[i].text);
        struct sg_error err = {0};
        json_t *r = assess(&err);
        CHECK(r == NULL);
        CHECK(err.code != SG_OK);
        char all[1100];
        snprintf(all, sizeof all, "%s %s", err.subject, err.reason);
        if (!strstr(all, cases[i].expect))
            sg_test_fail(__FILE__, __LINE__, "case %zu: '%s' not in '%s'", i, cases[i].expect, all);
        CHECK(strchr(err.reason, '\n') == NULL);
    }
}

static void test_profile_found_walking_up(void)
{
    fresh("walk");
    put("saiguard.yaml", BASE);
    put("a/b/c/.keep", "");
    char start[PATH_MAX * 2], found[PATH_MAX];
    snprintf(start, sizeof start, "%s/a/b/c", dir);
    struct sg_error err = {0};
    CHECK_OK(sg_profile_find(start, found, sizeof found, &err), &err);
    CHECK(strstr(found, "walk/saiguard.yaml") != NULL);
}

static void test_reassessment_after_a_change(void)
{
    fresh("reassess");
    put("prompt.txt", "be helpful");
    put("tm.yaml", THREATS);
    put("saiguard.yaml", "system: {name: t, version: \"1\"}\nroles: [developer, system_operator]\n"
                         "assets:\n  - {name: m, kind: model, path: model/}\n  - {name: p, kind: prompt, path: prompt.txt}\n"
                         "documents: {threat_model: tm.yaml}\n");
    {
        ASSESS(r);
        CHECK_STR(verdict(r, "5.1.3-1.1"), "pass");
        json_decref(r);
    }
    put("prompt.txt", "be helpful and ignore the rules");
    {
        ASSESS(r);
        CHECK_STR(verdict(r, "5.1.3-1.1"), "fail");
        json_t *flagged = json_object_get(json_object_get(r, "reassessment"), "flagged");
        CHECK_EQ_INT(json_array_size(flagged), 1);
        json_t *before = NULL, *diff = NULL;
        CHECK_OK(sg_json_parse("{\"schema\":\"saiguard.assessment/1\",\"provisions\":[]}", 50, "prev", &before, &err), &err);
        CHECK_OK(sg_assess_diff(before, r, &diff, &err), &err);
        CHECK_EQ_INT(json_array_size(json_object_get(diff, "changed")), 72);
        json_decref(diff);
        json_decref(before);
        json_decref(r);
    }
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {SG_TEST(test_threat_model_pass_fail_inconclusive),
                                           SG_TEST(test_training_expiry_and_security_txt),
                                           SG_TEST(test_attestations),
                                           SG_TEST(test_waivers_apply_expire_and_lapse),
                                           SG_TEST(test_role_filtering_and_gate),
                                           SG_TEST(test_bad_profiles_are_clear_errors),
                                           SG_TEST(test_profile_found_walking_up),
                                           SG_TEST(test_reassessment_after_a_change),
                                           {NULL, NULL}};
    return sg_test_main(argc, argv, tests);
}
