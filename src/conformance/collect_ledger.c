/* collect_ledger.c - evidence kind "audit_log" through the ledger
 * capability: the tamper-evident ledger verifies, and it records the current
 * version of every model, dataset and prompt. Inconclusive until the
 * capability is in the build. */
#include "conformance/internal.h"

static const struct sg__check_def defs[] = {
    {"ledger.intact", "The audit ledger verifies (no tampering) and records system activity"},
    {"ledger.changes", "Changes to models, datasets and prompts are recorded in the ledger"},
    {NULL, NULL}};

static sg_err collect(struct sg__assess *a, struct sg_error *err)
{
    (void)err;
    return sg__checks_unavailable(a, "audit_log", "ledger", defs);
}

const struct sg__collector sg__collector_ledger = {"ledger", "audit_log", "ledger", collect};
