/* builtins_more.c — the built-in functions from isinstance to zip's
 * neighbours: iteration (iter, next, aiter, anext), reductions (min, max,
 * sum, sorted), print, round, pow, ord, vars/locals, __import__ and
 * __build_class__. */
#include "builtins.h"
#include "sys.h"
#include "stdio.h"
#include "iomodule.h"
#include "../objects/type.h"
#include "../objects/str.h"
#include "../objects/int.h"
#include "../objects/float.h"
#include "../objects/bytes.h"
#include "../objects/list.h"
#include "../objects/tuple.h"
#include "../objects/dict.h"
#include "../objects/args.h"
#include "../objects/abstract.h"
#include "../objects/call.h"
#include "../objects/ids.h"
#include "../objects/iter.h"
#include "../vm/err.h"
#include "../memory/mem.h"
#include "../vm/state.h"
#include "../vm/eval.h"
#include "../vm/import.h"
#include "../vm/build_class.h"

#include <string.h>

/* ---------------------------------------------------------------------------
 * isinstance issubclass iter aiter anext len locals next
 * ------------------------------------------------------------------------ */

static KrObject *builtin_isinstance(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_builtins_check_count("isinstance", nargs, 2, 2) < 0) return NULL;
    int r = kr_object_is_instance(args[0], args[1]);
    if (r < 0) return NULL;
    return kr_bool_from(r);
}

static KrObject *builtin_issubclass(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_builtins_check_count("issubclass", nargs, 2, 2) < 0) return NULL;
    int r = kr_object_is_subclass(args[0], args[1]);
    if (r < 0) return NULL;
    return kr_bool_from(r);
}

static KrObject *builtin_iter(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_builtins_check_count("iter", nargs, 1, 2) < 0) return NULL;
    if (nargs == 1) return kr_object_get_iter(args[0]);
    if (!kr_callable_check(args[0])) {
        kr_err_set_string(kr_exc_TypeError, "iter(v, w): v must be callable");
        return NULL;
    }
    return kr_calliter_new(args[0], args[1]);
}

static KrObject *builtin_aiter(KrObject *m, KrObject *o)
{
    KrAsyncMethods *am = KR_TYPE(o)->tp_as_async;
    if (!am || !am->am_aiter) {
        return kr_err_format(kr_exc_TypeError, "'%s' object is not an async iterable",
                             KR_TYPE(o)->tp_name);
    }
    KrObject *it = am->am_aiter(o);
    if (!it) return NULL;
    KrAsyncMethods *im = KR_TYPE(it)->tp_as_async;
    if (!im || !im->am_anext) {
        kr_err_format(kr_exc_TypeError, "aiter() returned not an async iterator of type '%s'",
                      KR_TYPE(it)->tp_name);
        KR_DECREF(it);
        return NULL;
    }
    return it;
}

static KrObject *builtin_anext(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_builtins_check_count("anext", nargs, 1, 2) < 0) return NULL;
    KrObject *o = args[0];
    KrAsyncMethods *am = KR_TYPE(o)->tp_as_async;
    if (!am || !am->am_anext) {
        return kr_err_format(kr_exc_TypeError, "'%s' object is not an async iterator",
                             KR_TYPE(o)->tp_name);
    }
    KrObject *awaitable = am->am_anext(o);
    if (!awaitable || nargs == 1) return awaitable;
    KrObject *r = kr_anext_awaitable_new(awaitable, args[1]);
    KR_DECREF(awaitable);
    return r;
}

static KrObject *builtin_len(KrObject *m, KrObject *o)
{
    ssize_t n = kr_object_length(o);
    if (n < 0) return NULL;
    return kr_int_from_ssize(n);
}

static KrObject *builtin_locals(KrObject *m, KrObject *unused)
{
    return kr_eval_get_locals();
}

static KrObject *builtin_next(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_builtins_check_count("next", nargs, 1, 2) < 0) return NULL;
    KrObject *it = args[0];
    kr_iternextfunc f = KR_TYPE(it)->tp_iternext;
    if (!f) {
        return kr_err_format(kr_exc_TypeError, "'%s' object is not an iterator",
                             KR_TYPE(it)->tp_name);
    }
    KrObject *r = f(it);
    if (r) return r;
    if (kr_err_occurred()) {
        if (nargs == 2 && kr_err_matches(kr_exc_StopIteration)) {
            kr_err_clear();
            return kr_newref(args[1]);
        }
        return NULL;
    }
    if (nargs == 2) return kr_newref(args[1]);
    kr_err_set_none(kr_exc_StopIteration);
    return NULL;
}

/* ---------------------------------------------------------------------------
 * min max
 * ------------------------------------------------------------------------ */

static KrObject *min_max(KrObject *const *args, ssize_t nargs, KrObject *kwnames, int op)
{
    const char *name = op == KR_LT ? "min" : "max";
    KrObject *key = NULL, *dflt = NULL;
    ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
    /* The positional count is checked first, as CPython does. */
    if (nargs == 0) {
        return kr_err_format(kr_exc_TypeError, "%s expected at least 1 argument, got 0", name);
    }
    for (ssize_t i = 0; i < nkw; i++) {
        KrObject *k = KR_TUPLE_GET(kwnames, i);
        if (kr_str_equal_cstr(k, "key")) key = args[nargs + i];
        else if (kr_str_equal_cstr(k, "default")) dflt = args[nargs + i];
        else return kr_err_format(kr_exc_TypeError, "%R is an invalid keyword argument for %s()",
                                  k, name);
    }
    if (key == KR_NONE) key = NULL;
    if (nargs > 1 && dflt) {
        return kr_err_format(kr_exc_TypeError,
                             "Cannot specify a default for %s() with multiple positional arguments",
                             name);
    }
    KrObject *it = NULL;
    KrObject *const *items = NULL;
    if (nargs == 1) {
        it = kr_object_get_iter(args[0]);
        if (!it) return NULL;
    } else {
        items = args;
    }
    KrObject *best = NULL, *best_key = NULL;
    ssize_t idx = 0;
    for (;;) {
        KrObject *item;
        if (it) {
            item = kr_iter_next(it);
            if (!item) {
                if (kr_err_occurred()) goto fail;
                break;
            }
        } else {
            if (idx >= nargs) break;
            item = kr_newref(items[idx++]);
        }
        KrObject *k;
        if (key) {
            k = kr_object_call_one(key, item);
            if (!k) { KR_DECREF(item); goto fail; }
        } else {
            k = kr_newref(item);
        }
        if (!best) {
            best = item;
            best_key = k;
            continue;
        }
        int c = kr_object_richcompare_bool(k, best_key, op);
        if (c < 0) { KR_DECREF(item); KR_DECREF(k); goto fail; }
        if (c) {
            KR_SETREF(best, item);
            KR_SETREF(best_key, k);
        } else {
            KR_DECREF(item);
            KR_DECREF(k);
        }
    }
    KR_XDECREF(it);
    KR_XDECREF(best_key);
    if (!best) {
        if (dflt) return kr_newref(dflt);
        return kr_err_format(kr_exc_ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
fail:
    KR_XDECREF(it);
    KR_XDECREF(best);
    KR_XDECREF(best_key);
    return NULL;
}

static KrObject *builtin_min(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    return min_max(args, nargs, kwnames, KR_LT);
}

static KrObject *builtin_max(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    return min_max(args, nargs, kwnames, KR_GT);
}

/* ---------------------------------------------------------------------------
 * open ord pow print repr round setattr sorted sum vars
 * ------------------------------------------------------------------------ */

static KrObject *builtin_open(KrObject *m, KrObject *const *args, ssize_t nargs,
                              KrObject *kwnames)
{
    return kr_io_open_call(args, nargs, kwnames);   /* _io.open */
}

static KrObject *builtin_ord(KrObject *m, KrObject *c)
{
    ssize_t size;
    if (KR_STR_CHECK(c)) {
        size = KR_STR_LEN(c);
        if (size == 1) return kr_int_from_i64(KR_STR_READ_CHAR(c, 0));
    } else if (KR_BYTES_CHECK(c)) {
        size = KR_BYTES_LEN(c);
        if (size == 1) return kr_int_from_i64((unsigned char)KR_BYTES_DATA(c)[0]);
    } else if (KR_BYTEARRAY_CHECK(c)) {
        size = KR_SIZE(c);
        if (size == 1) return kr_int_from_i64((unsigned char)KR_BYTEARRAY_DATA(c)[0]);
    } else {
        return kr_err_format(kr_exc_TypeError, "ord() expected string of length 1, but %s found",
                             KR_TYPE(c)->tp_name);
    }
    return kr_err_format(kr_exc_TypeError,
                         "ord() expected a character, but string of length %zd found", size);
}

static KrObject *builtin_pow(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "base", "exp", "mod", NULL };
    static const KrArgSpec spec = { "pow", names, 0, 3, 2 };
    KrObject *a[3];
    if (kr_args_parse(&spec, args, nargs, kwnames, a) < 0) return NULL;
    return kr_number_power(a[0], a[1], a[2] ? a[2] : KR_NONE);
}

static KrObject *builtin_print(KrObject *m, KrObject *const *args, ssize_t nargs,
                               KrObject *kwnames)
{
    KrObject *sep = NULL, *end = NULL, *file = NULL, *flush = NULL;
    ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
    for (ssize_t i = 0; i < nkw; i++) {
        KrObject *k = KR_TUPLE_GET(kwnames, i), *v = args[nargs + i];
        if (kr_str_equal_cstr(k, "sep")) sep = v;
        else if (kr_str_equal_cstr(k, "end")) end = v;
        else if (kr_str_equal_cstr(k, "file")) file = v;
        else if (kr_str_equal_cstr(k, "flush")) flush = v;
        else return kr_err_format(kr_exc_TypeError, "%R is an invalid keyword argument for print()", k);
    }
    if (!file || file == KR_NONE) {
        file = kr_sys_get_borrow(KR_ID(stdout));
        if (!file) {
            kr_err_set_string(kr_exc_RuntimeError, "lost sys.stdout");
            return NULL;
        }
        if (file == KR_NONE) KR_RETURN_NONE;
    }
    if (sep == KR_NONE) sep = NULL;
    if (end == KR_NONE) end = NULL;
    if (sep && !KR_STR_CHECK(sep)) {
        return kr_err_format(kr_exc_TypeError, "sep must be None or a string, not %s",
                             KR_TYPE(sep)->tp_name);
    }
    if (end && !KR_STR_CHECK(end)) {
        return kr_err_format(kr_exc_TypeError, "end must be None or a string, not %s",
                             KR_TYPE(end)->tp_name);
    }
    KR_INCREF(file);
    KrObject *write = NULL;
    int fast = KR_TYPE(file) == &kr_stdio_type;
    if (!fast) {
        write = kr_object_getattr(file, KR_ID(write));
        if (!write) { KR_DECREF(file); return NULL; }
    }
    static KrObject *space, *newline;   /* made once, kept for the process */
    if (!space && !(space = kr_str_from_cstr(" "))) { KR_XDECREF(write); KR_DECREF(file); return NULL; }
    if (!newline && !(newline = kr_str_from_cstr("\n"))) { KR_XDECREF(write); KR_DECREF(file); return NULL; }
    KrObject *result = NULL;
    for (ssize_t i = 0; i <= nargs; i++) {
        KrObject *s;
        if (i == nargs) {
            s = kr_newref(end ? end : newline);
        } else {
            if (i > 0) {
                KrObject *sp = kr_newref(sep ? sep : space);
                KrObject *r = fast ? kr_stdio_write_str(file, sp) : kr_object_call_one(write, sp);
                KR_DECREF(sp);
                if (!r) goto done;
                KR_DECREF(r);
            }
            s = KR_STR_CHECK_EXACT(args[i]) ? kr_newref(args[i]) : kr_object_str(args[i]);
        }
        if (!s) goto done;
        KrObject *r = fast ? kr_stdio_write_str(file, s) : kr_object_call_one(write, s);
        KR_DECREF(s);
        if (!r) goto done;
        KR_DECREF(r);
    }
    if (flush) {
        int t = kr_object_is_true(flush);
        if (t < 0) goto done;
        if (t) {
            KrObject *r = kr_object_call_method(file, KR_ID(flush), NULL, 0);
            if (!r) goto done;
            KR_DECREF(r);
        }
    }
    result = kr_newref(KR_NONE);
done:
    KR_XDECREF(write);
    KR_DECREF(file);
    return result;
}

static KrObject *builtin_repr(KrObject *m, KrObject *o) { return kr_object_repr(o); }

static KrObject *builtin_round(KrObject *m, KrObject *const *args, ssize_t nargs,
                               KrObject *kwnames)
{
    static const char *const names[] = { "number", "ndigits", NULL };
    static const KrArgSpec spec = { "round", names, 0, 2, 1 };
    KrObject *a[2];
    if (kr_args_parse(&spec, args, nargs, kwnames, a) < 0) return NULL;
    KrObject *meth = kr_object_lookup_special(a[0], KR_ID(__round__));
    if (!meth) {
        if (kr_err_occurred()) return NULL;
        return kr_err_format(kr_exc_TypeError, "type %s doesn't define __round__ method",
                             KR_TYPE(a[0])->tp_name);
    }
    KrObject *r = (!a[1] || a[1] == KR_NONE) ? kr_object_call_noargs(meth)
                                             : kr_object_call_one(meth, a[1]);
    KR_DECREF(meth);
    return r;
}

static KrObject *builtin_setattr(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_builtins_check_count("setattr", nargs, 3, 3) < 0) return NULL;
    if (!KR_STR_CHECK(args[1])) {
        return kr_err_format(kr_exc_TypeError, "attribute name must be string, not '%s'",
                             KR_TYPE(args[1])->tp_name);
    }
    if (kr_object_setattr(args[0], args[1], args[2]) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *builtin_sorted(KrObject *m, KrObject *const *args, ssize_t nargs,
                                KrObject *kwnames)
{
    if (kr_builtins_check_count("sorted", nargs, 1, 1) < 0) return NULL;
    KrObject *list = kr_sequence_list(args[0]);
    if (!list) return NULL;
    if (!kwnames || KR_SIZE(kwnames) == 0) {
        if (kr_list_sort(list) < 0) { KR_DECREF(list); return NULL; }
        return list;
    }
    /* list.sort(list, **kwargs) through the method descriptor: the
     * keyword values follow the list in a small array */
    KrObject *sort = kr_type_lookup_str(&kr_list_type, "sort");
    if (!sort) {
        KR_DECREF(list);
        kr_err_set_string(kr_exc_SystemError, "list.sort is missing");
        return NULL;
    }
    ssize_t nkw = KR_SIZE(kwnames);
    KrObject *small[8];
    KrObject **stack = nkw < 8 ? small : kr_mem_alloc((size_t)(nkw + 1) * sizeof(KrObject *));
    if (!stack) {
        KR_DECREF(list);
        return kr_err_no_memory();
    }
    stack[0] = list;
    for (ssize_t i = 0; i < nkw; i++) stack[1 + i] = args[1 + i];
    KrObject *r = kr_object_vectorcall(sort, stack, 1, kwnames);
    if (stack != small) kr_mem_free(stack);
    if (!r) { KR_DECREF(list); return NULL; }
    KR_DECREF(r);
    return list;
}

/* sum(iterable, /, start=0) with CPython's int and float fast paths */
static KrObject *builtin_sum(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
    if (nargs + nkw > 2) {
        return kr_err_format(kr_exc_TypeError, "sum() takes at most 2 arguments (%zd given)",
                             nargs + nkw);
    }
    if (nargs < 1) {
        return kr_err_format(kr_exc_TypeError,
                             "sum() takes at least 1 positional argument (%zd given)", nargs);
    }
    KrObject *start = nargs == 2 ? args[1] : NULL;
    for (ssize_t i = 0; i < nkw; i++) {
        KrObject *k = KR_TUPLE_GET(kwnames, i);
        if (kr_str_equal_cstr(k, "start") && !start) start = args[nargs + i];
        else if (kr_str_equal_cstr(k, "start"))
            return kr_err_format(kr_exc_TypeError,
                                 "argument for sum() given by name ('start') and position (2)");
        else
            return kr_err_format(kr_exc_TypeError, "%R is an invalid keyword argument for sum()", k);
    }
    /* CPython gets the iterator before it looks at start: sum(1, 'x')
     * complains about the int. */
    KrObject *it = kr_object_get_iter(args[0]);
    if (!it) return NULL;
    if (start) {
        const char *bad = NULL;
        if (KR_STR_CHECK(start)) bad = "sum() can't sum strings [use ''.join(seq) instead]";
        else if (KR_BYTES_CHECK(start)) bad = "sum() can't sum bytes [use b''.join(seq) instead]";
        else if (KR_BYTEARRAY_CHECK(start))
            bad = "sum() can't sum bytearray [use b''.join(seq) instead]";
        if (bad) {
            KR_DECREF(it);
            kr_err_set_string(kr_exc_TypeError, bad);
            return NULL;
        }
    }
    KrObject *result = start ? kr_newref(start) : kr_int_from_i64(0);
    if (!result) { KR_DECREF(it); return NULL; }
    KrObject *item = NULL;

    /* exact ints that fit in 64 bits */
    if (KR_INT_CHECK_EXACT(result) && KR_INT_IS_SMALL(result)) {
        int64_t acc = KR_INT_SMALL_VALUE(result);
        for (;;) {
            item = kr_iter_next(it);
            if (!item) {
                if (kr_err_occurred()) goto fail;
                KR_SETREF(result, kr_int_from_i64(acc));
                KR_DECREF(it);
                return result;
            }
            if (KR_INT_CHECK_EXACT(item) && KR_INT_IS_SMALL(item)) {
                int64_t s;
                if (!__builtin_add_overflow(acc, KR_INT_SMALL_VALUE(item), &s)) {
                    acc = s;
                    KR_DECREF(item);
                    continue;
                }
            }
            KR_SETREF(result, kr_int_from_i64(acc));
            if (!result) goto fail;
            KrObject *t = kr_number_binop(result, item, KR_NB_ADD);
            KR_DECREF(item);
            item = NULL;
            KR_SETREF(result, t);
            if (!result) goto fail;
            break;
        }
    }
    /* floats, and ints added to floats */
    if (KR_FLOAT_CHECK_EXACT(result)) {
        double acc = KR_FLOAT_VALUE(result);
        for (;;) {
            item = kr_iter_next(it);
            if (!item) {
                if (kr_err_occurred()) goto fail;
                KR_SETREF(result, kr_float_from_double(acc));
                KR_DECREF(it);
                return result;
            }
            if (KR_FLOAT_CHECK_EXACT(item)) {
                acc += KR_FLOAT_VALUE(item);
                KR_DECREF(item);
                continue;
            }
            if (KR_INT_CHECK(item) && KR_INT_IS_SMALL(item)) {
                acc += (double)KR_INT_SMALL_VALUE(item);
                KR_DECREF(item);
                continue;
            }
            KR_SETREF(result, kr_float_from_double(acc));
            if (!result) goto fail;
            KrObject *t = kr_number_binop(result, item, KR_NB_ADD);
            KR_DECREF(item);
            item = NULL;
            KR_SETREF(result, t);
            if (!result) goto fail;
            break;
        }
    }
    for (;;) {
        item = kr_iter_next(it);
        if (!item) {
            if (kr_err_occurred()) goto fail;
            break;
        }
        KrObject *t = kr_number_binop(result, item, KR_NB_ADD);
        KR_DECREF(item);
        item = NULL;
        KR_SETREF(result, t);
        if (!result) goto fail;
    }
    KR_DECREF(it);
    return result;
fail:
    KR_XDECREF(item);
    KR_XDECREF(result);
    KR_DECREF(it);
    return NULL;
}

static KrObject *builtin_vars(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_builtins_check_count("vars", nargs, 0, 1) < 0) return NULL;
    if (nargs == 0) return kr_eval_get_locals();
    KrObject *d;
    if (kr_object_lookup_attr(args[0], KR_ID(__dict__), &d) < 0) return NULL;
    if (!d) {
        kr_err_set_string(kr_exc_TypeError, "vars() argument must have __dict__ attribute");
        return NULL;
    }
    return d;
}

/* ---------------------------------------------------------------------------
 * (__import__ and __build_class__ are the VM's: vm/import.c, vm/build_class.c)
 * ------------------------------------------------------------------------ */

/* ---------------------------------------------------------------------------
 * The second half of the method table
 * ------------------------------------------------------------------------ */

KrMethodDef kr_builtins_methods_b[] = {
    { "__build_class__", (void *)kr_build_class, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\nInternal helper "
      "function used by the class statement." },
    { "__import__", (void *)kr_import_builtin_import, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "__import__($module, /, name, globals=None, locals=None, fromlist=(), level=0)\n--\n\n"
      "Import a module." },
    { "aiter", (void *)builtin_aiter, KR_METH_O,
      "aiter($module, async_iterable, /)\n--\n\nReturn an AsyncIterator for an AsyncIterable "
      "object." },
    { "anext", (void *)builtin_anext, KR_METH_FASTCALL,
      "anext(aiterator[, default])\n\nReturn the next item from the async iterator." },
    { "isinstance", (void *)builtin_isinstance, KR_METH_FASTCALL,
      "isinstance($module, obj, class_or_tuple, /)\n--\n\nReturn whether an object is an "
      "instance of a class or of a subclass thereof." },
    { "issubclass", (void *)builtin_issubclass, KR_METH_FASTCALL,
      "issubclass($module, cls, class_or_tuple, /)\n--\n\nReturn whether 'cls' is derived from "
      "another class or is the same class." },
    { "iter", (void *)builtin_iter, KR_METH_FASTCALL,
      "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\nGet an iterator from "
      "an object." },
    { "len", (void *)builtin_len, KR_METH_O,
      "len($module, obj, /)\n--\n\nReturn the number of items in a container." },
    { "locals", (void *)builtin_locals, KR_METH_NOARGS,
      "locals($module, /)\n--\n\nReturn a dictionary containing the current scope's local "
      "variables." },
    { "max", (void *)builtin_max, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) "
      "-> value\n\nWith a single iterable argument, return its biggest item." },
    { "min", (void *)builtin_min, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) "
      "-> value\n\nWith a single iterable argument, return its smallest item." },
    { "next", (void *)builtin_next, KR_METH_FASTCALL,
      "next(iterator[, default])\n\nReturn the next item from the iterator." },
    { "open", (void *)builtin_open, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Open file and return a stream.  Raise OSError upon failure." },
    { "ord", (void *)builtin_ord, KR_METH_O,
      "ord($module, c, /)\n--\n\nReturn the Unicode code point for a one-character string." },
    { "pow", (void *)builtin_pow, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "pow($module, /, base, exp, mod=None)\n--\n\nEquivalent to base**exp with 2 arguments or "
      "base**exp % mod with 3 arguments" },
    { "print", (void *)builtin_print, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "print(value, ..., sep=' ', end='\\n', file=sys.stdout, flush=False)\n\nPrints the values "
      "to a stream, or to sys.stdout by default." },
    { "repr", (void *)builtin_repr, KR_METH_O,
      "repr($module, obj, /)\n--\n\nReturn the canonical string representation of the object." },
    { "round", (void *)builtin_round, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "round($module, /, number, ndigits=None)\n--\n\nRound a number to a given precision in "
      "decimal digits." },
    { "setattr", (void *)builtin_setattr, KR_METH_FASTCALL,
      "setattr($module, obj, name, value, /)\n--\n\nSets the named attribute on the given object "
      "to the specified value." },
    { "sorted", (void *)builtin_sorted, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "sorted($module, iterable, /, *, key=None, reverse=False)\n--\n\nReturn a new list "
      "containing all items from the iterable in ascending order." },
    { "sum", (void *)builtin_sum, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "sum($module, iterable, /, start=0)\n--\n\nReturn the sum of a 'start' value (default: 0) "
      "plus an iterable of numbers" },
    { "vars", (void *)builtin_vars, KR_METH_FASTCALL,
      "vars([object]) -> dictionary\n\nWithout arguments, equivalent to locals().\nWith an "
      "argument, equivalent to object.__dict__." },
    { NULL, NULL, 0, NULL },
};
