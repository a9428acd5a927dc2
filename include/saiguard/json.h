/* json.h - jansson helpers: bounded loading with positioned errors, typed
 * field access that fails with a message instead of returning NULL quietly,
 * and output. YAML documents are loaded into the same json_t trees (yaml.h),
 * so every capability validates configuration one way. */
#ifndef SAIGUARD_JSON_H
#define SAIGUARD_JSON_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "buf.h"
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Nesting deeper than this is rejected: hostile documents must not exhaust
 * the stack of whoever walks the tree recursively after us. */
#define SG_JSON_MAX_DEPTH 64

/* Parses len bytes as one JSON value (no trailing data, no NUL bytes inside
 * strings, duplicate object keys rejected). subject names the source for
 * messages. On success *out is a new reference the caller json_decref()s. */
SG_MUST_USE sg_err sg_json_parse(const char *data, size_t len, const char *subject,
                                 json_t **out, struct sg_error *err);
/* Reads and parses a file ("-" = stdin) of at most max_bytes. */
SG_MUST_USE sg_err sg_json_load_file(const char *path, size_t max_bytes, json_t **out,
                                     struct sg_error *err);

/* Typed members of an object. Each fails with SG_ERR_PARSE naming the key when
 * the member is missing or has the wrong type. Returned pointers are borrowed
 * from obj. */
SG_MUST_USE sg_err sg_json_get_string(const json_t *obj, const char *key, const char **out,
                                      const char *subject, struct sg_error *err);
SG_MUST_USE sg_err sg_json_get_object(const json_t *obj, const char *key, json_t **out,
                                      const char *subject, struct sg_error *err);
SG_MUST_USE sg_err sg_json_get_array(const json_t *obj, const char *key, json_t **out,
                                     const char *subject, struct sg_error *err);
SG_MUST_USE sg_err sg_json_get_int(const json_t *obj, const char *key, int64_t *out,
                                   const char *subject, struct sg_error *err);
SG_MUST_USE sg_err sg_json_get_bool(const json_t *obj, const char *key, bool *out,
                                    const char *subject, struct sg_error *err);
/* Optional variants: absent (or JSON null) leaves *out untouched and succeeds;
 * present with the wrong type fails. */
SG_MUST_USE sg_err sg_json_opt_string(const json_t *obj, const char *key, const char **out,
                                      const char *subject, struct sg_error *err);
SG_MUST_USE sg_err sg_json_opt_int(const json_t *obj, const char *key, int64_t *out,
                                   const char *subject, struct sg_error *err);
SG_MUST_USE sg_err sg_json_opt_bool(const json_t *obj, const char *key, bool *out,
                                    const char *subject, struct sg_error *err);

/* Fails with SG_ERR_CONFIG naming the first key of obj that is not in the
 * NULL-terminated allowed list: unknown keys in configuration are mistakes. */
SG_MUST_USE sg_err sg_json_check_keys(const json_t *obj, const char *const *allowed,
                                      const char *subject, struct sg_error *err);

/* Serialises value into out (appending). flags are jansson's JSON_* flags;
 * JSON_COMPACT | JSON_SORT_KEYS gives a stable byte form. */
SG_MUST_USE sg_err sg_json_dump(const json_t *value, size_t flags, sg_buf *out);
/* Writes value to stdio stream f, pretty-printed with a trailing newline. */
SG_MUST_USE sg_err sg_json_print(const json_t *value, FILE *f);

/* Sets obj[key] = value and consumes the reference to value even on failure,
 * so builders can chain without leaks: SG_ERR_NOMEM if value is NULL. */
SG_MUST_USE sg_err sg_json_set(json_t *obj, const char *key, json_t *value);
/* Appends value to arr, consuming the reference as sg_json_set does. */
SG_MUST_USE sg_err sg_json_push(json_t *arr, json_t *value);

#ifdef __cplusplus
}
#endif
#endif
