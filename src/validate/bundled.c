/* The bundled schemas as a list, for tools that reuse them (artex schemas). */
#include <stddef.h>

#include "artex.h"
#include "artex_tools.h"
#include "config.h"
#include "validate/embedded.h"

const char *artex_schema_bundled_name(size_t index)
{
	const struct artex__embedded_file *f = artex__embedded_file_at(index);
	return f ? f->name : NULL;
}

const char *artex_schema_bundled_text(const char *name, size_t *len)
{
	return name ? artex__embedded_schema(name, len) : NULL;
}

const char *artex_schema_dir(void)
{
	return ARTEX_SCHEMADIR;
}
