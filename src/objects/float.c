/* float.c — the float type: C doubles with Python's arithmetic rules
 * (floor division and modulo signs, ** special cases), exact comparison
 * with ints, the numeric hash, the float() constructor and the methods.
 * Text conversions live in float_repr.c; complex in complex.c. */
#include <gmp.h>
#include "float.h"
#include "float_repr.h"
#include "int.h"
#include "str.h"
#include "bytes.h"
#include "tuple.h"
#include "dict.h"
#include "hash.h"
#include "type.h"
#include "format_spec.h"
#include "../vm/err.h"
#include "../memory/mem.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/* ---------------------------------------------------------------------------
 * Allocation: a small free list of exact floats, since arithmetic makes and
 * drops them at a high rate.
 * ------------------------------------------------------------------------ */

#define FLOAT_FREELIST_MAX 100
static KrFloatObject *float_freelist[FLOAT_FREELIST_MAX];
static int float_freelist_n;

KrObject *kr_float_from_double(double v)
{
    KrFloatObject *f;
    if (float_freelist_n > 0) {
        f = float_freelist[--float_freelist_n];
        f->ob_base.ob_refcnt = 1;
        KR_REF_TOTAL_INC();
    } else {
        f = KR_NEW(KrFloatObject, &kr_float_type);
        if (!f) return NULL;
    }
    f->value = v;
    return (KrObject *)f;
}

static void float_dealloc(KrObject *o)
{
    if (KR_FLOAT_CHECK_EXACT(o) && float_freelist_n < FLOAT_FREELIST_MAX) {
        float_freelist[float_freelist_n++] = (KrFloatObject *)o;
        return;
    }
    KR_TYPE(o)->tp_free(o);
}

/* ---------------------------------------------------------------------------
 * Conversions
 * ------------------------------------------------------------------------ */

/* o.__float__() checked as CPython does: a float, or a float subclass
 * (DeprecationWarning, converted to an exact float); TypeError otherwise.
 * New reference to an exact float, or NULL. */
static KrObject *float_call_nb_float(KrObject *o, KrNumberMethods *nb)
{
    KrObject *r = nb->nb_float(o);
    if (!r || KR_FLOAT_CHECK_EXACT(r)) return r;
    if (!KR_FLOAT_CHECK(r)) {
        kr_err_format(kr_exc_TypeError, "%s.__float__ returned non-float (type %s)",
                      KR_TYPE(o)->tp_name, KR_TYPE(r)->tp_name);
        KR_DECREF(r);
        return NULL;
    }
    char msg[300];
    snprintf(msg, sizeof msg, "%.50s.__float__ returned non-float (type %.50s).  The ability "
             "to return an instance of a strict subclass of float is deprecated, and may be "
             "removed in a future version of Python.", KR_TYPE(o)->tp_name, KR_TYPE(r)->tp_name);
    if (kr_err_warn(kr_exc_DeprecationWarning, msg, 1) < 0) {
        KR_DECREF(r);
        return NULL;
    }
    KR_SETREF(r, kr_float_from_double(KR_FLOAT_VALUE(r)));
    return r;
}

double kr_float_as_double(KrObject *o)
{
    if (KR_FLOAT_CHECK(o)) return KR_FLOAT_VALUE(o);
    KrNumberMethods *nb = KR_TYPE(o)->tp_as_number;
    if (nb && nb->nb_float) {
        KrObject *r = float_call_nb_float(o, nb);
        if (!r) return -1.0;
        double d = KR_FLOAT_VALUE(r);
        KR_DECREF(r);
        return d;
    }
    if (nb && nb->nb_index) {
        KrObject *i = kr_number_index(o);
        if (!i) return -1.0;
        double d = kr_int_as_double(i);
        KR_DECREF(i);
        return d;
    }
    kr_err_format(kr_exc_TypeError, "must be real number, not %s", KR_TYPE(o)->tp_name);
    return -1.0;
}

KrObject *kr_float_from_object(KrObject *o)
{
    if (KR_FLOAT_CHECK_EXACT(o)) return kr_newref(o);
    if (KR_STR_CHECK_EXACT(o)) return kr_float_from_string(o);
    KrNumberMethods *nb = KR_TYPE(o)->tp_as_number;
    if (nb && nb->nb_float) return float_call_nb_float(o, nb);
    if (nb && nb->nb_index) {
        KrObject *i = kr_number_index(o);
        if (!i) return NULL;
        double d = kr_int_as_double(i);
        KR_DECREF(i);
        if (d == -1.0 && kr_err_occurred()) return NULL;
        return kr_float_from_double(d);
    }
    if (KR_STR_CHECK(o) || KR_BYTES_CHECK(o) || KR_BYTEARRAY_CHECK(o))
        return kr_float_from_string(o);
    if (KR_TYPE(o)->tp_as_buffer && KR_TYPE(o)->tp_as_buffer->bf_getbuffer) {
        KrBuffer view;
        if (kr_object_get_buffer(o, &view, KR_BUF_SIMPLE) < 0) return NULL;
        double d;
        int r = kr_float_parse((const char *)view.buf, view.len, &d);
        kr_buffer_release(&view);
        if (r < 0) return kr_err_format(kr_exc_ValueError, "could not convert string to float: %R", o);
        return kr_float_from_double(d);
    }
    return kr_err_format(kr_exc_TypeError, "float() argument must be a string or a real number, "
                         "not '%s'", KR_TYPE(o)->tp_name);
}

/* Operand conversion for the binary slots: 1 and *out set, 0 for a foreign
 * type (NotImplemented), -1 on error (an int too large). */
static int float_operand(KrObject *o, double *out)
{
    if (KR_FLOAT_CHECK(o)) {
        *out = KR_FLOAT_VALUE(o);
        return 1;
    }
    if (KR_INT_CHECK(o)) {
        if (KR_INT_IS_SMALL(o)) {
            *out = (double)KR_INT_SMALL_VALUE(o);
            return 1;
        }
        *out = kr_int_as_double(o);
        return (*out == -1.0 && kr_err_occurred()) ? -1 : 1;
    }
    return 0;
}

#define FLOAT_OPERANDS(a, b, x, y) do { \
    int ra_ = float_operand((a), &(x)); if (ra_ <= 0) return ra_ < 0 ? NULL : kr_newref(KR_NOTIMPLEMENTED); \
    int rb_ = float_operand((b), &(y)); if (rb_ <= 0) return rb_ < 0 ? NULL : kr_newref(KR_NOTIMPLEMENTED); \
} while (0)

/* ---------------------------------------------------------------------------
 * Hash and comparison
 * ------------------------------------------------------------------------ */

/* CPython's numeric hash: for a rational x = m * 2**e, hash(x) is
 * x mod (2**61 - 1), computed 28 bits of the mantissa at a time, so that
 * equal ints, floats and fractions hash equal. */
kr_hash_t kr_hash_double(KrObject *inst, double v)
{
    if (!isfinite(v)) {
        if (isinf(v)) return v > 0 ? KR_HASH_INF : -KR_HASH_INF;
        return kr_hash_pointer(inst);
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & KR_HASH_MODULUS) | x >> (KR_HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= KR_HASH_MODULUS) x -= KR_HASH_MODULUS;
    }
    e = e >= 0 ? e % KR_HASH_BITS : KR_HASH_BITS - 1 - ((-1 - e) % KR_HASH_BITS);
    x = ((x << e) & KR_HASH_MODULUS) | x >> (KR_HASH_BITS - e);
    x = x * (uint64_t)(int64_t)sign;
    if (x == (uint64_t)-1) x = (uint64_t)-2;
    return (kr_hash_t)x;
}

static kr_hash_t float_hash(KrObject *o) { return kr_hash_double(o, KR_FLOAT_VALUE(o)); }

/* Compares the double d with the int i exactly: -1, 0, 1, or 2 if d is nan. */
static int float_compare_int(double d, KrObject *i)
{
    if (isnan(d)) return 2;
    if (isinf(d)) return d > 0 ? 1 : -1;
    if (KR_INT_IS_SMALL(i)) {
        int64_t v = KR_INT_SMALL_VALUE(i);
        const int64_t lim = (int64_t)1 << 53;
        if (v >= -lim && v <= lim) {
            double w = (double)v;
            return (d > w) - (d < w);
        }
    }
    __mpz_struct t;
    mp_limb_t l;
    int c = mpz_cmp_d(kr_int_mpz_view(i, &t, &l), d); /* exact */
    return (c < 0) - (c > 0);
}

static KrObject *float_richcompare(KrObject *a, KrObject *b, int op)
{
    double x = KR_FLOAT_VALUE(a);
    int c;
    if (KR_FLOAT_CHECK(b)) {
        double y = KR_FLOAT_VALUE(b);
        int r;
        switch (op) {
        case KR_LT: r = x < y; break;
        case KR_LE: r = x <= y; break;
        case KR_EQ: r = x == y; break;
        case KR_NE: r = x != y; break;
        case KR_GT: r = x > y; break;
        default: r = x >= y; break;
        }
        return kr_bool_from(r);
    }
    if (!KR_INT_CHECK(b)) KR_RETURN_NOTIMPLEMENTED;
    c = float_compare_int(x, b);
    if (c == 2) return kr_bool_from(op == KR_NE);
    int r;
    switch (op) {
    case KR_LT: r = c < 0; break;
    case KR_LE: r = c <= 0; break;
    case KR_EQ: r = c == 0; break;
    case KR_NE: r = c != 0; break;
    case KR_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return kr_bool_from(r);
}

/* ---------------------------------------------------------------------------
 * Arithmetic
 * ------------------------------------------------------------------------ */

static KrObject *float_add(KrObject *a, KrObject *b)
{
    double x, y;
    FLOAT_OPERANDS(a, b, x, y);
    return kr_float_from_double(x + y);
}

static KrObject *float_sub(KrObject *a, KrObject *b)
{
    double x, y;
    FLOAT_OPERANDS(a, b, x, y);
    return kr_float_from_double(x - y);
}

static KrObject *float_mul(KrObject *a, KrObject *b)
{
    double x, y;
    FLOAT_OPERANDS(a, b, x, y);
    return kr_float_from_double(x * y);
}

static KrObject *float_div(KrObject *a, KrObject *b)
{
    double x, y;
    FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0) return kr_err_format(kr_exc_ZeroDivisionError, "float division by zero");
    return kr_float_from_double(x / y);
}

static double float_mod_values(double x, double y)
{
    double mod = fmod(x, y);
    if (mod) {
        if ((y < 0) != (mod < 0)) mod += y;
    } else {
        mod = copysign(0.0, y);
    }
    return mod;
}

static KrObject *float_rem(KrObject *a, KrObject *b)
{
    double x, y;
    FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0) return kr_err_format(kr_exc_ZeroDivisionError, "float modulo");
    return kr_float_from_double(float_mod_values(x, y));
}

/* Python's floor division and modulo of doubles (y != 0). */
static void float_divmod_values(double vx, double wx, double *floordiv, double *mod)
{
    double m = fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, wx);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5) fd += 1.0;
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *mod = m;
}

static KrObject *float_floordiv(KrObject *a, KrObject *b)
{
    double x, y, q, r;
    FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0) return kr_err_format(kr_exc_ZeroDivisionError, "float floor division by zero");
    float_divmod_values(x, y, &q, &r);
    return kr_float_from_double(q);
}

static KrObject *float_divmod(KrObject *a, KrObject *b)
{
    double x, y, q, r;
    FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0) return kr_err_format(kr_exc_ZeroDivisionError, "float divmod()");
    float_divmod_values(x, y, &q, &r);
    KrObject *fq = kr_float_from_double(q);
    KrObject *fr = fq ? kr_float_from_double(r) : NULL;
    if (!fr) {
        KR_XDECREF(fq);
        return NULL;
    }
    KrObject *t = kr_tuple_new(2);
    if (!t) {
        KR_DECREF(fq);
        KR_DECREF(fr);
        return NULL;
    }
    KR_TUPLE_SET_STEAL(t, 0, fq);
    KR_TUPLE_SET_STEAL(t, 1, fr);
    return t;
}

static int float_is_odd_integer(double x)
{
    return fmod(fabs(x), 2.0) == 1.0;
}

KrObject *kr_float_pow_doubles(double iv, double iw)
{
    if (iw == 0) return kr_float_from_double(1.0);
    if (isnan(iv)) return kr_float_from_double(iv);
    if (isnan(iw)) return kr_float_from_double(iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) return kr_float_from_double(1.0);
        if ((iw > 0.0) == (iv > 1.0)) return kr_float_from_double(fabs(iw));
        return kr_float_from_double(0.0);
    }
    if (isinf(iv)) {
        int odd = float_is_odd_integer(iw);
        if (iw > 0.0) return kr_float_from_double(odd ? iv : fabs(iv));
        return kr_float_from_double(odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        int odd = float_is_odd_integer(iw);
        if (iw < 0.0)
            return kr_err_format(kr_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return kr_float_from_double(odd ? iv : 0.0);
    }
    int negate = 0;
    if (iv < 0.0) {
        if (iw != floor(iw)) return kr_complex_pow_values(iv, 0.0, iw, 0.0);
        iv = -iv;
        negate = float_is_odd_integer(iw);
    }
    if (iv == 1.0) return kr_float_from_double(negate ? -1.0 : 1.0);
    errno = 0;
    double ix = pow(iv, iw);
    if (errno == 0 && isinf(ix)) errno = ERANGE;
    else if (errno == ERANGE && ix == 0.0) errno = 0;
    if (negate) ix = -ix;
    if (errno) {
        KrObject *args = kr_tuple_new(2);
        if (!args) return NULL;
        KR_TUPLE_SET_STEAL(args, 0, kr_int_from_i64(ERANGE));
        KR_TUPLE_SET_STEAL(args, 1, kr_str_from_cstr("Numerical result out of range"));
        if (!KR_TUPLE_GET(args, 0) || !KR_TUPLE_GET(args, 1)) {
            KR_DECREF(args);
            return NULL;
        }
        kr_err_set_object(kr_exc_OverflowError, args);
        KR_DECREF(args);
        return NULL;
    }
    return kr_float_from_double(ix);
}

static KrObject *float_pow(KrObject *a, KrObject *b, KrObject *m)
{
    double x, y;
    FLOAT_OPERANDS(a, b, x, y);
    if (m && m != KR_NONE)
        return kr_err_format(kr_exc_TypeError,
                             "pow() 3rd argument not allowed unless all arguments are integers");
    return kr_float_pow_doubles(x, y);
}

static KrObject *float_neg(KrObject *o) { return kr_float_from_double(-KR_FLOAT_VALUE(o)); }
static KrObject *float_abs(KrObject *o) { return kr_float_from_double(fabs(KR_FLOAT_VALUE(o))); }
static int float_bool(KrObject *o) { return KR_FLOAT_VALUE(o) != 0.0; }

static KrObject *float_float(KrObject *o)
{
    if (KR_FLOAT_CHECK_EXACT(o)) return kr_newref(o);
    return kr_float_from_double(KR_FLOAT_VALUE(o));
}

static KrObject *float_trunc(KrObject *o, KrObject *unused)
{
    return kr_int_from_double(KR_FLOAT_VALUE(o));
}
static KrObject *float_int(KrObject *o) { return kr_int_from_double(KR_FLOAT_VALUE(o)); }

static KrNumberMethods float_as_number = {
    .nb_add = float_add,
    .nb_subtract = float_sub,
    .nb_multiply = float_mul,
    .nb_remainder = float_rem,
    .nb_divmod = float_divmod,
    .nb_power = float_pow,
    .nb_negative = float_neg,
    .nb_positive = float_float,
    .nb_absolute = float_abs,
    .nb_bool = float_bool,
    .nb_int = float_int,
    .nb_float = float_float,
    .nb_floor_divide = float_floordiv,
    .nb_true_divide = float_div,
};

/* ---------------------------------------------------------------------------
 * Constructor
 * ------------------------------------------------------------------------ */

static KrObject *float_construct(KrTypeObject *type, KrObject *const *args, ssize_t nargs)
{
    if (nargs > 1)
        return kr_err_format(kr_exc_TypeError, "float expected at most 1 argument, got %zd", nargs);
    KrObject *r = nargs ? kr_float_from_object(args[0]) : kr_float_from_double(0.0);
    if (!r || type == &kr_float_type) return r;
    KrFloatObject *s = (KrFloatObject *)type->tp_alloc(type, 0);
    if (s) s->value = KR_FLOAT_VALUE(r);
    KR_DECREF(r);
    return (KrObject *)s;
}

static KrObject *float_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if (kwds && kr_dict_size(kwds) > 0)
        return kr_err_format(kr_exc_TypeError, "float() takes no keyword arguments");
    return float_construct(type, KR_TUPLE_ITEMS(args), KR_SIZE(args));
}

static KrObject *float_vectorcall(KrObject *type, KrObject *const *args, size_t nargsf,
                                  KrObject *kwnames)
{
    if (kwnames && KR_SIZE(kwnames) > 0)
        return kr_err_format(kr_exc_TypeError, "float() takes no keyword arguments");
    return float_construct((KrTypeObject *)type, args, kr_vectorcall_nargs(nargsf));
}

/* ---------------------------------------------------------------------------
 * Methods
 * ------------------------------------------------------------------------ */

static KrObject *float_repr_slot(KrObject *o) { return kr_float_repr(KR_FLOAT_VALUE(o)); }

static KrObject *float_conjugate(KrObject *self, KrObject *unused) { return float_float(self); }

static KrObject *float_floor(KrObject *self, KrObject *unused)
{
    return kr_int_from_double(floor(KR_FLOAT_VALUE(self)));
}

static KrObject *float_ceil(KrObject *self, KrObject *unused)
{
    return kr_int_from_double(ceil(KR_FLOAT_VALUE(self)));
}

static KrObject *float_round(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (nargs > 1)
        return kr_err_format(kr_exc_TypeError, "__round__ expected at most 1 argument, got %zd", nargs);
    return kr_float_round_object(KR_FLOAT_VALUE(self), nargs ? args[0] : NULL);
}

static KrObject *float_is_integer(KrObject *self, KrObject *unused)
{
    double x = KR_FLOAT_VALUE(self);
    return kr_bool_from(isfinite(x) && floor(x) == x);
}

static KrObject *float_as_integer_ratio(KrObject *self, KrObject *unused)
{
    double x = KR_FLOAT_VALUE(self);
    if (isinf(x))
        return kr_err_format(kr_exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(x)) return kr_err_format(kr_exc_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(x, &e);
    mpz_t num, den;
    mpz_inits(num, den, NULL);
    mpz_set_d(num, ldexp(m, DBL_MANT_DIG)); /* exact integer */
    e -= DBL_MANT_DIG;
    mpz_set_ui(den, 1);
    if (mpz_sgn(num) != 0) {
        mp_bitcnt_t tz = mpz_scan1(num, 0);
        mpz_fdiv_q_2exp(num, num, tz);
        e += (int)tz;
    } else {
        e = 0;
    }
    if (e > 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    KrObject *n = kr_int_from_mpz_steal(num);
    KrObject *d = kr_int_from_mpz_steal(den);
    if (!n || !d) {
        KR_XDECREF(n);
        KR_XDECREF(d);
        return NULL;
    }
    KrObject *t = kr_tuple_pack(2, n, d);
    KR_DECREF(n);
    KR_DECREF(d);
    return t;
}

static KrObject *float_getnewargs(KrObject *self, KrObject *unused)
{
    KrObject *f = kr_float_from_double(KR_FLOAT_VALUE(self));
    if (!f) return NULL;
    KrObject *t = kr_tuple_pack(1, f);
    KR_DECREF(f);
    return t;
}

static KrObject *float_getformat(KrObject *cls, KrObject *arg)
{
    if (!KR_STR_CHECK(arg))
        return kr_err_format(kr_exc_TypeError, "__getformat__() argument must be str, not %s",
                             arg == KR_NONE ? "None" : KR_TYPE(arg)->tp_name);
    if (!kr_str_equal_cstr(arg, "double") && !kr_str_equal_cstr(arg, "float"))
        return kr_err_format(kr_exc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return kr_str_from_cstr("IEEE, little-endian");
}

static KrObject *float_format(KrObject *self, KrObject *spec)
{
    if (!KR_STR_CHECK(spec))
        return kr_err_format(kr_exc_TypeError, "__format__() argument must be str, not %s",
                             spec == KR_NONE ? "None" : KR_TYPE(spec)->tp_name);
    if (KR_STR_LEN(spec) == 0) return kr_object_str(self);
    return kr_format_float(KR_FLOAT_VALUE(self), spec, KR_TYPE(self)->tp_name);
}

static KrObject *float_get_real(KrObject *self, void *c) { return float_float(self); }
static KrObject *float_get_imag(KrObject *self, void *c) { return kr_float_from_double(0.0); }

static KrMethodDef float_methods[] = {
    { "conjugate", (void *)float_conjugate, KR_METH_NOARGS, "Return self, the complex conjugate of any float." },
    { "__trunc__", (void *)float_trunc, KR_METH_NOARGS, "Return the Integral closest to x between 0 and x." },
    { "__floor__", (void *)float_floor, KR_METH_NOARGS, "Return the floor as an Integral." },
    { "__ceil__", (void *)float_ceil, KR_METH_NOARGS, "Return the ceiling as an Integral." },
    { "__round__", (void *)float_round, KR_METH_FASTCALL, "Return the Integral closest to x, rounding half toward even." },
    { "as_integer_ratio", (void *)float_as_integer_ratio, KR_METH_NOARGS, "Return integer ratio." },
    { "fromhex", (void *)kr_float_repr_fromhex, KR_METH_O | KR_METH_CLASS, "Create a floating-point number from a hexadecimal string." },
    { "hex", (void *)kr_float_repr_hex, KR_METH_NOARGS, "Return a hexadecimal representation of a floating-point number." },
    { "is_integer", (void *)float_is_integer, KR_METH_NOARGS, "Return True if the float is an integer." },
    { "__getnewargs__", (void *)float_getnewargs, KR_METH_NOARGS, NULL },
    { "__getformat__", (void *)float_getformat, KR_METH_O | KR_METH_CLASS, "You probably don't want to use this function." },
    { "__format__", (void *)float_format, KR_METH_O, "Formats the float according to format_spec." },
    { NULL, NULL, 0, NULL }
};

static KrGetSetDef float_getset[] = {
    { "real", float_get_real, NULL, "the real part of a complex number", NULL },
    { "imag", float_get_imag, NULL, "the imaginary part of a complex number", NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

KrTypeObject kr_float_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "float",
    .tp_basicsize = sizeof(KrFloatObject),
    .tp_dealloc = float_dealloc,
    .tp_repr = float_repr_slot,
    .tp_as_number = &float_as_number,
    .tp_hash = float_hash,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_MATCH_SELF |
                KR_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "Convert a string or number to a floating point number, if possible.",
    .tp_richcompare = float_richcompare,
    .tp_methods = float_methods,
    .tp_getset = float_getset,
    .tp_new = float_new,
    .tp_free = kr_object_free,
    .tp_vectorcall = float_vectorcall,
};

int kr_float_init(void)
{
    if (kr_type_ready(&kr_float_type) < 0) return -1;
    if (kr_type_ready(&kr_complex_type) < 0) return -1;
    return 0;
}
