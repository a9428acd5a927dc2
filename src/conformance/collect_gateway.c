/* collect_gateway.c - evidence kind "gateway_policy" through the gateway
 * capability: the configuration named in the profile is loaded and
 * validated by the gateway's own loader, and its effective policy and
 * least-privilege findings (sg_gateway_config_describe) decide the checks:
 * authentication, TLS where exposed, rate limits, quotas, unused modalities,
 * least privilege, logging and data protection. */
#include <string.h>

#include "conformance/internal.h"

#include "saiguard/gateway.h"

static const struct sg__check_def defs[] = {
    {"gateway.auth", "API callers are authenticated and authorised"},
    {"gateway.tls", "TLS protects the API where it is exposed"},
    {"gateway.rate_limit", "Rate limits blunt extraction and abuse"},
    {"gateway.quota", "Per-caller quotas and token caps are enforced"},
    {"gateway.modalities", "Unused input and output modalities are switched off"},
    {"gateway.least_privilege", "Callers and the model get only the models and tools they need"},
    {"gateway.logging", "Requests and decisions are logged for oversight"},
    {"gateway.data_protection", "Prompts and answers are not kept in clear in the audit trail"},
    {NULL, NULL}};

#define KIND "gateway_policy"

/* Which check each gateway finding counts against. */
static const struct {
    const char *finding, *check;
} finding_map[] = {
    {"gateway.route.no_auth", "gateway.auth"},
    {"gateway.listener.no_tls", "gateway.tls"},
    {"gateway.upstream.no_tls", "gateway.tls"},
    {"gateway.upstream.tls_unverified", "gateway.tls"},
    {"gateway.policy.no_rate_limit", "gateway.rate_limit"},
    {"gateway.limits.fail_open", "gateway.rate_limit"},
    {"gateway.policy.no_quota", "gateway.quota"},
    {"gateway.policy.no_max_tokens", "gateway.quota"},
    {"gateway.policy.extra_modalities", "gateway.modalities"},
    {"gateway.policy.any_model", "gateway.least_privilege"},
    {"gateway.policy.any_tool", "gateway.least_privilege"},
    {"gateway.audit.records_text", "gateway.data_protection"},
};

static const char *const next_steps[] = {
    "require an API key on every route (auth: true) and give each caller its own key and policy",
    "terminate TLS on every listener reachable beyond loopback and verify upstream certificates",
    "set requests_per_minute and tokens_per_minute on every policy (and keep limits fail-closed)",
    "set daily_tokens and max_tokens on every policy",
    "list only the modalities the use case needs (modalities: [text])",
    "name the models and tools each policy may use instead of \"*\"",
    "serve the API through saiguard gateway so every request is recorded in the ledger",
    "set audit.record_text: false so only digests of prompts and answers are kept",
};

static sg_err collect(struct sg__assess *a, struct sg_error *err)
{
    (void)err;
    json_t *gw = json_object_get(a->profile->doc, "gateway");
    if (!gw)
        return sg__checks_all(a, KIND, defs, SG_VERDICT_INCONCLUSIVE,
                              "put the API behind saiguard gateway and name its configuration under gateway.config",
                              "no evidence: the profile names no gateway configuration");
    char path[PATH_MAX], digest[72] = "";
    if (sg_profile_path(a->profile, json_string_value(json_object_get(gw, "config")), path, sizeof path, NULL) != SG_OK)
        return sg__checks_all(a, KIND, defs, SG_VERDICT_INCONCLUSIVE, "shorten gateway.config", "path too long");
    bool exposed = !json_is_false(json_object_get(gw, "exposed"));
    struct sg_gateway_config *cfg = NULL;
    struct sg_error gerr = {0};
    json_t *desc = NULL;
    if (sg_gateway_config_load(path, &cfg, &gerr) != SG_OK)
        return sg__checks_all(a, KIND, defs, SG_VERDICT_FAIL, "fix the gateway configuration (saiguard gateway check-config)",
                              "the gateway configuration does not load: %s: %s", gerr.subject, gerr.reason);
    sg_err rc = sg_gateway_config_describe(cfg, &desc, &gerr);
    sg_gateway_config_free(cfg);
    if (rc != SG_OK)
        return sg__checks_all(a, KIND, defs, SG_VERDICT_INCONCLUSIVE, "run saiguard gateway check-config",
                              "cannot describe the gateway policy: %s", gerr.reason);
    (void)sg__file_digest(path, digest, NULL);
    size_t n = sizeof defs / sizeof defs[0] - 1;
    for (size_t i = 0; i < n; i++) {
        json_t *c = sg__check(a, defs[i].id, KIND, defs[i].title, SG_VERDICT_PASS, next_steps[i],
                              "the gateway configuration has no finding against this");
        sg__check_item(c, path, digest, "gateway configuration");
    }
    size_t i;
    json_t *f;
    json_array_foreach(json_object_get(desc, "findings"), i, f) {
        const char *id = json_string_value(json_object_get(f, "id"));
        const char *msg = json_string_value(json_object_get(f, "message"));
        const char *subject = json_string_value(json_object_get(f, "subject"));
        for (size_t k = 0; id && k < sizeof finding_map / sizeof finding_map[0]; k++) {
            if (strcmp(id, finding_map[k].finding) != 0)
                continue;
            json_t *c = json_object_get(a->checks, finding_map[k].check);
            /* a listener without TLS only matters where the system is exposed */
            enum sg_verdict v = !exposed && strcmp(id, "gateway.listener.no_tls") == 0 ? SG_VERDICT_PASS : SG_VERDICT_FAIL;
            if (v == SG_VERDICT_PASS)
                continue;
            sg__check_note(c, v, "%s: %s [%s]", subject ? subject : "?", msg ? msg : id, id);
        }
    }
    /* a few positive facts, so a pass says what it rests on */
    json_t *c = json_object_get(a->checks, "gateway.rate_limit");
    json_t *p;
    json_array_foreach(json_object_get(desc, "policies"), i, p) {
        char detail[256];
        snprintf(detail, sizeof detail, "policy %s: %lld req/min, %lld tokens/min, %lld tokens/day",
                 json_string_value(json_object_get(p, "name")),
                 (long long)json_integer_value(json_object_get(p, "requests_per_minute")),
                 (long long)json_integer_value(json_object_get(p, "tokens_per_minute")),
                 (long long)json_integer_value(json_object_get(p, "daily_tokens")));
        sg__check_item(c, NULL, NULL, detail);
    }
    if (json_array_size(json_object_get(desc, "keys")) == 0)
        sg__check_note(json_object_get(a->checks, "gateway.auth"), SG_VERDICT_FAIL, "no API key is configured");
    if (json_array_size(json_object_get(desc, "routes")) == 0)
        sg__check_note(json_object_get(a->checks, "gateway.logging"), SG_VERDICT_FAIL, "the gateway serves no route");
    json_decref(desc);
    return SG_OK;
}

const struct sg__collector sg__collector_gateway = {"gateway", KIND, "gateway", collect};
