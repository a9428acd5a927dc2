/* assess.c - one assessment run: digest the tracked assets, compare them with
 * the last run, run every collector, decide all 72 provisions, summarise by
 * principle, phase and role, and record the run in the audit ledger. The
 * result is the report JSON every renderer reads (schema
 * "saiguard.assessment/1", see saiguard-assess(1)). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "conformance/internal.h"
#include "saiguard/encode.h"
#include "saiguard/json.h"
#include "saiguard/saiguard.h"

json_t *sg__verdict_provision(struct sg__assess *a, const struct sg_provision *p);

#define STATE_FILE "assess-last-run.json"

/* ---- tracked assets ------------------------------------------------------- */

static sg_err digest_assets(struct sg__assess *a, struct sg_error *err)
{
    json_t *assets = sg__profile_assets(a->profile), *as;
    size_t i;
    json_array_foreach(assets, i, as) {
        char path[PATH_MAX], digest[72];
        struct sg_error derr = {0};
        const char *rel = json_string_value(json_object_get(as, "path"));
        json_t *o = json_pack("{s:s, s:s, s:s}", "name", json_string_value(json_object_get(as, "name")), "kind",
                              json_string_value(json_object_get(as, "kind")), "path", rel);
        if (!o)
            return sg_error_set(err, SG_ERR_NOMEM, "assets", "out of memory");
        if (sg_profile_path(a->profile, rel, path, sizeof path, &derr) == SG_OK &&
            sg__file_digest(path, digest, &derr) == SG_OK)
            json_object_set_new(o, "digest", json_string(digest));
        else
            json_object_set_new(o, "error", json_string(derr.reason));
        sg_progress(a->ctx, "digesting assets", i + 1, json_array_size(assets));
        json_array_append_new(a->assets, o);
    }
    /* the gateway configuration is tracked too: changing it calls for a new
     * look at the threat model */
    const char *gw = json_string_value(json_object_get(json_object_get(a->profile->doc, "gateway"), "config"));
    if (gw) {
        char path[PATH_MAX], digest[72];
        if (sg_profile_path(a->profile, gw, path, sizeof path, NULL) == SG_OK &&
            sg__file_digest(path, digest, NULL) == SG_OK)
            json_array_append_new(a->assets, json_pack("{s:s, s:s, s:s, s:s}", "name", "(gateway configuration)",
                                                       "kind", "config", "path", gw, "digest", digest));
    }
    return SG_OK;
}

static void load_previous(struct sg__assess *a)
{
    char path[PATH_MAX];
    if (sg_ctx_state_path(a->ctx, STATE_FILE, path, sizeof path) != SG_OK)
        return;
    json_t *prev = NULL;
    if (sg_json_load_file(path, (size_t)16 << 20, &prev, NULL) != SG_OK)
        return;
    /* the state of another system (same state dir) is not ours to compare */
    const char *name = json_string_value(json_object_get(prev, "system"));
    if (!name || strcmp(name, a->profile->name) != 0) {
        json_decref(prev);
        return;
    }
    a->previous = prev;
    /* a change stays flagged from the run that first saw it until the
     * evidence that answers it (a threat-model review) is newer */
    char when[32];
    struct tm tm;
    gmtime_r(&a->now, &tm);
    strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
    json_t *before = json_object_get(prev, "assets"), *since = json_object_get(prev, "changed_at"), *as;
    size_t i;
    json_array_foreach(a->assets, i, as) {
        const char *n = json_string_value(json_object_get(as, "name"));
        const char *now = json_string_value(json_object_get(as, "digest"));
        const char *was = json_string_value(json_object_get(before, n));
        const char *at = json_string_value(json_object_get(since, n));
        if (now && was && strcmp(was, now) != 0)
            at = when;
        else if (!at || (now && !was))
            continue;
        json_array_append_new(a->changes, json_pack("{s:s, s:s, s:s?, s:s?, s:s}", "name", n, "kind",
                                                    json_string_value(json_object_get(as, "kind")), "before",
                                                    was && strcmp(at, when) == 0 ? was : NULL, "after", now, "changed_at",
                                                    at));
    }
}

static sg_err save_state(struct sg__assess *a, const char *report_digest, struct sg_error *err)
{
    char path[PATH_MAX], tmp[PATH_MAX + 8], when[32];
    struct tm tm;
    gmtime_r(&a->now, &tm);
    strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
    sg_err rc = sg_ctx_ensure_state(a->ctx, err);
    if (rc != SG_OK)
        return rc;
    if (sg_ctx_state_path(a->ctx, STATE_FILE, path, sizeof path) != SG_OK)
        return sg_error_set(err, SG_ERR_TOO_LARGE, STATE_FILE, "state path too long");
    json_t *digests = json_object(), *as;
    size_t i;
    json_array_foreach(a->assets, i, as) {
        const char *d = json_string_value(json_object_get(as, "digest"));
        if (d)
            json_object_set_new(digests, json_string_value(json_object_get(as, "name")), json_string(d));
    }
    json_t *changed = json_object(), *ch;
    json_array_foreach(a->changes, i, ch)
        json_object_set(changed, json_string_value(json_object_get(ch, "name")), json_object_get(ch, "changed_at"));
    json_t *state = json_pack("{s:s, s:s, s:s, s:o, s:o}", "system", a->profile->name, "time", when, "report_digest",
                              report_digest, "assets", digests, "changed_at", changed);
    sg_buf b;
    sg_buf_init(&b, SG_BUF_DEFAULT_MAX);
    rc = state ? sg_json_dump(state, JSON_INDENT(2) | JSON_SORT_KEYS, &b) : SG_ERR_NOMEM;
    json_decref(state);
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = rc == SG_OK ? fopen(tmp, "w") : NULL;
    if (rc == SG_OK && !f)
        rc = sg_error_errno(err, SG_ERR_IO, tmp, errno, "cannot write");
    if (f) {
        bool ok = fwrite(b.data, 1, b.len, f) == b.len;
        ok = (fclose(f) == 0) && ok;
        if (!ok || rename(tmp, path) != 0)
            rc = sg_error_errno(err, SG_ERR_IO, path, errno, "cannot write");
    }
    sg_buf_release(&b);
    return rc;
}

/* ---- summaries ----------------------------------------------------------------- */

static json_t *counter(void)
{
    return json_pack("{s:i, s:i, s:i, s:i, s:i}", "pass", 0, "fail", 0, "inconclusive", 0, "waived", 0,
                     "not_applicable", 0);
}

static void count(json_t *c, const char *verdict)
{
    json_object_set_new(c, verdict, json_integer(json_integer_value(json_object_get(c, verdict)) + 1));
}

static json_t *summaries(struct sg__assess *a, json_t *provisions, json_t **by_principle, json_t **by_phase,
                         json_t **by_role)
{
    json_t *total = counter();
    *by_principle = json_array();
    *by_phase = json_array();
    *by_role = json_array();
    for (int n = 1; n <= SG_PRINCIPLE_COUNT; n++) {
        const struct sg_principle *pr = sg_catalog_principle(n);
        json_t *c = counter();
        json_object_set_new(c, "number", json_integer(n));
        json_object_set_new(c, "clause", json_string(pr->clause));
        json_object_set_new(c, "title", json_string(pr->title));
        json_object_set_new(c, "phase", json_string(sg_phase_name(pr->phase)));
        json_array_append_new(*by_principle, c);
    }
    for (int ph = 0; ph < SG_PHASE_COUNT; ph++) {
        json_t *c = counter();
        json_object_set_new(c, "phase", json_string(sg_phase_name((enum sg_phase)ph)));
        json_object_set_new(c, "title", json_string(sg_phase_title((enum sg_phase)ph)));
        json_array_append_new(*by_phase, c);
    }
    for (unsigned r = SG_ROLE_DEVELOPER; r <= SG_ROLE_DATA_CUSTODIAN; r <<= 1) {
        json_t *c = counter();
        json_object_set_new(c, "role", json_string(sg_role_name((enum sg_role)r)));
        json_object_set_new(c, "title", json_string(sg_role_title((enum sg_role)r)));
        json_object_set_new(c, "held", json_boolean((sg__held_roles(a) & r) != 0));
        json_array_append_new(*by_role, c);
    }
    int machine = 0, applicable = 0, shall_open = 0;
    size_t i;
    json_t *p;
    json_array_foreach(provisions, i, p) {
        const char *v = json_string_value(json_object_get(p, "verdict"));
        const struct sg_provision *prov = sg_catalog_find(json_string_value(json_object_get(p, "id")));
        count(total, v);
        count(json_array_get(*by_principle, (size_t)prov->principle - 1), v);
        count(json_array_get(*by_phase, prov->phase), v);
        int ri = 0;
        for (unsigned r = SG_ROLE_DEVELOPER; r <= SG_ROLE_DATA_CUSTODIAN; r <<= 1, ri++)
            if (prov->roles & r)
                count(json_array_get(*by_role, (size_t)ri), (sg__held_roles(a) & r) ? v : "not_applicable");
        if (json_is_true(json_object_get(p, "applicable"))) {
            applicable++;
            const char *basis = json_string_value(json_object_get(p, "basis"));
            if (strncmp(basis, "machine", 7) == 0)
                machine++;
            if (prov->level == SG_LEVEL_SHALL && (strcmp(v, "fail") == 0 || strcmp(v, "inconclusive") == 0))
                shall_open++;
        }
    }
    json_object_set_new(total, "total", json_integer(SG_PROVISION_COUNT));
    json_object_set_new(total, "applicable", json_integer(applicable));
    json_object_set_new(total, "decided_by_machine_evidence", json_integer(machine));
    json_object_set_new(total, "shall_open", json_integer(shall_open));
    json_object_set_new(total, "conformant", json_boolean(shall_open == 0 &&
                                                          json_integer_value(json_object_get(total, "fail")) == 0));
    return total;
}

static json_t *statement(struct sg__assess *a, json_t *provisions)
{
    /* the implementation conformance statement: what applies and why not */
    json_t *applies = json_array(), *excluded = json_array(), *waived = json_array(), *p;
    size_t i;
    json_array_foreach(provisions, i, p) {
        const char *id = json_string_value(json_object_get(p, "id"));
        const char *v = json_string_value(json_object_get(p, "verdict"));
        if (strcmp(v, "not_applicable") == 0)
            json_array_append_new(excluded, json_pack("{s:s, s:s}", "id", id, "reason",
                                                      "obliges only roles the organisation does not hold"));
        else
            json_array_append_new(applies, json_string(id));
        if (strcmp(v, "waived") == 0)
            json_array_append_new(waived, json_pack("{s:s, s:O}", "id", id, "waiver", json_object_get(p, "waiver")));
    }
    json_t *roles = json_array();
    for (unsigned r = SG_ROLE_DEVELOPER; r <= SG_ROLE_DATA_CUSTODIAN; r <<= 1)
        if (sg__held_roles(a) & r)
            json_array_append_new(roles, json_string(sg_role_name((enum sg_role)r)));
    return json_pack("{s:s, s:o, s:o, s:o, s:o}", "standard", "ETSI EN 304 223 V2.1.1", "roles_held", roles,
                     "applicable", applies, "excluded", excluded, "waived", waived);
}

/* ---- the run ---------------------------------------------------------------------- */

sg_err sg_assess_digest(const json_t *report, char out[72], struct sg_error *err)
{
    sg_buf b;
    sg_buf_init(&b, SG_BUF_DEFAULT_MAX);
    uint8_t h[SG_SHA256_LEN];
    char hex[SG_SHA256_HEX_LEN + 1];
    sg_err rc = sg_json_dump(report, JSON_COMPACT | JSON_SORT_KEYS, &b);
    if (rc == SG_OK)
        rc = sg_sha256(b.data, b.len, h);
    sg_buf_release(&b);
    if (rc != SG_OK)
        return sg_error_set(err, rc, "report", "cannot digest the report");
    sg_hex_encode(h, sizeof h, hex);
    snprintf(out, 72, "sha256:%s", hex);
    return SG_OK;
}

sg_err sg_assess_run(sg_ctx *ctx, const struct sg_profile *profile, const struct sg_assess_options *opt,
                     json_t **report, struct sg_error *err)
{
    *report = NULL;
    struct sg__assess a = {.ctx = ctx, .profile = profile};
    a.now = opt && opt->now ? opt->now : time(NULL);
    a.checks = json_object();
    a.assets = json_array();
    a.changes = json_array();
    json_t *provisions = json_array(), *doc = NULL;
    sg_err rc = SG_OK;
    if (!a.checks || !a.assets || !a.changes || !provisions) {
        rc = sg_error_set(err, SG_ERR_NOMEM, profile->path, "out of memory");
        goto out;
    }
    if ((rc = digest_assets(&a, err)) != SG_OK)
        goto out;
    load_previous(&a);

    json_t *collectors = json_array();
    for (size_t i = 0; i < sg__collector_count; i++) {
        const struct sg__collector *c = sg__collectors[i];
        sg_progress(ctx, "collecting evidence", i, sg__collector_count);
        sg_log(ctx, SG_LOG_DEBUG, "collector %s (%s)", c->name, c->kind);
        if ((rc = c->collect(&a, err)) != SG_OK) {
            json_decref(collectors);
            goto out;
        }
        json_array_append_new(collectors, json_pack("{s:s, s:s, s:s?}", "name", c->name, "kind", c->kind,
                                                    "capability", c->capability));
    }
    sg_progress(ctx, "collecting evidence", sg__collector_count, sg__collector_count);

    for (size_t i = 0; i < SG_PROVISION_COUNT; i++) {
        json_t *p = sg__verdict_provision(&a, sg_catalog_provision(i));
        if (!p || json_array_append_new(provisions, p) != 0) {
            json_decref(collectors);
            rc = sg_error_set(err, SG_ERR_NOMEM, profile->path, "out of memory");
            goto out;
        }
    }

    /* checks as a sorted array: stable output for diffs and digests */
    json_t *checks = json_array();
    const char *key;
    json_t *c;
    void *tmp;
    json_object_foreach_safe(a.checks, tmp, key, c) json_array_append(checks, c);
    {
        /* insertion sort by id: a few dozen entries */
        size_t n = json_array_size(checks);
        for (size_t i = 1; i < n; i++)
            for (size_t j = i; j > 0; j--) {
                json_t *x = json_array_get(checks, j - 1), *y = json_array_get(checks, j);
                if (strcmp(json_string_value(json_object_get(x, "id")), json_string_value(json_object_get(y, "id"))) <= 0)
                    break;
                json_incref(x);
                json_array_set(checks, j - 1, y);
                json_array_set_new(checks, j, x);
            }
    }

    json_t *by_principle, *by_phase, *by_role;
    json_t *summary = summaries(&a, provisions, &by_principle, &by_phase, &by_role);
    char when[32];
    struct tm tm;
    gmtime_r(&a.now, &tm);
    strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);

    json_t *flagged = json_array();
    size_t i;
    json_t *ch;
    bool model_changed = false, config_changed = false;
    json_array_foreach(a.changes, i, ch) {
        const char *k = json_string_value(json_object_get(ch, "kind"));
        if (strcmp(k, "model") == 0 || strcmp(k, "dataset") == 0)
            model_changed = true;
        else
            config_changed = true;
    }
    if (config_changed)
        json_array_append_new(flagged, json_pack("{s:s, s:s}", "provision", "5.1.3-1.1", "why",
                                                 "configuration or prompt changed: repeat the threat modelling"));
    if (model_changed) {
        json_array_append_new(flagged, json_pack("{s:s, s:s}", "provision", "5.4.1-2", "why",
                                                 "model or dataset changed: treat as a new model, run the full security tests"));
        json_array_append_new(flagged, json_pack("{s:s, s:s}", "provision", "5.2.3-3", "why",
                                                 "model changed: re-evaluate it before use"));
    }
    json_t *reassessment = json_pack("{s:s?, s:O, s:o}", "previous_run",
                                     json_string_value(json_object_get(a.previous, "time")), "changed", a.changes,
                                     "flagged", flagged);

    json_t *sys = json_object_get(profile->doc, "system");
    doc = json_pack("{s:s, s:{s:s, s:s}, s:s, s:s, s:{s:s, s:s, s:s?}, s:{s:s, s:s}, s:o, s:o, s:o, s:o, s:o, "
                    "s:O, s:o, s:o, s:o, s:o}",
                    "schema", "saiguard.assessment/1", "tool", "name", "saiguard", "version", sg_version(),
                    "standard", "ETSI EN 304 223 V2.1.1", "generated", when, "system", "name", profile->name,
                    "version", profile->version, "description",
                    json_string_value(json_object_get(sys, "description")), "profile", "path", profile->path,
                    "digest", profile->digest, "summary", summary, "by_principle", by_principle, "by_phase",
                    by_phase, "by_role", by_role, "conformance_statement", statement(&a, provisions), "assets",
                    a.assets, "reassessment", reassessment, "collectors", collectors, "checks", checks,
                    "provisions", provisions);
    provisions = NULL;
    if (!doc) {
        rc = sg_error_set(err, SG_ERR_NOMEM, profile->path, "out of memory");
        goto out;
    }

    char digest[72];
    if ((rc = sg_assess_digest(doc, digest, err)) != SG_OK)
        goto out;
    json_t *details = json_pack("{s:O, s:O, s:O, s:s}", "pass", json_object_get(summary, "pass"), "fail",
                                json_object_get(summary, "fail"), "inconclusive",
                                json_object_get(summary, "inconclusive"), "profile_digest", profile->digest);
    struct sg_audit_event ev = {
        .type = "assessment.run",
        .subject = profile->name,
        .outcome = json_is_true(json_object_get(summary, "conformant")) ? "ok" : "fail",
        .digest_after = digest,
        .details = details,
    };
    rc = sg_audit_record(ctx, &ev, err);
    json_decref(details);
    if (rc != SG_OK)
        goto out;
    if (opt && opt->record_state && (rc = save_state(&a, digest, err)) != SG_OK)
        goto out;
    *report = doc;
    doc = NULL;
out:
    json_decref(doc);
    json_decref(provisions);
    json_decref(a.checks);
    json_decref(a.assets);
    json_decref(a.previous);
    json_decref(a.changes);
    return rc;
}

/* ---- diff --------------------------------------------------------------------- */

sg_err sg_assess_diff(const json_t *previous, const json_t *current, json_t **out, struct sg_error *err)
{
    *out = NULL;
    const char *schema = json_string_value(json_object_get(previous, "schema"));
    if (!schema || strcmp(schema, "saiguard.assessment/1") != 0)
        return sg_error_set(err, SG_ERR_FORMAT, "previous report",
                            "not a saiguard assessment report (schema saiguard.assessment/1)");
    json_t *changed = json_array(), *p, *q;
    size_t i, j;
    json_array_foreach(json_object_get(current, "provisions"), i, p) {
        const char *id = json_string_value(json_object_get(p, "id"));
        const char *now = json_string_value(json_object_get(p, "verdict"));
        const char *was = NULL;
        json_array_foreach(json_object_get(previous, "provisions"), j, q) {
            const char *qid = json_string_value(json_object_get(q, "id"));
            if (qid && strcmp(qid, id) == 0)
                was = json_string_value(json_object_get(q, "verdict"));
        }
        if (!was || strcmp(was, now) != 0)
            json_array_append_new(changed, json_pack("{s:s, s:s?, s:s, s:s, s:O}", "id", id, "before", was, "after",
                                                     now, "level", json_string_value(json_object_get(p, "level")),
                                                     "reasons", json_object_get(p, "reasons")));
    }
    *out = json_pack("{s:s, s:s?, s:s?, s:O?, s:O?, s:o}", "schema", "saiguard.assessment-diff/1", "before",
                     json_string_value(json_object_get(previous, "generated")), "after",
                     json_string_value(json_object_get(current, "generated")), "summary_before",
                     json_object_get(previous, "summary"), "summary_after", json_object_get(current, "summary"),
                     "changed", changed);
    if (!*out)
        return sg_error_set(err, SG_ERR_NOMEM, "diff", "out of memory");
    return SG_OK;
}
