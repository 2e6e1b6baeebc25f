/* The TEI exporter: schema-valid output whose text is the body exactly,
 * inline quotes around exactly their characters, spans cut where they must
 * be, clean token attributes, deterministic bytes, and a bundled schema and
 * ID check that reject what they should. */
#include "common.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>
#include <libxml/valid.h>

#include "artex.h"
#include "model/model.h"
#include "util/buf.h"
#include "util/xml.h"
#include "validate/relaxng.h"

#define TEI_NS "http://www.tei-c.org/ns/1.0"

static char *export_tei(const struct artex_article *art, size_t *len)
{
	char *out;
	struct artex_error err;
	if (artex_article_export(&out, len, art, "tei", NULL, &err) != 0)
		fail_msg("tei export: %s:%d:%d: %s", err.file, err.line, err.column, err.message);
	return out;
}

static xmlNodePtr find_child(xmlNodePtr n, const char *name)
{
	for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && strcmp((const char *)c->name, name) == 0)
			return c;
	return NULL;
}

static xmlNodePtr article_div(xmlDocPtr doc)
{
	xmlNodePtr div = find_child(find_child(find_child(xmlDocGetRootElement(doc), "text"), "body"),
	                            "div");
	assert_non_null(div);
	return div;
}

/* The string value of the <p>s joined by "\n\n". */
static char *body_of(xmlDocPtr doc)
{
	struct artex_buf b = ARTEX_BUF_INIT;
	int first = 1;
	for (xmlNodePtr c = article_div(doc)->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || strcmp((const char *)c->name, "p") != 0)
			continue;
		if (!first)
			artex_buf_puts(&b, "\n\n");
		first = 0;
		xmlChar *s = xmlNodeGetContent(c);
		artex_buf_puts(&b, (const char *)s);
		xmlFree(s);
	}
	size_t len;
	return artex_buf_detach(&b, &len);
}

/* Text of a quote's said and the pieces its @next chain names, joined by
 * the "\n\n" that the paragraph boundaries stand for. */
static char *quote_text(xmlDocPtr doc, const char *id)
{
	struct artex_buf b = ARTEX_BUF_INIT;
	xmlAttrPtr a = xmlGetID(doc, (const xmlChar *)id);
	for (int i = 0; a; i++) {
		xmlNodePtr n = a->parent;
		assert_string_equal((const char *)n->name, "said");
		if (i)
			artex_buf_puts(&b, "\n\n");
		xmlChar *s = xmlNodeGetContent(n);
		artex_buf_puts(&b, (const char *)s);
		xmlFree(s);
		xmlChar *next = xmlGetNoNsProp(n, (const xmlChar *)"next");
		a = next ? xmlGetID(doc, next + 1) : NULL;
		xmlFree(next);
	}
	size_t len;
	return artex_buf_detach(&b, &len);
}

static void check_article(const struct artex_article *art, const char *name)
{
	size_t len, len2;
	char *out = export_tei(art, &len);
	char *again = export_tei(art, &len2);
	if (len != len2 || memcmp(out, again, len) != 0)
		fail_msg("%s: two exports differ", name);
	xmlDocPtr doc;
	struct artex_error err;
	if (artex__xml_parse(&doc, out, len, name, &err) != 0)
		fail_msg("%s: output does not parse: %s", name, err.message);
	char *body = body_of(doc);
	if (strcmp(body, art->body) != 0)
		fail_msg("%s: TEI body text differs from the model's body", name);
	xmlChar *head = xmlNodeGetContent(find_child(article_div(doc), "head"));
	assert_string_equal((const char *)head, art->headline);
	for (size_t i = 0; i < art->n_quotes; i++) {
		const struct artex_quote *q = &art->quotes[i];
		char *t = quote_text(doc, q->id);
		if (strcmp(t, q->text) != 0)
			fail_msg("%s: quote %s marks \"%s\", not \"%s\"", name, q->id, t, q->text);
		free(t);
	}
	xmlFree(head);
	free(body);
	xmlFreeDoc(doc);
	artex_free(out);
	artex_free(again);
}

static void test_every_fixture(void **state)
{
	static const char *const suffixes[] = {".txt", ".yaml", NULL};
	static const char *const skip[] = {"invalid", NULL};
	struct file_list files;
	list_files(&files, fixtures_dir(), suffixes, skip);
	assert_true(files.count >= 5);
	size_t quotes = 0;
	for (size_t i = 0; i < files.count; i++) {
		struct artex_article *art;
		struct artex_error err;
		if (artex_article_read_file(&art, files.paths[i], NULL, &err) != 0)
			fail_msg("%s: %s", files.paths[i], err.message);
		quotes += art->n_quotes;
		check_article(art, files.paths[i]);
		artex_article_free(art);
	}
	assert_true(quotes > 0); /* the fixtures exercise the inline marks */
	file_list_dispose(&files);
}

static struct artex_article *read_edge(void)
{
	char path[4096];
	/* kept out of fixtures/, which every format's tests walk */
	snprintf(path, sizeof path, "%s/model/edge-spans.yaml", fixtures_dir());
	struct artex_article *art;
	struct artex_error err;
	if (artex_article_read_file(&art, path, "yaml", &err) != 0)
		fail_msg("%s: %s", path, err.message);
	return art;
}

static const char *attr_of(xmlDocPtr doc, const char *id, const char *name, char *buf,
                           size_t size)
{
	xmlAttrPtr a = xmlGetID(doc, (const xmlChar *)id);
	if (!a)
		return NULL;
	xmlChar *v = xmlGetNoNsProp(a->parent, (const xmlChar *)name);
	if (!v)
		return NULL;
	snprintf(buf, size, "%s", (const char *)v);
	xmlFree(v);
	return buf;
}

/* A quote across two paragraphs, claims that partly overlap a quote, two
 * claims over the same characters, span-less quotes and claims, headline
 * marks, and a model id that a generated id would collide with. */
static void test_edge_spans(void **state)
{
	struct artex_article *art = read_edge();
	check_article(art, "edge-spans.yaml");
	size_t len;
	char *out = export_tei(art, &len);
	xmlDocPtr doc;
	struct artex_error err;
	assert_int_equal(artex__xml_parse(&doc, out, len, "edge", &err), 0);
	char buf[256];

	/* q1 crosses a paragraph boundary: two pieces, chained both ways */
	assert_string_equal(attr_of(doc, "q1", "next", buf, sizeof buf), "#q1-2");
	assert_string_equal(attr_of(doc, "q1-2", "prev", buf, sizeof buf), "#q1");
	xmlAttrPtr a = xmlGetID(doc, (const xmlChar *)"q1");
	assert_string_equal((const char *)a->parent->parent->name, "seg"); /* inside claim c2 */

	/* "c1-s1" belongs to a person, so c1's piece got another id */
	assert_string_equal((const char *)xmlGetID(doc, (const xmlChar *)"c1-s1")->parent->name,
	                    "person");
	assert_string_equal(attr_of(doc, "c1", "target", buf, sizeof buf), "#c1-s1-2");
	assert_string_equal(attr_of(doc, "c1-s1-2", "direct", buf, sizeof buf), "false");

	/* the headline claim overlaps the headline quote: cut in two */
	assert_string_equal(attr_of(doc, "c5", "target", buf, sizeof buf), "#c5-s1 #c5-s2");
	assert_string_equal((const char *)xmlGetID(doc, (const xmlChar *)"c5-s2")->parent->parent->name,
	                    "said");

	/* a claim over exactly a quote's characters points at the quote */
	assert_string_equal(attr_of(doc, "c6", "target", buf, sizeof buf), "#q1");
	/* span-less claims point at the article */
	assert_string_equal(attr_of(doc, "c4", "target", buf, sizeof buf), "#article-text");
	/* a span-less quote lives in its annotation */
	a = xmlGetID(doc, (const xmlChar *)"q2");
	assert_string_equal((const char *)a->parent->parent->name, "note");

	/* white space inside <p> is untouched */
	assert_non_null(strstr(out, "<p>  Leading space,\ttab and  double space. "));
	xmlFreeDoc(doc);
	artex_free(out);
	artex_article_free(art);
}

static struct artex_article *tiny(const char *para)
{
	struct artex_article *art = artex__article_new();
	art->id = "t";
	art->language = "en";
	art->headline = "Head";
	artex__strlist_add(art, &art->paragraphs, para);
	return art;
}

static void test_span_between_paragraphs_is_refused(void **state)
{
	struct artex_article *art = tiny("Ab");
	artex__strlist_add(art, &art->paragraphs, "Cd");
	assert_int_equal(artex__article_seal(art), 0);
	struct artex_quote *q = artex__article_add_quote(art);
	q->id = "q1";
	q->text = "\n\nC";
	q->kind = ARTEX_QUOTE_DIRECT;
	q->confidence = 1;
	q->span = (struct artex_span){ARTEX_FIELD_BODY, 2, 5};
	struct artex_error err;
	assert_int_equal(artex_article_check(art, &err), 0);
	char *out;
	size_t len;
	assert_int_equal(artex_article_export(&out, &len, art, "tei", NULL, &err), ARTEX_EINVALID);
	assert_int_equal(err.msg_id, 125);
	assert_non_null(strstr(err.message, "q1"));
	artex_article_free(art);
}

static void test_markup_characters_escaped(void **state)
{
	struct artex_article *art = tiny("a < b && c > d \"q\" 'x' ]]>");
	art->section = "R&D <lab>";
	assert_int_equal(artex__article_seal(art), 0);
	check_article(art, "escapes");
	size_t len;
	char *out = export_tei(art, &len);
	assert_non_null(strstr(out, "<p>a &lt; b &amp;&amp; c &gt; d \"q\" 'x' ]]&gt;</p>"));
	assert_non_null(strstr(out, "<term>R&amp;D &lt;lab&gt;</term>"));
	artex_free(out);
	artex_article_free(art);
}

static void test_token_values_cleaned(void **state)
{
	/* U+00AD, U+200B, U+FEFF (format), U+E000 (private use), U+0085 and
	 * U+007F (controls), U+00A0 and U+2028 (spaces), plain space and tab */
	const char *dirty = "a\xC2\xAD" "b\xE2\x80\x8B" "c\xEF\xBB\xBF" "d\xEE\x80\x80" "e\xC2\x85"
	                    "f\x7F" "g\xC2\xA0" "h\xE2\x80\xA8" "i j\tk\xC3\xA9";
	struct artex_buf b = ARTEX_BUF_INIT;
	size_t n = artex__xml_put_token(&b, dirty);
	assert_int_equal(n, b.len);
	assert_string_equal(b.data, "abcdefghijk\xC3\xA9");
	artex_buf_clear(&b);
	artex__xml_put_token(&b, "x\"<&y");
	assert_string_equal(b.data, "x&quot;&lt;&amp;y");
	artex_buf_dispose(&b);
}

static char *replace(const char *s, const char *old, const char *new_)
{
	const char *at = strstr(s, old);
	assert_non_null(at);
	size_t n = strlen(s) - strlen(old) + strlen(new_);
	char *r = malloc(n + 1);
	sprintf(r, "%.*s%s%s", (int)(at - s), s, new_, at + strlen(old));
	return r;
}

static int line_of(const char *s, const char *needle)
{
	int line = 1;
	for (const char *p = s; p < strstr(s, needle); p++)
		line += *p == '\n';
	return line;
}

static void test_schema_and_ids_reject(void **state)
{
	struct artex_article *art = read_edge();
	size_t len;
	char *out = export_tei(art, &len);
	struct artex_error err;
	assert_int_equal(artex__relaxng_check_output("artex-tei.rng", out, len, "o", &err), 0);

	char *bad = replace(out, "direct=\"false\"", "direct=\"maybe\"");
	assert_int_equal(artex__relaxng_check_output("artex-tei.rng", bad, strlen(bad), "o", &err),
	                 ARTEX_EINVALID);
	assert_int_equal(err.msg_id, 40);
	assert_string_equal(err.file, "o");
	assert_int_equal(err.line, line_of(bad, "direct=\"maybe\""));
	free(bad);

	/* valid for RELAX NG, but the speaker does not exist */
	bad = replace(out, "who=\"#p1\"", "who=\"#p9\"");
	assert_int_equal(artex__relaxng_check_output("artex-tei.rng", bad, strlen(bad), "o", &err),
	                 ARTEX_EINVALID);
	assert_int_equal(err.msg_id, 122);
	assert_non_null(strstr(err.message, "#p9"));
	assert_int_equal(err.line, line_of(bad, "#p9"));
	free(bad);

	bad = replace(out, "target=\"#c1-s1-2\"", "target=\"#nowhere\"");
	assert_int_equal(artex__relaxng_check_output("artex-tei.rng", bad, strlen(bad), "o", &err),
	                 ARTEX_EINVALID);
	assert_int_equal(err.msg_id, 122);
	free(bad);

	assert_int_equal(artex__relaxng_check_output("nope.rng", out, len, "o", &err), ARTEX_EUSAGE);
	artex_free(out);
	artex_article_free(art);
}

/* Every negative fixture (each rejected by TEI All) is rejected by the
 * bundled subset too, through libxml2, in process. */
static void test_negative_fixtures_rejected(void **state)
{
	static const char *const suffixes[] = {".xml", NULL};
	char dir[4096];
	snprintf(dir, sizeof dir, "%s/tei/negative", fixtures_dir());
	struct file_list files;
	list_files(&files, dir, suffixes, NULL);
	assert_true(files.count >= 20);
	for (size_t i = 0; i < files.count; i++) {
		size_t len;
		char *buf = slurp(files.paths[i], &len);
		struct artex_error err;
		xmlDocPtr doc;
		int rc = artex__xml_parse(&doc, buf, len, files.paths[i], &err);
		if (rc == 0) {
			rc = artex__relaxng_validate(NULL, "artex-tei.rng", doc, files.paths[i], &err);
			if (rc == 0)
				rc = artex__xml_check_idrefs(doc, files.paths[i], &err);
			xmlFreeDoc(doc);
		}
		if (rc == 0)
			fail_msg("%s: accepted by artex-tei.rng", files.paths[i]);
		if (err.line <= 0)
			fail_msg("%s: rejected without a line: %s", files.paths[i], err.message);
		free(buf);
	}
	file_list_dispose(&files);

	char base[4096];
	snprintf(base, sizeof base, "%s/tei/artex-base.tei.xml", fixtures_dir());
	size_t len;
	char *buf = slurp(base, &len);
	struct artex_error err;
	assert_int_equal(artex__relaxng_check_output("artex-tei.rng", buf, len, base, &err), 0);
	free(buf);
}

struct job {
	const struct artex_article *art;
	char *out;
	size_t len;
	int rc;
};

static void *run_export(void *p)
{
	struct job *j = p;
	struct artex_error err;
	for (int i = 0; i < 20 && j->rc == 0; i++) {
		artex_free(j->out);
		j->rc = artex_article_export(&j->out, &j->len, j->art, "tei", NULL, &err);
	}
	return NULL;
}

/* The schema is compiled once and shared; validations run side by side. */
static void test_parallel_exports(void **state)
{
	struct artex_article *art = read_edge();
	struct job jobs[4] = {{0}};
	pthread_t th[4];
	for (int i = 0; i < 4; i++) {
		jobs[i].art = art;
		assert_int_equal(pthread_create(&th[i], NULL, run_export, &jobs[i]), 0);
	}
	for (int i = 0; i < 4; i++) {
		pthread_join(th[i], NULL);
		assert_int_equal(jobs[i].rc, 0);
		assert_int_equal(jobs[i].len, jobs[0].len);
		assert_memory_equal(jobs[i].out, jobs[0].out, jobs[0].len);
	}
	for (int i = 0; i < 4; i++)
		artex_free(jobs[i].out);
	artex_article_free(art);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_fixture),
		cmocka_unit_test(test_edge_spans),
		cmocka_unit_test(test_span_between_paragraphs_is_refused),
		cmocka_unit_test(test_markup_characters_escaped),
		cmocka_unit_test(test_token_values_cleaned),
		cmocka_unit_test(test_schema_and_ids_reject),
		cmocka_unit_test(test_negative_fixtures_rejected),
		cmocka_unit_test(test_parallel_exports),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
