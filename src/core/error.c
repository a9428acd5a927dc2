/* error.c - names, messages and exit classes for sg_err, generated from the
 * single SG_ERRNO_MAP list in error.h, plus the detail setters. */
#include "saiguard/error.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

const char *sg_err_name(sg_err code)
{
    switch (code) {
#define SG__ERR_NAME(name, value, exit_class, message) \
    case name:                                        \
        return #name;
        SG_ERRNO_MAP(SG__ERR_NAME)
#undef SG__ERR_NAME
    }
    return "SG_ERR_UNKNOWN";
}

const char *sg_strerror(sg_err code)
{
    switch (code) {
#define SG__ERR_MSG(name, value, exit_class, message) \
    case name:                                       \
        return message;
        SG_ERRNO_MAP(SG__ERR_MSG)
#undef SG__ERR_MSG
    }
    return "unknown error";
}

#define SG__EXIT_OK SG_EXIT_OK
#define SG__EXIT_CHECK SG_EXIT_CHECK
#define SG__EXIT_INPUT SG_EXIT_INPUT
#define SG__EXIT_INTERNAL SG_EXIT_INTERNAL

int sg_err_exit_code(sg_err code)
{
    switch (code) {
#define SG__ERR_EXIT(name, value, exit_class, message) \
    case name:                                        \
        return SG__EXIT_##exit_class;
        SG_ERRNO_MAP(SG__ERR_EXIT)
#undef SG__ERR_EXIT
    }
    return SG_EXIT_INTERNAL;
}

static void copy_text(char *dst, size_t size, const char *src)
{
    if (!src) {
        dst[0] = '\0';
        return;
    }
    snprintf(dst, size, "%s", src);
}

sg_err sg_error_set(struct sg_error *err, sg_err code, const char *subject,
                    const char *fmt, ...)
{
    if (!err)
        return code;
    err->code = code;
    copy_text(err->subject, sizeof err->subject, subject);
    if (fmt) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->reason, sizeof err->reason, fmt, ap);
        va_end(ap);
    } else {
        copy_text(err->reason, sizeof err->reason, sg_strerror(code));
    }
    return code;
}

sg_err sg_error_errno(struct sg_error *err, sg_err code, const char *subject,
                      int errnum, const char *fmt, ...)
{
    if (!err)
        return code;
    err->code = code;
    copy_text(err->subject, sizeof err->subject, subject);
    char prefix[384] = "";
    if (fmt) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(prefix, sizeof prefix, fmt, ap);
        va_end(ap);
    }
    snprintf(err->reason, sizeof err->reason, "%s%s%s", prefix, prefix[0] ? ": " : "",
             strerror(errnum));
    return code;
}

void sg_error_clear(struct sg_error *err)
{
    if (!err)
        return;
    err->code = SG_OK;
    err->subject[0] = '\0';
    err->reason[0] = '\0';
}

sg_err sg_err_from_errno(int errnum)
{
    switch (errnum) {
    case 0:
        return SG_OK;
    case ENOENT:
    case ENOTDIR:
        return SG_ERR_NOT_FOUND;
    case EEXIST:
        return SG_ERR_EXISTS;
    case EACCES:
    case EPERM:
        return SG_ERR_PERMISSION;
    case ENOMEM:
        return SG_ERR_NOMEM;
    case ELOOP:
        return SG_ERR_SYMLINK;
    case EFBIG:
    case ENAMETOOLONG:
        return SG_ERR_TOO_LARGE;
    case EINVAL:
        return SG_ERR_INVALID_ARG;
    case EBUSY:
    case EAGAIN:
        return SG_ERR_BUSY;
    case ETIMEDOUT:
        return SG_ERR_TIMEOUT;
    default:
        return SG_ERR_IO;
    }
}
