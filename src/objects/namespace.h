/* namespace.h — types.SimpleNamespace: an object whose attributes are the
 * keyword arguments it was made with; repr "namespace(a=1, b=2)". */
#ifndef KR_NAMESPACE_H
#define KR_NAMESPACE_H
#include "object.h"

typedef struct {
    KrObject ob_base;
    KrObject *ns_dict;        /* owned dict of the attributes */
} KrNamespaceObject;

extern KrTypeObject kr_namespace_type;

/* A new namespace whose attributes are copied from kwds (a dict or NULL). */
KrObject *kr_namespace_new(KrObject *kwds);
int kr_namespace_init(void);
#endif
