/* eval.c — the bytecode interpreter loop. One C-level loop runs a chain of
 * frame records: CALL of a Python function pushes a record and continues,
 * RETURN_VALUE pops back to the caller, and an exception with no handler in
 * a record unwinds into its caller — all without C recursion. Dispatch is
 * by computed goto (table generated from opcodes.h), with a switch
 * fallback for compilers without labels-as-values.
 *
 * Register-cached state: `frame` (the current record), `next_instr`,
 * `stack_pointer` (first free value-stack slot), `localsplus`. Before any
 * call that may look at frames (tracebacks, sys._getframe) the current
 * instruction is in frame->prev_instr, which DISPATCH stores. */
#include "eval.h"
#include "eval_exc.h"
#include "err.h"
#include "opcodes.h"
#include "import.h"
#include "../objects/function.h"
#include "../objects/method.h"
#include "../objects/cell.h"
#include "../objects/code.h"
#include "../objects/gen.h"
#include "../objects/int.h"
#include "../objects/float.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/list.h"
#include "../objects/dict.h"
#include "../objects/set.h"
#include "../objects/slice.h"
#include "../objects/ids.h"
#include "../objects/type.h"
#include "../objects/abstract.h"
#include "../objects/call.h"
#include "../objects/frameobject.h"
#include "../objects/traceback_obj.h"
#include "../objects/instance_values.h"
#include "../objects/descr.h"
#include "../memory/mem.h"

#include <math.h>
#include <signal.h>

/* Inline cache sizes per opcode, from the one table. */
static const uint8_t cache_size[256] = {
#define KR_OP_CACHE(name, kind, cache, effect) [name] = cache,
    KR_OPCODE_LIST(KR_OP_CACHE)
#undef KR_OP_CACHE
};

/* ---- the state other parts of krait ask for ------------------------------ */

KrFrame *kr_eval_current_frame(void)
{
    return kr_frame_skip_incomplete(kr_tstate ? kr_tstate->frame : NULL);
}

KrObject *kr_eval_get_globals_borrow(void)
{
    KrFrame *f = kr_eval_current_frame();
    return f ? f->f_globals : NULL;
}

KrObject *kr_eval_get_builtins_borrow(void)
{
    KrFrame *f = kr_eval_current_frame();
    return f ? f->f_builtins : kr_interp.builtins;
}

KrObject *kr_eval_get_locals(void)
{
    KrFrame *f = kr_eval_current_frame();
    if (!f) {
        kr_err_set_string(kr_exc_SystemError, "frame does not exist");
        return NULL;
    }
    return kr_frame_get_locals(f);
}

void kr_eval_add_traceback(KrFrame *f)
{
    KrObject *exc = kr_err_fetch();
    if (!exc) return;
    KrObject *fo = kr_frame_object_for(f);
    if (fo) {
        int lasti = kr_frame_lasti(f);
        int line = lasti >= 0 ? kr_code_addr2line(f->f_code, lasti) : f->f_code->co_firstlineno;
        KrObject *tb = kr_traceback_obj_new(kr_exception_get_traceback(exc), fo, lasti, line);
        if (tb) {
            kr_exception_set_traceback(exc, tb);
            KR_DECREF(tb);
        } else {
            kr_err_clear();
        }
        KR_DECREF(fo);
    } else {
        kr_err_clear();
    }
    kr_err_restore(exc);
}

/* ---- signals and the eval breaker ---------------------------------------- */

int (*kr_eval_signal_hook)(int signum);
static volatile sig_atomic_t pending_signal_flags[65];
static unsigned long main_thread_marker;

void kr_eval_signal_received(int signum)
{
    if (signum > 0 && signum < 65) pending_signal_flags[signum] = 1;
    kr_interp.pending_signals = 1;
    kr_interp.eval_breaker = 1;
}

static void eval_sigint_handler(int signum)
{
    kr_eval_signal_received(signum);
}

int kr_eval_handle_pending(void)
{
    KrThreadState *ts = kr_tstate;
    if (!kr_interp.pending_signals) {
        kr_interp.eval_breaker = 0;
        return 0;
    }
    if (ts->thread_id != main_thread_marker) return 0;  /* only the main thread handles signals */
    kr_interp.pending_signals = 0;
    kr_interp.eval_breaker = 0;
    for (int sig = 1; sig < 65; sig++) {
        if (!pending_signal_flags[sig]) continue;
        pending_signal_flags[sig] = 0;
        int r = kr_eval_signal_hook ? kr_eval_signal_hook(sig) : 1;
        if (r < 0) return -1;
        if (r > 0 && sig == SIGINT) {
            kr_err_set_none(kr_exc_KeyboardInterrupt);
            return -1;
        }
    }
    return 0;
}

int kr_eval_init(void)
{
    main_thread_marker = kr_tstate ? kr_tstate->thread_id : 0;
    /* as CPython: writing to a closed pipe or past the file size limit
     * raises an OSError (EPIPE, EFBIG) instead of killing the process */
    signal(SIGPIPE, SIG_IGN);
    signal(SIGXFSZ, SIG_IGN);
    /* as CPython: leave SIGINT alone when it is ignored at start-up
     * (background jobs, nohup) */
    struct sigaction old;
    if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler == SIG_IGN) return 0;
    struct sigaction sa;
    sa.sa_handler = eval_sigint_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sigaction(SIGINT, &sa, NULL);
    return 0;
}

/* ---- small helpers of the loop ------------------------------------------- */

/* Binary operation fast paths for exact small ints and floats. Returns a
 * new reference, or NULL without an exception to take the slow path. */
static inline KrObject *binop_fast(KrObject *a, KrObject *b, int op)
{
    if (KR_TYPE(a) == &kr_int_type && KR_TYPE(b) == &kr_int_type && KR_INT_IS_SMALL(a) &&
        KR_INT_IS_SMALL(b)) {
        int64_t x = KR_INT_SMALL_VALUE(a), y = KR_INT_SMALL_VALUE(b), r;
        switch (op) {
        case KR_NB_ADD: case KR_NB_ADD + KR_NB_INPLACE:
            if (__builtin_add_overflow(x, y, &r)) return NULL;
            return kr_int_from_i64_inline(r);
        case KR_NB_SUBTRACT: case KR_NB_SUBTRACT + KR_NB_INPLACE:
            if (__builtin_sub_overflow(x, y, &r)) return NULL;
            return kr_int_from_i64_inline(r);
        case KR_NB_MULTIPLY: case KR_NB_MULTIPLY + KR_NB_INPLACE:
            if (__builtin_mul_overflow(x, y, &r)) return NULL;
            return kr_int_from_i64_inline(r);
        case KR_NB_FLOOR_DIVIDE: case KR_NB_FLOOR_DIVIDE + KR_NB_INPLACE:
            if (y == 0 || (x == INT64_MIN && y == -1)) return NULL;
            r = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0))) r--;
            return kr_int_from_i64_inline(r);
        case KR_NB_REMAINDER: case KR_NB_REMAINDER + KR_NB_INPLACE:
            if (y == 0 || (x == INT64_MIN && y == -1)) return NULL;
            r = x % y;
            if (r != 0 && ((r < 0) != (y < 0))) r += y;
            return kr_int_from_i64_inline(r);
        case KR_NB_AND: case KR_NB_AND + KR_NB_INPLACE: return kr_int_from_i64_inline(x & y);
        case KR_NB_OR: case KR_NB_OR + KR_NB_INPLACE: return kr_int_from_i64_inline(x | y);
        case KR_NB_XOR: case KR_NB_XOR + KR_NB_INPLACE: return kr_int_from_i64_inline(x ^ y);
        default: return NULL;
        }
    }
    if (KR_TYPE(a) == &kr_float_type && KR_TYPE(b) == &kr_float_type) {
        double x = KR_FLOAT_VALUE(a), y = KR_FLOAT_VALUE(b);
        switch (op) {
        case KR_NB_ADD: case KR_NB_ADD + KR_NB_INPLACE: return kr_float_from_double(x + y);
        case KR_NB_SUBTRACT: case KR_NB_SUBTRACT + KR_NB_INPLACE: return kr_float_from_double(x - y);
        case KR_NB_MULTIPLY: case KR_NB_MULTIPLY + KR_NB_INPLACE: return kr_float_from_double(x * y);
        case KR_NB_TRUE_DIVIDE: case KR_NB_TRUE_DIVIDE + KR_NB_INPLACE:
            if (y == 0.0) return NULL;
            return kr_float_from_double(x / y);
        default: return NULL;
        }
    }
    return NULL;
}

/* COMPARE_OP fast path: exact small ints and floats. -1 for the slow path. */
static inline int compare_fast(KrObject *a, KrObject *b, int op)
{
    if (KR_TYPE(a) == &kr_int_type && KR_TYPE(b) == &kr_int_type && KR_INT_IS_SMALL(a) &&
        KR_INT_IS_SMALL(b)) {
        int64_t x = KR_INT_SMALL_VALUE(a), y = KR_INT_SMALL_VALUE(b);
        switch (op) {
        case KR_LT: return x < y;
        case KR_LE: return x <= y;
        case KR_EQ: return x == y;
        case KR_NE: return x != y;
        case KR_GT: return x > y;
        default: return x >= y;
        }
    }
    if (KR_TYPE(a) == &kr_float_type && KR_TYPE(b) == &kr_float_type) {
        double x = KR_FLOAT_VALUE(a), y = KR_FLOAT_VALUE(b);
        switch (op) {
        case KR_LT: return x < y;
        case KR_LE: return x <= y;
        case KR_EQ: return x == y;
        case KR_NE: return x != y;
        case KR_GT: return x > y;
        default: return x >= y;
        }
    }
    return -1;
}

/* A mapping lookup that treats KeyError as "missing": 1 found (*out new
 * ref), 0 missing, -1 error. */
static int mapping_lookup(KrObject *map, KrObject *key, KrObject **out)
{
    if (KR_DICT_CHECK_EXACT(map)) {
        KrObject *v = kr_dict_get_item_borrow(map, key);
        if (v) {
            *out = kr_newref(v);
            return 1;
        }
        *out = NULL;
        return kr_err_occurred() ? -1 : 0;
    }
    *out = kr_object_getitem(map, key);
    if (*out) return 1;
    if (kr_err_matches(kr_exc_KeyError)) {
        kr_err_clear();
        return 0;
    }
    return -1;
}

/* globals then builtins; borrowed result or NULL (NameError set if missing). */
static KrObject *load_global(KrFrame *frame, KrObject *name)
{
    KrObject *v = kr_dict_get_item_borrow(frame->f_globals, name);
    if (v) return v;
    if (kr_err_occurred()) return NULL;
    if (KR_DICT_CHECK_EXACT(frame->f_builtins)) {
        v = kr_dict_get_item_borrow(frame->f_builtins, name);
        if (v) return v;
        if (!kr_err_occurred()) kr_eval_format_name_error(name);
        return NULL;
    }
    KrObject *r;
    int found = mapping_lookup(frame->f_builtins, name, &r);
    if (found > 0) {
        KR_DECREF(r);   /* the builtins mapping keeps it alive */
        return r;
    }
    if (found == 0) kr_eval_format_name_error(name);
    return NULL;
}

/* The LOAD_GLOBAL cache. Dict versions are globally unique (dict.c bumps
 * one counter on every mutation), so a (globals version, builtins version)
 * pair identifies both dicts and their contents: while both match, the
 * value found last time is still the answer (and still alive, since the
 * dict holds it). Entries live in a side table in co_extra; the first
 * inline cache unit of the instruction holds the entry's index + 1. */
typedef struct {
    uint64_t gver, bver;
    KrObject *value;      /* borrowed from one of the two dicts */
} GlobalCacheEntry;

typedef struct {
    uint32_t n, cap;
    GlobalCacheEntry e[];
} CodeExtra;

/* For the LOAD_ATTR/STORE_ATTR instance caches: 1 if an instance attribute
 * wins over the class attribute `descr` (NULL: none), now and for as long as
 * the class's version tag holds. A value of a static type without __set__
 * (None, an int, a function) qualifies; a heap type could gain a __set__
 * later without changing the class's tag, so its instances do not. */
static inline int instance_may_shadow(KrObject *descr)
{
    if (!descr) return 1;
    KrTypeObject *dt = KR_TYPE(descr);
    return !(dt->tp_flags & KR_TPFLAGS_HEAPTYPE) && !dt->tp_descr_set;
}

static void global_cache_store(KrCodeObject *co, KrCodeUnit *cache, KrObject *g, KrObject *b,
                               KrObject *value)
{
    CodeExtra *ex = co->co_extra;
    uint32_t slot = cache[0];
    if (!slot || !ex || slot > ex->n) {
        if (!ex || ex->n == ex->cap) {
            uint32_t cap = ex ? ex->cap * 2 : 8;
            if (cap > 0xFFFE) return;
            CodeExtra *nex = kr_mem_realloc(ex, sizeof(CodeExtra) + cap * sizeof(GlobalCacheEntry));
            if (!nex) return;
            if (!ex) nex->n = 0;
            nex->cap = cap;
            co->co_extra = ex = nex;
        }
        slot = ++ex->n;
        cache[0] = (KrCodeUnit)slot;
    }
    GlobalCacheEntry *e = &ex->e[slot - 1];
    e->gver = ((KrDictObject *)g)->ma_version;
    e->bver = ((KrDictObject *)b)->ma_version;
    e->value = value;
}

/* __enter__ / __exit__ lookup for BEFORE_WITH and BEFORE_ASYNC_WITH. */
static int with_lookup(KrObject *mgr, KrObject *enter_name, KrObject *exit_name, int is_async,
                       KrObject **enter, KrObject **exit)
{
    *enter = kr_object_lookup_special(mgr, enter_name);
    if (!*enter) {
        if (!kr_err_occurred())
            kr_err_format(kr_exc_TypeError,
                          is_async ? "'%.200s' object does not support the asynchronous context manager protocol"
                                   : "'%.200s' object does not support the context manager protocol",
                          KR_TYPE(mgr)->tp_name);
        return -1;
    }
    *exit = kr_object_lookup_special(mgr, exit_name);
    if (!*exit) {
        if (!kr_err_occurred())
            kr_err_format(kr_exc_TypeError,
                          is_async ? "'%.200s' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
                                   : "'%.200s' object does not support the context manager protocol (missed __exit__ method)",
                          KR_TYPE(mgr)->tp_name);
        KR_CLEAR(*enter);
        return -1;
    }
    return 0;
}

static const char *awaitable_error_fmt(int where)
{
    if (where == 1)
        return "'async with' received an object from __aenter__ that does not implement __await__: %.100s";
    if (where == 2)
        return "'async with' received an object from __aexit__ that does not implement __await__: %.100s";
    return NULL;
}

/* SEND's delegation step. 1 yielded (*out), 0 returned (*out), -1 error. */
static int send_step(KrObject *receiver, KrObject *v, KrObject **out)
{
    if (KR_GEN_CHECK(receiver) || KR_CORO_CHECK(receiver)) {
        int r = kr_gen_send_ex(receiver, v, 0, 0, out);
        if (r == KR_GEN_ERROR) return -1;
        return r == KR_GEN_NEXT ? 1 : 0;
    }
    KrObject *res;
    if (v == KR_NONE && KR_TYPE(receiver)->tp_iternext) {
        res = KR_TYPE(receiver)->tp_iternext(receiver);
    } else {
        res = kr_object_call_method(receiver, KR_ID(send), &v, 1);
    }
    if (res) {
        *out = res;
        return 1;
    }
    if (!kr_err_occurred()) {
        *out = kr_newref(KR_NONE);
        return 0;
    }
    if (kr_err_matches(kr_exc_StopIteration)) {
        KrObject *exc = kr_err_fetch();
        *out = kr_stopiteration_value(exc);
        KR_DECREF(exc);
        return *out ? 0 : -1;
    }
    return -1;
}

/* ---- the loop -------------------------------------------------------------- */

#if defined(__GNUC__) && !defined(KR_NO_COMPUTED_GOTOS)
#define KR_COMPUTED_GOTOS 1
#define TARGET(op) op_##op:
#define DISPATCH_GOTO() goto *dispatch_table[opcode]
#else
#define TARGET(op) case op:
#define DISPATCH_GOTO() goto dispatch_switch
#endif

#define DISPATCH() do { \
        frame->prev_instr = next_instr; \
        word = *next_instr++; \
        opcode = KR_OPCODE(word); \
        oparg = KR_OPARG(word); \
        DISPATCH_GOTO(); \
    } while (0)

#define STACK_BASE() (localsplus + co->co_nlocalsplus)
#define TOP() (stack_pointer[-1])
#define SECOND() (stack_pointer[-2])
#define THIRD() (stack_pointer[-3])
#define PEEK(n) (stack_pointer[-(n)])
#define SET_TOP(v) (stack_pointer[-1] = (v))
#define SET_SECOND(v) (stack_pointer[-2] = (v))
#define PUSH(v) (*stack_pointer++ = (v))
#define POP() (*--stack_pointer)
#define STACK_SHRINK(n) (stack_pointer -= (n))
#define GETLOCAL(i) (localsplus[i])
#define SETLOCAL(i, v) do { KrObject *tmp_ = localsplus[i]; localsplus[i] = (v); KR_XDECREF(tmp_); } while (0)
#define JUMPBY(n) (next_instr += (n))
#define SKIP_CACHE() (next_instr += cache_size[opcode])

#define SAVE_STACK() (frame->stacktop = (int)(stack_pointer - STACK_BASE()))
#define LOAD_FRAME() do { \
        co = frame->f_code; \
        localsplus = frame->localsplus; \
        consts = co->co_consts; \
        names = co->co_names; \
        first_instr = co->co_code; \
        stack_pointer = STACK_BASE() + frame->stacktop; \
        if (frame->prev_instr) \
            next_instr = frame->prev_instr + 1 + cache_size[KR_OPCODE(*frame->prev_instr)]; \
        else \
            next_instr = first_instr; \
    } while (0)

#define ERROR_IF(cond) do { if (cond) goto error; } while (0)

KrObject *kr_eval_frame(KrFrame *entry, int throwflag)
{
#ifdef KR_COMPUTED_GOTOS
    static void *dispatch_table[256];
    static int table_ready;
    if (!table_ready) {
        for (int i = 0; i < 256; i++) dispatch_table[i] = &&op_unknown;
#define KR_OP_LABEL(name, kind, cache, effect) dispatch_table[name] = &&op_##name;
        KR_OPCODE_LIST(KR_OP_LABEL)
#undef KR_OP_LABEL
        table_ready = 1;
    }
#endif
    KrThreadState *ts = kr_tstate;
    KrFrame *frame = entry;
    KrCodeObject *co;
    KrObject **localsplus, **stack_pointer;
    KrObject *consts, *names;
    KrCodeUnit *first_instr, *next_instr;
    KrCodeUnit word;
    int opcode, oparg;
    KrObject *kwnames = NULL;       /* set by KW_NAMES for the next CALL (borrowed) */
    KrObject *result = NULL;
    int unwind_offset = -1;         /* where exception_unwind_at looks for a handler */

    entry->is_entry = 1;
    entry->previous = ts->frame;
    if (kr_recursion_enter("") < 0) {
        entry->state = KR_FRAME_COMPLETED;
        return NULL;
    }
    ts->frame = entry;
    entry->state = KR_FRAME_EXECUTING;
    LOAD_FRAME();
    if (throwflag) goto error;
    DISPATCH();

#ifndef KR_COMPUTED_GOTOS
dispatch_switch:
    switch (opcode) {
#endif

    TARGET(NOP) { DISPATCH(); }

    TARGET(RESUME) {
        if (oparg < 2 && kr_interp.eval_breaker) {
            if (kr_eval_handle_pending() < 0) goto error;
        }
        DISPATCH();
    }

    TARGET(EXTENDED_ARG) {
        int prev = oparg;
        frame->prev_instr = next_instr;
        word = *next_instr++;
        opcode = KR_OPCODE(word);
        oparg = prev << 8 | KR_OPARG(word);
        DISPATCH_GOTO();
    }

    TARGET(POP_TOP) {
        KrObject *v = POP();
        KR_XDECREF(v);
        DISPATCH();
    }

    TARGET(PUSH_NULL) {
        PUSH(NULL);
        DISPATCH();
    }

    TARGET(COPY) {
        KrObject *v = PEEK(oparg);
        PUSH(kr_xnewref(v));
        DISPATCH();
    }

    TARGET(SWAP) {
        KrObject *t = TOP();
        SET_TOP(PEEK(oparg));
        PEEK(oparg) = t;
        DISPATCH();
    }

    TARGET(LOAD_CONST) {
        PUSH(kr_newref(KR_TUPLE_GET(consts, oparg)));
        DISPATCH();
    }

    TARGET(LOAD_FAST) {
        KrObject *v = GETLOCAL(oparg);
        if (!v) {
            kr_eval_format_unbound_local(co, oparg);
            goto error;
        }
        PUSH(kr_newref(v));
        DISPATCH();
    }

    TARGET(STORE_FAST) {
        KrObject *v = POP();
        SETLOCAL(oparg, v);
        DISPATCH();
    }

    TARGET(DELETE_FAST) {
        KrObject *v = GETLOCAL(oparg);
        if (!v) {
            kr_eval_format_unbound_local(co, oparg);
            goto error;
        }
        SETLOCAL(oparg, NULL);
        DISPATCH();
    }

    TARGET(LOAD_NAME) {
        KrObject *name = KR_TUPLE_GET(names, oparg);
        KrObject *v = NULL;
        if (!frame->f_locals) {
            kr_err_format(kr_exc_SystemError, "no locals when loading %R", name);
            goto error;
        }
        int found = mapping_lookup(frame->f_locals, name, &v);
        ERROR_IF(found < 0);
        if (!found) {
            KrObject *g = load_global(frame, name);
            ERROR_IF(!g);
            v = kr_newref(g);
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_NAME) {
        KrObject *name = KR_TUPLE_GET(names, oparg);
        KrObject *v = POP();
        int err;
        if (!frame->f_locals) {
            kr_err_format(kr_exc_SystemError, "no locals found when storing %R", name);
            KR_DECREF(v);
            goto error;
        }
        if (KR_DICT_CHECK_EXACT(frame->f_locals))
            err = kr_dict_set_item(frame->f_locals, name, v);
        else
            err = kr_object_setitem(frame->f_locals, name, v);
        KR_DECREF(v);
        ERROR_IF(err < 0);
        DISPATCH();
    }

    TARGET(DELETE_NAME) {
        KrObject *name = KR_TUPLE_GET(names, oparg);
        if (!frame->f_locals) {
            kr_err_format(kr_exc_SystemError, "no locals when deleting %R", name);
            goto error;
        }
        if (kr_object_delitem(frame->f_locals, name) < 0) {
            if (kr_err_matches(kr_exc_KeyError)) {
                kr_err_clear();
                kr_eval_format_name_error(name);
            }
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
        KrObject *v;
        KrObject *g = frame->f_globals, *b = frame->f_builtins;
        CodeExtra *ex = co->co_extra;
        uint32_t slot = next_instr[0];
        if (slot && ex && slot <= ex->n && KR_DICT_CHECK_EXACT(b) &&
            ex->e[slot - 1].gver == ((KrDictObject *)g)->ma_version &&
            ex->e[slot - 1].bver == ((KrDictObject *)b)->ma_version) {
            v = ex->e[slot - 1].value;
        } else {
            v = load_global(frame, KR_TUPLE_GET(names, oparg >> 1));
            ERROR_IF(!v);
            if (KR_DICT_CHECK_EXACT(g) && KR_DICT_CHECK_EXACT(b))
                global_cache_store(co, next_instr, g, b, v);
        }
        if (oparg & 1) PUSH(NULL);
        PUSH(kr_newref(v));
        SKIP_CACHE();
        DISPATCH();
    }

    TARGET(STORE_GLOBAL) {
        KrObject *name = KR_TUPLE_GET(names, oparg);
        KrObject *v = POP();
        int err = kr_dict_set_item(frame->f_globals, name, v);
        KR_DECREF(v);
        ERROR_IF(err < 0);
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL) {
        KrObject *name = KR_TUPLE_GET(names, oparg);
        int r = kr_dict_contains(frame->f_globals, name);
        ERROR_IF(r < 0);
        if (!r) {
            kr_eval_format_name_error(name);
            goto error;
        }
        ERROR_IF(kr_dict_del_item(frame->f_globals, name) < 0);
        DISPATCH();
    }

    TARGET(MAKE_CELL) {
        KrObject *initial = GETLOCAL(oparg);
        KrObject *cell = kr_cell_new(initial);
        ERROR_IF(!cell);
        SETLOCAL(oparg, cell);
        DISPATCH();
    }

    TARGET(COPY_FREE_VARS) {
        if (frame->f_func) {
            KrObject *closure = ((KrFunctionObject *)frame->f_func)->func_closure;
            int offset = co->co_nlocalsplus - oparg;
            for (int i = 0; i < oparg; i++) {
                KrObject *c = closure ? KR_TUPLE_GET(closure, i) : NULL;
                SETLOCAL(offset + i, kr_xnewref(c));
            }
        }
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE) {
        KrObject *cell = GETLOCAL(oparg);
        if (!cell) {
            kr_eval_format_unbound_deref(co, oparg);
            goto error;
        }
        PUSH(kr_newref(cell));
        DISPATCH();
    }

    TARGET(LOAD_DEREF) {
        KrObject *cell = GETLOCAL(oparg);
        KrObject *v = cell && KR_CELL_CHECK(cell) ? KR_CELL_GET(cell) : NULL;
        if (!v) {
            kr_eval_format_unbound_deref(co, oparg);
            goto error;
        }
        PUSH(kr_newref(v));
        DISPATCH();
    }

    TARGET(LOAD_CLASSDEREF) {
        KrObject *name = KR_TUPLE_GET(co->co_localsplusnames, oparg);
        KrObject *v = NULL;
        if (frame->f_locals) {
            int found = mapping_lookup(frame->f_locals, name, &v);
            ERROR_IF(found < 0);
        }
        if (!v) {
            KrObject *cell = GETLOCAL(oparg);
            KrObject *c = cell && KR_CELL_CHECK(cell) ? KR_CELL_GET(cell) : NULL;
            if (!c) {
                kr_eval_format_unbound_deref(co, oparg);
                goto error;
            }
            v = kr_newref(c);
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_DEREF) {
        KrObject *v = POP();
        KrObject *cell = GETLOCAL(oparg);
        if (!cell || !KR_CELL_CHECK(cell)) {
            KR_DECREF(v);
            kr_err_set_string(kr_exc_SystemError, "STORE_DEREF: slot is not a cell");
            goto error;
        }
        KrObject *old = KR_CELL_GET(cell);
        ((KrCellObject *)cell)->ob_ref = v;
        KR_XDECREF(old);
        DISPATCH();
    }

    TARGET(DELETE_DEREF) {
        KrObject *cell = GETLOCAL(oparg);
        KrObject *old = cell && KR_CELL_CHECK(cell) ? KR_CELL_GET(cell) : NULL;
        if (!old) {
            kr_eval_format_unbound_deref(co, oparg);
            goto error;
        }
        ((KrCellObject *)cell)->ob_ref = NULL;
        KR_DECREF(old);
        DISPATCH();
    }

    TARGET(LOAD_ATTR) {
        /* Specialization (cache units: type version low/high, kind, index)
         * for plain instances whose class (whole MRO) has no attribute of
         * that name, or one an instance attribute overrides (see
         * instance_may_shadow), so a value found in the instance is the answer:
         * kind 1 looks in the instance __dict__; kind 2 (classes with
         * inline values, objects/instance_values.h) reads position `index`
         * of the instance's values block, the name's place in the class's
         * append-only shared key table. Kind 3 (any class): the name is a
         * __slots__ member (KR_T_OBJECT_EX) found on the class, `index` its
         * byte offset in the instance. */
        KrObject *name = KR_TUPLE_GET(names, oparg);
        KrObject *owner = TOP();
        KrTypeObject *tp = KR_TYPE(owner);
        KrObject *res = NULL;
        unsigned int tag = tp->tp_version_tag;
        if (tag && (next_instr[0] | (unsigned int)next_instr[1] << 16) == tag) {
            if (next_instr[2] == 2) {
                KrInstanceValues *vals = *KR_INSTANCE_VALUES_SLOT(owner);
                unsigned int ix = next_instr[3];
                if (vals && ix < vals->capacity && (res = vals->values[ix])) KR_INCREF(res);
            } else if (next_instr[2] == 3) {
                res = *(KrObject **)((char *)owner + next_instr[3]);
                if (res) KR_INCREF(res);
            } else if (next_instr[2] == 1 && tp->tp_dictoffset > 0) {
                KrObject *dict = *(KrObject **)((char *)owner + tp->tp_dictoffset);
                if (dict) {
                    res = kr_dict_get_item_borrow(dict, name);
                    if (res) KR_INCREF(res);
                    else kr_err_clear();
                }
            }
        }
        if (!res) {
            res = kr_object_getattr(owner, name);
            if (!res) {
                kr_eval_set_attribute_error_context(owner, name);
                goto error;
            }
            KrObject *descr;
            if (tag && tp->tp_getattro == kr_object_generic_getattr && KR_STR_CHECK_EXACT(name) &&
                (descr = kr_type_lookup(tp, name)) && KR_TYPE(descr) == &kr_member_descr_type &&
                kr_type_is_subtype(tp, ((KrDescrObject *)descr)->d_type) && tp->tp_version_tag == tag) {
                KrMemberDef *m = ((KrMemberDescrObject *)descr)->d_member;
                if (m->type == KR_T_OBJECT_EX && m->offset > 0 && m->offset <= 0xFFFF) {
                    next_instr[0] = (KrCodeUnit)(tag & 0xFFFF);
                    next_instr[1] = (KrCodeUnit)(tag >> 16);
                    next_instr[2] = 3;
                    next_instr[3] = (KrCodeUnit)m->offset;
                }
            } else if (tag && tp->tp_getattro == kr_object_generic_getattr && tp->tp_dictoffset > 0 &&
                KR_STR_CHECK_EXACT(name) && instance_may_shadow(kr_type_lookup(tp, name)) &&
                tp->tp_version_tag == tag) {
                ssize_t ix = -1;
                KrInstanceKeys *keys;
                if (KR_INSTANCE_HAS_VALUES(tp) && (keys = ((KrHeapTypeObject *)tp)->ht_cached_keys))
                    ix = kr_instance_keys_find(keys, name);
                next_instr[0] = (KrCodeUnit)(tag & 0xFFFF);
                next_instr[1] = (KrCodeUnit)(tag >> 16);
                next_instr[2] = ix >= 0 ? 2 : 1;
                next_instr[3] = (KrCodeUnit)(ix >= 0 ? ix : 0);
            }
        }
        SET_TOP(res);
        KR_DECREF(owner);
        SKIP_CACHE();
        DISPATCH();
    }

    TARGET(LOAD_METHOD) {
        KrObject *name = KR_TUPLE_GET(names, oparg);
        KrObject *obj = TOP();
        KrObject *meth = NULL;
        int is_meth = kr_object_get_method(obj, name, &meth);
        if (is_meth < 0 || !meth) {
            kr_eval_set_attribute_error_context(obj, name);
            goto error;
        }
        if (is_meth) {
            /* [meth, self] */
            SET_TOP(meth);
            PUSH(obj);
        } else {
            /* [NULL, attr] */
            SET_TOP(NULL);
            KR_DECREF(obj);
            PUSH(meth);
        }
        SKIP_CACHE();
        DISPATCH();
    }

    TARGET(STORE_ATTR) {
        /* Specialization (cache units as LOAD_ATTR's kinds 2 and 3), for
         * classes with generic setattr: kind 2, inline values and no class
         * attribute of that name: store straight into position `index` of
         * the values block; kind 3, a writable __slots__ member: store at
         * byte offset `index`. */
        KrObject *name = KR_TUPLE_GET(names, oparg);
        KrObject *owner = TOP();
        KrObject *v = SECOND();
        KrTypeObject *tp = KR_TYPE(owner);
        unsigned int tag = tp->tp_version_tag;
        STACK_SHRINK(2);
        if (next_instr[2] == 2 && tag && (next_instr[0] | (unsigned int)next_instr[1] << 16) == tag) {
            KrInstanceValues *vals = *KR_INSTANCE_VALUES_SLOT(owner);
            unsigned int ix = next_instr[3];
            if (vals && ix < vals->capacity) {
                KrObject *old = vals->values[ix];
                vals->values[ix] = v;   /* the stack's reference */
                if (old) KR_DECREF(old);
                else KR_INSTANCE_ORDER(vals)[vals->count++] = (uint8_t)ix;
                KR_DECREF(owner);
                SKIP_CACHE();
                DISPATCH();
            }
        } else if (next_instr[2] == 3 && tag && (next_instr[0] | (unsigned int)next_instr[1] << 16) == tag) {
            KrObject **slot = (KrObject **)((char *)owner + next_instr[3]);
            KrObject *old = *slot;
            *slot = v;   /* the stack's reference */
            KR_XDECREF(old);
            KR_DECREF(owner);
            SKIP_CACHE();
            DISPATCH();
        }
        int err = kr_object_setattr(owner, name, v);
        KR_DECREF(v);
        KrObject *descr;
        if (err == 0 && tag && tp->tp_setattro == kr_object_generic_setattr && KR_STR_CHECK_EXACT(name) &&
            tp->tp_version_tag == tag && (descr = kr_type_lookup(tp, name)) &&
            KR_TYPE(descr) == &kr_member_descr_type && kr_type_is_subtype(tp, ((KrDescrObject *)descr)->d_type)) {
            KrMemberDef *m = ((KrMemberDescrObject *)descr)->d_member;
            if (m->type == KR_T_OBJECT_EX && !(m->flags & KR_READONLY) && m->offset > 0 && m->offset <= 0xFFFF) {
                next_instr[0] = (KrCodeUnit)(tag & 0xFFFF);
                next_instr[1] = (KrCodeUnit)(tag >> 16);
                next_instr[2] = 3;
                next_instr[3] = (KrCodeUnit)m->offset;
            }
        } else if (err == 0 && tag && KR_INSTANCE_HAS_VALUES(tp) && tp->tp_setattro == kr_object_generic_setattr &&
            KR_STR_CHECK_EXACT(name) && tp->tp_version_tag == tag &&
            instance_may_shadow(kr_type_lookup(tp, name))) {
            KrInstanceKeys *keys = ((KrHeapTypeObject *)tp)->ht_cached_keys;
            ssize_t ix = keys ? kr_instance_keys_find(keys, name) : -1;
            if (ix >= 0) {
                next_instr[0] = (KrCodeUnit)(tag & 0xFFFF);
                next_instr[1] = (KrCodeUnit)(tag >> 16);
                next_instr[2] = 2;
                next_instr[3] = (KrCodeUnit)ix;
            }
        }
        KR_DECREF(owner);
        ERROR_IF(err < 0);
        SKIP_CACHE();
        DISPATCH();
    }

    TARGET(DELETE_ATTR) {
        KrObject *name = KR_TUPLE_GET(names, oparg);
        KrObject *owner = POP();
        int err = kr_object_setattr(owner, name, NULL);
        KR_DECREF(owner);
        ERROR_IF(err < 0);
        DISPATCH();
    }

    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(kr_newref(kr_exc_AssertionError));
        DISPATCH();
    }

    TARGET(LOAD_BUILD_CLASS) {
        KrObject *bc = NULL;
        int found = mapping_lookup(frame->f_builtins, KR_ID(__build_class__), &bc);
        ERROR_IF(found < 0);
        if (!found) {
            kr_err_set_string(kr_exc_NameError, "__build_class__ not found");
            goto error;
        }
        PUSH(bc);
        DISPATCH();
    }

    TARGET(SETUP_ANNOTATIONS) {
        if (!frame->f_locals) {
            kr_err_set_string(kr_exc_SystemError, "no locals found when setting up annotations");
            goto error;
        }
        KrObject *ann = NULL;
        int found = mapping_lookup(frame->f_locals, KR_ID(__annotations__), &ann);
        ERROR_IF(found < 0);
        if (found) {
            KR_DECREF(ann);
        } else {
            KrObject *d = kr_dict_new();
            ERROR_IF(!d);
            int err = kr_object_setitem(frame->f_locals, KR_ID(__annotations__), d);
            KR_DECREF(d);
            ERROR_IF(err < 0);
        }
        DISPATCH();
    }

    /* ---- operators ---- */

    TARGET(UNARY_POSITIVE) {
        KrObject *v = TOP();
        KrObject *res = kr_number_positive(v);
        ERROR_IF(!res);
        SET_TOP(res);
        KR_DECREF(v);
        DISPATCH();
    }

    TARGET(UNARY_NEGATIVE) {
        KrObject *v = TOP();
        KrObject *res;
        if (KR_TYPE(v) == &kr_int_type && KR_INT_IS_SMALL(v) && KR_INT_SMALL_VALUE(v) != INT64_MIN)
            res = kr_int_from_i64(-KR_INT_SMALL_VALUE(v));
        else if (KR_TYPE(v) == &kr_float_type)
            res = kr_float_from_double(-KR_FLOAT_VALUE(v));
        else
            res = kr_number_negative(v);
        ERROR_IF(!res);
        SET_TOP(res);
        KR_DECREF(v);
        DISPATCH();
    }

    TARGET(UNARY_NOT) {
        KrObject *v = TOP();
        int r = kr_object_is_true(v);
        ERROR_IF(r < 0);
        SET_TOP(kr_newref(r ? KR_FALSE : KR_TRUE));
        KR_DECREF(v);
        DISPATCH();
    }

    TARGET(UNARY_INVERT) {
        KrObject *v = TOP();
        KrObject *res = kr_number_invert(v);
        ERROR_IF(!res);
        SET_TOP(res);
        KR_DECREF(v);
        DISPATCH();
    }

    TARGET(BINARY_OP) {
        KrObject *rhs = POP();
        KrObject *lhs = TOP();
        if ((oparg == KR_NB_ADD || oparg == KR_NB_ADD + KR_NB_INPLACE)
            && KR_STR_CHECK_EXACT(lhs) && KR_STR_CHECK_EXACT(rhs)) {
            /* s = s + t and s += t: when the only other reference to s is
             * the local the result is stored back into, drop that one so
             * the string can grow in place (linear, not quadratic, loops),
             * as CPython does. */
            KrCodeUnit after = next_instr[cache_size[opcode]];
            if (KR_OPCODE(after) == STORE_FAST && localsplus[KR_OPARG(after)] == lhs
                && KR_REFCNT(lhs) == 2) {
                localsplus[KR_OPARG(after)] = NULL;
                KR_DECREF(lhs);
            }
            int err = kr_str_append_inplace(&stack_pointer[-1], rhs);
            KR_DECREF(rhs);
            if (err < 0) {
                STACK_SHRINK(1); /* the slot was cleared */
                goto error;
            }
            SKIP_CACHE();
            DISPATCH();
        }
        KrObject *res = binop_fast(lhs, rhs, oparg);
        if (!res) {
            if (kr_err_occurred()) {
                KR_DECREF(rhs);
                goto error;
            }
            res = kr_number_binop(lhs, rhs, oparg);
        }
        if (!res) {
            KR_DECREF(rhs);
            goto error;
        }
        /* operands are released left first, as CPython (their __del__ order) */
        SET_TOP(res);
        KR_DECREF(lhs);
        KR_DECREF(rhs);
        SKIP_CACHE();
        DISPATCH();
    }

    TARGET(COMPARE_OP) {
        KrObject *right = POP();
        KrObject *left = TOP();
        KrObject *res;
        int fast = compare_fast(left, right, oparg);
        if (fast >= 0)
            res = kr_newref(fast ? KR_TRUE : KR_FALSE);
        else
            res = kr_object_richcompare(left, right, oparg);
        if (!res) {
            KR_DECREF(right);
            goto error;
        }
        SET_TOP(res);
        KR_DECREF(left);
        KR_DECREF(right);
        SKIP_CACHE();
        DISPATCH();
    }

    TARGET(IS_OP) {
        KrObject *right = POP();
        KrObject *left = TOP();
        int r = (left == right) ^ oparg;
        SET_TOP(kr_newref(r ? KR_TRUE : KR_FALSE));
        KR_DECREF(left);
        KR_DECREF(right);
        DISPATCH();
    }

    TARGET(CONTAINS_OP) {
        KrObject *right = POP();
        KrObject *left = TOP();
        int r = kr_sequence_contains(right, left);
        if (r < 0) {
            KR_DECREF(right);
            goto error;
        }
        SET_TOP(kr_newref((r ^ oparg) ? KR_TRUE : KR_FALSE));
        KR_DECREF(left);
        KR_DECREF(right);
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR) {
        KrObject *sub = POP();
        KrObject *container = TOP();
        KrObject *res = NULL;
        if (KR_TYPE(sub) == &kr_int_type && KR_INT_IS_SMALL(sub)) {
            int64_t i = KR_INT_SMALL_VALUE(sub);
            if (KR_LIST_CHECK_EXACT(container)) {
                if (i < 0) i += KR_SIZE(container);
                if (i >= 0 && i < KR_SIZE(container)) res = kr_newref(KR_LIST_GET(container, i));
            } else if (KR_TUPLE_CHECK_EXACT(container)) {
                if (i < 0) i += KR_SIZE(container);
                if (i >= 0 && i < KR_SIZE(container)) res = kr_newref(KR_TUPLE_GET(container, i));
            }
        }
        if (!res) res = kr_object_getitem(container, sub);
        if (!res) {
            KR_DECREF(sub);
            goto error;
        }
        SET_TOP(res);
        KR_DECREF(container);
        KR_DECREF(sub);
        SKIP_CACHE();
        DISPATCH();
    }

    TARGET(STORE_SUBSCR) {
        KrObject *sub = TOP();
        KrObject *container = SECOND();
        KrObject *v = THIRD();
        STACK_SHRINK(3);
        int err = kr_object_setitem(container, sub, v);
        KR_DECREF(v);
        KR_DECREF(container);
        KR_DECREF(sub);
        ERROR_IF(err < 0);
        SKIP_CACHE();
        DISPATCH();
    }

    TARGET(DELETE_SUBSCR) {
        KrObject *sub = TOP();
        KrObject *container = SECOND();
        STACK_SHRINK(2);
        int err = kr_object_delitem(container, sub);
        KR_DECREF(container);
        KR_DECREF(sub);
        ERROR_IF(err < 0);
        DISPATCH();
    }

    /* ---- building ---- */

    TARGET(BUILD_TUPLE) {
        KrObject *t = kr_tuple_new(oparg);
        ERROR_IF(!t);
        while (--oparg >= 0) KR_TUPLE_SET_STEAL(t, oparg, POP());
        PUSH(t);
        DISPATCH();
    }

    TARGET(BUILD_LIST) {
        KrObject *l = kr_list_new(oparg);
        ERROR_IF(!l);
        while (--oparg >= 0) KR_LIST_SET_STEAL(l, oparg, POP());
        PUSH(l);
        DISPATCH();
    }

    TARGET(BUILD_SET) {
        KrObject *s = kr_set_new(NULL);
        int err = s ? 0 : -1;
        for (int i = oparg; i > 0; i--) {
            KrObject *item = PEEK(i);
            if (err == 0) err = kr_set_add(s, item);
            KR_DECREF(item);
        }
        STACK_SHRINK(oparg);
        if (err < 0) {
            KR_XDECREF(s);
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_MAP) {
        KrObject *d = kr_dict_new();
        int err = d ? 0 : -1;
        for (int i = oparg; i > 0; i--) {
            KrObject *key = PEEK(2 * i), *value = PEEK(2 * i - 1);
            if (err == 0) err = kr_dict_set_item(d, key, value);
        }
        for (int i = 0; i < 2 * oparg; i++) KR_DECREF(POP());
        if (err < 0) {
            KR_XDECREF(d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_CONST_KEY_MAP) {
        KrObject *keys = TOP();
        if (!KR_TUPLE_CHECK_EXACT(keys) || KR_SIZE(keys) != oparg) {
            kr_err_set_string(kr_exc_SystemError, "bad BUILD_CONST_KEY_MAP keys argument");
            goto error;
        }
        KrObject *d = kr_dict_new();
        int err = d ? 0 : -1;
        for (int i = 0; i < oparg && err == 0; i++)
            err = kr_dict_set_item(d, KR_TUPLE_GET(keys, i), PEEK(oparg + 1 - i));
        KR_DECREF(POP());
        for (int i = 0; i < oparg; i++) KR_DECREF(POP());
        if (err < 0) {
            KR_XDECREF(d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_STRING) {
        KrStrBuilder b;
        kr_strbuilder_init(&b);
        int err = 0;
        for (int i = oparg; i > 0 && err == 0; i--) err = kr_strbuilder_append_str(&b, PEEK(i));
        for (int i = 0; i < oparg; i++) KR_DECREF(POP());
        if (err < 0) {
            kr_strbuilder_discard(&b);
            goto error;
        }
        KrObject *s = kr_strbuilder_finish(&b);
        ERROR_IF(!s);
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_SLICE) {
        KrObject *step = oparg == 3 ? POP() : NULL;
        KrObject *stop = POP();
        KrObject *start = TOP();
        KrObject *s = kr_slice_new(start, stop, step);
        KR_DECREF(start);
        KR_DECREF(stop);
        KR_XDECREF(step);
        SET_TOP(s);
        ERROR_IF(!s);
        DISPATCH();
    }

    TARGET(LIST_APPEND) {
        KrObject *v = POP();
        KrObject *list = PEEK(oparg);
        int err = kr_list_append(list, v);
        KR_DECREF(v);
        ERROR_IF(err < 0);
        DISPATCH();
    }

    TARGET(SET_ADD) {
        KrObject *v = POP();
        KrObject *set = PEEK(oparg);
        int err = kr_set_add(set, v);
        KR_DECREF(v);
        ERROR_IF(err < 0);
        DISPATCH();
    }

    TARGET(MAP_ADD) {
        KrObject *value = POP();
        KrObject *key = POP();
        KrObject *map = PEEK(oparg);
        int err = kr_dict_set_item(map, key, value);
        KR_DECREF(value);
        KR_DECREF(key);
        ERROR_IF(err < 0);
        DISPATCH();
    }

    TARGET(LIST_EXTEND) {
        KrObject *iterable = POP();
        KrObject *list = PEEK(oparg);
        int err = kr_list_extend(list, iterable);
        if (err < 0 && kr_err_matches(kr_exc_TypeError) && !KR_TYPE(iterable)->tp_iter &&
            !kr_sequence_check(iterable)) {
            kr_err_clear();
            kr_err_format(kr_exc_TypeError, "Value after * must be an iterable, not %.200s",
                          KR_TYPE(iterable)->tp_name);
        }
        KR_DECREF(iterable);
        ERROR_IF(err < 0);
        DISPATCH();
    }

    TARGET(SET_UPDATE) {
        KrObject *iterable = POP();
        KrObject *set = PEEK(oparg);
        int err = kr_set_update(set, iterable);
        KR_DECREF(iterable);
        ERROR_IF(err < 0);
        DISPATCH();
    }

    TARGET(DICT_UPDATE) {
        KrObject *update = POP();
        KrObject *dict = PEEK(oparg);
        int err = 0;
        if (!KR_DICT_CHECK(update)) {
            KrObject *keys = NULL;
            err = kr_object_lookup_attr(update, KR_ID(keys), &keys);
            KR_XDECREF(keys);
            if (err == 0) {
                kr_err_format(kr_exc_TypeError, "'%.200s' object is not a mapping",
                              KR_TYPE(update)->tp_name);
                err = -1;
            }
        }
        if (err >= 0) err = kr_dict_update(dict, update);
        if (err < 0 && kr_err_matches(kr_exc_AttributeError)) {
            kr_err_clear();
            kr_err_format(kr_exc_TypeError, "'%.200s' object is not a mapping",
                          KR_TYPE(update)->tp_name);
        }
        KR_DECREF(update);
        ERROR_IF(err < 0);
        DISPATCH();
    }

    TARGET(DICT_MERGE) {
        KrObject *update = POP();
        KrObject *dict = PEEK(oparg);
        int err = kr_eval_dict_merge(PEEK(oparg + 2), dict, update);
        KR_DECREF(update);
        ERROR_IF(err < 0);
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE) {
        KrObject *list = TOP();
        KrObject *t = kr_list_as_tuple(list);
        ERROR_IF(!t);
        SET_TOP(t);
        KR_DECREF(list);
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE) {
        KrObject *seq = POP();
        if (KR_TUPLE_CHECK_EXACT(seq) && KR_SIZE(seq) == oparg) {
            for (int i = oparg; i > 0; i--) PUSH(kr_newref(KR_TUPLE_GET(seq, i - 1)));
        } else if (KR_LIST_CHECK_EXACT(seq) && KR_SIZE(seq) == oparg) {
            for (int i = oparg; i > 0; i--) PUSH(kr_newref(KR_LIST_GET(seq, i - 1)));
        } else if (kr_eval_unpack_iterable(seq, oparg, -1, stack_pointer + oparg) == 0) {
            stack_pointer += oparg;
        } else {
            KR_DECREF(seq);
            goto error;
        }
        KR_DECREF(seq);
        SKIP_CACHE();
        DISPATCH();
    }

    TARGET(UNPACK_EX) {
        int before = oparg & 0xFF, after = oparg >> 8;
        KrObject *seq = POP();
        int total = before + 1 + after;
        if (kr_eval_unpack_iterable(seq, before, after, stack_pointer + total) == 0) {
            stack_pointer += total;
        } else {
            KR_DECREF(seq);
            goto error;
        }
        KR_DECREF(seq);
        DISPATCH();
    }

    TARGET(FORMAT_VALUE) {
        KrObject *spec = (oparg & 0x04) ? POP() : NULL;
        KrObject *value = POP();
        KrObject *res = kr_eval_format_value(value, oparg & 0x03, spec);
        KR_DECREF(value);
        KR_XDECREF(spec);
        ERROR_IF(!res);
        PUSH(res);
        DISPATCH();
    }

    TARGET(PRINT_EXPR) {
        KrObject *value = POP();
        KrObject *hook = kr_interp.sysdict ? kr_dict_get_item_str_borrow(kr_interp.sysdict, "displayhook") : NULL;
        if (!hook) {
            kr_err_set_string(kr_exc_RuntimeError, "lost sys.displayhook");
            KR_DECREF(value);
            goto error;
        }
        KrObject *res = kr_object_call_one(hook, value);
        KR_DECREF(value);
        ERROR_IF(!res);
        KR_DECREF(res);
        DISPATCH();
    }

    /* ---- control flow ---- */

    TARGET(JUMP_FORWARD) {
        JUMPBY(oparg);
        DISPATCH();
    }

    TARGET(JUMP_BACKWARD) {
        JUMPBY(-oparg);
        if (kr_interp.eval_breaker) {
            if (kr_eval_handle_pending() < 0) goto error;
        }
        DISPATCH();
    }

    TARGET(JUMP_BACKWARD_NO_INTERRUPT) {
        JUMPBY(-oparg);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_FALSE) {
        KrObject *cond = POP();
        if (cond == KR_FALSE) {
            JUMPBY(oparg);
        } else if (cond != KR_TRUE) {
            int r = kr_object_is_true(cond);
            KR_DECREF(cond);
            ERROR_IF(r < 0);
            if (!r) JUMPBY(oparg);
            DISPATCH();
        }
        KR_DECREF(cond);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_TRUE) {
        KrObject *cond = POP();
        if (cond == KR_TRUE) {
            JUMPBY(oparg);
        } else if (cond != KR_FALSE) {
            int r = kr_object_is_true(cond);
            KR_DECREF(cond);
            ERROR_IF(r < 0);
            if (r) JUMPBY(oparg);
            DISPATCH();
        }
        KR_DECREF(cond);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NONE) {
        KrObject *v = POP();
        if (v == KR_NONE) JUMPBY(oparg);
        KR_DECREF(v);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NOT_NONE) {
        KrObject *v = POP();
        if (v != KR_NONE) JUMPBY(oparg);
        KR_DECREF(v);
        DISPATCH();
    }

    TARGET(JUMP_IF_FALSE_OR_POP) {
        KrObject *cond = TOP();
        int r = cond == KR_TRUE ? 1 : cond == KR_FALSE ? 0 : kr_object_is_true(cond);
        ERROR_IF(r < 0);
        if (!r) {
            JUMPBY(oparg);
        } else {
            STACK_SHRINK(1);
            KR_DECREF(cond);
        }
        DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP) {
        KrObject *cond = TOP();
        int r = cond == KR_TRUE ? 1 : cond == KR_FALSE ? 0 : kr_object_is_true(cond);
        ERROR_IF(r < 0);
        if (r) {
            JUMPBY(oparg);
        } else {
            STACK_SHRINK(1);
            KR_DECREF(cond);
        }
        DISPATCH();
    }

    TARGET(GET_ITER) {
        KrObject *iterable = TOP();
        KrObject *it = kr_object_get_iter(iterable);
        ERROR_IF(!it);
        SET_TOP(it);
        KR_DECREF(iterable);
        DISPATCH();
    }

    TARGET(FOR_ITER) {
        KrObject *it = TOP();
        KrObject *next = KR_TYPE(it)->tp_iternext ? KR_TYPE(it)->tp_iternext(it) : NULL;
        if (next) {
            PUSH(next);
            SKIP_CACHE();
            DISPATCH();
        }
        if (!KR_TYPE(it)->tp_iternext) {
            kr_err_format(kr_exc_TypeError, "'%.200s' object is not an iterator", KR_TYPE(it)->tp_name);
            goto error;
        }
        if (kr_err_occurred()) {
            if (!kr_err_matches(kr_exc_StopIteration)) goto error;
            kr_err_clear();
        }
        STACK_SHRINK(1);
        KR_DECREF(it);
        SKIP_CACHE();
        JUMPBY(oparg);
        DISPATCH();
    }

    TARGET(RETURN_VALUE) {
        KrObject *retval = POP();
        SAVE_STACK();
        if (frame == entry) {
            result = retval;
            frame->state = KR_FRAME_COMPLETED;
            goto exit_entry;
        }
        KrFrame *dying = frame;
        frame = dying->previous;
        ts->frame = frame;
        dying->state = KR_FRAME_COMPLETED;
        kr_frame_clear(dying);
        kr_frame_free(dying);
        kr_recursion_leave();
        LOAD_FRAME();
        PUSH(retval);
        DISPATCH();
    }

    /* ---- calls ---- */

    TARGET(KW_NAMES) {
        kwnames = KR_TUPLE_GET(consts, oparg);
        DISPATCH();
    }

    TARGET(CALL) {
        int is_meth = PEEK(oparg + 2) != NULL;
        KrObject *callable = is_meth ? PEEK(oparg + 2) : PEEK(oparg + 1);
        if (!is_meth && KR_METHOD_CHECK(callable)) {
            /* unpack a bound method: [func, self, args...] */
            KrObject *func = kr_newref(KR_METHOD_FUNC(callable));
            KrObject *self = kr_newref(KR_METHOD_SELF(callable));
            PEEK(oparg + 1) = self;
            PEEK(oparg + 2) = func;
            KR_DECREF(callable);
            callable = func;
            is_meth = 1;
        }
        int total_args = oparg + is_meth;
        KrObject **args = stack_pointer - total_args;
        ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
        ssize_t nargs = total_args - nkw;
        KrObject *kwn = nkw ? kwnames : NULL;
        kwnames = NULL;
        SKIP_CACHE();

        if (KR_FUNCTION_CHECK(callable)) {
            KrFunctionObject *func = (KrFunctionObject *)callable;
            KrCodeObject *fco = (KrCodeObject *)func->func_code;
            if (!(fco->co_flags & (KR_CO_GENERATOR | KR_CO_COROUTINE | KR_CO_ASYNC_GENERATOR))) {
                /* Python -> Python: push a record and continue in this loop. */
                if (kr_recursion_enter("") < 0) goto call_cleanup_error;
                KrFrame *nf = kr_frame_alloc(kr_frame_words(fco));
                if (!nf) {
                    kr_recursion_leave();
                    goto call_cleanup_error;
                }
                kr_frame_init(nf, callable, fco, func->func_globals, func->func_builtins, NULL);
                ssize_t argc = fco->co_argcount;
                ssize_t ndefs = func->func_defaults ? KR_SIZE(func->func_defaults) : 0;
                if (!kwn && !(fco->co_flags & (KR_CO_VARARGS | KR_CO_VARKEYWORDS)) &&
                    fco->co_kwonlyargcount == 0 && nargs <= argc && nargs >= argc - ndefs) {
                    /* fast path: move the arguments, fill in defaults */
                    for (ssize_t i = 0; i < nargs; i++) nf->localsplus[i] = args[i];
                    for (ssize_t i = nargs; i < argc; i++)
                        nf->localsplus[i] = kr_newref(KR_TUPLE_GET(func->func_defaults, i - (argc - ndefs)));
                    STACK_SHRINK(total_args);
                } else {
                    int err = kr_eval_bind_args(nf, callable, args, nargs, kwn);
                    for (int i = 0; i < total_args; i++) KR_DECREF(POP());
                    if (err < 0) {
                        kr_frame_clear(nf);
                        kr_frame_free(nf);
                        kr_recursion_leave();
                        for (int i = total_args; i < oparg + 2; i++) KR_XDECREF(POP());
                        goto error;
                    }
                }
                /* the callable slot(s): the record holds its own ref */
                for (int i = total_args; i < oparg + 2; i++) KR_XDECREF(POP());
                SAVE_STACK();
                nf->previous = frame;
                ts->frame = nf;
                frame = nf;
                frame->state = KR_FRAME_EXECUTING;
                LOAD_FRAME();
                DISPATCH();
            }
        }

        {
            KrObject *res = kr_object_vectorcall(callable, args, (size_t)nargs | KR_VECTORCALL_ARGS_OFFSET, kwn);
#ifdef KR_DEBUG
            /* debug builds enforce "NULL if and only if an exception is set" */
            res = kr_call_check_result(callable, res);
#endif
            for (int i = 0; i < oparg + 2; i++) KR_XDECREF(POP());
            ERROR_IF(!res);
            PUSH(res);
            DISPATCH();
        }

    call_cleanup_error:
        for (int i = 0; i < oparg + 2; i++) KR_XDECREF(POP());
        goto error;
    }

    TARGET(CALL_FUNCTION_EX) {
        KrObject *kwargs = NULL;
        if (oparg & 1) {
            kwargs = POP();
            if (!KR_DICT_CHECK_EXACT(kwargs)) {
                KrObject *d = kr_eval_kwargs_to_dict(SECOND(), kwargs);
                KR_DECREF(kwargs);
                ERROR_IF(!d);
                kwargs = d;
            }
        }
        KrObject *callargs = POP();
        KrObject *func = TOP();
        if (!KR_TUPLE_CHECK_EXACT(callargs)) {
            if (kr_eval_check_args_iterable(func, callargs) < 0) {
                KR_DECREF(callargs);
                KR_XDECREF(kwargs);
                goto error;
            }
            KrObject *t = kr_sequence_tuple(callargs);
            KR_DECREF(callargs);
            if (!t) {
                KR_XDECREF(kwargs);
                goto error;
            }
            callargs = t;
        }
        /* f(*args, **kwargs) of a Python function (or a method of one):
         * push its record here too, so that recursion through wrappers
         * stays in this loop. */
        KrObject *target = func, *self_arg = NULL;
        if (KR_METHOD_CHECK(func) && KR_FUNCTION_CHECK(KR_METHOD_FUNC(func))) {
            target = KR_METHOD_FUNC(func);
            self_arg = KR_METHOD_SELF(func);
        }
        if (KR_FUNCTION_CHECK(target) &&
            !(((KrCodeObject *)((KrFunctionObject *)target)->func_code)->co_flags &
              (KR_CO_GENERATOR | KR_CO_COROUTINE | KR_CO_ASYNC_GENERATOR))) {
            KrFunctionObject *fn = (KrFunctionObject *)target;
            KrCodeObject *fco = (KrCodeObject *)fn->func_code;
            ssize_t ntuple = KR_SIZE(callargs);
            ssize_t npos = ntuple + (self_arg != NULL);
            ssize_t nkw = kwargs ? kr_dict_size(kwargs) : 0;
            KrObject *small[16];
            KrObject **argv = npos + nkw <= 16 ? small : kr_mem_alloc((size_t)(npos + nkw) * sizeof(KrObject *));
            KrObject *kwn = NULL;
            int err = argv ? 0 : -1;
            if (err) kr_err_no_memory();
            if (!err) {
                ssize_t j = 0;
                if (self_arg) argv[j++] = self_arg;
                for (ssize_t i = 0; i < ntuple; i++) argv[j++] = KR_TUPLE_GET(callargs, i);
                if (nkw) {
                    kwn = kr_tuple_new(nkw);
                    if (!kwn) err = -1;
                    ssize_t pos = 0, k = 0;
                    KrObject *key, *value;
                    while (!err && kr_dict_next(kwargs, &pos, &key, &value)) {
                        if (!KR_STR_CHECK(key)) {
                            kr_err_set_string(kr_exc_TypeError, "keywords must be strings");
                            err = -1;
                            break;
                        }
                        KR_TUPLE_SET_STEAL(kwn, k, kr_newref(key));
                        argv[j++] = value;
                        k++;
                    }
                }
            }
            KrFrame *nf = NULL;
            if (!err && kr_recursion_enter("") < 0) err = -1;
            if (!err) {
                nf = kr_frame_alloc(kr_frame_words(fco));
                if (!nf) {
                    kr_recursion_leave();
                    err = -1;
                }
            }
            if (!err) {
                kr_frame_init(nf, target, fco, fn->func_globals, fn->func_builtins, NULL);
                if (kr_eval_bind_args(nf, target, argv, npos, kwn) < 0) {
                    kr_frame_clear(nf);
                    kr_frame_free(nf);
                    kr_recursion_leave();
                    err = -1;
                }
            }
            if (argv && argv != small) kr_mem_free(argv);
            KR_XDECREF(kwn);
            KR_DECREF(callargs);
            KR_XDECREF(kwargs);
            KR_DECREF(POP());           /* func */
            KR_XDECREF(POP());          /* the NULL below it */
            ERROR_IF(err);
            SAVE_STACK();
            nf->previous = frame;
            ts->frame = nf;
            frame = nf;
            frame->state = KR_FRAME_EXECUTING;
            LOAD_FRAME();
            DISPATCH();
        }
        KrObject *res = kr_object_call(func, callargs, kwargs);
        KR_DECREF(callargs);
        KR_XDECREF(kwargs);
        KR_DECREF(POP());           /* func */
        KR_XDECREF(POP());          /* the NULL below it */
        ERROR_IF(!res);
        PUSH(res);
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION) {
        KrObject *code = POP();
        KrObject *fn = kr_function_new(code, frame->f_globals);
        KR_DECREF(code);
        ERROR_IF(!fn);
        KrFunctionObject *f = (KrFunctionObject *)fn;
        if (oparg & 8) f->func_closure = POP();
        if (oparg & 4) f->func_annotations = POP();
        if (oparg & 2) f->func_kwdefaults = POP();
        if (oparg & 1) f->func_defaults = POP();
        PUSH(fn);
        DISPATCH();
    }

    /* ---- exceptions ---- */

    TARGET(RAISE_VARARGS) {
        KrObject *cause = NULL, *exc = NULL;
        if (oparg == 2) cause = POP();
        if (oparg >= 1) exc = POP();
        int r = kr_eval_do_raise(exc, cause);
        KR_XDECREF(exc);
        KR_XDECREF(cause);
        if (r) goto exception_unwind;
        goto error;
    }

    TARGET(RERAISE) {
        KrObject *exc = POP();
        /* the handler is looked up at this instruction, but the lasti
         * pushed for an outer handler is the original one */
        unwind_offset = kr_frame_lasti(frame);
        if (oparg) {
            KrObject *lasti = PEEK(oparg);
            if (KR_INT_CHECK(lasti)) {
                frame->prev_instr = first_instr + KR_INT_SMALL_VALUE(lasti);
            } else {
                kr_err_set_string(kr_exc_SystemError, "lasti is not an int");
                KR_DECREF(exc);
                goto error;
            }
        }
        kr_err_restore(exc);
        goto exception_unwind_at;
    }

    TARGET(PUSH_EXC_INFO) {
        KrObject *value = TOP();
        KrExcStackItem *ei = ts->exc_info;
        KrObject *prev = ei->exc ? ei->exc : kr_newref(KR_NONE);
        SET_TOP(prev);
        ei->exc = kr_newref(value);
        PUSH(value);
        DISPATCH();
    }

    TARGET(POP_EXCEPT) {
        KrExcStackItem *ei = ts->exc_info;
        KrObject *v = ei->exc;
        KrObject *restored = POP();
        ei->exc = restored;
        KR_XDECREF(v);
        DISPATCH();
    }

    TARGET(CHECK_EXC_MATCH) {
        KrObject *right = TOP();
        KrObject *left = SECOND();
        if (kr_eval_check_except_type_valid(right) < 0) goto error;
        int r = kr_err_given_matches((KrObject *)KR_TYPE(left), right);
        KR_DECREF(right);
        SET_TOP(kr_newref(r > 0 ? KR_TRUE : KR_FALSE));
        DISPATCH();
    }

    TARGET(CHECK_EG_MATCH) {
        KrObject *match_type = POP();
        if (kr_eval_check_except_star_type_valid(match_type) < 0) {
            KR_DECREF(match_type);
            goto error;
        }
        KrObject *exc_value = TOP();
        KrObject *match = NULL, *rest = NULL;
        int r = kr_eval_exception_group_match(exc_value, match_type, &match, &rest);
        KR_DECREF(match_type);
        ERROR_IF(r < 0);
        if (match != KR_NONE) {
            /* the matched group becomes sys.exc_info() in the handler */
            KR_SETREF(ts->exc_info->exc, kr_newref(match));
        }
        SET_TOP(rest);
        KR_DECREF(exc_value);
        PUSH(match);
        DISPATCH();
    }

    TARGET(PREP_RERAISE_STAR) {
        KrObject *excs = POP();
        KrObject *orig = POP();
        KrObject *val = kr_eval_prep_reraise_star(orig, excs);
        KR_DECREF(excs);
        KR_DECREF(orig);
        ERROR_IF(!val);
        PUSH(val);
        DISPATCH();
    }

    TARGET(BEFORE_WITH) {
        KrObject *mgr = TOP();
        KrObject *enter, *exit;
        ERROR_IF(with_lookup(mgr, KR_ID(__enter__), KR_ID(__exit__), 0, &enter, &exit) < 0);
        SET_TOP(exit);
        KR_DECREF(mgr);
        KrObject *res = kr_object_call_noargs(enter);
        KR_DECREF(enter);
        ERROR_IF(!res);
        PUSH(res);
        DISPATCH();
    }

    TARGET(BEFORE_ASYNC_WITH) {
        KrObject *mgr = TOP();
        KrObject *enter, *exit;
        ERROR_IF(with_lookup(mgr, KR_ID(__aenter__), KR_ID(__aexit__), 1, &enter, &exit) < 0);
        SET_TOP(exit);
        KR_DECREF(mgr);
        KrObject *res = kr_object_call_noargs(enter);
        KR_DECREF(enter);
        ERROR_IF(!res);
        PUSH(res);
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START) {
        /* [__exit__, lasti, prev_exc, exc]: call __exit__(type, exc, tb) */
        KrObject *val = TOP();
        KrObject *exit_func = PEEK(4);
        KrObject *tb = kr_exception_get_traceback(val);
        KrObject *cargs[3] = { (KrObject *)KR_TYPE(val), val, tb ? tb : KR_NONE };
        KrObject *res = kr_object_vectorcall(exit_func, cargs, 3, NULL);
        ERROR_IF(!res);
        PUSH(res);
        DISPATCH();
    }

    /* ---- generators and coroutines ---- */

    TARGET(YIELD_VALUE) {
        KrObject *retval = POP();
        SAVE_STACK();
        frame->state = KR_FRAME_SUSPENDED;
        result = retval;
        goto exit_yield;
    }

    TARGET(GET_YIELD_FROM_ITER) {
        KrObject *iterable = TOP();
        if (KR_CORO_CHECK(iterable)) {
            if (!(co->co_flags & (KR_CO_COROUTINE | KR_CO_ITERABLE_COROUTINE))) {
                kr_err_set_string(kr_exc_TypeError,
                                  "cannot 'yield from' a coroutine object in a non-coroutine generator");
                goto error;
            }
        } else if (!KR_GEN_CHECK(iterable)) {
            KrObject *it = kr_object_get_iter(iterable);
            ERROR_IF(!it);
            SET_TOP(it);
            KR_DECREF(iterable);
        }
        DISPATCH();
    }

    TARGET(SEND) {
        KrObject *v = TOP();
        KrObject *receiver = SECOND();
        KrObject *out = NULL;
        int r = send_step(receiver, v, &out);
        ERROR_IF(r < 0);
        KR_DECREF(v);
        if (r == 1) {
            SET_TOP(out);
        } else {
            STACK_SHRINK(1);
            KR_DECREF(receiver);
            SET_TOP(out);
            JUMPBY(oparg);
        }
        DISPATCH();
    }

    TARGET(GET_AWAITABLE) {
        KrObject *iterable = TOP();
        KrObject *iter = kr_coro_get_awaitable_iter(iterable);
        if (!iter) {
            const char *fmt = awaitable_error_fmt(oparg);
            if (fmt && kr_err_matches(kr_exc_TypeError) && !KR_TYPE(iterable)->tp_as_async) {
                kr_err_clear();
                kr_err_format(kr_exc_TypeError, fmt, KR_TYPE(iterable)->tp_name);
            } else if (fmt && kr_err_matches(kr_exc_TypeError) &&
                       !KR_TYPE(iterable)->tp_as_async->am_await) {
                kr_err_clear();
                kr_err_format(kr_exc_TypeError, fmt, KR_TYPE(iterable)->tp_name);
            }
            goto error;
        }
        if (KR_CORO_CHECK(iter)) {
            KrObject *yf = kr_gen_yf(iter);
            if (yf) {
                KR_DECREF(yf);
                KR_DECREF(iter);
                kr_err_set_string(kr_exc_RuntimeError, "coroutine is being awaited already");
                goto error;
            }
        }
        SET_TOP(iter);
        KR_DECREF(iterable);
        DISPATCH();
    }

    TARGET(GET_AITER) {
        KrObject *obj = TOP();
        KrTypeObject *t = KR_TYPE(obj);
        if (!t->tp_as_async || !t->tp_as_async->am_aiter) {
            kr_err_format(kr_exc_TypeError, "'async for' requires an object with __aiter__ method, got %.100s",
                          t->tp_name);
            goto error;
        }
        KrObject *iter = t->tp_as_async->am_aiter(obj);
        ERROR_IF(!iter);
        if (!KR_TYPE(iter)->tp_as_async || !KR_TYPE(iter)->tp_as_async->am_anext) {
            kr_err_format(kr_exc_TypeError,
                          "'async for' received an object from __aiter__ that does not implement __anext__: %.100s",
                          KR_TYPE(iter)->tp_name);
            KR_DECREF(iter);
            goto error;
        }
        SET_TOP(iter);
        KR_DECREF(obj);
        DISPATCH();
    }

    TARGET(GET_ANEXT) {
        KrObject *aiter = TOP();
        KrTypeObject *t = KR_TYPE(aiter);
        KrObject *awaitable;
        if (KR_ASYNC_GEN_CHECK(aiter)) {
            awaitable = t->tp_as_async->am_anext(aiter);
            ERROR_IF(!awaitable);
        } else {
            if (!t->tp_as_async || !t->tp_as_async->am_anext) {
                kr_err_format(kr_exc_TypeError, "'async for' requires an iterator with __anext__ method, got %.100s",
                              t->tp_name);
                goto error;
            }
            KrObject *next = t->tp_as_async->am_anext(aiter);
            ERROR_IF(!next);
            awaitable = kr_coro_get_awaitable_iter(next);
            if (!awaitable) {
                kr_err_clear();
                kr_err_format(kr_exc_TypeError, "'async for' received an invalid object from __anext__: %.100s",
                              KR_TYPE(next)->tp_name);
                KR_DECREF(next);
                goto error;
            }
            KR_DECREF(next);
        }
        PUSH(awaitable);
        DISPATCH();
    }

    TARGET(END_ASYNC_FOR) {
        KrObject *val = POP();
        if (kr_err_given_matches((KrObject *)KR_TYPE(val), kr_exc_StopAsyncIteration)) {
            KR_DECREF(val);
            KR_DECREF(POP());
            DISPATCH();
        }
        kr_err_restore(val);
        goto exception_unwind;
    }

    TARGET(ASYNC_GEN_WRAP) {
        KrObject *v = TOP();
        KrObject *w = kr_async_gen_wrap_value(v);
        ERROR_IF(!w);
        SET_TOP(w);
        KR_DECREF(v);
        DISPATCH();
    }

    /* ---- imports ---- */

    TARGET(IMPORT_NAME) {
        KrObject *name = KR_TUPLE_GET(names, oparg);
        KrObject *fromlist = POP();
        KrObject *level = TOP();
        KrObject *res = kr_import_name(frame, name, fromlist, level);
        KR_DECREF(fromlist);
        ERROR_IF(!res);
        SET_TOP(res);
        KR_DECREF(level);
        DISPATCH();
    }

    TARGET(IMPORT_FROM) {
        KrObject *name = KR_TUPLE_GET(names, oparg);
        KrObject *res = kr_import_from(TOP(), name);
        ERROR_IF(!res);
        PUSH(res);
        DISPATCH();
    }

    TARGET(IMPORT_STAR) {
        KrObject *module = POP();
        KrObject *locals = kr_frame_get_locals(frame);
        if (!locals) {
            KR_DECREF(module);
            goto error;
        }
        int err = kr_eval_import_all_from(locals, module);
        KR_DECREF(locals);
        KR_DECREF(module);
        ERROR_IF(err < 0);
        DISPATCH();
    }

    /* ---- pattern matching ---- */

    TARGET(GET_LEN) {
        ssize_t n = kr_object_length(TOP());
        ERROR_IF(n < 0);
        KrObject *len = kr_int_from_ssize(n);
        ERROR_IF(!len);
        PUSH(len);
        DISPATCH();
    }

    TARGET(MATCH_MAPPING) {
        int r = KR_TYPE_HAS_FLAG(KR_TYPE(TOP()), KR_TPFLAGS_MAPPING);
        PUSH(kr_newref(r ? KR_TRUE : KR_FALSE));
        DISPATCH();
    }

    TARGET(MATCH_SEQUENCE) {
        int r = KR_TYPE_HAS_FLAG(KR_TYPE(TOP()), KR_TPFLAGS_SEQUENCE);
        PUSH(kr_newref(r ? KR_TRUE : KR_FALSE));
        DISPATCH();
    }

    TARGET(MATCH_KEYS) {
        KrObject *values = kr_eval_match_keys(SECOND(), TOP());
        if (!values) {
            ERROR_IF(kr_err_occurred());
            values = kr_newref(KR_NONE);
        }
        PUSH(values);
        DISPATCH();
    }

    TARGET(MATCH_CLASS) {
        KrObject *kw = POP();
        KrObject *type = POP();
        KrObject *subject = TOP();
        KrObject *attrs = kr_eval_match_class(subject, type, oparg, kw);
        KR_DECREF(kw);
        KR_DECREF(type);
        if (!attrs) {
            ERROR_IF(kr_err_occurred());
            attrs = kr_newref(KR_NONE);
        }
        SET_TOP(attrs);
        KR_DECREF(subject);
        DISPATCH();
    }

    TARGET(CACHE)
    op_unknown:
    {
        kr_err_format(kr_exc_SystemError, "unknown opcode %d", opcode);
        goto error;
    }

#ifndef KR_COMPUTED_GOTOS
    default:
        goto op_unknown;
    }
#endif

    /* ---- exception handling ---- */

error:
    kwnames = NULL;
    if (!kr_err_occurred())
        kr_err_set_string(kr_exc_SystemError, "error return without exception set");
    kr_eval_add_traceback(frame);

exception_unwind:
    unwind_offset = kr_frame_lasti(frame);
exception_unwind_at:
    for (;;) {
        int offset = kr_frame_lasti(frame);
        int target, depth, push_lasti;
        KrObject **base = STACK_BASE();
        if (unwind_offset >= 0 && kr_code_find_handler(co, unwind_offset, &target, &depth, &push_lasti)) {
            while (stack_pointer > base + depth) {
                KrObject *v = POP();
                KR_XDECREF(v);
            }
            if (push_lasti) {
                KrObject *lasti = kr_int_from_i64(offset);
                if (!lasti) {
                    /* out of memory while unwinding: keep unwinding */
                    goto unwind_frame;
                }
                PUSH(lasti);
            }
            KrObject *exc = kr_err_fetch();
            PUSH(exc);
            next_instr = first_instr + target;
            DISPATCH();
        }
    unwind_frame:
        while (stack_pointer > base) {
            KrObject *v = POP();
            KR_XDECREF(v);
        }
        frame->stacktop = 0;
        frame->state = KR_FRAME_COMPLETED;
        if (frame == entry) {
            result = NULL;
            goto exit_entry;
        }
        KrFrame *dying = frame;
        frame = dying->previous;
        ts->frame = frame;
        kr_frame_clear(dying);
        kr_frame_free(dying);
        kr_recursion_leave();
        LOAD_FRAME();
        kr_eval_add_traceback(frame);
        unwind_offset = kr_frame_lasti(frame);
    }

exit_yield:
exit_entry:
    ts->frame = entry->previous;
    kr_recursion_leave();
    return result;
}
