/* report_oscal.c - the assessment as OSCAL 1.2.2 assessment-results: one
 * result for the run; one observation per check (how it was examined, the
 * evidence items with their digests); one finding per applicable provision
 * targeting its statement in the saiguard catalog (`saiguard catalog
 * --format oscal`), satisfied or not, with the verdict kept as a prop.
 * Provisions for roles not held are excluded controls. UUIDs are name-based
 * (v5), so the same run gives the same document. */
#include <stdio.h>
#include <string.h>

#include "conformance/internal.h"

void sg__oscal_control_id(const char *provision, char *out, size_t size);

#define NS "https://saiguard.dev/ns/oscal"

static const char *s(const json_t *o, const char *k)
{
    const char *v = json_string_value(json_object_get(o, k));
    return v ? v : "";
}

static json_t *prop(const char *name, const char *value)
{
    return json_pack("{s:s, s:s, s:s}", "name", name, "ns", NS, "value", value);
}

/* Joins the reasons array into one description. */
static json_t *joined(const json_t *reasons)
{
    sg_buf b;
    sg_buf_init(&b, (size_t)1 << 20);
    size_t i;
    json_t *r;
    bool ok = true;
    json_array_foreach(reasons, i, r) ok = ok && sg_buf_printf(&b, "%s%s", i ? "\n" : "", json_string_value(r)) == SG_OK;
    json_t *out = json_string(ok && b.len ? b.data : "no detail");
    sg_buf_release(&b);
    return out;
}

sg_err sg_report_oscal(const json_t *report, json_t **out, struct sg_error *err)
{
    *out = NULL;
    const json_t *sys = json_object_get(report, "system");
    const char *when = s(report, "generated");
    char key[512], uuid[37], result_uuid[37];
    snprintf(key, sizeof key, "ar/%s/%s/%s", s(sys, "name"), s(sys, "version"), when);
    if (sg_uuid_v5(key, uuid) != SG_OK)
        return sg_error_set(err, SG_ERR_CRYPTO, "oscal", "cannot derive a UUID");
    snprintf(key, sizeof key, "result/%s/%s", s(sys, "name"), when);
    if (sg_uuid_v5(key, result_uuid) != SG_OK)
        return sg_error_set(err, SG_ERR_CRYPTO, "oscal", "cannot derive a UUID");

    char base[PATH_MAX];
    snprintf(base, sizeof base, "%s", s(json_object_get(report, "profile"), "path"));
    if (strrchr(base, '/'))
        *strrchr(base, '/') = '\0';
    json_t *observations = json_array(), *findings = json_array(), *include = json_array(), *exclude = json_array();
    json_t *c, *p;
    size_t i, j;
    json_array_foreach(json_object_get(report, "checks"), i, c) {
        char ouuid[37];
        snprintf(key, sizeof key, "obs/%s/%s/%s", s(sys, "name"), when, s(c, "id"));
        if (sg_uuid_v5(key, ouuid) != SG_OK)
            continue;
        json_t *evidence = json_array(), *e;
        json_array_foreach(json_object_get(c, "evidence"), j, e) {
            char desc[1200];
            snprintf(desc, sizeof desc, "%s%s%s%s%s", s(e, "detail"), *s(e, "path") ? ": " : "", s(e, "path"),
                     *s(e, "digest") ? " " : "", s(e, "digest"));
            json_t *ev = json_pack("{s:s}", "description", desc);
            if (*s(e, "path") && strchr(s(e, "path"), '/')) {
                sg_buf uri;
                sg_buf_init(&uri, PATH_MAX * 4);
                if (sg__file_uri(base, s(e, "path"), &uri) == SG_OK)
                    json_object_set_new(ev, "href", json_string(uri.data));
                sg_buf_release(&uri);
            }
            if (*s(e, "digest"))
                json_object_set_new(ev, "props", json_pack("[o]", prop("digest", s(e, "digest"))));
            json_array_append_new(evidence, ev);
        }
        const char *kind = s(c, "kind");
        bool is_doc = strcmp(kind, "threat_model") == 0 || strcmp(kind, "training_record") == 0 ||
                      strcmp(kind, "documentation") == 0 || strcmp(kind, "redteam") == 0 ||
                      strcmp(kind, "monitoring") == 0 || strcmp(kind, "decommission") == 0;
        json_t *o = json_pack("{s:s, s:s, s:o, s:[s], s:[s], s:s, s:[o, o, o]}", "uuid", ouuid, "title", s(c, "title"),
                              "description", joined(json_object_get(c, "reasons")), "methods",
                              is_doc ? "EXAMINE" : "TEST", "types", "control-objective", "collected", when, "props",
                              prop("check-id", s(c, "id")), prop("evidence-kind", kind), prop("status", s(c, "status")));
        if (o && json_array_size(evidence))
            json_object_set_new(o, "relevant-evidence", evidence);
        else
            json_decref(evidence);
        json_array_append_new(observations, o);
    }
    json_array_foreach(json_object_get(report, "provisions"), i, p) {
        char cid[64];
        sg__oscal_control_id(s(p, "id"), cid, sizeof cid);
        const char *v = s(p, "verdict");
        if (strcmp(v, "not_applicable") == 0) {
            json_array_append_new(exclude, json_pack("{s:s}", "control-id", cid));
            continue;
        }
        json_array_append_new(include, json_pack("{s:s}", "control-id", cid));
        char fuuid[37], smt[80], title[128];
        snprintf(key, sizeof key, "finding/%s/%s/%s", s(sys, "name"), when, s(p, "id"));
        if (sg_uuid_v5(key, fuuid) != SG_OK)
            continue;
        snprintf(smt, sizeof smt, "%s_smt", cid);
        snprintf(title, sizeof title, "Provision %s: %s", s(p, "id"), v);
        bool pass = strcmp(v, "pass") == 0;
        const char *reason = pass ? "pass" : strcmp(v, "fail") == 0 ? "fail" : "other";
        json_t *related = json_array(), *cid_j;
        json_array_foreach(json_object_get(p, "checks"), j, cid_j) {
            char ouuid[37];
            snprintf(key, sizeof key, "obs/%s/%s/%s", s(sys, "name"), when, json_string_value(cid_j));
            bool exists = false;
            size_t k;
            json_t *chk;
            json_array_foreach(json_object_get(report, "checks"), k, chk) exists |= strcmp(s(chk, "id"), json_string_value(cid_j)) == 0;
            if (exists && sg_uuid_v5(key, ouuid) == SG_OK)
                json_array_append_new(related, json_pack("{s:s}", "observation-uuid", ouuid));
        }
        json_t *f = json_pack("{s:s, s:s, s:o, s:{s:s, s:s, s:{s:s, s:s}}, s:[o, o, o]}", "uuid", fuuid, "title", title,
                              "description", joined(json_object_get(p, "reasons")), "target", "type", "statement-id",
                              "target-id", smt, "status", "state", pass ? "satisfied" : "not-satisfied", "reason",
                              reason, "props", prop("verdict", v), prop("level", s(p, "level")),
                              prop("basis", s(p, "basis")));
        if (f && json_array_size(related))
            json_object_set_new(f, "related-observations", related);
        else
            json_decref(related);
        if (f && *s(p, "next_step"))
            json_object_set_new(f, "remarks", json_string(s(p, "next_step")));
        json_array_append_new(findings, f);
    }
    json_t *selection = json_pack("{s:s, s:o}", "description", "Provisions obliging the roles the organisation holds",
                                  "include-controls", include);
    if (json_array_size(exclude))
        json_object_set_new(selection, "exclude-controls", exclude);
    else
        json_decref(exclude);
    char title[512], desc[1024];
    snprintf(title, sizeof title, "ETSI EN 304 223 conformance of %s %s", s(sys, "name"), s(sys, "version"));
    snprintf(desc, sizeof desc,
             "Automated assessment by saiguard %s against its paraphrased catalogue of ETSI EN 304 223 "
             "(saiguard catalog --format oscal). Profile %s (%s).",
             s(json_object_get(report, "tool"), "version"), s(json_object_get(report, "profile"), "path"),
             s(json_object_get(report, "profile"), "digest"));
    json_t *doc = json_pack(
        "{s:{s:s, s:{s:s, s:s, s:s, s:s}, s:{s:s}, s:[{s:s, s:s, s:s, s:s, s:s, s:{s:[o]}, s:o, s:o}]}}",
        "assessment-results", "uuid", uuid, "metadata", "title", title, "last-modified", when, "version",
        s(sys, "version"), "oscal-version", "1.2.2", "import-ap", "href", "saiguard.yaml", "results", "uuid",
        result_uuid, "title", "saiguard assess", "description", desc, "start", when, "end", when, "reviewed-controls",
        "control-selections", selection, "observations", observations, "findings", findings);
    if (!doc)
        return sg_error_set(err, SG_ERR_NOMEM, "oscal", "cannot build the OSCAL document");
    if (json_array_size(json_object_get(json_array_get(json_object_get(json_object_get(doc, "assessment-results"), "results"), 0), "findings")) == 0)
        json_object_del(json_array_get(json_object_get(json_object_get(doc, "assessment-results"), "results"), 0), "findings");
    *out = doc;
    return SG_OK;
}
