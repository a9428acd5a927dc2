/* profile_init.c - `saiguard assess init`: a commented starter profile for a
 * directory. The inventory capability identifies models, model metadata,
 * datasets and prompts by content (read-only: nothing is registered); model
 * files sharing a directory become one model-directory asset. Gateway
 * configuration is found by name. Roles are guessed from what was found and
 * the documents are left as commented TODOs. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "conformance/internal.h"
#include "saiguard/inventory.h"
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
    const char *base = strrchr(rel, '/') ? strrchr(rel, '/') + 1 : rel;
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

/* Adds relpath (below the root) of kind; weights in a directory make the
 * directory one asset. */
static void add(struct scan *s, const char *relpath, const char *kind)
{
    if (s->count >= MAX_ASSETS || strcmp(relpath, SG_PROFILE_NAME) == 0)
        return;
    char dir[1024];
    snprintf(dir, sizeof dir, "%s", relpath);
    char *slash = strrchr(dir, '/');
    if (strcmp(kind, "model") == 0 && slash) {
        *slash = '\0';
        for (size_t i = 0; i < s->model_dir_count; i++)
            if (strcmp(s->model_dirs[i], dir) == 0)
                return;
        if (s->model_dir_count < 32)
            snprintf(s->model_dirs[s->model_dir_count++], sizeof s->model_dirs[0], "%s", dir);
        snprintf(s->items[s->count].path, sizeof s->items[0].path, "%s/", dir);
    } else {
        snprintf(s->items[s->count].path, sizeof s->items[0].path, "%s", relpath);
    }
    const char *p = s->items[s->count].path;
    const char *base = p;
    for (const char *q = p; *q; q++)
        if (*q == '/' && q[1])
            base = q + 1;
    snprintf(s->items[s->count].name, sizeof s->items[0].name, "%.*s", (int)strcspn(base, "./"), base);
    /* kinds from the inventory are borrowed from its result: keep our own */
    s->items[s->count].kind = strcmp(kind, "model") == 0     ? "model"
                              : strcmp(kind, "dataset") == 0 ? "dataset"
                              : strcmp(kind, "prompt") == 0  ? "prompt"
                                                             : "config";
    if (strcmp(kind, "config") == 0)
        s->has_gateway = true;
    s->count++;
}

static sg_err visit(void *user, const struct sg_walk_entry *e, struct sg_error *err)
{
    (void)err;
    const char *kind = e->kind == SG_WALK_FILE ? classify(e->relpath) : NULL;
    if (kind)
        add(user, e->relpath, kind);
    return SG_OK;
}

/* Content-based discovery through the inventory, read-only. */
static sg_err discover(sg_ctx *ctx, const char *dir, struct scan *s, struct sg_error *err)
{
    sg_inventory *inv = NULL;
    struct sg_inv_scan_result res = {0};
    static const char *const exclude[] = {".saiguard", ".git", "node_modules", NULL};
    struct sg_inv_scan_options opt = {.check = true, .exclude = exclude};
    char root[PATH_MAX];
    if (!realpath(dir, root))
        return sg_error_errno(err, SG_ERR_NOT_FOUND, dir, errno, "cannot resolve");
    const char *roots[] = {root};
    /* a look, not a scan: the inventory's shadow findings stay out of the ledger */
    sg_ctx quiet = *ctx;
    quiet.audit = NULL;
    quiet.audit_impl = NULL;
    sg_err rc = sg_inventory_open(&quiet, true, &inv, err);
    if (rc == SG_OK)
        rc = sg_inventory_scan(inv, roots, 1, &opt, &res, err);
    sg_inventory_close(inv);
    size_t i, len = strlen(root);
    json_t *x;
    /* models first, so their metadata folds into the model directory */
    for (int pass = 0; rc == SG_OK && pass < 2; pass++)
        json_array_foreach(res.assets, i, x) {
            const char *kind = json_string_value(json_object_get(x, "kind"));
            const char *path = json_string_value(json_object_get(x, "path"));
            if (!kind || !path || strncmp(path, root, len) != 0 || path[len] != '/')
                continue;
            bool model = strcmp(kind, "model") == 0;
            if (pass == 0 && model)
                add(s, path + len + 1, "model");
            else if (pass == 1 && (strcmp(kind, "dataset") == 0 || strcmp(kind, "prompt") == 0))
                add(s, path + len + 1, kind);
        }
    sg_inv_scan_result_release(&res);
    return rc;
}

sg_err sg_profile_starter(sg_ctx *ctx, const char *dir, sg_buf *out, struct sg_error *err)
{
    struct scan *s = calloc(1, sizeof *s);
    if (!s)
        return sg_error_set(err, SG_ERR_NOMEM, dir, "out of memory");
    struct sg_walk_options opt = {.symlinks = SG_SYMLINKS_SKIP, .skip = skip, .max_entries = 200000};
    sg_err rc = discover(ctx, dir, s, err);
    if (rc == SG_OK)
        rc = sg_walk(dir, &opt, visit, s, err);
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
