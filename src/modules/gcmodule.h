/* gcmodule.h — the gc module: the Python interface to the cycle collector
 * (memory/gc.c). */
#ifndef KR_GCMODULE_H
#define KR_GCMODULE_H
#include "../objects/module.h"

extern KrModuleDef kr_gcmodule_def;
#endif
