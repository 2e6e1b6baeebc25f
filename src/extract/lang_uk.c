/* Ukrainian: cue verbs, attribution phrases, role nouns and case endings. */
#include "extract/extract.h"
#include "util/langid.h"

/* Verbs of saying, thinking and reporting in both aspects (сказати and
 * говорити, заявити and заявляти …); explicit forms where a shorter stem
 * would take in other words (заявка, повідомлення, впевнено). */
static const struct artex_cue cues[] = {
	/* звернути увагу на те, що …: drawing attention is pointing out */
	{"звернув", ARTEX_CUE_THAT}, {"звернула", ARTEX_CUE_THAT}, {"звернули", ARTEX_CUE_THAT},
	{"звертає", ARTEX_CUE_THAT}, {"звертають", ARTEX_CUE_THAT},
	/* звинуватити, звинувачувати: the content follows "у" */
	{"звинуватив", ARTEX_CUE_THAT | ARTEX_CUE_OF}, {"звинуватила", ARTEX_CUE_THAT | ARTEX_CUE_OF},
	{"звинувачу*", ARTEX_CUE_THAT | ARTEX_CUE_OF},
	/* сказати, говорити, казати */
	{"сказав", ARTEX_CUE_THAT}, {"сказала", ARTEX_CUE_THAT}, {"сказали", ARTEX_CUE_THAT},
	{"говори*", ARTEX_CUE_THAT}, {"говорять", ARTEX_CUE_THAT}, {"каже", ARTEX_CUE_THAT},
	{"кажуть", ARTEX_CUE_THAT},
	/* заявити, заявляти */
	{"заявив", ARTEX_CUE_THAT}, {"заявила", ARTEX_CUE_THAT}, {"заявили", ARTEX_CUE_THAT},
	{"заявивши", ARTEX_CUE_THAT}, {"заявля*", ARTEX_CUE_THAT},
	/* повідомити, повідомляти */
	{"повідомив", ARTEX_CUE_THAT}, {"повідомила", ARTEX_CUE_THAT},
	{"повідомили", ARTEX_CUE_THAT}, {"повідомля*", ARTEX_CUE_THAT},
	/* наголосити, підкреслити, зазначити, відзначити */
	{"наголоси*", ARTEX_CUE_THAT | ARTEX_CUE_NP}, {"наголошу*", ARTEX_CUE_THAT | ARTEX_CUE_NP},
	{"підкресл*", ARTEX_CUE_THAT | ARTEX_CUE_NP}, {"зазнач*", ARTEX_CUE_THAT},
	{"відзначи*", ARTEX_CUE_THAT | ARTEX_CUE_NP}, {"відзнача*", ARTEX_CUE_THAT | ARTEX_CUE_NP},
	/* пояснити, розповісти, уточнити */
	{"поясн*", ARTEX_CUE_THAT}, {"розпов*", ARTEX_CUE_THAT}, {"уточн*", ARTEX_CUE_THAT},
	/* відповісти, додати, зауважити */
	{"відповів", ARTEX_CUE_THAT}, {"відповіла", ARTEX_CUE_THAT}, {"відповіли", ARTEX_CUE_THAT},
	{"додав*", ARTEX_CUE_THAT}, {"додала", ARTEX_CUE_THAT}, {"додали", ARTEX_CUE_THAT},
	{"зауважи*", ARTEX_CUE_THAT}, {"зауважу*", ARTEX_CUE_THAT},
	/* визнати, підтвердити, заперечити, спростувати */
	{"визнав*", ARTEX_CUE_THAT}, {"визнала", ARTEX_CUE_THAT}, {"визнали", ARTEX_CUE_THAT},
	{"визнає", ARTEX_CUE_THAT}, {"визнають", ARTEX_CUE_THAT}, {"підтвердив", ARTEX_CUE_THAT},
	{"підтвердила", ARTEX_CUE_THAT}, {"підтвердили", ARTEX_CUE_THAT},
	{"підтверджу*", ARTEX_CUE_THAT}, {"заперечив", ARTEX_CUE_THAT},
	{"заперечила", ARTEX_CUE_THAT}, {"заперечу*", ARTEX_CUE_THAT},
	{"спростува*", ARTEX_CUE_THAT | ARTEX_CUE_NP}, {"спростову*", ARTEX_CUE_THAT | ARTEX_CUE_NP},
	/* вважати, думати, сподіватися, побоюватися */
	{"вважає", ARTEX_CUE_THAT}, {"вважають", ARTEX_CUE_THAT}, {"вважав", ARTEX_CUE_THAT},
	{"вважала", ARTEX_CUE_THAT}, {"вважали", ARTEX_CUE_THAT}, {"думає", ARTEX_CUE_THAT},
	{"думають", ARTEX_CUE_THAT}, {"вірить", ARTEX_CUE_THAT}, {"сподіва*", ARTEX_CUE_THAT},
	{"побоює*", ARTEX_CUE_THAT}, {"переконан*", ARTEX_CUE_THAT}, {"впевнений", ARTEX_CUE_THAT},
	{"впевнена", ARTEX_CUE_THAT}, {"впевнені", ARTEX_CUE_THAT},
	/* обіцяти, запевнити */
	{"пообіця*", ARTEX_CUE_THAT}, {"обіця*", ARTEX_CUE_THAT}, {"запевни*", ARTEX_CUE_THAT},
	{"запевня*", ARTEX_CUE_THAT},
	/* оголосити, вказати, нагадати */
	{"оголос*", ARTEX_CUE_THAT}, {"вказав", ARTEX_CUE_THAT}, {"вказала", ARTEX_CUE_THAT},
	{"вказали", ARTEX_CUE_THAT}, {"вказує", ARTEX_CUE_THAT}, {"нагада*", ARTEX_CUE_THAT},
	{"нагадує", ARTEX_CUE_THAT}, {"нагадують", ARTEX_CUE_THAT},
	/* попередити, висловити, констатувати */
	{"попередив*", ARTEX_CUE_THAT}, {"попередила", ARTEX_CUE_THAT},
	{"попередили", ARTEX_CUE_THAT}, {"попереджа*", ARTEX_CUE_THAT},
	{"висловив*", ARTEX_CUE_THAT}, {"висловила", ARTEX_CUE_THAT}, {"висловили", ARTEX_CUE_THAT},
	{"констатува*", ARTEX_CUE_THAT},
	/* стверджувати, наполягати */
	{"стверджу*", ARTEX_CUE_THAT}, {"наполяга*", ARTEX_CUE_THAT}, {"наполіг", ARTEX_CUE_THAT},
	{"наполягла", ARTEX_CUE_THAT},
	/* скаржитися, нарікати */
	{"скарж*", ARTEX_CUE_THAT}, {"поскарж*", ARTEX_CUE_THAT}, {"нарікає", ARTEX_CUE_THAT},
	{"нарікав", ARTEX_CUE_THAT}, {"нарікала", ARTEX_CUE_THAT},
	/* закликати, вимагати, порадити, припустити */
	{"закликав", ARTEX_CUE_THAT | ARTEX_CUE_NP}, {"закликала", ARTEX_CUE_THAT | ARTEX_CUE_NP},
	{"закликали", ARTEX_CUE_THAT | ARTEX_CUE_NP}, {"закликає", ARTEX_CUE_THAT | ARTEX_CUE_NP},
	{"закликають", ARTEX_CUE_THAT | ARTEX_CUE_NP}, {"вимагав", ARTEX_CUE_THAT},
	{"вимагала", ARTEX_CUE_THAT}, {"вимагали", ARTEX_CUE_THAT}, {"вимагає", ARTEX_CUE_THAT},
	{"вимагають", ARTEX_CUE_THAT}, {"порадив", ARTEX_CUE_THAT}, {"порадила", ARTEX_CUE_THAT},
	{"припусти*", ARTEX_CUE_THAT}, {"припуска*", ARTEX_CUE_THAT}, {"прогнозу*", ARTEX_CUE_THAT},
	{"рекоменду*", ARTEX_CUE_THAT},
	/* писати, коментувати, цитувати */
	{"пише", ARTEX_CUE_THAT}, {"пишуть", ARTEX_CUE_THAT}, {"написав*", ARTEX_CUE_THAT},
	{"написала", ARTEX_CUE_THAT}, {"написали", ARTEX_CUE_THAT},
	{"прокоментува*", ARTEX_CUE_THAT}, {"коментуючи", ARTEX_CUE_THAT},
	{"йдеться", ARTEX_CUE_THAT}, {"процитува*", ARTEX_CUE_QUOTE}, {"цитує", ARTEX_CUE_QUOTE},
	{"продовжив", ARTEX_CUE_QUOTE}, {"продовжила", ARTEX_CUE_QUOTE},
	/* назвати, запитати, розкритикувати */
	{"назвав*", ARTEX_CUE_WEAK}, {"назвала", ARTEX_CUE_WEAK}, {"назвали", ARTEX_CUE_WEAK},
	{"називає", ARTEX_CUE_WEAK}, {"називають", ARTEX_CUE_WEAK}, {"запитав", ARTEX_CUE_WEAK},
	{"запитала", ARTEX_CUE_WEAK}, {"розкритикува*", ARTEX_CUE_WEAK},
	{NULL, 0}};

static const char *const source_phrases[] = {
	"за словами @", "за @ словами", "зі слів @", "на думку @", "на @ думку", "за даними @",
	"за інформацією @", "за оцінками @", "за версією @", "як повідомив @", "як повідомила @",
	"як повідомили @", "як зазначив @", "як зазначила @", "як заявив @", "як заявила @",
	"як сказав @", "як сказала @", "як розповів @", "як розповіла @", "як пише @",
	"як пишуть @", "як повідомляє @", "як повідомляють @", "як вважає @", "згідно з @",
	"посилаючись на @", "як % @", NULL};

static const char *const anaphors[] = {"таку думку", "про це", "таку заяву", "таку оцінку", "це",
                                       "так", NULL};
static const char *const complementisers[] = {"що", "нібито", "щоб", NULL};
static const char *const conjunctions[] = {"але", "а", "проте", "однак", "і", "та", NULL};
static const char *const skip_words[] = {"також", "вже", "ще", "неодноразово", "раніше", "не",
                                         "знову", "прямо", "тоді", "потім", NULL};
static const char *const clause_starts[] = {"*", NULL};
static const char *const prepositions[] = {"за", "зі", "з", "від", "для", "до", "про", "у", "в", "при", "після", "без", "між", "над", "під", "перед", "словами", "думку", NULL};
static const char *const passive_aux[] = {NULL};

static const struct artex_gword pronouns[] = {
	{"він", ARTEX_G_M}, {"вона", ARTEX_G_F}, {"його", ARTEX_G_M}, {"її", ARTEX_G_F},
	{NULL, 0}};

/* Office and role nouns; feminine forms where the language has them. */
static const struct artex_gword roles[] = {
	{"політик*", ARTEX_G_M}, {"депутатка", ARTEX_G_F}, {"депутатки", ARTEX_G_F},
	{"депутат*", ARTEX_G_M}, {"парламентар*", ARTEX_G_M}, {"міністерк*", ARTEX_G_F},
	{"міністр*", ARTEX_G_M}, {"голова", ARTEX_G_ANY}, {"голови", ARTEX_G_ANY},
	{"голові", ARTEX_G_ANY}, {"головою", ARTEX_G_ANY}, {"директорк*", ARTEX_G_F},
	{"директор", ARTEX_G_M}, {"директора", ARTEX_G_M}, {"директору", ARTEX_G_M},
	{"директором", ARTEX_G_M}, {"президентк*", ARTEX_G_F}, {"президент*", ARTEX_G_M},
	{"прем'єр*", ARTEX_G_M}, {"губернатор*", ARTEX_G_M}, {"мер", ARTEX_G_M},
	{"мера", ARTEX_G_M}, {"меру", ARTEX_G_M}, {"мером", ARTEX_G_M}, {"мерка", ARTEX_G_F},
	{"представниц*", ARTEX_G_F}, {"представник*", ARTEX_G_ANY}, {"речниц*", ARTEX_G_F},
	{"речник*", ARTEX_G_ANY}, {"експертк*", ARTEX_G_F}, {"експерт*", ARTEX_G_ANY},
	{"керівниц*", ARTEX_G_F}, {"керівник*", ARTEX_G_ANY}, {"очільниц*", ARTEX_G_F},
	{"очільник*", ARTEX_G_M}, {"посадовиц*", ARTEX_G_F}, {"посадовець", ARTEX_G_ANY},
	{"посадовця", ARTEX_G_ANY}, {"посадовці", ARTEX_G_ANY}, {"лідер*", ARTEX_G_ANY},
	{"секретар*", ARTEX_G_ANY}, {"посол", ARTEX_G_M}, {"посла", ARTEX_G_M},
	{"аналітик*", ARTEX_G_ANY}, {"заступниц*", ARTEX_G_F}, {"заступник*", ARTEX_G_ANY},
	{"начальниц*", ARTEX_G_F}, {"начальник*", ARTEX_G_ANY}, {"прокурор*", ARTEX_G_M},
	{"суддя", ARTEX_G_ANY}, {"судді", ARTEX_G_ANY}, {"дипломат*", ARTEX_G_M},
	{"співрозмовник*", ARTEX_G_ANY}, {"інженерк*", ARTEX_G_F}, {"інженер*", ARTEX_G_M},
	{"радник*", ARTEX_G_ANY}, {"радниц*", ARTEX_G_F}, {"помічник*", ARTEX_G_ANY},
	{"адвокат*", ARTEX_G_ANY}, {"юрист*", ARTEX_G_ANY}, {"слідч*", ARTEX_G_ANY},
	{"поліцейськ*", ARTEX_G_ANY}, {"ректор*", ARTEX_G_ANY}, {"професор*", ARTEX_G_ANY},
	{"лікар", ARTEX_G_ANY}, {"лікаря", ARTEX_G_ANY}, {"лікарка", ARTEX_G_F}, {"тренер*", ARTEX_G_ANY}, {"журналіст*", ARTEX_G_ANY},
	{"кореспондент*", ARTEX_G_ANY}, {"редактор*", ARTEX_G_ANY}, {"засновник*", ARTEX_G_ANY},
	{"власник*", ARTEX_G_ANY}, {"уповноважен*", ARTEX_G_ANY}, {"омбудсман*", ARTEX_G_ANY},
	{"пресекретар*", ARTEX_G_ANY}, {"прес-секретар*", ARTEX_G_ANY}, {NULL, 0}};

/* Honorifics only; offices are role nouns, written in lower case. */
static const char *const titles[] = {"пан", "пані", "пана", "панові", NULL};
/* Words that join the role after them to the role, not to the name. */
static const char *const role_modifiers[] = {
	"заступник", "заступника", "заступниця", "віце", "в.о", "виконувач", "виконувачка",
	"виконувача", "тимчасово", "колишній", "колишня", "колишнього", "екс", "перший",
	"першого", "старший", "старшого", "головний", "головного", "генеральний",
	"генерального", "почесний", "чинний", "чинного", NULL};
/* Unnamed speakers: the source stays null. */
static const char *const generic_sources[] = {
	"джерело", "джерела", "джерел", "співрозмовник", "співрозмовники", "експерти",
	"експертів", "аналітики", "посадовці", "посадовців", "очевидці", "очевидців",
	"свідки", "мешканці", "жителі", "місцеві мешканці", "фахівці", "фахівців", "науковці",
	"лікарі", "критики", "спостерігачі", "представники", "учасники", "працівники", "влада",
	"правоохоронці", "поінформоване джерело", NULL};
/* Nouns of saying and the documents that say things: «у заяві». */
static const char *const speech_nouns[] = {
	"заява", "заяви", "заяві", "заяву", "повідомлен*", "інтерв'ю", "лист", "листі", "листа",
	"звернен*", "виступ*", "коментар*", "пресреліз*", "прес-реліз*", "прес-конференці*", "пресконференці*",
	"брифінг*", "доповід*", "звіт", "звіті", "звіту", "дослідженн*", "опитуванн*",
	"рішенн*", "вирок*", "постанов*", "позов*", "скарг*", "петиці*", "публікаці*",
	"telegram-канал*", "соцмереж*", NULL};
/* Words that make a name an organisation; cases spelled out where a prefix
 * would take in other words (рада: радість, суд: судно). */
static const char *const org_words[] = {
	"міністерств*", "уряд", "уряду", "урядом", "уряді", "комітет*", "рада", "ради", "раді",
	"раду", "радою", "компані*", "банк", "банку", "банком", "банки", "союз", "союзу",
	"союзом", "об'єднанн*", "партія", "партії", "партію", "партією", "фонд", "фонду",
	"фондом", "агентств*", "служб*", "пресслужб*", "прес-служб*", "суд", "суду", "судом",
	"суді", "університет*", "інститут*", "громад*", "мвс", "мзс", "сбу", "оон",
	"асоціаці*", "організаці*", "поліці*", "прокуратур*", "адміністраці*", "відомств*",
	"департамент*", "управлінн*", "інспекці*", "парламент", "парламенту", "посольств*",
	"консульств*", "штаб", "штабу", "комісі*", "корпораці*", "холдинг*", "концерн*",
	"завод*", "лікарн*", "школ*", "академі*", "профспілк*", "центр", "центру", "центрі",
	NULL};
static const char *const name_nouns[] = {
	"газет*", "журнал*", "видання", "команд*", "клуб*", "компані*", "телеканал*", "радіо*",
	"фільм*", "книг*", "пісн*", "програм*", "проєкт*", "проект*", "фонд*", "партія",
	"партії", "рух", "руху", "операці*", "тов", "пат", "сайт*", "портал*", NULL};
static const char *const indefinites[] = {"один", "одна", "одне", "хтось", "якийсь", "деякі",
                                          "багато", NULL};
static const char *const abbreviations[] = {"р", "рр", "т", "ім", "вул", "тис", "млн", "млрд",
                                            "грн", "див", "ст", "проф", NULL};
/* Spelled out: the stems alone are other words too (квітка, жовтий, груди). */
static const char *const months[] = {
	"січень", "січня", "січні", "лютий", "лютого", "лютому", "березень", "березня", "березні",
	"квітень", "квітня", "квітні", "травень", "травня", "травні", "червень", "червня",
	"червні", "липень", "липня", "липні", "серпень", "серпня", "серпні", "вересень",
	"вересня", "вересні", "жовтень", "жовтня", "жовтні", "листопад", "листопада",
	"листопаді", "грудень", "грудня", "грудні", NULL};

static const struct artex_suffix_rule first_name_rules[] = {
	{"ія", "ій", ARTEX_G_M}, {"ію", "ій", ARTEX_G_M}, {"ієм", "ій", ARTEX_G_M},
	{"ії", "ія", ARTEX_G_F}, {"ою", "а", ARTEX_G_F},  {"ом", "", ARTEX_G_M},
	{"ем", "ь", ARTEX_G_M},  {"и", "а", ARTEX_G_F},   {"і", "а", ARTEX_G_F},
	{"ові", "", ARTEX_G_M},  {"у", "", ARTEX_G_M},    {"а", "", ARTEX_G_M},
	{"я", "ь", ARTEX_G_M},   {NULL, NULL, 0}};
static const struct artex_suffix_rule surname_rules[] = {
	{"ського", "ський", ARTEX_G_M}, {"ському", "ський", ARTEX_G_M},
	{"ським", "ський", ARTEX_G_M},  {"ської", "ська", ARTEX_G_F},
	{"ова", "ов", ARTEX_G_M},       {"ева", "ев", ARTEX_G_M},
	{"іна", "ін", ARTEX_G_M},       {"ові", "", ARTEX_G_M},
	{"ом", "", ARTEX_G_M},          {"ем", "", ARTEX_G_M},
	{"а", "", ARTEX_G_M},           {"у", "", ARTEX_G_M},
	{NULL, NULL, 0}};
static const struct artex_gword name_endings[] = {{"а", ARTEX_G_F}, {"я", ARTEX_G_F},
                                                  {"ська", ARTEX_G_F}, {NULL, 0}};

static const struct artex_gword verb_gender[] = {{"ла", ARTEX_G_F}, {"ли", ARTEX_G_PL},
                                                 {"в", ARTEX_G_M}, {NULL, 0}};

static const char *const object_preps[] = {"у", "в", NULL};

static const char *const genitive_endings[] = {"их", "ого", "ього", "ської", "цької", "ної", "ів", "ей", "ії", "сті", "ства", "ення", "ції", "ики", "ки", NULL};

static const char *const possessives[] = {"його", "її", "їх", "свій", "своя", "своє", "свої", NULL};
static const char *const relative_words[] = {"який", "яка", "яке", "які", "якого", "якої", "якому", "яким", "яких", "що", "хто", NULL};
static const char *const coordinators[] = {"і", "та", "й", NULL};
static const char *const inclusion_words[] = {"зокрема", "включно", NULL};
static const char *const name_connectors[] = {"фон", "де", "ван", "дер", "ді", "да", "бін", "аль", "ібн", NULL};
static const char *const name_case_endings[] = {"ого", "ього", "ому", "ьому", "ими", "іми", "ою", "ею", "ий", "ій", "ої", "ом", "ем", "ів", "ам", "ям", "а", "я", "у", "ю", "е", "і", "и", NULL};
static const char *const patronymic_endings[] = {"ович", "евич", "йович", "івна", "ївна", "ична", "ича", "овича", "евича", NULL};

static const char *const modals[] = {"може", "можуть", "зможе", "зможуть", "міг", "могла", "могли", "повинен", "повинна", "повинні", "мусить", "можна", "треба", "потрібно", NULL};
const struct artex_lang artex__lang_uk = {
	.tag = "uk",
	.modals = modals,
	.function_words = artex__langid_words_uk,
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
	.genitive_endings = genitive_endings,
	.first_name_rules = first_name_rules,
	.surname_rules = surname_rules,
	.name_endings = name_endings,
	.verb_gender = verb_gender,
	.possessives = possessives,
	.relative_words = relative_words,
	.coordinators = coordinators,
	.inclusion_words = inclusion_words,
	.name_connectors = name_connectors,
	.name_case_endings = name_case_endings,
	.patronymic_endings = patronymic_endings,
	.masculine_roles_generic = 1,
	.acronym_after_name_stands_alone = 1,
};
