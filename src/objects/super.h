/* super.h — the `super` type, and the frame query its zero-argument form
 * needs from the VM. */
#ifndef KR_SUPER_H
#define KR_SUPER_H
#include "object.h"

typedef struct {
    KrObject ob_base;
    KrTypeObject *type;      /* owned: the class where the lookup starts after */
    KrObject *obj;           /* owned: the instance or class, or NULL (unbound) */
    KrTypeObject *obj_type;  /* owned, or NULL */
} KrSuperObject;

extern KrTypeObject kr_super_type;

/* To be implemented by the VM (vm/frame.c) for super() without arguments:
 * for the innermost running Python frame, stores BORROWED references to the
 * value of the first parameter (*first_arg; the cell's contents if that
 * parameter is a cell variable) and the contents of the `__class__` free
 * variable (*class_cell_value). Return 0 on success, or -1 with
 * RuntimeError set using CPython's messages:
 *   "super(): no current frame", "super(): no arguments",
 *   "super(): arg[0] deleted", "super(): __class__ cell not found",
 *   "super(): empty __class__ cell".
 * Declared weak: until the VM provides it, super.c reads the frame
 * itself through vm/eval.h (kr_eval_current_frame). */
int kr_frame_super_args(KrObject **first_arg, KrObject **class_cell_value)
    __attribute__((weak));

int kr_super_init(void);
#endif
