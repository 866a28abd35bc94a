/* functoolsmodule.h — the built-in _functools module (functoolsmodule.c). */
#ifndef KR_FUNCTOOLSMODULE_H
#define KR_FUNCTOOLSMODULE_H
#include "../objects/module.h"

/* The module definition, listed in registry.c. */
extern KrModuleDef kr_functoolsmodule_def;
extern KrTypeObject kr_functools_partial_type, kr_functools_keywrapper_type, kr_functools_lru_type;
#endif
