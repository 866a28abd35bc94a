/* mem.c — the memory domains, for now thin wrappers over malloc. */
#include "mem.h"

#include <stdlib.h>
#include <string.h>

void *kr_mem_alloc(size_t size) { return malloc(size ? size : 1); }
void *kr_mem_calloc(size_t n, size_t size) { return calloc(n ? n : 1, size ? size : 1); }
void *kr_mem_realloc(void *p, size_t size) { return realloc(p, size ? size : 1); }
void kr_mem_free(void *p) { free(p); }

void *kr_raw_alloc(size_t size) { return malloc(size ? size : 1); }
void *kr_raw_calloc(size_t n, size_t size) { return calloc(n ? n : 1, size ? size : 1); }
void *kr_raw_realloc(void *p, size_t size) { return realloc(p, size ? size : 1); }
void kr_raw_free(void *p) { free(p); }

char *kr_raw_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *copy = kr_raw_alloc(n);
    if (copy) memcpy(copy, s, n);
    return copy;
}
