/* mem.h — the memory domains (see the seeds): the raw domain goes straight to
 * malloc; the object domain serves Python objects and other small blocks from
 * the pymalloc-style allocator (obmalloc.h: arenas, pools, blocks; requests
 * above 512 bytes go to malloc). KRAITMALLOC=malloc sends everything to
 * malloc, KRAITMALLOC=debug adds guard bytes and checks (allocator.md).
 * Rules: memory from kr_mem_* is freed with kr_mem_free, never with free() or
 * kr_raw_free; kr_mem_free also accepts a pointer from malloc. No locking:
 * the object domain is used by the thread that runs Python (holds the GIL).
 * None of these set a Python exception: callers raise MemoryError. */
#ifndef KR_MEM_H
#define KR_MEM_H

#include <stddef.h>
#include <string.h>

#include "obmalloc.h"

/* Out-of-line paths for the modes other than pools (and the first call,
 * which reads KRAITMALLOC). Call kr_mem_* instead. */
void *kr_mem_alloc_hooked(size_t size);
void *kr_mem_calloc_hooked(size_t n, size_t size);
void kr_mem_free_hooked(void *p);
void *kr_mem_calloc_big(size_t total);

/* Object domain: objects and their small private buffers. */

/* Uninitialized, 16-byte aligned; NULL on failure. kr_mem_alloc(0) returns a
 * unique pointer. */
static inline void *kr_mem_alloc(size_t size)
{
    if (__builtin_expect(kr_obmalloc_state.mode != KR_OBM_MODE_POOLS, 0)) return kr_mem_alloc_hooked(size);
    return kr_obmalloc_alloc(size);
}

/* Zeroed; NULL on failure (including n * size overflowing). */
static inline void *kr_mem_calloc(size_t n, size_t size)
{
    size_t total;
    if (__builtin_mul_overflow(n, size, &total)) return NULL;
    if (__builtin_expect(kr_obmalloc_state.mode != KR_OBM_MODE_POOLS, 0)) return kr_mem_calloc_hooked(n, size);
    if (__builtin_expect(total - 1 < KR_OBM_SMALL_MAX, 1)) {
        void *p = kr_obmalloc_alloc(total);
        if (p) memset(p, 0, total);
        return p;
    }
    return kr_mem_calloc_big(total);
}

/* NULL on failure (p untouched); p NULL acts as kr_mem_alloc. */
void *kr_mem_realloc(void *p, size_t size);

/* p may be NULL, or a pointer from malloc/kr_raw_alloc. */
static inline void kr_mem_free(void *p)
{
    if (__builtin_expect(kr_obmalloc_state.mode != KR_OBM_MODE_POOLS, 0)) {
        kr_mem_free_hooked(p);
        return;
    }
    kr_obmalloc_free(p);
}

/* Raw domain: large or non-object memory (GMP limbs, I/O buffers), always
 * malloc. kr_raw_free/kr_raw_realloc given an object-domain block handle it
 * correctly (and abort with a report in the debug mode: it is a bug). */
void *kr_raw_alloc(size_t size);
void *kr_raw_calloc(size_t n, size_t size);
void *kr_raw_realloc(void *p, size_t size);
void kr_raw_free(void *p);

/* Duplicates a C string into the raw domain; NULL on failure. */
char *kr_raw_strdup(const char *s);

#endif
