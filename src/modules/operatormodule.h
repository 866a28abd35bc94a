/* operatormodule.h — the built-in _operator module (operatormodule.c). */
#ifndef KR_OPERATORMODULE_H
#define KR_OPERATORMODULE_H
#include "../objects/module.h"

/* The module definition, listed in registry.c. */
extern KrModuleDef kr_operatormodule_def;
extern KrTypeObject kr_operator_attrgetter_type, kr_operator_itemgetter_type, kr_operator_methodcaller_type;
#endif
