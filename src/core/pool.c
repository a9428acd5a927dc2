/* pool.c - fixed worker threads over a bounded task queue (pthreads). */
#include "saiguard/pool.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <unistd.h>

struct task {
    sg_task_fn fn;
    void *arg;
};

struct sg_pool {
    pthread_mutex_t lock;
    pthread_cond_t has_work;  /* queue not empty, or stopping */
    pthread_cond_t has_room;  /* queue not full */
    pthread_cond_t idle;      /* nothing queued or running */
    struct task *queue;
    size_t cap, head, count;
    size_t running;
    bool stopping;
    int nthreads;
    pthread_t *threads;
};

int sg_cpu_count(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1)
        n = 1;
    const char *env = getenv("SAIGUARD_THREADS");
    if (env && *env) {
        long cap = strtol(env, NULL, 10);
        if (cap >= 1 && cap < n)
            n = cap;
    }
    return (int)n;
}

static void *worker(void *arg)
{
    sg_pool *p = arg;
    pthread_mutex_lock(&p->lock);
    for (;;) {
        while (p->count == 0 && !p->stopping)
            pthread_cond_wait(&p->has_work, &p->lock);
        if (p->count == 0 && p->stopping)
            break;
        struct task t = p->queue[p->head];
        p->head = (p->head + 1) % p->cap;
        p->count--;
        p->running++;
        pthread_cond_signal(&p->has_room);
        pthread_mutex_unlock(&p->lock);
        t.fn(t.arg);
        pthread_mutex_lock(&p->lock);
        p->running--;
        if (p->count == 0 && p->running == 0)
            pthread_cond_broadcast(&p->idle);
    }
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

sg_err sg_pool_new(int nthreads, sg_pool **out)
{
    *out = NULL;
    if (nthreads <= 0)
        nthreads = sg_cpu_count();
    sg_pool *p = calloc(1, sizeof *p);
    if (!p)
        return SG_ERR_NOMEM;
    p->cap = (size_t)nthreads * 4;
    p->queue = calloc(p->cap, sizeof *p->queue);
    p->threads = calloc((size_t)nthreads, sizeof *p->threads);
    if (!p->queue || !p->threads) {
        free(p->queue);
        free(p->threads);
        free(p);
        return SG_ERR_NOMEM;
    }
    pthread_mutex_init(&p->lock, NULL);
    pthread_cond_init(&p->has_work, NULL);
    pthread_cond_init(&p->has_room, NULL);
    pthread_cond_init(&p->idle, NULL);
    for (int i = 0; i < nthreads; i++) {
        if (pthread_create(&p->threads[i], NULL, worker, p) != 0) {
            p->nthreads = i;
            sg_pool_free(p);
            return SG_ERR_INTERNAL;
        }
    }
    p->nthreads = nthreads;
    *out = p;
    return SG_OK;
}

sg_err sg_pool_submit(sg_pool *p, sg_task_fn fn, void *arg)
{
    pthread_mutex_lock(&p->lock);
    while (p->count == p->cap)
        pthread_cond_wait(&p->has_room, &p->lock);
    p->queue[(p->head + p->count) % p->cap] = (struct task){fn, arg};
    p->count++;
    pthread_cond_signal(&p->has_work);
    pthread_mutex_unlock(&p->lock);
    return SG_OK;
}

void sg_pool_wait(sg_pool *p)
{
    pthread_mutex_lock(&p->lock);
    while (p->count > 0 || p->running > 0)
        pthread_cond_wait(&p->idle, &p->lock);
    pthread_mutex_unlock(&p->lock);
}

void sg_pool_free(sg_pool *p)
{
    if (!p)
        return;
    pthread_mutex_lock(&p->lock);
    p->stopping = true;
    pthread_cond_broadcast(&p->has_work);
    pthread_mutex_unlock(&p->lock);
    for (int i = 0; i < p->nthreads; i++)
        pthread_join(p->threads[i], NULL);
    pthread_mutex_destroy(&p->lock);
    pthread_cond_destroy(&p->has_work);
    pthread_cond_destroy(&p->has_room);
    pthread_cond_destroy(&p->idle);
    free(p->queue);
    free(p->threads);
    free(p);
}

int sg_pool_threads(const sg_pool *p)
{
    return p->nthreads;
}
