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
    struct sg_gw_record *rec;        /* a request: audit event and access log line */
    struct sg_gw_accesslog *newlog;  /* a switch of access log */
    bool is_log_switch;
};

struct sg_gw_audit {
    sg_ctx *ctx;
    sg_ledger_batcher *ledger;
    struct sg_gw_accesslog *alog; /* used by the writer thread only */
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t wake;
    struct audit_item *head, *tail;
    size_t depth; /* written under lock; read without it (atomic) */
    uint64_t errors, queued, dropped; /* under lock */
    bool stopping;
};

static void enqueue(struct sg_gw_audit *a, struct audit_item *it);

/* Out of memory: the event cannot be kept. Counted, so the loss is visible
 * in the metrics rather than silent. */
static void dropped(struct sg_gw_audit *a)
{
    pthread_mutex_lock(&a->lock);
    a->dropped++;
    pthread_mutex_unlock(&a->lock);
}

static void record_free(struct sg_gw_record *rec)
{
    if (!rec)
        return;
    free(rec->prompt_text);
    free(rec->answer_text);
    free(rec);
}

static void item_free(struct audit_item *it)
{
    record_free(it->rec);
    free(it->type);
    free(it->subject);
    free(it->actor);
    free(it->outcome);
    free(it->before);
    free(it->after);
    json_decref(it->details);
    free(it);
}

/* Hands one event to the ledger's batcher; returns 1 on failure. */
static int submit(struct sg_gw_audit *a, const struct sg_audit_event *ev)
{
    struct sg_error err = {0};
    sg_err rc;
    /* A full ledger queue is back-pressure, not a reason to drop the event:
     * wait for room (the request path never waits here; it is refused with
     * 503 once our own queue reaches audit.queue_max). */
    while ((rc = sg_ledger_batcher_submit(a->ledger, ev, NULL, &err)) == SG_ERR_BUSY) {
        struct timespec pause = {0, 1000000};
        nanosleep(&pause, NULL);
    }
    if (rc) {
        sg_log(a->ctx, SG_LOG_ERROR, "gateway: audit ledger: %s", err.reason);
        return 1;
    }
    return 0;
}

static int write_request(struct sg_gw_audit *a, const struct sg_gw_record *r)
{
    int errors = 0;
    const char *route = r->has_route ? r->route : NULL, *model = r->has_model ? r->model : NULL;
    const char *key = r->has_key ? r->key_id : NULL;
    if (r->audited) {
        json_t *d = json_pack("{s:s, s:s, s:s?, s:s?, s:s, s:s, s:i, s:I, s:I, s:I, s:b, s:b, "
                              "s:f}",
                              "request_id", r->request_id, "path", r->path, "route", route,
                              "model", model, "decision", r->decision, "reason", r->reason,
                              "status", r->status, "prompt_tokens", (json_int_t)r->prompt_tokens,
                              "completion_tokens", (json_int_t)r->completion_tokens,
                              "total_tokens", (json_int_t)r->total_tokens, "tokens_estimated",
                              r->estimated, "stream", r->stream, "latency_ms", r->latency_ms);
        if (d && r->guard_detector)
            json_object_set_new(d, "guardrail",
                                json_pack("{s:s, s:s?, s:i}", "detector", r->guard_detector,
                                          "rule", r->guard_rule, "action", r->guard_action));
        if (d && r->limiter_bypassed)
            json_object_set_new(d, "limits", json_string("bypassed: redis unreachable (fail_open)"));
        if (d && r->prompt_text)
            json_object_set_new(d, "prompt_text", json_stringn(r->prompt_text, r->prompt_len));
        if (d && r->answer_text)
            json_object_set_new(d, "answer_text", json_stringn(r->answer_text, r->answer_len));
        struct sg_audit_event ev = {.type = "gateway.request",
                                    .subject = r->path,
                                    .actor = key ? key : "anonymous",
                                    .role = "system_operator",
                                    .outcome = r->decision,
                                    .digest_before = r->prompt_digest[0] ? r->prompt_digest : NULL,
                                    .digest_after = r->answer_digest[0] ? r->answer_digest : NULL,
                                    .details = d};
        errors += submit(a, &ev);
        json_decref(d);
    }
    if (a->alog) {
        json_t *l = json_pack("{s:s, s:s, s:s?, s:s, s:i, s:s?, s:s?, s:s, s:f, s:I, s:i}", "time",
                              r->time, "request_id", r->request_id, "remote",
                              r->remote[0] ? r->remote : NULL, "path", r->path, "status",
                              r->status, "key", key, "model", model, "reason", r->reason,
                              "latency_ms", r->latency_ms, "tokens", (json_int_t)r->total_tokens,
                              "upstream_status", r->up_status);
        if (l)
            sg__gw_accesslog_write(a->alog, l);
        json_decref(l);
    }
    return errors;
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
        __atomic_store_n(&a->depth, 0, __ATOMIC_RELAXED);
        bool stop = a->stopping;
        pthread_mutex_unlock(&a->lock);
        uint64_t errors = 0;
        for (struct audit_item *it = batch, *next; it; it = next) {
            next = it->next;
            if (it->is_log_switch) {
                sg__gw_accesslog_close(a->alog);
                a->alog = it->newlog;
            } else if (it->rec) {
                errors += write_request(a, it->rec);
            } else {
                struct sg_audit_event ev = {.type = it->type,
                                            .subject = it->subject,
                                            .actor = it->actor,
                                            .role = "system_operator",
                                            .outcome = it->outcome,
                                            .digest_before = it->before,
                                            .digest_after = it->after,
                                            .details = it->details};
                errors += submit(a, &ev);
            }
            item_free(it);
        }
        sg__gw_accesslog_flush(a->alog);
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

sg_err sg__gw_audit_new(sg_ctx *ctx, struct sg_gw_audit **out, struct sg_error *err)
{
    struct sg_gw_audit *a = calloc(1, sizeof *a);
    *out = NULL;
    if (!a)
        return sg_error_set(err, SG_ERR_NOMEM, "gateway", "out of memory");
    a->ctx = ctx;
    /* The audit trail is a precondition of serving: no ledger, no gateway. */
    /* Commit every 20 ms rather than the batcher's default 5 ms: under load
     * each commit (a transaction, the Merkle update, one fdatasync) then
     * covers four times as many requests, and the fsync count stops
     * scaling with the request rate. An event is durable at most ~25 ms
     * after its request ends; nothing is dropped either way. */
    struct sg_ledger_batcher_opts bo = {.interval_ms = 20};
    sg_err rc = sg_ledger_batcher_new(ctx->state_dir, &bo, &a->ledger, err);
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
        if (it)
            item_free(it);
        else
            json_decref(details);
        dropped(a);
        return;
    }
    it->details = details;
    enqueue(a, it);
}

static void enqueue(struct sg_gw_audit *a, struct audit_item *it)
{
    pthread_mutex_lock(&a->lock);
    if (a->tail)
        a->tail->next = it;
    else
        a->head = it;
    a->tail = it;
    /* The writer drains everything queued when it wakes: one signal per
     * batch, not one context switch per request. */
    if (__atomic_fetch_add(&a->depth, 1, __ATOMIC_RELAXED) == 0)
        pthread_cond_signal(&a->wake);
    a->queued++;
    pthread_mutex_unlock(&a->lock);
}

void sg__gw_audit_request(struct sg_gw_audit *a, struct sg_gw_record *rec)
{
    struct audit_item *it = rec ? calloc(1, sizeof *it) : NULL;
    if (!it) {
        record_free(rec);
        dropped(a);
        return;
    }
    it->rec = rec;
    enqueue(a, it);
}

void sg__gw_audit_set_accesslog(struct sg_gw_audit *a, struct sg_gw_accesslog *log)
{
    struct audit_item *it = calloc(1, sizeof *it);
    if (!it) {
        sg__gw_accesslog_close(log);
        return;
    }
    it->is_log_switch = true;
    it->newlog = log;
    enqueue(a, it);
}

size_t sg__gw_audit_depth(struct sg_gw_audit *a)
{
    /* Every request asks (the back-pressure check): read without the lock,
     * so that the loops do not queue behind each other or the writer for a
     * threshold test. */
    return __atomic_load_n(&a->depth, __ATOMIC_RELAXED);
}

void sg__gw_audit_stats(struct sg_gw_audit *a, struct sg_gw_gauges *g)
{
    pthread_mutex_lock(&a->lock);
    g->audit_depth = a->depth;
    g->audit_queued = a->queued;
    g->audit_errors = a->errors;
    g->audit_dropped = a->dropped;
    pthread_mutex_unlock(&a->lock);
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
    sg__gw_accesslog_close(a->alog);
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
