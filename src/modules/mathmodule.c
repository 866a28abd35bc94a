/* mathmodule.c — the math module: libm wrappers with CPython's error rules
 * (ValueError "math domain error", OverflowError "math range error"),
 * integer functions on GMP (factorial, gcd, lcm, isqrt, comb, perm), exact
 * summation (fsum) and logarithms of ints beyond the float range. */
/* Exact-arithmetic tricks below (error-free products, compensated sums)
 * must not be fused into FMAs by the compiler. */
#ifdef __clang__
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif
#include <gmp.h>
#include "mathmodule.h"
#include "../objects/int.h"
#include "../objects/float.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/list.h"
#include "../objects/ids.h"
#include "../objects/args.h"
#include "../objects/module.h"
#include "../vm/err.h"
#include "../memory/mem.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <string.h>

static KrObject *math_domain_error(void)
{
    return kr_err_format(kr_exc_ValueError, "math domain error");
}

static KrObject *math_range_error(void)
{
    return kr_err_format(kr_exc_OverflowError, "math range error");
}

/* x as a double for a math function argument: -1 on error. */
static int math_arg(KrObject *o, double *x)
{
    if (KR_FLOAT_CHECK(o)) {
        *x = KR_FLOAT_VALUE(o);
        return 0;
    }
    *x = kr_float_as_double(o);
    return (*x == -1.0 && kr_err_occurred()) ? -1 : 0;
}

static int math_check_nargs(const char *name, ssize_t nargs, ssize_t n)
{
    if (nargs == n) return 0;
    kr_err_format(kr_exc_TypeError, "%s expected %zd argument%s, got %zd", name, n,
                  n == 1 ? "" : "s", nargs);
    return -1;
}

/* ---------------------------------------------------------------------------
 * One-argument libm functions (CPython's math_1)
 * ------------------------------------------------------------------------ */

static KrObject *math_1(KrObject *arg, double (*f)(double), int can_overflow)
{
    double x;
    if (math_arg(arg, &x) < 0) return NULL;
    errno = 0;
    double r = f(x);
    if (isnan(r) && !isnan(x)) return math_domain_error();
    if (isinf(r) && isfinite(x)) return can_overflow ? math_range_error() : math_domain_error();
    return kr_float_from_double(r);
}

#define MATH_FUNC1(name, cfunc, can_overflow) \
    static KrObject *math_##name(KrObject *m, KrObject *arg) { return math_1(arg, cfunc, can_overflow); }

MATH_FUNC1(acos, acos, 0)
MATH_FUNC1(acosh, acosh, 0)
MATH_FUNC1(asin, asin, 0)
MATH_FUNC1(asinh, asinh, 0)
MATH_FUNC1(atan, atan, 0)
MATH_FUNC1(atanh, atanh, 0)
MATH_FUNC1(cbrt, cbrt, 0)
MATH_FUNC1(cos, cos, 0)
MATH_FUNC1(cosh, cosh, 1)
MATH_FUNC1(erf, erf, 0)
MATH_FUNC1(erfc, erfc, 0)
MATH_FUNC1(exp, exp, 1)
MATH_FUNC1(exp2, exp2, 1)
MATH_FUNC1(expm1, expm1, 1)
MATH_FUNC1(fabs, fabs, 0)
MATH_FUNC1(log1p, log1p, 0)
MATH_FUNC1(sin, sin, 0)
MATH_FUNC1(sinh, sinh, 1)
MATH_FUNC1(sqrt, sqrt, 0)
MATH_FUNC1(tan, tan, 0)
MATH_FUNC1(tanh, tanh, 0)

/* degrees/radians never raise for a float: degrees(1e308) is inf (CPython). */
static KrObject *math_degrees(KrObject *m, KrObject *arg)
{
    double x;
    if (math_arg(arg, &x) < 0) return NULL;
    return kr_float_from_double(x * (180.0 / M_PI));
}

static KrObject *math_radians(KrObject *m, KrObject *arg)
{
    double x;
    if (math_arg(arg, &x) < 0) return NULL;
    return kr_float_from_double(x * (M_PI / 180.0));
}

/* Gamma and log-gamma by Lanczos' approximation with the same constants
 * and steps as CPython's (so results agree to the last bit), using the
 * reflection formula for negative arguments. */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num_coeffs[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408
};
static const double lanczos_den_coeffs[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0
};
#define NGAMMA_INTEGRAL 23
static const double gamma_integral[NGAMMA_INTEGRAL] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0,
};
static const double math_logpi = 1.144729885849400174143427351353058711647;

static double math_lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num_coeffs[i];
            den = den * x + lanczos_den_coeffs[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num_coeffs[i];
            den = den / x + lanczos_den_coeffs[i];
        }
    }
    return num / den;
}

/* sin(pi * x) for finite x, exact at multiples of 1/2. */
static double math_sinpi(double x)
{
    double y = fmod(fabs(x), 2.0), r;
    int n = (int)round(2.0 * y);
    switch (n) {
    case 0: r = sin(M_PI * y); break;
    case 1: r = cos(M_PI * (y - 0.5)); break;
    case 2: r = sin(M_PI * (1.0 - y)); break;
    case 3: r = -cos(M_PI * (y - 1.5)); break;
    default: r = sin(M_PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

/* 0 ok, 1 domain error, 2 range error. */
static int math_tgamma(double x, double *out)
{
    double absx, r, y, z, sqrtpow;
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) {
            *out = x;
            return 0;
        }
        return 1;
    }
    if (x == 0.0) return 1;
    if (x == floor(x)) {
        if (x < 0.0) return 1;
        if (x <= NGAMMA_INTEGRAL) {
            *out = gamma_integral[(int)x - 1];
            return 0;
        }
    }
    absx = fabs(x);
    if (absx < 1e-20) {
        r = 1.0 / x;
        *out = r;
        return isinf(r) ? 2 : 0;
    }
    if (absx > 200.0) {
        if (x < 0.0) {
            *out = 0.0 / math_sinpi(x);
            return 0;
        }
        return 2;
    }
    y = absx + lanczos_g_minus_half;
    if (absx > lanczos_g_minus_half) {
        double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -M_PI / math_sinpi(absx) / absx * exp(y) / math_lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = math_lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    *out = r;
    return isinf(r) ? 2 : 0;
}

static int math_lgamma_c(double x, double *out)
{
    if (!isfinite(x)) {
        *out = isnan(x) ? x : HUGE_VAL;
        return 0;
    }
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) return 1;
        *out = 0.0;
        return 0;
    }
    double absx = fabs(x);
    if (absx < 1e-20) {
        *out = -log(absx);
        return 0;
    }
    double r = log(math_lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0) r = math_logpi - log(fabs(math_sinpi(absx))) - log(absx) - r;
    *out = r;
    return isinf(r) ? 2 : 0;
}

static KrObject *math_gamma_common(KrObject *arg, int (*f)(double, double *))
{
    double x, r = 0.0;
    if (math_arg(arg, &x) < 0) return NULL;
    int e = f(x, &r);
    if (e == 1) return math_domain_error();
    if (e == 2) return math_range_error();
    return kr_float_from_double(r);
}

static KrObject *math_gamma(KrObject *m, KrObject *arg) { return math_gamma_common(arg, math_tgamma); }
static KrObject *math_lgamma(KrObject *m, KrObject *arg) { return math_gamma_common(arg, math_lgamma_c); }

static KrObject *math_isfinite(KrObject *m, KrObject *arg)
{
    double x;
    if (math_arg(arg, &x) < 0) return NULL;
    return kr_bool_from(isfinite(x));
}

static KrObject *math_isinf(KrObject *m, KrObject *arg)
{
    double x;
    if (math_arg(arg, &x) < 0) return NULL;
    return kr_bool_from(isinf(x));
}

static KrObject *math_isnan(KrObject *m, KrObject *arg)
{
    double x;
    if (math_arg(arg, &x) < 0) return NULL;
    return kr_bool_from(isnan(x));
}

static KrObject *math_frexp(KrObject *m, KrObject *arg)
{
    double x;
    if (math_arg(arg, &x) < 0) return NULL;
    int e = 0;
    double mant = x;
    if (isfinite(x) && x != 0.0) mant = frexp(x, &e);
    KrObject *a = kr_float_from_double(mant);
    KrObject *b = a ? kr_int_from_i64(e) : NULL;
    KrObject *t = b ? kr_tuple_pack(2, a, b) : NULL;
    KR_XDECREF(a);
    KR_XDECREF(b);
    return t;
}

static KrObject *math_modf(KrObject *m, KrObject *arg)
{
    double x, ip, fp;
    if (math_arg(arg, &x) < 0) return NULL;
    if (isinf(x)) {
        ip = x;
        fp = copysign(0.0, x);
    } else {
        fp = modf(x, &ip);
    }
    KrObject *a = kr_float_from_double(fp);
    KrObject *b = a ? kr_float_from_double(ip) : NULL;
    KrObject *t = b ? kr_tuple_pack(2, a, b) : NULL;
    KR_XDECREF(a);
    KR_XDECREF(b);
    return t;
}

static KrObject *math_ulp(KrObject *m, KrObject *arg)
{
    double x;
    if (math_arg(arg, &x) < 0) return NULL;
    if (isnan(x)) return kr_float_from_double(x);
    x = fabs(x);
    if (isinf(x)) return kr_float_from_double(x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) {
        x2 = nextafter(x, -INFINITY);
        return kr_float_from_double(x - x2);
    }
    return kr_float_from_double(x2 - x);
}

/* ---------------------------------------------------------------------------
 * floor, ceil, trunc
 * ------------------------------------------------------------------------ */

static KrObject *math_round_via(KrObject *arg, KrObject *dunder, double (*f)(double))
{
    if (KR_FLOAT_CHECK_EXACT(arg)) return kr_int_from_double(f(KR_FLOAT_VALUE(arg)));
    if (KR_INT_CHECK_EXACT(arg)) return kr_newref(arg);
    KrObject *meth = kr_object_lookup_special(arg, dunder);
    if (meth) {
        KrObject *r = kr_object_call_noargs(meth);
        KR_DECREF(meth);
        return r;
    }
    if (kr_err_occurred()) return NULL;
    double x;
    if (math_arg(arg, &x) < 0) return NULL;
    return kr_int_from_double(f(x));
}

static KrObject *math_floor(KrObject *m, KrObject *arg) { return math_round_via(arg, KR_ID(__floor__), floor); }
static KrObject *math_ceil(KrObject *m, KrObject *arg) { return math_round_via(arg, KR_ID(__ceil__), ceil); }

static KrObject *math_trunc(KrObject *m, KrObject *arg)
{
    if (KR_FLOAT_CHECK_EXACT(arg)) return kr_int_from_double(KR_FLOAT_VALUE(arg));
    KrObject *meth = kr_object_lookup_special(arg, KR_ID(__trunc__));
    if (!meth) {
        if (kr_err_occurred()) return NULL;
        return kr_err_format(kr_exc_TypeError, "type %s doesn't define __trunc__ method",
                             KR_TYPE(arg)->tp_name);
    }
    KrObject *r = kr_object_call_noargs(meth);
    KR_DECREF(meth);
    return r;
}

/* ---------------------------------------------------------------------------
 * Two-argument float functions
 * ------------------------------------------------------------------------ */

static int math_args2(const char *name, KrObject *const *args, ssize_t nargs, double *x, double *y)
{
    if (math_check_nargs(name, nargs, 2) < 0) return -1;
    if (math_arg(args[0], x) < 0 || math_arg(args[1], y) < 0) return -1;
    return 0;
}

static KrObject *math_atan2(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    double x, y;
    if (math_args2("atan2", args, nargs, &y, &x) < 0) return NULL;
    return kr_float_from_double(atan2(y, x));
}

static KrObject *math_copysign(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    double x, y;
    if (math_args2("copysign", args, nargs, &x, &y) < 0) return NULL;
    return kr_float_from_double(copysign(x, y));
}

static KrObject *math_fmod(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    double x, y;
    if (math_args2("fmod", args, nargs, &x, &y) < 0) return NULL;
    if (isinf(y) && isfinite(x)) return kr_float_from_double(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return math_domain_error();
    return kr_float_from_double(r);
}

static KrObject *math_remainder(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    double x, y;
    if (math_args2("remainder", args, nargs, &x, &y) < 0) return NULL;
    if (isnan(x)) return kr_float_from_double(x);
    if (isnan(y)) return kr_float_from_double(y);
    if (isinf(x) || y == 0.0) return math_domain_error();
    if (isinf(y)) return kr_float_from_double(x);
    return kr_float_from_double(remainder(x, y));
}

static KrObject *math_nextafter(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    double x, y;
    if (math_args2("nextafter", args, nargs, &x, &y) < 0) return NULL;
    return kr_float_from_double(nextafter(x, y));
}

static KrObject *math_pow(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    double x, y, r = 0.0;
    if (math_args2("pow", args, nargs, &x, &y) < 0) return NULL;
    int err = 0; /* 1 EDOM, 2 ERANGE */
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) {
            r = y == 0.0 ? 1.0 : x;
        } else if (isnan(y)) {
            r = x == 1.0 ? 1.0 : y;
        } else if (isinf(x)) {
            int odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0) r = odd_y ? x : fabs(x);
            else if (y == 0.0) r = 1.0;
            else r = odd_y ? copysign(0.0, x) : 0.0;
        } else {
            if (fabs(x) == 1.0) r = 1.0;
            else if (y > 0.0 && fabs(x) > 1.0) r = y;
            else if (y < 0.0 && fabs(x) < 1.0) r = -y;
            else r = 0.0;
        }
    } else {
        r = pow(x, y);
        if (isnan(r)) err = 1;
        else if (isinf(r)) err = x == 0.0 ? 1 : 2;
    }
    if (err == 1) return math_domain_error();
    if (err == 2) return math_range_error();
    return kr_float_from_double(r);
}

static KrObject *math_ldexp(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (math_check_nargs("ldexp", nargs, 2) < 0) return NULL;
    double x;
    if (math_arg(args[0], &x) < 0) return NULL;
    if (!KR_INT_CHECK(args[1]))
        return kr_err_format(kr_exc_TypeError, "Expected an int as second argument to ldexp.");
    int ov;
    int64_t e = kr_int_as_i64_overflow(args[1], &ov);
    if (ov) e = ov > 0 ? 100000 : -100000;
    if (e > 100000) e = 100000;
    if (e < -100000) e = -100000;
    if (x == 0.0 || !isfinite(x)) return kr_float_from_double(x);
    double r = ldexp(x, (int)e);
    if (isinf(r)) return math_range_error();
    return kr_float_from_double(r);
}

/* ---------------------------------------------------------------------------
 * Logarithms (ints beyond the float range work: log(m * 2**e))
 * ------------------------------------------------------------------------ */

/* log-like function of any real (ints of any size). */
static int math_log_helper(KrObject *arg, double (*f)(double), double *out)
{
    if (KR_INT_CHECK(arg)) {
        if (kr_int_sign(arg) <= 0) {
            math_domain_error();
            return -1;
        }
        if (KR_INT_IS_SMALL(arg)) {
            *out = f((double)KR_INT_SMALL_VALUE(arg));
            return 0;
        }
        __mpz_struct t;
        mp_limb_t l;
        mpz_srcptr z = kr_int_mpz_view(arg, &t, &l);
        int ov;
        double d = kr_int_mpz_to_double(z, &ov);
        if (!ov) {
            *out = f(d);
            return 0;
        }
        /* z = mant * 2**e with mant correctly rounded in [0.5, 1] */
        size_t nbits = mpz_sizeinbase(z, 2);
        mpz_t top;
        mpz_init(top);
        mpz_tdiv_q_2exp(top, z, nbits - 63);
        uint64_t u = mpz_get_ui(top);
        mpz_clear(top);
        if (mpz_scan1(z, 0) < nbits - 63) u |= 1; /* sticky */
        double mant = ldexp((double)u, -63);
        long e = (long)nbits;
        if (mant == 1.0) {
            mant = 0.5;
            e++;
        }
        *out = f(mant) + f(2.0) * (double)e;
        return 0;
    }
    double x;
    if (math_arg(arg, &x) < 0) return -1;
    if (isnan(x)) {
        *out = x;
        return 0;
    }
    if (x <= 0.0) {
        math_domain_error();
        return -1;
    }
    *out = f(x);
    return 0;
}

/* METH_VARARGS as in CPython, so that log(x=1) says "log() takes no keyword
 * arguments" (CPython names VARARGS functions without their module). */
static KrObject *math_log(KrObject *m, KrObject *argtuple)
{
    KrObject *const *args = KR_TUPLE_ITEMS(argtuple);
    ssize_t nargs = KR_SIZE(argtuple);
    if (nargs < 1 || nargs > 2)
        return kr_err_format(kr_exc_TypeError, "math.log requires 1 to 2 arguments");
    double num, den;
    if (math_log_helper(args[0], log, &num) < 0) return NULL;
    if (nargs == 1) return kr_float_from_double(num);
    if (math_log_helper(args[1], log, &den) < 0) return NULL;
    if (den == 0.0) return kr_err_format(kr_exc_ZeroDivisionError, "float division by zero");
    return kr_float_from_double(num / den);
}

static KrObject *math_log2(KrObject *m, KrObject *arg)
{
    double r;
    if (math_log_helper(arg, log2, &r) < 0) return NULL;
    return kr_float_from_double(r);
}

static KrObject *math_log10(KrObject *m, KrObject *arg)
{
    double r;
    if (math_log_helper(arg, log10, &r) < 0) return NULL;
    return kr_float_from_double(r);
}

/* ---------------------------------------------------------------------------
 * Integer functions (GMP)
 * ------------------------------------------------------------------------ */

static KrObject *math_factorial(KrObject *m, KrObject *arg)
{
    KrObject *n = kr_number_index(arg);
    if (!n) return NULL;
    int ov;
    int64_t v = kr_int_as_i64_overflow(n, &ov);
    int neg = kr_int_sign(n) < 0;
    KR_DECREF(n);
    if (neg) return kr_err_format(kr_exc_ValueError, "factorial() not defined for negative values");
    if (ov) return kr_err_format(kr_exc_OverflowError, "factorial() argument should not exceed %lld",
                                 (long long)INT64_MAX);
    if (v > 50000000) return kr_err_no_memory();
    mpz_t z;
    mpz_init(z);
    mpz_fac_ui(z, (unsigned long)v);
    return kr_int_from_mpz_steal(z);
}

static KrObject *math_gcd_lcm(KrObject *const *args, ssize_t nargs, int lcm)
{
    mpz_t acc;
    mpz_init_set_ui(acc, lcm ? 1 : 0);
    for (ssize_t i = 0; i < nargs; i++) {
        KrObject *n = kr_number_index(args[i]);
        if (!n) {
            mpz_clear(acc);
            return NULL;
        }
        __mpz_struct t;
        mp_limb_t l;
        mpz_srcptr z = kr_int_mpz_view(n, &t, &l);
        if (lcm) mpz_lcm(acc, acc, z);
        else mpz_gcd(acc, acc, z);
        KR_DECREF(n);
    }
    return kr_int_from_mpz_steal(acc);
}

static KrObject *math_gcd(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    return math_gcd_lcm(args, nargs, 0);
}

static KrObject *math_lcm(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    return math_gcd_lcm(args, nargs, 1);
}

static KrObject *math_isqrt(KrObject *m, KrObject *arg)
{
    KrObject *n = kr_number_index(arg);
    if (!n) return NULL;
    if (kr_int_sign(n) < 0) {
        KR_DECREF(n);
        return kr_err_format(kr_exc_ValueError, "isqrt() argument must be nonnegative");
    }
    __mpz_struct t;
    mp_limb_t l;
    mpz_t r;
    mpz_init(r);
    mpz_sqrt(r, kr_int_mpz_view(n, &t, &l));
    KR_DECREF(n);
    return kr_int_from_mpz_steal(r);
}

/* r = (n - i0) * (n - i0 - 1) * ... * (n - i1 + 1), by binary splitting so
 * that big products multiply operands of similar size (fast in GMP). */
static void math_falling_product(mpz_ptr r, mpz_srcptr n, unsigned long i0, unsigned long i1)
{
    if (i1 - i0 <= 16) {
        mpz_t f;
        mpz_init(f);
        mpz_set_ui(r, 1);
        for (unsigned long i = i0; i < i1; i++) {
            mpz_sub_ui(f, n, i);
            mpz_mul(r, r, f);
        }
        mpz_clear(f);
        return;
    }
    unsigned long mid = i0 + (i1 - i0) / 2;
    mpz_t right;
    mpz_init(right);
    math_falling_product(r, n, i0, mid);
    math_falling_product(right, n, mid, i1);
    mpz_mul(r, r, right);
    mpz_clear(right);
}

/* comb (perm == 0) or perm (perm == 1) of two ints. */
static KrObject *math_comb_perm(KrObject *nobj, KrObject *kobj, int perm)
{
    KrObject *n = kr_number_index(nobj);
    if (!n) return NULL;
    KrObject *k = kobj ? kr_number_index(kobj) : kr_newref(n);
    KrObject *res = NULL;
    if (!k) goto done;
    if (kr_int_sign(n) < 0) {
        kr_err_format(kr_exc_ValueError, "n must be a non-negative integer");
        goto done;
    }
    if (kr_int_sign(k) < 0) {
        kr_err_format(kr_exc_ValueError, "k must be a non-negative integer");
        goto done;
    }
    if (kr_int_compare(k, n) > 0) {
        res = kr_int_from_i64(0);
        goto done;
    }
    __mpz_struct tn, tk;
    mp_limb_t ln, lk;
    mpz_srcptr zn = kr_int_mpz_view(n, &tn, &ln);
    mpz_srcptr zk = kr_int_mpz_view(k, &tk, &lk);
    mpz_t kk, r;
    mpz_inits(kk, r, NULL);
    mpz_set(kk, zk);
    if (!perm) {
        /* comb(n, k) == comb(n, n - k): use the smaller */
        mpz_t alt;
        mpz_init(alt);
        mpz_sub(alt, zn, zk);
        if (mpz_cmp(alt, kk) < 0) mpz_set(kk, alt);
        mpz_clear(alt);
    }
    if (mpz_sizeinbase(kk, 2) > 63) {
        mpz_clears(kk, r, NULL);
        kr_err_format(kr_exc_OverflowError, perm ? "k must not exceed %lld"
                                                 : "min(n - k, k) must not exceed %lld",
                      (long long)INT64_MAX);
        goto done;
    }
    unsigned long kv = mpz_get_ui(kk);
    if (kv > 10000000) {
        mpz_clears(kk, r, NULL);
        kr_err_no_memory();
        goto done;
    }
    if (!perm) {
        mpz_bin_ui(r, zn, kv);
    } else {
        math_falling_product(r, zn, 0, kv);
    }
    mpz_clear(kk);
    res = kr_int_from_mpz_steal(r);
done:
    KR_DECREF(n);
    KR_XDECREF(k);
    return res;
}

static KrObject *math_comb(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (math_check_nargs("comb", nargs, 2) < 0) return NULL;
    return math_comb_perm(args[0], args[1], 0);
}

static KrObject *math_perm(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (nargs < 1)
        return kr_err_format(kr_exc_TypeError, "perm expected at least 1 argument, got %zd", nargs);
    if (nargs > 2)
        return kr_err_format(kr_exc_TypeError, "perm expected at most 2 arguments, got %zd", nargs);
    /* perm(n) is factorial(n), with factorial's checks and messages */
    if (nargs == 1 || args[1] == KR_NONE) return math_factorial(m, args[0]);
    return math_comb_perm(args[0], args[1], 1);
}

/* ---------------------------------------------------------------------------
 * fsum: Shewchuk's exact summation with a list of non-overlapping partials
 * ------------------------------------------------------------------------ */

static KrObject *math_fsum(KrObject *m, KrObject *iterable)
{
    KrObject *it = kr_object_get_iter(iterable);
    if (!it) return NULL;
    double small[32], *p = small;
    ssize_t n = 0, cap = 32;
    double special_sum = 0.0, inf_sum = 0.0;
    KrObject *item;
    KrObject *res = NULL;
    while ((item = kr_iter_next(it))) {
        double x;
        int r = math_arg(item, &x);
        KR_DECREF(item);
        if (r < 0) goto done;
        double xsave = x;
        ssize_t i, j = 0;
        for (i = 0; i < n; i++) {
            double y = p[i];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) p[j++] = lo;
            x = hi;
        }
        n = j;
        if (x != 0.0) {
            if (!isfinite(x)) {
                /* a nonfinite x may be the result of overflow of finite values */
                if (isfinite(xsave)) {
                    kr_err_format(kr_exc_OverflowError, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave)) inf_sum += xsave;
                special_sum += xsave;
                n = 0;
            } else {
                if (n >= cap) {
                    ssize_t ncap = cap * 2;
                    double *np = kr_raw_alloc((size_t)ncap * sizeof(double));
                    if (!np) {
                        kr_err_no_memory();
                        goto done;
                    }
                    memcpy(np, p, (size_t)n * sizeof(double));
                    if (p != small) kr_raw_free(p);
                    p = np;
                    cap = ncap;
                }
                p[n++] = x;
            }
        }
    }
    if (kr_err_occurred()) goto done;
    if (special_sum != 0.0) {
        if (isnan(inf_sum)) kr_err_format(kr_exc_ValueError, "-inf + inf in fsum");
        else res = kr_float_from_double(special_sum);
        goto done;
    }
    double hi = 0.0;
    if (n > 0) {
        hi = p[--n];
        double lo = 0.0;
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        /* half-even correction: see CPython's msum */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    res = kr_float_from_double(hi);
done:
    if (p != small) kr_raw_free(p);
    KR_DECREF(it);
    return res;
}

/* ---------------------------------------------------------------------------
 * hypot, dist, isclose, prod
 * ------------------------------------------------------------------------ */

/* The Euclidean norm as CPython 3.11 computes it: scale by a power of two
 * so the largest component is in [0.5, 1), accumulate the squares exactly
 * (Dekker splitting into hi/lo halves plus compensated sums), take the
 * square root, then apply one differential correction step. The result is
 * bit-for-bit CPython's. */
static double math_vector_norm(double *vec, ssize_t n, double max, int found_nan)
{
    const double T27 = 134217729.0; /* 2**27 + 1 */
    double x, scale, oldcsum, csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
    double t, hi, lo, h;
    int max_e;
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    frexp(max, &max_e);
    if (max_e < -1023) {
        for (ssize_t i = 0; i < n; i++) vec[i] /= DBL_MIN; /* subnormals to normals */
        return DBL_MIN * math_vector_norm(vec, n, max / DBL_MIN, found_nan);
    }
    scale = ldexp(1.0, -max_e);
    for (ssize_t i = 0; i < n; i++) {
        x = vec[i] * scale;
        t = x * T27;
        hi = t - (t - x);
        lo = x - hi;
        x = hi * hi;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        x = 2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        frac3 += lo * lo;
    }
    h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    x = h;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
}

static KrObject *math_hypot(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    double small[16] = { 0 }, *v = nargs <= 16 ? small : kr_raw_alloc((size_t)nargs * sizeof(double));
    if (!v) return kr_err_no_memory();
    double max = 0.0;
    int found_nan = 0;
    for (ssize_t i = 0; i < nargs; i++) {
        double x;
        if (math_arg(args[i], &x) < 0) {
            if (v != small) kr_raw_free(v);
            return NULL;
        }
        x = fabs(x);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    double r = math_vector_norm(v, nargs, max, found_nan);
    if (v != small) kr_raw_free(v);
    return kr_float_from_double(r);
}

static KrObject *math_dist(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (math_check_nargs("dist", nargs, 2) < 0) return NULL;
    KrObject *p = kr_sequence_tuple(args[0]);
    if (!p) return NULL;
    KrObject *q = kr_sequence_tuple(args[1]);
    if (!q) {
        KR_DECREF(p);
        return NULL;
    }
    KrObject *res = NULL;
    ssize_t n = KR_SIZE(p);
    double *v = NULL;
    if (KR_SIZE(q) != n) {
        kr_err_format(kr_exc_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    v = kr_raw_alloc((size_t)(n ? n : 1) * sizeof(double));
    if (!v) {
        kr_err_no_memory();
        goto done;
    }
    double max = 0.0;
    int found_nan = 0;
    for (ssize_t i = 0; i < n; i++) {
        double a, b;
        if (math_arg(KR_TUPLE_GET(p, i), &a) < 0 || math_arg(KR_TUPLE_GET(q, i), &b) < 0) goto done;
        double x = fabs(a - b);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    res = kr_float_from_double(math_vector_norm(v, n, max, found_nan));
done:
    kr_raw_free(v);
    KR_DECREF(p);
    KR_DECREF(q);
    return res;
}

static const char *const isclose_names[] = { "a", "b", "rel_tol", "abs_tol", NULL };
static const KrArgSpec isclose_spec = { "isclose", isclose_names, 0, 2, 2 };

static KrObject *math_isclose(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrObject *a[4];
    if (kr_args_parse(&isclose_spec, args, nargs, kwnames, a) < 0) return NULL;
    double x, y, rel_tol = 1e-09, abs_tol = 0.0;
    if (math_arg(a[0], &x) < 0 || math_arg(a[1], &y) < 0) return NULL;
    if (a[2] && math_arg(a[2], &rel_tol) < 0) return NULL;
    if (a[3] && math_arg(a[3], &abs_tol) < 0) return NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return kr_err_format(kr_exc_ValueError, "tolerances must be non-negative");
    if (x == y) KR_RETURN_TRUE;
    if (isinf(x) || isinf(y)) KR_RETURN_FALSE;
    double diff = fabs(y - x);
    return kr_bool_from((diff <= fabs(rel_tol * y)) || (diff <= fabs(rel_tol * x)) || diff <= abs_tol);
}

static const char *const prod_names[] = { "iterable", "start", NULL };
static const KrArgSpec prod_spec = { "prod", prod_names, 1, 1, 1 };

static KrObject *math_prod(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrObject *a[2];
    if (kr_args_parse(&prod_spec, args, nargs, kwnames, a) < 0) return NULL;
    KrObject *acc = a[1] ? kr_newref(a[1]) : kr_int_from_i64(1);
    KrObject *it = kr_object_get_iter(a[0]);
    if (!it) {
        KR_DECREF(acc);
        return NULL;
    }
    KrObject *item;
    while ((item = kr_iter_next(it))) {
        KrObject *r = kr_number_binop(acc, item, KR_NB_MULTIPLY);
        KR_DECREF(item);
        KR_DECREF(acc);
        acc = r;
        if (!acc) break;
    }
    KR_DECREF(it);
    if (acc && kr_err_occurred()) KR_CLEAR(acc);
    return acc;
}

/* ---------------------------------------------------------------------------
 * The module
 * ------------------------------------------------------------------------ */

#define M1(name, doc) { #name, (void *)math_##name, KR_METH_O, doc }
#define MF(name, doc) { #name, (void *)math_##name, KR_METH_FASTCALL, doc }
#define MK(name, doc) { #name, (void *)math_##name, KR_METH_FASTCALL | KR_METH_KEYWORDS, doc }

static KrMethodDef math_methods[] = {
    M1(acos, "Return the arc cosine (measured in radians) of x."),
    M1(acosh, "Return the inverse hyperbolic cosine of x."),
    M1(asin, "Return the arc sine (measured in radians) of x."),
    M1(asinh, "Return the inverse hyperbolic sine of x."),
    M1(atan, "Return the arc tangent (measured in radians) of x."),
    MF(atan2, "Return the arc tangent (measured in radians) of y/x."),
    M1(atanh, "Return the inverse hyperbolic tangent of x."),
    M1(cbrt, "Return the cube root of x."),
    M1(ceil, "Return the ceiling of x as an Integral."),
    MF(comb, "Number of ways to choose k items from n items without repetition and without order."),
    MF(copysign, "Return a float with the magnitude (absolute value) of x but the sign of y."),
    M1(cos, "Return the cosine of x (measured in radians)."),
    M1(cosh, "Return the hyperbolic cosine of x."),
    M1(degrees, "Convert angle x from radians to degrees."),
    MF(dist, "Return the Euclidean distance between two points p and q."),
    M1(erf, "Error function at x."),
    M1(erfc, "Complementary error function at x."),
    M1(exp, "Return e raised to the power of x."),
    M1(exp2, "Return 2 raised to the power of x."),
    M1(expm1, "Return exp(x)-1."),
    M1(fabs, "Return the absolute value of the float x."),
    M1(factorial, "Find x!."),
    M1(floor, "Return the floor of x as an Integral."),
    MF(fmod, "Return fmod(x, y), according to platform C."),
    M1(frexp, "Return the mantissa and exponent of x, as pair (m, e)."),
    M1(fsum, "Return an accurate floating point sum of values in the iterable seq."),
    M1(gamma, "Gamma function at x."),
    MF(gcd, "Greatest Common Divisor."),
    MF(hypot, "Multidimensional Euclidean distance from the origin to a point."),
    MK(isclose, "Determine whether two floating point numbers are close in value."),
    M1(isfinite, "Return True if x is neither an infinity nor a NaN, and False otherwise."),
    M1(isinf, "Return True if x is a positive or negative infinity, and False otherwise."),
    M1(isnan, "Return True if x is a NaN (not a number), and False otherwise."),
    M1(isqrt, "Return the integer part of the square root of the input."),
    MF(lcm, "Least Common Multiple."),
    MF(ldexp, "Return x * (2**i)."),
    M1(lgamma, "Natural logarithm of absolute value of Gamma function at x."),
    { "log", (void *)math_log, KR_METH_VARARGS,
      "log(x, [base=math.e])\nReturn the logarithm of x to the given base." },
    M1(log10, "Return the base 10 logarithm of x."),
    M1(log1p, "Return the natural logarithm of 1+x (base e)."),
    M1(log2, "Return the base 2 logarithm of x."),
    M1(modf, "Return the fractional and integer parts of x."),
    MF(nextafter, "Return the next floating-point value after x towards y."),
    MF(perm, "Number of ways to choose k items from n items without repetition and with order."),
    MF(pow, "Return x**y (x to the power of y)."),
    MK(prod, "Calculate the product of all the elements in the input iterable."),
    M1(radians, "Convert angle x from degrees to radians."),
    MF(remainder, "Difference between x and the closest integer multiple of y."),
    M1(sin, "Return the sine of x (measured in radians)."),
    M1(sinh, "Return the hyperbolic sine of x."),
    M1(sqrt, "Return the square root of x."),
    M1(tan, "Return the tangent of x (measured in radians)."),
    M1(tanh, "Return the hyperbolic tangent of x."),
    M1(trunc, "Truncates the Real x to the nearest Integral toward 0."),
    M1(ulp, "Return the value of the least significant bit of the float x."),
    { NULL, NULL, 0, NULL }
};

static int math_exec(KrObject *m)
{
    if (kr_module_add_steal(m, "pi", kr_float_from_double(M_PI)) < 0) return -1;
    if (kr_module_add_steal(m, "e", kr_float_from_double(M_E)) < 0) return -1;
    if (kr_module_add_steal(m, "tau", kr_float_from_double(2 * M_PI)) < 0) return -1;
    if (kr_module_add_steal(m, "inf", kr_float_from_double(INFINITY)) < 0) return -1;
    if (kr_module_add_steal(m, "nan", kr_float_from_double(NAN)) < 0) return -1;
    return 0;
}

KrModuleDef kr_mathmodule_def = {
    .name = "math",
    .doc = "This module provides access to the mathematical functions\n"
           "defined by the C standard.",
    .methods = math_methods,
    .exec = math_exec,
};
