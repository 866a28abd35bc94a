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
#endif
