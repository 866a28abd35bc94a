/* set.h — set and frozenset: open-addressing hash tables probed exactly as
 * CPython's (linear probing runs of 9 + perturbation), so iteration order
 * matches CPython's for the same hashes. */
#ifndef KR_SET_H
#define KR_SET_H
#include "object.h"

extern KrTypeObject kr_set_type, kr_frozenset_type;
#define KR_SET_CHECK(o) KR_TYPE_CHECK_EXACT_OR_SUB((o), &kr_set_type)
#define KR_FROZENSET_CHECK(o) KR_TYPE_CHECK_EXACT_OR_SUB((o), &kr_frozenset_type)
#define KR_ANYSET_CHECK(o) (KR_SET_CHECK(o) || KR_FROZENSET_CHECK(o))

KrObject *kr_set_new(KrObject *iterable);        /* iterable may be NULL */
KrObject *kr_frozenset_new(KrObject *iterable);
int kr_set_add(KrObject *set, KrObject *key);
int kr_set_discard(KrObject *set, KrObject *key); /* 1 found, 0 not, -1 */
int kr_set_contains(KrObject *set, KrObject *key);
ssize_t kr_set_size(KrObject *set);
/* Iteration: start *pos at 0; 1 with a borrowed key (and its hash), 0 at the end. */
int kr_set_next(KrObject *set, ssize_t *pos, KrObject **key, kr_hash_t *hash);
int kr_set_update(KrObject *set, KrObject *iterable);
/* A new frozenset built by adding the items of `fs` (any set/frozenset)
 * one by one in fs's iteration order. CPython's compiler does this to
 * constant frozensets when it merges constants (and marshal does it when a
 * frozenset is loaded), which decides the order `{33, 1, 17, 9}` prints
 * in: compilers should call it on folded set displays. New ref. */
KrObject *kr_frozenset_rebuild(KrObject *fs);
/* Empties the set. 0. */
int kr_set_clear(KrObject *set);
extern KrTypeObject kr_set_iter_type;   /* set_iterator */
int kr_set_init(void);
#endif
