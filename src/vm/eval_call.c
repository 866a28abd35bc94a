/* eval_call.c — entering the VM: binding call arguments into a frame
 * record's local slots (with CPython's exact error messages), the
 * vectorcall of Python functions, and running code objects. */
#include "eval.h"
#include "err.h"
#include "../objects/function.h"
#include "../objects/code.h"
#include "../objects/tuple.h"
#include "../objects/dict.h"
#include "../objects/str.h"
#include "../objects/list.h"
#include "../objects/gen.h"
#include "../objects/ids.h"
#include "state.h"

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" from a list of reprs. */
static void format_missing(KrObject *qualname, const char *kind, KrObject *names)
{
    ssize_t len = KR_SIZE(names);
    KrObject *name_str = NULL;
    if (len == 1) {
        name_str = kr_newref(KR_LIST_GET(names, 0));
    } else if (len == 2) {
        name_str = kr_str_from_format("%U and %U", KR_LIST_GET(names, 0), KR_LIST_GET(names, 1));
    } else {
        KrObject *tail = kr_str_from_format("%U, and %U", KR_LIST_GET(names, len - 2),
                                            KR_LIST_GET(names, len - 1));
        if (!tail) return;
        KrObject *head = kr_list_get_slice(names, 0, len - 2);
        if (!head || kr_list_append(head, tail) < 0) {
            KR_XDECREF(head);
            KR_DECREF(tail);
            return;
        }
        KR_DECREF(tail);
        KrObject *sep = kr_str_from_cstr(", ");
        if (sep) name_str = kr_str_join(sep, head);
        KR_XDECREF(sep);
        KR_DECREF(head);
    }
    if (!name_str) return;
    kr_err_format(kr_exc_TypeError, "%U() missing %zd required %s argument%s: %U", qualname, len,
                  kind, len == 1 ? "" : "s", name_str);
    KR_DECREF(name_str);
}

static void missing_arguments(KrCodeObject *co, ssize_t missing, ssize_t defcount,
                              KrObject **localsplus, KrObject *qualname)
{
    int positional = defcount != -1;
    ssize_t start, end;
    if (positional) {
        start = 0;
        end = co->co_argcount - defcount;
    } else {
        start = co->co_argcount;
        end = start + co->co_kwonlyargcount;
    }
    KrObject *names = kr_list_new(0);
    if (!names) return;
    for (ssize_t i = start; i < end; i++) {
        if (localsplus[i] == NULL) {
            KrObject *r = kr_object_repr(KR_TUPLE_GET(co->co_localsplusnames, i));
            if (!r || kr_list_append(names, r) < 0) {
                KR_XDECREF(r);
                KR_DECREF(names);
                return;
            }
            KR_DECREF(r);
        }
    }
    (void)missing;
    format_missing(qualname, positional ? "positional" : "keyword-only", names);
    KR_DECREF(names);
}

static void too_many_positional(KrCodeObject *co, ssize_t given, KrObject *defaults,
                                KrObject **localsplus, KrObject *qualname)
{
    ssize_t kwonly_given = 0;
    for (ssize_t i = co->co_argcount; i < co->co_argcount + co->co_kwonlyargcount; i++)
        if (localsplus[i]) kwonly_given++;
    ssize_t defcount = defaults ? KR_SIZE(defaults) : 0;
    KrObject *sig;
    int plural;
    if (defcount) {
        plural = 1;
        sig = kr_str_from_format("from %zd to %zd", (ssize_t)co->co_argcount - defcount,
                                 (ssize_t)co->co_argcount);
    } else {
        plural = co->co_argcount != 1;
        sig = kr_str_from_format("%zd", (ssize_t)co->co_argcount);
    }
    if (!sig) return;
    KrObject *kwonly_sig;
    if (kwonly_given)
        kwonly_sig = kr_str_from_format(" positional argument%s (and %zd keyword-only argument%s)",
                                        given != 1 ? "s" : "", kwonly_given,
                                        kwonly_given != 1 ? "s" : "");
    else
        kwonly_sig = kr_str_from_cstr("");
    if (kwonly_sig)
        kr_err_format(kr_exc_TypeError, "%U() takes %U positional argument%s but %zd%U %s given",
                      qualname, sig, plural ? "s" : "", given, kwonly_sig,
                      given == 1 && !kwonly_given ? "was" : "were");
    KR_DECREF(sig);
    KR_XDECREF(kwonly_sig);
}

/* 1 (error set) if some positional-only parameters were passed by keyword. */
static int positional_only_passed_as_keyword(KrCodeObject *co, KrObject *kwnames,
                                             KrObject *qualname)
{
    KrObject *names = kr_list_new(0);
    if (!names) return -1;
    ssize_t kwcount = KR_SIZE(kwnames);
    for (int k = 0; k < co->co_posonlyargcount; k++) {
        KrObject *posonly = KR_TUPLE_GET(co->co_localsplusnames, k);
        for (ssize_t k2 = 0; k2 < kwcount; k2++) {
            KrObject *kw = KR_TUPLE_GET(kwnames, k2);
            int eq = kw == posonly;
            if (!eq) {
                eq = kr_object_richcompare_bool(posonly, kw, KR_EQ);
                if (eq < 0) {
                    KR_DECREF(names);
                    return -1;
                }
            }
            if (eq) {
                if (kr_list_append(names, posonly) < 0) {
                    KR_DECREF(names);
                    return -1;
                }
                break;
            }
        }
    }
    if (KR_SIZE(names) == 0) {
        KR_DECREF(names);
        return 0;
    }
    KrObject *sep = kr_str_from_cstr(", ");
    KrObject *joined = sep ? kr_str_join(sep, names) : NULL;
    KR_XDECREF(sep);
    KR_DECREF(names);
    if (!joined) return -1;
    kr_err_format(kr_exc_TypeError,
                  "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                  qualname, joined);
    KR_DECREF(joined);
    return 1;
}

int kr_eval_bind_args(KrFrame *f, KrObject *funcobj, KrObject *const *args, ssize_t argcount,
                      KrObject *kwnames)
{
    KrFunctionObject *func = (KrFunctionObject *)funcobj;
    KrCodeObject *co = (KrCodeObject *)func->func_code;
    KrObject **localsplus = f->localsplus;
    const ssize_t total_args = (ssize_t)co->co_argcount + co->co_kwonlyargcount;
    KrObject *kwdict = NULL;
    ssize_t i;

    if (co->co_flags & KR_CO_VARKEYWORDS) {
        kwdict = kr_dict_new();
        if (!kwdict) return -1;
        i = total_args + ((co->co_flags & KR_CO_VARARGS) ? 1 : 0);
        localsplus[i] = kwdict;
    }

    /* positional arguments into their slots */
    ssize_t n = argcount > co->co_argcount ? co->co_argcount : argcount;
    for (ssize_t j = 0; j < n; j++) localsplus[j] = kr_newref(args[j]);

    if (co->co_flags & KR_CO_VARARGS) {
        KrObject *u = argcount > n ? kr_tuple_from_array(args + n, argcount - n) : kr_tuple_new(0);
        if (!u) return -1;
        localsplus[total_args] = u;
    }

    /* keyword arguments */
    if (kwnames) {
        ssize_t kwcount = KR_SIZE(kwnames);
        KrObject *const *kwvalues = args + argcount;
        KrObject *const *names = KR_TUPLE_ITEMS(co->co_localsplusnames);
        for (i = 0; i < kwcount; i++) {
            KrObject *keyword = KR_TUPLE_GET(kwnames, i);
            KrObject *value = kwvalues[i];
            ssize_t j;
            if (!KR_STR_CHECK(keyword)) {
                kr_err_format(kr_exc_TypeError, "%U() keywords must be strings", func->func_qualname);
                return -1;
            }
            /* identity first (names are interned), then equality */
            for (j = co->co_posonlyargcount; j < total_args; j++)
                if (names[j] == keyword) goto kw_found;
            for (j = co->co_posonlyargcount; j < total_args; j++) {
                int eq = kr_object_richcompare_bool(keyword, names[j], KR_EQ);
                if (eq < 0) return -1;
                if (eq) goto kw_found;
            }
            if (kwdict) {
                if (kr_dict_set_item(kwdict, keyword, value) < 0) return -1;
                continue;
            }
            if (co->co_posonlyargcount) {
                int r = positional_only_passed_as_keyword(co, kwnames, func->func_qualname);
                if (r) return -1;
            }
            kr_err_format(kr_exc_TypeError, "%U() got an unexpected keyword argument '%S'",
                          func->func_qualname, keyword);
            return -1;
        kw_found:
            if (localsplus[j] != NULL) {
                kr_err_format(kr_exc_TypeError, "%U() got multiple values for argument '%S'",
                              func->func_qualname, keyword);
                return -1;
            }
            localsplus[j] = kr_newref(value);
        }
    }

    if (argcount > co->co_argcount && !(co->co_flags & KR_CO_VARARGS)) {
        too_many_positional(co, argcount, func->func_defaults, localsplus, func->func_qualname);
        return -1;
    }

    /* missing positional arguments: defaults */
    if (argcount < co->co_argcount) {
        ssize_t defcount = func->func_defaults ? KR_SIZE(func->func_defaults) : 0;
        ssize_t m = co->co_argcount - defcount;
        ssize_t missing = 0;
        for (i = argcount; i < m; i++)
            if (localsplus[i] == NULL) missing++;
        if (missing) {
            missing_arguments(co, missing, defcount, localsplus, func->func_qualname);
            return -1;
        }
        i = n > m ? n - m : 0;
        for (; i < defcount; i++) {
            if (localsplus[m + i] == NULL)
                localsplus[m + i] = kr_newref(KR_TUPLE_GET(func->func_defaults, i));
        }
    }

    /* keyword-only defaults */
    if (co->co_kwonlyargcount > 0) {
        ssize_t missing = 0;
        for (i = co->co_argcount; i < total_args; i++) {
            if (localsplus[i] != NULL) continue;
            KrObject *varname = KR_TUPLE_GET(co->co_localsplusnames, i);
            if (func->func_kwdefaults) {
                KrObject *def = kr_dict_get_item_borrow(func->func_kwdefaults, varname);
                if (def) {
                    localsplus[i] = kr_newref(def);
                    continue;
                }
                if (kr_err_occurred()) return -1;
            }
            missing++;
        }
        if (missing) {
            missing_arguments(co, missing, -1, localsplus, func->func_qualname);
            return -1;
        }
    }
    return 0;
}

KrObject *kr_eval_function_vectorcall(KrObject *funcobj, KrObject *const *args, size_t nargsf,
                                      KrObject *kwnames)
{
    KrFunctionObject *func = (KrFunctionObject *)funcobj;
    KrCodeObject *co = (KrCodeObject *)func->func_code;
    ssize_t nargs = kr_vectorcall_nargs(nargsf);
    if (kwnames && KR_SIZE(kwnames) == 0) kwnames = NULL;
    if (co->co_flags & (KR_CO_GENERATOR | KR_CO_COROUTINE | KR_CO_ASYNC_GENERATOR))
        return kr_gen_new_from_call(funcobj, args, nargs, kwnames);

    KrFrame *f = kr_frame_alloc(kr_frame_words(co));
    if (!f) return NULL;
    kr_frame_init(f, funcobj, co, func->func_globals, func->func_builtins, NULL);
    f->previous = kr_tstate->frame;
    KrObject *res = NULL;
    if (kr_eval_bind_args(f, funcobj, args, nargs, kwnames) == 0) res = kr_eval_frame(f, 0);
    kr_frame_clear(f);
    kr_frame_free(f);
    return res;
}

KrObject *kr_eval_code(KrObject *code, KrObject *globals, KrObject *locals, KrObject *closure)
{
    KrCodeObject *co = (KrCodeObject *)code;
    if (!KR_DICT_CHECK(globals)) {
        kr_err_set_string(kr_exc_SystemError, "globals must be a dict");
        return NULL;
    }
    /* make sure the globals know their builtins, as CPython's exec does */
    int has = kr_dict_contains(globals, KR_ID(__builtins__));
    if (has < 0) return NULL;
    if (!has && kr_interp.builtins_module &&
        kr_dict_set_item(globals, KR_ID(__builtins__), kr_interp.builtins_module) < 0)
        return NULL;
    KrObject *builtins = kr_function_builtins_from_globals(globals);
    if (!builtins) {
        kr_err_set_string(kr_exc_SystemError, "no builtins");
        return NULL;
    }
    if (co->co_flags & (KR_CO_GENERATOR | KR_CO_COROUTINE | KR_CO_ASYNC_GENERATOR) ||
        (closure == NULL && co->co_nfreevars > 0)) {
        /* rare: run through a function object so the generator machinery
         * (or the free-variable check) applies */
        if (co->co_nfreevars > 0 && (!closure || KR_SIZE(closure) != co->co_nfreevars)) {
            kr_err_set_string(kr_exc_TypeError,
                              "code object passed to exec() may not contain free variables");
            return NULL;
        }
    }
    if (co->co_flags & (KR_CO_GENERATOR | KR_CO_COROUTINE | KR_CO_ASYNC_GENERATOR)) {
        KrObject *fn = kr_function_new(code, globals);
        if (!fn) return NULL;
        if (closure) ((KrFunctionObject *)fn)->func_closure = kr_newref(closure);
        KrObject *res = kr_eval_function_vectorcall(fn, NULL, 0, NULL);
        KR_DECREF(fn);
        return res;
    }
    KrFrame *f = kr_frame_alloc(kr_frame_words(co));
    if (!f) return NULL;
    kr_frame_init(f, NULL, co, globals, builtins,
                  (co->co_flags & KR_CO_OPTIMIZED) ? NULL : (locals ? locals : globals));
    f->previous = kr_tstate->frame;
    if (closure) {
        int off = co->co_nlocalsplus - co->co_nfreevars;
        for (int i = 0; i < co->co_nfreevars; i++)
            f->localsplus[off + i] = kr_newref(KR_TUPLE_GET(closure, i));
    }
    KrObject *res = kr_eval_frame(f, 0);
    kr_frame_clear(f);
    kr_frame_free(f);
    return res;
}

KrObject *kr_eval_function_with_locals(KrObject *funcobj, KrObject *locals)
{
    KrFunctionObject *func = (KrFunctionObject *)funcobj;
    KrCodeObject *co = (KrCodeObject *)func->func_code;
    KrFrame *f = kr_frame_alloc(kr_frame_words(co));
    if (!f) return NULL;
    kr_frame_init(f, funcobj, co, func->func_globals, func->func_builtins, locals);
    f->previous = kr_tstate->frame;
    KrObject *res = kr_eval_frame(f, 0);
    kr_frame_clear(f);
    kr_frame_free(f);
    return res;
}
