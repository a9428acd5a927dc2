/* yaml.c - YAML to jansson conversion: scalar typing per the YAML 1.2 core
 * schema, bounded alias expansion, and ${NAME} expansion.
 *
 * Why libyaml and not libfyaml: fuzzing this file against Debian's libfyaml
 * 0.7.12 found an endless loop (a '%' directive followed by NUL) and a
 * segfault in its parser cleanup on malformed input (seeds kept in
 * fuzz/corpus/fuzz_yaml/regress-*). libyaml is continuously fuzzed upstream
 * and survives the same inputs. */
#include "saiguard/yaml.h"

#include <errno.h>
#include <yaml.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "saiguard/buf.h"
#include "saiguard/json.h"
#include "saiguard/walk.h"

/* Aliases let a 1 KiB document describe billions of nodes; we count every
 * node we emit, aliases expanded, and stop here. */
#define MAX_EXPANDED_NODES 1000000

struct convert {
    yaml_document_t *doc;
    size_t nodes;
    const char *subject;
    struct sg_error *err;
};

static bool plain_equals(const char *s, size_t len, const char *const *words)
{
    for (; *words; words++)
        if (strlen(*words) == len && memcmp(*words, s, len) == 0)
            return true;
    return false;
}

static json_t *plain_scalar(const char *s, size_t len)
{
    static const char *const nulls[] = {"", "~", "null", "Null", "NULL", NULL};
    static const char *const trues[] = {"true", "True", "TRUE", NULL};
    static const char *const falses[] = {"false", "False", "FALSE", NULL};
    if (plain_equals(s, len, nulls))
        return json_null();
    if (plain_equals(s, len, trues))
        return json_true();
    if (plain_equals(s, len, falses))
        return json_false();
    char tmp[64];
    if (len > 0 && len < sizeof tmp) {
        memcpy(tmp, s, len);
        tmp[len] = '\0';
        size_t sign = (tmp[0] == '-' || tmp[0] == '+') ? 1 : 0;
        char *end;
        if (len > sign && strspn(tmp + sign, "0123456789") == len - sign) {
            errno = 0;
            long long v = strtoll(tmp, &end, 10);
            if (errno == 0 && *end == '\0')
                return json_integer(v);
        }
        /* floats: digits with a dot or exponent; YAML spells infinities and
         * NaN .inf/.nan, which stay strings here */
        if (strspn(tmp, "+-0123456789.eE") == len && strpbrk(tmp, "0123456789")) {
            double d = strtod(tmp, &end);
            if (*end == '\0' && isfinite(d))
                return json_real(d);
        }
    }
    return json_stringn(s, len);
}

static sg_err convert_node(struct convert *c, yaml_node_t *node, int depth, json_t **out)
{
    *out = NULL;
    /* libyaml resolves aliases into shared node references, so a document is
     * a graph: depth bounds cycles, the node count bounds expansion. */
    if (depth > SG_JSON_MAX_DEPTH)
        return sg_error_set(c->err, SG_ERR_PARSE, c->subject, "YAML nested deeper than %d levels",
                            SG_JSON_MAX_DEPTH);
    if (++c->nodes > MAX_EXPANDED_NODES)
        return sg_error_set(c->err, SG_ERR_LIMIT, c->subject,
                            "YAML expands to more than %d nodes (alias bomb?)", MAX_EXPANDED_NODES);
    if (!node) {
        *out = json_null();
        return *out ? SG_OK : SG_ERR_NOMEM;
    }
    switch (node->type) {
    case YAML_SCALAR_NODE: {
        const char *s = (const char *)node->data.scalar.value;
        size_t len = node->data.scalar.length;
        if (memchr(s, '\0', len))
            return sg_error_set(c->err, SG_ERR_PARSE, c->subject, "NUL byte in a YAML scalar");
        *out = node->data.scalar.style == YAML_PLAIN_SCALAR_STYLE ? plain_scalar(s, len)
                                                                  : json_stringn(s, len);
        if (!*out)
            return sg_error_set(c->err, SG_ERR_ENCODING, c->subject, "YAML scalar is not valid UTF-8");
        return SG_OK;
    }
    case YAML_SEQUENCE_NODE: {
        json_t *arr = json_array();
        if (!arr)
            return SG_ERR_NOMEM;
        for (yaml_node_item_t *item = node->data.sequence.items.start;
             item < node->data.sequence.items.top; item++) {
            json_t *child;
            sg_err rc = convert_node(c, yaml_document_get_node(c->doc, *item), depth + 1, &child);
            if (rc == SG_OK)
                rc = sg_json_push(arr, child);
            if (rc != SG_OK) {
                json_decref(arr);
                return rc;
            }
        }
        *out = arr;
        return SG_OK;
    }
    case YAML_MAPPING_NODE: {
        json_t *obj = json_object();
        if (!obj)
            return SG_ERR_NOMEM;
        for (yaml_node_pair_t *pair = node->data.mapping.pairs.start;
             pair < node->data.mapping.pairs.top; pair++) {
            yaml_node_t *key = yaml_document_get_node(c->doc, pair->key);
            sg_err rc = SG_OK;
            char *kz = NULL;
            json_t *child = NULL;
            if (!key || key->type != YAML_SCALAR_NODE ||
                memchr(key->data.scalar.value, '\0', key->data.scalar.length))
                rc = sg_error_set(c->err, SG_ERR_PARSE, c->subject,
                                  "YAML mapping keys must be plain strings");
            else if (!(kz = strndup((const char *)key->data.scalar.value, key->data.scalar.length)))
                rc = SG_ERR_NOMEM;
            else if (json_object_get(obj, kz))
                rc = sg_error_set(c->err, SG_ERR_PARSE, c->subject,
                                  "duplicate key '%s' at line %zu", kz, key->start_mark.line + 1);
            else if ((rc = convert_node(c, yaml_document_get_node(c->doc, pair->value), depth + 1,
                                        &child)) == SG_OK)
                rc = sg_json_set(obj, kz, child);
            free(kz);
            if (rc != SG_OK) {
                json_decref(obj);
                return rc;
            }
        }
        *out = obj;
        return SG_OK;
    }
    case YAML_NO_NODE:
        break;
    }
    return sg_error_set(c->err, SG_ERR_PARSE, c->subject, "unknown YAML node type");
}

/* YAML 1.2 (section 5.1) allows only printable characters in a stream; we
 * say so plainly before the parser runs. */
static sg_err check_characters(const char *data, size_t len, const char *subject,
                               struct sg_error *err)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)data[i];
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
            return sg_error_set(err, SG_ERR_PARSE, subject,
                                "invalid YAML: control character 0x%02x at byte %zu", c, i);
    }
    if (!sg_utf8_valid(data, len))
        return sg_error_set(err, SG_ERR_ENCODING, subject, "invalid YAML: not valid UTF-8");
    return SG_OK;
}

sg_err sg_yaml_parse(const char *data, size_t len, const char *subject, json_t **out,
                     struct sg_error *err)
{
    *out = NULL;
    sg_err rc = check_characters(data, len, subject, err);
    if (rc != SG_OK)
        return rc;
    yaml_parser_t parser;
    yaml_document_t doc;
    if (!yaml_parser_initialize(&parser))
        return sg_error_set(err, SG_ERR_NOMEM, subject, NULL);
    yaml_parser_set_input_string(&parser, (const unsigned char *)data, len);
    if (!yaml_parser_load(&parser, &doc)) {
        rc = sg_error_set(err, SG_ERR_PARSE, subject, "invalid YAML at line %zu column %zu: %s%s%s",
                          parser.problem_mark.line + 1, parser.problem_mark.column + 1,
                          parser.problem ? parser.problem : "syntax error",
                          parser.context ? " " : "", parser.context ? parser.context : "");
        yaml_parser_delete(&parser);
        return rc;
    }
    struct convert c = {.doc = &doc, .nodes = 0, .subject = subject, .err = err};
    yaml_node_t *root = yaml_document_get_root_node(&doc);
    rc = convert_node(&c, root, 1, out);
    if (rc == SG_ERR_NOMEM)
        sg_error_set(err, rc, subject, NULL);
    yaml_document_delete(&doc);
    yaml_parser_delete(&parser);
    return rc;
}

sg_err sg_yaml_load_file(const char *path, size_t max_bytes, json_t **out, struct sg_error *err)
{
    *out = NULL;
    sg_buf b;
    sg_buf_init(&b, max_bytes);
    sg_err rc = sg_buf_read_file(&b, path, err);
    if (rc == SG_OK)
        rc = sg_yaml_parse(b.data, b.len, path, out, err);
    sg_buf_release(&b);
    return rc;
}

static sg_err expand_string(const char *in, sg_buf *out, const char *subject, struct sg_error *err)
{
    for (const char *p = in; *p;) {
        if (p[0] == '$' && p[1] == '$') {
            if (sg_buf_append_byte(out, '$') != SG_OK)
                return sg_error_set(err, SG_ERR_NOMEM, subject, NULL);
            p += 2;
        } else if (p[0] == '$' && p[1] == '{') {
            const char *end = strchr(p + 2, '}');
            if (!end || end == p + 2)
                return sg_error_set(err, SG_ERR_CONFIG, subject, "unterminated ${...} in '%s'", in);
            char name[256];
            size_t n = (size_t)(end - (p + 2));
            if (n >= sizeof name)
                return sg_error_set(err, SG_ERR_CONFIG, subject, "variable name too long");
            memcpy(name, p + 2, n);
            name[n] = '\0';
            const char *value = getenv(name);
            if (!value)
                return sg_error_set(err, SG_ERR_CONFIG, subject,
                                    "environment variable '%s' is not set", name);
            if (sg_buf_append_str(out, value) != SG_OK)
                return sg_error_set(err, SG_ERR_NOMEM, subject, NULL);
            p = end + 1;
        } else {
            if (sg_buf_append_byte(out, (uint8_t)*p++) != SG_OK)
                return sg_error_set(err, SG_ERR_NOMEM, subject, NULL);
        }
    }
    return SG_OK;
}

/* *out = a new string value holding in with ${NAME} expanded. */
static sg_err expanded(const char *in, json_t **out, const char *subject, struct sg_error *err)
{
    sg_buf b;
    sg_buf_init(&b, SG_BUF_DEFAULT_MAX);
    sg_err rc = expand_string(in, &b, subject, err);
    *out = NULL;
    if (rc == SG_OK && !(*out = json_string(b.data ? b.data : "")))
        rc = sg_error_set(err, SG_ERR_ENCODING, subject, "'%s' is not UTF-8 after expansion", in);
    sg_buf_release(&b);
    return rc;
}

sg_err sg_json_expand_env(json_t *value, const char *subject, struct sg_error *err)
{
    if (json_is_object(value)) {
        const char *key;
        json_t *child;
        json_object_foreach(value, key, child) {
            if (json_is_string(child)) {
                json_t *v;
                sg_err rc = expanded(json_string_value(child), &v, subject, err);
                if (rc != SG_OK)
                    return rc;
                if (json_object_set_new(value, key, v) != 0)
                    return sg_error_set(err, SG_ERR_NOMEM, subject, NULL);
            } else {
                sg_err rc = sg_json_expand_env(child, subject, err);
                if (rc != SG_OK)
                    return rc;
            }
        }
    } else if (json_is_array(value)) {
        size_t i;
        json_t *child;
        json_array_foreach(value, i, child) {
            if (json_is_string(child)) {
                json_t *v;
                sg_err rc = expanded(json_string_value(child), &v, subject, err);
                if (rc != SG_OK)
                    return rc;
                if (json_array_set_new(value, i, v) != 0)
                    return sg_error_set(err, SG_ERR_NOMEM, subject, NULL);
            } else {
                sg_err rc = sg_json_expand_env(child, subject, err);
                if (rc != SG_OK)
                    return rc;
            }
        }
    }
    return SG_OK;
}
