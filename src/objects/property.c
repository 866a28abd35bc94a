/* property.c — the property descriptor, classmethod and staticmethod. */
#include "property.h"
#include "abstract.h"
#include "args.h"
#include "call.h"
#include "method.h"
#include "type.h"
#include "str.h"
#include "int.h"
#include "dict.h"
#include "tuple.h"
#include "ids.h"
#include "../memory/gc.h"
#include "../vm/err.h"

/* ---------------------------------------------------------------------------
 * property
 * ------------------------------------------------------------------------ */

#define PROP(o) ((KrPropertyObject *)(o))

static KrObject *property_error(KrObject *self, KrObject *obj, const char *what)
{
    KrPropertyObject *p = PROP(self);
    if (p->prop_name)
        return kr_err_format(kr_exc_AttributeError, "property %R of '%.100s' object has no %s",
                             p->prop_name, KR_TYPE(obj)->tp_name, what);
    return kr_err_format(kr_exc_AttributeError, "property of '%.100s' object has no %s",
                         KR_TYPE(obj)->tp_name, what);
}

static KrObject *property_descr_get(KrObject *self, KrObject *obj, KrObject *type)
{
    if (!obj || obj == KR_NONE) return kr_newref(self);
    KrPropertyObject *p = PROP(self);
    if (!p->prop_get) return property_error(self, obj, "getter");
    return kr_object_call_one(p->prop_get, obj);
}

static int property_descr_set(KrObject *self, KrObject *obj, KrObject *value)
{
    KrPropertyObject *p = PROP(self);
    KrObject *func = value ? p->prop_set : p->prop_del;
    if (!func) {
        property_error(self, obj, value ? "setter" : "deleter");
        return -1;
    }
    KrObject *res = value ? kr_object_call_two(func, obj, value) : kr_object_call_one(func, obj);
    if (!res) return -1;
    KR_DECREF(res);
    return 0;
}

static int property_init(KrObject *self, KrObject *args, KrObject *kwds)
{
    static const char *const names[] = { "fget", "fset", "fdel", "doc", NULL };
    static const KrArgSpec spec = { "property", names, 0, 4, 0 };
    KrObject *out[4] = { NULL, NULL, NULL, NULL };
    ssize_t nargs = KR_SIZE(args);
    if (nargs > 4) {
        kr_err_format(kr_exc_TypeError, "property() takes at most 4 arguments (%zd given)", nargs);
        return -1;
    }
    KrObject **stack = NULL, *kwnames = NULL;
    if (kr_call_dict_to_stack(KR_TUPLE_ITEMS(args), nargs, kwds, &stack, &kwnames) < 0) return -1;
    int r = kr_args_parse(&spec, stack, nargs, kwnames, out);
    KrObject *fget = out[0], *fset = out[1], *fdel = out[2], *doc = out[3];
    if (r == 0) {
        KrPropertyObject *p = PROP(self);
        if (fget == KR_NONE) fget = NULL;
        if (fset == KR_NONE) fset = NULL;
        if (fdel == KR_NONE) fdel = NULL;
        KR_XINCREF(fget);
        KR_XINCREF(fset);
        KR_XINCREF(fdel);
        KR_SETREF(p->prop_get, fget);
        KR_SETREF(p->prop_set, fset);
        KR_SETREF(p->prop_del, fdel);
        p->getter_doc = 0;
        KrObject *d = NULL;
        if ((!doc || doc == KR_NONE) && fget) {
            if (kr_object_lookup_attr(fget, KR_ID(__doc__), &d) < 0) r = -1;
            else if (d) p->getter_doc = 1;
        } else if (doc) {
            d = kr_newref(doc);
        }
        if (r == 0) {
            /* a getter's doc of a property subclass goes to the instance
             * dict (else the subclass's __doc__ would shadow it); an
             * explicit doc is stored in the slot, as CPython 3.11 does */
            if (KR_TYPE(self) == &kr_property_type || !p->getter_doc) {
                KR_SETREF(p->prop_doc, d);
            } else {
                r = kr_object_setattr(self, KR_ID(__doc__), d);
                KR_XDECREF(d);
            }
        } else {
            KR_XDECREF(d);
        }
    }
    kr_call_free_stack(stack, nargs + (kwnames ? KR_SIZE(kwnames) : 0));
    KR_XDECREF(kwnames);
    return r;
}

static void property_dealloc(KrObject *self)
{
    KrPropertyObject *p = PROP(self);
    kr_gc_untrack(self);
    KR_XDECREF(p->prop_get);
    KR_XDECREF(p->prop_set);
    KR_XDECREF(p->prop_del);
    KR_XDECREF(p->prop_doc);
    KR_XDECREF(p->prop_name);
    KR_TYPE(self)->tp_free(self);
}

static int property_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KrPropertyObject *p = PROP(self);
    KR_VISIT(p->prop_get);
    KR_VISIT(p->prop_set);
    KR_VISIT(p->prop_del);
    KR_VISIT(p->prop_doc);
    KR_VISIT(p->prop_name);
    return 0;
}

static int property_clear(KrObject *self)
{
    KR_CLEAR(PROP(self)->prop_doc);
    return 0;
}

/* type(self)(fget, fset, fdel, doc) with one of them replaced. */
static KrObject *property_copy(KrObject *self, KrObject *get, KrObject *set, KrObject *del)
{
    KrPropertyObject *p = PROP(self);
    if (!get) get = p->prop_get ? p->prop_get : KR_NONE;
    if (!set) set = p->prop_set ? p->prop_set : KR_NONE;
    if (!del) del = p->prop_del ? p->prop_del : KR_NONE;
    KrObject *doc = (p->getter_doc && get != KR_NONE) ? KR_NONE : (p->prop_doc ? p->prop_doc : KR_NONE);
    KrObject *args[4] = { get, set, del, doc };
    KrObject *res = kr_object_vectorcall((KrObject *)KR_TYPE(self), args, 4, NULL);
    if (res && KR_TYPE_CHECK_EXACT_OR_SUB(res, &kr_property_type)) {
        KR_XINCREF(p->prop_name);
        KR_SETREF(PROP(res)->prop_name, p->prop_name);
    }
    return res;
}

static KrObject *property_getter(KrObject *self, KrObject *f) { return property_copy(self, f, NULL, NULL); }
static KrObject *property_setter(KrObject *self, KrObject *f) { return property_copy(self, NULL, f, NULL); }
static KrObject *property_deleter(KrObject *self, KrObject *f) { return property_copy(self, NULL, NULL, f); }

static KrObject *property___set_name__(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (nargs != 2)
        return kr_err_format(kr_exc_TypeError, "__set_name__() takes 2 positional arguments but %zd were given", nargs);
    KR_INCREF(args[1]);
    KR_SETREF(PROP(self)->prop_name, args[1]);
    KR_RETURN_NONE;
}

static KrObject *property_get_isabstract(KrObject *self, void *c)
{
    KrPropertyObject *p = PROP(self);
    KrObject *funcs[3] = { p->prop_get, p->prop_set, p->prop_del };
    for (int i = 0; i < 3; i++) {
        if (!funcs[i]) continue;
        KrObject *v;
        int r = kr_object_lookup_attr(funcs[i], KR_ID(__isabstractmethod__), &v);
        if (r < 0) return NULL;
        if (!r) continue;
        int t = kr_object_is_true(v);
        KR_DECREF(v);
        if (t < 0) return NULL;
        if (t) KR_RETURN_TRUE;
    }
    KR_RETURN_FALSE;
}

static KrMemberDef property_members[] = {
    { "fget", KR_T_OBJECT, offsetof(KrPropertyObject, prop_get), KR_READONLY, NULL },
    { "fset", KR_T_OBJECT, offsetof(KrPropertyObject, prop_set), KR_READONLY, NULL },
    { "fdel", KR_T_OBJECT, offsetof(KrPropertyObject, prop_del), KR_READONLY, NULL },
    { "__doc__", KR_T_OBJECT, offsetof(KrPropertyObject, prop_doc), 0, NULL },
    { NULL, 0, 0, 0, NULL },
};

static KrGetSetDef property_getsets[] = {
    { "__isabstractmethod__", property_get_isabstract, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static KrMethodDef property_methods[] = {
    { "getter", (void *)property_getter, KR_METH_O, "Descriptor to obtain a copy of the property with a different getter." },
    { "setter", (void *)property_setter, KR_METH_O, "Descriptor to obtain a copy of the property with a different setter." },
    { "deleter", (void *)property_deleter, KR_METH_O, "Descriptor to obtain a copy of the property with a different deleter." },
    { "__set_name__", (void *)property___set_name__, KR_METH_FASTCALL, "Method to set name of a property." },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_property_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "property",
    .tp_basicsize = sizeof(KrPropertyObject),
    .tp_dealloc = property_dealloc,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_doc = "Property attribute.\n\n  fget\n    function to be used for getting an attribute value\n"
              "  fset\n    function to be used for setting an attribute value\n"
              "  fdel\n    function to be used for del'ing an attribute\n  doc\n    docstring\n",
    .tp_traverse = property_traverse,
    .tp_clear = property_clear,
    .tp_methods = property_methods,
    .tp_members = property_members,
    .tp_getset = property_getsets,
    .tp_descr_get = property_descr_get,
    .tp_descr_set = property_descr_set,
    .tp_init = property_init,
    .tp_alloc = kr_type_generic_alloc,
    .tp_new = kr_type_generic_new,
    .tp_free = kr_object_free,
};

/* ---------------------------------------------------------------------------
 * classmethod / staticmethod
 * ------------------------------------------------------------------------ */

#define CM(o) ((KrClassMethodObject *)(o))

/* Copies __module__, __name__, __qualname__, __doc__ and __annotations__
 * of the wrapped callable, as CPython's functools_wraps does. */
static int cm_wraps(KrObject *self, KrObject *wrapped)
{
    static const char *const attrs[] = { "__module__", "__name__", "__qualname__", "__doc__",
                                         "__annotations__", NULL };
    for (int i = 0; attrs[i]; i++) {
        KrObject *name = kr_str_intern_cstr(attrs[i]);
        if (!name) return -1;
        KrObject *v;
        int r = kr_object_lookup_attr(wrapped, name, &v);
        if (r > 0) {
            if (!CM(self)->cm_dict && !(CM(self)->cm_dict = kr_dict_new())) r = -1;
            else r = kr_dict_set_item(CM(self)->cm_dict, name, v);
            KR_DECREF(v);
        }
        KR_DECREF(name);
        if (r < 0) return -1;
    }
    return 0;
}

static int cm_init_common(KrObject *self, KrObject *args, KrObject *kwds, const char *name)
{
    if (kwds && kr_dict_size(kwds)) {
        kr_err_format(kr_exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (KR_SIZE(args) != 1) {
        kr_err_format(kr_exc_TypeError, "%s expected 1 argument, got %zd", name, KR_SIZE(args));
        return -1;
    }
    KrObject *c = KR_TUPLE_GET(args, 0);
    KR_INCREF(c);
    KR_SETREF(CM(self)->cm_callable, c);
    return cm_wraps(self, c);
}

static int cm_init(KrObject *self, KrObject *args, KrObject *kwds)
{
    return cm_init_common(self, args, kwds, "classmethod");
}

static int sm_init(KrObject *self, KrObject *args, KrObject *kwds)
{
    return cm_init_common(self, args, kwds, "staticmethod");
}

static void cm_dealloc(KrObject *self)
{
    kr_gc_untrack(self);
    KR_XDECREF(CM(self)->cm_callable);
    KR_XDECREF(CM(self)->cm_dict);
    KR_TYPE(self)->tp_free(self);
}

static int cm_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KR_VISIT(CM(self)->cm_callable);
    KR_VISIT(CM(self)->cm_dict);
    return 0;
}

static int cm_clear(KrObject *self)
{
    KR_CLEAR(CM(self)->cm_callable);
    KR_CLEAR(CM(self)->cm_dict);
    return 0;
}

static KrObject *cm_descr_get(KrObject *self, KrObject *obj, KrObject *type)
{
    KrObject *c = CM(self)->cm_callable;
    if (!c) return kr_err_format(kr_exc_RuntimeError, "uninitialized classmethod object");
    if (!type) type = (KrObject *)KR_TYPE(obj);
    if (KR_TYPE(c)->tp_descr_get) return KR_TYPE(c)->tp_descr_get(c, type, type);
    return kr_method_new(c, type);
}

static KrObject *sm_descr_get(KrObject *self, KrObject *obj, KrObject *type)
{
    KrObject *c = CM(self)->cm_callable;
    if (!c) return kr_err_format(kr_exc_RuntimeError, "uninitialized staticmethod object");
    return kr_newref(c);
}

static KrObject *sm_call(KrObject *self, KrObject *args, KrObject *kwds)
{
    return kr_object_call(CM(self)->cm_callable, args, kwds);
}

static KrObject *cm_repr(KrObject *self)
{
    return kr_str_from_format("<%s(%R)>", KR_TYPE(self)->tp_name, CM(self)->cm_callable ? CM(self)->cm_callable : KR_NONE);
}

static KrObject *cm_get_isabstract(KrObject *self, void *c)
{
    KrObject *v;
    int r = kr_object_lookup_attr(CM(self)->cm_callable, KR_ID(__isabstractmethod__), &v);
    if (r < 0) return NULL;
    if (!r) KR_RETURN_FALSE;
    int t = kr_object_is_true(v);
    KR_DECREF(v);
    if (t < 0) return NULL;
    return kr_bool_from(t);
}

static KrObject *cm_get_dict(KrObject *self, void *c)
{
    return kr_object_dict_slot_get(&CM(self)->cm_dict);
}

static int cm_set_dict(KrObject *self, KrObject *value, void *c)
{
    /* CPython refuses deletion here too ("cannot delete __dict__") */
    return kr_object_dict_slot_set(&CM(self)->cm_dict, value, 0);
}

static KrMemberDef cm_members[] = {
    { "__func__", KR_T_OBJECT, offsetof(KrClassMethodObject, cm_callable), KR_READONLY, NULL },
    { "__wrapped__", KR_T_OBJECT, offsetof(KrClassMethodObject, cm_callable), KR_READONLY, NULL },
    { NULL, 0, 0, 0, NULL },
};

static KrGetSetDef cm_getsets[] = {
    { "__isabstractmethod__", cm_get_isabstract, NULL, NULL, NULL },
    { "__dict__", cm_get_dict, cm_set_dict, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrTypeObject kr_classmethod_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "classmethod",
    .tp_basicsize = sizeof(KrClassMethodObject),
    .tp_dealloc = cm_dealloc,
    .tp_repr = cm_repr,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_doc = "classmethod(function) -> method\n\nConvert a function to be a class method.",
    .tp_traverse = cm_traverse,
    .tp_clear = cm_clear,
    .tp_members = cm_members,
    .tp_getset = cm_getsets,
    .tp_descr_get = cm_descr_get,
    .tp_dictoffset = offsetof(KrClassMethodObject, cm_dict),
    .tp_init = cm_init,
    .tp_alloc = kr_type_generic_alloc,
    .tp_new = kr_type_generic_new,
    .tp_free = kr_object_free,
};

KrTypeObject kr_staticmethod_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "staticmethod",
    .tp_basicsize = sizeof(KrClassMethodObject),
    .tp_dealloc = cm_dealloc,
    .tp_repr = cm_repr,
    .tp_call = sm_call,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_doc = "staticmethod(function) -> method\n\nConvert a function to be a static method.",
    .tp_traverse = cm_traverse,
    .tp_clear = cm_clear,
    .tp_members = cm_members,
    .tp_getset = cm_getsets,
    .tp_descr_get = sm_descr_get,
    .tp_dictoffset = offsetof(KrClassMethodObject, cm_dict),
    .tp_init = sm_init,
    .tp_alloc = kr_type_generic_alloc,
    .tp_new = kr_type_generic_new,
    .tp_free = kr_object_free,
};

static KrObject *cm_new_of(KrTypeObject *t, KrObject *f)
{
    KrObject *self = kr_type_generic_alloc(t, 0);
    if (!self) return NULL;
    CM(self)->cm_callable = kr_newref(f);
    if (cm_wraps(self, f) < 0) {
        KR_DECREF(self);
        return NULL;
    }
    return self;
}

KrObject *kr_classmethod_new(KrObject *f) { return cm_new_of(&kr_classmethod_type, f); }
KrObject *kr_staticmethod_new(KrObject *f) { return cm_new_of(&kr_staticmethod_type, f); }

int kr_property_init(void)
{
    if (kr_type_ready(&kr_property_type) < 0) return -1;
    if (kr_type_ready(&kr_classmethod_type) < 0) return -1;
    return kr_type_ready(&kr_staticmethod_type);
}
