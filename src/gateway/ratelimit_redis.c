/* ratelimit_redis.c - the limits shared by every gateway replica: the same
 * token buckets and daily counters as ratelimit_local.c, kept in Redis and
 * changed only by server-side Lua scripts, so that check-and-take is atomic
 * across instances. hiredis's libevent adapter keeps it on the gateway's
 * event loop. hiredis 0.14 has no async timeouts, so each call gets its own
 * timer; a late reply is ignored. */
#include <event2/event.h>
#include <hiredis/adapters/libevent.h>
#include <hiredis/async.h>
#include <hiredis/hiredis.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gateway/internal.h"

/* KEYS: rpm bucket, tpm bucket, daily counter. ARGV: rpm, tpm, daily, cost.
 * Returns {0,0} (taken) or {1 rpm | 2 tpm | 3 quota, retry-after seconds}.
 * Time comes from Redis (TIME) so replicas with skewed clocks agree. */
static const char check_lua[] =
    "local tt = redis.call('TIME')\n"
    "local now = tonumber(tt[1]) * 1000 + math.floor(tonumber(tt[2]) / 1000)\n"
    "local rpm, tpm, daily, cost = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), "
    "tonumber(ARGV[4])\n"
    "local function load(key, limit)\n"
    "  local v = redis.call('HMGET', key, 't', 'ts')\n"
    "  local t = tonumber(v[1]) or limit\n"
    "  local ts = tonumber(v[2]) or now\n"
    "  if now > ts then t = t + (now - ts) * limit / 60000 end\n"
    "  if t > limit then t = limit end\n"
    "  return t\n"
    "end\n"
    "local r, t = 0, 0\n"
    "if rpm > 0 then\n"
    "  r = load(KEYS[1], rpm)\n"
    "  if r < 1 then return {1, math.max(1, math.ceil((1 - r) * 60 / rpm))} end\n"
    "end\n"
    "local need = math.min(cost, tpm)\n"
    "if tpm > 0 then\n"
    "  t = load(KEYS[2], tpm)\n"
    "  if t < need or t <= 0 then\n"
    "    return {2, math.max(1, math.ceil((math.max(need, 1) - t) * 60 / tpm))}\n"
    "  end\n"
    "end\n"
    "if daily > 0 then\n"
    "  local used = tonumber(redis.call('GET', KEYS[3]) or '0')\n"
    "  if used >= daily then return {3, 86400 - (math.floor(now / 1000) % 86400)} end\n"
    "end\n"
    "if rpm > 0 then\n"
    "  redis.call('HSET', KEYS[1], 't', tostring(r - 1), 'ts', now)\n"
    "  redis.call('PEXPIRE', KEYS[1], 180000)\n"
    "end\n"
    "if tpm > 0 then\n"
    "  redis.call('HSET', KEYS[2], 't', tostring(t - need), 'ts', now)\n"
    "  redis.call('PEXPIRE', KEYS[2], 180000)\n"
    "end\n"
    "return {0, 0}\n";

/* KEYS: tpm bucket, daily counter. ARGV: tpm, delta, daily, used. */
static const char commit_lua[] =
    "local tt = redis.call('TIME')\n"
    "local now = tonumber(tt[1]) * 1000 + math.floor(tonumber(tt[2]) / 1000)\n"
    "local tpm, delta, daily, used = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), "
    "tonumber(ARGV[4])\n"
    "if tpm > 0 and delta ~= 0 then\n"
    "  local v = redis.call('HMGET', KEYS[1], 't', 'ts')\n"
    "  local t = tonumber(v[1]) or tpm\n"
    "  local ts = tonumber(v[2]) or now\n"
    "  if now > ts then t = t + (now - ts) * tpm / 60000 end\n"
    "  if t > tpm then t = tpm end\n"
    "  t = t - delta\n"
    "  if t < -tpm then t = -tpm end\n"
    "  redis.call('HSET', KEYS[1], 't', tostring(t), 'ts', now)\n"
    "  redis.call('PEXPIRE', KEYS[1], 180000)\n"
    "end\n"
    "if daily > 0 and used > 0 then\n"
    "  redis.call('INCRBY', KEYS[2], used)\n"
    "  redis.call('EXPIRE', KEYS[2], 172800)\n"
    "end\n"
    "return 0\n";

/* Calls waiting beyond this are refused at once: a hung Redis must not grow
 * the gateway's memory without bound. */
#define MAX_PENDING 20000

struct sg_gw_redis {
    struct event_base *base;
    sg_ctx *ctx;
    struct sg_gw_metrics *metrics;
    pthread_mutex_t *mlock; /* guards metrics */
    redisAsyncContext *ac;
    struct event *reconnect;
    char *host, *prefix;
    int port, timeout_ms;
    bool connected, stopping;
    int pending, timeouts_in_row;
};

struct pend {
    struct sg_gw_redis *r;
    sg_gw_limit_cb cb;
    void *arg;
    struct event *timer;
    bool done;
};

static void start_connect(struct sg_gw_redis *r);

static void schedule_reconnect(struct sg_gw_redis *r)
{
    struct timeval tv = {0, 500000};
    evtimer_add(r->reconnect, &tv);
}

static void set_up(struct sg_gw_redis *r, bool up)
{
    r->connected = up;
    pthread_mutex_lock(r->mlock);
    r->metrics->redis_up = up;
    pthread_mutex_unlock(r->mlock);
}

static void commit_lost(struct sg_gw_redis *r)
{
    pthread_mutex_lock(r->mlock);
    sg__gw_metrics_add(&r->metrics->limiter_failures, "mode=\"commit_lost\"", 1);
    pthread_mutex_unlock(r->mlock);
}

static void on_connect(const redisAsyncContext *ac, int status)
{
    struct sg_gw_redis *r = ac->data;
    if (status != REDIS_OK) {
        /* hiredis frees ac after this callback. */
        sg_log(r->ctx, SG_LOG_WARN, "gateway: redis %s:%d: %s", r->host, r->port,
               ac->errstr[0] ? ac->errstr : "connection failed");
        r->ac = NULL;
        set_up(r, false);
        if (!r->stopping)
            schedule_reconnect(r);
        return;
    }
    set_up(r, true);
    r->timeouts_in_row = 0;
}

static void on_disconnect(const redisAsyncContext *ac, int status)
{
    struct sg_gw_redis *r = ac->data;
    (void)status;
    r->ac = NULL;
    if (r->connected)
        sg_log(r->ctx, SG_LOG_WARN, "gateway: redis %s:%d: disconnected", r->host, r->port);
    set_up(r, false);
    if (!r->stopping)
        schedule_reconnect(r);
}

static void on_reconnect(evutil_socket_t fd, short what, void *arg)
{
    (void)fd, (void)what;
    start_connect(arg);
}

static void start_connect(struct sg_gw_redis *r)
{
    if (r->ac || r->stopping)
        return;
    redisAsyncContext *ac = redisAsyncConnect(r->host, r->port);
    if (!ac)
        goto retry;
    if (ac->err) {
        redisAsyncFree(ac);
        goto retry;
    }
    ac->data = r;
    if (redisLibeventAttach(ac, r->base) != REDIS_OK) {
        redisAsyncFree(ac);
        goto retry;
    }
    redisAsyncSetConnectCallback(ac, on_connect);
    redisAsyncSetDisconnectCallback(ac, on_disconnect);
    r->ac = ac;
    return;
retry:
    schedule_reconnect(r);
}

sg_err sg__gw_redis_new(struct event_base *base, const struct sg_gateway_config *cfg,
                        struct sg_gw_metrics *m, pthread_mutex_t *mlock, sg_ctx *ctx,
                        struct sg_gw_redis **out, struct sg_error *err)
{
    struct sg_gw_redis *r = calloc(1, sizeof *r);
    *out = NULL;
    if (!r || !(r->host = strdup(cfg->redis_host)) || !(r->prefix = strdup(cfg->redis_prefix)) ||
        !(r->reconnect = evtimer_new(base, on_reconnect, r))) {
        if (r) {
            free(r->host);
            free(r->prefix);
            free(r);
        }
        return sg_error_set(err, SG_ERR_NOMEM, "redis", "out of memory");
    }
    r->base = base;
    r->ctx = ctx;
    r->metrics = m;
    r->mlock = mlock;
    r->port = cfg->redis_port;
    r->timeout_ms = cfg->redis_timeout_ms;
    start_connect(r);
    *out = r;
    return SG_OK;
}

void sg__gw_redis_free(struct sg_gw_redis *r)
{
    if (!r)
        return;
    r->stopping = true;
    if (r->ac)
        redisAsyncFree(r->ac); /* runs pending callbacks with NULL replies */
    event_free(r->reconnect);
    free(r->host);
    free(r->prefix);
    free(r);
}

static void finish(struct pend *p, enum sg_gw_reason reason, int retry)
{
    if (p->done)
        return;
    p->done = true;
    if (p->timer) {
        event_free(p->timer);
        p->timer = NULL;
    }
    if (reason == SG_GW_LIMITER_DOWN)
        set_up(p->r, p->r->connected);
    p->cb(p->arg, reason, retry);
}

static void on_timeout(evutil_socket_t fd, short what, void *arg)
{
    struct pend *p = arg;
    struct sg_gw_redis *r = p->r;
    (void)fd, (void)what;
    event_free(p->timer);
    p->timer = NULL;
    /* Several slow answers in a row: treat Redis as gone and reconnect, which
     * also fails every queued call at once. */
    if (++r->timeouts_in_row >= 3 && r->ac && r->connected) {
        sg_log(r->ctx, SG_LOG_WARN, "gateway: redis %s:%d: not answering; reconnecting", r->host,
               r->port);
        redisAsyncDisconnect(r->ac);
    }
    finish(p, SG_GW_LIMITER_DOWN, 0);
}

static void on_check_reply(redisAsyncContext *ac, void *reply, void *privdata)
{
    struct pend *p = privdata;
    redisReply *rep = reply;
    (void)ac;
    p->r->pending--;
    if (!p->done) {
        if (rep && rep->type == REDIS_REPLY_ARRAY && rep->elements == 2 &&
            rep->element[0]->type == REDIS_REPLY_INTEGER &&
            rep->element[1]->type == REDIS_REPLY_INTEGER) {
            static const enum sg_gw_reason map[] = {SG_GW_OK, SG_GW_RATE_REQUESTS,
                                                    SG_GW_RATE_TOKENS, SG_GW_QUOTA};
            long long code = rep->element[0]->integer;
            p->r->timeouts_in_row = 0;
            finish(p, code >= 0 && code <= 3 ? map[code] : SG_GW_LIMITER_DOWN,
                   (int)rep->element[1]->integer);
        } else {
            if (rep && rep->type == REDIS_REPLY_ERROR)
                sg_log(p->r->ctx, SG_LOG_ERROR, "gateway: redis script: %s", rep->str);
            finish(p, SG_GW_LIMITER_DOWN, 0);
        }
    }
    free(p);
}

static void key_names(const struct sg_gw_redis *r, const char *id, char rpm[256], char tpm[256],
                      char day[300])
{
    time_t now = time(NULL);
    snprintf(rpm, 256, "%srpm:%s", r->prefix, id);
    snprintf(tpm, 256, "%stpm:%s", r->prefix, id);
    snprintf(day, 300, "%sday:%s:%lld", r->prefix, id, (long long)(now / 86400));
}

void sg__gw_redis_check(struct sg_gw_redis *r, const struct sg_gw_limit_query *q,
                        sg_gw_limit_cb cb, void *arg)
{
    if (!q->rpm && !q->tpm && !q->daily) {
        cb(arg, SG_GW_OK, 0);
        return;
    }
    if (!r->ac || !r->connected || r->pending >= MAX_PENDING) {
        cb(arg, SG_GW_LIMITER_DOWN, 0);
        return;
    }
    struct pend *p = calloc(1, sizeof *p);
    if (!p) {
        cb(arg, SG_GW_LIMITER_DOWN, 0);
        return;
    }
    p->r = r;
    p->cb = cb;
    p->arg = arg;
    p->timer = evtimer_new(r->base, on_timeout, p);
    char k1[256], k2[256], k3[300];
    key_names(r, q->key_id, k1, k2, k3);
    if (!p->timer ||
        redisAsyncCommand(r->ac, on_check_reply, p, "EVAL %s 3 %s %s %s %lld %lld %lld %lld",
                          check_lua, k1, k2, k3, (long long)q->rpm, (long long)q->tpm,
                          (long long)q->daily, (long long)q->cost) != REDIS_OK) {
        if (p->timer)
            event_free(p->timer);
        free(p);
        cb(arg, SG_GW_LIMITER_DOWN, 0);
        return;
    }
    r->pending++;
    struct timeval tv = {r->timeout_ms / 1000, (r->timeout_ms % 1000) * 1000};
    evtimer_add(p->timer, &tv);
}

static void on_commit_reply(redisAsyncContext *ac, void *reply, void *privdata)
{
    struct sg_gw_redis *r = privdata;
    redisReply *rep = reply;
    (void)ac;
    r->pending--;
    if (!rep || rep->type == REDIS_REPLY_ERROR)
        commit_lost(r);
}

void sg__gw_redis_commit(struct sg_gw_redis *r, const struct sg_gw_limit_query *q, int64_t delta,
                         int64_t used)
{
    if ((!q->tpm || !delta) && (!q->daily || used <= 0))
        return;
    char k1[256], k2[256], k3[300];
    key_names(r, q->key_id, k1, k2, k3);
    if (!r->ac || !r->connected || r->pending >= MAX_PENDING ||
        redisAsyncCommand(r->ac, on_commit_reply, r, "EVAL %s 2 %s %s %lld %lld %lld %lld",
                          commit_lua, k2, k3, (long long)q->tpm, (long long)delta,
                          (long long)q->daily, (long long)used) != REDIS_OK) {
        /* Usage that cannot be recorded is counted, never hidden. */
        commit_lost(r);
        return;
    }
    r->pending++;
}
