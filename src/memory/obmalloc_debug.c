/* obmalloc_debug.c — KRAITMALLOC=debug: every object-domain block gets a
 * 16-byte header (requested size, API byte 'o', 7 guard bytes) and 8 guard
 * bytes after it; new memory is filled with 0xCD, freed memory with 0xDD,
 * guards are 0xFD (CPython's patterns). Frees and reallocs check the guards
 * and abort with a report naming the block; freed blocks wait in a quarantine
 * so that double frees and writes after free are caught. */
#include "obmalloc.h"

#include <string.h>

#define CLEANBYTE 0xCD      /* new memory */
#define DEADBYTE 0xDD       /* freed memory */
#define FORBIDDENBYTE 0xFD  /* guard bytes */
#define API_OBJECT 'o'

#define HEAD 16             /* size_t size, API byte, 7 guard bytes */
#define TAIL 8              /* guard bytes */
#define QUARANTINE 1024

/* Blocks of more than 512 - 24 bytes come from malloc; they are remembered
 * in a hash set (user pointer -> live/freed) so that a pointer from plain
 * malloc, which kr_mem_free must accept, is not mistaken for a damaged block. */
enum { SLOT_EMPTY, SLOT_LIVE, SLOT_FREED, SLOT_TOMB };
typedef struct { unsigned char *p; int state; } BigSlot;
static BigSlot *big;
static size_t big_cap, big_used;   /* used counts LIVE, FREED and TOMB slots */

static unsigned char *quarantine[QUARANTINE];
static size_t quarantine_next;
static size_t quarantine_pool_blocks;   /* quarantined blocks that are pool blocks */

static size_t big_hash(const unsigned char *p) { return ((uintptr_t)p >> 4) * 0x9E3779B97F4A7C15ull; }

static BigSlot *big_find(const unsigned char *p)
{
    if (!big) return NULL;
    for (size_t i = big_hash(p) & (big_cap - 1);; i = (i + 1) & (big_cap - 1)) {
        if (big[i].state == SLOT_EMPTY) return NULL;
        if (big[i].p == p && big[i].state != SLOT_TOMB) return &big[i];
    }
}

static int big_add(unsigned char *p)
{
    if ((big_used + 1) * 2 > big_cap) {
        size_t live = 0;
        for (size_t i = 0; i < big_cap; i++) live += big[i].state == SLOT_LIVE || big[i].state == SLOT_FREED;
        size_t ncap = 1024;
        while ((live + 1) * 4 > ncap) ncap *= 2;   /* at most half full after the rebuild */
        BigSlot *old = big, *nb = calloc(ncap, sizeof *nb);
        size_t ocap = big_cap;
        if (!nb) return -1;
        big = nb;
        big_cap = ncap;
        big_used = 0;
        for (size_t i = 0; i < ocap; i++)
            if (old[i].state == SLOT_LIVE || old[i].state == SLOT_FREED) {
                size_t j = big_hash(old[i].p) & (ncap - 1);
                while (big[j].state != SLOT_EMPTY) j = (j + 1) & (ncap - 1);
                big[j] = old[i];
                big_used++;
            }
        free(old);
    }
    size_t i = big_hash(p) & (big_cap - 1);
    while (big[i].state == SLOT_LIVE || big[i].state == SLOT_FREED) i = (i + 1) & (big_cap - 1);
    if (big[i].state == SLOT_EMPTY) big_used++;
    big[i].p = p;
    big[i].state = SLOT_LIVE;
    return 0;
}

/* ---------------------------------------------------------------------------
 * Reports
 * ------------------------------------------------------------------------ */

static size_t read_size(const unsigned char *p)
{
    size_t n;
    memcpy(&n, p - HEAD, sizeof n);
    return n;
}

/* Prints the guard bytes at..at+n: leading ones are named p-n..p-1, trailing
 * ones tail+0..tail+n-1. */
static void dump_pad(const char *label, const unsigned char *at, size_t n, int leading)
{
    size_t bad = 0;
    for (size_t i = 0; i < n; i++) bad += at[i] != FORBIDDENBYTE;
    if (!bad) {
        fprintf(stderr, "    The %zu pad bytes at %s are FORBIDDENBYTE, as expected.\n", n, label);
        return;
    }
    fprintf(stderr, "    The %zu pad bytes at %s are not all FORBIDDENBYTE (0x%02x):\n", n, label, FORBIDDENBYTE);
    for (size_t i = 0; i < n; i++)
        fprintf(stderr, "        at %s%zu: 0x%02x%s\n", leading ? "p-" : "tail+", leading ? n - i : i, at[i],
                at[i] != FORBIDDENBYTE ? " *** OUCH" : "");
}

/* Prints what is known of the block at p and aborts. size is the requested
 * size, or (size_t)-1 if unknown. */
__attribute__((noreturn, cold)) static void debug_fatal(const char *func, const unsigned char *p, size_t size,
                                                        const char *msg)
{
    fflush(stdout);
    fprintf(stderr, "Debug memory block at address p=%p: API '%c'\n", (const void *)p,
            p[-(ptrdiff_t)(HEAD - sizeof(size_t))] == API_OBJECT ? API_OBJECT : '?');
    if (size != (size_t)-1) {
        fprintf(stderr, "    %zu bytes originally requested\n", size);
        dump_pad("p-7", p - 7, 7, 1);
        char label[64];
        snprintf(label, sizeof label, "tail=%p", (const void *)(p + size));
        dump_pad(label, p + size, TAIL, 0);
        fprintf(stderr, "    Data at p:");
        for (size_t i = 0; i < size && i < 16; i++) fprintf(stderr, " %02x", p[i]);
        fprintf(stderr, "%s\n", size > 16 ? " ..." : "");
    }
    fprintf(stderr, "Fatal Python error: %s: %s\n", func, msg);
    fflush(stderr);
    abort();
}

/* Checks the live block at p (known to be a debug block); returns its size. */
static size_t check_block(const char *func, const unsigned char *p, size_t capacity)
{
    const unsigned char *h = p - HEAD;
    if (h[8] == DEADBYTE) {
        size_t n = 0;
        memcpy(&n, h + 9, 7);
        char msg[128];
        snprintf(msg, sizeof msg, "double free of a %zu-byte block at %p", n, (const void *)p);
        debug_fatal(func, p, (size_t)-1, msg);
    }
    if (h[8] != API_OBJECT) debug_fatal(func, p, (size_t)-1, "bad ID: the block was not allocated by kr_mem_*");
    size_t n = read_size(p);
    if (n > capacity) debug_fatal(func, p, (size_t)-1, "bad size in the block header (underrun?)");
    for (int i = 9; i < HEAD; i++)
        if (h[i] != FORBIDDENBYTE) debug_fatal(func, p, n, "bad leading pad byte");
    for (int i = 0; i < TAIL; i++)
        if (p[n + i] != FORBIDDENBYTE) debug_fatal(func, p, n, "bad trailing pad byte");
    return n;
}

/* ---------------------------------------------------------------------------
 * Allocation
 * ------------------------------------------------------------------------ */

void *kr_obmalloc_debug_alloc(size_t n, int zero)
{
    if (n > SIZE_MAX - HEAD - TAIL) return NULL;
    size_t total = n + HEAD + TAIL;
    unsigned char *raw = total <= KR_OBM_SMALL_MAX ? kr_obmalloc_alloc(total) : malloc(total);
    if (!raw) return NULL;
    unsigned char *p = raw + HEAD;
    if (!kr_obmalloc_owns(raw) && big_add(p) < 0) {
        free(raw);
        return NULL;
    }
    memcpy(raw, &n, sizeof n);
    raw[8] = API_OBJECT;
    memset(raw + 9, FORBIDDENBYTE, HEAD - 9);
    memset(p, zero ? 0 : CLEANBYTE, n);
    memset(p + n, FORBIDDENBYTE, TAIL);
    return p;
}

/* Really frees a block leaving the quarantine, after checking that nobody
 * wrote to it while it was dead. */
static void release(unsigned char *p)
{
    size_t n = 0;
    memcpy(&n, p - HEAD + 9, 7);
    for (size_t i = 0; i < n + TAIL; i++)
        if (p[i] != DEADBYTE) {
            char msg[128];
            snprintf(msg, sizeof msg, "write to a freed %zu-byte block at %p (offset %zu)", n, (void *)p, i);
            debug_fatal("kr_mem_free", p, (size_t)-1, msg);
        }
    unsigned char *raw = p - HEAD;
    if (kr_obmalloc_owns(raw)) {
        quarantine_pool_blocks--;
        kr_obmalloc_free(raw);
    } else {
        BigSlot *s = big_find(p);
        if (s) s->state = SLOT_TOMB;
        free(raw);
    }
}

/* Is p a block of ours (pool or remembered big block) rather than a pointer
 * from plain malloc? Sets *capacity to the most the header may claim. */
static int is_debug_block(const unsigned char *p, size_t *capacity)
{
    if (kr_obmalloc_owns(p - HEAD)) {
        *capacity = kr_obmalloc_block_size(p - HEAD) - HEAD - TAIL;
        return 1;
    }
    BigSlot *s = big_find(p);
    if (!s) return 0;
    if (s->state == SLOT_FREED) {
        size_t n = 0;
        memcpy(&n, p - HEAD + 9, 7);
        char msg[128];
        snprintf(msg, sizeof msg, "double free of a %zu-byte block at %p", n, (const void *)p);
        debug_fatal("kr_mem_free", p, (size_t)-1, msg);
    }
    *capacity = SIZE_MAX - HEAD - TAIL;
    return 1;
}

static void debug_free_checked(const char *func, unsigned char *p, size_t capacity)
{
    size_t n = check_block(func, p, capacity);
    unsigned char *h = p - HEAD;
    h[8] = DEADBYTE;
    memcpy(h + 9, &n, 7);   /* keep the size for reports: bytes 0..7 may be reused by the pool */
    memset(p, DEADBYTE, n + TAIL);
    if (!kr_obmalloc_owns(h)) big_find(p)->state = SLOT_FREED;
    else quarantine_pool_blocks++;
    unsigned char *old = quarantine[quarantine_next];
    quarantine[quarantine_next] = p;
    quarantine_next = (quarantine_next + 1) % QUARANTINE;
    if (old) release(old);
}

void kr_obmalloc_debug_free(void *ptr)
{
    unsigned char *p = ptr;
    size_t capacity;
    if (!p) return;
    if (!is_debug_block(p, &capacity)) {
        free(p);   /* from plain malloc */
        return;
    }
    debug_free_checked("kr_mem_free", p, capacity);
}

void *kr_obmalloc_debug_realloc(void *ptr, size_t n)
{
    unsigned char *p = ptr;
    size_t capacity;
    if (!p) return kr_obmalloc_debug_alloc(n, 0);
    if (!is_debug_block(p, &capacity)) return realloc(p, n ? n : 1);
    size_t old = check_block("kr_mem_realloc", p, capacity);
    unsigned char *raw = p - HEAD;
    if (n <= capacity && n <= SIZE_MAX - HEAD - TAIL && !kr_obmalloc_owns(raw)) {
        /* A malloc'd block is resized by realloc (repeated growth stays
         * linear); the set follows it if it moves. */
        unsigned char *nraw = realloc(raw, n + HEAD + TAIL);
        if (!nraw) return NULL;
        unsigned char *q = nraw + HEAD;
        if (q != p) {
            big_find(p)->state = SLOT_TOMB;
            if (big_add(q) < 0) {
                fprintf(stderr, "Fatal Python error: kr_mem_realloc: out of memory in the debug allocator\n");
                abort();
            }
        }
        memcpy(nraw, &n, sizeof n);
        if (n > old) memset(q + old, CLEANBYTE, n - old);
        memset(q + n, FORBIDDENBYTE, TAIL);
        return q;
    }
    if (n <= capacity && 4 * n > 3 * capacity) {
        /* The pool block still fits (and is not much too big): resize in place. */
        if (n > old) memset(p + old, CLEANBYTE, n - old);
        else memset(p + n, DEADBYTE, old - n);
        memcpy(raw, &n, sizeof n);
        memset(p + n, FORBIDDENBYTE, TAIL);
        return p;
    }
    unsigned char *q = kr_obmalloc_debug_alloc(n, 0);
    if (!q) return NULL;
    memcpy(q, p, old < n ? old : n);
    debug_free_checked("kr_mem_realloc", p, capacity);
    return q;
}

void kr_obmalloc_debug_check_raw(const void *ptr, const char *func)
{
    const unsigned char *p = ptr;
    if (!p) return;
    if (kr_obmalloc_owns(p) || big_find(p)) {
        fflush(stdout);
        fprintf(stderr, "Debug memory block at address p=%p: API 'o'\n"
                        "Fatal Python error: %s: the block belongs to the object domain "
                        "(allocated by kr_mem_*, must be freed by kr_mem_free)\n", ptr, func);
        fflush(stderr);
        abort();
    }
}

size_t kr_obmalloc_debug_quarantined(void) { return quarantine_pool_blocks; }
