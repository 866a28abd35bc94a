/* float.h — float (C double) and complex. */
#ifndef KR_FLOAT_H
#define KR_FLOAT_H
#include "object.h"

typedef struct {
    KrObject ob_base;
    double value;
} KrFloatObject;

typedef struct {
    KrObject ob_base;
    double real, imag;
} KrComplexObject;

extern KrTypeObject kr_float_type, kr_complex_type;
#define KR_FLOAT_CHECK(o) KR_TYPE_CHECK_EXACT_OR_SUB((o), &kr_float_type)
#define KR_FLOAT_CHECK_EXACT(o) (KR_TYPE(o) == &kr_float_type)
#define KR_FLOAT_VALUE(o) (((KrFloatObject *)(o))->value)
#define KR_COMPLEX_CHECK(o) KR_TYPE_CHECK_EXACT_OR_SUB((o), &kr_complex_type)

KrObject *kr_float_from_double(double v);
/* float(s) parsing: correctly rounded, underscores, inf/nan, whitespace;
 * ValueError "could not convert string to float: ..." */
KrObject *kr_float_from_string(KrObject *s);
double kr_float_as_double(KrObject *o);       /* float(o) as C double; -1.0 + exception */
/* Shortest repr that round-trips ('r' format), as repr(float). Writes into buf. */
void kr_float_repr_buf(double v, char *buf, size_t size);
KrObject *kr_float_repr(double v);
kr_hash_t kr_hash_double(KrObject *inst, double v); /* numeric hash; inst for nan identity */
KrObject *kr_complex_from_doubles(double real, double imag);
int kr_float_init(void);

/* ---- additions by the numeric-types owner ---- */

/* Python's float ** float on C doubles (CPython's rules for zeros, infs,
 * nans; a negative base with a fractional exponent gives a complex).
 * New reference, or NULL with ZeroDivisionError ("0.0 cannot be raised to a
 * negative power") or OverflowError (34, 'Numerical result out of range'). */
KrObject *kr_float_pow_doubles(double x, double y);
/* Parses s[0:len] as float() does (ASCII text; underscores, inf/nan,
 * surrounding whitespace). 0 and *out set, or -1 with NO exception when the
 * text is not a valid float literal. */
int kr_float_parse(const char *s, ssize_t len, double *out);
/* The shortest round-tripping digits of the finite, nonzero |v|: writes the
 * digits (NUL-terminated, no dot) to digits (size >= 20) and returns the
 * decimal exponent of the first digit (v = 0.d1d2... * 10**(exp+1)). */
int kr_float_shortest_digits(double v, char *digits);
/* round(v, ndigits) for a double (CPython's correctly rounded algorithm).
 * NaN/inf are returned unchanged. -1.0 + OverflowError "rounded value too
 * large to represent" possible: check kr_err_occurred(). */
double kr_float_round_double(double v, int64_t ndigits);
/* float.__round__(ndigits=None) body for the double v: an int when ndigits
 * is None/absent, else a float. New reference or NULL. */
KrObject *kr_float_round_object(double v, KrObject *ndigits);
/* float(o) as the float() constructor with one argument: new reference to
 * an exact float, or NULL with TypeError/ValueError. */
KrObject *kr_float_from_object(KrObject *o);
/* complex ** complex on doubles: new complex, or NULL with
 * ZeroDivisionError "0.0 to a negative or complex power" / OverflowError
 * "complex exponentiation". */
KrObject *kr_complex_pow_values(double ar, double ai, double br, double bi);
/* repr of a complex made of doubles (as repr(complex)). */
KrObject *kr_complex_repr_values(double real, double imag);
#endif
