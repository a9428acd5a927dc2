/* guard.c - the sg_guard object: configuration (defaults and the gateway's
 * JSON section), names of roles, entity types and actions, construction
 * (rule and entity databases, the digest-checked model) and the pool of
 * Hyperscan scratch spaces that lets one guard serve many threads. */
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>

#include "saiguard/buf.h"
#include "saiguard/encode.h"
#include "saiguard/json.h"
#include "guard_int.h"

/* ---- names ------------------------------------------------------------------ */

static const char *const role_names[SG_GUARD_ROLE_COUNT] = {"user", "tool", "system", "output"};

static const struct {
    const char *name;
    bool secret;
} entity_info[SG_ENT_COUNT] = {
    [SG_ENT_AWS_ACCESS_KEY] = {"aws_access_key", true},
    [SG_ENT_GITHUB_TOKEN] = {"github_token", true},
    [SG_ENT_SLACK_TOKEN] = {"slack_token", true},
    [SG_ENT_OPENAI_KEY] = {"openai_key", true},
    [SG_ENT_ANTHROPIC_KEY] = {"anthropic_key", true},
    [SG_ENT_GOOGLE_API_KEY] = {"google_api_key", true},
    [SG_ENT_STRIPE_KEY] = {"stripe_key", true},
    [SG_ENT_PRIVATE_KEY] = {"private_key", true},
    [SG_ENT_JWT] = {"jwt", true},
    [SG_ENT_CONN_PASSWORD] = {"connection_password", true},
    [SG_ENT_GENERIC_SECRET] = {"generic_secret", true},
    [SG_ENT_CREDIT_CARD] = {"credit_card", false},
    [SG_ENT_IBAN] = {"iban", false},
    [SG_ENT_EMAIL] = {"email", false},
    [SG_ENT_PHONE] = {"phone", false},
    [SG_ENT_US_SSN] = {"us_ssn", false},
    [SG_ENT_ES_DNI] = {"es_dni", false},
    [SG_ENT_FR_NIR] = {"fr_nir", false},
    [SG_ENT_CANARY] = {"canary", true},
};

static const char *const action_names[] = {"pass", "log", "redact", "block"};

const char *sg_guard_role_name(enum sg_guard_role role)
{
    return (unsigned)role < SG_GUARD_ROLE_COUNT ? role_names[role] : "unknown";
}

sg_err sg_guard_role_parse(const char *name, enum sg_guard_role *out)
{
    /* The gateway asks for every message it checks: decide on the first
     * byte, then one compare, instead of up to five strcmp calls. */
    static const signed char by_first[256] = {['u'] = SG_GUARD_ROLE_USER + 1,
                                              ['t'] = SG_GUARD_ROLE_TOOL + 1,
                                              ['s'] = SG_GUARD_ROLE_SYSTEM + 1,
                                              ['o'] = SG_GUARD_ROLE_OUTPUT + 1};
    _Static_assert(SG_GUARD_ROLE_COUNT == 4, "every role has a distinct first letter");
    int f = name ? by_first[(unsigned char)name[0]] - 1 : -1;
    if (f >= 0 && strcmp(name, role_names[f]) == 0) {
        *out = (enum sg_guard_role)f;
        return SG_OK;
    }
    if (name && strcmp(name, "assistant") == 0) {
        *out = SG_GUARD_ROLE_OUTPUT;
        return SG_OK;
    }
    for (int r = 0; r < SG_GUARD_ROLE_COUNT; r++)
        if (name && strcmp(name, role_names[r]) == 0) {
            *out = (enum sg_guard_role)r;
            return SG_OK;
        }
    return SG_ERR_INVALID_ARG;
}

const char *sg_guard_entity_name(enum sg_guard_entity_type type)
{
    return (unsigned)type < SG_ENT_COUNT ? entity_info[type].name : "unknown";
}

bool sg_guard_entity_is_secret(enum sg_guard_entity_type type)
{
    return (unsigned)type < SG_ENT_COUNT && entity_info[type].secret;
}

sg_err sg_guard_entity_parse(const char *name, enum sg_guard_entity_type *out)
{
    for (int t = 0; t < SG_ENT_COUNT; t++)
        if (name && strcmp(name, entity_info[t].name) == 0) {
            *out = (enum sg_guard_entity_type)t;
            return SG_OK;
        }
    return SG_ERR_INVALID_ARG;
}

const char *sg_guard_action_name(enum sg_guard_action action)
{
    return (unsigned)action <= SG_GUARD_BLOCK ? action_names[action] : "unknown";
}

static bool action_parse(const char *s, enum sg_guard_action *out)
{
    for (int a = 0; a <= SG_GUARD_BLOCK; a++)
        if (strcmp(s, action_names[a]) == 0) {
            *out = (enum sg_guard_action)a;
            return true;
        }
    return false;
}

/* ---- configuration -------------------------------------------------------- */

void sg_guard_config_default(struct sg_guard_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->detectors = SG_GUARD_DET_ALL;
    for (int r = 0; r < SG_GUARD_ROLE_COUNT; r++)
        cfg->threshold[r] = -1;
    cfg->injection_action = SG_GUARD_BLOCK;
    for (int t = 0; t < SG_ENT_COUNT; t++)
        cfg->action[t] = entity_info[t].secret ? SG_GUARD_REDACT : SG_GUARD_LOG;
    /* Payment and national identifiers are redacted; contact details logged. */
    cfg->action[SG_ENT_CREDIT_CARD] = SG_GUARD_REDACT;
    cfg->action[SG_ENT_IBAN] = SG_GUARD_REDACT;
    cfg->action[SG_ENT_US_SSN] = SG_GUARD_REDACT;
    cfg->action[SG_ENT_ES_DNI] = SG_GUARD_REDACT;
    cfg->action[SG_ENT_FR_NIR] = SG_GUARD_REDACT;
    cfg->action[SG_ENT_CANARY] = SG_GUARD_BLOCK;
    cfg->holdback = 64;
}

static sg_err cfg_actions(const json_t *obj, struct sg_guard_config *cfg, const char *subject,
                          struct sg_error *err)
{
    /* Classes first, so {"pii": "redact", "email": "log"} means what it says. */
    for (int pass = 0; pass < 2; pass++) {
        const char *key;
        json_t *v;
        json_object_foreach((json_t *)obj, key, v) {
            enum sg_guard_action a;
            if (!json_is_string(v) || !action_parse(json_string_value(v), &a))
                return sg_error_set(err, SG_ERR_CONFIG, subject,
                                    "actions.%s: expected block, redact, log or pass", key);
            bool is_class = strcmp(key, "secrets") == 0 || strcmp(key, "pii") == 0;
            if (pass == 0 && is_class) {
                bool secret = key[0] == 's';
                for (int t = 0; t < SG_ENT_COUNT; t++)
                    if (t != SG_ENT_CANARY && entity_info[t].secret == secret)
                        cfg->action[t] = a;
            } else if (pass == 1 && !is_class) {
                enum sg_guard_entity_type t;
                if (sg_guard_entity_parse(key, &t))
                    return sg_error_set(err, SG_ERR_CONFIG, subject,
                                        "actions: unknown entity type '%s'", key);
                cfg->action[t] = a;
            }
        }
    }
    return SG_OK;
}

sg_err sg_guard_config_from_json(const json_t *obj, struct sg_guard_config *cfg,
                                 const char *subject, struct sg_error *err)
{
    static const char *const keys[] = {"detectors", "thresholds", "injection", "actions",
                                       "scan_input", "holdback", "weights", "weights_sha256",
                                       NULL};
    sg_guard_config_default(cfg);
    if (!subject)
        subject = "guard";
    if (!json_is_object(obj))
        return sg_error_set(err, SG_ERR_CONFIG, subject, "expected an object");
    sg_err rc = sg_json_check_keys(obj, keys, subject, err);
    if (rc)
        return rc;
    json_t *v = json_object_get(obj, "detectors");
    if (v) {
        if (!json_is_array(v))
            return sg_error_set(err, SG_ERR_CONFIG, subject, "detectors: expected an array");
        cfg->detectors = 0;
        size_t i;
        json_t *d;
        json_array_foreach(v, i, d) {
            static const char *const det[] = {"injection", "secrets", "pii", "canary"};
            const char *s = json_string_value(d);
            unsigned bit = 0;
            for (unsigned k = 0; k < 4 && s; k++)
                if (strcmp(s, det[k]) == 0)
                    bit = 1u << k;
            if (!bit)
                return sg_error_set(err, SG_ERR_CONFIG, subject,
                                    "detectors[%zu]: expected injection, secrets, pii or canary", i);
            cfg->detectors |= bit;
        }
    }
    if ((v = json_object_get(obj, "thresholds"))) {
        if (!json_is_object(v))
            return sg_error_set(err, SG_ERR_CONFIG, subject, "thresholds: expected an object");
        const char *key;
        json_t *t;
        json_object_foreach(v, key, t) {
            enum sg_guard_role r;
            if (sg_guard_role_parse(key, &r))
                return sg_error_set(err, SG_ERR_CONFIG, subject, "thresholds: unknown role '%s'",
                                    key);
            double x = json_number_value(t);
            if (!json_is_number(t) || !(x >= 0 && x <= 1))
                return sg_error_set(err, SG_ERR_CONFIG, subject,
                                    "thresholds.%s: expected a number in [0, 1]", key);
            cfg->threshold[r] = x;
        }
    }
    if ((v = json_object_get(obj, "injection"))) {
        if (!json_is_string(v) || !action_parse(json_string_value(v), &cfg->injection_action) ||
            cfg->injection_action == SG_GUARD_REDACT)
            return sg_error_set(err, SG_ERR_CONFIG, subject,
                                "injection: expected block, log or pass");
    }
    if ((v = json_object_get(obj, "actions"))) {
        if (!json_is_object(v))
            return sg_error_set(err, SG_ERR_CONFIG, subject, "actions: expected an object");
        if ((rc = cfg_actions(v, cfg, subject, err)))
            return rc;
    }
    bool b;
    if ((rc = sg_json_opt_bool(obj, "scan_input", &b, subject, err)))
        return rc;
    if (json_object_get(obj, "scan_input"))
        cfg->scan_input_entities = b;
    int64_t hb = (int64_t)cfg->holdback;
    if ((rc = sg_json_opt_int(obj, "holdback", &hb, subject, err)))
        return rc;
    if (hb < 64 || hb > 4096)
        return sg_error_set(err, SG_ERR_CONFIG, subject, "holdback: expected 64..4096 bytes");
    cfg->holdback = (size_t)hb;
    const char *w = NULL, *digest = NULL;
    if ((rc = sg_json_opt_string(obj, "weights", &w, subject, err)) ||
        (rc = sg_json_opt_string(obj, "weights_sha256", &digest, subject, err)))
        return rc;
    if (w) {
        if (!digest || strlen(digest) != 64 || strlen(w) >= sizeof cfg->weights_path)
            return sg_error_set(err, SG_ERR_CONFIG, subject,
                                "weights needs weights_sha256 (64 hex digits)");
        memcpy(cfg->weights_path, w, strlen(w) + 1);
        memcpy(cfg->weights_sha256, digest, 65);
    } else if (digest) {
        return sg_error_set(err, SG_ERR_CONFIG, subject, "weights_sha256 without weights");
    }
    return SG_OK;
}

/* ---- construction ------------------------------------------------------------ */

static sg_err load_model(struct sg_guard *g, struct sg_error *err)
{
    sg_buf file;
    sg_buf_init(&file, (size_t)16 << 20);
    const uint8_t *data;
    size_t len;
    const char *want, *subject;
    sg_err rc;
    if (g->cfg.weights_path[0]) {
        if ((rc = sg_buf_read_file(&file, g->cfg.weights_path, err)))
            goto out;
        data = (const uint8_t *)file.data;
        len = file.len;
        want = g->cfg.weights_sha256;
        subject = g->cfg.weights_path;
    } else {
        data = sg__guard_shipped_weights(&len);
        want = sg_guard_shipped_digest();
        subject = "built-in guard weights";
    }
    uint8_t d[SG_SHA256_LEN];
    char hex[2 * SG_SHA256_LEN + 1];
    if ((rc = sg_sha256(data, len, d))) {
        rc = sg_error_set(err, rc, subject, "hashing failed");
        goto out;
    }
    sg_hex_encode(d, sizeof d, hex);
    if (strlen(want) != 64 || CRYPTO_memcmp(hex, want, 64) != 0) {
        rc = sg_error_set(err, SG_ERR_TAMPERED, subject,
                          "weights digest sha256:%.16s... does not match the recorded digest", hex);
        goto out;
    }
    rc = sg__guard_weights_parse(data, len, &g->model, &g->model_tool, err);
out:
    sg_buf_release(&file);
    return rc;
}

sg_err sg_guard_new(const struct sg_guard_config *cfg, sg_guard **out, struct sg_error *err)
{
    *out = NULL;
    struct sg_guard *g = calloc(1, sizeof *g);
    if (!g)
        return sg_error_set(err, SG_ERR_NOMEM, "guard", "out of memory");
    if (cfg)
        g->cfg = *cfg;
    else
        sg_guard_config_default(&g->cfg);
    pthread_mutex_init(&g->pool.mu, NULL);
    sg_err rc;
    if ((rc = load_model(g, err)) || (rc = sg__guard_rules_compile(&g->rules_db, err)) ||
        (rc = sg__guard_entities_compile(&g->ent_db, &g->digit_db, &g->iban_db,
                                         &g->generic_db, err)))
        goto fail;
    if (hs_alloc_scratch(g->rules_db, &g->pool.proto) != HS_SUCCESS ||
        hs_alloc_scratch(g->ent_db, &g->pool.proto) != HS_SUCCESS ||
        hs_alloc_scratch(g->digit_db, &g->pool.proto) != HS_SUCCESS ||
        hs_alloc_scratch(g->iban_db, &g->pool.proto) != HS_SUCCESS ||
        hs_alloc_scratch(g->generic_db, &g->pool.proto) != HS_SUCCESS) {
        rc = sg_error_set(err, SG_ERR_NOMEM, "guard", "cannot allocate matcher scratch");
        goto fail;
    }
    /* Unset thresholds take the calibrated defaults (tool results have their
     * own, see train.c); system prompts are trusted text that often reads
     * like instructions, output is rarely an attack on us: both get a
     * stricter bar. */
    double t = g->model.threshold;
    double dflt[SG_GUARD_ROLE_COUNT] = {t, g->model_tool.threshold, t > 0.98 ? t : 0.98,
                                        t > 0.95 ? t : 0.95};
    for (int r = 0; r < SG_GUARD_ROLE_COUNT; r++)
        if (g->cfg.threshold[r] < 0)
            g->cfg.threshold[r] = dflt[r];
    *out = g;
    return SG_OK;
fail:
    sg_guard_free(g);
    return rc;
}

void sg_guard_free(sg_guard *g)
{
    if (!g)
        return;
    for (size_t i = 0; i < g->pool.n_free; i++)
        hs_free_scratch(g->pool.free[i]);
    free(g->pool.free);
    hs_free_scratch(g->pool.proto);
    hs_free_database(g->rules_db);
    hs_free_database(g->ent_db);
    hs_free_database(g->digit_db);
    hs_free_database(g->iban_db);
    hs_free_database(g->generic_db);
    sg__guard_model_release(&g->model);
    sg__guard_model_release(&g->model_tool);
    pthread_mutex_destroy(&g->pool.mu);
    free(g);
}

const struct sg_guard_config *sg_guard_config_get(const sg_guard *g) { return &g->cfg; }

/* ---- scratch pool ---------------------------------------------------------------- */

sg_err sg__guard_scratch_get(const sg_guard *cg, hs_scratch_t **out, struct sg_error *err)
{
    struct sg_guard *g = (struct sg_guard *)cg; /* the pool is the one mutable part */
    pthread_mutex_lock(&g->pool.mu);
    hs_scratch_t *s = g->pool.n_free ? g->pool.free[--g->pool.n_free] : NULL;
    pthread_mutex_unlock(&g->pool.mu);
    if (!s && hs_clone_scratch(g->pool.proto, &s) != HS_SUCCESS)
        return sg_error_set(err, SG_ERR_NOMEM, "guard", "cannot allocate matcher scratch");
    *out = s;
    return SG_OK;
}

void sg__guard_scratch_put(const sg_guard *cg, hs_scratch_t *s)
{
    struct sg_guard *g = (struct sg_guard *)cg;
    if (!s)
        return;
    pthread_mutex_lock(&g->pool.mu);
    hs_scratch_t **grown =
        sg_array_grow(g->pool.free, &g->pool.cap_free, g->pool.n_free + 1, sizeof *grown, 8);
    if (!grown) {
        pthread_mutex_unlock(&g->pool.mu);
        hs_free_scratch(s);
        return;
    }
    g->pool.free = grown;
    g->pool.free[g->pool.n_free++] = s;
    pthread_mutex_unlock(&g->pool.mu);
}

/* ---- one-shot entry points ---------------------------------------------------- */

sg_err sg_guard_injection_score(const sg_guard *g, const char *text, size_t len, double *score,
                                const char **rule, struct sg_error *err)
{
    hs_scratch_t *s = NULL;
    sg_err rc = sg__guard_scratch_get(g, &s, err);
    if (rc)
        return rc;
    rc = sg__guard_injection(g, s, SG_GUARD_ROLE_USER, text, len, score, rule, err);
    sg__guard_scratch_put(g, s);
    return rc;
}

sg_err sg_guard_entities(const sg_guard *g, const char *text, size_t len, const char *canary,
                         struct sg_guard_entity *out, size_t cap, size_t *n, bool *truncated,
                         struct sg_error *err)
{
    hs_scratch_t *s = NULL;
    sg_err rc = sg__guard_scratch_get(g, &s, err);
    if (rc)
        return rc;
    rc = sg__guard_entities_scan(g, s, text, len, canary, out, cap, n, truncated, err);
    for (size_t i = 0; rc == SG_OK && i < *n; i++)
        out[i].action = g->cfg.action[out[i].type];
    sg__guard_scratch_put(g, s);
    return rc;
}

sg_err sg_guard_redact(const char *text, size_t len, const struct sg_guard_entity *ents, size_t n,
                       sg_buf *out)
{
    size_t pos = 0;
    sg_err rc = SG_OK;
    for (size_t i = 0; i < n && rc == SG_OK; i++) {
        if (ents[i].action != SG_GUARD_REDACT || ents[i].start < pos || ents[i].end > len)
            continue;
        if ((rc = sg_buf_append(out, text + pos, ents[i].start - pos)) ||
            (rc = sg_buf_printf(out, "[REDACTED:%s]", sg_guard_entity_name(ents[i].type))))
            break;
        pos = ents[i].end;
    }
    if (rc == SG_OK)
        rc = sg_buf_append(out, text + pos, len - pos);
    return rc;
}
