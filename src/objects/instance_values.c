/* instance_values.c — attribute storage of class instances: per-class shared
 * names (KrInstanceKeys) and per-instance values blocks, with the __dict__
 * materialized only when asked for (docs/internals/instances.md).
 *
 * A class with KR_TPFLAGS_INLINE_VALUES owns one key table. When an
 * instance first stores `name`, the name is appended to the table (if there
 * is room) and its position i is where every instance keeps its value for
 * `name`: values[i] of its own block. The block also lists the positions in
 * the order this instance assigned them, so that vars() shows per-instance
 * insertion order as CPython does. Anything the table cannot express (a
 * 31st name, a name that is not an exact str) turns the instance's storage
 * into an ordinary dict for good, which is also what __dict__ access does. */
#include "instance_values.h"
#include "dict.h"
#include "type.h"
#include "str.h"
#include "../memory/mem.h"
#include "../memory/gc.h"
#include "../vm/err.h"

#include <string.h>

/* ---------------------------------------------------------------------------
 * The shared key table
 * ------------------------------------------------------------------------ */

KrInstanceKeys *kr_instance_keys_new(void)
{
    KrInstanceKeys *k = kr_mem_alloc(sizeof(KrInstanceKeys));
    if (!k) {
        kr_err_no_memory();
        return NULL;
    }
    k->nkeys = 0;
    k->usable = KR_SHARED_KEYS_MAX;
    memset(k->names, 0, sizeof k->names);
    memset(k->index, 0xff, sizeof k->index);
    return k;
}

void kr_instance_keys_free(KrInstanceKeys *keys)
{
    if (!keys) return;
    for (ssize_t i = 0; i < keys->nkeys; i++) KR_DECREF(keys->names[i]);
    kr_mem_free(keys);
}

ssize_t kr_instance_keys_find(const KrInstanceKeys *keys, KrObject *name)
{
    kr_hash_t h = kr_str_hash_fast(name);
    size_t mask = KR_SHARED_KEYS_INDEX - 1, i = (size_t)h & mask;
    /* at most 30 of 64 slots are used: a probe always meets an empty slot */
    for (;;) {
        int ix = keys->index[i];
        if (ix < 0) return -1;
        KrObject *k = keys->names[ix];
        if (k == name || (((KrStrObject *)k)->hash == h && kr_str_equal(k, name))) return ix;
        i = (i + 1) & mask;
    }
}

/* Appends name (an exact str not in keys); its position, or -1 when full. */
static ssize_t keys_insert(KrInstanceKeys *keys, KrObject *name)
{
    if (keys->usable <= 0 || keys->nkeys >= KR_SHARED_KEYS_MAX) return -1;
    keys->usable--;
    kr_hash_t h = kr_str_hash_fast(name);
    size_t mask = KR_SHARED_KEYS_INDEX - 1, i = (size_t)h & mask;
    while (keys->index[i] >= 0) i = (i + 1) & mask;
    ssize_t ix = keys->nkeys++;
    keys->names[ix] = kr_newref(name);
    keys->index[i] = (int8_t)ix;
    return ix;
}

KrInstanceKeys *kr_instance_keys_of(KrTypeObject *t)
{
    KrHeapTypeObject *ht = (KrHeapTypeObject *)t;
    if (!ht->ht_cached_keys) ht->ht_cached_keys = kr_instance_keys_new();
    return ht->ht_cached_keys;
}

/* ---------------------------------------------------------------------------
 * Values blocks
 * ------------------------------------------------------------------------ */

static size_t values_bytes(size_t capacity)
{
    size_t order = capacity > KR_INSTANCE_SMALL_ORDER ? capacity : 0;
    return sizeof(KrInstanceValues) + capacity * sizeof(KrObject *) + order;
}

/* The block of an instance in values mode that has no attribute yet. */
static KrInstanceValues empty_values;

static void values_free(KrInstanceValues *v)
{
    if (v != &empty_values && !v->embedded) kr_mem_free(v);
}

KrObject *kr_instance_new(KrTypeObject *t)
{
    KrInstanceKeys *keys = kr_instance_keys_of(t);
    if (!keys) return NULL;
    if (keys->usable > 1) keys->usable--;
    ssize_t cap = keys->nkeys;
    KrObject *o;
    if (cap > 0 && t->tp_alloc == kr_type_generic_alloc) {
        o = kr_object_alloc_extra(t, values_bytes((size_t)cap));
        if (!o) return NULL;
        size_t at = ((size_t)t->tp_basicsize + sizeof(void *) - 1) & ~(sizeof(void *) - 1);
        KrInstanceValues *v = (KrInstanceValues *)(void *)((char *)o + at);
        v->capacity = (uint8_t)cap;     /* zeroed memory: count 0, values NULL */
        v->embedded = 1;
        *KR_INSTANCE_VALUES_SLOT(o) = v;
        if (KR_TYPE_IS_GC(t)) kr_gc_track(o);
        return o;
    }
    o = t->tp_alloc(t, 0);
    if (o) *KR_INSTANCE_VALUES_SLOT(o) = &empty_values;
    return o;
}

/* Makes o's block hold at least `need` positions (a new block if o has
 * none); the capacity is the class's current number of names, so later
 * instances of a settled class get a block of the right size at once. */
static KrInstanceValues *values_reserve(KrObject *o, KrInstanceKeys *keys, ssize_t need)
{
    KrInstanceValues **vp = KR_INSTANCE_VALUES_SLOT(o), *old = *vp;
    if (old && old->capacity >= need) return old;
    ssize_t cap = keys->nkeys > need ? keys->nkeys : need;
    KrInstanceValues *v = kr_mem_alloc(values_bytes((size_t)cap));
    if (!v) {
        kr_err_no_memory();
        return NULL;
    }
    v->capacity = (uint8_t)cap;
    v->embedded = 0;
    memset(v->values, 0, (size_t)cap * sizeof(KrObject *));
    if (old) {
        v->count = old->count;
        memcpy(v->values, old->values, old->capacity * sizeof(KrObject *));
        memcpy(KR_INSTANCE_ORDER(v), KR_INSTANCE_ORDER(old), old->count);
        values_free(old);
    } else {
        v->count = 0;
    }
    *vp = v;
    return v;
}

KrObject *kr_instance_get_attr_borrow(KrObject *o, KrObject *name)
{
    KrInstanceValues *v = *KR_INSTANCE_VALUES_SLOT(o);
    if (!v) return NULL;
    KrInstanceKeys *keys = ((KrHeapTypeObject *)KR_TYPE(o))->ht_cached_keys;
    if (!keys) return NULL;
    ssize_t ix = kr_instance_keys_find(keys, name);
    if (ix < 0 || ix >= v->capacity) return NULL;
    return v->values[ix];
}

/* Stores into or deletes from an existing dict: 0, 1 (delete of a missing
 * key), -1. The dict is held: a key's __eq__ may replace o.__dict__. */
static int dict_store(KrObject *d, KrObject *name, KrObject *value)
{
    int r;
    KR_INCREF(d);
    if (value) {
        r = kr_dict_set_item(d, name, value);
    } else {
        r = kr_dict_del_item(d, name);
        if (r < 0 && kr_err_matches(kr_exc_KeyError)) {
            kr_err_clear();
            r = 1;
        }
    }
    KR_DECREF(d);
    return r;
}

int kr_instance_set_attr(KrObject *o, KrObject *name, KrObject *value)
{
    KrObject **dp = KR_INSTANCE_DICT_SLOT(o);
    if (*dp) return dict_store(*dp, name, value);
    KrInstanceValues *v = *KR_INSTANCE_VALUES_SLOT(o);
    /* not in values mode (see kr_instance_new), or a name the
     * shared table cannot hold: a dict */
    if (!KR_STR_CHECK_EXACT(name) || (!v && value)) goto to_dict;
    if (!value) {
        /* delete: only a present value can go */
        KrInstanceKeys *keys = ((KrHeapTypeObject *)KR_TYPE(o))->ht_cached_keys;
        if (!v || !keys) return 1;
        ssize_t ix = kr_instance_keys_find(keys, name);
        if (ix < 0 || ix >= v->capacity || !v->values[ix]) return 1;
        KrObject *old = v->values[ix];
        v->values[ix] = NULL;
        uint8_t *order = KR_INSTANCE_ORDER(v);
        int j = 0;
        while (order[j] != ix) j++;
        memmove(order + j, order + j + 1, (size_t)(v->count - j - 1));
        v->count--;
        KR_DECREF(old);   /* last: a __del__ may touch o */
        return 0;
    }
    KrInstanceKeys *keys = kr_instance_keys_of(KR_TYPE(o));
    if (!keys) return -1;
    ssize_t ix = kr_instance_keys_find(keys, name);
    if (ix < 0) {
        ix = keys_insert(keys, name);
        if (ix < 0) goto to_dict;
    }
    v = values_reserve(o, keys, ix + 1);
    if (!v) return -1;
    KrObject *old = v->values[ix];
    v->values[ix] = kr_newref(value);
    if (old) KR_DECREF(old);
    else KR_INSTANCE_ORDER(v)[v->count++] = (uint8_t)ix;
    return 0;
to_dict:;
    KrObject *d = kr_instance_materialize_dict(o);
    if (!d) return -1;
    return dict_store(d, name, value);
}

KrObject *kr_instance_materialize_dict(KrObject *o)
{
    KrObject **dp = KR_INSTANCE_DICT_SLOT(o);
    if (*dp) return *dp;
    KrInstanceValues **vp = KR_INSTANCE_VALUES_SLOT(o), *v = *vp;
    /* making a dict may run a collection, and so finalizers that store
     * into o: look at o's storage again afterwards */
    KrObject *d = kr_dict_new_presized(v ? v->count : 0, 1);
    if (!d) return NULL;
    if (*dp) {
        KR_DECREF(d);
        return *dp;
    }
    v = *vp;
    if (v) {
        KrInstanceKeys *keys = ((KrHeapTypeObject *)KR_TYPE(o))->ht_cached_keys;
        uint8_t *order = KR_INSTANCE_ORDER(v);
        for (int j = 0; j < v->count; j++) {
            int ix = order[j];
            /* exact str keys: no user code runs, v stays as it is */
            if (kr_dict_set_item(d, keys->names[ix], v->values[ix]) < 0) {
                KR_DECREF(d);
                return NULL;
            }
        }
        /* the dict holds the values now; drop the block's references
         * (none of them can reach zero) */
        *vp = NULL;
        for (int j = 0; j < v->count; j++) KR_DECREF(v->values[order[j]]);
        values_free(v);
    }
    *dp = d;
    return d;
}

ssize_t kr_instance_attr_count(KrObject *o)
{
    KrObject *d = *KR_INSTANCE_DICT_SLOT(o);
    if (d) return kr_dict_size(d);
    KrInstanceValues *v = *KR_INSTANCE_VALUES_SLOT(o);
    return v ? v->count : 0;
}

KrObject **kr_instance_dict_slot_raw(KrObject *o)
{
    if (KR_INSTANCE_HAS_VALUES(KR_TYPE(o))) return KR_INSTANCE_DICT_SLOT(o);
    return kr_object_dict_ptr(o);
}

int kr_instance_values_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrInstanceValues *v = *KR_INSTANCE_VALUES_SLOT(o);
    if (!v) return 0;
    /* in key order, as CPython (gc.get_referents shows it) */
    for (int i = 0; i < v->capacity; i++)
        if (v->values[i]) KR_VISIT(v->values[i]);
    return 0;
}

void kr_instance_values_clear(KrObject *o)
{
    KrInstanceValues **vp = KR_INSTANCE_VALUES_SLOT(o), *v = *vp;
    if (!v) return;
    /* detach first: the releases below may run __del__ methods that look
     * at (or store into) o */
    *vp = NULL;
    uint8_t *order = KR_INSTANCE_ORDER(v);
    for (int j = 0; j < v->count; j++) KR_DECREF(v->values[order[j]]);
    values_free(v);
}
