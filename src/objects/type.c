/* type.c — the `type` type: readying static types (kr_type_ready), the MRO,
 * attribute lookup with the method cache, type attributes (__name__,
 * __bases__, __dict__ ...), instances of classes (subtype dealloc/traverse)
 * and the bootstrap of the fundamental types (kr_types_init).
 * Class creation is in type_new.c, the slot <-> dunder table in type_slots.c. */
#include "type.h"
#include "abstract.h"
#include "call.h"
#include "descr.h"
#include "cfunction.h"
#include "method.h"
#include "none.h"
#include "property.h"
#include "super.h"
#include "union.h"
#include "module.h"
#include "str.h"
#include "int.h"
#include "float.h"
#include "dict.h"
#include "list.h"
#include "tuple.h"
#include "set.h"
#include "bytes.h"
#include "slice.h"
#include "cell.h"
#include "function.h"
#include "code.h"
#include "hash.h"
#include "ids.h"
#include "../memory/mem.h"
#include "../memory/gc.h"
#include "trashcan.h"
#include "instance_values.h"
#include "../vm/err.h"
#include "../vm/state.h"

#include <string.h>

/* ---------------------------------------------------------------------------
 * Names
 * ------------------------------------------------------------------------ */

static const char *type_short_name(KrTypeObject *t)
{
    const char *s = strrchr(t->tp_name, '.');
    return s ? s + 1 : t->tp_name;
}

KrObject *kr_type_get_name(KrTypeObject *t)
{
    if (t->tp_flags & KR_TPFLAGS_HEAPTYPE) return kr_newref(((KrHeapTypeObject *)t)->ht_name);
    return kr_str_from_cstr(type_short_name(t));
}

KrObject *kr_type_get_qualname(KrTypeObject *t)
{
    if (t->tp_flags & KR_TPFLAGS_HEAPTYPE) return kr_newref(((KrHeapTypeObject *)t)->ht_qualname);
    return kr_str_from_cstr(type_short_name(t));
}

KrObject *kr_type_get_module(KrTypeObject *t)
{
    if (t->tp_flags & KR_TPFLAGS_HEAPTYPE) {
        KrObject *mod = t->tp_dict ? kr_dict_get_item_borrow(t->tp_dict, KR_ID(__module__)) : NULL;
        if (!mod) {
            if (kr_err_occurred()) return NULL;
            return kr_err_format(kr_exc_AttributeError, "__module__");
        }
        return kr_newref(mod);
    }
    const char *s = strrchr(t->tp_name, '.');
    if (s) return kr_str_from_utf8(t->tp_name, s - t->tp_name);
    return kr_str_intern_cstr("builtins");
}

/* ---------------------------------------------------------------------------
 * Subtype test and the method cache
 * ------------------------------------------------------------------------ */

int kr_type_is_subtype(KrTypeObject *a, KrTypeObject *b)
{
    if (a == b) return 1;
    KrObject *mro = a->tp_mro;
    if (mro) {
        ssize_t n = KR_SIZE(mro);
        KrObject **items = KR_TUPLE_ITEMS(mro);
        for (ssize_t i = 0; i < n; i++)
            if (items[i] == (KrObject *)b) return 1;
        return 0;
    }
    /* not ready yet: follow tp_base */
    do {
        if (a == b) return 1;
        a = a->tp_base;
    } while (a);
    return b == &kr_object_type;
}

#define MCACHE_SIZE_EXP 12
#define MCACHE_SIZE (1 << MCACHE_SIZE_EXP)
typedef struct {
    unsigned int version;
    KrObject *name;           /* owned */
    KrObject *value;          /* borrowed */
} MCacheEntry;
static MCacheEntry method_cache[MCACHE_SIZE];
static unsigned int next_version_tag = 1;

static inline unsigned int mcache_index(unsigned int version, KrObject *name)
{
    uintptr_t h = ((uintptr_t)name >> 4) ^ ((uintptr_t)name >> 14);
    return (unsigned int)((version * 2654435761u) ^ h) & (MCACHE_SIZE - 1);
}

void kr_type_clear_cache(void)
{
    for (unsigned int i = 0; i < MCACHE_SIZE; i++) {
        method_cache[i].version = 0;
        method_cache[i].value = NULL;
        KR_CLEAR(method_cache[i].name);
    }
}

static void assign_version_tag(KrTypeObject *t)
{
    if (next_version_tag == 0) { /* wrapped around: stop caching */
        t->tp_version_tag = 0;
        return;
    }
    t->tp_version_tag = next_version_tag++;
}

static KrObject *find_name_in_mro(KrTypeObject *t, KrObject *name)
{
    KrObject *mro = t->tp_mro;
    if (!mro) {
        if (t->tp_flags & KR_TPFLAGS_READYING) {
            /* while readying: look in the type's own dict and tp_base chain */
            for (KrTypeObject *b = t; b; b = b->tp_base) {
                if (!b->tp_dict) continue;
                KrObject *r = kr_dict_get_item_borrow(b->tp_dict, name);
                if (r) return r;
            }
            if (kr_err_occurred()) kr_err_clear();
            return NULL;
        }
        KrObject *exc = kr_err_fetch();
        int ok = kr_type_ready(t);
        if (ok < 0) kr_err_clear();
        kr_err_restore(exc);
        mro = t->tp_mro;
        if (!mro) return NULL;
    }
    /* keep the MRO alive: a key's __eq__ may assign __bases__ meanwhile */
    KR_INCREF(mro);
    ssize_t n = KR_SIZE(mro);
    KrObject **items = KR_TUPLE_ITEMS(mro);
    KrObject *res = NULL;
    for (ssize_t i = 0; i < n; i++) {
        KrObject *d = ((KrTypeObject *)items[i])->tp_dict;
        if (!d) continue;
        res = kr_dict_get_item_borrow(d, name);
        if (res) break;
        if (kr_err_occurred()) {
            kr_err_clear();
            break;
        }
    }
    KR_DECREF(mro);
    return res;
}

KrObject *kr_type_lookup(KrTypeObject *t, KrObject *name)
{
    unsigned int tag = t->tp_version_tag;
    if (tag) {
        MCacheEntry *e = &method_cache[mcache_index(tag, name)];
        if (e->version == tag && e->name == name) return e->value;
        KrObject *exc = kr_tstate_get()->curexc ? kr_err_fetch() : NULL;
        KrObject *res = find_name_in_mro(t, name);
        if (exc) kr_err_restore(exc);
        if (KR_STR_CHECK_EXACT(name) && t->tp_version_tag == tag) {
            e->version = tag;
            e->value = res;
            KR_INCREF(name);
            KR_SETREF(e->name, name);
        }
        return res;
    }
    KrObject *exc = kr_tstate_get()->curexc ? kr_err_fetch() : NULL;
    KrObject *res = find_name_in_mro(t, name);
    if (exc) kr_err_restore(exc);
    return res;
}

KrObject *kr_type_lookup_str(KrTypeObject *t, const char *name)
{
    KrObject *n = kr_str_intern_cstr(name);
    if (!n) {
        kr_err_clear();
        return NULL;
    }
    KrObject *r = kr_type_lookup(t, n);
    KR_DECREF(n);
    return r;
}

static int modified_visit(KrTypeObject *t, int depth)
{
    if (t->tp_version_tag == 0 && !(t->tp_flags & KR_TPFLAGS_READY)) return 0;
    assign_version_tag(t);
    if (depth > 1000 || !t->tp_subclasses) return 0;
    ssize_t pos = 0;
    KrObject *k, *v;
    while (kr_dict_next(t->tp_subclasses, &pos, &k, &v)) {
        KrTypeObject *sub = (KrTypeObject *)(uintptr_t)kr_int_as_i64(k);
        modified_visit(sub, depth + 1);
    }
    return 0;
}

void kr_type_modified(KrTypeObject *t)
{
    modified_visit(t, 0);
}

/* ---------------------------------------------------------------------------
 * Subclass registry: tp_subclasses maps int(address) -> int(address); a
 * subclass removes itself when it dies, so entries are always valid.
 * ------------------------------------------------------------------------ */

void kr_type_add_subclass(KrTypeObject *base, KrTypeObject *sub)
{
    if (!base->tp_subclasses) {
        base->tp_subclasses = kr_dict_new();
        if (!base->tp_subclasses) {
            kr_err_clear();
            return;
        }
    }
    KrObject *key = kr_int_from_u64((uint64_t)(uintptr_t)sub);
    if (!key) {
        kr_err_clear();
        return;
    }
    if (kr_dict_set_item(base->tp_subclasses, key, key) < 0) kr_err_clear();
    KR_DECREF(key);
}

void kr_type_remove_subclass(KrTypeObject *base, KrTypeObject *sub)
{
    if (!base->tp_subclasses) return;
    KrObject *exc = kr_err_fetch();
    KrObject *key = kr_int_from_u64((uint64_t)(uintptr_t)sub);
    if (key) {
        KrObject *r;
        if (kr_dict_pop(base->tp_subclasses, key, &r) > 0) KR_DECREF(r);
        KR_DECREF(key);
    }
    kr_err_clear();
    kr_err_restore(exc);
}

KrObject *kr_type_subclasses(KrTypeObject *t)
{
    KrObject *list = kr_list_new(0);
    if (!list || !t->tp_subclasses) return list;
    ssize_t pos = 0;
    KrObject *k, *v;
    while (kr_dict_next(t->tp_subclasses, &pos, &k, &v)) {
        KrObject *sub = (KrObject *)(uintptr_t)kr_int_as_i64(k);
        if (kr_list_append(list, sub) < 0) {
            KR_DECREF(list);
            return NULL;
        }
    }
    return list;
}

/* ---------------------------------------------------------------------------
 * MRO: C3 linearization
 * ------------------------------------------------------------------------ */

static int tail_contains(KrObject *list, ssize_t start, KrObject *o)
{
    ssize_t n = KR_SIZE(list);
    for (ssize_t j = start + 1; j < n; j++)
        if (KR_LIST_GET(list, j) == o) return 1;
    return 0;
}

static void set_mro_error(KrObject **lists, ssize_t nlists, ssize_t *remain)
{
    KrObject *seen = kr_list_new(0);
    if (!seen) return;
    for (ssize_t i = 0; i < nlists; i++) {
        if (remain[i] >= KR_SIZE(lists[i])) continue;
        KrObject *o = KR_LIST_GET(lists[i], remain[i]);
        int dup = 0;
        for (ssize_t k = 0; k < KR_SIZE(seen); k++)
            if (KR_LIST_GET(seen, k) == o) dup = 1;
        if (!dup && kr_list_append(seen, o) < 0) { KR_DECREF(seen); return; }
    }
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    kr_strbuilder_append_ascii(&b, "Cannot create a consistent method resolution\norder (MRO) for bases", -1);
    for (ssize_t k = 0; k < KR_SIZE(seen); k++) {
        KrObject *o = KR_LIST_GET(seen, k);
        KrObject *name = KR_TYPE_CHECK(o) ? kr_type_get_name((KrTypeObject *)o) : kr_object_repr(o);
        if (!name) { kr_err_clear(); continue; }
        kr_strbuilder_append_ascii(&b, k ? ", " : " ", -1);
        kr_strbuilder_append_str(&b, name);
        KR_DECREF(name);
    }
    KR_DECREF(seen);
    KrObject *msg = kr_strbuilder_finish(&b);
    if (msg) {
        kr_err_set_object(kr_exc_TypeError, msg);
        KR_DECREF(msg);
    }
}

KrObject *kr_type_mro_compute(KrTypeObject *t)
{
    KrObject *bases = t->tp_bases;
    ssize_t nb = bases ? KR_SIZE(bases) : 0;
    if (nb == 0) return kr_tuple_pack(1, (KrObject *)t);
    if (nb == 1) {
        KrTypeObject *b = (KrTypeObject *)KR_TUPLE_GET(bases, 0);
        KrObject *bm = b->tp_mro;
        if (!bm) return kr_err_format(kr_exc_TypeError, "Cannot extend an incomplete type '%s'", b->tp_name);
        ssize_t n = KR_SIZE(bm);
        KrObject *res = kr_tuple_new(n + 1);
        if (!res) return NULL;
        KR_TUPLE_SET_STEAL(res, 0, kr_newref(t));
        for (ssize_t i = 0; i < n; i++) KR_TUPLE_SET_STEAL(res, i + 1, kr_newref(KR_TUPLE_GET(bm, i)));
        return res;
    }
    /* duplicate base check */
    for (ssize_t i = 0; i < nb; i++)
        for (ssize_t j = i + 1; j < nb; j++)
            if (KR_TUPLE_GET(bases, i) == KR_TUPLE_GET(bases, j)) {
                KrObject *o = KR_TUPLE_GET(bases, i);
                KrObject *name = KR_TYPE_CHECK(o) ? kr_type_get_name((KrTypeObject *)o) : kr_object_repr(o);
                if (name) {
                    kr_err_format(kr_exc_TypeError, "duplicate base class %U", name);
                    KR_DECREF(name);
                }
                return NULL;
            }
    ssize_t nlists = nb + 1;
    KrObject **lists = kr_mem_calloc((size_t)nlists, sizeof(KrObject *));
    ssize_t *remain = kr_mem_calloc((size_t)nlists, sizeof(ssize_t));
    KrObject *result = NULL;
    if (!lists || !remain) {
        kr_err_no_memory();
        goto done;
    }
    for (ssize_t i = 0; i < nb; i++) {
        KrTypeObject *b = (KrTypeObject *)KR_TUPLE_GET(bases, i);
        if (!b->tp_mro) {
            kr_err_format(kr_exc_TypeError, "Cannot extend an incomplete type '%s'", b->tp_name);
            goto done;
        }
        lists[i] = kr_sequence_list(b->tp_mro);
        if (!lists[i]) goto done;
    }
    lists[nb] = kr_sequence_list(bases);
    if (!lists[nb]) goto done;
    result = kr_list_new(0);
    if (!result || kr_list_append(result, (KrObject *)t) < 0) goto fail;
    for (;;) {
        int empty = 1;
        KrObject *candidate = NULL;
        for (ssize_t i = 0; i < nlists; i++) {
            if (remain[i] >= KR_SIZE(lists[i])) continue;
            empty = 0;
            KrObject *c = KR_LIST_GET(lists[i], remain[i]);
            int bad = 0;
            for (ssize_t j = 0; j < nlists && !bad; j++)
                if (remain[j] < KR_SIZE(lists[j]) && tail_contains(lists[j], remain[j], c)) bad = 1;
            if (!bad) {
                candidate = c;
                break;
            }
        }
        if (empty) break;
        if (!candidate) {
            set_mro_error(lists, nlists, remain);
            goto fail;
        }
        if (kr_list_append(result, candidate) < 0) goto fail;
        for (ssize_t j = 0; j < nlists; j++)
            if (remain[j] < KR_SIZE(lists[j]) && KR_LIST_GET(lists[j], remain[j]) == candidate)
                remain[j]++;
    }
    {
        KrObject *tup = kr_list_as_tuple(result);
        KR_DECREF(result);
        result = tup;
    }
    goto done;
fail:
    KR_CLEAR(result);
done:
    if (lists)
        for (ssize_t i = 0; i < nlists; i++) KR_XDECREF(lists[i]);
    kr_mem_free(lists);
    kr_mem_free(remain);
    return result;
}

static KrObject *type_mro_method(KrObject *self, KrObject *unused)
{
    KrObject *t = kr_type_mro_compute((KrTypeObject *)self);
    if (!t) return NULL;
    KrObject *l = kr_sequence_list(t);
    KR_DECREF(t);
    return l;
}

int kr_type_mro_internal(KrTypeObject *t)
{
    KrObject *mro;
    if (KR_TYPE(t) != &kr_type_type) {
        KrObject *meth = kr_type_lookup_str(KR_TYPE(t), "mro");
        KrObject *type_mro = kr_type_lookup_str(&kr_type_type, "mro");
        if (meth && meth != type_mro) {
            KrObject *m = kr_object_lookup_special((KrObject *)t, KR_ID(mro));
            if (!m) {
                if (!kr_err_occurred()) kr_err_set_string(kr_exc_AttributeError, "mro");
                return -1;
            }
            KrObject *r = kr_object_call_noargs(m);
            KR_DECREF(m);
            if (!r) return -1;
            mro = kr_sequence_tuple(r);
            KR_DECREF(r);
            if (!mro) return -1;
            KrTypeObject *solid = kr_type_solid_base(t);
            for (ssize_t i = 0; i < KR_SIZE(mro); i++) {
                KrObject *c = KR_TUPLE_GET(mro, i);
                if (!KR_TYPE_CHECK(c)) {
                    kr_err_format(kr_exc_TypeError, "mro() returned a non-class ('%s')", KR_TYPE(c)->tp_name);
                    KR_DECREF(mro);
                    return -1;
                }
                /* instances of t must be usable by the C code of every class
                 * in the MRO */
                if (!kr_type_is_subtype(solid, kr_type_solid_base((KrTypeObject *)c))) {
                    kr_err_format(kr_exc_TypeError, "mro() returned base with unsuitable layout ('%s')",
                                  ((KrTypeObject *)c)->tp_name);
                    KR_DECREF(mro);
                    return -1;
                }
            }
            goto set;
        }
    }
    mro = kr_type_mro_compute(t);
    if (!mro) return -1;
set:
    KR_SETREF(t->tp_mro, mro);
    return 0;
}

/* ---------------------------------------------------------------------------
 * kr_type_ready
 * ------------------------------------------------------------------------ */

#define SUBCLASS_FLAGS (KR_TPFLAGS_LONG_SUBCLASS | KR_TPFLAGS_LIST_SUBCLASS | \
    KR_TPFLAGS_TUPLE_SUBCLASS | KR_TPFLAGS_BYTES_SUBCLASS | KR_TPFLAGS_UNICODE_SUBCLASS | \
    KR_TPFLAGS_DICT_SUBCLASS | KR_TPFLAGS_BASE_EXC_SUBCLASS | KR_TPFLAGS_TYPE_SUBCLASS)

static int add_methods(KrTypeObject *t, KrMethodDef *m)
{
    for (; m && m->ml_name; m++) {
        KrObject *name = kr_str_intern_cstr(m->ml_name);
        if (!name) return -1;
        KrObject *existing = kr_dict_get_item_borrow(t->tp_dict, name);
        if (existing && !(m->ml_flags & KR_METH_COEXIST)) {
            KR_DECREF(name);
            continue;
        }
        KrObject *d;
        if (m->ml_flags & KR_METH_CLASS) {
            if (m->ml_flags & KR_METH_STATIC) {
                KR_DECREF(name);
                kr_err_set_string(kr_exc_ValueError, "method cannot be both class and static");
                return -1;
            }
            d = kr_descr_new_classmethod(t, m);
        } else if (m->ml_flags & KR_METH_STATIC) {
            KrObject *f = kr_cfunction_new(m, (KrObject *)t, NULL);
            d = f ? kr_staticmethod_new(f) : NULL;
            KR_XDECREF(f);
        } else {
            d = kr_descr_new_method(t, m);
        }
        if (!d) {
            KR_DECREF(name);
            return -1;
        }
        int r = kr_dict_set_item(t->tp_dict, name, d);
        KR_DECREF(d);
        KR_DECREF(name);
        if (r < 0) return -1;
    }
    return 0;
}

static int add_members(KrTypeObject *t, KrMemberDef *m)
{
    for (; m && m->name; m++) {
        KrObject *name = kr_str_intern_cstr(m->name);
        if (!name) return -1;
        if (kr_dict_get_item_borrow(t->tp_dict, name)) {
            KR_DECREF(name);
            continue;
        }
        KrObject *d = kr_descr_new_member(t, m);
        int r = d ? kr_dict_set_item(t->tp_dict, name, d) : -1;
        KR_XDECREF(d);
        KR_DECREF(name);
        if (r < 0) return -1;
    }
    return 0;
}

static int add_getsets(KrTypeObject *t, KrGetSetDef *g)
{
    for (; g && g->name; g++) {
        KrObject *name = kr_str_intern_cstr(g->name);
        if (!name) return -1;
        if (kr_dict_get_item_borrow(t->tp_dict, name)) {
            KR_DECREF(name);
            continue;
        }
        KrObject *d = kr_descr_new_getset(t, g);
        int r = d ? kr_dict_set_item(t->tp_dict, name, d) : -1;
        KR_XDECREF(d);
        KR_DECREF(name);
        if (r < 0) return -1;
    }
    return 0;
}

static void inherit_special(KrTypeObject *t, KrTypeObject *base)
{
    if (!(t->tp_flags & KR_TPFLAGS_HAVE_GC) && (base->tp_flags & KR_TPFLAGS_HAVE_GC) &&
        !t->tp_traverse && !t->tp_clear) {
        t->tp_flags |= KR_TPFLAGS_HAVE_GC;
        if (!t->tp_traverse) t->tp_traverse = base->tp_traverse;
        if (!t->tp_clear) t->tp_clear = base->tp_clear;
    }
    if (t->tp_basicsize == 0) t->tp_basicsize = base->tp_basicsize;
    if (t->tp_itemsize == 0) t->tp_itemsize = base->tp_itemsize;
    if (t->tp_weaklistoffset == 0) t->tp_weaklistoffset = base->tp_weaklistoffset;
    if (t->tp_dictoffset == 0) t->tp_dictoffset = base->tp_dictoffset;
    t->tp_flags |= base->tp_flags & (SUBCLASS_FLAGS | KR_TPFLAGS_SEQUENCE | KR_TPFLAGS_MAPPING |
                                     KR_TPFLAGS_MATCH_SELF);
}

#define COPY_SLOT(s) if (!t->s && base->s) t->s = base->s
#define COPY_SUB(tbl, s) if (!t->tbl->s && base->tbl->s) t->tbl->s = base->tbl->s

static void inherit_slots(KrTypeObject *t, KrTypeObject *base)
{
    if (t->tp_as_number && base->tp_as_number) {
        KrNumberMethods *a = t->tp_as_number, *b = base->tp_as_number;
        void **pa = (void **)a, **pb = (void **)b;
        for (size_t i = 0; i < sizeof(KrNumberMethods) / sizeof(void *); i++)
            if (!pa[i]) pa[i] = pb[i];
    }
    if (t->tp_as_async && base->tp_as_async) {
        COPY_SUB(tp_as_async, am_await);
        COPY_SUB(tp_as_async, am_aiter);
        COPY_SUB(tp_as_async, am_anext);
    }
    if (t->tp_as_sequence && base->tp_as_sequence) {
        KrSequenceMethods *a = t->tp_as_sequence, *b = base->tp_as_sequence;
        void **pa = (void **)a, **pb = (void **)b;
        for (size_t i = 0; i < sizeof(KrSequenceMethods) / sizeof(void *); i++)
            if (!pa[i]) pa[i] = pb[i];
    }
    if (t->tp_as_mapping && base->tp_as_mapping) {
        COPY_SUB(tp_as_mapping, mp_length);
        COPY_SUB(tp_as_mapping, mp_subscript);
        COPY_SUB(tp_as_mapping, mp_ass_subscript);
    }
    if (t->tp_as_buffer && base->tp_as_buffer) {
        COPY_SUB(tp_as_buffer, bf_getbuffer);
        COPY_SUB(tp_as_buffer, bf_releasebuffer);
    }
    COPY_SLOT(tp_dealloc);
    if (!t->tp_getattro) t->tp_getattro = base->tp_getattro;
    if (!t->tp_setattro) t->tp_setattro = base->tp_setattro;
    COPY_SLOT(tp_repr);
    COPY_SLOT(tp_str);
    if (!t->tp_call && base->tp_call) {
        /* the offset comes along with tp_call (kr_vectorcall_call reads it);
         * only static types also take the flag, as in CPython */
        if (!t->tp_vectorcall_offset) t->tp_vectorcall_offset = base->tp_vectorcall_offset;
        if ((base->tp_flags & KR_TPFLAGS_HAVE_VECTORCALL) && !(t->tp_flags & KR_TPFLAGS_HEAPTYPE))
            t->tp_flags |= KR_TPFLAGS_HAVE_VECTORCALL;
    }
    COPY_SLOT(tp_call);
    if (!t->tp_richcompare && !t->tp_hash) {
        int overrides = 0;
        if (t->tp_dict) {
            /* a type that defines __eq__ or __hash__ in its dict keeps its own */
            overrides = kr_dict_get_item_borrow(t->tp_dict, KR_ID(__eq__)) != NULL ||
                        kr_dict_get_item_borrow(t->tp_dict, KR_ID(__hash__)) != NULL;
            if (kr_err_occurred()) kr_err_clear();
        }
        if (!overrides) {
            t->tp_richcompare = base->tp_richcompare;
            t->tp_hash = base->tp_hash;
        }
    }
    COPY_SLOT(tp_iter);
    COPY_SLOT(tp_iternext);
    COPY_SLOT(tp_descr_get);
    if (!t->tp_descr_set && base->tp_descr_set && !(t->tp_flags & KR_TPFLAGS_HEAPTYPE))
        t->tp_descr_set = base->tp_descr_set;
    COPY_SLOT(tp_descr_set);
    COPY_SLOT(tp_init);
    COPY_SLOT(tp_alloc);
    COPY_SLOT(tp_is_gc);
    COPY_SLOT(tp_finalize);
    if ((t->tp_flags & KR_TPFLAGS_HAVE_GC) == (base->tp_flags & KR_TPFLAGS_HAVE_GC)) {
        COPY_SLOT(tp_free);
    } else if (!t->tp_free) {
        t->tp_free = kr_object_free;
    }
}

/* __new__ of a C type: a builtin method bound to the type (tp_new_wrapper). */
static KrMethodDef tp_new_methoddef[] = {
    { "__new__", (void *)kr_type_tp_new_wrapper, KR_METH_VARARGS | KR_METH_KEYWORDS,
      "Create and return a new object.  See help(type) for accurate signature." },
    { NULL, NULL, 0, NULL },
};

int kr_type_is_tp_new_wrapper(KrObject *o)
{
    return KR_CFUNCTION_CHECK(o) && ((KrCFunctionObject *)o)->m_ml == tp_new_methoddef;
}

KrObject *kr_type_tp_new_wrapper(KrObject *self, KrObject *args, KrObject *kwds)
{
    KrTypeObject *type = (KrTypeObject *)self;
    if (!KR_TUPLE_CHECK(args) || KR_SIZE(args) < 1)
        return kr_err_format(kr_exc_TypeError, "%s.__new__(): not enough arguments", type->tp_name);
    KrObject *arg0 = KR_TUPLE_GET(args, 0);
    if (!KR_TYPE_CHECK(arg0))
        return kr_err_format(kr_exc_TypeError, "%s.__new__(X): X is not a type object (%s)",
                             type->tp_name, KR_TYPE(arg0)->tp_name);
    KrTypeObject *subtype = (KrTypeObject *)arg0;
    if (!kr_type_is_subtype(subtype, type))
        return kr_err_format(kr_exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                             type->tp_name, subtype->tp_name, subtype->tp_name, type->tp_name);
    KrTypeObject *staticbase = subtype;
    while (staticbase && staticbase->tp_new == kr_slot_tp_new) staticbase = staticbase->tp_base;
    if (staticbase && staticbase->tp_new != type->tp_new)
        return kr_err_format(kr_exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                             type->tp_name, subtype->tp_name, staticbase->tp_name);
    KrObject *rest = kr_tuple_get_slice(args, 1, KR_SIZE(args));
    if (!rest) return NULL;
    KrObject *res = type->tp_new(subtype, rest, kwds);
    KR_DECREF(rest);
    return res;
}

static KrObject *type_vectorcall(KrObject *callable, KrObject *const *args, size_t nargsf,
                                 KrObject *kwnames);

int kr_type_ready(KrTypeObject *t)
{
    if (t->tp_flags & (KR_TPFLAGS_READY | KR_TPFLAGS_READYING)) return 0;
    t->tp_flags |= KR_TPFLAGS_READYING;
    if (!(t->tp_flags & KR_TPFLAGS_HEAPTYPE)) t->tp_flags |= KR_TPFLAGS_IMMUTABLETYPE;

    KrTypeObject *base = t->tp_base;
    if (!base && t != &kr_object_type) base = t->tp_base = &kr_object_type;
    if (base && !(base->tp_flags & KR_TPFLAGS_READY) && kr_type_ready(base) < 0) goto error;
    if (!KR_TYPE(t) && base) t->ob_base.ob_base.ob_type = KR_TYPE(base);

    if (!t->tp_bases) {
        t->tp_bases = base ? kr_tuple_pack(1, (KrObject *)base) : kr_tuple_new(0);
        if (!t->tp_bases) goto error;
    }
    for (ssize_t i = 0; i < KR_SIZE(t->tp_bases); i++) {
        KrTypeObject *b = (KrTypeObject *)KR_TUPLE_GET(t->tp_bases, i);
        if (!(b->tp_flags & KR_TPFLAGS_READY) && kr_type_ready(b) < 0) goto error;
    }
    if (!t->tp_dict) {
        t->tp_dict = kr_dict_new();
        if (!t->tp_dict) goto error;
    }
    if (base) inherit_special(t, base);
    if (!(t->tp_flags & KR_TPFLAGS_HEAPTYPE)) {
        /* __new__: a builtin method bound to the type, or inherited */
        if (!t->tp_new && base == &kr_object_type) t->tp_flags |= KR_TPFLAGS_DISALLOW_INSTANTIATION;
        if (!(t->tp_flags & KR_TPFLAGS_DISALLOW_INSTANTIATION)) {
            if (t->tp_new) {
                if (!kr_dict_get_item_borrow(t->tp_dict, KR_ID(__new__))) {
                    KrObject *f = kr_cfunction_new(tp_new_methoddef, (KrObject *)t, NULL);
                    if (!f || kr_dict_set_item(t->tp_dict, KR_ID(__new__), f) < 0) {
                        KR_XDECREF(f);
                        goto error;
                    }
                    KR_DECREF(f);
                }
            } else if (base) {
                t->tp_new = base->tp_new;
            }
        } else {
            t->tp_new = NULL;
        }
        /* Nearly every C type of CPython sets tp_getattro explicitly and so
         * shows its own __getattribute__; do the same for ours. */
        if (!t->tp_getattro && base == &kr_object_type && t != &kr_none_type &&
            t != &kr_notimplemented_type && t != &kr_function_type && t != &kr_classmethod_type &&
            t != &kr_staticmethod_type)
            t->tp_getattro = kr_object_generic_getattr;
        if (kr_type_add_slot_wrappers(t) < 0) goto error;
    } else if (!t->tp_new && base) {
        t->tp_new = base->tp_new;
    }
    if (add_methods(t, t->tp_methods) < 0) goto error;
    if (add_members(t, t->tp_members) < 0) goto error;
    if (add_getsets(t, t->tp_getset) < 0) goto error;
    if (!(t->tp_flags & KR_TPFLAGS_HEAPTYPE) && t->tp_doc &&
        !kr_dict_get_item_borrow(t->tp_dict, KR_ID(__doc__))) {
        KrObject *doc = kr_str_from_cstr(t->tp_doc);
        if (!doc || kr_dict_set_item(t->tp_dict, KR_ID(__doc__), doc) < 0) {
            KR_XDECREF(doc);
            goto error;
        }
        KR_DECREF(doc);
    }
    if (kr_type_mro_internal(t) < 0) goto error;
    /* inherit slots along the MRO */
    for (ssize_t i = 1; i < KR_SIZE(t->tp_mro); i++) {
        KrTypeObject *b = (KrTypeObject *)KR_TUPLE_GET(t->tp_mro, i);
        if (KR_TYPE_CHECK(b)) inherit_slots(t, b);
    }
    if (base) {
        if (!t->tp_as_async) t->tp_as_async = base->tp_as_async;
        if (!t->tp_as_number) t->tp_as_number = base->tp_as_number;
        if (!t->tp_as_sequence) t->tp_as_sequence = base->tp_as_sequence;
        if (!t->tp_as_mapping) t->tp_as_mapping = base->tp_as_mapping;
        if (!t->tp_as_buffer) t->tp_as_buffer = base->tp_as_buffer;
    }
    if (!t->tp_hash) {
        KrObject *h = kr_dict_get_item_borrow(t->tp_dict, KR_ID(__hash__));
        if (!h) {
            if (kr_dict_set_item(t->tp_dict, KR_ID(__hash__), KR_NONE) < 0) goto error;
        }
        t->tp_hash = kr_object_hash_not_implemented;
    }
    if (!t->tp_free) t->tp_free = kr_object_free;
    if (!t->tp_alloc) t->tp_alloc = kr_type_generic_alloc;
    if (!t->tp_vectorcall) t->tp_vectorcall = type_vectorcall;
    for (ssize_t i = 0; i < KR_SIZE(t->tp_bases); i++)
        kr_type_add_subclass((KrTypeObject *)KR_TUPLE_GET(t->tp_bases, i), t);
    assign_version_tag(t);
    t->tp_flags = (t->tp_flags & ~KR_TPFLAGS_READYING) | KR_TPFLAGS_READY;
    return 0;
error:
    t->tp_flags &= ~KR_TPFLAGS_READYING;
    return -1;
}

/* ---------------------------------------------------------------------------
 * Generic alloc/new
 * ------------------------------------------------------------------------ */

KrObject *kr_type_generic_alloc(KrTypeObject *t, ssize_t nitems)
{
    KrObject *o = kr_object_alloc(t, nitems);
    if (o && KR_TYPE_IS_GC(t)) kr_gc_track(o);
    return o;
}

KrObject *kr_type_generic_new(KrTypeObject *t, KrObject *args, KrObject *kwds)
{
    return t->tp_alloc(t, 0);
}

/* ---------------------------------------------------------------------------
 * Instances of classes: __dict__, __weakref__, __slots__ and deallocation
 * ------------------------------------------------------------------------ */

/* The first base (along tp_base) whose deallocator is not ours. */
static KrTypeObject *static_base(KrTypeObject *t)
{
    while (t && t->tp_dealloc == kr_type_subtype_dealloc) t = t->tp_base;
    return t;
}

static void clear_slots(KrTypeObject *t, KrObject *self)
{
    KrMemberDef *m = ((KrHeapTypeObject *)t)->ht_members;
    for (; m && m->name; m++) {
        if (m->type == KR_T_OBJECT_EX && !(m->flags & KR_READONLY)) {
            KrObject **p = (KrObject **)((char *)self + m->offset);
            KR_CLEAR(*p);
        }
    }
}

void kr_type_subtype_dealloc(KrObject *self)
{
    KrTypeObject *type = KR_TYPE(self);
    KrTypeObject *base = static_base(type);
    if (KR_TYPE_IS_GC(type)) kr_gc_untrack(self);
    /* long chains of instances (linked lists) would recurse too deeply */
    if (kr_trashcan_begin(self, kr_type_subtype_dealloc)) return;
    if (type->tp_finalize && !(KR_OBJECT_IS_GC(self) && kr_gc_is_finalized(self))) {
        /* __del__: resurrect temporarily; if it stores self somewhere, stop.
         * PEP 442: it runs once per object (the collector may have run it). */
        self->ob_refcnt = 1;
        if (KR_OBJECT_IS_GC(self)) kr_gc_set_finalized(self);
        type->tp_finalize(self);
        if (--self->ob_refcnt != 0) {
            if (KR_TYPE_IS_GC(type)) kr_gc_track(self);
            kr_trashcan_end();
            return;
        }
        /* __del__ may have assigned __class__: use the object's type now */
        type = KR_TYPE(self);
        base = static_base(type);
    }
    if (type->tp_weaklistoffset && !base->tp_weaklistoffset && kr_weakref_clear_refs)
        kr_weakref_clear_refs(self);
    for (KrTypeObject *t = type; t != base; t = t->tp_base)
        if (((KrHeapTypeObject *)t)->ht_members) clear_slots(t, self);
    if (type->tp_dictoffset && !base->tp_dictoffset) {
        KrObject **dp = kr_instance_dict_slot_raw(self);
        if (dp) KR_CLEAR(*dp);
        if (KR_INSTANCE_HAS_VALUES(type)) kr_instance_values_clear(self);
    }
    base->tp_dealloc(self);
    KR_DECREF(type);
    kr_trashcan_end();
}

int kr_type_subtype_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KrTypeObject *type = KR_TYPE(self);
    KrTypeObject *base = static_base(type);
    for (KrTypeObject *t = type; t != base; t = t->tp_base) {
        KrMemberDef *m = ((KrHeapTypeObject *)t)->ht_members;
        for (; m && m->name; m++)
            if (m->type == KR_T_OBJECT_EX) KR_VISIT(*(KrObject **)((char *)self + m->offset));
    }
    if (type->tp_dictoffset != base->tp_dictoffset) {
        KrObject **dp = kr_instance_dict_slot_raw(self);
        if (dp) KR_VISIT(*dp);
        if (KR_INSTANCE_HAS_VALUES(type)) {
            int r = kr_instance_values_traverse(self, visit, arg);
            if (r) return r;
        }
    }
    KR_VISIT(type);
    if (base->tp_traverse) return base->tp_traverse(self, visit, arg);
    return 0;
}

int kr_type_subtype_clear(KrObject *self)
{
    KrTypeObject *type = KR_TYPE(self);
    KrTypeObject *base = static_base(type);
    for (KrTypeObject *t = type; t != base; t = t->tp_base)
        if (((KrHeapTypeObject *)t)->ht_members) clear_slots(t, self);
    if (type->tp_dictoffset != base->tp_dictoffset) {
        KrObject **dp = kr_instance_dict_slot_raw(self);
        if (dp) KR_CLEAR(*dp);
        if (KR_INSTANCE_HAS_VALUES(type)) kr_instance_values_clear(self);
    }
    if (base->tp_clear) return base->tp_clear(self);
    return 0;
}

/* The type in self's MRO that defined the instance __dict__ slot. */
static int check_dict_descr(KrObject *self, const char *what)
{
    if (!kr_object_dict_ptr(self)) {
        kr_err_format(kr_exc_AttributeError, "This object has no %s", what);
        return -1;
    }
    return 0;
}

static KrObject *subtype_get_dict(KrObject *self, void *closure)
{
    if (KR_INSTANCE_HAS_VALUES(KR_TYPE(self))) return kr_xnewref(kr_instance_materialize_dict(self));
    if (check_dict_descr(self, "__dict__") < 0) return NULL;
    KrObject **dp = kr_object_dict_ptr(self);
    if (!*dp) {
        *dp = kr_dict_new();
        if (!*dp) return NULL;
    }
    return kr_newref(*dp);
}

static int subtype_set_dict(KrObject *self, KrObject *value, void *closure)
{
    if (KR_INSTANCE_HAS_VALUES(KR_TYPE(self))) {
        /* the new dict (or none) replaces the values block as a whole */
        if (kr_object_dict_slot_set(KR_INSTANCE_DICT_SLOT(self), value, 1) < 0) return -1;
        kr_instance_values_clear(self);
        return 0;
    }
    if (check_dict_descr(self, "__dict__") < 0) return -1;
    return kr_object_dict_slot_set(kr_object_dict_ptr(self), value, 1);
}

static KrObject *subtype_get_weakref(KrObject *self, void *closure)
{
    KrTypeObject *t = KR_TYPE(self);
    if (!t->tp_weaklistoffset)
        return kr_err_format(kr_exc_AttributeError, "This object has no __weakref__");
    KrObject *r = *(KrObject **)((char *)self + t->tp_weaklistoffset);
    return kr_newref(r ? r : KR_NONE);
}

KrGetSetDef kr_type_subtype_getsets_full[] = {
    { "__dict__", subtype_get_dict, subtype_set_dict, "dictionary for instance variables (if defined)", NULL },
    { "__weakref__", subtype_get_weakref, NULL, "list of weak references to the object (if defined)", NULL },
    { NULL, NULL, NULL, NULL, NULL },
};
KrGetSetDef kr_type_subtype_getsets_dict_only[] = {
    { "__dict__", subtype_get_dict, subtype_set_dict, "dictionary for instance variables (if defined)", NULL },
    { NULL, NULL, NULL, NULL, NULL },
};
KrGetSetDef kr_type_subtype_getsets_weakref_only[] = {
    { "__weakref__", subtype_get_weakref, NULL, "list of weak references to the object (if defined)", NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

/* ---------------------------------------------------------------------------
 * The type type's slots
 * ------------------------------------------------------------------------ */

static void type_dealloc(KrObject *self)
{
    KrTypeObject *t = (KrTypeObject *)self;
    KrHeapTypeObject *ht = (KrHeapTypeObject *)t;
    kr_gc_untrack(self);
    if (t->tp_bases) {
        for (ssize_t i = 0; i < KR_SIZE(t->tp_bases); i++) {
            KrObject *b = KR_TUPLE_GET(t->tp_bases, i);
            if (KR_TYPE_CHECK(b)) kr_type_remove_subclass((KrTypeObject *)b, t);
        }
    }
    if (t->tp_weaklist && kr_weakref_clear_refs) kr_weakref_clear_refs(self);
    KR_XDECREF(t->tp_base);
    KR_CLEAR(t->tp_dict);
    KR_CLEAR(t->tp_bases);
    KR_CLEAR(t->tp_mro);
    KR_CLEAR(t->tp_cache);
    KR_CLEAR(t->tp_subclasses);
    if (t->tp_doc) kr_mem_free((void *)t->tp_doc);
    KR_CLEAR(ht->ht_name);
    KR_CLEAR(ht->ht_qualname);
    KR_CLEAR(ht->ht_slots);
    KR_CLEAR(ht->ht_module);
    kr_mem_free(ht->ht_members);
    kr_instance_keys_free(ht->ht_cached_keys);
    /* a heap metaclass's reference is dropped by kr_type_subtype_dealloc */
    KR_TYPE(self)->tp_free(self);
}

static int type_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KrTypeObject *t = (KrTypeObject *)self;
    if (!(t->tp_flags & KR_TPFLAGS_HEAPTYPE)) return 0;
    KR_VISIT(t->tp_dict);
    KR_VISIT(t->tp_cache);
    KR_VISIT(t->tp_mro);
    KR_VISIT(t->tp_bases);
    KR_VISIT(t->tp_base);
    KR_VISIT(((KrHeapTypeObject *)t)->ht_module);
    /* the metaclass (if a class) is visited by kr_type_subtype_traverse */
    return 0;
}

static int type_clear(KrObject *self)
{
    KrTypeObject *t = (KrTypeObject *)self;
    kr_type_modified(t);
    if (t->tp_dict) kr_dict_clear(t->tp_dict);
    KR_CLEAR(((KrHeapTypeObject *)t)->ht_module);
    KR_CLEAR(t->tp_mro);
    return 0;
}

static int type_is_gc(KrObject *self)
{
    return (((KrTypeObject *)self)->tp_flags & KR_TPFLAGS_HEAPTYPE) != 0;
}

static KrObject *type_repr(KrObject *self)
{
    KrTypeObject *t = (KrTypeObject *)self;
    if (!t->tp_name) return kr_str_from_format("<class at %p>", self);
    KrObject *mod = kr_type_get_module(t);
    if (!mod) kr_err_clear();
    else if (!KR_STR_CHECK(mod)) KR_CLEAR(mod);
    KrObject *name = kr_type_get_qualname(t);
    if (!name) {
        KR_XDECREF(mod);
        return NULL;
    }
    KrObject *res;
    if (mod && !kr_str_equal_cstr(mod, "builtins"))
        res = kr_str_from_format("<class '%U.%U'>", mod, name);
    else
        res = kr_str_from_format("<class '%s'>", t->tp_name);
    KR_XDECREF(mod);
    KR_DECREF(name);
    return res;
}

static KrObject *type_call(KrObject *self, KrObject *args, KrObject *kwds)
{
    KrTypeObject *type = (KrTypeObject *)self;
    if (type == &kr_type_type) {
        ssize_t nargs = KR_SIZE(args);
        if (nargs == 1 && (!kwds || kr_dict_size(kwds) == 0))
            return kr_newref(KR_TYPE(KR_TUPLE_GET(args, 0)));
        if (nargs != 3) {
            kr_err_set_string(kr_exc_TypeError, "type() takes 1 or 3 arguments");
            return NULL;
        }
    }
    if (!type->tp_new)
        return kr_err_format(kr_exc_TypeError, "cannot create '%s' instances", type->tp_name);
    KrObject *obj = type->tp_new(type, args, kwds);
    if (!obj) return NULL;
    if (!kr_type_is_subtype(KR_TYPE(obj), type)) return obj;
    KrTypeObject *ot = KR_TYPE(obj);
    if (ot->tp_init) {
        if (ot->tp_init(obj, args, kwds) < 0) {
            KR_DECREF(obj);
            return NULL;
        }
    }
    return obj;
}

/* The vectorcall of type objects: skips the tuple for the common cases. */
static KrObject *type_vectorcall(KrObject *callable, KrObject *const *args, size_t nargsf,
                                 KrObject *kwnames)
{
    ssize_t nargs = kr_vectorcall_nargs(nargsf);
    if (callable == (KrObject *)&kr_type_type && nargs == 1) {
        if (kwnames && KR_SIZE(kwnames))
            return kr_err_format(kr_exc_TypeError, "type() takes no keyword arguments");
        return kr_newref(KR_TYPE(args[0]));
    }
    KrTypeObject *t = (KrTypeObject *)callable;
    /* Fast path for the common class: object.__new__ plus a Python
     * __init__ — call __init__ with the arguments as they are. */
    if (KR_TYPE(callable) == &kr_type_type && t->tp_new == kr_object_type.tp_new &&
        kr_slot_is_python_init(t) && !(t->tp_flags & KR_TPFLAGS_IS_ABSTRACT)) {
        KrObject *init = kr_type_lookup(t, KR_ID(__init__));
        if (init && KR_TYPE_HAS_FLAG(KR_TYPE(init), KR_TPFLAGS_METHOD_DESCRIPTOR)) {
            /* what object.__new__ does, for classes with inline values too */
            KrObject *obj = KR_INSTANCE_HAS_VALUES(t) ? kr_instance_new(t) : t->tp_alloc(t, 0);
            if (!obj) return NULL;
            KR_INCREF(init);
            KrObject *res = kr_object_vectorcall_prepend(init, obj, args, nargsf, kwnames);
            KR_DECREF(init);
            if (!res) {
                KR_DECREF(obj);
                return NULL;
            }
            if (res != KR_NONE) {
                kr_err_format(kr_exc_TypeError, "__init__() should return None, not '%.200s'",
                              KR_TYPE(res)->tp_name);
                KR_DECREF(res);
                KR_DECREF(obj);
                return NULL;
            }
            KR_DECREF(res);
            return obj;
        }
    }
    KrObject *tuple = kr_tuple_from_array(args, nargs);
    if (!tuple) return NULL;
    KrObject *kw = NULL;
    if (kwnames && KR_SIZE(kwnames)) {
        kw = kr_call_kwnames_to_dict(args + nargs, kwnames);
        if (!kw) {
            KR_DECREF(tuple);
            return NULL;
        }
    }
    KrObject *res = KR_TYPE(callable)->tp_call(callable, tuple, kw);
    KR_DECREF(tuple);
    KR_XDECREF(kw);
    return res;
}

static KrObject *type_getattro_impl(KrObject *self, KrObject *name, int suppress);

static KrObject *type_getattro(KrObject *self, KrObject *name)
{
    return type_getattro_impl(self, name, 0);
}

KrObject *kr_type_getattro_maybe(KrObject *self, KrObject *name)
{
    return type_getattro_impl(self, name, 1);
}

static KrObject *type_getattro_impl(KrObject *self, KrObject *name, int suppress)
{
    KrTypeObject *type = (KrTypeObject *)self;
    KrTypeObject *meta = KR_TYPE(self);
    if (!KR_STR_CHECK(name))
        return kr_err_format(kr_exc_TypeError, "attribute name must be string, not '%.200s'",
                             KR_TYPE(name)->tp_name);
    if (!(type->tp_flags & KR_TPFLAGS_READY) && kr_type_ready(type) < 0) return NULL;
    KrObject *meta_attr = kr_type_lookup(meta, name);
    kr_descrgetfunc meta_get = NULL;
    if (meta_attr) {
        KR_INCREF(meta_attr);
        meta_get = KR_TYPE(meta_attr)->tp_descr_get;
        if (meta_get && KR_TYPE(meta_attr)->tp_descr_set) {
            KrObject *r = meta_get(meta_attr, self, (KrObject *)meta);
            KR_DECREF(meta_attr);
            return r;
        }
    }
    KrObject *attr = kr_type_lookup(type, name);
    if (attr) {
        KR_INCREF(attr);
        kr_descrgetfunc local_get = KR_TYPE(attr)->tp_descr_get;
        KR_XDECREF(meta_attr);
        if (local_get) {
            KrObject *r = local_get(attr, NULL, self);
            KR_DECREF(attr);
            return r;
        }
        return attr;
    }
    if (meta_get) {
        KrObject *r = meta_get(meta_attr, self, (KrObject *)meta);
        KR_DECREF(meta_attr);
        return r;
    }
    if (meta_attr) return meta_attr;
    if (suppress) return NULL;
    KrObject *tn = kr_type_get_name(type);
    if (!tn) return NULL;
    kr_err_format(kr_exc_AttributeError, "type object '%U' has no attribute '%U'", tn, name);
    KR_DECREF(tn);
    return NULL;
}

static int type_setattro(KrObject *self, KrObject *name, KrObject *value)
{
    KrTypeObject *type = (KrTypeObject *)self;
    if (!KR_STR_CHECK(name)) {
        kr_err_format(kr_exc_TypeError, "attribute name must be string, not '%.200s'",
                      KR_TYPE(name)->tp_name);
        return -1;
    }
    if (type->tp_flags & KR_TPFLAGS_IMMUTABLETYPE) {
        kr_err_format(kr_exc_TypeError, "cannot set '%U' attribute of immutable type '%s'",
                      name, type->tp_name);
        return -1;
    }
    KrObject *descr = kr_type_lookup(KR_TYPE(self), name);
    if (descr && KR_TYPE(descr)->tp_descr_set) {
        KR_INCREF(descr);
        int r = KR_TYPE(descr)->tp_descr_set(descr, self, value);
        KR_DECREF(descr);
        return r;
    }
    KR_INCREF(name);
    if (KR_STR_CHECK_EXACT(name)) kr_str_intern_in_place(&name);
    int r;
    if (value) {
        r = kr_dict_set_item(type->tp_dict, name, value);
    } else {
        r = kr_dict_del_item(type->tp_dict, name);
        if (r < 0 && kr_err_matches(kr_exc_KeyError)) {
            kr_err_clear();
            KrObject *tn = kr_type_get_name(type);
            if (tn) {
                kr_err_format(kr_exc_AttributeError, "type object '%U' has no attribute '%U'", tn, name);
                KR_DECREF(tn);
            }
        }
    }
    if (r == 0) {
        kr_type_modified(type);
        r = kr_type_update_slot_for_name(type, name);
    }
    KR_DECREF(name);
    return r;
}

/* ---------------------------------------------------------------------------
 * type attributes
 * ------------------------------------------------------------------------ */

static int check_set_special_type_attr(KrTypeObject *t, KrObject *value, const char *name)
{
    if (t->tp_flags & KR_TPFLAGS_IMMUTABLETYPE) {
        kr_err_format(kr_exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", name,
                      t->tp_name);
        return 0;
    }
    if (!value) {
        kr_err_format(kr_exc_TypeError, "cannot delete '%s' attribute of immutable type '%s'", name,
                      t->tp_name);
        return 0;
    }
    return 1;
}

static KrObject *type_get_name(KrObject *self, void *c) { return kr_type_get_name((KrTypeObject *)self); }

static int type_set_name(KrObject *self, KrObject *value, void *c)
{
    KrTypeObject *t = (KrTypeObject *)self;
    if (!check_set_special_type_attr(t, value, "__name__")) return -1;
    if (!KR_STR_CHECK(value)) {
        kr_err_format(kr_exc_TypeError, "can only assign string to %s.__name__, not '%s'", t->tp_name,
                      KR_TYPE(value)->tp_name);
        return -1;
    }
    ssize_t size;
    const char *utf8 = kr_str_as_utf8(value, &size);
    if (!utf8) return -1;
    if ((ssize_t)strlen(utf8) != size) {
        kr_err_set_string(kr_exc_ValueError, "type name must not contain null characters");
        return -1;
    }
    KR_INCREF(value);
    KR_SETREF(((KrHeapTypeObject *)t)->ht_name, value);
    t->tp_name = utf8;
    return 0;
}

static KrObject *type_get_qualname(KrObject *self, void *c) { return kr_type_get_qualname((KrTypeObject *)self); }

static int type_set_qualname(KrObject *self, KrObject *value, void *c)
{
    KrTypeObject *t = (KrTypeObject *)self;
    if (!check_set_special_type_attr(t, value, "__qualname__")) return -1;
    if (!KR_STR_CHECK(value)) {
        kr_err_format(kr_exc_TypeError, "can only assign string to %s.__qualname__, not '%s'",
                      t->tp_name, KR_TYPE(value)->tp_name);
        return -1;
    }
    KR_INCREF(value);
    KR_SETREF(((KrHeapTypeObject *)t)->ht_qualname, value);
    return 0;
}

static KrObject *type_get_bases(KrObject *self, void *c)
{
    KrTypeObject *t = (KrTypeObject *)self;
    return kr_newref(t->tp_bases ? t->tp_bases : KR_NONE);
}


/* After __bases__ changed: new MROs and slots for t's subclasses. */
static int mro_subclasses(KrTypeObject *t, int depth)
{
    kr_type_fixup_slots(t);
    if (!t->tp_subclasses || depth > 1000) return 0;
    KrObject *subs = kr_type_subclasses(t);
    if (!subs) return -1;
    for (ssize_t i = 0; i < KR_SIZE(subs); i++) {
        KrTypeObject *sub = (KrTypeObject *)KR_LIST_GET(subs, i);
        if (kr_type_mro_internal(sub) < 0 || mro_subclasses(sub, depth + 1) < 0) {
            KR_DECREF(subs);
            return -1;
        }
    }
    KR_DECREF(subs);
    return 0;
}

static int type_set_bases(KrObject *self, KrObject *value, void *c)
{
    KrTypeObject *t = (KrTypeObject *)self;
    if (!check_set_special_type_attr(t, value, "__bases__")) return -1;
    if (!KR_TUPLE_CHECK(value)) {
        kr_err_format(kr_exc_TypeError, "can only assign tuple to %s.__bases__, not %s", t->tp_name,
                      KR_TYPE(value)->tp_name);
        return -1;
    }
    if (KR_SIZE(value) == 0) {
        kr_err_format(kr_exc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()",
                      t->tp_name);
        return -1;
    }
    for (ssize_t i = 0; i < KR_SIZE(value); i++) {
        KrObject *b = KR_TUPLE_GET(value, i);
        if (!KR_TYPE_CHECK(b)) {
            kr_err_format(kr_exc_TypeError, "%s.__bases__ must be tuple of classes, not '%s'",
                          t->tp_name, KR_TYPE(b)->tp_name);
            return -1;
        }
        /* also walk tp_base: a reentrant mro() may not have updated tp_mro yet */
        int cycle = kr_type_is_subtype((KrTypeObject *)b, t);
        for (KrTypeObject *x = (KrTypeObject *)b; x && !cycle; x = x->tp_base)
            if (x == t) cycle = 1;
        if (cycle) {
            kr_err_set_string(kr_exc_TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    KrTypeObject *new_base = kr_type_best_base(value);
    if (!new_base) return -1;
    if (!kr_type_compatible_for_assignment(t->tp_base, new_base, "__bases__")) return -1;
    KrObject *old_bases = t->tp_bases;
    KrTypeObject *old_base = t->tp_base;
    KR_INCREF(value);
    KR_INCREF(new_base);
    t->tp_bases = value;
    t->tp_base = new_base;
    KrObject *old_mro = kr_xnewref(t->tp_mro);
    int failed = kr_type_mro_internal(t) < 0;
    if (t->tp_bases != value) {
        /* a custom mro() assigned __bases__ again (reentrancy): that inner
         * assignment consumed our references to value/new_base and won */
        for (ssize_t i = 0; i < KR_SIZE(old_bases); i++) {
            KrObject *b = KR_TUPLE_GET(old_bases, i);
            int still = 0;
            for (ssize_t j = 0; t->tp_bases && j < KR_SIZE(t->tp_bases); j++)
                if (KR_TUPLE_GET(t->tp_bases, j) == b) still = 1;
            if (!still) kr_type_remove_subclass((KrTypeObject *)b, t);
        }
        KR_DECREF(old_bases);
        KR_DECREF(old_base);
        KR_XDECREF(old_mro);
        return failed ? -1 : 0;
    }
    if (failed) {
        t->tp_bases = old_bases;
        t->tp_base = old_base;
        KR_DECREF(value);
        KR_DECREF(new_base);
        KR_SETREF(t->tp_mro, old_mro);
        return -1;
    }
    KR_XDECREF(old_mro);
    for (ssize_t i = 0; i < KR_SIZE(old_bases); i++)
        kr_type_remove_subclass((KrTypeObject *)KR_TUPLE_GET(old_bases, i), t);
    for (ssize_t i = 0; i < KR_SIZE(value); i++)
        kr_type_add_subclass((KrTypeObject *)KR_TUPLE_GET(value, i), t);
    KR_DECREF(old_bases);
    KR_DECREF(old_base);
    if (mro_subclasses(t, 0) < 0) return -1;
    kr_type_modified(t);
    return 0;
}

static KrObject *type_get_mro(KrObject *self, void *c)
{
    KrTypeObject *t = (KrTypeObject *)self;
    return kr_newref(t->tp_mro ? t->tp_mro : KR_NONE);
}

static KrObject *type_get_dict(KrObject *self, void *c)
{
    KrTypeObject *t = (KrTypeObject *)self;
    if (!t->tp_dict) KR_RETURN_NONE;
    return kr_mappingproxy_new(t->tp_dict);
}

static KrObject *type_get_doc(KrObject *self, void *c)
{
    KrTypeObject *t = (KrTypeObject *)self;
    if (!(t->tp_flags & KR_TPFLAGS_HEAPTYPE) && t->tp_doc) return kr_str_from_cstr(t->tp_doc);
    KrObject *r = kr_dict_get_item_borrow(t->tp_dict, KR_ID(__doc__));
    if (!r) {
        if (kr_err_occurred()) return NULL;
        if (t->tp_flags & KR_TPFLAGS_HEAPTYPE) KR_RETURN_NONE;
        KR_RETURN_NONE;
    }
    if (KR_TYPE(r)->tp_descr_get) return KR_TYPE(r)->tp_descr_get(r, NULL, self);
    return kr_newref(r);
}

static int type_set_doc(KrObject *self, KrObject *value, void *c)
{
    KrTypeObject *t = (KrTypeObject *)self;
    if (!check_set_special_type_attr(t, value, "__doc__")) return -1;
    kr_type_modified(t);
    return kr_dict_set_item(t->tp_dict, KR_ID(__doc__), value);
}

static KrObject *type_get_module(KrObject *self, void *c) { return kr_type_get_module((KrTypeObject *)self); }

static int type_set_module(KrObject *self, KrObject *value, void *c)
{
    KrTypeObject *t = (KrTypeObject *)self;
    if (!check_set_special_type_attr(t, value, "__module__")) return -1;
    kr_type_modified(t);
    return kr_dict_set_item(t->tp_dict, KR_ID(__module__), value);
}

static KrObject *type_get_abstractmethods(KrObject *self, void *c)
{
    KrTypeObject *t = (KrTypeObject *)self;
    KrObject *r = NULL;
    if (t != &kr_type_type) r = kr_dict_get_item_borrow(t->tp_dict, KR_ID(__abstractmethods__));
    if (!r) {
        if (!kr_err_occurred()) kr_err_set_string(kr_exc_AttributeError, "__abstractmethods__");
        return NULL;
    }
    return kr_newref(r);
}

static int type_set_abstractmethods(KrObject *self, KrObject *value, void *c)
{
    KrTypeObject *t = (KrTypeObject *)self;
    KrObject *key = KR_ID(__abstractmethods__);
    int abstract = 0, r;
    if (value) {
        abstract = kr_object_is_true(value);
        if (abstract < 0) return -1;
        r = kr_dict_set_item(t->tp_dict, key, value);
    } else {
        r = kr_dict_del_item(t->tp_dict, key);
        if (r < 0 && kr_err_matches(kr_exc_KeyError)) {
            kr_err_clear();
            kr_err_set_string(kr_exc_AttributeError, "__abstractmethods__");
        }
    }
    if (r < 0) return -1;
    kr_type_modified(t);
    if (abstract) t->tp_flags |= KR_TPFLAGS_IS_ABSTRACT;
    else t->tp_flags &= ~KR_TPFLAGS_IS_ABSTRACT;
    return 0;
}

static KrObject *type_get_annotations(KrObject *self, void *c)
{
    KrTypeObject *t = (KrTypeObject *)self;
    if (!(t->tp_flags & KR_TPFLAGS_HEAPTYPE)) {
        return kr_err_format(kr_exc_AttributeError, "type object '%s' has no attribute '__annotations__'",
                             t->tp_name);
    }
    KrObject *r = kr_dict_get_item_borrow(t->tp_dict, KR_ID(__annotations__));
    if (r) {
        if (KR_TYPE(r)->tp_descr_get) return KR_TYPE(r)->tp_descr_get(r, NULL, self);
        return kr_newref(r);
    }
    if (kr_err_occurred()) return NULL;
    r = kr_dict_new();
    if (!r) return NULL;
    if (kr_dict_set_item(t->tp_dict, KR_ID(__annotations__), r) < 0) {
        KR_DECREF(r);
        return NULL;
    }
    kr_type_modified(t);
    return r;
}

static int type_set_annotations(KrObject *self, KrObject *value, void *c)
{
    KrTypeObject *t = (KrTypeObject *)self;
    if (t->tp_flags & KR_TPFLAGS_IMMUTABLETYPE) {
        kr_err_format(kr_exc_TypeError, "cannot set '__annotations__' attribute of immutable type '%s'",
                      t->tp_name);
        return -1;
    }
    int r;
    if (value) {
        r = kr_dict_set_item(t->tp_dict, KR_ID(__annotations__), value);
    } else {
        r = kr_dict_del_item(t->tp_dict, KR_ID(__annotations__));
        if (r < 0 && kr_err_matches(kr_exc_KeyError)) {
            kr_err_clear();
            kr_err_set_string(kr_exc_AttributeError, "__annotations__");
        }
    }
    kr_type_modified(t);
    return r;
}

static KrObject *type_get_text_signature(KrObject *self, void *c) { KR_RETURN_NONE; }

static KrGetSetDef type_getsets[] = {
    { "__name__", type_get_name, type_set_name, NULL, NULL },
    { "__qualname__", type_get_qualname, type_set_qualname, NULL, NULL },
    { "__bases__", type_get_bases, type_set_bases, NULL, NULL },
    { "__mro__", type_get_mro, NULL, NULL, NULL },
    { "__module__", type_get_module, type_set_module, NULL, NULL },
    { "__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods, NULL, NULL },
    { "__dict__", type_get_dict, NULL, NULL, NULL },
    { "__doc__", type_get_doc, type_set_doc, NULL, NULL },
    { "__text_signature__", type_get_text_signature, NULL, NULL, NULL },
    { "__annotations__", type_get_annotations, type_set_annotations, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static KrMemberDef type_members[] = {
    { "__basicsize__", KR_T_SSIZE, offsetof(KrTypeObject, tp_basicsize), KR_READONLY, NULL },
    { "__itemsize__", KR_T_SSIZE, offsetof(KrTypeObject, tp_itemsize), KR_READONLY, NULL },
    { "__flags__", KR_T_LONG, offsetof(KrTypeObject, tp_flags), KR_READONLY, NULL },
    { "__weakrefoffset__", KR_T_SSIZE, offsetof(KrTypeObject, tp_weaklistoffset), KR_READONLY, NULL },
    { "__base__", KR_T_OBJECT, offsetof(KrTypeObject, tp_base), KR_READONLY, NULL },
    { "__dictoffset__", KR_T_SSIZE, offsetof(KrTypeObject, tp_dictoffset), KR_READONLY, NULL },
    { NULL, 0, 0, 0, NULL },
};

static KrObject *type___subclasses__(KrObject *self, KrObject *unused)
{
    return kr_type_subclasses((KrTypeObject *)self);
}

static KrObject *type___prepare__(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    return kr_dict_new();
}

static KrObject *type___instancecheck__(KrObject *self, KrObject *inst)
{
    int r = kr_object_real_is_instance(inst, self);
    if (r < 0) return NULL;
    return kr_bool_from(r);
}

static KrObject *type___subclasscheck__(KrObject *self, KrObject *sub)
{
    int r = kr_object_real_is_subclass(sub, self);
    if (r < 0) return NULL;
    return kr_bool_from(r);
}


static KrObject *type___dir__(KrObject *self, KrObject *unused) { return kr_object_type_dir(self); }

static KrObject *type___sizeof__(KrObject *self, KrObject *unused)
{
    KrTypeObject *t = (KrTypeObject *)self;
    ssize_t size = (t->tp_flags & KR_TPFLAGS_HEAPTYPE) ? (ssize_t)sizeof(KrHeapTypeObject)
                                                       : (ssize_t)sizeof(KrTypeObject);
    return kr_int_from_ssize(size);
}

/* type | other: typing.Union via the types module is someone else's; the
 * basic union object lives with `types.UnionType` (not yet available). */

static KrMethodDef type_methods[] = {
    { "mro", (void *)type_mro_method, KR_METH_NOARGS, "Return a type's method resolution order." },
    { "__subclasses__", (void *)type___subclasses__, KR_METH_NOARGS,
      "Return a list of immediate subclasses." },
    { "__prepare__", (void *)type___prepare__, KR_METH_FASTCALL | KR_METH_KEYWORDS | KR_METH_CLASS,
      "__prepare__() -> dict\nused to create the namespace for the class statement" },
    { "__instancecheck__", (void *)type___instancecheck__, KR_METH_O,
      "Check if an object is an instance." },
    { "__subclasscheck__", (void *)type___subclasscheck__, KR_METH_O,
      "Check if a class is a subclass." },
    { "__dir__", (void *)type___dir__, KR_METH_NOARGS, "Specialized __dir__ implementation for types." },
    { "__sizeof__", (void *)type___sizeof__, KR_METH_NOARGS, "Return memory consumption of the type object." },
    { NULL, NULL, 0, NULL },
};

static int type_init(KrObject *self, KrObject *args, KrObject *kwds)
{
    ssize_t nargs = KR_SIZE(args);
    if (kwds && nargs == 1 && kr_dict_size(kwds) != 0) {
        kr_err_set_string(kr_exc_TypeError, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (nargs != 1 && nargs != 3) {
        kr_err_set_string(kr_exc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}


/* int | str: a types.UnionType (union.c) */
static KrNumberMethods type_as_number = { .nb_or = kr_union_type_or };

KrTypeObject kr_type_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "type",
    .tp_basicsize = sizeof(KrHeapTypeObject),
    .tp_itemsize = 0,
    .tp_dealloc = type_dealloc,
    .tp_vectorcall_offset = offsetof(KrTypeObject, tp_vectorcall),
    .tp_repr = type_repr,
    .tp_as_number = &type_as_number,
    .tp_call = type_call,
    .tp_getattro = type_getattro,
    .tp_setattro = type_setattro,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_TYPE_SUBCLASS |
                KR_TPFLAGS_HAVE_VECTORCALL,
    .tp_doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    .tp_traverse = type_traverse,
    .tp_clear = type_clear,
    .tp_weaklistoffset = offsetof(KrTypeObject, tp_weaklist),
    .tp_methods = type_methods,
    .tp_members = type_members,
    .tp_getset = type_getsets,
    .tp_base = &kr_object_type,
    .tp_dictoffset = offsetof(KrTypeObject, tp_dict),
    .tp_init = type_init,
    .tp_alloc = kr_type_generic_alloc,
    .tp_new = kr_type_tp_new,
    .tp_free = kr_object_free,
    .tp_is_gc = type_is_gc,
    .tp_vectorcall = type_vectorcall,
};

/* ---------------------------------------------------------------------------
 * Bootstrap
 * ------------------------------------------------------------------------ */

/* Gives every static type the vectorcall of `type` so that calling a class
 * from the VM avoids tuple building when possible. */
static int ready_static(KrTypeObject *t)
{
    if (!t->tp_vectorcall) t->tp_vectorcall = type_vectorcall;
    return kr_type_ready(t);
}

int kr_type_ready_static(KrTypeObject *t);
int kr_type_ready_static(KrTypeObject *t) { return ready_static(t); }

KrObject *kr_type_vectorcall_default(KrObject *callable, KrObject *const *args, size_t nargsf,
                                     KrObject *kwnames);
KrObject *kr_type_vectorcall_default(KrObject *callable, KrObject *const *args, size_t nargsf,
                                     KrObject *kwnames)
{
    return type_vectorcall(callable, args, nargsf, kwnames);
}

int kr_types_init(void)
{
    if (kr_type_slots_init() < 0) return -1;
    kr_int_type.tp_flags |= KR_TPFLAGS_LONG_SUBCLASS;
    kr_list_type.tp_flags |= KR_TPFLAGS_LIST_SUBCLASS;
    kr_tuple_type.tp_flags |= KR_TPFLAGS_TUPLE_SUBCLASS;
    kr_bytes_type.tp_flags |= KR_TPFLAGS_BYTES_SUBCLASS;
    kr_str_type.tp_flags |= KR_TPFLAGS_UNICODE_SUBCLASS;
    kr_dict_type.tp_flags |= KR_TPFLAGS_DICT_SUBCLASS;
    KrTypeObject *types[] = {
        &kr_object_type, &kr_type_type,
        &kr_method_descr_type, &kr_classmethod_descr_type, &kr_member_descr_type,
        &kr_getset_descr_type, &kr_wrapper_descr_type, &kr_method_wrapper_type,
        &kr_cfunction_type, &kr_str_type, &kr_dict_type, &kr_tuple_type,
        &kr_list_type, &kr_int_type, &kr_bool_type, &kr_float_type,
        &kr_none_type, &kr_notimplemented_type, &kr_ellipsis_type,
        &kr_mappingproxy_type, &kr_method_type,
        &kr_property_type, &kr_classmethod_type, &kr_staticmethod_type, &kr_super_type,
        &kr_module_type, &kr_union_type,
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (ready_static(types[i]) < 0) return -1;
    return 0;
}
