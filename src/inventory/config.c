/* config.c - scan settings from a YAML or JSON file (prompt globs, excluded
 * paths, default owner role), validated strictly: a typo in a key must not
 * silently turn off part of a shadow-AI check. */
#include "inventory/internal.h"

#include <stdlib.h>
#include <string.h>

#include "saiguard/json.h"
#include "saiguard/yaml.h"

enum { CONFIG_MAX = 1 << 20, MAX_PATTERNS = 1024 };

static sg_err string_list(json_t *doc, const char *key, const char ***out, const char *path,
                          struct sg_error *err)
{
    json_t *arr = json_object_get(doc, key);
    *out = NULL;
    if (!arr || json_is_null(arr))
        return SG_OK;
    if (!json_is_array(arr) || json_array_size(arr) > MAX_PATTERNS)
        return sg_error_set(err, SG_ERR_CONFIG, path, "'%s' must be a list of at most %d patterns",
                            key, MAX_PATTERNS);
    const char **list = calloc(json_array_size(arr) + 1, sizeof *list);
    if (!list)
        return sg_error_set(err, SG_ERR_NOMEM, path, NULL);
    size_t i;
    json_t *v;
    json_array_foreach(arr, i, v) {
        if (!json_is_string(v) || !json_string_length(v)) {
            free(list);
            return sg_error_set(err, SG_ERR_CONFIG, path, "'%s' item %zu is not a pattern", key,
                                i + 1);
        }
        list[i] = json_string_value(v);
    }
    *out = list;
    return SG_OK;
}

sg_err sg_inv_config_load(const char *path, struct sg_inv_config *cfg, struct sg_error *err)
{
    static const char *const keys[] = {"prompt_globs", "exclude", "owner_role", NULL};
    memset(cfg, 0, sizeof *cfg);
    sg_err rc = sg_yaml_load_file(path, CONFIG_MAX, &cfg->doc, err);
    if (rc != SG_OK)
        return rc;
    if (!json_is_object(cfg->doc)) {
        rc = sg_error_set(err, SG_ERR_CONFIG, path, "expected a mapping of settings");
        goto fail;
    }
    if ((rc = sg_json_check_keys(cfg->doc, keys, path, err)) != SG_OK ||
        (rc = string_list(cfg->doc, "prompt_globs", &cfg->prompt_globs, path, err)) != SG_OK ||
        (rc = string_list(cfg->doc, "exclude", &cfg->exclude, path, err)) != SG_OK ||
        (rc = sg_json_opt_string(cfg->doc, "owner_role", &cfg->owner_role, path, err)) != SG_OK)
        goto fail;
    return SG_OK;
fail:
    sg_inv_config_release(cfg);
    return rc;
}

void sg_inv_config_release(struct sg_inv_config *cfg)
{
    if (!cfg)
        return;
    free(cfg->prompt_globs);
    free(cfg->exclude);
    json_decref(cfg->doc);
    memset(cfg, 0, sizeof *cfg);
}
