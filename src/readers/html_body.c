/* The article's text in a web page, in the Readability tradition:
 *
 * 1. Boilerplate goes: scripts, forms' controls, navigation, asides,
 *    figures and their captions, hidden elements, and elements whose class
 *    or id names comments, sharing, related links, promotions, subscription
 *    boxes, bylines and the like (hints[] below).
 * 2. Each paragraph of 25 characters or more scores 1, plus one per comma,
 *    plus one per 100 characters (three at most), and hands the score to
 *    its ancestors: all to the parent, half to the grandparent, a third of
 *    the level to those above. An ancestor starts from its tag (div +5,
 *    lists -3, headings -5) and its class and id (+25 for article, content,
 *    story, post...; -25 for the negative hints), and the whole is scaled
 *    by the share of its text that is not link text.
 * 3. The best container wins; a common ancestor of several near-best ones
 *    replaces it, and siblings that score well or are plain paragraphs join.
 * 4. Its paragraphs, blockquotes, list items and subheadings become the
 *    body, split at <br><br>; link lists, bylines, datelines and the
 *    headline itself stay out. Text is kept as written: entities decoded,
 *    white space collapsed, NFC. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "readers/html.h"
#include "util/date.h"
#include "util/error.h"
#include "util/utf8.h"

struct info {
	size_t text;   /* characters of text, white space runs counted once */
	size_t link;   /* of which inside links */
	size_t commas;
	double score;
	unsigned blocks : 1;    /* block-level elements below */
	unsigned candidate : 1; /* score initialised */
	unsigned removed : 1;
	unsigned hidden : 1;    /* removed by tag or attribute, before statistics */
	unsigned block : 1;     /* a block-level element */
	unsigned never_text : 1; /* scripts, media, controls, navigation */
};

enum { HINT_POSITIVE = 1, HINT_WEAK = 2, HINT_STRONG = 4 };

/* Tokens of class and id values. Strong ones remove an element whatever
 * else it says; weak ones unless a positive token comes with them or the
 * element holds most of the page's text (layout wrappers such as
 * "has-sidebar" do). */
static const struct {
	const char *token;
	int kind;
} hints[] = {
	{"article", HINT_POSITIVE}, {"articlebody", HINT_POSITIVE}, {"content", HINT_POSITIVE},
	{"story", HINT_POSITIVE}, {"post", HINT_POSITIVE}, {"entry", HINT_POSITIVE},
	{"body", HINT_POSITIVE}, {"main", HINT_POSITIVE}, {"text", HINT_POSITIVE},
	{"blog", HINT_POSITIVE}, {"prose", HINT_POSITIVE}, {"richtext", HINT_POSITIVE},
	{"comment", HINT_STRONG}, {"comments", HINT_STRONG}, {"commentlist", HINT_STRONG},
	{"respond", HINT_STRONG}, {"disqus", HINT_STRONG}, {"share", HINT_STRONG},
	{"shares", HINT_STRONG}, {"sharing", HINT_STRONG}, {"sharebar", HINT_STRONG},
	{"social", HINT_STRONG}, {"related", HINT_STRONG}, {"promo", HINT_STRONG},
	{"promotion", HINT_STRONG}, {"subscribe", HINT_STRONG}, {"subscription", HINT_STRONG},
	{"newsletter", HINT_STRONG}, {"paywall", HINT_STRONG}, {"advert", HINT_STRONG},
	{"advertisement", HINT_STRONG}, {"advertising", HINT_STRONG}, {"sponsor", HINT_STRONG},
	{"sponsored", HINT_STRONG}, {"outbrain", HINT_STRONG}, {"taboola", HINT_STRONG},
	{"byline", HINT_STRONG}, {"dateline", HINT_STRONG}, {"author", HINT_STRONG},
	{"authors", HINT_STRONG}, {"caption", HINT_STRONG}, {"figcaption", HINT_STRONG},
	{"credit", HINT_STRONG}, {"credits", HINT_STRONG}, {"cookie", HINT_STRONG},
	{"cookies", HINT_STRONG}, {"consent", HINT_STRONG}, {"gdpr", HINT_STRONG},
	{"tweet", HINT_STRONG}, {"recirculation", HINT_STRONG}, {"recirc", HINT_STRONG},
	{"breadcrumb", HINT_STRONG}, {"breadcrumbs", HINT_STRONG}, {"signup", HINT_STRONG},
	{"trending", HINT_STRONG}, {"popular", HINT_STRONG}, {"mostread", HINT_STRONG},
	{"recommended", HINT_STRONG}, {"recommendations", HINT_STRONG},
	{"readmore", HINT_STRONG}, {"kicker", HINT_STRONG}, {"eyebrow", HINT_STRONG},
	{"nav", HINT_WEAK}, {"navbar", HINT_WEAK}, {"navigation", HINT_WEAK}, {"menu", HINT_WEAK},
	{"footer", HINT_WEAK}, {"header", HINT_WEAK}, {"masthead", HINT_WEAK},
	{"sidebar", HINT_WEAK}, {"widget", HINT_WEAK}, {"aside", HINT_WEAK}, {"meta", HINT_WEAK},
	{"tags", HINT_WEAK}, {"tag", HINT_WEAK}, {"banner", HINT_WEAK}, {"popup", HINT_WEAK},
	{"modal", HINT_WEAK}, {"overlay", HINT_WEAK}, {"ad", HINT_WEAK}, {"ads", HINT_WEAK},
	{"toolbar", HINT_WEAK}, {"pagination", HINT_WEAK}, {"pager", HINT_WEAK},
	{"print", HINT_WEAK}, {"skip", HINT_WEAK}, {"hidden", HINT_WEAK}, {"rail", HINT_WEAK},
	{"timestamp", HINT_WEAK}, {"date", HINT_WEAK}, {"time", HINT_WEAK}, {"bio", HINT_WEAK},
	{"profile", HINT_WEAK}, {"login", HINT_WEAK}, {"search", HINT_WEAK},
	{"utility", HINT_WEAK}, {"tools", HINT_WEAK}, {"actions", HINT_WEAK},
	{"supplemental", HINT_WEAK}, {"legal", HINT_WEAK}, {"copyright", HINT_WEAK},
	{"sronly", HINT_WEAK}, {"visually", HINT_WEAK},
};

/* Bits of the hints the tokens of `v` carry; the first negative token
 * goes to *which. */
static int hint_bits(const char *v, char *which, size_t size)
{
	int bits = 0;
	while (v && *v) {
		while (*v && !((*v | 32) >= 'a' && (*v | 32) <= 'z') && !(*v >= '0' && *v <= '9'))
			v++;
		char tok[32];
		size_t n = 0;
		while (((*v | 32) >= 'a' && (*v | 32) <= 'z') || (*v >= '0' && *v <= '9')) {
			if (n + 1 < sizeof tok)
				tok[n++] = (char)(*v >= 'A' && *v <= 'Z' ? *v + 32 : *v);
			v++;
		}
		tok[n] = '\0';
		for (size_t i = 0; n && i < sizeof hints / sizeof hints[0]; i++) {
			if (strcmp(hints[i].token, tok) != 0)
				continue;
			if (hints[i].kind != HINT_POSITIVE && !(bits & (HINT_WEAK | HINT_STRONG)))
				snprintf(which, size, "%s", tok);
			if (hints[i].kind == HINT_STRONG && !(bits & HINT_STRONG))
				snprintf(which, size, "%s", tok);
			bits |= hints[i].kind;
		}
	}
	return bits;
}

static int element_hints(const xmlNode *n, char *which, size_t size)
{
	return hint_bits(artex__html_attr(n, "class"), which, size) |
	       hint_bits(artex__html_attr(n, "id"), which, size);
}

static int name_in(const char *name, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(name, *list) == 0)
			return 1;
	return 0;
}

enum { TAG_BLOCK = 1, TAG_DROPPED = 2 };

/* Sorted by name for bsearch: every element is looked up once. */
static const struct tag {
	const char *name;
	int flags;
} tags[] = {
	{"address", TAG_BLOCK}, {"article", TAG_BLOCK}, {"aside", TAG_BLOCK | TAG_DROPPED},
	{"audio", TAG_DROPPED}, {"blockquote", TAG_BLOCK}, {"body", TAG_BLOCK},
	{"button", TAG_DROPPED}, {"canvas", TAG_DROPPED}, {"caption", TAG_BLOCK},
	{"center", TAG_BLOCK}, {"dd", TAG_BLOCK}, {"details", TAG_BLOCK},
	{"dialog", TAG_DROPPED}, {"div", TAG_BLOCK}, {"dl", TAG_BLOCK}, {"dt", TAG_BLOCK},
	{"embed", TAG_DROPPED}, {"fieldset", TAG_BLOCK}, {"figcaption", TAG_DROPPED},
	{"figure", TAG_BLOCK | TAG_DROPPED}, {"footer", TAG_BLOCK | TAG_DROPPED},
	{"form", TAG_BLOCK}, {"h1", TAG_BLOCK}, {"h2", TAG_BLOCK}, {"h3", TAG_BLOCK},
	{"h4", TAG_BLOCK}, {"h5", TAG_BLOCK}, {"h6", TAG_BLOCK}, {"head", TAG_DROPPED},
	{"header", TAG_BLOCK}, {"hr", TAG_BLOCK}, {"iframe", TAG_DROPPED}, {"img", TAG_DROPPED},
	{"input", TAG_DROPPED}, {"label", TAG_DROPPED}, {"li", TAG_BLOCK}, {"link", TAG_DROPPED},
	{"main", TAG_BLOCK}, {"math", TAG_DROPPED}, {"menu", TAG_DROPPED}, {"meta", TAG_DROPPED},
	{"nav", TAG_BLOCK | TAG_DROPPED}, {"noscript", TAG_DROPPED}, {"object", TAG_DROPPED},
	{"ol", TAG_BLOCK}, {"p", TAG_BLOCK}, {"picture", TAG_DROPPED}, {"pre", TAG_BLOCK},
	{"script", TAG_DROPPED}, {"section", TAG_BLOCK}, {"select", TAG_DROPPED},
	{"style", TAG_DROPPED}, {"summary", TAG_BLOCK}, {"svg", TAG_DROPPED},
	{"table", TAG_BLOCK}, {"tbody", TAG_BLOCK}, {"td", TAG_BLOCK},
	{"template", TAG_DROPPED}, {"textarea", TAG_DROPPED}, {"tfoot", TAG_BLOCK},
	{"th", TAG_BLOCK}, {"thead", TAG_BLOCK}, {"title", TAG_DROPPED}, {"tr", TAG_BLOCK},
	{"ul", TAG_BLOCK}, {"video", TAG_DROPPED},
};

static int tag_cmp(const void *key, const void *entry)
{
	return strcmp(key, ((const struct tag *)entry)->name);
}

static int tag_flags(const char *name)
{
	const struct tag *t = bsearch(name, tags, sizeof tags / sizeof tags[0], sizeof tags[0],
	                              tag_cmp);
	return t ? t->flags : !strncmp(name, "amp-", 4) ? TAG_DROPPED : 0;
}

static int is_block(const char *name)
{
	return (tag_flags(name) & TAG_BLOCK) != 0;
}

static struct info *info_of(const xmlNode *n)
{
	return n && n->type == XML_ELEMENT_NODE ? n->_private : NULL;
}

static int block_element(const xmlNode *n)
{
	const struct info *in = info_of(n);
	return in ? in->block : is_block(artex__html_name(n));
}

/* Hidden from readers of the page, or never text. */
static const char *dropped_by_tag(const xmlNode *n)
{
	if (info_of(n)->never_text)
		return "tag";
	if (artex__html_attr(n, "hidden"))
		return "hidden";
	const char *aria = artex__html_attr(n, "aria-hidden");
	if (aria && !strcmp(aria, "true"))
		return "aria-hidden";
	const char *style = artex__html_attr(n, "style");
	if (style) {
		char compact[64];
		size_t k = 0;
		for (const char *s = style; *s && k + 1 < sizeof compact; s++)
			if (*s != ' ')
				compact[k++] = (char)(*s >= 'A' && *s <= 'Z' ? *s + 32 : *s);
		compact[k] = '\0';
		if (strstr(compact, "display:none") || strstr(compact, "visibility:hidden"))
			return "style";
	}
	return NULL;
}

static void dump_node(struct html_page *pg, const char *what, const xmlNode *n, const char *why,
                      const char *detail)
{
	if (!pg->dump)
		return;
	artex_buf_printf(pg->dump, "%-5s ", what);
	artex__html_describe(pg->dump, n);
	artex_buf_printf(pg->dump, ": %s%s\n", why, detail ? detail : "");
}

static size_t count_text(const char *s, size_t *commas)
{
	size_t n = 0;
	int space = 1;
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
			if (!space)
				n++;
			space = 1;
			continue;
		}
		space = 0;
		if ((c & 0xC0) != 0x80)
			n++;
		if (c == ',')
			(*commas)++;
	}
	return n;
}

/* Text, link text, commas and block structure of every element not
 * removed, bottom up. */
static void measure(struct html_page *pg)
{
	xmlNodePtr root = pg->body;
	for (xmlNodePtr n = root; n; n = artex__html_next(n, root, 0)) {
		struct info *in = info_of(n);
		if (in) {
			in->text = in->link = in->commas = 0;
			in->blocks = 0;
		}
	}
	xmlNodePtr n = root;
	while (n) {
		struct info *in = info_of(n);
		if (in && !in->removed && n->children) {
			n = n->children;
			continue;
		}
		for (;;) {
			struct info *parent = n != root ? info_of(n->parent) : NULL;
			in = info_of(n);
			if (parent && (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) &&
			    n->content) {
				parent->text += count_text((const char *)n->content, &parent->commas);
			} else if (parent && in && !in->removed) {
				const char *name = artex__html_name(n);
				if (!strcmp(name, "a"))
					in->link = in->text;
				parent->text += in->text;
				parent->link += in->link;
				parent->commas += in->commas;
				if (in->blocks || in->block)
					parent->blocks = 1;
			}
			if (n == root) {
				n = NULL;
				break;
			}
			if (n->next) {
				n = n->next;
				break;
			}
			n = n->parent;
		}
	}
}

static int contains(const xmlNode *outer, const xmlNode *inner)
{
	for (; inner; inner = inner->parent)
		if (inner == outer)
			return 1;
	return 0;
}

/* Marks boilerplate; with `by_hint` the class and id hints, else tags and
 * hiding attributes. */
static void remove_boilerplate(struct html_page *pg, int by_hint)
{
	xmlNodePtr root = pg->body;
	size_t page_text = info_of(root)->text;
	for (xmlNodePtr n = root; n;) {
		struct info *in = info_of(n);
		const char *why = NULL;
		char which[32] = "";
		if (in && n != root && !in->removed) {
			if (!by_hint) {
				why = dropped_by_tag(n);
				in->hidden = why != NULL;
			} else {
				int bits = element_hints(n, which, sizeof which);
				const char *name = artex__html_name(n);
				int keeps_text = pg->body_hint && contains(n, pg->body_hint);
				if ((bits & HINT_STRONG) && !keeps_text)
					why = "class/id ";
				else if ((bits & HINT_WEAK) && !(bits & HINT_POSITIVE) && !keeps_text &&
				         strcmp(name, "article") && strcmp(name, "main") &&
				         in->text * 2 < page_text)
					why = "class/id ";
			}
			if (why && by_hint && !pg->byline &&
			    (!strcmp(which, "byline") || !strcmp(which, "author"))) {
				pg->byline = artex__html_node_text_dup(n);
			}
			if (why) {
				in->removed = 1;
				/* Scripts, images and the like are not worth a line. */
				if (by_hint)
					dump_node(pg, "drop", n, why, which);
				else if (strcmp(why, "tag") != 0 ||
				         name_in(artex__html_name(n), (const char *const[]){
				                 "nav", "aside", "footer", "figure", "dialog", NULL}))
					dump_node(pg, "drop", n, why, NULL);
			}
		}
		n = artex__html_next(n, root, why != NULL || !in);
	}
}

static double tag_weight(const char *name)
{
	if (!strcmp(name, "div"))
		return 5;
	if (!strcmp(name, "article"))
		return 10;
	if (!strcmp(name, "pre") || !strcmp(name, "td") || !strcmp(name, "blockquote"))
		return 3;
	if (name_in(name, (const char *const[]){"address", "ol", "ul", "dl", "dd", "dt", "li",
	                                        "form", NULL}))
		return -3;
	if (name_in(name, (const char *const[]){"h1", "h2", "h3", "h4", "h5", "h6", "th", NULL}))
		return -5;
	return 0;
}

static double class_weight(const xmlNode *n)
{
	double w = 0;
	char which[32];
	const char *attrs[] = {artex__html_attr(n, "class"), artex__html_attr(n, "id")};
	for (int i = 0; i < 2; i++) {
		int bits = hint_bits(attrs[i], which, sizeof which);
		if (bits & HINT_POSITIVE)
			w += 25;
		if (bits & (HINT_WEAK | HINT_STRONG))
			w -= 25;
	}
	return w;
}

static double link_density(const struct info *in)
{
	return in->text ? (double)in->link / (double)in->text : 0;
}

struct candidates {
	xmlNodePtr *items;
	size_t count, cap;
};

static int add_candidate(struct candidates *c, xmlNodePtr n)
{
	if (c->count == c->cap) {
		size_t cap = c->cap ? 2 * c->cap : 64;
		xmlNodePtr *grown = realloc(c->items, cap * sizeof *grown);
		if (!grown)
			return -1;
		c->items = grown;
		c->cap = cap;
	}
	c->items[c->count++] = n;
	return 0;
}

static int paragraph_like(const xmlNode *n, const struct info *in)
{
	const char *name = artex__html_name(n);
	if (name_in(name, (const char *const[]){"p", "pre", "td", NULL}))
		return 1;
	/* A div that holds only phrasing content is a paragraph in all but name. */
	return !in->blocks && name_in(name, (const char *const[]){"div", "section", "article",
	                                                            NULL});
}

/* Hands a paragraph's score to `from` and the four ancestors above it. */
static int credit(struct html_page *pg, struct candidates *cands, xmlNodePtr from, size_t text,
                  size_t commas)
{
	if (text < 25)
		return 0;
	double s = 1 + (double)commas + (double)(text / 100 > 3 ? 3 : text / 100);
	xmlNodePtr a = from;
	for (int level = 0; a && level < 5; level++, a = a->parent) {
		struct info *ai = info_of(a);
		if (!ai || a->type != XML_ELEMENT_NODE)
			break;
		if (!ai->candidate) {
			ai->candidate = 1;
			ai->score = tag_weight(artex__html_name(a)) + class_weight(a);
			if (a == pg->body_hint)
				ai->score += 50;
			if (add_candidate(cands, a) < 0)
				return -1;
		}
		ai->score += s / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
		if (a == pg->body)
			break;
	}
	return 0;
}

/* Text between <br><br> pairs directly inside n: paragraphs whose only
 * markup is the line breaks (old table layouts, forums). Returns the
 * number of pairs; with cands, each run is credited to n itself. */
static int br_runs(struct html_page *pg, struct candidates *cands, xmlNodePtr n)
{
	size_t text = 0, commas = 0;
	int brs = 0, pairs = 0;
	for (xmlNodePtr c = n->children;; c = c->next) {
		int boundary = !c;
		if (c && (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content) {
			size_t t = count_text((const char *)c->content, &commas);
			text += t;
			if (t > 1)
				brs = 0;
		} else if (c && c->type == XML_ELEMENT_NODE && info_of(c) && !info_of(c)->removed) {
			const char *name = artex__html_name(c);
			if (!strcmp(name, "br")) {
				if (++brs == 2) {
					boundary = 1;
					pairs++;
				}
			} else if (info_of(c)->block || info_of(c)->blocks) {
				boundary = 1;
			} else {
				text += info_of(c)->text;
				commas += info_of(c)->commas;
				brs = 0;
			}
		}
		if (boundary) {
			if (cands && credit(pg, cands, n, text, commas) < 0)
				return -1;
			text = commas = 0;
		}
		if (!c)
			break;
	}
	return pairs;
}

static int score(struct html_page *pg, struct candidates *cands)
{
	xmlNodePtr root = pg->body;
	for (xmlNodePtr n = root; n;) {
		struct info *in = info_of(n);
		int skip = !in || in->removed;
		if (!skip && br_runs(pg, NULL, n) > 0) {
			if (br_runs(pg, cands, n) < 0)
				return -1;
		} else if (!skip && paragraph_like(n, in) && n != root &&
		           credit(pg, cands, n->parent, in->text, in->commas) < 0) {
			return -1;
		}
		n = artex__html_next(n, root, skip);
	}
	for (size_t i = 0; i < cands->count; i++) {
		struct info *in = info_of(cands->items[i]);
		in->score *= 1 - link_density(in);
	}
	return 0;
}

static xmlNodePtr choose_top(struct html_page *pg, struct candidates *cands)
{
	xmlNodePtr top = NULL;
	for (size_t i = 0; i < cands->count; i++)
		if (!top || info_of(cands->items[i])->score > info_of(top)->score)
			top = cands->items[i];
	if (!top) {
		if (pg->dump)
			artex_buf_puts(pg->dump, "top   no paragraph of 25 characters: the whole body\n");
		return pg->body;
	}
	double best = info_of(top)->score;
	if (pg->dump)
		for (size_t i = 0; i < cands->count; i++) {
			const struct info *in = info_of(cands->items[i]);
			if (in->score < best / 4)
				continue;
			char line[96];
			snprintf(line, sizeof line, "%.1f (%zu characters, links %.0f%%)", in->score,
			         in->text, 100 * link_density(in));
			dump_node(pg, "cand", cands->items[i], "score ", line);
		}
	/* Articles split into several blocks (a lead, sections between
	 * pictures) leave near-best candidates under one ancestor: take it.
	 * Like Readability, only the five best count. */
	xmlNodePtr near[4];
	size_t n_near = 0;
	for (size_t i = 0; i < cands->count; i++) {
		xmlNodePtr c = cands->items[i];
		double sc = info_of(c)->score;
		if (c == top || sc < 0.75 * best || contains(c, top) || contains(top, c))
			continue;
		size_t k = n_near < 4 ? n_near++ : 4;
		while (k > 0 && info_of(near[k - 1])->score < sc) {
			if (k < 4)
				near[k] = near[k - 1];
			k--;
		}
		if (k < 4)
			near[k] = c;
	}
	for (xmlNodePtr a = top->parent; n_near >= 2 && a && a != pg->body->parent; a = a->parent) {
		size_t inside = 0;
		for (size_t i = 0; i < n_near; i++)
			inside += contains(a, near[i]);
		if (inside >= 2) {
			dump_node(pg, "up", a, "holds several near-best candidates", NULL);
			top = a;
			break;
		}
	}
	/* A parent that scores well in its own right holds more of the text. */
	double last = info_of(top)->score;
	for (xmlNodePtr p = top->parent; p && p != pg->body && info_of(p); p = p->parent) {
		const struct info *pi = info_of(p);
		if (!pi->candidate || pi->score < best / 3)
			break;
		if (pi->score > last) {
			dump_node(pg, "up", p, "parent scores higher", NULL);
			top = p;
			break;
		}
		last = pi->score;
	}
	dump_node(pg, "top", top, "the article's container", NULL);
	return top;
}

/* ---- paragraphs ---- */

struct emitter {
	struct html_page *pg;
	struct artex_buf cur;
	int space, brs;
	const char *tag; /* element the paragraph came from, for the dump */
	size_t emitted;
};

static int is_time_only(const char *s, size_t n)
{
	/* "10:42", "10.42am", "10:42 BST" */
	size_t i = 0, d = 0;
	while (i < n && s[i] >= '0' && s[i] <= '9' && d < 2)
		i++, d++;
	if (!d || i >= n || (s[i] != ':' && s[i] != '.'))
		return 0;
	i++;
	if (i + 2 > n || s[i] < '0' || s[i] > '9' || s[i + 1] < '0' || s[i + 1] > '9')
		return 0;
	i += 2;
	while (i < n && (s[i] == ' ' || ((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z')))
		i++;
	return i == n && n <= 16;
}

/* Why a paragraph stays out: it repeats the headline, is a byline or a
 * dateline. NULL to keep it. */
static const char *leave_out(struct emitter *e, const char *s, size_t n)
{
	const char *h = e->pg->headline;
	size_t hn = h ? strlen(h) : 0;
	if (h && hn == n && !memcmp(h, s, n))
		return "the headline";
	/* A headline run into the byline by a single <br>: the rest decides. */
	if (h && hn + 1 < n && !memcmp(h, s, hn) && s[hn] == ' ') {
		s += hn + 1;
		n -= hn + 1;
		return leave_out(e, s, n) ? "the headline and a byline" : NULL;
	}
	size_t words = 1;
	for (size_t i = 0; i < n; i++)
		words += s[i] == ' ';
	if (e->emitted < 2 && words <= 8 && n > 3 && artex__html_byline(s)) {
		if (!e->pg->byline)
			e->pg->byline = strndup(s, n);
		return "a byline";
	}
	/* Loose words between blocks, such as a kicker or a label. */
	if (words < 4 && !strchr(".!?:\"", s[n - 1]) && e->tag &&
	    name_in(e->tag, (const char *const[]){"div", "section", "article", "main", "td",
	                                          "body", NULL}))
		return "a label";
	if (is_time_only(s, n))
		return "a time stamp";
	char date[48], *copy = strndup(s, n);
	int is_date = copy && n < 48 && artex__date_normalise(date, copy) == 0;
	free(copy);
	return is_date ? "a dateline" : NULL;
}

static int flush(struct emitter *e)
{
	struct artex_buf *b = &e->cur;
	e->space = 0;
	e->brs = 0;
	if (b->oom)
		return artex__error(e->pg->err, ARTEX_ENOMEM, 0, "out of memory");
	size_t n = b->len;
	while (n && b->data[n - 1] == ' ')
		n--;
	if (!n) {
		artex_buf_clear(b);
		return 0;
	}
	const char *why = leave_out(e, b->data, n);
	if (e->pg->dump) {
		size_t show = n < 70 ? n : 70;
		while (show < n && ((unsigned char)b->data[show] & 0xC0) == 0x80)
			show++;
		artex_buf_printf(e->pg->dump, "%-5s %s: \"%.*s%s\"%s%s\n", why ? "skip" : "para",
		                 e->tag ? e->tag : "text", (int)show, b->data, show < n ? "..." : "",
		                 why ? " is " : "", why ? why : "");
	}
	const char *p = NULL;
	if (!why) {
		if (artex__utf8_is_nfc(b->data, n)) {
			p = artex__article_strn(e->pg->art, b->data, n);
		} else {
			size_t m;
			char *nfc = artex__utf8_nfc(b->data, n, &m);
			p = nfc ? artex__article_strn(e->pg->art, nfc, m) : NULL;
			free(nfc);
		}
		if (!p || artex__strlist_add_arena(e->pg->art, &e->pg->art->paragraphs, p) < 0)
			return artex__error(e->pg->err, ARTEX_ENOMEM, 0, "out of memory");
		e->emitted++;
	}
	artex_buf_clear(b);
	return 0;
}

/* Lists and blocks that are mostly links (more stories, tag lists) and
 * headings of the page rather than of the article stay out. */
static const char *left_out_block(const xmlNode *n, const struct info *in)
{
	const char *name = artex__html_name(n);
	if (!strcmp(name, "h1"))
		return "the page's heading";
	double ld = link_density(in);
	if (name_in(name, (const char *const[]){"ul", "ol", "dl", "table", "div", "section", NULL}) &&
	    ld > 0.5)
		return "mostly links";
	if (name_in(name, (const char *const[]){"p", "li", NULL}) && ld > 0.75)
		return "mostly links";
	return NULL;
}

static int emit(struct emitter *e, xmlNodePtr root)
{
	xmlNodePtr n = root;
	int rc;
	while (n) {
		struct info *in = info_of(n);
		const char *name = artex__html_name(n);
		int enter = 0;
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			const char *s = (const char *)n->content;
			size_t before = e->cur.len;
			if (s) {
				if (e->brs == 1 && e->cur.len)
					e->space = 1;
				artex__html_put_collapsed(&e->cur, s, strlen(s), &e->space);
			}
			if (e->cur.len > before)
				e->brs = 0;
		} else if (in && !in->removed) {
			const char *why = left_out_block(n, in);
			if (!why && !in->block && e->cur.len == 0)
				e->tag = n->parent ? artex__html_name(n->parent) : name;
			if (why) {
				if ((rc = flush(e)) < 0)
					return rc;
				if (in->text)
					dump_node(e->pg, "skip", n, why, NULL);
			} else if (!strcmp(name, "br")) {
				if (e->cur.len && ++e->brs >= 2 && (rc = flush(e)) < 0)
					return rc;
			} else {
				if (in->block) {
					if ((rc = flush(e)) < 0)
						return rc;
					e->tag = name;
				}
				enter = n->children != NULL;
			}
		}
		if (enter) {
			n = n->children;
			continue;
		}
		for (;;) {
			if (n != root && n->type == XML_ELEMENT_NODE && block_element(n) &&
			    info_of(n) && !info_of(n)->removed && (rc = flush(e)) < 0)
				return rc;
			if (n == root) {
				n = NULL;
				break;
			}
			if (n->next) {
				n = n->next;
				break;
			}
			n = n->parent;
			if (n != root && block_element(n))
				e->tag = artex__html_name(n);
		}
	}
	return flush(e);
}

/* The top container and the siblings that belong with it. */
static int select_and_emit(struct html_page *pg, xmlNodePtr top)
{
	struct emitter e = {.pg = pg};
	int rc = 0;
	xmlNodePtr parent = top->parent;
	double threshold = info_of(top)->score * 0.2;
	if (threshold < 10)
		threshold = 10;
	const char *top_class = artex__html_attr(top, "class");
	if (top == pg->body || !parent || !info_of(parent)) {
		rc = emit(&e, top);
		artex_buf_dispose(&e.cur);
		return rc;
	}
	for (xmlNodePtr s = parent->children; s && rc == 0; s = s->next) {
		struct info *in = info_of(s);
		if (!in || in->removed)
			continue;
		int keep = s == top;
		const char *why = "the article's container";
		if (!keep) {
			const char *cls = artex__html_attr(s, "class");
			double bonus = top_class && cls && *cls && !strcmp(top_class, cls)
			               ? info_of(top)->score * 0.2 : 0;
			double ld = link_density(in);
			if (in->candidate && in->score + bonus >= threshold) {
				keep = 1;
				why = "a sibling that scores well";
			} else if (!strcmp(artex__html_name(s), "p") &&
			           ((in->text > 80 && ld < 0.25) || (in->text > 0 && ld == 0))) {
				keep = 1;
				why = "a paragraph next to the container";
			}
		}
		if (keep) {
			if (s != top)
				dump_node(pg, "join", s, why, NULL);
			rc = emit(&e, s);
		}
	}
	artex_buf_dispose(&e.cur);
	return rc;
}

int artex__html_body(struct html_page *pg)
{
	size_t count = 0;
	xmlNodePtr root = pg->body;
	for (xmlNodePtr n = root; n; n = artex__html_next(n, root, 0))
		count += n->type == XML_ELEMENT_NODE;
	struct info *infos = calloc(count ? count : 1, sizeof *infos);
	struct candidates cands = {0};
	if (!infos)
		return artex__error(pg->err, ARTEX_ENOMEM, 0, "out of memory");
	size_t k = 0;
	for (xmlNodePtr n = root; n; n = artex__html_next(n, root, 0)) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		int flags = tag_flags(artex__html_name(n));
		infos[k].block = (flags & TAG_BLOCK) != 0;
		infos[k].never_text = (flags & TAG_DROPPED) != 0;
		n->_private = &infos[k++];
	}
	int rc = 0;
	remove_boilerplate(pg, 0);
	measure(pg);
	remove_boilerplate(pg, 1);
	measure(pg);
	if (score(pg, &cands) < 0) {
		rc = artex__error(pg->err, ARTEX_ENOMEM, 0, "out of memory");
	} else {
		xmlNodePtr top = choose_top(pg, &cands);
		rc = select_and_emit(pg, top);
	}
	for (xmlNodePtr n = root; n; n = artex__html_next(n, root, 0))
		if (n->type == XML_ELEMENT_NODE)
			n->_private = NULL;
	free(cands.items);
	free(infos);
	return rc;
}
