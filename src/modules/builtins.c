/* builtins.c — the `builtins` module: its creation, and the built-in
 * functions from abs to input (the rest are in builtins_more.c, the
 * iterator types in builtins_types.c). Argument checks and messages follow
 * CPython 3.11 exactly. */
#include "builtins.h"
#include "sys.h"
#include "stdio.h"
#include "../objects/type.h"
#include "../objects/str.h"
#include "../objects/int.h"
#include "../objects/float.h"
#include "../objects/bytes.h"
#include "../objects/list.h"
#include "../objects/tuple.h"
#include "../objects/dict.h"
#include "../objects/set.h"
#include "../objects/slice.h"
#include "../objects/args.h"
#include "../objects/abstract.h"
#include "../objects/call.h"
#include "../objects/ids.h"
#include "../objects/code.h"
#include "../objects/cell.h"
#include "../objects/none.h"
#include "../objects/property.h"
#include "../objects/super.h"
#include "../objects/exceptions.h"
#include "../objects/iter.h"
#include "../vm/err.h"
#include "../vm/state.h"
#include "../vm/eval.h"
#include "../vm/run.h"
#include "../vm/config.h"
#include "../parser/parser.h"
#include "../compiler/compile.h"
#include "astmodule.h"
#include "../objects/range.h"
#include "../objects/memoryview.h"

#include <stdint.h>
#include <string.h>

/* ---------------------------------------------------------------------------
 * Shared argument checks
 * ------------------------------------------------------------------------ */

int kr_builtins_check_count(const char *name, ssize_t nargs, ssize_t min, ssize_t max)
{
    if (nargs >= min && nargs <= max) return 0;
    if (min == max)
        kr_err_format(kr_exc_TypeError, "%s expected %zd argument%s, got %zd", name, min,
                      min == 1 ? "" : "s", nargs);
    else if (nargs < min)
        kr_err_format(kr_exc_TypeError, "%s expected at least %zd argument%s, got %zd", name, min,
                      min == 1 ? "" : "s", nargs);
    else
        kr_err_format(kr_exc_TypeError, "%s expected at most %zd argument%s, got %zd", name, max,
                      max == 1 ? "" : "s", nargs);
    return -1;
}

int kr_builtins_no_kwnames(const char *name, KrObject *kwnames)
{
    if (kwnames && KR_SIZE(kwnames) > 0) {
        kr_err_format(kr_exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

static int check_attr_name(KrObject *name)
{
    if (!KR_STR_CHECK(name)) {
        kr_err_format(kr_exc_TypeError, "attribute name must be string, not '%s'",
                      KR_TYPE(name)->tp_name);
        return -1;
    }
    return 0;
}

/* ---------------------------------------------------------------------------
 * abs all any ascii bin breakpoint callable chr
 * ------------------------------------------------------------------------ */

static KrObject *builtin_abs(KrObject *m, KrObject *x) { return kr_number_absolute(x); }

static KrObject *builtin_all(KrObject *m, KrObject *iterable)
{
    KrObject *it = kr_object_get_iter(iterable);
    if (!it) return NULL;
    kr_iternextfunc next = KR_TYPE(it)->tp_iternext;
    KrObject *item;
    while ((item = next(it))) {
        int t = kr_object_is_true(item);
        KR_DECREF(item);
        if (t <= 0) {
            KR_DECREF(it);
            return t < 0 ? NULL : kr_newref(KR_FALSE);
        }
    }
    KR_DECREF(it);
    if (kr_err_occurred()) {
        if (!kr_err_matches(kr_exc_StopIteration)) return NULL;
        kr_err_clear();
    }
    KR_RETURN_TRUE;
}

static KrObject *builtin_any(KrObject *m, KrObject *iterable)
{
    KrObject *it = kr_object_get_iter(iterable);
    if (!it) return NULL;
    kr_iternextfunc next = KR_TYPE(it)->tp_iternext;
    KrObject *item;
    while ((item = next(it))) {
        int t = kr_object_is_true(item);
        KR_DECREF(item);
        if (t != 0) {
            KR_DECREF(it);
            return t < 0 ? NULL : kr_newref(KR_TRUE);
        }
    }
    KR_DECREF(it);
    if (kr_err_occurred()) {
        if (!kr_err_matches(kr_exc_StopIteration)) return NULL;
        kr_err_clear();
    }
    KR_RETURN_FALSE;
}

static KrObject *builtin_ascii(KrObject *m, KrObject *o) { return kr_object_ascii(o); }

static KrObject *to_base(KrObject *x, int base)
{
    KrObject *i = kr_number_index(x);
    if (!i) return NULL;
    KrObject *r = kr_int_to_base_string(i, base);
    KR_DECREF(i);
    return r;
}

static KrObject *builtin_bin(KrObject *m, KrObject *x) { return to_base(x, 2); }
static KrObject *builtin_oct(KrObject *m, KrObject *x) { return to_base(x, 8); }
static KrObject *builtin_hex(KrObject *m, KrObject *x) { return to_base(x, 16); }

static KrObject *builtin_breakpoint(KrObject *m, KrObject *const *args, ssize_t nargs,
                                    KrObject *kwnames)
{
    KrObject *hook = kr_sys_get_object_borrow("breakpointhook");
    if (!hook) {
        kr_err_set_string(kr_exc_RuntimeError, "lost sys.breakpointhook");
        return NULL;
    }
    KR_INCREF(hook);
    KrObject *r = kr_object_vectorcall(hook, args, (size_t)nargs, kwnames);
    KR_DECREF(hook);
    return r;
}

static KrObject *builtin_callable(KrObject *m, KrObject *o)
{
    return kr_bool_from(kr_callable_check(o));
}

static KrObject *builtin_chr(KrObject *m, KrObject *x)
{
    int64_t v;
    if (KR_INT_CHECK_EXACT(x) && KR_INT_IS_SMALL(x)) {
        v = KR_INT_SMALL_VALUE(x);
    } else {
        KrObject *i = kr_number_index(x);
        if (!i) return NULL;
        v = kr_int_as_i64(i);
        KR_DECREF(i);
        if (v == -1 && kr_err_occurred()) {
            if (!kr_err_matches(kr_exc_OverflowError)) return NULL;
            kr_err_clear();
            v = INT64_MAX;
        }
    }
    if (v > INT32_MAX || v < INT32_MIN) {
        kr_err_set_string(kr_exc_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    if (v < 0 || v > 0x10FFFF) {
        kr_err_set_string(kr_exc_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    return kr_str_from_char((uint32_t)v);
}

/* ---------------------------------------------------------------------------
 * compile eval exec
 * ------------------------------------------------------------------------ */

/* The source text of compile/eval/exec as UTF-8 (borrowed from s or its
 * buffer; *keep receives an object to release). */
static const char *source_text(KrObject *src, const char *fname, const char *what,
                               ssize_t *len, KrObject **keep, int *is_str)
{
    *keep = NULL;
    *is_str = 0;
    const char *text;
    if (KR_STR_CHECK(src)) {
        text = kr_str_as_utf8(src, len);
        if (!text) return NULL;
        *is_str = 1;
    } else if (KR_BYTES_CHECK(src)) {
        text = KR_BYTES_DATA(src);
        *len = KR_BYTES_LEN(src);
    } else if (KR_BYTEARRAY_CHECK(src)) {
        *keep = kr_bytes_from(KR_BYTEARRAY_DATA(src), KR_SIZE(src));
        if (!*keep) return NULL;
        text = KR_BYTES_DATA(*keep);
        *len = KR_BYTES_LEN(*keep);
    } else {
        kr_err_format(kr_exc_TypeError, "%s() arg 1 must be a %s object", fname, what);
        return NULL;
    }
    if ((ssize_t)strlen(text) != *len) {
        KR_CLEAR(*keep);
        kr_err_set_string(kr_exc_ValueError, "source code string cannot contain null bytes");
        return NULL;
    }
    return text;
}

static KrObject *builtin_compile(KrObject *m, KrObject *const *args, ssize_t nargs,
                                 KrObject *kwnames)
{
    static const char *const names[] = { "source", "filename", "mode", "flags", "dont_inherit",
                                          "optimize", "_feature_version", NULL };
    static const KrArgSpec spec = { "compile", names, 0, 6, 3 };
    KrObject *a[7];
    if (kr_args_parse(&spec, args, nargs, kwnames, a) < 0) return NULL;
    /* filename: str, bytes or os.PathLike */
    KrObject *filename;
    if (KR_STR_CHECK(a[1])) {
        filename = kr_newref(a[1]);
    } else if (KR_BYTES_CHECK(a[1])) {
        filename = kr_str_from_utf8_surrogateescape(KR_BYTES_DATA(a[1]), KR_BYTES_LEN(a[1]));
        if (!filename) return NULL;
    } else {
        static KrObject *fspath_name;   /* interned once, kept for the process */
        if (!fspath_name && !(fspath_name = kr_str_intern_cstr("__fspath__"))) return NULL;
        KrObject *fspath = kr_object_lookup_special(a[1], fspath_name);
        if (!fspath) {
            if (kr_err_occurred()) return NULL;
            return kr_err_format(kr_exc_TypeError,
                                 "expected str, bytes or os.PathLike object, not %s",
                                 KR_TYPE(a[1])->tp_name);
        }
        filename = kr_object_call_noargs(fspath);
        KR_DECREF(fspath);
        if (!filename) return NULL;
        if (!KR_STR_CHECK(filename)) {
            KR_DECREF(filename);
            return kr_err_format(kr_exc_TypeError, "expected str, bytes or os.PathLike object");
        }
    }
    if (!KR_STR_CHECK(a[2])) {
        KR_DECREF(filename);
        return kr_err_format(kr_exc_TypeError, "compile() argument 'mode' must be str, not %s",
                             KR_TYPE(a[2])->tp_name);
    }
    long flags = 0, optimize = -1;
    if (a[3]) {
        flags = (long)kr_number_as_ssize(a[3], kr_exc_OverflowError);
        if (flags == -1 && kr_err_occurred()) { KR_DECREF(filename); return NULL; }
    }
    int mode;
    if (kr_str_equal_cstr(a[2], "exec")) mode = KR_PARSE_EXEC;
    else if (kr_str_equal_cstr(a[2], "eval")) mode = KR_PARSE_EVAL;
    else if (kr_str_equal_cstr(a[2], "single")) mode = KR_PARSE_SINGLE;
    else if (kr_str_equal_cstr(a[2], "func_type") && (flags & KR_PYCF_ONLY_AST)) mode = KR_PARSE_FUNC_TYPE;
    else {
        KR_DECREF(filename);
        if (kr_str_equal_cstr(a[2], "func_type"))
            kr_err_set_string(kr_exc_ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        else if (flags & KR_PYCF_ONLY_AST)
            kr_err_set_string(kr_exc_ValueError,
                              "compile() mode must be 'exec', 'eval', 'single' or 'func_type'");
        else
            kr_err_set_string(kr_exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
        return NULL;
    }
    if (a[5]) {
        optimize = (long)kr_number_as_ssize(a[5], kr_exc_OverflowError);
        if (optimize == -1 && kr_err_occurred()) { KR_DECREF(filename); return NULL; }
        if (optimize < -1 || optimize > 2) {
            KR_DECREF(filename);
            kr_err_set_string(kr_exc_ValueError, "compile(): invalid optimize value");
            return NULL;
        }
    }
    /* the __future__ flags, CO_NESTED, and the PyCF_* compile flags */
    if (flags & ~(0x1FE0000L | 0x10L | 0x400L | 0x1000L | 0x200L | 0x4000L | 0x2000L)) {
        KR_DECREF(filename);
        kr_err_set_string(kr_exc_ValueError, "compile(): unrecognised flags");
        return NULL;
    }
    if (kr_astmodule_check(a[0])) {
        /* an AST object (astmodule.c): returned as is for PyCF_ONLY_AST,
         * else converted to the C AST (with CPython's checks) and compiled */
        if (flags & KR_PYCF_ONLY_AST) {
            KR_DECREF(filename);
            return kr_newref(a[0]);
        }
        KrArena *arena = kr_arena_new();
        KrObject *code = NULL;
        if (arena) {
            KrAstMod *mod = kr_astmodule_to_mod(a[0], mode, arena);
            if (mod) code = kr_compile_mod(mod, filename, mode, (int)optimize);
            kr_arena_free(arena);
        }
        KR_DECREF(filename);
        return code;
    }
    if (KR_CODE_CHECK(a[0])) {
        KR_DECREF(filename);
        return kr_newref(a[0]);
    }
    ssize_t len;
    KrObject *keep;
    int is_str;
    const char *text = source_text(a[0], "compile", "string, bytes or AST", &len, &keep, &is_str);
    KrObject *code = NULL;
    if (text && (flags & KR_PYCF_ONLY_AST)) {
        /* compile(..., PyCF_ONLY_AST): the tree as ast node objects */
        KrArena *arena = kr_arena_new();
        if (arena) {
            KrAstMod *mod = kr_parse_source_flags(text, len, filename, mode,
                                                  is_str ? KR_PARSE_FLAG_IGNORE_COOKIE : 0, arena);
            if (mod) code = kr_astmodule_from_mod(mod);
            kr_arena_free(arena);
        }
    } else if (text)
        code = kr_compile_source_flags(text, len, filename, mode, (int)optimize,
                                       is_str ? KR_COMPILE_FLAG_IGNORE_COOKIE : 0);
    KR_XDECREF(keep);
    KR_DECREF(filename);
    return code;
}

/* Resolves the globals/locals of eval/exec: NULL-or-None globals means the
 * caller's; adds __builtins__ to globals when missing. New refs. */
static int eval_namespaces(const char *fname, KrObject *g, KrObject *l, KrObject **gout,
                           KrObject **lout, int exec_msgs)
{
    if (g == KR_NONE) g = NULL;
    if (l == KR_NONE) l = NULL;
    if (!exec_msgs && l && !kr_mapping_check(l)) {
        kr_err_set_string(kr_exc_TypeError, "locals must be a mapping");
        return -1;
    }
    if (g && !KR_DICT_CHECK(g)) {
        if (exec_msgs)
            kr_err_format(kr_exc_TypeError, "exec() globals must be a dict, not %s",
                          KR_TYPE(g)->tp_name);
        else
            kr_err_set_string(kr_exc_TypeError,
                              kr_mapping_check(g) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                                  : "globals must be a dict");
        return -1;
    }
    if (l && !kr_mapping_check(l)) {
        if (exec_msgs)
            kr_err_format(kr_exc_TypeError, "locals must be a mapping or None, not %s",
                          KR_TYPE(l)->tp_name);
        else
            kr_err_set_string(kr_exc_TypeError, "locals must be a mapping");
        return -1;
    }
    if (!g) {
        g = kr_eval_get_globals_borrow();
        if (!g) {
            kr_err_format(kr_exc_SystemError, "%s() must be called with a globals dict when no frame "
                          "is running", fname);
            return -1;
        }
        KR_INCREF(g);
        if (!l) {
            l = kr_eval_get_locals();
            if (!l) { KR_DECREF(g); return -1; }
        } else {
            KR_INCREF(l);
        }
    } else {
        KR_INCREF(g);
        l = l ? kr_newref(l) : kr_newref(g);
    }
    int has = kr_dict_contains(g, KR_ID(__builtins__));
    if (has == 0) {
        KrObject *b = kr_eval_get_builtins_borrow();
        if (!b) b = kr_interp.builtins;
        has = kr_dict_set_item(g, KR_ID(__builtins__), b) < 0 ? -1 : 1;
    }
    if (has < 0) {
        KR_DECREF(g);
        KR_DECREF(l);
        return -1;
    }
    *gout = g;
    *lout = l;
    return 0;
}

static KrObject *builtin_eval(KrObject *m, KrObject *const *args, ssize_t nargs,
                              KrObject *kwnames)
{
    static const char *const names[] = { "source", "globals", "locals", NULL };
    static const KrArgSpec spec = { "eval", names, 3, 3, 1 };
    KrObject *a[3];
    if (!kwnames || KR_SIZE(kwnames) == 0) {
        if (kr_builtins_check_count("eval", nargs, 1, 3) < 0) return NULL;
    }
    if (kr_args_parse(&spec, args, nargs, kwnames, a) < 0) return NULL;
    KrObject *g, *l;
    if (eval_namespaces("eval", a[1], a[2], &g, &l, 0) < 0) return NULL;
    if (!KR_CODE_CHECK(a[0]) && !KR_STR_CHECK(a[0]) && !KR_BYTES_CHECK(a[0]) &&
        !KR_BYTEARRAY_CHECK(a[0])) {
        KR_DECREF(g);
        KR_DECREF(l);
        kr_err_set_string(kr_exc_TypeError, "eval() arg 1 must be a string, bytes or code object");
        return NULL;
    }
    KrObject *code, *r = NULL, *held = NULL;
    if (KR_CODE_CHECK(a[0])) {
        code = kr_newref(a[0]);
    } else {
        ssize_t len;
        KrObject *keep;
        int is_str;
        const char *text = source_text(a[0], "eval", "string, bytes or code", &len, &keep, &is_str);
        code = NULL;
        if (text) {
            while (len > 0 && (*text == ' ' || *text == '\t')) { text++; len--; }
            KrObject *fn = kr_str_from_cstr("<string>");
            if (fn) {
                code = kr_compile_source_flags(text, len, fn, KR_PARSE_EVAL, -1,
                                               is_str ? KR_COMPILE_FLAG_IGNORE_COOKIE : 0);
                KR_DECREF(fn);
                /* constants held while the code runs, as CPython's AST */
                if (code && !(held = kr_code_hold_constants(code))) KR_CLEAR(code);
            }
        }
        KR_XDECREF(keep);
    }
    if (code) {
        r = kr_run_code(code, g, l);
        KR_DECREF(code);
    }
    KR_XDECREF(held);
    KR_DECREF(g);
    KR_DECREF(l);
    return r;
}

static KrObject *builtin_exec(KrObject *m, KrObject *const *args, ssize_t nargs,
                              KrObject *kwnames)
{
    static const char *const names[] = { "source", "globals", "locals", "closure", NULL };
    static const KrArgSpec spec = { "exec", names, 3, 3, 1 };
    KrObject *a[4];
    if (nargs == 0) {
        kr_err_set_string(kr_exc_TypeError, "exec() takes at least 1 positional argument (0 given)");
        return NULL;
    }
    if (kr_args_parse(&spec, args, nargs, kwnames, a) < 0) return NULL;
    KrObject *g, *l;
    if (eval_namespaces("exec", a[1], a[2], &g, &l, 1) < 0) return NULL;
    KrObject *code = NULL, *r = NULL, *held = NULL;
    KrObject *closure = (a[3] && a[3] != KR_NONE) ? a[3] : NULL;
    if (KR_CODE_CHECK(a[0])) {
        ssize_t nfree = ((KrCodeObject *)a[0])->co_nfreevars;
        if (nfree == 0) {
            if (closure) {
                kr_err_set_string(kr_exc_TypeError, "cannot use a closure with this code object");
                goto done;
            }
        } else {
            int ok = closure && KR_TUPLE_CHECK_EXACT(closure) && KR_SIZE(closure) == nfree;
            for (ssize_t i = 0; ok && i < nfree; i++)
                if (!KR_CELL_CHECK(KR_TUPLE_GET(closure, i))) ok = 0;
            if (!ok) {
                kr_err_format(kr_exc_TypeError,
                              "code object requires a closure of exactly length %zd", nfree);
                goto done;
            }
        }
        code = kr_newref(a[0]);
    } else if (closure) {
        kr_err_set_string(kr_exc_TypeError,
                          "closure can only be used when source is a code object");
        goto done;
    } else {
        ssize_t len;
        KrObject *keep;
        int is_str;
        const char *text = source_text(a[0], "exec", "string, bytes or code", &len, &keep, &is_str);
        if (text) {
            KrObject *fn = kr_str_from_cstr("<string>");
            if (fn) {
                code = kr_compile_source_flags(text, len, fn, KR_PARSE_EXEC, -1,
                                               is_str ? KR_COMPILE_FLAG_IGNORE_COOKIE : 0);
                KR_DECREF(fn);
                /* constants held while the code runs, as CPython's AST */
                if (code && !(held = kr_code_hold_constants(code))) KR_CLEAR(code);
            }
        }
        KR_XDECREF(keep);
    }
    if (code) {
        r = closure ? kr_eval_code(code, g, l, closure) : kr_run_code(code, g, l);
        KR_DECREF(code);
        if (r) KR_SETREF(r, kr_newref(KR_NONE));
    }
    KR_XDECREF(held);
done:
    KR_DECREF(g);
    KR_DECREF(l);
    return r;
}

/* ---------------------------------------------------------------------------
 * delattr dir divmod format getattr globals hasattr hash id
 * ------------------------------------------------------------------------ */

static KrObject *builtin_delattr(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_builtins_check_count("delattr", nargs, 2, 2) < 0) return NULL;
    if (check_attr_name(args[1]) < 0) return NULL;
    if (kr_object_setattr(args[0], args[1], NULL) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *builtin_dir(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_builtins_check_count("dir", nargs, 0, 1) < 0) return NULL;
    if (nargs == 1) return kr_object_dir(args[0]);
    KrObject *locals = kr_eval_get_locals();
    if (!locals) return NULL;
    KrObject *keys;
    if (KR_DICT_CHECK(locals)) {
        keys = kr_dict_keys(locals);
    } else {
        keys = kr_mapping_keys(locals);
        if (keys && !KR_LIST_CHECK_EXACT(keys)) KR_SETREF(keys, kr_sequence_list(keys));
    }
    KR_DECREF(locals);
    if (!keys) return NULL;
    if (kr_list_sort(keys) < 0) { KR_DECREF(keys); return NULL; }
    return keys;
}

static KrObject *builtin_divmod(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_builtins_check_count("divmod", nargs, 2, 2) < 0) return NULL;
    KrObject *a = args[0], *b = args[1];
    KrTypeObject *ta = KR_TYPE(a), *tb = KR_TYPE(b);
    kr_binaryfunc fa = ta->tp_as_number ? ta->tp_as_number->nb_divmod : NULL;
    kr_binaryfunc fb = (tb != ta && tb->tp_as_number) ? tb->tp_as_number->nb_divmod : NULL;
    if (fb == fa) fb = NULL;
    if (fa) {
        if (fb && kr_type_is_subtype(tb, ta)) {
            KrObject *r = fb(a, b);
            if (r != KR_NOTIMPLEMENTED) return r;
            KR_DECREF(r);
            fb = NULL;
        }
        KrObject *r = fa(a, b);
        if (r != KR_NOTIMPLEMENTED) return r;
        KR_DECREF(r);
    }
    if (fb) {
        KrObject *r = fb(a, b);
        if (r != KR_NOTIMPLEMENTED) return r;
        KR_DECREF(r);
    }
    return kr_err_format(kr_exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                         ta->tp_name, tb->tp_name);
}

static KrObject *builtin_format(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_builtins_check_count("format", nargs, 1, 2) < 0) return NULL;
    KrObject *spec = NULL;
    if (nargs == 2) {
        spec = args[1];
        if (!KR_STR_CHECK(spec)) {
            return kr_err_format(kr_exc_TypeError, "format() argument 2 must be str, not %s",
                                 spec == KR_NONE ? "None" : KR_TYPE(spec)->tp_name);
        }
    }
    return kr_object_format(args[0], spec);
}

static KrObject *builtin_getattr(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_builtins_check_count("getattr", nargs, 2, 3) < 0) return NULL;
    if (check_attr_name(args[1]) < 0) return NULL;
    if (nargs == 2) return kr_object_getattr(args[0], args[1]);
    KrObject *r;
    if (kr_object_lookup_attr(args[0], args[1], &r) < 0) return NULL;
    return r ? r : kr_newref(args[2]);
}

static KrObject *builtin_globals(KrObject *m, KrObject *unused)
{
    KrObject *g = kr_eval_get_globals_borrow();
    if (!g) KR_RETURN_NONE;
    return kr_newref(g);
}

static KrObject *builtin_hasattr(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_builtins_check_count("hasattr", nargs, 2, 2) < 0) return NULL;
    if (check_attr_name(args[1]) < 0) return NULL;
    KrObject *r;
    int found = kr_object_lookup_attr(args[0], args[1], &r);
    if (found < 0) return NULL;
    KR_XDECREF(r);
    return kr_bool_from(found);
}

static KrObject *builtin_hash(KrObject *m, KrObject *o)
{
    kr_hash_t h = kr_object_hash(o);
    if (h == -1) return NULL;
    return kr_int_from_i64(h);
}

static KrObject *builtin_id(KrObject *m, KrObject *o)
{
    return kr_int_from_u64((uint64_t)(uintptr_t)o);
}

/* ---------------------------------------------------------------------------
 * input
 * ------------------------------------------------------------------------ */

static KrObject *builtin_input(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_builtins_check_count("input", nargs, 0, 1) < 0) return NULL;
    KrObject *in = kr_sys_get_object_borrow("stdin");
    KrObject *out = kr_sys_get_object_borrow("stdout");
    KrObject *err = kr_sys_get_object_borrow("stderr");
    if (!in || in == KR_NONE) {
        kr_err_set_string(kr_exc_RuntimeError, "input(): lost sys.stdin");
        return NULL;
    }
    if (!out || out == KR_NONE) {
        kr_err_set_string(kr_exc_RuntimeError, "input(): lost sys.stdout");
        return NULL;
    }
    /* stderr is flushed first, as CPython does */
    if (err && err != KR_NONE) {
        KrObject *r = kr_object_call_method_str(err, "flush", NULL, 0);
        if (r) KR_DECREF(r);
        else kr_err_clear();
    }
    KR_INCREF(in);
    KR_INCREF(out);
    KrObject *result = NULL;
    if (nargs == 1 && args[0] != KR_NONE) {
        KrObject *p = kr_object_str(args[0]);
        if (!p) goto done;
        KrObject *r = kr_object_call_method_str(out, "write", &p, 1);
        KR_DECREF(p);
        if (!r) goto done;
        KR_DECREF(r);
    }
    KrObject *r = kr_object_call_method_str(out, "flush", NULL, 0);
    if (!r) goto done;
    KR_DECREF(r);
    KrObject *line = kr_object_call_method_str(in, "readline", NULL, 0);
    if (!line) goto done;
    if (!KR_STR_CHECK(line)) {
        kr_err_format(kr_exc_TypeError, "object.readline() returned non-string");
        KR_DECREF(line);
        goto done;
    }
    ssize_t len = KR_STR_LEN(line);
    if (len == 0) {
        KR_DECREF(line);
        kr_err_set_string(kr_exc_EOFError, "EOF when reading a line");
        goto done;
    }
    if (KR_STR_READ_CHAR(line, len - 1) == '\n') {
        result = kr_str_substring(line, 0, len - 1);
        KR_DECREF(line);
    } else {
        result = line;
    }
done:
    KR_DECREF(in);
    KR_DECREF(out);
    return result;
}

/* ---------------------------------------------------------------------------
 * The module
 * ------------------------------------------------------------------------ */

KrMethodDef kr_builtins_methods_a[] = {
    { "abs", (void *)builtin_abs, KR_METH_O,
      "abs($module, x, /)\n--\n\nReturn the absolute value of the argument." },
    { "all", (void *)builtin_all, KR_METH_O,
      "all($module, iterable, /)\n--\n\nReturn True if bool(x) is True for all values x in the "
      "iterable.\n\nIf the iterable is empty, return True." },
    { "any", (void *)builtin_any, KR_METH_O,
      "any($module, iterable, /)\n--\n\nReturn True if bool(x) is True for any x in the "
      "iterable.\n\nIf the iterable is empty, return False." },
    { "ascii", (void *)builtin_ascii, KR_METH_O,
      "ascii($module, obj, /)\n--\n\nReturn an ASCII-only representation of an object." },
    { "bin", (void *)builtin_bin, KR_METH_O,
      "bin($module, number, /)\n--\n\nReturn the binary representation of an integer." },
    { "breakpoint", (void *)builtin_breakpoint, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "breakpoint(*args, **kws)\n--\n\nCall sys.breakpointhook(*args, **kws)." },
    { "callable", (void *)builtin_callable, KR_METH_O,
      "callable($module, obj, /)\n--\n\nReturn whether the object is callable (i.e., some kind "
      "of function)." },
    { "chr", (void *)builtin_chr, KR_METH_O,
      "chr($module, i, /)\n--\n\nReturn a Unicode string of one character with ordinal i; "
      "0 <= i <= 0x10ffff." },
    { "compile", (void *)builtin_compile, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "compile($module, /, source, filename, mode, flags=0,\n        dont_inherit=False, "
      "optimize=-1, *, _feature_version=-1)\n--\n\nCompile source into a code object that can "
      "be executed by exec() or eval()." },
    { "delattr", (void *)builtin_delattr, KR_METH_FASTCALL,
      "delattr($module, obj, name, /)\n--\n\nDeletes the named attribute from the given object." },
    { "dir", (void *)builtin_dir, KR_METH_FASTCALL,
      "dir([object]) -> list of strings\n\nIf called without an argument, return the names in "
      "the current scope." },
    { "divmod", (void *)builtin_divmod, KR_METH_FASTCALL,
      "divmod($module, x, y, /)\n--\n\nReturn the tuple (x//y, x%y).  Invariant: div*y + mod == x." },
    { "eval", (void *)builtin_eval, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "eval($module, source, globals=None, locals=None, /)\n--\n\nEvaluate the given source in "
      "the context of globals and locals." },
    { "exec", (void *)builtin_exec, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "exec($module, source, globals=None, locals=None, /, *, closure=None)\n--\n\nExecute the "
      "given source in the context of globals and locals." },
    { "format", (void *)builtin_format, KR_METH_FASTCALL,
      "format($module, value, format_spec='', /)\n--\n\nReturn value.__format__(format_spec)" },
    { "getattr", (void *)builtin_getattr, KR_METH_FASTCALL,
      "getattr(object, name[, default]) -> value\n\nGet a named attribute from an object." },
    { "globals", (void *)builtin_globals, KR_METH_NOARGS,
      "globals($module, /)\n--\n\nReturn the dictionary containing the current scope's global "
      "variables." },
    { "hasattr", (void *)builtin_hasattr, KR_METH_FASTCALL,
      "hasattr($module, obj, name, /)\n--\n\nReturn whether the object has an attribute with "
      "the given name." },
    { "hash", (void *)builtin_hash, KR_METH_O,
      "hash($module, obj, /)\n--\n\nReturn the hash value for the given object." },
    { "hex", (void *)builtin_hex, KR_METH_O,
      "hex($module, number, /)\n--\n\nReturn the hexadecimal representation of an integer." },
    { "id", (void *)builtin_id, KR_METH_O,
      "id($module, obj, /)\n--\n\nReturn the identity of an object." },
    { "input", (void *)builtin_input, KR_METH_FASTCALL,
      "input($module, prompt='', /)\n--\n\nRead a string from standard input.  The trailing "
      "newline is stripped." },
    { "oct", (void *)builtin_oct, KR_METH_O,
      "oct($module, number, /)\n--\n\nReturn the octal representation of an integer." },
    { NULL, NULL, 0, NULL },
};

KrModuleDef kr_builtins_module_def = {
    "builtins",
    "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' "
    "object; Ellipsis represents `...' in slices.",
    kr_builtins_methods_a,
    NULL,
};

static int add(KrObject *d, const char *name, void *o)
{
    return kr_dict_set_item_str(d, name, (KrObject *)o);
}

/* Registers a type, readying it first (a no-op if its owner already did). */
static int add_type(KrObject *d, const char *name, KrTypeObject *t)
{
    if (kr_type_ready(t) < 0) return -1;
    return kr_dict_set_item_str(d, name, (KrObject *)t);
}

int kr_builtins_init(void)
{
    KrObject *m = kr_module_from_def(&kr_builtins_module_def);
    if (!m) return -1;
    KrObject *d = kr_module_get_dict_borrow(m);
    kr_interp.builtins_module = m;
    kr_interp.builtins = kr_newref(d);
    if (kr_module_add_functions(m, kr_builtins_methods_b) < 0) return -1;
    if (kr_builtins_types_init(d) < 0) return -1;

    /* constants */
    if (add(d, "None", KR_NONE) < 0 || add(d, "Ellipsis", KR_ELLIPSIS) < 0 ||
        add(d, "NotImplemented", KR_NOTIMPLEMENTED) < 0 || add(d, "False", KR_FALSE) < 0 ||
        add(d, "True", KR_TRUE) < 0 || add(d, "__debug__", kr_config.optimize ? KR_FALSE : KR_TRUE) < 0)
        return -1;

    /* types */
    if (add_type(d, "bool", &kr_bool_type) < 0 || add_type(d, "bytearray", &kr_bytearray_type) < 0 ||
        add_type(d, "bytes", &kr_bytes_type) < 0 || add_type(d, "classmethod", &kr_classmethod_type) < 0 ||
        add_type(d, "complex", &kr_complex_type) < 0 || add_type(d, "dict", &kr_dict_type) < 0 ||
        add_type(d, "enumerate", &kr_enumerate_type) < 0 || add_type(d, "filter", &kr_filter_type) < 0 ||
        add_type(d, "float", &kr_float_type) < 0 || add_type(d, "frozenset", &kr_frozenset_type) < 0 ||
        add_type(d, "property", &kr_property_type) < 0 || add_type(d, "int", &kr_int_type) < 0 ||
        add_type(d, "list", &kr_list_type) < 0 || add_type(d, "map", &kr_map_type) < 0 ||
        add_type(d, "object", &kr_object_type) < 0 || add_type(d, "reversed", &kr_reversed_type) < 0 ||
        add_type(d, "set", &kr_set_type) < 0 || add_type(d, "slice", &kr_slice_type) < 0 ||
        add_type(d, "staticmethod", &kr_staticmethod_type) < 0 || add_type(d, "str", &kr_str_type) < 0 ||
        add_type(d, "super", &kr_super_type) < 0 || add_type(d, "tuple", &kr_tuple_type) < 0 ||
        add_type(d, "type", &kr_type_type) < 0 || add_type(d, "zip", &kr_zip_type) < 0)
        return -1;
    if (add_type(d, "range", &kr_range_type) < 0 ||
        add_type(d, "memoryview", &kr_memoryview_type) < 0)
        return -1;

    /* exceptions, and OSError's aliases */
#define ADD_EXC(name, base) if (add(d, #name, kr_exc_##name) < 0) return -1;
    KR_EXCEPTION_LIST(ADD_EXC)
#undef ADD_EXC
    if (add(d, "EnvironmentError", kr_exc_OSError) < 0 || add(d, "IOError", kr_exc_OSError) < 0)
        return -1;
    if (add(d, "__spec__", KR_NONE) < 0 || add(d, "__loader__", KR_NONE) < 0) return -1;
    KrObject *pkg = kr_str_from_cstr("");
    if (!pkg || kr_dict_set_item_str(d, "__package__", pkg) < 0) { KR_XDECREF(pkg); return -1; }
    KR_DECREF(pkg);

    if (!kr_interp.modules && !(kr_interp.modules = kr_dict_new())) return -1;
    return kr_dict_set_item_str(kr_interp.modules, "builtins", m);
}
