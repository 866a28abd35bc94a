/* hash.h — hashing of bytes and str (SipHash-1-3 keyed per process, or by
 * PYTHONHASHSEED) and the numeric hash parameters of CPython. */
#ifndef KR_HASH_H
#define KR_HASH_H
#include "object.h"

#define KR_HASH_BITS 61
#define KR_HASH_MODULUS (((uint64_t)1 << KR_HASH_BITS) - 1)
#define KR_HASH_INF 314159
#define KR_HASH_IMAG 1000003UL

/* Hash of raw bytes (also used for str, over its kind-sized code units, as
 * CPython does). Never returns -1. */
kr_hash_t kr_hash_bytes(const void *data, size_t len);
kr_hash_t kr_hash_pointer(const void *p);
/* SipHash-1-3 of data under the key (key, 0), independent of the process
 * key: CPython's _Py_KeyedHash, used for the source hash of PEP 552 pycs. */
uint64_t kr_hash_keyed(uint64_t key, const void *data, size_t len);
/* Reads PYTHONHASHSEED and sets the SipHash key. 0, or -1 with a message on
 * stderr for a bad value. */
int kr_hash_init(void);
/* 0 if PYTHONHASHSEED=0 disabled randomization, else 1 (sys.flags). */
int kr_hash_randomized(void);
/* The PYTHONHASHSEED value given (0 when random). */
unsigned long kr_hash_seed(void);
#endif
