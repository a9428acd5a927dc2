/* test_bundle.c - signing and verifying through the library: round trips for
 * every key type, forgeries and other keys rejected, DSSE encodings, hostile
 * manifests (absolute, "..", duplicates, inconsistent root) and garbled
 * bundles failing cleanly, keygen's file safety. */
#include "harness.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/evp.h>
#include <openssl/pem.h>

#include "integrity/internal.h"
#include "saiguard/integrity.h"

struct fx {
    char dir[4200];
    char model[4300];
    char key[4400];
    char pub[4400];
    char sig[4300];
};

static bool make_fixture(struct fx *f, enum sg_key_type type)
{
    snprintf(f->dir, sizeof f->dir, "%s", sg_test_tmpdir());
    snprintf(f->model, sizeof f->model, "%s/model", f->dir);
    snprintf(f->sig, sizeof f->sig, "%s/model.sig", f->dir);
    char base[4300];
    snprintf(base, sizeof base, "%s/signer", f->dir);
    snprintf(f->key, sizeof f->key, "%s.key", base);
    snprintf(f->pub, sizeof f->pub, "%s.pub", base);
    return mkdir(f->model, 0755) == 0 && sg_test_write_file(f->model, "weights.bin", "0123456789", 10) &&
           sg_test_write_file(f->model, "config/model.json", "{\"layers\":2}", 12) &&
           sg_keygen(type, base, false, NULL, NULL) == SG_OK;
}

static sg_err sign_to_file(const struct fx *f, const struct sg_sign_options *extra,
                           struct sg_error *err)
{
    struct sg_sign_options o = {.key_path = f->key, .output_path = f->sig};
    if (extra)
        o = *extra;
    sg_buf b;
    sg_buf_init(&b, 1 << 20);
    sg_err rc = sg_model_sign(NULL, f->model, &o, &b, NULL, err);
    if (rc == SG_OK && !sg_test_write_file(f->dir, "model.sig", b.data, b.len))
        rc = SG_ERR_IO;
    sg_buf_release(&b);
    return rc;
}

static sg_err verify_with(const struct fx *f, const char *pub, struct sg_verify_result *r,
                          struct sg_error *err)
{
    struct sg_verify_options o = {.sig_path = f->sig, .key_path = pub};
    return sg_model_verify(NULL, f->model, &o, r, err);
}

static void round_trip(enum sg_key_type type, enum sg_key_type other)
{
    struct fx f, g;
    CHECK(make_fixture(&f, type));
    CHECK(make_fixture(&g, other));
    struct sg_error err = {0};
    CHECK_OK(sign_to_file(&f, NULL, &err), &err);
    struct sg_verify_result r;
    CHECK_OK(verify_with(&f, f.pub, &r, &err), &err);
    CHECK(r.verified && r.signature_ok);
    CHECK_STR(r.method, "key");
    CHECK_EQ_INT(r.files_checked, 2);
    char hint[65];
    CHECK_OK(sg_key_hint_file(f.pub, hint, &err), &err);
    CHECK_STR(r.signer, hint);
    sg_verify_result_release(&r);
    /* Another key: rejected as a signature problem (exit class CHECK). */
    sg_err rc = verify_with(&f, g.pub, &r, &err);
    CHECK_EQ_INT(rc, SG_ERR_SIGNATURE);
    CHECK(!r.verified);
    CHECK_EQ_INT(sg_err_exit_code(rc), 1);
    sg_verify_result_release(&r);
}

static void test_round_trip_p256(void) { round_trip(SG_KEY_ECDSA_P256, SG_KEY_ECDSA_P256); }
static void test_round_trip_p384(void) { round_trip(SG_KEY_ECDSA_P384, SG_KEY_ECDSA_P256); }
static void test_round_trip_p521(void) { round_trip(SG_KEY_ECDSA_P521, SG_KEY_ECDSA_P521); }
static void test_round_trip_ed25519(void) { round_trip(SG_KEY_ED25519, SG_KEY_ED25519); }

static void test_shards_round_trip_and_tamper(void)
{
    struct fx f;
    CHECK(make_fixture(&f, SG_KEY_ECDSA_P256));
    struct sg_sign_options o = {.key_path = f.key, .output_path = f.sig,
                                .hash = {.method = SG_SERIALIZE_SHARDS, .shard_size = 4}};
    /* Paths may contain ':' - shard names split at the last two colons. */
    CHECK(sg_test_write_file(f.model, "odd:name:1.bin", "colons", 6));
    struct sg_error err = {0};
    CHECK_OK(sign_to_file(&f, &o, &err), &err);
    struct sg_verify_result r;
    CHECK_OK(verify_with(&f, f.pub, &r, &err), &err);
    sg_verify_result_release(&r);
    /* Growing the file adds a shard: reported once, as the file. */
    CHECK(sg_test_write_file(f.model, "weights.bin", "0123456789AB", 12));
    CHECK_EQ_INT(verify_with(&f, f.pub, &r, &err), SG_ERR_TAMPERED);
    CHECK_EQ_INT(r.n_changes, 1);
    CHECK_STR(r.changes[0].path, "weights.bin");
    CHECK_EQ_INT(r.changes[0].kind, SG_CHANGE_MODIFIED);
    sg_verify_result_release(&r);
}

static void test_changes_are_named(void)
{
    struct fx f;
    CHECK(make_fixture(&f, SG_KEY_ECDSA_P256));
    struct sg_error err = {0};
    CHECK_OK(sign_to_file(&f, NULL, &err), &err);
    char p[4400];
    CHECK(sg_test_write_file(f.model, "weights.bin", "0123456789", 10)); /* same bytes: fine */
    snprintf(p, sizeof p, "%s/config/model.json", f.model);
    CHECK(unlink(p) == 0);
    CHECK(sg_test_write_file(f.model, "extra.py", "import os", 9));
    struct sg_verify_result r;
    CHECK_EQ_INT(verify_with(&f, f.pub, &r, &err), SG_ERR_TAMPERED);
    CHECK(r.signature_ok && !r.verified);
    CHECK_EQ_INT(r.n_changes, 2);
    CHECK_STR(r.changes[0].path, "config/model.json");
    CHECK_EQ_INT(r.changes[0].kind, SG_CHANGE_REMOVED);
    CHECK_STR(r.changes[1].path, "extra.py");
    CHECK_EQ_INT(r.changes[1].kind, SG_CHANGE_ADDED);
    sg_verify_result_release(&r);
    /* --ignore-unsigned-files tolerates the addition, not the removal. */
    struct sg_verify_options o = {.sig_path = f.sig, .key_path = f.pub, .ignore_unsigned = true};
    CHECK_EQ_INT(sg_model_verify(NULL, f.model, &o, &r, &err), SG_ERR_TAMPERED);
    CHECK_EQ_INT(r.n_changes, 1);
    sg_verify_result_release(&r);
}

static void test_dsse_pae(void)
{
    sg_buf b;
    sg_buf_init(&b, 1024);
    CHECK_OK(sg__dsse_pae("application/vnd.in-toto+json", (const uint8_t *)"{}", 2, &b), NULL);
    CHECK_STR(b.data, "DSSEv1 28 application/vnd.in-toto+json 2 {}");
    sg_buf_reset(&b);
    /* v0.2's bug: Python's repr of the bytes, with escapes. */
    CHECK_OK(sg__dsse_pae_compat("t", (const uint8_t *)"{\n\"a\\\x01", 6, &b), NULL);
    CHECK_STR(b.data, "DSSEV1 1 t 6 b'{\\n\"a\\\\\\x01'");
    sg_buf_reset(&b);
    CHECK_OK(sg__dsse_pae_compat("t", (const uint8_t *)"it's", 4, &b), NULL);
    CHECK_STR(b.data, "DSSEV1 1 t 4 b\"it's\"");
    sg_buf_release(&b);
}

/* ---- hostile manifests, validly signed ---- */

static json_t *statement_with(const char *const *names, size_t n, bool break_root)
{
    json_t *res = json_array();
    uint8_t digest[32], all[32 * 8];
    char hex[65];
    for (size_t i = 0; i < n; i++) {
        sg_err rc = sg_sha256(names[i], strlen(names[i]), digest);
        (void)rc;
        memcpy(all + 32 * i, digest, 32);
        sg_hex_encode(digest, 32, hex);
        json_array_append_new(res, json_pack("{s:s, s:s, s:s}", "name", names[i], "algorithm",
                                             "sha256", "digest", hex));
    }
    uint8_t root[32];
    sg_err rc = sg_sha256(all, 32 * n, root);
    (void)rc;
    if (break_root)
        root[0] ^= 1;
    sg_hex_encode(root, 32, hex);
    return json_pack("{s:s, s:[{s:s, s:{s:s}}], s:s, s:{s:{s:s, s:s, s:b}, s:o}}", "_type",
                     "https://in-toto.io/Statement/v1", "subject", "name", "model", "digest",
                     "sha256", hex, "predicateType", "https://model_signing/signature/v1.0",
                     "predicate", "serialization", "method", "files", "hash_type", "sha256",
                     "allow_symlinks", 0, "resources", res);
}

static sg_err verify_statement(const struct fx *f, json_t *st, struct sg_error *err)
{
    struct sg_sign_options so = {.key_path = f->key};
    sg_buf b;
    sg_buf_init(&b, 1 << 20);
    sg_err rc = sg_statement_sign(st, &so, &b, (char[160]){0}, err);
    json_decref(st);
    if (rc != SG_OK) {
        sg_buf_release(&b);
        return SG_ERR_INTERNAL;
    }
    struct sg_verify_options vo = {.key_path = f->pub};
    struct sg_manifest *m = NULL;
    rc = sg_bundle_verify(b.data, b.len, &vo, &m, NULL, err);
    sg_manifest_free(m);
    sg_buf_release(&b);
    return rc;
}

static void test_hostile_names_rejected(void)
{
    struct fx f;
    CHECK(make_fixture(&f, SG_KEY_ECDSA_P256));
    struct sg_error err = {0};
    const char *ok[] = {"a", "b/c:d"};
    CHECK_OK(verify_statement(&f, statement_with(ok, 2, false), &err), &err);
    const char *dotdot[] = {"a", "../etc/passwd"};
    CHECK_EQ_INT(verify_statement(&f, statement_with(dotdot, 2, false), &err), SG_ERR_UNSAFE_PATH);
    const char *inner[] = {"a/../../x"};
    CHECK_EQ_INT(verify_statement(&f, statement_with(inner, 1, false), &err), SG_ERR_UNSAFE_PATH);
    const char *abs[] = {"/etc/passwd"};
    CHECK_EQ_INT(verify_statement(&f, statement_with(abs, 1, false), &err), SG_ERR_UNSAFE_PATH);
    const char *dup[] = {"a", "b", "a"};
    CHECK_EQ_INT(verify_statement(&f, statement_with(dup, 3, false), &err), SG_ERR_PARSE);
    CHECK(strstr(err.reason, "duplicate") != NULL);
    const char *empty_part[] = {"a//b"};
    CHECK_EQ_INT(verify_statement(&f, statement_with(empty_part, 1, false), &err),
                 SG_ERR_UNSAFE_PATH);
    const char *dot_mixed[] = {".", "a"};
    CHECK_EQ_INT(verify_statement(&f, statement_with(dot_mixed, 2, false), &err),
                 SG_ERR_UNSAFE_PATH);
    json_t *wrong = statement_with(ok, 2, false);
    json_object_set_new(wrong, "predicateType", json_string("https://example.com/wrong-predicate/v1.0"));
    CHECK_EQ_INT(verify_statement(&f, wrong, &err), SG_ERR_FORMAT);
    CHECK(strstr(err.reason, "predicate") != NULL);
    /* Resources that do not hash to the signed subject: "manifest is inconsistent". */
    CHECK_EQ_INT(verify_statement(&f, statement_with(ok, 2, true), &err), SG_ERR_TAMPERED);
    CHECK(strstr(err.reason, "inconsistent") != NULL);
}

/* ---- garbled bundles ---- */

static sg_err verify_text(const struct fx *f, const char *text, struct sg_error *err)
{
    struct sg_verify_options vo = {.key_path = f->pub};
    struct sg_manifest *m = NULL;
    sg_err rc = sg_bundle_verify(text, strlen(text), &vo, &m, NULL, err);
    sg_manifest_free(m);
    return rc;
}

static char *replace(const char *s, const char *from, const char *to)
{
    const char *at = strstr(s, from);
    if (!at)
        return NULL;
    char *out = malloc(strlen(s) + strlen(to) + 1);
    size_t pre = (size_t)(at - s);
    memcpy(out, s, pre);
    strcpy(out + pre, to);
    strcat(out, at + strlen(from));
    return out;
}

static void test_garbled_bundles_fail_cleanly(void)
{
    struct fx f;
    CHECK(make_fixture(&f, SG_KEY_ECDSA_P256));
    struct sg_error err = {0};
    CHECK_OK(sign_to_file(&f, NULL, &err), &err);
    sg_buf b;
    sg_buf_init(&b, 1 << 20);
    CHECK_OK(sg_buf_read_file(&b, f.sig, &err), &err);
    CHECK_OK(verify_text(&f, b.data, &err), &err);
    /* Every truncation fails, none crashes. */
    for (size_t cut = 0; cut < b.len - 2; cut += 7) {
        char *t = strndup(b.data, cut);
        sg_err rc = verify_text(&f, t, &err);
        free(t);
        CHECK(rc != SG_OK);
    }
    CHECK_EQ_INT(verify_text(&f, "[]", &err), SG_ERR_PARSE);
    CHECK_EQ_INT(verify_text(&f, "{}", &err), SG_ERR_PARSE);
    struct {
        const char *from, *to;
        sg_err want;
    } edits[] = {
        {"bundle.v0.3+json", "bundle.v0.9+json", SG_ERR_FORMAT},
        {"application/vnd.in-toto+json", "text/plain", SG_ERR_FORMAT},
        {"\"sig\": \"", "\"sig\": \"%%%", SG_ERR_PARSE},
        {"\"sig\": \"", "\"sig\": \"AAAA", SG_ERR_SIGNATURE},
        {"\"payload\": \"", "\"payload\": \"e30K", SG_ERR_SIGNATURE},
        {"\"keyid\": \"\"", "\"keyid\": 7", SG_ERR_PARSE},
        {"\"publicKey\"", "\"privateKey\"", SG_ERR_PARSE},
    };
    for (size_t i = 0; i < sizeof edits / sizeof *edits; i++) {
        char *t = replace(b.data, edits[i].from, edits[i].to);
        CHECK(t != NULL);
        sg_err rc = verify_text(&f, t, &err);
        free(t);
        if (rc != edits[i].want)
            fprintf(stderr, "edit %zu: got %s (%s)\n", i, sg_err_name(rc), err.reason);
        CHECK_EQ_INT(rc, edits[i].want);
    }
    /* keyid absent and null are both fine (Go and pre-1.1 Python writers). */
    char *t = replace(b.data, ",\n        \"keyid\": \"\"", "");
    CHECK(t != NULL);
    CHECK_OK(verify_text(&f, t, &err), &err);
    free(t);
    t = replace(b.data, "\"keyid\": \"\"", "\"keyid\": null");
    CHECK_OK(verify_text(&f, t, &err), &err);
    free(t);
    /* A hint naming another key is "signed by someone else". */
    t = replace(b.data, "\"hint\": \"", "\"hint\": \"00");
    CHECK_EQ_INT(verify_text(&f, t, &err), SG_ERR_SIGNATURE);
    free(t);
    sg_buf_release(&b);
}

static void test_wrong_key_types(void)
{
    struct fx f;
    CHECK(make_fixture(&f, SG_KEY_ECDSA_P256));
    /* RSA is not an OMS key type: refused before any hashing. */
    char rsa[4400];
    snprintf(rsa, sizeof rsa, "%s/rsa.key", f.dir);
    EVP_PKEY *k = EVP_PKEY_Q_keygen(NULL, NULL, "RSA", (size_t)2048);
    CHECK(k != NULL);
    FILE *fp = fopen(rsa, "w");
    CHECK(fp != NULL);
    PEM_write_PrivateKey(fp, k, NULL, NULL, 0, NULL, NULL);
    fclose(fp);
    EVP_PKEY_free(k);
    struct sg_sign_options o = {.key_path = rsa};
    struct sg_error err = {0};
    sg_buf b;
    sg_buf_init(&b, 1 << 20);
    CHECK_EQ_INT(sg_model_sign(NULL, f.model, &o, &b, NULL, &err), SG_ERR_KEY);
    CHECK(strstr(err.reason, "RSA") != NULL);
    /* A public key where a private key is needed, and garbage. */
    o.key_path = f.pub;
    CHECK_EQ_INT(sg_model_sign(NULL, f.model, &o, &b, NULL, &err), SG_ERR_KEY);
    o.key_path = f.model; /* a directory */
    CHECK(sg_model_sign(NULL, f.model, &o, &b, NULL, &err) != SG_OK);
    CHECK(sg_test_write_file(f.dir, "junk.pem", "-----BEGIN PUBLIC KEY-----\nAAAA\n", 32));
    char junk[4400];
    snprintf(junk, sizeof junk, "%s/junk.pem", f.dir);
    CHECK_OK(sign_to_file(&f, NULL, &err), &err);
    struct sg_verify_result r;
    CHECK_EQ_INT(verify_with(&f, junk, &r, &err), SG_ERR_KEY);
    sg_verify_result_release(&r);
    sg_buf_release(&b);
}

static void test_keygen_files(void)
{
    const char *dir = sg_test_tmpdir();
    char base[4300], key[4400];
    snprintf(base, sizeof base, "%s/k", dir);
    snprintf(key, sizeof key, "%s.key", base);
    char hint[65];
    struct sg_error err = {0};
    CHECK_OK(sg_keygen(SG_KEY_ECDSA_P384, base, false, hint, &err), &err);
    struct stat st;
    CHECK(stat(key, &st) == 0);
    CHECK_EQ_INT(st.st_mode & 0777, 0600);
    /* Never replaced silently. */
    CHECK_EQ_INT(sg_keygen(SG_KEY_ECDSA_P384, base, false, NULL, &err), SG_ERR_EXISTS);
    char hint2[65];
    CHECK_OK(sg_key_hint_file(key, hint2, &err), &err);
    CHECK_STR(hint, hint2);
    CHECK_OK(sg_keygen(SG_KEY_ED25519, base, true, hint2, &err), &err);
    CHECK(strcmp(hint, hint2) != 0);
    CHECK(stat(key, &st) == 0);
    CHECK_EQ_INT(st.st_mode & 0777, 0600);
    enum sg_key_type t;
    CHECK(sg_key_type_parse("rsa", &t, &err) != SG_OK);
}

static void test_reference_hint_of_certtool_pem(void)
{
    /* The vectors' public key file has a text preamble; the hint is over the
     * canonical PEM (e8450dec... in every v1.1 key bundle). */
    char hint[65];
    struct sg_error err = {0};
    CHECK_OK(sg_key_hint_file(sg_test_shared("testvectors/oms/model-transparency/keys/certificate/"
                                             "signing-key-pub.pem"),
                              hint, &err),
             &err);
    CHECK_STR(hint, "e8450dec4eb99dae995da9af1bc2cc9f76ed669ee2e744f57abba763df3e3f8e");
}

static void test_keyless_is_refused_honestly(void)
{
    struct fx f;
    CHECK(make_fixture(&f, SG_KEY_ECDSA_P256));
    struct sg_sign_options o = {.method = "sigstore"};
    struct sg_error err = {0};
    sg_buf b;
    sg_buf_init(&b, 1 << 20);
    CHECK_EQ_INT(sg_model_sign(NULL, f.model, &o, &b, NULL, &err), SG_ERR_UNSUPPORTED);
    CHECK(strstr(err.reason, "network") != NULL);
    CHECK_EQ_INT(b.len, 0);
    sg_buf_release(&b);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_round_trip_p256),
        SG_TEST(test_round_trip_p384),
        SG_TEST(test_round_trip_p521),
        SG_TEST(test_round_trip_ed25519),
        SG_TEST(test_shards_round_trip_and_tamper),
        SG_TEST(test_changes_are_named),
        SG_TEST(test_dsse_pae),
        SG_TEST(test_hostile_names_rejected),
        SG_TEST(test_garbled_bundles_fail_cleanly),
        SG_TEST(test_wrong_key_types),
        SG_TEST(test_keygen_files),
        SG_TEST(test_reference_hint_of_certtool_pem),
        SG_TEST(test_keyless_is_refused_honestly),
        {NULL, NULL},
    };
    return sg_test_main(argc, argv, tests);
}
