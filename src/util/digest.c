#include "util/digest.h"

#include <errno.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <string.h>
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

/* Only BagIt's names, so that "SHA256" or "sha3-256" in a manifest's file
 * name is not taken for an algorithm the bag does not mean. */
static const EVP_MD *digest_by_name(const char *name)
{
	if (strcmp(name, "sha256") == 0)
		return EVP_sha256();
	if (strcmp(name, "sha512") == 0)
		return EVP_sha512();
	if (strcmp(name, "sha1") == 0)
		return EVP_sha1();
	if (strcmp(name, "md5") == 0)
		return EVP_md5();
	return NULL;
}

int artex__digest_known(const char *name)
{
	return digest_by_name(name) != NULL;
}

int artex__file_digests(char hex[][ARTEX_DIGEST_HEX], const char *const *algs, size_t n,
                        unsigned long long *size, const char *path)
{
	int rc = -2;
	EVP_MD_CTX *ctx[ARTEX_DIGESTS_MAX] = {0};
	*size = 0;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	for (size_t k = 0; k < n; k++) {
		const EVP_MD *md = digest_by_name(algs[k]);
		if (!md || !(ctx[k] = EVP_MD_CTX_new()) || !EVP_DigestInit_ex(ctx[k], md, NULL))
			goto done;
	}
	/* Every digest from each block while it is in the cache: one read of
	 * the file however many manifests there are. */
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
		for (size_t k = 0; k < n; k++)
			if (!EVP_DigestUpdate(ctx[k], block, (size_t)got))
				goto done;
	}
	for (size_t k = 0; k < n; k++) {
		unsigned char md[EVP_MAX_MD_SIZE];
		unsigned len = 0;
		if (!EVP_DigestFinal_ex(ctx[k], md, &len))
			goto done;
		to_hex(hex[k], md, len);
	}
	rc = 0;
done:;
	int saved = errno;
	close(fd);
	for (size_t k = 0; k < n; k++)
		EVP_MD_CTX_free(ctx[k]);
	errno = saved;
	return rc;
}
