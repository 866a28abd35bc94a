/* itertoolsmodule.c — the itertools module: count, cycle, repeat, accumulate,
 * chain, compress, dropwhile, takewhile, filterfalse, starmap, groupby,
 * islice and pairwise. tee, zip_longest and the combinatoric iterators are
 * in itertools_comb.c. Behaviour and messages follow CPython 3.11. */
#include "itertoolsmodule.h"
#include "itertools_impl.h"
#include "modargs.h"
#include "../objects/type.h"
#include "../objects/tuple.h"
#include "../objects/int.h"
#include "../objects/float.h"
#include "../objects/str.h"
#include "../objects/list.h"
#include "../objects/genericalias.h"
#include "../objects/ids.h"
#include "../vm/err.h"

#include <limits.h>

/* ---- count ---- */

typedef struct {
    KrObject ob_base;
    KrObject *cnt;
    KrObject *step;
} KrCountObject;

#define COUNT_FIELDS(X) X(cnt) X(step)
IT_GC_FUNCS(count, KrCountObject, COUNT_FIELDS)

static int is_number(KrObject *o)
{
    KrNumberMethods *nb = KR_TYPE(o)->tp_as_number;
    if (nb && (nb->nb_index || nb->nb_int || nb->nb_float)) return 1;
    return KR_COMPLEX_CHECK(o);
}

static KrObject *count_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    static const char *const names[] = { "start", "step", NULL };
    static const KrArgSpec spec = { "count", names, 0, 2, 0 };
    KrObject *a[2];
    if (kr_modargs_parse_tuple(&spec, args, kwds, a) < 0) return NULL;
    KrObject *start = a[0], *step = a[1];
    if ((start && !is_number(start)) || (step && !is_number(step))) {
        kr_err_set_string(kr_exc_TypeError, "a number is required");
        return NULL;
    }
    KrCountObject *c = IT_ALLOC(KrCountObject, type);
    if (!c) return NULL;
    c->cnt = start ? kr_newref(start) : kr_int_from_ssize(0);
    c->step = step ? kr_newref(step) : kr_int_from_ssize(1);
    kr_gc_track(c);
    return (KrObject *)c;
}

static KrObject *count_next(KrObject *o)
{
    KrCountObject *c = (KrCountObject *)o;
    KrObject *next = kr_number_binop(c->cnt, c->step, KR_NB_ADD);
    if (!next) return NULL;
    KrObject *res = c->cnt;
    c->cnt = next;
    return res;
}

static KrObject *count_repr(KrObject *o)
{
    KrCountObject *c = (KrCountObject *)o;
    KrObject *name = kr_type_get_name(KR_TYPE(o));
    if (!name) return NULL;
    KrObject *res;
    int step_is_one = KR_INT_CHECK(c->step) && !KR_BOOL_CHECK(c->step);
    if (step_is_one) {
        KrObject *one = kr_int_from_ssize(1);
        int eq = kr_object_richcompare_bool(c->step, one, KR_EQ);
        KR_DECREF(one);
        if (eq < 0) { KR_DECREF(name); return NULL; }
        step_is_one = eq;
    }
    if (step_is_one)
        res = kr_str_from_format("%U(%R)", name, c->cnt);
    else
        res = kr_str_from_format("%U(%R, %R)", name, c->cnt, c->step);
    KR_DECREF(name);
    return res;
}

static KrObject *count_reduce(KrObject *o, KrObject *unused)
{
    KrCountObject *c = (KrCountObject *)o;
    int fast = KR_INT_CHECK_EXACT(c->step) && KR_INT_CHECK_EXACT(c->cnt);
    if (fast) {
        ssize_t step = kr_int_as_ssize(c->step);
        ssize_t cnt = kr_int_as_ssize(c->cnt);
        if (kr_err_occurred()) {
            kr_err_clear();
            fast = 0;
        } else {
            fast = step == 1 && cnt != SSIZE_MAX;
        }
    }
    KrObject *args = fast ? kr_tuple_pack(1, c->cnt) : kr_tuple_pack(2, c->cnt, c->step);
    if (!args) return NULL;
    KrObject *res = kr_tuple_pack(2, (KrObject *)KR_TYPE(o), args);
    KR_DECREF(args);
    return res;
}

static KrMethodDef count_methods[] = {
    { "__reduce__", (void *)count_reduce, KR_METH_NOARGS, "Return state information for pickling." },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_itertools_count_type = {
    IT_TYPE_COMMON("count", KrCountObject, count),
    .tp_methods = count_methods,
    .tp_repr = count_repr,
    .tp_doc = "Return a count object whose .__next__() method returns consecutive values.\n\n"
              "Equivalent to:\n    def count(firstval=0, step=1):\n        x = firstval\n"
              "        while 1:\n            yield x\n            x += step",
};

/* ---- cycle ---- */

typedef struct {
    KrObject ob_base;
    KrObject *it;
    KrObject *saved;
    ssize_t index;
    int firstpass;
} KrCycleObject;

#define CYCLE_FIELDS(X) X(it) X(saved)
IT_GC_FUNCS(cycle, KrCycleObject, CYCLE_FIELDS)

static KrObject *cycle_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if (kr_args_no_kwargs("cycle", kwds) < 0) return NULL;
    if (kr_args_check_count("cycle", KR_SIZE(args), 1, 1) < 0) return NULL;
    KrObject *it = kr_object_get_iter(KR_TUPLE_ITEMS(args)[0]);
    if (!it) return NULL;
    KrObject *saved = kr_list_new(0);
    if (!saved) { KR_DECREF(it); return NULL; }
    KrCycleObject *c = IT_ALLOC(KrCycleObject, type);
    if (!c) { KR_DECREF(it); KR_DECREF(saved); return NULL; }
    c->it = it;
    c->saved = saved;
    c->index = 0;
    c->firstpass = 0;
    kr_gc_track(c);
    return (KrObject *)c;
}

static KrObject *cycle_next(KrObject *o)
{
    KrCycleObject *c = (KrCycleObject *)o;
    if (c->it) {
        KrObject *item = kr_iter_next(c->it);
        if (item) {
            if (!c->firstpass && kr_list_append(c->saved, item) < 0) {
                KR_DECREF(item);
                return NULL;
            }
            return item;
        }
        if (kr_err_occurred()) return NULL;
        KR_CLEAR(c->it);
    }
    ssize_t n = KR_SIZE(c->saved);
    if (n == 0) return NULL;
    KrObject *item = KR_LIST_ITEMS(c->saved)[c->index];
    c->index++;
    if (c->index >= n) c->index = 0;
    return kr_newref(item);
}

KrTypeObject kr_itertools_cycle_type = {
    IT_TYPE_COMMON("cycle", KrCycleObject, cycle),
    .tp_doc = "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.",
};

/* ---- repeat ---- */

typedef struct {
    KrObject ob_base;
    KrObject *element;
    ssize_t cnt; /* -1: forever */
} KrRepeatObject;

#define REPEAT_FIELDS(X) X(element)
IT_GC_FUNCS(repeat, KrRepeatObject, REPEAT_FIELDS)

static KrObject *repeat_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    static const char *const names[] = { "object", "times", NULL };
    static const KrArgSpec spec = { "repeat", names, 0, 2, 1 };
    KrObject *a[2];
    if (kr_modargs_parse_tuple(&spec, args, kwds, a) < 0) return NULL;
    ssize_t cnt = -1;
    if (a[1]) {
        cnt = kr_number_as_ssize(a[1], kr_exc_OverflowError);
        if (cnt == -1 && kr_err_occurred()) return NULL;
        if (cnt < 0) cnt = 0;
    }
    KrRepeatObject *r = IT_ALLOC(KrRepeatObject, type);
    if (!r) return NULL;
    r->element = kr_newref(a[0]);
    r->cnt = cnt;
    kr_gc_track(r);
    return (KrObject *)r;
}

static KrObject *repeat_next(KrObject *o)
{
    KrRepeatObject *r = (KrRepeatObject *)o;
    if (r->cnt == 0) return NULL;
    if (r->cnt > 0) r->cnt--;
    return kr_newref(r->element);
}

static KrObject *repeat_repr(KrObject *o)
{
    KrRepeatObject *r = (KrRepeatObject *)o;
    KrObject *name = kr_type_get_name(KR_TYPE(o));
    if (!name) return NULL;
    KrObject *res = r->cnt == -1 ? kr_str_from_format("%U(%R)", name, r->element)
                                 : kr_str_from_format("%U(%R, %zd)", name, r->element, r->cnt);
    KR_DECREF(name);
    return res;
}

static KrObject *repeat_len(KrObject *o, KrObject *unused)
{
    KrRepeatObject *r = (KrRepeatObject *)o;
    if (r->cnt == -1) return kr_err_format(kr_exc_TypeError, "len() of unsized object");
    return kr_int_from_ssize(r->cnt);
}

static KrObject *repeat_reduce(KrObject *o, KrObject *unused)
{
    KrRepeatObject *r = (KrRepeatObject *)o;
    KrObject *args;
    if (r->cnt >= 0) {
        KrObject *n = kr_int_from_ssize(r->cnt);
        args = n ? kr_tuple_pack(2, r->element, n) : NULL;
        KR_XDECREF(n);
    } else {
        args = kr_tuple_pack(1, r->element);
    }
    if (!args) return NULL;
    KrObject *res = kr_tuple_pack(2, (KrObject *)KR_TYPE(o), args);
    KR_DECREF(args);
    return res;
}

static KrMethodDef repeat_methods[] = {
    { "__reduce__", (void *)repeat_reduce, KR_METH_NOARGS, "Return state information for pickling." },
    { "__length_hint__", (void *)repeat_len, KR_METH_NOARGS, "Private method returning an estimate of len(list(it))." },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_itertools_repeat_type = {
    IT_TYPE_COMMON("repeat", KrRepeatObject, repeat),
    .tp_repr = repeat_repr,
    .tp_methods = repeat_methods,
    .tp_doc = "repeat(object [,times]) -> create an iterator which returns the object\n"
              "for the specified number of times.  If not specified, returns the object\nendlessly.",
};

/* ---- accumulate ---- */

typedef struct {
    KrObject ob_base;
    KrObject *it;
    KrObject *total;
    KrObject *binop;
    KrObject *initial;
} KrAccumulateObject;

#define ACC_FIELDS(X) X(it) X(total) X(binop) X(initial)
IT_GC_FUNCS(accumulate, KrAccumulateObject, ACC_FIELDS)

static KrObject *accumulate_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    static const char *const names[] = { "iterable", "func", "initial", NULL };
    static const KrArgSpec spec = { "accumulate", names, 0, 2, 1 };
    KrObject *a[3];
    if (kr_modargs_parse_tuple(&spec, args, kwds, a) < 0) return NULL;
    KrObject *it = kr_object_get_iter(a[0]);
    if (!it) return NULL;
    KrAccumulateObject *acc = IT_ALLOC(KrAccumulateObject, type);
    if (!acc) { KR_DECREF(it); return NULL; }
    acc->it = it;
    acc->total = NULL;
    acc->binop = (a[1] && a[1] != KR_NONE) ? kr_newref(a[1]) : NULL;
    acc->initial = (a[2] && a[2] != KR_NONE) ? kr_newref(a[2]) : NULL;
    kr_gc_track(acc);
    return (KrObject *)acc;
}

static KrObject *accumulate_next(KrObject *o)
{
    KrAccumulateObject *acc = (KrAccumulateObject *)o;
    if (acc->initial) {
        acc->total = acc->initial;
        acc->initial = NULL;
        return kr_newref(acc->total);
    }
    KrObject *val = kr_iter_next(acc->it);
    if (!val) return NULL;
    if (!acc->total) {
        acc->total = kr_newref(val);
        return val;
    }
    KrObject *newtotal = acc->binop ? kr_object_call_two(acc->binop, acc->total, val)
                                    : kr_number_binop(acc->total, val, KR_NB_ADD);
    KR_DECREF(val);
    if (!newtotal) return NULL;
    KR_SETREF(acc->total, kr_newref(newtotal));
    return newtotal;
}

KrTypeObject kr_itertools_accumulate_type = {
    IT_TYPE_COMMON("accumulate", KrAccumulateObject, accumulate),
    .tp_doc = "Return series of accumulated sums (or other binary function results).",
};

/* ---- chain ---- */

typedef struct {
    KrObject ob_base;
    KrObject *source; /* iterator over the iterables */
    KrObject *active; /* current iterator */
} KrChainObject;

#define CHAIN_FIELDS(X) X(source) X(active)
IT_GC_FUNCS(chain, KrChainObject, CHAIN_FIELDS)

static KrObject *chain_make(KrTypeObject *type, KrObject *source)
{
    KrChainObject *c = IT_ALLOC(KrChainObject, type);
    if (!c) { KR_DECREF(source); return NULL; }
    c->source = source;
    c->active = NULL;
    kr_gc_track(c);
    return (KrObject *)c;
}

static KrObject *chain_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if (kr_args_no_kwargs("chain", kwds) < 0) return NULL;
    KrObject *source = kr_object_get_iter(args);
    if (!source) return NULL;
    return chain_make(type, source);
}

static KrObject *chain_from_iterable(KrObject *cls, KrObject *arg)
{
    KrObject *source = kr_object_get_iter(arg);
    if (!source) return NULL;
    return chain_make((KrTypeObject *)cls, source);
}

static KrObject *chain_next(KrObject *o)
{
    KrChainObject *c = (KrChainObject *)o;
    while (c->source) {
        if (!c->active) {
            KrObject *iterable = kr_iter_next(c->source);
            if (!iterable) {
                if (kr_err_occurred()) return NULL;
                KR_CLEAR(c->source);
                return NULL;
            }
            c->active = kr_object_get_iter(iterable);
            KR_DECREF(iterable);
            if (!c->active) {
                KR_CLEAR(c->source);
                return NULL;
            }
        }
        KrObject *item = kr_iter_next(c->active);
        if (item) return item;
        if (kr_err_occurred()) return NULL;
        KR_CLEAR(c->active);
    }
    return NULL;
}

static KrMethodDef chain_methods[] = {
    { "from_iterable", (void *)chain_from_iterable, KR_METH_O | KR_METH_CLASS,
      "Alternative chain() constructor taking a single iterable argument that evaluates lazily." },
    { "__class_getitem__", (void *)kr_generic_alias_class_getitem, KR_METH_O | KR_METH_CLASS,
      "See PEP 585" },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_itertools_chain_type = {
    IT_TYPE_COMMON("chain", KrChainObject, chain),
    .tp_methods = chain_methods,
    .tp_doc = "chain(*iterables) --> chain object\n\n"
              "Return a chain object whose .__next__() method returns elements from the\n"
              "first iterable until it is exhausted, then elements from the next\n"
              "iterable, until all of the iterables are exhausted.",
};

/* ---- compress ---- */

typedef struct {
    KrObject ob_base;
    KrObject *data;
    KrObject *selectors;
} KrCompressObject;

#define COMPRESS_FIELDS(X) X(data) X(selectors)
IT_GC_FUNCS(compress, KrCompressObject, COMPRESS_FIELDS)

static KrObject *compress_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    static const char *const names[] = { "data", "selectors", NULL };
    static const KrArgSpec spec = { "compress", names, 0, 2, 2 };
    KrObject *a[2];
    if (kr_modargs_parse_tuple(&spec, args, kwds, a) < 0) return NULL;
    KrObject *data = kr_object_get_iter(a[0]);
    if (!data) return NULL;
    KrObject *sel = kr_object_get_iter(a[1]);
    if (!sel) { KR_DECREF(data); return NULL; }
    KrCompressObject *c = IT_ALLOC(KrCompressObject, type);
    if (!c) { KR_DECREF(data); KR_DECREF(sel); return NULL; }
    c->data = data;
    c->selectors = sel;
    kr_gc_track(c);
    return (KrObject *)c;
}

static KrObject *compress_next(KrObject *o)
{
    KrCompressObject *c = (KrCompressObject *)o;
    for (;;) {
        KrObject *datum = kr_iter_next(c->data);
        if (!datum) return NULL;
        KrObject *sel = kr_iter_next(c->selectors);
        if (!sel) { KR_DECREF(datum); return NULL; }
        int ok = kr_object_is_true(sel);
        KR_DECREF(sel);
        if (ok > 0) return datum;
        KR_DECREF(datum);
        if (ok < 0) return NULL;
    }
}

KrTypeObject kr_itertools_compress_type = {
    IT_TYPE_COMMON("compress", KrCompressObject, compress),
    .tp_doc = "Return data elements corresponding to true selector elements.\n\n"
              "Forms a shorter iterator from selected data elements using the selectors to\n"
              "choose the data elements.",
};

/* ---- dropwhile, takewhile, filterfalse, starmap: (func, it) pairs ---- */

typedef struct {
    KrObject ob_base;
    KrObject *func;
    KrObject *it;
    int state; /* dropwhile: done dropping; takewhile: stopped */
} KrPredObject;

#define PRED_FIELDS(X) X(func) X(it)
IT_GC_FUNCS(pred, KrPredObject, PRED_FIELDS)
#define dropwhile_dealloc pred_dealloc
#define dropwhile_traverse pred_traverse
#define dropwhile_clear pred_clear
#define takewhile_dealloc pred_dealloc
#define takewhile_traverse pred_traverse
#define takewhile_clear pred_clear
#define filterfalse_dealloc pred_dealloc
#define filterfalse_traverse pred_traverse
#define filterfalse_clear pred_clear
#define starmap_dealloc pred_dealloc
#define starmap_traverse pred_traverse
#define starmap_clear pred_clear

static KrObject *pred_make(const char *name, KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if (kr_args_no_kwargs(name, kwds) < 0) return NULL;
    if (kr_args_check_count(name, KR_SIZE(args), 2, 2) < 0) return NULL;
    KrObject *it = kr_object_get_iter(KR_TUPLE_ITEMS(args)[1]);
    if (!it) return NULL;
    KrPredObject *p = IT_ALLOC(KrPredObject, type);
    if (!p) { KR_DECREF(it); return NULL; }
    p->func = kr_newref(KR_TUPLE_ITEMS(args)[0]);
    p->it = it;
    p->state = 0;
    kr_gc_track(p);
    return (KrObject *)p;
}

static KrObject *dropwhile_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    return pred_make("dropwhile", type, args, kwds);
}
static KrObject *takewhile_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    return pred_make("takewhile", type, args, kwds);
}
static KrObject *filterfalse_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    return pred_make("filterfalse", type, args, kwds);
}
static KrObject *starmap_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    return pred_make("starmap", type, args, kwds);
}

/* func(item) as a truth value: 1/0/-1. */
static int pred_test(KrObject *func, KrObject *item)
{
    KrObject *r = kr_object_call_one(func, item);
    if (!r) return -1;
    int ok = kr_object_is_true(r);
    KR_DECREF(r);
    return ok;
}

static KrObject *dropwhile_next(KrObject *o)
{
    KrPredObject *p = (KrPredObject *)o;
    for (;;) {
        KrObject *item = kr_iter_next(p->it);
        if (!item) return NULL;
        if (p->state) return item;
        int ok = pred_test(p->func, item);
        if (ok < 0) { KR_DECREF(item); return NULL; }
        if (!ok) {
            p->state = 1;
            return item;
        }
        KR_DECREF(item);
    }
}

static KrObject *takewhile_next(KrObject *o)
{
    KrPredObject *p = (KrPredObject *)o;
    if (p->state) return NULL;
    KrObject *item = kr_iter_next(p->it);
    if (!item) return NULL;
    int ok = pred_test(p->func, item);
    if (ok < 0) { KR_DECREF(item); return NULL; }
    if (ok) return item;
    KR_DECREF(item);
    p->state = 1;
    return NULL;
}

static KrObject *filterfalse_next(KrObject *o)
{
    KrPredObject *p = (KrPredObject *)o;
    for (;;) {
        KrObject *item = kr_iter_next(p->it);
        if (!item) return NULL;
        int ok;
        if (p->func == KR_NONE || p->func == (KrObject *)&kr_bool_type) {
            ok = kr_object_is_true(item);
        } else {
            ok = pred_test(p->func, item);
        }
        if (ok == 0) return item;
        KR_DECREF(item);
        if (ok < 0) return NULL;
    }
}

static KrObject *starmap_next(KrObject *o)
{
    KrPredObject *p = (KrPredObject *)o;
    KrObject *item = kr_iter_next(p->it);
    if (!item) return NULL;
    KrObject *args = kr_sequence_tuple(item);
    KR_DECREF(item);
    if (!args) return NULL;
    KrObject *res = kr_object_call(p->func, args, NULL);
    KR_DECREF(args);
    return res;
}

KrTypeObject kr_itertools_dropwhile_type = {
    IT_TYPE_COMMON("dropwhile", KrPredObject, dropwhile),
    .tp_doc = "Drop items from the iterable while predicate(item) is true.\n\n"
              "Afterwards, return every element until the iterable is exhausted.",
};
KrTypeObject kr_itertools_takewhile_type = {
    IT_TYPE_COMMON("takewhile", KrPredObject, takewhile),
    .tp_doc = "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.",
};
KrTypeObject kr_itertools_filterfalse_type = {
    IT_TYPE_COMMON("filterfalse", KrPredObject, filterfalse),
    .tp_doc = "Return those items of iterable for which function(item) is false.\n\n"
              "If function is None, return the items that are false.",
};
KrTypeObject kr_itertools_starmap_type = {
    IT_TYPE_COMMON("starmap", KrPredObject, starmap),
    .tp_doc = "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.",
};

/* ---- groupby and _grouper ---- */

typedef struct {
    KrObject ob_base;
    KrObject *it;
    KrObject *keyfunc;
    KrObject *tgtkey;
    KrObject *currkey;
    KrObject *currvalue;
    KrObject *currgrouper; /* borrowed: the grouper that may still advance */
} KrGroupbyObject;

typedef struct {
    KrObject ob_base;
    KrObject *parent;
    KrObject *tgtkey;
} KrGrouperObject;

#define GROUPBY_FIELDS(X) X(it) X(keyfunc) X(tgtkey) X(currkey) X(currvalue)
IT_GC_FUNCS(groupby, KrGroupbyObject, GROUPBY_FIELDS)
#define GROUPER_FIELDS(X) X(parent) X(tgtkey)
IT_GC_FUNCS(grouper, KrGrouperObject, GROUPER_FIELDS)

static KrObject *groupby_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    static const char *const names[] = { "iterable", "key", NULL };
    static const KrArgSpec spec = { "groupby", names, 0, 2, 1 };
    KrObject *a[2];
    if (kr_modargs_parse_tuple(&spec, args, kwds, a) < 0) return NULL;
    KrObject *it = kr_object_get_iter(a[0]);
    if (!it) return NULL;
    KrGroupbyObject *g = IT_ALLOC(KrGroupbyObject, type);
    if (!g) { KR_DECREF(it); return NULL; }
    g->it = it;
    g->keyfunc = kr_newref(a[1] ? a[1] : KR_NONE);
    g->tgtkey = g->currkey = g->currvalue = NULL;
    g->currgrouper = NULL;
    kr_gc_track(g);
    return (KrObject *)g;
}

/* Advances to the next value: 0, or -1 at exhaustion (maybe with an error). */
static int groupby_step(KrGroupbyObject *g)
{
    KrObject *value = kr_iter_next(g->it);
    if (!value) return -1;
    KrObject *key;
    if (g->keyfunc == KR_NONE) {
        key = kr_newref(value);
    } else {
        key = kr_object_call_one(g->keyfunc, value);
        if (!key) { KR_DECREF(value); return -1; }
    }
    KR_SETREF(g->currvalue, value);
    KR_SETREF(g->currkey, key);
    return 0;
}

static KrObject *grouper_create(KrGroupbyObject *parent, KrObject *tgtkey)
{
    KrGrouperObject *gr = IT_ALLOC(KrGrouperObject, (&kr_itertools_grouper_type));
    if (!gr) return NULL;
    gr->parent = kr_newref(parent);
    gr->tgtkey = kr_newref(tgtkey);
    parent->currgrouper = (KrObject *)gr;
    kr_gc_track(gr);
    return (KrObject *)gr;
}

static KrObject *groupby_next(KrObject *o)
{
    KrGroupbyObject *g = (KrGroupbyObject *)o;
    g->currgrouper = NULL;
    for (;;) {
        if (!g->currkey) {
            /* need a value */
        } else if (!g->tgtkey) {
            break;
        } else {
            int r = kr_object_richcompare_bool(g->tgtkey, g->currkey, KR_EQ);
            if (r < 0) return NULL;
            if (r == 0) break;
        }
        if (groupby_step(g) < 0) return NULL;
    }
    KR_SETREF(g->tgtkey, kr_newref(g->currkey));
    KrObject *grouper = grouper_create(g, g->tgtkey);
    if (!grouper) return NULL;
    KrObject *res = kr_tuple_pack(2, g->currkey, grouper);
    KR_DECREF(grouper);
    return res;
}

KrTypeObject kr_itertools_groupby_type = {
    IT_TYPE_COMMON("groupby", KrGroupbyObject, groupby),
    .tp_doc = "make an iterator that returns consecutive keys and groups from the iterable\n\n"
              "  iterable\n    Elements to divide into groups according to the key function.\n"
              "  key\n    A function for computing the group category for each element.\n"
              "    If the key function is not specified or is None, the element itself\n"
              "    is used for grouping.",
};

static KrObject *grouper_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if (kr_args_no_kwargs("_grouper", kwds) < 0) return NULL;
    if (kr_args_check_count("_grouper", KR_SIZE(args), 2, 2) < 0) return NULL;
    KrObject *parent = KR_TUPLE_ITEMS(args)[0];
    if (!KR_TYPE_CHECK_EXACT_OR_SUB(parent, &kr_itertools_groupby_type))
        return kr_err_format(kr_exc_TypeError, "_grouper() argument 1 must be itertools.groupby, not %s",
                             KR_TYPE(parent)->tp_name);
    return grouper_create((KrGroupbyObject *)parent, KR_TUPLE_ITEMS(args)[1]);
}

static KrObject *grouper_next(KrObject *o)
{
    KrGrouperObject *gr = (KrGrouperObject *)o;
    KrGroupbyObject *g = (KrGroupbyObject *)gr->parent;
    if (g->currgrouper != o) return NULL;
    if (!g->currvalue) {
        if (groupby_step(g) < 0) return NULL;
    }
    int r = kr_object_richcompare_bool(gr->tgtkey, g->currkey, KR_EQ);
    if (r <= 0) return NULL;
    KrObject *res = g->currvalue;
    g->currvalue = NULL;
    KR_CLEAR(g->currkey);
    return res;
}

KrTypeObject kr_itertools_grouper_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "itertools._grouper",
    .tp_basicsize = sizeof(KrGrouperObject),
    .tp_dealloc = grouper_dealloc,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = grouper_traverse,
    .tp_clear = grouper_clear,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = grouper_next,
    .tp_alloc = kr_object_alloc,
    .tp_new = grouper_new,
    .tp_free = kr_object_free,
};

/* ---- islice ---- */

typedef struct {
    KrObject ob_base;
    KrObject *it;
    ssize_t next;
    ssize_t stop; /* -1: none */
    ssize_t step;
    ssize_t cnt;
} KrIsliceObject;

#define ISLICE_FIELDS(X) X(it)
IT_GC_FUNCS(islice, KrIsliceObject, ISLICE_FIELDS)

static const char islice_stop_msg[] =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

/* index(o) clamped to ssize; -1 (error cleared) if o is not an integer. */
static ssize_t islice_index(KrObject *o)
{
    ssize_t v = kr_number_as_ssize(o, kr_exc_OverflowError);
    if (v == -1 && kr_err_occurred()) kr_err_clear();
    return v;
}

static KrObject *islice_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if (type == &kr_itertools_islice_type && kr_args_no_kwargs("islice", kwds) < 0) return NULL;
    ssize_t n = KR_SIZE(args);
    if (kr_args_check_count("islice", n, 2, 4) < 0) return NULL;
    KrObject *const *a = KR_TUPLE_ITEMS(args);
    ssize_t start = 0, stop = -1, step = 1;
    if (n == 2) {
        if (a[1] != KR_NONE) {
            stop = islice_index(a[1]);
            if (stop == -1) return kr_err_format(kr_exc_ValueError, "%s", islice_stop_msg);
        }
    } else {
        if (a[1] != KR_NONE) start = islice_index(a[1]);
        if (a[2] != KR_NONE) {
            stop = islice_index(a[2]);
            if (stop == -1) return kr_err_format(kr_exc_ValueError, "%s", islice_stop_msg);
        }
    }
    if (start < 0 || stop < -1)
        return kr_err_format(kr_exc_ValueError,
                             "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    if (n == 4 && a[3] != KR_NONE) step = islice_index(a[3]);
    if (step < 1) return kr_err_format(kr_exc_ValueError, "Step for islice() must be a positive integer or None.");
    KrObject *it = kr_object_get_iter(a[0]);
    if (!it) return NULL;
    KrIsliceObject *s = IT_ALLOC(KrIsliceObject, type);
    if (!s) { KR_DECREF(it); return NULL; }
    s->it = it;
    s->next = start;
    s->stop = stop;
    s->step = step;
    s->cnt = 0;
    kr_gc_track(s);
    return (KrObject *)s;
}

static KrObject *islice_next(KrObject *o)
{
    KrIsliceObject *s = (KrIsliceObject *)o;
    if (!s->it) return NULL;
    KrObject *item;
    while (s->cnt < s->next) {
        item = kr_iter_next(s->it);
        if (!item) goto empty;
        KR_DECREF(item);
        s->cnt++;
    }
    if (s->stop != -1 && s->cnt >= s->stop) goto empty;
    item = kr_iter_next(s->it);
    if (!item) goto empty;
    s->cnt++;
    ssize_t oldnext = s->next;
    s->next += s->step;
    if (s->next < oldnext || (s->stop != -1 && s->next > s->stop)) s->next = s->stop;
    return item;
empty:
    KR_CLEAR(s->it);
    return NULL;
}

KrTypeObject kr_itertools_islice_type = {
    IT_TYPE_COMMON("islice", KrIsliceObject, islice),
    .tp_doc = "islice(iterable, stop) --> islice object\n"
              "islice(iterable, start, stop[, step]) --> islice object\n\n"
              "Return an iterator whose next() method returns selected values from an\n"
              "iterable.  If start is specified, will skip all preceding elements;\n"
              "otherwise, start defaults to zero.  Step defaults to one.  If\n"
              "specified as another value, step determines how many values are\n"
              "skipped between successive calls.  Works like a slice() on a list\n"
              "but returns an iterator.",
};

/* ---- pairwise ---- */

typedef struct {
    KrObject ob_base;
    KrObject *it;
    KrObject *old;
} KrPairwiseObject;

#define PAIRWISE_FIELDS(X) X(it) X(old)
IT_GC_FUNCS(pairwise, KrPairwiseObject, PAIRWISE_FIELDS)

static KrObject *pairwise_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if (type == &kr_itertools_pairwise_type && kr_args_no_kwargs("pairwise", kwds) < 0) return NULL;
    if (kr_args_check_count("pairwise", KR_SIZE(args), 1, 1) < 0) return NULL;
    KrObject *it = kr_object_get_iter(KR_TUPLE_ITEMS(args)[0]);
    if (!it) return NULL;
    KrPairwiseObject *p = IT_ALLOC(KrPairwiseObject, type);
    if (!p) { KR_DECREF(it); return NULL; }
    p->it = it;
    p->old = NULL;
    kr_gc_track(p);
    return (KrObject *)p;
}

static KrObject *pairwise_next(KrObject *o)
{
    KrPairwiseObject *p = (KrPairwiseObject *)o;
    if (!p->it) return NULL;
    if (!p->old) {
        p->old = kr_iter_next(p->it);
        if (!p->old) {
            KR_CLEAR(p->it);
            return NULL;
        }
    }
    KrObject *item = kr_iter_next(p->it);
    if (!item) {
        KR_CLEAR(p->it);
        KR_CLEAR(p->old);
        return NULL;
    }
    KrObject *res = kr_tuple_pack(2, p->old, item);
    KR_SETREF(p->old, item);
    return res;
}

KrTypeObject kr_itertools_pairwise_type = {
    IT_TYPE_COMMON("pairwise", KrPairwiseObject, pairwise),
    .tp_doc = "Return an iterator of overlapping pairs taken from the input iterator.\n\n"
              "    s -> (s0,s1), (s1,s2), (s2, s3), ...",
};

/* ---- the module ---- */

static KrMethodDef itertools_functions[] = {
    { "tee", (void *)kr_itertools_tee, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Returns a tuple of n independent iterators." },
    { NULL, NULL, 0, NULL },
};

static int itertools_exec(KrObject *m)
{
    static struct { const char *name; KrTypeObject *type; } types[] = {
        { "accumulate", &kr_itertools_accumulate_type },
        { "chain", &kr_itertools_chain_type },
        { "combinations", &kr_itertools_combinations_type },
        { "combinations_with_replacement", &kr_itertools_cwr_type },
        { "compress", &kr_itertools_compress_type },
        { "count", &kr_itertools_count_type },
        { "cycle", &kr_itertools_cycle_type },
        { "dropwhile", &kr_itertools_dropwhile_type },
        { "filterfalse", &kr_itertools_filterfalse_type },
        { "groupby", &kr_itertools_groupby_type },
        { "_grouper", &kr_itertools_grouper_type },
        { "islice", &kr_itertools_islice_type },
        { "pairwise", &kr_itertools_pairwise_type },
        { "permutations", &kr_itertools_permutations_type },
        { "product", &kr_itertools_product_type },
        { "repeat", &kr_itertools_repeat_type },
        { "starmap", &kr_itertools_starmap_type },
        { "takewhile", &kr_itertools_takewhile_type },
        { "_tee", &kr_itertools_tee_type },
        { "_tee_dataobject", &kr_itertools_teedataobject_type },
        { "zip_longest", &kr_itertools_zip_longest_type },
    };
    for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
        if (kr_type_ready(types[i].type) < 0) return -1;
        if (kr_module_add_steal(m, types[i].name, kr_newref(types[i].type)) < 0) return -1;
    }
    return 0;
}

KrModuleDef kr_itertoolsmodule_def = {
    .name = "itertools",
    .doc = "Functional tools for creating and using iterators.\n\n"
           "Infinite iterators:\n"
           "count(start=0, step=1) --> start, start+step, start+2*step, ...\n"
           "cycle(p) --> p0, p1, ... plast, p0, p1, ...\n"
           "repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n",
    .methods = itertools_functions,
    .exec = itertools_exec,
};
