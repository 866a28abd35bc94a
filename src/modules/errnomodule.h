/* errnomodule.h — the errno module (errnomodule.c). */
#ifndef KR_ERRNOMODULE_H
#define KR_ERRNOMODULE_H
#include "../objects/module.h"

extern KrModuleDef kr_errnomodule_def;
#endif
