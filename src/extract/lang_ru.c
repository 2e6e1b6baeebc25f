/* Russian: cue verbs, attribution phrases, role nouns and case endings. */
#include "extract/extract.h"

static const char *const function_words[] = {
	"и", "в", "не", "на", "что", "с", "по", "это", "как", "из", "за", "от", "для", "о", "к",
	"но", "а", "же", "он", "она", "они", "его", "ее", "их", "также", "был", "была", "было",
	"были", "уже", "при", "до", "после", "так", "если", "или", "этот", "эти", "об", "со",
	"такое", "такую", "мы", "вы", "будет", "может", "все", "только", "ещё", "еще", NULL};

static const struct artex_cue cues[] = {
	{"сказал*", ARTEX_CUE_THAT}, {"говор*", ARTEX_CUE_THAT}, {"заяв*", ARTEX_CUE_THAT},
	{"сообщ*", ARTEX_CUE_THAT}, {"подчеркн*", ARTEX_CUE_THAT | ARTEX_CUE_NP},
	{"подчеркива*", ARTEX_CUE_THAT | ARTEX_CUE_NP}, {"отмети*", ARTEX_CUE_THAT | ARTEX_CUE_NP},
	{"отмеча*", ARTEX_CUE_THAT | ARTEX_CUE_NP}, {"пояснил*", ARTEX_CUE_THAT},
	{"поясня*", ARTEX_CUE_THAT}, {"рассказ*", ARTEX_CUE_THAT}, {"ответил*", ARTEX_CUE_THAT},
	{"добавил*", ARTEX_CUE_THAT}, {"уточнил*", ARTEX_CUE_THAT}, {"признал*", ARTEX_CUE_THAT},
	{"призна*", ARTEX_CUE_THAT}, {"считает", ARTEX_CUE_THAT}, {"считают", ARTEX_CUE_THAT},
	{"полагает", ARTEX_CUE_THAT}, {"убежден*", ARTEX_CUE_THAT}, {"уверен*", ARTEX_CUE_THAT},
	{"пообещал*", ARTEX_CUE_THAT}, {"обеща*", ARTEX_CUE_THAT}, {"объявил*", ARTEX_CUE_THAT},
	{"указал*", ARTEX_CUE_THAT}, {"предупредил*", ARTEX_CUE_THAT}, {"напомнил*", ARTEX_CUE_THAT},
	{"высказал*", ARTEX_CUE_THAT}, {"выразил*", ARTEX_CUE_NP}, {"жалу*", ARTEX_CUE_THAT},
	{"утвержда*", ARTEX_CUE_THAT}, {"констатировал*", ARTEX_CUE_THAT},
	{"прокомментировал*", ARTEX_CUE_THAT}, {"пишет", ARTEX_CUE_THAT}, {"написал*", ARTEX_CUE_THAT},
	{"заметил*", ARTEX_CUE_THAT}, {"процитировал*", ARTEX_CUE_QUOTE}, {"назвал*", ARTEX_CUE_WEAK},
	{"добави*", ARTEX_CUE_THAT}, {NULL, 0}};

static const char *const source_phrases[] = {
	"по словам @", "по @ словам", "со слов @", "по мнению @", "по @ мнению", "по данным @",
	"как сообщил @", "как отметил @", "как заявил @", "как сказал @", "как рассказал @",
	"как пояснил @", "как подчеркнул @", "по информации @", NULL};

static const char *const anaphors[] = {"такое мнение", "такую точку зрения", "об этом", "такое заявление",
                                       "такую оценку", "такой прогноз", "это", "так", NULL};
static const char *const complementisers[] = {"что", "будто", NULL};
static const char *const conjunctions[] = {"но", "а", "однако", NULL};
static const char *const skip_words[] = {"также", "уже", "ещё", "еще", "неоднократно", "ранее",
                                         "не", "вновь", "прямо", "тогда", "затем", "позже", NULL};
static const char *const clause_starts[] = {"*", NULL};
static const char *const prepositions[] = {"по", "со", "с", "от", "для", "к", "о", "об", "у", "при", "после", "до", "без", "между", "над", "под", "перед", "за", "словам", "мнению", "слов", NULL};
static const char *const passive_aux[] = {NULL};

static const struct artex_gword pronouns[] = {
	{"он", ARTEX_G_M}, {"она", ARTEX_G_F}, {"его", ARTEX_G_M}, {"её", ARTEX_G_F},
	{"ее", ARTEX_G_F}, {"ему", ARTEX_G_M}, {"ей", ARTEX_G_F}, {"нему", ARTEX_G_M}, {NULL, 0}};

static const struct artex_gword roles[] = {
	{"политик*", ARTEX_G_M}, {"депутат*", ARTEX_G_M}, {"парламентари*", ARTEX_G_M},
	{"министр*", ARTEX_G_M}, {"председател*", ARTEX_G_ANY}, {"глав*", ARTEX_G_ANY},
	{"директор*", ARTEX_G_ANY}, {"президент*", ARTEX_G_M}, {"премьер*", ARTEX_G_M},
	{"губернатор*", ARTEX_G_M}, {"мэр*", ARTEX_G_M}, {"представител*", ARTEX_G_ANY},
	{"спикер*", ARTEX_G_ANY}, {"эксперт*", ARTEX_G_ANY}, {"руководител*", ARTEX_G_ANY},
	{"сенатор*", ARTEX_G_M}, {"чиновник*", ARTEX_G_M}, {"профсоюзн*", ARTEX_G_ANY},
	{"лидер*", ARTEX_G_ANY}, {"генсек*", ARTEX_G_M}, {"секретар*", ARTEX_G_ANY},
	{"посол", ARTEX_G_M}, {"посла", ARTEX_G_M}, {"аналитик*", ARTEX_G_ANY},
	{"замминистр*", ARTEX_G_M}, {"заместител*", ARTEX_G_ANY}, {"начальник*", ARTEX_G_ANY},
	{"прокурор*", ARTEX_G_M}, {"судья", ARTEX_G_ANY}, {"мэра", ARTEX_G_M},
	{"омбудсмен*", ARTEX_G_ANY}, {"вице-премьер*", ARTEX_G_M}, {"дипломат*", ARTEX_G_M},
	{"собеседник*", ARTEX_G_ANY}, {"академик*", ARTEX_G_M}, {"учёный", ARTEX_G_M},
	{"ученый", ARTEX_G_M}, {"чиновниц*", ARTEX_G_F}, {"инженер*", ARTEX_G_ANY},
	{"депутатка", ARTEX_G_F}, {NULL, 0}};

static const char *const titles[] = {"господин", "госпожа", "г-н", "г-жа", NULL};
static const char *const org_words[] = {
	"министерство*", "минобрнауки", "правительств*", "комитет*", "совет*", "дума", "думы",
	"думе", "компани*", "банк*", "союз*", "объединени*", "партия", "партии", "фонд*",
	"агентств*", "служб*", "кремл*", "суд*", "университет*", "институт*", "водоканал*", "мвд",
	"мид", "фсб", "оон", "ассоциаци*", "организаци*", NULL};
static const char *const name_nouns[] = {
	"газет*", "журнал*", "издани*", "команд*", "клуб*", "компани*", "телеканал*", "радиостанци*",
	"фильм*", "книг*", "песн*", "программ*", "проект*", "фонд*", "партия", "партии", "движени*",
	"операци*", "ооо", "оао", "пао", "зао", "ао", "тк", "трц", "сайт*", "портал*", NULL};
static const char *const indefinites[] = {"один", "одна", "одно", "кто-то", "некий", "некая",
                                          "многие", "некоторые", NULL};
static const char *const abbreviations[] = {"г", "гг", "т", "им", "ул", "д", "тыс", "млн", "млрд",
                                            "руб", "др", "пр", "см", "стр", "н", "э", "проф",
                                            "акад", NULL};
static const char *const months[] = {"январ*", "феврал*", "март*", "апрел*", "мая", "май", "июн*",
                                     "июл*", "август*", "сентябр*", "октябр*", "ноябр*",
                                     "декабр*", NULL};

/* Oblique first names and surnames back to the nominative; tried in order. */
static const struct artex_suffix_rule first_name_rules[] = {
	{"ея", "ей", ARTEX_G_M},   {"ею", "ей", ARTEX_G_M},  {"еем", "ей", ARTEX_G_M},
	{"ия", "ий", ARTEX_G_M},   {"ию", "ий", ARTEX_G_M},  {"ием", "ий", ARTEX_G_M},
	{"ии", "ия", ARTEX_G_F},   {"ьи", "ья", ARTEX_G_F},  {"ой", "а", ARTEX_G_F},
	{"ом", "", ARTEX_G_M},     {"ем", "ь", ARTEX_G_M},   {"ы", "а", ARTEX_G_F},
	{"и", "а", ARTEX_G_F},     {"у", "", ARTEX_G_M},     {"а", "", ARTEX_G_M},
	{"я", "ь", ARTEX_G_M},     {"е", "", ARTEX_G_M},     {NULL, NULL, 0}};
static const struct artex_suffix_rule surname_rules[] = {
	{"ского", "ский", ARTEX_G_M}, {"скому", "ский", ARTEX_G_M}, {"ским", "ский", ARTEX_G_M},
	{"ской", "ская", ARTEX_G_F},  {"ову", "ов", ARTEX_G_M},     {"еву", "ев", ARTEX_G_M},
	{"ину", "ин", ARTEX_G_M},     {"овым", "ов", ARTEX_G_M},    {"евым", "ев", ARTEX_G_M},
	{"иным", "ин", ARTEX_G_M},    {"ове", "ов", ARTEX_G_M},     {"еве", "ев", ARTEX_G_M},
	{"ине", "ин", ARTEX_G_M},     {"овой", "ова", ARTEX_G_F},   {"евой", "ева", ARTEX_G_F},
	{"иной", "ина", ARTEX_G_F},   {"ова", "ов", ARTEX_G_M},     {"ева", "ев", ARTEX_G_M},
	{"ина", "ин", ARTEX_G_M},     {"ына", "ын", ARTEX_G_M},     {"ого", "ой", ARTEX_G_M},
	{"ым", "", ARTEX_G_M},        {"ом", "", ARTEX_G_M},        {"а", "", ARTEX_G_M},
	{"у", "", ARTEX_G_M},         {"е", "", ARTEX_G_M},         {NULL, NULL, 0}};
static const struct artex_gword name_endings[] = {
	{"а", ARTEX_G_F}, {"я", ARTEX_G_F}, {"ова", ARTEX_G_F}, {"ева", ARTEX_G_F},
	{"ина", ARTEX_G_F}, {"ая", ARTEX_G_F}, {NULL, 0}};

static const struct artex_gword verb_gender[] = {{"ла", ARTEX_G_F}, {"ли", ARTEX_G_PL},
                                                 {"л", ARTEX_G_M}, {NULL, 0}};

const struct artex_lang artex__lang_ru = {
	.tag = "ru",
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
	.first_name_rules = first_name_rules,
	.surname_rules = surname_rules,
	.name_endings = name_endings,
	.verb_gender = verb_gender,
};
