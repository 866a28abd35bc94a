/* lifecycle.c — brings the runtime up in dependency order and down again.
 * Each subsystem exposes kr_<stem>_init(); the order below is the one place
 * that knows what needs what. */
#include "lifecycle.h"
#include "../modules/atexitmodule.h"
#include "../modules/stdio.h"
#include "state.h"
#include "../memory/gc.h"
#include "../objects/hash.h"
#include "../objects/str.h"
#include "../objects/ids.h"
#include "../objects/type.h"
#include "../objects/tuple.h"
#include "../objects/list.h"
#include "../objects/dict.h"
#include "../objects/set.h"
#include "../objects/slice.h"
#include "../objects/range.h"
#include "../objects/iter.h"
#include "../objects/memoryview.h"
#include "../objects/genericalias.h"
#include "../objects/bytes.h"
#include "../modules/codecsmodule.h"
#include "../objects/int.h"
#include "../objects/bool.h"
#include "../objects/float.h"
#include "../objects/exceptions.h"
#include "../objects/code.h"
#include "../objects/function.h"
#include "../objects/cell.h"
#include "../objects/frameobject.h"
#include "../objects/traceback_obj.h"
#include "../objects/gen.h"
#include "../objects/weakref.h"
#include "../objects/module.h"
#include "err.h"
#include "eval.h"
#include "../modules/builtins.h"
#include "../modules/sys.h"
#include "import.h"

#include <stdio.h>

typedef struct {
    const char *name;
    int (*init)(void);
} KrInitStep;

static const KrInitStep init_steps[] = {
    { "thread state", kr_state_init },
    { "gc", kr_gc_init },
    { "hash", kr_hash_init },
    { "str", kr_str_init },
    { "ids", kr_ids_init },
    /* object, type and every core type ready (objects/type.c); after str+ids */
    { "types", kr_types_init },
    /* the exception classes, early so that later steps can raise */
    { "exceptions", kr_exceptions_init },
    /* numbers: GMP's allocator, int/bool/float/complex (objects/int.c, bool.c, float.c) */
    { "int", kr_int_init },
    { "bool", kr_bool_init },
    { "float", kr_float_init },
    /* containers and iteration types: their iterators, views and helpers */
    { "tuple", kr_tuple_init },
    { "list", kr_list_init },
    { "dict", kr_dict_init },
    { "set", kr_set_init },
    { "slice", kr_slice_init },
    { "range", kr_range_init },
    { "iter", kr_iter_init },
    { "bytes", kr_bytes_init },
    { "memoryview", kr_memoryview_init },
    { "genericalias", kr_genericalias_init },
    { "code", kr_code_init },
    /* the VM's object types and the eval loop (SIGINT handler) */
    { "function", kr_function_init },
    { "cell", kr_cell_init },
    { "frame", kr_frameobject_init },
    { "traceback", kr_traceback_obj_init },
    { "generators", kr_gen_init },
    { "eval", kr_eval_init },
    /* weakref.ref and the proxy types (objects/weakref.c) */
    { "weakref", kr_weakref_init },
    /* INIT-STEPS: subsystems add themselves here, in dependency order. */
    /* the runtime library: after every core type is ready */
    { "builtins", kr_builtins_init },
    { "sys", kr_sys_init },
    /* sys.meta_path & co. appear with importlib, at the first import (vm/import.c) */
    { "import", kr_import_init },
    /* str.encode/bytes.decode reach registered codecs through _codecs */
    { "codecs", kr_codecsmodule_init },
    /* gc.garbage/gc.callbacks; automatic collections from here on */
    { "gc ready", kr_gc_init_late },
};

/* builtins.__dict__ as the builtins module made it, restored at shutdown
 * (CPython's interp->builtins_copy). */
static KrObject *builtins_copy;

/* The copy holds what CPython's bltinmodule.c defines: the names that
 * CPython adds later (open from io, exit/quit/help/... from site, _ from the
 * REPL) are left out, so that a __del__ running at shutdown sees the same
 * builtins as on CPython. */
static void init_copy_builtins(void)
{
    static const char *const later[] = {
        "open", "exit", "quit", "help", "copyright", "credits", "license", "_", NULL,
    };
    if (!kr_interp.builtins) return;
    builtins_copy = kr_dict_copy(kr_interp.builtins);
    if (!builtins_copy) {
        kr_err_clear();
        return;
    }
    for (int i = 0; later[i]; i++)
        if (kr_dict_del_item_str(builtins_copy, later[i]) < 0) kr_err_clear();
}

int kr_runtime_init(void)
{
    for (size_t i = 0; i < sizeof init_steps / sizeof init_steps[0]; i++) {
        if (init_steps[i].init() < 0) {
            fprintf(stderr, "Fatal Python error: cannot initialize %s\n", init_steps[i].name);
            return -1;
        }
    }
    init_copy_builtins();
    return 0;
}

/* ------------------------------------------------------------------------
 * Shutdown, in CPython 3.11's order (Py_FinalizeEx, finalize_modules):
 *
 *   1. threading._shutdown() joins the non-daemon threads (if threading was
 *      imported);
 *   2. the atexit callbacks run, last registered first;
 *   3. the standard streams are flushed;
 *   4. a full collection: unreachable cycles left by the program are
 *      finalized while every module is intact;
 *   5. the modules are torn down:
 *      a. special names: builtins._ and sys.path/argv/ps1/... become None,
 *         sys.stdin/stdout/stderr are reset to sys.__stdin__/...;
 *      b. every module in sys.modules is replaced by None, in import order,
 *         keeping only a weak reference to it. A module nobody else holds
 *         dies at once: __main__ usually goes here, its globals released in
 *         dict order (a dict that is part of a cycle waits for step c);
 *      c. sys.modules is emptied, builtins get back their start-up names,
 *         and a full collection runs;
 *      d. modules still alive are cleared in reverse import order, each dict
 *         in two passes (names with one leading underscore first), except
 *         sys and builtins; then sys's dict and builtins' dict are cleared
 *         the same way, and a last collection runs;
 *   6. the streams are flushed once more.
 *
 * Everything here reports errors as "unraisable" and carries on: shutdown
 * never fails and never crashes, whatever a __del__ does.
 * --------------------------------------------------------------------- */

/* CPython's _PyModule_ClearDict: values become None (the keys stay, so the
 * dict is not rehashed while destructors run). First the names with a single
 * leading underscore, then all others except __builtins__. The keys are
 * snapshotted because destructors may change the dict. */
static void fini_clear_module_dict(KrObject *d)
{
    if (!d || !KR_DICT_CHECK(d)) return;
    KR_INCREF(d);
    KrObject *keys = kr_dict_keys(d);
    if (!keys) {
        kr_err_clear();
        KR_DECREF(d);
        return;
    }
    for (int pass = 1; pass <= 2; pass++) {
        for (ssize_t i = 0; i < KR_SIZE(keys); i++) {
            KrObject *key = KR_LIST_GET(keys, i);
            if (!KR_STR_CHECK(key)) continue;
            ssize_t n = KR_STR_LEN(key);
            uint32_t c0 = n > 0 ? KR_STR_READ_CHAR(key, 0) : 0;
            uint32_t c1 = n > 1 ? KR_STR_READ_CHAR(key, 1) : 0;
            int single_underscore = c0 == '_' && c1 != '_';
            if (pass == 1 && !single_underscore) continue;
            if (pass == 2 && kr_str_equal_cstr(key, "__builtins__")) continue;
            KrObject *v = kr_dict_get_item_borrow(d, key);
            if (!v) {
                kr_err_clear();
                continue;
            }
            if (v == KR_NONE) continue;
            if (kr_dict_set_item(d, key, KR_NONE) < 0) kr_err_write_unraisable(NULL);
        }
    }
    KR_DECREF(keys);
    KR_DECREF(d);
}

/* Step 1: threading._shutdown(), if the module was imported. */
static void fini_wait_for_threads(void)
{
    if (!kr_interp.modules) return;
    KrObject *threading = kr_dict_get_item_str_borrow(kr_interp.modules, "threading");
    if (!threading) {
        kr_err_clear();
        return;
    }
    if (threading == KR_NONE) return;
    KR_INCREF(threading);
    KrObject *r = kr_object_call_method_str(threading, "_shutdown", NULL, 0);
    if (r) KR_DECREF(r);
    else kr_err_write_unraisable(threading);
    KR_DECREF(threading);
}

/* Step 5a. */
static void fini_delete_special(void)
{
    static const char *const sys_deletes[] = {
        "path", "argv", "ps1", "ps2", "last_type", "last_value", "last_traceback",
        "path_hooks", "path_importer_cache", "meta_path", "__interactivehook__", NULL,
    };
    static const char *const sys_files[][2] = {
        { "stdin", "__stdin__" }, { "stdout", "__stdout__" }, { "stderr", "__stderr__" },
    };
    if (kr_interp.builtins && kr_dict_set_item_str(kr_interp.builtins, "_", KR_NONE) < 0)
        kr_err_write_unraisable(NULL);
    KrObject *sd = kr_interp.sysdict;
    if (!sd) return;
    for (int i = 0; sys_deletes[i]; i++)
        if (kr_dict_set_item_str(sd, sys_deletes[i], KR_NONE) < 0) kr_err_write_unraisable(NULL);
    for (int i = 0; i < 3; i++) {
        KrObject *v = kr_dict_get_item_str_borrow(sd, sys_files[i][1]);
        if (!v) {
            kr_err_clear();
            v = KR_NONE;
        }
        KR_INCREF(v);
        if (kr_dict_set_item_str(sd, sys_files[i][0], v) < 0) kr_err_write_unraisable(NULL);
        KR_DECREF(v);
    }
}

/* Step 5b: replaces every module of sys.modules by None; returns a list of
 * weak references to them in import order (new ref, or NULL). */
static KrObject *fini_remove_modules(void)
{
    KrObject *modules = kr_interp.modules;
    if (!modules || !KR_DICT_CHECK(modules)) return NULL;
    KrObject *weaklist = kr_list_new(0);
    KrObject *names = kr_dict_keys(modules);
    if (!weaklist || !names) {
        kr_err_clear();
        KR_XDECREF(weaklist);
        KR_XDECREF(names);
        return NULL;
    }
    for (ssize_t i = 0; i < KR_SIZE(names); i++) {
        KrObject *name = KR_LIST_GET(names, i);
        KrObject *mod = kr_dict_get_item_borrow(modules, name);
        if (!mod) {
            kr_err_clear();
            continue;
        }
        if (!KR_MODULE_CHECK(mod)) continue;
        KrObject *wr = kr_weakref_new_ref(mod, NULL);
        if (!wr || kr_list_append(weaklist, wr) < 0) kr_err_clear();
        KR_XDECREF(wr);
        /* the module may die here: its dict is released */
        if (kr_dict_set_item(modules, name, KR_NONE) < 0) kr_err_write_unraisable(NULL);
    }
    KR_DECREF(names);
    return weaklist;
}

/* Step 5d: modules still alive, latest imported first; not sys/builtins. */
static void fini_clear_weaklist(KrObject *weaklist)
{
    for (ssize_t i = KR_SIZE(weaklist) - 1; i >= 0; i--) {
        KrObject *mod = kr_weakref_get_object_borrow(KR_LIST_GET(weaklist, i));
        if (!mod || mod == KR_NONE || !KR_MODULE_CHECK(mod)) continue;
        KrObject *d = kr_module_get_dict_borrow(mod);
        if (!d || d == kr_interp.sysdict || d == kr_interp.builtins) continue;
        KR_INCREF(mod);
        fini_clear_module_dict(d);
        KR_DECREF(mod);
    }
}

/* Step 5c: builtins get back the names they had after start-up; names the
 * program added die here, in the order they were added. */
static void fini_restore_builtins(void)
{
    if (!builtins_copy || !kr_interp.builtins) return;
    KrObject *old = kr_dict_copy(kr_interp.builtins);
    if (!old) kr_err_write_unraisable(NULL);
    kr_dict_clear(kr_interp.builtins);
    if (kr_dict_update(kr_interp.builtins, builtins_copy) < 0) kr_err_clear();
    KR_XDECREF(old);
}

static int modules_torn_down;

int kr_runtime_modules_torn_down(void)
{
    return modules_torn_down;
}

static void fini_modules(void)
{
    /* Automatic collections are off during the teardown: the collections
     * happen at the points listed above, whatever the allocation counts
     * (and KRAIT_GC_STRESS) are, so the order of finalizers is stable. */
    int gc_was_enabled = kr_gc_is_enabled();
    kr_gc_set_enabled(0);
    fini_delete_special();
    modules_torn_down = 1;
    KrObject *weaklist = fini_remove_modules();
    if (kr_interp.modules && KR_DICT_CHECK(kr_interp.modules)) kr_dict_clear(kr_interp.modules);
    fini_restore_builtins();
    kr_gc_collect_no_fail();
    if (weaklist) {
        fini_clear_weaklist(weaklist);
        KR_DECREF(weaklist);
    }
    fini_clear_module_dict(kr_interp.sysdict);
    fini_clear_module_dict(kr_interp.builtins);
    kr_gc_collect_no_fail();
    kr_gc_set_enabled(gc_was_enabled);
}

static int runtime_finalizing;

void kr_runtime_fini(void)
{
    if (runtime_finalizing) return;
    runtime_finalizing = 1;
    KrObject *saved = kr_err_fetch();
    fini_wait_for_threads();
    kr_atexit_run_all();
    kr_stdio_flush_all();
    kr_gc_collect_no_fail();
    fini_modules();
    kr_stdio_flush_all();
    kr_err_restore(saved);
}
