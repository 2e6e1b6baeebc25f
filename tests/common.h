/* Shared helpers of the cmocka suites. */
#ifndef ARTEX_TESTS_COMMON_H
#define ARTEX_TESTS_COMMON_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

struct file_list {
	char **paths;
	size_t count;
};

/* Every regular file under `dir` whose name ends in one of `suffixes`
 * (NULL-terminated), sorted, skipping folders named in `skip_dirs`. */
void list_files(struct file_list *out, const char *dir, const char *const *suffixes,
                const char *const *skip_dirs);
void file_list_dispose(struct file_list *l);

/* $ARTEX_FIXTURES, or the path relative to the build folder. */
const char *fixtures_dir(void);

/* Reads a whole file; fails the test when it cannot. */
char *slurp(const char *path, size_t *len);

#endif
