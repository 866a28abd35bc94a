/* abstract.c — the abstract object protocol: operators on numbers (with
 * CPython's binary_op1 dispatch and the sequence fallbacks), item access,
 * len(), `in`, iteration, conversions (index/int/float), and
 * isinstance/issubclass with __instancecheck__/__subclasscheck__. */
#include "abstract.h"
#include "genericalias.h"
#include "call.h"
#include "type.h"
#include "str.h"
#include "int.h"
#include "float.h"
#include "bytes.h"
#include "dict.h"
#include "list.h"
#include "tuple.h"
#include "ids.h"
#include "iter.h"
#include "union.h"
#include "../memory/gc.h"
#include "../vm/err.h"

#include <stddef.h>

/* ---------------------------------------------------------------------------
 * Number operators
 * ------------------------------------------------------------------------ */

#define NB_OFF(f) offsetof(KrNumberMethods, f)
static const size_t binop_offsets[KR_NB_COUNT] = {
    [KR_NB_ADD] = NB_OFF(nb_add),
    [KR_NB_AND] = NB_OFF(nb_and),
    [KR_NB_FLOOR_DIVIDE] = NB_OFF(nb_floor_divide),
    [KR_NB_LSHIFT] = NB_OFF(nb_lshift),
    [KR_NB_MATRIX_MULTIPLY] = NB_OFF(nb_matrix_multiply),
    [KR_NB_MULTIPLY] = NB_OFF(nb_multiply),
    [KR_NB_REMAINDER] = NB_OFF(nb_remainder),
    [KR_NB_OR] = NB_OFF(nb_or),
    [KR_NB_POWER] = NB_OFF(nb_power),
    [KR_NB_RSHIFT] = NB_OFF(nb_rshift),
    [KR_NB_SUBTRACT] = NB_OFF(nb_subtract),
    [KR_NB_TRUE_DIVIDE] = NB_OFF(nb_true_divide),
    [KR_NB_XOR] = NB_OFF(nb_xor),
    [KR_NB_INPLACE + KR_NB_ADD] = NB_OFF(nb_inplace_add),
    [KR_NB_INPLACE + KR_NB_AND] = NB_OFF(nb_inplace_and),
    [KR_NB_INPLACE + KR_NB_FLOOR_DIVIDE] = NB_OFF(nb_inplace_floor_divide),
    [KR_NB_INPLACE + KR_NB_LSHIFT] = NB_OFF(nb_inplace_lshift),
    [KR_NB_INPLACE + KR_NB_MATRIX_MULTIPLY] = NB_OFF(nb_inplace_matrix_multiply),
    [KR_NB_INPLACE + KR_NB_MULTIPLY] = NB_OFF(nb_inplace_multiply),
    [KR_NB_INPLACE + KR_NB_REMAINDER] = NB_OFF(nb_inplace_remainder),
    [KR_NB_INPLACE + KR_NB_OR] = NB_OFF(nb_inplace_or),
    [KR_NB_INPLACE + KR_NB_POWER] = NB_OFF(nb_inplace_power),
    [KR_NB_INPLACE + KR_NB_RSHIFT] = NB_OFF(nb_inplace_rshift),
    [KR_NB_INPLACE + KR_NB_SUBTRACT] = NB_OFF(nb_inplace_subtract),
    [KR_NB_INPLACE + KR_NB_TRUE_DIVIDE] = NB_OFF(nb_inplace_true_divide),
    [KR_NB_INPLACE + KR_NB_XOR] = NB_OFF(nb_inplace_xor),
};

static const char *const binop_symbols[KR_NB_COUNT] = {
    [KR_NB_ADD] = "+", [KR_NB_AND] = "&", [KR_NB_FLOOR_DIVIDE] = "//", [KR_NB_LSHIFT] = "<<",
    [KR_NB_MATRIX_MULTIPLY] = "@", [KR_NB_MULTIPLY] = "*", [KR_NB_REMAINDER] = "%",
    [KR_NB_OR] = "|", [KR_NB_POWER] = "** or pow()", [KR_NB_RSHIFT] = ">>", [KR_NB_SUBTRACT] = "-",
    [KR_NB_TRUE_DIVIDE] = "/", [KR_NB_XOR] = "^",
    [KR_NB_INPLACE + KR_NB_ADD] = "+=", [KR_NB_INPLACE + KR_NB_AND] = "&=",
    [KR_NB_INPLACE + KR_NB_FLOOR_DIVIDE] = "//=", [KR_NB_INPLACE + KR_NB_LSHIFT] = "<<=",
    [KR_NB_INPLACE + KR_NB_MATRIX_MULTIPLY] = "@=", [KR_NB_INPLACE + KR_NB_MULTIPLY] = "*=",
    [KR_NB_INPLACE + KR_NB_REMAINDER] = "%=", [KR_NB_INPLACE + KR_NB_OR] = "|=",
    [KR_NB_INPLACE + KR_NB_POWER] = "**=", [KR_NB_INPLACE + KR_NB_RSHIFT] = ">>=",
    [KR_NB_INPLACE + KR_NB_SUBTRACT] = "-=", [KR_NB_INPLACE + KR_NB_TRUE_DIVIDE] = "/=",
    [KR_NB_INPLACE + KR_NB_XOR] = "^=",
};

const char *kr_number_op_symbol(int op)
{
    if (op < 0 || op >= KR_NB_COUNT) return "?";
    return binop_symbols[op];
}

static inline void *nb_slot(KrObject *o, size_t off)
{
    KrNumberMethods *nb = KR_TYPE(o)->tp_as_number;
    return nb ? *(void **)((char *)nb + off) : NULL;
}

/* Calls a binary (or, for power, ternary with None) number slot. */
static inline KrObject *call_slot(void *slot, int is_power, KrObject *a, KrObject *b)
{
    if (is_power) return ((kr_ternaryfunc)slot)(a, b, KR_NONE);
    return ((kr_binaryfunc)slot)(a, b);
}

/* binary_op1: a's slot, then b's (b's first if b's type is a subclass of
 * a's and overrides the slot); NotImplemented if neither handles it. */
static KrObject *binary_op1(KrObject *v, KrObject *w, size_t off, int is_power)
{
    void *slotv = nb_slot(v, off), *slotw = NULL;
    KrObject *x;
    if (KR_TYPE(w) != KR_TYPE(v)) {
        slotw = nb_slot(w, off);
        if (slotw == slotv) slotw = NULL;
    }
    if (slotv) {
        if (slotw && kr_type_is_subtype(KR_TYPE(w), KR_TYPE(v))) {
            x = call_slot(slotw, is_power, v, w);
            if (x != KR_NOTIMPLEMENTED) return x;
            KR_DECREF(x);
            slotw = NULL;
        }
        x = call_slot(slotv, is_power, v, w);
        if (x != KR_NOTIMPLEMENTED) return x;
        KR_DECREF(x);
    }
    if (slotw) {
        x = call_slot(slotw, is_power, v, w);
        if (x != KR_NOTIMPLEMENTED) return x;
        KR_DECREF(x);
    }
    KR_RETURN_NOTIMPLEMENTED;
}

KrObject *kr_number_binop1(KrObject *a, KrObject *b, int op)
{
    return binary_op1(a, b, binop_offsets[op], op == KR_NB_POWER);
}

static KrObject *binop_type_error(KrObject *v, KrObject *w, const char *sym)
{
    return kr_err_format(kr_exc_TypeError, "unsupported operand type(s) for %.100s: '%.100s' and '%.100s'",
                         sym, KR_TYPE(v)->tp_name, KR_TYPE(w)->tp_name);
}

static KrObject *sequence_repeat(kr_ssizeargfunc f, KrObject *seq, KrObject *n)
{
    if (!kr_index_check(n))
        return kr_err_format(kr_exc_TypeError, "can't multiply sequence by non-int of type '%.200s'",
                             KR_TYPE(n)->tp_name);
    ssize_t count = kr_number_as_ssize(n, kr_exc_OverflowError);
    if (count == -1 && kr_err_occurred()) return NULL;
    return f(seq, count);
}

KrObject *kr_number_binop(KrObject *v, KrObject *w, int op)
{
    if (op < 0 || op >= KR_NB_COUNT) return kr_err_bad_internal_call();
    KrObject *result;
    if (op < KR_NB_INPLACE) {
        result = binary_op1(v, w, binop_offsets[op], op == KR_NB_POWER);
        if (result != KR_NOTIMPLEMENTED) return result;
        KR_DECREF(result);
        if (op == KR_NB_ADD) {
            KrSequenceMethods *m = KR_TYPE(v)->tp_as_sequence;
            if (m && m->sq_concat) return m->sq_concat(v, w);
        } else if (op == KR_NB_MULTIPLY) {
            KrSequenceMethods *mv = KR_TYPE(v)->tp_as_sequence, *mw = KR_TYPE(w)->tp_as_sequence;
            if (mv && mv->sq_repeat) return sequence_repeat(mv->sq_repeat, v, w);
            if (mw && mw->sq_repeat) return sequence_repeat(mw->sq_repeat, w, v);
        }
        return binop_type_error(v, w, binop_symbols[op]);
    }
    /* in-place: the in-place slot of v, then the plain operator */
    int plain = op - KR_NB_INPLACE;
    void *islot = nb_slot(v, binop_offsets[op]);
    if (islot) {
        result = plain == KR_NB_POWER ? ((kr_ternaryfunc)islot)(v, w, KR_NONE) : ((kr_binaryfunc)islot)(v, w);
        if (result != KR_NOTIMPLEMENTED) return result;
        KR_DECREF(result);
    }
    result = binary_op1(v, w, binop_offsets[plain], plain == KR_NB_POWER);
    if (result != KR_NOTIMPLEMENTED) return result;
    KR_DECREF(result);
    if (plain == KR_NB_ADD) {
        KrSequenceMethods *m = KR_TYPE(v)->tp_as_sequence;
        if (m) {
            kr_binaryfunc f = m->sq_inplace_concat ? m->sq_inplace_concat : m->sq_concat;
            if (f) return f(v, w);
        }
    } else if (plain == KR_NB_MULTIPLY) {
        KrSequenceMethods *mv = KR_TYPE(v)->tp_as_sequence, *mw = KR_TYPE(w)->tp_as_sequence;
        if (mv) {
            kr_ssizeargfunc f = mv->sq_inplace_repeat ? mv->sq_inplace_repeat : mv->sq_repeat;
            if (f) return sequence_repeat(f, v, w);
        } else if (mw && mw->sq_repeat) {
            return sequence_repeat(mw->sq_repeat, w, v);
        }
    }
    return binop_type_error(v, w, binop_symbols[op]);
}

KrObject *kr_number_power(KrObject *v, KrObject *w, KrObject *z)
{
    if (!z || z == KR_NONE) return kr_number_binop(v, w, KR_NB_POWER);
    /* ternary_op: v's slot, w's, then z's */
    size_t off = NB_OFF(nb_power);
    kr_ternaryfunc slotv = nb_slot(v, off), slotw = NULL, slotz;
    KrObject *x;
    if (KR_TYPE(w) != KR_TYPE(v)) {
        slotw = nb_slot(w, off);
        if (slotw == slotv) slotw = NULL;
    }
    if (slotv) {
        if (slotw && kr_type_is_subtype(KR_TYPE(w), KR_TYPE(v))) {
            x = slotw(v, w, z);
            if (x != KR_NOTIMPLEMENTED) return x;
            KR_DECREF(x);
            slotw = NULL;
        }
        x = slotv(v, w, z);
        if (x != KR_NOTIMPLEMENTED) return x;
        KR_DECREF(x);
    }
    if (slotw) {
        x = slotw(v, w, z);
        if (x != KR_NOTIMPLEMENTED) return x;
        KR_DECREF(x);
    }
    slotz = nb_slot(z, off);
    if (slotz && slotz != slotv && slotz != slotw) {
        x = slotz(v, w, z);
        if (x != KR_NOTIMPLEMENTED) return x;
        KR_DECREF(x);
    }
    return kr_err_format(kr_exc_TypeError,
                         "unsupported operand type(s) for ** or pow(): '%.100s', '%.100s', '%.100s'",
                         KR_TYPE(v)->tp_name, KR_TYPE(w)->tp_name, KR_TYPE(z)->tp_name);
}

#define UNARY(fname, slot, sym) \
    KrObject *fname(KrObject *o) \
    { \
        KrNumberMethods *nb = KR_TYPE(o)->tp_as_number; \
        if (nb && nb->slot) return nb->slot(o); \
        return kr_err_format(kr_exc_TypeError, "bad operand type for " sym ": '%.200s'", \
                             KR_TYPE(o)->tp_name); \
    }
UNARY(kr_number_negative, nb_negative, "unary -")
UNARY(kr_number_positive, nb_positive, "unary +")
UNARY(kr_number_invert, nb_invert, "unary ~")
UNARY(kr_number_absolute, nb_absolute, "abs()")

/* ---------------------------------------------------------------------------
 * Conversions
 * ------------------------------------------------------------------------ */

/* The DeprecationWarning for __index__/__int__/__float__ returning an
 * instance of a strict subclass of int/float. 0, or -1 if it became an error. */
static int deprecated_subclass_result(const char *meth, const char *base, KrObject *r)
{
    KrObject *msg = kr_str_from_format("%s returned non-%s (type %.200s).  The ability to return an "
                                       "instance of a strict subclass of %s is deprecated, and may be "
                                       "removed in a future version of Python.",
                                       meth, base, KR_TYPE(r)->tp_name, base);
    if (!msg) return -1;
    const char *u = kr_str_as_utf8(msg, NULL);
    int rc = u ? kr_err_warn(kr_exc_DeprecationWarning, u, 1) : -1;
    KR_DECREF(msg);
    return rc;
}

int kr_index_check(KrObject *o)
{
    KrNumberMethods *nb = KR_TYPE(o)->tp_as_number;
    return nb && nb->nb_index;
}

/* An exact int equal to the int subclass instance o. */
static KrObject *int_exact_copy(KrObject *o)
{
    if (KR_INT_IS_SMALL(o)) return kr_int_from_i64(KR_INT_SMALL_VALUE(o));
    KrObject *zero = kr_int_from_i64(0);
    if (!zero) return NULL;
    KrObject *r = kr_int_binop(o, zero, KR_NB_ADD);
    KR_DECREF(zero);
    return r;
}

KrObject *kr_number_index_any(KrObject *o)
{
    if (KR_INT_CHECK(o)) return kr_newref(o);
    KrNumberMethods *nb = KR_TYPE(o)->tp_as_number;
    if (!nb || !nb->nb_index)
        return kr_err_format(kr_exc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                             KR_TYPE(o)->tp_name);
    KrObject *r = nb->nb_index(o);
    if (!r || KR_INT_CHECK_EXACT(r)) return r;
    if (!KR_INT_CHECK(r)) {
        kr_err_format(kr_exc_TypeError, "__index__ returned non-int (type %.200s)", KR_TYPE(r)->tp_name);
        KR_DECREF(r);
        return NULL;
    }
    if (deprecated_subclass_result("__index__", "int", r) < 0) {
        KR_DECREF(r);
        return NULL;
    }
    return r;
}

KrObject *kr_number_index(KrObject *o)
{
    if (KR_INT_CHECK_EXACT(o)) return kr_newref(o);
    KrObject *r = kr_number_index_any(o);
    if (r && !KR_INT_CHECK_EXACT(r)) {
        KrObject *c = int_exact_copy(r);
        KR_DECREF(r);
        return c;
    }
    return r;
}

ssize_t kr_number_as_ssize(KrObject *o, KrObject *overflow_exc)
{
    if (KR_INT_CHECK_EXACT(o) && KR_INT_IS_SMALL(o)) {
        int64_t v = KR_INT_SMALL_VALUE(o);
        return (ssize_t)v;
    }
    KrObject *idx = kr_number_index_any(o);
    if (!idx) return -1;
    ssize_t r = kr_int_as_ssize(idx);
    if (r == -1 && kr_err_occurred()) {
        if (!kr_err_matches(kr_exc_OverflowError)) {
            KR_DECREF(idx);
            return -1;
        }
        kr_err_clear();
        if (!overflow_exc) {
            r = kr_int_sign(idx) < 0 ? (ssize_t)INT64_MIN : (ssize_t)INT64_MAX;
        } else {
            kr_err_format(overflow_exc, "cannot fit '%.200s' into an index-sized integer", KR_TYPE(o)->tp_name);
            r = -1;
        }
    }
    KR_DECREF(idx);
    return r;
}

KrObject *kr_number_long(KrObject *o)
{
    if (KR_INT_CHECK_EXACT(o)) return kr_newref(o);
    KrNumberMethods *nb = KR_TYPE(o)->tp_as_number;
    if (nb && nb->nb_int) {
        KrObject *r = nb->nb_int(o);
        if (!r || KR_INT_CHECK_EXACT(r)) return r;
        if (!KR_INT_CHECK(r)) {
            kr_err_format(kr_exc_TypeError, "__int__ returned non-int (type %.200s)", KR_TYPE(r)->tp_name);
            KR_DECREF(r);
            return NULL;
        }
        if (deprecated_subclass_result("__int__", "int", r) < 0) {
            KR_DECREF(r);
            return NULL;
        }
        KrObject *c = int_exact_copy(r);
        KR_DECREF(r);
        return c;
    }
    if (nb && nb->nb_index) return kr_number_index(o);
    KrObject *trunc = kr_object_lookup_special(o, KR_ID(__trunc__));
    if (trunc) {
        if (kr_err_warn(kr_exc_DeprecationWarning,
                        "The delegation of int() to __trunc__ is deprecated.", 1) < 0) {
            KR_DECREF(trunc);
            return NULL;
        }
        KrObject *r = kr_object_call_noargs(trunc);
        KR_DECREF(trunc);
        if (!r || KR_INT_CHECK_EXACT(r)) return r;
        if (KR_INT_CHECK(r)) {
            KrObject *c = int_exact_copy(r);
            KR_DECREF(r);
            return c;
        }
        if (!kr_index_check(r)) {
            kr_err_format(kr_exc_TypeError, "__trunc__ returned non-Integral (type %.200s)", KR_TYPE(r)->tp_name);
            KR_DECREF(r);
            return NULL;
        }
        KrObject *c = kr_number_index(r);
        KR_DECREF(r);
        return c;
    }
    if (kr_err_occurred()) return NULL;
    if (KR_STR_CHECK(o)) {
        ssize_t n;
        const char *s = kr_str_as_utf8(o, &n);
        if (!s) return NULL;
        return kr_int_from_string(s, n, 10);
    }
    if (KR_BYTES_CHECK(o)) return kr_int_from_string(KR_BYTES_DATA(o), KR_BYTES_LEN(o), 10);
    if (KR_BYTEARRAY_CHECK(o)) return kr_int_from_string(KR_BYTEARRAY_DATA(o), KR_SIZE(o), 10);
    return kr_err_format(kr_exc_TypeError,
                         "int() argument must be a string, a bytes-like object or a real number, not '%.200s'",
                         KR_TYPE(o)->tp_name);
}

KrObject *kr_number_float(KrObject *o)
{
    if (KR_FLOAT_CHECK_EXACT(o)) return kr_newref(o);
    KrNumberMethods *nb = KR_TYPE(o)->tp_as_number;
    if (nb && nb->nb_float) {
        KrObject *r = nb->nb_float(o);
        if (!r || KR_FLOAT_CHECK_EXACT(r)) return r;
        if (!KR_FLOAT_CHECK(r)) {
            kr_err_format(kr_exc_TypeError, "%.50s.__float__ returned non-float (type %.50s)",
                          KR_TYPE(o)->tp_name, KR_TYPE(r)->tp_name);
            KR_DECREF(r);
            return NULL;
        }
        KrObject *msg = kr_str_from_format("%.50s.__float__ returned non-float (type %.50s).  The ability to "
                                           "return an instance of a strict subclass of float is deprecated, "
                                           "and may be removed in a future version of Python.",
                                           KR_TYPE(o)->tp_name, KR_TYPE(r)->tp_name);
        const char *u = msg ? kr_str_as_utf8(msg, NULL) : NULL;
        int wr = u ? kr_err_warn(kr_exc_DeprecationWarning, u, 1) : -1;
        KR_XDECREF(msg);
        if (wr < 0) {
            KR_DECREF(r);
            return NULL;
        }
        double v = KR_FLOAT_VALUE(r);
        KR_DECREF(r);
        return kr_float_from_double(v);
    }
    if (nb && nb->nb_index) {
        KrObject *i = kr_number_index(o);
        if (!i) return NULL;
        double v = kr_int_as_double(i);
        KR_DECREF(i);
        if (v == -1.0 && kr_err_occurred()) return NULL;
        return kr_float_from_double(v);
    }
    if (KR_FLOAT_CHECK(o)) return kr_float_from_double(KR_FLOAT_VALUE(o));
    if (KR_STR_CHECK(o) || KR_BYTES_CHECK(o) || KR_BYTEARRAY_CHECK(o)) return kr_float_from_string(o);
    return kr_err_format(kr_exc_TypeError, "float() argument must be a string or a real number, not '%.200s'",
                         KR_TYPE(o)->tp_name);
}

/* ---------------------------------------------------------------------------
 * Items and length
 * ------------------------------------------------------------------------ */

ssize_t kr_object_length(KrObject *o)
{
    KrTypeObject *t = KR_TYPE(o);
    if (t->tp_as_sequence && t->tp_as_sequence->sq_length) return t->tp_as_sequence->sq_length(o);
    if (t->tp_as_mapping && t->tp_as_mapping->mp_length) return t->tp_as_mapping->mp_length(o);
    kr_err_format(kr_exc_TypeError, "object of type '%.200s' has no len()", t->tp_name);
    return -1;
}

ssize_t kr_object_length_hint(KrObject *o, ssize_t dflt)
{
    KrTypeObject *t = KR_TYPE(o);
    if ((t->tp_as_sequence && t->tp_as_sequence->sq_length) || (t->tp_as_mapping && t->tp_as_mapping->mp_length)) {
        ssize_t n = kr_object_length(o);
        if (n >= 0) return n;
        if (!kr_err_matches(kr_exc_TypeError)) return -1;
        kr_err_clear();
    }
    KrObject *hint = kr_object_lookup_special(o, KR_ID(__length_hint__));
    if (!hint) return kr_err_occurred() ? -1 : dflt;
    KrObject *r = kr_object_call_noargs(hint);
    KR_DECREF(hint);
    if (!r) {
        if (kr_err_matches(kr_exc_TypeError)) {
            kr_err_clear();
            return dflt;
        }
        return -1;
    }
    if (r == KR_NOTIMPLEMENTED) {
        KR_DECREF(r);
        return dflt;
    }
    if (!KR_INT_CHECK(r)) {
        kr_err_format(kr_exc_TypeError, "__length_hint__ must be an integer, not %.100s", KR_TYPE(r)->tp_name);
        KR_DECREF(r);
        return -1;
    }
    ssize_t n = kr_int_as_ssize(r);
    KR_DECREF(r);
    if (n == -1 && kr_err_occurred()) return -1;
    if (n < 0) {
        kr_err_set_string(kr_exc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

KrObject *kr_sequence_get_item(KrObject *o, ssize_t i)
{
    KrSequenceMethods *m = KR_TYPE(o)->tp_as_sequence;
    if (m && m->sq_item) {
        if (i < 0 && m->sq_length) {
            ssize_t n = m->sq_length(o);
            if (n < 0) return NULL;
            i += n;
        }
        return m->sq_item(o, i);
    }
    if (KR_TYPE(o)->tp_as_mapping && KR_TYPE(o)->tp_as_mapping->mp_subscript)
        return kr_err_format(kr_exc_TypeError, "%.200s is not a sequence", KR_TYPE(o)->tp_name);
    return kr_err_format(kr_exc_TypeError, "'%.200s' object does not support indexing", KR_TYPE(o)->tp_name);
}

KrObject *kr_object_getitem(KrObject *o, KrObject *key)
{
    KrTypeObject *t = KR_TYPE(o);
    KrMappingMethods *m = t->tp_as_mapping;
    if (m && m->mp_subscript) return m->mp_subscript(o, key);
    KrSequenceMethods *ms = t->tp_as_sequence;
    if (ms && ms->sq_item) {
        if (kr_index_check(key)) {
            ssize_t i = kr_number_as_ssize(key, kr_exc_IndexError);
            if (i == -1 && kr_err_occurred()) return NULL;
            return kr_sequence_get_item(o, i);
        }
        return kr_err_format(kr_exc_TypeError, "sequence index must be integer, not '%.200s'",
                             KR_TYPE(key)->tp_name);
    }
    if (KR_TYPE_CHECK(o)) {
        /* type[int] is types.GenericAlias, though type has no
         * __class_getitem__ (as CPython's PyObject_GetItem) */
        if (o == (KrObject *)&kr_type_type) return kr_generic_alias_new(o, key);
        KrObject *meth;
        int r = kr_object_lookup_attr(o, KR_ID(__class_getitem__), &meth);
        if (r < 0) return NULL;
        if (meth) {
            KrObject *res = kr_object_call_one(meth, key);
            KR_DECREF(meth);
            return res;
        }
        return kr_err_format(kr_exc_TypeError, "type '%.200s' is not subscriptable", ((KrTypeObject *)o)->tp_name);
    }
    return kr_err_format(kr_exc_TypeError, "'%.200s' object is not subscriptable", t->tp_name);
}

int kr_object_setitem(KrObject *o, KrObject *key, KrObject *value)
{
    KrTypeObject *t = KR_TYPE(o);
    KrMappingMethods *m = t->tp_as_mapping;
    if (m && m->mp_ass_subscript) return m->mp_ass_subscript(o, key, value);
    KrSequenceMethods *ms = t->tp_as_sequence;
    if (ms && ms->sq_ass_item) {
        if (kr_index_check(key)) {
            ssize_t i = kr_number_as_ssize(key, kr_exc_IndexError);
            if (i == -1 && kr_err_occurred()) return -1;
            if (i < 0 && ms->sq_length) {
                ssize_t n = ms->sq_length(o);
                if (n < 0) return -1;
                i += n;
            }
            return ms->sq_ass_item(o, i, value);
        }
        if (ms->sq_item || !m) {
            kr_err_format(kr_exc_TypeError, "sequence index must be integer, not '%.200s'", KR_TYPE(key)->tp_name);
            return -1;
        }
    }
    if (value)
        kr_err_format(kr_exc_TypeError, "'%.200s' object does not support item assignment", t->tp_name);
    else
        kr_err_format(kr_exc_TypeError, "'%.200s' object doesn't support item deletion", t->tp_name);
    return -1;
}

int kr_object_delitem(KrObject *o, KrObject *key) { return kr_object_setitem(o, key, NULL); }

int kr_sequence_check(KrObject *o)
{
    if (KR_DICT_CHECK(o)) return 0;
    KrSequenceMethods *m = KR_TYPE(o)->tp_as_sequence;
    return m && m->sq_item;
}

int kr_mapping_check(KrObject *o)
{
    KrMappingMethods *m = KR_TYPE(o)->tp_as_mapping;
    return m && m->mp_subscript;
}

static KrObject *mapping_method_list(KrObject *o, const char *meth)
{
    KrObject *r = kr_object_call_method_str(o, meth, NULL, 0);
    if (!r) return NULL;
    KrObject *l = kr_sequence_list(r);
    KR_DECREF(r);
    return l;
}

KrObject *kr_mapping_keys(KrObject *o)
{
    if (KR_DICT_CHECK_EXACT(o)) return kr_dict_keys(o);
    return mapping_method_list(o, "keys");
}

KrObject *kr_mapping_items(KrObject *o)
{
    if (KR_DICT_CHECK_EXACT(o)) return kr_dict_items(o);
    return mapping_method_list(o, "items");
}

/* ---------------------------------------------------------------------------
 * Iteration
 * ------------------------------------------------------------------------ */

int kr_iter_check(KrObject *o)
{
    kr_iternextfunc f = KR_TYPE(o)->tp_iternext;
    return f != NULL;
}

int kr_object_is_iterable(KrObject *o)
{
    return KR_TYPE(o)->tp_iter != NULL || kr_sequence_check(o);
}

KrObject *kr_object_get_iter(KrObject *o)
{
    KrTypeObject *t = KR_TYPE(o);
    kr_getiterfunc f = t->tp_iter;
    if (!f) {
        if (kr_sequence_check(o)) {
            return kr_seqiter_new(o);
        }
        return kr_err_format(kr_exc_TypeError, "'%.200s' object is not iterable", t->tp_name);
    }
    KrObject *res = f(o);
    if (res && !kr_iter_check(res)) {
        kr_err_format(kr_exc_TypeError, "iter() returned non-iterator of type '%.100s'", KR_TYPE(res)->tp_name);
        KR_DECREF(res);
        return NULL;
    }
    return res;
}

KrObject *kr_iter_next(KrObject *it)
{
    kr_iternextfunc f = KR_TYPE(it)->tp_iternext;
    if (!f)
        return kr_err_format(kr_exc_TypeError, "'%.200s' object is not an iterator", KR_TYPE(it)->tp_name);
    KrObject *r = f(it);
    if (!r && kr_err_occurred() && kr_err_matches(kr_exc_StopIteration)) kr_err_clear();
    return r;
}

/* `in` by iteration: 1 found, 0 not, -1 error. */
int kr_sequence_iter_search_contains(KrObject *seq, KrObject *obj)
{
    KrObject *it = kr_object_get_iter(seq);
    if (!it) {
        if (kr_err_matches(kr_exc_TypeError)) {
            kr_err_clear();
            kr_err_format(kr_exc_TypeError, "argument of type '%.200s' is not iterable", KR_TYPE(seq)->tp_name);
        }
        return -1;
    }
    int found = 0;
    for (;;) {
        KrObject *item = kr_iter_next(it);
        if (!item) {
            if (kr_err_occurred()) found = -1;
            break;
        }
        int cmp = kr_object_richcompare_bool(item, obj, KR_EQ);
        KR_DECREF(item);
        if (cmp != 0) {
            found = cmp;
            break;
        }
    }
    KR_DECREF(it);
    return found;
}

int kr_sequence_contains(KrObject *seq, KrObject *item)
{
    KrSequenceMethods *m = KR_TYPE(seq)->tp_as_sequence;
    if (m && m->sq_contains) return m->sq_contains(seq, item);
    return kr_sequence_iter_search_contains(seq, item);
}

static ssize_t iter_search(KrObject *seq, KrObject *value, int want_index)
{
    KrObject *it = kr_object_get_iter(seq);
    if (!it) return -1;
    ssize_t count = 0, i = 0;
    for (;; i++) {
        KrObject *item = kr_iter_next(it);
        if (!item) {
            if (kr_err_occurred()) {
                KR_DECREF(it);
                return -1;
            }
            break;
        }
        int cmp = kr_object_richcompare_bool(item, value, KR_EQ);
        KR_DECREF(item);
        if (cmp < 0) {
            KR_DECREF(it);
            return -1;
        }
        if (cmp) {
            if (want_index) {
                KR_DECREF(it);
                return i;
            }
            count++;
        }
    }
    KR_DECREF(it);
    if (want_index) {
        kr_err_set_string(kr_exc_ValueError, "sequence.index(x): x not in sequence");
        return -1;
    }
    return count;
}

ssize_t kr_sequence_count(KrObject *seq, KrObject *value) { return iter_search(seq, value, 0); }
ssize_t kr_sequence_index(KrObject *seq, KrObject *value) { return iter_search(seq, value, 1); }

KrObject *kr_sequence_list(KrObject *iterable)
{
    KrObject *l = kr_list_new(0);
    if (!l) return NULL;
    if (kr_list_extend(l, iterable) < 0) {
        KR_DECREF(l);
        return NULL;
    }
    return l;
}

KrObject *kr_sequence_tuple(KrObject *iterable)
{
    if (KR_TUPLE_CHECK_EXACT(iterable)) return kr_newref(iterable);
    if (KR_LIST_CHECK_EXACT(iterable)) return kr_list_as_tuple(iterable);
    KrObject *l = kr_sequence_list(iterable);
    if (!l) return NULL;
    KrObject *t = kr_list_as_tuple(l);
    KR_DECREF(l);
    return t;
}

KrObject *kr_sequence_fast(KrObject *o, const char *errmsg)
{
    if (KR_LIST_CHECK_EXACT(o) || KR_TUPLE_CHECK_EXACT(o)) return kr_newref(o);
    KrObject *it = kr_object_get_iter(o);
    if (!it) {
        if (kr_err_matches(kr_exc_TypeError) && errmsg) {
            kr_err_clear();
            kr_err_set_string(kr_exc_TypeError, errmsg);
        }
        return NULL;
    }
    KrObject *l = kr_sequence_list(it);
    KR_DECREF(it);
    return l;
}

/* ---------------------------------------------------------------------------
 * isinstance / issubclass
 * ------------------------------------------------------------------------ */

/* cls.__bases__ if it is a tuple (new ref), else NULL without error. */
static KrObject *abstract_get_bases(KrObject *cls)
{
    KrObject *bases;
    if (kr_object_lookup_attr(cls, KR_ID(__bases__), &bases) < 0) return NULL;
    if (bases && !KR_TUPLE_CHECK(bases)) KR_CLEAR(bases);
    return bases;
}

static int abstract_issubclass(KrObject *derived, KrObject *cls)
{
    for (;;) {
        if (derived == cls) return 1;
        KrObject *bases = abstract_get_bases(derived);
        if (!bases) return kr_err_occurred() ? -1 : 0;
        ssize_t n = KR_SIZE(bases);
        if (n == 0) {
            KR_DECREF(bases);
            return 0;
        }
        if (n == 1) {
            /* avoid recursion in the single-inheritance case */
            derived = KR_TUPLE_GET(bases, 0);
            KR_DECREF(bases);
            continue;
        }
        int r = 0;
        if (kr_recursion_enter(" in __issubclass__")) {
            KR_DECREF(bases);
            return -1;
        }
        for (ssize_t i = 0; i < n && r == 0; i++) r = abstract_issubclass(KR_TUPLE_GET(bases, i), cls);
        kr_recursion_leave();
        KR_DECREF(bases);
        return r;
    }
}

static int check_class(KrObject *cls, const char *error)
{
    KrObject *bases = abstract_get_bases(cls);
    if (!bases) {
        if (!kr_err_occurred()) kr_err_set_string(kr_exc_TypeError, error);
        return 0;
    }
    KR_DECREF(bases);
    return 1;
}

int kr_object_real_is_instance(KrObject *inst, KrObject *cls)
{
    int r;
    if (KR_TYPE_CHECK(cls)) {
        r = kr_type_is_subtype(KR_TYPE(inst), (KrTypeObject *)cls);
        if (r) return r;
        KrObject *icls;
        if (kr_object_lookup_attr(inst, KR_ID(__class__), &icls) < 0) return -1;
        if (icls) {
            if (icls != (KrObject *)KR_TYPE(inst) && KR_TYPE_CHECK(icls))
                r = kr_type_is_subtype((KrTypeObject *)icls, (KrTypeObject *)cls);
            else
                r = 0;
            KR_DECREF(icls);
        }
        return r;
    }
    if (!check_class(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union")) return -1;
    KrObject *icls;
    if (kr_object_lookup_attr(inst, KR_ID(__class__), &icls) < 0) return -1;
    if (!icls) return 0;
    r = abstract_issubclass(icls, cls);
    KR_DECREF(icls);
    return r;
}

int kr_object_real_is_subclass(KrObject *derived, KrObject *cls)
{
    if (KR_TYPE_CHECK(cls) && KR_TYPE_CHECK(derived))
        return kr_type_is_subtype((KrTypeObject *)derived, (KrTypeObject *)cls);
    if (!check_class(derived, "issubclass() arg 1 must be a class")) return -1;
    if (!check_class(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union")) return -1;
    return abstract_issubclass(derived, cls);
}

static int object_is_instance_impl(KrObject *inst, KrObject *cls)
{
    if (KR_TYPE(inst) == (KrTypeObject *)cls) return 1;
    if (KR_TYPE(cls) == &kr_type_type) return kr_object_real_is_instance(inst, cls);
    if (KR_TYPE(cls) == &kr_union_type) cls = kr_union_args_borrow(cls);
    if (KR_TUPLE_CHECK(cls)) {
        if (kr_recursion_enter(" in __instancecheck__")) return -1;
        int r = 0;
        ssize_t n = KR_SIZE(cls);
        for (ssize_t i = 0; i < n && r == 0; i++) r = object_is_instance_impl(inst, KR_TUPLE_GET(cls, i));
        kr_recursion_leave();
        return r;
    }
    KrObject *checker = kr_object_lookup_special(cls, KR_ID(__instancecheck__));
    if (checker) {
        if (kr_recursion_enter(" in __instancecheck__")) {
            KR_DECREF(checker);
            return -1;
        }
        KrObject *res = kr_object_call_one(checker, inst);
        kr_recursion_leave();
        KR_DECREF(checker);
        if (!res) return -1;
        int ok = kr_object_is_true(res);
        KR_DECREF(res);
        return ok;
    }
    if (kr_err_occurred()) return -1;
    return kr_object_real_is_instance(inst, cls);
}

int kr_object_is_instance(KrObject *inst, KrObject *cls) { return object_is_instance_impl(inst, cls); }

int kr_object_is_subclass(KrObject *derived, KrObject *cls)
{
    if (KR_TYPE(cls) == &kr_type_type) {
        if (derived == cls) return 1;
        return kr_object_real_is_subclass(derived, cls);
    }
    if (KR_TYPE(cls) == &kr_union_type) cls = kr_union_args_borrow(cls);
    if (KR_TUPLE_CHECK(cls)) {
        if (kr_recursion_enter(" in __subclasscheck__")) return -1;
        int r = 0;
        ssize_t n = KR_SIZE(cls);
        for (ssize_t i = 0; i < n && r == 0; i++) r = kr_object_is_subclass(derived, KR_TUPLE_GET(cls, i));
        kr_recursion_leave();
        return r;
    }
    KrObject *checker = kr_object_lookup_special(cls, KR_ID(__subclasscheck__));
    if (checker) {
        if (kr_recursion_enter(" in __subclasscheck__")) {
            KR_DECREF(checker);
            return -1;
        }
        KrObject *res = kr_object_call_one(checker, derived);
        kr_recursion_leave();
        KR_DECREF(checker);
        if (!res) return -1;
        int ok = kr_object_is_true(res);
        KR_DECREF(res);
        return ok;
    }
    if (kr_err_occurred()) return -1;
    return kr_object_real_is_subclass(derived, cls);
}
