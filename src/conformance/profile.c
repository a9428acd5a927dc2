/* profile.c - the system profile (saiguard.yaml): finding it by walking up
 * from the current directory, loading it with the core YAML reader and
 * validating every key, type, date, provision id and referenced file, so
 * that a typo is an error naming the key rather than a silently ignored
 * control. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "conformance/internal.h"
#include "saiguard/encode.h"
#include "saiguard/json.h"
#include "saiguard/path.h"
#include "saiguard/yaml.h"

/* ---- finding ------------------------------------------------------------- */

sg_err sg_profile_find(const char *start_dir, char *out, size_t size, struct sg_error *err)
{
    char dir[PATH_MAX];
    if (start_dir) {
        if (!realpath(start_dir, dir))
            return sg_error_errno(err, SG_ERR_NOT_FOUND, start_dir, errno, "cannot resolve");
    } else if (!getcwd(dir, sizeof dir)) {
        return sg_error_errno(err, SG_ERR_IO, ".", errno, "cannot read the current directory");
    }
    for (;;) {
        char candidate[PATH_MAX];
        if (sg_path_join(candidate, sizeof candidate, dir, SG_PROFILE_NAME) != SG_OK)
            return sg_error_set(err, SG_ERR_TOO_LARGE, dir, "path too long");
        struct stat st;
        if (stat(candidate, &st) == 0 && S_ISREG(st.st_mode)) {
            if (strlen(candidate) >= size)
                return sg_error_set(err, SG_ERR_TOO_LARGE, candidate, "path too long");
            strcpy(out, candidate);
            return SG_OK;
        }
        char *slash = strrchr(dir, '/');
        if (!slash || slash == dir) {
            if (strcmp(dir, "/") == 0 || !slash)
                break;
            dir[1] = '\0';
            continue;
        }
        *slash = '\0';
    }
    return sg_error_set(err, SG_ERR_NOT_FOUND, SG_PROFILE_NAME,
                        "no profile here or in any parent directory (create one with 'saiguard assess init', "
                        "or pass --profile)");
}

/* ---- validation helpers ---------------------------------------------------- */

/* Validation errors name the place as "key.sub[2].field". */
static sg_err bad(struct sg_error *err, const char *where, const char *fmt, ...) SG_PRINTF(3, 4);
static sg_err bad(struct sg_error *err, const char *where, const char *fmt, ...)
{
    char reason[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(reason, sizeof reason, fmt, ap);
    va_end(ap);
    return sg_error_set(err, SG_ERR_CONFIG, where, "%s", reason);
}

static sg_err want_string(const json_t *obj, const char *key, bool required, const char *where,
                          struct sg_error *err)
{
    json_t *v = json_object_get(obj, key);
    char at[256];
    snprintf(at, sizeof at, "%s.%s", where, key);
    if (!v || json_is_null(v))
        return required ? bad(err, at, "missing (a string is required)") : SG_OK;
    if (!json_is_string(v) || json_string_length(v) == 0)
        return bad(err, at, "must be a non-empty string (quote numbers like \"1.0\")");
    return SG_OK;
}

static sg_err want_date(const json_t *obj, const char *key, bool required, const char *where,
                        struct sg_error *err)
{
    sg_err rc = want_string(obj, key, required, where, err);
    if (rc != SG_OK)
        return rc;
    const char *s = json_string_value(json_object_get(obj, key));
    time_t t;
    if (s && !sg__parse_date(s, &t)) {
        char at[256];
        snprintf(at, sizeof at, "%s.%s", where, key);
        return bad(err, at, "'%s' is not a date (YYYY-MM-DD)", s);
    }
    return SG_OK;
}

static sg_err want_file(const struct sg_profile *p, const json_t *obj, const char *key, bool required,
                        bool dir_ok, const char *where, struct sg_error *err)
{
    sg_err rc = want_string(obj, key, required, where, err);
    if (rc != SG_OK)
        return rc;
    const char *rel = json_string_value(json_object_get(obj, key));
    if (!rel)
        return SG_OK;
    char path[PATH_MAX], at[256];
    snprintf(at, sizeof at, "%s.%s", where, key);
    if (sg_profile_path(p, rel, path, sizeof path, err) != SG_OK)
        return err ? err->code : SG_ERR_TOO_LARGE;
    struct stat st;
    if (stat(path, &st) != 0)
        return sg_error_errno(err, SG_ERR_NOT_FOUND, at, errno, "'%s'", rel);
    if (!S_ISREG(st.st_mode) && !(dir_ok && S_ISDIR(st.st_mode)))
        return bad(err, at, "'%s' is not a regular file", rel);
    return SG_OK;
}

static sg_err want_roles(const json_t *v, const char *at, unsigned *mask, struct sg_error *err)
{
    *mask = 0;
    if (!json_is_array(v) || json_array_size(v) == 0)
        return bad(err, at, "must be a non-empty list of roles (developer, system_operator, data_custodian)");
    size_t i;
    json_t *r;
    json_array_foreach(v, i, r) {
        int role = json_is_string(r) ? sg_role_parse(json_string_value(r)) : -1;
        if (role < 0 || (role != SG_ROLE_DEVELOPER && role != SG_ROLE_SYSTEM_OPERATOR &&
                         role != SG_ROLE_DATA_CUSTODIAN))
            return bad(err, at, "unknown role '%s' (developer, system_operator, data_custodian)",
                       json_is_string(r) ? json_string_value(r) : "(not a string)");
        *mask |= (unsigned)role;
    }
    return SG_OK;
}

static sg_err want_list(const json_t *doc, const char *key, json_t **out, struct sg_error *err)
{
    *out = json_object_get(doc, key);
    if (*out && !json_is_array(*out))
        return bad(err, key, "must be a list");
    return SG_OK;
}

/* ---- sections ---------------------------------------------------------------- */

static const char *const asset_kinds[] = {"model", "dataset", "prompt", "config", "code", "other", NULL};

static sg_err check_assets(struct sg_profile *p, json_t *assets, struct sg_error *err)
{
    static const char *const keys[] = {"name", "kind", "path", "signature", "source", "supplier",
                                       "provenance", "description", "sensitive", NULL};
    static const char *const prov_keys[] = {"source", "url", "collected", "licence", "license", "method", NULL};
    size_t i;
    json_t *a;
    json_array_foreach(assets, i, a) {
        char at[64];
        snprintf(at, sizeof at, "assets[%zu]", i);
        if (!json_is_object(a))
            return bad(err, at, "must be a mapping with name, kind and path");
        sg_err rc;
        if ((rc = sg_json_check_keys(a, keys, at, err)) != SG_OK ||
            (rc = want_string(a, "name", true, at, err)) != SG_OK ||
            (rc = want_string(a, "kind", true, at, err)) != SG_OK ||
            (rc = want_file(p, a, "path", true, true, at, err)) != SG_OK ||
            (rc = want_string(a, "signature", false, at, err)) != SG_OK ||
            (rc = want_string(a, "source", false, at, err)) != SG_OK)
            return rc;
        const char *kind = json_string_value(json_object_get(a, "kind"));
        bool known = false;
        for (int k = 0; asset_kinds[k]; k++)
            known |= strcmp(kind, asset_kinds[k]) == 0;
        if (!known)
            return bad(err, at, "unknown kind '%s' (model, dataset, prompt, config, code, other)", kind);
        const char *src = json_string_value(json_object_get(a, "source"));
        if (src && strcmp(src, "internal") != 0 && strcmp(src, "third_party") != 0 &&
            strcmp(src, "public") != 0 && strcmp(src, "scraped") != 0)
            return bad(err, at, "source '%s' must be internal, third_party, public or scraped", src);
        json_t *prov = json_object_get(a, "provenance");
        if (prov) {
            char pat[96];
            snprintf(pat, sizeof pat, "%s.provenance", at);
            if (!json_is_object(prov))
                return bad(err, pat, "must be a mapping (source, url, collected, licence)");
            if ((rc = sg_json_check_keys(prov, prov_keys, pat, err)) != SG_OK ||
                (rc = want_date(prov, "collected", false, pat, err)) != SG_OK)
                return rc;
        }
        json_t *sens = json_object_get(a, "sensitive");
        if (sens && !json_is_boolean(sens))
            return bad(err, at, "sensitive must be true or false");
        /* names are how waivers and the ledger refer to assets: unique */
        for (size_t j = 0; j < i; j++)
            if (strcmp(json_string_value(json_object_get(json_array_get(assets, j), "name")),
                       json_string_value(json_object_get(a, "name"))) == 0)
                return bad(err, at, "duplicate asset name '%s'", json_string_value(json_object_get(a, "name")));
    }
    return SG_OK;
}

static const char *const document_keys[] = {"threat_model", "training_records", "redteam", "monitoring",
                                             "security_txt", "user_guide", "incident_plan", "sbom",
                                             "published_digests", "decommission", "update_notices", NULL};

static sg_err check_attestations(struct sg_profile *p, json_t *list, struct sg_error *err)
{
    static const char *const keys[] = {"provision", "statement", "document", "document_digest", "by", "role",
                                       "date", "expires", "signature", NULL};
    static const char *const sig_keys[] = {"algorithm", "key_id", "value", NULL};
    (void)p;
    size_t i;
    json_t *a;
    json_array_foreach(list, i, a) {
        char at[64];
        snprintf(at, sizeof at, "attestations[%zu]", i);
        if (!json_is_object(a))
            return bad(err, at, "must be a mapping");
        sg_err rc;
        if ((rc = sg_json_check_keys(a, keys, at, err)) != SG_OK ||
            (rc = want_string(a, "provision", true, at, err)) != SG_OK ||
            (rc = want_string(a, "statement", true, at, err)) != SG_OK ||
            (rc = want_string(a, "document", false, at, err)) != SG_OK ||
            (rc = want_string(a, "document_digest", false, at, err)) != SG_OK ||
            (rc = want_string(a, "by", true, at, err)) != SG_OK ||
            (rc = want_date(a, "date", true, at, err)) != SG_OK ||
            (rc = want_date(a, "expires", true, at, err)) != SG_OK)
            return rc;
        const char *id = json_string_value(json_object_get(a, "provision"));
        if (!sg_catalog_find(id))
            return bad(err, at, "'%s' is not a provision of ETSI EN 304 223 (see saiguard catalog)", id);
        json_t *role = json_object_get(a, "role");
        if (role && (!json_is_string(role) || sg_role_parse(json_string_value(role)) < 0))
            return bad(err, at, "role must be developer, system_operator or data_custodian");
        json_t *sig = json_object_get(a, "signature");
        if (sig) {
            char sat[96];
            snprintf(sat, sizeof sat, "%s.signature", at);
            if (!json_is_object(sig))
                return bad(err, sat, "must be a mapping (algorithm, key_id, value)");
            if ((rc = sg_json_check_keys(sig, sig_keys, sat, err)) != SG_OK ||
                (rc = want_string(sig, "algorithm", true, sat, err)) != SG_OK ||
                (rc = want_string(sig, "value", true, sat, err)) != SG_OK)
                return rc;
        }
    }
    return SG_OK;
}

static sg_err check_waivers(const json_t *assets, json_t *list, struct sg_error *err)
{
    static const char *const keys[] = {"provisions", "reason", "approver", "expires", "scope", NULL};
    static const char *const scope_keys[] = {"asset", "digest", NULL};
    size_t i;
    json_t *w;
    json_array_foreach(list, i, w) {
        char at[64];
        snprintf(at, sizeof at, "waivers[%zu]", i);
        if (!json_is_object(w))
            return bad(err, at, "must be a mapping");
        sg_err rc;
        if ((rc = sg_json_check_keys(w, keys, at, err)) != SG_OK ||
            (rc = want_string(w, "reason", true, at, err)) != SG_OK ||
            (rc = want_string(w, "approver", true, at, err)) != SG_OK ||
            (rc = want_date(w, "expires", true, at, err)) != SG_OK)
            return rc;
        json_t *ids = json_object_get(w, "provisions"), *id;
        size_t j;
        if (!json_is_array(ids) || json_array_size(ids) == 0)
            return bad(err, at, "provisions must be a non-empty list of provision ids");
        json_array_foreach(ids, j, id) if (!json_is_string(id) || !sg_catalog_find(json_string_value(id)))
            return bad(err, at, "'%s' is not a provision of ETSI EN 304 223 (see saiguard catalog)",
                       json_is_string(id) ? json_string_value(id) : "(not a string)");
        json_t *scope = json_object_get(w, "scope"), *s;
        if (!json_is_array(scope) || json_array_size(scope) == 0)
            return bad(err, at,
                       "scope must list the assets the waiver covers, each with its digest "
                       "(a waiver lapses when a covered asset changes)");
        json_array_foreach(scope, j, s) {
            char sat[96];
            snprintf(sat, sizeof sat, "%s.scope[%zu]", at, j);
            if (!json_is_object(s))
                return bad(err, sat, "must be a mapping (asset, digest)");
            if ((rc = sg_json_check_keys(s, scope_keys, sat, err)) != SG_OK ||
                (rc = want_string(s, "asset", true, sat, err)) != SG_OK ||
                (rc = want_string(s, "digest", true, sat, err)) != SG_OK)
                return rc;
            const char *name = json_string_value(json_object_get(s, "asset"));
            bool found = false;
            size_t k;
            json_t *a;
            json_array_foreach(assets, k, a) found |= strcmp(json_string_value(json_object_get(a, "name")), name) == 0;
            if (!found)
                return bad(err, sat, "asset '%s' is not in the assets list", name);
        }
    }
    return SG_OK;
}

static sg_err check_retired(struct sg_profile *p, json_t *list, struct sg_error *err)
{
    static const char *const keys[] = {"name", "digest", "action", "date", "certificate", NULL};
    size_t i;
    json_t *r;
    json_array_foreach(list, i, r) {
        char at[64];
        snprintf(at, sizeof at, "retired[%zu]", i);
        if (!json_is_object(r))
            return bad(err, at, "must be a mapping (name, digest, action, date, certificate)");
        sg_err rc;
        if ((rc = sg_json_check_keys(r, keys, at, err)) != SG_OK ||
            (rc = want_string(r, "name", true, at, err)) != SG_OK ||
            (rc = want_string(r, "digest", true, at, err)) != SG_OK ||
            (rc = want_string(r, "action", true, at, err)) != SG_OK ||
            (rc = want_date(r, "date", true, at, err)) != SG_OK ||
            (rc = want_string(r, "certificate", false, at, err)) != SG_OK)
            return rc;
        const char *action = json_string_value(json_object_get(r, "action"));
        if (strcmp(action, "retire") != 0 && strcmp(action, "transfer") != 0)
            return bad(err, at, "action '%s' must be retire or transfer", action);
    }
    (void)p;
    return SG_OK;
}

static sg_err validate(struct sg_profile *p, struct sg_error *err)
{
    static const char *const top[] = {"system", "roles", "state_dir", "assets", "keys", "gateway", "guard",
                                      "ledger", "documents", "attestations", "waivers", "retired", NULL};
    static const char *const system_keys[] = {"name", "version", "description", "owner", "contact", NULL};
    static const char *const key_keys[] = {"signing", "attestation", NULL};
    static const char *const gateway_keys[] = {"config", "exposed", NULL};
    static const char *const guard_keys[] = {"config", NULL};
    static const char *const ledger_keys[] = {"path", NULL};
    json_t *doc = p->doc, *v;
    sg_err rc;
    if (!json_is_object(doc))
        return bad(err, p->path, "the profile must be a YAML mapping");
    if ((rc = sg_json_check_keys(doc, top, p->path, err)) != SG_OK)
        return rc;
    json_t *sys = json_object_get(doc, "system");
    if (!json_is_object(sys))
        return bad(err, "system", "missing: a mapping with at least name and version");
    if ((rc = sg_json_check_keys(sys, system_keys, "system", err)) != SG_OK ||
        (rc = want_string(sys, "name", true, "system", err)) != SG_OK ||
        (rc = want_string(sys, "version", true, "system", err)) != SG_OK ||
        (rc = want_string(sys, "description", false, "system", err)) != SG_OK)
        return rc;
    p->name = json_string_value(json_object_get(sys, "name"));
    p->version = json_string_value(json_object_get(sys, "version"));
    if ((rc = want_roles(json_object_get(doc, "roles"), "roles", &p->roles, err)) != SG_OK)
        return rc;
    if ((rc = want_string(doc, "state_dir", false, "profile", err)) != SG_OK)
        return rc;

    json_t *assets;
    if ((rc = want_list(doc, "assets", &assets, err)) != SG_OK ||
        (assets && (rc = check_assets(p, assets, err)) != SG_OK))
        return rc;

    if ((v = json_object_get(doc, "keys"))) {
        if (!json_is_object(v))
            return bad(err, "keys", "must be a mapping (signing, attestation)");
        if ((rc = sg_json_check_keys(v, key_keys, "keys", err)) != SG_OK)
            return rc;
        for (int k = 0; key_keys[k]; k++) {
            json_t *list = json_object_get(v, key_keys[k]), *item;
            size_t i;
            if (!list)
                continue;
            if (!json_is_array(list))
                return bad(err, key_keys[k], "keys.%s must be a list of public key files", key_keys[k]);
            json_array_foreach(list, i, item) {
                char at[64];
                snprintf(at, sizeof at, "keys.%s[%zu]", key_keys[k], i);
                json_t *wrap = json_pack("{s:O}", "file", item);
                rc = wrap ? want_file(p, wrap, "file", true, false, at, err) : SG_ERR_NOMEM;
                json_decref(wrap);
                if (rc != SG_OK)
                    return rc;
            }
        }
    }
    if ((v = json_object_get(doc, "gateway"))) {
        if (!json_is_object(v))
            return bad(err, "gateway", "must be a mapping (config, exposed)");
        if ((rc = sg_json_check_keys(v, gateway_keys, "gateway", err)) != SG_OK ||
            (rc = want_file(p, v, "config", true, false, "gateway", err)) != SG_OK)
            return rc;
        json_t *e = json_object_get(v, "exposed");
        if (e && !json_is_boolean(e))
            return bad(err, "gateway.exposed", "must be true or false");
    }
    if ((v = json_object_get(doc, "guard"))) {
        if (!json_is_object(v) || (rc = sg_json_check_keys(v, guard_keys, "guard", err)) != SG_OK ||
            (rc = want_file(p, v, "config", true, false, "guard", err)) != SG_OK)
            return json_is_object(v) ? rc : bad(err, "guard", "must be a mapping (config)");
    }
    if ((v = json_object_get(doc, "ledger"))) {
        if (!json_is_object(v) || (rc = sg_json_check_keys(v, ledger_keys, "ledger", err)) != SG_OK ||
            (rc = want_string(v, "path", true, "ledger", err)) != SG_OK)
            return json_is_object(v) ? rc : bad(err, "ledger", "must be a mapping (path)");
    }
    if ((v = json_object_get(doc, "documents"))) {
        if (!json_is_object(v))
            return bad(err, "documents", "must be a mapping of document kinds to files");
        if ((rc = sg_json_check_keys(v, document_keys, "documents", err)) != SG_OK)
            return rc;
        for (int k = 0; document_keys[k]; k++)
            if ((rc = want_file(p, v, document_keys[k], false, strcmp(document_keys[k], "decommission") == 0,
                                "documents", err)) != SG_OK)
                return rc;
    }
    json_t *list;
    if ((rc = want_list(doc, "attestations", &list, err)) != SG_OK ||
        (list && (rc = check_attestations(p, list, err)) != SG_OK))
        return rc;
    if ((rc = want_list(doc, "waivers", &list, err)) != SG_OK)
        return rc;
    if (list) {
        json_t *empty = json_array();
        rc = check_waivers(assets ? assets : empty, list, err);
        json_decref(empty);
        if (rc != SG_OK)
            return rc;
    }
    if ((rc = want_list(doc, "retired", &list, err)) != SG_OK || (list && (rc = check_retired(p, list, err)) != SG_OK))
        return rc;
    return SG_OK;
}

/* ---- load and release -------------------------------------------------------- */

sg_err sg_profile_load(struct sg_profile *p, const char *path, struct sg_error *err)
{
    memset(p, 0, sizeof *p);
    char real[PATH_MAX];
    if (!realpath(path, real))
        return sg_error_errno(err, errno == ENOENT ? SG_ERR_NOT_FOUND : SG_ERR_IO, path, errno, "cannot open profile");
    if (strlen(real) >= sizeof p->path)
        return sg_error_set(err, SG_ERR_TOO_LARGE, path, "path too long");
    strcpy(p->path, real);
    strcpy(p->base_dir, real);
    char *slash = strrchr(p->base_dir, '/');
    if (slash == p->base_dir)
        slash[1] = '\0';
    else if (slash)
        *slash = '\0';
    sg_err rc = sg__file_digest(real, p->digest, err);
    if (rc != SG_OK)
        return rc;
    rc = sg_yaml_load_file(real, SG_PROFILE_MAX_BYTES, &p->doc, err);
    if (rc != SG_OK)
        return rc;
    rc = sg_json_expand_env(p->doc, path, err);
    if (rc == SG_OK)
        rc = validate(p, err);
    if (rc != SG_OK) {
        /* a validation error names the key; say which file too */
        if (err && strstr(err->subject, ".yaml") == NULL) {
            char reason[sizeof err->subject + sizeof err->reason + 4];
            snprintf(reason, sizeof reason, "%s: %s", err->subject, err->reason);
            sg_error_set(err, rc, p->path, "%s", reason);
        }
        sg_profile_release(p);
    }
    return rc;
}

void sg_profile_release(struct sg_profile *p)
{
    if (!p)
        return;
    json_decref(p->doc);
    memset(p, 0, sizeof *p);
}

sg_err sg_profile_path(const struct sg_profile *p, const char *rel, char *out, size_t size, struct sg_error *err)
{
    if (rel[0] == '/') {
        if (strlen(rel) >= size)
            return sg_error_set(err, SG_ERR_TOO_LARGE, rel, "path too long");
        strcpy(out, rel);
        return SG_OK;
    }
    if (sg_path_join(out, size, p->base_dir, rel) != SG_OK)
        return sg_error_set(err, SG_ERR_TOO_LARGE, rel, "path too long");
    return SG_OK;
}

json_t *sg__profile_assets(const struct sg_profile *p)
{
    /* NULL when absent: jansson's array helpers treat NULL as empty */
    return json_object_get(p->doc, "assets");
}
