/* float_repr.h — float <-> text (float_repr.c): repr, float() parsing,
 * float.hex/fromhex and rounding. Most entry points are declared in
 * float.h; this header holds the Python method bodies used by float.c. */
#ifndef KR_FLOAT_REPR_H
#define KR_FLOAT_REPR_H
#include "float.h"

/* float.hex(self) (METH_NOARGS body). */
KrObject *kr_float_repr_hex(KrObject *self, KrObject *unused);
/* float.fromhex(cls, s) (METH_O | METH_CLASS body). */
KrObject *kr_float_repr_fromhex(KrObject *cls, KrObject *s);
#endif
