/* bytes_methods.h — the methods bytes and bytearray share (bytes_methods.c).
 * Each takes the bytes or bytearray `self` and returns results of self's
 * family (bytes for bytes and its subclasses, bytearray for bytearray). */
#ifndef KR_BYTES_METHODS_H
#define KR_BYTES_METHODS_H
#include "object.h"

/* `x in data` for an int or a bytes-like x: 1/0/-1. */
int kr_bytes_methods_contains(const char *data, ssize_t len, KrObject *x);
/* Fills dst with n copies of src[0:len]. */
void kr_bytes_methods_fill_repeat(char *dst, const char *src, ssize_t len, ssize_t n);
/* Collects an iterable of ints 0..255 into a new raw buffer (kr_raw_free it). */
int kr_bytes_methods_collect_ints(KrObject *o, char **out, ssize_t *outlen);
/* A new object of self's family holding data[0:n]. */
KrObject *kr_bytes_methods_new_like(KrObject *self, const char *data, ssize_t n);

#define KR_BYTES_METHOD_DECL(name) \
    KrObject *kr_bytes_methods_##name(KrObject *self, KrObject *const *args, ssize_t nargs, \
                                      KrObject *kwnames);
#define KR_BYTES_METHOD_NAMES(X) \
    X(capitalize) X(center) X(count) X(decode) X(endswith) X(expandtabs) X(find) X(hex) \
    X(index) X(isalnum) X(isalpha) X(isascii) X(isdigit) X(islower) X(isspace) X(istitle) \
    X(isupper) X(join) X(ljust) X(lower) X(lstrip) X(partition) X(removeprefix) \
    X(removesuffix) X(replace) X(rfind) X(rindex) X(rjust) X(rpartition) X(rsplit) X(rstrip) \
    X(split) X(splitlines) X(startswith) X(strip) X(swapcase) X(title) X(translate) X(upper) \
    X(zfill) X(fromhex) X(maketrans) X(maketrans_ba)
KR_BYTES_METHOD_NAMES(KR_BYTES_METHOD_DECL)
#undef KR_BYTES_METHOD_DECL

/* The method-table entries common to bytes and bytearray (all are
 * FASTCALL|KEYWORDS and check their own keyword arguments). */
#define KR_BYTES_COMMON_ENTRY(name) \
    { #name, (void *)kr_bytes_methods_##name, KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL },
#define KR_BYTES_COMMON_METHODS \
    KR_BYTES_COMMON_ENTRY(capitalize) KR_BYTES_COMMON_ENTRY(center) KR_BYTES_COMMON_ENTRY(count) \
    KR_BYTES_COMMON_ENTRY(decode) KR_BYTES_COMMON_ENTRY(endswith) KR_BYTES_COMMON_ENTRY(expandtabs) \
    KR_BYTES_COMMON_ENTRY(find) KR_BYTES_COMMON_ENTRY(hex) KR_BYTES_COMMON_ENTRY(index) \
    KR_BYTES_COMMON_ENTRY(isalnum) KR_BYTES_COMMON_ENTRY(isalpha) KR_BYTES_COMMON_ENTRY(isascii) \
    KR_BYTES_COMMON_ENTRY(isdigit) KR_BYTES_COMMON_ENTRY(islower) KR_BYTES_COMMON_ENTRY(isspace) \
    KR_BYTES_COMMON_ENTRY(istitle) KR_BYTES_COMMON_ENTRY(isupper) KR_BYTES_COMMON_ENTRY(join) \
    KR_BYTES_COMMON_ENTRY(ljust) KR_BYTES_COMMON_ENTRY(lower) KR_BYTES_COMMON_ENTRY(lstrip) \
    KR_BYTES_COMMON_ENTRY(partition) KR_BYTES_COMMON_ENTRY(removeprefix) \
    KR_BYTES_COMMON_ENTRY(removesuffix) KR_BYTES_COMMON_ENTRY(replace) KR_BYTES_COMMON_ENTRY(rfind) \
    KR_BYTES_COMMON_ENTRY(rindex) KR_BYTES_COMMON_ENTRY(rjust) KR_BYTES_COMMON_ENTRY(rpartition) \
    KR_BYTES_COMMON_ENTRY(rsplit) KR_BYTES_COMMON_ENTRY(rstrip) KR_BYTES_COMMON_ENTRY(split) \
    KR_BYTES_COMMON_ENTRY(splitlines) KR_BYTES_COMMON_ENTRY(startswith) KR_BYTES_COMMON_ENTRY(strip) \
    KR_BYTES_COMMON_ENTRY(swapcase) KR_BYTES_COMMON_ENTRY(title) KR_BYTES_COMMON_ENTRY(translate) \
    KR_BYTES_COMMON_ENTRY(upper) KR_BYTES_COMMON_ENTRY(zfill) \
    { "fromhex", (void *)kr_bytes_methods_fromhex, \
      KR_METH_FASTCALL | KR_METH_KEYWORDS | KR_METH_CLASS, NULL },
/* maketrans is static, so each type has its own entry (for its messages). */
#define KR_BYTES_MAKETRANS_ENTRY(fn) \
    { "maketrans", (void *)fn, KR_METH_FASTCALL | KR_METH_KEYWORDS | KR_METH_STATIC, \
      "Return a translation table useable for the bytes or bytearray translate method." },
#endif
