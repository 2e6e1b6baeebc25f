#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "artex.h"
#include "cli/cli.h"

#define MAX_FORMATS 16

struct convert_opts {
	const char *formats[MAX_FORMATS];
	size_t n_formats;
	const char *input_format;
	const char *outdir;
	int quiet;
	struct artex_export_opts export;
};

static void convert_usage(FILE *f)
{
	fprintf(f, "usage: artex convert [-t FORMATS] [-f FORMAT] [-o DIR] [-q] INPUT...\n\n"
	           "Reads each INPUT (\"-\" is standard input) and writes DIR/STEM.SUFFIX for\n"
	           "every output format, STEM being the input's name without its extension.\n"
	           "With one input, one format and no -o, the output goes to standard output.\n"
	           "Files are written through a temporary file and a rename, and every output\n"
	           "is checked before it is written.\n\n"
	           "  -t, --to FORMATS     comma-separated output formats (default: all):");
	for (size_t i = 0; artex_exporter_name(i); i++)
		fprintf(f, " %s", artex_exporter_name(i));
	fprintf(f, "\n  -f, --from FORMAT    input format (default: by file name, else detected):");
	for (size_t i = 0; artex_reader_name(i); i++)
		fprintf(f, " %s", artex_reader_name(i));
	fprintf(f, "\n  -o, --output DIR     folder for the outputs (default: .)\n"
	           "      --base-iri IRI   base of the JSON-LD and N-Quads node IRIs (default: the\n"
	           "                       article's URL, else a urn: from its content)\n"
	           "      --profile plain  JSON-LD with schema.org terms only (no annotations)\n"
	           "  -q, --quiet          do not list the files written\n"
	           "  -h, --help           show this help\n\n"
	           "exit codes: 0 ok, 1 invalid input or output data, 2 usage or I/O error\n");
}

static int parse_formats(struct convert_opts *o, char *list)
{
	o->n_formats = 0;
	for (char *save = NULL, *tok = strtok_r(list, ",", &save); tok;
	     tok = strtok_r(NULL, ",", &save)) {
		if (!artex_exporter_suffix(tok)) {
			fprintf(stderr, "artex convert: unknown output format '%s' (known:", tok);
			for (size_t i = 0; artex_exporter_name(i); i++)
				fprintf(stderr, " %s", artex_exporter_name(i));
			fprintf(stderr, ")\n");
			return -1;
		}
		if (o->n_formats == MAX_FORMATS)
			return -1;
		o->formats[o->n_formats++] = tok;
	}
	if (o->n_formats == 0) {
		fprintf(stderr, "artex convert: -t needs at least one format\n");
		return -1;
	}
	return 0;
}

/* STEM of an input: its base name without the last extension. */
static char *output_path(const char *outdir, const char *input, const char *suffix)
{
	const char *base = strrchr(input, '/');
	base = base ? base + 1 : input;
	if (strcmp(input, "-") == 0)
		base = "stdin";
	const char *dot = strrchr(base, '.');
	size_t stem = dot && dot != base ? (size_t)(dot - base) : strlen(base);
	size_t size = strlen(outdir) + 1 + stem + strlen(suffix) + 1;
	char *path = malloc(size);
	if (path)
		snprintf(path, size, "%s/%.*s%s", outdir, (int)stem, base, suffix);
	return path;
}

static int same_file(const char *a, const char *b)
{
	struct stat sa, sb;
	return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
	       sa.st_ino == sb.st_ino;
}

static int write_stdout(const char *data, size_t len)
{
	if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0) {
		fprintf(stderr, "artex: error writing to standard output\n");
		return ARTEX_EXIT_USAGE;
	}
	return ARTEX_EXIT_OK;
}

/* Exports every format first and writes only when all passed, so an input
 * whose outputs fail leaves no file behind. */
static int convert_one(const struct convert_opts *o, const char *input, int to_stdout)
{
	struct artex_error err;
	struct artex_article *art;
	int rc = artex_article_read_file(&art, input, o->input_format, &err);
	if (rc < 0) {
		artex__cli_print_error(&err);
		return artex__cli_exit_code(rc);
	}
	char *data[MAX_FORMATS] = {0};
	size_t len[MAX_FORMATS] = {0};
	int code = ARTEX_EXIT_OK;
	for (size_t i = 0; i < o->n_formats && code == ARTEX_EXIT_OK; i++) {
		rc = artex_article_export(&data[i], &len[i], art, o->formats[i], &o->export, &err);
		if (rc < 0) {
			if (!err.file[0])
				snprintf(err.file, sizeof err.file, "%s", input);
			artex__cli_print_error(&err);
			code = artex__cli_exit_code(rc);
		}
	}
	for (size_t i = 0; i < o->n_formats && code == ARTEX_EXIT_OK; i++) {
		if (to_stdout) {
			code = write_stdout(data[i], len[i]);
			break;
		}
		char *path = output_path(o->outdir, input, artex_exporter_suffix(o->formats[i]));
		if (!path) {
			fprintf(stderr, "artex: out of memory\n");
			code = ARTEX_EXIT_USAGE;
		} else if (same_file(path, input)) {
			fprintf(stderr, "%s: error: output would overwrite the input; choose another -o\n",
			        path);
			code = ARTEX_EXIT_USAGE;
		} else if (artex_file_write_atomic(path, data[i], len[i], &err) < 0) {
			artex__cli_print_error(&err);
			code = artex__cli_exit_code(err.code);
		} else if (!o->quiet) {
			fprintf(stderr, "wrote %s\n", path);
		}
		free(path);
	}
	for (size_t i = 0; i < o->n_formats; i++)
		free(data[i]);
	artex_article_free(art);
	return code;
}

int artex__cli_convert(int argc, char **argv)
{
	static const struct option long_opts[] = {
		{"to", required_argument, NULL, 't'},
		{"from", required_argument, NULL, 'f'},
		{"output", required_argument, NULL, 'o'},
		{"quiet", no_argument, NULL, 'q'},
		{"base-iri", required_argument, NULL, 'B'},
		{"profile", required_argument, NULL, 'P'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	struct convert_opts o = {.outdir = NULL};
	char *format_list = NULL;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "t:f:o:qh", long_opts, NULL)) != -1) {
		switch (c) {
		case 't':
			format_list = optarg;
			break;
		case 'f':
			o.input_format = optarg;
			break;
		case 'o':
			o.outdir = optarg;
			break;
		case 'q':
			o.quiet = 1;
			break;
		case 'B':
			o.export.base_iri = optarg;
			break;
		case 'P':
			if (strcmp(optarg, "plain") == 0) {
				o.export.plain = 1;
			} else if (strcmp(optarg, "full") != 0) {
				fprintf(stderr, "artex convert: unknown profile '%s' (known: full, plain)\n",
				        optarg);
				return ARTEX_EXIT_USAGE;
			}
			break;
		case 'h':
			convert_usage(stdout);
			return ARTEX_EXIT_OK;
		default:
			convert_usage(stderr);
			return ARTEX_EXIT_USAGE;
		}
	}
	if (format_list) {
		if (parse_formats(&o, format_list) < 0)
			return ARTEX_EXIT_USAGE;
	} else {
		for (size_t i = 0; artex_exporter_name(i) && o.n_formats < MAX_FORMATS; i++)
			o.formats[o.n_formats++] = artex_exporter_name(i);
	}
	if (o.input_format) {
		size_t i = 0;
		while (artex_reader_name(i) && strcmp(artex_reader_name(i), o.input_format) != 0)
			i++;
		if (!artex_reader_name(i)) {
			fprintf(stderr, "artex convert: unknown input format '%s'\n", o.input_format);
			return ARTEX_EXIT_USAGE;
		}
	}
	int n_inputs = argc - optind;
	if (n_inputs < 1) {
		convert_usage(stderr);
		return ARTEX_EXIT_USAGE;
	}
	int to_stdout = n_inputs == 1 && o.n_formats == 1 && !o.outdir;
	if (!o.outdir)
		o.outdir = ".";
	struct stat st;
	if (!to_stdout && (stat(o.outdir, &st) != 0 || !S_ISDIR(st.st_mode))) {
		fprintf(stderr, "%s: error: output folder does not exist\n", o.outdir);
		return ARTEX_EXIT_USAGE;
	}
	int worst = ARTEX_EXIT_OK;
	for (int i = optind; i < argc; i++) {
		int code = convert_one(&o, argv[i], to_stdout);
		if (code > worst)
			worst = code;
	}
	return worst;
}
