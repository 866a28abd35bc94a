/* method.h — bound methods (`method`): a callable bound to an instance. */
#ifndef KR_METHOD_H
#define KR_METHOD_H
#include "object.h"

typedef struct {
    KrObject ob_base;
    KrObject *im_func;       /* owned */
    KrObject *im_self;       /* owned */
    KrObject *im_weakreflist;
    kr_vectorcallfunc vectorcall;
} KrMethodObject;

extern KrTypeObject kr_method_type;
#define KR_METHOD_CHECK(o) (KR_TYPE(o) == &kr_method_type)
#define KR_METHOD_FUNC(o) (((KrMethodObject *)(o))->im_func)   /* borrowed */
#define KR_METHOD_SELF(o) (((KrMethodObject *)(o))->im_self)   /* borrowed */

/* method(func, self): both borrowed. New ref. */
KrObject *kr_method_new(KrObject *func, KrObject *self);
int kr_method_init(void);
#endif
