/* test_textwalk.c - the guardrails' walk on the body bytes (textwalk.c):
 * the exact body it sends upstream (canary spliced into the system prompt
 * or a new system message in front, redactions re-escaped), the texts and
 * roles the guardrail sees, and for every case the same calls, reason and
 * a json_equal body as the tree walk (sg__gw_plant_canary +
 * sg__gw_policy_texts + dump); and the same for the output guardrails'
 * walk of a whole answer (sg__gw_answer_texts against the tree's). */
#include "harness.h"

#include <stdlib.h>

#include "gateway/internal.h"

static struct sg_gw_policy pol;
static char *models[] = {"gpt-test"};

/* The stand-in guardrail: blocks "BLK", rewrites texts holding 'R' (into
 * invalid UTF-8 when they also hold 'U': then the text stays as it was). */
static enum sg_gw_reason guard(void *user, const char *role, const char *text, size_t len,
                               char **replace)
{
    sg_buf *calls = user;
    *replace = NULL;
    if (sg_buf_printf(calls, "%s:", role) || sg_buf_append(calls, text, len) ||
        sg_buf_append_str(calls, "|"))
        abort();
    if (memmem(text, len, "BLK", 3))
        return SG_GW_GUARD_INPUT;
    if (memchr(text, 'R', len))
        *replace = strdup(memchr(text, 'U', len) ? "bad \xc3" : "[x\"y\n\x01]");
    return SG_GW_OK;
}

static void test_cases(void)
{
    static const struct {
        const char *path, *body, *canary;
        enum sg_gw_reason want;
        const char *calls; /* role:text| in order */
        const char *out;   /* the body sent upstream; NULL: unchanged */
    } cases[] = {
        {"/v1/chat/completions",
         "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"system\",\"content\":\"be \\\"nice\\\"\"},"
         "{\"role\":\"user\",\"content\":\"hi\"}]}",
         "CAN-1", SG_GW_OK, "system:be \"nice\"\nCAN-1|user:hi|",
         "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"system\",\"content\":\"be \\\"nice\\\"\\nCAN-1\"},"
         "{\"role\":\"user\",\"content\":\"hi\"}]}"},
        {"/v1/chat/completions",
         "{\"model\":\"gpt-test\",\"messages\":[ {\"role\":\"user\",\"content\":\"hi\"} ]}", "CAN-2",
         SG_GW_OK, "system:CAN-2|user:hi|",
         "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"system\",\"content\":\"CAN-2\"}, "
         "{\"role\":\"user\",\"content\":\"hi\"} ]}"},
        /* A system message whose content is parts gets a new one in front. */
        {"/v1/chat/completions",
         "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"system\",\"content\":[{\"type\":\"text\",\"text\":\"s\"}]}]}",
         "CAN-4", SG_GW_OK, "system:CAN-4|system:s|",
         "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"system\",\"content\":\"CAN-4\"},{\"role\":\"system\","
         "\"content\":[{\"type\":\"text\",\"text\":\"s\"}]}]}"},
        /* Redactions, escaped text decoded for the guardrail. */
        {"/v1/chat/completions",
         "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"tool\",\"content\":\"\\u00e9 R\"},"
         "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"ok\"},{\"type\":\"text\",\"text\":\"R\\n\"}]}]}",
         NULL, SG_GW_OK, "tool:\xc3\xa9 R|user:ok|user:R\n|",
         "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"tool\",\"content\":\"[x\\\"y\\n\\u0001]\"},"
         "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"ok\"},{\"type\":\"text\",\"text\":\"[x\\\"y\\n\\u0001]\"}]}]}"},
        /* The system text with the canary redacted as a whole. */
        {"/v1/chat/completions",
         "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"system\",\"content\":\"R\"}]}", "CAN-5",
         SG_GW_OK, "system:R\nCAN-5|",
         "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"system\",\"content\":\"[x\\\"y\\n\\u0001]\"}]}"},
        /* A replacement that is not UTF-8 leaves the text as it was. */
        {"/v1/chat/completions",
         "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"user\",\"content\":\"RU\"}]}", NULL,
         SG_GW_OK, "user:RU|", "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"user\",\"content\":\"RU\"}]}"},
        /* Nothing to change: the bytes go as they came. */
        {"/v1/chat/completions",
         "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"user\",\"content\":\"hello\"}]}", NULL,
         SG_GW_OK, "user:hello|", NULL},
        /* A block stops the walk. */
        {"/v1/chat/completions",
         "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"user\",\"content\":\"BLK\"},{\"role\":\"user\",\"content\":\"x\"}]}",
         "CAN-6", SG_GW_GUARD_INPUT, "system:CAN-6|user:BLK|", NULL},
        /* Responses: instructions come first even when written last (the
         * splices are applied in byte order). */
        {"/v1/responses",
         "{\"model\":\"gpt-test\",\"input\":[{\"type\":\"function_call_output\",\"output\":\"R\"},"
         "{\"role\":\"user\",\"content\":\"u\"}],\"instructions\":\"R\"}",
         NULL, SG_GW_OK, "system:R|tool:R|user:u|",
         "{\"model\":\"gpt-test\",\"input\":[{\"type\":\"function_call_output\",\"output\":\"[x\\\"y\\n\\u0001]\"},"
         "{\"role\":\"user\",\"content\":\"u\"}],\"instructions\":\"[x\\\"y\\n\\u0001]\"}"},
        {"/v1/completions", "{\"model\":\"gpt-test\",\"prompt\":[\"a\",\"R\"]}", NULL, SG_GW_OK,
         "user:a|user:R|", "{\"model\":\"gpt-test\",\"prompt\":[\"a\",\"[x\\\"y\\n\\u0001]\"]}"},
        {"/v1/embeddings", "{\"model\":\"gpt-test\",\"input\":\"R\"}", NULL, SG_GW_OK, "user:R|",
         "{\"model\":\"gpt-test\",\"input\":\"[x\\\"y\\n\\u0001]\"}"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *body = cases[i].body, *can = cases[i].canary;
        size_t len = strlen(body), cl = can ? strlen(can) : 0;
        struct sg_gw_request_view a, b = {0};
        char msg[256];
        sg_buf ca, cb, oa, ob;
        bool rwa = false, rwb = false;
        sg_buf_init(&ca, 1 << 20);
        sg_buf_init(&cb, 1 << 20);
        sg_buf_init(&oa, 1 << 20);
        sg_buf_init(&ob, 1 << 20);
        enum sg_gw_reason pr =
            sg__gw_policy_check(&pol, cases[i].path, body, len, &a, msg, sizeof msg);
        if (pr != SG_GW_OK)
            fprintf(stderr, "case %zu: %s\n", i, msg);
        CHECK_EQ_INT(pr, SG_GW_OK);
        CHECK(a.body == NULL); /* the scanner decided: the bytes walk runs */
        enum sg_gw_reason ra =
            sg__gw_guard_texts(&a, cases[i].path, can, cl, guard, &ca, &oa, &rwa);
        CHECK_EQ_INT(ra, cases[i].want);
        CHECK_STR(ca.data ? ca.data : "", cases[i].calls);
        if (ra == SG_GW_OK) {
            CHECK(rwa == (cases[i].out != NULL));
            if (cases[i].out)
                CHECK_STR(oa.data, cases[i].out);
        }
        /* The tree walk through the same entry point. */
        CHECK(sg_json_parse(body, len, "test", &b.body, NULL) == SG_OK);
        enum sg_gw_reason rb =
            sg__gw_guard_texts(&b, cases[i].path, can, cl, guard, &cb, &ob, &rwb);
        CHECK_EQ_INT(rb, ra);
        CHECK_STR(cb.data ? cb.data : "", ca.data ? ca.data : "");
        if (ra == SG_GW_OK && rwa) {
            json_t *ja = NULL;
            CHECK(rwb);
            CHECK(sg_json_parse(oa.data, oa.len, "test", &ja, NULL) == SG_OK);
            CHECK(json_equal(ja, b.body));
            json_decref(ja);
        }
        sg__gw_view_release(&a);
        sg__gw_view_release(&b);
        sg_buf_release(&ca);
        sg_buf_release(&cb);
        sg_buf_release(&oa);
        sg_buf_release(&ob);
    }
}

/* The output guardrails' walk of a whole answer. */
static void test_answers(void)
{
    static const struct {
        const char *body;
        int want;                 /* sg__gw_answer_texts */
        enum sg_gw_reason reason; /* when 0 */
        const char *calls, *out;  /* out NULL: unchanged */
    } cases[] = {
        {"{\"id\":\"a\",\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"k R \\u00e9\"}},"
         "{\"text\":\"t\"}],\"usage\":{\"total_tokens\":3}}",
         0, SG_GW_OK, "output:k R \xc3\xa9|output:t|",
         "{\"id\":\"a\",\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"[x\\\"y\\n\\u0001]\"}},"
         "{\"text\":\"t\"}],\"usage\":{\"total_tokens\":3}}"},
        {"{\"output\":[{\"content\":[{\"text\":\"a\"},{\"text\":\"BLK\"},{\"text\":\"c\"}]}]}", 0,
         SG_GW_GUARD_INPUT, "output:a|output:BLK|", NULL}, /* the stand-in's reason */
        {"{\"choices\":[{\"message\":\"m\",\"text\":\"plain\"}]}", 0, SG_GW_OK, "output:plain|", NULL},
        {"{\"choices\":[1,\"x\",{\"message\":{\"content\":[]}}]}", 0, SG_GW_OK, "", NULL},
        {"{\"choices\":[{\"text\":\"a\"}],\"choices\":[]}", -1, SG_GW_OK, "", NULL}, /* duplicate key */
        {"{\"choices\":[{\"text\":\"a\"}]", -1, SG_GW_OK, "", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *body = cases[i].body;
        size_t len = strlen(body);
        sg_buf ca, cb, out;
        bool cha = false, chb = false;
        enum sg_gw_reason ra = SG_GW_OK;
        sg_buf_init(&ca, 1 << 20);
        sg_buf_init(&cb, 1 << 20);
        sg_buf_init(&out, 1 << 20);
        CHECK_EQ_INT(sg__gw_answer_texts(body, len, guard, &ca, &out, &cha, &ra), cases[i].want);
        if (cases[i].want == 0) {
            json_t *doc = NULL, *ja = NULL;
            CHECK_EQ_INT(ra, cases[i].reason);
            CHECK_STR(ca.data ? ca.data : "", cases[i].calls);
            CHECK(cha == (cases[i].out != NULL));
            if (cases[i].out)
                CHECK_STR(out.data, cases[i].out);
            CHECK(sg_json_parse(body, len, "test", &doc, NULL) == SG_OK);
            CHECK_EQ_INT(sg__gw_answer_texts_tree(doc, guard, &cb, &chb), ra);
            CHECK_STR(cb.data ? cb.data : "", ca.data ? ca.data : "");
            if (ra == SG_GW_OK && cha) {
                CHECK(sg_json_parse(out.data, out.len, "test", &ja, NULL) == SG_OK);
                CHECK(json_equal(ja, doc));
            }
            json_decref(ja);
            json_decref(doc);
        }
        sg_buf_release(&ca);
        sg_buf_release(&cb);
        sg_buf_release(&out);
    }
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {SG_TEST(test_cases), SG_TEST(test_answers), {0}};
    pol.models.items = models;
    pol.models.n = 1;
    pol.modalities = SG_GW_MOD_TEXT;
    return sg_test_main(argc, argv, tests);
}
