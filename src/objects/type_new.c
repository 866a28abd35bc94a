/* type_new.c — class creation: type(name, bases, dict) / the class
 * statement. Metaclass calculation, choice of the "best base" (instance
 * layout), __slots__, the instance layout of the new class, __set_name__ and
 * __init_subclass__. */
#include "type.h"
#include "abstract.h"
#include "call.h"
#include "descr.h"
#include "property.h"
#include "super.h"
#include "cell.h"
#include "function.h"
#include "str.h"
#include "dict.h"
#include "int.h"
#include "list.h"
#include "tuple.h"
#include "ids.h"
#include "../memory/mem.h"
#include "../vm/err.h"
#include "../vm/eval.h"

#include <string.h>

/* ---------------------------------------------------------------------------
 * Layout
 * ------------------------------------------------------------------------ */

/* 1 if type adds C fields to base (beyond the dict and weakref slots that
 * classes add for themselves). */
static int extra_ivars(KrTypeObject *type, KrTypeObject *base)
{
    size_t t_size = (size_t)type->tp_basicsize, b_size = (size_t)base->tp_basicsize;
    if (type->tp_itemsize || base->tp_itemsize)
        return t_size != b_size || type->tp_itemsize != base->tp_itemsize;
    if (type->tp_weaklistoffset && base->tp_weaklistoffset == 0 &&
        (size_t)type->tp_weaklistoffset + sizeof(KrObject *) == t_size &&
        (type->tp_flags & KR_TPFLAGS_HEAPTYPE))
        t_size -= sizeof(KrObject *);
    /* the __dict__ slot, followed by the values slot for classes with
     * inline values (instance_values.h) */
    size_t dict_words = (type->tp_flags & KR_TPFLAGS_INLINE_VALUES) ? 2 : 1;
    if (type->tp_dictoffset && base->tp_dictoffset == 0 &&
        (size_t)type->tp_dictoffset + dict_words * sizeof(KrObject *) == t_size &&
        (type->tp_flags & KR_TPFLAGS_HEAPTYPE))
        t_size -= dict_words * sizeof(KrObject *);
    return t_size != b_size;
}

KrTypeObject *kr_type_solid_base(KrTypeObject *type)
{
    KrTypeObject *base = type->tp_base ? kr_type_solid_base(type->tp_base) : &kr_object_type;
    return extra_ivars(type, base) ? type : base;
}

KrTypeObject *kr_type_best_base(KrObject *bases)
{
    KrTypeObject *base = NULL, *winner = NULL;
    ssize_t n = KR_SIZE(bases);
    for (ssize_t i = 0; i < n; i++) {
        KrObject *b = KR_TUPLE_GET(bases, i);
        if (!KR_TYPE_CHECK(b)) {
            kr_err_set_string(kr_exc_TypeError, "bases must be types");
            return NULL;
        }
        KrTypeObject *bt = (KrTypeObject *)b;
        if (!(bt->tp_flags & KR_TPFLAGS_READY) && kr_type_ready(bt) < 0) return NULL;
        if (!(bt->tp_flags & KR_TPFLAGS_BASETYPE)) {
            kr_err_format(kr_exc_TypeError, "type '%.100s' is not an acceptable base type", bt->tp_name);
            return NULL;
        }
        KrTypeObject *candidate = kr_type_solid_base(bt);
        if (!winner) {
            winner = candidate;
            base = bt;
        } else if (kr_type_is_subtype(winner, candidate)) {
            /* keep */
        } else if (kr_type_is_subtype(candidate, winner)) {
            winner = candidate;
            base = bt;
        } else {
            kr_err_set_string(kr_exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

static int compatible_with_tp_base(KrTypeObject *child)
{
    KrTypeObject *parent = child->tp_base;
    return parent && child->tp_basicsize == parent->tp_basicsize &&
           child->tp_itemsize == parent->tp_itemsize &&
           child->tp_dictoffset == parent->tp_dictoffset &&
           child->tp_weaklistoffset == parent->tp_weaklistoffset &&
           (child->tp_flags & KR_TPFLAGS_INLINE_VALUES) == (parent->tp_flags & KR_TPFLAGS_INLINE_VALUES) &&
           (child->tp_flags & KR_TPFLAGS_HAVE_GC) == (parent->tp_flags & KR_TPFLAGS_HAVE_GC) &&
           (child->tp_dealloc == kr_type_subtype_dealloc || child->tp_dealloc == parent->tp_dealloc);
}

static int same_slots_added(KrTypeObject *a, KrTypeObject *b)
{
    KrTypeObject *base = a->tp_base;
    ssize_t size = base->tp_basicsize;
    if (!(a->tp_flags & KR_TPFLAGS_HEAPTYPE) || !(b->tp_flags & KR_TPFLAGS_HEAPTYPE)) return 0;
    KrObject *sa = ((KrHeapTypeObject *)a)->ht_slots, *sb = ((KrHeapTypeObject *)b)->ht_slots;
    if (sa && sb) {
        int eq = kr_object_richcompare_bool(sa, sb, KR_EQ);
        if (eq != 1) {
            if (eq < 0) kr_err_clear();
            return 0;
        }
        size += (ssize_t)sizeof(KrObject *) * KR_SIZE(sa);
    }
    if (a->tp_dictoffset == size && b->tp_dictoffset == size) {
        if ((a->tp_flags & KR_TPFLAGS_INLINE_VALUES) != (b->tp_flags & KR_TPFLAGS_INLINE_VALUES)) return 0;
        size += (a->tp_flags & KR_TPFLAGS_INLINE_VALUES) ? 2 * sizeof(KrObject *) : sizeof(KrObject *);
    }
    if (a->tp_weaklistoffset == size && b->tp_weaklistoffset == size) size += sizeof(KrObject *);
    return size == a->tp_basicsize && size == b->tp_basicsize;
}

/* Whether instances of oldto may become instances of newto (__class__ and
 * __bases__ assignment). 1, or 0 with TypeError naming `attr`. */
int kr_type_compatible_for_assignment(KrTypeObject *oldto, KrTypeObject *newto, const char *attr)
{
    if ((newto->tp_flags & KR_TPFLAGS_HAVE_GC) != (oldto->tp_flags & KR_TPFLAGS_HAVE_GC) ||
        newto->tp_free != oldto->tp_free) {
        kr_err_format(kr_exc_TypeError, "%s assignment: '%s' deallocator differs from '%s'", attr,
                      newto->tp_name, oldto->tp_name);
        return 0;
    }
    KrTypeObject *newbase = newto, *oldbase = oldto;
    while (compatible_with_tp_base(newbase)) newbase = newbase->tp_base;
    while (compatible_with_tp_base(oldbase)) oldbase = oldbase->tp_base;
    if (newbase != oldbase &&
        (newbase->tp_base != oldbase->tp_base || !same_slots_added(newbase, oldbase))) {
        kr_err_format(kr_exc_TypeError, "%s assignment: '%s' object layout differs from '%s'", attr,
                      newto->tp_name, oldto->tp_name);
        return 0;
    }
    return 1;
}

/* ---------------------------------------------------------------------------
 * Metaclass
 * ------------------------------------------------------------------------ */

KrTypeObject *kr_type_calculate_metaclass(KrTypeObject *meta, KrObject *bases)
{
    KrTypeObject *winner = meta;
    ssize_t n = KR_SIZE(bases);
    for (ssize_t i = 0; i < n; i++) {
        KrTypeObject *tmp = KR_TYPE(KR_TUPLE_GET(bases, i));
        if (kr_type_is_subtype(winner, tmp)) continue;
        if (kr_type_is_subtype(tmp, winner)) {
            winner = tmp;
            continue;
        }
        kr_err_set_string(kr_exc_TypeError,
                          "metaclass conflict: the metaclass of a derived class must be a "
                          "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* ---------------------------------------------------------------------------
 * __slots__
 * ------------------------------------------------------------------------ */

/* Private name mangling of a slot name: __x in class C -> _C__x. */
static KrObject *mangle_name(KrObject *classname, KrObject *name)
{
    ssize_t n = KR_STR_LEN(name);
    if (n < 2 || KR_STR_READ_CHAR(name, 0) != '_' || KR_STR_READ_CHAR(name, 1) != '_')
        return kr_newref(name);
    if (n >= 4 && KR_STR_READ_CHAR(name, n - 1) == '_' && KR_STR_READ_CHAR(name, n - 2) == '_')
        return kr_newref(name);
    for (ssize_t i = 0; i < n; i++)
        if (KR_STR_READ_CHAR(name, i) == '.') return kr_newref(name);
    ssize_t skip = 0, cn = KR_STR_LEN(classname);
    while (skip < cn && KR_STR_READ_CHAR(classname, skip) == '_') skip++;
    if (skip == cn) return kr_newref(name);
    KrObject *stripped = kr_str_substring(classname, skip, cn);
    if (!stripped) return NULL;
    KrObject *res = kr_str_from_format("_%U%U", stripped, name);
    KR_DECREF(stripped);
    return res;
}

typedef struct {
    KrObject *slots;          /* tuple of the __slots__ names as given, or NULL */
    KrObject *sorted;         /* sorted list of mangled names (without __dict__/__weakref__) */
    int add_dict, add_weak;
    int may_add_dict, may_add_weak;
} SlotsInfo;

static int check_slots(KrTypeObject *base, KrObject *bases, KrObject *name, KrObject *dict, SlotsInfo *si)
{
    KrObject *slots = kr_dict_get_item_borrow(dict, KR_ID(__slots__));
    /* int counts as variable-size, as in CPython (its digits follow the header) */
    int varsized = base->tp_itemsize != 0 || (base->tp_flags & KR_TPFLAGS_LONG_SUBCLASS);
    si->may_add_dict = base->tp_dictoffset == 0;
    si->may_add_weak = base->tp_weaklistoffset == 0 && !varsized;
    if (!slots) {
        if (kr_err_occurred()) return -1;
        si->add_dict = si->may_add_dict;
        si->add_weak = si->may_add_weak;
        return 0;
    }
    if (KR_STR_CHECK(slots)) si->slots = kr_tuple_pack(1, slots);
    else si->slots = kr_sequence_tuple(slots);
    if (!si->slots) return -1;
    ssize_t n = KR_SIZE(si->slots);
    if (n > 0 && varsized) {
        kr_err_format(kr_exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                      base->tp_name);
        return -1;
    }
    si->sorted = kr_list_new(0);
    if (!si->sorted) return -1;
    for (ssize_t i = 0; i < n; i++) {
        KrObject *s = KR_TUPLE_GET(si->slots, i);
        if (!KR_STR_CHECK(s)) {
            kr_err_format(kr_exc_TypeError, "__slots__ items must be strings, not '%.200s'",
                          KR_TYPE(s)->tp_name);
            return -1;
        }
        if (!kr_str_isidentifier(s)) {
            kr_err_set_string(kr_exc_TypeError, "__slots__ must be identifiers");
            return -1;
        }
        if (kr_str_equal_cstr(s, "__dict__")) {
            if (!si->may_add_dict || si->add_dict) {
                kr_err_set_string(kr_exc_TypeError, "__dict__ slot disallowed: we already got one");
                return -1;
            }
            si->add_dict = 1;
            continue;
        }
        if (kr_str_equal_cstr(s, "__weakref__")) {
            if (!si->may_add_weak || si->add_weak) {
                kr_err_set_string(kr_exc_TypeError,
                                  "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                return -1;
            }
            si->add_weak = 1;
            continue;
        }
        KrObject *m = mangle_name(name, s);
        if (!m) return -1;
        kr_str_intern_in_place(&m);
        int conflict = kr_dict_contains(dict, m);
        /* __qualname__ and __classcell__ are put into the namespace by the
         * class statement and removed again below: not class variables */
        if (conflict > 0 && (kr_str_equal(m, KR_ID(__qualname__)) || kr_str_equal(m, KR_ID(__classcell__))))
            conflict = 0;
        if (conflict) {
            if (conflict > 0)
                kr_err_format(kr_exc_ValueError, "%R in __slots__ conflicts with class variable", s);
            KR_DECREF(m);
            return -1;
        }
        int r = kr_list_append(si->sorted, m);
        KR_DECREF(m);
        if (r < 0) return -1;
    }
    if (kr_list_sort(si->sorted) < 0) return -1;
    /* secondary bases may provide __dict__ or __weakref__ */
    ssize_t nb = KR_SIZE(bases);
    for (ssize_t i = 0; i < nb && ((si->may_add_dict && !si->add_dict) || (si->may_add_weak && !si->add_weak)); i++) {
        KrTypeObject *b = (KrTypeObject *)KR_TUPLE_GET(bases, i);
        if (b == base) continue;
        if (si->may_add_dict && !si->add_dict && b->tp_dictoffset != 0) si->add_dict = 1;
        if (si->may_add_weak && !si->add_weak && b->tp_weaklistoffset != 0) si->add_weak = 1;
    }
    return 0;
}

/* ---------------------------------------------------------------------------
 * type.__new__
 * ------------------------------------------------------------------------ */

static int set_names(KrTypeObject *type)
{
    KrObject *copy = kr_dict_copy(type->tp_dict);
    if (!copy) return -1;
    ssize_t pos = 0;
    KrObject *key, *value;
    while (kr_dict_next(copy, &pos, &key, &value)) {
        KrObject *set_name = kr_object_lookup_special(value, KR_ID(__set_name__));
        if (!set_name) {
            if (kr_err_occurred()) goto error;
            continue;
        }
        KrObject *res = kr_object_call_two(set_name, (KrObject *)type, key);
        KR_DECREF(set_name);
        if (!res) {
            KrObject *cause = kr_err_fetch();
            KrObject *qn = kr_type_get_qualname(type);
            kr_err_format(kr_exc_RuntimeError, "Error calling __set_name__ on '%.100s' instance %R in '%U'",
                          KR_TYPE(value)->tp_name, key, qn);
            KR_XDECREF(qn);
            KrObject *exc = kr_err_fetch();
            if (exc && cause) {
                kr_exception_set_context_steal(exc, kr_newref(cause));
                kr_exception_set_cause_steal(exc, cause);
            } else {
                KR_XDECREF(cause);
            }
            kr_err_restore(exc);
            goto error;
        }
        KR_DECREF(res);
    }
    KR_DECREF(copy);
    return 0;
error:
    KR_DECREF(copy);
    return -1;
}

static int init_subclass(KrTypeObject *type, KrObject *kwds)
{
    KrObject *args[2] = { (KrObject *)type, (KrObject *)type };
    KrObject *sup = kr_object_vectorcall((KrObject *)&kr_super_type, args, 2, NULL);
    if (!sup) return -1;
    KrObject *func = kr_object_getattr(sup, KR_ID(__init_subclass__));
    KR_DECREF(sup);
    if (!func) return -1;
    KrObject *res = kr_object_vectorcall_dict(func, NULL, 0, kwds);
    KR_DECREF(func);
    if (!res) return -1;
    KR_DECREF(res);
    return 0;
}

/* Wraps dict[name] in classmethod/staticmethod if it is a plain function. */
static int wrap_special(KrObject *dict, KrObject *name, KrObject *(*wrap)(KrObject *))
{
    KrObject *f = kr_dict_get_item_borrow(dict, name);
    if (!f) return kr_err_occurred() ? -1 : 0;
    if (!KR_FUNCTION_CHECK(f)) return 0;
    KrObject *w = wrap(f);
    if (!w) return -1;
    return kr_dict_set_item_steal(dict, name, w);
}

static KrObject *type_new_impl(KrTypeObject *metatype, KrObject *name, KrObject *bases,
                               KrObject *orig_dict, KrObject *kwds)
{
    KrObject *dict = NULL;
    KrHeapTypeObject *et = NULL;
    KrTypeObject *type = NULL;
    SlotsInfo si = { 0 };
    int own_bases = 0;

    ssize_t nbases = KR_SIZE(bases);
    if (nbases == 0) {
        bases = kr_tuple_pack(1, (KrObject *)&kr_object_type);
        if (!bases) return NULL;
        own_bases = 1;
    }
    KrTypeObject *base = kr_type_best_base(bases);
    if (!base) goto error;

    dict = kr_dict_copy(orig_dict);
    if (!dict) goto error;
    if (check_slots(base, bases, name, dict, &si) < 0) goto error;

    ssize_t nslots = si.sorted ? KR_SIZE(si.sorted) : 0;
    et = (KrHeapTypeObject *)metatype->tp_alloc(metatype, 0);
    if (!et) goto error;
    type = &et->ht_type;
    type->tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HEAPTYPE | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_HAVE_GC;
    type->tp_as_async = &et->as_async;
    type->tp_as_number = &et->as_number;
    type->tp_as_sequence = &et->as_sequence;
    type->tp_as_mapping = &et->as_mapping;
    type->tp_as_buffer = &et->as_buffer;

    /* name */
    ssize_t name_size;
    const char *utf8 = kr_str_as_utf8(name, &name_size);
    if (!utf8) goto error;
    if ((ssize_t)strlen(utf8) != name_size) {
        kr_err_set_string(kr_exc_ValueError, "type name must not contain null characters");
        goto error;
    }
    et->ht_name = kr_newref(name);
    kr_str_intern_in_place(&et->ht_name);
    type->tp_name = kr_str_as_utf8(et->ht_name, NULL);

    type->tp_bases = kr_newref(bases);
    type->tp_base = (KrTypeObject *)kr_newref(base);

    /* __module__ */
    if (!kr_dict_get_item_borrow(dict, KR_ID(__module__))) {
        if (kr_err_occurred()) goto error;
        KrObject *globals = kr_eval_get_globals_borrow();
        if (globals) {
            KrObject *modname = kr_dict_get_item_borrow(globals, KR_ID(__name__));
            if (modname && kr_dict_set_item(dict, KR_ID(__module__), modname) < 0) goto error;
            if (kr_err_occurred()) goto error;
        }
    }
    /* __qualname__ */
    KrObject *qualname = kr_dict_get_item_borrow(dict, KR_ID(__qualname__));
    if (qualname) {
        if (!KR_STR_CHECK(qualname)) {
            kr_err_format(kr_exc_TypeError, "type __qualname__ must be a str, not %s",
                          KR_TYPE(qualname)->tp_name);
            goto error;
        }
        et->ht_qualname = kr_newref(qualname);
        if (kr_dict_del_item(dict, KR_ID(__qualname__)) < 0) goto error;
    } else {
        if (kr_err_occurred()) goto error;
        et->ht_qualname = kr_newref(et->ht_name);
    }
    /* __doc__: keep a C copy for tp_doc */
    KrObject *doc = kr_dict_get_item_borrow(dict, KR_ID(__doc__));
    if (doc && KR_STR_CHECK(doc)) {
        const char *d = kr_str_as_utf8(doc, NULL);
        if (!d) goto error;
        size_t len = strlen(d) + 1;
        char *copy = kr_mem_alloc(len);
        if (!copy) {
            kr_err_no_memory();
            goto error;
        }
        memcpy(copy, d, len);
        type->tp_doc = copy;
    }
    if (wrap_special(dict, KR_ID(__new__), kr_staticmethod_new) < 0) goto error;
    if (wrap_special(dict, KR_ID(__init_subclass__), kr_classmethod_new) < 0) goto error;
    if (wrap_special(dict, KR_ID(__class_getitem__), kr_classmethod_new) < 0) goto error;

    /* __eq__ without __hash__ makes the class unhashable */
    if (kr_dict_get_item_borrow(dict, KR_ID(__eq__)) &&
        !kr_dict_get_item_borrow(dict, KR_ID(__hash__))) {
        if (kr_dict_set_item(dict, KR_ID(__hash__), KR_NONE) < 0) goto error;
    }
    if (kr_err_occurred()) goto error;

    /* layout: [base fields][slots][__dict__][values][__weakref__]; the
     * values word (instance_values.h) is there when the class adds the
     * __dict__ to a fixed-size base: subclasses inherit it with the layout */
    ssize_t slotoffset = base->tp_basicsize;
    if (nslots) {
        et->ht_members = kr_mem_calloc((size_t)nslots + 1, sizeof(KrMemberDef));
        if (!et->ht_members) {
            kr_err_no_memory();
            goto error;
        }
        for (ssize_t i = 0; i < nslots; i++) {
            KrMemberDef *m = &et->ht_members[i];
            m->name = kr_str_as_utf8(KR_LIST_GET(si.sorted, i), NULL);
            if (!m->name) goto error;
            m->type = KR_T_OBJECT_EX;
            m->offset = slotoffset;
            slotoffset += sizeof(KrObject *);
        }
        /* the names live in ht_slots (sorted, mangled) */
        et->ht_slots = kr_list_as_tuple(si.sorted);
        if (!et->ht_slots) goto error;
        for (ssize_t i = 0; i < nslots; i++)
            et->ht_members[i].name = kr_str_as_utf8(KR_TUPLE_GET(et->ht_slots, i), NULL);
    } else if (si.slots) {
        et->ht_slots = kr_tuple_new(0);
        if (!et->ht_slots) goto error;
    }
    type->tp_basicsize = slotoffset;
    type->tp_itemsize = base->tp_itemsize;
    if (si.add_dict) {
        if (base->tp_itemsize) {
            type->tp_dictoffset = -(ssize_t)sizeof(KrObject *);
        } else {
            type->tp_dictoffset = slotoffset;
        }
        slotoffset += sizeof(KrObject *);
        if (!base->tp_itemsize && !(base->tp_flags & KR_TPFLAGS_LONG_SUBCLASS)) {
            type->tp_flags |= KR_TPFLAGS_INLINE_VALUES;
            slotoffset += sizeof(KrObject *);
        }
        type->tp_basicsize = slotoffset;
    } else if (base->tp_flags & KR_TPFLAGS_INLINE_VALUES) {
        type->tp_flags |= KR_TPFLAGS_INLINE_VALUES;
    }
    if (si.add_weak) {
        type->tp_weaklistoffset = slotoffset;
        slotoffset += sizeof(KrObject *);
        type->tp_basicsize = slotoffset;
    }
    type->tp_members = et->ht_members;
    if (si.add_dict && si.add_weak) type->tp_getset = kr_type_subtype_getsets_full;
    else if (si.add_dict) type->tp_getset = kr_type_subtype_getsets_dict_only;
    else if (si.add_weak) type->tp_getset = kr_type_subtype_getsets_weakref_only;

    type->tp_dealloc = kr_type_subtype_dealloc;
    type->tp_traverse = kr_type_subtype_traverse;
    type->tp_clear = kr_type_subtype_clear;
    type->tp_alloc = kr_type_generic_alloc;
    type->tp_free = kr_object_free;

    type->tp_dict = dict;
    dict = NULL;

    /* __classcell__ */
    KrObject *cell = kr_dict_get_item_borrow(type->tp_dict, KR_ID(__classcell__));
    if (cell) {
        if (!KR_CELL_CHECK(cell)) {
            kr_err_format(kr_exc_TypeError, "__classcell__ must be a nonlocal cell, not %R",
                          (KrObject *)KR_TYPE(cell));
            goto error;
        }
        kr_cell_set(cell, (KrObject *)type);
        if (kr_dict_del_item(type->tp_dict, KR_ID(__classcell__)) < 0) goto error;
    } else if (kr_err_occurred()) {
        goto error;
    }

    if (kr_type_ready(type) < 0) goto error;
    /* __abc_tpflags__ (collections.abc) marks classes for sequence/mapping
     * patterns of `match`, as CPython's _abc._abc_init does. */
    KrObject *abcflags = kr_dict_get_item_str_borrow(type->tp_dict, "__abc_tpflags__");
    if (abcflags && KR_INT_CHECK(abcflags)) {
        int64_t fl = kr_int_as_i64(abcflags);
        if (fl == -1 && kr_err_occurred()) goto error;
        type->tp_flags |= (unsigned long)fl & (KR_TPFLAGS_SEQUENCE | KR_TPFLAGS_MAPPING);
        if (kr_dict_del_item_str(type->tp_dict, "__abc_tpflags__") < 0) goto error;
    } else if (kr_err_occurred()) {
        goto error;
    }
    if (!kr_dict_get_item_borrow(type->tp_dict, KR_ID(__doc__))) {
        if (kr_err_occurred() || kr_dict_set_item(type->tp_dict, KR_ID(__doc__), KR_NONE) < 0)
            goto error;
    }
    kr_type_fixup_slots(type);

    if (set_names(type) < 0) goto error;
    if (init_subclass(type, kwds) < 0) goto error;

    KR_XDECREF(si.slots);
    KR_XDECREF(si.sorted);
    if (own_bases) KR_DECREF(bases);
    return (KrObject *)type;

error:
    KR_XDECREF(dict);
    KR_XDECREF(si.slots);
    KR_XDECREF(si.sorted);
    if (own_bases) KR_DECREF(bases);
    KR_XDECREF(et);
    return NULL;
}

KrObject *kr_type_tp_new(KrTypeObject *metatype, KrObject *args, KrObject *kwds)
{
    ssize_t nargs = KR_SIZE(args);
    if (nargs != 3)
        return kr_err_format(kr_exc_TypeError, "type.__new__() takes exactly 3 arguments (%zd given)",
                             nargs);
    KrObject *name = KR_TUPLE_GET(args, 0), *bases = KR_TUPLE_GET(args, 1),
             *dict = KR_TUPLE_GET(args, 2);
    if (!KR_STR_CHECK(name))
        return kr_err_format(kr_exc_TypeError, "type.__new__() argument 1 must be str, not %s",
                             name == KR_NONE ? "None" : KR_TYPE(name)->tp_name);
    if (!KR_TUPLE_CHECK(bases))
        return kr_err_format(kr_exc_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                             bases == KR_NONE ? "None" : KR_TYPE(bases)->tp_name);
    if (!KR_DICT_CHECK(dict))
        return kr_err_format(kr_exc_TypeError, "type.__new__() argument 3 must be dict, not %s",
                             dict == KR_NONE ? "None" : KR_TYPE(dict)->tp_name);
    for (ssize_t i = 0; i < KR_SIZE(bases); i++) {
        KrObject *b = KR_TUPLE_GET(bases, i);
        if (KR_TYPE_CHECK(b)) continue;
        KrObject *me;
        if (kr_object_lookup_attr(b, KR_ID(__mro_entries__), &me) < 0) return NULL;
        if (me) {
            KR_DECREF(me);
            return kr_err_format(kr_exc_TypeError,
                                 "type() doesn't support MRO entry resolution; use types.new_class()");
        }
    }
    KrTypeObject *winner = kr_type_calculate_metaclass(metatype, bases);
    if (!winner) return NULL;
    if (winner != metatype && winner->tp_new != kr_type_tp_new)
        return winner->tp_new(winner, args, kwds);
    return type_new_impl(winner, name, bases, dict, kwds);
}

KrObject *kr_type_new(KrTypeObject *meta, KrObject *name, KrObject *bases, KrObject *dict)
{
    KrObject *args = kr_tuple_pack(3, name, bases, dict);
    if (!args) return NULL;
    KrObject *res = kr_object_call((KrObject *)(meta ? meta : &kr_type_type), args, NULL);
    KR_DECREF(args);
    return res;
}

KrObject *kr_type_new_simple(const char *name, KrTypeObject *base, KrObject *dict)
{
    const char *dot = strrchr(name, '.');
    KrObject *n = kr_str_from_cstr(dot ? dot + 1 : name);
    KrObject *bases = kr_tuple_pack(1, (KrObject *)(base ? base : &kr_object_type));
    KrObject *d = dict ? kr_dict_copy(dict) : kr_dict_new();
    KrObject *res = NULL;
    if (!n || !bases || !d) goto done;
    if (dot) {
        KrObject *mod = kr_str_from_utf8(name, dot - name);
        if (!mod || kr_dict_set_item(d, KR_ID(__module__), mod) < 0) {
            KR_XDECREF(mod);
            goto done;
        }
        KR_DECREF(mod);
    }
    res = kr_type_new(KR_TYPE(base ? (KrObject *)base : (KrObject *)&kr_object_type), n, bases, d);
done:
    KR_XDECREF(n);
    KR_XDECREF(bases);
    KR_XDECREF(d);
    return res;
}
