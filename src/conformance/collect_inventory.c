/* collect_inventory.c - evidence kind "inventory" through the inventory
 * capability: discovery of AI assets in the system's tree that the profile
 * does not declare (shadow AI). Until that capability is in the build the
 * check is inconclusive. */
#include "conformance/internal.h"

static const struct sg__check_def defs[] = {
    {"inventory.shadow", "No undeclared (shadow) AI assets in the system"},
    {NULL, NULL}};

static sg_err collect(struct sg__assess *a, struct sg_error *err)
{
    (void)err;
    return sg__checks_unavailable(a, "inventory", "inventory", defs);
}

const struct sg__collector sg__collector_inventory = {"inventory", "inventory", "inventory", collect};
