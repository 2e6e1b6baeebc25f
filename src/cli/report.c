/* CI report formats. Everything here writes text for other programs to parse
 * (JUnit readers, the GitHub runner, SARIF viewers), so every string goes
 * through an escaper for its format, and bytes that are not UTF-8 become
 * U+FFFD: a file name or a libxml2 message may hold anything, and one bad
 * byte would make the whole report unreadable. */
#include "cli/report.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The project has no web home yet; SARIF wants a URI for the tool, and
 * this is the one the JSON-LD exporter already uses for artex itself. */
#define ARTEX_INFORMATION_URI "urn:artex:software:artex"

struct artex__report {
	enum artex__report_format format;
	const char *suite;
	/* JUnit and SARIF: the body, written once the totals are known */
	char *body;
	size_t body_len;
	FILE *mem;
	size_t files, failures, errors, warnings;
	int not_run;      /* a file could not be checked at all */
	int *rule_ids;    /* SARIF: ids used, sorted */
	size_t n_rules, cap_rules;
	int oom;
};

int artex__report_format_parse(enum artex__report_format *out, const char *name)
{
	static const struct {
		const char *name;
		enum artex__report_format format;
	} names[] = {{"text", ARTEX_REPORT_TEXT}, {"json", ARTEX_REPORT_JSON},
	             {"junit", ARTEX_REPORT_JUNIT}, {"github", ARTEX_REPORT_GITHUB},
	             {"sarif", ARTEX_REPORT_SARIF}};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(names[i].name, name) == 0) {
			*out = names[i].format;
			return 0;
		}
	return -1;
}

/* Every reported problem carries an id. The library sets one on each error
 * it raises; this covers anything that slipped through, by its status. */
static int msg_id_of(const struct artex_error *e)
{
	if (e->msg_id > 0)
		return e->msg_id;
	switch (e->code) {
	case ARTEX_ENOMEM:
		return ARTEX__MSG_OUT_OF_MEMORY;
	case ARTEX_EIO:
		return ARTEX__MSG_IO_READ;
	case ARTEX_EUSAGE:
		return ARTEX__MSG_USAGE;
	case ARTEX_ESCHEMA:
		return ARTEX__MSG_SCHEMA_LOAD;
	default:
		return ARTEX__MSG_SCHEMA_INVALID;
	}
}

static int is_warning(const struct artex_error *e)
{
	return e->code == ARTEX_OK;
}

/* Length of the well-formed UTF-8 sequence at p (at most `avail` bytes),
 * 0 when there is none; *cp gets the code point. */
static size_t utf8_seq(const unsigned char *p, size_t avail, uint32_t *cp)
{
	if (p[0] < 0x80) {
		*cp = p[0];
		return 1;
	}
	size_t n;
	uint32_t c, min;
	if ((p[0] & 0xE0) == 0xC0) {
		n = 2, c = p[0] & 0x1F, min = 0x80;
	} else if ((p[0] & 0xF0) == 0xE0) {
		n = 3, c = p[0] & 0x0F, min = 0x800;
	} else if ((p[0] & 0xF8) == 0xF0) {
		n = 4, c = p[0] & 0x07, min = 0x10000;
	} else {
		return 0;
	}
	if (n > avail)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		c = c << 6 | (p[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return n;
}

static void put_json_string(FILE *f, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s);
	fputc('"', f);
	while (len) {
		uint32_t c;
		size_t n = utf8_seq(p, len, &c);
		if (n == 0) {
			fputs("\\ufffd", f);
			p++, len--;
			continue;
		}
		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", (int)c);
		else if (c == '\n')
			fputs("\\n", f);
		else if (c == '\r')
			fputs("\\r", f);
		else if (c == '\t')
			fputs("\\t", f);
		else if (c < 0x20)
			fprintf(f, "\\u%04x", (unsigned)c);
		else
			fwrite(p, 1, n, f);
		p += n, len -= n;
	}
	fputc('"', f);
}

/* As put_json_string, with the line breaks inside a paragraph made spaces:
 * the registry wraps explanations for a terminal, viewers wrap for
 * themselves. */
static void put_json_paragraphs(FILE *f, const char *s)
{
	size_t n = strlen(s);
	char *copy = malloc(n + 1);
	if (!copy) {
		put_json_string(f, s);
		return;
	}
	for (size_t i = 0; i <= n; i++)
		copy[i] = s[i] == '\n' && (i == 0 || s[i - 1] != '\n') && s[i + 1] != '\n' ? ' '
		                                                                         : s[i];
	put_json_string(f, copy);
	free(copy);
}

/* XML 1.0 text or attribute value (attr: also quotes and line ends, which
 * attribute normalisation would otherwise turn into spaces). */
static void put_xml(FILE *f, const char *s, int attr)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s);
	while (len) {
		uint32_t c;
		size_t n = utf8_seq(p, len, &c);
		if (n == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE ||
		    c == 0xFFFF) {
			fputs("\xEF\xBF\xBD", f); /* no XML 1.0 document can hold these */
			p += n ? n : 1, len -= n ? n : 1;
			continue;
		}
		switch (c) {
		case '&': fputs("&amp;", f); break;
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '"': fputs(attr ? "&quot;" : "\"", f); break;
		case '\r': fputs("&#13;", f); break;
		case '\n': fputs(attr ? "&#10;" : "\n", f); break;
		case '\t': fputs(attr ? "&#9;" : "\t", f); break;
		default: fwrite(p, 1, n, f);
		}
		p += n, len -= n;
	}
}

/* GitHub workflow command escaping, as @actions/core does it: data escapes
 * %, CR and LF; property values also ':' and ','. */
static void put_github(FILE *f, const char *s, int property)
{
	for (const char *p = s; *p; p++) {
		switch (*p) {
		case '%': fputs("%25", f); break;
		case '\r': fputs("%0D", f); break;
		case '\n': fputs("%0A", f); break;
		case ':': fputs(property ? "%3A" : ":", f); break;
		case ',': fputs(property ? "%2C" : ",", f); break;
		default: fputc(*p, f);
		}
	}
}

/* A path as a relative URI reference: everything outside RFC 3986's
 * unreserved characters, sub-delims, '@' and '/' is percent-encoded (':'
 * too, so that "a:b" is not read as a scheme). */
static void put_uri_path(FILE *f, const char *path)
{
	static const char keep[] = "-._~!$&'()*+,;=@/";
	fputc('"', f);
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		    strchr(keep, *p))
			fputc(*p, f);
		else
			fprintf(f, "%%%02X", *p);
	}
	fputc('"', f);
}

/* The message with its JSON Pointer, as every format shows it. */
static void message_text(char *buf, size_t size, const struct artex_error *e)
{
	if (e->pointer[0])
		snprintf(buf, size, "%s (at %s)", e->message, e->pointer);
	else
		snprintf(buf, size, "%s", e->message);
}

/* "file:line:col: error[ARTEX-NNN]: message (at /pointer)" */
static void format_line(char *buf, size_t size, const char *file, const struct artex_error *e)
{
	struct artex_error c = *e;
	c.msg_id = msg_id_of(e);
	if (!c.file[0])
		snprintf(c.file, sizeof c.file, "%s", file);
	artex_error_format(buf, size, &c);
}

/* ---- text and JSON: one file at a time ---- */

static void add_text(const struct artex__report_entry *en)
{
	char line[2048];
	if (en->status == ARTEX_EINVALID) {
		for (size_t k = 0; k < en->n_errors; k++) {
			const struct artex_error *e = &en->errors[k];
			printf("%s:", en->file);
			if (e->line > 0)
				printf("%d:", e->line);
			if (e->line > 0 && e->column > 0)
				printf("%d:", e->column);
			printf(" error[ARTEX-%03d]: %s", msg_id_of(e), e->message);
			/* JSON errors always have a place in the instance and the
			 * schema; XML errors have neither. */
			if (e->keyword[0] || e->pointer[0])
				printf(" [at %s] (keyword %s)", e->pointer[0] ? e->pointer : "/",
				       e->keyword[0] ? e->keyword : "/");
			putchar('\n');
		}
	} else if (en->status < 0) {
		for (size_t k = 0; k < en->n_errors; k++) {
			format_line(line, sizeof line, en->file, &en->errors[k]);
			fprintf(stderr, "%s\n", line);
		}
	}
	for (size_t k = 0; k < en->n_warnings; k++) {
		format_line(line, sizeof line, en->file, &en->warnings[k]);
		printf("%s\n", line);
	}
}

static void put_json_unit(const struct artex_error *e)
{
	fputs("{\"keywordLocation\":", stdout);
	put_json_string(stdout, e->keyword);
	fputs(",\"instanceLocation\":", stdout);
	put_json_string(stdout, e->pointer);
	fputs(",\"error\":", stdout);
	put_json_string(stdout, e->message);
	printf(",\"messageId\":\"ARTEX-%03d\"", msg_id_of(e));
	if (e->line > 0)
		printf(",\"line\":%d,\"column\":%d", e->line, e->column);
	fputc('}', stdout);
}

/* The JSON Schema "basic" output, one object per file and line, with
 * "file", "line", "column" and "messageId" added. */
static void add_json(const struct artex__report_entry *en)
{
	fputs("{\"file\":", stdout);
	put_json_string(stdout, en->file);
	printf(",\"valid\":%s", en->status == 0 ? "true" : "false");
	if (en->status != 0) {
		fputs(",\"errors\":[", stdout);
		for (size_t k = 0; k < en->n_errors; k++) {
			if (k)
				fputc(',', stdout);
			put_json_unit(&en->errors[k]);
		}
		fputc(']', stdout);
	}
	/* Warnings are no part of the "basic" output; a reader of the JSON
	 * alone still learns of them through this extra member. */
	if (en->n_warnings) {
		fputs(",\"warnings\":[", stdout);
		for (size_t k = 0; k < en->n_warnings; k++) {
			if (k)
				fputc(',', stdout);
			put_json_unit(&en->warnings[k]);
		}
		fputc(']', stdout);
	}
	fputs("}\n", stdout);
	/* Advice is not part of the "basic" output; it goes beside it. */
	char line[2048];
	for (size_t k = 0; k < en->n_warnings; k++) {
		format_line(line, sizeof line, en->file, &en->warnings[k]);
		fprintf(stderr, "%s\n", line);
	}
}

/* ---- GitHub workflow commands ---- */

static void put_github_command(const char *file, const struct artex_error *e)
{
	char text[1024];
	char id[24];
	snprintf(id, sizeof id, "ARTEX-%03d", msg_id_of(e));
	fputs(is_warning(e) ? "::warning file=" : "::error file=", stdout);
	put_github(stdout, e->file[0] ? e->file : file, 1);
	if (e->line > 0) {
		printf(",line=%d", e->line);
		if (e->column > 0)
			printf(",col=%d", e->column);
	}
	fputs(",title=", stdout);
	put_github(stdout, id, 1);
	fputs("::", stdout);
	message_text(text, sizeof text, e);
	put_github(stdout, text, 0);
	putchar('\n');
}

static void add_github(const struct artex__report_entry *en)
{
	for (size_t k = 0; en->status != 0 && k < en->n_errors; k++)
		put_github_command(en->file, &en->errors[k]);
	for (size_t k = 0; k < en->n_warnings; k++)
		put_github_command(en->file, &en->warnings[k]);
}

/* ---- JUnit XML ---- */

static void add_junit(struct artex__report *r, const struct artex__report_entry *en)
{
	FILE *f = r->mem;
	char line[2048];
	fprintf(f, "    <testcase classname=\"");
	put_xml(f, r->suite, 1);
	fputs("\" name=\"", f);
	put_xml(f, en->file, 1);
	fputs("\" file=\"", f);
	put_xml(f, en->file, 1);
	fputs("\">\n", f);
	if (en->status != 0) {
		/* Invalid data is a failed test; a file that could not be checked
		 * is an error of the run. */
		int failure = en->status == ARTEX_EINVALID || en->status == ARTEX_EPARSE;
		const struct artex_error *first = en->n_errors ? &en->errors[0] : NULL;
		char type[24] = "";
		if (first)
			snprintf(type, sizeof type, "ARTEX-%03d", msg_id_of(first));
		fprintf(f, "      <%s message=\"", failure ? "failure" : "error");
		if (first) {
			message_text(line, sizeof line, first);
			if (en->n_errors > 1) {
				char more[64];
				snprintf(more, sizeof more, " (and %zu more)", en->n_errors - 1);
				strncat(line, more, sizeof line - strlen(line) - 1);
			}
		} else {
			snprintf(line, sizeof line, "invalid");
		}
		put_xml(f, line, 1);
		fputs("\" type=\"", f);
		put_xml(f, type, 1);
		fputs("\">", f);
		for (size_t k = 0; k < en->n_errors; k++) {
			format_line(line, sizeof line, en->file, &en->errors[k]);
			put_xml(f, line, 0);
			fputc('\n', f);
		}
		fprintf(f, "</%s>\n", failure ? "failure" : "error");
	}
	if (en->n_warnings) {
		fputs("      <system-out>", f);
		for (size_t k = 0; k < en->n_warnings; k++) {
			format_line(line, sizeof line, en->file, &en->warnings[k]);
			put_xml(f, line, 0);
			fputc('\n', f);
		}
		fputs("</system-out>\n", f);
	}
	fputs("    </testcase>\n", f);
}

static void finish_junit(struct artex__report *r)
{
	printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
	printf("<testsuites name=\"artex\" tests=\"%zu\" failures=\"%zu\" errors=\"%zu\">\n",
	       r->files, r->failures, r->errors);
	printf("  <testsuite name=\"");
	put_xml(stdout, r->suite, 1);
	printf("\" tests=\"%zu\" failures=\"%zu\" errors=\"%zu\" skipped=\"0\">\n", r->files,
	       r->failures, r->errors);
	if (r->body_len)
		fwrite(r->body, 1, r->body_len, stdout);
	printf("  </testsuite>\n</testsuites>\n");
}

/* ---- SARIF 2.1.0 ---- */

static void use_rule(struct artex__report *r, int id)
{
	size_t i = 0;
	while (i < r->n_rules && r->rule_ids[i] < id)
		i++;
	if (i < r->n_rules && r->rule_ids[i] == id)
		return;
	if (r->n_rules == r->cap_rules) {
		size_t cap = r->cap_rules ? r->cap_rules * 2 : 16;
		int *p = realloc(r->rule_ids, cap * sizeof *p);
		if (!p) {
			r->oom = 1;
			return;
		}
		r->rule_ids = p;
		r->cap_rules = cap;
	}
	memmove(r->rule_ids + i + 1, r->rule_ids + i, (r->n_rules - i) * sizeof *r->rule_ids);
	r->rule_ids[i] = id;
	r->n_rules++;
}

static void put_sarif_result(struct artex__report *r, const char *file, const struct artex_error *e)
{
	FILE *f = r->mem;
	char text[1024];
	int id = msg_id_of(e);
	use_rule(r, id);
	if (ftell(f) > 0)
		fputs(",\n", f);
	fprintf(f, "        {\"ruleId\": \"ARTEX-%03d\", \"level\": \"%s\", \"message\": {\"text\": ",
	        id, is_warning(e) ? "warning" : "error");
	message_text(text, sizeof text, e);
	put_json_string(f, text);
	fputs("},\n         \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ",
	      f);
	put_uri_path(f, e->file[0] ? e->file : file);
	fputc('}', f);
	if (e->line > 0) {
		fprintf(f, ", \"region\": {\"startLine\": %d", e->line);
		if (e->column > 0)
			fprintf(f, ", \"startColumn\": %d", e->column);
		fputc('}', f);
	}
	fputs("}}]", f);
	if (e->pointer[0] || e->keyword[0]) {
		fputs(",\n         \"properties\": {\"instanceLocation\": ", f);
		put_json_string(f, e->pointer);
		fputs(", \"keywordLocation\": ", f);
		put_json_string(f, e->keyword);
		fputc('}', f);
	}
	fputc('}', f);
}

static void add_sarif(struct artex__report *r, const struct artex__report_entry *en)
{
	for (size_t k = 0; en->status != 0 && k < en->n_errors; k++)
		put_sarif_result(r, en->file, &en->errors[k]);
	for (size_t k = 0; k < en->n_warnings; k++)
		put_sarif_result(r, en->file, &en->warnings[k]);
}

static void finish_sarif(struct artex__report *r)
{
	FILE *f = stdout;
	fputs("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
	      "  \"version\": \"2.1.0\",\n  \"runs\": [{\n"
	      "    \"tool\": {\"driver\": {\n      \"name\": \"artex\",\n      \"version\": ", f);
	put_json_string(f, artex_version());
	fputs(",\n      \"informationUri\": \"" ARTEX_INFORMATION_URI "\",\n      \"rules\": [", f);
	for (size_t i = 0; i < r->n_rules; i++) {
		int id = r->rule_ids[i];
		const char *name = artex_message_name(id);
		const char *summary = artex_message_summary(id);
		const char *explanation = artex_message_explanation(id);
		fprintf(f, "%s\n        {\"id\": \"ARTEX-%03d\"", i ? "," : "", id);
		if (name) {
			fputs(", \"name\": ", f);
			put_json_string(f, name);
		}
		fputs(",\n         \"shortDescription\": {\"text\": ", f);
		put_json_string(f, summary ? summary : "unregistered message");
		fputc('}', f);
		if (explanation) {
			fputs(",\n         \"fullDescription\": {\"text\": ", f);
			put_json_paragraphs(f, explanation);
			fputc('}', f);
		}
		fputc('}', f);
	}
	fputs(r->n_rules ? "\n      ]\n    }},\n" : "]\n    }},\n", f);
	/* artex counts columns in characters, not SARIF's default UTF-16 units */
	fputs("    \"columnKind\": \"unicodeCodePoints\",\n", f);
	fprintf(f, "    \"invocations\": [{\"executionSuccessful\": %s}],\n",
	        r->not_run ? "false" : "true");
	fputs("    \"results\": [", f);
	if (r->body_len) {
		fputc('\n', f);
		fwrite(r->body, 1, r->body_len, f);
		fputs("\n    ", f);
	}
	fputs("]\n  }]\n}\n", f);
}

/* ---- the driver ---- */

struct artex__report *artex__report_new(enum artex__report_format format, const char *suite)
{
	struct artex__report *rep = calloc(1, sizeof *rep);
	if (!rep)
		return NULL;
	rep->format = format;
	rep->suite = suite;
	if (format == ARTEX_REPORT_JUNIT || format == ARTEX_REPORT_SARIF) {
		rep->mem = open_memstream(&rep->body, &rep->body_len);
		if (!rep->mem) {
			free(rep);
			return NULL;
		}
	}
	return rep;
}

void artex__report_add(struct artex__report *r, const struct artex__report_entry *en)
{
	switch (r->format) {
	case ARTEX_REPORT_TEXT: add_text(en); break;
	case ARTEX_REPORT_JSON: add_json(en); break;
	case ARTEX_REPORT_GITHUB: add_github(en); break;
	case ARTEX_REPORT_JUNIT: add_junit(r, en); break;
	case ARTEX_REPORT_SARIF: add_sarif(r, en); break;
	}
	r->files++;
	if (en->status == ARTEX_EINVALID || en->status == ARTEX_EPARSE) {
		r->failures++;
	} else if (en->status < 0) {
		r->errors++;
		r->not_run = 1;
	}
	r->warnings += en->n_warnings;
}

int artex__report_finish(struct artex__report *r)
{
	if (r->mem && fclose(r->mem) != 0)
		r->oom = 1;
	r->mem = NULL;
	if (r->format == ARTEX_REPORT_JUNIT)
		finish_junit(r);
	else if (r->format == ARTEX_REPORT_SARIF)
		finish_sarif(r);
	int rc = r->oom ? -1 : 0;
	artex__report_free(r);
	return rc;
}

void artex__report_free(struct artex__report *r)
{
	if (!r)
		return;
	if (r->mem)
		fclose(r->mem);
	free(r->body);
	free(r->rule_ids);
	free(r);
}
