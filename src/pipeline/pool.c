#include "pipeline/pool.h"

#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

enum state { PENDING, DONE };

struct pool {
	const struct artex_pool_task *task;
	pthread_mutex_t lock;
	pthread_cond_t changed;
	size_t next;          /* next item to claim */
	unsigned char *state; /* per item */
	int running;          /* workers not yet exited */
};

static void *worker(void *arg)
{
	struct pool *p = arg;
	const struct artex_pool_task *t = p->task;
	for (;;) {
		pthread_mutex_lock(&p->lock);
		size_t i = p->next;
		int stop = i >= t->n || (t->should_stop && t->should_stop(t->ctx));
		if (!stop)
			p->next++;
		pthread_mutex_unlock(&p->lock);
		if (stop)
			break;
		t->work(t->ctx, i);
		pthread_mutex_lock(&p->lock);
		p->state[i] = DONE;
		pthread_cond_broadcast(&p->changed);
		pthread_mutex_unlock(&p->lock);
	}
	pthread_mutex_lock(&p->lock);
	p->running--;
	pthread_cond_broadcast(&p->changed);
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

int artex__pool_jobs(int jobs)
{
	if (jobs > 0)
		return jobs;
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (int)n : 1;
}

static long run_inline(const struct artex_pool_task *t)
{
	size_t i = 0;
	for (; i < t->n; i++) {
		if (t->should_stop && t->should_stop(t->ctx))
			break;
		t->work(t->ctx, i);
		t->emit(t->ctx, i);
	}
	return (long)i;
}

long artex__pool_run(const struct artex_pool_task *t)
{
	int jobs = artex__pool_jobs(t->jobs);
	if ((size_t)jobs > t->n)
		jobs = t->n ? (int)t->n : 1;
	if (jobs == 1)
		return run_inline(t);
	struct pool p = {.task = t};
	p.state = calloc(t->n, 1);
	pthread_t *threads = calloc((size_t)jobs, sizeof *threads);
	if (!p.state || !threads) {
		free(p.state);
		free(threads);
		return -1;
	}
	pthread_mutex_init(&p.lock, NULL);
	pthread_cond_init(&p.changed, NULL);
	int started = 0;
	for (; started < jobs; started++) {
		pthread_mutex_lock(&p.lock);
		p.running++;
		pthread_mutex_unlock(&p.lock);
		if (pthread_create(&threads[started], NULL, worker, &p) != 0) {
			pthread_mutex_lock(&p.lock);
			p.running--;
			pthread_mutex_unlock(&p.lock);
			break;
		}
	}
	long emitted = 0;
	if (started > 0) {
		for (size_t i = 0; i < t->n; i++) {
			pthread_mutex_lock(&p.lock);
			/* An item nobody claimed once the workers are gone was stopped. */
			while (p.state[i] == PENDING && !(p.running == 0 && i >= p.next))
				pthread_cond_wait(&p.changed, &p.lock);
			int done = p.state[i] == DONE;
			pthread_mutex_unlock(&p.lock);
			if (!done)
				break;
			t->emit(t->ctx, i);
			emitted++;
		}
	}
	for (int k = 0; k < started; k++)
		pthread_join(threads[k], NULL);
	pthread_mutex_destroy(&p.lock);
	pthread_cond_destroy(&p.changed);
	free(p.state);
	free(threads);
	return started > 0 ? emitted : -1;
}
