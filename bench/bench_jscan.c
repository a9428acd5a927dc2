/* bench_jscan.c - CPU per request body of the gateway's policy check with the
 * tree-less scanner (sg__gw_policy_check) against the jansson reference
 * (sg__gw_policy_check_ref, what the gateway did before), and of reading an
 * answer's usage (sg__gw_usage_text) against what it did before (the
 * top-level member found by a structural scan, then parsed by jansson), in
 * the same run. Bodies: the request and answer of
 * bench/gateway.sh, and a longer chat (8 messages of prose, 8.6 KB, content parts,
 * a tool). Thread CPU time, best of 5 rounds.
 * Usage: bench_jscan [ITERATIONS]   (default 200000) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gateway/internal.h"

static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

typedef void (*body_fn)(const char *body, size_t len);

static struct sg_gw_policy pol;
static const char *path = "/v1/chat/completions";

static void with_scan(const char *body, size_t len)
{
    struct sg_gw_request_view v;
    char msg[256];
    if (sg__gw_policy_check(&pol, path, body, len, &v, msg, sizeof msg) != SG_GW_OK)
        abort();
    sg__gw_view_release(&v);
}

static void with_tree(const char *body, size_t len)
{
    struct sg_gw_request_view v;
    char msg[256];
    if (sg__gw_policy_check_ref(&pol, path, body, len, &v, msg, sizeof msg) != SG_GW_OK)
        abort();
    sg__gw_view_release(&v);
}

static void usage_scan(const char *body, size_t len)
{
    bool wf;
    int64_t p, c, t;
    if (!sg__gw_usage_text(body, len, &wf, &p, &c, &t))
        abort();
}

/* What the gateway did before: the top-level member found by the
 * structural scan, then parsed by jansson. */
static void usage_tree(const char *body, size_t len)
{
    const char *m;
    size_t ml;
    json_t *u, *doc;
    int64_t p, c, t;
    if (sg__gw_json_member(body, len, "usage", &m, &ml) != 1 ||
        sg_json_parse(m, ml, "usage", &u, NULL) != SG_OK)
        abort();
    doc = json_pack("{s:o}", "usage", u);
    if (!sg__gw_usage(doc, &p, &c, &t))
        abort();
    json_decref(doc);
}

/* ns per call, best of 5 rounds of n calls. */
static double measure(body_fn fn, const char *body, long n)
{
    double best = 1e30;
    for (int round = 0; round < 5; round++) {
        double t0 = cpu_now();
        for (long i = 0; i < n; i++)
            fn(body, strlen(body));
        double dt = (cpu_now() - t0) / (double)n * 1e9;
        if (dt < best)
            best = dt;
    }
    return best;
}

static void row(const char *what, body_fn scan, body_fn tree, const char *body, long n)
{
    double a = measure(scan, body, n), b = measure(tree, body, n);
    printf("%-34s %6zu B  scanner %8.0f ns  jansson %8.0f ns  ratio %.2f\n", what, strlen(body),
           a, b, a / b);
}

int main(int argc, char **argv)
{
    static char *models[] = {"gpt-test"};
    static char *tools[] = {"get_weather"};
    long n = argc > 1 ? atol(argv[1]) : 200000;
    pol.models.items = models;
    pol.models.n = 1;
    pol.tools.items = tools;
    pol.tools.n = 1;
    pol.modalities = SG_GW_MOD_TEXT | SG_GW_MOD_IMAGE;
    pol.max_tokens = 4096;

    /* The same request and answer as bench/gateway-common.bash. */
    const char *req = "{\"model\":\"gpt-test\",\"max_tokens\":64,\"messages\":[{\"role\":\"system\","
                      "\"content\":\"You are a helpful assistant.\"},{\"role\":\"user\",\"content\":"
                      "\"Hello there, what can you do?\"}]}";
    const char *ans = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1,\"model\":"
                      "\"gpt-test\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                      "\"content\":\"Hello! How can I help you today?\"},\"finish_reason\":\"stop\"}],"
                      "\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":9,\"total_tokens\":21}}";
    static char big[16384];
    size_t k = (size_t)snprintf(big, sizeof big,
                                "{\"model\":\"gpt-test\",\"temperature\":0.2,\"stream\":false,"
                                "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":"
                                "\"get_weather\",\"parameters\":{\"type\":\"object\",\"properties\":"
                                "{\"city\":{\"type\":\"string\"}}}}}],\"messages\":[");
    /* Prose as people send it: ASCII words, a newline escape per line, now
     * and then a quote and a non-ASCII letter. */
    for (int m = 0; m < 8; m++) {
        k += (size_t)snprintf(big + k, sizeof big - k,
                              "%s{\"role\":\"%s\",\"content\":[{\"type\":\"text\",\"text\":\"", m ? "," : "",
                              m % 2 ? "assistant" : "user");
        for (int w = 0; w < 12; w++)
            k += (size_t)snprintf(big + k, sizeof big - k,
                                  "The quarterly report for line %d shows that the caf\xc3\xa9 "
                                  "sold \\\"more\\\" than expected.\\n",
                                  w);
        k += (size_t)snprintf(big + k, sizeof big - k, "\"}]}");
    }
    snprintf(big + k, sizeof big - k, "]}");

    printf("bench_jscan: %ld calls per round, thread CPU, best of 5\n", n);
    row("policy check, bench/gateway.sh body", with_scan, with_tree, req, n);
    row("policy check, 8-message chat", with_scan, with_tree, big, n / 20 + 1);
    row("usage of bench/gateway.sh answer", usage_scan, usage_tree, ans, n);
    return 0;
}
