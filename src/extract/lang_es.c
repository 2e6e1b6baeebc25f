/* Spanish: cue verbs, attribution phrases, role nouns and titles. */
#include "extract/extract.h"
#include "util/langid.h"

/* Verbs of saying, thinking and reporting (FrameNet Statement and
 * Opinion, VerbNet say and complain): preterite and present, spelled out
 * where a stem would take in nouns (aseguradora, señalización, considerable). */
static const struct artex_cue cues[] = {
	/* decir, declarar, afirmar */
	{"dijo", ARTEX_CUE_THAT}, {"dijeron", ARTEX_CUE_THAT}, {"dice", ARTEX_CUE_THAT},
	{"dicen", ARTEX_CUE_THAT}, {"dicho", ARTEX_CUE_THAT}, {"afirm*", ARTEX_CUE_THAT},
	{"aseguró", ARTEX_CUE_THAT}, {"asegura", ARTEX_CUE_THAT}, {"aseguran", ARTEX_CUE_THAT},
	{"aseguraron", ARTEX_CUE_THAT}, {"declar*", ARTEX_CUE_THAT}, {"manifestó", ARTEX_CUE_THAT},
	{"expresó", ARTEX_CUE_THAT}, {"sostuvo", ARTEX_CUE_THAT}, {"sostiene", ARTEX_CUE_THAT},
	{"mantiene", ARTEX_CUE_THAT},
	/* explicar, señalar, indicar, añadir */
	{"explic*", ARTEX_CUE_THAT}, {"señaló", ARTEX_CUE_THAT}, {"señala", ARTEX_CUE_THAT},
	{"señalan", ARTEX_CUE_THAT}, {"señalaron", ARTEX_CUE_THAT}, {"indicó", ARTEX_CUE_THAT},
	{"indica", ARTEX_CUE_THAT}, {"indicaron", ARTEX_CUE_THAT}, {"añadi*", ARTEX_CUE_THAT},
	{"agregó", ARTEX_CUE_THAT}, {"agrega", ARTEX_CUE_THAT}, {"agregaron", ARTEX_CUE_THAT},
	{"precisó", ARTEX_CUE_THAT}, {"aclaró", ARTEX_CUE_THAT}, {"detalló", ARTEX_CUE_THAT},
	{"apuntó", ARTEX_CUE_THAT}, {"puntualizó", ARTEX_CUE_THAT}, {"comentó", ARTEX_CUE_THAT},
	{"contó", ARTEX_CUE_THAT}, {"relató", ARTEX_CUE_THAT},
	/* subrayar, destacar, insistir, recordar */
	{"subray*", ARTEX_CUE_THAT}, {"destacó", ARTEX_CUE_THAT}, {"destaca", ARTEX_CUE_THAT},
	{"destacaron", ARTEX_CUE_THAT}, {"enfatizó", ARTEX_CUE_THAT}, {"remarcó", ARTEX_CUE_THAT},
	{"insistió", ARTEX_CUE_THAT}, {"insiste", ARTEX_CUE_THAT}, {"recordó", ARTEX_CUE_THAT},
	{"recuerda", ARTEX_CUE_THAT}, {"reiteró", ARTEX_CUE_THAT},
	/* anunciar, informar, confirmar */
	{"anunció", ARTEX_CUE_THAT | ARTEX_CUE_NP}, {"anuncia", ARTEX_CUE_THAT | ARTEX_CUE_NP},
	{"anunciaron", ARTEX_CUE_THAT | ARTEX_CUE_NP}, {"informó", ARTEX_CUE_THAT},
	{"informa", ARTEX_CUE_THAT}, {"comunicó", ARTEX_CUE_THAT}, {"confirmó", ARTEX_CUE_THAT},
	{"confirma", ARTEX_CUE_THAT}, {"reconoció", ARTEX_CUE_THAT}, {"reconoce", ARTEX_CUE_THAT},
	{"admitió", ARTEX_CUE_THAT}, {"negó", ARTEX_CUE_THAT}, {"niega", ARTEX_CUE_THAT},
	{"desmintió", ARTEX_CUE_THAT}, {"concluyó", ARTEX_CUE_THAT},
	/* responder, replicar */
	{"respondi*", ARTEX_CUE_THAT}, {"replicó", ARTEX_CUE_THAT}, {"contestó", ARTEX_CUE_THAT},
	/* advertir, prometer, garantizar */
	{"advirti*", ARTEX_CUE_THAT}, {"advierte", ARTEX_CUE_THAT}, {"alertó", ARTEX_CUE_THAT},
	{"avisó", ARTEX_CUE_THAT}, {"prometi*", ARTEX_CUE_THAT}, {"promete", ARTEX_CUE_THAT},
	{"garantizó", ARTEX_CUE_THAT},
	/* considerar, creer, pensar, temer, esperar */
	{"consideró", ARTEX_CUE_THAT}, {"considera", ARTEX_CUE_THAT}, {"consideran", ARTEX_CUE_THAT},
	{"estimó", ARTEX_CUE_THAT}, {"estima", ARTEX_CUE_THAT}, {"opina", ARTEX_CUE_THAT},
	{"opinó", ARTEX_CUE_THAT}, {"cree", ARTEX_CUE_THAT}, {"creen", ARTEX_CUE_THAT},
	{"piensa", ARTEX_CUE_THAT}, {"teme", ARTEX_CUE_THAT}, {"temen", ARTEX_CUE_THAT},
	{"confía", ARTEX_CUE_THAT}, {"convencido", ARTEX_CUE_THAT}, {"convencida", ARTEX_CUE_THAT},
	{"pronosticó", ARTEX_CUE_THAT}, {"predijo", ARTEX_CUE_THAT},
	/* lamentar, denunciar, exigir, acusar, escribir */
	{"lamentó", ARTEX_CUE_THAT}, {"lamenta", ARTEX_CUE_THAT}, {"denunció", ARTEX_CUE_THAT},
	{"exigió", ARTEX_CUE_THAT}, {"exige", ARTEX_CUE_THAT},
	{"reclamó", ARTEX_CUE_THAT}, {"reclama", ARTEX_CUE_THAT}, {"pidió", ARTEX_CUE_THAT},
	{"acusó", ARTEX_CUE_THAT | ARTEX_CUE_OF}, {"escribió", ARTEX_CUE_THAT}, {"citó", ARTEX_CUE_QUOTE},
	{"prosiguió", ARTEX_CUE_QUOTE},
	/* calificar, criticar */
	{"calific*", ARTEX_CUE_WEAK}, {"criticó", ARTEX_CUE_WEAK}, {"tildó", ARTEX_CUE_WEAK},
	{"elogió", ARTEX_CUE_WEAK},
	{NULL, 0}};

static const char *const source_phrases[] = {
	"según @", "de acuerdo con @", "para @", "en palabras de @", "a juicio de @",
	"en opinión de @", "a decir de @", "como dijo @", "como señaló @", "como explicó @",
	"como indicó @", "citando a @", "como % @", NULL};
static const char *const anaphors[] = {"así lo", "esto", "eso", NULL};
static const char *const complementisers[] = {"que", NULL};
static const char *const conjunctions[] = {"pero", "aunque", "y", NULL};
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
	{"diputado", ARTEX_G_M}, {"diputada", ARTEX_G_F}, {"senador", ARTEX_G_M},
	{"senadora", ARTEX_G_F}, {"director", ARTEX_G_M}, {"directora", ARTEX_G_F},
	{"secretario", ARTEX_G_M}, {"secretaria", ARTEX_G_F}, {"gobernador", ARTEX_G_M},
	{"gobernadora", ARTEX_G_F}, {"líder", ARTEX_G_ANY}, {"responsable", ARTEX_G_ANY},
	{"jefe", ARTEX_G_M}, {"jefa", ARTEX_G_F}, {"fiscal", ARTEX_G_ANY}, {"juez", ARTEX_G_M},
	{"jueza", ARTEX_G_F}, {"abogado", ARTEX_G_M}, {"abogada", ARTEX_G_F},
	{"embajador", ARTEX_G_M}, {"embajadora", ARTEX_G_F}, {"consejero", ARTEX_G_M},
	{"consejera", ARTEX_G_F}, {"asesor", ARTEX_G_M}, {"asesora", ARTEX_G_F},
	{"experto", ARTEX_G_M}, {"experta", ARTEX_G_F}, {"entrenador", ARTEX_G_M},
	{"entrenadora", ARTEX_G_F}, {"profesor", ARTEX_G_M}, {"profesora", ARTEX_G_F},
	{"médico", ARTEX_G_M}, {"médica", ARTEX_G_F}, {"delegado", ARTEX_G_M},
	{"delegada", ARTEX_G_F}, {"fundador", ARTEX_G_M}, {"fundadora", ARTEX_G_F},
	{"gerente", ARTEX_G_ANY}, {"dirigente", ARTEX_G_ANY}, {NULL, 0}};
static const char *const titles[] = {"sr", "sra", "srta", "don", "doña", "señor", "señora", "señorita", "dr", "dra", "doctor", "doctora", NULL};
static const char *const org_words[] = {
	"ministerio", "gobierno", "partido", "ayuntamiento", "comisión", "consejo", "banco",
	"empresa", "agencia", "policía", "guardia", "fiscalía", "tribunal", "juzgado",
	"congreso", "senado", "parlamento", "sindicato", "asociación", "federación", "fundación",
	"universidad", "instituto", "comité", "oficina", "autoridad", "grupo", "hospital",
	"escuela", "embajada", "dirección", "servicio", "delegación", "consejería", "junta",
	"informe", NULL};
/* Words that join a role to the role, not to the name: "teniente de
 * alcalde", "exministra", "vicepresidente". */
static const char *const role_modifiers[] = {
	"vice", "adjunto", "adjunta", "ex", "exministro", "exministra", "expresidente",
	"expresidenta", "antiguo", "antigua", "interino", "interina", "primer", "primera", "segundo",
	"segunda", "teniente", "general", "subsecretario", "subsecretaria", NULL};
/* Unnamed speakers: the source stays null. */
static const char *const generic_sources[] = {
	"fuente", "fuentes", "expertos", "analistas", "observadores", "críticos", "testigos",
	"vecinos", "residentes", "responsables", "autoridades", "investigadores", "diplomáticos",
	"especialistas", "médicos", "allegados", "fuentes cercanas", "fuentes oficiales", NULL};
/* Nouns of saying and the documents that say things. */
static const char *const speech_nouns[] = {
	"comunicado", "declaración", "declaraciones", "entrevista", "carta", "discurso",
	"rueda de prensa", "conferencia de prensa", "informe", "estudio", "encuesta", "sentencia",
	"fallo", "resolución", "denuncia", "demanda", "querella", "petición", "mensaje",
	"publicación", NULL};
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

static const char *const object_preps[] = {"de", NULL};

static const char *const definite_articles[] = {"el", "la", "los", "las", NULL};
static const char *const possessives[] = {"su", "sus", NULL};
static const char *const relative_words[] = {"quien", "quienes", "que", "cual", NULL};
static const char *const coordinators[] = {"y", "e", NULL};
static const char *const inclusion_words[] = {"incluido", "incluida", "incluidos", "incluidas", NULL};
static const char *const name_connectors[] = {"de", "del", "la", "las", "los", "y", NULL};

static const char *const participle_endings[] = {"ando", "iendo", NULL};

static const char *const modals[] = {"puede", "pueden", "podrá", "podrán", "podría", "podrían", "debe", "deben", "debería", "deberían", NULL};
const struct artex_lang artex__lang_es = {
	.tag = "es",
	.modals = modals,
	.function_words = artex__langid_words_es,
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
	.role_modifiers = role_modifiers,
	.generic_sources = generic_sources,
	.speech_nouns = speech_nouns,
	.object_preps = object_preps,
	.first_name_rules = no_rules,
	.surname_rules = no_rules,
	.name_endings = name_endings,
	.definite_articles = definite_articles,
	.possessives = possessives,
	.relative_words = relative_words,
	.coordinators = coordinators,
	.inclusion_words = inclusion_words,
	.name_connectors = name_connectors,
	.acronym_after_name_stands_alone = 1,
	.participle_endings = participle_endings,
};
