/* French: cue verbs, attribution phrases, role nouns and titles. */
#include "extract/extract.h"
#include "util/langid.h"

/* Verbs of saying, thinking and reporting (FrameNet Statement and
 * Opinion, VerbNet say and complain): the participle of the passé composé
 * and the present, spelled out, as stems would take in nouns (assurance,
 * confiance, précision). */
static const struct artex_cue cues[] = {
	/* dire, déclarer, affirmer */
	{"dit", ARTEX_CUE_THAT}, {"disent", ARTEX_CUE_THAT}, {"déclaré", ARTEX_CUE_THAT},
	{"déclare", ARTEX_CUE_THAT}, {"déclarent", ARTEX_CUE_THAT}, {"affirmé", ARTEX_CUE_THAT},
	{"affirme", ARTEX_CUE_THAT}, {"affirment", ARTEX_CUE_THAT}, {"assuré", ARTEX_CUE_THAT},
	{"assure", ARTEX_CUE_THAT}, {"assurent", ARTEX_CUE_THAT},
	/* expliquer, préciser, ajouter, indiquer */
	{"expliqué", ARTEX_CUE_THAT}, {"explique", ARTEX_CUE_THAT}, {"expliquent", ARTEX_CUE_THAT},
	{"précisé", ARTEX_CUE_THAT}, {"précise", ARTEX_CUE_THAT}, {"ajouté", ARTEX_CUE_THAT},
	{"ajoute", ARTEX_CUE_THAT}, {"indiqué", ARTEX_CUE_THAT}, {"indique", ARTEX_CUE_THAT},
	{"indiquent", ARTEX_CUE_THAT}, {"raconté", ARTEX_CUE_THAT}, {"raconte", ARTEX_CUE_THAT},
	{"confié", ARTEX_CUE_THAT}, {"confie", ARTEX_CUE_THAT},
	/* souligner, insister, rappeler */
	{"souligné", ARTEX_CUE_THAT}, {"souligne", ARTEX_CUE_THAT}, {"soulignent", ARTEX_CUE_THAT},
	{"insisté", ARTEX_CUE_THAT}, {"insiste", ARTEX_CUE_THAT}, {"martelé", ARTEX_CUE_THAT},
	{"martèle", ARTEX_CUE_THAT}, {"rappelé", ARTEX_CUE_THAT}, {"rappelle", ARTEX_CUE_THAT},
	{"relevé", ARTEX_CUE_THAT}, {"noté", ARTEX_CUE_THAT}, {"constaté", ARTEX_CUE_THAT},
	{"constate", ARTEX_CUE_THAT},
	/* annoncer, confirmer, reconnaître, démentir */
	{"annoncé", ARTEX_CUE_THAT}, {"annonce", ARTEX_CUE_THAT}, {"confirmé", ARTEX_CUE_THAT},
	{"confirme", ARTEX_CUE_THAT}, {"reconnu", ARTEX_CUE_THAT}, {"reconnaît", ARTEX_CUE_THAT},
	{"admis", ARTEX_CUE_THAT}, {"admet", ARTEX_CUE_THAT}, {"nié", ARTEX_CUE_THAT},
	{"nie", ARTEX_CUE_THAT}, {"démenti", ARTEX_CUE_THAT}, {"dément", ARTEX_CUE_THAT},
	{"contesté", ARTEX_CUE_THAT}, {"conteste", ARTEX_CUE_THAT},
	/* répondre, rétorquer */
	{"répondu", ARTEX_CUE_THAT}, {"répond", ARTEX_CUE_THAT}, {"rétorqué", ARTEX_CUE_THAT},
	{"répliqué", ARTEX_CUE_THAT}, {"objecté", ARTEX_CUE_THAT},
	/* estimer, penser, croire, craindre, espérer */
	{"estimé", ARTEX_CUE_THAT}, {"estime", ARTEX_CUE_THAT}, {"estiment", ARTEX_CUE_THAT},
	{"jugé", ARTEX_CUE_THAT}, {"considéré", ARTEX_CUE_THAT}, {"considère", ARTEX_CUE_THAT},
	{"pense", ARTEX_CUE_THAT}, {"pensent", ARTEX_CUE_THAT}, {"croit", ARTEX_CUE_THAT},
	{"croient", ARTEX_CUE_THAT}, {"craint", ARTEX_CUE_THAT}, {"craignent", ARTEX_CUE_THAT},
	{"espère", ARTEX_CUE_THAT}, {"espèrent", ARTEX_CUE_THAT}, {"soutenu", ARTEX_CUE_THAT},
	{"soutient", ARTEX_CUE_THAT}, {"prétend", ARTEX_CUE_THAT}, {"convaincu", ARTEX_CUE_THAT},
	{"convaincue", ARTEX_CUE_THAT},
	/* promettre, garantir, avertir */
	{"promis", ARTEX_CUE_THAT}, {"promet", ARTEX_CUE_THAT}, {"garanti", ARTEX_CUE_THAT},
	{"juré", ARTEX_CUE_THAT}, {"prévenu", ARTEX_CUE_THAT}, {"prévient", ARTEX_CUE_THAT},
	{"averti", ARTEX_CUE_THAT}, {"avertit", ARTEX_CUE_THAT},
	/* regretter, déplorer, réclamer, exiger, accuser */
	{"regretté", ARTEX_CUE_THAT}, {"regrette", ARTEX_CUE_THAT}, {"déploré", ARTEX_CUE_THAT},
	{"déplore", ARTEX_CUE_THAT}, {"réclamé", ARTEX_CUE_THAT}, {"réclame", ARTEX_CUE_THAT},
	{"exigé", ARTEX_CUE_THAT}, {"exige", ARTEX_CUE_THAT}, {"plaidé", ARTEX_CUE_THAT},
	{"accusé", ARTEX_CUE_THAT | ARTEX_CUE_OF}, {"accuse", ARTEX_CUE_THAT | ARTEX_CUE_OF}, {"conclu", ARTEX_CUE_THAT},
	{"écrit", ARTEX_CUE_THAT}, {"commenté", ARTEX_CUE_THAT}, {"ironisé", ARTEX_CUE_THAT},
	{"poursuivi", ARTEX_CUE_QUOTE}, {"cité", ARTEX_CUE_QUOTE},
	/* qualifier, dénoncer, critiquer */
	{"qualifié", ARTEX_CUE_WEAK}, {"qualifie", ARTEX_CUE_WEAK}, {"dénoncé", ARTEX_CUE_WEAK},
	{"dénonce", ARTEX_CUE_WEAK}, {"critiqué", ARTEX_CUE_WEAK},
	{"salué", ARTEX_CUE_WEAK}, {"demandé", ARTEX_CUE_WEAK},
	{NULL, 0}};

static const char *const source_phrases[] = {
	"selon @", "d'après @", "pour @", "aux yeux de @", "de l'avis de @", "comme l'a dit @",
	"comme l'a indiqué @", "comme l'a rappelé @", "à en croire @", "aux dires de @",
	"de source @", "comme % @", NULL};
static const char *const anaphors[] = {"c'est ce qu'a", "c'est ce qu'", NULL};
static const char *const complementisers[] = {"que", "qu'", NULL};
static const char *const conjunctions[] = {"mais", "et", NULL};
static const char *const skip_words[] = {"a", "ont", "avait", "aussi", "également", "encore",
                                         NULL};
static const char *const clause_starts[] = {"*", NULL};
static const char *const prepositions[] = {"de", "du", "des", "à", "avec", "par", "pour", "selon", NULL};
static const char *const passive_aux[] = {"été", NULL};
static const struct artex_gword pronouns[] = {{"il", ARTEX_G_M}, {"elle", ARTEX_G_F}, {NULL, 0}};
static const struct artex_gword roles[] = {
	{"ministre", ARTEX_G_ANY}, {"président", ARTEX_G_M}, {"présidente", ARTEX_G_F},
	{"porte-parole", ARTEX_G_ANY}, {"maire", ARTEX_G_ANY}, {"député", ARTEX_G_M},
	{"députée", ARTEX_G_F}, {"sénateur", ARTEX_G_M}, {"sénatrice", ARTEX_G_F},
	{"directeur", ARTEX_G_M}, {"directrice", ARTEX_G_F}, {"responsable", ARTEX_G_ANY},
	{"chef", ARTEX_G_ANY}, {"cheffe", ARTEX_G_F}, {"dirigeant", ARTEX_G_M},
	{"dirigeante", ARTEX_G_F}, {"secrétaire", ARTEX_G_ANY}, {"préfet", ARTEX_G_M},
	{"préfète", ARTEX_G_F}, {"procureur", ARTEX_G_M}, {"procureure", ARTEX_G_F},
	{"juge", ARTEX_G_ANY}, {"avocat", ARTEX_G_M}, {"avocate", ARTEX_G_F},
	{"ambassadeur", ARTEX_G_M}, {"ambassadrice", ARTEX_G_F}, {"conseiller", ARTEX_G_M},
	{"conseillère", ARTEX_G_F}, {"expert", ARTEX_G_M}, {"experte", ARTEX_G_F},
	{"entraîneur", ARTEX_G_M}, {"entraîneuse", ARTEX_G_F}, {"professeur", ARTEX_G_ANY},
	{"professeure", ARTEX_G_F}, {"médecin", ARTEX_G_ANY}, {"élu", ARTEX_G_M},
	{"élue", ARTEX_G_F}, {"adjoint", ARTEX_G_M}, {"adjointe", ARTEX_G_F},
	{"fondateur", ARTEX_G_M}, {"fondatrice", ARTEX_G_F}, {"patron", ARTEX_G_M},
	{"patronne", ARTEX_G_F}, {"gérant", ARTEX_G_M}, {"gérante", ARTEX_G_F}, {NULL, 0}};
static const char *const titles[] = {"m", "mme", "mlle", "monsieur", "madame", "mademoiselle", "dr", "me", "maître", "pr", NULL};
static const char *const org_words[] = {
	"ministère", "gouvernement", "parti", "commission", "conseil", "banque", "société",
	"agence", "police", "gendarmerie", "parquet", "tribunal", "cour", "préfecture", "mairie",
	"assemblée", "sénat", "syndicat", "association", "fédération", "fondation", "université",
	"institut", "comité", "office", "autorité", "entreprise", "groupe", "hôpital", "école",
	"ambassade", "direction", "service", "rapport", NULL};
/* Words that join a role to the role, not to the name: "vice-président",
 * "ancien ministre", "ministre délégué". */
static const char *const role_modifiers[] = {
	"vice", "adjoint", "adjointe", "ancien", "ancienne", "ex", "intérim", "intérimaire",
	"délégué", "déléguée", "premier", "première", "secrétaire", "sous", "haut", "haute",
	"général", "générale", NULL};
/* Unnamed speakers: the source stays null. */
static const char *const generic_sources[] = {
	"source", "sources", "experts", "observateurs", "analystes", "critiques", "témoins",
	"habitants", "riverains", "responsables", "autorités", "enquêteurs", "diplomates",
	"spécialistes", "médecins", "proches", "entourage", "syndicats", "une source proche",
	"source proche", NULL};
/* Nouns of saying and the documents that say things. */
static const char *const speech_nouns[] = {
	"communiqué", "déclaration", "entretien", "interview", "lettre", "courrier", "discours",
	"allocution", "conférence de presse", "point presse", "rapport", "étude", "enquête",
	"sondage", "arrêt", "jugement", "décision", "plainte", "pétition", "tribune", "message",
	"publication", NULL};
static const char *const name_nouns[] = {"journal", "quotidien", "magazine", "équipe", "club",
                                         "société", "film", "livre", "chanson", "parti", NULL};
static const char *const indefinites[] = {"un", "une", NULL};
static const char *const abbreviations[] = {"m", "mme", "dr", "st", "ste", "etc", "cf", NULL};
static const char *const months[] = {"janvier", "février", "mars", "avril", "mai", "juin",
                                     "juillet", "août", "septembre", "octobre", "novembre",
                                     "décembre", "lundi", "mardi", "mercredi", "jeudi",
                                     "vendredi", "samedi", "dimanche", NULL};
static const struct artex_suffix_rule no_rules[] = {{NULL, NULL, 0}};
static const struct artex_gword name_endings[] = {{NULL, 0}};

static const char *const object_preps[] = {"de", "d'", NULL};

static const char *const definite_articles[] = {"le", "la", "les", "l'", NULL};
static const char *const possessives[] = {"son", "sa", "ses", "leur", "leurs", NULL};
static const char *const relative_words[] = {"qui", "que", "dont", "lequel", "laquelle", NULL};
static const char *const coordinators[] = {"et", NULL};
static const char *const inclusion_words[] = {"dont", "notamment", NULL};
static const char *const name_connectors[] = {"de", "du", "des", "la", "le", "d'", NULL};

static const char *const participle_endings[] = {"ant", NULL};

static const char *const modals[] = {"peut", "peuvent", "pourra", "pourront", "pourrait", "pourraient", "doit", "doivent", "devrait", "devraient", NULL};
const struct artex_lang artex__lang_fr = {
	.tag = "fr",
	.modals = modals,
	.function_words = artex__langid_words_fr,
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
