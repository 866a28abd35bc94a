/* super.c — super(): attribute lookup that starts after a given class in
 * the MRO of an instance's (or class's) type. */
#include "super.h"
#include "abstract.h"
#include "type.h"
#include "str.h"
#include "dict.h"
#include "tuple.h"
#include "ids.h"
#include "../memory/gc.h"
#include "../vm/err.h"
#include "../vm/eval.h"
#include "../vm/frame.h"
#include "cell.h"
#include "code.h"
#include "bytes.h"

#define SU(o) ((KrSuperObject *)(o))

/* The type whose MRO super() walks for obj, or NULL + TypeError. Borrowed. */
static KrTypeObject *supercheck(KrTypeObject *type, KrObject *obj)
{
    if (KR_TYPE_CHECK(obj) && kr_type_is_subtype((KrTypeObject *)obj, type)) return (KrTypeObject *)obj;
    if (kr_type_is_subtype(KR_TYPE(obj), type)) return KR_TYPE(obj);
    KrObject *cls;
    int r = kr_object_lookup_attr(obj, KR_ID(__class__), &cls);
    if (r < 0) return NULL;
    if (cls) {
        if (KR_TYPE_CHECK(cls) && cls != (KrObject *)KR_TYPE(obj) &&
            kr_type_is_subtype((KrTypeObject *)cls, type)) {
            KR_DECREF(cls); /* the class stays alive through obj */
            return (KrTypeObject *)cls;
        }
        KR_DECREF(cls);
    }
    kr_err_set_string(kr_exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static int super_set(KrObject *self, KrTypeObject *type, KrObject *obj)
{
    KrTypeObject *obj_type = NULL;
    if (obj == KR_NONE) obj = NULL;
    if (obj) {
        obj_type = supercheck(type, obj);
        if (!obj_type) return -1;
        KR_INCREF(obj_type);
    }
    KR_INCREF(type);
    KR_XINCREF(obj);
    KR_SETREF(SU(self)->type, type);
    KR_SETREF(SU(self)->obj, obj);
    KR_SETREF(SU(self)->obj_type, obj_type);
    return 0;
}

/* super() without arguments: the first argument and the __class__ cell of
 * the calling Python frame (as CPython's super_init_without_args). */
static int super_frame_args(KrObject **first_arg, KrObject **class_value)
{
    KrFrame *f = kr_eval_current_frame();
    if (!f) {
        kr_err_set_string(kr_exc_RuntimeError, "super(): no current frame");
        return -1;
    }
    KrCodeObject *co = f->f_code;
    if (co->co_argcount == 0) {
        kr_err_set_string(kr_exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    KrObject *first = f->localsplus[0];
    const unsigned char *kinds = (const unsigned char *)KR_BYTES_DATA(co->co_localspluskinds);
    if (first && (kinds[0] & KR_CO_FAST_CELL) && KR_CELL_CHECK(first)) first = KR_CELL_GET(first);
    if (!first) {
        kr_err_set_string(kr_exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        if (!(kinds[i] & KR_CO_FAST_FREE)) continue;
        KrObject *name = KR_TUPLE_GET(co->co_localsplusnames, i);
        if (!kr_str_equal(name, KR_ID(__class__))) continue;
        KrObject *cell = f->localsplus[i];
        if (!cell || !KR_CELL_CHECK(cell)) {
            kr_err_set_string(kr_exc_RuntimeError, "super(): bad __class__ cell");
            return -1;
        }
        KrObject *type = KR_CELL_GET(cell);
        if (!type) {
            kr_err_set_string(kr_exc_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        *first_arg = first;
        *class_value = type;
        return 0;
    }
    kr_err_set_string(kr_exc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

static int super_init(KrObject *self, KrObject *args, KrObject *kwds)
{
    if (kwds && kr_dict_size(kwds)) {
        kr_err_set_string(kr_exc_TypeError, "super() takes no keyword arguments");
        return -1;
    }
    ssize_t n = KR_SIZE(args);
    if (n > 2) {
        kr_err_format(kr_exc_TypeError, "super() expected at most 2 arguments, got %zd", n);
        return -1;
    }
    KrObject *type, *obj = NULL;
    if (n == 0) {
        int r = kr_frame_super_args ? kr_frame_super_args(&obj, &type) : super_frame_args(&obj, &type);
        if (r < 0) return -1;
        if (!KR_TYPE_CHECK(type)) {
            kr_err_format(kr_exc_RuntimeError, "super(): __class__ is not a type (%s)", KR_TYPE(type)->tp_name);
            return -1;
        }
    } else {
        type = KR_TUPLE_GET(args, 0);
        if (n == 2) obj = KR_TUPLE_GET(args, 1);
        if (!KR_TYPE_CHECK(type)) {
            kr_err_format(kr_exc_TypeError, "super() argument 1 must be a type, not %.200s",
                          KR_TYPE(type)->tp_name);
            return -1;
        }
    }
    return super_set(self, (KrTypeObject *)type, obj);
}

static KrObject *super_getattro(KrObject *self, KrObject *name)
{
    KrSuperObject *su = SU(self);
    KrTypeObject *starttype = su->obj_type;
    if (!starttype || (KR_STR_CHECK(name) && kr_str_equal(name, KR_ID(__class__))))
        return kr_object_generic_getattr(self, name);
    KrObject *mro = starttype->tp_mro;
    if (!mro) return kr_object_generic_getattr(self, name);
    ssize_t n = KR_SIZE(mro), i;
    for (i = 0; i + 1 < n; i++)
        if ((KrObject *)su->type == KR_TUPLE_GET(mro, i)) break;
    i++;
    KR_INCREF(mro);
    for (; i < n; i++) {
        KrObject *d = ((KrTypeObject *)KR_TUPLE_GET(mro, i))->tp_dict;
        if (!d) continue;
        KrObject *res = kr_dict_get_item_borrow(d, name);
        if (res) {
            KR_INCREF(res);
            KR_DECREF(mro);
            kr_descrgetfunc f = KR_TYPE(res)->tp_descr_get;
            if (f) {
                KrObject *r = f(res, su->obj == (KrObject *)starttype ? NULL : su->obj, (KrObject *)starttype);
                KR_DECREF(res);
                return r;
            }
            return res;
        }
        if (kr_err_occurred()) {
            KR_DECREF(mro);
            return NULL;
        }
    }
    KR_DECREF(mro);
    return kr_object_generic_getattr(self, name);
}

static KrObject *super_descr_get(KrObject *self, KrObject *obj, KrObject *type)
{
    KrSuperObject *su = SU(self);
    if (!obj || obj == KR_NONE || su->obj) return kr_newref(self);
    KrObject *res = kr_type_generic_alloc(KR_TYPE(self), 0);
    if (!res) return NULL;
    if (super_set(res, su->type, obj) < 0) {
        KR_DECREF(res);
        return NULL;
    }
    return res;
}

static KrObject *super_repr(KrObject *self)
{
    KrSuperObject *su = SU(self);
    if (!su->type) return kr_str_from_cstr("<super: <class 'NULL'>, NULL>");
    KrObject *tn = kr_type_get_name(su->type);
    if (!tn) return NULL;
    KrObject *r;
    if (su->obj_type) r = kr_str_from_format("<super: <class '%U'>, <%s object>>", tn, su->obj_type->tp_name);
    else r = kr_str_from_format("<super: <class '%U'>, NULL>", tn);
    KR_DECREF(tn);
    return r;
}

static void super_dealloc(KrObject *self)
{
    kr_gc_untrack(self);
    KR_XDECREF(SU(self)->type);
    KR_XDECREF(SU(self)->obj);
    KR_XDECREF(SU(self)->obj_type);
    KR_TYPE(self)->tp_free(self);
}

static int super_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KR_VISIT(SU(self)->type);
    KR_VISIT(SU(self)->obj);
    KR_VISIT(SU(self)->obj_type);
    return 0;
}

static KrMemberDef super_members[] = {
    { "__thisclass__", KR_T_OBJECT, offsetof(KrSuperObject, type), KR_READONLY, "the class invoking super()" },
    { "__self__", KR_T_OBJECT, offsetof(KrSuperObject, obj), KR_READONLY, "the instance invoking super(); may be None" },
    { "__self_class__", KR_T_OBJECT, offsetof(KrSuperObject, obj_type), KR_READONLY,
      "the type of the instance invoking super(); may be None" },
    { NULL, 0, 0, 0, NULL },
};

KrTypeObject kr_super_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "super",
    .tp_basicsize = sizeof(KrSuperObject),
    .tp_dealloc = super_dealloc,
    .tp_repr = super_repr,
    .tp_getattro = super_getattro,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_doc = "super() -> same as super(__class__, <first argument>)\n"
              "super(type) -> unbound super object\n"
              "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
              "super(type, type2) -> bound super object; requires issubclass(type2, type)",
    .tp_traverse = super_traverse,
    .tp_members = super_members,
    .tp_descr_get = super_descr_get,
    .tp_init = super_init,
    .tp_alloc = kr_type_generic_alloc,
    .tp_new = kr_type_generic_new,
    .tp_free = kr_object_free,
};

int kr_super_init(void) { return kr_type_ready(&kr_super_type); }
