// SHA-1 from mbed TLS (Debian: libmbedtls-dev, which libgit2-dev depends on;
// Debian's libgit2 hashes with it too). mbed TLS 3 renamed the *_ret
// functions to the plain names; these wrappers take either.
#include <mbedtls/version.h>
#include <mbedtls/sha1.h>

static inline int itaplan_sha1_starts(mbedtls_sha1_context *context) {
#if MBEDTLS_VERSION_MAJOR >= 3
    return mbedtls_sha1_starts(context);
#else
    return mbedtls_sha1_starts_ret(context);
#endif
}

static inline int itaplan_sha1_update(mbedtls_sha1_context *context, const unsigned char *bytes, size_t count) {
#if MBEDTLS_VERSION_MAJOR >= 3
    return mbedtls_sha1_update(context, bytes, count);
#else
    return mbedtls_sha1_update_ret(context, bytes, count);
#endif
}

static inline int itaplan_sha1_finish(mbedtls_sha1_context *context, unsigned char digest[20]) {
#if MBEDTLS_VERSION_MAJOR >= 3
    return mbedtls_sha1_finish(context, digest);
#else
    return mbedtls_sha1_finish_ret(context, digest);
#endif
}
