/* test_metrics.c - the gateway's added-time histogram: values land in the
 * bucket Prometheus expects (le is inclusive), loops' histograms add up,
 * and the exposition has cumulative buckets, +Inf, sum and count per kind;
 * labelled counters (tokens per key) found through their hash index keep
 * every label's own value, up to the 4096-label cap. */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>

#include "gateway/internal.h"

/* The value of the exposition line that starts with prefix, or -1. */
static double value_of(const char *text, const char *prefix)
{
    size_t n = strlen(prefix);
    for (const char *p = text; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
        if (strncmp(p, prefix, n) == 0 && p[n] == ' ')
            return strtod(p + n + 1, NULL);
    return -1;
}

static void test_bucket_bounds_are_inclusive(void)
{
    struct sg_gw_added a = {0};
    sg__gw_added_observe(&a, SG_GW_ADDED_WHOLE, 10000);    /* exactly 10 us: the first bucket */
    sg__gw_added_observe(&a, SG_GW_ADDED_WHOLE, 10001);    /* just above: the second */
    sg__gw_added_observe(&a, SG_GW_ADDED_WHOLE, 0);        /* the first */
    sg__gw_added_observe(&a, SG_GW_ADDED_WHOLE, 1000000);  /* 1 ms: the 1 ms bucket */
    sg__gw_added_observe(&a, SG_GW_ADDED_WHOLE, 10000001); /* over 10 ms: +Inf */
    CHECK_EQ_INT((int)a.buckets[SG_GW_ADDED_WHOLE][0], 2);
    CHECK_EQ_INT((int)a.buckets[SG_GW_ADDED_WHOLE][1], 1);
    size_t ms = 0;
    while (sg__gw_added_bounds_us[ms] != 1000)
        ms++;
    CHECK_EQ_INT((int)a.buckets[SG_GW_ADDED_WHOLE][ms], 1);
    CHECK_EQ_INT((int)a.buckets[SG_GW_ADDED_WHOLE][SG_GW_ADDED_BUCKETS], 1);
    CHECK_EQ_INT((int)a.count[SG_GW_ADDED_WHOLE], 5);
    CHECK(a.sum_ns[SG_GW_ADDED_WHOLE] == 10000 + 10001 + 1000000 + 10000001);
    CHECK_EQ_INT((int)a.count[SG_GW_ADDED_STREAM], 0);
    for (size_t i = 1; i < SG_GW_ADDED_BUCKETS; i++)
        CHECK(sg__gw_added_bounds_us[i] > sg__gw_added_bounds_us[i - 1]);
}

static void test_loops_add_up_and_render(void)
{
    struct sg_gw_metrics l1, l2, all;
    memset(&l1, 0, sizeof l1);
    memset(&l2, 0, sizeof l2);
    memset(&all, 0, sizeof all);
    for (int i = 0; i < 98; i++)
        sg__gw_added_observe(&l1.added, SG_GW_ADDED_WHOLE, 40000); /* 40 us */
    sg__gw_added_observe(&l2.added, SG_GW_ADDED_WHOLE, 1200000);   /* 1.2 ms */
    sg__gw_added_observe(&l2.added, SG_GW_ADDED_WHOLE, 3000000);   /* 3 ms */
    sg__gw_added_observe(&l2.added, SG_GW_ADDED_STREAM, 250000);   /* 250 us */
    sg__gw_metrics_merge(&all, &l1);
    sg__gw_metrics_merge(&all, &l2);
    struct sg_gw_gauges g = {0};
    sg_buf out;
    sg_buf_init(&out, 1 << 20);
    CHECK_OK(sg__gw_metrics_render(&all, &g, &out), NULL);
    const char *t = out.data;
    CHECK(strstr(t, "# TYPE saiguard_gateway_added_seconds histogram\n") != NULL);
    CHECK(value_of(t, "saiguard_gateway_added_seconds_bucket{kind=\"whole\",le=\"0.00003\"}") == 0);
    CHECK(value_of(t, "saiguard_gateway_added_seconds_bucket{kind=\"whole\",le=\"0.00004\"}") == 98);
    CHECK(value_of(t, "saiguard_gateway_added_seconds_bucket{kind=\"whole\",le=\"0.001\"}") == 98);
    CHECK(value_of(t, "saiguard_gateway_added_seconds_bucket{kind=\"whole\",le=\"0.00125\"}") == 99);
    CHECK(value_of(t, "saiguard_gateway_added_seconds_bucket{kind=\"whole\",le=\"0.01\"}") == 100);
    CHECK(value_of(t, "saiguard_gateway_added_seconds_bucket{kind=\"whole\",le=\"+Inf\"}") == 100);
    CHECK(value_of(t, "saiguard_gateway_added_seconds_count{kind=\"whole\"}") == 100);
    double sum = value_of(t, "saiguard_gateway_added_seconds_sum{kind=\"whole\"}");
    CHECK(sum > 0.00812 - 1e-9 && sum < 0.00812 + 1e-9);
    CHECK(value_of(t, "saiguard_gateway_added_seconds_bucket{kind=\"stream\",le=\"0.0002\"}") == 0);
    CHECK(value_of(t, "saiguard_gateway_added_seconds_bucket{kind=\"stream\",le=\"0.00025\"}") == 1);
    CHECK(value_of(t, "saiguard_gateway_added_seconds_count{kind=\"stream\"}") == 1);
    sg_buf_release(&out);
    sg__gw_metrics_release(&all);
}

static void test_labelled_counters(void)
{
    struct sg_gw_metrics m, all;
    char label[64];
    memset(&m, 0, sizeof m);
    memset(&all, 0, sizeof all);
    /* Labels added in rounds, so that every one is found again after the
     * index has grown several times; label i gets i + 1 in each round. */
    for (int round = 0; round < 3; round++)
        for (int i = 0; i < 5000; i++) {
            snprintf(label, sizeof label, "key=\"k%d\",kind=\"%s\"", i / 2,
                     i % 2 ? "completion" : "prompt");
            sg__gw_metrics_add(&m.tokens, label, (uint64_t)i + 1);
        }
    CHECK_EQ_INT((int)m.tokens.n, 4096); /* the cap: labels past it are dropped */
    bool right = true;
    for (size_t i = 0; i < m.tokens.n; i++) {
        snprintf(label, sizeof label, "key=\"k%zu\",kind=\"%s\"", i / 2,
                 i % 2 ? "completion" : "prompt");
        right = right && strcmp(m.tokens.labels[i], label) == 0 && m.tokens.values[i] == 3 * (i + 1);
    }
    CHECK(right);
    sg__gw_metrics_merge(&all, &m);
    sg__gw_metrics_merge(&all, &m); /* a second loop with the same counts */
    CHECK_EQ_INT((int)all.tokens.n, 4096);
    CHECK(all.tokens.values[4095] == 2 * 3 * 4096);
    sg_buf out;
    sg_buf_init(&out, 1 << 22);
    struct sg_gw_gauges g = {0};
    CHECK_OK(sg__gw_metrics_render(&all, &g, &out), NULL);
    CHECK(value_of(out.data, "saiguard_gateway_tokens_total{key=\"k7\",kind=\"completion\"}") ==
          2 * 3 * 16);
    sg_buf_release(&out);
    sg__gw_metrics_release(&all);
    sg__gw_metrics_release(&m);
}

int main(int argc, char **argv)
{
    static const struct sg_test tests[] = {
        SG_TEST(test_bucket_bounds_are_inclusive),
        SG_TEST(test_loops_add_up_and_render),
        SG_TEST(test_labelled_counters),
        {0},
    };
    return sg_test_main(argc, argv, tests);
}
