/* fuzz_profile_common.h - shared by the profile fuzzers: assess a loaded
 * profile and render every report; any failure to render a report that was
 * produced is a bug (abort). */
#ifndef FUZZ_PROFILE_COMMON_H
#define FUZZ_PROFILE_COMMON_H

#include <stdlib.h>

#include "saiguard/conformance.h"

static void assess_and_render(const struct sg_profile *prof, const char *state)
{
    struct sg_error err = {0};
    sg_ctx ctx;
    if (sg_ctx_init(&ctx, state, &err) != SG_OK)
        return;
    json_t *report = NULL;
    struct sg_assess_options opt = {.now = 1795435200};
    if (sg_assess_run(&ctx, prof, &opt, &report, &err) == SG_OK) {
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

#endif
