/* genericalias.h — types.GenericAlias, what list[int], dict[str, T] ...
 * evaluate to (PEP 585): an origin class plus a tuple of arguments. */
#ifndef KR_GENERICALIAS_H
#define KR_GENERICALIAS_H
#include "object.h"

extern KrTypeObject kr_generic_alias_type;   /* types.GenericAlias */
#define KR_GENERIC_ALIAS_CHECK(o) KR_TYPE_CHECK_EXACT_OR_SUB((o), &kr_generic_alias_type)

/* GenericAlias(origin, args): args a tuple or a single object (wrapped).
 * Both borrowed. New ref. */
KrObject *kr_generic_alias_new(KrObject *origin, KrObject *args);
/* The body of __class_getitem__ for built-in generic classes: put
 *   { "__class_getitem__", (void *)kr_generic_alias_class_getitem,
 *     KR_METH_O | KR_METH_CLASS, NULL }
 * in a type's method table. New ref. */
KrObject *kr_generic_alias_class_getitem(KrObject *cls, KrObject *args);
int kr_genericalias_init(void);
#endif
