/* method.c — bound methods: `method` objects made when a function is
 * looked up through an instance (f.__get__(obj)). Calling one prepends
 * __self__ without copying the arguments when the caller allows it. */
#include "method.h"
#include "call.h"
#include "type.h"
#include "str.h"
#include "int.h"
#include "dict.h"
#include "tuple.h"
#include "hash.h"
#include "ids.h"
#include "../memory/gc.h"
#include "trashcan.h"
#include "../memory/mem.h"
#include "../vm/err.h"
#include "../vm/state.h"

static KrObject *method_vectorcall(KrObject *callable, KrObject *const *args, size_t nargsf,
                                   KrObject *kwnames)
{
    KrMethodObject *m = (KrMethodObject *)callable;
    KrObject *self = m->im_self, *func = m->im_func;
    ssize_t nargs = kr_vectorcall_nargs(nargsf);
    if (nargsf & KR_VECTORCALL_ARGS_OFFSET) {
        /* the caller lent us args[-1]: put self there */
        KrObject **newargs = (KrObject **)args - 1;
        KrObject *saved = newargs[0];
        newargs[0] = self;
        KrObject *res = kr_object_vectorcall(func, newargs, (size_t)(nargs + 1), kwnames);
        newargs[0] = saved;
        return res;
    }
    ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
    ssize_t total = nargs + nkw;
    KrObject *small[8];
    KrObject **newargs = total + 1 <= 8 ? small : kr_mem_alloc(sizeof(KrObject *) * (size_t)(total + 1));
    if (!newargs) return kr_err_no_memory();
    newargs[0] = self;
    for (ssize_t i = 0; i < total; i++) newargs[i + 1] = args[i];
    KrObject *res = kr_object_vectorcall(func, newargs, (size_t)(nargs + 1), kwnames);
    if (newargs != small) kr_mem_free(newargs);
    return res;
}

KrObject *kr_method_new(KrObject *func, KrObject *self)
{
    if (!self) return kr_err_bad_internal_call();
    KrMethodObject *m = (KrMethodObject *)kr_object_alloc(&kr_method_type, 0);
    if (!m) return NULL;
    m->im_func = kr_newref(func);
    m->im_self = kr_newref(self);
    m->vectorcall = method_vectorcall;
    kr_gc_track(m);
    return (KrObject *)m;
}

static KrObject *method_tp_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if (kwds && kr_dict_size(kwds))
        return kr_err_format(kr_exc_TypeError, "method() takes no keyword arguments");
    if (KR_SIZE(args) != 2)
        return kr_err_format(kr_exc_TypeError, "method expected 2 arguments, got %zd", KR_SIZE(args));
    KrObject *func = KR_TUPLE_GET(args, 0), *self = KR_TUPLE_GET(args, 1);
    if (!kr_callable_check(func)) return kr_err_format(kr_exc_TypeError, "first argument must be callable");
    if (self == KR_NONE) return kr_err_format(kr_exc_TypeError, "instance must not be None");
    return kr_method_new(func, self);
}

static void method_dealloc(KrObject *self)
{
    KrMethodObject *m = (KrMethodObject *)self;
    kr_gc_untrack(self);
    if (kr_trashcan_begin(self, method_dealloc)) return;
    if (m->im_weakreflist && kr_weakref_clear_refs) kr_weakref_clear_refs(self);
    KR_XDECREF(m->im_func);
    KR_XDECREF(m->im_self);
    KR_TYPE(self)->tp_free(self);
    kr_trashcan_end();
}

static int method_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KrMethodObject *m = (KrMethodObject *)self;
    KR_VISIT(m->im_func);
    KR_VISIT(m->im_self);
    return 0;
}

static KrObject *method_repr(KrObject *self)
{
    KrMethodObject *m = (KrMethodObject *)self;
    KrObject *name;
    if (kr_object_lookup_attr(m->im_func, KR_ID(__qualname__), &name) < 0) return NULL;
    if (!name && kr_object_lookup_attr(m->im_func, KR_ID(__name__), &name) < 0) return NULL;
    if (name && !KR_STR_CHECK(name)) KR_CLEAR(name);
    KrObject *res;
    if (name) res = kr_str_from_format("<bound method %U of %R>", name, m->im_self);
    else res = kr_str_from_format("<bound method ? of %R>", m->im_self);
    KR_XDECREF(name);
    return res;
}

static KrObject *method_richcompare(KrObject *a, KrObject *b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || !KR_METHOD_CHECK(a) || !KR_METHOD_CHECK(b)) KR_RETURN_NOTIMPLEMENTED;
    KrMethodObject *x = (KrMethodObject *)a, *y = (KrMethodObject *)b;
    int eq = kr_object_richcompare_bool(x->im_func, y->im_func, KR_EQ);
    if (eq < 0) return NULL;
    if (eq) eq = x->im_self == y->im_self;
    return kr_bool_from(op == KR_EQ ? eq : !eq);
}

static kr_hash_t method_hash(KrObject *self)
{
    KrMethodObject *m = (KrMethodObject *)self;
    kr_hash_t x = kr_hash_pointer(m->im_self);
    kr_hash_t y = kr_object_hash(m->im_func);
    if (y == -1) return -1;
    x ^= y;
    return x == -1 ? -2 : x;
}

/* Attributes not found on the method come from the function (__doc__,
 * __name__, __wrapped__ ...). */
static KrObject *method_getattro(KrObject *self, KrObject *name)
{
    KrMethodObject *m = (KrMethodObject *)self;
    KrTypeObject *tp = KR_TYPE(self);
    KrObject *descr = kr_type_lookup(tp, name);
    if (descr) {
        kr_descrgetfunc f = KR_TYPE(descr)->tp_descr_get;
        if (f) return f(descr, self, (KrObject *)tp);
        return kr_newref(descr);
    }
    return kr_object_getattr(m->im_func, name);
}

static KrObject *method_descr_get(KrObject *self, KrObject *obj, KrObject *type)
{
    return kr_newref(self);
}

static KrObject *method_get_doc(KrObject *self, void *c)
{
    return kr_object_getattr(((KrMethodObject *)self)->im_func, KR_ID(__doc__));
}

static KrObject *method_get_func(KrObject *self, void *c) { return kr_newref(((KrMethodObject *)self)->im_func); }
static KrObject *method_get_self(KrObject *self, void *c) { return kr_newref(((KrMethodObject *)self)->im_self); }

static KrObject *method___reduce__(KrObject *self, KrObject *unused)
{
    KrMethodObject *m = (KrMethodObject *)self;
    KrObject *name = kr_object_getattr(m->im_func, KR_ID(__name__));
    if (!name) return NULL;
    KrObject *getattr = kr_interp.builtins ? kr_dict_get_item_str_borrow(kr_interp.builtins, "getattr") : NULL;
    KrObject *res = NULL;
    if (getattr) {
        KrObject *args = kr_tuple_pack(2, m->im_self, name);
        if (args) res = kr_tuple_pack(2, getattr, args);
        KR_XDECREF(args);
    } else if (!kr_err_occurred()) {
        kr_err_set_string(kr_exc_RuntimeError, "builtins.getattr not found");
    }
    KR_DECREF(name);
    return res;
}

static KrGetSetDef method_getsets[] = {
    { "__doc__", method_get_doc, NULL, NULL, NULL },
    { "__func__", method_get_func, NULL, "the function (or other callable) implementing a method", NULL },
    { "__self__", method_get_self, NULL, "the instance to which a method is bound", NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static KrMethodDef method_methods[] = {
    { "__reduce__", (void *)method___reduce__, KR_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_method_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "method",
    .tp_basicsize = sizeof(KrMethodObject),
    .tp_dealloc = method_dealloc,
    .tp_vectorcall_offset = offsetof(KrMethodObject, vectorcall),
    .tp_repr = method_repr,
    .tp_hash = method_hash,
    .tp_call = kr_vectorcall_call,
    .tp_getattro = method_getattro,
    .tp_setattro = kr_object_generic_setattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_HAVE_VECTORCALL,
    .tp_doc = "Create a bound instance method object.",
    .tp_traverse = method_traverse,
    .tp_richcompare = method_richcompare,
    .tp_weaklistoffset = offsetof(KrMethodObject, im_weakreflist),
    .tp_methods = method_methods,
    .tp_getset = method_getsets,
    .tp_descr_get = method_descr_get,
    .tp_new = method_tp_new,
    .tp_free = kr_object_free,
};

int kr_method_init(void) { return kr_type_ready(&kr_method_type); }
