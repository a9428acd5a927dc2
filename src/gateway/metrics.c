/* metrics.c - the gateway's Prometheus metrics: request counts by status,
 * rejections by reason, upstream errors, latency histogram, tokens per key,
 * limiter and audit health; rendered in the text exposition format at
 * /metrics. Each event loop keeps its own set (under its lock; the added
 * time histogram without one); /metrics merges them into one view. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gateway/internal.h"

static const double lat_bounds[SG_GW_LAT_BUCKETS] = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                     0.05,   0.1,   0.25,   0.5,   1,    2.5,
                                                     5,      10,    30,     120};

/* Fine around the 1 ms target, so that a p99 read off the buckets
 * (histogram_quantile, bench/gateway.sh) is within ~10 % there. */
const uint32_t sg__gw_added_bounds_us[SG_GW_ADDED_BUCKETS] = {
    10,  15,  20,  25,  30,  40,  50,   60,   70,   80,   100,  125,  150,  200,  250,
    300, 400, 500, 600, 700, 800, 900, 1000, 1250, 1500, 2000, 2500, 5000, 7500, 10000};

/* The loop thread's last stamp (sg__gw_recent_ms). */
static __thread int64_t last_stamp_ns;

int64_t sg__gw_mono_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return last_stamp_ns = (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t sg__gw_mono_ms(void)
{
    return sg__gw_mono_ns() / 1000000;
}

int64_t sg__gw_recent_ms(void)
{
    return last_stamp_ns ? last_stamp_ns / 1000000 : sg__gw_mono_ms();
}

/* A single writer's increment: a relaxed load and store, which compile to
 * plain moves (no lock prefix), yet let the reader on another loop load
 * the value without a data race. */
static void bump(uint64_t *v, uint64_t n)
{
    __atomic_store_n(v, __atomic_load_n(v, __ATOMIC_RELAXED) + n, __ATOMIC_RELAXED);
}

void sg__gw_added_observe(struct sg_gw_added *a, int kind, uint64_t ns)
{
    size_t lo = 0, hi = SG_GW_ADDED_BUCKETS; /* the first bound >= ns, or +Inf */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (sg__gw_added_bounds_us[mid] * (uint64_t)1000 >= ns)
            hi = mid;
        else
            lo = mid + 1;
    }
    bump(&a->buckets[kind][lo], 1);
    bump(&a->sum_ns[kind], ns);
    bump(&a->count[kind], 1);
}

static void added_merge(struct sg_gw_added *to, const struct sg_gw_added *from)
{
    for (int k = 0; k < SG_GW_ADDED_KINDS; k++) {
        for (int i = 0; i <= SG_GW_ADDED_BUCKETS; i++)
            to->buckets[k][i] += __atomic_load_n(&from->buckets[k][i], __ATOMIC_RELAXED);
        to->sum_ns[k] += __atomic_load_n(&from->sum_ns[k], __ATOMIC_RELAXED);
        to->count[k] += __atomic_load_n(&from->count[k], __ATOMIC_RELAXED);
    }
}

/* Seconds as Prometheus reads them, without trailing zeros ("0.00125"). */
static void seconds_text(uint32_t us, char out[16])
{
    int n = snprintf(out, 16, "%u.%06u", us / 1000000, us % 1000000);
    while (n > 2 && out[n - 1] == '0' && out[n - 2] != '.')
        out[--n] = '\0';
}

static sg_err render_added(sg_buf *o, const struct sg_gw_added *a)
{
    static const char *const kinds[SG_GW_ADDED_KINDS] = {"whole", "stream"};
    sg_err rc = sg_buf_append_str(
        o, "# HELP saiguard_gateway_added_seconds Time the gateway itself adds to a proxied "
           "request, by kind of answer: from the request's last byte read to its last byte "
           "written upstream, plus from the upstream read that completes the answer (stream: "
           "brings its first chunk) to the answer (stream: that chunk) written to the "
           "client.\n"
           "# TYPE saiguard_gateway_added_seconds histogram\n");
    for (int k = 0; k < SG_GW_ADDED_KINDS && !rc; k++) {
        uint64_t cum = 0;
        char le[16];
        for (int i = 0; i < SG_GW_ADDED_BUCKETS && !rc; i++) {
            cum += a->buckets[k][i];
            seconds_text(sg__gw_added_bounds_us[i], le);
            rc = sg_buf_printf(o, "saiguard_gateway_added_seconds_bucket{kind=\"%s\",le=\"%s\"} %" PRIu64 "\n",
                               kinds[k], le, cum);
        }
        cum += a->buckets[k][SG_GW_ADDED_BUCKETS];
        if (!rc)
            rc = sg_buf_printf(o,
                               "saiguard_gateway_added_seconds_bucket{kind=\"%s\",le=\"+Inf\"} %" PRIu64
                               "\nsaiguard_gateway_added_seconds_sum{kind=\"%s\"} %" PRIu64 ".%09" PRIu64
                               "\nsaiguard_gateway_added_seconds_count{kind=\"%s\"} %" PRIu64 "\n",
                               kinds[k], cum, kinds[k], a->sum_ns[k] / 1000000000,
                               a->sum_ns[k] % 1000000000, kinds[k], a->count[k]);
    }
    return rc;
}

static void labelled_release(struct sg_gw_labelled *c)
{
    for (size_t i = 0; i < c->n; i++)
        free(c->labels[i]);
    free(c->labels);
    free(c->values);
    free(c->index);
    memset(c, 0, sizeof *c);
}

void sg__gw_metrics_release(struct sg_gw_metrics *m)
{
    labelled_release(&m->tokens);
    labelled_release(&m->upstream_errors);
    labelled_release(&m->limiter_failures);
}

/* Label sets are few (keys x kinds, upstreams x kinds): a linear table is
 * enough and keeps the memory bounded by the configuration. */
/* Up to this many labels a linear search is cheaper than hashing the label
 * (one key: two labels); the index is built past it. */
#define LINEAR_LABELS 8

/* FNV-1a of a label. */
static uint32_t label_hash(const char *s)
{
    uint32_t h = 2166136261u;
    while (*s)
        h = (h ^ (unsigned char)*s++) * 16777619u;
    return h;
}

/* The slot of label in c->index: its entry, or the empty slot where it
 * goes. The table is never full (at least twice as large as n). */
static size_t index_slot(const struct sg_gw_labelled *c, const char *label)
{
    size_t mask = c->index_cap - 1, j = label_hash(label) & mask;
    while (c->index[j] && strcmp(c->labels[c->index[j] - 1], label) != 0)
        j = (j + 1) & mask;
    return j;
}

/* Rebuilds the index at twice the size; without memory, drops it (linear
 * search from then on). */
static void index_grow(struct sg_gw_labelled *c)
{
    size_t cap = c->index_cap ? c->index_cap * 2 : 64;
    uint32_t *old = c->index;
    c->index = calloc(cap, sizeof *c->index);
    free(old);
    c->index_cap = c->index ? cap : 0;
    for (size_t i = 0; c->index && i < c->n; i++)
        c->index[index_slot(c, c->labels[i])] = (uint32_t)i + 1;
}

void sg__gw_metrics_add(struct sg_gw_labelled *c, const char *label, uint64_t n)
{
    size_t slot = 0;
    if (c->index) {
        slot = index_slot(c, label);
        if (c->index[slot]) {
            c->values[c->index[slot] - 1] += n;
            return;
        }
    } else {
        for (size_t i = 0; i < c->n; i++)
            if (strcmp(c->labels[i], label) == 0) {
                c->values[i] += n;
                return;
            }
    }
    if (c->n >= 4096)
        return;
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 16;
        char **l = realloc(c->labels, cap * sizeof *l);
        if (!l)
            return;
        c->labels = l;
        uint64_t *v = realloc(c->values, cap * sizeof *v);
        if (!v)
            return;
        c->values = v;
        c->cap = cap;
    }
    if (!(c->labels[c->n] = strdup(label)))
        return;
    c->values[c->n++] = n;
    if (c->index && c->n * 2 <= c->index_cap)
        c->index[slot] = (uint32_t)c->n;
    else if (c->index || c->n == LINEAR_LABELS)
        index_grow(c); /* also the first table, once the labels are many */
}

void sg__gw_metrics_latency(struct sg_gw_metrics *m, double s)
{
    size_t i = 0;
    while (i < SG_GW_LAT_BUCKETS && s > lat_bounds[i])
        i++;
    m->latency_buckets[i]++;
    m->latency_sum += s;
    m->latency_count++;
}

static void merge_labelled(struct sg_gw_labelled *to, const struct sg_gw_labelled *from)
{
    for (size_t i = 0; i < from->n; i++)
        sg__gw_metrics_add(to, from->labels[i], from->values[i]);
}

void sg__gw_metrics_merge(struct sg_gw_metrics *to, const struct sg_gw_metrics *from)
{
    for (size_t i = 0; i < sizeof to->requests_by_status / sizeof to->requests_by_status[0]; i++)
        to->requests_by_status[i] += from->requests_by_status[i];
    for (size_t i = 0; i < SG_GW_REASON_COUNT; i++)
        to->rejections[i] += from->rejections[i];
    for (size_t i = 0; i <= SG_GW_LAT_BUCKETS; i++)
        to->latency_buckets[i] += from->latency_buckets[i];
    to->latency_sum += from->latency_sum;
    to->latency_count += from->latency_count;
    merge_labelled(&to->tokens, &from->tokens);
    merge_labelled(&to->upstream_errors, &from->upstream_errors);
    merge_labelled(&to->limiter_failures, &from->limiter_failures);
    to->redis_up = to->redis_up && from->redis_up;
    to->guard_blocks += from->guard_blocks;
    to->guard_redactions += from->guard_redactions;
    to->slow_requests += from->slow_requests;
    to->inflight += __atomic_load_n(&from->inflight, __ATOMIC_RELAXED);
    added_merge(&to->added, &from->added);
}

static sg_err labelled(sg_buf *o, const char *name, const char *help,
                       const struct sg_gw_labelled *c)
{
    sg_err rc = sg_buf_printf(o, "# HELP %s %s\n# TYPE %s counter\n", name, help, name);
    for (size_t i = 0; i < c->n && !rc; i++)
        rc = sg_buf_printf(o, "%s{%s} %" PRIu64 "\n", name, c->labels[i], c->values[i]);
    return rc;
}

sg_err sg__gw_metrics_render(const struct sg_gw_metrics *m, const struct sg_gw_gauges *g,
                             sg_buf *o)
{
    sg_err rc = sg_buf_append_str(o, "# HELP saiguard_gateway_requests_total Requests answered, "
                                     "by HTTP status.\n# TYPE saiguard_gateway_requests_total "
                                     "counter\n");
    for (int s = 100; s < 600 && !rc; s++)
        if (m->requests_by_status[s])
            rc = sg_buf_printf(o, "saiguard_gateway_requests_total{code=\"%d\"} %" PRIu64 "\n", s,
                               m->requests_by_status[s]);
    if (!rc)
        rc = sg_buf_append_str(o, "# HELP saiguard_gateway_rejections_total Requests refused by "
                                  "the gateway, by reason.\n# TYPE "
                                  "saiguard_gateway_rejections_total counter\n");
    for (int r = 1; r < SG_GW_REASON_COUNT && !rc; r++)
        rc = sg_buf_printf(o, "saiguard_gateway_rejections_total{reason=\"%s\"} %" PRIu64 "\n",
                           sg__gw_reason_name((enum sg_gw_reason)r), m->rejections[r]);
    if (!rc)
        rc = sg_buf_append_str(o, "# HELP saiguard_gateway_request_duration_seconds Time from "
                                  "request to last byte of the answer.\n# TYPE "
                                  "saiguard_gateway_request_duration_seconds histogram\n");
    uint64_t cum = 0;
    for (int i = 0; i < SG_GW_LAT_BUCKETS && !rc; i++) {
        cum += m->latency_buckets[i];
        rc = sg_buf_printf(o, "saiguard_gateway_request_duration_seconds_bucket{le=\"%g\"} %" PRIu64
                              "\n", lat_bounds[i], cum);
    }
    cum += m->latency_buckets[SG_GW_LAT_BUCKETS];
    if (!rc)
        rc = sg_buf_printf(o,
                           "saiguard_gateway_request_duration_seconds_bucket{le=\"+Inf\"} %" PRIu64
                           "\nsaiguard_gateway_request_duration_seconds_sum %.6f\n"
                           "saiguard_gateway_request_duration_seconds_count %" PRIu64 "\n",
                           cum, m->latency_sum, m->latency_count);
    if (!rc)
        rc = render_added(o, &m->added);
    if (!rc)
        rc = labelled(o, "saiguard_gateway_tokens_total", "Tokens used, by key and kind.",
                      &m->tokens);
    if (!rc)
        rc = labelled(o, "saiguard_gateway_upstream_errors_total",
                      "Upstream failures, by upstream and kind.", &m->upstream_errors);
    if (!rc)
        rc = labelled(o, "saiguard_gateway_limiter_failures_total",
                      "Requests decided without Redis, by the configured failure mode.",
                      &m->limiter_failures);
    if (!rc)
        rc = sg_buf_printf(
            o,
            "# HELP saiguard_gateway_redis_up 1 if the shared limit store is reachable.\n"
            "# TYPE saiguard_gateway_redis_up gauge\nsaiguard_gateway_redis_up %" PRIu64 "\n"
            "# HELP saiguard_gateway_inflight Requests in progress.\n"
            "# TYPE saiguard_gateway_inflight gauge\nsaiguard_gateway_inflight %" PRId64 "\n"
            "# HELP saiguard_gateway_audit_queue_depth Audit events waiting to be written.\n"
            "# TYPE saiguard_gateway_audit_queue_depth gauge\n"
            "saiguard_gateway_audit_queue_depth %" PRIu64 "\n"
            "# HELP saiguard_gateway_audit_events_total Audit events queued.\n"
            "# TYPE saiguard_gateway_audit_events_total counter\n"
            "saiguard_gateway_audit_events_total %" PRIu64 "\n"
            "# HELP saiguard_gateway_audit_errors_total Audit events the sink refused.\n"
            "# TYPE saiguard_gateway_audit_errors_total counter\n"
            "saiguard_gateway_audit_errors_total %" PRIu64 "\n"
            "# HELP saiguard_gateway_audit_dropped_total Audit events lost (out of memory).\n"
            "# TYPE saiguard_gateway_audit_dropped_total counter\n"
            "saiguard_gateway_audit_dropped_total %" PRIu64 "\n"
            "# HELP saiguard_gateway_slow_requests_total Connections cut off for sending a "
            "request too slowly (header_timeout_s, min_body_rate).\n"
            "# TYPE saiguard_gateway_slow_requests_total counter\n"
            "saiguard_gateway_slow_requests_total %" PRIu64 "\n"
            "# HELP saiguard_gateway_event_loops Event loops (workers) serving.\n"
            "# TYPE saiguard_gateway_event_loops gauge\n"
            "saiguard_gateway_event_loops %" PRIu64 "\n"
            "# HELP saiguard_gateway_config_loops_current Event loops serving the configuration "
            "of the last reload (all of them once a reload has been adopted everywhere).\n"
            "# TYPE saiguard_gateway_config_loops_current gauge\n"
            "saiguard_gateway_config_loops_current %" PRIu64 "\n"
            "# HELP saiguard_gateway_guardrail_actions_total Guardrail blocks and redactions.\n"
            "# TYPE saiguard_gateway_guardrail_actions_total counter\n"
            "saiguard_gateway_guardrail_actions_total{action=\"block\"} %" PRIu64 "\n"
            "saiguard_gateway_guardrail_actions_total{action=\"redact\"} %" PRIu64 "\n"
            "# HELP saiguard_gateway_config_reloads_total Configuration reloads.\n"
            "# TYPE saiguard_gateway_config_reloads_total counter\n"
            "saiguard_gateway_config_reloads_total{result=\"ok\"} %" PRIu64 "\n"
            "saiguard_gateway_config_reloads_total{result=\"failed\"} %" PRIu64 "\n"
            "# HELP saiguard_gateway_circuit_open 1 while an upstream's circuit breaker is open.\n"
            "# TYPE saiguard_gateway_circuit_open gauge\n%s",
            m->redis_up, m->inflight, g->audit_depth, g->audit_queued, g->audit_errors,
            g->audit_dropped, m->slow_requests, g->loops, g->loops_current, m->guard_blocks,
            m->guard_redactions, g->reloads_ok, g->reloads_failed, g->circuits ? g->circuits : "");
    return rc;
}
