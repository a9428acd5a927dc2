/* harness.c - runs a table of test cases and prints the closing line CI reads. */
#include "harness.h"

#include <errno.h>
#include <ftw.h>
#include <stdarg.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static bool current_failed;
static bool any_failed;
static char tmpdir[4096];

void sg_test_fail(const char *file, int line, const char *fmt, ...)
{
    current_failed = true;
    any_failed = true;
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "  %s:%d: ", file, line);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

bool sg_test_ok(const char *file, int line, const char *expr, sg_err rc,
                const struct sg_error *err)
{
    if (rc == SG_OK)
        return true;
    sg_test_fail(file, line, "%s failed: %s: %s: %s", expr, sg_err_name(rc),
                 err ? err->subject : "", err ? err->reason : "");
    return false;
}

bool sg_test_failed(void)
{
    return current_failed;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

static void cleanup_tmpdir(void)
{
    if (tmpdir[0] && !any_failed)
        nftw(tmpdir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

const char *sg_test_tmpdir(void)
{
    static unsigned counter;
    static char path[4096 + 16];
    if (!tmpdir[0]) {
        snprintf(tmpdir, sizeof tmpdir, "%s/sg-test-%d-XXXXXX",
                 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp", (int)getpid());
        if (!mkdtemp(tmpdir)) {
            perror("mkdtemp");
            exit(3);
        }
        atexit(cleanup_tmpdir);
    }
    snprintf(path, sizeof path, "%s/%u", tmpdir, counter++);
    if (mkdir(path, 0700) != 0) {
        perror("mkdir");
        exit(3);
    }
    return path;
}

bool sg_test_write_file(const char *dir, const char *name, const void *data, size_t len)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    for (char *p = path + strlen(dir) + 1; *p; p++) {
        if (*p == '/') {
            *p = '\0';
            if (mkdir(path, 0755) != 0 && errno != EEXIST)
                return false;
            *p = '/';
        }
    }
    FILE *f = fopen(path, "wb");
    if (!f)
        return false;
    bool ok = fwrite(data, 1, len, f) == len;
    return fclose(f) == 0 && ok;
}

const char *sg_test_shared(const char *relpath)
{
    static char path[4096];
    const char *root = getenv("SG_SHARED");
    snprintf(path, sizeof path, "%s/%s", root && *root ? root : SG_SHARED_DIR, relpath);
    return path;
}

int sg_test_main(int argc, char **argv, const struct sg_test *tests)
{
    int passed = 0, failed = 0;
    for (const struct sg_test *t = tests; t->name; t++) {
        if (argc > 1) {
            bool wanted = false;
            for (int i = 1; i < argc; i++)
                if (strcmp(argv[i], t->name) == 0)
                    wanted = true;
            if (!wanted)
                continue;
        }
        current_failed = false;
        struct timespec a, b;
        clock_gettime(CLOCK_MONOTONIC, &a);
        t->fn();
        clock_gettime(CLOCK_MONOTONIC, &b);
        double ms = (double)(b.tv_sec - a.tv_sec) * 1e3 + (double)(b.tv_nsec - a.tv_nsec) / 1e6;
        printf("%s %s (%.1f ms)\n", current_failed ? "FAIL" : "ok  ", t->name, ms);
        fflush(stdout);
        if (current_failed)
            failed++;
        else
            passed++;
    }
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
