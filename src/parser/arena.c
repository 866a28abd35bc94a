/* arena.c — the AST arena: big blocks carved by a bump pointer, plus a list
 * of owned object references released when the arena dies. */
#include "arena.h"
#include "../memory/mem.h"
#include "../vm/err.h"
#include <string.h>

#define ARENA_BLOCK (64 * 1024)

typedef struct ArenaBlock {
    struct ArenaBlock *next;
    size_t used, size;
    _Alignas(16) char data[];
} ArenaBlock;

struct KrArena {
    ArenaBlock *head;
    KrObject **objs;
    size_t nobjs, capobjs;
};

KrArena *kr_arena_new(void)
{
    KrArena *a = kr_raw_calloc(1, sizeof *a);
    if (!a) { kr_err_no_memory(); return NULL; }
    return a;
}

void kr_arena_free(KrArena *a)
{
    if (!a) return;
    ArenaBlock *b = a->head;
    while (b) {
        ArenaBlock *next = b->next;
        kr_raw_free(b);
        b = next;
    }
    for (size_t i = 0; i < a->nobjs; i++) KR_DECREF(a->objs[i]);
    kr_raw_free(a->objs);
    kr_raw_free(a);
}

void *kr_arena_alloc(KrArena *a, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    ArenaBlock *b = a->head;
    if (!b || b->used + size > b->size) {
        size_t bs = size > ARENA_BLOCK / 4 ? size : ARENA_BLOCK;
        ArenaBlock *nb = kr_raw_alloc(sizeof(ArenaBlock) + bs);
        if (!nb) { kr_err_no_memory(); return NULL; }
        nb->used = 0;
        nb->size = bs;
        if (b && bs != ARENA_BLOCK) {
            /* a big one-off block: keep the current block as the bump target */
            nb->next = b->next;
            b->next = nb;
            nb->used = size;
            memset(nb->data, 0, size);
            return nb->data;
        }
        nb->next = b;
        a->head = b = nb;
    }
    void *p = b->data + b->used;
    b->used += size;
    memset(p, 0, size);
    return p;
}

int kr_arena_add_object(KrArena *a, KrObject *obj)
{
    if (!obj) return -1;
    if (a->nobjs == a->capobjs) {
        size_t nc = a->capobjs ? a->capobjs * 2 : 64;
        KrObject **n = kr_raw_realloc(a->objs, nc * sizeof *n);
        if (!n) { KR_DECREF(obj); kr_err_no_memory(); return -1; }
        a->objs = n;
        a->capobjs = nc;
    }
    a->objs[a->nobjs++] = obj;
    return 0;
}
