/* guard_fixture.h - the guard every guard harness scores with, built once
 * before the first input. Included by exactly one file of each harness (each
 * harness is its own program): a cold Hyperscan compile of the rule and
 * entity databases takes seconds under the sanitizers, and libFuzzer's
 * per-input -timeout does not run during LLVMFuzzerInitialize. */
#ifndef SG_FUZZ_GUARD_FIXTURE_H
#define SG_FUZZ_GUARD_FIXTURE_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "saiguard/guard.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);

static sg_guard *g;

/* Hyperscan is not instrumented, so ASan cannot see it read past the end of
 * a text (src/guard/hsscan.c). The harnesses hand the guard their text
 * flush against an unmapped page instead, where such a read faults at once,
 * whatever the allocator's layout. */
#define FUZZ_TEXT_MAX ((size_t)1 << 20)
static char *page_end;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    if (sg_guard_new(NULL, &g, NULL) != SG_OK)
        abort();
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    char *map = mmap(NULL, FUZZ_TEXT_MAX + page, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (map == MAP_FAILED || mprotect(map + FUZZ_TEXT_MAX, page, PROT_NONE) != 0)
        abort();
    page_end = map + FUZZ_TEXT_MAX;
    return 0;
}

/* A copy of p[0, n) whose last byte is the last mapped one (valid until the
 * next call); NULL when n is over FUZZ_TEXT_MAX. */
static inline const char *at_page_end(const uint8_t *p, size_t n)
{
    if (n > FUZZ_TEXT_MAX)
        return NULL;
    if (n)
        memcpy(page_end - n, p, n);
    return page_end - n;
}

#endif
