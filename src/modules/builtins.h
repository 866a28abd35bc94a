/* builtins.h — the `builtins` module: the built-in functions (builtins.c,
 * builtins_more.c) and the site helpers exit, quit, help, copyright,
 * credits, license (builtins_types.c). The iteration types it exposes
 * (enumerate, filter, map, zip, reversed) live in objects/iter.c. */
#ifndef KR_BUILTINS_H
#define KR_BUILTINS_H
#include "../objects/object.h"
#include "../objects/module.h"

extern KrModuleDef kr_builtins_module_def;

extern KrTypeObject kr_quitter_type, kr_printer_type, kr_helper_type;
extern KrTypeObject kr_anext_awaitable_type;

/* anext(aiterator, default): wraps the awaitable of __anext__() so that
 * its StopAsyncIteration becomes the default value. Both borrowed. */
KrObject *kr_anext_awaitable_new(KrObject *awaitable, KrObject *default_value);

/* Creates the builtins module at start-up: sets kr_interp.builtins and
 * kr_interp.builtins_module and registers it in sys.modules if sys exists.
 * Runs after the core types and the exceptions. 0 or -1. */
int kr_builtins_init(void);

/* The method tables of the two halves (builtins.c, builtins_more.c). */
extern KrMethodDef kr_builtins_methods_a[];
extern KrMethodDef kr_builtins_methods_b[];

/* Readies the site helper types (builtins_types.c) and adds the site helpers
 * (exit, quit, help, copyright, credits, license) to the module dict d. */
int kr_builtins_types_init(KrObject *d);

/* TypeError "name expected N arguments, got M" (CPython's positional
 * count check for functions without argument clinic). 0 or -1. */
int kr_builtins_check_count(const char *name, ssize_t nargs, ssize_t min, ssize_t max);
/* TypeError "name() takes no keyword arguments" if kwnames is non-empty. */
int kr_builtins_no_kwnames(const char *name, KrObject *kwnames);
#endif
