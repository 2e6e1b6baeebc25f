/* URI references (RFC 3986, section 5), as "$id" and "$ref" need them. */
#include "util/uri.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"

struct uri {
	const char *scheme, *auth, *path, *query, *frag;
	size_t scheme_len, auth_len, path_len, query_len, frag_len;
	int has_scheme, has_auth, has_query, has_frag;
};

static void uri_parse(const char *u, struct uri *o)
{
	memset(o, 0, sizeof *o);
	const char *c = u;
	if (isalpha((unsigned char)*c)) {
		const char *x = c;
		while (isalnum((unsigned char)*x) || *x == '+' || *x == '-' || *x == '.')
			x++;
		if (*x == ':') {
			o->scheme = c;
			o->scheme_len = (size_t)(x - c);
			o->has_scheme = 1;
			c = x + 1;
		}
	}
	if (c[0] == '/' && c[1] == '/') {
		c += 2;
		o->auth = c;
		while (*c && *c != '/' && *c != '?' && *c != '#')
			c++;
		o->auth_len = (size_t)(c - o->auth);
		o->has_auth = 1;
	}
	o->path = c;
	while (*c && *c != '?' && *c != '#')
		c++;
	o->path_len = (size_t)(c - o->path);
	if (*c == '?') {
		o->query = ++c;
		while (*c && *c != '#')
			c++;
		o->query_len = (size_t)(c - o->query);
		o->has_query = 1;
	}
	if (*c == '#') {
		o->frag = ++c;
		o->frag_len = strlen(c);
		o->has_frag = 1;
	}
}

/* Appends `path` to `out` without "." and ".." segments (RFC 3986 5.2.4). */
static void remove_dots(struct artex_buf *out, const char *in, size_t len)
{
	size_t start = out->len;
	size_t i = 0;
	while (i < len) {
		if (len - i >= 3 && memcmp(in + i, "../", 3) == 0) {
			i += 3;
		} else if (len - i >= 2 && memcmp(in + i, "./", 2) == 0) {
			i += 2;
		} else if (len - i >= 3 && memcmp(in + i, "/./", 3) == 0) {
			i += 2;
		} else if (len - i == 2 && memcmp(in + i, "/.", 2) == 0) {
			artex_buf_putc(out, '/');
			i += 2;
		} else if ((len - i >= 4 && memcmp(in + i, "/../", 4) == 0) ||
		           (len - i == 3 && memcmp(in + i, "/..", 3) == 0)) {
			i += 3;
			while (out->len > start && out->data[out->len - 1] != '/')
				out->len--;
			if (out->len > start)
				out->len--;
			if (i >= len)
				artex_buf_putc(out, '/');
		} else if ((len - i == 1 && in[i] == '.') || (len - i == 2 && memcmp(in + i, "..", 2) == 0)) {
			i = len;
		} else {
			size_t j = i;
			if (in[j] == '/')
				j++;
			while (j < len && in[j] != '/')
				j++;
			artex_buf_put(out, in + i, j - i);
			i = j;
		}
	}
	if (out->data)
		out->data[out->len] = '\0';
}

/* Resolves `ref` against `base`; returns a malloc'd absolute URI or NULL on
 * OOM. */
/* RFC 3986 5.2.2: a reference's own authority, dot-free path and query. */
static void put_from_authority(struct artex_buf *out, const struct uri *u)
{
	if (u->has_auth) {
		artex_buf_puts(out, "//");
		artex_buf_put(out, u->auth, u->auth_len);
	}
	remove_dots(out, u->path, u->path_len);
	if (u->has_query) {
		artex_buf_putc(out, '?');
		artex_buf_put(out, u->query, u->query_len);
	}
}

char *artex__uri_resolve(const char *base, const char *ref)
{
	struct uri b, r;
	uri_parse(base ? base : "", &b);
	uri_parse(ref, &r);
	struct artex_buf out = ARTEX_BUF_INIT;
	if (r.has_scheme) {
		artex_buf_put(&out, r.scheme, r.scheme_len);
		artex_buf_putc(&out, ':');
		put_from_authority(&out, &r);
	} else {
		if (b.has_scheme) {
			artex_buf_put(&out, b.scheme, b.scheme_len);
			artex_buf_putc(&out, ':');
		}
		if (r.has_auth) {
			put_from_authority(&out, &r);
		} else {
			if (b.has_auth) {
				artex_buf_puts(&out, "//");
				artex_buf_put(&out, b.auth, b.auth_len);
			}
			if (r.path_len == 0) {
				artex_buf_put(&out, b.path, b.path_len);
				if (r.has_query) {
					artex_buf_putc(&out, '?');
					artex_buf_put(&out, r.query, r.query_len);
				} else if (b.has_query) {
					artex_buf_putc(&out, '?');
					artex_buf_put(&out, b.query, b.query_len);
				}
			} else {
				if (r.path[0] == '/') {
					remove_dots(&out, r.path, r.path_len);
				} else {
					struct artex_buf merged = ARTEX_BUF_INIT;
					if (b.has_auth && b.path_len == 0) {
						artex_buf_putc(&merged, '/');
					} else {
						size_t k = b.path_len;
						while (k > 0 && b.path[k - 1] != '/')
							k--;
						artex_buf_put(&merged, b.path, k);
					}
					artex_buf_put(&merged, r.path, r.path_len);
					if (merged.oom)
						out.oom = 1;
					else
						remove_dots(&out, merged.data, merged.len);
					artex_buf_dispose(&merged);
				}
				if (r.has_query) {
					artex_buf_putc(&out, '?');
					artex_buf_put(&out, r.query, r.query_len);
				}
			}
		}
	}
	if (r.has_frag) {
		artex_buf_putc(&out, '#');
		artex_buf_put(&out, r.frag, r.frag_len);
	}
	if (out.oom) {
		artex_buf_dispose(&out);
		return NULL;
	}
	size_t n;
	return artex_buf_detach(&out, &n);
}

/* Splits "uri#frag" in place: returns the fragment (percent-decoded) or "". */
char *artex__uri_cut_fragment(char *uri)
{
	char *h = strchr(uri, '#');
	if (!h)
		return uri + strlen(uri);
	*h = '\0';
	char *f = h + 1, *w = f;
	for (char *r = f; *r; r++) {
		if (r[0] == '%' && isxdigit((unsigned char)r[1]) && isxdigit((unsigned char)r[2])) {
			char hex[3] = {r[1], r[2], 0};
			*w++ = (char)strtol(hex, NULL, 16);
			r += 2;
		} else {
			*w++ = *r;
		}
	}
	*w = '\0';
	return f;
}
