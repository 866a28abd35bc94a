/* function.c — the `function` type (types.FunctionType): attributes,
 * repr, binding as a method (__get__), and the vectorcall entry that runs
 * the code in the VM (vm/eval_call.c). */
#include "function.h"
#include "code.h"
#include "dict.h"
#include "str.h"
#include "tuple.h"
#include "module.h"
#include "method.h"
#include "cell.h"
#include "type.h"
#include "args.h"
#include "ids.h"
#include "call.h"
#include "trashcan.h"
#include "../memory/gc.h"
#include "../vm/err.h"
#include "../vm/state.h"
#include "../vm/eval.h"

#include <stddef.h>

KrObject *kr_function_builtins_from_globals(KrObject *globals)
{
    KrObject *b = kr_dict_get_item_borrow(globals, KR_ID(__builtins__));
    if (!b) {
        if (kr_err_occurred()) kr_err_clear();
        return kr_interp.builtins;
    }
    if (KR_MODULE_CHECK(b)) return kr_module_get_dict_borrow(b);
    if (KR_DICT_CHECK(b)) return b;
    return kr_interp.builtins;
}

KrObject *kr_function_new(KrObject *code, KrObject *globals)
{
    KrCodeObject *co = (KrCodeObject *)code;
    KrFunctionObject *f = KR_NEW(KrFunctionObject, &kr_function_type);
    if (!f) return NULL;
    f->func_code = kr_newref(code);
    f->func_globals = kr_newref(globals);
    KrObject *b = kr_function_builtins_from_globals(globals);
    f->func_builtins = kr_xnewref(b);
    f->func_name = kr_newref(co->co_name);
    f->func_qualname = kr_newref(co->co_qualname ? co->co_qualname : co->co_name);
    KrObject *doc = KR_NONE;
    if (KR_SIZE(co->co_consts) > 0 && KR_STR_CHECK(KR_TUPLE_GET(co->co_consts, 0)))
        doc = KR_TUPLE_GET(co->co_consts, 0);
    f->func_doc = kr_newref(doc);
    KrObject *mod = kr_dict_get_item_borrow(globals, KR_ID(__name__));
    if (!mod && kr_err_occurred()) kr_err_clear();
    f->func_module = kr_xnewref(mod);
    f->vectorcall = kr_eval_function_vectorcall;
    kr_gc_track(f);
    return (KrObject *)f;
}

static void function_dealloc(KrObject *o)
{
    KrFunctionObject *f = (KrFunctionObject *)o;
    kr_gc_untrack(o);
    if (kr_trashcan_begin(o, function_dealloc)) return;
    if (f->func_weakreflist && kr_weakref_clear_refs) kr_weakref_clear_refs(o);
    KR_CLEAR(f->func_code);
    KR_CLEAR(f->func_globals);
    KR_CLEAR(f->func_builtins);
    KR_CLEAR(f->func_name);
    KR_CLEAR(f->func_qualname);
    KR_CLEAR(f->func_defaults);
    KR_CLEAR(f->func_kwdefaults);
    KR_CLEAR(f->func_closure);
    KR_CLEAR(f->func_doc);
    KR_CLEAR(f->func_dict);
    KR_CLEAR(f->func_module);
    KR_CLEAR(f->func_annotations);
    KR_TYPE(o)->tp_free(o);
    kr_trashcan_end();
}

static int function_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrFunctionObject *f = (KrFunctionObject *)o;
    KR_VISIT(f->func_code);
    KR_VISIT(f->func_globals);
    KR_VISIT(f->func_builtins);
    KR_VISIT(f->func_name);
    KR_VISIT(f->func_qualname);
    KR_VISIT(f->func_defaults);
    KR_VISIT(f->func_kwdefaults);
    KR_VISIT(f->func_closure);
    KR_VISIT(f->func_doc);
    KR_VISIT(f->func_dict);
    KR_VISIT(f->func_module);
    KR_VISIT(f->func_annotations);
    return 0;
}

static int function_clear(KrObject *o)
{
    KrFunctionObject *f = (KrFunctionObject *)o;
    KR_CLEAR(f->func_defaults);
    KR_CLEAR(f->func_kwdefaults);
    KR_CLEAR(f->func_closure);
    KR_CLEAR(f->func_doc);
    KR_CLEAR(f->func_dict);
    KR_CLEAR(f->func_module);
    KR_CLEAR(f->func_annotations);
    return 0;
}

static KrObject *function_repr(KrObject *o)
{
    return kr_str_from_format("<function %U at %p>", ((KrFunctionObject *)o)->func_qualname, o);
}

/* Functions are method descriptors: looked up on an instance they bind. */
static KrObject *function_descr_get(KrObject *func, KrObject *obj, KrObject *type)
{
    if (obj == NULL || obj == KR_NONE) return kr_newref(func);
    return kr_method_new(func, obj);
}

/* ---- attributes ---------------------------------------------------------- */

static KrObject *func_get_code(KrObject *o, void *c) { return kr_newref(((KrFunctionObject *)o)->func_code); }
static int func_set_code(KrObject *o, KrObject *v, void *c)
{
    KrFunctionObject *f = (KrFunctionObject *)o;
    if (!v || !KR_CODE_CHECK(v)) {
        kr_err_set_string(kr_exc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    int nfree = ((KrCodeObject *)v)->co_nfreevars;
    int nclosure = f->func_closure ? (int)KR_SIZE(f->func_closure) : 0;
    if (nclosure != nfree) {
        kr_err_format(kr_exc_ValueError, "%U() requires a code object with %zd free vars, not %zd",
                      f->func_name, (ssize_t)nclosure, (ssize_t)nfree);
        return -1;
    }
    KR_SETREF(f->func_code, kr_newref(v));
    return 0;
}

static KrObject *func_get_defaults(KrObject *o, void *c)
{
    KrObject *d = ((KrFunctionObject *)o)->func_defaults;
    return kr_newref(d ? d : KR_NONE);
}
static int func_set_defaults(KrObject *o, KrObject *v, void *c)
{
    if (v == KR_NONE) v = NULL;
    if (v && !KR_TUPLE_CHECK(v)) {
        kr_err_set_string(kr_exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    if (v && KR_SIZE(v) == 0) v = NULL;
    KR_SETREF(((KrFunctionObject *)o)->func_defaults, kr_xnewref(v));
    return 0;
}

static KrObject *func_get_kwdefaults(KrObject *o, void *c)
{
    KrObject *d = ((KrFunctionObject *)o)->func_kwdefaults;
    return kr_newref(d ? d : KR_NONE);
}
static int func_set_kwdefaults(KrObject *o, KrObject *v, void *c)
{
    if (v == KR_NONE) v = NULL;
    if (v && !KR_DICT_CHECK(v)) {
        kr_err_set_string(kr_exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    KR_SETREF(((KrFunctionObject *)o)->func_kwdefaults, kr_xnewref(v));
    return 0;
}

/* MAKE_FUNCTION may store annotations as a flat tuple (name, value, ...);
 * the dict is made on first access. */
static KrObject *func_get_annotations(KrObject *o, void *c)
{
    KrFunctionObject *f = (KrFunctionObject *)o;
    if (!f->func_annotations) {
        f->func_annotations = kr_dict_new();
        if (!f->func_annotations) return NULL;
    } else if (KR_TUPLE_CHECK(f->func_annotations)) {
        KrObject *t = f->func_annotations;
        KrObject *d = kr_dict_new();
        if (!d) return NULL;
        for (ssize_t i = 0; i + 1 < KR_SIZE(t); i += 2) {
            if (kr_dict_set_item(d, KR_TUPLE_GET(t, i), KR_TUPLE_GET(t, i + 1)) < 0) {
                KR_DECREF(d);
                return NULL;
            }
        }
        KR_SETREF(f->func_annotations, d);
    }
    return kr_newref(f->func_annotations);
}
static int func_set_annotations(KrObject *o, KrObject *v, void *c)
{
    if (v == KR_NONE) v = NULL;
    if (v && !KR_DICT_CHECK(v)) {
        kr_err_set_string(kr_exc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    KR_SETREF(((KrFunctionObject *)o)->func_annotations, kr_xnewref(v));
    return 0;
}

static KrObject *func_get_name(KrObject *o, void *c) { return kr_newref(((KrFunctionObject *)o)->func_name); }
static int func_set_name(KrObject *o, KrObject *v, void *c)
{
    if (!v || !KR_STR_CHECK(v)) {
        kr_err_set_string(kr_exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    KR_SETREF(((KrFunctionObject *)o)->func_name, kr_newref(v));
    return 0;
}

static KrObject *func_get_qualname(KrObject *o, void *c) { return kr_newref(((KrFunctionObject *)o)->func_qualname); }
static int func_set_qualname(KrObject *o, KrObject *v, void *c)
{
    if (!v || !KR_STR_CHECK(v)) {
        kr_err_set_string(kr_exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    KR_SETREF(((KrFunctionObject *)o)->func_qualname, kr_newref(v));
    return 0;
}

static KrObject *func_get_dict(KrObject *o, void *c)
{
    return kr_object_dict_slot_get(&((KrFunctionObject *)o)->func_dict);
}
static int func_set_dict(KrObject *o, KrObject *v, void *c)
{
    return kr_object_dict_slot_set(&((KrFunctionObject *)o)->func_dict, v, 0);
}

static KrObject *func_get_doc(KrObject *o, void *c)
{
    KrObject *d = ((KrFunctionObject *)o)->func_doc;
    return kr_newref(d ? d : KR_NONE);
}
static int func_set_doc(KrObject *o, KrObject *v, void *c)
{
    KR_SETREF(((KrFunctionObject *)o)->func_doc, kr_newref(v ? v : KR_NONE));
    return 0;
}

static KrObject *func_get_module(KrObject *o, void *c)
{
    KrObject *d = ((KrFunctionObject *)o)->func_module;
    return kr_newref(d ? d : KR_NONE);
}
static int func_set_module(KrObject *o, KrObject *v, void *c)
{
    KR_SETREF(((KrFunctionObject *)o)->func_module, kr_newref(v ? v : KR_NONE));
    return 0;
}

static KrGetSetDef function_getset[] = {
    { "__code__", func_get_code, func_set_code, NULL, NULL },
    { "__defaults__", func_get_defaults, func_set_defaults, NULL, NULL },
    { "__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults, NULL, NULL },
    { "__annotations__", func_get_annotations, func_set_annotations, NULL, NULL },
    { "__dict__", func_get_dict, func_set_dict, NULL, NULL },
    { "__name__", func_get_name, func_set_name, NULL, NULL },
    { "__qualname__", func_get_qualname, func_set_qualname, NULL, NULL },
    { "__doc__", func_get_doc, func_set_doc, NULL, NULL },
    { "__module__", func_get_module, func_set_module, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static KrMemberDef function_members[] = {
    { "__closure__", KR_T_OBJECT, offsetof(KrFunctionObject, func_closure), KR_READONLY, NULL },
    { "__globals__", KR_T_OBJECT, offsetof(KrFunctionObject, func_globals), KR_READONLY, NULL },
    { "__builtins__", KR_T_OBJECT, offsetof(KrFunctionObject, func_builtins), KR_READONLY, NULL },
    { NULL, 0, 0, 0, NULL },
};

/* function(code, globals, name=None, argdefs=None, closure=None) */
static KrObject *function_new(KrTypeObject *t, KrObject *args, KrObject *kwds)
{
    static const char *const names[] = { "code", "globals", "name", "argdefs", "closure", NULL };
    static const KrArgSpec spec = { "function", names, 0, 5, 2 };
    KrObject *a[5] = { NULL };
    KrObject *kwnames = NULL, **stack = NULL;
    ssize_t nargs = KR_SIZE(args);
    if (kwds && kr_dict_size(kwds) > 0) {
        if (kr_call_dict_to_stack(KR_TUPLE_ITEMS(args), nargs, kwds, &stack, &kwnames) < 0)
            return NULL;
    }
    int rc = kr_args_parse(&spec, stack ? stack : KR_TUPLE_ITEMS(args), nargs, kwnames, a);
    KrObject *result = NULL;
    if (rc < 0) goto done;
    if (!KR_CODE_CHECK(a[0])) {
        kr_err_format(kr_exc_TypeError, "function() argument 'code' must be code, not %T", a[0]);
        goto done;
    }
    if (!KR_DICT_CHECK(a[1])) {
        kr_err_format(kr_exc_TypeError, "function() argument 'globals' must be dict, not %T", a[1]);
        goto done;
    }
    if (a[2] && a[2] != KR_NONE && !KR_STR_CHECK(a[2])) {
        kr_err_set_string(kr_exc_TypeError, "arg 3 (name) must be None or string");
        goto done;
    }
    if (a[3] && a[3] != KR_NONE && !KR_TUPLE_CHECK(a[3])) {
        kr_err_set_string(kr_exc_TypeError, "arg 4 (defaults) must be None or tuple");
        goto done;
    }
    KrCodeObject *co = (KrCodeObject *)a[0];
    ssize_t nclosure = (a[4] && a[4] != KR_NONE) ? -1 : 0;
    if (a[4] && a[4] != KR_NONE) {
        if (!KR_TUPLE_CHECK(a[4])) {
            kr_err_set_string(kr_exc_TypeError, "arg 5 (closure) must be tuple");
            goto done;
        }
        nclosure = KR_SIZE(a[4]);
    }
    if (co->co_nfreevars != nclosure) {
        if (nclosure == 0)
            kr_err_format(kr_exc_TypeError, "arg 5 (closure) must be tuple");
        else
            kr_err_format(kr_exc_ValueError, "%U requires closure of length %zd, not %zd",
                          co->co_name, (ssize_t)co->co_nfreevars, nclosure);
        goto done;
    }
    for (ssize_t i = 0; i < nclosure; i++) {
        if (!KR_CELL_CHECK(KR_TUPLE_GET(a[4], i))) {
            kr_err_format(kr_exc_TypeError, "arg 5 (closure) expected cell, found %T",
                          KR_TUPLE_GET(a[4], i));
            goto done;
        }
    }
    result = kr_function_new(a[0], a[1]);
    if (!result) goto done;
    KrFunctionObject *f = (KrFunctionObject *)result;
    if (a[2] && a[2] != KR_NONE) KR_SETREF(f->func_name, kr_newref(a[2]));
    if (a[3] && a[3] != KR_NONE && KR_SIZE(a[3]) > 0) f->func_defaults = kr_newref(a[3]);
    if (nclosure > 0) f->func_closure = kr_newref(a[4]);
done:
    if (stack) kr_call_free_stack(stack, nargs + (kwnames ? KR_SIZE(kwnames) : 0));
    KR_XDECREF(kwnames);
    return result;
}

KrTypeObject kr_function_type = {
    KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "function",
    .tp_basicsize = sizeof(KrFunctionObject),
    .tp_dealloc = function_dealloc,
    .tp_vectorcall_offset = offsetof(KrFunctionObject, vectorcall),
    .tp_repr = function_repr,
    .tp_call = kr_vectorcall_call,
    .tp_getattro = kr_object_generic_getattr,
    .tp_setattro = kr_object_generic_setattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_HAVE_VECTORCALL |
                KR_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_doc = "Create a function object.\n\n  code\n    a code object\n  globals\n"
              "    the globals dictionary\n  name\n    a string that overrides the name from "
              "the code object\n  argdefs\n    a tuple that specifies the default argument "
              "values\n  closure\n    a tuple that supplies the bindings for free variables",
    .tp_traverse = function_traverse,
    .tp_clear = function_clear,
    .tp_weaklistoffset = offsetof(KrFunctionObject, func_weakreflist),
    .tp_members = function_members,
    .tp_getset = function_getset,
    .tp_descr_get = function_descr_get,
    .tp_dictoffset = offsetof(KrFunctionObject, func_dict),
    .tp_new = function_new,
    .tp_free = kr_object_free,
};

int kr_function_init(void) { return kr_type_ready(&kr_function_type); }
