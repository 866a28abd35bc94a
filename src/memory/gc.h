/* gc.h — the cycle collector's view of objects. Objects of types with
 * KR_TPFLAGS_HAVE_GC are allocated with a KrGCHead (two words) in front of
 * the object header; a tracked object is linked into the list of its
 * generation. The collector (memory/gc.c, docs/internals/gc.md) finds
 * unreachable cycles generation by generation (thresholds 700/10/10). */
#ifndef KR_GC_H
#define KR_GC_H

#include <stdint.h>
#include "../objects/object.h"

/* The GC header, as CPython 3.11 lays it out:
 *   gc_next  the next object of the generation list; NULL when untracked.
 *            During a collection bit 0 marks members of the unreachable set.
 *   gc_prev  the previous object, with two flags in the low bits
 *            (KR_GC_FINALIZED, KR_GC_COLLECTING). During a collection the
 *            pointer part holds the object's gc_refs instead.
 * Read the fields only through the functions below (or kr_gc_is_tracked). */
typedef struct KrGCHead {
    struct KrGCHead *gc_next;
    struct KrGCHead *gc_prev;
} KrGCHead;

#define KR_GC_FINALIZED ((uintptr_t)1)   /* tp_finalize has run (PEP 442) */
#define KR_GC_COLLECTING ((uintptr_t)2)  /* in the generation being collected */
#define KR_GC_FLAG_MASK ((uintptr_t)3)

#define KR_AS_GC(o) ((KrGCHead *)(o) - 1)
#define KR_FROM_GC(g) ((KrObject *)((KrGCHead *)(g) + 1))

/* Allocates size bytes of zeroed object memory with an (untracked) GC head
 * in front and returns the object's address; counts one allocation for
 * generation 0, which may run a collection before returning. NULL (no
 * exception) when out of memory. Used by kr_object_alloc. */
void *kr_gc_alloc(size_t size);
/* Releases memory from kr_gc_alloc (o: the object); untracks o first and
 * counts one deallocation. */
void kr_gc_free(void *o);

/* Starts/stops tracking a container. Tracking twice or untracking an
 * untracked object is harmless. A newly tracked object joins generation 0. */
void kr_gc_track(void *o);
void kr_gc_untrack(void *o);
static inline int kr_gc_is_tracked(void *o) { return KR_AS_GC(o)->gc_next != NULL; }

/* PEP 442: tp_finalize runs at most once per object. A deallocator that
 * calls tp_finalize itself (kr_type_subtype_dealloc) checks and sets this
 * bit, as the collector does. o must be a GC object. */
static inline int kr_gc_is_finalized(void *o)
{
    return ((uintptr_t)KR_AS_GC(o)->gc_prev & KR_GC_FINALIZED) != 0;
}
static inline void kr_gc_set_finalized(void *o)
{
    KrGCHead *g = KR_AS_GC(o);
    g->gc_prev = (KrGCHead *)((uintptr_t)g->gc_prev | KR_GC_FINALIZED);
}

/* Could o take part in a cycle? (CPython's _PyObject_GC_MAY_BE_TRACKED):
 * a GC object, except an untracked exact tuple. For lazy dict tracking. */
int kr_gc_may_be_tracked(KrObject *o);

/* A collection of generations 0..generation (0-2) with the gc.callbacks
 * and debug output of gc.collect(); returns the number of unreachable
 * objects found, or 0 if a collection is already running. Never raises:
 * errors in finalizers/callbacks are reported as unraisable, and a pending
 * exception is kept intact. */
ssize_t kr_gc_collect(int generation);
/* A full collection for interpreter shutdown (CPython's
 * _PyGC_CollectNoFail): runs even when the collector is disabled, never
 * raises, does nothing if a collection is running. Returns the count. */
ssize_t kr_gc_collect_no_fail(void);

/* State behind the gc module (modules/gcmodule.c). */
int kr_gc_is_enabled(void);
void kr_gc_set_enabled(int on);
int kr_gc_is_collecting(void);
int kr_gc_get_debug(void);
void kr_gc_set_debug(int flags);
void kr_gc_get_thresholds(int out[3]);
void kr_gc_set_threshold(int gen, int value);
void kr_gc_get_counts(int out[3]);
/* Statistics of generation gen: collections, collected, uncollectable. */
void kr_gc_get_stats(int gen, ssize_t out[3]);
/* gc.garbage and gc.callbacks (BORROWED lists; created by kr_gc_init_late). */
KrObject *kr_gc_garbage_borrow(void);
KrObject *kr_gc_callbacks_borrow(void);
/* Appends the tracked objects of generation gen (0-2; -1: all three) to
 * list, skipping list itself. 0 or -1. */
int kr_gc_append_objects(KrObject *list, int gen);
/* Appends to list every tracked object (outside the permanent generation)
 * whose tp_traverse visits one of the items of the tuple objs, skipping
 * objs and list. 0 or -1. */
int kr_gc_append_referrers(KrObject *list, KrObject *objs);
/* gc.freeze(): moves every tracked object to the permanent generation;
 * gc.unfreeze() moves them back to the oldest generation. */
void kr_gc_freeze(void);
void kr_gc_unfreeze(void);
ssize_t kr_gc_freeze_count(void);

/* gc.DEBUG_* flags. */
#define KR_GC_DEBUG_STATS (1 << 0)
#define KR_GC_DEBUG_COLLECTABLE (1 << 1)
#define KR_GC_DEBUG_UNCOLLECTABLE (1 << 2)
#define KR_GC_DEBUG_SAVEALL (1 << 5)
#define KR_GC_DEBUG_LEAK (KR_GC_DEBUG_COLLECTABLE | KR_GC_DEBUG_UNCOLLECTABLE | KR_GC_DEBUG_SAVEALL)

/* Init step (first): reads KRAIT_GC_STRESS=N (a full collection every N
 * allocations of GC objects, for testing traverse/clear functions). */
int kr_gc_init(void);
/* Init step (last): creates gc.garbage/gc.callbacks and allows automatic
 * collections from then on. 0 or -1. */
int kr_gc_init_late(void);

/* tp_traverse helper: visits a non-NULL member, returning early on nonzero. */
#define KR_VISIT(o) do { if (o) { int kr_vret_ = visit((KrObject *)(o), arg); \
    if (kr_vret_) return kr_vret_; } } while (0)

#endif
