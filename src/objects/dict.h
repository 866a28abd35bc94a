/* dict.h — the dict type: the compact, insertion-ordered hash table
 * (an index table of small ints pointing into a dense entries array). */
#ifndef KR_DICT_H
#define KR_DICT_H
#include "object.h"

typedef struct KrDictKeys KrDictKeys; /* private to dict.c */

typedef struct {
    KrObject ob_base;
    ssize_t ma_used;           /* number of items */
    uint64_t ma_version;       /* changes on every mutation (for caches) */
    KrDictKeys *ma_keys;
    KrObject **ma_values;      /* split-table values, or NULL */
} KrDictObject;

extern KrTypeObject kr_dict_type;
extern KrTypeObject kr_dict_keys_type, kr_dict_values_type, kr_dict_items_type;
#define KR_DICT_CHECK(o) KR_TYPE_HAS_FLAG(KR_TYPE(o), KR_TPFLAGS_DICT_SUBCLASS)
#define KR_DICT_CHECK_EXACT(o) (KR_TYPE(o) == &kr_dict_type)

KrObject *kr_dict_new(void);
/* Lookups return BORROWED references. _get_item_borrow: NULL with no
 * exception if missing, NULL with an exception on hash/compare errors. */
KrObject *kr_dict_get_item_borrow(KrObject *d, KrObject *key);
KrObject *kr_dict_get_item_str_borrow(KrObject *d, const char *key);
/* Same, with a precomputed hash. */
KrObject *kr_dict_get_item_known_hash_borrow(KrObject *d, KrObject *key, kr_hash_t hash);
int kr_dict_set_item(KrObject *d, KrObject *key, KrObject *value);       /* borrows both */
int kr_dict_set_item_str(KrObject *d, const char *key, KrObject *value);
int kr_dict_set_item_steal(KrObject *d, KrObject *key, KrObject *value_steal);
int kr_dict_del_item(KrObject *d, KrObject *key);   /* KeyError if missing */
int kr_dict_del_item_str(KrObject *d, const char *key);
int kr_dict_pop(KrObject *d, KrObject *key, KrObject **result); /* 1 found, 0 missing, -1 */
int kr_dict_contains(KrObject *d, KrObject *key);  /* 1/0/-1 */
/* Iteration: start *pos at 0; 1 with borrowed key/value, 0 at the end. */
int kr_dict_next(KrObject *d, ssize_t *pos, KrObject **key, KrObject **value);
ssize_t kr_dict_size(KrObject *d);
KrObject *kr_dict_copy(KrObject *d);
int kr_dict_update(KrObject *d, KrObject *other);  /* d.update(other) */
/* For {**a}, f(**k): merges the mapping `other` into d. override 0 keeps
 * existing keys, 1 replaces them, 2 raises KeyError(key) (the key as the
 * single argument) on the first duplicate: DICT_MERGE turns that into
 * "f() got multiple values for keyword argument 'x'". 0 or -1. */
int kr_dict_merge(KrObject *d, KrObject *other, int override);
void kr_dict_clear(KrObject *d);
KrObject *kr_dict_keys(KrObject *d);    /* a list */
KrObject *kr_dict_values(KrObject *d);  /* a list */
KrObject *kr_dict_items(KrObject *d);   /* a list of tuples */
KrObject *kr_dict_setdefault_borrow(KrObject *d, KrObject *key, KrObject *dflt);

/* ---- additions (dict.c) ---- */
/* Bumped for every mutation of any dict; ma_version takes the new value, so
 * versions are unique across dicts (for the VM's global-lookup caches). */
extern uint64_t kr_dict_global_version;
/* A new empty dict with room for `size` items without resizing (BUILD_MAP
 * of many items); `unicode` 1 if every key will be an exact str (a
 * str-only table, as CPython's dict_new_presized). */
KrObject *kr_dict_new_presized(ssize_t size, int unicode);
/* With a precomputed hash: set (borrows both), delete (KeyError if missing),
 * contains (1/0/-1). */
int kr_dict_set_item_known_hash(KrObject *d, KrObject *key, kr_hash_t hash, KrObject *value);
int kr_dict_del_item_known_hash(KrObject *d, KrObject *key, kr_hash_t hash);
int kr_dict_contains_known_hash(KrObject *d, KrObject *key, kr_hash_t hash);
/* kr_dict_next that also gives the stored hash; any out pointer may be NULL. */
int kr_dict_next_with_hash(KrObject *d, ssize_t *pos, KrObject **key, KrObject **value,
                           kr_hash_t *hash);
/* dict.update(arg) semantics: a dict or an object with keys() is merged as
 * a mapping, anything else must be an iterable of pairs. 0 or -1. */
int kr_dict_update_arg(KrObject *d, KrObject *arg);
/* d.update(iterable of pairs); override 0 keeps existing keys. With
 * CPython's TypeError/ValueError messages for bad elements. 0 or -1. */
int kr_dict_merge_from_seq2(KrObject *d, KrObject *seq2, int override);
/* Raises KeyError(key), keeping a tuple key whole. */
void kr_dict_set_key_error(KrObject *key);
/* A view object (kr_dict_keys_type, _values_type or _items_type) on d. */
KrObject *kr_dict_view_new(KrObject *d, KrTypeObject *view_type);
/* The iterator types (dict_views.c). */
extern KrTypeObject kr_dict_keyiter_type, kr_dict_valueiter_type, kr_dict_itemiter_type;
extern KrTypeObject kr_dict_revkeyiter_type, kr_dict_revvalueiter_type, kr_dict_revitemiter_type;
int kr_dict_init(void);
#endif
