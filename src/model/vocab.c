#include "model/vocab.h"

#define ARTEX__JSONLD_TERM_ENTRY(name, field, term) [ARTEX__JF_##name] = {field, term},
const struct artex__jsonld_term artex__jsonld_terms[ARTEX__JF_COUNT] = {
	ARTEX__JSONLD_FIELDS(ARTEX__JSONLD_TERM_ENTRY)};
