/* Stable message ids; see messages.def. */
#ifndef ARTEX_UTIL_MESSAGES_H
#define ARTEX_UTIL_MESSAGES_H

enum artex_msg {
#define ARTEX_MSG(name, num, summary) ARTEX_MSG_##name = num,
#include "util/messages.def"
#undef ARTEX_MSG
};

/* Summary of a message id, NULL for an unknown one. */
const char *artex__msg_summary(int msg_id);

#endif
