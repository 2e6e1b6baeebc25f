/* Stable message ids. The registry is messages.yaml; the build generates
 * util/messages-gen.h from it (scripts/gen-messages). */
#ifndef ARTEX_UTIL_MESSAGES_H
#define ARTEX_UTIL_MESSAGES_H

enum artex_msg {
	ARTEX_MSG_NONE = 0,
#define ARTEX_MSG(name, num, summary, explanation, retired) ARTEX_MSG_##name = num,
#include "util/messages-gen.h"
#undef ARTEX_MSG
};

/* Summary of a message id, NULL for an unknown one. */
const char *artex__msg_summary(int msg_id);

#endif
