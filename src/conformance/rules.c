/* rules.c - which checks decide which provision, and what an attestation is
 * worth for it. This is the project's judgement of how each provision can be
 * evidenced (see the catalogue's "evidence" and "automation" fields); keep it
 * in the order of the catalogue, one row per provision (a test checks both).
 *
 * NONE      software decides alone
 * ACCEPTS   software decides; a signed attestation is shown as support
 * REQUIRES  software decides its part and a valid attestation is needed too
 * ONLY      organisational: a valid signed attestation decides */
#include <string.h>

#include "conformance/internal.h"

#define R(id, mode, ...) {id, SG_ATTEST_##mode, {__VA_ARGS__, NULL}}
#define ONLY(id) {id, SG_ATTEST_ONLY, {NULL}}

const struct sg__rule sg__rules[SG_PROVISION_COUNT] = {
    /* 1 awareness */
    R("5.1.1-1", ACCEPTS, "training.programme"),
    R("5.1.1-1.1", NONE, "training.roles"),
    R("5.1.1-2", ACCEPTS, "training.roles", "training.channels"),
    R("5.1.1-2.1", ACCEPTS, "training.channels"),
    R("5.1.1-2.2", NONE, "training.developers"),
    /* 2 secure design */
    R("5.1.2-1", ACCEPTS, "threat_model.business_need"),
    ONLY("5.1.2-1.1"),
    R("5.1.2-2", NONE, "threat_model.ai_threats", "redteam.recent", "redteam.findings", "guard.input"),
    R("5.1.2-3", NONE, "ledger.intact", "ledger.changes"),
    R("5.1.2-4", ACCEPTS, "sbom.complete", "scan.clean", "threat_model.third_party"),
    ONLY("5.1.2-5"),
    ONLY("5.1.2-5.1"),
    R("5.1.2-6", NONE, "gateway.least_privilege", "threat_model.review"),
    R("5.1.2-7", REQUIRES, "sbom.complete"),
    /* 3 threats and risks */
    R("5.1.3-1", NONE, "threat_model.ai_threats", "threat_model.review"),
    R("5.1.3-1.1", NONE, "threat_model.reassess"),
    R("5.1.3-1.2", NONE, "threat_model.unused_capabilities", "gateway.modalities"),
    R("5.1.3-1.3", ACCEPTS, "threat_model.treatment"),
    R("5.1.3-2", ACCEPTS, "threat_model.residual"),
    ONLY("5.1.3-3"),
    R("5.1.3-4", NONE, "monitoring.infrastructure", "threat_model.review"),
    /* 4 human responsibility */
    R("5.1.4-1", ACCEPTS, "gateway.logging", "guard.output"),
    ONLY("5.1.4-2"),
    R("5.1.4-3", NONE, "gateway.logging", "ledger.intact"),
    ONLY("5.1.4-4"),
    R("5.1.4-5", ACCEPTS, "docs.prohibited_use"),
    /* 5 assets */
    R("5.2.1-1", NONE, "assets.register", "sbom.complete", "inventory.shadow"),
    R("5.2.1-2", NONE, "assets.register", "signing.models", "ledger.changes"),
    R("5.2.1-3", ACCEPTS, "docs.disaster_recovery"),
    R("5.2.1-3.1", NONE, "signing.models", "signing.published"),
    R("5.2.1-4", NONE, "gateway.auth", "gateway.data_protection", "assets.permissions"),
    R("5.2.1-4.1", NONE, "guard.input"),
    R("5.2.1-4.2", ACCEPTS, "assets.permissions", "gateway.auth"),
    /* 6 infrastructure */
    R("5.2.2-1", NONE, "gateway.auth", "gateway.tls"),
    R("5.2.2-2", NONE, "gateway.rate_limit", "gateway.quota"),
    ONLY("5.2.2-3"),
    R("5.2.2-4", NONE, "docs.disclosure"),
    R("5.2.2-5", ACCEPTS, "docs.incident_plan"),
    ONLY("5.2.2-6"),
    /* 7 supply chain */
    R("5.2.3-1", NONE, "signing.models", "scan.clean", "sbom.complete"),
    ONLY("5.2.3-2"),
    R("5.2.3-2.1", ACCEPTS, "threat_model.third_party", "scan.clean"),
    ONLY("5.2.3-2.2"),
    R("5.2.3-3", NONE, "scan.clean", "redteam.current_model"),
    R("5.2.3-4", ACCEPTS, "docs.update_notices"),
    /* 8 documentation */
    R("5.2.4-1", ACCEPTS, "ledger.intact", "ledger.changes"),
    R("5.2.4-1.1", ACCEPTS, "sbom.complete", "sbom.provenance"),
    R("5.2.4-1.2", NONE, "signing.published", "signing.models"),
    R("5.2.4-2", NONE, "sbom.provenance"),
    R("5.2.4-2.1", NONE, "sbom.provenance"),
    R("5.2.4-3", NONE, "ledger.changes"),
    /* 9 testing */
    R("5.2.5-1", NONE, "redteam.recent", "redteam.findings", "scan.clean"),
    R("5.2.5-2", NONE, "redteam.recent"),
    R("5.2.5-2.1", ACCEPTS, "redteam.independent"),
    R("5.2.5-3", ACCEPTS, "redteam.shared"),
    R("5.2.5-4", NONE, "redteam.privacy"),
    R("5.2.5-4.1", NONE, "redteam.control", "guard.output"),
    /* 10 deployment */
    R("5.3.1-1", ACCEPTS, "docs.data_use"),
    R("5.3.1-2", ACCEPTS, "docs.guidance"),
    R("5.3.1-2.1", ACCEPTS, "docs.limitations"),
    R("5.3.1-2.2", ACCEPTS, "docs.update_notices"),
    R("5.3.1-3", ACCEPTS, "docs.incident_support"),
    /* 11 updates */
    R("5.4.1-1", ACCEPTS, "docs.update_notices", "signing.models"),
    ONLY("5.4.1-1.1"),
    R("5.4.1-2", NONE, "redteam.current_model"),
    ONLY("5.4.1-3"),
    /* 12 monitoring */
    R("5.4.2-1", NONE, "gateway.logging", "ledger.intact"),
    R("5.4.2-2", NONE, "monitoring.log_review"),
    R("5.4.2-3", NONE, "monitoring.internal"),
    R("5.4.2-4", NONE, "monitoring.drift"),
    /* 13 end of life */
    R("5.5.1-1", NONE, "decommission.transfer"),
    R("5.5.1-2", NONE, "decommission.retire"),
};

const struct sg__rule *sg__rule_find(const char *provision)
{
    for (size_t i = 0; i < SG_PROVISION_COUNT; i++)
        if (strcmp(sg__rules[i].provision, provision) == 0)
            return &sg__rules[i];
    return NULL;
}
