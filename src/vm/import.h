/* import.h — the import statement in C (CPython's Python/import.c):
 * __import__, IMPORT_NAME/IMPORT_FROM, relative names, from-lists; finding
 * and loading is done by the frozen importlib._bootstrap (see
 * docs/internals/import.md). */
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

/* Installs importlib as CPython's init_importlib does: runs the frozen
 * _frozen_importlib, calls its _install(sys, _imp) and
 * _install_external_importers(), and sets krait's magic number in
 * _frozen_importlib_external. Done once, lazily at the first import that
 * needs more than built-in modules (or at start-up by the caller). 0, or -1
 * with the exception. Does nothing when krait has no frozen modules. */
int kr_import_init_importlib(void);
/* Init step (after sys): takes sys.meta_path, sys.path_hooks and
 * sys.path_importer_cache out of sys until importlib is installed, which
 * their first use does (see import.c). 0 or -1. */
int kr_import_init(void);
/* The installed _frozen_importlib module (borrowed) or NULL. */
KrObject *kr_import_importlib_borrow(void);

/* Runs a code object as the body of module `m` (sets nothing else). New
 * ref to the module (possibly replaced in sys.modules) or NULL. */
KrObject *kr_import_exec_code_in_module(KrObject *name, KrObject *code, KrObject *m);
#endif
