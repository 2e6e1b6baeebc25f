/* A parallel loop whose results are consumed in order: work(i) runs on
 * worker threads, emit(i) on the calling thread as soon as work(0..i) are
 * done, so output order never depends on the number of threads. */
#ifndef ARTEX_PIPELINE_POOL_H
#define ARTEX_PIPELINE_POOL_H

#include <stddef.h>

struct artex_pool_task {
	size_t n;
	int jobs; /* threads; 1 runs everything on the calling thread */
	void (*work)(void *ctx, size_t i);
	void (*emit)(void *ctx, size_t i);
	/* Asked before each new item; non-zero: no further item starts. */
	int (*should_stop)(void *ctx);
	void *ctx;
};

/* Returns how many items were worked and emitted (all n unless stopped);
 * -1 when threads could not be started. */
long artex__pool_run(const struct artex_pool_task *task);

/* Worker threads for `jobs` (0: one per online CPU). */
int artex__pool_jobs(int jobs);

#endif
