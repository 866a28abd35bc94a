/* impmodule.c — the _imp module: the C half of the import machinery that
 * CPython's importlib._bootstrap / _bootstrap_external (frozen into krait,
 * see docs/internals/import.md) call: built-in and frozen module creation,
 * the global import lock, code filename fix-ups and PEP 552 source hashes. */
#include "impmodule.h"
#include "../vm/opcodes.h"
#include "../objects/abstract.h"
#include "../objects/args.h"
#include "../objects/bytes.h"
#include "../objects/code.h"
#include "../objects/dict.h"
#include "../objects/hash.h"
#include "../objects/ids.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/memoryview.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../vm/err.h"
#include "../vm/eval.h"
#include "../vm/state.h"

#include <string.h>

#if __has_include("marshalmodule.h")
#include "marshalmodule.h"
#else
/* marshal is being written (modules/marshalmodule.c); until it lands no
 * frozen code can be loaded. */
static KrObject *kr_marshal_loads(const char *buf, ssize_t len)
{
    (void)buf;
    (void)len;
    return kr_err_format(kr_exc_NotImplementedError, "marshal is not available yet");
}
#endif

/* An empty table for binaries linked without $(BUILD)/frozen_modules.o
 * (the freeze tool itself); the generated file's definition replaces it. */
__attribute__((weak)) const KrFrozenModule kr_frozen_modules[] = { { NULL, NULL, NULL, 0, 0 } };
static const KrFrozenModule no_frozen_modules[] = { { NULL, NULL, NULL, 0, 0 } };
static const KrFrozenModule *frozen_table = kr_frozen_modules;
static int override_frozen;        /* _override_frozen_modules_for_tests: -1 off, 1 on */

void kr_imp_set_frozen_modules(const KrFrozenModule *table)
{
    frozen_table = table ? table : no_frozen_modules;
}

const KrFrozenModule *kr_imp_find_frozen(const char *name)
{
    if (override_frozen < 0) return NULL;
    for (const KrFrozenModule *p = frozen_table; p->name; p++)
        if (strcmp(p->name, name) == 0) return p;
    return NULL;
}

KrObject *kr_imp_frozen_code(const KrFrozenModule *fm)
{
    KrObject *code = kr_marshal_loads((const char *)fm->code, (ssize_t)fm->size);
    if (!code) return NULL;
    if (!KR_CODE_CHECK(code)) {
        KR_DECREF(code);
        return kr_err_format(kr_exc_TypeError, "frozen object %s is not a code object", fm->name);
    }
    return code;
}

/* ImportError("No such frozen object named 'x'") with .name. */
static KrObject *no_such_frozen(KrObject *name)
{
    KrObject *msg = kr_str_from_format("No such frozen object named %R", name);
    if (!msg) return NULL;
    KrObject *exc = kr_object_call_one(kr_exc_ImportError, msg);
    KR_DECREF(msg);
    if (!exc) return NULL;
    if (kr_object_setattr(exc, KR_ID(name), name) < 0) kr_err_clear();
    kr_err_set_exception(exc);
    KR_DECREF(exc);
    return NULL;
}

/* The name argument of the frozen/builtin queries as UTF-8, or NULL with
 * CPython's TypeError. */
static const char *name_arg(const char *fname, KrObject *name)
{
    if (!KR_STR_CHECK(name)) {
        kr_err_format(kr_exc_TypeError, "%s() argument must be str, not %.100s", fname,
                      KR_TYPE(name)->tp_name);
        return NULL;
    }
    return kr_str_as_utf8(name, NULL);
}

/* ---- the import lock ------------------------------------------------------------------ */

/* krait runs one thread today (modules/threadmodule.c), so the lock is an
 * owner and a recursion count; when threads arrive, acquire must wait for
 * the owner with the GIL released, as CPython's _PyImport_AcquireLock. */
static unsigned long lock_owner;
static int lock_count;

static unsigned long current_thread(void)
{
    KrThreadState *ts = kr_tstate_get();
    return ts ? ts->thread_id + 1 : 1;   /* +1: never 0, which means "free" */
}

void kr_imp_lock_acquire(void)
{
    unsigned long me = current_thread();
    if (lock_count > 0 && lock_owner == me) {
        lock_count++;
        return;
    }
    lock_owner = me;
    lock_count = 1;
}

int kr_imp_lock_release(void)
{
    if (lock_count == 0 || lock_owner != current_thread()) {
        kr_err_set_string(kr_exc_RuntimeError, "not holding the import lock");
        return -1;
    }
    if (--lock_count == 0) lock_owner = 0;
    return 0;
}

static KrObject *imp_lock_held(KrObject *m, KrObject *unused)
{
    return kr_bool_from(lock_count > 0);
}

static KrObject *imp_acquire_lock(KrObject *m, KrObject *unused)
{
    kr_imp_lock_acquire();
    KR_RETURN_NONE;
}

static KrObject *imp_release_lock(KrObject *m, KrObject *unused)
{
    if (kr_imp_lock_release() < 0) return NULL;
    KR_RETURN_NONE;
}

/* ---- built-in modules ----------------------------------------------------------------- */

static KrObject *imp_is_builtin(KrObject *m, KrObject *name)
{
    const char *s = name_arg("is_builtin", name);
    if (!s) return NULL;
    if (!kr_builtin_module_find(s)) return kr_int_from_i64(0);
    /* sys and builtins exist from start-up and cannot be made again (-1),
     * as CPython reports for modules without an init function */
    if (strcmp(s, "sys") == 0 || strcmp(s, "builtins") == 0) return kr_int_from_i64(-1);
    return kr_int_from_i64(1);
}

static KrObject *imp_create_builtin(KrObject *m, KrObject *spec)
{
    KrObject *name = kr_object_getattr(spec, KR_ID(name));
    if (!name) return NULL;
    if (!KR_STR_CHECK(name)) {
        kr_err_format(kr_exc_TypeError, "name must be string, not %.200s", KR_TYPE(name)->tp_name);
        KR_DECREF(name);
        return NULL;
    }
    const char *s = kr_str_as_utf8(name, NULL);
    KrObject *res = s ? kr_imp_create_builtin_cstr(s) : NULL;
    KR_DECREF(name);
    return res;
}

KrObject *kr_imp_create_builtin_cstr(const char *s)
{
    if (strcmp(s, "sys") == 0) return kr_newref(kr_interp.sys_module);
    if (strcmp(s, "builtins") == 0) return kr_newref(kr_interp.builtins_module);
    if (strcmp(s, "_imp") == 0) {
        KrObject *res = kr_imp_module_borrow();
        KR_XINCREF(res);
        return res;
    }
    KrModuleDef *def = kr_builtin_module_find(s);
    return def ? kr_module_from_def(def) : kr_newref(KR_NONE);
}

static KrObject *imp_exec_builtin(KrObject *m, KrObject *mod)
{
    /* krait's built-in modules are filled when they are created */
    return kr_int_from_i64(0);
}

static KrObject *imp_create_dynamic(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("create_dynamic", nargs, 1, 2) < 0) return NULL;
    KrObject *name = kr_object_getattr(args[0], KR_ID(name));
    if (!name) return NULL;
    KrObject *origin = kr_object_getattr_str(args[0], "origin");
    if (!origin) {
        KR_DECREF(name);
        return NULL;
    }
    KrObject *msg = kr_str_from_format("krait cannot load C extension modules: %S", origin);
    KrObject *exc = msg ? kr_object_call_one(kr_exc_ImportError, msg) : NULL;
    if (exc) {
        if (kr_object_setattr(exc, KR_ID(name), name) < 0) kr_err_clear();
        if (kr_object_setattr_str(exc, "path", origin) < 0) kr_err_clear();
        kr_err_set_exception(exc);
        KR_DECREF(exc);
    }
    KR_XDECREF(msg);
    KR_DECREF(name);
    KR_DECREF(origin);
    return NULL;
}

static KrObject *imp_exec_dynamic(KrObject *m, KrObject *mod)
{
    return kr_int_from_i64(0);
}

static KrObject *imp_extension_suffixes(KrObject *m, KrObject *unused)
{
    return kr_list_new(0);
}

/* ---- frozen modules ------------------------------------------------------------------- */

static KrObject *imp_is_frozen(KrObject *m, KrObject *name)
{
    const char *s = name_arg("is_frozen", name);
    if (!s) return NULL;
    return kr_bool_from(kr_imp_find_frozen(s) != NULL);
}

static KrObject *imp_is_frozen_package(KrObject *m, KrObject *name)
{
    const char *s = name_arg("is_frozen_package", name);
    if (!s) return NULL;
    const KrFrozenModule *fm = kr_imp_find_frozen(s);
    if (!fm) return no_such_frozen(name);
    return kr_bool_from(fm->is_package);
}

static KrObject *imp_find_frozen(KrObject *m, KrObject *const *args, ssize_t nargs,
                                 KrObject *kwnames)
{
    static const char *const names[] = { "", "withdata", NULL };
    static const KrArgSpec spec = { "find_frozen", names, 1, 1, 1 };
    KrObject *a[2] = { NULL, NULL };
    if (kr_args_parse(&spec, args, nargs, kwnames, a) < 0) return NULL;
    const char *s = name_arg("find_frozen", a[0]);
    if (!s) return NULL;
    int withdata = 0;
    if (a[1] && (withdata = kr_object_is_true(a[1])) < 0) return NULL;
    const KrFrozenModule *fm = kr_imp_find_frozen(s);
    if (!fm) KR_RETURN_NONE;
    KrObject *data = KR_NONE;
    if (withdata) {
        KrObject *b = kr_bytes_from(fm->code, (ssize_t)fm->size);
        if (!b) return NULL;
        data = kr_memoryview_from_object(b);
        KR_DECREF(b);
        if (!data) return NULL;
    } else {
        KR_INCREF(data);
    }
    KrObject *origname = fm->origname ? kr_str_from_cstr(fm->origname) : kr_newref(a[0]);
    if (!origname) {
        KR_DECREF(data);
        return NULL;
    }
    KrObject *items[3] = { data, fm->is_package ? KR_TRUE : KR_FALSE, origname };
    KrObject *res = kr_tuple_from_array(items, 3);
    KR_DECREF(data);
    KR_DECREF(origname);
    return res;
}

static KrObject *imp_get_frozen_object(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("get_frozen_object", nargs, 1, 2) < 0) return NULL;
    KrObject *name = args[0];
    const char *s = name_arg("get_frozen_object", name);
    if (!s) return NULL;
    if (nargs > 1 && args[1] != KR_NONE) {
        KrBuffer view;
        if (kr_object_get_buffer(args[1], &view, KR_BUF_SIMPLE) < 0) return NULL;
        KrObject *code = kr_marshal_loads((const char *)view.buf, view.len);
        kr_buffer_release(&view);
        if (code && !KR_CODE_CHECK(code)) {
            KR_DECREF(code);
            return kr_err_format(kr_exc_TypeError, "frozen object %R is not a code object", name);
        }
        return code;
    }
    const KrFrozenModule *fm = kr_imp_find_frozen(s);
    if (!fm) return no_such_frozen(name);
    return kr_imp_frozen_code(fm);
}

KrObject *kr_imp_exec_frozen(const char *cname)
{
    const KrFrozenModule *fm = kr_imp_find_frozen(cname);
    if (!fm) KR_RETURN_NONE;
    KrObject *code = kr_imp_frozen_code(fm);
    if (!code) return NULL;
    KrObject *name = kr_str_from_cstr(cname);
    KrObject *mod = name ? kr_module_new(name) : NULL;
    KrObject *res = NULL;
    if (!mod) goto done;
    KrObject *d = kr_module_get_dict_borrow(mod);
    if (kr_dict_set_item(d, KR_ID(__builtins__), kr_interp.builtins_module) < 0) goto done;
    /* consumed by FrozenImporter._fix_up_module (importlib._bootstrap) */
    if (kr_module_add_string(mod, "__origname__", fm->origname ? fm->origname : cname) < 0) goto done;
    if (fm->is_package) {
        KrObject *path = kr_list_new(0);
        if (!path || kr_dict_set_item(d, KR_ID(__path__), path) < 0) {
            KR_XDECREF(path);
            goto done;
        }
        KR_DECREF(path);
    }
    if (kr_dict_set_item(kr_interp.modules, name, mod) < 0) goto done;
    KrObject *r = kr_eval_code(code, d, d, NULL);
    if (!r) {
        KrObject *exc = kr_err_fetch();
        if (kr_dict_del_item(kr_interp.modules, name) < 0) kr_err_clear();
        kr_err_restore(exc);
        goto done;
    }
    KR_DECREF(r);
    res = kr_dict_get_item_borrow(kr_interp.modules, name);
    if (res) KR_INCREF(res);
    else if (!kr_err_occurred())
        kr_err_format(kr_exc_ImportError, "Loaded module %R not found in sys.modules", name);
done:
    KR_XDECREF(mod);
    KR_XDECREF(name);
    KR_DECREF(code);
    return res;
}

static KrObject *imp_init_frozen(KrObject *m, KrObject *name)
{
    const char *s = name_arg("init_frozen", name);
    if (!s) return NULL;
    return kr_imp_exec_frozen(s);
}

static KrObject *imp_frozen_module_names(KrObject *m, KrObject *unused)
{
    KrObject *list = kr_list_new(0);
    if (!list) return NULL;
    for (const KrFrozenModule *p = frozen_table; p->name; p++) {
        KrObject *s = kr_str_from_cstr(p->name);
        if (!s || kr_list_append(list, s) < 0) {
            KR_XDECREF(s);
            KR_DECREF(list);
            return NULL;
        }
        KR_DECREF(s);
    }
    return list;
}

static KrObject *imp_override_frozen_modules_for_tests(KrObject *m, KrObject *arg)
{
    int64_t v = kr_int_as_i64(arg);
    if (v == -1 && kr_err_occurred()) return NULL;
    override_frozen = v > 0 ? 1 : v < 0 ? -1 : 0;
    KR_RETURN_NONE;
}

/* ---- code objects and hashes ---------------------------------------------------------- */

/* Replaces co_filename == oldname by newname in co and its nested code. */
static void fix_co_filename(KrCodeObject *co, KrObject *oldname, KrObject *newname)
{
    if (!kr_str_equal(co->co_filename, oldname)) return;
    KR_INCREF(newname);
    KR_SETREF(co->co_filename, newname);
    KrObject *consts = co->co_consts;
    for (ssize_t i = 0; i < KR_SIZE(consts); i++) {
        KrObject *c = KR_TUPLE_GET(consts, i);
        if (KR_CODE_CHECK(c)) fix_co_filename((KrCodeObject *)c, oldname, newname);
    }
}

static KrObject *imp_fix_co_filename(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("_fix_co_filename", nargs, 2, 2) < 0) return NULL;
    if (!KR_CODE_CHECK(args[0]))
        return kr_err_format(kr_exc_TypeError, "_fix_co_filename() argument 1 must be code, not %.100s",
                             KR_TYPE(args[0])->tp_name);
    if (!KR_STR_CHECK(args[1]))
        return kr_err_format(kr_exc_TypeError, "_fix_co_filename() argument 2 must be str, not %.100s",
                             KR_TYPE(args[1])->tp_name);
    KrCodeObject *co = (KrCodeObject *)args[0];
    if (kr_str_equal(co->co_filename, args[1])) KR_RETURN_NONE;
    KrObject *old = kr_newref(co->co_filename);
    fix_co_filename(co, old, args[1]);
    KR_DECREF(old);
    KR_RETURN_NONE;
}

static KrObject *imp_source_hash(KrObject *m, KrObject *const *args, ssize_t nargs,
                                 KrObject *kwnames)
{
    static const char *const names[] = { "key", "source", NULL };
    static const KrArgSpec spec = { "source_hash", names, 0, 2, 2 };
    KrObject *a[2] = { NULL, NULL };
    if (kr_args_parse(&spec, args, nargs, kwnames, a) < 0) return NULL;
    int64_t key = kr_int_as_i64(a[0]);
    if (key == -1 && kr_err_occurred()) return NULL;
    KrBuffer view;
    if (kr_object_get_buffer(a[1], &view, KR_BUF_SIMPLE) < 0) return NULL;
    uint64_t h = kr_hash_keyed((uint64_t)key, view.buf, (size_t)view.len);
    kr_buffer_release(&view);
    unsigned char out[8];
    for (int i = 0; i < 8; i++) out[i] = (unsigned char)(h >> (8 * i));   /* little-endian */
    return kr_bytes_from(out, 8);
}

static KrMethodDef imp_methods[] = {
    { "lock_held", (void *)imp_lock_held, KR_METH_NOARGS,
      "Return True if the import lock is currently held, else False.\n\n"
      "On platforms without threads, return False." },
    { "acquire_lock", (void *)imp_acquire_lock, KR_METH_NOARGS,
      "Acquires the interpreter's import lock for the current thread.\n\n"
      "This lock should be used by import hooks to ensure thread-safety when importing\n"
      "modules. On platforms without threads, this function does nothing." },
    { "release_lock", (void *)imp_release_lock, KR_METH_NOARGS,
      "Release the interpreter's import lock.\n\nOn platforms without threads, this function does nothing." },
    { "is_builtin", (void *)imp_is_builtin, KR_METH_O,
      "Returns True if the module name corresponds to a built-in module." },
    { "create_builtin", (void *)imp_create_builtin, KR_METH_O, "Create an extension module." },
    { "exec_builtin", (void *)imp_exec_builtin, KR_METH_O, "Initialize a built-in module." },
    { "create_dynamic", (void *)imp_create_dynamic, KR_METH_FASTCALL, "Create an extension module." },
    { "exec_dynamic", (void *)imp_exec_dynamic, KR_METH_O, "Initialize an extension module." },
    { "extension_suffixes", (void *)imp_extension_suffixes, KR_METH_NOARGS,
      "Returns the list of file suffixes used to identify extension modules." },
    { "is_frozen", (void *)imp_is_frozen, KR_METH_O,
      "Returns True if the module name corresponds to a frozen module." },
    { "is_frozen_package", (void *)imp_is_frozen_package, KR_METH_O,
      "Returns True if the module name is of a frozen package." },
    { "find_frozen", (void *)imp_find_frozen, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Return info about the corresponding frozen module (if there is one) or None.\n\n"
      "The returned info (a 2-tuple):\n\n"
      " * data         the raw marshalled bytes\n"
      " * is_package   whether or not it is a package\n"
      " * origname     the originally frozen module's name, or None if not\n"
      "                a stdlib module (this will usually be the same as\n"
      "                the module's current name)" },
    { "get_frozen_object", (void *)imp_get_frozen_object, KR_METH_FASTCALL,
      "Create a code object for a frozen module." },
    { "init_frozen", (void *)imp_init_frozen, KR_METH_O, "Initializes a frozen module." },
    { "_frozen_module_names", (void *)imp_frozen_module_names, KR_METH_NOARGS,
      "Returns the list of available frozen modules." },
    { "_override_frozen_modules_for_tests", (void *)imp_override_frozen_modules_for_tests, KR_METH_O,
      "(internal-only) Override PyConfig.use_frozen_modules.\n\n"
      "(-1: \"off\", 1: \"on\", 0: no override)\nSee frozen_modules() in Lib/test/support/import_helper.py." },
    { "_fix_co_filename", (void *)imp_fix_co_filename, KR_METH_FASTCALL,
      "Changes code.co_filename to specify the passed-in file path.\n\n"
      "  code\n    Code object to change.\n  path\n    File path to use." },
    { "source_hash", (void *)imp_source_hash, KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL },
    { NULL, NULL, 0, NULL },
};

static const char *check_hash_mode = "default";

void kr_imp_set_check_hash_based_pycs(const char *mode)
{
    check_hash_mode = mode;
}

static int imp_exec(KrObject *m)
{
    return kr_module_add_string(m, "check_hash_based_pycs", check_hash_mode);
}

KrModuleDef kr_impmodule_def = {
    .name = "_imp",
    .doc = "(Extremely) low-level import machinery bits as used by importlib and imp.",
    .methods = imp_methods,
    .exec = imp_exec,
};

KrObject *kr_imp_module_borrow(void)
{
    KrObject *m = kr_dict_get_item_str_borrow(kr_interp.modules, "_imp");
    if (m) return m;
    if (kr_err_occurred()) return NULL;
    m = kr_module_from_def(&kr_impmodule_def);
    if (!m) return NULL;
    int r = kr_dict_set_item_str(kr_interp.modules, "_imp", m);
    KR_DECREF(m);   /* sys.modules holds it */
    return r < 0 ? NULL : m;
}

/* ---- the .pyc magic number (see impmodule.h) ---- */

#define IMP_OP_TEXT(name, kind, cache, effect) #name " " #kind " " #cache " " #effect "\n"
static const char opcode_table_text[] = KR_OPCODE_LIST(IMP_OP_TEXT);

const unsigned char *kr_imp_pyc_magic(void)
{
    static unsigned char magic[4];
    if (!magic[2]) {
        uint32_t h = 2166136261u;                 /* FNV-1a */
        for (const char *p = opcode_table_text; *p; p++) h = (h ^ (unsigned char)*p) * 16777619u;
        h = (h ^ KR_CODE_FORMAT_REVISION) * 16777619u;
        unsigned word = (h ^ (h >> 16)) & 0xffff;
        if (word < 4000) word += 4000;
        magic[0] = (unsigned char)(word & 0xff);
        magic[1] = (unsigned char)(word >> 8);
        magic[2] = '\r';
        magic[3] = '\n';
    }
    return magic;
}

long kr_imp_pyc_magic_raw(void)
{
    const unsigned char *m = kr_imp_pyc_magic();
    return (long)m[0] | (long)m[1] << 8 | 0x0a0dL << 16;
}
