/* type_slots.c — the table that ties each dunder name to a C slot. It
 * serves both directions: a C type's filled slot becomes a slot wrapper in
 * its dict (int.__add__), and a class that defines a dunder gets the slot
 * filled with a slot_* function that calls the Python method. */
#include "type.h"
#include "abstract.h"
#include "iter.h"
#include "call.h"
#include "descr.h"
#include "cfunction.h"
#include "str.h"
#include "int.h"
#include "dict.h"
#include "tuple.h"
#include "ids.h"
#include "../vm/err.h"
#include "../vm/state.h"

#include <string.h>

/* ---------------------------------------------------------------------------
 * Calling Python-level dunders
 * ------------------------------------------------------------------------ */

/* Looks name up on type(self). Returns a new reference; *unbound is 1 when
 * the result must be called with self prepended. NULL without exception
 * when missing. */
static KrObject *lookup_maybe_method(KrObject *self, KrObject *name, int *unbound)
{
    KrObject *res = kr_type_lookup(KR_TYPE(self), name);
    if (!res) return NULL;
    if (KR_TYPE_HAS_FLAG(KR_TYPE(res), KR_TPFLAGS_METHOD_DESCRIPTOR)) {
        *unbound = 1;
        return kr_newref(res);
    }
    *unbound = 0;
    kr_descrgetfunc f = KR_TYPE(res)->tp_descr_get;
    if (!f) return kr_newref(res);
    KR_INCREF(res);
    KrObject *r = f(res, self, (KrObject *)KR_TYPE(self));
    KR_DECREF(res);
    return r;
}

/* Calls func with stack[1..n] where stack[1] is self; stack[0] is scratch. */
static KrObject *call_unbound(int unbound, KrObject *func, KrObject **stack, ssize_t n)
{
    if (unbound) return kr_object_vectorcall(func, stack + 1, (size_t)n | KR_VECTORCALL_ARGS_OFFSET, NULL);
    return kr_object_vectorcall(func, stack + 2, (size_t)(n - 1) | KR_VECTORCALL_ARGS_OFFSET, NULL);
}

/* self.name(args...) where stack = {scratch, self, args...}; n counts self.
 * Missing: AttributeError (missing_ok 0) or NotImplemented (missing_ok 1). */
static KrObject *call_method(KrObject *name, KrObject **stack, ssize_t n, int missing_ok)
{
    int unbound;
    KrObject *func = lookup_maybe_method(stack[1], name, &unbound);
    if (!func) {
        if (kr_err_occurred()) return NULL;
        if (missing_ok) KR_RETURN_NOTIMPLEMENTED;
        kr_err_set_object(kr_exc_AttributeError, name);
        return NULL;
    }
    KrObject *res = call_unbound(unbound, func, stack, n);
    KR_DECREF(func);
    return res;
}

static KrObject *call0(KrObject *self, KrObject *name)
{
    KrObject *stack[2] = { NULL, self };
    return call_method(name, stack, 1, 0);
}

static KrObject *call1(KrObject *self, KrObject *name, KrObject *a)
{
    KrObject *stack[3] = { NULL, self, a };
    return call_method(name, stack, 2, 0);
}

static KrObject *call2(KrObject *self, KrObject *name, KrObject *a, KrObject *b)
{
    KrObject *stack[4] = { NULL, self, a, b };
    return call_method(name, stack, 3, 0);
}

static KrObject *maybe_call1(KrObject *self, KrObject *name, KrObject *a)
{
    KrObject *stack[3] = { NULL, self, a };
    return call_method(name, stack, 2, 1);
}

/* ---------------------------------------------------------------------------
 * slot_* functions for classes
 * ------------------------------------------------------------------------ */

static KrObject *default_repr(KrObject *self)
{
    return kr_str_from_format("<%s object at %p>", KR_TYPE(self)->tp_name, (void *)self);
}

static KrObject *slot_tp_repr(KrObject *self)
{
    int unbound;
    KrObject *func = lookup_maybe_method(self, KR_ID(__repr__), &unbound);
    if (!func) {
        kr_err_clear();
        return default_repr(self);
    }
    KrObject *stack[2] = { NULL, self };
    KrObject *r = call_unbound(unbound, func, stack, 1);
    KR_DECREF(func);
    return r;
}

static KrObject *slot_tp_str(KrObject *self) { return call0(self, KR_ID(__str__)); }

static kr_hash_t slot_tp_hash(KrObject *self)
{
    int unbound;
    KrObject *func = lookup_maybe_method(self, KR_ID(__hash__), &unbound);
    if (func == KR_NONE) KR_CLEAR(func);
    if (!func) {
        kr_err_clear();
        return kr_object_hash_not_implemented(self);
    }
    KrObject *stack[2] = { NULL, self };
    KrObject *res = call_unbound(unbound, func, stack, 1);
    KR_DECREF(func);
    if (!res) return -1;
    if (!KR_INT_CHECK(res)) {
        KR_DECREF(res);
        kr_err_set_string(kr_exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    kr_hash_t h = kr_int_as_i64(res);
    if (h == -1 && kr_err_occurred()) {
        kr_err_clear();
        h = kr_int_hash(res);
    } else if (h == -1) {
        h = -2;
    }
    KR_DECREF(res);
    return h;
}

static KrObject *slot_tp_call(KrObject *self, KrObject *args, KrObject *kwds)
{
    int unbound;
    KrObject *func = lookup_maybe_method(self, KR_ID(__call__), &unbound);
    if (!func) {
        if (kr_err_occurred()) return NULL;
        return kr_err_format(kr_exc_TypeError, "'%.200s' object is not callable", KR_TYPE(self)->tp_name);
    }
    KrObject *res = unbound ? kr_object_call_prepend(func, self, args, kwds) : kr_object_call(func, args, kwds);
    KR_DECREF(func);
    return res;
}


static KrObject *slot_tp_getattr_hook(KrObject *self, KrObject *name)
{
    KrTypeObject *tp = KR_TYPE(self);
    KrObject *getattr = kr_type_lookup(tp, KR_ID(__getattr__));
    KrObject *getattribute = kr_type_lookup(tp, KR_ID(__getattribute__));
    KrObject *res;
    int generic = getattribute && KR_TYPE(getattribute) == &kr_wrapper_descr_type &&
                  ((KrWrapperDescrObject *)getattribute)->d_wrapped == (void *)kr_object_generic_getattr;
    if (!getattr) {
        if (generic || !getattribute) return kr_object_generic_getattr(self, name);
        KR_INCREF(getattribute);
        res = kr_object_call_two(getattribute, self, name);
        KR_DECREF(getattribute);
        return res;
    }
    KR_INCREF(getattr);
    if (generic || !getattribute) {
        res = kr_object_generic_getattr_maybe(self, name);
        if (res || kr_err_occurred()) {
            KR_DECREF(getattr);
            return res;
        }
    } else {
        KR_INCREF(getattribute);
        KrObject *descr_get_res;
        if (KR_TYPE_HAS_FLAG(KR_TYPE(getattribute), KR_TPFLAGS_METHOD_DESCRIPTOR)) {
            descr_get_res = kr_object_call_two(getattribute, self, name);
        } else {
            KrObject *bound = KR_TYPE(getattribute)->tp_descr_get
                                  ? KR_TYPE(getattribute)->tp_descr_get(getattribute, self, (KrObject *)tp)
                                  : kr_newref(getattribute);
            descr_get_res = bound ? kr_object_call_one(bound, name) : NULL;
            KR_XDECREF(bound);
        }
        KR_DECREF(getattribute);
        res = descr_get_res;
        if (res || !kr_err_matches(kr_exc_AttributeError)) {
            KR_DECREF(getattr);
            return res;
        }
        kr_err_clear();
    }
    if (KR_TYPE_HAS_FLAG(KR_TYPE(getattr), KR_TPFLAGS_METHOD_DESCRIPTOR)) {
        res = kr_object_call_two(getattr, self, name);
    } else {
        KrObject *bound = KR_TYPE(getattr)->tp_descr_get
                              ? KR_TYPE(getattr)->tp_descr_get(getattr, self, (KrObject *)tp)
                              : kr_newref(getattr);
        res = bound ? kr_object_call_one(bound, name) : NULL;
        KR_XDECREF(bound);
    }
    KR_DECREF(getattr);
    return res;
}

static int slot_tp_setattro(KrObject *self, KrObject *name, KrObject *value)
{
    KrObject *res = value ? call2(self, KR_ID(__setattr__), name, value) : call1(self, KR_ID(__delattr__), name);
    if (!res) return -1;
    KR_DECREF(res);
    return 0;
}

static KrObject *const *richcmp_names(void)
{
    static KrObject *names[6];
    if (!names[0]) {
        names[KR_LT] = KR_ID(__lt__);
        names[KR_LE] = KR_ID(__le__);
        names[KR_EQ] = KR_ID(__eq__);
        names[KR_NE] = KR_ID(__ne__);
        names[KR_GT] = KR_ID(__gt__);
        names[KR_GE] = KR_ID(__ge__);
    }
    return names;
}

static KrObject *slot_tp_richcompare(KrObject *self, KrObject *other, int op)
{
    int unbound;
    KrObject *func = lookup_maybe_method(self, richcmp_names()[op], &unbound);
    if (!func) {
        /* as CPython: an error while looking the method up means "not
         * implemented" (e.g. __eq__ = property(raising)) */
        kr_err_clear();
        KR_RETURN_NOTIMPLEMENTED;
    }
    KrObject *stack[3] = { NULL, self, other };
    KrObject *res = call_unbound(unbound, func, stack, 2);
    KR_DECREF(func);
    return res;
}

static KrObject *slot_tp_iter(KrObject *self)
{
    int unbound;
    KrObject *func = lookup_maybe_method(self, KR_ID(__iter__), &unbound);
    if (func == KR_NONE) {
        KR_DECREF(func);
        return kr_err_format(kr_exc_TypeError, "'%.200s' object is not iterable", KR_TYPE(self)->tp_name);
    }
    if (!func) {
        /* no __iter__ (any lookup error is dropped): fall back to __getitem__ */
        kr_err_clear();
        KrObject *gi = lookup_maybe_method(self, KR_ID(__getitem__), &unbound);
        if (!gi) {
            kr_err_clear();
            return kr_err_format(kr_exc_TypeError, "'%.200s' object is not iterable", KR_TYPE(self)->tp_name);
        }
        KR_DECREF(gi);
        return kr_seqiter_new(self);
    }
    KrObject *stack[2] = { NULL, self };
    KrObject *r = call_unbound(unbound, func, stack, 1);
    KR_DECREF(func);
    return r;
}

static KrObject *slot_tp_iternext(KrObject *self) { return call0(self, KR_ID(__next__)); }

static KrObject *slot_tp_descr_get(KrObject *self, KrObject *obj, KrObject *type)
{
    int unbound;
    KrObject *get = lookup_maybe_method(self, KR_ID(__get__), &unbound);
    if (!get) {
        if (kr_err_occurred()) return NULL;
        return kr_newref(self);
    }
    KrObject *stack[4] = { NULL, self, obj ? obj : KR_NONE, type ? type : KR_NONE };
    KrObject *r = call_unbound(unbound, get, stack, 3);
    KR_DECREF(get);
    return r;
}

static int slot_tp_descr_set(KrObject *self, KrObject *target, KrObject *value)
{
    KrObject *res = value ? call2(self, KR_ID(__set__), target, value) : call1(self, KR_ID(__delete__), target);
    if (!res) return -1;
    KR_DECREF(res);
    return 0;
}

static int slot_tp_init(KrObject *self, KrObject *args, KrObject *kwds)
{
    int unbound;
    KrObject *meth = lookup_maybe_method(self, KR_ID(__init__), &unbound);
    if (!meth) {
        if (!kr_err_occurred()) kr_err_set_object(kr_exc_AttributeError, KR_ID(__init__));
        return -1;
    }
    KrObject *res = unbound ? kr_object_call_prepend(meth, self, args, kwds) : kr_object_call(meth, args, kwds);
    KR_DECREF(meth);
    if (!res) return -1;
    if (res != KR_NONE) {
        kr_err_format(kr_exc_TypeError, "__init__() should return None, not '%.200s'", KR_TYPE(res)->tp_name);
        KR_DECREF(res);
        return -1;
    }
    KR_DECREF(res);
    return 0;
}

int kr_slot_is_python_init(KrTypeObject *t)
{
    return t->tp_init == slot_tp_init;
}

KrObject *kr_slot_tp_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    KrObject *func = kr_object_getattr((KrObject *)type, KR_ID(__new__));
    if (!func) return NULL;
    KrObject *res = kr_object_call_prepend(func, (KrObject *)type, args, kwds);
    KR_DECREF(func);
    return res;
}

static void slot_tp_finalize(KrObject *self)
{
    KrObject *exc = kr_err_fetch();
    int unbound;
    KrObject *del = lookup_maybe_method(self, KR_ID(__del__), &unbound);
    if (del) {
        KrObject *stack[2] = { NULL, self };
        KrObject *res = call_unbound(unbound, del, stack, 1);
        if (!res) kr_err_write_unraisable(del);
        else KR_DECREF(res);
        KR_DECREF(del);
    } else if (kr_err_occurred()) {
        kr_err_clear();
    }
    kr_err_restore(exc);
}

/* --- numbers -------------------------------------------------------------- */

#define NB_SLOT(nb, off) (*(void **)((char *)(nb) + (off)))

static int method_is_overloaded(KrObject *left, KrObject *right, KrObject *name)
{
    KrObject *b = kr_type_lookup(KR_TYPE(right), name);
    if (!b) return 0;
    KrObject *a = kr_type_lookup(KR_TYPE(left), name);
    if (!a) return 1;
    return a != b;
}

static KrObject *slot_binop(KrObject *self, KrObject *other, size_t off, void *thisfunc,
                            KrObject *name, KrObject *rname)
{
    KrNumberMethods *snb = KR_TYPE(self)->tp_as_number, *onb = KR_TYPE(other)->tp_as_number;
    int do_other = KR_TYPE(self) != KR_TYPE(other) && onb && NB_SLOT(onb, off) == thisfunc;
    KrObject *r;
    if (snb && NB_SLOT(snb, off) == thisfunc) {
        if (do_other && kr_type_is_subtype(KR_TYPE(other), KR_TYPE(self)) &&
            method_is_overloaded(self, other, rname)) {
            r = maybe_call1(other, rname, self);
            if (r != KR_NOTIMPLEMENTED) return r;
            KR_DECREF(r);
            do_other = 0;
        }
        r = maybe_call1(self, name, other);
        if (r != KR_NOTIMPLEMENTED || KR_TYPE(other) == KR_TYPE(self)) return r;
        KR_DECREF(r);
    }
    if (do_other) return maybe_call1(other, rname, self);
    KR_RETURN_NOTIMPLEMENTED;
}

#define SLOT_BINOP(fname, slot, dunder, rdunder) \
    static KrObject *fname(KrObject *self, KrObject *other) \
    { \
        return slot_binop(self, other, offsetof(KrNumberMethods, slot), (void *)fname, \
                          KR_ID(dunder), KR_ID(rdunder)); \
    }
SLOT_BINOP(slot_nb_add, nb_add, __add__, __radd__)
SLOT_BINOP(slot_nb_subtract, nb_subtract, __sub__, __rsub__)
SLOT_BINOP(slot_nb_multiply, nb_multiply, __mul__, __rmul__)
SLOT_BINOP(slot_nb_remainder, nb_remainder, __mod__, __rmod__)
SLOT_BINOP(slot_nb_divmod, nb_divmod, __divmod__, __rdivmod__)
SLOT_BINOP(slot_nb_lshift, nb_lshift, __lshift__, __rlshift__)
SLOT_BINOP(slot_nb_rshift, nb_rshift, __rshift__, __rrshift__)
SLOT_BINOP(slot_nb_and, nb_and, __and__, __rand__)
SLOT_BINOP(slot_nb_xor, nb_xor, __xor__, __rxor__)
SLOT_BINOP(slot_nb_or, nb_or, __or__, __ror__)
SLOT_BINOP(slot_nb_floor_divide, nb_floor_divide, __floordiv__, __rfloordiv__)
SLOT_BINOP(slot_nb_true_divide, nb_true_divide, __truediv__, __rtruediv__)
SLOT_BINOP(slot_nb_matrix_multiply, nb_matrix_multiply, __matmul__, __rmatmul__)

static KrObject *slot_nb_power_binary(KrObject *self, KrObject *other);
static KrObject *slot_nb_power(KrObject *self, KrObject *other, KrObject *modulus)
{
    if (modulus == KR_NONE) return slot_nb_power_binary(self, other);
    KrNumberMethods *nb = KR_TYPE(self)->tp_as_number;
    if (nb && nb->nb_power == slot_nb_power) {
        KrObject *stack[4] = { NULL, self, other, modulus };
        return call_method(KR_ID(__pow__), stack, 3, 1);
    }
    KR_RETURN_NOTIMPLEMENTED;
}

static KrObject *slot_nb_power_binary(KrObject *self, KrObject *other)
{
    return slot_binop(self, other, offsetof(KrNumberMethods, nb_power), (void *)slot_nb_power,
                      KR_ID(__pow__), KR_ID(__rpow__));
}

#define SLOT_UNARY(fname, dunder) \
    static KrObject *fname(KrObject *self) { return call0(self, KR_ID(dunder)); }
SLOT_UNARY(slot_nb_negative, __neg__)
SLOT_UNARY(slot_nb_positive, __pos__)
SLOT_UNARY(slot_nb_absolute, __abs__)
SLOT_UNARY(slot_nb_invert, __invert__)
SLOT_UNARY(slot_nb_int, __int__)
SLOT_UNARY(slot_nb_float, __float__)
SLOT_UNARY(slot_nb_index, __index__)
SLOT_UNARY(slot_am_await, __await__)
SLOT_UNARY(slot_am_aiter, __aiter__)
SLOT_UNARY(slot_am_anext, __anext__)

#define SLOT_INPLACE(fname, dunder) \
    static KrObject *fname(KrObject *self, KrObject *other) \
    { \
        KrObject *stack[3] = { NULL, self, other }; \
        return call_method(KR_ID(dunder), stack, 2, 1); \
    }
SLOT_INPLACE(slot_nb_inplace_add, __iadd__)
SLOT_INPLACE(slot_nb_inplace_subtract, __isub__)
SLOT_INPLACE(slot_nb_inplace_multiply, __imul__)
SLOT_INPLACE(slot_nb_inplace_remainder, __imod__)
SLOT_INPLACE(slot_nb_inplace_lshift, __ilshift__)
SLOT_INPLACE(slot_nb_inplace_rshift, __irshift__)
SLOT_INPLACE(slot_nb_inplace_and, __iand__)
SLOT_INPLACE(slot_nb_inplace_xor, __ixor__)
SLOT_INPLACE(slot_nb_inplace_or, __ior__)
SLOT_INPLACE(slot_nb_inplace_floor_divide, __ifloordiv__)
SLOT_INPLACE(slot_nb_inplace_true_divide, __itruediv__)
SLOT_INPLACE(slot_nb_inplace_matrix_multiply, __imatmul__)

static KrObject *slot_nb_inplace_power(KrObject *self, KrObject *other, KrObject *mod)
{
    KrObject *stack[3] = { NULL, self, other };
    return call_method(KR_ID(__ipow__), stack, 2, 1);
}

static int slot_nb_bool(KrObject *self)
{
    int unbound, using_len = 0;
    KrObject *func = lookup_maybe_method(self, KR_ID(__bool__), &unbound);
    if (!func) {
        if (kr_err_occurred()) return -1;
        func = lookup_maybe_method(self, KR_ID(__len__), &unbound);
        if (!func) return kr_err_occurred() ? -1 : 1;
        using_len = 1;
    }
    KrObject *stack[2] = { NULL, self };
    KrObject *value = call_unbound(unbound, func, stack, 1);
    KR_DECREF(func);
    if (!value) return -1;
    int result;
    if (using_len) {
        result = kr_object_is_true(value);
    } else if (KR_BOOL_CHECK(value)) {
        result = value == KR_TRUE;
    } else {
        kr_err_format(kr_exc_TypeError, "__bool__ should return bool, returned %.200s",
                      KR_TYPE(value)->tp_name);
        result = -1;
    }
    KR_DECREF(value);
    return result;
}

/* --- sequences and mappings --------------------------------------------- */

static ssize_t slot_sq_length(KrObject *self)
{
    KrObject *res = call0(self, KR_ID(__len__));
    if (!res) return -1;
    KrObject *idx = kr_number_index(res);
    KR_DECREF(res);
    if (!idx) return -1;
    if (kr_int_sign(idx) < 0) {
        KR_DECREF(idx);
        kr_err_set_string(kr_exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    ssize_t len = kr_number_as_ssize(idx, kr_exc_OverflowError);
    KR_DECREF(idx);
    return len;
}

static KrObject *slot_sq_item(KrObject *self, ssize_t i)
{
    KrObject *idx = kr_int_from_ssize(i);
    if (!idx) return NULL;
    KrObject *r = call1(self, KR_ID(__getitem__), idx);
    KR_DECREF(idx);
    return r;
}

static KrObject *slot_mp_subscript(KrObject *self, KrObject *key) { return call1(self, KR_ID(__getitem__), key); }

static int slot_mp_ass_subscript(KrObject *self, KrObject *key, KrObject *value)
{
    KrObject *res = value ? call2(self, KR_ID(__setitem__), key, value) : call1(self, KR_ID(__delitem__), key);
    if (!res) return -1;
    KR_DECREF(res);
    return 0;
}

static int slot_sq_ass_item(KrObject *self, ssize_t i, KrObject *value)
{
    KrObject *idx = kr_int_from_ssize(i);
    if (!idx) return -1;
    int r = slot_mp_ass_subscript(self, idx, value);
    KR_DECREF(idx);
    return r;
}


static int slot_sq_contains(KrObject *self, KrObject *value)
{
    int unbound;
    KrObject *func = lookup_maybe_method(self, KR_ID(__contains__), &unbound);
    if (func == KR_NONE) {
        KR_DECREF(func);
        kr_err_format(kr_exc_TypeError, "'%.200s' object is not a container", KR_TYPE(self)->tp_name);
        return -1;
    }
    if (func) {
        KrObject *stack[3] = { NULL, self, value };
        KrObject *res = call_unbound(unbound, func, stack, 2);
        KR_DECREF(func);
        if (!res) return -1;
        int r = kr_object_is_true(res);
        KR_DECREF(res);
        return r;
    }
    if (kr_err_occurred()) return -1;
    return kr_sequence_iter_search_contains(self, value);
}

/* ---------------------------------------------------------------------------
 * wrap_* functions: a C slot called from Python through a slot wrapper
 * ------------------------------------------------------------------------ */

/* PyArg_UnpackTuple(args, "", n, n): the message starts with a space. */
static int check_unpack_args(KrObject *args, ssize_t n)
{
    if (KR_SIZE(args) == n) return 1;
    kr_err_format(kr_exc_TypeError, " expected %zd argument%s, got %zd", n, n == 1 ? "" : "s", KR_SIZE(args));
    return 0;
}
#define check_two_args(args) check_unpack_args((args), 2)

static int check_num_args(KrObject *args, ssize_t n)
{
    if (KR_SIZE(args) == n) return 1;
    kr_err_format(kr_exc_TypeError, "expected %zd argument%s, got %zd", n, n == 1 ? "" : "s",
                  KR_SIZE(args));
    return 0;
}

static int unpack_1_2(KrObject *args, KrObject **a, KrObject **b)
{
    ssize_t n = KR_SIZE(args);
    if (n < 1) {
        kr_err_format(kr_exc_TypeError, " expected at least 1 argument, got %zd", n);
        return 0;
    }
    if (n > 2) {
        kr_err_format(kr_exc_TypeError, " expected at most 2 arguments, got %zd", n);
        return 0;
    }
    *a = KR_TUPLE_GET(args, 0);
    *b = n > 1 ? KR_TUPLE_GET(args, 1) : KR_NONE;
    return 1;
}

static KrObject *wrap_unaryfunc(KrObject *self, KrObject *args, void *wrapped)
{
    if (!check_num_args(args, 0)) return NULL;
    return ((kr_unaryfunc)wrapped)(self);
}

static KrObject *wrap_binaryfunc(KrObject *self, KrObject *args, void *wrapped)
{
    if (!check_num_args(args, 1)) return NULL;
    return ((kr_binaryfunc)wrapped)(self, KR_TUPLE_GET(args, 0));
}

static KrObject *wrap_binaryfunc_l(KrObject *self, KrObject *args, void *wrapped)
{
    if (!check_num_args(args, 1)) return NULL;
    return ((kr_binaryfunc)wrapped)(self, KR_TUPLE_GET(args, 0));
}

static KrObject *wrap_binaryfunc_r(KrObject *self, KrObject *args, void *wrapped)
{
    if (!check_num_args(args, 1)) return NULL;
    return ((kr_binaryfunc)wrapped)(KR_TUPLE_GET(args, 0), self);
}

static KrObject *wrap_ternaryfunc(KrObject *self, KrObject *args, void *wrapped)
{
    KrObject *other, *third;
    if (!unpack_1_2(args, &other, &third)) return NULL;
    return ((kr_ternaryfunc)wrapped)(self, other, third);
}

static KrObject *wrap_ternaryfunc_r(KrObject *self, KrObject *args, void *wrapped)
{
    KrObject *other, *third;
    if (!unpack_1_2(args, &other, &third)) return NULL;
    return ((kr_ternaryfunc)wrapped)(other, self, third);
}

static KrObject *wrap_inplace_power(KrObject *self, KrObject *args, void *wrapped)
{
    KrObject *other, *third;
    if (!unpack_1_2(args, &other, &third)) return NULL;
    return ((kr_ternaryfunc)wrapped)(self, other, third);
}

static KrObject *wrap_inquirypred(KrObject *self, KrObject *args, void *wrapped)
{
    if (!check_num_args(args, 0)) return NULL;
    int r = ((kr_inquiry)wrapped)(self);
    if (r < 0) return NULL;
    return kr_bool_from(r);
}

static KrObject *wrap_lenfunc(KrObject *self, KrObject *args, void *wrapped)
{
    if (!check_num_args(args, 0)) return NULL;
    ssize_t r = ((kr_lenfunc)wrapped)(self);
    if (r < 0 && kr_err_occurred()) return NULL;
    return kr_int_from_ssize(r);
}

static KrObject *wrap_hashfunc(KrObject *self, KrObject *args, void *wrapped)
{
    if (!check_num_args(args, 0)) return NULL;
    kr_hash_t h = ((kr_hashfunc)wrapped)(self);
    if (h == -1 && kr_err_occurred()) return NULL;
    return kr_int_from_i64(h);
}

static KrObject *wrap_indexargfunc(KrObject *self, KrObject *args, void *wrapped)
{
    if (!check_unpack_args(args, 1)) return NULL;
    ssize_t i = kr_number_as_ssize(KR_TUPLE_GET(args, 0), kr_exc_OverflowError);
    if (i == -1 && kr_err_occurred()) return NULL;
    return ((kr_ssizeargfunc)wrapped)(self, i);
}

static ssize_t getindex(KrObject *self, KrObject *arg)
{
    ssize_t i = kr_number_as_ssize(arg, kr_exc_OverflowError);
    if (i == -1 && kr_err_occurred()) return -1;
    if (i < 0) {
        KrSequenceMethods *sq = KR_TYPE(self)->tp_as_sequence;
        if (sq && sq->sq_length) {
            ssize_t n = sq->sq_length(self);
            if (n < 0) return -1;
            i += n;
        }
    }
    return i;
}

static KrObject *wrap_sq_item(KrObject *self, KrObject *args, void *wrapped)
{
    if (!check_unpack_args(args, 1)) return NULL;
    ssize_t i = getindex(self, KR_TUPLE_GET(args, 0));
    if (i == -1 && kr_err_occurred()) return NULL;
    return ((kr_ssizeargfunc)wrapped)(self, i);
}

static KrObject *wrap_sq_setitem(KrObject *self, KrObject *args, void *wrapped)
{
    if (!check_two_args(args)) return NULL;
    ssize_t i = getindex(self, KR_TUPLE_GET(args, 0));
    if (i == -1 && kr_err_occurred()) return NULL;
    if (((kr_ssizeobjargproc)wrapped)(self, i, KR_TUPLE_GET(args, 1)) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *wrap_sq_delitem(KrObject *self, KrObject *args, void *wrapped)
{
    if (!check_num_args(args, 1)) return NULL;
    ssize_t i = getindex(self, KR_TUPLE_GET(args, 0));
    if (i == -1 && kr_err_occurred()) return NULL;
    if (((kr_ssizeobjargproc)wrapped)(self, i, NULL) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *wrap_objobjproc(KrObject *self, KrObject *args, void *wrapped)
{
    if (!check_num_args(args, 1)) return NULL;
    int r = ((kr_objobjproc)wrapped)(self, KR_TUPLE_GET(args, 0));
    if (r < 0) return NULL;
    return kr_bool_from(r);
}

static KrObject *wrap_objobjargproc(KrObject *self, KrObject *args, void *wrapped)
{
    if (!check_two_args(args)) return NULL;
    if (((kr_objobjargproc)wrapped)(self, KR_TUPLE_GET(args, 0), KR_TUPLE_GET(args, 1)) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *wrap_delitem(KrObject *self, KrObject *args, void *wrapped)
{
    if (!check_num_args(args, 1)) return NULL;
    if (((kr_objobjargproc)wrapped)(self, KR_TUPLE_GET(args, 0), NULL) < 0) return NULL;
    KR_RETURN_NONE;
}

/* Refuses object.__setattr__(int, ...) style calls that would bypass a C
 * type's own setattr. */
static int hackcheck(KrObject *self, kr_setattrofunc func, const char *what)
{
    KrTypeObject *type = KR_TYPE(self);
    KrObject *mro = type->tp_mro;
    if (!mro) return 1;
    KrTypeObject *defining = type;
    for (ssize_t i = KR_SIZE(mro) - 1; i >= 0; i--) {
        KrTypeObject *b = (KrTypeObject *)KR_TUPLE_GET(mro, i);
        if (b->tp_setattro == slot_tp_setattro) continue;
        if (b->tp_setattro == type->tp_setattro) {
            defining = b;
            break;
        }
    }
    for (KrTypeObject *b = defining; b; b = b->tp_base) {
        if (b->tp_setattro == func) break;
        if (b->tp_setattro != slot_tp_setattro) {
            kr_err_format(kr_exc_TypeError, "can't apply this %s to %s object", what, type->tp_name);
            return 0;
        }
    }
    return 1;
}

static KrObject *wrap_setattr(KrObject *self, KrObject *args, void *wrapped)
{
    if (!check_two_args(args)) return NULL;
    if (!hackcheck(self, (kr_setattrofunc)wrapped, "__setattr__")) return NULL;
    if (((kr_setattrofunc)wrapped)(self, KR_TUPLE_GET(args, 0), KR_TUPLE_GET(args, 1)) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *wrap_delattr(KrObject *self, KrObject *args, void *wrapped)
{
    if (!check_num_args(args, 1)) return NULL;
    if (!hackcheck(self, (kr_setattrofunc)wrapped, "__delattr__")) return NULL;
    if (((kr_setattrofunc)wrapped)(self, KR_TUPLE_GET(args, 0), NULL) < 0) return NULL;
    KR_RETURN_NONE;
}

#define WRAP_RICHCMP(fname, op) \
    static KrObject *fname(KrObject *self, KrObject *args, void *wrapped) \
    { \
        if (!check_num_args(args, 1)) return NULL; \
        return ((kr_richcmpfunc)wrapped)(self, KR_TUPLE_GET(args, 0), op); \
    }
WRAP_RICHCMP(richcmp_lt, KR_LT)
WRAP_RICHCMP(richcmp_le, KR_LE)
WRAP_RICHCMP(richcmp_eq, KR_EQ)
WRAP_RICHCMP(richcmp_ne, KR_NE)
WRAP_RICHCMP(richcmp_gt, KR_GT)
WRAP_RICHCMP(richcmp_ge, KR_GE)

static KrObject *wrap_next(KrObject *self, KrObject *args, void *wrapped)
{
    if (!check_num_args(args, 0)) return NULL;
    KrObject *r = ((kr_iternextfunc)wrapped)(self);
    if (!r && !kr_err_occurred()) kr_err_set_none(kr_exc_StopIteration);
    return r;
}

static KrObject *wrap_descr_get(KrObject *self, KrObject *args, void *wrapped)
{
    KrObject *obj, *type;
    if (!unpack_1_2(args, &obj, &type)) return NULL;
    if (obj == KR_NONE) obj = NULL;
    if (type == KR_NONE) type = NULL;
    if (!obj && !type) {
        kr_err_set_string(kr_exc_TypeError, "__get__(None, None) is invalid");
        return NULL;
    }
    return ((kr_descrgetfunc)wrapped)(self, obj, type);
}

static KrObject *wrap_descr_set(KrObject *self, KrObject *args, void *wrapped)
{
    if (!check_two_args(args)) return NULL;
    if (((kr_descrsetfunc)wrapped)(self, KR_TUPLE_GET(args, 0), KR_TUPLE_GET(args, 1)) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *wrap_descr_delete(KrObject *self, KrObject *args, void *wrapped)
{
    if (!check_num_args(args, 1)) return NULL;
    if (((kr_descrsetfunc)wrapped)(self, KR_TUPLE_GET(args, 0), NULL) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *wrap_init(KrObject *self, KrObject *args, void *wrapped, KrObject *kwds)
{
    if (((kr_initproc)wrapped)(self, args, kwds) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *wrap_call(KrObject *self, KrObject *args, void *wrapped, KrObject *kwds)
{
    return ((kr_ternaryfunc)wrapped)(self, args, kwds);
}

static KrObject *wrap_del(KrObject *self, KrObject *args, void *wrapped)
{
    if (!check_num_args(args, 0)) return NULL;
    ((kr_destructor)wrapped)(self);
    if (kr_err_occurred()) return NULL;
    KR_RETURN_NONE;
}

/* ---------------------------------------------------------------------------
 * The table
 * ------------------------------------------------------------------------ */

#define HT_OFF(field) ((int)offsetof(KrHeapTypeObject, field))
#define TPSLOT(n, slot, f, w, d) { n, HT_OFF(ht_type.slot), (void *)(f), (kr_wrapperfunc)(w), d, 0, NULL }
#define FLSLOT(n, slot, f, w, d) { n, HT_OFF(ht_type.slot), (void *)(f), (kr_wrapperfunc)(void *)(w), d, \
                                   KR_WRAPPER_FLAG_KEYWORDS, NULL }
#define AMSLOT(n, slot, f, w, d) { n, HT_OFF(as_async.slot), (void *)(f), (kr_wrapperfunc)(w), d, 0, NULL }
#define NBSLOT(n, slot, f, w, d) { n, HT_OFF(as_number.slot), (void *)(f), (kr_wrapperfunc)(w), d, 0, NULL }
#define MPSLOT(n, slot, f, w, d) { n, HT_OFF(as_mapping.slot), (void *)(f), (kr_wrapperfunc)(w), d, 0, NULL }
#define SQSLOT(n, slot, f, w, d) { n, HT_OFF(as_sequence.slot), (void *)(f), (kr_wrapperfunc)(w), d, 0, NULL }
#define BINSLOT(n, rn, slot, f, sym) \
    NBSLOT(n, slot, f, wrap_binaryfunc_l, "Return self" sym "value."), \
    NBSLOT(rn, slot, f, wrap_binaryfunc_r, "Return value" sym "self.")
#define IBSLOT(n, slot, f, sym) NBSLOT(n, slot, f, wrap_binaryfunc, "Return self" sym "value.")
#define UNSLOT(n, slot, f, doc) NBSLOT(n, slot, f, wrap_unaryfunc, doc)

static KrSlotDef slotdefs[] = {
    TPSLOT("__getattribute__", tp_getattro, slot_tp_getattr_hook, wrap_binaryfunc,
           "Return getattr(self, name)."),
    TPSLOT("__getattr__", tp_getattro, slot_tp_getattr_hook, NULL, NULL),
    TPSLOT("__setattr__", tp_setattro, slot_tp_setattro, wrap_setattr,
           "Implement setattr(self, name, value)."),
    TPSLOT("__delattr__", tp_setattro, slot_tp_setattro, wrap_delattr, "Implement delattr(self, name)."),
    TPSLOT("__repr__", tp_repr, slot_tp_repr, wrap_unaryfunc, "Return repr(self)."),
    TPSLOT("__hash__", tp_hash, slot_tp_hash, wrap_hashfunc, "Return hash(self)."),
    FLSLOT("__call__", tp_call, slot_tp_call, wrap_call, "Call self as a function."),
    TPSLOT("__str__", tp_str, slot_tp_str, wrap_unaryfunc, "Return str(self)."),
    TPSLOT("__lt__", tp_richcompare, slot_tp_richcompare, richcmp_lt, "Return self<value."),
    TPSLOT("__le__", tp_richcompare, slot_tp_richcompare, richcmp_le, "Return self<=value."),
    TPSLOT("__eq__", tp_richcompare, slot_tp_richcompare, richcmp_eq, "Return self==value."),
    TPSLOT("__ne__", tp_richcompare, slot_tp_richcompare, richcmp_ne, "Return self!=value."),
    TPSLOT("__gt__", tp_richcompare, slot_tp_richcompare, richcmp_gt, "Return self>value."),
    TPSLOT("__ge__", tp_richcompare, slot_tp_richcompare, richcmp_ge, "Return self>=value."),
    TPSLOT("__iter__", tp_iter, slot_tp_iter, wrap_unaryfunc, "Implement iter(self)."),
    TPSLOT("__next__", tp_iternext, slot_tp_iternext, wrap_next, "Implement next(self)."),
    TPSLOT("__get__", tp_descr_get, slot_tp_descr_get, wrap_descr_get,
           "Return an attribute of instance, which is of type owner."),
    TPSLOT("__set__", tp_descr_set, slot_tp_descr_set, wrap_descr_set,
           "Set an attribute of instance to value."),
    TPSLOT("__delete__", tp_descr_set, slot_tp_descr_set, wrap_descr_delete,
           "Delete an attribute of instance."),
    FLSLOT("__init__", tp_init, slot_tp_init, wrap_init,
           "Initialize self.  See help(type(self)) for accurate signature."),
    TPSLOT("__new__", tp_new, kr_slot_tp_new, NULL, NULL),
    TPSLOT("__del__", tp_finalize, slot_tp_finalize, wrap_del, "Called when the instance is about to be destroyed."),
    AMSLOT("__await__", am_await, slot_am_await, wrap_unaryfunc, "Return an iterator to be used in await expression."),
    AMSLOT("__aiter__", am_aiter, slot_am_aiter, wrap_unaryfunc, "Return an awaitable, that resolves in asynchronous iterator."),
    AMSLOT("__anext__", am_anext, slot_am_anext, wrap_unaryfunc, "Return a value or raise StopAsyncIteration."),
    BINSLOT("__add__", "__radd__", nb_add, slot_nb_add, "+"),
    BINSLOT("__sub__", "__rsub__", nb_subtract, slot_nb_subtract, "-"),
    BINSLOT("__mul__", "__rmul__", nb_multiply, slot_nb_multiply, "*"),
    BINSLOT("__mod__", "__rmod__", nb_remainder, slot_nb_remainder, "%"),
    NBSLOT("__divmod__", nb_divmod, slot_nb_divmod, wrap_binaryfunc_l, "Return divmod(self, value)."),
    NBSLOT("__rdivmod__", nb_divmod, slot_nb_divmod, wrap_binaryfunc_r, "Return divmod(value, self)."),
    NBSLOT("__pow__", nb_power, slot_nb_power, wrap_ternaryfunc, "Return pow(self, value, mod)."),
    NBSLOT("__rpow__", nb_power, slot_nb_power, wrap_ternaryfunc_r, "Return pow(value, self, mod)."),
    UNSLOT("__neg__", nb_negative, slot_nb_negative, "-self"),
    UNSLOT("__pos__", nb_positive, slot_nb_positive, "+self"),
    UNSLOT("__abs__", nb_absolute, slot_nb_absolute, "abs(self)"),
    NBSLOT("__bool__", nb_bool, slot_nb_bool, wrap_inquirypred, "True if self else False"),
    UNSLOT("__invert__", nb_invert, slot_nb_invert, "~self"),
    BINSLOT("__lshift__", "__rlshift__", nb_lshift, slot_nb_lshift, "<<"),
    BINSLOT("__rshift__", "__rrshift__", nb_rshift, slot_nb_rshift, ">>"),
    BINSLOT("__and__", "__rand__", nb_and, slot_nb_and, "&"),
    BINSLOT("__xor__", "__rxor__", nb_xor, slot_nb_xor, "^"),
    BINSLOT("__or__", "__ror__", nb_or, slot_nb_or, "|"),
    UNSLOT("__int__", nb_int, slot_nb_int, "int(self)"),
    UNSLOT("__float__", nb_float, slot_nb_float, "float(self)"),
    IBSLOT("__iadd__", nb_inplace_add, slot_nb_inplace_add, "+="),
    IBSLOT("__isub__", nb_inplace_subtract, slot_nb_inplace_subtract, "-="),
    IBSLOT("__imul__", nb_inplace_multiply, slot_nb_inplace_multiply, "*="),
    IBSLOT("__imod__", nb_inplace_remainder, slot_nb_inplace_remainder, "%="),
    NBSLOT("__ipow__", nb_inplace_power, slot_nb_inplace_power, wrap_inplace_power, "Return self**=value."),
    IBSLOT("__ilshift__", nb_inplace_lshift, slot_nb_inplace_lshift, "<<="),
    IBSLOT("__irshift__", nb_inplace_rshift, slot_nb_inplace_rshift, ">>="),
    IBSLOT("__iand__", nb_inplace_and, slot_nb_inplace_and, "&="),
    IBSLOT("__ixor__", nb_inplace_xor, slot_nb_inplace_xor, "^="),
    IBSLOT("__ior__", nb_inplace_or, slot_nb_inplace_or, "|="),
    BINSLOT("__floordiv__", "__rfloordiv__", nb_floor_divide, slot_nb_floor_divide, "//"),
    BINSLOT("__truediv__", "__rtruediv__", nb_true_divide, slot_nb_true_divide, "/"),
    IBSLOT("__ifloordiv__", nb_inplace_floor_divide, slot_nb_inplace_floor_divide, "//="),
    IBSLOT("__itruediv__", nb_inplace_true_divide, slot_nb_inplace_true_divide, "/="),
    UNSLOT("__index__", nb_index, slot_nb_index, "Return self converted to an integer, if self is suitable for use as an index into a list."),
    BINSLOT("__matmul__", "__rmatmul__", nb_matrix_multiply, slot_nb_matrix_multiply, "@"),
    IBSLOT("__imatmul__", nb_inplace_matrix_multiply, slot_nb_inplace_matrix_multiply, "@="),
    MPSLOT("__len__", mp_length, slot_sq_length, wrap_lenfunc, "Return len(self)."),
    MPSLOT("__getitem__", mp_subscript, slot_mp_subscript, wrap_binaryfunc, "Return self[key]."),
    MPSLOT("__setitem__", mp_ass_subscript, slot_mp_ass_subscript, wrap_objobjargproc, "Set self[key] to value."),
    MPSLOT("__delitem__", mp_ass_subscript, slot_mp_ass_subscript, wrap_delitem, "Delete self[key]."),
    SQSLOT("__len__", sq_length, slot_sq_length, wrap_lenfunc, "Return len(self)."),
    SQSLOT("__add__", sq_concat, NULL, wrap_binaryfunc, "Return self+value."),
    SQSLOT("__mul__", sq_repeat, NULL, wrap_indexargfunc, "Return self*value."),
    SQSLOT("__rmul__", sq_repeat, NULL, wrap_indexargfunc, "Return value*self."),
    SQSLOT("__getitem__", sq_item, slot_sq_item, wrap_sq_item, "Return self[key]."),
    SQSLOT("__setitem__", sq_ass_item, slot_sq_ass_item, wrap_sq_setitem, "Set self[key] to value."),
    SQSLOT("__delitem__", sq_ass_item, slot_sq_ass_item, wrap_sq_delitem, "Delete self[key]."),
    SQSLOT("__contains__", sq_contains, slot_sq_contains, wrap_objobjproc, "Return key in self."),
    SQSLOT("__iadd__", sq_inplace_concat, NULL, wrap_binaryfunc, "Implement self+=value."),
    SQSLOT("__imul__", sq_inplace_repeat, NULL, wrap_indexargfunc, "Implement self*=value."),
    { NULL, 0, NULL, NULL, NULL, 0, NULL },
};

int kr_type_slots_init(void)
{
    for (KrSlotDef *p = slotdefs; p->name; p++) {
        if (p->name_strobj) continue;
        p->name_strobj = kr_str_intern_cstr(p->name);
        if (!p->name_strobj) return -1;
    }
    return 0;
}

/* Where a slot lives in a type (NULL if its sub-table is missing). */
static void **slotptr(KrTypeObject *type, int offset)
{
    char *ptr;
    if (offset >= HT_OFF(as_buffer)) {
        ptr = (char *)type->tp_as_buffer;
        offset -= HT_OFF(as_buffer);
    } else if (offset >= HT_OFF(as_sequence)) {
        ptr = (char *)type->tp_as_sequence;
        offset -= HT_OFF(as_sequence);
    } else if (offset >= HT_OFF(as_mapping)) {
        ptr = (char *)type->tp_as_mapping;
        offset -= HT_OFF(as_mapping);
    } else if (offset >= HT_OFF(as_number)) {
        ptr = (char *)type->tp_as_number;
        offset -= HT_OFF(as_number);
    } else if (offset >= HT_OFF(as_async)) {
        ptr = (char *)type->tp_as_async;
        offset -= HT_OFF(as_async);
    } else {
        ptr = (char *)type;
    }
    if (!ptr) return NULL;
    return (void **)(ptr + offset);
}

int kr_type_add_slot_wrappers(KrTypeObject *t)
{
    if (!slotdefs[0].name_strobj && kr_type_slots_init() < 0) return -1;
    for (KrSlotDef *p = slotdefs; p->name; p++) {
        if (!p->wrapper) continue;
        void **ptr = slotptr(t, p->offset);
        if (!ptr || !*ptr) continue;
        int has = kr_dict_contains(t->tp_dict, p->name_strobj);
        if (has < 0) return -1;
        if (has) continue;
        if (*ptr == (void *)kr_object_hash_not_implemented) {
            if (kr_dict_set_item(t->tp_dict, p->name_strobj, KR_NONE) < 0) return -1;
            continue;
        }
        KrObject *d = kr_descr_new_wrapper(t, p, *ptr);
        if (!d) return -1;
        int r = kr_dict_set_item(t->tp_dict, p->name_strobj, d);
        KR_DECREF(d);
        if (r < 0) return -1;
    }
    return 0;
}


/* Sets the slot of group p (the entries sharing p's offset, p first) from
 * the dunders visible on type. Returns the entry after the group. */
static KrSlotDef *update_one_slot(KrTypeObject *type, KrSlotDef *p)
{
    void *generic = NULL, *specific = NULL;
    int use_generic = 0;
    int offset = p->offset;
    void **ptr = slotptr(type, offset);
    if (!ptr) {
        do { ++p; } while (p->name && p->offset == offset);
        return p;
    }
    do {
        KrObject *descr = kr_type_lookup(type, p->name_strobj);
        if (!descr) continue;
        /* A slot wrapper of the same name and signature gives the C function
         * itself ("specific"); a wrapper stored under another name (C.__repr__
         * = C.__str__) must go through the generic slot, as CPython does. */
        if (KR_TYPE(descr) == &kr_wrapper_descr_type &&
            ((KrWrapperDescrObject *)descr)->d_base->name_strobj == p->name_strobj &&
            ((KrWrapperDescrObject *)descr)->d_base->wrapper == p->wrapper) {
            void *tptr = ((KrWrapperDescrObject *)descr)->d_wrapped;
            if (!kr_type_is_subtype(type, ((KrDescrObject *)descr)->d_type)) {
                use_generic = 1;
                generic = p->function;
            } else if (!specific || specific == tptr) {
                specific = tptr;
            } else {
                use_generic = 1;
                generic = p->function;
            }
        } else if (kr_type_is_tp_new_wrapper(descr) && offset == HT_OFF(ht_type.tp_new)) {
            specific = (void *)type->tp_new;
            if (specific == (void *)kr_slot_tp_new) {
                /* inherited from a class: find the C constructor below */
                KrTypeObject *b = type->tp_base;
                while (b && b->tp_new == kr_slot_tp_new) b = b->tp_base;
                specific = b ? (void *)b->tp_new : NULL;
            }
        } else if (descr == KR_NONE && offset == HT_OFF(ht_type.tp_hash)) {
            specific = (void *)kr_object_hash_not_implemented;
        } else {
            use_generic = 1;
            generic = p->function;
        }
    } while ((++p)->name && p->offset == offset);
    if (specific && !use_generic) *ptr = specific;
    else *ptr = generic;
    return p;
}

void kr_type_fixup_slots(KrTypeObject *type)
{
    KrSlotDef *p = slotdefs;
    while (p->name) p = update_one_slot(type, p);
}

static void update_slot_recursive(KrTypeObject *type, KrSlotDef *group, int depth)
{
    if (!(type->tp_flags & KR_TPFLAGS_HEAPTYPE)) return;
    update_one_slot(type, group);
    if (!type->tp_subclasses || depth > 1000) return;
    ssize_t pos = 0;
    KrObject *k, *v;
    while (kr_dict_next(type->tp_subclasses, &pos, &k, &v)) {
        KrTypeObject *sub = (KrTypeObject *)(uintptr_t)kr_int_as_i64(k);
        update_slot_recursive(sub, group, depth + 1);
    }
}

int kr_type_update_slot_for_name(KrTypeObject *type, KrObject *name)
{
    if (!(type->tp_flags & KR_TPFLAGS_HEAPTYPE)) return 0;
    ssize_t n = KR_STR_LEN(name);
    if (n < 5 || KR_STR_READ_CHAR(name, 0) != '_' || KR_STR_READ_CHAR(name, 1) != '_') return 0;
    for (KrSlotDef *p = slotdefs; p->name; p++) {
        if (p->name_strobj != name && !kr_str_equal(p->name_strobj, name)) continue;
        KrSlotDef *g = p;
        while (g > slotdefs && g[-1].offset == g->offset) g--;
        update_slot_recursive(type, g, 0);
    }
    return 0;
}
