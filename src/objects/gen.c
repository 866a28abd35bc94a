/* gen.c — generators, coroutines and async generators, and their helper
 * awaitables. A generator owns its frame record; send/throw/close resume
 * it in a nested eval loop (kr_eval_frame) with the generator's own
 * handled-exception entry linked into the thread's exc_info chain. */
#include "gen.h"
#include "function.h"
#include "code.h"
#include "str.h"
#include "tuple.h"
#include "int.h"
#include "type.h"
#include "args.h"
#include "ids.h"
#include "frameobject.h"
#include "traceback_obj.h"
#include "trashcan.h"
#include "../memory/gc.h"
#include "../vm/err.h"
#include "../vm/eval.h"
#include "../vm/opcodes.h"

#include <stddef.h>

static const char *gen_kind(KrObject *g)
{
    if (KR_CORO_CHECK(g)) return "coroutine";
    if (KR_ASYNC_GEN_CHECK(g)) return "async generator";
    return "generator";
}

#define GEN(o) ((KrGenObject *)(o))
#define GEN_FRAME(o) (&GEN(o)->gi_frame)

KrObject *kr_gen_new_from_call(KrObject *funcobj, KrObject *const *args, ssize_t nargs,
                               KrObject *kwnames)
{
    KrFunctionObject *func = (KrFunctionObject *)funcobj;
    KrCodeObject *co = (KrCodeObject *)func->func_code;
    KrTypeObject *type = (co->co_flags & KR_CO_COROUTINE) ? &kr_coro_type
                       : (co->co_flags & KR_CO_ASYNC_GENERATOR) ? &kr_async_gen_type
                                                                : &kr_gen_type;
    size_t words = kr_frame_words(co) - offsetof(KrFrame, localsplus) / sizeof(KrObject *);
    KrGenObject *g = (KrGenObject *)kr_object_alloc(type, (ssize_t)words);
    if (!g) return NULL;
    KrFrame *f = &g->gi_frame;
    kr_frame_init(f, funcobj, co, func->func_globals, func->func_builtins, NULL);
    f->owner = KR_FRAME_OWNED_BY_GENERATOR;
    g->gi_name = kr_newref(func->func_name);
    g->gi_qualname = kr_newref(func->func_qualname);
    g->gi_code = kr_newref(co);
    if (kr_eval_bind_args(f, funcobj, args, nargs, kwnames) < 0) {
        kr_frame_clear(f);
        KR_DECREF(g);
        return NULL;
    }
    kr_gc_track(g);
    return (KrObject *)g;
}

KrObject *kr_gen_yf(KrObject *gen)
{
    KrFrame *f = GEN_FRAME(gen);
    if (f->state != KR_FRAME_SUSPENDED || !f->prev_instr) return NULL;
    KrCodeUnit next = f->prev_instr[1];
    if (KR_OPCODE(next) != RESUME || KR_OPARG(next) < 2) return NULL;
    if (f->stacktop < 1) return NULL;
    return kr_newref(kr_frame_stack_base(f)[f->stacktop - 1]);
}

/* RuntimeError("<kind> raised StopIteration") from the pending exception. */
static void raise_from_cause(const char *msg)
{
    KrObject *cause = kr_err_fetch();
    kr_err_set_string(kr_exc_RuntimeError, msg);
    KrObject *exc = kr_err_fetch();
    if (exc && cause) {
        kr_exception_set_context_steal(exc, kr_newref(cause));
        kr_exception_set_cause_steal(exc, cause);
    } else {
        KR_XDECREF(cause);
    }
    kr_err_restore(exc);
}

static void gen_finish(KrGenObject *g)
{
    kr_frame_clear(&g->gi_frame);
    KR_CLEAR(g->gi_exc_state.exc);
}

int kr_gen_send_ex(KrObject *self, KrObject *arg, int exc, int closing, KrObject **presult)
{
    KrGenObject *gen = GEN(self);
    KrFrame *f = &gen->gi_frame;
    KrThreadState *ts = kr_tstate;
    *presult = NULL;
    if (f->state == KR_FRAME_CREATED && arg && arg != KR_NONE && !exc) {
        kr_err_format(kr_exc_TypeError, "can't send non-None value to a just-started %s", gen_kind(self));
        return KR_GEN_ERROR;
    }
    if (f->state == KR_FRAME_EXECUTING) {
        kr_err_format(kr_exc_ValueError, "%s already executing", gen_kind(self));
        return KR_GEN_ERROR;
    }
    if (f->state >= KR_FRAME_COMPLETED) {
        if (KR_CORO_CHECK(self) && !closing) {
            kr_err_set_string(kr_exc_RuntimeError, "cannot reuse already awaited coroutine");
        } else if (arg && !exc) {
            *presult = kr_newref(KR_NONE);
            return KR_GEN_RETURN;
        }
        return KR_GEN_ERROR;
    }
    if (f->state != KR_FRAME_CREATED) {
        KrObject **sp = kr_frame_stack_base(f) + f->stacktop;
        *sp = kr_newref(arg ? arg : KR_NONE);
        f->stacktop++;
    }
    gen->gi_exc_state.previous = ts->exc_info;
    ts->exc_info = &gen->gi_exc_state;
    if (exc && gen->gi_exc_state.exc && gen->gi_exc_state.exc != KR_NONE) {
        /* chain the thrown exception to the one the generator is handling */
        KrObject *e = kr_err_fetch();
        if (e) {
            kr_err_set_exception(e);
            KR_DECREF(e);
        }
    }
    KR_INCREF(self);
    KrObject *result = kr_eval_frame(f, exc);
    f->previous = NULL;   /* the resumer's record is not ours to point at */
    ts->exc_info = gen->gi_exc_state.previous;
    gen->gi_exc_state.previous = NULL;
    int status;
    if (result && f->state == KR_FRAME_SUSPENDED) {
        *presult = result;
        status = KR_GEN_NEXT;
    } else if (result) {
        gen_finish(gen);
        *presult = result;
        status = KR_GEN_RETURN;
    } else {
        if (kr_err_matches(kr_exc_StopIteration)) {
            const char *msg = KR_CORO_CHECK(self) ? "coroutine raised StopIteration"
                            : KR_ASYNC_GEN_CHECK(self) ? "async generator raised StopIteration"
                                                       : "generator raised StopIteration";
            raise_from_cause(msg);
        } else if (KR_ASYNC_GEN_CHECK(self) && kr_err_matches(kr_exc_StopAsyncIteration)) {
            raise_from_cause("async generator raised StopAsyncIteration");
        }
        gen_finish(gen);
        status = KR_GEN_ERROR;
    }
    KR_DECREF(self);
    return status;
}

/* send() for Python: StopIteration/StopAsyncIteration at return. */
static KrObject *gen_send_impl(KrObject *self, KrObject *arg, int exc, int closing)
{
    KrObject *res;
    int r = kr_gen_send_ex(self, arg, exc, closing, &res);
    if (r == KR_GEN_NEXT) return res;
    if (r == KR_GEN_RETURN) {
        if (KR_ASYNC_GEN_CHECK(self)) kr_err_set_none(kr_exc_StopAsyncIteration);
        else if (res == KR_NONE) kr_err_set_none(kr_exc_StopIteration);
        else kr_err_set_stopiteration(res);
        KR_DECREF(res);
    }
    return NULL;
}

static KrObject *gen_send(KrObject *self, KrObject *arg)
{
    return gen_send_impl(self, arg, 0, 0);
}

static KrObject *gen_iternext(KrObject *self)
{
    KrObject *res;
    int r = kr_gen_send_ex(self, NULL, 0, 0, &res);
    if (r == KR_GEN_NEXT) return res;
    if (r == KR_GEN_RETURN) {
        if (res != KR_NONE) kr_err_set_stopiteration(res);
        KR_DECREF(res);
    }
    return NULL;
}

static KrObject *gen_close(KrObject *self, KrObject *unused);

static int gen_close_iter(KrObject *yf)
{
    KrObject *ret = NULL;
    if (KR_GEN_CHECK(yf) || KR_CORO_CHECK(yf)) {
        ret = gen_close(yf, NULL);
        if (!ret) return -1;
    } else {
        KrObject *meth = NULL;
        if (kr_object_lookup_attr(yf, KR_ID(close), &meth) < 0) kr_err_write_unraisable(yf);
        if (meth) {
            ret = kr_object_call_noargs(meth);
            KR_DECREF(meth);
            if (!ret) return -1;
        }
    }
    KR_XDECREF(ret);
    return 0;
}

/* Finishes a `yield from` whose delegate ended during throw(): pops the
 * delegate and resumes after the SEND loop, with its return value (or the
 * pending exception thrown in). */
static KrObject *gen_resume_after_delegation(KrObject *self)
{
    KrFrame *f = GEN_FRAME(self);
    KrCodeObject *co = f->f_code;
    /* pop the delegate */
    f->stacktop--;
    KR_CLEAR(kr_frame_stack_base(f)[f->stacktop]);
    /* prev_instr is the YIELD_VALUE; next is RESUME, then the backward jump to SEND */
    KrCodeUnit *p = f->prev_instr + 2;
    int arg = 0;
    while (KR_OPCODE(*p) == EXTENDED_ARG) arg = arg << 8 | KR_OPARG(*p++);
    arg = arg << 8 | KR_OPARG(*p);
    KrCodeUnit *send = p + 1 - arg;
    int sarg = 0;
    while (KR_OPCODE(*send) == EXTENDED_ARG) sarg = sarg << 8 | KR_OPARG(*send++);
    sarg = sarg << 8 | KR_OPARG(*send);
    KrCodeUnit *exit_target = send + 1 + sarg;
    if (exit_target <= co->co_code || exit_target > co->co_code + co->co_ncodeunits) {
        kr_err_set_string(kr_exc_SystemError, "bad yield from layout");
        return NULL;
    }
    f->prev_instr = exit_target - 1;
    if (kr_err_occurred() && !kr_err_matches(kr_exc_StopIteration)) return gen_send_impl(self, KR_NONE, 1, 0);
    KrObject *val;
    if (kr_err_occurred()) {
        KrObject *e = kr_err_fetch();
        val = kr_stopiteration_value(e);
        KR_DECREF(e);
        if (!val) return gen_send_impl(self, KR_NONE, 1, 0);
    } else {
        val = kr_newref(KR_NONE);
    }
    KrObject *ret = gen_send_impl(self, val, 0, 0);
    KR_DECREF(val);
    return ret;
}

static KrObject *gen_throw_impl(KrObject *self, int close_on_genexit, KrObject *typ, KrObject *val,
                                KrObject *tb)
{
    KrFrame *f = GEN_FRAME(self);
    KrObject *yf = kr_gen_yf(self);
    if (yf) {
        KrObject *typ_class = kr_exception_check(typ) ? (KrObject *)KR_TYPE(typ) : typ;
        KrObject *ret;
        if (close_on_genexit && kr_err_given_matches(typ_class, kr_exc_GeneratorExit)) {
            f->state = KR_FRAME_EXECUTING;
            int err = gen_close_iter(yf);
            f->state = KR_FRAME_SUSPENDED;
            KR_DECREF(yf);
            if (err < 0) return gen_send_impl(self, KR_NONE, 1, 0);
            goto throw_here;
        }
        if (KR_GEN_CHECK(yf) || KR_CORO_CHECK(yf)) {
            f->state = KR_FRAME_EXECUTING;
            ret = gen_throw_impl(yf, close_on_genexit, typ, val, tb);
            f->state = KR_FRAME_SUSPENDED;
        } else {
            KrObject *meth = NULL;
            if (kr_object_lookup_attr(yf, KR_ID(throw), &meth) < 0) {
                KR_DECREF(yf);
                return NULL;
            }
            if (!meth) {
                KR_DECREF(yf);
                goto throw_here;
            }
            KrObject *cargs[3] = { typ, val, tb };
            size_t n = val ? (tb ? 3 : 2) : 1;
            f->state = KR_FRAME_EXECUTING;
            ret = kr_object_vectorcall(meth, cargs, n, NULL);
            f->state = KR_FRAME_SUSPENDED;
            KR_DECREF(meth);
        }
        KR_DECREF(yf);
        if (!ret) return gen_resume_after_delegation(self);
        return ret;
    }
throw_here:
    if (tb == KR_NONE) tb = NULL;
    else if (tb && !KR_TRACEBACK_CHECK(tb)) {
        kr_err_set_string(kr_exc_TypeError, "throw() third argument must be a traceback object");
        return NULL;
    }
    KrObject *value;
    if (kr_exception_class_check(typ)) {
        if (val && kr_exception_check(val) && kr_object_is_instance(val, typ) > 0) {
            value = kr_newref(val);
        } else {
            if (!val || val == KR_NONE) value = kr_object_call_noargs(typ);
            else if (KR_TUPLE_CHECK(val)) value = kr_object_call(typ, val, NULL);
            else value = kr_object_call_one(typ, val);
            if (!value) return NULL;
            if (!kr_exception_check(value)) {
                kr_err_format(kr_exc_TypeError,
                              "calling %R should have returned an instance of BaseException, not %R",
                              typ, (KrObject *)KR_TYPE(value));
                KR_DECREF(value);
                return NULL;
            }
        }
    } else if (kr_exception_check(typ)) {
        if (val && val != KR_NONE) {
            kr_err_set_string(kr_exc_TypeError, "instance exception may not have a separate value");
            return NULL;
        }
        value = kr_newref(typ);
    } else {
        kr_err_format(kr_exc_TypeError,
                      "exceptions must be classes or instances deriving from BaseException, not %s",
                      KR_TYPE(typ)->tp_name);
        return NULL;
    }
    if (tb) kr_exception_set_traceback(value, tb);
    kr_err_restore(value);
    return gen_send_impl(self, KR_NONE, 1, 0);
}

static KrObject *gen_throw(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("throw", nargs, 1, 3) < 0) return NULL;
    return gen_throw_impl(self, 1, args[0], nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL);
}

static KrObject *gen_close(KrObject *self, KrObject *unused)
{
    KrFrame *f = GEN_FRAME(self);
    if (f->state == KR_FRAME_CREATED) {
        gen_finish(GEN(self));
        KR_RETURN_NONE;
    }
    if (f->state >= KR_FRAME_COMPLETED) KR_RETURN_NONE;
    int err = 0;
    KrObject *yf = kr_gen_yf(self);
    if (yf) {
        f->state = KR_FRAME_EXECUTING;
        err = gen_close_iter(yf);
        f->state = KR_FRAME_SUSPENDED;
        KR_DECREF(yf);
    }
    if (err == 0) kr_err_set_none(kr_exc_GeneratorExit);
    KrObject *retval = gen_send_impl(self, KR_NONE, 1, 1);
    if (retval) {
        KR_DECREF(retval);
        kr_err_format(kr_exc_RuntimeError, "%s ignored GeneratorExit", gen_kind(self));
        return NULL;
    }
    if (kr_err_matches(kr_exc_StopIteration) || kr_err_matches(kr_exc_GeneratorExit)) {
        kr_err_clear();
        KR_RETURN_NONE;
    }
    if (!kr_err_occurred()) KR_RETURN_NONE;
    return NULL;
}

/* Called when an unfinished generator dies: close it (finally blocks run). */
static void gen_finalize(KrObject *self)
{
    KrFrame *f = GEN_FRAME(self);
    if (f->state >= KR_FRAME_COMPLETED) return;
    /* a never-started coroutine is left alone (CPython warns "never
     * awaited" here); a never-started generator is closed, which releases
     * its frame (the collector relies on that to break cycles through it) */
    if (f->state == KR_FRAME_CREATED && KR_CORO_CHECK(self)) return;
    KrObject *saved = kr_err_fetch();
    KrObject *res = gen_close(self, NULL);
    if (!res) kr_err_write_unraisable(self);
    else KR_DECREF(res);
    kr_err_restore(saved);
}

static void gen_dealloc(KrObject *o)
{
    KrGenObject *g = GEN(o);
    kr_gc_untrack(o);
    /* chains of generators wrapping generators free through the trashcan */
    if (kr_trashcan_begin(o, gen_dealloc)) return;
    if (g->gi_frame.state == KR_FRAME_SUSPENDED || g->gi_frame.state == KR_FRAME_EXECUTING) {
        o->ob_refcnt = 1;   /* resurrect while the finalizer runs */
        gen_finalize(o);
        if (--o->ob_refcnt != 0) {
            kr_gc_track(o);
            kr_trashcan_end();
            return;
        }
    }
    if (g->gi_weakreflist && kr_weakref_clear_refs) kr_weakref_clear_refs(o);
    if (g->gi_frame.state < KR_FRAME_CLEARED) kr_frame_clear(&g->gi_frame);
    KR_CLEAR(g->gi_exc_state.exc);
    KR_CLEAR(g->gi_name);
    KR_CLEAR(g->gi_qualname);
    KR_CLEAR(g->gi_code);
    KR_CLEAR(g->gi_origin_or_finalizer);
    KR_TYPE(o)->tp_free(o);
    kr_trashcan_end();
}

static int gen_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrGenObject *g = GEN(o);
    KR_VISIT(g->gi_name);
    KR_VISIT(g->gi_qualname);
    KR_VISIT(g->gi_code);
    KR_VISIT(g->gi_exc_state.exc);
    KR_VISIT(g->gi_origin_or_finalizer);
    KrFrame *f = &g->gi_frame;
    if (f->state < KR_FRAME_CLEARED && f->f_code) {
        KR_VISIT(f->f_func);
        KR_VISIT(f->f_code);
        KR_VISIT(f->f_globals);
        KR_VISIT(f->f_builtins);
        KR_VISIT(f->f_locals);
        KR_VISIT(f->frame_obj);
        /* while the frame runs, stacktop is stale: visit only the locals */
        int n = f->f_code->co_nlocalsplus;
        if (f->state != KR_FRAME_EXECUTING) n += f->stacktop;
        for (int i = 0; i < n; i++) KR_VISIT(f->localsplus[i]);
    }
    return 0;
}

static KrObject *gen_repr(KrObject *o)
{
    const char *kind = KR_CORO_CHECK(o) ? "coroutine" : KR_ASYNC_GEN_CHECK(o) ? "async_generator" : "generator";
    return kr_str_from_format("<%s object %U at %p>", kind, GEN(o)->gi_qualname, o);
}

/* ---- attributes ---- */

static KrObject *gen_get_name(KrObject *o, void *c) { return kr_newref(GEN(o)->gi_name); }
static int gen_set_name(KrObject *o, KrObject *v, void *c)
{
    if (!v || !KR_STR_CHECK(v)) {
        kr_err_set_string(kr_exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    KR_SETREF(GEN(o)->gi_name, kr_newref(v));
    return 0;
}
static KrObject *gen_get_qualname(KrObject *o, void *c) { return kr_newref(GEN(o)->gi_qualname); }
static int gen_set_qualname(KrObject *o, KrObject *v, void *c)
{
    if (!v || !KR_STR_CHECK(v)) {
        kr_err_set_string(kr_exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    KR_SETREF(GEN(o)->gi_qualname, kr_newref(v));
    return 0;
}
static KrObject *gen_get_frame(KrObject *o, void *c)
{
    KrFrame *f = GEN_FRAME(o);
    if (f->state >= KR_FRAME_COMPLETED) KR_RETURN_NONE;
    return kr_frame_object_for(f);
}
static KrObject *gen_get_running(KrObject *o, void *c)
{
    return kr_bool_from(GEN_FRAME(o)->state == KR_FRAME_EXECUTING);
}
static KrObject *gen_get_suspended(KrObject *o, void *c)
{
    return kr_bool_from(GEN_FRAME(o)->state == KR_FRAME_SUSPENDED);
}
static KrObject *gen_get_yieldfrom(KrObject *o, void *c)
{
    KrObject *yf = kr_gen_yf(o);
    if (!yf) KR_RETURN_NONE;
    return yf;
}
static KrMemberDef gen_members[] = {
    { "gi_code", KR_T_OBJECT, offsetof(KrGenObject, gi_code), KR_READONLY, NULL },
    { NULL, 0, 0, 0, NULL },
};
static KrMemberDef coro_members[] = {
    { "cr_code", KR_T_OBJECT, offsetof(KrGenObject, gi_code), KR_READONLY, NULL },
    { "cr_origin", KR_T_OBJECT, offsetof(KrGenObject, gi_origin_or_finalizer), KR_READONLY, NULL },
    { NULL, 0, 0, 0, NULL },
};
static KrMemberDef ag_members[] = {
    { "ag_code", KR_T_OBJECT, offsetof(KrGenObject, gi_code), KR_READONLY, NULL },
    { "ag_running", KR_T_BOOL, offsetof(KrGenObject, ag_running_async), KR_READONLY, NULL },
    { NULL, 0, 0, 0, NULL },
};

static KrObject *gen_iter_self(KrObject *o) { return kr_newref(o); }

static KrObject *gen_sizeof(KrObject *o, KrObject *unused)
{
    return kr_int_from_ssize((ssize_t)(offsetof(KrGenObject, gi_frame) + KR_SIZE(o) * sizeof(KrObject *)));
}

static KrObject *gen_class_getitem(KrObject *cls, KrObject *arg)
{
    return kr_newref(cls);
}

static KrMethodDef gen_methods[] = {
    { "send", (void *)gen_send, KR_METH_O, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration." },
    { "throw", (void *)gen_throw, KR_METH_FASTCALL, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration." },
    { "close", (void *)gen_close, KR_METH_NOARGS, "close() -> raise GeneratorExit inside generator." },
    { "__sizeof__", (void *)gen_sizeof, KR_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static KrGetSetDef gen_getset[] = {
    { "__name__", gen_get_name, gen_set_name, NULL, NULL },
    { "__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL },
    { "gi_frame", gen_get_frame, NULL, NULL, NULL },
    { "gi_running", gen_get_running, NULL, NULL, NULL },
    { "gi_suspended", gen_get_suspended, NULL, NULL, NULL },
    { "gi_yieldfrom", gen_get_yieldfrom, NULL, "object being iterated by yield from, or None", NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrTypeObject kr_gen_type = {
    KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "generator",
    .tp_basicsize = offsetof(KrGenObject, gi_frame) + offsetof(KrFrame, localsplus),
    .tp_itemsize = sizeof(KrObject *),
    .tp_dealloc = gen_dealloc,
    .tp_repr = gen_repr,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = gen_traverse,
    .tp_weaklistoffset = offsetof(KrGenObject, gi_weakreflist),
    .tp_iter = gen_iter_self,
    .tp_iternext = gen_iternext,
    .tp_methods = gen_methods,
    .tp_members = gen_members,
    .tp_getset = gen_getset,
    .tp_finalize = gen_finalize,
    .tp_free = kr_object_free,
};

/* ---- coroutines ---- */

typedef struct {
    KrObject ob_base;
    KrObject *cw_coroutine;
} KrCoroWrapper;

static KrObject *coro_await(KrObject *coro)
{
    KrCoroWrapper *cw = KR_NEW(KrCoroWrapper, &kr_coro_wrapper_type);
    if (!cw) return NULL;
    cw->cw_coroutine = kr_newref(coro);
    kr_gc_track(cw);
    return (KrObject *)cw;
}

static KrObject *coro_get_await(KrObject *o, void *c)
{
    KrObject *yf = kr_gen_yf(o);
    if (!yf) KR_RETURN_NONE;
    return yf;
}

static KrAsyncMethods coro_as_async = { coro_await, NULL, NULL };

static KrMethodDef coro_methods[] = {
    { "send", (void *)gen_send, KR_METH_O, "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration." },
    { "throw", (void *)gen_throw, KR_METH_FASTCALL, "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration." },
    { "close", (void *)gen_close, KR_METH_NOARGS, "close() -> raise GeneratorExit inside coroutine." },
    { "__sizeof__", (void *)gen_sizeof, KR_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static KrGetSetDef coro_getset[] = {
    { "__name__", gen_get_name, gen_set_name, NULL, NULL },
    { "__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL },
    { "cr_await", coro_get_await, NULL, "object being awaited on, or None", NULL },
    { "cr_frame", gen_get_frame, NULL, NULL, NULL },
    { "cr_running", gen_get_running, NULL, NULL, NULL },
    { "cr_suspended", gen_get_suspended, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrTypeObject kr_coro_type = {
    KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "coroutine",
    .tp_basicsize = offsetof(KrGenObject, gi_frame) + offsetof(KrFrame, localsplus),
    .tp_itemsize = sizeof(KrObject *),
    .tp_dealloc = gen_dealloc,
    .tp_as_async = &coro_as_async,
    .tp_repr = gen_repr,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = gen_traverse,
    .tp_weaklistoffset = offsetof(KrGenObject, gi_weakreflist),
    .tp_methods = coro_methods,
    .tp_members = coro_members,
    .tp_getset = coro_getset,
    .tp_finalize = gen_finalize,
    .tp_free = kr_object_free,
};

static void cw_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_CLEAR(((KrCoroWrapper *)o)->cw_coroutine);
    KR_TYPE(o)->tp_free(o);
}
static int cw_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrCoroWrapper *)o)->cw_coroutine);
    return 0;
}
static KrObject *cw_iternext(KrObject *o) { return gen_iternext(((KrCoroWrapper *)o)->cw_coroutine); }
static KrObject *cw_send(KrObject *o, KrObject *arg) { return gen_send(((KrCoroWrapper *)o)->cw_coroutine, arg); }
static KrObject *cw_throw(KrObject *o, KrObject *const *args, ssize_t nargs)
{
    return gen_throw(((KrCoroWrapper *)o)->cw_coroutine, args, nargs);
}
static KrObject *cw_close(KrObject *o, KrObject *unused) { return gen_close(((KrCoroWrapper *)o)->cw_coroutine, NULL); }

static KrMethodDef cw_methods[] = {
    { "send", (void *)cw_send, KR_METH_O, NULL },
    { "throw", (void *)cw_throw, KR_METH_FASTCALL, NULL },
    { "close", (void *)cw_close, KR_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_coro_wrapper_type = {
    KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "coroutine_wrapper",
    .tp_basicsize = sizeof(KrCoroWrapper),
    .tp_dealloc = cw_dealloc,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = cw_traverse,
    .tp_iter = gen_iter_self,
    .tp_iternext = cw_iternext,
    .tp_methods = cw_methods,
    .tp_free = kr_object_free,
};

KrObject *kr_coro_get_awaitable_iter(KrObject *o)
{
    if (KR_CORO_CHECK(o) ||
        (KR_GEN_CHECK(o) && (((KrCodeObject *)GEN(o)->gi_code)->co_flags & KR_CO_ITERABLE_COROUTINE)))
        return kr_newref(o);
    KrTypeObject *t = KR_TYPE(o);
    if (t->tp_as_async && t->tp_as_async->am_await) {
        KrObject *res = t->tp_as_async->am_await(o);
        if (!res) return NULL;
        if (KR_CORO_CHECK(res) ||
            (KR_GEN_CHECK(res) && (((KrCodeObject *)GEN(res)->gi_code)->co_flags & KR_CO_ITERABLE_COROUTINE))) {
            kr_err_set_string(kr_exc_TypeError, "__await__() returned a coroutine");
            KR_DECREF(res);
            return NULL;
        }
        if (!KR_TYPE(res)->tp_iternext) {
            kr_err_format(kr_exc_TypeError, "__await__() returned non-iterator of type '%.100s'",
                          KR_TYPE(res)->tp_name);
            KR_DECREF(res);
            return NULL;
        }
        return res;
    }
    kr_err_format(kr_exc_TypeError, "object %.100s can't be used in 'await' expression", t->tp_name);
    return NULL;
}

/* ---- async generators ---- */

typedef struct {
    KrObject ob_base;
    KrObject *agw_val;
} KrAsyncGenWrapped;

KrObject *kr_async_gen_wrap_value(KrObject *v)
{
    KrAsyncGenWrapped *w = KR_NEW(KrAsyncGenWrapped, &kr_async_gen_wrapped_value_type);
    if (!w) return NULL;
    w->agw_val = kr_newref(v);
    kr_gc_track(w);
    return (KrObject *)w;
}

static void agw_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_CLEAR(((KrAsyncGenWrapped *)o)->agw_val);
    KR_TYPE(o)->tp_free(o);
}
static int agw_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrAsyncGenWrapped *)o)->agw_val);
    return 0;
}

KrTypeObject kr_async_gen_wrapped_value_type = {
    KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "async_generator_wrapped_value",
    .tp_basicsize = sizeof(KrAsyncGenWrapped),
    .tp_dealloc = agw_dealloc,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = agw_traverse,
    .tp_free = kr_object_free,
};

enum { AWAITABLE_STATE_INIT, AWAITABLE_STATE_ITER, AWAITABLE_STATE_CLOSED };

typedef struct {
    KrObject ob_base;
    KrObject *gen;        /* the async generator */
    KrObject *val;        /* asend: the value to send; athrow: args tuple or NULL (aclose) */
    int state;
} KrAsyncGenAwaitable;

#define AWT(o) ((KrAsyncGenAwaitable *)(o))

/* Turns a result of the async generator's frame into the awaitable's
 * result: a wrapped value means the asend/athrow is done (StopIteration). */
static KrObject *async_gen_unwrap_value(KrObject *gen, KrObject *result)
{
    KrGenObject *g = GEN(gen);
    if (!result) {
        if (!kr_err_occurred()) kr_err_set_none(kr_exc_StopAsyncIteration);
        if (kr_err_matches(kr_exc_StopAsyncIteration) || kr_err_matches(kr_exc_GeneratorExit))
            g->ag_closed = 1;
        g->ag_running_async = 0;
        return NULL;
    }
    if (KR_ASYNC_GEN_WRAPPED_CHECK(result)) {
        kr_err_set_stopiteration(((KrAsyncGenWrapped *)result)->agw_val);
        KR_DECREF(result);
        g->ag_running_async = 0;
        return NULL;
    }
    return result;
}

static KrObject *awt_new(KrTypeObject *t, KrObject *gen, KrObject *val)
{
    KrAsyncGenAwaitable *a = KR_NEW(KrAsyncGenAwaitable, t);
    if (!a) return NULL;
    a->gen = kr_newref(gen);
    a->val = kr_xnewref(val);
    a->state = AWAITABLE_STATE_INIT;
    kr_gc_track(a);
    return (KrObject *)a;
}

static void awt_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_CLEAR(AWT(o)->gen);
    KR_CLEAR(AWT(o)->val);
    KR_TYPE(o)->tp_free(o);
}
static int awt_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(AWT(o)->gen);
    KR_VISIT(AWT(o)->val);
    return 0;
}

static KrObject *asend_send(KrObject *o, KrObject *arg)
{
    KrAsyncGenAwaitable *a = AWT(o);
    if (a->state == AWAITABLE_STATE_CLOSED) {
        kr_err_set_string(kr_exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        return NULL;
    }
    if (a->state == AWAITABLE_STATE_INIT) {
        if (GEN(a->gen)->ag_running_async) {
            kr_err_set_string(kr_exc_RuntimeError, "anext(): asynchronous generator is already running");
            return NULL;
        }
        if (!arg || arg == KR_NONE) arg = a->val;
        a->state = AWAITABLE_STATE_ITER;
    }
    GEN(a->gen)->ag_running_async = 1;
    KrObject *result = gen_send(a->gen, arg);
    result = async_gen_unwrap_value(a->gen, result);
    if (!result) a->state = AWAITABLE_STATE_CLOSED;
    return result;
}

static KrObject *asend_iternext(KrObject *o) { return asend_send(o, NULL); }

static KrObject *asend_throw(KrObject *o, KrObject *const *args, ssize_t nargs)
{
    KrAsyncGenAwaitable *a = AWT(o);
    if (a->state == AWAITABLE_STATE_CLOSED) {
        kr_err_set_string(kr_exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        return NULL;
    }
    KrObject *result = gen_throw(a->gen, args, nargs);
    result = async_gen_unwrap_value(a->gen, result);
    if (!result) a->state = AWAITABLE_STATE_CLOSED;
    return result;
}

static KrObject *awt_close(KrObject *o, KrObject *unused)
{
    AWT(o)->state = AWAITABLE_STATE_CLOSED;
    KR_RETURN_NONE;
}

static KrObject *athrow_send(KrObject *o, KrObject *arg)
{
    KrAsyncGenAwaitable *a = AWT(o);
    KrGenObject *g = GEN(a->gen);
    KrObject *retval;
    if (a->state == AWAITABLE_STATE_CLOSED) {
        kr_err_set_string(kr_exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        return NULL;
    }
    if (g->gi_frame.state >= KR_FRAME_COMPLETED) {
        a->state = AWAITABLE_STATE_CLOSED;
        kr_err_set_none(kr_exc_StopIteration);
        return NULL;
    }
    if (a->state == AWAITABLE_STATE_INIT) {
        if (g->ag_running_async) {
            a->state = AWAITABLE_STATE_CLOSED;
            kr_err_set_string(kr_exc_RuntimeError, a->val ? "athrow(): asynchronous generator is already running"
                                                          : "aclose(): asynchronous generator is already running");
            return NULL;
        }
        if (g->ag_closed) {
            a->state = AWAITABLE_STATE_CLOSED;
            kr_err_set_none(kr_exc_StopAsyncIteration);
            return NULL;
        }
        if (arg && arg != KR_NONE) {
            kr_err_set_string(kr_exc_RuntimeError, "can't send non-None value to a just-started coroutine");
            return NULL;
        }
        a->state = AWAITABLE_STATE_ITER;
        g->ag_running_async = 1;
        if (!a->val) {
            /* aclose() */
            g->ag_closed = 1;
            retval = gen_throw_impl(a->gen, 0, kr_exc_GeneratorExit, NULL, NULL);
            if (retval && KR_ASYNC_GEN_WRAPPED_CHECK(retval)) {
                KR_DECREF(retval);
                goto yield_close;
            }
        } else {
            ssize_t n = KR_SIZE(a->val);
            retval = gen_throw_impl(a->gen, 0, KR_TUPLE_GET(a->val, 0), n > 1 ? KR_TUPLE_GET(a->val, 1) : NULL,
                                    n > 2 ? KR_TUPLE_GET(a->val, 2) : NULL);
            retval = async_gen_unwrap_value(a->gen, retval);
        }
        if (!retval) goto check_error;
        return retval;
    }
    retval = gen_send(a->gen, arg ? arg : KR_NONE);
    if (a->val) return async_gen_unwrap_value(a->gen, retval);
    if (retval) {
        if (KR_ASYNC_GEN_WRAPPED_CHECK(retval)) {
            KR_DECREF(retval);
            goto yield_close;
        }
        return retval;
    }
    goto check_error;
yield_close:
    g->ag_running_async = 0;
    a->state = AWAITABLE_STATE_CLOSED;
    kr_err_set_string(kr_exc_RuntimeError, "async generator ignored GeneratorExit");
    return NULL;
check_error:
    g->ag_running_async = 0;
    a->state = AWAITABLE_STATE_CLOSED;
    if (kr_err_matches(kr_exc_StopAsyncIteration) || kr_err_matches(kr_exc_GeneratorExit)) {
        if (!a->val) {
            kr_err_clear();
            kr_err_set_none(kr_exc_StopIteration);
        }
    }
    return NULL;
}

static KrObject *athrow_iternext(KrObject *o) { return athrow_send(o, NULL); }

static KrObject *athrow_throw(KrObject *o, KrObject *const *args, ssize_t nargs)
{
    KrAsyncGenAwaitable *a = AWT(o);
    if (a->state == AWAITABLE_STATE_CLOSED) {
        kr_err_set_string(kr_exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        return NULL;
    }
    KrObject *retval = gen_throw(a->gen, args, nargs);
    if (a->val) return async_gen_unwrap_value(a->gen, retval);
    if (retval && KR_ASYNC_GEN_WRAPPED_CHECK(retval)) {
        GEN(a->gen)->ag_running_async = 0;
        a->state = AWAITABLE_STATE_CLOSED;
        KR_DECREF(retval);
        kr_err_set_string(kr_exc_RuntimeError, "async generator ignored GeneratorExit");
        return NULL;
    }
    if (!retval && (kr_err_matches(kr_exc_StopAsyncIteration) || kr_err_matches(kr_exc_GeneratorExit))) {
        kr_err_clear();
        kr_err_set_none(kr_exc_StopIteration);
    }
    return retval;
}

static KrAsyncMethods awt_as_async = { gen_iter_self, NULL, NULL };

static KrMethodDef asend_methods[] = {
    { "send", (void *)asend_send, KR_METH_O, NULL },
    { "throw", (void *)asend_throw, KR_METH_FASTCALL, NULL },
    { "close", (void *)awt_close, KR_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static KrMethodDef athrow_methods[] = {
    { "send", (void *)athrow_send, KR_METH_O, NULL },
    { "throw", (void *)athrow_throw, KR_METH_FASTCALL, NULL },
    { "close", (void *)awt_close, KR_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_async_gen_asend_type = {
    KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "async_generator_asend",
    .tp_basicsize = sizeof(KrAsyncGenAwaitable),
    .tp_dealloc = awt_dealloc,
    .tp_as_async = &awt_as_async,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = awt_traverse,
    .tp_iter = gen_iter_self,
    .tp_iternext = asend_iternext,
    .tp_methods = asend_methods,
    .tp_free = kr_object_free,
};

KrTypeObject kr_async_gen_athrow_type = {
    KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "async_generator_athrow",
    .tp_basicsize = sizeof(KrAsyncGenAwaitable),
    .tp_dealloc = awt_dealloc,
    .tp_as_async = &awt_as_async,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = awt_traverse,
    .tp_iter = gen_iter_self,
    .tp_iternext = athrow_iternext,
    .tp_methods = athrow_methods,
    .tp_free = kr_object_free,
};

static KrObject *ag_asend(KrObject *o, KrObject *arg)
{
    return awt_new(&kr_async_gen_asend_type, o, arg);
}

static KrObject *ag_anext(KrObject *o)
{
    return awt_new(&kr_async_gen_asend_type, o, KR_NONE);
}

static KrObject *ag_athrow(KrObject *o, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("athrow", nargs, 1, 3) < 0) return NULL;
    KrObject *t = kr_tuple_from_array(args, nargs);
    if (!t) return NULL;
    KrObject *res = awt_new(&kr_async_gen_athrow_type, o, t);
    KR_DECREF(t);
    return res;
}

static KrObject *ag_aclose(KrObject *o, KrObject *unused)
{
    return awt_new(&kr_async_gen_athrow_type, o, NULL);
}

static KrAsyncMethods ag_as_async = { NULL, gen_iter_self, ag_anext };

static KrMethodDef ag_methods[] = {
    { "asend", (void *)ag_asend, KR_METH_O, "asend(v) -> send 'v' in generator." },
    { "athrow", (void *)ag_athrow, KR_METH_FASTCALL, "athrow(typ[,val[,tb]]) -> raise exception in generator." },
    { "aclose", (void *)ag_aclose, KR_METH_NOARGS, "aclose() -> raise GeneratorExit inside generator." },
    { "__sizeof__", (void *)gen_sizeof, KR_METH_NOARGS, NULL },
    { "__class_getitem__", (void *)gen_class_getitem, KR_METH_O | KR_METH_CLASS, NULL },
    { NULL, NULL, 0, NULL },
};

static KrGetSetDef ag_getset[] = {
    { "__name__", gen_get_name, gen_set_name, NULL, NULL },
    { "__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL },
    { "ag_await", coro_get_await, NULL, "object being awaited on, or None", NULL },
    { "ag_frame", gen_get_frame, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrTypeObject kr_async_gen_type = {
    KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "async_generator",
    .tp_basicsize = offsetof(KrGenObject, gi_frame) + offsetof(KrFrame, localsplus),
    .tp_itemsize = sizeof(KrObject *),
    .tp_dealloc = gen_dealloc,
    .tp_as_async = &ag_as_async,
    .tp_repr = gen_repr,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = gen_traverse,
    .tp_weaklistoffset = offsetof(KrGenObject, gi_weakreflist),
    .tp_methods = ag_methods,
    .tp_members = ag_members,
    .tp_getset = ag_getset,
    .tp_finalize = gen_finalize,
    .tp_free = kr_object_free,
};

int kr_gen_init(void)
{
    KrTypeObject *types[] = { &kr_gen_type, &kr_coro_type, &kr_async_gen_type, &kr_coro_wrapper_type,
                              &kr_async_gen_asend_type, &kr_async_gen_athrow_type,
                              &kr_async_gen_wrapped_value_type };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (kr_type_ready(types[i]) < 0) return -1;
    return 0;
}
