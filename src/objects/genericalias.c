/* genericalias.c — types.GenericAlias (PEP 585): list[int] and friends.
 * Attribute access other than a few dunders is forwarded to the origin
 * class; calling creates an origin instance; subscripting substitutes the
 * type variables collected in __parameters__. */
#include "genericalias.h"
#include "tuple.h"
#include "list.h"
#include "str.h"
#include "int.h"
#include "args.h"
#include "type.h"
#include "abstract.h"
#include "ids.h"
#include "union.h"
#include "../vm/err.h"
#include "../memory/gc.h"

#include <string.h>

typedef struct {
    KrObject ob_base;
    KrObject *origin;
    KrObject *args;            /* tuple */
    KrObject *parameters;      /* tuple, computed lazily */
    KrObject *weakreflist;
    int starred;
} KrGenericAliasObject;

#define GA(o) ((KrGenericAliasObject *)(o))

static KrObject *ga_make(KrTypeObject *type, KrObject *origin, KrObject *args)
{
    KrObject *targs = KR_TUPLE_CHECK(args) ? kr_newref(args) : kr_tuple_pack(1, args);
    if (!targs) return NULL;
    KrGenericAliasObject *ga = (KrGenericAliasObject *)type->tp_alloc(type, 0);
    if (!ga) {
        KR_DECREF(targs);
        return NULL;
    }
    ga->origin = kr_newref(origin);
    ga->args = targs;
    ga->parameters = NULL;
    ga->weakreflist = NULL;
    ga->starred = 0;
    kr_gc_track(ga);
    return (KrObject *)ga;
}

KrObject *kr_generic_alias_new(KrObject *origin, KrObject *args)
{
    return ga_make(&kr_generic_alias_type, origin, args);
}

KrObject *kr_generic_alias_class_getitem(KrObject *cls, KrObject *args)
{
    return kr_generic_alias_new(cls, args);
}

static void ga_dealloc(KrObject *o)
{
    KrGenericAliasObject *ga = GA(o);
    kr_gc_untrack(o);
    if (ga->weakreflist && kr_weakref_clear_refs) kr_weakref_clear_refs(o);
    KR_XDECREF(ga->origin);
    KR_XDECREF(ga->args);
    KR_XDECREF(ga->parameters);
    KR_TYPE(o)->tp_free(o);
}

static int ga_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrGenericAliasObject *ga = GA(o);
    KR_VISIT(ga->origin);
    KR_VISIT(ga->args);
    KR_VISIT(ga->parameters);
    return 0;
}

/* ---- repr ---- */

static int ga_repr_item(KrStrBuilder *b, KrObject *p)
{
    KrObject *qualname = NULL, *module = NULL, *r = NULL, *tmp;
    int rc = -1;
    if (p == KR_ELLIPSIS) return kr_strbuilder_append_ascii(b, "...", 3);
    int has;
    if ((has = kr_object_lookup_attr(p, KR_ID(__origin__), &tmp)) < 0) goto done;
    if (has) {
        KR_DECREF(tmp);
        if ((has = kr_object_lookup_attr(p, KR_ID(__args__), &tmp)) < 0) goto done;
        if (has) {
            /* a generic alias of some kind: its own repr */
            KR_DECREF(tmp);
            goto use_repr;
        }
    }
    if (kr_object_lookup_attr(p, KR_ID(__qualname__), &qualname) < 0) goto done;
    if (!qualname) goto use_repr;
    if (kr_object_lookup_attr(p, KR_ID(__module__), &module) < 0) goto done;
    if (!module || module == KR_NONE) goto use_repr;
    if (KR_STR_CHECK(module) && kr_str_equal_cstr(module, "builtins")) {
        r = kr_object_str(qualname);
    } else {
        r = kr_str_from_format("%S.%S", module, qualname);
    }
    goto append;
use_repr:
    r = kr_object_repr(p);
append:
    if (r) rc = kr_strbuilder_append_str(b, r);
done:
    KR_XDECREF(qualname);
    KR_XDECREF(module);
    KR_XDECREF(r);
    return rc;
}

static KrObject *ga_repr(KrObject *o)
{
    KrGenericAliasObject *ga = GA(o);
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    if (ga->starred && kr_strbuilder_append_char(&b, '*') < 0) goto fail;
    if (ga_repr_item(&b, ga->origin) < 0) goto fail;
    if (kr_strbuilder_append_char(&b, '[') < 0) goto fail;
    ssize_t n = KR_SIZE(ga->args);
    for (ssize_t i = 0; i < n; i++) {
        if (i > 0 && kr_strbuilder_append_ascii(&b, ", ", 2) < 0) goto fail;
        if (ga_repr_item(&b, KR_TUPLE_ITEMS(ga->args)[i]) < 0) goto fail;
    }
    if (n == 0 && kr_strbuilder_append_ascii(&b, "()", 2) < 0) goto fail;
    if (kr_strbuilder_append_char(&b, ']') < 0) goto fail;
    return kr_strbuilder_finish(&b);
fail:
    kr_strbuilder_discard(&b);
    return NULL;
}

/* ---- parameters ---- */

/* A typing.TypeVar, ParamSpec or TypeVarTuple (by class name, as 3.11). */
static int is_typevar(KrObject *obj)
{
    KrTypeObject *t = KR_TYPE(obj);
    const char *name = t->tp_name;
    const char *dot = strrchr(name, '.');
    if (dot) name = dot + 1;
    if (strcmp(name, "TypeVar") != 0 && strcmp(name, "ParamSpec") != 0 && strcmp(name, "TypeVarTuple") != 0)
        return 0;
    KrObject *module = kr_type_get_module(t);
    if (!module) {
        kr_err_clear();
        return 0;
    }
    int res = KR_STR_CHECK(module) && kr_str_equal_cstr(module, "typing");
    KR_DECREF(module);
    return res;
}

static int tuple_add_unique(KrObject *list, KrObject *item)
{
    for (ssize_t i = 0; i < KR_SIZE(list); i++)
        if (KR_LIST_GET(list, i) == item) return 0;
    return kr_list_append(list, item);
}

static KrObject *make_parameters(KrObject *args)
{
    KrObject *params = kr_list_new(0);
    if (!params) return NULL;
    for (ssize_t i = 0; i < KR_SIZE(args); i++) {
        KrObject *t = KR_TUPLE_ITEMS(args)[i];
        if (KR_TYPE_CHECK(t)) continue;
        if (is_typevar(t)) {
            if (tuple_add_unique(params, t) < 0) goto fail;
            continue;
        }
        KrObject *sub;
        if (kr_object_lookup_attr(t, KR_ID(__parameters__), &sub) < 0) goto fail;
        if (sub && KR_TUPLE_CHECK(sub)) {
            for (ssize_t j = 0; j < KR_SIZE(sub); j++) {
                if (tuple_add_unique(params, KR_TUPLE_ITEMS(sub)[j]) < 0) {
                    KR_DECREF(sub);
                    goto fail;
                }
            }
        }
        KR_XDECREF(sub);
    }
    KrObject *res = kr_list_as_tuple(params);
    KR_DECREF(params);
    return res;
fail:
    KR_DECREF(params);
    return NULL;
}

static KrObject *ga_parameters(KrObject *o, void *closure)
{
    KrGenericAliasObject *ga = GA(o);
    if (!ga->parameters) {
        ga->parameters = make_parameters(ga->args);
        if (!ga->parameters) return NULL;
    }
    return kr_newref(ga->parameters);
}

/* alias[items]: substitutes the parameters in order. */
static KrObject *ga_getitem(KrObject *o, KrObject *item)
{
    KrGenericAliasObject *ga = GA(o);
    KrObject *params = ga_parameters(o, NULL);
    if (!params) return NULL;
    ssize_t nparams = KR_SIZE(params);
    if (nparams == 0) {
        KR_DECREF(params);
        return kr_err_format(kr_exc_TypeError, "%R is not a generic class", o);
    }
    KrObject *items = KR_TUPLE_CHECK(item) ? kr_newref(item) : kr_tuple_pack(1, item);
    if (!items) {
        KR_DECREF(params);
        return NULL;
    }
    ssize_t nitems = KR_SIZE(items);
    if (nitems != nparams) {
        kr_err_format(kr_exc_TypeError, "Too %s arguments for %R; actual %zd, expected %zd",
                      nitems > nparams ? "many" : "few", o, nitems, nparams);
        goto fail;
    }
    ssize_t nargs = KR_SIZE(ga->args);
    KrObject *newargs = kr_tuple_new(nargs);
    if (!newargs) goto fail;
    for (ssize_t i = 0; i < nargs; i++) {
        KrObject *arg = KR_TUPLE_ITEMS(ga->args)[i];
        KrObject *repl = NULL;
        for (ssize_t j = 0; j < nparams; j++) {
            if (KR_TUPLE_ITEMS(params)[j] == arg) {
                repl = kr_newref(KR_TUPLE_ITEMS(items)[j]);
                break;
            }
        }
        if (!repl && !KR_TYPE_CHECK(arg)) {
            KrObject *subparams;
            if (kr_object_lookup_attr(arg, KR_ID(__parameters__), &subparams) < 0) {
                KR_DECREF(newargs);
                goto fail;
            }
            if (subparams && KR_TUPLE_CHECK(subparams) && KR_SIZE(subparams) > 0) {
                KrObject *subargs = kr_tuple_new(KR_SIZE(subparams));
                for (ssize_t k = 0; subargs && k < KR_SIZE(subparams); k++) {
                    KrObject *sp = KR_TUPLE_ITEMS(subparams)[k], *v = sp;
                    for (ssize_t j = 0; j < nparams; j++)
                        if (KR_TUPLE_ITEMS(params)[j] == sp) v = KR_TUPLE_ITEMS(items)[j];
                    KR_TUPLE_SET_STEAL(subargs, k, kr_newref(v));
                }
                repl = subargs ? kr_object_getitem(arg, KR_SIZE(subargs) == 1 ? KR_TUPLE_ITEMS(subargs)[0] : subargs) : NULL;
                KR_XDECREF(subargs);
                KR_DECREF(subparams);
                if (!repl) {
                    KR_DECREF(newargs);
                    goto fail;
                }
            } else {
                KR_XDECREF(subparams);
            }
        }
        KR_TUPLE_SET_STEAL(newargs, i, repl ? repl : kr_newref(arg));
    }
    KrObject *res = ga_make(KR_TYPE(o), ga->origin, newargs);
    KR_DECREF(newargs);
    KR_DECREF(items);
    KR_DECREF(params);
    return res;
fail:
    KR_DECREF(items);
    KR_DECREF(params);
    return NULL;
}

/* ---- protocol ---- */

static const char *const attr_exceptions[] = {
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
    "__copy__", "__deepcopy__", NULL,
};

static KrObject *ga_getattro(KrObject *o, KrObject *name)
{
    if (KR_STR_CHECK(name)) {
        for (const char *const *p = attr_exceptions;; p++) {
            if (!*p) return kr_object_getattr(GA(o)->origin, name);
            if (kr_str_equal_cstr(name, *p)) break;
        }
    }
    return kr_object_generic_getattr(o, name);
}

static KrObject *ga_call(KrObject *o, KrObject *args, KrObject *kwds)
{
    KrObject *obj = kr_object_call(GA(o)->origin, args, kwds);
    if (!obj) return NULL;
    if (kr_object_setattr_str(obj, "__orig_class__", o) < 0) {
        if (!kr_err_matches(kr_exc_AttributeError) && !kr_err_matches(kr_exc_TypeError)) {
            KR_DECREF(obj);
            return NULL;
        }
        kr_err_clear();
    }
    return obj;
}

static KrObject *ga_richcompare(KrObject *a, KrObject *b, int op)
{
    if (!KR_GENERIC_ALIAS_CHECK(b) || (op != KR_EQ && op != KR_NE)) KR_RETURN_NOTIMPLEMENTED;
    if (GA(a)->starred != GA(b)->starred) return kr_bool_from(op == KR_NE);
    int eq = kr_object_richcompare_bool(GA(a)->origin, GA(b)->origin, KR_EQ);
    if (eq < 0) return NULL;
    if (!eq) return kr_bool_from(op == KR_NE);
    return kr_object_richcompare(GA(a)->args, GA(b)->args, op);
}

static kr_hash_t ga_hash(KrObject *o)
{
    kr_hash_t h0 = kr_object_hash(GA(o)->origin);
    if (h0 == -1) return -1;
    kr_hash_t h1 = kr_object_hash(GA(o)->args);
    if (h1 == -1) return -1;
    kr_hash_t h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

static KrObject *ga_mro_entries(KrObject *o, KrObject *bases)
{
    return kr_tuple_pack(1, GA(o)->origin);
}

static KrObject *ga_instancecheck(KrObject *o, KrObject *inst)
{
    kr_err_set_string(kr_exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
    return NULL;
}

static KrObject *ga_subclasscheck(KrObject *o, KrObject *inst)
{
    kr_err_set_string(kr_exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
    return NULL;
}

static KrObject *ga_reduce(KrObject *o, KrObject *unused)
{
    KrObject *args = kr_tuple_pack(2, GA(o)->origin, GA(o)->args);
    if (!args) return NULL;
    KrObject *res = kr_tuple_pack(2, (KrObject *)KR_TYPE(o), args);
    KR_DECREF(args);
    return res;
}

static KrObject *ga_dir(KrObject *o, KrObject *unused)
{
    KrObject *dir = kr_object_dir(GA(o)->origin);
    if (!dir) return NULL;
    for (const char *const *p = attr_exceptions; *p; p++) {
        KrObject *s = kr_str_from_cstr(*p);
        if (!s) {
            KR_DECREF(dir);
            return NULL;
        }
        int has = kr_sequence_contains(dir, s);
        if (has == 0) has = kr_list_append(dir, s) < 0 ? -1 : 0;
        KR_DECREF(s);
        if (has < 0) {
            KR_DECREF(dir);
            return NULL;
        }
    }
    return dir;
}

/* iter(alias) yields one starred copy: for *tuple[int, ...] (PEP 646). */
typedef struct {
    KrObject ob_base;
    KrObject *obj;             /* the alias, NULL once used */
} KrGaIterObject;

static KrTypeObject kr_ga_iter_type;

static KrObject *ga_iter(KrObject *o)
{
    KrGaIterObject *gi = KR_NEW(KrGaIterObject, &kr_ga_iter_type);
    if (!gi) return NULL;
    gi->obj = kr_newref(o);
    kr_gc_track(gi);
    return (KrObject *)gi;
}

static KrObject *ga_iternext(KrObject *o)
{
    KrGaIterObject *gi = (KrGaIterObject *)o;
    if (!gi->obj) return NULL;
    KrObject *starred = kr_generic_alias_new(GA(gi->obj)->origin, GA(gi->obj)->args);
    if (starred) GA(starred)->starred = 1;
    KR_CLEAR(gi->obj);
    return starred;
}

static void ga_iter_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_XDECREF(((KrGaIterObject *)o)->obj);
    KR_TYPE(o)->tp_free(o);
}

static int ga_iter_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrGaIterObject *)o)->obj);
    return 0;
}

static KrTypeObject kr_ga_iter_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "generic_alias_iterator",
    .tp_basicsize = sizeof(KrGaIterObject),
    .tp_dealloc = ga_iter_dealloc,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = ga_iter_traverse,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = ga_iternext,
    .tp_alloc = kr_object_alloc,
    .tp_free = kr_object_free,
};

static KrObject *ga_unpacked_tuple_args(KrObject *o, void *c)
{
    KrGenericAliasObject *ga = GA(o);
    if (ga->starred && ga->origin == (KrObject *)&kr_tuple_type) return kr_newref(ga->args);
    KR_RETURN_NONE;
}

static KrObject *ga_get_origin(KrObject *o, void *c) { return kr_newref(GA(o)->origin); }
static KrObject *ga_get_args(KrObject *o, void *c) { return kr_newref(GA(o)->args); }
static KrObject *ga_get_unpacked(KrObject *o, void *c) { return kr_bool_from(GA(o)->starred); }

static KrObject *ga_vectorcall(KrObject *type, KrObject *const *args, size_t nargsf, KrObject *kwnames)
{
    ssize_t nargs = kr_vectorcall_nargs(nargsf);
    if (kr_args_no_keywords("GenericAlias", kwnames) < 0) return NULL;
    if (kr_args_check_count("GenericAlias", nargs, 2, 2) < 0) return NULL;
    return ga_make((KrTypeObject *)type, args[0], args[1]);
}

static KrObject *ga_tp_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if (kr_args_no_kwargs("GenericAlias", kwds) < 0) return NULL;
    if (kr_args_check_count("GenericAlias", KR_SIZE(args), 2, 2) < 0) return NULL;
    return ga_make(type, KR_TUPLE_ITEMS(args)[0], KR_TUPLE_ITEMS(args)[1]);
}

static KrMethodDef ga_methods[] = {
    { "__mro_entries__", (void *)ga_mro_entries, KR_METH_O, NULL },
    { "__instancecheck__", (void *)ga_instancecheck, KR_METH_O, NULL },
    { "__subclasscheck__", (void *)ga_subclasscheck, KR_METH_O, NULL },
    { "__reduce__", (void *)ga_reduce, KR_METH_NOARGS, NULL },
    { "__dir__", (void *)ga_dir, KR_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static KrGetSetDef ga_getset[] = {
    { "__origin__", ga_get_origin, NULL, NULL, NULL },
    { "__args__", ga_get_args, NULL, NULL, NULL },
    { "__parameters__", ga_parameters, NULL, "Type variables in the GenericAlias.", NULL },
    { "__unpacked__", ga_get_unpacked, NULL, NULL, NULL },
    { "__typing_unpacked_tuple_args__", ga_unpacked_tuple_args, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static KrNumberMethods ga_as_number = {
    .nb_or = kr_union_type_or,
};

static KrMappingMethods ga_as_mapping = {
    .mp_subscript = ga_getitem,
};

KrTypeObject kr_generic_alias_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "types.GenericAlias",
    .tp_basicsize = sizeof(KrGenericAliasObject),
    .tp_dealloc = ga_dealloc,
    .tp_repr = ga_repr,
    .tp_as_number = &ga_as_number,
    .tp_as_mapping = &ga_as_mapping,
    .tp_hash = ga_hash,
    .tp_call = ga_call,
    .tp_getattro = ga_getattro,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).",
    .tp_traverse = ga_traverse,
    .tp_richcompare = ga_richcompare,
    .tp_iter = ga_iter,
    .tp_weaklistoffset = offsetof(KrGenericAliasObject, weakreflist),
    .tp_methods = ga_methods,
    .tp_getset = ga_getset,
    .tp_alloc = kr_object_alloc,
    .tp_new = ga_tp_new,
    .tp_free = kr_object_free,
    .tp_vectorcall = ga_vectorcall,
};

int kr_genericalias_init(void)
{
    if (kr_type_ready(&kr_generic_alias_type) < 0) return -1;
    return kr_type_ready(&kr_ga_iter_type);
}
