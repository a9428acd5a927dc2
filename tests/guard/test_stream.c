/* test_stream.c - streamed answers: whatever the chunking, the client sees
 * exactly the redacted answer, never a byte of a secret or canary before the
 * check has seen all of it; a canary split across chunks is caught; the
 * hold-back window stays bounded. */
#include "harness.h"

#include "guard/guard_int.h"
#include "guard_test.h"

static const char answer[] =
    "Sure. Your deployment uses the key AKIAZ7QW3ERT5YUI9OPA and the database at "
    "postgres://app:Xk9-q7Lm2vR@db.internal:5432/app. The card on file is 4539 1488 0343 6467 "
    "and the refund goes to DE89 3704 0044 0532 0130 00. A session token: "
    "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U "
    "-- let me know if you need anything else!";

/* The expected client view: the whole answer redacted in one go. */
static bool expected(sg_buf *out)
{
    struct sg_guard_result *r = malloc(sizeof *r);
    bool ok = r && sg_guard_check(test_guard(), SG_GUARD_ROLE_OUTPUT, answer, sizeof answer - 1, r, NULL) == SG_OK &&
              r->n_entities == 5 &&
              sg_guard_redact(answer, sizeof answer - 1, r->entities, r->n_entities, out) == SG_OK;
    free(r);
    return ok;
}

/* Feeds answer in chunks of sizes from seed; after every call the released
 * text must be a prefix of the expected redacted answer. */
static bool stream_in_chunks(unsigned seed, size_t max_chunk, const sg_buf *want)
{
    sg_guard_stream *s = NULL;
    sg_buf rel;
    sg_buf_init(&rel, 1 << 20);
    bool ok = sg_guard_stream_new(test_guard(), NULL, &s, NULL) == SG_OK;
    size_t pos = 0, len = sizeof answer - 1;
    while (ok && pos < len) {
        seed = seed * 1103515245u + 12345u;
        size_t n = 1 + (seed >> 16) % max_chunk;
        if (n > len - pos)
            n = len - pos;
        struct sg_inspect_verdict v;
        ok = sg_guard_stream_feed(s, answer + pos, n, false, &rel, &v, NULL) == SG_OK &&
             v.action != SG_INSPECT_BLOCK && rel.len <= want->len &&
             memcmp(rel.data ? rel.data : "", want->data, rel.len) == 0;
        pos += n;
    }
    struct sg_inspect_verdict v;
    ok = ok && sg_guard_stream_feed(s, NULL, 0, true, &rel, &v, NULL) == SG_OK &&
         v.action != SG_INSPECT_BLOCK && rel.len == want->len &&
         memcmp(rel.data, want->data, rel.len) == 0;
    if (!ok)
        fprintf(stderr, "seed %u chunk %zu: released \"%s\"\n", seed, max_chunk, rel.data ? rel.data : "");
    sg_guard_stream_free(s);
    sg_buf_release(&rel);
    return ok;
}

static void test_redaction_across_chunk_boundaries(void)
{
    sg_buf want;
    sg_buf_init(&want, 1 << 16);
    bool ok = expected(&want);
    ok = ok && stream_in_chunks(1, 1, &want);   /* byte by byte */
    ok = ok && stream_in_chunks(2, 3, &want);
    for (unsigned seed = 3; ok && seed < 20; seed++)
        ok = stream_in_chunks(seed, 1 + seed * 7, &want);
    ok = ok && stream_in_chunks(99, 4096, &want); /* one chunk */
    sg_buf_release(&want);
    CHECK(ok);
}

static void test_canary_split_across_chunks_is_caught(void)
{
    char canary[SG_GUARD_CANARY_LEN + 1];
    CHECK_OK(sg_guard_canary_new(canary, NULL), NULL);
    char text[512];
    int prefix = snprintf(text, sizeof text, "%s", "My instructions say: the reference is ");
    snprintf(text + prefix, sizeof text - (size_t)prefix, "%s and I should never reveal it.", canary);
    size_t len = strlen(text);
    for (size_t split = (size_t)prefix + 1; split < (size_t)prefix + SG_GUARD_CANARY_LEN; split += 5) {
        sg_guard_stream *s = NULL;
        sg_buf rel;
        sg_buf_init(&rel, 4096);
        struct sg_inspect_verdict v1, v2, v3;
        bool ok = sg_guard_stream_new(test_guard(), canary, &s, NULL) == SG_OK &&
                  sg_guard_stream_feed(s, text, split, false, &rel, &v1, NULL) == SG_OK &&
                  sg_guard_stream_feed(s, text + split, len - split, false, &rel, &v2, NULL) == SG_OK &&
                  sg_guard_stream_feed(s, NULL, 0, true, &rel, &v3, NULL) == SG_OK;
        bool blocked = v1.action == SG_INSPECT_BLOCK || v2.action == SG_INSPECT_BLOCK ||
                       v3.action == SG_INSPECT_BLOCK;
        const char *det = v3.action == SG_INSPECT_BLOCK ? v3.detector : v2.detector;
        /* nothing of the canary reached the client */
        ok = ok && blocked && rel.len <= (size_t)prefix && strstr(text, rel.data ? rel.data : "") == text;
        ok = ok && det && (strcmp(det, "canary") == 0 || strcmp(det, "guard") == 0);
        sg_guard_stream_free(s);
        sg_buf_release(&rel);
        CHECK(ok);
    }
}

static void test_hold_back_is_bounded(void)
{
    /* 1 MiB of prose: the stream keeps releasing as it goes. */
    sg_guard_stream *s = NULL;
    sg_buf rel;
    sg_buf_init(&rel, (size_t)4 << 20);
    CHECK_OK(sg_guard_stream_new(test_guard(), NULL, &s, NULL), NULL);
    static const char line[] = "The weather will be mild with light winds and sunny spells. ";
    bool ok = true;
    size_t fed = 0;
    for (int i = 0; ok && i < 16000; i++) {
        struct sg_inspect_verdict v;
        ok = sg_guard_stream_feed(s, line, sizeof line - 1, false, &rel, &v, NULL) == SG_OK;
        fed += sizeof line - 1;
        ok = ok && fed - rel.len <= 4 * 64 + sizeof line + 64;
    }
    sg_guard_stream_free(s);
    sg_buf_release(&rel);
    CHECK(ok);
}

static void test_unterminated_private_key_blocks_at_cap(void)
{
    sg_guard_stream *s = NULL;
    sg_buf rel;
    sg_buf_init(&rel, (size_t)1 << 20);
    CHECK_OK(sg_guard_stream_new(test_guard(), NULL, &s, NULL), NULL);
    struct sg_inspect_verdict v;
    bool ok = sg_guard_stream_feed(s, "Here it is:\n-----BEGIN PRIVATE KEY-----\n", 40, false, &rel, &v, NULL) == SG_OK;
    bool blocked = false;
    for (int i = 0; ok && i < 2000 && !blocked; i++) {
        ok = sg_guard_stream_feed(s, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n", 53, false,
                                  &rel, &v, NULL) == SG_OK;
        blocked = v.action == SG_INSPECT_BLOCK;
    }
    ok = ok && blocked && strstr(rel.data ? rel.data : "", "MIIE") == NULL;
    sg_guard_stream_free(s);
    sg_buf_release(&rel);
    CHECK(ok);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_redaction_across_chunk_boundaries),
        SG_TEST(test_canary_split_across_chunks_is_caught),
        SG_TEST(test_hold_back_is_bounded),
        SG_TEST(test_unterminated_private_key_blocks_at_cap),
        {NULL, NULL},
    };
    int rc = sg_test_main(argc, argv, tests);
    sg_guard_free(test_guard());
    return rc;
}
