/* The extraction stage as the pipeline calls it. It adds persons,
 * organisations, quotes and claims to an article and replaces any it had;
 * it does not check them, the pipeline does. */
#ifndef ARTEX_EXTRACT_EXTRACTOR_H
#define ARTEX_EXTRACT_EXTRACTOR_H

#include "artex.h"

/* Runs every stage over the article's headline and body. 0, ARTEX_EUSAGE
 * for a language that is no BCP 47 tag, ARTEX_EIO or ARTEX_EINVALID for an
 * unreadable people registry, ARTEX_ENOMEM. */
int artex__extract(struct artex_article *art, const struct artex_extract_opts *opts,
                   struct artex_error *err);

#endif
