/* fuzz_guard_entities.c - the entity scan's fast paths against their plain
 * references on arbitrary bytes: the mask-driven digit gate must hand over
 * exactly the regions of the per-run walk, in the same order; the gated
 * scan (masks, then the walk) must report exactly what a full scan of the
 * gated triggers reports; and the vector canary search must find exactly
 * what the memchr search finds. The first byte sets the canary's length,
 * the canary is taken from the start of the rest (NULs made 'a') and the
 * whole rest is the text, so the canary is planted at least once. Inputs
 * of odd size run the SSE2 paths instead of the AVX2 ones. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "guard/guard_int.h"
#include "guard_fixture.h"
#include "saiguard/guard.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void same_entities(const struct sg_guard_entity *a, size_t na, bool ta,
                          const struct sg_guard_entity *b, size_t nb, bool tb)
{
    if (na != nb || ta != tb)
        abort();
    for (size_t i = 0; i < na; i++)
        if (a[i].type != b[i].type || a[i].start != b[i].start || a[i].end != b[i].end ||
            a[i].action != b[i].action)
            abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static struct sg_guard_entity a[SG_GUARD_MAX_ENTITIES], b[SG_GUARD_MAX_ENTITIES];
    static size_t ra[3 * 4096], rb[3 * 4096];
    if (size == 0)
        return 0;
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    /* odd sizes take the SSE2 paths, which a CPU with AVX2 never takes */
    sg__guard_entities_allow_avx2(size % 2 == 0);

    size_t na = sg__guard_entities_gate_regions(text, len, SG__GATE_MASKS, ra, 3 * 4096);
    size_t nb = sg__guard_entities_gate_regions(text, len, SG__GATE_WALK_REF, rb, 3 * 4096);
    if (na != nb || memcmp(ra, rb, (na < 3 * 4096 ? na : 3 * 4096) * sizeof *ra) != 0)
        abort();

    size_t ka = 0, kb = 0;
    bool ta = false, tb = false;
    if (sg_guard_entities(g, text, len, NULL, a, SG_GUARD_MAX_ENTITIES, &ka, &ta, NULL) != SG_OK)
        abort();
    for (int mode = SG__GATE_WALK_REF; mode <= SG__GATE_OFF; mode++) {
        sg__guard_entities_set_gate_mode((enum sg__gate_mode)mode);
        sg_err rc = sg_guard_entities(g, text, len, NULL, b, SG_GUARD_MAX_ENTITIES, &kb, &tb, NULL);
        sg__guard_entities_set_gate_mode(SG__GATE_MASKS);
        if (rc != SG_OK)
            abort();
        same_entities(a, ka, ta, b, kb, tb);
    }

    char canary[40];
    size_t k = (size_t)data[0] % 33 + 1;
    if (k > len)
        k = len;
    for (size_t i = 0; i < k; i++)
        canary[i] = text[i] ? text[i] : 'a';
    canary[k] = '\0';
    ka = kb = 0;
    ta = tb = false;
    sg__guard_canary_find(text, len, canary, a, 64, &ka, &ta);
    sg__guard_canary_find_ref(text, len, canary, b, 64, &kb, &tb);
    same_entities(a, ka, ta, b, kb, tb);
    return 0;
}
