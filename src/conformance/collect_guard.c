/* collect_guard.c - evidence kind "guardrails" through the guard capability:
 * input guardrails (prompt injection) and output guardrails (secrets,
 * personal data) are configured and on. Inconclusive until the capability is
 * in the build. */
#include "conformance/internal.h"

static const struct sg__check_def defs[] = {
    {"guard.input", "Inputs are screened (prompt injection, malformed input)"},
    {"guard.output", "Outputs are screened (secrets, personal data, unintended control)"},
    {NULL, NULL}};

static sg_err collect(struct sg__assess *a, struct sg_error *err)
{
    (void)err;
    return sg__checks_unavailable(a, "guardrails", "guard", defs);
}

const struct sg__collector sg__collector_guard = {"guard", "guardrails", "guard", collect};
