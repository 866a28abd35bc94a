/* union.h — types.UnionType, the value of `int | str` (PEP 604). */
#ifndef KR_UNION_H
#define KR_UNION_H
#include "object.h"

extern KrTypeObject kr_union_type;

/* self | other for classes, None, GenericAlias and unions: a new union
 * (or the single argument when both sides are the same), NotImplemented
 * (new ref) for other operands, NULL on error. Usable as nb_or/nb_ror. */
KrObject *kr_union_type_or(KrObject *self, KrObject *other);
/* The flattened arguments of a union (a tuple, BORROWED). isinstance and
 * issubclass treat a union like this tuple, as CPython 3.11 does. */
KrObject *kr_union_args_borrow(KrObject *u);
int kr_union_init(void);
#endif
