/* float_repr.c — float <-> text: the shortest round-tripping repr, float()
 * parsing with Python's literal syntax, float.hex/fromhex, and correctly
 * rounded round(). The C library's correctly rounded printf/strtod (glibc)
 * do the hard arithmetic; this file adds Python's syntax and layout. */
#include <gmp.h>
#include "float.h"
#include "float_repr.h"
#include "int.h"
#include "int_convert.h"
#include "str.h"
#include "bytes.h"
#include "../vm/err.h"
#include "../memory/mem.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------------------
 * repr: shortest digits that read back as the same double
 * ------------------------------------------------------------------------ */

/* Splits printf's "%.*e" output into its digits and decimal exponent. */
static int repr_split_e(const char *buf, char *digits)
{
    int n = 0;
    const char *p = buf;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9') digits[n++] = *p;
    digits[n] = 0;
    return atoi(p + 1);
}

/* At precision q the correctly rounded decimal may miss v's rounding
 * interval while its neighbour on the other side of v hits it: the
 * interval is lopsided at powers of two. Tries that neighbour; 1 and the
 * digits/exponent set if it reads back as v. */
static int repr_try_neighbour(double v, int q, char *digits, int *exp10)
{
    char buf[40], d[24];
    snprintf(buf, sizeof buf, "%.*e", q - 1, v);
    int e = repr_split_e(buf, d);
    uint64_t m = strtoull(d, NULL, 10);
    double back = strtod(buf, NULL);
    uint64_t m2 = back == v ? m : back < v ? m + 1 : m - 1;
    if (m2 == 0) return 0;
    snprintf(buf, sizeof buf, "%llue%d", (unsigned long long)m2, e - (q - 1));
    if (strtod(buf, NULL) != v) return 0;
    /* renormalize (m2 may have gained or lost a digit) */
    int len = snprintf(d, sizeof d, "%llu", (unsigned long long)m2);
    *exp10 = e + (len - q);
    while (len > 1 && d[len - 1] == '0') len--;
    d[len] = 0;
    strcpy(digits, d);
    return 1;
}

/* Writes "e<exp>" and a NUL at out (no printf: this is a hot path). */
static void repr_put_exp(char *out, int exp)
{
    char tmp[12];
    int n = 0;
    unsigned u = exp < 0 ? (unsigned)-exp : (unsigned)exp;
    *out++ = 'e';
    if (exp < 0) *out++ = '-';
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    while (n) *out++ = tmp[--n];
    *out = 0;
}

/* Tries the two p-digit decimal neighbours of v (the first p of the 17
 * correctly rounded digits `full`, and that plus one unit), nearer first.
 * On success writes the digits (trailing zeros stripped) and the decimal
 * exponent of the first digit, and returns 1. */
static int repr_try_precision(double v, const char *full, int exp10, int p, char *digits,
                              int *out_exp, double half_ulp)
{
    char down[24], up[24], more[64];
    memcpy(down, full, (size_t)p);
    down[p] = 0;
    /* up = down + 1 unit in the last place */
    memcpy(up, down, (size_t)p + 1);
    int up_exp = exp10, i = p - 1;
    while (i >= 0 && up[i] == '9') up[i--] = '0';
    if (i >= 0) {
        up[i]++;
    } else {
        up[0] = '1';
        up_exp++; /* 99..9 + 1 = 100..0: one more digit; the last 0 is dropped */
    }
    /* which neighbour is nearer: compare the dropped tail with one half */
    const char *tail = full + p;
    int cmp = tail[0] > '5' ? 1 : tail[0] < '5' ? -1 : 0;
    for (int k = 1; cmp == 0 && tail[k]; k++)
        if (tail[k] != '0') cmp = 1;
    if (cmp == 0) {
        /* 17 digits cannot tell: look at the exact expansion */
        char d40[64];
        snprintf(more, sizeof more, "%.40e", v);
        repr_split_e(more, d40);
        cmp = 0;
        for (int k = p; d40[k] && cmp == 0; k++)
            cmp = k == p ? (d40[k] > '5') - (d40[k] < '5') : (d40[k] != '0');
        if (cmp == 0) cmp = ((down[p - 1] - '0') & 1) ? 1 : -1; /* exact tie: even */
    }
    const char *order[2] = { cmp > 0 ? up : down, cmp > 0 ? down : up };
    int exps[2] = { cmp > 0 ? up_exp : exp10, cmp > 0 ? exp10 : up_exp };
    /* Distances from the 17-digit value in units of its last digit; that
     * value is within half a unit of v, and v's rounding interval is
     * half_ulp units wide on each side. Clear cases skip strtod. */
    int tail_units = 0, scale = 1;
    for (int k = p; k < 17; k++) {
        tail_units = tail_units * 10 + (full[k] - '0');
        scale *= 10;
    }
    int dist[2] = { cmp > 0 ? scale - tail_units : tail_units, cmp > 0 ? tail_units : scale - tail_units };
    for (int k = 0; k < 2; k++) {
        char text[48];
        if (dist[k] > half_ulp + 1.0) continue;      /* surely outside */
        if (dist[k] + 1.0 < half_ulp) goto accept;   /* surely inside */
        memcpy(text, order[k], (size_t)p);
        repr_put_exp(text + p, exps[k] - (p - 1));
        if (strtod(text, NULL) == v) {
        accept:;
            int n = p;
            strcpy(digits, order[k]);
            while (n > 1 && digits[n - 1] == '0') n--;
            digits[n] = 0;
            *out_exp = exps[k];
            return 1;
        }
    }
    return 0;
}

/* The precision needed grows (almost) monotonically, so a binary search
 * over 1..17 significant digits finds the shortest correctly rounded
 * form with about four printf/strtod pairs; shorter forms that are not the
 * nearest at their precision (powers of two) are then tried as well, as
 * David Gay's shortest mode would find them. */
int kr_float_shortest_digits(double v, char *digits)
{
    char buf[40];
    v = fabs(v);
    int e2;
    if (v >= DBL_MIN && frexp(v, &e2) != 0.5) {
        /* A normal number that is not a power of two: its rounding
         * interval is symmetric and narrower than the spacing of 15-digit
         * decimals, so the shortest form, when it has <= 15 digits, is the
         * 15-digit neighbour of v that reads back as v (zeros stripped);
         * otherwise the nearest 16- or 17-digit one. One printf gives 17
         * digits; the shorter candidates come from them (printf is the
         * expensive part, strtod checks are cheap). */
        snprintf(buf, sizeof buf, "%.16e", v);
        char full[24];
        int exp10 = repr_split_e(buf, full);
        /* NaN (no shortcut) where the power of ten would leave the normal range */
        double half_ulp = exp10 > -280 && exp10 < 280
                          ? ldexp(1.0, e2 - 54) / pow(10.0, exp10 - 16) : NAN;
        for (int p = 15; p <= 16; p++)
            if (repr_try_precision(v, full, exp10, p, digits, &exp10, half_ulp)) return exp10;
        int n = 17;
        while (n > 1 && full[n - 1] == '0') n--;
        memcpy(digits, full, (size_t)n);
        digits[n] = 0;
        return exp10;
    }
    int lo = 1, hi = 17;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        snprintf(buf, sizeof buf, "%.*e", mid - 1, v);
        if (strtod(buf, NULL) == v) hi = mid;
        else lo = mid + 1;
    }
    snprintf(buf, sizeof buf, "%.*e", lo - 1, v);
    int exp10 = repr_split_e(buf, digits);
    int n = (int)strlen(digits);
    while (n > 1 && digits[n - 1] == '0') n--;
    digits[n] = 0;
    for (int q = n - 1; q >= 1; q--) {
        char alt[24];
        int e2;
        if (!repr_try_neighbour(v, q, alt, &e2)) break;
        strcpy(digits, alt);
        exp10 = e2;
    }
    return exp10;
}

void kr_float_repr_buf(double v, char *buf, size_t size)
{
    if (isnan(v)) {
        snprintf(buf, size, "nan");
        return;
    }
    if (isinf(v)) {
        snprintf(buf, size, v > 0 ? "inf" : "-inf");
        return;
    }
    if (v == 0.0) {
        snprintf(buf, size, signbit(v) ? "-0.0" : "0.0");
        return;
    }
    if (v == floor(v) && fabs(v) < 1e16) {
        /* integral: the digits of the integer, then ".0" */
        char tmp[24];
        int n = 0, k = 0;
        uint64_t u = (uint64_t)fabs(v);
        do {
            tmp[n++] = (char)('0' + u % 10);
            u /= 10;
        } while (u);
        char out[32];
        if (v < 0) out[k++] = '-';
        while (n) out[k++] = tmp[--n];
        out[k++] = '.';
        out[k++] = '0';
        size_t len = (size_t)k < size ? (size_t)k : size - 1;
        memcpy(buf, out, len);
        buf[len] = 0;
        return;
    }
    char digits[24];
    int exp = kr_float_shortest_digits(v, digits);
    int nd = (int)strlen(digits);
    char out[64];
    int k = 0;
    if (v < 0) out[k++] = '-';
    if (exp >= -4 && exp < 16) {
        if (exp >= 0) {
            for (int i = 0; i <= exp; i++) out[k++] = i < nd ? digits[i] : '0';
            out[k++] = '.';
            if (nd > exp + 1) {
                for (int i = exp + 1; i < nd; i++) out[k++] = digits[i];
            } else {
                out[k++] = '0';
            }
        } else {
            out[k++] = '0';
            out[k++] = '.';
            for (int i = 0; i < -exp - 1; i++) out[k++] = '0';
            for (int i = 0; i < nd; i++) out[k++] = digits[i];
        }
        out[k] = 0;
    } else {
        out[k++] = digits[0];
        if (nd > 1) {
            out[k++] = '.';
            for (int i = 1; i < nd; i++) out[k++] = digits[i];
        }
        out[k++] = 'e';
        out[k++] = exp < 0 ? '-' : '+';
        int a = abs(exp);
        if (a >= 100) out[k++] = (char)('0' + a / 100);
        out[k++] = (char)('0' + a / 10 % 10);
        out[k++] = (char)('0' + a % 10);
        out[k] = 0;
    }
    size_t len = (size_t)k < size ? (size_t)k : size - 1;
    memcpy(buf, out, len);
    buf[len] = 0;
}

KrObject *kr_float_repr(double v)
{
    char buf[64];
    kr_float_repr_buf(v, buf, sizeof buf);
    return kr_str_from_latin1(buf, (ssize_t)strlen(buf));
}

/* ---------------------------------------------------------------------------
 * Parsing: Python's float literal syntax, then strtod
 * ------------------------------------------------------------------------ */

static int repr_is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int repr_is_digit(char c) { return c >= '0' && c <= '9'; }

/* Copies a digitpart (digit (['_'] digit)*) from *pp to *op; the number of
 * digits copied, or -1 if an underscore is misplaced. */
static int repr_digitpart(const char **pp, const char *end, char **op)
{
    const char *p = *pp;
    int n = 0;
    while (p < end) {
        if (repr_is_digit(*p)) {
            *(*op)++ = *p++;
            n++;
        } else if (*p == '_' && n > 0 && p + 1 < end && repr_is_digit(p[1])) {
            p++;
        } else {
            break;
        }
    }
    if (p < end && *p == '_') return -1;
    *pp = p;
    return n;
}

static int repr_match_word(const char *p, const char *end, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(end - p) < n) return 0;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != w[i]) return 0;
    return 1;
}

int kr_float_parse(const char *s, ssize_t len, double *out)
{
    const char *p = s, *end = s + len;
    while (p < end && repr_is_space(*p)) p++;
    while (end > p && repr_is_space(end[-1])) end--;
    int neg = 0;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    if (repr_match_word(p, end, "infinity") && end - p == 8) {
        *out = neg ? -INFINITY : INFINITY;
        return 0;
    }
    if (repr_match_word(p, end, "inf") && end - p == 3) {
        *out = neg ? -INFINITY : INFINITY;
        return 0;
    }
    if (repr_match_word(p, end, "nan") && end - p == 3) {
        *out = neg ? -NAN : NAN;
        return 0;
    }
    char small[128];
    char *buf = (end - p) + 4 <= (ssize_t)sizeof small ? small : kr_raw_alloc((size_t)(end - p) + 4);
    if (!buf) return -1;
    char *o = buf;
    int ok = 0;
    int nint = repr_digitpart(&p, end, &o);
    int nfrac = 0;
    if (nint < 0) goto done;
    if (p < end && *p == '.') {
        *o++ = *p++;
        nfrac = repr_digitpart(&p, end, &o);
        if (nfrac < 0) goto done;
    }
    if (nint + nfrac == 0) goto done;
    if (p < end && (*p == 'e' || *p == 'E')) {
        *o++ = *p++;
        if (p < end && (*p == '+' || *p == '-')) *o++ = *p++;
        if (repr_digitpart(&p, end, &o) <= 0) goto done;
    }
    if (p != end) goto done;
    *o = 0;
    double v = strtod(buf, NULL);
    *out = neg ? -v : v;
    ok = 1;
done:
    if (buf != small) kr_raw_free(buf);
    return ok ? 0 : -1;
}

KrObject *kr_float_from_string(KrObject *s)
{
    const char *text;
    ssize_t len;
    char *tmp = NULL;
    if (KR_STR_CHECK(s)) {
        if (KR_STR_IS_ASCII(s)) {
            text = (const char *)KR_STR_DATA(s);
            len = KR_STR_LEN(s);
        } else {
            tmp = kr_int_convert_to_ascii(s, &len);
            if (!tmp) return NULL;
            text = tmp;
        }
    } else if (KR_BYTES_CHECK(s)) {
        text = KR_BYTES_DATA(s);
        len = KR_BYTES_LEN(s);
    } else if (KR_BYTEARRAY_CHECK(s)) {
        text = KR_BYTEARRAY_DATA(s);
        len = KR_SIZE(s);
    } else {
        return kr_err_format(kr_exc_TypeError, "float() argument must be a string or a real "
                             "number, not '%s'", KR_TYPE(s)->tp_name);
    }
    double v;
    int r = kr_float_parse(text, len, &v);
    kr_raw_free(tmp);
    if (r < 0) return kr_err_format(kr_exc_ValueError, "could not convert string to float: %R", s);
    return kr_float_from_double(v);
}

/* ---------------------------------------------------------------------------
 * float.hex and float.fromhex
 * ------------------------------------------------------------------------ */

KrObject *kr_float_repr_hex(KrObject *self, KrObject *unused)
{
    double x = KR_FLOAT_VALUE(self);
    char buf[64];
    if (isnan(x) || isinf(x)) {
        kr_float_repr_buf(x, buf, sizeof buf);
        return kr_str_from_latin1(buf, (ssize_t)strlen(buf));
    }
    if (x == 0.0) {
        const char *z = signbit(x) ? "-0x0.0p+0" : "0x0.0p+0";
        return kr_str_from_latin1(z, (ssize_t)strlen(z));
    }
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char digits[20];
    int k = 0;
    static const char hexd[] = "0123456789abcdef";
    digits[k++] = hexd[(int)m];
    m -= (int)m;
    digits[k++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        digits[k++] = hexd[(int)m];
        m -= (int)m;
    }
    digits[k] = 0;
    int n = snprintf(buf, sizeof buf, "%s0x%sp%c%d", x < 0 ? "-" : "", digits,
                     e < 0 ? '-' : '+', e < 0 ? -e : e);
    return kr_str_from_latin1(buf, n);
}

static int repr_hex_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    c = (char)(c | 0x20);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

/* Parses a hexadecimal float; 0 ok, -1 invalid syntax, -2 overflow. */
static int repr_parse_hex(const char *p, const char *end, double *out)
{
    while (p < end && repr_is_space(*p)) p++;
    while (end > p && repr_is_space(end[-1])) end--;
    int neg = 0;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    if ((repr_match_word(p, end, "infinity") && end - p == 8) ||
        (repr_match_word(p, end, "inf") && end - p == 3)) {
        *out = neg ? -INFINITY : INFINITY;
        return 0;
    }
    if (repr_match_word(p, end, "nan") && end - p == 3) {
        *out = neg ? -NAN : NAN;
        return 0;
    }
    if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x') p += 2;
    mpz_t m;
    mpz_init(m);
    int64_t exp = 0;
    int ndigits = 0;
    while (p < end && repr_hex_value(*p) >= 0) {
        mpz_mul_2exp(m, m, 4);
        mpz_add_ui(m, m, (unsigned long)repr_hex_value(*p++));
        ndigits++;
    }
    if (p < end && *p == '.') {
        p++;
        while (p < end && repr_hex_value(*p) >= 0) {
            mpz_mul_2exp(m, m, 4);
            mpz_add_ui(m, m, (unsigned long)repr_hex_value(*p++));
            ndigits++;
            exp -= 4;
        }
    }
    if (ndigits == 0) goto invalid;
    if (p < end && (*p == 'p' || *p == 'P')) {
        p++;
        int eneg = 0;
        if (p < end && (*p == '+' || *p == '-')) {
            eneg = *p == '-';
            p++;
        }
        if (p >= end || !repr_is_digit(*p)) goto invalid;
        int64_t e = 0;
        while (p < end && repr_is_digit(*p)) {
            if (e < ((int64_t)1 << 40)) e = e * 10 + (*p - '0');
            p++;
        }
        exp += eneg ? -e : e;
    }
    if (p != end) goto invalid;
    double v = 0.0;
    if (mpz_sgn(m) != 0) {
        int64_t nb = (int64_t)mpz_sizeinbase(m, 2);
        if (nb + exp > DBL_MAX_EXP) {
            mpz_clear(m);
            return -2;
        }
        /* round to the bit at 2**lsb, where lsb keeps 53 bits or stops at
         * the subnormal limit 2**-1074 */
        int64_t lsb = nb + exp - DBL_MANT_DIG;
        if (lsb < DBL_MIN_EXP - DBL_MANT_DIG) lsb = DBL_MIN_EXP - DBL_MANT_DIG;
        int64_t shift = lsb - exp;
        if (shift > 0) {
            if (shift > nb + 1) {
                v = 0.0;
                goto have_value;
            }
            int half = mpz_tstbit(m, (mp_bitcnt_t)shift - 1);
            int sticky = mpz_scan1(m, 0) < (mp_bitcnt_t)shift - 1;
            mpz_fdiv_q_2exp(m, m, (mp_bitcnt_t)shift);
            if (half && (sticky || mpz_odd_p(m))) mpz_add_ui(m, m, 1);
            exp = lsb;
        }
        v = ldexp((double)mpz_get_ui(m), (int)exp);
        if (isinf(v)) {
            mpz_clear(m);
            return -2;
        }
    }
have_value:
    mpz_clear(m);
    *out = neg ? -v : v;
    return 0;
invalid:
    mpz_clear(m);
    return -1;
}

KrObject *kr_float_repr_fromhex(KrObject *cls, KrObject *s)
{
    if (!KR_STR_CHECK(s))
        return kr_err_format(kr_exc_TypeError, "bad argument type for built-in operation");
    ssize_t len;
    const char *text = kr_str_as_utf8(s, &len);
    if (!text) return NULL;
    double v;
    int r = repr_parse_hex(text, text + len, &v);
    if (r == -1)
        return kr_err_format(kr_exc_ValueError, "invalid hexadecimal floating-point string");
    if (r == -2)
        return kr_err_format(kr_exc_OverflowError, "hexadecimal value too large to represent as a float");
    KrObject *f = kr_float_from_double(v);
    if (f && cls != (KrObject *)&kr_float_type) KR_SETREF(f, kr_object_call_one(cls, f));
    return f;
}

/* ---------------------------------------------------------------------------
 * round()
 * ------------------------------------------------------------------------ */

/* round(v, nd) for nd < 0: round |v| = M * 2**E half-to-even to a multiple
 * of 10**-nd, exactly, with GMP. */
static double repr_round_negative(double v, int64_t nd)
{
    int e;
    double mant = frexp(fabs(v), &e);
    /* mant * 2**53 is an integer M; |v| = M * 2**(e - 53) */
    mpz_t M, P, q, r, twice;
    mpz_inits(M, P, q, r, twice, NULL);
    mpz_set_d(M, ldexp(mant, DBL_MANT_DIG));
    int64_t E = e - DBL_MANT_DIG;
    mpz_ui_pow_ui(P, 10, (unsigned long)-nd);
    if (E >= 0) mpz_mul_2exp(M, M, (mp_bitcnt_t)E);
    else mpz_mul_2exp(P, P, (mp_bitcnt_t)-E); /* compare M against P * 2**-E */
    mpz_fdiv_qr(q, r, M, P);
    mpz_mul_2exp(twice, r, 1);
    int c = mpz_cmp(twice, P);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_ui_pow_ui(P, 10, (unsigned long)-nd);
    mpz_mul(q, q, P);
    int overflow;
    double res = kr_int_mpz_to_double(q, &overflow);
    mpz_clears(M, P, q, r, twice, NULL);
    if (overflow) return HUGE_VAL;
    return copysign(res, v);
}

double kr_float_round_double(double v, int64_t nd)
{
    if (!isfinite(v) || v == 0.0) return v;
    if (nd > 323) return v;
    if (nd < -308) return 0.0 * v;
    double res;
    if (nd >= 0) {
        char buf[800];
        snprintf(buf, sizeof buf, "%.*f", (int)nd, v);
        res = strtod(buf, NULL);
    } else {
        res = repr_round_negative(v, nd);
    }
    if (isinf(res)) {
        kr_err_set_string(kr_exc_OverflowError, "rounded value too large to represent");
        return -1.0;
    }
    return res;
}

KrObject *kr_float_round_object(double x, KrObject *ndigits)
{
    if (!ndigits || ndigits == KR_NONE) {
        double rounded = round(x);
        if (fabs(x - rounded) == 0.5) rounded = 2.0 * round(x / 2.0);
        return kr_int_from_double(rounded);
    }
    ssize_t nd = kr_number_as_ssize(ndigits, NULL);
    if (nd == -1 && kr_err_occurred()) return NULL;
    double r = kr_float_round_double(x, nd);
    if (r == -1.0 && kr_err_occurred()) return NULL;
    return kr_float_from_double(r);
}
