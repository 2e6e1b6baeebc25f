/* SHA-256 and SHA-512 digests in lower-case hex, through OpenSSL's libcrypto:
 * fixity needs the standard algorithms exactly, which is no place for code of
 * our own. Nothing here holds state between calls, so any thread may use it. */
#ifndef ARTEX_UTIL_DIGEST_H
#define ARTEX_UTIL_DIGEST_H

#include <stddef.h>

#define ARTEX_SHA256_HEX 65 /* 64 hex digits and a NUL */
#define ARTEX_SHA512_HEX 129

/* SHA-256 of buf[0..len) into hex; 0, or -1 when libcrypto fails. */
int artex__sha256_hex(char hex[ARTEX_SHA256_HEX], const void *buf, size_t len);

/* Both digests of the file at `path` in one read; *size gets its length.
 * -1 with errno set when it cannot be read, -2 when libcrypto fails. */
int artex__file_digests(char sha256[ARTEX_SHA256_HEX], char sha512[ARTEX_SHA512_HEX],
                        unsigned long long *size, const char *path);

#endif
