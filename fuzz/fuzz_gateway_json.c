/* fuzz_gateway_json.c - differential harness for the gateway's tree-less
 * JSON reader (src/gateway/jscan.c): for arbitrary bytes, every API path and
 * a policy picked by the first byte, the scanner's policy check must give
 * exactly the reason, message and view of the jansson reference whenever it
 * decides; whatever the scanner accepts jansson must accept, with the same
 * top-level members and strings; and usage (of an answer, of a streamed
 * event) and a streamed event's text length read without a tree must equal
 * what the gateway reads from jansson's tree. Any difference aborts. */
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

static void check_policy(const struct sg_gw_policy *pol, const char *path, const char *body,
                         size_t len)
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
        /* The lazily built tree is jansson's tree of the same bytes. */
        if (ra == SG_GW_OK) {
            same_or_die(sg__gw_view_tree(&a));
            same_or_die(json_equal(a.body, b.body));
        }
    }
    sg__gw_view_release(&a);
    sg__gw_view_release(&b);
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
            bool jhas = sg__gw_usage(w, &jp, &jc, &jt);
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
    for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++)
        check_policy(&pol, paths[i], body, len);
    check_scan(body, len);
    return 0;
}
