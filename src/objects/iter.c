/* iter.c — the generic sequence iterator, the callable iterator and the
 * lazy iteration built-ins enumerate, zip (with strict=), map, filter and
 * reversed, with CPython 3.11's argument checks and messages. */
#include "iter.h"
#include "int.h"
#include "tuple.h"
#include "dict.h"
#include "str.h"
#include "args.h"
#include "type.h"
#include "abstract.h"
#include "ids.h"
#include "genericalias.h"
#include "../vm/err.h"
#include "../memory/gc.h"
#include "../memory/mem.h"

#include <limits.h>

/* Calls core(type, args, nargs, kwnames) for a tp_new that received an
 * argument tuple and a keyword dict: the keywords are laid out vectorcall
 * style after the positional arguments. */
typedef KrObject *(*iter_vector_core)(KrTypeObject *type, KrObject *const *args, ssize_t nargs,
                                      KrObject *kwnames);

static KrObject *call_core_from_tuple(iter_vector_core core, KrTypeObject *type, KrObject *args,
                                      KrObject *kwds)
{
    ssize_t nargs = KR_SIZE(args);
    ssize_t nkw = kwds ? kr_dict_size(kwds) : 0;
    if (nkw == 0) return core(type, KR_TUPLE_ITEMS(args), nargs, NULL);
    KrObject **stack = kr_mem_alloc((size_t)(nargs + nkw) * sizeof(KrObject *));
    if (!stack) return kr_err_no_memory();
    KrObject *kwnames = kr_tuple_new(nkw);
    if (!kwnames) {
        kr_mem_free(stack);
        return NULL;
    }
    for (ssize_t i = 0; i < nargs; i++) stack[i] = KR_TUPLE_ITEMS(args)[i];
    ssize_t pos = 0, j = 0;
    KrObject *key, *value;
    while (kr_dict_next(kwds, &pos, &key, &value) && j < nkw) {
        KR_TUPLE_SET_STEAL(kwnames, j, kr_newref(key));
        stack[nargs + j] = value;
        j++;
    }
    KrObject *res = core(type, stack, nargs, kwnames);
    KR_DECREF(kwnames);
    kr_mem_free(stack);
    return res;
}

#include "../vm/state.h"

KrObject *kr_iter_builtin(const char *name)
{
    KrObject *b = kr_interp.builtins;
    KrObject *f = b ? kr_dict_get_item_str_borrow(b, name) : NULL;
    if (!f) {
        if (!kr_err_occurred()) kr_err_format(kr_exc_AttributeError, "module 'builtins' has no attribute '%s'", name);
        return NULL;
    }
    return kr_newref(f);
}

KrObject *kr_iter_reduce_seq(const char *name, KrObject *seq, ssize_t index)
{
    KrObject *f = kr_iter_builtin(name);
    if (!f) return NULL;
    KrObject *res = NULL;
    if (seq) {
        KrObject *args = kr_tuple_pack(1, seq);
        KrObject *idx = kr_int_from_ssize(index);
        if (args && idx) res = kr_tuple_pack(3, f, args, idx);
        KR_XDECREF(args);
        KR_XDECREF(idx);
    } else {
        KrObject *empty = kr_tuple_new(0);
        KrObject *args = empty ? kr_tuple_pack(1, empty) : NULL;
        if (args) res = kr_tuple_pack(2, f, args);
        KR_XDECREF(empty);
        KR_XDECREF(args);
    }
    KR_DECREF(f);
    return res;
}

int kr_iter_state_index(KrObject *state, ssize_t *index)
{
    /* an int proper, as PyLong_AsSsize_t wants (no __index__) */
    if (!KR_INT_CHECK(state)) {
        kr_err_set_string(kr_exc_TypeError, "an integer is required");
        return -1;
    }
    ssize_t i = kr_int_as_ssize(state);
    if (i == -1 && kr_err_occurred()) return -1;
    *index = i;
    return 0;
}

/* ---- the sequence iterator ---- */

typedef struct {
    KrObject ob_base;
    ssize_t it_index;
    KrObject *it_seq;          /* NULL once exhausted */
} KrSeqIterObject;

KrObject *kr_seqiter_new(KrObject *seq)
{
    KrSeqIterObject *it = KR_NEW(KrSeqIterObject, &kr_seqiter_type);
    if (!it) return NULL;
    it->it_index = 0;
    it->it_seq = kr_newref(seq);
    kr_gc_track(it);
    return (KrObject *)it;
}

static void seqiter_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_XDECREF(((KrSeqIterObject *)o)->it_seq);
    KR_TYPE(o)->tp_free(o);
}

static int seqiter_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrSeqIterObject *)o)->it_seq);
    return 0;
}

static KrObject *seqiter_next(KrObject *o)
{
    KrSeqIterObject *it = (KrSeqIterObject *)o;
    KrObject *seq = it->it_seq;
    if (!seq) return NULL;
    KrObject *result = kr_sequence_get_item(seq, it->it_index);
    if (result) {
        it->it_index++;
        return result;
    }
    if (kr_err_matches(kr_exc_IndexError) || kr_err_matches(kr_exc_StopIteration)) {
        kr_err_clear();
        it->it_seq = NULL;
        KR_DECREF(seq);
    }
    return NULL;
}

static KrObject *seqiter_length_hint(KrObject *o, KrObject *unused)
{
    KrSeqIterObject *it = (KrSeqIterObject *)o;
    if (it->it_seq) {
        KrTypeObject *t = KR_TYPE(it->it_seq);
        if (!(t->tp_as_sequence && t->tp_as_sequence->sq_length) &&
            !(t->tp_as_mapping && t->tp_as_mapping->mp_length))
            KR_RETURN_NOTIMPLEMENTED;
        ssize_t seqsize = kr_object_length(it->it_seq);
        if (seqsize == -1) return NULL;
        ssize_t len = seqsize - it->it_index;
        if (len >= 0) return kr_int_from_ssize(len);
    }
    return kr_int_from_i64(0);
}

static KrObject *seqiter_reduce(KrObject *o, KrObject *unused)
{
    KrSeqIterObject *it = (KrSeqIterObject *)o;
    return kr_iter_reduce_seq("iter", it->it_seq, it->it_index);
}

static KrObject *seqiter_setstate(KrObject *o, KrObject *state)
{
    KrSeqIterObject *it = (KrSeqIterObject *)o;
    ssize_t index;
    if (kr_iter_state_index(state, &index) < 0) return NULL;
    if (it->it_seq) it->it_index = index < 0 ? 0 : index;
    KR_RETURN_NONE;
}

static KrMethodDef seqiter_methods[] = {
    { "__length_hint__", (void *)seqiter_length_hint, KR_METH_NOARGS,
      "Private method returning an estimate of len(list(it))." },
    { "__reduce__", (void *)seqiter_reduce, KR_METH_NOARGS, "Return state information for pickling." },
    { "__setstate__", (void *)seqiter_setstate, KR_METH_O, "Set state information for unpickling." },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_seqiter_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "iterator",
    .tp_basicsize = sizeof(KrSeqIterObject),
    .tp_dealloc = seqiter_dealloc,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = seqiter_traverse,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = seqiter_next,
    .tp_methods = seqiter_methods,
    .tp_alloc = kr_object_alloc,
    .tp_free = kr_object_free,
};

/* ---- iter(callable, sentinel) ---- */

typedef struct {
    KrObject ob_base;
    KrObject *it_callable;     /* both NULL once exhausted */
    KrObject *it_sentinel;
} KrCallIterObject;

KrObject *kr_calliter_new(KrObject *callable, KrObject *sentinel)
{
    KrCallIterObject *it = KR_NEW(KrCallIterObject, &kr_calliter_type);
    if (!it) return NULL;
    it->it_callable = kr_newref(callable);
    it->it_sentinel = kr_newref(sentinel);
    kr_gc_track(it);
    return (KrObject *)it;
}

static void calliter_dealloc(KrObject *o)
{
    KrCallIterObject *it = (KrCallIterObject *)o;
    kr_gc_untrack(o);
    KR_XDECREF(it->it_callable);
    KR_XDECREF(it->it_sentinel);
    KR_TYPE(o)->tp_free(o);
}

static int calliter_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrCallIterObject *it = (KrCallIterObject *)o;
    KR_VISIT(it->it_callable);
    KR_VISIT(it->it_sentinel);
    return 0;
}

static KrObject *calliter_next(KrObject *o)
{
    KrCallIterObject *it = (KrCallIterObject *)o;
    if (!it->it_callable) return NULL;
    KrObject *result = kr_object_call_noargs(it->it_callable);
    if (result) {
        int ok = kr_object_richcompare_bool(it->it_sentinel, result, KR_EQ);
        if (ok == 0) return result;
        KR_DECREF(result);
        if (ok > 0) {
            KR_CLEAR(it->it_callable);
            KR_CLEAR(it->it_sentinel);
        }
    } else if (kr_err_matches(kr_exc_StopIteration)) {
        kr_err_clear();
        KR_CLEAR(it->it_callable);
        KR_CLEAR(it->it_sentinel);
    }
    return NULL;
}

static KrObject *calliter_reduce(KrObject *o, KrObject *unused)
{
    KrCallIterObject *it = (KrCallIterObject *)o;
    if (it->it_callable) {
        KrObject *f = kr_iter_builtin("iter");
        if (!f) return NULL;
        KrObject *args = kr_tuple_pack(2, it->it_callable, it->it_sentinel);
        KrObject *res = args ? kr_tuple_pack(2, f, args) : NULL;
        KR_XDECREF(args);
        KR_DECREF(f);
        return res;
    }
    return kr_iter_reduce_seq("iter", NULL, 0);
}

static KrMethodDef calliter_methods[] = {
    { "__reduce__", (void *)calliter_reduce, KR_METH_NOARGS, "Return state information for pickling." },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_calliter_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "callable_iterator",
    .tp_basicsize = sizeof(KrCallIterObject),
    .tp_dealloc = calliter_dealloc,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = calliter_traverse,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = calliter_next,
    .tp_methods = calliter_methods,
    .tp_alloc = kr_object_alloc,
    .tp_free = kr_object_free,
};

/* ---- enumerate ---- */

typedef struct {
    KrObject ob_base;
    ssize_t en_index;          /* next index while it fits */
    KrObject *en_sit;          /* the underlying iterator */
    KrObject *en_result;       /* reusable result tuple */
    KrObject *en_longindex;    /* next index as an int once past ssize_t, or NULL */
} KrEnumObject;

static KrObject *enum_core(KrTypeObject *type, KrObject *const *args, ssize_t nargs,
                           KrObject *kwnames)
{
    static const char *const names[] = { "iterable", "start", NULL };
    static const KrArgSpec spec = { "enumerate", names, 0, 2, 1 };
    ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
    if (nargs + nkw > 2) {
        kr_err_format(kr_exc_TypeError, "enumerate() takes at most 2 arguments (%zd given)", nargs + nkw);
        return NULL;
    }
    KrObject *out[2] = { NULL, NULL };
    if (kwnames || nargs < 1) {
        if (nargs == 0 && nkw == 0) {
            kr_err_set_string(kr_exc_TypeError, "enumerate() missing required argument 'iterable'");
            return NULL;
        }
        /* an unknown keyword is reported before a missing argument */
        for (ssize_t i = 0; i < nkw; i++) {
            KrObject *kw = KR_TUPLE_ITEMS(kwnames)[i];
            if (!kr_str_equal_cstr(kw, "iterable") && !kr_str_equal_cstr(kw, "start"))
                return kr_err_format(kr_exc_TypeError, "'%U' is an invalid keyword argument for enumerate()", kw);
        }
        if (kr_args_parse(&spec, args, nargs, kwnames, out) < 0) return NULL;
    } else {
        out[0] = args[0];
        out[1] = nargs > 1 ? args[1] : NULL;
    }
    KrEnumObject *en = (KrEnumObject *)type->tp_alloc(type, 0);
    if (!en) return NULL;
    en->en_index = 0;
    en->en_longindex = NULL;
    en->en_sit = NULL;
    en->en_result = NULL;
    if (out[1]) {
        KrObject *start = kr_number_index(out[1]);
        if (!start) {
            KR_DECREF(en);
            return NULL;
        }
        if (KR_INT_IS_SMALL(start)) {
            en->en_index = (ssize_t)KR_INT_SMALL_VALUE(start);
            KR_DECREF(start);
        } else {
            en->en_index = SSIZE_MAX;
            en->en_longindex = start;
        }
    }
    en->en_sit = kr_object_get_iter(out[0]);
    if (!en->en_sit) {
        KR_DECREF(en);
        return NULL;
    }
    en->en_result = kr_tuple_pack(2, KR_NONE, KR_NONE);
    if (!en->en_result) {
        KR_DECREF(en);
        return NULL;
    }
    kr_gc_track(en);
    return (KrObject *)en;
}

static KrObject *enum_vectorcall(KrObject *type, KrObject *const *args, size_t nargsf, KrObject *kwnames)
{
    return enum_core((KrTypeObject *)type, args, kr_vectorcall_nargs(nargsf), kwnames);
}

static KrObject *enum_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    /* (this path's message names the position, as CPython's tp_new does) */
    if (KR_SIZE(args) == 0 && (!kwds || kr_dict_size(kwds) == 0)) {
        kr_err_set_string(kr_exc_TypeError, "enumerate() missing required argument 'iterable' (pos 1)");
        return NULL;
    }
    return call_core_from_tuple(enum_core, type, args, kwds);
}

static void enum_dealloc(KrObject *o)
{
    KrEnumObject *en = (KrEnumObject *)o;
    kr_gc_untrack(o);
    KR_XDECREF(en->en_sit);
    KR_XDECREF(en->en_result);
    KR_XDECREF(en->en_longindex);
    KR_TYPE(o)->tp_free(o);
}

static int enum_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrEnumObject *en = (KrEnumObject *)o;
    KR_VISIT(en->en_sit);
    KR_VISIT(en->en_result);
    KR_VISIT(en->en_longindex);
    return 0;
}

/* Packs (index, item) into the reusable tuple when nobody kept it. Steals
 * both. */
static KrObject *enum_pack(KrEnumObject *en, KrObject *index, KrObject *item)
{
    KrObject *result = en->en_result;
    if (KR_REFCNT(result) == 1) {
        KR_INCREF(result);
        KrObject *old_index = KR_TUPLE_ITEMS(result)[0], *old_item = KR_TUPLE_ITEMS(result)[1];
        KR_TUPLE_ITEMS(result)[0] = index;
        KR_TUPLE_ITEMS(result)[1] = item;
        ((KrTupleObject *)result)->hash_cache = -1;  /* new contents */
        KR_DECREF(old_index);
        KR_DECREF(old_item);
        if (!kr_gc_is_tracked(result)) kr_gc_track(result);
        return result;
    }
    result = kr_tuple_new(2);
    if (!result) {
        KR_DECREF(index);
        KR_DECREF(item);
        return NULL;
    }
    KR_TUPLE_SET_STEAL(result, 0, index);
    KR_TUPLE_SET_STEAL(result, 1, item);
    return result;
}

static KrObject *enum_next(KrObject *o)
{
    KrEnumObject *en = (KrEnumObject *)o;
    KrObject *next_item = kr_iter_next(en->en_sit);
    if (!next_item) return NULL;
    KrObject *next_index;
    if (en->en_index == SSIZE_MAX) {
        /* counting with ints from here on */
        if (!en->en_longindex) {
            en->en_longindex = kr_int_from_ssize(SSIZE_MAX);
            if (!en->en_longindex) {
                KR_DECREF(next_item);
                return NULL;
            }
        }
        KrObject *one = kr_int_from_i64(1);
        KrObject *stepped = one ? kr_number_binop(en->en_longindex, one, KR_NB_ADD) : NULL;
        KR_XDECREF(one);
        if (!stepped) {
            KR_DECREF(next_item);
            return NULL;
        }
        next_index = en->en_longindex;
        en->en_longindex = stepped;
    } else {
        next_index = kr_int_from_ssize(en->en_index);
        if (!next_index) {
            KR_DECREF(next_item);
            return NULL;
        }
        en->en_index++;
    }
    return enum_pack(en, next_index, next_item);
}

static KrObject *enum_reduce(KrObject *o, KrObject *unused)
{
    KrEnumObject *en = (KrEnumObject *)o;
    KrObject *index = en->en_longindex ? kr_newref(en->en_longindex) : kr_int_from_ssize(en->en_index);
    if (!index) return NULL;
    KrObject *args = kr_tuple_pack(2, en->en_sit, index);
    KR_DECREF(index);
    if (!args) return NULL;
    KrObject *res = kr_tuple_pack(2, (KrObject *)KR_TYPE(o), args);
    KR_DECREF(args);
    return res;
}

static KrMethodDef enum_methods[] = {
    { "__reduce__", (void *)enum_reduce, KR_METH_NOARGS, "Return state information for pickling." },
    { "__class_getitem__", (void *)kr_generic_alias_class_getitem, KR_METH_O | KR_METH_CLASS,
      "See PEP 585" },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_enumerate_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "enumerate",
    .tp_basicsize = sizeof(KrEnumObject),
    .tp_dealloc = enum_dealloc,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_doc = "Return an enumerate object.\n\n"
              "  iterable\n    an object supporting iteration\n\n"
              "The enumerate object yields pairs containing a count (from start, which\n"
              "defaults to zero) and a value yielded by the iterable argument.\n\n"
              "enumerate is useful for obtaining an indexed list:\n"
              "    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...",
    .tp_traverse = enum_traverse,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = enum_next,
    .tp_methods = enum_methods,
    .tp_alloc = kr_object_alloc,
    .tp_new = enum_new,
    .tp_free = kr_object_free,
    .tp_vectorcall = enum_vectorcall,
};

/* ---- zip ---- */

typedef struct {
    KrObject ob_base;
    ssize_t tuplesize;
    KrObject *ittuple;         /* tuple of iterators */
    KrObject *result;          /* reusable result tuple */
    int strict;
} KrZipObject;

static KrObject *zip_core(KrTypeObject *type, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    int strict = 0;
    if (kwnames && KR_SIZE(kwnames) > 0) {
        ssize_t nkw = KR_SIZE(kwnames);
        for (ssize_t i = 0; i < nkw; i++) {
            KrObject *name = KR_TUPLE_ITEMS(kwnames)[i];
            if (!kr_str_equal_cstr(name, "strict")) {
                if (nkw > 1)
                    return kr_err_format(kr_exc_TypeError,
                                         "zip() takes at most 1 keyword argument (%zd given)", nkw);
                return kr_err_format(kr_exc_TypeError, "'%U' is an invalid keyword argument for zip()", name);
            }
        }
        if (nkw > 1)
            return kr_err_format(kr_exc_TypeError, "zip() takes at most 1 keyword argument (%zd given)", nkw);
        strict = kr_object_is_true(args[nargs]);
        if (strict < 0) return NULL;
    }
    KrObject *ittuple = kr_tuple_new(nargs);
    if (!ittuple) return NULL;
    for (ssize_t i = 0; i < nargs; i++) {
        KrObject *it = kr_object_get_iter(args[i]);
        if (!it) {
            KR_DECREF(ittuple);
            return NULL;
        }
        KR_TUPLE_SET_STEAL(ittuple, i, it);
    }
    KrObject *result = kr_tuple_new(nargs);
    if (!result) {
        KR_DECREF(ittuple);
        return NULL;
    }
    for (ssize_t i = 0; i < nargs; i++) KR_TUPLE_SET_STEAL(result, i, kr_newref(KR_NONE));
    KrZipObject *lz = (KrZipObject *)type->tp_alloc(type, 0);
    if (!lz) {
        KR_DECREF(ittuple);
        KR_DECREF(result);
        return NULL;
    }
    lz->ittuple = ittuple;
    lz->tuplesize = nargs;
    lz->result = result;
    lz->strict = strict;
    kr_gc_track(lz);
    return (KrObject *)lz;
}

static KrObject *zip_vectorcall(KrObject *type, KrObject *const *args, size_t nargsf, KrObject *kwnames)
{
    return zip_core((KrTypeObject *)type, args, kr_vectorcall_nargs(nargsf), kwnames);
}

static KrObject *zip_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    return call_core_from_tuple(zip_core, type, args, kwds);
}

static void zip_dealloc(KrObject *o)
{
    KrZipObject *lz = (KrZipObject *)o;
    kr_gc_untrack(o);
    KR_XDECREF(lz->ittuple);
    KR_XDECREF(lz->result);
    KR_TYPE(o)->tp_free(o);
}

static int zip_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrZipObject *lz = (KrZipObject *)o;
    KR_VISIT(lz->ittuple);
    KR_VISIT(lz->result);
    return 0;
}

/* strict=True: iterator i ran out; find out whether the others did too. */
static KrObject *zip_strict_check(KrZipObject *lz, ssize_t i)
{
    if (kr_err_occurred()) return NULL;
    if (i) {
        const char *plural = i == 1 ? " " : "s 1-";
        return kr_err_format(kr_exc_ValueError, "zip() argument %zd is shorter than argument%s%zd",
                             i + 1, plural, i);
    }
    for (i = 1; i < lz->tuplesize; i++) {
        KrObject *item = kr_iter_next(KR_TUPLE_ITEMS(lz->ittuple)[i]);
        if (item) {
            KR_DECREF(item);
            const char *plural = i == 1 ? " " : "s 1-";
            return kr_err_format(kr_exc_ValueError, "zip() argument %zd is longer than argument%s%zd",
                                 i + 1, plural, i);
        }
        if (kr_err_occurred()) return NULL;
    }
    return NULL;
}

static KrObject *zip_next(KrObject *o)
{
    KrZipObject *lz = (KrZipObject *)o;
    ssize_t tuplesize = lz->tuplesize;
    if (tuplesize == 0) return NULL;
    KrObject *result = lz->result;
    if (KR_REFCNT(result) == 1) {
        KR_INCREF(result);
        for (ssize_t i = 0; i < tuplesize; i++) {
            KrObject *item = kr_iter_next(KR_TUPLE_ITEMS(lz->ittuple)[i]);
            if (!item) {
                KR_DECREF(result);
                if (lz->strict) return zip_strict_check(lz, i);
                return NULL;
            }
            KrObject *olditem = KR_TUPLE_ITEMS(result)[i];
            KR_TUPLE_ITEMS(result)[i] = item;
            KR_DECREF(olditem);
        }
        ((KrTupleObject *)result)->hash_cache = -1;  /* new contents */
        if (!kr_gc_is_tracked(result)) kr_gc_track(result);
        return result;
    }
    result = kr_tuple_new(tuplesize);
    if (!result) return NULL;
    for (ssize_t i = 0; i < tuplesize; i++) {
        KrObject *item = kr_iter_next(KR_TUPLE_ITEMS(lz->ittuple)[i]);
        if (!item) {
            KR_DECREF(result);
            if (lz->strict) return zip_strict_check(lz, i);
            return NULL;
        }
        KR_TUPLE_SET_STEAL(result, i, item);
    }
    return result;
}

static KrObject *zip_reduce(KrObject *o, KrObject *unused)
{
    KrZipObject *lz = (KrZipObject *)o;
    if (lz->strict) return kr_tuple_pack(3, (KrObject *)KR_TYPE(o), lz->ittuple, KR_TRUE);
    return kr_tuple_pack(2, (KrObject *)KR_TYPE(o), lz->ittuple);
}

static KrObject *zip_setstate(KrObject *o, KrObject *state)
{
    int strict = kr_object_is_true(state);
    if (strict < 0) return NULL;
    ((KrZipObject *)o)->strict = strict;
    KR_RETURN_NONE;
}

static KrMethodDef zip_methods[] = {
    { "__reduce__", (void *)zip_reduce, KR_METH_NOARGS, "Return state information for pickling." },
    { "__setstate__", (void *)zip_setstate, KR_METH_O, "Set state information for unpickling." },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_zip_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "zip",
    .tp_basicsize = sizeof(KrZipObject),
    .tp_dealloc = zip_dealloc,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n"
              "   >>> list(zip('abcdefg', range(3), range(4)))\n"
              "   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\n"
              "The zip object yields n-length tuples, where n is the number of iterables\n"
              "passed as positional arguments to zip().  The i-th element in every tuple\n"
              "comes from the i-th iterable argument to zip().  This continues until the\n"
              "shortest argument is exhausted.\n\n"
              "If strict is true and one of the arguments is exhausted before the others,\n"
              "raise a ValueError.",
    .tp_traverse = zip_traverse,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = zip_next,
    .tp_methods = zip_methods,
    .tp_alloc = kr_object_alloc,
    .tp_new = zip_new,
    .tp_free = kr_object_free,
    .tp_vectorcall = zip_vectorcall,
};

/* ---- map ---- */

typedef struct {
    KrObject ob_base;
    KrObject *iters;           /* tuple of iterators */
    KrObject *func;
} KrMapObject;

static KrObject *map_core(KrTypeObject *type, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (type == &kr_map_type && kwnames && KR_SIZE(kwnames) > 0) {
        kr_err_set_string(kr_exc_TypeError, "map() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 2) {
        kr_err_set_string(kr_exc_TypeError, "map() must have at least two arguments.");
        return NULL;
    }
    KrObject *iters = kr_tuple_new(nargs - 1);
    if (!iters) return NULL;
    for (ssize_t i = 1; i < nargs; i++) {
        KrObject *it = kr_object_get_iter(args[i]);
        if (!it) {
            KR_DECREF(iters);
            return NULL;
        }
        KR_TUPLE_SET_STEAL(iters, i - 1, it);
    }
    KrMapObject *lz = (KrMapObject *)type->tp_alloc(type, 0);
    if (!lz) {
        KR_DECREF(iters);
        return NULL;
    }
    lz->iters = iters;
    lz->func = kr_newref(args[0]);
    kr_gc_track(lz);
    return (KrObject *)lz;
}

static KrObject *map_vectorcall(KrObject *type, KrObject *const *args, size_t nargsf, KrObject *kwnames)
{
    return map_core((KrTypeObject *)type, args, kr_vectorcall_nargs(nargsf), kwnames);
}

static KrObject *map_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if ((type == &kr_map_type || type->tp_init == kr_map_type.tp_init) && kr_args_no_kwargs("map", kwds) < 0)
        return NULL;
    return map_core(type, KR_TUPLE_ITEMS(args), KR_SIZE(args), NULL);
}

static void map_dealloc(KrObject *o)
{
    KrMapObject *lz = (KrMapObject *)o;
    kr_gc_untrack(o);
    KR_XDECREF(lz->iters);
    KR_XDECREF(lz->func);
    KR_TYPE(o)->tp_free(o);
}

static int map_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrMapObject *lz = (KrMapObject *)o;
    KR_VISIT(lz->iters);
    KR_VISIT(lz->func);
    return 0;
}

static KrObject *map_next(KrObject *o)
{
    KrMapObject *lz = (KrMapObject *)o;
    KrObject *small_stack[5];
    ssize_t niters = KR_SIZE(lz->iters);
    KrObject **stack = small_stack;
    if (niters > 5) {
        stack = kr_mem_alloc((size_t)niters * sizeof(KrObject *));
        if (!stack) return kr_err_no_memory();
    }
    ssize_t nargs = 0;
    KrObject *result = NULL;
    for (ssize_t i = 0; i < niters; i++) {
        KrObject *val = kr_iter_next(KR_TUPLE_ITEMS(lz->iters)[i]);
        if (!val) goto exit;
        stack[i] = val;
        nargs++;
    }
    result = kr_object_vectorcall(lz->func, stack, (size_t)nargs, NULL);
exit:
    for (ssize_t i = 0; i < nargs; i++) KR_DECREF(stack[i]);
    if (stack != small_stack) kr_mem_free(stack);
    return result;
}

static KrObject *map_reduce(KrObject *o, KrObject *unused)
{
    KrMapObject *lz = (KrMapObject *)o;
    ssize_t n = KR_SIZE(lz->iters);
    KrObject *args = kr_tuple_new(n + 1);
    if (!args) return NULL;
    KR_TUPLE_SET_STEAL(args, 0, kr_newref(lz->func));
    for (ssize_t i = 0; i < n; i++) KR_TUPLE_SET_STEAL(args, i + 1, kr_newref(KR_TUPLE_ITEMS(lz->iters)[i]));
    KrObject *res = kr_tuple_pack(2, (KrObject *)KR_TYPE(o), args);
    KR_DECREF(args);
    return res;
}

static KrMethodDef map_methods[] = {
    { "__reduce__", (void *)map_reduce, KR_METH_NOARGS, "Return state information for pickling." },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_map_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "map",
    .tp_basicsize = sizeof(KrMapObject),
    .tp_dealloc = map_dealloc,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_doc = "map(func, *iterables) --> map object\n\n"
              "Make an iterator that computes the function using arguments from\n"
              "each of the iterables.  Stops when the shortest iterable is exhausted.",
    .tp_traverse = map_traverse,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = map_next,
    .tp_methods = map_methods,
    .tp_alloc = kr_object_alloc,
    .tp_new = map_new,
    .tp_free = kr_object_free,
    .tp_vectorcall = map_vectorcall,
};

/* ---- filter ---- */

typedef struct {
    KrObject ob_base;
    KrObject *func;
    KrObject *it;
} KrFilterObject;

static KrObject *filter_core(KrTypeObject *type, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (type == &kr_filter_type && kr_args_no_keywords("filter", kwnames) < 0) return NULL;
    if (kr_args_check_count("filter", nargs, 2, 2) < 0) return NULL;
    KrObject *it = kr_object_get_iter(args[1]);
    if (!it) return NULL;
    KrFilterObject *lz = (KrFilterObject *)type->tp_alloc(type, 0);
    if (!lz) {
        KR_DECREF(it);
        return NULL;
    }
    lz->func = kr_newref(args[0]);
    lz->it = it;
    kr_gc_track(lz);
    return (KrObject *)lz;
}

static KrObject *filter_vectorcall(KrObject *type, KrObject *const *args, size_t nargsf, KrObject *kwnames)
{
    return filter_core((KrTypeObject *)type, args, kr_vectorcall_nargs(nargsf), kwnames);
}

static KrObject *filter_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if ((type == &kr_filter_type || type->tp_init == kr_filter_type.tp_init) &&
        kr_args_no_kwargs("filter", kwds) < 0)
        return NULL;
    return filter_core(type, KR_TUPLE_ITEMS(args), KR_SIZE(args), NULL);
}

static void filter_dealloc(KrObject *o)
{
    KrFilterObject *lz = (KrFilterObject *)o;
    kr_gc_untrack(o);
    KR_XDECREF(lz->func);
    KR_XDECREF(lz->it);
    KR_TYPE(o)->tp_free(o);
}

static int filter_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrFilterObject *lz = (KrFilterObject *)o;
    KR_VISIT(lz->func);
    KR_VISIT(lz->it);
    return 0;
}

static KrObject *filter_next(KrObject *o)
{
    KrFilterObject *lz = (KrFilterObject *)o;
    int checktrue = lz->func == KR_NONE || lz->func == (KrObject *)&kr_bool_type;
    for (;;) {
        KrObject *item = kr_iter_next(lz->it);
        if (!item) return NULL;
        int ok;
        if (checktrue) {
            ok = kr_object_is_true(item);
        } else {
            KrObject *good = kr_object_call_one(lz->func, item);
            if (!good) {
                KR_DECREF(item);
                return NULL;
            }
            ok = kr_object_is_true(good);
            KR_DECREF(good);
        }
        if (ok > 0) return item;
        KR_DECREF(item);
        if (ok < 0) return NULL;
    }
}

static KrObject *filter_reduce(KrObject *o, KrObject *unused)
{
    KrFilterObject *lz = (KrFilterObject *)o;
    KrObject *args = kr_tuple_pack(2, lz->func, lz->it);
    if (!args) return NULL;
    KrObject *res = kr_tuple_pack(2, (KrObject *)KR_TYPE(o), args);
    KR_DECREF(args);
    return res;
}

static KrMethodDef filter_methods[] = {
    { "__reduce__", (void *)filter_reduce, KR_METH_NOARGS, "Return state information for pickling." },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_filter_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "filter",
    .tp_basicsize = sizeof(KrFilterObject),
    .tp_dealloc = filter_dealloc,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_doc = "filter(function or None, iterable) --> filter object\n\n"
              "Return an iterator yielding those items of iterable for which function(item)\n"
              "is true. If function is None, return the items that are true.",
    .tp_traverse = filter_traverse,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = filter_next,
    .tp_methods = filter_methods,
    .tp_alloc = kr_object_alloc,
    .tp_new = filter_new,
    .tp_free = kr_object_free,
    .tp_vectorcall = filter_vectorcall,
};

/* ---- reversed ---- */

typedef struct {
    KrObject ob_base;
    ssize_t index;
    KrObject *seq;             /* NULL once exhausted */
} KrReversedObject;

static KrObject *reversed_core(KrTypeObject *type, KrObject *seq)
{
    KrObject *reversed_meth = kr_object_lookup_special(seq, KR_ID(__reversed__));
    if (reversed_meth == KR_NONE) {
        KR_DECREF(reversed_meth);
        return kr_err_format(kr_exc_TypeError, "'%.200s' object is not reversible", KR_TYPE(seq)->tp_name);
    }
    if (reversed_meth) {
        KrObject *res = kr_object_call_noargs(reversed_meth);
        KR_DECREF(reversed_meth);
        return res;
    }
    if (kr_err_occurred()) return NULL;
    if (!kr_sequence_check(seq))
        return kr_err_format(kr_exc_TypeError, "'%.200s' object is not reversible", KR_TYPE(seq)->tp_name);
    ssize_t n = kr_object_length(seq);
    if (n == -1) return NULL;
    KrReversedObject *ro = (KrReversedObject *)type->tp_alloc(type, 0);
    if (!ro) return NULL;
    ro->index = n - 1;
    ro->seq = kr_newref(seq);
    kr_gc_track(ro);
    return (KrObject *)ro;
}

KrObject *kr_reversed_new(KrObject *seq) { return reversed_core(&kr_reversed_type, seq); }

static KrObject *reversed_vectorcall(KrObject *type, KrObject *const *args, size_t nargsf,
                                     KrObject *kwnames)
{
    ssize_t nargs = kr_vectorcall_nargs(nargsf);
    if (kr_args_no_keywords("reversed", kwnames) < 0) return NULL;
    if (kr_args_check_count("reversed", nargs, 1, 1) < 0) return NULL;
    return reversed_core((KrTypeObject *)type, args[0]);
}

static KrObject *reversed_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if ((type == &kr_reversed_type || type->tp_init == kr_reversed_type.tp_init) &&
        kr_args_no_kwargs("reversed", kwds) < 0)
        return NULL;
    if (kr_args_check_count("reversed", KR_SIZE(args), 1, 1) < 0) return NULL;
    return reversed_core(type, KR_TUPLE_ITEMS(args)[0]);
}

static void reversed_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_XDECREF(((KrReversedObject *)o)->seq);
    KR_TYPE(o)->tp_free(o);
}

static int reversed_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrReversedObject *)o)->seq);
    return 0;
}

static KrObject *reversed_next(KrObject *o)
{
    KrReversedObject *ro = (KrReversedObject *)o;
    ssize_t index = ro->index;
    if (index >= 0) {
        KrObject *item = kr_sequence_get_item(ro->seq, index);
        if (item) {
            ro->index--;
            return item;
        }
        if (kr_err_matches(kr_exc_IndexError) || kr_err_matches(kr_exc_StopIteration)) kr_err_clear();
    }
    ro->index = -1;
    KR_CLEAR(ro->seq);
    return NULL;
}

static KrObject *reversed_length_hint(KrObject *o, KrObject *unused)
{
    KrReversedObject *ro = (KrReversedObject *)o;
    if (!ro->seq) return kr_int_from_i64(0);
    ssize_t seqsize = kr_object_length(ro->seq);
    if (seqsize == -1) return NULL;
    ssize_t position = ro->index + 1;
    return kr_int_from_ssize(seqsize < position ? 0 : position);
}

static KrObject *reversed_reduce(KrObject *o, KrObject *unused)
{
    KrReversedObject *ro = (KrReversedObject *)o;
    KrObject *args, *res;
    if (ro->seq) {
        args = kr_tuple_pack(1, ro->seq);
        KrObject *idx = args ? kr_int_from_ssize(ro->index) : NULL;
        res = idx ? kr_tuple_pack(3, (KrObject *)KR_TYPE(o), args, idx) : NULL;
        KR_XDECREF(idx);
    } else {
        KrObject *empty = kr_tuple_new(0);
        args = empty ? kr_tuple_pack(1, empty) : NULL;
        KR_XDECREF(empty);
        res = args ? kr_tuple_pack(2, (KrObject *)KR_TYPE(o), args) : NULL;
    }
    KR_XDECREF(args);
    return res;
}

static KrObject *reversed_setstate(KrObject *o, KrObject *state)
{
    KrReversedObject *ro = (KrReversedObject *)o;
    ssize_t index;
    if (kr_iter_state_index(state, &index) < 0) return NULL;
    if (ro->seq) {
        ssize_t n = kr_object_length(ro->seq);
        if (n < 0) return NULL;
        if (index < -1) index = -1;
        else if (index > n - 1) index = n - 1;
        ro->index = index;
    }
    KR_RETURN_NONE;
}

static KrMethodDef reversed_methods[] = {
    { "__length_hint__", (void *)reversed_length_hint, KR_METH_NOARGS,
      "Private method returning an estimate of len(list(it))." },
    { "__reduce__", (void *)reversed_reduce, KR_METH_NOARGS, "Return state information for pickling." },
    { "__setstate__", (void *)reversed_setstate, KR_METH_O, "Set state information for unpickling." },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_reversed_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "reversed",
    .tp_basicsize = sizeof(KrReversedObject),
    .tp_dealloc = reversed_dealloc,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_doc = "Return a reverse iterator over the values of the given sequence.",
    .tp_traverse = reversed_traverse,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = reversed_next,
    .tp_methods = reversed_methods,
    .tp_alloc = kr_object_alloc,
    .tp_new = reversed_new,
    .tp_free = kr_object_free,
    .tp_vectorcall = reversed_vectorcall,
};

int kr_iter_init(void)
{
    KrTypeObject *types[] = {
        &kr_seqiter_type, &kr_calliter_type, &kr_enumerate_type, &kr_zip_type,
        &kr_map_type, &kr_filter_type, &kr_reversed_type,
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (kr_type_ready(types[i]) < 0) return -1;
    return 0;
}
