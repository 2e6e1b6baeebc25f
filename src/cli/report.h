/* Per-file reports for CI, shared by `artex validate` and `artex convert
 * --check-only`: text, JSON ("basic" output), JUnit XML, GitHub workflow
 * commands and SARIF 2.1.0.
 *
 * Ownership: the report copies what it needs from each entry, so the
 * caller may free an entry's errors as soon as artex__report_add returns. */
#ifndef ARTEX_CLI_REPORT_H
#define ARTEX_CLI_REPORT_H

#include <stddef.h>

#include "artex.h"

enum artex__report_format {
	ARTEX_REPORT_TEXT,
	ARTEX_REPORT_JSON,
	ARTEX_REPORT_JUNIT,
	ARTEX_REPORT_GITHUB,
	ARTEX_REPORT_SARIF
};

/* Ids from src/util/messages.yaml that the CLI names itself. An id never
 * changes its meaning; tests/cli/test_reports.py checks these against the
 * registry. */
enum {
	ARTEX__MSG_IO_READ = 1,
	ARTEX__MSG_USAGE = 3,
	ARTEX__MSG_OUT_OF_MEMORY = 6,
	ARTEX__MSG_INPUT_LEFT_OUT = 7,
	ARTEX__MSG_SCHEMA_INVALID = 40,
	ARTEX__MSG_SCHEMA_LOAD = 41
};

/* The names --format accepts, for usage texts. */
#define ARTEX_REPORT_FORMAT_NAMES "text, json, junit, github, sarif"

/* One file's outcome. */
struct artex__report_entry {
	const char *file; /* as named on the command line */
	/* 0: valid. ARTEX_EINVALID or ARTEX_EPARSE: the data is invalid and
	 * `errors` says why. Any other negative status: the file could not be
	 * checked (I/O, usage, schema), errors[0] says why. */
	int status;
	const struct artex_error *errors;
	size_t n_errors;
	/* Advice that never changes the outcome (code ARTEX_OK). */
	const struct artex_error *warnings;
	size_t n_warnings;
};

struct artex__report;

/* Parses a --format value into *out; -1 for an unknown name. */
int artex__report_format_parse(enum artex__report_format *out, const char *name);

/* A report written to stdout. `suite` names the run in JUnit
 * ("artex.validate"). Text and JSON report each file when it is added,
 * GitHub too; JUnit and SARIF need totals first and write everything at
 * artex__report_finish. NULL when out of memory. */
struct artex__report *artex__report_new(enum artex__report_format format, const char *suite);

/* Adds one file's outcome; reports in the order added. */
void artex__report_add(struct artex__report *r, const struct artex__report_entry *entry);

/* Writes what is left and frees the report. Returns 0, or -1 when memory
 * ran out on the way (the report is then incomplete). */
int artex__report_finish(struct artex__report *r);

/* Frees the report without writing anything more. NULL is allowed. */
void artex__report_free(struct artex__report *r);

#endif
