#include "util/jsonloc.h"

#include <stdlib.h>
#include <string.h>

#include "util/error.h"
#include "util/jsonptr.h"
#include "util/utf8.h"

int artex__json_load(json_t **out, const char *buf, size_t len, const char *file,
                     struct artex_error *err)
{
	json_error_t jerr;
	*out = json_loadb(buf, len, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY | JSON_ALLOW_NUL, &jerr);
	if (*out)
		return 0;
	int dup = strstr(jerr.text, "duplicate object key") != NULL;
	artex__error(err, ARTEX_EPARSE, dup ? ARTEX_MSG_DATA_DUPLICATE_KEY : ARTEX_MSG_JSON_SYNTAX,
	             "%s", jerr.text);
	artex__error_at(err, file, jerr.line > 0 ? jerr.line : 1, jerr.column > 0 ? jerr.column : 1);
	return ARTEX_EPARSE;
}

struct scan {
	const char *s;
	size_t len, i;
	size_t key_at; /* where the key of the last member found starts */
};

static void skip_ws(struct scan *sc)
{
	while (sc->i < sc->len && strchr(" \t\r\n", sc->s[sc->i]) && sc->s[sc->i])
		sc->i++;
}

/* Skips a string starting at its opening quote. */
static int skip_string(struct scan *sc)
{
	if (sc->i >= sc->len || sc->s[sc->i] != '"')
		return -1;
	for (sc->i++; sc->i < sc->len; sc->i++) {
		if (sc->s[sc->i] == '\\')
			sc->i++;
		else if (sc->s[sc->i] == '"') {
			sc->i++;
			return 0;
		}
	}
	return -1;
}

/* Skips one value of any kind without recursion: brackets are counted, and
 * strings are skipped whole so brackets inside them do not count. */
static int skip_value(struct scan *sc)
{
	size_t depth = 0;
	do {
		skip_ws(sc);
		if (sc->i >= sc->len)
			return -1;
		char c = sc->s[sc->i];
		if (c == '"') {
			if (skip_string(sc) < 0)
				return -1;
		} else if (c == '{' || c == '[') {
			depth++;
			sc->i++;
		} else if (c == '}' || c == ']') {
			if (depth == 0)
				return -1;
			depth--;
			sc->i++;
		} else if (c == ',' || c == ':') {
			if (depth == 0)
				return -1;
			sc->i++;
		} else {
			/* a NUL byte matches strchr's terminator: stop at it, or the
			 * scan would stand still on it forever */
			size_t start = sc->i;
			while (sc->i < sc->len && sc->s[sc->i] && !strchr(" \t\r\n,:]}[{\"", sc->s[sc->i]))
				sc->i++;
			if (sc->i == start)
				return -1;
		}
	} while (depth > 0);
	return 0;
}

/* Compares the JSON string at sc->i (raw, with escapes decoded by jansson)
 * with seg. */
static int key_equals(struct scan *sc, const char *seg)
{
	size_t start = sc->i;
	if (skip_string(sc) < 0)
		return -1;
	json_error_t jerr;
	json_t *k = json_loadb(sc->s + start, sc->i - start, JSON_DECODE_ANY | JSON_ALLOW_NUL, &jerr);
	int eq = k && json_is_string(k) && strcmp(json_string_value(k), seg) == 0;
	json_decref(k);
	return eq;
}

static int find(struct scan *sc, const char *pointer)
{
	char seg[512];
	while (*pointer == '/') {
		size_t seg_len;
		pointer = artex__jsonptr_token(pointer + 1, seg, sizeof seg, &seg_len);
		skip_ws(sc);
		if (sc->i >= sc->len)
			return -1;
		char open = sc->s[sc->i];
		if (open != '{' && open != '[')
			return -1;
		sc->i++;
		char *end;
		long index = open == '[' ? strtol(seg, &end, 10) : 0;
		if (open == '[' && (*end || !*seg || index < 0))
			return -1;
		for (long k = 0;; k++) {
			skip_ws(sc);
			if (sc->i >= sc->len || sc->s[sc->i] == '}' || sc->s[sc->i] == ']')
				return -1;
			int hit;
			if (open == '{') {
				size_t key_at = sc->i;
				hit = key_equals(sc, seg);
				if (hit > 0)
					sc->key_at = key_at;
				skip_ws(sc);
				if (hit < 0 || sc->i >= sc->len || sc->s[sc->i] != ':')
					return -1;
				sc->i++;
			} else {
				hit = k == index;
			}
			if (hit)
				break;
			if (skip_value(sc) < 0)
				return -1;
			skip_ws(sc);
			if (sc->i < sc->len && sc->s[sc->i] == ',')
				sc->i++;
		}
	}
	skip_ws(sc);
	return *pointer == '\0' && sc->i < sc->len ? 0 : -1;
}

static int locate(const char *buf, size_t len, const char *pointer, int key, int *line,
                  int *column)
{
	struct scan sc = {buf, len, 0, 0};
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		sc.i = 3;
	if (find(&sc, pointer) < 0)
		return -1;
	artex__utf8_linecol(buf, len, key && *pointer ? sc.key_at : sc.i, line, column);
	return 0;
}

int artex__json_locate(const char *buf, size_t len, const char *pointer, int *line, int *column)
{
	return locate(buf, len, pointer, 0, line, column);
}

int artex__json_locate_key(const char *buf, size_t len, const char *pointer, int *line,
                           int *column)
{
	return locate(buf, len, pointer, 1, line, column);
}
