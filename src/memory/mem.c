/* mem.c — the memory domains: the object domain's entry points for the modes
 * other than pools (malloc, debug, first call) and the raw domain (malloc). */
#include "mem.h"

#include <stdlib.h>
#include <string.h>

void *kr_mem_alloc_hooked(size_t size)
{
    if (kr_obmalloc_state.mode == KR_OBM_MODE_UNINIT) kr_obmalloc_init();
    switch (kr_obmalloc_state.mode) {
    case KR_OBM_MODE_MALLOC: return malloc(size ? size : 1);
    case KR_OBM_MODE_DEBUG: return kr_obmalloc_debug_alloc(size, 0);
    default: return kr_obmalloc_alloc(size);
    }
}

void *kr_mem_calloc_hooked(size_t n, size_t size)
{
    if (kr_obmalloc_state.mode == KR_OBM_MODE_UNINIT) kr_obmalloc_init();
    size_t total;
    if (__builtin_mul_overflow(n, size, &total)) return NULL;
    switch (kr_obmalloc_state.mode) {
    case KR_OBM_MODE_MALLOC: return calloc(total ? total : 1, 1);
    case KR_OBM_MODE_DEBUG: return kr_obmalloc_debug_alloc(total, 1);
    default: return kr_mem_calloc(n, size);
    }
}

/* calloc of more than 512 bytes (or of 0) in the pools mode. */
void *kr_mem_calloc_big(size_t total)
{
    if (total == 0) return kr_mem_calloc(1, 1);
    return calloc(total, 1);
}

void kr_mem_free_hooked(void *p)
{
    if (kr_obmalloc_state.mode == KR_OBM_MODE_UNINIT) kr_obmalloc_init();
    switch (kr_obmalloc_state.mode) {
    case KR_OBM_MODE_MALLOC: free(p); break;
    case KR_OBM_MODE_DEBUG: kr_obmalloc_debug_free(p); break;
    default: kr_obmalloc_free(p); break;
    }
}

void *kr_mem_realloc(void *p, size_t size)
{
    switch (kr_obmalloc_state.mode) {
    case KR_OBM_MODE_POOLS: return kr_obmalloc_realloc(p, size);
    case KR_OBM_MODE_UNINIT: kr_obmalloc_init(); return kr_mem_realloc(p, size);
    case KR_OBM_MODE_DEBUG: return kr_obmalloc_debug_realloc(p, size);
    default: return realloc(p, size ? size : 1);
    }
}

void *kr_raw_alloc(size_t size) { return malloc(size ? size : 1); }
void *kr_raw_calloc(size_t n, size_t size) { return calloc(n ? n : 1, size ? size : 1); }

/* An object-domain block given to the raw domain is a bug of the caller; the
 * debug mode reports it, the other modes quietly do the right thing. */
void *kr_raw_realloc(void *p, size_t size)
{
    if (kr_obmalloc_state.mode == KR_OBM_MODE_DEBUG) kr_obmalloc_debug_check_raw(p, "kr_raw_realloc");
    if (p && kr_obmalloc_owns(p)) {
        size_t old = kr_obmalloc_block_size(p);
        void *q = malloc(size ? size : 1);
        if (!q) return NULL;
        memcpy(q, p, old < size ? old : size);
        kr_obmalloc_free(p);
        return q;
    }
    return realloc(p, size ? size : 1);
}

void kr_raw_free(void *p)
{
    if (kr_obmalloc_state.mode == KR_OBM_MODE_DEBUG) kr_obmalloc_debug_check_raw(p, "kr_raw_free");
    if (kr_obmalloc_owns(p)) {
        kr_obmalloc_free(p);
        return;
    }
    free(p);
}

char *kr_raw_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *copy = kr_raw_alloc(n);
    if (copy) memcpy(copy, s, n);
    return copy;
}
