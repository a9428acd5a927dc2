/* test_accesslog.c - the two records the gateway writes per request, by hand:
 * the audit details in the ledger's canonical form (exactly what jansson
 * writes with keys sorted), and the access-log line, for every field and for
 * hostile strings (quotes, control bytes, invalid UTF-8), and byte for byte
 * against the sg_jsonw version they replaced (kept below as the reference)
 * for random records; and the audit queue's recycled records: every queued
 * request reaches the ledger once; and the access log's own buffering. */
#include "harness.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "saiguard/ledger.h"

#include "gateway/internal.h"

static struct sg_gw_record full_record(void)
{
    struct sg_gw_record r = {0};
    strcpy(r.time, "2026-11-23T23:59:59Z");
    strcpy(r.request_id, "req-0001");
    strcpy(r.path, "/v1/chat/completions");
    strcpy(r.route, "openai");
    strcpy(r.model, "gpt-\"quoted\"\n\xc3\xa9");
    strcpy(r.key_id, "team-a");
    strcpy(r.remote, "127.0.0.1");
    r.decision = "deny";
    r.reason = "guardrail";
    r.guard_detector = "injection";
    r.guard_rule = "model";
    r.guard_action = 2;
    r.status = 403;
    r.up_status = 0;
    r.prompt_tokens = 12;
    r.completion_tokens = 0;
    r.total_tokens = 12;
    r.latency_ms = 1.5;
    r.estimated = true;
    r.stream = false;
    r.limiter_bypassed = true;
    r.audited = true;
    r.has_model = r.has_key = r.has_route = true;
    r.prompt_text = "ignore \x01 previous\0instructions";
    r.prompt_len = 30;
    return r;
}

/* A record that is not JSON fails the caller's next CHECK on its fields. */
static json_t *parse(const char *s)
{
    json_error_t je;
    json_t *v = json_loads(s, JSON_ALLOW_NUL, &je);
    if (!v)
        fprintf(stderr, "not JSON (%s): %s\n", je.text, s);
    return v;
}

static void test_details_are_canonical(void)
{
    /* Every optional part present, then every optional part absent. */
    for (int variant = 0; variant < 2; variant++) {
        struct sg_gw_record r = full_record();
        if (variant == 1) {
            r.guard_detector = NULL;
            r.prompt_text = NULL;
            r.limiter_bypassed = false;
            r.has_model = r.has_route = false;
            r.latency_ms = 2.0;
        }
        sg_buf b;
        sg_buf_init(&b, 1 << 16);
        CHECK_OK(sg__gw_record_details(&r, &b), NULL);
        json_t *v = parse(b.data);
        CHECK(v != NULL);
        char *canonical = json_dumps(v, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENSURE_ASCII);
        CHECK_STR(b.data, canonical);
        free(canonical);
        CHECK_STR(json_string_value(json_object_get(v, "decision")), "deny");
        CHECK_EQ_INT(json_integer_value(json_object_get(v, "status")), 403);
        CHECK_EQ_INT(json_integer_value(json_object_get(v, "prompt_tokens")), 12);
        CHECK(json_is_true(json_object_get(v, "tokens_estimated")));
        CHECK(json_is_false(json_object_get(v, "stream")));
        if (variant == 0) {
            CHECK(json_real_value(json_object_get(v, "latency_ms")) == 1.5);
            CHECK_STR(json_string_value(json_object_get(v, "model")), "gpt-\"quoted\"\n\xc3\xa9");
            json_t *p = json_object_get(v, "prompt_text");
            CHECK_EQ_INT(json_string_length(p), 30);
            CHECK(memcmp(json_string_value(p), r.prompt_text, 30) == 0);
            json_t *g = json_object_get(v, "guardrail");
            CHECK_STR(json_string_value(json_object_get(g, "detector")), "injection");
            CHECK_STR(json_string_value(json_object_get(g, "rule")), "model");
            CHECK_EQ_INT(json_integer_value(json_object_get(g, "action")), 2);
            CHECK(json_object_get(v, "limits") != NULL);
        } else {
            CHECK(json_real_value(json_object_get(v, "latency_ms")) == 2.0);
            CHECK(json_is_null(json_object_get(v, "model")));
            CHECK(json_is_null(json_object_get(v, "route")));
            CHECK(json_object_get(v, "guardrail") == NULL);
            CHECK(json_object_get(v, "prompt_text") == NULL);
            CHECK(json_object_get(v, "limits") == NULL);
        }
        json_decref(v);
        sg_buf_release(&b);
    }
}

static void test_access_line_fields_and_order(void)
{
    struct sg_gw_record r = full_record();
    r.latency_ms = 0.123;
    sg_buf b;
    sg_buf_init(&b, 1 << 16);
    CHECK_OK(sg__gw_record_access_line(&r, &b), NULL);
    CHECK(strchr(b.data, '\n') == NULL);
    CHECK(strncmp(b.data, "{\"time\":\"2026-11-23T23:59:59Z\",\"request_id\":\"req-0001\",", 55) == 0);
    CHECK(strstr(b.data, "\"latency_ms\":0.123,\"tokens\":12,\"upstream_status\":0}") != NULL);
    json_t *v = parse(b.data);
    CHECK_STR(json_string_value(json_object_get(v, "key")), "team-a");
    CHECK_STR(json_string_value(json_object_get(v, "remote")), "127.0.0.1");
    CHECK_STR(json_string_value(json_object_get(v, "reason")), "guardrail");
    CHECK_EQ_INT(json_integer_value(json_object_get(v, "status")), 403);
    json_decref(v);

    /* Unknown caller, no model, no remote: nulls, not omissions. */
    r.has_key = r.has_model = false;
    r.remote[0] = '\0';
    sg_buf_reset(&b);
    CHECK_OK(sg__gw_record_access_line(&r, &b), NULL);
    v = parse(b.data);
    CHECK(json_is_null(json_object_get(v, "key")));
    CHECK(json_is_null(json_object_get(v, "model")));
    CHECK(json_is_null(json_object_get(v, "remote")));
    json_decref(v);
    sg_buf_release(&b);
}

static void test_invalid_utf8_is_recorded_not_lost(void)
{
    /* A request path is whatever the client sent: bytes that are not UTF-8
     * must still give a valid record. */
    struct sg_gw_record r = full_record();
    strcpy(r.path, "/v1/\xff\xfe/x");
    sg_buf b;
    sg_buf_init(&b, 1 << 16);
    CHECK_OK(sg__gw_record_details(&r, &b), NULL);
    json_t *v = parse(b.data);
    CHECK_STR(json_string_value(json_object_get(v, "path")), "/v1/\xef\xbf\xbd\xef\xbf\xbd/x");
    json_decref(v);
    sg_buf_reset(&b);
    CHECK_OK(sg__gw_record_access_line(&r, &b), NULL);
    v = parse(b.data);
    CHECK_STR(json_string_value(json_object_get(v, "path")), "/v1/\xef\xbf\xbd\xef\xbf\xbd/x");
    json_decref(v);
    sg_buf_release(&b);
}

#define N_QUEUED 3000

struct seen {
    unsigned char hit[N_QUEUED];
    int dupes, unknown;
};

static sg_err note_entry(void *user, uint64_t index, const char *data, size_t len,
                         const uint8_t leaf[SG_LEDGER_HASH_LEN])
{
    struct seen *s = user;
    (void)index, (void)leaf;
    static const char tag[] = "\"request_id\":\"req-";
    const char *p = memmem(data, len, tag, sizeof tag - 1);
    int i = p ? atoi(p + sizeof tag - 1) : -1;
    if (i < 0 || i >= N_QUEUED)
        s->unknown++;
    else if (s->hit[i]++)
        s->dupes++;
    return SG_OK;
}

/* Records come back from the writer for reuse while requests keep coming;
 * a recycled record is clean, and the ledger ends up with every request
 * exactly once (the audit trail stays complete). */
static void test_recycled_records_lose_nothing(void)
{
    const char *dir = sg_test_tmpdir();
    sg_ctx ctx;
    struct sg_error err = {0};
    struct sg_gw_audit *a = NULL;
    CHECK_OK(sg_ctx_init(&ctx, dir, &err), &err);
    CHECK_OK(sg__gw_audit_new(&ctx, &a, &err), &err);
    if (!a)
        return;
    struct sg_gw_record *next = NULL;
    int recycled = 0, dirty = 0;
    for (int i = 0; i < N_QUEUED; i++) {
        struct sg_gw_record *r = next ? next : sg__gw_audit_record_new();
        if (next) {
            recycled++;
            dirty += next->request_id[0] != '\0' || next->prompt_text || next->status;
        }
        CHECK(r != NULL);
        if (!r)
            break;
        snprintf(r->request_id, sizeof r->request_id, "req-%d", i);
        strcpy(r->time, "2026-11-24T03:00:00Z");
        strcpy(r->path, "/v1/chat/completions");
        r->decision = "allow";
        r->reason = "ok";
        r->status = 200;
        r->audited = true;
        if (i % 7 == 0 && (r->prompt_text = malloc(16))) { /* audit.record_text */
            memcpy(r->prompt_text, "a prompt", 9);
            r->prompt_len = 8;
        }
        next = sg__gw_audit_request(a, r);
        if (i % 500 == 499) { /* let the writer catch up and hand records back */
            struct timespec pause = {0, 10000000};
            for (int k = 0; k < 200 && sg__gw_audit_depth(a); k++)
                nanosleep(&pause, NULL);
            for (int k = 0; k < 5; k++)
                nanosleep(&pause, NULL);
        }
    }
    sg__gw_audit_record_free(next);
    sg__gw_audit_free(a);
    CHECK(recycled > 0); /* how many depends on the writer's pace */
    CHECK_EQ_INT(dirty, 0);

    sg_ledger *lg = NULL;
    uint64_t n = 0;
    CHECK_OK(sg_ledger_open(dir, SG_LEDGER_READONLY, &lg, &err), &err);
    CHECK_OK(sg_ledger_count(lg, "gateway.request", NULL, &n, &err), &err);
    CHECK_EQ_INT((int)n, N_QUEUED);
    struct seen *s = calloc(1, sizeof *s);
    struct sg_ledger_query q = {.type = "gateway.request"};
    CHECK_OK(sg_ledger_scan(lg, &q, note_entry, s, &err), &err);
    int missing = 0;
    for (int i = 0; i < N_QUEUED; i++)
        missing += !s->hit[i];
    CHECK_EQ_INT(missing, 0);
    CHECK_EQ_INT(s->dupes, 0);
    CHECK_EQ_INT(s->unknown, 0);
    free(s);
    sg_ledger_close(lg);
    sg_ctx_release(&ctx);
}

/* ---- the reference: both records as sg_jsonw wrote them before session 5 ---------- */

static int64_t ref_latency_us(const struct sg_gw_record *r)
{
    return llround(r->latency_ms * 1000.0);
}

static sg_err ref_details(const struct sg_gw_record *r, sg_buf *out)
{
    struct sg_jsonw w;
    sg_jsonw_begin(&w, out);
    if (r->answer_text)
        sg_jsonw_strn(&w, "answer_text", r->answer_text, r->answer_len);
    sg_jsonw_int(&w, "completion_tokens", r->completion_tokens);
    sg_jsonw_str(&w, "decision", r->decision);
    if (r->guard_detector) {
        sg_jsonw_object_begin(&w, "guardrail");
        sg_jsonw_int(&w, "action", r->guard_action);
        sg_jsonw_str(&w, "detector", r->guard_detector);
        sg_jsonw_str(&w, "rule", r->guard_rule);
        sg_jsonw_object_end(&w);
    }
    sg_jsonw_fixed(&w, "latency_ms", ref_latency_us(r), 3);
    if (r->limiter_bypassed)
        sg_jsonw_str(&w, "limits", "bypassed: redis unreachable (fail_open)");
    sg_jsonw_str(&w, "model", r->has_model ? r->model : NULL);
    sg_jsonw_str(&w, "path", r->path);
    if (r->prompt_text)
        sg_jsonw_strn(&w, "prompt_text", r->prompt_text, r->prompt_len);
    sg_jsonw_int(&w, "prompt_tokens", r->prompt_tokens);
    sg_jsonw_str(&w, "reason", r->reason);
    sg_jsonw_str(&w, "request_id", r->request_id);
    sg_jsonw_str(&w, "route", r->has_route ? r->route : NULL);
    sg_jsonw_int(&w, "status", r->status);
    sg_jsonw_bool(&w, "stream", r->stream);
    sg_jsonw_bool(&w, "tokens_estimated", r->estimated);
    sg_jsonw_int(&w, "total_tokens", r->total_tokens);
    return sg_jsonw_end(&w);
}

static sg_err ref_access_line(const struct sg_gw_record *r, sg_buf *out)
{
    struct sg_jsonw w;
    sg_jsonw_begin(&w, out);
    sg_jsonw_str(&w, "time", r->time);
    sg_jsonw_str(&w, "request_id", r->request_id);
    sg_jsonw_str(&w, "remote", r->remote[0] ? r->remote : NULL);
    sg_jsonw_str(&w, "path", r->path);
    sg_jsonw_int(&w, "status", r->status);
    sg_jsonw_str(&w, "key", r->has_key ? r->key_id : NULL);
    sg_jsonw_str(&w, "model", r->has_model ? r->model : NULL);
    sg_jsonw_str(&w, "reason", r->reason);
    sg_jsonw_fixed(&w, "latency_ms", ref_latency_us(r), 3);
    sg_jsonw_int(&w, "tokens", r->total_tokens);
    sg_jsonw_int(&w, "upstream_status", r->up_status);
    return sg_jsonw_end(&w);
}

static uint64_t rnd_state = 0x853c49e6748fea9bu;

static uint32_t rnd(uint32_t n)
{
    rnd_state = rnd_state * 6364136223846793005u + 1442695040888963407u;
    return (uint32_t)(rnd_state >> 33) % n;
}

/* A random string of up to cap - 1 bytes from pieces that need care. */
static void rnd_string(char *out, size_t cap)
{
    static const char *const pieces[] = {"a", "/v1/chat", "-", "\"", "\\", "\n", "\x01", "\x7f",
                                         "\xc3\xa9", "\xe4\xb8\xad", "\xf0\x9f\x98\x80", "\xff",
                                         "\xc3", "0123456789abcdef", " "};
    size_t len = 0, n = rnd(12);
    for (size_t k = 0; k < n; k++) {
        const char *p = pieces[rnd(sizeof pieces / sizeof *pieces)];
        size_t pl = strlen(p);
        if (len + pl >= cap)
            break;
        memcpy(out + len, p, pl);
        len += pl;
    }
    out[len] = '\0';
}

static const char *rnd_const(void)
{
    static const char *const words[] = {NULL, "allow", "deny", "ok", "guardrail", "x\"y"};
    return words[rnd(sizeof words / sizeof *words)];
}

static int64_t rnd_int(void)
{
    static const int64_t edges[] = {0, 1, -1, 9, 10, 999, 1000, INT64_MAX, INT64_MIN, 200, 429};
    return rnd(3) ? edges[rnd(sizeof edges / sizeof *edges)] : (int64_t)rnd(1000000) - 5000;
}

static void test_records_match_reference(void)
{
    static const double latencies[] = {0, 0.001, 0.0005, 1.5, 2.0, 11.49, 6.213, 1e-9, 123456.789,
                                       -3.25, 0.1 + 0.2};
    sg_buf got, want;
    sg_buf_init(&got, 1 << 16);
    sg_buf_init(&want, 1 << 16);
    for (int round = 0; round < 20000; round++) {
        struct sg_gw_record r = {0};
        char prompt[64], answer[64];
        rnd_string(r.time, sizeof r.time);
        rnd_string(r.request_id, sizeof r.request_id);
        rnd_string(r.path, sizeof r.path);
        rnd_string(r.route, sizeof r.route);
        rnd_string(r.model, sizeof r.model);
        rnd_string(r.key_id, sizeof r.key_id);
        if (rnd(2))
            rnd_string(r.remote, sizeof r.remote);
        r.decision = rnd_const();
        r.reason = rnd_const();
        r.guard_detector = rnd(2) ? rnd_const() : NULL;
        r.guard_rule = rnd_const();
        r.guard_action = (int)rnd_int();
        r.status = (int)rnd_int();
        r.up_status = (int)rnd_int();
        r.prompt_tokens = rnd_int();
        r.completion_tokens = rnd_int();
        r.total_tokens = rnd_int();
        r.latency_ms = rnd(2) ? latencies[rnd(sizeof latencies / sizeof *latencies)]
                              : (double)rnd(100000000) / 7919.0;
        r.estimated = rnd(2);
        r.stream = rnd(2);
        r.limiter_bypassed = rnd(2);
        r.has_model = rnd(2);
        r.has_key = rnd(2);
        r.has_route = rnd(2);
        if (rnd(3) == 0) {
            rnd_string(prompt, sizeof prompt);
            r.prompt_text = prompt;
            r.prompt_len = strlen(prompt) + (rnd(2) ? 0 : 1); /* a NUL inside, sometimes */
        }
        if (rnd(3) == 0) {
            rnd_string(answer, sizeof answer);
            r.answer_text = answer;
            r.answer_len = strlen(answer);
        }
        for (int kind = 0; kind < 2; kind++) {
            sg_buf_reset(&got);
            sg_buf_reset(&want);
            /* appended after what the buffer holds */
            CHECK_OK(sg_buf_append_str(&got, "[x]"), NULL);
            CHECK_OK(sg_buf_append_str(&want, "[x]"), NULL);
            sg_err a = kind ? sg__gw_record_access_line(&r, &got) : sg__gw_record_details(&r, &got);
            sg_err b = kind ? ref_access_line(&r, &want) : ref_details(&r, &want);
            if (a != b || strcmp(got.data, want.data) != 0) {
                fprintf(stderr, "%s differs in round %d:\n  got  %s\n  want %s\n",
                        kind ? "access line" : "details", round, got.data, want.data);
                CHECK(false);
                round = 20000;
                break;
            }
        }
    }
    /* Too large for the buffer: refused, and the buffer as it was. */
    struct sg_gw_record r = full_record();
    sg_buf small;
    sg_buf_init(&small, 64);
    CHECK_OK(sg_buf_append_str(&small, "keep"), NULL);
    CHECK_EQ_INT(sg__gw_record_details(&r, &small), SG_ERR_TOO_LARGE);
    CHECK_EQ_INT(sg__gw_record_access_line(&r, &small), SG_ERR_TOO_LARGE);
    CHECK_STR(small.data, "keep");
    sg_buf_release(&small);
    sg_buf_release(&got);
    sg_buf_release(&want);
}

/* Lines reach the file in order and whole, whether they fit the buffer,
 * fill it, or are longer than it. */
static void test_access_log_buffering(void)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/access.jsonl", sg_test_tmpdir());
    struct sg_gw_accesslog *log = NULL;
    struct sg_error err = {0};
    CHECK_OK(sg__gw_accesslog_open(path, &log, &err), &err);
    size_t big = 200000, total = 0;
    char *line = malloc(big + 1);
    CHECK(line != NULL);
    for (int i = 0; i < 3000; i++) {
        size_t len = i == 1500 ? big : 10 + (size_t)(i % 97);
        memset(line, 'a' + i % 26, len - 1);
        line[len - 1] = '\n';
        sg__gw_accesslog_write_line(log, line, len);
        total += len;
        if (i == 2000)
            sg__gw_accesslog_flush(log);
    }
    sg__gw_accesslog_close(log);
    sg_buf text;
    sg_buf_init(&text, 1 << 24);
    CHECK_OK(sg_buf_read_file(&text, path, &err), &err);
    CHECK_EQ_INT(text.len, total);
    const char *p = text.data;
    for (int i = 0; i < 3000 && p; i++) {
        size_t len = i == 1500 ? big : 10 + (size_t)(i % 97);
        CHECK(p[0] == 'a' + i % 26 && p[len - 2] == 'a' + i % 26 && p[len - 1] == '\n');
        p += len;
    }
    sg_buf_release(&text);
    free(line);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_recycled_records_lose_nothing),
        SG_TEST(test_details_are_canonical),
        SG_TEST(test_access_line_fields_and_order),
        SG_TEST(test_invalid_utf8_is_recorded_not_lost),
        SG_TEST(test_records_match_reference),
        SG_TEST(test_access_log_buffering),
        {0},
    };
    return sg_test_main(argc, argv, tests);
}
