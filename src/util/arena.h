/* Arena: objects that live and die together (an article and everything in
 * it, a compiled schema) come from it and are released at once
 * by artex__arena_dispose. With -Darena_debug=true each allocation is its own
 * malloc, so sanitizers and valgrind see every object. */
#ifndef ARTEX_UTIL_ARENA_H
#define ARTEX_UTIL_ARENA_H

#include <stddef.h>

struct artex_arena_page;

struct artex_arena {
	struct artex_arena_page *pages;
	int oom; /* sticky: set once an allocation failed */
};

void artex__arena_dispose(struct artex_arena *a);
/* Zeroed memory, aligned for any type; NULL on OOM. */
void *artex__arena_alloc(struct artex_arena *a, size_t size);
/* Copies len bytes and appends a NUL. */
char *artex__arena_strndup(struct artex_arena *a, const char *s, size_t len);
char *artex__arena_strdup(struct artex_arena *a, const char *s);

#endif
