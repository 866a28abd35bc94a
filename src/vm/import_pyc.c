/* import_pyc.c — krait's two adjustments to CPython's unmodified
 * _bootstrap_external, made after it runs (docs/internals/import.md):
 * a .pyc whose header is valid but whose body does not unmarshal to a code
 * object is treated like a stale one (recompiled from the source and
 * rewritten) instead of failing the import as CPython does. The body is
 * unmarshalled once: the check keeps the code object for the
 * _compile_bytecode call that follows. */
#include "import_pyc.h"
#include "err.h"
#include "state.h"
#include "../objects/abstract.h"
#include "../objects/args.h"
#include "../objects/bytes.h"
#include "../objects/cfunction.h"
#include "../objects/code.h"
#include "../objects/dict.h"
#include "../objects/ids.h"
#include "../objects/str.h"
#include "../modules/marshalmodule.h"

static KrObject *ext_module;        /* _frozen_importlib_external (owned) */
static KrObject *orig_classify;     /* its own _classify_pyc (owned) */
static KrObject *stash_data;        /* the pyc bytes last checked (owned) ... */
static KrObject *stash_code;        /* ... and the code object of their body (owned) */

static void stash_clear(void)
{
    KR_CLEAR(stash_data);
    KR_CLEAR(stash_code);
}

/* _bootstrap._verbose_message(fmt, *args) */
static int verbose(const char *fmt, KrObject *a, KrObject *b)
{
    KrObject *bootstrap = kr_object_getattr_str(ext_module, "_bootstrap");
    if (!bootstrap) return -1;
    KrObject *f = kr_str_from_cstr(fmt);
    KrObject *r = f ? kr_object_call_method_str(bootstrap, "_verbose_message",
                                                (KrObject *[]){ f, a, b }, b ? 3 : a ? 2 : 1)
                    : NULL;
    KR_XDECREF(f);
    KR_DECREF(bootstrap);
    if (!r) return -1;
    KR_DECREF(r);
    return 0;
}

/* _classify_pyc(data, name, exc_details): CPython's header checks, then the
 * body must unmarshal to a code object; if not, EOFError (truncated) or
 * ImportError, which SourceLoader.get_code answers by recompiling. */
static KrObject *pyc_classify(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrObject *flags = kr_object_vectorcall(orig_classify, args, (size_t)nargs, kwnames);
    if (!flags) return NULL;
    if (nargs < 3 || kwnames || !KR_BYTES_CHECK(args[0])) return flags;
    stash_clear();
    KrObject *data = args[0];
    KrObject *code = kr_marshal_loads(KR_BYTES_DATA(data) + 16, KR_SIZE(data) - 16);
    if (code && KR_CODE_CHECK(code)) {
        stash_data = kr_newref(data);
        stash_code = code;
        return flags;
    }
    KR_DECREF(flags);
    KrObject *name = args[1], *details = args[2];
    KrObject *path = KR_DICT_CHECK(details) ? kr_dict_get_item_str_borrow(details, "path") : NULL;
    if (!code) {
        if (kr_err_matches(kr_exc_EOFError)) return NULL;
        KrObject *exc = kr_err_fetch();
        KrObject *msg = kr_str_from_format("bad marshal data in %R: %S", path ? path : KR_NONE, exc);
        KR_DECREF(exc);
        if (!msg) return NULL;
        if (verbose("{}: {}", name, msg) < 0) {
            KR_DECREF(msg);
            return NULL;
        }
        KrObject *e = kr_object_call_one(kr_exc_ImportError, msg);
        KR_DECREF(msg);
        if (!e) return NULL;
        if (kr_object_setattr(e, KR_ID(name), name) < 0 ||
            (path && kr_object_setattr_str(e, "path", path) < 0)) {
            KR_DECREF(e);
            return NULL;
        }
        kr_err_set_exception(e);
        KR_DECREF(e);
        return NULL;
    }
    KR_DECREF(code);
    KrObject *msg = kr_str_from_format("Non-code object in %R", path ? path : KR_NONE);
    if (msg) {
        KrObject *e = kr_object_call_one(kr_exc_ImportError, msg);
        if (e) {
            kr_err_set_exception(e);
            KR_DECREF(e);
        }
        KR_DECREF(msg);
    }
    return NULL;
}

/* _compile_bytecode(data, name=None, bytecode_path=None, source_path=None)
 * as CPython's, taking the code object the check above already made when
 * `data` is the body of the pyc it checked. */
static KrObject *pyc_compile_bytecode(KrObject *self, KrObject *const *args, ssize_t nargs,
                                      KrObject *kwnames)
{
    static const char *const names[] = { "data", "name", "bytecode_path", "source_path", NULL };
    static const KrArgSpec spec = { "_compile_bytecode", names, 0, 4, 1 };
    KrObject *a[4] = { NULL };
    if (kr_args_parse(&spec, args, nargs, kwnames, a) < 0) return NULL;
    KrBuffer view;
    if (kr_object_get_buffer(a[0], &view, KR_BUF_SIMPLE) < 0) return NULL;
    KrObject *code = NULL;
    if (stash_data && view.buf == (void *)(KR_BYTES_DATA(stash_data) + 16) &&
        view.len == KR_SIZE(stash_data) - 16) {
        code = stash_code;
        stash_code = NULL;
    } else {
        code = kr_marshal_loads(view.buf, view.len);
    }
    kr_buffer_release(&view);
    stash_clear();
    if (!code) return NULL;
    KrObject *bytecode_path = a[2] ? a[2] : KR_NONE;
    if (!KR_CODE_CHECK(code)) {
        KR_DECREF(code);
        KrObject *msg = kr_str_from_format("Non-code object in %R", bytecode_path);
        KrObject *e = msg ? kr_object_call_one(kr_exc_ImportError, msg) : NULL;
        KR_XDECREF(msg);
        if (e) {
            if (a[1]) kr_object_setattr(e, KR_ID(name), a[1]);
            kr_object_setattr_str(e, "path", bytecode_path);
            kr_err_clear();
            kr_err_set_exception(e);
            KR_DECREF(e);
        }
        return NULL;
    }
    if (verbose("code object from {!r}", bytecode_path, NULL) < 0) {
        KR_DECREF(code);
        return NULL;
    }
    if (a[3] && a[3] != KR_NONE) {
        KrObject *imp = kr_dict_get_item_str_borrow(kr_interp.modules, "_imp");
        KrObject *r = imp ? kr_object_call_method_str(imp, "_fix_co_filename", (KrObject *[]){ code, a[3] }, 2)
                          : NULL;
        if (!r) {
            if (!kr_err_occurred()) kr_err_set_string(kr_exc_ImportError, "_imp is missing");
            KR_DECREF(code);
            return NULL;
        }
        KR_DECREF(r);
    }
    return code;
}

static KrMethodDef classify_def = { "_classify_pyc", (void *)pyc_classify, KR_METH_FASTCALL | KR_METH_KEYWORDS,
                                    "Perform basic validity checking of a pyc header and body." };
static KrMethodDef compile_def = { "_compile_bytecode", (void *)pyc_compile_bytecode,
                                   KR_METH_FASTCALL | KR_METH_KEYWORDS, "Compile bytecode as found in a pyc." };

int kr_import_pyc_install(KrObject *ext)
{
    KrObject *orig = kr_object_getattr_str(ext, "_classify_pyc");
    if (!orig) return -1;
    KrObject *f1 = kr_cfunction_new(&classify_def, NULL, NULL);
    KrObject *f2 = f1 ? kr_cfunction_new(&compile_def, NULL, NULL) : NULL;
    int r = -1;
    if (f2 && kr_object_setattr_str(ext, "_classify_pyc", f1) == 0 &&
        kr_object_setattr_str(ext, "_compile_bytecode", f2) == 0) {
        KR_XDECREF(orig_classify);
        KR_XDECREF(ext_module);
        orig_classify = kr_newref(orig);
        ext_module = kr_newref(ext);
        r = 0;
    }
    KR_XDECREF(f1);
    KR_XDECREF(f2);
    KR_DECREF(orig);
    return r;
}
