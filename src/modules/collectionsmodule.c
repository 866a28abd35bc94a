/* collectionsmodule.c — the _collections module: deque (a growable ring
 * buffer) with its forward and reverse iterators, defaultdict (a dict
 * subclass with __missing__), _count_elements and _tuplegetter (namedtuple
 * fields), with CPython 3.11's behaviour and messages. */
#include "collectionsmodule.h"
#include "modargs.h"
#include "../objects/type.h"
#include "../objects/tuple.h"
#include "../objects/list.h"
#include "../objects/int.h"
#include "../objects/str.h"
#include "../objects/dict.h"
#include "../objects/weakref.h"
#include "../objects/genericalias.h"
#include "../memory/gc.h"
#include "../memory/mem.h"
#include "../vm/err.h"

#include <stddef.h>
#include <limits.h>

/* ---- deque ---- */

typedef struct {
    KrObject ob_base;
    KrObject **items;   /* ring buffer of cap slots (cap a power of two or 0) */
    ssize_t cap;
    ssize_t head;
    ssize_t len;
    ssize_t maxlen;     /* -1: unbounded */
    size_t state;       /* bumped by every mutation */
    KrObject *weakreflist;
} KrDequeObject;

#define DQ(o) ((KrDequeObject *)(o))
#define DQ_AT(d, i) ((d)->items[((d)->head + (i)) & ((d)->cap - 1)])
#define DEQUE_CHECK(o) KR_TYPE_CHECK_EXACT_OR_SUB((o), &kr_collections_deque_type)

static int deque_grow(KrDequeObject *d)
{
    ssize_t ncap = d->cap ? d->cap * 2 : 8;
    KrObject **n = kr_mem_alloc((size_t)ncap * sizeof(KrObject *));
    if (!n) {
        kr_err_no_memory();
        return -1;
    }
    for (ssize_t i = 0; i < d->len; i++) n[i] = DQ_AT(d, i);
    kr_mem_free(d->items);
    d->items = n;
    d->cap = ncap;
    d->head = 0;
    return 0;
}

/* Raw pushes/pops: steal / return references, no maxlen handling. */
static int deque_push_right(KrDequeObject *d, KrObject *v)
{
    if (d->len == d->cap && deque_grow(d) < 0) return -1;
    DQ_AT(d, d->len) = v;
    d->len++;
    d->state++;
    return 0;
}

static int deque_push_left(KrDequeObject *d, KrObject *v)
{
    if (d->len == d->cap && deque_grow(d) < 0) return -1;
    d->head = (d->head - 1) & (d->cap - 1);
    d->items[d->head] = v;
    d->len++;
    d->state++;
    return 0;
}

static KrObject *deque_pop_right_raw(KrDequeObject *d)
{
    KrObject *v = DQ_AT(d, d->len - 1);
    d->len--;
    d->state++;
    return v;
}

static KrObject *deque_pop_left_raw(KrDequeObject *d)
{
    KrObject *v = d->items[d->head];
    d->head = (d->head + 1) & (d->cap - 1);
    d->len--;
    d->state++;
    return v;
}

/* append/appendleft with maxlen trimming; borrows v. 0 or -1. */
static int deque_append_internal(KrDequeObject *d, KrObject *v)
{
    if (d->maxlen == 0) return 0;
    if (deque_push_right(d, kr_newref(v)) < 0) {
        KR_DECREF(v);
        return -1;
    }
    if (d->maxlen >= 0 && d->len > d->maxlen) KR_DECREF(deque_pop_left_raw(d));
    return 0;
}

static int deque_appendleft_internal(KrDequeObject *d, KrObject *v)
{
    if (d->maxlen == 0) return 0;
    if (deque_push_left(d, kr_newref(v)) < 0) {
        KR_DECREF(v);
        return -1;
    }
    if (d->maxlen >= 0 && d->len > d->maxlen) KR_DECREF(deque_pop_right_raw(d));
    return 0;
}

static void deque_clear_items(KrDequeObject *d)
{
    while (d->len > 0) KR_DECREF(deque_pop_right_raw(d));
    d->state++;
}

static KrObject *deque_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    KrDequeObject *d = (KrDequeObject *)type->tp_alloc(type, 0);
    if (!d) return NULL;
    d->items = NULL;
    d->cap = d->head = d->len = 0;
    d->maxlen = -1;
    d->state = 0;
    d->weakreflist = NULL;
    kr_gc_track(d);
    return (KrObject *)d;
}

static int deque_extend_internal(KrDequeObject *d, KrObject *iterable, int left)
{
    if (iterable == (KrObject *)d) {
        KrObject *copy = kr_sequence_list(iterable);
        if (!copy) return -1;
        int r = deque_extend_internal(d, copy, left);
        KR_DECREF(copy);
        return r;
    }
    KrObject *it = kr_object_get_iter(iterable);
    if (!it) return -1;
    for (;;) {
        KrObject *item = kr_iter_next(it);
        if (!item) break;
        int r = left ? deque_appendleft_internal(d, item) : deque_append_internal(d, item);
        KR_DECREF(item);
        if (r < 0) {
            KR_DECREF(it);
            return -1;
        }
    }
    KR_DECREF(it);
    return kr_err_occurred() ? -1 : 0;
}

static int deque_init(KrObject *self, KrObject *args, KrObject *kwds)
{
    static const char *const names[] = { "iterable", "maxlen", NULL };
    static const KrArgSpec spec = { "deque", names, 0, 2, 0 };
    KrObject *a[2];
    if (kr_modargs_parse_tuple(&spec, args, kwds, a) < 0) return -1;
    KrDequeObject *d = DQ(self);
    ssize_t maxlen = -1;
    if (a[1] && a[1] != KR_NONE) {
        if (!KR_INT_CHECK(a[1])) {
            kr_err_set_string(kr_exc_TypeError, "an integer is required");
            return -1;
        }
        maxlen = kr_int_as_ssize(a[1]);
        if (maxlen == -1 && kr_err_occurred()) return -1;
        if (maxlen < 0) {
            kr_err_set_string(kr_exc_ValueError, "maxlen must be non-negative");
            return -1;
        }
    }
    d->maxlen = maxlen;
    if (d->len > 0) deque_clear_items(d);
    if (a[0]) return deque_extend_internal(d, a[0], 0);
    return 0;
}

static int deque_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrDequeObject *d = DQ(o);
    for (ssize_t i = 0; i < d->len; i++) KR_VISIT(DQ_AT(d, i));
    return 0;
}

static int deque_tp_clear(KrObject *o)
{
    deque_clear_items(DQ(o));
    return 0;
}

static void deque_dealloc(KrObject *o)
{
    KrDequeObject *d = DQ(o);
    kr_gc_untrack(o);
    if (d->weakreflist && kr_weakref_clear_refs) kr_weakref_clear_refs(o);
    deque_clear_items(d);
    kr_mem_free(d->items);
    d->items = NULL;
    KR_TYPE(o)->tp_free(o);
}

static KrObject *deque_append(KrObject *self, KrObject *v)
{
    if (deque_append_internal(DQ(self), v) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *deque_appendleft(KrObject *self, KrObject *v)
{
    if (deque_appendleft_internal(DQ(self), v) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *deque_pop(KrObject *self, KrObject *unused)
{
    if (DQ(self)->len == 0) return kr_err_format(kr_exc_IndexError, "pop from an empty deque");
    return deque_pop_right_raw(DQ(self));
}

static KrObject *deque_popleft(KrObject *self, KrObject *unused)
{
    if (DQ(self)->len == 0) return kr_err_format(kr_exc_IndexError, "pop from an empty deque");
    return deque_pop_left_raw(DQ(self));
}

static KrObject *deque_extend(KrObject *self, KrObject *iterable)
{
    if (deque_extend_internal(DQ(self), iterable, 0) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *deque_extendleft(KrObject *self, KrObject *iterable)
{
    if (deque_extend_internal(DQ(self), iterable, 1) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *deque_clearmethod(KrObject *self, KrObject *unused)
{
    deque_clear_items(DQ(self));
    KR_RETURN_NONE;
}

static KrObject *deque_copy(KrObject *self, KrObject *unused)
{
    KrDequeObject *d = DQ(self);
    if (KR_TYPE(self) == &kr_collections_deque_type) {
        KrDequeObject *n = (KrDequeObject *)deque_new(&kr_collections_deque_type, NULL, NULL);
        if (!n) return NULL;
        n->maxlen = d->maxlen;
        for (ssize_t i = 0; i < d->len; i++) {
            if (deque_push_right(n, kr_newref(DQ_AT(d, i))) < 0) {
                KR_DECREF(n);
                return NULL;
            }
        }
        return (KrObject *)n;
    }
    KrObject *args;
    if (d->maxlen < 0) {
        args = kr_tuple_pack(1, self);
    } else {
        KrObject *ml = kr_int_from_ssize(d->maxlen);
        args = ml ? kr_tuple_pack(2, self, ml) : NULL;
        KR_XDECREF(ml);
    }
    if (!args) return NULL;
    KrObject *res = kr_object_call((KrObject *)KR_TYPE(self), args, NULL);
    KR_DECREF(args);
    return res;
}

/* Searches v from start to stop: index, -1 if missing, -2 on error. */
static ssize_t deque_find(KrDequeObject *d, KrObject *v, ssize_t start, ssize_t stop, const char *mutmsg,
                          KrObject *mutexc)
{
    size_t state = d->state;
    for (ssize_t i = start; i < stop && i < d->len; i++) {
        KrObject *item = kr_newref(DQ_AT(d, i));
        int r = kr_object_richcompare_bool(item, v, KR_EQ);
        KR_DECREF(item);
        if (r < 0) return -2;
        if (state != d->state) {
            kr_err_set_string(mutexc, mutmsg);
            return -2;
        }
        if (r) return i;
    }
    return -1;
}

static KrObject *deque_count(KrObject *self, KrObject *v)
{
    KrDequeObject *d = DQ(self);
    size_t state = d->state;
    ssize_t n = 0;
    for (ssize_t i = 0; i < d->len; i++) {
        KrObject *item = kr_newref(DQ_AT(d, i));
        int r = kr_object_richcompare_bool(item, v, KR_EQ);
        KR_DECREF(item);
        if (r < 0) return NULL;
        if (state != d->state)
            return kr_err_format(kr_exc_RuntimeError, "deque mutated during iteration");
        n += r;
    }
    return kr_int_from_ssize(n);
}

static int deque_contains(KrObject *self, KrObject *v)
{
    ssize_t i = deque_find(DQ(self), v, 0, DQ(self)->len, "deque mutated during iteration", kr_exc_RuntimeError);
    if (i == -2) return -1;
    return i >= 0;
}

/* Slice-style index normalisation for index(): negative counts from the end. */
static int slice_index(KrObject *o, ssize_t len, ssize_t *out)
{
    ssize_t v = kr_number_as_ssize(o, NULL);
    if (v == -1 && kr_err_occurred()) {
        if (kr_err_matches(kr_exc_TypeError)) {
            kr_err_clear();
            kr_err_set_string(kr_exc_TypeError,
                              "slice indices must be integers or have an __index__ method");
        }
        return -1;
    }
    if (v < 0) {
        v += len;
        if (v < 0) v = 0;
    }
    if (v > len) v = len;
    *out = v;
    return 0;
}

static KrObject *deque_index(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrDequeObject *d = DQ(self);
    if (nargs < 1 || nargs > 3)
        return kr_err_format(kr_exc_TypeError, "index() takes %s %d argument%s (%zd given)",
                             nargs < 1 ? "at least" : "at most", nargs < 1 ? 1 : 3, nargs < 1 ? "" : "s", nargs);
    ssize_t start = 0, stop = d->len;
    if (nargs > 1 && slice_index(args[1], d->len, &start) < 0) return NULL;
    if (nargs > 2 && slice_index(args[2], d->len, &stop) < 0) return NULL;
    ssize_t i = deque_find(d, args[0], start, stop, "deque mutated during iteration", kr_exc_RuntimeError);
    if (i == -2) return NULL;
    if (i < 0) return kr_err_format(kr_exc_ValueError, "%R is not in deque", args[0]);
    return kr_int_from_ssize(i);
}

/* Removes the item at i (0 <= i < len), returning it (new ref). */
static KrObject *deque_take(KrDequeObject *d, ssize_t i)
{
    KrObject *v = DQ_AT(d, i);
    if (i < d->len / 2) {
        for (ssize_t j = i; j > 0; j--) DQ_AT(d, j) = DQ_AT(d, j - 1);
        d->head = (d->head + 1) & (d->cap - 1);
    } else {
        for (ssize_t j = i; j < d->len - 1; j++) DQ_AT(d, j) = DQ_AT(d, j + 1);
    }
    d->len--;
    d->state++;
    return v;
}

static KrObject *deque_remove(KrObject *self, KrObject *v)
{
    KrDequeObject *d = DQ(self);
    ssize_t i = deque_find(d, v, 0, d->len, "deque mutated during iteration", kr_exc_IndexError);
    if (i == -2) return NULL;
    if (i < 0) return kr_err_format(kr_exc_ValueError, "%R is not in deque", v);
    KR_DECREF(deque_take(d, i));
    KR_RETURN_NONE;
}

static KrObject *deque_insert(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrDequeObject *d = DQ(self);
    if (nargs != 2)
        return kr_err_format(kr_exc_TypeError, "insert() takes exactly 2 arguments (%zd given)", nargs);
    ssize_t i = kr_number_as_ssize(args[0], kr_exc_OverflowError);
    if (i == -1 && kr_err_occurred()) return NULL;
    if (d->maxlen == d->len) return kr_err_format(kr_exc_IndexError, "deque already at its maximum size");
    if (i < 0) {
        i += d->len;
        if (i < 0) i = 0;
    }
    if (i > d->len) i = d->len;
    if (deque_push_right(d, kr_newref(args[1])) < 0) return NULL;
    for (ssize_t j = d->len - 1; j > i; j--) DQ_AT(d, j) = DQ_AT(d, j - 1);
    DQ_AT(d, i) = args[1];
    KR_RETURN_NONE;
}

static void deque_rotate_internal(KrDequeObject *d, ssize_t n)
{
    ssize_t len = d->len;
    if (len <= 1) return;
    ssize_t half = len >> 1;
    if (n > half || n < -half) {
        n %= len;
        if (n > half) n -= len;
        else if (n < -half) n += len;
    }
    for (; n > 0; n--) {
        KrObject *v = DQ_AT(d, len - 1);
        d->head = (d->head - 1) & (d->cap - 1);
        d->items[d->head] = v;
    }
    for (; n < 0; n++) {
        KrObject *v = d->items[d->head];
        d->head = (d->head + 1) & (d->cap - 1);
        DQ_AT(d, len - 1) = v;
    }
    d->state++;
}

static KrObject *deque_rotate(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (nargs > 1)
        return kr_err_format(kr_exc_TypeError, "deque.rotate expected at most 1 argument, got %zd", nargs);
    ssize_t n = 1;
    if (nargs) {
        n = kr_number_as_ssize(args[0], kr_exc_OverflowError);
        if (n == -1 && kr_err_occurred()) return NULL;
    }
    deque_rotate_internal(DQ(self), n);
    KR_RETURN_NONE;
}

static KrObject *deque_reverse(KrObject *self, KrObject *unused)
{
    KrDequeObject *d = DQ(self);
    for (ssize_t i = 0, j = d->len - 1; i < j; i++, j--) {
        KrObject *t = DQ_AT(d, i);
        DQ_AT(d, i) = DQ_AT(d, j);
        DQ_AT(d, j) = t;
    }
    d->state++;
    KR_RETURN_NONE;
}

static ssize_t deque_length(KrObject *self)
{
    return DQ(self)->len;
}

static KrObject *deque_item(KrObject *self, ssize_t i)
{
    KrDequeObject *d = DQ(self);
    if (i < 0 || i >= d->len) return kr_err_format(kr_exc_IndexError, "deque index out of range");
    return kr_newref(DQ_AT(d, i));
}

static int deque_ass_item(KrObject *self, ssize_t i, KrObject *v)
{
    KrDequeObject *d = DQ(self);
    if (i < 0 || i >= d->len) {
        kr_err_set_string(kr_exc_IndexError, "deque index out of range");
        return -1;
    }
    if (!v) {
        KR_DECREF(deque_take(d, i));
        return 0;
    }
    KrObject *old = DQ_AT(d, i);
    DQ_AT(d, i) = kr_newref(v);
    KR_DECREF(old);
    return 0;
}

static KrObject *deque_concat(KrObject *self, KrObject *other)
{
    if (!DEQUE_CHECK(other))
        return kr_err_format(kr_exc_TypeError, "can only concatenate deque (not \"%.200s\") to deque",
                             KR_TYPE(other)->tp_name);
    KrObject *n = deque_copy(self, NULL);
    if (!n) return NULL;
    if (deque_extend_internal(DQ(n), other, 0) < 0) {
        KR_DECREF(n);
        return NULL;
    }
    return n;
}

static KrObject *deque_inplace_concat(KrObject *self, KrObject *other)
{
    if (deque_extend_internal(DQ(self), other, 0) < 0) return NULL;
    return kr_newref(self);
}

static KrObject *deque_inplace_repeat(KrObject *self, ssize_t n)
{
    KrDequeObject *d = DQ(self);
    ssize_t len = d->len;
    if (n <= 0 || len == 0) {
        deque_clear_items(d);
        return kr_newref(self);
    }
    if (n == 1) return kr_newref(self);
    if (len > SSIZE_MAX / n) return kr_err_no_memory();
    ssize_t total = len * n;
    ssize_t keep = (d->maxlen >= 0 && d->maxlen < total) ? d->maxlen : total;
    KrObject *orig = kr_sequence_list(self);
    if (!orig) return NULL;
    deque_clear_items(d);
    for (ssize_t p = total - keep; p < total; p++) {
        if (deque_push_right(d, kr_newref(KR_LIST_ITEMS(orig)[p % len])) < 0) {
            KR_DECREF(orig);
            return NULL;
        }
    }
    KR_DECREF(orig);
    return kr_newref(self);
}

static KrObject *deque_repeat(KrObject *self, ssize_t n)
{
    KrObject *c = deque_copy(self, NULL);
    if (!c) return NULL;
    KrObject *r = deque_inplace_repeat(c, n);
    KR_DECREF(c);
    return r;
}

static KrObject *deque_richcompare(KrObject *a, KrObject *b, int op)
{
    if (!DEQUE_CHECK(a) || !DEQUE_CHECK(b)) KR_RETURN_NOTIMPLEMENTED;
    KrObject *la = kr_sequence_list(a);
    if (!la) return NULL;
    KrObject *lb = kr_sequence_list(b);
    if (!lb) {
        KR_DECREF(la);
        return NULL;
    }
    KrObject *r = kr_object_richcompare(la, lb, op);
    KR_DECREF(la);
    KR_DECREF(lb);
    return r;
}

static KrObject *deque_repr(KrObject *self)
{
    KrObject *name = kr_type_get_name(KR_TYPE(self));
    if (!name) return NULL;
    int r = kr_repr_enter(self);
    if (r != 0) {
        KR_DECREF(name);
        return r > 0 ? kr_str_from_format("[...]") : NULL;
    }
    KrObject *res = NULL;
    KrObject *lst = kr_sequence_list(self);
    if (lst) {
        KrObject *lr = kr_object_repr(lst);
        if (lr) {
            if (DQ(self)->maxlen >= 0)
                res = kr_str_from_format("%U(%U, maxlen=%zd)", name, lr, DQ(self)->maxlen);
            else
                res = kr_str_from_format("%U(%U)", name, lr);
            KR_DECREF(lr);
        }
        KR_DECREF(lst);
    }
    kr_repr_leave(self);
    KR_DECREF(name);
    return res;
}

static KrObject *deque_get_maxlen(KrObject *self, void *c)
{
    if (DQ(self)->maxlen < 0) KR_RETURN_NONE;
    return kr_int_from_ssize(DQ(self)->maxlen);
}

static KrObject *deque_reduce(KrObject *self, KrObject *unused)
{
    KrObject *state = NULL;
    KrObject **dp = kr_object_dict_ptr(self);
    if (dp && *dp && kr_dict_size(*dp) > 0) state = *dp;
    KrObject *args;
    if (DQ(self)->maxlen < 0) {
        args = kr_tuple_new(0);
    } else {
        KrObject *empty = kr_tuple_new(0);
        KrObject *ml = kr_int_from_ssize(DQ(self)->maxlen);
        args = (empty && ml) ? kr_tuple_pack(2, empty, ml) : NULL;
        KR_XDECREF(empty);
        KR_XDECREF(ml);
    }
    if (!args) return NULL;
    KrObject *it = kr_object_get_iter(self);
    KrObject *res = it ? kr_tuple_pack(4, (KrObject *)KR_TYPE(self), args, state ? state : KR_NONE, it) : NULL;
    KR_XDECREF(it);
    KR_DECREF(args);
    return res;
}

static KrObject *deque_sizeof(KrObject *self, KrObject *unused)
{
    return kr_int_from_ssize((ssize_t)sizeof(KrDequeObject) + DQ(self)->cap * (ssize_t)sizeof(KrObject *));
}

static KrObject *deque_iter(KrObject *self);
static KrObject *deque_reversed(KrObject *self, KrObject *unused);

static KrSequenceMethods deque_as_sequence = {
    .sq_length = deque_length,
    .sq_concat = deque_concat,
    .sq_repeat = deque_repeat,
    .sq_item = deque_item,
    .sq_ass_item = deque_ass_item,
    .sq_contains = deque_contains,
    .sq_inplace_concat = deque_inplace_concat,
    .sq_inplace_repeat = deque_inplace_repeat,
};

static KrGetSetDef deque_getset[] = {
    { "maxlen", deque_get_maxlen, NULL, "maximum size of a deque or None if unbounded", NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static KrMethodDef deque_methods[] = {
    { "append", (void *)deque_append, KR_METH_O, "Add an element to the right side of the deque." },
    { "appendleft", (void *)deque_appendleft, KR_METH_O, "Add an element to the left side of the deque." },
    { "clear", (void *)deque_clearmethod, KR_METH_NOARGS, "Remove all elements from the deque." },
    { "__copy__", (void *)deque_copy, KR_METH_NOARGS, "Return a shallow copy of a deque." },
    { "copy", (void *)deque_copy, KR_METH_NOARGS, "Return a shallow copy of a deque." },
    { "count", (void *)deque_count, KR_METH_O, "D.count(value) -- return number of occurrences of value" },
    { "extend", (void *)deque_extend, KR_METH_O, "Extend the right side of the deque with elements from the iterable" },
    { "extendleft", (void *)deque_extendleft, KR_METH_O, "Extend the left side of the deque with elements from the iterable" },
    { "index", (void *)deque_index, KR_METH_FASTCALL,
      "D.index(value, [start, [stop]]) -- return first index of value.\nRaises ValueError if the value is not present." },
    { "insert", (void *)deque_insert, KR_METH_FASTCALL, "D.insert(index, object) -- insert object before index" },
    { "pop", (void *)deque_pop, KR_METH_NOARGS, "Remove and return the rightmost element." },
    { "popleft", (void *)deque_popleft, KR_METH_NOARGS, "Remove and return the leftmost element." },
    { "__reduce__", (void *)deque_reduce, KR_METH_NOARGS, "Return state information for pickling." },
    { "remove", (void *)deque_remove, KR_METH_O, "D.remove(value) -- remove first occurrence of value." },
    { "__reversed__", (void *)deque_reversed, KR_METH_NOARGS, "D.__reversed__() -- return a reverse iterator over the deque" },
    { "reverse", (void *)deque_reverse, KR_METH_NOARGS, "D.reverse() -- reverse *IN PLACE*" },
    { "rotate", (void *)deque_rotate, KR_METH_FASTCALL, "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left." },
    { "__sizeof__", (void *)deque_sizeof, KR_METH_NOARGS, "D.__sizeof__() -- size of D in memory, in bytes" },
    { "__class_getitem__", (void *)kr_generic_alias_class_getitem, KR_METH_O | KR_METH_CLASS, "See PEP 585" },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_collections_deque_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "collections.deque",
    .tp_basicsize = sizeof(KrDequeObject),
    .tp_dealloc = deque_dealloc,
    .tp_repr = deque_repr,
    .tp_as_sequence = &deque_as_sequence,
    .tp_hash = kr_object_hash_not_implemented,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_SEQUENCE,
    .tp_doc = "deque([iterable[, maxlen]]) --> deque object\n\n"
              "A list-like sequence optimized for data accesses near its endpoints.",
    .tp_traverse = deque_traverse,
    .tp_clear = deque_tp_clear,
    .tp_richcompare = deque_richcompare,
    .tp_weaklistoffset = offsetof(KrDequeObject, weakreflist),
    .tp_iter = deque_iter,
    .tp_methods = deque_methods,
    .tp_getset = deque_getset,
    .tp_init = deque_init,
    .tp_alloc = kr_object_alloc,
    .tp_new = deque_new,
    .tp_free = kr_object_free,
};

/* ---- deque iterators ---- */

typedef struct {
    KrObject ob_base;
    KrObject *deque;
    ssize_t index;   /* next position */
    size_t state;
    ssize_t counter; /* items left */
} KrDequeIterObject;

static KrObject *dequeiter_make(KrTypeObject *type, KrObject *deque, int reverse)
{
    KrDequeIterObject *it = (KrDequeIterObject *)kr_object_alloc(type, 0);
    if (!it) return NULL;
    it->deque = kr_newref(deque);
    it->index = reverse ? DQ(deque)->len - 1 : 0;
    it->state = DQ(deque)->state;
    it->counter = DQ(deque)->len;
    kr_gc_track(it);
    return (KrObject *)it;
}

static KrObject *deque_iter(KrObject *self)
{
    return dequeiter_make(&kr_collections_dequeiter_type, self, 0);
}

static KrObject *deque_reversed(KrObject *self, KrObject *unused)
{
    return dequeiter_make(&kr_collections_dequereviter_type, self, 1);
}

static KrObject *dequeiter_next_common(KrObject *o, int step)
{
    KrDequeIterObject *it = (KrDequeIterObject *)o;
    KrDequeObject *d = DQ(it->deque);
    if (d->state != it->state) {
        it->counter = 0;
        return kr_err_format(kr_exc_RuntimeError, "deque mutated during iteration");
    }
    if (it->counter == 0) return NULL;
    KrObject *item = DQ_AT(d, it->index);
    it->index += step;
    it->counter--;
    return kr_newref(item);
}

static KrObject *dequeiter_next(KrObject *o)
{
    return dequeiter_next_common(o, 1);
}

static KrObject *dequereviter_next(KrObject *o)
{
    return dequeiter_next_common(o, -1);
}

static KrObject *dequeiter_new_common(KrTypeObject *type, KrObject *args, int reverse)
{
    if (kr_args_check_count(type->tp_name, KR_SIZE(args), 1, 2) < 0) return NULL;
    KrObject *deque = KR_TUPLE_ITEMS(args)[0];
    if (!DEQUE_CHECK(deque))
        return kr_err_format(kr_exc_TypeError, "%s() argument 1 must be collections.deque, not %s",
                             type->tp_name, KR_TYPE(deque)->tp_name);
    KrObject *it = dequeiter_make(type, deque, reverse);
    if (!it || KR_SIZE(args) < 2) return it;
    ssize_t index = kr_number_as_ssize(KR_TUPLE_ITEMS(args)[1], kr_exc_OverflowError);
    if (index == -1 && kr_err_occurred()) {
        KR_DECREF(it);
        return NULL;
    }
    for (ssize_t i = 0; i < index && ((KrDequeIterObject *)it)->counter > 0; i++) {
        KrObject *x = reverse ? dequereviter_next(it) : dequeiter_next(it);
        if (!x) {
            KR_DECREF(it);
            return NULL;
        }
        KR_DECREF(x);
    }
    return it;
}

static KrObject *dequeiter_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    return dequeiter_new_common(type, args, 0);
}

static KrObject *dequereviter_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    return dequeiter_new_common(type, args, 1);
}

static KrObject *dequeiter_len(KrObject *o, KrObject *unused)
{
    return kr_int_from_ssize(((KrDequeIterObject *)o)->counter);
}

static KrObject *dequeiter_reduce(KrObject *o, KrObject *unused)
{
    KrDequeIterObject *it = (KrDequeIterObject *)o;
    KrObject *n = kr_int_from_ssize(DQ(it->deque)->len - it->counter);
    if (!n) return NULL;
    KrObject *args = kr_tuple_pack(2, it->deque, n);
    KR_DECREF(n);
    if (!args) return NULL;
    KrObject *res = kr_tuple_pack(2, (KrObject *)KR_TYPE(o), args);
    KR_DECREF(args);
    return res;
}

static int dequeiter_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrDequeIterObject *)o)->deque);
    return 0;
}

static void dequeiter_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_CLEAR(((KrDequeIterObject *)o)->deque);
    KR_TYPE(o)->tp_free(o);
}

static KrMethodDef dequeiter_methods[] = {
    { "__length_hint__", (void *)dequeiter_len, KR_METH_NOARGS, "Private method returning an estimate of len(list(it))." },
    { "__reduce__", (void *)dequeiter_reduce, KR_METH_NOARGS, "Return state information for pickling." },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_collections_dequeiter_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "_collections._deque_iterator",
    .tp_basicsize = sizeof(KrDequeIterObject),
    .tp_dealloc = dequeiter_dealloc,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = dequeiter_traverse,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = dequeiter_next,
    .tp_methods = dequeiter_methods,
    .tp_new = dequeiter_new,
    .tp_free = kr_object_free,
};

KrTypeObject kr_collections_dequereviter_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "_collections._deque_reverse_iterator",
    .tp_basicsize = sizeof(KrDequeIterObject),
    .tp_dealloc = dequeiter_dealloc,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = dequeiter_traverse,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = dequereviter_next,
    .tp_methods = dequeiter_methods,
    .tp_new = dequereviter_new,
    .tp_free = kr_object_free,
};

/* ---- defaultdict ---- */

typedef struct {
    KrDictObject dict;
    KrObject *default_factory;
} KrDefDictObject;

#define DD(o) ((KrDefDictObject *)(o))

static KrObject *defdict_missing(KrObject *self, KrObject *key)
{
    KrObject *factory = DD(self)->default_factory;
    if (!factory || factory == KR_NONE) {
        KrObject *tup = kr_tuple_pack(1, key);
        if (tup) {
            kr_err_set_object(kr_exc_KeyError, tup);
            KR_DECREF(tup);
        }
        return NULL;
    }
    KrObject *value = kr_object_call_noargs(factory);
    if (!value) return NULL;
    if (kr_object_setitem(self, key, value) < 0) {
        KR_DECREF(value);
        return NULL;
    }
    return value;
}

/* type(dd)(dd.default_factory, arg) */
static KrObject *new_defdict(KrObject *dd, KrObject *arg)
{
    KrObject *factory = DD(dd)->default_factory ? DD(dd)->default_factory : KR_NONE;
    return kr_object_call_two((KrObject *)KR_TYPE(dd), factory, arg);
}

static KrObject *defdict_copy(KrObject *self, KrObject *unused)
{
    return new_defdict(self, self);
}

static KrObject *defdict_reduce(KrObject *self, KrObject *unused)
{
    KrObject *factory = DD(self)->default_factory;
    KrObject *args = (!factory || factory == KR_NONE) ? kr_tuple_new(0) : kr_tuple_pack(1, factory);
    if (!args) return NULL;
    KrObject *items = kr_object_call_method_str(self, "items", NULL, 0);
    KrObject *it = items ? kr_object_get_iter(items) : NULL;
    KR_XDECREF(items);
    KrObject *res = it ? kr_tuple_pack(5, (KrObject *)KR_TYPE(self), args, KR_NONE, KR_NONE, it) : NULL;
    KR_XDECREF(it);
    KR_DECREF(args);
    return res;
}

static KrObject *defdict_repr(KrObject *self)
{
    KrObject *baserepr = kr_dict_type.tp_repr(self);
    if (!baserepr) return NULL;
    KrObject *factory = DD(self)->default_factory;
    KrObject *frepr;
    if (!factory || factory == KR_NONE) {
        frepr = kr_str_from_format("None");
    } else {
        int r = kr_repr_enter(factory);
        if (r != 0) {
            frepr = r > 0 ? kr_str_from_format("...") : NULL;
        } else {
            frepr = kr_object_repr(factory);
            kr_repr_leave(factory);
        }
    }
    KrObject *res = NULL;
    KrObject *name = frepr ? kr_type_get_name(KR_TYPE(self)) : NULL;
    if (name) res = kr_str_from_format("%U(%U, %U)", name, frepr, baserepr);
    KR_XDECREF(name);
    KR_XDECREF(frepr);
    KR_DECREF(baserepr);
    return res;
}

static KrObject *defdict_or(KrObject *left, KrObject *right)
{
    KrObject *self, *other;
    if (KR_TYPE_CHECK_EXACT_OR_SUB(left, &kr_collections_defaultdict_type)) {
        self = left;
        other = right;
    } else {
        self = right;
        other = left;
    }
    if (!KR_DICT_CHECK(other)) KR_RETURN_NOTIMPLEMENTED;
    KrObject *n = new_defdict(self, left);
    if (!n) return NULL;
    if (kr_dict_update(n, right) < 0) {
        KR_DECREF(n);
        return NULL;
    }
    return n;
}

static int defdict_init(KrObject *self, KrObject *args, KrObject *kwds)
{
    KrObject *factory = NULL;
    ssize_t n = KR_SIZE(args);
    if (n > 0) {
        factory = KR_TUPLE_ITEMS(args)[0];
        if (factory != KR_NONE && !kr_callable_check(factory)) {
            kr_err_set_string(kr_exc_TypeError, "first argument must be callable or None");
            return -1;
        }
    }
    KrObject *rest = kr_tuple_get_slice(args, n > 0 ? 1 : 0, n);
    if (!rest) return -1;
    KR_SETREF(DD(self)->default_factory, kr_xnewref(factory));
    int r = kr_dict_type.tp_init(self, rest, kwds);
    KR_DECREF(rest);
    return r;
}

static int defdict_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(DD(o)->default_factory);
    return kr_dict_type.tp_traverse(o, visit, arg);
}

static int defdict_tp_clear(KrObject *o)
{
    KR_CLEAR(DD(o)->default_factory);
    return kr_dict_type.tp_clear(o);
}

static void defdict_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_CLEAR(DD(o)->default_factory);
    kr_dict_type.tp_dealloc(o);
}

static KrMethodDef defdict_methods[] = {
    { "__missing__", (void *)defdict_missing, KR_METH_O,
      "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n"
      "  if self.default_factory is None: raise KeyError((key,))\n"
      "  self[key] = value = self.default_factory()\n  return value" },
    { "copy", (void *)defdict_copy, KR_METH_NOARGS, "D.copy() -> a shallow copy of D." },
    { "__copy__", (void *)defdict_copy, KR_METH_NOARGS, "D.copy() -> a shallow copy of D." },
    { "__reduce__", (void *)defdict_reduce, KR_METH_NOARGS, "Return state information for pickling." },
    { "__class_getitem__", (void *)kr_generic_alias_class_getitem, KR_METH_O | KR_METH_CLASS, "See PEP 585" },
    { NULL, NULL, 0, NULL },
};

static KrMemberDef defdict_members[] = {
    { "default_factory", KR_T_OBJECT, offsetof(KrDefDictObject, default_factory), 0,
      "Factory for default value called by __missing__()." },
    { NULL, 0, 0, 0, NULL },
};

static KrNumberMethods defdict_as_number = {
    .nb_or = defdict_or,
};

KrTypeObject kr_collections_defaultdict_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "collections.defaultdict",
    .tp_basicsize = sizeof(KrDefDictObject),
    .tp_dealloc = defdict_dealloc,
    .tp_repr = defdict_repr,
    .tp_as_number = &defdict_as_number,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_DICT_SUBCLASS |
                KR_TPFLAGS_MAPPING,
    .tp_doc = "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n"
              "The default factory is called without arguments to produce\n"
              "a new value when a key is not present, in __getitem__ only.\n"
              "A defaultdict compares equal to a dict with the same items.\n"
              "All remaining arguments are treated the same as if they were\n"
              "passed to the dict constructor, including keyword arguments.\n",
    .tp_traverse = defdict_traverse,
    .tp_clear = defdict_tp_clear,
    .tp_methods = defdict_methods,
    .tp_members = defdict_members,
    .tp_base = &kr_dict_type,
    .tp_init = defdict_init,
};

/* ---- _count_elements ---- */

static KrObject *collections__count_elements(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("_count_elements", nargs, 2, 2) < 0) return NULL;
    KrObject *mapping = args[0];
    KrObject *it = kr_object_get_iter(args[1]);
    if (!it) return NULL;
    KrObject *one = kr_int_from_ssize(1), *zero = kr_int_from_ssize(0);
    KrObject *get = NULL;
    int fast = KR_DICT_CHECK_EXACT(mapping);
    if (!fast) get = kr_object_getattr_str(mapping, "get");
    if (!fast && !get) goto fail;
    for (;;) {
        KrObject *key = kr_iter_next(it);
        if (!key) break;
        KrObject *old;
        if (fast) {
            old = kr_dict_get_item_borrow(mapping, key);
            if (!old && kr_err_occurred()) {
                KR_DECREF(key);
                goto fail;
            }
            old = kr_newref(old ? old : zero);
        } else {
            old = kr_object_call_two(get, key, zero);
            if (!old) {
                KR_DECREF(key);
                goto fail;
            }
        }
        KrObject *nv = kr_number_binop(old, one, KR_NB_ADD);
        KR_DECREF(old);
        int r = nv ? kr_object_setitem(mapping, key, nv) : -1;
        KR_XDECREF(nv);
        KR_DECREF(key);
        if (r < 0) goto fail;
    }
    if (kr_err_occurred()) goto fail;
    KR_DECREF(it);
    KR_XDECREF(get);
    KR_DECREF(one);
    KR_DECREF(zero);
    KR_RETURN_NONE;
fail:
    KR_DECREF(it);
    KR_XDECREF(get);
    KR_XDECREF(one);
    KR_XDECREF(zero);
    return NULL;
}

/* ---- _tuplegetter ---- */

typedef struct {
    KrObject ob_base;
    ssize_t index;
    KrObject *doc;
} KrTupleGetterObject;

static KrObject *tuplegetter_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if (kr_args_no_kwargs("_tuplegetter", kwds) < 0) return NULL;
    if (kr_args_check_count("_tuplegetter", KR_SIZE(args), 2, 2) < 0) return NULL;
    ssize_t index = kr_number_as_ssize(KR_TUPLE_ITEMS(args)[0], kr_exc_OverflowError);
    if (index == -1 && kr_err_occurred()) return NULL;
    KrTupleGetterObject *tg = (KrTupleGetterObject *)type->tp_alloc(type, 0);
    if (!tg) return NULL;
    tg->index = index;
    tg->doc = kr_newref(KR_TUPLE_ITEMS(args)[1]);
    kr_gc_track(tg);
    return (KrObject *)tg;
}

static KrObject *tuplegetter_get(KrObject *self, KrObject *obj, KrObject *type)
{
    KrTupleGetterObject *tg = (KrTupleGetterObject *)self;
    if (!obj || obj == KR_NONE) return kr_newref(self);
    if (!KR_TYPE_HAS_FLAG(KR_TYPE(obj), KR_TPFLAGS_TUPLE_SUBCLASS))
        return kr_err_format(kr_exc_TypeError,
                             "descriptor for index '%zd' for tuple subclasses doesn't apply to '%s' object",
                             tg->index, KR_TYPE(obj)->tp_name);
    if (tg->index < 0 || tg->index >= KR_SIZE(obj)) return kr_err_format(kr_exc_IndexError, "tuple index out of range");
    return kr_newref(KR_TUPLE_ITEMS(obj)[tg->index]);
}

static KrObject *tuplegetter_repr(KrObject *self)
{
    KrTupleGetterObject *tg = (KrTupleGetterObject *)self;
    return kr_str_from_format("%s(%zd, %R)", "_tuplegetter", tg->index, tg->doc);
}

static int tuplegetter_set(KrObject *self, KrObject *obj, KrObject *value)
{
    kr_err_set_string(kr_exc_AttributeError, value ? "can't set attribute" : "can't delete attribute");
    return -1;
}

static KrObject *tuplegetter_reduce(KrObject *self, KrObject *unused)
{
    KrTupleGetterObject *tg = (KrTupleGetterObject *)self;
    KrObject *idx = kr_int_from_ssize(tg->index);
    if (!idx) return NULL;
    KrObject *args = kr_tuple_pack(2, idx, tg->doc);
    KR_DECREF(idx);
    if (!args) return NULL;
    KrObject *res = kr_tuple_pack(2, (KrObject *)KR_TYPE(self), args);
    KR_DECREF(args);
    return res;
}

static int tuplegetter_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrTupleGetterObject *)o)->doc);
    return 0;
}

static int tuplegetter_clear(KrObject *o)
{
    KR_CLEAR(((KrTupleGetterObject *)o)->doc);
    return 0;
}

static void tuplegetter_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    tuplegetter_clear(o);
    KR_TYPE(o)->tp_free(o);
}

static KrMemberDef tuplegetter_members[] = {
    { "__doc__", KR_T_OBJECT, offsetof(KrTupleGetterObject, doc), 0, NULL },
    { NULL, 0, 0, 0, NULL },
};

static KrMethodDef tuplegetter_methods[] = {
    { "__reduce__", (void *)tuplegetter_reduce, KR_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_collections_tuplegetter_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "_collections._tuplegetter",
    .tp_basicsize = sizeof(KrTupleGetterObject),
    .tp_dealloc = tuplegetter_dealloc,
    .tp_repr = tuplegetter_repr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_traverse = tuplegetter_traverse,
    .tp_clear = tuplegetter_clear,
    .tp_methods = tuplegetter_methods,
    .tp_members = tuplegetter_members,
    .tp_descr_get = tuplegetter_get,
    .tp_descr_set = tuplegetter_set,
    .tp_alloc = kr_object_alloc,
    .tp_new = tuplegetter_new,
    .tp_free = kr_object_free,
};

/* ---- the module ---- */

static KrMethodDef collections_functions[] = {
    { "_count_elements", (void *)collections__count_elements, KR_METH_FASTCALL,
      "Count elements in the iterable, updating the mapping" },
    { NULL, NULL, 0, NULL },
};

static int collections_exec(KrObject *m)
{
    static struct { const char *name; KrTypeObject *type; } types[] = {
        { "deque", &kr_collections_deque_type },
        { "defaultdict", &kr_collections_defaultdict_type },
        { "_deque_iterator", &kr_collections_dequeiter_type },
        { "_deque_reverse_iterator", &kr_collections_dequereviter_type },
        { "_tuplegetter", &kr_collections_tuplegetter_type },
    };
    for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
        if (kr_type_ready(types[i].type) < 0) return -1;
        if (kr_module_add_steal(m, types[i].name, kr_newref(types[i].type)) < 0) return -1;
    }
    return 0;
}

KrModuleDef kr_collectionsmodule_def = {
    .name = "_collections",
    .doc = "High performance data structures.\n"
           "- deque:        ordered collection accessible from endpoints only\n"
           "- defaultdict:  dict subclass with a default value factory\n",
    .methods = collections_functions,
    .exec = collections_exec,
};
