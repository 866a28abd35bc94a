/* gc.c — tracking of container objects for the cycle collector.
 * All tracked objects live on one circular doubly linked list today
 * (generation 0); the collector proper comes with the memory issue. */
#include "gc.h"

static KrGCHead gc_young = { &gc_young, &gc_young };

void kr_gc_track(void *o)
{
    KrGCHead *g = KR_AS_GC(o);
    if (g->gc_next) return;
    g->gc_prev = gc_young.gc_prev;
    g->gc_next = &gc_young;
    gc_young.gc_prev->gc_next = g;
    gc_young.gc_prev = g;
}

void kr_gc_untrack(void *o)
{
    KrGCHead *g = KR_AS_GC(o);
    if (!g->gc_next) return;
    g->gc_prev->gc_next = g->gc_next;
    g->gc_next->gc_prev = g->gc_prev;
    g->gc_next = g->gc_prev = NULL;
}

int kr_gc_is_tracked(void *o) { return KR_AS_GC(o)->gc_next != NULL; }

int kr_gc_init(void) { return 0; }
