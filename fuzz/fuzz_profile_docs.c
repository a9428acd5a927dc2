/* fuzz_profile_docs.c - libFuzzer harness for the structured records the
 * assessment reads (threat model, training register, security test report,
 * monitoring record, update notices, security.txt, user guide, incident
 * plan, AI-BOM, published digests, a decommissioning certificate): the same
 * input bytes become every one of those documents of a fixed profile, which
 * is then assessed and rendered. Must never crash, leak or hang. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_profile_common.h"
#include "saiguard/conformance.h"

static char dir[64];

static void write_file(const char *name, const void *data, size_t size)
{
    char path[160];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    if (!f)
        abort();
    fwrite(data, 1, size, f);
    fclose(f);
}

static const char PROFILE[] =
    "system: {name: t, version: \"1\"}\n"
    "roles: [developer, system_operator, data_custodian]\n"
    "assets:\n"
    "  - {name: m, kind: model, path: m.bin}\n"
    "  - {name: d, kind: dataset, path: m.bin, source: scraped, provenance: {source: web}}\n"
    "documents:\n"
    "  threat_model: doc.yaml\n  training_records: doc.yaml\n  redteam: doc.yaml\n  monitoring: doc.yaml\n"
    "  update_notices: doc.yaml\n  security_txt: doc.yaml\n  user_guide: doc.yaml\n  incident_plan: doc.yaml\n"
    "  sbom: doc.json\n  published_digests: doc.yaml\n  decommission: .\n"
    "retired:\n  - {name: old, digest: \"sha256:00\", action: retire, date: 2026-01-01, certificate: doc.yaml}\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!dir[0]) {
        snprintf(dir, sizeof dir, "/tmp/fuzz-docs-XXXXXX");
        if (!mkdtemp(dir))
            abort();
        write_file("m.bin", "weights", 7);
        write_file("saiguard.yaml", PROFILE, sizeof PROFILE - 1);
    }
    write_file("doc.yaml", data, size);
    write_file("doc.json", data, size);
    char path[160], state[160];
    snprintf(path, sizeof path, "%s/saiguard.yaml", dir);
    snprintf(state, sizeof state, "%s/state", dir);
    struct sg_profile prof;
    struct sg_error err = {0};
    if (sg_profile_load(&prof, path, &err) != SG_OK)
        abort(); /* the profile itself is fixed and valid */
    assess_and_render(&prof, state);
    sg_profile_release(&prof);
    return 0;
}
