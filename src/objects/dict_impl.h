/* dict_impl.h — the private layout of dict's hash table, shared by dict.c
 * and dict_views.c only. See the block comment at the top of dict.c. */
#ifndef KR_DICT_IMPL_H
#define KR_DICT_IMPL_H
#include "dict.h"

typedef struct {
    kr_hash_t hash;
    KrObject *key;             /* NULL for a deleted entry */
    KrObject *value;           /* NULL for a deleted entry */
} KrDictEntry;

struct KrDictKeys {
    uint8_t log2_size;         /* the index table has 1 << log2_size slots */
    uint8_t log2_index_bytes;  /* log2 of the index table's size in bytes */
    uint8_t unicode;           /* 1 while every key is an exact str */
    uint8_t is_static;         /* the shared empty table: never freed */
    ssize_t usable;            /* entries that can still be appended */
    ssize_t nentries;          /* entries used (live or deleted) */
    /* int8/16/32/64 indices[1 << log2_size], then the entries */
    char indices[];
};

#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)
#define DKIX_ERROR (-3)

#define DK_SIZE(dk) ((size_t)1 << (dk)->log2_size)
#define DK_MASK(dk) (DK_SIZE(dk) - 1)
#define DK_ENTRIES(dk) ((KrDictEntry *)(void *)(&(dk)->indices[(size_t)1 << (dk)->log2_index_bytes]))
/* Entries an index table of n slots may hold: two thirds. */
#define USABLE_FRACTION(n) (((n) << 1) / 3)

#define DICT_NEXT_VERSION() (++kr_dict_global_version)

/* dict iterators (dict_views.c); kind: 0 keys, 1 values, 2 items. */
KrObject *kr_dict_iter_new(KrObject *dict, int kind, int reversed);
#endif
