/* accesslog.c - the gateway's two records of every request: the audit queue
 * (a writer thread hands events to the audit ledger's group-commit batcher,
 * which commits many requests per fsync, so no request ever waits for a
 * disk flush) and the JSON-lines access log (buffered, written in blocks of
 * up to 64 KiB, at most 100 ms behind). */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "gateway/internal.h"
#include "saiguard/ledger.h"

/* ---- audit queue ---------------------------------------------------------------- */

/* One queued event. A request's record is part of its item: one block per
 * request, recycled (see spare) rather than allocated and freed each time. */
struct audit_item {
    struct audit_item *next;
    char *type, *subject, *actor, *outcome, *before, *after;
    json_t *details;
    struct sg_gw_accesslog *newlog; /* a switch of access log */
    bool is_log_switch, is_request;
    struct sg_gw_record rec; /* is_request: audit event and access log line */
};

/* Written request items kept for reuse: the writer returns them here once
 * written, the loops take one back each time they queue a request (in the
 * same critical section), so in a steady state a request costs no
 * allocation on the loop and no cross-thread free on the writer. */
#define SPARE_MAX 1024

struct sg_gw_audit {
    sg_ctx *ctx;
    sg_ledger_batcher *ledger;
    struct sg_gw_accesslog *alog; /* used by the writer thread only */
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t wake;
    struct audit_item *head, *tail;
    struct audit_item *spare; /* under lock; at most SPARE_MAX */
    size_t n_spare;
    sg_buf details, line;             /* the writer thread's, reused per request */
    size_t depth; /* written under lock; read without it (atomic) */
    uint64_t errors, queued, dropped; /* under lock */
    bool stopping;
};

static struct audit_item *enqueue(struct sg_gw_audit *a, struct audit_item *it, bool want_spare);

/* Out of memory: the event cannot be kept. Counted, so the loss is visible
 * in the metrics rather than silent. */
static void dropped(struct sg_gw_audit *a)
{
    pthread_mutex_lock(&a->lock);
    a->dropped++;
    pthread_mutex_unlock(&a->lock);
}

static struct audit_item *item_of(struct sg_gw_record *rec)
{
    return (struct audit_item *)(void *)((char *)rec - offsetof(struct audit_item, rec));
}

/* The texts a request's record owns (audit.record_text). */
static void record_texts_free(struct sg_gw_record *rec)
{
    free(rec->prompt_text);
    free(rec->answer_text);
    rec->prompt_text = rec->answer_text = NULL;
}

static void item_free(struct audit_item *it)
{
    if (!it)
        return;
    record_texts_free(&it->rec);
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

/* Microseconds, for fixed-point output (3 decimals of milliseconds). */
static int64_t latency_us(const struct sg_gw_record *r)
{
    return llround(r->latency_ms * 1000.0);
}

/* The two records are written in one pass each: every key with its
 * punctuation is a literal (its length known when compiling, so the copy is
 * a few moves), strings go through sg_json_append_string (jansson's
 * escaping), and the first failure sticks. sg_jsonw wrote the same bytes
 * with a call, a strlen and a capacity check per key, which was a quarter
 * of the audit writer's instructions; tests/gateway/test_accesslog.c keeps
 * that version as the reference. */
struct recw {
    sg_buf *out;
    size_t mark;
    sg_err rc;
};

static inline void put(struct recw *w, const char *s, size_t n)
{
    sg_buf *b = w->out;
    if (w->rc != SG_OK)
        return;
    if (b->len + n < b->cap && b->len + n <= b->max) {
        memcpy(b->data + b->len, s, n);
        b->len += n;
        b->data[b->len] = '\0';
    } else {
        w->rc = sg_buf_append(b, s, n);
    }
}
#define PUT(w, lit) put(w, lit, sizeof lit - 1)

static void put_strn(struct recw *w, const char *s, size_t n)
{
    if (w->rc == SG_OK)
        w->rc = sg_json_append_string(w->out, s, n, true);
}

/* A string, or null. */
static void put_str(struct recw *w, const char *s)
{
    if (s)
        put_strn(w, s, strlen(s));
    else
        PUT(w, "null");
}

/* value / 10^decimals as sg_jsonw_fixed writes it (0 decimals: an integer). */
static void put_fixed(struct recw *w, int64_t value, unsigned decimals)
{
    if (w->rc == SG_OK)
        w->rc = sg_json_append_fixed(w->out, value, decimals);
}

static sg_err recw_end(struct recw *w)
{
    PUT(w, "}");
    if (w->rc != SG_OK) {
        w->out->len = w->mark;
        if (w->out->data)
            w->out->data[w->mark] = '\0';
    }
    return w->rc;
}

/* The details of a request's audit event, in sorted key order (the
 * canonical form the ledger stores; tests/gateway/test_accesslog.c checks
 * it against jansson's). */
sg_err sg__gw_record_details(const struct sg_gw_record *r, sg_buf *out)
{
    struct recw w = {out, out->len, SG_OK};
    if (r->answer_text) {
        PUT(&w, "{\"answer_text\":");
        put_strn(&w, r->answer_text, r->answer_len);
        PUT(&w, ",\"completion_tokens\":");
    } else {
        PUT(&w, "{\"completion_tokens\":");
    }
    put_fixed(&w, r->completion_tokens, 0);
    PUT(&w, ",\"decision\":");
    put_str(&w, r->decision);
    if (r->guard_detector) {
        PUT(&w, ",\"guardrail\":{\"action\":");
        put_fixed(&w, r->guard_action, 0);
        PUT(&w, ",\"detector\":");
        put_str(&w, r->guard_detector);
        PUT(&w, ",\"rule\":");
        put_str(&w, r->guard_rule);
        PUT(&w, "}");
    }
    PUT(&w, ",\"latency_ms\":");
    put_fixed(&w, latency_us(r), 3);
    if (r->limiter_bypassed)
        PUT(&w, ",\"limits\":\"bypassed: redis unreachable (fail_open)\"");
    PUT(&w, ",\"model\":");
    put_str(&w, r->has_model ? r->model : NULL);
    PUT(&w, ",\"path\":");
    put_str(&w, r->path);
    if (r->prompt_text) {
        PUT(&w, ",\"prompt_text\":");
        put_strn(&w, r->prompt_text, r->prompt_len);
    }
    PUT(&w, ",\"prompt_tokens\":");
    put_fixed(&w, r->prompt_tokens, 0);
    PUT(&w, ",\"reason\":");
    put_str(&w, r->reason);
    PUT(&w, ",\"request_id\":");
    put_str(&w, r->request_id);
    PUT(&w, ",\"route\":");
    put_str(&w, r->has_route ? r->route : NULL);
    PUT(&w, ",\"status\":");
    put_fixed(&w, r->status, 0);
    if (r->stream)
        PUT(&w, ",\"stream\":true");
    else
        PUT(&w, ",\"stream\":false");
    if (r->estimated)
        PUT(&w, ",\"tokens_estimated\":true");
    else
        PUT(&w, ",\"tokens_estimated\":false");
    PUT(&w, ",\"total_tokens\":");
    put_fixed(&w, r->total_tokens, 0);
    return recw_end(&w);
}

/* One access-log line (without its newline), fields in reading order. */
sg_err sg__gw_record_access_line(const struct sg_gw_record *r, sg_buf *out)
{
    struct recw w = {out, out->len, SG_OK};
    PUT(&w, "{\"time\":");
    put_str(&w, r->time);
    PUT(&w, ",\"request_id\":");
    put_str(&w, r->request_id);
    PUT(&w, ",\"remote\":");
    put_str(&w, r->remote[0] ? r->remote : NULL);
    PUT(&w, ",\"path\":");
    put_str(&w, r->path);
    PUT(&w, ",\"status\":");
    put_fixed(&w, r->status, 0);
    PUT(&w, ",\"key\":");
    put_str(&w, r->has_key ? r->key_id : NULL);
    PUT(&w, ",\"model\":");
    put_str(&w, r->has_model ? r->model : NULL);
    PUT(&w, ",\"reason\":");
    put_str(&w, r->reason);
    PUT(&w, ",\"latency_ms\":");
    put_fixed(&w, latency_us(r), 3);
    PUT(&w, ",\"tokens\":");
    put_fixed(&w, r->total_tokens, 0);
    PUT(&w, ",\"upstream_status\":");
    put_fixed(&w, r->up_status, 0);
    return recw_end(&w);
}

/* The ledger refuses a subject that is not UTF-8, and a request path is
 * whatever the client sent: a path with any byte outside ASCII is recorded
 * with each such byte as '?' (the details keep the path, invalid sequences
 * as U+FFFD), so the event is recorded, not lost. */
static const char *ledger_subject(const char *path, char *out, size_t cap)
{
    const char *p = path;
    while (*p && (unsigned char)*p < 0x80)
        p++;
    if (!*p)
        return path;
    size_t i = 0;
    for (p = path; *p && i + 1 < cap; p++)
        out[i++] = (unsigned char)*p < 0x80 ? *p : '?';
    out[i] = '\0';
    return out;
}

static int write_request(struct sg_gw_audit *a, const struct sg_gw_record *r)
{
    int errors = 0;
    if (r->audited) {
        char subject[sizeof r->path];
        sg_buf_reset(&a->details);
        /* Only an oversize text (audit.record_text) can fail here: the event
         * is then kept without its details rather than lost. */
        bool have_details = sg__gw_record_details(r, &a->details) == SG_OK;
        struct sg_audit_event ev = {.type = "gateway.request",
                                    .subject = ledger_subject(r->path, subject, sizeof subject),
                                    .actor = r->has_key ? r->key_id : "anonymous",
                                    .role = "system_operator",
                                    .outcome = r->decision,
                                    .digest_before = r->prompt_digest[0] ? r->prompt_digest : NULL,
                                    .digest_after = r->answer_digest[0] ? r->answer_digest : NULL,
                                    .details_json = have_details ? a->details.data : NULL};
        errors += submit(a, &ev);
    }
    if (a->alog) {
        sg_buf_reset(&a->line);
        if (sg__gw_record_access_line(r, &a->line) == SG_OK &&
            sg_buf_append_byte(&a->line, '\n') == SG_OK)
            sg__gw_accesslog_write_line(a->alog, a->line.data, a->line.len);
    }
    return errors;
}

static double monotonic_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Under load the access log is written when its 64 KiB buffer fills or this
 * long after the last write, whichever comes first; when the queue runs dry
 * it is written at once, so a quiet gateway's log is never behind. Each
 * write of the log costs a system call and the file system's work per call:
 * writing every few milliseconds made it a sixth of the audit writer's
 * time. */
#define ACCESSLOG_FLUSH_S 0.1

static void *audit_main(void *arg)
{
    struct sg_gw_audit *a = arg;
    /* Named, so that per-thread CPU (top -H, /proc/PID/task) tells the
     * audit writer from the event loops. */
    pthread_setname_np(pthread_self(), "sg-audit");
    double flushed = monotonic_s();
    pthread_mutex_lock(&a->lock);
    for (;;) {
        if (!a->head && !a->stopping) {
            pthread_mutex_unlock(&a->lock);
            sg__gw_accesslog_flush(a->alog);
            flushed = monotonic_s();
            pthread_mutex_lock(&a->lock);
            while (!a->head && !a->stopping)
                pthread_cond_wait(&a->wake, &a->lock);
        }
        struct audit_item *batch = a->head;
        a->head = a->tail = NULL;
        __atomic_store_n(&a->depth, 0, __ATOMIC_RELAXED);
        bool stop = a->stopping;
        pthread_mutex_unlock(&a->lock);
        uint64_t errors = 0;
        /* Written request items, cleared for reuse (here, where they are in
         * this thread's cache, rather than on the event loop). */
        struct audit_item *written = NULL, *written_tail = NULL;
        size_t n_written = 0;
        for (struct audit_item *it = batch, *next; it; it = next) {
            next = it->next;
            if (it->is_log_switch) {
                sg__gw_accesslog_close(a->alog);
                a->alog = it->newlog;
            } else if (it->is_request) {
                errors += write_request(a, &it->rec);
                record_texts_free(&it->rec);
                *it = (struct audit_item){.next = written};
                if (!written)
                    written_tail = it;
                written = it;
                n_written++;
                continue;
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
        double now = monotonic_s();
        if (stop || now - flushed >= ACCESSLOG_FLUSH_S) {
            sg__gw_accesslog_flush(a->alog);
            flushed = now;
        }
        if (!stop) {
            /* Group commit: let a few milliseconds of events gather so that
             * one sink flush covers many requests. */
            struct timespec pause = {0, 5000000};
            nanosleep(&pause, NULL);
        }
        pthread_mutex_lock(&a->lock);
        a->errors += errors;
        if (written && a->n_spare + n_written <= SPARE_MAX) {
            written_tail->next = a->spare;
            a->spare = written;
            a->n_spare += n_written;
            written = NULL;
        }
        while (written && a->n_spare < SPARE_MAX) { /* after a burst: keep what fits */
            struct audit_item *it = written;
            written = it->next;
            it->next = a->spare;
            a->spare = it;
            a->n_spare++;
        }
        if (written) { /* more than the loops will take back soon */
            pthread_mutex_unlock(&a->lock);
            for (struct audit_item *it = written, *next; it; it = next) {
                next = it->next;
                item_free(it);
            }
            pthread_mutex_lock(&a->lock);
        }
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
    sg_buf_init(&a->details, SG_LEDGER_MAX_ENTRY);
    sg_buf_init(&a->line, 64 << 10);
    /* The audit trail is a precondition of serving: no ledger, no gateway. */
    /* Commit every 50 ms (or every 2048 events, whichever comes first)
     * rather than the batcher's default 5 ms: each commit costs a
     * transaction, a signed checkpoint, one fdatasync and a rewrite of the
     * pages it only touched (the last leaf, the tree's inner pages, the
     * checkpoint row: a few 16 KiB pages), so under load the batcher's CPU
     * per request falls by about a third from 20 ms to 50 ms
     * (bench/bench_ledger.c, gateway audit). An event is durable at most
     * ~55 ms after its request ends (5 ms in our queue, 50 in the
     * batcher's); nothing is dropped either way, and shutdown commits
     * everything queued. */
    struct sg_ledger_batcher_opts bo = {.interval_ms = 50, .max_batch = 2048};
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
    (void)enqueue(a, it, false);
}

/* Queues it; with want_spare, takes a written request item back for the
 * caller's next record (NULL if none is free). */
static struct audit_item *enqueue(struct sg_gw_audit *a, struct audit_item *it, bool want_spare)
{
    struct audit_item *back = NULL;
    pthread_mutex_lock(&a->lock);
    if (want_spare && a->spare) {
        back = a->spare;
        a->spare = back->next;
        a->n_spare--;
    }
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
    return back;
}

struct sg_gw_record *sg__gw_audit_record_new(void)
{
    struct audit_item *it = calloc(1, sizeof *it);
    return it ? &it->rec : NULL;
}

void sg__gw_audit_record_free(struct sg_gw_record *rec)
{
    if (rec)
        item_free(item_of(rec));
}

struct sg_gw_record *sg__gw_audit_request(struct sg_gw_audit *a, struct sg_gw_record *rec)
{
    if (!rec) {
        dropped(a);
        return NULL;
    }
    struct audit_item *it = item_of(rec);
    it->next = NULL;
    it->is_request = true;
    struct audit_item *back = enqueue(a, it, true);
    /* Cleared by the writer when it was written (texts freed, all zero). */
    return back ? &back->rec : NULL;
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
    (void)enqueue(a, it, false);
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
    while (a->spare) {
        struct audit_item *it = a->spare;
        a->spare = it->next;
        item_free(it);
    }
    sg_buf_release(&a->details);
    sg_buf_release(&a->line);
    sg__gw_accesslog_close(a->alog);
    pthread_mutex_destroy(&a->lock);
    pthread_cond_destroy(&a->wake);
    free(a);
}

/* ---- access log -------------------------------------------------------------------- */

/* Lines gather in a buffer of our own and go out in writes of up to this
 * much: stdio's buffer, whatever setvbuf asks for, is one 4 KiB block, and
 * each write costs the file system about as much per call as per byte. */
#define ACCESSLOG_BUFFER ((size_t)64 << 10)

struct sg_gw_accesslog {
    int fd;
    bool owned;
    sg_buf pending;
};

sg_err sg__gw_accesslog_open(const char *path, struct sg_gw_accesslog **out,
                             struct sg_error *err)
{
    struct sg_gw_accesslog *l = calloc(1, sizeof *l);
    *out = NULL;
    if (!l)
        return sg_error_set(err, SG_ERR_NOMEM, path, "out of memory");
    sg_buf_init(&l->pending, ACCESSLOG_BUFFER);
    if (strcmp(path, "-") == 0) {
        l->fd = STDERR_FILENO;
    } else {
        l->fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0666);
        if (l->fd < 0) {
            int e = errno;
            free(l);
            return sg_error_errno(err, SG_ERR_IO, path, e, "cannot open the access log");
        }
        l->owned = true;
    }
    if (sg_buf_reserve(&l->pending, ACCESSLOG_BUFFER - 1) != SG_OK) {
        sg__gw_accesslog_close(l);
        return sg_error_set(err, SG_ERR_NOMEM, path, "out of memory");
    }
    *out = l;
    return SG_OK;
}

/* Writes all len bytes; a log that cannot be written (disk full) loses
 * those lines, as stdio would, rather than holding them without bound. */
static void write_all(int fd, const char *data, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, data, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        data += n;
        len -= (size_t)n;
    }
}

void sg__gw_accesslog_flush(struct sg_gw_accesslog *l)
{
    if (!l || l->pending.len == 0)
        return;
    write_all(l->fd, l->pending.data, l->pending.len);
    sg_buf_reset(&l->pending);
}

void sg__gw_accesslog_write_line(struct sg_gw_accesslog *l, const char *line, size_t len)
{
    if (!l)
        return;
    if (l->pending.len + len > ACCESSLOG_BUFFER - 1)
        sg__gw_accesslog_flush(l);
    if (sg_buf_append(&l->pending, line, len) != SG_OK)
        write_all(l->fd, line, len); /* longer than the buffer */
}

void sg__gw_accesslog_close(struct sg_gw_accesslog *l)
{
    if (!l)
        return;
    sg__gw_accesslog_flush(l);
    if (l->owned)
        close(l->fd);
    sg_buf_release(&l->pending);
    free(l);
}
