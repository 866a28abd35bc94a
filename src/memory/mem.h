/* mem.h — the memory domains (see the seeds): the raw domain goes straight to
 * malloc; the object domain serves Python objects and other small blocks.
 * Today both use malloc; the pymalloc-style allocator (arenas, pools, blocks)
 * will serve the object domain behind the same functions (issue "memory").
 * None of these set a Python exception: callers raise MemoryError. */
#ifndef KR_MEM_H
#define KR_MEM_H

#include <stddef.h>

/* Object domain: objects and their small private buffers. */
void *kr_mem_alloc(size_t size);              /* uninitialized; NULL on failure */
void *kr_mem_calloc(size_t n, size_t size);   /* zeroed; NULL on failure */
void *kr_mem_realloc(void *p, size_t size);   /* NULL on failure (p untouched) */
void kr_mem_free(void *p);                    /* p may be NULL */

/* Raw domain: large or non-object memory (GMP limbs, I/O buffers). */
void *kr_raw_alloc(size_t size);
void *kr_raw_calloc(size_t n, size_t size);
void *kr_raw_realloc(void *p, size_t size);
void kr_raw_free(void *p);

/* Duplicates a C string into the raw domain; NULL on failure. */
char *kr_raw_strdup(const char *s);

#endif
