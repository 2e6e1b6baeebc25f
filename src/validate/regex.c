/* ECMA-262 regular expressions on PCRE2.
 *
 * JSON Schema patterns are ECMA-262 (with the "u" flag). PCRE2 in UTF+UCP
 * mode is close, but its \d, \w, \s and \b are Unicode-aware where ECMA's
 * (except \s) are ASCII, "." stops at fewer line terminators, "$" matches
 * before a final newline, and some escapes mean other things (\v, \a). The
 * pattern is rewritten into PCRE2 syntax with those meanings spelled out,
 * then compiled once (JIT where available). Matching has a step limit so
 * that catastrophic backtracking ends with an error instead of hanging. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "validate/jsonschema.h"

/* Backtracking steps one match may take: far above what real patterns need
 * on real strings, far below what an exponential pattern asks for. */
#define MATCH_LIMIT 2000000
#define DEPTH_LIMIT 20000

struct artex__regex {
	pcre2_code *code;
	pcre2_match_context *mctx;
};

#define WORD "A-Za-z0-9_"
#define SPACE "\\t\\n\\x{0b}\\f\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}" \
              "\\x{202f}\\x{205f}\\x{3000}\\x{feff}"
#define NOT_SPACE "\\x{0}-\\x{8}\\x{e}-\\x{1f}\\x{21}-\\x{9f}\\x{a1}-\\x{167f}" \
                  "\\x{1681}-\\x{1fff}\\x{200b}-\\x{2027}\\x{202a}-\\x{202e}" \
                  "\\x{2030}-\\x{205e}\\x{2060}-\\x{2fff}\\x{3001}-\\x{fefe}\\x{ff00}-\\x{10ffff}"
#define NOT_WORD "\\x{0}-\\x{2f}\\x{3a}-\\x{40}\\x{5b}-\\x{5e}\\x{60}\\x{7b}-\\x{10ffff}"
#define NOT_DIGIT "\\x{0}-\\x{2f}\\x{3a}-\\x{10ffff}"

/* ECMA-262 accepts the long General_Category names; PCRE2 10.42 knows
 * only the short ones. */
static const char *const gc_names[][2] = {
	{"Letter", "L"}, {"Cased_Letter", "L&"}, {"Uppercase_Letter", "Lu"},
	{"Lowercase_Letter", "Ll"}, {"Titlecase_Letter", "Lt"}, {"Modifier_Letter", "Lm"},
	{"Other_Letter", "Lo"}, {"Mark", "M"}, {"Combining_Mark", "M"}, {"Nonspacing_Mark", "Mn"},
	{"Spacing_Mark", "Mc"}, {"Enclosing_Mark", "Me"}, {"Number", "N"}, {"Decimal_Number", "Nd"},
	{"digit", "Nd"}, {"Letter_Number", "Nl"}, {"Other_Number", "No"}, {"Punctuation", "P"},
	{"punct", "P"}, {"Connector_Punctuation", "Pc"}, {"Dash_Punctuation", "Pd"},
	{"Open_Punctuation", "Ps"}, {"Close_Punctuation", "Pe"}, {"Initial_Punctuation", "Pi"},
	{"Final_Punctuation", "Pf"}, {"Other_Punctuation", "Po"}, {"Symbol", "S"},
	{"Math_Symbol", "Sm"}, {"Currency_Symbol", "Sc"}, {"Modifier_Symbol", "Sk"},
	{"Other_Symbol", "So"}, {"Separator", "Z"}, {"Space_Separator", "Zs"},
	{"Line_Separator", "Zl"}, {"Paragraph_Separator", "Zp"}, {"Other", "C"},
	{"Control", "Cc"}, {"cntrl", "Cc"}, {"Format", "Cf"}, {"Surrogate", "Cs"},
	{"Private_Use", "Co"}, {"Unassigned", "Cn"}, {"LC", "L&"},
};

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static int read_hex4(const char *s, size_t len, size_t i, uint32_t *out)
{
	if (i + 4 > len)
		return -1;
	uint32_t v = 0;
	for (size_t k = 0; k < 4; k++) {
		int h = hexval(s[i + k]);
		if (h < 0)
			return -1;
		v = v * 16 + (uint32_t)h;
	}
	*out = v;
	return 0;
}

/* Rewrites an ECMA-262 pattern into PCRE2 syntax. Returns 0, or -1 with a
 * message for constructs ECMA-262 does not allow. */
/* ECMA-262's class escapes in PCRE2: inside a class, and standing alone. */
static const struct {
	char escape;
	const char *in_class, *alone;
} class_escapes[] = {
	{'d', "0-9", "[0-9]"},          {'D', NOT_DIGIT, "[^0-9]"},
	{'w', WORD, "[" WORD "]"},      {'W', NOT_WORD, "[^" WORD "]"},
	{'s', SPACE, "[" SPACE "]"},    {'S', NOT_SPACE, "[^" SPACE "]"},
};

static int translate(struct artex_buf *out, const char *s, size_t len, const char **why)
{
	int in_class = 0;
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if (c == '\\') {
			if (++i >= len) {
				*why = "pattern ends with a backslash";
				return -1;
			}
			char e = s[i];
			size_t ce = 0, n_ce = sizeof class_escapes / sizeof class_escapes[0];
			while (ce < n_ce && class_escapes[ce].escape != e)
				ce++;
			if (ce < n_ce) {
				artex_buf_puts(out, in_class ? class_escapes[ce].in_class
				                             : class_escapes[ce].alone);
				continue;
			}
			switch (e) {
			case 'b':
				artex_buf_puts(out, in_class ? "\\x{08}"
				                             : "(?:(?<=[" WORD "])(?![" WORD "])|(?<![" WORD
				                               "])(?=[" WORD "]))");
				break;
			case 'B':
				if (in_class) {
					*why = "\\B inside a character class";
					return -1;
				}
				artex_buf_puts(out, "(?:(?<=[" WORD "])(?=[" WORD "])|(?<![" WORD "])(?![" WORD
				                    "]))");
				break;
			case 'v':
				artex_buf_puts(out, "\\x{0b}");
				break;
			case '0':
				if (i + 1 < len && s[i + 1] >= '0' && s[i + 1] <= '9') {
					*why = "octal escapes are not allowed";
					return -1;
				}
				artex_buf_puts(out, "\\x{0}");
				break;
			case 'u': {
				uint32_t cp;
				if (i + 1 < len && s[i + 1] == '{') {
					size_t k = i + 2;
					cp = 0;
					while (k < len && hexval(s[k]) >= 0 && cp <= 0x10FFFF)
						cp = cp * 16 + (uint32_t)hexval(s[k++]);
					if (k >= len || s[k] != '}' || k == i + 2 || cp > 0x10FFFF) {
						*why = "malformed \\u{...} escape";
						return -1;
					}
					i = k;
				} else {
					if (read_hex4(s, len, i + 1, &cp) < 0) {
						*why = "malformed \\u escape";
						return -1;
					}
					i += 4;
					uint32_t lo;
					if (cp >= 0xD800 && cp <= 0xDBFF && i + 2 < len && s[i + 1] == '\\' &&
					    s[i + 2] == 'u' && read_hex4(s, len, i + 3, &lo) == 0 &&
					    lo >= 0xDC00 && lo <= 0xDFFF) {
						cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
						i += 6;
					}
				}
				if (cp >= 0xD800 && cp <= 0xDFFF) {
					*why = "lone surrogate";
					return -1;
				}
				artex_buf_printf(out, "\\x{%x}", (unsigned)cp);
				break;
			}
			case 'x':
				if (i + 2 >= len + 0 || hexval(s[i + 1]) < 0 || hexval(s[i + 2]) < 0) {
					*why = "malformed \\x escape";
					return -1;
				}
				artex_buf_printf(out, "\\x{%c%c}", s[i + 1], s[i + 2]);
				i += 2;
				break;
			case 'c':
				if (i + 1 >= len || !((s[i + 1] >= 'a' && s[i + 1] <= 'z') ||
				                      (s[i + 1] >= 'A' && s[i + 1] <= 'Z'))) {
					*why = "malformed \\c escape";
					return -1;
				}
				artex_buf_printf(out, "\\x{%x}", (unsigned)(s[i + 1] % 32));
				i++;
				break;
			case 'p':
			case 'P': {
				if (i + 1 >= len || s[i + 1] != '{') {
					*why = "\\p needs a {property}";
					return -1;
				}
				size_t k = i + 2;
				while (k < len && s[k] != '}')
					k++;
				if (k >= len) {
					*why = "unterminated \\p{...}";
					return -1;
				}
				const char *name = s + i + 2;
				size_t nl = k - (i + 2);
				const char *eq = memchr(name, '=', nl);
				if (eq) {
					/* PCRE2 names scripts and categories without the
					 * "Script=" / "General_Category=" prefix. */
					nl -= (size_t)(eq + 1 - name);
					name = eq + 1;
				}
				for (size_t g = 0; g < sizeof gc_names / sizeof gc_names[0]; g++)
					if (strlen(gc_names[g][0]) == nl &&
					    memcmp(gc_names[g][0], name, nl) == 0) {
						name = gc_names[g][1];
						nl = strlen(name);
						break;
					}
				artex_buf_printf(out, "\\%c{%.*s}", e, (int)nl, name);
				i = k;
				break;
			}
			case 'f': case 'n': case 'r': case 't': case 'k':
			case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8':
			case '9':
				artex_buf_putc(out, '\\');
				artex_buf_putc(out, e);
				break;
			default:
				if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z')) {
					*why = "unknown escape";
					return -1;
				}
				/* identity escape of a syntax character */
				artex_buf_putc(out, '\\');
				artex_buf_putc(out, e);
				break;
			}
			continue;
		}
		if (in_class) {
			if (c == ']') {
				in_class = 0;
				artex_buf_putc(out, ']');
			} else if (c == '[') {
				artex_buf_puts(out, "\\["); /* not a POSIX class in ECMA */
			} else {
				artex_buf_putc(out, c);
			}
			continue;
		}
		if (c == '[') {
			if (i + 2 < len + 1 && i + 1 < len && s[i + 1] == ']') {
				artex_buf_puts(out, "(?!)"); /* [] matches nothing */
				i++;
			} else if (i + 2 < len && s[i + 1] == '^' && s[i + 2] == ']') {
				artex_buf_puts(out, "[\\s\\S]"); /* [^] matches anything */
				i += 2;
			} else {
				in_class = 1;
				artex_buf_putc(out, '[');
				if (i + 1 < len && s[i + 1] == '^') {
					artex_buf_putc(out, '^');
					i++;
				}
				/* A ']' right after '[' closes the class in ECMA but is a
				 * literal in PCRE2; the [] case above covered it. */
			}
			continue;
		}
		if (c == '(' && i + 1 < len && s[i + 1] == '?') {
			/* ECMA groups: (?: (?= (?! (?<= (?<! (?<name>; PCRE2 would also
			 * take inline flags, comments and Python's (?P...). */
			const char *g = s + i + 2;
			size_t rest = len - i - 2;
			int ok = rest >= 1 && (g[0] == ':' || g[0] == '=' || g[0] == '!');
			if (!ok && rest >= 2 && g[0] == '<')
				ok = g[1] == '=' || g[1] == '!' || g[1] == '_' || g[1] == '$' ||
				     (g[1] >= 'a' && g[1] <= 'z') || (g[1] >= 'A' && g[1] <= 'Z') ||
				     (unsigned char)g[1] >= 0x80;
			if (!ok) {
				*why = "unknown group syntax after \"(?\"";
				return -1;
			}
		}
		if (c == '.') {
			artex_buf_puts(out, "[^\\n\\r\\x{2028}\\x{2029}]");
			continue;
		}
		artex_buf_putc(out, c);
	}
	if (in_class) {
		*why = "unterminated character class";
		return -1;
	}
	return out->oom ? -1 : 0;
}

struct artex__regex *artex__regex_new(const char *src, size_t len, char *msg, size_t msg_size)
{
	struct artex_buf pat = ARTEX_BUF_INIT;
	const char *why = "out of memory";
	struct artex__regex *re = NULL;
	if (translate(&pat, src, len, &why) < 0 || pat.oom) {
		snprintf(msg, msg_size, "%s", why);
		goto done;
	}
	int code;
	PCRE2_SIZE off;
	pcre2_code *pc = pcre2_compile((PCRE2_SPTR)(pat.data ? pat.data : ""), pat.len,
	                               PCRE2_UTF | PCRE2_UCP | PCRE2_DOLLAR_ENDONLY |
	                                   PCRE2_NO_UTF_CHECK,
	                               &code, &off, NULL);
	if (!pc) {
		PCRE2_UCHAR buf[160];
		pcre2_get_error_message(code, buf, sizeof buf);
		snprintf(msg, msg_size, "%s", (const char *)buf);
		goto done;
	}
	/* JIT is an optimisation only: without it (or when it fails) the
	 * interpreter gives the same answers. */
	pcre2_jit_compile(pc, PCRE2_JIT_COMPLETE);
	re = calloc(1, sizeof *re);
	pcre2_match_context *mc = pcre2_match_context_create(NULL);
	if (!re || !mc) {
		free(re);
		re = NULL;
		pcre2_match_context_free(mc);
		pcre2_code_free(pc);
		snprintf(msg, msg_size, "out of memory");
		goto done;
	}
	pcre2_set_match_limit(mc, MATCH_LIMIT);
	pcre2_set_depth_limit(mc, DEPTH_LIMIT);
	re->code = pc;
	re->mctx = mc;
done:
	artex_buf_dispose(&pat);
	return re;
}

void artex__regex_free(struct artex__regex *re)
{
	if (!re)
		return;
	pcre2_code_free(re->code);
	pcre2_match_context_free(re->mctx);
	free(re);
}

int artex__regex_search(const struct artex__regex *re, const char *s, size_t len, void **scratch)
{
	pcre2_match_data *md = *scratch;
	if (!md) {
		/* One capture pair is enough to learn whether there is a match; the
		 * match data then serves every pattern of this validation. */
		md = pcre2_match_data_create(1, NULL);
		if (!md)
			return -1;
		*scratch = md;
	}
	/* jansson strings are valid UTF-8, so the subject check is skipped. */
	int rc = pcre2_match(re->code, (PCRE2_SPTR)s, len, 0, PCRE2_NO_UTF_CHECK, md, re->mctx);
	if (rc >= 0)
		return 1;
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	return -1;
}

void artex__regex_scratch_free(void *scratch)
{
	pcre2_match_data_free(scratch);
}
