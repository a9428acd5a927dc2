/* collect_monitoring.c - evidence kind "monitoring": the operations record
 * (documents.monitoring) of log reviews, drift checks, internal-signal
 * observation and infrastructure risk reviews, each judged on being present
 * and recent. */
#include <string.h>

#include "conformance/internal.h"

static const struct sg__check_def defs[] = {
    {"monitoring.log_review", "Logs are analysed for anomalies at least monthly"},
    {"monitoring.drift", "Performance drift is measured against a baseline at least monthly"},
    {"monitoring.internal", "Internal model signals are observed for defence and forensics"},
    {"monitoring.infrastructure", "Infrastructure is reviewed against the risk tolerance at least quarterly"},
    {NULL, NULL}};

#define KIND "monitoring"

/* Latest date among list[*].date; false when none. */
static bool latest(const json_t *list, time_t *out)
{
    bool any = false;
    size_t i;
    json_t *e;
    json_array_foreach(list, i, e) {
        time_t t;
        if (sg__date_field(e, "date", &t) && (!any || t > *out)) {
            *out = t;
            any = true;
        }
    }
    return any;
}

static void recent(struct sg__assess *a, json_t *c, bool have, time_t t, double max_days, const char *what)
{
    if (!have)
        sg__check_note(c, SG_VERDICT_FAIL, "no %s on record", what);
    else if (sg__days_ago(a, t) > max_days)
        sg__check_note(c, SG_VERDICT_FAIL, "the last %s was %.0f days ago (limit %.0f)", what, sg__days_ago(a, t),
                       max_days);
}

static sg_err collect(struct sg__assess *a, struct sg_error *err)
{
    (void)err;
    char path[PATH_MAX], digest[72] = "";
    json_t *doc = sg__collector_doc(a, "monitoring", KIND, defs, path, sizeof path);
    if (!doc)
        return SG_OK;
    (void)sg__file_digest(path, digest, NULL);
    time_t t = 0;
    bool have;

    json_t *c = sg__check(a, "monitoring.log_review", KIND, defs[0].title, SG_VERDICT_PASS,
                          "review the gateway and ledger logs for anomalies and record the review",
                          "logs were reviewed in the last 31 days");
    sg__check_item(c, path, digest, "log_reviews");
    have = latest(json_object_get(doc, "log_reviews"), &t);
    recent(a, c, have, t, 31, "log review");

    json_t *drift = json_object_get(doc, "drift");
    c = sg__check(a, "monitoring.drift", KIND, defs[1].title, SG_VERDICT_PASS,
                  "define drift metrics with a baseline and check them at least monthly",
                  "%zu drift metric(s) checked in the last 31 days", json_array_size(json_object_get(drift, "metrics")));
    sg__check_item(c, path, digest, "drift");
    if (json_array_size(json_object_get(drift, "metrics")) == 0)
        sg__check_note(c, SG_VERDICT_FAIL, "no drift metrics defined");
    have = sg__date_field(drift, "last_checked", &t);
    recent(a, c, have, t, 31, "drift check");

    json_t *sig = json_object_get(doc, "internal_signals");
    c = sg__check(a, "monitoring.internal", KIND, defs[2].title, SG_VERDICT_PASS,
                  "observe internal signals (e.g. refusal rates, token-probability outliers) and keep them",
                  "%zu internal signal(s) observed", json_array_size(json_object_get(sig, "signals")));
    sg__check_item(c, path, digest, "internal_signals");
    if (!json_is_true(json_object_get(sig, "enabled")) || json_array_size(json_object_get(sig, "signals")) == 0)
        sg__check_note(c, SG_VERDICT_FAIL, "internal signal observation is not enabled");

    c = sg__check(a, "monitoring.infrastructure", KIND, defs[3].title, SG_VERDICT_PASS,
                  "review the infrastructure against the risk tolerance each quarter and record it",
                  "infrastructure was reviewed in the last 92 days");
    sg__check_item(c, path, digest, "infrastructure_reviews");
    have = latest(json_object_get(doc, "infrastructure_reviews"), &t);
    recent(a, c, have, t, 92, "infrastructure review");
    json_decref(doc);
    return SG_OK;
}

const struct sg__collector sg__collector_monitoring = {"monitoring", KIND, NULL, collect};
