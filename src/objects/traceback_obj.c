/* traceback_obj.c — the `traceback` type (types.TracebackType). The VM
 * prepends one entry per frame as an exception propagates outwards. */
#include "traceback_obj.h"
#include "frameobject.h"
#include "int.h"
#include "str.h"
#include "type.h"
#include "tuple.h"
#include "args.h"
#include "call.h"
#include "dict.h"
#include "../memory/gc.h"
#include "../vm/err.h"

#include <stddef.h>

KrObject *kr_traceback_obj_new(KrObject *next, KrObject *frame, int lasti, int lineno)
{
    KrTracebackObject *tb = KR_NEW(KrTracebackObject, &kr_traceback_type);
    if (!tb) return NULL;
    tb->tb_next = (KrTracebackObject *)kr_xnewref(next);
    tb->tb_frame = kr_xnewref(frame);
    tb->tb_lasti = lasti < 0 ? -1 : lasti * 2;
    tb->tb_lineno = lineno;
    kr_gc_track(tb);
    return (KrObject *)tb;
}

static void tb_dealloc(KrObject *o)
{
    KrTracebackObject *tb = (KrTracebackObject *)o;
    kr_gc_untrack(o);
    /* Long chains: release the tail iteratively so that a traceback of a
     * deep recursion does not recurse in C. */
    KrTracebackObject *next = tb->tb_next;
    tb->tb_next = NULL;
    KR_CLEAR(tb->tb_frame);
    KR_TYPE(o)->tp_free(o);
    while (next) {
        if (KR_REFCNT(next) > 1) {
            KR_DECREF(next);
            break;
        }
        KrTracebackObject *after = next->tb_next;
        next->tb_next = NULL;
        KR_DECREF(next);
        next = after;
    }
}

static int tb_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrTracebackObject *tb = (KrTracebackObject *)o;
    KR_VISIT(tb->tb_next);
    KR_VISIT(tb->tb_frame);
    return 0;
}

static int tb_clear(KrObject *o)
{
    KrTracebackObject *tb = (KrTracebackObject *)o;
    KR_CLEAR(tb->tb_next);
    KR_CLEAR(tb->tb_frame);
    return 0;
}

static KrObject *tb_get_next(KrObject *o, void *c)
{
    KrObject *n = (KrObject *)((KrTracebackObject *)o)->tb_next;
    return kr_newref(n ? n : KR_NONE);
}

static int tb_set_next(KrObject *o, KrObject *v, void *c)
{
    if (!v) {
        kr_err_set_string(kr_exc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v == KR_NONE) v = NULL;
    else if (!KR_TRACEBACK_CHECK(v)) {
        kr_err_format(kr_exc_TypeError, "expected traceback object, got '%T'", v);
        return -1;
    }
    for (KrTracebackObject *c2 = (KrTracebackObject *)v; c2; c2 = c2->tb_next) {
        if ((KrObject *)c2 == o) {
            kr_err_set_string(kr_exc_ValueError, "traceback loop detected");
            return -1;
        }
    }
    KR_SETREF(((KrTracebackObject *)o)->tb_next, (KrTracebackObject *)kr_xnewref(v));
    return 0;
}

static KrMemberDef tb_members[] = {
    { "tb_frame", KR_T_OBJECT, offsetof(KrTracebackObject, tb_frame), KR_READONLY, NULL },
    { "tb_lasti", KR_T_INT, offsetof(KrTracebackObject, tb_lasti), KR_READONLY, NULL },
    { "tb_lineno", KR_T_INT, offsetof(KrTracebackObject, tb_lineno), KR_READONLY, NULL },
    { NULL, 0, 0, 0, NULL },
};

static KrGetSetDef tb_getset[] = {
    { "tb_next", tb_get_next, tb_set_next, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static KrObject *tb_new_checked(KrObject **a);

/* TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno) */
static KrObject *tb_new(KrTypeObject *t, KrObject *args, KrObject *kwds)
{
    static const char *const names[] = { "tb_next", "tb_frame", "tb_lasti", "tb_lineno", NULL };
    static const KrArgSpec spec = { "TracebackType", names, 0, 4, 4 };
    KrObject *a[4] = { NULL };
    KrObject *kwnames = NULL, **stack = NULL;
    ssize_t nargs = KR_SIZE(args);
    if (kwds && kr_dict_size(kwds) > 0 &&
        kr_call_dict_to_stack(KR_TUPLE_ITEMS(args), nargs, kwds, &stack, &kwnames) < 0)
        return NULL;
    int rc = kr_args_parse(&spec, stack ? stack : KR_TUPLE_ITEMS(args), nargs, kwnames, a);
    KrObject *res = rc < 0 ? NULL : tb_new_checked(a);
    if (stack) kr_call_free_stack(stack, nargs + KR_SIZE(kwnames));
    KR_XDECREF(kwnames);
    return res;
}

static KrObject *tb_new_checked(KrObject **a)
{
    if (a[0] != KR_NONE && !KR_TRACEBACK_CHECK(a[0])) {
        return kr_err_format(kr_exc_TypeError, "expected traceback object or None, got '%T'", a[0]);
    }
    if (!KR_FRAME_OBJECT_CHECK(a[1])) {
        return kr_err_format(kr_exc_TypeError,
                             "TracebackType() argument 'tb_frame' must be frame, not %T", a[1]);
    }
    if (!KR_INT_CHECK(a[2]) || !KR_INT_CHECK(a[3])) {
        return kr_err_format(kr_exc_TypeError, "'%T' object cannot be interpreted as an integer",
                             KR_INT_CHECK(a[2]) ? a[3] : a[2]);
    }
    int64_t lasti = kr_int_as_i64(a[2]), lineno = kr_int_as_i64(a[3]);
    if ((lasti == -1 || lineno == -1) && kr_err_occurred()) return NULL;
    KrObject *tb = kr_traceback_obj_new(a[0] == KR_NONE ? NULL : a[0], a[1], 0, (int)lineno);
    if (tb) ((KrTracebackObject *)tb)->tb_lasti = (int)lasti;
    return tb;
}

KrTypeObject kr_traceback_type = {
    KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "traceback",
    .tp_basicsize = sizeof(KrTracebackObject),
    .tp_dealloc = tb_dealloc,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = tb_traverse,
    .tp_clear = tb_clear,
    .tp_members = tb_members,
    .tp_getset = tb_getset,
    .tp_new = tb_new,
    .tp_free = kr_object_free,
};

int kr_traceback_obj_init(void) { return kr_type_ready(&kr_traceback_type); }
