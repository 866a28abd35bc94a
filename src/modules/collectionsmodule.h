/* collectionsmodule.h — the built-in _collections module (collectionsmodule.c). */
#ifndef KR_COLLECTIONSMODULE_H
#define KR_COLLECTIONSMODULE_H
#include "../objects/module.h"

/* The module definition, listed in registry.c. */
extern KrModuleDef kr_collectionsmodule_def;
extern KrTypeObject kr_collections_deque_type, kr_collections_dequeiter_type,
    kr_collections_dequereviter_type, kr_collections_defaultdict_type, kr_collections_tuplegetter_type;
#endif
