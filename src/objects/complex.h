/* complex.h — the complex type (complex.c). Its object layout and API are
 * declared in float.h beside float's (KrComplexObject, kr_complex_type,
 * kr_complex_from_doubles, kr_complex_pow_values, kr_complex_repr_values). */
#ifndef KR_COMPLEX_H
#define KR_COMPLEX_H
#include "float.h"
#endif
