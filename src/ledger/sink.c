/* sink.c - the ledger as the audit sink of a context: every capability's
 * sg_audit_record() becomes one durable ledger append (the CLI), or one
 * queued event of a group-commit batcher (servers). The CLI's ledger (state
 * directory, database, key) is created only when the first event arrives, so
 * commands that record nothing leave no trace on disk. */
#include <stdlib.h>
#include <string.h>

#include "ledger/ledger_int.h"

struct sink {
    char dir[PATH_MAX];
    sg_ledger *lg;
};

static sg_err sink_record(void *impl, const struct sg_audit_event *event, struct sg_error *err)
{
    struct sink *s = impl;
    if (!s->lg) {
        sg_err rc = sg_ledger_open(s->dir, SG_LEDGER_CREATE, &s->lg, err);
        if (rc != SG_OK)
            return rc;
    }
    uint64_t index;
    return sg_ledger_append(s->lg, event, &index, err);
}

static sg_err sink_flush(void *impl, struct sg_error *err)
{
    (void)impl, (void)err;
    return SG_OK; /* every record is already durable */
}

static void sink_close(void *impl)
{
    struct sink *s = impl;
    if (!s)
        return;
    sg_ledger_close(s->lg);
    free(s);
}

static const struct sg_audit_sink ledger_sink = {
    .name = "ledger",
    .record = sink_record,
    .flush = sink_flush,
    .close = sink_close,
};

void sg_ledger_sink_attach(sg_ctx *ctx)
{
    struct sink *s = calloc(1, sizeof *s);
    if (!s)
        return; /* without memory there is no sink; recording stays a no-op */
    snprintf(s->dir, sizeof s->dir, "%s", ctx->state_dir);
    sg_ctx_set_audit(ctx, &ledger_sink, s);
}

/* ---- batched ---------------------------------------------------------------- */

/* A batched sink owns its batcher. Given none, it starts one in dir when the
 * first event arrives, so a command that ends up recording nothing leaves
 * the ledger alone, as the synchronous sink does. */
struct batched {
    char dir[PATH_MAX];
    sg_ledger_batcher *b;
};

static sg_err batch_record(void *impl, const struct sg_audit_event *event, struct sg_error *err)
{
    struct batched *s = impl;
    if (!s->b) {
        sg_err rc = sg_ledger_batcher_new(s->dir, NULL, &s->b, err);
        if (rc != SG_OK)
            return rc;
    }
    return sg_ledger_batcher_submit(s->b, event, NULL, err);
}

static sg_err batch_flush(void *impl, struct sg_error *err)
{
    struct batched *s = impl;
    return s->b ? sg_ledger_batcher_flush(s->b, err) : SG_OK;
}

static void batch_close(void *impl)
{
    struct batched *s = impl;
    if (!s)
        return;
    sg_ledger_batcher_free(s->b);
    free(s);
}

static const struct sg_audit_sink batcher_sink = {
    .name = "ledger-batcher",
    .record = batch_record,
    .flush = batch_flush,
    .close = batch_close,
};

void sg_ledger_sink_attach_batched(sg_ctx *ctx)
{
    struct batched *s = calloc(1, sizeof *s);
    if (!s)
        return; /* keep the sink ctx has: slower, never silent */
    snprintf(s->dir, sizeof s->dir, "%s", ctx->state_dir);
    sg_ctx_set_audit(ctx, &batcher_sink, s);
}

void sg_ledger_sink_attach_batcher(sg_ctx *ctx, sg_ledger_batcher *b)
{
    struct batched *s = calloc(1, sizeof *s);
    if (!s) {
        /* Nowhere to keep b: commit what it holds rather than drop it. */
        sg_ledger_batcher_free(b);
        return;
    }
    s->b = b;
    sg_ctx_set_audit(ctx, &batcher_sink, s);
}
