/* test_policy.c - request-body policy checks (shape, model, modalities,
 * tools, max_tokens), the texts offered to the guardrails (every role), the
 * SSE splitter across arbitrary chunk cuts, and usage extraction. */
#include "harness.h"

#include <stdlib.h>

#include "gateway/internal.h"

static struct sg_gw_policy pol;
static char *models[] = {"gpt-test"};
static char *tools[] = {"get_weather"};

static void setup(void)
{
    memset(&pol, 0, sizeof pol);
    pol.models.items = models;
    pol.models.n = 1;
    pol.tools.items = tools;
    pol.tools.n = 1;
    pol.modalities = SG_GW_MOD_TEXT | SG_GW_MOD_IMAGE;
    pol.max_tokens = 100;
}

static enum sg_gw_reason check(const char *path, const char *body)
{
    struct sg_gw_request_view v;
    char msg[256];
    enum sg_gw_reason r = sg__gw_policy_check(&pol, path, body, strlen(body), &v, msg, sizeof msg);
    sg__gw_view_release(&v);
    return r;
}

static void test_policy_decisions(void)
{
    static const struct {
        const char *path, *body;
        enum sg_gw_reason want;
    } cases[] = {
        {"/v1/chat/completions", "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", SG_GW_OK},
        {"/v1/chat/completions", "", SG_GW_BAD_REQUEST},
        {"/v1/chat/completions", "[1]", SG_GW_BAD_JSON},
        {"/v1/chat/completions", "{\"model\":\"gpt-test\",", SG_GW_BAD_JSON},
        {"/v1/chat/completions", "{\"model\":[],\"messages\":[]}", SG_GW_BAD_REQUEST},
        {"/v1/chat/completions", "{\"model\":\"gpt-test\",\"messages\":[]}", SG_GW_BAD_REQUEST},
        {"/v1/chat/completions", "{\"model\":\"gpt-test\",\"messages\":[{\"content\":\"x\"}]}", SG_GW_BAD_REQUEST},
        {"/v1/chat/completions", "{\"model\":\"other\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}", SG_GW_MODEL},
        {"/v1/chat/completions", "{\"model\":\"gpt-test\",\"max_tokens\":101,\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}", SG_GW_MAX_TOKENS},
        {"/v1/chat/completions", "{\"model\":\"gpt-test\",\"max_tokens\":-1,\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}", SG_GW_BAD_REQUEST},
        {"/v1/chat/completions", "{\"model\":\"gpt-test\",\"max_tokens\":1.5,\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}", SG_GW_BAD_REQUEST},
        {"/v1/chat/completions", "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":{}}]}]}", SG_GW_OK},
        {"/v1/chat/completions", "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"input_audio\"}]}]}", SG_GW_MODALITY},
        {"/v1/chat/completions", "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"file\"}]}]}", SG_GW_MODALITY},
        {"/v1/chat/completions", "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"video\"}]}]}", SG_GW_MODALITY},
        {"/v1/chat/completions", "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":5}]}]}", SG_GW_BAD_REQUEST},
        {"/v1/chat/completions", "{\"model\":\"gpt-test\",\"modalities\":[\"text\",\"audio\"],\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}", SG_GW_MODALITY},
        {"/v1/chat/completions", "{\"model\":\"gpt-test\",\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"get_weather\"}}],\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}", SG_GW_OK},
        {"/v1/chat/completions", "{\"model\":\"gpt-test\",\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"exec\"}}],\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}", SG_GW_TOOL},
        {"/v1/chat/completions", "{\"model\":\"gpt-test\",\"tools\":[{\"type\":\"code_interpreter\"}],\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}", SG_GW_TOOL},
        {"/v1/chat/completions", "{\"model\":\"gpt-test\",\"tools\":{},\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}", SG_GW_BAD_REQUEST},
        {"/v1/responses", "{\"model\":\"gpt-test\",\"input\":\"hi\"}", SG_GW_OK},
        {"/v1/responses", "{\"model\":\"gpt-test\",\"input\":[{\"role\":\"user\",\"content\":[{\"type\":\"input_file\"}]}]}", SG_GW_MODALITY},
        {"/v1/responses", "{\"model\":\"gpt-test\",\"input\":\"x\",\"tools\":[{\"type\":\"function\",\"name\":\"exec\"}]}", SG_GW_TOOL},
        {"/v1/responses", "{\"model\":\"gpt-test\",\"input\":\"x\",\"max_output_tokens\":1000}", SG_GW_MAX_TOKENS},
        {"/v1/embeddings", "{\"model\":\"gpt-test\",\"input\":[\"a\",[1,2]]}", SG_GW_OK},
        {"/v1/embeddings", "{\"model\":\"gpt-test\",\"input\":{}}", SG_GW_BAD_REQUEST},
        {"/v1/completions", "{\"model\":\"gpt-test\",\"prompt\":\"x\",\"stream\":\"no\"}", SG_GW_BAD_REQUEST},
    };
    setup();
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        enum sg_gw_reason got = check(cases[i].path, cases[i].body);
        if (got != cases[i].want) {
            sg_test_fail(__FILE__, __LINE__, "case %zu: got %s, want %s", i,
                         sg__gw_reason_name(got), sg__gw_reason_name(cases[i].want));
            return;
        }
    }
}

struct seen {
    char roles[256];
    int n;
};

static enum sg_gw_reason collect(void *user, const char *role, const char *text, size_t len,
                                 char **replace)
{
    struct seen *s = user;
    (void)len;
    strncat(s->roles, role, sizeof s->roles - strlen(s->roles) - 2);
    strcat(s->roles, ",");
    s->n++;
    if (strcmp(text, "redact me") == 0)
        *replace = strdup("[x]");
    return SG_GW_OK;
}

static void test_every_role_is_offered(void)
{
    const char *body =
        "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"system\",\"content\":\"s\"},"
        "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"redact me\"}]},"
        "{\"role\":\"assistant\",\"content\":null},{\"role\":\"tool\",\"content\":\"t\"}]}";
    struct sg_gw_request_view v;
    char msg[256];
    struct seen s = {{0}, 0};
    bool rewritten = false;
    setup();
    CHECK_EQ_INT(sg__gw_policy_check(&pol, "/v1/chat/completions", body, strlen(body), &v, msg,
                                     sizeof msg), SG_GW_OK);
    CHECK_EQ_INT(sg__gw_policy_texts(&v, "/v1/chat/completions", collect, &s, &rewritten), SG_GW_OK);
    CHECK_STR(s.roles, "system,user,tool,");
    CHECK(rewritten);
    char *out = json_dumps(v.body, JSON_COMPACT);
    CHECK(strstr(out, "[x]") && !strstr(out, "redact me"));
    free(out);
    sg__gw_view_release(&v);
}

struct events {
    char all[1024];
    int n;
};

static sg_err on_ev(void *user, const char *data, size_t len)
{
    struct events *e = user;
    strncat(e->all, data, len);
    strcat(e->all, "|");
    e->n++;
    return SG_OK;
}

static void test_sse_any_cut(void)
{
    const char *stream = "event: x\ndata: {\"a\":1}\n\n: keepalive\n\ndata: l1\r\ndata: l2\r\n\r\n"
                         "data: [DONE]\n\n";
    size_t n = strlen(stream);
    for (size_t cut = 0; cut <= n; cut++) {
        struct gw_sse_case {
            struct sg_gw_sse s;
            struct events e;
        } c;
        memset(&c, 0, sizeof c);
        sg__gw_sse_init(&c.s, 4096);
        CHECK_OK(sg__gw_sse_feed(&c.s, stream, cut, on_ev, &c.e), NULL);
        CHECK_OK(sg__gw_sse_feed(&c.s, stream + cut, n - cut, on_ev, &c.e), NULL);
        sg__gw_sse_release(&c.s);
        CHECK_EQ_INT(c.e.n, 3);
        CHECK_STR(c.e.all, "{\"a\":1}|l1\nl2|[DONE]|");
    }
    struct sg_gw_sse s;
    struct events e = {{0}, 0};
    sg__gw_sse_init(&s, 16);
    CHECK(sg__gw_sse_feed(&s, "data: 0123456789abcdefghij", 26, on_ev, &e) == SG_ERR_TOO_LARGE);
    sg__gw_sse_release(&s);
}

static void test_usage(void)
{
    json_t *d = json_loads("{\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":4,\"total_tokens\":7}}", 0, NULL);
    int64_t p, c, t;
    CHECK(sg__gw_usage(d, &p, &c, &t) && p == 3 && c == 4 && t == 7);
    json_decref(d);
    d = json_loads("{\"type\":\"response.completed\",\"response\":{\"usage\":{\"input_tokens\":2,\"output_tokens\":5}}}", 0, NULL);
    CHECK(sg__gw_usage(d, &p, &c, &t) && p == 2 && c == 5 && t == 7);
    json_decref(d);
    d = json_loads("{\"usage\":null}", 0, NULL);
    CHECK(!sg__gw_usage(d, &p, &c, &t));
    json_decref(d);
}

/* The tree-less reader of a whole answer's top-level member: only the
 * top-level key counts (not one nested, not one inside a string), and what
 * is not a balanced JSON object is reported as such. */
static void test_json_member(void)
{
    static const struct {
        const char *doc;
        int want;
        const char *value;
    } cases[] = {
        {"{\"id\":\"x\",\"usage\":{\"total_tokens\":7}}", 1, "{\"total_tokens\":7}"},
        {" {\"usage\" : 5 , \"b\":[1,{\"usage\":2}]}\n", 1, "5 "},
        {"{\"a\":{\"usage\":1}}", 0, NULL},
        {"{\"a\":\"\\\"usage\\\":1\",\"c\":[]}", 0, NULL},
        {"{\"a\":\"}\",\"usage\":\"]\"}", 1, "\"]\""},
        {"{}", 0, NULL},
        {"{\"usage\":{\"a\":1}", -1, NULL},
        {"{\"usage\":{\"a\":1]}", -1, NULL},
        {"{\"usage\":1} x", -1, NULL},
        {"[1,2]", -1, NULL},
        {"<html>", -1, NULL},
        {"{\"a\":\"unterminated}", -1, NULL},
        {"", -1, NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *v;
        size_t vl;
        int rc = sg__gw_json_member(cases[i].doc, strlen(cases[i].doc), "usage", &v, &vl);
        CHECK_EQ_INT(rc, cases[i].want);
        if (cases[i].value && rc == 1) {
            char got[64];
            snprintf(got, sizeof got, "%.*s", (int)vl, v);
            CHECK_STR(got, cases[i].value);
        }
    }
    /* Deeper than the depth cap: refused, not overflowed. */
    char deep[200];
    memset(deep, '[', sizeof deep);
    deep[0] = '{';
    const char *v;
    size_t vl;
    CHECK_EQ_INT(sg__gw_json_member(deep, sizeof deep, "usage", &v, &vl), -1);
    bool wf;
    int64_t p, c, t;
    const char *ans = "{\"choices\":[],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":4}}";
    CHECK(sg__gw_usage_text(ans, strlen(ans), &wf, &p, &c, &t) && wf && p == 3 && c == 4 && t == 7);
    CHECK(!sg__gw_usage_text("{\"x\":1}", 7, &wf, &p, &c, &t) && wf);
    CHECK(!sg__gw_usage_text("nope", 4, &wf, &p, &c, &t) && !wf);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {SG_TEST(test_policy_decisions),
                                           SG_TEST(test_every_role_is_offered),
                                           SG_TEST(test_sse_any_cut), SG_TEST(test_usage),
                                           SG_TEST(test_json_member), {0}};
    return sg_test_main(argc, argv, tests);
}
