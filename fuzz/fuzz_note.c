/* fuzz_note.c - libFuzzer harness for the C2SP signed-note and checkpoint
 * parsers: the input is tried as a signed note (verified with a fixed
 * Ed25519 key), as checkpoint text, as a vkey and as a signing key. */
#include <stdlib.h>
#include <string.h>

#include "saiguard/ledger.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static struct sg_note_verifier v;
    static int ready;
    if (!ready) {
        if (sg_note_vkey_parse("example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",
                               &v, NULL) != SG_OK)
            abort();
        ready = 1;
    }
    const char *text = (const char *)data;
    size_t tlen = 0;
    struct sg_checkpoint cp;
    if (sg_note_verify(text, size, &v, &tlen, NULL) == SG_OK && (tlen > size || text[tlen - 1] != '\n'))
        abort();
    (void)sg_checkpoint_open(text, size, &v, &cp, NULL);
    if (sg_checkpoint_parse(text, size, &cp, NULL) == SG_OK && cp.origin[0] == '\0')
        abort();
    char *z = malloc(size + 1);
    if (!z)
        return 0;
    memcpy(z, data, size);
    z[size] = '\0';
    struct sg_note_verifier k;
    if (sg_note_vkey_parse(z, &k, NULL) == SG_OK) {
        char again[512];
        sg_note_vkey_format(&k, again, sizeof again);
        struct sg_note_verifier k2;
        if (sg_note_vkey_parse(again, &k2, NULL) != SG_OK || memcmp(&k, &k2, sizeof k) != 0)
            abort();
    }
    sg_note_signer *s = NULL;
    if (sg_note_signer_parse(z, &s, NULL) == SG_OK)
        sg_note_signer_free(s);
    free(z);
    return 0;
}
