/* collect_decommission.c - evidence kind "decommission": for every model or
 * dataset the profile lists as retired or transferred, a decommissioning
 * certificate (YAML) that names the same asset and digest, says what was
 * erased and is signed off by a Data Custodian. */
#include <string.h>

#include "conformance/internal.h"
#include "saiguard/path.h"

static const struct sg__check_def defs[] = {
    {"decommission.transfer", "Transfers of models or data are certified, with the Data Custodian involved"},
    {"decommission.retire", "Retired models and systems have erasure certificates"},
    {NULL, NULL}};

#define KIND "decommission"

static void certify(struct sg__assess *a, json_t *c, const json_t *entry)
{
    const char *name = json_string_value(json_object_get(entry, "name"));
    const char *digest = json_string_value(json_object_get(entry, "digest"));
    const char *cert = json_string_value(json_object_get(entry, "certificate"));
    char path[PATH_MAX], dir[PATH_MAX], cdigest[72] = "";
    if (!cert) {
        sg__check_note(c, SG_VERDICT_FAIL, "'%s' has no decommissioning certificate", name);
        return;
    }
    /* a bare file name is looked up in documents.decommission */
    if (!strchr(cert, '/') && sg__doc_path(a, "decommission", dir, sizeof dir)) {
        if (sg_path_join(path, sizeof path, dir, cert) != SG_OK)
            path[0] = '\0';
    } else if (sg_profile_path(a->profile, cert, path, sizeof path, NULL) != SG_OK)
        path[0] = '\0';
    json_t *doc = NULL;
    struct sg_error err = {0};
    if (sg__load_doc(path, &doc, &err) != SG_OK) {
        sg__check_note(c, SG_VERDICT_FAIL, "'%s': certificate %s: %s", name, cert, err.reason);
        return;
    }
    (void)sg__file_digest(path, cdigest, NULL);
    sg__check_item(c, path, cdigest, name);
    const char *cname = json_string_value(json_object_get(doc, "asset"));
    const char *cd = json_string_value(json_object_get(doc, "digest"));
    const char *custodian = json_string_value(json_object_get(doc, "data_custodian"));
    if (!cname || strcmp(cname, name) != 0 || !cd || strcmp(cd, digest) != 0)
        sg__check_note(c, SG_VERDICT_FAIL, "certificate %s does not name '%s' with digest %.19s…", cert, name, digest);
    else if (!custodian)
        sg__check_note(c, SG_VERDICT_FAIL, "certificate %s has no Data Custodian sign-off", cert);
    else if (json_array_size(json_object_get(doc, "erased")) == 0 &&
             strcmp(json_string_value(json_object_get(entry, "action")), "retire") == 0)
        sg__check_note(c, SG_VERDICT_FAIL, "certificate %s lists nothing erased", cert);
    json_decref(doc);
}

static sg_err collect(struct sg__assess *a, struct sg_error *err)
{
    (void)err;
    json_t *retired = json_object_get(a->profile->doc, "retired");
    json_t *transfer = sg__check(a, "decommission.transfer", KIND, defs[0].title, SG_VERDICT_PASS,
                                 "record a certificate for the transfer signed off by the Data Custodian",
                                 "no model or dataset was transferred");
    json_t *retire = sg__check(a, "decommission.retire", KIND, defs[1].title, SG_VERDICT_PASS,
                               "erase the data and configuration with the Data Custodian and record a certificate",
                               "no model or system was retired");
    size_t i, nt = 0, nr = 0;
    json_t *e;
    json_array_foreach(retired, i, e) {
        bool is_transfer = strcmp(json_string_value(json_object_get(e, "action")), "transfer") == 0;
        certify(a, is_transfer ? transfer : retire, e);
        if (is_transfer)
            nt++;
        else
            nr++;
    }
    if (nt && strcmp(json_string_value(json_object_get(transfer, "status")), "pass") == 0)
        sg__check_note(transfer, SG_VERDICT_PASS, "%zu transfer(s) certified", nt);
    if (nr && strcmp(json_string_value(json_object_get(retire, "status")), "pass") == 0)
        sg__check_note(retire, SG_VERDICT_PASS, "%zu retirement(s) certified", nr);
    return SG_OK;
}

const struct sg__collector sg__collector_decommission = {"decommission", KIND, NULL, collect};
