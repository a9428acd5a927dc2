/* profile_init.c - `saiguard assess init`: a commented starter profile for a
 * directory. It walks the tree, proposes model directories (a directory
 * holding weights and a config), single model files, datasets, prompts and
 * gateway configuration as assets, guesses the roles from what it found and
 * leaves the documents as commented TODOs. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "conformance/internal.h"
#include "saiguard/path.h"
#include "saiguard/walk.h"

#define MAX_ASSETS 200

struct found {
    char name[128];
    char path[1040];
    const char *kind;
};

struct scan {
    struct found items[MAX_ASSETS];
    size_t count;
    char model_dirs[32][1024];
    size_t model_dir_count;
    bool has_gateway;
};

static bool ends_with(const char *s, const char *suffix)
{
    size_t ls = strlen(s), lx = strlen(suffix);
    return ls >= lx && strcasecmp(s + ls - lx, suffix) == 0;
}

static const char *classify(const char *rel)
{
    static const char *const model_ext[] = {".safetensors", ".gguf", ".onnx", ".pt", ".pth", ".ckpt", ".pkl",
                                            ".pickle", ".h5", ".keras", ".tflite", ".pb", ".joblib", ".bin", NULL};
    static const char *const data_ext[] = {".csv", ".jsonl", ".parquet", ".arrow", ".tfrecord", ".tsv", NULL};
    const char *base = strrchr(rel, '/') ? strrchr(rel, '/') + 1 : rel;
    for (int i = 0; model_ext[i]; i++)
        if (ends_with(base, model_ext[i]))
            return "model";
    for (int i = 0; data_ext[i]; i++)
        if (ends_with(base, data_ext[i]))
            return "dataset";
    if (strcasestr(base, "prompt") && (ends_with(base, ".txt") || ends_with(base, ".md") || ends_with(base, ".yaml")))
        return "prompt";
    if (strcasestr(base, "gateway") && (ends_with(base, ".yaml") || ends_with(base, ".yml")))
        return "config";
    return NULL;
}

static bool skip(void *user, const char *relpath, bool is_dir)
{
    (void)user;
    (void)is_dir;
    const char *base = strrchr(relpath, '/') ? strrchr(relpath, '/') + 1 : relpath;
    return base[0] == '.' || strcmp(base, "node_modules") == 0 || strcmp(base, "build") == 0;
}

static sg_err visit(void *user, const struct sg_walk_entry *e, struct sg_error *err)
{
    (void)err;
    struct scan *s = user;
    if (e->kind != SG_WALK_FILE || s->count >= MAX_ASSETS)
        return SG_OK;
    const char *kind = classify(e->relpath);
    if (!kind || strcmp(e->relpath, SG_PROFILE_NAME) == 0)
        return SG_OK;
    /* weights inside a directory become one asset: the directory */
    char dir[1024];
    snprintf(dir, sizeof dir, "%s", e->relpath);
    char *slash = strrchr(dir, '/');
    if (strcmp(kind, "model") == 0 && slash) {
        *slash = '\0';
        for (size_t i = 0; i < s->model_dir_count; i++)
            if (strcmp(s->model_dirs[i], dir) == 0)
                return SG_OK;
        if (s->model_dir_count < 32)
            snprintf(s->model_dirs[s->model_dir_count++], sizeof s->model_dirs[0], "%s", dir);
        snprintf(s->items[s->count].path, sizeof s->items[0].path, "%s/", dir);
    } else {
        snprintf(s->items[s->count].path, sizeof s->items[0].path, "%s", e->relpath);
    }
    const char *p = s->items[s->count].path;
    const char *base = p;
    for (const char *q = p; *q; q++)
        if (*q == '/' && q[1])
            base = q + 1;
    snprintf(s->items[s->count].name, sizeof s->items[0].name, "%.*s", (int)strcspn(base, "./"), base);
    s->items[s->count].kind = kind;
    if (strcmp(kind, "config") == 0)
        s->has_gateway = true;
    s->count++;
    return SG_OK;
}

sg_err sg_profile_starter(const char *dir, sg_buf *out, struct sg_error *err)
{
    struct scan *s = calloc(1, sizeof *s);
    if (!s)
        return sg_error_set(err, SG_ERR_NOMEM, dir, "out of memory");
    struct sg_walk_options opt = {.symlinks = SG_SYMLINKS_SKIP, .skip = skip, .max_entries = 200000};
    sg_err rc = sg_walk(dir, &opt, visit, s, err);
    if (rc != SG_OK) {
        free(s);
        return rc;
    }
    bool models = false, data = false;
    for (size_t i = 0; i < s->count; i++) {
        models |= strcmp(s->items[i].kind, "model") == 0;
        data |= strcmp(s->items[i].kind, "dataset") == 0;
    }
    const char *name = sg_path_basename(dir);
    char cwd_name[256] = "my-ai-system";
    if (name && *name && strcmp(name, ".") != 0)
        snprintf(cwd_name, sizeof cwd_name, "%s", name);
#define P(...)                                              \
    do {                                                    \
        if (rc == SG_OK)                                    \
            rc = sg_buf_printf(out, __VA_ARGS__);           \
    } while (0)
    P("# saiguard.yaml - the system profile read by `saiguard assess` (see saiguard-assess(1)).\n"
      "# Written by `saiguard assess init`: review every line. Paths are relative to this file.\n\n");
    P("system:\n  name: %s\n  version: \"0.1.0\"\n  description: \"TODO: what the system does, for whom\"\n\n", cwd_name);
    P("# Which roles of ETSI EN 304 223 your organisation holds (one often holds several):\n"
      "# developer, system_operator, data_custodian. Provisions that oblige only roles\n"
      "# you do not hold are reported as not applicable.\n");
    P("roles:\n");
    if (models || !s->count)
        P("  - developer        # model files found\n");
    P("  - system_operator  # %s\n", s->has_gateway ? "gateway configuration found" : "you run the system");
    if (data)
        P("  - data_custodian   # datasets found\n");
    P("\n# AI assets: kind is model, dataset, prompt, config, code or other.\n"
      "# Add signature: (a signing bundle) for each model and dataset, provenance: for datasets.\n"
      "assets:\n");
    for (size_t i = 0; i < s->count; i++) {
        P("  - name: %s\n    kind: %s\n    path: %s\n", s->items[i].name, s->items[i].kind, s->items[i].path);
        if (strcmp(s->items[i].kind, "dataset") == 0)
            P("    source: internal   # internal, third_party, public or scraped\n"
              "    provenance: {source: \"TODO\"}\n");
    }
    if (s->count == 0)
        P("  []   # nothing model-like found: list your assets here\n");
    P("\n# Public keys that verify model signatures and attestations (PEM).\n"
      "# keys:\n#   signing: [keys/release.pub]\n#   attestation: [keys/attest.pub]\n");
    if (s->has_gateway)
        for (size_t i = 0; i < s->count; i++)
            if (strcmp(s->items[i].kind, "config") == 0) {
                P("\ngateway:\n  config: %s\n  exposed: true   # reachable from outside: TLS is required\n", s->items[i].path);
                break;
            }
    P("\n# Structured evidence saiguard checks (formats in saiguard-assess(1)).\n"
      "# documents:\n"
      "#   threat_model: docs/threat-model.yaml\n"
      "#   training_records: docs/training.yaml\n"
      "#   redteam: docs/redteam.yaml\n"
      "#   monitoring: docs/monitoring.yaml\n"
      "#   security_txt: .well-known/security.txt\n"
      "#   user_guide: docs/user-guide.md\n"
      "#   incident_plan: docs/incident-plan.md\n"
      "#   update_notices: docs/update-notices.yaml\n"
      "#   sbom: aibom.cdx.json\n"
      "#   published_digests: SHA256SUMS\n"
      "\n# What only people can vouch for: create entries with `saiguard assess attest`.\n"
      "attestations: []\n"
      "\n# Waivers: provisions, reason, approver, expires, scope (asset + digest).\n"
      "waivers: []\n");
#undef P
    free(s);
    if (rc != SG_OK)
        return sg_error_set(err, rc, dir, "starter profile too large");
    return SG_OK;
}
