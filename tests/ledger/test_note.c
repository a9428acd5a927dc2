/* test_note.c - C2SP signed-note vectors (valid, tampered text, unknown key,
 * corrupted signature), vkey/skey parsing, sign/verify round trips, and
 * checkpoint parsing including malformed bodies and foreign keys. */
#include "harness.h"

#include <stdlib.h>

#include "saiguard/ledger.h"

static void test_c2sp_signed_note_vectors(void)
{
    json_t *v = NULL;
    struct sg_error err = {0};
    CHECK_OK(sg_json_load_file(sg_test_shared("testvectors/c2sp-note-checkpoint-tiles-vectors.json"),
                               1 << 20, &v, &err),
             &err);
    json_t *ed = json_object_get(v, "signed_note_ed25519");
    struct sg_note_verifier ver;
    CHECK_OK(sg_note_vkey_parse(json_string_value(json_object_get(ed, "vkey")), &ver, &err), &err);
    CHECK_STR(ver.name, "example.com/foo");
    CHECK_EQ_INT(ver.key_id, 0x530d903a);
    char again[512];
    sg_note_vkey_format(&ver, again, sizeof again);
    CHECK_STR(again, json_string_value(json_object_get(ed, "vkey")));
    json_t *cases = json_object_get(ed, "cases");
    size_t i;
    json_t *c;
    int valid = 0, invalid = 0;
    json_array_foreach(cases, i, c)
    {
        const char *note = json_string_value(json_object_get(c, "note"));
        size_t tlen = 0;
        sg_err rc = sg_note_verify(note, strlen(note), &ver, &tlen, &err);
        if (json_is_true(json_object_get(c, "expect_valid"))) {
            CHECK_OK(rc, &err);
            CHECK_EQ_INT(tlen, strlen("This is an example message.\n"));
            valid++;
        } else {
            CHECK(rc != SG_OK);
            invalid++;
        }
    }
    CHECK(valid >= 1 && invalid >= 3);
    /* the checkpoint example parses (its key is not published) */
    json_t *cp = json_object_get(v, "checkpoint_example_parse_only");
    const char *note = json_string_value(json_object_get(cp, "note"));
    struct sg_checkpoint ck;
    CHECK_OK(sg_checkpoint_parse(note, strlen(note), &ck, &err), &err);
    CHECK_STR(ck.origin, json_string_value(json_object_get(cp, "origin")));
    CHECK_EQ_INT(ck.size, json_integer_value(json_object_get(cp, "tree_size")));
    /* Rekor's checkpoints (ECDSA-signed: bodies only, we verify Ed25519 notes) */
    json_t *rekor = json_object_get(json_object_get(v, "rekor_v1_checkpoints_ecdsa_p256"), "cases");
    json_array_foreach(rekor, i, c)
    {
        if (!json_is_true(json_object_get(c, "expect_valid")))
            continue;
        note = json_string_value(json_object_get(c, "note"));
        CHECK_OK(sg_checkpoint_parse(note, (size_t)(strstr(note, "\n\n") - note) + 1, &ck, &err), &err);
        CHECK_STR(ck.origin, json_string_value(json_object_get(c, "origin")));
        CHECK_EQ_INT(ck.size, json_integer_value(json_object_get(c, "tree_size")));
        char hex[65];
        sg_hex_encode(ck.root, 32, hex);
        CHECK_STR(hex, json_string_value(json_object_get(c, "root_hash_hex")));
    }
    json_decref(v);
}

static void test_sign_verify_round_trip(void)
{
    struct sg_error err = {0};
    sg_note_signer *s = NULL, *s2 = NULL, *other = NULL;
    CHECK_OK(sg_note_signer_generate("saiguard.test/log", &s, &err), &err);
    sg_buf skey, note;
    sg_buf_init(&skey, 4096);
    sg_buf_init(&note, 4096);
    CHECK_OK(sg_note_signer_format(s, &skey), &err);
    CHECK(strncmp(skey.data, "PRIVATE+KEY+saiguard.test/log+", 30) == 0);
    CHECK_OK(sg_note_signer_parse(skey.data, &s2, &err), &err);
    struct sg_note_verifier v1, v2;
    sg_note_signer_public(s, &v1);
    sg_note_signer_public(s2, &v2);
    CHECK(memcmp(&v1, &v2, sizeof v1) == 0);
    char vkey[512];
    sg_note_vkey_format(&v1, vkey, sizeof vkey);
    struct sg_note_verifier v3;
    CHECK_OK(sg_note_vkey_parse(vkey, &v3, &err), &err);
    CHECK(memcmp(&v1, &v3, sizeof v1) == 0);

    const char *text = "saiguard.test/log\n5\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n";
    CHECK_OK(sg_note_sign(s2, text, strlen(text), &note, &err), &err);
    struct sg_checkpoint ck;
    CHECK_OK(sg_checkpoint_open(note.data, note.len, &v1, &ck, &err), &err);
    CHECK_EQ_INT(ck.size, 5);
    /* every single-byte change of the signed text or signature is rejected */
    for (size_t i = 0; i < note.len - 1; i++) {
        char saved = note.data[i];
        note.data[i] = saved == 'A' ? 'B' : 'A';
        CHECK(sg_checkpoint_open(note.data, note.len, &v1, &ck, NULL) != SG_OK);
        note.data[i] = saved;
    }
    /* signed by another key with the same name: rejected */
    CHECK_OK(sg_note_signer_generate("saiguard.test/log", &other, &err), &err);
    sg_buf_reset(&note);
    CHECK_OK(sg_note_sign(other, text, strlen(text), &note, &err), &err);
    CHECK_EQ_INT(sg_checkpoint_open(note.data, note.len, &v1, &ck, &err), SG_ERR_SIGNATURE);
    /* a tampered vkey (hash no longer matches) is refused */
    vkey[strlen("saiguard.test/log+")] ^= 1;
    CHECK(sg_note_vkey_parse(vkey, &v3, NULL) == SG_ERR_KEY);
    sg_note_signer_free(s);
    sg_note_signer_free(s2);
    sg_note_signer_free(other);
    sg_buf_release_secure(&skey);
    sg_buf_release(&note);
}

static void test_checkpoint_bad_bodies(void)
{
    static const char *const bad[] = {
        "",
        "origin\n",
        "origin\n5\n",
        "\n5\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n",
        "origin\n05\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n",
        "origin\n-5\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n",
        "origin\n99999999999999999999\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n",
        "origin\n5\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSu=\n",
        "origin\n5\nnot base64 at all, but forty-four chars long\n",
        "ori\tgin\n5\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n",
    };
    struct sg_checkpoint ck;
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        CHECK(sg_checkpoint_parse(bad[i], strlen(bad[i]), &ck, NULL) == SG_ERR_PARSE);
    const char *ext = "origin\n18446744073709551615\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\next\n";
    CHECK_OK(sg_checkpoint_parse(ext, strlen(ext), &ck, NULL), NULL);
    CHECK(ck.size == UINT64_MAX);
}

static void test_malformed_notes_rejected(void)
{
    struct sg_note_verifier v;
    CHECK_OK(sg_note_vkey_parse("example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",
                                &v, NULL),
             NULL);
    static const char *const bad[] = {
        "no signatures\n",
        "text\n\n",
        "text\n\n\xe2\x80\x94 example.com/foo\n",
        "text\n\n- example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n",
        "text\n\n\xe2\x80\x94 example.com/foo !!!!\n",
        "text\x01\n\n\xe2\x80\x94 example.com/foo Uw2Q\n",
        "text\n\n\xe2\x80\x94 example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        size_t tlen;
        CHECK(sg_note_verify(bad[i], strlen(bad[i]), &v, &tlen, NULL) != SG_OK);
    }
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_c2sp_signed_note_vectors),
        SG_TEST(test_sign_verify_round_trip),
        SG_TEST(test_checkpoint_bad_bodies),
        SG_TEST(test_malformed_notes_rejected),
        {0},
    };
    return sg_test_main(argc, argv, tests);
}
