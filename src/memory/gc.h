/* gc.h — the cycle collector's view of objects. Objects of types with
 * KR_TPFLAGS_HAVE_GC are allocated with a KrGCHead in front of the object
 * header; a tracked object is linked into the list of its generation.
 * The collector itself (generations 700/10/10, finalizers, weakref clearing)
 * is the memory issue's work; today tracking keeps the lists that it will
 * walk, and nothing is collected. */
#ifndef KR_GC_H
#define KR_GC_H

#include "../objects/object.h"

typedef struct KrGCHead {
    struct KrGCHead *gc_next;   /* NULL when untracked */
    struct KrGCHead *gc_prev;
} KrGCHead;

#define KR_AS_GC(o) ((KrGCHead *)(o) - 1)
#define KR_FROM_GC(g) ((KrObject *)((KrGCHead *)(g) + 1))

/* Starts/stops tracking a container. Tracking twice or untracking an
 * untracked object is harmless. */
void kr_gc_track(void *o);
void kr_gc_untrack(void *o);
int kr_gc_is_tracked(void *o);

int kr_gc_init(void);

/* tp_traverse helper: visits a non-NULL member, returning early on nonzero. */
#define KR_VISIT(o) do { if (o) { int kr_vret_ = visit((KrObject *)(o), arg); \
    if (kr_vret_) return kr_vret_; } } while (0)

#endif
