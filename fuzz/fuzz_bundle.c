/* fuzz_bundle.c - the OMS bundle reader on arbitrary bytes: the whole
 * sg_bundle_verify path with a real public key (structure, base64, hint,
 * certificate chains, DSSE signature check), and, because a forged input
 * never gets past the signature, the statement/manifest parser fed directly
 * with the bytes and with the payload a bundle carries. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/evp.h>
#include <openssl/pem.h>

#include "integrity/internal.h"
#include "saiguard/encode.h"
#include "saiguard/integrity.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char key_path[64];

static void remove_key(void)
{
    unlink(key_path);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    /* One P-256 public key for the whole run, as a verifier would hold. */
    snprintf(key_path, sizeof key_path, "/tmp/sg-fuzz-bundle-%ld.pub", (long)getpid());
    EVP_PKEY *k = EVP_PKEY_Q_keygen(NULL, NULL, "EC", "P-256");
    FILE *f = fopen(key_path, "w");
    if (!k || !f || !PEM_write_PUBKEY(f, k))
        abort();
    fclose(f);
    EVP_PKEY_free(k);
    atexit(remove_key);
    return 0;
}

static void parse_statement(const char *data, size_t size)
{
    json_t *st = NULL;
    struct sg_manifest *m = NULL;
    if (sg_json_parse(data, size, "fuzz", &st, NULL) != SG_OK)
        return;
    if (sg_manifest_from_statement(st, &m, NULL) == SG_OK) {
        /* Round trip what was accepted: it must serialise again. */
        json_t *again = NULL;
        if (sg_manifest_to_statement(m, &again, NULL) != SG_OK)
            abort();
        json_decref(again);
        sg_manifest_free(m);
    }
    json_decref(st);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    struct sg_verify_options vo = {.key_path = key_path, .ca_path = key_path};
    struct sg_verify_result r = {0};
    struct sg_manifest *m = NULL;
    if (sg_bundle_verify(text, size, &vo, &m, &r, NULL) == SG_OK)
        sg_manifest_free(m); /* only if the fuzzer forged a P-256 signature */
    parse_statement(text, size);

    /* The payload a bundle carries, bypassing the signature. */
    json_t *b = NULL;
    if (sg_json_parse(text, size, "fuzz", &b, NULL) == SG_OK) {
        const char *p = json_string_value(json_object_get(json_object_get(b, "dsseEnvelope"), "payload"));
        sg_buf payload;
        sg_buf_init(&payload, 1 << 20);
        if (p && sg_base64_decode(p, strlen(p), &payload) == SG_OK) {
            parse_statement(payload.data, payload.len);
            sg_buf pae;
            sg_buf_init(&pae, 8 << 20);
            (void)sg__dsse_pae_compat(SG__INTOTO_PAYLOAD_TYPE, (const uint8_t *)payload.data,
                                      payload.len, &pae);
            sg_buf_release(&pae);
        }
        sg_buf_release(&payload);
        json_decref(b);
    }
    return 0;
}
