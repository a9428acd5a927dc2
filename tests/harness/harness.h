/* harness.h - the unit-test harness: each tests/<module>/test_<file>.c lists
 * its cases in a table and hands it to sg_test_main(), which runs them all,
 * prints one line per case and the closing "N passed, N failed" line.
 * Checks record a failure and return from the case; they never abort the run. */
#ifndef SG_TEST_HARNESS_H
#define SG_TEST_HARNESS_H

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "saiguard/saiguard.h"

struct sg_test {
    const char *name;
    void (*fn)(void);
};
#define SG_TEST(fn) {#fn, fn}

/* Runs the NULL-terminated table (or those named in argv). */
int sg_test_main(int argc, char **argv, const struct sg_test *tests);

/* Marks the running case failed, with file:line and a message. */
void sg_test_fail(const char *file, int line, const char *fmt, ...) SG_PRINTF(3, 4);
bool sg_test_failed(void);

#define CHECK(cond)                                                     \
    do {                                                                \
        if (!(cond)) {                                                  \
            sg_test_fail(__FILE__, __LINE__, "CHECK(%s)", #cond);       \
            return;                                                     \
        }                                                               \
    } while (0)

#define CHECK_EQ_INT(a, b)                                                                   \
    do {                                                                                     \
        long long sg_a_ = (long long)(a), sg_b_ = (long long)(b);                            \
        if (sg_a_ != sg_b_) {                                                                \
            sg_test_fail(__FILE__, __LINE__, "%s == %s: %lld != %lld", #a, #b, sg_a_, sg_b_); \
            return;                                                                          \
        }                                                                                    \
    } while (0)

#define CHECK_STR(a, b)                                                                       \
    do {                                                                                      \
        const char *sg_a_ = (a), *sg_b_ = (b);                                                \
        if (!sg_a_ || !sg_b_ || strcmp(sg_a_, sg_b_) != 0) {                                  \
            sg_test_fail(__FILE__, __LINE__, "%s == %s: \"%s\" != \"%s\"", #a, #b,            \
                         sg_a_ ? sg_a_ : "(null)", sg_b_ ? sg_b_ : "(null)");                 \
            return;                                                                           \
        }                                                                                     \
    } while (0)

/* Checks an sg_err call succeeded, printing the error detail (errp may be
 * NULL) when not. */
#define CHECK_OK(call, errp)                                                 \
    do {                                                                     \
        if (!sg_test_ok(__FILE__, __LINE__, #call, (call), (errp)))          \
            return;                                                          \
    } while (0)
bool sg_test_ok(const char *file, int line, const char *expr, sg_err rc,
                const struct sg_error *err);

/* A fresh empty directory under the build tree, removed at exit unless the
 * run failed (kept for inspection). Returns a static path. */
const char *sg_test_tmpdir(void);
/* Writes len bytes to dir/name (creating parent directories). */
bool sg_test_write_file(const char *dir, const char *name, const void *data, size_t len);
/* Path of a file in the shared/ folder (SG_SHARED or the build-time default). */
const char *sg_test_shared(const char *relpath);

#endif
