/* atexitmodule.c — the atexit module. Callbacks are kept as (func, args,
 * kwargs) tuples in one list owned by this file; kr_runtime_fini runs them
 * before the standard streams are flushed for the last time. */
#include "atexitmodule.h"
#include "../objects/dict.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/tuple.h"
#include "../vm/err.h"

static KrObject *callbacks; /* list of (func, args tuple, kwargs dict or None) */

static int ensure_list(void)
{
    if (!callbacks && !(callbacks = kr_list_new(0))) return -1;
    return 0;
}

static KrObject *atexit_register(KrObject *module, KrObject *const *args, ssize_t nargs,
                                 KrObject *kwnames)
{
    if (nargs < 1) {
        return kr_err_format(kr_exc_TypeError, "register() takes at least 1 argument (0 given)");
    }
    if (!kr_callable_check(args[0]))
        return kr_err_format(kr_exc_TypeError, "the first argument must be callable");
    if (ensure_list() < 0) return NULL;
    KrObject *pos = kr_tuple_from_array(args + 1, nargs - 1);
    if (!pos) return NULL;
    KrObject *kw = KR_NONE;
    ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
    if (nkw) {
        kw = kr_dict_new();
        if (!kw) { KR_DECREF(pos); return NULL; }
        for (ssize_t i = 0; i < nkw; i++) {
            if (kr_dict_set_item(kw, KR_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
                KR_DECREF(pos); KR_DECREF(kw);
                return NULL;
            }
        }
    } else {
        KR_INCREF(kw);
    }
    KrObject *entry = kr_tuple_pack(3, args[0], pos, kw);
    KR_DECREF(pos);
    KR_DECREF(kw);
    if (!entry) return NULL;
    int rc = kr_list_append(callbacks, entry);
    KR_DECREF(entry);
    if (rc < 0) return NULL;
    return kr_newref(args[0]);
}

static KrObject *atexit_unregister(KrObject *module, KrObject *func)
{
    if (!callbacks) KR_RETURN_NONE;
    /* Remove every entry whose function == func; compare first, since the
     * comparison may run code that changes the list. */
    for (ssize_t i = KR_SIZE(callbacks) - 1; i >= 0; i--) {
        if (i >= KR_SIZE(callbacks)) continue;
        KrObject *entry = KR_LIST_GET(callbacks, i);
        KR_INCREF(entry);
        int eq = kr_object_richcompare_bool(KR_TUPLE_GET(entry, 0), func, KR_EQ);
        KR_DECREF(entry);
        if (eq < 0) return NULL;
        if (eq && i < KR_SIZE(callbacks) && kr_list_del_item(callbacks, i) < 0) return NULL;
    }
    KR_RETURN_NONE;
}

void kr_atexit_run_all(void)
{
    KrObject *saved = kr_err_fetch();
    while (callbacks && KR_SIZE(callbacks) > 0) {
        ssize_t last = KR_SIZE(callbacks) - 1;
        KrObject *entry = kr_newref(KR_LIST_GET(callbacks, last));
        kr_list_del_item(callbacks, last);
        KrObject *func = KR_TUPLE_GET(entry, 0), *kw = KR_TUPLE_GET(entry, 2);
        KrObject *r = kr_object_call(func, KR_TUPLE_GET(entry, 1), kw == KR_NONE ? NULL : kw);
        if (r) KR_DECREF(r);
        else kr_err_write_unraisable_msg("Exception ignored in atexit callback", func);
        KR_DECREF(entry);
    }
    kr_err_restore(saved);
}

static KrObject *atexit_run_exitfuncs(KrObject *module, KrObject *unused)
{
    kr_atexit_run_all();
    KR_RETURN_NONE;
}

static KrObject *atexit_clear(KrObject *module, KrObject *unused)
{
    if (callbacks) KR_CLEAR(callbacks);
    KR_RETURN_NONE;
}

static KrObject *atexit_ncallbacks(KrObject *module, KrObject *unused)
{
    return kr_int_from_ssize(callbacks ? KR_SIZE(callbacks) : 0);
}

static KrMethodDef atexit_methods[] = {
    { "register", (void *)atexit_register, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Register a function to be executed upon normal program termination\n\n"
      "    func - function to be called at exit\n"
      "    args - optional arguments to pass to func\n"
      "    kwargs - optional keyword arguments to pass to func\n\n"
      "    func is returned to facilitate usage as a decorator." },
    { "unregister", (void *)atexit_unregister, KR_METH_O,
      "Unregister an exit function which was previously registered using\n"
      "atexit.register\n\n    func - function to be unregistered" },
    { "_run_exitfuncs", (void *)atexit_run_exitfuncs, KR_METH_NOARGS,
      "Run all registered exit functions.\n\nIf a callback raises an exception, it is logged with sys.unraisablehook." },
    { "_clear", (void *)atexit_clear, KR_METH_NOARGS, "Clear the list of previously registered exit functions." },
    { "_ncallbacks", (void *)atexit_ncallbacks, KR_METH_NOARGS,
      "Return the number of registered exit functions." },
    { NULL, NULL, 0, NULL },
};

KrModuleDef kr_atexitmodule_def = {
    .name = "atexit",
    .doc = "allow programmer to define multiple exit functions to be executed\n"
           "upon normal program termination.\n\n"
           "Two public functions, register and unregister, are defined.\n",
    .methods = atexit_methods,
};
