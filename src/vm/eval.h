/* eval.h — the bytecode interpreter (eval.c) and calls into it.
 *
 * kr_eval_frame runs a frame record until it returns (or, for a generator
 * frame, yields). Python-to-Python calls inside it push records and stay in
 * the same C loop; only calls made from C (a builtin calling a Python
 * function, a generator being resumed) enter it recursively. */
#ifndef KR_EVAL_H
#define KR_EVAL_H
#include "../objects/object.h"
#include "frame.h"

/* Runs `f` (already initialized, with arguments bound) as the entry frame
 * of a new C-level loop. throwflag: start by raising the pending exception
 * at the current instruction (generator.throw). Returns the returned (or
 * yielded) value as a new reference, or NULL with an exception. The
 * record is linked into the thread's frame chain while it runs. */
KrObject *kr_eval_frame(KrFrame *f, int throwflag);

/* The vectorcall function of Python functions: binds the arguments into a
 * new record and runs it (or creates the generator/coroutine). */
KrObject *kr_eval_function_vectorcall(KrObject *func, KrObject *const *args, size_t nargsf,
                                      KrObject *kwnames);

/* Runs code with globals/locals (locals may be NULL for optimized code, or
 * the same dict as globals); builtins from globals['__builtins__'].
 * closure: tuple of cells for the code's free variables, or NULL.
 * New ref or NULL. */
KrObject *kr_eval_code(KrObject *code, KrObject *globals, KrObject *locals, KrObject *closure);

/* Runs a function's code with no arguments and `locals` as its locals
 * mapping (class bodies: __build_class__). New ref or NULL. */
KrObject *kr_eval_function_with_locals(KrObject *func, KrObject *locals);

/* Binds args/kwnames (borrowed) of a call to func into the local slots of
 * f (fresh from kr_frame_init). 0, or -1 with CPython's TypeError message;
 * on error the slots filled so far are left for kr_frame_clear. */
int kr_eval_bind_args(KrFrame *f, KrObject *func, KrObject *const *args, ssize_t nargs,
                      KrObject *kwnames);

/* The innermost running Python frame's globals/builtins (borrowed; NULL
 * when no Python code runs) and locals (new ref; NULL + exception). */
KrObject *kr_eval_get_globals_borrow(void);
KrObject *kr_eval_get_builtins_borrow(void);
KrObject *kr_eval_get_locals(void);
/* The innermost running record, or NULL. */
KrFrame *kr_eval_current_frame(void);

/* Adds a traceback entry for record f to the pending exception. */
void kr_eval_add_traceback(KrFrame *f);

/* Signal hand-off: the C signal handler calls kr_eval_signal_received(),
 * which only sets flags; the eval breaker then calls
 * kr_eval_handle_pending() in the main thread (KeyboardInterrupt for
 * SIGINT unless a Python handler was installed through the hook). */
void kr_eval_signal_received(int signum);
int kr_eval_handle_pending(void);
/* Optional hook for a `signal` module: called with the signal number in
 * the main thread; 0 if handled, -1 with an exception, 1 for default. */
extern int (*kr_eval_signal_hook)(int signum);

/* Installs the SIGINT handler and readies the VM's types. */
int kr_eval_init(void);
#endif
