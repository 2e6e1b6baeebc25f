#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "artex.h"
#include "cli/cli.h"
#include "cli/report.h"

#define MAX_FORMATS 16
#define MAX_GLOBS 64

static volatile sig_atomic_t interrupted;

static void on_sigint(int sig)
{
	(void)sig;
	interrupted = 1;
}

static int cancelled(void *ctx)
{
	(void)ctx;
	return interrupted;
}

struct progress {
	int bar;     /* stderr is a terminal and not -q */
	int verbose; /* -v: list each file written */
	int quiet;       /* -q: no progress bar, no summary */
	int no_warnings; /* --no-warnings */
	int check_only; /* the summary says checked, not converted */
	size_t total, done;
	struct timespec start, last;
	struct artex__report *rep; /* --format other than text: the CI report on stdout */
};

static void convert_usage(FILE *f)
{
	fprintf(f, "usage: artex convert [OPTIONS] [INPUT...]\n"
	           "       artex convert --ndjson [OPTIONS] < IN.ndjson > OUT.ndjson\n\n"
	           "Reads each INPUT (a file, a folder read recursively, or \"-\" for standard\n"
	           "input; standard input when no INPUT is given and it is not a terminal) and writes DIR/STEM.SUFFIX for every output format, STEM being the\n"
	           "input's name without its extension (and, below a folder, its path there).\n"
	           "With one input, one format and no -o, the output goes to standard output.\n"
	           "Files are written through a temporary file and a rename, every output is\n"
	           "checked before it is written, and the output does not depend on -j.\n\n"
	           "  -t, --to FORMATS     comma-separated output formats (default: all):");
	for (size_t i = 0; artex_exporter_name(i); i++)
		fprintf(f, " %s", artex_exporter_name(i));
	fprintf(f, "\n  -f, --from FORMAT    input format (default: by file name, else detected):");
	for (size_t i = 0; artex_reader_name(i); i++)
		fprintf(f, " %s", artex_reader_name(i));
	fprintf(f, "\n  -o, --output DIR     folder for the outputs, made if missing (default: .)\n"
	           "  -j, --jobs N         worker threads (default: one per CPU)\n"
	           "      --include GLOB   in folders, read only files whose name matches (repeatable;\n"
	           "                       default: the endings the readers know)\n"
	           "      --exclude GLOB   in folders, skip files and folders whose name matches\n"
	           "      --incremental    skip inputs whose outputs are all newer than they are\n"
	           "      --fail-fast      start no new input after the first failure\n"
	           "      --fsync          sync every output file (default: one sync at the end)\n"
	           "      --ndjson         stream: one JSON object per line on stdin, {\"id\", \"text\"}\n"
	           "                       or a model object; one result object per line on stdout\n"
	           "      --base-iri IRI   base of the JSON-LD and N-Quads node IRIs (default: the\n"
	           "                       article's URL, else a urn: from its content)\n"
	           "      --profile plain  JSON-LD with schema.org terms only (no annotations),\n"
	           "                       ninjs without the artex: altIds\n"
	           "      --lang TAG       language of the articles (default: as the input says,\n"
	           "                       else identified from the text)\n"
	           "      --people FILE    YAML registry of known people and organisations\n"
	           "      --no-extract     no extraction of quotes, speakers and claims (it runs on\n"
	           "                       every input that names none of its own)\n"
	           "      --body-from-description\n"
	           "                       take a JSON-LD description as the body when there is\n"
	           "                       no articleBody (otherwise such an input fails)\n"
	           "      --timestamp      record the time of the conversion in each output's\n"
	           "                       provenance (SOURCE_DATE_EPOCH when set; default: no\n"
	           "                       time, so the same input gives the same bytes)\n"
	           "      --bag DIR        write the outputs as a BagIt bag (RFC 8493) in DIR, which\n"
	           "                       must not exist: payload in DIR/data, SHA-256 and SHA-512\n"
	           "                       manifests, bag-info.txt; all or nothing\n"
	           "      --bag-include-source\n"
	           "                       put the inputs in the payload too, under data/source/\n"
	           "      --bag-info 'LABEL: VALUE'\n"
	           "                       add a line to bag-info.txt (repeatable), such as\n"
	           "                       'Source-Organization: Example Press'\n"
	           "      --dump-blocks    for web pages: print where each metadata field came from\n"
	           "                       and which blocks were kept or dropped and why; writes\n"
	           "                       nothing else\n"
	           "      --check-only     run every step and check every output, write nothing\n"
	           "      --format F       with --check-only, report per input on stdout as text\n"
	           "                       (default: errors on stderr), json, junit, github or\n"
	           "                       sarif\n"
	           "  -q, --quiet          no progress and no summary (warnings still show)\n"
	           "      --no-warnings    do not show what readers left out or changed\n"
	           "  -v, --verbose        list every file written\n"
	           "  -h, --help           show this help\n\n"
	           "A progress bar shows on standard error when it is a terminal; a summary line\n"
	           "ends every run. SIGINT stops starting new inputs; finished outputs stay, no\n"
	           "partial file is left, and --incremental finishes the rest later.\n\n"
	           "exit codes: 0 ok, 1 invalid input or output data, 2 usage or I/O error,\n"
	           "130 interrupted\n");
}

/* --dump-blocks: how the web page reader sees each page. */
static int dump_pages(int n, char **paths)
{
	int worst = ARTEX_EXIT_OK;
	if (n == 0) {
		fprintf(stderr, "artex convert: --dump-blocks needs a web page\n");
		return ARTEX_EXIT_USAGE;
	}
	for (int i = 0; i < n; i++) {
		char *text;
		size_t len;
		struct artex_error err;
		if (artex_html_explain(&text, &len, paths[i], &err) < 0) {
			artex__cli_print_error(&err);
			int code = artex__cli_exit_code(err.code);
			worst = code > worst ? code : worst;
			continue;
		}
		if (n > 1)
			printf("== %s\n", paths[i]);
		fwrite(text, 1, len, stdout);
		artex_free(text);
	}
	return fflush(stdout) == 0 ? worst : ARTEX_EXIT_USAGE;
}

#define MAX_BAG_INFO 64

/* convert --bag: the outputs go into the payload of a bag made in a
 * temporary folder beside DIR, renamed to DIR once complete, so that DIR
 * never holds a bag that claims more than it has. */
struct bag {
	const char *dir;
	int include_source;
	const char *info[MAX_BAG_INFO];
	size_t n_info;
	char *tmp;  /* DIR.partial-XXXXXX */
	char *data; /* tmp/data, the batch's output folder */
};

/* Removes a folder tree that this run made; links are removed, never
 * followed. */
static void remove_tree(const char *path)
{
	struct stat st;
	if (lstat(path, &st) != 0)
		return;
	if (S_ISDIR(st.st_mode)) {
		DIR *d = opendir(path);
		struct dirent *de;
		while (d && (de = readdir(d))) {
			if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
				continue;
			size_t n = strlen(path) + strlen(de->d_name) + 2;
			char *child = malloc(n);
			if (!child)
				break;
			snprintf(child, n, "%s/%s", path, de->d_name);
			remove_tree(child);
			free(child);
		}
		if (d)
			closedir(d);
		rmdir(path);
	} else {
		unlink(path);
	}
}

static int bag_start(struct bag *b, const struct artex_input_list *inputs,
                     struct artex_convert_opts *o)
{
	size_t n = strlen(b->dir);
	while (n > 1 && b->dir[n - 1] == '/')
		n--;
	struct stat st;
	DIR *d = opendir(b->dir);
	int empty = 1;
	for (struct dirent *de; d && empty && (de = readdir(d));)
		empty = strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0;
	if (d)
		closedir(d);
	if (lstat(b->dir, &st) == 0 && !(S_ISDIR(st.st_mode) && empty)) {
		fprintf(stderr, "artex convert: --bag %s: it exists; a bag is never written into "
		                "or over another folder\n", b->dir);
		return ARTEX_EXIT_USAGE;
	}
	for (size_t i = 0; b->include_source && i < inputs->count; i++)
		if (strcmp(inputs->items[i].path, "-") == 0) {
			fprintf(stderr, "artex convert: --bag-include-source cannot copy standard "
			                "input; name the file\n");
			return ARTEX_EXIT_USAGE;
		}
	b->tmp = malloc(n + 32);
	b->data = malloc(n + 40);
	if (!b->tmp || !b->data) {
		fprintf(stderr, "artex convert: out of memory\n");
		return ARTEX_EXIT_USAGE;
	}
	snprintf(b->tmp, n + 32, "%.*s.partial-XXXXXX", (int)n, b->dir);
	if (!mkdtemp(b->tmp)) {
		fprintf(stderr, "artex convert: --bag %s: cannot make %s: %s\n", b->dir, b->tmp,
		        strerror(errno));
		free(b->tmp);
		free(b->data);
		b->tmp = b->data = NULL;
		return ARTEX_EXIT_USAGE;
	}
	snprintf(b->data, n + 40, "%s/data", b->tmp);
	o->outdir = b->data;
	return 0;
}

/* Where an input's copy goes in the payload: data/source/, then the
 * input's folders below the one named on the command line, then its file
 * name ("source/2024/article.txt"). */
static char *source_name(const struct artex_input *in)
{
	const char *base = strrchr(in->path, '/');
	base = base ? base + 1 : in->path;
	const char *slash = strrchr(in->stem, '/');
	int dir_len = slash ? (int)(slash - in->stem) + 1 : 0;
	size_t n = strlen("source/") + (size_t)dir_len + strlen(base) + 1;
	char *name = malloc(n);
	if (name)
		snprintf(name, n, "source/%.*s%s", dir_len, in->stem, base);
	return name;
}

/* Completes the bag and moves it into place, or, when any input failed or
 * the run was stopped, removes it: a bag is all the outputs or nothing. */
static int bag_end(struct bag *b, const struct artex_input_list *inputs,
                   const struct artex_convert_opts *o, int rc,
                   const struct artex_convert_stats *stats)
{
	struct artex_error err;
	int ok = rc == 0 && stats->failed == 0 && !stats->interrupted;
	for (size_t i = 0; ok && b->include_source && i < inputs->count; i++) {
		char *name = source_name(&inputs->items[i]);
		if (!name || artex_bag_add_file(b->tmp, name, inputs->items[i].path, &err) < 0) {
			if (name)
				artex__cli_print_error(&err);
			ok = 0;
		}
		free(name);
	}
	if (ok) {
		/* No input at all still gives a bag, with an empty payload. */
		mkdir(b->data, 0777);
		struct artex_bag_opts bo = ARTEX_BAG_OPTS_INIT;
		bo.info = b->info;
		bo.n_info = b->n_info;
		bo.jobs = o->jobs;
		if (artex_bag_finish(b->tmp, &bo, &err) < 0) {
			artex__cli_print_error(&err);
			ok = 0;
		} else if (rename(b->tmp, b->dir) != 0) {
			fprintf(stderr, "artex convert: --bag %s: cannot move %s into place: %s\n",
			        b->dir, b->tmp, strerror(errno));
			ok = 0;
		}
	}
	if (!ok) {
		remove_tree(b->tmp);
		fprintf(stderr, "artex convert: no bag written to %s\n", b->dir);
	}
	free(b->tmp);
	free(b->data);
	return ok ? 0 : -1;
}

/* Names the known formats and the one nearest to what was asked. */
static void unknown_format(const char *kind, const char *name,
                           const char *(*known)(size_t index))
{
	const char *names[64];
	size_t n = 0;
	fprintf(stderr, "artex convert: unknown %s format '%s' (known:", kind, name);
	for (; known(n) && n < 64; n++) {
		names[n] = known(n);
		fprintf(stderr, " %s", names[n]);
	}
	fprintf(stderr, ")\n");
	const char *near = artex__cli_nearest(name, names, n);
	if (near)
		fprintf(stderr, "artex convert: did you mean '%s'?\n", near);
}

static int parse_formats(const char **formats, size_t *n, char *list)
{
	*n = 0;
	for (char *save = NULL, *tok = strtok_r(list, ",", &save); tok;
	     tok = strtok_r(NULL, ",", &save)) {
		if (!artex_exporter_suffix(tok)) {
			unknown_format("output", tok, artex_exporter_name);
			return -1;
		}
		if (*n == MAX_FORMATS)
			return -1;
		formats[(*n)++] = tok;
	}
	if (*n == 0) {
		fprintf(stderr, "artex convert: -t needs at least one format\n");
		return -1;
	}
	return 0;
}

static double seconds_since(const struct timespec *t)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - t->tv_sec) + (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

static void draw_bar(struct progress *p, int final)
{
	double secs = seconds_since(&p->start);
	double rate = secs > 0 ? (double)p->done / secs : 0;
	char eta[32] = "";
	if (p->total && rate > 0 && p->done < p->total)
		snprintf(eta, sizeof eta, "  ETA %.0fs", (double)(p->total - p->done) / rate);
	int width = 30, filled = p->total ? (int)((double)width * (double)p->done /
	                                          (double)p->total) : width;
	fprintf(stderr, "\r[%.*s%*s] %zu/%zu  %.0f articles/s%s\033[K", filled,
	        "##############################", width - filled, "", p->done, p->total, rate,
	        eta);
	if (final)
		fputc('\n', stderr);
}

/* A reader's warning as an error record: the registry's id for content
 * left out or changed, and the line:col a warning may start with. */
static void warning_record(struct artex_error *w, const char *input, const char *text)
{
	memset(w, 0, sizeof *w);
	w->code = ARTEX_OK;
	w->msg_id = ARTEX__MSG_INPUT_LEFT_OUT;
	snprintf(w->file, sizeof w->file, "%s", input);
	int line = 0, col = 0, used = 0;
	if (sscanf(text, "%d:%d: %n", &line, &col, &used) == 2 && used > 0) {
		w->line = line;
		w->column = col;
		text += used;
	} else if (sscanf(text, "%d: %n", &line, &used) == 1 && used > 0) {
		w->line = line; /* XML nodes know their line only */
		text += used;
	}
	/* "… (at /json/pointer)" ends warnings about a place in JSON input. */
	size_t n = strlen(text);
	const char *at = n ? strstr(text, " (at ") : NULL;
	while (at && strstr(at + 1, " (at "))
		at = strstr(at + 1, " (at ");
	if (at && text[n - 1] == ')' && (at[5] == '/' || at[5] == ')')) {
		snprintf(w->pointer, sizeof w->pointer, "%.*s", (int)(text + n - 1 - (at + 5)), at + 5);
		n = (size_t)(at - text);
	}
	snprintf(w->message, sizeof w->message, "%.*s", (int)n, text);
}

/* One input's entry in the CI report. */
static void report_entry(struct artex__report *rep, const struct artex_convert_result *r,
                         int no_warnings)
{
	struct artex_error *warnings = r->n_warnings && !no_warnings
	                                       ? calloc(r->n_warnings, sizeof *warnings) : NULL;
	size_t n_warnings = warnings ? r->n_warnings : 0;
	for (size_t i = 0; i < n_warnings; i++)
		warning_record(&warnings[i], r->input, r->warnings[i]);
	struct artex__report_entry en = {r->input, r->status, r->status < 0 ? r->errors : NULL,
	                                 r->status < 0 ? r->n_errors : 0, warnings, n_warnings};
	artex__report_add(rep, &en);
	free(warnings);
}

static void report(void *ctx, const struct artex_convert_result *r)
{
	struct progress *p = ctx;
	p->done++;
	if (p->rep)
		report_entry(p->rep, r, p->no_warnings);
	if (r->status < 0 && !p->rep) {
		if (p->bar)
			fprintf(stderr, "\r\033[K");
		for (size_t i = 0; i < r->n_errors; i++)
			artex__cli_print_error(&r->errors[i]);
	}
	for (size_t i = 0; i < r->n_warnings && !p->no_warnings && !p->rep; i++) {
		if (p->bar)
			fprintf(stderr, "\r\033[K");
		struct artex_error w;
		warning_record(&w, r->input, r->warnings[i]);
		/* XML nodes know their line only: no column is made up. */
		if (w.line > 0 && w.column > 0)
			fprintf(stderr, "%s:%d:%d: ", w.file, w.line, w.column);
		else if (w.line > 0)
			fprintf(stderr, "%s:%d: ", w.file, w.line);
		else
			fprintf(stderr, "%s: ", w.file);
		fprintf(stderr, "warning[ARTEX-%03d]: %s", w.msg_id, w.message);
		if (w.pointer[0])
			fprintf(stderr, " (at %s)", w.pointer);
		fputc('\n', stderr);
	}
	if (p->verbose)
		for (size_t i = 0; i < r->n_written; i++)
			fprintf(stderr, "wrote %s\n", r->written[i]);
	if (p->bar && (seconds_since(&p->last) > 0.1 || p->done == p->total)) {
		clock_gettime(CLOCK_MONOTONIC, &p->last);
		draw_bar(p, p->done == p->total);
	}
}

static void summary(const struct progress *p, const struct artex_convert_stats *s)
{
	if (p->quiet)
		return;
	double rate = s->seconds > 0 ? (double)(s->converted + s->failed) / s->seconds : 0;
	fprintf(stderr,
	        "%s %zu, failed %zu, skipped %zu in %.2f s (%.0f articles/s, %.1f MB/s)%s\n",
	        p->check_only ? "checked" : "converted", s->converted, s->failed, s->skipped,
	        s->seconds, rate,
	        s->seconds > 0 ? (double)s->bytes / 1e6 / s->seconds : 0.0,
	        s->interrupted ? "; interrupted: rerun with --incremental to finish" : "");
}

/* Why folder walks left files out, so "skipped" is never a mystery. */
static void walk_report(const struct artex_input_list *in)
{
	const struct {
		size_t n;
		const char *why;
	} reasons[] = {
		{in->skipped_unknown, "of no format a reader recognises"},
		{in->skipped_not_included, "not matching --include"},
		{in->skipped_excluded, "matching --exclude"},
		{in->skipped_hidden, "hidden (a name starting with '.')"},
		{in->skipped_special, "neither files nor folders, or unreadable"},
	};
	fprintf(stderr, "skipped in folders:");
	const char *sep = " ";
	for (size_t i = 0; i < sizeof reasons / sizeof reasons[0]; i++)
		if (reasons[i].n) {
			fprintf(stderr, "%s%zu %s", sep, reasons[i].n, reasons[i].why);
			sep = ", ";
		}
	fputc('\n', stderr);
}

static int exit_code(int rc, const struct artex_convert_stats *s)
{
	if (rc < 0)
		return artex__cli_exit_code(rc);
	if (s->interrupted)
		return 130;
	return artex__cli_exit_code(s->worst);
}

int artex__cli_convert(int argc, char **argv)
{
	enum { OPT_INCLUDE = 256, OPT_EXCLUDE, OPT_INCREMENTAL, OPT_FAIL_FAST, OPT_FSYNC,
	       OPT_NDJSON, OPT_BASE_IRI, OPT_PROFILE, OPT_LANG, OPT_PEOPLE, OPT_NO_EXTRACT,
	       OPT_CHECK_ONLY, OPT_FORMAT, OPT_DUMP_BLOCKS, OPT_NO_WARNINGS, OPT_BODY_FROM_DESCRIPTION,
	       OPT_TIMESTAMP, OPT_BAG, OPT_BAG_INCLUDE_SOURCE, OPT_BAG_INFO };
	static const struct option long_opts[] = {
		{"to", required_argument, NULL, 't'},
		{"from", required_argument, NULL, 'f'},
		{"output", required_argument, NULL, 'o'},
		{"jobs", required_argument, NULL, 'j'},
		{"quiet", no_argument, NULL, 'q'},
		{"verbose", no_argument, NULL, 'v'},
		{"include", required_argument, NULL, OPT_INCLUDE},
		{"exclude", required_argument, NULL, OPT_EXCLUDE},
		{"incremental", no_argument, NULL, OPT_INCREMENTAL},
		{"fail-fast", no_argument, NULL, OPT_FAIL_FAST},
		{"fsync", no_argument, NULL, OPT_FSYNC},
		{"ndjson", no_argument, NULL, OPT_NDJSON},
		{"base-iri", required_argument, NULL, OPT_BASE_IRI},
		{"profile", required_argument, NULL, OPT_PROFILE},
		{"lang", required_argument, NULL, OPT_LANG},
		{"people", required_argument, NULL, OPT_PEOPLE},
		{"no-extract", no_argument, NULL, OPT_NO_EXTRACT},
		{"check-only", no_argument, NULL, OPT_CHECK_ONLY},
		{"format", required_argument, NULL, OPT_FORMAT},
		{"dump-blocks", no_argument, NULL, OPT_DUMP_BLOCKS},
		{"no-warnings", no_argument, NULL, OPT_NO_WARNINGS},
		{"body-from-description", no_argument, NULL, OPT_BODY_FROM_DESCRIPTION},
		{"timestamp", no_argument, NULL, OPT_TIMESTAMP},
		{"bag", required_argument, NULL, OPT_BAG},
		{"bag-include-source", no_argument, NULL, OPT_BAG_INCLUDE_SOURCE},
		{"bag-info", required_argument, NULL, OPT_BAG_INFO},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	struct artex_convert_opts o = ARTEX_CONVERT_OPTS_INIT;
	struct bag bag = {0};
	const char *formats[MAX_FORMATS];
	const char *include[MAX_GLOBS + 1] = {0}, *exclude[MAX_GLOBS + 1] = {0};
	size_t n_include = 0, n_exclude = 0;
	struct progress p = {0};
	int ndjson = 0, dump_blocks = 0, c;
	enum artex__report_format report_format = ARTEX_REPORT_TEXT;
	optind = 1;
	while ((c = getopt_long(argc, argv, "t:f:o:j:qvh", long_opts, NULL)) != -1) {
		switch (c) {
		case 't':
			if (parse_formats(formats, &o.n_formats, optarg) < 0)
				return ARTEX_EXIT_USAGE;
			o.formats = formats;
			break;
		case 'f':
			o.input_format = optarg;
			break;
		case 'o':
			o.outdir = optarg;
			break;
		case 'j': {
			char *end;
			long j = strtol(optarg, &end, 10);
			if (*end || j < 1 || j > 1024) {
				fprintf(stderr, "artex convert: -j takes a number from 1 to 1024\n");
				return ARTEX_EXIT_USAGE;
			}
			o.jobs = (int)j;
			break;
		}
		case 'q':
			p.quiet = 1;
			break;
		case 'v':
			p.verbose = 1;
			break;
		case OPT_INCLUDE:
		case OPT_EXCLUDE:
			if ((c == OPT_INCLUDE ? n_include : n_exclude) == MAX_GLOBS) {
				fprintf(stderr, "artex convert: at most %d globs each\n", MAX_GLOBS);
				return ARTEX_EXIT_USAGE;
			}
			if (c == OPT_INCLUDE)
				include[n_include++] = optarg;
			else
				exclude[n_exclude++] = optarg;
			break;
		case OPT_INCREMENTAL:
			o.incremental = 1;
			break;
		case OPT_FAIL_FAST:
			o.fail_fast = 1;
			break;
		case OPT_FSYNC:
			o.fsync_each = 1;
			break;
		case OPT_NDJSON:
			ndjson = 1;
			break;
		case OPT_BASE_IRI:
			o.export_opts.base_iri = optarg;
			break;
		case OPT_PROFILE:
			if (strcmp(optarg, "plain") == 0) {
				o.export_opts.plain = 1;
			} else if (strcmp(optarg, "full") != 0) {
				fprintf(stderr, "artex convert: unknown profile '%s' (known: full, plain)\n",
				        optarg);
				return ARTEX_EXIT_USAGE;
			}
			break;
		case OPT_LANG:
			o.extract_opts.language = optarg;
			break;
		case OPT_PEOPLE:
			o.extract_opts.people_file = optarg;
			break;
		case OPT_NO_EXTRACT:
			o.no_extract = 1;
			break;
		case OPT_CHECK_ONLY:
			o.check_only = 1;
			p.check_only = 1;
			break;
		case OPT_FORMAT:
			if (artex__report_format_parse(&report_format, optarg) < 0) {
				fprintf(stderr, "artex convert: unknown report format '%s' ("
				                ARTEX_REPORT_FORMAT_NAMES ")\n", optarg);
				return ARTEX_EXIT_USAGE;
			}
			break;
		case OPT_DUMP_BLOCKS:
			dump_blocks = 1;
			break;
		case OPT_NO_WARNINGS:
			p.no_warnings = 1;
			break;
		case OPT_BODY_FROM_DESCRIPTION:
			o.read_opts.body_from_description = 1;
			break;
		case OPT_TIMESTAMP:
			o.provenance_date = 1;
			break;
		case OPT_BAG:
			bag.dir = optarg;
			break;
		case OPT_BAG_INCLUDE_SOURCE:
			bag.include_source = 1;
			break;
		case OPT_BAG_INFO: {
			struct artex_error e;
			if (artex_bag_info_check(optarg, &e) < 0) {
				fprintf(stderr, "artex convert: --bag-info: %s\n", e.message);
				return ARTEX_EXIT_USAGE;
			}
			if (bag.n_info == MAX_BAG_INFO) {
				fprintf(stderr, "artex convert: at most %d --bag-info\n", MAX_BAG_INFO);
				return ARTEX_EXIT_USAGE;
			}
			bag.info[bag.n_info++] = optarg;
			break;
		}
		case 'h':
			convert_usage(stdout);
			return ARTEX_EXIT_OK;
		default:
			artex__cli_bad_option("convert", argv[optind - 1], long_opts);
			return ARTEX_EXIT_USAGE;
		}
	}
	if (o.input_format) {
		size_t i = 0;
		while (artex_reader_name(i) && strcmp(artex_reader_name(i), o.input_format) != 0)
			i++;
		if (!artex_reader_name(i)) {
			unknown_format("input", o.input_format, artex_reader_name);
			return ARTEX_EXIT_USAGE;
		}
	}
	if (report_format != ARTEX_REPORT_TEXT && !o.check_only) {
		fprintf(stderr, "artex convert: --format needs --check-only\n");
		return ARTEX_EXIT_USAGE;
	}
	if (dump_blocks)
		return dump_pages(argc - optind, argv + optind);
	if ((bag.include_source || bag.n_info) && !bag.dir) {
		fprintf(stderr, "artex convert: --bag-include-source and --bag-info need --bag DIR\n");
		return ARTEX_EXIT_USAGE;
	}
	if (bag.dir && (o.outdir || ndjson || o.check_only)) {
		fprintf(stderr, "artex convert: --bag writes its own folder; it takes no -o, "
		                "--ndjson or --check-only\n");
		return ARTEX_EXIT_USAGE;
	}
	if (o.check_only && ndjson) {
		fprintf(stderr, "artex convert: --check-only does not apply to --ndjson\n");
		return ARTEX_EXIT_USAGE;
	}
	struct sigaction sa = {.sa_handler = on_sigint};
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	o.cancelled = cancelled;
	o.report = report;
	o.ctx = &p;
	p.bar = !p.quiet && isatty(STDERR_FILENO);
	clock_gettime(CLOCK_MONOTONIC, &p.start);
	struct artex_convert_stats stats;
	struct artex_error err;
	int rc;

	if (ndjson) {
		if (optind != argc) {
			fprintf(stderr, "artex convert: --ndjson reads standard input and takes no INPUT\n");
			return ARTEX_EXIT_USAGE;
		}
		p.bar = 0;
		rc = artex_convert_ndjson(STDIN_FILENO, STDOUT_FILENO, &o, &stats, &err);
		if (rc < 0)
			artex__cli_print_error(&err);
		summary(&p, &stats);
		return exit_code(rc, &stats);
	}

	/* Like other filters: with no INPUT, read a pipe or a redirected file,
	 * but never wait on a terminal. */
	static char stdin_arg[] = "-";
	char *stdin_only[] = {stdin_arg};
	if (optind == argc) {
		if (isatty(STDIN_FILENO)) {
			convert_usage(stderr);
			return ARTEX_EXIT_USAGE;
		}
		argv = stdin_only;
		argc = 1;
		optind = 0;
	}
	if (report_format != ARTEX_REPORT_TEXT &&
	    !(p.rep = artex__report_new(report_format, "artex.convert"))) {
		fprintf(stderr, "artex convert: out of memory\n");
		return ARTEX_EXIT_USAGE;
	}
	struct artex_input_list inputs = {0};
	int unlisted = 0; /* status of an input that could not be listed */
	for (int i = optind; i < argc; i++) {
		if (artex_input_list_add(&inputs, argv[i], include, exclude, o.outdir, &err) < 0) {
			/* A CI report names every input it could not read and goes
			 * on with the others. */
			if (p.rep) {
				struct artex__report_entry en = {argv[i], err.code, &err, 1, NULL, 0};
				artex__report_add(p.rep, &en);
				unlisted = err.code;
				continue;
			}
			artex__cli_print_error(&err);
			artex_input_list_dispose(&inputs);
			return artex__cli_exit_code(err.code);
		}
	}
	size_t walk_skipped = inputs.skipped_excluded + inputs.skipped_not_included +
	                      inputs.skipped_unknown + inputs.skipped_hidden + inputs.skipped_special;
	size_t folders = 0;
	for (int i = optind; i < argc; i++) {
		struct stat st;
		folders += stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode);
	}
	if (n_include && folders && inputs.included == 0) {
		fprintf(stderr, "artex convert: --include matched no file in the folders given\n");
		artex_input_list_dispose(&inputs);
		return ARTEX_EXIT_USAGE;
	}
	/* --check-only writes nothing, standard output included */
	o.to_stdout = !o.check_only && inputs.count == 1 && o.n_formats == 1 && !o.outdir &&
	              argc - optind == 1;
	p.total = inputs.count;
	if (bag.dir && (rc = bag_start(&bag, &inputs, &o)) != 0) {
		artex_input_list_dispose(&inputs);
		return rc;
	}
	rc = artex_convert_batch(&inputs, &o, &stats, &err);
	if (rc < 0)
		artex__cli_print_error(&err);
	/* A bag that failed on its own, not for an input's sake, is an I/O
	 * failure. */
	if (bag.dir && bag_end(&bag, &inputs, &o, rc, &stats) < 0 && rc == 0 && !stats.failed &&
	    !stats.interrupted)
		rc = ARTEX_EIO;
	if (p.rep && artex__report_finish(p.rep) < 0) {
		fprintf(stderr, "artex convert: out of memory writing the report\n");
		rc = ARTEX_ENOMEM;
	}
	if (p.bar && p.done < p.total)
		draw_bar(&p, 1);
	stats.skipped += walk_skipped;
	if (!o.to_stdout || stats.failed)
		summary(&p, &stats);
	if (walk_skipped && !p.quiet)
		walk_report(&inputs);
	artex_input_list_dispose(&inputs);
	int code = exit_code(rc, &stats);
	if (unlisted < 0 && code < ARTEX_EXIT_USAGE)
		code = artex__cli_exit_code(unlisted);
	return code;
}
