/* frame.h — frame records: the per-call state of the VM (code, globals,
 * locals + value stack inline), kept on a per-thread chunked data stack so
 * that a Python call costs no malloc. A generator owns its record inside
 * the generator object. A frame OBJECT (objects/frameobject.h) is made
 * only when asked for (sys._getframe, tracebacks, gi_frame). */
#ifndef KR_FRAME_H
#define KR_FRAME_H
#include "../objects/object.h"
#include "../objects/code.h"
#include "state.h"

/* Who owns the memory of a record. */
enum {
    KR_FRAME_OWNED_BY_THREAD = 0,   /* on the thread's data stack */
    KR_FRAME_OWNED_BY_GENERATOR,    /* inside a generator/coroutine object */
    KR_FRAME_OWNED_BY_FRAME_OBJECT, /* copied into its frame object after the call ended */
};

/* The execution state (used by generators; plain frames go CREATED ->
 * EXECUTING -> COMPLETED). */
enum {
    KR_FRAME_CREATED = 0,
    KR_FRAME_SUSPENDED,
    KR_FRAME_EXECUTING,
    KR_FRAME_COMPLETED,
    KR_FRAME_CLEARED,
};

typedef struct KrFrame {
    KrObject *f_func;          /* owned function, or NULL (module code, exec) */
    KrCodeObject *f_code;      /* owned */
    KrObject *f_globals;       /* owned dict */
    KrObject *f_builtins;      /* owned dict */
    KrObject *f_locals;        /* owned mapping, or NULL for optimized code */
    struct KrFrame *previous;  /* the caller's record while this one runs */
    KrObject *frame_obj;       /* owned frame object, or NULL */
    KrCodeUnit *prev_instr;    /* the instruction being executed (or last executed) */
    int stacktop;              /* saved number of value-stack entries */
    uint8_t owner;             /* KR_FRAME_OWNED_BY_* */
    uint8_t is_entry;          /* returning from it leaves the C eval loop */
    uint8_t state;             /* KR_FRAME_CREATED ... */
    uint8_t pad_;
    KrObject *localsplus[1];   /* co_nlocalsplus slots, then co_stacksize slots */
} KrFrame;

/* Size in pointer-sized words of a record for code (locals + stack). */
static inline size_t kr_frame_words(KrCodeObject *co)
{
    return offsetof(KrFrame, localsplus) / sizeof(KrObject *) + (size_t)co->co_nlocalsplus +
           (size_t)co->co_stacksize;
}
static inline KrObject **kr_frame_stack_base(KrFrame *f)
{
    return f->localsplus + f->f_code->co_nlocalsplus;
}
/* Offset in code units of the current instruction, or -1 before the first. */
static inline int kr_frame_lasti(KrFrame *f)
{
    if (!f->prev_instr) return -1;
    return (int)(f->prev_instr - f->f_code->co_code);
}

/* Allocates a record of `words` words on the current thread's data stack.
 * The fields are NOT initialized. NULL + MemoryError. */
KrFrame *kr_frame_alloc(size_t words);
/* Releases the most recently allocated record (LIFO). */
void kr_frame_free(KrFrame *f);

/* Initializes a record for code: takes new references to func (may be NULL),
 * code, globals, builtins and locals (may be NULL); sets every local slot to
 * NULL, the stack empty, state CREATED. */
void kr_frame_init(KrFrame *f, KrObject *func, KrCodeObject *code, KrObject *globals,
                   KrObject *builtins, KrObject *locals);

/* Drops everything a record owns (locals, stack entries, code, globals...).
 * If a frame object refers to the record and outlives it, the object first
 * takes over a copy of the record (so f_locals/f_lineno stay valid). */
void kr_frame_clear(KrFrame *f);

/* The innermost record that has started running (skips records being
 * set up), starting from f (may be NULL). */
KrFrame *kr_frame_skip_incomplete(KrFrame *f);

/* The frame object of a record, made on first request (new reference). */
KrObject *kr_frame_get_object(int depth);
KrObject *kr_frame_object_for(KrFrame *f);

/* A snapshot of the record's local variables as a dict (refreshed on each
 * call; for module and class frames, the locals mapping itself). New ref. */
KrObject *kr_frame_get_locals(KrFrame *f);
/* The current line of a record (-1 if unknown). */
int kr_frame_get_lineno(KrFrame *f);

/* Frees the thread's data stack (thread exit). */
void kr_frame_stack_fini(KrThreadState *ts);

#endif
