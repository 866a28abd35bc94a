/* union.c — types.UnionType: what `int | str` evaluates to (PEP 604).
 * Arguments are flattened and deduplicated; isinstance/issubclass accept
 * a union as the class argument. */
#include "union.h"
#include "abstract.h"
#include "genericalias.h"
#include "type.h"
#include "none.h"
#include "str.h"
#include "int.h"
#include "dict.h"
#include "list.h"
#include "tuple.h"
#include "set.h"
#include "ids.h"
#include "../memory/gc.h"
#include "../vm/err.h"

typedef struct {
    KrObject ob_base;
    KrObject *args;            /* tuple */
    KrObject *parameters;      /* tuple, lazily */
} KrUnionObject;

#define UN(o) ((KrUnionObject *)(o))

static int is_unionable(KrObject *o)
{
    return o == KR_NONE || KR_TYPE_CHECK(o) || KR_GENERIC_ALIAS_CHECK(o) || KR_TYPE(o) == &kr_union_type;
}

/* Appends o's arguments (flattening unions; None becomes NoneType),
 * skipping duplicates. */
static int add_args(KrObject *list, KrObject *o)
{
    if (KR_TYPE(o) == &kr_union_type) {
        KrObject *a = UN(o)->args;
        for (ssize_t i = 0; i < KR_SIZE(a); i++)
            if (add_args(list, KR_TUPLE_GET(a, i)) < 0) return -1;
        return 0;
    }
    if (o == KR_NONE) o = (KrObject *)&kr_none_type;
    for (ssize_t i = 0; i < KR_SIZE(list); i++) {
        KrObject *e = KR_LIST_GET(list, i);
        if (e == o) return 0;
        if (KR_GENERIC_ALIAS_CHECK(e) && KR_GENERIC_ALIAS_CHECK(o)) {
            int eq = kr_object_richcompare_bool(e, o, KR_EQ);
            if (eq < 0) return -1;
            if (eq) return 0;
        }
    }
    return kr_list_append(list, o);
}

static KrObject *make_union(KrObject *args)
{
    KrUnionObject *u = (KrUnionObject *)kr_object_alloc(&kr_union_type, 0);
    if (!u) return NULL;
    u->args = kr_newref(args);
    kr_gc_track(u);
    return (KrObject *)u;
}

KrObject *kr_union_type_or(KrObject *self, KrObject *other)
{
    if (!is_unionable(self) || !is_unionable(other)) KR_RETURN_NOTIMPLEMENTED;
    KrObject *list = kr_list_new(0);
    if (!list) return NULL;
    if (add_args(list, self) < 0 || add_args(list, other) < 0) {
        KR_DECREF(list);
        return NULL;
    }
    if (KR_SIZE(list) == 1) {
        KrObject *only = kr_newref(KR_LIST_GET(list, 0));
        KR_DECREF(list);
        return only;
    }
    KrObject *t = kr_list_as_tuple(list);
    KR_DECREF(list);
    if (!t) return NULL;
    KrObject *res = make_union(t);
    KR_DECREF(t);
    return res;
}

static void union_dealloc(KrObject *self)
{
    kr_gc_untrack(self);
    KR_XDECREF(UN(self)->args);
    KR_XDECREF(UN(self)->parameters);
    KR_TYPE(self)->tp_free(self);
}

static int union_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KR_VISIT(UN(self)->args);
    KR_VISIT(UN(self)->parameters);
    return 0;
}

/* The repr of one argument: None, module.qualname for classes, repr() else. */
static int repr_item(KrStrBuilder *b, KrObject *p)
{
    if (p == (KrObject *)&kr_none_type) return kr_strbuilder_append_ascii(b, "None", 4);
    KrObject *r = NULL;
    if (KR_TYPE_CHECK(p) && !KR_GENERIC_ALIAS_CHECK(p)) {
        KrObject *qual = kr_type_get_qualname((KrTypeObject *)p);
        KrObject *mod = qual ? kr_type_get_module((KrTypeObject *)p) : NULL;
        if (!mod) kr_err_clear();
        if (qual) {
            if (mod && KR_STR_CHECK(mod) && !kr_str_equal_cstr(mod, "builtins"))
                r = kr_str_from_format("%U.%U", mod, qual);
            else
                r = kr_newref(qual);
        }
        KR_XDECREF(qual);
        KR_XDECREF(mod);
    } else {
        r = kr_object_repr(p);
    }
    if (!r) return -1;
    int ok = kr_strbuilder_append_str(b, r);
    KR_DECREF(r);
    return ok;
}

static KrObject *union_repr(KrObject *self)
{
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    KrObject *a = UN(self)->args;
    for (ssize_t i = 0; i < KR_SIZE(a); i++) {
        if ((i && kr_strbuilder_append_ascii(&b, " | ", 3) < 0) || repr_item(&b, KR_TUPLE_GET(a, i)) < 0) {
            kr_strbuilder_discard(&b);
            return NULL;
        }
    }
    return kr_strbuilder_finish(&b);
}

static kr_hash_t union_hash(KrObject *self)
{
    KrObject *fs = kr_frozenset_new(UN(self)->args);
    if (!fs) return -1;
    kr_hash_t h = kr_object_hash(fs);
    KR_DECREF(fs);
    return h;
}

static KrObject *union_richcompare(KrObject *a, KrObject *b, int op)
{
    if (KR_TYPE(b) != &kr_union_type || (op != KR_EQ && op != KR_NE)) KR_RETURN_NOTIMPLEMENTED;
    KrObject *sa = kr_frozenset_new(UN(a)->args);
    KrObject *sb = sa ? kr_frozenset_new(UN(b)->args) : NULL;
    KrObject *res = sb ? kr_object_richcompare(sa, sb, op) : NULL;
    KR_XDECREF(sa);
    KR_XDECREF(sb);
    return res;
}

KrObject *kr_union_args_borrow(KrObject *u) { return UN(u)->args; }

static KrObject *union_get_args(KrObject *self, void *c) { return kr_newref(UN(self)->args); }

static KrObject *union_get_parameters(KrObject *self, void *c)
{
    if (!UN(self)->parameters) {
        KrObject *list = kr_list_new(0);
        if (!list) return NULL;
        KrObject *a = UN(self)->args;
        for (ssize_t i = 0; i < KR_SIZE(a); i++) {
            KrObject *params;
            KrObject *arg = KR_TUPLE_GET(a, i);
            if (KR_TYPE_CHECK(arg)) continue;
            if (kr_object_lookup_attr(arg, KR_ID(__parameters__), &params) < 0) {
                KR_DECREF(list);
                return NULL;
            }
            if (!params) continue;
            if (KR_TUPLE_CHECK(params)) {
                for (ssize_t j = 0; j < KR_SIZE(params); j++) {
                    int c2 = kr_sequence_contains(list, KR_TUPLE_GET(params, j));
                    if (c2 == 0) c2 = kr_list_append(list, KR_TUPLE_GET(params, j)) < 0 ? -1 : 0;
                    if (c2 < 0) {
                        KR_DECREF(params);
                        KR_DECREF(list);
                        return NULL;
                    }
                }
            }
            KR_DECREF(params);
        }
        UN(self)->parameters = kr_list_as_tuple(list);
        KR_DECREF(list);
        if (!UN(self)->parameters) return NULL;
    }
    return kr_newref(UN(self)->parameters);
}

static KrObject *union_getitem(KrObject *self, KrObject *item)
{
    /* Substitution of type variables is done by typing's machinery; a
     * bare union cannot be subscripted without parameters. */
    KrObject *params = union_get_parameters(self, NULL);
    if (!params) return NULL;
    ssize_t n = KR_SIZE(params);
    KR_DECREF(params);
    if (n == 0) return kr_err_format(kr_exc_TypeError, "%R is not a generic class", self);
    return kr_err_format(kr_exc_TypeError, "substitution of type parameters in %R is not supported", self);
}

static KrGetSetDef union_getsets[] = {
    { "__args__", union_get_args, NULL, NULL, NULL },
    { "__parameters__", union_get_parameters, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static KrNumberMethods union_as_number = { .nb_or = kr_union_type_or };
static KrMappingMethods union_as_mapping = { .mp_subscript = union_getitem };

KrTypeObject kr_union_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "types.UnionType",
    .tp_basicsize = sizeof(KrUnionObject),
    .tp_dealloc = union_dealloc,
    .tp_repr = union_repr,
    .tp_as_number = &union_as_number,
    .tp_as_mapping = &union_as_mapping,
    .tp_hash = union_hash,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC,
    .tp_doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
    .tp_traverse = union_traverse,
    .tp_richcompare = union_richcompare,
    .tp_getset = union_getsets,
    .tp_free = kr_object_free,
};

int kr_union_init(void) { return kr_type_ready(&kr_union_type); }
