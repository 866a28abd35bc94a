/* descr.c — the descriptors kr_type_ready puts in the dicts of C types
 * (method, classmethod, member, getset and slot-wrapper descriptors),
 * bound slot wrappers (method-wrapper), the calling of KrMethodDef
 * functions, and the read-only `mappingproxy`. */
#include "descr.h"
#include "abstract.h"
#include "call.h"
#include "cfunction.h"
#include "type.h"
#include "genericalias.h"
#include "str.h"
#include "int.h"
#include "float.h"
#include "dict.h"
#include "list.h"
#include "tuple.h"
#include "ids.h"
#include "hash.h"
#include "../memory/gc.h"
#include "trashcan.h"
#include "../vm/err.h"

#include <stdio.h>
#include <string.h>

/* ---------------------------------------------------------------------------
 * Calling a KrMethodDef
 * ------------------------------------------------------------------------ */

static void descr_qualname_buf(KrDescrObject *d, char *buf, size_t size);

/* The name argument errors show ("list.append", "math.sqrt", "len"). It is
 * formatted only when an error is raised: calls are hot, errors are not. */
static void callable_qualname_buf(KrObject *callable, char *buf, size_t size)
{
    if (KR_TYPE(callable) == &kr_method_descr_type)
        descr_qualname_buf(&((KrMethodDescrObject *)callable)->d_common, buf, size);
    else
        kr_cfunction_qualname_buf((KrCFunctionObject *)callable, buf, size);
}

static int no_kw(KrObject *callable, KrObject *kwnames)
{
    if (kwnames && KR_SIZE(kwnames) > 0) {
        char qual[256];
        callable_qualname_buf(callable, qual, sizeof qual);
        kr_err_format(kr_exc_TypeError, "%s() takes no keyword arguments", qual);
        return 0;
    }
    return 1;
}

KrObject *kr_methoddef_vectorcall(KrMethodDef *ml, KrObject *self, KrObject *callable,
                                  KrObject *const *args, size_t nargsf, KrObject *kwnames)
{
    ssize_t nargs = kr_vectorcall_nargs(nargsf);
    int flags = ml->ml_flags & ~(KR_METH_CLASS | KR_METH_STATIC | KR_METH_COEXIST);
    KrObject *res;
    switch (flags) {
    case KR_METH_NOARGS:
        if (!no_kw(callable, kwnames)) return NULL;
        if (nargs != 0) {
            char qual[256];
            callable_qualname_buf(callable, qual, sizeof qual);
            return kr_err_format(kr_exc_TypeError, "%s() takes no arguments (%zd given)", qual, nargs);
        }
        return ((kr_cfunction)ml->ml_meth)(self, NULL);
    case KR_METH_O:
        if (!no_kw(callable, kwnames)) return NULL;
        if (nargs != 1) {
            char qual[256];
            callable_qualname_buf(callable, qual, sizeof qual);
            return kr_err_format(kr_exc_TypeError, "%s() takes exactly one argument (%zd given)",
                                 qual, nargs);
        }
        return ((kr_cfunction)ml->ml_meth)(self, args[0]);
    case KR_METH_FASTCALL:
        if (!no_kw(callable, kwnames)) return NULL;
        return ((kr_cfunction_fast)ml->ml_meth)(self, args, nargs);
    case KR_METH_FASTCALL | KR_METH_KEYWORDS:
        if (kwnames && KR_SIZE(kwnames) == 0) kwnames = NULL;
        return ((kr_cfunction_fast_kw)ml->ml_meth)(self, args, nargs, kwnames);
    case KR_METH_VARARGS: {
        if (!no_kw(callable, kwnames)) return NULL;
        KrObject *tuple = kr_tuple_from_array(args, nargs);
        if (!tuple) return NULL;
        res = ((kr_cfunction)ml->ml_meth)(self, tuple);
        KR_DECREF(tuple);
        return res;
    }
    case KR_METH_VARARGS | KR_METH_KEYWORDS: {
        KrObject *tuple = kr_tuple_from_array(args, nargs);
        if (!tuple) return NULL;
        KrObject *kw = NULL;
        if (kwnames && KR_SIZE(kwnames) > 0) {
            kw = kr_call_kwnames_to_dict(args + nargs, kwnames);
            if (!kw) {
                KR_DECREF(tuple);
                return NULL;
            }
        }
        res = ((kr_cfunction_kw)ml->ml_meth)(self, tuple, kw);
        KR_DECREF(tuple);
        KR_XDECREF(kw);
        return res;
    }
    default:
        kr_err_format(kr_exc_SystemError, "%s() method: bad call flags", ml->ml_name);
        return NULL;
    }
}

/* ---------------------------------------------------------------------------
 * Common descriptor parts
 * ------------------------------------------------------------------------ */

static KrObject *descr_new(KrTypeObject *descrtype, KrTypeObject *type, const char *name)
{
    KrDescrObject *d = (KrDescrObject *)kr_object_alloc(descrtype, 0);
    if (!d) return NULL;
    d->d_type = type;
    KR_INCREF(type);
    d->d_name = kr_str_intern_cstr(name);
    if (!d->d_name) {
        KR_DECREF(d);
        return NULL;
    }
    kr_gc_track(d);
    return (KrObject *)d;
}

static void descr_dealloc(KrObject *self)
{
    KrDescrObject *d = (KrDescrObject *)self;
    kr_gc_untrack(self);
    KR_XDECREF(d->d_type);
    KR_XDECREF(d->d_name);
    KR_XDECREF(d->d_qualname);
    KR_TYPE(self)->tp_free(self);
}

static int descr_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrDescrObject *)self)->d_type);
    return 0;
}

static const char *descr_name_cstr(KrObject *self)
{
    const char *s = kr_str_as_utf8(((KrDescrObject *)self)->d_name, NULL);
    if (!s) {
        kr_err_clear();
        return "?";
    }
    return s;
}

static KrObject *descr_repr_fmt(KrObject *self, const char *kind)
{
    KrDescrObject *d = (KrDescrObject *)self;
    return kr_str_from_format("<%s '%U' of '%s' objects>", kind, d->d_name, d->d_type->tp_name);
}

/* Checks that obj is an instance of the descriptor's type. 1 ok, 0 error. */
static int descr_check(KrDescrObject *d, KrObject *obj)
{
    if (!KR_TYPE_CHECK_EXACT_OR_SUB(obj, d->d_type)) {
        kr_err_format(kr_exc_TypeError, "descriptor '%U' for '%.100s' objects doesn't apply to a '%.100s' object",
                      d->d_name, d->d_type->tp_name, KR_TYPE(obj)->tp_name);
        return 0;
    }
    return 1;
}

static KrObject *descr_get_name(KrObject *self, void *c) { return kr_newref(((KrDescrObject *)self)->d_name); }

static KrObject *descr_get_qualname(KrObject *self, void *c)
{
    KrDescrObject *d = (KrDescrObject *)self;
    if (!d->d_qualname) {
        KrObject *tq = kr_object_getattr((KrObject *)d->d_type, KR_ID(__qualname__));
        if (!tq) return NULL;
        if (!KR_STR_CHECK(tq)) {
            KR_DECREF(tq);
            return kr_err_format(kr_exc_TypeError, "<descriptor>.__objclass__.__qualname__ is not a unicode object");
        }
        d->d_qualname = kr_str_from_format("%U.%U", tq, d->d_name);
        KR_DECREF(tq);
        if (!d->d_qualname) return NULL;
    }
    return kr_newref(d->d_qualname);
}

static KrObject *descr_get_objclass(KrObject *self, void *c) { return kr_newref(((KrDescrObject *)self)->d_type); }
static KrObject *descr_get_text_signature(KrObject *self, void *c) { KR_RETURN_NONE; }

static KrObject *doc_from_cstr(const char *doc)
{
    if (!doc) KR_RETURN_NONE;
    return kr_str_from_cstr(doc);
}

/* Copies the bytes of a C string name into a stack buffer "Type.name" for
 * error messages. */
static void descr_qualname_buf(KrDescrObject *d, char *buf, size_t size)
{
    const char *tn = d->d_type->tp_name;
    const char *dot = strrchr(tn, '.');
    if (dot && !(d->d_type->tp_flags & KR_TPFLAGS_HEAPTYPE)) tn = dot + 1;
    snprintf(buf, size, "%s.%s", tn, descr_name_cstr((KrObject *)d));
}

/* ---------------------------------------------------------------------------
 * method_descriptor
 * ------------------------------------------------------------------------ */

static KrObject *method_descr_vectorcall(KrObject *callable, KrObject *const *args, size_t nargsf,
                                         KrObject *kwnames)
{
    KrMethodDescrObject *d = (KrMethodDescrObject *)callable;
    ssize_t nargs = kr_vectorcall_nargs(nargsf);
    char qual[256];
    if (nargs < 1) {
        descr_qualname_buf(&d->d_common, qual, sizeof qual);
        return kr_err_format(kr_exc_TypeError, "unbound method %s() needs an argument", qual);
    }
    KrObject *self = args[0];
    if (!descr_check(&d->d_common, self)) return NULL;
    return kr_methoddef_vectorcall(d->d_method, self, callable, args + 1, (size_t)(nargs - 1), kwnames);
}

KrObject *kr_descr_new_method(KrTypeObject *t, KrMethodDef *m)
{
    KrMethodDescrObject *d = (KrMethodDescrObject *)descr_new(&kr_method_descr_type, t, m->ml_name);
    if (!d) return NULL;
    d->d_method = m;
    d->vectorcall = method_descr_vectorcall;
    return (KrObject *)d;
}

static KrObject *method_descr_get(KrObject *self, KrObject *obj, KrObject *type)
{
    KrMethodDescrObject *d = (KrMethodDescrObject *)self;
    if (!obj) return kr_newref(self);
    if (!descr_check(&d->d_common, obj)) return NULL;
    return kr_cfunction_new(d->d_method, obj, NULL);
}

static KrObject *method_descr_repr(KrObject *self) { return descr_repr_fmt(self, "method"); }

static KrObject *method_descr_get_doc(KrObject *self, void *c)
{
    return doc_from_cstr(((KrMethodDescrObject *)self)->d_method->ml_doc);
}

static KrGetSetDef method_descr_getsets[] = {
    { "__doc__", method_descr_get_doc, NULL, NULL, NULL },
    { "__qualname__", descr_get_qualname, NULL, NULL, NULL },
    { "__text_signature__", descr_get_text_signature, NULL, NULL, NULL },
    { "__name__", descr_get_name, NULL, NULL, NULL },
    { "__objclass__", descr_get_objclass, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrTypeObject kr_method_descr_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "method_descriptor",
    .tp_basicsize = sizeof(KrMethodDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_vectorcall_offset = offsetof(KrMethodDescrObject, vectorcall),
    .tp_repr = method_descr_repr,
    .tp_call = kr_vectorcall_call,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_HAVE_VECTORCALL | KR_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_traverse = descr_traverse,
    .tp_getset = method_descr_getsets,
    .tp_descr_get = method_descr_get,
    .tp_free = kr_object_free,
};

/* ---------------------------------------------------------------------------
 * classmethod_descriptor (KR_METH_CLASS entries of tp_methods)
 * ------------------------------------------------------------------------ */

KrObject *kr_descr_new_classmethod(KrTypeObject *t, KrMethodDef *m)
{
    KrMethodDescrObject *d = (KrMethodDescrObject *)descr_new(&kr_classmethod_descr_type, t, m->ml_name);
    if (!d) return NULL;
    d->d_method = m;
    return (KrObject *)d;
}

static KrObject *classmethod_descr_get(KrObject *self, KrObject *obj, KrObject *type)
{
    KrMethodDescrObject *d = (KrMethodDescrObject *)self;
    if (!type) {
        if (obj) {
            type = (KrObject *)KR_TYPE(obj);
        } else {
            return kr_err_format(kr_exc_TypeError, "descriptor '%U' for type '%.100s' needs either an object or a type",
                                 d->d_common.d_name, d->d_common.d_type->tp_name);
        }
    }
    if (!KR_TYPE_CHECK(type))
        return kr_err_format(kr_exc_TypeError, "descriptor '%U' for type '%.100s' needs a type, not a '%.100s' as arg 2",
                             d->d_common.d_name, d->d_common.d_type->tp_name, KR_TYPE(type)->tp_name);
    if (!kr_type_is_subtype((KrTypeObject *)type, d->d_common.d_type))
        return kr_err_format(kr_exc_TypeError, "descriptor '%U' requires a subtype of '%.100s' but received '%.100s'",
                             d->d_common.d_name, d->d_common.d_type->tp_name, ((KrTypeObject *)type)->tp_name);
    return kr_cfunction_new(d->d_method, type, NULL);
}

static KrObject *classmethod_descr_call(KrObject *self, KrObject *args, KrObject *kwds)
{
    KrMethodDescrObject *d = (KrMethodDescrObject *)self;
    if (KR_SIZE(args) < 1)
        return kr_err_format(kr_exc_TypeError, "descriptor '%U' of '%.100s' object needs an argument",
                             d->d_common.d_name, d->d_common.d_type->tp_name);
    KrObject *first = KR_TUPLE_GET(args, 0);
    if (!KR_TYPE_CHECK(first))
        return kr_err_format(kr_exc_TypeError, "descriptor '%U' for type '%.100s' needs a type, not a '%.100s' as arg 2",
                             d->d_common.d_name, d->d_common.d_type->tp_name, KR_TYPE(first)->tp_name);
    if (!kr_type_is_subtype((KrTypeObject *)first, d->d_common.d_type))
        return kr_err_format(kr_exc_TypeError, "descriptor '%U' requires a subtype of '%.100s' but received '%.100s'",
                             d->d_common.d_name, d->d_common.d_type->tp_name, ((KrTypeObject *)first)->tp_name);
    KrObject *f = kr_cfunction_new(d->d_method, first, NULL);
    if (!f) return NULL;
    KrObject *rest = kr_tuple_get_slice(args, 1, KR_SIZE(args));
    KrObject *res = rest ? kr_object_call(f, rest, kwds) : NULL;
    KR_XDECREF(rest);
    KR_DECREF(f);
    return res;
}

KrTypeObject kr_classmethod_descr_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "classmethod_descriptor",
    .tp_basicsize = sizeof(KrMethodDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_repr = method_descr_repr,
    .tp_call = classmethod_descr_call,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC,
    .tp_traverse = descr_traverse,
    .tp_getset = method_descr_getsets,
    .tp_descr_get = classmethod_descr_get,
    .tp_free = kr_object_free,
};

/* ---------------------------------------------------------------------------
 * member_descriptor
 * ------------------------------------------------------------------------ */

KrObject *kr_member_get(KrObject *obj, KrMemberDef *m)
{
    char *addr = (char *)obj + m->offset;
    switch (m->type) {
    case KR_T_OBJECT: {
        KrObject *v = *(KrObject **)addr;
        return kr_newref(v ? v : KR_NONE);
    }
    case KR_T_OBJECT_EX: {
        KrObject *v = *(KrObject **)addr;
        if (!v) {
            KrTypeObject *t = KR_TYPE(obj);
            return kr_err_format(kr_exc_AttributeError, "'%.200s' object has no attribute '%s'",
                                 t->tp_name, m->name);
        }
        return kr_newref(v);
    }
    case KR_T_INT: return kr_int_from_i64(*(int *)addr);
    case KR_T_UINT: return kr_int_from_u64(*(unsigned int *)addr);
    case KR_T_LONG: return kr_int_from_i64(*(long *)addr);
    case KR_T_SSIZE: return kr_int_from_ssize(*(ssize_t *)addr);
    case KR_T_DOUBLE: return kr_float_from_double(*(double *)addr);
    case KR_T_BOOL: return kr_bool_from(*(char *)addr);
    case KR_T_STRING: {
        const char *s = *(const char **)addr;
        if (!s) KR_RETURN_NONE;
        return kr_str_from_cstr(s);
    }
    default:
        kr_err_set_string(kr_exc_SystemError, "bad memberdescr type");
        return NULL;
    }
}

int kr_member_set(KrObject *obj, KrMemberDef *m, KrObject *value)
{
    char *addr = (char *)obj + m->offset;
    if (m->flags & KR_READONLY) {
        kr_err_set_string(kr_exc_AttributeError, "readonly attribute");
        return -1;
    }
    if (!value && m->type != KR_T_OBJECT && m->type != KR_T_OBJECT_EX) {
        kr_err_set_string(kr_exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    switch (m->type) {
    case KR_T_OBJECT:
    case KR_T_OBJECT_EX: {
        KrObject **p = (KrObject **)addr;
        if (!value && m->type == KR_T_OBJECT_EX && !*p) {
            kr_err_set_string(kr_exc_AttributeError, m->name);
            return -1;
        }
        KR_XINCREF(value);
        KR_SETREF(*p, value);
        return 0;
    }
    case KR_T_BOOL:
        if (!KR_BOOL_CHECK(value)) {
            kr_err_set_string(kr_exc_TypeError, "attribute value type must be bool");
            return -1;
        }
        *(char *)addr = value == KR_TRUE;
        return 0;
    case KR_T_DOUBLE: {
        double v = kr_float_as_double(value);
        if (v == -1.0 && kr_err_occurred()) return -1;
        *(double *)addr = v;
        return 0;
    }
    case KR_T_INT:
    case KR_T_UINT:
    case KR_T_LONG:
    case KR_T_SSIZE: {
        if (!KR_INT_CHECK(value)) {
            kr_err_set_string(kr_exc_TypeError, "attribute value type must be int");
            return -1;
        }
        int64_t v = kr_int_as_i64(value);
        if (v == -1 && kr_err_occurred()) return -1;
        if (m->type == KR_T_INT) *(int *)addr = (int)v;
        else if (m->type == KR_T_UINT) *(unsigned int *)addr = (unsigned int)v;
        else if (m->type == KR_T_LONG) *(long *)addr = (long)v;
        else *(ssize_t *)addr = (ssize_t)v;
        return 0;
    }
    default:
        kr_err_set_string(kr_exc_TypeError, "readonly attribute");
        return -1;
    }
}

KrObject *kr_descr_new_member(KrTypeObject *t, KrMemberDef *m)
{
    KrMemberDescrObject *d = (KrMemberDescrObject *)descr_new(&kr_member_descr_type, t, m->name);
    if (!d) return NULL;
    d->d_member = m;
    return (KrObject *)d;
}

static KrObject *member_get(KrObject *self, KrObject *obj, KrObject *type)
{
    KrMemberDescrObject *d = (KrMemberDescrObject *)self;
    if (!obj) return kr_newref(self);
    if (!descr_check(&d->d_common, obj)) return NULL;
    return kr_member_get(obj, d->d_member);
}

static int member_set(KrObject *self, KrObject *obj, KrObject *value)
{
    KrMemberDescrObject *d = (KrMemberDescrObject *)self;
    if (!descr_check(&d->d_common, obj)) return -1;
    return kr_member_set(obj, d->d_member, value);
}

static KrObject *member_repr(KrObject *self) { return descr_repr_fmt(self, "member"); }

static KrObject *member_get_doc(KrObject *self, void *c)
{
    return doc_from_cstr(((KrMemberDescrObject *)self)->d_member->doc);
}

static KrGetSetDef member_getsets[] = {
    { "__doc__", member_get_doc, NULL, NULL, NULL },
    { "__qualname__", descr_get_qualname, NULL, NULL, NULL },
    { "__name__", descr_get_name, NULL, NULL, NULL },
    { "__objclass__", descr_get_objclass, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrTypeObject kr_member_descr_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "member_descriptor",
    .tp_basicsize = sizeof(KrMemberDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_repr = member_repr,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC,
    .tp_traverse = descr_traverse,
    .tp_getset = member_getsets,
    .tp_descr_get = member_get,
    .tp_descr_set = member_set,
    .tp_free = kr_object_free,
};

/* ---------------------------------------------------------------------------
 * getset_descriptor
 * ------------------------------------------------------------------------ */

KrObject *kr_descr_new_getset(KrTypeObject *t, KrGetSetDef *g)
{
    KrGetSetDescrObject *d = (KrGetSetDescrObject *)descr_new(&kr_getset_descr_type, t, g->name);
    if (!d) return NULL;
    d->d_getset = g;
    return (KrObject *)d;
}

static KrObject *getset_get(KrObject *self, KrObject *obj, KrObject *type)
{
    KrGetSetDescrObject *d = (KrGetSetDescrObject *)self;
    if (!obj) return kr_newref(self);
    if (!descr_check(&d->d_common, obj)) return NULL;
    if (d->d_getset->get) return d->d_getset->get(obj, d->d_getset->closure);
    return kr_err_format(kr_exc_AttributeError, "attribute '%U' of '%.100s' objects is not readable",
                         d->d_common.d_name, d->d_common.d_type->tp_name);
}

static int getset_set(KrObject *self, KrObject *obj, KrObject *value)
{
    KrGetSetDescrObject *d = (KrGetSetDescrObject *)self;
    if (!descr_check(&d->d_common, obj)) return -1;
    if (d->d_getset->set) return d->d_getset->set(obj, value, d->d_getset->closure);
    kr_err_format(kr_exc_AttributeError, "attribute '%U' of '%.100s' objects is not writable",
                  d->d_common.d_name, d->d_common.d_type->tp_name);
    return -1;
}

static KrObject *getset_repr(KrObject *self) { return descr_repr_fmt(self, "attribute"); }

static KrObject *getset_get_doc(KrObject *self, void *c)
{
    return doc_from_cstr(((KrGetSetDescrObject *)self)->d_getset->doc);
}

static KrGetSetDef getset_getsets[] = {
    { "__doc__", getset_get_doc, NULL, NULL, NULL },
    { "__qualname__", descr_get_qualname, NULL, NULL, NULL },
    { "__name__", descr_get_name, NULL, NULL, NULL },
    { "__objclass__", descr_get_objclass, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrTypeObject kr_getset_descr_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "getset_descriptor",
    .tp_basicsize = sizeof(KrGetSetDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_repr = getset_repr,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC,
    .tp_traverse = descr_traverse,
    .tp_getset = getset_getsets,
    .tp_descr_get = getset_get,
    .tp_descr_set = getset_set,
    .tp_free = kr_object_free,
};

/* ---------------------------------------------------------------------------
 * wrapper_descriptor and method-wrapper
 * ------------------------------------------------------------------------ */

KrObject *kr_descr_new_wrapper(KrTypeObject *t, KrSlotDef *base, void *wrapped)
{
    KrWrapperDescrObject *d = (KrWrapperDescrObject *)descr_new(&kr_wrapper_descr_type, t, base->name);
    if (!d) return NULL;
    d->d_base = base;
    d->d_wrapped = wrapped;
    return (KrObject *)d;
}

static KrObject *wrapper_raw_call(KrWrapperDescrObject *d, KrObject *self, KrObject *args, KrObject *kwds)
{
    if (d->d_base->flags & KR_WRAPPER_FLAG_KEYWORDS)
        return ((kr_wrapperfunc_kw)(void *)d->d_base->wrapper)(self, args, d->d_wrapped, kwds);
    if (kwds && KR_DICT_CHECK(kwds) && kr_dict_size(kwds) != 0)
        return kr_err_format(kr_exc_TypeError, "wrapper %s() takes no keyword arguments", d->d_base->name);
    return d->d_base->wrapper(self, args, d->d_wrapped);
}

static KrObject *wrapperdescr_call(KrObject *self, KrObject *args, KrObject *kwds)
{
    KrWrapperDescrObject *d = (KrWrapperDescrObject *)self;
    if (KR_SIZE(args) < 1)
        return kr_err_format(kr_exc_TypeError, "descriptor '%U' of '%.100s' object needs an argument",
                             d->d_common.d_name, d->d_common.d_type->tp_name);
    KrObject *obj = KR_TUPLE_GET(args, 0);
    if (!KR_TYPE_CHECK_EXACT_OR_SUB(obj, d->d_common.d_type))
        return kr_err_format(kr_exc_TypeError, "descriptor '%U' requires a '%.100s' object but received a '%.100s'",
                             d->d_common.d_name, d->d_common.d_type->tp_name, KR_TYPE(obj)->tp_name);
    KrObject *rest = kr_tuple_get_slice(args, 1, KR_SIZE(args));
    if (!rest) return NULL;
    KrObject *res = wrapper_raw_call(d, obj, rest, kwds);
    KR_DECREF(rest);
    return res;
}

static KrObject *method_wrapper_new(KrWrapperDescrObject *d, KrObject *self)
{
    KrMethodWrapperObject *w = (KrMethodWrapperObject *)kr_object_alloc(&kr_method_wrapper_type, 0);
    if (!w) return NULL;
    w->descr = (KrWrapperDescrObject *)kr_newref(d);
    w->self = kr_newref(self);
    kr_gc_track(w);
    return (KrObject *)w;
}

static KrObject *wrapperdescr_get(KrObject *self, KrObject *obj, KrObject *type)
{
    KrWrapperDescrObject *d = (KrWrapperDescrObject *)self;
    if (!obj) return kr_newref(self);
    if (!descr_check(&d->d_common, obj)) return NULL;
    return method_wrapper_new(d, obj);
}

static KrObject *wrapperdescr_repr(KrObject *self) { return descr_repr_fmt(self, "slot wrapper"); }

static KrObject *wrapperdescr_get_doc(KrObject *self, void *c)
{
    return doc_from_cstr(((KrWrapperDescrObject *)self)->d_base->doc);
}

static KrGetSetDef wrapperdescr_getsets[] = {
    { "__doc__", wrapperdescr_get_doc, NULL, NULL, NULL },
    { "__qualname__", descr_get_qualname, NULL, NULL, NULL },
    { "__text_signature__", descr_get_text_signature, NULL, NULL, NULL },
    { "__name__", descr_get_name, NULL, NULL, NULL },
    { "__objclass__", descr_get_objclass, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrTypeObject kr_wrapper_descr_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "wrapper_descriptor",
    .tp_basicsize = sizeof(KrWrapperDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_repr = wrapperdescr_repr,
    .tp_call = wrapperdescr_call,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_traverse = descr_traverse,
    .tp_getset = wrapperdescr_getsets,
    .tp_descr_get = wrapperdescr_get,
    .tp_free = kr_object_free,
};

static void mw_dealloc(KrObject *self)
{
    KrMethodWrapperObject *w = (KrMethodWrapperObject *)self;
    kr_gc_untrack(self);
    /* f.__call__.__call__... chains nest arbitrarily deep */
    if (kr_trashcan_begin(self, mw_dealloc)) return;
    KR_XDECREF(w->descr);
    KR_XDECREF(w->self);
    KR_TYPE(self)->tp_free(self);
    kr_trashcan_end();
}

static int mw_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KrMethodWrapperObject *w = (KrMethodWrapperObject *)self;
    KR_VISIT(w->descr);
    KR_VISIT(w->self);
    return 0;
}

static KrObject *mw_call(KrObject *self, KrObject *args, KrObject *kwds)
{
    KrMethodWrapperObject *w = (KrMethodWrapperObject *)self;
    return wrapper_raw_call(w->descr, w->self, args, kwds);
}

static KrObject *mw_repr(KrObject *self)
{
    KrMethodWrapperObject *w = (KrMethodWrapperObject *)self;
    return kr_str_from_format("<method-wrapper '%U' of %s object at %p>", w->descr->d_common.d_name,
                              KR_TYPE(w->self)->tp_name, (void *)w->self);
}

static KrObject *mw_richcompare(KrObject *a, KrObject *b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || KR_TYPE(b) != &kr_method_wrapper_type) KR_RETURN_NOTIMPLEMENTED;
    KrMethodWrapperObject *x = (KrMethodWrapperObject *)a, *y = (KrMethodWrapperObject *)b;
    int eq = x->descr == y->descr && x->self == y->self;
    return kr_bool_from(op == KR_EQ ? eq : !eq);
}

static kr_hash_t mw_hash(KrObject *self)
{
    KrMethodWrapperObject *w = (KrMethodWrapperObject *)self;
    kr_hash_t h = kr_hash_pointer(w->self) ^ kr_hash_pointer(w->descr);
    return h == -1 ? -2 : h;
}

static KrObject *mw_get_self(KrObject *self, void *c) { return kr_newref(((KrMethodWrapperObject *)self)->self); }
static KrObject *mw_get_name(KrObject *self, void *c)
{
    return kr_newref(((KrMethodWrapperObject *)self)->descr->d_common.d_name);
}
static KrObject *mw_get_qualname(KrObject *self, void *c)
{
    return descr_get_qualname((KrObject *)((KrMethodWrapperObject *)self)->descr, NULL);
}
static KrObject *mw_get_objclass(KrObject *self, void *c)
{
    return kr_newref(((KrMethodWrapperObject *)self)->descr->d_common.d_type);
}
static KrObject *mw_get_doc(KrObject *self, void *c)
{
    return doc_from_cstr(((KrMethodWrapperObject *)self)->descr->d_base->doc);
}

static KrGetSetDef mw_getsets[] = {
    { "__self__", mw_get_self, NULL, NULL, NULL },
    { "__name__", mw_get_name, NULL, NULL, NULL },
    { "__qualname__", mw_get_qualname, NULL, NULL, NULL },
    { "__objclass__", mw_get_objclass, NULL, NULL, NULL },
    { "__doc__", mw_get_doc, NULL, NULL, NULL },
    { "__text_signature__", descr_get_text_signature, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrTypeObject kr_method_wrapper_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "method-wrapper",
    .tp_basicsize = sizeof(KrMethodWrapperObject),
    .tp_dealloc = mw_dealloc,
    .tp_repr = mw_repr,
    .tp_hash = mw_hash,
    .tp_call = mw_call,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC,
    .tp_traverse = mw_traverse,
    .tp_richcompare = mw_richcompare,
    .tp_getset = mw_getsets,
    .tp_free = kr_object_free,
};

/* ---------------------------------------------------------------------------
 * mappingproxy
 * ------------------------------------------------------------------------ */

typedef struct {
    KrObject ob_base;
    KrObject *mapping;
} KrMappingProxyObject;

#define MP_MAPPING(o) (((KrMappingProxyObject *)(o))->mapping)

static int mappingproxy_check_mapping(KrObject *mapping)
{
    if (!kr_mapping_check(mapping) || KR_LIST_CHECK(mapping) || KR_TUPLE_CHECK(mapping)) {
        kr_err_format(kr_exc_TypeError, "mappingproxy() argument must be a mapping, not %s",
                      KR_TYPE(mapping)->tp_name);
        return -1;
    }
    return 0;
}

KrObject *kr_mappingproxy_new(KrObject *mapping)
{
    KrMappingProxyObject *p = (KrMappingProxyObject *)kr_object_alloc(&kr_mappingproxy_type, 0);
    if (!p) return NULL;
    p->mapping = kr_newref(mapping);
    kr_gc_track(p);
    return (KrObject *)p;
}

static KrObject *mappingproxy_tp_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if (kwds && kr_dict_size(kwds)) {
        if (kr_dict_size(kwds) != 1 || !kr_dict_get_item_str_borrow(kwds, "mapping") || KR_SIZE(args))
            return kr_err_format(kr_exc_TypeError, "mappingproxy() got an unexpected keyword argument");
        KrObject *m = kr_dict_get_item_str_borrow(kwds, "mapping");
        if (mappingproxy_check_mapping(m) < 0) return NULL;
        return kr_mappingproxy_new(m);
    }
    if (KR_SIZE(args) != 1)
        return kr_err_format(kr_exc_TypeError, "mappingproxy() takes exactly one argument (%zd given)",
                             KR_SIZE(args));
    KrObject *m = KR_TUPLE_GET(args, 0);
    if (mappingproxy_check_mapping(m) < 0) return NULL;
    return kr_mappingproxy_new(m);
}

static void mappingproxy_dealloc(KrObject *self)
{
    kr_gc_untrack(self);
    KR_XDECREF(MP_MAPPING(self));
    KR_TYPE(self)->tp_free(self);
}

static int mappingproxy_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KR_VISIT(MP_MAPPING(self));
    return 0;
}

static ssize_t mappingproxy_len(KrObject *self) { return kr_object_length(MP_MAPPING(self)); }
static KrObject *mappingproxy_getitem(KrObject *self, KrObject *key) { return kr_object_getitem(MP_MAPPING(self), key); }
static int mappingproxy_contains(KrObject *self, KrObject *key)
{
    if (KR_DICT_CHECK_EXACT(MP_MAPPING(self))) return kr_dict_contains(MP_MAPPING(self), key);
    return kr_sequence_contains(MP_MAPPING(self), key);
}
static KrObject *mappingproxy_iter(KrObject *self) { return kr_object_get_iter(MP_MAPPING(self)); }
static KrObject *mappingproxy_str(KrObject *self) { return kr_object_str(MP_MAPPING(self)); }
static KrObject *mappingproxy_repr(KrObject *self)
{
    return kr_str_from_format("mappingproxy(%R)", MP_MAPPING(self));
}
static KrObject *mappingproxy_richcompare(KrObject *self, KrObject *other, int op)
{
    return kr_object_richcompare(MP_MAPPING(self), other, op);
}

static KrObject *mappingproxy_or(KrObject *a, KrObject *b)
{
    if (KR_TYPE(a) == &kr_mappingproxy_type) a = MP_MAPPING(a);
    if (KR_TYPE(b) == &kr_mappingproxy_type) b = MP_MAPPING(b);
    return kr_number_binop(a, b, KR_NB_OR);
}

static KrObject *mappingproxy_ior(KrObject *self, KrObject *other)
{
    return kr_err_format(kr_exc_TypeError, "'|=' is not supported by %s; use '|' instead",
                         KR_TYPE(self)->tp_name);
}

static KrObject *mappingproxy_call_method(KrObject *self, const char *name, KrObject *const *args, size_t n)
{
    return kr_object_call_method_str(MP_MAPPING(self), name, args, n);
}

static KrObject *mappingproxy_get(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (nargs < 1 || nargs > 2) {
        if (nargs < 1) return kr_err_format(kr_exc_TypeError, "get expected at least 1 argument, got %zd", nargs);
        return kr_err_format(kr_exc_TypeError, "get expected at most 2 arguments, got %zd", nargs);
    }
    return mappingproxy_call_method(self, "get", args, (size_t)nargs);
}
static KrObject *mappingproxy_keys(KrObject *self, KrObject *u) { return mappingproxy_call_method(self, "keys", NULL, 0); }
static KrObject *mappingproxy_values(KrObject *self, KrObject *u) { return mappingproxy_call_method(self, "values", NULL, 0); }
static KrObject *mappingproxy_items(KrObject *self, KrObject *u) { return mappingproxy_call_method(self, "items", NULL, 0); }
static KrObject *mappingproxy_copy(KrObject *self, KrObject *u) { return mappingproxy_call_method(self, "copy", NULL, 0); }
static KrObject *mappingproxy_reversed(KrObject *self, KrObject *u)
{
    return mappingproxy_call_method(self, "__reversed__", NULL, 0);
}

static KrMethodDef mappingproxy_methods[] = {
    { "get", (void *)mappingproxy_get, KR_METH_FASTCALL, "D.get(k[,d]) -> D[k] if k in D, else d." },
    { "keys", (void *)mappingproxy_keys, KR_METH_NOARGS, "D.keys() -> a set-like object providing a view on D's keys" },
    { "values", (void *)mappingproxy_values, KR_METH_NOARGS, "D.values() -> an object providing a view on D's values" },
    { "items", (void *)mappingproxy_items, KR_METH_NOARGS, "D.items() -> a set-like object providing a view on D's items" },
    { "copy", (void *)mappingproxy_copy, KR_METH_NOARGS, "D.copy() -> a shallow copy of D" },
    { "__reversed__", (void *)mappingproxy_reversed, KR_METH_NOARGS, "D.__reversed__() -> reverse iterator" },
    { "__class_getitem__", (void *)kr_generic_alias_class_getitem, KR_METH_O | KR_METH_CLASS, "See PEP 585" },
    { NULL, NULL, 0, NULL },
};

static KrMappingMethods mappingproxy_as_mapping = {
    .mp_length = mappingproxy_len,
    .mp_subscript = mappingproxy_getitem,
};

static KrSequenceMethods mappingproxy_as_sequence = {
    .sq_contains = mappingproxy_contains,
};

static KrNumberMethods mappingproxy_as_number = {
    .nb_or = mappingproxy_or,
    .nb_inplace_or = mappingproxy_ior,
};

KrTypeObject kr_mappingproxy_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "mappingproxy",
    .tp_basicsize = sizeof(KrMappingProxyObject),
    .tp_dealloc = mappingproxy_dealloc,
    .tp_repr = mappingproxy_repr,
    .tp_as_number = &mappingproxy_as_number,
    .tp_as_sequence = &mappingproxy_as_sequence,
    .tp_as_mapping = &mappingproxy_as_mapping,
    .tp_str = mappingproxy_str,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_MAPPING,
    .tp_traverse = mappingproxy_traverse,
    .tp_richcompare = mappingproxy_richcompare,
    .tp_iter = mappingproxy_iter,
    .tp_methods = mappingproxy_methods,
    .tp_new = mappingproxy_tp_new,
    .tp_free = kr_object_free,
};

int kr_descr_init(void)
{
    KrTypeObject *types[] = {
        &kr_method_descr_type, &kr_classmethod_descr_type, &kr_member_descr_type,
        &kr_getset_descr_type, &kr_wrapper_descr_type, &kr_method_wrapper_type,
        &kr_mappingproxy_type,
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (kr_type_ready(types[i]) < 0) return -1;
    return 0;
}
