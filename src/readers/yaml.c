/* The model's own YAML form (see README and schemas/article.schema.json).
 * It is plain data: anchors, aliases and tags are refused. */
#include <string.h>

#include "readers/modeltree.h"
#include "readers/reader.h"
#include "util/error.h"
#include "util/utf8.h"
#include "util/yamltree.h"

static int yaml_read(struct artex_article *art, const char *buf, size_t len, const char *file,
                     struct artex_error *err)
{
	json_t *root;
	int rc = artex__reader_utf8(buf, len, file, err);
	if (rc == 0)
		rc = artex__yaml_load(&root, buf, len, file, NULL, err);
	if (rc < 0)
		return rc;
	rc = artex__model_from_tree(art, root, err);
	json_decref(root);
	return rc;
}

static int yaml_sniff(const char *buf, size_t len)
{
	/* The model's YAML starts with its id key, after optional comments. */
	size_t i = 0;
	while (i < len && (buf[i] == '#' || buf[i] == '\n' || buf[i] == '\r' || buf[i] == ' ')) {
		if (buf[i] == '#')
			while (i < len && buf[i] != '\n')
				i++;
		else
			i++;
	}
	if (len - i >= 4 && memcmp(buf + i, "---", 3) == 0)
		return 60;
	return len - i >= 3 && memcmp(buf + i, "id:", 3) == 0 ? 80 : 0;
}

static const char *const yaml_suffixes[] = {".yaml", ".yml", NULL};

const struct artex_reader artex__reader_yaml = {
	.name = "yaml",
	.suffixes = yaml_suffixes,
	.sniff = yaml_sniff,
	.read = yaml_read,
	.locate = artex__yaml_locate,
};
