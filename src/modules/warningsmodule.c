/* warningsmodule.c — the _warnings module. CPython implements the whole
 * warnings machinery here; krait keeps it in the standard library's
 * warnings.py and only forwards these two entry points to it (importing it
 * on first use), so that filters and catch_warnings() see every warning. */
#include "warningsmodule.h"
#include "../objects/abstract.h"
#include "../objects/args.h"
#include "../objects/dict.h"
#include "../objects/int.h"
#include "../objects/str.h"
#include "../vm/err.h"
#include "../vm/import.h"
#include "../vm/state.h"

/* warnings.<fname>(*args, **kw) with the caller's arguments unchanged. When
 * warnings.py cannot be imported (a broken sys.path), a str message still
 * goes through the C fallback of vm/err.c. */
static KrObject *forward(const char *fname, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrObject *mod = kr_dict_get_item_str_borrow(kr_interp.modules, "warnings");
    if (mod) {
        KR_INCREF(mod);
    } else {
        if (kr_err_occurred()) return NULL;
        mod = kr_import_module_cstr("warnings");
        if (!mod) {
            if (nargs < 1 || !KR_STR_CHECK(args[0])) return NULL;
            kr_err_clear();
            KrObject *cat = nargs > 1 && args[1] != KR_NONE ? args[1] : kr_exc_UserWarning;
            const char *msg = kr_str_as_utf8(args[0], NULL);
            if (!msg || kr_err_warn(cat, msg, 1) < 0) return NULL;
            KR_RETURN_NONE;
        }
    }
    KrObject *f = kr_object_getattr_str(mod, fname);
    KR_DECREF(mod);
    if (!f) return NULL;
    KrObject *res = kr_object_vectorcall(f, args, (size_t)nargs, kwnames);
    KR_DECREF(f);
    return res;
}

static KrObject *warnings_warn(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "message", "category", "stacklevel", "source", NULL };
    static const KrArgSpec spec = { "warn", names, 0, 4, 1 };
    KrObject *a[4] = { NULL };
    if (kr_args_parse(&spec, args, nargs, kwnames, a) < 0) return NULL;
    return forward("warn", args, nargs, kwnames);
}

static KrObject *warnings_warn_explicit(KrObject *m, KrObject *const *args, ssize_t nargs,
                                        KrObject *kwnames)
{
    static const char *const names[] = { "message", "category", "filename", "lineno", "module",
                                         "registry", "module_globals", "source", NULL };
    static const KrArgSpec spec = { "warn_explicit", names, 0, 8, 4 };
    KrObject *a[8] = { NULL };
    if (kr_args_parse(&spec, args, nargs, kwnames, a) < 0) return NULL;
    return forward("warn_explicit", args, nargs, kwnames);
}

static KrMethodDef warnings_methods[] = {
    { "warn", (void *)warnings_warn, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Issue a warning, or maybe ignore it or raise an exception." },
    { "warn_explicit", (void *)warnings_warn_explicit, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Low-level interface to warnings functionality." },
    { NULL, NULL, 0, NULL },
};

KrModuleDef kr_warningsmodule_def = {
    .name = "_warnings",
    .doc = "_warnings provides basic warning filtering support.\n"
           "It is a helper module to speed up interpreter start-up.",
    .methods = warnings_methods,
};
