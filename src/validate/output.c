#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "util/error.h"
#include "util/yamltree.h"
#include "validate/jsonschema.h"
#include "validate/output.h"
#include "validate/relaxng.h"

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Output is checked as written, so a bug in an exporter never reaches a
 * file that claims to follow the bundled schema. */
int artex__validate_output(const char *schema, const char *media_type, const char *data,
                           size_t len, const char *what, struct artex_error *err)
{
	if (!schema)
		return 0;
	if (ends_with(schema, ".rng"))
		return artex__relaxng_check_output(schema, data, len, "output", err);
	json_t *doc = NULL;
	if (media_type && strstr(media_type, "yaml"))
		artex__yaml_load(&doc, data, len, "output", NULL, NULL);
	else {
		/* jansson's json_loadb reads a byte at a time and cost more than
		 * the validation itself; the exporters never write what the two
		 * readers disagree on (duplicate keys, \u0000, huge integers). */
		struct artex_error perr;
		artex__json_load_exact(&doc, data, len, "output", &perr);
	}
	if (!doc)
		return artex__error(err, ARTEX_EINVALID, ARTEX_MSG_SCHEMA_INVALID,
		                    "%s output does not parse", what);
	int rc = artex__bundled_validate_json(schema, doc, err);
	json_decref(doc);
	if (rc == ARTEX_EINVALID && err) {
		artex__error_prefix(err, "output fails %s: ", schema);
		err->msg_id = ARTEX_MSG_SCHEMA_INVALID;
	}
	return rc;
}
