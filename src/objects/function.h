/* function.h — the `function` type: a code object bound to its globals,
 * defaults and closure. Calling one from Python enters the VM without C
 * recursion (vm/eval.c); calling one from C goes through its vectorcall. */
#ifndef KR_FUNCTION_H
#define KR_FUNCTION_H
#include "object.h"

typedef struct {
    KrObject ob_base;
    KrObject *func_code;       /* code object */
    KrObject *func_globals;    /* dict */
    KrObject *func_builtins;   /* dict */
    KrObject *func_name;       /* str */
    KrObject *func_qualname;   /* str */
    KrObject *func_defaults;   /* tuple or NULL */
    KrObject *func_kwdefaults; /* dict or NULL */
    KrObject *func_closure;    /* tuple of cells or NULL */
    KrObject *func_doc;        /* any object (None when absent) */
    KrObject *func_dict;       /* __dict__ or NULL */
    KrObject *func_module;     /* __module__ */
    KrObject *func_annotations; /* dict, or a flat (name, value, ...) tuple until first read, or NULL */
    KrObject *func_weakreflist;
    kr_vectorcallfunc vectorcall;
} KrFunctionObject;

extern KrTypeObject kr_function_type;
#define KR_FUNCTION_CHECK(o) (KR_TYPE(o) == &kr_function_type)
#define KR_FUNCTION_CODE(f) (((KrFunctionObject *)(f))->func_code)   /* borrowed */

/* A function for code (borrowed) with globals (borrowed dict): name and
 * qualname come from the code, __doc__ from co_consts[0] if it is a str,
 * __module__ from globals['__name__'], builtins from globals['__builtins__']
 * (a module or dict) or the interpreter's. New ref or NULL. */
KrObject *kr_function_new(KrObject *code, KrObject *globals);

/* The builtins dict implied by a globals dict (borrowed; never NULL). */
KrObject *kr_function_builtins_from_globals(KrObject *globals);

int kr_function_init(void);
#endif
