/* report_html.c - placeholder */
#include "conformance/internal.h"
sg_err sg_report_html(const json_t *report, sg_buf *out, struct sg_error *err)
{
    (void)report; (void)out;
    return sg_error_set(err, SG_ERR_UNSUPPORTED, "html", "not yet");
}
