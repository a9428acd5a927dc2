/* test_encode.c - hex/base64 round trips, strict rejection, SHA-256 vectors. */
#include "harness.h"

#include <stdlib.h>

static void test_sha256_known_vectors(void)
{
    uint8_t d[SG_SHA256_LEN];
    char hex[SG_SHA256_HEX_LEN + 1];
    CHECK_OK(sg_sha256("", 0, d), NULL);
    sg_hex_encode(d, sizeof d, hex);
    CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK_OK(sg_sha256("abc", 3, d), NULL);
    sg_hex_encode(d, sizeof d, hex);
    CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

static void test_sha256_file_matches_buffer(void)
{
    const char *dir = sg_test_tmpdir();
    static char big[3 << 20];
    for (size_t i = 0; i < sizeof big; i++)
        big[i] = (char)(i * 31 + 7);
    CHECK(sg_test_write_file(dir, "big", big, sizeof big));
    char path[4200];
    snprintf(path, sizeof path, "%s/big", dir);
    uint8_t a[SG_SHA256_LEN], b[SG_SHA256_LEN];
    struct sg_error err = {0};
    CHECK_OK(sg_sha256_file(path, a, &err), &err);
    CHECK_OK(sg_sha256(big, sizeof big, b), &err);
    CHECK(memcmp(a, b, sizeof a) == 0);
}

static void test_hex_decode_strict(void)
{
    uint8_t out[2];
    CHECK_OK(sg_hex_decode("aB0f", out, 2), NULL);
    CHECK(out[0] == 0xab && out[1] == 0x0f);
    CHECK_EQ_INT(sg_hex_decode("abc", out, 2), SG_ERR_ENCODING);
    CHECK_EQ_INT(sg_hex_decode("zz00", out, 2), SG_ERR_ENCODING);
    CHECK_EQ_INT(sg_hex_decode("ab0011", out, 2), SG_ERR_ENCODING);
}

static void test_base64_round_trip_all_lengths(void)
{
    uint8_t data[64];
    for (size_t i = 0; i < sizeof data; i++)
        data[i] = (uint8_t)(255 - i * 7);
    for (size_t len = 0; len <= sizeof data; len++) {
        sg_buf enc, dec;
        sg_buf_init(&enc, 1024);
        sg_buf_init(&dec, 1024);
        CHECK_OK(sg_base64_encode(data, len, &enc), NULL);
        CHECK_EQ_INT(enc.len, (len + 2) / 3 * 4);
        CHECK_OK(sg_base64_decode(enc.data ? enc.data : "", enc.len, &dec), NULL);
        CHECK_EQ_INT(dec.len, len);
        CHECK(len == 0 || memcmp(dec.data, data, len) == 0);
        sg_buf_release(&enc);
        sg_buf_release(&dec);
    }
}

static void test_base64_rejects_garbage(void)
{
    sg_buf b;
    sg_buf_init(&b, 1024);
    CHECK_EQ_INT(sg_base64_decode("ab c", 4, &b), SG_ERR_ENCODING);
    CHECK_EQ_INT(sg_base64_decode("a", 1, &b), SG_ERR_ENCODING);
    CHECK_EQ_INT(sg_base64_decode("ab-_", 4, &b), SG_ERR_ENCODING);
    CHECK_EQ_INT(b.len, 0);
    CHECK_OK(sg_base64_decode("aGk=", 4, &b), NULL);
    CHECK_STR(b.data, "hi");
    /* "aGl=" and "aGk=" both decode to "hi" if the padding bits are ignored */
    sg_buf_reset(&b);
    CHECK_EQ_INT(sg_base64_decode("aGl=", 4, &b), SG_ERR_ENCODING);
    CHECK_EQ_INT(sg_base64_decode("aB==", 4, &b), SG_ERR_ENCODING);
    CHECK_EQ_INT(b.len, 0);
    CHECK_OK(sg_base64_decode("aA==", 4, &b), NULL);
    CHECK_EQ_INT(b.len, 1);
    sg_buf_release(&b);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_sha256_known_vectors),   SG_TEST(test_sha256_file_matches_buffer),
        SG_TEST(test_hex_decode_strict),      SG_TEST(test_base64_round_trip_all_lengths),
        SG_TEST(test_base64_rejects_garbage), {0},
    };
    return sg_test_main(argc, argv, tests);
}
