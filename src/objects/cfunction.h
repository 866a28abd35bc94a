/* cfunction.h — `builtin_function_or_method`: a KrMethodDef bound to its
 * `self` (the module for module functions, the instance for [].append). */
#ifndef KR_CFUNCTION_H
#define KR_CFUNCTION_H
#include "object.h"

typedef struct {
    KrObject ob_base;
    KrMethodDef *m_ml;
    KrObject *m_self;        /* owned, or NULL */
    KrObject *m_module;      /* owned __module__ (str) or NULL */
    KrObject *m_weaklist;
    kr_vectorcallfunc vectorcall;
} KrCFunctionObject;

extern KrTypeObject kr_cfunction_type;
#define KR_CFUNCTION_CHECK(o) (KR_TYPE(o) == &kr_cfunction_type)

/* New builtin function/method; self and module are borrowed, may be NULL. */
KrObject *kr_cfunction_new(KrMethodDef *ml, KrObject *self, KrObject *module);
/* Writes the name argument errors use: "len", "math.sqrt", "list.append". */
void kr_cfunction_qualname_buf(KrCFunctionObject *f, char *buf, size_t size);
int kr_cfunction_init(void);
#endif
