/* error.h - the one list of saiguard error codes, and the detail record that
 * travels with them. Every fallible library function returns sg_err; SG_OK is 0.
 * Codes are never renumbered or reused: append new ones at the end of the list. */
#ifndef SAIGUARD_ERROR_H
#define SAIGUARD_ERROR_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) || defined(__clang__)
#define SG_MUST_USE __attribute__((warn_unused_result))
#define SG_PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#define SG_MUST_USE
#define SG_PRINTF(fmt, args)
#endif

/* X(name, value, exit_class, message)
 * exit_class is what the CLI turns the code into: CHECK (1, the check ran and
 * found a problem), INPUT (2, usage or input error), INTERNAL (3). */
#define SG_ERRNO_MAP(X)                                                          \
    X(SG_OK, 0, OK, "success")                                                  \
    X(SG_ERR_USAGE, 1, INPUT, "invalid usage")                                  \
    X(SG_ERR_INVALID_ARG, 2, INPUT, "invalid argument")                         \
    X(SG_ERR_NOMEM, 3, INTERNAL, "out of memory")                               \
    X(SG_ERR_IO, 4, INPUT, "input/output error")                                \
    X(SG_ERR_NOT_FOUND, 5, INPUT, "not found")                                  \
    X(SG_ERR_EXISTS, 6, INPUT, "already exists")                                \
    X(SG_ERR_PERMISSION, 7, INPUT, "permission denied")                         \
    X(SG_ERR_TOO_LARGE, 8, INPUT, "too large")                                  \
    X(SG_ERR_PARSE, 9, INPUT, "malformed input")                                \
    X(SG_ERR_FORMAT, 10, INPUT, "unsupported or unrecognised format")           \
    X(SG_ERR_UNSAFE_PATH, 11, INPUT, "unsafe path")                             \
    X(SG_ERR_SYMLINK, 12, INPUT, "symbolic link not allowed")                   \
    X(SG_ERR_CHANGED, 13, INPUT, "file changed while being read")               \
    X(SG_ERR_CRYPTO, 14, INTERNAL, "cryptographic library error")               \
    X(SG_ERR_KEY, 15, INPUT, "unusable key")                                    \
    X(SG_ERR_SIGNATURE, 16, CHECK, "signature does not verify")                 \
    X(SG_ERR_MISMATCH, 17, CHECK, "content does not match")                     \
    X(SG_ERR_POLICY, 18, CHECK, "policy violation")                             \
    X(SG_ERR_TAMPERED, 19, CHECK, "tampering detected")                         \
    X(SG_ERR_DB, 20, INTERNAL, "database error")                                \
    X(SG_ERR_BUSY, 21, INTERNAL, "resource busy")                               \
    X(SG_ERR_UNSUPPORTED, 22, INPUT, "not supported")                           \
    X(SG_ERR_INTERNAL, 23, INTERNAL, "internal error")                          \
    X(SG_ERR_NETWORK, 24, INTERNAL, "network error")                            \
    X(SG_ERR_TIMEOUT, 25, INTERNAL, "timed out")                                \
    X(SG_ERR_LIMIT, 26, INPUT, "limit exceeded")                                \
    X(SG_ERR_ENCODING, 27, INPUT, "invalid encoding")                           \
    X(SG_ERR_CONFIG, 28, INPUT, "invalid configuration")                        \
    X(SG_ERR_EXPIRED, 29, CHECK, "expired")

typedef enum {
#define SG__ERR_ENUM(name, value, exit_class, message) name = value,
    SG_ERRNO_MAP(SG__ERR_ENUM)
#undef SG__ERR_ENUM
} sg_err;

/* How the CLI reports a code: the exit status every subcommand uses. */
enum sg_exit {
    SG_EXIT_OK = 0,       /* success */
    SG_EXIT_CHECK = 1,    /* the check ran and found a problem */
    SG_EXIT_INPUT = 2,    /* usage or input error */
    SG_EXIT_INTERNAL = 3, /* internal error */
};

/* Detail for one failure: the code, the object it concerns (a path, a key id,
 * an entry name) and a human reason. Fixed-size so that filling it never fails. */
struct sg_error {
    sg_err code;
    char subject[512];
    char reason[512];
};

/* Name of a code ("SG_ERR_PARSE") and its default message. Never NULL. */
const char *sg_err_name(sg_err code);
const char *sg_strerror(sg_err code);

/* The exit status a code maps to (see enum sg_exit). */
int sg_err_exit_code(sg_err code);

/* Records code, subject and a printf-style reason into err (which may be NULL)
 * and returns code, so a failure is one line:
 *     return sg_error_set(err, SG_ERR_PARSE, path, "line %d: bad key", line);
 * subject may be NULL. Long texts are truncated, never overflowed. */
sg_err sg_error_set(struct sg_error *err, sg_err code, const char *subject,
                    const char *fmt, ...) SG_PRINTF(4, 5);

/* As sg_error_set, with strerror(errnum) appended to the reason. */
sg_err sg_error_errno(struct sg_error *err, sg_err code, const char *subject,
                      int errnum, const char *fmt, ...) SG_PRINTF(5, 6);

/* Resets err to SG_OK with empty texts. err may be NULL. */
void sg_error_clear(struct sg_error *err);

/* Maps an errno value to the closest sg_err (ENOENT -> SG_ERR_NOT_FOUND, ...). */
sg_err sg_err_from_errno(int errnum);

#ifdef __cplusplus
}
#endif
#endif
