/* contextvarsmodule.c — the _contextvars module (PEP 567). A Context maps
 * ContextVars to values through a dict that is never mutated once shared:
 * setting a variable replaces the context's dict by an updated copy, so
 * Context.copy() and iteration only need to share a reference (CPython uses
 * a HAMT for the same effect; this trades speed for simplicity). */
#include "contextvarsmodule.h"
#include "modargs.h"
#include "../objects/type.h"
#include "../objects/tuple.h"
#include "../objects/list.h"
#include "../objects/int.h"
#include "../objects/str.h"
#include "../objects/dict.h"
#include "../objects/genericalias.h"
#include "../memory/gc.h"
#include "../vm/err.h"

#include <stddef.h>
#include <string.h>

typedef struct KrContextObject KrContextObject;
struct KrContextObject {
    KrObject ob_base;
    KrObject *vars;              /* dict ContextVar -> value; never mutated while shared */
    KrContextObject *prev;       /* the context that was current before run() */
    int entered;
    KrObject *weakreflist;
};

typedef struct {
    KrObject ob_base;
    KrObject *name;              /* str */
    KrObject *deflt;             /* or NULL */
} KrContextVarObject;

typedef struct {
    KrObject ob_base;
    KrContextObject *ctx;
    KrContextVarObject *var;
    KrObject *old_value;         /* NULL: the variable was unset */
    int used;
} KrContextTokenObject;

/* The current context of the running OS thread, created lazily: each
 * thread starts with an empty context, as in CPython. (A thread's last
 * context is not released when the thread ends; thread states have no
 * slot for it yet.) */
static _Thread_local KrContextObject *current_ctx;
static KrObject *token_missing;  /* Token.MISSING */

#define CONTEXT_CHECK(o) (KR_TYPE(o) == &kr_context_type)
#define CONTEXTVAR_CHECK(o) (KR_TYPE(o) == &kr_contextvar_type)

static KrContextObject *context_new_with(KrObject *vars)
{
    KrContextObject *c = (KrContextObject *)kr_object_alloc(&kr_context_type, 0);
    if (!c) return NULL;
    if (vars) c->vars = kr_newref(vars);
    else if (!(c->vars = kr_dict_new())) { KR_DECREF(c); return NULL; }
    kr_gc_track((KrObject *)c);
    return c;
}

/* The current context (borrowed), created on first use. */
static KrContextObject *context_current(void)
{
    if (!current_ctx) current_ctx = context_new_with(NULL);
    return current_ctx;
}

KrObject *kr_contextvars_copy_context(void)
{
    KrContextObject *cur = context_current();
    if (!cur) return NULL;
    return (KrObject *)context_new_with(cur->vars);
}

/* Replaces ctx's variables by a copy where var is set to value (or removed
 * when value is NULL). 0 or -1. */
static int context_store(KrContextObject *ctx, KrObject *var, KrObject *value)
{
    KrObject *d = kr_dict_copy(ctx->vars);
    if (!d) return -1;
    int rc = value ? kr_dict_set_item(d, var, value) : kr_dict_del_item(d, var);
    if (rc < 0) { KR_DECREF(d); return -1; }
    KR_SETREF(ctx->vars, d);
    return 0;
}

static int check_key(KrObject *key)
{
    if (!CONTEXTVAR_CHECK(key)) {
        kr_err_format(kr_exc_TypeError, "a ContextVar key was expected, got %R", key);
        return -1;
    }
    return 0;
}

/* ---------------------------------------------------------------------------
 * Context
 * ------------------------------------------------------------------------ */

static KrObject *context_tp_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if (KR_SIZE(args) || kr_modargs_has_kwargs(kwds))
        return kr_err_format(kr_exc_TypeError, "Context() does not accept any arguments");
    return (KrObject *)context_new_with(NULL);
}

static int context_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrContextObject *c = (KrContextObject *)o;
    KR_VISIT(c->vars);
    KR_VISIT(c->prev);
    return 0;
}

static int context_clear(KrObject *o)
{
    KrContextObject *c = (KrContextObject *)o;
    KR_CLEAR(c->vars);
    KR_CLEAR(c->prev);
    return 0;
}

static void context_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    if (((KrContextObject *)o)->weakreflist && kr_weakref_clear_refs) kr_weakref_clear_refs(o);
    context_clear(o);
    kr_object_free(o);
}

static KrObject *context_run(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrContextObject *ctx = (KrContextObject *)self;
    if (nargs < 1) return kr_err_format(kr_exc_TypeError, "run() missing 1 required positional argument");
    if (ctx->entered)
        return kr_err_format(kr_exc_RuntimeError, "cannot enter context: %R is already entered", self);
    KrContextObject *cur = context_current();
    if (!cur) return NULL;
    /* Enter: ctx->prev takes over the reference current_ctx held. */
    ctx->prev = cur;
    ctx->entered = 1;
    current_ctx = (KrContextObject *)kr_newref(ctx);
    KrObject *r = kr_object_vectorcall(args[0], args + 1, (size_t)(nargs - 1), kwnames);
    /* Leave: the previous context becomes current again. */
    KrContextObject *prev = ctx->prev;
    ctx->prev = NULL;
    ctx->entered = 0;
    KrContextObject *was = current_ctx;
    current_ctx = prev;   /* takes over ctx->prev's reference */
    KR_DECREF(was);
    return r;
}

static KrObject *context_copy(KrObject *self, KrObject *unused)
{
    return (KrObject *)context_new_with(((KrContextObject *)self)->vars);
}

static KrObject *context_get(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("get", nargs, 1, 2) < 0) return NULL;
    if (check_key(args[0]) < 0) return NULL;
    KrObject *v = kr_dict_get_item_borrow(((KrContextObject *)self)->vars, args[0]);
    if (v) return kr_newref(v);
    if (kr_err_occurred()) return NULL;
    return kr_newref(nargs > 1 ? args[1] : KR_NONE);
}

static KrObject *context_subscript(KrObject *self, KrObject *key)
{
    if (check_key(key) < 0) return NULL;
    KrObject *v = kr_dict_get_item_borrow(((KrContextObject *)self)->vars, key);
    if (v) return kr_newref(v);
    if (!kr_err_occurred()) kr_err_set_object(kr_exc_KeyError, key);
    return NULL;
}

static int context_contains(KrObject *self, KrObject *key)
{
    if (check_key(key) < 0) return -1;
    return kr_dict_contains(((KrContextObject *)self)->vars, key);
}

static ssize_t context_length(KrObject *self)
{
    return kr_dict_size(((KrContextObject *)self)->vars);
}

/* Iterators run over a snapshot list (the dict may be replaced meanwhile);
 * their types are named "keys", "values" and "items" as CPython's. */
typedef struct {
    KrObject ob_base;
    KrObject *it;   /* iterator over the snapshot list */
} KrContextIterObject;

static int ctxiter_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrContextIterObject *)o)->it);
    return 0;
}

static void ctxiter_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_CLEAR(((KrContextIterObject *)o)->it);
    kr_object_free(o);
}

static KrObject *ctxiter_next(KrObject *o)
{
    return kr_iter_next(((KrContextIterObject *)o)->it);
}

#define CONTEXT_ITER_TYPE(cname, pyname) \
    static KrTypeObject cname = { \
        .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0), \
        .tp_name = pyname, \
        .tp_basicsize = sizeof(KrContextIterObject), \
        .tp_dealloc = ctxiter_dealloc, \
        .tp_getattro = kr_object_generic_getattr, \
        .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC, \
        .tp_traverse = ctxiter_traverse, \
        .tp_iter = kr_object_self_iter, \
        .tp_iternext = ctxiter_next, \
        .tp_free = kr_object_free, \
    }
CONTEXT_ITER_TYPE(context_keys_type, "keys");
CONTEXT_ITER_TYPE(context_values_type, "values");
CONTEXT_ITER_TYPE(context_items_type, "items");

static KrObject *iter_over(KrTypeObject *type, KrObject *list)
{
    if (!list) return NULL;
    KrObject *it = kr_object_get_iter(list);
    KR_DECREF(list);
    if (!it) return NULL;
    KrContextIterObject *ci = (KrContextIterObject *)kr_object_alloc(type, 0);
    if (!ci) { KR_DECREF(it); return NULL; }
    ci->it = it;
    kr_gc_track((KrObject *)ci);
    return (KrObject *)ci;
}

static KrObject *context_iter(KrObject *self)
{
    return iter_over(&context_keys_type, kr_dict_keys(((KrContextObject *)self)->vars));
}

static KrObject *context_keys(KrObject *self, KrObject *unused) { return context_iter(self); }

static KrObject *context_values(KrObject *self, KrObject *unused)
{
    return iter_over(&context_values_type, kr_dict_values(((KrContextObject *)self)->vars));
}

static KrObject *context_items(KrObject *self, KrObject *unused)
{
    return iter_over(&context_items_type, kr_dict_items(((KrContextObject *)self)->vars));
}

static KrObject *context_richcompare(KrObject *a, KrObject *b, int op)
{
    if (!CONTEXT_CHECK(a) || !CONTEXT_CHECK(b) || (op != KR_EQ && op != KR_NE)) KR_RETURN_NOTIMPLEMENTED;
    return kr_object_richcompare(((KrContextObject *)a)->vars, ((KrContextObject *)b)->vars, op);
}

static KrMethodDef context_methods[] = {
    { "run", (void *)context_run, KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL },
    { "copy", (void *)context_copy, KR_METH_NOARGS, "Return a shallow copy of the context object." },
    { "get", (void *)context_get, KR_METH_FASTCALL,
      "Return the value for `key` if `key` has the value in the context object.\n\n"
      "If `key` does not exist, return `default`. If `default` is not given,\nreturn None." },
    { "items", (void *)context_items, KR_METH_NOARGS,
      "Return all variables and their values in the context object.\n\n"
      "The result is returned as a list of 2-tuples (variable, value)." },
    { "keys", (void *)context_keys, KR_METH_NOARGS, "Return a list of all variables in the context object." },
    { "values", (void *)context_values, KR_METH_NOARGS,
      "Return a list of all variables' values in the context object." },
    { NULL, NULL, 0, NULL },
};

static KrMappingMethods context_as_mapping = {
    .mp_length = context_length,
    .mp_subscript = context_subscript,
};

static KrSequenceMethods context_as_sequence = {
    .sq_contains = context_contains,
};

KrTypeObject kr_context_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "_contextvars.Context",
    .tp_basicsize = sizeof(KrContextObject),
    .tp_dealloc = context_dealloc,
    .tp_as_sequence = &context_as_sequence,
    .tp_as_mapping = &context_as_mapping,
    .tp_hash = kr_object_hash_not_implemented,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = context_traverse,
    .tp_clear = context_clear,
    .tp_richcompare = context_richcompare,
    .tp_weaklistoffset = offsetof(KrContextObject, weakreflist),
    .tp_iter = context_iter,
    .tp_methods = context_methods,
    .tp_new = context_tp_new,
    .tp_free = kr_object_free,
};

/* ---------------------------------------------------------------------------
 * ContextVar
 * ------------------------------------------------------------------------ */

static KrObject *contextvar_tp_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    ssize_t npos = KR_SIZE(args), nkw = kwds ? kr_dict_size(kwds) : 0;
    if (npos + nkw > 2)
        return kr_err_format(kr_exc_TypeError, "ContextVar() takes at most 2 arguments (%zd given)", npos + nkw);
    if (npos > 1)
        return kr_err_format(kr_exc_TypeError, "ContextVar() takes at most 1 positional argument (%zd given)",
                             npos);
    if (npos < 1)
        return kr_err_format(kr_exc_TypeError, "ContextVar() takes exactly 1 positional argument (%zd given)",
                             npos);
    KrObject *deflt = NULL;
    if (nkw) {
        ssize_t pos = 0;
        KrObject *k, *v;
        while (kr_dict_next(kwds, &pos, &k, &v)) {
            if (!KR_STR_CHECK(k) || strcmp(kr_str_as_utf8(k, NULL), "default") != 0)
                return kr_err_format(kr_exc_TypeError, "'%S' is an invalid keyword argument for ContextVar()", k);
            deflt = v;
        }
    }
    KrObject *name = KR_TUPLE_ITEMS(args)[0];
    if (!KR_STR_CHECK(name)) return kr_err_format(kr_exc_TypeError, "context variable name must be a str");
    KrContextVarObject *var = (KrContextVarObject *)kr_object_alloc(&kr_contextvar_type, 0);
    if (!var) return NULL;
    var->name = kr_newref(name);
    var->deflt = kr_xnewref(deflt);
    kr_gc_track((KrObject *)var);
    return (KrObject *)var;
}

static int contextvar_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrContextVarObject *v = (KrContextVarObject *)o;
    KR_VISIT(v->name);
    KR_VISIT(v->deflt);
    return 0;
}

static int contextvar_clear(KrObject *o)
{
    KrContextVarObject *v = (KrContextVarObject *)o;
    KR_CLEAR(v->name);
    KR_CLEAR(v->deflt);
    return 0;
}

static void contextvar_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    contextvar_clear(o);
    kr_object_free(o);
}

static KrObject *contextvar_repr(KrObject *self)
{
    KrContextVarObject *v = (KrContextVarObject *)self;
    if (v->deflt)
        return kr_str_from_format("<ContextVar name=%R default=%R at %p>", v->name, v->deflt, self);
    return kr_str_from_format("<ContextVar name=%R at %p>", v->name, self);
}

static KrObject *contextvar_get(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrContextVarObject *var = (KrContextVarObject *)self;
    if (kr_args_check_count("get", nargs, 0, 1) < 0) return NULL;
    KrContextObject *ctx = context_current();
    if (!ctx) return NULL;
    KrObject *v = kr_dict_get_item_borrow(ctx->vars, self);
    if (v) return kr_newref(v);
    if (kr_err_occurred()) return NULL;
    if (nargs > 0) return kr_newref(args[0]);
    if (var->deflt) return kr_newref(var->deflt);
    kr_err_set_object(kr_exc_LookupError, self);
    return NULL;
}

static KrObject *contextvar_set(KrObject *self, KrObject *value)
{
    KrContextObject *ctx = context_current();
    if (!ctx) return NULL;
    KrObject *old = kr_dict_get_item_borrow(ctx->vars, self);
    if (!old && kr_err_occurred()) return NULL;
    KrContextTokenObject *tok = (KrContextTokenObject *)kr_object_alloc(&kr_contexttoken_type, 0);
    if (!tok) return NULL;
    tok->ctx = (KrContextObject *)kr_newref(ctx);
    tok->var = (KrContextVarObject *)kr_newref(self);
    tok->old_value = kr_xnewref(old);
    kr_gc_track((KrObject *)tok);
    if (context_store(ctx, self, value) < 0) {
        KR_DECREF(tok);
        return NULL;
    }
    return (KrObject *)tok;
}

static KrObject *contextvar_reset(KrObject *self, KrObject *token)
{
    if (KR_TYPE(token) != &kr_contexttoken_type)
        return kr_err_format(kr_exc_TypeError, "expected an instance of Token, got %R", token);
    KrContextTokenObject *tok = (KrContextTokenObject *)token;
    if (tok->used) return kr_err_format(kr_exc_RuntimeError, "%R has already been used once", token);
    if ((KrObject *)tok->var != self)
        return kr_err_format(kr_exc_ValueError, "%R was created by a different ContextVar", token);
    KrContextObject *ctx = context_current();
    if (!ctx) return NULL;
    if (ctx != tok->ctx) return kr_err_format(kr_exc_ValueError, "%R was created in a different Context", token);
    tok->used = 1;
    if (tok->old_value) {
        if (context_store(ctx, self, tok->old_value) < 0) return NULL;
    } else {
        int has = kr_dict_contains(ctx->vars, self);
        if (has < 0) return NULL;
        if (has && context_store(ctx, self, NULL) < 0) return NULL;
    }
    KR_RETURN_NONE;
}

static KrMethodDef contextvar_methods[] = {
    { "get", (void *)contextvar_get, KR_METH_FASTCALL,
      "Return a value for the context variable for the current context.\n\n"
      "If there is no value for the variable in the current context, the method will:\n"
      " * return the value of the default argument of the method, if provided; or\n"
      " * return the default value for the context variable, if it was created\n   with one; or\n"
      " * raise a LookupError." },
    { "set", (void *)contextvar_set, KR_METH_O,
      "Call to set a new value for the context variable in the current context.\n\n"
      "The required value argument is the new value for the context variable.\n\n"
      "Returns a Token object that can be used to restore the variable to its previous\n"
      "value via the `ContextVar.reset()` method." },
    { "reset", (void *)contextvar_reset, KR_METH_O,
      "Reset the context variable.\n\nThe variable is reset to the value it had before the `ContextVar.set()` that\n"
      "created the token was used." },
    { "__class_getitem__", (void *)kr_generic_alias_class_getitem, KR_METH_O | KR_METH_CLASS, "See PEP 585" },
    { NULL, NULL, 0, NULL },
};

static KrMemberDef contextvar_members[] = {
    { "name", KR_T_OBJECT, offsetof(KrContextVarObject, name), KR_READONLY, NULL },
    { NULL, 0, 0, 0, NULL },
};

KrTypeObject kr_contextvar_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "_contextvars.ContextVar",
    .tp_basicsize = sizeof(KrContextVarObject),
    .tp_dealloc = contextvar_dealloc,
    .tp_repr = contextvar_repr,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = contextvar_traverse,
    .tp_clear = contextvar_clear,
    .tp_methods = contextvar_methods,
    .tp_members = contextvar_members,
    .tp_new = contextvar_tp_new,
    .tp_free = kr_object_free,
};

/* ---------------------------------------------------------------------------
 * Token
 * ------------------------------------------------------------------------ */

static KrObject *token_tp_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    return kr_err_format(kr_exc_RuntimeError, "Tokens can only be created by ContextVars");
}

static int token_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrContextTokenObject *t = (KrContextTokenObject *)o;
    KR_VISIT(t->ctx);
    KR_VISIT(t->var);
    KR_VISIT(t->old_value);
    return 0;
}

static int token_clear(KrObject *o)
{
    KrContextTokenObject *t = (KrContextTokenObject *)o;
    KR_CLEAR(t->ctx);
    KR_CLEAR(t->var);
    KR_CLEAR(t->old_value);
    return 0;
}

static void token_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    token_clear(o);
    kr_object_free(o);
}

static KrObject *token_repr(KrObject *self)
{
    KrContextTokenObject *t = (KrContextTokenObject *)self;
    return kr_str_from_format("<Token%s var=%R at %p>", t->used ? " used" : "",
                              t->var ? (KrObject *)t->var : KR_NONE, self);
}

static KrObject *token_get_var(KrObject *self, void *closure)
{
    KrContextTokenObject *t = (KrContextTokenObject *)self;
    return kr_newref(t->var ? (KrObject *)t->var : KR_NONE);
}

static KrObject *token_get_old_value(KrObject *self, void *closure)
{
    KrContextTokenObject *t = (KrContextTokenObject *)self;
    return kr_newref(t->old_value ? t->old_value : token_missing);
}

static KrGetSetDef token_getset[] = {
    { "var", token_get_var, NULL, NULL, NULL },
    { "old_value", token_get_old_value, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static KrMethodDef token_methods[] = {
    { "__class_getitem__", (void *)kr_generic_alias_class_getitem, KR_METH_O | KR_METH_CLASS, "See PEP 585" },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_contexttoken_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "_contextvars.Token",
    .tp_basicsize = sizeof(KrContextTokenObject),
    .tp_dealloc = token_dealloc,
    .tp_repr = token_repr,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = token_traverse,
    .tp_clear = token_clear,
    .tp_methods = token_methods,
    .tp_getset = token_getset,
    .tp_new = token_tp_new,
    .tp_free = kr_object_free,
};

/* Token.MISSING: the single instance of a type whose repr is <Token.MISSING>. */
static KrObject *missing_repr(KrObject *self) { return kr_str_from_format("<Token.MISSING>"); }

static KrTypeObject kr_token_missing_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "Token.MISSING",
    .tp_basicsize = sizeof(KrObject),
    .tp_repr = missing_repr,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_DEFAULT,
};

static KrObject missing_object = KR_OBJECT_HEAD_INIT(&kr_token_missing_type);

/* ---------------------------------------------------------------------------
 * The module
 * ------------------------------------------------------------------------ */

static KrObject *contextvars_copy_context(KrObject *m, KrObject *unused)
{
    return kr_contextvars_copy_context();
}

static KrMethodDef contextvars_functions[] = {
    { "copy_context", (void *)contextvars_copy_context, KR_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static int contextvars_exec(KrObject *m)
{
    if (kr_type_ready(&kr_token_missing_type) < 0) return -1;
    if (kr_type_ready(&context_keys_type) < 0) return -1;
    if (kr_type_ready(&context_values_type) < 0) return -1;
    if (kr_type_ready(&context_items_type) < 0) return -1;
    if (kr_type_ready(&kr_context_type) < 0) return -1;
    if (kr_type_ready(&kr_contextvar_type) < 0) return -1;
    if (kr_type_ready(&kr_contexttoken_type) < 0) return -1;
    if (!token_missing) {
        token_missing = &missing_object;
        if (kr_dict_set_item_str(kr_contexttoken_type.tp_dict, "MISSING", token_missing) < 0) return -1;
        kr_type_modified(&kr_contexttoken_type);
    }
    if (kr_module_add_steal(m, "Context", kr_newref(&kr_context_type)) < 0) return -1;
    if (kr_module_add_steal(m, "ContextVar", kr_newref(&kr_contextvar_type)) < 0) return -1;
    if (kr_module_add_steal(m, "Token", kr_newref(&kr_contexttoken_type)) < 0) return -1;
    return 0;
}

KrModuleDef kr_contextvarsmodule_def = {
    .name = "_contextvars",
    .doc = "Context Variables",
    .methods = contextvars_functions,
    .exec = contextvars_exec,
};
