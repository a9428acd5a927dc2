/* keras.c - Keras model configurations (config.json in .keras archives, the
 * model_config attribute of legacy .h5 files): Lambda layers and their
 * marshalled bytecode, objects from modules outside Keras, function
 * references, registered custom objects and the switches that turn safe
 * mode off (CVE-2024-3660, CVE-2025-1550, CVE-2025-8747, CVE-2025-9906). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "saiguard/json.h"
#include "scan_internal.h"

struct kctx {
    struct sg__scan_job *job;
    const struct sg__scan_where *w;
    const char *format;
    int lambdas;
};

static void kadd(struct kctx *k, const char *rule, enum sg_scan_severity sev, const char *what,
                 const char *fmt, ...) SG_PRINTF(5, 6);
static void kadd(struct kctx *k, const char *rule, enum sg_scan_severity sev, const char *what,
                 const char *fmt, ...)
{
    char msg[700];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    sg__scan_add(k->job, k->w, k->format, rule, sev, -1, what, "%s", msg);
}

static bool keras_module(const char *m)
{
    static const char *const ok[] = {"keras", "tf_keras", "keras_hub", "keras_nlp", "keras_cv",
                                     "tensorflow.keras", "tensorflow.python.keras", NULL};
    for (const char *const *p = ok; *p; p++) {
        size_t n = strlen(*p);
        if (strncmp(m, *p, n) == 0 && (m[n] == 0 || m[n] == '.'))
            return true;
    }
    return false;
}

static void check_function_ref(struct kctx *k, const char *module, const char *name)
{
    char full[600];
    snprintf(full, sizeof full, "%s.%s", module, name);
    enum sg_scan_severity sev = sg_scan_classify_callable(k->job->policy, module, name);
    if (sev == SG_SCAN_CRITICAL)
        kadd(k, "SG-KER-007", SG_SCAN_CRITICAL, full,
             "configuration references the denylisted function %s (called while loading)", full);
    else if (!keras_module(module) && sev > SG_SCAN_INFO)
        kadd(k, "SG-KER-003", SG_SCAN_HIGH, full,
             "configuration references %s from outside Keras; loading imports that module", full);
}

static void walk(struct kctx *k, json_t *v, int depth);

static void check_object(struct kctx *k, json_t *o, int depth)
{
    const char *cls = json_string_value(json_object_get(o, "class_name"));
    const char *module = json_string_value(json_object_get(o, "module"));
    const char *reg = json_string_value(json_object_get(o, "registered_name"));
    json_t *config = json_object_get(o, "config");
    const char *lname = json_string_value(json_object_get(json_is_object(config) ? config : o, "name"));
    if (cls && strcmp(cls, "Lambda") == 0) {
        k->lambdas++;
        json_t *fn = json_is_object(config) ? json_object_get(config, "function") : NULL;
        const char *ftype = json_is_object(config)
                                ? json_string_value(json_object_get(config, "function_type"))
                                : NULL;
        bool bytecode = (json_is_array(fn) && json_is_string(json_array_get(fn, 0))) ||
                        (json_is_string(fn) && ftype && strcmp(ftype, "lambda") == 0) ||
                        (json_is_object(fn) && json_object_get(json_object_get(fn, "config"), "code"));
        if (bytecode)
            kadd(k, "SG-KER-002", SG_SCAN_CRITICAL, lname,
                 "Lambda layer '%s' carries marshalled Python bytecode, run when the model is "
                 "loaded or called", lname ? lname : "?");
        else
            kadd(k, "SG-KER-001", SG_SCAN_HIGH, lname,
                 "Lambda layer '%s' runs arbitrary Python code", lname ? lname : "?");
    }
    if (cls && module && strcmp(cls, "function") == 0 && json_is_string(config))
        check_function_ref(k, module, json_string_value(config));
    else if (module && cls && !keras_module(module)) {
        char full[600];
        snprintf(full, sizeof full, "%s.%s", module, cls);
        enum sg_scan_severity sev = sg_scan_classify_callable(k->job->policy, module, cls);
        if (sev == SG_SCAN_CRITICAL)
            kadd(k, "SG-KER-003", SG_SCAN_CRITICAL, full,
                 "object %s comes from a denylisted module (module injection)", full);
        else if (sev > SG_SCAN_INFO)
            kadd(k, "SG-KER-003", SG_SCAN_HIGH, full,
                 "object %s comes from a module outside Keras; loading imports it", full);
    } else if (module && cls) {
        check_function_ref(k, module, cls);
    }
    if (reg && strchr(reg, '>'))
        kadd(k, "SG-KER-005", SG_SCAN_MEDIUM, reg,
             "custom registered object '%s' needs user code at load time", reg);
    json_t *safe = json_object_get(o, "safe_mode");
    if (json_is_false(safe))
        kadd(k, "SG-KER-004", SG_SCAN_CRITICAL, "safe_mode",
             "configuration sets safe_mode to false");
    const char *key;
    json_t *val;
    json_object_foreach(o, key, val)
        walk(k, val, depth + 1);
}

static void walk(struct kctx *k, json_t *v, int depth)
{
    if (depth > SG_JSON_MAX_DEPTH)
        return;
    if (json_is_object(v)) {
        check_object(k, v, depth);
    } else if (json_is_array(v)) {
        size_t i;
        json_t *x;
        json_array_foreach(v, i, x)
            walk(k, x, depth + 1);
    } else if (json_is_string(v)) {
        const char *s = json_string_value(v);
        if (strstr(s, "enable_unsafe_deserialization"))
            kadd(k, "SG-KER-004", SG_SCAN_CRITICAL, "enable_unsafe_deserialization",
                 "configuration calls enable_unsafe_deserialization, turning safe mode off for "
                 "the rest of the load");
    }
}

void sg__scan_keras_config(struct sg__scan_job *job, const struct sg__scan_where *w,
                           const char *json, size_t len, const char *format)
{
    struct kctx k = {.job = job, .w = w, .format = format};
    json_t *doc = NULL;
    struct sg_error err = {0};
    if (sg_json_parse(json, len, "config", &doc, &err) != SG_OK) {
        sg__scan_add(job, w, format, "SG-KER-006", SG_SCAN_MEDIUM, -1, NULL,
                     "model configuration is not valid JSON (%s); it cannot be checked",
                     err.reason);
        return;
    }
    walk(&k, doc, 0);
    json_decref(doc);
}
