/* Spanish: cue verbs, attribution phrases, role nouns and titles. */
#include "extract/extract.h"

static const char *const function_words[] = {
	"el", "la", "los", "las", "de", "del", "y", "en", "un", "una", "es", "que", "por", "con",
	"para", "no", "se", "al", "lo", "su", "sus", "como", "más", "pero", "este", "esta", "ha",
	"han", "fue", "ser", "sobre", "entre", "según", "también", "nos", "muy", NULL};

static const struct artex_cue cues[] = {
	{"dijo", ARTEX_CUE_THAT}, {"dijeron", ARTEX_CUE_THAT}, {"dice", ARTEX_CUE_THAT},
	{"afirm*", ARTEX_CUE_THAT}, {"asegur*", ARTEX_CUE_THAT}, {"declar*", ARTEX_CUE_THAT},
	{"explic*", ARTEX_CUE_THAT}, {"señal*", ARTEX_CUE_THAT}, {"indic*", ARTEX_CUE_THAT},
	{"anunci*", ARTEX_CUE_THAT | ARTEX_CUE_NP}, {"añadi*", ARTEX_CUE_THAT},
	{"agreg*", ARTEX_CUE_THAT}, {"subray*", ARTEX_CUE_THAT}, {"destac*", ARTEX_CUE_THAT},
	{"advirti*", ARTEX_CUE_THAT}, {"prometi*", ARTEX_CUE_THAT}, {"respondi*", ARTEX_CUE_THAT},
	{"consider*", ARTEX_CUE_THAT}, {"sostuvo", ARTEX_CUE_THAT}, {"calific*", ARTEX_CUE_WEAK},
	{NULL, 0}};

static const char *const source_phrases[] = {"según @", "de acuerdo con @", "para @",
                                             "en palabras de @", NULL};
static const char *const anaphors[] = {"así lo", "esto", "eso", NULL};
static const char *const complementisers[] = {"que", NULL};
static const char *const conjunctions[] = {"pero", "aunque", NULL};
static const char *const skip_words[] = {"ha", "han", "había", "también", "ya", "además",
                                         "hoy", NULL};
static const char *const clause_starts[] = {"*", NULL};
static const char *const prepositions[] = {"de", "del", "a", "con", "por", "para", "según", NULL};
static const char *const passive_aux[] = {"fue", NULL};
static const struct artex_gword pronouns[] = {{"él", ARTEX_G_M}, {"ella", ARTEX_G_F}, {NULL, 0}};
static const struct artex_gword roles[] = {
	{"alcalde", ARTEX_G_M}, {"alcaldesa", ARTEX_G_F}, {"concejal", ARTEX_G_M},
	{"concejala", ARTEX_G_F}, {"ministro", ARTEX_G_M}, {"ministra", ARTEX_G_F},
	{"presidente", ARTEX_G_M}, {"presidenta", ARTEX_G_F}, {"portavoz", ARTEX_G_ANY},
	{"diputado", ARTEX_G_M}, {"diputada", ARTEX_G_F}, {"director", ARTEX_G_M},
	{"directora", ARTEX_G_F}, {"secretario", ARTEX_G_M}, {"secretaria", ARTEX_G_F},
	{"gobernador", ARTEX_G_M}, {"gobernadora", ARTEX_G_F}, {"líder", ARTEX_G_ANY},
	{"responsable", ARTEX_G_ANY}, {"jefe", ARTEX_G_M}, {"jefa", ARTEX_G_F}, {NULL, 0}};
static const char *const titles[] = {"sr", "sra", "srta", "don", "doña", "señor", "señora",
                                     "dr", "dra", NULL};
static const char *const org_words[] = {"ministerio", "gobierno", "partido", "ayuntamiento",
                                        "comisión", "consejo", "banco", "empresa", "agencia",
                                        NULL};
static const char *const name_nouns[] = {"diario", "periódico", "revista", "equipo", "club",
                                         "empresa", "película", "libro", "canción", "partido",
                                         NULL};
static const char *const indefinites[] = {"un", "una", "algún", "alguna", NULL};
static const char *const abbreviations[] = {"sr", "sra", "srta", "dr", "dra", "etc", "ud",
                                            "uds", NULL};
static const char *const months[] = {"enero", "febrero", "marzo", "abril", "mayo", "junio",
                                     "julio", "agosto", "septiembre", "octubre", "noviembre",
                                     "diciembre", "lunes", "martes", "miércoles", "jueves",
                                     "viernes", "sábado", "domingo", NULL};
static const struct artex_suffix_rule no_rules[] = {{NULL, NULL, 0}};
static const struct artex_gword name_endings[] = {{NULL, 0}};

const struct artex_lang artex__lang_es = {
	.tag = "es",
	.function_words = function_words,
	.cues = cues,
	.source_phrases = source_phrases,
	.anaphors = anaphors,
	.complementisers = complementisers,
	.conjunctions = conjunctions,
	.skip_words = skip_words,
	.clause_starts = clause_starts,
	.prepositions = prepositions,
	.passive_aux = passive_aux,
	.pronouns = pronouns,
	.roles = roles,
	.titles = titles,
	.org_words = org_words,
	.name_nouns = name_nouns,
	.indefinites = indefinites,
	.abbreviations = abbreviations,
	.months = months,
	.first_name_rules = no_rules,
	.surname_rules = no_rules,
	.name_endings = name_endings,
};
