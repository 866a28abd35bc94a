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

/* slice.indices(length): exact for lengths that fit a machine word. */
static KrObject *slice_indices(KrObject *self, KrObject *arg)
{
    KrObject *n = kr_number_index(arg);
    if (!n) return NULL;
    if (kr_int_sign(n) < 0) {
        KR_DECREF(n);
        kr_err_set_string(kr_exc_ValueError, "length should not be negative");
        return NULL;
    }
    ssize_t length = kr_number_as_ssize(n, kr_exc_OverflowError);
    KR_DECREF(n);
    if (length == -1 && kr_err_occurred()) return NULL;
    ssize_t start, stop, step;
    if (kr_slice_unpack(self, &start, &stop, &step) < 0) return NULL;
    kr_slice_adjust_indices(length, &start, &stop, step);
    KrObject *a = kr_int_from_ssize(start), *b = kr_int_from_ssize(stop), *c = kr_int_from_ssize(step);
    KrObject *res = (a && b && c) ? kr_tuple_pack(3, a, b, c) : NULL;
    KR_XDECREF(a);
    KR_XDECREF(b);
    KR_XDECREF(c);
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
