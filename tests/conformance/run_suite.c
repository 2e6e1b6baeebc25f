/* Runs the official JSON Schema Test Suite against the validator.
 *
 * usage: run_suite SUITE_ROOT DIALECT_DIR MODE [--spec-strict] [-v]
 *   SUITE_ROOT   json-schema-test-suite checkout (tests/ and remotes/)
 *   DIALECT_DIR  draft2020-12, draft2019-09, draft7, draft6 or draft4
 *   MODE         required: tests/DIR/ (every .json file), every test must pass
 *                optional: tests/DIR/optional/, pass rate reported
 *                format:   tests/DIR/optional/format/ with format
 *                          assertion on, pass rate reported
 * --spec-strict validates by the letter of each draft, which is what the
 * suite tests; without it the default reading applies (later keywords in
 * older drafts, keywords beside "$ref"), and the rates show what it changes.
 * Remotes are served from SUITE_ROOT/remotes through the same ref-map the CLI
 * offers (http://localhost:1234/=remotes/). Exit 77 (skip) when SUITE_ROOT is
 * missing, 1 when a required test fails. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util/fileio.h"
#include "validate/jsonschema.h"

static int verbose;

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int run_file(const char *path, const struct artex_schema_opts *opts, int *pass, int *total)
{
	char *buf = NULL;
	size_t len = 0;
	struct artex_error err;
	json_t *groups = NULL;
	if (artex__file_read(&buf, &len, path, &err) < 0 ||
	    artex__json_load_exact(&groups, buf, len, path, &err) < 0) {
		fprintf(stderr, "%s: %s\n", path, err.message);
		free(buf);
		return -1;
	}
	free(buf);
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	size_t gi;
	json_t *group;
	json_array_foreach(groups, gi, group) {
		const char *gdesc = json_string_value(json_object_get(group, "description"));
		json_t *tests = json_object_get(group, "tests");
		struct artex_schema *schema = NULL;
		memset(&err, 0, sizeof err);
		int rc = artex__schema_compile(&schema, json_object_get(group, "schema"), NULL, opts, &err);
		size_t ti;
		json_t *test;
		json_array_foreach(tests, ti, test) {
			const char *tdesc = json_string_value(json_object_get(test, "description"));
			int expect = json_is_true(json_object_get(test, "valid"));
			(*total)++;
			if (rc < 0) {
				printf("FAIL %s: %s: %s: schema error: %s\n", base, gdesc, tdesc, err.message);
				continue;
			}
			int got = artex__schema_validate_json(schema, json_object_get(test, "data"), NULL, 0);
			/* the error-collecting path must agree with the fast path */
			struct artex_error_list list = {0};
			int got2 = artex__schema_validate_json(schema, json_object_get(test, "data"), &list, 0);
			int ok = (got == 0) == expect && (got2 == 0) == expect &&
			         (expect ? list.count == 0 : list.count > 0);
			if (ok) {
				(*pass)++;
				if (verbose)
					printf("ok   %s: %s: %s\n", base, gdesc, tdesc);
			} else {
				printf("FAIL %s: %s: %s: expected %s, got %s/%s\n", base, gdesc, tdesc,
				       expect ? "valid" : "invalid", got == 0 ? "valid" : "invalid",
				       got2 == 0 ? "valid" : "invalid");
				if (verbose)
					for (size_t k = 0; k < list.count; k++)
						printf("       %s (at %s, keyword %s)\n", list.items[k].message,
						       list.items[k].pointer, list.items[k].keyword);
			}
			artex_error_list_dispose(&list);
		}
		artex_schema_free(schema);
	}
	json_decref(groups);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 4) {
		fprintf(stderr, "usage: run_suite SUITE_ROOT DIALECT_DIR required|optional|format "
		                "[--spec-strict] [-v]\n");
		return 2;
	}
	const char *root = argv[1], *dir = argv[2], *mode = argv[3];
	int strict = 0;
	for (int i = 4; i < argc; i++) {
		if (strcmp(argv[i], "-v") == 0)
			verbose = 1;
		else if (strcmp(argv[i], "--spec-strict") == 0)
			strict = 1;
	}
	struct stat st;
	if (stat(root, &st) != 0 || !S_ISDIR(st.st_mode)) {
		printf("SKIP: JSON Schema Test Suite not found at %s "
		       "(clone it as ../shared/json-schema-test-suite beside the project)\n", root);
		return 77;
	}
	static const struct {
		const char *dir;
		enum artex_dialect dialect;
	} dialects[] = {{"draft2020-12", ARTEX_DIALECT_2020_12}, {"draft2019-09", ARTEX_DIALECT_2019_09},
	                {"draft7", ARTEX_DIALECT_DRAFT7}, {"draft6", ARTEX_DIALECT_DRAFT6},
	                {"draft4", ARTEX_DIALECT_DRAFT4}};
	struct artex_schema_opts opts = ARTEX_SCHEMA_OPTS_INIT;
	for (size_t i = 0; i < sizeof dialects / sizeof dialects[0]; i++)
		if (strcmp(dialects[i].dir, dir) == 0)
			opts.dialect = dialects[i].dialect;
	if (!opts.dialect) {
		fprintf(stderr, "unknown dialect folder %s\n", dir);
		return 2;
	}
	char map[4200];
	snprintf(map, sizeof map, "http://localhost:1234/=%s/remotes/", root);
	const char *maps[] = {map};
	opts.ref_map = maps;
	opts.ref_map_len = 1;
	opts.assert_format = strcmp(mode, "format") == 0;
	opts.spec_strict = strict;

	char tdir[4200];
	snprintf(tdir, sizeof tdir, "%s/tests/%s%s", root, dir,
	         strcmp(mode, "required") == 0 ? "" :
	         strcmp(mode, "optional") == 0 ? "/optional" : "/optional/format");
	DIR *d = opendir(tdir);
	if (!d) {
		printf("SKIP: %s not found\n", tdir);
		return 77;
	}
	char **files = NULL;
	size_t n = 0, cap = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		size_t l = strlen(de->d_name);
		if (l < 6 || strcmp(de->d_name + l - 5, ".json") != 0)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			files = realloc(files, cap * sizeof *files);
		}
		files[n] = malloc(strlen(tdir) + l + 2);
		sprintf(files[n], "%s/%s", tdir, de->d_name);
		n++;
	}
	closedir(d);
	qsort(files, n, sizeof *files, cmp_str);
	int pass = 0, total = 0, broken = 0;
	for (size_t i = 0; i < n; i++) {
		if (run_file(files[i], &opts, &pass, &total) < 0)
			broken = 1;
		free(files[i]);
	}
	free(files);
	printf("%s %s%s: %d/%d passed (%.1f%%)\n", dir, mode, strict ? " (--spec-strict)" : "",
	       pass, total,
	       total ? 100.0 * pass / total : 100.0);
	if (strcmp(mode, "required") == 0 && strict)
		return pass == total && !broken ? 0 : 1;
	return broken ? 1 : 0;
}
