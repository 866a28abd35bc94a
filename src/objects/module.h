/* module.h — module objects and the table of built-in (C) modules. */
#ifndef KR_MODULE_H
#define KR_MODULE_H
#include "object.h"

typedef struct {
    KrObject ob_base;
    KrObject *md_dict;
    KrObject *md_name;
    void *md_state;
    KrObject *md_weaklist;
} KrModuleObject;

extern KrTypeObject kr_module_type;
#define KR_MODULE_CHECK(o) KR_TYPE_CHECK_EXACT_OR_SUB((o), &kr_module_type)

KrObject *kr_module_new(KrObject *name);             /* sets __name__, __doc__ None, ... */
KrObject *kr_module_get_dict_borrow(KrObject *m);
/* Adds value under name; value is STOLEN (also on failure). 0 or -1. */
int kr_module_add_steal(KrObject *m, const char *name, KrObject *value);
int kr_module_add_int(KrObject *m, const char *name, long v);
int kr_module_add_string(KrObject *m, const char *name, const char *v);
int kr_module_add_functions(KrObject *m, KrMethodDef *defs);

/* A built-in module: `exec` fills the freshly created module. */
typedef struct {
    const char *name;
    const char *doc;
    KrMethodDef *methods;
    int (*exec)(KrObject *module);   /* may be NULL; 0 or -1 */
} KrModuleDef;

KrObject *kr_module_from_def(KrModuleDef *def);
/* The registry of built-in modules (modules/registry.c): NULL-terminated. */
extern KrModuleDef *const kr_builtin_module_defs[];
KrModuleDef *kr_builtin_module_find(const char *name);
#endif
