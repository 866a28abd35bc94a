/* range.c — range objects: lazy arithmetic sequences with int bounds of
 * any size, O(1) len/contains/index for ints, slicing to ranges, and fast
 * iterators over machine-word values. */
#include "range.h"
#include "int.h"
#include "tuple.h"
#include "str.h"
#include "slice.h"
#include "args.h"
#include "type.h"
#include "abstract.h"
#include "iter.h"
#include "../vm/err.h"
#include "../memory/gc.h"

#include <limits.h>

#define RANGE(o) ((KrRangeObject *)(o))

static KrObject *int_op(KrObject *a, KrObject *b, int op) { return kr_int_binop(a, b, op); }

/* Number of items: (hi - lo - 1) // step + 1 for the right direction. */
static KrObject *compute_range_length(KrObject *start, KrObject *stop, KrObject *step)
{
    if (KR_INT_IS_SMALL(start) && KR_INT_IS_SMALL(stop) && KR_INT_IS_SMALL(step)) {
        __int128 lo = KR_INT_SMALL_VALUE(start), hi = KR_INT_SMALL_VALUE(stop);
        __int128 st = KR_INT_SMALL_VALUE(step), n = 0;
        if (st > 0 && lo < hi) n = (hi - lo - 1) / st + 1;
        else if (st < 0 && lo > hi) n = (lo - hi - 1) / (-st) + 1;
        if (n <= INT64_MAX) return kr_int_from_i64((int64_t)n);
        return kr_int_from_u64((uint64_t)n);
    }
    KrObject *lo, *hi, *st;
    int cmp_step = kr_int_sign(step);
    if (cmp_step > 0) {
        lo = start;
        hi = stop;
        st = kr_newref(step);
    } else {
        lo = stop;
        hi = start;
        st = kr_number_negative(step);
        if (!st) return NULL;
    }
    if (kr_int_compare(lo, hi) >= 0) {
        KR_DECREF(st);
        return kr_int_from_i64(0);
    }
    KrObject *one = kr_int_from_i64(1);
    KrObject *diff = int_op(hi, lo, KR_NB_SUBTRACT);
    KrObject *tmp1 = diff ? int_op(diff, one, KR_NB_SUBTRACT) : NULL;
    KrObject *tmp2 = tmp1 ? int_op(tmp1, st, KR_NB_FLOOR_DIVIDE) : NULL;
    KrObject *result = tmp2 ? int_op(tmp2, one, KR_NB_ADD) : NULL;
    KR_XDECREF(one);
    KR_XDECREF(diff);
    KR_XDECREF(tmp1);
    KR_XDECREF(tmp2);
    KR_DECREF(st);
    return result;
}

/* Steals the four ints. */
static KrObject *make_range_object(KrTypeObject *type, KrObject *start, KrObject *stop, KrObject *step)
{
    KrObject *length = compute_range_length(start, stop, step);
    if (!length) goto fail;
    KrRangeObject *r = KR_NEW(KrRangeObject, type);
    if (!r) {
        KR_DECREF(length);
        goto fail;
    }
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = length;
    return (KrObject *)r;
fail:
    KR_DECREF(start);
    KR_DECREF(stop);
    KR_DECREF(step);
    return NULL;
}

KrObject *kr_range_new(KrObject *start, KrObject *stop, KrObject *step)
{
    KrObject *a = kr_number_index(start);
    if (!a) return NULL;
    KrObject *b = kr_number_index(stop);
    if (!b) {
        KR_DECREF(a);
        return NULL;
    }
    KrObject *c = step ? kr_number_index(step) : kr_int_from_i64(1);
    if (!c) {
        KR_DECREF(a);
        KR_DECREF(b);
        return NULL;
    }
    if (kr_int_sign(c) == 0) {
        KR_DECREF(a);
        KR_DECREF(b);
        KR_DECREF(c);
        kr_err_set_string(kr_exc_ValueError, "range() arg 3 must not be zero");
        return NULL;
    }
    return make_range_object(&kr_range_type, a, b, c);
}

static KrObject *range_vectorcall(KrObject *type, KrObject *const *args, size_t nargsf,
                                  KrObject *kwnames)
{
    ssize_t nargs = kr_vectorcall_nargs(nargsf);
    if (kr_args_no_keywords("range", kwnames) < 0) return NULL;
    if (nargs == 0) {
        kr_err_set_string(kr_exc_TypeError, "range expected at least 1 argument, got 0");
        return NULL;
    }
    if (kr_args_check_count("range", nargs, 1, 3) < 0) return NULL;
    if (nargs == 1) {
        KrObject *stop = kr_number_index(args[0]);
        if (!stop) return NULL;
        KrObject *zero = kr_int_from_i64(0), *one = kr_int_from_i64(1);
        return make_range_object(&kr_range_type, zero, stop, one);
    }
    return kr_range_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static KrObject *range_tp_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if (kr_args_no_kwargs("range", kwds) < 0) return NULL;
    return range_vectorcall((KrObject *)type, KR_TUPLE_ITEMS(args), (size_t)KR_SIZE(args), NULL);
}

static void range_dealloc(KrObject *o)
{
    KrRangeObject *r = RANGE(o);
    KR_DECREF(r->start);
    KR_DECREF(r->stop);
    KR_DECREF(r->step);
    KR_DECREF(r->length);
    KR_TYPE(o)->tp_free(o);
}

static KrObject *range_repr(KrObject *o)
{
    KrRangeObject *r = RANGE(o);
    if (KR_INT_IS_SMALL(r->step) && KR_INT_SMALL_VALUE(r->step) == 1)
        return kr_str_from_format("range(%R, %R)", r->start, r->stop);
    return kr_str_from_format("range(%R, %R, %R)", r->start, r->stop, r->step);
}

static ssize_t range_length(KrObject *o)
{
    return kr_int_as_ssize(RANGE(o)->length);
}

static int range_bool(KrObject *o) { return kr_int_sign(RANGE(o)->length) != 0; }

/* start + i*step as a new int. */
static KrObject *compute_item(KrRangeObject *r, KrObject *i)
{
    if (KR_INT_IS_SMALL(r->step) && KR_INT_SMALL_VALUE(r->step) == 1)
        return int_op(r->start, i, KR_NB_ADD);
    KrObject *incr = int_op(i, r->step, KR_NB_MULTIPLY);
    if (!incr) return NULL;
    KrObject *res = int_op(r->start, incr, KR_NB_ADD);
    KR_DECREF(incr);
    return res;
}

static KrObject *range_item_small(KrRangeObject *r, ssize_t i)
{
    if (KR_INT_IS_SMALL(r->start) && KR_INT_IS_SMALL(r->step)) {
        __int128 v = (__int128)KR_INT_SMALL_VALUE(r->start) + (__int128)i * KR_INT_SMALL_VALUE(r->step);
        if (v >= INT64_MIN && v <= INT64_MAX) return kr_int_from_i64((int64_t)v);
    }
    KrObject *io = kr_int_from_ssize(i);
    if (!io) return NULL;
    KrObject *res = compute_item(r, io);
    KR_DECREF(io);
    return res;
}

static KrObject *range_sq_item(KrObject *o, ssize_t i)
{
    KrRangeObject *r = RANGE(o);
    ssize_t len = kr_int_as_ssize(r->length);
    if (len == -1 && kr_err_occurred()) return NULL;
    if (i < 0 || i >= len) {
        kr_err_set_string(kr_exc_IndexError, "range object index out of range");
        return NULL;
    }
    return range_item_small(r, i);
}

/* r[i] for an int i of any size. */
static KrObject *compute_range_item(KrRangeObject *r, KrObject *arg)
{
    KrObject *i;
    if (kr_int_sign(arg) < 0) {
        i = int_op(r->length, arg, KR_NB_ADD);
        if (!i) return NULL;
        if (kr_int_sign(i) < 0) {
            KR_DECREF(i);
            goto out_of_range;
        }
    } else {
        if (kr_int_compare(arg, r->length) >= 0) goto out_of_range;
        i = kr_newref(arg);
    }
    KrObject *res = compute_item(r, i);
    KR_DECREF(i);
    return res;
out_of_range:
    kr_err_set_string(kr_exc_IndexError, "range object index out of range");
    return NULL;
}

static KrObject *range_subscript(KrObject *o, KrObject *item)
{
    KrRangeObject *r = RANGE(o);
    if (KR_INT_CHECK_EXACT(item) && KR_INT_IS_SMALL(item) && KR_INT_IS_SMALL(r->length)) {
        int64_t i = KR_INT_SMALL_VALUE(item), len = KR_INT_SMALL_VALUE(r->length);
        if (i < 0) i += len;
        if (i < 0 || i >= len) {
            kr_err_set_string(kr_exc_IndexError, "range object index out of range");
            return NULL;
        }
        return range_item_small(r, (ssize_t)i);
    }
    if (KR_SLICE_CHECK(item)) {
        KrObject *start, *stop, *step;
        if (kr_slice_get_long_indices(item, r->length, &start, &stop, &step) < 0) return NULL;
        KrObject *substep = int_op(r->step, step, KR_NB_MULTIPLY);
        KrObject *substart = substep ? compute_item(r, start) : NULL;
        KrObject *substop = substart ? compute_item(r, stop) : NULL;
        KR_DECREF(start);
        KR_DECREF(stop);
        KR_DECREF(step);
        if (!substop) {
            KR_XDECREF(substart);
            KR_XDECREF(substep);
            return NULL;
        }
        return make_range_object(&kr_range_type, substart, substop, substep);
    }
    if (kr_index_check(item)) {
        KrObject *i = kr_number_index(item);
        if (!i) return NULL;
        KrObject *res = compute_range_item(r, i);
        KR_DECREF(i);
        return res;
    }
    return kr_err_format(kr_exc_TypeError, "range indices must be integers or slices, not %.200s",
                         KR_TYPE(item)->tp_name);
}

/* ob in r for an exact int (or bool): arithmetic, no iteration. */
static int range_contains_long(KrRangeObject *r, KrObject *ob)
{
    int step_sign = kr_int_sign(r->step);
    int c1, c2;
    if (step_sign > 0) {
        c1 = kr_int_compare(r->start, ob) <= 0;
        c2 = kr_int_compare(ob, r->stop) < 0;
    } else {
        c1 = kr_int_compare(ob, r->start) <= 0;
        c2 = kr_int_compare(r->stop, ob) < 0;
    }
    if (!c1 || !c2) return 0;
    KrObject *tmp1 = int_op(ob, r->start, KR_NB_SUBTRACT);
    if (!tmp1) return -1;
    KrObject *tmp2 = int_op(tmp1, r->step, KR_NB_REMAINDER);
    KR_DECREF(tmp1);
    if (!tmp2) return -1;
    int res = kr_int_sign(tmp2) == 0;
    KR_DECREF(tmp2);
    return res;
}

/* Linear search by iteration, for non-int items: mode 0 contains, 1
 * count, 2 index. */
static ssize_t range_iter_search(KrObject *o, KrObject *ob, int mode)
{
    KrObject *it = kr_object_get_iter(o);
    if (!it) return -1;
    ssize_t n = 0, idx = 0;
    for (;;) {
        KrObject *item = kr_iter_next(it);
        if (!item) break;
        int cmp = kr_object_richcompare_bool(item, ob, KR_EQ);
        KR_DECREF(item);
        if (cmp < 0) {
            KR_DECREF(it);
            return -1;
        }
        if (cmp > 0) {
            if (mode == 0) {
                KR_DECREF(it);
                return 1;
            }
            if (mode == 2) {
                KR_DECREF(it);
                return idx;
            }
            n++;
        }
        idx++;
    }
    KR_DECREF(it);
    if (kr_err_occurred()) return -1;
    if (mode == 2) return -2;
    return n;
}

static int range_contains(KrObject *o, KrObject *ob)
{
    if (KR_INT_CHECK_EXACT(ob) || KR_BOOL_CHECK(ob)) return range_contains_long(RANGE(o), ob);
    return (int)range_iter_search(o, ob, 0);
}

static KrObject *range_count(KrObject *o, KrObject *ob)
{
    if (KR_INT_CHECK_EXACT(ob) || KR_BOOL_CHECK(ob)) {
        int r = range_contains_long(RANGE(o), ob);
        if (r < 0) return NULL;
        return kr_int_from_i64(r);
    }
    ssize_t n = range_iter_search(o, ob, 1);
    if (n < 0) return NULL;
    return kr_int_from_ssize(n);
}

static KrObject *range_index(KrObject *o, KrObject *ob)
{
    KrRangeObject *r = RANGE(o);
    if (!KR_INT_CHECK_EXACT(ob) && !KR_BOOL_CHECK(ob)) {
        ssize_t idx = range_iter_search(o, ob, 2);
        if (idx == -1) return NULL;
        if (idx == -2) {
            kr_err_set_string(kr_exc_ValueError, "sequence.index(x): x not in sequence");
            return NULL;
        }
        return kr_int_from_ssize(idx);
    }
    int contains = range_contains_long(r, ob);
    if (contains < 0) return NULL;
    if (!contains) return kr_err_format(kr_exc_ValueError, "%R is not in range", ob);
    KrObject *diff = int_op(ob, r->start, KR_NB_SUBTRACT);
    if (!diff) return NULL;
    KrObject *idx = int_op(diff, r->step, KR_NB_FLOOR_DIVIDE);
    KR_DECREF(diff);
    return idx;
}

/* Equal ranges produce the same sequence (not the same arguments). */
static int range_equals(KrRangeObject *r0, KrRangeObject *r1)
{
    if (r0 == r1) return 1;
    if (kr_int_compare(r0->length, r1->length) != 0) return 0;
    if (kr_int_sign(r0->length) == 0) return 1;
    if (kr_int_compare(r0->start, r1->start) != 0) return 0;
    if (KR_INT_IS_SMALL(r0->length) && KR_INT_SMALL_VALUE(r0->length) == 1) return 1;
    return kr_int_compare(r0->step, r1->step) == 0;
}

static KrObject *range_richcompare(KrObject *a, KrObject *b, int op)
{
    if (!KR_RANGE_CHECK(b)) KR_RETURN_NOTIMPLEMENTED;
    if (op != KR_EQ && op != KR_NE) KR_RETURN_NOTIMPLEMENTED;
    int r = range_equals(RANGE(a), RANGE(b));
    return kr_bool_from(op == KR_EQ ? r : !r);
}

/* hash((len, start, step)) with start/step None where they do not matter. */
static kr_hash_t range_hash(KrObject *o)
{
    KrRangeObject *r = RANGE(o);
    KrObject *items[3] = { r->length, KR_NONE, KR_NONE };
    int sign = kr_int_sign(r->length);
    if (sign != 0) {
        items[1] = r->start;
        if (!(KR_INT_IS_SMALL(r->length) && KR_INT_SMALL_VALUE(r->length) == 1)) items[2] = r->step;
    }
    return kr_tuple_hash_items(items, 3);
}

/* METH_VARARGS as CPython's: extra arguments are ignored. */
static KrObject *range_reduce(KrObject *o, KrObject *unused_args)
{
    KrRangeObject *r = RANGE(o);
    KrObject *args = kr_tuple_pack(3, r->start, r->stop, r->step);
    if (!args) return NULL;
    KrObject *res = kr_tuple_pack(2, (KrObject *)KR_TYPE(o), args);
    KR_DECREF(args);
    return res;
}

/* ---- iterators ---- */

typedef struct {
    KrObject ob_base;
    int64_t start, step;
    int64_t len;               /* items in all */
    int64_t index;             /* the next one (pickled state, as 3.11) */
} KrRangeIterObject;

typedef struct {
    KrObject ob_base;
    KrObject *start, *step, *len;  /* len: items in all */
    KrObject *index;               /* the next one (pickled state, as 3.11) */
} KrLongRangeIterObject;

/* An iterator yielding len items start, start+step, ...: the machine-word
 * kind when allowed (the caller applies CPython's overflow rules so that
 * the iterator type is the same as CPython's), else the big-int kind. */
static KrObject *make_range_iter(KrObject *start, KrObject *step, KrObject *len, int small)
{
    if (small) {
        KrRangeIterObject *it = KR_NEW(KrRangeIterObject, &kr_range_iter_type);
        if (!it) return NULL;
        it->start = KR_INT_SMALL_VALUE(start);
        it->step = KR_INT_SMALL_VALUE(step);
        it->len = KR_INT_SMALL_VALUE(len);
        it->index = 0;
        return (KrObject *)it;
    }
    KrLongRangeIterObject *it = KR_NEW(KrLongRangeIterObject, &kr_longrange_iter_type);
    if (!it) return NULL;
    it->start = kr_newref(start);
    it->step = kr_newref(step);
    it->len = kr_newref(len);
    it->index = kr_int_from_i64(0);
    if (!it->index) {
        KR_DECREF(it);
        return NULL;
    }
    return (KrObject *)it;
}

static int range_all_small(KrRangeObject *r)
{
    return KR_INT_IS_SMALL(r->start) && KR_INT_IS_SMALL(r->stop) && KR_INT_IS_SMALL(r->step) &&
           KR_INT_IS_SMALL(r->length);
}

static KrObject *range_iter(KrObject *o)
{
    KrRangeObject *r = RANGE(o);
    int small = range_all_small(r);
    if (small && KR_INT_SMALL_VALUE(r->length) > 0) {
        int64_t stop = KR_INT_SMALL_VALUE(r->stop), step = KR_INT_SMALL_VALUE(r->step);
        if (step > 0) small = stop <= INT64_MAX - (step - 1);
        else small = stop >= INT64_MIN + (-1 - step);
    }
    return make_range_iter(r->start, r->step, r->length, small);
}

static KrObject *range_reversed(KrObject *o, KrObject *unused)
{
    KrRangeObject *r = RANGE(o);
    int small = range_all_small(r);
    if (small) {
        int64_t start = KR_INT_SMALL_VALUE(r->start), step = KR_INT_SMALL_VALUE(r->step);
        if (step == INT64_MIN) small = 0;
        else if (step > 0) small = start >= INT64_MIN + step;
        else small = start <= INT64_MAX + step;
    }
    /* last = start + (len - 1) * step; then step backwards */
    KrObject *last;
    if (kr_int_sign(r->length) == 0) {
        last = kr_newref(r->start);
    } else {
        KrObject *one = kr_int_from_i64(1);
        KrObject *lm1 = int_op(r->length, one, KR_NB_SUBTRACT);
        KR_DECREF(one);
        if (!lm1) return NULL;
        last = compute_item(r, lm1);
        KR_DECREF(lm1);
        if (!last) return NULL;
    }
    KrObject *negstep = kr_number_negative(r->step);
    if (!negstep) {
        KR_DECREF(last);
        return NULL;
    }
    small = small && KR_INT_IS_SMALL(last) && KR_INT_IS_SMALL(negstep);
    KrObject *it = make_range_iter(last, negstep, r->length, small);
    KR_DECREF(last);
    KR_DECREF(negstep);
    return it;
}

static KrObject *rangeiter_next(KrObject *o)
{
    KrRangeIterObject *it = (KrRangeIterObject *)o;
    if (it->index < it->len) {
        /* unsigned arithmetic: the product may pass INT64 limits on the way */
        int64_t v = (int64_t)((uint64_t)it->start + (uint64_t)it->index * (uint64_t)it->step);
        it->index++;
        return kr_int_from_i64(v);
    }
    return NULL;
}

static KrObject *rangeiter_length_hint(KrObject *o, KrObject *unused)
{
    KrRangeIterObject *it = (KrRangeIterObject *)o;
    return kr_int_from_i64(it->len - it->index);
}

static void rangeiter_dealloc(KrObject *o) { KR_TYPE(o)->tp_free(o); }

/* (iter, (range(start, start + len*step, step),), state). */
static KrObject *range_iter_reduce_parts(KrObject *start, KrObject *step, KrObject *len, KrObject *state)
{
    KrObject *f = kr_iter_builtin("iter");
    if (!f) return NULL;
    KrObject *span = int_op(len, step, KR_NB_MULTIPLY);
    KrObject *stop = span ? int_op(start, span, KR_NB_ADD) : NULL;
    KR_XDECREF(span);
    KrObject *r = stop ? make_range_object(&kr_range_type, kr_newref(start), stop, kr_newref(step)) : NULL;
    KrObject *args = r ? kr_tuple_pack(1, r) : NULL;
    KrObject *res = args ? kr_tuple_pack(3, f, args, state) : NULL;
    KR_DECREF(f);
    KR_XDECREF(r);
    KR_XDECREF(args);
    return res;
}

static KrObject *rangeiter_reduce(KrObject *o, KrObject *unused)
{
    KrRangeIterObject *it = (KrRangeIterObject *)o;
    KrObject *start = kr_int_from_i64(it->start), *step = kr_int_from_i64(it->step), *len = kr_int_from_i64(it->len);
    KrObject *index = kr_int_from_i64(it->index);
    KrObject *res = start && step && len && index ? range_iter_reduce_parts(start, step, len, index) : NULL;
    KR_XDECREF(start);
    KR_XDECREF(step);
    KR_XDECREF(len);
    KR_XDECREF(index);
    return res;
}

static KrObject *rangeiter_setstate(KrObject *o, KrObject *state)
{
    KrRangeIterObject *it = (KrRangeIterObject *)o;
    /* any int-like, as PyLong_AsLong */
    if (!kr_index_check(state))
        return kr_err_format(kr_exc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                             KR_TYPE(state)->tp_name);
    KrObject *iobj = kr_number_index(state);
    if (!iobj) return NULL;
    ssize_t index = kr_int_as_ssize(iobj);
    KR_DECREF(iobj);
    if (index == -1 && kr_err_occurred()) return NULL;
    if (index < 0) index = 0;
    if (index > it->len) index = it->len;
    it->index = index;
    KR_RETURN_NONE;
}

static KrObject *longrangeiter_next(KrObject *o)
{
    KrLongRangeIterObject *it = (KrLongRangeIterObject *)o;
    if (kr_int_compare(it->index, it->len) >= 0) return NULL;
    KrObject *span = int_op(it->index, it->step, KR_NB_MULTIPLY);
    KrObject *result = span ? int_op(it->start, span, KR_NB_ADD) : NULL;
    KR_XDECREF(span);
    if (!result) return NULL;
    KrObject *one = kr_int_from_i64(1);
    KrObject *next = one ? int_op(it->index, one, KR_NB_ADD) : NULL;
    KR_XDECREF(one);
    if (!next) {
        KR_DECREF(result);
        return NULL;
    }
    KR_SETREF(it->index, next);
    return result;
}

static KrObject *longrangeiter_length_hint(KrObject *o, KrObject *unused)
{
    KrLongRangeIterObject *it = (KrLongRangeIterObject *)o;
    return int_op(it->len, it->index, KR_NB_SUBTRACT);
}

static KrObject *longrangeiter_reduce(KrObject *o, KrObject *unused)
{
    KrLongRangeIterObject *it = (KrLongRangeIterObject *)o;
    return range_iter_reduce_parts(it->start, it->step, it->len, it->index);
}

static KrObject *longrangeiter_setstate(KrObject *o, KrObject *state)
{
    KrLongRangeIterObject *it = (KrLongRangeIterObject *)o;
    KrObject *index = kr_number_index(state);
    if (!index) return NULL;
    /* clamped into [0, len] */
    if (kr_int_sign(index) < 0) KR_SETREF(index, kr_int_from_i64(0));
    else if (kr_int_compare(index, it->len) > 0) KR_SETREF(index, kr_newref(it->len));
    if (!index) return NULL;
    KR_SETREF(it->index, index);
    KR_RETURN_NONE;
}

static void longrangeiter_dealloc(KrObject *o)
{
    KrLongRangeIterObject *it = (KrLongRangeIterObject *)o;
    KR_DECREF(it->start);
    KR_DECREF(it->step);
    KR_DECREF(it->len);
    KR_XDECREF(it->index);
    KR_TYPE(o)->tp_free(o);
}

static KrMethodDef rangeiter_methods[] = {
    { "__length_hint__", (void *)rangeiter_length_hint, KR_METH_NOARGS,
      "Private method returning an estimate of len(list(it))." },
    { "__reduce__", (void *)rangeiter_reduce, KR_METH_NOARGS, "Return state information for pickling." },
    { "__setstate__", (void *)rangeiter_setstate, KR_METH_O, "Set state information for unpickling." },
    { NULL, NULL, 0, NULL },
};

static KrMethodDef longrangeiter_methods[] = {
    { "__length_hint__", (void *)longrangeiter_length_hint, KR_METH_NOARGS,
      "Private method returning an estimate of len(list(it))." },
    { "__reduce__", (void *)longrangeiter_reduce, KR_METH_NOARGS, "Return state information for pickling." },
    { "__setstate__", (void *)longrangeiter_setstate, KR_METH_O, "Set state information for unpickling." },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_range_iter_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "range_iterator",
    .tp_basicsize = sizeof(KrRangeIterObject),
    .tp_dealloc = rangeiter_dealloc,
    .tp_flags = KR_TPFLAGS_DEFAULT,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = rangeiter_next,
    .tp_methods = rangeiter_methods,
    .tp_alloc = kr_object_alloc,
    .tp_free = kr_object_free,
};

KrTypeObject kr_longrange_iter_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "longrange_iterator",
    .tp_basicsize = sizeof(KrLongRangeIterObject),
    .tp_dealloc = longrangeiter_dealloc,
    .tp_flags = KR_TPFLAGS_DEFAULT,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = longrangeiter_next,
    .tp_methods = longrangeiter_methods,
    .tp_alloc = kr_object_alloc,
    .tp_free = kr_object_free,
};

/* ---- the type ---- */

static KrNumberMethods range_as_number = {
    .nb_bool = range_bool,
};

static KrSequenceMethods range_as_sequence = {
    .sq_length = range_length,
    .sq_item = range_sq_item,
    .sq_contains = range_contains,
};

static KrMappingMethods range_as_mapping = {
    .mp_length = range_length,
    .mp_subscript = range_subscript,
};

static KrMethodDef range_methods[] = {
    { "__reversed__", (void *)range_reversed, KR_METH_NOARGS,
      "Return a reverse iterator." },
    { "__reduce__", (void *)range_reduce, KR_METH_VARARGS, NULL },
    { "count", (void *)range_count, KR_METH_O, "rangeobject.count(value) -> integer -- return number of occurrences of value" },
    { "index", (void *)range_index, KR_METH_O,
      "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present." },
    { NULL, NULL, 0, NULL },
};

static KrMemberDef range_members[] = {
    { "start", KR_T_OBJECT, offsetof(KrRangeObject, start), KR_READONLY, NULL },
    { "stop", KR_T_OBJECT, offsetof(KrRangeObject, stop), KR_READONLY, NULL },
    { "step", KR_T_OBJECT, offsetof(KrRangeObject, step), KR_READONLY, NULL },
    { NULL, 0, 0, 0, NULL },
};

KrTypeObject kr_range_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "range",
    .tp_basicsize = sizeof(KrRangeObject),
    .tp_dealloc = range_dealloc,
    .tp_repr = range_repr,
    .tp_as_number = &range_as_number,
    .tp_as_sequence = &range_as_sequence,
    .tp_as_mapping = &range_as_mapping,
    .tp_hash = range_hash,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_SEQUENCE,
    .tp_doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\n"
              "Return an object that produces a sequence of integers from start (inclusive)\n"
              "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
              "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
              "These are exactly the valid indices for a list of 4 elements.\n"
              "When step is given, it specifies the increment (or decrement).",
    .tp_richcompare = range_richcompare,
    .tp_iter = range_iter,
    .tp_methods = range_methods,
    .tp_members = range_members,
    .tp_alloc = kr_object_alloc,
    .tp_new = range_tp_new,
    .tp_free = kr_object_free,
    .tp_vectorcall = range_vectorcall,
};

int kr_range_init(void)
{
    if (kr_type_ready(&kr_range_type) < 0) return -1;
    if (kr_type_ready(&kr_range_iter_type) < 0) return -1;
    if (kr_type_ready(&kr_longrange_iter_type) < 0) return -1;
    return 0;
}
