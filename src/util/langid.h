/* Language identification from a text's script, its letters and its
 * function words, for readers (inputs that name no language) and
 * extraction alike. Tables are static and built once per process, so any
 * number of threads may identify at the same time. */
#ifndef ARTEX_UTIL_LANGID_H
#define ARTEX_UTIL_LANGID_H

#include <stddef.h>

/* A BCP 47 tag for the language of valid UTF-8 text ("und" when no letters
 * tell), among the languages below: script first, then, among those
 * written in it, the letters only one of them has when they are frequent
 * enough to tell, else the function words; ties go to the smaller tag, so
 * the order of the languages decides nothing. The result is static. */
const char *artex__langid(const char *text, size_t len);

/* Function words of each language identification knows (langid_words.c);
 * extraction's tables use them too. */
extern const char *const artex__langid_words_ru[], *const artex__langid_words_uk[],
	*const artex__langid_words_en[], *const artex__langid_words_de[],
	*const artex__langid_words_fr[], *const artex__langid_words_es[];

#endif
