/* weakrefmodule.h — the built-in _weakref module (weakrefmodule.c); the
 * types live in objects/weakref.c. */
#ifndef KR_WEAKREFMODULE_H
#define KR_WEAKREFMODULE_H
#include "../objects/module.h"

/* The module definition, listed in registry.c. */
extern KrModuleDef kr_weakrefmodule_def;
#endif
