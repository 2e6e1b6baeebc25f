#include "util/digest.h"

#include <errno.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <unistd.h>

static void to_hex(char *hex, const unsigned char *md, unsigned n)
{
	static const char digits[] = "0123456789abcdef";
	for (unsigned i = 0; i < n; i++) {
		hex[2 * i] = digits[md[i] >> 4];
		hex[2 * i + 1] = digits[md[i] & 15];
	}
	hex[2 * n] = '\0';
}

int artex__sha256_hex(char hex[ARTEX_SHA256_HEX], const void *buf, size_t len)
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned n = 0;
	if (!EVP_Digest(buf, len, md, &n, EVP_sha256(), NULL))
		return -1;
	to_hex(hex, md, n);
	return 0;
}

int artex__file_digests(char sha256[ARTEX_SHA256_HEX], char sha512[ARTEX_SHA512_HEX],
                        unsigned long long *size, const char *path)
{
	int rc = -2;
	*size = 0;
	EVP_MD_CTX *c256 = EVP_MD_CTX_new(), *c512 = EVP_MD_CTX_new();
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		rc = -1;
		goto done;
	}
	if (!c256 || !c512 || !EVP_DigestInit_ex(c256, EVP_sha256(), NULL) ||
	    !EVP_DigestInit_ex(c512, EVP_sha512(), NULL))
		goto done;
	/* Both digests from each block while it is in the cache: one read of
	 * the file instead of two. */
	unsigned char block[1 << 16];
	for (;;) {
		ssize_t got = read(fd, block, sizeof block);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			rc = -1;
			goto done;
		}
		if (got == 0)
			break;
		*size += (unsigned long long)got;
		if (!EVP_DigestUpdate(c256, block, (size_t)got) ||
		    !EVP_DigestUpdate(c512, block, (size_t)got))
			goto done;
	}
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned n = 0;
	if (!EVP_DigestFinal_ex(c256, md, &n))
		goto done;
	to_hex(sha256, md, n);
	if (!EVP_DigestFinal_ex(c512, md, &n))
		goto done;
	to_hex(sha512, md, n);
	rc = 0;
done:
	if (fd >= 0) {
		int saved = errno;
		close(fd);
		errno = saved;
	}
	EVP_MD_CTX_free(c256);
	EVP_MD_CTX_free(c512);
	return rc;
}
