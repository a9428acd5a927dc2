/* canary.c - per-request canary tokens: a random marker the gateway plants
 * in the system prompt; seeing it in an answer proves the prompt leaked.
 * Matched case-insensitively and also with separators the model may add
 * between its characters is out of scope: the token is random base32, so an
 * exact (case-folded) match has no false positives. */
#include <openssl/rand.h>
#include <string.h>

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
    for (size_t i = 0; i + k <= len;) {
        const char *p = memchr(text + i, canary[0], len - k + 1 - i);
        const char *q = (canary[0] | 0x20) != canary[0] ? NULL : memchr(text + i, canary[0] & ~0x20,
                                                                        len - k + 1 - i);
        if (!p || (q && q < p))
            p = q;
        if (!p)
            break;
        i = (size_t)(p - text);
        if (strncasecmp(p, canary, k) == 0) {
            if (*n < cap)
                out[(*n)++] = (struct sg_guard_entity){SG_ENT_CANARY, i, i + k, SG_GUARD_BLOCK};
            else
                *truncated = true;
            i += k;
        } else {
            i++;
        }
    }
}
