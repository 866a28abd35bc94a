/* cell.h — cell objects: the boxes that hold variables shared between a
 * function and the closures nested in it (CPython's `cell` type). */
#ifndef KR_CELL_H
#define KR_CELL_H
#include "object.h"

typedef struct {
    KrObject ob_base;
    KrObject *ob_ref;          /* owned contents, or NULL when empty */
} KrCellObject;

extern KrTypeObject kr_cell_type;
#define KR_CELL_CHECK(o) (KR_TYPE(o) == &kr_cell_type)
#define KR_CELL_GET(c) (((KrCellObject *)(c))->ob_ref)        /* borrowed, may be NULL */

/* A new cell holding value (borrowed, may be NULL for an empty cell). */
KrObject *kr_cell_new(KrObject *value);
/* The contents (borrowed), or NULL if empty (no exception). */
KrObject *kr_cell_get_borrow(KrObject *cell);
/* Replaces the contents with value (borrowed, NULL empties the cell). */
void kr_cell_set(KrObject *cell, KrObject *value);
int kr_cell_init(void);
#endif
