/* collect_threat_model.c - evidence kind "threat_model": the structured
 * threat model (documents.threat_model, YAML). Checks it covers the AI
 * threats the standard names (poisoning, model inversion, membership
 * inference, prompt injection, extraction, obfuscation), that it is reviewed
 * and re-reviewed after configuration changes, that every threat has a
 * treatment, owner and controls, that unused capabilities and third-party
 * components are handled and that residual risks are passed on. */
#include <string.h>
#include <strings.h>

#include "conformance/internal.h"

static const struct sg__check_def defs[] = {
    {"threat_model.ai_threats", "Threat model covers the AI-specific threats"},
    {"threat_model.review", "Threat model is reviewed on schedule"},
    {"threat_model.reassess", "Threat model was revisited after configuration changes"},
    {"threat_model.treatment", "Every threat has a treatment, controls and an owner"},
    {"threat_model.business_need", "Business need and AI-specific risks are documented"},
    {"threat_model.unused_capabilities", "Unused model capabilities are identified and switched off"},
    {"threat_model.third_party", "Third-party components are risk-assessed with compensating controls"},
    {"threat_model.residual", "Residual risks are communicated down the supply chain"},
    {NULL, NULL}};

#define KIND "threat_model"

/* The six threat families, with the spellings we accept for each. */
static const struct {
    const char *name;
    const char *aliases[4];
} families[] = {
    {"data_poisoning", {"poisoning", "training_data_poisoning", NULL}},
    {"model_inversion", {"inversion", NULL}},
    {"membership_inference", {NULL}},
    {"prompt_injection", {"indirect_prompt_injection", "direct_prompt_injection", NULL}},
    {"model_extraction", {"extraction", "model_stealing", NULL}},
    {"model_obfuscation", {"obfuscation", NULL}},
};

static bool is_family(const char *cat, int f)
{
    if (!cat)
        return false;
    if (strcasecmp(cat, families[f].name) == 0)
        return true;
    for (int i = 0; families[f].aliases[i]; i++)
        if (strcasecmp(cat, families[f].aliases[i]) == 0)
            return true;
    return false;
}

static const char *str(const json_t *o, const char *k)
{
    return json_string_value(json_object_get(o, k));
}

static sg_err collect(struct sg__assess *a, struct sg_error *err)
{
    (void)err;
    char path[PATH_MAX], digest[72] = "";
    json_t *doc = sg__collector_doc(a, "threat_model", KIND, defs, path, sizeof path);
    if (!doc)
        return SG_OK;
    (void)sg__file_digest(path, digest, NULL);
    json_t *threats = json_object_get(doc, "threats"), *t;
    size_t i;
    time_t reviewed = 0, next = 0;

    json_t *c = sg__check(a, "threat_model.ai_threats", KIND, defs[0].title, SG_VERDICT_PASS,
                          "add the missing AI threat families to the threat model",
                          "all six AI threat families are modelled (%zu threats)", json_array_size(threats));
    sg__check_item(c, path, digest, "threat model");
    for (size_t f = 0; f < sizeof families / sizeof families[0]; f++) {
        bool found = false;
        json_array_foreach(threats, i, t) found |= is_family(str(t, "category"), (int)f);
        if (!found)
            sg__check_note(c, SG_VERDICT_FAIL, "no threat of category %s", families[f].name);
    }

    c = sg__check(a, "threat_model.review", KIND, defs[1].title, SG_VERDICT_PASS,
                  "review the threat model (at least yearly) and set the next review date",
                  "reviewed on %s, next review due %s", str(doc, "reviewed") ? str(doc, "reviewed") : "?",
                  str(doc, "next_review") ? str(doc, "next_review") : "?");
    sg__check_item(c, path, digest, "threat model");
    bool have_reviewed = sg__date_field(doc, "reviewed", &reviewed);
    if (!have_reviewed)
        sg__check_note(c, SG_VERDICT_FAIL, "the threat model has no valid 'reviewed' date");
    else if (sg__days_ago(a, reviewed) > 365)
        sg__check_note(c, SG_VERDICT_FAIL, "last reviewed %.0f days ago", sg__days_ago(a, reviewed));
    if (!sg__date_field(doc, "next_review", &next))
        sg__check_note(c, SG_VERDICT_FAIL, "the threat model has no valid 'next_review' date");
    else if (sg__days_ago(a, next) > 0)
        sg__check_note(c, SG_VERDICT_FAIL, "the review due on %s is overdue", str(doc, "next_review"));

    /* re-assessment: a configuration or prompt change since the last run
     * needs a review dated after that run */
    c = sg__check(a, "threat_model.reassess", KIND, defs[2].title, SG_VERDICT_PASS,
                  "revisit the threat model for the changed configuration, update 'reviewed', and assess again",
                  "no configuration or prompt change since the last assessment");
    json_t *ch;
    json_array_foreach(a->changes, i, ch) {
        const char *kind = str(ch, "kind");
        time_t changed = 0;
        if (strcmp(kind, "model") == 0 || strcmp(kind, "dataset") == 0 || !sg__date_field(ch, "changed_at", &changed))
            continue;
        /* dates have day precision: a review on the day of the change counts */
        if (have_reviewed && reviewed + 86400 > changed)
            sg__check_note(c, SG_VERDICT_PASS, "'%s' changed on %.10s and the threat model was reviewed since",
                           str(ch, "name"), str(ch, "changed_at"));
        else
            sg__check_note(c, SG_VERDICT_FAIL, "'%s' changed on %.10s but the threat model was last reviewed %s",
                           str(ch, "name"), str(ch, "changed_at"), str(doc, "reviewed") ? str(doc, "reviewed") : "never");
        sg__check_item(c, str(ch, "name"), str(ch, "after"), "changed since an earlier assessment");
    }

    c = sg__check(a, "threat_model.treatment", KIND, defs[3].title, SG_VERDICT_PASS,
                  "give each threat a treatment (mitigate, accept, transfer, avoid), controls and an owner",
                  "every threat has a treatment, controls and an owner");
    if (json_array_size(threats) == 0)
        sg__check_note(c, SG_VERDICT_FAIL, "the threat model lists no threats");
    json_array_foreach(threats, i, t) {
        const char *id = str(t, "id") ? str(t, "id") : "?";
        const char *tr = str(t, "treatment");
        if (!tr || (strcmp(tr, "mitigate") != 0 && strcmp(tr, "accept") != 0 && strcmp(tr, "transfer") != 0 &&
                    strcmp(tr, "avoid") != 0))
            sg__check_note(c, SG_VERDICT_FAIL, "threat %s has no treatment (mitigate, accept, transfer, avoid)", id);
        else if (strcmp(tr, "mitigate") == 0 && json_array_size(json_object_get(t, "controls")) == 0)
            sg__check_note(c, SG_VERDICT_FAIL, "threat %s is to be mitigated but lists no controls", id);
        if (!str(t, "owner"))
            sg__check_note(c, SG_VERDICT_FAIL, "threat %s has no owner", id);
    }

    c = sg__check(a, "threat_model.business_need", KIND, defs[4].title, SG_VERDICT_PASS,
                  "write down the business need for the AI system in the threat model",
                  "business need documented");
    if (!str(doc, "business_need"))
        sg__check_note(c, SG_VERDICT_FAIL, "the threat model has no business_need");

    json_t *unused = json_object_get(doc, "unused_capabilities"), *u;
    c = sg__check(a, "threat_model.unused_capabilities", KIND, defs[5].title, SG_VERDICT_PASS,
                  "list the model capabilities the use case does not need and how each is switched off",
                  "%zu unused capabilit%s identified and handled", json_array_size(unused),
                  json_array_size(unused) == 1 ? "y" : "ies");
    if (!json_is_array(unused))
        sg__check_note(c, SG_VERDICT_FAIL, "the threat model has no unused_capabilities list");
    json_array_foreach(unused, i, u) {
        const char *action = str(u, "action");
        if (!action || (strcmp(action, "disabled") != 0 && strcmp(action, "mitigated") != 0))
            sg__check_note(c, SG_VERDICT_FAIL, "unused capability '%s' is neither disabled nor mitigated",
                           str(u, "capability") ? str(u, "capability") : "?");
    }

    json_t *third = json_object_get(doc, "third_party"), *as;
    c = sg__check(a, "threat_model.third_party", KIND, defs[6].title, SG_VERDICT_PASS,
                  "risk-assess each third-party model or dataset in the threat model (third_party list)",
                  "no third-party model or dataset in the profile");
    size_t n3 = 0;
    json_array_foreach(sg__profile_assets(a->profile), i, as) {
        const char *src = str(as, "source");
        if (!src || strcmp(src, "internal") == 0)
            continue;
        n3++;
        bool found = false;
        size_t j;
        json_t *e;
        json_array_foreach(third, j, e) if (str(e, "component") && strcmp(str(e, "component"), str(as, "name")) == 0 &&
                                            str(e, "assessed") && json_array_size(json_object_get(e, "controls")) > 0)
            found = true;
        if (!found)
            sg__check_note(c, SG_VERDICT_FAIL, "%s asset '%s' has no risk assessment with controls", src, str(as, "name"));
    }
    if (n3 && strcmp(str(c, "status"), "pass") == 0)
        sg__check_note(c, SG_VERDICT_PASS, "%zu third-party component(s) assessed with compensating controls", n3);

    json_t *residual = json_object_get(doc, "residual_risks");
    c = sg__check(a, "threat_model.residual", KIND, defs[7].title, SG_VERDICT_PASS,
                  "record to whom each accepted or transferred risk was communicated (residual_risks)",
                  "no accepted or transferred threat to communicate");
    size_t nres = 0;
    json_array_foreach(threats, i, t) {
        const char *tr = str(t, "treatment");
        if (!tr || (strcmp(tr, "accept") != 0 && strcmp(tr, "transfer") != 0))
            continue;
        nres++;
        bool found = false;
        size_t j;
        json_t *r;
        json_array_foreach(residual, j, r) if (str(r, "threat") && str(t, "id") && strcmp(str(r, "threat"), str(t, "id")) == 0 &&
                                               str(r, "communicated_to"))
            found = true;
        if (!found)
            sg__check_note(c, SG_VERDICT_FAIL, "threat %s is left to %s but no one downstream was told",
                           str(t, "id") ? str(t, "id") : "?", tr);
    }
    if (nres && strcmp(str(c, "status"), "pass") == 0)
        sg__check_note(c, SG_VERDICT_PASS, "%zu residual risk(s) communicated downstream", nres);
    json_decref(doc);
    return SG_OK;
}

const struct sg__collector sg__collector_threat_model = {"threat_model", KIND, NULL, collect};
