/* URI references resolved against a base (RFC 3986, section 5). */
#ifndef ARTEX_UTIL_URI_H
#define ARTEX_UTIL_URI_H

/* Resolves `ref` against the absolute URI `base`; a malloc'd string or NULL
 * when out of memory. */
char *artex__uri_resolve(const char *base, const char *ref);
/* Cuts uri at its "#": returns the fragment (without "#"; "" when none),
 * which stays in the same buffer. */
char *artex__uri_cut_fragment(char *uri);

#endif
