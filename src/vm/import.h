/* import.h — the import system (a first, minimal version): built-in modules
 * from the registry (objects/module.h) and .py source modules and packages
 * found on sys.path, cached in sys.modules; relative imports; from-lists. */
#ifndef KR_IMPORT_H
#define KR_IMPORT_H
#include "../objects/object.h"
#include "frame.h"

/* __import__(name, globals, locals, fromlist, level) without the builtins
 * indirection. globals/locals/fromlist may be NULL. New ref or NULL. */
KrObject *kr_import_module_level(KrObject *name, KrObject *globals, KrObject *locals,
                                 KrObject *fromlist, int level);
/* import name (absolute, dotted) and return the module itself (not the
 * top-level package). New ref or NULL. */
KrObject *kr_import_module(KrObject *name);
KrObject *kr_import_module_cstr(const char *name);

/* builtins.__import__ (KR_METH_FASTCALL | KR_METH_KEYWORDS); `self` unused. */
KrObject *kr_import_builtin_import(KrObject *self, KrObject *const *args, ssize_t nargs,
                                   KrObject *kwnames);

/* IMPORT_NAME in frame f: calls builtins.__import__ (directly when it is
 * krait's own). fromlist and level borrowed. New ref or NULL. */
KrObject *kr_import_name(KrFrame *f, KrObject *name, KrObject *fromlist, KrObject *level);
/* IMPORT_FROM: getattr(module, name) with the sys.modules fallback and
 * CPython's "cannot import name" messages. New ref or NULL. */
KrObject *kr_import_from(KrObject *module, KrObject *name);

/* Runs a code object as the body of module `m` (sets nothing else). New
 * ref to the module (possibly replaced in sys.modules) or NULL. */
KrObject *kr_import_exec_code_in_module(KrObject *name, KrObject *code, KrObject *m);
#endif
