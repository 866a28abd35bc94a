/* complex.c — the complex type: pairs of doubles with CPython's arithmetic
 * (Smith's division, integer powers by repeated squaring), repr, hash,
 * equality with ints and floats, and the complex() constructor including
 * string parsing ("1+2j", "(1-j)"). */
#include <gmp.h>
#include "complex.h"
#include "float.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "hash.h"
#include "ids.h"
#include "format_spec.h"
#include "int_convert.h"
#include "../vm/err.h"
#include "../memory/mem.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    double real, imag;
} KrCValue;

#define CVAL(o) ((KrCValue){ ((KrComplexObject *)(o))->real, ((KrComplexObject *)(o))->imag })

KrObject *kr_complex_from_doubles(double real, double imag)
{
    KrComplexObject *c = KR_NEW(KrComplexObject, &kr_complex_type);
    if (!c) return NULL;
    c->real = real;
    c->imag = imag;
    return (KrObject *)c;
}

static KrObject *complex_from(KrCValue v) { return kr_complex_from_doubles(v.real, v.imag); }

/* ---------------------------------------------------------------------------
 * repr and hash
 * ------------------------------------------------------------------------ */

/* repr of one part as complex shows it: float repr without a trailing ".0". */
static void complex_part_repr(double v, char *buf, size_t size, int with_sign)
{
    char tmp[64];
    kr_float_repr_buf(v, tmp, sizeof tmp);
    size_t n = strlen(tmp);
    if (n >= 2 && strcmp(tmp + n - 2, ".0") == 0 && !strchr(tmp, 'e')) tmp[n - 2] = 0;
    if (with_sign && tmp[0] != '-') snprintf(buf, size, "+%s", tmp);
    else snprintf(buf, size, "%s", tmp);
}

KrObject *kr_complex_repr_values(double real, double imag)
{
    char re[70], im[70], out[160];
    if (real == 0.0 && !signbit(real)) {
        complex_part_repr(imag, im, sizeof im, 0);
        snprintf(out, sizeof out, "%sj", im);
    } else {
        complex_part_repr(real, re, sizeof re, 0);
        complex_part_repr(imag, im, sizeof im, 1);
        snprintf(out, sizeof out, "(%s%sj)", re, im);
    }
    return kr_str_from_latin1(out, (ssize_t)strlen(out));
}

static void complex_dealloc(KrObject *o) { KR_TYPE(o)->tp_free(o); }

static KrObject *complex_repr(KrObject *o)
{
    return kr_complex_repr_values(((KrComplexObject *)o)->real, ((KrComplexObject *)o)->imag);
}

static kr_hash_t complex_hash(KrObject *o)
{
    KrCValue v = CVAL(o);
    uint64_t hr = (uint64_t)kr_hash_double(o, v.real);
    uint64_t hi = (uint64_t)kr_hash_double(o, v.imag);
    uint64_t h = hr + KR_HASH_IMAG * hi;
    if (h == (uint64_t)-1) h = (uint64_t)-2;
    return (kr_hash_t)h;
}

/* ---------------------------------------------------------------------------
 * Comparison: only == and !=
 * ------------------------------------------------------------------------ */

static KrObject *complex_richcompare(KrObject *a, KrObject *b, int op)
{
    if (op != KR_EQ && op != KR_NE) KR_RETURN_NOTIMPLEMENTED;
    KrCValue v = CVAL(a);
    int equal;
    if (KR_INT_CHECK(b)) {
        if (v.imag != 0.0) {
            equal = 0;
        } else {
            /* exact: let float's comparison with an int decide */
            KrObject *f = kr_float_from_double(v.real);
            if (!f) return NULL;
            KrObject *r = kr_object_richcompare(f, b, op);
            KR_DECREF(f);
            return r;
        }
    } else if (KR_FLOAT_CHECK(b)) {
        equal = v.real == KR_FLOAT_VALUE(b) && v.imag == 0.0;
    } else if (KR_COMPLEX_CHECK(b)) {
        KrCValue w = CVAL(b);
        equal = v.real == w.real && v.imag == w.imag;
    } else {
        KR_RETURN_NOTIMPLEMENTED;
    }
    return kr_bool_from(op == KR_EQ ? equal : !equal);
}

/* ---------------------------------------------------------------------------
 * Arithmetic
 * ------------------------------------------------------------------------ */

/* 1 and *out set; 0 for a foreign type; -1 on error. */
static int complex_operand(KrObject *o, KrCValue *out)
{
    if (KR_COMPLEX_CHECK(o)) {
        *out = CVAL(o);
        return 1;
    }
    if (KR_FLOAT_CHECK(o)) {
        out->real = KR_FLOAT_VALUE(o);
        out->imag = 0.0;
        return 1;
    }
    if (KR_INT_CHECK(o)) {
        out->real = kr_int_as_double(o);
        out->imag = 0.0;
        return (out->real == -1.0 && kr_err_occurred()) ? -1 : 1;
    }
    return 0;
}

#define COMPLEX_OPERANDS(a, b, x, y) do { \
    int ra_ = complex_operand((a), &(x)); if (ra_ <= 0) return ra_ < 0 ? NULL : kr_newref(KR_NOTIMPLEMENTED); \
    int rb_ = complex_operand((b), &(y)); if (rb_ <= 0) return rb_ < 0 ? NULL : kr_newref(KR_NOTIMPLEMENTED); \
} while (0)

static KrCValue complex_prod(KrCValue a, KrCValue b)
{
    KrCValue r = { a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real };
    return r;
}

/* Smith's algorithm; sets errno = EDOM for a zero divisor. */
static KrCValue complex_quot(KrCValue a, KrCValue b)
{
    KrCValue r;
    double abs_breal = fabs(b.real), abs_bimag = fabs(b.imag);
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            errno = EDOM;
            r.real = r.imag = 0.0;
        } else {
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            r.real = (a.real + a.imag * ratio) / denom;
            r.imag = (a.imag - a.real * ratio) / denom;
        }
    } else if (abs_bimag >= abs_breal) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    } else {
        r.real = r.imag = NAN;
    }
    return r;
}

static KrCValue complex_pow_general(KrCValue a, KrCValue b)
{
    KrCValue r;
    if (b.real == 0.0 && b.imag == 0.0) {
        r.real = 1.0;
        r.imag = 0.0;
    } else if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0) errno = EDOM;
        r.real = r.imag = 0.0;
    } else {
        double vabs = hypot(a.real, a.imag);
        double len = pow(vabs, b.real);
        double at = atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= exp(at * b.imag);
            phase += b.imag * log(vabs);
        }
        r.real = len * cos(phase);
        r.imag = len * sin(phase);
    }
    return r;
}

static KrCValue complex_powu(KrCValue x, long n)
{
    KrCValue r = { 1.0, 0.0 }, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) r = complex_prod(r, p);
        p = complex_prod(p, p);
    }
    return r;
}

KrObject *kr_complex_pow_values(double ar, double ai, double br, double bi)
{
    KrCValue a = { ar, ai }, b = { br, bi }, p;
    errno = 0;
    if (bi == 0.0 && br == floor(br) && fabs(br) <= 100.0) {
        long n = (long)br;
        if (n >= 0) {
            p = complex_powu(a, n);
        } else {
            KrCValue one = { 1.0, 0.0 };
            p = complex_quot(one, complex_powu(a, -n));
        }
    } else {
        p = complex_pow_general(a, b);
    }
    if (isinf(p.real) || isinf(p.imag)) {
        if (errno == 0) errno = ERANGE;
    } else if (errno == ERANGE) {
        errno = 0;
    }
    if (errno == EDOM)
        return kr_err_format(kr_exc_ZeroDivisionError, "0.0 to a negative or complex power");
    if (errno == ERANGE) return kr_err_format(kr_exc_OverflowError, "complex exponentiation");
    return complex_from(p);
}

static KrObject *complex_add(KrObject *a, KrObject *b)
{
    KrCValue x, y;
    COMPLEX_OPERANDS(a, b, x, y);
    return kr_complex_from_doubles(x.real + y.real, x.imag + y.imag);
}

static KrObject *complex_sub(KrObject *a, KrObject *b)
{
    KrCValue x, y;
    COMPLEX_OPERANDS(a, b, x, y);
    return kr_complex_from_doubles(x.real - y.real, x.imag - y.imag);
}

static KrObject *complex_mul(KrObject *a, KrObject *b)
{
    KrCValue x, y;
    COMPLEX_OPERANDS(a, b, x, y);
    return complex_from(complex_prod(x, y));
}

static KrObject *complex_div(KrObject *a, KrObject *b)
{
    KrCValue x, y;
    COMPLEX_OPERANDS(a, b, x, y);
    errno = 0;
    KrCValue q = complex_quot(x, y);
    if (errno == EDOM) return kr_err_format(kr_exc_ZeroDivisionError, "complex division by zero");
    return complex_from(q);
}

static KrObject *complex_pow(KrObject *a, KrObject *b, KrObject *m)
{
    KrCValue x, y;
    COMPLEX_OPERANDS(a, b, x, y);
    if (m && m != KR_NONE) return kr_err_format(kr_exc_ValueError, "complex modulo");
    return kr_complex_pow_values(x.real, x.imag, y.real, y.imag);
}

static KrObject *complex_neg(KrObject *o)
{
    KrCValue v = CVAL(o);
    return kr_complex_from_doubles(-v.real, -v.imag);
}

static KrObject *complex_pos(KrObject *o)
{
    if (KR_TYPE(o) == &kr_complex_type) return kr_newref(o);
    KrCValue v = CVAL(o);
    return kr_complex_from_doubles(v.real, v.imag);
}

static KrObject *complex_abs(KrObject *o)
{
    KrCValue v = CVAL(o);
    double r;
    if (!isfinite(v.real) || !isfinite(v.imag)) {
        if (isinf(v.real)) r = fabs(v.real);
        else if (isinf(v.imag)) r = fabs(v.imag);
        else r = NAN;
    } else {
        r = hypot(v.real, v.imag);
        if (!isfinite(r))
            return kr_err_format(kr_exc_OverflowError, "absolute value too large");
    }
    return kr_float_from_double(r);
}

static int complex_bool(KrObject *o)
{
    KrCValue v = CVAL(o);
    return v.real != 0.0 || v.imag != 0.0;
}

static KrNumberMethods complex_as_number = {
    .nb_add = complex_add,
    .nb_subtract = complex_sub,
    .nb_multiply = complex_mul,
    .nb_power = complex_pow,
    .nb_negative = complex_neg,
    .nb_positive = complex_pos,
    .nb_absolute = complex_abs,
    .nb_bool = complex_bool,
    .nb_true_divide = complex_div,
};

/* ---------------------------------------------------------------------------
 * complex(string)
 * ------------------------------------------------------------------------ */

static int complex_is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int complex_is_digit(char c) { return c >= '0' && c <= '9'; }

/* Length of a digitpart at p (digits with single underscores between). */
static const char *complex_scan_digits(const char *p, const char *end)
{
    if (p >= end || !complex_is_digit(*p)) return NULL;
    while (p < end) {
        if (complex_is_digit(*p)) p++;
        else if (*p == '_' && p + 1 < end && complex_is_digit(p[1])) p++;
        else break;
    }
    return p;
}

static int complex_word(const char *p, const char *end, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(end - p) < n) return 0;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != w[i]) return 0;
    return 1;
}

/* The end of the longest float literal (with optional sign) starting at p,
 * or NULL if there is none. */
static const char *complex_scan_float(const char *p, const char *end)
{
    if (p < end && (*p == '+' || *p == '-')) p++;
    if (complex_word(p, end, "infinity")) return p + 8;
    if (complex_word(p, end, "inf")) return p + 3;
    if (complex_word(p, end, "nan")) return p + 3;
    const char *q = complex_scan_digits(p, end);
    int have = q != NULL;
    if (!q) q = p;
    if (q < end && *q == '.') {
        const char *r = complex_scan_digits(q + 1, end);
        if (r) {
            q = r;
            have = 1;
        } else {
            q = q + 1;
        }
    }
    if (!have) return NULL;
    if (q < end && (*q == 'e' || *q == 'E')) {
        const char *r = q + 1;
        if (r < end && (*r == '+' || *r == '-')) r++;
        r = complex_scan_digits(r, end);
        if (r) q = r;
    }
    return q;
}

static int complex_parse_part(const char *p, const char *e, double *out)
{
    return kr_float_parse(p, e - p, out);
}

/* Parses the text of complex(s); 0 ok, -1 malformed. */
static int complex_parse(const char *p, const char *end, double *re, double *im)
{
    while (p < end && complex_is_space(*p)) p++;
    while (end > p && complex_is_space(end[-1])) end--;
    if (p < end && *p == '(') {
        if (end[-1] != ')') return -1;
        p++;
        end--;
        while (p < end && complex_is_space(*p)) p++;
        while (end > p && complex_is_space(end[-1])) end--;
    }
    if (p >= end) return -1;
    *re = *im = 0.0;
    double x;
    const char *q = complex_scan_float(p, end);
    if (!q) {
        /* "j", "+j", "-j" */
        const char *s = p;
        if (s < end && (*s == '+' || *s == '-')) s++;
        if (s + 1 == end && (*s | 0x20) == 'j') {
            *im = *p == '-' ? -1.0 : 1.0;
            return 0;
        }
        return -1;
    }
    if (complex_parse_part(p, q, &x) < 0) return -1;
    if (q == end) {
        *re = x;
        return 0;
    }
    if ((*q | 0x20) == 'j' && q + 1 == end) {
        *im = x;
        return 0;
    }
    if (*q != '+' && *q != '-') return -1;
    *re = x;
    const char *r = complex_scan_float(q, end);
    if (!r) {
        if (q + 2 == end && (q[1] | 0x20) == 'j') {
            *im = *q == '-' ? -1.0 : 1.0;
            return 0;
        }
        return -1;
    }
    if (complex_parse_part(q, r, &x) < 0) return -1;
    if (r + 1 != end || (*r | 0x20) != 'j') return -1;
    *im = x;
    return 0;
}

static KrObject *complex_from_string(KrObject *s, KrCValue *out)
{
    ssize_t len;
    char *buf = NULL;
    if (KR_STR_IS_ASCII(s)) {
        len = KR_STR_LEN(s);
        buf = kr_raw_alloc((size_t)len + 1);
        if (!buf) return kr_err_no_memory();
        memcpy(buf, KR_STR_DATA(s), (size_t)len);
    } else {
        buf = kr_int_convert_to_ascii(s, &len);
        if (!buf) return NULL;
    }
    /* As CPython: underscores must sit between digits, then they are dropped. */
    ssize_t k = 0;
    for (ssize_t i = 0; i < len; i++) {
        if (buf[i] == '_') {
            if (i == 0 || i + 1 >= len || !complex_is_digit(buf[i - 1]) || !complex_is_digit(buf[i + 1])) {
                kr_raw_free(buf);
                return kr_err_format(kr_exc_ValueError, "could not convert string to complex: %R", s);
            }
            continue;
        }
        buf[k++] = buf[i];
    }
    int r = complex_parse(buf, buf + k, &out->real, &out->imag);
    kr_raw_free(buf);
    if (r < 0) return kr_err_format(kr_exc_ValueError, "complex() arg is a malformed string");
    return KR_NONE; /* borrowed marker: success */
}

/* ---------------------------------------------------------------------------
 * The constructor
 * ------------------------------------------------------------------------ */

/* Calls r.__complex__() if the type defines it: 1 and *out set, 0 if not
 * defined, -1 on error. */
static int complex_try_dunder(KrObject *r, KrCValue *out)
{
    KrObject *f = kr_object_lookup_special(r, KR_ID(__complex__));
    if (!f) return kr_err_occurred() ? -1 : 0;
    KrObject *res = kr_object_call_noargs(f);
    KR_DECREF(f);
    if (!res) return -1;
    if (!KR_COMPLEX_CHECK(res)) {
        kr_err_format(kr_exc_TypeError, "__complex__ returned non-complex (type %s)",
                      KR_TYPE(res)->tp_name);
        KR_DECREF(res);
        return -1;
    }
    *out = CVAL(res);
    KR_DECREF(res);
    return 1;
}

static int complex_is_number(KrObject *o)
{
    KrNumberMethods *nb = KR_TYPE(o)->tp_as_number;
    return KR_COMPLEX_CHECK(o) || (nb && (nb->nb_float || nb->nb_index));
}

static KrObject *complex_make(KrTypeObject *type, KrCValue v)
{
    if (type == &kr_complex_type) return complex_from(v);
    KrComplexObject *c = (KrComplexObject *)type->tp_alloc(type, 0);
    if (c) {
        c->real = v.real;
        c->imag = v.imag;
    }
    return (KrObject *)c;
}

static KrObject *complex_construct(KrTypeObject *type, KrObject *r, KrObject *i)
{
    KrCValue cr = { 0.0, 0.0 }, ci = { 0.0, 0.0 };
    int cr_is_complex = 0, ci_is_complex = 0;
    if (r && KR_STR_CHECK(r)) {
        if (i)
            return kr_err_format(kr_exc_TypeError, "complex() can't take second arg if first is a string");
        if (!complex_from_string(r, &cr)) return NULL;
        return complex_make(type, cr);
    }
    if (i && KR_STR_CHECK(i))
        return kr_err_format(kr_exc_TypeError, "complex() second arg can't be a string");
    if (r) {
        if (KR_TYPE(r) == &kr_complex_type && !i && type == &kr_complex_type) return kr_newref(r);
        int d = complex_try_dunder(r, &cr);
        if (d < 0) return NULL;
        if (d > 0) {
            cr_is_complex = 1;
        } else if (!complex_is_number(r)) {
            return kr_err_format(kr_exc_TypeError, "complex() first argument must be a string or "
                                 "a number, not '%s'", KR_TYPE(r)->tp_name);
        } else if (KR_COMPLEX_CHECK(r)) {
            cr = CVAL(r);
            cr_is_complex = 1;
        } else {
            cr.real = kr_float_as_double(r);
            if (cr.real == -1.0 && kr_err_occurred()) return NULL;
        }
    }
    if (i) {
        if (!complex_is_number(i))
            return kr_err_format(kr_exc_TypeError, "complex() second argument must be a number, "
                                 "not '%s'", KR_TYPE(i)->tp_name);
        if (KR_COMPLEX_CHECK(i)) {
            ci = CVAL(i);
            ci_is_complex = 1;
        } else {
            ci.real = kr_float_as_double(i);
            if (ci.real == -1.0 && kr_err_occurred()) return NULL;
        }
    } else {
        ci.real = cr.imag;
    }
    if (ci_is_complex) cr.real -= ci.imag;
    if (cr_is_complex && i) ci.real += cr.imag;
    KrCValue v = { cr.real, ci.real };
    return complex_make(type, v);
}

static KrObject *complex_vectorcall(KrObject *type, KrObject *const *args, size_t nargsf,
                                    KrObject *kwnames)
{
    ssize_t nargs = kr_vectorcall_nargs(nargsf);
    ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
    if (nargs + nkw > 2)
        return kr_err_format(kr_exc_TypeError, "complex() takes at most 2 arguments (%zd given)",
                             nargs + nkw);
    KrObject *r = nargs > 0 ? args[0] : NULL, *i = nargs > 1 ? args[1] : NULL;
    for (ssize_t k = 0; k < nkw; k++) {
        KrObject *name = KR_TUPLE_GET(kwnames, k);
        KrObject **slot;
        int pos;
        if (kr_str_equal_cstr(name, "real")) {
            slot = &r;
            pos = 1;
        } else if (kr_str_equal_cstr(name, "imag")) {
            slot = &i;
            pos = 2;
        } else {
            return kr_err_format(kr_exc_TypeError, "'%U' is an invalid keyword argument for complex()",
                                 name);
        }
        if (*slot)
            return kr_err_format(kr_exc_TypeError, "argument for complex() given by name ('%U') "
                                 "and position (%d)", name, pos);
        *slot = args[nargs + k];
    }
    return complex_construct((KrTypeObject *)type, r, i);
}

static KrObject *complex_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    ssize_t n = KR_SIZE(args), nkw = kwds ? kr_dict_size(kwds) : 0;
    if (n + nkw > 2)
        return kr_err_format(kr_exc_TypeError, "complex() takes at most 2 arguments (%zd given)",
                             n + nkw);
    KrObject *stack[2] = { NULL, NULL }, *names = NULL;
    for (ssize_t k = 0; k < n; k++) stack[k] = KR_TUPLE_GET(args, k);
    if (nkw) {
        names = kr_tuple_new(nkw);
        if (!names) return NULL;
        ssize_t pos = 0, k = 0;
        KrObject *key, *val;
        while (kr_dict_next(kwds, &pos, &key, &val)) {
            KR_TUPLE_SET_STEAL(names, k, kr_newref(key));
            stack[n + k] = val;
            k++;
        }
    }
    KrObject *res = complex_vectorcall((KrObject *)type, stack, (size_t)n, names);
    KR_XDECREF(names);
    return res;
}

/* ---------------------------------------------------------------------------
 * Methods
 * ------------------------------------------------------------------------ */

static KrObject *complex_conjugate(KrObject *self, KrObject *unused)
{
    KrCValue v = CVAL(self);
    return kr_complex_from_doubles(v.real, -v.imag);
}

static KrObject *complex_getnewargs(KrObject *self, KrObject *unused)
{
    KrCValue v = CVAL(self);
    KrObject *a = kr_float_from_double(v.real);
    KrObject *b = a ? kr_float_from_double(v.imag) : NULL;
    if (!b) {
        KR_XDECREF(a);
        return NULL;
    }
    KrObject *t = kr_tuple_pack(2, a, b);
    KR_DECREF(a);
    KR_DECREF(b);
    return t;
}

static KrObject *complex_complex(KrObject *self, KrObject *unused) { return complex_pos(self); }

static KrObject *complex_format(KrObject *self, KrObject *spec)
{
    if (!KR_STR_CHECK(spec))
        return kr_err_format(kr_exc_TypeError, "__format__() argument must be str, not %s",
                             spec == KR_NONE ? "None" : KR_TYPE(spec)->tp_name);
    if (KR_STR_LEN(spec) == 0) return kr_object_str(self);
    KrCValue v = CVAL(self);
    return kr_format_complex(v.real, v.imag, spec);
}

static KrMethodDef complex_methods[] = {
    { "conjugate", (void *)complex_conjugate, KR_METH_NOARGS, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j." },
    { "__getnewargs__", (void *)complex_getnewargs, KR_METH_NOARGS, NULL },
    { "__format__", (void *)complex_format, KR_METH_O, "Convert to a string according to format_spec." },
    { "__complex__", (void *)complex_complex, KR_METH_NOARGS, "Convert this value to exact type complex." },
    { NULL, NULL, 0, NULL }
};

static KrMemberDef complex_members[] = {
    { "real", KR_T_DOUBLE, offsetof(KrComplexObject, real), KR_READONLY, "the real part of a complex number" },
    { "imag", KR_T_DOUBLE, offsetof(KrComplexObject, imag), KR_READONLY, "the imaginary part of a complex number" },
    { NULL, 0, 0, 0, NULL }
};

KrTypeObject kr_complex_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "complex",
    .tp_basicsize = sizeof(KrComplexObject),
    .tp_dealloc = complex_dealloc,
    .tp_repr = complex_repr,
    .tp_as_number = &complex_as_number,
    .tp_hash = complex_hash,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "Create a complex number from a real part and an optional imaginary part.\n\n"
              "This is equivalent to (real + imag*1j) where imag defaults to 0.",
    .tp_richcompare = complex_richcompare,
    .tp_methods = complex_methods,
    .tp_members = complex_members,
    .tp_new = complex_new,
    .tp_free = kr_object_free,
    .tp_vectorcall = complex_vectorcall,
};
