/* set.c — set and frozenset: open-addressing hash tables of (hash, key)
 * entries, probed exactly as CPython's so iteration orders match.
 *
 * A probe visits a short linear run of LINEAR_PROBES+1 neighbouring slots
 * (cache friendly), then jumps with the same perturbed recurrence as dict
 * (i = i*5 + 1 + perturb, perturb >>= 5). A slot is unused (key NULL),
 * active, or a dummy left by a deletion (hash -1). `fill` counts active +
 * dummy slots; the table grows when fill*5 >= mask*3, to the smallest power
 * of two above used*4 (used*2 past 50000 entries), never below 8 slots.
 * Small sets use the 8-slot table embedded in the object. */
#include "set.h"
#include "dict.h"
#include "list.h"
#include "tuple.h"
#include "int.h"
#include "str.h"
#include "args.h"
#include "type.h"
#include "abstract.h"
#include "trashcan.h"
#include "iter.h"
#include "genericalias.h"
#include "../vm/err.h"
#include "../memory/gc.h"
#include "../memory/mem.h"

#include <string.h>

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define SET_MINSIZE 8

typedef struct {
    KrObject *key;
    kr_hash_t hash;
} KrSetEntry;

typedef struct {
    KrObject ob_base;
    ssize_t fill;              /* active + dummy entries */
    ssize_t used;              /* active entries */
    ssize_t mask;              /* table size - 1 */
    KrSetEntry *table;         /* smalltable or a heap block */
    kr_hash_t hash;            /* frozenset hash cache, -1 until computed */
    ssize_t finger;            /* where set.pop() looks next */
    KrSetEntry smalltable[SET_MINSIZE];
    KrObject *weakreflist;
} KrSetObject;

#define SET(o) ((KrSetObject *)(o))

/* The dummy key of deleted slots: never compared, never exposed. */
static KrObject dummy_struct = KR_OBJECT_HEAD_INIT(NULL);
#define DUMMY (&dummy_struct)

static int set_table_resize(KrSetObject *so, ssize_t minused);
static KrObject *make_new_set(KrTypeObject *type, KrObject *iterable);
static void set_swap_bodies(KrSetObject *a, KrSetObject *b);
static int set_update_internal(KrSetObject *so, KrObject *other);

static inline kr_hash_t set_hash_key(KrObject *key)
{
    if (KR_STR_CHECK_EXACT(key)) {
        kr_hash_t h = ((KrStrObject *)key)->hash;
        if (h != -1) return h;
        return kr_str_hash(key);
    }
    return kr_object_hash(key);
}

/* ---- probing ---- */

/* The entry holding key, or an unused entry where it would go; NULL with
 * an exception if a comparison failed. Restarts if __eq__ changed the set. */
static KrSetEntry *set_lookkey(KrSetObject *so, KrObject *key, kr_hash_t hash)
{
    KrSetEntry *entry;
    size_t perturb, mask, i;
    int probes, cmp;
restart:
    mask = (size_t)so->mask;
    i = (size_t)hash & mask;
    perturb = (size_t)hash;
    for (;;) {
        entry = &so->table[i];
        probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) return entry;
            if (entry->hash == hash) {
                KrObject *startkey = entry->key;
                if (startkey == key) return entry;
                if (KR_STR_CHECK_EXACT(startkey) && KR_STR_CHECK_EXACT(key)) {
                    if (kr_str_equal(startkey, key)) return entry;
                } else {
                    KrSetEntry *table = so->table;
                    KR_INCREF(startkey);
                    cmp = kr_object_richcompare_bool(startkey, key, KR_EQ);
                    KR_DECREF(startkey);
                    if (cmp < 0) return NULL;
                    if (table != so->table || entry->key != startkey) goto restart;
                    if (cmp > 0) return entry;
                    mask = (size_t)so->mask;
                }
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Adds key (a new reference is taken) unless present. 0 or -1. */
static int set_add_entry(KrSetObject *so, KrObject *key, kr_hash_t hash)
{
    KrSetEntry *freeslot, *entry;
    size_t perturb, mask, i;
    int probes, cmp;
    KR_INCREF(key);
restart:
    mask = (size_t)so->mask;
    i = (size_t)hash & mask;
    freeslot = NULL;
    perturb = (size_t)hash;
    for (;;) {
        entry = &so->table[i];
        probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) goto found_unused_or_dummy;
            if (entry->hash == hash) {
                KrObject *startkey = entry->key;
                if (startkey == key) goto found_active;
                if (KR_STR_CHECK_EXACT(startkey) && KR_STR_CHECK_EXACT(key)) {
                    if (kr_str_equal(startkey, key)) goto found_active;
                } else {
                    KrSetEntry *table = so->table;
                    KR_INCREF(startkey);
                    cmp = kr_object_richcompare_bool(startkey, key, KR_EQ);
                    KR_DECREF(startkey);
                    if (cmp > 0) goto found_active;
                    if (cmp < 0) goto comparison_error;
                    if (table != so->table || entry->key != startkey) goto restart;
                    mask = (size_t)so->mask;
                }
            } else if (entry->hash == -1) {
                /* CPython 3.11 reuses the LAST dummy seen on the way to
                 * an unused slot (this decides iteration orders) */
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot == NULL) goto found_unused;
    so->used++;
    freeslot->key = key;
    freeslot->hash = hash;
    return 0;
found_unused:
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3) return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    KR_DECREF(key);
    return 0;
comparison_error:
    KR_DECREF(key);
    return -1;
}

/* Inserts into a table known to have no dummies and not to hold key. */
static void set_insert_clean(KrSetEntry *table, size_t mask, KrObject *key, kr_hash_t hash)
{
    KrSetEntry *entry;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        entry = &table[i];
        if (entry->key == NULL) goto found_null;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL) goto found_null;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_null:
    entry->key = key;
    entry->hash = hash;
}

/* Rebuilds the table to the smallest power of 2 above minused (>= 8). */
static int set_table_resize(KrSetObject *so, ssize_t minused)
{
    KrSetEntry *oldtable, *newtable, *entry;
    ssize_t oldmask = so->mask;
    size_t newmask;
    int is_oldtable_malloced;
    KrSetEntry small_copy[SET_MINSIZE];

    size_t newsize = SET_MINSIZE;
    while (newsize <= (size_t)minused) newsize <<= 1;

    oldtable = so->table;
    is_oldtable_malloced = oldtable != so->smalltable;
    if (newsize == SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used) return 0; /* nothing to do */
            /* rebuilding in place: work from a copy */
            memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    } else {
        newtable = kr_mem_calloc(newsize, sizeof(KrSetEntry));
        if (!newtable) {
            kr_err_no_memory();
            return -1;
        }
    }
    memset(newtable, 0, sizeof(KrSetEntry) * newsize);
    so->mask = (ssize_t)newsize - 1;
    so->table = newtable;
    newmask = (size_t)so->mask;
    if (so->fill == so->used) {
        for (entry = oldtable; entry <= oldtable + oldmask; entry++)
            if (entry->key != NULL) set_insert_clean(newtable, newmask, entry->key, entry->hash);
    } else {
        so->fill = so->used;
        for (entry = oldtable; entry <= oldtable + oldmask; entry++)
            if (entry->key != NULL && entry->key != DUMMY)
                set_insert_clean(newtable, newmask, entry->key, entry->hash);
    }
    if (is_oldtable_malloced) kr_mem_free(oldtable);
    return 0;
}

static int set_contains_entry(KrSetObject *so, KrObject *key, kr_hash_t hash)
{
    KrSetEntry *entry = set_lookkey(so, key, hash);
    if (!entry) return -1;
    return entry->key != NULL;
}

#define DISCARD_NOTFOUND 0
#define DISCARD_FOUND 1

static int set_discard_entry(KrSetObject *so, KrObject *key, kr_hash_t hash)
{
    KrSetEntry *entry = set_lookkey(so, key, hash);
    if (!entry) return -1;
    if (entry->key == NULL) return DISCARD_NOTFOUND;
    KrObject *old_key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    KR_DECREF(old_key);
    return DISCARD_FOUND;
}

static int set_add_key(KrSetObject *so, KrObject *key)
{
    kr_hash_t hash = set_hash_key(key);
    if (hash == -1) return -1;
    return set_add_entry(so, key, hash);
}

static int set_contains_key(KrSetObject *so, KrObject *key)
{
    kr_hash_t hash = set_hash_key(key);
    if (hash == -1) return -1;
    return set_contains_entry(so, key, hash);
}

static int set_discard_key(KrSetObject *so, KrObject *key)
{
    kr_hash_t hash = set_hash_key(key);
    if (hash == -1) return -1;
    return set_discard_entry(so, key, hash);
}

static void set_empty_to_minsize(KrSetObject *so)
{
    memset(so->smalltable, 0, sizeof(so->smalltable));
    so->fill = 0;
    so->used = 0;
    so->mask = SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
}

/* Empties the set; the keys are released after it is consistent. */
static int set_clear_internal(KrSetObject *so)
{
    KrSetEntry *table = so->table;
    ssize_t fill = so->fill;
    int table_is_malloced = table != so->smalltable;
    KrSetEntry small_copy[SET_MINSIZE];
    if (!table_is_malloced) {
        if (fill == 0) return 0;
        memcpy(small_copy, table, sizeof(small_copy));
        table = small_copy;
    }
    set_empty_to_minsize(so);
    for (KrSetEntry *entry = table; fill > 0; entry++) {
        if (entry->key) {
            fill--;
            if (entry->key != DUMMY) KR_DECREF(entry->key);
        }
    }
    if (table_is_malloced) kr_mem_free(table);
    return 0;
}

/* Iteration over active entries: *pos_ptr is a table index. */
static int set_next(KrSetObject *so, ssize_t *pos_ptr, KrSetEntry **entry_ptr)
{
    ssize_t i = *pos_ptr, mask = so->mask;
    KrSetEntry *entry = &so->table[i];
    while (i <= mask && (entry->key == NULL || entry->key == DUMMY)) {
        i++;
        entry++;
    }
    *pos_ptr = i + 1;
    if (i > mask) return 0;
    *entry_ptr = entry;
    return 1;
}

/* so |= other for a set/frozenset other. */
static int set_merge(KrSetObject *so, KrObject *otherset)
{
    KrSetObject *other = SET(otherset);
    KrSetEntry *so_entry, *other_entry;
    if (other == so || other->used == 0) return 0;
    /* one resize up front, assuming few overlaps */
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (set_table_resize(so, (so->used + other->used) * 2) != 0) return -1;
    }
    so_entry = so->table;
    other_entry = other->table;
    /* empty target of the same size and no dummies: copy slot by slot */
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (ssize_t i = 0; i <= other->mask; i++, so_entry++, other_entry++) {
            KrObject *key = other_entry->key;
            if (key != NULL) {
                so_entry->key = kr_newref(key);
                so_entry->hash = other_entry->hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    /* empty target: no duplicates possible */
    if (so->fill == 0) {
        KrSetEntry *newtable = so->table;
        size_t newmask = (size_t)so->mask;
        so->fill = other->used;
        so->used = other->used;
        for (ssize_t i = other->mask + 1; i > 0; i--, other_entry++) {
            KrObject *key = other_entry->key;
            if (key != NULL && key != DUMMY) set_insert_clean(newtable, newmask, kr_newref(key), other_entry->hash);
        }
        return 0;
    }
    for (ssize_t i = 0; i <= other->mask; i++) {
        other_entry = &other->table[i];
        KrObject *key = other_entry->key;
        if (key != NULL && key != DUMMY) {
            if (set_add_entry(so, key, other_entry->hash)) return -1;
        }
    }
    return 0;
}

static int set_update_internal(KrSetObject *so, KrObject *other)
{
    if (KR_ANYSET_CHECK(other)) return set_merge(so, other);
    if (KR_DICT_CHECK_EXACT(other)) {
        ssize_t dictsize = kr_dict_size(other);
        if ((so->fill + dictsize) * 5 >= so->mask * 3) {
            if (set_table_resize(so, (so->used + dictsize) * 2) != 0) return -1;
        }
        ssize_t pos = 0;
        KrObject *key;
        kr_hash_t hash;
        while (kr_dict_next_with_hash(other, &pos, &key, NULL, &hash)) {
            if (set_add_entry(so, key, hash)) return -1;
        }
        return 0;
    }
    KrObject *it = kr_object_get_iter(other);
    if (!it) return -1;
    for (;;) {
        KrObject *key = kr_iter_next(it);
        if (!key) break;
        if (set_add_key(so, key)) {
            KR_DECREF(it);
            KR_DECREF(key);
            return -1;
        }
        KR_DECREF(key);
    }
    KR_DECREF(it);
    return kr_err_occurred() ? -1 : 0;
}

/* ---- construction ---- */

static KrObject *make_new_set(KrTypeObject *type, KrObject *iterable)
{
    KrSetObject *so = (KrSetObject *)type->tp_alloc(type, 0);
    if (!so) return NULL;
    so->fill = 0;
    so->used = 0;
    so->mask = SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    so->finger = 0;
    so->weakreflist = NULL;
    kr_gc_track(so);
    if (iterable && set_update_internal(so, iterable)) {
        KR_DECREF(so);
        return NULL;
    }
    return (KrObject *)so;
}

/* A set of the same kind (set or frozenset) as an object of `type`;
 * subclasses produce the base type. */
static KrObject *make_new_set_basetype(KrTypeObject *type, KrObject *iterable)
{
    if (type != &kr_set_type && type != &kr_frozenset_type) {
        if (kr_type_is_subtype(type, &kr_set_type)) type = &kr_set_type;
        else type = &kr_frozenset_type;
    }
    return make_new_set(type, iterable);
}

KrObject *kr_set_new(KrObject *iterable) { return make_new_set(&kr_set_type, iterable); }
KrObject *kr_frozenset_new(KrObject *iterable) { return make_new_set(&kr_frozenset_type, iterable); }

int kr_set_add(KrObject *set, KrObject *key) { return set_add_key(SET(set), key); }

int kr_set_discard(KrObject *set, KrObject *key) { return set_discard_key(SET(set), key); }

int kr_set_contains(KrObject *set, KrObject *key) { return set_contains_key(SET(set), key); }

ssize_t kr_set_size(KrObject *set) { return SET(set)->used; }

int kr_set_next(KrObject *set, ssize_t *pos, KrObject **key, kr_hash_t *hash)
{
    KrSetEntry *entry;
    if (!set_next(SET(set), pos, &entry)) return 0;
    *key = entry->key;
    if (hash) *hash = entry->hash;
    return 1;
}

int kr_set_update(KrObject *set, KrObject *iterable) { return set_update_internal(SET(set), iterable); }

int kr_set_clear(KrObject *set) { return set_clear_internal(SET(set)); }

KrObject *kr_frozenset_rebuild(KrObject *fs)
{
    KrObject *res = make_new_set(&kr_frozenset_type, NULL);
    if (!res) return NULL;
    ssize_t pos = 0;
    KrSetEntry *entry;
    while (set_next(SET(fs), &pos, &entry)) {
        if (set_add_entry(SET(res), entry->key, entry->hash) < 0) {
            KR_DECREF(res);
            return NULL;
        }
    }
    return res;
}

static KrObject *set_copy(KrObject *so, KrObject *unused)
{
    return make_new_set_basetype(KR_TYPE(so), so);
}

static KrObject *frozenset_copy(KrObject *so, KrObject *unused)
{
    if (KR_TYPE(so) == &kr_frozenset_type) return kr_newref(so);
    return set_copy(so, NULL);
}

/* ---- slots ---- */

static void set_dealloc(KrObject *o)
{
    KrSetObject *so = SET(o);
    kr_gc_untrack(o);
    if (kr_trashcan_begin(o, set_dealloc)) return;
    if (so->used > 0 && KR_TYPE(o) != &kr_set_type && KR_TYPE(o) != &kr_frozenset_type &&
        kr_trashcan_deep()) {
        /* deep chain of subclass instances: an exact set takes the table */
        KrObject *holder = make_new_set(&kr_set_type, NULL);
        if (holder) {
            set_swap_bodies(so, SET(holder));
            kr_gc_untrack(holder);
            KR_REFCNT(holder) = 0;   /* dead: released by the trashcan */
            KR_REF_TOTAL_DEC();
            kr_trashcan_park(holder);
        }
    }
    if (so->weakreflist && kr_weakref_clear_refs) kr_weakref_clear_refs(o);
    ssize_t used = so->used;
    for (KrSetEntry *entry = so->table; used > 0; entry++) {
        if (entry->key && entry->key != DUMMY) {
            used--;
            KR_DECREF(entry->key);
        }
    }
    if (so->table != so->smalltable) kr_mem_free(so->table);
    KR_TYPE(o)->tp_free(o);
    kr_trashcan_end();
}

static int set_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    ssize_t pos = 0;
    KrSetEntry *entry;
    while (set_next(SET(o), &pos, &entry)) KR_VISIT(entry->key);
    return 0;
}

static int set_tp_clear(KrObject *o) { return set_clear_internal(SET(o)); }

static KrObject *set_repr(KrObject *o)
{
    KrSetObject *so = SET(o);
    int status = kr_repr_enter(o);
    if (status != 0) {
        if (status < 0) return NULL;
        return kr_str_from_format("%s(...)", KR_TYPE(o)->tp_name);
    }
    KrObject *result = NULL;
    if (!so->used) {
        result = kr_str_from_format("%s()", KR_TYPE(o)->tp_name);
        goto done;
    }
    KrObject *keys = kr_sequence_list(o);
    if (!keys) goto done;
    KrObject *listrepr = kr_object_repr(keys);
    KR_DECREF(keys);
    if (!listrepr) goto done;
    /* "[a, b]" -> "{a, b}" */
    KrObject *inner = kr_str_substring(listrepr, 1, KR_STR_LEN(listrepr) - 1);
    KR_DECREF(listrepr);
    if (!inner) goto done;
    if (KR_TYPE(o) != &kr_set_type) result = kr_str_from_format("%s({%U})", KR_TYPE(o)->tp_name, inner);
    else result = kr_str_from_format("{%U}", inner);
    KR_DECREF(inner);
done:
    kr_repr_leave(o);
    return result;
}

static ssize_t set_len(KrObject *o) { return SET(o)->used; }

/* `key in set`; a set key is looked up as the equal frozenset. */
static int set_sq_contains(KrObject *o, KrObject *key)
{
    int rv = set_contains_key(SET(o), key);
    if (rv < 0) {
        if (!KR_SET_CHECK(key) || !kr_err_matches(kr_exc_TypeError)) return -1;
        kr_err_clear();
        KrObject *tmpkey = make_new_set(&kr_frozenset_type, key);
        if (!tmpkey) return -1;
        rv = set_contains_key(SET(o), tmpkey);
        KR_DECREF(tmpkey);
    }
    return rv;
}

static KrObject *set_direct_contains(KrObject *o, KrObject *key)
{
    int r = set_sq_contains(o, key);
    if (r < 0) return NULL;
    return kr_bool_from(r);
}

/* frozenset hash, as CPython: xor of shuffled entry hashes, then mixed
 * with the size, so that the result does not depend on the order. */
static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

static kr_hash_t frozenset_hash(KrObject *o)
{
    KrSetObject *so = SET(o);
    if (so->hash != -1) return so->hash;
    uint64_t hash = 0;
    for (KrSetEntry *entry = so->table; entry <= &so->table[so->mask]; entry++)
        hash ^= shuffle_bits((uint64_t)entry->hash);
    /* remove the effect of an odd number of unused entries */
    if ((so->mask + 1 - so->fill) & 1) hash ^= shuffle_bits(0);
    /* and of an odd number of dummies */
    if ((so->fill - so->used) & 1) hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1) hash = 590923713UL;
    so->hash = (kr_hash_t)hash;
    return so->hash;
}

/* ---- set algebra ---- */

static KrObject *set_intersection(KrSetObject *so, KrObject *other)
{
    KrObject *result = make_new_set_basetype(KR_TYPE(so), NULL);
    if (!result) return NULL;
    if ((KrObject *)so == other) {
        KR_DECREF(result);
        return set_copy((KrObject *)so, NULL);
    }
    if (KR_ANYSET_CHECK(other)) {
        KrSetEntry *entry;
        ssize_t pos = 0;
        if (SET(other)->used > so->used) {
            KrSetObject *tmp = so;
            so = SET(other);
            other = (KrObject *)tmp;
        }
        while (set_next(SET(other), &pos, &entry)) {
            KrObject *key = entry->key;
            kr_hash_t hash = entry->hash;
            KR_INCREF(key);
            int rv = set_contains_entry(so, key, hash);
            if (rv < 0 || (rv && set_add_entry(SET(result), key, hash))) {
                KR_DECREF(key);
                KR_DECREF(result);
                return NULL;
            }
            KR_DECREF(key);
        }
        return result;
    }
    KrObject *it = kr_object_get_iter(other);
    if (!it) {
        KR_DECREF(result);
        return NULL;
    }
    for (;;) {
        KrObject *key = kr_iter_next(it);
        if (!key) break;
        kr_hash_t hash = set_hash_key(key);
        int rv = hash == -1 ? -1 : set_contains_entry(so, key, hash);
        if (rv < 0 || (rv && set_add_entry(SET(result), key, hash))) {
            KR_DECREF(key);
            KR_DECREF(it);
            KR_DECREF(result);
            return NULL;
        }
        KR_DECREF(key);
    }
    KR_DECREF(it);
    if (kr_err_occurred()) {
        KR_DECREF(result);
        return NULL;
    }
    return result;
}

static KrObject *set_intersection_multi(KrObject *so, KrObject *const *args, ssize_t nargs)
{
    if (nargs == 0) return set_copy(so, NULL);
    KrObject *result = kr_newref(so);
    for (ssize_t i = 0; i < nargs; i++) {
        KrObject *newresult = set_intersection(SET(result), args[i]);
        KR_DECREF(result);
        if (!newresult) return NULL;
        result = newresult;
    }
    return result;
}

/* Exchanges the contents of two sets (for the in-place operations). */
static void set_swap_bodies(KrSetObject *a, KrSetObject *b)
{
    KrSetEntry tab[SET_MINSIZE];
    ssize_t t;
    t = a->fill; a->fill = b->fill; b->fill = t;
    t = a->used; a->used = b->used; b->used = t;
    t = a->mask; a->mask = b->mask; b->mask = t;
    KrSetEntry *u = a->table;
    if (a->table == a->smalltable) u = b->smalltable;
    a->table = b->table;
    if (b->table == b->smalltable) a->table = a->smalltable;
    b->table = u;
    if (a->table == a->smalltable || b->table == b->smalltable) {
        memcpy(tab, a->smalltable, sizeof(tab));
        memcpy(a->smalltable, b->smalltable, sizeof(tab));
        memcpy(b->smalltable, tab, sizeof(tab));
    }
    if (KR_TYPE_CHECK_EXACT_OR_SUB(a, &kr_frozenset_type) && KR_TYPE_CHECK_EXACT_OR_SUB(b, &kr_frozenset_type)) {
        kr_hash_t h = a->hash;
        a->hash = b->hash;
        b->hash = h;
    } else {
        a->hash = -1;
        b->hash = -1;
    }
}

static KrObject *set_intersection_update(KrObject *so, KrObject *other)
{
    KrObject *tmp = set_intersection(SET(so), other);
    if (!tmp) return NULL;
    set_swap_bodies(SET(so), SET(tmp));
    KR_DECREF(tmp);
    KR_RETURN_NONE;
}

static KrObject *set_intersection_update_multi(KrObject *so, KrObject *const *args, ssize_t nargs)
{
    KrObject *tmp = set_intersection_multi(so, args, nargs);
    if (!tmp) return NULL;
    set_swap_bodies(SET(so), SET(tmp));
    KR_DECREF(tmp);
    KR_RETURN_NONE;
}

static int set_difference_update_internal(KrSetObject *so, KrObject *other)
{
    if ((KrObject *)so == other) return set_clear_internal(so);
    if (KR_ANYSET_CHECK(other)) {
        KrSetEntry *entry;
        ssize_t pos = 0;
        /* a set minus itself would be modified while iterated: copied above */
        while (set_next(SET(other), &pos, &entry)) {
            KrObject *key = kr_newref(entry->key);
            int rv = set_discard_entry(so, key, entry->hash);
            KR_DECREF(key);
            if (rv < 0) return -1;
        }
    } else {
        KrObject *it = kr_object_get_iter(other);
        if (!it) return -1;
        for (;;) {
            KrObject *key = kr_iter_next(it);
            if (!key) break;
            if (set_discard_key(so, key) < 0) {
                KR_DECREF(it);
                KR_DECREF(key);
                return -1;
            }
            KR_DECREF(key);
        }
        KR_DECREF(it);
        if (kr_err_occurred()) return -1;
    }
    /* more than a quarter dummies: rebuild */
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4) return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static KrObject *set_difference_update(KrObject *so, KrObject *const *args, ssize_t nargs)
{
    for (ssize_t i = 0; i < nargs; i++)
        if (set_difference_update_internal(SET(so), args[i])) return NULL;
    KR_RETURN_NONE;
}

static KrObject *set_copy_and_difference(KrSetObject *so, KrObject *other)
{
    KrObject *result = set_copy((KrObject *)so, NULL);
    if (!result) return NULL;
    if (set_difference_update_internal(SET(result), other) == 0) return result;
    KR_DECREF(result);
    return NULL;
}

static KrObject *set_difference(KrSetObject *so, KrObject *other)
{
    ssize_t other_size;
    if (KR_ANYSET_CHECK(other)) other_size = SET(other)->used;
    else if (KR_DICT_CHECK_EXACT(other)) other_size = kr_dict_size(other);
    else return set_copy_and_difference(so, other);
    /* much bigger than other: copy, then remove other's items */
    if ((so->used >> 2) > other_size) return set_copy_and_difference(so, other);
    KrObject *result = make_new_set_basetype(KR_TYPE(so), NULL);
    if (!result) return NULL;
    KrSetEntry *entry;
    ssize_t pos = 0;
    while (set_next(so, &pos, &entry)) {
        KrObject *key = kr_newref(entry->key);
        kr_hash_t hash = entry->hash;
        int rv = KR_DICT_CHECK_EXACT(other) ? kr_dict_contains_known_hash(other, key, hash)
                                            : set_contains_entry(SET(other), key, hash);
        if (rv < 0 || (!rv && set_add_entry(SET(result), key, hash))) {
            KR_DECREF(key);
            KR_DECREF(result);
            return NULL;
        }
        KR_DECREF(key);
    }
    return result;
}

static KrObject *set_difference_multi(KrObject *so, KrObject *const *args, ssize_t nargs)
{
    if (nargs == 0) return set_copy(so, NULL);
    KrObject *result = set_difference(SET(so), args[0]);
    if (!result) return NULL;
    for (ssize_t i = 1; i < nargs; i++) {
        if (set_difference_update_internal(SET(result), args[i])) {
            KR_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static KrObject *set_symmetric_difference_update(KrObject *so_obj, KrObject *other)
{
    KrSetObject *so = SET(so_obj);
    if (so_obj == other) {
        set_clear_internal(so);
        KR_RETURN_NONE;
    }
    if (KR_DICT_CHECK_EXACT(other)) {
        ssize_t pos = 0;
        KrObject *key;
        kr_hash_t hash;
        while (kr_dict_next_with_hash(other, &pos, &key, NULL, &hash)) {
            KR_INCREF(key);
            int rv = set_discard_entry(so, key, hash);
            if (rv < 0 || (rv == DISCARD_NOTFOUND && set_add_entry(so, key, hash))) {
                KR_DECREF(key);
                return NULL;
            }
            KR_DECREF(key);
        }
        KR_RETURN_NONE;
    }
    KrObject *otherset;
    if (KR_ANYSET_CHECK(other)) {
        otherset = kr_newref(other);
    } else {
        otherset = make_new_set_basetype(KR_TYPE(so), other);
        if (!otherset) return NULL;
    }
    KrSetEntry *entry;
    ssize_t pos = 0;
    while (set_next(SET(otherset), &pos, &entry)) {
        KrObject *key = kr_newref(entry->key);
        kr_hash_t hash = entry->hash;
        int rv = set_discard_entry(so, key, hash);
        if (rv < 0 || (rv == DISCARD_NOTFOUND && set_add_entry(so, key, hash))) {
            KR_DECREF(key);
            KR_DECREF(otherset);
            return NULL;
        }
        KR_DECREF(key);
    }
    KR_DECREF(otherset);
    KR_RETURN_NONE;
}

static KrObject *set_symmetric_difference(KrObject *so, KrObject *other)
{
    KrObject *otherset = make_new_set_basetype(KR_TYPE(so), other);
    if (!otherset) return NULL;
    KrObject *rv = set_symmetric_difference_update(otherset, so);
    if (!rv) {
        KR_DECREF(otherset);
        return NULL;
    }
    KR_DECREF(rv);
    return otherset;
}

static KrObject *set_union(KrObject *so, KrObject *const *args, ssize_t nargs)
{
    KrObject *result = set_copy(so, NULL);
    if (!result) return NULL;
    for (ssize_t i = 0; i < nargs; i++) {
        if (args[i] == so) continue;
        if (set_update_internal(SET(result), args[i])) {
            KR_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static KrObject *set_update_meth(KrObject *so, KrObject *const *args, ssize_t nargs)
{
    for (ssize_t i = 0; i < nargs; i++)
        if (set_update_internal(SET(so), args[i])) return NULL;
    KR_RETURN_NONE;
}

static KrObject *set_issubset(KrObject *so, KrObject *other)
{
    if (!KR_ANYSET_CHECK(other)) {
        KrObject *tmp = make_new_set(&kr_set_type, other);
        if (!tmp) return NULL;
        KrObject *result = set_issubset(so, tmp);
        KR_DECREF(tmp);
        return result;
    }
    if (SET(so)->used > SET(other)->used) KR_RETURN_FALSE;
    KrSetEntry *entry;
    ssize_t pos = 0;
    while (set_next(SET(so), &pos, &entry)) {
        KrObject *key = kr_newref(entry->key);
        int rv = set_contains_entry(SET(other), key, entry->hash);
        KR_DECREF(key);
        if (rv < 0) return NULL;
        if (!rv) KR_RETURN_FALSE;
    }
    KR_RETURN_TRUE;
}

static KrObject *set_issuperset(KrObject *so, KrObject *other)
{
    if (KR_ANYSET_CHECK(other)) return set_issubset(other, so);
    KrObject *it = kr_object_get_iter(other);
    if (!it) return NULL;
    for (;;) {
        KrObject *key = kr_iter_next(it);
        if (!key) break;
        int rv = set_contains_key(SET(so), key);
        KR_DECREF(key);
        if (rv <= 0) {
            KR_DECREF(it);
            if (rv < 0) return NULL;
            KR_RETURN_FALSE;
        }
    }
    KR_DECREF(it);
    if (kr_err_occurred()) return NULL;
    KR_RETURN_TRUE;
}

static KrObject *set_isdisjoint(KrObject *so, KrObject *other)
{
    if (so == other) return kr_bool_from(SET(so)->used == 0);
    if (KR_TYPE(other) == &kr_set_type || KR_TYPE(other) == &kr_frozenset_type) {
        if (SET(other)->used > SET(so)->used) {
            KrObject *tmp = so;
            so = other;
            other = tmp;
        }
        KrSetEntry *entry;
        ssize_t pos = 0;
        while (set_next(SET(other), &pos, &entry)) {
            KrObject *key = kr_newref(entry->key);
            int rv = set_contains_entry(SET(so), key, entry->hash);
            KR_DECREF(key);
            if (rv < 0) return NULL;
            if (rv) KR_RETURN_FALSE;
        }
        KR_RETURN_TRUE;
    }
    KrObject *it = kr_object_get_iter(other);
    if (!it) return NULL;
    for (;;) {
        KrObject *key = kr_iter_next(it);
        if (!key) break;
        int rv = set_contains_key(SET(so), key);
        KR_DECREF(key);
        if (rv != 0) {
            KR_DECREF(it);
            if (rv < 0) return NULL;
            KR_RETURN_FALSE;
        }
    }
    KR_DECREF(it);
    if (kr_err_occurred()) return NULL;
    KR_RETURN_TRUE;
}

static KrObject *set_richcompare(KrObject *v, KrObject *w, int op)
{
    if (!KR_ANYSET_CHECK(w)) KR_RETURN_NOTIMPLEMENTED;
    KrObject *r1;
    int r2;
    switch (op) {
    case KR_EQ:
        if (SET(v)->used != SET(w)->used) KR_RETURN_FALSE;
        if (SET(v)->hash != -1 && SET(w)->hash != -1 && SET(v)->hash != SET(w)->hash) KR_RETURN_FALSE;
        return set_issubset(v, w);
    case KR_NE:
        r1 = set_richcompare(v, w, KR_EQ);
        if (!r1) return NULL;
        r2 = kr_object_is_true(r1);
        KR_DECREF(r1);
        if (r2 < 0) return NULL;
        return kr_bool_from(!r2);
    case KR_LE:
        return set_issubset(v, w);
    case KR_GE:
        return set_issuperset(v, w);
    case KR_LT:
        if (SET(v)->used >= SET(w)->used) KR_RETURN_FALSE;
        return set_issubset(v, w);
    case KR_GT:
        if (SET(v)->used <= SET(w)->used) KR_RETURN_FALSE;
        return set_issuperset(v, w);
    }
    KR_RETURN_NOTIMPLEMENTED;
}

/* ---- operators ---- */

static KrObject *set_or(KrObject *so, KrObject *other)
{
    if (!KR_ANYSET_CHECK(so) || !KR_ANYSET_CHECK(other)) KR_RETURN_NOTIMPLEMENTED;
    KrObject *result = set_copy(so, NULL);
    if (!result) return NULL;
    if (so == other) return result;
    if (set_update_internal(SET(result), other)) {
        KR_DECREF(result);
        return NULL;
    }
    return result;
}

static KrObject *set_and(KrObject *so, KrObject *other)
{
    if (!KR_ANYSET_CHECK(so) || !KR_ANYSET_CHECK(other)) KR_RETURN_NOTIMPLEMENTED;
    return set_intersection(SET(so), other);
}

static KrObject *set_sub(KrObject *so, KrObject *other)
{
    if (!KR_ANYSET_CHECK(so) || !KR_ANYSET_CHECK(other)) KR_RETURN_NOTIMPLEMENTED;
    return set_difference(SET(so), other);
}

static KrObject *set_xor(KrObject *so, KrObject *other)
{
    if (!KR_ANYSET_CHECK(so) || !KR_ANYSET_CHECK(other)) KR_RETURN_NOTIMPLEMENTED;
    return set_symmetric_difference(so, other);
}

static KrObject *set_ior(KrObject *so, KrObject *other)
{
    if (!KR_ANYSET_CHECK(other)) KR_RETURN_NOTIMPLEMENTED;
    if (set_update_internal(SET(so), other)) return NULL;
    return kr_newref(so);
}

static KrObject *set_iand(KrObject *so, KrObject *other)
{
    if (!KR_ANYSET_CHECK(other)) KR_RETURN_NOTIMPLEMENTED;
    KrObject *r = set_intersection_update(so, other);
    if (!r) return NULL;
    KR_DECREF(r);
    return kr_newref(so);
}

static KrObject *set_isub(KrObject *so, KrObject *other)
{
    if (!KR_ANYSET_CHECK(other)) KR_RETURN_NOTIMPLEMENTED;
    if (set_difference_update_internal(SET(so), other)) return NULL;
    return kr_newref(so);
}

static KrObject *set_ixor(KrObject *so, KrObject *other)
{
    if (!KR_ANYSET_CHECK(other)) KR_RETURN_NOTIMPLEMENTED;
    KrObject *r = set_symmetric_difference_update(so, other);
    if (!r) return NULL;
    KR_DECREF(r);
    return kr_newref(so);
}

/* ---- methods ---- */

static KrObject *set_add_meth(KrObject *so, KrObject *key)
{
    if (set_add_key(SET(so), key)) return NULL;
    KR_RETURN_NONE;
}

static KrObject *set_clear_meth(KrObject *so, KrObject *unused)
{
    set_clear_internal(SET(so));
    KR_RETURN_NONE;
}

/* remove/discard of a set key look for the equal frozenset */
static int set_discard_with_frozen_retry(KrSetObject *so, KrObject *key)
{
    int rv = set_discard_key(so, key);
    if (rv < 0) {
        if (!KR_SET_CHECK(key) || !kr_err_matches(kr_exc_TypeError)) return -1;
        kr_err_clear();
        KrObject *tmpkey = make_new_set(&kr_frozenset_type, key);
        if (!tmpkey) return -1;
        rv = set_discard_key(so, tmpkey);
        KR_DECREF(tmpkey);
    }
    return rv;
}

static KrObject *set_remove_meth(KrObject *so, KrObject *key)
{
    int rv = set_discard_with_frozen_retry(SET(so), key);
    if (rv < 0) return NULL;
    if (rv == DISCARD_NOTFOUND) {
        kr_dict_set_key_error(key);
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *set_discard_meth(KrObject *so, KrObject *key)
{
    if (set_discard_with_frozen_retry(SET(so), key) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *set_pop_meth(KrObject *o, KrObject *unused)
{
    KrSetObject *so = SET(o);
    if (so->used == 0) {
        kr_err_set_string(kr_exc_KeyError, "pop from an empty set");
        return NULL;
    }
    KrSetEntry *entry = so->table + (so->finger & so->mask);
    KrSetEntry *limit = so->table + so->mask;
    while (entry->key == NULL || entry->key == DUMMY) {
        entry++;
        if (entry > limit) entry = so->table;
    }
    KrObject *key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

static KrObject *set_sizeof_meth(KrObject *o, KrObject *unused)
{
    KrSetObject *so = SET(o);
    /* CPython's layout: a 200-byte object, tables of 16-byte entries */
    ssize_t res = 200;
    if (so->table != so->smalltable) res += (so->mask + 1) * 16;
    return kr_int_from_ssize(res);
}

static KrObject *set_reduce_meth(KrObject *so, KrObject *unused)
{
    KrObject *keys = kr_sequence_list(so);
    if (!keys) return NULL;
    KrObject *args = kr_tuple_pack(1, keys);
    KR_DECREF(keys);
    if (!args) return NULL;
    KrObject *state;
    KrObject **dictptr = kr_object_dict_ptr(so);
    state = dictptr && *dictptr ? *dictptr : KR_NONE;
    KrObject *res = kr_tuple_pack(3, (KrObject *)KR_TYPE(so), args, state);
    KR_DECREF(args);
    return res;
}

static KrObject *set_iter(KrObject *so);

#define SET_COMMON_METHODS \
    { "__contains__", (void *)set_direct_contains, KR_METH_O | KR_METH_COEXIST, \
      "x.__contains__(y) <==> y in x." }, \
    { "difference", (void *)set_difference_multi, KR_METH_FASTCALL, \
      "Return the difference of two or more sets as a new set.\n\n" \
      "(i.e. all elements that are in this set but not the others.)" }, \
    { "intersection", (void *)set_intersection_multi, KR_METH_FASTCALL, \
      "Return the intersection of two sets as a new set.\n\n" \
      "(i.e. all elements that are in both sets.)" }, \
    { "isdisjoint", (void *)set_isdisjoint, KR_METH_O, \
      "Return True if two sets have a null intersection." }, \
    { "issubset", (void *)set_issubset, KR_METH_O, "Report whether another set contains this set." }, \
    { "issuperset", (void *)set_issuperset, KR_METH_O, "Report whether this set contains another set." }, \
    { "__reduce__", (void *)set_reduce_meth, KR_METH_NOARGS, "Return state information for pickling." }, \
    { "__sizeof__", (void *)set_sizeof_meth, KR_METH_NOARGS, "S.__sizeof__() -> size of S in memory, in bytes" }, \
    { "symmetric_difference", (void *)set_symmetric_difference, KR_METH_O, \
      "Return the symmetric difference of two sets as a new set.\n\n" \
      "(i.e. all elements that are in exactly one of the sets.)" }, \
    { "union", (void *)set_union, KR_METH_FASTCALL, \
      "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)" },

static KrMethodDef set_methods[] = {
    { "__class_getitem__", (void *)kr_generic_alias_class_getitem, KR_METH_O | KR_METH_CLASS,
      "See PEP 585" },
    { "add", (void *)set_add_meth, KR_METH_O,
      "Add an element to a set.\n\nThis has no effect if the element is already present." },
    { "clear", (void *)set_clear_meth, KR_METH_NOARGS, "Remove all elements from this set." },
    { "copy", (void *)set_copy, KR_METH_NOARGS, "Return a shallow copy of a set." },
    { "discard", (void *)set_discard_meth, KR_METH_O,
      "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set." },
    { "difference_update", (void *)set_difference_update, KR_METH_FASTCALL,
      "Remove all elements of another set from this set." },
    { "intersection_update", (void *)set_intersection_update_multi, KR_METH_FASTCALL,
      "Update a set with the intersection of itself and another." },
    { "pop", (void *)set_pop_meth, KR_METH_NOARGS,
      "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty." },
    { "remove", (void *)set_remove_meth, KR_METH_O,
      "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError." },
    { "symmetric_difference_update", (void *)set_symmetric_difference_update, KR_METH_O,
      "Update a set with the symmetric difference of itself and another." },
    { "update", (void *)set_update_meth, KR_METH_FASTCALL, "Update a set with the union of itself and others." },
    SET_COMMON_METHODS
    { NULL, NULL, 0, NULL },
};

static KrMethodDef frozenset_methods[] = {
    { "__class_getitem__", (void *)kr_generic_alias_class_getitem, KR_METH_O | KR_METH_CLASS,
      "See PEP 585" },
    { "copy", (void *)frozenset_copy, KR_METH_NOARGS, "Return a shallow copy of a set." },
    SET_COMMON_METHODS
    { NULL, NULL, 0, NULL },
};

/* ---- constructors ---- */

static int set_tp_init(KrObject *self, KrObject *args, KrObject *kwds)
{
    if (kr_args_no_kwargs("set", kwds) < 0) return -1;
    if (kr_args_check_count(KR_TYPE(self)->tp_name, KR_SIZE(args), 0, 1) < 0) return -1;
    if (SET(self)->fill) set_clear_internal(SET(self));
    SET(self)->hash = -1;
    if (KR_SIZE(args) == 0) return 0;
    return set_update_internal(SET(self), KR_TUPLE_ITEMS(args)[0]);
}

/* set.__new__ ignores its arguments (set.__init__ checks them). */
static KrObject *set_tp_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    return make_new_set(type, NULL);
}

static KrObject *set_vectorcall(KrObject *type, KrObject *const *args, size_t nargsf,
                                KrObject *kwnames)
{
    ssize_t nargs = kr_vectorcall_nargs(nargsf);
    if (kr_args_no_keywords("set", kwnames) < 0) return NULL;
    if (kr_args_check_count("set", nargs, 0, 1) < 0) return NULL;
    return make_new_set((KrTypeObject *)type, nargs ? args[0] : NULL);
}

static KrObject *frozenset_make(KrTypeObject *type, KrObject *iterable)
{
    if (type != &kr_frozenset_type) return make_new_set(type, iterable);
    if (iterable && KR_TYPE(iterable) == &kr_frozenset_type) return kr_newref(iterable);
    return make_new_set(type, iterable);
}

static KrObject *frozenset_tp_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if ((type == &kr_frozenset_type || type->tp_init == kr_frozenset_type.tp_init) &&
        kr_args_no_kwargs("frozenset", kwds) < 0)
        return NULL;
    if (kr_args_check_count(type->tp_name, KR_SIZE(args), 0, 1) < 0) return NULL;
    return frozenset_make(type, KR_SIZE(args) ? KR_TUPLE_ITEMS(args)[0] : NULL);
}

static KrObject *frozenset_vectorcall(KrObject *type, KrObject *const *args, size_t nargsf,
                                      KrObject *kwnames)
{
    ssize_t nargs = kr_vectorcall_nargs(nargsf);
    if (kr_args_no_keywords("frozenset", kwnames) < 0) return NULL;
    if (kr_args_check_count("frozenset", nargs, 0, 1) < 0) return NULL;
    return frozenset_make((KrTypeObject *)type, nargs ? args[0] : NULL);
}

/* ---- the iterator ---- */

typedef struct {
    KrObject ob_base;
    KrObject *si_set;          /* NULL once exhausted */
    ssize_t si_used;
    ssize_t si_pos;
    ssize_t len;
} KrSetIterObject;

static KrObject *set_iter(KrObject *so)
{
    KrSetIterObject *si = KR_NEW(KrSetIterObject, &kr_set_iter_type);
    if (!si) return NULL;
    si->si_set = kr_newref(so);
    si->si_used = SET(so)->used;
    si->si_pos = 0;
    si->len = SET(so)->used;
    kr_gc_track(si);
    return (KrObject *)si;
}

static void setiter_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_XDECREF(((KrSetIterObject *)o)->si_set);
    KR_TYPE(o)->tp_free(o);
}

static int setiter_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrSetIterObject *)o)->si_set);
    return 0;
}

static KrObject *setiter_next(KrObject *o)
{
    KrSetIterObject *si = (KrSetIterObject *)o;
    KrSetObject *so = SET(si->si_set);
    if (!so) return NULL;
    if (si->si_used != so->used) {
        kr_err_set_string(kr_exc_RuntimeError, "Set changed size during iteration");
        si->si_used = -1;
        return NULL;
    }
    ssize_t i = si->si_pos, mask = so->mask;
    KrSetEntry *entry = &so->table[i];
    while (i <= mask && (entry->key == NULL || entry->key == DUMMY)) {
        i++;
        entry++;
    }
    si->si_pos = i + 1;
    if (i > mask) {
        si->si_set = NULL;
        KR_DECREF(so);
        return NULL;
    }
    si->len--;
    return kr_newref(entry->key);
}

static KrObject *setiter_length_hint(KrObject *o, KrObject *unused)
{
    KrSetIterObject *si = (KrSetIterObject *)o;
    ssize_t len = 0;
    if (si->si_set && si->si_used == SET(si->si_set)->used) len = si->len;
    return kr_int_from_ssize(len);
}

/* (iter, (list of the remaining items,)), from a copy of the state. */
static KrObject *setiter_reduce(KrObject *o, KrObject *unused)
{
    KrSetIterObject *si = (KrSetIterObject *)o;
    KrObject *f = kr_iter_builtin("iter");
    if (!f) return NULL;
    KrObject *list;
    if (si->si_set) {
        KrSetIterObject *copy = (KrSetIterObject *)set_iter(si->si_set);
        if (!copy) {
            KR_DECREF(f);
            return NULL;
        }
        copy->si_used = si->si_used;
        copy->si_pos = si->si_pos;
        copy->len = si->len;
        list = kr_sequence_list((KrObject *)copy);
        KR_DECREF(copy);
    } else {
        list = kr_list_new(0);
    }
    KrObject *args = list ? kr_tuple_pack(1, list) : NULL;
    KrObject *res = args ? kr_tuple_pack(2, f, args) : NULL;
    KR_DECREF(f);
    KR_XDECREF(list);
    KR_XDECREF(args);
    return res;
}

static KrMethodDef setiter_methods[] = {
    { "__length_hint__", (void *)setiter_length_hint, KR_METH_NOARGS, NULL },
    { "__reduce__", (void *)setiter_reduce, KR_METH_NOARGS, "Return state information for pickling." },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_set_iter_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "set_iterator",
    .tp_basicsize = sizeof(KrSetIterObject),
    .tp_dealloc = setiter_dealloc,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = setiter_traverse,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = setiter_next,
    .tp_methods = setiter_methods,
    .tp_alloc = kr_object_alloc,
    .tp_free = kr_object_free,
};

/* ---- the types ---- */

static KrNumberMethods set_as_number = {
    .nb_subtract = set_sub,
    .nb_and = set_and,
    .nb_xor = set_xor,
    .nb_or = set_or,
    .nb_inplace_subtract = set_isub,
    .nb_inplace_and = set_iand,
    .nb_inplace_xor = set_ixor,
    .nb_inplace_or = set_ior,
};

static KrNumberMethods frozenset_as_number = {
    .nb_subtract = set_sub,
    .nb_and = set_and,
    .nb_xor = set_xor,
    .nb_or = set_or,
};

static KrSequenceMethods set_as_sequence = {
    .sq_length = set_len,
    .sq_contains = set_sq_contains,
};

KrTypeObject kr_set_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "set",
    .tp_basicsize = sizeof(KrSetObject),
    .tp_dealloc = set_dealloc,
    .tp_repr = set_repr,
    .tp_as_number = &set_as_number,
    .tp_as_sequence = &set_as_sequence,
    .tp_hash = kr_object_hash_not_implemented,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_MATCH_SELF,
    .tp_doc = "set() -> new empty set object\nset(iterable) -> new set object\n\n"
              "Build an unordered collection of unique elements.",
    .tp_traverse = set_traverse,
    .tp_clear = set_tp_clear,
    .tp_richcompare = set_richcompare,
    .tp_weaklistoffset = offsetof(KrSetObject, weakreflist),
    .tp_iter = set_iter,
    .tp_methods = set_methods,
    .tp_init = set_tp_init,
    .tp_alloc = kr_object_alloc,
    .tp_new = set_tp_new,
    .tp_free = kr_object_free,
    .tp_vectorcall = set_vectorcall,
};

KrTypeObject kr_frozenset_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "frozenset",
    .tp_basicsize = sizeof(KrSetObject),
    .tp_dealloc = set_dealloc,
    .tp_repr = set_repr,
    .tp_as_number = &frozenset_as_number,
    .tp_as_sequence = &set_as_sequence,
    .tp_hash = frozenset_hash,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_MATCH_SELF,
    .tp_doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\n"
              "Build an immutable unordered collection of unique elements.",
    .tp_traverse = set_traverse,
    .tp_clear = set_tp_clear,
    .tp_richcompare = set_richcompare,
    .tp_weaklistoffset = offsetof(KrSetObject, weakreflist),
    .tp_iter = set_iter,
    .tp_methods = frozenset_methods,
    .tp_alloc = kr_object_alloc,
    .tp_new = frozenset_tp_new,
    .tp_free = kr_object_free,
    .tp_vectorcall = frozenset_vectorcall,
};

int kr_set_init(void)
{
    if (kr_type_ready(&kr_set_type) < 0) return -1;
    if (kr_type_ready(&kr_frozenset_type) < 0) return -1;
    if (kr_type_ready(&kr_set_iter_type) < 0) return -1;
    return 0;
}
