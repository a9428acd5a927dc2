/* collect_scan.c - evidence kind "model_scan" through the scan capability:
 * every model and dataset of the profile is scanned statically for embedded
 * code (pickle opcodes that import callables, Keras lambdas, unsafe archive
 * members...) without loading it. A high or critical finding fails; medium
 * ones are listed as evidence. */
#include <stdio.h>
#include <string.h>

#include "conformance/internal.h"
#include "saiguard/path.h"

#include "saiguard/scan.h"

static const struct sg__check_def defs[] = {
    {"scan.clean", "Model and data files carry no embedded code or unsafe constructs"},
    {NULL, NULL}};

#define KIND "model_scan"

static sg_err collect(struct sg__assess *a, struct sg_error *err)
{
    (void)err;
    json_t *c = sg__check(a, "scan.clean", KIND, defs[0].title, SG_VERDICT_PASS,
                          "remove or replace the flagged files (prefer safetensors), then scan again: saiguard scan PATH",
                          "placeholder");
    size_t i, scanned = 0, medium = 0;
    uint64_t files = 0;
    json_t *as;
    json_array_foreach(sg__profile_assets(a->profile), i, as) {
        const char *kind = json_string_value(json_object_get(as, "kind"));
        if (strcmp(kind, "model") != 0 && strcmp(kind, "dataset") != 0)
            continue;
        const char *name = json_string_value(json_object_get(as, "name"));
        char path[PATH_MAX];
        if (sg_profile_path(a->profile, json_string_value(json_object_get(as, "path")), path, sizeof path, NULL) != SG_OK)
            continue;
        struct sg_scan_report rep;
        sg_scan_report_init(&rep);
        struct sg_scan_options opt = {0};
        struct sg_error serr = {0};
        if (sg_scan_path(a->ctx, path, &opt, &rep, &serr) != SG_OK) {
            sg__check_note(c, SG_VERDICT_INCONCLUSIVE, "'%s' could not be scanned: %s", name, serr.reason);
            sg_scan_report_release(&rep);
            continue;
        }
        scanned++;
        files += rep.files;
        for (size_t k = 0; k < rep.count; k++) {
            const struct sg_scan_finding *f = &rep.findings[k];
            char where[PATH_MAX + 300];
            snprintf(where, sizeof where, "%s%s%s", f->file, f->entry ? "!" : "", f->entry ? f->entry : "");
            if (f->severity >= SG_SCAN_HIGH) {
                sg__check_note(c, SG_VERDICT_FAIL, "'%s': %s %s finding %s in %s: %s%s%s%s", name,
                               sg_scan_severity_name(f->severity), f->format, f->rule, sg_path_basename(f->file),
                               f->message, f->callable ? " (" : "", f->callable ? f->callable : "",
                               f->callable ? ")" : "");
                sg__check_item(c, where, NULL, f->rule);
            } else if (f->severity == SG_SCAN_MEDIUM) {
                medium++;
                sg__check_item(c, where, NULL, f->message);
            }
        }
        sg_scan_report_release(&rep);
    }
    if (scanned == 0 && strcmp(json_string_value(json_object_get(c, "status")), "pass") == 0)
        sg__check_note(c, SG_VERDICT_INCONCLUSIVE, "the profile lists no model or dataset to scan");
    else if (strcmp(json_string_value(json_object_get(c, "status")), "pass") == 0)
        sg__check_note(c, SG_VERDICT_PASS, "%zu asset(s), %llu file(s) scanned: no high or critical finding%s", scanned,
                       (unsigned long long)files, medium ? " (medium findings listed as evidence)" : "");
    return SG_OK;
}

const struct sg__collector sg__collector_scan = {"scan", KIND, "scan", collect};
