/* trashcan.c — deferred deallocation of deeply nested containers, so that
 * freeing a list nested a million deep does not overflow the C stack. */
#include "trashcan.h"
#include "../memory/gc.h"

#define KR_TRASHCAN_LIMIT 50

/* Per thread: the current dealloc nesting depth and the parked objects,
 * chained through gc_prev of their (untracked, so otherwise unused) GC head
 * (keeping its KR_GC_FINALIZED bit); gc_next stays NULL so the object still
 * reads as untracked. */
static _Thread_local int trash_depth;
static _Thread_local int trash_draining;
static _Thread_local KrGCHead *trash_list;

int kr_trashcan_begin(KrObject *o, kr_destructor dealloc)
{
    if (trash_depth >= KR_TRASHCAN_LIMIT && KR_TYPE(o)->tp_dealloc == dealloc) {
        KrGCHead *g = KR_AS_GC(o);
        g->gc_next = NULL;
        g->gc_prev = (KrGCHead *)((uintptr_t)trash_list |
                                  ((uintptr_t)g->gc_prev & KR_GC_FINALIZED));
        trash_list = g;
        return 1;
    }
    trash_depth++;
    return 0;
}

int kr_trashcan_deep(void) { return trash_depth >= KR_TRASHCAN_LIMIT; }

void kr_trashcan_park(KrObject *o)
{
    KrGCHead *g = KR_AS_GC(o);
    g->gc_next = NULL;
    g->gc_prev = (KrGCHead *)((uintptr_t)trash_list | ((uintptr_t)g->gc_prev & KR_GC_FINALIZED));
    trash_list = g;
}

void kr_trashcan_end(void)
{
    trash_depth--;
    if (trash_depth > 0 || trash_draining || !trash_list) return;
    /* Outermost level: free the parked objects; their own deallocations may
     * park more, which this loop picks up as well. */
    trash_draining = 1;
    while (trash_list) {
        KrGCHead *g = trash_list;
        /* the collector's FINALIZED bit rides along in the low bits */
        trash_list = (KrGCHead *)((uintptr_t)g->gc_prev & ~KR_GC_FLAG_MASK);
        g->gc_prev = (KrGCHead *)((uintptr_t)g->gc_prev & KR_GC_FINALIZED);
        KrObject *o = KR_FROM_GC(g);
        KR_TYPE(o)->tp_dealloc(o);
    }
    trash_draining = 0;
}
