/* The TEI reader: artex's own TEI reads back to the same model, other TEI
 * gives its header and text, and hostile XML ends in a located error. */
#include "common.h"

#include <fcntl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "artex.h"
#include "model/model.h"
#include "util/fileio.h"

static char *export(const struct artex_article *art, const char *format, size_t *len)
{
	char *out;
	struct artex_error err;
	if (artex_article_export(&out, len, art, format, NULL, &err) != 0)
		fail_msg("%s export: %s:%d: %s", format, err.file, err.line, err.message);
	return out;
}

/* input -> YAML equals input -> TEI -> model -> YAML */
static void round_trip(const char *path, const char *format)
{
	struct artex_article *a, *b;
	struct artex_error err;
	if (artex_article_read_file(&a, path, format, &err) != 0)
		fail_msg("%s: %s", path, err.message);
	size_t ylen, tlen, y2len;
	char *yaml = export(a, "yaml", &ylen);
	char *tei = export(a, "tei", &tlen);
	if (artex_article_read(&b, tei, tlen, NULL, "out.tei.xml", &err) != 0)
		fail_msg("%s: TEI does not read back: %d:%d: %s", path, err.line, err.column,
		         err.message);
	assert_string_equal(artex_article_format(b), "tei");
	char *yaml2 = export(b, "yaml", &y2len);
	if (ylen != y2len || memcmp(yaml, yaml2, ylen) != 0)
		fail_msg("%s: the model changed through TEI:\n%s\n----\n%s", path, yaml, yaml2);
	artex_free(yaml);
	artex_free(yaml2);
	artex_free(tei);
	artex_article_free(a);
	artex_article_free(b);
}

static void test_round_trip_every_fixture(void **state)
{
	static const char *const suffixes[] = {".txt", ".yaml", NULL};
	static const char *const skip[] = {"invalid", NULL};
	struct file_list files;
	list_files(&files, fixtures_dir(), suffixes, skip);
	assert_true(files.count >= 5);
	for (size_t i = 0; i < files.count; i++)
		round_trip(files.paths[i], NULL);
	file_list_dispose(&files);
}

static void test_round_trip_edge_spans(void **state)
{
	char path[4096];
	/* kept out of fixtures/, which every format's tests walk */
	snprintf(path, sizeof path, "%s/model/edge-spans.yaml", fixtures_dir());
	round_trip(path, "yaml");
}

static struct artex_article *read_fixture(const char *name)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/tei/%s", fixtures_dir(), name);
	struct artex_article *art;
	struct artex_error err;
	if (artex_article_read_file(&art, path, NULL, &err) != 0)
		fail_msg("%s: %s", path, err.message);
	assert_string_equal(artex_article_format(art), "tei");
	return art;
}

static void test_other_tei_minimal(void **state)
{
	struct artex_article *art = read_fixture("other-minimal.xml");
	assert_string_equal(art->headline, "Night market opens on Quay Street");
	assert_int_equal(art->paragraphs.count, 2); /* the blank <p> is dropped */
	/* <lb/> is a space, notes are left out, white space is collapsed */
	assert_string_equal(art->paragraphs.items[0],
	                    "Forty stalls opened on Quay Street on Friday, selling street food and "
	                    "crafts.");
	assert_string_equal(art->id, "other-minimal");
	assert_null(art->date_published);
	artex_article_free(art);
}

static void test_other_tei_header(void **state)
{
	struct artex_article *art = read_fixture("other-header.xml");
	assert_string_equal(art->headline, "Neue Fähre für den Ammersee"); /* type="main" wins */
	assert_string_equal(art->language, "de");
	assert_string_equal(art->date_published, "2025-05-19"); /* the source's date */
	assert_string_equal(art->publisher, "Seeblatt");
	assert_int_equal(art->authors.count, 2);
	assert_string_equal(art->keywords.items[0], "Fähre");
	assert_int_equal(art->paragraphs.count, 2); /* <p> and <ab> in nested divs */
	assert_string_equal(art->paragraphs.items[1], "Sie bietet Platz für 120 Fahrgäste.");
	artex_article_free(art);
}

static void test_detection(void **state)
{
	static const char doc[] =
		"<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt>"
		"<title>T</title></titleStmt></fileDesc></teiHeader><text><body><p>Word.</p>"
		"</body></text></TEI>";
	struct artex_article *art;
	struct artex_error err;
	assert_int_equal(artex_article_read(&art, doc, sizeof doc - 1, NULL, NULL, &err), 0);
	assert_string_equal(artex_article_format(art), "tei");
	assert_string_equal(art->body, "Word.");
	artex_article_free(art);
}

struct bad {
	const char *name, *doc;
	int msg_id, line;
};

static void expect_error(const char *name, const char *buf, size_t len, int msg_id, int line)
{
	struct artex_article *art = NULL;
	struct artex_error err;
	int rc = artex_article_read(&art, buf, len, "tei", name, &err);
	if (rc == 0)
		fail_msg("%s: accepted", name);
	assert_null(art);
	if (err.msg_id != msg_id)
		fail_msg("%s: message %d (%s), expected %d", name, err.msg_id, err.message, msg_id);
	assert_string_equal(err.file, name);
	if (line)
		assert_int_equal(err.line, line);
	assert_true(strstr(err.message, "SECRET") == NULL);
}

static void test_not_tei(void **state)
{
	static const struct bad cases[] = {
		{"html.xml", "<html><body><p>x</p></body></html>", 123, 1},
		{"nons.xml", "<TEI><teiHeader/></TEI>", 123, 1},
		{"noheader.xml", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<text/></TEI>", 124, 1},
		{"nobody.xml",
		 "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>"
		 "T</title></titleStmt></fileDesc></teiHeader>\n<text/></TEI>",
		 124, 1},
		{"broken.xml", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n  <p>x</TEI>", 120, 2},
		{"empty.xml", "", 120, 0},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		expect_error(cases[i].name, cases[i].doc, strlen(cases[i].doc), cases[i].msg_id,
		             cases[i].line);
}

/* Billion laughs, an external entity at a local file, an external DTD, a
 * 100,000-deep tree and an oversized input: each ends in an error with a
 * location, nothing of the local file comes back. */
static void test_hostile(void **state)
{
	char dir[] = "/tmp/artex-tei-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char secret[4200], big[4200];
	snprintf(secret, sizeof secret, "%s/secret.txt", dir);
	FILE *f = fopen(secret, "w");
	assert_non_null(f);
	fputs("SECRET-CONTENT\n", f);
	fclose(f);

	static const char laughs[] =
		"<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [\n <!ENTITY a \"aaaaaaaaaa\">\n"
		" <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
		" <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
		" <!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
		" <!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"
		" <!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n"
		" <!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">\n"
		" <!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">\n]>\n"
		"<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/><text><body><p>&h;</p></body>"
		"</text></TEI>";
	expect_error("laughs.xml", laughs, sizeof laughs - 1, 121, 3);

	char doc[9000];
	snprintf(doc, sizeof doc,
	         "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM \"file://%s\">]>\n"
	         "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>"
	         "&x;</title></titleStmt></fileDesc></teiHeader><text><body><p>&x;</p></body></text>"
	         "</TEI>",
	         secret);
	expect_error("xxe.xml", doc, strlen(doc), 121, 2);

	/* A DOCTYPE is accepted, but its external subset is never read: the
	 * entity the DTD file declares stays undeclared. */
	char dtd[600];
	snprintf(dtd, sizeof dtd, "%s/secret.dtd", dir);
	f = fopen(dtd, "w");
	assert_non_null(f);
	fputs("<!ENTITY x \"SECRET-CONTENT\">\n", f);
	fclose(f);
	snprintf(doc, sizeof doc,
	         "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI SYSTEM \"file://%s\">\n"
	         "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/><text><body><p>&x;</p>"
	         "</body></text></TEI>",
	         dtd);
	expect_error("dtd.xml", doc, strlen(doc), 120, 3);

	/* an entity reference without any DTD stays an error, not a load */
	static const char undeclared[] =
		"<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/><text><body><p>&x;</p></body>"
		"</text></TEI>";
	expect_error("undeclared.xml", undeclared, sizeof undeclared - 1, 120, 1);

	size_t depth = 100000;
	struct artex_buf_like {
		char *p;
		size_t n;
	} deep = {malloc(depth * 7 + 100), 0};
	deep.n += (size_t)sprintf(deep.p, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">");
	for (size_t i = 0; i < depth; i++, deep.n += 3)
		memcpy(deep.p + deep.n, "<d>", 3);
	for (size_t i = 0; i < depth; i++, deep.n += 4)
		memcpy(deep.p + deep.n, "</d>", 4);
	deep.n += (size_t)sprintf(deep.p + deep.n, "</TEI>");
	expect_error("deep.xml", deep.p, deep.n, 120, 1);
	free(deep.p);

	/* 200 MB on disk: refused before it is read */
	snprintf(big, sizeof big, "%s/big.tei.xml", dir);
	int fd = open(big, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	assert_true(fd >= 0);
	static const char start[] = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/><text>";
	assert_int_equal(write(fd, start, sizeof start - 1), (ssize_t)(sizeof start - 1));
	assert_int_equal(ftruncate(fd, (off_t)200 << 20), 0);
	close(fd);
	struct artex_article *art = NULL;
	struct artex_error err;
	assert_true(artex_article_read_file(&art, big, NULL, &err) < 0);
	assert_null(art);
	assert_int_equal(err.msg_id, 4);

	/* and from memory, where the reader's own cap applies */
	size_t n = (size_t)200 << 20;
	char *huge = calloc(n, 1);
	assert_non_null(huge);
	memcpy(huge, start, sizeof start - 1);
	expect_error("huge.xml", huge, n, 4, 0);
	free(huge);

	unlink(big);
	unlink(secret);
	rmdir(dir);
}

/* artex's TEI writes confidences with a '.', and reads them so in a host
 * program whose locale writes "0,9"; a comma is no number in any locale.
 * Needs a decimal-comma locale (scripts/deps test makes de_DE.UTF-8). */
static void test_cert_whatever_the_locale(void **state)
{
	(void)state;
	char path[4096];
	snprintf(path, sizeof path, "%s/tei/artex-base.tei.xml", fixtures_dir());
	size_t len;
	char *doc = slurp(path, &len);
	char *at = strstr(doc, "cert=\"0.9\"");
	assert_non_null(at);
	if (!setlocale(LC_NUMERIC, "de_DE.UTF-8") && !setlocale(LC_NUMERIC, "de_DE.utf8")) {
		free(doc);
		print_message("SKIP: no de_DE.UTF-8 locale to test a decimal comma with\n");
		skip();
	}
	struct artex_article *art;
	struct artex_error err;
	int rc = artex_article_read(&art, doc, len, "tei", "a.tei.xml", &err);
	double cert = rc == 0 ? art->quotes[0].confidence : -1;
	if (rc == 0)
		artex_article_free(art);
	at[7] = ',';
	int rc_comma = artex_article_read(&art, doc, len, "tei", "a.tei.xml", &err);
	setlocale(LC_NUMERIC, "C");
	free(doc);
	assert_int_equal(rc, 0);
	assert_true(cert == 0.9);
	assert_int_equal(rc_comma, ARTEX_EINVALID);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip_every_fixture),
		cmocka_unit_test(test_round_trip_edge_spans),
		cmocka_unit_test(test_other_tei_minimal),
		cmocka_unit_test(test_other_tei_header),
		cmocka_unit_test(test_detection),
		cmocka_unit_test(test_not_tei),
		cmocka_unit_test(test_hostile),
		cmocka_unit_test(test_cert_whatever_the_locale),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
