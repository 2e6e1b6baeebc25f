#include "util/arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"

#define PAGE_SIZE ((size_t)16384)
#define ALIGN alignof(max_align_t)

struct artex_arena_page {
	struct artex_arena_page *next;
	size_t used, size;
	alignas(max_align_t) unsigned char data[];
};

void artex__arena_dispose(struct artex_arena *a)
{
	struct artex_arena_page *p = a->pages;
	while (p) {
		struct artex_arena_page *next = p->next;
		free(p);
		p = next;
	}
	a->pages = NULL;
}

static struct artex_arena_page *page_new(size_t size)
{
	struct artex_arena_page *p = malloc(sizeof *p + size);
	if (p) {
		p->used = 0;
		p->size = size;
	}
	return p;
}

void *artex__arena_alloc(struct artex_arena *a, size_t size)
{
	if (a->oom || size > SIZE_MAX / 2)
		return NULL;
	size = (size + ALIGN - 1) & ~(ALIGN - 1);
	if (size == 0)
		size = ALIGN;
	struct artex_arena_page *p = a->pages;
	if (ARTEX_ARENA_DEBUG || !p || p->size - p->used < size) {
		if (ARTEX_ARENA_DEBUG || size > PAGE_SIZE / 4) {
			/* A large or debug object gets a page of its own, linked behind the
			 * current page so the current page keeps filling. */
			struct artex_arena_page *big = page_new(size);
			if (!big) {
				a->oom = 1;
				return NULL;
			}
			big->used = size;
			if (p) {
				big->next = p->next;
				p->next = big;
			} else {
				big->next = NULL;
				a->pages = big;
			}
			memset(big->data, 0, size);
			return big->data;
		}
		p = page_new(PAGE_SIZE);
		if (!p) {
			a->oom = 1;
			return NULL;
		}
		p->next = a->pages;
		a->pages = p;
	}
	void *mem = p->data + p->used;
	p->used += size;
	memset(mem, 0, size);
	return mem;
}

char *artex__arena_strndup(struct artex_arena *a, const char *s, size_t len)
{
	char *d = artex__arena_alloc(a, len + 1);
	if (d) {
		memcpy(d, s, len);
		d[len] = '\0';
	}
	return d;
}

char *artex__arena_strdup(struct artex_arena *a, const char *s)
{
	return s ? artex__arena_strndup(a, s, strlen(s)) : NULL;
}
