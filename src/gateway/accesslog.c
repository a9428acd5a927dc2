/* accesslog.c - the gateway's two records of every request: the audit queue
 * (a writer thread hands events to the audit ledger's group-commit batcher,
 * which commits many requests per fsync, so no request ever waits for a
 * disk flush) and the JSON-lines access log (stdio-buffered, flushed by the
 * server's timer). */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gateway/internal.h"
#include "saiguard/ledger.h"

/* ---- audit queue ---------------------------------------------------------------- */

struct audit_item {
    struct audit_item *next;
    char *type, *subject, *actor, *outcome, *before, *after;
    json_t *details;
};

struct sg_gw_audit {
    sg_ctx *ctx;
    sg_ledger_batcher *ledger;
    struct sg_gw_metrics *metrics;
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t wake;
    struct audit_item *head, *tail;
    size_t depth;
    uint64_t errors; /* written by the thread, read under lock */
    bool stopping;
};

static void item_free(struct audit_item *it)
{
    free(it->type);
    free(it->subject);
    free(it->actor);
    free(it->outcome);
    free(it->before);
    free(it->after);
    json_decref(it->details);
    free(it);
}

static void *audit_main(void *arg)
{
    struct sg_gw_audit *a = arg;
    pthread_mutex_lock(&a->lock);
    for (;;) {
        while (!a->head && !a->stopping)
            pthread_cond_wait(&a->wake, &a->lock);
        struct audit_item *batch = a->head;
        a->head = a->tail = NULL;
        a->depth = 0;
        bool stop = a->stopping;
        pthread_mutex_unlock(&a->lock);
        uint64_t errors = 0;
        for (struct audit_item *it = batch, *next; it; it = next) {
            next = it->next;
            struct sg_audit_event ev = {.type = it->type,
                                        .subject = it->subject,
                                        .actor = it->actor,
                                        .role = "system_operator",
                                        .outcome = it->outcome,
                                        .digest_before = it->before,
                                        .digest_after = it->after,
                                        .details = it->details};
            struct sg_error err = {0};
            sg_err rc;
            /* A full ledger queue is back-pressure, not a reason to drop the
             * event: wait for room (the request path never waits here; it is
             * refused with 503 once our own queue reaches queue_max). */
            while ((rc = sg_ledger_batcher_submit(a->ledger, &ev, NULL, &err)) == SG_ERR_BUSY) {
                struct timespec pause = {0, 1000000};
                nanosleep(&pause, NULL);
            }
            if (rc) {
                errors++;
                sg_log(a->ctx, SG_LOG_ERROR, "gateway: audit ledger: %s", err.reason);
            }
            item_free(it);
        }
        if (!stop) {
            /* Group commit: let a few milliseconds of events gather so that
             * one sink flush covers many requests. */
            struct timespec pause = {0, 5000000};
            nanosleep(&pause, NULL);
        }
        pthread_mutex_lock(&a->lock);
        a->errors += errors;
        if (stop && !a->head)
            break;
    }
    pthread_mutex_unlock(&a->lock);
    return NULL;
}

sg_err sg__gw_audit_new(sg_ctx *ctx, struct sg_gw_metrics *m, struct sg_gw_audit **out,
                        struct sg_error *err)
{
    struct sg_gw_audit *a = calloc(1, sizeof *a);
    *out = NULL;
    if (!a)
        return sg_error_set(err, SG_ERR_NOMEM, "gateway", "out of memory");
    a->ctx = ctx;
    a->metrics = m;
    /* The audit trail is a precondition of serving: no ledger, no gateway. */
    sg_err rc = sg_ledger_batcher_new(ctx->state_dir, NULL, &a->ledger, err);
    if (rc) {
        free(a);
        return rc;
    }
    pthread_mutex_init(&a->lock, NULL);
    pthread_cond_init(&a->wake, NULL);
    int e = pthread_create(&a->thread, NULL, audit_main, a);
    if (e) {
        sg_ledger_batcher_free(a->ledger);
        pthread_mutex_destroy(&a->lock);
        pthread_cond_destroy(&a->wake);
        free(a);
        return sg_error_errno(err, SG_ERR_INTERNAL, "gateway", e, "cannot start the audit writer");
    }
    *out = a;
    return SG_OK;
}

static char *dup_opt(const char *s)
{
    return s ? strdup(s) : NULL;
}

void sg__gw_audit_push(struct sg_gw_audit *a, const char *type, const char *subject,
                       const char *actor, const char *outcome, const char *before,
                       const char *after, json_t *details)
{
    struct audit_item *it = calloc(1, sizeof *it);
    if (!it || !(it->type = strdup(type)) || !(it->subject = strdup(subject)) ||
        (actor && !(it->actor = strdup(actor))) || (outcome && !(it->outcome = dup_opt(outcome))) ||
        (before && !(it->before = strdup(before))) || (after && !(it->after = strdup(after)))) {
        /* Out of memory: the event cannot be kept. Count it so the loss is
         * visible rather than silent. */
        if (it)
            item_free(it);
        else
            json_decref(details);
        a->metrics->audit_dropped++;
        return;
    }
    it->details = details;
    pthread_mutex_lock(&a->lock);
    if (a->tail)
        a->tail->next = it;
    else
        a->head = it;
    a->tail = it;
    /* The writer drains everything queued when it wakes: one signal per
     * batch, not one context switch per request. */
    if (a->depth++ == 0)
        pthread_cond_signal(&a->wake);
    a->metrics->audit_errors = a->errors;
    pthread_mutex_unlock(&a->lock);
    a->metrics->audit_queued++;
}

size_t sg__gw_audit_depth(struct sg_gw_audit *a)
{
    pthread_mutex_lock(&a->lock);
    size_t d = a->depth;
    a->metrics->audit_errors = a->errors;
    pthread_mutex_unlock(&a->lock);
    return d;
}

void sg__gw_audit_free(struct sg_gw_audit *a)
{
    if (!a)
        return;
    pthread_mutex_lock(&a->lock);
    a->stopping = true;
    pthread_cond_signal(&a->wake);
    pthread_mutex_unlock(&a->lock);
    pthread_join(a->thread, NULL);
    sg_ledger_batcher_free(a->ledger); /* commits everything still queued */
    pthread_mutex_destroy(&a->lock);
    pthread_cond_destroy(&a->wake);
    free(a);
}

/* ---- access log -------------------------------------------------------------------- */

struct sg_gw_accesslog {
    FILE *f;
    bool owned;
};

sg_err sg__gw_accesslog_open(const char *path, struct sg_gw_accesslog **out,
                             struct sg_error *err)
{
    struct sg_gw_accesslog *l = calloc(1, sizeof *l);
    *out = NULL;
    if (!l)
        return sg_error_set(err, SG_ERR_NOMEM, path, "out of memory");
    if (strcmp(path, "-") == 0) {
        l->f = stderr;
    } else {
        l->f = fopen(path, "ae");
        if (!l->f) {
            int e = errno;
            free(l);
            return sg_error_errno(err, SG_ERR_IO, path, e, "cannot open the access log");
        }
        l->owned = true;
        setvbuf(l->f, NULL, _IOFBF, 1 << 16);
    }
    *out = l;
    return SG_OK;
}

void sg__gw_accesslog_write(struct sg_gw_accesslog *l, const json_t *v)
{
    if (!l)
        return;
    json_dumpf(v, l->f, JSON_COMPACT);
    fputc('\n', l->f);
}

void sg__gw_accesslog_flush(struct sg_gw_accesslog *l)
{
    if (l)
        fflush(l->f);
}

void sg__gw_accesslog_close(struct sg_gw_accesslog *l)
{
    if (!l)
        return;
    if (l->owned)
        fclose(l->f);
    else
        fflush(l->f);
    free(l);
}
