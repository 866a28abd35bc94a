/* sys.c — the `sys` module: interpreter parameters (argv, path, modules,
 * version, flags, limits ...), the standard streams and the hooks
 * (displayhook, excepthook). Struct-sequence values come from
 * objects/structseq.c, sys.implementation from objects/namespace.c. */
#include "sys.h"
#include "stdio.h"
#include "sys_stdlib.h"
#include "../objects/type.h"
#include "../objects/str.h"
#include "../objects/int.h"
#include "../objects/float.h"
#include "../objects/list.h"
#include "../objects/tuple.h"
#include "../objects/dict.h"
#include "../objects/set.h"
#include "../objects/args.h"
#include "../objects/abstract.h"
#include "../objects/ids.h"
#include "../objects/structseq.h"
#include "../objects/namespace.h"
#include "../objects/traceback_obj.h"
#include "../objects/cfunction.h"
#include "../memory/gc.h"
#include "../memory/obmalloc.h"
#include "../vm/err.h"
#include "../vm/state.h"
#include "../vm/config.h"
#include "../vm/frame.h"
#include "../vm/traceback.h"

#include <float.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define KR_VERSION_MICRO 2
#define KR_HEXVERSION 0x030b02f0
#ifdef __clang__
#define KR_COMPILER "[Clang " __clang_version__ "]"
#else
#define KR_COMPILER "[GCC " __VERSION__ "]"
#endif
#define KR_VERSION_STRING "3.11.2 (krait, " __DATE__ ", " __TIME__ ") " KR_COMPILER

static double switch_interval = 0.005;

/* ---------------------------------------------------------------------------
 * Helpers for C code
 * ------------------------------------------------------------------------ */

KrObject *kr_sys_get_object_borrow(const char *name)
{
    if (!kr_interp.sysdict) return NULL;
    KrObject *v = kr_dict_get_item_str_borrow(kr_interp.sysdict, name);
    if (!v && kr_err_occurred()) kr_err_clear();
    return v;
}

KrObject *kr_sys_get_borrow(KrObject *name)
{
    if (!kr_interp.sysdict) return NULL;
    KrObject *v = kr_dict_get_item_borrow(kr_interp.sysdict, name);
    if (!v && kr_err_occurred()) kr_err_clear();
    return v;
}

int kr_sys_set_object(const char *name, KrObject *value)
{
    if (!kr_interp.sysdict) {
        kr_err_set_string(kr_exc_RuntimeError, "lost sys module");
        return -1;
    }
    return kr_dict_set_item_str(kr_interp.sysdict, name, value);
}

static void sys_write(const char *stream, FILE *fallback, const char *fmt, va_list ap)
{
    KrObject *exc = kr_err_fetch();
    KrObject *file = kr_sys_get_object_borrow(stream);
    KrObject *msg = kr_str_from_format_v(fmt, ap);
    if (!msg) {
        kr_err_clear();
    } else if (!file || file == KR_NONE) {
        const char *u = kr_str_as_utf8(msg, NULL);
        if (u) fputs(u, fallback);
        else kr_err_clear();
    } else {
        KR_INCREF(file);
        KrObject *r = kr_object_call_method_str(file, "write", &msg, 1);
        KR_DECREF(file);
        if (r) KR_DECREF(r);
        else kr_err_clear();
    }
    KR_XDECREF(msg);
    kr_err_restore(exc);
}

void kr_sys_write_stderr(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sys_write("stderr", stderr, fmt, ap);
    va_end(ap);
}

void kr_sys_write_stdout(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sys_write("stdout", stdout, fmt, ap);
    va_end(ap);
}

KrObject *kr_sys_exception_borrow(void)
{
    KrThreadState *ts = kr_tstate_get();
    for (KrExcStackItem *it = ts->exc_info; it; it = it->previous)
        if (it->exc && it->exc != KR_NONE) return it->exc;
    return NULL;
}

double kr_sys_switch_interval(void) { return switch_interval; }

/* ---------------------------------------------------------------------------
 * Functions
 * ------------------------------------------------------------------------ */

static KrObject *sys_exit(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("exit", nargs, 0, 1) < 0) return NULL;
    kr_err_set_object(kr_exc_SystemExit, nargs ? args[0] : NULL);
    return NULL;
}

static KrObject *sys_exc_info(KrObject *m, KrObject *unused)
{
    KrObject *e = kr_sys_exception_borrow();
    if (!e) return kr_tuple_pack(3, KR_NONE, KR_NONE, KR_NONE);
    KrObject *tb = kr_exception_get_traceback(e);
    return kr_tuple_pack(3, (KrObject *)KR_TYPE(e), e, tb ? tb : KR_NONE);
}

static KrObject *sys_exception(KrObject *m, KrObject *unused)
{
    KrObject *e = kr_sys_exception_borrow();
    return kr_newref(e ? e : KR_NONE);
}

/* o as a C int the way CPython's _PyLong_AsInt does: __index__, then
 * "Python int too large to convert to C int" for anything outside int's
 * range (either sign). 0, or -1 with an exception set. */
static int sys_as_c_int(KrObject *o, int *out)
{
    if (KR_FLOAT_CHECK(o)) {
        kr_err_set_string(kr_exc_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    KrObject *idx = kr_number_index(o);
    if (!idx) return -1;
    int64_t v = kr_int_as_i64(idx);
    KR_DECREF(idx);
    if ((v == -1 && kr_err_occurred()) || v > INT_MAX || v < INT_MIN) {
        if (kr_err_occurred() && !kr_err_matches(kr_exc_OverflowError)) return -1;
        kr_err_clear();
        kr_err_set_string(kr_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static KrObject *sys_getrecursionlimit(KrObject *m, KrObject *unused)
{
    return kr_int_from_i64(kr_interp.recursion_limit);
}

static KrObject *sys_setrecursionlimit(KrObject *m, KrObject *arg)
{
    int v;
    if (sys_as_c_int(arg, &v) < 0) return NULL;
    if (v < 1) {
        kr_err_set_string(kr_exc_ValueError, "recursion limit must be greater or equal than 1");
        return NULL;
    }
    /* CPython counts this C call itself as one level of recursion */
    int depth = kr_tstate_get()->recursion_depth + 1;
    if (v <= depth) {
        return kr_err_format(kr_exc_RecursionError,
                             "cannot set the recursion limit to %d at the recursion depth %d: "
                             "the limit is too low", (int)v, depth);
    }
    kr_interp.recursion_limit = (int)v;
    KR_RETURN_NONE;
}

static KrObject *sys_getrefcount(KrObject *m, KrObject *arg)
{
    return kr_int_from_ssize(KR_REFCNT(arg));
}

static KrObject *sys_getsizeof(KrObject *m, KrObject *const *args, ssize_t nargs,
                               KrObject *kwnames)
{
    static const char *const names[] = { "object", "default", NULL };
    static const KrArgSpec spec = { "getsizeof", names, 0, 2, 1 };
    KrObject *a[2];
    if (kr_args_parse(&spec, args, nargs, kwnames, a) < 0) return NULL;
    static KrObject *sizeof_name;   /* interned once, kept for the process */
    if (!sizeof_name && !(sizeof_name = kr_str_intern_cstr("__sizeof__"))) return NULL;
    KrObject *meth = kr_object_lookup_special(a[0], sizeof_name);
    KrObject *res = NULL;
    if (meth) {
        res = kr_object_call_noargs(meth);
        KR_DECREF(meth);
    } else if (!kr_err_occurred()) {
        /* no __sizeof__: the instance size of the type */
        KrTypeObject *t = KR_TYPE(a[0]);
        int64_t size = t->tp_basicsize;
        if (t->tp_itemsize) size += t->tp_itemsize * (KR_SIZE(a[0]) < 0 ? -KR_SIZE(a[0]) : KR_SIZE(a[0]));
        if (KR_OBJECT_IS_GC(a[0])) size += (int64_t)sizeof(KrGCHead);
        return kr_int_from_i64(size);
    }
    if (!res) {
        if (a[1] && kr_err_matches(kr_exc_TypeError)) {
            kr_err_clear();
            return kr_newref(a[1]);
        }
        return NULL;
    }
    if (!KR_INT_CHECK(res)) {
        KR_DECREF(res);
        kr_err_set_string(kr_exc_TypeError, "an integer is required");
        return NULL;
    }
    int64_t size = kr_int_as_ssize(res);   /* "... to convert to C ssize_t" */
    KR_DECREF(res);
    if (size == -1 && kr_err_occurred()) return NULL;
    if (size < 0) {
        kr_err_set_string(kr_exc_ValueError, "__sizeof__() should return >= 0");
        return NULL;
    }
    if (KR_OBJECT_IS_GC(a[0])) size += (int64_t)sizeof(KrGCHead);
    return kr_int_from_i64(size);
}

static KrObject *sys_intern(KrObject *m, KrObject *arg)
{
    if (!KR_STR_CHECK(arg)) {
        return kr_err_format(kr_exc_TypeError, "intern() argument must be str, not %s",
                             arg == KR_NONE ? "None" : KR_TYPE(arg)->tp_name);
    }
    if (!KR_STR_CHECK_EXACT(arg)) {
        return kr_err_format(kr_exc_TypeError, "can't intern %s", KR_TYPE(arg)->tp_name);
    }
    KrObject *s = kr_newref(arg);
    kr_str_intern_in_place(&s);
    return s;
}

static KrObject *sys_getframe(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("_getframe", nargs, 0, 1) < 0) return NULL;
    int depth = 0;
    if (nargs == 1) {
        if (KR_FLOAT_CHECK(args[0])) {
            kr_err_set_string(kr_exc_TypeError,
                              "'float' object cannot be interpreted as an integer");
            return NULL;
        }
        ssize_t d = kr_number_as_ssize(args[0], kr_exc_OverflowError);
        if (d == -1 && kr_err_occurred()) return NULL;
        if (d < 0) d = 0;
        if (d > INT_MAX) d = INT_MAX;
        depth = (int)d;
    }
    return kr_frame_get_object(depth);
}

static KrObject *sys_get_int_max_str_digits(KrObject *m, KrObject *unused)
{
    return kr_int_from_i64(kr_interp.int_max_str_digits);
}

static KrObject *sys_set_int_max_str_digits(KrObject *m, KrObject *const *args, ssize_t nargs,
                                            KrObject *kwnames)
{
    static const char *const names[] = { "maxdigits", NULL };
    static const KrArgSpec spec = { "set_int_max_str_digits", names, 0, 1, 1 };
    KrObject *a[1];
    if (kr_args_parse(&spec, args, nargs, kwnames, a) < 0) return NULL;
    int v;
    if (sys_as_c_int(a[0], &v) < 0) return NULL;
    if (v != 0 && v < 640) {
        kr_err_set_string(kr_exc_ValueError, "maxdigits must be 0 or larger than 640");
        return NULL;
    }
    kr_interp.int_max_str_digits = v;
    KR_RETURN_NONE;
}

static KrObject *sys_getswitchinterval(KrObject *m, KrObject *unused)
{
    return kr_float_from_double(switch_interval);
}

static KrObject *sys_setswitchinterval(KrObject *m, KrObject *arg)
{
    double d = kr_float_as_double(arg);
    if (d == -1.0 && kr_err_occurred()) return NULL;
    if (d <= 0.0) {
        kr_err_set_string(kr_exc_ValueError, "switch interval must be strictly positive");
        return NULL;
    }
    switch_interval = d;
    KR_RETURN_NONE;
}

static KrObject *sys_getdefaultencoding(KrObject *m, KrObject *unused)
{
    return kr_str_from_cstr("utf-8");
}

static KrObject *sys_getfilesystemencodeerrors(KrObject *m, KrObject *unused)
{
    return kr_str_from_cstr("surrogateescape");
}

static KrObject *sys_displayhook(KrObject *m, KrObject *o)
{
    if (o == KR_NONE) KR_RETURN_NONE;
    KrObject *builtins = kr_interp.builtins;
    if (builtins && kr_dict_set_item_str(builtins, "_", KR_NONE) < 0) return NULL;
    KrObject *out = kr_sys_get_object_borrow("stdout");
    if (!out || out == KR_NONE) {
        kr_err_set_string(kr_exc_RuntimeError, "lost sys.stdout");
        return NULL;
    }
    KrObject *r = kr_object_repr(o);
    if (!r) return NULL;
    KR_INCREF(out);
    KrObject *w = kr_object_call_method_str(out, "write", &r, 1);
    KR_DECREF(r);
    if (w) {
        KR_DECREF(w);
        KrObject *nl = kr_str_from_cstr("\n");
        w = nl ? kr_object_call_method_str(out, "write", &nl, 1) : NULL;
        KR_XDECREF(nl);
    }
    KR_DECREF(out);
    if (!w) return NULL;
    KR_DECREF(w);
    if (builtins && kr_dict_set_item_str(builtins, "_", o) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *sys_excepthook(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (nargs != 3) {
        return kr_err_format(kr_exc_TypeError, "excepthook expected 3 arguments, got %zd", nargs);
    }
    KrObject *value = args[1];
    if (!kr_exception_check(value)) {
        kr_sys_write_stderr("TypeError: print_exception(): Exception expected for value, %s found\n",
                            KR_TYPE(value)->tp_name);
        KR_RETURN_NONE;
    }
    if (args[2] != KR_NONE && KR_TRACEBACK_CHECK(args[2]) &&
        kr_exception_get_traceback(value) != args[2])
        kr_exception_set_traceback(value, args[2]);
    kr_traceback_print_exception(value, NULL);
    KR_RETURN_NONE;
}

/* The default sys.unraisablehook output: "Exception ignored in: <obj>"
 * followed by the exception's report. */
static void unraisable_print(KrObject *exc, KrObject *err_msg, KrObject *obj)
{
    /* as CPython: nothing at all once sys.stderr is gone (late shutdown) */
    KrObject *file = kr_sys_get_object_borrow("stderr");
    if (!file || file == KR_NONE) return;
    if (obj && obj != KR_NONE) {
        KrObject *r = kr_object_repr(obj);
        const char *head = "Exception ignored in";
        if (err_msg && err_msg != KR_NONE && KR_STR_CHECK(err_msg)) {
            if (r) kr_sys_write_stderr("%U: %U\n", err_msg, r);
        } else if (r) {
            kr_sys_write_stderr("%s: %U\n", head, r);
        }
        if (!r) {
            kr_err_clear();
            kr_sys_write_stderr("%s: <object repr() failed>\n", head);
        }
        KR_XDECREF(r);
    } else if (err_msg && err_msg != KR_NONE && KR_STR_CHECK(err_msg)) {
        kr_sys_write_stderr("%U:\n", err_msg);
    }
    if (exc && exc != KR_NONE && kr_exception_check(exc)) kr_traceback_print_exception(exc, NULL);
}

static const KrStructSeqField unraisable_fields[] = {
    { "exc_type", "Exception type" }, { "exc_value", "Exception value" },
    { "exc_traceback", "Exception traceback" }, { "err_msg", "Error message" },
    { "object", "Object causing the exception" }, { NULL, NULL },
};
static const KrStructSeqDesc unraisable_desc = {
    "UnraisableHookArgs", "UnraisableHookArgs\n\nType used to pass arguments to "
    "sys.unraisablehook.", unraisable_fields, 5, 0,
};
static KrTypeObject *unraisable_type;

static KrObject *sys_unraisablehook(KrObject *m, KrObject *arg)
{
    if (!unraisable_type || KR_TYPE(arg) != unraisable_type) {
        kr_err_set_string(kr_exc_TypeError,
                          "sys.unraisablehook argument type must be UnraisableHookArgs");
        return NULL;
    }
    unraisable_print(KR_STRUCTSEQ_GET(arg, 1), KR_STRUCTSEQ_GET(arg, 3), KR_STRUCTSEQ_GET(arg, 4));
    KR_RETURN_NONE;
}

static KrMethodDef unraisablehook_def[] = {
    { "unraisablehook", (void *)sys_unraisablehook, KR_METH_O,
      "unraisablehook($module, unraisable, /)\n--\n\nHandle an unraisable exception." },
    { NULL, NULL, 0, NULL },
};

void kr_sys_unraisable(KrObject *exc, KrObject *err_msg, KrObject *obj)
{
    KrObject *saved = kr_err_fetch();
    KrObject *hook = kr_sys_get_object_borrow("unraisablehook");
    int is_default = !hook || hook == KR_NONE ||
        (KR_CFUNCTION_CHECK(hook) && ((KrCFunctionObject *)hook)->m_ml == unraisablehook_def);
    if (is_default || !unraisable_type) {
        unraisable_print(exc, err_msg, obj);
        kr_err_restore(saved);
        return;
    }
    KR_INCREF(hook);
    KrObject *args = kr_structseq_new(unraisable_type);
    if (args) {
        KrObject *tb = kr_exception_get_traceback(exc);
        KR_STRUCTSEQ_SET_STEAL(args, 0, kr_newref(KR_TYPE(exc)));
        KR_STRUCTSEQ_SET_STEAL(args, 1, kr_newref(exc));
        KR_STRUCTSEQ_SET_STEAL(args, 2, kr_newref(tb ? tb : KR_NONE));
        KR_STRUCTSEQ_SET_STEAL(args, 3, kr_newref(err_msg ? err_msg : KR_NONE));
        KR_STRUCTSEQ_SET_STEAL(args, 4, kr_newref(obj ? obj : KR_NONE));
        KrObject *r = kr_object_call_one(hook, args);
        KR_DECREF(args);
        if (r) {
            KR_DECREF(r);
        } else {
            /* the hook failed: report its own error the default way */
            KrObject *hook_exc = kr_err_fetch();
            KrObject *msg = kr_str_from_cstr("Exception ignored in sys.unraisablehook");
            if (msg) unraisable_print(hook_exc, msg, hook);
            KR_XDECREF(msg);
            KR_XDECREF(hook_exc);
            kr_err_clear();
        }
    } else {
        kr_err_clear();
        unraisable_print(exc, err_msg, obj);
    }
    KR_DECREF(hook);
    kr_err_restore(saved);
}

static KrObject *sys_audit(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (nargs < 1) {
        kr_err_set_string(kr_exc_TypeError, "audit() missing 1 required positional argument: 'event'");
        return NULL;
    }
    /* No audit hooks in krait yet (addaudithook keeps none). CPython returns
     * before it looks at the event when no hook is installed, so
     * sys.audit(None) is fine there; the type check waits for real hooks. */
    KR_RETURN_NONE;
}

static KrObject *sys_addaudithook(KrObject *m, KrObject *arg) { KR_RETURN_NONE; }

static KrObject *sys_is_finalizing(KrObject *m, KrObject *unused) { KR_RETURN_FALSE; }

/* Tracing and profiling are not implemented by the VM yet: the functions
 * keep the hook so that gettrace()/getprofile() answer consistently. */
static KrObject *trace_hook, *profile_hook;

static KrObject *sys_settrace(KrObject *m, KrObject *arg)
{
    KR_SETREF(trace_hook, arg == KR_NONE ? NULL : kr_newref(arg));
    KR_RETURN_NONE;
}

static KrObject *sys_gettrace(KrObject *m, KrObject *unused)
{
    return kr_newref(trace_hook ? trace_hook : KR_NONE);
}

static KrObject *sys_setprofile(KrObject *m, KrObject *arg)
{
    KR_SETREF(profile_hook, arg == KR_NONE ? NULL : kr_newref(arg));
    KR_RETURN_NONE;
}

static KrObject *sys_getprofile(KrObject *m, KrObject *unused)
{
    return kr_newref(profile_hook ? profile_hook : KR_NONE);
}

static KrObject *sys_call_tracing(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("call_tracing", nargs, 2, 2) < 0) return NULL;
    if (!KR_TUPLE_CHECK(args[1])) {
        return kr_err_format(kr_exc_TypeError, "call_tracing() argument 2 must be tuple, not %s",
                             args[1] == KR_NONE ? "None" :
                             KR_TYPE(args[1])->tp_name);
    }
    return kr_object_call(args[0], args[1], NULL);
}

static KrObject *sys_clear_type_cache(KrObject *m, KrObject *unused)
{
    kr_type_clear_cache();
    KR_RETURN_NONE;
}

#ifdef KR_DEBUG
/* sys.gettotalrefcount() in debug builds: the total of all reference counts */
static KrObject *sys_gettotalrefcount(KrObject *m, KrObject *unused)
{
    return kr_int_from_ssize(kr_ref_total);
}
#endif

/* sys.getallocatedblocks(): pool blocks in use (0 with KRAITMALLOC=malloc) */
static KrObject *sys_getallocatedblocks(KrObject *m, KrObject *unused)
{
    return kr_int_from_ssize(kr_obmalloc_allocated_blocks());
}

/* sys._debugmallocstats(): the allocator's pool and arena table, on C stderr */
static KrObject *sys__debugmallocstats(KrObject *m, KrObject *unused)
{
    fflush(stdout);
    if (kr_obmalloc_print_stats(stderr)) fputc('\n', stderr);
    fflush(stderr);
    KR_RETURN_NONE;
}

static KrObject *sys_breakpointhook(KrObject *m, KrObject *const *args, ssize_t nargs,
                                    KrObject *kwnames)
{
    const char *env = getenv("PYTHONBREAKPOINT");
    if (env && strcmp(env, "0") == 0) KR_RETURN_NONE;
    const char *target = (env && *env) ? env : "pdb.set_trace";
    const char *dot = strrchr(target, '.');
    KrObject *modname = dot ? kr_str_from_utf8(target, dot - target) : kr_str_from_cstr("builtins");
    if (!modname) return NULL;
    KrObject *import = kr_interp.builtins ? kr_dict_get_item_str_borrow(kr_interp.builtins, "__import__")
                                          : NULL;
    if (!import) {
        KR_DECREF(modname);
        kr_err_set_string(kr_exc_RuntimeError, "lost __import__");
        return NULL;
    }
    KrObject *mod = kr_object_call_one(import, modname);
    KR_DECREF(modname);
    if (!mod) return NULL;
    KrObject *hook = kr_object_getattr_str(mod, dot ? dot + 1 : target);
    KR_DECREF(mod);
    if (!hook) return NULL;
    KrObject *r = kr_object_vectorcall(hook, args, (size_t)nargs, kwnames);
    KR_DECREF(hook);
    return r;
}

static KrMethodDef sys_methods[] = {
    { "exit", (void *)sys_exit, KR_METH_FASTCALL,
      "exit(status=None, /)\n--\n\nExit the interpreter by raising SystemExit(status)." },
    { "exc_info", (void *)sys_exc_info, KR_METH_NOARGS, "Return current exception information." },
    { "exception", (void *)sys_exception, KR_METH_NOARGS,
      "Return the current exception." },
    { "getrecursionlimit", (void *)sys_getrecursionlimit, KR_METH_NOARGS, NULL },
    { "setrecursionlimit", (void *)sys_setrecursionlimit, KR_METH_O, NULL },
    { "getrefcount", (void *)sys_getrefcount, KR_METH_O, NULL },
    { "getsizeof", (void *)sys_getsizeof, KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL },
    { "intern", (void *)sys_intern, KR_METH_O, NULL },
    { "_getframe", (void *)sys_getframe, KR_METH_FASTCALL, NULL },
    { "get_int_max_str_digits", (void *)sys_get_int_max_str_digits, KR_METH_NOARGS, NULL },
    { "set_int_max_str_digits", (void *)sys_set_int_max_str_digits,
      KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL },
    { "getswitchinterval", (void *)sys_getswitchinterval, KR_METH_NOARGS, NULL },
    { "setswitchinterval", (void *)sys_setswitchinterval, KR_METH_O, NULL },
    { "getdefaultencoding", (void *)sys_getdefaultencoding, KR_METH_NOARGS, NULL },
    { "getfilesystemencoding", (void *)sys_getdefaultencoding, KR_METH_NOARGS, NULL },
    { "getfilesystemencodeerrors", (void *)sys_getfilesystemencodeerrors, KR_METH_NOARGS, NULL },
    { "displayhook", (void *)sys_displayhook, KR_METH_O, NULL },
    { "excepthook", (void *)sys_excepthook, KR_METH_FASTCALL, NULL },
    { "audit", (void *)sys_audit, KR_METH_FASTCALL, NULL },
    { "addaudithook", (void *)sys_addaudithook, KR_METH_O, NULL },
    { "is_finalizing", (void *)sys_is_finalizing, KR_METH_NOARGS, NULL },
    { "settrace", (void *)sys_settrace, KR_METH_O, NULL },
    { "gettrace", (void *)sys_gettrace, KR_METH_NOARGS, NULL },
    { "setprofile", (void *)sys_setprofile, KR_METH_O, NULL },
    { "getprofile", (void *)sys_getprofile, KR_METH_NOARGS, NULL },
    { "call_tracing", (void *)sys_call_tracing, KR_METH_FASTCALL, NULL },
    { "_clear_type_cache", (void *)sys_clear_type_cache, KR_METH_NOARGS, NULL },
    { "getallocatedblocks", (void *)sys_getallocatedblocks, KR_METH_NOARGS, NULL },
    { "_debugmallocstats", (void *)sys__debugmallocstats, KR_METH_NOARGS, NULL },
#ifdef KR_DEBUG
    { "gettotalrefcount", (void *)sys_gettotalrefcount, KR_METH_NOARGS, NULL },
#endif
    { "breakpointhook", (void *)sys_breakpointhook, KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL },
    { NULL, NULL, 0, NULL },
};

KrModuleDef kr_sys_module_def = {
    "sys",
    "This module provides access to some objects used or maintained by the\n"
    "interpreter and to functions that interact strongly with the interpreter.",
    sys_methods,
    NULL,
};

/* ---------------------------------------------------------------------------
 * Struct sequences
 * ------------------------------------------------------------------------ */

static const KrStructSeqField version_info_fields[] = {
    { "major", "Major release number" }, { "minor", "Minor release number" },
    { "micro", "Patch release number" }, { "releaselevel", "'alpha', 'beta', 'candidate', or 'final'" },
    { "serial", "Serial release number" }, { NULL, NULL },
};
static const KrStructSeqDesc version_info_desc = {
    "sys.version_info", "sys.version_info\n\nVersion information as a named tuple.",
    version_info_fields, 5, 1,
};

static const KrStructSeqField flags_fields[] = {
    { "debug", NULL }, { "inspect", NULL }, { "interactive", NULL }, { "optimize", NULL },
    { "dont_write_bytecode", NULL }, { "no_user_site", NULL }, { "no_site", NULL },
    { "ignore_environment", NULL }, { "verbose", NULL }, { "bytes_warning", NULL },
    { "quiet", NULL }, { "hash_randomization", NULL }, { "isolated", NULL },
    { "dev_mode", NULL }, { "utf8_mode", NULL }, { "warn_default_encoding", NULL },
    { "safe_path", NULL }, { "int_max_str_digits", NULL }, { NULL, NULL },
};
static const KrStructSeqDesc flags_desc = {
    "sys.flags", "sys.flags\n\nFlags provided through command line arguments or environment vars.",
    flags_fields, 18, 1,
};

static const KrStructSeqField float_info_fields[] = {
    { "max", NULL }, { "max_exp", NULL }, { "max_10_exp", NULL }, { "min", NULL },
    { "min_exp", NULL }, { "min_10_exp", NULL }, { "dig", NULL }, { "mant_dig", NULL },
    { "epsilon", NULL }, { "radix", NULL }, { "rounds", NULL }, { NULL, NULL },
};
static const KrStructSeqDesc float_info_desc = {
    "sys.float_info", "sys.float_info\n\nA named tuple holding information about the float type.",
    float_info_fields, 11, 1,
};

static const KrStructSeqField int_info_fields[] = {
    { "bits_per_digit", NULL }, { "sizeof_digit", NULL }, { "default_max_str_digits", NULL },
    { "str_digits_check_threshold", NULL }, { NULL, NULL },
};
static const KrStructSeqDesc int_info_desc = {
    "sys.int_info", "sys.int_info\n\nA named tuple that holds information about Python's\n"
    "internal representation of integers.", int_info_fields, 4, 1,
};

static const KrStructSeqField hash_info_fields[] = {
    { "width", NULL }, { "modulus", NULL }, { "inf", NULL }, { "nan", NULL }, { "imag", NULL },
    { "algorithm", NULL }, { "hash_bits", NULL }, { "seed_bits", NULL }, { "cutoff", NULL },
    { NULL, NULL },
};
static const KrStructSeqDesc hash_info_desc = {
    "sys.hash_info", "hash_info\n\nA named tuple providing parameters used for computing\n"
    "hashes. The attributes are read only.", hash_info_fields, 9, 1,
};

static const KrStructSeqField thread_info_fields[] = {
    { "name", NULL }, { "lock", NULL }, { "version", NULL }, { NULL, NULL },
};
static const KrStructSeqDesc thread_info_desc = {
    "sys.thread_info", "sys.thread_info\n\nA named tuple holding information about the thread "
    "implementation.", thread_info_fields, 3, 1,
};

/* Makes an instance from a printf-like spec: i = int, f = double, s = C
 * string, b = bool (int), O = object (borrowed). */
static KrObject *structseq_make(const KrStructSeqDesc *desc, KrTypeObject **typep,
                                const char *spec, ...)
{
    if (!*typep) {
        *typep = kr_structseq_new_type(desc);
        if (!*typep) return NULL;
    }
    KrObject *o = kr_structseq_new(*typep);
    if (!o) return NULL;
    va_list ap;
    va_start(ap, spec);
    for (int i = 0; spec[i]; i++) {
        KrObject *v = NULL;
        switch (spec[i]) {
        case 'i': v = kr_int_from_i64(va_arg(ap, long long)); break;
        case 'f': v = kr_float_from_double(va_arg(ap, double)); break;
        case 's': {
            const char *s = va_arg(ap, const char *);
            v = s ? kr_str_from_cstr(s) : kr_newref(KR_NONE);
            break;
        }
        case 'b': v = kr_bool_from(va_arg(ap, int)); break;
        case 'O': v = kr_newref(va_arg(ap, KrObject *)); break;
        }
        if (!v) {
            /* fill the rest so that dealloc sees valid items */
            for (int j = i; spec[j]; j++) KR_STRUCTSEQ_SET_STEAL(o, j, kr_newref(KR_NONE));
            va_end(ap);
            KR_DECREF(o);
            return NULL;
        }
        KR_STRUCTSEQ_SET_STEAL(o, i, v);
    }
    va_end(ap);
    return o;
}

static KrTypeObject *version_info_type, *flags_type, *float_info_type, *int_info_type,
    *hash_info_type, *thread_info_type;

/* ---------------------------------------------------------------------------
 * sys.path, sys.executable
 * ------------------------------------------------------------------------ */

static KrObject *str_from_os(const char *s)
{
    return kr_str_from_utf8_surrogateescape(s, (ssize_t)strlen(s));
}

static int path_append(KrObject *list, const char *s)
{
    KrObject *v = str_from_os(s);
    if (!v) return -1;
    int r = kr_list_append(list, v);
    KR_DECREF(v);
    return r;
}

static int sys_build_path(KrObject *sysdict, const char *exe)
{
    KrObject *path = kr_list_new(0);
    if (!path) return -1;
    char buf[PATH_MAX];
    const char *arg0 = kr_config.argc > 0 ? kr_config.argv[0] : "";
    if (!kr_config.isolated && !kr_config.safe_path) {
        if (strcmp(arg0, "-m") == 0) {
            if (!getcwd(buf, sizeof buf)) buf[0] = 0;
            if (path_append(path, buf) < 0) goto fail;
        } else if (arg0[0] && strcmp(arg0, "-c") != 0 && strcmp(arg0, "-") != 0) {
            char *real = realpath(arg0, NULL);
            const char *p = real ? real : arg0;
            const char *slash = strrchr(p, '/');
            if (slash) {
                size_t n = (size_t)(slash - p);
                if (n == 0) n = 1;
                snprintf(buf, sizeof buf, "%.*s", (int)n, p);
            } else {
                if (!getcwd(buf, sizeof buf)) buf[0] = 0;
            }
            free(real);
            if (path_append(path, buf) < 0) goto fail;
        } else {
            if (path_append(path, "") < 0) goto fail;
        }
    }
    if (!kr_config.ignore_environment && !kr_config.isolated) {
        const char *pp = getenv("PYTHONPATH");
        if (pp && *pp) {
            const char *s = pp;
            for (;;) {
                const char *colon = strchr(s, ':');
                size_t n = colon ? (size_t)(colon - s) : strlen(s);
                if (n > 0) {
                    snprintf(buf, sizeof buf, "%.*s", (int)n, s);
                    if (path_append(path, buf) < 0) goto fail;
                }
                if (!colon) break;
                s = colon + 1;
            }
        }
    }
    /* krait's own lib/ beside the build directory: <exe dir>/../lib */
    if (exe && *exe) {
        const char *slash = strrchr(exe, '/');
        if (slash) {
            char lib[PATH_MAX];
            snprintf(lib, sizeof lib, "%.*s/../lib", (int)(slash - exe), exe);
            char *real = realpath(lib, NULL);
            if (real) {
                int r = path_append(path, real);
                free(real);
                if (r < 0) goto fail;
            }
        }
    }
    if (path_append(path, "/usr/lib/python3.11") < 0) goto fail;
    int r = kr_dict_set_item_str(sysdict, "path", path);
    KR_DECREF(path);
    return r;
fail:
    KR_DECREF(path);
    return -1;
}

/* stdout/stdin errors as CPython chooses them: surrogateescape under the C
 * or POSIX locale (and C.UTF-8), strict otherwise. */
static const char *stdio_errors(void)
{
    const char *names[] = { "LC_ALL", "LC_CTYPE", "LANG" };
    const char *loc = NULL;
    for (int i = 0; i < 3; i++) {
        const char *v = getenv(names[i]);
        if (v && *v) { loc = v; break; }
    }
    if (!loc || strcmp(loc, "C") == 0 || strcmp(loc, "POSIX") == 0 ||
        strncmp(loc, "C.", 2) == 0)
        return "surrogateescape";
    return "strict";
}

/* ---------------------------------------------------------------------------
 * Module creation
 * ------------------------------------------------------------------------ */

static int set_steal(KrObject *d, const char *name, KrObject *v)
{
    if (!v) return -1;
    int r = kr_dict_set_item_str(d, name, v);
    KR_DECREF(v);
    return r;
}

static KrObject *strlist_from(char *const *items, int n)
{
    KrObject *list = kr_list_new(0);
    if (!list) return NULL;
    for (int i = 0; i < n; i++) {
        if (path_append(list, items[i] ? items[i] : "") < 0) {
            KR_DECREF(list);
            return NULL;
        }
    }
    return list;
}

static int sys_fill(KrObject *d)
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n < 0) n = 0;
    exe[n] = 0;

    if (set_steal(d, "modules", kr_newref(kr_interp.modules)) < 0) return -1;
    /* argv, orig_argv */
    KrObject *argv;
    if (kr_config.argc > 0) {
        argv = strlist_from(kr_config.argv, kr_config.argc);
    } else {
        char *empty[] = { "" };
        argv = strlist_from(empty, 1);
    }
    if (set_steal(d, "argv", argv) < 0) return -1;
    KrObject *orig = kr_list_new(0);
    if (!orig) return -1;
    if (path_append(orig, kr_config.program ? kr_config.program : "krait") < 0 ||
        (kr_config.argc > 0 && kr_list_extend(orig, kr_dict_get_item_str_borrow(d, "argv")) < 0)) {
        KR_DECREF(orig);
        return -1;
    }
    if (set_steal(d, "orig_argv", orig) < 0) return -1;
    if (sys_build_path(d, exe) < 0) return -1;
    if (set_steal(d, "executable", str_from_os(exe)) < 0) return -1;
    if (set_steal(d, "_base_executable", str_from_os(exe)) < 0) return -1;

    /* streams */
    const char *errs = stdio_errors();
    KrObject *in = kr_stdio_new(0, "<stdin>", "r", errs);
    KrObject *out = kr_stdio_new(1, "<stdout>", "w", errs);
    KrObject *err = kr_stdio_new(2, "<stderr>", "w", "backslashreplace");
    if (!in || !out || !err) goto stream_fail;
    /* as CPython: stderr is line-buffered; -u makes stdout and stderr
     * write through to an unbuffered byte layer */
    ((KrStdioObject *)err)->line_buffering = 1;
    if (kr_config.unbuffered) {
        ((KrStdioObject *)out)->write_through = ((KrStdioObject *)out)->raw_unbuffered = 1;
        ((KrStdioObject *)err)->write_through = ((KrStdioObject *)err)->raw_unbuffered = 1;
    }
    if (kr_dict_set_item_str(d, "stdin", in) < 0 || kr_dict_set_item_str(d, "__stdin__", in) < 0 ||
        kr_dict_set_item_str(d, "stdout", out) < 0 || kr_dict_set_item_str(d, "__stdout__", out) < 0 ||
        kr_dict_set_item_str(d, "stderr", err) < 0 || kr_dict_set_item_str(d, "__stderr__", err) < 0)
        goto stream_fail;
    KR_DECREF(in); KR_DECREF(out); KR_DECREF(err);

    /* hooks: sys.__displayhook__ is the original sys.displayhook */
    static const char *const hooks[][2] = {
        { "displayhook", "__displayhook__" }, { "excepthook", "__excepthook__" },
        { "breakpointhook", "__breakpointhook__" },
    };
    for (int i = 0; i < 3; i++) {
        KrObject *h = kr_dict_get_item_str_borrow(d, hooks[i][0]);
        if (h && kr_dict_set_item_str(d, hooks[i][1], h) < 0) return -1;
    }
    unraisable_type = kr_structseq_new_type(&unraisable_desc);
    if (!unraisable_type) return -1;
    KrObject *uh = kr_cfunction_new(unraisablehook_def, kr_interp.sys_module, NULL);
    if (!uh || kr_dict_set_item_str(d, "unraisablehook", uh) < 0 ||
        kr_dict_set_item_str(d, "__unraisablehook__", uh) < 0) {
        KR_XDECREF(uh);
        return -1;
    }
    KR_DECREF(uh);

    /* versions */
    if (set_steal(d, "version", kr_str_from_cstr(KR_VERSION_STRING)) < 0) return -1;
    KrObject *vi = structseq_make(&version_info_desc, &version_info_type, "iiisi", 3LL, 11LL,
                                  (long long)KR_VERSION_MICRO, "final", 0LL);
    if (!vi) return -1;
    if (kr_dict_set_item_str(d, "version_info", vi) < 0) { KR_DECREF(vi); return -1; }
    if (set_steal(d, "hexversion", kr_int_from_i64(KR_HEXVERSION)) < 0) { KR_DECREF(vi); return -1; }
    if (set_steal(d, "api_version", kr_int_from_i64(1013)) < 0) { KR_DECREF(vi); return -1; }
    KrObject *impl_kw = kr_dict_new();
    if (!impl_kw) { KR_DECREF(vi); return -1; }
    int bad = set_steal(impl_kw, "name", kr_str_from_cstr("krait")) < 0 ||
              set_steal(impl_kw, "cache_tag", kr_str_from_cstr("krait-311")) < 0 ||
              kr_dict_set_item_str(impl_kw, "version", vi) < 0 ||
              set_steal(impl_kw, "hexversion", kr_int_from_i64(KR_HEXVERSION)) < 0 ||
              set_steal(impl_kw, "_multiarch", kr_str_from_cstr("x86_64-linux-gnu")) < 0;
    KR_DECREF(vi);
    if (bad) { KR_DECREF(impl_kw); return -1; }
    KrObject *impl = kr_namespace_new(impl_kw);
    KR_DECREF(impl_kw);
    if (set_steal(d, "implementation", impl) < 0) return -1;

    /* flags */
    KrObject *flags = structseq_make(&flags_desc, &flags_type, "iiiiiiiiiiiiibiibi",
        0LL, (long long)kr_config.inspect, (long long)kr_config.interactive,
        (long long)kr_config.optimize, (long long)kr_config.dont_write_bytecode,
        (long long)(kr_config.isolated ? 1 : 0), (long long)kr_config.no_site,
        (long long)(kr_config.ignore_environment || kr_config.isolated),
        (long long)kr_config.verbose, (long long)kr_config.bytes_warning,
        (long long)kr_config.quiet, 1LL, (long long)kr_config.isolated, 0,
        0LL, 0LL, kr_config.safe_path || kr_config.isolated, -1LL);
    if (!flags) return -1;
    if (set_steal(d, "flags", flags) < 0) return -1;

    KrObject *fi = structseq_make(&float_info_desc, &float_info_type, "fiifiiiifii",
        DBL_MAX, (long long)DBL_MAX_EXP, (long long)DBL_MAX_10_EXP, DBL_MIN,
        (long long)DBL_MIN_EXP, (long long)DBL_MIN_10_EXP, (long long)DBL_DIG,
        (long long)DBL_MANT_DIG, DBL_EPSILON, (long long)FLT_RADIX, 1LL);
    if (!fi) return -1;
    if (set_steal(d, "float_info", fi) < 0) return -1;
    KrObject *ii = structseq_make(&int_info_desc, &int_info_type, "iiii", 30LL, 4LL, 4300LL, 640LL);
    if (!ii) return -1;
    if (set_steal(d, "int_info", ii) < 0) return -1;
    KrObject *hi = structseq_make(&hash_info_desc, &hash_info_type, "iiiiisiii", 64LL,
        (long long)(((uint64_t)1 << 61) - 1), 314159LL, 0LL, 1000003LL, "siphash13", 64LL,
        128LL, 0LL);
    if (!hi) return -1;
    if (set_steal(d, "hash_info", hi) < 0) return -1;
    KrObject *ti = structseq_make(&thread_info_desc, &thread_info_type, "sss", "pthread",
                                  "semaphore", "NPTL 2.36");
    if (!ti) return -1;
    if (set_steal(d, "thread_info", ti) < 0) return -1;

    /* constants */
    if (set_steal(d, "maxsize", kr_int_from_i64(SSIZE_MAX)) < 0 ||
        set_steal(d, "maxunicode", kr_int_from_i64(0x10FFFF)) < 0 ||
        set_steal(d, "byteorder", kr_str_from_cstr(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ?
                                                   "little" : "big")) < 0 ||
        set_steal(d, "platform", kr_str_from_cstr("linux")) < 0 ||
        set_steal(d, "platlibdir", kr_str_from_cstr("lib")) < 0 ||
        set_steal(d, "prefix", kr_str_from_cstr("/usr")) < 0 ||
        set_steal(d, "exec_prefix", kr_str_from_cstr("/usr")) < 0 ||
        set_steal(d, "base_prefix", kr_str_from_cstr("/usr")) < 0 ||
        set_steal(d, "base_exec_prefix", kr_str_from_cstr("/usr")) < 0 ||
        set_steal(d, "abiflags", kr_str_from_cstr("")) < 0 ||
        set_steal(d, "float_repr_style", kr_str_from_cstr("short")) < 0 ||
        set_steal(d, "pycache_prefix", kr_newref(KR_NONE)) < 0 ||
        set_steal(d, "dont_write_bytecode", kr_bool_from(kr_config.dont_write_bytecode)) < 0 ||
        set_steal(d, "meta_path", kr_list_new(0)) < 0 ||
        set_steal(d, "path_hooks", kr_list_new(0)) < 0 ||
        set_steal(d, "path_importer_cache", kr_dict_new()) < 0)
        return -1;
    if (set_steal(d, "copyright", kr_str_from_cstr(
            "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
            "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
            "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\n"
            "All Rights Reserved.\n\n"
            "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\n"
            "All Rights Reserved.")) < 0)
        return -1;

    /* builtin_module_names: the registry, sorted */
    KrObject *names = kr_list_new(0);
    if (!names) return -1;
    for (int i = 0; kr_builtin_module_defs[i]; i++) {
        if (path_append(names, kr_builtin_module_defs[i]->name) < 0) { KR_DECREF(names); return -1; }
    }
    if (kr_list_sort(names) < 0) { KR_DECREF(names); return -1; }
    KrObject *tnames = kr_list_as_tuple(names);
    KR_DECREF(names);
    if (set_steal(d, "builtin_module_names", tnames) < 0) return -1;

    /* stdlib_module_names: a frozenset */
    KrObject *std = kr_frozenset_new(NULL);
    if (!std) return -1;
    for (int i = 0; kr_sys_stdlib_names[i]; i++) {
        KrObject *n = kr_str_from_cstr(kr_sys_stdlib_names[i]);
        if (!n || kr_set_add(std, n) < 0) { KR_XDECREF(n); KR_DECREF(std); return -1; }
        KR_DECREF(n);
    }
    if (set_steal(d, "stdlib_module_names", std) < 0) return -1;

    /* -W and -X options */
    KrObject *wo = kr_list_new(0);
    if (!wo) return -1;
    for (int i = 0; i < kr_config.nwarnoptions; i++)
        if (path_append(wo, kr_config.warnoptions[i]) < 0) { KR_DECREF(wo); return -1; }
    if (set_steal(d, "warnoptions", wo) < 0) return -1;
    KrObject *xo = kr_dict_new();
    if (!xo) return -1;
    for (int i = 0; i < kr_config.nxoptions; i++) {
        const char *opt = kr_config.xoptions[i];
        const char *eq = strchr(opt, '=');
        KrObject *k = eq ? kr_str_from_utf8(opt, eq - opt) : kr_str_from_cstr(opt);
        KrObject *v = eq ? kr_str_from_cstr(eq + 1) : kr_newref(KR_TRUE);
        int r = (k && v) ? kr_dict_set_item(xo, k, v) : -1;
        KR_XDECREF(k);
        KR_XDECREF(v);
        if (r < 0) { KR_DECREF(xo); return -1; }
    }
    if (set_steal(d, "_xoptions", xo) < 0) return -1;
    if (kr_config.interactive || kr_config.inspect) {
        if (set_steal(d, "ps1", kr_str_from_cstr(">>> ")) < 0 ||
            set_steal(d, "ps2", kr_str_from_cstr("... ")) < 0)
            return -1;
    }
    return 0;
stream_fail:
    KR_XDECREF(in);
    KR_XDECREF(out);
    KR_XDECREF(err);
    return -1;
}

int kr_sys_init(void)
{
    if (kr_stdio_init() < 0 || kr_namespace_init() < 0) return -1;
    if (!kr_interp.modules && !(kr_interp.modules = kr_dict_new())) return -1;
    KrObject *m = kr_module_from_def(&kr_sys_module_def);
    if (!m) return -1;
    KrObject *d = kr_module_get_dict_borrow(m);
    kr_interp.sys_module = m;
    kr_interp.sysdict = kr_newref(d);
    if (sys_fill(d) < 0) return -1;
    if (kr_dict_set_item_str(kr_interp.modules, "sys", m) < 0) return -1;
    return 0;
}
