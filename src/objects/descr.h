/* descr.h — descriptors made by kr_type_ready for C types: method
 * descriptors (tp_methods), class-method descriptors (KR_METH_CLASS),
 * member descriptors (tp_members), getset descriptors (tp_getset), slot
 * wrappers (int.__add__) with their bound form (method-wrapper), and the
 * read-only `mappingproxy` that type.__dict__ returns. */
#ifndef KR_DESCR_H
#define KR_DESCR_H
#include "object.h"

typedef struct {
    KrObject ob_base;
    KrTypeObject *d_type;     /* the type that defines it (borrowed: types outlive their dict) */
    KrObject *d_name;         /* str */
    KrObject *d_qualname;     /* str or NULL (computed lazily) */
} KrDescrObject;

typedef struct {
    KrDescrObject d_common;
    KrMethodDef *d_method;
    kr_vectorcallfunc vectorcall;
} KrMethodDescrObject;

typedef struct {
    KrDescrObject d_common;
    KrMemberDef *d_member;
} KrMemberDescrObject;

typedef struct {
    KrDescrObject d_common;
    KrGetSetDef *d_getset;
} KrGetSetDescrObject;

/* One entry of the slot table (type_slots.c): a dunder name, where its C
 * slot lives, the heap-type function that calls the Python method, and the
 * wrapper that calls a C slot from Python. */
typedef KrObject *(*kr_wrapperfunc)(KrObject *self, KrObject *args, void *wrapped);
typedef KrObject *(*kr_wrapperfunc_kw)(KrObject *self, KrObject *args, void *wrapped,
                                       KrObject *kwds);
typedef struct KrSlotDef {
    const char *name;
    int offset;               /* offset of the slot pointer in KrHeapTypeObject */
    void *function;           /* slot_* for heap types, or NULL */
    kr_wrapperfunc wrapper;   /* wrap_* */
    const char *doc;
    int flags;                /* KR_WRAPPER_FLAG_KEYWORDS: wrapper is kr_wrapperfunc_kw */
    KrObject *name_strobj;    /* interned name */
} KrSlotDef;
#define KR_WRAPPER_FLAG_KEYWORDS 1

typedef struct {
    KrDescrObject d_common;
    KrSlotDef *d_base;
    void *d_wrapped;          /* the C slot function */
} KrWrapperDescrObject;

/* method-wrapper: a slot wrapper bound to an instance ((1).__add__). */
typedef struct {
    KrObject ob_base;
    KrWrapperDescrObject *descr;
    KrObject *self;
} KrMethodWrapperObject;

extern KrTypeObject kr_method_descr_type;        /* method_descriptor */
extern KrTypeObject kr_classmethod_descr_type;   /* classmethod_descriptor */
extern KrTypeObject kr_member_descr_type;        /* member_descriptor */
extern KrTypeObject kr_getset_descr_type;        /* getset_descriptor */
extern KrTypeObject kr_wrapper_descr_type;       /* wrapper_descriptor */
extern KrTypeObject kr_method_wrapper_type;      /* method-wrapper */
extern KrTypeObject kr_mappingproxy_type;        /* mappingproxy */

/* Constructors (new refs, NULL + exception). */
KrObject *kr_descr_new_method(KrTypeObject *t, KrMethodDef *m);
KrObject *kr_descr_new_classmethod(KrTypeObject *t, KrMethodDef *m);
KrObject *kr_descr_new_member(KrTypeObject *t, KrMemberDef *m);
KrObject *kr_descr_new_getset(KrTypeObject *t, KrGetSetDef *g);
KrObject *kr_descr_new_wrapper(KrTypeObject *t, KrSlotDef *base, void *wrapped);
KrObject *kr_mappingproxy_new(KrObject *mapping);
/* 1 if o is a data descriptor (its type has tp_descr_set). */
#define KR_DESCR_IS_DATA(o) (KR_TYPE(o)->tp_descr_set != NULL)

/* Calls a KrMethodDef's C function with `self` and vectorcall arguments,
 * checking counts for NOARGS/O and keywords. `callable` is the method
 * descriptor or builtin function being called: argument errors name it
 * ("len() takes exactly one argument (2 given)", "list.append() ...").
 * New ref or NULL. */
KrObject *kr_methoddef_vectorcall(KrMethodDef *ml, KrObject *self, KrObject *callable,
                                  KrObject *const *args, size_t nargsf, KrObject *kwnames);

/* Reads/writes a KrMemberDef field of obj (used by member descriptors and
 * __slots__). */
KrObject *kr_member_get(KrObject *obj, KrMemberDef *m);
int kr_member_set(KrObject *obj, KrMemberDef *m, KrObject *value);

int kr_descr_init(void);
#endif
