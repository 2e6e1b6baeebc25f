/* LD_PRELOAD shim for the output-safety tests: once ARTEX_FAIL_AFTER bytes
 * have gone to regular files, every further write to one fails with
 * ENOSPC, as on a full disk. Standard streams and pipes are left alone. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static ssize_t (*real_write)(int, const void *, size_t);
static long long budget = -1;
static long long written;

ssize_t write(int fd, const void *buf, size_t count)
{
	if (!real_write) {
		/* POSIX's way to turn dlsym's object pointer into a function. */
		*(void **)&real_write = dlsym(RTLD_NEXT, "write");
		const char *env = getenv("ARTEX_FAIL_AFTER");
		budget = env ? atoll(env) : -1;
	}
	struct stat st;
	if (budget >= 0 && fd > 2 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
		if (written + (long long)count > budget) {
			errno = ENOSPC;
			return -1;
		}
		written += (long long)count;
	}
	return real_write(fd, buf, count);
}
