/* collectors.c - the collector table: one row per evidence kind, run in this
 * order. Structured-record collectors come first; those that call another
 * capability's library say which, and yield inconclusive checks while that
 * capability is not in the build. */
#include "conformance/internal.h"

#define COLLECTORS(X) \
    X(assets) X(inventory) X(signing) X(scan) X(sbom) X(ledger) X(gateway) X(guard) X(threat_model) \
    X(training) X(redteam) X(monitoring) X(decommission) X(disclosure) X(documentation)

#define DECLARE(name) extern const struct sg__collector sg__collector_##name;
COLLECTORS(DECLARE)
#undef DECLARE

#define ROW(name) &sg__collector_##name,
const struct sg__collector *const sg__collectors[] = {COLLECTORS(ROW)};
#undef ROW

const size_t sg__collector_count = sizeof sg__collectors / sizeof sg__collectors[0];
