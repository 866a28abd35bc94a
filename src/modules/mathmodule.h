/* mathmodule.h — the built-in math module (mathmodule.c). The file is not
 * called math.h so that it never shadows the C library's <math.h>. */
#ifndef KR_MATHMODULE_H
#define KR_MATHMODULE_H
#include "../objects/module.h"

/* The module definition, listed in registry.c. */
extern KrModuleDef kr_mathmodule_def;
#endif
