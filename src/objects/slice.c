/* slice.c — the slice type and the index arithmetic shared by sequences
 * (kr_slice_unpack + kr_slice_adjust_indices, as CPython's PySlice_Unpack
 * and PySlice_AdjustIndices). */
#include "slice.h"
#include "tuple.h"
#include "int.h"
#include "str.h"
#include "args.h"
#include "../vm/err.h"
#include "../memory/gc.h"
#include "type.h"

#include <limits.h>

KrObject *kr_slice_new(KrObject *start, KrObject *stop, KrObject *step)
{
    KrSliceObject *s = KR_NEW(KrSliceObject, &kr_slice_type);
    if (!s) return NULL;
    s->start = kr_newref(start ? start : KR_NONE);
    s->stop = kr_newref(stop ? stop : KR_NONE);
    s->step = kr_newref(step ? step : KR_NONE);
    kr_gc_track(s);
    return (KrObject *)s;
}

/* A slice bound: None keeps *out untouched (returns 0 with *present 0). */
static int slice_index(KrObject *v, ssize_t *out)
{
    if (KR_INT_CHECK_EXACT(v) && KR_INT_IS_SMALL(v)) {
        int64_t x = KR_INT_SMALL_VALUE(v);
        *out = (ssize_t)x;
        return 0;
    }
    if (!kr_index_check(v)) {
        kr_err_set_string(kr_exc_TypeError,
                          "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    ssize_t x = kr_number_as_ssize(v, NULL);
    if (x == -1 && kr_err_occurred()) return -1;
    *out = x;
    return 0;
}

int kr_slice_unpack(KrObject *slice, ssize_t *start, ssize_t *stop, ssize_t *step)
{
    KrSliceObject *r = (KrSliceObject *)slice;
    if (r->step == KR_NONE) {
        *step = 1;
    } else {
        if (slice_index(r->step, step) < 0) return -1;
        if (*step == 0) {
            kr_err_set_string(kr_exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        /* keeps -step representable in the length computation */
        if (*step < -SSIZE_MAX) *step = -SSIZE_MAX;
    }
    if (r->start == KR_NONE) *start = *step < 0 ? SSIZE_MAX : 0;
    else if (slice_index(r->start, start) < 0) return -1;
    if (r->stop == KR_NONE) *stop = *step < 0 ? (-SSIZE_MAX - 1) : SSIZE_MAX;
    else if (slice_index(r->stop, stop) < 0) return -1;
    return 0;
}

ssize_t kr_slice_adjust_indices(ssize_t length, ssize_t *start, ssize_t *stop, ssize_t step)
{
    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

int kr_slice_get_indices(KrObject *slice, ssize_t length, ssize_t *start, ssize_t *stop,
                         ssize_t *step, ssize_t *slicelength)
{
    if (kr_slice_unpack(slice, start, stop, step) < 0) return -1;
    *slicelength = kr_slice_adjust_indices(length, start, stop, *step);
    return 0;
}

/* ---- the Python-visible type ---- */

static KrObject *slice_vectorcall(KrObject *type, KrObject *const *args, size_t nargsf,
                                  KrObject *kwnames)
{
    ssize_t nargs = kr_vectorcall_nargs(nargsf);
    if (kr_args_no_keywords("slice", kwnames) < 0) return NULL;
    if (kr_args_check_count("slice", nargs, 1, 3) < 0) return NULL;
    if (nargs == 1) return kr_slice_new(NULL, args[0], NULL);
    return kr_slice_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static KrObject *slice_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if (kr_args_no_kwargs("slice", kwds) < 0) return NULL;
    return slice_vectorcall((KrObject *)type, KR_TUPLE_ITEMS(args), (size_t)KR_SIZE(args), NULL);
}

static void slice_dealloc(KrObject *o)
{
    KrSliceObject *s = (KrSliceObject *)o;
    kr_gc_untrack(o);
    KR_DECREF(s->start);
    KR_DECREF(s->stop);
    KR_DECREF(s->step);
    KR_TYPE(o)->tp_free(o);
}

static int slice_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrSliceObject *s = (KrSliceObject *)o;
    KR_VISIT(s->start);
    KR_VISIT(s->stop);
    KR_VISIT(s->step);
    return 0;
}

static KrObject *slice_repr(KrObject *o)
{
    KrSliceObject *s = (KrSliceObject *)o;
    return kr_str_from_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static KrObject *slice_as_tuple(KrObject *o)
{
    KrSliceObject *s = (KrSliceObject *)o;
    return kr_tuple_pack(3, s->start, s->stop, s->step);
}

static KrObject *slice_richcompare(KrObject *a, KrObject *b, int op)
{
    if (!KR_SLICE_CHECK(a) || !KR_SLICE_CHECK(b)) KR_RETURN_NOTIMPLEMENTED;
    if (a == b && (op == KR_EQ || op == KR_NE)) return kr_bool_from(op == KR_EQ);
    KrObject *ta = slice_as_tuple(a);
    if (!ta) return NULL;
    KrObject *tb = slice_as_tuple(b);
    if (!tb) { KR_DECREF(ta); return NULL; }
    KrObject *res = kr_object_richcompare(ta, tb, op);
    KR_DECREF(ta);
    KR_DECREF(tb);
    return res;
}

/* An int bound of a slice clamped into [lower, upper] after adding length
 * to negative values; None gives dflt. New ref or NULL. */
static KrObject *long_bound(KrObject *v, KrObject *dflt, KrObject *length, KrObject *lower,
                            KrObject *upper)
{
    if (v == KR_NONE) return kr_newref(dflt);
    if (!kr_index_check(v)) {
        kr_err_set_string(kr_exc_TypeError,
                          "slice indices must be integers or None or have an __index__ method");
        return NULL;
    }
    KrObject *x = kr_number_index(v);
    if (!x) return NULL;
    if (kr_int_sign(x) < 0) {
        KrObject *y = kr_int_binop(x, length, KR_NB_ADD);
        KR_DECREF(x);
        if (!y) return NULL;
        x = y;
        if (kr_int_compare(x, lower) < 0) KR_SETREF(x, kr_newref(lower));
    } else if (kr_int_compare(x, upper) > 0) {
        KR_SETREF(x, kr_newref(upper));
    }
    return x;
}

int kr_slice_get_long_indices(KrObject *slice, KrObject *length, KrObject **start_out,
                              KrObject **stop_out, KrObject **step_out)
{
    KrSliceObject *r = (KrSliceObject *)slice;
    KrObject *step = NULL, *lower = NULL, *upper = NULL, *start = NULL, *stop = NULL;
    *start_out = *stop_out = *step_out = NULL;
    if (r->step == KR_NONE) {
        step = kr_int_from_i64(1);
    } else {
        if (!kr_index_check(r->step)) {
            kr_err_set_string(kr_exc_TypeError,
                              "slice indices must be integers or None or have an __index__ method");
            return -1;
        }
        step = kr_number_index(r->step);
    }
    if (!step) return -1;
    int neg = kr_int_sign(step) < 0;
    if (kr_int_sign(step) == 0) {
        kr_err_set_string(kr_exc_ValueError, "slice step cannot be zero");
        goto fail;
    }
    /* bounds: [-1, length-1] going backwards, [0, length] forwards */
    if (neg) {
        KrObject *one = kr_int_from_i64(1);
        lower = kr_int_from_i64(-1);
        upper = one ? kr_int_binop(length, one, KR_NB_SUBTRACT) : NULL;
        KR_XDECREF(one);
    } else {
        lower = kr_int_from_i64(0);
        upper = kr_newref(length);
    }
    if (!lower || !upper) goto fail;
    start = long_bound(r->start, neg ? upper : lower, length, lower, upper);
    if (!start) goto fail;
    stop = long_bound(r->stop, neg ? lower : upper, length, lower, upper);
    if (!stop) goto fail;
    KR_DECREF(lower);
    KR_DECREF(upper);
    *start_out = start;
    *stop_out = stop;
    *step_out = step;
    return 0;
fail:
    KR_XDECREF(step);
    KR_XDECREF(lower);
    KR_XDECREF(upper);
    KR_XDECREF(start);
    KR_XDECREF(stop);
    return -1;
}

/* slice.indices(length), exact for ints of any size. */
static KrObject *slice_indices(KrObject *self, KrObject *arg)
{
    KrObject *n = kr_number_index(arg);
    if (!n) return NULL;
    if (kr_int_sign(n) < 0) {
        KR_DECREF(n);
        kr_err_set_string(kr_exc_ValueError, "length should not be negative");
        return NULL;
    }
    KrObject *start, *stop, *step;
    int r = kr_slice_get_long_indices(self, n, &start, &stop, &step);
    KR_DECREF(n);
    if (r < 0) return NULL;
    KrObject *res = kr_tuple_pack(3, start, stop, step);
    KR_DECREF(start);
    KR_DECREF(stop);
    KR_DECREF(step);
    return res;
}

static KrObject *slice_reduce(KrObject *self, KrObject *unused)
{
    KrSliceObject *s = (KrSliceObject *)self;
    KrObject *args = kr_tuple_pack(3, s->start, s->stop, s->step);
    if (!args) return NULL;
    KrObject *res = kr_tuple_pack(2, (KrObject *)KR_TYPE(self), args);
    KR_DECREF(args);
    return res;
}

static KrMethodDef slice_methods[] = {
    { "indices", (void *)slice_indices, KR_METH_O, NULL },
    { "__reduce__", (void *)slice_reduce, KR_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static KrMemberDef slice_members[] = {
    { "start", KR_T_OBJECT, offsetof(KrSliceObject, start), KR_READONLY, NULL },
    { "stop", KR_T_OBJECT, offsetof(KrSliceObject, stop), KR_READONLY, NULL },
    { "step", KR_T_OBJECT, offsetof(KrSliceObject, step), KR_READONLY, NULL },
    { NULL, 0, 0, 0, NULL },
};

KrTypeObject kr_slice_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "slice",
    .tp_basicsize = sizeof(KrSliceObject),
    .tp_dealloc = slice_dealloc,
    .tp_repr = slice_repr,
    .tp_hash = kr_object_hash_not_implemented,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_doc = "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.",
    .tp_traverse = slice_traverse,
    .tp_richcompare = slice_richcompare,
    .tp_methods = slice_methods,
    .tp_members = slice_members,
    .tp_alloc = kr_object_alloc,
    .tp_new = slice_new,
    .tp_free = kr_object_free,
    .tp_vectorcall = slice_vectorcall,
};

int kr_slice_init(void)
{
    return kr_type_ready(&kr_slice_type);
}
