/* itertools_comb.c — itertools.tee (with _tee and _tee_dataobject),
 * zip_longest and the combinatoric iterators product, permutations,
 * combinations and combinations_with_replacement (CPython 3.11 semantics). */
#include "itertoolsmodule.h"
#include <limits.h>
#include "itertools_impl.h"
#include "modargs.h"
#include "../objects/type.h"
#include "../objects/tuple.h"
#include "../objects/int.h"
#include "../objects/str.h"
#include "../objects/dict.h"
#include "../objects/ids.h"
#include "../memory/mem.h"
#include "../vm/err.h"
#include "../objects/weakref.h"

#include <stddef.h>

/* ---- _tee_dataobject: a linked list of blocks of buffered values ---- */

#define LINKCELLS 57

typedef struct KrTeeDataObject {
    KrObject ob_base;
    KrObject *it;
    int numread;
    int running;
    struct KrTeeDataObject *nextlink;
    KrObject *values[LINKCELLS];
} KrTeeDataObject;

typedef struct {
    KrObject ob_base;
    KrTeeDataObject *dataobj;
    int index;
    KrObject *weakreflist;
} KrTeeObject;

static KrTeeDataObject *teedata_make(KrObject *it)
{
    KrTeeDataObject *d = IT_ALLOC(KrTeeDataObject, (&kr_itertools_teedataobject_type));
    if (!d) return NULL;
    d->it = kr_newref(it);
    d->numread = 0;
    d->running = 0;
    d->nextlink = NULL;
    kr_gc_track(d);
    return d;
}

static int teedata_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrTeeDataObject *d = (KrTeeDataObject *)o;
    KR_VISIT(d->it);
    for (int i = 0; i < d->numread; i++) KR_VISIT(d->values[i]);
    KR_VISIT(d->nextlink);
    return 0;
}

static int teedata_clear(KrObject *o)
{
    KrTeeDataObject *d = (KrTeeDataObject *)o;
    KR_CLEAR(d->it);
    for (int i = 0; i < d->numread; i++) KR_CLEAR(d->values[i]);
    d->numread = 0;
    /* Unlink the chain iteratively so that a long tee buffer does not recurse. */
    KrTeeDataObject *next = d->nextlink;
    d->nextlink = NULL;
    while (next && KR_REFCNT(next) == 1) {
        KrTeeDataObject *after = next->nextlink;
        next->nextlink = NULL;
        KR_DECREF(next);
        next = after;
    }
    KR_XDECREF(next);
    return 0;
}

static void teedata_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    teedata_clear(o);
    KR_TYPE(o)->tp_free(o);
}

/* Value i of the block (new ref): reads it from the iterator if needed. */
static KrObject *teedata_getitem(KrTeeDataObject *d, int i)
{
    if (i < d->numread) return kr_newref(d->values[i]);
    if (d->running) return kr_err_format(kr_exc_RuntimeError, "cannot re-enter the tee iterator");
    d->running = 1;
    KrObject *value = kr_iter_next(d->it);
    d->running = 0;
    if (!value) return NULL;
    d->numread++;
    d->values[i] = value;
    return kr_newref(value);
}

static KrTeeDataObject *teedata_jumplink(KrTeeDataObject *d)
{
    if (!d->nextlink) {
        d->nextlink = teedata_make(d->it);
        if (!d->nextlink) return NULL;
    }
    KR_INCREF(d->nextlink);
    return d->nextlink;
}

static KrObject *teedata_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if (kr_args_no_kwargs("_tee_dataobject", kwds) < 0) return NULL;
    if (kr_args_check_count("_tee_dataobject", KR_SIZE(args), 3, 3) < 0) return NULL;
    KrObject *it = KR_TUPLE_ITEMS(args)[0];
    return (KrObject *)teedata_make(it);
}

KrTypeObject kr_itertools_teedataobject_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "itertools._tee_dataobject",
    .tp_basicsize = sizeof(KrTeeDataObject),
    .tp_dealloc = teedata_dealloc,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_doc = "teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee objects.",
    .tp_traverse = teedata_traverse,
    .tp_clear = teedata_clear,
    .tp_alloc = kr_object_alloc,
    .tp_new = teedata_new,
    .tp_free = kr_object_free,
};

/* ---- _tee ---- */

static int tee_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrTeeObject *)o)->dataobj);
    return 0;
}

static int tee_clear(KrObject *o)
{
    KR_CLEAR(((KrTeeObject *)o)->dataobj);
    return 0;
}

static void tee_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    if (((KrTeeObject *)o)->weakreflist && kr_weakref_clear_refs) kr_weakref_clear_refs(o);
    tee_clear(o);
    KR_TYPE(o)->tp_free(o);
}

static KrObject *tee_next(KrObject *o)
{
    KrTeeObject *t = (KrTeeObject *)o;
    if (t->index >= LINKCELLS) {
        KrTeeDataObject *link = teedata_jumplink(t->dataobj);
        if (!link) return NULL;
        KR_SETREF(t->dataobj, link);
        t->index = 0;
    }
    KrObject *value = teedata_getitem(t->dataobj, t->index);
    if (!value) return NULL;
    t->index++;
    return value;
}

static KrObject *tee_copy(KrObject *o, KrObject *unused)
{
    KrTeeObject *t = (KrTeeObject *)o;
    KrTeeObject *n = IT_ALLOC(KrTeeObject, (&kr_itertools_tee_type));
    if (!n) return NULL;
    n->dataobj = (KrTeeDataObject *)kr_newref(t->dataobj);
    n->index = t->index;
    n->weakreflist = NULL;
    kr_gc_track(n);
    return (KrObject *)n;
}

static KrObject *tee_fromiterable(KrObject *iterable)
{
    KrObject *it = kr_object_get_iter(iterable);
    if (!it) return NULL;
    if (KR_TYPE(it) == &kr_itertools_tee_type) {
        KrObject *res = tee_copy(it, NULL);
        KR_DECREF(it);
        return res;
    }
    KrTeeDataObject *d = teedata_make(it);
    KR_DECREF(it);
    if (!d) return NULL;
    KrTeeObject *t = IT_ALLOC(KrTeeObject, (&kr_itertools_tee_type));
    if (!t) { KR_DECREF(d); return NULL; }
    t->dataobj = d;
    t->index = 0;
    t->weakreflist = NULL;
    kr_gc_track(t);
    return (KrObject *)t;
}

static KrObject *tee_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if (kr_args_no_kwargs("_tee", kwds) < 0) return NULL;
    if (kr_args_check_count("_tee", KR_SIZE(args), 1, 1) < 0) return NULL;
    return tee_fromiterable(KR_TUPLE_ITEMS(args)[0]);
}

static KrMethodDef tee_methods[] = {
    { "__copy__", (void *)tee_copy, KR_METH_NOARGS, "Returns an independent iterator." },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_itertools_tee_type = {
    IT_TYPE_COMMON("_tee", KrTeeObject, tee),
    .tp_methods = tee_methods,
    .tp_weaklistoffset = offsetof(KrTeeObject, weakreflist),
    .tp_doc = "Iterator wrapped to make it copyable.",
};

KrObject *kr_itertools_tee(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    (void)m;
    if (kr_args_no_keywords("itertools.tee", kwnames) < 0) return NULL;
    if (kr_args_check_count("tee", nargs, 1, 2) < 0) return NULL;
    ssize_t n = 2;
    if (nargs == 2) {
        n = kr_number_as_ssize(args[1], kr_exc_OverflowError);
        if (n == -1 && kr_err_occurred()) return NULL;
    }
    if (n < 0) return kr_err_format(kr_exc_ValueError, "n must be >= 0");
    KrObject *result = kr_tuple_new(n);
    if (!result || n == 0) return result;
    KrObject *it = kr_object_get_iter(args[0]);
    if (!it) { KR_DECREF(result); return NULL; }
    static KrObject *copy_name;
    if (!copy_name && !(copy_name = kr_str_intern_cstr("__copy__"))) {
        KR_DECREF(it);
        KR_DECREF(result);
        return NULL;
    }
    KrObject *copyfunc = NULL, *copyable;
    if (kr_object_lookup_attr(it, copy_name, &copyfunc) < 0) {
        KR_DECREF(it);
        KR_DECREF(result);
        return NULL;
    }
    if (copyfunc) {
        copyable = it;
    } else {
        copyable = tee_fromiterable(it);
        KR_DECREF(it);
        if (!copyable) { KR_DECREF(result); return NULL; }
        copyfunc = kr_object_getattr(copyable, copy_name);
        if (!copyfunc) {
            KR_DECREF(copyable);
            KR_DECREF(result);
            return NULL;
        }
    }
    KR_TUPLE_SET_STEAL(result, 0, copyable);
    for (ssize_t i = 1; i < n; i++) {
        KrObject *c = kr_object_call_noargs(copyfunc);
        if (!c) {
            for (ssize_t j = i; j < n; j++) KR_TUPLE_SET_STEAL(result, j, kr_newref(KR_NONE));
            KR_DECREF(copyfunc);
            KR_DECREF(result);
            return NULL;
        }
        KR_TUPLE_SET_STEAL(result, i, c);
    }
    KR_DECREF(copyfunc);
    return result;
}

/* ---- zip_longest ---- */

typedef struct {
    KrObject ob_base;
    KrObject *ittuple; /* exhausted iterators are replaced by None */
    KrObject *fillvalue;
    ssize_t tuplesize;
    ssize_t numactive;
} KrZipLongestObject;

#define ZIPL_FIELDS(X) X(ittuple) X(fillvalue)
IT_GC_FUNCS(zip_longest, KrZipLongestObject, ZIPL_FIELDS)

static KrObject *zip_longest_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    KrObject *fillvalue = KR_NONE;
    if (kwds && kr_dict_size(kwds) > 0) {
        fillvalue = kr_dict_get_item_str_borrow(kwds, "fillvalue");
        if (!fillvalue || kr_dict_size(kwds) > 1) {
            if (!kr_err_occurred())
                kr_err_set_string(kr_exc_TypeError, "zip_longest() got an unexpected keyword argument");
            return NULL;
        }
    }
    ssize_t n = KR_SIZE(args);
    KrObject *ittuple = kr_tuple_new(n);
    if (!ittuple) return NULL;
    for (ssize_t i = 0; i < n; i++) {
        KrObject *it = kr_object_get_iter(KR_TUPLE_ITEMS(args)[i]);
        if (!it) {
            for (ssize_t j = i; j < n; j++) KR_TUPLE_SET_STEAL(ittuple, j, kr_newref(KR_NONE));
            KR_DECREF(ittuple);
            return NULL;
        }
        KR_TUPLE_SET_STEAL(ittuple, i, it);
    }
    KrZipLongestObject *z = IT_ALLOC(KrZipLongestObject, type);
    if (!z) { KR_DECREF(ittuple); return NULL; }
    z->ittuple = ittuple;
    z->fillvalue = kr_newref(fillvalue);
    z->tuplesize = n;
    z->numactive = n;
    kr_gc_track(z);
    return (KrObject *)z;
}

static KrObject *zip_longest_next(KrObject *o)
{
    KrZipLongestObject *z = (KrZipLongestObject *)o;
    ssize_t n = z->tuplesize;
    if (n == 0 || z->numactive == 0) return NULL;
    KrObject *result = kr_tuple_new(n);
    if (!result) return NULL;
    for (ssize_t i = 0; i < n; i++) KR_TUPLE_SET_STEAL(result, i, NULL);
    for (ssize_t i = 0; i < n; i++) {
        KrObject *it = KR_TUPLE_ITEMS(z->ittuple)[i];
        KrObject *item;
        if (it == KR_NONE) {
            item = kr_newref(z->fillvalue);
        } else {
            item = kr_iter_next(it);
            if (!item) {
                z->numactive--;
                if (z->numactive == 0 || kr_err_occurred()) {
                    z->numactive = 0;
                    for (ssize_t j = i; j < n; j++) KR_TUPLE_SET_STEAL(result, j, kr_newref(KR_NONE));
                    KR_DECREF(result);
                    return NULL;
                }
                item = kr_newref(z->fillvalue);
                KR_TUPLE_ITEMS(z->ittuple)[i] = kr_newref(KR_NONE);
                KR_DECREF(it);
            }
        }
        KR_TUPLE_SET_STEAL(result, i, item);
    }
    return result;
}

KrTypeObject kr_itertools_zip_longest_type = {
    IT_TYPE_COMMON("zip_longest", KrZipLongestObject, zip_longest),
    .tp_doc = "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\n"
              "Return a zip_longest object whose .__next__() method returns a tuple where\n"
              "the i-th element comes from the i-th iterable argument.  The .__next__()\n"
              "method continues until the longest iterable in the argument sequence\n"
              "is exhausted and then it raises StopIteration.  When the shorter iterables\n"
              "are exhausted, the fillvalue is substituted in their place.  The fillvalue\n"
              "defaults to None or can be specified by a keyword argument.",
};

/* ---- combinatoric iterators: shared state ---- */

typedef struct {
    KrObject ob_base;
    KrObject *pools;   /* product: tuple of tuples; others: the pool tuple */
    KrObject *result;  /* the previous result, or NULL before the first */
    ssize_t *indices;
    ssize_t *cycles;   /* permutations only */
    ssize_t r;
    int stopped;
} KrCombObject;

#define COMB_FIELDS(X) X(pools) X(result)
static int comb_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrCombObject *s = (KrCombObject *)o;
    COMB_FIELDS(IT_VISIT_F)
    return 0;
}
static int comb_clear(KrObject *o)
{
    KrCombObject *s = (KrCombObject *)o;
    COMB_FIELDS(IT_CLEAR_F)
    return 0;
}
static void comb_dealloc(KrObject *o)
{
    KrCombObject *s = (KrCombObject *)o;
    kr_gc_untrack(o);
    comb_clear(o);
    kr_mem_free(s->indices);
    kr_mem_free(s->cycles);
    KR_TYPE(o)->tp_free(o);
}
#define product_dealloc comb_dealloc
#define product_traverse comb_traverse
#define product_clear comb_clear
#define permutations_dealloc comb_dealloc
#define permutations_traverse comb_traverse
#define permutations_clear comb_clear
#define combinations_dealloc comb_dealloc
#define combinations_traverse comb_traverse
#define combinations_clear comb_clear
#define cwr_dealloc comb_dealloc
#define cwr_traverse comb_traverse
#define cwr_clear comb_clear

/* Allocates the object with n zeroed indices (and cycles if asked). Steals pools. */
static KrCombObject *comb_make(KrTypeObject *type, KrObject *pools, ssize_t n, int with_cycles,
                               ssize_t ncycles)
{
    ssize_t *indices = kr_mem_alloc((size_t)(n ? n : 1) * sizeof(ssize_t));
    ssize_t *cycles = with_cycles ? kr_mem_alloc((size_t)(ncycles ? ncycles : 1) * sizeof(ssize_t)) : NULL;
    if (!indices || (with_cycles && !cycles)) {
        kr_mem_free(indices);
        kr_mem_free(cycles);
        KR_DECREF(pools);
        kr_err_no_memory();
        return NULL;
    }
    KrCombObject *c = IT_ALLOC(KrCombObject, type);
    if (!c) {
        kr_mem_free(indices);
        kr_mem_free(cycles);
        KR_DECREF(pools);
        return NULL;
    }
    for (ssize_t i = 0; i < n; i++) indices[i] = 0;
    c->pools = pools;
    c->result = NULL;
    c->indices = indices;
    c->cycles = cycles;
    c->r = 0;
    c->stopped = 0;
    kr_gc_track(c);
    return c;
}

/* The next result: a copy of the previous one (new ref). */
static KrObject *comb_copy_result(KrCombObject *c)
{
    return kr_tuple_from_array(KR_TUPLE_ITEMS(c->result), KR_SIZE(c->result));
}

static void tuple_put(KrObject *t, ssize_t i, KrObject *v)
{
    KrObject *old = KR_TUPLE_ITEMS(t)[i];
    KR_TUPLE_ITEMS(t)[i] = kr_newref(v);
    KR_DECREF(old);
}

/* Returns the new result after storing it as the previous one. */
static KrObject *comb_emit(KrCombObject *c, KrObject *result)
{
    KR_SETREF(c->result, result);
    return kr_newref(result);
}

/* ---- product ---- */

static KrObject *product_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    ssize_t repeat = 1;
    if (kwds && kr_dict_size(kwds) > 0) {
        static const char *const names[] = { "repeat", NULL };
        static const KrArgSpec spec = { "product", names, 0, 0, 0 };
        KrObject *a[1];
        KrObject *empty = kr_tuple_new(0);
        if (!empty) return NULL;
        int r = kr_modargs_parse_tuple(&spec, empty, kwds, a);
        KR_DECREF(empty);
        if (r < 0) return NULL;
        if (a[0]) {
            repeat = kr_number_as_ssize(a[0], kr_exc_OverflowError);
            if (repeat == -1 && kr_err_occurred()) return NULL;
        }
        if (repeat < 0) return kr_err_format(kr_exc_ValueError, "repeat argument cannot be negative");
    }
    ssize_t nargs = repeat == 0 ? 0 : KR_SIZE(args);
    if (repeat && (size_t)nargs > (size_t)SSIZE_MAX / sizeof(ssize_t) / (size_t)repeat)
        return kr_err_format(kr_exc_OverflowError, "repeat argument too large");
    ssize_t npools = nargs * repeat;
    KrObject *pools = kr_tuple_new(npools);
    if (!pools) return NULL;
    for (ssize_t i = 0; i < npools; i++) KR_TUPLE_SET_STEAL(pools, i, NULL);
    for (ssize_t i = 0; i < nargs; i++) {
        KrObject *pool = kr_sequence_tuple(KR_TUPLE_ITEMS(args)[i]);
        if (!pool) {
            for (ssize_t j = i; j < npools; j++) KR_TUPLE_SET_STEAL(pools, j, kr_newref(KR_NONE));
            KR_DECREF(pools);
            return NULL;
        }
        KR_TUPLE_SET_STEAL(pools, i, pool);
    }
    for (ssize_t i = nargs; i < npools; i++)
        KR_TUPLE_SET_STEAL(pools, i, kr_newref(KR_TUPLE_ITEMS(pools)[i - nargs]));
    KrCombObject *c = comb_make(type, pools, npools, 0, 0);
    if (!c) return NULL;
    c->r = npools;
    return (KrObject *)c;
}

static KrObject *product_next(KrObject *o)
{
    KrCombObject *c = (KrCombObject *)o;
    if (c->stopped) return NULL;
    ssize_t npools = c->r;
    KrObject *result;
    if (!c->result) {
        result = kr_tuple_new(npools);
        if (!result) return NULL;
        for (ssize_t i = 0; i < npools; i++) {
            KrObject *pool = KR_TUPLE_ITEMS(c->pools)[i];
            if (KR_SIZE(pool) == 0) {
                for (ssize_t j = i; j < npools; j++) KR_TUPLE_SET_STEAL(result, j, kr_newref(KR_NONE));
                KR_DECREF(result);
                goto empty;
            }
            KR_TUPLE_SET_STEAL(result, i, kr_newref(KR_TUPLE_ITEMS(pool)[0]));
        }
    } else {
        result = comb_copy_result(c);
        if (!result) return NULL;
        ssize_t i;
        for (i = npools - 1; i >= 0; i--) {
            KrObject *pool = KR_TUPLE_ITEMS(c->pools)[i];
            c->indices[i]++;
            if (c->indices[i] == KR_SIZE(pool)) {
                c->indices[i] = 0;
                tuple_put(result, i, KR_TUPLE_ITEMS(pool)[0]);
            } else {
                tuple_put(result, i, KR_TUPLE_ITEMS(pool)[c->indices[i]]);
                break;
            }
        }
        if (i < 0) {
            KR_DECREF(result);
            goto empty;
        }
    }
    return comb_emit(c, result);
empty:
    c->stopped = 1;
    return NULL;
}

KrTypeObject kr_itertools_product_type = {
    IT_TYPE_COMMON("product", KrCombObject, product),
    .tp_doc = "product(*iterables, repeat=1) --> product object\n\n"
              "Cartesian product of input iterables.  Equivalent to nested for-loops.",
};

/* ---- permutations ---- */

static KrObject *permutations_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    static const char *const names[] = { "iterable", "r", NULL };
    static const KrArgSpec spec = { "permutations", names, 0, 2, 1 };
    KrObject *a[2];
    if (kr_modargs_parse_tuple(&spec, args, kwds, a) < 0) return NULL;
    KrObject *pool = kr_sequence_tuple(a[0]);
    if (!pool) return NULL;
    ssize_t n = KR_SIZE(pool), r = n;
    if (a[1] && a[1] != KR_NONE) {
        if (!KR_INT_CHECK(a[1])) {
            KR_DECREF(pool);
            return kr_err_format(kr_exc_TypeError, "Expected int as r");
        }
        r = kr_int_as_ssize(a[1]);
        if (r == -1 && kr_err_occurred()) { KR_DECREF(pool); return NULL; }
    }
    if (r < 0) {
        KR_DECREF(pool);
        return kr_err_format(kr_exc_ValueError, "r must be non-negative");
    }
    KrCombObject *c = comb_make(type, pool, n, 1, r);
    if (!c) return NULL;
    for (ssize_t i = 0; i < n; i++) c->indices[i] = i;
    for (ssize_t i = 0; i < r; i++) c->cycles[i] = n - i;
    c->r = r;
    c->stopped = r > n;
    return (KrObject *)c;
}

static KrObject *permutations_next(KrObject *o)
{
    KrCombObject *c = (KrCombObject *)o;
    if (c->stopped) return NULL;
    KrObject *pool = c->pools;
    ssize_t n = KR_SIZE(pool), r = c->r;
    ssize_t *indices = c->indices, *cycles = c->cycles;
    KrObject *result;
    if (!c->result) {
        result = kr_tuple_new(r);
        if (!result) return NULL;
        for (ssize_t i = 0; i < r; i++) KR_TUPLE_SET_STEAL(result, i, kr_newref(KR_TUPLE_ITEMS(pool)[indices[i]]));
    } else {
        if (n == 0) goto empty;
        result = comb_copy_result(c);
        if (!result) return NULL;
        ssize_t i;
        for (i = r - 1; i >= 0; i--) {
            cycles[i] -= 1;
            if (cycles[i] == 0) {
                ssize_t index = indices[i];
                for (ssize_t j = i; j < n - 1; j++) indices[j] = indices[j + 1];
                indices[n - 1] = index;
                cycles[i] = n - i;
            } else {
                ssize_t j = cycles[i];
                ssize_t index = indices[i];
                indices[i] = indices[n - j];
                indices[n - j] = index;
                for (ssize_t k = i; k < r; k++) tuple_put(result, k, KR_TUPLE_ITEMS(pool)[indices[k]]);
                break;
            }
        }
        if (i < 0) {
            KR_DECREF(result);
            goto empty;
        }
    }
    return comb_emit(c, result);
empty:
    c->stopped = 1;
    return NULL;
}

KrTypeObject kr_itertools_permutations_type = {
    IT_TYPE_COMMON("permutations", KrCombObject, permutations),
    .tp_doc = "Return successive r-length permutations of elements in the iterable.\n\n"
              "permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)",
};

/* ---- combinations and combinations_with_replacement ---- */

static KrCombObject *comb_common_new(const char *fname, KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    static const char *const names[] = { "iterable", "r", NULL };
    KrArgSpec spec = { fname, names, 0, 2, 2 };
    KrObject *a[2];
    if (kr_modargs_parse_tuple(&spec, args, kwds, a) < 0) return NULL;
    ssize_t r = kr_number_as_ssize(a[1], kr_exc_OverflowError);
    if (r == -1 && kr_err_occurred()) return NULL;
    KrObject *pool = kr_sequence_tuple(a[0]);
    if (!pool) return NULL;
    if (r < 0) {
        KR_DECREF(pool);
        kr_err_format(kr_exc_ValueError, "r must be non-negative");
        return NULL;
    }
    KrCombObject *c = comb_make(type, pool, r, 0, 0);
    if (!c) return NULL;
    c->r = r;
    return c;
}

static KrObject *combinations_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    KrCombObject *c = comb_common_new("combinations", type, args, kwds);
    if (!c) return NULL;
    for (ssize_t i = 0; i < c->r; i++) c->indices[i] = i;
    c->stopped = c->r > KR_SIZE(c->pools);
    return (KrObject *)c;
}

static KrObject *combinations_next(KrObject *o)
{
    KrCombObject *c = (KrCombObject *)o;
    if (c->stopped) return NULL;
    KrObject *pool = c->pools;
    ssize_t n = KR_SIZE(pool), r = c->r;
    ssize_t *indices = c->indices;
    KrObject *result;
    if (!c->result) {
        result = kr_tuple_new(r);
        if (!result) return NULL;
        for (ssize_t i = 0; i < r; i++) KR_TUPLE_SET_STEAL(result, i, kr_newref(KR_TUPLE_ITEMS(pool)[indices[i]]));
    } else {
        ssize_t i;
        for (i = r - 1; i >= 0 && indices[i] == i + n - r; i--) {
        }
        if (i < 0) goto empty;
        result = comb_copy_result(c);
        if (!result) return NULL;
        indices[i]++;
        for (ssize_t j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
        for (; i < r; i++) tuple_put(result, i, KR_TUPLE_ITEMS(pool)[indices[i]]);
    }
    return comb_emit(c, result);
empty:
    c->stopped = 1;
    return NULL;
}

KrTypeObject kr_itertools_combinations_type = {
    IT_TYPE_COMMON("combinations", KrCombObject, combinations),
    .tp_doc = "Return successive r-length combinations of elements in the iterable.\n\n"
              "combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)",
};

static KrObject *cwr_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    KrCombObject *c = comb_common_new("combinations_with_replacement", type, args, kwds);
    if (!c) return NULL;
    c->stopped = KR_SIZE(c->pools) == 0 && c->r > 0;
    return (KrObject *)c;
}

static KrObject *cwr_next(KrObject *o)
{
    KrCombObject *c = (KrCombObject *)o;
    if (c->stopped) return NULL;
    KrObject *pool = c->pools;
    ssize_t n = KR_SIZE(pool), r = c->r;
    ssize_t *indices = c->indices;
    KrObject *result;
    if (!c->result) {
        result = kr_tuple_new(r);
        if (!result) return NULL;
        for (ssize_t i = 0; i < r; i++) KR_TUPLE_SET_STEAL(result, i, kr_newref(KR_TUPLE_ITEMS(pool)[0]));
    } else {
        ssize_t i;
        for (i = r - 1; i >= 0 && indices[i] == n - 1; i--) {
        }
        if (i < 0) goto empty;
        result = comb_copy_result(c);
        if (!result) return NULL;
        ssize_t index = indices[i] + 1;
        KrObject *elem = KR_TUPLE_ITEMS(pool)[index];
        for (; i < r; i++) {
            indices[i] = index;
            tuple_put(result, i, elem);
        }
    }
    return comb_emit(c, result);
empty:
    c->stopped = 1;
    return NULL;
}

KrTypeObject kr_itertools_cwr_type = {
    IT_TYPE_COMMON("combinations_with_replacement", KrCombObject, cwr),
    .tp_doc = "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.\n\n"
              "combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')",
};
