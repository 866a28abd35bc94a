/* weakref.c — weak references (weakref.ref) and weak proxies, and the
 * clearing of an object's weak references when it dies. Layout and list
 * discipline follow CPython: the callback-less plain ref comes first in an
 * object's list, the callback-less proxy second, everything else after. */
#include "weakref.h"
#include "abstract.h"
#include "call.h"
#include "type.h"
#include "genericalias.h"
#include "str.h"
#include "int.h"
#include "dict.h"
#include "list.h"
#include "tuple.h"
#include "ids.h"
#include "args.h"
#include "../memory/gc.h"
#include "../vm/err.h"
#include "../vm/state.h"

#define WR(o) ((KrWeakReference *)(o))

static KrWeakReference **weaklist_ptr(KrObject *o)
{
    ssize_t off = KR_TYPE(o)->tp_weaklistoffset;
    if (off <= 0) return NULL;
    return (KrWeakReference **)((char *)o + off);
}

ssize_t kr_weakref_count(KrObject *o)
{
    KrWeakReference **list = weaklist_ptr(o);
    ssize_t n = 0;
    for (KrWeakReference *r = list ? *list : NULL; r; r = r->wr_next) n++;
    return n;
}

KrObject *kr_weakref_get_object_borrow(KrObject *ref) { return WR(ref)->wr_object; }

/* Unlinks self from its referent's list and marks it dead. */
static void clear_weakref(KrWeakReference *self)
{
    KrObject *callback = self->wr_callback;
    if (self->wr_object != KR_NONE) {
        KrWeakReference **list = weaklist_ptr(self->wr_object);
        if (list && *list == self) *list = self->wr_next;
        self->wr_object = KR_NONE;
        if (self->wr_prev) self->wr_prev->wr_next = self->wr_next;
        if (self->wr_next) self->wr_next->wr_prev = self->wr_prev;
        self->wr_prev = self->wr_next = NULL;
    }
    if (callback) {
        self->wr_callback = NULL;
        KR_DECREF(callback);
    }
}

KrWeakReference **kr_weakref_list_ptr(KrObject *o) { return weaklist_ptr(o); }

void kr_weakref_clear_keep_callback(KrObject *ref)
{
    KrWeakReference *self = WR(ref);
    KrObject *callback = self->wr_callback;
    self->wr_callback = NULL;
    clear_weakref(self);
    self->wr_callback = callback;
}

/* The callback-less ref and proxy at the head of a list (either may be NULL). */
static void get_basic_refs(KrWeakReference *head, KrWeakReference **refp, KrWeakReference **proxyp)
{
    *refp = *proxyp = NULL;
    if (head && head->wr_callback == NULL && KR_TYPE(head) == &kr_weakref_ref_type) {
        *refp = head;
        head = head->wr_next;
    }
    if (head && head->wr_callback == NULL && KR_WEAKREF_PROXY_CHECK((KrObject *)head)) *proxyp = head;
}

static void insert_after(KrWeakReference *newref, KrWeakReference *prev)
{
    newref->wr_prev = prev;
    newref->wr_next = prev->wr_next;
    if (prev->wr_next) prev->wr_next->wr_prev = newref;
    prev->wr_next = newref;
}

static void insert_head(KrWeakReference *newref, KrWeakReference **list)
{
    KrWeakReference *next = *list;
    newref->wr_prev = NULL;
    newref->wr_next = next;
    if (next) next->wr_prev = newref;
    *list = newref;
}

static int check_weakrefable(KrObject *ob)
{
    if (!weaklist_ptr(ob)) {
        kr_err_format(kr_exc_TypeError, "cannot create weak reference to '%s' object", KR_TYPE(ob)->tp_name);
        return 0;
    }
    return 1;
}

static KrObject *weakref_vectorcall(KrObject *self, KrObject *const *args, size_t nargsf, KrObject *kwnames)
{
    ssize_t nargs = kr_vectorcall_nargs(nargsf);
    if (kwnames && KR_SIZE(kwnames)) return kr_err_format(kr_exc_TypeError, "weakref() takes no keyword arguments");
    if (nargs != 0) return kr_err_format(kr_exc_TypeError, "weakref expected 0 arguments, got %zd", nargs);
    return kr_newref(WR(self)->wr_object);
}

static void init_weakref(KrWeakReference *self, KrObject *ob, KrObject *callback)
{
    self->hash = -1;
    self->wr_object = ob;
    self->wr_prev = self->wr_next = NULL;
    self->wr_callback = kr_xnewref(callback);
    self->vectorcall = weakref_vectorcall;
}

/* A new weak reference of `type` (ref or a subclass) to ob. */
static KrObject *new_ref_of_type(KrTypeObject *type, KrObject *ob, KrObject *callback)
{
    if (!check_weakrefable(ob)) return NULL;
    if (callback == KR_NONE) callback = NULL;
    KrWeakReference **list = weaklist_ptr(ob);
    KrWeakReference *ref, *proxy;
    get_basic_refs(*list, &ref, &proxy);
    if (!callback && type == &kr_weakref_ref_type && ref) return kr_newref(ref);
    KrWeakReference *self = (KrWeakReference *)type->tp_alloc(type, 0);
    if (!self) return NULL;
    init_weakref(self, ob, callback);
    if (!callback && type == &kr_weakref_ref_type) {
        insert_head(self, list);
    } else {
        get_basic_refs(*list, &ref, &proxy);
        KrWeakReference *prev = proxy ? proxy : ref;
        if (prev) insert_after(self, prev);
        else insert_head(self, list);
    }
    return (KrObject *)self;
}

KrObject *kr_weakref_new_ref(KrObject *ob, KrObject *callback)
{
    return new_ref_of_type(&kr_weakref_ref_type, ob, callback);
}

KrObject *kr_weakref_new_proxy(KrObject *ob, KrObject *callback)
{
    if (!check_weakrefable(ob)) return NULL;
    if (callback == KR_NONE) callback = NULL;
    KrWeakReference **list = weaklist_ptr(ob);
    KrWeakReference *ref, *proxy;
    get_basic_refs(*list, &ref, &proxy);
    if (!callback && proxy) return kr_newref(proxy);
    KrTypeObject *type = kr_callable_check(ob) ? &kr_weakref_callable_proxy_type : &kr_weakref_proxy_type;
    KrWeakReference *self = (KrWeakReference *)kr_type_generic_alloc(type, 0);
    if (!self) return NULL;
    init_weakref(self, ob, callback);
    get_basic_refs(*list, &ref, &proxy);
    if (!callback) {
        if (ref) insert_after(self, ref);
        else insert_head(self, list);
    } else {
        KrWeakReference *prev = proxy ? proxy : ref;
        if (prev) insert_after(self, prev);
        else insert_head(self, list);
    }
    return (KrObject *)self;
}

static void handle_callback(KrWeakReference *ref, KrObject *callback)
{
    KrObject *res = kr_object_call_one(callback, (KrObject *)ref);
    if (!res) kr_err_write_unraisable(callback);
    else KR_DECREF(res);
}

void kr_weakref_clear_refs(KrObject *o)
{
    KrWeakReference **list = weaklist_ptr(o);
    if (!list || !*list) return;
    /* the callback-less ref and proxy need no calls */
    if ((*list)->wr_callback == NULL) {
        clear_weakref(*list);
        if (*list && (*list)->wr_callback == NULL) clear_weakref(*list);
    }
    if (!*list) return;
    KrObject *exc = kr_err_fetch();
    ssize_t count = kr_weakref_count(o);
    KrObject *pending = kr_list_new(0);
    for (ssize_t i = 0; i < count && *list; i++) {
        KrWeakReference *current = *list;
        KrObject *callback = current->wr_callback;
        current->wr_callback = NULL;
        /* keep the ref alive until its callback ran, unless it is dying */
        int alive = KR_REFCNT(current) > 0;
        if (alive) KR_INCREF(current);
        clear_weakref(current);
        if (callback && alive && pending) {
            KrObject *pair = kr_tuple_pack(2, (KrObject *)current, callback);
            if (!pair || kr_list_append(pending, pair) < 0) kr_err_clear();
            KR_XDECREF(pair);
        }
        if (alive) KR_DECREF(current);
        KR_XDECREF(callback);
    }
    if (pending) {
        for (ssize_t i = 0; i < KR_SIZE(pending); i++) {
            KrObject *pair = KR_LIST_GET(pending, i);
            handle_callback(WR(KR_TUPLE_GET(pair, 0)), KR_TUPLE_GET(pair, 1));
        }
        KR_DECREF(pending);
    } else {
        kr_err_clear();
    }
    kr_err_restore(exc);
}

/* ---------------------------------------------------------------------------
 * weakref.ref
 * ------------------------------------------------------------------------ */

/* Keyword arguments are ignored here (a subclass's __init__ may take them);
 * ref's own __init__ rejects them. */
static int parse_init_args(const char *name, KrObject *args, KrObject **ob, KrObject **callback)
{
    ssize_t n = KR_SIZE(args);
    if (n < 1 || n > 2) {
        kr_err_format(kr_exc_TypeError, "%s expected %s%d argument%s, got %zd", name, n < 1 ? "at least " : "at most ",
                      n < 1 ? 1 : 2, n < 1 ? "" : "s", n);
        return 0;
    }
    *ob = KR_TUPLE_GET(args, 0);
    *callback = n > 1 ? KR_TUPLE_GET(args, 1) : NULL;
    return 1;
}

static KrObject *weakref_tp_new(KrTypeObject *type, KrObject *args, KrObject *kwargs)
{
    KrObject *ob, *callback;
    if (!parse_init_args("__new__", args, &ob, &callback)) return NULL;
    return new_ref_of_type(type, ob, callback);
}

static int weakref_tp_init(KrObject *self, KrObject *args, KrObject *kwargs)
{
    KrObject *ob, *callback;
    if (kr_args_no_kwargs("ref", kwargs) < 0) return -1;
    return parse_init_args("__init__", args, &ob, &callback) ? 0 : -1;
}

static void weakref_dealloc(KrObject *self)
{
    kr_gc_untrack(self);
    clear_weakref(WR(self));
    KR_TYPE(self)->tp_free(self);
}

static int weakref_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KR_VISIT(WR(self)->wr_callback);
    return 0;
}

static int weakref_clear(KrObject *self)
{
    clear_weakref(WR(self));
    return 0;
}

static kr_hash_t weakref_hash(KrObject *self)
{
    KrWeakReference *r = WR(self);
    if (r->hash != -1) return r->hash;
    if (r->wr_object == KR_NONE) {
        kr_err_set_string(kr_exc_TypeError, "weak object has gone away");
        return -1;
    }
    KrObject *obj = kr_newref(r->wr_object);
    r->hash = kr_object_hash(obj);
    KR_DECREF(obj);
    return r->hash;
}

static KrObject *weakref_repr(KrObject *self)
{
    KrObject *obj = WR(self)->wr_object;
    if (obj == KR_NONE) return kr_str_from_format("<weakref at %p; dead>", (void *)self);
    KR_INCREF(obj);
    KrObject *name;
    if (kr_object_lookup_attr(obj, KR_ID(__name__), &name) < 0) {
        KR_DECREF(obj);
        return NULL;
    }
    KrObject *res;
    if (!name || !KR_STR_CHECK(name))
        res = kr_str_from_format("<weakref at %p; to '%s' at %p>", (void *)self, KR_TYPE(obj)->tp_name, (void *)obj);
    else
        res = kr_str_from_format("<weakref at %p; to '%s' at %p (%U)>", (void *)self, KR_TYPE(obj)->tp_name,
                                 (void *)obj, name);
    KR_XDECREF(name);
    KR_DECREF(obj);
    return res;
}

static KrObject *weakref_richcompare(KrObject *self, KrObject *other, int op)
{
    if ((op != KR_EQ && op != KR_NE) || !KR_WEAKREF_CHECK(self) || !KR_WEAKREF_CHECK(other))
        KR_RETURN_NOTIMPLEMENTED;
    KrObject *a = WR(self)->wr_object, *b = WR(other)->wr_object;
    if (a == KR_NONE || b == KR_NONE) {
        int eq = self == other;
        return kr_bool_from(op == KR_EQ ? eq : !eq);
    }
    KR_INCREF(a);
    KR_INCREF(b);
    KrObject *res = kr_object_richcompare(a, b, op);
    KR_DECREF(a);
    KR_DECREF(b);
    return res;
}

static KrMemberDef weakref_members[] = {
    { "__callback__", KR_T_OBJECT, offsetof(KrWeakReference, wr_callback), KR_READONLY, NULL },
    { NULL, 0, 0, 0, NULL },
};

static KrMethodDef weakref_methods[] = {
    { "__class_getitem__", (void *)kr_generic_alias_class_getitem, KR_METH_O | KR_METH_CLASS,
      "See PEP 585" },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_weakref_ref_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "weakref.ReferenceType",
    .tp_basicsize = sizeof(KrWeakReference),
    .tp_dealloc = weakref_dealloc,
    .tp_vectorcall_offset = offsetof(KrWeakReference, vectorcall),
    .tp_repr = weakref_repr,
    .tp_hash = weakref_hash,
    .tp_call = kr_vectorcall_call,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_HAVE_VECTORCALL | KR_TPFLAGS_BASETYPE,
    .tp_traverse = weakref_traverse,
    .tp_clear = weakref_clear,
    .tp_richcompare = weakref_richcompare,
    .tp_methods = weakref_methods,
    .tp_members = weakref_members,
    .tp_init = weakref_tp_init,
    .tp_alloc = kr_type_generic_alloc,
    .tp_new = weakref_tp_new,
    .tp_free = kr_object_free,
};

/* ---------------------------------------------------------------------------
 * Proxies: every operation is forwarded to the referent, or raises
 * ReferenceError once it is gone.
 * ------------------------------------------------------------------------ */

/* The referent as a new reference, or NULL + ReferenceError. */
static KrObject *unwrap(KrObject *proxy)
{
    KrObject *o = WR(proxy)->wr_object;
    if (o == KR_NONE) {
        kr_err_set_string(kr_exc_ReferenceError, "weakly-referenced object no longer exists");
        return NULL;
    }
    return kr_newref(o);
}

/* o itself if it is not a proxy, else its referent (new refs). */
static KrObject *unwrap_any(KrObject *o)
{
    if (KR_WEAKREF_PROXY_CHECK(o)) return unwrap(o);
    return kr_newref(o);
}

static KrObject *proxy_getattr(KrObject *self, KrObject *name)
{
    KrObject *o = unwrap(self);
    if (!o) return NULL;
    KrObject *r = kr_object_getattr(o, name);
    KR_DECREF(o);
    return r;
}

static int proxy_setattr(KrObject *self, KrObject *name, KrObject *value)
{
    KrObject *o = unwrap(self);
    if (!o) return -1;
    int r = kr_object_setattr(o, name, value);
    KR_DECREF(o);
    return r;
}

static KrObject *proxy_str(KrObject *self)
{
    KrObject *o = unwrap(self);
    if (!o) return NULL;
    KrObject *r = kr_object_str(o);
    KR_DECREF(o);
    return r;
}

static KrObject *proxy_repr(KrObject *self)
{
    KrObject *o = WR(self)->wr_object;
    return kr_str_from_format("<weakproxy at %p to %s at %p>", (void *)self, KR_TYPE(o)->tp_name, (void *)o);
}

static KrObject *proxy_call(KrObject *self, KrObject *args, KrObject *kw)
{
    KrObject *o = unwrap(self);
    if (!o) return NULL;
    KrObject *r = kr_object_call(o, args, kw);
    KR_DECREF(o);
    return r;
}

static KrObject *proxy_richcompare(KrObject *a, KrObject *b, int op)
{
    KrObject *x = unwrap_any(a);
    if (!x) return NULL;
    KrObject *y = unwrap_any(b);
    if (!y) {
        KR_DECREF(x);
        return NULL;
    }
    KrObject *r = kr_object_richcompare(x, y, op);
    KR_DECREF(x);
    KR_DECREF(y);
    return r;
}

static int proxy_bool(KrObject *self)
{
    KrObject *o = unwrap(self);
    if (!o) return -1;
    int r = kr_object_is_true(o);
    KR_DECREF(o);
    return r;
}

static ssize_t proxy_length(KrObject *self)
{
    KrObject *o = unwrap(self);
    if (!o) return -1;
    ssize_t r = kr_object_length(o);
    KR_DECREF(o);
    return r;
}

static int proxy_contains(KrObject *self, KrObject *v)
{
    KrObject *o = unwrap(self);
    if (!o) return -1;
    int r = kr_sequence_contains(o, v);
    KR_DECREF(o);
    return r;
}

static KrObject *proxy_getitem(KrObject *self, KrObject *key)
{
    KrObject *o = unwrap(self);
    if (!o) return NULL;
    KrObject *r = kr_object_getitem(o, key);
    KR_DECREF(o);
    return r;
}

static int proxy_setitem(KrObject *self, KrObject *key, KrObject *value)
{
    KrObject *o = unwrap(self);
    if (!o) return -1;
    int r = value ? kr_object_setitem(o, key, value) : kr_object_delitem(o, key);
    KR_DECREF(o);
    return r;
}

static KrObject *proxy_iter(KrObject *self)
{
    KrObject *o = unwrap(self);
    if (!o) return NULL;
    KrObject *r = kr_object_get_iter(o);
    KR_DECREF(o);
    return r;
}

static KrObject *proxy_iternext(KrObject *self)
{
    KrObject *o = unwrap(self);
    if (!o) return NULL;
    if (!kr_iter_check(o)) {
        kr_err_format(kr_exc_TypeError, "Weakref proxy referenced a non-iterator '%.200s' object",
                      KR_TYPE(o)->tp_name);
        KR_DECREF(o);
        return NULL;
    }
    KrObject *r = kr_iter_next(o);
    KR_DECREF(o);
    return r;
}

#define PROXY_BINOP(fname, op) \
    static KrObject *fname(KrObject *a, KrObject *b) \
    { \
        KrObject *x = unwrap_any(a), *y, *r; \
        if (!x) return NULL; \
        y = unwrap_any(b); \
        if (!y) { \
            KR_DECREF(x); \
            return NULL; \
        } \
        r = kr_number_binop(x, y, op); \
        KR_DECREF(x); \
        KR_DECREF(y); \
        return r; \
    }
PROXY_BINOP(proxy_add, KR_NB_ADD)
PROXY_BINOP(proxy_sub, KR_NB_SUBTRACT)
PROXY_BINOP(proxy_mul, KR_NB_MULTIPLY)
PROXY_BINOP(proxy_mod, KR_NB_REMAINDER)
PROXY_BINOP(proxy_lshift, KR_NB_LSHIFT)
PROXY_BINOP(proxy_rshift, KR_NB_RSHIFT)
PROXY_BINOP(proxy_and, KR_NB_AND)
PROXY_BINOP(proxy_xor, KR_NB_XOR)
PROXY_BINOP(proxy_or, KR_NB_OR)
PROXY_BINOP(proxy_floordiv, KR_NB_FLOOR_DIVIDE)
PROXY_BINOP(proxy_truediv, KR_NB_TRUE_DIVIDE)
PROXY_BINOP(proxy_matmul, KR_NB_MATRIX_MULTIPLY)
PROXY_BINOP(proxy_iadd, KR_NB_INPLACE + KR_NB_ADD)
PROXY_BINOP(proxy_isub, KR_NB_INPLACE + KR_NB_SUBTRACT)
PROXY_BINOP(proxy_imul, KR_NB_INPLACE + KR_NB_MULTIPLY)
PROXY_BINOP(proxy_imod, KR_NB_INPLACE + KR_NB_REMAINDER)
PROXY_BINOP(proxy_ilshift, KR_NB_INPLACE + KR_NB_LSHIFT)
PROXY_BINOP(proxy_irshift, KR_NB_INPLACE + KR_NB_RSHIFT)
PROXY_BINOP(proxy_iand, KR_NB_INPLACE + KR_NB_AND)
PROXY_BINOP(proxy_ixor, KR_NB_INPLACE + KR_NB_XOR)
PROXY_BINOP(proxy_ior, KR_NB_INPLACE + KR_NB_OR)
PROXY_BINOP(proxy_ifloordiv, KR_NB_INPLACE + KR_NB_FLOOR_DIVIDE)
PROXY_BINOP(proxy_itruediv, KR_NB_INPLACE + KR_NB_TRUE_DIVIDE)
PROXY_BINOP(proxy_imatmul, KR_NB_INPLACE + KR_NB_MATRIX_MULTIPLY)

/* divmod has no KR_NB_* number: call the builtin, which dispatches. */
static KrObject *proxy_divmod(KrObject *a, KrObject *b)
{
    KrObject *x = unwrap_any(a), *y = x ? unwrap_any(b) : NULL, *r = NULL;
    if (y) {
        KrObject *args[2] = { x, y };
        KrObject *f = kr_interp.builtins ? kr_dict_get_item_str_borrow(kr_interp.builtins, "divmod") : NULL;
        if (f) r = kr_object_vectorcall(f, args, 2, NULL);
        else if (!kr_err_occurred()) kr_err_set_string(kr_exc_RuntimeError, "lost builtins.divmod");
    }
    KR_XDECREF(x);
    KR_XDECREF(y);
    return r;
}

static KrObject *proxy_ipow(KrObject *a, KrObject *b, KrObject *c)
{
    KrObject *x = unwrap_any(a), *y = x ? unwrap_any(b) : NULL, *r = NULL;
    if (y) r = kr_number_binop(x, y, KR_NB_INPLACE + KR_NB_POWER);
    KR_XDECREF(x);
    KR_XDECREF(y);
    return r;
}

static KrObject *proxy_pow(KrObject *a, KrObject *b, KrObject *c)
{
    KrObject *x = unwrap_any(a), *y = x ? unwrap_any(b) : NULL, *r = NULL;
    if (y) r = kr_number_power(x, y, c);
    KR_XDECREF(x);
    KR_XDECREF(y);
    return r;
}

#define PROXY_UNARY(fname, call) \
    static KrObject *fname(KrObject *a) \
    { \
        KrObject *x = unwrap(a); \
        if (!x) return NULL; \
        KrObject *r = call(x); \
        KR_DECREF(x); \
        return r; \
    }
PROXY_UNARY(proxy_neg, kr_number_negative)
PROXY_UNARY(proxy_pos, kr_number_positive)
PROXY_UNARY(proxy_abs, kr_number_absolute)
PROXY_UNARY(proxy_invert, kr_number_invert)
PROXY_UNARY(proxy_int, kr_number_long)
PROXY_UNARY(proxy_float, kr_number_float)
PROXY_UNARY(proxy_index, kr_number_index)

static KrObject *proxy_bytes(KrObject *self, KrObject *unused)
{
    KrObject *o = unwrap(self);
    if (!o) return NULL;
    KrObject *r = kr_object_call_method_str(o, "__bytes__", NULL, 0);
    KR_DECREF(o);
    return r;
}

static KrObject *proxy_reversed(KrObject *self, KrObject *unused)
{
    KrObject *o = unwrap(self);
    if (!o) return NULL;
    KrObject *r = kr_object_call_method_str(o, "__reversed__", NULL, 0);
    KR_DECREF(o);
    return r;
}

static KrMethodDef proxy_methods[] = {
    { "__bytes__", (void *)proxy_bytes, KR_METH_NOARGS, NULL },
    { "__reversed__", (void *)proxy_reversed, KR_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static KrNumberMethods proxy_as_number = {
    .nb_add = proxy_add, .nb_subtract = proxy_sub, .nb_multiply = proxy_mul,
    .nb_remainder = proxy_mod, .nb_power = proxy_pow, .nb_negative = proxy_neg,
    .nb_positive = proxy_pos, .nb_absolute = proxy_abs, .nb_bool = proxy_bool,
    .nb_invert = proxy_invert, .nb_lshift = proxy_lshift, .nb_rshift = proxy_rshift,
    .nb_and = proxy_and, .nb_xor = proxy_xor, .nb_or = proxy_or, .nb_int = proxy_int,
    .nb_float = proxy_float, .nb_floor_divide = proxy_floordiv, .nb_true_divide = proxy_truediv,
    .nb_index = proxy_index, .nb_matrix_multiply = proxy_matmul, .nb_divmod = proxy_divmod,
    .nb_inplace_add = proxy_iadd, .nb_inplace_subtract = proxy_isub, .nb_inplace_multiply = proxy_imul,
    .nb_inplace_remainder = proxy_imod, .nb_inplace_power = proxy_ipow, .nb_inplace_lshift = proxy_ilshift,
    .nb_inplace_rshift = proxy_irshift, .nb_inplace_and = proxy_iand, .nb_inplace_xor = proxy_ixor,
    .nb_inplace_or = proxy_ior, .nb_inplace_floor_divide = proxy_ifloordiv,
    .nb_inplace_true_divide = proxy_itruediv, .nb_inplace_matrix_multiply = proxy_imatmul,
};

static KrSequenceMethods proxy_as_sequence = { .sq_contains = proxy_contains };
static KrMappingMethods proxy_as_mapping = {
    .mp_length = proxy_length, .mp_subscript = proxy_getitem, .mp_ass_subscript = proxy_setitem,
};

KrTypeObject kr_weakref_proxy_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "weakref.ProxyType",
    .tp_basicsize = sizeof(KrWeakReference),
    .tp_dealloc = weakref_dealloc,
    .tp_repr = proxy_repr,
    .tp_as_number = &proxy_as_number,
    .tp_as_sequence = &proxy_as_sequence,
    .tp_as_mapping = &proxy_as_mapping,
    .tp_hash = kr_object_hash_not_implemented,
    .tp_str = proxy_str,
    .tp_getattro = proxy_getattr,
    .tp_setattro = proxy_setattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC,
    .tp_traverse = weakref_traverse,
    .tp_clear = weakref_clear,
    .tp_richcompare = proxy_richcompare,
    .tp_iter = proxy_iter,
    .tp_iternext = proxy_iternext,
    .tp_methods = proxy_methods,
    .tp_free = kr_object_free,
};

KrTypeObject kr_weakref_callable_proxy_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "weakref.CallableProxyType",
    .tp_basicsize = sizeof(KrWeakReference),
    .tp_dealloc = weakref_dealloc,
    .tp_repr = proxy_repr,
    .tp_as_number = &proxy_as_number,
    .tp_as_sequence = &proxy_as_sequence,
    .tp_as_mapping = &proxy_as_mapping,
    .tp_hash = kr_object_hash_not_implemented,
    .tp_call = proxy_call,
    .tp_str = proxy_str,
    .tp_getattro = proxy_getattr,
    .tp_setattro = proxy_setattr,
    .tp_flags = KR_TPFLAGS_HAVE_GC,
    .tp_traverse = weakref_traverse,
    .tp_clear = weakref_clear,
    .tp_richcompare = proxy_richcompare,
    .tp_iter = proxy_iter,
    .tp_iternext = proxy_iternext,
    .tp_free = kr_object_free,
};

int kr_weakref_init(void)
{
    if (kr_type_ready(&kr_weakref_ref_type) < 0) return -1;
    if (kr_type_ready(&kr_weakref_proxy_type) < 0) return -1;
    return kr_type_ready(&kr_weakref_callable_proxy_type);
}
