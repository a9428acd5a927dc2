/* hsscan.c - hs_scan, kept off the end of mapped memory.
 *
 * Debian's Hyperscan 5.4.0 reads up to a few bytes past the end of the
 * buffer it scans when it runs its AVX512-VBMI code: the fat Teddy literal
 * matcher loads 32 bytes where as few as 29 are left (fixed in Vectorscan,
 * VectorCamp/vectorscan#322 and #333, never in the Intel release Debian
 * ships). Harmless inside a page; a text whose last byte is the last of a
 * mapped page makes the scan fault. fuzz_guard_stream found it with a
 * 63-byte answer, and tests/guard/test_page_end.c puts texts flush against
 * a PROT_NONE page to keep it found.
 *
 * So a buffer whose end lies within SG__HS_OVERREAD bytes of a page boundary
 * is copied, with zeroed slack after it, and the copy is scanned. Offsets
 * are relative to the buffer, so callbacks see the same matches. The bound
 * is one 64-byte vector, more than any of Hyperscan's loads can overrun.
 * 4 KiB is the smallest page size of the platforms Hyperscan runs on; a
 * larger page only makes the in-place case more common than assumed here.
 * About 1.6 % of arbitrary buffers (64 of 4,096 end positions) take the
 * copy; a short one on the stack. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "guard_int.h"

#define MIN_PAGE 4096u

static bool end_near_page_boundary(const char *data, size_t len)
{
    uintptr_t last = (uintptr_t)data + len - 1;
    return last / MIN_PAGE != (last + SG__HS_OVERREAD) / MIN_PAGE;
}

hs_error_t sg__guard_hs_scan(const hs_database_t *db, const char *data, size_t len,
                             hs_scratch_t *scratch, match_event_handler on_match, void *ctx)
{
    if (len > UINT32_MAX)
        return HS_INVALID;
    if (len == 0 || !end_near_page_boundary(data, len))
        return hs_scan(db, data, (unsigned)len, 0, scratch, on_match, ctx);
    if (len <= SG__HS_STACK_COPY) {
        char copy[SG__HS_STACK_COPY + SG__HS_OVERREAD];
        memcpy(copy, data, len);
        memset(copy + len, 0, SG__HS_OVERREAD);
        return hs_scan(db, copy, (unsigned)len, 0, scratch, on_match, ctx);
    }
    char *copy = malloc(len + SG__HS_OVERREAD);
    if (!copy)
        return HS_NOMEM;
    memcpy(copy, data, len);
    memset(copy + len, 0, SG__HS_OVERREAD);
    hs_error_t rc = hs_scan(db, copy, (unsigned)len, 0, scratch, on_match, ctx);
    free(copy);
    return rc;
}
