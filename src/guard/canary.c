/* canary.c - per-request canary tokens: a random marker the gateway plants
 * in the system prompt; seeing it in an answer proves the prompt leaked.
 * Matched case-insensitively; the token is random base32, so an exact
 * (case-folded) match has no false positives. A model that respells the
 * token (spaces between characters) is not caught: see guard.h. */
#include <openssl/rand.h>
#include <string.h>
#include <strings.h>

#include "guard_int.h"

sg_err sg_guard_canary_new(char out[SG_GUARD_CANARY_LEN + 1], struct sg_error *err)
{
    static const char b32[] = "abcdefghijklmnopqrstuvwxyz234567";
    unsigned char r[SG_GUARD_CANARY_LEN - 4];
    if (RAND_bytes(r, (int)sizeof r) != 1)
        return sg_error_set(err, SG_ERR_CRYPTO, "guard canary", "random generator failed");
    memcpy(out, "sgc-", 4);
    for (size_t i = 0; i < sizeof r; i++)
        out[4 + i] = b32[r[i] & 31];
    out[SG_GUARD_CANARY_LEN] = '\0';
    return SG_OK;
}

/* The byte of the canary to look for with memchr: the first one that is not
 * a letter (case-blind, and rare in prose: our canaries have '-' at 3), else
 * the first. Searching for a common letter such as 's' would stop every few
 * bytes of English and cost more than all the other detectors together. */
static size_t anchor_index(const char *canary, size_t k)
{
    for (size_t i = 0; i < k; i++) {
        unsigned char c = (unsigned char)canary[i];
        if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
            return i;
    }
    return 0;
}

void sg__guard_canary_find(const char *text, size_t len, const char *canary,
                           struct sg_guard_entity *out, size_t cap, size_t *n, bool *truncated)
{
    size_t k = canary ? strlen(canary) : 0;
    if (k == 0 || len < k)
        return;
    size_t a = anchor_index(canary, k);
    char ch = canary[a];
    bool letter = ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z');
    /* Candidate starts run from 0 to len - k; the anchor sits a bytes in. */
    const char *lo = text + a, *end = text + (len - k) + a + 1;
    const char *pl = NULL, *pu = NULL;
    char cl = letter ? (char)(ch | 0x20) : ch, cu = letter ? (char)(ch & ~0x20) : ch;
    for (const char *i = lo; i < end;) {
        /* Next anchor in either case; each pointer is searched again only
         * once passed, so the scan stays linear. */
        if (!pl || pl < i)
            pl = memchr(i, cl, (size_t)(end - i));
        if (!pl)
            pl = end;
        if (cu != cl && (!pu || pu < i))
            pu = memchr(i, cu, (size_t)(end - i));
        if (!pu || cu == cl)
            pu = end;
        const char *p = pl < pu ? pl : pu;
        if (p >= end)
            break;
        const char *start = p - a;
        if ((start[0] | 0x20) == (canary[0] | 0x20) && strncasecmp(start, canary, k) == 0) {
            if (*n < cap)
                out[(*n)++] = (struct sg_guard_entity){SG_ENT_CANARY, (size_t)(start - text),
                                                       (size_t)(start - text) + k, SG_GUARD_BLOCK};
            else
                *truncated = true;
            i = start + k + a;
        } else {
            i = p + 1;
        }
    }
}
