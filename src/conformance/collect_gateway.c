/* collect_gateway.c - evidence kind "gateway_policy" through the gateway
 * capability: the gateway configuration named in the profile grants least
 * privilege, authenticates, rate-limits and meters callers, switches unused
 * modalities off, logs, and uses TLS where exposed. Inconclusive until the
 * capability is in the build. */
#include "conformance/internal.h"

static const struct sg__check_def defs[] = {
    {"gateway.auth", "API callers are authenticated and authorised"},
    {"gateway.tls", "TLS protects the API where it is exposed"},
    {"gateway.rate_limit", "Rate limits blunt extraction and abuse"},
    {"gateway.quota", "Per-caller quotas are enforced"},
    {"gateway.modalities", "Unused input and output modalities are switched off"},
    {"gateway.least_privilege", "Callers and the model get only the routes and models they need"},
    {"gateway.logging", "Requests and decisions are logged for oversight"},
    {NULL, NULL}};

static sg_err collect(struct sg__assess *a, struct sg_error *err)
{
    (void)err;
    if (!json_object_get(a->profile->doc, "gateway"))
        return sg__checks_all(a, "gateway_policy", defs, SG_VERDICT_INCONCLUSIVE,
                              "put the API behind saiguard gateway and name its configuration under gateway.config",
                              "no evidence: the profile names no gateway configuration");
    return sg__checks_unavailable(a, "gateway_policy", "gateway", defs);
}

const struct sg__collector sg__collector_gateway = {"gateway", "gateway_policy", "gateway", collect};
