/* What every reader needs of its input: a UTF-8 check, and errors and
 * warnings that name the place of a JSON value. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "readers/reader.h"
#include "util/error.h"
#include "util/jsonloc.h"
#include "util/utf8.h"

int artex__reader_utf8(const char *buf, size_t len, const char *file, struct artex_error *err)
{
	size_t bad = artex__utf8_invalid_at(buf, len);
	if (bad == (size_t)-1)
		return 0;
	int line, col;
	artex__utf8_linecol(buf, len, bad, &line, &col);
	artex__error(err, ARTEX_EINVALID, ARTEX_MSG_UTF8_INVALID, "invalid UTF-8 at byte offset %zu",
	             bad);
	artex__error_at(err, file, line, col);
	return ARTEX_EINVALID;
}

static void place(const struct artex__json_input *in, struct artex_error *e, const char *ptr)
{
	int line = 0, col = 0;
	artex__json_locate(in->buf, in->len, ptr, &line, &col);
	artex__error_at(e, in->file, line, col);
	artex__error_pointer(e, ptr);
}

int artex__json_fail(struct artex__json_input *in, int msg_id, const char *ptr, const char *fmt,
                     ...)
{
	if (in->faults)
		return ARTEX_EINVALID;
	va_list ap;
	va_start(ap, fmt);
	artex__verror(in->err, ARTEX_EINVALID, msg_id, fmt, ap);
	va_end(ap);
	if (in->err)
		place(in, in->err, ptr);
	return ARTEX_EINVALID;
}

int artex__json_fault(struct artex__json_input *in, int msg_id, const char *ptr, const char *fmt,
                      ...)
{
	const struct artex_read_opts *o = in->art->read_opts;
	struct artex_error_list *all = o && o->max_errors ? o->errors : NULL;
	struct artex_error e = {0};
	va_list ap;
	va_start(ap, fmt);
	artex__verror(&e, ARTEX_EINVALID, msg_id, fmt, ap);
	va_end(ap);
	place(in, &e, ptr);
	if (!in->faults++ && in->err)
		*in->err = e;
	if (!all || all->count >= o->max_errors)
		return ARTEX_EINVALID;
	if (artex__error_list_push(all, &e) < 0)
		return artex__error(in->err, ARTEX_ENOMEM, 0, "out of memory");
	return 0;
}

void artex__json_warn(struct artex__json_input *in, const char *ptr, const char *fmt, ...)
{
	char msg[384], placed[416];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	int line = 0, col = 0;
	if (in->len && artex__json_locate(in->buf, in->len, ptr, &line, &col) == 0 && line > 0) {
		snprintf(placed, sizeof placed, "%d:%d: %s", line, col, msg);
		artex__article_warn(in->art, ptr, placed);
	} else {
		artex__article_warn(in->art, ptr, msg);
	}
}

int artex__json_kind(struct artex__json_input *in, const char *const *names, const char *kind,
                     const char *ptr, int *out)
{
	for (int i = 0; names[i]; i++)
		if (strcmp(names[i], kind) == 0) {
			*out = i;
			return 0;
		}
	return artex__json_fault(in, ARTEX_MSG_DATA_BAD_VALUE, ptr, "unknown kind \"%s\"", kind);
}

struct artex_image *artex__json_image(struct artex__json_input *in, const char *url)
{
	/* An image named twice is one image, as the model holds it. */
	for (size_t i = 0; i < in->art->n_images; i++)
		if (strcmp(in->art->images[i].url, url) == 0)
			return &in->art->images[i];
	struct artex_image *img = artex__article_add_image(in->art);
	if (!img) {
		artex__error(in->err, ARTEX_ENOMEM, 0, "out of memory");
		return NULL;
	}
	img->url = url;
	return img;
}

void artex__json_image_size(struct artex__json_input *in, struct artex_image *img, int dim,
                            long long px, int given, const char *ptr)
{
	if (px > 0 && px < 1000000)
		*(dim ? &img->height : &img->width) = (size_t)px;
	else if (given)
		artex__json_warn(in, ptr, "an image %s that is no number of pixels is left out",
		                 dim ? "height" : "width");
}
