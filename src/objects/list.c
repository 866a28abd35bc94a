/* list.c — the list type: a resizable array of owned references with
 * CPython's over-allocation pattern, slicing (also extended slices) for
 * get/set/del, comparisons, repr, and the forward/reverse iterators.
 * Sorting lives in list_sort.c. */
#include "list.h"
#include "tuple.h"
#include "int.h"
#include "str.h"
#include "slice.h"
#include "args.h"
#include "type.h"
#include "abstract.h"
#include "trashcan.h"
#include "genericalias.h"
#include "iter.h"
#include "../vm/err.h"
#include "../memory/gc.h"
#include "../memory/mem.h"

#include <limits.h>
#include <string.h>

#define LIST(o) ((KrListObject *)(o))

/* Resizes the items array for newsize items, over-allocating as CPython
 * does (growth ~12.5% + 6, rounded to 4) so that a run of appends is
 * amortized O(1) and sys.getsizeof shows the same capacities. Newly exposed
 * slots are NOT initialized. 0, or -1 with MemoryError. */
static int list_resize(KrListObject *self, ssize_t newsize)
{
    ssize_t allocated = self->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        KR_SIZE(self) = newsize;
        return 0;
    }
    size_t new_allocated = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    /* no over-allocation when the jump is bigger than the slack */
    if (newsize - KR_SIZE(self) > (ssize_t)(new_allocated - (size_t)newsize))
        new_allocated = ((size_t)newsize + 3) & ~(size_t)3;
    if (newsize == 0) new_allocated = 0;
    KrObject **items = NULL;
    if (new_allocated > (size_t)SSIZE_MAX / sizeof(KrObject *)) {
        kr_err_no_memory();
        return -1;
    }
    if (new_allocated) {
        items = kr_mem_realloc(self->ob_item, new_allocated * sizeof(KrObject *));
        if (!items) {
            kr_err_no_memory();
            return -1;
        }
    } else {
        kr_mem_free(self->ob_item);
    }
    self->ob_item = items;
    KR_SIZE(self) = newsize;
    self->allocated = (ssize_t)new_allocated;
    return 0;
}

/* Gives a list with no items array room for exactly `size` items (new
 * lists from slices, concatenation, repetition). */
static int list_prealloc(KrListObject *self, ssize_t size)
{
    if ((size_t)size > (size_t)SSIZE_MAX / sizeof(KrObject *) - 1) {
        kr_err_no_memory();
        return -1;
    }
    KrObject **items = kr_mem_alloc((size_t)size * sizeof(KrObject *));
    if (!items) {
        kr_err_no_memory();
        return -1;
    }
    self->ob_item = items;
    self->allocated = size;
    return 0;
}

/* The same for list(iterable) and extending an empty list: rounded up to an
 * even count as CPython 3.11 does (its allocator has 16-byte granularity),
 * so that sys.getsizeof agrees. */
static int list_preallocate_exact(KrListObject *self, ssize_t size)
{
    return list_prealloc(self, (ssize_t)(((size_t)size + 1) & ~(size_t)1));
}

KrObject *kr_list_new(ssize_t size)
{
    if (size < 0) return kr_err_bad_internal_call();
    KrListObject *op = KR_NEW(KrListObject, &kr_list_type);
    if (!op) return NULL;
    if (size > 0) {
        if ((size_t)size > (size_t)SSIZE_MAX / sizeof(KrObject *)) {
            KR_DECREF(op);
            return kr_err_no_memory();
        }
        op->ob_item = kr_mem_calloc((size_t)size, sizeof(KrObject *));
        if (!op->ob_item) {
            KR_DECREF(op);
            return kr_err_no_memory();
        }
    }
    KR_SIZE(op) = size;
    op->allocated = size;
    kr_gc_track(op);
    return (KrObject *)op;
}

KrObject *kr_list_get_borrow(KrObject *list, ssize_t i)
{
    if (!KR_LIST_CHECK(list)) return kr_err_bad_internal_call();
    if (i < 0 || i >= KR_SIZE(list)) {
        kr_err_set_string(kr_exc_IndexError, "list index out of range");
        return NULL;
    }
    return LIST(list)->ob_item[i];
}

int kr_list_set_steal(KrObject *list, ssize_t i, KrObject *v)
{
    if (!KR_LIST_CHECK(list)) {
        KR_XDECREF(v);
        kr_err_bad_internal_call();
        return -1;
    }
    if (i < 0 || i >= KR_SIZE(list)) {
        KR_XDECREF(v);
        kr_err_set_string(kr_exc_IndexError, "list assignment index out of range");
        return -1;
    }
    KR_SETREF(LIST(list)->ob_item[i], v);
    return 0;
}

static int list_insert_at(KrListObject *self, ssize_t where, KrObject *v)
{
    ssize_t n = KR_SIZE(self);
    if (list_resize(self, n + 1) < 0) return -1;
    if (where < 0) {
        where += n;
        if (where < 0) where = 0;
    }
    if (where > n) where = n;
    KrObject **items = self->ob_item;
    memmove(&items[where + 1], &items[where], (size_t)(n - where) * sizeof(KrObject *));
    items[where] = kr_newref(v);
    return 0;
}

int kr_list_insert(KrObject *list, ssize_t i, KrObject *v)
{
    if (!KR_LIST_CHECK(list)) {
        kr_err_bad_internal_call();
        return -1;
    }
    return list_insert_at(LIST(list), i, v);
}

/* Appends, taking over a reference (the hot path of LIST_APPEND). */
int kr_list_append_steal(KrObject *list, KrObject *v)
{
    KrListObject *self = LIST(list);
    ssize_t n = KR_SIZE(self);
    if (self->allocated > n) {
        self->ob_item[n] = v;
        KR_SIZE(self) = n + 1;
        return 0;
    }
    if (list_resize(self, n + 1) < 0) {
        KR_DECREF(v);
        return -1;
    }
    self->ob_item[n] = v;
    return 0;
}

int kr_list_append(KrObject *list, KrObject *v)
{
    if (!list || !v || !KR_LIST_CHECK(list)) {
        kr_err_bad_internal_call();
        return -1;
    }
    return kr_list_append_steal(list, kr_newref(v));
}

/* Extends with the items of a list or tuple (borrowed array view). */
static int list_extend_fast(KrListObject *self, KrObject *seq)
{
    ssize_t n = KR_SIZE(seq);
    if (n == 0) return 0;
    ssize_t m = KR_SIZE(self);
    if (m > SSIZE_MAX - n) {
        kr_err_no_memory();
        return -1;
    }
    if (!self->ob_item) {
        /* an empty list gets exactly the room needed (as CPython 3.11) */
        if (list_preallocate_exact(self, n) < 0) return -1;
        KR_SIZE(self) = n;
    } else if (list_resize(self, m + n) < 0) {
        /* (if self is seq, its items move here: the source is read after) */
        return -1;
    }
    KrObject **src = KR_LIST_CHECK(seq) ? LIST(seq)->ob_item : KR_TUPLE_ITEMS(seq);
    KrObject **dst = self->ob_item + m;
    for (ssize_t i = 0; i < n; i++) dst[i] = kr_newref(src[i]);
    return 0;
}

static int list_extend_iter(KrListObject *self, KrObject *iterable)
{
    KrObject *it = kr_object_get_iter(iterable);
    if (!it) return -1;
    kr_iternextfunc next = KR_TYPE(it)->tp_iternext;
    ssize_t hint = kr_object_length_hint(iterable, 8);
    if (hint < 0) {
        KR_DECREF(it);
        return -1;
    }
    ssize_t m = KR_SIZE(self);
    if (m <= SSIZE_MAX - hint && hint > 0) {
        if (list_resize(self, m + hint) < 0) {
            KR_DECREF(it);
            return -1;
        }
        KR_SIZE(self) = m;       /* the room is reserved, not filled */
    }
    for (;;) {
        KrObject *item = next ? next(it) : kr_iter_next(it);
        if (!item) {
            if (kr_err_occurred()) {
                if (next && kr_err_matches(kr_exc_StopIteration)) {
                    kr_err_clear();
                } else {
                    KR_DECREF(it);
                    return -1;
                }
            }
            break;
        }
        ssize_t n = KR_SIZE(self);
        if (n < self->allocated) {
            self->ob_item[n] = item;
            KR_SIZE(self) = n + 1;
        } else if (kr_list_append_steal((KrObject *)self, item) < 0) {
            KR_DECREF(it);
            return -1;
        }
    }
    KR_DECREF(it);
    /* give back the unused part of an over-large guess */
    if (KR_SIZE(self) < self->allocated && list_resize(self, KR_SIZE(self)) < 0) return -1;
    return 0;
}

int kr_list_extend(KrObject *list, KrObject *iterable)
{
    KrListObject *self = LIST(list);
    if (KR_LIST_CHECK_EXACT(iterable) || KR_TUPLE_CHECK_EXACT(iterable) || (KrObject *)self == iterable)
        return list_extend_fast(self, iterable);
    return list_extend_iter(self, iterable);
}

int kr_list_del_item(KrObject *list, ssize_t i)
{
    KrListObject *self = LIST(list);
    ssize_t n = KR_SIZE(self);
    if (i < 0 || i >= n) {
        kr_err_set_string(kr_exc_IndexError, "list assignment index out of range");
        return -1;
    }
    KrObject *old = self->ob_item[i];
    memmove(&self->ob_item[i], &self->ob_item[i + 1], (size_t)(n - i - 1) * sizeof(KrObject *));
    /* shrinking never fails */
    list_resize(self, n - 1);
    KR_DECREF(old);
    return 0;
}

static void reverse_slice(KrObject **lo, KrObject **hi)
{
    --hi;
    while (lo < hi) {
        KrObject *t = *lo;
        *lo = *hi;
        *hi = t;
        ++lo;
        --hi;
    }
}

int kr_list_reverse(KrObject *list)
{
    if (KR_SIZE(list) > 1)
        reverse_slice(LIST(list)->ob_item, LIST(list)->ob_item + KR_SIZE(list));
    return 0;
}

KrObject *kr_list_as_tuple(KrObject *list)
{
    return kr_tuple_from_array(LIST(list)->ob_item, KR_SIZE(list));
}

KrObject *kr_list_get_slice(KrObject *list, ssize_t lo, ssize_t hi)
{
    ssize_t n = KR_SIZE(list);
    if (lo < 0) lo = 0;
    else if (lo > n) lo = n;
    if (hi < lo) hi = lo;
    else if (hi > n) hi = n;
    ssize_t len = hi - lo;
    KrListObject *np = (KrListObject *)kr_list_new(0);
    if (!np) return NULL;
    if (len > 0) {
        if (list_prealloc(np, len) < 0) {
            KR_DECREF(np);
            return NULL;
        }
        for (ssize_t i = 0; i < len; i++) np->ob_item[i] = kr_newref(LIST(list)->ob_item[lo + i]);
        KR_SIZE(np) = len;
    }
    return (KrObject *)np;
}

/* Drops every item (list.clear, and before __init__ refills). */
static void list_clear_items(KrListObject *self)
{
    KrObject **items = self->ob_item;
    ssize_t n = KR_SIZE(self);
    if (!items) return;
    /* detach first: a __del__ run by the decrefs may look at the list */
    self->ob_item = NULL;
    KR_SIZE(self) = 0;
    self->allocated = 0;
    while (--n >= 0) KR_XDECREF(items[n]);
    kr_mem_free(items);
}

/* a[ilow:ihigh] = v, where v is NULL (deletion) or any iterable. The
 * replaced items are released only after the list is consistent again. */
static int list_ass_slice(KrListObject *a, ssize_t ilow, ssize_t ihigh, KrObject *v)
{
    KrObject *seq = NULL;
    KrObject **vitem = NULL;
    ssize_t n = 0;
    if (v) {
        if ((KrObject *)a == v) {
            seq = kr_list_get_slice(v, 0, KR_SIZE(v));
        } else {
            seq = kr_sequence_fast(v, "can only assign an iterable");
        }
        if (!seq) return -1;
        n = KR_SIZE(seq);
        vitem = KR_SEQUENCE_FAST_ITEMS(seq);
    }
    ssize_t size = KR_SIZE(a);
    if (ilow < 0) ilow = 0;
    else if (ilow > size) ilow = size;
    if (ihigh < ilow) ihigh = ilow;
    else if (ihigh > size) ihigh = size;
    ssize_t norig = ihigh - ilow;
    ssize_t d = n - norig;
    if (size + d == 0) {
        KR_XDECREF(seq);
        list_clear_items(a);
        return 0;
    }
    KrObject *small[8];
    KrObject **recycle = small;
    if (norig > 8) {
        recycle = kr_mem_alloc((size_t)norig * sizeof(KrObject *));
        if (!recycle) {
            KR_XDECREF(seq);
            kr_err_no_memory();
            return -1;
        }
    }
    KrObject **item = a->ob_item;
    if (norig) memcpy(recycle, &item[ilow], (size_t)norig * sizeof(KrObject *));
    if (d < 0) {
        memmove(&item[ihigh + d], &item[ihigh], (size_t)(size - ihigh) * sizeof(KrObject *));
        list_resize(a, size + d);
        item = a->ob_item;
    } else if (d > 0) {
        if (list_resize(a, size + d) < 0) {
            if (recycle != small) kr_mem_free(recycle);
            KR_XDECREF(seq);
            return -1;
        }
        item = a->ob_item;
        memmove(&item[ihigh + d], &item[ihigh], (size_t)(size - ihigh) * sizeof(KrObject *));
    }
    for (ssize_t k = 0; k < n; k++) item[ilow + k] = kr_newref(vitem[k]);
    for (ssize_t k = norig - 1; k >= 0; k--) KR_XDECREF(recycle[k]);
    if (recycle != small) kr_mem_free(recycle);
    KR_XDECREF(seq);
    return 0;
}

/* ---- slots ---- */

static void list_dealloc(KrObject *o)
{
    KrListObject *op = LIST(o);
    kr_gc_untrack(o);
    if (kr_trashcan_begin(o, list_dealloc)) return;
    if (op->ob_item && KR_TYPE(o) != &kr_list_type && kr_trashcan_deep()) {
        /* a deep chain of subclass instances: hand the items to an exact
         * list released later by the outermost deallocation */
        KrListObject *holder = (KrListObject *)kr_list_new(0);
        if (holder) {
            kr_gc_untrack(holder);
            holder->ob_item = op->ob_item;
            KR_SIZE(holder) = KR_SIZE(op);
            holder->allocated = op->allocated;
            op->ob_item = NULL;
            KR_SIZE(op) = 0;
            KR_REFCNT(holder) = 0;   /* dead: released by the trashcan */
            KR_REF_TOTAL_DEC();
            kr_trashcan_park((KrObject *)holder);
        }
    }
    if (op->ob_item) {
        ssize_t i = KR_SIZE(op);
        while (--i >= 0) KR_XDECREF(op->ob_item[i]);
        kr_mem_free(op->ob_item);
    }
    KR_TYPE(o)->tp_free(o);
    kr_trashcan_end();
}

static int list_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    for (ssize_t i = KR_SIZE(o); --i >= 0;) KR_VISIT(LIST(o)->ob_item[i]);
    return 0;
}

static int list_tp_clear(KrObject *o)
{
    list_clear_items(LIST(o));
    return 0;
}

static KrObject *list_repr(KrObject *o)
{
    if (KR_SIZE(o) == 0) return kr_str_from_cstr("[]");
    int r = kr_repr_enter(o);
    if (r != 0) return r > 0 ? kr_str_from_cstr("[...]") : NULL;
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    if (kr_strbuilder_append_char(&b, '[') < 0) goto fail;
    /* the list may change while items are repr'd: re-read the size */
    for (ssize_t i = 0; i < KR_SIZE(o); i++) {
        if (i > 0 && kr_strbuilder_append_ascii(&b, ", ", 2) < 0) goto fail;
        /* (kr_object_repr guards the recursion depth) */
        KrObject *item = kr_newref(LIST(o)->ob_item[i]);
        KrObject *s = kr_object_repr(item);
        KR_DECREF(item);
        if (!s) goto fail;
        int rc = kr_strbuilder_append_str(&b, s);
        KR_DECREF(s);
        if (rc < 0) goto fail;
    }
    if (kr_strbuilder_append_char(&b, ']') < 0) goto fail;
    kr_repr_leave(o);
    return kr_strbuilder_finish(&b);
fail:
    kr_strbuilder_discard(&b);
    kr_repr_leave(o);
    return NULL;
}

static KrObject *list_richcompare(KrObject *a, KrObject *b, int op)
{
    if (!KR_LIST_CHECK(a) || !KR_LIST_CHECK(b)) KR_RETURN_NOTIMPLEMENTED;
    if (KR_SIZE(a) != KR_SIZE(b) && (op == KR_EQ || op == KR_NE)) return kr_bool_from(op == KR_NE);
    return kr_tuple_compare_items(a, b, op, 1);
}

static ssize_t list_length(KrObject *o) { return KR_SIZE(o); }

static KrObject *list_item(KrObject *o, ssize_t i)
{
    if ((size_t)i >= (size_t)KR_SIZE(o)) {
        kr_err_set_string(kr_exc_IndexError, "list index out of range");
        return NULL;
    }
    return kr_newref(LIST(o)->ob_item[i]);
}

static int list_ass_item(KrObject *o, ssize_t i, KrObject *v)
{
    if ((size_t)i >= (size_t)KR_SIZE(o)) {
        kr_err_set_string(kr_exc_IndexError, "list assignment index out of range");
        return -1;
    }
    if (!v) return list_ass_slice(LIST(o), i, i + 1, NULL);
    KR_SETREF(LIST(o)->ob_item[i], kr_newref(v));
    return 0;
}

static int list_contains(KrObject *o, KrObject *v)
{
    for (ssize_t i = 0; i < KR_SIZE(o); i++) {
        KrObject *x = LIST(o)->ob_item[i];
        if (x == v) return 1;
        KR_INCREF(x);
        int k = kr_object_richcompare_bool(x, v, KR_EQ);
        KR_DECREF(x);
        if (k != 0) return k;
    }
    return 0;
}

static KrObject *list_concat(KrObject *a, KrObject *b)
{
    if (!KR_LIST_CHECK(b))
        return kr_err_format(kr_exc_TypeError, "can only concatenate list (not \"%.200s\") to list",
                             KR_TYPE(b)->tp_name);
    ssize_t na = KR_SIZE(a), nb = KR_SIZE(b);
    if (na > SSIZE_MAX - nb) return kr_err_no_memory();
    KrListObject *np = (KrListObject *)kr_list_new(0);
    if (!np) return NULL;
    if (na + nb == 0) return (KrObject *)np;
    if (list_prealloc(np, na + nb) < 0) {
        KR_DECREF(np);
        return NULL;
    }
    for (ssize_t i = 0; i < na; i++) np->ob_item[i] = kr_newref(LIST(a)->ob_item[i]);
    for (ssize_t i = 0; i < nb; i++) np->ob_item[na + i] = kr_newref(LIST(b)->ob_item[i]);
    KR_SIZE(np) = na + nb;
    return (KrObject *)np;
}

static KrObject *list_repeat(KrObject *a, ssize_t n)
{
    ssize_t len = KR_SIZE(a);
    if (n < 0) n = 0;
    if (len == 0 || n == 0) return kr_list_new(0);
    if (n > SSIZE_MAX / len) return kr_err_no_memory();
    KrListObject *np = (KrListObject *)kr_list_new(0);
    if (!np) return NULL;
    if (list_prealloc(np, len * n) < 0) {
        KR_DECREF(np);
        return NULL;
    }
    KrObject **dst = np->ob_item, **src = LIST(a)->ob_item;
    for (ssize_t k = 0; k < n; k++)
        for (ssize_t i = 0; i < len; i++) *dst++ = kr_newref(src[i]);
    KR_SIZE(np) = len * n;
    return (KrObject *)np;
}

static KrObject *list_inplace_concat(KrObject *self, KrObject *other)
{
    if (kr_list_extend(self, other) < 0) return NULL;
    return kr_newref(self);
}

static KrObject *list_inplace_repeat(KrObject *self, ssize_t n)
{
    KrListObject *a = LIST(self);
    ssize_t len = KR_SIZE(a);
    if (len == 0 || n == 1) return kr_newref(self);
    if (n < 1) {
        list_clear_items(a);
        return kr_newref(self);
    }
    if (len > SSIZE_MAX / n) return kr_err_no_memory();
    if (list_resize(a, len * n) < 0) return NULL;
    KrObject **items = a->ob_item;
    for (ssize_t k = 1; k < n; k++)
        for (ssize_t i = 0; i < len; i++) items[k * len + i] = kr_newref(items[i]);
    return kr_newref(self);
}

/* An index argument (not a slice) converted to a clamped ssize_t. */
static int list_index_arg(KrObject *key, ssize_t *out)
{
    if (KR_INT_CHECK_EXACT(key) && KR_INT_IS_SMALL(key)) {
        *out = (ssize_t)KR_INT_SMALL_VALUE(key);
        return 0;
    }
    ssize_t i = kr_number_as_ssize(key, kr_exc_IndexError);
    if (i == -1 && kr_err_occurred()) return -1;
    *out = i;
    return 0;
}

static KrObject *list_subscript(KrObject *o, KrObject *key)
{
    if (KR_SLICE_CHECK(key)) {
        ssize_t start, stop, step, len;
        if (kr_slice_get_indices(key, KR_SIZE(o), &start, &stop, &step, &len) < 0) return NULL;
        if (len <= 0) return kr_list_new(0);
        if (step == 1) return kr_list_get_slice(o, start, stop);
        KrListObject *np = (KrListObject *)kr_list_new(0);
        if (!np) return NULL;
        if (list_prealloc(np, len) < 0) {
            KR_DECREF(np);
            return NULL;
        }
        for (ssize_t i = 0, j = start; i < len; i++, j += step)
            np->ob_item[i] = kr_newref(LIST(o)->ob_item[j]);
        KR_SIZE(np) = len;
        return (KrObject *)np;
    }
    if ((KR_INT_CHECK_EXACT(key) && KR_INT_IS_SMALL(key)) || kr_index_check(key)) {
        ssize_t i;
        if (list_index_arg(key, &i) < 0) return NULL;
        if (i < 0) i += KR_SIZE(o);
        return list_item(o, i);
    }
    return kr_err_format(kr_exc_TypeError, "list indices must be integers or slices, not %.200s",
                         KR_TYPE(key)->tp_name);
}

static int list_ass_subscript(KrObject *o, KrObject *key, KrObject *value)
{
    KrListObject *self = LIST(o);
    if ((KR_INT_CHECK_EXACT(key) && KR_INT_IS_SMALL(key)) || (!KR_SLICE_CHECK(key) && kr_index_check(key))) {
        ssize_t i;
        if (list_index_arg(key, &i) < 0) return -1;
        if (i < 0) i += KR_SIZE(o);
        return list_ass_item(o, i, value);
    }
    if (!KR_SLICE_CHECK(key)) {
        kr_err_format(kr_exc_TypeError, "list indices must be integers or slices, not %.200s",
                      KR_TYPE(key)->tp_name);
        return -1;
    }
    ssize_t start, stop, step;
    if (kr_slice_unpack(key, &start, &stop, &step) < 0) return -1;
    ssize_t slicelen;
    if (!value) {
        slicelen = kr_slice_adjust_indices(KR_SIZE(o), &start, &stop, step);
        if (step == 1) return list_ass_slice(self, start, stop, NULL);
        if (slicelen <= 0) return 0;
        if (step < 0) {
            /* walk the same items forwards */
            stop = start + 1;
            start = stop + step * (slicelen - 1) - 1;
            step = -step;
        }
        KrObject **garbage = kr_mem_alloc((size_t)slicelen * sizeof(KrObject *));
        if (!garbage) {
            kr_err_no_memory();
            return -1;
        }
        /* compact the survivors over the deleted items */
        ssize_t cur, i;
        for (cur = start, i = 0; cur < stop; cur += step, i++) {
            ssize_t lim = step - 1;
            garbage[i] = self->ob_item[cur];
            if (cur + step >= KR_SIZE(o)) lim = KR_SIZE(o) - cur - 1;
            memmove(self->ob_item + cur - i, self->ob_item + cur + 1, (size_t)lim * sizeof(KrObject *));
        }
        cur = start + (ssize_t)slicelen * step;
        if (cur < KR_SIZE(o))
            memmove(self->ob_item + cur - slicelen, self->ob_item + cur,
                    (size_t)(KR_SIZE(o) - cur) * sizeof(KrObject *));
        list_resize(self, KR_SIZE(o) - slicelen);
        for (i = 0; i < slicelen; i++) KR_DECREF(garbage[i]);
        kr_mem_free(garbage);
        return 0;
    }
    /* assignment */
    if (step == 1) {
        kr_slice_adjust_indices(KR_SIZE(o), &start, &stop, step);
        return list_ass_slice(self, start, stop, value);
    }
    KrObject *seq;
    if (o == value) seq = kr_list_get_slice(value, 0, KR_SIZE(value));
    else seq = kr_sequence_fast(value, "must assign iterable to extended slice");
    if (!seq) return -1;
    slicelen = kr_slice_adjust_indices(KR_SIZE(o), &start, &stop, step);
    if (KR_SIZE(seq) != slicelen) {
        kr_err_format(kr_exc_ValueError,
                      "attempt to assign sequence of size %zd to extended slice of size %zd",
                      KR_SIZE(seq), slicelen);
        KR_DECREF(seq);
        return -1;
    }
    if (slicelen == 0) {
        KR_DECREF(seq);
        return 0;
    }
    KrObject **garbage = kr_mem_alloc((size_t)slicelen * sizeof(KrObject *));
    if (!garbage) {
        KR_DECREF(seq);
        kr_err_no_memory();
        return -1;
    }
    KrObject **src = KR_SEQUENCE_FAST_ITEMS(seq);
    for (ssize_t cur = start, i = 0; i < slicelen; cur += step, i++) {
        garbage[i] = self->ob_item[cur];
        self->ob_item[cur] = kr_newref(src[i]);
    }
    for (ssize_t i = 0; i < slicelen; i++) KR_DECREF(garbage[i]);
    kr_mem_free(garbage);
    KR_DECREF(seq);
    return 0;
}

/* ---- methods ---- */

/* An argument converted as CPython's Argument Clinic converts Py_ssize_t:
 * __index__, OverflowError past the machine range. 0 or -1. */
static int list_ssize_arg(KrObject *o, ssize_t *out)
{
    if (KR_INT_CHECK_EXACT(o) && KR_INT_IS_SMALL(o)) {
        *out = (ssize_t)KR_INT_SMALL_VALUE(o);
        return 0;
    }
    if (!kr_index_check(o)) {
        kr_err_format(kr_exc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                      KR_TYPE(o)->tp_name);
        return -1;
    }
    KrObject *i = kr_number_index(o);
    if (!i) return -1;
    ssize_t v = kr_int_as_ssize(i);
    KR_DECREF(i);
    if (v == -1 && kr_err_occurred()) return -1;
    *out = v;
    return 0;
}

static KrObject *list_append_meth(KrObject *self, KrObject *v)
{
    if (kr_list_append_steal(self, kr_newref(v)) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *list_extend_meth(KrObject *self, KrObject *iterable)
{
    if (kr_list_extend(self, iterable) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *list_insert_meth(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("insert", nargs, 2, 2) < 0) return NULL;
    ssize_t i;
    if (list_ssize_arg(args[0], &i) < 0) return NULL;
    if (list_insert_at(LIST(self), i, args[1]) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *list_pop_meth(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("pop", nargs, 0, 1) < 0) return NULL;
    ssize_t i = -1;
    if (nargs == 1 && list_ssize_arg(args[0], &i) < 0) return NULL;
    ssize_t n = KR_SIZE(self);
    if (n == 0) {
        kr_err_set_string(kr_exc_IndexError, "pop from empty list");
        return NULL;
    }
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        kr_err_set_string(kr_exc_IndexError, "pop index out of range");
        return NULL;
    }
    KrObject **items = LIST(self)->ob_item;
    KrObject *v = items[i];
    if (i == n - 1) {
        list_resize(LIST(self), n - 1);
        return v;
    }
    memmove(&items[i], &items[i + 1], (size_t)(n - i - 1) * sizeof(KrObject *));
    list_resize(LIST(self), n - 1);
    return v;
}

static KrObject *list_remove_meth(KrObject *self, KrObject *v)
{
    for (ssize_t i = 0; i < KR_SIZE(self); i++) {
        KrObject *x = LIST(self)->ob_item[i];
        KR_INCREF(x);
        int k = x == v ? 1 : kr_object_richcompare_bool(x, v, KR_EQ);
        KR_DECREF(x);
        if (k > 0) {
            if (list_ass_slice(LIST(self), i, i + 1, NULL) < 0) return NULL;
            KR_RETURN_NONE;
        }
        if (k < 0) return NULL;
    }
    kr_err_set_string(kr_exc_ValueError, "list.remove(x): x not in list");
    return NULL;
}

static KrObject *list_index_meth(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("index", nargs, 1, 3) < 0) return NULL;
    ssize_t start = 0, stop = SSIZE_MAX;
    if (nargs >= 2 && kr_tuple_index_bound(args[1], &start) < 0) return NULL;
    if (nargs >= 3 && kr_tuple_index_bound(args[2], &stop) < 0) return NULL;
    if (start < 0) { start += KR_SIZE(self); if (start < 0) start = 0; }
    if (stop < 0) { stop += KR_SIZE(self); if (stop < 0) stop = 0; }
    for (ssize_t i = start; i < stop && i < KR_SIZE(self); i++) {
        KrObject *x = LIST(self)->ob_item[i];
        KR_INCREF(x);
        int k = x == args[0] ? 1 : kr_object_richcompare_bool(x, args[0], KR_EQ);
        KR_DECREF(x);
        if (k > 0) return kr_int_from_ssize(i);
        if (k < 0) return NULL;
    }
    return kr_err_format(kr_exc_ValueError, "%R is not in list", args[0]);
}

static KrObject *list_count_meth(KrObject *self, KrObject *v)
{
    ssize_t c = 0;
    for (ssize_t i = 0; i < KR_SIZE(self); i++) {
        KrObject *x = LIST(self)->ob_item[i];
        if (x == v) {
            c++;
            continue;
        }
        KR_INCREF(x);
        int k = kr_object_richcompare_bool(x, v, KR_EQ);
        KR_DECREF(x);
        if (k < 0) return NULL;
        c += k;
    }
    return kr_int_from_ssize(c);
}

static KrObject *list_clear_meth(KrObject *self, KrObject *unused)
{
    list_clear_items(LIST(self));
    KR_RETURN_NONE;
}

static KrObject *list_copy_meth(KrObject *self, KrObject *unused)
{
    return kr_list_get_slice(self, 0, KR_SIZE(self));
}

static KrObject *list_reverse_meth(KrObject *self, KrObject *unused)
{
    kr_list_reverse(self);
    KR_RETURN_NONE;
}

static KrObject *list_sort_meth(KrObject *self, KrObject *const *args, ssize_t nargs,
                                KrObject *kwnames)
{
    ssize_t total = nargs + (kwnames ? KR_SIZE(kwnames) : 0);
    if (total > 2)
        return kr_err_format(kr_exc_TypeError, "sort() takes at most 2 arguments (%zd given)", total);
    if (nargs > 0) {
        kr_err_set_string(kr_exc_TypeError, "sort() takes no positional arguments");
        return NULL;
    }
    static const char *const names[] = { "key", "reverse", NULL };
    static const KrArgSpec spec = { "sort", names, 0, 0, 0 };
    KrObject *out[2] = { NULL, NULL };
    if (kwnames && kr_args_parse(&spec, args, nargs, kwnames, out) < 0) return NULL;
    int reverse = 0;
    if (out[1]) {
        /* reverse is converted as an int (bool or int subclass allowed) */
        ssize_t r;
        if (list_ssize_arg(out[1], &r) < 0) return NULL;
        reverse = r != 0;
    }
    KrObject *key = out[0] == KR_NONE ? NULL : out[0];
    if (kr_list_sort_impl(self, key, reverse) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *list_sizeof_meth(KrObject *self, KrObject *unused)
{
    size_t res = (size_t)KR_TYPE(self)->tp_basicsize + (size_t)LIST(self)->allocated * sizeof(KrObject *);
    return kr_int_from_ssize((ssize_t)res);
}

static KrObject *list_reversed_meth(KrObject *self, KrObject *unused);

static KrObject *list_getitem_meth(KrObject *self, KrObject *key) { return list_subscript(self, key); }

static KrMethodDef list_methods[] = {
    { "__getitem__", (void *)list_getitem_meth, KR_METH_O | KR_METH_COEXIST, "x.__getitem__(y) <==> x[y]" },
    { "__class_getitem__", (void *)kr_generic_alias_class_getitem, KR_METH_O | KR_METH_CLASS,
      "See PEP 585" },
    { "__reversed__", (void *)list_reversed_meth, KR_METH_NOARGS,
      "Return a reverse iterator over the list." },
    { "__sizeof__", (void *)list_sizeof_meth, KR_METH_NOARGS,
      "Return the size of the list in memory, in bytes." },
    { "clear", (void *)list_clear_meth, KR_METH_NOARGS, "Remove all items from list." },
    { "copy", (void *)list_copy_meth, KR_METH_NOARGS, "Return a shallow copy of the list." },
    { "append", (void *)list_append_meth, KR_METH_O, "Append object to the end of the list." },
    { "insert", (void *)list_insert_meth, KR_METH_FASTCALL, "Insert object before index." },
    { "extend", (void *)list_extend_meth, KR_METH_O,
      "Extend list by appending elements from the iterable." },
    { "pop", (void *)list_pop_meth, KR_METH_FASTCALL,
      "Remove and return item at index (default last).\n\n"
      "Raises IndexError if list is empty or index is out of range." },
    { "remove", (void *)list_remove_meth, KR_METH_O,
      "Remove first occurrence of value.\n\nRaises ValueError if the value is not present." },
    { "index", (void *)list_index_meth, KR_METH_FASTCALL,
      "Return first index of value.\n\nRaises ValueError if the value is not present." },
    { "count", (void *)list_count_meth, KR_METH_O, "Return number of occurrences of value." },
    { "reverse", (void *)list_reverse_meth, KR_METH_NOARGS, "Reverse *IN PLACE*." },
    { "sort", (void *)list_sort_meth, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Sort the list in ascending order and return None.\n\n"
      "The sort is in-place (i.e. the list itself is modified) and stable (i.e. the\n"
      "order of two equal elements is maintained).\n\n"
      "If a key function is given, apply it once to each list item and sort them,\n"
      "ascending or descending, according to their function values.\n\n"
      "The reverse flag can be set to sort in descending order." },
    { NULL, NULL, 0, NULL },
};

/* ---- construction ---- */

/* list.__init__(iterable=()): empties the list, then fills it. */
static int list_init_from(KrListObject *self, KrObject *iterable)
{
    if (self->ob_item) list_clear_items(self);
    if (!iterable) return 0;
    KrTypeObject *t = KR_TYPE(iterable);
    if ((t->tp_as_sequence && t->tp_as_sequence->sq_length) ||
        (t->tp_as_mapping && t->tp_as_mapping->mp_length)) {
        ssize_t n = kr_object_length(iterable);
        if (n < 0) {
            if (!kr_err_matches(kr_exc_TypeError)) return -1;
            kr_err_clear();
        } else if (n > 0 && !self->ob_item) {
            if (list_preallocate_exact(self, n) < 0) return -1;
        }
    }
    return kr_list_extend((KrObject *)self, iterable);
}

static int list_tp_init(KrObject *self, KrObject *args, KrObject *kwds)
{
    /* keywords are refused unless a subclass has its own __new__ */
    if ((KR_TYPE(self) == &kr_list_type || KR_TYPE(self)->tp_new == kr_list_type.tp_new) &&
        kr_args_no_kwargs("list", kwds) < 0)
        return -1;
    if (kr_args_check_count("list", KR_SIZE(args), 0, 1) < 0) return -1;
    return list_init_from(LIST(self), KR_SIZE(args) ? KR_TUPLE_ITEMS(args)[0] : NULL);
}

static KrObject *list_tp_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    KrObject *self = type->tp_alloc(type, 0);
    if (!self) return NULL;
    LIST(self)->ob_item = NULL;
    LIST(self)->allocated = 0;
    KR_SIZE(self) = 0;
    kr_gc_track(self);
    return self;
}

static KrObject *list_vectorcall(KrObject *type, KrObject *const *args, size_t nargsf,
                                 KrObject *kwnames)
{
    ssize_t nargs = kr_vectorcall_nargs(nargsf);
    if (kr_args_no_keywords("list", kwnames) < 0) return NULL;
    if (kr_args_check_count("list", nargs, 0, 1) < 0) return NULL;
    KrObject *list = list_tp_new((KrTypeObject *)type, NULL, NULL);
    if (!list) return NULL;
    if (nargs && list_init_from(LIST(list), args[0]) < 0) {
        KR_DECREF(list);
        return NULL;
    }
    return list;
}

/* ---- iterators ---- */

typedef struct {
    KrObject ob_base;
    ssize_t index;
    KrObject *seq;             /* NULL once exhausted */
} KrListIterObject;

static KrObject *list_iter_new(KrObject *seq, KrTypeObject *type, ssize_t index)
{
    KrListIterObject *it = KR_NEW(KrListIterObject, type);
    if (!it) return NULL;
    it->index = index;
    it->seq = kr_newref(seq);
    kr_gc_track(it);
    return (KrObject *)it;
}

static KrObject *list_iter(KrObject *seq) { return list_iter_new(seq, &kr_list_iter_type, 0); }

static KrObject *list_reversed_meth(KrObject *self, KrObject *unused)
{
    return list_iter_new(self, &kr_list_reverse_iter_type, KR_SIZE(self) - 1);
}

static void listiter_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_XDECREF(((KrListIterObject *)o)->seq);
    KR_TYPE(o)->tp_free(o);
}

static int listiter_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrListIterObject *)o)->seq);
    return 0;
}

static KrObject *listiter_next(KrObject *o)
{
    KrListIterObject *it = (KrListIterObject *)o;
    KrObject *seq = it->seq;
    if (!seq) return NULL;
    if (it->index < KR_SIZE(seq)) return kr_newref(LIST(seq)->ob_item[it->index++]);
    it->seq = NULL;
    KR_DECREF(seq);
    return NULL;
}

static KrObject *listiter_length_hint(KrObject *o, KrObject *unused)
{
    KrListIterObject *it = (KrListIterObject *)o;
    ssize_t n = it->seq ? KR_SIZE(it->seq) - it->index : 0;
    return kr_int_from_ssize(n < 0 ? 0 : n);
}

static KrObject *listreviter_next(KrObject *o)
{
    KrListIterObject *it = (KrListIterObject *)o;
    KrObject *seq = it->seq;
    if (!seq) return NULL;
    if (it->index >= 0 && it->index < KR_SIZE(seq)) return kr_newref(LIST(seq)->ob_item[it->index--]);
    it->index = -1;
    it->seq = NULL;
    KR_DECREF(seq);
    return NULL;
}

static KrObject *listreviter_length_hint(KrObject *o, KrObject *unused)
{
    KrListIterObject *it = (KrListIterObject *)o;
    ssize_t n = it->index + 1;
    if (!it->seq || KR_SIZE(it->seq) < n) n = 0;
    return kr_int_from_ssize(n);
}

static KrObject *listiter_reduce(KrObject *o, KrObject *unused)
{
    KrListIterObject *it = (KrListIterObject *)o;
    if (!it->seq) {
        /* (iter, ([],)) for an exhausted iterator */
        KrObject *f = kr_iter_builtin("iter");
        KrObject *l = f ? kr_list_new(0) : NULL;
        KrObject *args = l ? kr_tuple_pack(1, l) : NULL;
        KrObject *res = args ? kr_tuple_pack(2, f, args) : NULL;
        KR_XDECREF(f);
        KR_XDECREF(l);
        KR_XDECREF(args);
        return res;
    }
    return kr_iter_reduce_seq(KR_TYPE(o) == &kr_list_iter_type ? "iter" : "reversed", it->seq, it->index);
}

static KrObject *listiter_setstate(KrObject *o, KrObject *state)
{
    KrListIterObject *it = (KrListIterObject *)o;
    ssize_t index;
    if (kr_iter_state_index(state, &index) < 0) return NULL;
    if (it->seq) {
        ssize_t n = KR_SIZE(it->seq);
        if (KR_TYPE(o) == &kr_list_iter_type) {
            if (index < 0) index = 0;
            else if (index > n) index = n;
        } else {
            if (index < -1) index = -1;
            else if (index > n - 1) index = n - 1;
        }
        it->index = index;
    }
    KR_RETURN_NONE;
}

static KrMethodDef listiter_methods[] = {
    { "__length_hint__", (void *)listiter_length_hint, KR_METH_NOARGS, NULL },
    { "__reduce__", (void *)listiter_reduce, KR_METH_NOARGS, "Return state information for pickling." },
    { "__setstate__", (void *)listiter_setstate, KR_METH_O, "Set state information for unpickling." },
    { NULL, NULL, 0, NULL },
};

static KrMethodDef listreviter_methods[] = {
    { "__length_hint__", (void *)listreviter_length_hint, KR_METH_NOARGS, NULL },
    { "__reduce__", (void *)listiter_reduce, KR_METH_NOARGS, "Return state information for pickling." },
    { "__setstate__", (void *)listiter_setstate, KR_METH_O, "Set state information for unpickling." },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_list_iter_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "list_iterator",
    .tp_basicsize = sizeof(KrListIterObject),
    .tp_dealloc = listiter_dealloc,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = listiter_traverse,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = listiter_next,
    .tp_methods = listiter_methods,
    .tp_alloc = kr_object_alloc,
    .tp_free = kr_object_free,
};

KrTypeObject kr_list_reverse_iter_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "list_reverseiterator",
    .tp_basicsize = sizeof(KrListIterObject),
    .tp_dealloc = listiter_dealloc,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = listiter_traverse,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = listreviter_next,
    .tp_methods = listreviter_methods,
    .tp_alloc = kr_object_alloc,
    .tp_free = kr_object_free,
};

/* ---- the type ---- */

static KrSequenceMethods list_as_sequence = {
    .sq_length = list_length,
    .sq_concat = list_concat,
    .sq_repeat = list_repeat,
    .sq_item = list_item,
    .sq_ass_item = list_ass_item,
    .sq_contains = list_contains,
    .sq_inplace_concat = list_inplace_concat,
    .sq_inplace_repeat = list_inplace_repeat,
};

static KrMappingMethods list_as_mapping = {
    .mp_length = list_length,
    .mp_subscript = list_subscript,
    .mp_ass_subscript = list_ass_subscript,
};

KrTypeObject kr_list_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "list",
    .tp_basicsize = sizeof(KrListObject),
    .tp_dealloc = list_dealloc,
    .tp_repr = list_repr,
    .tp_as_sequence = &list_as_sequence,
    .tp_as_mapping = &list_as_mapping,
    .tp_hash = kr_object_hash_not_implemented,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE |
                KR_TPFLAGS_LIST_SUBCLASS | KR_TPFLAGS_SEQUENCE | KR_TPFLAGS_MATCH_SELF,
    .tp_doc = "Built-in mutable sequence.\n\n"
              "If no argument is given, the constructor creates a new empty list.\n"
              "The argument must be an iterable if specified.",
    .tp_traverse = list_traverse,
    .tp_clear = list_tp_clear,
    .tp_richcompare = list_richcompare,
    .tp_iter = list_iter,
    .tp_methods = list_methods,
    .tp_init = list_tp_init,
    .tp_alloc = kr_object_alloc,
    .tp_new = list_tp_new,
    .tp_free = kr_object_free,
    .tp_vectorcall = list_vectorcall,
};

int kr_list_init(void)
{
    if (kr_type_ready(&kr_list_type) < 0) return -1;
    if (kr_type_ready(&kr_list_iter_type) < 0) return -1;
    if (kr_type_ready(&kr_list_reverse_iter_type) < 0) return -1;
    return 0;
}
