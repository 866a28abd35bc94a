/* state.c — interpreter and thread states, and the recursion guard. */
#include "state.h"
#include "err.h"
#include "../memory/mem.h"
#include "../objects/list.h"
#include "frame.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

KrInterpreterState kr_interp = { .recursion_limit = 1000, .int_max_str_digits = 4300 };
_Thread_local KrThreadState *kr_tstate;

KrThreadState *kr_tstate_new(void)
{
    KrThreadState *ts = kr_raw_calloc(1, sizeof *ts);
    if (!ts) return NULL;
    ts->interp = &kr_interp;
    ts->exc_info = &ts->exc_state;
    kr_tstate = ts;
    return ts;
}

void kr_tstate_delete(KrThreadState *ts)
{
    if (!ts) return;
    kr_frame_stack_fini(ts);
    KR_CLEAR(ts->curexc);
    KR_CLEAR(ts->exc_state.exc);
    KR_CLEAR(ts->repr_stack);
    KR_CLEAR(ts->dict);
    if (kr_tstate == ts) kr_tstate = NULL;
    kr_raw_free(ts);
}

/* The C stack guard. The main thread's stack may grow up to RLIMIT_STACK,
 * which Linux checks when the stack grows, not at exec: raise the soft limit
 * to KR_MAIN_STACK so deep C recursion (hashing a 100000-deep tuple, say)
 * has room, and remember the lowest address C code may use. */
#define KR_MAIN_STACK ((rlim_t)64 << 20)
#define KR_STACK_MARGIN ((uintptr_t)256 << 10)
static _Thread_local uintptr_t stack_floor; /* 0: unknown, no check */

static void stack_guard_init(void)
{
    struct rlimit rl;
    char here;
    if (getrlimit(RLIMIT_STACK, &rl) != 0) return;
    if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < KR_MAIN_STACK &&
        (rl.rlim_max == RLIM_INFINITY || rl.rlim_max >= KR_MAIN_STACK)) {
        rl.rlim_cur = KR_MAIN_STACK;
        if (setrlimit(RLIMIT_STACK, &rl) != 0) getrlimit(RLIMIT_STACK, &rl);
    }
    rlim_t size = rl.rlim_cur == RLIM_INFINITY ? KR_MAIN_STACK : rl.rlim_cur;
    if (size > KR_MAIN_STACK) size = KR_MAIN_STACK;
    /* main() and the C start-up sit a little above here; keep a margin */
    stack_floor = (uintptr_t)&here - (uintptr_t)size + KR_STACK_MARGIN;
}

int kr_stack_check(void)
{
    char here;
    if (stack_floor && (uintptr_t)&here < stack_floor) {
        kr_err_set_string(kr_exc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    return 0;
}

int kr_state_init(void)
{
    stack_guard_init();
    return kr_tstate_new() ? 0 : -1;
}

/* One counter serves Python frames and guarded C recursion, as in CPython
 * 3.11. While a RecursionError propagates, a little headroom lets handlers
 * (and the traceback printer) run. */
int kr_recursion_enter(const char *where)
{
    KrThreadState *ts = kr_tstate;
    int limit = ts->interp->recursion_limit + (ts->recursion_headroom ? 50 : 0);
    if (++ts->recursion_depth > limit) {
        if (!ts->recursion_headroom) {
            ts->recursion_headroom = 1;
            kr_err_format(kr_exc_RecursionError, "maximum recursion depth exceeded%s", where);
            ts->recursion_headroom = 0;
        } else if (ts->recursion_depth > limit + 50) {
            fprintf(stderr, "Fatal Python error: Cannot recover from stack overflow.\n");
            abort();
        } else {
            kr_err_format(kr_exc_RecursionError, "maximum recursion depth exceeded%s", where);
        }
        ts->recursion_depth--;
        return -1;
    }
    return 0;
}

void kr_recursion_leave(void) { kr_tstate->recursion_depth--; }

/* kr_repr_enter/leave: a per-thread list of the containers whose repr is
 * being built, so that a list containing itself prints as [...]. */
int kr_repr_enter(KrObject *o)
{
    KrThreadState *ts = kr_tstate;
    if (!ts->repr_stack) {
        ts->repr_stack = kr_list_new(0);
        if (!ts->repr_stack) return -1;
    }
    ssize_t n = KR_SIZE(ts->repr_stack);
    for (ssize_t i = 0; i < n; i++)
        if (kr_list_get_borrow(ts->repr_stack, i) == o) return 1;
    return kr_list_append(ts->repr_stack, o) < 0 ? -1 : 0;
}

void kr_repr_leave(KrObject *o)
{
    KrThreadState *ts = kr_tstate;
    KrObject *exc = kr_err_fetch(); /* keep a pending exception across the pop */
    if (ts->repr_stack) {
        for (ssize_t i = KR_SIZE(ts->repr_stack) - 1; i >= 0; i--) {
            if (kr_list_get_borrow(ts->repr_stack, i) == o) {
                kr_list_del_item(ts->repr_stack, i);
                break;
            }
        }
    }
    kr_err_restore(exc);
}
