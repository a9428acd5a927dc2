/* collect_sbom.c - evidence kind "sbom": the AI bill of materials
 * (documents.sbom, CycloneDX JSON) must list every model and dataset of the
 * profile with its current SHA-256, and datasets from public or scraped
 * sources must carry provenance (source, address, collection date).
 * Directory assets are hashed as saiguard does (SHA-256 of their
 * sha256sum-style listing; see saiguard-assess(1)). */
#include <string.h>
#include <strings.h>

#include "conformance/internal.h"

static const struct sg__check_def defs[] = {
    {"sbom.complete", "AI bill of materials lists every model and dataset with its current digest"},
    {"sbom.provenance", "Datasets record their provenance (source, address, collection date)"},
    {NULL, NULL}};

#define KIND "sbom"

static const char *str(const json_t *o, const char *k)
{
    return json_string_value(json_object_get(o, k));
}

static const json_t *find_component(const json_t *bom, const char *name)
{
    size_t i;
    json_t *c;
    json_array_foreach(json_object_get(bom, "components"), i, c) if (str(c, "name") && strcmp(str(c, "name"), name) == 0)
        return c;
    return NULL;
}

static const char *component_sha256(const json_t *c)
{
    size_t i;
    json_t *h;
    json_array_foreach(json_object_get(c, "hashes"), i, h) if (str(h, "alg") && strcmp(str(h, "alg"), "SHA-256") == 0)
        return str(h, "content");
    return NULL;
}

static void provenance(struct sg__assess *a)
{
    json_t *c = sg__check(a, "sbom.provenance", KIND, defs[1].title, SG_VERDICT_PASS,
                          "record provenance for each dataset in the profile (assets[].provenance)",
                          "every dataset records its provenance");
    size_t i, n = 0;
    json_t *as;
    json_array_foreach(sg__profile_assets(a->profile), i, as) {
        if (strcmp(str(as, "kind"), "dataset") != 0)
            continue;
        n++;
        json_t *p = json_object_get(as, "provenance");
        const char *src = str(as, "source") ? str(as, "source") : "internal";
        bool external = strcmp(src, "public") == 0 || strcmp(src, "scraped") == 0 || strcmp(src, "third_party") == 0;
        if (!str(p, "source"))
            sg__check_note(c, SG_VERDICT_FAIL, "dataset '%s' has no provenance source", str(as, "name"));
        else if (external && (!str(p, "url") || !str(p, "collected")))
            sg__check_note(c, SG_VERDICT_FAIL, "%s dataset '%s' must record the source address (url) and collection date",
                           src, str(as, "name"));
        else
            sg__check_item(c, str(as, "path"), NULL, str(p, "source"));
    }
    if (n == 0)
        sg__check_note(c, SG_VERDICT_INCONCLUSIVE, "the profile lists no dataset asset");
}

static sg_err collect(struct sg__assess *a, struct sg_error *err)
{
    (void)err;
    char path[PATH_MAX], digest[72] = "";
    provenance(a);
    json_t *bom = sg__collector_doc(a, "sbom", KIND, defs, path, sizeof path);
    if (!bom) {
        /* the provenance check stands on the profile alone: redo it */
        provenance(a);
        return SG_OK;
    }
    (void)sg__file_digest(path, digest, NULL);
    json_t *c = sg__check(a, "sbom.complete", KIND, defs[0].title, SG_VERDICT_PASS,
                          "regenerate the AI-BOM (saiguard inventory --format cyclonedx) so it matches the assets",
                          "every model and dataset is listed with its current digest");
    sg__check_item(c, path, digest, "AI bill of materials");
    if (!str(bom, "bomFormat") || strcmp(str(bom, "bomFormat"), "CycloneDX") != 0) {
        sg__check_note(c, SG_VERDICT_FAIL, "%s is not a CycloneDX document", path);
        json_decref(bom);
        return SG_OK;
    }
    size_t i, n = 0;
    json_t *as;
    json_array_foreach(a->assets, i, as) {
        const char *kind = str(as, "kind");
        if (strcmp(kind, "model") != 0 && strcmp(kind, "dataset") != 0)
            continue;
        n++;
        const char *name = str(as, "name"), *now = str(as, "digest");
        const json_t *comp = find_component(bom, name);
        const char *hex = comp ? component_sha256(comp) : NULL;
        if (!comp)
            sg__check_note(c, SG_VERDICT_FAIL, "%s '%s' is not in the AI-BOM", kind, name);
        else if (!hex)
            sg__check_note(c, SG_VERDICT_FAIL, "%s '%s' has no SHA-256 in the AI-BOM", kind, name);
        else if (!now || strncmp(now, "sha256:", 7) != 0 || strcasecmp(now + 7, hex) != 0)
            sg__check_note(c, SG_VERDICT_FAIL, "%s '%s' changed since the AI-BOM was made (BOM %.12s…, now %.19s…)", kind,
                           name, hex, now ? now : "unreadable");
    }
    if (n == 0)
        sg__check_note(c, SG_VERDICT_INCONCLUSIVE, "the profile lists no model or dataset asset");
    json_decref(bom);
    return SG_OK;
}

const struct sg__collector sg__collector_sbom = {"sbom", KIND, NULL, collect};
