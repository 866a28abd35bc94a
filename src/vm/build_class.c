/* build_class.c — builtins.__build_class__ (see build_class.h): resolves
 * the bases and the metaclass, prepares the namespace, runs the class body
 * with the namespace as its locals, then calls the metaclass. */
#include "build_class.h"
#include "err.h"
#include "eval.h"
#include "../objects/function.h"
#include "../objects/cell.h"
#include "../objects/tuple.h"
#include "../objects/list.h"
#include "../objects/dict.h"
#include "../objects/str.h"
#include "../objects/ids.h"
#include "../objects/type.h"
#include "../objects/abstract.h"
#include "../objects/call.h"

/* PEP 560: replaces bases that are not classes by their __mro_entries__. */
static KrObject *update_bases(KrObject *orig_bases)
{
    ssize_t n = KR_SIZE(orig_bases);
    KrObject *new_bases = NULL;
    for (ssize_t i = 0; i < n; i++) {
        KrObject *base = KR_TUPLE_GET(orig_bases, i);
        KrObject *meth = NULL;
        if (KR_TYPE_CHECK(base)) goto keep;
        if (kr_object_lookup_attr(base, KR_ID(__mro_entries__), &meth) < 0) goto error;
        if (!meth) goto keep;
        KrObject *nb = kr_object_call_one(meth, orig_bases);
        KR_DECREF(meth);
        if (!nb) goto error;
        if (!KR_TUPLE_CHECK(nb)) {
            kr_err_set_string(kr_exc_TypeError, "__mro_entries__ must return a tuple");
            KR_DECREF(nb);
            goto error;
        }
        if (!new_bases) {
            new_bases = kr_list_new(0);
            if (!new_bases) {
                KR_DECREF(nb);
                goto error;
            }
            for (ssize_t j = 0; j < i; j++) {
                if (kr_list_append(new_bases, KR_TUPLE_GET(orig_bases, j)) < 0) {
                    KR_DECREF(nb);
                    goto error;
                }
            }
        }
        int err = kr_list_extend(new_bases, nb);
        KR_DECREF(nb);
        if (err < 0) goto error;
        continue;
    keep:
        if (new_bases && kr_list_append(new_bases, base) < 0) goto error;
    }
    if (!new_bases) return kr_newref(orig_bases);
    KrObject *res = kr_list_as_tuple(new_bases);
    KR_DECREF(new_bases);
    return res;
error:
    KR_XDECREF(new_bases);
    return NULL;
}

KrObject *kr_build_class(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrObject *orig_bases = NULL, *bases = NULL, *meta = NULL, *mkw = NULL, *ns = NULL;
    KrObject *cell = NULL, *cls = NULL, *prep = NULL;
    int isclass = 0;
    if (nargs < 2) {
        kr_err_set_string(kr_exc_TypeError, "__build_class__: not enough arguments");
        return NULL;
    }
    KrObject *func = args[0];
    if (!KR_FUNCTION_CHECK(func)) {
        kr_err_set_string(kr_exc_TypeError, "__build_class__: func must be a function");
        return NULL;
    }
    KrObject *name = args[1];
    if (!KR_STR_CHECK(name)) {
        kr_err_set_string(kr_exc_TypeError, "__build_class__: name is not a string");
        return NULL;
    }
    orig_bases = kr_tuple_from_array(args + 2, nargs - 2);
    if (!orig_bases) return NULL;
    bases = update_bases(orig_bases);
    if (!bases) goto error;

    if (kwnames && KR_SIZE(kwnames) > 0) {
        mkw = kr_call_kwnames_to_dict(args + nargs, kwnames);
        if (!mkw) goto error;
        meta = kr_dict_get_item_borrow(mkw, KR_ID(metaclass));
        if (meta) {
            KR_INCREF(meta);
            if (kr_dict_del_item(mkw, KR_ID(metaclass)) < 0) goto error;
            isclass = KR_TYPE_CHECK(meta);
        } else if (kr_err_occurred()) {
            goto error;
        }
    }
    if (!meta) {
        meta = KR_SIZE(bases) == 0 ? kr_newref(&kr_type_type)
                                   : kr_newref(KR_TYPE(KR_TUPLE_GET(bases, 0)));
        isclass = 1;
    }
    if (isclass) {
        KrTypeObject *winner = kr_type_calculate_metaclass((KrTypeObject *)meta, bases);
        if (!winner) goto error;
        if ((KrObject *)winner != meta) KR_SETREF(meta, kr_newref(winner));
    }
    if (kr_object_lookup_attr(meta, KR_ID(__prepare__), &prep) < 0) goto error;
    if (!prep) {
        ns = kr_dict_new();
    } else {
        KrObject *pargs[2] = { name, bases };
        ns = kr_object_vectorcall_dict(prep, pargs, 2, mkw);
    }
    if (!ns) goto error;
    if (!kr_mapping_check(ns)) {
        kr_err_format(kr_exc_TypeError, "%.200s.__prepare__() must return a mapping, not %.200s",
                      isclass ? ((KrTypeObject *)meta)->tp_name : "<metaclass>", KR_TYPE(ns)->tp_name);
        goto error;
    }
    cell = kr_eval_function_with_locals(func, ns);
    if (!cell) goto error;
    if (bases != orig_bases) {
        KrObject *key = kr_str_from_cstr("__orig_bases__");
        int err = key ? kr_object_setitem(ns, key, orig_bases) : -1;
        KR_XDECREF(key);
        if (err < 0) goto error;
    }
    {
        KrObject *margs[3] = { name, bases, ns };
        cls = kr_object_vectorcall_dict(meta, margs, 3, mkw);
    }
    if (cls && KR_TYPE_CHECK(cls) && KR_CELL_CHECK(cell)) {
        KrObject *cell_cls = KR_CELL_GET(cell);
        if (cell_cls == NULL) {
            kr_err_format(kr_exc_RuntimeError,
                          "__class__ not set defining %.200R as %.200R. "
                          "Was __classcell__ propagated to type.__new__?", name, cls);
            KR_CLEAR(cls);
        } else if (cell_cls != cls) {
            kr_err_format(kr_exc_TypeError, "__class__ set to %.200R defining %.200R as %.200R",
                          cell_cls, name, cls);
            KR_CLEAR(cls);
        }
    }
error:
    KR_XDECREF(orig_bases);
    KR_XDECREF(bases);
    KR_XDECREF(meta);
    KR_XDECREF(mkw);
    KR_XDECREF(ns);
    KR_XDECREF(cell);
    KR_XDECREF(prep);
    return cls;
}
