/* builtins_types.c — the objects that site.py adds to builtins in CPython:
 * exit/quit (Quitter), copyright/credits/license (_Printer) and help
 * (_Helper). The iteration types (enumerate, zip ...) live in objects/iter.c. */
#include "builtins.h"
#include "sys.h"
#include "../objects/type.h"
#include "../objects/str.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/tuple.h"
#include "../objects/dict.h"
#include "../objects/args.h"
#include "../objects/abstract.h"
#include "../objects/call.h"
#include "../objects/ids.h"
#include "../memory/gc.h"
#include "../memory/mem.h"
#include "../vm/err.h"
#include "../vm/state.h"

#include <limits.h>
#include <string.h>

static void generic_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KrTypeObject *t = KR_TYPE(o);
    while (t->tp_flags & KR_TPFLAGS_HEAPTYPE) t = t->tp_base;
    t->tp_clear(o);
    KR_TYPE(o)->tp_free(o);
}

static KrObject *new_instance(KrTypeObject *type)
{
    return type->tp_alloc(type, 0);
}

/* ---------------------------------------------------------------------------
 * Site helpers: exit/quit, copyright/credits/license, help
 * ------------------------------------------------------------------------ */

typedef struct {
    KrObject ob_base;
    KrObject *name;       /* str */
    KrObject *text;       /* str: the eof hint (Quitter) or the text (_Printer) */
    int short_repr;       /* _Printer: repr is "Type name() to see the full name text" */
} KrSiteObject;

static int site_clear(KrObject *o)
{
    KR_CLEAR(((KrSiteObject *)o)->name);
    KR_CLEAR(((KrSiteObject *)o)->text);
    return 0;
}

static int site_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrSiteObject *)o)->name);
    KR_VISIT(((KrSiteObject *)o)->text);
    return 0;
}

static KrObject *site_new(KrTypeObject *t, const char *name, const char *text, int short_repr)
{
    KrSiteObject *s = (KrSiteObject *)new_instance(t);
    if (!s) return NULL;
    s->name = kr_str_from_cstr(name);
    s->text = text ? kr_str_from_cstr(text) : kr_newref(KR_NONE);
    s->short_repr = short_repr;
    if (!s->name || !s->text) { KR_DECREF(s); return NULL; }
    kr_gc_track(s);
    return (KrObject *)s;
}

static KrObject *quitter_repr(KrObject *o)
{
    KrSiteObject *s = (KrSiteObject *)o;
    return kr_str_from_format("Use %U() or %U to exit", s->name, s->text);
}

static KrObject *quitter_call(KrObject *o, KrObject *args, KrObject *kwds)
{
    if (kwds && kr_dict_size(kwds) > 0) {
        kr_err_set_string(kr_exc_TypeError, "Quitter.__call__() got an unexpected keyword argument");
        return NULL;
    }
    ssize_t n = KR_SIZE(args);
    if (n > 1) {
        return kr_err_format(kr_exc_TypeError,
                             "Quitter.__call__() takes from 1 to 2 positional arguments but %zd "
                             "were given", n + 1);
    }
    /* Shells like IDLE catch the SystemExit, but listen when their stdin
     * wrapper is closed: close sys.stdin, ignoring errors. */
    KrObject *in = kr_sys_get_object_borrow("stdin");
    if (in && in != KR_NONE) {
        KR_INCREF(in);
        KrObject *r = kr_object_call_method_str(in, "close", NULL, 0);
        KR_DECREF(in);
        if (r) KR_DECREF(r);
        else kr_err_clear();
    }
    kr_err_set_object(kr_exc_SystemExit, n ? KR_TUPLE_GET(args, 0) : NULL);
    return NULL;
}

static KrMemberDef site_members[] = {
    { "name", KR_T_OBJECT, offsetof(KrSiteObject, name), 0, NULL },
    { "eof", KR_T_OBJECT, offsetof(KrSiteObject, text), 0, NULL },
    { NULL, 0, 0, 0, NULL },
};

KrTypeObject kr_quitter_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "_sitebuiltins.Quitter",
    .tp_basicsize = sizeof(KrSiteObject),
    .tp_dealloc = generic_dealloc,
    .tp_repr = quitter_repr,
    .tp_call = quitter_call,
    .tp_getattro = kr_object_generic_getattr,
    .tp_setattro = kr_object_generic_setattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = site_traverse,
    .tp_clear = site_clear,
    .tp_members = site_members,
    .tp_free = kr_object_free,
};

static KrObject *printer_repr(KrObject *o)
{
    KrSiteObject *s = (KrSiteObject *)o;
    if (s->short_repr)
        return kr_str_from_format("Type %U() to see the full %U text", s->name, s->name);
    return kr_newref(s->text);
}

static KrObject *printer_call(KrObject *o, KrObject *args, KrObject *kwds)
{
    if (KR_SIZE(args) > 0 || (kwds && kr_dict_size(kwds) > 0)) {
        return kr_err_format(kr_exc_TypeError,
                             "_Printer.__call__() takes 1 positional argument but %zd were given",
                             KR_SIZE(args) + 1);
    }
    KrSiteObject *s = (KrSiteObject *)o;
    if (s->short_repr) kr_sys_write_stdout("See https://www.python.org/psf/license/\n");
    else kr_sys_write_stdout("%U\n", s->text);
    KR_RETURN_NONE;
}

KrTypeObject kr_printer_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "_sitebuiltins._Printer",
    .tp_basicsize = sizeof(KrSiteObject),
    .tp_dealloc = generic_dealloc,
    .tp_repr = printer_repr,
    .tp_call = printer_call,
    .tp_getattro = kr_object_generic_getattr,
    .tp_setattro = kr_object_generic_setattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_doc = "interactive prompt objects for printing the license text, a list of\n"
              "    contributors and the copyright notice.",
    .tp_traverse = site_traverse,
    .tp_clear = site_clear,
    .tp_free = kr_object_free,
};

static KrObject *helper_repr(KrObject *o)
{
    return kr_str_from_cstr("Type help() for interactive help, or help(object) for help about "
                            "object.");
}

static KrObject *helper_call(KrObject *o, KrObject *args, KrObject *kwds)
{
    KrObject *import = kr_interp.builtins ?
        kr_dict_get_item_str_borrow(kr_interp.builtins, "__import__") : NULL;
    if (!import) {
        kr_err_set_string(kr_exc_RuntimeError, "lost __import__");
        return NULL;
    }
    KrObject *name = kr_str_from_cstr("pydoc");
    if (!name) return NULL;
    KrObject *mod = kr_object_call_one(import, name);
    KR_DECREF(name);
    if (!mod) return NULL;
    KrObject *help = kr_object_getattr_str(mod, "help");
    KR_DECREF(mod);
    if (!help) return NULL;
    KrObject *r = kr_object_call(help, args, kwds);
    KR_DECREF(help);
    return r;
}

KrTypeObject kr_helper_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "_sitebuiltins._Helper",
    .tp_basicsize = sizeof(KrSiteObject),
    .tp_dealloc = generic_dealloc,
    .tp_repr = helper_repr,
    .tp_call = helper_call,
    .tp_getattro = kr_object_generic_getattr,
    .tp_setattro = kr_object_generic_setattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_doc = "Define the builtin 'help'.\n\n    This is a wrapper around pydoc.help that provides "
              "a helpful message\n    when 'help' is typed at the Python interactive prompt.",
    .tp_traverse = site_traverse,
    .tp_clear = site_clear,
    .tp_free = kr_object_free,
};

/* ---------------------------------------------------------------------------
 * anext_awaitable: what anext(aiterator, default) returns. Awaiting it
 * drives the awaitable of aiterator.__anext__() and turns its
 * StopAsyncIteration into StopIteration(default), i.e. returns default.
 * ------------------------------------------------------------------------ */

typedef struct {
    KrObject ob_base;
    KrObject *wrapped;        /* the awaitable returned by __anext__ */
    KrObject *default_value;
} KrANextAwaitableObject;

KrObject *kr_anext_awaitable_new(KrObject *awaitable, KrObject *default_value)
{
    KrANextAwaitableObject *a =
        (KrANextAwaitableObject *)new_instance(&kr_anext_awaitable_type);
    if (!a) return NULL;
    a->wrapped = kr_newref(awaitable);
    a->default_value = kr_newref(default_value);
    return (KrObject *)a;
}

static int anext_clear(KrObject *o)
{
    KR_CLEAR(((KrANextAwaitableObject *)o)->wrapped);
    KR_CLEAR(((KrANextAwaitableObject *)o)->default_value);
    return 0;
}

static int anext_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrANextAwaitableObject *)o)->wrapped);
    KR_VISIT(((KrANextAwaitableObject *)o)->default_value);
    return 0;
}

/* The iterator behind the wrapped awaitable (new ref). */
static KrObject *anext_getiter(KrANextAwaitableObject *a)
{
    KrObject *w = a->wrapped;
    KrTypeObject *t = KR_TYPE(w);
    if (t->tp_as_async && t->tp_as_async->am_await) {
        KrObject *it = t->tp_as_async->am_await(w);
        if (!it) return NULL;
        if (!KR_TYPE(it)->tp_iternext) {
            kr_err_format(kr_exc_TypeError, "__await__() returned non-iterator of type '%s'",
                          KR_TYPE(it)->tp_name);
            KR_DECREF(it);
            return NULL;
        }
        return it;
    }
    if (t->tp_iternext) return kr_newref(w);
    return kr_err_format(kr_exc_TypeError, "'%s' object is not awaitable", t->tp_name);
}

/* Runs one step: meth NULL for __next__, else the method name with args. */
static KrObject *anext_proxy(KrObject *o, const char *meth, KrObject *const *args, ssize_t nargs)
{
    KrANextAwaitableObject *a = (KrANextAwaitableObject *)o;
    KrObject *it = anext_getiter(a);
    if (!it) return NULL;
    KrObject *r;
    if (!meth) {
        r = KR_TYPE(it)->tp_iternext(it);
    } else {
        r = kr_object_call_method_str(it, meth, args, (size_t)nargs);
    }
    KR_DECREF(it);
    if (!r && kr_err_matches(kr_exc_StopAsyncIteration)) {
        kr_err_clear();
        kr_err_set_stopiteration(a->default_value);
    }
    return r;
}

static KrObject *anext_iternext(KrObject *o) { return anext_proxy(o, NULL, NULL, 0); }

static KrObject *anext_send(KrObject *o, KrObject *arg) { return anext_proxy(o, "send", &arg, 1); }

static KrObject *anext_throw(KrObject *o, KrObject *const *args, ssize_t nargs)
{
    return anext_proxy(o, "throw", args, nargs);
}

static KrObject *anext_close(KrObject *o, KrObject *unused)
{
    return anext_proxy(o, "close", NULL, 0);
}

static KrObject *anext_await(KrObject *o) { return kr_newref(o); }

static KrAsyncMethods anext_as_async = { anext_await, NULL, NULL };

static KrMethodDef anext_methods[] = {
    { "send", (void *)anext_send, KR_METH_O, NULL },
    { "throw", (void *)anext_throw, KR_METH_FASTCALL, NULL },
    { "close", (void *)anext_close, KR_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_anext_awaitable_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "anext_awaitable",
    .tp_basicsize = sizeof(KrANextAwaitableObject),
    .tp_dealloc = generic_dealloc,
    .tp_as_async = &anext_as_async,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = anext_traverse,
    .tp_clear = anext_clear,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = anext_iternext,
    .tp_methods = anext_methods,
    .tp_free = kr_object_free,
};

static int add_steal(KrObject *d, const char *name, KrObject *v)
{
    if (!v) return -1;
    int r = kr_dict_set_item_str(d, name, v);
    KR_DECREF(v);
    return r;
}

int kr_builtins_types_init(KrObject *d)
{
    KrTypeObject *types[] = { &kr_quitter_type, &kr_printer_type, &kr_helper_type,
                              &kr_anext_awaitable_type };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (kr_type_ready(types[i]) < 0) return -1;
    const char *copyright =
        "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
        "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
        "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\n"
        "All Rights Reserved.\n\n"
        "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\n"
        "All Rights Reserved.";
    const char *credits =
        "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
        "    for supporting Python development.  See www.python.org for more information.";
    if (add_steal(d, "exit", site_new(&kr_quitter_type, "exit", "Ctrl-D (i.e. EOF)", 0)) < 0 ||
        add_steal(d, "quit", site_new(&kr_quitter_type, "quit", "Ctrl-D (i.e. EOF)", 0)) < 0 ||
        add_steal(d, "copyright", site_new(&kr_printer_type, "copyright", copyright, 0)) < 0 ||
        add_steal(d, "credits", site_new(&kr_printer_type, "credits", credits, 0)) < 0 ||
        add_steal(d, "license", site_new(&kr_printer_type, "license", NULL, 1)) < 0 ||
        add_steal(d, "help", site_new(&kr_helper_type, "help", NULL, 0)) < 0)
        return -1;
    return 0;
}
