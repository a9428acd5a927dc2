/* bench/malloc-count.c - an LD_PRELOAD shim that counts malloc, calloc,
 * realloc, free (and the aligned allocators) per thread, for
 * bench/gateway-syscalls.sh's allocations-per-request figure. The counters
 * live in a shared file (MALLOC_COUNT_FILE) that the benchmark reads before
 * and after a wrk run, so start-up allocations drop out of the difference.
 * Not built by CMake (bench_*.c are): the script compiles it with cc.
 * ltrace is not in Debian 12's default install and slows a process ~100x;
 * this costs a few nanoseconds per call. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define SLOTS 64

/* The file's layout, read by the script: SLOTS records of 8 uint64 each:
 * tid, malloc, calloc, realloc, free (of a non-NULL pointer), aligned, 0, 0. */
struct slot {
    uint64_t tid, malloc_n, calloc_n, realloc_n, free_n, aligned_n, pad[2];
};

static struct slot *slots;
static struct slot spill; /* threads beyond SLOTS, and before the map */
static int next_slot;
static __thread struct slot *mine;

static void *(*real_malloc)(size_t);
static void *(*real_calloc)(size_t, size_t);
static void *(*real_realloc)(void *, size_t);
static void (*real_free)(void *);
static int (*real_memalign)(void **, size_t, size_t);
static void *(*real_aligned_alloc)(size_t, size_t);

/* dlsym may calloc before real_calloc is known: served from here. */
static char early[8192];
static size_t early_used;

static void init(void)
{
    static int busy;
    if (real_malloc || busy)
        return;
    busy = 1;
    real_malloc = (void *(*)(size_t))dlsym(RTLD_NEXT, "malloc");
    real_calloc = (void *(*)(size_t, size_t))dlsym(RTLD_NEXT, "calloc");
    real_realloc = (void *(*)(void *, size_t))dlsym(RTLD_NEXT, "realloc");
    real_free = (void (*)(void *))dlsym(RTLD_NEXT, "free");
    real_memalign = (int (*)(void **, size_t, size_t))dlsym(RTLD_NEXT, "posix_memalign");
    real_aligned_alloc = (void *(*)(size_t, size_t))dlsym(RTLD_NEXT, "aligned_alloc");
    const char *path = getenv("MALLOC_COUNT_FILE");
    if (path) {
        int fd = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd >= 0 && ftruncate(fd, SLOTS * sizeof(struct slot)) == 0) {
            void *m = mmap(NULL, SLOTS * sizeof(struct slot), PROT_READ | PROT_WRITE, MAP_SHARED,
                           fd, 0);
            if (m != MAP_FAILED)
                slots = m;
        }
        if (fd >= 0)
            close(fd);
    }
    busy = 0;
}

static struct slot *me(void)
{
    if (mine)
        return mine;
    if (!slots)
        return &spill;
    int i = __atomic_fetch_add(&next_slot, 1, __ATOMIC_RELAXED);
    mine = i < SLOTS ? &slots[i] : &spill;
    if (mine != &spill)
        mine->tid = (uint64_t)syscall(SYS_gettid);
    return mine;
}

static int is_early(const void *p)
{
    return (const char *)p >= early && (const char *)p < early + sizeof early;
}

void *malloc(size_t n)
{
    init();
    if (!real_malloc)
        return NULL;
    me()->malloc_n++;
    return real_malloc(n);
}

void *calloc(size_t a, size_t b)
{
    if (!real_calloc) {
        init();
        if (!real_calloc) { /* dlsym's own allocation */
            size_t n = (a * b + 15) & ~(size_t)15;
            if (early_used + n > sizeof early)
                return NULL;
            void *p = early + early_used;
            early_used += n;
            return p; /* static storage is zeroed */
        }
    }
    me()->calloc_n++;
    return real_calloc(a, b);
}

void *realloc(void *p, size_t n)
{
    init();
    if (is_early(p)) {
        void *q = malloc(n);
        size_t avail = (size_t)(early + sizeof early - (char *)p);
        if (q)
            memcpy(q, p, n < avail ? n : avail);
        return q;
    }
    me()->realloc_n++;
    return real_realloc(p, n);
}

void free(void *p)
{
    if (!p || is_early(p))
        return;
    init();
    me()->free_n++;
    real_free(p);
}

int posix_memalign(void **out, size_t align, size_t n)
{
    init();
    me()->aligned_n++;
    return real_memalign(out, align, n);
}

void *aligned_alloc(size_t align, size_t n)
{
    init();
    me()->aligned_n++;
    return real_aligned_alloc(align, n);
}
