/* collect_training.c - evidence kind "training_record": the staff training
 * register (documents.training_records). Checks that the programme carries
 * AI-specific material and is current, that every role the organisation
 * holds has people with unexpired AI-security training, that threat updates
 * go out on more than one channel, and that developers have secure AI
 * engineering training. */
#include <string.h>

#include "conformance/internal.h"

static const struct sg__check_def defs[] = {
    {"training.programme", "Security training programme carries current AI-specific material"},
    {"training.roles", "Every role held has staff with unexpired AI-security training"},
    {"training.channels", "Threat updates reach staff over more than one channel"},
    {"training.developers", "Developers hold unexpired secure AI engineering training"},
    {NULL, NULL}};

#define KIND "training_record"
#define NEXT_RECORDS "renew the lapsed training and update the training register"

static bool has_role(const json_t *rec, unsigned role)
{
    json_t *roles = json_object_get(rec, "roles"), *r;
    size_t i;
    if (json_is_string(json_object_get(rec, "role")))
        return sg_role_parse(json_string_value(json_object_get(rec, "role"))) == (int)role;
    json_array_foreach(roles, i, r) if (sg_role_parse(json_string_value(r)) == (int)role) return true;
    return false;
}

static sg_err collect(struct sg__assess *a, struct sg_error *err)
{
    char path[PATH_MAX], digest[72] = "";
    json_t *doc = sg__collector_doc(a, "training_records", KIND, defs, path, sizeof path);
    if (!doc)
        return SG_OK;
    (void)sg__file_digest(path, digest, NULL);
    time_t t;

    /* programme */
    json_t *prog = json_object_get(doc, "programme");
    json_t *c = sg__check(a, "training.programme", KIND, defs[0].title, SG_VERDICT_PASS,
                          "add AI-specific threats to the programme and review it at least yearly",
                          "programme '%s' is AI-specific and was updated in the last year",
                          json_string_value(json_object_get(prog, "name")) ? json_string_value(json_object_get(prog, "name")) : "(unnamed)");
    sg__check_item(c, path, digest, "training register");
    if (!json_is_object(prog))
        sg__check_note(c, SG_VERDICT_FAIL, "the register has no programme section");
    else if (!json_is_true(json_object_get(prog, "ai_specific")))
        sg__check_note(c, SG_VERDICT_FAIL, "the programme is not marked ai_specific: true");
    else if (!sg__date_field(prog, "updated", &t))
        sg__check_note(c, SG_VERDICT_INCONCLUSIVE, "the programme has no valid 'updated' date");
    else if (sg__days_ago(a, t) > 365)
        sg__check_note(c, SG_VERDICT_FAIL, "the programme was last updated %.0f days ago (more than a year)",
                       sg__days_ago(a, t));

    /* records per held role */
    json_t *records = json_object_get(doc, "records");
    c = sg__check(a, "training.roles", KIND, defs[1].title, SG_VERDICT_PASS, NEXT_RECORDS,
                  "every role held has current AI-security training on record");
    sg__check_item(c, path, digest, "training register");
    json_t *dev = sg__check(a, "training.developers", KIND, defs[3].title, SG_VERDICT_PASS, NEXT_RECORDS,
                            "every developer on record holds current secure AI engineering training");
    sg__check_item(dev, path, digest, "training register");
    if (!json_is_array(records) || json_array_size(records) == 0) {
        sg__check_note(c, SG_VERDICT_FAIL, "the register lists no training records");
        sg__check_note(dev, SG_VERDICT_FAIL, "the register lists no training records");
    } else {
        int developers = 0;
        for (unsigned r = SG_ROLE_DEVELOPER; r <= SG_ROLE_DATA_CUSTODIAN; r <<= 1) {
            if (!(sg__held_roles(a) & r))
                continue;
            int current = 0;
            size_t i;
            json_t *rec;
            json_array_foreach(records, i, rec) {
                if (!has_role(rec, r))
                    continue;
                const char *who = json_string_value(json_object_get(rec, "person"));
                who = who ? who : "(unnamed)";
                bool valid = sg__date_field(rec, "expires", &t);
                bool expired = valid && sg__days_ago(a, t) > 0;
                bool ai = sg__list_has(json_object_get(rec, "topics"), "ai_threats");
                if (!valid)
                    sg__check_note(c, SG_VERDICT_FAIL, "%s (%s): record has no valid expiry date", who, sg_role_name(r));
                else if (expired)
                    sg__check_note(c, SG_VERDICT_FAIL, "%s (%s): training expired on %s", who, sg_role_name(r),
                                   json_string_value(json_object_get(rec, "expires")));
                else if (!ai)
                    sg__check_note(c, SG_VERDICT_FAIL, "%s (%s): training does not cover ai_threats", who,
                                   sg_role_name(r));
                else
                    current++;
                if (r == SG_ROLE_DEVELOPER) {
                    developers++;
                    if (!sg__list_has(json_object_get(rec, "topics"), "secure_ai_engineering"))
                        sg__check_note(dev, SG_VERDICT_FAIL, "%s: no secure_ai_engineering training", who);
                    else if (!valid || expired)
                        sg__check_note(dev, SG_VERDICT_FAIL, "%s: secure AI engineering training lapsed", who);
                }
            }
            if (current == 0)
                sg__check_note(c, SG_VERDICT_FAIL, "no one holding the %s role has current AI-security training",
                               sg_role_title(r));
        }
        if ((sg__held_roles(a) & SG_ROLE_DEVELOPER) && developers == 0)
            sg__check_note(dev, SG_VERDICT_FAIL, "no developer training records");
    }

    /* channels */
    json_t *upd = json_object_get(doc, "threat_updates");
    json_t *channels = json_object_get(upd, "channels");
    c = sg__check(a, "training.channels", KIND, defs[2].title, SG_VERDICT_PASS,
                  "publish AI threat updates on at least two internal channels, at least quarterly",
                  "threat updates go out on %zu channels, last in the past 90 days", json_array_size(channels));
    sg__check_item(c, path, digest, "training register: threat_updates");
    if (json_array_size(channels) < 2)
        sg__check_note(c, SG_VERDICT_FAIL, "threat updates use %zu channel(s); at least two are expected",
                       json_array_size(channels));
    if (!sg__date_field(upd, "last_issued", &t))
        sg__check_note(c, SG_VERDICT_INCONCLUSIVE, "threat_updates.last_issued is missing");
    else if (sg__days_ago(a, t) > 90)
        sg__check_note(c, SG_VERDICT_FAIL, "the last threat update went out %.0f days ago", sg__days_ago(a, t));
    json_decref(doc);
    (void)err;
    return SG_OK;
}

const struct sg__collector sg__collector_training = {"training", KIND, NULL, collect};
