/* test_runtime_lib.c — C tests of the runtime library: exception classes
 * (str/repr, OSError's errno mapping, groups), err.c (chaining, matching,
 * errno), struct sequences, SimpleNamespace and the sys/builtins modules. */
#include "vm/lifecycle.h"
#include "vm/err.h"
#include "vm/state.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/structseq.h"
#include "objects/namespace.h"
#include "modules/sys.h"
#include "modules/builtins.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

static int failures;

#define CHECK(cond) do { if (!(cond)) { failures++; \
    fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
    if (kr_err_occurred()) { kr_err_print(); kr_err_clear(); } } } while (0)

/* 1 if the str of o (or its repr when use_repr) equals want */
static int text_is(KrObject *o, int use_repr, const char *want)
{
    if (!o) return 0;
    KrObject *s = use_repr ? kr_object_repr(o) : kr_object_str(o);
    if (!s) return 0;
    const char *u = kr_str_as_utf8(s, NULL);
    int ok = u && strcmp(u, want) == 0;
    if (!ok) fprintf(stderr, "  got %s, want %s\n", u ? u : "(null)", want);
    KR_DECREF(s);
    return ok;
}

/* type(*args) with up to three C-string/int arguments given as a tuple */
static KrObject *make(KrObject *type, KrObject *args)
{
    KrObject *r = kr_object_call(type, args, NULL);
    KR_DECREF(args);
    return r;
}

static KrObject *s(const char *t) { return kr_str_from_cstr(t); }
static KrObject *i(long v) { return kr_int_from_i64(v); }

static KrObject *pack2(KrObject *a, KrObject *b)
{
    KrObject *t = kr_tuple_pack(2, a, b);
    KR_DECREF(a);
    KR_DECREF(b);
    return t;
}

static void test_exception_text(void)
{
    KrObject *e = make(kr_exc_ValueError, pack2(s("a"), i(2)));
    CHECK(text_is(e, 1, "ValueError('a', 2)"));
    CHECK(text_is(e, 0, "('a', 2)"));
    KR_XDECREF(e);
    KrObject *k = make(kr_exc_KeyError, kr_tuple_pack(1, KR_NONE));
    CHECK(text_is(k, 0, "None"));
    KR_XDECREF(k);
    KrObject *o = make(kr_exc_OSError, pack2(i(ENOENT), s("No such file")));
    CHECK(o && KR_TYPE(o) == (KrTypeObject *)kr_exc_FileNotFoundError);
    CHECK(text_is(o, 0, "[Errno 2] No such file"));
    KR_XDECREF(o);
}

static void test_err_chaining(void)
{
    KrThreadState *ts = kr_tstate_get();
    KrObject *handled = make(kr_exc_KeyError, kr_tuple_pack(1, KR_NONE));
    KrExcStackItem item = { handled, ts->exc_info };
    ts->exc_info = &item;
    kr_err_set_string(kr_exc_TypeError, "inner");
    KrObject *exc = kr_err_fetch();
    CHECK(exc && kr_exception_get_context(exc) == handled);
    CHECK(kr_err_given_matches(exc, kr_exc_Exception));
    CHECK(!kr_err_given_matches(exc, kr_exc_ValueError));
    ts->exc_info = item.previous;
    KR_XDECREF(exc);
    KR_XDECREF(handled);

    errno = EACCES;
    kr_err_from_errno(kr_exc_OSError);
    CHECK(kr_err_matches(kr_exc_PermissionError));
    kr_err_clear();
    CHECK(kr_err_occurred() == NULL);
}

static void test_group_split(void)
{
    KrObject *v = make(kr_exc_ValueError, kr_tuple_new(0));
    KrObject *t = make(kr_exc_TypeError, kr_tuple_new(0));
    KrObject *list = kr_tuple_pack(2, v, t);
    KrObject *eg = make(kr_exc_BaseExceptionGroup, pack2(s("g"), list));
    CHECK(eg && KR_TYPE(eg) == (KrTypeObject *)kr_exc_ExceptionGroup);
    CHECK(text_is(eg, 0, "g (2 sub-exceptions)"));
    KrObject *match, *rest;
    CHECK(kr_exceptiongroup_split(eg, kr_exc_ValueError, &match, &rest) == 0);
    CHECK(text_is(match, 1, "ExceptionGroup('g', [ValueError()])"));
    CHECK(text_is(rest, 1, "ExceptionGroup('g', [TypeError()])"));
    KR_XDECREF(match);
    KR_XDECREF(rest);
    KR_XDECREF(eg);
    KR_XDECREF(v);
    KR_XDECREF(t);
}

static void test_sys_and_builtins(void)
{
    KrObject *vi = kr_sys_get_object_borrow("version_info");
    CHECK(vi && text_is(vi, 1,
        "sys.version_info(major=3, minor=11, micro=2, releaselevel='final', serial=0)"));
    KrObject *impl = kr_sys_get_object_borrow("implementation");
    CHECK(impl && KR_TYPE(impl) == &kr_namespace_type);
    CHECK(kr_dict_get_item_str_borrow(kr_interp.builtins, "len") != NULL);
    CHECK(kr_dict_get_item_str_borrow(kr_interp.builtins, "IOError") == kr_exc_OSError);
    KrObject *modules = kr_sys_get_object_borrow("modules");
    CHECK(modules && kr_dict_get_item_str_borrow(modules, "builtins") == kr_interp.builtins_module);
}

int main(void)
{
    if (kr_runtime_init() < 0) return 1;
    test_exception_text();
    test_err_chaining();
    test_group_split();
    test_sys_and_builtins();
    if (failures) fprintf(stderr, "test_runtime_lib: %d failures\n", failures);
    return failures != 0;
}
