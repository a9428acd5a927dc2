/* collect_inventory.c - evidence kind "inventory" through the inventory
 * capability: content-based discovery over the system's directory finds
 * every model, dataset and prompt; any that lies outside the assets the
 * profile declares is shadow AI. The registry is opened read-only and never
 * changed. */
#include <stdio.h>
#include <string.h>

#include "conformance/internal.h"

#include "saiguard/inventory.h"

static const struct sg__check_def defs[] = {
    {"inventory.shadow", "No undeclared (shadow) AI assets in the system"},
    {NULL, NULL}};

#define KIND "inventory"

/* True when path lies at or below a declared asset's path. */
static bool declared(struct sg__assess *a, const char *path)
{
    size_t i;
    json_t *as;
    json_array_foreach(sg__profile_assets(a->profile), i, as) {
        char p[PATH_MAX];
        if (sg_profile_path(a->profile, json_string_value(json_object_get(as, "path")), p, sizeof p, NULL) != SG_OK)
            continue;
        size_t len = strlen(p);
        while (len > 1 && p[len - 1] == '/')
            p[--len] = '\0';
        if (strncmp(path, p, len) == 0 && (path[len] == '\0' || path[len] == '/'))
            return true;
    }
    return false;
}

static sg_err collect(struct sg__assess *a, struct sg_error *err)
{
    (void)err;
    sg_inventory *inv = NULL;
    struct sg_error ierr = {0};
    struct sg_inv_scan_result res = {0};
    const char *root = a->profile->base_dir;
    /* saiguard's own state is not part of the system */
    static const char *const exclude[] = {".saiguard", "generated/state", "state", NULL};
    struct sg_inv_scan_options opt = {.check = true, .exclude = exclude};
    /* discovery here is a read, not an inventory run: its per-file shadow
     * events stay out of the ledger (the assessment records its own) */
    sg_ctx quiet = *a->ctx;
    quiet.audit = NULL;
    quiet.audit_impl = NULL;
    if (sg_inventory_open(&quiet, true, &inv, &ierr) != SG_OK)
        return sg__checks_all(a, KIND, defs, SG_VERDICT_INCONCLUSIVE, "make the inventory registry readable",
                              "cannot open the inventory: %s", ierr.reason);
    sg_err rc = sg_inventory_scan(inv, &root, 1, &opt, &res, &ierr);
    sg_inventory_close(inv);
    if (rc != SG_OK) {
        sg_inv_scan_result_release(&res);
        return sg__checks_all(a, KIND, defs, SG_VERDICT_INCONCLUSIVE, "make the system directory readable",
                              "discovery failed: %s", ierr.reason);
    }
    json_t *c = sg__check(a, "inventory.shadow", KIND, defs[0].title, SG_VERDICT_PASS,
                          "declare the asset in the profile (assets:) or remove it from the system",
                          "%zu AI asset(s) discovered, every model, dataset and prompt is declared", res.assets_found);
    size_t i;
    json_t *x;
    json_array_foreach(res.assets, i, x) {
        const char *kind = json_string_value(json_object_get(x, "kind"));
        const char *path = json_string_value(json_object_get(x, "path"));
        if (!kind || !path || (strcmp(kind, "model") != 0 && strcmp(kind, "dataset") != 0))
            continue;
        char abs[PATH_MAX];
        if (path[0] != '/')
            snprintf(abs, sizeof abs, "%s/%s", root, path);
        else
            snprintf(abs, sizeof abs, "%s", path);
        if (declared(a, abs))
            continue;
        const char *rel = strncmp(abs, root, strlen(root)) == 0 ? abs + strlen(root) + 1 : abs;
        sg__check_note(c, SG_VERDICT_FAIL, "shadow %s: %s (%s) is not declared in the profile", kind, rel,
                       json_string_value(json_object_get(x, "format")) ? json_string_value(json_object_get(x, "format")) : "?");
        sg__check_item(c, abs, json_string_value(json_object_get(x, "digest")), "undeclared AI asset");
    }
    sg_inv_scan_result_release(&res);
    return SG_OK;
}

const struct sg__collector sg__collector_inventory = {"inventory", KIND, "inventory", collect};
