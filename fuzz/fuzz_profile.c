/* fuzz_profile.c - libFuzzer harness for the system profile: arbitrary
 * bytes as saiguard.yaml (in a scratch directory), loaded and validated, and
 * when valid, assessed (every collector reading whatever the profile points
 * at). Must never crash, leak or hang; errors are fine. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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
    sg_ctx ctx;
    char state[128];
    snprintf(state, sizeof state, "%s/state", dir);
    if (sg_ctx_init(&ctx, state, &err) == SG_OK) {
        json_t *report = NULL;
        struct sg_assess_options opt = {.now = 1795435200};
        if (sg_assess_run(&ctx, &prof, &opt, &report, &err) == SG_OK) {
            sg_buf b;
            sg_buf_init(&b, SG_BUF_DEFAULT_MAX);
            json_t *oscal = NULL;
            if (sg_report_text(report, NULL, &b, &err) != SG_OK || sg_report_html(report, &b, &err) != SG_OK ||
                sg_report_oscal(report, &oscal, &err) != SG_OK)
                abort();
            json_decref(oscal);
            sg_buf_release(&b);
            json_decref(report);
        }
        sg_ctx_release(&ctx);
    }
    sg_profile_release(&prof);
    return 0;
}
