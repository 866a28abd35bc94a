/* import.c — the import statement in C, as CPython's Python/import.c:
 * __import__ / IMPORT_NAME with the sys.modules fast path, relative-name
 * resolution, from-lists and IMPORT_FROM with CPython's messages. Finding
 * and loading is importlib._bootstrap's (_find_and_load), frozen into krait
 * and installed by kr_import_init_importlib (docs/internals/import.md);
 * before that only built-in modules can be imported. */
#include "import.h"
#include "config.h"
#include "err.h"
#include "state.h"
#include "eval.h"
#include "frame.h"
#include "../objects/module.h"
#include "../objects/str.h"
#include "../objects/dict.h"
#include "../objects/list.h"
#include "../objects/tuple.h"
#include "../objects/int.h"
#include "../objects/bytes.h"
#include "../objects/ids.h"
#include "../objects/args.h"
#include "../objects/cfunction.h"
#include "../objects/abstract.h"
#include "../objects/exceptions.h"
#include "../objects/frameobject.h"
#include "../objects/traceback_obj.h"
#include "../objects/code.h"
#include "../modules/impmodule.h"
#include "import_pyc.h"
#include "../memory/mem.h"
#include "../memory/gc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static KrObject *importlib;      /* _frozen_importlib once installed (owned) */
static KrObject *import_func;    /* builtins.__import__ when it was installed (owned) */
static int importlib_state;      /* 0 not yet, 1 installing, 2 done, -1 failed / not frozen */

/* sys.modules[name] (borrowed), or NULL (no exception unless lookup failed). */
static KrObject *modules_get(KrObject *name)
{
    if (!kr_interp.modules) return NULL;
    return kr_dict_get_item_borrow(kr_interp.modules, name);
}

/* ModuleNotFoundError(msg) with .name set. */
static void raise_not_found(KrObject *name, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    KrObject *msg = kr_str_from_format_v(fmt, ap);
    va_end(ap);
    if (!msg) return;
    KrObject *exc = kr_object_call_one(kr_exc_ModuleNotFoundError, msg);
    KR_DECREF(msg);
    if (!exc) return;
    if (kr_object_setattr(exc, KR_ID(name), name) < 0) kr_err_clear();
    kr_err_set_exception(exc);
    KR_DECREF(exc);
}

/* ImportError(msg) with .name and .path set (either may be NULL). */
static void raise_import_error(KrObject *msg, KrObject *name, KrObject *path)
{
    if (!msg) return;
    KrObject *exc = kr_object_call_one(kr_exc_ImportError, msg);
    if (!exc) return;
    if (name && kr_object_setattr(exc, KR_ID(name), name) < 0) kr_err_clear();
    if (path && kr_object_setattr_str(exc, "path", path) < 0) kr_err_clear();
    kr_err_set_exception(exc);
    KR_DECREF(exc);
}

/* ---- installing importlib ------------------------------------------------------------- */

static int setattr_str_steal(KrObject *o, const char *name, KrObject *v)
{
    if (!v) return -1;
    int r = kr_object_setattr_str(o, name, v);
    KR_DECREF(v);
    return r;
}

/* sys.path_hooks.insert(0, zipimport.zipimporter), as CPython's
 * _PyImportZip_Init: zipimport is frozen too; without it imports still work. */
static void install_zipimport(void)
{
    if (kr_config.verbose) fprintf(stderr, "# installing zipimport hook\n");
    KrObject *zi = kr_import_module_cstr("zipimport");
    KrObject *cls = zi ? kr_object_getattr_str(zi, "zipimporter") : NULL;
    KR_XDECREF(zi);
    KrObject *hooks = kr_dict_get_item_str_borrow(kr_interp.sysdict, "path_hooks");
    if (!cls || !hooks || !KR_LIST_CHECK(hooks) || kr_list_insert(hooks, 0, cls) < 0) {
        kr_err_clear();
        if (kr_config.verbose) fprintf(stderr, "# can't import zipimport\n");
    } else if (kr_config.verbose) {
        fprintf(stderr, "# installed zipimport hook\n");
    }
    KR_XDECREF(cls);
}

static int init_importlib(void);

/* Until importlib is installed, sys.meta_path, sys.path_hooks and
 * sys.path_importer_cache are not in sys's dict: the module __getattr__
 * below installs importlib on first use, so that they read (and grow) as
 * in CPython, where they are filled at start-up. */
static const char *const lazy_sys_names[] = { "meta_path", "path_hooks", "path_importer_cache", NULL };

static KrObject *sys_getattr(KrObject *self, KrObject *name)
{
    if (KR_STR_CHECK(name)) {
        for (int i = 0; lazy_sys_names[i]; i++) {
            if (!kr_str_equal_cstr(name, lazy_sys_names[i])) continue;
            if (kr_import_init_importlib() < 0) return NULL;
            KrObject *v = kr_dict_get_item_borrow(kr_interp.sysdict, name);
            if (v) return kr_newref(v);
            if (kr_err_occurred()) return NULL;
        }
    }
    return kr_err_format(kr_exc_AttributeError, "module 'sys' has no attribute '%U'", name);
}

static KrMethodDef sys_getattr_def = { "__getattr__", (void *)sys_getattr, KR_METH_O, NULL };

int kr_import_init(void)
{
    KrObject *d = kr_interp.sysdict;
    /* A binary that parsed no command line (unit tests, embedders) still
     * honours PYTHONDONTWRITEBYTECODE, as Py_Initialize does. */
    const char *dwb = getenv("PYTHONDONTWRITEBYTECODE");
    if (!kr_config.program && !kr_config.dont_write_bytecode && dwb && *dwb) {
        kr_config.dont_write_bytecode = 1;
        if (kr_dict_set_item_str(d, "dont_write_bytecode", KR_TRUE) < 0) return -1;
    }
    for (int i = 0; lazy_sys_names[i]; i++) {
        KrObject *key = kr_str_from_cstr(lazy_sys_names[i]);
        if (!key) return -1;
        int r = kr_dict_contains(d, key) > 0 ? kr_dict_del_item(d, key) : 0;
        KR_DECREF(key);
        if (r < 0) return -1;
    }
    KrObject *f = kr_cfunction_new(&sys_getattr_def, kr_interp.sys_module, NULL);
    if (!f) return -1;
    int r = kr_dict_set_item(d, KR_ID(__getattr__), f);
    KR_DECREF(f);
    return r;
}

/* Puts the real lists/dict into sys and drops sys.__getattr__. 0 or -1. */
static int materialize_sys_names(void)
{
    KrObject *d = kr_interp.sysdict;
    for (int i = 0; lazy_sys_names[i]; i++) {
        if (kr_dict_get_item_str_borrow(d, lazy_sys_names[i])) continue;
        if (kr_err_occurred()) return -1;
        KrObject *v = i == 2 ? kr_dict_new() : kr_list_new(0);
        int r = v ? kr_dict_set_item_str(d, lazy_sys_names[i], v) : -1;
        KR_XDECREF(v);
        if (r < 0) return -1;
    }
    KrObject *g = kr_dict_get_item_borrow(d, KR_ID(__getattr__));
    if (g && KR_CFUNCTION_CHECK(g) && ((KrCFunctionObject *)g)->m_ml == &sys_getattr_def)
        return kr_dict_del_item(d, KR_ID(__getattr__));
    return 0;
}

/* CPython's init_importlib + init_importlib_external: run the frozen
 * _bootstrap, _install(sys, _imp), then _install_external_importers(),
 * and give _bootstrap_external krait's magic number. */
int kr_import_init_importlib(void)
{
    if (importlib_state != 0) return 0;
    if (!kr_imp_find_frozen("_frozen_importlib")) {
        importlib_state = -1;   /* a binary without frozen modules (the freeze tool) */
        return materialize_sys_names();
    }
    KrObject *mp = kr_dict_get_item_str_borrow(kr_interp.sysdict, "meta_path");
    if (mp == KR_NONE) {
        /* the interpreter is shutting down (lifecycle.c cleared sys) */
        kr_err_set_string(kr_exc_ImportError, "sys.meta_path is None, Python is likely shutting down");
        return -1;
    }
    importlib_state = 1;
    /* the objects made here live as long as the process: collecting while
     * they are made is wasted work */
    int gc_was_enabled = kr_gc_is_enabled();
    kr_gc_set_enabled(0);
    int r = init_importlib();
    kr_gc_set_enabled(gc_was_enabled);
    return r;
}

static int init_importlib(void)
{
    if (materialize_sys_names() < 0) goto fail;
    KrObject *imp = kr_imp_module_borrow();
    if (!imp) goto fail;
    if (kr_config.verbose) fprintf(stderr, "import _frozen_importlib # frozen\nimport _imp # builtin\n");
    KrObject *bootstrap = kr_imp_exec_frozen("_frozen_importlib");
    if (!bootstrap) goto fail;
    KrObject *r = kr_object_call_method_str(bootstrap, "_install",
                                            (KrObject *[]){ kr_interp.sys_module, imp }, 2);
    if (!r) {
        KR_DECREF(bootstrap);
        goto fail;
    }
    KR_DECREF(r);
    importlib = bootstrap;
    import_func = kr_dict_get_item_borrow(kr_interp.builtins, KR_ID(__import__));
    KR_XINCREF(import_func);
    /* CPython sets sys._stdlib_dir before this point; setting it after
     * _install keeps _frozen_importlib's spec as CPython shows it */
    if (setattr_str_steal(kr_interp.sys_module, "_stdlib_dir", kr_str_from_cstr("/usr/lib/python3.11")) < 0)
        goto fail;
    r = kr_object_call_method_str(importlib, "_install_external_importers", NULL, 0);
    if (!r) goto fail;
    KR_DECREF(r);
    KrObject *ext = kr_dict_get_item_str_borrow(kr_interp.modules, "_frozen_importlib_external");
    if (!ext) {
        if (!kr_err_occurred())
            kr_err_set_string(kr_exc_ImportError, "_frozen_importlib_external is missing");
        goto fail;
    }
    if (setattr_str_steal(ext, "MAGIC_NUMBER", kr_bytes_from((const char *)kr_imp_pyc_magic(), 4)) < 0 ||
        setattr_str_steal(ext, "_RAW_MAGIC_NUMBER", kr_int_from_i64(kr_imp_pyc_magic_raw())) < 0 ||
        kr_import_pyc_install(ext) < 0)
        goto fail;
    importlib_state = 2;
    install_zipimport();
    return 0;
fail:
    importlib_state = -1;
    KR_CLEAR(importlib);
    return -1;
}

KrObject *kr_import_importlib_borrow(void)
{
    return importlib;
}

/* ---- -X importtime -------------------------------------------------------------------- */

static int importtime_enabled(void)
{
    static int enabled = -1;
    if (enabled >= 0) return enabled;
    enabled = 0;
    for (int i = 0; i < kr_config.nxoptions; i++)
        if (strcmp(kr_config.xoptions[i], "importtime") == 0) enabled = 1;
    if (!kr_config.ignore_environment) {
        const char *v = getenv("PYTHONPROFILEIMPORTTIME");
        if (v && *v) enabled = 1;
    }
    return enabled;
}

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* ---- finding and loading -------------------------------------------------------------- */

/* Without importlib (a binary with no frozen modules): built-in modules only. */
static KrObject *find_and_load_builtin(KrObject *name)
{
    const char *utf8 = kr_str_as_utf8(name, NULL);
    if (!utf8) return NULL;
    if (kr_builtin_module_find(utf8)) {
        KrObject *m = kr_imp_create_builtin_cstr(utf8);
        if (!m) return NULL;
        if (kr_dict_set_item(kr_interp.modules, name, m) < 0) {
            KR_DECREF(m);
            return NULL;
        }
        return m;
    }
    raise_not_found(name, "No module named %R", name);
    return NULL;
}

/* CPython's import_find_and_load: importlib._bootstrap._find_and_load, timed
 * for -X importtime. */
static KrObject *find_and_load(KrObject *name)
{
    if (importlib_state == 0) {
        /* first import that misses sys.modules: bring importlib up */
        const char *utf8 = kr_str_as_utf8(name, NULL);
        if (!utf8) return NULL;
        if (!kr_builtin_module_find(utf8)) {
            if (kr_import_init_importlib() < 0) return NULL;
            KrObject *m = modules_get(name);
            if (m && m != KR_NONE) return kr_newref(m);
        }
    }
    if (!importlib) return find_and_load_builtin(name);

    static int header = 1, import_level;
    static int64_t accumulated;
    int64_t t1 = 0, accumulated_copy = accumulated;
    int timing = importtime_enabled();
    if (timing) {
        if (header) {
            fputs("import time: self [us] | cumulative | imported package\n", stderr);
            header = 0;
        }
        import_level++;
        t1 = now_ns();
        accumulated = 0;
    }
    KrObject *args[2] = { name, import_func ? import_func : KR_NONE };
    KrObject *mod = kr_object_call_method_str(importlib, "_find_and_load", args, 2);
    if (timing) {
        int64_t cum = now_ns() - t1;
        import_level--;
        KrObject *pending = kr_err_fetch();   /* the import's own error, if it failed */
        const char *shown = kr_str_as_utf8(name, NULL);
        if (!shown) {
            kr_err_clear();   /* a lone surrogate in the name: nothing worth failing for */
            shown = "?";
        }
        kr_err_restore(pending);
        fprintf(stderr, "import time: %9ld | %10ld | %*s%s\n",
                (long)((cum - accumulated + 999) / 1000), (long)((cum + 999) / 1000),
                import_level * 2, "", shown);
        accumulated = accumulated_copy + cum;
    }
    return mod;
}

/* 1 if module.__spec__._initializing is true (its body is running). */
static int spec_is_initializing(KrObject *spec)
{
    if (!spec || spec == KR_NONE) return 0;
    KrObject *v = NULL;
    if (kr_object_lookup_attr(spec, KR_ID(_initializing), &v) < 0) {
        kr_err_clear();
        return 0;
    }
    if (!v) return 0;
    int r = kr_object_is_true(v);
    KR_DECREF(v);
    if (r < 0) kr_err_clear();
    return r > 0;
}

static KrObject *module_spec_borrow(KrObject *m)
{
    if (!KR_MODULE_CHECK(m)) return NULL;
    KrObject *d = kr_module_get_dict_borrow(m);
    return d ? kr_dict_get_item_borrow(d, KR_ID(__spec__)) : NULL;
}

/* CPython's import_ensure_initialized: a module found in sys.modules whose
 * body is still running in another thread is waited for. 0 or -1. */
static int ensure_initialized(KrObject *mod, KrObject *name)
{
    if (!importlib) return 0;
    KrObject *spec;
    if (KR_MODULE_CHECK(mod)) {
        spec = module_spec_borrow(mod);
        if (!spec) return 0;
        if (!spec_is_initializing(spec)) return 0;
    } else {
        spec = NULL;
        if (kr_object_lookup_attr(mod, KR_ID(__spec__), &spec) < 0) {
            kr_err_clear();
            return 0;
        }
        int busy = spec_is_initializing(spec);
        KR_XDECREF(spec);
        if (!busy) return 0;
    }
    KrObject *r = kr_object_call_method_str(importlib, "_lock_unlock_module", &name, 1);
    if (!r) return -1;
    KR_DECREF(r);
    return 0;
}

/* The module `name` (absolute), from sys.modules or freshly loaded. */
static KrObject *import_absolute(KrObject *name)
{
    KrObject *m = modules_get(name);
    if (m && m != KR_NONE) {
        KR_INCREF(m);
        if (ensure_initialized(m, name) < 0) {
            KR_DECREF(m);
            return NULL;
        }
        return m;
    }
    if (kr_err_occurred()) return NULL;
    if (m == KR_NONE && !importlib) {
        raise_not_found(name, "import of %U halted; None in sys.modules", name);
        return NULL;
    }
    return find_and_load(name);
}

/* ---- removing importlib frames from tracebacks ---------------------------------------- */

static int tb_in_importlib(KrTracebackObject *tb, int *is_remover)
{
    *is_remover = 0;
    KrFrameObject *fo = (KrFrameObject *)tb->tb_frame;
    if (!fo || !KR_FRAME_OBJECT_CHECK(fo) || !fo->f_frame) return 0;
    KrCodeObject *co = fo->f_frame->f_code;
    if (!kr_str_equal_cstr(co->co_filename, "<frozen importlib._bootstrap>") &&
        !kr_str_equal_cstr(co->co_filename, "<frozen importlib._bootstrap_external>"))
        return 0;
    *is_remover = kr_str_equal_cstr(co->co_name, "_call_with_frames_removed");
    return 1;
}

/* CPython's remove_importlib_frames: an ImportError loses every importlib
 * chunk of its traceback; other exceptions lose the chunks that end in
 * _call_with_frames_removed (the loader running the module's own code). */
static void remove_importlib_frames(void)
{
    if (kr_config.verbose || !importlib) return;
    KrObject *exc = kr_err_fetch();
    if (!exc) return;
    int always_trim = kr_object_is_instance(exc, kr_exc_ImportError) > 0;
    kr_err_clear();
    KrObject *base = kr_exception_get_traceback(exc);
    if (!base || !KR_TRACEBACK_CHECK(base)) {
        kr_err_restore(exc);
        return;
    }
    /* Which entries stay: CPython unlinks the others in place; krait
     * builds a new chain of the kept entries (the old entries may be
     * shared with other exceptions). */
    ssize_t n = 0, nkept = 0;
    for (KrTracebackObject *t = (KrTracebackObject *)base; t; t = t->tb_next) n++;
    KrTracebackObject **kept = kr_raw_alloc((size_t)(n ? n : 1) * sizeof *kept);
    if (!kept) {
        kr_err_restore(exc);
        return;
    }
    ssize_t chunk_start = 0;    /* index in kept[] where the current importlib chunk began */
    int in_importlib = 0;
    for (KrTracebackObject *t = (KrTracebackObject *)base; t; t = t->tb_next) {
        int remover, now_in = tb_in_importlib(t, &remover);
        if (now_in && !in_importlib) chunk_start = nkept;
        in_importlib = now_in;
        if (in_importlib && (always_trim || remover)) nkept = chunk_start;  /* drop the chunk so far */
        else kept[nkept++] = t;
    }
    if (nkept != n) {
        KrObject *chain = NULL;
        for (ssize_t i = nkept - 1; i >= 0; i--) {
            KrTracebackObject *t = kept[i];
            KrObject *nt = kr_traceback_obj_new(chain, t->tb_frame, t->tb_lasti < 0 ? -1 : t->tb_lasti / 2,
                                                t->tb_lineno);
            KR_XDECREF(chain);
            chain = nt;
            if (!nt) break;
        }
        if (chain || nkept == 0) {
            kr_exception_set_traceback(exc, chain);
            KR_XDECREF(chain);
        }
        kr_err_clear();
    }
    kr_raw_free(kept);
    kr_err_restore(exc);
}

KrObject *kr_import_module(KrObject *name)
{
    KrObject *m = import_absolute(name);
    if (!m) remove_importlib_frames();
    return m;
}

KrObject *kr_import_module_cstr(const char *name)
{
    KrObject *n = kr_str_from_cstr(name);
    if (!n) return NULL;
    KrObject *m = kr_import_module(n);
    KR_DECREF(n);
    return m;
}

/* ---- relative names ------------------------------------------------------------------- */

/* The package a relative import is relative to (new ref), CPython's order:
 * __package__, __spec__.parent, then __name__ (and __path__). */
static KrObject *resolve_package(KrObject *globals)
{
    if (!globals) {
        kr_err_set_string(kr_exc_KeyError, "'__name__' not in globals");
        return NULL;
    }
    if (!KR_DICT_CHECK(globals)) {
        kr_err_set_string(kr_exc_TypeError, "globals must be a dict");
        return NULL;
    }
    KrObject *package = kr_dict_get_item_borrow(globals, KR_ID(__package__));
    if (package == KR_NONE) package = NULL;
    KrObject *spec = kr_dict_get_item_borrow(globals, KR_ID(__spec__));
    if (package) {
        if (!KR_STR_CHECK(package)) {
            kr_err_set_string(kr_exc_TypeError, "package must be a string");
            return NULL;
        }
        if (spec && spec != KR_NONE) {
            KrObject *parent = kr_object_getattr_str(spec, "parent");
            if (!parent) return NULL;
            int eq = kr_object_richcompare_bool(package, parent, KR_EQ);
            KR_DECREF(parent);
            if (eq < 0) return NULL;
            if (!eq && kr_err_warn(kr_exc_ImportWarning, "__package__ != __spec__.parent", 1) < 0)
                return NULL;
        }
        return kr_newref(package);
    }
    if (spec && spec != KR_NONE) {
        KrObject *parent = kr_object_getattr_str(spec, "parent");
        if (!parent) return NULL;
        if (!KR_STR_CHECK(parent)) {
            KR_DECREF(parent);
            kr_err_set_string(kr_exc_TypeError, "__spec__.parent must be a string");
            return NULL;
        }
        return parent;
    }
    if (kr_err_warn(kr_exc_ImportWarning,
                    "can't resolve package from __spec__ or __package__, "
                    "falling back on __name__ and __path__", 1) < 0)
        return NULL;
    KrObject *name = kr_dict_get_item_borrow(globals, KR_ID(__name__));
    if (!name) {
        kr_err_set_string(kr_exc_KeyError, "'__name__' not in globals");
        return NULL;
    }
    if (!KR_STR_CHECK(name)) {
        kr_err_set_string(kr_exc_TypeError, "__name__ must be a string");
        return NULL;
    }
    int has_path = kr_dict_contains(globals, KR_ID(__path__));
    if (has_path < 0) return NULL;
    if (has_path) return kr_newref(name);
    ssize_t n = KR_STR_LEN(name);
    for (ssize_t i = n - 1; i >= 0; i--)
        if (KR_STR_READ_CHAR(name, i) == '.') return kr_str_substring(name, 0, i);
    return kr_str_from_cstr("");
}

static KrObject *resolve_name(KrObject *name, KrObject *globals, int level)
{
    KrObject *package = resolve_package(globals);
    if (!package) return NULL;
    if (KR_STR_LEN(package) == 0) {
        KR_DECREF(package);
        kr_err_set_string(kr_exc_ImportError, "attempted relative import with no known parent package");
        return NULL;
    }
    ssize_t last_dot = KR_STR_LEN(package);
    for (int up = 1; up < level; up++) {
        ssize_t found = -1;
        for (ssize_t i = last_dot - 1; i >= 0; i--) {
            if (KR_STR_READ_CHAR(package, i) == '.') {
                found = i;
                break;
            }
        }
        if (found < 0) {
            KR_DECREF(package);
            kr_err_set_string(kr_exc_ImportError, "attempted relative import beyond top-level package");
            return NULL;
        }
        last_dot = found;
    }
    KrObject *base = kr_str_substring(package, 0, last_dot);
    KR_DECREF(package);
    if (!base || KR_STR_LEN(name) == 0) return base;
    KrObject *abs = kr_str_from_format("%U.%U", base, name);
    KR_DECREF(base);
    return abs;
}

/* ---- __import__ ----------------------------------------------------------------------- */

/* hasattr(module, '__path__'): 1, 0 or -1. A plain module answers from its
 * dict unless it has a module __getattr__ that could supply the name. */
static int module_has_path(KrObject *module)
{
    if (KR_TYPE(module) == &kr_module_type) {
        KrObject *d = kr_module_get_dict_borrow(module);
        if (d && kr_dict_get_item_borrow(d, KR_ID(__path__))) return 1;
        if (kr_err_occurred()) return -1;
        if (d && !kr_dict_get_item_borrow(d, KR_ID(__getattr__)) && !kr_err_occurred()) return 0;
        if (kr_err_occurred()) return -1;
    }
    KrObject *path = NULL;
    int r = kr_object_lookup_attr(module, KR_ID(__path__), &path);
    KR_XDECREF(path);
    return r;
}

/* 1 when _bootstrap._handle_fromlist(package, fromlist) would only return
 * the package: every name is a str other than '*' already bound in the
 * dict of a plain module (the usual `from pkg import sub` after the first
 * time). 0 means "ask _handle_fromlist" (never an error). */
static int fromlist_loaded(KrObject *module, KrObject *fromlist)
{
    if (KR_TYPE(module) != &kr_module_type || !KR_TUPLE_CHECK(fromlist)) return 0;
    KrObject *d = kr_module_get_dict_borrow(module);
    if (!d) return 0;
    for (ssize_t i = 0; i < KR_SIZE(fromlist); i++) {
        KrObject *x = KR_TUPLE_GET(fromlist, i);
        if (!KR_STR_CHECK_EXACT(x) || kr_str_equal_cstr(x, "*")) return 0;
        if (!kr_dict_get_item_borrow(d, x)) {
            kr_err_clear();
            return 0;
        }
    }
    return 1;
}

static KrObject *import_module_level(KrObject *name, KrObject *globals, KrObject *fromlist, int level)
{
    if (!KR_STR_CHECK(name)) {
        kr_err_set_string(kr_exc_TypeError, "module name must be a string");
        return NULL;
    }
    if (level < 0) {
        kr_err_set_string(kr_exc_ValueError, "level must be >= 0");
        return NULL;
    }
    KrObject *abs;
    if (level > 0) {
        abs = resolve_name(name, globals, level);
        if (!abs) return NULL;
    } else {
        if (KR_STR_LEN(name) == 0) {
            kr_err_set_string(kr_exc_ValueError, "Empty module name");
            return NULL;
        }
        abs = kr_newref(name);
    }
    KrObject *module = import_absolute(abs);
    KrObject *result = NULL;
    if (!module) goto done;
    int has_from = 0;
    if (fromlist && fromlist != KR_NONE) {
        has_from = kr_object_is_true(fromlist);
        if (has_from < 0) goto done;
    }
    if (!has_from) {
        ssize_t n = KR_STR_LEN(name);
        if (level == 0 || n > 0) {
            ssize_t dot = kr_str_find_char(name, '.', 0, n);
            if (dot < 0) {
                result = kr_newref(module);
            } else if (level == 0) {
                KrObject *front = kr_str_substring(name, 0, dot);
                if (front) {
                    result = import_absolute(front);
                    KR_DECREF(front);
                }
            } else {
                ssize_t cut_off = n - dot;
                ssize_t alen = KR_STR_LEN(abs);
                KrObject *to_return = kr_str_substring(abs, 0, alen - cut_off);
                if (to_return) {
                    KrObject *m = modules_get(to_return);
                    if (m) result = kr_newref(m);
                    else if (!kr_err_occurred())
                        kr_err_format(kr_exc_KeyError, "%R not in sys.modules as expected", to_return);
                    KR_DECREF(to_return);
                }
            }
        } else {
            result = kr_newref(module);
        }
    } else {
        int r = module_has_path(module);
        if (r < 0) goto done;
        if (r && importlib && fromlist_loaded(module, fromlist)) {
            result = kr_newref(module);
        } else if (r && importlib) {
            KrObject *args[3] = { module, fromlist, import_func ? import_func : KR_NONE };
            result = kr_object_call_method_str(importlib, "_handle_fromlist", args, 3);
        } else {
            result = kr_newref(module);
        }
    }
done:
    KR_XDECREF(module);
    KR_DECREF(abs);
    return result;
}

KrObject *kr_import_module_level(KrObject *name, KrObject *globals, KrObject *locals,
                                 KrObject *fromlist, int level)
{
    (void)locals;
    KrObject *r = import_module_level(name, globals, fromlist, level);
    if (!r) remove_importlib_frames();
    return r;
}

KrObject *kr_import_builtin_import(KrObject *self, KrObject *const *args, ssize_t nargs,
                                   KrObject *kwnames)
{
    static const char *const names[] = { "name", "globals", "locals", "fromlist", "level", NULL };
    static const KrArgSpec spec = { "__import__", names, 0, 5, 1 };
    KrObject *a[5] = { NULL };
    if (kr_args_parse(&spec, args, nargs, kwnames, a) < 0) return NULL;
    int level = 0;
    if (a[4]) {
        int64_t lv = kr_int_as_i64(a[4]);
        if (lv == -1 && kr_err_occurred()) return NULL;
        level = (int)lv;
    }
    /* None reaches resolve_package as CPython's does: "globals must be a dict" */
    return kr_import_module_level(a[0], a[1], a[2], a[3], level);
}

KrObject *kr_import_name(KrFrame *f, KrObject *name, KrObject *fromlist, KrObject *level)
{
    KrObject *func = NULL;
    if (KR_DICT_CHECK(f->f_builtins)) {
        func = kr_dict_get_item_borrow(f->f_builtins, KR_ID(__import__));
    }
    if (!func) {
        if (!kr_err_occurred()) kr_err_set_string(kr_exc_ImportError, "__import__ not found");
        return NULL;
    }
    if (KR_CFUNCTION_CHECK(func) &&
        ((KrCFunctionObject *)func)->m_ml->ml_meth == (void *)kr_import_builtin_import) {
        int64_t lv = kr_int_as_i64(level);
        if (lv == -1 && kr_err_occurred()) return NULL;
        /* the fast path: a module already imported and a plain `import x` */
        if (lv == 0 && fromlist == KR_NONE) {
            KrObject *m = modules_get(name);
            if (m && m != KR_NONE && kr_str_find_char(name, '.', 0, KR_STR_LEN(name)) < 0) {
                KrObject *spec = module_spec_borrow(m);
                if (KR_MODULE_CHECK(m) && !spec_is_initializing(spec)) return kr_newref(m);
            }
            if (kr_err_occurred()) return NULL;
        }
        return kr_import_module_level(name, f->f_globals, f->f_locals, fromlist, (int)lv);
    }
    KrObject *cargs[5] = { name, f->f_globals, f->f_locals ? f->f_locals : KR_NONE, fromlist, level };
    return kr_object_vectorcall(func, cargs, 5, NULL);
}

KrObject *kr_import_from(KrObject *v, KrObject *name)
{
    KrObject *x = NULL;
    int r = kr_object_lookup_attr(v, name, &x);
    if (r != 0) return x;
    /* a submodule being imported is in sys.modules before it is set as an
     * attribute of its package (circular imports) */
    KrObject *pkgname = NULL;
    if (kr_object_lookup_attr(v, KR_ID(__name__), &pkgname) < 0) kr_err_clear();
    if (pkgname && !KR_STR_CHECK(pkgname)) KR_CLEAR(pkgname);
    if (pkgname) {
        KrObject *full = kr_str_from_format("%U.%U", pkgname, name);
        if (!full) {
            KR_DECREF(pkgname);
            return NULL;
        }
        x = modules_get(full);
        KR_DECREF(full);
        if (x) {
            KR_DECREF(pkgname);
            return kr_newref(x);
        }
        if (kr_err_occurred()) {
            KR_DECREF(pkgname);
            return NULL;
        }
    }
    KrObject *shown = pkgname ? kr_newref(pkgname) : kr_str_from_cstr("<unknown module name>");
    KrObject *pkgpath = NULL;
    if (KR_MODULE_CHECK(v)) {
        KrObject *d = kr_module_get_dict_borrow(v);
        pkgpath = d ? kr_dict_get_item_borrow(d, KR_ID(__file__)) : NULL;
        if (kr_err_occurred()) kr_err_clear();
    }
    KrObject *msg;
    if (!pkgpath || !KR_STR_CHECK(pkgpath)) {
        msg = kr_str_from_format("cannot import name %R from %R (unknown location)", name, shown);
        raise_import_error(msg, pkgname, NULL);
    } else {
        KrObject *spec = NULL;
        if (kr_object_lookup_attr(v, KR_ID(__spec__), &spec) < 0) kr_err_clear();
        int init = spec_is_initializing(spec);
        KR_XDECREF(spec);
        if (init)
            msg = kr_str_from_format("cannot import name %R from partially initialized module %R "
                                     "(most likely due to a circular import) (%S)",
                                     name, shown, pkgpath);
        else
            msg = kr_str_from_format("cannot import name %R from %R (%S)", name, shown, pkgpath);
        raise_import_error(msg, pkgname, pkgpath);
    }
    KR_XDECREF(msg);
    KR_XDECREF(shown);
    KR_XDECREF(pkgname);
    return NULL;
}

KrObject *kr_import_exec_code_in_module(KrObject *name, KrObject *code, KrObject *m)
{
    KrObject *d = kr_module_get_dict_borrow(m);
    if (kr_dict_set_item(kr_interp.modules, name, m) < 0) return NULL;
    KrObject *res = kr_eval_code(code, d, d, NULL);
    if (!res) {
        KrObject *e = kr_err_fetch();
        if (kr_dict_contains(kr_interp.modules, name) > 0) kr_dict_del_item(kr_interp.modules, name);
        kr_err_clear();
        kr_err_restore(e);
        return NULL;
    }
    KR_DECREF(res);
    KrObject *final = modules_get(name);
    if (!final) {
        if (!kr_err_occurred())
            kr_err_format(kr_exc_ImportError, "Loaded module %R not found in sys.modules", name);
        return NULL;
    }
    return kr_newref(final);
}
