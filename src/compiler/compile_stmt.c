/* compile_stmt.c — code generation for statements: assignments, control
 * flow (if/while/for, break/continue/return with unwinding), try/except/
 * finally with the zero-cost layout, with/async with, imports, function and
 * class definitions. The instruction sequences are CPython 3.11's. */
#include "compile_internal.h"
#include "../objects/dict.h"
#include "../objects/list.h"
#include "../objects/tuple.h"
#include "../objects/str.h"
#include "../objects/int.h"
#include "../objects/ids.h"
#include "../vm/err.h"

#include <string.h>

static int visit_target(KrCompiler *c, KrAstExpr *e) { return kr_c_visit_expr(c, e); }

/* ------------------------------------------------------------------------
 * Functions and classes
 * --------------------------------------------------------------------- */

/* Pushes the defaults tuple / kwdefaults dict; returns MAKE_FUNCTION flags. */
int kr_c_default_arguments(KrCompiler *c, KrAstArguments *args)
{
    int flags = 0;
    ssize_t nd = KR_AST_SEQ_LEN(args->defaults);
    if (nd) {
        for (ssize_t i = 0; i < nd; i++) TRY(kr_c_visit_expr(c, args->defaults->items[i]));
        ADDOP_I(c, BUILD_TUPLE, (int)nd);
        flags |= 1;
    }
    ssize_t nkw = 0;
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(args->kwonlyargs); i++)
        if (args->kw_defaults && args->kw_defaults->items[i]) nkw++;
    if (nkw) {
        KrObject *keys = kr_tuple_new(nkw);
        if (!keys) return -1;
        ssize_t k = 0;
        for (ssize_t i = 0; i < KR_AST_SEQ_LEN(args->kwonlyargs); i++) {
            KrAstExpr *d = args->kw_defaults->items[i];
            if (!d) continue;
            KrObject *m = kr_c_mangle(c, args->kwonlyargs->items[i]->arg);
            if (!m) { KR_DECREF(keys); return -1; }
            KR_TUPLE_SET_STEAL(keys, k++, m);
            if (kr_c_visit_expr(c, d) < 0) { KR_DECREF(keys); return -1; }
        }
        TRY(kr_c_addop_const_steal(c, keys));
        ADDOP_I(c, BUILD_CONST_KEY_MAP, (int)nkw);
        flags |= 2;
    }
    return flags;
}

int kr_c_annotation_value(KrCompiler *c, KrAstExpr *ann)
{
    if (c->future_annotations) {
        KrObject *s = kr_unparse_expr(ann);
        if (!s) return -1;
        return kr_c_addop_const_steal(c, s);
    }
    return kr_c_visit_expr(c, ann);
}

static int visit_argannotation(KrCompiler *c, KrObject *id, KrAstExpr *ann, int *count)
{
    if (!ann) return 0;
    KrObject *m = kr_c_mangle(c, id);
    if (!m) return -1;
    TRY(kr_c_addop_const_steal(c, m));
    if (!c->future_annotations && ann->kind == KR_EXPR_STARRED) {
        /* *args: *Ts  (3.11: the annotation is the unpacked value) */
        TRY(kr_c_visit_expr(c, ann->v.Starred.value));
        ADDOP_I(c, UNPACK_SEQUENCE, 1);
    } else {
        TRY(kr_c_annotation_value(c, ann));
    }
    (*count)++;
    return 0;
}

static int visit_argannotations(KrCompiler *c, KrAstArgSeq *args, int *count)
{
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(args); i++)
        TRY(visit_argannotation(c, args->items[i]->arg, args->items[i]->annotation, count));
    return 0;
}

/* Pushes the annotations tuple (name, value, ...); returns 1 if any, else 0. */
static int visit_annotations(KrCompiler *c, KrAstArguments *args, KrAstExpr *returns)
{
    int n = 0;
    TRY(visit_argannotations(c, args->args, &n));
    TRY(visit_argannotations(c, args->posonlyargs, &n));
    if (args->vararg) TRY(visit_argannotation(c, args->vararg->arg, args->vararg->annotation, &n));
    TRY(visit_argannotations(c, args->kwonlyargs, &n));
    if (args->kwarg) TRY(visit_argannotation(c, args->kwarg->arg, args->kwarg->annotation, &n));
    if (returns) {
        KrObject *r = kr_str_intern_cstr("return");
        if (!r) return -1;
        TRY(visit_argannotation(c, r, returns, &n));
        KR_DECREF(r);
    }
    if (n) {
        ADDOP_I(c, BUILD_TUPLE, n * 2);
        return 1;
    }
    return 0;
}

static int apply_decorators(KrCompiler *c, KrAstExprSeq *decos)
{
    for (ssize_t i = KR_AST_SEQ_LEN(decos) - 1; i >= 0; i--) {
        KR_SET_LOC(c, decos->items[i]);
        ADDOP_I(c, CALL, 0);
    }
    return 0;
}

int kr_c_check_debug_args(KrCompiler *c, KrAstArguments *a)
{
    KrAstArgSeq *seqs[3] = { a->posonlyargs, a->args, NULL };
    for (int k = 0; k < 2; k++)
        for (ssize_t i = 0; i < KR_AST_SEQ_LEN(seqs[k]); i++)
            TRY(kr_c_forbidden_name(c, seqs[k]->items[i]->arg, KR_CTX_STORE));
    if (a->vararg) TRY(kr_c_forbidden_name(c, a->vararg->arg, KR_CTX_STORE));
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(a->kwonlyargs); i++)
        TRY(kr_c_forbidden_name(c, a->kwonlyargs->items[i]->arg, KR_CTX_STORE));
    if (a->kwarg) TRY(kr_c_forbidden_name(c, a->kwarg->arg, KR_CTX_STORE));
    return 0;
}

int kr_c_function(KrCompiler *c, KrAstStmt *s, int is_async)
{
    KrObject *name = s->v.FunctionDef.name;
    KrAstArguments *args = s->v.FunctionDef.args;
    KrAstStmtSeq *body = s->v.FunctionDef.body;
    KrAstExprSeq *decos = s->v.FunctionDef.decorator_list;
    KrAstExpr *returns = s->v.FunctionDef.returns;

    TRY(kr_c_check_debug_args(c, args));
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(decos); i++) TRY(kr_c_visit_expr(c, decos->items[i]));
    int firstlineno = s->lineno;
    if (KR_AST_SEQ_LEN(decos)) firstlineno = decos->items[0]->lineno;
    int funcflags = kr_c_default_arguments(c, args);
    if (funcflags < 0) return -1;
    int ann = visit_annotations(c, args, returns);
    if (ann < 0) return -1;
    if (ann) funcflags |= 4;

    TRY(kr_c_enter_scope(c, name, is_async ? KR_SCOPE_TYPE_ASYNC_FUNCTION : KR_SCOPE_TYPE_FUNCTION,
                         s, firstlineno));
    KrObject *docstring = NULL;
    ssize_t first = 0;
    if (KR_AST_SEQ_LEN(body) && kr_c_is_docstring(body->items[0])) {
        first = 1;
        if (c->optimize < 2) docstring = body->items[0]->v.Expr.value->v.Constant.value;
    }
    if (kr_c_add_const(c, docstring ? docstring : KR_NONE) < 0) return -1;
    c->u->argcount = (int)KR_AST_SEQ_LEN(args->args) + (int)KR_AST_SEQ_LEN(args->posonlyargs);
    c->u->posonlyargcount = (int)KR_AST_SEQ_LEN(args->posonlyargs);
    c->u->kwonlyargcount = (int)KR_AST_SEQ_LEN(args->kwonlyargs);
    for (ssize_t i = first; i < KR_AST_SEQ_LEN(body); i++)
        TRY(kr_c_visit_stmt(c, body->items[i]));
    KrObject *co = kr_c_assemble(c, 1);
    KrObject *qualname = co ? kr_newref(c->u->qualname) : NULL;
    kr_c_exit_scope(c);
    if (!co) return -1;
    int r = kr_c_make_closure(c, co, funcflags, qualname);
    KR_DECREF(co);
    KR_DECREF(qualname);
    TRY(r);
    TRY(apply_decorators(c, decos));
    KR_SET_LOC(c, s);
    return kr_c_nameop(c, name, KR_CTX_STORE);
}

int kr_c_class(KrCompiler *c, KrAstStmt *s)
{
    KrAstExprSeq *decos = s->v.ClassDef.decorator_list;
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(decos); i++) TRY(kr_c_visit_expr(c, decos->items[i]));
    int firstlineno = s->lineno;
    if (KR_AST_SEQ_LEN(decos)) firstlineno = decos->items[0]->lineno;

    TRY(kr_c_enter_scope(c, s->v.ClassDef.name, KR_SCOPE_TYPE_CLASS, s, firstlineno));
    c->u->private_name = s->v.ClassDef.name;
    /* __module__/__qualname__ stores keep the first line (the decorator's) */
    TRY(kr_c_nameop(c, KR_ID(__name__), KR_CTX_LOAD));
    TRY(kr_c_nameop(c, KR_ID(__module__), KR_CTX_STORE));
    ADDOP_CONST(c, c->u->qualname);
    TRY(kr_c_nameop(c, KR_ID(__qualname__), KR_CTX_STORE));
    TRY(kr_c_body(c, s->v.ClassDef.body));
    KR_UNSET_LOC(c);
    if (c->u->ste->needs_class_closure) {
        KrObject *v = kr_dict_get_item_borrow(c->u->cellvars, KR_ID(__class__));
        if (!v) {
            kr_err_set_string(kr_exc_SystemError, "compiler: no __class__ cell");
            return -1;
        }
        ADDOP_I(c, LOAD_CLOSURE, (int)KR_INT_SMALL_VALUE(v));
        ADDOP_I(c, COPY, 1);
        ADDOP_NAME(c, STORE_NAME, KR_ID(__classcell__));
    } else {
        ADDOP_CONST(c, KR_NONE);
    }
    ADDOP(c, RETURN_VALUE);
    KrObject *co = kr_c_assemble(c, 1);
    KrObject *qualname = co ? kr_newref(c->u->qualname) : NULL;
    kr_c_exit_scope(c);
    if (!co) return -1;
    KR_SET_LOC(c, s);
    ADDOP(c, PUSH_NULL);
    ADDOP(c, LOAD_BUILD_CLASS);
    int r = kr_c_make_closure(c, co, 0, qualname);
    KR_DECREF(co);
    KR_DECREF(qualname);
    TRY(r);
    ADDOP_CONST(c, s->v.ClassDef.name);
    TRY(kr_c_call_helper(c, 2, s->v.ClassDef.bases, s->v.ClassDef.keywords));
    TRY(apply_decorators(c, decos));
    KR_SET_LOC(c, s);
    return kr_c_nameop(c, s->v.ClassDef.name, KR_CTX_STORE);
}

/* ------------------------------------------------------------------------
 * Simple statements
 * --------------------------------------------------------------------- */

static int compile_return(KrCompiler *c, KrAstStmt *s)
{
    KrAstExpr *value = s->v.Return.value;
    int preserve_tos = value && value->kind != KR_EXPR_CONSTANT;
    if (c->u->ste->type != KR_BLOCK_FUNCTION)
        return kr_c_error(c, "'return' outside function");
    if (value && c->u->ste->coroutine && c->u->ste->generator)
        return kr_c_error(c, "'return' with value in async generator");
    if (preserve_tos) {
        TRY(kr_c_visit_expr(c, value));
    } else if (value) {
        KR_SET_LOC(c, value);   /* a line event for the returned constant */
        ADDOP(c, NOP);
    }
    if (!value || value->lineno != s->lineno) {
        KR_SET_LOC(c, s);
        ADDOP(c, NOP);
    }
    TRY(kr_c_unwind_fblock_stack(c, preserve_tos, NULL));
    if (!value) ADDOP_CONST(c, KR_NONE);
    else if (!preserve_tos) ADDOP_CONST(c, value->v.Constant.value);
    ADDOP(c, RETURN_VALUE);
    return 0;
}

static int compile_break(KrCompiler *c)
{
    KrFBlock *loop = NULL;
    KrLoc saved = c->u->loc;
    ADDOP(c, NOP);
    TRY(kr_c_unwind_fblock_stack(c, 0, &loop));
    if (!loop) {
        c->u->loc = saved;
        return kr_c_error(c, "'break' outside loop");
    }
    TRY(kr_c_unwind_fblock(c, loop, 0));
    ADDOP_J(c, KR_JUMP, loop->exit);
    return 0;
}

static int compile_continue(KrCompiler *c)
{
    KrFBlock *loop = NULL;
    KrLoc saved = c->u->loc;
    ADDOP(c, NOP);
    TRY(kr_c_unwind_fblock_stack(c, 0, &loop));
    if (!loop) {
        c->u->loc = saved;
        return kr_c_error(c, "'continue' not properly in loop");
    }
    ADDOP_J(c, KR_JUMP, loop->block);
    return 0;
}

static int compile_if(KrCompiler *c, KrAstStmt *s)
{
    NEW_BLOCK(c, end);
    KrBlock *next = end;
    if (KR_AST_SEQ_LEN(s->v.If.orelse)) {
        next = kr_c_new_block(c);
        if (!next) return -1;
    }
    TRY(kr_c_jump_if(c, s->v.If.test, next, 0));
    TRY(kr_c_visit_stmts(c, s->v.If.body));
    if (KR_AST_SEQ_LEN(s->v.If.orelse)) {
        ADDOP_J_NOLINE(c, KR_JUMP, end);
        USE_BLOCK(c, next);
        TRY(kr_c_visit_stmts(c, s->v.If.orelse));
    }
    USE_BLOCK(c, end);
    return 0;
}

static int compile_while(KrCompiler *c, KrAstStmt *s)
{
    NEW_BLOCK(c, loop);
    NEW_BLOCK(c, body);
    NEW_BLOCK(c, anchor);
    NEW_BLOCK(c, end);
    USE_BLOCK(c, loop);
    TRY(kr_c_push_fblock(c, KR_FB_WHILE_LOOP, loop, end, NULL));
    TRY(kr_c_jump_if(c, s->v.While.test, anchor, 0));
    USE_BLOCK(c, body);
    TRY(kr_c_visit_stmts(c, s->v.While.body));
    KR_SET_LOC(c, s);
    ADDOP_J_NOLINE(c, KR_JUMP, loop);
    kr_c_pop_fblock(c);
    USE_BLOCK(c, anchor);
    TRY(kr_c_visit_stmts(c, s->v.While.orelse));
    USE_BLOCK(c, end);
    return 0;
}

static int compile_for(KrCompiler *c, KrAstStmt *s)
{
    NEW_BLOCK(c, start);
    NEW_BLOCK(c, body);
    NEW_BLOCK(c, cleanup);
    NEW_BLOCK(c, end);
    TRY(kr_c_push_fblock(c, KR_FB_FOR_LOOP, start, end, NULL));
    TRY(kr_c_visit_expr(c, s->v.For.iter));
    ADDOP(c, GET_ITER);
    USE_BLOCK(c, start);
    ADDOP_J(c, FOR_ITER, cleanup);
    USE_BLOCK(c, body);
    TRY(visit_target(c, s->v.For.target));
    TRY(kr_c_visit_stmts(c, s->v.For.body));
    ADDOP_J_NOLINE(c, KR_JUMP, start);
    USE_BLOCK(c, cleanup);
    kr_c_pop_fblock(c);
    TRY(kr_c_visit_stmts(c, s->v.For.orelse));
    USE_BLOCK(c, end);
    return 0;
}

static int compile_async_for(KrCompiler *c, KrAstStmt *s)
{
    if (c->u->scope_type != KR_SCOPE_TYPE_ASYNC_FUNCTION)
        return kr_c_error(c, "'async for' outside async function");
    NEW_BLOCK(c, start);
    NEW_BLOCK(c, except);
    NEW_BLOCK(c, end);
    TRY(kr_c_visit_expr(c, s->v.AsyncFor.iter));
    ADDOP(c, GET_AITER);
    USE_BLOCK(c, start);
    TRY(kr_c_push_fblock(c, KR_FB_FOR_LOOP, start, end, NULL));
    ADDOP_J(c, KR_SETUP_FINALLY, except);
    ADDOP(c, GET_ANEXT);
    ADDOP_CONST(c, KR_NONE);
    TRY(kr_c_add_yield_from(c, 1));
    ADDOP(c, KR_POP_BLOCK);
    TRY(visit_target(c, s->v.AsyncFor.target));
    TRY(kr_c_visit_stmts(c, s->v.AsyncFor.body));
    ADDOP_J_NOLINE(c, KR_JUMP, start);
    kr_c_pop_fblock(c);
    USE_BLOCK(c, except);
    KR_SET_LOC(c, s->v.AsyncFor.iter);
    ADDOP(c, END_ASYNC_FOR);
    TRY(kr_c_visit_stmts(c, s->v.AsyncFor.orelse));
    USE_BLOCK(c, end);
    return 0;
}

/* The exit path after an exception inside a with block: __exit__ was
 * called (its result on top); swallow the exception if it returned true. */
static int with_except_finish(KrCompiler *c, KrBlock *cleanup)
{
    KR_UNSET_LOC(c);
    NEW_BLOCK(c, exit);
    ADDOP_J(c, POP_JUMP_IF_TRUE, exit);
    ADDOP_I(c, RERAISE, 2);
    USE_BLOCK(c, cleanup);
    ADDOP_I(c, COPY, 3);
    ADDOP(c, POP_EXCEPT);
    ADDOP_I(c, RERAISE, 1);
    USE_BLOCK(c, exit);
    ADDOP(c, POP_TOP);
    ADDOP(c, KR_POP_BLOCK);
    ADDOP(c, POP_EXCEPT);
    ADDOP(c, POP_TOP);
    ADDOP(c, POP_TOP);
    return 0;
}

static int compile_with(KrCompiler *c, KrAstStmt *s, ssize_t pos, int is_async)
{
    KrAstWithitem *item = s->v.With.items->items[pos];
    if (is_async && pos == 0 && c->u->scope_type != KR_SCOPE_TYPE_ASYNC_FUNCTION)
        return kr_c_error(c, "'async with' outside async function");
    NEW_BLOCK(c, block);
    NEW_BLOCK(c, final);
    NEW_BLOCK(c, exit);
    NEW_BLOCK(c, cleanup);
    TRY(kr_c_visit_expr(c, item->context_expr));
    if (is_async) {
        ADDOP(c, BEFORE_ASYNC_WITH);
        ADDOP_I(c, GET_AWAITABLE, 1);
        ADDOP_CONST(c, KR_NONE);
        TRY(kr_c_add_yield_from(c, 1));
    } else {
        ADDOP(c, BEFORE_WITH);
    }
    ADDOP_J(c, KR_SETUP_WITH, final);
    USE_BLOCK(c, block);
    TRY(kr_c_push_fblock(c, is_async ? KR_FB_ASYNC_WITH : KR_FB_WITH, block, final, s));
    if (item->optional_vars) TRY(visit_target(c, item->optional_vars));
    else ADDOP(c, POP_TOP);
    if (pos + 1 == KR_AST_SEQ_LEN(s->v.With.items))
        TRY(kr_c_visit_stmts(c, s->v.With.body));
    else
        TRY(compile_with(c, s, pos + 1, is_async));
    kr_c_pop_fblock(c);
    KR_SET_LOC(c, s);
    ADDOP(c, KR_POP_BLOCK);
    TRY(kr_c_call_exit_with_nones(c));
    if (is_async) {
        ADDOP_I(c, GET_AWAITABLE, 2);
        ADDOP_CONST(c, KR_NONE);
        TRY(kr_c_add_yield_from(c, 1));
    }
    ADDOP(c, POP_TOP);
    ADDOP_J(c, KR_JUMP, exit);
    USE_BLOCK(c, final);
    ADDOP_J(c, KR_SETUP_CLEANUP, cleanup);
    ADDOP(c, PUSH_EXC_INFO);
    ADDOP(c, WITH_EXCEPT_START);
    if (is_async) {
        ADDOP_I(c, GET_AWAITABLE, 2);
        ADDOP_CONST(c, KR_NONE);
        TRY(kr_c_add_yield_from(c, 1));
    }
    TRY(with_except_finish(c, cleanup));
    USE_BLOCK(c, exit);
    return 0;
}

/* ------------------------------------------------------------------------
 * try / except / finally
 * --------------------------------------------------------------------- */

static int pop_except_and_reraise(KrCompiler *c)
{
    ADDOP_I(c, COPY, 3);
    ADDOP(c, POP_EXCEPT);
    ADDOP_I(c, RERAISE, 1);
    return 0;
}

static int compile_try_except(KrCompiler *c, KrAstStmt *s)
{
    NEW_BLOCK(c, body);
    NEW_BLOCK(c, except);
    NEW_BLOCK(c, end);
    NEW_BLOCK(c, cleanup);
    ADDOP_J(c, KR_SETUP_FINALLY, except);
    USE_BLOCK(c, body);
    TRY(kr_c_push_fblock(c, KR_FB_TRY_EXCEPT, body, NULL, NULL));
    TRY(kr_c_visit_stmts(c, s->v.Try.body));
    kr_c_pop_fblock(c);
    ADDOP_NOLINE(c, KR_POP_BLOCK);
    TRY(kr_c_visit_stmts(c, s->v.Try.orelse));
    ADDOP_J_NOLINE(c, KR_JUMP, end);
    ssize_t n = KR_AST_SEQ_LEN(s->v.Try.handlers);
    USE_BLOCK(c, except);
    KR_UNSET_LOC(c);
    ADDOP_J(c, KR_SETUP_CLEANUP, cleanup);
    ADDOP(c, PUSH_EXC_INFO);
    TRY(kr_c_push_fblock(c, KR_FB_EXCEPTION_HANDLER, NULL, NULL, NULL));
    for (ssize_t i = 0; i < n; i++) {
        KrAstExcepthandler *h = s->v.Try.handlers->items[i];
        KR_SET_LOC(c, h);
        if (!h->v.ExceptHandler.type && i < n - 1)
            return kr_c_error(c, "default 'except:' must be last");
        NEW_BLOCK(c, next);
        if (h->v.ExceptHandler.type) {
            TRY(kr_c_visit_expr(c, h->v.ExceptHandler.type));
            ADDOP(c, CHECK_EXC_MATCH);
            ADDOP_J(c, POP_JUMP_IF_FALSE, next);
        }
        if (h->v.ExceptHandler.name) {
            NEW_BLOCK(c, cleanup_end);
            NEW_BLOCK(c, cleanup_body);
            TRY(kr_c_nameop(c, h->v.ExceptHandler.name, KR_CTX_STORE));
            ADDOP_J(c, KR_SETUP_CLEANUP, cleanup_end);
            USE_BLOCK(c, cleanup_body);
            TRY(kr_c_push_fblock(c, KR_FB_HANDLER_CLEANUP, cleanup_body, NULL, h->v.ExceptHandler.name));
            TRY(kr_c_visit_stmts(c, h->v.ExceptHandler.body));
            kr_c_pop_fblock(c);
            KR_UNSET_LOC(c);
            ADDOP(c, KR_POP_BLOCK);
            ADDOP(c, KR_POP_BLOCK);
            ADDOP(c, POP_EXCEPT);
            ADDOP_CONST(c, KR_NONE);
            TRY(kr_c_nameop(c, h->v.ExceptHandler.name, KR_CTX_STORE));
            TRY(kr_c_nameop(c, h->v.ExceptHandler.name, KR_CTX_DEL));
            ADDOP_J(c, KR_JUMP, end);
            USE_BLOCK(c, cleanup_end);
            KR_UNSET_LOC(c);
            ADDOP_CONST(c, KR_NONE);
            TRY(kr_c_nameop(c, h->v.ExceptHandler.name, KR_CTX_STORE));
            TRY(kr_c_nameop(c, h->v.ExceptHandler.name, KR_CTX_DEL));
            ADDOP_I(c, RERAISE, 1);
        } else {
            NEW_BLOCK(c, cleanup_body);
            ADDOP(c, POP_TOP);
            USE_BLOCK(c, cleanup_body);
            TRY(kr_c_push_fblock(c, KR_FB_HANDLER_CLEANUP, cleanup_body, NULL, NULL));
            TRY(kr_c_visit_stmts(c, h->v.ExceptHandler.body));
            kr_c_pop_fblock(c);
            KR_UNSET_LOC(c);
            ADDOP(c, KR_POP_BLOCK);
            ADDOP(c, POP_EXCEPT);
            ADDOP_J(c, KR_JUMP, end);
        }
        USE_BLOCK(c, next);
    }
    KR_UNSET_LOC(c);
    kr_c_pop_fblock(c);
    ADDOP_I(c, RERAISE, 0);
    USE_BLOCK(c, cleanup);
    TRY(pop_except_and_reraise(c));
    USE_BLOCK(c, end);
    return 0;
}

static int compile_try_finally(KrCompiler *c, KrAstStmt *s)
{
    NEW_BLOCK(c, body);
    NEW_BLOCK(c, end);
    NEW_BLOCK(c, exit);
    NEW_BLOCK(c, cleanup);
    ADDOP_J(c, KR_SETUP_FINALLY, end);
    USE_BLOCK(c, body);
    TRY(kr_c_push_fblock(c, KR_FB_FINALLY_TRY, body, end, s->v.Try.finalbody));
    if (KR_AST_SEQ_LEN(s->v.Try.handlers)) {
        if (s->kind == KR_STMT_TRY_STAR) TRY(kr_c_try_star(c, s));
        else TRY(compile_try_except(c, s));
    } else {
        TRY(kr_c_visit_stmts(c, s->v.Try.body));
    }
    ADDOP_NOLINE(c, KR_POP_BLOCK);
    kr_c_pop_fblock(c);
    TRY(kr_c_visit_stmts(c, s->v.Try.finalbody));
    ADDOP_J_NOLINE(c, KR_JUMP, exit);
    USE_BLOCK(c, end);
    KR_UNSET_LOC(c);
    ADDOP_J(c, KR_SETUP_CLEANUP, cleanup);
    ADDOP(c, PUSH_EXC_INFO);
    TRY(kr_c_push_fblock(c, KR_FB_FINALLY_END, end, NULL, NULL));
    TRY(kr_c_visit_stmts(c, s->v.Try.finalbody));
    kr_c_pop_fblock(c);
    ADDOP_I(c, RERAISE, 0);   /* keeps the last statement's location, as CPython */
    USE_BLOCK(c, cleanup);
    TRY(pop_except_and_reraise(c));
    USE_BLOCK(c, exit);
    return 0;
}

static int compile_try(KrCompiler *c, KrAstStmt *s)
{
    if (KR_AST_SEQ_LEN(s->v.Try.finalbody)) return compile_try_finally(c, s);
    if (s->kind == KR_STMT_TRY_STAR) return kr_c_try_star(c, s);
    return compile_try_except(c, s);
}

/* ------------------------------------------------------------------------
 * Imports
 * --------------------------------------------------------------------- */

static int import_as(KrCompiler *c, KrObject *name, KrObject *asname)
{
    ssize_t len = KR_STR_LEN(name);
    ssize_t dot = kr_str_find_char(name, '.', 0, len);
    if (dot >= 0) {
        for (;;) {
            ssize_t pos = dot + 1;
            dot = kr_str_find_char(name, '.', pos, len);
            KrObject *attr = kr_str_substring(name, pos, dot >= 0 ? dot : len);
            if (!attr) return -1;
            int r = kr_c_addop_name(c, IMPORT_FROM, attr, 1);
            KR_DECREF(attr);
            TRY(r);
            if (dot < 0) break;
            ADDOP_I(c, SWAP, 2);
            ADDOP(c, POP_TOP);
        }
        TRY(kr_c_nameop(c, asname, KR_CTX_STORE));
        ADDOP(c, POP_TOP);
        return 0;
    }
    return kr_c_nameop(c, asname, KR_CTX_STORE);
}

static int compile_import(KrCompiler *c, KrAstStmt *s)
{
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(s->v.Import.names); i++) {
        KrAstAlias *a = s->v.Import.names->items[i];
        TRY(kr_c_addop_const_steal(c, kr_int_from_i64(0)));
        ADDOP_CONST(c, KR_NONE);
        TRY(kr_c_addop_name(c, IMPORT_NAME, a->name, 1));
        if (a->asname) {
            TRY(import_as(c, a->name, a->asname));
        } else {
            ssize_t dot = kr_str_find_char(a->name, '.', 0, KR_STR_LEN(a->name));
            KrObject *store = dot >= 0 ? kr_str_substring(a->name, 0, dot) : kr_newref(a->name);
            if (!store) return -1;
            if (dot >= 0) kr_str_intern_in_place(&store);
            int r = kr_c_nameop(c, store, KR_CTX_STORE);
            KR_DECREF(store);
            TRY(r);
        }
    }
    return 0;
}

static int compile_from_import(KrCompiler *c, KrAstStmt *s)
{
    ssize_t n = KR_AST_SEQ_LEN(s->v.ImportFrom.names);
    TRY(kr_c_addop_const_steal(c, kr_int_from_i64(s->v.ImportFrom.level)));
    KrObject *names = kr_tuple_new(n);
    if (!names) return -1;
    for (ssize_t i = 0; i < n; i++)
        KR_TUPLE_SET_STEAL(names, i, kr_newref(s->v.ImportFrom.names->items[i]->name));
    TRY(kr_c_addop_const_steal(c, names));
    if (s->lineno > c->future_lineno && s->v.ImportFrom.module &&
        kr_str_equal_cstr(s->v.ImportFrom.module, "__future__"))
        return kr_c_error(c, "from __future__ imports must occur at the beginning of the file");
    KrObject *empty = NULL;
    if (!s->v.ImportFrom.module) {
        empty = kr_str_intern_cstr("");
        if (!empty) return -1;
    }
    int r = kr_c_addop_name(c, IMPORT_NAME, s->v.ImportFrom.module ? s->v.ImportFrom.module : empty, 1);
    KR_XDECREF(empty);
    TRY(r);
    for (ssize_t i = 0; i < n; i++) {
        KrAstAlias *a = s->v.ImportFrom.names->items[i];
        if (i == 0 && kr_str_equal_cstr(a->name, "*")) {
            ADDOP(c, IMPORT_STAR);
            return 0;
        }
        TRY(kr_c_addop_name(c, IMPORT_FROM, a->name, 1));
        TRY(kr_c_nameop(c, a->asname ? a->asname : a->name, KR_CTX_STORE));
    }
    ADDOP(c, POP_TOP);
    return 0;
}

/* ------------------------------------------------------------------------
 * Assignments
 * --------------------------------------------------------------------- */

static int check_ann_expr(KrCompiler *c, KrAstExpr *e)
{
    TRY(kr_c_visit_expr(c, e));
    ADDOP(c, POP_TOP);
    return 0;
}

static int check_ann_subscr(KrCompiler *c, KrAstExpr *e)
{
    if (e->kind == KR_EXPR_SLICE) {
        if (e->v.Slice.lower) TRY(check_ann_expr(c, e->v.Slice.lower));
        if (e->v.Slice.upper) TRY(check_ann_expr(c, e->v.Slice.upper));
        if (e->v.Slice.step) TRY(check_ann_expr(c, e->v.Slice.step));
        return 0;
    }
    if (e->kind == KR_EXPR_TUPLE) {
        for (ssize_t i = 0; i < KR_AST_SEQ_LEN(e->v.Tuple.elts); i++)
            TRY(check_ann_subscr(c, e->v.Tuple.elts->items[i]));
        return 0;
    }
    return check_ann_expr(c, e);
}

static int compile_annassign(KrCompiler *c, KrAstStmt *s)
{
    KrAstExpr *targ = s->v.AnnAssign.target;
    int module_or_class = c->u->scope_type == KR_SCOPE_TYPE_MODULE ||
                          c->u->scope_type == KR_SCOPE_TYPE_CLASS;
    if (targ->kind == KR_EXPR_NAME) TRY(kr_c_forbidden_name(c, targ->v.Name.id, KR_CTX_STORE));
    if (s->v.AnnAssign.value) {
        TRY(kr_c_visit_expr(c, s->v.AnnAssign.value));
        TRY(visit_target(c, targ));
    }
    switch (targ->kind) {
    case KR_EXPR_NAME:
        if (s->v.AnnAssign.simple && module_or_class) {
            TRY(kr_c_annotation_value(c, s->v.AnnAssign.annotation));
            ADDOP_NAME(c, LOAD_NAME, KR_ID(__annotations__));
            KrObject *m = kr_c_mangle(c, targ->v.Name.id);
            if (!m) return -1;
            TRY(kr_c_addop_const_steal(c, m));
            ADDOP(c, STORE_SUBSCR);
        }
        break;
    case KR_EXPR_ATTRIBUTE:
        if (!s->v.AnnAssign.value) TRY(check_ann_expr(c, targ->v.Attribute.value));
        break;
    case KR_EXPR_SUBSCRIPT:
        if (!s->v.AnnAssign.value) {
            TRY(check_ann_expr(c, targ->v.Subscript.value));
            TRY(check_ann_subscr(c, targ->v.Subscript.slice));
        }
        break;
    default:
        return kr_c_error(c, "invalid node type (%s) for annotated assignment",
                          kr_ast_expr_kind_name(targ->kind));
    }
    if (!s->v.AnnAssign.simple && module_or_class && !c->future_annotations)
        TRY(check_ann_expr(c, s->v.AnnAssign.annotation));
    return 0;
}

static int binop_of(int astop)
{
    switch (astop) {
    case KR_OP_ADD: return KR_NB_ADD;
    case KR_OP_SUB: return KR_NB_SUBTRACT;
    case KR_OP_MULT: return KR_NB_MULTIPLY;
    case KR_OP_MAT_MULT: return KR_NB_MATRIX_MULTIPLY;
    case KR_OP_DIV: return KR_NB_TRUE_DIVIDE;
    case KR_OP_MOD: return KR_NB_REMAINDER;
    case KR_OP_POW: return KR_NB_POWER;
    case KR_OP_LSHIFT: return KR_NB_LSHIFT;
    case KR_OP_RSHIFT: return KR_NB_RSHIFT;
    case KR_OP_BIT_OR: return KR_NB_OR;
    case KR_OP_BIT_XOR: return KR_NB_XOR;
    case KR_OP_BIT_AND: return KR_NB_AND;
    default: return KR_NB_FLOOR_DIVIDE;
    }
}

static int compile_augassign(KrCompiler *c, KrAstStmt *s)
{
    KrAstExpr *e = s->v.AugAssign.target;
    int op = binop_of(s->v.AugAssign.op) + KR_NB_INPLACE;
    KR_SET_LOC(c, e);
    switch (e->kind) {
    case KR_EXPR_ATTRIBUTE:
        TRY(kr_c_visit_expr(c, e->v.Attribute.value));
        ADDOP_I(c, COPY, 1);
        kr_c_match_attr_location(c, e);
        ADDOP_NAME(c, LOAD_ATTR, e->v.Attribute.attr);
        break;
    case KR_EXPR_SUBSCRIPT:
        TRY(kr_c_visit_expr(c, e->v.Subscript.value));
        TRY(kr_c_visit_expr(c, e->v.Subscript.slice));
        ADDOP_I(c, COPY, 2);
        ADDOP_I(c, COPY, 2);
        ADDOP(c, BINARY_SUBSCR);
        break;
    case KR_EXPR_NAME:
        TRY(kr_c_nameop(c, e->v.Name.id, KR_CTX_LOAD));
        break;
    default:
        return kr_c_error(c, "invalid node type (%s) for augmented assignment",
                          kr_ast_expr_kind_name(e->kind));
    }
    KR_SET_LOC(c, s);
    TRY(kr_c_visit_expr(c, s->v.AugAssign.value));
    ADDOP_I(c, BINARY_OP, op);
    KR_SET_LOC(c, e);
    switch (e->kind) {
    case KR_EXPR_ATTRIBUTE:
        kr_c_match_attr_location(c, e);
        ADDOP_I(c, SWAP, 2);
        ADDOP_NAME(c, STORE_ATTR, e->v.Attribute.attr);
        break;
    case KR_EXPR_SUBSCRIPT:
        ADDOP_I(c, SWAP, 3);
        ADDOP_I(c, SWAP, 2);
        ADDOP(c, STORE_SUBSCR);
        break;
    default:
        TRY(kr_c_nameop(c, e->v.Name.id, KR_CTX_STORE));
        break;
    }
    return 0;
}

static int compile_assert(KrCompiler *c, KrAstStmt *s)
{
    if (c->optimize) return 0;
    KrAstExpr *t = s->v.Assert.test;
    if (t->kind == KR_EXPR_TUPLE && KR_AST_SEQ_LEN(t->v.Tuple.elts) > 0)
        TRY(kr_c_warn(c, "assertion is always true, perhaps remove parentheses?"));
    NEW_BLOCK(c, end);
    TRY(kr_c_jump_if(c, t, end, 1));
    ADDOP(c, LOAD_ASSERTION_ERROR);
    if (s->v.Assert.msg) {
        TRY(kr_c_visit_expr(c, s->v.Assert.msg));
        ADDOP_I(c, CALL, 0);
    }
    ADDOP_I(c, RAISE_VARARGS, 1);
    USE_BLOCK(c, end);
    return 0;
}

static int compile_stmt_expr(KrCompiler *c, KrAstExpr *value)
{
    if (c->interactive && c->nestlevel <= 1) {
        TRY(kr_c_visit_expr(c, value));
        ADDOP(c, PRINT_EXPR);
        return 0;
    }
    if (value->kind == KR_EXPR_CONSTANT) {
        ADDOP(c, NOP);
        return 0;
    }
    TRY(kr_c_visit_expr(c, value));
    ADDOP_NOLINE(c, POP_TOP);
    return 0;
}

/* ------------------------------------------------------------------------
 * Dispatch
 * --------------------------------------------------------------------- */

int kr_c_visit_stmt(KrCompiler *c, KrAstStmt *s)
{
    KR_SET_LOC(c, s);
    switch (s->kind) {
    case KR_STMT_FUNCTION_DEF:
        return kr_c_function(c, s, 0);
    case KR_STMT_ASYNC_FUNCTION_DEF:
        return kr_c_function(c, s, 1);
    case KR_STMT_CLASS_DEF:
        return kr_c_class(c, s);
    case KR_STMT_RETURN:
        return compile_return(c, s);
    case KR_STMT_DELETE:
        for (ssize_t i = 0; i < KR_AST_SEQ_LEN(s->v.Delete.targets); i++)
            TRY(kr_c_visit_expr(c, s->v.Delete.targets->items[i]));
        return 0;
    case KR_STMT_ASSIGN: {
        ssize_t n = KR_AST_SEQ_LEN(s->v.Assign.targets);
        TRY(kr_c_visit_expr(c, s->v.Assign.value));
        for (ssize_t i = 0; i < n; i++) {
            if (i < n - 1) ADDOP_I(c, COPY, 1);
            TRY(visit_target(c, s->v.Assign.targets->items[i]));
        }
        return 0;
    }
    case KR_STMT_AUG_ASSIGN:
        return compile_augassign(c, s);
    case KR_STMT_ANN_ASSIGN:
        return compile_annassign(c, s);
    case KR_STMT_FOR:
        return compile_for(c, s);
    case KR_STMT_ASYNC_FOR:
        return compile_async_for(c, s);
    case KR_STMT_WHILE:
        return compile_while(c, s);
    case KR_STMT_IF:
        return compile_if(c, s);
    case KR_STMT_WITH:
        return compile_with(c, s, 0, 0);
    case KR_STMT_ASYNC_WITH:
        return compile_with(c, s, 0, 1);
    case KR_STMT_MATCH:
        return kr_c_match(c, s);
    case KR_STMT_RAISE: {
        int n = 0;
        if (s->v.Raise.exc) {
            TRY(kr_c_visit_expr(c, s->v.Raise.exc));
            n++;
            if (s->v.Raise.cause) {
                TRY(kr_c_visit_expr(c, s->v.Raise.cause));
                n++;
            }
        }
        KR_SET_LOC(c, s);
        ADDOP_I(c, RAISE_VARARGS, n);
        return 0;
    }
    case KR_STMT_TRY:
    case KR_STMT_TRY_STAR:
        return compile_try(c, s);
    case KR_STMT_ASSERT:
        return compile_assert(c, s);
    case KR_STMT_IMPORT:
        return compile_import(c, s);
    case KR_STMT_IMPORT_FROM:
        return compile_from_import(c, s);
    case KR_STMT_GLOBAL:
    case KR_STMT_NONLOCAL:
        return 0;
    case KR_STMT_EXPR:
        return compile_stmt_expr(c, s->v.Expr.value);
    case KR_STMT_PASS:
        ADDOP(c, NOP);
        return 0;
    case KR_STMT_BREAK:
        return compile_break(c);
    case KR_STMT_CONTINUE:
        return compile_continue(c);
    }
    kr_err_set_string(kr_exc_SystemError, "compiler: unknown statement kind");
    return -1;
}

int kr_c_visit_stmts(KrCompiler *c, KrAstStmtSeq *seq)
{
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(seq); i++)
        TRY(kr_c_visit_stmt(c, seq->items[i]));
    return 0;
}

/* exported for compile_expr.c */
int kr_c_binop_of(int astop) { return binop_of(astop); }
