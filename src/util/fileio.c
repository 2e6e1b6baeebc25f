#define _GNU_SOURCE /* syncfs */
#include "util/fileio.h"

#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/buf.h"
#include "util/error.h"

static int read_fd(struct artex_buf *b, int fd, const char *path, struct artex_error *err)
{
	for (;;) {
		if (artex_buf_grow(b, 65536) < 0)
			return artex__error(err, ARTEX_ENOMEM, ARTEX_MSG_IO_READ, "out of memory");
		ssize_t n = read(fd, b->data + b->len, b->cap - b->len - 1);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			artex__error(err, ARTEX_EIO, ARTEX_MSG_IO_READ, "cannot read: %s", strerror(errno));
			artex__error_file(err, path);
			return ARTEX_EIO;
		}
		if (n == 0)
			break;
		b->len += (size_t)n;
		b->data[b->len] = '\0';
		if (b->len > ARTEX_MAX_INPUT) {
			artex__error(err, ARTEX_EINVALID, ARTEX_MSG_INPUT_TOO_LARGE,
			             "input is larger than %zu MiB", ARTEX_MAX_INPUT >> 20);
			artex__error_file(err, path);
			return ARTEX_EINVALID;
		}
	}
	return 0;
}

int artex__file_read(char **out, size_t *out_len, const char *path, struct artex_error *err)
{
	*out = NULL;
	int is_stdin = strcmp(path, "-") == 0;
	int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		artex__error(err, ARTEX_EIO, ARTEX_MSG_IO_READ, "cannot open: %s", strerror(errno));
		artex__error_file(err, path);
		return ARTEX_EIO;
	}
	struct stat st;
	int rc = 0;
	if (!is_stdin && fstat(fd, &st) == 0) {
		if (S_ISDIR(st.st_mode)) {
			rc = artex__error(err, ARTEX_EIO, ARTEX_MSG_IO_READ, "is a directory");
			artex__error_file(err, path);
		} else if (S_ISREG(st.st_mode) && (size_t)st.st_size > ARTEX_MAX_INPUT) {
			rc = artex__error(err, ARTEX_EINVALID, ARTEX_MSG_INPUT_TOO_LARGE,
			                  "input is larger than %zu MiB", ARTEX_MAX_INPUT >> 20);
			artex__error_file(err, path);
		}
	}
	struct artex_buf b = ARTEX_BUF_INIT;
	if (rc == 0)
		rc = read_fd(&b, fd, path, err);
	if (!is_stdin)
		close(fd);
	if (rc < 0) {
		artex_buf_dispose(&b);
		return rc;
	}
	*out = artex_buf_detach(&b, out_len);
	if (!*out)
		return artex__error(err, ARTEX_ENOMEM, ARTEX_MSG_IO_READ, "out of memory");
	return 0;
}

int artex__write_fd(int fd, const char *data, size_t len)
{
	while (len) {
		ssize_t n = write(fd, data, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		data += n;
		len -= (size_t)n;
	}
	return 0;
}

int artex_file_write_atomic(const char *path, const char *data, size_t len,
                            struct artex_error *err)
{
	return artex__file_write(path, data, len, 0, err);
}

static int fsync_dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash ? strndup(path, (size_t)(slash - path) + 1) : strdup(".");
	if (!dir)
		return -1;
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	free(dir);
	if (fd < 0)
		return -1;
	int rc = fsync(fd);
	close(fd);
	return rc;
}

int artex__sync_dir(const char *dir, struct artex_error *err)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0 || syncfs(fd) < 0) {
		artex__error(err, ARTEX_EIO, ARTEX_MSG_IO_WRITE, "cannot sync: %s", strerror(errno));
		artex__error_file(err, dir);
		if (fd >= 0)
			close(fd);
		return ARTEX_EIO;
	}
	close(fd);
	return 0;
}

/* Opens a new file next to `path` for writing. open() with O_EXCL and mode
 * 0666 lets the kernel apply the umask, which spares mkstemp's 0600 the
 * umask round trip and fchmod that each output would otherwise cost; the
 * name only has to be unused, and O_EXCL is what guarantees that. */
static int open_temp(char *tmp, size_t size, const char *path, size_t dirlen, const char *base)
{
	static atomic_uint counter;
	static atomic_long pid;
	if (!atomic_load(&pid))
		atomic_store(&pid, (long)getpid());
	for (int attempt = 0; attempt < 100; attempt++) {
		snprintf(tmp, size, "%.*s.%s.%ld.%u", (int)dirlen, path, base, atomic_load(&pid),
		         atomic_fetch_add(&counter, 1));
		int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
		if (fd >= 0 || errno != EEXIST)
			return fd;
	}
	return -1;
}

int artex__file_write(const char *path, const char *data, size_t len, int durable,
                      struct artex_error *err)
{
	const char *slash = strrchr(path, '/');
	size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
	const char *base = slash ? slash + 1 : path;
	size_t tmplen = dirlen + strlen(base) + 40;
	char *tmp = malloc(tmplen);
	if (!tmp)
		return artex__error(err, ARTEX_ENOMEM, ARTEX_MSG_IO_WRITE, "out of memory");
	int fd = open_temp(tmp, tmplen, path, dirlen, base);
	if (fd < 0) {
		int missing = errno;
		artex__error(err, ARTEX_EIO, ARTEX_MSG_IO_WRITE, "cannot create a file next to it: %s",
		             strerror(missing));
		artex__error_file(err, path);
		free(tmp);
		errno = missing;
		return ARTEX_EIO;
	}
	if (artex__write_fd(fd, data, len) < 0 || (durable && fsync(fd) < 0)) {
		artex__error(err, ARTEX_EIO, ARTEX_MSG_IO_WRITE, "cannot write: %s", strerror(errno));
		close(fd);
		unlink(tmp);
		goto fail;
	}
	if (close(fd) < 0) {
		artex__error(err, ARTEX_EIO, ARTEX_MSG_IO_WRITE, "cannot write: %s", strerror(errno));
		unlink(tmp);
		goto fail;
	}
	if (rename(tmp, path) < 0) {
		artex__error(err, ARTEX_EIO, ARTEX_MSG_IO_WRITE, "cannot rename into place: %s",
		             strerror(errno));
		unlink(tmp);
		goto fail;
	}
	if (durable && fsync_dir_of(path) < 0) {
		artex__error(err, ARTEX_EIO, ARTEX_MSG_IO_WRITE, "cannot sync its folder: %s",
		             strerror(errno));
		goto fail;
	}
	free(tmp);
	return 0;
fail:
	artex__error_file(err, path);
	free(tmp);
	return ARTEX_EIO;
}
