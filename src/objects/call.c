/* call.c — calling objects: vectorcall with a fallback to tp_call, the
 * conversions between (tuple, dict) and (array, kwnames), and helpers to
 * call methods by name. */
#include "call.h"
#include "abstract.h"
#include "type.h"
#include "str.h"
#include "dict.h"
#include "tuple.h"
#include "../memory/mem.h"
#include "../vm/err.h"

#include <string.h>

KrObject *kr_call_check_result(KrObject *callable, KrObject *result)
{
    if (!result) {
        if (!kr_err_occurred())
            kr_err_format(kr_exc_SystemError, "%R returned NULL without setting an exception", callable);
        return NULL;
    }
    if (kr_err_occurred()) {
        KR_DECREF(result);
        kr_err_format(kr_exc_SystemError, "%R returned a result with an exception set", callable);
        return NULL;
    }
    return result;
}

KrObject *kr_call_kwnames_to_dict(KrObject *const *values, KrObject *kwnames)
{
    if (!kwnames) return NULL;
    KrObject *d = kr_dict_new();
    if (!d) return NULL;
    ssize_t n = KR_SIZE(kwnames);
    for (ssize_t i = 0; i < n; i++) {
        if (kr_dict_set_item(d, KR_TUPLE_GET(kwnames, i), values[i]) < 0) {
            KR_DECREF(d);
            return NULL;
        }
    }
    return d;
}

void kr_call_free_stack(KrObject **stack, ssize_t n)
{
    if (!stack) return;
    for (ssize_t i = 0; i < n; i++) KR_XDECREF(stack[i]);
    kr_mem_free(stack);
}

int kr_call_dict_to_stack(KrObject *const *args, ssize_t nargs, KrObject *kwargs,
                          KrObject ***newargs, KrObject **kwnames)
{
    ssize_t nkw = (kwargs && KR_DICT_CHECK(kwargs)) ? kr_dict_size(kwargs) : 0;
    *kwnames = NULL;
    *newargs = NULL;
    KrObject **stack = kr_mem_calloc((size_t)(nargs + nkw + 1), sizeof(KrObject *));
    if (!stack) {
        kr_err_no_memory();
        return -1;
    }
    for (ssize_t i = 0; i < nargs; i++) stack[i] = kr_newref(args[i]);
    if (nkw) {
        KrObject *names = kr_tuple_new(nkw);
        if (!names) {
            kr_call_free_stack(stack, nargs);
            return -1;
        }
        ssize_t pos = 0, i = 0;
        KrObject *k, *v;
        while (kr_dict_next(kwargs, &pos, &k, &v) && i < nkw) {
            if (!KR_STR_CHECK(k)) {
                KR_DECREF(names);
                kr_call_free_stack(stack, nargs + i);
                kr_err_set_string(kr_exc_TypeError, "keywords must be strings");
                return -1;
            }
            KR_TUPLE_SET_STEAL(names, i, kr_newref(k));
            stack[nargs + i] = kr_newref(v);
            i++;
        }
        *kwnames = names;
    }
    *newargs = stack;
    return 0;
}

KrObject *kr_vectorcall_call(KrObject *callable, KrObject *args, KrObject *kwargs)
{
    /* Not kr_vectorcall_function: instances of a class derived from a
     * vectorcall type lack the flag but keep the inherited offset. */
    ssize_t off = KR_TYPE(callable)->tp_vectorcall_offset;
    kr_vectorcallfunc f = off > 0 ? *(kr_vectorcallfunc *)((char *)callable + off) : NULL;
    if (!f)
        return kr_err_format(kr_exc_TypeError, "'%.200s' object does not support vectorcall",
                             KR_TYPE(callable)->tp_name);
    ssize_t nargs = KR_SIZE(args);
    if (!kwargs || kr_dict_size(kwargs) == 0)
        return f(callable, KR_TUPLE_ITEMS(args), (size_t)nargs, NULL);
    KrObject **stack, *kwnames;
    if (kr_call_dict_to_stack(KR_TUPLE_ITEMS(args), nargs, kwargs, &stack, &kwnames) < 0) return NULL;
    KrObject *res = f(callable, stack, (size_t)nargs, kwnames);
    kr_call_free_stack(stack, nargs + KR_SIZE(kwnames));
    KR_DECREF(kwnames);
    return res;
}

static KrObject *not_callable(KrObject *callable)
{
    return kr_err_format(kr_exc_TypeError, "'%.200s' object is not callable", KR_TYPE(callable)->tp_name);
}

KrObject *kr_object_vectorcall(KrObject *callable, KrObject *const *args, size_t nargsf, KrObject *kwnames)
{
    kr_vectorcallfunc f = kr_vectorcall_function(callable);
    if (f) return f(callable, args, nargsf, kwnames);
    kr_ternaryfunc call = KR_TYPE(callable)->tp_call;
    if (!call) return not_callable(callable);
    ssize_t nargs = kr_vectorcall_nargs(nargsf);
    KrObject *tuple = kr_tuple_from_array(args, nargs);
    if (!tuple) return NULL;
    KrObject *kw = NULL;
    if (kwnames && KR_SIZE(kwnames)) {
        kw = kr_call_kwnames_to_dict(args + nargs, kwnames);
        if (!kw) {
            KR_DECREF(tuple);
            return NULL;
        }
    }
    KrObject *res = NULL;
    if (kr_recursion_enter(" while calling a Python object") == 0) {
        res = call(callable, tuple, kw);
        kr_recursion_leave();
    }
    KR_DECREF(tuple);
    KR_XDECREF(kw);
    return res;
}

KrObject *kr_object_call(KrObject *callable, KrObject *args, KrObject *kwargs)
{
    if (kr_vectorcall_function(callable)) return kr_vectorcall_call(callable, args, kwargs);
    kr_ternaryfunc call = KR_TYPE(callable)->tp_call;
    if (!call) return not_callable(callable);
    if (kr_recursion_enter(" while calling a Python object")) return NULL;
    KrObject *res = call(callable, args, kwargs);
    kr_recursion_leave();
    return res;
}

KrObject *kr_object_vectorcall_dict(KrObject *callable, KrObject *const *args, size_t nargs,
                                    KrObject *kwargs)
{
    if (!kwargs || kr_dict_size(kwargs) == 0) return kr_object_vectorcall(callable, args, nargs, NULL);
    KrObject **stack, *kwnames;
    if (kr_call_dict_to_stack(args, (ssize_t)nargs, kwargs, &stack, &kwnames) < 0) return NULL;
    KrObject *res = kr_object_vectorcall(callable, stack, nargs, kwnames);
    kr_call_free_stack(stack, (ssize_t)nargs + KR_SIZE(kwnames));
    KR_DECREF(kwnames);
    return res;
}

KrObject *kr_object_call_prepend(KrObject *callable, KrObject *arg, KrObject *args, KrObject *kwargs)
{
    ssize_t n = KR_SIZE(args);
    KrObject *small[8];
    KrObject **stack = n + 1 <= 8 ? small : kr_mem_alloc(sizeof(KrObject *) * (size_t)(n + 1));
    if (!stack) return kr_err_no_memory();
    stack[0] = arg;
    for (ssize_t i = 0; i < n; i++) stack[i + 1] = KR_TUPLE_GET(args, i);
    KrObject *res = kr_object_vectorcall_dict(callable, stack, (size_t)(n + 1), kwargs);
    if (stack != small) kr_mem_free(stack);
    return res;
}

KrObject *kr_object_vectorcall_prepend(KrObject *callable, KrObject *self, KrObject *const *args,
                                       size_t nargsf, KrObject *kwnames)
{
    ssize_t nargs = kr_vectorcall_nargs(nargsf);
    if (nargsf & KR_VECTORCALL_ARGS_OFFSET) {
        KrObject **newargs = (KrObject **)args - 1;
        KrObject *saved = newargs[0];
        newargs[0] = self;
        KrObject *res = kr_object_vectorcall(callable, newargs, (size_t)(nargs + 1), kwnames);
        newargs[0] = saved;
        return res;
    }
    ssize_t total = nargs + (kwnames ? KR_SIZE(kwnames) : 0);
    KrObject *small[8];
    KrObject **stack = total + 1 <= 8 ? small : kr_mem_alloc(sizeof(KrObject *) * (size_t)(total + 1));
    if (!stack) return kr_err_no_memory();
    stack[0] = self;
    for (ssize_t i = 0; i < total; i++) stack[i + 1] = args[i];
    KrObject *res = kr_object_vectorcall(callable, stack, (size_t)(nargs + 1), kwnames);
    if (stack != small) kr_mem_free(stack);
    return res;
}

KrObject *kr_object_call_noargs(KrObject *callable)
{
    return kr_object_vectorcall(callable, NULL, 0, NULL);
}

KrObject *kr_object_call_one(KrObject *callable, KrObject *arg)
{
    KrObject *stack[2] = { NULL, arg };
    return kr_object_vectorcall(callable, stack + 1, 1 | KR_VECTORCALL_ARGS_OFFSET, NULL);
}

KrObject *kr_object_call_two(KrObject *callable, KrObject *a, KrObject *b)
{
    KrObject *stack[3] = { NULL, a, b };
    return kr_object_vectorcall(callable, stack + 1, 2 | KR_VECTORCALL_ARGS_OFFSET, NULL);
}

KrObject *kr_object_call_method(KrObject *o, KrObject *name, KrObject *const *args, size_t nargs)
{
    KrObject *meth;
    int unbound = kr_object_get_method(o, name, &meth);
    if (unbound < 0) return NULL;
    KrObject *res;
    if (unbound) res = kr_object_vectorcall_prepend(meth, o, args, nargs, NULL);
    else res = kr_object_vectorcall(meth, args, nargs, NULL);
    KR_DECREF(meth);
    return res;
}

KrObject *kr_object_call_method_str(KrObject *o, const char *name, KrObject *const *args, size_t nargs)
{
    KrObject *n = kr_str_intern_cstr(name);
    if (!n) return NULL;
    KrObject *res = kr_object_call_method(o, n, args, nargs);
    KR_DECREF(n);
    return res;
}

int kr_callable_check(KrObject *o)
{
    return KR_TYPE(o)->tp_call != NULL;
}
