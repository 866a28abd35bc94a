/* type.h — the `type` type: readying static C types, class creation
 * (type(name, bases, dict)), attribute lookup along the MRO with a
 * per-version method cache, and the slot <-> dunder machinery.
 * See docs/internals/types.md for the bootstrap order and instance layout. */
#ifndef KR_TYPE_H
#define KR_TYPE_H
#include "object.h"

/* Readies a type: computes tp_bases/tp_mro, inherits slots from the bases,
 * fills tp_dict with descriptors for tp_methods/tp_members/tp_getset and a
 * slot wrapper for every filled C slot (int.__add__, list.__len__ ...).
 * Idempotent (returns 0 at once for a ready type). Readies tp_base first.
 * 0, or -1 with an exception. */
int kr_type_ready(KrTypeObject *t);

/* Looks `name` up in the dicts along t's MRO, without calling descriptors.
 * BORROWED reference, or NULL if missing (no exception is ever set; errors
 * while hashing are swallowed as CPython's _PyType_Lookup does).
 * Cached per (tp_version_tag, name): use interned names for speed. */
KrObject *kr_type_lookup(KrTypeObject *t, KrObject *name);
KrObject *kr_type_lookup_str(KrTypeObject *t, const char *name); /* borrowed */

/* Must be called after changing a type's tp_dict from C: invalidates the
 * method cache for t and all its subclasses. */
void kr_type_modified(KrTypeObject *t);

/* Empties the method cache (sys._clear_type_cache), dropping the names it
 * holds: the leak runner calls it so the cache's filling does not count. */
void kr_type_clear_cache(void);

/* The short name (after the last '.' of tp_name, or __name__ of a class),
 * as a NEW str. */
KrObject *kr_type_get_name(KrTypeObject *t);
KrObject *kr_type_get_qualname(KrTypeObject *t);   /* new ref */
KrObject *kr_type_get_module(KrTypeObject *t);     /* new ref; "builtins" for plain C names */

/* The generic tp_alloc / tp_new: kr_object_alloc and gc tracking. */
KrObject *kr_type_generic_alloc(KrTypeObject *t, ssize_t nitems);
KrObject *kr_type_generic_new(KrTypeObject *t, KrObject *args, KrObject *kwds);

/* Creates a class as type(name, bases, dict) would, with metaclass `meta`
 * (NULL: type). bases a tuple (may be empty), dict a dict. New ref. */
KrObject *kr_type_new(KrTypeObject *meta, KrObject *name, KrObject *bases, KrObject *dict);
/* Convenience for C code creating simple heap classes (e.g. exception
 * subclasses in modules): name "module.Name", base NULL means object,
 * dict may be NULL. New ref. */
KrObject *kr_type_new_simple(const char *name, KrTypeObject *base, KrObject *dict);

/* 1 if instances of t can have a __dict__ (tp_dictoffset != 0). */
#define KR_TYPE_HAS_DICT(t) ((t)->tp_dictoffset != 0)

/* type.__subclasses__() as a list (new ref). */
KrObject *kr_type_subclasses(KrTypeObject *t);

/* The metaclass calculation of class creation: the most derived metaclass
 * of meta and the types of bases. Borrowed; NULL + TypeError "metaclass
 * conflict: ...". */
KrTypeObject *kr_type_calculate_metaclass(KrTypeObject *meta, KrObject *bases);

/* Brings up the fundamental types: readies object, type and every type
 * declared in the contract headers (str, dict, tuple, list, int, bool,
 * float, ...), plus the descriptor, method, property, super, module and
 * None/NotImplemented/Ellipsis types. Runs after kr_str_init and
 * kr_ids_init. Other subsystems' inits may call kr_type_ready again (a
 * no-op). 0 or -1. */
int kr_types_init(void);

/* ---- internals shared between type.c, type_slots.c and type_new.c ---- */

/* Invalidation + slot refresh after setting/deleting a class attribute. */
int kr_type_update_slot_for_name(KrTypeObject *t, KrObject *name);
/* For a new heap type: sets every slot from the dunders found along the MRO. */
void kr_type_fixup_slots(KrTypeObject *t);
/* Adds wrapper descriptors for the filled C slots of a static type. */
int kr_type_add_slot_wrappers(KrTypeObject *t);
/* Creates the interned names of the slot table; called by kr_types_init. */
int kr_type_slots_init(void);
/* The C3 linearization: a new tuple, or NULL + TypeError. */
KrObject *kr_type_mro_compute(KrTypeObject *t);
/* Sets tp_mro (calls a metaclass mro() override) and refreshes version. */
int kr_type_mro_internal(KrTypeObject *t);
void kr_type_add_subclass(KrTypeObject *base, KrTypeObject *sub);
void kr_type_remove_subclass(KrTypeObject *base, KrTypeObject *sub);
/* Instances of heap classes: dealloc/traverse/clear. */
void kr_type_subtype_dealloc(KrObject *o);
int kr_type_subtype_traverse(KrObject *o, kr_visitproc visit, void *arg);
int kr_type_subtype_clear(KrObject *o);
/* The getset list of instance __dict__ / __weakref__ for classes. */
extern KrGetSetDef kr_type_subtype_getsets_full[];
extern KrGetSetDef kr_type_subtype_getsets_dict_only[];
extern KrGetSetDef kr_type_subtype_getsets_weakref_only[];
/* Heap-type slot functions that call Python-level dunders (type_slots.c). */
KrObject *kr_slot_tp_new(KrTypeObject *t, KrObject *args, KrObject *kwds);
/* 1 if t's tp_init calls a Python __init__ (for the instantiation fast path). */
int kr_slot_is_python_init(KrTypeObject *t);

/* Clears the weak references to o (objects/weakref.c, see weakref.h).
 * Declared weak so that deallocators may test `if (kr_weakref_clear_refs)`
 * and the tree links in any state; call it before freeing a weakrefable
 * object. */
void kr_weakref_clear_refs(KrObject *o) __attribute__((weak));

/* type.__getattribute__ that returns NULL WITHOUT an exception when the
 * attribute is missing (for hasattr/getattr with a default). */
KrObject *kr_type_getattro_maybe(KrObject *self, KrObject *name);
/* Layout helpers of class creation (type_new.c). */
KrTypeObject *kr_type_solid_base(KrTypeObject *type);          /* borrowed */
KrTypeObject *kr_type_best_base(KrObject *bases);              /* borrowed; NULL + TypeError */
/* Whether instances of oldto may become instances of newto (__class__ and
 * __bases__ assignment): 1, or 0 with TypeError naming `attr`. */
int kr_type_compatible_for_assignment(KrTypeObject *oldto, KrTypeObject *newto, const char *attr);
/* type.__new__ (tp_new of `type`). */
KrObject *kr_type_tp_new(KrTypeObject *meta, KrObject *args, KrObject *kwds);
/* __new__ of C types: the builtin method wrapping tp_new, and its test. */
KrObject *kr_type_tp_new_wrapper(KrObject *self, KrObject *args, KrObject *kwds);
int kr_type_is_tp_new_wrapper(KrObject *o);
#endif
