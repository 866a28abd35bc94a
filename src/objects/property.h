/* property.h — property, classmethod and staticmethod. */
#ifndef KR_PROPERTY_H
#define KR_PROPERTY_H
#include "object.h"

typedef struct {
    KrObject ob_base;
    KrObject *prop_get, *prop_set, *prop_del, *prop_doc, *prop_name; /* owned or NULL */
    int getter_doc;
} KrPropertyObject;

typedef struct {
    KrObject ob_base;
    KrObject *cm_callable;   /* owned */
    KrObject *cm_dict;       /* owned or NULL */
} KrClassMethodObject;        /* also the layout of staticmethod */

extern KrTypeObject kr_property_type, kr_classmethod_type, kr_staticmethod_type;
#define KR_CLASSMETHOD_CHECK(o) KR_TYPE_CHECK_EXACT_OR_SUB((o), &kr_classmethod_type)
#define KR_STATICMETHOD_CHECK(o) KR_TYPE_CHECK_EXACT_OR_SUB((o), &kr_staticmethod_type)

/* classmethod(f) / staticmethod(f); f borrowed. New ref. */
KrObject *kr_classmethod_new(KrObject *f);
KrObject *kr_staticmethod_new(KrObject *f);
int kr_property_init(void);
#endif
