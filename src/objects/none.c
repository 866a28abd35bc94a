/* none.c — the singletons None, NotImplemented and Ellipsis and their types. */
#include "none.h"
#include "type.h"
#include "str.h"
#include "int.h"
#include "dict.h"
#include "../vm/err.h"

KrObject kr_none_object = KR_OBJECT_HEAD_INIT(&kr_none_type);
KrObject kr_notimplemented_object = KR_OBJECT_HEAD_INIT(&kr_notimplemented_type);
KrObject kr_ellipsis_object = KR_OBJECT_HEAD_INIT(&kr_ellipsis_type);

static void singleton_dealloc(KrObject *o)
{
    /* Immortal: never reached unless a reference count is badly broken. */
    o->ob_refcnt = KR_IMMORTAL_REFCNT;
}

static int no_args(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if (KR_SIZE(args) || (kwds && kr_dict_size(kwds))) {
        kr_err_format(kr_exc_TypeError, "%s takes no arguments",
                      type == &kr_ellipsis_type ? "EllipsisType" : type->tp_name);
        return -1;
    }
    return 0;
}

static KrObject *none_repr(KrObject *o) { return kr_str_from_cstr("None"); }
static int none_bool(KrObject *o) { return 0; }
static KrObject *none_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if (no_args(type, args, kwds) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrNumberMethods none_as_number = { .nb_bool = none_bool };

KrTypeObject kr_none_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "NoneType",
    .tp_basicsize = sizeof(KrObject),
    .tp_dealloc = singleton_dealloc,
    .tp_repr = none_repr,
    .tp_as_number = &none_as_number,
    .tp_flags = KR_TPFLAGS_DEFAULT,
    .tp_new = none_new,
    .tp_free = kr_object_free,
};

static KrObject *notimpl_repr(KrObject *o) { return kr_str_from_cstr("NotImplemented"); }
static KrObject *notimpl_reduce(KrObject *o, KrObject *u) { return kr_str_from_cstr("NotImplemented"); }
static KrObject *notimpl_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if (no_args(type, args, kwds) < 0) return NULL;
    KR_RETURN_NOTIMPLEMENTED;
}
static int notimpl_bool(KrObject *o)
{
    if (kr_err_warn(kr_exc_DeprecationWarning, "NotImplemented should not be used in a boolean context", 1) < 0)
        return -1;
    return 1;
}
static KrNumberMethods notimpl_as_number = { .nb_bool = notimpl_bool };

static KrMethodDef notimpl_methods[] = {
    { "__reduce__", (void *)notimpl_reduce, KR_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_notimplemented_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "NotImplementedType",
    .tp_basicsize = sizeof(KrObject),
    .tp_dealloc = singleton_dealloc,
    .tp_repr = notimpl_repr,
    .tp_as_number = &notimpl_as_number,
    .tp_flags = KR_TPFLAGS_DEFAULT,
    .tp_methods = notimpl_methods,
    .tp_new = notimpl_new,
    .tp_free = kr_object_free,
};

static KrObject *ellipsis_repr(KrObject *o) { return kr_str_from_cstr("Ellipsis"); }
static KrObject *ellipsis_reduce(KrObject *o, KrObject *u) { return kr_str_from_cstr("Ellipsis"); }
static KrObject *ellipsis_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if (no_args(type, args, kwds) < 0) return NULL;
    return kr_newref(KR_ELLIPSIS);
}
static KrMethodDef ellipsis_methods[] = {
    { "__reduce__", (void *)ellipsis_reduce, KR_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_ellipsis_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "ellipsis",
    .tp_basicsize = sizeof(KrObject),
    .tp_dealloc = singleton_dealloc,
    .tp_repr = ellipsis_repr,
    .tp_flags = KR_TPFLAGS_DEFAULT,
    .tp_methods = ellipsis_methods,
    .tp_new = ellipsis_new,
    .tp_free = kr_object_free,
};

int kr_none_init(void)
{
    if (kr_type_ready(&kr_none_type) < 0) return -1;
    if (kr_type_ready(&kr_notimplemented_type) < 0) return -1;
    return kr_type_ready(&kr_ellipsis_type);
}
