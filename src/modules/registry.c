/* registry.c — the table of built-in (C) modules that `import` can find
 * (see objects/module.h). Add one line per module, keeping the list sorted. */
#include "../objects/module.h"
#include "astmodule.h"
#include "atexitmodule.h"
#include "errnomodule.h"
#include "binasciimodule.h"
#include "builtins.h"
#include "codecsmodule.h"
#include "stringmodule.h"
#include "sys.h"
#include "threadmodule.h"
#include "timemodule.h"
#include "weakrefmodule.h"
#include "mathmodule.h"
#include "marshalmodule.h"
#include "itertoolsmodule.h"
#include "collectionsmodule.h"
#include "functoolsmodule.h"
#include "gcmodule.h"
#include "operatormodule.h"
#include "posixmodule.h"
#include "randommodule.h"
#include "sha512module.h"
#include "structmodule.h"
#include "sremodule.h"
#include "signalmodule.h"
#include "contextvarsmodule.h"
#include "impmodule.h"
#include "iomodule.h"
#include "warningsmodule.h"

#include <string.h>

KrModuleDef *const kr_builtin_module_defs[] = {
    &kr_astmodule_def,
    &kr_atexitmodule_def,
    &kr_errnomodule_def,
    &kr_codecsmodule_def,
    &kr_collectionsmodule_def,
    &kr_contextvarsmodule_def,
    &kr_functoolsmodule_def,
    &kr_gcmodule_def,
    &kr_iomodule_def,
    &kr_operatormodule_def,
    &kr_randommodule_def,
    &kr_sha512module_def,
    &kr_signalmodule_def,
    &kr_sremodule_def,
    &kr_stringmodule_def,
    &kr_structmodule_def,
    &kr_weakrefmodule_def,
    &kr_binasciimodule_def,
    &kr_builtins_module_def,
    &kr_itertoolsmodule_def,
    &kr_marshalmodule_def,
    &kr_mathmodule_def,
    &kr_posixmodule_def,
    &kr_sys_module_def,
    &kr_threadmodule_def,
    &kr_timemodule_def,
    &kr_impmodule_def,
    &kr_warningsmodule_def,
    /* REGISTRY: modules add themselves here, sorted by name. */
    NULL,
};

KrModuleDef *kr_builtin_module_find(const char *name)
{
    for (int i = 0; kr_builtin_module_defs[i]; i++)
        if (strcmp(kr_builtin_module_defs[i]->name, name) == 0) return kr_builtin_module_defs[i];
    return NULL;
}
