/* artex validate: checks JSON and YAML files against a JSON Schema, and XML
 * files against a RELAX NG or XML Schema file.
 *
 * The schema is compiled once; files are validated by a few worker threads
 * (a compiled schema is immutable, so they share it) and the reports are
 * printed in the order of the command line. */
#include <dirent.h>
#include <getopt.h>
#include <pthread.h>
#include <sys/stat.h>
#include <time.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "artex.h"
#include "cli/cli.h"
#include "cli/report.h"

#define MAX_REF_MAPS 64
#define MAX_JOBS 64

struct paths {
	char **v;
	size_t n, cap;
};

struct vopts {
	const char *schema_path;
	const char *ref_maps[MAX_REF_MAPS];
	struct paths *preload; /* --preload files and what --schema-dir finds */
	int verbose;
	struct artex_schema_opts sopts;
	enum artex__report_format format;
	int schema_check;
	int jobs;
	int profile_google; /* --profile google: Google's Article recommendations as warnings */
	int consistent;     /* --consistent: the files are one article in several formats */
	int bag;            /* --bag: the arguments are BagIt bags */
};

/* One file's outcome, filled by a worker and printed by the main thread. */
struct result {
	int status;   /* 0 valid, ARTEX_EINVALID, or the error status of err */
	struct artex_error_list errors;
	struct artex_error_list warnings; /* --profile findings; never change the exit code */
	struct artex_error err;
};

/* Schemas for files without --schema, compiled on first use. */
struct bundled {
	const char *name;
	struct artex_schema *schema;
	int status;
	struct artex_error err;
};

struct job {
	const struct vopts *o;
	char **files;
	size_t n_files;
	struct result *results;
	const struct artex_schema *schema; /* --schema, or NULL */
	const struct artex_xml_schema *xml; /* --schema S.rng or S.xsd */
	struct bundled bundled[8];
	size_t n_bundled;
	pthread_mutex_t lock;
	size_t next;
};

static void validate_usage(FILE *f)
{
	fprintf(f,
	        "usage: artex validate [--schema S] [--ref-map PREFIX=DIR]... [--dialect D]\n"
	        "                      [--schema-dir DIR]... [--preload FILE]... [--spec-strict]\n"
	        "                      [--assert-format] [--all-errors] [--verbose]\n"
	        "                      [--format F] [--profile google] FILE...\n"
	        "       artex validate --schema-check [--ref-map PREFIX=DIR]... SCHEMA...\n"
	        "       artex validate --consistent FILE FILE...\n"
	        "       artex validate --bag [--format F] [-j N] DIR...\n\n"
	        "Checks each FILE (JSON, or YAML when named .yaml/.yml) against the JSON Schema S,\n"
	        "or without --schema against the bundled schema for its kind (.yaml: the article\n"
	        "schema). A schema named .rng (RELAX NG) or .xsd (XML Schema) checks XML files.\n"
	        "With --schema-check each argument is a schema checked against the meta-schema\n"
	        "of its dialect.\n\n"
	        "  -s, --schema S          schema file (JSON or YAML; .rng or .xsd for XML)\n"
	        "      --ref-map P=DIR     read references to URIs starting with P from DIR\n"
	        "                          (repeatable; there is never network access)\n"
	        "      --schema-dir DIR    register every .json/.yaml schema below DIR under its\n"
	        "                          \"$id\", so references to it resolve (repeatable)\n"
	        "      --preload FILE      register one schema file so (repeatable)\n"
	        "      --spec-strict       the letter of each draft: no const/contains/if in\n"
	        "                          draft-04/06, keywords beside $ref ignored up to\n"
	        "                          draft-07 (default: applied, as schema authors mean)\n"
	        "      --all-errors        for a failed anyOf/oneOf, the errors of every\n"
	        "                          alternative (default: of the closest one)\n"
	        "  -v, --verbose           notes on the schema (where it is read beyond the\n"
	        "                          letter of its draft) and timings, on stderr\n"
	        "      --dialect D         2020-12 (default), 2019-09, 7, 6 or 4, for schemas\n"
	        "                          without \"$schema\"\n"
	        "      --assert-format     make \"format\" an assertion (default: annotation)\n"
	        "      --schema-check      check schemas against their meta-schema\n"
	        "      --profile google    also check JSON-LD files against Google's Article\n"
	        "                          rich-results recommendations; findings are\n"
	        "                          warnings and do not change the exit code\n"
	        "      --consistent        the files are one article in several formats\n"
	        "                          (.jsonld, .tei.xml, .yaml, ...): read each back and\n"
	        "                          report every fact that differs from the first file\n"
	        "      --bag               each DIR is a BagIt bag (RFC 8493): check bagit.txt,\n"
	        "                          every file against every manifest (md5, sha1, sha256,\n"
	        "                          sha512), Payload-Oxum and the tag manifests; name each\n"
	        "                          missing, extra or altered file\n"
	        "      --format F          text (default): file:line:col: error[ARTEX-NNN]:\n"
	        "                          message [at /pointer] (keyword /path), one line per\n"
	        "                          error; json: one JSON Schema \"basic\" output object\n"
	        "                          per file and line, with \"file\", \"line\", \"column\"\n"
	        "                          and \"messageId\" added; junit: JUnit XML, one\n"
	        "                          testcase per file; github: workflow commands\n"
	        "                          (::error file=...); sarif: SARIF 2.1.0\n"
	        "  -j, --jobs N            worker threads (default: number of CPUs)\n"
	        "  -h, --help              show this help\n\n"
	        "exit codes: 0 all valid, 1 any invalid, 2 usage, I/O or schema error\n");
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Notes are advice about the schema, not findings about the files: they go
 * to stderr, apart from the report. */
static void print_notes(const struct artex_error_list *notes)
{
	for (size_t i = 0; i < notes->count; i++) {
		const struct artex_error *e = &notes->items[i];
		if (e->line > 0)
			fprintf(stderr, "%s:%d:%d: ", e->file, e->line, e->column > 0 ? e->column : 1);
		else if (e->file[0])
			fprintf(stderr, "%s: ", e->file);
		fprintf(stderr, "note[ARTEX-%03d]: %s", e->msg_id, e->message);
		if (e->pointer[0])
			fprintf(stderr, " (at %s)", e->pointer);
		fputc('\n', stderr);
	}
}

static int parse_dialect(const char *s, enum artex_dialect *out)
{
	static const struct {
		const char *name;
		enum artex_dialect d;
	} names[] = {{"2020-12", ARTEX_DIALECT_2020_12}, {"2019-09", ARTEX_DIALECT_2019_09},
	             {"7", ARTEX_DIALECT_DRAFT7}, {"draft7", ARTEX_DIALECT_DRAFT7},
	             {"6", ARTEX_DIALECT_DRAFT6}, {"draft6", ARTEX_DIALECT_DRAFT6},
	             {"4", ARTEX_DIALECT_DRAFT4}, {"draft4", ARTEX_DIALECT_DRAFT4}};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(names[i].name, s) == 0) {
			*out = names[i].d;
			return 0;
		}
	return -1;
}

/* Finds (compiling on first use) the bundled schema for `path`. */
static const struct artex_schema *bundled_for(struct job *j, const char *path,
                                              struct result *r)
{
	const char *name = artex_schema_bundled_for(path);
	if (!name) {
		r->status = ARTEX_EUSAGE;
		snprintf(r->err.file, sizeof r->err.file, "%s", path);
		snprintf(r->err.message, sizeof r->err.message,
		         "no bundled schema for this kind of file; pass --schema");
		r->err.code = ARTEX_EUSAGE;
		return NULL;
	}
	const struct artex_schema *s = NULL;
	pthread_mutex_lock(&j->lock);
	size_t i;
	for (i = 0; i < j->n_bundled; i++)
		if (strcmp(j->bundled[i].name, name) == 0)
			break;
	if (i == j->n_bundled && i < sizeof j->bundled / sizeof j->bundled[0]) {
		j->bundled[i].name = name;
		j->bundled[i].status = artex_schema_new_bundled(&j->bundled[i].schema, name,
		                                                &j->o->sopts, &j->bundled[i].err);
		j->n_bundled++;
	}
	if (i < j->n_bundled) {
		s = j->bundled[i].schema;
		if (!s) {
			r->status = j->bundled[i].status;
			r->err = j->bundled[i].err;
		}
	}
	pthread_mutex_unlock(&j->lock);
	return s;
}

static void run_one(struct job *j, size_t i)
{
	struct result *r = &j->results[i];
	const char *path = j->files[i];
	if (j->o->schema_check) {
		r->status = artex_schema_check_file(&r->errors, path, &j->o->sopts, &r->err);
		return;
	}
	if (j->xml) {
		r->status = artex_xml_schema_validate_file(&r->errors, j->xml, path, &r->err);
		return;
	}
	const char *bundled = artex_schema_bundled_for(path);
	if (!j->schema && bundled && strstr(bundled, ".rng")) {
		r->status = artex_tei_validate_file(&r->errors, path, &r->err);
		return;
	}
	const struct artex_schema *s = j->schema ? j->schema : bundled_for(j, path, r);
	if (!s)
		return;
	r->status = artex_schema_validate_file(&r->errors, s, path, &r->err);
	if (j->o->profile_google && (r->status == 0 || r->status == ARTEX_EINVALID) &&
	    !strstr(bundled ? bundled : "", "article.schema"))
		artex__cli_google_check(&r->warnings, path);
}

static void *worker(void *arg)
{
	struct job *j = arg;
	for (;;) {
		pthread_mutex_lock(&j->lock);
		size_t i = j->next++;
		pthread_mutex_unlock(&j->lock);
		if (i >= j->n_files)
			return NULL;
		run_one(j, i);
	}
}

static int add_path(struct paths *p, const char *path)
{
	if (p->n == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 16;
		char **v = realloc(p->v, cap * sizeof *v);
		if (!v)
			goto oom;
		p->v = v;
		p->cap = cap;
	}
	if (!(p->v[p->n] = strdup(path)))
		goto oom;
	p->n++;
	return 0;
oom:
	fprintf(stderr, "artex validate: out of memory\n");
	return -1;
}

static int schema_name(const char *name)
{
	size_t n = strlen(name);
	return (n > 5 && strcmp(name + n - 5, ".json") == 0) ||
	       (n > 5 && strcmp(name + n - 5, ".yaml") == 0) ||
	       (n > 4 && strcmp(name + n - 4, ".yml") == 0);
}

static int cmp_path(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every schema file below dir, in name order so that runs are repeatable. */
static int add_schema_dir(struct paths *p, const char *dir)
{
	DIR *d = opendir(dir);
	if (!d) {
		fprintf(stderr, "artex validate: --schema-dir %s: cannot open the folder\n", dir);
		return -1;
	}
	size_t first = p->n;
	int rc = 0;
	struct dirent *de;
	while (rc == 0 && (de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		size_t len = strlen(dir) + strlen(de->d_name) + 2;
		char *path = malloc(len);
		if (!path) {
			fprintf(stderr, "artex validate: out of memory\n");
			rc = -1;
			break;
		}
		snprintf(path, len, "%s/%s", dir, de->d_name);
		/* lstat: a link to a folder is not followed, so a loop cannot recur */
		struct stat st;
		if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode))
			rc = add_schema_dir(p, path);
		else if (schema_name(de->d_name))
			rc = add_path(p, path);
		free(path);
	}
	closedir(d);
	if (rc == 0)
		qsort(p->v + first, p->n - first, sizeof *p->v, cmp_path);
	return rc;
}

static int validate_run(int argc, char **argv, struct paths *preload);

/* --bag: each argument is a bag; its entry in the report names every
 * missing, extra or altered file and every malformed tag file. */
static int validate_bags(char **dirs, size_t n, const struct vopts *o)
{
	struct artex__report *rep = artex__report_new(o->format, "artex.validate");
	if (!rep) {
		fprintf(stderr, "artex validate: out of memory\n");
		return ARTEX_EXIT_USAGE;
	}
	int code = ARTEX_EXIT_OK;
	for (size_t i = 0; i < n; i++) {
		struct artex_error_list errors = {0};
		struct artex_error err;
		memset(&err, 0, sizeof err);
		double t0 = now();
		int rc = artex_bag_validate(&errors, dirs[i], o->jobs, &err);
		if (o->verbose)
			fprintf(stderr, "artex validate: bag %s checked in %.3f s\n", dirs[i], now() - t0);
		if (rc == ARTEX_EINVALID && code == ARTEX_EXIT_OK)
			code = ARTEX_EXIT_INVALID;
		else if (rc < 0 && rc != ARTEX_EINVALID)
			code = ARTEX_EXIT_USAGE;
		/* One entry per file at fault, so that every report format names
		 * it, JUnit and SARIF included; the bag itself when all is well. */
		if (rc != ARTEX_EINVALID) {
			struct artex__report_entry en = {dirs[i], rc, &err, 1, NULL, 0};
			artex__report_add(rep, &en);
		}
		for (size_t k = 0; rc == ARTEX_EINVALID && k < errors.count;) {
			size_t end = k + 1;
			while (end < errors.count && strcmp(errors.items[end].file, errors.items[k].file) == 0)
				end++;
			struct artex__report_entry en = {errors.items[k].file, ARTEX_EINVALID,
			                                  errors.items + k, end - k, NULL, 0};
			artex__report_add(rep, &en);
			k = end;
		}
		artex_error_list_dispose(&errors);
	}
	if (artex__report_finish(rep) < 0) {
		fprintf(stderr, "artex validate: out of memory writing the report\n");
		code = ARTEX_EXIT_USAGE;
	}
	return code;
}

int artex__cli_validate(int argc, char **argv)
{
	struct paths preload = {0};
	int code = validate_run(argc, argv, &preload);
	for (size_t i = 0; i < preload.n; i++)
		free(preload.v[i]);
	free(preload.v);
	return code;
}

static int validate_run(int argc, char **argv, struct paths *preload)
{
	struct vopts o;
	memset(&o, 0, sizeof o);
	o.preload = preload;
	o.sopts = (struct artex_schema_opts)ARTEX_SCHEMA_OPTS_INIT;
	size_t n_maps = 0;
	static const struct option longopts[] = {
		{"schema", required_argument, NULL, 's'},
		{"ref-map", required_argument, NULL, 'm'},
		{"dialect", required_argument, NULL, 'd'},
		{"assert-format", no_argument, NULL, 'a'},
		{"schema-check", no_argument, NULL, 'c'},
		{"format", required_argument, NULL, 'F'},
		{"jobs", required_argument, NULL, 'j'},
		{"profile", required_argument, NULL, 'P'},
		{"consistent", no_argument, NULL, 'K'},
		{"bag", no_argument, NULL, 'B'},
		{"schema-dir", required_argument, NULL, 'D'},
		{"preload", required_argument, NULL, 'p'},
		{"spec-strict", no_argument, NULL, 'S'},
		{"all-errors", no_argument, NULL, 'A'},
		{"verbose", no_argument, NULL, 'v'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	optind = 1;
	int c;
	while ((c = getopt_long(argc, argv, "s:j:hv", longopts, NULL)) != -1) {
		switch (c) {
		case 'D':
			if (add_schema_dir(preload, optarg) < 0)
				return ARTEX_EXIT_USAGE;
			break;
		case 'p':
			if (add_path(preload, optarg) < 0)
				return ARTEX_EXIT_USAGE;
			break;
		case 'S':
			o.sopts.spec_strict = 1;
			break;
		case 'A':
			o.sopts.all_errors = 1;
			break;
		case 'v':
			o.verbose = 1;
			break;
		case 's':
			o.schema_path = optarg;
			break;
		case 'm':
			if (!strchr(optarg, '=') || n_maps == MAX_REF_MAPS) {
				fprintf(stderr, "artex validate: --ref-map wants PREFIX=DIR\n");
				return ARTEX_EXIT_USAGE;
			}
			o.ref_maps[n_maps++] = optarg;
			break;
		case 'd':
			if (parse_dialect(optarg, &o.sopts.dialect) < 0) {
				fprintf(stderr, "artex validate: unknown dialect '%s' "
				                "(2020-12, 2019-09, 7, 6 or 4)\n", optarg);
				return ARTEX_EXIT_USAGE;
			}
			break;
		case 'a':
			o.sopts.assert_format = 1;
			break;
		case 'c':
			o.schema_check = 1;
			break;
		case 'F':
			if (artex__report_format_parse(&o.format, optarg) < 0) {
				fprintf(stderr, "artex validate: unknown output format '%s' ("
				                ARTEX_REPORT_FORMAT_NAMES ")\n", optarg);
				return ARTEX_EXIT_USAGE;
			}
			break;
		case 'j':
			o.jobs = atoi(optarg);
			if (o.jobs < 1 || o.jobs > MAX_JOBS) {
				fprintf(stderr, "artex validate: --jobs wants 1 to %d\n", MAX_JOBS);
				return ARTEX_EXIT_USAGE;
			}
			break;
		case 'P':
			if (strcmp(optarg, "google") != 0) {
				fprintf(stderr, "artex validate: unknown profile '%s' (google)\n", optarg);
				return ARTEX_EXIT_USAGE;
			}
			o.profile_google = 1;
			break;
		case 'K':
			o.consistent = 1;
			break;
		case 'B':
			o.bag = 1;
			break;
		case 'h':
			validate_usage(stdout);
			return ARTEX_EXIT_OK;
		default:
			validate_usage(stderr);
			return ARTEX_EXIT_USAGE;
		}
	}
	if (optind >= argc) {
		fprintf(stderr, "artex validate: no input files\n\n");
		validate_usage(stderr);
		return ARTEX_EXIT_USAGE;
	}
	if (o.schema_check && o.schema_path) {
		fprintf(stderr, "artex validate: --schema-check takes the schemas as arguments\n");
		return ARTEX_EXIT_USAGE;
	}
	o.sopts.ref_map = o.ref_maps;
	o.sopts.ref_map_len = n_maps;
	o.sopts.preload = (const char *const *)preload->v;
	o.sopts.preload_len = preload->n;
	if (o.bag) {
		if (o.schema_check || o.schema_path || o.profile_google || o.consistent) {
			fprintf(stderr, "artex validate: --bag takes no schema, profile or --consistent\n");
			return ARTEX_EXIT_USAGE;
		}
		return validate_bags(argv + optind, (size_t)(argc - optind), &o);
	}
	if (o.consistent) {
		if (o.schema_check || o.schema_path || o.profile_google) {
			fprintf(stderr, "artex validate: --consistent takes no schema or profile\n");
			return ARTEX_EXIT_USAGE;
		}
		return artex__cli_consistent(argv + optind, (size_t)(argc - optind));
	}

	struct job j;
	memset(&j, 0, sizeof j);
	j.o = &o;
	j.files = argv + optind;
	j.n_files = (size_t)(argc - optind);
	pthread_mutex_init(&j.lock, NULL);
	int code = ARTEX_EXIT_OK;
	struct artex_schema *schema = NULL;
	struct artex_xml_schema *xml = NULL;
	double t0 = now();
	if (o.schema_path) {
		struct artex_error err;
		memset(&err, 0, sizeof err);
		int rc = artex_xml_schema_is_xml(o.schema_path)
		                 ? artex_xml_schema_new_file(&xml, o.schema_path, &err)
		                 : artex_schema_new_file(&schema, o.schema_path, &o.sopts, &err);
		if (rc < 0) {
			if (!err.file[0])
				snprintf(err.file, sizeof err.file, "%s", o.schema_path);
			artex__cli_print_error(&err);
			pthread_mutex_destroy(&j.lock);
			return ARTEX_EXIT_USAGE;
		}
		j.schema = schema;
		j.xml = xml;
		if (o.verbose) {
			if (schema)
				print_notes(artex_schema_notes(schema));
			fprintf(stderr, "artex validate: compiled %s once in %.3f s\n", o.schema_path,
			        now() - t0);
		}
	}
	double t1 = now();
	j.results = calloc(j.n_files, sizeof *j.results);
	struct artex__report *rep = artex__report_new(o.format, "artex.validate");
	if (!j.results || !rep) {
		fprintf(stderr, "artex validate: out of memory\n");
		free(j.results);
		artex__report_free(rep);
		artex_schema_free(schema);
		pthread_mutex_destroy(&j.lock);
		return ARTEX_EXIT_USAGE;
	}
	int jobs = o.jobs;
	if (!jobs) {
		long cpus = sysconf(_SC_NPROCESSORS_ONLN);
		jobs = cpus < 1 ? 1 : cpus > MAX_JOBS ? MAX_JOBS : (int)cpus;
	}
	if ((size_t)jobs > j.n_files)
		jobs = (int)j.n_files;
	pthread_t threads[MAX_JOBS];
	int started = 0;
	for (int t = 1; t < jobs; t++)
		if (pthread_create(&threads[started], NULL, worker, &j) == 0)
			started++;
	worker(&j); /* the main thread works too */
	for (int t = 0; t < started; t++)
		pthread_join(threads[t], NULL);
	if (o.verbose) {
		double t = now() - t1;
		fprintf(stderr, "artex validate: %zu files in %.3f s (%.2f ms per file, %d threads)\n",
		        j.n_files, t, 1000.0 * t / (double)j.n_files, jobs);
	}

	for (size_t i = 0; i < j.n_files; i++) {
		struct result *r = &j.results[i];
		if (r->status == ARTEX_EINVALID) {
			if (code == ARTEX_EXIT_OK)
				code = ARTEX_EXIT_INVALID;
		} else if (r->status == ARTEX_EPARSE) {
			if (code == ARTEX_EXIT_OK)
				code = ARTEX_EXIT_INVALID;
		} else if (r->status < 0) {
			code = ARTEX_EXIT_USAGE;
		}
		if (r->status < 0 && !r->err.file[0])
			snprintf(r->err.file, sizeof r->err.file, "%s", j.files[i]);
		struct artex__report_entry en = {j.files[i], r->status, &r->err, 1,
		                                  r->warnings.items, r->warnings.count};
		if (r->status == ARTEX_EINVALID && r->errors.count) {
			en.errors = r->errors.items;
			en.n_errors = r->errors.count;
		}
		artex__report_add(rep, &en);
		artex_error_list_dispose(&r->warnings);
		artex_error_list_dispose(&r->errors);
	}
	if (artex__report_finish(rep) < 0) {
		fprintf(stderr, "artex validate: out of memory writing the report\n");
		code = ARTEX_EXIT_USAGE;
	}
	free(j.results);
	for (size_t i = 0; i < j.n_bundled; i++)
		artex_schema_free(j.bundled[i].schema);
	artex_schema_free(schema);
	artex_xml_schema_free(xml);
	pthread_mutex_destroy(&j.lock);
	return code;
}
