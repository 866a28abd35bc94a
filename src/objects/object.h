/* object.h — the object header every krait object starts with, the type
 * object that describes a kind of object, reference counting, and the
 * generic object protocol (repr, hash, compare, attributes, calls ...).
 *
 * The model is CPython's: every value is a KrObject* whose first fields are a
 * reference count and a type pointer; behaviour lives in C-level "slots" of
 * the type object; a Python class that defines a dunder gets the matching slot
 * filled by a wrapper (type.c), and a C slot is visible as a dunder.
 *
 * Ownership rules (see docs/internals/objects.md):
 *   - functions return NEW references unless their comment or name says
 *     "borrowed" (..._borrow);
 *   - arguments are BORROWED unless the name says "steal" (..._steal);
 *   - a function that fails returns NULL (or -1) with an exception set on
 *     the current thread (vm/err.h); NULL/-1 only if an exception is set.
 */
#ifndef KR_OBJECT_H
#define KR_OBJECT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <stdarg.h>
#include <sys/types.h> /* ssize_t */

typedef struct KrObject KrObject;
typedef struct KrTypeObject KrTypeObject;
typedef int64_t kr_hash_t; /* Python hash values; -1 is reserved for errors */

/* ---------------------------------------------------------------------------
 * The object header
 * ------------------------------------------------------------------------ */

struct KrObject {
    ssize_t ob_refcnt;
    KrTypeObject *ob_type;
};

/* Objects whose size varies with the number of items (tuple, int digits ...). */
typedef struct {
    KrObject ob_base;
    ssize_t ob_size;
} KrVarObject;

/* Statically allocated objects (types, None, small ints) start with a huge
 * count so that they are never deallocated. */
#define KR_IMMORTAL_REFCNT ((ssize_t)1 << 60)
#define KR_OBJECT_HEAD_INIT(type) { KR_IMMORTAL_REFCNT, (type) }
#define KR_VAR_OBJECT_HEAD_INIT(type, size) { KR_OBJECT_HEAD_INIT(type), (size) }

#define KR_TYPE(o) (((KrObject *)(o))->ob_type)
#define KR_REFCNT(o) (((KrObject *)(o))->ob_refcnt)
#define KR_SIZE(o) (((KrVarObject *)(o))->ob_size)
#define KR_IS_TYPE(o, t) (KR_TYPE(o) == (t))

/* ---------------------------------------------------------------------------
 * Reference counting. kr_object_dealloc (object.c) calls tp_dealloc.
 * ------------------------------------------------------------------------ */

void kr_object_dealloc(KrObject *o);

#ifdef KR_DEBUG
extern ssize_t kr_ref_total; /* sys.gettotalrefcount() in debug builds */
#define KR_REF_TOTAL_INC() (kr_ref_total++)
#define KR_REF_TOTAL_DEC() (kr_ref_total--)
/* Debug builds (make debug, -DKR_DEBUG) check cheap invariants with
 * KR_ASSERT(cond) / KR_ASSERT_OBJ(cond, obj): on failure they print the
 * condition, file and line (and the object's type and refcount) to stderr
 * and abort. Normal builds compile them to nothing: conditions must not have
 * side effects. Defined in object.c; never returns. */
_Noreturn void kr_object_assert_failed(const char *cond, const char *file, int line,
                                       const KrObject *o);
#define KR_ASSERT(cond) \
    ((cond) ? (void)0 : kr_object_assert_failed(#cond, __FILE__, __LINE__, NULL))
#define KR_ASSERT_OBJ(cond, o) \
    ((cond) ? (void)0 : kr_object_assert_failed(#cond, __FILE__, __LINE__, (const KrObject *)(o)))
#else
#define KR_REF_TOTAL_INC() ((void)0)
#define KR_REF_TOTAL_DEC() ((void)0)
#define KR_ASSERT(cond) ((void)0)
#define KR_ASSERT_OBJ(cond, o) ((void)0)
#endif

static inline void kr_incref(KrObject *o) {
    KR_REF_TOTAL_INC();
    o->ob_refcnt++;
}
static inline void kr_decref(KrObject *o) {
    KR_REF_TOTAL_DEC();
    /* a count going below zero means someone dropped a reference they did
     * not own (the object was already freed or is about to be) */
    KR_ASSERT_OBJ(o->ob_refcnt > 0, o);
    if (--o->ob_refcnt == 0) kr_object_dealloc(o);
}
static inline void kr_xincref(KrObject *o) { if (o) kr_incref(o); }
static inline void kr_xdecref(KrObject *o) { if (o) kr_decref(o); }
/* Returns its argument with one more reference: `return kr_newref(x);` */
static inline KrObject *kr_newref(void *o) { kr_incref((KrObject *)o); return (KrObject *)o; }
static inline KrObject *kr_xnewref(void *o) { if (o) kr_incref((KrObject *)o); return (KrObject *)o; }

#define KR_INCREF(o) kr_incref((KrObject *)(o))
#define KR_DECREF(o) kr_decref((KrObject *)(o))
#define KR_XINCREF(o) kr_xincref((KrObject *)(o))
#define KR_XDECREF(o) kr_xdecref((KrObject *)(o))
/* Sets the variable to NULL *before* dropping the reference, since the drop
 * may run arbitrary code (a __del__) that looks at the variable. */
#define KR_CLEAR(var) do { KrObject *kr_tmp_ = (KrObject *)(var); \
    if (kr_tmp_) { (var) = NULL; kr_decref(kr_tmp_); } } while (0)
/* Stores a new (owned) value into a slot, then drops the old one. */
#define KR_SETREF(var, newval) do { KrObject *kr_tmp_ = (KrObject *)(var); \
    (var) = (newval); kr_xdecref(kr_tmp_); } while (0)

/* ---------------------------------------------------------------------------
 * Slot signatures
 * ------------------------------------------------------------------------ */

typedef void (*kr_destructor)(KrObject *);
typedef KrObject *(*kr_unaryfunc)(KrObject *);
typedef KrObject *(*kr_binaryfunc)(KrObject *, KrObject *);
typedef KrObject *(*kr_ternaryfunc)(KrObject *, KrObject *, KrObject *);
typedef int (*kr_inquiry)(KrObject *);
typedef ssize_t (*kr_lenfunc)(KrObject *);
typedef KrObject *(*kr_ssizeargfunc)(KrObject *, ssize_t);
typedef int (*kr_ssizeobjargproc)(KrObject *, ssize_t, KrObject *);
typedef int (*kr_objobjproc)(KrObject *, KrObject *);
typedef int (*kr_objobjargproc)(KrObject *, KrObject *, KrObject *);
typedef KrObject *(*kr_reprfunc)(KrObject *);
typedef kr_hash_t (*kr_hashfunc)(KrObject *);
typedef KrObject *(*kr_richcmpfunc)(KrObject *, KrObject *, int op);
typedef KrObject *(*kr_getiterfunc)(KrObject *);
/* tp_iternext: returns the next item (new ref), or NULL. At exhaustion it
 * returns NULL *without* an exception set (StopIteration is optional and is
 * treated as exhaustion by callers that see it). */
typedef KrObject *(*kr_iternextfunc)(KrObject *);
typedef KrObject *(*kr_getattrofunc)(KrObject *, KrObject *name);
/* value NULL means delete */
typedef int (*kr_setattrofunc)(KrObject *, KrObject *name, KrObject *value);
typedef KrObject *(*kr_descrgetfunc)(KrObject *descr, KrObject *obj, KrObject *type);
typedef int (*kr_descrsetfunc)(KrObject *descr, KrObject *obj, KrObject *value);
typedef int (*kr_initproc)(KrObject *self, KrObject *args, KrObject *kwds);
typedef KrObject *(*kr_newfunc)(KrTypeObject *type, KrObject *args, KrObject *kwds);
typedef KrObject *(*kr_allocfunc)(KrTypeObject *type, ssize_t nitems);
typedef void (*kr_freefunc)(void *);
typedef int (*kr_visitproc)(KrObject *, void *arg);
typedef int (*kr_traverseproc)(KrObject *, kr_visitproc, void *arg);

/* The fast calling convention used everywhere calls are hot:
 * args[0 .. nargs-1] are positional arguments, followed by
 * len(kwnames) keyword values; kwnames is a tuple of str or NULL.
 * nargsf may carry KR_VECTORCALL_ARGS_OFFSET: then args[-1] may be
 * overwritten temporarily by the callee (to prepend `self` without copying). */
typedef KrObject *(*kr_vectorcallfunc)(KrObject *callable, KrObject *const *args,
                                       size_t nargsf, KrObject *kwnames);
#define KR_VECTORCALL_ARGS_OFFSET ((size_t)1 << (8 * sizeof(size_t) - 1))
static inline ssize_t kr_vectorcall_nargs(size_t nargsf) {
    return (ssize_t)(nargsf & ~KR_VECTORCALL_ARGS_OFFSET);
}

/* Buffer protocol (basic, as PEP 3118 without the struct module formats). */
typedef struct {
    void *buf;
    KrObject *obj;      /* owned reference to the exporter, or NULL */
    ssize_t len;
    ssize_t itemsize;
    int readonly;
    int ndim;
    char *format;       /* "B" for plain bytes, or NULL meaning "B" */
    ssize_t *shape;
    ssize_t *strides;
    void *internal;
} KrBuffer;
#define KR_BUF_SIMPLE 0
#define KR_BUF_WRITABLE 0x0001
#define KR_BUF_FORMAT 0x0004
#define KR_BUF_ND 0x0008
#define KR_BUF_STRIDES (0x0010 | KR_BUF_ND)
#define KR_BUF_FULL_RO (KR_BUF_STRIDES | KR_BUF_FORMAT)
typedef int (*kr_getbufferproc)(KrObject *, KrBuffer *, int flags);
typedef void (*kr_releasebufferproc)(KrObject *, KrBuffer *);

/* ---------------------------------------------------------------------------
 * Method tables
 * ------------------------------------------------------------------------ */

typedef struct {
    kr_binaryfunc nb_add;
    kr_binaryfunc nb_subtract;
    kr_binaryfunc nb_multiply;
    kr_binaryfunc nb_remainder;
    kr_binaryfunc nb_divmod;
    kr_ternaryfunc nb_power;
    kr_unaryfunc nb_negative;
    kr_unaryfunc nb_positive;
    kr_unaryfunc nb_absolute;
    kr_inquiry nb_bool;          /* 1 true, 0 false, -1 error */
    kr_unaryfunc nb_invert;
    kr_binaryfunc nb_lshift;
    kr_binaryfunc nb_rshift;
    kr_binaryfunc nb_and;
    kr_binaryfunc nb_xor;
    kr_binaryfunc nb_or;
    kr_unaryfunc nb_int;
    kr_unaryfunc nb_float;
    kr_binaryfunc nb_inplace_add;
    kr_binaryfunc nb_inplace_subtract;
    kr_binaryfunc nb_inplace_multiply;
    kr_binaryfunc nb_inplace_remainder;
    kr_ternaryfunc nb_inplace_power;
    kr_binaryfunc nb_inplace_lshift;
    kr_binaryfunc nb_inplace_rshift;
    kr_binaryfunc nb_inplace_and;
    kr_binaryfunc nb_inplace_xor;
    kr_binaryfunc nb_inplace_or;
    kr_binaryfunc nb_floor_divide;
    kr_binaryfunc nb_true_divide;
    kr_binaryfunc nb_inplace_floor_divide;
    kr_binaryfunc nb_inplace_true_divide;
    kr_unaryfunc nb_index;
    kr_binaryfunc nb_matrix_multiply;
    kr_binaryfunc nb_inplace_matrix_multiply;
} KrNumberMethods;

typedef struct {
    kr_lenfunc sq_length;
    kr_binaryfunc sq_concat;
    kr_ssizeargfunc sq_repeat;
    kr_ssizeargfunc sq_item;          /* index already adjusted for negatives */
    kr_ssizeobjargproc sq_ass_item;   /* value NULL means delete */
    kr_objobjproc sq_contains;        /* 1, 0, or -1 on error */
    kr_binaryfunc sq_inplace_concat;
    kr_ssizeargfunc sq_inplace_repeat;
} KrSequenceMethods;

typedef struct {
    kr_lenfunc mp_length;
    kr_binaryfunc mp_subscript;
    kr_objobjargproc mp_ass_subscript; /* value NULL means delete */
} KrMappingMethods;

typedef struct {
    kr_unaryfunc am_await;
    kr_unaryfunc am_aiter;
    kr_unaryfunc am_anext;
} KrAsyncMethods;

typedef struct {
    kr_getbufferproc bf_getbuffer;
    kr_releasebufferproc bf_releasebuffer;
} KrBufferProcs;

/* Built-in functions and methods. The C signature depends on the flags:
 *   KR_METH_NOARGS    KrObject *f(KrObject *self, KrObject *unused)
 *   KR_METH_O         KrObject *f(KrObject *self, KrObject *arg)
 *   KR_METH_FASTCALL  KrObject *f(KrObject *self, KrObject *const *args, ssize_t nargs)
 *   KR_METH_FASTCALL | KR_METH_KEYWORDS
 *                     KrObject *f(KrObject *self, KrObject *const *args, ssize_t nargs,
 *                                 KrObject *kwnames)
 *   KR_METH_VARARGS   KrObject *f(KrObject *self, KrObject *args_tuple)
 *   KR_METH_VARARGS | KR_METH_KEYWORDS
 *                     KrObject *f(KrObject *self, KrObject *args_tuple, KrObject *kwargs_or_NULL)
 * For module functions `self` is the module; for methods it is the instance
 * (or the class with KR_METH_CLASS). */
typedef KrObject *(*kr_cfunction)(KrObject *, KrObject *);
typedef KrObject *(*kr_cfunction_fast)(KrObject *, KrObject *const *, ssize_t);
typedef KrObject *(*kr_cfunction_fast_kw)(KrObject *, KrObject *const *, ssize_t, KrObject *);
typedef KrObject *(*kr_cfunction_kw)(KrObject *, KrObject *, KrObject *);

#define KR_METH_VARARGS 0x0001
#define KR_METH_KEYWORDS 0x0002
#define KR_METH_NOARGS 0x0004
#define KR_METH_O 0x0008
#define KR_METH_CLASS 0x0010
#define KR_METH_STATIC 0x0020
#define KR_METH_COEXIST 0x0040
#define KR_METH_FASTCALL 0x0080

typedef struct {
    const char *ml_name;
    void *ml_meth;          /* one of the kr_cfunction* types, cast to void* */
    int ml_flags;
    const char *ml_doc;     /* may be NULL */
} KrMethodDef;

/* Member types for KrMemberDef (struct fields exposed as attributes). */
enum {
    KR_T_OBJECT,    /* KrObject*, NULL reads as None */
    KR_T_OBJECT_EX, /* KrObject*, NULL raises AttributeError */
    KR_T_INT,
    KR_T_LONG,
    KR_T_SSIZE,
    KR_T_DOUBLE,
    KR_T_BOOL,      /* char 0/1 */
    KR_T_STRING,    /* const char*, read-only */
    KR_T_UINT,
};
#define KR_READONLY 1

typedef struct {
    const char *name;
    int type;
    ssize_t offset;
    int flags;
    const char *doc;
} KrMemberDef;

typedef KrObject *(*kr_getter)(KrObject *self, void *closure);
typedef int (*kr_setter)(KrObject *self, KrObject *value, void *closure); /* value NULL: delete */
typedef struct {
    const char *name;
    kr_getter get;
    kr_setter set;          /* NULL: read-only */
    const char *doc;
    void *closure;
} KrGetSetDef;

/* ---------------------------------------------------------------------------
 * The type object
 * ------------------------------------------------------------------------ */

/* Instances keep attributes in a values block shared-key style, with the
 * __dict__ made on demand (objects/instance_values.h). */
#define KR_TPFLAGS_INLINE_VALUES (1UL << 4)
#define KR_TPFLAGS_HEAPTYPE (1UL << 9)
#define KR_TPFLAGS_BASETYPE (1UL << 10)
#define KR_TPFLAGS_HAVE_VECTORCALL (1UL << 11)
#define KR_TPFLAGS_READY (1UL << 12)
#define KR_TPFLAGS_READYING (1UL << 13)
#define KR_TPFLAGS_HAVE_GC (1UL << 14)
#define KR_TPFLAGS_METHOD_DESCRIPTOR (1UL << 17)
#define KR_TPFLAGS_IS_ABSTRACT (1UL << 20)
#define KR_TPFLAGS_MATCH_SELF (1UL << 22)   /* case int(x): binds the subject itself */
#define KR_TPFLAGS_SEQUENCE (1UL << 5)       /* for match: sequence patterns */
#define KR_TPFLAGS_MAPPING (1UL << 6)        /* for match: mapping patterns */
#define KR_TPFLAGS_DISALLOW_INSTANTIATION (1UL << 7)
#define KR_TPFLAGS_IMMUTABLETYPE (1UL << 8)
#define KR_TPFLAGS_LONG_SUBCLASS (1UL << 24)
#define KR_TPFLAGS_LIST_SUBCLASS (1UL << 25)
#define KR_TPFLAGS_TUPLE_SUBCLASS (1UL << 26)
#define KR_TPFLAGS_BYTES_SUBCLASS (1UL << 27)
#define KR_TPFLAGS_UNICODE_SUBCLASS (1UL << 28)
#define KR_TPFLAGS_DICT_SUBCLASS (1UL << 29)
#define KR_TPFLAGS_BASE_EXC_SUBCLASS (1UL << 30)
#define KR_TPFLAGS_TYPE_SUBCLASS (1UL << 31)
#define KR_TPFLAGS_DEFAULT 0UL

struct KrTypeObject {
    KrVarObject ob_base;
    const char *tp_name;        /* "module.Name" for C types, or "Name" for builtins */
    ssize_t tp_basicsize, tp_itemsize;

    kr_destructor tp_dealloc;
    ssize_t tp_vectorcall_offset; /* offset of a kr_vectorcallfunc in instances, or 0 */
    KrAsyncMethods *tp_as_async;
    kr_reprfunc tp_repr;

    KrNumberMethods *tp_as_number;
    KrSequenceMethods *tp_as_sequence;
    KrMappingMethods *tp_as_mapping;

    kr_hashfunc tp_hash;
    kr_ternaryfunc tp_call;     /* (callable, args tuple, kwargs dict or NULL) */
    kr_reprfunc tp_str;
    kr_getattrofunc tp_getattro;
    kr_setattrofunc tp_setattro;

    KrBufferProcs *tp_as_buffer;
    unsigned long tp_flags;
    const char *tp_doc;

    kr_traverseproc tp_traverse;
    kr_inquiry tp_clear;
    kr_richcmpfunc tp_richcompare;
    ssize_t tp_weaklistoffset;

    kr_getiterfunc tp_iter;
    kr_iternextfunc tp_iternext;

    KrMethodDef *tp_methods;
    KrMemberDef *tp_members;
    KrGetSetDef *tp_getset;
    KrTypeObject *tp_base;
    KrObject *tp_dict;
    kr_descrgetfunc tp_descr_get;
    kr_descrsetfunc tp_descr_set;
    ssize_t tp_dictoffset;      /* offset of the instance __dict__ pointer, or 0 */
    kr_initproc tp_init;
    kr_allocfunc tp_alloc;
    kr_newfunc tp_new;
    kr_freefunc tp_free;
    kr_inquiry tp_is_gc;
    KrObject *tp_bases;         /* tuple */
    KrObject *tp_mro;           /* tuple */
    KrObject *tp_cache;
    KrObject *tp_subclasses;    /* dict of weak references, or NULL */
    KrObject *tp_weaklist;
    kr_destructor tp_finalize;  /* PEP 442 finalizer (__del__) */
    kr_vectorcallfunc tp_vectorcall; /* calling the type object itself */
    unsigned int tp_version_tag;     /* for attribute caches; 0 = invalid */
};

/* A heap type (class statement) embeds its method tables and owned names. */
typedef struct {
    KrTypeObject ht_type;
    KrAsyncMethods as_async;
    KrNumberMethods as_number;
    KrMappingMethods as_mapping;
    KrSequenceMethods as_sequence;
    KrBufferProcs as_buffer;
    KrObject *ht_name, *ht_slots, *ht_qualname, *ht_module;
    KrMemberDef *ht_members;        /* __slots__ members, owned */
    struct KrInstanceKeys *ht_cached_keys; /* names shared by instances (instance_values.h), owned */
} KrHeapTypeObject;

extern KrTypeObject kr_type_type;   /* type */
extern KrTypeObject kr_object_type; /* object */

#define KR_TYPE_HAS_FLAG(t, f) (((t)->tp_flags & (f)) != 0)
#define KR_TYPE_IS_GC(t) KR_TYPE_HAS_FLAG((t), KR_TPFLAGS_HAVE_GC)
#define KR_TYPE_CHECK(o) KR_TYPE_HAS_FLAG(KR_TYPE(o), KR_TPFLAGS_TYPE_SUBCLASS)
#define KR_OBJECT_IS_GC(o) (KR_TYPE_IS_GC(KR_TYPE(o)) && \
    (KR_TYPE(o)->tp_is_gc == NULL || KR_TYPE(o)->tp_is_gc((KrObject *)(o))))

/* ---------------------------------------------------------------------------
 * Singletons (objects/none.c, objects/bool.c)
 * ------------------------------------------------------------------------ */

extern KrObject kr_none_object, kr_notimplemented_object, kr_ellipsis_object;
#define KR_NONE (&kr_none_object)
#define KR_NOTIMPLEMENTED (&kr_notimplemented_object)
#define KR_ELLIPSIS (&kr_ellipsis_object)
#define KR_RETURN_NONE return kr_newref(KR_NONE)
#define KR_RETURN_NOTIMPLEMENTED return kr_newref(KR_NOTIMPLEMENTED)

/* ---------------------------------------------------------------------------
 * Rich comparison and binary operators
 * ------------------------------------------------------------------------ */

enum { KR_LT = 0, KR_LE = 1, KR_EQ = 2, KR_NE = 3, KR_GT = 4, KR_GE = 5 };

/* The operator of BINARY_OP and kr_number_binop, in CPython's NB_* order;
 * in-place variants are the plain one + KR_NB_INPLACE. */
enum {
    KR_NB_ADD = 0, KR_NB_AND, KR_NB_FLOOR_DIVIDE, KR_NB_LSHIFT, KR_NB_MATRIX_MULTIPLY,
    KR_NB_MULTIPLY, KR_NB_REMAINDER, KR_NB_OR, KR_NB_POWER, KR_NB_RSHIFT,
    KR_NB_SUBTRACT, KR_NB_TRUE_DIVIDE, KR_NB_XOR,
    KR_NB_INPLACE = 13,
    KR_NB_COUNT = 26
};

/* ---------------------------------------------------------------------------
 * Allocation of objects (object.c). Memory comes from memory/mem.h; objects
 * of types with KR_TPFLAGS_HAVE_GC get a KrGCHead in front (memory/gc.h).
 * ------------------------------------------------------------------------ */

/* The default tp_alloc: zeroed memory of tp_basicsize + nitems*tp_itemsize,
 * refcount 1, type set (a heap type gets a reference). Not GC-tracked yet:
 * the caller calls kr_gc_track once the fields are valid. NULL + MemoryError. */
KrObject *kr_object_alloc(KrTypeObject *type, ssize_t nitems);
/* The default tp_free: releases memory obtained from kr_object_alloc. */
void kr_object_free(void *o);
/* kr_object_alloc(type, 0) with `extra` zeroed bytes after tp_basicsize
 * (rounded up to a pointer) in the same block: a class instance's values
 * (instance_values.c). Freed by kr_object_free like any object. */
KrObject *kr_object_alloc_extra(KrTypeObject *type, size_t extra);
/* Convenience: type->tp_alloc(type, 0) for fixed-size objects. */
#define KR_NEW(ctype, typeobj) ((ctype *)kr_object_alloc((typeobj), 0))
#define KR_NEW_VAR(ctype, typeobj, n) ((ctype *)kr_object_alloc((typeobj), (n)))

/* ---------------------------------------------------------------------------
 * The generic object protocol (object.c, abstract.c, call.c)
 * Unless said otherwise: new reference, NULL + exception on error.
 * ------------------------------------------------------------------------ */

KrObject *kr_object_repr(KrObject *o);
KrObject *kr_object_str(KrObject *o);
KrObject *kr_object_ascii(KrObject *o);
KrObject *kr_object_format(KrObject *o, KrObject *spec); /* format(o, spec); spec NULL = "" */
kr_hash_t kr_object_hash(KrObject *o);                   /* -1 on error */
kr_hash_t kr_object_hash_not_implemented(KrObject *o);   /* raises "unhashable type" */
KrObject *kr_object_richcompare(KrObject *a, KrObject *b, int op);
int kr_object_richcompare_bool(KrObject *a, KrObject *b, int op); /* 1/0/-1; identity implies EQ */
int kr_object_is_true(KrObject *o);                      /* 1/0/-1 */
int kr_object_not(KrObject *o);
int kr_object_is_instance(KrObject *o, KrObject *cls);   /* isinstance(); 1/0/-1 */
int kr_object_is_subclass(KrObject *derived, KrObject *cls);
int kr_type_is_subtype(KrTypeObject *a, KrTypeObject *b); /* MRO check, no error */
#define KR_TYPE_CHECK_EXACT_OR_SUB(o, t) (KR_TYPE(o) == (t) || kr_type_is_subtype(KR_TYPE(o), (t)))

KrObject *kr_object_getattr(KrObject *o, KrObject *name);
KrObject *kr_object_getattr_str(KrObject *o, const char *name);
/* 1 and *result set (new ref), 0 and *result NULL if missing (no exception),
 * -1 on other errors. The fast path for getattr(o, n, default) and hasattr. */
int kr_object_lookup_attr(KrObject *o, KrObject *name, KrObject **result);
int kr_object_setattr(KrObject *o, KrObject *name, KrObject *value); /* value NULL: delete */
int kr_object_setattr_str(KrObject *o, const char *name, KrObject *value);
int kr_object_delattr(KrObject *o, KrObject *name);
int kr_object_hasattr(KrObject *o, KrObject *name);      /* 1/0, never raises */
KrObject *kr_object_generic_getattr(KrObject *o, KrObject *name);
int kr_object_generic_setattr(KrObject *o, KrObject *name, KrObject *value);
KrObject **kr_object_dict_ptr(KrObject *o);               /* borrowed slot, or NULL */
/* Bodies of a `__dict__` getset over a struct field: the getter makes the
 * dict on first use (new ref, NULL on MemoryError); the setter stores a
 * dict, raising CPython's TypeErrors for a non-dict and, unless
 * allow_delete, for deletion (value NULL). 0 or -1. */
KrObject *kr_object_dict_slot_get(KrObject **slot);
int kr_object_dict_slot_set(KrObject **slot, KrObject *value, int allow_delete);
KrObject *kr_object_dir(KrObject *o);                     /* dir(o), a sorted list */
KrObject *kr_object_self_iter(KrObject *o);               /* tp_iter returning self */

KrObject *kr_object_get_iter(KrObject *o);                /* iter(o) */
/* next(it): new ref, or NULL at exhaustion with no exception set, or NULL
 * with an exception set on error. A StopIteration raised by a Python
 * __next__ is swallowed (treated as exhaustion). */
KrObject *kr_iter_next(KrObject *it);
int kr_iter_check(KrObject *o);

KrObject *kr_object_getitem(KrObject *o, KrObject *key);
int kr_object_setitem(KrObject *o, KrObject *key, KrObject *value);
int kr_object_delitem(KrObject *o, KrObject *key);
ssize_t kr_object_length(KrObject *o);                    /* len(); -1 on error */
ssize_t kr_object_length_hint(KrObject *o, ssize_t dflt);
int kr_sequence_contains(KrObject *seq, KrObject *item); /* `in`; 1/0/-1 */
KrObject *kr_sequence_list(KrObject *iterable);           /* list(iterable) */
KrObject *kr_sequence_tuple(KrObject *iterable);          /* tuple(iterable) */
/* Borrowed-items view of a list or tuple, else a new tuple/list: see abstract.c */
KrObject *kr_sequence_fast(KrObject *o, const char *errmsg);

KrObject *kr_number_binop(KrObject *a, KrObject *b, int op);  /* op: KR_NB_* incl. in-place */
KrObject *kr_number_power(KrObject *a, KrObject *b, KrObject *mod); /* pow(a, b, mod); mod may be None */
KrObject *kr_number_negative(KrObject *o);
KrObject *kr_number_positive(KrObject *o);
KrObject *kr_number_invert(KrObject *o);
KrObject *kr_number_absolute(KrObject *o);
KrObject *kr_number_index(KrObject *o);   /* operator.index(); an exact int */
ssize_t kr_number_as_ssize(KrObject *o, KrObject *overflow_exc); /* index(o) clamped or raising */
KrObject *kr_number_long(KrObject *o);    /* int(o) */
KrObject *kr_number_float(KrObject *o);   /* float(o) */
int kr_index_check(KrObject *o);          /* has __index__ */

/* Calls (call.c). */
KrObject *kr_object_vectorcall(KrObject *callable, KrObject *const *args, size_t nargsf,
                               KrObject *kwnames);
KrObject *kr_object_call(KrObject *callable, KrObject *args, KrObject *kwargs); /* tuple, dict|NULL */
KrObject *kr_object_call_noargs(KrObject *callable);
KrObject *kr_object_call_one(KrObject *callable, KrObject *arg);
KrObject *kr_object_call_two(KrObject *callable, KrObject *a, KrObject *b);
/* o.name(*args): looks the method up and calls it without a bound method. */
KrObject *kr_object_call_method(KrObject *o, KrObject *name, KrObject *const *args, size_t nargs);
KrObject *kr_object_call_method_str(KrObject *o, const char *name, KrObject *const *args,
                                    size_t nargs);
int kr_callable_check(KrObject *o);
/* Looks a special method up on the *type* (as the interpreter does for
 * dunders) and binds it: new ref, or NULL without an exception if missing. */
KrObject *kr_object_lookup_special(KrObject *o, KrObject *name);

/* Deep-recursion guard for C code that recurses (repr of nested lists,
 * comparisons, ...): raises RecursionError "maximum recursion depth exceeded
 * <where>" and returns -1 when the limit is passed. Implemented in vm/state.c. */
int kr_recursion_enter(const char *where);
void kr_recursion_leave(void);

/* repr of containers that contain themselves: 1 if o is already being
 * repr'd (print "[...]"), 0 if not (and o was pushed), -1 on error. */
int kr_repr_enter(KrObject *o);
void kr_repr_leave(KrObject *o);

#endif
