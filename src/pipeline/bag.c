/* BagIt packages (RFC 8493): writing the tag files of a bag whose payload
 * is in place, and checking a bag's completeness and every checksum.
 *
 * Each file is read once however many manifests name it: the digests of
 * all algorithms come from one pass (util/digest.c), and files are hashed
 * by the worker pool, in an order that never changes what is reported. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "artex.h"
#include "pipeline/pool.h"
#include "util/buf.h"
#include "util/date.h"
#include "util/digest.h"
#include "util/error.h"
#include "util/fileio.h"

static const char *const written_algs[] = {"sha256", "sha512"};
#define N_WRITTEN 2

/* ---- file lists ---- */

struct file {
	char *rel;                 /* "data/a/b.yaml", as in a manifest (not encoded) */
	unsigned long long size;
	/* The digests, one per algorithm: made by a worker, freed as soon as
	 * they are used, so that memory does not grow with the payload. */
	char (*hex)[ARTEX_DIGEST_HEX];
	int rc, err_no;            /* of artex__file_digests */
	int special;               /* not a regular file */
};

struct files {
	struct file *items;
	size_t count, cap;
};

static void files_dispose(struct files *f)
{
	for (size_t i = 0; i < f->count; i++) {
		free(f->items[i].rel);
		free(f->items[i].hex);
	}
	free(f->items);
	memset(f, 0, sizeof *f);
}

/* Room for one more item in *items (count used of *cap); -1 on OOM. */
static int grow(void *items, size_t count, size_t *cap, size_t size)
{
	if (count < *cap)
		return 0;
	size_t ncap = *cap ? *cap * 2 : 256;
	void *grown = realloc(*(void **)items, ncap * size);
	if (!grown)
		return -1;
	*(void **)items = grown;
	*cap = ncap;
	return 0;
}

static struct file *files_add(struct files *f, const char *rel)
{
	if (grow(&f->items, f->count, &f->cap, sizeof *f->items) < 0)
		return NULL;
	struct file *e = &f->items[f->count];
	memset(e, 0, sizeof *e);
	if (!(e->rel = strdup(rel)))
		return NULL;
	f->count++;
	return e;
}

static int cmp_file(const void *a, const void *b)
{
	return strcmp(((const struct file *)a)->rel, ((const struct file *)b)->rel);
}

static void sort_files(struct files *f)
{
	if (f->count) /* qsort's array may not be NULL, even when empty */
		qsort(f->items, f->count, sizeof *f->items, cmp_file);
}

static const struct file *find_file(const struct files *f, const char *rel)
{
	struct file key = {.rel = (char *)rel};
	return f->count ? bsearch(&key, f->items, f->count, sizeof *f->items, cmp_file) : NULL;
}

static char *join(const char *a, const char *b)
{
	size_t n = strlen(a) + strlen(b) + 2;
	char *p = malloc(n);
	if (p)
		snprintf(p, n, "%s/%s", a, b);
	return p;
}

/* Every entry below root/rel, depth first; links and other non-files are
 * listed as special, never followed. */
static int walk(struct files *out, const char *root, const char *rel, struct artex_error *err)
{
	char *path = join(root, rel);
	DIR *d = path ? opendir(path) : NULL;
	if (!d) {
		int rc = path ? artex__error(err, ARTEX_EIO, ARTEX_MSG_IO_READ,
		                             "cannot open the folder: %s", strerror(errno))
		              : artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
		artex__error_file(err, path ? path : root);
		free(path);
		return rc;
	}
	int rc = 0;
	struct dirent *de;
	while (rc == 0 && (de = readdir(d))) {
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		char *child_rel = join(rel, de->d_name), *child = child_rel ? join(root, child_rel) : NULL;
		struct stat st;
		if (!child) {
			rc = artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
		} else if (lstat(child, &st) != 0) {
			rc = artex__error(err, ARTEX_EIO, ARTEX_MSG_IO_READ, "cannot stat: %s",
			                  strerror(errno));
			artex__error_file(err, child);
		} else if (S_ISDIR(st.st_mode)) {
			rc = walk(out, root, child_rel, err);
		} else {
			struct file *f = files_add(out, child_rel);
			if (!f)
				rc = artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
			else
				f->special = !S_ISREG(st.st_mode);
		}
		free(child_rel);
		free(child);
	}
	closedir(d);
	free(path);
	return rc;
}

/* ---- hashing on the worker pool ---- */

struct hash_job {
	const char *root;
	struct files *files;
	const char *const *algs;
	size_t n_algs;
	/* Called for each file in list order on the calling thread, while
	 * its digests are at hand. */
	void (*use)(void *ctx, const struct file *f);
	void *ctx;
};

static void hash_one(void *ctx, size_t i)
{
	struct hash_job *j = ctx;
	struct file *f = &j->files->items[i];
	if (f->special)
		return;
	char *path = join(j->root, f->rel);
	f->hex = malloc(j->n_algs * sizeof *f->hex);
	if (!path || !f->hex) {
		f->rc = -2;
		free(path);
		return;
	}
	f->rc = artex__file_digests(f->hex, j->algs, j->n_algs, &f->size, path);
	f->err_no = errno;
	free(path);
}

static void use_digests(void *ctx, size_t i)
{
	struct hash_job *j = ctx;
	struct file *f = &j->files->items[i];
	if (j->use)
		j->use(j->ctx, f);
	free(f->hex);
	f->hex = NULL;
}

static int hash_all(struct files *files, const char *root, const char *const *algs,
                    size_t n_algs, int jobs, void (*use)(void *ctx, const struct file *f),
                    void *ctx, struct artex_error *err)
{
	struct hash_job j = {root, files, algs, n_algs, use, ctx};
	struct artex_pool_task t = {files->count, artex__pool_jobs(jobs), hash_one, use_digests,
	                            NULL, &j};
	if (artex__pool_run(&t) < 0)
		return artex__error(err, ARTEX_ENOMEM, 0, "cannot start threads");
	return 0;
}

/* ---- manifests ---- */

/* RFC 8493 2.1.3: a manifest's file paths escape CR, LF and '%'. */
static void put_path(struct artex_buf *b, const char *rel)
{
	for (const char *p = rel; *p; p++) {
		if (*p == '%')
			artex_buf_puts(b, "%25");
		else if (*p == '\n')
			artex_buf_puts(b, "%0A");
		else if (*p == '\r')
			artex_buf_puts(b, "%0D");
		else
			artex_buf_putc(b, *p);
	}
}

/* Decodes what put_path encoded, in place; -1 for another escape. */
static int decode_path(char *s)
{
	char *w = s;
	for (char *r = s; *r; r++) {
		if (*r != '%') {
			*w++ = *r;
			continue;
		}
		if (strncmp(r, "%25", 3) == 0)
			*w++ = '%';
		else if (strncasecmp(r, "%0A", 3) == 0)
			*w++ = '\n';
		else if (strncasecmp(r, "%0D", 3) == 0)
			*w++ = '\r';
		else
			return -1;
		r += 2;
	}
	*w = '\0';
	return 0;
}

static int write_tag_file(const char *dir, const char *name, struct artex_buf *b,
                          struct artex_error *err)
{
	if (b->oom)
		return artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
	char *path = join(dir, name);
	if (!path)
		return artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
	int rc = artex__file_write(path, b->data ? b->data : "", b->len, 0, err);
	free(path);
	return rc;
}

static int manifest_name(char *out, size_t size, const char *kind, const char *alg)
{
	return snprintf(out, size, "%smanifest-%s.txt", kind, alg) < (int)size ? 0 : -1;
}

static int file_failed(const struct file *f, const char *dir, struct artex_error *err)
{
	if (f->special) {
		artex__error(err, ARTEX_EUSAGE, ARTEX_MSG_BAG_MALFORMED,
		             "the payload holds something other than files and folders");
	} else if (f->rc == -1) {
		artex__error(err, ARTEX_EIO, ARTEX_MSG_IO_READ, "cannot read: %s",
		             strerror(f->err_no));
	} else {
		artex__error(err, ARTEX_ENOMEM, 0, "digest failed");
	}
	char *path = join(dir, f->rel);
	artex__error_file(err, path ? path : dir);
	free(path);
	return err ? err->code : ARTEX_EIO;
}

/* Manifest lines of every file, one text per algorithm, built as the
 * digests come. */
struct manifest_texts {
	struct artex_buf text[N_WRITTEN];
};

static void add_manifest_lines(void *ctx, const struct file *f)
{
	struct manifest_texts *mt = ctx;
	if (f->special || f->rc < 0)
		return;
	for (size_t k = 0; k < N_WRITTEN; k++) {
		artex_buf_puts(&mt->text[k], f->hex[k]);
		artex_buf_puts(&mt->text[k], "  ");
		put_path(&mt->text[k], f->rel);
		artex_buf_putc(&mt->text[k], '\n');
	}
}

/* Hashes `files` (paths relative to dir) and writes KINDmanifest-ALG.txt
 * for each written algorithm; every file must be a readable regular one. */
static int write_manifests(const char *dir, const char *kind, struct files *files, int jobs,
                           struct artex_error *err)
{
	struct manifest_texts mt = {0};
	int rc = hash_all(files, dir, written_algs, N_WRITTEN, jobs, add_manifest_lines, &mt, err);
	for (size_t i = 0; rc == 0 && i < files->count; i++)
		if (files->items[i].special || files->items[i].rc < 0)
			rc = file_failed(&files->items[i], dir, err);
	for (size_t k = 0; k < N_WRITTEN; k++) {
		char name[64];
		manifest_name(name, sizeof name, kind, written_algs[k]);
		if (rc == 0)
			rc = write_tag_file(dir, name, &mt.text[k], err);
		artex_buf_dispose(&mt.text[k]);
	}
	return rc;
}

/* A bag-info.txt line as RFC 8493 2.2.2 has it: "Label: value", the
 * label without colons or surrounding blanks, neither with line breaks. */
static int info_line_ok(const char *s)
{
	const char *colon = strchr(s, ':');
	if (!colon || colon == s || s[0] == ' ' || s[0] == '\t' || colon[-1] == ' ' ||
	    colon[-1] == '\t' || colon[1] != ' ' || !colon[2])
		return 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p < 0x20 && *p != '\t')
			return 0;
	return 1;
}

static int label_is(const char *line, const char *label)
{
	size_t n = strlen(label);
	return strncasecmp(line, label, n) == 0 && line[n] == ':';
}

/* Labels artex computes; a user's value would contradict the bag. */
static const char *const computed_labels[] = {"Bagging-Date", "Payload-Oxum",
                                              "Bag-Software-Agent"};

int artex_bag_info_check(const char *line, struct artex_error *err)
{
	if (!info_line_ok(line))
		return artex__error(err, ARTEX_EUSAGE, ARTEX_MSG_USAGE,
		                    "bag-info \"%s\" is not \"Label: value\" on one line", line);
	for (size_t i = 0; i < sizeof computed_labels / sizeof computed_labels[0]; i++)
		if (label_is(line, computed_labels[i]))
			return artex__error(err, ARTEX_EUSAGE, ARTEX_MSG_USAGE,
			                    "%s is computed by artex and cannot be given",
			                    computed_labels[i]);
	return 0;
}

int artex_bag_finish(const char *dir, const struct artex_bag_opts *opts,
                     struct artex_error *err)
{
	static const struct artex_bag_opts defaults = ARTEX_BAG_OPTS_INIT;
	if (!opts)
		opts = &defaults;
	int vrc = artex__opts_version(opts->version, ARTEX_BAG_OPTS_VERSION, "artex_bag_opts", err);
	if (vrc < 0)
		return vrc;
	for (size_t i = 0; i < opts->n_info; i++)
		if (artex_bag_info_check(opts->info[i], err) < 0)
			return err ? err->code : ARTEX_EUSAGE;
	char date[ARTEX_TIMESTAMP_MAX];
	if (artex__run_timestamp(date) < 0)
		return artex__error(err, ARTEX_EUSAGE, ARTEX_MSG_USAGE,
		                    "SOURCE_DATE_EPOCH must be a number of seconds since 1970");
	struct files payload = {0}, tags = {0};
	int rc = walk(&payload, dir, "data", err);
	if (rc < 0)
		goto done;
	sort_files(&payload);
	if ((rc = write_manifests(dir, "", &payload, opts->jobs, err)) < 0)
		goto done;
	unsigned long long bytes = 0;
	for (size_t i = 0; i < payload.count; i++)
		bytes += payload.items[i].size;

	struct artex_buf b = ARTEX_BUF_INIT;
	artex_buf_puts(&b, "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
	rc = write_tag_file(dir, "bagit.txt", &b, err);
	artex_buf_clear(&b);
	date[10] = '\0'; /* RFC 8493 2.2.2: Bagging-Date is YYYY-MM-DD */
	artex_buf_printf(&b, "Bag-Software-Agent: artex %s\nBagging-Date: %s\nPayload-Oxum: %llu.%zu\n",
	                 artex_version(), date, bytes, payload.count);
	for (size_t i = 0; i < opts->n_info; i++) {
		artex_buf_puts(&b, opts->info[i]);
		artex_buf_putc(&b, '\n');
	}
	if (rc == 0)
		rc = write_tag_file(dir, "bag-info.txt", &b, err);
	artex_buf_dispose(&b);
	if (rc < 0)
		goto done;

	/* The tag manifests cover every tag file written above. */
	static const char *const tag_files[] = {"bag-info.txt", "bagit.txt", "manifest-sha256.txt",
	                                        "manifest-sha512.txt"};
	for (size_t i = 0; i < sizeof tag_files / sizeof tag_files[0]; i++)
		if (!files_add(&tags, tag_files[i])) {
			rc = artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
			goto done;
		}
	/* On disk before the caller's rename makes the bag visible. */
	if ((rc = write_manifests(dir, "tag", &tags, 1, err)) == 0)
		rc = artex__sync_dir(dir, err);
done:
	files_dispose(&payload);
	files_dispose(&tags);
	return rc;
}

int artex_bag_add_file(const char *dir, const char *name, const char *src,
                       struct artex_error *err)
{
	char *data;
	size_t len;
	int rc = artex__file_read(&data, &len, src, err);
	if (rc < 0)
		return rc;
	char *payload = join(dir, "data"), *path = payload ? join(payload, name) : NULL;
	if (!path) {
		rc = artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
		goto done;
	}
	/* Folders of the name, made as mkdir -p would. */
	for (char *slash = strchr(path + strlen(payload) + 1, '/'); slash;
	     slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		int made = mkdir(path, 0777) == 0 || errno == EEXIST;
		*slash = '/';
		if (!made) {
			rc = artex__error(err, ARTEX_EIO, ARTEX_MSG_IO_WRITE, "cannot make a folder: %s",
			                  strerror(errno));
			artex__error_file(err, path);
			goto done;
		}
	}
	struct stat st;
	if (lstat(path, &st) == 0) {
		rc = artex__error(err, ARTEX_EUSAGE, ARTEX_MSG_USAGE,
		                  "the bag already holds a file of this name");
		artex__error_file(err, path);
		goto done;
	}
	rc = artex__file_write(path, data, len, 0, err);
done:
	free(data);
	free(payload);
	free(path);
	return rc;
}

/* ---- validation ---- */

struct entry {
	const char *path;   /* decoded; both point into the manifest's text */
	const char *digest; /* as written, compared without regard to case */
	int line;
};

struct manifest {
	char alg[16];
	char name[64];  /* "manifest-sha256.txt" */
	int tag;        /* a tag manifest */
	char *text;     /* the file, cut into the entries' strings */
	struct entry *items;
	size_t count, cap;
};

struct check {
	const char *dir;
	struct artex_error_list *out;
	struct artex_error *err;
	int failed; /* out of memory: stop */
};

static void report(struct check *c, int msg_id, const char *rel, int line, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

static void report(struct check *c, int msg_id, const char *rel, int line, const char *fmt, ...)
{
	struct artex_error e;
	memset(&e, 0, sizeof e);
	va_list ap;
	va_start(ap, fmt);
	artex__verror(&e, ARTEX_EINVALID, msg_id, fmt, ap);
	va_end(ap);
	size_t n = strlen(c->dir);
	snprintf(e.file, sizeof e.file, "%s%s%s", c->dir, n && c->dir[n - 1] == '/' ? "" : "/", rel);
	e.line = line;
	if (artex__error_list_push(c->out, &e) < 0)
		c->failed = 1;
}

static void manifest_dispose(struct manifest *m)
{
	free(m->text);
	free(m->items);
}

static int cmp_entry(const void *a, const void *b)
{
	return strcmp(((const struct entry *)a)->path, ((const struct entry *)b)->path);
}

static int hex_only(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f') ||
		      (s[i] >= 'A' && s[i] <= 'F')))
			return 0;
	return n > 0;
}

/* A path a manifest may name: relative, no "." or ".." part, and inside
 * data/ for a payload manifest (outside it for a tag manifest). */
static int path_ok(const char *p, int tag)
{
	if (!*p || p[0] == '/' || (!tag && strncmp(p, "data/", 5) != 0) ||
	    (tag && strncmp(p, "data/", 5) == 0))
		return 0;
	for (const char *s = p; *s;) {
		size_t n = strcspn(s, "/");
		if (n == 0 || (n == 1 && s[0] == '.') || (n == 2 && s[0] == '.' && s[1] == '.'))
			return 0;
		s += n + (s[n] == '/');
	}
	return 1;
}

/* The tag file `name` of the bag, NUL-terminated, *len bytes; NULL with
 * the reason in e when it cannot be read (c->failed when out of memory). */
static char *read_tag_file(struct check *c, const char *name, size_t *len,
                           struct artex_error *e)
{
	char *path = join(c->dir, name), *text = NULL;
	if (!path) {
		c->failed = 1;
		artex__error(e, ARTEX_ENOMEM, 0, "out of memory");
		return NULL;
	}
	if (artex__file_read(&text, len, path, e) < 0)
		text = NULL;
	free(path);
	return text;
}

/* Reads a manifest; each malformed line is reported and skipped. */
static int read_manifest(struct check *c, struct manifest *m)
{
	size_t len;
	struct artex_error e;
	char *text = read_tag_file(c, m->name, &len, &e);
	if (!text) {
		if (c->failed)
			return -1;
		report(c, ARTEX_MSG_BAG_MALFORMED, m->name, 0, "cannot read the manifest: %s",
		       e.message);
		return 0;
	}
	size_t digits = strcmp(m->alg, "sha512") == 0 ? 128 : strcmp(m->alg, "sha256") == 0 ? 64
	              : strcmp(m->alg, "sha1") == 0 ? 40 : 32;
	int line = 0;
	for (char *s = text, *next; s < text + len && !c->failed; s = next) {
		char *eol = memchr(s, '\n', (size_t)(text + len - s));
		next = eol ? eol + 1 : text + len;
		if (eol)
			*eol = '\0';
		line++;
		size_t n = (size_t)((eol ? eol : text + len) - s);
		if (n == 0 && !eol)
			break;
		if (memchr(s, '\0', n)) {
			report(c, ARTEX_MSG_BAG_MALFORMED, m->name, line, "a NUL byte in the manifest");
			continue;
		}
		if (n && s[n - 1] == '\r')
			s[--n] = '\0';
		size_t hex = strcspn(s, " \t");
		char *p = s + hex;
		while (*p == ' ' || *p == '\t')
			p++;
		if (hex != digits || !hex_only(s, hex) || p == s + hex || decode_path(p) < 0 ||
		    !path_ok(p, m->tag)) {
			report(c, ARTEX_MSG_BAG_MALFORMED, m->name, line,
			       "not \"<%zu hex digits> <path%s>\"", digits, m->tag ? "" : " in data/");
			continue;
		}
		if (grow(&m->items, m->count, &m->cap, sizeof *m->items) < 0) {
			c->failed = 1;
			break;
		}
		s[hex] = '\0';
		m->items[m->count++] = (struct entry){p, s, line};
	}
	m->text = text;
	if (c->failed)
		return -1;
	if (m->count)
		qsort(m->items, m->count, sizeof *m->items, cmp_entry);
	for (size_t i = 1; i < m->count; i++)
		if (strcmp(m->items[i].path, m->items[i - 1].path) == 0)
			report(c, ARTEX_MSG_BAG_MALFORMED, m->name, m->items[i].line,
			       "%s is listed twice (first on line %d)", m->items[i].path,
			       m->items[i - 1].line);
	return 0;
}

static const struct entry *find_entry(const struct manifest *m, const char *path)
{
	struct entry key = {path, NULL, 0};
	return m->count ? bsearch(&key, m->items, m->count, sizeof *m->items, cmp_entry) : NULL;
}

/* bagit.txt: the version and encoding lines RFC 8493 2.1.1 requires. */
static void check_declaration(struct check *c)
{
	size_t len;
	struct artex_error e;
	char *text = read_tag_file(c, "bagit.txt", &len, &e);
	if (c->failed)
		return;
	if (!text) {
		report(c, ARTEX_MSG_BAG_FILE_MISSING, "bagit.txt", 0,
		       "no bag declaration (bagit.txt): %s", e.message);
	} else if (!strstr(text, "BagIt-Version: ") ||
	           !strstr(text, "Tag-File-Character-Encoding: UTF-8")) {
		report(c, ARTEX_MSG_BAG_MALFORMED, "bagit.txt", 0,
		       "bagit.txt lacks \"BagIt-Version: M.N\" or "
		       "\"Tag-File-Character-Encoding: UTF-8\"");
	}
	free(text);
}

/* Payload-Oxum in bag-info.txt, when there is one, against the payload. */
static void check_oxum(struct check *c, unsigned long long bytes, size_t count)
{
	size_t len;
	struct artex_error e;
	char *text = read_tag_file(c, "bag-info.txt", &len, &e);
	if (text) {
		int line = 1;
		for (char *s = text, *eol; s && *s; s = eol ? eol + 1 : NULL, line++) {
			eol = strchr(s, '\n');
			if (!label_is(s, "Payload-Oxum"))
				continue;
			unsigned long long b = 0, n = 0;
			int used = 0;
			const char *v = s + strlen("Payload-Oxum:");
			v += strspn(v, " \t");
			if (sscanf(v, "%llu.%llu%n", &b, &n, &used) != 2 ||
			    strspn(v, "0123456789.") != (size_t)used) {
				report(c, ARTEX_MSG_BAG_OXUM, "bag-info.txt", line,
				       "Payload-Oxum is not BYTES.FILES");
			} else if (b != bytes || n != count) {
				report(c, ARTEX_MSG_BAG_OXUM, "bag-info.txt", line,
				       "Payload-Oxum says %llu bytes in %llu files; the payload has %llu "
				       "bytes in %zu files", b, n, bytes, count);
			}
		}
	}
	free(text);
}

/* Finds the manifests at the bag's top; fills m, returns how many. */
static size_t find_manifests(struct check *c, struct manifest *m, size_t max)
{
	DIR *d = opendir(c->dir);
	size_t n = 0;
	struct dirent *de;
	while (d && (de = readdir(d))) {
		const char *name = de->d_name;
		int tag = strncmp(name, "tagmanifest-", 12) == 0;
		if (!tag && strncmp(name, "manifest-", 9) != 0)
			continue;
		const char *alg = name + (tag ? 12 : 9);
		size_t alen = strlen(alg);
		if (alen < 5 || strcmp(alg + alen - 4, ".txt") != 0)
			continue;
		if (n == max || alen - 4 >= sizeof m->alg) {
			report(c, ARTEX_MSG_BAG_MALFORMED, name, 0, "too many manifests or too long a name");
			continue;
		}
		memset(&m[n], 0, sizeof m[n]);
		snprintf(m[n].alg, sizeof m[n].alg, "%.*s", (int)(alen - 4), alg);
		snprintf(m[n].name, sizeof m[n].name, "%.63s", name);
		m[n].tag = tag;
		if (!artex__digest_known(m[n].alg)) {
			report(c, ARTEX_MSG_BAG_MALFORMED, name, 0,
			       "the algorithm \"%s\" is not one artex checks (md5, sha1, sha256, sha512)",
			       m[n].alg);
			continue;
		}
		n++;
	}
	if (d)
		closedir(d);
	return n;
}

static int cmp_manifest(const void *a, const void *b)
{
	return strcmp(((const struct manifest *)a)->name, ((const struct manifest *)b)->name);
}

struct compare_ctx {
	struct check *c;
	const struct manifest *m; /* the manifests of one kind, n of them */
	size_t n;
	int tag;
};

/* One file against the manifests of its kind, while its digests (in the
 * order of those manifests) are at hand: listed in each, digests equal. */
static void compare_file(void *ctx, const struct file *f)
{
	struct compare_ctx *cc = ctx;
	struct check *c = cc->c;
	const struct manifest *m = cc->m;
	if (c->failed)
		return;
	if (f->special) {
		report(c, ARTEX_MSG_BAG_FILE_EXTRA, f->rel, 0,
		       "not a regular file (a link or device) in the payload");
		return;
	}
	if (f->rc == -1 && f->err_no == ENOENT)
		return; /* reported as missing, by report_missing */
	if (f->rc < 0) {
		report(c, ARTEX_MSG_BAG_FILE_ALTERED, f->rel, 0, "cannot read: %s",
		       f->rc == -1 ? strerror(f->err_no) : "digest failed");
		return;
	}
	size_t listed = 0;
	char missing_from[256] = "";
	for (size_t k = 0; k < cc->n; k++) {
		const struct entry *e = find_entry(&m[k], f->rel);
		if (!e) {
			size_t used = strlen(missing_from);
			snprintf(missing_from + used, sizeof missing_from - used, "%s%s",
			         used ? ", " : "", m[k].name);
			continue;
		}
		listed++;
		if (strcasecmp(e->digest, f->hex[k]) != 0)
			report(c, ARTEX_MSG_BAG_FILE_ALTERED, f->rel, 0,
			       "altered: its %s is %s, %s line %d says %s", m[k].alg, f->hex[k],
			       m[k].name, e->line, e->digest);
	}
	if (!cc->tag && listed == 0)
		report(c, ARTEX_MSG_BAG_FILE_EXTRA, f->rel, 0,
		       "extra file: in the payload but in no manifest");
	else if (!cc->tag && listed < cc->n)
		report(c, ARTEX_MSG_BAG_FILE_EXTRA, f->rel, 0, "not listed in %s", missing_from);
}

/* Entries of m[0..n) without their file, each once, under the first
 * manifest that names it. */
static void report_missing(struct check *c, const struct files *files, const struct manifest *m,
                           size_t n)
{
	for (size_t k = 0; k < n && !c->failed; k++)
		for (size_t i = 0; i < m[k].count; i++) {
			const struct entry *e = &m[k].items[i];
			const struct file *f = find_file(files, e->path);
			int absent = !f || (f->rc == -1 && f->err_no == ENOENT);
			int first = 1;
			for (size_t j = 0; j < k && first; j++)
				first = !find_entry(&m[j], e->path);
			if (absent && first)
				report(c, ARTEX_MSG_BAG_FILE_MISSING, e->path, 0,
				       "missing: listed in %s line %d", m[k].name, e->line);
		}
}

int artex_bag_validate(struct artex_error_list *out, const char *dir, int jobs,
                       struct artex_error *err)
{
	struct stat st;
	if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
		artex__error(err, ARTEX_EIO, ARTEX_MSG_IO_READ, "not a folder: %s",
		             errno ? strerror(errno) : "a file");
		artex__error_file(err, dir);
		return ARTEX_EIO;
	}
	struct check c = {dir, out, err, 0};
	size_t first = out->count;
	struct manifest m[16];
	struct files payload = {0}, tags = {0};
	const char *payload_algs[ARTEX_DIGESTS_MAX], *tag_algs[ARTEX_DIGESTS_MAX];
	size_t n_payload = 0, n_tag = 0;
	int rc = 0;

	check_declaration(&c);
	size_t n = find_manifests(&c, m, sizeof m / sizeof m[0]);
	if (n)
		qsort(m, n, sizeof *m, cmp_manifest);
	/* Payload manifests first, then tag manifests, so each kind is a run. */
	struct manifest sorted[16];
	size_t s = 0;
	for (int tag = 0; tag < 2; tag++)
		for (size_t i = 0; i < n; i++)
			if (m[i].tag == tag)
				sorted[s++] = m[i];
	memcpy(m, sorted, n * sizeof *m);
	for (size_t i = 0; i < n && !c.failed; i++) {
		if (read_manifest(&c, &m[i]) < 0)
			break;
		if (m[i].tag && n_tag < ARTEX_DIGESTS_MAX)
			tag_algs[n_tag++] = m[i].alg;
		else if (!m[i].tag && n_payload < ARTEX_DIGESTS_MAX)
			payload_algs[n_payload++] = m[i].alg;
	}
	if (n_payload == 0)
		report(&c, ARTEX_MSG_BAG_FILE_MISSING, "manifest-sha256.txt", 0,
		       "no payload manifest (manifest-ALGORITHM.txt)");
	if (c.failed)
		goto done;

	char *data = join(dir, "data");
	if (!data) {
		c.failed = 1;
		goto done;
	}
	int has_payload = lstat(data, &st) == 0 && S_ISDIR(st.st_mode);
	free(data);
	if (!has_payload)
		report(&c, ARTEX_MSG_BAG_FILE_MISSING, "data", 0, "no payload folder (data/)");
	else if ((rc = walk(&payload, dir, "data", err)) < 0)
		goto done;
	sort_files(&payload);
	struct compare_ctx pc = {&c, m, n_payload, 0};
	if (n_payload && (rc = hash_all(&payload, dir, payload_algs, n_payload, jobs, compare_file,
	                                &pc, err)) < 0)
		goto done;
	if (n_payload)
		report_missing(&c, &payload, m, n_payload);
	unsigned long long bytes = 0;
	for (size_t i = 0; i < payload.count; i++)
		bytes += payload.items[i].size;
	/* Payload-Oxum counts the payload as it is: every regular file. */
	size_t regular = 0;
	for (size_t i = 0; i < payload.count; i++)
		regular += !payload.items[i].special;
	check_oxum(&c, bytes, regular);

	/* Tag files: those the tag manifests name, each hashed on this
	 * thread (there are few). */
	for (size_t k = n_payload; k < n && !c.failed; k++)
		for (size_t i = 0; i < m[k].count; i++) {
			const char *rel = m[k].items[i].path;
			if (!find_file(&tags, rel)) {
				if (!files_add(&tags, rel)) {
					c.failed = 1;
					break;
				}
				sort_files(&tags);
			}
		}
	struct compare_ctx tc = {&c, m + n_payload, n_tag, 1};
	if (!c.failed && n_tag &&
	    (rc = hash_all(&tags, dir, tag_algs, n_tag, 1, compare_file, &tc, err)) < 0)
		goto done;
	if (!c.failed && n_tag)
		report_missing(&c, &tags, m + n_payload, n_tag);
done:
	for (size_t i = 0; i < n; i++)
		manifest_dispose(&m[i]);
	files_dispose(&payload);
	files_dispose(&tags);
	if (rc < 0)
		return rc;
	if (c.failed)
		return artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
	return out->count > first ? ARTEX_EINVALID : 0;
}
