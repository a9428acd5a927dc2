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

/* ---- hand-written output for hot paths ------------------------------------------ */

/* Appends the len bytes at s as a JSON string in jansson's JSON_ENSURE_ASCII
 * form (control characters and everything outside ASCII as \u escapes), so
 * text reads the same whichever path wrote it. Invalid UTF-8 fails with
 * SG_ERR_ENCODING and leaves out as it was; with lossy, each invalid byte is
 * written as U+FFFD instead (for records that must never be lost). */
SG_MUST_USE sg_err sg_json_append_string(sg_buf *out, const char *s, size_t len, bool lossy);
/* Appends value / 10^decimals as a JSON number, trailing zeros dropped but
 * one ((1234, 3) -> 1.234, (1500, 3) -> 1.5, (2000, 3) -> 2.0); decimals 0
 * is an integer. What sg_jsonw_fixed writes after its key. */
SG_MUST_USE sg_err sg_json_append_fixed(sg_buf *out, int64_t value, unsigned decimals);

/* Writes one JSON object straight into a buffer, for records written
 * thousands of times a second where building a jansson tree only to
 * serialise it costs more than the rest of the work. Members appear in the
 * order they are added: add them in sorted key order to get the canonical
 * form of sg_json_dump(JSON_COMPACT | JSON_SORT_KEYS | JSON_ENSURE_ASCII).
 * Keys are plain ASCII literals (no quote, backslash or control character).
 * Errors are sticky: the first failure is kept, later calls do nothing, and
 * sg_jsonw_end reports it, so a record is written with one check. Strings
 * are written lossily (invalid UTF-8 as U+FFFD). Nesting is at most 8 deep.
 *
 *   struct sg_jsonw w;
 *   sg_jsonw_begin(&w, &buf);
 *   sg_jsonw_str(&w, "path", path);
 *   sg_jsonw_int(&w, "status", 200);
 *   if ((rc = sg_jsonw_end(&w)) != SG_OK) ... */
struct sg_jsonw {
    sg_buf *out;
    size_t mark;        /* out->len at begin: restored on failure */
    sg_err rc;
    unsigned depth;
    uint8_t has_member; /* bit d: the object at depth d has a member */
};
void sg_jsonw_begin(struct sg_jsonw *w, sg_buf *out);
void sg_jsonw_str(struct sg_jsonw *w, const char *key, const char *value); /* NULL: null */
void sg_jsonw_strn(struct sg_jsonw *w, const char *key, const char *value, size_t len);
void sg_jsonw_int(struct sg_jsonw *w, const char *key, int64_t value);
void sg_jsonw_bool(struct sg_jsonw *w, const char *key, bool value);
/* value / 10^decimals written as a decimal number without trailing zeros:
 * (1234, 3) -> 1.234, (1500, 3) -> 1.5, (2000, 3) -> 2.0; decimals 0 is an
 * integer. */
void sg_jsonw_fixed(struct sg_jsonw *w, const char *key, int64_t value, unsigned decimals);
void sg_jsonw_object_begin(struct sg_jsonw *w, const char *key);
void sg_jsonw_object_end(struct sg_jsonw *w);
/* Closes the outermost object. On failure out is back to its length at
 * sg_jsonw_begin. */
SG_MUST_USE sg_err sg_jsonw_end(struct sg_jsonw *w);

#ifdef __cplusplus
}
#endif
#endif
