/* build_class.h — builtins.__build_class__: the machinery behind the class
 * statement (PEP 3115 metaclass selection, __prepare__, __mro_entries__
 * (PEP 560), running the body, __classcell__). */
#ifndef KR_BUILD_CLASS_H
#define KR_BUILD_CLASS_H
#include "../objects/object.h"

/* __build_class__(func, name, *bases, metaclass=None, **kwds), with the
 * KR_METH_FASTCALL | KR_METH_KEYWORDS signature; `self` unused. New ref. */
KrObject *kr_build_class(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames);
#endif
