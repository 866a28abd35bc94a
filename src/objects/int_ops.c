/* int_ops.c — int arithmetic: the number slots of int (and, through
 * inheritance, bool) and kr_int_binop for the VM. Every operation first
 * tries the inline int64 values with overflow checks, then GMP. */
#include <gmp.h>
#include "int.h"
#include "int_ops.h"
#include "float.h"
#include "tuple.h"
#include "../vm/err.h"
#include "../memory/mem.h"

#include <float.h>
#include <math.h>

/* Results larger than this many bits raise MemoryError up front, because
 * GMP cannot recover from a failed allocation. (CPython fails the same way.) */
#define INT_MAX_RESULT_BITS ((uint64_t)1 << 34)

#define SMALL2(a, b) (KR_INT_IS_SMALL(a) && KR_INT_IS_SMALL(b))
#define VAL(o) KR_INT_SMALL_VALUE(o)
/* Declares read-only mpz views za/zb of the ints a/b. */
#define VIEWS(a, b) __mpz_struct ta_, tb_; mp_limb_t la_, lb_; \
    mpz_srcptr za = kr_int_mpz_view((a), &ta_, &la_); \
    mpz_srcptr zb = kr_int_mpz_view((b), &tb_, &lb_)

static KrObject *int_zero_division(const char *msg)
{
    return kr_err_format(kr_exc_ZeroDivisionError, "%s", msg);
}

/* ---------------------------------------------------------------------------
 * + - *
 * ------------------------------------------------------------------------ */

static KrObject *int_add_impl(KrObject *a, KrObject *b)
{
    int64_t r;
    if (SMALL2(a, b) && !__builtin_add_overflow(VAL(a), VAL(b), &r))
        return kr_int_from_i64_inline(r);
    VIEWS(a, b);
    mpz_t z;
    mpz_init(z);
    mpz_add(z, za, zb);
    return kr_int_from_mpz_steal(z);
}

static KrObject *int_sub_impl(KrObject *a, KrObject *b)
{
    int64_t r;
    if (SMALL2(a, b) && !__builtin_sub_overflow(VAL(a), VAL(b), &r))
        return kr_int_from_i64_inline(r);
    VIEWS(a, b);
    mpz_t z;
    mpz_init(z);
    mpz_sub(z, za, zb);
    return kr_int_from_mpz_steal(z);
}

static KrObject *int_mul_impl(KrObject *a, KrObject *b)
{
    int64_t r;
    if (SMALL2(a, b) && !__builtin_mul_overflow(VAL(a), VAL(b), &r))
        return kr_int_from_i64_inline(r);
    VIEWS(a, b);
    mpz_t z;
    mpz_init(z);
    mpz_mul(z, za, zb);
    return kr_int_from_mpz_steal(z);
}

/* ---------------------------------------------------------------------------
 * // % divmod: Python's floor semantics (the remainder takes the divisor's sign)
 * ------------------------------------------------------------------------ */

static KrObject *int_floordiv_impl(KrObject *a, KrObject *b)
{
    if (kr_int_is_zero(b)) return int_zero_division("integer division or modulo by zero");
    if (SMALL2(a, b) && !(VAL(a) == INT64_MIN && VAL(b) == -1)) {
        int64_t x = VAL(a), y = VAL(b);
        int64_t q = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
        return kr_int_from_i64_inline(q);
    }
    VIEWS(a, b);
    mpz_t z;
    mpz_init(z);
    mpz_fdiv_q(z, za, zb);
    return kr_int_from_mpz_steal(z);
}

static KrObject *int_mod_impl(KrObject *a, KrObject *b)
{
    if (kr_int_is_zero(b)) return int_zero_division("integer modulo by zero");
    if (SMALL2(a, b)) {
        int64_t x = VAL(a), y = VAL(b);
        if (y == -1) return kr_int_from_i64_inline(0);
        int64_t r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
        return kr_int_from_i64_inline(r);
    }
    VIEWS(a, b);
    mpz_t z;
    mpz_init(z);
    mpz_fdiv_r(z, za, zb);
    return kr_int_from_mpz_steal(z);
}

static KrObject *int_divmod_impl(KrObject *a, KrObject *b)
{
    if (kr_int_is_zero(b)) return int_zero_division("integer division or modulo by zero");
    KrObject *q, *r;
    if (SMALL2(a, b) && !(VAL(a) == INT64_MIN && VAL(b) == -1)) {
        int64_t x = VAL(a), y = VAL(b);
        int64_t qq = x / y, rr = x % y;
        if (rr != 0 && ((rr < 0) != (y < 0))) {
            rr += y;
            qq--;
        }
        q = kr_int_from_i64_inline(qq);
        r = q ? kr_int_from_i64_inline(rr) : NULL;
    } else {
        VIEWS(a, b);
        mpz_t zq, zr;
        mpz_inits(zq, zr, NULL);
        mpz_fdiv_qr(zq, zr, za, zb);
        q = kr_int_from_mpz_steal(zq);
        r = kr_int_from_mpz_steal(zr);
    }
    if (!q || !r) {
        KR_XDECREF(q);
        KR_XDECREF(r);
        return NULL;
    }
    KrObject *t = kr_tuple_new(2);
    if (!t) {
        KR_DECREF(q);
        KR_DECREF(r);
        return NULL;
    }
    KR_TUPLE_SET_STEAL(t, 0, q);
    KR_TUPLE_SET_STEAL(t, 1, r);
    return t;
}

/* ---------------------------------------------------------------------------
 * True division, correctly rounded
 *
 * For |a|, |b| <= 2**53 both convert exactly and one IEEE division rounds
 * correctly. Otherwise we compute q = floor(|a| / (|b| * 2**shift)) with
 * shift chosen so that q has 55-57 significant bits (or, for a subnormal
 * result, so that q counts units of 2**-1076), keep a sticky bit for a
 * nonzero remainder, round q half-to-even to the precision the result
 * actually has, and scale by 2**shift (exact: q then fits 53 bits).
 * ------------------------------------------------------------------------ */

static KrObject *int_truediv_impl(KrObject *a, KrObject *b)
{
    if (kr_int_is_zero(b)) return int_zero_division("division by zero");
    const int64_t lim = (int64_t)1 << 53;
    if (SMALL2(a, b) && VAL(a) >= -lim && VAL(a) <= lim && VAL(b) >= -lim && VAL(b) <= lim)
        return kr_float_from_double((double)VAL(a) / (double)VAL(b));
    VIEWS(a, b);
    int negate = (mpz_sgn(za) < 0) != (mpz_sgn(zb) < 0);
    if (mpz_sgn(za) == 0) return kr_float_from_double(negate ? -0.0 : 0.0);
    int64_t na = (int64_t)mpz_sizeinbase(za, 2), nb = (int64_t)mpz_sizeinbase(zb, 2);
    int64_t diff = na - nb;
    if (diff > DBL_MAX_EXP) goto overflow;
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return kr_float_from_double(negate ? -0.0 : 0.0);
    int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    mpz_t A, B, q, r;
    mpz_inits(A, B, q, r, NULL);
    mpz_abs(A, za);
    mpz_abs(B, zb);
    if (shift >= 0) mpz_mul_2exp(B, B, (mp_bitcnt_t)shift);
    else mpz_mul_2exp(A, A, (mp_bitcnt_t)-shift);
    mpz_tdiv_qr(q, r, A, B);
    int inexact = mpz_sgn(r) != 0;
    uint64_t x = mpz_get_ui(q); /* at most 57 bits */
    mpz_clears(A, B, q, r, NULL);
    int64_t x_bits = x ? 64 - __builtin_clzll(x) : 0;
    int64_t extra = (x_bits > DBL_MIN_EXP - shift ? x_bits : DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    uint64_t mask = (uint64_t)1 << (extra - 1);
    uint64_t low = x | (uint64_t)inexact;
    if ((low & mask) && (low & (3 * mask - 1))) low += mask;
    x = low & ~(2 * mask - 1);
    double dx = (double)x; /* exact */
    if (shift + x_bits >= DBL_MAX_EXP &&
        (shift + x_bits > DBL_MAX_EXP || dx == ldexp(1.0, (int)x_bits)))
        goto overflow;
    double res = ldexp(dx, (int)shift);
    return kr_float_from_double(negate ? -res : res);
overflow:
    return kr_err_format(kr_exc_OverflowError, "integer division result too large for a float");
}

/* ---------------------------------------------------------------------------
 * Powers
 * ------------------------------------------------------------------------ */

/* a ** b for b >= 0 without a modulus. */
static KrObject *int_pow_plain(KrObject *a, KrObject *b)
{
    if (SMALL2(a, b)) {
        int64_t base = VAL(a), e = VAL(b), r = 1;
        int ok = 1;
        if (base == 0 || base == 1) return kr_int_from_i64_inline(e == 0 ? 1 : base);
        if (base == -1) return kr_int_from_i64_inline((e & 1) ? -1 : 1);
        if (e < 64) {
            int64_t sq = base;
            int64_t k = e;
            while (k) {
                if (k & 1 && __builtin_mul_overflow(r, sq, &r)) { ok = 0; break; }
                k >>= 1;
                if (k && __builtin_mul_overflow(sq, sq, &sq)) { ok = 0; break; }
            }
            if (ok) return kr_int_from_i64_inline(r);
        }
    }
    VIEWS(a, b);
    if (mpz_cmp_si(za, 1) == 0 || mpz_sgn(za) == 0)
        return kr_int_from_i64(mpz_sgn(zb) == 0 ? 1 : mpz_get_si(za));
    if (mpz_cmp_si(za, -1) == 0) return kr_int_from_i64(mpz_odd_p(zb) ? -1 : 1);
    if (!mpz_fits_ulong_p(zb)) return kr_err_no_memory();
    unsigned long e = mpz_get_ui(zb);
    uint64_t abits = mpz_sizeinbase(za, 2);
    if ((unsigned __int128)(abits - 1) * e > INT_MAX_RESULT_BITS) return kr_err_no_memory();
    mpz_t z;
    mpz_init(z);
    mpz_pow_ui(z, za, e);
    return kr_int_from_mpz_steal(z);
}

/* (a ** b) % m with Python's sign rules; m nonzero, b may be negative. */
static KrObject *int_pow_mod(KrObject *a, KrObject *b, KrObject *m)
{
    if (kr_int_is_zero(m))
        return kr_err_format(kr_exc_ValueError, "pow() 3rd argument cannot be 0");
    /* Fast path: everything small, b >= 0, |m| < 2**62: 128-bit products. */
    if (SMALL2(a, b) && KR_INT_IS_SMALL(m) && VAL(b) >= 0 &&
        VAL(m) > -((int64_t)1 << 62) && VAL(m) < ((int64_t)1 << 62)) {
        int64_t mm = VAL(m);
        uint64_t um = mm < 0 ? (uint64_t)-mm : (uint64_t)mm;
        int64_t base = VAL(a) % (int64_t)um;
        if (base < 0) base += (int64_t)um;
        unsigned __int128 r = 1 % um, sq = (uint64_t)base;
        for (uint64_t e = (uint64_t)VAL(b); e; e >>= 1) {
            if (e & 1) r = (r * sq) % um;
            sq = (sq * sq) % um;
        }
        int64_t res = (int64_t)r;
        if (mm < 0 && res != 0) res += mm;
        return kr_int_from_i64_inline(res);
    }
    __mpz_struct ta, tb, tm;
    mp_limb_t la, lb, lm;
    mpz_srcptr za = kr_int_mpz_view(a, &ta, &la);
    mpz_srcptr zb = kr_int_mpz_view(b, &tb, &lb);
    mpz_srcptr zm = kr_int_mpz_view(m, &tm, &lm);
    mpz_t absm, base, e, r;
    mpz_inits(absm, base, e, r, NULL);
    mpz_abs(absm, zm);
    mpz_mod(base, za, absm);
    mpz_set(e, zb);
    if (mpz_sgn(e) < 0) {
        if (!mpz_invert(base, base, absm) && mpz_cmp_ui(absm, 1) != 0) {
            mpz_clears(absm, base, e, r, NULL);
            return kr_err_format(kr_exc_ValueError, "base is not invertible for the given modulus");
        }
        if (mpz_cmp_ui(absm, 1) == 0) mpz_set_ui(base, 0);
        mpz_neg(e, e);
    }
    mpz_powm(r, base, e, absm);
    if (mpz_sgn(zm) < 0 && mpz_sgn(r) != 0) mpz_add(r, r, zm);
    mpz_clears(absm, base, e, NULL);
    return kr_int_from_mpz_steal(r);
}

static KrObject *int_pow_impl(KrObject *a, KrObject *b, KrObject *m)
{
    if (m && m != KR_NONE) return int_pow_mod(a, b, m);
    if (kr_int_sign(b) < 0) {
        /* a negative exponent gives a float */
        double x = kr_int_as_double(a);
        if (x == -1.0 && kr_err_occurred()) return NULL;
        double y = kr_int_as_double(b);
        if (y == -1.0 && kr_err_occurred()) return NULL;
        return kr_float_pow_doubles(x, y);
    }
    return int_pow_plain(a, b);
}

/* ---------------------------------------------------------------------------
 * Shifts and bitwise operations (two's complement semantics for negatives)
 * ------------------------------------------------------------------------ */

static KrObject *int_lshift_impl(KrObject *a, KrObject *b)
{
    if (kr_int_sign(b) < 0) return kr_err_format(kr_exc_ValueError, "negative shift count");
    if (kr_int_is_zero(a)) return kr_int_from_i64_inline(0);
    if (!KR_INT_IS_SMALL(b)) {
        /* A shift by 2**63 or more can never be done. CPython says
         * OverflowError when the result's count of 30-bit digits passes
         * its maximum object size, MemoryError otherwise: follow it. */
        const uint64_t max_long_digits = ((uint64_t)INT64_MAX - 24) / 4;
        mpz_t w;
        mpz_init(w);
        unsigned long rem = mpz_fdiv_q_ui(w, KR_INT_MPZ(b), 30);
        uint64_t need = (kr_int_bit_length(a) + 29) / 30 + (rem != 0);
        int over = mpz_sizeinbase(w, 2) > 63 || mpz_get_ui(w) > max_long_digits - need;
        mpz_clear(w);
        if (over) return kr_err_format(kr_exc_OverflowError, "too many digits in integer");
        return kr_err_no_memory();
    }
    int64_t n = VAL(b);
    if (KR_INT_IS_SMALL(a) && n < 63) {
        int64_t x = VAL(a);
        int64_t r = (int64_t)((uint64_t)x << n);
        if ((r >> n) == x) return kr_int_from_i64_inline(r);
    }
    if ((uint64_t)n + kr_int_bit_length(a) > INT_MAX_RESULT_BITS) return kr_err_no_memory();
    __mpz_struct ta;
    mp_limb_t la;
    mpz_srcptr za = kr_int_mpz_view(a, &ta, &la);
    mpz_t z;
    mpz_init(z);
    mpz_mul_2exp(z, za, (mp_bitcnt_t)n);
    return kr_int_from_mpz_steal(z);
}

static KrObject *int_rshift_impl(KrObject *a, KrObject *b)
{
    int sb = kr_int_sign(b);
    if (sb < 0) return kr_err_format(kr_exc_ValueError, "negative shift count");
    int sa = kr_int_sign(a);
    if (!KR_INT_IS_SMALL(b) || (uint64_t)VAL(b) >= kr_int_bit_length(a))
        return kr_int_from_i64_inline(sa < 0 ? -1 : 0);
    int64_t n = VAL(b);
    if (KR_INT_IS_SMALL(a)) return kr_int_from_i64_inline(VAL(a) >> n);
    mpz_t z;
    mpz_init(z);
    mpz_fdiv_q_2exp(z, KR_INT_MPZ(a), (mp_bitcnt_t)n);
    return kr_int_from_mpz_steal(z);
}

static KrObject *int_and_impl(KrObject *a, KrObject *b)
{
    if (SMALL2(a, b)) return kr_int_from_i64_inline(VAL(a) & VAL(b));
    VIEWS(a, b);
    mpz_t z;
    mpz_init(z);
    mpz_and(z, za, zb);
    return kr_int_from_mpz_steal(z);
}

static KrObject *int_or_impl(KrObject *a, KrObject *b)
{
    if (SMALL2(a, b)) return kr_int_from_i64_inline(VAL(a) | VAL(b));
    VIEWS(a, b);
    mpz_t z;
    mpz_init(z);
    mpz_ior(z, za, zb);
    return kr_int_from_mpz_steal(z);
}

static KrObject *int_xor_impl(KrObject *a, KrObject *b)
{
    if (SMALL2(a, b)) return kr_int_from_i64_inline(VAL(a) ^ VAL(b));
    VIEWS(a, b);
    mpz_t z;
    mpz_init(z);
    mpz_xor(z, za, zb);
    return kr_int_from_mpz_steal(z);
}

/* ---------------------------------------------------------------------------
 * kr_int_binop and the slots
 * ------------------------------------------------------------------------ */

KrObject *kr_int_binop(KrObject *a, KrObject *b, int op)
{
    if (op >= KR_NB_INPLACE) op -= KR_NB_INPLACE;
    switch (op) {
    case KR_NB_ADD: return int_add_impl(a, b);
    case KR_NB_SUBTRACT: return int_sub_impl(a, b);
    case KR_NB_MULTIPLY: return int_mul_impl(a, b);
    case KR_NB_FLOOR_DIVIDE: return int_floordiv_impl(a, b);
    case KR_NB_REMAINDER: return int_mod_impl(a, b);
    case KR_NB_TRUE_DIVIDE: return int_truediv_impl(a, b);
    case KR_NB_POWER: return int_pow_impl(a, b, NULL);
    case KR_NB_LSHIFT: return int_lshift_impl(a, b);
    case KR_NB_RSHIFT: return int_rshift_impl(a, b);
    case KR_NB_AND: return int_and_impl(a, b);
    case KR_NB_OR: return int_or_impl(a, b);
    case KR_NB_XOR: return int_xor_impl(a, b);
    default: KR_RETURN_NOTIMPLEMENTED;
    }
}

#define INT_BINARY_SLOT(name, impl) \
    static KrObject *name(KrObject *a, KrObject *b) { \
        if (!KR_INT_CHECK(a) || !KR_INT_CHECK(b)) KR_RETURN_NOTIMPLEMENTED; \
        return impl(a, b); \
    }
INT_BINARY_SLOT(int_add, int_add_impl)
INT_BINARY_SLOT(int_sub, int_sub_impl)
INT_BINARY_SLOT(int_mul, int_mul_impl)
INT_BINARY_SLOT(int_floordiv, int_floordiv_impl)
INT_BINARY_SLOT(int_mod, int_mod_impl)
INT_BINARY_SLOT(int_divmod, int_divmod_impl)
INT_BINARY_SLOT(int_truediv, int_truediv_impl)
INT_BINARY_SLOT(int_lshift, int_lshift_impl)
INT_BINARY_SLOT(int_rshift, int_rshift_impl)
INT_BINARY_SLOT(int_and, int_and_impl)
INT_BINARY_SLOT(int_or, int_or_impl)
INT_BINARY_SLOT(int_xor, int_xor_impl)

static KrObject *int_pow(KrObject *a, KrObject *b, KrObject *m)
{
    if (!KR_INT_CHECK(a) || !KR_INT_CHECK(b)) KR_RETURN_NOTIMPLEMENTED;
    if (m && m != KR_NONE && !KR_INT_CHECK(m)) KR_RETURN_NOTIMPLEMENTED;
    return int_pow_impl(a, b, m);
}

static KrObject *int_neg(KrObject *o)
{
    if (KR_INT_IS_SMALL(o) && VAL(o) != INT64_MIN) return kr_int_from_i64_inline(-VAL(o));
    __mpz_struct t;
    mp_limb_t l;
    mpz_t z;
    mpz_init(z);
    mpz_neg(z, kr_int_mpz_view(o, &t, &l));
    return kr_int_from_mpz_steal(z);
}

static KrObject *int_pos(KrObject *o) { return kr_int_exact(o); }

static KrObject *int_abs(KrObject *o)
{
    return kr_int_sign(o) < 0 ? int_neg(o) : kr_int_exact(o);
}

static int int_bool(KrObject *o) { return !kr_int_is_zero(o); }

static KrObject *int_invert(KrObject *o)
{
    if (KR_INT_IS_SMALL(o)) return kr_int_from_i64_inline(~VAL(o));
    mpz_t z;
    mpz_init(z);
    mpz_com(z, KR_INT_MPZ(o));
    return kr_int_from_mpz_steal(z);
}

static KrObject *int_float(KrObject *o)
{
    double d = kr_int_as_double(o);
    if (d == -1.0 && kr_err_occurred()) return NULL;
    return kr_float_from_double(d);
}

KrNumberMethods kr_int_ops_as_number = {
    .nb_add = int_add,
    .nb_subtract = int_sub,
    .nb_multiply = int_mul,
    .nb_remainder = int_mod,
    .nb_divmod = int_divmod,
    .nb_power = int_pow,
    .nb_negative = int_neg,
    .nb_positive = int_pos,
    .nb_absolute = int_abs,
    .nb_bool = int_bool,
    .nb_invert = int_invert,
    .nb_lshift = int_lshift,
    .nb_rshift = int_rshift,
    .nb_and = int_and,
    .nb_xor = int_xor,
    .nb_or = int_or,
    .nb_int = int_pos,
    .nb_float = int_float,
    .nb_floor_divide = int_floordiv,
    .nb_true_divide = int_truediv,
    .nb_index = int_pos,
};

KrObject *kr_int_ops_and(KrObject *a, KrObject *b) { return int_and(a, b); }
KrObject *kr_int_ops_or(KrObject *a, KrObject *b) { return int_or(a, b); }
KrObject *kr_int_ops_xor(KrObject *a, KrObject *b) { return int_xor(a, b); }
KrObject *kr_int_ops_divmod(KrObject *a, KrObject *b) { return int_divmod_impl(a, b); }
KrObject *kr_int_ops_power(KrObject *a, KrObject *b, KrObject *m) { return int_pow_impl(a, b, m); }
