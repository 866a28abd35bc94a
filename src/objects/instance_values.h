/* instance_values.h — attribute storage of class instances as CPython 3.11
 * keeps it: values in a per-instance array indexed by a table of names shared
 * by all instances of the class, a real __dict__ made only on demand.
 * Design and rules: docs/internals/instances.md. */
#ifndef KR_INSTANCE_VALUES_H
#define KR_INSTANCE_VALUES_H
#include "object.h"

/* A class may share at most this many attribute names among its instances
 * (CPython's SHARED_KEYS_MAX_SIZE). An instance that sets a name beyond
 * them, or a name that is not an exact str, gets a real dict instead. */
#define KR_SHARED_KEYS_MAX 30
#define KR_SHARED_KEYS_INDEX 64      /* hash index slots: a power of two > 2 * MAX */

/* The names shared by the instances of one class (ht_cached_keys).
 * Append-only: a name keeps its position for the life of the class, so the
 * VM's inline caches may remember (type version, position). `usable`
 * follows CPython 3.11 exactly, because it decides which instances get a
 * real dict (visible in gc.collect() counts): it starts at
 * KR_SHARED_KEYS_MAX, every instance made by object.__new__ takes one off
 * while it is above 1, and every added name takes one off; a name can only
 * be added while it is above 0. So a class's table settles after about 30
 * instances, and a name first set after that makes a dict. */
typedef struct KrInstanceKeys {
    ssize_t nkeys;                          /* names in use */
    ssize_t usable;                         /* names that may still be added */
    KrObject *names[KR_SHARED_KEYS_MAX];    /* owned exact str */
    int8_t index[KR_SHARED_KEYS_INDEX];     /* open addressing by str hash; -1 empty */
} KrInstanceKeys;

/* One instance's attributes. values[i] belongs to keys->names[i] (NULL: not
 * set on this instance); order[0..count) lists the set positions in the
 * order they were first assigned (vars() order). order follows values[]. */
#define KR_INSTANCE_SMALL_ORDER 5
typedef struct KrInstanceValues {
    uint8_t capacity;        /* entries in values[] (and in the order list) */
    uint8_t count;           /* attributes present */
    uint8_t embedded;        /* 1: inside the instance's own memory block */
    uint8_t small_order[KR_INSTANCE_SMALL_ORDER]; /* the order when capacity <= 5 */
    KrObject *values[];      /* then, when capacity > 5, uint8_t order[capacity] */
} KrInstanceValues;
static inline uint8_t *kr_instance_order(KrInstanceValues *v)
{
    return v->capacity <= KR_INSTANCE_SMALL_ORDER ? v->small_order : (uint8_t *)&v->values[v->capacity];
}
#define KR_INSTANCE_ORDER(v) kr_instance_order(v)

/* Instances of a type with KR_TPFLAGS_INLINE_VALUES have two words at
 * tp_dictoffset: the __dict__ (a dict or NULL) and then the values block
 * (or NULL). At most one of them is non-NULL: once a dict exists it holds
 * every attribute and the values block is gone. object.__new__ puts a
 * shared empty block (capacity 0, never freed) in the values word: only
 * such instances use values, as in CPython; others (made by list.__new__
 * for a list subclass, say) get a dict on their first attribute. */
#define KR_INSTANCE_DICT_SLOT(o) ((KrObject **)((char *)(o) + KR_TYPE(o)->tp_dictoffset))
#define KR_INSTANCE_VALUES_SLOT(o) \
    ((KrInstanceValues **)((char *)(o) + KR_TYPE(o)->tp_dictoffset + sizeof(KrObject *)))
#define KR_INSTANCE_HAS_VALUES(t) (((t)->tp_flags & KR_TPFLAGS_INLINE_VALUES) != 0)

/* object.__new__ (and the class-call fast path) for a class t with
 * KR_TPFLAGS_INLINE_VALUES: counts the instance against the class's key
 * table and returns a new instance in values mode. When the class already
 * knows names (and uses the generic allocator), the values block is made in
 * the same memory block as the instance, right after tp_basicsize, with
 * room for every known name. New reference, or NULL + MemoryError. */
KrObject *kr_instance_new(KrTypeObject *t);

/* A new empty key table (NULL + MemoryError); freeing drops the names. */
KrInstanceKeys *kr_instance_keys_new(void);
void kr_instance_keys_free(KrInstanceKeys *keys);
/* Position of name (any str) in keys, or -1. Never fails. */
ssize_t kr_instance_keys_find(const KrInstanceKeys *keys, KrObject *name);
/* The shared key table of t (a type with KR_TPFLAGS_INLINE_VALUES), made
 * on first use; NULL + MemoryError. Borrowed (owned by the type). */
KrInstanceKeys *kr_instance_keys_of(KrTypeObject *t);

/* The attribute `name` of o from its values block: borrowed, or NULL (no
 * exception) when o has no values block or lacks the attribute. */
KrObject *kr_instance_get_attr_borrow(KrObject *o, KrObject *name);

/* Stores (value != NULL) or deletes `name` in o's own attribute storage
 * (values block or dict), for a type with KR_TPFLAGS_INLINE_VALUES. Value
 * borrowed. 0; 1 when deleting a name that is not set (no exception); -1
 * with an exception. */
int kr_instance_set_attr(KrObject *o, KrObject *name, KrObject *value);

/* Makes o's __dict__ real: builds a dict from the values block (in
 * per-instance order) and drops the block; with neither, an empty dict.
 * Returns the dict, borrowed (stored in o's dict slot), or NULL + exception. */
KrObject *kr_instance_materialize_dict(KrObject *o);

/* Number of attributes in o's own storage without making a dict (the values
 * block's count, else the dict's size, else 0). */
ssize_t kr_instance_attr_count(KrObject *o);

/* The dict slot of o without making a dict (for traverse/clear/dealloc):
 * the raw slot for KR_TPFLAGS_INLINE_VALUES types, else kr_object_dict_ptr. */
KrObject **kr_instance_dict_slot_raw(KrObject *o);

/* gc support for the values block: visit every value / drop the block. */
int kr_instance_values_traverse(KrObject *o, kr_visitproc visit, void *arg);
void kr_instance_values_clear(KrObject *o);
#endif
