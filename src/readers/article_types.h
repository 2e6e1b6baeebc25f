/* schema.org types that are articles: schema:Article and its subclasses,
 * generated from the vocabulary by scripts/gen-article-types. */
#ifndef ARTEX_READERS_ARTICLE_TYPES_H
#define ARTEX_READERS_ARTICLE_TYPES_H

#include <stddef.h>

/* Plain schema.org names ("NewsArticle"), NULL-terminated. */
extern const char *const artex__article_types[];

#endif
