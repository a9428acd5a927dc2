/* yaml.h - YAML documents (profiles, gateway and policy configuration) read
 * with libyaml and converted into jansson trees, so that the rest of the code
 * validates one representation. */
#ifndef SAIGUARD_YAML_H
#define SAIGUARD_YAML_H

#include <jansson.h>

#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Parses one YAML document of len bytes into a JSON value. Scalars keep YAML
 * 1.2 core-schema meaning: plain true/false -> boolean, null/~ -> null, plain
 * integers and floats -> numbers, everything else (and every quoted scalar)
 * -> string. Mapping keys must be scalars and unique. Anchors and aliases are
 * resolved with a bound on the expanded size (billion-laughs). Nesting deeper
 * than SG_JSON_MAX_DEPTH is rejected. Errors name subject and the line.
 * *out is a new reference on success. */
SG_MUST_USE sg_err sg_yaml_parse(const char *data, size_t len, const char *subject,
                                 json_t **out, struct sg_error *err);
/* Reads a file of at most max_bytes and parses it as above. */
SG_MUST_USE sg_err sg_yaml_load_file(const char *path, size_t max_bytes, json_t **out,
                                     struct sg_error *err);

/* Replaces ${NAME} in every string of value with the environment variable
 * NAME ($$ escapes a dollar). An unset variable is an SG_ERR_CONFIG error
 * naming it. Works in place. */
SG_MUST_USE sg_err sg_json_expand_env(json_t *value, const char *subject, struct sg_error *err);

#ifdef __cplusplus
}
#endif
#endif
