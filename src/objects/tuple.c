/* tuple.c — the tuple type: creation (with the shared empty tuple), hashing
 * as CPython 3.11 (xxHash-based), comparison, slicing and the iterator. */
#include "tuple.h"
#include "list.h"
#include "int.h"
#include "str.h"
#include "slice.h"
#include "args.h"
#include "type.h"
#include "abstract.h"
#include "trashcan.h"
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
