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

void sg__guard_canary_find(const char *text, size_t len, const char *canary,
                           struct sg_guard_entity *out, size_t cap, size_t *n, bool *truncated)
{
    size_t k = canary ? strlen(canary) : 0;
    if (k == 0 || len < k)
        return;
    /* Next occurrence of the first letter in either case; each pointer is
     * searched again only once passed, so the scan stays linear. */
    char lo = (char)(canary[0] | 0x20), up = (char)(canary[0] & ~0x20);
    const char *end = text + len - k + 1, *pl = NULL, *pu = NULL;
    for (const char *i = text; i < end;) {
        if (!pl || pl < i)
            pl = memchr(i, lo, (size_t)(end - i));
        if (up != lo && (!pu || pu < i))
            pu = memchr(i, up, (size_t)(end - i));
        if (!pl)
            pl = end;
        if (!pu || up == lo)
            pu = end;
        const char *p = pl < pu ? pl : pu;
        if (p >= end)
            break;
        if (strncasecmp(p, canary, k) == 0) {
            if (*n < cap)
                out[(*n)++] = (struct sg_guard_entity){SG_ENT_CANARY, (size_t)(p - text),
                                                       (size_t)(p - text) + k, SG_GUARD_BLOCK};
            else
                *truncated = true;
            i = p + k;
        } else {
            i = p + 1;
        }
    }
}
