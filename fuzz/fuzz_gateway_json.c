/* fuzz_gateway_json.c - differential harness for the gateway's tree-less
 * JSON reader (src/gateway/jscan.c): for arbitrary bytes, every API path and
 * a policy picked by the first byte, the scanner's policy check must give
 * exactly the reason, message and view of the jansson reference whenever it
 * decides; whatever the scanner accepts jansson must accept, with the same
 * top-level members and strings; and usage (of an answer, of a streamed
 * event) and a streamed event's text length read without a tree must equal
 * what the gateway reads from jansson's tree; the guardrails' walk on the
 * bytes (sg__gw_guard_texts: texts, canary and redactions spliced in) must
 * call the guardrail with the same roles and texts in the same order, give
 * the same reason and a body equal (json_equal) to the tree walk's
 * (sg__gw_plant_canary, sg__gw_policy_texts, dump); the same walks on a
 * working memory kept from input to input (as an event loop keeps one) and
 * the answer's one-pass scan (usage and texts) must give byte for byte what
 * a fresh walk and the two-pass reading give; a streamed event the
 * guardrails rewrite without a tree (sg__gw_event_plain, _splice, _closing)
 * must come out byte for byte as the tree path's dump. Any difference
 * aborts. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gateway/internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void same_or_die(bool same)
{
    if (!same)
        abort();
}

/* A stand-in guardrail: records every call; blocks texts holding "BLK",
 * rewrites those holding 'R' (into escapes-needing text, or invalid UTF-8
 * when they also hold 'U', which jansson's json_string_set refuses). */
struct rec {
    sg_buf calls;
};

static enum sg_gw_reason fake_guard(void *user, const char *role, const char *text, size_t len,
                                    char **replace)
{
    struct rec *rc = user;
    *replace = NULL;
    if (sg_buf_append_str(&rc->calls, role) || sg_buf_append_byte(&rc->calls, 0) ||
        sg_buf_append(&rc->calls, text, len) || sg_buf_append_byte(&rc->calls, 0))
        abort();
    if (memmem(text, len, "BLK", 3))
        return SG_GW_GUARD_INPUT;
    if (memchr(text, 'R', len)) {
        if (memchr(text, 'U', len))
            *replace = strdup("bad \xc3");
        else
            *replace = strdup("[red\"acted\\ \n\x01 \xc3\xa9 \xf0\x9f\x98\x80]");
    }
    return SG_GW_OK;
}

/* The working memory every input's walks share, as an event loop's do. */
static struct sg_gw_walkbuf kept_wb;
static bool kept_wb_ready;

static struct sg_gw_walkbuf *kept(void)
{
    if (!kept_wb_ready) {
        sg__gw_walkbuf_init(&kept_wb);
        kept_wb_ready = true;
    }
    return &kept_wb;
}

static bool same_buf(const sg_buf *a, const sg_buf *b)
{
    return a->len == b->len && (a->len == 0 || memcmp(a->data, b->data, a->len) == 0);
}

/* The bytes walk of view a against the tree walk on jansson's tree. */
static void check_guard(struct sg_gw_request_view *a, const char *path, const char *body,
                        size_t len, const char *canary)
{
    struct rec ra, rb;
    sg_buf out, ref;
    bool rwa = false, rwb = false;
    size_t cl = canary ? strlen(canary) : 0;
    sg_buf_init(&ra.calls, SIZE_MAX / 2);
    sg_buf_init(&rb.calls, SIZE_MAX / 2);
    sg_buf_init(&out, SIZE_MAX / 2);
    sg_buf_init(&ref, SIZE_MAX / 2);
    enum sg_gw_reason wa = sg__gw_guard_texts(a, path, canary, cl, fake_guard, &ra, &out, &rwa);
    /* On the kept working memory: the same calls, reason and bytes. */
    struct rec rk;
    sg_buf outk;
    bool rwk = false;
    sg_buf_init(&rk.calls, SIZE_MAX / 2);
    sg_buf_init(&outk, SIZE_MAX / 2);
    enum sg_gw_reason wk =
        sg__gw_guard_texts_wb(a, path, canary, cl, fake_guard, &rk, kept(), &outk, &rwk);
    same_or_die(wk == wa && rwk == rwa && same_buf(&rk.calls, &ra.calls) &&
                (wa != SG_GW_OK || same_buf(&outk, &out)));
    sg_buf_release(&rk.calls);
    sg_buf_release(&outk);
    struct sg_gw_request_view b = {0};
    same_or_die(sg_json_parse(body, len, "fuzz", &b.body, NULL) == SG_OK);
    /* The tree walk through the same entry point. */
    enum sg_gw_reason wb = sg__gw_guard_texts(&b, path, canary, cl, fake_guard, &rb, &ref, &rwb);
    same_or_die(wa == wb);
    same_or_die(ra.calls.len == rb.calls.len &&
                (ra.calls.len == 0 || memcmp(ra.calls.data, rb.calls.data, ra.calls.len) == 0));
    if (wa == SG_GW_OK) {
        same_or_die(rwa == rwb);
        if (rwa) {
            json_t *ja = NULL;
            same_or_die(sg_json_parse(out.data, out.len, "fuzz", &ja, NULL) == SG_OK);
            same_or_die(json_equal(ja, b.body));
            json_decref(ja);
        }
    }
    sg__gw_view_release(&b);
    sg_buf_release(&ra.calls);
    sg_buf_release(&rb.calls);
    sg_buf_release(&out);
    sg_buf_release(&ref);
}

static void check_policy(const struct sg_gw_policy *pol, const char *path, const char *body,
                         size_t len, const char *canary)
{
    struct sg_gw_request_view a, b;
    char ma[256], mb[256];
    enum sg_gw_reason ra;
    bool decided = sg__gw_policy_scan(pol, path, body, len, &a, ma, sizeof ma, &ra);
    enum sg_gw_reason rb = sg__gw_policy_check_ref(pol, path, body, len, &b, mb, sizeof mb);
    if (decided) {
        same_or_die(ra == rb);
        same_or_die(strcmp(ma, mb) == 0);
        same_or_die((a.model == NULL) == (b.model == NULL));
        same_or_die(!a.model || strcmp(a.model, b.model) == 0);
        same_or_die(a.stream == b.stream && a.max_tokens == b.max_tokens &&
                    a.modalities == b.modalities && a.text_bytes == b.text_bytes);
        if (ra == SG_GW_OK && !a.body)
            check_guard(&a, path, body, len,
                        strcmp(path, "/v1/chat/completions") == 0 ? canary : NULL);
        /* The lazily built tree is jansson's tree of the same bytes. */
        if (ra == SG_GW_OK) {
            same_or_die(sg__gw_view_tree(&a));
            same_or_die(json_equal(a.body, b.body));
        }
    }
    sg__gw_view_release(&a);
    sg__gw_view_release(&b);
}

/* The output guardrails' walk of a whole answer on its bytes against the
 * tree walk. */
static void check_answer(const char *s, size_t len)
{
    struct rec ra, rb;
    sg_buf out;
    bool cha = false, chb = false;
    enum sg_gw_reason wa = SG_GW_OK;
    sg_buf_init(&ra.calls, SIZE_MAX / 2);
    sg_buf_init(&rb.calls, SIZE_MAX / 2);
    sg_buf_init(&out, SIZE_MAX / 2);
    json_t *doc = NULL;
    bool jok = sg_json_parse(s, len, "fuzz", &doc, NULL) == SG_OK;
    int got = sg__gw_answer_texts(s, len, fake_guard, &ra, &out, &cha, &wa);
    /* The one-pass scan: what the usage reader and the texts walk give. */
    struct sg_gw_answer_scan scan;
    int64_t p = -7, c = -7, t = -7, up = -7, uc = -7, ut = -7;
    int u = sg__gw_answer_scan(s, len, &scan, &p, &c, &t);
    same_or_die(u == sg__gw_jscan_answer_usage(s, len, &up, &uc, &ut) && p == up && c == uc &&
                t == ut);
    if (u >= 0) {
        struct rec rk;
        sg_buf outk;
        bool chk = false;
        sg_buf_init(&rk.calls, SIZE_MAX / 2);
        sg_buf_init(&outk, SIZE_MAX / 2);
        enum sg_gw_reason wk = sg__gw_answer_walk(&scan, fake_guard, &rk, kept(), &outk, &chk);
        same_or_die(got == 0 && wk == wa && chk == cha && same_buf(&rk.calls, &ra.calls) &&
                    (wa != SG_GW_OK || same_buf(&outk, &out)));
        sg_buf_release(&rk.calls);
        sg_buf_release(&outk);
    }
    if (got == 0) {
        same_or_die(jok);
        enum sg_gw_reason wb = sg__gw_answer_texts_tree(doc, fake_guard, &rb, &chb);
        same_or_die(wa == wb);
        same_or_die(ra.calls.len == rb.calls.len &&
                    (ra.calls.len == 0 || memcmp(ra.calls.data, rb.calls.data, ra.calls.len) == 0));
        if (wa == SG_GW_OK) {
            same_or_die(cha == chb);
            if (cha) {
                json_t *ja = NULL;
                same_or_die(sg_json_parse(out.data, out.len, "fuzz", &ja, NULL) == SG_OK);
                same_or_die(json_equal(ja, doc));
                json_decref(ja);
            }
        }
    }
    json_decref(doc);
    sg_buf_release(&ra.calls);
    sg_buf_release(&rb.calls);
    sg_buf_release(&out);
}

/* The validating pass against sg_json_parse, and the readers of what it
 * found against jansson's values. */
static void check_scan(const char *s, size_t len)
{
    static const char *const keys[] = {"model", "usage", "a", ""};
    struct sg_gw_jv root, f[4];
    json_t *doc = NULL;
    bool ok = sg__gw_jscan(s, len, keys, 4, &root, f);
    bool jok = sg_json_parse(s, len, "fuzz", &doc, NULL) == SG_OK;
    if (ok) {
        same_or_die(jok);
        for (size_t k = 0; k < 4; k++) {
            json_t *want = json_is_object(doc) ? json_object_get(doc, keys[k]) : NULL, *got = NULL;
            same_or_die((want != NULL) == (f[k].p != NULL));
            if (!want)
                continue;
            same_or_die(sg_json_parse(f[k].p, f[k].n, "fuzz", &got, NULL) == SG_OK);
            same_or_die(json_equal(want, got));
            json_decref(got);
        }
        if (json_is_string(doc)) {
            char buf[64];
            size_t n = json_string_length(doc);
            same_or_die(sg__gw_jv_strlen(&root) == n);
            bool whole = sg__gw_jv_str(&root, buf, sizeof buf);
            same_or_die(whole == (n < sizeof buf));
            same_or_die(memcmp(buf, json_string_value(doc), whole ? n : strlen(buf)) == 0);
        }
        if (json_is_array(doc))
            same_or_die(sg__gw_jv_count(&root) == json_array_size(doc));
        if (json_is_integer(doc))
            same_or_die(sg__gw_jv_is(&root, 'i') && sg__gw_jv_int(&root) == json_integer_value(doc));
    }
    /* Usage: the bytes as the "usage" value of an answer. */
    int64_t p = -7, c = -7, t = -7, jp = -7, jc = -7, jt = -7;
    char *ans = malloc(len + 16);
    if (ans) {
        memcpy(ans, "{\"usage\":", 9);
        memcpy(ans + 9, s, len);
        ans[9 + len] = '}';
        int got = sg__gw_jscan_answer_usage(ans, len + 10, &p, &c, &t);
        if (got >= 0) {
            json_t *w = NULL;
            same_or_die(sg_json_parse(ans, len + 10, "fuzz", &w, NULL) == SG_OK);
            bool jhas = sg__gw_answer_usage(w, &jp, &jc, &jt);
            json_decref(w);
            same_or_die(jhas == (got == 1) && p == jp && c == jc && t == jt);
        }
        free(ans);
    }
    /* The bytes as a whole answer: sg__gw_usage_text against what it did
     * with jansson only (the structural member scan, then the member). */
    bool wf;
    p = c = t = jp = jc = jt = -7;
    bool has = sg__gw_usage_text(s, len, &wf, &p, &c, &t);
    const char *mv;
    size_t ml;
    int rc = sg__gw_json_member(s, len, "usage", &mv, &ml);
    bool jhas = false;
    json_t *mu = NULL;
    if (rc == 1 && sg_json_parse(mv, ml, "usage", &mu, NULL) == SG_OK) {
        json_t *w = json_pack("{s:o}", "usage", mu);
        jhas = w && sg__gw_usage(w, &jp, &jc, &jt);
        json_decref(w);
    }
    same_or_die(wf == (rc >= 0) && has == jhas);
    same_or_die(p == jp && c == jc && t == jt);
    /* The bytes as one streamed event. */
    struct sg_gw_event_info e;
    if (sg__gw_jscan_event(s, len, &e) == 1) {
        same_or_die(jok);
        json_t *holder;
        const char *field, *text = sg__gw_event_text(doc, &holder, &field);
        jp = jc = jt = -7;
        same_or_die(e.has_usage == sg__gw_usage(doc, &jp, &jc, &jt));
        same_or_die(!e.has_usage || (e.prompt == jp && e.completion == jc && e.total == jt));
        same_or_die(e.has_text == (text != NULL));
        same_or_die(!text || e.text_len == strlen(text));
        /* The closing-event test without a tree, as proxy.c's on the tree. */
        static const char *const closing[] = {"response.output_text.done",
                                              "response.content_part.done",
                                              "response.output_item.done", "response.completed",
                                              "response.incomplete"};
        const char *type = json_string_value(json_object_get(doc, "type"));
        bool is_closing = false;
        for (size_t i = 0; type && i < sizeof closing / sizeof closing[0]; i++)
            is_closing = is_closing || strcmp(type, closing[i]) == 0;
        same_or_die(sg__gw_event_closing(&e) == is_closing);
        /* A plain event is its tree's compact dump, and a text spliced into
         * it is the dump of the tree with that text set. */
        if (sg__gw_event_plain(s, len) && (json_is_object(doc) || json_is_array(doc))) {
            char *dump = json_dumps(doc, JSON_COMPACT);
            same_or_die(dump && strlen(dump) == len && memcmp(dump, s, len) == 0);
            free(dump);
        }
        if (text && sg__gw_event_plain(s, len)) {
            static const struct {
                const char *s;
                size_t n;
            } rels[] = {{"", 0}, {"ok", 2}, {"a\"b\\c\n\x01\x1f\x7f/ \xc3\xa9 \xf0\x9f\x98\x80", 18},
                        {"bad \xc3", 5}, {"n\0ul", 4}};
            for (size_t i = 0; i < sizeof rels / sizeof rels[0]; i++) {
                sg_buf out;
                sg_buf_init(&out, SIZE_MAX / 2);
                same_or_die(sg__gw_event_splice(s, len, &e.text, rels[i].s, rels[i].n, &out) == SG_OK);
                json_t *copy = json_deep_copy(doc), *ch = NULL;
                const char *cf = NULL;
                same_or_die(copy && sg__gw_event_text(copy, &ch, &cf));
                (void)json_object_set_new(ch, cf, json_stringn(rels[i].s, rels[i].n));
                char *dump = json_dumps(copy, JSON_COMPACT);
                same_or_die(dump && strlen(dump) == out.len && memcmp(dump, out.data, out.len) == 0);
                free(dump);
                json_decref(copy);
                sg_buf_release(&out);
            }
        }
    }
    json_decref(doc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const paths[] = {"/v1/chat/completions", "/v1/completions",
                                        "/v1/embeddings", "/v1/responses", "/custom"};
    static char *models[] = {"gpt-test", "m\xc3\xa9"};
    static char *tools[] = {"get_weather", "code_interpreter"};
    struct sg_gw_policy pol = {0};
    if (size < 1)
        return 0;
    pol.models.items = models;
    pol.models.n = 2;
    pol.models.any = data[0] & 0x80;
    pol.tools.items = tools;
    pol.tools.n = 2;
    pol.modalities = (data[0] >> 3) & 0xf;
    pol.max_tokens = data[0] & 0x40 ? 100 : 0;
    const char *body = (const char *)data + 1;
    size_t len = size - 1;
    /* Every path on the same bytes: the path only picks the last checks. */
    static const char *const canaries[] = {NULL, "sg-canary-7f3a09", "canary-R", "canary-BLK"};
    const char *canary = canaries[data[0] & 3];
    for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++)
        check_policy(&pol, paths[i], body, len, canary);
    check_scan(body, len);
    check_answer(body, len);
    return 0;
}
