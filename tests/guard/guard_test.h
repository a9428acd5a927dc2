/* guard_test.h - what the guard area's unit tests share: one guard with the
 * default configuration per test process, built on first use (building one
 * compiles the matchers and loads the model, too slow to repeat per case).
 * NULL, with the reason on stderr, if it cannot be built. */
#ifndef SAIGUARD_TESTS_GUARD_TEST_H
#define SAIGUARD_TESTS_GUARD_TEST_H

#include <stdio.h>

#include "saiguard/guard.h"

static inline sg_guard *test_guard(void)
{
    static sg_guard *g;
    struct sg_error err = {0};
    if (!g && sg_guard_new(NULL, &g, &err) != SG_OK)
        fprintf(stderr, "guard: %s\n", err.reason);
    return g;
}

#endif
