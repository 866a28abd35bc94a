/* state.h — the interpreter state (one per process today) and the thread
 * state (one per OS thread running Python code). The thread state holds the
 * pending exception, the stack of exceptions being handled, the innermost
 * frame record and the recursion counter. */
#ifndef KR_STATE_H
#define KR_STATE_H

#include "../objects/object.h"

struct KrFrame;                /* vm/frame.h: a frame record on the frame stack */

/* One entry of the stack of exceptions being handled (sys.exc_info()).
 * Generators keep their own entry and link it in while they run. */
typedef struct KrExcStackItem {
    KrObject *exc;             /* owned; NULL or None when nothing is handled */
    struct KrExcStackItem *previous;
} KrExcStackItem;

typedef struct KrInterpreterState {
    KrObject *modules;         /* sys.modules (dict) */
    KrObject *sysdict;         /* sys.__dict__ */
    KrObject *builtins;        /* builtins.__dict__ */
    KrObject *sys_module;
    KrObject *builtins_module;
    int recursion_limit;       /* sys.getrecursionlimit(), 1000 by default */
    int int_max_str_digits;    /* sys.get_int_max_str_digits(), 4300 by default */
    /* Set nonzero to make the eval loop stop at its next check (backward
     * jumps, calls): pending signals, GIL drop requests, async exceptions. */
    volatile int eval_breaker;
    volatile int pending_signals;
} KrInterpreterState;

typedef struct KrThreadState {
    KrInterpreterState *interp;
    KrObject *curexc;          /* the pending exception instance, or NULL */
    KrExcStackItem *exc_info;  /* innermost handled exception */
    KrExcStackItem exc_state;  /* the thread's base entry */
    struct KrFrame *frame;     /* innermost frame record, or NULL */
    int recursion_depth;       /* Python frames + guarded C recursion */
    int recursion_headroom;    /* > 0 while handling a RecursionError */
    KrObject *repr_stack;      /* list of objects being repr'd (kr_repr_enter) */
    KrObject *dict;            /* per-thread dict, or NULL */
    void *datastack;           /* frame stack storage owned by vm/frame.c */
    unsigned long thread_id;
} KrThreadState;

extern KrInterpreterState kr_interp;
extern _Thread_local KrThreadState *kr_tstate;

/* The current thread's state (never NULL while Python code can run). */
static inline KrThreadState *kr_tstate_get(void) { return kr_tstate; }

/* The C stack guard for C code that recurses on data (hashing nested
 * tuples ...): 0, or -1 with RecursionError when the C stack is nearly
 * used up. Cheap: one comparison. */
int kr_stack_check(void);

/* Creates the main thread's state (and sets up the C stack guard).
 * 0, or -1 on allocation failure. */
int kr_state_init(void);
/* Creates a thread state for a new OS thread and makes it current. */
KrThreadState *kr_tstate_new(void);
void kr_tstate_delete(KrThreadState *ts);

#endif
