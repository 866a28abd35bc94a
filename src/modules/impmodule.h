/* impmodule.h — the _imp module (what importlib._bootstrap and
 * _bootstrap_external call into: built-in and frozen modules, the import
 * lock, source hashes) and the table of frozen modules linked into krait. */
#ifndef KR_IMPMODULE_H
#define KR_IMPMODULE_H
#include "../objects/module.h"

#include <stddef.h>
#include <stdint.h>

/* krait's .pyc magic number: a 16-bit little-endian word followed by
 * "\r\n", as CPython's. The word is derived from the instruction set (the
 * whole table of vm/opcodes.h, stringified at compile time: names, argument
 * kinds, cache sizes, stack effects) and KR_CODE_FORMAT_REVISION, so a build
 * whose bytecode differs never trusts another build's caches. It is kept
 * above CPython 3's range (3000..3999). */
#define KR_CODE_FORMAT_REVISION 1   /* bump when marshal's layout of code objects changes */
/* The four magic bytes (static storage, computed on first use). */
const unsigned char *kr_imp_pyc_magic(void);
/* The magic as importlib's _RAW_MAGIC_NUMBER: word | '\r\n' << 16. */
long kr_imp_pyc_magic_raw(void);

/* One frozen module: the marshalled code object of a Python module compiled
 * at build time (src/freeze.c writes the table into $(BUILD)/frozen_modules.c). */
typedef struct {
    const char *name;            /* module name, e.g. "_frozen_importlib"; NULL ends a table */
    const char *origname;        /* the stdlib module it was made from: "importlib._bootstrap" */
    const unsigned char *code;   /* kr_marshal_dumps(code object) */
    size_t size;
    int is_package;
} KrFrozenModule;

/* The generated table (krait and the unit tests link it; see Makefile).
 * impmodule.c holds a weak empty definition for binaries without it. */
extern const KrFrozenModule kr_frozen_modules[];

extern KrModuleDef kr_impmodule_def;

/* Makes `table` (NULL-name terminated, static storage) the frozen modules
 * _imp knows instead of kr_frozen_modules (NULL: none; then only built-in
 * modules can be imported). */
void kr_imp_set_frozen_modules(const KrFrozenModule *table);
/* The entry for `name`, or NULL (no exception). */
const KrFrozenModule *kr_imp_find_frozen(const char *name);
/* The code object of a frozen module (unmarshalled). New ref, or NULL with
 * ImportError/ValueError set. */
KrObject *kr_imp_frozen_code(const KrFrozenModule *fm);
/* Creates module `name` from the frozen table, registers it in sys.modules
 * and runs its code there (CPython's PyImport_ImportFrozenModuleObject;
 * sets __origname__ for FrozenImporter). New ref to the module, None if
 * `name` is not frozen, NULL with the exception if its code raised. */
KrObject *kr_imp_exec_frozen(const char *name);
/* A new built-in module object for `name` (sys, builtins and _imp are the
 * existing ones), None if no built-in module has that name. New ref/NULL. */
KrObject *kr_imp_create_builtin_cstr(const char *name);
/* --check-hash-based-pycs: "default", "always" or "never" (static string). */
void kr_imp_set_check_hash_based_pycs(const char *mode);
/* The _imp module object, created and put into sys.modules on the first
 * call. Borrowed, or NULL with an exception. */
KrObject *kr_imp_module_borrow(void);
/* The import lock of _imp.acquire_lock/release_lock (re-entrant, owned by a
 * thread). acquire never fails; release returns -1 with RuntimeError when
 * the current thread does not hold it. */
void kr_imp_lock_acquire(void);
int kr_imp_lock_release(void);
#endif
