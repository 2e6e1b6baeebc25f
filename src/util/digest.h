/* Digests in lower-case hex through OpenSSL's libcrypto: fixity needs the
 * standard algorithms exactly, which is no place for code of our own.
 * Nothing here holds state between calls, so any thread may use it. */
#ifndef ARTEX_UTIL_DIGEST_H
#define ARTEX_UTIL_DIGEST_H

#include <stddef.h>

#define ARTEX_SHA256_HEX 65 /* 64 hex digits and a NUL */
#define ARTEX_DIGEST_HEX 129 /* room for the longest, SHA-512 */
#define ARTEX_DIGESTS_MAX 4

/* SHA-256 of buf[0..len) into hex; 0, or -1 when libcrypto fails. */
int artex__sha256_hex(char hex[ARTEX_SHA256_HEX], const void *buf, size_t len);

/* 1 when `name` is a digest this build computes (BagIt's names: "md5",
 * "sha1", "sha256", "sha512"), else 0. */
int artex__digest_known(const char *name);

/* The digests named in algs[0..n) (n <= ARTEX_DIGESTS_MAX, each known) of
 * the file at `path`, all from one read of it; *size gets its length.
 * -1 with errno set when it cannot be read, -2 when libcrypto fails. */
int artex__file_digests(char hex[][ARTEX_DIGEST_HEX], const char *const *algs, size_t n,
                        unsigned long long *size, const char *path);

#endif
