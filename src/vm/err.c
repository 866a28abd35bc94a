/* err.c — raising, fetching and matching exceptions (see err.h). The
 * pending exception is one normalized instance on the thread state; raising
 * while another exception is being handled links it as __context__. Also the
 * "unraisable" hook and a minimal warnings machinery (the real `warnings`
 * module comes later). */
#include "err.h"
#include "state.h"
#include "frame.h"
#include "config.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/dict.h"
#include "../objects/int.h"
#include "../objects/type.h"
#include "../objects/exceptions_more.h"
#include "../modules/sys.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

/* ---------------------------------------------------------------------------
 * Setting and chaining
 * ------------------------------------------------------------------------ */

/* The exception being handled (borrowed): the innermost exc_info entry that
 * holds one. NULL if none. */
static KrObject *err_topmost_handled(KrThreadState *ts)
{
    for (KrExcStackItem *it = ts->exc_info; it; it = it->previous)
        if (it->exc && it->exc != KR_NONE) return it->exc;
    return NULL;
}

/* Links `value` to the exception being handled as its __context__, cutting
 * any chain that would loop back to value (Floyd's cycle detection keeps a
 * pre-existing cycle from hanging us), as CPython does. */
static void err_chain_context(KrThreadState *ts, KrObject *value)
{
    KrObject *handled = err_topmost_handled(ts);
    if (!handled || handled == value) return;
    KrObject *o = handled, *slow = handled, *ctx;
    int toggle = 0;
    while ((ctx = kr_exception_get_context(o))) {
        if (ctx == value) {
            kr_exception_set_context_steal(o, NULL);
            break;
        }
        o = ctx;
        if (o == slow) break;
        if (toggle) slow = kr_exception_get_context(slow);
        toggle = !toggle;
    }
    kr_exception_set_context_steal(value, kr_newref(handled));
}

/* Creates the instance type(*args) for a non-instance value. */
static KrObject *err_create(KrObject *type, KrObject *value)
{
    KrObject *args;
    if (!value || value == KR_NONE) args = kr_tuple_new(0);
    else if (KR_TUPLE_CHECK(value)) args = kr_newref(value);
    else args = kr_tuple_pack(1, value);
    if (!args) return NULL;
    KrTypeObject *t = (KrTypeObject *)type;
    KrObject *exc;
    if (!KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HEAPTYPE) && t->tp_new == kr_exc_base_new &&
        t->tp_init == kr_exc_base_init) {
        /* the common case (KeyError, TypeError ... raised from C): what
         * type(*args) would do, without the generic call machinery */
        exc = kr_exc_base_new(t, args, NULL);
        KR_DECREF(args);
        return exc;
    }
    exc = kr_object_call(type, args, NULL);
    KR_DECREF(args);
    if (exc && !kr_exception_check(exc)) {
        kr_err_format(kr_exc_TypeError,
                      "calling %R should have returned an instance of BaseException, not %s",
                      type, KR_TYPE(exc)->tp_name);
        KR_DECREF(exc);
        return NULL;
    }
    return exc;
}

void kr_err_set_object(KrObject *type, KrObject *value)
{
    KrThreadState *ts = kr_tstate_get();
    if (!type || !kr_exception_class_check(type)) {
        kr_err_format(kr_exc_SystemError,
                      "_PyErr_SetObject: exception %R is not a BaseException subclass",
                      type ? type : KR_NONE);
        return;
    }
    KrObject *exc;
    if (value && kr_exception_check(value) &&
        kr_type_is_subtype(KR_TYPE(value), (KrTypeObject *)type)) {
        exc = kr_newref(value);
    } else {
        /* The constructor may look at the pending exception state: make
         * sure nothing stale is pending while it runs. */
        exc = err_create(type, value);
        if (!exc) return;  /* the constructor's own exception is pending */
    }
    err_chain_context(ts, exc);
    KR_SETREF(ts->curexc, exc);
}

void kr_err_set_exception(KrObject *exc)
{
    if (!exc || !kr_exception_check(exc)) {
        kr_err_format(kr_exc_SystemError, "exception %R is not a BaseException instance",
                      exc ? exc : KR_NONE);
        return;
    }
    KrThreadState *ts = kr_tstate_get();
    err_chain_context(ts, exc);
    KR_SETREF(ts->curexc, kr_newref(exc));
}

void kr_err_set_none(KrObject *type) { kr_err_set_object(type, NULL); }

void kr_err_set_string(KrObject *type, const char *msg)
{
    KrObject *s = kr_str_from_cstr(msg);
    if (!s) return;
    kr_err_set_object(type, s);
    KR_DECREF(s);
}

KrObject *kr_err_format_v(KrObject *type, const char *fmt, va_list ap)
{
    KrObject *msg = kr_str_from_format_v(fmt, ap);
    if (!msg) return NULL;
    kr_err_set_object(type, msg);
    KR_DECREF(msg);
    return NULL;
}

KrObject *kr_err_format(KrObject *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    kr_err_format_v(type, fmt, ap);
    va_end(ap);
    return NULL;
}

/* ---------------------------------------------------------------------------
 * Querying and clearing
 * ------------------------------------------------------------------------ */

KrObject *kr_err_occurred(void)
{
    KrThreadState *ts = kr_tstate_get();
    return (ts && ts->curexc) ? (KrObject *)KR_TYPE(ts->curexc) : NULL;
}

KrObject *kr_err_peek(void)
{
    KrThreadState *ts = kr_tstate_get();
    return ts ? ts->curexc : NULL;
}

int kr_err_given_matches(KrObject *given, KrObject *type_or_tuple)
{
    if (!given || !type_or_tuple) return 0;
    if (KR_TUPLE_CHECK(type_or_tuple)) {
        for (ssize_t i = 0; i < KR_SIZE(type_or_tuple); i++)
            if (kr_err_given_matches(given, KR_TUPLE_GET(type_or_tuple, i))) return 1;
        return 0;
    }
    if (kr_exception_check(given)) given = (KrObject *)KR_TYPE(given);
    if (kr_exception_class_check(given) && kr_exception_class_check(type_or_tuple))
        return kr_type_is_subtype((KrTypeObject *)given, (KrTypeObject *)type_or_tuple);
    return given == type_or_tuple;
}

int kr_err_matches(KrObject *type_or_tuple)
{
    KrObject *exc = kr_err_peek();
    return exc ? kr_err_given_matches(exc, type_or_tuple) : 0;
}

KrObject *kr_err_fetch(void)
{
    KrThreadState *ts = kr_tstate_get();
    KrObject *exc = ts->curexc;
    ts->curexc = NULL;
    return exc;
}

void kr_err_restore(KrObject *exc)
{
    KrThreadState *ts = kr_tstate_get();
    KR_SETREF(ts->curexc, exc);
}

void kr_err_clear(void)
{
    KrThreadState *ts = kr_tstate_get();
    if (ts) KR_CLEAR(ts->curexc);
}

/* ---------------------------------------------------------------------------
 * Common errors
 * ------------------------------------------------------------------------ */

KrObject *kr_err_no_memory(void)
{
    static int in_progress;
    KrThreadState *ts = kr_tstate_get();
    if (in_progress) {
        /* Allocating the MemoryError failed: raise the preallocated one. */
        KrObject *pre = kr_exceptions_memoryerror_instance();
        if (pre) {
            kr_exception_set_traceback(pre, NULL);
            kr_exception_set_context_steal(pre, NULL);
            KR_SETREF(ts->curexc, kr_newref(pre));
        }
        return NULL;
    }
    in_progress = 1;
    kr_err_set_none(kr_exc_MemoryError);
    in_progress = 0;
    if (!ts->curexc) {
        KrObject *pre = kr_exceptions_memoryerror_instance();
        if (pre) ts->curexc = kr_newref(pre);
    }
    return NULL;
}

KrObject *kr_err_bad_internal_call(void)
{
    kr_err_set_string(kr_exc_SystemError, "bad argument to internal function");
    return NULL;
}

KrObject *kr_err_from_errno_filename(KrObject *type, KrObject *filename)
{
    int err = errno;
    if (!type) type = kr_exc_OSError;
    if (err == ENOMEM) return kr_err_no_memory();
    KrObject *code = kr_int_from_i64(err);
    const char *text = err ? strerror(err) : "Error";
    KrObject *msg = code ? kr_str_from_utf8_surrogateescape(text, (ssize_t)strlen(text)) : NULL;
    KrObject *args = NULL;
    if (msg) {
        if (filename && filename != KR_NONE)
            args = kr_tuple_pack(3, code, msg, filename);
        else
            args = kr_tuple_pack(2, code, msg);
    }
    KR_XDECREF(code);
    KR_XDECREF(msg);
    if (!args) return NULL;
    KrObject *exc = kr_object_call(type, args, NULL);
    KR_DECREF(args);
    if (!exc) return NULL;
    kr_err_set_exception(exc);
    KR_DECREF(exc);
    return NULL;
}

KrObject *kr_err_from_errno(KrObject *type) { return kr_err_from_errno_filename(type, NULL); }

/* ---------------------------------------------------------------------------
 * Unraisable exceptions (errors in __del__, callbacks ...)
 * ------------------------------------------------------------------------ */

void kr_err_write_unraisable(KrObject *obj)
{
    kr_err_write_unraisable_msg(NULL, obj);
}

void kr_err_write_unraisable_msg(const char *msg, KrObject *obj)
{
    KrObject *exc = kr_err_fetch();
    if (!exc) return;
    KrObject *text = msg ? kr_str_from_cstr(msg) : NULL;
    if (msg && !text) kr_err_clear();
    kr_sys_unraisable(exc, text, obj);
    KR_XDECREF(text);
    KR_DECREF(exc);
}

/* ---------------------------------------------------------------------------
 * Warnings: "file:line: Category: message" once per location, with
 * CPython's default filters and the simplest -W options.
 * ------------------------------------------------------------------------ */

static KrObject *warn_registry;   /* {(text, category, filename, lineno): True} */

/* The action for a category: 'e'rror, 'i'gnore, 'a'lways or 'd'efault. */
static char warn_action(KrObject *category, int is_main)
{
    /* -W options: the last matching one wins */
    char action = 0;
    for (int i = 0; i < kr_config.nwarnoptions; i++) {
        const char *opt = kr_config.warnoptions[i];
        const char *colon = strchr(opt, ':');
        size_t alen = colon ? (size_t)(colon - opt) : strlen(opt);
        char a = 0;
        if (alen >= 1 && strncmp(opt, "error", alen) == 0) a = 'e';
        else if (alen >= 1 && strncmp(opt, "ignore", alen) == 0) a = 'i';
        else if (alen >= 1 && (strncmp(opt, "always", alen) == 0)) a = 'a';
        else if (alen >= 1 && (strncmp(opt, "default", alen) == 0 ||
                               strncmp(opt, "once", alen) == 0 ||
                               strncmp(opt, "module", alen) == 0)) a = 'd';
        if (!a) continue;
        /* action:message:category -- only the category is looked at */
        if (colon) {
            const char *c2 = strchr(colon + 1, ':');
            if (c2) {
                const char *cat = c2 + 1;
                const char *end = strchr(cat, ':');
                size_t clen = end ? (size_t)(end - cat) : strlen(cat);
                if (clen > 0) {
                    int match = 0;
                    for (KrTypeObject *t = (KrTypeObject *)category; t; t = t->tp_base) {
                        const char *n = t->tp_name;
                        const char *dot = strrchr(n, '.');
                        if (dot) n = dot + 1;
                        if (strlen(n) == clen && strncmp(n, cat, clen) == 0) { match = 1; break; }
                    }
                    if (!match) continue;
                }
            }
        }
        action = a;
    }
    if (action) return action;
    if (category == kr_exc_DeprecationWarning) return is_main ? 'd' : 'i';
    KrTypeObject *c = (KrTypeObject *)category;
    if (kr_type_is_subtype(c, (KrTypeObject *)kr_exc_DeprecationWarning))
        return is_main ? 'd' : 'i';
    if (kr_type_is_subtype(c, (KrTypeObject *)kr_exc_PendingDeprecationWarning) ||
        kr_type_is_subtype(c, (KrTypeObject *)kr_exc_ImportWarning) ||
        kr_type_is_subtype(c, (KrTypeObject *)kr_exc_ResourceWarning))
        return 'i';
    return 'd';
}

/* Line `lineno` of a source file, stripped, into buf; 0 if unavailable. */
static int warn_source_line(const char *filename, int lineno, char *buf, size_t size)
{
    if (lineno <= 0 || !filename || filename[0] == '<') return 0;
    FILE *f = fopen(filename, "r");
    if (!f) return 0;
    int n = 1, ok = 0;
    char line[1024];
    while (fgets(line, sizeof line, f)) {
        size_t len = strlen(line);
        int complete = len > 0 && line[len - 1] == '\n';
        if (n == lineno) {
            char *s = line;
            while (*s == ' ' || *s == '\t') s++;
            size_t l = strlen(s);
            while (l > 0 && (s[l - 1] == '\n' || s[l - 1] == '\r' || s[l - 1] == ' ' ||
                             s[l - 1] == '\t'))
                s[--l] = 0;
            snprintf(buf, size, "%s", s);
            ok = l > 0;
            break;
        }
        if (complete) n++;
    }
    fclose(f);
    return ok;
}

/* Filters, de-duplicates and prints one warning. filename borrowed. */
static int warn_emit(KrObject *category, const char *msg, KrObject *filename, int lineno,
                     int is_main)
{
    char action = warn_action(category, is_main);
    if (action == 'i') return 0;
    if (action == 'e') {
        kr_err_set_string(category, msg);
        return -1;
    }
    if (action == 'd') {
        if (!warn_registry && !(warn_registry = kr_dict_new())) return -1;
        KrObject *text = kr_str_from_cstr(msg);
        KrObject *ln = text ? kr_int_from_i64(lineno) : NULL;
        KrObject *key = ln ? kr_tuple_pack(4, text, category, filename, ln) : NULL;
        KR_XDECREF(text);
        KR_XDECREF(ln);
        if (!key) return -1;
        int seen = kr_dict_contains(warn_registry, key);
        if (seen == 0) seen = kr_dict_set_item(warn_registry, key, KR_TRUE) < 0 ? -1 : 0;
        KR_DECREF(key);
        if (seen < 0) return -1;
        if (seen) return 0;
    }
    KrObject *catname = kr_type_get_name((KrTypeObject *)category);
    if (!catname) return -1;
    kr_sys_write_stderr("%U:%d: %U: %s\n", filename, lineno, catname, msg);
    KR_DECREF(catname);
    const char *fn = kr_str_as_utf8(filename, NULL);
    char line[1024];
    if (fn && warn_source_line(fn, lineno, line, sizeof line))
        kr_sys_write_stderr("  %s\n", line);
    else if (!fn)
        kr_err_clear();
    return 0;
}

/* Once the Python `warnings` module is imported, warnings go through it,
 * so that its filters, catch_warnings() and showwarning() see warnings
 * issued from C too (what CPython's _warnings does). Returns 1 if the
 * module handled it (r set to 0/-1), 0 if it is not loaded. */
static int warn_via_module(const char *func, KrObject *const *args, size_t nargs, int *r)
{
    static int busy;
    if (busy || !kr_interp.modules) return 0;
    KrObject *mod = kr_dict_get_item_str_borrow(kr_interp.modules, "warnings");
    if (!mod) {
        if (kr_err_occurred()) kr_err_clear();
        return 0;
    }
    KrObject *f = kr_object_getattr_str(mod, func);
    if (!f) {
        kr_err_clear();
        return 0;
    }
    busy = 1;
    KrObject *res = kr_object_vectorcall(f, args, nargs, NULL);
    busy = 0;
    KR_DECREF(f);
    if (!res) {
        *r = -1;
    } else {
        KR_DECREF(res);
        *r = 0;
    }
    return 1;
}

int kr_err_warn_explicit(KrObject *category, const char *msg, KrObject *filename, int lineno,
                         KrObject *module)
{
    if (!category) category = kr_exc_RuntimeWarning;
    {
        KrObject *m = kr_str_from_cstr(msg);
        KrObject *ln = m ? kr_int_from_i64(lineno) : NULL;
        if (!ln) { KR_XDECREF(m); return -1; }
        KrObject *args[5] = { m, category, filename ? filename : KR_NONE, ln,
                              module ? module : KR_NONE };
        int r, handled = warn_via_module("warn_explicit", args, 5, &r);
        KR_DECREF(m);
        KR_DECREF(ln);
        if (handled) return r;
    }
    int is_main = module && KR_STR_CHECK(module) && kr_str_equal_cstr(module, "__main__");
    if (!filename || !KR_STR_CHECK(filename)) {
        KrObject *f = kr_str_from_cstr("<unknown>");
        if (!f) return -1;
        int r = warn_emit(category, msg, f, lineno, is_main);
        KR_DECREF(f);
        return r;
    }
    return warn_emit(category, msg, filename, lineno, is_main);
}

int kr_err_warn(KrObject *category, const char *msg, int stacklevel)
{
    if (!category) category = kr_exc_RuntimeWarning;
    {
        KrObject *m = kr_str_from_cstr(msg);
        KrObject *lvl = m ? kr_int_from_i64(stacklevel < 1 ? 1 : stacklevel) : NULL;
        if (!lvl) { KR_XDECREF(m); return -1; }
        KrObject *args[3] = { m, category, lvl };
        int r, handled = warn_via_module("warn", args, 3, &r);
        KR_DECREF(m);
        KR_DECREF(lvl);
        if (handled) return r;
    }
    KrThreadState *ts = kr_tstate_get();
    /* Find the frame `stacklevel` levels up (1 = the caller of the C code). */
    KrFrame *f = ts ? kr_frame_skip_incomplete(ts->frame) : NULL;
    for (int i = 1; f && i < stacklevel; i++) f = kr_frame_skip_incomplete(f->previous);
    KrObject *filename;
    int lineno = 1, is_main = 0;
    if (f) {
        filename = kr_newref(f->f_code->co_filename);
        lineno = kr_frame_get_lineno(f);
        KrObject *name = kr_dict_get_item_str_borrow(f->f_globals, "__name__");
        if (name && KR_STR_CHECK(name) && kr_str_equal_cstr(name, "__main__")) is_main = 1;
    } else {
        filename = kr_str_from_cstr("sys");
        if (!filename) return -1;
    }
    int r = warn_emit(category, msg, filename, lineno, is_main);
    KR_DECREF(filename);
    return r;
}
