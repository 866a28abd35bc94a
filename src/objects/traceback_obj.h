/* traceback_obj.h — traceback objects (`traceback`): one entry per frame
 * an exception passed through, linked from the outermost to the innermost
 * frame by tb_next. */
#ifndef KR_TRACEBACK_OBJ_H
#define KR_TRACEBACK_OBJ_H
#include "object.h"

typedef struct KrTracebackObject {
    KrObject ob_base;
    struct KrTracebackObject *tb_next;  /* owned or NULL */
    KrObject *tb_frame;                 /* owned frame object */
    int tb_lasti;                       /* byte offset of the instruction (2 * code units), as CPython */
    int tb_lineno;                      /* -1 if unknown */
} KrTracebackObject;

extern KrTypeObject kr_traceback_type;
#define KR_TRACEBACK_CHECK(o) (KR_TYPE(o) == &kr_traceback_type)

/* A new traceback entry (next may be NULL or a traceback; frame a frame
 * object; both borrowed). lasti in code units (stored in bytes). New ref. */
KrObject *kr_traceback_obj_new(KrObject *next, KrObject *frame, int lasti, int lineno);
int kr_traceback_obj_init(void);
#endif
