/* import_main.c — running an importable module (`krait -m name`, through
 * runpy as CPython does) or a compiled .pyc file (`krait file.pyc`) as the
 * __main__ module. */
#include "import_main.h"
#include "import.h"
#include "config.h"
#include "err.h"
#include "eval.h"
#include "run.h"
#include "state.h"
#include "../objects/abstract.h"
#include "../objects/code.h"
#include "../objects/dict.h"
#include "../objects/int.h"
#include "../objects/ids.h"
#include "../objects/module.h"
#include "../objects/str.h"
#include "../memory/mem.h"
#include "../modules/impmodule.h"
#include "../modules/marshalmodule.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int kr_import_main_run_module(const char *modname)
{
    /* runpy replaces the namespace of an existing __main__ */
    if (!kr_run_main_module_borrow()) return kr_run_handle_uncaught();
    KrObject *runpy = kr_import_module_cstr("runpy");
    if (!runpy) {
        fprintf(stderr, "Could not import runpy module\n");
        return kr_run_handle_uncaught();
    }
    KrObject *func = kr_object_getattr_str(runpy, "_run_module_as_main");
    KR_DECREF(runpy);
    if (!func) {
        fprintf(stderr, "Could not access runpy._run_module_as_main\n");
        return kr_run_handle_uncaught();
    }
    KrObject *name = kr_str_from_utf8_surrogateescape(modname, (ssize_t)strlen(modname));
    KrObject *res = name ? kr_object_call_two(func, name, KR_TRUE) : NULL;
    KR_XDECREF(name);
    KR_DECREF(func);
    if (!res) return kr_run_handle_uncaught();
    KR_DECREF(res);
    return 0;
}

int kr_import_main_is_pyc(const char *path)
{
    size_t n = strlen(path);
    if (n >= 4 && strcmp(path + n - 4, ".pyc") == 0) return 1;
    /* CPython also sniffs the magic of other names; krait compares all
     * four bytes, since "kr" alone could start a script */
    FILE *fp = fopen(path, "rb");
    if (!fp) return 0;
    char buf[4];
    int is = fread(buf, 1, 4, fp) == 4 && memcmp(buf, kr_imp_pyc_magic(), 4) == 0;
    fclose(fp);
    return is;
}

/* The whole file as a raw buffer, or NULL with errno set. */
static char *read_all(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    size_t cap = 1 << 16, n = 0, got;
    char *buf = kr_raw_alloc(cap);
    while (buf && (got = fread(buf + n, 1, cap - n, fp)) > 0) {
        n += got;
        if (n == cap) {
            char *nb = kr_raw_realloc(buf, cap * 2);
            if (!nb) {
                kr_raw_free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    fclose(fp);
    *len = n;
    return buf;
}

/* __main__.__loader__ = SourcelessFileLoader('__main__', filename), as
 * CPython's set_main_loader. 0 or -1. */
static int set_main_loader(KrObject *d, KrObject *filename)
{
    if (kr_import_init_importlib() < 0) return -1;
    KrObject *ext = kr_dict_get_item_str_borrow(kr_interp.modules, "_frozen_importlib_external");
    if (!ext) return kr_err_occurred() ? -1 : 0;   /* no importlib in this binary */
    KrObject *cls = kr_object_getattr_str(ext, "SourcelessFileLoader");
    if (!cls) return -1;
    KrObject *loader = kr_object_call_two(cls, KR_ID(__main__), filename);
    KR_DECREF(cls);
    if (!loader) return -1;
    int r = kr_dict_set_item_str(d, "__loader__", loader);
    KR_DECREF(loader);
    return r;
}

int kr_import_main_run_pyc(const char *path)
{
    size_t len;
    char *buf = read_all(path, &len);
    if (!buf) {
        fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n",
                kr_config.program ? kr_config.program : "krait", path, errno, strerror(errno));
        return 2;
    }
    int status;
    KrObject *filename = NULL, *code = NULL;
    KrObject *m = kr_run_main_module_borrow();
    if (!m) goto error;
    KrObject *d = kr_module_get_dict_borrow(m);
    char *abs = NULL;
    if (path[0] != '/') {
        char cwd[4096];
        if (getcwd(cwd, sizeof cwd)) {
            size_t n = strlen(cwd) + strlen(path) + 2;
            abs = kr_raw_alloc(n);
            if (abs) snprintf(abs, n, "%s/%s", cwd, path);
        }
    }
    const char *shown = abs ? abs : path;
    filename = kr_str_from_utf8_surrogateescape(shown, (ssize_t)strlen(shown));
    kr_raw_free(abs);
    if (!filename) goto error;
    int has_file = kr_dict_contains(d, KR_ID(__file__));
    if (has_file < 0) goto error;
    if (!has_file && (kr_dict_set_item(d, KR_ID(__file__), filename) < 0 ||
                      kr_dict_set_item_str(d, "__cached__", KR_NONE) < 0))
        goto error;
    if (set_main_loader(d, filename) < 0) goto error;
    if (len < 16 || memcmp(buf, kr_imp_pyc_magic(), 4) != 0) {
        kr_err_set_string(kr_exc_RuntimeError, "Bad magic number in .pyc file");
        goto error;
    }
    code = kr_marshal_loads(buf + 16, (ssize_t)(len - 16));
    if (!code || !KR_CODE_CHECK(code)) {
        kr_err_clear();
        kr_err_set_string(kr_exc_RuntimeError, "Bad code object in .pyc file");
        goto error;
    }
    KrObject *res = kr_eval_code(code, d, d, NULL);
    if (!res) goto error;
    KR_DECREF(res);
    status = 0;
    goto done;
error:
    status = kr_run_handle_uncaught();
done:
    KR_XDECREF(code);
    KR_XDECREF(filename);
    kr_raw_free(buf);
    return status;
}
