/* astmodule_validate.c — checks a C AST converted from Python node objects
 * before it reaches the compiler, with CPython 3.11's ValueErrors
 * (contexts, empty bodies, mismatched lengths, patterns). The parser never
 * makes such trees; hand-built ones can, and the compiler assumes valid
 * input. */
#include "astmodule.h"
#include "../objects/str.h"
#include "../objects/int.h"
#include "../objects/float.h"
#include "../objects/bytes.h"
#include "../vm/err.h"

static const char *const ctx_names[] = { "?", "Load", "Store", "Del" };

static int v_expr(KrAstExpr *e, int ctx);
static int v_stmts(KrAstStmtSeq *seq);
static int v_pattern(KrAstPattern *p, int star_ok);

static int fail(const char *msg)
{
    kr_err_set_string(kr_exc_ValueError, msg);
    return -1;
}

static int v_nonempty(ssize_t n, const char *what, const char *owner)
{
    if (n) return 0;
    kr_err_format(kr_exc_ValueError, "empty %s on %s", what, owner);
    return -1;
}

static int v_exprs(KrAstExprSeq *seq, int ctx, int null_ok)
{
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(seq); i++) {
        KrAstExpr *e = seq->items[i];
        if (!e) {
            if (null_ok) continue;
            return fail("None disallowed in expression list");
        }
        if (v_expr(e, ctx) < 0) return -1;
    }
    return 0;
}

static int v_opt_expr(KrAstExpr *e, int ctx)
{
    return e ? v_expr(e, ctx) : 0;
}

static int v_body(KrAstStmtSeq *body, const char *owner)
{
    if (v_nonempty(KR_AST_SEQ_LEN(body), "body", owner) < 0) return -1;
    return v_stmts(body);
}

static int v_name(KrObject *name)
{
    static const char *const forbidden[] = { "None", "True", "False", NULL };
    for (int i = 0; forbidden[i]; i++) {
        if (kr_str_equal_cstr(name, forbidden[i])) {
            kr_err_format(kr_exc_ValueError, "identifier field can't represent '%s' constant",
                          forbidden[i]);
            return -1;
        }
    }
    return 0;
}

static int v_args(KrAstArgSeq *args)
{
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(args); i++)
        if (v_opt_expr(args->items[i]->annotation, KR_CTX_LOAD) < 0) return -1;
    return 0;
}

static int v_arguments(KrAstArguments *a)
{
    if (v_args(a->posonlyargs) < 0 || v_args(a->args) < 0) return -1;
    if (a->vararg && v_opt_expr(a->vararg->annotation, KR_CTX_LOAD) < 0) return -1;
    if (v_args(a->kwonlyargs) < 0) return -1;
    if (a->kwarg && v_opt_expr(a->kwarg->annotation, KR_CTX_LOAD) < 0) return -1;
    if (KR_AST_SEQ_LEN(a->defaults) > KR_AST_SEQ_LEN(a->posonlyargs) + KR_AST_SEQ_LEN(a->args))
        return fail("more positional defaults than args on arguments");
    if (KR_AST_SEQ_LEN(a->kw_defaults) != KR_AST_SEQ_LEN(a->kwonlyargs))
        return fail("length of kwonlyargs is not the same as kw_defaults on arguments");
    if (v_exprs(a->defaults, KR_CTX_LOAD, 0) < 0) return -1;
    return v_exprs(a->kw_defaults, KR_CTX_LOAD, 1);
}

static int v_keywords(KrAstKeywordSeq *kws)
{
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(kws); i++)
        if (v_expr(kws->items[i]->value, KR_CTX_LOAD) < 0) return -1;
    return 0;
}

static int v_comprehension(KrAstComprehensionSeq *gens)
{
    if (!KR_AST_SEQ_LEN(gens)) return fail("comprehension with no generators");
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(gens); i++) {
        KrAstComprehension *c = gens->items[i];
        if (v_expr(c->target, KR_CTX_STORE) < 0 || v_expr(c->iter, KR_CTX_LOAD) < 0 ||
            v_exprs(c->ifs, KR_CTX_LOAD, 0) < 0)
            return -1;
    }
    return 0;
}

static int v_expr(KrAstExpr *e, int ctx)
{
    if (kr_astmodule_enter() < 0) return -1;
    int r = -1, actual = 0, check_ctx = 1;
    switch (e->kind) {
    case KR_EXPR_ATTRIBUTE: actual = e->v.Attribute.ctx; break;
    case KR_EXPR_SUBSCRIPT: actual = e->v.Subscript.ctx; break;
    case KR_EXPR_STARRED: actual = e->v.Starred.ctx; break;
    case KR_EXPR_NAME:
        if (v_name(e->v.Name.id) < 0) goto done;
        actual = e->v.Name.ctx;
        break;
    case KR_EXPR_LIST: actual = e->v.List.ctx; break;
    case KR_EXPR_TUPLE: actual = e->v.Tuple.ctx; break;
    default:
        if (ctx != KR_CTX_LOAD) {
            kr_err_format(kr_exc_ValueError, "expression which can't be assigned to in %s context",
                          ctx_names[ctx]);
            goto done;
        }
        check_ctx = 0;
    }
    if (check_ctx && actual != ctx) {
        kr_err_format(kr_exc_ValueError, "expression must have %s context but has %s instead",
                      ctx_names[ctx], ctx_names[actual >= 1 && actual <= 3 ? actual : 0]);
        goto done;
    }
    switch (e->kind) {
    case KR_EXPR_BOOL_OP:
        if (KR_AST_SEQ_LEN(e->v.BoolOp.values) < 2) { fail("BoolOp with less than 2 values"); goto done; }
        r = v_exprs(e->v.BoolOp.values, KR_CTX_LOAD, 0);
        break;
    case KR_EXPR_BIN_OP:
        r = v_expr(e->v.BinOp.left, KR_CTX_LOAD) < 0 ? -1 : v_expr(e->v.BinOp.right, KR_CTX_LOAD);
        break;
    case KR_EXPR_UNARY_OP: r = v_expr(e->v.UnaryOp.operand, KR_CTX_LOAD); break;
    case KR_EXPR_LAMBDA:
        r = v_arguments(e->v.Lambda.args) < 0 ? -1 : v_expr(e->v.Lambda.body, KR_CTX_LOAD);
        break;
    case KR_EXPR_IF_EXP:
        r = (v_expr(e->v.IfExp.test, KR_CTX_LOAD) < 0 || v_expr(e->v.IfExp.body, KR_CTX_LOAD) < 0)
                ? -1 : v_expr(e->v.IfExp.orelse, KR_CTX_LOAD);
        break;
    case KR_EXPR_DICT:
        if (KR_AST_SEQ_LEN(e->v.Dict.keys) != KR_AST_SEQ_LEN(e->v.Dict.values)) {
            fail("Dict doesn't have the same number of keys as values");
            goto done;
        }
        r = v_exprs(e->v.Dict.keys, KR_CTX_LOAD, 1) < 0 ? -1 : v_exprs(e->v.Dict.values, KR_CTX_LOAD, 0);
        break;
    case KR_EXPR_SET: r = v_exprs(e->v.Set.elts, KR_CTX_LOAD, 0); break;
    case KR_EXPR_LIST_COMP:
        r = v_comprehension(e->v.ListComp.generators) < 0 ? -1 : v_expr(e->v.ListComp.elt, KR_CTX_LOAD);
        break;
    case KR_EXPR_SET_COMP:
        r = v_comprehension(e->v.SetComp.generators) < 0 ? -1 : v_expr(e->v.SetComp.elt, KR_CTX_LOAD);
        break;
    case KR_EXPR_GENERATOR_EXP:
        r = v_comprehension(e->v.GeneratorExp.generators) < 0 ? -1
                : v_expr(e->v.GeneratorExp.elt, KR_CTX_LOAD);
        break;
    case KR_EXPR_DICT_COMP:
        r = (v_comprehension(e->v.DictComp.generators) < 0 || v_expr(e->v.DictComp.key, KR_CTX_LOAD) < 0)
                ? -1 : v_expr(e->v.DictComp.value, KR_CTX_LOAD);
        break;
    case KR_EXPR_YIELD: r = v_opt_expr(e->v.Yield.value, KR_CTX_LOAD); break;
    case KR_EXPR_YIELD_FROM: r = v_expr(e->v.YieldFrom.value, KR_CTX_LOAD); break;
    case KR_EXPR_AWAIT: r = v_expr(e->v.Await.value, KR_CTX_LOAD); break;
    case KR_EXPR_COMPARE:
        if (!KR_AST_SEQ_LEN(e->v.Compare.comparators)) { fail("Compare with no comparators"); goto done; }
        if (KR_AST_SEQ_LEN(e->v.Compare.comparators) != KR_AST_SEQ_LEN(e->v.Compare.ops)) {
            fail("Compare has a different number of comparators and operands");
            goto done;
        }
        r = v_exprs(e->v.Compare.comparators, KR_CTX_LOAD, 0) < 0 ? -1
                : v_expr(e->v.Compare.left, KR_CTX_LOAD);
        break;
    case KR_EXPR_CALL:
        r = (v_expr(e->v.Call.func, KR_CTX_LOAD) < 0 || v_exprs(e->v.Call.args, KR_CTX_LOAD, 0) < 0)
                ? -1 : v_keywords(e->v.Call.keywords);
        break;
    case KR_EXPR_CONSTANT: r = 0; break;   /* checked by the conversion */
    case KR_EXPR_JOINED_STR: r = v_exprs(e->v.JoinedStr.values, KR_CTX_LOAD, 0); break;
    case KR_EXPR_FORMATTED_VALUE:
        r = v_expr(e->v.FormattedValue.value, KR_CTX_LOAD) < 0 ? -1
                : v_opt_expr(e->v.FormattedValue.format_spec, KR_CTX_LOAD);
        break;
    case KR_EXPR_ATTRIBUTE: r = v_expr(e->v.Attribute.value, KR_CTX_LOAD); break;
    case KR_EXPR_SUBSCRIPT:
        r = v_expr(e->v.Subscript.slice, KR_CTX_LOAD) < 0 ? -1 : v_expr(e->v.Subscript.value, KR_CTX_LOAD);
        break;
    case KR_EXPR_STARRED: r = v_expr(e->v.Starred.value, ctx); break;
    case KR_EXPR_SLICE:
        r = (v_opt_expr(e->v.Slice.lower, KR_CTX_LOAD) < 0 || v_opt_expr(e->v.Slice.upper, KR_CTX_LOAD) < 0)
                ? -1 : v_opt_expr(e->v.Slice.step, KR_CTX_LOAD);
        break;
    case KR_EXPR_LIST: r = v_exprs(e->v.List.elts, ctx, 0); break;
    case KR_EXPR_TUPLE: r = v_exprs(e->v.Tuple.elts, ctx, 0); break;
    case KR_EXPR_NAMED_EXPR:
        if (e->v.NamedExpr.target->kind != KR_EXPR_NAME) {
            /* CPython 3.11 compiles other targets outside comprehensions;
             * krait's symtable needs a Name, so it refuses them here */
            fail("NamedExpr target must be a Name");
            goto done;
        }
        r = v_expr(e->v.NamedExpr.value, KR_CTX_LOAD);
        break;
    case KR_EXPR_NAME: r = 0; break;
    default:
        kr_err_set_string(kr_exc_SystemError, "unexpected expression");
    }
done:
    kr_astmodule_depth--;
    return r;
}

/* ---- patterns ---- */

static int v_capture(KrObject *name)
{
    if (kr_str_equal_cstr(name, "_")) {
        kr_err_set_string(kr_exc_ValueError, "can't capture name '_' in patterns");
        return -1;
    }
    return v_name(name);
}

static int v_patterns(KrAstPatternSeq *seq, int star_ok)
{
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(seq); i++) {
        if (!seq->items[i]) return fail("None disallowed in pattern list");
        if (v_pattern(seq->items[i], star_ok) < 0) return -1;
    }
    return 0;
}

/* A MatchValue / mapping key: a constant or a dotted name (CPython's
 * validate_pattern_match_value, simplified to the kinds the compiler takes). */
static int v_match_value(KrAstExpr *e)
{
    if (v_expr(e, KR_CTX_LOAD) < 0) return -1;
    switch (e->kind) {
    case KR_EXPR_CONSTANT: {
        /* True, False and None belong in MatchSingleton; no tuples etc. */
        KrObject *v = e->v.Constant.value;
        if (KR_INT_CHECK_EXACT(v) || KR_FLOAT_CHECK_EXACT(v) || KR_BYTES_CHECK_EXACT(v) ||
            KR_TYPE(v) == &kr_complex_type || KR_STR_CHECK_EXACT(v))
            return 0;
        return fail("unexpected constant inside of a literal pattern");
    }
    case KR_EXPR_ATTRIBUTE:
    case KR_EXPR_JOINED_STR:
        return 0;
    case KR_EXPR_UNARY_OP:
        /* -1, -1j: the compiler checks that folding made a constant */
        if (e->v.UnaryOp.op == KR_UNARY_USUB) return 0;
        break;
    case KR_EXPR_BIN_OP:
        if (e->v.BinOp.op == KR_OP_ADD || e->v.BinOp.op == KR_OP_SUB) return 0;
        break;
    }
    return fail("patterns may only match literals and attribute lookups");
}

static int v_pattern(KrAstPattern *p, int star_ok)
{
    if (kr_astmodule_enter() < 0) return -1;
    int r = -1;
    switch (p->kind) {
    case KR_PAT_MATCH_VALUE: r = v_match_value(p->v.MatchValue.value); break;
    case KR_PAT_MATCH_SINGLETON: {
        KrObject *v = p->v.MatchSingleton.value;
        if (v != KR_NONE && v != KR_TRUE && v != KR_FALSE)
            fail("MatchSingleton can only contain True, False and None");
        else
            r = 0;
        break;
    }
    case KR_PAT_MATCH_SEQUENCE: r = v_patterns(p->v.MatchSequence.patterns, 1); break;
    case KR_PAT_MATCH_MAPPING:
        if (KR_AST_SEQ_LEN(p->v.MatchMapping.keys) != KR_AST_SEQ_LEN(p->v.MatchMapping.patterns)) {
            fail("MatchMapping doesn't have the same number of keys as patterns");
            break;
        }
        if (p->v.MatchMapping.rest && v_capture(p->v.MatchMapping.rest) < 0) break;
        r = 0;
        for (ssize_t i = 0; r == 0 && i < KR_AST_SEQ_LEN(p->v.MatchMapping.keys); i++) {
            KrAstExpr *k = p->v.MatchMapping.keys->items[i];
            if (!k) { r = fail("None disallowed in expression list"); break; }
            KrObject *kv = k->kind == KR_EXPR_CONSTANT ? k->v.Constant.value : NULL;
            if (kv && (kv == KR_NONE || kv == KR_TRUE || kv == KR_FALSE)) continue;
            r = v_match_value(k);
        }
        if (r == 0) r = v_patterns(p->v.MatchMapping.patterns, 0);
        break;
    case KR_PAT_MATCH_CLASS: {
        KrAstExpr *cls = p->v.MatchClass.cls;
        while (cls->kind == KR_EXPR_ATTRIBUTE) cls = cls->v.Attribute.value;
        if (cls->kind != KR_EXPR_NAME) {
            fail("MatchClass cls field can only contain Name or Attribute nodes.");
            break;
        }
        if (v_expr(p->v.MatchClass.cls, KR_CTX_LOAD) < 0) break;
        if (KR_AST_SEQ_LEN(p->v.MatchClass.kwd_attrs) != KR_AST_SEQ_LEN(p->v.MatchClass.kwd_patterns)) {
            fail("MatchClass doesn't have the same number of keyword attributes as patterns");
            break;
        }
        int bad = 0;
        for (ssize_t i = 0; !bad && i < KR_AST_SEQ_LEN(p->v.MatchClass.kwd_attrs); i++)
            bad = v_name(p->v.MatchClass.kwd_attrs->items[i]) < 0;
        if (bad) break;
        r = v_patterns(p->v.MatchClass.patterns, 0) < 0 ? -1 : v_patterns(p->v.MatchClass.kwd_patterns, 0);
        break;
    }
    case KR_PAT_MATCH_STAR:
        if (!star_ok) { fail("can't use MatchStar here"); break; }
        r = p->v.MatchStar.name ? v_capture(p->v.MatchStar.name) : 0;
        break;
    case KR_PAT_MATCH_AS:
        if (p->v.MatchAs.name && v_capture(p->v.MatchAs.name) < 0) break;
        if (!p->v.MatchAs.pattern) { r = 0; break; }
        if (!p->v.MatchAs.name) { fail("MatchAs must specify a target name if a pattern is given"); break; }
        r = v_pattern(p->v.MatchAs.pattern, 0);
        break;
    case KR_PAT_MATCH_OR:
        if (KR_AST_SEQ_LEN(p->v.MatchOr.patterns) < 2) { fail("MatchOr requires at least 2 patterns"); break; }
        r = v_patterns(p->v.MatchOr.patterns, 0);
        break;
    default:
        kr_err_set_string(kr_exc_SystemError, "unexpected pattern");
    }
    kr_astmodule_depth--;
    return r;
}

/* ---- statements ---- */

static int v_try(KrAstStmtSeq *body, KrAstExcepthandlerSeq *handlers, KrAstStmtSeq *orelse,
                 KrAstStmtSeq *finalbody, const char *owner)
{
    if (v_body(body, owner) < 0) return -1;
    if (!KR_AST_SEQ_LEN(handlers) && !KR_AST_SEQ_LEN(finalbody)) {
        kr_err_format(kr_exc_ValueError, "%s has neither except handlers nor finalbody", owner);
        return -1;
    }
    if (!KR_AST_SEQ_LEN(handlers) && KR_AST_SEQ_LEN(orelse)) {
        kr_err_format(kr_exc_ValueError, "%s has orelse but no except handlers", owner);
        return -1;
    }
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(handlers); i++) {
        KrAstExcepthandler *h = handlers->items[i];
        if (v_opt_expr(h->v.ExceptHandler.type, KR_CTX_LOAD) < 0 ||
            v_body(h->v.ExceptHandler.body, "ExceptHandler") < 0)
            return -1;
    }
    if (KR_AST_SEQ_LEN(finalbody) && v_stmts(finalbody) < 0) return -1;
    return KR_AST_SEQ_LEN(orelse) ? v_stmts(orelse) : 0;
}

static int v_stmt(KrAstStmt *s)
{
    if (kr_astmodule_enter() < 0) return -1;
    int r = -1;
    switch (s->kind) {
    case KR_STMT_FUNCTION_DEF:
        if (v_body(s->v.FunctionDef.body, "FunctionDef") < 0 || v_arguments(s->v.FunctionDef.args) < 0 ||
            v_exprs(s->v.FunctionDef.decorator_list, KR_CTX_LOAD, 0) < 0)
            break;
        r = v_opt_expr(s->v.FunctionDef.returns, KR_CTX_LOAD);
        break;
    case KR_STMT_ASYNC_FUNCTION_DEF:
        if (v_body(s->v.AsyncFunctionDef.body, "AsyncFunctionDef") < 0 ||
            v_arguments(s->v.AsyncFunctionDef.args) < 0 ||
            v_exprs(s->v.AsyncFunctionDef.decorator_list, KR_CTX_LOAD, 0) < 0)
            break;
        r = v_opt_expr(s->v.AsyncFunctionDef.returns, KR_CTX_LOAD);
        break;
    case KR_STMT_CLASS_DEF:
        if (v_body(s->v.ClassDef.body, "ClassDef") < 0 || v_exprs(s->v.ClassDef.bases, KR_CTX_LOAD, 0) < 0 ||
            v_keywords(s->v.ClassDef.keywords) < 0)
            break;
        r = v_exprs(s->v.ClassDef.decorator_list, KR_CTX_LOAD, 0);
        break;
    case KR_STMT_RETURN: r = v_opt_expr(s->v.Return.value, KR_CTX_LOAD); break;
    case KR_STMT_DELETE:
        if (v_nonempty(KR_AST_SEQ_LEN(s->v.Delete.targets), "targets", "Delete") < 0) break;
        r = v_exprs(s->v.Delete.targets, KR_CTX_DEL, 0);
        break;
    case KR_STMT_ASSIGN:
        if (v_nonempty(KR_AST_SEQ_LEN(s->v.Assign.targets), "targets", "Assign") < 0 ||
            v_exprs(s->v.Assign.targets, KR_CTX_STORE, 0) < 0)
            break;
        r = v_expr(s->v.Assign.value, KR_CTX_LOAD);
        break;
    case KR_STMT_AUG_ASSIGN:
        r = v_expr(s->v.AugAssign.target, KR_CTX_STORE) < 0 ? -1 : v_expr(s->v.AugAssign.value, KR_CTX_LOAD);
        break;
    case KR_STMT_ANN_ASSIGN:
        if (s->v.AnnAssign.simple && s->v.AnnAssign.target->kind != KR_EXPR_NAME) {
            kr_err_set_string(kr_exc_TypeError, "AnnAssign with simple non-Name target");
            break;
        }
        if (v_expr(s->v.AnnAssign.target, KR_CTX_STORE) < 0 ||
            v_opt_expr(s->v.AnnAssign.value, KR_CTX_LOAD) < 0)
            break;
        r = v_expr(s->v.AnnAssign.annotation, KR_CTX_LOAD);
        break;
    case KR_STMT_FOR:
    case KR_STMT_ASYNC_FOR: {
        int a = s->kind == KR_STMT_ASYNC_FOR;
        KrAstExpr *target = a ? s->v.AsyncFor.target : s->v.For.target;
        KrAstExpr *iter = a ? s->v.AsyncFor.iter : s->v.For.iter;
        if (v_expr(target, KR_CTX_STORE) < 0 || v_expr(iter, KR_CTX_LOAD) < 0 ||
            v_body(a ? s->v.AsyncFor.body : s->v.For.body, a ? "AsyncFor" : "For") < 0)
            break;
        r = v_stmts(a ? s->v.AsyncFor.orelse : s->v.For.orelse);
        break;
    }
    case KR_STMT_WHILE:
        if (v_expr(s->v.While.test, KR_CTX_LOAD) < 0 || v_body(s->v.While.body, "While") < 0) break;
        r = v_stmts(s->v.While.orelse);
        break;
    case KR_STMT_IF:
        if (v_expr(s->v.If.test, KR_CTX_LOAD) < 0 || v_body(s->v.If.body, "If") < 0) break;
        r = v_stmts(s->v.If.orelse);
        break;
    case KR_STMT_WITH:
    case KR_STMT_ASYNC_WITH: {
        int a = s->kind == KR_STMT_ASYNC_WITH;
        KrAstWithitemSeq *items = a ? s->v.AsyncWith.items : s->v.With.items;
        const char *owner = a ? "AsyncWith" : "With";
        if (v_nonempty(KR_AST_SEQ_LEN(items), "items", owner) < 0) break;
        int bad = 0;
        for (ssize_t i = 0; !bad && i < KR_AST_SEQ_LEN(items); i++)
            bad = v_expr(items->items[i]->context_expr, KR_CTX_LOAD) < 0 ||
                  v_opt_expr(items->items[i]->optional_vars, KR_CTX_STORE) < 0;
        if (bad) break;
        r = v_body(a ? s->v.AsyncWith.body : s->v.With.body, owner);
        break;
    }
    case KR_STMT_MATCH: {
        KrAstMatchCaseSeq *cases = s->v.Match.cases;
        if (v_expr(s->v.Match.subject, KR_CTX_LOAD) < 0 ||
            v_nonempty(KR_AST_SEQ_LEN(cases), "cases", "Match") < 0)
            break;
        r = 0;
        for (ssize_t i = 0; r == 0 && i < KR_AST_SEQ_LEN(cases); i++) {
            KrAstMatchCase *mc = cases->items[i];
            if (v_pattern(mc->pattern, 0) < 0 || v_opt_expr(mc->guard, KR_CTX_LOAD) < 0 ||
                v_body(mc->body, "match_case") < 0)
                r = -1;
        }
        break;
    }
    case KR_STMT_RAISE:
        if (s->v.Raise.exc) {
            r = v_expr(s->v.Raise.exc, KR_CTX_LOAD) < 0 ? -1 : v_opt_expr(s->v.Raise.cause, KR_CTX_LOAD);
        } else if (s->v.Raise.cause) {
            fail("Raise with cause but no exception");
        } else {
            r = 0;
        }
        break;
    case KR_STMT_TRY:
        r = v_try(s->v.Try.body, s->v.Try.handlers, s->v.Try.orelse, s->v.Try.finalbody, "Try");
        break;
    case KR_STMT_TRY_STAR:
        r = v_try(s->v.TryStar.body, s->v.TryStar.handlers, s->v.TryStar.orelse, s->v.TryStar.finalbody,
                  "TryStar");
        break;
    case KR_STMT_ASSERT:
        r = v_expr(s->v.Assert.test, KR_CTX_LOAD) < 0 ? -1 : v_opt_expr(s->v.Assert.msg, KR_CTX_LOAD);
        break;
    case KR_STMT_IMPORT: r = v_nonempty(KR_AST_SEQ_LEN(s->v.Import.names), "names", "Import"); break;
    case KR_STMT_IMPORT_FROM:
        if (s->v.ImportFrom.level < 0) { fail("Negative ImportFrom level"); break; }
        r = v_nonempty(KR_AST_SEQ_LEN(s->v.ImportFrom.names), "names", "ImportFrom");
        break;
    case KR_STMT_GLOBAL: r = v_nonempty(KR_AST_SEQ_LEN(s->v.Global.names), "names", "Global"); break;
    case KR_STMT_NONLOCAL: r = v_nonempty(KR_AST_SEQ_LEN(s->v.Nonlocal.names), "names", "Nonlocal"); break;
    case KR_STMT_EXPR: r = v_expr(s->v.Expr.value, KR_CTX_LOAD); break;
    case KR_STMT_PASS:
    case KR_STMT_BREAK:
    case KR_STMT_CONTINUE:
        r = 0;
        break;
    default:
        kr_err_set_string(kr_exc_SystemError, "unexpected statement");
    }
    kr_astmodule_depth--;
    return r;
}

static int v_stmts(KrAstStmtSeq *seq)
{
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(seq); i++) {
        if (!seq->items[i]) return fail("None disallowed in statement list");
        if (v_stmt(seq->items[i]) < 0) return -1;
    }
    return 0;
}

int kr_astmodule_validate(KrAstMod *mod)
{
    switch (mod->kind) {
    case KR_MOD_MODULE: return v_stmts(mod->v.Module.body);
    case KR_MOD_INTERACTIVE: return v_stmts(mod->v.Interactive.body);
    case KR_MOD_EXPRESSION: return v_expr(mod->v.Expression.body, KR_CTX_LOAD);
    case KR_MOD_FUNCTION_TYPE:
        if (v_exprs(mod->v.FunctionType.argtypes, KR_CTX_LOAD, 0) < 0) return -1;
        return v_expr(mod->v.FunctionType.returns, KR_CTX_LOAD);
    }
    kr_err_set_string(kr_exc_SystemError, "impossible module node");
    return -1;
}
