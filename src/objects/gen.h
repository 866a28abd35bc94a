/* gen.h — generators, coroutines and async generators. Each owns its
 * frame record (vm/frame.h) inline; resuming one runs the record in a
 * nested C-level eval loop (vm/eval.c). Also the helper awaitables:
 * coroutine_wrapper (coro.__await__()), async_generator_asend/athrow and
 * the wrapped value that marks an async generator's `yield`. */
#ifndef KR_GEN_H
#define KR_GEN_H
#include "object.h"
#include "../vm/state.h"
#include "../vm/frame.h"

typedef struct {
    KrVarObject ob_base;        /* ob_size: words of the frame record */
    KrObject *gi_name;          /* str */
    KrObject *gi_qualname;      /* str */
    KrObject *gi_code;          /* the code object (kept after the frame is cleared) */
    KrObject *gi_weakreflist;
    KrExcStackItem gi_exc_state; /* the generator's handled exception */
    KrObject *gi_origin_or_finalizer; /* async generators: the finalizer hook, or NULL */
    char ag_hooks_inited;
    char ag_closed;             /* async generators: aclose() done / exhausted */
    char ag_running_async;      /* async generators: an asend/athrow is in progress */
    KrFrame gi_frame;           /* must be last: the record grows past the struct */
} KrGenObject;

extern KrTypeObject kr_gen_type, kr_coro_type, kr_async_gen_type;
extern KrTypeObject kr_coro_wrapper_type, kr_async_gen_asend_type, kr_async_gen_athrow_type,
    kr_async_gen_wrapped_value_type;
#define KR_GEN_CHECK(o) (KR_TYPE(o) == &kr_gen_type)
#define KR_CORO_CHECK(o) (KR_TYPE(o) == &kr_coro_type)
#define KR_ASYNC_GEN_CHECK(o) (KR_TYPE(o) == &kr_async_gen_type)
#define KR_ASYNC_GEN_WRAPPED_CHECK(o) (KR_TYPE(o) == &kr_async_gen_wrapped_value_type)

/* Calling a generator/coroutine/async-generator function: a new object
 * whose frame has the arguments bound (borrowed). New ref or NULL. */
KrObject *kr_gen_new_from_call(KrObject *func, KrObject *const *args, ssize_t nargs,
                               KrObject *kwnames);

enum { KR_GEN_RETURN = 0, KR_GEN_NEXT = 1, KR_GEN_ERROR = -1 };
/* Resumes gen with arg (borrowed; NULL means None), or with the pending
 * exception thrown in when exc is set. KR_GEN_NEXT: *presult is the
 * yielded value; KR_GEN_RETURN: *presult is the returned value (no
 * StopIteration is raised); KR_GEN_ERROR: *presult NULL, exception set. */
int kr_gen_send_ex(KrObject *gen, KrObject *arg, int exc, int closing, KrObject **presult);

/* The object a suspended generator delegates to (yield from / await), new
 * ref, or NULL (no exception). */
KrObject *kr_gen_yf(KrObject *gen);

/* The awaitable iterator of o for `await` (coroutines as is, else
 * o.__await__()). New ref or NULL with TypeError (the caller words it). */
KrObject *kr_coro_get_awaitable_iter(KrObject *o);

/* Wraps a value yielded by an async generator (ASYNC_GEN_WRAP). New ref. */
KrObject *kr_async_gen_wrap_value(KrObject *v);

int kr_gen_init(void);
#endif
