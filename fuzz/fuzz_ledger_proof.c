/* fuzz_ledger_proof.c - libFuzzer harness for the RFC 9162 proof checkers:
 * sizes, indexes, hash lengths and proof hashes all come from the input.
 * Besides not crashing, a proof that verifies must only use 32-byte hashes. */
#include <stdlib.h>
#include <string.h>

#include "saiguard/ledger.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static uint64_t take_u64(const uint8_t **p, size_t *left)
{
    uint64_t v = 0;
    for (int i = 0; i < 8 && *left; i++, (*p)++, (*left)--)
        v = v << 8 | **p;
    return v;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 18)
        return 0;
    const uint8_t *p = data;
    size_t left = size;
    uint8_t mode = *p++;
    left--;
    /* small sizes make real proofs reachable */
    uint64_t a = take_u64(&p, &left), b = take_u64(&p, &left);
    if (mode & 1) {
        a &= 0xff;
        b &= 0xff;
    }
    struct sg_merkle_bytes items[66];
    size_t n = 0;
    while (left && n < 66) {
        size_t len = *p % 40;
        p++, left--;
        if (len > left)
            len = left;
        items[n++] = (struct sg_merkle_bytes){p, len};
        p += len;
        left -= len;
    }
    if (n < 2)
        return 0;
    sg_err rc = (mode & 2) ? sg_merkle_verify_inclusion(a, b, items[0], items + 2, n - 2, items[1], NULL)
                           : sg_merkle_verify_consistency(a, b, items[0], items[1], items + 2, n - 2,
                                                          NULL);
    if (rc == SG_OK && a != b)
        for (size_t i = 0; i < n; i++)
            if (items[i].len != 32)
                abort();
    return 0;
}
