/* page_end.c - linked into every harness: libFuzzer calls this
 * LLVMFuzzerTestOneInput, which copies the input so that its last byte is
 * the last of a mapped page, then runs the harness's own entry point (each
 * fuzz_*.c is compiled with LLVMFuzzerTestOneInput renamed to
 * sg_fuzz_one_input; see CMakeLists.txt).
 *
 * The parsers hand input to libraries ASan does not instrument (Hyperscan,
 * jansson, libyaml, libzip, http_parser, OpenSSL), so a read past the end
 * of the input inside one of them is invisible in libFuzzer's own heap
 * copy, where the next bytes are a redzone that nobody checks. Flush
 * against a PROT_NONE page such a read faults on the first run. It found
 * Debian's Hyperscan reading past the end of a text (src/guard/hsscan.c),
 * which until then crashed only when the allocator happened to put the
 * input at the end of a page. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "page_end.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Each region: SG_FUZZ_PAGE_END_MAX bytes, then an unmapped page. */
static uint8_t *region_end(int which)
{
    static uint8_t *ends[2];
    if (!ends[which]) {
        size_t page = (size_t)sysconf(_SC_PAGESIZE);
        uint8_t *map = mmap(NULL, SG_FUZZ_PAGE_END_MAX + page, PROT_READ | PROT_WRITE,
                            MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (map == MAP_FAILED || mprotect(map + SG_FUZZ_PAGE_END_MAX, page, PROT_NONE) != 0)
            abort();
        ends[which] = map + SG_FUZZ_PAGE_END_MAX;
    }
    return ends[which];
}

static const uint8_t *copy_to(int which, const void *p, size_t n)
{
    if (n > SG_FUZZ_PAGE_END_MAX)
        return NULL;
    uint8_t *end = region_end(which);
    if (n)
        memcpy(end - n, p, n);
    return end - n;
}

const char *sg_fuzz_at_page_end(const void *p, size_t n) { return (const char *)copy_to(1, p, n); }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t *flush = copy_to(0, data, size);
    /* Larger than any -max_len make check uses: run it where it is. */
    return sg_fuzz_one_input(flush ? flush : data, size);
}
