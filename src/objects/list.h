/* list.h — the list type: a resizable array of owned references. */
#ifndef KR_LIST_H
#define KR_LIST_H
#include "object.h"

typedef struct {
    KrVarObject ob_base;       /* ob_size is the length */
    KrObject **ob_item;
    ssize_t allocated;
} KrListObject;

extern KrTypeObject kr_list_type;
#define KR_LIST_CHECK(o) KR_TYPE_HAS_FLAG(KR_TYPE(o), KR_TPFLAGS_LIST_SUBCLASS)
#define KR_LIST_CHECK_EXACT(o) (KR_TYPE(o) == &kr_list_type)
#define KR_LIST_ITEMS(o) (((KrListObject *)(o))->ob_item)
#ifdef KR_DEBUG
/* debug builds check the type and the index of the unchecked accessor */
static inline KrObject **kr_list_item_ptr_checked(KrObject *o, ssize_t i) {
    KR_ASSERT_OBJ(KR_LIST_CHECK(o), o);
    KR_ASSERT_OBJ(i >= 0 && i < ((KrListObject *)o)->allocated, o);
    return &((KrListObject *)o)->ob_item[i];
}
#define KR_LIST_GET(o, i) (*kr_list_item_ptr_checked((KrObject *)(o), (i))) /* borrowed */
#else
#define KR_LIST_GET(o, i) (((KrListObject *)(o))->ob_item[i])       /* borrowed, unchecked */
#endif
#define KR_LIST_SET_STEAL(o, i, v) (((KrListObject *)(o))->ob_item[i] = (v)) /* only on new lists */

KrObject *kr_list_new(ssize_t size);            /* items NULL: fill with KR_LIST_SET_STEAL */
KrObject *kr_list_get_borrow(KrObject *list, ssize_t i); /* checked; IndexError */
int kr_list_set_steal(KrObject *list, ssize_t i, KrObject *v); /* checked; drops the old item */
int kr_list_append(KrObject *list, KrObject *v);
int kr_list_insert(KrObject *list, ssize_t i, KrObject *v);
int kr_list_extend(KrObject *list, KrObject *iterable);
int kr_list_del_item(KrObject *list, ssize_t i);
int kr_list_sort(KrObject *list);               /* list.sort() without key */
int kr_list_reverse(KrObject *list);
KrObject *kr_list_as_tuple(KrObject *list);
KrObject *kr_list_get_slice(KrObject *list, ssize_t lo, ssize_t hi);
/* Appends v, taking over the caller's reference (also on failure): the
 * LIST_APPEND fast path. 0 or -1. */
int kr_list_append_steal(KrObject *list, KrObject *v);
/* list.sort(key=keyfunc, reverse=reverse): keyfunc NULL for none. A stable
 * timsort (list_sort.c). ValueError "list modified during sort" if the list
 * changed while comparing. 0 or -1. */
int kr_list_sort_impl(KrObject *list, KrObject *keyfunc, int reverse);
extern KrTypeObject kr_list_iter_type;          /* list_iterator */
extern KrTypeObject kr_list_reverse_iter_type;  /* list_reverseiterator */
int kr_list_init(void);
#endif
