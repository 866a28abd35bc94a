/* exceptions.c — the built-in exception classes: BaseException's layout and
 * behaviour (args, traceback, context/cause chaining, notes, pickling), the
 * classes with extra fields (StopIteration, SystemExit, ImportError, NameError,
 * AttributeError, KeyError) and the static type objects of the whole X-macro
 * hierarchy. OSError, SyntaxError, the Unicode errors and exception groups
 * live in exceptions_more.c. */
#include <string.h>
#include "exceptions.h"
#include "exceptions_more.h"
#include "type.h"
#include "str.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"
#include "ids.h"
#include "abstract.h"
#include "call.h"
#include "traceback_obj.h"
#include "trashcan.h"
#include "../memory/gc.h"
#include "../vm/err.h"


/* ---------------------------------------------------------------------------
 * BaseException
 * ------------------------------------------------------------------------ */

#define EXC(o) ((KrBaseExceptionObject *)(o))

KrObject *kr_exc_base_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    KrBaseExceptionObject *self = (KrBaseExceptionObject *)type->tp_alloc(type, 0);
    if (!self) return NULL;
    if (args && KR_TUPLE_CHECK(args)) {
        self->args = kr_newref(args);
    } else {
        self->args = kr_tuple_new(0);
        if (!self->args) { KR_DECREF(self); return NULL; }
    }
    if (KR_OBJECT_IS_GC(self)) kr_gc_track(self);
    return (KrObject *)self;
}

int kr_exc_no_keywords(KrObject *self, KrObject *kwds)
{
    if (kwds && KR_DICT_CHECK(kwds) && kr_dict_size(kwds) > 0) {
        kr_err_format(kr_exc_TypeError, "%s() takes no keyword arguments", KR_TYPE(self)->tp_name);
        return -1;
    }
    return 0;
}

int kr_exc_base_init(KrObject *self, KrObject *args, KrObject *kwds)
{
    if (kr_exc_no_keywords(self, kwds) < 0) return -1;
    if (args) KR_SETREF(EXC(self)->args, kr_newref(args));
    return 0;
}

int kr_exc_base_clear(KrObject *o)
{
    KrBaseExceptionObject *self = EXC(o);
    KR_CLEAR(self->dict);
    KR_CLEAR(self->args);
    KR_CLEAR(self->notes);
    KR_CLEAR(self->traceback);
    KR_CLEAR(self->cause);
    KR_CLEAR(self->context);
    return 0;
}

int kr_exc_base_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrBaseExceptionObject *self = EXC(o);
    KR_VISIT(self->dict);
    KR_VISIT(self->args);
    KR_VISIT(self->notes);
    KR_VISIT(self->traceback);
    KR_VISIT(self->cause);
    KR_VISIT(self->context);
    return 0;
}

/* Every layout's dealloc: untrack, let the layout's clear drop the fields,
 * free. Subclass (heap type) deallocation reaches here through
 * kr_type_subtype_dealloc. */
void kr_exc_generic_dealloc(KrObject *o)
{
    KrTypeObject *t = KR_TYPE(o);
    if (KR_OBJECT_IS_GC(o)) kr_gc_untrack(o);
    /* long __context__ chains must not recurse without bound */
    if (kr_trashcan_begin(o, kr_exc_generic_dealloc)) return;
    /* the clear of the most derived static layout */
    KrTypeObject *s = t;
    while (s && KR_TYPE_HAS_FLAG(s, KR_TPFLAGS_HEAPTYPE)) s = s->tp_base;
    if (s && s->tp_clear) s->tp_clear(o);
    else kr_exc_base_clear(o);
    t->tp_free(o);
    kr_trashcan_end();
}

static KrObject *base_exc_str(KrObject *o)
{
    KrObject *args = EXC(o)->args;
    ssize_t n = args ? KR_SIZE(args) : 0;
    if (n == 0) return kr_str_from_cstr("");
    if (n == 1) return kr_object_str(KR_TUPLE_GET(args, 0));
    return kr_object_str(args);
}

static KrObject *base_exc_repr(KrObject *o)
{
    KrObject *name = kr_type_get_name(KR_TYPE(o));
    if (!name) return NULL;
    KrObject *args = EXC(o)->args;
    KrObject *r;
    if (args && KR_SIZE(args) == 1)
        r = kr_str_from_format("%U(%R)", name, KR_TUPLE_GET(args, 0));
    else if (args)
        r = kr_str_from_format("%U%R", name, args);
    else
        r = kr_str_from_format("%U()", name);
    KR_DECREF(name);
    return r;
}

static KrObject *base_exc_reduce(KrObject *o, KrObject *unused)
{
    KrBaseExceptionObject *self = EXC(o);
    KrObject *args = self->args ? self->args : NULL;
    if (!args) return NULL;
    if (self->dict)
        return kr_tuple_pack(3, (KrObject *)KR_TYPE(o), args, self->dict);
    return kr_tuple_pack(2, (KrObject *)KR_TYPE(o), args);
}

static KrObject *base_exc_setstate(KrObject *o, KrObject *state)
{
    if (state != KR_NONE) {
        if (!KR_DICT_CHECK(state)) {
            kr_err_set_string(kr_exc_TypeError, "state is not a dictionary");
            return NULL;
        }
        ssize_t pos = 0;
        KrObject *k, *v;
        while (kr_dict_next(state, &pos, &k, &v)) {
            KR_INCREF(k); KR_INCREF(v);
            int r = kr_object_setattr(o, k, v);
            KR_DECREF(k); KR_DECREF(v);
            if (r < 0) return NULL;
        }
    }
    KR_RETURN_NONE;
}

static int is_traceback(KrObject *tb)
{
    return KR_TRACEBACK_CHECK(tb);
}

static KrObject *base_exc_with_traceback(KrObject *o, KrObject *tb)
{
    if (tb == KR_NONE) tb = NULL;
    else if (!is_traceback(tb)) {
        kr_err_set_string(kr_exc_TypeError, "__traceback__ must be a traceback or None");
        return NULL;
    }
    KR_SETREF(EXC(o)->traceback, kr_xnewref(tb));
    return kr_newref(o);
}

static KrObject *base_exc_add_note(KrObject *o, KrObject *note)
{
    if (!KR_STR_CHECK(note)) {
        return kr_err_format(kr_exc_TypeError, "note must be a str, not '%s'",
                             KR_TYPE(note)->tp_name);
    }
    KrObject *notes;
    if (kr_object_lookup_attr(o, KR_ID(__notes__), &notes) < 0) return NULL;
    if (!notes) {
        notes = kr_list_new(0);
        if (!notes) return NULL;
        if (kr_object_setattr(o, KR_ID(__notes__), notes) < 0) {
            KR_DECREF(notes);
            return NULL;
        }
    } else if (!KR_LIST_CHECK(notes)) {
        KR_DECREF(notes);
        kr_err_set_string(kr_exc_TypeError, "Cannot add note: __notes__ is not a list");
        return NULL;
    }
    int r = kr_list_append(notes, note);
    KR_DECREF(notes);
    if (r < 0) return NULL;
    KR_RETURN_NONE;
}

static KrMethodDef base_exc_methods[] = {
    { "__reduce__", (void *)base_exc_reduce, KR_METH_NOARGS, NULL },
    { "__setstate__", (void *)base_exc_setstate, KR_METH_O, NULL },
    { "with_traceback", (void *)base_exc_with_traceback, KR_METH_O,
      "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self." },
    { "add_note", (void *)base_exc_add_note, KR_METH_O,
      "Exception.add_note(note) --\n    add a note to the exception" },
    { NULL, NULL, 0, NULL },
};

static KrObject *base_exc_get_dict(KrObject *o, void *c)
{
    return kr_object_dict_slot_get(&EXC(o)->dict);
}

static int base_exc_set_dict(KrObject *o, KrObject *v, void *c)
{
    return kr_object_dict_slot_set(&EXC(o)->dict, v, 0);
}

static KrObject *base_exc_get_args(KrObject *o, void *c)
{
    KrObject *a = EXC(o)->args;
    if (!a) KR_RETURN_NONE;
    return kr_newref(a);
}

static int base_exc_set_args(KrObject *o, KrObject *v, void *c)
{
    if (!v) {
        kr_err_set_string(kr_exc_TypeError, "args may not be deleted");
        return -1;
    }
    KrObject *t = kr_sequence_tuple(v);
    if (!t) return -1;
    KR_SETREF(EXC(o)->args, t);
    return 0;
}

static KrObject *base_exc_get_tb(KrObject *o, void *c)
{
    KrObject *tb = EXC(o)->traceback;
    return kr_newref(tb ? tb : KR_NONE);
}

static int base_exc_set_tb(KrObject *o, KrObject *v, void *c)
{
    if (!v) {
        kr_err_set_string(kr_exc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (v == KR_NONE) v = NULL;
    else if (!is_traceback(v)) {
        kr_err_set_string(kr_exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    KR_SETREF(EXC(o)->traceback, kr_xnewref(v));
    return 0;
}

static KrObject *base_exc_get_context(KrObject *o, void *c)
{
    KrObject *x = EXC(o)->context;
    return kr_newref(x ? x : KR_NONE);
}

static int base_exc_set_context(KrObject *o, KrObject *v, void *c)
{
    if (!v) {
        kr_err_set_string(kr_exc_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (v == KR_NONE) v = NULL;
    else if (!kr_exception_check(v)) {
        kr_err_set_string(kr_exc_TypeError,
                          "exception context must be None or derive from BaseException");
        return -1;
    }
    KR_SETREF(EXC(o)->context, kr_xnewref(v));
    return 0;
}

static KrObject *base_exc_get_cause(KrObject *o, void *c)
{
    KrObject *x = EXC(o)->cause;
    return kr_newref(x ? x : KR_NONE);
}

static int base_exc_set_cause(KrObject *o, KrObject *v, void *c)
{
    if (!v) {
        kr_err_set_string(kr_exc_TypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (v == KR_NONE) v = NULL;
    else if (!kr_exception_check(v)) {
        kr_err_set_string(kr_exc_TypeError,
                          "exception cause must be None or derive from BaseException");
        return -1;
    }
    EXC(o)->suppress_context = 1;
    KR_SETREF(EXC(o)->cause, kr_xnewref(v));
    return 0;
}

static KrGetSetDef base_exc_getset[] = {
    { "__dict__", base_exc_get_dict, base_exc_set_dict, NULL, NULL },
    { "args", base_exc_get_args, base_exc_set_args, NULL, NULL },
    { "__traceback__", base_exc_get_tb, base_exc_set_tb, NULL, NULL },
    { "__context__", base_exc_get_context, base_exc_set_context,
      "exception context", NULL },
    { "__cause__", base_exc_get_cause, base_exc_set_cause, "exception cause", NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static KrMemberDef base_exc_members[] = {
    { "__suppress_context__", KR_T_BOOL, offsetof(KrBaseExceptionObject, suppress_context), 0,
      NULL },
    { NULL, 0, 0, 0, NULL },
};

/* ---------------------------------------------------------------------------
 * StopIteration, SystemExit
 * ------------------------------------------------------------------------ */

static int stopiteration_init(KrObject *o, KrObject *args, KrObject *kwds)
{
    if (kr_exc_base_init(o, args, kwds) < 0) return -1;
    KrObject *v = (args && KR_SIZE(args) > 0) ? KR_TUPLE_GET(args, 0) : KR_NONE;
    KR_SETREF(((KrStopIterationObject *)o)->value, kr_newref(v));
    return 0;
}

static int stopiteration_clear(KrObject *o)
{
    KR_CLEAR(((KrStopIterationObject *)o)->value);
    return kr_exc_base_clear(o);
}

static int stopiteration_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrStopIterationObject *)o)->value);
    return kr_exc_base_traverse(o, visit, arg);
}

static KrMemberDef stopiteration_members[] = {
    { "value", KR_T_OBJECT, offsetof(KrStopIterationObject, value), 0,
      "generator return value" },
    { NULL, 0, 0, 0, NULL },
};

static int systemexit_init(KrObject *o, KrObject *args, KrObject *kwds)
{
    if (kr_exc_base_init(o, args, kwds) < 0) return -1;
    ssize_t n = args ? KR_SIZE(args) : 0;
    KrObject *code = n == 0 ? NULL : n == 1 ? KR_TUPLE_GET(args, 0) : args;
    KR_SETREF(((KrSystemExitObject *)o)->code, kr_xnewref(code));
    return 0;
}

static int systemexit_clear(KrObject *o)
{
    KR_CLEAR(((KrSystemExitObject *)o)->code);
    return kr_exc_base_clear(o);
}

static int systemexit_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrSystemExitObject *)o)->code);
    return kr_exc_base_traverse(o, visit, arg);
}

static KrMemberDef systemexit_members[] = {
    { "code", KR_T_OBJECT, offsetof(KrSystemExitObject, code), 0, "exception code" },
    { NULL, 0, 0, 0, NULL },
};

/* ---------------------------------------------------------------------------
 * Keyword-only parameters of ImportError/NameError/AttributeError
 * ------------------------------------------------------------------------ */

/* Matches kwds against names (NULL-terminated); out[i] receives borrowed
 * values. "'x' is an invalid keyword argument for Name()", where Name is
 * the class that defines the parameters (CPython names ImportError even for
 * ModuleNotFoundError and subclasses). */
static int exc_parse_kwonly(const char *fname, KrObject *kwds, const char *const *names,
                            KrObject **out)
{
    for (int i = 0; names[i]; i++) out[i] = NULL;
    if (!kwds) return 0;
    ssize_t pos = 0;
    KrObject *k, *v;
    while (kr_dict_next(kwds, &pos, &k, &v)) {
        int found = 0;
        if (KR_STR_CHECK(k)) {
            for (int i = 0; names[i]; i++) {
                if (kr_str_equal_cstr(k, names[i])) { out[i] = v; found = 1; break; }
            }
        }
        if (!found) {
            if (!KR_STR_CHECK(k)) {
                kr_err_format(kr_exc_TypeError, "keywords must be strings");
                return -1;
            }
            kr_err_format(kr_exc_TypeError, "%R is an invalid keyword argument for %s()",
                          k, fname);
            return -1;
        }
    }
    return 0;
}

/* ---------------------------------------------------------------------------
 * ImportError
 * ------------------------------------------------------------------------ */

static int importerror_init(KrObject *o, KrObject *args, KrObject *kwds)
{
    static const char *const names[] = { "name", "path", NULL };
    KrObject *kv[2];
    KrImportErrorObject *self = (KrImportErrorObject *)o;
    if (kr_exc_base_init(o, args, NULL) < 0) return -1;
    if (exc_parse_kwonly("ImportError", kwds, names, kv) < 0) return -1;
    KR_SETREF(self->name, kr_xnewref(kv[0]));
    KR_SETREF(self->path, kr_xnewref(kv[1]));
    KrObject *msg = (args && KR_SIZE(args) == 1) ? KR_TUPLE_GET(args, 0) : NULL;
    KR_SETREF(self->msg, kr_xnewref(msg));
    return 0;
}

static int importerror_clear(KrObject *o)
{
    KrImportErrorObject *self = (KrImportErrorObject *)o;
    KR_CLEAR(self->msg);
    KR_CLEAR(self->name);
    KR_CLEAR(self->path);
    return kr_exc_base_clear(o);
}

static int importerror_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrImportErrorObject *self = (KrImportErrorObject *)o;
    KR_VISIT(self->msg);
    KR_VISIT(self->name);
    KR_VISIT(self->path);
    return kr_exc_base_traverse(o, visit, arg);
}

static KrObject *importerror_str(KrObject *o)
{
    KrImportErrorObject *self = (KrImportErrorObject *)o;
    if (self->msg && KR_STR_CHECK_EXACT(self->msg)) return kr_newref(self->msg);
    return base_exc_str(o);
}

static KrObject *importerror_reduce(KrObject *o, KrObject *unused)
{
    KrImportErrorObject *self = (KrImportErrorObject *)o;
    KrObject *state = NULL;
    if (self->name || self->path) {
        state = self->base.dict ? kr_dict_copy(self->base.dict) : kr_dict_new();
        if (!state) return NULL;
        if (self->name && kr_dict_set_item_str(state, "name", self->name) < 0) goto fail;
        if (self->path && kr_dict_set_item_str(state, "path", self->path) < 0) goto fail;
    } else if (self->base.dict) {
        state = kr_newref(self->base.dict);
    }
    KrObject *r = state ? kr_tuple_pack(3, (KrObject *)KR_TYPE(o), self->base.args, state)
                        : kr_tuple_pack(2, (KrObject *)KR_TYPE(o), self->base.args);
    KR_XDECREF(state);
    return r;
fail:
    KR_DECREF(state);
    return NULL;
}

static KrMethodDef importerror_methods[] = {
    { "__reduce__", (void *)importerror_reduce, KR_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static KrMemberDef importerror_members[] = {
    { "msg", KR_T_OBJECT, offsetof(KrImportErrorObject, msg), 0, "exception message" },
    { "name", KR_T_OBJECT, offsetof(KrImportErrorObject, name), 0, "module name" },
    { "path", KR_T_OBJECT, offsetof(KrImportErrorObject, path), 0, "module path" },
    { NULL, 0, 0, 0, NULL },
};

/* ---------------------------------------------------------------------------
 * NameError, AttributeError, KeyError
 * ------------------------------------------------------------------------ */

static int nameerror_init(KrObject *o, KrObject *args, KrObject *kwds)
{
    static const char *const names[] = { "name", NULL };
    KrObject *kv[1];
    if (kr_exc_base_init(o, args, NULL) < 0) return -1;
    if (exc_parse_kwonly("NameError", kwds, names, kv) < 0) return -1;
    KR_SETREF(((KrNameErrorObject *)o)->name, kr_xnewref(kv[0]));
    return 0;
}

static int nameerror_clear(KrObject *o)
{
    KR_CLEAR(((KrNameErrorObject *)o)->name);
    return kr_exc_base_clear(o);
}

static int nameerror_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrNameErrorObject *)o)->name);
    return kr_exc_base_traverse(o, visit, arg);
}

static KrMemberDef nameerror_members[] = {
    { "name", KR_T_OBJECT, offsetof(KrNameErrorObject, name), 0, "name" },
    { NULL, 0, 0, 0, NULL },
};

static int attributeerror_init(KrObject *o, KrObject *args, KrObject *kwds)
{
    static const char *const names[] = { "name", "obj", NULL };
    KrObject *kv[2];
    KrAttributeErrorObject *self = (KrAttributeErrorObject *)o;
    if (kr_exc_base_init(o, args, NULL) < 0) return -1;
    if (exc_parse_kwonly("AttributeError", kwds, names, kv) < 0) return -1;
    KR_SETREF(self->name, kr_xnewref(kv[0]));
    KR_SETREF(self->obj, kr_xnewref(kv[1]));
    return 0;
}

static int attributeerror_clear(KrObject *o)
{
    KR_CLEAR(((KrAttributeErrorObject *)o)->name);
    KR_CLEAR(((KrAttributeErrorObject *)o)->obj);
    return kr_exc_base_clear(o);
}

static int attributeerror_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrAttributeErrorObject *)o)->name);
    KR_VISIT(((KrAttributeErrorObject *)o)->obj);
    return kr_exc_base_traverse(o, visit, arg);
}

static KrMemberDef attributeerror_members[] = {
    { "name", KR_T_OBJECT, offsetof(KrAttributeErrorObject, name), 0, "attribute name" },
    { "obj", KR_T_OBJECT, offsetof(KrAttributeErrorObject, obj), 0, "object" },
    { NULL, 0, 0, 0, NULL },
};

static KrObject *keyerror_str(KrObject *o)
{
    KrObject *args = EXC(o)->args;
    if (args && KR_SIZE(args) == 1) return kr_object_repr(KR_TUPLE_GET(args, 0));
    return base_exc_str(o);
}

/* ---------------------------------------------------------------------------
 * The type objects
 * ------------------------------------------------------------------------ */

#define EXC_FLAGS (KR_TPFLAGS_DEFAULT | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_HAVE_GC | \
                   KR_TPFLAGS_BASE_EXC_SUBCLASS)

/* Tentative definitions, so that any type can name any other as its base. */
#define EXC_TENTATIVE(name, base) static KrTypeObject exc_type_##name;
KR_EXCEPTION_LIST(EXC_TENTATIVE)
#undef EXC_TENTATIVE

#define exc_type_NONE kr_object_type

/* A class with the default layout and behaviour of its base. */
#define SIMPLE_EXC(name, base, doc) \
    static KrTypeObject exc_type_##name = { \
        .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0), \
        .tp_name = #name, \
        .tp_flags = EXC_FLAGS, \
        .tp_doc = doc, \
        .tp_base = &exc_type_##base, \
    };

/* A class with its own layout and slots. */
#define COMPLEX_EXC(name, base, layout, doc, ...) \
    static KrTypeObject exc_type_##name = { \
        .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0), \
        .tp_name = #name, \
        .tp_basicsize = sizeof(layout), \
        .tp_flags = EXC_FLAGS, \
        .tp_doc = doc, \
        .tp_base = &exc_type_##base, \
        .tp_dictoffset = offsetof(KrBaseExceptionObject, dict), \
        __VA_ARGS__ \
    };

static KrTypeObject exc_type_BaseException = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "BaseException",
    .tp_basicsize = sizeof(KrBaseExceptionObject),
    .tp_dealloc = kr_exc_generic_dealloc,
    .tp_repr = base_exc_repr,
    .tp_str = base_exc_str,
    .tp_getattro = kr_object_generic_getattr,
    .tp_setattro = kr_object_generic_setattr,
    .tp_flags = EXC_FLAGS,
    .tp_doc = "Common base class for all exceptions",
    .tp_traverse = kr_exc_base_traverse,
    .tp_clear = kr_exc_base_clear,
    .tp_methods = base_exc_methods,
    .tp_members = base_exc_members,
    .tp_getset = base_exc_getset,
    .tp_base = &kr_object_type,
    .tp_dictoffset = offsetof(KrBaseExceptionObject, dict),
    .tp_init = kr_exc_base_init,
    .tp_new = kr_exc_base_new,
};

COMPLEX_EXC(BaseExceptionGroup, BaseException, KrBaseExceptionGroupObject,
            "A combination of multiple unrelated exceptions.",
            .tp_new = kr_excgroup_new, .tp_init = kr_excgroup_init, .tp_str = kr_excgroup_str,
            .tp_clear = kr_excgroup_clear, .tp_traverse = kr_excgroup_traverse,
            .tp_methods = kr_excgroup_methods, .tp_members = kr_excgroup_members)
SIMPLE_EXC(GeneratorExit, BaseException, "Request that a generator exit.")
SIMPLE_EXC(KeyboardInterrupt, BaseException, "Program interrupted by user.")
COMPLEX_EXC(SystemExit, BaseException, KrSystemExitObject, "Request to exit from the interpreter.",
            .tp_init = systemexit_init, .tp_clear = systemexit_clear,
            .tp_traverse = systemexit_traverse, .tp_members = systemexit_members)
SIMPLE_EXC(Exception, BaseException, "Common base class for all non-exit exceptions.")
/* ExceptionGroup(BaseExceptionGroup, Exception): tp_bases is set in init. */
SIMPLE_EXC(ExceptionGroup, BaseExceptionGroup, NULL)
SIMPLE_EXC(ArithmeticError, Exception, "Base class for arithmetic errors.")
SIMPLE_EXC(FloatingPointError, ArithmeticError, "Floating point operation failed.")
SIMPLE_EXC(OverflowError, ArithmeticError, "Result too large to be represented.")
SIMPLE_EXC(ZeroDivisionError, ArithmeticError,
           "Second argument to a division or modulo operation was zero.")
SIMPLE_EXC(AssertionError, Exception, "Assertion failed.")
COMPLEX_EXC(AttributeError, Exception, KrAttributeErrorObject, "Attribute not found.",
            .tp_init = attributeerror_init, .tp_clear = attributeerror_clear,
            .tp_traverse = attributeerror_traverse, .tp_members = attributeerror_members)
SIMPLE_EXC(BufferError, Exception, "Buffer error.")
SIMPLE_EXC(EOFError, Exception, "Read beyond end of file.")
COMPLEX_EXC(ImportError, Exception, KrImportErrorObject,
            "Import can't find module, or can't find name in module.",
            .tp_init = importerror_init, .tp_clear = importerror_clear,
            .tp_traverse = importerror_traverse, .tp_str = importerror_str,
            .tp_methods = importerror_methods, .tp_members = importerror_members)
SIMPLE_EXC(ModuleNotFoundError, ImportError, "Module not found.")
SIMPLE_EXC(LookupError, Exception, "Base class for lookup errors.")
SIMPLE_EXC(IndexError, LookupError, "Sequence index out of range.")
COMPLEX_EXC(KeyError, LookupError, KrBaseExceptionObject, "Mapping key not found.",
            .tp_str = keyerror_str)
SIMPLE_EXC(MemoryError, Exception, "Out of memory.")
COMPLEX_EXC(NameError, Exception, KrNameErrorObject, "Name not found globally.",
            .tp_init = nameerror_init, .tp_clear = nameerror_clear,
            .tp_traverse = nameerror_traverse, .tp_members = nameerror_members)
SIMPLE_EXC(UnboundLocalError, NameError, "Local name referenced but not bound to a value.")
COMPLEX_EXC(OSError, Exception, KrOSErrorObject, "Base class for I/O related errors.",
            .tp_new = kr_oserror_new, .tp_init = kr_oserror_init, .tp_str = kr_oserror_str,
            .tp_clear = kr_oserror_clear, .tp_traverse = kr_oserror_traverse,
            .tp_methods = kr_oserror_methods, .tp_members = kr_oserror_members,
            .tp_getset = kr_oserror_getset)
SIMPLE_EXC(BlockingIOError, OSError, "I/O operation would block.")
SIMPLE_EXC(ChildProcessError, OSError, "Child process error.")
SIMPLE_EXC(ConnectionError, OSError, "Connection error.")
SIMPLE_EXC(BrokenPipeError, ConnectionError, "Broken pipe.")
SIMPLE_EXC(ConnectionAbortedError, ConnectionError, "Connection aborted.")
SIMPLE_EXC(ConnectionRefusedError, ConnectionError, "Connection refused.")
SIMPLE_EXC(ConnectionResetError, ConnectionError, "Connection reset.")
SIMPLE_EXC(FileExistsError, OSError, "File already exists.")
SIMPLE_EXC(FileNotFoundError, OSError, "File not found.")
SIMPLE_EXC(InterruptedError, OSError, "Interrupted by signal.")
SIMPLE_EXC(IsADirectoryError, OSError, "Operation doesn't work on directories.")
SIMPLE_EXC(NotADirectoryError, OSError, "Operation only works on directories.")
SIMPLE_EXC(PermissionError, OSError, "Not enough permissions.")
SIMPLE_EXC(ProcessLookupError, OSError, "Process not found.")
SIMPLE_EXC(TimeoutError, OSError, "Timeout expired.")
SIMPLE_EXC(ReferenceError, Exception, "Weak ref proxy used after referent went away.")
SIMPLE_EXC(RuntimeError, Exception, "Unspecified run-time error.")
SIMPLE_EXC(NotImplementedError, RuntimeError, "Method or function hasn't been implemented yet.")
SIMPLE_EXC(RecursionError, RuntimeError, "Recursion limit exceeded.")
SIMPLE_EXC(StopAsyncIteration, Exception, "Signal the end from iterator.__anext__().")
COMPLEX_EXC(StopIteration, Exception, KrStopIterationObject,
            "Signal the end from iterator.__next__().",
            .tp_init = stopiteration_init, .tp_clear = stopiteration_clear,
            .tp_traverse = stopiteration_traverse, .tp_members = stopiteration_members)
COMPLEX_EXC(SyntaxError, Exception, KrSyntaxErrorObject, "Invalid syntax.",
            .tp_init = kr_syntaxerror_init, .tp_str = kr_syntaxerror_str,
            .tp_clear = kr_syntaxerror_clear, .tp_traverse = kr_syntaxerror_traverse,
            .tp_members = kr_syntaxerror_members)
SIMPLE_EXC(IndentationError, SyntaxError, "Improper indentation.")
SIMPLE_EXC(TabError, IndentationError, "Improper mixture of spaces and tabs.")
SIMPLE_EXC(SystemError, Exception,
           "Internal error in the Python interpreter.\n\n"
           "Please report this to the Python maintainer, along with the traceback,\n"
           "the Python version, and the hardware/OS platform and version.")
SIMPLE_EXC(TypeError, Exception, "Inappropriate argument type.")
SIMPLE_EXC(ValueError, Exception, "Inappropriate argument value (of correct type).")
SIMPLE_EXC(UnicodeError, ValueError, "Unicode related error.")
#define UNICODE_SLOTS .tp_clear = kr_unicodeerror_clear, .tp_traverse = kr_unicodeerror_traverse, \
            .tp_members = kr_unicodeerror_members
COMPLEX_EXC(UnicodeDecodeError, UnicodeError, KrUnicodeErrorObject, "Unicode decoding error.",
            .tp_init = kr_unicodedecodeerror_init, .tp_str = kr_unicodedecodeerror_str,
            UNICODE_SLOTS)
COMPLEX_EXC(UnicodeEncodeError, UnicodeError, KrUnicodeErrorObject, "Unicode encoding error.",
            .tp_init = kr_unicodeencodeerror_init, .tp_str = kr_unicodeencodeerror_str,
            UNICODE_SLOTS)
COMPLEX_EXC(UnicodeTranslateError, UnicodeError, KrUnicodeErrorObject,
            "Unicode translation error.",
            .tp_init = kr_unicodetranslateerror_init, .tp_str = kr_unicodetranslateerror_str,
            UNICODE_SLOTS)
SIMPLE_EXC(Warning, Exception, "Base class for warning categories.")
SIMPLE_EXC(BytesWarning, Warning,
           "Base class for warnings about bytes and buffer related problems, mostly\n"
           "related to conversion from str or comparing to str.")
SIMPLE_EXC(DeprecationWarning, Warning, "Base class for warnings about deprecated features.")
SIMPLE_EXC(EncodingWarning, Warning, "Base class for warnings about encodings.")
SIMPLE_EXC(FutureWarning, Warning,
           "Base class for warnings about constructs that will change semantically\n"
           "in the future.")
SIMPLE_EXC(ImportWarning, Warning,
           "Base class for warnings about probable mistakes in module imports")
SIMPLE_EXC(PendingDeprecationWarning, Warning,
           "Base class for warnings about features which will be deprecated\n"
           "in the future.")
SIMPLE_EXC(ResourceWarning, Warning, "Base class for warnings about resource usage.")
SIMPLE_EXC(RuntimeWarning, Warning, "Base class for warnings about dubious runtime behavior.")
SIMPLE_EXC(SyntaxWarning, Warning, "Base class for warnings about dubious syntax.")
SIMPLE_EXC(UnicodeWarning, Warning,
           "Base class for warnings about Unicode related problems, mostly\n"
           "related to conversion problems.")
SIMPLE_EXC(UserWarning, Warning, "Base class for warnings generated by user code.")

#define EXC_POINTER(name, base) KrObject *kr_exc_##name = (KrObject *)&exc_type_##name;
KR_EXCEPTION_LIST(EXC_POINTER)
#undef EXC_POINTER

/* Static exception types inherit their layout, deallocation and GC slots
 * from their base before kr_type_ready, so that the table above can stay
 * terse. The slots that have a dunder (repr, str, init, new, getattro ...)
 * are left to kr_type_ready, which inherits them without putting wrappers
 * into the subclass's dict (as CPython: vars(KeyError) has no __repr__). */
static void exc_inherit(KrTypeObject *t)
{
    KrTypeObject *b = t->tp_base;
    if (!b || b == &kr_object_type) return;
#define INHERIT(f) if (!t->f) t->f = b->f
    INHERIT(tp_basicsize);
    INHERIT(tp_dealloc);
    INHERIT(tp_traverse);
    INHERIT(tp_clear);
    INHERIT(tp_dictoffset);
#undef INHERIT
}

/* CPython's static exception classes fill some dunder slots explicitly,
 * so that vars(ValueError) holds its own __init__ and __new__ (and
 * ValueError.__init__() names ValueError in its error message). This gives
 * krait's classes the same own slots: each one listed here, or any class
 * that sets neither __init__ nor __new__ (CPython's SimpleExtendsException),
 * copies the named slots from its base before kr_type_ready makes the
 * wrappers. The base is ready first (the list is in hierarchy order). */
enum { EXC_OWN_INIT = 1, EXC_OWN_NEW = 2, EXC_OWN_STR = 4 };
static const struct { const char *name; int own; } exc_own_slots[] = {
    { "BlockingIOError", EXC_OWN_INIT }, { "BrokenPipeError", EXC_OWN_INIT },
    { "ChildProcessError", EXC_OWN_INIT }, { "ConnectionAbortedError", EXC_OWN_INIT },
    { "ConnectionError", EXC_OWN_INIT }, { "ConnectionRefusedError", EXC_OWN_INIT },
    { "ConnectionResetError", EXC_OWN_INIT }, { "FileExistsError", EXC_OWN_INIT },
    { "FileNotFoundError", EXC_OWN_INIT }, { "InterruptedError", EXC_OWN_INIT },
    { "IsADirectoryError", EXC_OWN_INIT }, { "NotADirectoryError", EXC_OWN_INIT },
    { "PermissionError", EXC_OWN_INIT }, { "ProcessLookupError", EXC_OWN_INIT },
    { "TimeoutError", EXC_OWN_INIT }, { "IndentationError", EXC_OWN_INIT },
    { "TabError", EXC_OWN_INIT }, { "ModuleNotFoundError", EXC_OWN_INIT },
    { "UnboundLocalError", EXC_OWN_INIT }, { "KeyError", EXC_OWN_INIT },
    { "AttributeError", EXC_OWN_STR }, { "NameError", EXC_OWN_STR },
    { "UnicodeEncodeError", EXC_OWN_NEW }, { "UnicodeDecodeError", EXC_OWN_NEW },
    { "UnicodeTranslateError", EXC_OWN_NEW },
    { "ExceptionGroup", 0 }, /* a heap class in CPython (PyErr_NewException) */
    { NULL, 0 },
};

static void exc_own_slots_fill(KrTypeObject *t)
{
    KrTypeObject *b = t->tp_base;
    if (!b || b == &kr_object_type) return;
    int own = -1;
    for (int i = 0; exc_own_slots[i].name; i++) {
        if (strcmp(exc_own_slots[i].name, t->tp_name) == 0) {
            own = exc_own_slots[i].own;
            break;
        }
    }
    if (own < 0) {
        if (t->tp_init || t->tp_new) return;
        own = EXC_OWN_INIT | EXC_OWN_NEW;
    }
    if ((own & EXC_OWN_INIT) && !t->tp_init) t->tp_init = b->tp_init;
    if ((own & EXC_OWN_NEW) && !t->tp_new) t->tp_new = b->tp_new;
    if ((own & EXC_OWN_STR) && !t->tp_str) t->tp_str = b->tp_str;
}

/* Calling a built-in exception class (ValueError(x)) without building a
 * tuple-and-dict call when the class keeps BaseException's __new__ and
 * __init__; otherwise what type.__call__ does. Static classes only: heap
 * subclasses get type's own vectorcall. */
static KrObject *exc_type_vectorcall(KrObject *callable, KrObject *const *args, size_t nargsf,
                                     KrObject *kwnames)
{
    KrTypeObject *t = (KrTypeObject *)callable;
    ssize_t nargs = kr_vectorcall_nargs(nargsf);
    KrObject *tuple = kr_tuple_from_array(args, nargs);
    if (!tuple) return NULL;
    if ((!kwnames || KR_SIZE(kwnames) == 0) && t->tp_new == kr_exc_base_new &&
        t->tp_init == kr_exc_base_init) {
        KrObject *obj = kr_exc_base_new(t, tuple, NULL);
        KR_DECREF(tuple);
        return obj;
    }
    KrObject *kw = NULL;
    if (kwnames && KR_SIZE(kwnames) > 0) {
        kw = kr_call_kwnames_to_dict(args + nargs, kwnames);
        if (!kw) {
            KR_DECREF(tuple);
            return NULL;
        }
    }
    KrObject *obj = t->tp_new(t, tuple, kw);
    if (obj && kr_type_is_subtype(KR_TYPE(obj), t) && KR_TYPE(obj)->tp_init &&
        KR_TYPE(obj)->tp_init(obj, tuple, kw) < 0)
        KR_CLEAR(obj);
    KR_DECREF(tuple);
    KR_XDECREF(kw);
    return obj;
}

static KrObject *memoryerror_instance;

int kr_exceptions_init(void)
{
    /* ExceptionGroup is also an Exception. */
    exc_type_ExceptionGroup.tp_bases =
        kr_tuple_pack(2, (KrObject *)&exc_type_BaseExceptionGroup, (KrObject *)&exc_type_Exception);
    if (!exc_type_ExceptionGroup.tp_bases) return -1;
#define EXC_READY(name, base) \
    exc_inherit(&exc_type_##name); \
    exc_own_slots_fill(&exc_type_##name); \
    exc_type_##name.tp_vectorcall = exc_type_vectorcall; \
    if (kr_type_ready(&exc_type_##name) < 0) return -1;
    KR_EXCEPTION_LIST(EXC_READY)
#undef EXC_READY
    /* CPython makes ExceptionGroup with PyErr_NewException: its dict has
     * __module__ and a None __doc__ */
    KrObject *mod = kr_str_from_cstr("builtins");
    if (!mod || kr_dict_set_item(exc_type_ExceptionGroup.tp_dict, KR_ID(__module__), mod) < 0 ||
        kr_dict_set_item(exc_type_ExceptionGroup.tp_dict, KR_ID(__doc__), KR_NONE) < 0) {
        KR_XDECREF(mod);
        return -1;
    }
    KR_DECREF(mod);
    kr_type_modified(&exc_type_ExceptionGroup);
    memoryerror_instance = kr_exc_base_new(&exc_type_MemoryError, NULL, NULL);
    if (!memoryerror_instance) return -1;
    return kr_exceptions_more_init();
}

KrObject *kr_exceptions_memoryerror_instance(void) { return memoryerror_instance; }

/* ---------------------------------------------------------------------------
 * Accessors used by the rest of the runtime
 * ------------------------------------------------------------------------ */

KrObject *kr_exception_get_traceback(KrObject *exc) { return EXC(exc)->traceback; }

void kr_exception_set_traceback(KrObject *exc, KrObject *tb)
{
    if (tb == KR_NONE) tb = NULL;
    KR_SETREF(EXC(exc)->traceback, kr_xnewref(tb));
}

KrObject *kr_exception_get_context(KrObject *exc) { return EXC(exc)->context; }

void kr_exception_set_context_steal(KrObject *exc, KrObject *ctx)
{
    if (ctx == KR_NONE) { KR_DECREF(ctx); ctx = NULL; }
    KR_SETREF(EXC(exc)->context, ctx);
}

KrObject *kr_exception_get_cause(KrObject *exc) { return EXC(exc)->cause; }

void kr_exception_set_cause_steal(KrObject *exc, KrObject *cause)
{
    if (cause == KR_NONE) { KR_DECREF(cause); cause = NULL; }
    EXC(exc)->suppress_context = 1;
    KR_SETREF(EXC(exc)->cause, cause);
}

KrObject *kr_exception_get_args(KrObject *exc) { return EXC(exc)->args; }

int kr_exception_check(KrObject *o)
{
    return KR_TYPE_HAS_FLAG(KR_TYPE(o), KR_TPFLAGS_BASE_EXC_SUBCLASS);
}

int kr_exception_class_check(KrObject *o)
{
    return KR_TYPE_CHECK(o) &&
           KR_TYPE_HAS_FLAG((KrTypeObject *)o, KR_TPFLAGS_BASE_EXC_SUBCLASS);
}

KrObject *kr_stopiteration_value(KrObject *exc)
{
    if (kr_type_is_subtype(KR_TYPE(exc), &exc_type_StopIteration)) {
        KrObject *v = ((KrStopIterationObject *)exc)->value;
        return kr_newref(v ? v : KR_NONE);
    }
    KR_RETURN_NONE;
}

void kr_err_set_stopiteration(KrObject *value)
{
    if (!value) value = KR_NONE;
    KrObject *args = kr_tuple_pack(1, value);
    if (!args) return;
    KrObject *exc = kr_object_call(kr_exc_StopIteration, args, NULL);
    KR_DECREF(args);
    if (!exc) return;
    kr_err_set_exception(exc);
    KR_DECREF(exc);
}
