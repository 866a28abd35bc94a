/* object.c — allocation and deallocation of objects, the generic object
 * protocol (repr/str/hash/compare/truth, attribute access with descriptors
 * and instance dicts, dir) and the `object` type itself. */
#include "object.h"
#include "abstract.h"
#include "call.h"
#include "descr.h"
#include "cfunction.h"
#include "type.h"
#include "str.h"
#include "int.h"
#include "dict.h"
#include "list.h"
#include "tuple.h"
#include "hash.h"
#include "module.h"
#include "ids.h"
#include "instance_values.h"
#include "../memory/mem.h"
#include "../memory/gc.h"
#include "../vm/err.h"
#include "../vm/state.h"

#include <string.h>

#ifdef KR_DEBUG
#include <stdio.h>
#include <stdlib.h>

ssize_t kr_ref_total;

void kr_object_assert_failed(const char *cond, const char *file, int line, const KrObject *o)
{
    fprintf(stderr, "krait: %s:%d: assertion failed: %s\n", file, line, cond);
    if (o) {
        /* the object may already be freed: print only raw header fields */
        const KrTypeObject *t = o->ob_type;
        fprintf(stderr, "krait: object at %p: refcount %zd, type %s\n", (const void *)o,
                o->ob_refcnt, t && t->tp_name ? t->tp_name : "(null)");
    }
    fflush(stderr);
    abort();
}
#endif

/* ---------------------------------------------------------------------------
 * Allocation
 * ------------------------------------------------------------------------ */

static size_t object_var_size(KrTypeObject *type, ssize_t nitems)
{
    size_t size = (size_t)type->tp_basicsize + (size_t)nitems * (size_t)type->tp_itemsize;
    return (size + sizeof(void *) - 1) & ~(sizeof(void *) - 1);
}

static KrObject *object_alloc_size(KrTypeObject *type, ssize_t nitems, size_t size)
{
    KrObject *o;
    if (KR_TYPE_IS_GC(type)) {
        /* counts for the collector's generation 0; may collect first */
        o = kr_gc_alloc(size);
        if (!o) return kr_err_no_memory();
    } else {
        o = kr_mem_calloc(1, size);
        if (!o) return kr_err_no_memory();
    }
    o->ob_refcnt = 1;
    KR_REF_TOTAL_INC();
    o->ob_type = type;
    if (type->tp_flags & KR_TPFLAGS_HEAPTYPE) KR_INCREF(type);
    if (type->tp_itemsize) KR_SIZE(o) = nitems;
    return o;
}

KrObject *kr_object_alloc(KrTypeObject *type, ssize_t nitems)
{
    return object_alloc_size(type, nitems, object_var_size(type, nitems));
}

KrObject *kr_object_alloc_extra(KrTypeObject *type, size_t extra)
{
    return object_alloc_size(type, 0, object_var_size(type, 0) + extra);
}

void kr_object_free(void *p)
{
    KrObject *o = p;
    if (!o) return;
    if (KR_OBJECT_IS_GC(o)) {
        kr_gc_free(o);
    } else {
        kr_mem_free(o);
    }
}

void kr_object_dealloc(KrObject *o)
{
    KR_ASSERT_OBJ(o->ob_refcnt == 0 && KR_TYPE(o) && KR_TYPE(o)->tp_dealloc, o);
    KR_TYPE(o)->tp_dealloc(o);
}

KrObject *kr_object_self_iter(KrObject *o) { return kr_newref(o); }

/* ---------------------------------------------------------------------------
 * repr, str, ascii, format
 * ------------------------------------------------------------------------ */

static KrObject *object_default_repr(KrObject *o)
{
    KrTypeObject *t = KR_TYPE(o);
    KrObject *mod = kr_type_get_module(t);
    if (!mod) {
        kr_err_clear();
        mod = kr_newref(KR_NONE);
    }
    KrObject *res;
    if (KR_STR_CHECK(mod) && !kr_str_equal_cstr(mod, "builtins")) {
        KrObject *qual = kr_type_get_qualname(t);
        if (!qual) { KR_DECREF(mod); return NULL; }
        res = kr_str_from_format("<%U.%U object at %p>", mod, qual, (void *)o);
        KR_DECREF(qual);
    } else {
        res = kr_str_from_format("<%s object at %p>", t->tp_name, (void *)o);
    }
    KR_DECREF(mod);
    return res;
}

KrObject *kr_object_repr(KrObject *o)
{
    if (!o) return kr_str_from_cstr("<NULL>");
    KrTypeObject *t = KR_TYPE(o);
    if (!t->tp_repr) return object_default_repr(o);
    if (kr_recursion_enter(" while getting the repr of an object")) return NULL;
    KrObject *res = t->tp_repr(o);
    kr_recursion_leave();
    if (res && !KR_STR_CHECK(res)) {
        kr_err_format(kr_exc_TypeError, "__repr__ returned non-string (type %s)",
                      KR_TYPE(res)->tp_name);
        KR_DECREF(res);
        return NULL;
    }
    return res;
}

KrObject *kr_object_str(KrObject *o)
{
    if (!o) return kr_str_from_cstr("<NULL>");
    if (KR_STR_CHECK_EXACT(o)) return kr_newref(o);
    KrTypeObject *t = KR_TYPE(o);
    if (!t->tp_str) return kr_object_repr(o);
    if (kr_recursion_enter(" while getting the str of an object")) return NULL;
    KrObject *res = t->tp_str(o);
    kr_recursion_leave();
    if (res && !KR_STR_CHECK(res)) {
        kr_err_format(kr_exc_TypeError, "__str__ returned non-string (type %s)",
                      KR_TYPE(res)->tp_name);
        KR_DECREF(res);
        return NULL;
    }
    return res;
}

KrObject *kr_object_ascii(KrObject *o)
{
    KrObject *r = kr_object_repr(o);
    if (!r || KR_STR_IS_ASCII(r)) return r;
    static const char hex[] = "0123456789abcdef";
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    ssize_t n = KR_STR_LEN(r);
    for (ssize_t i = 0; i < n; i++) {
        uint32_t ch = KR_STR_READ_CHAR(r, i);
        int ok;
        if (ch < 128) {
            ok = kr_strbuilder_append_char(&b, ch);
        } else {
            char buf[12];
            int len;
            if (ch < 0x100) { buf[0] = '\\'; buf[1] = 'x'; len = 2; }
            else if (ch < 0x10000) { buf[0] = '\\'; buf[1] = 'u'; len = 4; }
            else { buf[0] = '\\'; buf[1] = 'U'; len = 8; }
            for (int k = 0; k < len; k++) buf[2 + k] = hex[(ch >> (4 * (len - 1 - k))) & 15];
            ok = kr_strbuilder_append_ascii(&b, buf, 2 + len);
        }
        if (ok < 0) { kr_strbuilder_discard(&b); KR_DECREF(r); return NULL; }
    }
    KR_DECREF(r);
    return kr_strbuilder_finish(&b);
}

KrObject *kr_object_format(KrObject *o, KrObject *spec)
{
    KrObject *empty = NULL;
    if (spec == NULL || (KR_STR_CHECK(spec) && KR_STR_LEN(spec) == 0)) {
        if (KR_STR_CHECK_EXACT(o)) return kr_newref(o);
        if (KR_INT_CHECK_EXACT(o)) return kr_object_str(o);
    }
    if (!spec) {
        spec = empty = kr_str_from_cstr("");
        if (!spec) return NULL;
    }
    KrObject *meth = kr_object_lookup_special(o, KR_ID(__format__));
    if (!meth) {
        if (!kr_err_occurred())
            kr_err_format(kr_exc_TypeError, "Type %.100s doesn't define __format__",
                          KR_TYPE(o)->tp_name);
        KR_XDECREF(empty);
        return NULL;
    }
    KrObject *res = kr_object_call_one(meth, spec);
    KR_DECREF(meth);
    KR_XDECREF(empty);
    if (res && !KR_STR_CHECK(res)) {
        kr_err_format(kr_exc_TypeError, "__format__ must return a str, not %.200s",
                      KR_TYPE(res)->tp_name);
        KR_DECREF(res);
        return NULL;
    }
    return res;
}

/* ---------------------------------------------------------------------------
 * Hashing, comparison, truth
 * ------------------------------------------------------------------------ */

kr_hash_t kr_object_hash_not_implemented(KrObject *o)
{
    kr_err_format(kr_exc_TypeError, "unhashable type: '%.200s'", KR_TYPE(o)->tp_name);
    return -1;
}

kr_hash_t kr_object_hash(KrObject *o)
{
    KrTypeObject *t = KR_TYPE(o);
    if (t->tp_hash) return t->tp_hash(o);
    if (!(t->tp_flags & KR_TPFLAGS_READY)) {
        if (kr_type_ready(t) < 0) return -1;
        if (t->tp_hash) return t->tp_hash(o);
    }
    return kr_object_hash_not_implemented(o);
}

static const int swapped_op[] = { KR_GT, KR_GE, KR_EQ, KR_NE, KR_LT, KR_LE };
static const char *const opstrings[] = { "<", "<=", "==", "!=", ">", ">=" };

static KrObject *do_richcompare(KrObject *v, KrObject *w, int op)
{
    kr_richcmpfunc f;
    KrObject *res;
    int checked_reverse = 0;
    if (KR_TYPE(v) != KR_TYPE(w) && kr_type_is_subtype(KR_TYPE(w), KR_TYPE(v)) &&
        (f = KR_TYPE(w)->tp_richcompare) != NULL) {
        checked_reverse = 1;
        res = f(w, v, swapped_op[op]);
        if (res != KR_NOTIMPLEMENTED) return res;
        KR_DECREF(res);
    }
    if ((f = KR_TYPE(v)->tp_richcompare) != NULL) {
        res = f(v, w, op);
        if (res != KR_NOTIMPLEMENTED) return res;
        KR_DECREF(res);
    }
    if (!checked_reverse && (f = KR_TYPE(w)->tp_richcompare) != NULL) {
        res = f(w, v, swapped_op[op]);
        if (res != KR_NOTIMPLEMENTED) return res;
        KR_DECREF(res);
    }
    switch (op) {
    case KR_EQ: return kr_bool_from(v == w);
    case KR_NE: return kr_bool_from(v != w);
    default:
        return kr_err_format(kr_exc_TypeError,
                             "'%s' not supported between instances of '%.100s' and '%.100s'",
                             opstrings[op], KR_TYPE(v)->tp_name, KR_TYPE(w)->tp_name);
    }
}

KrObject *kr_object_richcompare(KrObject *a, KrObject *b, int op)
{
    if (kr_recursion_enter(" in comparison")) return NULL;
    KrObject *res = do_richcompare(a, b, op);
    kr_recursion_leave();
    return res;
}

int kr_object_richcompare_bool(KrObject *a, KrObject *b, int op)
{
    if (a == b) {
        if (op == KR_EQ) return 1;
        if (op == KR_NE) return 0;
    }
    KrObject *res = kr_object_richcompare(a, b, op);
    if (!res) return -1;
    int ok;
    if (res == KR_TRUE) ok = 1;
    else if (res == KR_FALSE) ok = 0;
    else ok = kr_object_is_true(res);
    KR_DECREF(res);
    return ok;
}

int kr_object_is_true(KrObject *o)
{
    if (o == KR_TRUE) return 1;
    if (o == KR_FALSE || o == KR_NONE) return 0;
    KrTypeObject *t = KR_TYPE(o);
    ssize_t res;
    if (t->tp_as_number && t->tp_as_number->nb_bool)
        return t->tp_as_number->nb_bool(o);
    if (t->tp_as_mapping && t->tp_as_mapping->mp_length)
        res = t->tp_as_mapping->mp_length(o);
    else if (t->tp_as_sequence && t->tp_as_sequence->sq_length)
        res = t->tp_as_sequence->sq_length(o);
    else
        return 1;
    return res > 0 ? 1 : (int)res;
}

int kr_object_not(KrObject *o)
{
    int r = kr_object_is_true(o);
    return r < 0 ? r : !r;
}

/* ---------------------------------------------------------------------------
 * Attributes
 * ------------------------------------------------------------------------ */

static KrObject *attr_name_error(KrObject *name)
{
    return kr_err_format(kr_exc_TypeError, "attribute name must be string, not '%.200s'",
                         KR_TYPE(name)->tp_name);
}

/* Raises AttributeError with CPython's message and sets its name/obj
 * attributes (used by the traceback printer's "Did you mean" hint). */
static void object_attr_error(KrObject *o, KrObject *name)
{
    kr_err_format(kr_exc_AttributeError, "'%.50s' object has no attribute '%U'",
                  KR_TYPE(o)->tp_name, name);
}

/* Records the object and name on an AttributeError raised by getattr, for
 * the "Did you mean" hint of tracebacks (as CPython 3.11). */
static void set_attribute_error_context(KrObject *o, KrObject *name)
{
    KrObject *exc = kr_err_peek();
    if (!exc || !KR_TYPE_CHECK_EXACT_OR_SUB(exc, (KrTypeObject *)kr_exc_AttributeError)) return;
    KrAttributeErrorObject *ae = (KrAttributeErrorObject *)exc;
    if (ae->name || ae->obj) return;
    ae->name = kr_newref(name);
    ae->obj = kr_newref(o);
}

KrObject *kr_object_getattr(KrObject *o, KrObject *name)
{
    if (!KR_STR_CHECK(name)) return attr_name_error(name);
    KrTypeObject *t = KR_TYPE(o);
    if (!t->tp_getattro) {
        if (kr_type_ready(t) < 0) return NULL;
        if (!t->tp_getattro) {
            object_attr_error(o, name);
            set_attribute_error_context(o, name);
            return NULL;
        }
    }
    KrObject *r = t->tp_getattro(o, name);
    if (!r) set_attribute_error_context(o, name);
    return r;
}

KrObject *kr_object_getattr_str(KrObject *o, const char *name)
{
    KrObject *n = kr_str_from_cstr(name);
    if (!n) return NULL;
    KrObject *r = kr_object_getattr(o, n);
    KR_DECREF(n);
    return r;
}

KrObject *kr_object_dict_slot_get(KrObject **slot)
{
    if (!*slot && !(*slot = kr_dict_new())) return NULL;
    return kr_newref(*slot);
}

int kr_object_dict_slot_set(KrObject **slot, KrObject *value, int allow_delete)
{
    if (!value && !allow_delete) {
        kr_err_set_string(kr_exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (value && !KR_DICT_CHECK(value)) {
        kr_err_format(kr_exc_TypeError, "__dict__ must be set to a dictionary, not a '%.200s'",
                      KR_TYPE(value)->tp_name);
        return -1;
    }
    KR_XINCREF(value);
    KR_SETREF(*slot, value);
    return 0;
}

KrObject **kr_object_dict_ptr(KrObject *o)
{
    KrTypeObject *t = KR_TYPE(o);
    ssize_t off = t->tp_dictoffset;
    if (off == 0) return NULL;
    if (KR_INSTANCE_HAS_VALUES(t)) {
        /* whoever asks for the dict slot gets a real dict (as CPython's
         * _PyObject_GetDictPtr); without memory for it, no slot */
        if (*KR_INSTANCE_VALUES_SLOT(o) && !kr_instance_materialize_dict(o)) {
            kr_err_clear();
            return NULL;
        }
        return KR_INSTANCE_DICT_SLOT(o);
    }
    if (off < 0) {
        ssize_t n = KR_SIZE(o);
        if (n < 0) n = -n;
        off += (ssize_t)object_var_size(t, n);
    }
    return (KrObject **)((char *)o + off);
}

/* The generic attribute lookup: data descriptors on the type, then the
 * instance dict, then non-data descriptors and plain class attributes.
 * With suppress set, a missing attribute returns NULL without an exception. */
static KrObject *generic_getattr_impl(KrObject *o, KrObject *name, int suppress)
{
    KrTypeObject *t = KR_TYPE(o);
    if (!KR_STR_CHECK(name)) return attr_name_error(name);
    if (!(t->tp_flags & KR_TPFLAGS_READY) && kr_type_ready(t) < 0) return NULL;
    /* hold the descriptor: the instance dict lookup below may run Python
     * code (__eq__ of a key) that deletes it from the class */
    KrObject *descr = kr_xnewref(kr_type_lookup(t, name));
    kr_descrgetfunc f = NULL;
    KrObject *res;
    if (descr) {
        f = KR_TYPE(descr)->tp_descr_get;
        if (f && KR_TYPE(descr)->tp_descr_set) {
            res = f(descr, o, (KrObject *)t);
            KR_DECREF(descr);
            if (!res && suppress && kr_err_matches(kr_exc_AttributeError)) kr_err_clear();
            return res;
        }
    }
    if (KR_INSTANCE_HAS_VALUES(t) && *KR_INSTANCE_VALUES_SLOT(o) && KR_STR_CHECK_EXACT(name)) {
        res = kr_instance_get_attr_borrow(o, name);
        if (res) {
            KR_INCREF(res);
            KR_XDECREF(descr);
            return res;
        }
    } else if (t->tp_dictoffset) {
        /* a str subclass name needs a real dict lookup (its __hash__ and
         * __eq__ count): kr_object_dict_ptr makes the dict, as CPython */
        KrObject **dp = kr_object_dict_ptr(o);
        if (dp && *dp) {
            KrObject *d = *dp;
            KR_INCREF(d);
            res = kr_dict_get_item_borrow(d, name);
            if (res) {
                KR_INCREF(res);
                KR_DECREF(d);
                KR_XDECREF(descr);
                return res;
            }
            KR_DECREF(d);
            if (kr_err_occurred()) {
                KR_XDECREF(descr);
                return NULL;
            }
        }
    }
    if (f) {
        res = f(descr, o, (KrObject *)t);
        KR_DECREF(descr);
        if (!res && suppress && kr_err_matches(kr_exc_AttributeError)) kr_err_clear();
        return res;
    }
    if (descr) return descr;
    if (!suppress) object_attr_error(o, name);
    return NULL;
}

KrObject *kr_object_generic_getattr(KrObject *o, KrObject *name)
{
    return generic_getattr_impl(o, name, 0);
}

int kr_object_lookup_attr(KrObject *o, KrObject *name, KrObject **result)
{
    KrTypeObject *t = KR_TYPE(o);
    if (!KR_STR_CHECK(name)) {
        *result = NULL;
        attr_name_error(name);
        return -1;
    }
    if (t->tp_getattro == kr_object_generic_getattr) {
        *result = generic_getattr_impl(o, name, 1);
        if (*result) return 1;
        return kr_err_occurred() ? -1 : 0;
    }
    if (t->tp_getattro == kr_type_type.tp_getattro) {
        *result = kr_type_getattro_maybe(o, name);
        if (*result) return 1;
        if (!kr_err_occurred()) return 0;
        if (kr_err_matches(kr_exc_AttributeError)) {
            kr_err_clear();
            return 0;
        }
        return -1;
    }
    *result = kr_object_getattr(o, name);
    if (*result) return 1;
    if (kr_err_matches(kr_exc_AttributeError)) {
        kr_err_clear();
        return 0;
    }
    return -1;
}

int kr_object_hasattr(KrObject *o, KrObject *name)
{
    KrObject *r;
    int ok = kr_object_lookup_attr(o, name, &r);
    if (ok < 0) { kr_err_clear(); return 0; }
    KR_XDECREF(r);
    return ok;
}

int kr_object_setattr(KrObject *o, KrObject *name, KrObject *value)
{
    if (!KR_STR_CHECK(name)) {
        attr_name_error(name);
        return -1;
    }
    KrTypeObject *t = KR_TYPE(o);
    if (!t->tp_setattro && !(t->tp_flags & KR_TPFLAGS_READY) && kr_type_ready(t) < 0)
        return -1;
    if (t->tp_setattro) {
        int r;
        if (KR_STR_CHECK_EXACT(name) && !((KrStrObject *)name)->interned) {
            KR_INCREF(name);
            kr_str_intern_in_place(&name);
            r = t->tp_setattro(o, name, value);
            KR_DECREF(name);
        } else {
            r = t->tp_setattro(o, name, value);
        }
        return r;
    }
    if (!t->tp_getattro)
        kr_err_format(kr_exc_TypeError, "'%.100s' object has no attributes (%s .%U)",
                      t->tp_name, value ? "assign to" : "del", name);
    else
        kr_err_format(kr_exc_TypeError, "'%.100s' object has only read-only attributes (%s .%U)",
                      t->tp_name, value ? "assign to" : "del", name);
    return -1;
}

int kr_object_setattr_str(KrObject *o, const char *name, KrObject *value)
{
    KrObject *n = kr_str_intern_cstr(name);
    if (!n) return -1;
    int r = kr_object_setattr(o, n, value);
    KR_DECREF(n);
    return r;
}

int kr_object_delattr(KrObject *o, KrObject *name) { return kr_object_setattr(o, name, NULL); }

int kr_object_generic_setattr(KrObject *o, KrObject *name, KrObject *value)
{
    KrTypeObject *t = KR_TYPE(o);
    if (!KR_STR_CHECK(name)) {
        attr_name_error(name);
        return -1;
    }
    if (!(t->tp_flags & KR_TPFLAGS_READY) && kr_type_ready(t) < 0) return -1;
    KrObject *descr = kr_type_lookup(t, name);
    if (descr) {
        kr_descrsetfunc f = KR_TYPE(descr)->tp_descr_set;
        if (f) {
            KR_INCREF(descr);
            int r = f(descr, o, value);
            KR_DECREF(descr);
            return r;
        }
    }
    if (KR_INSTANCE_HAS_VALUES(t)) {
        int r = kr_instance_set_attr(o, name, value);
        if (r > 0) {
            object_attr_error(o, name);
            return -1;
        }
        return r;
    }
    KrObject **dp = kr_object_dict_ptr(o);
    if (!dp) {
        if (descr)
            kr_err_format(kr_exc_AttributeError, "'%.50s' object attribute '%U' is read-only",
                          t->tp_name, name);
        else
            object_attr_error(o, name);
        return -1;
    }
    if (!*dp) {
        if (!value) {
            object_attr_error(o, name);
            return -1;
        }
        *dp = kr_dict_new();
        if (!*dp) return -1;
    }
    KrObject *d = *dp;
    KR_INCREF(d);
    int r;
    if (value) {
        r = kr_dict_set_item(d, name, value);
    } else {
        r = kr_dict_del_item(d, name);
        if (r < 0 && kr_err_matches(kr_exc_KeyError)) {
            kr_err_clear();
            object_attr_error(o, name);
        }
    }
    KR_DECREF(d);
    return r;
}

KrObject *kr_object_lookup_special_borrow(KrObject *o, KrObject *name)
{
    return kr_type_lookup(KR_TYPE(o), name);
}

KrObject *kr_object_lookup_special(KrObject *o, KrObject *name)
{
    KrObject *descr = kr_type_lookup(KR_TYPE(o), name);
    if (!descr) return NULL;
    kr_descrgetfunc f = KR_TYPE(descr)->tp_descr_get;
    if (!f) return kr_newref(descr);
    KR_INCREF(descr);
    KrObject *r = f(descr, o, (KrObject *)KR_TYPE(o));
    KR_DECREF(descr);
    return r;
}

int kr_object_get_method(KrObject *obj, KrObject *name, KrObject **method)
{
    KrTypeObject *t = KR_TYPE(obj);
    *method = NULL;
    if (t->tp_getattro != kr_object_generic_getattr || !KR_STR_CHECK(name)) {
        *method = kr_object_getattr(obj, name);
        return *method ? 0 : -1;
    }
    if (!(t->tp_flags & KR_TPFLAGS_READY) && kr_type_ready(t) < 0) return -1;
    KrObject *descr = kr_type_lookup(t, name);
    kr_descrgetfunc f = NULL;
    int meth_found = 0;
    if (descr) {
        KR_INCREF(descr);
        if (KR_TYPE_HAS_FLAG(KR_TYPE(descr), KR_TPFLAGS_METHOD_DESCRIPTOR)) {
            meth_found = 1;
        } else {
            f = KR_TYPE(descr)->tp_descr_get;
            if (f && KR_TYPE(descr)->tp_descr_set) {
                *method = f(descr, obj, (KrObject *)t);
                KR_DECREF(descr);
                return *method ? 0 : -1;
            }
        }
    }
    if (KR_INSTANCE_HAS_VALUES(t) && *KR_INSTANCE_VALUES_SLOT(obj) && KR_STR_CHECK_EXACT(name)) {
        KrObject *attr = kr_instance_get_attr_borrow(obj, name);
        if (attr) {
            *method = kr_newref(attr);
            KR_XDECREF(descr);
            return 0;
        }
    } else if (t->tp_dictoffset) {
        KrObject **dp = kr_object_dict_ptr(obj);
        if (dp && *dp) {
            KrObject *d = *dp;
            KR_INCREF(d);
            KrObject *attr = kr_dict_get_item_borrow(d, name);
            if (attr) {
                *method = kr_newref(attr);
                KR_DECREF(d);
                KR_XDECREF(descr);
                return 0;
            }
            KR_DECREF(d);
            if (kr_err_occurred()) {
                KR_XDECREF(descr);
                return -1;
            }
        }
    }
    if (meth_found) {
        *method = descr;
        return 1;
    }
    if (f) {
        *method = f(descr, obj, (KrObject *)t);
        KR_DECREF(descr);
        return *method ? 0 : -1;
    }
    if (descr) {
        *method = descr;
        return 0;
    }
    object_attr_error(obj, name);
    return -1;
}

/* ---------------------------------------------------------------------------
 * dir()
 * ------------------------------------------------------------------------ */

KrObject *kr_object_dir(KrObject *o)
{
    KrObject *meth = kr_object_lookup_special(o, KR_ID(__dir__));
    if (!meth) {
        if (!kr_err_occurred())
            kr_err_set_string(kr_exc_TypeError, "object does not provide __dir__");
        return NULL;
    }
    KrObject *res = kr_object_call_noargs(meth);
    KR_DECREF(meth);
    if (!res) return NULL;
    KrObject *list = kr_sequence_list(res);
    KR_DECREF(res);
    if (!list) return NULL;
    if (kr_list_sort(list) < 0) {
        KR_DECREF(list);
        return NULL;
    }
    return list;
}

/* Adds the keys of cls.__dict__ and, recursively, of its bases to dict. */
static int merge_class_dict(KrObject *dict, KrObject *cls)
{
    KrObject *cd;
    int r = kr_object_lookup_attr(cls, KR_ID(__dict__), &cd);
    if (r < 0) return -1;
    if (cd) {
        r = kr_dict_merge(dict, cd, 1);
        if (r < 0 && kr_err_matches(kr_exc_AttributeError)) {
            kr_err_clear();
            r = 0;
        }
        KR_DECREF(cd);
        if (r < 0) return -1;
    }
    KrObject *bases;
    r = kr_object_lookup_attr(cls, KR_ID(__bases__), &bases);
    if (r < 0) return -1;
    if (!bases) return 0;
    KrObject *fast = kr_sequence_fast(bases, "");
    KR_DECREF(bases);
    if (!fast) {
        kr_err_clear();
        return 0;
    }
    ssize_t n = KR_SEQUENCE_FAST_SIZE(fast);
    for (ssize_t i = 0; i < n; i++) {
        if (merge_class_dict(dict, KR_SEQUENCE_FAST_ITEMS(fast)[i]) < 0) {
            KR_DECREF(fast);
            return -1;
        }
    }
    KR_DECREF(fast);
    return 0;
}

/* type.__dir__ lives in type.c; it uses this helper too. */
KrObject *kr_object_type_dir(KrObject *cls)
{
    KrObject *dict = kr_dict_new();
    if (!dict) return NULL;
    if (merge_class_dict(dict, cls) < 0) {
        KR_DECREF(dict);
        return NULL;
    }
    KrObject *res = kr_dict_keys(dict);
    KR_DECREF(dict);
    return res;
}

static KrObject *object___dir__(KrObject *self, KrObject *unused)
{
    KrObject *dict = NULL, *itsclass = NULL, *res = NULL;
    if (kr_object_lookup_attr(self, KR_ID(__dict__), &dict) < 0) return NULL;
    if (!dict || !KR_DICT_CHECK(dict)) {
        KR_XDECREF(dict);
        dict = kr_dict_new();
    } else {
        KrObject *copy = kr_dict_copy(dict);
        KR_DECREF(dict);
        dict = copy;
    }
    if (!dict) return NULL;
    if (kr_object_lookup_attr(self, KR_ID(__class__), &itsclass) < 0) goto done;
    if (itsclass && merge_class_dict(dict, itsclass) < 0) goto done;
    res = kr_dict_keys(dict);
done:
    KR_XDECREF(itsclass);
    KR_DECREF(dict);
    return res;
}

/* ---------------------------------------------------------------------------
 * The `object` type
 * ------------------------------------------------------------------------ */

static KrObject *object_repr(KrObject *self) { return object_default_repr(self); }

static KrObject *object_str(KrObject *self)
{
    KrTypeObject *t = KR_TYPE(self);
    kr_reprfunc f = t->tp_repr ? t->tp_repr : object_repr;
    return f(self);
}

static kr_hash_t object_hash(KrObject *self) { return kr_hash_pointer(self); }

static KrObject *object_richcompare(KrObject *self, KrObject *other, int op)
{
    switch (op) {
    case KR_EQ:
        return kr_newref(self == other ? KR_TRUE : KR_NOTIMPLEMENTED);
    case KR_NE: {
        /* By default, __ne__ delegates to __eq__ and inverts the result,
         * unless the latter returns NotImplemented. */
        kr_richcmpfunc f = KR_TYPE(self)->tp_richcompare;
        if (!f) KR_RETURN_NOTIMPLEMENTED;
        KrObject *res = f(self, other, KR_EQ);
        if (res && res != KR_NOTIMPLEMENTED) {
            int ok = kr_object_is_true(res);
            KR_DECREF(res);
            if (ok < 0) return NULL;
            return kr_bool_from(!ok);
        }
        return res;
    }
    default:
        KR_RETURN_NOTIMPLEMENTED;
    }
}

static int excess_args(KrObject *args, KrObject *kwds)
{
    return (args && KR_SIZE(args) > 0) || (kwds && KR_DICT_CHECK(kwds) && kr_dict_size(kwds) > 0);
}

static int object_init(KrObject *self, KrObject *args, KrObject *kwds);
static KrObject *object_new(KrTypeObject *type, KrObject *args, KrObject *kwds);

static int object_init(KrObject *self, KrObject *args, KrObject *kwds)
{
    KrTypeObject *t = KR_TYPE(self);
    if (excess_args(args, kwds)) {
        if (t->tp_init != object_init) {
            kr_err_set_string(kr_exc_TypeError,
                              "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (t->tp_new == object_new) {
            kr_err_format(kr_exc_TypeError,
                          "%.200s.__init__() takes exactly one argument (the instance to initialize)",
                          t->tp_name);
            return -1;
        }
    }
    return 0;
}

static KrObject *abstract_instantiation_error(KrTypeObject *type)
{
    KrObject *abstract = kr_object_getattr_str((KrObject *)type, "__abstractmethods__");
    if (!abstract) return NULL;
    KrObject *sorted = kr_sequence_list(abstract);
    KR_DECREF(abstract);
    if (!sorted) return NULL;
    if (kr_list_sort(sorted) < 0) { KR_DECREF(sorted); return NULL; }
    KrObject *sep = kr_str_from_cstr(", ");
    KrObject *joined = sep ? kr_str_join(sep, sorted) : NULL;
    KR_XDECREF(sep);
    ssize_t n = KR_SIZE(sorted);
    KR_DECREF(sorted);
    if (!joined) return NULL;
    kr_err_format(kr_exc_TypeError,
                  "Can't instantiate abstract class %s with abstract method%s %U",
                  type->tp_name, n > 1 ? "s" : "", joined);
    KR_DECREF(joined);
    return NULL;
}

static KrObject *object_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if (excess_args(args, kwds)) {
        if (type->tp_new != object_new)
            return kr_err_format(kr_exc_TypeError,
                                 "object.__new__() takes exactly one argument (the type to instantiate)");
        if (type->tp_init == object_init)
            return kr_err_format(kr_exc_TypeError, "%.200s() takes no arguments", type->tp_name);
    }
    if (type->tp_flags & KR_TPFLAGS_IS_ABSTRACT) return abstract_instantiation_error(type);
    if (KR_INSTANCE_HAS_VALUES(type)) return kr_instance_new(type);
    return type->tp_alloc(type, 0);
}

static void object_dealloc(KrObject *self) { KR_TYPE(self)->tp_free(self); }

static KrObject *object_get_class(KrObject *self, void *closure)
{
    return kr_newref(KR_TYPE(self));
}


static int object_set_class(KrObject *self, KrObject *value, void *closure)
{
    if (!value) {
        kr_err_set_string(kr_exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!KR_TYPE_CHECK(value)) {
        kr_err_format(kr_exc_TypeError, "__class__ must be set to a class, not '%s' object",
                      KR_TYPE(value)->tp_name);
        return -1;
    }
    KrTypeObject *newto = (KrTypeObject *)value, *oldto = KR_TYPE(self);
    if (!(kr_type_is_subtype(newto, &kr_module_type) && kr_type_is_subtype(oldto, &kr_module_type)) &&
        (KR_TYPE_HAS_FLAG(newto, KR_TPFLAGS_IMMUTABLETYPE) ||
         KR_TYPE_HAS_FLAG(oldto, KR_TPFLAGS_IMMUTABLETYPE))) {
        kr_err_set_string(kr_exc_TypeError,
                          "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (!kr_type_compatible_for_assignment(oldto, newto, "__class__")) return -1;
    /* the values block is indexed by the old class's names: make it a dict */
    if (KR_INSTANCE_HAS_VALUES(oldto) && *KR_INSTANCE_VALUES_SLOT(self) &&
        !kr_instance_materialize_dict(self))
        return -1;
    if (newto->tp_flags & KR_TPFLAGS_HEAPTYPE) KR_INCREF(newto);
    self->ob_type = newto;
    if (oldto->tp_flags & KR_TPFLAGS_HEAPTYPE) KR_DECREF(oldto);
    return 0;
}

static KrObject *object___format__(KrObject *self, KrObject *spec)
{
    if (!KR_STR_CHECK(spec))
        return kr_err_format(kr_exc_TypeError, "__format__() argument must be str, not %.200s",
                             spec == KR_NONE ? "None" : KR_TYPE(spec)->tp_name);
    if (KR_STR_LEN(spec) > 0)
        return kr_err_format(kr_exc_TypeError, "unsupported format string passed to %.200s.__format__",
                             KR_TYPE(self)->tp_name);
    return kr_object_str(self);
}

static KrObject *object___sizeof__(KrObject *self, KrObject *unused)
{
    KrTypeObject *t = KR_TYPE(self);
    ssize_t size = t->tp_basicsize;
    if (t->tp_itemsize) {
        ssize_t n = KR_SIZE(self);
        if (n < 0) n = -n;
        size += n * t->tp_itemsize;
    }
    return kr_int_from_ssize(size);
}

static KrObject *object___init_subclass__(KrObject *cls, KrObject *unused)
{
    KR_RETURN_NONE;
}

static KrObject *object___subclasshook__(KrObject *cls, KrObject *const *args, ssize_t nargs)
{
    KR_RETURN_NOTIMPLEMENTED;
}

/* ---------------------------------------------------------------------------
 * Pickling support: __reduce_ex__, __reduce__, __getstate__ (as CPython's
 * typeobject.c; copyreg does the protocol 0/1 work).
 * ------------------------------------------------------------------------ */

static KrObject *import_copyreg(void)
{
    KrObject *builtins = kr_tstate_get()->interp->builtins;
    KrObject *imp = builtins ? kr_dict_get_item_borrow(builtins, KR_ID(__import__)) : NULL;
    if (!imp) {
        if (!kr_err_occurred()) kr_err_set_string(kr_exc_ImportError, "__import__ not found");
        return NULL;
    }
    KrObject *name = kr_str_from_cstr("copyreg");
    if (!name) return NULL;
    KrObject *m = kr_object_call_one(imp, name);
    KR_DECREF(name);
    return m;
}

static KrObject *object_getstate_default(KrObject *obj, int required)
{
    KrTypeObject *t = KR_TYPE(obj);
    if (required && t->tp_itemsize)
        return kr_err_format(kr_exc_TypeError, "cannot pickle %.200s objects", t->tp_name);
    KrObject *state;
    KrObject **dp;
    /* an instance without attributes gives None and keeps its values */
    if (KR_INSTANCE_HAS_VALUES(t) && kr_instance_attr_count(obj) == 0) dp = NULL;
    else dp = kr_object_dict_ptr(obj);
    /* the instance dict itself, not a copy (CPython 3.11) */
    if (dp && *dp && kr_dict_size(*dp)) state = kr_newref(*dp);
    else state = kr_newref(KR_NONE);
    if (!state) return NULL;
    KrObject *copyreg = import_copyreg();
    KrObject *slotnames = copyreg ? kr_object_call_method_str(copyreg, "_slotnames", (KrObject *const *)&t, 1) : NULL;
    KR_XDECREF(copyreg);
    if (!slotnames) goto fail;
    if (slotnames != KR_NONE && !KR_LIST_CHECK(slotnames)) {
        kr_err_set_string(kr_exc_TypeError, "copyreg._slotnames didn't return a list or None");
        goto fail;
    }
    if (required) {
        ssize_t basicsize = kr_object_type.tp_basicsize;
        if (t->tp_dictoffset) basicsize += sizeof(KrObject *);
        if (KR_INSTANCE_HAS_VALUES(t)) basicsize += sizeof(KrObject *);   /* the values word */
        if (t->tp_weaklistoffset) basicsize += sizeof(KrObject *);
        if (slotnames != KR_NONE) basicsize += (ssize_t)sizeof(KrObject *) * KR_SIZE(slotnames);
        if (t->tp_basicsize > basicsize) {
            kr_err_format(kr_exc_TypeError, "cannot pickle '%.200s' object", t->tp_name);
            goto fail;
        }
    }
    if (slotnames != KR_NONE && KR_SIZE(slotnames) > 0) {
        KrObject *slots = kr_dict_new();
        if (!slots) goto fail;
        for (ssize_t i = 0; i < KR_SIZE(slotnames); i++) {
            /* the name may leave the list while __getattr__ runs */
            KrObject *name = kr_newref(KR_LIST_GET(slotnames, i)), *value;
            int r = kr_object_lookup_attr(obj, name, &value);
            if (r < 0 || (r > 0 && kr_dict_set_item_steal(slots, name, value) < 0)) {
                KR_DECREF(name);
                KR_DECREF(slots);
                goto fail;
            }
            KR_DECREF(name);
        }
        if (kr_dict_size(slots) > 0) {
            KrObject *pair = kr_tuple_pack(2, state, slots);
            KR_DECREF(slots);
            if (!pair) goto fail;
            KR_SETREF(state, pair);
        } else {
            KR_DECREF(slots);
        }
    }
    KR_DECREF(slotnames);
    return state;
fail:
    KR_XDECREF(slotnames);
    KR_DECREF(state);
    return NULL;
}

static KrObject *object___getstate__(KrObject *self, KrObject *unused)
{
    return object_getstate_default(self, 0);
}

static KrObject *object_getstate(KrObject *obj, int required)
{
    KrObject *getstate = kr_object_getattr_str(obj, "__getstate__");
    if (!getstate) return NULL;
    KrObject *res;
    if (KR_TYPE(getstate) == &kr_cfunction_type && ((KrCFunctionObject *)getstate)->m_self == obj &&
        ((KrCFunctionObject *)getstate)->m_ml->ml_meth == (void *)object___getstate__)
        res = object_getstate_default(obj, required);
    else
        res = kr_object_call_noargs(getstate);
    KR_DECREF(getstate);
    return res;
}

static KrObject *reduce_newobj(KrObject *obj)
{
    KrTypeObject *t = KR_TYPE(obj);
    KrObject *args = NULL, *kwargs = NULL, *copyreg = NULL, *newobj = NULL, *newargs = NULL;
    KrObject *state = NULL, *listitems = NULL, *dictitems = NULL, *res = NULL;
    if (!t->tp_new) return kr_err_format(kr_exc_TypeError, "cannot pickle '%.200s' object", t->tp_name);
    KrObject *gn = kr_object_lookup_special(obj, KR_ID(__getnewargs_ex__));
    if (gn) {
        KrObject *r = kr_object_call_noargs(gn);
        KR_DECREF(gn);
        if (!r) return NULL;
        if (!KR_TUPLE_CHECK(r) || KR_SIZE(r) != 2) {
            if (!KR_TUPLE_CHECK(r))
                kr_err_format(kr_exc_TypeError, "__getnewargs_ex__ should return a tuple, not '%.200s'", KR_TYPE(r)->tp_name);
            else
                kr_err_format(kr_exc_ValueError, "__getnewargs_ex__ should return a tuple of length 2, not %zd", KR_SIZE(r));
            KR_DECREF(r);
            return NULL;
        }
        args = kr_newref(KR_TUPLE_GET(r, 0));
        kwargs = kr_newref(KR_TUPLE_GET(r, 1));
        KR_DECREF(r);
        if (!KR_TUPLE_CHECK(args) || !KR_DICT_CHECK(kwargs)) {
            kr_err_format(kr_exc_TypeError, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%.200s'",
                          KR_TYPE(args)->tp_name);
            goto done;
        }
    } else if (kr_err_occurred()) {
        return NULL;
    } else {
        gn = kr_object_lookup_special(obj, KR_ID(__getnewargs__));
        if (gn) {
            args = kr_object_call_noargs(gn);
            KR_DECREF(gn);
            if (!args) return NULL;
            if (!KR_TUPLE_CHECK(args)) {
                kr_err_format(kr_exc_TypeError, "__getnewargs__ should return a tuple, not '%.200s'", KR_TYPE(args)->tp_name);
                goto done;
            }
        } else if (kr_err_occurred()) {
            return NULL;
        }
    }
    int hasargs = args != NULL;
    copyreg = import_copyreg();
    if (!copyreg) goto done;
    if (!kwargs || kr_dict_size(kwargs) == 0) {
        newobj = kr_object_getattr_str(copyreg, "__newobj__");
        ssize_t n = args ? KR_SIZE(args) : 0;
        newargs = newobj ? kr_tuple_new(n + 1) : NULL;
        if (!newargs) goto done;
        KR_TUPLE_SET_STEAL(newargs, 0, kr_newref(t));
        for (ssize_t i = 0; i < n; i++) KR_TUPLE_SET_STEAL(newargs, i + 1, kr_newref(KR_TUPLE_GET(args, i)));
    } else {
        newobj = kr_object_getattr_str(copyreg, "__newobj_ex__");
        newargs = newobj ? kr_tuple_pack(3, (KrObject *)t, args, kwargs) : NULL;
        if (!newargs) goto done;
    }
    state = object_getstate(obj, !(hasargs || KR_LIST_CHECK(obj) || KR_DICT_CHECK(obj)));
    if (!state) goto done;
    if (KR_LIST_CHECK(obj)) listitems = kr_object_get_iter(obj);
    else listitems = kr_newref(KR_NONE);
    if (!listitems) goto done;
    if (KR_DICT_CHECK(obj)) {
        KrObject *items = kr_object_call_method_str(obj, "items", NULL, 0);
        dictitems = items ? kr_object_get_iter(items) : NULL;
        KR_XDECREF(items);
    } else {
        dictitems = kr_newref(KR_NONE);
    }
    if (!dictitems) goto done;
    res = kr_tuple_pack(5, newobj, newargs, state, listitems, dictitems);
done:
    KR_XDECREF(args);
    KR_XDECREF(kwargs);
    KR_XDECREF(copyreg);
    KR_XDECREF(newobj);
    KR_XDECREF(newargs);
    KR_XDECREF(state);
    KR_XDECREF(listitems);
    KR_XDECREF(dictitems);
    return res;
}

static KrObject *common_reduce(KrObject *self, long proto)
{
    if (proto >= 2) return reduce_newobj(self);
    KrObject *copyreg = import_copyreg();
    if (!copyreg) return NULL;
    KrObject *pr = kr_int_from_i64(proto);
    KrObject *res = NULL;
    if (pr) {
        KrObject *args[2] = { self, pr };
        res = kr_object_call_method_str(copyreg, "_reduce_ex", args, 2);
        KR_DECREF(pr);
    }
    KR_DECREF(copyreg);
    return res;
}

static KrObject *object___reduce__(KrObject *self, KrObject *unused) { return common_reduce(self, 0); }

static KrObject *object___reduce_ex__(KrObject *self, KrObject *arg)
{
    long proto = (long)kr_number_as_ssize(arg, NULL);
    if (proto == -1 && kr_err_occurred()) return NULL;
    /* A class overriding __reduce__ wins (as CPython's object___reduce_ex__). */
    KrObject *cls_reduce = kr_type_lookup_str(KR_TYPE(self), "__reduce__");
    KrObject *obj_reduce = kr_type_lookup_str(&kr_object_type, "__reduce__");
    if (cls_reduce && cls_reduce != obj_reduce) return kr_object_call_method_str(self, "__reduce__", NULL, 0);
    return common_reduce(self, proto);
}

static KrMethodDef object_methods[] = {
    { "__reduce_ex__", (void *)object___reduce_ex__, KR_METH_O, "Helper for pickle." },
    { "__reduce__", (void *)object___reduce__, KR_METH_NOARGS, "Helper for pickle." },
    { "__getstate__", (void *)object___getstate__, KR_METH_NOARGS, "Helper for pickle." },
    { "__subclasshook__", (void *)object___subclasshook__, KR_METH_CLASS | KR_METH_FASTCALL,
      "Abstract classes can override this to customize issubclass()." },
    { "__init_subclass__", (void *)object___init_subclass__,
      KR_METH_CLASS | KR_METH_NOARGS,
      "This method is called when a class is subclassed." },
    { "__format__", (void *)object___format__, KR_METH_O, "Default object formatter." },
    { "__sizeof__", (void *)object___sizeof__, KR_METH_NOARGS, "Size of object in memory, in bytes." },
    { "__dir__", (void *)object___dir__, KR_METH_NOARGS, "Default dir() implementation." },
    { NULL, NULL, 0, NULL },
};

static KrGetSetDef object_getsets[] = {
    { "__class__", object_get_class, object_set_class, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrTypeObject kr_object_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "object",
    .tp_basicsize = sizeof(KrObject),
    .tp_dealloc = object_dealloc,
    .tp_repr = object_repr,
    .tp_hash = object_hash,
    .tp_str = object_str,
    .tp_getattro = kr_object_generic_getattr,
    .tp_setattro = kr_object_generic_setattr,
    .tp_flags = KR_TPFLAGS_BASETYPE,
    .tp_doc = "The base class of the class hierarchy.\n\n"
              "When called, it accepts no arguments and returns a new featureless\n"
              "instance that has no instance attributes and cannot be given any.\n",
    .tp_richcompare = object_richcompare,
    .tp_methods = object_methods,
    .tp_getset = object_getsets,
    .tp_init = object_init,
    .tp_alloc = kr_type_generic_alloc,
    .tp_new = object_new,
    .tp_free = kr_object_free,
};

/* Generic getattr that returns NULL without an exception when the
 * attribute is simply missing (for __getattr__ hooks and hasattr). */
KrObject *kr_object_generic_getattr_maybe(KrObject *o, KrObject *name)
{
    return generic_getattr_impl(o, name, 1);
}
