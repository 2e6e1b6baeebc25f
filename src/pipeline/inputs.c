/* Collecting a batch's inputs from files and folders. */
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "artex.h"
#include "readers/reader.h"
#include "util/error.h"

void artex_input_list_dispose(struct artex_input_list *list)
{
	for (size_t i = 0; i < list->count; i++) {
		free(list->items[i].path);
		free(list->items[i].stem);
	}
	free(list->items);
	memset(list, 0, sizeof *list);
}

/* The output stem of `rel` (a path relative to its root, or a file name):
 * without the ending a reader claims, else without its last extension. */
static char *stem_of(const char *rel)
{
	size_t n = strlen(rel);
	size_t cut = artex__reader_suffix_len(rel);
	if (cut == 0) {
		const char *base = strrchr(rel, '/');
		base = base ? base + 1 : rel;
		const char *dot = strrchr(base, '.');
		if (dot && dot != base)
			cut = (size_t)(rel + n - dot);
	}
	if (cut >= n)
		cut = 0;
	char *s = malloc(n - cut + 1);
	if (s) {
		memcpy(s, rel, n - cut);
		s[n - cut] = '\0';
	}
	return s;
}

static int push(struct artex_input_list *list, const char *path, const char *rel,
                struct artex_error *err)
{
	if (list->count == list->cap) {
		size_t cap = list->cap ? list->cap * 2 : 64;
		struct artex_input *items = realloc(list->items, cap * sizeof *items);
		if (!items)
			return artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
		list->items = items;
		list->cap = cap;
	}
	struct artex_input *in = &list->items[list->count];
	in->path = strdup(path);
	in->stem = stem_of(rel);
	if (!in->path || !in->stem) {
		free(in->path);
		free(in->stem);
		return artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
	}
	list->count++;
	return 0;
}

static int matches(const char *name, const char *const *globs)
{
	for (; globs && *globs; globs++)
		if (fnmatch(*globs, name, 0) == 0)
			return 1;
	return 0;
}

/* Whether a reader recognises the file by its first bytes, for names no
 * reader claims (".json", no extension at all). */
static int recognised(const char *path)
{
	char buf[4096];
	FILE *f = fopen(path, "rb");
	if (!f)
		return 0;
	size_t n = fread(buf, 1, sizeof buf, f);
	fclose(f);
	/* A confident guess only: the text reader takes almost anything at a
	 * low score, and a folder holds more than articles. */
	for (size_t i = 0; n > 0 && artex_reader_name(i); i++)
		if (artex__reader_find(artex_reader_name(i))->sniff(buf, n) >= 50)
			return 1;
	return 0;
}

/* Whether a file below a folder is an input; counts it where not. */
static int wanted(struct artex_input_list *list, const char *path, const char *name,
                  const char *const *include, const char *const *exclude)
{
	if (matches(name, exclude)) {
		list->skipped_excluded++;
		return 0;
	}
	if (include && *include) {
		int in = matches(name, include);
		list->included += (size_t)in;
		list->skipped_not_included += (size_t)!in;
		return in;
	}
	if (artex__reader_suffix_len(name) > 0 || recognised(path))
		return 1;
	list->skipped_unknown++;
	return 0;
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int same_dir(const char *a, const char *b)
{
	struct stat sa, sb;
	return b && stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
	       sa.st_ino == sb.st_ino;
}

/* Walks `dir` in sorted order so the input order, and with it the output,
 * is the same on every file system. */
static int walk(struct artex_input_list *list, const char *dir, size_t root_len,
                const char *const *include, const char *const *exclude, const char *skip_dir,
                int depth, struct artex_error *err)
{
	if (depth > 64)
		return 0;
	DIR *d = opendir(dir);
	if (!d) {
		artex__error(err, ARTEX_EIO, ARTEX_MSG_IO_READ, "cannot open folder: %s",
		             strerror(errno));
		artex__error_file(err, dir);
		return ARTEX_EIO;
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	int rc = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.') {
			if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
				list->skipped_hidden++;
			continue;
		}
		if (n == cap) {
			cap = cap ? cap * 2 : 32;
			char **grown = realloc(names, cap * sizeof *names);
			if (!grown) {
				rc = artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
				break;
			}
			names = grown;
		}
		if (!(names[n] = strdup(e->d_name))) {
			rc = artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
			break;
		}
		n++;
	}
	closedir(d);
	if (rc == 0 && n)
		qsort(names, n, sizeof *names, cmp_name);
	for (size_t i = 0; rc == 0 && i < n; i++) {
		size_t len = strlen(dir) + strlen(names[i]) + 2;
		char *path = malloc(len);
		if (!path) {
			rc = artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
			break;
		}
		snprintf(path, len, "%s/%s", dir, names[i]);
		struct stat st;
		if (stat(path, &st) != 0) {
			list->skipped_special++; /* a dangling link, or gone since listed */
		} else if (S_ISDIR(st.st_mode)) {
			if (matches(names[i], exclude))
				list->skipped_excluded++;
			else if (!same_dir(path, skip_dir))
				rc = walk(list, path, root_len, include, exclude, skip_dir, depth + 1, err);
		} else if (!S_ISREG(st.st_mode)) {
			list->skipped_special++;
		} else if (wanted(list, path, names[i], include, exclude)) {
			rc = push(list, path, path + root_len, err);
		}
		free(path);
	}
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return rc;
}

int artex_input_list_add(struct artex_input_list *list, const char *path,
                         const char *const *include, const char *const *exclude,
                         const char *skip_dir, struct artex_error *err)
{
	if (strcmp(path, "-") == 0)
		return push(list, path, "stdin", err);
	struct stat st;
	if (stat(path, &st) != 0) {
		artex__error(err, ARTEX_EIO, ARTEX_MSG_IO_READ, "cannot open: %s", strerror(errno));
		artex__error_file(err, path);
		return ARTEX_EIO;
	}
	if (!S_ISDIR(st.st_mode)) {
		const char *base = strrchr(path, '/');
		return push(list, path, base ? base + 1 : path, err);
	}
	size_t root_len = strlen(path);
	while (root_len > 1 && path[root_len - 1] == '/')
		root_len--;
	char *root = strndup(path, root_len);
	if (!root)
		return artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
	int rc = walk(list, root, root_len + 1, include, exclude, skip_dir, 0, err);
	free(root);
	return rc;
}
