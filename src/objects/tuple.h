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
#define KR_TUPLE_GET(o, i) (((KrTupleObject *)(o))->ob_item[i])     /* borrowed, unchecked */
#define KR_TUPLE_SET_STEAL(o, i, v) (((KrTupleObject *)(o))->ob_item[i] = (v)) /* new tuples only */

KrObject *kr_tuple_new(ssize_t size);           /* size 0 gives the shared empty tuple */
KrObject *kr_tuple_pack(ssize_t n, ...);        /* borrowed KrObject* arguments */
KrObject *kr_tuple_from_array(KrObject *const *items, ssize_t n); /* borrowed items */
KrObject *kr_tuple_from_array_steal(KrObject *const *items, ssize_t n);
KrObject *kr_tuple_get_borrow(KrObject *t, ssize_t i); /* checked; IndexError */
KrObject *kr_tuple_get_slice(KrObject *t, ssize_t lo, ssize_t hi);
int kr_tuple_resize(KrObject **t, ssize_t newsize); /* only for a tuple nobody else sees */
int kr_tuple_init(void);
#endif
