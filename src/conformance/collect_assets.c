/* collect_assets.c - the profile's own asset register (evidence kind
 * "inventory", the part saiguard checks without the inventory capability):
 * every declared asset exists and can be digested, the register holds at
 * least one model, and models, datasets and sensitive assets are not open to
 * every local user (no world-writable files; sensitive ones not
 * world-readable). */
#include <string.h>
#include <sys/stat.h>

#include "conformance/internal.h"
#include "saiguard/walk.h"

static const struct sg__check_def defs[] = {
    {"assets.register", "Every AI asset is registered, present and tracked by digest"},
    {"assets.permissions", "Models, datasets and sensitive assets are protected on disk"},
    {NULL, NULL}};

#define KIND "inventory"

struct perm_walk {
    json_t *check;
    const char *asset;
    bool sensitive;
    int problems;
};

static void judge_mode(struct perm_walk *w, const char *path, mode_t mode)
{
    if (w->problems >= 5)
        return;
    if (mode & S_IWOTH) {
        sg__check_note(w->check, SG_VERDICT_FAIL, "'%s': %s is world-writable", w->asset, path);
        w->problems++;
    } else if (w->sensitive && (mode & S_IROTH)) {
        sg__check_note(w->check, SG_VERDICT_FAIL, "'%s' is sensitive but %s is world-readable", w->asset, path);
        w->problems++;
    }
}

static sg_err perm_entry(void *user, const struct sg_walk_entry *e, struct sg_error *err)
{
    (void)err;
    if (e->st && (e->kind == SG_WALK_FILE || e->kind == SG_WALK_DIR))
        judge_mode(user, e->path, e->st->st_mode);
    return SG_OK;
}

static sg_err collect(struct sg__assess *a, struct sg_error *err)
{
    (void)err;
    size_t i, models = 0;
    json_t *as;
    json_t *reg = sg__check(a, "assets.register", KIND, defs[0].title, SG_VERDICT_PASS,
                            "list every model, dataset, prompt and configuration under assets: in the profile",
                            "%zu asset(s) registered and tracked by digest", json_array_size(sg__profile_assets(a->profile)));
    json_t *perm = sg__check(a, "assets.permissions", KIND, defs[1].title, SG_VERDICT_PASS,
                             "chmod o-w on the assets, and o-r on sensitive ones", "no model, dataset or sensitive "
                             "asset is open to every local user");
    json_array_foreach(a->assets, i, as) {
        const char *name = json_string_value(json_object_get(as, "name"));
        const char *kind = json_string_value(json_object_get(as, "kind"));
        const char *digest = json_string_value(json_object_get(as, "digest"));
        const char *rel = json_string_value(json_object_get(as, "path"));
        if (name[0] == '(')
            continue; /* the gateway configuration, tracked but not an asset of the register */
        if (!digest)
            sg__check_note(reg, SG_VERDICT_FAIL, "'%s' (%s) cannot be read: %s", name, rel,
                           json_string_value(json_object_get(as, "error")));
        sg__check_item(reg, rel, digest, kind);
        if (strcmp(kind, "model") == 0)
            models++;
        const json_t *decl = json_array_get(sg__profile_assets(a->profile), i);
        bool sensitive = json_is_true(json_object_get(decl, "sensitive"));
        if (strcmp(kind, "model") != 0 && strcmp(kind, "dataset") != 0 && !sensitive)
            continue;
        char path[PATH_MAX];
        if (sg_profile_path(a->profile, rel, path, sizeof path, NULL) != SG_OK)
            continue;
        struct perm_walk w = {perm, name, sensitive, 0};
        struct stat st;
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            struct sg_walk_options opt = {.symlinks = SG_SYMLINKS_SKIP, .include_dirs = true, .max_entries = 100000};
            if (sg_walk(path, &opt, perm_entry, &w, NULL) != SG_OK)
                sg__check_note(perm, SG_VERDICT_INCONCLUSIVE, "'%s': cannot walk %s", name, rel);
            judge_mode(&w, rel, st.st_mode);
        } else if (stat(path, &st) == 0) {
            judge_mode(&w, rel, st.st_mode);
        }
    }
    if (models == 0)
        sg__check_note(reg, SG_VERDICT_FAIL, "the register lists no model");
    return SG_OK;
}

const struct sg__collector sg__collector_assets = {"assets", KIND, NULL, collect};
