/* batch.c - group commit for servers: submitters queue serialised events
 * under a mutex and return; one background thread with its own ledger handle
 * commits whatever has queued in one transaction (one fsync) every few
 * milliseconds or every max_batch events, then wakes the waiters. Events
 * queue back to back in one buffer, and two such queues take turns (one
 * filling while the other commits), so that a steady stream of events costs
 * no allocation and no copy beyond serialising each once. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "saiguard/buf.h"
#include "ledger/ledger_int.h"

/* Serialised events, each after SG__LEDGER_HEADROOM spare bytes where the
 * committer writes its `{"index":N,` prefix in place. */
struct queue {
    sg_buf bytes;
    struct sg__ledger_span *spans;
    size_t n, cap;
};

/* Queued bytes at most (then submit says SG_ERR_BUSY), and the most a queue
 * keeps allocated between batches: a burst's memory is given back. */
#define QUEUE_MAX_BYTES ((size_t)512 << 20)
#define QUEUE_KEEP_BYTES ((size_t)8 << 20)

struct sg_ledger_batcher {
    pthread_mutex_t mu;
    pthread_cond_t work; /* queue became non-empty, full, urgent or stopping */
    pthread_cond_t done; /* a commit finished */
    struct queue q[2];   /* q[cur] fills; the other is the committer's */
    unsigned cur;
    size_t qlen; /* q[cur].n */
    uint64_t submitted, committed; /* ticket = submission number, from 1 */
    bool urgent, stopping;
    sg_err failed;
    struct sg_error fail_err;
    struct sg_ledger_batcher_opts opts;
    sg_ledger *lg;
    pthread_t thread;
};

static void queue_init(struct queue *q)
{
    memset(q, 0, sizeof *q);
    sg_buf_init(&q->bytes, QUEUE_MAX_BYTES);
}

/* Empties q for the next turn, keeping its memory unless a burst grew it. */
static void queue_clear(struct queue *q)
{
    q->n = 0;
    sg_buf_reset(&q->bytes);
    if (q->bytes.cap > QUEUE_KEEP_BYTES)
        sg_buf_release(&q->bytes);
    if (q->cap * sizeof *q->spans > QUEUE_KEEP_BYTES) {
        free(q->spans);
        q->spans = NULL;
        q->cap = 0;
    }
}

static void queue_release(struct queue *q)
{
    sg_buf_release(&q->bytes);
    free(q->spans);
    memset(q, 0, sizeof *q);
}

static void deadline_after(struct timespec *ts, unsigned ms)
{
    clock_gettime(CLOCK_MONOTONIC, ts);
    ts->tv_nsec += (long)(ms % 1000) * 1000000L;
    ts->tv_sec += ms / 1000 + ts->tv_nsec / 1000000000L;
    ts->tv_nsec %= 1000000000L;
}

static void *committer(void *arg)
{
    sg_ledger_batcher *b = arg;
    pthread_setname_np(pthread_self(), "sg-ledger"); /* for top -H and /proc/PID/task */
    pthread_mutex_lock(&b->mu);
    for (;;) {
        while (b->qlen == 0 && !b->stopping)
            pthread_cond_wait(&b->work, &b->mu);
        if (b->qlen == 0 && b->stopping)
            break;
        /* Let a batch gather unless someone is waiting or it is full. */
        if (!b->urgent && !b->stopping && b->qlen < b->opts.max_batch) {
            struct timespec ts;
            deadline_after(&ts, b->opts.interval_ms);
            while (!b->urgent && !b->stopping && b->qlen < b->opts.max_batch &&
                   pthread_cond_timedwait(&b->work, &b->mu, &ts) != ETIMEDOUT)
                ;
        }
        /* Take the filled queue; submitters go on with the other (empty:
         * the committer cleared it after its last turn). */
        struct queue *q = &b->q[b->cur];
        size_t n = q->n;
        b->cur ^= 1;
        b->qlen = 0;
        b->urgent = false;
        pthread_mutex_unlock(&b->mu);

        struct sg_error err = {0};
        sg_err rc = b->failed ? b->failed
                              : sg__ledger_append_spans(b->lg, q->bytes.data, q->spans, n, NULL, &err);
        queue_clear(q);

        pthread_mutex_lock(&b->mu);
        if (rc == SG_OK) {
            b->committed += n;
        } else if (!b->failed) {
            b->failed = rc;
            b->fail_err = err;
        }
        pthread_cond_broadcast(&b->done);
    }
    pthread_mutex_unlock(&b->mu);
    return NULL;
}

sg_err sg_ledger_batcher_new(const char *state_dir, const struct sg_ledger_batcher_opts *opts,
                             sg_ledger_batcher **out, struct sg_error *err)
{
    *out = NULL;
    sg_ledger_batcher *b = calloc(1, sizeof *b);
    if (!b)
        return sg_error_set(err, SG_ERR_NOMEM, state_dir, "out of memory");
    b->opts.interval_ms = opts && opts->interval_ms ? opts->interval_ms : 5;
    b->opts.max_batch = opts && opts->max_batch ? opts->max_batch : 4096;
    b->opts.max_queue = opts && opts->max_queue ? opts->max_queue : 1000000;
    queue_init(&b->q[0]);
    queue_init(&b->q[1]);
    sg_err rc = sg_ledger_open(state_dir, SG_LEDGER_CREATE, &b->lg, err);
    if (rc != SG_OK) {
        free(b);
        return rc;
    }
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_mutex_init(&b->mu, NULL);
    pthread_cond_init(&b->work, &ca);
    pthread_cond_init(&b->done, NULL);
    pthread_condattr_destroy(&ca);
    if (pthread_create(&b->thread, NULL, committer, b) != 0) {
        pthread_mutex_destroy(&b->mu);
        pthread_cond_destroy(&b->work);
        pthread_cond_destroy(&b->done);
        sg_ledger_close(b->lg);
        free(b);
        return sg_error_set(err, SG_ERR_INTERNAL, state_dir, "cannot start the commit thread");
    }
    *out = b;
    return SG_OK;
}

static sg_err sticky(const sg_ledger_batcher *b, struct sg_error *err)
{
    if (err)
        *err = b->fail_err;
    return b->failed;
}

/* Room for one more span in q. */
static sg_err queue_grow(struct queue *q)
{
    struct sg__ledger_span *grown = sg_array_grow(q->spans, &q->cap, q->n + 1, sizeof *grown, 256);
    if (!grown)
        return SG_ERR_NOMEM;
    q->spans = grown;
    return SG_OK;
}

sg_err sg_ledger_batcher_submit(sg_ledger_batcher *b, const struct sg_audit_event *event,
                                uint64_t *ticket, struct sg_error *err)
{
    if (ticket)
        *ticket = 0;
    /* Serialised straight into the queue, under the lock: it takes less
     * than a microsecond, the committer holds the lock only to swap queues,
     * and a second buffer and copy per event would cost more. */
    pthread_mutex_lock(&b->mu);
    struct queue *q = &b->q[b->cur];
    sg_err rc = SG_OK;
    if (b->failed) {
        rc = sticky(b, err);
    } else if (b->stopping || q->n >= b->opts.max_queue) {
        rc = sg_error_set(err, SG_ERR_BUSY, "ledger", "audit queue is full (%zu events)", q->n);
    } else if (queue_grow(q) != SG_OK) {
        rc = sg_error_set(err, SG_ERR_NOMEM, "ledger", "out of memory");
    } else {
        size_t mark = q->bytes.len;
        if ((rc = sg_buf_reserve(&q->bytes, SG__LEDGER_HEADROOM)) == SG_OK) {
            q->bytes.len += SG__LEDGER_HEADROOM;
            rc = sg_ledger_event_body(event, &q->bytes, err);
        }
        if (rc == SG_OK) {
            q->spans[q->n++] = (struct sg__ledger_span){mark + SG__LEDGER_HEADROOM,
                                                        q->bytes.len - mark - SG__LEDGER_HEADROOM};
        } else {
            q->bytes.len = mark;
            if (q->bytes.data)
                q->bytes.data[mark] = '\0';
            if (rc == SG_ERR_TOO_LARGE && q->n > 0) /* the queue's bytes, not the event */
                rc = sg_error_set(err, SG_ERR_BUSY, "ledger", "audit queue is full (%zu bytes)",
                                  mark);
        }
    }
    if (rc == SG_OK) {
        b->qlen = q->n;
        if (ticket)
            *ticket = b->submitted + 1;
        b->submitted++;
        if (b->qlen == 1 || b->qlen >= b->opts.max_batch)
            pthread_cond_signal(&b->work);
    }
    pthread_mutex_unlock(&b->mu);
    return rc;
}

sg_err sg_ledger_batcher_wait(sg_ledger_batcher *b, uint64_t ticket, struct sg_error *err)
{
    pthread_mutex_lock(&b->mu);
    if (b->committed < ticket && !b->failed) {
        b->urgent = true;
        pthread_cond_signal(&b->work);
    }
    while (b->committed < ticket && !b->failed)
        pthread_cond_wait(&b->done, &b->mu);
    sg_err rc = b->committed >= ticket ? SG_OK : sticky(b, err);
    pthread_mutex_unlock(&b->mu);
    return rc;
}

sg_err sg_ledger_batcher_flush(sg_ledger_batcher *b, struct sg_error *err)
{
    pthread_mutex_lock(&b->mu);
    uint64_t ticket = b->submitted;
    pthread_mutex_unlock(&b->mu);
    return sg_ledger_batcher_wait(b, ticket, err);
}

void sg_ledger_batcher_free(sg_ledger_batcher *b)
{
    if (!b)
        return;
    pthread_mutex_lock(&b->mu);
    b->stopping = true;
    pthread_cond_signal(&b->work);
    pthread_mutex_unlock(&b->mu);
    pthread_join(b->thread, NULL);
    queue_release(&b->q[0]);
    queue_release(&b->q[1]);
    pthread_mutex_destroy(&b->mu);
    pthread_cond_destroy(&b->work);
    pthread_cond_destroy(&b->done);
    sg_ledger_close(b->lg);
    free(b);
}
