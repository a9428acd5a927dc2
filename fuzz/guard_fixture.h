/* guard_fixture.h - the guard every guard harness scores with, built once
 * before the first input. Included by exactly one file of each harness (each
 * harness is its own program): a cold Hyperscan compile of the rule and
 * entity databases takes seconds under the sanitizers, and libFuzzer's
 * per-input -timeout does not run during LLVMFuzzerInitialize. */
#ifndef SG_FUZZ_GUARD_FIXTURE_H
#define SG_FUZZ_GUARD_FIXTURE_H

#include <stdlib.h>

#include "saiguard/guard.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);

static sg_guard *g;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    if (sg_guard_new(NULL, &g, NULL) != SG_OK)
        abort();
    return 0;
}

#endif
