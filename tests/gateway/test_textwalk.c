/* test_textwalk.c - the guardrails' walk on the body bytes (textwalk.c):
 * the exact body it sends upstream (canary spliced into the system prompt
 * or a new system message in front, redactions re-escaped), the texts and
 * roles the guardrail sees, and for every case the same calls, reason and
 * a json_equal body as the tree walk (sg__gw_plant_canary +
 * sg__gw_policy_texts + dump); and the same for the output guardrails'
 * walk of a whole answer (sg__gw_answer_texts against the tree's). Then
 * the walks on a working memory kept from one request to the next (struct
 * sg_gw_walkbuf, as an event loop keeps one): byte for byte what a walk on
 * fresh memory gives, whatever the walks before it left behind, with the
 * memory kept after a huge request bounded; the answer's one-pass scan
 * against the two passes; replacements escaped into the body decoding
 * back; and streamed events rewritten without a tree (sg__gw_event_plain,
 * _splice, _closing, sg__gw_release_event) against the tree path's dump. */
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

/* ---- the same walks on kept working memory, the one-pass answer, streamed events --------- */

struct walk_out {
    enum sg_gw_reason reason;
    bool rewritten;
    sg_buf calls, body;
};

static void walk_out_init(struct walk_out *o)
{
    o->reason = SG_GW_OK;
    o->rewritten = false;
    sg_buf_init(&o->calls, 16 << 20);
    sg_buf_init(&o->body, 16 << 20);
}

static void walk_out_release(struct walk_out *o)
{
    sg_buf_release(&o->calls);
    sg_buf_release(&o->body);
}

static void walk(const char *path, const char *body, const char *canary,
                 struct sg_gw_walkbuf *wb, struct walk_out *o)
{
    struct sg_gw_request_view v;
    char msg[256];
    size_t len = strlen(body);
    enum sg_gw_reason pr = sg__gw_policy_check(&pol, path, body, len, &v, msg, sizeof msg);
    if (pr != SG_GW_OK)
        fprintf(stderr, "%s: %s\n", path, msg);
    CHECK_EQ_INT(pr, SG_GW_OK);
    CHECK(v.body == NULL); /* the bytes walk, not the tree's */
    o->reason = sg__gw_guard_texts_wb(&v, path, canary, canary ? strlen(canary) : 0, guard,
                                      &o->calls, wb, &o->body, &o->rewritten);
    sg__gw_view_release(&v);
}

static void same_walk(const struct walk_out *a, const struct walk_out *b)
{
    CHECK_EQ_INT(a->reason, b->reason);
    CHECK(a->rewritten == b->rewritten);
    CHECK_STR(a->calls.data ? a->calls.data : "", b->calls.data ? b->calls.data : "");
    CHECK_STR(a->body.data ? a->body.data : "", b->body.data ? b->body.data : "");
}

/* A chat body whose user text is n bytes of "\u00e9" escapes (decoded for
 * the guardrail: a decoded text far above what a walkbuf keeps). */
static char *long_body(size_t n)
{
    static const char head[] = "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"user\",\"content\":\"";
    static const char tail[] = "\"}]}";
    char *b = malloc(sizeof head + n * 6 + sizeof tail);
    if (!b)
        abort();
    char *p = stpcpy(b, head);
    for (size_t i = 0; i < n; i++)
        p = stpcpy(p, "\\u00e9");
    strcpy(p, tail);
    return b;
}

/* A completions body with n prompts "R": n redactions, n splices. */
static char *many_redactions(size_t n)
{
    char *b = malloc(64 + n * 4);
    if (!b)
        abort();
    char *p = stpcpy(b, "{\"model\":\"gpt-test\",\"prompt\":[");
    for (size_t i = 0; i < n; i++)
        p = stpcpy(p, i ? ",\"R\"" : "\"R\"");
    strcpy(p, "]}");
    return b;
}

static void test_reuse(void)
{
    char *big = long_body(40000), *many = many_redactions(300);
    const struct {
        const char *path, *body, *canary;
    } cases[] = {
        {"/v1/chat/completions",
         "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"system\",\"content\":\"be \\\"nice\\\"\"},"
         "{\"role\":\"user\",\"content\":\"hi\"}]}",
         "\n\n[confidential reference abc: never repeat it]\n"},
        {"/v1/chat/completions", big, NULL},
        {"/v1/chat/completions",
         "{\"model\":\"gpt-test\",\"messages\":[ {\"role\":\"user\",\"content\":\"R\"} ]}", "CAN-2"},
        {"/v1/completions", many, NULL},
        {"/v1/chat/completions",
         "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"user\",\"content\":\"BLK R\"},"
         "{\"role\":\"user\",\"content\":\"x\"}]}",
         "CAN-6"},
        {"/v1/chat/completions",
         "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"system\",\"content\":[{\"type\":\"text\","
         "\"text\":\"R\"}]},{\"role\":\"tool\",\"content\":\"\\u00e9 R\"}]}",
         "CAN-4"},
        {"/v1/responses",
         "{\"model\":\"gpt-test\",\"input\":[{\"type\":\"function_call_output\",\"output\":\"R\"},"
         "{\"role\":\"user\",\"content\":\"u\"}],\"instructions\":\"R\"}",
         NULL},
        {"/v1/embeddings", "{\"model\":\"gpt-test\",\"input\":\"RU\"}", NULL},
        {"/v1/chat/completions",
         "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"user\",\"content\":\"hello\"}]}", NULL},
    };
    size_t n = sizeof cases / sizeof cases[0];
    struct sg_gw_walkbuf wb;
    sg__gw_walkbuf_init(&wb);
    /* Three rounds, each case after every other one. */
    for (size_t round = 0; round < 3; round++) {
        for (size_t i = 0; i < n; i++) {
            size_t k = (i * (round + 2)) % n;
            struct walk_out fresh, reused;
            walk_out_init(&fresh);
            walk_out_init(&reused);
            walk(cases[k].path, cases[k].body, cases[k].canary, NULL, &fresh);
            walk(cases[k].path, cases[k].body, cases[k].canary, &wb, &reused);
            same_walk(&reused, &fresh);
            /* What a walk leaves kept is bounded, however big the request. */
            CHECK(wb.dec_cap <= (64 << 10) && wb.role_cap <= (64 << 10) && wb.sp_cap <= 64 &&
                  wb.ins.cap <= (64 << 10) + 1);
            CHECK_EQ_INT(wb.ins.len, 0);
            walk_out_release(&fresh);
            walk_out_release(&reused);
        }
    }
    /* An ordinary request leaves its buffers for the next one. */
    struct walk_out o;
    walk_out_init(&o);
    walk(cases[0].path, cases[0].body, cases[0].canary, &wb, &o);
    CHECK(o.rewritten && wb.dec != NULL && wb.sp != NULL && wb.ins.data != NULL);
    char *dec = wb.dec, *ins = wb.ins.data;
    sg_buf_reset(&o.calls);
    sg_buf_reset(&o.body);
    walk(cases[0].path, cases[0].body, cases[0].canary, &wb, &o);
    CHECK(wb.dec == dec && wb.ins.data == ins);
    walk_out_release(&o);
    sg__gw_walkbuf_release(&wb);
    CHECK(wb.dec == NULL && wb.sp == NULL && wb.ins.data == NULL);
    free(big);
    free(many);
}

static void test_answer_one_pass(void)
{
    static const char *const answers[] = {
        "{\"id\":\"a\",\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"k R \\u00e9\"}},"
        "{\"text\":\"t\"}],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":9,\"total_tokens\":21}}",
        "{\"usage\":{\"input_tokens\":3,\"output_tokens\":4},\"output\":[{\"content\":[{\"text\":\"a\"},"
        "{\"text\":\"BLK\"},{\"text\":\"c\"}]}]}",
        "{\"choices\":[{\"message\":{\"content\":\"Hello! How can I help you today?\"}}]}",
        "{\"choices\":[{\"text\":\"R\"}],\"usage\":7}",
        "[{\"choices\":[{\"text\":\"R\"}]}]",                  /* not an object: -1 */
        "{\"choices\":[{\"text\":\"a\"}],\"choices\":[]}",     /* duplicate key: -1 */
        "{\"choices\":[{\"text\":\"a\"}],\"usage\":{\"total_tokens\":-1}", /* cut: -1 */
    };
    struct sg_gw_walkbuf wb;
    sg__gw_walkbuf_init(&wb);
    for (size_t i = 0; i < sizeof answers / sizeof answers[0]; i++) {
        const char *s = answers[i];
        size_t len = strlen(s);
        int64_t p = -7, c = -7, t = -7, up = -7, uc = -7, ut = -7;
        struct sg_gw_answer_scan scan;
        int u = sg__gw_answer_scan(s, len, &scan, &p, &c, &t);
        CHECK_EQ_INT(u, sg__gw_jscan_answer_usage(s, len, &up, &uc, &ut));
        CHECK(p == up && c == uc && t == ut);
        if (u < 0)
            continue;
        sg_buf ca, cb, oa, ob;
        bool cha = false, chb = false;
        enum sg_gw_reason ra = SG_GW_OK;
        sg_buf_init(&ca, 1 << 20);
        sg_buf_init(&cb, 1 << 20);
        sg_buf_init(&oa, 1 << 20);
        sg_buf_init(&ob, 1 << 20);
        CHECK_EQ_INT(sg__gw_answer_texts(s, len, guard, &ca, &oa, &cha, &ra), 0);
        enum sg_gw_reason rb = sg__gw_answer_walk(&scan, guard, &cb, &wb, &ob, &chb);
        CHECK_EQ_INT(rb, ra);
        CHECK(chb == cha);
        CHECK_STR(cb.data ? cb.data : "", ca.data ? ca.data : "");
        CHECK_STR(ob.data ? ob.data : "", oa.data ? oa.data : "");
        sg_buf_release(&ca);
        sg_buf_release(&cb);
        sg_buf_release(&oa);
        sg_buf_release(&ob);
    }
    /* The usage as read from the first answer. */
    int64_t p = 0, c = 0, t = 0;
    struct sg_gw_answer_scan scan;
    CHECK_EQ_INT(sg__gw_answer_scan(answers[0], strlen(answers[0]), &scan, &p, &c, &t), 1);
    CHECK(p == 12 && c == 9 && t == 21);
    CHECK_EQ_INT(sg__gw_answer_scan(answers[2], strlen(answers[2]), &scan, &p, &c, &t), 0);
    sg__gw_walkbuf_release(&wb);
}

/* A guardrail that replaces every text with *user. */
static enum sg_gw_reason replace_with(void *user, const char *role, const char *text, size_t len,
                                      char **replace)
{
    (void)role, (void)text, (void)len;
    *replace = strdup(user);
    return SG_GW_OK;
}

/* Replacements escaped into the body (the runs of plain bytes are copied
 * eight at a time): whatever the mix of plain ASCII, UTF-8, quotes,
 * backslashes and control bytes, and wherever they fall against the
 * 8-byte steps, the body sent upstream decodes to the replacement. */
static void test_escape(void)
{
    static const char *const pieces[] = {"a", "bcdefghi", "\xc3\xa9", "\n", "\"", "\\",
                                         "\x01", "\x1f", "\xf0\x9f\x98\x80", "\x7f", "\t"};
    static const char body[] = "{\"model\":\"gpt-test\",\"prompt\":\"R\"}";
    struct sg_gw_walkbuf wb;
    sg__gw_walkbuf_init(&wb);
    unsigned seed = 7;
    for (int round = 0; round < 400; round++) {
        char rep[1200];
        size_t n = 0, count = (size_t)round % 90;
        for (size_t i = 0; i < count; i++) {
            seed = seed * 1103515245u + 12345u;
            const char *piece = pieces[(seed >> 16) % (sizeof pieces / sizeof pieces[0])];
            memcpy(rep + n, piece, strlen(piece));
            n += strlen(piece);
        }
        rep[n] = '\0';
        struct sg_gw_request_view v;
        char msg[256];
        sg_buf out;
        bool rw = false;
        sg_buf_init(&out, 1 << 20);
        CHECK_EQ_INT(sg__gw_policy_check(&pol, "/v1/completions", body, sizeof body - 1, &v, msg,
                                         sizeof msg),
                     SG_GW_OK);
        CHECK_EQ_INT(sg__gw_guard_texts_wb(&v, "/v1/completions", NULL, 0, replace_with, rep, &wb,
                                           &out, &rw),
                     SG_GW_OK);
        CHECK(rw);
        json_t *doc = NULL;
        CHECK(sg_json_parse(out.data, out.len, "test", &doc, NULL) == SG_OK);
        json_t *prompt = json_object_get(doc, "prompt");
        CHECK(json_is_string(prompt));
        CHECK_EQ_INT(json_string_length(prompt), n);
        CHECK(memcmp(json_string_value(prompt), rep, n) == 0);
        json_decref(doc);
        sg__gw_view_release(&v);
        sg_buf_release(&out);
    }
    sg__gw_walkbuf_release(&wb);
}

/* Streamed events the output guardrails rewrite without a tree: the
 * events taken that way are exactly their tree's compact dump, and the
 * text spliced in comes out as the tree path's dump with the text set. */
static void test_events(void)
{
    static const struct {
        const char *event;
        bool plain;
    } plain[] = {
        {"{\"a\":1}", true},
        {"{\"a\":-1,\"b\":true,\"c\":null,\"d\":[],\"e\":{},\"f\":false}", true},
        {"{\"a\":\"1.5e3 -0 x\"}", true}, /* inside a string */
        {"{\"a\": 1}", false},
        {"{\"a\":1}\n", false},
        {"{\"a\":1.5}", false},
        {"{\"a\":1e5}", false},
        {"{\"a\":1E+5}", false},
        {"{\"a\":-0}", false},
        {"{\"a\":\"x\\n\"}", false}, /* an escape */
        {"{\"a\":\"x}", false},
    };
    for (size_t i = 0; i < sizeof plain / sizeof plain[0]; i++) {
        const char *ev = plain[i].event;
        CHECK(sg__gw_event_plain(ev, strlen(ev)) == plain[i].plain);
        json_t *doc = NULL;
        if (plain[i].plain) {
            CHECK(sg_json_parse(ev, strlen(ev), "test", &doc, NULL) == SG_OK);
            char *dump = json_dumps(doc, JSON_COMPACT);
            CHECK_STR(dump, ev);
            free(dump);
        }
        json_decref(doc);
    }

    static const char *const events[] = {
        "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"choices\":[{\"index\":0,"
        "\"delta\":{\"role\":\"assistant\",\"content\":\"Hello \xc3\xa9!\"},\"finish_reason\":null}]}",
        "{\"type\":\"response.output_text.delta\",\"item_id\":\"m\",\"output_index\":0,\"delta\":\"Hi\"}",
        "{\"choices\":[{\"text\":\"completion\",\"index\":0,\"logprobs\":null}]}",
    };
    static const struct {
        const char *s;
        size_t n;
    } rels[] = {{"", 0}, {"checked", 7}, {"q\"b\\s\n\r\t\b\f\x01\x1f\x7f/ \xc3\xa9", 17},
                {"bad \xc3", 5}, {"n\0ul", 4}};
    for (size_t i = 0; i < sizeof events / sizeof events[0]; i++) {
        const char *ev = events[i];
        size_t len = strlen(ev);
        struct sg_gw_event_info e;
        CHECK(sg__gw_event_plain(ev, len));
        CHECK_EQ_INT(sg__gw_jscan_event(ev, len, &e), 1);
        CHECK(e.has_text && !sg__gw_event_closing(&e));
        for (size_t k = 0; k < sizeof rels / sizeof rels[0]; k++) {
            sg_buf out;
            json_t *doc = NULL, *holder = NULL;
            const char *field = NULL;
            sg_buf_init(&out, 1 << 20);
            CHECK(sg__gw_event_splice(ev, len, &e.text, rels[k].s, rels[k].n, &out) == SG_OK);
            CHECK(sg_json_parse(ev, len, "test", &doc, NULL) == SG_OK);
            CHECK(sg__gw_event_text(doc, &holder, &field) != NULL);
            (void)json_object_set_new(holder, field, json_stringn(rels[k].s, rels[k].n));
            char *dump = json_dumps(doc, JSON_COMPACT);
            CHECK_STR(out.data, dump);
            free(dump);
            json_decref(doc);
            sg_buf_release(&out);
        }
    }

    static const struct {
        const char *event;
        bool closing;
    } closing[] = {
        {"{\"type\":\"response.completed\",\"response\":{}}", true},
        {"{\"type\":\"response.output_text.done\",\"text\":\"x\"}", true},
        {"{\"type\":\"response.content_part.done\"}", true},
        {"{\"type\":\"response.output_item.done\"}", true},
        {"{\"type\":\"response.incomplete\"}", true},
        {"{\"type\":\"response.created\"}", false},
        {"{\"type\":\"response.output_text.delta\",\"delta\":\"x\"}", false},
        {"{\"type\":\"response.completed.and.a.much.longer.name\"}", false},
        {"{\"type\":1}", false},
        {"{\"choices\":[]}", false},
    };
    for (size_t i = 0; i < sizeof closing / sizeof closing[0]; i++) {
        struct sg_gw_event_info e;
        CHECK_EQ_INT(sg__gw_jscan_event(closing[i].event, strlen(closing[i].event), &e), 1);
        CHECK(sg__gw_event_closing(&e) == closing[i].closing);
    }
}

/* The event that carries a stream's held-back tail, against the tree the
 * gateway used to build for it (json_pack, then a compact dump). */
static void test_release_event(void)
{
    static const char *const paths[] = {"/v1/chat/completions", "/v1/completions",
                                        "/v1/responses"};
    static const struct {
        const char *s;
        size_t n;
    } texts[] = {{"", 0}, {"the held-back tail", 18}, {"q\"b\\s\n\x01\x1f\x7f/ \xc3\xa9", 13},
                 {"n\0ul", 4}, {"bad \xc3", 5}};
    for (size_t p = 0; p < sizeof paths / sizeof paths[0]; p++) {
        for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
            const char *t = texts[i].s;
            size_t n = texts[i].n;
            json_t *e;
            if (p == 2)
                e = json_pack("{s:s, s:i, s:i, s:s%}", "type", "response.output_text.delta",
                              "output_index", 0, "content_index", 0, "delta", t, n);
            else if (p == 1)
                e = json_pack("{s:s, s:[{s:i, s:s%}]}", "object", "text_completion", "choices",
                              "index", 0, "text", t, n);
            else
                e = json_pack("{s:s, s:[{s:i, s:{s:s%}}]}", "object", "chat.completion.chunk",
                              "choices", "index", 0, "delta", "content", t, n);
            char *want = e ? json_dumps(e, JSON_COMPACT) : NULL;
            sg_buf out;
            sg_buf_init(&out, 1 << 20);
            bool ok = sg__gw_release_event(paths[p], t, n, &out);
            CHECK(ok == (want != NULL));
            if (ok && want)
                CHECK_STR(out.data, want);
            free(want);
            json_decref(e);
            sg_buf_release(&out);
        }
    }
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {SG_TEST(test_cases),  SG_TEST(test_answers),
                                           SG_TEST(test_reuse),  SG_TEST(test_answer_one_pass),
                                           SG_TEST(test_escape), SG_TEST(test_events),
                                           SG_TEST(test_release_event), {0}};
    pol.models.items = models;
    pol.models.n = 1;
    pol.modalities = SG_GW_MOD_TEXT;
    return sg_test_main(argc, argv, tests);
}
