#include "util/messages.h"

#include <stddef.h>

#include "artex.h"

struct message {
	int id;
	const char *name;
	const char *summary;
	const char *explanation;
	int retired;
};

/* Sorted by id: the generator sorts, so lookups can bisect. */
static const struct message messages[] = {
#define ARTEX_MSG(name, num, summary, explanation, retired) \
	{num, #name, summary, explanation, retired},
#include "util/messages-gen.h"
#undef ARTEX_MSG
};

#define N_MESSAGES (sizeof messages / sizeof messages[0])

static const struct message *find(int id)
{
	size_t lo = 0, hi = N_MESSAGES;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (messages[mid].id == id)
			return &messages[mid];
		if (messages[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

const char *artex__msg_summary(int msg_id)
{
	const struct message *m = find(msg_id);
	return m ? m->summary : NULL;
}

int artex_message_id(size_t index)
{
	return index < N_MESSAGES ? messages[index].id : 0;
}

const char *artex_message_name(int id)
{
	const struct message *m = find(id);
	return m ? m->name : NULL;
}

const char *artex_message_summary(int id)
{
	return artex__msg_summary(id);
}

const char *artex_message_explanation(int id)
{
	const struct message *m = find(id);
	return m ? m->explanation : NULL;
}

int artex_message_retired(int id)
{
	const struct message *m = find(id);
	return m ? m->retired : -1;
}
