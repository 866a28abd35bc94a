/* frameobject.c — the `frame` type. Attributes read through the record the
 * object points at; see frameobject.h for the ownership hand-over. */
#include "frameobject.h"
#include "code.h"
#include "dict.h"
#include "str.h"
#include "int.h"
#include "type.h"
#include "../memory/gc.h"
#include "../memory/mem.h"
#include "../vm/err.h"
#include "../vm/frame.h"

#include <string.h>

KrObject *kr_frameobject_new(KrFrame *f)
{
    KrFrameObject *fo = KR_NEW(KrFrameObject, &kr_frame_type);
    if (!fo) return NULL;
    fo->f_frame = f;
    fo->f_trace_lines = 1;
    kr_gc_track(fo);
    return (KrObject *)fo;
}

void kr_frameobject_detach(KrObject *obj, KrFrame *back)
{
    KrFrameObject *fo = (KrFrameObject *)obj;
    KrFrame *f = fo->f_frame;
    if (KR_REFCNT(obj) > 1 && f && f->f_code) {
        /* Someone still holds the object: give it its own copy of the
         * record (the locals, code, globals ... move over; the stack is
         * already empty). */
        size_t nwords = offsetof(KrFrame, localsplus) / sizeof(KrObject *) +
                        (size_t)f->f_code->co_nlocalsplus;
        KrFrame *copy = kr_mem_alloc(nwords * sizeof(KrObject *) + sizeof(KrObject *));
        if (copy) {
            memcpy(copy, f, nwords * sizeof(KrObject *));
            copy->owner = KR_FRAME_OWNED_BY_FRAME_OBJECT;
            copy->previous = NULL;
            copy->frame_obj = NULL;
            copy->stacktop = 0;
            copy->is_entry = 0;
            if (copy->state < KR_FRAME_COMPLETED) copy->state = KR_FRAME_COMPLETED;
            /* the original record no longer owns these */
            f->f_func = NULL;
            f->f_code = NULL;
            f->f_globals = NULL;
            f->f_builtins = NULL;
            f->f_locals = NULL;
            if (back && !fo->f_back) fo->f_back = kr_frame_object_for(back);
            if (kr_err_occurred() && !fo->f_back) { /* keep going: f_back is optional */ }
            fo->f_frame = copy;
            f->frame_obj = NULL;
            KR_DECREF(obj);
            return;
        }
    }
    fo->f_frame = NULL;
    f->frame_obj = NULL;
    KR_DECREF(obj);
}

/* Releases a copy the object owns. */
static void frame_release_copy(KrFrameObject *fo)
{
    KrFrame *f = fo->f_frame;
    if (!f || f->owner != KR_FRAME_OWNED_BY_FRAME_OBJECT) return;
    fo->f_frame = NULL;
    int n = f->f_code ? f->f_code->co_nlocalsplus : 0;
    for (int i = 0; i < n; i++) KR_CLEAR(f->localsplus[i]);
    KR_CLEAR(f->f_func);
    KR_CLEAR(f->f_code);
    KR_CLEAR(f->f_globals);
    KR_CLEAR(f->f_builtins);
    KR_CLEAR(f->f_locals);
    kr_mem_free(f);
}

static void frame_dealloc(KrObject *o)
{
    /* f_back chains of finished frames can be as long as the deepest
     * recursion: release them iteratively, not by C recursion. */
    while (o) {
        KrFrameObject *fo = (KrFrameObject *)o;
        kr_gc_untrack(o);
        KrObject *back = fo->f_back;
        fo->f_back = NULL;
        frame_release_copy(fo);
        KR_CLEAR(fo->f_trace);
        KR_TYPE(o)->tp_free(o);
        o = NULL;
        if (back) {
            if (KR_REFCNT(back) == 1 && KR_FRAME_OBJECT_CHECK(back)) {
                KR_REFCNT(back) = 0;
                KR_REF_TOTAL_DEC();
                o = back;
            } else {
                KR_DECREF(back);
            }
        }
    }
}

static int frame_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrFrameObject *fo = (KrFrameObject *)o;
    KR_VISIT(fo->f_back);
    KR_VISIT(fo->f_trace);
    KrFrame *f = fo->f_frame;
    if (f && f->owner == KR_FRAME_OWNED_BY_FRAME_OBJECT) {
        KR_VISIT(f->f_func);
        KR_VISIT(f->f_code);
        KR_VISIT(f->f_globals);
        KR_VISIT(f->f_builtins);
        KR_VISIT(f->f_locals);
        int n = f->f_code ? f->f_code->co_nlocalsplus : 0;
        for (int i = 0; i < n; i++) KR_VISIT(f->localsplus[i]);
    }
    return 0;
}

static int frame_tp_clear(KrObject *o)
{
    KrFrameObject *fo = (KrFrameObject *)o;
    frame_release_copy(fo);
    KR_CLEAR(fo->f_back);
    KR_CLEAR(fo->f_trace);
    return 0;
}

static KrFrame *frame_record(KrObject *o)
{
    return ((KrFrameObject *)o)->f_frame;
}

static KrObject *frame_repr(KrObject *o)
{
    KrFrame *f = frame_record(o);
    if (!f || !f->f_code) return kr_str_from_format("<frame at %p (cleared)>", o);
    return kr_str_from_format("<frame at %p, file %R, line %d, code %U>", o,
                              f->f_code->co_filename, kr_frame_get_lineno(f),
                              f->f_code->co_name);
}

static KrObject *frame_get_back(KrObject *o, void *c)
{
    KrFrameObject *fo = (KrFrameObject *)o;
    if (fo->f_back) return kr_newref(fo->f_back);
    KrFrame *f = fo->f_frame;
    if (f && f->owner != KR_FRAME_OWNED_BY_FRAME_OBJECT && f->previous) {
        KrFrame *back = kr_frame_skip_incomplete(f->previous);
        if (back) return kr_frame_object_for(back);
    }
    KR_RETURN_NONE;
}

#define FRAME_OR_NONE(f) do { if (!(f) || !(f)->f_code) KR_RETURN_NONE; } while (0)

static KrObject *frame_get_code(KrObject *o, void *c)
{
    KrFrame *f = frame_record(o);
    FRAME_OR_NONE(f);
    return kr_newref(f->f_code);
}
static KrObject *frame_get_globals(KrObject *o, void *c)
{
    KrFrame *f = frame_record(o);
    FRAME_OR_NONE(f);
    return kr_newref(f->f_globals);
}
static KrObject *frame_get_builtins(KrObject *o, void *c)
{
    KrFrame *f = frame_record(o);
    FRAME_OR_NONE(f);
    return kr_newref(f->f_builtins);
}
static KrObject *frame_get_locals(KrObject *o, void *c)
{
    KrFrame *f = frame_record(o);
    if (!f || !f->f_code) return kr_dict_new();
    return kr_frame_get_locals(f);
}
static KrObject *frame_get_lineno(KrObject *o, void *c)
{
    KrFrame *f = frame_record(o);
    FRAME_OR_NONE(f);
    return kr_int_from_i64(kr_frame_get_lineno(f));
}
static KrObject *frame_get_lasti(KrObject *o, void *c)
{
    KrFrame *f = frame_record(o);
    FRAME_OR_NONE(f);
    int lasti = kr_frame_lasti(f);
    return kr_int_from_i64(lasti < 0 ? -1 : lasti * 2);
}
static int frame_set_lineno(KrObject *o, KrObject *v, void *c)
{
    if (!v) {
        kr_err_set_string(kr_exc_AttributeError, "cannot delete attribute");
        return -1;
    }
    if (!KR_INT_CHECK(v)) {
        kr_err_set_string(kr_exc_ValueError, "lineno must be an integer");
        return -1;
    }
    kr_err_set_string(kr_exc_ValueError, "f_lineno can only be set by a trace function");
    return -1;
}
static KrObject *frame_get_trace(KrObject *o, void *c)
{
    KrObject *t = ((KrFrameObject *)o)->f_trace;
    return kr_newref(t ? t : KR_NONE);
}
static int frame_set_trace(KrObject *o, KrObject *v, void *c)
{
    if (v == KR_NONE) v = NULL;
    KR_SETREF(((KrFrameObject *)o)->f_trace, kr_xnewref(v));
    return 0;
}
static KrObject *frame_get_trace_lines(KrObject *o, void *c)
{
    return kr_bool_from(((KrFrameObject *)o)->f_trace_lines);
}
static int frame_set_trace_lines(KrObject *o, KrObject *v, void *c)
{
    if (!v) {
        kr_err_set_string(kr_exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    if (!KR_BOOL_CHECK(v)) {
        kr_err_set_string(kr_exc_TypeError, "attribute value type must be bool");
        return -1;
    }
    ((KrFrameObject *)o)->f_trace_lines = v == KR_TRUE;
    return 0;
}
static KrObject *frame_get_trace_opcodes(KrObject *o, void *c)
{
    return kr_bool_from(((KrFrameObject *)o)->f_trace_opcodes);
}
static int frame_set_trace_opcodes(KrObject *o, KrObject *v, void *c)
{
    if (!v) {
        kr_err_set_string(kr_exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    if (!KR_BOOL_CHECK(v)) {
        kr_err_set_string(kr_exc_TypeError, "attribute value type must be bool");
        return -1;
    }
    ((KrFrameObject *)o)->f_trace_opcodes = v == KR_TRUE;
    return 0;
}

/* frame.clear(): drops the locals of a finished frame. */
static KrObject *frame_clear(KrObject *o, KrObject *unused)
{
    KrFrameObject *fo = (KrFrameObject *)o;
    KrFrame *f = fo->f_frame;
    if (f && f->owner != KR_FRAME_OWNED_BY_FRAME_OBJECT) {
        if (f->state == KR_FRAME_EXECUTING || f->owner == KR_FRAME_OWNED_BY_THREAD) {
            kr_err_set_string(kr_exc_RuntimeError, "cannot clear an executing frame");
            return NULL;
        }
        /* a suspended generator's frame: closing the generator is the
         * generator's business; CPython closes it. */
        kr_err_set_string(kr_exc_RuntimeError, "cannot clear a suspended frame");
        return NULL;
    }
    if (f) {
        int n = f->f_code ? f->f_code->co_nlocalsplus : 0;
        for (int i = 0; i < n; i++) KR_CLEAR(f->localsplus[i]);
        KR_CLEAR(f->f_locals);
    }
    KR_RETURN_NONE;
}

static KrObject *frame_sizeof(KrObject *o, KrObject *unused)
{
    KrFrame *f = frame_record(o);
    ssize_t n = (ssize_t)sizeof(KrFrameObject);
    if (f && f->f_code) n += (ssize_t)(kr_frame_words(f->f_code) * sizeof(KrObject *));
    return kr_int_from_ssize(n);
}

static KrGetSetDef frame_getset[] = {
    { "f_back", frame_get_back, NULL, NULL, NULL },
    { "f_code", frame_get_code, NULL, NULL, NULL },
    { "f_globals", frame_get_globals, NULL, NULL, NULL },
    { "f_builtins", frame_get_builtins, NULL, NULL, NULL },
    { "f_locals", frame_get_locals, NULL, NULL, NULL },
    { "f_lineno", frame_get_lineno, frame_set_lineno, NULL, NULL },
    { "f_lasti", frame_get_lasti, NULL, NULL, NULL },
    { "f_trace", frame_get_trace, frame_set_trace, NULL, NULL },
    { "f_trace_lines", frame_get_trace_lines, frame_set_trace_lines, NULL, NULL },
    { "f_trace_opcodes", frame_get_trace_opcodes, frame_set_trace_opcodes, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static KrMethodDef frame_methods[] = {
    { "clear", (void *)frame_clear, KR_METH_NOARGS, "F.clear(): clear most references held by the frame" },
    { "__sizeof__", (void *)frame_sizeof, KR_METH_NOARGS, "F.__sizeof__() -> size of F in memory, in bytes" },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_frame_type = {
    KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "frame",
    .tp_basicsize = sizeof(KrFrameObject),
    .tp_dealloc = frame_dealloc,
    .tp_repr = frame_repr,
    .tp_getattro = kr_object_generic_getattr,
    .tp_setattro = kr_object_generic_setattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = frame_traverse,
    .tp_clear = frame_tp_clear,
    .tp_methods = frame_methods,
    .tp_getset = frame_getset,
    .tp_free = kr_object_free,
};

int kr_frameobject_init(void) { return kr_type_ready(&kr_frame_type); }
