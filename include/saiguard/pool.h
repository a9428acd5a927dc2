/* pool.h - a small fixed-size thread pool for hashing and scanning. Tasks are
 * plain function calls; results travel through the argument the caller owns.
 * Thread safety: submit and wait may be called from one thread at a time
 * (the owner); tasks run concurrently on the workers. */
#ifndef SAIGUARD_POOL_H
#define SAIGUARD_POOL_H

#include <stddef.h>

#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct sg_pool sg_pool;
typedef void (*sg_task_fn)(void *arg);

/* Online CPUs (at least 1), capped by SAIGUARD_THREADS when set. */
int sg_cpu_count(void);

/* Starts nthreads workers (<= 0 means sg_cpu_count()). Free with sg_pool_free. */
SG_MUST_USE sg_err sg_pool_new(int nthreads, sg_pool **out);
/* Queues fn(arg). The queue is bounded (4 x threads): submit blocks while it
 * is full, so producers cannot outrun memory. */
SG_MUST_USE sg_err sg_pool_submit(sg_pool *pool, sg_task_fn fn, void *arg);
/* Blocks until every submitted task has finished. */
void sg_pool_wait(sg_pool *pool);
/* Waits for outstanding tasks, stops the workers and frees. NULL is fine. */
void sg_pool_free(sg_pool *pool);
int sg_pool_threads(const sg_pool *pool);

#ifdef __cplusplus
}
#endif
#endif
