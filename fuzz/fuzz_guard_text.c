/* fuzz_guard_text.c - the whole detector chain on arbitrary bytes: the first
 * byte picks the role, the rest is the text (invalid UTF-8, NULs, matcher-
 * hostile repeats). Every verdict must be defined and every span in range;
 * redaction must succeed; the digit gate (entities.c) must find exactly
 * what a full scan of the digit triggers finds; and the fast window scoring
 * pass (model.c) must give the reference's margin bit for bit and the
 * mask-driven segmenter the byte loop's cuts, on the raw bytes and on their
 * normal form; and normalisation's ASCII fast path must give the bytes of
 * its plain reference. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "guard/guard_int.h"
#include "guard_fixture.h"
#include "saiguard/guard.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static struct sg_guard_result r;
    static struct sg_guard_entity gated[SG_GUARD_MAX_ENTITIES], full[SG_GUARD_MAX_ENTITIES];
    if (size == 0)
        return 0;
    enum sg_guard_role role = (enum sg_guard_role)(data[0] % SG_GUARD_ROLE_COUNT);
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    if (sg_guard_check(g, role, text, len, &r, NULL) != SG_OK)
        abort();
    if (!(r.injection_score >= 0 && r.injection_score <= 1))
        abort();
    size_t prev = 0;
    for (size_t i = 0; i < r.n_entities; i++) {
        if (r.entities[i].start >= r.entities[i].end || r.entities[i].end > len ||
            r.entities[i].start < prev)
            abort();
        prev = r.entities[i].end;
    }
    sg_buf out;
    sg_buf_init(&out, 4 * len + 4096);
    if (sg_guard_redact(text, len, r.entities, r.n_entities, &out) != SG_OK)
        abort();
    sg_buf_release(&out);

    size_t ng = 0, nf = 0;
    bool tg = false, tf = false;
    if (sg_guard_entities(g, text, len, NULL, gated, SG_GUARD_MAX_ENTITIES, &ng, &tg, NULL) !=
        SG_OK)
        abort();
    sg__guard_entities_set_gate(false);
    sg_err rc = sg_guard_entities(g, text, len, NULL, full, SG_GUARD_MAX_ENTITIES, &nf, &tf, NULL);
    sg__guard_entities_set_gate(true);
    if (rc != SG_OK || ng != nf || tg != tf)
        abort();
    for (size_t i = 0; i < ng; i++)
        if (gated[i].type != full[i].type || gated[i].start != full[i].start ||
            gated[i].end != full[i].end)
            abort();

    hs_scratch_t *scratch = NULL;
    sg_buf norm;
    sg_buf_init(&norm, 4 * len + 64);
    if (sg__guard_scratch_get(g, &scratch, NULL) != SG_OK ||
        sg__guard_normalize(text, len, &norm) != SG_OK)
        abort();
    for (int pass = 0; pass < 2; pass++) {
        const char *t = pass ? (norm.data ? norm.data : "") : text;
        size_t n = pass ? norm.len : len;
        uint64_t h_fast = 0, h_ref = 0;
        size_t ends_fast[SG__MAX_SEGMENTS], ends_ref[SG__MAX_SEGMENTS];
        size_t w = n < SG_GUARD_WINDOW ? n : SG_GUARD_WINDOW;
        size_t sf = sg__guard_segments(t, w, ends_fast), sr = sg__guard_segments_ref(t, w, ends_ref);
        if (sf != sr || memcmp(ends_fast, ends_ref, sf * sizeof *ends_fast) != 0)
            abort();
        double fast = sg__guard_window_margin(&g->model, g->rules_db, scratch, t, n, &h_fast);
        double ref = sg__guard_window_margin_ref(&g->model, g->rules_db, scratch, t, n, &h_ref);
        if (memcmp(&fast, &ref, sizeof fast) != 0 || h_fast != h_ref)
            abort();
    }
    sg__guard_scratch_put(g, scratch);

    sg_buf ref;
    sg_buf_init(&ref, 4 * len + 64);
    struct sg__norm_info fi, ri;
    bool non_ascii = false;
    sg_buf_reset(&norm);
    if (sg__guard_normalize_info(text, len, &norm, &fi) != SG_OK ||
        sg__guard_normalize_ascii_ref(text, len, &ref, &ri, &non_ascii) != SG_OK)
        abort();
    if (!non_ascii && (norm.len != ref.len || memcmp(norm.data ? norm.data : "",
                                                     ref.data ? ref.data : "", norm.len) != 0 ||
                       fi.has_b64_run != ri.has_b64_run || fi.has_leet != ri.has_leet))
        abort();
    sg_buf_release(&ref);
    sg_buf_release(&norm);
    return 0;
}
