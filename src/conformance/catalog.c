/* catalog.c - access to the compiled provision catalogue (catalog_data.c),
 * the names of roles, phases and levels, and the catalogue as JSON and as an
 * OSCAL 1.2.2 catalog. */
#include <openssl/evp.h>
#include <string.h>

#include "conformance/internal.h"
#include "saiguard/conformance.h"
#include "saiguard/encode.h"
#include "saiguard/json.h"

/* ---- access -------------------------------------------------------------- */

const struct sg_provision *sg_catalog_provision(size_t index)
{
    return index < SG_PROVISION_COUNT ? &sg__provisions[index] : NULL;
}

const struct sg_principle *sg_catalog_principle(int number)
{
    return number >= 1 && number <= SG_PRINCIPLE_COUNT ? &sg__principles[number - 1] : NULL;
}

const struct sg_provision *sg_catalog_find(const char *id)
{
    if (!id)
        return NULL;
    for (size_t i = 0; i < SG_PROVISION_COUNT; i++)
        if (strcmp(sg__provisions[i].id, id) == 0)
            return &sg__provisions[i];
    return NULL;
}

/* ---- names ----------------------------------------------------------------- */

const char *sg_role_name(enum sg_role role)
{
    switch (role) {
    case SG_ROLE_DEVELOPER: return "developer";
    case SG_ROLE_SYSTEM_OPERATOR: return "system_operator";
    case SG_ROLE_DATA_CUSTODIAN: return "data_custodian";
    }
    return "unknown";
}

const char *sg_role_title(enum sg_role role)
{
    switch (role) {
    case SG_ROLE_DEVELOPER: return "Developer";
    case SG_ROLE_SYSTEM_OPERATOR: return "System Operator";
    case SG_ROLE_DATA_CUSTODIAN: return "Data Custodian";
    }
    return "Unknown";
}

int sg_role_parse(const char *name)
{
    if (!name)
        return -1;
    if (strcmp(name, "developer") == 0)
        return SG_ROLE_DEVELOPER;
    if (strcmp(name, "system_operator") == 0 || strcmp(name, "system-operator") == 0 ||
        strcmp(name, "operator") == 0)
        return SG_ROLE_SYSTEM_OPERATOR;
    if (strcmp(name, "data_custodian") == 0 || strcmp(name, "data-custodian") == 0 ||
        strcmp(name, "custodian") == 0)
        return SG_ROLE_DATA_CUSTODIAN;
    return -1;
}

static const char *const phase_names[SG_PHASE_COUNT] = {"design", "development", "deployment",
                                                        "maintenance", "end_of_life"};
static const char *const phase_titles[SG_PHASE_COUNT] = {"Secure design", "Secure development",
                                                         "Secure deployment", "Secure maintenance",
                                                         "Secure end of life"};

const char *sg_phase_name(enum sg_phase phase)
{
    return (unsigned)phase < SG_PHASE_COUNT ? phase_names[phase] : "unknown";
}

const char *sg_phase_title(enum sg_phase phase)
{
    return (unsigned)phase < SG_PHASE_COUNT ? phase_titles[phase] : "Unknown";
}

int sg_phase_parse(const char *name)
{
    if (!name)
        return -1;
    for (int i = 0; i < SG_PHASE_COUNT; i++)
        if (strcmp(name, phase_names[i]) == 0)
            return i;
    if (strcmp(name, "end-of-life") == 0 || strcmp(name, "eol") == 0)
        return SG_PHASE_END_OF_LIFE;
    return -1;
}

const char *sg_level_name(enum sg_level level)
{
    return level == SG_LEVEL_SHALL ? "shall" : "should";
}

const char *sg_automation_name(enum sg_automation a)
{
    switch (a) {
    case SG_AUTOMATION_AUTOMATABLE: return "automatable";
    case SG_AUTOMATION_PARTIAL: return "partial";
    case SG_AUTOMATION_ORGANISATIONAL: return "organisational";
    }
    return "unknown";
}

static const char *const evidence_names[SG_EVIDENCE_KIND_COUNT] = {
    "attestation", "inventory", "signing", "model_scan", "audit_log", "gateway_policy", "guardrails",
    "monitoring", "redteam", "decommission", "training_record", "threat_model", "sbom"};

const char *sg_evidence_name(enum sg_evidence_kind kind)
{
    for (int i = 0; i < SG_EVIDENCE_KIND_COUNT; i++)
        if ((unsigned)kind == (1u << i))
            return evidence_names[i];
    return "unknown";
}

/* ---- JSON ---------------------------------------------------------------------- */

static bool selected(const struct sg_provision *p, unsigned roles, int phase)
{
    return (roles == 0 || (p->roles & roles)) && (phase < 0 || (int)p->phase == phase);
}

static json_t *roles_json(unsigned mask)
{
    json_t *a = json_array();
    for (unsigned r = SG_ROLE_DEVELOPER; r <= SG_ROLE_DATA_CUSTODIAN; r <<= 1)
        if (mask & r)
            json_array_append_new(a, json_string(sg_role_name((enum sg_role)r)));
    return a;
}

static json_t *evidence_json(unsigned mask)
{
    json_t *a = json_array();
    for (int i = 0; i < SG_EVIDENCE_KIND_COUNT; i++)
        if (mask & (1u << i))
            json_array_append_new(a, json_string(evidence_names[i]));
    return a;
}

json_t *sg__provision_json(const struct sg_provision *p);
json_t *sg__provision_json(const struct sg_provision *p)
{
    json_t *o = json_pack("{s:s, s:s, s:i, s:s, s:s, s:o, s:s, s:b, s:s, s:o, s:s, s:b}", "id", p->id,
                          "uk_cop_id", p->uk_cop_id, "principle", p->principle, "principle_title",
                          sg__principles[p->principle - 1].title, "phase", sg_phase_name(p->phase),
                          "roles", roles_json(p->roles), "level", sg_level_name(p->level),
                          "mixed_modals", p->mixed_modals, "summary", p->summary, "evidence",
                          evidence_json(p->evidence), "automation", sg_automation_name(p->automation),
                          "uncertain", p->uncertain);
    if (o && p->note)
        json_object_set_new(o, "note", json_string(p->note));
    return o;
}

sg_err sg_catalog_to_json(unsigned roles, int phase, json_t **out, struct sg_error *err)
{
    *out = NULL;
    json_t *doc = json_object(), *principles = json_array(), *provisions = json_array();
    if (!doc || !principles || !provisions)
        goto nomem;
    for (int i = 0; i < SG_PRINCIPLE_COUNT; i++) {
        const struct sg_principle *pr = &sg__principles[i];
        if (phase >= 0 && (int)pr->phase != phase)
            continue;
        json_t *o = json_pack("{s:i, s:s, s:s, s:s, s:o, s:s, s:i, s:i, s:i}", "number", pr->number,
                              "clause", pr->clause, "title", pr->title, "phase",
                              sg_phase_name(pr->phase), "primarily_applies_to", roles_json(pr->roles),
                              "summary", pr->summary, "provision_count", pr->provision_count, "shall",
                              pr->shall_count, "should", pr->should_count);
        if (sg_json_push(principles, o) != SG_OK)
            goto nomem;
    }
    for (size_t i = 0; i < SG_PROVISION_COUNT; i++)
        if (selected(&sg__provisions[i], roles, phase) &&
            sg_json_push(provisions, sg__provision_json(&sg__provisions[i])) != SG_OK)
            goto nomem;
    json_object_set_new(doc, "schema", json_string("saiguard.catalog/1"));
    json_object_set_new(doc, "standard", json_string("ETSI EN 304 223 V2.1.1"));
    json_object_set_new(doc, "count", json_integer((json_int_t)json_array_size(provisions)));
    json_object_set_new(doc, "principles", principles);
    json_object_set_new(doc, "provisions", provisions);
    *out = doc;
    return SG_OK;
nomem:
    json_decref(doc);
    json_decref(principles);
    json_decref(provisions);
    return sg_error_set(err, SG_ERR_NOMEM, "catalog", "out of memory");
}

/* ---- OSCAL -------------------------------------------------------------------- */

sg_err sg_uuid_v5(const char *name, char out[37])
{
    /* RFC 4122 section 4.3: SHA-1 over namespace || name. Our namespace is the
     * v5 UUID of "saiguard" in the URL namespace, fixed here. */
    static const uint8_t ns[16] = {0x3c, 0x1e, 0x6a, 0x52, 0x0b, 0x1f, 0x5c, 0x2d,
                                   0x9a, 0x41, 0x7e, 0x57, 0x2b, 0x8c, 0xd0, 0x11};
    uint8_t md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    EVP_MD_CTX *c = EVP_MD_CTX_new();
    if (!c || EVP_DigestInit_ex(c, EVP_sha1(), NULL) != 1 || EVP_DigestUpdate(c, ns, sizeof ns) != 1 ||
        EVP_DigestUpdate(c, name, strlen(name)) != 1 || EVP_DigestFinal_ex(c, md, &mdlen) != 1) {
        EVP_MD_CTX_free(c);
        return SG_ERR_CRYPTO;
    }
    EVP_MD_CTX_free(c);
    md[6] = (uint8_t)((md[6] & 0x0f) | 0x50);
    md[8] = (uint8_t)((md[8] & 0x3f) | 0x80);
    char hex[33];
    sg_hex_encode(md, 16, hex);
    snprintf(out, 37, "%.8s-%.4s-%.4s-%.4s-%.12s", hex, hex + 8, hex + 12, hex + 16, hex + 20);
    return SG_OK;
}

/* OSCAL ids are tokens that must start with a letter: "5.2.4-1.2" becomes
 * "etsi-5.2.4-1.2"; the designator itself is kept in a "label" prop. */
void sg__oscal_control_id(const char *provision, char *out, size_t size);
void sg__oscal_control_id(const char *provision, char *out, size_t size)
{
    snprintf(out, size, "etsi-%s", provision);
}

static json_t *prop(const char *name, const char *value)
{
    return json_pack("{s:s, s:s, s:s}", "name", name, "ns", "https://saiguard.dev/ns/oscal", "value", value);
}

sg_err sg_catalog_to_oscal(unsigned roles, int phase, json_t **out, struct sg_error *err)
{
    *out = NULL;
    char uuid[37], now[32], key[64];
    sg_time_rfc3339(now);
    json_t *groups = json_array();
    if (!groups)
        return sg_error_set(err, SG_ERR_NOMEM, "catalog", "out of memory");
    for (int i = 0; i < SG_PRINCIPLE_COUNT; i++) {
        const struct sg_principle *pr = &sg__principles[i];
        json_t *controls = json_array();
        for (size_t j = 0; j < SG_PROVISION_COUNT; j++) {
            const struct sg_provision *p = &sg__provisions[j];
            if (p->principle != pr->number || !selected(p, roles, phase))
                continue;
            char id[64];
            sg__oscal_control_id(p->id, id, sizeof id);
            json_t *props = json_array();
            json_array_append_new(props, json_pack("{s:s, s:s}", "name", "label", "value", p->id));
            json_array_append_new(props, prop("uk-cop-id", p->uk_cop_id));
            json_array_append_new(props, prop("level", sg_level_name(p->level)));
            json_array_append_new(props, prop("phase", sg_phase_name(p->phase)));
            for (unsigned r = SG_ROLE_DEVELOPER; r <= SG_ROLE_DATA_CUSTODIAN; r <<= 1)
                if (p->roles & r)
                    json_array_append_new(props, prop("role", sg_role_name((enum sg_role)r)));
            json_array_append_new(props, prop("automation", sg_automation_name(p->automation)));
            for (int k = 0; k < SG_EVIDENCE_KIND_COUNT; k++)
                if (p->evidence & (1u << k))
                    json_array_append_new(props, prop("evidence-kind", evidence_names[k]));
            char title[96], smt[80];
            snprintf(title, sizeof title, "Provision %s", p->id);
            snprintf(smt, sizeof smt, "%s_smt", id);
            json_t *parts = json_pack("[{s:s, s:s, s:s}]", "id", smt, "name", "statement", "prose", p->summary);
            json_array_append_new(controls, json_pack("{s:s, s:s, s:s, s:o, s:o}", "id", id, "class",
                                                      "provision", "title", title, "props", props,
                                                      "parts", parts));
        }
        if (json_array_size(controls) == 0) {
            json_decref(controls);
            continue;
        }
        char gid[32], smt[48];
        snprintf(gid, sizeof gid, "principle-%d", pr->number);
        snprintf(smt, sizeof smt, "%s_smt", gid);
        json_t *gprops = json_pack("[{s:s, s:s}]", "name", "label", "value", pr->clause);
        json_array_append_new(gprops, prop("phase", sg_phase_name(pr->phase)));
        json_array_append_new(groups, json_pack("{s:s, s:s, s:s, s:o, s:[{s:s, s:s, s:s}], s:o}", "id", gid,
                                                "class", "principle", "title", pr->title, "props", gprops,
                                                "parts", "id", smt, "name", "overview", "prose", pr->summary,
                                                "controls", controls));
    }
    snprintf(key, sizeof key, "catalog/%u/%d", roles, phase);
    if (sg_uuid_v5(key, uuid) != SG_OK) {
        json_decref(groups);
        return sg_error_set(err, SG_ERR_CRYPTO, "catalog", "cannot derive a UUID");
    }
    json_t *doc = json_pack(
        "{s:{s:s, s:{s:s, s:s, s:s, s:s, s:[{s:s, s:s}], s:s}, s:o}}", "catalog", "uuid", uuid, "metadata",
        "title", "ETSI EN 304 223 baseline cyber security requirements for AI (saiguard paraphrase)",
        "last-modified", now, "version", "2.1.1", "oscal-version", "1.2.2", "document-ids", "scheme",
        "https://www.etsi.org", "identifier", "ETSI EN 304 223 V2.1.1", "remarks",
        "Titles and statements are saiguard's own paraphrases of the provisions, not text of the "
        "standard. Facts carried over: numbering, principle, phase, modal verb and the stakeholders "
        "named.",
        "groups", groups);
    if (!doc)
        return sg_error_set(err, SG_ERR_NOMEM, "catalog", "out of memory");
    *out = doc;
    return SG_OK;
}
