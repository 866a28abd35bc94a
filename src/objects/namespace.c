/* namespace.c — types.SimpleNamespace (see namespace.h). */
#include "namespace.h"
#include "type.h"
#include "str.h"
#include "dict.h"
#include "tuple.h"
#include "../memory/gc.h"
#include "../vm/err.h"

static KrObject *namespace_tp_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    KrNamespaceObject *ns = (KrNamespaceObject *)type->tp_alloc(type, 0);
    if (!ns) return NULL;
    ns->ns_dict = kr_dict_new();
    if (!ns->ns_dict) { KR_DECREF(ns); return NULL; }
    if (KR_OBJECT_IS_GC(ns)) kr_gc_track(ns);
    return (KrObject *)ns;
}

static int namespace_tp_init(KrObject *self, KrObject *args, KrObject *kwds)
{
    if (args && KR_SIZE(args) != 0) {
        kr_err_set_string(kr_exc_TypeError, "no positional arguments expected");
        return -1;
    }
    if (!kwds) return 0;
    ssize_t pos = 0;
    KrObject *k, *v;
    while (kr_dict_next(kwds, &pos, &k, &v)) {
        if (!KR_STR_CHECK(k)) {
            kr_err_set_string(kr_exc_TypeError, "keywords must be strings");
            return -1;
        }
    }
    return kr_dict_update(((KrNamespaceObject *)self)->ns_dict, kwds);
}

KrObject *kr_namespace_new(KrObject *kwds)
{
    KrObject *ns = namespace_tp_new(&kr_namespace_type, NULL, NULL);
    if (ns && kwds && kr_dict_update(((KrNamespaceObject *)ns)->ns_dict, kwds) < 0) {
        KR_DECREF(ns);
        return NULL;
    }
    return ns;
}

static int namespace_clear(KrObject *o)
{
    KR_CLEAR(((KrNamespaceObject *)o)->ns_dict);
    return 0;
}

static int namespace_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrNamespaceObject *)o)->ns_dict);
    return 0;
}

static void namespace_dealloc(KrObject *o)
{
    if (KR_OBJECT_IS_GC(o)) kr_gc_untrack(o);
    namespace_clear(o);
    KR_TYPE(o)->tp_free(o);
}

static KrObject *namespace_repr(KrObject *o)
{
    KrObject *name = KR_TYPE(o) == &kr_namespace_type ? kr_str_from_cstr("namespace")
                                                       : kr_type_get_name(KR_TYPE(o));
    if (!name) return NULL;
    int rec = kr_repr_enter(o);
    if (rec != 0) {
        KrObject *r = rec > 0 ? kr_str_from_format("%U(...)", name) : NULL;
        KR_DECREF(name);
        return r;
    }
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    if (kr_strbuilder_append_str(&b, name) < 0 || kr_strbuilder_append_char(&b, '(') < 0)
        goto fail;
    KrObject *d = ((KrNamespaceObject *)o)->ns_dict;
    ssize_t pos = 0;
    KrObject *k, *v;
    int first = 1;
    while (kr_dict_next(d, &pos, &k, &v)) {
        if (!KR_STR_CHECK(k)) continue;
        if (!first && kr_strbuilder_append_ascii(&b, ", ", 2) < 0) goto fail;
        first = 0;
        KR_INCREF(v);
        KrObject *r = kr_object_repr(v);
        KR_DECREF(v);
        if (!r) goto fail;
        int rc = kr_strbuilder_append_str(&b, k) < 0 || kr_strbuilder_append_char(&b, '=') < 0 ||
                 kr_strbuilder_append_str(&b, r) < 0;
        KR_DECREF(r);
        if (rc) goto fail;
    }
    if (kr_strbuilder_append_char(&b, ')') < 0) goto fail;
    kr_repr_leave(o);
    KR_DECREF(name);
    return kr_strbuilder_finish(&b);
fail:
    kr_strbuilder_discard(&b);
    kr_repr_leave(o);
    KR_DECREF(name);
    return NULL;
}

static KrObject *namespace_richcompare(KrObject *a, KrObject *b, int op)
{
    if (kr_type_is_subtype(KR_TYPE(a), &kr_namespace_type) &&
        kr_type_is_subtype(KR_TYPE(b), &kr_namespace_type) && (op == KR_EQ || op == KR_NE))
        return kr_object_richcompare(((KrNamespaceObject *)a)->ns_dict,
                                     ((KrNamespaceObject *)b)->ns_dict, op);
    KR_RETURN_NOTIMPLEMENTED;
}

static KrObject *namespace_reduce(KrObject *o, KrObject *unused)
{
    KrObject *args = kr_tuple_new(0);
    if (!args) return NULL;
    KrObject *r = kr_tuple_pack(3, (KrObject *)KR_TYPE(o), args, ((KrNamespaceObject *)o)->ns_dict);
    KR_DECREF(args);
    return r;
}

static KrMethodDef namespace_methods[] = {
    { "__reduce__", (void *)namespace_reduce, KR_METH_NOARGS,
      "Return state information for pickling" },
    { NULL, NULL, 0, NULL },
};

static KrMemberDef namespace_members[] = {
    { "__dict__", KR_T_OBJECT, offsetof(KrNamespaceObject, ns_dict), KR_READONLY, NULL },
    { NULL, 0, 0, 0, NULL },
};

KrTypeObject kr_namespace_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "types.SimpleNamespace",
    .tp_basicsize = sizeof(KrNamespaceObject),
    .tp_dealloc = namespace_dealloc,
    .tp_repr = namespace_repr,
    .tp_hash = kr_object_hash_not_implemented,
    .tp_getattro = kr_object_generic_getattr,
    .tp_setattro = kr_object_generic_setattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)",
    .tp_traverse = namespace_traverse,
    .tp_clear = namespace_clear,
    .tp_richcompare = namespace_richcompare,
    .tp_methods = namespace_methods,
    .tp_members = namespace_members,
    .tp_dictoffset = offsetof(KrNamespaceObject, ns_dict),
    .tp_init = namespace_tp_init,
    .tp_alloc = kr_type_generic_alloc,
    .tp_new = namespace_tp_new,
    .tp_free = kr_object_free,
};

int kr_namespace_init(void) { return kr_type_ready(&kr_namespace_type); }
