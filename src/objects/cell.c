/* cell.c — the `cell` type: a mutable box for a variable captured by a
 * closure. Python code sees it through __closure__ and cell_contents. */
#include "cell.h"
#include "type.h"
#include "str.h"
#include "int.h"
#include "tuple.h"
#include "args.h"
#include "trashcan.h"
#include "../memory/gc.h"
#include "../vm/err.h"

KrObject *kr_cell_new(KrObject *value)
{
    KrCellObject *c = KR_NEW(KrCellObject, &kr_cell_type);
    if (!c) return NULL;
    c->ob_ref = kr_xnewref(value);
    kr_gc_track(c);
    return (KrObject *)c;
}

KrObject *kr_cell_get_borrow(KrObject *cell) { return ((KrCellObject *)cell)->ob_ref; }

void kr_cell_set(KrObject *cell, KrObject *value)
{
    KR_SETREF(((KrCellObject *)cell)->ob_ref, kr_xnewref(value));
}

static void cell_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    if (kr_trashcan_begin(o, cell_dealloc)) return;
    KR_CLEAR(((KrCellObject *)o)->ob_ref);
    KR_TYPE(o)->tp_free(o);
    kr_trashcan_end();
}

static int cell_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrCellObject *)o)->ob_ref);
    return 0;
}

static int cell_clear(KrObject *o)
{
    KR_CLEAR(((KrCellObject *)o)->ob_ref);
    return 0;
}

static KrObject *cell_repr(KrObject *o)
{
    KrObject *v = ((KrCellObject *)o)->ob_ref;
    if (!v) return kr_str_from_format("<cell at %p: empty>", o);
    return kr_str_from_format("<cell at %p: %s object at %p>", o, KR_TYPE(v)->tp_name, v);
}

/* Cells compare by contents; an empty cell sorts before any full one. */
static KrObject *cell_richcompare(KrObject *a, KrObject *b, int op)
{
    if (!KR_CELL_CHECK(a) || !KR_CELL_CHECK(b)) KR_RETURN_NOTIMPLEMENTED;
    KrObject *x = ((KrCellObject *)a)->ob_ref, *y = ((KrCellObject *)b)->ob_ref;
    if (x && y) return kr_object_richcompare(x, y, op);
    int c = (x != NULL) - (y != NULL);
    int r;
    switch (op) {
    case KR_LT: r = c < 0; break;
    case KR_LE: r = c <= 0; break;
    case KR_EQ: r = c == 0; break;
    case KR_NE: r = c != 0; break;
    case KR_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return kr_bool_from(r);
}

static KrObject *cell_get_contents(KrObject *o, void *closure)
{
    KrObject *v = ((KrCellObject *)o)->ob_ref;
    if (!v) {
        kr_err_set_string(kr_exc_ValueError, "Cell is empty");
        return NULL;
    }
    return kr_newref(v);
}

static int cell_set_contents(KrObject *o, KrObject *v, void *closure)
{
    kr_cell_set(o, v);
    return 0;
}

/* cell([contents]) */
static KrObject *cell_new(KrTypeObject *t, KrObject *args, KrObject *kwds)
{
    if (kr_args_no_kwargs("cell", kwds) < 0) return NULL;
    ssize_t n = KR_SIZE(args);
    if (kr_args_check_count("cell", n, 0, 1) < 0) return NULL;
    return kr_cell_new(n ? KR_TUPLE_GET(args, 0) : NULL);
}

static KrGetSetDef cell_getset[] = {
    { "cell_contents", cell_get_contents, cell_set_contents, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrTypeObject kr_cell_type = {
    KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "cell",
    .tp_basicsize = sizeof(KrCellObject),
    .tp_dealloc = cell_dealloc,
    .tp_repr = cell_repr,
    .tp_hash = kr_object_hash_not_implemented,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = cell_traverse,
    .tp_clear = cell_clear,
    .tp_richcompare = cell_richcompare,
    .tp_getset = cell_getset,
    .tp_new = cell_new,
    .tp_free = kr_object_free,
};

int kr_cell_init(void) { return kr_type_ready(&kr_cell_type); }
