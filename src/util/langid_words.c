/* The function words by which identification tells languages of one script
 * apart, a list per language, NULL-terminated; an entry ending in '*' is a
 * prefix. Written as the tokeniser folds words: lower case, ё as е, ’ as '.
 * Extraction classifies words with the same lists. */
#include <stddef.h>

#include "util/langid.h"

const char *const artex__langid_words_ru[] = {
	"и", "в", "не", "на", "что", "с", "по", "это", "как", "из", "за", "от", "для", "о", "к",
	"но", "а", "же", "он", "она", "они", "его", "ее", "их", "также", "был", "была", "было",
	"были", "уже", "при", "до", "после", "так", "если", "или", "этот", "эти", "об", "со",
	"такое", "такую", "мы", "вы", "будет", "может", "все", "только", "еще", "бы", "ли",
	"чтобы", "когда", "где", "который", "которые", "которая", "которое", "этого", "этом",
	"том", "того", "есть", "нет", "тоже", "даже", "очень", "более", "между", "сам", "сама",
	"сами", "само", NULL};

const char *const artex__langid_words_uk[] = {
	"сам", "сама", "самі", "і", "й", "в", "у", "не", "на", "що", "з", "із", "по", "це", "як", "до", "від", "для",
	"про", "але", "а", "він", "вона", "вони", "його", "її", "їх", "також", "був", "була",
	"було", "були", "вже", "після", "та", "якщо", "або", "цей", "ці", "ми", "ви", "буде",
	"може", "все", "лише", "ще", "щодо", "би", "б", "щоб", "коли", "де", "який", "які",
	"яка", "яке", "теж", "навіть", "дуже", "між", NULL};

const char *const artex__langid_words_en[] = {
	"the", "a", "an", "of", "and", "to", "in", "is", "was", "that", "for", "on", "with", "as",
	"by", "at", "from", "it", "he", "she", "they", "his", "her", "their", "this", "these",
	"has", "have", "had", "were", "are", "be", "been", "but", "not", "which", "who", "will",
	"would", "or", "after", "before", "its", "also", "than", "there", "when", "while", "we",
	"i", "you", "if", "so", "some", "many", "other", "all", "one", "two", "upon", "however",
	"during", "under", "because", "albeit", "once", "next", "since", "although", "unlike",
	"amid", "shortly", "what", "any", "no", "both",
	"meanwhile", "instead", "still", "yet", "now", "then", "here", "those", "our", "my", "your",
	"can", "could", "should", "may", "might", "must", "do", "does", "did", "about", "into",
	"over", "between", "against", "without", "within", "until", "despite", "each", "every",
	"most", "more", "such", "only", "even", "just", "where", "why", "how", NULL};

const char *const artex__langid_words_de[] = {
	"der", "die", "das", "und", "in", "den", "von", "zu", "mit", "sich", "des", "auf", "für",
	"ist", "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "er", "sie", "hat",
	"aus", "bei", "nach", "wird", "dass", "daß", "wie", "noch", "über", "einer", "zur", "vor",
	"war", "sind", "haben", "aber", "dies", "dabei", "seit", "nun", "dann", NULL};

const char *const artex__langid_words_fr[] = {
	"le", "la", "les", "de", "des", "du", "et", "en", "un", "une", "est", "que", "qui", "dans",
	"pour", "pas", "sur", "au", "aux", "il", "elle", "ils", "ne", "se", "a", "par", "avec",
	"plus", "son", "sa", "ses", "ce", "cette", "mais", "ou", "été", "sont", "selon", NULL};

const char *const artex__langid_words_es[] = {
	"el", "la", "los", "las", "de", "del", "y", "en", "un", "una", "es", "que", "por", "con",
	"para", "no", "se", "al", "lo", "su", "sus", "como", "más", "pero", "este", "esta", "ha",
	"han", "fue", "ser", "sobre", "entre", "según", "también", "nos", "muy", NULL};
