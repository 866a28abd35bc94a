/* import.c — a first import system: sys.modules caching, built-in modules
 * from the registry, .py source modules and packages searched on sys.path
 * (or the parent package's __path__), relative imports and from-lists,
 * with CPython's error messages. No finders/loaders objects yet. */
#include "import.h"
#include "err.h"
#include "state.h"
#include "eval.h"
#include "../objects/module.h"
#include "../objects/str.h"
#include "../objects/dict.h"
#include "../objects/list.h"
#include "../objects/tuple.h"
#include "../objects/int.h"
#include "../objects/ids.h"
#include "../objects/args.h"
#include "../objects/cfunction.h"
#include "../objects/abstract.h"
#include "../compiler/compile.h"
#include "../parser/parser.h"
#include "../memory/mem.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static KrObject *initializing;   /* dict: names of modules whose body is running */

/* sys.modules[name] (borrowed), or NULL (no exception unless lookup failed). */
static KrObject *modules_get(KrObject *name)
{
    if (!kr_interp.modules) return NULL;
    return kr_dict_get_item_borrow(kr_interp.modules, name);
}

/* ModuleNotFoundError(msg) with .name set. */
static void raise_not_found(KrObject *name, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    KrObject *msg = kr_str_from_format_v(fmt, ap);
    va_end(ap);
    if (!msg) return;
    KrObject *exc = kr_object_call_one(kr_exc_ModuleNotFoundError, msg);
    KR_DECREF(msg);
    if (!exc) return;
    if (kr_object_setattr(exc, KR_ID(name), name) < 0) kr_err_clear();
    kr_err_set_exception(exc);
    KR_DECREF(exc);
}

/* ImportError(msg) with .name and .path set (either may be NULL). */
static void raise_import_error(KrObject *msg, KrObject *name, KrObject *path)
{
    if (!msg) return;
    KrObject *exc = kr_object_call_one(kr_exc_ImportError, msg);
    if (!exc) return;
    if (name && kr_object_setattr(exc, KR_ID(name), name) < 0) kr_err_clear();
    if (path && kr_object_setattr_str(exc, "path", path) < 0) kr_err_clear();
    kr_err_set_exception(exc);
    KR_DECREF(exc);
}

static int file_kind(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) return 0;
    if (S_ISDIR(st.st_mode)) return 2;
    if (S_ISREG(st.st_mode)) return 1;
    return 0;
}

/* Reads a whole file into a raw buffer (NUL-terminated). NULL + OSError. */
static char *read_file(const char *path, ssize_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        KrObject *p = kr_str_from_cstr(path);
        kr_err_from_errno_filename(kr_exc_OSError, p);
        KR_XDECREF(p);
        return NULL;
    }
    size_t cap = 8192, n = 0;
    char *buf = kr_raw_alloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n - 1, fp);
        n += got;
        if (n + 1 < cap) break;
        char *nb = kr_raw_realloc(buf, cap * 2);
        if (!nb) {
            kr_raw_free(buf);
            buf = NULL;
            break;
        }
        buf = nb;
        cap *= 2;
    }
    fclose(fp);
    if (!buf) {
        kr_err_no_memory();
        return NULL;
    }
    buf[n] = '\0';
    *len = (ssize_t)n;
    return buf;
}

KrObject *kr_import_exec_code_in_module(KrObject *name, KrObject *code, KrObject *m)
{
    KrObject *d = kr_module_get_dict_borrow(m);
    if (kr_dict_set_item(kr_interp.modules, name, m) < 0) return NULL;
    if (!initializing && !(initializing = kr_dict_new())) return NULL;
    if (kr_dict_set_item(initializing, name, KR_TRUE) < 0) return NULL;
    KrObject *res = kr_eval_code(code, d, d, NULL);
    KrObject *exc = kr_err_fetch();
    if (kr_dict_contains(initializing, name) > 0) kr_dict_del_item(initializing, name);
    kr_err_clear();
    kr_err_restore(exc);
    if (!res) {
        KrObject *e = kr_err_fetch();
        if (kr_dict_contains(kr_interp.modules, name) > 0) kr_dict_del_item(kr_interp.modules, name);
        kr_err_clear();
        kr_err_restore(e);
        return NULL;
    }
    KR_DECREF(res);
    KrObject *final = modules_get(name);
    if (!final) {
        if (!kr_err_occurred())
            kr_err_format(kr_exc_ImportError, "Loaded module %R not found in sys.modules", name);
        return NULL;
    }
    return kr_newref(final);
}

/* Loads source file `path` as module `name`. */
static KrObject *load_source(KrObject *name, const char *path, const char *pkgdir, KrObject *package)
{
    ssize_t len;
    char *src = read_file(path, &len);
    if (!src) return NULL;
    KrObject *filename = kr_str_from_cstr(path);
    if (!filename) {
        kr_raw_free(src);
        return NULL;
    }
    KrObject *code = kr_compile_source(src, len, filename, KR_PARSE_EXEC, -1);
    kr_raw_free(src);
    if (!code) {
        KR_DECREF(filename);
        return NULL;
    }
    KrObject *m = kr_module_new(name);
    KrObject *res = NULL;
    if (!m) goto done;
    KrObject *d = kr_module_get_dict_borrow(m);
    if (kr_dict_set_item(d, KR_ID(__file__), filename) < 0) goto done;
    if (kr_dict_set_item(d, KR_ID(__package__), package) < 0) goto done;
    if (kr_dict_set_item_str(d, "__cached__", KR_NONE) < 0) goto done;
    if (kr_interp.builtins_module &&
        kr_dict_set_item(d, KR_ID(__builtins__), kr_interp.builtins_module) < 0)
        goto done;
    if (pkgdir) {
        KrObject *dir = kr_str_from_cstr(pkgdir);
        KrObject *lst = dir ? kr_list_new(0) : NULL;
        int err = lst ? kr_list_append(lst, dir) : -1;
        if (err == 0) err = kr_dict_set_item(d, KR_ID(__path__), lst);
        KR_XDECREF(dir);
        KR_XDECREF(lst);
        if (err < 0) goto done;
    }
    res = kr_import_exec_code_in_module(name, code, m);
done:
    KR_XDECREF(m);
    KR_DECREF(code);
    KR_DECREF(filename);
    return res;
}

/* Searches one path list for the last component `tail` of `name`. */
static KrObject *find_and_load_in_path(KrObject *name, const char *tail, KrObject *pathlist,
                                       KrObject *parent_name, int *found)
{
    *found = 0;
    if (!pathlist || !KR_LIST_CHECK(pathlist)) return NULL;
    size_t tlen = strlen(tail);
    for (ssize_t i = 0; i < KR_SIZE(pathlist); i++) {
        KrObject *entry = KR_LIST_GET(pathlist, i);
        if (!KR_STR_CHECK(entry)) continue;
        ssize_t dlen;
        const char *dir = kr_str_as_utf8(entry, &dlen);
        if (!dir) {
            kr_err_clear();
            continue;
        }
        size_t cap = (size_t)dlen + tlen + 32;
        char *buf = kr_raw_alloc(cap);
        if (!buf) {
            kr_err_no_memory();
            return NULL;
        }
        const char *sep = dlen == 0 ? "" : "/";
        const char *base = dlen == 0 ? "" : dir;
        /* package: dir/tail/__init__.py */
        snprintf(buf, cap, "%s%s%s", base, sep, tail);
        if (file_kind(buf) == 2) {
            char *init = kr_raw_alloc(cap + 16);
            if (!init) {
                kr_raw_free(buf);
                kr_err_no_memory();
                return NULL;
            }
            snprintf(init, cap + 16, "%s/__init__.py", buf);
            if (file_kind(init) == 1) {
                *found = 1;
                KrObject *res = load_source(name, init, buf, name);
                kr_raw_free(init);
                kr_raw_free(buf);
                return res;
            }
            kr_raw_free(init);
        }
        snprintf(buf, cap, "%s%s%s.py", base, sep, tail);
        if (file_kind(buf) == 1) {
            *found = 1;
            KrObject *res = load_source(name, buf, NULL, parent_name);
            kr_raw_free(buf);
            return res;
        }
        kr_raw_free(buf);
    }
    return NULL;
}

static KrObject *import_find_and_load(KrObject *name);

/* Imports the fully qualified `name`, loading parents first. New ref. */
static KrObject *import_absolute(KrObject *name)
{
    KrObject *m = modules_get(name);
    if (m) {
        if (m == KR_NONE) {
            raise_not_found(name, "import of %U halted; None in sys.modules", name);
            return NULL;
        }
        return kr_newref(m);
    }
    if (kr_err_occurred()) return NULL;
    return import_find_and_load(name);
}

static KrObject *import_find_and_load(KrObject *name)
{
    ssize_t n = KR_STR_LEN(name);
    ssize_t dot = kr_str_find_char(name, '.', 0, n);
    ssize_t last = -1;
    for (ssize_t i = n - 1; i >= 0; i--) {
        if (KR_STR_READ_CHAR(name, i) == '.') {
            last = i;
            break;
        }
    }
    (void)dot;
    const char *utf8 = kr_str_as_utf8(name, NULL);
    if (!utf8) return NULL;
    if (last < 0) {
        /* top level: built-in modules first, then sys.path */
        KrModuleDef *def = kr_builtin_module_find(utf8);
        if (def) {
            KrObject *m = kr_module_from_def(def);
            if (!m) return NULL;
            if (kr_dict_set_item(kr_interp.modules, name, m) < 0) {
                KR_DECREF(m);
                return NULL;
            }
            return m;
        }
        KrObject *path = kr_interp.sysdict ? kr_dict_get_item_str_borrow(kr_interp.sysdict, "path") : NULL;
        if (!path || !KR_LIST_CHECK(path)) {
            if (!kr_err_occurred()) kr_err_set_string(kr_exc_ImportError, "sys.path must be a list of directory names");
            return NULL;
        }
        KR_INCREF(path);
        KrObject *empty = kr_str_from_cstr("");
        int found;
        KrObject *res = empty ? find_and_load_in_path(name, utf8, path, empty, &found) : NULL;
        KR_XDECREF(empty);
        KR_DECREF(path);
        if (res || found || kr_err_occurred()) return res;
        raise_not_found(name, "No module named %R", name);
        return NULL;
    }
    KrObject *parent_name = kr_str_substring(name, 0, last);
    if (!parent_name) return NULL;
    KrObject *parent = import_absolute(parent_name);
    if (!parent) {
        KR_DECREF(parent_name);
        return NULL;
    }
    /* importing the parent may have imported us */
    KrObject *m = modules_get(name);
    if (m) {
        KR_DECREF(parent);
        KR_DECREF(parent_name);
        return kr_newref(m);
    }
    KrObject *path = NULL;
    if (kr_object_lookup_attr(parent, KR_ID(__path__), &path) < 0 || !path) {
        if (!kr_err_occurred())
            raise_not_found(name, "No module named %R; %R is not a package", name, parent_name);
        KR_DECREF(parent);
        KR_DECREF(parent_name);
        return NULL;
    }
    const char *tail = utf8 + strlen(utf8);
    while (tail > utf8 && tail[-1] != '.') tail--;
    int found;
    KrObject *res = find_and_load_in_path(name, tail, path, parent_name, &found);
    KR_DECREF(path);
    if (res) {
        KrObject *child = kr_str_from_cstr(tail);
        if (!child || kr_object_setattr(parent, child, res) < 0) {
            KR_CLEAR(res);
        }
        KR_XDECREF(child);
    } else if (!found && !kr_err_occurred()) {
        raise_not_found(name, "No module named %R", name);
    }
    KR_DECREF(parent);
    KR_DECREF(parent_name);
    return res;
}

KrObject *kr_import_module(KrObject *name)
{
    return import_absolute(name);
}

KrObject *kr_import_module_cstr(const char *name)
{
    KrObject *n = kr_str_from_cstr(name);
    if (!n) return NULL;
    KrObject *m = import_absolute(n);
    KR_DECREF(n);
    return m;
}

/* The package a relative import is relative to (new ref). */
static KrObject *resolve_package(KrObject *globals)
{
    if (!globals || !KR_DICT_CHECK(globals)) {
        kr_err_set_string(kr_exc_TypeError, "globals must be a dict");
        return NULL;
    }
    KrObject *package = kr_dict_get_item_borrow(globals, KR_ID(__package__));
    if (package == KR_NONE) package = NULL;
    if (package) {
        if (!KR_STR_CHECK(package)) {
            kr_err_set_string(kr_exc_TypeError, "package must be a string");
            return NULL;
        }
        return kr_newref(package);
    }
    KrObject *spec = kr_dict_get_item_borrow(globals, KR_ID(__spec__));
    if (spec && spec != KR_NONE) {
        KrObject *parent = kr_object_getattr_str(spec, "parent");
        if (!parent) return NULL;
        if (!KR_STR_CHECK(parent)) {
            KR_DECREF(parent);
            kr_err_set_string(kr_exc_TypeError, "__spec__.parent must be a string");
            return NULL;
        }
        return parent;
    }
    KrObject *name = kr_dict_get_item_borrow(globals, KR_ID(__name__));
    if (!name) {
        kr_err_set_string(kr_exc_KeyError, "'__name__' not in globals");
        return NULL;
    }
    if (!KR_STR_CHECK(name)) {
        kr_err_set_string(kr_exc_TypeError, "__name__ must be a string");
        return NULL;
    }
    int has_path = kr_dict_contains(globals, KR_ID(__path__));
    if (has_path < 0) return NULL;
    if (has_path) return kr_newref(name);
    ssize_t n = KR_STR_LEN(name);
    for (ssize_t i = n - 1; i >= 0; i--)
        if (KR_STR_READ_CHAR(name, i) == '.') return kr_str_substring(name, 0, i);
    return kr_str_from_cstr("");
}

static KrObject *resolve_name(KrObject *name, KrObject *globals, int level)
{
    KrObject *package = resolve_package(globals);
    if (!package) return NULL;
    if (KR_STR_LEN(package) == 0) {
        KR_DECREF(package);
        kr_err_set_string(kr_exc_ImportError, "attempted relative import with no known parent package");
        return NULL;
    }
    ssize_t last_dot = KR_STR_LEN(package);
    for (int up = 1; up < level; up++) {
        ssize_t found = -1;
        for (ssize_t i = last_dot - 1; i >= 0; i--) {
            if (KR_STR_READ_CHAR(package, i) == '.') {
                found = i;
                break;
            }
        }
        if (found < 0) {
            KR_DECREF(package);
            kr_err_set_string(kr_exc_ImportError, "attempted relative import beyond top-level package");
            return NULL;
        }
        last_dot = found;
    }
    KrObject *base = kr_str_substring(package, 0, last_dot);
    KR_DECREF(package);
    if (!base || KR_STR_LEN(name) == 0) return base;
    KrObject *abs = kr_str_from_format("%U.%U", base, name);
    KR_DECREF(base);
    return abs;
}

static int handle_fromlist(KrObject *module, KrObject *fromlist, int recursive)
{
    KrObject *it = kr_object_get_iter(fromlist);
    if (!it) return -1;
    KrObject *x;
    int err = 0;
    while (err == 0 && (x = kr_iter_next(it))) {
        if (!KR_STR_CHECK(x)) {
            KrObject *mname = recursive ? kr_object_getattr(module, KR_ID(__name__)) : NULL;
            if (recursive && mname)
                kr_err_format(kr_exc_TypeError, "Item in %S.__all__ must be str, not %.100s", mname,
                              KR_TYPE(x)->tp_name);
            else if (!recursive)
                kr_err_format(kr_exc_TypeError, "Item in ``from list'' must be str, not %.100s",
                              KR_TYPE(x)->tp_name);
            KR_XDECREF(mname);
            err = -1;
        } else if (kr_str_equal_cstr(x, "*")) {
            if (!recursive) {
                KrObject *all = NULL;
                if (kr_object_lookup_attr(module, KR_ID(__all__), &all) < 0) err = -1;
                else if (all) {
                    err = handle_fromlist(module, all, 1);
                    KR_DECREF(all);
                }
            }
        } else {
            KrObject *attr = NULL;
            int has = kr_object_lookup_attr(module, x, &attr);
            KR_XDECREF(attr);
            if (has < 0) err = -1;
            else if (!has) {
                KrObject *mname = kr_object_getattr(module, KR_ID(__name__));
                KrObject *from_name = mname ? kr_str_from_format("%S.%U", mname, x) : NULL;
                KR_XDECREF(mname);
                if (!from_name) err = -1;
                else {
                    KrObject *sub = import_absolute(from_name);
                    if (sub) {
                        KR_DECREF(sub);
                    } else if (kr_err_matches(kr_exc_ModuleNotFoundError)) {
                        KrObject *exc = kr_err_fetch();
                        KrObject *ename = NULL;
                        if (kr_object_lookup_attr(exc, KR_ID(name), &ename) < 0) kr_err_clear();
                        int same = ename && KR_STR_CHECK(ename) && kr_str_equal(ename, from_name);
                        KR_XDECREF(ename);
                        if (same) KR_DECREF(exc);
                        else {
                            kr_err_restore(exc);
                            err = -1;
                        }
                    } else {
                        err = -1;
                    }
                    KR_DECREF(from_name);
                }
            }
        }
        KR_DECREF(x);
    }
    KR_DECREF(it);
    if (err == 0 && kr_err_occurred()) err = -1;
    return err;
}

KrObject *kr_import_module_level(KrObject *name, KrObject *globals, KrObject *locals,
                                 KrObject *fromlist, int level)
{
    (void)locals;
    if (!KR_STR_CHECK(name)) {
        kr_err_set_string(kr_exc_TypeError, "module name must be a string");
        return NULL;
    }
    if (level < 0) {
        kr_err_set_string(kr_exc_ValueError, "level must be >= 0");
        return NULL;
    }
    KrObject *abs;
    if (level > 0) {
        abs = resolve_name(name, globals, level);
        if (!abs) return NULL;
    } else {
        if (KR_STR_LEN(name) == 0) {
            kr_err_set_string(kr_exc_ValueError, "Empty module name");
            return NULL;
        }
        abs = kr_newref(name);
    }
    KrObject *module = import_absolute(abs);
    KrObject *result = NULL;
    if (!module) goto done;
    int has_from = 0;
    if (fromlist && fromlist != KR_NONE) {
        has_from = kr_object_is_true(fromlist);
        if (has_from < 0) goto done;
    }
    if (!has_from) {
        ssize_t n = KR_STR_LEN(name);
        ssize_t dot = kr_str_find_char(name, '.', 0, n);
        if (level == 0 || n > 0) {
            if (dot < 0) {
                result = kr_newref(module);
            } else if (level == 0) {
                KrObject *front = kr_str_substring(name, 0, dot);
                if (front) {
                    result = import_absolute(front);
                    KR_DECREF(front);
                }
            } else {
                ssize_t cut_off = n - dot;
                ssize_t alen = KR_STR_LEN(abs);
                KrObject *to_return = kr_str_substring(abs, 0, alen - cut_off);
                if (to_return) {
                    KrObject *m = modules_get(to_return);
                    if (m) result = kr_newref(m);
                    else if (!kr_err_occurred())
                        kr_err_format(kr_exc_KeyError, "%R not in sys.modules as expected", to_return);
                    KR_DECREF(to_return);
                }
            }
        } else {
            result = kr_newref(module);
        }
    } else {
        KrObject *path = NULL;
        int r = kr_object_lookup_attr(module, KR_ID(__path__), &path);
        KR_XDECREF(path);
        if (r < 0) goto done;
        if (r && handle_fromlist(module, fromlist, 0) < 0) goto done;
        result = kr_newref(module);
    }
done:
    KR_XDECREF(module);
    KR_DECREF(abs);
    return result;
}

KrObject *kr_import_builtin_import(KrObject *self, KrObject *const *args, ssize_t nargs,
                                   KrObject *kwnames)
{
    static const char *const names[] = { "name", "globals", "locals", "fromlist", "level", NULL };
    static const KrArgSpec spec = { "__import__", names, 0, 5, 1 };
    KrObject *a[5] = { NULL };
    if (kr_args_parse(&spec, args, nargs, kwnames, a) < 0) return NULL;
    int level = 0;
    if (a[4]) {
        int64_t lv = kr_int_as_i64(a[4]);
        if (lv == -1 && kr_err_occurred()) return NULL;
        level = (int)lv;
    }
    KrObject *globals = a[1] && a[1] != KR_NONE ? a[1] : NULL;
    if (level > 0 && !globals) {
        kr_err_set_string(kr_exc_KeyError, "'__name__' not in globals");
        return NULL;
    }
    return kr_import_module_level(a[0], globals, a[2], a[3], level);
}

KrObject *kr_import_name(KrFrame *f, KrObject *name, KrObject *fromlist, KrObject *level)
{
    KrObject *import_func = NULL;
    if (KR_DICT_CHECK(f->f_builtins)) {
        import_func = kr_dict_get_item_borrow(f->f_builtins, KR_ID(__import__));
    }
    if (!import_func) {
        if (!kr_err_occurred()) kr_err_set_string(kr_exc_ImportError, "__import__ not found");
        return NULL;
    }
    if (KR_CFUNCTION_CHECK(import_func) &&
        ((KrCFunctionObject *)import_func)->m_ml->ml_meth == (void *)kr_import_builtin_import) {
        int64_t lv = kr_int_as_i64(level);
        if (lv == -1 && kr_err_occurred()) return NULL;
        return kr_import_module_level(name, f->f_globals, f->f_locals, fromlist, (int)lv);
    }
    KrObject *cargs[5] = { name, f->f_globals, f->f_locals ? f->f_locals : KR_NONE, fromlist, level };
    return kr_object_vectorcall(import_func, cargs, 5, NULL);
}

KrObject *kr_import_from(KrObject *v, KrObject *name)
{
    KrObject *x = NULL;
    int r = kr_object_lookup_attr(v, name, &x);
    if (r != 0) return x;
    KrObject *pkgname = kr_object_getattr(v, KR_ID(__name__));
    if (pkgname && KR_STR_CHECK(pkgname)) {
        KrObject *full = kr_str_from_format("%U.%U", pkgname, name);
        if (!full) {
            KR_DECREF(pkgname);
            return NULL;
        }
        x = modules_get(full);
        KR_DECREF(full);
        if (x) {
            KR_DECREF(pkgname);
            return kr_newref(x);
        }
        if (kr_err_occurred()) {
            KR_DECREF(pkgname);
            return NULL;
        }
    } else {
        KR_CLEAR(pkgname);
        kr_err_clear();
    }
    KrObject *shown = pkgname ? kr_newref(pkgname) : kr_str_from_cstr("<unknown module name>");
    KrObject *pkgpath = NULL;
    if (KR_MODULE_CHECK(v)) {
        KrObject *d = kr_module_get_dict_borrow(v);
        pkgpath = d ? kr_dict_get_item_borrow(d, KR_ID(__file__)) : NULL;
        if (kr_err_occurred()) kr_err_clear();
    }
    KrObject *msg;
    if (!pkgpath || !KR_STR_CHECK(pkgpath)) {
        msg = kr_str_from_format("cannot import name %R from %R (unknown location)", name, shown);
        raise_import_error(msg, pkgname, NULL);
    } else {
        int init = pkgname && initializing && kr_dict_contains(initializing, pkgname) > 0;
        if (init)
            msg = kr_str_from_format("cannot import name %R from partially initialized module %R "
                                     "(most likely due to a circular import) (%S)",
                                     name, shown, pkgpath);
        else
            msg = kr_str_from_format("cannot import name %R from %R (%S)", name, shown, pkgpath);
        raise_import_error(msg, pkgname, pkgpath);
    }
    KR_XDECREF(msg);
    KR_XDECREF(shown);
    KR_XDECREF(pkgname);
    return NULL;
}
