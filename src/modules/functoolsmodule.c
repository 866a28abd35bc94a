/* functoolsmodule.c — the _functools module: reduce, partial, cmp_to_key
 * (KeyWrapper) and _lru_cache_wrapper, as CPython 3.11; functools.py builds
 * lru_cache, wraps and the rest on top. */
#include "functoolsmodule.h"
#include "modargs.h"
#include "../objects/type.h"
#include "../objects/tuple.h"
#include "../objects/int.h"
#include "../objects/str.h"
#include "../objects/dict.h"
#include "../objects/call.h"
#include "../objects/method.h"
#include "../objects/weakref.h"
#include "../objects/genericalias.h"
#include "../memory/gc.h"
#include "../vm/err.h"
#include "../memory/mem.h"

#include <stddef.h>

/* ---- reduce ---- */

static KrObject *functools_reduce(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (kr_args_no_keywords("reduce", kwnames) < 0) return NULL;
    if (kr_args_check_count("reduce", nargs, 2, 3) < 0) return NULL;
    KrObject *func = args[0];
    KrObject *it = kr_object_get_iter(args[1]);
    if (!it) {
        if (kr_err_matches(kr_exc_TypeError)) {
            kr_err_clear();
            kr_err_set_string(kr_exc_TypeError, "reduce() arg 2 must support iteration");
        }
        return NULL;
    }
    KrObject *result = nargs > 2 ? kr_newref(args[2]) : NULL;
    for (;;) {
        KrObject *item = kr_iter_next(it);
        if (!item) {
            if (kr_err_occurred()) goto fail;
            break;
        }
        if (!result) {
            result = item;
            continue;
        }
        KrObject *r = kr_object_call_two(func, result, item);
        KR_DECREF(item);
        KR_DECREF(result);
        result = r;
        if (!result) goto fail;
    }
    KR_DECREF(it);
    if (!result) kr_err_set_string(kr_exc_TypeError, "reduce() of empty iterable with no initial value");
    return result;
fail:
    KR_DECREF(it);
    KR_XDECREF(result);
    return NULL;
}

/* ---- partial ---- */

typedef struct {
    KrObject ob_base;
    KrObject *fn;
    KrObject *args; /* tuple */
    KrObject *kw;   /* dict */
    KrObject *dict;
    KrObject *weakreflist;
    kr_vectorcallfunc vectorcall;
} KrPartialObject;

static KrObject *partial_vectorcall(KrObject *self, KrObject *const *args, size_t nargsf, KrObject *kwnames);

static KrObject *partial_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if (KR_SIZE(args) < 1) return kr_err_format(kr_exc_TypeError, "type 'partial' takes at least one argument");
    KrObject *func = KR_TUPLE_ITEMS(args)[0];
    KrObject *pargs = NULL, *pkw = NULL;
    if (KR_TYPE(func)->tp_call == kr_vectorcall_call &&
        KR_TYPE_CHECK_EXACT_OR_SUB(func, &kr_functools_partial_type)) {
        KrPartialObject *part = (KrPartialObject *)func;
        if (!part->dict) {
            pargs = part->args;
            pkw = part->kw;
            func = part->fn;
        }
    }
    if (!kr_callable_check(func)) return kr_err_format(kr_exc_TypeError, "the first argument must be callable");
    KrObject *rest = kr_tuple_get_slice(args, 1, KR_SIZE(args));
    if (!rest) return NULL;
    KrObject *newargs;
    if (pargs && KR_SIZE(pargs)) {
        newargs = kr_number_binop(pargs, rest, KR_NB_ADD);
        KR_DECREF(rest);
        if (!newargs) return NULL;
    } else {
        newargs = rest;
    }
    KrObject *newkw = pkw ? kr_dict_copy(pkw) : kr_dict_new();
    if (!newkw || (kwds && kr_dict_merge(newkw, kwds, 1) < 0)) {
        KR_XDECREF(newkw);
        KR_DECREF(newargs);
        return NULL;
    }
    KrPartialObject *p = (KrPartialObject *)type->tp_alloc(type, 0);
    if (!p) {
        KR_DECREF(newkw);
        KR_DECREF(newargs);
        return NULL;
    }
    p->fn = kr_newref(func);
    p->args = newargs;
    p->kw = newkw;
    p->dict = NULL;
    p->weakreflist = NULL;
    p->vectorcall = partial_vectorcall;
    kr_gc_track(p);
    return (KrObject *)p;
}

static KrObject *partial_call(KrObject *self, KrObject *args, KrObject *kwargs)
{
    KrPartialObject *p = (KrPartialObject *)self;
    KrObject *allargs = args;
    KR_INCREF(allargs);
    if (KR_SIZE(p->args)) {
        KR_SETREF(allargs, kr_number_binop(p->args, args, KR_NB_ADD));
        if (!allargs) return NULL;
    }
    KrObject *kw;
    if (kr_dict_size(p->kw) == 0) {
        kw = kwargs ? kr_newref(kwargs) : NULL;
    } else {
        kw = kr_dict_copy(p->kw);
        if (!kw || (kwargs && kr_dict_merge(kw, kwargs, 1) < 0)) {
            KR_XDECREF(kw);
            KR_DECREF(allargs);
            return NULL;
        }
    }
    KrObject *res = kr_object_call(p->fn, allargs, kw);
    KR_DECREF(allargs);
    KR_XDECREF(kw);
    return res;
}

/* The fast path: the stored arguments are prepended on the C stack; stored
 * keywords (rare) go through a merged dict. */
static KrObject *partial_vectorcall(KrObject *self, KrObject *const *args, size_t nargsf, KrObject *kwnames)
{
    KrPartialObject *p = (KrPartialObject *)self;
    ssize_t nargs = kr_vectorcall_nargs(nargsf);
    ssize_t np = KR_SIZE(p->args);
    ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
    if (kr_dict_size(p->kw) == 0) {
        if (np == 0) return kr_object_vectorcall(p->fn, args, (size_t)nargs, kwnames);
        KrObject *small[8];
        ssize_t total = np + nargs + nkw;
        KrObject **stack = total <= 8 ? small : kr_mem_alloc((size_t)total * sizeof(KrObject *));
        if (!stack) return kr_err_no_memory();
        for (ssize_t i = 0; i < np; i++) stack[i] = KR_TUPLE_ITEMS(p->args)[i];
        for (ssize_t i = 0; i < nargs + nkw; i++) stack[np + i] = args[i];
        KrObject *fn = kr_newref(p->fn);
        KrObject *pargs = kr_newref(p->args);
        KrObject *res = kr_object_vectorcall(fn, stack, (size_t)(np + nargs), kwnames);
        KR_DECREF(pargs);
        KR_DECREF(fn);
        if (stack != small) kr_mem_free(stack);
        return res;
    }
    KrObject *argtuple = kr_tuple_from_array(args, nargs);
    if (!argtuple) return NULL;
    KrObject *kwargs = NULL;
    if (nkw) {
        kwargs = kr_call_kwnames_to_dict(args + nargs, kwnames);
        if (!kwargs) {
            KR_DECREF(argtuple);
            return NULL;
        }
    }
    KrObject *res = partial_call(self, argtuple, kwargs);
    KR_DECREF(argtuple);
    KR_XDECREF(kwargs);
    return res;
}

static int partial_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrPartialObject *p = (KrPartialObject *)o;
    KR_VISIT(p->fn);
    KR_VISIT(p->args);
    KR_VISIT(p->kw);
    KR_VISIT(p->dict);
    return 0;
}

static int partial_clear(KrObject *o)
{
    KrPartialObject *p = (KrPartialObject *)o;
    KR_CLEAR(p->fn);
    KR_CLEAR(p->args);
    KR_CLEAR(p->kw);
    KR_CLEAR(p->dict);
    return 0;
}

static void partial_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    if (((KrPartialObject *)o)->weakreflist && kr_weakref_clear_refs) kr_weakref_clear_refs(o);
    partial_clear(o);
    KR_TYPE(o)->tp_free(o);
}

static KrObject *partial_repr(KrObject *self)
{
    KrPartialObject *p = (KrPartialObject *)self;
    int r = kr_repr_enter(self);
    if (r != 0) return r > 0 ? kr_str_from_format("...") : NULL;
    KrObject *res = NULL;
    KrObject *arglist = kr_str_from_format("%R", p->fn);
    if (!arglist) goto done;
    /* Reference the pieces while formatting: repr may run arbitrary code. */
    KrObject *args = kr_newref(p->args), *kw = kr_newref(p->kw);
    for (ssize_t i = 0; i < KR_SIZE(args) && arglist; i++)
        KR_SETREF(arglist, kr_str_from_format("%U, %R", arglist, KR_TUPLE_ITEMS(args)[i]));
    ssize_t pos = 0;
    KrObject *k, *v;
    while (arglist && kr_dict_next(kw, &pos, &k, &v)) {
        KR_INCREF(k);
        KR_INCREF(v);
        KR_SETREF(arglist, kr_str_from_format("%U, %S=%R", arglist, k, v));
        KR_DECREF(k);
        KR_DECREF(v);
    }
    KR_DECREF(args);
    KR_DECREF(kw);
    if (arglist) {
        KrObject *qual = kr_type_get_qualname(KR_TYPE(self));
        KrObject *mod = qual ? kr_type_get_module(KR_TYPE(self)) : NULL;
        if (mod) {
            if (KR_STR_CHECK(mod) && !kr_str_equal_cstr(mod, "builtins"))
                res = kr_str_from_format("%U.%U(%U)", mod, qual, arglist);
            else
                res = kr_str_from_format("%U(%U)", qual, arglist);
        }
        KR_XDECREF(qual);
        KR_XDECREF(mod);
        KR_DECREF(arglist);
    }
done:
    kr_repr_leave(self);
    return res;
}

static KrObject *partial_reduce(KrObject *self, KrObject *unused)
{
    KrPartialObject *p = (KrPartialObject *)self;
    KrObject *fnt = kr_tuple_pack(1, p->fn);
    KrObject *state = kr_tuple_pack(4, p->fn, p->args, p->kw, p->dict ? p->dict : KR_NONE);
    KrObject *res = (fnt && state) ? kr_tuple_pack(3, (KrObject *)KR_TYPE(self), fnt, state) : NULL;
    KR_XDECREF(fnt);
    KR_XDECREF(state);
    return res;
}

static KrObject *partial_setstate(KrObject *self, KrObject *state)
{
    KrPartialObject *p = (KrPartialObject *)self;
    if (!KR_TUPLE_CHECK_EXACT(state) || KR_SIZE(state) != 4)
        return kr_err_format(kr_exc_TypeError, "invalid partial state");
    KrObject *fn = KR_TUPLE_ITEMS(state)[0], *fnargs = KR_TUPLE_ITEMS(state)[1];
    KrObject *kw = KR_TUPLE_ITEMS(state)[2], *dict = KR_TUPLE_ITEMS(state)[3];
    if (!kr_callable_check(fn) || !KR_TYPE_CHECK_EXACT_OR_SUB(fnargs, &kr_tuple_type) ||
        (kw != KR_NONE && !KR_DICT_CHECK(kw)))
        return kr_err_format(kr_exc_TypeError, "invalid partial state");
    KrObject *newargs = KR_TUPLE_CHECK_EXACT(fnargs) ? kr_newref(fnargs) : kr_sequence_tuple(fnargs);
    if (!newargs) return NULL;
    KrObject *newkw = kw == KR_NONE ? kr_dict_new() : (KR_DICT_CHECK_EXACT(kw) ? kr_newref(kw) : kr_dict_copy(kw));
    if (!newkw) {
        KR_DECREF(newargs);
        return NULL;
    }
    KR_SETREF(p->fn, kr_newref(fn));
    KR_SETREF(p->args, newargs);
    KR_SETREF(p->kw, newkw);
    KR_SETREF(p->dict, dict == KR_NONE ? NULL : kr_newref(dict));
    KR_RETURN_NONE;
}

static KrObject *partial_get_dict(KrObject *o, void *c)
{
    return kr_object_dict_slot_get(&((KrPartialObject *)o)->dict);
}

static int partial_set_dict(KrObject *o, KrObject *v, void *c)
{
    return kr_object_dict_slot_set(&((KrPartialObject *)o)->dict, v, 0);
}

static KrMemberDef partial_members[] = {
    { "func", KR_T_OBJECT, offsetof(KrPartialObject, fn), KR_READONLY, "function object to use in future partial calls" },
    { "args", KR_T_OBJECT, offsetof(KrPartialObject, args), KR_READONLY, "tuple of arguments to future partial calls" },
    { "keywords", KR_T_OBJECT, offsetof(KrPartialObject, kw), KR_READONLY, "dictionary of keyword arguments to future partial calls" },
    { NULL, 0, 0, 0, NULL },
};

static KrGetSetDef partial_getset[] = {
    { "__dict__", partial_get_dict, partial_set_dict, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static KrMethodDef partial_methods[] = {
    { "__reduce__", (void *)partial_reduce, KR_METH_NOARGS, NULL },
    { "__setstate__", (void *)partial_setstate, KR_METH_O, NULL },
    { "__class_getitem__", (void *)kr_generic_alias_class_getitem, KR_METH_O | KR_METH_CLASS, "See PEP 585" },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_functools_partial_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "functools.partial",
    .tp_basicsize = sizeof(KrPartialObject),
    .tp_dealloc = partial_dealloc,
    .tp_vectorcall_offset = offsetof(KrPartialObject, vectorcall),
    .tp_repr = partial_repr,
    .tp_call = kr_vectorcall_call,
    .tp_getattro = kr_object_generic_getattr,
    .tp_setattro = kr_object_generic_setattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_HAVE_VECTORCALL,
    .tp_doc = "partial(func, *args, **keywords) - new function with partial application\n"
              "    of the given arguments and keywords.\n",
    .tp_traverse = partial_traverse,
    .tp_clear = partial_clear,
    .tp_weaklistoffset = offsetof(KrPartialObject, weakreflist),
    .tp_methods = partial_methods,
    .tp_members = partial_members,
    .tp_getset = partial_getset,
    .tp_dictoffset = offsetof(KrPartialObject, dict),
    .tp_alloc = kr_object_alloc,
    .tp_new = partial_new,
    .tp_free = kr_object_free,
};

/* ---- cmp_to_key: KeyWrapper ---- */

typedef struct {
    KrObject ob_base;
    KrObject *cmp;
    KrObject *object;
} KrKeyObject;

static KrObject *keyobject_make(KrObject *cmp, KrObject *object)
{
    KrKeyObject *k = (KrKeyObject *)kr_object_alloc(&kr_functools_keywrapper_type, 0);
    if (!k) return NULL;
    k->cmp = kr_newref(cmp);
    k->object = kr_xnewref(object);
    kr_gc_track(k);
    return (KrObject *)k;
}

static KrObject *keyobject_call(KrObject *self, KrObject *args, KrObject *kwds)
{
    static const char *const names[] = { "obj", NULL };
    static const KrArgSpec spec = { "K", names, 0, 1, 1 };
    KrObject *a[1];
    if (kr_modargs_parse_tuple(&spec, args, kwds, a) < 0) return NULL;
    return keyobject_make(((KrKeyObject *)self)->cmp, a[0]);
}

static KrObject *keyobject_richcompare(KrObject *a, KrObject *b, int op)
{
    if (KR_TYPE(b) != &kr_functools_keywrapper_type)
        return kr_err_format(kr_exc_TypeError, "other argument must be K instance");
    KrKeyObject *x = (KrKeyObject *)a, *y = (KrKeyObject *)b;
    if (!x->object || !y->object) return kr_err_format(kr_exc_AttributeError, "object");
    KrObject *res = kr_object_call_two(x->cmp, x->object, y->object);
    if (!res) return NULL;
    KrObject *zero = kr_int_from_ssize(0);
    KrObject *answer = kr_object_richcompare(res, zero, op);
    KR_DECREF(res);
    KR_DECREF(zero);
    return answer;
}

static int keyobject_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrKeyObject *)o)->cmp);
    KR_VISIT(((KrKeyObject *)o)->object);
    return 0;
}

static int keyobject_clear(KrObject *o)
{
    KR_CLEAR(((KrKeyObject *)o)->cmp);
    KR_CLEAR(((KrKeyObject *)o)->object);
    return 0;
}

static void keyobject_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    keyobject_clear(o);
    KR_TYPE(o)->tp_free(o);
}

static KrMemberDef keyobject_members[] = {
    { "obj", KR_T_OBJECT, offsetof(KrKeyObject, object), 0, "Value wrapped by a key function." },
    { NULL, 0, 0, 0, NULL },
};

KrTypeObject kr_functools_keywrapper_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "functools.KeyWrapper",
    .tp_basicsize = sizeof(KrKeyObject),
    .tp_dealloc = keyobject_dealloc,
    .tp_hash = kr_object_hash_not_implemented,
    .tp_call = keyobject_call,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = keyobject_traverse,
    .tp_clear = keyobject_clear,
    .tp_richcompare = keyobject_richcompare,
    .tp_members = keyobject_members,
    .tp_free = kr_object_free,
};

static KrObject *functools_cmp_to_key(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "mycmp", NULL };
    static const KrArgSpec spec = { "cmp_to_key", names, 0, 1, 1 };
    KrObject *a[1];
    if (kr_args_parse(&spec, args, nargs, kwnames, a) < 0) return NULL;
    return keyobject_make(a[0], NULL);
}

/* ---- _lru_cache_wrapper ---- */

typedef struct {
    KrObject ob_base;
    KrObject *func;
    KrObject *cache;          /* dict key -> result, in recency order */
    KrObject *cache_info_type;
    KrObject *maxsize_O;      /* int or None, for cache_info */
    KrObject *dict;
    KrObject *weakreflist;
    ssize_t maxsize;          /* -1: unbounded */
    ssize_t hits, misses;
    int typed;
} KrLruObject;

static KrObject *kwd_mark; /* separates positional from keyword parts of a key */

/* The cache key for a call (new ref): the single argument itself for the
 * common case of one str/int argument, else a tuple as functools._make_key. */
static KrObject *lru_make_key(KrLruObject *lru, KrObject *args, KrObject *kwds)
{
    ssize_t nargs = KR_SIZE(args);
    ssize_t nkw = kwds ? kr_dict_size(kwds) : 0;
    if (!lru->typed && nkw == 0) {
        if (nargs == 1) {
            KrObject *a = KR_TUPLE_ITEMS(args)[0];
            if (KR_TYPE(a) == &kr_str_type || KR_TYPE(a) == &kr_int_type) return kr_newref(a);
        }
        return kr_newref(args);
    }
    ssize_t n = nargs + (nkw ? 1 + 2 * nkw : 0) + (lru->typed ? nargs + nkw : 0);
    KrObject *key = kr_tuple_new(n);
    if (!key) return NULL;
    ssize_t j = 0;
    for (ssize_t i = 0; i < nargs; i++) KR_TUPLE_SET_STEAL(key, j++, kr_newref(KR_TUPLE_ITEMS(args)[i]));
    if (nkw) {
        KR_TUPLE_SET_STEAL(key, j++, kr_newref(kwd_mark));
        ssize_t pos = 0;
        KrObject *k, *v;
        while (kr_dict_next(kwds, &pos, &k, &v)) {
            KR_TUPLE_SET_STEAL(key, j++, kr_newref(k));
            KR_TUPLE_SET_STEAL(key, j++, kr_newref(v));
        }
    }
    if (lru->typed) {
        for (ssize_t i = 0; i < nargs; i++)
            KR_TUPLE_SET_STEAL(key, j++, kr_newref(KR_TYPE(KR_TUPLE_ITEMS(args)[i])));
        if (nkw) {
            ssize_t pos = 0;
            KrObject *k, *v;
            while (kr_dict_next(kwds, &pos, &k, &v)) KR_TUPLE_SET_STEAL(key, j++, kr_newref(KR_TYPE(v)));
        }
    }
    return key;
}

static KrObject *lru_call(KrObject *self, KrObject *args, KrObject *kwds)
{
    KrLruObject *lru = (KrLruObject *)self;
    if (lru->maxsize == 0) {
        lru->misses++;
        return kr_object_call(lru->func, args, kwds);
    }
    KrObject *key = lru_make_key(lru, args, kwds);
    if (!key) return NULL;
    kr_hash_t hash = kr_object_hash(key);
    if (hash == -1) {
        KR_DECREF(key);
        return NULL;
    }
    KrObject *cached = kr_dict_get_item_known_hash_borrow(lru->cache, key, hash);
    if (cached) {
        KR_INCREF(cached);
        lru->hits++;
        if (lru->maxsize > 0) {
            /* move to the most recent end */
            if (kr_dict_del_item(lru->cache, key) < 0 ||
                kr_dict_set_item_known_hash(lru->cache, key, hash, cached) < 0) {
                KR_DECREF(key);
                KR_DECREF(cached);
                return NULL;
            }
        }
        KR_DECREF(key);
        return cached;
    }
    if (kr_err_occurred()) {
        KR_DECREF(key);
        return NULL;
    }
    lru->misses++;
    KrObject *result = kr_object_call(lru->func, args, kwds);
    if (!result) {
        KR_DECREF(key);
        return NULL;
    }
    if (lru->maxsize > 0) {
        KrObject *again = kr_dict_get_item_known_hash_borrow(lru->cache, key, hash);
        if (again) {
            /* a recursive call already cached it */
            KR_DECREF(key);
            return result;
        }
        if (kr_err_occurred()) goto fail;
        while (kr_dict_size(lru->cache) >= lru->maxsize) {
            ssize_t pos = 0;
            KrObject *k, *v;
            if (!kr_dict_next(lru->cache, &pos, &k, &v)) break;
            KR_INCREF(k);
            int r = kr_dict_del_item(lru->cache, k);
            KR_DECREF(k);
            if (r < 0) goto fail;
        }
    }
    if (kr_dict_set_item_known_hash(lru->cache, key, hash, result) < 0) goto fail;
    KR_DECREF(key);
    return result;
fail:
    KR_DECREF(key);
    KR_DECREF(result);
    return NULL;
}

static KrObject *lru_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    static const char *const names[] = { "user_function", "maxsize", "typed", "cache_info_type", NULL };
    static const KrArgSpec spec = { "lru_cache", names, 0, 4, 4 };
    KrObject *a[4];
    if (kr_modargs_parse_tuple(&spec, args, kwds, a) < 0) return NULL;
    if (!kr_callable_check(a[0])) return kr_err_format(kr_exc_TypeError, "the first argument must be callable");
    int typed = kr_object_is_true(a[2]);
    if (typed < 0) return NULL;
    ssize_t maxsize;
    KrObject *maxsize_O;
    if (a[1] == KR_NONE) {
        maxsize = -1;
        maxsize_O = kr_newref(KR_NONE);
    } else if (kr_index_check(a[1])) {
        maxsize = kr_number_as_ssize(a[1], kr_exc_OverflowError);
        if (maxsize == -1 && kr_err_occurred()) return NULL;
        if (maxsize < 0) maxsize = 0;
        maxsize_O = kr_int_from_ssize(maxsize);
        if (!maxsize_O) return NULL;
    } else {
        return kr_err_format(kr_exc_TypeError, "maxsize should be integer or None");
    }
    KrObject *cache = kr_dict_new();
    if (!cache) {
        KR_DECREF(maxsize_O);
        return NULL;
    }
    if (!kwd_mark && !(kwd_mark = kr_object_call_noargs((KrObject *)&kr_object_type))) {
        KR_DECREF(maxsize_O);
        KR_DECREF(cache);
        return NULL;
    }
    KrLruObject *lru = (KrLruObject *)type->tp_alloc(type, 0);
    if (!lru) {
        KR_DECREF(maxsize_O);
        KR_DECREF(cache);
        return NULL;
    }
    lru->func = kr_newref(a[0]);
    lru->cache = cache;
    lru->cache_info_type = kr_newref(a[3]);
    lru->maxsize_O = maxsize_O;
    lru->dict = NULL;
    lru->weakreflist = NULL;
    lru->maxsize = maxsize;
    lru->hits = lru->misses = 0;
    lru->typed = typed;
    kr_gc_track(lru);
    return (KrObject *)lru;
}

static int lru_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrLruObject *lru = (KrLruObject *)o;
    KR_VISIT(lru->func);
    KR_VISIT(lru->cache);
    KR_VISIT(lru->cache_info_type);
    KR_VISIT(lru->maxsize_O);
    KR_VISIT(lru->dict);
    return 0;
}

static int lru_clear(KrObject *o)
{
    KrLruObject *lru = (KrLruObject *)o;
    KR_CLEAR(lru->func);
    KR_CLEAR(lru->cache);
    KR_CLEAR(lru->cache_info_type);
    KR_CLEAR(lru->maxsize_O);
    KR_CLEAR(lru->dict);
    return 0;
}

static void lru_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    if (((KrLruObject *)o)->weakreflist && kr_weakref_clear_refs) kr_weakref_clear_refs(o);
    lru_clear(o);
    KR_TYPE(o)->tp_free(o);
}

static KrObject *lru_descr_get(KrObject *self, KrObject *obj, KrObject *type)
{
    if (!obj || obj == KR_NONE) return kr_newref(self);
    return kr_method_new(self, obj);
}

static KrObject *lru_cache_info(KrObject *self, KrObject *unused)
{
    KrLruObject *lru = (KrLruObject *)self;
    KrObject *hits = kr_int_from_ssize(lru->hits);
    KrObject *misses = kr_int_from_ssize(lru->misses);
    KrObject *cur = kr_int_from_ssize(lru->maxsize == 0 ? 0 : kr_dict_size(lru->cache));
    KrObject *args = (hits && misses && cur) ? kr_tuple_pack(4, hits, misses, lru->maxsize_O, cur) : NULL;
    KR_XDECREF(hits);
    KR_XDECREF(misses);
    KR_XDECREF(cur);
    if (!args) return NULL;
    KrObject *res = kr_object_call(lru->cache_info_type, args, NULL);
    KR_DECREF(args);
    return res;
}

static KrObject *lru_cache_clear(KrObject *self, KrObject *unused)
{
    KrLruObject *lru = (KrLruObject *)self;
    lru->hits = lru->misses = 0;
    kr_dict_clear(lru->cache);
    KR_RETURN_NONE;
}

static KrObject *lru_reduce(KrObject *self, KrObject *unused)
{
    return kr_object_getattr_str(self, "__qualname__");
}

static KrObject *lru_copy(KrObject *self, KrObject *unused)
{
    return kr_newref(self);
}

static KrObject *lru_get_dict(KrObject *o, void *c)
{
    return kr_object_dict_slot_get(&((KrLruObject *)o)->dict);
}

static int lru_set_dict(KrObject *o, KrObject *v, void *c)
{
    return kr_object_dict_slot_set(&((KrLruObject *)o)->dict, v, 0);
}

static KrGetSetDef lru_getset[] = {
    { "__dict__", lru_get_dict, lru_set_dict, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static KrMethodDef lru_methods[] = {
    { "cache_info", (void *)lru_cache_info, KR_METH_NOARGS, "Report cache statistics" },
    { "cache_clear", (void *)lru_cache_clear, KR_METH_NOARGS, "Clear the cache and cache statistics" },
    { "__reduce__", (void *)lru_reduce, KR_METH_NOARGS, NULL },
    { "__copy__", (void *)lru_copy, KR_METH_VARARGS, NULL },
    { "__deepcopy__", (void *)lru_copy, KR_METH_VARARGS, NULL },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_functools_lru_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "functools._lru_cache_wrapper",
    .tp_basicsize = sizeof(KrLruObject),
    .tp_dealloc = lru_dealloc,
    .tp_call = lru_call,
    .tp_getattro = kr_object_generic_getattr,
    .tp_setattro = kr_object_generic_setattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_doc = "Create a cached callable that wraps another function.\n\n"
              "user_function:      the function being cached\n\n"
              "maxsize:  0         for no caching\n"
              "          None      for unlimited cache size\n"
              "          n         for a bounded cache\n\n"
              "typed:    False     cache f(3) and f(3.0) as identical calls\n"
              "          True      cache f(3) and f(3.0) as distinct calls\n\n"
              "cache_info_type:    namedtuple class with the fields:\n"
              "                        hits misses currsize maxsize\n",
    .tp_traverse = lru_traverse,
    .tp_clear = lru_clear,
    .tp_weaklistoffset = offsetof(KrLruObject, weakreflist),
    .tp_methods = lru_methods,
    .tp_getset = lru_getset,
    .tp_descr_get = lru_descr_get,
    .tp_dictoffset = offsetof(KrLruObject, dict),
    .tp_alloc = kr_object_alloc,
    .tp_new = lru_new,
    .tp_free = kr_object_free,
};

/* ---- the module ---- */

static KrMethodDef functools_functions[] = {
    { "reduce", (void *)functools_reduce, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "reduce(function, iterable[, initial]) -> value\n\n"
      "Apply a function of two arguments cumulatively to the items of a sequence\n"
      "or iterable, from left to right, so as to reduce the iterable to a single\n"
      "value.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n"
      "((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\n"
      "of the iterable in the calculation, and serves as a default when the\n"
      "iterable is empty." },
    { "cmp_to_key", (void *)functools_cmp_to_key, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Convert a cmp= function into a key= function." },
    { NULL, NULL, 0, NULL },
};

static int functools_exec(KrObject *m)
{
    if (kr_type_ready(&kr_functools_keywrapper_type) < 0) return -1;
    if (kr_type_ready(&kr_functools_partial_type) < 0) return -1;
    if (kr_type_ready(&kr_functools_lru_type) < 0) return -1;
    if (kr_module_add_steal(m, "partial", kr_newref(&kr_functools_partial_type)) < 0) return -1;
    if (kr_module_add_steal(m, "_lru_cache_wrapper", kr_newref(&kr_functools_lru_type)) < 0) return -1;
    return 0;
}

KrModuleDef kr_functoolsmodule_def = {
    .name = "_functools",
    .doc = "Tools that operate on functions.",
    .methods = functools_functions,
    .exec = functools_exec,
};
