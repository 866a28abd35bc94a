/* cfunction.c — `builtin_function_or_method`: module functions (len) and C
 * methods bound to their instance ([].append). Called through vectorcall. */
#include "cfunction.h"
#include "call.h"
#include "descr.h"
#include "type.h"
#include "str.h"
#include "int.h"
#include "dict.h"
#include "tuple.h"
#include "module.h"
#include "hash.h"
#include "ids.h"
#include "../memory/gc.h"
#include "trashcan.h"
#include "../vm/err.h"
#include "../vm/state.h"

#include <stdio.h>
#include <string.h>

/* "list.append" or "len": the name used in argument-count messages. */
void kr_cfunction_qualname_buf(KrCFunctionObject *f, char *buf, size_t size)
{
    KrObject *self = f->m_self;
    if (!self || KR_MODULE_CHECK(self)) {
        /* "sys.setrecursionlimit()" but "len()", as _PyObject_FunctionStr */
        KrObject *mod = f->m_module;
        if (!mod && self) mod = ((KrModuleObject *)self)->md_name;
        const char *m = (mod && KR_STR_CHECK(mod)) ? kr_str_as_utf8(mod, NULL) : NULL;
        if (!m) kr_err_clear();
        if (m && strcmp(m, "builtins") != 0)
            snprintf(buf, size, "%s.%s", m, f->m_ml->ml_name);
        else
            snprintf(buf, size, "%s", f->m_ml->ml_name);
        return;
    }
    KrTypeObject *t = KR_TYPE_CHECK(self) ? (KrTypeObject *)self : KR_TYPE(self);
    const char *tn = t->tp_name;
    if (t->tp_flags & KR_TPFLAGS_HEAPTYPE) {
        const char *q = kr_str_as_utf8(((KrHeapTypeObject *)t)->ht_qualname, NULL);
        if (q) tn = q;
        else kr_err_clear();
    } else {
        const char *dot = strrchr(tn, '.');
        if (dot) tn = dot + 1;
    }
    snprintf(buf, size, "%s.%s", tn, f->m_ml->ml_name);
}

static KrObject *cfunction_vectorcall(KrObject *callable, KrObject *const *args, size_t nargsf,
                                      KrObject *kwnames)
{
    KrCFunctionObject *f = (KrCFunctionObject *)callable;
    KrMethodDef *ml = f->m_ml;
    ssize_t nargs = kr_vectorcall_nargs(nargsf);
    int flags = ml->ml_flags & ~(KR_METH_CLASS | KR_METH_STATIC | KR_METH_COEXIST);
    /* fast paths that need no message buffer */
    if (!kwnames || KR_SIZE(kwnames) == 0) {
        if (flags == KR_METH_O && nargs == 1) return ((kr_cfunction)ml->ml_meth)(f->m_self, args[0]);
        if (flags == KR_METH_NOARGS && nargs == 0) return ((kr_cfunction)ml->ml_meth)(f->m_self, NULL);
        if (flags == KR_METH_FASTCALL) return ((kr_cfunction_fast)ml->ml_meth)(f->m_self, args, nargs);
        if (flags == (KR_METH_FASTCALL | KR_METH_KEYWORDS))
            return ((kr_cfunction_fast_kw)ml->ml_meth)(f->m_self, args, nargs, NULL);
    }
    /* CPython's cfunction_call names a VARARGS function by its bare name */
    if (flags == KR_METH_VARARGS && kwnames && KR_SIZE(kwnames) > 0)
        return kr_err_format(kr_exc_TypeError, "%s() takes no keyword arguments", ml->ml_name);
    return kr_methoddef_vectorcall(ml, f->m_self, callable, args, nargsf, kwnames);
}

KrObject *kr_cfunction_new(KrMethodDef *ml, KrObject *self, KrObject *module)
{
    KrCFunctionObject *f = (KrCFunctionObject *)kr_object_alloc(&kr_cfunction_type, 0);
    if (!f) return NULL;
    f->m_ml = ml;
    f->m_self = kr_xnewref(self);
    f->m_module = kr_xnewref(module);
    f->vectorcall = cfunction_vectorcall;
    kr_gc_track(f);
    return (KrObject *)f;
}

static void cfunction_dealloc(KrObject *self)
{
    KrCFunctionObject *f = (KrCFunctionObject *)self;
    kr_gc_untrack(self);
    if (kr_trashcan_begin(self, cfunction_dealloc)) return;
    if (f->m_weaklist && kr_weakref_clear_refs) kr_weakref_clear_refs(self);
    KR_XDECREF(f->m_self);
    KR_XDECREF(f->m_module);
    KR_TYPE(self)->tp_free(self);
    kr_trashcan_end();
}

static int cfunction_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KrCFunctionObject *f = (KrCFunctionObject *)self;
    KR_VISIT(f->m_self);
    KR_VISIT(f->m_module);
    return 0;
}

static KrObject *cfunction_repr(KrObject *self)
{
    KrCFunctionObject *f = (KrCFunctionObject *)self;
    if (!f->m_self || KR_MODULE_CHECK(f->m_self))
        return kr_str_from_format("<built-in function %s>", f->m_ml->ml_name);
    return kr_str_from_format("<built-in method %s of %s object at %p>", f->m_ml->ml_name,
                              KR_TYPE(f->m_self)->tp_name, (void *)f->m_self);
}

static KrObject *cfunction_richcompare(KrObject *a, KrObject *b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || !KR_CFUNCTION_CHECK(b)) KR_RETURN_NOTIMPLEMENTED;
    KrCFunctionObject *x = (KrCFunctionObject *)a, *y = (KrCFunctionObject *)b;
    int eq = x->m_self == y->m_self && x->m_ml->ml_meth == y->m_ml->ml_meth;
    return kr_bool_from(op == KR_EQ ? eq : !eq);
}

static kr_hash_t cfunction_hash(KrObject *self)
{
    KrCFunctionObject *f = (KrCFunctionObject *)self;
    kr_hash_t x = f->m_self ? kr_hash_pointer(f->m_self) : 0;
    kr_hash_t y = kr_hash_pointer(f->m_ml->ml_meth);
    x ^= y;
    return x == -1 ? -2 : x;
}

static KrObject *cfunction_get_doc(KrObject *self, void *c)
{
    const char *doc = ((KrCFunctionObject *)self)->m_ml->ml_doc;
    if (!doc) KR_RETURN_NONE;
    return kr_str_from_cstr(doc);
}

static KrObject *cfunction_get_name(KrObject *self, void *c)
{
    return kr_str_from_cstr(((KrCFunctionObject *)self)->m_ml->ml_name);
}

static KrObject *cfunction_get_qualname(KrObject *self, void *c)
{
    KrCFunctionObject *f = (KrCFunctionObject *)self;
    if (!f->m_self || KR_MODULE_CHECK(f->m_self)) return kr_str_from_cstr(f->m_ml->ml_name);
    KrObject *t = KR_TYPE_CHECK(f->m_self) ? f->m_self : (KrObject *)KR_TYPE(f->m_self);
    KrObject *tq = kr_object_getattr(t, KR_ID(__qualname__));
    if (!tq) return NULL;
    KrObject *res = kr_str_from_format("%S.%s", tq, f->m_ml->ml_name);
    KR_DECREF(tq);
    return res;
}

static KrObject *cfunction_get_self(KrObject *self, void *c)
{
    KrObject *s = ((KrCFunctionObject *)self)->m_self;
    return kr_newref(s ? s : KR_NONE);
}

static KrObject *cfunction_get_text_signature(KrObject *self, void *c) { KR_RETURN_NONE; }

static KrObject *cfunction_get_module(KrObject *self, void *c)
{
    KrCFunctionObject *f = (KrCFunctionObject *)self;
    if (f->m_module) return kr_newref(f->m_module);
    if (f->m_self && KR_MODULE_CHECK(f->m_self))
        return kr_newref(((KrModuleObject *)f->m_self)->md_name ? ((KrModuleObject *)f->m_self)->md_name : KR_NONE);
    KR_RETURN_NONE;
}

static int cfunction_set_module(KrObject *self, KrObject *value, void *c)
{
    KrCFunctionObject *f = (KrCFunctionObject *)self;
    KR_XINCREF(value);
    KR_SETREF(f->m_module, value);
    return 0;
}

static KrObject *cfunction_reduce(KrObject *self, KrObject *unused)
{
    KrCFunctionObject *f = (KrCFunctionObject *)self;
    if (!f->m_self || KR_MODULE_CHECK(f->m_self)) return kr_str_from_cstr(f->m_ml->ml_name);
    KrObject *getattr = kr_interp.builtins ? kr_dict_get_item_str_borrow(kr_interp.builtins, "getattr") : NULL;
    if (!getattr) return kr_err_format(kr_exc_RuntimeError, "builtins.getattr not found");
    KR_INCREF(getattr);
    KrObject *name = kr_str_from_cstr(f->m_ml->ml_name);
    KrObject *args = name ? kr_tuple_pack(2, f->m_self, name) : NULL;
    KrObject *res = args ? kr_tuple_pack(2, getattr, args) : NULL;
    KR_XDECREF(name);
    KR_XDECREF(args);
    KR_DECREF(getattr);
    return res;
}

static KrGetSetDef cfunction_getsets[] = {
    { "__doc__", cfunction_get_doc, NULL, NULL, NULL },
    { "__name__", cfunction_get_name, NULL, NULL, NULL },
    { "__qualname__", cfunction_get_qualname, NULL, NULL, NULL },
    { "__self__", cfunction_get_self, NULL, NULL, NULL },
    { "__text_signature__", cfunction_get_text_signature, NULL, NULL, NULL },
    { "__module__", cfunction_get_module, cfunction_set_module, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static KrMethodDef cfunction_methods[] = {
    { "__reduce__", (void *)cfunction_reduce, KR_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_cfunction_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "builtin_function_or_method",
    .tp_basicsize = sizeof(KrCFunctionObject),
    .tp_dealloc = cfunction_dealloc,
    .tp_vectorcall_offset = offsetof(KrCFunctionObject, vectorcall),
    .tp_repr = cfunction_repr,
    .tp_hash = cfunction_hash,
    .tp_call = kr_vectorcall_call,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_HAVE_VECTORCALL,
    .tp_traverse = cfunction_traverse,
    .tp_richcompare = cfunction_richcompare,
    .tp_weaklistoffset = offsetof(KrCFunctionObject, m_weaklist),
    .tp_methods = cfunction_methods,
    .tp_getset = cfunction_getsets,
    .tp_free = kr_object_free,
};

int kr_cfunction_init(void) { return kr_type_ready(&kr_cfunction_type); }
