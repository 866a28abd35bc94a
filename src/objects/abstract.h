/* abstract.h — helpers of the abstract object protocol (abstract.c,
 * object.c) beyond those declared in object.h. */
#ifndef KR_ABSTRACT_H
#define KR_ABSTRACT_H
#include "object.h"
#include "list.h"
#include "tuple.h"

/* LOAD_METHOD's lookup: looks `name` up on obj. If it finds a plain
 * function or method descriptor on the type (a type with
 * KR_TPFLAGS_METHOD_DESCRIPTOR) that instance attributes do not shadow, it
 * stores that unbound callable in *method and returns 1: call it with obj
 * prepended. Otherwise it stores the attribute value in *method and returns
 * 0. On error: -1 and *method NULL. *method is a new reference. */
int kr_object_get_method(KrObject *obj, KrObject *name, KrObject **method);

/* kr_sequence_fast's result is a list or tuple: its size and items array
 * (borrowed; valid while the result is alive and unmodified). */
#define KR_SEQUENCE_FAST_SIZE(o) KR_SIZE(o)
#define KR_SEQUENCE_FAST_ITEMS(o) (KR_LIST_CHECK(o) ? KR_LIST_ITEMS(o) : KR_TUPLE_ITEMS(o))


/* Generic binop by operator symbol name for messages: "+", "**", "@=" ... */
const char *kr_number_op_symbol(int op);

/* a OP b using only the two operands' number slots (binary_op1): new ref,
 * NotImplemented (new ref) if neither handles it, NULL on error. */
KrObject *kr_number_binop1(KrObject *a, KrObject *b, int op);

/* operator.index() semantics but also accepting int subclasses as-is.
 * New ref to an int, or NULL + TypeError "'%T' object cannot be
 * interpreted as an integer". */
KrObject *kr_number_index_any(KrObject *o);

/* Sequence helpers with CPython semantics (negative indexes adjusted with
 * len when the type has sq_length). */
KrObject *kr_sequence_get_item(KrObject *o, ssize_t i);
int kr_sequence_check(KrObject *o);       /* has __getitem__ and is not a dict */
int kr_mapping_check(KrObject *o);
/* mapping.keys()/items()/values() as a list (new ref). */
KrObject *kr_mapping_keys(KrObject *o);
KrObject *kr_mapping_items(KrObject *o);
/* Count/index of value in iterable: -1 on error (ValueError for index). */
ssize_t kr_sequence_count(KrObject *seq, KrObject *value);
ssize_t kr_sequence_index(KrObject *seq, KrObject *value);

/* Checks that o is iterable / an iterator (has tp_iternext). */
int kr_object_is_iterable(KrObject *o);

/* Special-method lookup on the type without binding: BORROWED or NULL
 * (no exception). */
KrObject *kr_object_lookup_special_borrow(KrObject *o, KrObject *name);

/* isinstance/issubclass without __instancecheck__ overrides. */
int kr_object_real_is_instance(KrObject *inst, KrObject *cls);
int kr_object_real_is_subclass(KrObject *derived, KrObject *cls);
/* dir() helpers: the attribute names of a class and its bases (a list). */
KrObject *kr_object_type_dir(KrObject *cls);
/* Generic getattr that returns NULL WITHOUT an exception when the attribute
 * is simply missing (for __getattr__ hooks and hasattr). */
KrObject *kr_object_generic_getattr_maybe(KrObject *o, KrObject *name);
/* `in` by iteration: 1 found, 0 not, -1 error ("argument of type 'int' is
 * not iterable"). */
int kr_sequence_iter_search_contains(KrObject *seq, KrObject *obj);
#endif
