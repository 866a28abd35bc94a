/* randommodule.h — the built-in _random module (randommodule.c): the
 * Mersenne Twister Random type that random.Random subclasses, as CPython 3.11. */
#ifndef KR_RANDOMMODULE_H
#define KR_RANDOMMODULE_H
#include "../objects/module.h"

/* The module definition, listed in registry.c. */
extern KrModuleDef kr_randommodule_def;
/* _random.Random. */
extern KrTypeObject kr_random_type;
#endif
