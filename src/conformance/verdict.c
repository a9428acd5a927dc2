/* verdict.c - from checks, attestations and waivers to one verdict per
 * provision. Fail dominates, then inconclusive; a provision with a
 * software-checkable part is never passed on an attestation alone; a waiver
 * applies only while unexpired and while every asset it covers still has the
 * digest it was granted for. */
#include <stdio.h>
#include <string.h>

#include "conformance/internal.h"
#include "saiguard/json.h"

static const char *const verdict_names[] = {"pass", "fail", "inconclusive", "waived", "not_applicable"};

const char *sg_verdict_name(enum sg_verdict v)
{
    return (unsigned)v <= SG_VERDICT_NOT_APPLICABLE ? verdict_names[v] : "unknown";
}

int sg_verdict_parse(const char *name)
{
    for (int i = 0; name && i <= SG_VERDICT_NOT_APPLICABLE; i++)
        if (strcmp(name, verdict_names[i]) == 0)
            return i;
    return -1;
}

enum sg_verdict sg_verdict_combine(enum sg_verdict a, enum sg_verdict b)
{
    if (a == SG_VERDICT_FAIL || b == SG_VERDICT_FAIL)
        return SG_VERDICT_FAIL;
    if (a == SG_VERDICT_INCONCLUSIVE || b == SG_VERDICT_INCONCLUSIVE)
        return SG_VERDICT_INCONCLUSIVE;
    return SG_VERDICT_PASS;
}

/* ---- attestations ---------------------------------------------------------- */

/* Judges one attestation: returns pass when it is usable evidence, else fail
 * (forged) or inconclusive (stale), with the reason in why. */
static enum sg_verdict judge_attestation(struct sg__assess *a, const json_t *att, json_t *keys, char *why,
                                         size_t size)
{
    const char *paths[17] = {0};
    char resolved[16][PATH_MAX];
    size_t n = 0, i;
    json_t *k;
    json_array_foreach(keys, i, k) {
        if (n == 16)
            break;
        if (sg_profile_path(a->profile, json_string_value(k), resolved[n], PATH_MAX, NULL) == SG_OK) {
            paths[n] = resolved[n];
            n++;
        }
    }
    struct sg_error err = {0};
    if (!json_object_get(att, "signature")) {
        snprintf(why, size, "attestation by %s is not signed (sign it with 'saiguard assess attest')",
                 json_string_value(json_object_get(att, "by")));
        return SG_VERDICT_INCONCLUSIVE;
    }
    if (n == 0) {
        snprintf(why, size, "no attestation keys in the profile (keys.attestation), so the signature cannot be checked");
        return SG_VERDICT_INCONCLUSIVE;
    }
    if (sg_attestation_verify(att, paths, NULL, &err) != SG_OK) {
        snprintf(why, size, "attestation signature does not verify (%.200s): the claim was altered or signed by an untrusted key",
                 err.reason);
        return SG_VERDICT_FAIL;
    }
    time_t t;
    const char *expires = json_string_value(json_object_get(att, "expires"));
    if (sg__parse_date(expires, &t) && sg__days_ago(a, t) > 0) {
        snprintf(why, size, "attestation by %s expired on %s", json_string_value(json_object_get(att, "by")), expires);
        return SG_VERDICT_INCONCLUSIVE;
    }
    const char *date = json_string_value(json_object_get(att, "date"));
    if (sg__parse_date(date, &t) && sg__days_ago(a, t) < -1) {
        snprintf(why, size, "attestation is dated in the future (%s)", date);
        return SG_VERDICT_INCONCLUSIVE;
    }
    const char *doc = json_string_value(json_object_get(att, "document"));
    const char *want = json_string_value(json_object_get(att, "document_digest"));
    if (doc) {
        char path[PATH_MAX], got[72];
        if (sg_profile_path(a->profile, doc, path, sizeof path, NULL) != SG_OK ||
            sg__file_digest(path, got, &err) != SG_OK) {
            snprintf(why, size, "evidence document '%s' is missing", doc);
            return SG_VERDICT_INCONCLUSIVE;
        }
        if (!want || strcmp(got, want) != 0) {
            snprintf(why, size, "evidence document '%s' changed since it was attested (now %.19s…); attest again", doc, got);
            return SG_VERDICT_INCONCLUSIVE;
        }
    }
    snprintf(why, size, "signed attestation by %s on %s, valid until %s", json_string_value(json_object_get(att, "by")),
             date, expires);
    return SG_VERDICT_PASS;
}

/* The attestations for provision id as report objects, and the best status
 * among them (pass beats inconclusive beats fail: one good attestation is
 * enough, but a forged one is reported). Returns -1 when there are none. */
static int attestations_for(struct sg__assess *a, const char *id, json_t *out_list, char *why, size_t size)
{
    json_t *list = json_object_get(a->profile->doc, "attestations");
    json_t *keys = json_object_get(json_object_get(a->profile->doc, "keys"), "attestation");
    int best = -1;
    size_t i;
    json_t *att;
    json_array_foreach(list, i, att) {
        if (strcmp(json_string_value(json_object_get(att, "provision")), id) != 0)
            continue;
        char reason[600];
        enum sg_verdict v = judge_attestation(a, att, keys, reason, sizeof reason);
        json_t *o = json_pack("{s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, s:s, s:s}", "by",
                              json_string_value(json_object_get(att, "by")), "statement",
                              json_string_value(json_object_get(att, "statement")), "date",
                              json_string_value(json_object_get(att, "date")), "expires",
                              json_string_value(json_object_get(att, "expires")), "document",
                              json_string_value(json_object_get(att, "document")), "document_digest",
                              json_string_value(json_object_get(att, "document_digest")), "status",
                              sg_verdict_name(v), "reason", reason);
        json_array_append_new(out_list, o);
        int rank = v == SG_VERDICT_PASS ? 2 : v == SG_VERDICT_INCONCLUSIVE ? 1 : 0;
        int best_rank = best < 0 ? -1 : best == SG_VERDICT_PASS ? 2 : best == SG_VERDICT_INCONCLUSIVE ? 1 : 0;
        if (rank > best_rank) {
            best = (int)v;
            snprintf(why, size, "%s", reason);
        }
    }
    return best;
}

/* ---- waivers ------------------------------------------------------------------ */

static const char *asset_digest(struct sg__assess *a, const char *name)
{
    size_t i;
    json_t *as;
    json_array_foreach(a->assets, i, as) if (strcmp(json_string_value(json_object_get(as, "name")), name) == 0)
        return json_string_value(json_object_get(as, "digest"));
    return NULL;
}

/* The waiver covering id, as a report object with "applies" true/false and
 * the reason. NULL when no waiver names id. */
static json_t *waiver_for(struct sg__assess *a, const char *id)
{
    json_t *list = json_object_get(a->profile->doc, "waivers"), *w, *found = NULL;
    size_t i, j;
    json_array_foreach(list, i, w) {
        json_t *ids = json_object_get(w, "provisions"), *x;
        bool names = false;
        json_array_foreach(ids, j, x) names |= strcmp(json_string_value(x), id) == 0;
        if (!names)
            continue;
        char why[600];
        bool applies = true;
        time_t t;
        const char *expires = json_string_value(json_object_get(w, "expires"));
        snprintf(why, sizeof why, "waived by %s until %s: %s", json_string_value(json_object_get(w, "approver")),
                 expires, json_string_value(json_object_get(w, "reason")));
        if (sg__parse_date(expires, &t) && sg__days_ago(a, t) > 0) {
            applies = false;
            snprintf(why, sizeof why, "waiver approved by %s expired on %s and no longer applies",
                     json_string_value(json_object_get(w, "approver")), expires);
        }
        json_t *scope = json_object_get(w, "scope"), *s;
        json_array_foreach(scope, j, s) {
            const char *name = json_string_value(json_object_get(s, "asset"));
            const char *want = json_string_value(json_object_get(s, "digest"));
            const char *now = asset_digest(a, name);
            if (applies && (!now || strcmp(now, want) != 0)) {
                applies = false;
                snprintf(why, sizeof why,
                         "waiver lapsed: asset '%s' changed since it was granted (was %.19s…, now %.19s…); "
                         "re-approve it for the new version",
                         name, want, now ? now : "missing");
            }
        }
        json_decref(found);
        found = json_pack("{s:s?, s:s?, s:s?, s:b, s:s, s:O}", "approver",
                          json_string_value(json_object_get(w, "approver")), "reason",
                          json_string_value(json_object_get(w, "reason")), "expires", expires, "applies", applies,
                          "status_reason", why, "scope", scope);
        if (applies)
            break;
    }
    return found;
}

/* ---- one provision ------------------------------------------------------------ */

static const char *attest_mode_name(enum sg__attest_mode m)
{
    switch (m) {
    case SG_ATTEST_NONE: return "not used";
    case SG_ATTEST_ACCEPTS: return "supporting";
    case SG_ATTEST_REQUIRES: return "required";
    case SG_ATTEST_ONLY: return "decides";
    }
    return "unknown";
}

json_t *sg__provision_json(const struct sg_provision *p);
json_t *sg__verdict_provision(struct sg__assess *a, const struct sg_provision *p);

json_t *sg__verdict_provision(struct sg__assess *a, const struct sg_provision *p)
{
    const struct sg__rule *rule = sg__rule_find(p->id);
    json_t *o = sg__provision_json(p);
    json_t *reasons = json_array(), *checks = json_array(), *atts = json_array();
    if (!o || !reasons || !checks || !atts || !rule) {
        json_decref(o);
        json_decref(reasons);
        json_decref(checks);
        json_decref(atts);
        return NULL;
    }
    bool applicable = (p->roles & sg__held_roles(a)) != 0;
    enum sg_verdict v = SG_VERDICT_PASS;
    const char *next = NULL;
    char buf[700];
    bool machine = rule->checks[0] != NULL && rule->attest != SG_ATTEST_ONLY;

    for (int i = 0; rule->checks[i]; i++) {
        json_t *c = json_object_get(a->checks, rule->checks[i]);
        json_array_append_new(checks, json_string(rule->checks[i]));
        enum sg_verdict cv;
        if (!c) {
            cv = SG_VERDICT_INCONCLUSIVE;
            snprintf(buf, sizeof buf, "%s: no collector produced this check", rule->checks[i]);
            json_array_append_new(reasons, json_string(buf));
        } else {
            cv = (enum sg_verdict)sg_verdict_parse(json_string_value(json_object_get(c, "status")));
            if (cv != SG_VERDICT_PASS) {
                json_t *r;
                size_t k;
                json_array_foreach(json_object_get(c, "reasons"), k, r) {
                    snprintf(buf, sizeof buf, "%s: %s", rule->checks[i], json_string_value(r));
                    json_array_append_new(reasons, json_string(buf));
                }
                /* the next step of the most serious problem leads */
                if (!next || (cv == SG_VERDICT_FAIL && v != SG_VERDICT_FAIL))
                    next = json_string_value(json_object_get(c, "next_step"));
            }
        }
        v = sg_verdict_combine(v, cv);
    }

    char awhy[700] = "";
    int best = attestations_for(a, p->id, atts, awhy, sizeof awhy);
    if (rule->attest == SG_ATTEST_ONLY || rule->attest == SG_ATTEST_REQUIRES) {
        enum sg_verdict av;
        if (best < 0) {
            av = SG_VERDICT_INCONCLUSIVE;
            snprintf(awhy, sizeof awhy, "no attestation: this %s part can only be vouched for by people",
                     rule->attest == SG_ATTEST_ONLY ? "provision is organisational; its" : "provision's organisational");
        } else {
            av = (enum sg_verdict)best;
        }
        if (av != SG_VERDICT_PASS) {
            json_array_append_new(reasons, json_string(awhy));
            if (!next || (av == SG_VERDICT_FAIL && v != SG_VERDICT_FAIL))
                next = av == SG_VERDICT_FAIL
                           ? "re-sign the attestation with a trusted key (saiguard assess attest), or remove it"
                           : "record a signed attestation with its evidence document: saiguard assess attest "
                             "--provision ID --statement ... --document FILE --key KEY";
        }
        v = sg_verdict_combine(v, av);
    } else if (best == SG_VERDICT_FAIL) {
        /* a forged supporting attestation does not decide, but it is reported */
        json_array_append_new(reasons, json_string(awhy));
    }

    enum sg_verdict underlying = v;
    json_t *waiver = applicable ? waiver_for(a, p->id) : NULL;
    if (!applicable) {
        v = SG_VERDICT_NOT_APPLICABLE;
        json_array_clear(reasons);
        json_array_append_new(reasons, json_string("the organisation holds none of the roles this provision obliges"));
        next = NULL;
    } else if (waiver && json_is_true(json_object_get(waiver, "applies"))) {
        v = SG_VERDICT_WAIVED;
        json_array_clear(reasons); /* the verdict without the waiver is kept */
        json_array_insert_new(reasons, 0, json_string(json_string_value(json_object_get(waiver, "status_reason"))));
        next = NULL;
    } else if (waiver) {
        json_array_insert_new(reasons, 0, json_string(json_string_value(json_object_get(waiver, "status_reason"))));
    }
    if (v == SG_VERDICT_PASS && json_array_size(reasons) == 0) {
        if (machine) {
            snprintf(buf, sizeof buf, "%zu check%s passed", json_array_size(checks), json_array_size(checks) == 1 ? "" : "s");
            json_array_append_new(reasons, json_string(buf));
        } else {
            json_array_append_new(reasons, json_string(awhy));
        }
    }

    json_object_set_new(o, "applicable", json_boolean(applicable));
    json_object_set_new(o, "verdict", json_string(sg_verdict_name(v)));
    if (v == SG_VERDICT_WAIVED)
        json_object_set_new(o, "verdict_without_waiver", json_string(sg_verdict_name(underlying)));
    json_object_set_new(o, "basis", json_string(machine ? (rule->attest == SG_ATTEST_REQUIRES ? "machine+attestation"
                                                                                                : "machine")
                                                        : "attestation"));
    json_object_set_new(o, "attestation_role", json_string(attest_mode_name(rule->attest)));
    json_object_set_new(o, "checks", checks);
    json_object_set_new(o, "reasons", reasons);
    if (next)
        json_object_set_new(o, "next_step", json_string(next));
    json_object_set_new(o, "attestations", atts);
    if (waiver)
        json_object_set_new(o, "waiver", waiver);
    return o;
}

bool sg_assess_gate_fails(const json_t *report, enum sg_level level)
{
    json_t *list = json_object_get(report, "provisions"), *p;
    size_t i;
    json_array_foreach(list, i, p) {
        const char *lv = json_string_value(json_object_get(p, "level"));
        const char *v = json_string_value(json_object_get(p, "verdict"));
        if (!lv || !v)
            continue;
        bool in_scope = level == SG_LEVEL_SHOULD || strcmp(lv, "shall") == 0;
        if (in_scope && (strcmp(v, "fail") == 0 || strcmp(v, "inconclusive") == 0))
            return true;
    }
    return false;
}
