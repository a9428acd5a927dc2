/* collect_scan.c - evidence kind "model_scan" through the scan capability:
 * every model and dataset file is scanned for embedded code (pickle opcodes,
 * Keras lambdas, ...) without loading it. Inconclusive until the capability
 * is in the build. */
#include "conformance/internal.h"

static const struct sg__check_def defs[] = {
    {"scan.clean", "Model files carry no embedded code or unsafe constructs"},
    {NULL, NULL}};

static sg_err collect(struct sg__assess *a, struct sg_error *err)
{
    (void)err;
    return sg__checks_unavailable(a, "model_scan", "scan", defs);
}

const struct sg__collector sg__collector_scan = {"scan", "model_scan", "scan", collect};
