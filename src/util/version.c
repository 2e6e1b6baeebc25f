#define PCRE2_CODE_UNIT_WIDTH 8

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include <jansson.h>
#include <libxml/parser.h>
#include <pcre2.h>
#include <utf8proc.h>
#include <yaml.h>

#include "artex.h"

const char *artex_version(void)
{
	return ARTEX_VERSION_STRING;
}

static char runtime[256];

/* Asked of each library at run time, not taken from its headers: a bug
 * report needs the versions actually loaded. */
static void describe_runtime(void)
{
	/* libxml2 spells its version as one number, 20914 for 2.9.14. */
	long xml = strtol(xmlParserVersion, NULL, 10);
	char pcre[64] = "?";
	if (pcre2_config(PCRE2_CONFIG_VERSION, pcre) < 0)
		snprintf(pcre, sizeof pcre, "?");
	snprintf(runtime, sizeof runtime, "libxml2 %ld.%ld.%ld, jansson %s, libyaml %s, PCRE2 %s, "
	         "utf8proc %s", xml / 10000, xml / 100 % 100, xml % 100, jansson_version_str(),
	         yaml_get_version_string(), pcre, utf8proc_version());
}

const char *artex_runtime_versions(void)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	pthread_once(&once, describe_runtime);
	return runtime;
}
