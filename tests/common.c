#include "common.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int cmp_path(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

static void walk(struct file_list *out, const char *dir, const char *const *suffixes,
                 const char *const *skip_dirs)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char path[4096];
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		struct stat st;
		if (stat(path, &st) != 0)
			continue;
		if (S_ISDIR(st.st_mode)) {
			int skip = 0;
			for (const char *const *s = skip_dirs; s && *s; s++)
				skip |= strcmp(e->d_name, *s) == 0;
			if (!skip)
				walk(out, path, suffixes, skip_dirs);
			continue;
		}
		for (const char *const *s = suffixes; *s; s++) {
			if (ends_with(e->d_name, *s)) {
				out->paths = realloc(out->paths, (out->count + 1) * sizeof *out->paths);
				out->paths[out->count++] = strdup(path);
				break;
			}
		}
	}
	closedir(d);
}

void list_files(struct file_list *out, const char *dir, const char *const *suffixes,
                const char *const *skip_dirs)
{
	out->paths = NULL;
	out->count = 0;
	walk(out, dir, suffixes, skip_dirs);
	if (out->count)
		qsort(out->paths, out->count, sizeof *out->paths, cmp_path);
}

void file_list_dispose(struct file_list *l)
{
	for (size_t i = 0; i < l->count; i++)
		free(l->paths[i]);
	free(l->paths);
	l->paths = NULL;
	l->count = 0;
}

const char *fixtures_dir(void)
{
	const char *d = getenv("ARTEX_FIXTURES");
	return d ? d : "../fixtures";
}

char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		fail_msg("cannot open %s", path);
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *buf = malloc((size_t)n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
	buf[n] = '\0';
	fclose(f);
	if (len)
		*len = (size_t)n;
	return buf;
}
