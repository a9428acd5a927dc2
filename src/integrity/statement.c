/* statement.c - the in-toto v1 Statement with the OMS predicate, both ways.
 * Writing follows the reference's field set and order; reading accepts every
 * form the reference has written (v1.0 predicate in any key order, numbers
 * as floats, "sha256-sharded-N" algorithms, the legacy v0.1 Digests
 * predicate) and rejects unsafe or duplicate names. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>

#include "integrity/internal.h"
#include "saiguard/encode.h"
#include "saiguard/path.h"

/* ==== writing ============================================================= */

static json_t *algorithm_json(const struct sg_manifest *m)
{
    /* The reference names shard digests "<hash>-sharded-<size>" (its goldens
     * and its verifier compare this string); whole files use the bare name. */
    if (m->method == SG_SERIALIZE_SHARDS)
        return json_sprintf("%s-sharded-%" PRIu64, sg_hash_algo_name(m->algo), m->shard_size);
    return json_string(sg_hash_algo_name(m->algo));
}

sg_err sg_manifest_to_statement(const struct sg_manifest *m, json_t **out, struct sg_error *err)
{
    *out = NULL;
    char root_hex[65], hex[2 * SG_DIGEST_MAX + 1];
    sg_hex_encode(m->root, 32, root_hex);
    json_t *st = json_object(), *subject = json_array(), *subj = json_object(),
           *pred = json_object(), *ser = json_object(), *res = json_array();
    sg_err rc = SG_ERR_NOMEM;
    if (!st || !subject || !subj || !pred || !ser || !res)
        goto out;
    if (sg_json_set(subj, "name", json_string(m->model_name)) ||
        sg_json_set(subj, "digest", json_pack("{s:s}", "sha256", root_hex)) ||
        sg_json_push(subject, json_incref(subj)))
        goto out;
    if (sg_json_set(ser, "method", json_string(m->method == SG_SERIALIZE_SHARDS ? "shards" : "files")) ||
        sg_json_set(ser, "hash_type", json_string(sg_hash_algo_name(m->algo))) ||
        sg_json_set(ser, "allow_symlinks", json_boolean(m->allow_symlinks)))
        goto out;
    if (m->method == SG_SERIALIZE_SHARDS &&
        sg_json_set(ser, "shard_size", json_integer((json_int_t)m->shard_size)))
        goto out;
    if (m->n_ignore) {
        json_t *ign = json_array();
        for (size_t i = 0; ign && i < m->n_ignore; i++)
            if (sg_json_push(ign, json_string(m->ignore_paths[i]))) {
                json_decref(ign);
                goto out;
            }
        if (sg_json_set(ser, "ignore_paths", ign))
            goto out;
    }
    for (size_t i = 0; i < m->count; i++) {
        const struct sg_manifest_entry *e = &m->entries[i];
        sg_hex_encode(e->digest, e->digest_len, hex);
        json_t *r = json_object();
        if (!r || sg_json_set(r, "algorithm", algorithm_json(m)) ||
            sg_json_set(r, "digest", json_string(hex)) || sg_json_set(r, "name", json_string(e->name)) ||
            sg_json_push(res, json_incref(r))) {
            json_decref(r);
            goto out;
        }
        json_decref(r);
    }
    if (sg_json_set(pred, "serialization", json_incref(ser)) ||
        sg_json_set(pred, "resources", json_incref(res)) ||
        sg_json_set(st, "_type", json_string(SG__STATEMENT_TYPE)) ||
        sg_json_set(st, "subject", json_incref(subject)) ||
        sg_json_set(st, "predicateType", json_string(SG__PREDICATE_V1)) ||
        sg_json_set(st, "predicate", json_incref(pred)))
        goto out;
    *out = json_incref(st);
    rc = SG_OK;
out:
    json_decref(st);
    json_decref(subject);
    json_decref(subj);
    json_decref(pred);
    json_decref(ser);
    json_decref(res);
    return rc == SG_OK ? SG_OK : sg_error_set(err, rc, NULL, "cannot build the statement");
}

/* ==== reading ============================================================= */

/* An integer that protobuf's Struct may have written as a float ("8.0"). */
static sg_err get_uint(const json_t *obj, const char *key, uint64_t *out, struct sg_error *err)
{
    const json_t *v = json_object_get(obj, key);
    if (json_is_integer(v) && json_integer_value(v) > 0) {
        *out = (uint64_t)json_integer_value(v);
        return SG_OK;
    }
    if (json_is_real(v)) {
        double d = json_real_value(v);
        if (d >= 1 && d <= 9.007199254740992e15 && d == (double)(uint64_t)d) {
            *out = (uint64_t)d;
            return SG_OK;
        }
    }
    return sg_error_set(err, SG_ERR_PARSE, key, "must be a positive integer");
}

static bool parse_u64(const char *s, size_t len, uint64_t *out)
{
    if (len == 0 || len > 19 || (len > 1 && s[0] == '0'))
        return false;
    uint64_t v = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (uint64_t)(s[i] - '0');
    }
    *out = v;
    return true;
}

/* Splits "path:start:end" at the LAST two colons: paths may contain ':'. */
static sg_err parse_shard_name(struct sg_manifest_entry *e, uint64_t shard_size,
                               struct sg_error *err)
{
    char *c2 = strrchr(e->name, ':');
    char *c1 = NULL;
    if (c2)
        for (char *p = c2 - 1; p >= e->name; p--)
            if (*p == ':') {
                c1 = p;
                break;
            }
    uint64_t start, end;
    if (!c1 || !parse_u64(c1 + 1, (size_t)(c2 - c1 - 1), &start) ||
        !parse_u64(c2 + 1, strlen(c2 + 1), &end) || start >= end || start % shard_size != 0 ||
        end - start > shard_size)
        return sg_error_set(err, SG_ERR_PARSE, e->name,
                            "shard name must be 'path:start:end' within the shard size");
    e->start = start;
    e->end = end;
    if (!(e->path = strndup(e->name, (size_t)(c1 - e->name))))
        return sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
    return SG_OK;
}

static sg_err parse_algorithm(struct sg_manifest *m, const char *alg, const char *name,
                              struct sg_error *err)
{
    const char *base = sg_hash_algo_name(m->algo);
    size_t bl = strlen(base);
    if (strcmp(alg, base) == 0)
        return SG_OK;
    if (m->method == SG_SERIALIZE_SHARDS && strncmp(alg, base, bl) == 0 &&
        strncmp(alg + bl, "-sharded-", 9) == 0) {
        uint64_t n;
        if (parse_u64(alg + bl + 9, strlen(alg + bl + 9), &n) && n == m->shard_size)
            return SG_OK;
    }
    return sg_error_set(err, SG_ERR_PARSE, name, "algorithm '%s' does not match hash_type '%s'",
                        alg, base);
}

static int by_name(const void *a, const void *b)
{
    const struct sg_manifest_entry *const *x = a, *const *y = b;
    int c = strcmp((*x)->path, (*y)->path);
    if (c)
        return c;
    return (*x)->start < (*y)->start ? -1 : (*x)->start > (*y)->start;
}

/* Every name must be safe to join to the model root, and appear once; shard
 * ranges of one file must not overlap. */
static sg_err check_names(struct sg_manifest *m, struct sg_error *err)
{
    bool has_dot = false;
    for (size_t i = 0; i < m->count; i++) {
        const char *p = m->entries[i].path;
        if (strcmp(p, ".") == 0)
            has_dot = true;
        else if (!sg_path_is_safe_relative(p))
            return sg_error_set(err, SG_ERR_UNSAFE_PATH, m->entries[i].name,
                                "manifest entry is not a safe relative path (absolute, '..', "
                                "'.', empty component or backslash)");
    }
    if (m->count < 2)
        return SG_OK;
    struct sg_manifest_entry **sorted = malloc(m->count * sizeof *sorted);
    if (!sorted)
        return sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
    for (size_t i = 0; i < m->count; i++)
        sorted[i] = &m->entries[i];
    qsort(sorted, m->count, sizeof *sorted, by_name);
    sg_err rc = SG_OK;
    for (size_t i = 1; i < m->count && rc == SG_OK; i++) {
        const struct sg_manifest_entry *a = sorted[i - 1], *b = sorted[i];
        if (strcmp(a->path, b->path) == 0 && (m->method == SG_SERIALIZE_FILES || b->start < a->end))
            rc = sg_error_set(err, SG_ERR_PARSE, b->name, "duplicate manifest entry");
    }
    if (rc == SG_OK && has_dot && strcmp(sorted[0]->path, sorted[m->count - 1]->path) != 0)
        rc = sg_error_set(err, SG_ERR_UNSAFE_PATH, ".",
                          "'.' names a single-file model and cannot sit beside other entries");
    free(sorted);
    return rc;
}

static sg_err add_entry(struct sg_manifest *m, const char *name, const char *hex, size_t dlen,
                        struct sg_error *err)
{
    struct sg_manifest_entry *e = &m->entries[m->count];
    memset(e, 0, sizeof *e);
    if (!(e->name = strdup(name)))
        return sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
    m->count++;
    if (strlen(hex) != 2 * dlen || sg_hex_decode(hex, e->digest, dlen) != SG_OK)
        return sg_error_set(err, SG_ERR_PARSE, name, "digest must be %zu hex digits", 2 * dlen);
    e->digest_len = dlen;
    if (m->method == SG_SERIALIZE_SHARDS)
        return parse_shard_name(e, m->shard_size, err);
    if (!(e->path = strdup(name)))
        return sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
    return SG_OK;
}

static sg_err read_serialization(struct sg_manifest *m, const json_t *ser, struct sg_error *err)
{
    const char *method, *hash_type;
    sg_err rc;
    if ((rc = sg_json_get_string(ser, "method", &method, "serialization", err)) ||
        (rc = sg_json_get_string(ser, "hash_type", &hash_type, "serialization", err)) ||
        (rc = sg_json_opt_bool(ser, "allow_symlinks", &m->allow_symlinks, "serialization", err)))
        return rc;
    if (strcmp(hash_type, "sha256") == 0)
        m->algo = SG_HASH_SHA256;
    else if (strcmp(hash_type, "blake2b") == 0)
        m->algo = SG_HASH_BLAKE2B;
    else
        return sg_error_set(err, SG_ERR_UNSUPPORTED, hash_type,
                            "hash type not supported (saiguard has sha256 and blake2b)");
    if (strcmp(method, "files") == 0)
        m->method = SG_SERIALIZE_FILES;
    else if (strcmp(method, "shards") == 0) {
        m->method = SG_SERIALIZE_SHARDS;
        if ((rc = get_uint(ser, "shard_size", &m->shard_size, err)))
            return rc;
    } else
        return sg_error_set(err, SG_ERR_UNSUPPORTED, method, "serialization method not supported");
    const json_t *ign = json_object_get(ser, "ignore_paths");
    if (ign && !json_is_null(ign)) {
        if (!json_is_array(ign))
            return sg_error_set(err, SG_ERR_PARSE, "ignore_paths", "must be an array of strings");
        if (!(m->ignore_paths = calloc(json_array_size(ign) + 1, sizeof *m->ignore_paths)))
            return sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
        size_t i;
        const json_t *v;
        json_array_foreach(ign, i, v) {
            if (!json_is_string(v) || !json_string_length(v))
                return sg_error_set(err, SG_ERR_PARSE, "ignore_paths", "must be non-empty strings");
            if (!(m->ignore_paths[m->n_ignore] = strdup(json_string_value(v))))
                return sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
            m->n_ignore++;
        }
    }
    return SG_OK;
}

static sg_err read_v1(struct sg_manifest *m, const json_t *st, struct sg_error *err)
{
    json_t *subject, *pred, *ser, *res;
    const char *root_hex;
    sg_err rc;
    if ((rc = sg_json_get_array(st, "subject", &subject, "statement", err)))
        return rc;
    if (json_array_size(subject) != 1)
        return sg_error_set(err, SG_ERR_PARSE, "subject", "must hold exactly one subject");
    const json_t *s0 = json_array_get(subject, 0), *digest;
    const char *name;
    if (!json_is_object(s0) || (rc = sg_json_get_string(s0, "name", &name, "subject", err)))
        return rc ? rc : sg_error_set(err, SG_ERR_PARSE, "subject", "must be an object");
    digest = json_object_get(s0, "digest");
    if ((rc = sg_json_get_string(digest, "sha256", &root_hex, "subject.digest", err)))
        return rc;
    uint8_t signed_root[32];
    if (strlen(root_hex) != 64 || sg_hex_decode(root_hex, signed_root, 32) != SG_OK)
        return sg_error_set(err, SG_ERR_PARSE, "subject.digest.sha256", "must be 64 hex digits");
    if (!(m->model_name = strdup(name)))
        return sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
    if ((rc = sg_json_get_object(st, "predicate", &pred, "statement", err)) ||
        (rc = sg_json_get_object(pred, "serialization", &ser, "predicate", err)) ||
        (rc = sg_json_get_array(pred, "resources", &res, "predicate", err)) ||
        (rc = read_serialization(m, ser, err)))
        return rc;
    if (!(m->entries = calloc(json_array_size(res) + 1, sizeof *m->entries)))
        return sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
    size_t i, dlen = sg__integrity_digest_len(m->algo);
    const json_t *r;
    json_array_foreach(res, i, r) {
        const char *rname, *alg, *hex;
        if (!json_is_object(r))
            return sg_error_set(err, SG_ERR_PARSE, "resources", "entries must be objects");
        if ((rc = sg_json_get_string(r, "name", &rname, "resource", err)) ||
            (rc = sg_json_get_string(r, "algorithm", &alg, rname, err)) ||
            (rc = sg_json_get_string(r, "digest", &hex, rname, err)) ||
            (rc = parse_algorithm(m, alg, rname, err)) || (rc = add_entry(m, rname, hex, dlen, err)))
            return rc;
    }
    if ((rc = check_names(m, err)) || (rc = sg_manifest_compute_root(m, err)))
        return rc;
    /* The root covers the resources in the order written: recompute it and
     * require the signed subject to match (the reference's "Manifest is
     * inconsistent"). Order itself is not checked: any order is valid. */
    if (CRYPTO_memcmp(m->root, signed_root, 32) != 0)
        return sg_error_set(err, SG_ERR_TAMPERED, "subject",
                            "manifest is inconsistent: the resources do not hash to the signed root digest");
    return SG_OK;
}

/* v0.2.0 wrote one subject per file and no predicate content. */
static sg_err read_v01(struct sg_manifest *m, const json_t *st, struct sg_error *err)
{
    json_t *subject;
    sg_err rc;
    if ((rc = sg_json_get_array(st, "subject", &subject, "statement", err)))
        return rc;
    m->legacy = true;
    m->method = SG_SERIALIZE_FILES;
    m->algo = SG_HASH_SHA256;
    if (!(m->model_name = strdup("model")) ||
        !(m->entries = calloc(json_array_size(subject) + 1, sizeof *m->entries)))
        return sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
    size_t i;
    const json_t *s;
    json_array_foreach(subject, i, s) {
        const char *name, *hex;
        if (!json_is_object(s))
            return sg_error_set(err, SG_ERR_PARSE, "subject", "entries must be objects");
        if ((rc = sg_json_get_string(s, "name", &name, "subject", err)) ||
            (rc = sg_json_get_string(json_object_get(s, "digest"), "sha256", &hex, name, err)) ||
            (rc = add_entry(m, name, hex, 32, err)))
            return rc;
    }
    if ((rc = check_names(m, err)))
        return rc;
    return sg_manifest_compute_root(m, err);
}

sg_err sg_manifest_from_statement(const json_t *st, struct sg_manifest **out, struct sg_error *err)
{
    *out = NULL;
    const char *type, *ptype;
    sg_err rc;
    if (!json_is_object(st))
        return sg_error_set(err, SG_ERR_PARSE, "statement", "must be a JSON object");
    if ((rc = sg_json_get_string(st, "_type", &type, "statement", err)) ||
        (rc = sg_json_get_string(st, "predicateType", &ptype, "statement", err)))
        return rc;
    if (strcmp(type, SG__STATEMENT_TYPE) != 0)
        return sg_error_set(err, SG_ERR_FORMAT, type, "not an in-toto v1 statement");
    struct sg_manifest *m = calloc(1, sizeof *m);
    if (!m)
        return sg_error_set(err, SG_ERR_NOMEM, NULL, NULL);
    if (strcmp(ptype, SG__PREDICATE_V1) == 0)
        rc = read_v1(m, st, err);
    else if (strcmp(ptype, SG__PREDICATE_V01) == 0)
        rc = read_v01(m, st, err);
    else
        rc = sg_error_set(err, SG_ERR_FORMAT, ptype, "not an OpenSSF model signing predicate");
    if (rc != SG_OK)
        sg_manifest_free(m);
    else
        *out = m;
    return rc;
}
