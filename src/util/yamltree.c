#include "util/yamltree.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "util/buf.h"
#include "util/cnum.h"
#include "util/error.h"
#include "util/jsonptr.h"
#include "util/utf8.h"

struct frame {
	json_t *node;       /* borrowed: owned by its parent or the root */
	size_t path_len;    /* length of the path buffer for this container */
	char *key;          /* pending mapping key, malloc'd */
	size_t key_len;
	yaml_mark_t key_mark;
	size_t first_node;  /* node count when the container started */
	char *anchor;       /* malloc'd; handed to anchors[] when the container ends */
};

struct anchor {
	char *name;
	json_t *node;
	size_t size; /* nodes in the anchored subtree */
};

struct loader {
	yaml_parser_t parser;
	const char *buf;
	size_t len;
	const char *file;
	struct artex_error *err;
	const struct artex_yaml_opts *opts;
	json_t *root;
	struct frame *stack;
	size_t depth, cap;
	struct anchor *anchors;
	size_t n_anchors;
	size_t nodes, budget;
	/* locate mode */
	const char *target;
	int target_key; /* locate the key of the target member, not its value */
	struct artex_buf path;
	int found, line, column;
};

static int fail_at(struct loader *l, yaml_mark_t mark, int code, int msg_id, const char *fmt,
                   ...) __attribute__((format(printf, 5, 6)));

static int fail_at(struct loader *l, yaml_mark_t mark, int code, int msg_id, const char *fmt,
                   ...)
{
	if (l->target)
		return -1;
	va_list ap;
	va_start(ap, fmt);
	artex__verror(l->err, code, msg_id, fmt, ap);
	va_end(ap);
	artex__error_at(l->err, l->file, (int)mark.line + 1, (int)mark.column + 1);
	return code;
}

static int oom(struct loader *l)
{
	return artex__error(l->err, ARTEX_ENOMEM, 0, "out of memory");
}

static int is_plain(const yaml_event_t *ev)
{
	return ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
}

static int match(const char *s, size_t n, const char *const *words)
{
	for (; *words; words++)
		if (strlen(*words) == n && memcmp(*words, s, n) == 0)
			return 1;
	return 0;
}

static int is_int(const char *s, size_t n)
{
	size_t i = 0;
	if (i < n && (s[i] == '-' || s[i] == '+'))
		i++;
	if (i == n)
		return 0;
	for (; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

static int is_float(const char *s, size_t n)
{
	size_t i = 0, digits = 0;
	if (i < n && (s[i] == '-' || s[i] == '+'))
		i++;
	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++, digits++;
	if (i < n && s[i] == '.') {
		i++;
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++, digits++;
	}
	if (!digits)
		return 0;
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < n && (s[i] == '-' || s[i] == '+'))
			i++;
		size_t e = i;
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++;
		if (i == e)
			return 0;
	}
	return i == n;
}

/* YAML 1.2 core schema resolution of a plain scalar. */
static json_t *resolve_plain(const char *s, size_t n)
{
	static const char *const nulls[] = {"", "~", "null", "Null", "NULL", NULL};
	static const char *const trues[] = {"true", "True", "TRUE", NULL};
	static const char *const falses[] = {"false", "False", "FALSE", NULL};
	if (match(s, n, nulls))
		return json_null();
	if (match(s, n, trues))
		return json_true();
	if (match(s, n, falses))
		return json_false();
	char tmp[64];
	if (n < sizeof tmp && (is_int(s, n) || is_float(s, n))) {
		memcpy(tmp, s, n);
		tmp[n] = '\0';
		if (is_int(s, n)) {
			errno = 0;
			long long v = strtoll(tmp, NULL, 10);
			if (errno == 0)
				return json_integer(v);
		}
		return json_real(artex__strtod_c(tmp, NULL));
	}
	/* .inf and .nan stay strings: JSON has no infinities or NaN. */
	return json_stringn_nocheck(s, n);
}

/* libyaml hands out only valid UTF-8 (its reader refuses invalid input
 * and its escapes refuse surrogates), so strings and keys skip jansson's
 * second check. */
static json_t *resolve_scalar(struct loader *l, const yaml_event_t *ev, int *rc)
{
	const char *s = (const char *)ev->data.scalar.value;
	size_t n = ev->data.scalar.length;
	const char *tag = (const char *)ev->data.scalar.tag;
	*rc = 0;
	if (tag && strcmp(tag, "!") != 0) {
		if (strcmp(tag, YAML_STR_TAG) == 0)
			return json_stringn_nocheck(s, n);
		json_t *v = resolve_plain(s, n);
		int ok = (strcmp(tag, YAML_NULL_TAG) == 0 && json_is_null(v)) ||
		         (strcmp(tag, YAML_BOOL_TAG) == 0 && json_is_boolean(v)) ||
		         (strcmp(tag, YAML_INT_TAG) == 0 && json_is_integer(v)) ||
		         (strcmp(tag, YAML_FLOAT_TAG) == 0 && json_is_number(v));
		if (!ok) {
			json_decref(v);
			*rc = fail_at(l, ev->start_mark, ARTEX_EINVALID, ARTEX_MSG_YAML_TAG,
			              "tag %s is not allowed on this value", tag);
			return NULL;
		}
		return v;
	}
	if (!is_plain(ev) || tag)
		return json_stringn_nocheck(s, n);
	return resolve_plain(s, n);
}

/* In locate mode, notes the position of a node whose path is the target. */
static void visit(struct loader *l, yaml_mark_t mark)
{
	if (l->target && !l->found && strcmp(l->path.data ? l->path.data : "", l->target) == 0) {
		l->found = 1;
		l->line = (int)mark.line + 1;
		l->column = (int)mark.column + 1;
	}
}

/* Attaches a value (reference stolen) to the container on top of the
 * stack, or makes it the root, and extends the path to it. */
static int attach(struct loader *l, json_t *v, yaml_mark_t mark)
{
	if (!v)
		return oom(l);
	if (l->depth == 0) {
		l->root = v;
		artex_buf_clear(&l->path);
		visit(l, mark);
		return 0;
	}
	struct frame *f = &l->stack[l->depth - 1];
	l->path.len = f->path_len;
	if (l->path.data)
		l->path.data[l->path.len] = '\0';
	/* Paths are only wanted when locating a node. */
	if (json_is_object(f->node)) {
		if (l->target) {
			artex__jsonptr_append(&l->path, f->key, f->key_len);
			visit(l, l->target_key ? f->key_mark : mark);
		}
		int rc = json_object_setn_new_nocheck(f->node, f->key, f->key_len, v);
		free(f->key);
		f->key = NULL;
		return rc == 0 ? 0 : oom(l);
	}
	if (l->target) {
		char idx[32];
		snprintf(idx, sizeof idx, "%zu", json_array_size(f->node));
		artex__jsonptr_append(&l->path, idx, strlen(idx));
		visit(l, mark);
	}
	return json_array_append_new(f->node, v) == 0 ? 0 : oom(l);
}

static int count_node(struct loader *l, size_t n, yaml_mark_t mark)
{
	l->nodes += n;
	if (l->nodes > l->budget)
		return fail_at(l, mark, ARTEX_EINVALID, ARTEX_MSG_YAML_ALIAS,
		               "document expands to too many nodes (alias bomb?)");
	return 0;
}

static int check_anchor(struct loader *l, const yaml_char_t *anchor, yaml_mark_t mark)
{
	if (anchor && !l->opts->allow_aliases)
		return fail_at(l, mark, ARTEX_EINVALID, ARTEX_MSG_YAML_ALIAS,
		               "anchor &%s: anchors and aliases are not allowed here",
		               (const char *)anchor);
	return 0;
}

/* Takes over `name` (malloc'd). */
static int add_anchor(struct loader *l, char *name, json_t *node, size_t size)
{
	struct anchor *a = realloc(l->anchors, (l->n_anchors + 1) * sizeof *a);
	if (!a) {
		free(name);
		return oom(l);
	}
	l->anchors = a;
	a[l->n_anchors++] = (struct anchor){name, node, size};
	return 0;
}

static int push(struct loader *l, json_t *node, const yaml_event_t *ev)
{
	if (l->depth >= ARTEX_YAML_MAX_DEPTH)
		return fail_at(l, ev->start_mark, ARTEX_EINVALID, ARTEX_MSG_YAML_DEPTH,
		               "nesting deeper than 1000 levels");
	if (l->depth == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 16;
		struct frame *s = realloc(l->stack, cap * sizeof *s);
		if (!s)
			return oom(l);
		l->stack = s;
		l->cap = cap;
	}
	const yaml_char_t *anchor = ev->type == YAML_MAPPING_START_EVENT
	                                    ? ev->data.mapping_start.anchor
	                                    : ev->data.sequence_start.anchor;
	char *name = NULL;
	if (anchor && !(name = strdup((const char *)anchor)))
		return oom(l);
	l->stack[l->depth++] = (struct frame){
		.node = node,
		.path_len = l->path.len,
		.first_node = l->nodes,
		.anchor = name,
	};
	return 0;
}

static int pop(struct loader *l)
{
	struct frame *f = &l->stack[--l->depth];
	int rc = 0;
	if (f->anchor)
		rc = add_anchor(l, f->anchor, f->node, l->nodes - f->first_node);
	f->anchor = NULL;
	free(f->key);
	return rc;
}

static int on_key(struct loader *l, const yaml_event_t *ev, struct frame *f)
{
	if (ev->type != YAML_SCALAR_EVENT)
		return fail_at(l, ev->start_mark, ARTEX_EINVALID, ARTEX_MSG_DATA_WRONG_TYPE,
		               "mapping keys must be scalars");
	const char *k = (const char *)ev->data.scalar.value;
	size_t n = ev->data.scalar.length;
	if (json_object_getn(f->node, k, n))
		return fail_at(l, ev->start_mark, ARTEX_EINVALID, ARTEX_MSG_DATA_DUPLICATE_KEY,
		               "duplicate key \"%s\"", k);
	f->key = malloc(n + 1);
	if (!f->key)
		return oom(l);
	memcpy(f->key, k, n);
	f->key[n] = '\0';
	f->key_len = n;
	f->key_mark = ev->start_mark;
	return 0;
}

static int on_event(struct loader *l, const yaml_event_t *ev, int *docs)
{
	struct frame *top = l->depth ? &l->stack[l->depth - 1] : NULL;
	int want_key = top && json_is_object(top->node) && !top->key &&
	               ev->type != YAML_MAPPING_END_EVENT;
	int rc;
	switch (ev->type) {
	case YAML_DOCUMENT_START_EVENT:
		if (++*docs > 1)
			return fail_at(l, ev->start_mark, ARTEX_EINVALID, ARTEX_MSG_YAML_SYNTAX,
			               "more than one YAML document");
		return 0;
	case YAML_MAPPING_START_EVENT:
	case YAML_SEQUENCE_START_EVENT: {
		if (want_key)
			return on_key(l, ev, top);
		const yaml_char_t *anchor = ev->type == YAML_MAPPING_START_EVENT
		                                    ? ev->data.mapping_start.anchor
		                                    : ev->data.sequence_start.anchor;
		const yaml_char_t *tag = ev->type == YAML_MAPPING_START_EVENT
		                                 ? ev->data.mapping_start.tag
		                                 : ev->data.sequence_start.tag;
		const char *want = ev->type == YAML_MAPPING_START_EVENT ? YAML_MAP_TAG : YAML_SEQ_TAG;
		if (tag && strcmp((const char *)tag, want) != 0 && strcmp((const char *)tag, "!") != 0)
			return fail_at(l, ev->start_mark, ARTEX_EINVALID, ARTEX_MSG_YAML_TAG,
			               "tag %s is not allowed here", (const char *)tag);
		if ((rc = check_anchor(l, anchor, ev->start_mark)) < 0 ||
		    (rc = count_node(l, 1, ev->start_mark)) < 0)
			return rc;
		json_t *node = ev->type == YAML_MAPPING_START_EVENT ? json_object() : json_array();
		if ((rc = attach(l, node, ev->start_mark)) < 0)
			return rc;
		return push(l, node, ev);
	}
	case YAML_MAPPING_END_EVENT:
	case YAML_SEQUENCE_END_EVENT:
		return pop(l);
	case YAML_SCALAR_EVENT: {
		if (want_key)
			return on_key(l, ev, top);
		if ((rc = check_anchor(l, ev->data.scalar.anchor, ev->start_mark)) < 0 ||
		    (rc = count_node(l, 1, ev->start_mark)) < 0)
			return rc;
		json_t *v = resolve_scalar(l, ev, &rc);
		if (rc < 0)
			return rc;
		if (ev->data.scalar.anchor) {
			char *name = strdup((const char *)ev->data.scalar.anchor);
			if (!name || (rc = add_anchor(l, name, v, 1)) < 0) {
				json_decref(v);
				return name ? rc : oom(l);
			}
		}
		return attach(l, v, ev->start_mark);
	}
	case YAML_ALIAS_EVENT: {
		if ((rc = check_anchor(l, ev->data.alias.anchor, ev->start_mark)) < 0)
			return rc;
		if (want_key)
			return fail_at(l, ev->start_mark, ARTEX_EINVALID, ARTEX_MSG_DATA_WRONG_TYPE,
			               "an alias cannot be a mapping key");
		for (size_t i = l->n_anchors; i-- > 0;) {
			if (strcmp(l->anchors[i].name, (const char *)ev->data.alias.anchor) == 0) {
				if ((rc = count_node(l, l->anchors[i].size, ev->start_mark)) < 0)
					return rc;
				/* Trees are read-only once loaded, so an alias can share the
				 * anchored node instead of copying it. */
				return attach(l, json_incref(l->anchors[i].node), ev->start_mark);
			}
		}
		return fail_at(l, ev->start_mark, ARTEX_EINVALID, ARTEX_MSG_YAML_SYNTAX,
		               "unknown alias *%s", (const char *)ev->data.alias.anchor);
	}
	default:
		return 0;
	}
}

static int load(struct loader *l)
{
	int docs = 0, rc = 0;
	yaml_parser_set_input_string(&l->parser, (const unsigned char *)l->buf, l->len);
	for (;;) {
		yaml_event_t ev;
		if (!yaml_parser_parse(&l->parser, &ev)) {
			const yaml_parser_t *p = &l->parser;
			if (l->target)
				return -1;
			if (p->error == YAML_MEMORY_ERROR)
				return oom(l);
			artex__error(l->err, ARTEX_EPARSE, ARTEX_MSG_YAML_SYNTAX, "%s%s%s",
			             p->problem ? p->problem : "syntax error",
			             p->context ? " " : "", p->context ? p->context : "");
			int line = (int)p->problem_mark.line + 1, col = (int)p->problem_mark.column + 1;
			/* Reader errors (bad bytes) carry an offset, not a mark. */
			if (p->error == YAML_READER_ERROR)
				artex__utf8_linecol(l->buf, l->len, p->problem_offset, &line, &col);
			artex__error_at(l->err, l->file, line, col);
			return ARTEX_EPARSE;
		}
		int end = ev.type == YAML_STREAM_END_EVENT;
		rc = on_event(l, &ev, &docs);
		yaml_event_delete(&ev);
		if (rc < 0 || end || (l->target && l->found))
			return rc;
	}
}

static void loader_dispose(struct loader *l)
{
	while (l->depth) {
		l->depth--;
		free(l->stack[l->depth].key);
		free(l->stack[l->depth].anchor);
	}
	free(l->stack);
	for (size_t i = 0; i < l->n_anchors; i++)
		free(l->anchors[i].name);
	free(l->anchors);
	artex_buf_dispose(&l->path);
	yaml_parser_delete(&l->parser);
}

static int starts(const char *p, const char *end, const char *what)
{
	size_t n = strlen(what);
	return (size_t)(end - p) >= n && memcmp(p, what, n) == 0;
}

/* YAML allows a byte-order mark at the start of every document, that is
 * before, between or after the comment lines that precede it, but libyaml
 * takes one only as the very first bytes of the stream. Returns a copy
 * without the others (to be freed), or NULL when there are none, or when
 * the copy could not be made (*oom set); a mark inside a document's
 * content is left for libyaml to refuse. */
static char *drop_document_boms(const char *buf, size_t len, size_t *out_len, int *oom)
{
	static const char bom[] = "\xEF\xBB\xBF";
	char *copy = NULL;
	size_t n = 0;
	int in_prefix = 1; /* nothing but comments, directives and marks so far */
	for (size_t i = 0; i < len;) {
		const char *end = memchr(buf + i, '\n', len - i);
		size_t next = end ? (size_t)(end - buf) + 1 : len;
		const char *p = buf + i, *e = buf + next;
		size_t skip = 0;
		if (i > 0 && starts(p, e, bom) &&
		    (in_prefix || starts(p + 3, e, "---") || starts(p + 3, e, "...") ||
		     starts(p + 3, e, "#") || starts(p + 3, e, "%")))
			skip = 3;
		if (skip && !copy) {
			copy = malloc(len);
			if (!copy) {
				*oom = 1;
				return NULL;
			}
			memcpy(copy, buf, i);
			n = i;
		}
		if (copy) {
			memcpy(copy + n, p + skip, (size_t)(e - p) - skip);
			n += (size_t)(e - p) - skip;
		}
		p += skip;
		if (starts(p, e, "..."))
			in_prefix = 1;
		else if (!(p == e || *p == '\n' || *p == '\r' || *p == '#' || *p == '%' ||
		           (i == 0 && starts(p, e, bom))))
			in_prefix = 0;
		i = next;
	}
	*out_len = n;
	return copy;
}

static int loader_run(struct loader *l)
{
	if (!yaml_parser_initialize(&l->parser))
		return oom(l);
	/* Aliases may share nodes, so the budget bounds work for later walks of
	 * the tree, not memory; a million nodes plus four per input byte leaves
	 * room for any honest document. */
	l->budget = 1000000 + 4 * l->len;
	const char *buf = l->buf;
	size_t len = l->len, copy_len = 0;
	int no_memory = 0;
	char *copy = drop_document_boms(buf, len, &copy_len, &no_memory);
	if (no_memory)
		return oom(l);
	if (copy) {
		l->buf = copy;
		l->len = copy_len;
	}
	int rc = load(l);
	l->buf = buf;
	l->len = len;
	free(copy);
	return rc;
}

int artex__yaml_load(json_t **out, const char *buf, size_t len, const char *file,
                     const struct artex_yaml_opts *opts, struct artex_error *err)
{
	static const struct artex_yaml_opts defaults = {0};
	struct loader l = {.buf = buf, .len = len, .file = file, .err = err,
	                   .opts = opts ? opts : &defaults};
	*out = NULL;
	int rc = loader_run(&l);
	if (rc == 0 && !l.root)
		l.root = json_null(); /* an empty document is null, as in YAML */
	if (rc < 0)
		json_decref(l.root);
	else
		*out = l.root;
	loader_dispose(&l);
	return rc;
}

static int locate(const char *buf, size_t len, const char *pointer, int key, int *line,
                  int *column)
{
	static const struct artex_yaml_opts any = {.allow_aliases = 1};
	struct loader l = {.buf = buf, .len = len, .opts = &any, .target = pointer,
	                   .target_key = key};
	loader_run(&l);
	int empty = l.root == NULL;
	json_decref(l.root);
	loader_dispose(&l);
	if (!l.found && empty && pointer[0] == '\0') {
		/* An empty document's root is its start. */
		l.found = 1;
		l.line = l.column = 1;
	}
	if (!l.found)
		return -1;
	*line = l.line;
	*column = l.column;
	return 0;
}

int artex__yaml_locate(const char *buf, size_t len, const char *pointer, int *line, int *column)
{
	return locate(buf, len, pointer, 0, line, column);
}

int artex__yaml_locate_key(const char *buf, size_t len, const char *pointer, int *line,
                           int *column)
{
	return locate(buf, len, pointer, 1, line, column);
}
