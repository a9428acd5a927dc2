/* test_event_body.c - the ledger's hot write path against the code it
 * replaced: sg_ledger_event_body byte for byte against the previous
 * implementation (kept below as the reference) for events with every
 * optional field present or absent, hostile strings, and every refusal; and
 * entries committed through the batcher (index written in place before each
 * queued body) identical to entries appended one by one. */
#include "harness.h"

#include <pthread.h>
#include <pwd.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "saiguard/ledger.h"

/* ---- the reference: sg_ledger_event_body as it was before session 5 ---------------- */

static char ref_user[128];

static void ref_find_user(void)
{
    struct passwd pw, *res = NULL;
    char buf[4096];
    if (getpwuid_r(geteuid(), &pw, buf, sizeof buf, &res) == 0 && res && res->pw_name[0])
        snprintf(ref_user, sizeof ref_user, "%s", res->pw_name);
    else
        snprintf(ref_user, sizeof ref_user, "uid:%u", (unsigned)geteuid());
}

static bool ref_digest_ok(const char *d)
{
    const char *colon = strchr(d, ':');
    if (!colon || colon == d || colon - d > 16 || strlen(colon + 1) < 32 || strlen(d) > 200)
        return false;
    for (const char *p = d; p < colon; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-'))
            return false;
    for (const char *p = colon + 1; *p; p++)
        if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f')))
            return false;
    return true;
}

/* The time is a parameter here: the two bodies are compared with the same
 * one (the new code's, read back from its output). */
static sg_err ref_event_body(const struct sg_audit_event *ev, const char *time, sg_buf *out)
{
    if (!ev->type || !*ev->type || strlen(ev->type) > 128)
        return SG_ERR_INVALID_ARG;
    for (const char *p = ev->type; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '.' || *p == '_' ||
              *p == '-'))
            return SG_ERR_INVALID_ARG;
    if (!ev->subject || !*ev->subject || strlen(ev->subject) > 4096)
        return SG_ERR_INVALID_ARG;
    if (ev->details && !json_is_object(ev->details))
        return SG_ERR_INVALID_ARG;
    const char *details_json = ev->details ? NULL : ev->details_json;
    size_t details_len = details_json ? strlen(details_json) : 0;
    if (details_json && (details_len < 2 || details_json[0] != '{' ||
                         details_json[details_len - 1] != '}'))
        return SG_ERR_INVALID_ARG;
    const char *digests[2] = {ev->digest_before, ev->digest_after};
    for (int i = 0; i < 2; i++)
        if (digests[i] && !ref_digest_ok(digests[i]))
            return SG_ERR_INVALID_ARG;
    ref_find_user();
    struct {
        const char *k, *v;
    } fields[] = {{"actor", ev->actor ? ev->actor : ref_user},
                  {"details", NULL},
                  {"digest_after", ev->digest_after},
                  {"digest_before", ev->digest_before},
                  {"outcome", ev->outcome},
                  {"role", ev->role},
                  {"subject", ev->subject},
                  {"time", time},
                  {"type", ev->type}};
    size_t mark = out->len;
    sg_err rc = sg_buf_append_byte(out, '{');
    bool first = true;
    for (size_t i = 0; rc == SG_OK && i < sizeof fields / sizeof *fields; i++) {
        bool is_details = strcmp(fields[i].k, "details") == 0;
        if (is_details ? !ev->details && !details_json : !fields[i].v)
            continue;
        if ((!first && (rc = sg_buf_append_byte(out, ',')) != SG_OK) ||
            (rc = sg_buf_append_byte(out, '"')) != SG_OK ||
            (rc = sg_buf_append_str(out, fields[i].k)) != SG_OK ||
            (rc = sg_buf_append(out, "\":", 2)) != SG_OK)
            break;
        first = false;
        if (is_details && details_json)
            rc = sg_buf_append(out, details_json, details_len);
        else if (is_details)
            rc = sg_json_dump(ev->details, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENSURE_ASCII, out);
        else
            rc = sg_json_append_string(out, fields[i].v, strlen(fields[i].v), false);
    }
    if (rc == SG_OK)
        rc = sg_buf_append_byte(out, '}');
    if (rc == SG_OK && out->len - mark > SG_LEDGER_MAX_ENTRY - 32)
        rc = SG_ERR_TOO_LARGE;
    if (rc != SG_OK) {
        out->len = mark;
        if (out->data)
            out->data[mark] = '\0';
    }
    return rc;
}

/* ---- cases ---------------------------------------------------------------------------- */

#define DIGEST_HEX "cf948aaf92deeeeb6c0f22f21f44de3552b28f9e39fb8b406b074c7928bea658"
#define DIGEST_A "sha256:" DIGEST_HEX
#define DIGEST_B "sha256:10dee24e957fa28c6ac9d600ab5e476c32661364e0acca76ffe7360e770e0264"
#define GW_DETAILS                                                                             \
    "{\"completion_tokens\":9,\"decision\":\"allow\",\"latency_ms\":11.49,\"model\":\"gpt-"    \
    "test\",\"path\":\"/v1/chat/completions\",\"prompt_tokens\":12,\"reason\":\"ok\","        \
    "\"request_id\":\"req_20e65dd500000064\",\"route\":\"openai\",\"status\":200,\"stream\":" \
    "false,\"tokens_estimated\":false,\"total_tokens\":21}"

/* The time the new code wrote ("time":"<24 bytes>"), for the reference. */
static bool time_of(const char *body, char out[32])
{
    const char *t = strstr(body, ",\"time\":\"");
    if (!t || strlen(t) < 9 + 25 || t[9 + 24] != '"')
        return false;
    memcpy(out, t + 9, 24);
    out[24] = '\0';
    /* RFC 3339 with milliseconds, UTC */
    static const char shape[] = "dddd-dd-ddTdd:dd:dd.dddZ";
    for (int i = 0; i < 24; i++)
        if (shape[i] == 'd' ? out[i] < '0' || out[i] > '9' : out[i] != shape[i])
            return false;
    return true;
}

static void check_same(const struct sg_audit_event *ev, const char *label)
{
    sg_buf got, want;
    sg_buf_init(&got, SG_LEDGER_MAX_ENTRY);
    sg_buf_init(&want, SG_LEDGER_MAX_ENTRY);
    CHECK_OK(sg_buf_append_str(&got, "prefix"), NULL); /* appended after what is there */
    struct sg_error err = {0};
    sg_err rc = sg_ledger_event_body(ev, &got, &err);
    char time[32] = "2026-11-24T00:00:00.000Z";
    if (rc == SG_OK && !time_of(got.data, time)) {
        fprintf(stderr, "%s: no valid time in %s\n", label, got.data);
        CHECK(false);
    }
    CHECK_OK(sg_buf_append_str(&want, "prefix"), NULL);
    sg_err want_rc = ref_event_body(ev, time, &want);
    if (rc != want_rc || strcmp(got.data, want.data) != 0) {
        fprintf(stderr, "%s: rc %d want %d\n  got  %s\n  want %s\n", label, rc, want_rc, got.data,
                want.data);
        CHECK(false);
    }
    if (rc != SG_OK) {
        CHECK(err.code == rc); /* and a reason for the caller */
        CHECK(err.reason[0] != '\0');
    }
    sg_buf_release(&got);
    sg_buf_release(&want);
}

static void test_body_matches_reference(void)
{
    json_t *tree = json_pack("{s:i,s:s,s:{s:b}}", "z", 1, "a", "caf\xc3\xa9", "m", "ok", 1);
    char big_subject[4097];
    memset(big_subject, 's', 4096);
    big_subject[4096] = '\0';
    char long_type[130];
    memset(long_type, 't', 129);
    long_type[129] = '\0';
    const struct {
        const char *label;
        struct sg_audit_event ev;
    } cases[] = {
        {"gateway request",
         {.type = "gateway.request", .subject = "/v1/chat/completions", .actor = "bench",
          .role = "system_operator", .outcome = "allow", .digest_before = DIGEST_A,
          .digest_after = DIGEST_B, .details_json = GW_DETAILS}},
        {"minimal", {.type = "x", .subject = "y"}},
        {"jansson details", {.type = "model.signed", .subject = "m", .details = tree}},
        {"details tree wins over text",
         {.type = "a", .subject = "b", .details = tree, .details_json = "{\"x\":1}"}},
        {"empty details", {.type = "a", .subject = "b", .details_json = "{}"}},
        {"one digest", {.type = "a", .subject = "b", .digest_after = DIGEST_A}},
        {"other algorithm", {.type = "a", .subject = "b", .digest_before = "blake3-256:" DIGEST_HEX}},
        {"hostile strings",
         {.type = "a-b_c.9", .subject = "quote \" backslash \\ nl \n tab \t \x01 \xc3\xa9 \xf0\x9f\x98\x80",
          .actor = "\xe4\xb8\xad", .role = "\x7f", .outcome = "</script>"}},
        {"longest subject", {.type = "a", .subject = big_subject}},
        /* refusals */
        {"no type", {.subject = "b"}},
        {"empty type", {.type = "", .subject = "b"}},
        {"type too long", {.type = long_type, .subject = "b"}},
        {"type charset", {.type = "Gateway", .subject = "b"}},
        {"no subject", {.type = "a"}},
        {"empty subject", {.type = "a", .subject = ""}},
        {"details not an object", {.type = "a", .subject = "b", .details_json = "[1]"}},
        {"details too short", {.type = "a", .subject = "b", .details_json = "{"}},
        {"digest without algorithm", {.type = "a", .subject = "b", .digest_after = ":" DIGEST_HEX}},
        {"digest upper-case hex", {.type = "a", .subject = "b", .digest_after = "sha256:CF948AAF92DEEEEB6C0F22F21F44DE35"}},
        {"digest too short", {.type = "a", .subject = "b", .digest_after = "sha256:cf948aaf"}},
        {"digest algorithm too long",
         {.type = "a", .subject = "b", .digest_after = "abcdefghijklmnopq:cf948aaf92deeeeb6c0f22f21f44de35"}},
        {"digest bad algorithm", {.type = "a", .subject = "b", .digest_after = "SHA:cf948aaf92deeeeb6c0f22f21f44de35"}},
        {"digest text", {.type = "a", .subject = "b", .digest_before = "the raw prompt"}},
        {"subject not UTF-8", {.type = "a", .subject = "\xff"}},
        {"actor not UTF-8", {.type = "a", .subject = "b", .actor = "\xc3"}},
        {"outcome not UTF-8", {.type = "a", .subject = "b", .outcome = "\xed\xa0\x80"}},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        check_same(&cases[i].ev, cases[i].label);
    /* a subject one byte too long, and a digest one byte past 200 */
    char over[4098];
    memset(over, 's', 4097);
    over[4097] = '\0';
    check_same(&(struct sg_audit_event){.type = "a", .subject = over}, "subject too long");
    char digest[205] = "sha256:";
    memset(digest + 7, 'a', 194);
    digest[201] = '\0';
    check_same(&(struct sg_audit_event){.type = "a", .subject = "b", .digest_after = digest},
               "digest of 201 bytes");
    digest[200] = '\0';
    check_same(&(struct sg_audit_event){.type = "a", .subject = "b", .digest_after = digest},
               "digest of 200 bytes");
    json_decref(tree);
}

/* An event too large for an entry is refused, and the buffer is as it was. */
static void test_body_too_large(void)
{
    size_t n = SG_LEDGER_MAX_ENTRY;
    char *details = malloc(n + 1);
    CHECK(details != NULL);
    memset(details, ' ', n);
    details[0] = '{';
    details[n - 1] = '}';
    details[n] = '\0';
    struct sg_audit_event ev = {.type = "a", .subject = "b", .details_json = details};
    sg_buf b;
    sg_buf_init(&b, 4 * SG_LEDGER_MAX_ENTRY);
    CHECK_OK(sg_buf_append_str(&b, "keep"), NULL);
    struct sg_error err = {0};
    CHECK_EQ_INT(sg_ledger_event_body(&ev, &b, &err), SG_ERR_TOO_LARGE);
    CHECK_STR(b.data, "keep");
    sg_buf_release(&b);
    free(details);
}

/* ---- the batcher's entries are the appended ones -------------------------------------- */

struct rows {
    char **data;
    size_t n;
};

static sg_err keep_row(void *user, uint64_t index, const char *data, size_t len, const uint8_t leaf[32])
{
    (void)leaf;
    struct rows *r = user;
    if (index != r->n)
        return SG_ERR_INTERNAL;
    char *copy = strndup(data, len);
    if (!copy)
        return SG_ERR_NOMEM;
    r->data[r->n++] = copy;
    return SG_OK;
}

/* Every entry with its time replaced by a fixed one. */
static void read_rows(const char *dir, struct rows *r, size_t n)
{
    sg_ledger *lg = NULL;
    struct sg_error err = {0};
    CHECK_OK(sg_ledger_open(dir, SG_LEDGER_READONLY, &lg, &err), &err);
    r->data = calloc(n, sizeof *r->data);
    r->n = 0;
    CHECK(r->data != NULL);
    struct sg_ledger_query q = {0};
    CHECK_OK(sg_ledger_scan(lg, &q, keep_row, r, &err), &err);
    CHECK_EQ_INT(r->n, n);
    struct sg_ledger_verify_result res;
    CHECK_OK(sg_ledger_verify(lg, NULL, 0, NULL, &res, &err), &err);
    CHECK_EQ_INT(res.size, n);
    sg_ledger_close(lg);
    for (size_t i = 0; i < r->n; i++) {
        char *t = strstr(r->data[i], ",\"time\":\"");
        CHECK(t != NULL);
        if (t)
            memcpy(t + 9, "2026-11-24T00:00:00.000Z", 24);
    }
}

static void free_rows(struct rows *r)
{
    for (size_t i = 0; i < r->n; i++)
        free(r->data[i]);
    free(r->data);
}

static void test_batcher_entries_match_appends(void)
{
    /* Enough events for indexes of 1 to 4 digits, in several batches. */
    enum { N = 1200 };
    char dir_a[4200], dir_b[4200];
    snprintf(dir_a, sizeof dir_a, "%s/appended", sg_test_tmpdir());
    snprintf(dir_b, sizeof dir_b, "%s/batched", sg_test_tmpdir());
    struct sg_error err = {0};
    sg_ledger *lg = NULL;
    sg_ledger_batcher *b = NULL;
    CHECK_OK(sg_ledger_open(dir_a, SG_LEDGER_CREATE, &lg, &err), &err);
    struct sg_ledger_batcher_opts opts = {.interval_ms = 1, .max_batch = 100};
    CHECK_OK(sg_ledger_batcher_new(dir_b, &opts, &b, &err), &err);
    sg_buf bodies[4];
    for (int k = 0; k < 4; k++)
        sg_buf_init(&bodies[k], SG_LEDGER_MAX_ENTRY);
    for (int i = 0; i < N; i++) {
        char subject[64];
        snprintf(subject, sizeof subject, "/v1/chat/completions?i=%d", i);
        struct sg_audit_event ev = {.type = "gateway.request", .subject = subject,
                                    .actor = "bench", .role = "system_operator",
                                    .outcome = i % 3 ? "allow" : "deny",
                                    .digest_before = i % 2 ? DIGEST_A : NULL,
                                    .details_json = i % 5 ? GW_DETAILS : "{}"};
        CHECK_OK(sg_ledger_batcher_submit(b, &ev, NULL, &err), &err);
        /* the other ledger: bodies appended through the public bulk API,
         * four at a time */
        sg_buf_reset(&bodies[i % 4]);
        CHECK_OK(sg_ledger_event_body(&ev, &bodies[i % 4], &err), &err);
        if (i % 4 == 3) {
            uint64_t first = 0;
            CHECK_OK(sg_ledger_append_bodies(lg, bodies, 4, &first, &err), &err);
            CHECK_EQ_INT(first, (uint64_t)i - 3);
        }
        if (i == N / 2)
            CHECK_OK(sg_ledger_batcher_flush(b, &err), &err);
    }
    sg_ledger_batcher_free(b);
    sg_ledger_close(lg);
    for (int k = 0; k < 4; k++)
        sg_buf_release(&bodies[k]);

    struct rows a, bb;
    read_rows(dir_a, &a, N);
    read_rows(dir_b, &bb, N);
    for (size_t i = 0; i < a.n && i < bb.n; i++) {
        if (strcmp(a.data[i], bb.data[i]) != 0) {
            fprintf(stderr, "entry %zu differs:\n  %s\n  %s\n", i, a.data[i], bb.data[i]);
            CHECK(false);
            break;
        }
        char prefix[64];
        snprintf(prefix, sizeof prefix, "{\"index\":%zu,\"actor\":\"bench\"", i);
        CHECK(strncmp(a.data[i], prefix, strlen(prefix)) == 0);
    }
    free_rows(&a);
    free_rows(&bb);
}

/* A body of just "{}" (the bulk API allows it) is the entry {"index":N}. */
static void test_empty_body(void)
{
    char dir[4200];
    snprintf(dir, sizeof dir, "%s/empty", sg_test_tmpdir());
    struct sg_error err = {0};
    sg_ledger *lg = NULL;
    CHECK_OK(sg_ledger_open(dir, SG_LEDGER_CREATE, &lg, &err), &err);
    sg_buf bodies[2];
    sg_buf_init(&bodies[0], 64);
    sg_buf_init(&bodies[1], 64);
    CHECK_OK(sg_buf_append_str(&bodies[0], "{}"), NULL);
    CHECK_OK(sg_buf_append_str(&bodies[1], "{\"a\":1}"), NULL);
    uint64_t first = 9;
    CHECK_OK(sg_ledger_append_bodies(lg, bodies, 2, &first, &err), &err);
    CHECK_EQ_INT(first, 0);
    /* not an object: refused, nothing appended */
    sg_buf_reset(&bodies[1]);
    CHECK_OK(sg_buf_append_str(&bodies[1], "[1]"), NULL);
    CHECK_EQ_INT(sg_ledger_append_bodies(lg, bodies, 2, &first, &err), SG_ERR_INVALID_ARG);
    sg_ledger_close(lg);
    sg_buf_release(&bodies[0]);
    sg_buf_release(&bodies[1]);
    struct rows r;
    sg_ledger *ro = NULL;
    CHECK_OK(sg_ledger_open(dir, SG_LEDGER_READONLY, &ro, &err), &err);
    r.data = calloc(2, sizeof *r.data);
    r.n = 0;
    struct sg_ledger_query q = {0};
    CHECK_OK(sg_ledger_scan(ro, &q, keep_row, &r, &err), &err);
    sg_ledger_close(ro);
    CHECK_EQ_INT(r.n, 2);
    if (r.n == 2) {
        CHECK_STR(r.data[0], "{\"index\":0}");
        CHECK_STR(r.data[1], "{\"index\":1,\"a\":1}");
    }
    free_rows(&r);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_body_matches_reference),
        SG_TEST(test_body_too_large),
        SG_TEST(test_batcher_entries_match_appends),
        SG_TEST(test_empty_body),
        {0},
    };
    return sg_test_main(argc, argv, tests);
}
