/* collect_signing.c - evidence kind "signing": every model and dataset is
 * signed and verifies against the profile's signing keys (integrity
 * capability: OpenSSF Model Signing bundles, every file checked), and the
 * digests handed to others are published (a sha256sum-style list). */
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "conformance/internal.h"
#include "saiguard/buf.h"
#include "saiguard/integrity.h"

static const struct sg__check_def defs[] = {
    {"signing.models", "Every model and dataset is signed and the signature verifies"},
    {"signing.published", "Digests of released model components are published"},
    {NULL, NULL}};

#define KIND "signing"

static bool signed_assets(struct sg__assess *a, json_t *c)
{
    size_t i, n = 0, unsigned_n = 0;
    json_t *as;
    json_array_foreach(sg__profile_assets(a->profile), i, as) {
        const char *kind = json_string_value(json_object_get(as, "kind"));
        if (strcmp(kind, "model") != 0 && strcmp(kind, "dataset") != 0)
            continue;
        n++;
        const char *sig = json_string_value(json_object_get(as, "signature"));
        char path[PATH_MAX];
        struct stat st;
        if (!sig) {
            unsigned_n++;
            sg__check_note(c, SG_VERDICT_FAIL, "%s '%s' is not signed", kind,
                           json_string_value(json_object_get(as, "name")));
        } else if (sg_profile_path(a->profile, sig, path, sizeof path, NULL) != SG_OK || stat(path, &st) != 0) {
            unsigned_n++;
            sg__check_note(c, SG_VERDICT_FAIL, "%s '%s': signature %s is missing", kind,
                           json_string_value(json_object_get(as, "name")), sig);
        }
    }
    if (n == 0)
        sg__check_note(c, SG_VERDICT_INCONCLUSIVE, "the profile lists no model or dataset");
    return unsigned_n == 0 && n > 0;
}

static void published(struct sg__assess *a)
{
    char path[PATH_MAX], digest[72] = "";
    if (!sg__doc_path(a, "published_digests", path, sizeof path)) {
        sg__check(a, "signing.published", KIND, defs[1].title, SG_VERDICT_INCONCLUSIVE,
                  "publish a SHA256SUMS list of the released components and name it under documents.published_digests",
                  "no evidence: the profile names no published digest list (documents.published_digests)");
        return;
    }
    sg_buf text;
    sg_buf_init(&text, (size_t)4 << 20);
    struct sg_error err = {0};
    json_t *c = sg__check(a, "signing.published", KIND, defs[1].title, SG_VERDICT_PASS,
                          "regenerate the published digest list for the released version",
                          "every model's current digest is published");
    if (sg_buf_read_file(&text, path, &err) != SG_OK) {
        sg__check_note(c, SG_VERDICT_INCONCLUSIVE, "%s: %s", path, err.reason);
        sg_buf_release(&text);
        return;
    }
    (void)sg__file_digest(path, digest, NULL);
    sg__check_item(c, path, digest, "published digests");
    size_t i;
    json_t *as;
    json_array_foreach(a->assets, i, as) {
        if (strcmp(json_string_value(json_object_get(as, "kind")), "model") != 0)
            continue;
        const char *name = json_string_value(json_object_get(as, "name"));
        const char *now = json_string_value(json_object_get(as, "digest"));
        char want[200];
        /* sha256sum format: "<hex>  <name>" */
        snprintf(want, sizeof want, "%s  %s", now ? now + 7 : "-", name);
        if (!now || !strstr(text.data, want))
            sg__check_note(c, SG_VERDICT_FAIL, "model '%s' with its current digest is not in the published list", name);
    }
    sg_buf_release(&text);
}

/* Verifies one asset against each trusted key in turn (integrity capability). */
static void verify_asset(struct sg__assess *a, json_t *c, const json_t *as, json_t *keys)
{
    const char *name = json_string_value(json_object_get(as, "name"));
    const char *rel = json_string_value(json_object_get(as, "path"));
    const char *sig = json_string_value(json_object_get(as, "signature"));
    char model[PATH_MAX], bundle[PATH_MAX];
    if (sg_profile_path(a->profile, rel, model, sizeof model, NULL) != SG_OK ||
        sg_profile_path(a->profile, sig, bundle, sizeof bundle, NULL) != SG_OK)
        return;
    char why[700] = "no trusted signing key verifies the signature";
    enum sg_verdict v = SG_VERDICT_FAIL;
    size_t i;
    json_t *k;
    json_array_foreach(keys, i, k) {
        char key[PATH_MAX];
        if (sg_profile_path(a->profile, json_string_value(k), key, sizeof key, NULL) != SG_OK)
            continue;
        struct sg_verify_options opt = {.sig_path = bundle, .key_path = key};
        struct sg_verify_result res = {0};
        struct sg_error err = {0};
        sg_err rc = sg_model_verify(a->ctx, model, &opt, &res, &err);
        if (rc == SG_OK) {
            char detail[400];
            snprintf(detail, sizeof detail, "signature verified (%s, signer %.64s, %zu files)", res.method, res.signer,
                     res.files_checked);
            sg__check_item(c, bundle, NULL, detail);
            sg_verify_result_release(&res);
            return;
        }
        if (rc == SG_ERR_TAMPERED) {
            v = SG_VERDICT_FAIL;
            snprintf(why, sizeof why, "%zu file(s) differ from what was signed%s%s", res.n_changes,
                     res.n_changes ? ", first: " : "", res.n_changes ? res.changes[0].path : "");
            sg_verify_result_release(&res);
            break; /* a good signature over other content: no other key changes that */
        }
        if (rc != SG_ERR_SIGNATURE) {
            snprintf(why, sizeof why, "cannot verify: %s", err.reason);
            v = rc == SG_ERR_KEY ? SG_VERDICT_INCONCLUSIVE : SG_VERDICT_FAIL;
        }
        sg_verify_result_release(&res);
    }
    sg__check_note(c, v, "'%s': %s", name, why);
}

static sg_err collect(struct sg__assess *a, struct sg_error *err)
{
    (void)err;
    json_t *c = sg__check(a, "signing.models", KIND, defs[0].title, SG_VERDICT_PASS,
                          "sign each model and dataset (saiguard sign --key KEY PATH) and list the public key under "
                          "keys.signing",
                          "placeholder");
    json_t *keys = json_object_get(json_object_get(a->profile->doc, "keys"), "signing");
    if (signed_assets(a, c)) {
        if (json_array_size(keys) == 0) {
            sg__check_note(c, SG_VERDICT_INCONCLUSIVE, "the profile lists no signing keys (keys.signing)");
        } else {
            size_t i, n = 0;
            json_t *as;
            json_array_foreach(sg__profile_assets(a->profile), i, as) {
                const char *kind = json_string_value(json_object_get(as, "kind"));
                if (strcmp(kind, "model") != 0 && strcmp(kind, "dataset") != 0)
                    continue;
                verify_asset(a, c, as, keys);
                n++;
            }
            if (strcmp(json_string_value(json_object_get(c, "status")), "pass") == 0)
                sg__check_note(c, SG_VERDICT_PASS, "all %zu model and dataset signatures verify", n);
        }
    }
    published(a);
    return SG_OK;
}

const struct sg__collector sg__collector_signing = {"signing", KIND, "integrity", collect};
