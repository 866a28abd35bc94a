/* module.c — module objects (a namespace dict with a name) and modules
 * built from a KrModuleDef. The registry of built-in modules is in
 * modules/registry.c. */
#include "module.h"
#include "abstract.h"
#include "args.h"
#include "call.h"
#include "cfunction.h"
#include "type.h"
#include "str.h"
#include "int.h"
#include "dict.h"
#include "list.h"
#include "tuple.h"
#include "ids.h"
#include "../memory/gc.h"
#include "../vm/err.h"

#define MOD(o) ((KrModuleObject *)(o))

/* md_state of a module made from a KrModuleDef points at the def: its repr
 * then says "(built-in)" when the import system gave it no __spec__. */

static int module_init_dict(KrObject *dict, KrObject *name, KrObject *doc)
{
    if (kr_dict_set_item(dict, KR_ID(__name__), name) < 0) return -1;
    if (kr_dict_set_item(dict, KR_ID(__doc__), doc ? doc : KR_NONE) < 0) return -1;
    if (kr_dict_set_item(dict, KR_ID(__package__), KR_NONE) < 0) return -1;
    if (kr_dict_set_item(dict, KR_ID(__loader__), KR_NONE) < 0) return -1;
    if (kr_dict_set_item(dict, KR_ID(__spec__), KR_NONE) < 0) return -1;
    return 0;
}

static KrObject *module_alloc(KrTypeObject *type)
{
    KrModuleObject *m = (KrModuleObject *)type->tp_alloc(type, 0);
    if (!m) return NULL;
    m->md_dict = kr_dict_new();
    if (!m->md_dict) {
        KR_DECREF(m);
        return NULL;
    }
    return (KrObject *)m;
}

KrObject *kr_module_new(KrObject *name)
{
    KrObject *m = module_alloc(&kr_module_type);
    if (!m) return NULL;
    MOD(m)->md_name = kr_newref(name);
    if (module_init_dict(MOD(m)->md_dict, name, NULL) < 0) {
        KR_DECREF(m);
        return NULL;
    }
    return m;
}

KrObject *kr_module_get_dict_borrow(KrObject *m) { return MOD(m)->md_dict; }

int kr_module_add_steal(KrObject *m, const char *name, KrObject *value)
{
    if (!value) return -1;
    int r = kr_dict_set_item_str(MOD(m)->md_dict, name, value);
    KR_DECREF(value);
    return r;
}

int kr_module_add_int(KrObject *m, const char *name, long v)
{
    return kr_module_add_steal(m, name, kr_int_from_i64(v));
}

int kr_module_add_string(KrObject *m, const char *name, const char *v)
{
    return kr_module_add_steal(m, name, kr_str_from_cstr(v));
}

int kr_module_add_functions(KrObject *m, KrMethodDef *defs)
{
    KrObject *modname = kr_dict_get_item_borrow(MOD(m)->md_dict, KR_ID(__name__));
    for (; defs && defs->ml_name; defs++) {
        KrObject *f = kr_cfunction_new(defs, m, modname);
        if (kr_module_add_steal(m, defs->ml_name, f) < 0) return -1;
    }
    return 0;
}

KrObject *kr_module_from_def(KrModuleDef *def)
{
    KrObject *name = kr_str_intern_cstr(def->name);
    if (!name) return NULL;
    KrObject *m = kr_module_new(name);
    KR_DECREF(name);
    if (!m) return NULL;
    MOD(m)->md_state = def;
    if (def->doc) {
        KrObject *doc = kr_str_from_cstr(def->doc);
        if (!doc || kr_dict_set_item(MOD(m)->md_dict, KR_ID(__doc__), doc) < 0) {
            KR_XDECREF(doc);
            KR_DECREF(m);
            return NULL;
        }
        KR_DECREF(doc);
    }
    if (kr_module_add_functions(m, def->methods) < 0 || (def->exec && def->exec(m) < 0)) {
        KR_DECREF(m);
        return NULL;
    }
    return m;
}

/* ---------------------------------------------------------------------------
 * The module type
 * ------------------------------------------------------------------------ */

static KrObject *module_tp_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    KrObject *m = module_alloc(type);
    if (m) kr_gc_track(m);
    return m;
}

static int module_init(KrObject *self, KrObject *args, KrObject *kwds)
{
    static const char *const names[] = { "name", "doc", NULL };
    static const KrArgSpec spec = { "module", names, 0, 2, 1 };
    KrObject *out[2];
    ssize_t nargs = KR_SIZE(args);
    KrObject **stack, *kwnames;
    if (kr_call_dict_to_stack(KR_TUPLE_ITEMS(args), nargs, kwds, &stack, &kwnames) < 0) return -1;
    int r = kr_args_parse(&spec, stack, nargs, kwnames, out);
    if (r == 0 && !KR_STR_CHECK(out[0])) {
        kr_err_format(kr_exc_TypeError, "module() argument 'name' must be str, not %s", KR_TYPE(out[0])->tp_name);
        r = -1;
    }
    if (r == 0) {
        if (!MOD(self)->md_dict && !(MOD(self)->md_dict = kr_dict_new())) r = -1;
        else r = module_init_dict(MOD(self)->md_dict, out[0], out[1]);
        if (r == 0) {
            KR_INCREF(out[0]);
            KR_SETREF(MOD(self)->md_name, out[0]);
        }
    }
    kr_call_free_stack(stack, nargs + (kwnames ? KR_SIZE(kwnames) : 0));
    KR_XDECREF(kwnames);
    return r;
}

static void module_dealloc(KrObject *self)
{
    kr_gc_untrack(self);
    if (MOD(self)->md_weaklist && kr_weakref_clear_refs) kr_weakref_clear_refs(self);
    KR_XDECREF(MOD(self)->md_dict);
    KR_XDECREF(MOD(self)->md_name);
    KR_TYPE(self)->tp_free(self);
}

static int module_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KR_VISIT(MOD(self)->md_dict);
    return 0;
}

static int module_clear(KrObject *self)
{
    KR_CLEAR(MOD(self)->md_dict);
    return 0;
}

static KrObject *dict_get(KrObject *self, KrObject *key)
{
    if (!MOD(self)->md_dict) return NULL;
    KrObject *v = kr_dict_get_item_borrow(MOD(self)->md_dict, key);
    if (!v && kr_err_occurred()) kr_err_clear();
    return v;
}

/* As importlib._bootstrap._module_repr. */
static KrObject *module_repr(KrObject *self)
{
    KrObject *name = dict_get(self, KR_ID(__name__));
    KrObject *spec = dict_get(self, KR_ID(__spec__));
    KrObject *loader = dict_get(self, KR_ID(__loader__));
    KrObject *file = dict_get(self, KR_ID(__file__));
    KrObject *qmark = NULL, *res = NULL;
    if (!name) name = qmark = kr_str_from_cstr("?");
    if (!name) return NULL;
    if (spec && spec != KR_NONE) {
        KrObject *origin = NULL, *has_loc = NULL, *sname = NULL, *sloader = NULL;
        if (kr_object_lookup_attr(spec, KR_ID(origin), &origin) < 0 ||
            kr_object_lookup_attr(spec, KR_ID(name), &sname) < 0)
            goto spec_done;
        KrObject *n = (sname && sname != KR_NONE) ? sname : name;
        if (!origin || origin == KR_NONE) {
            if (kr_object_lookup_attr(spec, KR_ID(loader), &sloader) < 0) goto spec_done;
            if (!sloader || sloader == KR_NONE) res = kr_str_from_format("<module %R>", n);
            else res = kr_str_from_format("<module %R (%R)>", n, sloader);
        } else {
            if (kr_object_lookup_attr(spec, KR_ID(has_location), &has_loc) < 0) goto spec_done;
            int hl = has_loc ? kr_object_is_true(has_loc) : 0;
            if (hl < 0) goto spec_done;
            if (hl) res = kr_str_from_format("<module %R from %R>", n, origin);
            else res = kr_str_from_format("<module %R (%S)>", n, origin);
        }
    spec_done:
        KR_XDECREF(origin);
        KR_XDECREF(has_loc);
        KR_XDECREF(sname);
        KR_XDECREF(sloader);
        KR_XDECREF(qmark);
        return res;
    }
    if (file) res = kr_str_from_format("<module %R from %R>", name, file);
    else if (loader && loader != KR_NONE) res = kr_str_from_format("<module %R (%R)>", name, loader);
    else if (MOD(self)->md_state) res = kr_str_from_format("<module %R (built-in)>", name);
    else res = kr_str_from_format("<module %R>", name);
    KR_XDECREF(qmark);
    return res;
}


static KrObject *module_getattro(KrObject *self, KrObject *name)
{
    KrObject *r = kr_object_generic_getattr_maybe(self, name);
    if (r || kr_err_occurred()) return r;
    KrObject *getattr = dict_get(self, KR_ID(__getattr__));
    if (getattr) return kr_object_call_one(getattr, name);
    KrObject *modname = dict_get(self, KR_ID(__name__));
    if (!modname || !KR_STR_CHECK(modname))
        return kr_err_format(kr_exc_AttributeError, "module has no attribute '%U'", name);
    KrObject *spec = dict_get(self, KR_ID(__spec__));
    if (spec && spec != KR_NONE) {
        KrObject *init;
        int rr = kr_object_lookup_attr(spec, KR_ID(_initializing), &init);
        if (rr < 0) return NULL;
        if (init) {
            int t = kr_object_is_true(init);
            KR_DECREF(init);
            if (t < 0) return NULL;
            if (t)
                return kr_err_format(kr_exc_AttributeError,
                                     "partially initialized module '%U' has no attribute '%U' "
                                     "(most likely due to a circular import)", modname, name);
        }
    }
    return kr_err_format(kr_exc_AttributeError, "module '%U' has no attribute '%U'", modname, name);
}

static KrObject *module___dir__(KrObject *self, KrObject *unused)
{
    KrObject *dict = kr_object_getattr(self, KR_ID(__dict__));
    if (!dict) return NULL;
    if (!KR_DICT_CHECK(dict)) {
        KR_DECREF(dict);
        return kr_err_format(kr_exc_TypeError, "<module>.__dict__ is not a dictionary");
    }
    KrObject *dirfunc = kr_dict_get_item_borrow(dict, KR_ID(__dir__));
    KrObject *res;
    if (dirfunc) res = kr_object_call_noargs(dirfunc);
    else res = kr_err_occurred() ? NULL : kr_dict_keys(dict);
    KR_DECREF(dict);
    return res;
}

static KrObject *module_get_annotations(KrObject *self, void *c)
{
    KrObject *dict = MOD(self)->md_dict;
    if (!dict) return kr_err_format(kr_exc_TypeError, "<module>.__dict__ is not a dictionary");
    KrObject *a = kr_dict_get_item_borrow(dict, KR_ID(__annotations__));
    if (a) return kr_newref(a);
    if (kr_err_occurred()) return NULL;
    a = kr_dict_new();
    if (!a || kr_dict_set_item(dict, KR_ID(__annotations__), a) < 0) {
        KR_XDECREF(a);
        return NULL;
    }
    return a;
}

static int module_set_annotations(KrObject *self, KrObject *value, void *c)
{
    KrObject *dict = MOD(self)->md_dict;
    if (!dict) {
        kr_err_format(kr_exc_TypeError, "<module>.__dict__ is not a dictionary");
        return -1;
    }
    if (value) return kr_dict_set_item(dict, KR_ID(__annotations__), value);
    int r = kr_dict_del_item(dict, KR_ID(__annotations__));
    if (r < 0 && kr_err_matches(kr_exc_KeyError)) {
        kr_err_clear();
        kr_err_set_string(kr_exc_AttributeError, "__annotations__");
    }
    return r;
}

static KrMemberDef module_members[] = {
    { "__dict__", KR_T_OBJECT, offsetof(KrModuleObject, md_dict), KR_READONLY, NULL },
    { NULL, 0, 0, 0, NULL },
};

static KrGetSetDef module_getsets[] = {
    { "__annotations__", module_get_annotations, module_set_annotations, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static KrMethodDef module_methods[] = {
    { "__dir__", (void *)module___dir__, KR_METH_NOARGS, "__dir__() -> list\nspecialized dir() implementation" },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_module_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "module",
    .tp_basicsize = sizeof(KrModuleObject),
    .tp_dealloc = module_dealloc,
    .tp_repr = module_repr,
    .tp_getattro = module_getattro,
    .tp_setattro = kr_object_generic_setattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_doc = "Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.",
    .tp_traverse = module_traverse,
    .tp_clear = module_clear,
    .tp_weaklistoffset = offsetof(KrModuleObject, md_weaklist),
    .tp_methods = module_methods,
    .tp_members = module_members,
    .tp_getset = module_getsets,
    .tp_dictoffset = offsetof(KrModuleObject, md_dict),
    .tp_init = module_init,
    .tp_alloc = kr_type_generic_alloc,
    .tp_new = module_tp_new,
    .tp_free = kr_object_free,
};
