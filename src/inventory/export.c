/* export.c - the registry as documents: saiguard JSON (complete), CycloneDX
 * 1.6 ML-BOM and SPDX 3.0.1 JSON-LD with the AI and Dataset profiles, and
 * the diff of two saiguard JSON exports. A model's dependencies are its
 * recorded edges (base model, training data, external data) plus the
 * metadata files beside it (config, tokenizer, card, adapter config);
 * references the registry cannot resolve become external components. */
#include "inventory/internal.h"

#include <ctype.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>

#include "saiguard/json.h"
#include "saiguard/saiguard.h"

/* ---- helpers --------------------------------------------------------------- */

static const char *sget(const json_t *o, const char *k)
{
    const char *s = json_string_value(json_object_get(o, k));
    return s ? s : "";
}

static void dir_of(const char *path, char *out, size_t n)
{
    snprintf(out, n, "%s", path);
    char *slash = strrchr(out, '/');
    if (slash)
        *slash = '\0';
}

static const char *last_component(const char *s)
{
    const char *slash = strrchr(s, '/');
    return slash && slash[1] ? slash + 1 : s;
}

/* Collapses "a/./b" and "a/x/../b" so that relative references resolve. */
static void normalise(char *p)
{
    char *parts[256];
    int n = 0;
    bool abs = p[0] == '/';
    char *save = NULL;
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s", p);
    for (char *t = strtok_r(tmp, "/", &save); t && n < 256; t = strtok_r(NULL, "/", &save)) {
        if (!strcmp(t, "."))
            continue;
        if (!strcmp(t, "..")) {
            if (n)
                n--;
            continue;
        }
        parts[n++] = t;
    }
    char out[4096] = "";
    size_t len = 0;
    for (int i = 0; i < n; i++)
        len +=
            (size_t)snprintf(out + len, sizeof out - len, "%s%s", (i || abs) ? "/" : "", parts[i]);
    snprintf(p, 4096, "%s", out);
}

/* Ids of the registered assets a reference names: a path relative to the
 * referring asset, an asset name or path suffix, or a repository id whose
 * last component is the directory holding model files. */
static void resolve(const json_t *assets, const json_t *from, const char *target,
                    const char *want_kind, json_t *ids)
{
    char base[4096], rel[4096];
    dir_of(sget(from, "path"), base, sizeof base);
    if (!strstr(target, "://") && target[0] != '/') {
        snprintf(rel, sizeof rel, "%.2000s/%.2000s", base, target);
        normalise(rel);
    } else {
        snprintf(rel, sizeof rel, "%s", target);
    }
    size_t tl = strlen(target);
    const char *tail = last_component(target);
    size_t i;
    json_t *a;
    json_array_foreach (assets, i, a) {
        if (a == from)
            continue;
        const char *path = sget(a, "path");
        size_t pl = strlen(path);
        char d[4096];
        dir_of(path, d, sizeof d);
        bool hit = !strcmp(path, rel) || !strcmp(sget(a, "name"), target) ||
                   (pl > tl && path[pl - tl - 1] == '/' && !strcmp(path + pl - tl, target)) ||
                   (!strcmp(sget(a, "kind"), want_kind ? want_kind : "model") && *tail &&
                    !strcasecmp(last_component(d), tail));
        if (hit && want_kind && strcmp(sget(a, "kind"), want_kind) != 0 &&
            strcmp(sget(a, "kind"), "model-metadata") != 0)
            hit = false;
        if (hit)
            json_array_append_new(ids, json_string(sget(a, "id")));
    }
}

/* Every dependency of an asset: {type, target, ids[]}. Same-directory
 * metadata of a model counts as its own (HF layout). */
static json_t *dependencies(const json_t *assets, const json_t *asset)
{
    json_t *out = json_array();
    json_t *sources = json_array();
    json_array_append(sources, (json_t *)asset);
    char d[4096];
    dir_of(sget(asset, "path"), d, sizeof d);
    bool is_model = !strcmp(sget(asset, "kind"), "model");
    size_t i, j;
    json_t *a, *e;
    json_array_foreach (assets, i, a) {
        char ad[4096];
        dir_of(sget(a, "path"), ad, sizeof ad);
        if (is_model && a != asset && !strcmp(ad, d) &&
            !strcmp(sget(a, "kind"), "model-metadata")) {
            json_array_append(sources, a);
            json_array_append_new(out, json_pack("{s:s, s:s, s:[s]}", "type", "has-metadata",
                                                 "target", sget(a, "path"), "ids", sget(a, "id")));
        }
    }
    json_array_foreach (sources, i, a) {
        json_array_foreach (json_object_get(a, "edges"), j, e) {
            json_t *ids = json_array();
            const char *type = sget(e, "type");
            resolve(assets, a, sget(e, "target"),
                    !strcmp(type, "trained-on")     ? "dataset"
                    : !strcmp(type, "derived-from") ? "model"
                                                    : NULL,
                    ids);
            json_array_append_new(out, json_pack("{s:s, s:s, s:o}", "type", sget(e, "type"),
                                                 "target", sget(e, "target"), "ids", ids));
        }
    }
    json_decref(sources);
    return out;
}

static char *ext_ref(const char *prefix, const char *target)
{
    size_t n = strlen(target);
    char *out = malloc(strlen(prefix) + 3 * n + 1);
    if (!out)
        return NULL;
    char *p = out + sprintf(out, "%s", prefix);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)target[i];
        if (isalnum(c) || c == '-' || c == '.' || c == '_' || c == '/')
            *p++ = (char)c;
        else
            p += sprintf(p, "%%%02X", c);
    }
    *p = '\0';
    return out;
}

static json_t *load_assets(sg_inventory *inv, struct sg_error *err, sg_err *rc)
{
    json_t *assets = NULL;
    *rc = sg_inventory_list(inv, NULL, NULL, &assets, err);
    return assets;
}

/* ---- saiguard JSON ------------------------------------------------------- */

static sg_err export_json(sg_inventory *inv, json_t **out, struct sg_error *err)
{
    sg_err rc;
    json_t *list = load_assets(inv, err, &rc), *full = json_array(), *scans = json_array();
    char now[32];
    sg_time_rfc3339(now);
    size_t i;
    json_t *a;
    json_array_foreach (list, i, a) {
        json_t *one = NULL;
        if (rc == SG_OK &&
            (rc = sg__inv_asset_json(inv, sget(a, "id"), true, &one, err)) == SG_OK) {
            json_object_set_new(one, "dependencies", dependencies(list, a));
            json_array_append_new(full, one);
        }
    }
    if (rc == SG_OK && inv->db) {
        sqlite3_stmt *st = NULL;
        if (sqlite3_prepare_v2(inv->db,
                               "SELECT id, started_at, roots, files, assets, registered,"
                               " changed, missing FROM scans ORDER BY id DESC LIMIT 100",
                               -1, &st, NULL) == SQLITE_OK) {
            while (sqlite3_step(st) == SQLITE_ROW) {
                const char *roots = (const char *)sqlite3_column_text(st, 2);
                json_t *rj = roots ? json_loads(roots, 0, NULL) : NULL;
                json_array_append_new(
                    scans, json_pack("{s:I, s:s, s:o, s:I, s:I, s:I, s:I, s:I}", "id",
                                     (json_int_t)sqlite3_column_int64(st, 0), "at",
                                     (const char *)sqlite3_column_text(st, 1), "roots",
                                     rj ? rj : json_array(), "files",
                                     (json_int_t)sqlite3_column_int64(st, 3), "assets",
                                     (json_int_t)sqlite3_column_int64(st, 4), "registered",
                                     (json_int_t)sqlite3_column_int64(st, 5), "changed",
                                     (json_int_t)sqlite3_column_int64(st, 6), "missing",
                                     (json_int_t)sqlite3_column_int64(st, 7)));
            }
        }
        sqlite3_finalize(st);
    }
    json_decref(list);
    if (rc != SG_OK) {
        json_decref(full);
        json_decref(scans);
        return rc;
    }
    *out = json_pack("{s:s, s:i, s:s, s:s, s:o, s:o}", "format", "saiguard-inventory",
                     "schema_version", SG_INVENTORY_SCHEMA, "generated", now, "tool",
                     "saiguard " SG_VERSION, "assets", full, "scans", scans);
    return *out ? SG_OK : sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
}

/* ---- CycloneDX 1.6 ------------------------------------------------------------ */

static json_t *prop(const char *name, const char *value)
{
    return json_pack("{s:s, s:o}", "name", name, "value", sg__inv_str(value));
}

static json_t *cdx_properties(const json_t *a)
{
    json_t *p = json_array();
    char size[32];
    snprintf(size, sizeof size, "%lld", (long long)json_integer_value(json_object_get(a, "size")));
    json_array_append_new(p, prop("saiguard:path", sget(a, "path")));
    json_array_append_new(p, prop("saiguard:kind", sget(a, "kind")));
    json_array_append_new(p, prop("saiguard:format", sget(a, "format")));
    json_array_append_new(p, prop("saiguard:size", size));
    json_array_append_new(p, prop("saiguard:owner_role", sget(a, "owner_role")));
    json_array_append_new(p, prop("saiguard:status", sget(a, "status")));
    json_array_append_new(p, prop("saiguard:first_seen", sget(a, "first_seen")));
    json_array_append_new(p, prop("saiguard:last_seen", sget(a, "last_seen")));
    const char *k;
    json_t *v;
    json_object_foreach (json_object_get(a, "metadata"), k, v) {
        if (json_is_null(v))
            continue;
        char name[160];
        snprintf(name, sizeof name, "saiguard:metadata:%.120s", k);
        char *text = json_is_string(v) ? NULL : json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
        if (strlen(text ? text : "") <= 4096)
            json_array_append_new(p, prop(name, text ? text : json_string_value(v)));
        free(text);
    }
    return p;
}

static const char *first_string(const json_t *v)
{
    if (json_is_string(v))
        return json_string_value(v);
    return json_string_value(json_array_get(v, 0));
}

/* License and model-card facts of an asset, looking at the metadata beside
 * a model as well (config.json, README.md). */
static const char *meta_lookup(const json_t *assets, const json_t *a, const char *key)
{
    const char *s = first_string(json_object_get(json_object_get(a, "metadata"), key));
    if (s && *s)
        return s;
    if (strcmp(sget(a, "kind"), "model") != 0)
        return NULL;
    char d[4096];
    dir_of(sget(a, "path"), d, sizeof d);
    size_t i;
    json_t *m;
    json_array_foreach (assets, i, m) {
        char md[4096];
        dir_of(sget(m, "path"), md, sizeof md);
        if (!strcmp(md, d) && !strcmp(sget(m, "kind"), "model-metadata")) {
            s = first_string(json_object_get(json_object_get(m, "metadata"), key));
            if (s && *s)
                return s;
        }
    }
    return NULL;
}

static json_t *cdx_component(const json_t *assets, const json_t *a, json_t *deps)
{
    const char *kind = sget(a, "kind");
    bool model = !strcmp(kind, "model");
    json_t *c = json_pack("{s:s, s:s, s:o, s:o}", "type", model ? "machine-learning-model" : "data",
                          "bom-ref", sget(a, "id"), "name", sg__inv_str(sget(a, "name")),
                          "properties", cdx_properties(a));
    char version[32];
    snprintf(version, sizeof version, "%lld",
             (long long)json_integer_value(json_object_get(a, "version")));
    json_object_set_new(c, "version", json_string(version));
    const char *digest = sget(a, "digest");
    if (!strncmp(digest, "sha256:", 7) && strlen(digest) == 71)
        json_object_set_new(c, "hashes",
                            json_pack("[{s:s, s:s}]", "alg", "SHA-256", "content", digest + 7));
    const char *lic = meta_lookup(assets, a, "license");
    if (lic)
        json_object_set_new(c, "licenses",
                            json_pack("[{s:{s:o}}]", "license", "name", sg__inv_str(lic)));
    if (model) {
        json_t *params = json_object(), *datasets = json_array();
        const char *arch = meta_lookup(assets, a, "architecture");
        if (!arch)
            arch = meta_lookup(assets, a, "model_type");
        const char *archs = meta_lookup(assets, a, "architectures");
        if (arch)
            json_object_set_new(params, "architectureFamily", sg__inv_str(arch));
        if (archs)
            json_object_set_new(params, "modelArchitecture", sg__inv_str(archs));
        const char *task = meta_lookup(assets, a, "pipeline_tag");
        if (task)
            json_object_set_new(params, "task", sg__inv_str(task));
        size_t i, j;
        json_t *d, *id;
        json_array_foreach (deps, i, d) {
            if (strcmp(sget(d, "type"), "trained-on") != 0)
                continue;
            if (json_array_size(json_object_get(d, "ids")) == 0) {
                char *ref = ext_ref("ext:", sget(d, "target"));
                json_array_append_new(datasets, json_pack("{s:s}", "ref", ref ? ref : "ext:?"));
                free(ref);
            }
            json_array_foreach (json_object_get(d, "ids"), j, id)
                json_array_append_new(datasets, json_pack("{s:O}", "ref", id));
        }
        if (json_array_size(datasets))
            json_object_set_new(params, "datasets", datasets);
        else
            json_decref(datasets);
        json_t *card = json_object();
        if (json_object_size(params))
            json_object_set_new(card, "modelParameters", params);
        else
            json_decref(params);
        json_t *cp = json_array();
        const char *k;
        json_t *v;
        static const char *const facts[] = {"parameter_count",
                                            "context_length",
                                            "quantization",
                                            "tensor_count",
                                            "dtypes",
                                            "chat_template_sha256",
                                            NULL};
        for (const char *const *f = facts; *f; f++) {
            v = json_object_get(json_object_get(a, "metadata"), *f);
            if (!v || json_is_null(v))
                continue;
            char *text = json_is_string(v) ? NULL : json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
            char name[96];
            snprintf(name, sizeof name, "saiguard:%s", *f);
            json_array_append_new(cp, prop(name, text ? text : json_string_value(v)));
            free(text);
        }
        (void)k;
        if (json_array_size(cp))
            json_object_set_new(card, "properties", cp);
        else
            json_decref(cp);
        json_object_set_new(c, "modelCard", card);
    } else {
        const char *dtype = !strcmp(kind, "dataset") ? "dataset" : "configuration";
        json_t *data = json_pack("{s:s, s:o}", "type", dtype, "name", sg__inv_str(sget(a, "name")));
        char desc[96];
        snprintf(desc, sizeof desc, "%s (%s)", kind, sget(a, "format"));
        json_object_set_new(data, "description", json_string(desc));
        json_object_set_new(c, "data", json_pack("[o]", data));
    }
    return c;
}

static sg_err export_cyclonedx(sg_inventory *inv, json_t **out, struct sg_error *err)
{
    sg_err rc;
    json_t *assets = load_assets(inv, err, &rc);
    if (rc != SG_OK)
        return rc;
    json_t *components = json_array(), *dependencies_out = json_array(), *external = json_object();
    char now[32], serial[37];
    sg_time_rfc3339(now);
    if ((rc = sg__inv_new_id(serial, err)) != SG_OK)
        goto fail;
    size_t i, j, k;
    json_t *a, *d, *id;
    json_array_foreach (assets, i, a) {
        json_t *deps = dependencies(assets, a);
        json_t *on = json_array();
        json_array_foreach (deps, j, d) {
            size_t nids = json_array_size(json_object_get(d, "ids"));
            if (nids == 0 && strcmp(sget(d, "type"), "has-metadata") != 0) {
                /* An external model or dataset the registry does not hold. */
                char *ref = ext_ref("ext:", sget(d, "target"));
                if (!ref)
                    continue;
                if (!json_object_get(external, ref)) {
                    bool ds = !strcmp(sget(d, "type"), "trained-on") ||
                              !strcmp(sget(d, "type"), "uses-external-data");
                    json_t *ec = json_pack("{s:s, s:s, s:o, s:[{s:s, s:s}]}", "type",
                                           ds ? "data" : "machine-learning-model", "bom-ref", ref,
                                           "name", sg__inv_str(sget(d, "target")), "properties",
                                           "name", "saiguard:external", "value", "true");
                    if (ds)
                        json_object_set_new(ec, "data",
                                            json_pack("[{s:s, s:o}]", "type", "dataset", "name",
                                                      sg__inv_str(sget(d, "target"))));
                    json_object_set_new(external, ref, ec);
                }
                json_array_append_new(on, json_string(ref));
                free(ref);
            }
            json_array_foreach (json_object_get(d, "ids"), k, id) {
                bool dup = false;
                size_t m;
                json_t *x;
                json_array_foreach (on, m, x)
                    dup |= json_equal(x, id);
                if (!dup)
                    json_array_append(on, id);
            }
        }
        json_array_append_new(components, cdx_component(assets, a, deps));
        json_array_append_new(dependencies_out,
                              json_pack("{s:s, s:o}", "ref", sget(a, "id"), "dependsOn", on));
        json_decref(deps);
    }
    const char *ref;
    json_t *ec;
    json_object_foreach (external, ref, ec) {
        json_array_append(components, ec);
        json_array_append_new(dependencies_out, json_pack("{s:s, s:[]}", "ref", ref, "dependsOn"));
    }
    char urn[64];
    snprintf(urn, sizeof urn, "urn:uuid:%s", serial);
    *out = json_pack(
        "{s:s, s:s, s:s, s:i, s:{s:s, s:{s:[{s:s, s:s, s:s}]}, s:{s:s, s:s, s:s}}, s:o, s:o}",
        "bomFormat", "CycloneDX", "specVersion", "1.6", "serialNumber", urn, "version", 1,
        "metadata", "timestamp", now, "tools", "components", "type", "application", "name",
        "saiguard", "version", SG_VERSION, "component", "type", "application", "name",
        "AI asset inventory", "bom-ref", "inventory", "components", components, "dependencies",
        dependencies_out);
    components = dependencies_out = NULL;
    if (!*out)
        rc = sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
fail:
    json_decref(components);
    json_decref(dependencies_out);
    json_decref(external);
    json_decref(assets);
    return rc;
}

/* ---- SPDX 3.0.1 ----------------------------------------------------------------- */

static sg_err export_spdx(sg_inventory *inv, json_t **out, struct sg_error *err)
{
    sg_err rc;
    json_t *assets = load_assets(inv, err, &rc);
    if (rc != SG_OK)
        return rc;
    char now[32], doc[37];
    sg_time_rfc3339(now);
    if ((rc = sg__inv_new_id(doc, err)) != SG_OK) {
        json_decref(assets);
        return rc;
    }
    json_t *graph = json_array(), *elements = json_array(), *external = json_object();
    const char *agent = "urn:saiguard:agent:saiguard", *tool = "urn:saiguard:tool:saiguard";
    json_array_append_new(graph,
                          json_pack("{s:s, s:s, s:s, s:s, s:[s], s:[s]}", "type", "CreationInfo",
                                    "@id", "_:creationinfo", "specVersion", "3.0.1", "created", now,
                                    "createdBy", agent, "createdUsing", tool));
    json_array_append_new(graph,
                          json_pack("{s:s, s:s, s:s, s:s}", "type", "SoftwareAgent", "spdxId",
                                    agent, "name", "saiguard", "creationInfo", "_:creationinfo"));
    json_array_append_new(graph,
                          json_pack("{s:s, s:s, s:s, s:s}", "type", "Tool", "spdxId", tool, "name",
                                    "saiguard " SG_VERSION, "creationInfo", "_:creationinfo"));
    size_t i, j, k, rel = 0;
    json_t *a, *d, *id;
    json_array_foreach (assets, i, a) {
        char sid[96];
        snprintf(sid, sizeof sid, "urn:saiguard:asset:%s", sget(a, "id"));
        const char *kind = sget(a, "kind");
        json_t *e = json_pack("{s:s, s:o, s:s}", "spdxId", sid, "name",
                              sg__inv_str(sget(a, "name")), "creationInfo", "_:creationinfo");
        const char *digest = sget(a, "digest");
        if (!strncmp(digest, "sha256:", 7) && strlen(digest) == 71)
            json_object_set_new(e, "verifiedUsing",
                                json_pack("[{s:s, s:s, s:s}]", "type", "Hash", "algorithm",
                                          "sha256", "hashValue", digest + 7));
        char comment[4200];
        snprintf(comment, sizeof comment, "%s at %s (format %s, owner role %s, status %s)", kind,
                 sget(a, "path"), sget(a, "format"), sget(a, "owner_role"), sget(a, "status"));
        json_object_set_new(e, "comment", sg__inv_str(comment));
        if (!strcmp(kind, "model")) {
            json_object_set_new(e, "type", json_string("ai_AIPackage"));
            json_object_set_new(e, "software_primaryPurpose", json_string("model"));
            const char *arch = meta_lookup(assets, a, "architecture");
            if (!arch)
                arch = meta_lookup(assets, a, "model_type");
            if (arch)
                json_object_set_new(e, "ai_typeOfModel", json_pack("[o]", sg__inv_str(arch)));
            const char *task = meta_lookup(assets, a, "pipeline_tag");
            if (task)
                json_object_set_new(e, "ai_domain", json_pack("[o]", sg__inv_str(task)));
            json_t *hp = json_array();
            static const char *const facts[] = {"parameter_count", "context_length", "quantization",
                                                NULL};
            for (const char *const *f = facts; *f; f++) {
                json_t *v = json_object_get(json_object_get(a, "metadata"), *f);
                if (!v || json_is_null(v))
                    continue;
                char *text = json_is_string(v) ? NULL : json_dumps(v, JSON_ENCODE_ANY);
                json_array_append_new(
                    hp, json_pack("{s:s, s:s, s:o}", "type", "DictionaryEntry", "key", *f, "value",
                                  sg__inv_str(text ? text : json_string_value(v))));
                free(text);
            }
            if (json_array_size(hp))
                json_object_set_new(e, "ai_hyperparameter", hp);
            else
                json_decref(hp);
        } else if (!strcmp(kind, "dataset")) {
            const char *f = sget(a, "format");
            const char *type = !strcmp(f, "jsonl") ? "text"
                               : (!strcmp(f, "csv") || !strcmp(f, "tsv") || !strcmp(f, "parquet") ||
                                  !strcmp(f, "arrow") || !strcmp(f, "feather"))
                                   ? "structured"
                                   : "other";
            json_object_set_new(e, "type", json_string("dataset_DatasetPackage"));
            json_object_set_new(e, "software_primaryPurpose", json_string("data"));
            json_object_set_new(e, "dataset_datasetType", json_pack("[s]", type));
            json_object_set_new(e, "dataset_datasetSize",
                                json_integer(json_integer_value(json_object_get(a, "size"))));
        } else {
            json_object_set_new(e, "type", json_string("software_File"));
            json_object_set_new(e, "software_primaryPurpose", json_string("configuration"));
        }
        json_array_append_new(graph, e);
        json_array_append_new(elements, json_string(sid));
        json_t *deps = dependencies(assets, a);
        json_array_foreach (deps, j, d) {
            const char *type = sget(d, "type");
            const char *rtype = !strcmp(type, "trained-on")           ? "trainedOn"
                                : !strcmp(type, "derived-from")       ? "descendantOf"
                                : !strcmp(type, "has-metadata")       ? "hasMetadata"
                                : !strcmp(type, "uses-external-data") ? "hasDataFile"
                                                                      : "dependsOn";
            json_t *to = json_array();
            json_array_foreach (json_object_get(d, "ids"), k, id) {
                char tid[96];
                snprintf(tid, sizeof tid, "urn:saiguard:asset:%s", json_string_value(id));
                json_array_append_new(to, json_string(tid));
            }
            if (json_array_size(to) == 0) {
                char *ref = ext_ref("urn:saiguard:external:", sget(d, "target"));
                if (ref && !json_object_get(external, ref)) {
                    bool ds = !strcmp(type, "trained-on") || !strcmp(type, "uses-external-data");
                    json_t *x =
                        ds ? json_pack("{s:s, s:s, s:o, s:s, s:s, s:[s], s:s}", "type",
                                       "dataset_DatasetPackage", "spdxId", ref, "name",
                                       sg__inv_str(sget(d, "target")), "creationInfo",
                                       "_:creationinfo", "software_primaryPurpose", "data",
                                       "dataset_datasetType", "noAssertion", "comment",
                                       "referenced by an inventoried asset; not in the inventory")
                           : json_pack("{s:s, s:s, s:o, s:s, s:s, s:s}", "type", "ai_AIPackage",
                                       "spdxId", ref, "name", sg__inv_str(sget(d, "target")),
                                       "creationInfo", "_:creationinfo", "software_primaryPurpose",
                                       "model", "comment",
                                       "referenced by an inventoried asset; not in the inventory");
                    json_object_set_new(external, ref, x);
                }
                if (ref)
                    json_array_append_new(to, json_string(ref));
                free(ref);
            }
            if (!json_array_size(to)) {
                json_decref(to);
                continue;
            }
            char rid[160];
            snprintf(rid, sizeof rid, "urn:saiguard:%s:relationship:%zu", doc, ++rel);
            json_array_append_new(graph, json_pack("{s:s, s:s, s:s, s:s, s:s, s:o}", "type",
                                                   "Relationship", "spdxId", rid, "creationInfo",
                                                   "_:creationinfo", "from", sid,
                                                   "relationshipType", rtype, "to", to));
            json_array_append_new(elements, json_string(rid));
        }
        json_decref(deps);
    }
    const char *ref;
    json_t *x;
    json_object_foreach (external, ref, x) {
        json_array_append(graph, x);
        json_array_append_new(elements, json_string(ref));
    }
    char docid[96];
    snprintf(docid, sizeof docid, "urn:saiguard:%s:document", doc);
    json_t *root = json_copy(elements);
    json_array_append_new(
        graph, json_pack("{s:s, s:s, s:s, s:s, s:o, s:o, s:[s, s, s, s]}", "type", "SpdxDocument",
                         "spdxId", docid, "name", "AI asset inventory", "creationInfo",
                         "_:creationinfo", "element", elements, "rootElement", root,
                         "profileConformance", "core", "software", "ai", "dataset"));
    json_decref(external);
    json_decref(assets);
    *out = json_pack("{s:s, s:o}", "@context", "https://spdx.org/rdf/3.0.1/spdx-context.jsonld",
                     "@graph", graph);
    return *out ? SG_OK : sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
}

sg_err sg_inventory_export(sg_inventory *inv, enum sg_inv_export_format format, json_t **out,
                           struct sg_error *err)
{
    *out = NULL;
    switch (format) {
    case SG_INV_EXPORT_JSON: return export_json(inv, out, err);
    case SG_INV_EXPORT_CYCLONEDX: return export_cyclonedx(inv, out, err);
    case SG_INV_EXPORT_SPDX: return export_spdx(inv, out, err);
    }
    return sg_error_set(err, SG_ERR_INVALID_ARG, NULL, "unknown export format");
}

/* ---- diff ------------------------------------------------------------------------ */

sg_err sg_inventory_diff(const json_t *before, const json_t *after, json_t **out, size_t *count_out,
                         struct sg_error *err)
{
    *out = NULL;
    const json_t *docs[2] = {before, after};
    for (int i = 0; i < 2; i++)
        if (!json_is_object(docs[i]) ||
            strcmp(sget(docs[i], "format"), "saiguard-inventory") != 0 ||
            !json_is_array(json_object_get(docs[i], "assets")))
            return sg_error_set(err, SG_ERR_FORMAT, i ? "after" : "before",
                                "not a saiguard inventory export (inventory export --format json)");
    json_t *bmap = json_object(), *amap = json_object();
    size_t i;
    json_t *a;
    json_array_foreach (json_object_get(before, "assets"), i, a)
        json_object_set(bmap, sget(a, "path"), a);
    json_array_foreach (json_object_get(after, "assets"), i, a)
        json_object_set(amap, sget(a, "path"), a);
    json_t *added = json_array(), *removed = json_array(), *changed = json_array();
    const char *path;
    json_object_foreach (amap, path, a) {
        json_t *b = json_object_get(bmap, path);
        if (!b)
            json_array_append_new(added, json_pack("{s:s, s:s, s:s, s:s}", "path", path, "kind",
                                                   sget(a, "kind"), "format", sget(a, "format"),
                                                   "digest", sget(a, "digest")));
        else if (strcmp(sget(a, "digest"), sget(b, "digest")) ||
                 strcmp(sget(a, "status"), sget(b, "status")))
            json_array_append_new(changed,
                                  json_pack("{s:s, s:s, s:s, s:s, s:s, s:s}", "path", path, "kind",
                                            sget(a, "kind"), "digest_before", sget(b, "digest"),
                                            "digest_after", sget(a, "digest"), "status_before",
                                            sget(b, "status"), "status_after", sget(a, "status")));
    }
    json_object_foreach (bmap, path, a)
        if (!json_object_get(amap, path))
            json_array_append_new(removed, json_pack("{s:s, s:s, s:s, s:s}", "path", path, "kind",
                                                     sget(a, "kind"), "format", sget(a, "format"),
                                                     "digest", sget(a, "digest")));
    size_t n = json_array_size(added) + json_array_size(removed) + json_array_size(changed);
    json_decref(bmap);
    json_decref(amap);
    *out = json_pack("{s:o, s:o, s:o}", "added", added, "removed", removed, "changed", changed);
    if (count_out)
        *count_out = n;
    return *out ? SG_OK : sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
}
