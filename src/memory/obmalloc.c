/* obmalloc.c — arenas, pools and blocks: the slow paths of the small-object
 * allocator, the arena list, the radix tree of arena addresses and the
 * statistics of sys._debugmallocstats(). See docs/internals/allocator.md. */
#include "obmalloc.h"

#include <string.h>
#include <sys/mman.h>

/* The used-pool lists start empty: each sentinel points to itself. The mode
 * starts UNINIT so that the first allocation takes the slow path and reads
 * KRAITMALLOC. */
#define OBM_EMPTY_LIST(i) { &kr_obmalloc_state.used[i], &kr_obmalloc_state.used[i] }
#define OBM_EMPTY_LIST4(i) OBM_EMPTY_LIST(i), OBM_EMPTY_LIST(i + 1), OBM_EMPTY_LIST(i + 2), OBM_EMPTY_LIST(i + 3)
KrObmallocState kr_obmalloc_state = {
    KR_OBM_MODE_UNINIT,
    { OBM_EMPTY_LIST4(0), OBM_EMPTY_LIST4(4), OBM_EMPTY_LIST4(8), OBM_EMPTY_LIST4(12),
      OBM_EMPTY_LIST4(16), OBM_EMPTY_LIST4(20), OBM_EMPTY_LIST4(24), OBM_EMPTY_LIST4(28) },
};
_Static_assert(KR_OBM_NCLASSES == 32, "the initializer above lists 32 classes");
_Static_assert(KR_OBM_POOL_OVERHEAD == 48, "pool header is 48 bytes");

uint64_t *kr_obmalloc_radix[1u << KR_OBM_ROOT_BITS];

#define LEAF_WORDS ((1u << KR_OBM_LEAF_BITS) / 64)

/* ---------------------------------------------------------------------------
 * Arenas
 *
 * An arena is 256 KiB mapped with mmap at a 256 KiB-aligned address, so all
 * 64 of its pools are usable and its radix-tree entry is a single bit. Its
 * bookkeeping lives outside it, in a KrArena from malloc.
 *
 * Arenas that still have an empty pool sit on the "usable" list, sorted by
 * their number of free pools, fewest first: new pools are taken from the
 * fullest arena so that the emptier ones drain and can be given back to the
 * OS. last_with[k] is the last arena on the list with k free pools (NULL if
 * none), which lets an arena move to its new place in O(1) (or a short scan of
 * that 65-entry table) when its count changes. Full arenas are on no list.
 * An arena whose pools are all empty is unmapped, except that one such arena
 * is kept to avoid mapping and unmapping in a loop that allocates and frees
 * one pool's worth of blocks.
 * ------------------------------------------------------------------------ */

typedef struct KrArena {
    uintptr_t base;                 /* address of the first pool */
    struct KrArena *next, *prev;    /* usable list */
    struct KrArena *all_next, *all_prev;   /* every mapped arena (statistics) */
    KrPool *freepools;              /* empty pools once used, chained by link.next */
    unsigned nfreepools;            /* empty pools, including never-used ones */
    unsigned untouched;             /* index of the first never-used pool */
} KrArena;

static KrArena *usable_arenas;
static KrArena *last_with[KR_OBM_POOLS_PER_ARENA + 1];
static KrArena *all_arenas;
static size_t narenas_current, narenas_total, narenas_reclaimed, narenas_highwater;
static size_t nleaves;

static void radix_set(uintptr_t base, int on)
{
    uintptr_t top = base >> (KR_OBM_ARENA_BITS + KR_OBM_LEAF_BITS);
    uintptr_t k = (base >> KR_OBM_ARENA_BITS) & ((1u << KR_OBM_LEAF_BITS) - 1);
    uint64_t bit = (uint64_t)1 << (k & 63);
    if (on) kr_obmalloc_radix[top][k >> 6] |= bit;
    else kr_obmalloc_radix[top][k >> 6] &= ~bit;
}

/* Makes sure the radix leaf for base exists; -1 if it can't be allocated. */
static int radix_prepare(uintptr_t base)
{
    uintptr_t top = base >> (KR_OBM_ARENA_BITS + KR_OBM_LEAF_BITS);
    if (top >= (1u << KR_OBM_ROOT_BITS)) return -1;
    if (!kr_obmalloc_radix[top]) {
        uint64_t *leaf = calloc(LEAF_WORDS, sizeof(uint64_t));
        if (!leaf) return -1;
        kr_obmalloc_radix[top] = leaf;
        nleaves++;
    }
    return 0;
}

/* Maps ARENA_SIZE bytes aligned to ARENA_SIZE. Linux tends to place a new
 * mapping just below the previous one, so the first try is usually aligned;
 * otherwise map twice the size and trim both ends. */
static void *arena_map(void)
{
    void *p = mmap(NULL, KR_OBM_ARENA_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return NULL;
    if (((uintptr_t)p & (KR_OBM_ARENA_SIZE - 1)) == 0) return p;
    munmap(p, KR_OBM_ARENA_SIZE);
    size_t big = 2 * (size_t)KR_OBM_ARENA_SIZE;
    char *q = mmap(NULL, big, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (q == MAP_FAILED) return NULL;
    uintptr_t start = ((uintptr_t)q + KR_OBM_ARENA_SIZE - 1) & ~(uintptr_t)(KR_OBM_ARENA_SIZE - 1);
    size_t head = start - (uintptr_t)q;
    if (head) munmap(q, head);
    size_t tail = big - head - KR_OBM_ARENA_SIZE;
    if (tail) munmap((char *)start + KR_OBM_ARENA_SIZE, tail);
    return (void *)start;
}

static void usable_remove(KrArena *a)
{
    unsigned nf = a->nfreepools;
    if (last_with[nf] == a) last_with[nf] = (a->prev && a->prev->nfreepools == nf) ? a->prev : NULL;
    if (a->prev) a->prev->next = a->next;
    else usable_arenas = a->next;
    if (a->next) a->next->prev = a->prev;
    a->next = a->prev = NULL;
}

/* Inserts a (nfreepools >= 1) after every arena with as many or fewer free pools. */
static void usable_insert(KrArena *a)
{
    unsigned nf = a->nfreepools;
    KrArena *after = NULL;
    for (unsigned k = nf; k >= 1 && !after; k--) after = last_with[k];
    if (after) {
        a->prev = after;
        a->next = after->next;
        if (after->next) after->next->prev = a;
        after->next = a;
    } else {
        a->prev = NULL;
        a->next = usable_arenas;
        if (usable_arenas) usable_arenas->prev = a;
        usable_arenas = a;
    }
    last_with[nf] = a;
}

static KrArena *arena_new(void)
{
    void *base = arena_map();
    if (!base) return NULL;
    KrArena *a = calloc(1, sizeof *a);
    if (!a || radix_prepare((uintptr_t)base) < 0) {
        free(a);
        munmap(base, KR_OBM_ARENA_SIZE);
        return NULL;
    }
    radix_set((uintptr_t)base, 1);
    a->base = (uintptr_t)base;
    a->nfreepools = KR_OBM_POOLS_PER_ARENA;
    a->all_next = all_arenas;
    if (all_arenas) all_arenas->all_prev = a;
    all_arenas = a;
    narenas_current++;
    narenas_total++;
    if (narenas_current > narenas_highwater) narenas_highwater = narenas_current;
    usable_insert(a);
    return a;
}

static void arena_release(KrArena *a)
{
    radix_set(a->base, 0);
    munmap((void *)a->base, KR_OBM_ARENA_SIZE);
    if (a->all_prev) a->all_prev->all_next = a->all_next;
    else all_arenas = a->all_next;
    if (a->all_next) a->all_next->all_prev = a->all_prev;
    narenas_current--;
    narenas_reclaimed++;
    free(a);
}

/* ---------------------------------------------------------------------------
 * Pools
 * ------------------------------------------------------------------------ */

static inline void list_unlink(KrPool *pool)
{
    pool->link.prev->next = pool->link.next;
    pool->link.next->prev = pool->link.prev;
    pool->link.next = pool->link.prev = NULL;
}

static inline void list_push_front(KrPoolLink *head, KrPool *pool)
{
    pool->link.next = head->next;
    pool->link.prev = head;
    head->next->prev = &pool->link;
    head->next = &pool->link;
}

/* Takes an empty pool from the fullest usable arena (mapping a new arena if
 * none has one); NULL if no arena can be mapped. */
static KrPool *pool_take(void)
{
    KrArena *a = usable_arenas;
    if (!a && !(a = arena_new())) return NULL;
    KrPool *pool;
    if (a->freepools) {
        pool = a->freepools;
        a->freepools = (KrPool *)pool->link.next;
    } else {
        pool = (KrPool *)(a->base + (uintptr_t)a->untouched * KR_OBM_POOL_SIZE);
        a->untouched++;
        pool->arena = a;
    }
    /* a is the head of the sorted list; with one pool fewer it stays the head. */
    unsigned nf = a->nfreepools--;
    if (last_with[nf] == a) last_with[nf] = NULL;   /* a was the only one with nf */
    if (a->nfreepools == 0) {
        usable_arenas = a->next;
        if (a->next) a->next->prev = NULL;
        a->next = NULL;
    } else {
        last_with[a->nfreepools] = a;
    }
    return pool;
}

/* Returns an empty pool to its arena, releasing the arena if it is now empty
 * and another empty arena is already kept. */
static void pool_give_back(KrPool *pool)
{
    KrArena *a = pool->arena;
    pool->link.next = (KrPoolLink *)a->freepools;
    pool->link.prev = NULL;
    a->freepools = pool;
    if (a->nfreepools > 0) usable_remove(a);
    a->nfreepools++;
    if (a->nfreepools == KR_OBM_POOLS_PER_ARENA && last_with[KR_OBM_POOLS_PER_ARENA]) {
        arena_release(a);
        return;
    }
    usable_insert(a);
}

/* The fast path failed: n is 0 or above 512, or the class has no used pool.
 * This does not look at the mode (the debug mode allocates through here). */
void *kr_obmalloc_alloc_slow(size_t n)
{
    if (n == 0) return kr_obmalloc_alloc(1);
    if (n > KR_OBM_SMALL_MAX) return malloc(n);
    /* The class has no used pool: start a new one. */
    unsigned c = KR_OBM_CLASS_OF(n);
    KrPool *pool = pool_take();
    if (!pool) return malloc(n);
    size_t size = KR_OBM_CLASS_SIZE(c);
    char *base = (char *)pool;
    pool->ref = 1;
    pool->szidx = c;
    pool->nextoffset = (uint32_t)(KR_OBM_POOL_OVERHEAD + 2 * size);
    pool->maxnextoffset = (uint32_t)(KR_OBM_POOL_SIZE - size);
    pool->freeblock = base + KR_OBM_POOL_OVERHEAD + size;
    *(void **)pool->freeblock = NULL;
    list_push_front(&kr_obmalloc_state.used[c], pool);
    return base + KR_OBM_POOL_OVERHEAD;
}

/* The pool's free list ran out after an allocation: carve the next
 * never-used block, or, if there is none, the pool is full and leaves its
 * used list. */
void kr_obmalloc_pool_refill(KrPool *pool)
{
    if (pool->nextoffset <= pool->maxnextoffset) {
        void **b = (void **)((char *)pool + pool->nextoffset);
        pool->nextoffset += (uint32_t)KR_OBM_CLASS_SIZE(pool->szidx);
        *b = NULL;
        pool->freeblock = b;
        return;
    }
    list_unlink(pool);
}

/* A free found the pool full before (lastfree == NULL: it goes back on its
 * used list, at the front so that it fills up first) and/or empty after
 * (ref == 0: it goes back to its arena). */
void kr_obmalloc_free_slow(KrPool *pool, void *lastfree)
{
    if (lastfree == NULL) list_push_front(&kr_obmalloc_state.used[pool->szidx], pool);
    if (pool->ref == 0) {
        list_unlink(pool);
        pool_give_back(pool);
    }
}

void *kr_obmalloc_realloc(void *p, size_t n)
{
    if (!p) return kr_obmalloc_alloc(n);
    if (!kr_obmalloc_owns(p)) return realloc(p, n ? n : 1);
    size_t size = KR_OBM_CLASS_SIZE(KR_OBM_POOL_OF(p)->szidx);
    if (n <= size) {
        /* Shrinking by less than a quarter: keep the block. */
        if (4 * n > 3 * size) return p;
        size = n;
    }
    void *q = kr_obmalloc_alloc(n);
    if (!q) return NULL;
    memcpy(q, p, size);
    kr_obmalloc_free(p);
    return q;
}

size_t kr_obmalloc_block_size(const void *p)
{
    if (!kr_obmalloc_owns(p)) return 0;
    return KR_OBM_CLASS_SIZE(KR_OBM_POOL_OF(p)->szidx);
}

/* ---------------------------------------------------------------------------
 * Statistics
 * ------------------------------------------------------------------------ */

static size_t blocks_per_pool(unsigned c)
{
    return (KR_OBM_POOL_SIZE - KR_OBM_POOL_OVERHEAD) / KR_OBM_CLASS_SIZE(c);
}

ssize_t kr_obmalloc_allocated_blocks(void)
{
    size_t n = 0;
    for (KrArena *a = all_arenas; a; a = a->all_next)
        for (unsigned i = 0; i < a->untouched; i++)
            n += ((KrPool *)(a->base + (uintptr_t)i * KR_OBM_POOL_SIZE))->ref;
    if (kr_obmalloc_state.mode == KR_OBM_MODE_DEBUG) n -= kr_obmalloc_debug_quarantined();   /* freed for the program */
    return (ssize_t)n;
}

void kr_obmalloc_get_counts(KrObmallocCounts *out)
{
    memset(out, 0, sizeof *out);
    out->arenas_allocated_total = narenas_total;
    out->arenas_reclaimed = narenas_reclaimed;
    out->arenas_highwater = narenas_highwater;
    out->arenas_current = narenas_current;
    for (KrArena *a = all_arenas; a; a = a->all_next) out->free_pools += a->nfreepools;
    out->blocks_in_use = (size_t)kr_obmalloc_allocated_blocks();
}

void kr_obmalloc_block_info(const void *p, KrObmallocBlockInfo *out)
{
    memset(out, 0, sizeof *out);
    if (!kr_obmalloc_owns(p)) return;
    KrPool *pool = KR_OBM_POOL_OF(p);
    out->szidx = pool->szidx;
    out->ref = pool->ref;
    out->arena_free_pools = pool->arena->nfreepools;
    if (pool->ref == 0) out->state = KR_OBM_POOL_EMPTY;
    else if (pool->link.prev == NULL) out->state = KR_OBM_POOL_FULL;
    else out->state = KR_OBM_POOL_USED;
    out->is_first_used = kr_obmalloc_state.used[pool->szidx].next == &pool->link;
}

/* One line "label    =    1,234,567" as CPython prints it; returns value. */
static size_t stats_line(FILE *out, const char *label, size_t value)
{
    char digits[64], commas[96];
    int nd = snprintf(digits, sizeof digits, "%zu", value);
    int j = 0;
    for (int i = 0; i < nd; i++) {
        if (i > 0 && (nd - i) % 3 == 0) commas[j++] = ',';
        commas[j++] = digits[i];
    }
    commas[j] = '\0';
    fprintf(out, "%-35s=%21s\n", label, commas);
    return value;
}

int kr_obmalloc_print_stats(FILE *out)
{
    if (kr_obmalloc_state.mode == KR_OBM_MODE_UNINIT) kr_obmalloc_init();
    if (kr_obmalloc_state.mode == KR_OBM_MODE_MALLOC) return 0;
    size_t numpools[KR_OBM_NCLASSES] = {0}, inuse[KR_OBM_NCLASSES] = {0}, avail[KR_OBM_NCLASSES] = {0};
    size_t numfreepools = 0;
    for (KrArena *a = all_arenas; a; a = a->all_next) {
        numfreepools += a->nfreepools;
        for (unsigned i = 0; i < a->untouched; i++) {
            KrPool *pool = (KrPool *)(a->base + (uintptr_t)i * KR_OBM_POOL_SIZE);
            if (pool->ref == 0) continue;   /* an empty pool on the arena's free list */
            numpools[pool->szidx]++;
            inuse[pool->szidx] += pool->ref;
            avail[pool->szidx] += blocks_per_pool(pool->szidx) - pool->ref;
        }
    }
    fprintf(out, "Small block threshold = %d, in %u size classes.\n", KR_OBM_SMALL_MAX, KR_OBM_NCLASSES);
    fputs("\nclass   size   num pools   blocks in use  avail blocks\n"
          "-----   ----   ---------   -------------  ------------\n", out);
    size_t allocated_bytes = 0, available_bytes = 0, header_bytes = 0, quantization = 0;
    for (unsigned c = 0; c < KR_OBM_NCLASSES; c++) {
        if (!numpools[c]) continue;
        size_t size = KR_OBM_CLASS_SIZE(c);
        fprintf(out, "%5u %6zu %11zu %15zu %13zu\n", c, size, numpools[c], inuse[c], avail[c]);
        allocated_bytes += inuse[c] * size;
        available_bytes += avail[c] * size;
        header_bytes += numpools[c] * KR_OBM_POOL_OVERHEAD;
        quantization += numpools[c] * ((KR_OBM_POOL_SIZE - KR_OBM_POOL_OVERHEAD) % size);
    }
    fputc('\n', out);
    char buf[128];
    stats_line(out, "# arenas allocated total", narenas_total);
    stats_line(out, "# arenas reclaimed", narenas_reclaimed);
    stats_line(out, "# arenas highwater mark", narenas_highwater);
    stats_line(out, "# arenas allocated current", narenas_current);
    snprintf(buf, sizeof buf, "%zu arenas * %u bytes/arena", narenas_current, KR_OBM_ARENA_SIZE);
    stats_line(out, buf, narenas_current * KR_OBM_ARENA_SIZE);
    fputc('\n', out);
    size_t total = stats_line(out, "# bytes in allocated blocks", allocated_bytes);
    total += stats_line(out, "# bytes in available blocks", available_bytes);
    snprintf(buf, sizeof buf, "%zu unused pools * %u bytes", numfreepools, KR_OBM_POOL_SIZE);
    total += stats_line(out, buf, numfreepools * KR_OBM_POOL_SIZE);
    total += stats_line(out, "# bytes lost to pool headers", header_bytes);
    total += stats_line(out, "# bytes lost to quantization", quantization);
    total += stats_line(out, "# bytes lost to arena alignment", 0);   /* arenas are aligned */
    stats_line(out, "Total", total);
    fputs("\narena map counts\n", out);
    stats_line(out, "# arena map leaf nodes", nleaves);
    fputc('\n', out);
    size_t map = stats_line(out, "# bytes lost to arena map root", sizeof kr_obmalloc_radix);
    map += stats_line(out, "# bytes lost to arena map leaves", nleaves * LEAF_WORDS * sizeof(uint64_t));
    stats_line(out, "Total", map);
    return 1;
}

/* ---------------------------------------------------------------------------
 * Mode selection
 * ------------------------------------------------------------------------ */

/* Under AddressSanitizer the default is malloc, so that ASan sees every
 * block (it cannot see overruns inside a pool); KRAITMALLOC still decides. */
#if defined(__SANITIZE_ADDRESS__)
#define OBM_DEFAULT_MODE KR_OBM_MODE_MALLOC
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define OBM_DEFAULT_MODE KR_OBM_MODE_MALLOC
#endif
#endif
#ifndef OBM_DEFAULT_MODE
#define OBM_DEFAULT_MODE KR_OBM_MODE_POOLS
#endif

void kr_obmalloc_init(void)
{
    const char *env = getenv("KRAITMALLOC");
    if (!env || !*env) kr_obmalloc_state.mode = OBM_DEFAULT_MODE;
    else if (strcmp(env, "pymalloc") == 0) kr_obmalloc_state.mode = KR_OBM_MODE_POOLS;
    else if (strcmp(env, "malloc") == 0) kr_obmalloc_state.mode = KR_OBM_MODE_MALLOC;
    else if (strcmp(env, "debug") == 0) kr_obmalloc_state.mode = KR_OBM_MODE_DEBUG;
    else {
        fprintf(stderr, "Fatal Python error: KRAITMALLOC: unknown allocator '%s' "
                        "(expected pymalloc, malloc or debug)\n", env);
        exit(1);
    }
}
