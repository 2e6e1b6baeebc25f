/* Language identification. */
#ifndef ARTEX_EXTRACT_LANG_H
#define ARTEX_EXTRACT_LANG_H

#include <stddef.h>

/* A BCP 47 tag for the language of valid UTF-8 text ("und" when no letters
 * tell), from its script and the function words of each language the
 * extraction has tables for. The result is a static string. */
const char *artex__lang_guess(const char *text, size_t len);

#endif
