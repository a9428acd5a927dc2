/* collect_redteam.c - evidence kind "redteam": the latest security test
 * report (documents.redteam). Judged on being recent, having no open high or
 * critical findings, covering the model version deployed now (by digest),
 * being done by independent testers, being shared with System Operators and
 * covering the privacy (inversion, membership inference) and control
 * (prompt injection, tool misuse) techniques the standard names. */
#include <string.h>

#include "conformance/internal.h"

static const struct sg__check_def defs[] = {
    {"redteam.recent", "Security testing was done in the last 180 days"},
    {"redteam.findings", "No high or critical test finding is open"},
    {"redteam.current_model", "The deployed model version is the one that was tested"},
    {"redteam.independent", "Testers were independent of the build team"},
    {"redteam.shared", "Test results were shared with System Operators"},
    {"redteam.privacy", "Tests covered model inversion and membership inference"},
    {"redteam.control", "Tests covered prompt injection and unintended control through outputs"},
    {NULL, NULL}};

#define KIND "redteam"

static void techniques(json_t *c, const json_t *list, const char *const *need)
{
    for (int i = 0; need[i]; i++)
        if (!sg__list_has(list, need[i]))
            sg__check_note(c, SG_VERDICT_FAIL, "technique '%s' was not tested", need[i]);
}

static sg_err collect(struct sg__assess *a, struct sg_error *err)
{
    (void)err;
    char path[PATH_MAX], digest[72] = "";
    json_t *doc = sg__collector_doc(a, "redteam", KIND, defs, path, sizeof path);
    if (!doc)
        return SG_OK;
    (void)sg__file_digest(path, digest, NULL);
    time_t t;
    const char *date = json_string_value(json_object_get(doc, "date"));

    json_t *c = sg__check(a, "redteam.recent", KIND, defs[0].title, SG_VERDICT_PASS,
                          "run a security test of the system (red team) and record its report",
                          "tested on %s", date ? date : "?");
    sg__check_item(c, path, digest, "security test report");
    if (!sg__date_field(doc, "date", &t))
        sg__check_note(c, SG_VERDICT_INCONCLUSIVE, "the report has no valid date");
    else if (sg__days_ago(a, t) > 180)
        sg__check_note(c, SG_VERDICT_FAIL, "the last test was %.0f days ago", sg__days_ago(a, t));

    json_t *findings = json_object_get(doc, "findings"), *f;
    size_t i;
    c = sg__check(a, "redteam.findings", KIND, defs[1].title, SG_VERDICT_PASS,
                  "fix the open findings (or accept them formally) and retest",
                  "%zu finding(s), none high or critical left open", json_array_size(findings));
    sg__check_item(c, path, digest, "findings");
    json_array_foreach(findings, i, f) {
        const char *sev = json_string_value(json_object_get(f, "severity"));
        const char *st = json_string_value(json_object_get(f, "status"));
        if (sev && st && strcmp(st, "open") == 0 && (strcmp(sev, "high") == 0 || strcmp(sev, "critical") == 0)) {
            sg__check_note(c, SG_VERDICT_FAIL, "%s finding %s is open: %s", sev,
                           json_string_value(json_object_get(f, "id")) ? json_string_value(json_object_get(f, "id")) : "?",
                           json_string_value(json_object_get(f, "title")) ? json_string_value(json_object_get(f, "title")) : "");
        }
    }

    /* which model versions were tested: by digest, so an update is noticed */
    json_t *tested = json_object_get(doc, "models");
    c = sg__check(a, "redteam.current_model", KIND, defs[2].title, SG_VERDICT_PASS,
                  "treat the model update as a new model: run the full security tests on this version",
                  "every deployed model version was tested");
    size_t models = 0;
    json_t *as;
    json_array_foreach(a->assets, i, as) {
        if (strcmp(json_string_value(json_object_get(as, "kind")), "model") != 0)
            continue;
        models++;
        const char *name = json_string_value(json_object_get(as, "name"));
        const char *now = json_string_value(json_object_get(as, "digest"));
        bool found = false;
        size_t j;
        json_t *m;
        json_array_foreach(tested, j, m) {
            const char *d = json_string_value(json_object_get(m, "digest"));
            if (now && d && strcmp(d, now) == 0)
                found = true;
        }
        sg__check_item(c, json_string_value(json_object_get(as, "path")), now, name);
        if (!found)
            sg__check_note(c, SG_VERDICT_FAIL, "model '%s' (%.19s…) is not the version the report tested", name,
                           now ? now : "unreadable");
    }
    if (models == 0)
        sg__check_note(c, SG_VERDICT_INCONCLUSIVE, "the profile lists no model asset to compare with");

    json_t *tester = json_object_get(doc, "tester");
    c = sg__check(a, "redteam.independent", KIND, defs[3].title, SG_VERDICT_PASS,
                  "have the tests run by people outside the build team",
                  "tested by %s, independent of the build team",
                  json_string_value(json_object_get(tester, "organisation"))
                      ? json_string_value(json_object_get(tester, "organisation"))
                      : "an independent tester");
    if (!json_is_true(json_object_get(tester, "independent")))
        sg__check_note(c, SG_VERDICT_FAIL, "the tester is not marked independent: true");

    json_t *shared = json_object_get(doc, "shared_with");
    c = sg__check(a, "redteam.shared", KIND, defs[4].title, SG_VERDICT_PASS,
                  "send the test results to the System Operators and record when",
                  "results shared with %zu part%s", json_array_size(shared), json_array_size(shared) == 1 ? "y" : "ies");
    if (json_array_size(shared) == 0)
        sg__check_note(c, SG_VERDICT_FAIL, "the report records no one it was shared with");

    json_t *tech = json_object_get(doc, "techniques");
    c = sg__check(a, "redteam.privacy", KIND, defs[5].title, SG_VERDICT_PASS,
                  "add model inversion and membership inference tests", "inversion and membership inference tested");
    techniques(c, tech, (const char *const[]){"model_inversion", "membership_inference", NULL});
    c = sg__check(a, "redteam.control", KIND, defs[6].title, SG_VERDICT_PASS,
                  "add prompt injection and tool-misuse tests", "prompt injection and tool misuse tested");
    techniques(c, tech, (const char *const[]){"prompt_injection", "tool_misuse", NULL});
    json_decref(doc);
    return SG_OK;
}

const struct sg__collector sg__collector_redteam = {"redteam", KIND, NULL, collect};
