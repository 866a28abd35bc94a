/* tuple.c — the tuple type: creation (with the shared empty tuple), hashing
 * as CPython 3.11 (xxHash-based), comparison, slicing and the iterator. */
#include "tuple.h"
#include "../vm/state.h"
#include "list.h"
#include "int.h"
#include "float.h"
#include "bytes.h"
#include "set.h"
#include "str.h"
#include "slice.h"
#include "args.h"
#include "type.h"
#include "abstract.h"
#include "trashcan.h"
#include "genericalias.h"
#include "iter.h"
#include "../vm/err.h"
#include "../memory/gc.h"

#include <limits.h>

static KrObject *empty_tuple;

static KrObject *tuple_alloc(ssize_t size)
{
    if (size > (SSIZE_MAX - (ssize_t)sizeof(KrTupleObject)) / (ssize_t)sizeof(KrObject *))
        return kr_err_no_memory();
    KrTupleObject *t = KR_NEW_VAR(KrTupleObject, &kr_tuple_type, size);
    if (!t) return NULL;
    KR_SIZE(t) = size;
    t->hash_cache = -1;
    return (KrObject *)t;
}

KrObject *kr_tuple_new(ssize_t size)
{
    if (size < 0) return kr_err_bad_internal_call();
    if (size == 0) {
        if (!empty_tuple) {
            empty_tuple = tuple_alloc(0);
            if (!empty_tuple) return NULL;
            KR_REFCNT(empty_tuple) = KR_IMMORTAL_REFCNT;
        }
        return kr_newref(empty_tuple);
    }
    KrObject *t = tuple_alloc(size);
    if (t) kr_gc_track(t);
    return t;
}

KrObject *kr_tuple_pack(ssize_t n, ...)
{
    KrObject *t = kr_tuple_new(n);
    if (!t) return NULL;
    va_list ap;
    va_start(ap, n);
    for (ssize_t i = 0; i < n; i++) KR_TUPLE_SET_STEAL(t, i, kr_newref(va_arg(ap, KrObject *)));
    va_end(ap);
    return t;
}

KrObject *kr_tuple_from_array(KrObject *const *items, ssize_t n)
{
    KrObject *t = kr_tuple_new(n);
    if (!t) return NULL;
    for (ssize_t i = 0; i < n; i++) KR_TUPLE_SET_STEAL(t, i, kr_newref(items[i]));
    return t;
}

KrObject *kr_tuple_from_array_steal(KrObject *const *items, ssize_t n)
{
    KrObject *t = kr_tuple_new(n);
    if (!t) {
        for (ssize_t i = 0; i < n; i++) KR_DECREF(items[i]);
        return NULL;
    }
    for (ssize_t i = 0; i < n; i++) KR_TUPLE_SET_STEAL(t, i, items[i]);
    return t;
}

KrObject *kr_tuple_get_borrow(KrObject *t, ssize_t i)
{
    if (!KR_TUPLE_CHECK(t)) return kr_err_bad_internal_call();
    if (i < 0 || i >= KR_SIZE(t)) {
        kr_err_set_string(kr_exc_IndexError, "tuple index out of range");
        return NULL;
    }
    return KR_TUPLE_GET(t, i);
}

KrObject *kr_tuple_get_slice(KrObject *t, ssize_t lo, ssize_t hi)
{
    ssize_t n = KR_SIZE(t);
    if (lo < 0) lo = 0;
    if (hi > n) hi = n;
    if (hi < lo) hi = lo;
    if (lo == 0 && hi == n && KR_TUPLE_CHECK_EXACT(t)) return kr_newref(t);
    return kr_tuple_from_array(KR_TUPLE_ITEMS(t) + lo, hi - lo);
}

int kr_tuple_resize(KrObject **pt, ssize_t newsize)
{
    KrObject *t = *pt;
    if (newsize < 0 || !t || !KR_TUPLE_CHECK_EXACT(t) || (KR_REFCNT(t) != 1 && KR_SIZE(t) != 0)) {
        *pt = NULL;
        KR_XDECREF(t);
        kr_err_bad_internal_call();
        return -1;
    }
    ssize_t old = KR_SIZE(t);
    if (old == newsize) return 0;
    if (old == 0 || newsize == 0) {
        KrObject *n = kr_tuple_new(newsize);
        KR_DECREF(t);
        *pt = n;
        return n ? 0 : -1;
    }
    /* A fresh block, the items moved over (the allocator owns the layout
     * around the object, so no realloc of the object in place). */
    KrObject *n = kr_tuple_new(newsize);
    if (!n) {
        *pt = NULL;
        KR_DECREF(t);
        return -1;
    }
    ssize_t keep = old < newsize ? old : newsize;
    for (ssize_t i = 0; i < keep; i++) {
        KR_TUPLE_ITEMS(n)[i] = KR_TUPLE_ITEMS(t)[i];
        KR_TUPLE_ITEMS(t)[i] = NULL;
    }
    KR_DECREF(t);
    t = n;
    *pt = t;
    return 0;
}

/* ---- slots ---- */

static void tuple_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    if (kr_trashcan_begin(o, tuple_dealloc)) return;
    if (KR_SIZE(o) > 0 && KR_TYPE(o) != &kr_tuple_type && kr_trashcan_deep()) {
        /* deep chain of subclass instances: an exact tuple takes the items */
        KrObject *holder = tuple_alloc(KR_SIZE(o));
        if (holder) {
            for (ssize_t i = 0; i < KR_SIZE(o); i++) {
                KR_TUPLE_ITEMS(holder)[i] = KR_TUPLE_ITEMS(o)[i];
                KR_TUPLE_ITEMS(o)[i] = NULL;
            }
            KR_REFCNT(holder) = 0;   /* dead: released by the trashcan */
            KR_REF_TOTAL_DEC();
            kr_trashcan_park(holder);
        }
    }
    ssize_t n = KR_SIZE(o);
    KrObject **items = KR_TUPLE_ITEMS(o);
    while (--n >= 0) KR_XDECREF(items[n]);
    KR_TYPE(o)->tp_free(o);
    kr_trashcan_end();
}

static int tuple_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    for (ssize_t i = KR_SIZE(o); --i >= 0;) KR_VISIT(KR_TUPLE_ITEMS(o)[i]);
    return 0;
}

static KrObject *tuple_repr(KrObject *o)
{
    ssize_t n = KR_SIZE(o);
    if (n == 0) return kr_str_from_cstr("()");
    int r = kr_repr_enter(o);
    if (r != 0) return r > 0 ? kr_str_from_cstr("(...)") : NULL;
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    if (kr_strbuilder_append_char(&b, '(') < 0) goto fail;
    for (ssize_t i = 0; i < KR_SIZE(o); i++) {
        if (i > 0 && kr_strbuilder_append_ascii(&b, ", ", 2) < 0) goto fail;
        KrObject *s = kr_object_repr(KR_TUPLE_ITEMS(o)[i]);
        if (!s) goto fail;
        int rc = kr_strbuilder_append_str(&b, s);
        KR_DECREF(s);
        if (rc < 0) goto fail;
    }
    if (n == 1 && kr_strbuilder_append_char(&b, ',') < 0) goto fail;
    if (kr_strbuilder_append_char(&b, ')') < 0) goto fail;
    kr_repr_leave(o);
    return kr_strbuilder_finish(&b);
fail:
    kr_strbuilder_discard(&b);
    kr_repr_leave(o);
    return NULL;
}

/* CPython 3.11's tuple hash: an xxHash64-style accumulation of the item
 * hashes (so that (1, 2) and (2, 1) differ and small changes spread). */
#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

kr_hash_t kr_tuple_hash_items(KrObject *const *items, ssize_t n)
{
    uint64_t acc = XXPRIME_5;
    for (ssize_t i = 0; i < n; i++) {
        kr_hash_t h = kr_object_hash(items[i]);
        if (h == -1) return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539ULL);
    if (acc == (uint64_t)-1) return 1546275796;
    return (kr_hash_t)acc;
}

/* Whether an item's hash can be remembered: built-in immutable values
 * only. A user __hash__ may have side effects or change (CPython 3.11
 * computes a tuple's hash afresh every time), so it is never cached. */
static int hash_is_pure(KrObject *x)
{
    KrTypeObject *t = KR_TYPE(x);
    if (t == &kr_str_type || t == &kr_int_type || t == &kr_bool_type || x == KR_NONE ||
        t == &kr_float_type || t == &kr_bytes_type || t == &kr_frozenset_type)
        return 1;
    /* nested tuples: pure once their own hash got cached */
    return t == &kr_tuple_type && ((KrTupleObject *)x)->hash_cache != -1;
}

static kr_hash_t tuple_hash(KrObject *o)
{
    KrTupleObject *t = (KrTupleObject *)o;
    if (t->hash_cache != -1) return t->hash_cache;
    /* Hashing nested tuples recurses in C: guard the C stack (CPython
     * crashes on a million-deep nest; krait raises RecursionError). */
    if (kr_stack_check() < 0) return -1;
    kr_hash_t h = kr_tuple_hash_items(t->ob_item, KR_SIZE(o));
    if (h == -1) return -1;
    for (ssize_t i = 0; i < KR_SIZE(o); i++)
        if (!hash_is_pure(t->ob_item[i])) return h;
    t->hash_cache = h;
    return h;
}

/* Lexicographic comparison shared by tuple and list (items arrays). The
 * lengths are re-read after each comparison because a list may shrink. */
KrObject *kr_tuple_compare_items(KrObject *a, KrObject *b, int op, int is_list)
{
    ssize_t i;
    for (i = 0;; i++) {
        ssize_t na = KR_SIZE(a), nb = KR_SIZE(b);
        if (i >= na || i >= nb) break;
        KrObject *x = is_list ? KR_LIST_ITEMS(a)[i] : KR_TUPLE_ITEMS(a)[i];
        KrObject *y = is_list ? KR_LIST_ITEMS(b)[i] : KR_TUPLE_ITEMS(b)[i];
        if (x == y) continue;
        KR_INCREF(x);
        KR_INCREF(y);
        int k = kr_object_richcompare_bool(x, y, KR_EQ);
        if (k != 0) {
            KR_DECREF(x);
            KR_DECREF(y);
            if (k < 0) return NULL;
            continue;
        }
        /* first differing item decides */
        KrObject *res;
        if (op == KR_EQ) res = kr_newref(KR_FALSE);
        else if (op == KR_NE) res = kr_newref(KR_TRUE);
        else res = kr_object_richcompare(x, y, op);
        KR_DECREF(x);
        KR_DECREF(y);
        return res;
    }
    ssize_t na = KR_SIZE(a), nb = KR_SIZE(b);
    int c;
    switch (op) {
    case KR_LT: c = na < nb; break;
    case KR_LE: c = na <= nb; break;
    case KR_EQ: c = na == nb; break;
    case KR_NE: c = na != nb; break;
    case KR_GT: c = na > nb; break;
    default: c = na >= nb; break;
    }
    return kr_bool_from(c);
}

static KrObject *tuple_richcompare(KrObject *a, KrObject *b, int op)
{
    if (!KR_TUPLE_CHECK(a) || !KR_TUPLE_CHECK(b)) KR_RETURN_NOTIMPLEMENTED;
    return kr_tuple_compare_items(a, b, op, 0);
}

static ssize_t tuple_length(KrObject *o) { return KR_SIZE(o); }

static KrObject *tuple_item(KrObject *o, ssize_t i)
{
    if (i < 0 || i >= KR_SIZE(o)) {
        kr_err_set_string(kr_exc_IndexError, "tuple index out of range");
        return NULL;
    }
    return kr_newref(KR_TUPLE_ITEMS(o)[i]);
}

static int tuple_contains(KrObject *o, KrObject *v)
{
    for (ssize_t i = 0; i < KR_SIZE(o); i++) {
        KrObject *x = KR_TUPLE_ITEMS(o)[i];
        if (x == v) return 1;
        int k = kr_object_richcompare_bool(x, v, KR_EQ);
        if (k != 0) return k;
    }
    return 0;
}

static KrObject *tuple_concat(KrObject *a, KrObject *b)
{
    if (!KR_TUPLE_CHECK(b))
        return kr_err_format(kr_exc_TypeError, "can only concatenate tuple (not \"%.200s\") to tuple",
                             KR_TYPE(b)->tp_name);
    ssize_t na = KR_SIZE(a), nb = KR_SIZE(b);
    if (nb == 0 && KR_TUPLE_CHECK_EXACT(a)) return kr_newref(a);
    if (na == 0 && KR_TUPLE_CHECK_EXACT(b)) return kr_newref(b);
    if (na > SSIZE_MAX - nb) return kr_err_no_memory();
    KrObject *t = kr_tuple_new(na + nb);
    if (!t) return NULL;
    for (ssize_t i = 0; i < na; i++) KR_TUPLE_ITEMS(t)[i] = kr_newref(KR_TUPLE_ITEMS(a)[i]);
    for (ssize_t i = 0; i < nb; i++) KR_TUPLE_ITEMS(t)[na + i] = kr_newref(KR_TUPLE_ITEMS(b)[i]);
    return t;
}

static KrObject *tuple_repeat(KrObject *a, ssize_t n)
{
    ssize_t len = KR_SIZE(a);
    if (len == 0 || n == 1) {
        if (KR_TUPLE_CHECK_EXACT(a)) return kr_newref(a);
    }
    if (len == 0 || n <= 0) return kr_tuple_new(0);
    if (n > SSIZE_MAX / len) return kr_err_no_memory();
    KrObject *t = kr_tuple_new(len * n);
    if (!t) return NULL;
    KrObject **dst = KR_TUPLE_ITEMS(t), **src = KR_TUPLE_ITEMS(a);
    for (ssize_t k = 0; k < n; k++)
        for (ssize_t i = 0; i < len; i++) *dst++ = kr_newref(src[i]);
    return t;
}

static KrObject *tuple_subscript(KrObject *o, KrObject *key)
{
    if (KR_INT_CHECK_EXACT(key) && KR_INT_IS_SMALL(key)) {
        int64_t i = KR_INT_SMALL_VALUE(key);
        if (i < 0) i += KR_SIZE(o);
        return tuple_item(o, (ssize_t)i);
    }
    if (KR_SLICE_CHECK(key)) {
        ssize_t start, stop, step, len;
        if (kr_slice_get_indices(key, KR_SIZE(o), &start, &stop, &step, &len) < 0) return NULL;
        if (len <= 0) return kr_tuple_new(0);
        if (step == 1) return kr_tuple_get_slice(o, start, stop);
        KrObject *t = kr_tuple_new(len);
        if (!t) return NULL;
        for (ssize_t i = 0, j = start; i < len; i++, j += step)
            KR_TUPLE_ITEMS(t)[i] = kr_newref(KR_TUPLE_ITEMS(o)[j]);
        return t;
    }
    if (kr_index_check(key)) {
        ssize_t i = kr_number_as_ssize(key, kr_exc_IndexError);
        if (i == -1 && kr_err_occurred()) return NULL;
        if (i < 0) i += KR_SIZE(o);
        return tuple_item(o, i);
    }
    return kr_err_format(kr_exc_TypeError, "tuple indices must be integers or slices, not %.200s",
                         KR_TYPE(key)->tp_name);
}

/* ---- methods ---- */

/* Bound of index(x, start, stop): an int-like, clamped; None not allowed. */
int kr_tuple_index_bound(KrObject *v, ssize_t *out)
{
    if (!kr_index_check(v)) {
        kr_err_set_string(kr_exc_TypeError,
                          "slice indices must be integers or have an __index__ method");
        return -1;
    }
    ssize_t x = kr_number_as_ssize(v, NULL);
    if (x == -1 && kr_err_occurred()) return -1;
    *out = x;
    return 0;
}

static KrObject *tuple_index(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("index", nargs, 1, 3) < 0) return NULL;
    ssize_t n = KR_SIZE(self), start = 0, stop = SSIZE_MAX;
    if (nargs >= 2 && kr_tuple_index_bound(args[1], &start) < 0) return NULL;
    if (nargs >= 3 && kr_tuple_index_bound(args[2], &stop) < 0) return NULL;
    if (start < 0) { start += n; if (start < 0) start = 0; }
    if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
    for (ssize_t i = start; i < stop && i < KR_SIZE(self); i++) {
        KrObject *x = KR_TUPLE_ITEMS(self)[i];
        int k = x == args[0] ? 1 : kr_object_richcompare_bool(x, args[0], KR_EQ);
        if (k > 0) return kr_int_from_ssize(i);
        if (k < 0) return NULL;
    }
    kr_err_set_string(kr_exc_ValueError, "tuple.index(x): x not in tuple");
    return NULL;
}

static KrObject *tuple_count(KrObject *self, KrObject *v)
{
    ssize_t c = 0;
    for (ssize_t i = 0; i < KR_SIZE(self); i++) {
        KrObject *x = KR_TUPLE_ITEMS(self)[i];
        int k = x == v ? 1 : kr_object_richcompare_bool(x, v, KR_EQ);
        if (k < 0) return NULL;
        c += k;
    }
    return kr_int_from_ssize(c);
}

static KrObject *tuple_getnewargs(KrObject *self, KrObject *unused)
{
    KrObject *t = kr_tuple_from_array(KR_TUPLE_ITEMS(self), KR_SIZE(self));
    if (!t) return NULL;
    KrObject *res = kr_tuple_pack(1, t);
    KR_DECREF(t);
    return res;
}

/* CPython's size: its tuples have no hash cache (24 bytes + the items);
 * reported the same so that sys.getsizeof agrees. */
static KrObject *tuple_sizeof(KrObject *self, KrObject *unused)
{
    ssize_t base = KR_TYPE(self)->tp_basicsize - (ssize_t)sizeof(kr_hash_t);
    return kr_int_from_ssize(base + KR_SIZE(self) * (ssize_t)sizeof(KrObject *));
}

/* ---- construction ---- */

static KrObject *tuple_from_iterable_for_type(KrTypeObject *type, KrObject *iterable)
{
    KrObject *t = iterable ? kr_sequence_tuple(iterable) : kr_tuple_new(0);
    if (!t || type == &kr_tuple_type) return t;
    /* a subclass instance holding the same items */
    ssize_t n = KR_SIZE(t);
    KrObject *sub = type->tp_alloc(type, n);
    if (!sub) { KR_DECREF(t); return NULL; }
    KR_SIZE(sub) = n;
    ((KrTupleObject *)sub)->hash_cache = -1;
    for (ssize_t i = 0; i < n; i++) KR_TUPLE_ITEMS(sub)[i] = kr_newref(KR_TUPLE_ITEMS(t)[i]);
    KR_DECREF(t);
    kr_gc_track(sub);
    return sub;
}

static KrObject *tuple_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    /* keywords are refused unless a subclass has its own __init__ */
    if ((type == &kr_tuple_type || type->tp_init == kr_tuple_type.tp_init) &&
        kr_args_no_kwargs("tuple", kwds) < 0)
        return NULL;
    if (kr_args_check_count("tuple", KR_SIZE(args), 0, 1) < 0) return NULL;
    return tuple_from_iterable_for_type(type, KR_SIZE(args) ? KR_TUPLE_ITEMS(args)[0] : NULL);
}

static KrObject *tuple_vectorcall(KrObject *type, KrObject *const *args, size_t nargsf,
                                  KrObject *kwnames)
{
    ssize_t nargs = kr_vectorcall_nargs(nargsf);
    if (kr_args_no_keywords("tuple", kwnames) < 0) return NULL;
    if (kr_args_check_count("tuple", nargs, 0, 1) < 0) return NULL;
    return tuple_from_iterable_for_type((KrTypeObject *)type, nargs ? args[0] : NULL);
}

/* ---- the iterator ---- */

typedef struct {
    KrObject ob_base;
    ssize_t index;
    KrObject *seq;             /* NULL once exhausted */
} KrTupleIterObject;

static KrObject *tuple_iter(KrObject *seq)
{
    KrTupleIterObject *it = KR_NEW(KrTupleIterObject, &kr_tuple_iter_type);
    if (!it) return NULL;
    it->index = 0;
    it->seq = kr_newref(seq);
    kr_gc_track(it);
    return (KrObject *)it;
}

static void tupleiter_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_XDECREF(((KrTupleIterObject *)o)->seq);
    KR_TYPE(o)->tp_free(o);
}

static int tupleiter_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrTupleIterObject *)o)->seq);
    return 0;
}

static KrObject *tupleiter_next(KrObject *o)
{
    KrTupleIterObject *it = (KrTupleIterObject *)o;
    KrObject *seq = it->seq;
    if (!seq) return NULL;
    if (it->index < KR_SIZE(seq)) return kr_newref(KR_TUPLE_ITEMS(seq)[it->index++]);
    it->seq = NULL;
    KR_DECREF(seq);
    return NULL;
}

static KrObject *tupleiter_length_hint(KrObject *o, KrObject *unused)
{
    KrTupleIterObject *it = (KrTupleIterObject *)o;
    return kr_int_from_ssize(it->seq ? KR_SIZE(it->seq) - it->index : 0);
}

static KrObject *tupleiter_reduce(KrObject *o, KrObject *unused)
{
    KrTupleIterObject *it = (KrTupleIterObject *)o;
    return kr_iter_reduce_seq("iter", it->seq, it->index);
}

static KrObject *tupleiter_setstate(KrObject *o, KrObject *state)
{
    KrTupleIterObject *it = (KrTupleIterObject *)o;
    ssize_t index;
    if (kr_iter_state_index(state, &index) < 0) return NULL;
    if (it->seq) {
        if (index < 0) index = 0;
        else if (index > KR_SIZE(it->seq)) index = KR_SIZE(it->seq);
        it->index = index;
    }
    KR_RETURN_NONE;
}

static KrMethodDef tupleiter_methods[] = {
    { "__length_hint__", (void *)tupleiter_length_hint, KR_METH_NOARGS, NULL },
    { "__reduce__", (void *)tupleiter_reduce, KR_METH_NOARGS, "Return state information for pickling." },
    { "__setstate__", (void *)tupleiter_setstate, KR_METH_O, "Set state information for unpickling." },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_tuple_iter_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "tuple_iterator",
    .tp_basicsize = sizeof(KrTupleIterObject),
    .tp_dealloc = tupleiter_dealloc,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = tupleiter_traverse,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = tupleiter_next,
    .tp_methods = tupleiter_methods,
    .tp_alloc = kr_object_alloc,
    .tp_free = kr_object_free,
};

/* ---- the type ---- */

static KrSequenceMethods tuple_as_sequence = {
    .sq_length = tuple_length,
    .sq_concat = tuple_concat,
    .sq_repeat = tuple_repeat,
    .sq_item = tuple_item,
    .sq_contains = tuple_contains,
};

static KrMappingMethods tuple_as_mapping = {
    .mp_length = tuple_length,
    .mp_subscript = tuple_subscript,
};

static KrMethodDef tuple_methods[] = {
    { "__sizeof__", (void *)tuple_sizeof, KR_METH_NOARGS, "Size of object in memory, in bytes." },
    { "__class_getitem__", (void *)kr_generic_alias_class_getitem, KR_METH_O | KR_METH_CLASS,
      "See PEP 585" },
    { "__getnewargs__", (void *)tuple_getnewargs, KR_METH_NOARGS, NULL },
    { "index", (void *)tuple_index, KR_METH_FASTCALL,
      "Return first index of value.\n\nRaises ValueError if the value is not present." },
    { "count", (void *)tuple_count, KR_METH_O, "Return number of occurrences of value." },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_tuple_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "tuple",
    .tp_basicsize = offsetof(KrTupleObject, ob_item),
    .tp_itemsize = sizeof(KrObject *),
    .tp_dealloc = tuple_dealloc,
    .tp_repr = tuple_repr,
    .tp_as_sequence = &tuple_as_sequence,
    .tp_as_mapping = &tuple_as_mapping,
    .tp_hash = tuple_hash,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE |
                KR_TPFLAGS_TUPLE_SUBCLASS | KR_TPFLAGS_SEQUENCE | KR_TPFLAGS_MATCH_SELF,
    .tp_doc = "Built-in immutable sequence.\n\n"
              "If no argument is given, the constructor returns an empty tuple.\n"
              "If iterable is specified the tuple is initialized from iterable's items.\n\n"
              "If the argument is a tuple, the return value is the same object.",
    .tp_traverse = tuple_traverse,
    .tp_richcompare = tuple_richcompare,
    .tp_iter = tuple_iter,
    .tp_methods = tuple_methods,
    .tp_alloc = kr_object_alloc,
    .tp_new = tuple_new,
    .tp_free = kr_object_free,
    .tp_vectorcall = tuple_vectorcall,
};

int kr_tuple_init(void)
{
    if (kr_type_ready(&kr_tuple_type) < 0) return -1;
    if (kr_type_ready(&kr_tuple_iter_type) < 0) return -1;
    KrObject *e = kr_tuple_new(0);   /* makes the shared empty tuple */
    if (!e) return -1;
    KR_DECREF(e);
    return 0;
}
