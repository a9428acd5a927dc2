/* batch.c - group commit for servers: submitters queue serialised events
 * under a mutex and return; one background thread with its own ledger handle
 * commits whatever has queued in one transaction (one fsync) every few
 * milliseconds or every max_batch events, then wakes the waiters. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ledger/ledger_int.h"

struct sg_ledger_batcher {
    pthread_mutex_t mu;
    pthread_cond_t work; /* queue became non-empty, full, urgent or stopping */
    pthread_cond_t done; /* a commit finished */
    sg_buf *queue;
    size_t qlen, qcap;
    uint64_t submitted, committed; /* ticket = submission number, from 1 */
    bool urgent, stopping;
    sg_err failed;
    struct sg_error fail_err;
    struct sg_ledger_batcher_opts opts;
    sg_ledger *lg;
    pthread_t thread;
};

static void free_bodies(sg_buf *bodies, size_t n)
{
    for (size_t i = 0; i < n; i++)
        sg_buf_release(&bodies[i]);
    free(bodies);
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
        sg_buf *bodies = b->queue;
        size_t n = b->qlen;
        b->queue = NULL;
        b->qlen = b->qcap = 0;
        b->urgent = false;
        pthread_mutex_unlock(&b->mu);

        struct sg_error err = {0};
        sg_err rc = b->failed ? b->failed : sg_ledger_append_bodies(b->lg, bodies, n, NULL, &err);
        free_bodies(bodies, n);

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

sg_err sg_ledger_batcher_submit(sg_ledger_batcher *b, const struct sg_audit_event *event,
                                uint64_t *ticket, struct sg_error *err)
{
    if (ticket)
        *ticket = 0;
    sg_buf body;
    sg_buf_init(&body, SG_LEDGER_MAX_ENTRY);
    /* Sized for a typical event (a gateway request's is ~800 bytes): one
     * allocation instead of doubling from 64 bytes. A failure here only
     * means the body grows as it is written. */
    if (sg_buf_reserve(&body, 1024) != SG_OK)
        sg_buf_reset(&body);
    sg_err rc = sg_ledger_event_body(event, &body, err);
    if (rc != SG_OK) {
        sg_buf_release(&body);
        return rc;
    }
    pthread_mutex_lock(&b->mu);
    if (b->failed) {
        rc = sticky(b, err);
    } else if (b->stopping || b->qlen >= b->opts.max_queue) {
        rc = sg_error_set(err, SG_ERR_BUSY, "ledger", "audit queue is full (%zu events)", b->qlen);
    } else if (b->qlen == b->qcap) {
        size_t cap = b->qcap ? b->qcap * 2 : 256;
        sg_buf *grown = realloc(b->queue, cap * sizeof *grown);
        if (!grown)
            rc = sg_error_set(err, SG_ERR_NOMEM, "ledger", "out of memory");
        else {
            b->queue = grown;
            b->qcap = cap;
        }
    }
    if (rc == SG_OK) {
        b->queue[b->qlen++] = body;
        memset(&body, 0, sizeof body);
        if (ticket)
            *ticket = b->submitted + 1;
        b->submitted++;
        if (b->qlen == 1 || b->qlen >= b->opts.max_batch)
            pthread_cond_signal(&b->work);
    }
    pthread_mutex_unlock(&b->mu);
    sg_buf_release(&body);
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
    free_bodies(b->queue, b->qlen);
    pthread_mutex_destroy(&b->mu);
    pthread_cond_destroy(&b->work);
    pthread_cond_destroy(&b->done);
    sg_ledger_close(b->lg);
    free(b);
}
