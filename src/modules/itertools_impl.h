/* itertools_impl.h — boilerplate macros shared by itertoolsmodule.c and
 * itertools_comb.c: GC traverse/clear/dealloc from a field list, and the
 * common part of an iterator type's definition. */
#ifndef KR_ITERTOOLS_IMPL_H
#define KR_ITERTOOLS_IMPL_H
#include "../objects/object.h"
#include "../memory/gc.h"

#define IT_VISIT_F(f) KR_VISIT(s->f);
#define IT_CLEAR_F(f) KR_CLEAR(s->f);
/* Defines prefix_traverse, prefix_clear and prefix_dealloc for struct T whose
 * owned object fields are listed by the X-macro FIELDS. */
#define IT_GC_FUNCS(prefix, T, FIELDS) \
    static int prefix##_traverse(KrObject *o, kr_visitproc visit, void *arg) { \
        T *s = (T *)o; (void)s; FIELDS(IT_VISIT_F) return 0; } \
    static int prefix##_clear(KrObject *o) { T *s = (T *)o; (void)s; FIELDS(IT_CLEAR_F) return 0; } \
    static void prefix##_dealloc(KrObject *o) { \
        kr_gc_untrack(o); prefix##_clear(o); KR_TYPE(o)->tp_free(o); }

/* The designated initializers every itertools iterator type shares. */
#define IT_TYPE_COMMON(pyname, T, prefix) \
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0), \
    .tp_name = "itertools." pyname, \
    .tp_basicsize = sizeof(T), \
    .tp_dealloc = prefix##_dealloc, \
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE, \
    .tp_traverse = prefix##_traverse, \
    .tp_clear = prefix##_clear, \
    .tp_iter = kr_object_self_iter, \
    .tp_iternext = prefix##_next, \
    .tp_alloc = kr_object_alloc, \
    .tp_new = prefix##_new, \
    .tp_free = kr_object_free

/* Allocates an instance of type (not yet tracked). */
#define IT_ALLOC(T, type) ((T *)(type)->tp_alloc((type), 0))
#endif
