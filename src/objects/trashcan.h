/* trashcan.h — bounded C recursion when deallocating deeply nested
 * containers (CPython's "trashcan"): past a nesting depth, a container's
 * deallocation is deferred to a list that the outermost dealloc drains. */
#ifndef KR_TRASHCAN_H
#define KR_TRASHCAN_H
#include "object.h"

/* Call at the top of a GC type's tp_dealloc, after kr_gc_untrack(o):
 *     if (kr_trashcan_begin(o, my_dealloc)) return;
 *     ... release the fields ...
 *     kr_trashcan_end();
 * Returns 1 when the deallocation has been deferred (the object is parked on
 * the trash list, linked through its untracked GC head, and `dealloc` will be
 * called again for it later); 0 to proceed. Deferral only happens for objects
 * whose type's tp_dealloc is `dealloc` itself, so that subclass deallocators
 * are never skipped. Never fails. */
int kr_trashcan_begin(KrObject *o, kr_destructor dealloc);
void kr_trashcan_end(void);

/* For instances of subclasses, which cannot be parked themselves (their
 * deallocator is the subclass's, which is running): 1 when the nesting is
 * deep, so the caller should move its contents into a fresh object of the
 * exact base type and park that with kr_trashcan_park. */
int kr_trashcan_deep(void);
/* Parks a dead container (refcount 0, untracked, exact type) whose
 * tp_dealloc will run when the outermost deallocation finishes. */
void kr_trashcan_park(KrObject *o);
#endif
