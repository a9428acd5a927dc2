/* chain.c - the handler chain, as nginx runs its phase handlers: each
 * detector looks at the text and passes, logs, redacts, blocks, or declines
 * (not its business: disabled, or the wrong role). The strongest answer wins
 * and names the detector and rule behind it. sg_guard_check is the one-shot
 * entry; the inspector and the stream run the same chain. */
#include <stdio.h>
#include <string.h>

#include "guard_int.h"

typedef int (*handler_fn)(const struct sg__chain_in *in, struct sg_guard_result *res,
                          sg_err *rc, struct sg_error *err);

static int h_injection(const struct sg__chain_in *in, struct sg_guard_result *res, sg_err *rc,
                       struct sg_error *err)
{
    const struct sg_guard_config *cfg = &in->g->cfg;
    if (!(cfg->detectors & SG_GUARD_DET_INJECTION))
        return SG__DECLINE;
    res->injection_truncated = in->len > SG_GUARD_INJECTION_MAX;
    *rc = sg__guard_injection_bufs(in->g, in->scratch, in->bufs, in->role, in->text, in->len,
                                   &res->injection_score, &res->injection_rule, err);
    if (*rc)
        return SG__DECLINE;
    res->injection_flagged = res->injection_score >= cfg->threshold[in->role];
    return res->injection_flagged ? (int)cfg->injection_action : SG_GUARD_PASS;
}

static bool entity_enabled(unsigned det, enum sg_guard_entity_type t)
{
    if (t == SG_ENT_CANARY)
        return det & SG_GUARD_DET_CANARY;
    return det & (sg_guard_entity_is_secret(t) ? SG_GUARD_DET_SECRETS : SG_GUARD_DET_PII);
}

static int h_leakage(const struct sg__chain_in *in, struct sg_guard_result *res, sg_err *rc,
                     struct sg_error *err)
{
    const struct sg_guard_config *cfg = &in->g->cfg;
    unsigned det = cfg->detectors & (SG_GUARD_DET_SECRETS | SG_GUARD_DET_PII | SG_GUARD_DET_CANARY);
    if (!det || (in->role != SG_GUARD_ROLE_OUTPUT && !cfg->scan_input_entities))
        return SG__DECLINE;
    size_t n = 0;
    *rc = sg__guard_entities_scan(in->g, in->scratch, in->text, in->len,
                                  det & SG_GUARD_DET_CANARY ? in->canary : NULL, res->entities,
                                  SG_GUARD_MAX_ENTITIES, &n, &res->entities_truncated, err);
    if (*rc)
        return SG__DECLINE;
    int best = SG_GUARD_PASS;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        struct sg_guard_entity e = res->entities[i];
        if (!entity_enabled(det, e.type))
            continue;
        e.action = cfg->action[e.type];
        res->entities[k++] = e;
        if ((int)e.action > best) {
            best = (int)e.action;
            res->rule = sg_guard_entity_name(e.type);
        }
    }
    res->n_entities = k;
    return best;
}

static const struct {
    const char *name;
    handler_fn fn;
} chain[] = {
    {"injection", h_injection},
    {"leakage", h_leakage},
};

sg_err sg__guard_chain_run(const struct sg__chain_in *in, struct sg_guard_result *res,
                           struct sg_error *err)
{
    /* Every field but the span array, which is 8 KiB: clearing it cost
     * more than all the detectors together on a short message (the gateway
     * checks three texts per request), and only its first n_entities
     * entries mean anything. */
    res->injection_score = 0;
    res->injection_flagged = false;
    res->injection_rule = NULL;
    res->injection_truncated = false;
    res->n_entities = 0;
    res->entities_truncated = false;
    res->action = SG_GUARD_PASS;
    res->detector = NULL;
    res->rule = NULL;
    for (size_t h = 0; h < sizeof chain / sizeof chain[0]; h++) {
        sg_err rc = SG_OK;
        const char *prev_rule = res->rule;
        int a = chain[h].fn(in, res, &rc, err);
        if (rc)
            return rc;
        if (a == SG__DECLINE || a <= (int)res->action) {
            res->rule = prev_rule;
            continue;
        }
        res->action = (enum sg_guard_action)a;
        if (chain[h].fn == h_injection) {
            res->detector = "injection";
            res->rule = res->injection_rule ? res->injection_rule : "model";
        } else {
            res->detector = "pii";
            for (size_t i = 0; i < res->n_entities; i++)
                if (strcmp(sg_guard_entity_name(res->entities[i].type), res->rule) == 0)
                    res->detector = res->entities[i].type == SG_ENT_CANARY ? "canary"
                                    : sg_guard_entity_is_secret(res->entities[i].type)
                                        ? "secrets"
                                        : "pii";
        }
    }
    return SG_OK;
}

sg_err sg_guard_check(const sg_guard *g, enum sg_guard_role role, const char *text, size_t len,
                      struct sg_guard_result *res, struct sg_error *err)
{
    if ((unsigned)role >= SG_GUARD_ROLE_COUNT)
        return sg_error_set(err, SG_ERR_INVALID_ARG, "guard", "unknown role %d", (int)role);
    hs_scratch_t *s = NULL;
    sg_err rc = sg__guard_scratch_get(g, &s, err);
    if (rc)
        return rc;
    struct sg__chain_in in = {g, s, role, text ? text : "", text ? len : 0, NULL, NULL};
    rc = sg__guard_chain_run(&in, res, err);
    sg__guard_scratch_put(g, s);
    return rc;
}

void sg__guard_verdict_from_result(const struct sg_guard_result *res,
                                   struct sg_inspect_verdict *v)
{
    memset(v, 0, sizeof *v);
    v->action = (enum sg_inspect_action)res->action;
    if (res->action == SG_GUARD_PASS)
        return;
    v->detector = res->detector;
    v->rule = res->rule;
    if (res->detector && strcmp(res->detector, "injection") == 0) {
        v->score = res->injection_score;
        snprintf(v->reason, sizeof v->reason, "prompt injection score %.3f (rule %s)",
                 res->injection_score, res->rule ? res->rule : "model");
    } else {
        v->score = 1.0;
        snprintf(v->reason, sizeof v->reason, "%zu sensitive span(s); strongest: %s",
                 res->n_entities, res->rule ? res->rule : "?");
    }
}
