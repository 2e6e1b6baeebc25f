/* Russian: cue verbs, attribution phrases, role nouns and case endings. */
#include "extract/extract.h"
#include "util/langid.h"

/* Verbs of saying, thinking and reporting in both aspects (сказать and
 * говорить, заявить and заявлять …): a prefix entry where the stem is the
 * verb's alone, explicit forms where a shorter stem would take in other
 * words (заявка, сообщество, рассказ, признак, уверенно). */
static const struct artex_cue cues[] = {
	/* обратить внимание на то, что …: drawing attention is pointing out */
	{"обратил", ARTEX_CUE_THAT}, {"обратила", ARTEX_CUE_THAT}, {"обратили", ARTEX_CUE_THAT},
	{"обращает", ARTEX_CUE_THAT}, {"обращают", ARTEX_CUE_THAT}, {"обратив", ARTEX_CUE_THAT},
	/* сказать, говорить */
	{"сказал", ARTEX_CUE_THAT}, {"сказала", ARTEX_CUE_THAT}, {"сказали", ARTEX_CUE_THAT},
	{"сказав", ARTEX_CUE_THAT}, {"говор*", ARTEX_CUE_THAT},
	/* заявить, заявлять */
	{"заявил", ARTEX_CUE_THAT}, {"заявила", ARTEX_CUE_THAT}, {"заявили", ARTEX_CUE_THAT},
	{"заявило", ARTEX_CUE_THAT}, {"заявив", ARTEX_CUE_THAT}, {"заявля*", ARTEX_CUE_THAT},
	/* сообщить, сообщать */
	{"сообщил*", ARTEX_CUE_THAT}, {"сообщив", ARTEX_CUE_THAT}, {"сообща*", ARTEX_CUE_THAT},
	/* подчеркнуть, подчёркивать */
	{"подчеркн*", ARTEX_CUE_THAT | ARTEX_CUE_NP}, {"подчеркива*", ARTEX_CUE_THAT | ARTEX_CUE_NP},
	/* отметить, отмечать */
	{"отмети*", ARTEX_CUE_THAT | ARTEX_CUE_NP}, {"отмеча*", ARTEX_CUE_THAT | ARTEX_CUE_NP},
	/* пояснить, объяснить, разъяснить */
	{"пояснил*", ARTEX_CUE_THAT}, {"пояснив", ARTEX_CUE_THAT}, {"поясня*", ARTEX_CUE_THAT},
	{"объяснил*", ARTEX_CUE_THAT}, {"объяснив", ARTEX_CUE_THAT}, {"объясня*", ARTEX_CUE_THAT},
	{"разъяснил*", ARTEX_CUE_THAT}, {"разъясня*", ARTEX_CUE_THAT},
	/* рассказать, поведать */
	{"рассказал*", ARTEX_CUE_THAT}, {"рассказав", ARTEX_CUE_THAT},
	{"рассказыва*", ARTEX_CUE_THAT}, {"поведал*", ARTEX_CUE_THAT},
	/* ответить, возразить, парировать */
	{"ответил*", ARTEX_CUE_THAT}, {"ответив", ARTEX_CUE_THAT}, {"отвеча*", ARTEX_CUE_THAT},
	{"возразил*", ARTEX_CUE_THAT}, {"возрази", ARTEX_CUE_THAT}, {"возража*", ARTEX_CUE_THAT},
	{"парировал*", ARTEX_CUE_THAT},
	/* добавить, уточнить, продолжить */
	{"добави*", ARTEX_CUE_THAT}, {"добавля*", ARTEX_CUE_THAT}, {"уточнил*", ARTEX_CUE_THAT},
	{"уточнив", ARTEX_CUE_THAT}, {"уточня*", ARTEX_CUE_THAT}, {"продолжил", ARTEX_CUE_QUOTE},
	{"продолжила", ARTEX_CUE_QUOTE},
	/* признать, признаться */
	{"признал*", ARTEX_CUE_THAT}, {"признав", ARTEX_CUE_THAT}, {"признает", ARTEX_CUE_THAT},
	{"признают", ARTEX_CUE_THAT}, {"признава*", ARTEX_CUE_THAT},
	/* думать, считать, полагать */
	{"считает", ARTEX_CUE_THAT}, {"считают", ARTEX_CUE_THAT}, {"считал", ARTEX_CUE_THAT},
	{"считала", ARTEX_CUE_THAT}, {"считали", ARTEX_CUE_THAT}, {"полагает", ARTEX_CUE_THAT},
	{"полагают", ARTEX_CUE_THAT}, {"полагал", ARTEX_CUE_THAT}, {"полагала", ARTEX_CUE_THAT},
	{"полагали", ARTEX_CUE_THAT}, {"думает", ARTEX_CUE_THAT}, {"думают", ARTEX_CUE_THAT},
	{"верит", ARTEX_CUE_THAT}, {"верят", ARTEX_CUE_THAT},
	/* быть уверенным, убеждённым */
	{"убежден*", ARTEX_CUE_THAT}, {"уверен", ARTEX_CUE_THAT}, {"уверена", ARTEX_CUE_THAT},
	{"уверены", ARTEX_CUE_THAT}, {"уверя*", ARTEX_CUE_THAT}, {"заверил*", ARTEX_CUE_THAT},
	{"заверя*", ARTEX_CUE_THAT}, {"заверив", ARTEX_CUE_THAT},
	/* надеяться, опасаться, сомневаться, ожидать */
	{"надеется", ARTEX_CUE_THAT}, {"надеются", ARTEX_CUE_THAT}, {"опаса*", ARTEX_CUE_THAT},
	{"сомнева*", ARTEX_CUE_THAT}, {"ожидает", ARTEX_CUE_THAT}, {"ожидают", ARTEX_CUE_THAT},
	/* обещать, гарантировать, поклясться */
	{"пообеща*", ARTEX_CUE_THAT}, {"обеща*", ARTEX_CUE_THAT}, {"гарантировал*", ARTEX_CUE_THAT},
	{"поклял*", ARTEX_CUE_THAT},
	/* объявить, объявлять */
	{"объявил*", ARTEX_CUE_THAT}, {"объявив", ARTEX_CUE_THAT}, {"объявля*", ARTEX_CUE_THAT},
	/* указать, упомянуть, напомнить */
	{"указал*", ARTEX_CUE_THAT}, {"указав", ARTEX_CUE_THAT}, {"указыва*", ARTEX_CUE_THAT},
	{"упомянул*", ARTEX_CUE_THAT}, {"упомина*", ARTEX_CUE_THAT}, {"напомнил*", ARTEX_CUE_THAT},
	{"напомнив", ARTEX_CUE_THAT}, {"напомина*", ARTEX_CUE_THAT},
	/* предупредить, пригрозить */
	{"предупредил*", ARTEX_CUE_THAT}, {"предупредив", ARTEX_CUE_THAT},
	{"предупрежда*", ARTEX_CUE_THAT}, {"пригрозил*", ARTEX_CUE_THAT},
	/* высказать, выразить */
	{"высказал*", ARTEX_CUE_THAT}, {"высказыва*", ARTEX_CUE_THAT}, {"выразил*", ARTEX_CUE_NP},
	{"выража*", ARTEX_CUE_NP},
	/* жаловаться, сетовать, возмущаться */
	{"жалу*", ARTEX_CUE_THAT}, {"пожаловал*", ARTEX_CUE_THAT}, {"посетовал*", ARTEX_CUE_THAT},
	{"сету*", ARTEX_CUE_THAT}, {"возмутил*", ARTEX_CUE_THAT}, {"возмуща*", ARTEX_CUE_THAT},
	/* утверждать, настаивать, констатировать */
	{"утвержда*", ARTEX_CUE_THAT}, {"настаива*", ARTEX_CUE_THAT},
	{"констатировал*", ARTEX_CUE_THAT}, {"констатиру*", ARTEX_CUE_THAT},
	/* подтвердить, опровергнуть, отрицать, отвергнуть */
	{"подтвердил*", ARTEX_CUE_THAT}, {"подтвердив", ARTEX_CUE_THAT},
	{"подтвержда*", ARTEX_CUE_THAT}, {"опроверг*", ARTEX_CUE_THAT | ARTEX_CUE_NP},
	{"отрицает", ARTEX_CUE_THAT}, {"отрицают", ARTEX_CUE_THAT}, {"отрицал", ARTEX_CUE_THAT},
	{"отрицала", ARTEX_CUE_THAT}, {"отрицали", ARTEX_CUE_THAT}, {"отверг", ARTEX_CUE_THAT},
	{"отвергла", ARTEX_CUE_THAT}, {"отвергли", ARTEX_CUE_THAT}, {"отвергает", ARTEX_CUE_THAT},
	/* призвать, потребовать, предложить, посоветовать */
	{"призвал*", ARTEX_CUE_THAT | ARTEX_CUE_NP}, {"призвав", ARTEX_CUE_THAT | ARTEX_CUE_NP},
	{"призыва*", ARTEX_CUE_THAT | ARTEX_CUE_NP}, {"потребовал*", ARTEX_CUE_THAT | ARTEX_CUE_NP},
	{"потребовав", ARTEX_CUE_THAT | ARTEX_CUE_NP}, {"требует", ARTEX_CUE_THAT},
	{"требуют", ARTEX_CUE_THAT}, {"предложил*", ARTEX_CUE_THAT},
	{"посоветовал*", ARTEX_CUE_THAT | ARTEX_CUE_NP}, {"рекомендова*", ARTEX_CUE_THAT},
	{"рекоменду*", ARTEX_CUE_THAT},
	/* предположить, предсказать, прогнозировать */
	{"предположил*", ARTEX_CUE_THAT}, {"предполага*", ARTEX_CUE_THAT},
	{"предсказал*", ARTEX_CUE_THAT}, {"прогнозиру*", ARTEX_CUE_THAT},
	{"спрогнозировал*", ARTEX_CUE_THAT},
	/* обвинить */
	{"обвинил*", ARTEX_CUE_THAT | ARTEX_CUE_OF}, {"обвиня*", ARTEX_CUE_THAT | ARTEX_CUE_OF},
	/* прокомментировать, резюмировать, пошутить */
	{"прокомментировал*", ARTEX_CUE_THAT}, {"прокомментировав", ARTEX_CUE_THAT},
	{"комментиру*", ARTEX_CUE_THAT}, {"резюмировал*", ARTEX_CUE_THAT},
	{"пошутил*", ARTEX_CUE_THAT}, {"воскликнул*", ARTEX_CUE_THAT}, {"заметил*", ARTEX_CUE_THAT},
	{"акцентировал*", ARTEX_CUE_THAT | ARTEX_CUE_NP}, {"похвастал*", ARTEX_CUE_THAT},
	/* писать, цитировать, доложить, информировать */
	{"пишет", ARTEX_CUE_THAT}, {"пишут", ARTEX_CUE_THAT}, {"написал*", ARTEX_CUE_THAT},
	{"написав", ARTEX_CUE_THAT}, {"доложил*", ARTEX_CUE_THAT},
	{"проинформировал*", ARTEX_CUE_THAT}, {"уведомил*", ARTEX_CUE_THAT},
	{"процитировал*", ARTEX_CUE_QUOTE}, {"цитиру*", ARTEX_CUE_QUOTE},
	/* назвать, спросить, раскритиковать */
	{"назвал*", ARTEX_CUE_WEAK}, {"называет", ARTEX_CUE_WEAK}, {"называют", ARTEX_CUE_WEAK},
	{"называл", ARTEX_CUE_WEAK}, {"называла", ARTEX_CUE_WEAK}, {"называли", ARTEX_CUE_WEAK},
	{"спросил*", ARTEX_CUE_WEAK}, {"поинтересовал*", ARTEX_CUE_WEAK},
	{"раскритиковал*", ARTEX_CUE_WEAK}, {"критикует", ARTEX_CUE_WEAK},
	{NULL, 0}};

static const char *const source_phrases[] = {
	"по словам @", "по @ словам", "со слов @", "по мнению @", "по @ мнению", "по данным @",
	"по информации @", "по сведениям @", "по оценке @", "по оценкам @", "по подсчетам @",
	"по версии @", "как сообщил @", "как сообщила @", "как сообщили @", "как отметил @",
	"как отметила @", "как заявил @", "как заявила @", "как сказал @", "как сказала @",
	"как рассказал @", "как рассказала @", "как пояснил @", "как пояснила @",
	"как подчеркнул @", "как пишет @", "как пишут @", "как сообщает @", "как сообщают @",
	"как считает @", "как полагает @", "как утверждает @", "как указал @",
	"как следует из @", "как говорится в @", "согласно @", "ссылаясь на @", "как % @", NULL};

static const char *const anaphors[] = {"такое мнение", "такую точку зрения", "об этом", "такое заявление",
                                       "такую оценку", "такой прогноз", "это", "так", NULL};
static const char *const complementisers[] = {"что", "будто", "чтобы", NULL};
static const char *const conjunctions[] = {"но", "а", "однако", "и", NULL};
static const char *const skip_words[] = {"также", "уже", "еще", "неоднократно", "ранее",
                                         "не", "вновь", "прямо", "тогда", "затем", "позже", NULL};
static const char *const clause_starts[] = {"*", NULL};
static const char *const prepositions[] = {"по", "со", "с", "от", "для", "к", "о", "об", "у", "при", "после", "до", "без", "между", "над", "под", "перед", "за", "словам", "мнению", "слов", NULL};
static const char *const passive_aux[] = {NULL};

static const struct artex_gword pronouns[] = {
	{"он", ARTEX_G_M}, {"она", ARTEX_G_F}, {"его", ARTEX_G_M}, {"ее", ARTEX_G_F},
	{"ему", ARTEX_G_M}, {"ей", ARTEX_G_F}, {"нему", ARTEX_G_M}, {"они", ARTEX_G_PL},
	{NULL, 0}};

/* Office and role nouns; the gender is that of a feminine form where the
 * language has one, the masculine noun standing for both. */
static const struct artex_gword roles[] = {
	{"политик*", ARTEX_G_M}, {"депутатка", ARTEX_G_F}, {"депутатки", ARTEX_G_F},
	{"депутат*", ARTEX_G_M}, {"парламентари*", ARTEX_G_M}, {"министр*", ARTEX_G_M},
	{"председател*", ARTEX_G_ANY}, {"глав*", ARTEX_G_ANY}, {"директор*", ARTEX_G_ANY},
	{"президент*", ARTEX_G_M}, {"премьер*", ARTEX_G_M},
	{"губернаторша", ARTEX_G_F}, {"губернатор*", ARTEX_G_M},
	{"мэр", ARTEX_G_M}, {"мэра", ARTEX_G_M}, {"мэру", ARTEX_G_M}, {"мэром", ARTEX_G_M},
	{"мэре", ARTEX_G_M}, {"представител*", ARTEX_G_ANY}, {"спикер*", ARTEX_G_ANY},
	{"эксперт*", ARTEX_G_ANY}, {"руководител*", ARTEX_G_ANY}, {"сенатор*", ARTEX_G_M},
	{"чиновниц*", ARTEX_G_F}, {"чиновник*", ARTEX_G_M}, {"лидер*", ARTEX_G_ANY},
	{"генсек*", ARTEX_G_M}, {"секретар*", ARTEX_G_ANY}, {"посол", ARTEX_G_M},
	{"посла", ARTEX_G_M}, {"послу", ARTEX_G_M}, {"аналитик*", ARTEX_G_ANY},
	{"замминистр*", ARTEX_G_M}, {"заместител*", ARTEX_G_ANY}, {"начальник*", ARTEX_G_ANY},
	{"прокурор*", ARTEX_G_M}, {"судья", ARTEX_G_ANY}, {"судьи", ARTEX_G_ANY},
	{"омбудсмен*", ARTEX_G_ANY}, {"вице-премьер*", ARTEX_G_M}, {"дипломат*", ARTEX_G_M},
	{"собеседник*", ARTEX_G_ANY}, {"академик*", ARTEX_G_M}, {"ученый", ARTEX_G_M},
	{"ученая", ARTEX_G_F}, {"инженер*", ARTEX_G_ANY},
	{"советник*", ARTEX_G_ANY}, {"помощник*", ARTEX_G_ANY}, {"помощница", ARTEX_G_F},
	{"адвокат*", ARTEX_G_ANY}, {"юрист*", ARTEX_G_ANY}, {"следовател*", ARTEX_G_ANY},
	{"полицейск*", ARTEX_G_ANY}, {"ректор*", ARTEX_G_ANY},
	{"профессор*", ARTEX_G_ANY}, {"врач*", ARTEX_G_ANY}, {"тренер*", ARTEX_G_ANY},
	{"журналист*", ARTEX_G_ANY}, {"корреспондент*", ARTEX_G_ANY}, {"редактор*", ARTEX_G_ANY},
	{"основател*", ARTEX_G_ANY}, {"владелец", ARTEX_G_ANY}, {"владельц*", ARTEX_G_ANY}, {"управляющ*", ARTEX_G_ANY},
	{"пресс-секретар*", ARTEX_G_ANY}, {"омбудсвумен", ARTEX_G_F},
	{"уполномоченн*", ARTEX_G_ANY}, {NULL, 0}};

/* Honorifics only; offices are role nouns, written in lower case. */
static const char *const titles[] = {"господин", "госпожа", "г-н", "г-жа", NULL};
/* Words that join the role after them to the role, not to the name:
 * «заместитель министра», «исполняющий обязанности», «бывший мэр». */
static const char *const role_modifiers[] = {
	"заместитель", "заместителя", "заместителю", "заместителем", "зам", "замглавы",
	"вице", "исполняющий", "исполняющая", "исполняющего", "врио", "и.о", "бывший",
	"бывшая", "бывшего", "бывшей", "экс", "первый", "первого", "старший", "старшего",
	"главный", "главного", "генеральный", "генерального", "временно", "почетный",
	"почетного", "действующий", "действующего", NULL};
/* Unnamed speakers: the source stays null. */
static const char *const generic_sources[] = {
	"источник", "источника", "источники", "источников", "собеседник", "собеседники",
	"эксперты", "экспертов", "аналитики", "аналитиков", "чиновники", "чиновников",
	"очевидцы", "очевидцев", "свидетели", "жители", "жителей", "местные жители",
	"специалисты", "специалистов", "ученые", "врачи", "критики", "наблюдатели",
	"представители", "участники", "сотрудники", "власти", "правоохранители",
	"осведомленный источник", "информированный источник", NULL};
/* Nouns of saying and the documents that say things: «в заявлении»,
 * «говорится в докладе». */
static const char *const speech_nouns[] = {
	"заявлени*", "сообщени*", "интервью", "письм*", "обращени*", "выступлени*",
	"комментари*", "пресс-релиз*", "пресс-конференци*", "брифинг*", "доклад*", "отчет*",
	"исследовани*", "опрос*", "решени*", "приговор*", "постановлени*", "иск", "иска", "иске", "жалоб*",
	"петици*", "telegram-канал*", "соцсет*", "публикаци*", "коммюнике", "меморандум*", NULL};
/* Words that make a name an organisation; cases spelled out where a prefix
 * would take in other words (совет: советовать, суд: судно). */
static const char *const org_words[] = {
	"министерство", "министерства", "министерству", "министерством", "министерстве",
	"минобрнауки", "минздрав*", "минфин*", "минобороны", "правительств*", "комитет*",
	"совет", "совета", "совету", "советом", "совете", "дума", "думы", "думе", "думу",
	"компани*", "банк", "банка", "банку", "банком", "банке", "союз", "союза", "союзу",
	"союзом", "союзе", "объединени*", "партия", "партии", "партию", "партией", "фонд",
	"фонда", "фонду", "фондом", "фонде", "агентств*", "служб*", "пресс-служб*", "кремл*",
	"суд", "суда", "суду", "судом", "суде", "университет*", "институт*", "мвд", "мид",
	"фсб", "оон", "ассоциаци*", "организаци*", "полици*", "прокуратур*", "администраци*",
	"мэрия", "мэрии", "мэрию", "ведомств*", "департамент*", "управлени*", "инспекци*",
	"госдум*", "парламент", "парламента", "парламенте", "парламенту", "сенат", "сената", "сенате", "посольств*", "консульств*", "штаб*", "комисси*",
	"корпораци*", "холдинг*", "концерн*", "завод*", "больниц*", "школ*", "академи*",
	"профсоюз*", "движени*", "центр", "центра", "центру", "центром", "центре", NULL};
static const char *const name_nouns[] = {
	"газет*", "журнал*", "издани*", "команд*", "клуб*", "компани*", "телеканал*", "радиостанци*",
	"фильм*", "книг*", "песн*", "программ*", "проект*", "фонд*", "партия", "партии", "движени*",
	"операци*", "ооо", "оао", "пао", "зао", "ао", "тк", "трц", "сайт*", "портал*", NULL};
static const char *const indefinites[] = {"один", "одна", "одно", "кто-то", "некий", "некая",
                                          "многие", "некоторые", NULL};
static const char *const abbreviations[] = {"г", "гг", "т", "им", "ул", "д", "тыс", "млн", "млрд",
                                            "руб", "др", "пр", "см", "стр", "н", "э", "проф",
                                            "акад", NULL};
/* Spelled out where the stem starts names too (Мартынов, Августин). */
static const char *const months[] = {
	"январ*", "феврал*", "март", "марта", "марте", "апрел*", "мая", "май", "мае", "июня",
	"июнь", "июне", "июля", "июль", "июле", "август", "августа", "августе", "сентябр*",
	"октябр*", "ноябр*", "декабр*", NULL};

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

static const char *const object_preps[] = {"в", NULL};

static const char *const genitive_endings[] = {"ых", "их", "ого", "его", "ской", "цкой", "ной", "ов", "ев", "ей", "ии", "сти", "ства", "ения", "ции", "ики", "ки", "ты", "ды", "ры", NULL};

static const char *const possessives[] = {"его", "ее", "их", "свой", "своя", "свое", "свои", NULL};
static const char *const relative_words[] = {"который", "которая", "которое", "которые", "которого", "которой", "которому", "которым", "которых", "кто", NULL};
static const char *const coordinators[] = {"и", NULL};
static const char *const inclusion_words[] = {"включая", NULL};
static const char *const name_connectors[] = {"фон", "де", "ван", "дер", "ди", "да", "бин", "аль", "ибн", NULL};
static const char *const name_case_endings[] = {"ого", "его", "ому", "ему", "ыми", "ими", "ой", "ей", "ым", "им", "ом", "ем", "ою", "ею", "ов", "ев", "ий", "ый", "а", "я", "у", "ю", "е", "ы", "и", NULL};
static const char *const patronymic_endings[] = {"ович", "евич", "овна", "евна", "ична", "ича", "овича", "евича", NULL};

static const char *const modals[] = {"может", "могут", "сможет", "смогут", "мог", "могла", "могли", "должен", "должна", "должны", "можно", "нужно", "надо", NULL};
const struct artex_lang artex__lang_ru = {
	.tag = "ru",
	.modals = modals,
	.function_words = artex__langid_words_ru,
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
