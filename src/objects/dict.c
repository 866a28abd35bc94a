/* dict.c — the dict type: CPython's compact, insertion-ordered hash table.
 *
 * A dict's table (KrDictKeys) has two parts. The *index table* is an array
 * of 2**k small signed integers (1, 2, 4 or 8 bytes each, chosen by k) that
 * is probed by hash; each slot holds DKIX_EMPTY, DKIX_DUMMY (a deleted
 * slot: probing must go on past it) or the position of an entry. The
 * *entries* array holds (hash, key, value) in insertion order, so iteration
 * is insertion order and needs no sorting. Probing is CPython's: start at
 * hash & mask, then i = (i*5 + perturb + 1) & mask with perturb shifted
 * right by 5 bits each step, so all hash bits eventually matter.
 *
 * Deleting leaves a hole in the entries (key and value NULL) and a dummy in
 * the index; tables are only compacted by a resize, which happens when the
 * entries run out (two thirds of the index size) and grows to fit
 * used*3, exactly as CPython, so orders and sizes match.
 * Empty dicts share one static empty table. Tables whose keys are all exact
 * str remember it, so lookups of str keys skip the generic comparison. */
#include "dict_impl.h"
#include "list.h"
#include "tuple.h"
#include "int.h"
#include "str.h"
#include "set.h"
#include "args.h"
#include "type.h"
#include "abstract.h"
#include "descr.h"
#include "ids.h"
#include "hash.h"
#include "trashcan.h"
#include "genericalias.h"
#include "../vm/err.h"
#include "../memory/gc.h"
#include "../memory/mem.h"

#include <string.h>

#define PERTURB_SHIFT 5
#define DICT_LOG_MINSIZE 3

uint64_t kr_dict_global_version;

/* The shared empty table: 8 slots, all empty, no usable entries (so the
 * first insertion allocates a real table). Static storage, filled in by
 * the first kr_dict_new (it has a flexible array, so it cannot be a plain
 * static struct initializer). */
static _Alignas(16) unsigned char empty_keys_storage[sizeof(KrDictKeys) + 8];
#define EMPTY_KEYS ((KrDictKeys *)(void *)empty_keys_storage)

static inline void empty_keys_setup(void)
{
    KrDictKeys *dk = EMPTY_KEYS;
    if (dk->is_static) return;
    dk->log2_size = DICT_LOG_MINSIZE;
    dk->log2_index_bytes = DICT_LOG_MINSIZE;
    dk->unicode = 1;
    dk->usable = 0;
    dk->nentries = 0;
    memset(dk->indices, 0xff, 8);
    dk->is_static = 1;
}

#define DICT(o) ((KrDictObject *)(o))

/* ---- the index table ---- */

static inline ssize_t dk_get_index(const KrDictKeys *dk, size_t i)
{
    int log2 = dk->log2_size;
    if (log2 < 8) return ((const int8_t *)dk->indices)[i];
    if (log2 < 16) return ((const int16_t *)(const void *)dk->indices)[i];
    if (log2 < 32) return ((const int32_t *)(const void *)dk->indices)[i];
    return (ssize_t)((const int64_t *)(const void *)dk->indices)[i];
}

static inline void dk_set_index(KrDictKeys *dk, size_t i, ssize_t ix)
{
    int log2 = dk->log2_size;
    if (log2 < 8) ((int8_t *)dk->indices)[i] = (int8_t)ix;
    else if (log2 < 16) ((int16_t *)(void *)dk->indices)[i] = (int16_t)ix;
    else if (log2 < 32) ((int32_t *)(void *)dk->indices)[i] = (int32_t)ix;
    else ((int64_t *)(void *)dk->indices)[i] = (int64_t)ix;
}

/* Table size (as log2) for minsize: CPython 3.11's exact bit formula,
 * bit_length(((minsize | 8) - 1) | 7), which is not always the smallest
 * power of two >= minsize; copied so that table sizes agree. */
static uint8_t calculate_log2_keysize(ssize_t minsize)
{
    size_t m = (((size_t)minsize | 8) - 1) | 7;
    uint8_t log2 = 0;
    while (m) {
        log2++;
        m >>= 1;
    }
    return log2;
}

/* Table size for n items without a resize on the way (presizing). */
static uint8_t estimate_log2_keysize(ssize_t n)
{
    return calculate_log2_keysize((n * 3 + 1) / 2);
}

static size_t keys_alloc_size(uint8_t log2_size, uint8_t *log2_index_bytes)
{
    uint8_t lb = log2_size < 8 ? log2_size : log2_size < 16 ? log2_size + 1
               : log2_size < 32 ? log2_size + 2 : log2_size + 3;
    if (log2_index_bytes) *log2_index_bytes = lb;
    size_t usable = USABLE_FRACTION((size_t)1 << log2_size);
    return sizeof(KrDictKeys) + ((size_t)1 << lb) + usable * sizeof(KrDictEntry);
}

static KrDictKeys *new_keys_object(uint8_t log2_size, int unicode)
{
    if (log2_size >= 8 * sizeof(ssize_t) - 3) {
        kr_err_no_memory();
        return NULL;
    }
    uint8_t lb;
    size_t bytes = keys_alloc_size(log2_size, &lb);
    KrDictKeys *dk = kr_mem_alloc(bytes);
    if (!dk) {
        kr_err_no_memory();
        return NULL;
    }
    dk->log2_size = log2_size;
    dk->log2_index_bytes = lb;
    dk->unicode = (uint8_t)unicode;
    dk->is_static = 0;
    dk->usable = (ssize_t)USABLE_FRACTION((size_t)1 << log2_size);
    dk->nentries = 0;
    memset(dk->indices, 0xff, (size_t)1 << lb);
    memset(DK_ENTRIES(dk), 0, (size_t)dk->usable * sizeof(KrDictEntry));
    return dk;
}

static void free_keys_object(KrDictKeys *dk)
{
    if (!dk->is_static) kr_mem_free(dk);
}

/* First free (empty or dummy) slot for hash; the table has room. */
static size_t find_empty_slot(KrDictKeys *dk, kr_hash_t hash)
{
    size_t mask = DK_MASK(dk);
    size_t i = (size_t)hash & mask;
    ssize_t ix = dk_get_index(dk, i);
    for (size_t perturb = (size_t)hash; ix >= 0;) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
        ix = dk_get_index(dk, i);
    }
    return i;
}

/* The slot whose index is ix (it must exist). */
static size_t lookdict_index(KrDictKeys *dk, kr_hash_t hash, ssize_t ix)
{
    size_t mask = DK_MASK(dk);
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        ssize_t cur = dk_get_index(dk, i);
        if (cur == ix) return i;
        if (cur == DKIX_EMPTY) return (size_t)-1; /* cannot happen */
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* ---- lookup ---- */

/* Lookup in a table of exact-str keys with an exact-str key: no user code
 * can run, so no restarts are needed. */
static ssize_t lookup_unicode(KrDictKeys *dk, KrObject *key, kr_hash_t hash)
{
    KrDictEntry *ep0 = DK_ENTRIES(dk);
    size_t mask = DK_MASK(dk);
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        ssize_t ix = dk_get_index(dk, i);
        if (ix >= 0) {
            KrDictEntry *ep = &ep0[ix];
            if (ep->key == key || (ep->hash == hash && kr_str_equal(ep->key, key))) return ix;
        } else if (ix == DKIX_EMPTY) {
            return DKIX_EMPTY;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Finds key: returns the entry index (and *value_addr borrowed), or
 * DKIX_EMPTY (*value_addr NULL), or DKIX_ERROR with an exception. An
 * __eq__ that mutates the dict restarts the search, as CPython does. */
static ssize_t dict_lookup(KrDictObject *mp, KrObject *key, kr_hash_t hash, KrObject **value_addr)
{
    KrDictKeys *dk;
top:
    dk = mp->ma_keys;
    if (dk->unicode && KR_STR_CHECK_EXACT(key)) {
        ssize_t ix = lookup_unicode(dk, key, hash);
        *value_addr = ix >= 0 ? DK_ENTRIES(dk)[ix].value : NULL;
        return ix;
    }
    {
        KrDictEntry *ep0 = DK_ENTRIES(dk);
        size_t mask = DK_MASK(dk);
        size_t perturb = (size_t)hash;
        size_t i = (size_t)hash & mask;
        for (;;) {
            ssize_t ix = dk_get_index(dk, i);
            if (ix == DKIX_EMPTY) {
                *value_addr = NULL;
                return DKIX_EMPTY;
            }
            if (ix >= 0) {
                KrDictEntry *ep = &ep0[ix];
                KrObject *startkey = ep->key;
                if (startkey == key) {
                    *value_addr = ep->value;
                    return ix;
                }
                if (ep->hash == hash) {
                    if (KR_STR_CHECK_EXACT(startkey) && KR_STR_CHECK_EXACT(key)) {
                        if (kr_str_equal(startkey, key)) {
                            *value_addr = ep->value;
                            return ix;
                        }
                    } else {
                        KR_INCREF(startkey);
                        int cmp = kr_object_richcompare_bool(startkey, key, KR_EQ);
                        KR_DECREF(startkey);
                        if (cmp < 0) {
                            *value_addr = NULL;
                            return DKIX_ERROR;
                        }
                        if (dk != mp->ma_keys || ep->key != startkey) goto top;
                        if (cmp > 0) {
                            *value_addr = ep->value;
                            return ix;
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
    }
}

static inline kr_hash_t dict_hash_key(KrObject *key)
{
    if (KR_STR_CHECK_EXACT(key)) {
        kr_hash_t h = ((KrStrObject *)key)->hash;
        if (h != -1) return h;
        return kr_str_hash(key);
    }
    return kr_object_hash(key);
}

/* ---- resizing and insertion ---- */

/* Rebuilds the table with 2**log2_newsize slots, dropping deleted entries.
 * The new table is str-only if the old one was and `unicode` allows it. */
static int dictresize(KrDictObject *mp, uint8_t log2_newsize, int unicode)
{
    KrDictKeys *oldkeys = mp->ma_keys;
    KrDictKeys *newkeys = new_keys_object(log2_newsize, unicode && oldkeys->unicode);
    if (!newkeys) return -1;
    ssize_t numentries = mp->ma_used;
    KrDictEntry *oldentries = DK_ENTRIES(oldkeys), *newentries = DK_ENTRIES(newkeys);
    if (oldkeys->nentries == numentries) {
        memcpy(newentries, oldentries, (size_t)numentries * sizeof(KrDictEntry));
    } else {
        KrDictEntry *ep = oldentries;
        for (ssize_t i = 0; i < numentries; i++) {
            while (ep->value == NULL) ep++;
            newentries[i] = *ep++;
        }
    }
    size_t mask = DK_MASK(newkeys);
    for (ssize_t ix = 0; ix < numentries; ix++) {
        kr_hash_t hash = newentries[ix].hash;
        size_t i = (size_t)hash & mask;
        for (size_t perturb = (size_t)hash; dk_get_index(newkeys, i) != DKIX_EMPTY;) {
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
        dk_set_index(newkeys, i, ix);
    }
    newkeys->usable -= numentries;
    newkeys->nentries = numentries;
    mp->ma_keys = newkeys;
    free_keys_object(oldkeys);
    return 0;
}

static int insertion_resize(KrDictObject *mp, int unicode)
{
    return dictresize(mp, calculate_log2_keysize(mp->ma_used * 3), unicode);
}

/* Could the object take part in a reference cycle? (for lazy tracking) */
static inline int maybe_tracked(KrObject *o)
{
    if (!KR_OBJECT_IS_GC(o)) return 0;
    if (KR_TUPLE_CHECK_EXACT(o)) return KR_AS_GC(o)->gc_next != NULL;
    return 1;
}

/* Dicts start untracked and are tracked by the GC as soon as they hold
 * something that could be part of a cycle (as CPython does). */
static inline void maintain_tracking(KrDictObject *mp, KrObject *key, KrObject *value)
{
    if (KR_AS_GC(mp)->gc_next == NULL && (maybe_tracked(key) || maybe_tracked(value)))
        kr_gc_track(mp);
}

/* Inserts or replaces; steals key and value (also on failure). */
static int insertdict(KrDictObject *mp, KrObject *key, kr_hash_t hash, KrObject *value)
{
    KrObject *old_value;
    /* the first non-str key turns a str-only table into a general one (a
     * resize, as CPython 3.11 does, so table sizes stay the same) */
    if (mp->ma_keys->unicode && !KR_STR_CHECK_EXACT(key) && insertion_resize(mp, 0) < 0) goto fail;
    ssize_t ix = dict_lookup(mp, key, hash, &old_value);
    if (ix == DKIX_ERROR) goto fail;
    maintain_tracking(mp, key, value);
    if (ix == DKIX_EMPTY) {
        if (mp->ma_keys->usable <= 0 && insertion_resize(mp, 1) < 0) goto fail;
        KrDictKeys *dk = mp->ma_keys;
        size_t hashpos = find_empty_slot(dk, hash);
        KrDictEntry *ep = &DK_ENTRIES(dk)[dk->nentries];
        dk_set_index(dk, hashpos, dk->nentries);
        ep->key = key;
        ep->hash = hash;
        ep->value = value;
        mp->ma_used++;
        mp->ma_version = DICT_NEXT_VERSION();
        dk->usable--;
        dk->nentries++;
        return 0;
    }
    if (old_value != value) {
        DK_ENTRIES(mp->ma_keys)[ix].value = value;
        mp->ma_version = DICT_NEXT_VERSION();
    }
    KR_XDECREF(old_value); /* may run a __del__: the dict is consistent */
    KR_DECREF(key);
    return 0;
fail:
    KR_DECREF(value);
    KR_DECREF(key);
    return -1;
}

/* Insert into an empty dict: no lookup needed. Steals key and value. */
static int insert_to_emptydict(KrDictObject *mp, KrObject *key, kr_hash_t hash, KrObject *value)
{
    KrDictKeys *newkeys = new_keys_object(DICT_LOG_MINSIZE, KR_STR_CHECK_EXACT(key));
    if (!newkeys) {
        KR_DECREF(key);
        KR_DECREF(value);
        return -1;
    }
    free_keys_object(mp->ma_keys);
    mp->ma_keys = newkeys;
    maintain_tracking(mp, key, value);
    size_t hashpos = (size_t)hash & DK_MASK(newkeys);
    dk_set_index(newkeys, hashpos, 0);
    KrDictEntry *ep = DK_ENTRIES(newkeys);
    ep->key = key;
    ep->hash = hash;
    ep->value = value;
    mp->ma_used++;
    mp->ma_version = DICT_NEXT_VERSION();
    newkeys->usable--;
    newkeys->nentries++;
    return 0;
}

/* The set-item core: steals key and value. */
static int dict_setitem_steal(KrDictObject *mp, KrObject *key, kr_hash_t hash, KrObject *value)
{
    if (mp->ma_keys == EMPTY_KEYS) return insert_to_emptydict(mp, key, hash, value);
    return insertdict(mp, key, hash, value);
}

/* Removes entry ix (found for hash); releases the references last. */
static void delitem_common(KrDictObject *mp, kr_hash_t hash, ssize_t ix, KrObject *old_value)
{
    KrDictKeys *dk = mp->ma_keys;
    mp->ma_used--;
    mp->ma_version = DICT_NEXT_VERSION();
    size_t hashpos = lookdict_index(dk, hash, ix);
    dk_set_index(dk, hashpos, DKIX_DUMMY);
    KrDictEntry *ep = &DK_ENTRIES(dk)[ix];
    KrObject *old_key = ep->key;
    ep->key = NULL;
    ep->value = NULL;
    KR_DECREF(old_key);
    KR_DECREF(old_value);
}

/* KeyError(key): the key is always wrapped, so a tuple key stays whole. */
void kr_dict_set_key_error(KrObject *key)
{
    KrObject *args = kr_tuple_pack(1, key);
    if (!args) return;
    kr_err_set_object(kr_exc_KeyError, args);
    KR_DECREF(args);
}

/* ---- the C API ---- */

KrObject *kr_dict_new(void)
{
    KrDictObject *mp = KR_NEW(KrDictObject, &kr_dict_type);
    if (!mp) return NULL;
    empty_keys_setup();
    mp->ma_keys = EMPTY_KEYS;
    mp->ma_values = NULL;
    mp->ma_used = 0;
    mp->ma_version = DICT_NEXT_VERSION();
    return (KrObject *)mp;
}

KrObject *kr_dict_new_presized(ssize_t size, int unicode)
{
    KrObject *d = kr_dict_new();
    if (!d || size <= (ssize_t)USABLE_FRACTION(8)) return d;
    /* very large requests get a medium table (no MemoryError up front) */
    uint8_t log2 = size > (ssize_t)USABLE_FRACTION((ssize_t)1 << 17) ? 17 : estimate_log2_keysize(size);
    KrDictKeys *dk = new_keys_object(log2, unicode);
    if (!dk) {
        KR_DECREF(d);
        return NULL;
    }
    DICT(d)->ma_keys = dk;
    return d;
}

KrObject *kr_dict_get_item_known_hash_borrow(KrObject *d, KrObject *key, kr_hash_t hash)
{
    KrObject *value;
    ssize_t ix = dict_lookup(DICT(d), key, hash, &value);
    if (ix == DKIX_ERROR) return NULL;
    return value;
}

KrObject *kr_dict_get_item_borrow(KrObject *d, KrObject *key)
{
    kr_hash_t hash = dict_hash_key(key);
    if (hash == -1) return NULL;
    KrObject *value;
    dict_lookup(DICT(d), key, hash, &value);
    return value;
}

/* Lookup by an ASCII C string without making a str: a str hashes its
 * 1-byte code units, so kr_hash_bytes gives the same hash. */
static KrObject *lookup_ascii_cstr(KrDictObject *mp, const char *key, size_t len)
{
    kr_hash_t hash = kr_hash_bytes(key, len);
    KrDictKeys *dk = mp->ma_keys;
    KrDictEntry *ep0 = DK_ENTRIES(dk);
    size_t mask = DK_MASK(dk);
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        ssize_t ix = dk_get_index(dk, i);
        if (ix == DKIX_EMPTY) return NULL;
        if (ix >= 0) {
            KrDictEntry *ep = &ep0[ix];
            KrObject *k = ep->key;
            if (ep->hash == hash && KR_STR_CHECK_EXACT(k) && KR_STR_KIND(k) == 1 &&
                KR_STR_LEN(k) == (ssize_t)len && memcmp(KR_STR_DATA(k), key, len) == 0)
                return ep->value;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

KrObject *kr_dict_get_item_str_borrow(KrObject *d, const char *key)
{
    size_t len = strlen(key);
    int ascii = 1;
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)key[i] >= 128) ascii = 0;
    if (ascii) return lookup_ascii_cstr(DICT(d), key, len);
    KrObject *k = kr_str_from_cstr(key);
    if (!k) return NULL;
    KrObject *v = kr_dict_get_item_borrow(d, k);
    KR_DECREF(k);
    return v;
}

int kr_dict_set_item_steal(KrObject *d, KrObject *key, KrObject *value_steal)
{
    kr_hash_t hash = dict_hash_key(key);
    if (hash == -1) {
        KR_DECREF(value_steal);
        return -1;
    }
    return dict_setitem_steal(DICT(d), kr_newref(key), hash, value_steal);
}

int kr_dict_set_item(KrObject *d, KrObject *key, KrObject *value)
{
    return kr_dict_set_item_steal(d, key, kr_newref(value));
}

int kr_dict_set_item_known_hash(KrObject *d, KrObject *key, kr_hash_t hash, KrObject *value)
{
    return dict_setitem_steal(DICT(d), kr_newref(key), hash, kr_newref(value));
}

int kr_dict_set_item_str(KrObject *d, const char *key, KrObject *value)
{
    KrObject *k = kr_str_from_cstr(key);
    if (!k) return -1;
    kr_str_intern_in_place(&k);
    int r = kr_dict_set_item(d, k, value);
    KR_DECREF(k);
    return r;
}

int kr_dict_del_item_known_hash(KrObject *d, KrObject *key, kr_hash_t hash)
{
    KrObject *old_value;
    ssize_t ix = dict_lookup(DICT(d), key, hash, &old_value);
    if (ix == DKIX_ERROR) return -1;
    if (ix == DKIX_EMPTY || !old_value) {
        kr_dict_set_key_error(key);
        return -1;
    }
    delitem_common(DICT(d), hash, ix, old_value);
    return 0;
}

int kr_dict_del_item(KrObject *d, KrObject *key)
{
    kr_hash_t hash = dict_hash_key(key);
    if (hash == -1) return -1;
    return kr_dict_del_item_known_hash(d, key, hash);
}

int kr_dict_del_item_str(KrObject *d, const char *key)
{
    KrObject *k = kr_str_from_cstr(key);
    if (!k) return -1;
    int r = kr_dict_del_item(d, k);
    KR_DECREF(k);
    return r;
}

int kr_dict_pop(KrObject *d, KrObject *key, KrObject **result)
{
    *result = NULL;
    KrDictObject *mp = DICT(d);
    if (mp->ma_used == 0) return 0;
    kr_hash_t hash = dict_hash_key(key);
    if (hash == -1) return -1;
    KrObject *old_value;
    ssize_t ix = dict_lookup(mp, key, hash, &old_value);
    if (ix == DKIX_ERROR) return -1;
    if (ix == DKIX_EMPTY || !old_value) return 0;
    KR_INCREF(old_value);
    delitem_common(mp, hash, ix, old_value);
    *result = old_value;
    return 1;
}

int kr_dict_contains_known_hash(KrObject *d, KrObject *key, kr_hash_t hash)
{
    KrObject *value;
    ssize_t ix = dict_lookup(DICT(d), key, hash, &value);
    if (ix == DKIX_ERROR) return -1;
    return ix != DKIX_EMPTY && value != NULL;
}

int kr_dict_contains(KrObject *d, KrObject *key)
{
    kr_hash_t hash = dict_hash_key(key);
    if (hash == -1) return -1;
    return kr_dict_contains_known_hash(d, key, hash);
}

int kr_dict_next_with_hash(KrObject *d, ssize_t *pos, KrObject **key, KrObject **value,
                           kr_hash_t *hash)
{
    KrDictKeys *dk = DICT(d)->ma_keys;
    ssize_t i = *pos, n = dk->nentries;
    if (i < 0) return 0;
    KrDictEntry *ep = &DK_ENTRIES(dk)[i];
    while (i < n && ep->value == NULL) {
        ep++;
        i++;
    }
    if (i >= n) return 0;
    *pos = i + 1;
    if (key) *key = ep->key;
    if (value) *value = ep->value;
    if (hash) *hash = ep->hash;
    return 1;
}

int kr_dict_next(KrObject *d, ssize_t *pos, KrObject **key, KrObject **value)
{
    return kr_dict_next_with_hash(d, pos, key, value, NULL);
}

ssize_t kr_dict_size(KrObject *d) { return DICT(d)->ma_used; }

void kr_dict_clear(KrObject *d)
{
    KrDictObject *mp = DICT(d);
    KrDictKeys *oldkeys = mp->ma_keys;
    if (oldkeys == EMPTY_KEYS) return;
    mp->ma_keys = EMPTY_KEYS;
    mp->ma_used = 0;
    mp->ma_version = DICT_NEXT_VERSION();
    /* the dict is empty before any __del__ can run */
    KrDictEntry *ep = DK_ENTRIES(oldkeys);
    for (ssize_t i = 0, n = oldkeys->nentries; i < n; i++) {
        if (ep[i].key) {
            KR_DECREF(ep[i].key);
            KR_XDECREF(ep[i].value);
        }
    }
    free_keys_object(oldkeys);
}

/* A copy of a table with no holes or a few, references added. */
static KrDictKeys *clone_keys(KrDictKeys *dk)
{
    size_t bytes = keys_alloc_size(dk->log2_size, NULL);
    KrDictKeys *nk = kr_mem_alloc(bytes);
    if (!nk) {
        kr_err_no_memory();
        return NULL;
    }
    memcpy(nk, dk, bytes);
    nk->is_static = 0;
    KrDictEntry *ep = DK_ENTRIES(nk);
    for (ssize_t i = 0; i < nk->nentries; i++) {
        if (ep[i].value) {
            KR_INCREF(ep[i].key);
            KR_INCREF(ep[i].value);
        }
    }
    return nk;
}

static int dict_merge_impl(KrObject *a, KrObject *b, int override);

KrObject *kr_dict_copy(KrObject *o)
{
    KrDictObject *mp = DICT(o);
    if (mp->ma_used == 0) return kr_dict_new();
    if (KR_TYPE(o)->tp_iter == kr_dict_type.tp_iter &&
        mp->ma_used >= (mp->ma_keys->nentries * 2) / 3) {
        KrDictKeys *keys = clone_keys(mp->ma_keys);
        if (!keys) return NULL;
        KrDictObject *copy = (KrDictObject *)kr_dict_new();
        if (!copy) {
            /* undo the clone's references */
            KrDictEntry *ep = DK_ENTRIES(keys);
            for (ssize_t i = 0; i < keys->nentries; i++)
                if (ep[i].value) {
                    KR_DECREF(ep[i].key);
                    KR_DECREF(ep[i].value);
                }
            kr_mem_free(keys);
            return NULL;
        }
        copy->ma_keys = keys;
        copy->ma_used = mp->ma_used;
        copy->ma_version = DICT_NEXT_VERSION();
        if (KR_AS_GC(o)->gc_next != NULL) kr_gc_track(copy);
        return (KrObject *)copy;
    }
    KrObject *copy = kr_dict_new();
    if (!copy) return NULL;
    if (dict_merge_impl(copy, o, 1) < 0) {
        KR_DECREF(copy);
        return NULL;
    }
    return copy;
}

/* a.update(b) for a mapping b. override: 0 keeps existing keys, 1 replaces
 * them, 2 raises KeyError(key) on the first duplicate. */
static int dict_merge_impl(KrObject *a, KrObject *b, int override)
{
    KrDictObject *mp = DICT(a);
    if (KR_DICT_CHECK(b) && KR_TYPE(b)->tp_iter == kr_dict_type.tp_iter) {
        KrDictObject *other = DICT(b);
        if (other == mp || other->ma_used == 0) return 0;
        if (mp->ma_used == 0) {
            override = 1;
            KrDictKeys *okeys = other->ma_keys;
            /* a clean table that was just built: clone it */
            if (other->ma_used == okeys->nentries &&
                (okeys->log2_size == DICT_LOG_MINSIZE ||
                 (ssize_t)USABLE_FRACTION(DK_SIZE(okeys) / 2) < other->ma_used)) {
                KrDictKeys *keys = clone_keys(okeys);
                if (!keys) return -1;
                free_keys_object(mp->ma_keys);
                mp->ma_keys = keys;
                mp->ma_used = other->ma_used;
                mp->ma_version = DICT_NEXT_VERSION();
                if (KR_AS_GC(b)->gc_next != NULL) kr_gc_track(mp);
                return 0;
            }
        }
        /* one big resize up front */
        if ((ssize_t)USABLE_FRACTION(DK_SIZE(mp->ma_keys)) < other->ma_used) {
            if (dictresize(mp, estimate_log2_keysize(mp->ma_used + other->ma_used), other->ma_keys->unicode) < 0)
                return -1;
        }
        KrDictKeys *okeys = other->ma_keys;
        ssize_t orig_size = other->ma_used;
        ssize_t n = okeys->nentries;
        for (ssize_t i = 0; i < n; i++) {
            KrDictEntry *entry = &DK_ENTRIES(okeys)[i];
            KrObject *key = entry->key, *value = entry->value;
            kr_hash_t hash = entry->hash;
            if (!value) continue;
            KR_INCREF(key);
            KR_INCREF(value);
            int err;
            if (override == 1) {
                err = insertdict(mp, key, hash, value);
            } else {
                err = kr_dict_contains_known_hash(a, key, hash);
                if (err == 0) {
                    err = insertdict(mp, key, hash, value);
                } else if (err > 0) {
                    if (override != 0) kr_dict_set_key_error(key);
                    KR_DECREF(value);
                    KR_DECREF(key);
                    if (override != 0) return -1;
                    err = 0;
                } else {
                    KR_DECREF(value);
                    KR_DECREF(key);
                }
            }
            if (err != 0) return -1;
            if (okeys != other->ma_keys || n != okeys->nentries) {
                kr_err_set_string(kr_exc_RuntimeError, "dict mutated during update");
                return -1;
            }
        }
        if (orig_size != other->ma_used) {
            kr_err_set_string(kr_exc_RuntimeError, "dict mutated during update");
            return -1;
        }
        return 0;
    }
    /* a generic mapping: keys(), then b[key] */
    KrObject *keys = kr_mapping_keys(b);
    if (!keys) return -1;
    KrObject *iter = kr_object_get_iter(keys);
    KR_DECREF(keys);
    if (!iter) return -1;
    for (;;) {
        KrObject *key = kr_iter_next(iter);
        if (!key) break;
        if (override != 1) {
            int status = kr_dict_contains(a, key);
            if (status != 0) {
                if (status > 0) {
                    if (override == 0) {
                        KR_DECREF(key);
                        continue;
                    }
                    kr_dict_set_key_error(key);
                }
                KR_DECREF(key);
                KR_DECREF(iter);
                return -1;
            }
        }
        KrObject *value = kr_object_getitem(b, key);
        if (!value) {
            KR_DECREF(key);
            KR_DECREF(iter);
            return -1;
        }
        int status = kr_dict_set_item(a, key, value);
        KR_DECREF(key);
        KR_DECREF(value);
        if (status < 0) {
            KR_DECREF(iter);
            return -1;
        }
    }
    KR_DECREF(iter);
    return kr_err_occurred() ? -1 : 0;
}

int kr_dict_merge(KrObject *d, KrObject *other, int override)
{
    if (!d || !KR_DICT_CHECK(d) || !other) {
        kr_err_bad_internal_call();
        return -1;
    }
    return dict_merge_impl(d, other, override);
}

/* d.update(seq2) for an iterable of pairs. */
int kr_dict_merge_from_seq2(KrObject *d, KrObject *seq2, int override)
{
    KrObject *it = kr_object_get_iter(seq2);
    if (!it) return -1;
    ssize_t i;
    for (i = 0;; i++) {
        KrObject *item = kr_iter_next(it);
        if (!item) {
            if (kr_err_occurred()) goto fail;
            break;
        }
        KrObject *fast = kr_sequence_fast(item, "");
        if (!fast) {
            if (kr_err_matches(kr_exc_TypeError)) {
                kr_err_clear();
                kr_err_format(kr_exc_TypeError,
                              "cannot convert dictionary update sequence element #%zd to a sequence", i);
            }
            KR_DECREF(item);
            goto fail;
        }
        ssize_t n = KR_SEQUENCE_FAST_SIZE(fast);
        if (n != 2) {
            kr_err_format(kr_exc_ValueError,
                          "dictionary update sequence element #%zd has length %zd; 2 is required", i, n);
            KR_DECREF(fast);
            KR_DECREF(item);
            goto fail;
        }
        KrObject *key = kr_newref(KR_SEQUENCE_FAST_ITEMS(fast)[0]);
        KrObject *value = kr_newref(KR_SEQUENCE_FAST_ITEMS(fast)[1]);
        int status = 0;
        if (override) {
            status = kr_dict_set_item(d, key, value);
        } else {
            status = kr_dict_contains(d, key);
            if (status == 0) status = kr_dict_set_item(d, key, value);
            else if (status > 0) status = 0;
        }
        KR_DECREF(key);
        KR_DECREF(value);
        KR_DECREF(fast);
        KR_DECREF(item);
        if (status < 0) goto fail;
    }
    KR_DECREF(it);
    return 0;
fail:
    KR_DECREF(it);
    return -1;
}

/* dict.update(arg): a dict or anything with keys() is a mapping, anything
 * else an iterable of pairs. */
int kr_dict_update_arg(KrObject *self, KrObject *arg)
{
    if (KR_DICT_CHECK_EXACT(arg)) return dict_merge_impl(self, arg, 1);
    KrObject *func;
    int r = kr_object_lookup_attr(arg, KR_ID(keys), &func);
    if (r < 0) return -1;
    if (r > 0) {
        KR_DECREF(func);
        return dict_merge_impl(self, arg, 1);
    }
    return kr_dict_merge_from_seq2(self, arg, 1);
}

int kr_dict_update(KrObject *d, KrObject *other) { return kr_dict_update_arg(d, other); }

static KrObject *dict_list_of(KrObject *d, int kind)
{
    KrDictObject *mp = DICT(d);
    KrObject *v;
again:
    v = kr_list_new(mp->ma_used);
    if (!v) return NULL;
    if (KR_SIZE(v) != mp->ma_used) {
        /* allocation ran a __del__ that changed the dict */
        KR_DECREF(v);
        goto again;
    }
    if (kind == 2) {
        /* the tuples are made first: their allocation may run code */
        for (ssize_t i = 0; i < mp->ma_used; i++) {
            KrObject *t = kr_tuple_new(2);
            if (!t) {
                KR_DECREF(v);
                return NULL;
            }
            KR_LIST_SET_STEAL(v, i, t);
        }
        if (KR_SIZE(v) != mp->ma_used) {
            KR_DECREF(v);
            goto again;
        }
    }
    ssize_t pos = 0, j = 0;
    KrObject *key, *value;
    while (kr_dict_next(d, &pos, &key, &value)) {
        if (kind == 0) KR_LIST_SET_STEAL(v, j, kr_newref(key));
        else if (kind == 1) KR_LIST_SET_STEAL(v, j, kr_newref(value));
        else {
            KrObject *t = KR_LIST_GET(v, j);
            KR_TUPLE_SET_STEAL(t, 0, kr_newref(key));
            KR_TUPLE_SET_STEAL(t, 1, kr_newref(value));
        }
        j++;
    }
    return v;
}

KrObject *kr_dict_keys(KrObject *d) { return dict_list_of(d, 0); }
KrObject *kr_dict_values(KrObject *d) { return dict_list_of(d, 1); }
KrObject *kr_dict_items(KrObject *d) { return dict_list_of(d, 2); }

KrObject *kr_dict_setdefault_borrow(KrObject *d, KrObject *key, KrObject *dflt)
{
    KrDictObject *mp = DICT(d);
    kr_hash_t hash = dict_hash_key(key);
    if (hash == -1) return NULL;
    if (mp->ma_keys == EMPTY_KEYS) {
        if (insert_to_emptydict(mp, kr_newref(key), hash, kr_newref(dflt)) < 0) return NULL;
        return dflt;
    }
    KrObject *value;
    ssize_t ix = dict_lookup(mp, key, hash, &value);
    if (ix == DKIX_ERROR) return NULL;
    if (ix == DKIX_EMPTY || !value) {
        if (insertdict(mp, kr_newref(key), hash, kr_newref(dflt)) < 0) return NULL;
        return dflt;
    }
    return value;
}

/* ---- slots ---- */

static void dict_dealloc(KrObject *o)
{
    KrDictObject *mp = DICT(o);
    kr_gc_untrack(o);
    if (kr_trashcan_begin(o, dict_dealloc)) return;
    if (mp->ma_keys != EMPTY_KEYS && KR_TYPE(o) != &kr_dict_type && kr_trashcan_deep()) {
        /* deep chain of subclass instances: an exact dict takes the table */
        KrDictObject *holder = (KrDictObject *)kr_dict_new();
        if (holder) {
            holder->ma_keys = mp->ma_keys;
            holder->ma_used = mp->ma_used;
            mp->ma_keys = EMPTY_KEYS;
            mp->ma_used = 0;
            kr_gc_untrack(holder);
            KR_REFCNT(holder) = 0;   /* dead: released by the trashcan */
            KR_REF_TOTAL_DEC();
            kr_trashcan_park((KrObject *)holder);
        }
    }
    KrDictKeys *dk = mp->ma_keys;
    if (dk != EMPTY_KEYS) {
        KrDictEntry *ep = DK_ENTRIES(dk);
        for (ssize_t i = 0, n = dk->nentries; i < n; i++) {
            KR_XDECREF(ep[i].key);
            KR_XDECREF(ep[i].value);
        }
        free_keys_object(dk);
    }
    KR_TYPE(o)->tp_free(o);
    kr_trashcan_end();
}

static int dict_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrDictKeys *dk = DICT(o)->ma_keys;
    KrDictEntry *ep = DK_ENTRIES(dk);
    /* str keys cannot be part of a cycle: as CPython, a str-only table
     * visits only its values (gc.get_referents shows the same) */
    for (ssize_t i = 0, n = dk->nentries; i < n; i++) {
        if (ep[i].value) {
            KR_VISIT(ep[i].value);
            if (!dk->unicode) KR_VISIT(ep[i].key);
        }
    }
    return 0;
}

static int dict_tp_clear(KrObject *o)
{
    kr_dict_clear(o);
    return 0;
}

static KrObject *dict_repr(KrObject *o)
{
    KrDictObject *mp = DICT(o);
    int r = kr_repr_enter(o);
    if (r != 0) return r > 0 ? kr_str_from_cstr("{...}") : NULL;
    if (mp->ma_used == 0) {
        kr_repr_leave(o);
        return kr_str_from_cstr("{}");
    }
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    if (kr_strbuilder_append_char(&b, '{') < 0) goto fail;
    ssize_t pos = 0;
    int first = 1;
    KrObject *key, *value;
    while (kr_dict_next(o, &pos, &key, &value)) {
        KR_INCREF(key);
        KR_INCREF(value);
        KrObject *s = NULL;
        if (!first && kr_strbuilder_append_ascii(&b, ", ", 2) < 0) goto fail_kv;
        first = 0;
        s = kr_object_repr(key);
        if (!s || kr_strbuilder_append_str(&b, s) < 0) goto fail_kv;
        KR_CLEAR(s);
        if (kr_strbuilder_append_ascii(&b, ": ", 2) < 0) goto fail_kv;
        s = kr_object_repr(value);
        if (!s || kr_strbuilder_append_str(&b, s) < 0) goto fail_kv;
        KR_DECREF(s);
        KR_DECREF(key);
        KR_DECREF(value);
        continue;
    fail_kv:
        KR_XDECREF(s);
        KR_DECREF(key);
        KR_DECREF(value);
        goto fail;
    }
    if (kr_strbuilder_append_char(&b, '}') < 0) goto fail;
    kr_repr_leave(o);
    return kr_strbuilder_finish(&b);
fail:
    kr_strbuilder_discard(&b);
    kr_repr_leave(o);
    return NULL;
}

static ssize_t dict_length(KrObject *o) { return DICT(o)->ma_used; }

static KrObject *dict_subscript(KrObject *o, KrObject *key)
{
    KrDictObject *mp = DICT(o);
    kr_hash_t hash = dict_hash_key(key);
    if (hash == -1) return NULL;
    KrObject *value;
    ssize_t ix = dict_lookup(mp, key, hash, &value);
    if (ix == DKIX_ERROR) return NULL;
    if (ix == DKIX_EMPTY || !value) {
        if (!KR_DICT_CHECK_EXACT(o)) {
            /* dict subclasses: __missing__ */
            KrObject *missing = kr_object_lookup_special(o, KR_ID(__missing__));
            if (missing) {
                KrObject *res = kr_object_call_one(missing, key);
                KR_DECREF(missing);
                return res;
            }
            if (kr_err_occurred()) return NULL;
        }
        kr_dict_set_key_error(key);
        return NULL;
    }
    return kr_newref(value);
}

static int dict_ass_subscript(KrObject *o, KrObject *key, KrObject *value)
{
    if (!value) return kr_dict_del_item(o, key);
    return kr_dict_set_item(o, key, value);
}

static int dict_sq_contains(KrObject *o, KrObject *key) { return kr_dict_contains(o, key); }

/* Equality of two dicts: same size, and every key of a maps to an equal
 * value in b. 1, 0, or -1. */
static int dict_equal(KrDictObject *a, KrDictObject *b)
{
    if (a->ma_used != b->ma_used) return 0;
    KrDictKeys *dk = a->ma_keys;
    for (ssize_t i = 0; i < dk->nentries; i++) {
        KrDictEntry *ep = &DK_ENTRIES(dk)[i];
        KrObject *aval = ep->value;
        if (!aval) continue;
        KrObject *key = ep->key;
        KR_INCREF(aval);
        KR_INCREF(key);
        KrObject *bval;
        ssize_t ix = dict_lookup(b, key, ep->hash, &bval);
        if (ix == DKIX_ERROR) {
            KR_DECREF(key);
            KR_DECREF(aval);
            return -1;
        }
        if (!bval) {
            KR_DECREF(key);
            KR_DECREF(aval);
            return 0;
        }
        KR_INCREF(bval);
        int cmp = kr_object_richcompare_bool(aval, bval, KR_EQ);
        KR_DECREF(key);
        KR_DECREF(aval);
        KR_DECREF(bval);
        if (cmp <= 0) return cmp;
        /* the table may have been changed by __eq__ */
        dk = a->ma_keys;
        if (i >= dk->nentries) break;
    }
    return 1;
}

static KrObject *dict_richcompare(KrObject *v, KrObject *w, int op)
{
    if (!KR_DICT_CHECK(v) || !KR_DICT_CHECK(w) || (op != KR_EQ && op != KR_NE))
        KR_RETURN_NOTIMPLEMENTED;
    int cmp = dict_equal(DICT(v), DICT(w));
    if (cmp < 0) return NULL;
    return kr_bool_from(op == KR_EQ ? cmp : !cmp);
}

static KrObject *dict_iter(KrObject *o) { return kr_dict_iter_new(o, 0, 0); }

static KrObject *dict_or(KrObject *self, KrObject *other)
{
    if (!KR_DICT_CHECK(self) || !KR_DICT_CHECK(other)) KR_RETURN_NOTIMPLEMENTED;
    KrObject *n = kr_dict_copy(self);
    if (!n) return NULL;
    if (kr_dict_update_arg(n, other) < 0) {
        KR_DECREF(n);
        return NULL;
    }
    return n;
}

static KrObject *dict_ior(KrObject *self, KrObject *other)
{
    if (kr_dict_update_arg(self, other) < 0) return NULL;
    return kr_newref(self);
}

/* ---- methods ---- */

static KrObject *dict_get_meth(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("get", nargs, 1, 2) < 0) return NULL;
    KrObject *key = args[0];
    kr_hash_t hash = dict_hash_key(key);
    if (hash == -1) return NULL;
    KrObject *value;
    ssize_t ix = dict_lookup(DICT(self), key, hash, &value);
    if (ix == DKIX_ERROR) return NULL;
    if (ix == DKIX_EMPTY || !value) value = nargs > 1 ? args[1] : KR_NONE;
    return kr_newref(value);
}

static KrObject *dict_setdefault_meth(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("setdefault", nargs, 1, 2) < 0) return NULL;
    KrObject *v = kr_dict_setdefault_borrow(self, args[0], nargs > 1 ? args[1] : KR_NONE);
    return kr_xnewref(v);
}

static KrObject *dict_pop_meth(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("pop", nargs, 1, 2) < 0) return NULL;
    KrObject *res;
    int r = kr_dict_pop(self, args[0], &res);
    if (r < 0) return NULL;
    if (r > 0) return res;
    if (nargs > 1) return kr_newref(args[1]);
    kr_dict_set_key_error(args[0]);
    return NULL;
}

static KrObject *dict_popitem_meth(KrObject *self, KrObject *unused)
{
    KrDictObject *mp = DICT(self);
    /* the result tuple is made first: allocating could change the dict */
    KrObject *res = kr_tuple_new(2);
    if (!res) return NULL;
    if (mp->ma_used == 0) {
        KR_DECREF(res);
        kr_err_set_string(kr_exc_KeyError, "popitem(): dictionary is empty");
        return NULL;
    }
    KrDictKeys *dk = mp->ma_keys;
    ssize_t i = dk->nentries - 1;
    KrDictEntry *ep0 = DK_ENTRIES(dk);
    while (i >= 0 && ep0[i].value == NULL) i--;
    KrDictEntry *ep = &ep0[i];
    size_t j = lookdict_index(dk, ep->hash, i);
    dk_set_index(dk, j, DKIX_DUMMY);
    KR_TUPLE_SET_STEAL(res, 0, ep->key);
    KR_TUPLE_SET_STEAL(res, 1, ep->value);
    ep->key = NULL;
    ep->value = NULL;
    /* the entries past the popped one are free again */
    dk->nentries = i;
    mp->ma_used--;
    mp->ma_version = DICT_NEXT_VERSION();
    return res;
}

static KrObject *dict_keys_meth(KrObject *self, KrObject *unused);
static KrObject *dict_values_meth(KrObject *self, KrObject *unused);
static KrObject *dict_items_meth(KrObject *self, KrObject *unused);

/* dict(...) / dict.update(...): one optional positional argument, then the
 * keyword arguments. */
static int dict_update_common(KrObject *self, KrObject *const *args, ssize_t nargs,
                              KrObject *kwds, const char *name)
{
    if (kr_args_check_count(name, nargs, 0, 1) < 0) return -1;
    if (nargs == 1 && kr_dict_update_arg(self, args[0]) < 0) return -1;
    if (kwds && KR_DICT_CHECK(kwds) && DICT(kwds)->ma_used > 0) return dict_merge_impl(self, kwds, 1);
    return 0;
}

static KrObject *dict_update_meth(KrObject *self, KrObject *args, KrObject *kwds)
{
    if (dict_update_common(self, KR_TUPLE_ITEMS(args), KR_SIZE(args), kwds, "update") < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *dict_clear_meth(KrObject *self, KrObject *unused)
{
    kr_dict_clear(self);
    KR_RETURN_NONE;
}

static KrObject *dict_copy_meth(KrObject *self, KrObject *unused) { return kr_dict_copy(self); }

static KrObject *dict_fromkeys_meth(KrObject *cls, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("fromkeys", nargs, 1, 2) < 0) return NULL;
    KrObject *iterable = args[0];
    KrObject *value = nargs > 1 ? args[1] : KR_NONE;
    KrObject *d = kr_object_call_noargs(cls);
    if (!d) return NULL;
    if (KR_DICT_CHECK_EXACT(d) && DICT(d)->ma_used == 0) {
        KrDictObject *mp = DICT(d);
        if (KR_DICT_CHECK_EXACT(iterable)) {
            if (dictresize(mp, estimate_log2_keysize(DICT(iterable)->ma_used), DICT(iterable)->ma_keys->unicode) < 0)
                goto fail;
            ssize_t pos = 0;
            KrObject *key;
            kr_hash_t hash;
            while (kr_dict_next_with_hash(iterable, &pos, &key, NULL, &hash)) {
                if (insertdict(mp, kr_newref(key), hash, kr_newref(value)) < 0) goto fail;
            }
            return d;
        }
        if (KR_ANYSET_CHECK(iterable) && KR_TYPE(iterable) == &kr_set_type) {
            if (dictresize(mp, estimate_log2_keysize(kr_set_size(iterable)), 0) < 0) goto fail;
            ssize_t pos = 0;
            KrObject *key;
            kr_hash_t hash;
            while (kr_set_next(iterable, &pos, &key, &hash)) {
                if (insertdict(mp, kr_newref(key), hash, kr_newref(value)) < 0) goto fail;
            }
            return d;
        }
    }
    KrObject *it = kr_object_get_iter(iterable);
    if (!it) goto fail;
    for (;;) {
        KrObject *key = kr_iter_next(it);
        if (!key) break;
        int status = KR_DICT_CHECK_EXACT(d) ? kr_dict_set_item(d, key, value)
                                            : kr_object_setitem(d, key, value);
        KR_DECREF(key);
        if (status < 0) {
            KR_DECREF(it);
            goto fail;
        }
    }
    KR_DECREF(it);
    if (kr_err_occurred()) goto fail;
    return d;
fail:
    KR_DECREF(d);
    return NULL;
}

static KrObject *dict_contains_meth(KrObject *self, KrObject *key)
{
    int r = kr_dict_contains(self, key);
    if (r < 0) return NULL;
    return kr_bool_from(r);
}

static KrObject *dict_getitem_meth(KrObject *self, KrObject *key) { return dict_subscript(self, key); }

static KrObject *dict_sizeof_meth(KrObject *self, KrObject *unused)
{
    KrDictObject *mp = DICT(self);
    size_t res = (size_t)KR_TYPE(self)->tp_basicsize;
    if (mp->ma_keys != EMPTY_KEYS) {
        /* CPython reports the header, index table and entry array */
        KrDictKeys *dk = mp->ma_keys;
        size_t usable = USABLE_FRACTION(DK_SIZE(dk));
        size_t entry = dk->unicode ? 16 : 24;
        res += 32 + ((size_t)1 << dk->log2_index_bytes) + usable * entry;
    }
    return kr_int_from_ssize((ssize_t)res);
}

static KrObject *dict_reversed_meth(KrObject *self, KrObject *unused)
{
    return kr_dict_iter_new(self, 0, 1);
}

static KrMethodDef dict_methods[] = {
    { "__class_getitem__", (void *)kr_generic_alias_class_getitem, KR_METH_O | KR_METH_CLASS,
      "See PEP 585" },
    { "__contains__", (void *)dict_contains_meth, KR_METH_O | KR_METH_COEXIST,
      "True if the dictionary has the specified key, else False." },
    { "__getitem__", (void *)dict_getitem_meth, KR_METH_O | KR_METH_COEXIST,
      "x.__getitem__(y) <==> x[y]" },
    { "__sizeof__", (void *)dict_sizeof_meth, KR_METH_NOARGS, "D.__sizeof__() -> size of D in memory, in bytes" },
    { "get", (void *)dict_get_meth, KR_METH_FASTCALL,
      "Return the value for key if key is in the dictionary, else default." },
    { "setdefault", (void *)dict_setdefault_meth, KR_METH_FASTCALL,
      "Insert key with a value of default if key is not in the dictionary.\n\n"
      "Return the value for key if key is in the dictionary, else default." },
    { "pop", (void *)dict_pop_meth, KR_METH_FASTCALL,
      "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\n"
      "If the key is not found, return the default if given; otherwise,\nraise a KeyError." },
    { "popitem", (void *)dict_popitem_meth, KR_METH_NOARGS,
      "Remove and return a (key, value) pair as a 2-tuple.\n\n"
      "Pairs are returned in LIFO (last-in, first-out) order.\n"
      "Raises KeyError if the dict is empty." },
    { "keys", (void *)dict_keys_meth, KR_METH_NOARGS,
      "D.keys() -> a set-like object providing a view on D's keys" },
    { "items", (void *)dict_items_meth, KR_METH_NOARGS,
      "D.items() -> a set-like object providing a view on D's items" },
    { "values", (void *)dict_values_meth, KR_METH_NOARGS,
      "D.values() -> an object providing a view on D's values" },
    { "update", (void *)dict_update_meth, KR_METH_VARARGS | KR_METH_KEYWORDS,
      "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\n"
      "If E is present and has a .keys() method, then does:  for k in E: D[k] = E[k]\n"
      "If E is present and lacks a .keys() method, then does:  for k, v in E: D[k] = v\n"
      "In either case, this is followed by: for k in F:  D[k] = F[k]" },
    { "fromkeys", (void *)dict_fromkeys_meth, KR_METH_FASTCALL | KR_METH_CLASS,
      "Create a new dictionary with keys from iterable and values set to value." },
    { "clear", (void *)dict_clear_meth, KR_METH_NOARGS, "D.clear() -> None.  Remove all items from D." },
    { "copy", (void *)dict_copy_meth, KR_METH_NOARGS, "D.copy() -> a shallow copy of D" },
    { "__reversed__", (void *)dict_reversed_meth, KR_METH_NOARGS,
      "Return a reverse iterator over the dict keys." },
    { NULL, NULL, 0, NULL },
};

/* ---- construction ---- */

static KrObject *dict_tp_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    KrObject *self = type->tp_alloc(type, 0);
    if (!self) return NULL;
    KrDictObject *d = DICT(self);
    empty_keys_setup();
    d->ma_keys = EMPTY_KEYS;
    d->ma_values = NULL;
    d->ma_used = 0;
    d->ma_version = DICT_NEXT_VERSION();
    /* exact dicts are tracked lazily; subclass instances always */
    if (type == &kr_dict_type) kr_gc_untrack(self);
    else kr_gc_track(self);
    return self;
}

static int dict_tp_init(KrObject *self, KrObject *args, KrObject *kwds)
{
    return dict_update_common(self, KR_TUPLE_ITEMS(args), KR_SIZE(args), kwds, "dict");
}

static KrObject *dict_vectorcall(KrObject *type, KrObject *const *args, size_t nargsf,
                                 KrObject *kwnames)
{
    ssize_t nargs = kr_vectorcall_nargs(nargsf);
    if (kr_args_check_count("dict", nargs, 0, 1) < 0) return NULL;
    KrObject *self = dict_tp_new((KrTypeObject *)type, NULL, NULL);
    if (!self) return NULL;
    if (nargs == 1 && kr_dict_update_arg(self, args[0]) < 0) goto fail;
    if (kwnames) {
        for (ssize_t i = 0; i < KR_SIZE(kwnames); i++) {
            if (kr_dict_set_item(self, KR_TUPLE_ITEMS(kwnames)[i], args[nargs + i]) < 0) goto fail;
        }
    }
    return self;
fail:
    KR_DECREF(self);
    return NULL;
}

/* ---- views (the view types live in dict_views.c) ---- */

static KrObject *dict_keys_meth(KrObject *self, KrObject *unused)
{
    return kr_dict_view_new(self, &kr_dict_keys_type);
}

static KrObject *dict_values_meth(KrObject *self, KrObject *unused)
{
    return kr_dict_view_new(self, &kr_dict_values_type);
}

static KrObject *dict_items_meth(KrObject *self, KrObject *unused)
{
    return kr_dict_view_new(self, &kr_dict_items_type);
}

/* ---- the type ---- */

static KrNumberMethods dict_as_number = {
    .nb_or = dict_or,
    .nb_inplace_or = dict_ior,
};

static KrSequenceMethods dict_as_sequence = {
    .sq_contains = dict_sq_contains,
};

static KrMappingMethods dict_as_mapping = {
    .mp_length = dict_length,
    .mp_subscript = dict_subscript,
    .mp_ass_subscript = dict_ass_subscript,
};

KrTypeObject kr_dict_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "dict",
    .tp_basicsize = sizeof(KrDictObject),
    .tp_dealloc = dict_dealloc,
    .tp_repr = dict_repr,
    .tp_as_number = &dict_as_number,
    .tp_as_sequence = &dict_as_sequence,
    .tp_as_mapping = &dict_as_mapping,
    .tp_hash = kr_object_hash_not_implemented,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE |
                KR_TPFLAGS_DICT_SUBCLASS | KR_TPFLAGS_MAPPING | KR_TPFLAGS_MATCH_SELF,
    .tp_doc = "dict() -> new empty dictionary\n"
              "dict(mapping) -> new dictionary initialized from a mapping object's\n"
              "    (key, value) pairs\n"
              "dict(iterable) -> new dictionary initialized as if via:\n"
              "    d = {}\n"
              "    for k, v in iterable:\n"
              "        d[k] = v\n"
              "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
              "    in the keyword argument list.  For example:  dict(one=1, two=2)",
    .tp_traverse = dict_traverse,
    .tp_clear = dict_tp_clear,
    .tp_richcompare = dict_richcompare,
    .tp_iter = dict_iter,
    .tp_methods = dict_methods,
    .tp_init = dict_tp_init,
    .tp_alloc = kr_object_alloc,
    .tp_new = dict_tp_new,
    .tp_free = kr_object_free,
    .tp_vectorcall = dict_vectorcall,
};
