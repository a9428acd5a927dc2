/* ratelimit_local.c - per-key token buckets and daily token counters kept in
 * this process: the default when no Redis is configured. State is keyed by
 * key id, so it survives configuration reloads. Shared by the event loops
 * under one mutex. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "saiguard/buf.h"
#include "gateway/internal.h"

struct bucket {
    double tokens;
    int64_t ts_ms;
    bool init;
};

struct entry {
    char *key_id;
    struct bucket rpm, tpm;
    int64_t day; /* days since the epoch (UTC) */
    int64_t used;
};

struct sg_gw_local {
    pthread_mutex_t lock;
    struct entry *e;
    size_t n, cap;
};

sg_err sg__gw_local_new(struct sg_gw_local **out)
{
    *out = calloc(1, sizeof **out);
    if (!*out)
        return SG_ERR_NOMEM;
    pthread_mutex_init(&(*out)->lock, NULL);
    return SG_OK;
}

void sg__gw_local_free(struct sg_gw_local *l)
{
    if (!l)
        return;
    for (size_t i = 0; i < l->n; i++)
        free(l->e[i].key_id);
    free(l->e);
    pthread_mutex_destroy(&l->lock);
    free(l);
}

int sg__gw_until_midnight(int64_t now_ms)
{
    int64_t s = now_ms / 1000;
    return (int)(86400 - s % 86400);
}

static struct entry *find(struct sg_gw_local *l, const char *id)
{
    /* Entries are bounded by the keys in the configuration (keys removed by a
     * reload keep their few bytes until restart). */
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(l->e[i].key_id, id) == 0)
            return &l->e[i];
    struct entry *grown = sg_array_grow(l->e, &l->cap, l->n + 1, sizeof *grown, 16);
    if (!grown)
        return NULL;
    l->e = grown;
    struct entry *e = &l->e[l->n];
    memset(e, 0, sizeof *e);
    if (!(e->key_id = strdup(id)))
        return NULL;
    l->n++;
    return e;
}

static void refill(struct bucket *b, int64_t limit, int64_t now)
{
    if (!b->init) {
        b->tokens = (double)limit;
        b->ts_ms = now;
        b->init = true;
    }
    /* Loops read the clock before taking the lock, so now may be a little
     * behind the last update: never move the bucket's time backwards. */
    if (now > b->ts_ms) {
        b->tokens += (double)(now - b->ts_ms) * (double)limit / 60000.0;
        b->ts_ms = now;
    }
    if (b->tokens > (double)limit)
        b->tokens = (double)limit;
}

/* Seconds until the bucket holds need tokens. */
static int wait_s(const struct bucket *b, int64_t limit, double need)
{
    double s = (need - b->tokens) * 60.0 / (double)limit;
    return s < 1 ? 1 : (int)(s + 0.999);
}

static enum sg_gw_reason check_locked(struct sg_gw_local *l, const struct sg_gw_limit_query *q,
                                      int64_t now, int *retry)
{
    *retry = 0;
    if (!q->rpm && !q->tpm && !q->daily)
        return SG_GW_OK;
    struct entry *e = find(l, q->key_id);
    if (!e)
        return SG_GW_LIMITER_DOWN;
    /* A request larger than the whole bucket may still pass when the bucket
     * is full; otherwise it could never be served. */
    double tneed = (double)(q->cost < q->tpm ? q->cost : q->tpm);
    if (q->rpm) {
        refill(&e->rpm, q->rpm, now);
        if (e->rpm.tokens < 1) {
            *retry = wait_s(&e->rpm, q->rpm, 1);
            return SG_GW_RATE_REQUESTS;
        }
    }
    if (q->tpm) {
        refill(&e->tpm, q->tpm, now);
        if (e->tpm.tokens < tneed || e->tpm.tokens <= 0) {
            *retry = wait_s(&e->tpm, q->tpm, tneed > 0 ? tneed : 1);
            return SG_GW_RATE_TOKENS;
        }
    }
    if (q->daily) {
        int64_t day = now / 86400000;
        if (e->day != day) {
            e->day = day;
            e->used = 0;
        }
        if (e->used >= q->daily) {
            *retry = sg__gw_until_midnight(now);
            return SG_GW_QUOTA;
        }
    }
    if (q->rpm)
        e->rpm.tokens -= 1;
    if (q->tpm)
        e->tpm.tokens -= tneed;
    return SG_GW_OK;
}

enum sg_gw_reason sg__gw_local_check(struct sg_gw_local *l, const struct sg_gw_limit_query *q,
                                     int64_t now, int *retry)
{
    *retry = 0;
    if (!q->rpm && !q->tpm && !q->daily)
        return SG_GW_OK;
    pthread_mutex_lock(&l->lock);
    enum sg_gw_reason r = check_locked(l, q, now, retry);
    pthread_mutex_unlock(&l->lock);
    return r;
}

static void commit_locked(struct sg_gw_local *l, const struct sg_gw_limit_query *q, int64_t delta,
                          int64_t used, int64_t now)
{
    struct entry *e = find(l, q->key_id);
    if (!e)
        return;
    if (q->tpm) {
        refill(&e->tpm, q->tpm, now);
        e->tpm.tokens -= (double)delta;
        /* Debt is bounded by one minute's budget so a single huge answer
         * cannot lock a key out for hours. */
        if (e->tpm.tokens < -(double)q->tpm)
            e->tpm.tokens = -(double)q->tpm;
    }
    if (q->daily) {
        int64_t day = now / 86400000;
        if (e->day != day) {
            e->day = day;
            e->used = 0;
        }
        e->used += used;
    }
}

void sg__gw_local_commit(struct sg_gw_local *l, const struct sg_gw_limit_query *q, int64_t delta,
                         int64_t used, int64_t now)
{
    if (!q->tpm && !q->daily)
        return;
    pthread_mutex_lock(&l->lock);
    commit_locked(l, q, delta, used, now);
    pthread_mutex_unlock(&l->lock);
}
