/* fuzz_profile.c - libFuzzer harness for the system profile: arbitrary
 * bytes as saiguard.yaml (in a scratch directory), loaded and validated, and
 * when valid, assessed (every collector reading whatever the profile points
 * at). Must never crash, leak or hang; errors are fine. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz_profile_common.h"
#include "saiguard/conformance.h"

static char dir[64];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!dir[0]) {
        snprintf(dir, sizeof dir, "/tmp/fuzz-profile-XXXXXX");
        if (!mkdtemp(dir))
            abort();
        /* something for profiles to point at */
        char p[128];
        snprintf(p, sizeof p, "%s/m.bin", dir);
        FILE *f = fopen(p, "w");
        if (f) {
            fputs("weights", f);
            fclose(f);
        }
    }
    char path[128];
    snprintf(path, sizeof path, "%s/saiguard.yaml", dir);
    FILE *f = fopen(path, "w");
    if (!f)
        return 0;
    fwrite(data, 1, size, f);
    fclose(f);
    struct sg_profile prof;
    struct sg_error err = {0};
    if (sg_profile_load(&prof, path, &err) != SG_OK)
        return 0;
    char state[128];
    snprintf(state, sizeof state, "%s/state", dir);
    assess_and_render(&prof, state);
    sg_profile_release(&prof);
    return 0;
}
