/* gc.c — the generational cycle collector: tracking of container objects,
 * automatic collections driven by allocation counts, and the collection
 * algorithm itself (CPython 3.11's design; docs/internals/gc.md). */
#include "gc.h"
#include "mem.h"
#include "../objects/tuple.h"
#include "../objects/dict.h"
#include "../objects/list.h"
#include "../objects/int.h"
#include "../objects/str.h"
#include "../objects/weakref.h"
#include "../vm/err.h"
#include "../modules/sys.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define NUM_GENERATIONS 3
/* In gc_next, during a collection: the object is in the unreachable set. */
#define NEXT_MASK_UNREACHABLE ((uintptr_t)1)
/* gc_refs live in gc_prev above the two flag bits. */
#define REFS_SHIFT 2

typedef struct {
    KrGCHead head;      /* circular list of the generation's objects */
    int threshold;
    int count;          /* gen 0: allocations - deallocations; gen N: collections of gen N-1 */
} GCGeneration;

static struct {
    GCGeneration gens[NUM_GENERATIONS];
    GCGeneration permanent;      /* gc.freeze() */
    int enabled;
    int collecting;
    int ready;                   /* automatic collections allowed (after start-up) */
    int debug;
    /* CPython's heuristic against quadratic full collections: a full
     * collection runs only when the objects that survived a generation-1
     * collection since the last full one exceed 25% of the long-lived ones. */
    ssize_t long_lived_total, long_lived_pending;
    ssize_t stats[NUM_GENERATIONS][3];  /* collections, collected, uncollectable */
    KrObject *garbage, *callbacks;
    long stress_every, stress_left;     /* KRAIT_GC_STRESS */
} gcs = {
    .gens = {
        { { &gcs.gens[0].head, &gcs.gens[0].head }, 700, 0 },
        { { &gcs.gens[1].head, &gcs.gens[1].head }, 10, 0 },
        { { &gcs.gens[2].head, &gcs.gens[2].head }, 10, 0 },
    },
    .permanent = { { &gcs.permanent.head, &gcs.permanent.head }, 0, 0 },
    .enabled = 1,
};

#define GEN_HEAD(i) (&gcs.gens[i].head)

/* ---------------------------------------------------------------------------
 * Header accessors. List heads carry no flags; object heads keep
 * KR_GC_FINALIZED / KR_GC_COLLECTING in the low bits of gc_prev.
 * ------------------------------------------------------------------------ */

static inline KrGCHead *head_prev(KrGCHead *g)
{
    return (KrGCHead *)((uintptr_t)g->gc_prev & ~KR_GC_FLAG_MASK);
}
static inline void head_set_prev(KrGCHead *g, KrGCHead *p)
{
    g->gc_prev = (KrGCHead *)(((uintptr_t)g->gc_prev & KR_GC_FLAG_MASK) | (uintptr_t)p);
}
static inline ssize_t gc_get_refs(KrGCHead *g)
{
    return (ssize_t)((uintptr_t)g->gc_prev >> REFS_SHIFT);
}
static inline void gc_set_refs(KrGCHead *g, ssize_t refs)
{
    g->gc_prev = (KrGCHead *)(((uintptr_t)g->gc_prev & KR_GC_FLAG_MASK) |
                              ((uintptr_t)refs << REFS_SHIFT));
}
/* Starts a collection for g: refs = refcount, COLLECTING set. */
static inline void gc_reset_refs(KrGCHead *g, ssize_t refs)
{
    g->gc_prev = (KrGCHead *)(((uintptr_t)g->gc_prev & KR_GC_FINALIZED) | KR_GC_COLLECTING |
                              ((uintptr_t)refs << REFS_SHIFT));
}
static inline int gc_is_collecting(KrGCHead *g)
{
    return ((uintptr_t)g->gc_prev & KR_GC_COLLECTING) != 0;
}
static inline void gc_clear_collecting(KrGCHead *g)
{
    g->gc_prev = (KrGCHead *)((uintptr_t)g->gc_prev & ~KR_GC_COLLECTING);
}

/* ---- doubly linked lists with a head ---- */

static void list_init(KrGCHead *l) { l->gc_next = l->gc_prev = l; }
static int list_is_empty(KrGCHead *l) { return l->gc_next == l; }

static void list_append(KrGCHead *node, KrGCHead *list)
{
    KrGCHead *last = list->gc_prev;
    head_set_prev(node, last);
    last->gc_next = node;
    node->gc_next = list;
    list->gc_prev = node;
}

static void list_unlink(KrGCHead *node)
{
    KrGCHead *prev = head_prev(node), *next = node->gc_next;
    prev->gc_next = next;
    head_set_prev(next, prev);
}

static void list_move(KrGCHead *node, KrGCHead *list)
{
    list_unlink(node);
    list_append(node, list);
}

/* Appends the whole of `from` to `to`; `from` becomes empty. */
static void list_merge(KrGCHead *from, KrGCHead *to)
{
    if (!list_is_empty(from)) {
        KrGCHead *to_tail = to->gc_prev, *from_head = from->gc_next, *from_tail = from->gc_prev;
        to_tail->gc_next = from_head;
        head_set_prev(from_head, to_tail);
        from_tail->gc_next = to;
        to->gc_prev = from_tail;
    }
    list_init(from);
}

static ssize_t list_size(KrGCHead *l)
{
    ssize_t n = 0;
    for (KrGCHead *g = l->gc_next; g != l; g = g->gc_next) n++;
    return n;
}

/* ---------------------------------------------------------------------------
 * Tracking and allocation
 * ------------------------------------------------------------------------ */

void kr_gc_track(void *o)
{
    KrGCHead *g = KR_AS_GC(o);
    if (g->gc_next) return;
    list_append(g, GEN_HEAD(0));
}

void kr_gc_untrack(void *o)
{
    KrGCHead *g = KR_AS_GC(o);
    if (!g->gc_next) return;
    list_unlink(g);
    g->gc_next = NULL;
    /* the finalized bit survives untracking (a resurrecting __del__ runs once) */
    g->gc_prev = (KrGCHead *)((uintptr_t)g->gc_prev & KR_GC_FINALIZED);
}

int kr_gc_may_be_tracked(KrObject *o)
{
    if (!KR_OBJECT_IS_GC(o)) return 0;
    if (KR_TUPLE_CHECK_EXACT(o)) return kr_gc_is_tracked(o);
    return 1;
}

static ssize_t collect_with_callback(int generation);

/* An automatic collection: the oldest generation whose count passed its
 * threshold, with generations younger than it. */
static void collect_generations(void)
{
    for (int i = NUM_GENERATIONS - 1; i >= 0; i--) {
        if (gcs.gens[i].count > gcs.gens[i].threshold) {
            if (i == NUM_GENERATIONS - 1 && gcs.long_lived_pending < gcs.long_lived_total / 4)
                continue;
            collect_with_callback(i);
            break;
        }
    }
}

void *kr_gc_alloc(size_t size)
{
    KrGCHead *g = kr_mem_calloc(1, sizeof(KrGCHead) + size);
    if (!g) return NULL;
    gcs.gens[0].count++;
    if (gcs.enabled && gcs.ready && !gcs.collecting && gcs.gens[0].threshold) {
        if (gcs.stress_every) {
            if (--gcs.stress_left <= 0) {
                gcs.stress_left = gcs.stress_every;
                if (!kr_err_occurred()) collect_with_callback(NUM_GENERATIONS - 1);
            }
        } else if (gcs.gens[0].count > gcs.gens[0].threshold && !kr_err_occurred()) {
            collect_generations();
        }
    }
    return KR_FROM_GC(g);
}

void kr_gc_free(void *o)
{
    KrGCHead *g = KR_AS_GC(o);
    if (g->gc_next) kr_gc_untrack(o);
    if (gcs.gens[0].count > 0) gcs.gens[0].count--;
    kr_mem_free(g);
}

/* ---------------------------------------------------------------------------
 * The collection.
 *
 * 1. update_refs: every object of the generation gets gc_refs = refcount
 *    and the COLLECTING flag (gc_prev's pointer part is reused for it, so
 *    the list is singly linked until step 3).
 * 2. subtract_refs: each object's tp_traverse visits its referents; every
 *    referent that is being collected loses one gc_ref. What remains is the
 *    number of references from outside the generation.
 * 3. move_unreachable: objects with gc_refs > 0 are reachable, and so is
 *    everything they reach; the others move to the unreachable list (marked
 *    in gc_next's low bit so visits can find them and move them back).
 * 4. Weak references to unreachable objects are cleared; callbacks of the
 *    weakrefs that are themselves reachable are called.
 * 5. Finalizers (tp_finalize, __del__) run once per object (the FINALIZED
 *    bit); they may resurrect objects, so steps 1-3 run again on the
 *    unreachable set and only what is still unreachable is cleared.
 * 6. tp_clear breaks the cycles; reference counting frees the objects.
 * Survivors move to the next generation.
 * ------------------------------------------------------------------------ */

static void update_refs(KrGCHead *containers)
{
    for (KrGCHead *g = containers->gc_next; g != containers; g = g->gc_next)
        gc_reset_refs(g, KR_REFCNT(KR_FROM_GC(g)));
}

static int visit_decref(KrObject *op, void *parent)
{
    if (KR_OBJECT_IS_GC(op)) {
        KrGCHead *g = KR_AS_GC(op);
        if (gc_is_collecting(g)) {
#ifdef KR_DEBUG
            if (gc_get_refs(g) <= 0) {
                fprintf(stderr, "gc: refcount of a %s is too small (visited from a %s)\n",
                        KR_TYPE(op)->tp_name, KR_TYPE((KrObject *)parent)->tp_name);
                abort();
            }
#endif
            g->gc_prev = (KrGCHead *)((uintptr_t)g->gc_prev - ((uintptr_t)1 << REFS_SHIFT));
        }
    }
    return 0;
}

static void subtract_refs(KrGCHead *containers)
{
    for (KrGCHead *g = containers->gc_next; g != containers; g = g->gc_next) {
        KrObject *op = KR_FROM_GC(g);
        kr_traverseproc traverse = KR_TYPE(op)->tp_traverse;
        if (traverse) traverse(op, visit_decref, op);
    }
}

static int visit_reachable(KrObject *op, void *arg)
{
    KrGCHead *reachable = arg;
    if (!KR_OBJECT_IS_GC(op)) return 0;
    KrGCHead *g = KR_AS_GC(op);
    /* objects of other generations, and those already scanned, are not
     * COLLECTING */
    if (!gc_is_collecting(g)) return 0;
    if ((uintptr_t)g->gc_next & NEXT_MASK_UNREACHABLE) {
        /* moved to the unreachable list earlier, but reachable after all:
         * back to the end of the young list, where the scan will find it */
        KrGCHead *prev = head_prev(g);
        KrGCHead *next = (KrGCHead *)((uintptr_t)g->gc_next & ~NEXT_MASK_UNREACHABLE);
        prev->gc_next = g->gc_next;   /* keeps the mark of prev */
        head_set_prev(next, prev);
        list_append(g, reachable);
        gc_set_refs(g, 1);
    } else if (gc_get_refs(g) == 0) {
        /* not scanned yet: tell the scan that it is reachable */
        gc_set_refs(g, 1);
    }
    return 0;
}

static int tuple_is_atomic(KrObject *t);

/* Step 3. With untrack_tuples, a reachable exact tuple of atomic values is
 * untracked as soon as the scan has visited it (CPython does it in a pass
 * after the scan, in the same order: the scan order is the final order of
 * the list, so the result is the same, and a walk over the generation is
 * saved). Returns the number of reachable objects left in young. */
static ssize_t move_unreachable(KrGCHead *young, KrGCHead *unreachable, int untrack_tuples)
{
    KrGCHead *prev = young;
    KrGCHead *g = young->gc_next;
    ssize_t n = 0;
    while (g != young) {
        if (gc_get_refs(g)) {
            KrObject *op = KR_FROM_GC(g);
            kr_traverseproc traverse = KR_TYPE(op)->tp_traverse;
            if (traverse) traverse(op, visit_reachable, young);
            if (untrack_tuples && KR_TUPLE_CHECK_EXACT(op) && tuple_is_atomic(op)) {
                prev->gc_next = g->gc_next;
                g->gc_next = NULL;
                g->gc_prev = (KrGCHead *)((uintptr_t)g->gc_prev & KR_GC_FINALIZED);
            } else {
                head_set_prev(g, prev);      /* a list pointer again */
                gc_clear_collecting(g);
                prev = g;
                n++;
            }
        } else {
            prev->gc_next = g->gc_next;
            KrGCHead *last = unreachable->gc_prev;
            last->gc_next = (KrGCHead *)(NEXT_MASK_UNREACHABLE | (uintptr_t)g);
            head_set_prev(g, last);
            g->gc_next = (KrGCHead *)(NEXT_MASK_UNREACHABLE | (uintptr_t)unreachable);
            unreachable->gc_prev = g;
        }
        g = prev->gc_next;
    }
    young->gc_prev = prev;
    unreachable->gc_next = (KrGCHead *)((uintptr_t)unreachable->gc_next & ~NEXT_MASK_UNREACHABLE);
    return n;
}

static void clear_unreachable_mask(KrGCHead *unreachable)
{
    for (KrGCHead *g = unreachable->gc_next; g != unreachable; g = g->gc_next)
        g->gc_next = (KrGCHead *)((uintptr_t)g->gc_next & ~NEXT_MASK_UNREACHABLE);
}

static ssize_t deduce_unreachable(KrGCHead *base, KrGCHead *unreachable, int untrack_tuples)
{
    update_refs(base);
    subtract_refs(base);
    list_init(unreachable);
    return move_unreachable(base, unreachable, untrack_tuples);
}

/* A tuple of atomic values can never be part of a cycle: it is untracked
 * (CPython's _PyTuple_MaybeUntrack). */
static int tuple_is_atomic(KrObject *t)
{
    for (ssize_t i = 0, n = KR_SIZE(t); i < n; i++) {
        KrObject *e = KR_TUPLE_GET(t, i);
        if (!e || kr_gc_may_be_tracked(e)) return 0;
    }
    return 1;
}

/* The same for exact dicts (CPython's _PyDict_MaybeUntrack); only in full
 * collections, as CPython. */
static void dict_maybe_untrack(KrObject *d)
{
    ssize_t pos = 0;
    KrObject *k, *v;
    while (kr_dict_next(d, &pos, &k, &v))
        if (kr_gc_may_be_tracked(k) || kr_gc_may_be_tracked(v)) return;
    kr_gc_untrack(d);
}

/* After a full collection: untracks the exact dicts of atomic keys and
 * values among the survivors; returns the number of objects left. */
static ssize_t untrack_dicts(KrGCHead *head)
{
    KrGCHead *next;
    ssize_t n = 0;
    for (KrGCHead *g = head->gc_next; g != head; g = next) {
        next = g->gc_next;
        KrObject *op = KR_FROM_GC(g);
        n++;
        if (KR_TYPE(op) == &kr_dict_type) {
            dict_maybe_untrack(op);
            if (!g->gc_next) n--;
        }
    }
    return n;
}

/* Step 4. Returns the number of weakrefs freed right after their callback
 * (CPython counts them as collected). */
static ssize_t handle_weakrefs(KrGCHead *unreachable)
{
    KrObject **cbs = NULL;
    size_t n = 0, cap = 0;
    KrGCHead *next;
    for (KrGCHead *g = unreachable->gc_next; g != unreachable; g = next) {
        next = g->gc_next;
        KrObject *op = KR_FROM_GC(g);
        /* a weakref that is trash itself: its callback must never run */
        if (KR_WEAKREF_CHECK(op)) kr_weakref_clear_keep_callback(op);
        KrWeakReference **wrlist = kr_weakref_list_ptr(op);
        if (!wrlist) continue;
        while (*wrlist) {
            KrWeakReference *wr = *wrlist;
            kr_weakref_clear_keep_callback((KrObject *)wr);
            if (!wr->wr_callback) continue;
            if (kr_gc_is_tracked(wr) && gc_is_collecting(KR_AS_GC(wr))) continue;
            if (n == cap) {
                size_t ncap = cap ? 2 * cap : 16;
                KrObject **p = realloc(cbs, ncap * sizeof *p);
                if (!p) continue;   /* out of memory: this callback is skipped */
                cbs = p;
                cap = ncap;
            }
            cbs[n++] = kr_newref(wr);
        }
    }
    ssize_t freed = 0;
    for (size_t i = 0; i < n; i++) {
        KrWeakReference *wr = (KrWeakReference *)cbs[i];
        KrObject *cb = wr->wr_callback;
        if (cb) {
            KR_INCREF(cb);
            KrObject *r = kr_object_call_one(cb, (KrObject *)wr);
            if (!r) kr_err_write_unraisable(cb);
            else KR_DECREF(r);
            KR_DECREF(cb);
        }
        if (KR_REFCNT(wr) == 1) freed++;
        KR_DECREF(wr);
    }
    free(cbs);
    return freed;
}

/* Step 5: tp_finalize once per object. */
static void finalize_garbage(KrGCHead *collectable)
{
    KrGCHead seen;
    list_init(&seen);
    while (!list_is_empty(collectable)) {
        KrGCHead *g = collectable->gc_next;
        KrObject *op = KR_FROM_GC(g);
        list_move(g, &seen);
        kr_destructor finalize = KR_TYPE(op)->tp_finalize;
        if (finalize && !((uintptr_t)g->gc_prev & KR_GC_FINALIZED)) {
            kr_gc_set_finalized(op);
            KR_INCREF(op);
            finalize(op);
            if (kr_err_occurred()) kr_err_write_unraisable(op);
            KR_DECREF(op);
        }
    }
    list_merge(&seen, collectable);
}

static void list_clear_collecting(KrGCHead *l)
{
    for (KrGCHead *g = l->gc_next; g != l; g = g->gc_next) gc_clear_collecting(g);
}

/* After the finalizers: what they made reachable again survives. */
static void handle_resurrected(KrGCHead *unreachable, KrGCHead *still_unreachable, KrGCHead *old)
{
    list_clear_collecting(unreachable);
    deduce_unreachable(unreachable, still_unreachable, 0);
    clear_unreachable_mask(still_unreachable);
    list_merge(unreachable, old);
}

static KrObject *garbage_list(void)
{
    if (!gcs.garbage) gcs.garbage = kr_list_new(0);
    return gcs.garbage;
}

/* Step 6: tp_clear each object (or save it in gc.garbage with
 * DEBUG_SAVEALL); what survives moves to the old generation. */
static void delete_garbage(KrGCHead *collectable, KrGCHead *old)
{
    while (!list_is_empty(collectable)) {
        KrGCHead *g = collectable->gc_next;
        KrObject *op = KR_FROM_GC(g);
        if (gcs.debug & KR_GC_DEBUG_SAVEALL) {
            KrObject *garbage = garbage_list();
            if (!garbage || kr_list_append(garbage, op) < 0) kr_err_clear();
        } else {
            kr_inquiry clear = KR_TYPE(op)->tp_clear;
            if (clear) {
                KR_INCREF(op);
                clear(op);
                if (kr_err_occurred())
                    kr_err_write_unraisable_msg("in tp_clear of", (KrObject *)KR_TYPE(op));
                KR_DECREF(op);
            }
        }
        if (collectable->gc_next == g) {
            /* still alive: it may die later */
            gc_clear_collecting(g);
            list_move(g, old);
        }
    }
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static void show_stats_each_generation(void)
{
    kr_sys_write_stderr("gc: objects in each generation: %zd %zd %zd\n"
                        "gc: objects in permanent generation: %zd\n",
                        list_size(GEN_HEAD(0)), list_size(GEN_HEAD(1)), list_size(GEN_HEAD(2)),
                        list_size(&gcs.permanent.head));
}

/* One collection of generations 0..generation; returns unreachable +
 * uncollectable; *n_uncollectable gets the latter. */
static ssize_t collect_main(int generation, ssize_t *n_uncollectable, int nofail)
{
    double t1 = 0;
    if (gcs.debug & KR_GC_DEBUG_STATS) {
        kr_sys_write_stderr("gc: collecting generation %d...\n", generation);
        show_stats_each_generation();
        t1 = now_seconds();
    }
    if (generation + 1 < NUM_GENERATIONS) gcs.gens[generation + 1].count += 1;
    for (int i = 0; i <= generation; i++) gcs.gens[i].count = 0;
    for (int i = 0; i < generation; i++) list_merge(GEN_HEAD(i), GEN_HEAD(generation));

    KrGCHead *young = GEN_HEAD(generation);
    KrGCHead *old = generation < NUM_GENERATIONS - 1 ? GEN_HEAD(generation + 1) : young;
    KrGCHead unreachable, final_unreachable;

    /* steps 1-3, and tuples of atomic values untracked */
    ssize_t survivors = deduce_unreachable(young, &unreachable, 1);
    if (young != old) {
        if (generation == NUM_GENERATIONS - 2) gcs.long_lived_pending += survivors;
        list_merge(young, old);
    } else {
        gcs.long_lived_pending = 0;
        gcs.long_lived_total = untrack_dicts(young);
    }
    clear_unreachable_mask(&unreachable);

    if (gcs.debug & KR_GC_DEBUG_COLLECTABLE) {
        for (KrGCHead *g = unreachable.gc_next; g != &unreachable; g = g->gc_next) {
            KrObject *op = KR_FROM_GC(g);
            kr_sys_write_stderr("gc: collectable <%s %p>\n", KR_TYPE(op)->tp_name, (void *)op);
        }
    }
    ssize_t m = handle_weakrefs(&unreachable);
    finalize_garbage(&unreachable);
    handle_resurrected(&unreachable, &final_unreachable, old);
    m += list_size(&final_unreachable);
    delete_garbage(&final_unreachable, old);

    /* No legacy (tp_del) finalizers in krait: nothing is uncollectable. */
    ssize_t n = 0;
    if (gcs.debug & KR_GC_DEBUG_STATS) {
        char buf[64];
        snprintf(buf, sizeof buf, "%.4fs", now_seconds() - t1);
        kr_sys_write_stderr("gc: done, %zd unreachable, %zd uncollectable, %s elapsed\n",
                            n + m, n, buf);
    }
    if (kr_err_occurred()) {
        if (nofail) kr_err_clear();
        else kr_err_write_unraisable_msg("in garbage collection", NULL);
    }
    gcs.stats[generation][0]++;
    gcs.stats[generation][1] += m;
    gcs.stats[generation][2] += n;
    *n_uncollectable = n;
    return n + m;
}

static void invoke_callbacks(const char *phase, int generation, ssize_t collected,
                             ssize_t uncollectable)
{
    KrObject *cbs = gcs.callbacks;
    if (!cbs || KR_SIZE(cbs) == 0) return;
    KrObject *info = kr_dict_new(), *v;
    if (!info) goto fail;
    if (!(v = kr_int_from_i64(generation)) || kr_dict_set_item_str(info, "generation", v) < 0) goto fail_v;
    KR_DECREF(v);
    if (!(v = kr_int_from_i64(collected)) || kr_dict_set_item_str(info, "collected", v) < 0) goto fail_v;
    KR_DECREF(v);
    if (!(v = kr_int_from_i64(uncollectable)) || kr_dict_set_item_str(info, "uncollectable", v) < 0) goto fail_v;
    KR_DECREF(v);
    KrObject *ph = kr_str_from_cstr(phase);
    if (!ph) goto fail;
    KR_INCREF(cbs);
    for (ssize_t i = 0; i < KR_SIZE(cbs); i++) {
        KrObject *cb = kr_newref(KR_LIST_GET(cbs, i));
        KrObject *r = kr_object_call_two(cb, ph, info);
        if (!r) kr_err_write_unraisable(cb);
        else KR_DECREF(r);
        KR_DECREF(cb);
    }
    KR_DECREF(cbs);
    KR_DECREF(ph);
    KR_DECREF(info);
    return;
fail_v:
    KR_XDECREF(v);
fail:
    KR_XDECREF(info);
    kr_err_write_unraisable(NULL);
}

static ssize_t collect_with_callback(int generation)
{
    ssize_t uncollectable = 0;
    gcs.collecting = 1;
    invoke_callbacks("start", generation, 0, 0);
    ssize_t r = collect_main(generation, &uncollectable, 0);
    invoke_callbacks("stop", generation, r - uncollectable, uncollectable);
    gcs.collecting = 0;
    return r;
}

ssize_t kr_gc_collect(int generation)
{
    if (gcs.collecting) return 0;
    KrObject *saved = kr_err_fetch();
    ssize_t r = collect_with_callback(generation);
    kr_err_restore(saved);
    return r;
}

ssize_t kr_gc_collect_no_fail(void)
{
    if (gcs.collecting) return 0;
    KrObject *saved = kr_err_fetch();
    ssize_t unc = 0;
    gcs.collecting = 1;
    ssize_t r = collect_main(NUM_GENERATIONS - 1, &unc, 1);
    gcs.collecting = 0;
    kr_err_restore(saved);
    return r;
}

/* ---------------------------------------------------------------------------
 * The gc module's state
 * ------------------------------------------------------------------------ */

int kr_gc_is_enabled(void) { return gcs.enabled; }
void kr_gc_set_enabled(int on) { gcs.enabled = on; }
int kr_gc_is_collecting(void) { return gcs.collecting; }
int kr_gc_get_debug(void) { return gcs.debug; }
void kr_gc_set_debug(int flags) { gcs.debug = flags; }

void kr_gc_get_thresholds(int out[3])
{
    for (int i = 0; i < NUM_GENERATIONS; i++) out[i] = gcs.gens[i].threshold;
}
void kr_gc_set_threshold(int gen, int value) { gcs.gens[gen].threshold = value; }
void kr_gc_get_counts(int out[3])
{
    for (int i = 0; i < NUM_GENERATIONS; i++) out[i] = gcs.gens[i].count;
}
void kr_gc_get_stats(int gen, ssize_t out[3])
{
    for (int i = 0; i < 3; i++) out[i] = gcs.stats[gen][i];
}

KrObject *kr_gc_garbage_borrow(void) { return gcs.garbage; }
KrObject *kr_gc_callbacks_borrow(void) { return gcs.callbacks; }

static int append_list(KrObject *list, KrGCHead *head)
{
    for (KrGCHead *g = head->gc_next; g != head; g = g->gc_next) {
        KrObject *op = KR_FROM_GC(g);
        if (op == list) continue;
        if (kr_list_append(list, op) < 0) return -1;
    }
    return 0;
}

int kr_gc_append_objects(KrObject *list, int gen)
{
    if (gen >= 0) return append_list(list, GEN_HEAD(gen));
    for (int i = 0; i < NUM_GENERATIONS; i++)
        if (append_list(list, GEN_HEAD(i)) < 0) return -1;
    return 0;
}

static int visit_referrer(KrObject *op, void *objs)
{
    for (ssize_t i = 0, n = KR_SIZE(objs); i < n; i++)
        if (KR_TUPLE_GET(objs, i) == op) return 1;
    return 0;
}

int kr_gc_append_referrers(KrObject *list, KrObject *objs)
{
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        KrGCHead *head = GEN_HEAD(i);
        for (KrGCHead *g = head->gc_next; g != head; g = g->gc_next) {
            KrObject *op = KR_FROM_GC(g);
            if (op == objs || op == list) continue;
            kr_traverseproc traverse = KR_TYPE(op)->tp_traverse;
            if (traverse && traverse(op, visit_referrer, objs)) {
                if (kr_list_append(list, op) < 0) return -1;
            }
        }
    }
    return 0;
}

void kr_gc_freeze(void)
{
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        list_merge(GEN_HEAD(i), &gcs.permanent.head);
        gcs.gens[i].count = 0;
    }
}

void kr_gc_unfreeze(void)
{
    list_merge(&gcs.permanent.head, GEN_HEAD(NUM_GENERATIONS - 1));
}

ssize_t kr_gc_freeze_count(void) { return list_size(&gcs.permanent.head); }

int kr_gc_init(void)
{
    const char *s = getenv("KRAIT_GC_STRESS");
    if (s && *s) {
        long n = strtol(s, NULL, 10);
        if (n > 0) gcs.stress_every = gcs.stress_left = n;
    }
    return 0;
}

int kr_gc_init_late(void)
{
    if (!gcs.garbage && !(gcs.garbage = kr_list_new(0))) return -1;
    if (!gcs.callbacks && !(gcs.callbacks = kr_list_new(0))) return -1;
    gcs.ready = 1;
    return 0;
}
