/*
 * artex tools: helpers built on libartex for the artex command and programs
 * like it, kept out of artex.h because they are not about articles: a file
 * writer and Google's rich-results profile for JSON-LD. Ownership and
 * errors follow artex.h.
 */
#ifndef ARTEX_TOOLS_H
#define ARTEX_TOOLS_H

#include "artex.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Writes `len` bytes to `path` through a temporary file in the same folder
 * and a rename, so readers never see a partial file. */
ARTEX_EXPORT int artex_file_write_atomic(const char *path, const char *data, size_t len,
                                         struct artex_error *err);

/* The folder this build installs its schemas to (the same files as
 * artex_schema_bundled_text gives), for editors and other validators;
 * static. It need not exist when the library runs from its build tree. */
ARTEX_EXPORT const char *artex_schema_dir(void);

/* Checks JSON-LD text against Google's "Article" rich-results
 * recommendations (headline of at most 110 characters; image URLs or
 * ImageObjects; datePublished and dateModified in ISO 8601 with a time zone;
 * each author its own Person or Organization with name and url; publisher
 * with name and logo), offline. Every finding is appended to `out` as a
 * warning: an entry whose code is ARTEX_OK, with msg_id, JSON Pointer, file,
 * line and column. Returns 0 whether or not there were warnings, or
 * ARTEX_EPARSE in err when buf is not JSON. `name` is used in the entries. */
ARTEX_EXPORT int artex_google_article_check(struct artex_error_list *out, const char *buf,
                                            size_t len, const char *name,
                                            struct artex_error *err);
/* As artex_google_article_check, reading `path`; ARTEX_EIO when it cannot. */
ARTEX_EXPORT int artex_google_article_check_file(struct artex_error_list *out,
                                                 const char *path, struct artex_error *err);

#ifdef __cplusplus
}
#endif
#endif
