/* int.c — the int type: object layout, small-int cache, conversions to and
 * from C values, hashing, comparison, the int() constructor and the Python
 * methods. Arithmetic lives in int_ops.c, text and bytes in int_convert.c. */
#include <gmp.h>
#include "int.h"
#include "int_ops.h"
#include "int_convert.h"
#include "float.h"
#include "str.h"
#include "bytes.h"
#include "tuple.h"
#include "dict.h"
#include "args.h"
#include "ids.h"
#include "hash.h"
#include "format_spec.h"
#include "../vm/err.h"
#include "../vm/state.h"
#include "../memory/mem.h"
#include "type.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

_Static_assert(GMP_LIMB_BITS == 64, "krait's int views assume 64-bit GMP limbs");
_Static_assert(sizeof(long) == 8, "krait's int assumes LP64");

/* ---------------------------------------------------------------------------
 * The small-int cache: -5..256 as static, immortal objects.
 * ------------------------------------------------------------------------ */

#define I1(n) { KR_OBJECT_HEAD_INIT(&kr_int_type), (n), NULL }
#define I10(n) I1(n), I1(n + 1), I1(n + 2), I1(n + 3), I1(n + 4), I1(n + 5), \
               I1(n + 6), I1(n + 7), I1(n + 8), I1(n + 9)
#define I100(n) I10(n), I10(n + 10), I10(n + 20), I10(n + 30), I10(n + 40), \
                I10(n + 50), I10(n + 60), I10(n + 70), I10(n + 80), I10(n + 90)
KrIntObject kr_small_ints[KR_SMALL_INT_MAX - KR_SMALL_INT_MIN + 1] = {
    I1(-5), I1(-4), I1(-3), I1(-2), I1(-1),
    I100(0), I100(100), I10(200), I10(210), I10(220), I10(230), I10(240),
    I1(250), I1(251), I1(252), I1(253), I1(254), I1(255), I1(256),
};
#undef I1
#undef I10
#undef I100

/* ---------------------------------------------------------------------------
 * Allocation
 * ------------------------------------------------------------------------ */

/* Arithmetic makes and drops ints at a high rate: keep a small free list
 * of exact int objects (the GIL protects it). */
#define INT_FREELIST_MAX 128
static KrIntObject *int_freelist[INT_FREELIST_MAX];
static int int_freelist_n;

static KrIntObject *int_alloc(void)
{
    KrIntObject *r;
    if (int_freelist_n > 0) {
        r = int_freelist[--int_freelist_n];
        r->ob_base.ob_refcnt = 1;
        KR_REF_TOTAL_INC();
    } else {
        r = KR_NEW(KrIntObject, &kr_int_type);
        if (!r) return NULL;
    }
    r->ival = 0;
    r->big = NULL;
    return r;
}

KrObject *kr_int_from_i64(int64_t v)
{
    if (v >= KR_SMALL_INT_MIN && v <= KR_SMALL_INT_MAX)
        return kr_newref(&kr_small_ints[v - KR_SMALL_INT_MIN]);
    KrIntObject *r = int_alloc();
    if (!r) return NULL;
    r->ival = v;
    return (KrObject *)r;
}

KrObject *kr_int_from_ssize(ssize_t v) { return kr_int_from_i64(v); }

KrObject *kr_int_from_u64(uint64_t v)
{
    if (v <= (uint64_t)INT64_MAX) return kr_int_from_i64((int64_t)v);
    mpz_t z;
    mpz_init_set_ui(z, v);
    return kr_int_from_mpz_steal(z);
}

KrObject *kr_int_from_mpz_steal(mpz_ptr z)
{
    if (mpz_fits_slong_p(z)) {
        long v = mpz_get_si(z);
        mpz_clear(z);
        return kr_int_from_i64(v);
    }
    KrIntObject *r = int_alloc();
    if (!r) {
        mpz_clear(z);
        return NULL;
    }
    __mpz_struct *p = kr_mem_alloc(sizeof *p);
    if (!p) {
        mpz_clear(z);
        KR_DECREF(r);
        return kr_err_no_memory();
    }
    *p = *z; /* move the limbs */
    r->big = p;
    r->ival = mpz_sgn(p);
    return (KrObject *)r;
}

KrObject *kr_int_from_mpz(mpz_srcptr z)
{
    if (mpz_fits_slong_p(z)) return kr_int_from_i64(mpz_get_si(z));
    mpz_t c;
    mpz_init_set(c, z);
    return kr_int_from_mpz_steal(c);
}

mpz_srcptr kr_int_mpz_view(KrObject *o, __mpz_struct *tmp, mp_limb_t *limb)
{
    KrIntObject *i = (KrIntObject *)o;
    if (i->big) return (mpz_srcptr)i->big;
    int64_t v = i->ival;
    *limb = v < 0 ? (mp_limb_t)0 - (mp_limb_t)v : (mp_limb_t)v;
    return mpz_roinit_n(tmp, limb, v < 0 ? -1 : v > 0 ? 1 : 0);
}

/* A new exact int with the value of the int o (o itself if exact). */
static KrObject *int_exact(KrObject *o)
{
    if (KR_INT_CHECK_EXACT(o)) return kr_newref(o);
    if (KR_INT_IS_SMALL(o)) return kr_int_from_i64(KR_INT_SMALL_VALUE(o));
    return kr_int_from_mpz(KR_INT_MPZ(o));
}

KrObject *kr_int_exact(KrObject *o) { return int_exact(o); }

static void int_dealloc(KrObject *o)
{
    KrIntObject *i = (KrIntObject *)o;
    if (i->big) {
        mpz_clear((mpz_ptr)i->big);
        kr_mem_free(i->big);
        i->big = NULL;
    }
    if (KR_INT_CHECK_EXACT(o) && int_freelist_n < INT_FREELIST_MAX) {
        int_freelist[int_freelist_n++] = i;
        return;
    }
    KR_TYPE(o)->tp_free(o);
}

/* ---------------------------------------------------------------------------
 * Conversions to C values
 * ------------------------------------------------------------------------ */

int64_t kr_int_as_i64_overflow(KrObject *o, int *overflow)
{
    if (KR_INT_IS_SMALL(o)) {
        *overflow = 0;
        return KR_INT_SMALL_VALUE(o);
    }
    *overflow = mpz_sgn(KR_INT_MPZ(o));
    return -1;
}

int64_t kr_int_as_i64(KrObject *o)
{
    KrObject *idx = NULL;
    if (!KR_INT_CHECK(o)) {
        idx = kr_number_index(o);
        if (!idx) return -1;
        o = idx;
    }
    int64_t r;
    if (KR_INT_IS_SMALL(o)) {
        r = KR_INT_SMALL_VALUE(o);
    } else {
        kr_err_set_string(kr_exc_OverflowError, "Python int too large to convert to C long");
        r = -1;
    }
    KR_XDECREF(idx);
    return r;
}

ssize_t kr_int_as_ssize(KrObject *o)
{
    KrObject *idx = NULL;
    if (!KR_INT_CHECK(o)) {
        idx = kr_number_index(o);
        if (!idx) return -1;
        o = idx;
    }
    ssize_t r;
    if (KR_INT_IS_SMALL(o)) {
        r = (ssize_t)KR_INT_SMALL_VALUE(o);
    } else {
        kr_err_set_string(kr_exc_OverflowError, "Python int too large to convert to C ssize_t");
        r = -1;
    }
    KR_XDECREF(idx);
    return r;
}

uint64_t kr_int_as_u64(KrObject *o)
{
    if (kr_int_sign(o) < 0) {
        kr_err_set_string(kr_exc_OverflowError, "can't convert negative int to unsigned");
        return (uint64_t)-1;
    }
    if (KR_INT_IS_SMALL(o)) return (uint64_t)KR_INT_SMALL_VALUE(o);
    if (mpz_sizeinbase(KR_INT_MPZ(o), 2) > 64) {
        kr_err_set_string(kr_exc_OverflowError, "int too big to convert");
        return (uint64_t)-1;
    }
    return mpz_getlimbn(KR_INT_MPZ(o), 0);
}

int kr_int_sign(KrObject *o)
{
    if (KR_INT_IS_SMALL(o)) {
        int64_t v = KR_INT_SMALL_VALUE(o);
        return (v > 0) - (v < 0);
    }
    return mpz_sgn(KR_INT_MPZ(o));
}

uint64_t kr_int_bit_length(KrObject *o)
{
    if (KR_INT_IS_SMALL(o)) {
        int64_t v = KR_INT_SMALL_VALUE(o);
        uint64_t a = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        return a ? 64 - (uint64_t)__builtin_clzll(a) : 0;
    }
    return mpz_sizeinbase(KR_INT_MPZ(o), 2);
}

/* Correct rounding (half to even) of |z| to 53 bits: take the top 55 bits
 * plus a sticky bit for everything below, let the hardware conversion of
 * that <= 64-bit integer round, then scale. */
double kr_int_mpz_to_double(mpz_srcptr z, int *overflow)
{
    *overflow = 0;
    size_t nbits = mpz_sizeinbase(z, 2);
    if (mpz_sgn(z) == 0) return 0.0;
    if (nbits <= 63) {
        /* Fits a signed 64-bit value: the conversion rounds correctly. */
        return (double)mpz_get_si(z);
    }
    if (nbits > 1024) {
        *overflow = 1;
        return -1.0;
    }
    size_t shift = nbits - 55;
    mpz_t top;
    mpz_init(top);
    mpz_tdiv_q_2exp(top, z, shift);
    mpz_abs(top, top);
    uint64_t t = mpz_get_ui(top);
    mpz_clear(top);
    if (mpz_scan1(z, 0) < shift) t |= 1; /* sticky: nonzero bits were dropped */
    double d = ldexp((double)t, (int)shift);
    if (isinf(d)) {
        *overflow = 1;
        return -1.0;
    }
    return mpz_sgn(z) < 0 ? -d : d;
}

double kr_int_as_double(KrObject *o)
{
    if (KR_INT_IS_SMALL(o)) return (double)KR_INT_SMALL_VALUE(o);
    int overflow;
    double d = kr_int_mpz_to_double(KR_INT_MPZ(o), &overflow);
    if (overflow) {
        kr_err_set_string(kr_exc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    return d;
}

KrObject *kr_int_from_double(double d)
{
    if (isinf(d))
        return kr_err_format(kr_exc_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d))
        return kr_err_format(kr_exc_ValueError, "cannot convert float NaN to integer");
    if (d > -9.2e18 && d < 9.2e18) return kr_int_from_i64((int64_t)d);
    mpz_t z;
    mpz_init_set_d(z, d); /* truncates toward zero, exactly */
    return kr_int_from_mpz_steal(z);
}

/* ---------------------------------------------------------------------------
 * Hash and comparison
 * ------------------------------------------------------------------------ */

kr_hash_t kr_int_hash(KrObject *o)
{
    uint64_t a;
    int neg;
    if (KR_INT_IS_SMALL(o)) {
        int64_t v = KR_INT_SMALL_VALUE(o);
        neg = v < 0;
        a = neg ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        if (a >= KR_HASH_MODULUS) a %= KR_HASH_MODULUS;
    } else {
        neg = mpz_sgn(KR_INT_MPZ(o)) < 0;
        /* mpz_tdiv_ui gives |z| mod m */
        a = mpz_tdiv_ui(KR_INT_MPZ(o), (unsigned long)KR_HASH_MODULUS);
    }
    kr_hash_t h = neg ? -(kr_hash_t)a : (kr_hash_t)a;
    return h == -1 ? -2 : h;
}

static kr_hash_t int_hash(KrObject *o) { return kr_int_hash(o); }

int kr_int_compare(KrObject *a, KrObject *b)
{
    if (KR_INT_IS_SMALL(a) && KR_INT_IS_SMALL(b)) {
        int64_t x = KR_INT_SMALL_VALUE(a), y = KR_INT_SMALL_VALUE(b);
        return (x > y) - (x < y);
    }
    __mpz_struct ta, tb;
    mp_limb_t la, lb;
    int c = mpz_cmp(kr_int_mpz_view(a, &ta, &la), kr_int_mpz_view(b, &tb, &lb));
    return (c > 0) - (c < 0);
}

KrObject *kr_int_richcompare(KrObject *a, KrObject *b, int op)
{
    if (!KR_INT_CHECK(a) || !KR_INT_CHECK(b)) KR_RETURN_NOTIMPLEMENTED;
    int c = kr_int_compare(a, b);
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
 * The int() constructor
 * ------------------------------------------------------------------------ */

/* Calls the __int__/__index__ slot `fn` of o and checks the result type as
 * CPython does (a strict int subclass is accepted with a DeprecationWarning). */
static KrObject *int_call_slot(KrObject *o, kr_unaryfunc fn, const char *dunder)
{
    KrObject *r = fn(o);
    if (!r || KR_INT_CHECK_EXACT(r)) return r;
    if (!KR_INT_CHECK(r)) {
        kr_err_format(kr_exc_TypeError, "%s returned non-int (type %s)", dunder,
                      KR_TYPE(r)->tp_name);
        KR_DECREF(r);
        return NULL;
    }
    char msg[400];
    snprintf(msg, sizeof msg, "%s returned non-int (type %.200s).  The ability to return an "
             "instance of a strict subclass of int is deprecated, and may be removed in a "
             "future version of Python.", dunder, KR_TYPE(r)->tp_name);
    if (kr_err_warn(kr_exc_DeprecationWarning, msg, 1) < 0) {
        KR_DECREF(r);
        return NULL;
    }
    KR_SETREF(r, int_exact(r));
    return r;
}

KrObject *kr_int_from_object(KrObject *o)
{
    if (KR_INT_CHECK_EXACT(o)) return kr_newref(o);
    KrNumberMethods *nb = KR_TYPE(o)->tp_as_number;
    if (nb && nb->nb_int) return int_call_slot(o, nb->nb_int, "__int__");
    if (nb && nb->nb_index) return int_call_slot(o, nb->nb_index, "__index__");
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
            KR_SETREF(r, int_exact(r));
            return r;
        }
        KrNumberMethods *rnb = KR_TYPE(r)->tp_as_number;
        if (!rnb || !rnb->nb_index) {
            kr_err_format(kr_exc_TypeError, "__trunc__ returned non-Integral (type %s)",
                          KR_TYPE(r)->tp_name);
            KR_DECREF(r);
            return NULL;
        }
        KR_SETREF(r, kr_number_index(r));
        return r;
    }
    if (kr_err_occurred()) return NULL;
    if (KR_STR_CHECK(o) || KR_BYTES_CHECK(o) || KR_BYTEARRAY_CHECK(o))
        return kr_int_from_any_string(o, 10);
    if (KR_TYPE(o)->tp_as_buffer && KR_TYPE(o)->tp_as_buffer->bf_getbuffer) {
        KrBuffer view;
        if (kr_object_get_buffer(o, &view, KR_BUF_SIMPLE) < 0) return NULL;
        KrObject *b = kr_bytes_from(view.buf, view.len);
        kr_buffer_release(&view);
        if (!b) return NULL;
        KrObject *r = kr_int_from_any_string(b, 10);
        KR_DECREF(b);
        return r;
    }
    return kr_err_format(kr_exc_TypeError, "int() argument must be a string, a bytes-like "
                         "object or a real number, not '%s'", KR_TYPE(o)->tp_name);
}

/* An instance of the int subclass `type` with the value of the exact int v. */
static KrObject *int_subtype_from(KrTypeObject *type, KrObject *v)
{
    KrIntObject *r = (KrIntObject *)type->tp_alloc(type, 0);
    if (!r) return NULL;
    if (KR_INT_IS_SMALL(v)) {
        r->ival = KR_INT_SMALL_VALUE(v);
        r->big = NULL;
    } else {
        __mpz_struct *p = kr_mem_alloc(sizeof *p);
        if (!p) {
            KR_DECREF(r);
            return kr_err_no_memory();
        }
        mpz_init_set(p, KR_INT_MPZ(v));
        r->big = p;
        r->ival = mpz_sgn(p);
    }
    return (KrObject *)r;
}

/* int(x=0, /, base=10): the shared body of tp_new and the vectorcall. */
static KrObject *int_construct(KrTypeObject *type, KrObject *x, KrObject *base)
{
    KrObject *r;
    if (type == &kr_bool_type)
        return kr_err_format(kr_exc_TypeError, "int.__new__(bool) is not safe, use bool.__new__()");
    if (!x) {
        if (base) return kr_err_format(kr_exc_TypeError, "int() missing string argument");
        r = kr_int_from_i64(0);
    } else if (!base) {
        r = kr_int_from_object(x);
    } else {
        int64_t b = kr_int_as_i64(base);
        if (b == -1 && kr_err_occurred()) {
            if (!kr_err_matches(kr_exc_OverflowError)) return NULL;
            kr_err_clear();
            b = 1000; /* out of range: reported below */
        }
        if (b != 0 && (b < 2 || b > 36))
            return kr_err_format(kr_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        if (!KR_STR_CHECK(x) && !KR_BYTES_CHECK(x) && !KR_BYTEARRAY_CHECK(x))
            return kr_err_format(kr_exc_TypeError, "int() can't convert non-string with explicit base");
        r = kr_int_from_any_string(x, (int)b);
    }
    if (!r || type == &kr_int_type) return r;
    KrObject *s = int_subtype_from(type, r);
    KR_DECREF(r);
    return s;
}

/* Matches int()'s arguments (x positional-only, base positional or keyword). */
static int int_match_args(KrObject *const *pos, ssize_t npos, KrObject *const *kwvals,
                          KrObject *const *kwnames_arr, ssize_t nkw, KrObject **x, KrObject **base)
{
    if (npos + nkw > 2) {
        kr_err_format(kr_exc_TypeError, "int() takes at most 2 arguments (%zd given)", npos + nkw);
        return -1;
    }
    *x = npos > 0 ? pos[0] : NULL;
    *base = npos > 1 ? pos[1] : NULL;
    for (ssize_t i = 0; i < nkw; i++) {
        if (!kr_str_equal_cstr(kwnames_arr[i], "base")) {
            kr_err_format(kr_exc_TypeError, "'%U' is an invalid keyword argument for int()",
                          kwnames_arr[i]);
            return -1;
        }
        if (*base) {
            kr_err_format(kr_exc_TypeError,
                          "argument for int() given by name ('base') and position (2)");
            return -1;
        }
        *base = kwvals[i];
    }
    return 0;
}

static KrObject *int_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    KrObject *x, *base;
    KrObject *knames[2], *kvals[2];
    ssize_t nkw = 0;
    if (kwds) {
        ssize_t pos = 0;
        KrObject *k, *v;
        ssize_t n = kr_dict_size(kwds);
        if (KR_SIZE(args) + n > 2) {
            kr_err_format(kr_exc_TypeError, "int() takes at most 2 arguments (%zd given)",
                          KR_SIZE(args) + n);
            return NULL;
        }
        while (kr_dict_next(kwds, &pos, &k, &v)) {
            knames[nkw] = k;
            kvals[nkw++] = v;
        }
    }
    if (int_match_args(KR_TUPLE_ITEMS(args), KR_SIZE(args), kvals, knames, nkw, &x, &base) < 0)
        return NULL;
    return int_construct(type, x, base);
}

static KrObject *int_vectorcall(KrObject *type, KrObject *const *args, size_t nargsf,
                                KrObject *kwnames)
{
    ssize_t nargs = kr_vectorcall_nargs(nargsf);
    ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
    if (nargs == 1 && nkw == 0 && (KrTypeObject *)type == &kr_int_type) {
        /* int(x): the common case */
        return kr_int_from_object(args[0]);
    }
    KrObject *x, *base;
    /* args may be NULL when there are no arguments: no arithmetic on it then */
    if (int_match_args(args, nargs, nargs + nkw ? args + nargs : NULL,
                       kwnames ? KR_TUPLE_ITEMS(kwnames) : NULL, nkw,
                       &x, &base) < 0)
        return NULL;
    return int_construct((KrTypeObject *)type, x, base);
}

/* ---------------------------------------------------------------------------
 * repr
 * ------------------------------------------------------------------------ */

KrObject *kr_int_repr(KrObject *o) { return kr_int_to_decimal_string(o); }
static KrObject *int_repr(KrObject *o) { return kr_int_to_decimal_string(o); }

/* ---------------------------------------------------------------------------
 * Methods and attributes
 * ------------------------------------------------------------------------ */

static KrObject *int_conjugate(KrObject *self, KrObject *unused) { return int_exact(self); }

static KrObject *int_bit_length(KrObject *self, KrObject *unused)
{
    return kr_int_from_u64(kr_int_bit_length(self));
}

static KrObject *int_bit_count(KrObject *self, KrObject *unused)
{
    if (KR_INT_IS_SMALL(self)) {
        int64_t v = KR_INT_SMALL_VALUE(self);
        uint64_t a = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        return kr_int_from_i64(__builtin_popcountll(a));
    }
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, KR_INT_MPZ(self));
    mp_bitcnt_t n = mpz_popcount(a);
    mpz_clear(a);
    return kr_int_from_u64(n);
}

static KrObject *int_as_integer_ratio(KrObject *self, KrObject *unused)
{
    KrObject *n = int_exact(self);
    if (!n) return NULL;
    KrObject *one = kr_int_from_i64_inline(1);
    KrObject *r = one ? kr_tuple_pack(2, n, one) : NULL;   /* pack borrows */
    KR_DECREF(n);
    KR_XDECREF(one);
    return r;
}

static KrObject *int_getnewargs(KrObject *self, KrObject *unused)
{
    KrObject *n = int_exact(self);
    if (!n) return NULL;
    KrObject *r = kr_tuple_pack(1, n);
    KR_DECREF(n);
    return r;
}

static KrObject *int_sizeof(KrObject *self, KrObject *unused)
{
    /* CPython's layout: 24 bytes of header plus 4 bytes per 30-bit digit
     * (at least one). Reported that way so that programs see the same sizes. */
    uint64_t bits = kr_int_bit_length(self);
    uint64_t ndigits = (bits + 29) / 30;
    return kr_int_from_u64((uint64_t)KR_TYPE(self)->tp_basicsize - sizeof(KrIntObject) + 24 +
                           4 * ndigits);
}

/* round(self, ndigits) for a negative ndigits: round half to even to a
 * multiple of 10**-ndigits. */
static KrObject *int_round_negative(KrObject *self, KrObject *ndigits_obj)
{
    __mpz_struct tv;
    mp_limb_t lv;
    mpz_srcptr a = kr_int_mpz_view(self, &tv, &lv);
    int ov;
    int64_t nd = kr_int_as_i64_overflow(ndigits_obj, &ov);
    /* 10**k > |a| * 2 once k exceeds the number of decimal digits of a + 1 */
    uint64_t k = ov ? UINT64_MAX : (uint64_t)0 - (uint64_t)nd;
    if (k > mpz_sizeinbase(a, 10) + 1) return kr_int_from_i64(0);
    mpz_t p, q, r, twice;
    mpz_inits(p, q, r, twice, NULL);
    mpz_ui_pow_ui(p, 10, k);
    mpz_fdiv_qr(q, r, a, p);            /* 0 <= r < p */
    mpz_mul_2exp(twice, r, 1);
    int c = mpz_cmp(twice, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    mpz_clears(p, r, twice, NULL);
    return kr_int_from_mpz_steal(q);
}

static KrObject *int_round(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (nargs > 1)
        return kr_err_format(kr_exc_TypeError, "__round__ expected at most 1 argument, got %zd", nargs);
    if (nargs == 0) return int_exact(self);
    KrObject *nd = kr_number_index(args[0]);
    if (!nd) return NULL;
    KrObject *r = kr_int_sign(nd) >= 0 ? int_exact(self) : int_round_negative(self, nd);
    KR_DECREF(nd);
    return r;
}

static KrObject *int_format(KrObject *self, KrObject *spec)
{
    if (!KR_STR_CHECK(spec))
        return kr_err_format(kr_exc_TypeError, "__format__() argument must be str, not %s",
                             spec == KR_NONE ? "None" : KR_TYPE(spec)->tp_name);
    return kr_format_int(self, spec);
}

static KrObject *int_get_real(KrObject *self, void *c) { return int_exact(self); }
static KrObject *int_get_imag(KrObject *self, void *c) { return kr_int_from_i64(0); }
static KrObject *int_get_one(KrObject *self, void *c) { return kr_int_from_i64(1); }

static KrMethodDef int_methods[] = {
    { "conjugate", (void *)int_conjugate, KR_METH_NOARGS, "Returns self, the complex conjugate of any int." },
    { "bit_length", (void *)int_bit_length, KR_METH_NOARGS, "Number of bits necessary to represent self in binary." },
    { "bit_count", (void *)int_bit_count, KR_METH_NOARGS, "Number of ones in the binary representation of the absolute value of self." },
    { "to_bytes", (void *)kr_int_convert_to_bytes, KR_METH_FASTCALL | KR_METH_KEYWORDS, "Return an array of bytes representing an integer." },
    { "from_bytes", (void *)kr_int_convert_from_bytes, KR_METH_FASTCALL | KR_METH_KEYWORDS | KR_METH_CLASS, "Return the integer represented by the given array of bytes." },
    { "as_integer_ratio", (void *)int_as_integer_ratio, KR_METH_NOARGS, "Return integer ratio." },
    { "__trunc__", (void *)int_conjugate, KR_METH_NOARGS, "Truncating an Integral returns itself." },
    { "__floor__", (void *)int_conjugate, KR_METH_NOARGS, "Flooring an Integral returns itself." },
    { "__ceil__", (void *)int_conjugate, KR_METH_NOARGS, "Ceiling of an Integral returns itself." },
    { "__round__", (void *)int_round, KR_METH_FASTCALL, "Rounding an Integral returns itself." },
    { "__getnewargs__", (void *)int_getnewargs, KR_METH_NOARGS, NULL },
    { "__format__", (void *)int_format, KR_METH_O, "Convert to a string according to format_spec." },
    { "__sizeof__", (void *)int_sizeof, KR_METH_NOARGS, "Returns size in memory, in bytes." },
    { NULL, NULL, 0, NULL }
};

static KrGetSetDef int_getset[] = {
    { "real", int_get_real, NULL, "the real part of a complex number", NULL },
    { "imag", int_get_imag, NULL, "the imaginary part of a complex number", NULL },
    { "numerator", int_get_real, NULL, "the numerator of a rational number in lowest terms", NULL },
    { "denominator", int_get_one, NULL, "the denominator of a rational number in lowest terms", NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

KrTypeObject kr_int_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "int",
    .tp_basicsize = sizeof(KrIntObject),
    .tp_dealloc = int_dealloc,
    .tp_repr = int_repr,
    .tp_as_number = &kr_int_ops_as_number,
    .tp_hash = int_hash,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_LONG_SUBCLASS |
                KR_TPFLAGS_MATCH_SELF | KR_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\n"
              "Convert a number or string to an integer, or return 0 if no arguments\n"
              "are given.",
    .tp_richcompare = kr_int_richcompare,
    .tp_methods = int_methods,
    .tp_getset = int_getset,
    .tp_new = int_new,
    .tp_free = kr_object_free,
    .tp_vectorcall = int_vectorcall,
};

/* ---------------------------------------------------------------------------
 * Start-up
 * ------------------------------------------------------------------------ */

/* GMP's limbs come from krait's object domain (small limb arrays are pool
 * blocks, large ones malloc: see docs/internals/allocator.md). GMP cannot recover from a
 * failed allocation, so running out of memory inside GMP is fatal; the
 * callers guard the sizes they can predict (shifts, powers) and raise
 * MemoryError before asking for absurd amounts. */
static void *int_gmp_alloc(size_t n)
{
    void *p = kr_mem_alloc(n);
    if (!p) {
        fprintf(stderr, "Fatal Python error: out of memory in an integer operation\n");
        abort();
    }
    return p;
}

static void *int_gmp_realloc(void *p, size_t old, size_t n)
{
    void *q = kr_mem_realloc(p, n);
    if (!q) {
        fprintf(stderr, "Fatal Python error: out of memory in an integer operation\n");
        abort();
    }
    return q;
}

static void int_gmp_free(void *p, size_t n) { kr_mem_free(p); }

/* Installed before main() so that no GMP number is ever allocated with
 * another allocator (other subsystems may make big ints before kr_int_init). */
__attribute__((constructor)) static void int_gmp_setup(void)
{
    mp_set_memory_functions(int_gmp_alloc, int_gmp_realloc, int_gmp_free);
}

int kr_int_init(void)
{
    mp_set_memory_functions(int_gmp_alloc, int_gmp_realloc, int_gmp_free);
    if (kr_type_ready(&kr_int_type) < 0) return -1;
    return 0;
}
