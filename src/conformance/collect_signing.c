/* collect_signing.c - evidence kind "signing": every model and dataset is
 * signed and verifies against the profile's signing keys (integrity
 * capability), and the digests handed to others are published (a
 * sha256sum-style list, checked here without any capability). A model with no
 * signature at all fails whether or not the verifier is built. */
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "conformance/internal.h"
#include "saiguard/buf.h"

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

static sg_err collect(struct sg__assess *a, struct sg_error *err)
{
    (void)err;
    json_t *c = sg__check(a, "signing.models", KIND, defs[0].title, SG_VERDICT_PASS,
                          "sign each model and dataset: saiguard sign --key KEY PATH", "placeholder");
    json_t *keys = json_object_get(json_object_get(a->profile->doc, "keys"), "signing");
    if (signed_assets(a, c)) {
        if (json_array_size(keys) == 0)
            sg__check_note(c, SG_VERDICT_INCONCLUSIVE, "the profile lists no signing keys (keys.signing)");
        else
            sg__check_note(c, SG_VERDICT_INCONCLUSIVE,
                           "capability not available: this build of saiguard has no integrity library, so the "
                           "signatures cannot be verified");
        json_object_set_new(c, "next_step",
                            json_string("build saiguard with the integrity capability, then assess again"));
    }
    published(a);
    return SG_OK;
}

const struct sg__collector sg__collector_signing = {"signing", KIND, "integrity", collect};
