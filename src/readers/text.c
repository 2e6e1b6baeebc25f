/* The plain-text article format:
 *
 *     date YYYY-MM-DD [Section]
 *     <blank line>
 *     Headline
 *     <blank line>
 *     Paragraph, possibly over several lines
 *     <blank line>
 *     ...
 *
 * Lines end in LF, CRLF or CR; a leading BOM, spaces around lines and runs
 * of blank lines are tolerated. Lines of one block are joined by a space. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "readers/reader.h"
#include "util/buf.h"
#include "util/date.h"
#include "util/error.h"
#include "util/langid.h"
#include "util/utf8.h"

struct cursor {
	const char *buf;
	size_t len, pos; /* pos: start of the next line */
	const char *file;
	struct artex_error *err;
};

struct line {
	const char *s; /* without surrounding spaces */
	size_t len;
};

static int is_space(char c)
{
	return c == ' ' || c == '\t';
}

static int next_line(struct cursor *c, struct line *out)
{
	if (c->pos >= c->len)
		return 0;
	size_t start = c->pos, end = start;
	while (end < c->len && c->buf[end] != '\n' && c->buf[end] != '\r')
		end++;
	c->pos = end;
	if (c->pos < c->len && c->buf[c->pos] == '\r')
		c->pos++;
	if (c->pos < c->len && c->buf[c->pos] == '\n')
		c->pos++;
	while (start < end && is_space(c->buf[start]))
		start++;
	while (end > start && is_space(c->buf[end - 1]))
		end--;
	out->s = c->buf + start;
	out->len = end - start;
	return 1;
}

static int fail(struct cursor *c, size_t offset, int msg_id, const char *msg)
{
	int line, col;
	artex__utf8_linecol(c->buf, c->len, offset, &line, &col);
	artex__error(c->err, ARTEX_EINVALID, msg_id, "%s", msg);
	artex__error_at(c->err, c->file, line, col);
	return ARTEX_EINVALID;
}

/* Reads the next block of non-blank lines, joined by single spaces, as NFC;
 * *out is NULL at the end of the input. */
static int read_block(struct artex_article *art, struct cursor *c, const char **out)
{
	struct line l;
	*out = NULL;
	do {
		if (!next_line(c, &l))
			return 0;
	} while (l.len == 0);
	/* A block of one line whose text NFC leaves as it is (most paragraphs)
	 * goes to the arena straight from the input. */
	struct line first = l;
	size_t after_first = c->pos;
	if ((!next_line(c, &l) || l.len == 0) && artex__utf8_nfc_stable_text(first.s, first.len)) {
		*out = artex__article_strn(art, first.s, first.len);
		return *out ? 0 : artex__error(c->err, ARTEX_ENOMEM, 0, "out of memory");
	}
	c->pos = after_first;
	l = first;
	struct artex_buf b = ARTEX_BUF_INIT;
	do {
		if (b.len)
			artex_buf_putc(&b, ' ');
		artex_buf_put(&b, l.s, l.len);
	} while (next_line(c, &l) && l.len > 0);
	if (b.oom) {
		artex_buf_dispose(&b);
		return artex__error(c->err, ARTEX_ENOMEM, 0, "out of memory");
	}
	if (artex__utf8_nfc_stable_text(b.data, b.len)) {
		*out = artex__article_strn(art, b.data, b.len);
		artex_buf_dispose(&b);
		return *out ? 0 : artex__error(c->err, ARTEX_ENOMEM, 0, "out of memory");
	}
	size_t n;
	char *nfc = artex__utf8_nfc(b.data, b.len, &n);
	artex_buf_dispose(&b);
	if (!nfc)
		return artex__error(c->err, ARTEX_ENOMEM, 0, "out of memory");
	*out = artex__article_strn(art, nfc, n);
	free(nfc);
	return *out ? 0 : artex__error(c->err, ARTEX_ENOMEM, 0, "out of memory");
}

static int read_date_line(struct artex_article *art, struct cursor *c)
{
	struct line l;
	do {
		if (!next_line(c, &l))
			return fail(c, c->len, ARTEX_MSG_TEXT_DATE_LINE,
			            "expected a first line \"date YYYY-MM-DD Section\", found no text");
	} while (l.len == 0);
	size_t at = (size_t)(l.s - c->buf);
	if (l.len < 5 || memcmp(l.s, "date", 4) != 0 || !is_space(l.s[4]))
		return fail(c, at, ARTEX_MSG_TEXT_DATE_LINE,
		            "expected the first line to be \"date YYYY-MM-DD Section\"");
	size_t i = 4;
	while (i < l.len && is_space(l.s[i]))
		i++;
	size_t d = i;
	while (i < l.len && !is_space(l.s[i]))
		i++;
	char date[32];
	if (i - d != 10) {
		return fail(c, at + d, ARTEX_MSG_TEXT_DATE_LINE,
		            "expected a date of the form YYYY-MM-DD after \"date\"");
	}
	memcpy(date, l.s + d, 10);
	date[10] = '\0';
	if (!artex__valid_date(date))
		return fail(c, at + d, ARTEX_MSG_TEXT_DATE_LINE,
		            "not a valid calendar date (expected YYYY-MM-DD)");
	while (i < l.len && is_space(l.s[i]))
		i++;
	art->date_published = artex__article_str(art, date);
	if (i < l.len) {
		size_t n;
		char *nfc = artex__utf8_nfc(l.s + i, l.len - i, &n);
		art->section = nfc ? artex__article_strn(art, nfc, n) : NULL;
		free(nfc);
		if (!art->section)
			return artex__error(c->err, ARTEX_ENOMEM, 0, "out of memory");
	}
	return art->date_published ? 0 : artex__error(c->err, ARTEX_ENOMEM, 0, "out of memory");
}

/* Control characters other than tab and line ends have no place in an
 * article and cannot be written to XML. */
static int check_chars(struct cursor *c)
{
	size_t bad = artex__utf8_invalid_at(c->buf, c->len);
	if (bad != (size_t)-1) {
		char msg[96];
		snprintf(msg, sizeof msg, "invalid UTF-8 at byte offset %zu", bad);
		return fail(c, bad, ARTEX_MSG_UTF8_INVALID, msg);
	}
	const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
	for (size_t i = 0; i < c->len; i++) {
		/* Eight bytes at a time while none is below 0x20 or the 0xEF that
		 * may start U+FFFE or U+FFFF. */
		while (c->len - i >= 8) {
			uint64_t w, ef;
			memcpy(&w, c->buf + i, 8);
			ef = w ^ (0xEF * ones);
			if (((w - 0x20 * ones) & ~w & high) || ((ef - ones) & ~ef & high))
				break;
			i += 8;
		}
		if (i >= c->len)
			break;
		unsigned char ch = (unsigned char)c->buf[i];
		unsigned cp = ch;
		/* U+FFFE and U+FFFF (EF BF BE, EF BF BF) are noncharacters XML refuses. */
		if (ch == 0xEF && i + 2 < c->len && (unsigned char)c->buf[i + 1] == 0xBF &&
		    ((unsigned char)c->buf[i + 2] & 0xFE) == 0xBE) {
			cp = 0xFFFE + ((unsigned char)c->buf[i + 2] & 1);
		} else if (ch == 0xEF && i > 0 && i + 2 < c->len &&
		           (unsigned char)c->buf[i + 1] == 0xBB && (unsigned char)c->buf[i + 2] == 0xBF) {
			/* A byte order mark past the start is almost always two files
			 * joined together; say so rather than carry it into the text. */
			return fail(c, i, ARTEX_MSG_TEXT_CONTROL,
			            "byte order mark inside the text (were two files joined?)");
		} else if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
			continue;
		}
		char msg[96];
		snprintf(msg, sizeof msg, "character U+%04X is not allowed in text (byte offset %zu)",
		         cp, i);
		return fail(c, i, ARTEX_MSG_TEXT_CONTROL, msg);
	}
	return 0;
}

static int text_read(struct artex_article *art, const char *buf, size_t len, const char *file,
                     struct artex_error *err)
{
	struct cursor c = {.buf = buf, .len = len, .file = file, .err = err};
	int rc = check_chars(&c);
	if (rc < 0)
		return rc;
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		c.pos = 3;
	if ((rc = read_date_line(art, &c)) < 0)
		return rc;
	const char *headline;
	if ((rc = read_block(art, &c, &headline)) < 0)
		return rc;
	if (!headline)
		return fail(&c, len, ARTEX_MSG_TEXT_HEADLINE,
		            "expected a headline after the date line");
	art->headline = headline;
	for (;;) {
		const char *para;
		if ((rc = read_block(art, &c, &para)) < 0)
			return rc;
		if (!para)
			break;
		if (artex__strlist_add_arena(art, &art->paragraphs, para) < 0)
			return artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
	}
	if (art->paragraphs.count == 0)
		return fail(&c, len, ARTEX_MSG_TEXT_EMPTY_BODY,
		            "expected body paragraphs after the headline");
	/* Language by script over the headline and the first paragraphs. */
	size_t sample = len < 4096 ? len : 4096;
	while (sample < len && ((unsigned char)buf[sample] & 0xC0) == 0x80)
		sample++;
	art->language = artex__langid(buf, sample);
	return 0;
}

/* Line of the block a model pointer names: the date line for the date and
 * section, the headline, or the first line of paragraph N. */
static int text_locate(const char *buf, size_t len, const char *pointer, int *line, int *column)
{
	long target;
	if (strcmp(pointer, "/date_published") == 0 || strcmp(pointer, "/section") == 0)
		target = -2;
	else if (strcmp(pointer, "/headline") == 0)
		target = -1;
	else if (strncmp(pointer, "/body/", 6) == 0 && pointer[6] >= '0' && pointer[6] <= '9')
		target = strtol(pointer + 6, NULL, 10);
	else
		return -1;
	struct cursor c = {.buf = buf, .len = len};
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		c.pos = 3;
	struct line l;
	long block = -3;
	int in_block = 0;
	while (next_line(&c, &l)) {
		if (l.len == 0) {
			in_block = 0;
			continue;
		}
		/* The date line is a block of its own even without a blank line after it. */
		if (!in_block || block == -2) {
			block++;
			if (block == target) {
				artex__utf8_linecol(buf, len, (size_t)(l.s - buf), line, column);
				return 0;
			}
		}
		in_block = 1;
	}
	return -1;
}

static int text_sniff(const char *buf, size_t len)
{
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
		buf += 3;
		len -= 3;
	}
	size_t i = 0;
	while (i < len && (is_space(buf[i]) || buf[i] == '\n' || buf[i] == '\r'))
		i++;
	return len - i >= 5 && memcmp(buf + i, "date", 4) == 0 && is_space(buf[i + 4]) ? 90 : 10;
}

static const char *const text_suffixes[] = {".txt", ".text", NULL};

const struct artex_reader artex__reader_text = {
	.name = "text",
	.suffixes = text_suffixes,
	.sniff = text_sniff,
	.read = text_read,
	.locate = text_locate,
};
