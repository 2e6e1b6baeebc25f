#include "artex.h"
#include "config.h"

const char *artex_version(void)
{
	return ARTEX_VERSION;
}
