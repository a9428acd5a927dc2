/* json.c - bounded, strict JSON loading and typed access on top of jansson. */
#include "saiguard/json.h"

#include <string.h>

static int depth_exceeds(const json_t *v, int depth)
{
    if (depth > SG_JSON_MAX_DEPTH)
        return 1;
    if (json_is_object(v)) {
        const char *key;
        json_t *child;
        json_object_foreach((json_t *)v, key, child) {
            if (depth_exceeds(child, depth + 1))
                return 1;
        }
    } else if (json_is_array(v)) {
        size_t i;
        json_t *child;
        json_array_foreach(v, i, child) {
            if (depth_exceeds(child, depth + 1))
                return 1;
        }
    }
    return 0;
}

sg_err sg_json_parse(const char *data, size_t len, const char *subject, json_t **out,
                     struct sg_error *err)
{
    *out = NULL;
    json_error_t jerr;
    /* jansson bounds its own recursion (2048 levels), so the depth check
     * below walks a tree of bounded depth. */
    json_t *v = json_loadb(data, len, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &jerr);
    if (!v)
        return sg_error_set(err, SG_ERR_PARSE, subject, "invalid JSON at line %d column %d: %s",
                            jerr.line, jerr.column, jerr.text);
    if (depth_exceeds(v, 1)) {
        json_decref(v);
        return sg_error_set(err, SG_ERR_PARSE, subject, "JSON nested deeper than %d levels",
                            SG_JSON_MAX_DEPTH);
    }
    *out = v;
    return SG_OK;
}

sg_err sg_json_load_file(const char *path, size_t max_bytes, json_t **out, struct sg_error *err)
{
    *out = NULL;
    sg_buf b;
    sg_buf_init(&b, max_bytes);
    sg_err rc = sg_buf_read_file(&b, path, err);
    if (rc == SG_OK)
        rc = sg_json_parse(b.data, b.len, path, out, err);
    sg_buf_release(&b);
    return rc;
}

static const char *type_name(const json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_OBJECT:
        return "an object";
    case JSON_ARRAY:
        return "an array";
    case JSON_STRING:
        return "a string";
    case JSON_INTEGER:
        return "an integer";
    case JSON_REAL:
        return "a number";
    case JSON_TRUE:
    case JSON_FALSE:
        return "a boolean";
    case JSON_NULL:
        return "null";
    }
    return "unknown";
}

static sg_err member(const json_t *obj, const char *key, json_type want, const char *want_name,
                     bool optional, json_t **out, const char *subject, struct sg_error *err)
{
    *out = NULL;
    if (!json_is_object(obj))
        return sg_error_set(err, SG_ERR_PARSE, subject, "expected an object holding '%s'", key);
    json_t *v = json_object_get(obj, key);
    if (!v || (optional && json_is_null(v))) {
        if (optional)
            return SG_OK;
        return sg_error_set(err, SG_ERR_PARSE, subject, "missing '%s'", key);
    }
    bool ok = json_typeof(v) == want ||
              (want == JSON_TRUE && json_is_boolean(v));
    if (!ok)
        return sg_error_set(err, SG_ERR_PARSE, subject, "'%s' must be %s, not %s", key,
                            want_name, type_name(v));
    *out = v;
    return SG_OK;
}

sg_err sg_json_get_string(const json_t *obj, const char *key, const char **out,
                          const char *subject, struct sg_error *err)
{
    json_t *v;
    sg_err rc = member(obj, key, JSON_STRING, "a string", false, &v, subject, err);
    *out = rc == SG_OK ? json_string_value(v) : NULL;
    return rc;
}

sg_err sg_json_get_object(const json_t *obj, const char *key, json_t **out, const char *subject,
                          struct sg_error *err)
{
    return member(obj, key, JSON_OBJECT, "an object", false, out, subject, err);
}

sg_err sg_json_get_array(const json_t *obj, const char *key, json_t **out, const char *subject,
                         struct sg_error *err)
{
    return member(obj, key, JSON_ARRAY, "an array", false, out, subject, err);
}

sg_err sg_json_get_int(const json_t *obj, const char *key, int64_t *out, const char *subject,
                       struct sg_error *err)
{
    json_t *v;
    sg_err rc = member(obj, key, JSON_INTEGER, "an integer", false, &v, subject, err);
    *out = rc == SG_OK ? (int64_t)json_integer_value(v) : 0;
    return rc;
}

sg_err sg_json_get_bool(const json_t *obj, const char *key, bool *out, const char *subject,
                        struct sg_error *err)
{
    json_t *v;
    sg_err rc = member(obj, key, JSON_TRUE, "a boolean", false, &v, subject, err);
    *out = rc == SG_OK && json_is_true(v);
    return rc;
}

sg_err sg_json_opt_string(const json_t *obj, const char *key, const char **out,
                          const char *subject, struct sg_error *err)
{
    json_t *v;
    sg_err rc = member(obj, key, JSON_STRING, "a string", true, &v, subject, err);
    if (rc == SG_OK && v)
        *out = json_string_value(v);
    return rc;
}

sg_err sg_json_opt_int(const json_t *obj, const char *key, int64_t *out, const char *subject,
                       struct sg_error *err)
{
    json_t *v;
    sg_err rc = member(obj, key, JSON_INTEGER, "an integer", true, &v, subject, err);
    if (rc == SG_OK && v)
        *out = (int64_t)json_integer_value(v);
    return rc;
}

sg_err sg_json_opt_bool(const json_t *obj, const char *key, bool *out, const char *subject,
                        struct sg_error *err)
{
    json_t *v;
    sg_err rc = member(obj, key, JSON_TRUE, "a boolean", true, &v, subject, err);
    if (rc == SG_OK && v)
        *out = json_is_true(v);
    return rc;
}

sg_err sg_json_check_keys(const json_t *obj, const char *const *allowed, const char *subject,
                          struct sg_error *err)
{
    if (!json_is_object(obj))
        return sg_error_set(err, SG_ERR_CONFIG, subject, "expected a mapping");
    const char *key;
    json_t *v;
    json_object_foreach((json_t *)obj, key, v) {
        bool known = false;
        for (const char *const *a = allowed; *a; a++) {
            if (strcmp(*a, key) == 0) {
                known = true;
                break;
            }
        }
        if (!known)
            return sg_error_set(err, SG_ERR_CONFIG, subject, "unknown key '%s'", key);
    }
    return SG_OK;
}

static int dump_to_buf(const char *chunk, size_t size, void *data)
{
    return sg_buf_append((sg_buf *)data, chunk, size) == SG_OK ? 0 : -1;
}

sg_err sg_json_dump(const json_t *value, size_t flags, sg_buf *out)
{
    size_t before = out->len;
    if (json_dump_callback(value, dump_to_buf, out, flags) != 0) {
        out->len = before;
        if (out->data)
            out->data[before] = '\0';
        return SG_ERR_TOO_LARGE;
    }
    return SG_OK;
}

sg_err sg_json_print(const json_t *value, FILE *f)
{
    if (json_dumpf(value, f, JSON_INDENT(2) | JSON_ENCODE_ANY) != 0 || fputc('\n', f) == EOF)
        return SG_ERR_IO;
    return SG_OK;
}

sg_err sg_json_set(json_t *obj, const char *key, json_t *value)
{
    if (!value)
        return SG_ERR_NOMEM;
    return json_object_set_new(obj, key, value) == 0 ? SG_OK : SG_ERR_NOMEM;
}

sg_err sg_json_push(json_t *arr, json_t *value)
{
    if (!value)
        return SG_ERR_NOMEM;
    return json_array_append_new(arr, value) == 0 ? SG_OK : SG_ERR_NOMEM;
}
