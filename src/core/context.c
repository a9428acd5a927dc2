/* context.c - state directory resolution, the audit sink indirection,
 * progress and log dispatch. */
#include "saiguard/context.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "saiguard/path.h"
#include "saiguard/saiguard.h"

const char *sg_version(void)
{
    return SG_VERSION;
}

sg_err sg_ctx_init(sg_ctx *ctx, const char *explicit_state, struct sg_error *err)
{
    memset(ctx, 0, sizeof *ctx);
    ctx->log_level = SG_LOG_WARN;
    const char *dir = explicit_state;
    if (!dir || !*dir)
        dir = getenv("SAIGUARD_STATE");
    if (!dir || !*dir)
        dir = ".saiguard";
    int n = snprintf(ctx->state_dir, sizeof ctx->state_dir, "%s", dir);
    if (n < 0 || (size_t)n >= sizeof ctx->state_dir)
        return sg_error_set(err, SG_ERR_TOO_LARGE, dir, "state directory path too long");
    return SG_OK;
}

void sg_ctx_set_audit(sg_ctx *ctx, const struct sg_audit_sink *sink, void *impl)
{
    if (ctx->audit && ctx->audit->close)
        ctx->audit->close(ctx->audit_impl);
    ctx->audit = sink;
    ctx->audit_impl = impl;
}

void sg_ctx_release(sg_ctx *ctx)
{
    if (ctx->audit && ctx->audit->flush)
        (void)ctx->audit->flush(ctx->audit_impl, NULL);
    sg_ctx_set_audit(ctx, NULL, NULL);
}

static sg_err mkdir_p(char *path, struct sg_error *err)
{
    for (char *p = path + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        int rc = mkdir(path, 0700);
        int e = errno;
        *p = '/';
        if (rc != 0 && e != EEXIST)
            return sg_error_errno(err, sg_err_from_errno(e), path, e, "cannot create directory");
    }
    if (mkdir(path, 0700) != 0 && errno != EEXIST)
        return sg_error_errno(err, sg_err_from_errno(errno), path, errno, "cannot create directory");
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode))
        return sg_error_set(err, SG_ERR_INVALID_ARG, path, "state path is not a directory");
    return SG_OK;
}

sg_err sg_ctx_ensure_state(const sg_ctx *ctx, struct sg_error *err)
{
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s", ctx->state_dir);
    return mkdir_p(path, err);
}

sg_err sg_ctx_state_path(const sg_ctx *ctx, const char *name, char *out, size_t size)
{
    return sg_path_join(out, size, ctx->state_dir, name);
}

sg_err sg_audit_record(sg_ctx *ctx, const struct sg_audit_event *event, struct sg_error *err)
{
    if (!event || !event->type || !event->subject)
        return sg_error_set(err, SG_ERR_INVALID_ARG, "audit", "event needs a type and a subject");
    if (!ctx || !ctx->audit)
        return SG_OK;
    return ctx->audit->record(ctx->audit_impl, event, err);
}

sg_err sg_audit_flush(sg_ctx *ctx, struct sg_error *err)
{
    if (!ctx || !ctx->audit || !ctx->audit->flush)
        return SG_OK;
    return ctx->audit->flush(ctx->audit_impl, err);
}

void sg_progress(const sg_ctx *ctx, const char *label, uint64_t done, uint64_t total)
{
    if (ctx && ctx->progress)
        ctx->progress(ctx->progress_user, label, done, total);
}

void sg_log(const sg_ctx *ctx, enum sg_log_level level, const char *fmt, ...)
{
    if (!ctx || !ctx->log || level > ctx->log_level)
        return;
    char message[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    ctx->log(ctx->log_user, level, message);
}

void sg_time_rfc3339(char out[32])
{
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}
