/* JSON Schema compile + validate. The first line of the input is the
 * schema, the rest the instance (JSON or, after a leading '#', YAML);
 * the input is also validated against itself as a schema check. */
#include <stdlib.h>
#include <string.h>

#include "artex.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *buf = (const char *)data;
	const char *nl = memchr(buf, '\n', size);
	size_t schema_len = nl ? (size_t)(nl - buf) : size;
	const char *inst = nl ? nl + 1 : "";
	size_t inst_len = nl ? size - schema_len - 1 : 0;
	const char *name = inst_len && inst[0] == '#' ? "fuzz.yaml" : "fuzz.json";
	struct artex_error err;
	struct artex_error_list errors = {0};
	artex_schema_check(&errors, buf, schema_len, "schema.json", NULL, &err);
	artex_error_list_dispose(&errors);
	struct artex_schema *s;
	if (artex_schema_new(&s, buf, schema_len, NULL, NULL, &err) == 0) {
		int rc = artex_schema_validate(&errors, s, inst, inst_len, name, &err);
		/* Invalid means at least one error, each with a message. */
		if (rc == ARTEX_EINVALID && errors.count == 0)
			abort();
		for (size_t i = 0; i < errors.count; i++)
			if (!errors.items[i].message[0])
				abort();
		artex_error_list_dispose(&errors);
		artex_schema_free(s);
	}
	return 0;
}
