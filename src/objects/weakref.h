/* weakref.h — weak references: weakref.ref (ReferenceType) and the proxy
 * types. An object whose type has tp_weaklistoffset keeps, at that offset,
 * the head of a doubly linked list of the weak references to it; when it
 * dies, kr_weakref_clear_refs() clears them and calls their callbacks. */
#ifndef KR_WEAKREF_H
#define KR_WEAKREF_H
#include "object.h"

typedef struct KrWeakReference KrWeakReference;
struct KrWeakReference {
    KrObject ob_base;
    KrObject *wr_object;       /* the referent (not owned), or None once dead */
    KrObject *wr_callback;     /* owned, or NULL */
    kr_hash_t hash;            /* -1 until computed */
    KrWeakReference *wr_prev, *wr_next;
    kr_vectorcallfunc vectorcall;
};

extern KrTypeObject kr_weakref_ref_type;            /* weakref.ReferenceType */
extern KrTypeObject kr_weakref_proxy_type;          /* weakref.ProxyType */
extern KrTypeObject kr_weakref_callable_proxy_type; /* weakref.CallableProxyType */
#define KR_WEAKREF_REF_CHECK(o) KR_TYPE_CHECK_EXACT_OR_SUB((o), &kr_weakref_ref_type)
#define KR_WEAKREF_PROXY_CHECK(o) (KR_TYPE(o) == &kr_weakref_proxy_type || \
                                   KR_TYPE(o) == &kr_weakref_callable_proxy_type)
#define KR_WEAKREF_CHECK(o) (KR_WEAKREF_REF_CHECK(o) || KR_WEAKREF_PROXY_CHECK(o))

/* weakref.ref(ob, callback) / weakref.proxy(ob, callback): callback may be
 * NULL or None. New ref; TypeError "cannot create weak reference to 'int'
 * object" for types without tp_weaklistoffset. */
KrObject *kr_weakref_new_ref(KrObject *ob, KrObject *callback);
KrObject *kr_weakref_new_proxy(KrObject *ob, KrObject *callback);
/* The referent of a weak reference (BORROWED), or None when dead. */
KrObject *kr_weakref_get_object_borrow(KrObject *ref);
/* Number of weak references to o (0 for non-weakrefable objects). */
ssize_t kr_weakref_count(KrObject *o);

/* For the cycle collector: the slot holding the head of o's list of weak
 * references (BORROWED; NULL if o's type does not support them). */
KrWeakReference **kr_weakref_list_ptr(KrObject *o);
/* For the cycle collector: makes ref dead and unlinks it from its referent's
 * list WITHOUT calling its callback; the callback stays in wr_callback so
 * that the collector can call it later (CPython's _PyWeakref_ClearRef). */
void kr_weakref_clear_keep_callback(KrObject *ref);

/* Clears every weak reference to o and calls the callbacks (exceptions in
 * them are reported as unraisable); keeps a pending exception intact.
 * Deallocators of weakrefable types call this (declared in type.h). */
void kr_weakref_clear_refs(KrObject *o);

int kr_weakref_init(void);
#endif
