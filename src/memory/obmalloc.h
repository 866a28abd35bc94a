/* obmalloc.h — the small-object allocator behind the object domain (kr_mem_*):
 * 256 KiB arenas of 4 KiB pools, each pool cut into blocks of one size class.
 * The design is described in docs/internals/allocator.md. Only the inline fast
 * paths live here; everything else is in obmalloc.c / obmalloc_debug.c.
 *
 * Threads: there is no locking. Only one thread runs Python (and so allocates
 * from the object domain) at a time; once the GIL exists, holding it is what
 * makes these functions safe. Code that runs without the GIL must use kr_raw_*.
 *
 * Nothing here sets a Python exception: callers raise MemoryError. */
#ifndef KR_OBMALLOC_H
#define KR_OBMALLOC_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>

#define KR_OBM_ALIGN_SHIFT 4                          /* blocks are multiples of 16 bytes */
#define KR_OBM_ALIGN (1u << KR_OBM_ALIGN_SHIFT)
#define KR_OBM_SMALL_MAX 512                          /* larger requests go to malloc */
#define KR_OBM_NCLASSES (KR_OBM_SMALL_MAX / KR_OBM_ALIGN)   /* 32 size classes */
#define KR_OBM_POOL_BITS 12
#define KR_OBM_POOL_SIZE (1u << KR_OBM_POOL_BITS)     /* 4 KiB */
#define KR_OBM_ARENA_BITS 18
#define KR_OBM_ARENA_SIZE (1u << KR_OBM_ARENA_BITS)   /* 256 KiB, aligned to its size */
#define KR_OBM_POOLS_PER_ARENA (KR_OBM_ARENA_SIZE / KR_OBM_POOL_SIZE)   /* 64 */

/* Size class of a request of n bytes (1 <= n <= 512) and the block size of a class. */
#define KR_OBM_CLASS_OF(n) (((n) - 1) >> KR_OBM_ALIGN_SHIFT)
#define KR_OBM_CLASS_SIZE(c) (((size_t)(c) + 1) << KR_OBM_ALIGN_SHIFT)

/* The radix tree that answers "is this address inside one of our arenas?"
 * without touching the memory at the address. Arenas are aligned to their
 * size, so an arena is one bit: bits 18..32 of the address pick the bit in a
 * leaf (a 4 KiB bitmap covering 8 GiB), bits 33..47 pick the leaf in the root.
 * Addresses at or above 2^48 are never ours (arenas there are refused). */
#define KR_OBM_LEAF_BITS 15
#define KR_OBM_ROOT_BITS 15
#define KR_OBM_ADDR_BITS (KR_OBM_ARENA_BITS + KR_OBM_LEAF_BITS + KR_OBM_ROOT_BITS)   /* 48 */

/* Links of a pool in a circular doubly linked list with a sentinel head. */
typedef struct KrPoolLink {
    struct KrPoolLink *next, *prev;
} KrPoolLink;

struct KrArena;

/* The header at the start of every 4 KiB pool; blocks follow it. A pool is
 * "used" (some blocks allocated, some free: it is on the usedpools list of its
 * class), "full" (on no list) or "empty" (on its arena's free-pool list). */
typedef struct KrPool {
    KrPoolLink link;          /* usedpools[szidx] list; prev == NULL when on no list */
    void *freeblock;          /* first free block; non-NULL while the pool is used */
    struct KrArena *arena;    /* the arena holding this pool */
    uint32_t ref;             /* number of allocated blocks */
    uint32_t szidx;           /* size class */
    uint32_t nextoffset;      /* offset of the first never-used block */
    uint32_t maxnextoffset;   /* the largest valid nextoffset */
} KrPool;

#define KR_OBM_POOL_OVERHEAD ((sizeof(KrPool) + KR_OBM_ALIGN - 1) & ~(size_t)(KR_OBM_ALIGN - 1))
#define KR_OBM_POOL_OF(p) ((KrPool *)((uintptr_t)(p) & ~(uintptr_t)(KR_OBM_POOL_SIZE - 1)))

/* Allocator modes (KRAITMALLOC). Zero is the only mode the fast paths serve;
 * every other value (including "not yet initialized") takes the slow path. */
enum {
    KR_OBM_MODE_POOLS = 0,    /* pymalloc-style pools (default, KRAITMALLOC=pymalloc) */
    KR_OBM_MODE_UNINIT = 1,   /* before the first allocation read KRAITMALLOC */
    KR_OBM_MODE_MALLOC = 2,   /* KRAITMALLOC=malloc: everything goes to malloc */
    KR_OBM_MODE_DEBUG = 3,    /* KRAITMALLOC=debug: guard bytes and fill patterns over pools */
};

typedef struct KrObmallocState {
    int mode;
    KrPoolLink used[KR_OBM_NCLASSES];   /* partially used pools per size class */
} KrObmallocState;

extern KrObmallocState kr_obmalloc_state;
extern uint64_t *kr_obmalloc_radix[1u << KR_OBM_ROOT_BITS];

/* Slow paths of the inline functions below (obmalloc.c). */
void *kr_obmalloc_alloc_slow(size_t n);
void kr_obmalloc_pool_refill(KrPool *pool);
void kr_obmalloc_free_slow(KrPool *pool, void *lastfree);

/* True if p lies inside one of our arenas. O(1), reads only the radix tree,
 * so it is safe for any pointer (malloc'd, static, NULL). */
static inline int kr_obmalloc_owns(const void *p)
{
    uintptr_t a = (uintptr_t)p;
    uintptr_t top = a >> (KR_OBM_ARENA_BITS + KR_OBM_LEAF_BITS);
    if (top >= (1u << KR_OBM_ROOT_BITS)) return 0;
    const uint64_t *leaf = kr_obmalloc_radix[top];
    if (!leaf) return 0;
    uintptr_t k = (a >> KR_OBM_ARENA_BITS) & ((1u << KR_OBM_LEAF_BITS) - 1);
    return (int)((leaf[k >> 6] >> (k & 63)) & 1);
}

/* Pool allocation of n bytes (the mode must be POOLS): a block of a pool when
 * 1 <= n <= 512, else (or if no arena can be mapped) malloc. NULL if out of memory. */
static inline void *kr_obmalloc_alloc(size_t n)
{
    if (__builtin_expect(n - 1 < KR_OBM_SMALL_MAX, 1)) {
        KrPoolLink *head = &kr_obmalloc_state.used[KR_OBM_CLASS_OF(n)];
        KrPool *pool = (KrPool *)head->next;
        if (__builtin_expect(&pool->link != head, 1)) {
            void **bp = pool->freeblock;
            pool->ref++;
            if (__builtin_expect((pool->freeblock = *bp) == NULL, 0)) kr_obmalloc_pool_refill(pool);
            return bp;
        }
    }
    return kr_obmalloc_alloc_slow(n);
}

/* Pool free (the mode must be POOLS): p may be NULL or come from malloc. */
static inline void kr_obmalloc_free(void *p)
{
    if (__builtin_expect(kr_obmalloc_owns(p), 1)) {
        KrPool *pool = KR_OBM_POOL_OF(p);
        void *last = pool->freeblock;
        *(void **)p = last;
        pool->freeblock = p;
        uint32_t ref = --pool->ref;
        if (__builtin_expect(last == NULL || ref == 0, 0)) kr_obmalloc_free_slow(pool, last);
        return;
    }
    free(p);
}

/* Pool realloc (the mode must be POOLS): blocks move between pools and malloc
 * as their size crosses 512; a malloc'd block stays in malloc. NULL on
 * failure with p untouched. */
void *kr_obmalloc_realloc(void *p, size_t n);

/* Usable size of a pool block (its class size); 0 if p is not a pool block. */
size_t kr_obmalloc_block_size(const void *p);

/* The number of pool blocks currently allocated (sys.getallocatedblocks()). */
ssize_t kr_obmalloc_allocated_blocks(void);

/* Prints the pool/arena statistics table of sys._debugmallocstats() to out,
 * in CPython's format. Returns 0 (printing nothing) when pools are not in use
 * (KRAITMALLOC=malloc), 1 otherwise. */
int kr_obmalloc_print_stats(FILE *out);

/* Counters for tests and statistics. */
typedef struct KrObmallocCounts {
    size_t arenas_allocated_total;   /* arenas ever mapped */
    size_t arenas_reclaimed;         /* arenas given back to the OS */
    size_t arenas_highwater;         /* most arenas mapped at once */
    size_t arenas_current;           /* arenas mapped now */
    size_t free_pools;               /* empty pools in mapped arenas */
    size_t blocks_in_use;            /* allocated pool blocks */
} KrObmallocCounts;
void kr_obmalloc_get_counts(KrObmallocCounts *out);

/* Where a pool block's pool stands, for tests. */
enum { KR_OBM_POOL_NOT_OURS, KR_OBM_POOL_USED, KR_OBM_POOL_FULL, KR_OBM_POOL_EMPTY };
typedef struct KrObmallocBlockInfo {
    int state;                 /* KR_OBM_POOL_* of the block's pool */
    int is_first_used;         /* the pool is the head of its class's usedpools list */
    unsigned szidx;            /* size class */
    unsigned ref;              /* allocated blocks in the pool */
    unsigned arena_free_pools; /* empty pools in the pool's arena */
} KrObmallocBlockInfo;
void kr_obmalloc_block_info(const void *p, KrObmallocBlockInfo *out);

/* Reads KRAITMALLOC and sets the mode; called once, by the first allocation.
 * An unknown value is a fatal error (like CPython's PYTHONMALLOC). */
void kr_obmalloc_init(void);

/* The debug mode (obmalloc_debug.c): guard bytes, fill patterns, checks. */
void *kr_obmalloc_debug_alloc(size_t n, int zero);
void *kr_obmalloc_debug_realloc(void *p, size_t n);
void kr_obmalloc_debug_free(void *p);
/* Pool blocks freed by the program but held in the debug quarantine. */
size_t kr_obmalloc_debug_quarantined(void);
/* Called by kr_raw_free/kr_raw_realloc in debug mode: aborts with a report if
 * p is a block of the object domain. */
void kr_obmalloc_debug_check_raw(const void *p, const char *func);

#endif
