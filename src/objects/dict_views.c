/* dict_views.c — dict iterators (forward and reversed, over keys, values
 * or items) and the views dict.keys()/values()/items(), with the set
 * operations of keys and items views. */
#include "dict_impl.h"
#include "list.h"
#include "tuple.h"
#include "int.h"
#include "str.h"
#include "set.h"
#include "type.h"
#include "abstract.h"
#include "descr.h"
#include "ids.h"
#include "iter.h"
#include "../vm/err.h"
#include "../memory/gc.h"

/* ---- iterators ---- */

typedef struct {
    KrObject ob_base;
    KrObject *di_dict;         /* NULL once exhausted */
    ssize_t di_used;           /* the dict's size when iteration started */
    ssize_t di_pos;
    KrObject *di_result;       /* reusable (key, value) tuple for items */
    ssize_t len;               /* items still to produce */
    int kind;                  /* 0 keys, 1 values, 2 items */
    int reversed;
} KrDictIterObject;

KrObject *kr_dict_iter_new(KrObject *dict, int kind, int reversed)
{
    static KrTypeObject *const types[2][3] = {
        { &kr_dict_keyiter_type, &kr_dict_valueiter_type, &kr_dict_itemiter_type },
        { &kr_dict_revkeyiter_type, &kr_dict_revvalueiter_type, &kr_dict_revitemiter_type },
    };
    KrDictIterObject *di = KR_NEW(KrDictIterObject, types[reversed][kind]);
    if (!di) return NULL;
    KrDictObject *d = (KrDictObject *)dict;
    di->di_dict = kr_newref(dict);
    di->di_used = d->ma_used;
    di->len = d->ma_used;
    di->kind = kind;
    di->reversed = reversed;
    di->di_pos = reversed ? d->ma_keys->nentries - 1 : 0;
    di->di_result = NULL;
    if (kind == 2) {
        di->di_result = kr_tuple_pack(2, KR_NONE, KR_NONE);
        if (!di->di_result) {
            KR_DECREF(di);
            return NULL;
        }
    }
    kr_gc_track(di);
    return (KrObject *)di;
}

static void dictiter_dealloc(KrObject *o)
{
    KrDictIterObject *di = (KrDictIterObject *)o;
    kr_gc_untrack(o);
    KR_XDECREF(di->di_dict);
    KR_XDECREF(di->di_result);
    KR_TYPE(o)->tp_free(o);
}

static int dictiter_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrDictIterObject *di = (KrDictIterObject *)o;
    KR_VISIT(di->di_dict);
    KR_VISIT(di->di_result);
    return 0;
}

static KrObject *dictiter_next(KrObject *o)
{
    KrDictIterObject *di = (KrDictIterObject *)o;
    KrDictObject *d = (KrDictObject *)di->di_dict;
    if (!d) return NULL;
    if (di->di_used != d->ma_used) {
        kr_err_set_string(kr_exc_RuntimeError, "dictionary changed size during iteration");
        di->di_used = -1; /* keep failing */
        return NULL;
    }
    KrDictKeys *dk = d->ma_keys;
    ssize_t i = di->di_pos, n = dk->nentries;
    KrDictEntry *ep0 = DK_ENTRIES(dk);
    if (!di->reversed) {
        while (i < n && ep0[i].value == NULL) i++;
        if (i >= n) goto fail;
    } else {
        if (i >= n) i = n - 1;
        while (i >= 0 && ep0[i].value == NULL) i--;
        if (i < 0) goto fail;
    }
    if (di->len == 0 && !di->reversed) {
        /* an entry that should not be there: keys were replaced (CPython
         * checks forward iteration only) */
        kr_err_set_string(kr_exc_RuntimeError, "dictionary keys changed during iteration");
        goto fail;
    }
    di->di_pos = di->reversed ? i - 1 : i + 1;
    if (di->len > 0) di->len--;
    KrDictEntry *ep = &ep0[i];
    if (di->kind == 0) return kr_newref(ep->key);
    if (di->kind == 1) return kr_newref(ep->value);
    KrObject *result = di->di_result;
    if (KR_REFCNT(result) == 1) {
        /* nobody kept the last tuple: reuse it */
        KrObject *oldkey = KR_TUPLE_ITEMS(result)[0], *oldvalue = KR_TUPLE_ITEMS(result)[1];
        KR_TUPLE_ITEMS(result)[0] = kr_newref(ep->key);
        KR_TUPLE_ITEMS(result)[1] = kr_newref(ep->value);
        ((KrTupleObject *)result)->hash_cache = -1;  /* new contents */
        KR_INCREF(result);
        KR_DECREF(oldkey);
        KR_DECREF(oldvalue);
        if (!kr_gc_is_tracked(result)) kr_gc_track(result);
        return result;
    }
    return kr_tuple_pack(2, ep->key, ep->value);
fail:
    di->di_dict = NULL;
    KR_DECREF(d);
    return NULL;
}

static KrObject *dictiter_length_hint(KrObject *o, KrObject *unused)
{
    KrDictIterObject *di = (KrDictIterObject *)o;
    ssize_t len = 0;
    if (di->di_dict && di->di_used == ((KrDictObject *)di->di_dict)->ma_used) len = di->len;
    return kr_int_from_ssize(len);
}

/* (iter, (list of the remaining items,)), from a copy of the state. */
static KrObject *dictiter_reduce(KrObject *o, KrObject *unused)
{
    KrDictIterObject *di = (KrDictIterObject *)o;
    KrObject *f = kr_iter_builtin("iter");
    if (!f) return NULL;
    KrObject *list;
    if (di->di_dict) {
        KrDictIterObject *copy = (KrDictIterObject *)kr_dict_iter_new(di->di_dict, di->kind, di->reversed);
        if (!copy) {
            KR_DECREF(f);
            return NULL;
        }
        copy->di_used = di->di_used;
        copy->di_pos = di->di_pos;
        copy->len = di->len;
        list = kr_sequence_list((KrObject *)copy);
        KR_DECREF(copy);
    } else {
        list = kr_list_new(0);
    }
    KrObject *args = list ? kr_tuple_pack(1, list) : NULL;
    KrObject *res = args ? kr_tuple_pack(2, f, args) : NULL;
    KR_DECREF(f);
    KR_XDECREF(list);
    KR_XDECREF(args);
    return res;
}

static KrMethodDef dictiter_methods[] = {
    { "__length_hint__", (void *)dictiter_length_hint, KR_METH_NOARGS,
      "Private method returning an estimate of len(list(it))." },
    { "__reduce__", (void *)dictiter_reduce, KR_METH_NOARGS, "Return state information for pickling." },
    { NULL, NULL, 0, NULL },
};

#define DICT_ITER_TYPE(cname, pyname) \
    KrTypeObject cname = { \
        .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0), \
        .tp_name = pyname, \
        .tp_basicsize = sizeof(KrDictIterObject), \
        .tp_dealloc = dictiter_dealloc, \
        .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC, \
        .tp_traverse = dictiter_traverse, \
        .tp_iter = kr_object_self_iter, \
        .tp_iternext = dictiter_next, \
        .tp_methods = dictiter_methods, \
        .tp_alloc = kr_object_alloc, \
        .tp_free = kr_object_free, \
    };

DICT_ITER_TYPE(kr_dict_keyiter_type, "dict_keyiterator")
DICT_ITER_TYPE(kr_dict_valueiter_type, "dict_valueiterator")
DICT_ITER_TYPE(kr_dict_itemiter_type, "dict_itemiterator")
DICT_ITER_TYPE(kr_dict_revkeyiter_type, "dict_reversekeyiterator")
DICT_ITER_TYPE(kr_dict_revvalueiter_type, "dict_reversevalueiterator")
DICT_ITER_TYPE(kr_dict_revitemiter_type, "dict_reverseitemiterator")

/* ---- views ---- */

typedef struct {
    KrObject ob_base;
    KrObject *dv_dict;
} KrDictViewObject;

#define DV_DICT(o) (((KrDictViewObject *)(o))->dv_dict)
#define IS_KEYS_VIEW(o) KR_TYPE_CHECK_EXACT_OR_SUB((o), &kr_dict_keys_type)
#define IS_ITEMS_VIEW(o) KR_TYPE_CHECK_EXACT_OR_SUB((o), &kr_dict_items_type)
#define IS_SET_VIEW(o) (IS_KEYS_VIEW(o) || IS_ITEMS_VIEW(o))

static int view_kind(KrObject *v)
{
    return IS_KEYS_VIEW(v) ? 0 : IS_ITEMS_VIEW(v) ? 2 : 1;
}

KrObject *kr_dict_view_new(KrObject *dict, KrTypeObject *type)
{
    if (!dict || !KR_DICT_CHECK(dict)) {
        kr_err_bad_internal_call();
        return NULL;
    }
    KrDictViewObject *dv = KR_NEW(KrDictViewObject, type);
    if (!dv) return NULL;
    dv->dv_dict = kr_newref(dict);
    kr_gc_track(dv);
    return (KrObject *)dv;
}

static void dictview_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_XDECREF(DV_DICT(o));
    KR_TYPE(o)->tp_free(o);
}

static int dictview_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(DV_DICT(o));
    return 0;
}

static ssize_t dictview_len(KrObject *o) { return ((KrDictObject *)DV_DICT(o))->ma_used; }

static KrObject *dictview_iter(KrObject *o) { return kr_dict_iter_new(DV_DICT(o), view_kind(o), 0); }

static KrObject *dictview_reversed(KrObject *o, KrObject *unused)
{
    return kr_dict_iter_new(DV_DICT(o), view_kind(o), 1);
}

static KrObject *dictview_repr(KrObject *o)
{
    int r = kr_repr_enter(o);
    if (r != 0) return r > 0 ? kr_str_from_cstr("...") : NULL;
    KrObject *seq = kr_sequence_list(o);
    KrObject *res = NULL;
    if (seq) {
        res = kr_str_from_format("%s(%R)", KR_TYPE(o)->tp_name, seq);
        KR_DECREF(seq);
    }
    kr_repr_leave(o);
    return res;
}

static KrObject *dictview_mapping(KrObject *o, void *closure)
{
    return kr_mappingproxy_new(DV_DICT(o));
}

static KrGetSetDef dictview_getset[] = {
    { "mapping", dictview_mapping, NULL, "dictionary that this view refers to", NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static int dictkeys_contains(KrObject *o, KrObject *key) { return kr_dict_contains(DV_DICT(o), key); }

static int dictitems_contains(KrObject *o, KrObject *obj)
{
    if (!KR_TUPLE_CHECK(obj) || KR_SIZE(obj) != 2) return 0;
    KrObject *key = KR_TUPLE_ITEMS(obj)[0], *value = KR_TUPLE_ITEMS(obj)[1];
    KrObject *found = kr_dict_get_item_borrow(DV_DICT(o), key);
    if (!found) return kr_err_occurred() ? -1 : 0;
    KR_INCREF(found);
    int r = kr_object_richcompare_bool(found, value, KR_EQ);
    KR_DECREF(found);
    return r;
}

static int view_contains_any(KrObject *view, KrObject *item)
{
    return IS_KEYS_VIEW(view) ? dictkeys_contains(view, item) : dictitems_contains(view, item);
}

/* 1 if every item of `self` (an iterable) is in `other`. */
static int all_contained_in(KrObject *self, KrObject *other)
{
    KrObject *iter = kr_object_get_iter(self);
    if (!iter) return -1;
    int ok = 1;
    for (;;) {
        KrObject *next = kr_iter_next(iter);
        if (!next) {
            if (kr_err_occurred()) ok = -1;
            break;
        }
        ok = kr_sequence_contains(other, next);
        KR_DECREF(next);
        if (ok <= 0) break;
    }
    KR_DECREF(iter);
    return ok;
}

static KrObject *dictview_richcompare(KrObject *self, KrObject *other, int op)
{
    if (!KR_ANYSET_CHECK(other) && !IS_SET_VIEW(other)) KR_RETURN_NOTIMPLEMENTED;
    ssize_t len_self = dictview_len(self);
    ssize_t len_other = kr_object_length(other);
    if (len_other < 0) return NULL;
    int ok = 0;
    switch (op) {
    case KR_NE:
    case KR_EQ:
        if (len_self == len_other) ok = all_contained_in(self, other);
        if (op == KR_NE && ok >= 0) ok = !ok;
        break;
    case KR_LT:
        if (len_self < len_other) ok = all_contained_in(self, other);
        break;
    case KR_LE:
        if (len_self <= len_other) ok = all_contained_in(self, other);
        break;
    case KR_GT:
        if (len_self > len_other) ok = all_contained_in(other, self);
        break;
    case KR_GE:
        if (len_self >= len_other) ok = all_contained_in(other, self);
        break;
    }
    if (ok < 0) return NULL;
    return kr_bool_from(ok);
}

/* A set of the view's items; for a keys view of an exact dict, built from
 * the dict directly. */
static KrObject *dictviews_to_set(KrObject *self)
{
    KrObject *left = self;
    if (IS_KEYS_VIEW(self) && KR_DICT_CHECK_EXACT(DV_DICT(self))) left = DV_DICT(self);
    return kr_set_new(left);
}

static KrObject *call_set_method(KrObject *set, const char *name, KrObject *arg)
{
    KrObject *args[1] = { arg };
    return kr_object_call_method_str(set, name, args, 1);
}

static KrObject *dictviews_sub(KrObject *self, KrObject *other)
{
    KrObject *result = dictviews_to_set(self);
    if (!result) return NULL;
    KrObject *tmp = call_set_method(result, "difference_update", other);
    if (!tmp) {
        KR_DECREF(result);
        return NULL;
    }
    KR_DECREF(tmp);
    return result;
}

static KrObject *dictviews_and(KrObject *self, KrObject *other)
{
    /* the view may be the right operand */
    if (!IS_SET_VIEW(self)) {
        KrObject *t = other;
        other = self;
        self = t;
    }
    ssize_t len_self = dictview_len(self);
    if (KR_TYPE(other) == &kr_set_type) {
        ssize_t len_other = kr_set_size(other);
        if (len_self <= len_other) return call_set_method(other, "intersection", self);
    }
    if (IS_SET_VIEW(other)) {
        ssize_t len_other = dictview_len(other);
        if (len_other > len_self) {
            KrObject *t = other;
            other = self;
            self = t;
        }
    }
    /* self is a view; other, if a view, is not bigger */
    KrObject *result = kr_set_new(NULL);
    if (!result) return NULL;
    KrObject *it = kr_object_get_iter(other);
    if (!it) {
        KR_DECREF(result);
        return NULL;
    }
    for (;;) {
        KrObject *key = kr_iter_next(it);
        if (!key) break;
        int rv = view_contains_any(self, key);
        if (rv < 0 || (rv > 0 && kr_set_add(result, key) < 0)) {
            KR_DECREF(key);
            KR_DECREF(it);
            KR_DECREF(result);
            return NULL;
        }
        KR_DECREF(key);
    }
    KR_DECREF(it);
    if (kr_err_occurred()) {
        KR_DECREF(result);
        return NULL;
    }
    return result;
}

static KrObject *dictviews_or(KrObject *self, KrObject *other)
{
    KrObject *result = dictviews_to_set(self);
    if (!result) return NULL;
    if (kr_set_update(result, other) < 0) {
        KR_DECREF(result);
        return NULL;
    }
    return result;
}

/* items ^ items: pairs whose key is in one dict only or whose values differ. */
static KrObject *dictitems_xor(KrObject *self, KrObject *other)
{
    KrObject *d1 = DV_DICT(self), *d2 = DV_DICT(other);
    KrObject *temp_dict = kr_dict_copy(d1);
    if (!temp_dict) return NULL;
    KrObject *result_set = kr_set_new(NULL);
    if (!result_set) {
        KR_DECREF(temp_dict);
        return NULL;
    }
    ssize_t pos = 0;
    KrObject *key, *val2;
    kr_hash_t hash;
    while (kr_dict_next_with_hash(d2, &pos, &key, &val2, &hash)) {
        KR_INCREF(key);
        KR_INCREF(val2);
        KrObject *val1 = kr_dict_get_item_known_hash_borrow(temp_dict, key, hash);
        int to_delete;
        if (!val1) {
            if (kr_err_occurred()) goto error;
            to_delete = 0;
        } else {
            KR_INCREF(val1);
            to_delete = val1 == val2 ? 1 : kr_object_richcompare_bool(val1, val2, KR_EQ);
            KR_DECREF(val1);
            if (to_delete < 0) goto error;
        }
        if (to_delete) {
            if (kr_dict_del_item_known_hash(temp_dict, key, hash) < 0) goto error;
        } else {
            KrObject *pair = kr_tuple_pack(2, key, val2);
            if (!pair) goto error;
            int r = kr_set_add(result_set, pair);
            KR_DECREF(pair);
            if (r < 0) goto error;
        }
        KR_DECREF(key);
        KR_DECREF(val2);
        continue;
    error:
        KR_DECREF(key);
        KR_DECREF(val2);
        KR_DECREF(temp_dict);
        KR_DECREF(result_set);
        return NULL;
    }
    KrObject *remaining = kr_dict_items(temp_dict);
    KR_DECREF(temp_dict);
    if (!remaining || kr_set_update(result_set, remaining) < 0) {
        KR_XDECREF(remaining);
        KR_DECREF(result_set);
        return NULL;
    }
    KR_DECREF(remaining);
    return result_set;
}

static KrObject *dictviews_xor(KrObject *self, KrObject *other)
{
    if (IS_ITEMS_VIEW(self) && IS_ITEMS_VIEW(other)) return dictitems_xor(self, other);
    KrObject *result = dictviews_to_set(self);
    if (!result) return NULL;
    KrObject *tmp = call_set_method(result, "symmetric_difference_update", other);
    if (!tmp) {
        KR_DECREF(result);
        return NULL;
    }
    KR_DECREF(tmp);
    return result;
}

static KrObject *dictviews_isdisjoint(KrObject *self, KrObject *other)
{
    if (self == other) return kr_bool_from(dictview_len(self) == 0);
    /* iterate over the shorter one when other is a set or a view */
    if (KR_ANYSET_CHECK(other) || IS_SET_VIEW(other)) {
        ssize_t len_self = dictview_len(self);
        ssize_t len_other = kr_object_length(other);
        if (len_other < 0) return NULL;
        if (len_other > len_self) {
            KrObject *t = other;
            other = self;
            self = t;
        }
    }
    KrObject *it = kr_object_get_iter(other);
    if (!it) return NULL;
    for (;;) {
        KrObject *item = kr_iter_next(it);
        if (!item) break;
        int contains = kr_sequence_contains(self, item);
        KR_DECREF(item);
        if (contains != 0) {
            KR_DECREF(it);
            if (contains < 0) return NULL;
            KR_RETURN_FALSE;
        }
    }
    KR_DECREF(it);
    if (kr_err_occurred()) return NULL;
    KR_RETURN_TRUE;
}

static KrNumberMethods dictviews_as_number = {
    .nb_subtract = dictviews_sub,
    .nb_and = dictviews_and,
    .nb_xor = dictviews_xor,
    .nb_or = dictviews_or,
};

static KrSequenceMethods dictkeys_as_sequence = {
    .sq_length = dictview_len,
    .sq_contains = dictkeys_contains,
};

static KrSequenceMethods dictitems_as_sequence = {
    .sq_length = dictview_len,
    .sq_contains = dictitems_contains,
};

static KrSequenceMethods dictvalues_as_sequence = {
    .sq_length = dictview_len,
};

static KrMethodDef dictkeys_methods[] = {
    { "isdisjoint", (void *)dictviews_isdisjoint, KR_METH_O,
      "Return True if the view and the given iterable have a null intersection." },
    { "__reversed__", (void *)dictview_reversed, KR_METH_NOARGS,
      "Return a reverse iterator over the dict keys." },
    { NULL, NULL, 0, NULL },
};

static KrMethodDef dictitems_methods[] = {
    { "isdisjoint", (void *)dictviews_isdisjoint, KR_METH_O,
      "Return True if the view and the given iterable have a null intersection." },
    { "__reversed__", (void *)dictview_reversed, KR_METH_NOARGS,
      "Return a reverse iterator over the dict items." },
    { NULL, NULL, 0, NULL },
};

static KrMethodDef dictvalues_methods[] = {
    { "__reversed__", (void *)dictview_reversed, KR_METH_NOARGS,
      "Return a reverse iterator over the dict values." },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_dict_keys_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "dict_keys",
    .tp_basicsize = sizeof(KrDictViewObject),
    .tp_dealloc = dictview_dealloc,
    .tp_repr = dictview_repr,
    .tp_as_number = &dictviews_as_number,
    .tp_as_sequence = &dictkeys_as_sequence,
    .tp_hash = kr_object_hash_not_implemented,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = dictview_traverse,
    .tp_richcompare = dictview_richcompare,
    .tp_iter = dictview_iter,
    .tp_methods = dictkeys_methods,
    .tp_getset = dictview_getset,
    .tp_alloc = kr_object_alloc,
    .tp_free = kr_object_free,
};

KrTypeObject kr_dict_items_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "dict_items",
    .tp_basicsize = sizeof(KrDictViewObject),
    .tp_dealloc = dictview_dealloc,
    .tp_repr = dictview_repr,
    .tp_as_number = &dictviews_as_number,
    .tp_as_sequence = &dictitems_as_sequence,
    .tp_hash = kr_object_hash_not_implemented,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = dictview_traverse,
    .tp_richcompare = dictview_richcompare,
    .tp_iter = dictview_iter,
    .tp_methods = dictitems_methods,
    .tp_getset = dictview_getset,
    .tp_alloc = kr_object_alloc,
    .tp_free = kr_object_free,
};

KrTypeObject kr_dict_values_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "dict_values",
    .tp_basicsize = sizeof(KrDictViewObject),
    .tp_dealloc = dictview_dealloc,
    .tp_repr = dictview_repr,
    .tp_as_sequence = &dictvalues_as_sequence,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = dictview_traverse,
    .tp_iter = dictview_iter,
    .tp_methods = dictvalues_methods,
    .tp_getset = dictview_getset,
    .tp_alloc = kr_object_alloc,
    .tp_free = kr_object_free,
};

int kr_dict_init(void)
{
    KrTypeObject *types[] = {
        &kr_dict_type, &kr_dict_keys_type, &kr_dict_values_type, &kr_dict_items_type,
        &kr_dict_keyiter_type, &kr_dict_valueiter_type, &kr_dict_itemiter_type,
        &kr_dict_revkeyiter_type, &kr_dict_revvalueiter_type, &kr_dict_revitemiter_type,
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (kr_type_ready(types[i]) < 0) return -1;
    return 0;
}
