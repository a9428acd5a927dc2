/* test_jscan.c - the gateway's tree-less JSON reader (jscan.c) against the
 * jansson reference: a table of bodies at the edges of what sg_json_parse
 * accepts (duplicate keys at every level, bad UTF-8, lone surrogates, depth,
 * numbers jansson types or refuses), each checked for the same reason,
 * message and view as sg__gw_policy_check_ref and for whether the scanner
 * decided it alone; usage and streamed events read both ways; and mutated
 * bodies compared. */
#include "harness.h"

#include <stdlib.h>

#include "gateway/internal.h"

static struct sg_gw_policy pol;
static char *models[] = {"gpt-test", "gpt-test-\xc3\xa9"};
static char *tools[] = {"get_weather"};

static void setup(void)
{
    memset(&pol, 0, sizeof pol);
    pol.models.items = models;
    pol.models.n = 2;
    pol.tools.items = tools;
    pol.tools.n = 1;
    pol.modalities = SG_GW_MOD_TEXT | SG_GW_MOD_IMAGE;
    pol.max_tokens = 100;
}

/* Both ways on one body: the combined check must equal the reference in
 * every field; returns the reason and whether the scanner decided alone. */
static void both_into(const char *path, const char *body, size_t len, bool *decided,
                      int64_t *max_tokens, enum sg_gw_reason *out)
{
    struct sg_gw_request_view a, b, s;
    char ma[256], mb[256], ms[256];
    enum sg_gw_reason rs;
    *decided = sg__gw_policy_scan(&pol, path, body, len, &s, ms, sizeof ms, &rs);
    sg__gw_view_release(&s);
    enum sg_gw_reason ra = sg__gw_policy_check(&pol, path, body, len, &a, ma, sizeof ma);
    enum sg_gw_reason rb = sg__gw_policy_check_ref(&pol, path, body, len, &b, mb, sizeof mb);
    *max_tokens = b.max_tokens;
    *out = rb;
    CHECK_EQ_INT(ra, rb);
    CHECK_STR(ma, mb);
    CHECK((a.model == NULL) == (b.model == NULL));
    if (a.model && b.model)
        CHECK_STR(a.model, b.model);
    CHECK(a.stream == b.stream);
    CHECK(a.max_tokens == b.max_tokens);
    CHECK(a.modalities == b.modalities);
    CHECK(a.text_bytes == b.text_bytes);
    if (*decided)
        CHECK_EQ_INT(rs, rb);
    if (ra == SG_GW_OK) {
        CHECK(sg__gw_view_tree(&a));
        CHECK(json_equal(a.body, b.body));
    }
    sg__gw_view_release(&a);
    sg__gw_view_release(&b);
}

static enum sg_gw_reason both(const char *path, const char *body, size_t len, bool *decided,
                              int64_t *max_tokens)
{
    enum sg_gw_reason r = SG_GW_REASON_COUNT;
    *decided = false;
    *max_tokens = -2;
    both_into(path, body, len, decided, max_tokens, &r);
    return r;
}

#define CHAT "/v1/chat/completions"
#define MSG ",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}"

static void test_table(void)
{
    static const struct {
        const char *path, *body;
        enum sg_gw_reason want;
        bool decided; /* by the scanner alone */
        int64_t max_tokens;
    } cases[] = {
        /* ordinary bodies: the scanner decides */
        {CHAT, "{\"model\":\"gpt-test\"" MSG, SG_GW_OK, true, -1},
        {CHAT, " {\"model\":\"gpt-test\",\"stream\":true,\"temperature\":0.7,\"top_p\":1e-3" MSG "\n", SG_GW_OK, true, -1},
        {CHAT, "{\"model\":\"gpt\\u002dtest\"" MSG, SG_GW_OK, true, -1},
        {CHAT, "{\"model\":\"gpt-test-\\u00e9\"" MSG, SG_GW_OK, true, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"user\",\"content\":\"\\ud83d\\ude00 caf\xc3\xa9 \xf0\x9f\x98\x80 \\n\\\"\"}]}", SG_GW_OK, true, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"a\\u0041\"},{\"type\":\"image_url\",\"image_url\":{\"url\":\"x\"}}]}]}", SG_GW_OK, true, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"input_audio\"}]}]}", SG_GW_MODALITY, true, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"te\\u0078t\",\"text\":5}]}]}", SG_GW_BAD_REQUEST, true, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"parameters\":{\"a\":{\"a\":1}}}}]" MSG, SG_GW_OK, true, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"tools\":[{\"type\":\"function\",\"function\":null}]" MSG, SG_GW_BAD_REQUEST, true, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"tools\":[{\"type\":\"function\",\"name\":\"get_weather\"}]" MSG, SG_GW_OK, true, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"functions\":[{\"name\":\"exec\"}]" MSG, SG_GW_TOOL, true, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"audio\":null" MSG, SG_GW_MODALITY, true, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"modalities\":[\"text\",7]" MSG, SG_GW_MODALITY, true, -1},
        {CHAT, "{\"model\":\"\"" MSG, SG_GW_BAD_REQUEST, true, -1},
        {CHAT, "[1]", SG_GW_BAD_JSON, true, -1},
        {CHAT, "\"str\"", SG_GW_BAD_JSON, true, -1},
        {"/v1/completions", "{\"model\":\"gpt-test\",\"prompt\":[\"ab\",[1,2,3],7]}", SG_GW_OK, true, -1},
        {"/v1/completions", "{\"model\":\"gpt-test\",\"prompt\":[7.5]}", SG_GW_BAD_REQUEST, true, -1},
        {"/v1/embeddings", "{\"model\":\"gpt-test\"}", SG_GW_BAD_REQUEST, true, -1},
        {"/v1/responses", "{\"model\":\"gpt-test\",\"instructions\":\"s\",\"input\":[{\"type\":\"function_call_output\",\"output\":\"42\"},{\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"hi\"}]}]}", SG_GW_OK, true, -1},
        {"/v1/responses", "{\"model\":\"gpt-test\",\"instructions\":5,\"input\":\"x\"}", SG_GW_BAD_REQUEST, true, -1},
        {"/custom", "{\"model\":\"gpt-test\",\"anything\":[{}]}", SG_GW_OK, true, -1},
        /* numbers for max_tokens, typed as jansson types them */
        {CHAT, "{\"model\":\"gpt-test\",\"max_tokens\":-0" MSG, SG_GW_OK, true, 0},
        {CHAT, "{\"model\":\"gpt-test\",\"max_tokens\":1.0" MSG, SG_GW_BAD_REQUEST, true, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"max_tokens\":1e2" MSG, SG_GW_BAD_REQUEST, true, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"max_tokens\":-5" MSG, SG_GW_BAD_REQUEST, true, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"max_tokens\":50,\"max_completion_tokens\":70,\"max_output_tokens\":null" MSG, SG_GW_OK, true, 70},
        {CHAT, "{\"model\":\"gpt-test\",\"max_tokens\":999999999999999999" MSG, SG_GW_MAX_TOKENS, true, 999999999999999999},
        /* 19 digits: left to jansson (it may not fit an int64) */
        {CHAT, "{\"model\":\"gpt-test\",\"max_tokens\":9223372036854775807" MSG, SG_GW_MAX_TOKENS, false, INT64_MAX},
        {CHAT, "{\"model\":\"gpt-test\",\"max_tokens\":9223372036854775808" MSG, SG_GW_BAD_JSON, false, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"max_tokens\":-9223372036854775808" MSG, SG_GW_BAD_REQUEST, false, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"max_tokens\":1e400" MSG, SG_GW_BAD_JSON, false, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"max_tokens\":1e-400" MSG, SG_GW_BAD_REQUEST, false, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"max_tokens\":01" MSG, SG_GW_BAD_JSON, false, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"max_tokens\":1." MSG, SG_GW_BAD_JSON, false, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"max_tokens\":+1" MSG, SG_GW_BAD_JSON, false, -1},
        /* duplicate keys at every level: jansson refuses, the scanner too */
        {CHAT, "{\"model\":\"gpt-test\",\"model\":\"gpt-test\"" MSG, SG_GW_BAD_JSON, false, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"user\",\"content\":\"x\",\"role\":\"user\"}]}", SG_GW_BAD_JSON, false, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"x\":{\"y\":[{\"z\":1,\"w\":{\"a\":1,\"a\":2}}]}" MSG, SG_GW_BAD_JSON, false, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"x\":{\"a\":1},\"y\":{\"a\":1}" MSG, SG_GW_OK, true, -1},
        /* an escaped key: jansson compares decoded keys, so the scanner defers */
        {CHAT, "{\"\\u006dodel\":\"gpt-test\"" MSG, SG_GW_OK, false, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"m\\u006fdel\":\"x\"" MSG, SG_GW_BAD_JSON, false, -1},
        /* strings: UTF-8 and escapes as jansson decodes them */
        {CHAT, "{\"model\":\"gpt-test\",\"x\":\"\\ud800\"" MSG, SG_GW_BAD_JSON, false, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"x\":\"\\udc00\\ud800\"" MSG, SG_GW_BAD_JSON, false, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"x\":\"\\ud800\\u0041\"" MSG, SG_GW_BAD_JSON, false, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"x\":\"\\u0000\"" MSG, SG_GW_BAD_JSON, false, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"x\":\"\\x\"" MSG, SG_GW_BAD_JSON, false, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"x\":\"\xed\xa0\x80\"" MSG, SG_GW_BAD_JSON, false, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"x\":\"\xc0\xaf\"" MSG, SG_GW_BAD_JSON, false, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"x\":\"\xe0\x80\xaf\"" MSG, SG_GW_BAD_JSON, false, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"x\":\"\xf4\x90\x80\x80\"" MSG, SG_GW_BAD_JSON, false, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"x\":\"\xf4\x8f\xbf\xbf \xef\xbf\xbf\"" MSG, SG_GW_OK, true, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"x\":\"\xc3\"" MSG, SG_GW_BAD_JSON, false, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"x\":\"tab\there\"" MSG, SG_GW_BAD_JSON, false, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"x\":\"\x7f\"" MSG, SG_GW_OK, true, -1},
        /* structure */
        {CHAT, "\xef\xbb\xbf{\"model\":\"gpt-test\"" MSG, SG_GW_BAD_JSON, false, -1},
        {CHAT, "{\"model\":\"gpt-test\"" MSG " x", SG_GW_BAD_JSON, false, -1},
        {CHAT, "{\"model\":\"gpt-test\",}", SG_GW_BAD_JSON, false, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"x\":[1,]" MSG, SG_GW_BAD_JSON, false, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"x\":tru" MSG, SG_GW_BAD_JSON, false, -1},
        {CHAT, "{\"model\":\"gpt-test\",\"x\":nul}", SG_GW_BAD_JSON, false, -1},
        {CHAT, "{\"model\" \"gpt-test\"}", SG_GW_BAD_JSON, false, -1},
        {CHAT, "", SG_GW_BAD_REQUEST, true, -1},
        {CHAT, "   ", SG_GW_BAD_JSON, false, -1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        bool decided;
        int64_t mt;
        enum sg_gw_reason r =
            both(cases[i].path, cases[i].body, strlen(cases[i].body), &decided, &mt);
        if (r != cases[i].want || decided != cases[i].decided || mt != cases[i].max_tokens)
            fprintf(stderr, "case %zu: reason %d decided %d max_tokens %lld\n", i, r, decided,
                    (long long)mt);
        CHECK_EQ_INT(r, cases[i].want);
        CHECK(decided == cases[i].decided);
        CHECK(mt == cases[i].max_tokens);
    }
}

/* Depth: sg_json_parse counts every value, scalars too, up to 64. */
static void test_depth(void)
{
    for (int levels = 60; levels <= 66; levels++) {
        for (int scalar = 0; scalar < 2; scalar++) {
            char body[512];
            size_t n = (size_t)snprintf(body, sizeof body, "{\"model\":\"gpt-test\",\"x\":");
            for (int i = 0; i < levels - 1; i++)
                body[n++] = '[';
            if (scalar)
                body[n++] = '1';
            for (int i = 0; i < levels - 1; i++)
                body[n++] = ']';
            n += (size_t)snprintf(body + n, sizeof body - n, "%s", MSG);
            bool decided;
            int64_t mt;
            /* the object is level 1, its arrays 2..levels, the scalar one more */
            int deepest = levels + scalar;
            enum sg_gw_reason r = both(CHAT, body, n, &decided, &mt);
            CHECK_EQ_INT(r, deepest <= SG_JSON_MAX_DEPTH ? SG_GW_OK : SG_GW_BAD_JSON);
            CHECK(decided == (deepest <= SG_JSON_MAX_DEPTH));
        }
    }
}

/* Big objects stay linear: over 128 keys the scanner leaves the duplicate
 * check to jansson's hash table; 100,000 keys with a duplicate at the end. */
static void test_big_objects(void)
{
    size_t cap = 2 << 20, n = 0;
    char *b = malloc(cap);
    CHECK(b != NULL);
    n += (size_t)snprintf(b, cap, "{\"model\":\"gpt-test\",\"logit_bias\":{");
    for (int i = 0; i < 100000; i++)
        n += (size_t)snprintf(b + n, cap - n, "%s\"%d\":1", i ? "," : "", i);
    size_t cut = n;
    n += (size_t)snprintf(b + n, cap - n, ",\"99999\":2}%s", MSG);
    bool decided;
    int64_t mt;
    CHECK_EQ_INT(both(CHAT, b, n, &decided, &mt), SG_GW_BAD_JSON);
    CHECK(!decided);
    n = cut + (size_t)snprintf(b + cut, cap - cut, "}%s", MSG);
    CHECK_EQ_INT(both(CHAT, b, n, &decided, &mt), SG_GW_OK);
    CHECK(!decided);
    /* 128 keys: the scanner decides */
    n = (size_t)snprintf(b, cap, "{\"model\":\"gpt-test\",\"logit_bias\":{");
    for (int i = 0; i < 128; i++)
        n += (size_t)snprintf(b + n, cap - n, "%s\"%d\":1", i ? "," : "", i);
    n += (size_t)snprintf(b + n, cap - n, "}%s", MSG);
    CHECK_EQ_INT(both(CHAT, b, n, &decided, &mt), SG_GW_OK);
    CHECK(decided);
    free(b);
}

/* A model name longer than the view's buffer goes the reference way and
 * still gives the reference's answer. */
static void test_long_strings(void)
{
    char b[2048];
    int n = snprintf(b, sizeof b, "{\"model\":\"%0300d\"%s", 7, MSG);
    bool decided;
    int64_t mt;
    CHECK_EQ_INT(both(CHAT, b, (size_t)n, &decided, &mt), SG_GW_MODEL);
    CHECK(!decided);
    n = snprintf(b, sizeof b,
                 "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":"
                 "\"%0400d\"}]}]}",
                 1);
    CHECK_EQ_INT(both(CHAT, b, (size_t)n, &decided, &mt), SG_GW_MODALITY);
    CHECK(decided);
}

static void test_usage(void)
{
    static const struct {
        const char *u;
        int want; /* sg__gw_jscan_answer_usage of {"id":"x","usage":u} */
        int64_t p, c, t;
    } cases[] = {
        {"{\"prompt_tokens\":3,\"completion_tokens\":4,\"total_tokens\":7}", 1, 3, 4, 7},
        {" {\"input_tokens\":2,\"output_tokens\":5} ", 1, 2, 5, 7},
        {"{\"prompt_tokens\":1.0,\"input_tokens\":2,\"completion_tokens\":-1}", 1, 2, 0, 2},
        {"{\"prompt_tokens\":3,\"total_tokens\":\"9\"}", 1, 3, 0, 3},
        {"null", 0, 0, 0, 0},
        {"[1]", 0, 0, 0, 0},
        {"{\"prompt_tokens\":12345678901234567890}", -1, 0, 0, 0},
        {"{\"a\":1,\"a\":2}", -1, 0, 0, 0},
        {"{\"prompt_tokens\":3", -1, 0, 0, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char doc[256];
        int n = snprintf(doc, sizeof doc, "{\"id\":\"x\",\"usage\":%s}", cases[i].u);
        int64_t p = -9, c = -9, t = -9;
        CHECK_EQ_INT(sg__gw_jscan_answer_usage(doc, (size_t)n, &p, &c, &t), cases[i].want);
        if (cases[i].want == 1)
            CHECK(p == cases[i].p && c == cases[i].c && t == cases[i].t);
    }
    /* The whole answer, through sg__gw_usage_text, equals the tree's usage. */
    const char *ans = "{\"id\":\"x\",\"choices\":[{\"message\":{\"content\":\"\\\"usage\\\"\"}}],"
                      "\"usage\":{\"prompt_tokens\":11,\"completion_tokens\":5,\"total_tokens\":16}}";
    bool wf;
    int64_t p, c, t, jp, jc, jt;
    json_t *doc = json_loads(ans, 0, NULL);
    CHECK(sg__gw_usage_text(ans, strlen(ans), &wf, &p, &c, &t) && wf);
    CHECK(sg__gw_usage(doc, &jp, &jc, &jt) && p == jp && c == jc && t == jt && t == 16);
    json_decref(doc);
    /* What the validating scan leaves to the structural one keeps its old
     * answer: an escaped key is not found (raw bytes compared), an answer
     * invalid elsewhere is still passed on with the usage it holds. */
    ans = "{\"usag\\u0065\":{\"prompt_tokens\":1}}";
    CHECK(!sg__gw_usage_text(ans, strlen(ans), &wf, &p, &c, &t) && wf);
    ans = "{\"usage\":{\"prompt_tokens\":1},\"x\":01}";
    CHECK(sg__gw_usage_text(ans, strlen(ans), &wf, &p, &c, &t) && wf && p == 1 && t == 1);
    ans = "[{\"usage\":{\"prompt_tokens\":1}}]";
    CHECK(!sg__gw_usage_text(ans, strlen(ans), &wf, &p, &c, &t) && !wf);
    ans = "{\"usage\":[1]}";
    CHECK(!sg__gw_usage_text(ans, strlen(ans), &wf, &p, &c, &t) && wf);
    /* A usage jansson refuses (too big an integer) counts as no usage. */
    ans = "{\"usage\":{\"prompt_tokens\":99999999999999999999}}";
    CHECK(!sg__gw_usage_text(ans, strlen(ans), &wf, &p, &c, &t) && wf);
}

/* Streamed events read without a tree: usage and the text's length equal
 * sg__gw_usage and sg__gw_event_text on jansson's tree. */
static void test_events(void)
{
    static const struct {
        const char *ev;
        int want;
        bool usage, text;
        size_t text_len;
    } cases[] = {
        {"{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hel\\u006co\"}}]}", 1, false, true, 5},
        {"{\"choices\":[{\"delta\":{\"role\":\"assistant\"},\"message\":{\"content\":\"x\"}}]}", 1, false, false, 0},
        {"{\"choices\":[{\"delta\":5,\"message\":{\"content\":\"\\ud83d\\ude00\"}}]}", 1, false, true, 4},
        {"{\"choices\":[{\"text\":\"abc\"}],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":2}}", 1, true, true, 3},
        {"{\"choices\":[],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":6,\"total_tokens\":11}}", 1, true, false, 0},
        {"{\"type\":\"response.output_text.delta\",\"delta\":\"\\n\\t\"}", 1, false, true, 2},
        {"{\"type\":\"response.output_text.done\",\"delta\":\"x\"}", 1, false, false, 0},
        {"{\"type\":\"response.completed\",\"response\":{\"usage\":{\"input_tokens\":3,\"output_tokens\":4}}}", 1, true, false, 0},
        {"{\"usage\":null,\"response\":{\"usage\":{\"input_tokens\":3}}}", 1, true, false, 0},
        {"[{\"usage\":{}}]", 1, false, false, 0},
        {"{\"choices\":[{\"delta\":{\"content\":\"a\"}}],\"choices\":[]}", -1, false, false, 0},
        {"{\"choices\":[{\"delta\":{\"content\":\"\\ud800\"}}]}", -1, false, false, 0},
        {"not json", -1, false, false, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct sg_gw_event_info e;
        const char *ev = cases[i].ev;
        CHECK_EQ_INT(sg__gw_jscan_event(ev, strlen(ev), &e), cases[i].want);
        if (cases[i].want != 1)
            continue;
        CHECK(e.has_usage == cases[i].usage && e.has_text == cases[i].text);
        CHECK(e.text_len == cases[i].text_len);
        json_t *doc = NULL, *holder;
        const char *field;
        int64_t p = -1, c = -1, t = -1;
        CHECK(sg_json_parse(ev, strlen(ev), "event", &doc, NULL) == SG_OK);
        CHECK(sg__gw_usage(doc, &p, &c, &t) == e.has_usage);
        if (e.has_usage)
            CHECK(p == e.prompt && c == e.completion && t == e.total);
        const char *text = sg__gw_event_text(doc, &holder, &field);
        CHECK((text != NULL) == e.has_text);
        if (text)
            CHECK(strlen(text) == e.text_len);
        json_decref(doc);
    }
}

/* Mutated bodies (byte flips, cuts, insertions of JSON's own characters):
 * whatever the scanner decides must be the reference's answer. */
static void test_mutations(void)
{
    static const char *const seeds[] = {
        "{\"model\":\"gpt-test\",\"stream\":false,\"max_tokens\":50,\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"get_weather\"}}],\"messages\":[{\"role\":\"system\",\"content\":\"s\\u00e9\"},{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"\\ud83d\\ude00\"},{\"type\":\"image_url\",\"image_url\":{\"url\":\"u\"}}]}]}",
        "{\"model\":\"gpt-test\",\"instructions\":\"i\",\"input\":[{\"output\":\"o\"},{\"content\":\"c\"}],\"modalities\":[\"text\"]}",
        "{\"model\":\"gpt-test\",\"prompt\":[\"a\",[1,2],3],\"input\":\"x\"}",
    };
    static const char *const paths[] = {CHAT, "/v1/completions", "/v1/embeddings",
                                        "/v1/responses"};
    static const char alphabet[] = "{}[]\",:\\u0123456789.eE-+ tfn\xc3\xa9\xed\x80";
    uint32_t rnd = 12345;
    char b[1024];
    for (int iter = 0; iter < 3000; iter++) {
        const char *s = seeds[iter % 3];
        size_t n = strlen(s);
        memcpy(b, s, n);
        for (int k = 0; k < 1 + iter % 3; k++) {
            rnd = rnd * 1103515245u + 12345u;
            size_t at = (rnd >> 8) % n;
            char ch = alphabet[(rnd >> 20) % (sizeof alphabet - 1)];
            switch ((rnd >> 28) % 3) {
            case 0:
                b[at] = ch;
                break;
            case 1:
                n = at;
                break;
            default:
                if (n + 1 < sizeof b) {
                    memmove(b + at + 1, b + at, n - at);
                    b[at] = ch;
                    n++;
                }
            }
            if (n == 0)
                break;
        }
        bool decided;
        int64_t mt;
        (void)both(paths[iter % 4], b, n, &decided, &mt);
    }
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_table),     SG_TEST(test_depth), SG_TEST(test_big_objects),
        SG_TEST(test_long_strings), SG_TEST(test_usage), SG_TEST(test_events), SG_TEST(test_mutations), {0}};
    setup();
    return sg_test_main(argc, argv, tests);
}
