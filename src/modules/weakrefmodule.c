/* weakrefmodule.c — the _weakref module: ref, proxy, getweakrefcount,
 * getweakrefs and _remove_dead_weakref, over objects/weakref.c. */
#include "weakrefmodule.h"
#include "../objects/weakref.h"
#include "../objects/args.h"
#include "../objects/dict.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../vm/err.h"

/* One positional argument, CPython's METH_O messages with the module prefix. */
static int one_arg(const char *fname, ssize_t nargs, KrObject *kwnames)
{
    if (kr_args_no_keywords(fname, kwnames) < 0) return -1;
    if (nargs != 1) {
        kr_err_format(kr_exc_TypeError, "%s() takes exactly one argument (%zd given)", fname, nargs);
        return -1;
    }
    return 0;
}

static KrObject *weakref_getweakrefcount(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (one_arg("_weakref.getweakrefcount", nargs, kwnames) < 0) return NULL;
    return kr_int_from_ssize(kr_weakref_count(args[0]));
}

static KrObject *weakref_getweakrefs(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (one_arg("_weakref.getweakrefs", nargs, kwnames) < 0) return NULL;
    KrObject *ob = args[0];
    KrObject *list = kr_list_new(0);
    if (!list || KR_TYPE(ob)->tp_weaklistoffset <= 0) return list;
    KrWeakReference *r = *(KrWeakReference **)((char *)ob + KR_TYPE(ob)->tp_weaklistoffset);
    for (; r; r = r->wr_next) {
        if (kr_list_append(list, (KrObject *)r) < 0) {
            KR_DECREF(list);
            return NULL;
        }
    }
    return list;
}

static KrObject *weakref_proxy(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (kr_args_no_keywords("_weakref.proxy", kwnames) < 0) return NULL;
    if (kr_args_check_count("proxy", nargs, 1, 2) < 0) return NULL;
    return kr_weakref_new_proxy(args[0], nargs > 1 ? args[1] : NULL);
}

/* Deletes dct[key] if it is a dead weak reference (used by WeakValueDictionary);
 * a missing key is not an error. */
static KrObject *weakref__remove_dead_weakref(KrObject *m, KrObject *const *args, ssize_t nargs,
                                              KrObject *kwnames)
{
    if (kr_args_no_keywords("_weakref._remove_dead_weakref", kwnames) < 0) return NULL;
    if (kr_args_check_count("_remove_dead_weakref", nargs, 2, 2) < 0) return NULL;
    KrObject *dct = args[0], *key = args[1];
    if (!KR_DICT_CHECK(dct))
        return kr_err_format(kr_exc_TypeError, "_remove_dead_weakref() argument 1 must be dict, not %s",
                             KR_TYPE(dct)->tp_name);
    KrObject *v = kr_dict_get_item_borrow(dct, key);
    if (!v) {
        if (kr_err_occurred()) return NULL;
        KR_RETURN_NONE;
    }
    if (!KR_WEAKREF_CHECK(v)) return kr_err_format(kr_exc_TypeError, "not a weakref");
    if (kr_weakref_get_object_borrow(v) == KR_NONE) {
        if (kr_dict_del_item(dct, key) < 0) {
            if (!kr_err_matches(kr_exc_KeyError)) return NULL;
            kr_err_clear();
        }
    }
    KR_RETURN_NONE;
}

#define FASTKW (KR_METH_FASTCALL | KR_METH_KEYWORDS)
static KrMethodDef weakref_functions[] = {
    { "getweakrefcount", (void *)weakref_getweakrefcount, FASTKW,
      "Return the number of weak references to 'object'." },
    { "getweakrefs", (void *)weakref_getweakrefs, FASTKW,
      "Return a list of all weak reference objects pointing to 'object'." },
    { "proxy", (void *)weakref_proxy, FASTKW,
      "Create a proxy object that weakly references 'object'.\n\n"
      "'callback', if given, is called with a reference to the\n"
      "proxy when 'object' is about to be finalized." },
    { "_remove_dead_weakref", (void *)weakref__remove_dead_weakref, FASTKW,
      "Atomically remove key from dict if it points to a dead weakref." },
    { NULL, NULL, 0, NULL },
};

static int weakref_exec(KrObject *m)
{
    if (kr_weakref_init() < 0) return -1;
    if (kr_module_add_steal(m, "ref", kr_newref(&kr_weakref_ref_type)) < 0) return -1;
    if (kr_module_add_steal(m, "ReferenceType", kr_newref(&kr_weakref_ref_type)) < 0) return -1;
    if (kr_module_add_steal(m, "ProxyType", kr_newref(&kr_weakref_proxy_type)) < 0) return -1;
    if (kr_module_add_steal(m, "CallableProxyType", kr_newref(&kr_weakref_callable_proxy_type)) < 0) return -1;
    return 0;
}

KrModuleDef kr_weakrefmodule_def = {
    .name = "_weakref",
    .doc = "Weak-reference support module.",
    .methods = weakref_functions,
    .exec = weakref_exec,
};
