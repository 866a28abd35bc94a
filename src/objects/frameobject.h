/* frameobject.h — frame objects (`frame`): the Python-visible face of a
 * frame record (vm/frame.h), made lazily. While the call runs the object
 * points at the live record; when the call ends while the object is still
 * referenced, the object takes over a copy of the record. */
#ifndef KR_FRAMEOBJECT_H
#define KR_FRAMEOBJECT_H
#include "object.h"

struct KrFrame;

typedef struct {
    KrObject ob_base;
    struct KrFrame *f_frame;   /* the record (live, generator-owned or our own copy), or NULL once cleared */
    KrObject *f_back;          /* owned; set when the record was taken over */
    KrObject *f_trace;         /* owned or NULL */
    char f_trace_lines;
    char f_trace_opcodes;
} KrFrameObject;

extern KrTypeObject kr_frame_type;
#define KR_FRAME_OBJECT_CHECK(o) (KR_TYPE(o) == &kr_frame_type)

/* A new frame object for a record (borrowed). Used by vm/frame.c. */
KrObject *kr_frameobject_new(struct KrFrame *f);
/* Called by vm/frame.c when the record ends: takes over a copy of the
 * record if the object is referenced elsewhere. back: the caller's
 * record (may be NULL). Drops the record's reference to the object. */
void kr_frameobject_detach(KrObject *fo, struct KrFrame *back);
int kr_frameobject_init(void);
#endif
