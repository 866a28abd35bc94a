/* test_obmalloc.c — C unit tests of the small-object allocator: size classes,
 * alignment, LIFO reuse, pools moving between used/full/empty, arenas going
 * back to the OS, realloc across 512 bytes, and the KRAITMALLOC modes (the
 * debug checks run in a re-executed child that must abort with a report). */
#include "../../src/memory/mem.h"

#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int failures;
#define CHECK(cond) do { if (!(cond)) { printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); failures++; } } while (0)

static size_t round16(size_t n) { return (n + 15) & ~(size_t)15; }

static void test_size_classes(void)
{
    for (size_t n = 1; n <= 512; n++) {
        unsigned char *p = kr_mem_alloc(n);
        CHECK(p != NULL);
        CHECK(((uintptr_t)p & 15) == 0);
        CHECK(kr_obmalloc_owns(p));
        CHECK(kr_obmalloc_block_size(p) == round16(n));
        memset(p, 0x5A, n);
        kr_mem_free(p);
    }
    /* above the threshold: malloc, still 16-byte aligned */
    void *big = kr_mem_alloc(513);
    CHECK(big && !kr_obmalloc_owns(big) && ((uintptr_t)big & 15) == 0);
    kr_mem_free(big);
    /* size 0 gives distinct live blocks */
    void *z1 = kr_mem_alloc(0), *z2 = kr_mem_alloc(0);
    CHECK(z1 && z2 && z1 != z2);
    kr_mem_free(z1);
    kr_mem_free(z2);
}

/* Many blocks of every class at once: all distinct, contents intact. */
static void test_many_blocks(void)
{
    enum { N = 600 };
    KrObmallocCounts before, during, after;
    kr_obmalloc_get_counts(&before);
    static size_t *blocks[KR_OBM_NCLASSES][N];
    for (unsigned c = 0; c < KR_OBM_NCLASSES; c++)
        for (size_t i = 0; i < N; i++) {
            size_t size = KR_OBM_CLASS_SIZE(c);
            size_t *p = kr_mem_alloc(size);
            CHECK(p && kr_obmalloc_block_size(p) == size);
            for (size_t k = 0; k < size / sizeof(size_t); k++) p[k] = c * 100000 + i;
            blocks[c][i] = p;
        }
    kr_obmalloc_get_counts(&during);
    CHECK(during.blocks_in_use == before.blocks_in_use + KR_OBM_NCLASSES * N);
    int intact = 1;
    for (unsigned c = 0; c < KR_OBM_NCLASSES; c++)
        for (size_t i = 0; i < N; i++) {
            size_t size = KR_OBM_CLASS_SIZE(c);
            for (size_t k = 0; k < size / sizeof(size_t); k++) intact &= blocks[c][i][k] == c * 100000 + i;
        }
    CHECK(intact);
    for (unsigned c = 0; c < KR_OBM_NCLASSES; c++)
        for (size_t i = 0; i < N; i++) kr_mem_free(blocks[c][i]);
    kr_obmalloc_get_counts(&after);
    CHECK(after.blocks_in_use == before.blocks_in_use);
    CHECK(kr_obmalloc_allocated_blocks() == (ssize_t)before.blocks_in_use);
}

static void test_lifo_reuse(void)
{
    void *a = kr_mem_alloc(40);
    kr_mem_free(a);
    void *b = kr_mem_alloc(33);   /* same class (48) */
    CHECK(b == a);
    /* two blocks of one pool (skip a pool boundary if we hit one) */
    void *spare[4];
    int nspare = 0;
    void *keep = kr_mem_alloc(100);   /* keeps the pool from going empty */
    void *x = kr_mem_alloc(100), *y = kr_mem_alloc(100);
    while ((KR_OBM_POOL_OF(x) != KR_OBM_POOL_OF(y) || KR_OBM_POOL_OF(x) != KR_OBM_POOL_OF(keep)) && nspare < 4) {
        spare[nspare++] = keep;
        keep = x;
        x = y;
        y = kr_mem_alloc(100);
    }
    CHECK(KR_OBM_POOL_OF(x) == KR_OBM_POOL_OF(y));
    kr_mem_free(x);
    kr_mem_free(y);
    void *y2 = kr_mem_alloc(100), *x2 = kr_mem_alloc(100);
    CHECK(y2 == y && x2 == x);
    kr_mem_free(b);
    kr_mem_free(x2);
    kr_mem_free(y2);
    kr_mem_free(keep);
    while (nspare > 0) kr_mem_free(spare[--nspare]);
}

/* A pool of 512-byte blocks (7 per pool) goes used -> full -> used -> empty. */
static void test_pool_lists(void)
{
    enum { PER_POOL = (KR_OBM_POOL_SIZE - 48) / 512 };
    CHECK(PER_POOL == 7);
    void *warm[PER_POOL + 1];
    void *p[PER_POOL];
    /* Fill any partly used pool of the class first so that p[0] starts a new pool. */
    int n = 0;
    KrObmallocBlockInfo info;
    for (;;) {
        warm[n] = kr_mem_alloc(512);
        kr_obmalloc_block_info(warm[n], &info);
        n++;
        if (info.ref == 1 || n == PER_POOL + 1) break;
    }
    CHECK(info.ref == 1);
    p[0] = warm[--n];   /* the first block of a fresh pool */
    for (int i = 0; i < n; i++) kr_mem_free(warm[i]);
    kr_obmalloc_block_info(p[0], &info);
    CHECK(info.state == KR_OBM_POOL_USED && info.is_first_used && info.szidx == 31);
    unsigned arena_free = info.arena_free_pools;
    for (int i = 1; i < PER_POOL; i++) p[i] = kr_mem_alloc(500);
    for (int i = 1; i < PER_POOL; i++) CHECK(KR_OBM_POOL_OF(p[i]) == KR_OBM_POOL_OF(p[0]));
    kr_obmalloc_block_info(p[0], &info);
    CHECK(info.state == KR_OBM_POOL_FULL && info.ref == PER_POOL && !info.is_first_used);
    /* the next block comes from another pool */
    void *other = kr_mem_alloc(512);
    CHECK(KR_OBM_POOL_OF(other) != KR_OBM_POOL_OF(p[0]));
    /* one free: the pool is used again, at the head of its list, and the freed block is reused */
    kr_mem_free(p[3]);
    kr_obmalloc_block_info(p[0], &info);
    CHECK(info.state == KR_OBM_POOL_USED && info.is_first_used && info.ref == PER_POOL - 1);
    void *again = kr_mem_alloc(512);
    CHECK(again == p[3]);
    p[3] = again;
    for (int i = 0; i < PER_POOL; i++) kr_mem_free(p[i]);
    kr_obmalloc_block_info(p[0], &info);
    CHECK(info.state == KR_OBM_POOL_EMPTY && info.ref == 0);
    CHECK(info.arena_free_pools == arena_free + 1 || info.arena_free_pools == arena_free);
    kr_mem_free(other);
}

/* Enough 16-byte blocks for several arenas; freeing them all gives all but
 * (at most) one arena back to the OS. */
static void test_arena_release(void)
{
    enum { PER_ARENA = KR_OBM_POOLS_PER_ARENA * ((KR_OBM_POOL_SIZE - 48) / 16), N = 5 * PER_ARENA };
    KrObmallocCounts before, during, after;
    kr_obmalloc_get_counts(&before);
    void **v = malloc(N * sizeof *v);
    for (int i = 0; i < N; i++) v[i] = kr_mem_alloc(16);
    kr_obmalloc_get_counts(&during);
    CHECK(during.arenas_current >= before.arenas_current + 4);
    CHECK(during.arenas_allocated_total >= before.arenas_allocated_total + 4);
    CHECK(during.arenas_highwater >= during.arenas_current);
    /* free in address-unrelated order: odd indexes first */
    for (int i = 1; i < N; i += 2) kr_mem_free(v[i]);
    for (int i = 0; i < N; i += 2) kr_mem_free(v[i]);
    kr_obmalloc_get_counts(&after);
    CHECK(after.arenas_current <= before.arenas_current + 1);
    CHECK(after.arenas_reclaimed >= before.arenas_reclaimed + 4);
    CHECK(after.blocks_in_use == before.blocks_in_use);
    /* the released arenas left the radix tree: most of the old blocks are no longer ours */
    int still = 0;
    for (int i = 0; i < N; i += 253) still += kr_obmalloc_owns(v[i]);
    CHECK(still <= (int)((after.arenas_current + 1) * KR_OBM_POOLS_PER_ARENA));
    CHECK(still < N / 253);
    free(v);
}

static void test_realloc(void)
{
    unsigned char *p = kr_mem_alloc(100);
    for (int i = 0; i < 100; i++) p[i] = (unsigned char)i;
    unsigned char *q = kr_mem_realloc(p, 300);             /* pool -> bigger pool block */
    CHECK(q && kr_obmalloc_block_size(q) == 304);
    int ok = 1;
    for (int i = 0; i < 100; i++) ok &= q[i] == i;
    CHECK(ok);
    CHECK(kr_mem_realloc(q, 250) == q);                    /* small shrink stays */
    for (int i = 100; i < 250; i++) q[i] = (unsigned char)i;
    unsigned char *r = kr_mem_realloc(q, 600);             /* pool -> malloc */
    CHECK(r && !kr_obmalloc_owns(r));
    ok = 1;
    for (int i = 0; i < 250; i++) ok &= r[i] == (unsigned char)i;
    CHECK(ok);
    unsigned char *s = kr_mem_realloc(r, 5000);            /* malloc -> malloc */
    ok = 1;
    for (int i = 0; i < 250; i++) ok &= s[i] == (unsigned char)i;
    CHECK(s && ok);
    unsigned char *t = kr_mem_realloc(s, 50);              /* malloc stays malloc, data kept */
    ok = 1;
    for (int i = 0; i < 50; i++) ok &= t[i] == (unsigned char)i;
    CHECK(t && ok);
    kr_mem_free(t);
    unsigned char *u = kr_mem_realloc(NULL, 24);           /* NULL acts as alloc */
    CHECK(u && kr_obmalloc_owns(u));
    unsigned char *w = kr_mem_realloc(u, 8);               /* big shrink moves to a smaller class */
    CHECK(w && kr_obmalloc_block_size(w) == 16);
    kr_mem_free(w);
}

static void test_domains(void)
{
    /* a pointer from malloc given to kr_mem_free / kr_mem_realloc */
    char *m = malloc(100);
    strcpy(m, "hello");
    m = kr_mem_realloc(m, 200);
    CHECK(m && strcmp(m, "hello") == 0 && !kr_obmalloc_owns(m));
    kr_mem_free(m);
    kr_mem_free(NULL);
    /* an object-domain block given to the raw domain is handled (a bug, reported in debug mode) */
    char *o = kr_mem_alloc(64);
    strcpy(o, "world");
    char *r = kr_raw_realloc(o, 1000);
    CHECK(r && strcmp(r, "world") == 0 && !kr_obmalloc_owns(r));
    kr_raw_free(r);
    kr_raw_free(kr_mem_alloc(64));
    /* calloc zeroes reused memory; overflow fails */
    unsigned char *a = kr_mem_alloc(80);
    memset(a, 0xAB, 80);
    kr_mem_free(a);
    unsigned char *b = kr_mem_calloc(10, 8);
    CHECK(b == a);
    int zero = 1;
    for (int i = 0; i < 80; i++) zero &= b[i] == 0;
    CHECK(zero);
    kr_mem_free(b);
    CHECK(kr_mem_calloc(SIZE_MAX / 2, 3) == NULL);
    unsigned char *c = kr_mem_calloc(1, 4000);
    CHECK(c && c[0] == 0 && c[3999] == 0);
    kr_mem_free(c);
    /* a static address is never ours */
    static int s;
    CHECK(!kr_obmalloc_owns(&s) && !kr_obmalloc_owns(NULL) && !kr_obmalloc_owns((void *)UINTPTR_MAX));
}

/* Random alloc/realloc/free over many slots, checking every block's contents
 * (a per-slot byte pattern) before it is resized or freed. */
static void test_random_stress(void)
{
    enum { SLOTS = 3000, OPS = 300000 };
    static unsigned char *blk[SLOTS];
    static size_t len[SLOTS];
    uint64_t seed = 12345;
    int bad = 0;
    KrObmallocCounts before, after;
    kr_obmalloc_get_counts(&before);
    for (int op = 0; op < OPS; op++) {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        unsigned r = (unsigned)(seed >> 33);
        int i = (int)(r % SLOTS);
        size_t n = (r >> 12) % 8 == 0 ? (r >> 3) % 3000 : (r >> 3) % 600;
        unsigned char fill = (unsigned char)(i * 7 + 1);
        for (size_t k = 0; k < len[i]; k++) bad += blk[i][k] != fill;
        if (blk[i] && (r & 3) == 0) {
            kr_mem_free(blk[i]);
            blk[i] = NULL;
            len[i] = 0;
        } else if (blk[i] && (r & 3) == 1) {
            unsigned char *q = kr_mem_realloc(blk[i], n);
            if (!q) { bad++; continue; }
            if (n > len[i]) memset(q + len[i], fill, n - len[i]);
            blk[i] = q;
            len[i] = n;
        } else {
            kr_mem_free(blk[i]);
            blk[i] = (r & 3) == 2 ? kr_mem_calloc(1, n) : kr_mem_alloc(n);
            if (!blk[i]) { bad++; continue; }
            if ((r & 3) == 2) for (size_t k = 0; k < n; k++) bad += blk[i][k] != 0;
            memset(blk[i], fill, n);
            len[i] = n;
        }
        bad += ((uintptr_t)blk[i] & 15) != 0;
    }
    CHECK(bad == 0);
    for (int i = 0; i < SLOTS; i++) kr_mem_free(blk[i]);
    kr_obmalloc_get_counts(&after);
    CHECK(after.blocks_in_use == before.blocks_in_use);
}

static void test_stats(void)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    void *keep = kr_mem_alloc(24);
    CHECK(kr_obmalloc_print_stats(f) == 1);
    fclose(f);
    const char *head = "Small block threshold = 512, in 32 size classes.\n\n"
                       "class   size   num pools   blocks in use  avail blocks\n"
                       "-----   ----   ---------   -------------  ------------\n";
    CHECK(strncmp(buf, head, strlen(head)) == 0);
    CHECK(strstr(buf, "\n    1     32 ") != NULL);
    CHECK(strstr(buf, "# arenas allocated current         =") != NULL);
    CHECK(strstr(buf, " arenas * 262144 bytes/arena") != NULL);
    CHECK(strstr(buf, "# bytes lost to arena alignment    =                    0\n") != NULL);
    free(buf);
    kr_mem_free(keep);
}

/* ---------------------------------------------------------------------------
 * Children: run this program again with KRAITMALLOC set and a scenario name.
 * ------------------------------------------------------------------------ */

static int child_main(const char *what)
{
    if (strcmp(what, "malloc") == 0) {
        void *p = kr_mem_alloc(32);
        void *q = kr_mem_calloc(4, 8);
        p = kr_mem_realloc(p, 64);
        int ok = p && q && !kr_obmalloc_owns(p) && !kr_obmalloc_owns(q) && kr_obmalloc_allocated_blocks() == 0;
        kr_mem_free(p);
        kr_mem_free(q);
        return ok ? 0 : 3;
    }
    if (strcmp(what, "debug-ok") == 0) {
        unsigned char *p = kr_mem_alloc(24);
        int ok = p && ((uintptr_t)p & 15) == 0 && p[0] == 0xCD && p[23] == 0xCD && p[24] == 0xFD && p[-1] == 0xFD;
        memset(p, 1, 24);
        p = kr_mem_realloc(p, 2000);
        ok &= p && p[23] == 1 && p[24] == 0xCD && p[1999] == 0xCD;
        p = kr_mem_realloc(p, 10);
        ok &= p && p[9] == 1 && p[10] == 0xFD;
        unsigned char *z = kr_mem_calloc(3, 7);
        ok &= z && z[0] == 0 && z[20] == 0 && z[21] == 0xFD;
        unsigned char *g = kr_mem_alloc(600);   /* big blocks grow through realloc */
        memset(g, 7, 600);
        for (size_t k = 700; k < 20000; k += 100) {
            g = kr_mem_realloc(g, k);
            ok &= g && g[599] == 7 && g[k - 1] == 0xCD && g[k] == 0xFD;
        }
        g = kr_mem_realloc(g, 300);
        ok &= g && g[299] == 7 && g[300] == 0xFD;
        kr_mem_free(g);
        unsigned char *h = kr_mem_alloc(100);   /* 100 + 24 -> a 128-byte block: 104 usable */
        ok &= kr_mem_realloc(h, 104) == h && h[103] == 0xCD && h[104] == 0xFD;
        kr_mem_free(h);
        ssize_t blocks = kr_obmalloc_allocated_blocks();   /* the quarantine does not count */
        void *tmp[100];
        for (int i = 0; i < 100; i++) tmp[i] = kr_mem_alloc(8);
        ok &= kr_obmalloc_allocated_blocks() == blocks + 100;
        for (int i = 0; i < 100; i++) kr_mem_free(tmp[i]);
        ok &= kr_obmalloc_allocated_blocks() == blocks;
        test_random_stress();   /* the same workload through the guards and the quarantine */
        ok &= failures == 0;
        char *m = malloc(10);   /* plain malloc pointers are still accepted */
        kr_mem_free(m);
        kr_mem_free(p);
        kr_mem_free(z);
        for (int i = 0; i < 5000; i++) kr_mem_free(kr_mem_alloc((size_t)(i % 700)));   /* goes through the quarantine */
        return ok ? 0 : 3;
    }
    if (strcmp(what, "overrun") == 0) {
        unsigned char *p = kr_mem_alloc(24);
        p[24] = 'x';
        kr_mem_free(p);
    } else if (strcmp(what, "overrun-big") == 0) {
        unsigned char *p = kr_mem_alloc(3000);
        p[3001] = 'x';
        kr_mem_realloc(p, 4000);
    } else if (strcmp(what, "underrun") == 0) {
        unsigned char *p = kr_mem_alloc(40);
        p[-2] = 0;
        kr_mem_free(p);
    } else if (strcmp(what, "double-free") == 0) {
        void *p = kr_mem_alloc(24);
        kr_mem_free(p);
        void *q = kr_mem_alloc(24);   /* the quarantine keeps q from reusing p */
        kr_mem_free(p);
        kr_mem_free(q);
    } else if (strcmp(what, "double-free-big") == 0) {
        void *p = kr_mem_alloc(1000);
        kr_mem_free(p);
        kr_mem_free(p);
    } else if (strcmp(what, "use-after-free") == 0) {
        unsigned char *p = kr_mem_alloc(48);
        kr_mem_free(p);
        p[5] = 1;
        for (int i = 0; i < 2000; i++) kr_mem_free(kr_mem_alloc(48));   /* p leaves the quarantine */
    } else if (strcmp(what, "raw-free") == 0) {
        kr_raw_free(kr_mem_alloc(24));
    }
    return 0;   /* the scenarios above must abort before this */
}

/* Runs scenario what with KRAITMALLOC=mode; returns its stderr (static) and
 * sets *status to the wait status. */
static const char *run_child(const char *self, const char *mode, const char *what, int *status)
{
    static char out[8192];
    int fds[2];
    if (pipe(fds) < 0) return "";
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], 2);
        close(fds[0]);
        close(fds[1]);
        setenv("KRAITMALLOC", mode, 1);
        execl(self, self, what, (char *)NULL);
        _exit(127);
    }
    close(fds[1]);
    size_t n = 0;
    ssize_t k;
    while (n < sizeof out - 1 && (k = read(fds[0], out + n, sizeof out - 1 - n)) > 0) n += (size_t)k;
    out[n] = '\0';
    close(fds[0]);
    waitpid(pid, status, 0);
    return out;
}

static void expect_abort(const char *self, const char *what, const char *msg1, const char *msg2)
{
    int status = 0;
    const char *err = run_child(self, "debug", what, &status);
    int aborted = WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT;
    if (!aborted || !strstr(err, msg1) || (msg2 && !strstr(err, msg2))) {
        printf("FAIL debug scenario %s: aborted=%d, stderr:\n%s\n", what, aborted, err);
        failures++;
    }
}

static void test_modes(const char *self)
{
    int status = 0;
    const char *err = run_child(self, "malloc", "malloc", &status);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    err = run_child(self, "debug", "debug-ok", &status);
    if (!(WIFEXITED(status) && WEXITSTATUS(status) == 0)) printf("debug-ok stderr: %s\n", err);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    err = run_child(self, "bogus", "malloc", &status);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 1 && strstr(err, "KRAITMALLOC: unknown allocator 'bogus'"));
    expect_abort(self, "overrun", "kr_mem_free: bad trailing pad byte", "24 bytes originally requested");
    expect_abort(self, "overrun-big", "kr_mem_realloc: bad trailing pad byte", "3000 bytes originally requested");
    expect_abort(self, "underrun", "kr_mem_free: bad leading pad byte", "at p-2: 0x00 *** OUCH");
    expect_abort(self, "double-free", "kr_mem_free: double free of a 24-byte block at 0x", NULL);
    expect_abort(self, "double-free-big", "kr_mem_free: double free of a 1000-byte block at 0x", NULL);
    expect_abort(self, "use-after-free", "write to a freed 48-byte block", "(offset 5)");
    expect_abort(self, "raw-free", "kr_raw_free: the block belongs to the object domain", NULL);
}

int main(int argc, char **argv)
{
    if (argc > 1) return child_main(argv[1]);
    test_size_classes();
    test_many_blocks();
    test_lifo_reuse();
    test_pool_lists();
    test_arena_release();
    test_realloc();
    test_domains();
    test_random_stress();
    test_stats();
    test_modes("/proc/self/exe");
    if (failures) printf("%d failures\n", failures);
    else printf("test_obmalloc: all passed\n");
    return failures != 0;
}
