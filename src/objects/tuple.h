/* tuple.h — the tuple type: a fixed-size array of owned references. */
#ifndef KR_TUPLE_H
#define KR_TUPLE_H
#include "object.h"

typedef struct {
    KrVarObject ob_base;
    kr_hash_t hash_cache;      /* -1 until computed */
    KrObject *ob_item[1];
} KrTupleObject;

extern KrTypeObject kr_tuple_type;
#define KR_TUPLE_CHECK(o) KR_TYPE_HAS_FLAG(KR_TYPE(o), KR_TPFLAGS_TUPLE_SUBCLASS)
#define KR_TUPLE_CHECK_EXACT(o) (KR_TYPE(o) == &kr_tuple_type)
#define KR_TUPLE_ITEMS(o) (((KrTupleObject *)(o))->ob_item)
#ifdef KR_DEBUG
/* debug builds check the type and the index of the unchecked accessor */
static inline KrObject **kr_tuple_item_ptr_checked(KrObject *o, ssize_t i) {
    KR_ASSERT_OBJ(KR_TUPLE_CHECK(o), o);
    KR_ASSERT_OBJ(i >= 0 && i < KR_SIZE(o), o);
    return &((KrTupleObject *)o)->ob_item[i];
}
#define KR_TUPLE_GET(o, i) (*kr_tuple_item_ptr_checked((KrObject *)(o), (i))) /* borrowed */
#else
#define KR_TUPLE_GET(o, i) (((KrTupleObject *)(o))->ob_item[i])     /* borrowed, unchecked */
#endif
#define KR_TUPLE_SET_STEAL(o, i, v) (((KrTupleObject *)(o))->ob_item[i] = (v)) /* new tuples only */

KrObject *kr_tuple_new(ssize_t size);           /* size 0 gives the shared empty tuple */
KrObject *kr_tuple_pack(ssize_t n, ...);        /* borrowed KrObject* arguments */
KrObject *kr_tuple_from_array(KrObject *const *items, ssize_t n); /* borrowed items */
KrObject *kr_tuple_from_array_steal(KrObject *const *items, ssize_t n);
KrObject *kr_tuple_get_borrow(KrObject *t, ssize_t i); /* checked; IndexError */
KrObject *kr_tuple_get_slice(KrObject *t, ssize_t lo, ssize_t hi);
int kr_tuple_resize(KrObject **t, ssize_t newsize); /* only for a tuple nobody else sees */
/* The tuple hash of CPython 3.11 over an items array; -1 if an item is
 * unhashable (exception set). Used by tuple and by range.__hash__. */
kr_hash_t kr_tuple_hash_items(KrObject *const *items, ssize_t n);
/* Lexicographic rich comparison of two lists (is_list 1) or two tuples
 * (is_list 0), as tuple/list tp_richcompare. New ref or NULL. */
KrObject *kr_tuple_compare_items(KrObject *a, KrObject *b, int op, int is_list);
/* Converts a start/stop argument of index() (int-like, not None), clamped
 * to the ssize_t range. 0, or -1 with TypeError. */
int kr_tuple_index_bound(KrObject *v, ssize_t *out);
extern KrTypeObject kr_tuple_iter_type;   /* tuple_iterator */
int kr_tuple_init(void);
#endif
