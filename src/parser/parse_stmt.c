/* parse_stmt.c — statements: simple statements (assignments, imports, ...),
 * compound statements and blocks, decorators, def/class, with CPython's
 * messages for the common mistakes (missing ':', missing indented block,
 * invalid assignment targets). */
#include "parser_int.h"
#include "../objects/str.h"
#include "../vm/err.h"
#include <string.h>

#define ARENA (p->arena)

static int parse_statement(KrParser *p, KrPVec *out);

/* The end position of the last statement of a sequence. */
#define SEQ_LAST(s) ((s)->items[(s)->size - 1])
#define BLOCK_END p->blk_end_lineno, p->blk_end_col

/* ---------------------------------------------------------------------------
 * Blocks
 * ------------------------------------------------------------------------ */

KrAstStmtSeq *kr_parse_block(KrParser *p, const char *what, KrToken *kwtok)
{
    KrPVec v;
    kr_pvec_init(&v);
    if (P_ACCEPT(p, KR_TOK_NEWLINE)) {
        if (!P_ACCEPT(p, KR_TOK_INDENT)) {
            if (p->tok_failed) return NULL;
            KrToken *t = P_PEEK(p, 0);
            if (t->type == KR_TOK_DEDENT || t->type == KR_TOK_ENDMARKER) {
                /* at the end of input CPython points after the colon line */
                return kr_parser_error_range(p, kr_exc_IndentationError, t->lineno, t->col_offset,
                                             t->lineno, -2,
                                             "expected an indented block after %s on line %d",
                                             what, kwtok->lineno);
            }
            return kr_parser_error_range(p, kr_exc_IndentationError, t->lineno, t->col_offset,
                                         t->end_lineno, t->end_col_offset,
                                         "expected an indented block after %s on line %d",
                                         what, kwtok->lineno);
        }
        while (!P_IS(p, KR_TOK_DEDENT)) {
            if (P_IS(p, KR_TOK_ENDMARKER)) { kr_pvec_free(&v); return kr_parser_syntax_error(p); }
            if (parse_statement(p, &v) < 0) { kr_pvec_free(&v); return NULL; }
        }
        p->pos++;
        return kr_pvec_to_seq(p, &v);
    }
    /* simple statements on the same line */
    if (parse_statement(p, &v) < 0) { kr_pvec_free(&v); return NULL; }
    return kr_pvec_to_seq(p, &v);
}

/* ---------------------------------------------------------------------------
 * Simple statements
 * ------------------------------------------------------------------------ */

static int augassign_op(int type)
{
    switch (type) {
    case KR_TOK_PLUSEQUAL: return KR_OP_ADD;
    case KR_TOK_MINEQUAL: return KR_OP_SUB;
    case KR_TOK_STAREQUAL: return KR_OP_MULT;
    case KR_TOK_ATEQUAL: return KR_OP_MAT_MULT;
    case KR_TOK_SLASHEQUAL: return KR_OP_DIV;
    case KR_TOK_PERCENTEQUAL: return KR_OP_MOD;
    case KR_TOK_AMPEREQUAL: return KR_OP_BIT_AND;
    case KR_TOK_VBAREQUAL: return KR_OP_BIT_OR;
    case KR_TOK_CIRCUMFLEXEQUAL: return KR_OP_BIT_XOR;
    case KR_TOK_LEFTSHIFTEQUAL: return KR_OP_LSHIFT;
    case KR_TOK_RIGHTSHIFTEQUAL: return KR_OP_RSHIFT;
    case KR_TOK_DOUBLESTAREQUAL: return KR_OP_POW;
    case KR_TOK_DOUBLESLASHEQUAL: return KR_OP_FLOOR_DIV;
    default: return 0;
    }
}

static KrAstExpr *parse_rhs(KrParser *p)
{
    if (P_IS_KW(p, KR_KW_YIELD)) return kr_parse_yield_expr(p);
    return kr_parse_star_expressions(p);
}

/* Would CPython's invalid_named_expression say "... here. Maybe you meant
 * '==' instead of '='?" for this target? */
static int maybe_meant_eq(KrAstExpr *e)
{
    switch (e->kind) {
    case KR_EXPR_BIN_OP: case KR_EXPR_AWAIT: case KR_EXPR_CALL: case KR_EXPR_DICT:
    case KR_EXPR_SET: case KR_EXPR_LIST_COMP: case KR_EXPR_SET_COMP: case KR_EXPR_DICT_COMP:
    case KR_EXPR_JOINED_STR:
        return 1;
    case KR_EXPR_UNARY_OP:
        return e->v.UnaryOp.op != KR_UNARY_NOT;
    case KR_EXPR_CONSTANT: {
        KrObject *v = e->v.Constant.value;
        return v != KR_NONE && v != KR_TRUE && v != KR_FALSE;
    }
    default:
        return 0;
    }
}

static KrAstStmt *parse_expr_stmt(KrParser *p)
{
    KrToken *st = P_PEEK(p, 0);
    KrAstExpr *e = parse_rhs(p);
    if (!e) return NULL;
    KrToken *t = P_PEEK(p, 0);
    if (t->type == KR_TOK_COLON) {
        /* annotated assignment */
        if (e->kind == KR_EXPR_TUPLE || e->kind == KR_EXPR_LIST)
            return kr_parser_error_node(p, e, "only single target (not %s) can be annotated",
                                        e->kind == KR_EXPR_TUPLE ? "tuple" : "list");
        if (e->kind != KR_EXPR_NAME && e->kind != KR_EXPR_ATTRIBUTE && e->kind != KR_EXPR_SUBSCRIPT)
            return kr_parser_error_node(p, e, "illegal target for annotation");
        p->pos++;
        KrAstExpr *ann = kr_parse_expression(p);
        if (!ann) return NULL;
        KrAstExpr *value = NULL;
        if (P_ACCEPT(p, KR_TOK_EQUAL)) {
            value = parse_rhs(p);
            if (!value) return NULL;
        }
        int simple = e->kind == KR_EXPR_NAME && st->type != KR_TOK_LPAR;
        if (kr_parser_set_context(p, e, KR_CTX_STORE, 0) < 0) return NULL;
        return kr_ast_ann_assign(ARENA, e, ann, value, simple, P_EXTRA(st, p));
    }
    if (t->type == KR_TOK_EQUAL) {
        KrPVec targets;
        kr_pvec_init(&targets);
        KrAstExpr *value = e;
        while (P_ACCEPT(p, KR_TOK_EQUAL)) {
            if (kr_pvec_push(&targets, value) < 0) goto fail;
            value = parse_rhs(p);
            if (!value) goto fail;
        }
        for (ssize_t i = 0; i < targets.n; i++) {
            KrAstExpr *tg = targets.items[i];
            if ((tg->kind == KR_EXPR_YIELD || tg->kind == KR_EXPR_YIELD_FROM) &&
                !kr_parser_node_parenthesized(p, tg)) {
                kr_parser_error_node(p, tg, "assignment to yield expression not possible");
                goto fail;
            }
            /* CPython's invalid_named_expression only sees the first target */
            if (i == 0 && targets.n == 1 && kr_parser_invalid_target(tg, 0) &&
                (maybe_meant_eq(tg) || (st->type == KR_TOK_LPAR && tg->kind != KR_EXPR_TUPLE &&
                                        tg->kind != KR_EXPR_GENERATOR_EXP))) {
                kr_parser_error_node(p, tg, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                     kr_parser_expr_name(tg));
                goto fail;
            }
            if (kr_parser_set_context(p, tg, KR_CTX_STORE, 0) < 0) goto fail;
        }
        return kr_ast_assign(ARENA, kr_pvec_to_seq(p, &targets), value, NULL, P_EXTRA(st, p));
    fail:
        kr_pvec_free(&targets);
        return NULL;
    }
    if (t->type == KR_TOK_COLONEQUAL && e->kind != KR_EXPR_NAME)
        return kr_parser_error_node(p, e, "cannot use assignment expressions with %s", kr_parser_expr_name(e));
    int op = augassign_op(t->type);
    if (op) {
        if (e->kind != KR_EXPR_NAME && e->kind != KR_EXPR_ATTRIBUTE && e->kind != KR_EXPR_SUBSCRIPT)
            return kr_parser_error_node(p, e, "'%s' is an illegal expression for augmented assignment",
                                        kr_parser_expr_name(e));
        p->pos++;
        KrAstExpr *value = parse_rhs(p);
        if (!value) return NULL;
        if (kr_parser_set_context(p, e, KR_CTX_STORE, 0) < 0) return NULL;
        return kr_ast_aug_assign(ARENA, e, op, value, P_EXTRA(st, p));
    }
    return kr_ast_expr(ARENA, e, P_EXTRA(st, p));
}

static KrObject *parse_dotted_name(KrParser *p)
{
    KrToken *t = P_PEEK(p, 0);
    if (t->type != KR_TOK_NAME || t->kw) return kr_parser_syntax_error(p);
    p->pos++;
    if (!P_IS(p, KR_TOK_DOT)) return kr_parser_new_identifier(p, t);
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    KrObject *first = kr_parser_new_identifier(p, t);
    if (!first || kr_strbuilder_append_str(&b, first) < 0) goto fail;
    while (P_IS(p, KR_TOK_DOT)) {
        KrToken *n = P_PEEK(p, 1);
        if (n->type != KR_TOK_NAME || n->kw) { p->pos++; kr_parser_syntax_error(p); goto fail; }
        p->pos += 2;
        KrObject *id = kr_parser_new_identifier(p, n);
        if (!id || kr_strbuilder_append_char(&b, '.') < 0 || kr_strbuilder_append_str(&b, id) < 0)
            goto fail;
    }
    KrObject *s = kr_strbuilder_finish(&b);
    if (!s) return NULL;
    kr_str_intern_in_place(&s);
    return kr_parser_own(p, s);
fail:
    kr_strbuilder_discard(&b);
    return NULL;
}

static KrObject *parse_name(KrParser *p)
{
    KrToken *t = P_PEEK(p, 0);
    if (t->type != KR_TOK_NAME || t->kw) return kr_parser_syntax_error(p);
    p->pos++;
    return kr_parser_new_identifier(p, t);
}

static KrAstStmt *parse_import(KrParser *p)
{
    KrToken *st = P_NEXT(p);
    KrPVec v;
    kr_pvec_init(&v);
    do {
        KrToken *nt = P_PEEK(p, 0);
        KrObject *name = parse_dotted_name(p), *as = NULL;
        if (!name) goto fail;
        if (P_ACCEPT_KW(p, KR_KW_AS)) {
            as = parse_name(p);
            if (!as) goto fail;
        }
        KrAstAlias *a = kr_ast_alias(ARENA, name, as, P_EXTRA(nt, p));
        if (!a || kr_pvec_push(&v, a) < 0) goto fail;
    } while (P_ACCEPT(p, KR_TOK_COMMA));
    return kr_ast_import(ARENA, kr_pvec_to_seq(p, &v), P_EXTRA(st, p));
fail:
    kr_pvec_free(&v);
    return NULL;
}

static KrAstStmt *parse_from_import(KrParser *p)
{
    KrToken *st = P_NEXT(p);
    int level = 0;
    for (;;) {
        if (P_ACCEPT(p, KR_TOK_DOT)) level++;
        else if (P_ACCEPT(p, KR_TOK_ELLIPSIS)) level += 3;
        else break;
    }
    KrObject *module = NULL;
    if (!P_IS_KW(p, KR_KW_IMPORT) || level == 0) {
        module = parse_dotted_name(p);
        if (!module) return NULL;
    }
    if (!P_ACCEPT_KW(p, KR_KW_IMPORT)) return kr_parser_syntax_error(p);
    KrPVec v;
    kr_pvec_init(&v);
    KrToken *star = P_PEEK(p, 0);
    if (P_ACCEPT(p, KR_TOK_STAR)) {
        KrAstAlias *a = kr_ast_alias(ARENA, kr_parser_identifier_cstr(p, "*"), NULL, P_EXTRA(star, p));
        if (!a || kr_pvec_push(&v, a) < 0) goto fail;
    } else {
        int paren = P_ACCEPT(p, KR_TOK_LPAR);
        for (;;) {
            KrToken *nt = P_PEEK(p, 0);
            KrObject *name = parse_name(p), *as = NULL;
            if (!name) goto fail;
            if (P_ACCEPT_KW(p, KR_KW_AS)) {
                as = parse_name(p);
                if (!as) goto fail;
            }
            KrAstAlias *a = kr_ast_alias(ARENA, name, as, P_EXTRA(nt, p));
            if (!a || kr_pvec_push(&v, a) < 0) goto fail;
            if (!P_ACCEPT(p, KR_TOK_COMMA)) break;
            if (paren && P_IS(p, KR_TOK_RPAR)) break;
            if (!paren && (P_IS(p, KR_TOK_NEWLINE) || P_IS(p, KR_TOK_SEMI) || P_IS(p, KR_TOK_ENDMARKER))) {
                KrToken *c = P_PEEK(p, 0);
                kr_parser_error_at(p, kr_exc_SyntaxError, c, "trailing comma not allowed without surrounding parentheses");
                goto fail;
            }
        }
        if (paren && kr_parser_expect(p, KR_TOK_RPAR, NULL) < 0) goto fail;
    }
    return kr_ast_import_from(ARENA, module, kr_pvec_to_seq(p, &v), level, P_EXTRA(st, p));
fail:
    kr_pvec_free(&v);
    return NULL;
}

static KrAstStmt *parse_simple_stmt(KrParser *p)
{
    KrToken *t = P_PEEK(p, 0);
    if (t->type == KR_TOK_NAME) {
        switch (t->kw) {
        case KR_KW_PASS: p->pos++; return kr_ast_pass(ARENA, P_EXTRA(t, p));
        case KR_KW_BREAK: p->pos++; return kr_ast_break(ARENA, P_EXTRA(t, p));
        case KR_KW_CONTINUE: p->pos++; return kr_ast_continue(ARENA, P_EXTRA(t, p));
        case KR_KW_RETURN: {
            p->pos++;
            KrAstExpr *v = NULL;
            if (P_IS(p, KR_TOK_STAR) || kr_parser_starts_expression(p)) {
                v = kr_parse_star_expressions(p);
                if (!v) return NULL;
            }
            return kr_ast_return(ARENA, v, P_EXTRA(t, p));
        }
        case KR_KW_RAISE: {
            p->pos++;
            KrAstExpr *exc = NULL, *cause = NULL;
            if (kr_parser_starts_expression(p)) {
                exc = kr_parse_expression(p);
                if (!exc) return NULL;
                if (P_ACCEPT_KW(p, KR_KW_FROM)) {
                    cause = kr_parse_expression(p);
                    if (!cause) return NULL;
                }
            }
            return kr_ast_raise(ARENA, exc, cause, P_EXTRA(t, p));
        }
        case KR_KW_GLOBAL: case KR_KW_NONLOCAL: {
            p->pos++;
            KrPVec v;
            kr_pvec_init(&v);
            do {
                KrObject *n = parse_name(p);
                if (!n || kr_pvec_push(&v, n) < 0) { kr_pvec_free(&v); return NULL; }
            } while (P_ACCEPT(p, KR_TOK_COMMA));
            KrAstIdentifierSeq *names = kr_pvec_to_seq(p, &v);
            if (t->kw == KR_KW_GLOBAL) return kr_ast_global(ARENA, names, P_EXTRA(t, p));
            return kr_ast_nonlocal(ARENA, names, P_EXTRA(t, p));
        }
        case KR_KW_DEL: {
            p->pos++;
            KrPVec v;
            kr_pvec_init(&v);
            do {
                if (P_IS(p, KR_TOK_NEWLINE) || P_IS(p, KR_TOK_SEMI)) break;
                KrAstExpr *e = P_IS(p, KR_TOK_STAR) ? kr_parse_star_named_expression(p) : kr_parse_expression(p);
                if (!e || kr_parser_set_context(p, e, KR_CTX_DEL, 1) < 0 || kr_pvec_push(&v, e) < 0) {
                    kr_pvec_free(&v);
                    return NULL;
                }
            } while (P_ACCEPT(p, KR_TOK_COMMA));
            if (v.n == 0) { kr_pvec_free(&v); return kr_parser_syntax_error(p); }
            return kr_ast_delete(ARENA, kr_pvec_to_seq(p, &v), P_EXTRA(t, p));
        }
        case KR_KW_ASSERT: {
            p->pos++;
            KrAstExpr *test = kr_parse_expression(p), *msg = NULL;
            if (!test) return NULL;
            if (P_ACCEPT(p, KR_TOK_COMMA)) {
                msg = kr_parse_expression(p);
                if (!msg) return NULL;
            }
            return kr_ast_assert(ARENA, test, msg, P_EXTRA(t, p));
        }
        case KR_KW_IMPORT:
            return parse_import(p);
        case KR_KW_FROM:
            return parse_from_import(p);
        default:
            break;
        }
    }
    return parse_expr_stmt(p);
}

/* simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static int parse_simple_stmts(KrParser *p, KrPVec *out)
{
    for (;;) {
        KrAstStmt *s = parse_simple_stmt(p);
        if (!s || kr_pvec_push(out, s) < 0) return -1;
        if (P_ACCEPT(p, KR_TOK_SEMI)) {
            if (P_IS(p, KR_TOK_NEWLINE)) {
                p->blk_end_lineno = P_LAST(p)->end_lineno;
                p->blk_end_col = P_LAST(p)->end_col_offset;
                p->pos++;
                return 0;
            }
            continue;
        }
        if (P_IS(p, KR_TOK_NEWLINE)) {
            p->blk_end_lineno = P_LAST(p)->end_lineno;
            p->blk_end_col = P_LAST(p)->end_col_offset;
            p->pos++;
            return 0;
        }
        if (!kr_err_occurred()) {
            KrAstExpr *v = s->kind == KR_STMT_EXPR ? s->v.Expr.value : NULL;
            if (v && v->kind == KR_EXPR_NAME && !P_IS(p, KR_TOK_LPAR) &&
                (kr_str_equal_cstr(v->v.Name.id, "print") || kr_str_equal_cstr(v->v.Name.id, "exec")) &&
                (P_IS(p, KR_TOK_STAR) || kr_parser_starts_expression(p))) {
                /* Python 2's print statement */
                const char *nm = kr_str_equal_cstr(v->v.Name.id, "print") ? "print" : "exec";
                int mark = P_MARK(p);
                p->speculating++;
                KrAstExpr *b = kr_parse_star_expressions(p);
                p->speculating--;
                if (b) {
                    kr_parser_error_range(p, kr_exc_SyntaxError, E_START(v), E_END(b),
                                          "Missing parentheses in call to '%s'. Did you mean %s(...)?", nm, nm);
                    return -1;
                }
                if (kr_parser_reset(p, mark) < 0) return -1;
            }
            kr_parser_syntax_error(p);
        }
        return -1;
    }
}

/* ---------------------------------------------------------------------------
 * Compound statements
 * ------------------------------------------------------------------------ */

/* if / elif / else. The elif chain nests in the AST (each elif is an If in
 * the previous orelse) but is parsed in a loop, so that long chains cannot
 * exhaust the C stack; like CPython's parser, more than about 6000 elifs
 * give MemoryError. */
#define KR_PARSER_MAX_ELIF 5963

static KrAstStmt *parse_if(KrParser *p)
{
    KrPVec toks, tests, bodies;
    kr_pvec_init(&toks);
    kr_pvec_init(&tests);
    kr_pvec_init(&bodies);
    KrAstStmtSeq *orelse = NULL;
    int is_elif = 0;
    for (;;) {
        KrToken *t = P_NEXT(p); /* 'if' or 'elif' */
        KrAstExpr *test = kr_parse_named_expression(p);
        if (!test || kr_parser_expect_colon(p) < 0) goto fail;
        KrAstStmtSeq *body = kr_parse_block(p, is_elif ? "'elif' statement" : "'if' statement", t);
        if (!body) goto fail;
        if (kr_pvec_push(&toks, t) < 0 || kr_pvec_push(&tests, test) < 0 || kr_pvec_push(&bodies, body) < 0)
            goto fail;
        if (!P_IS_KW(p, KR_KW_ELIF)) break;
        if (toks.n > KR_PARSER_MAX_ELIF) { kr_err_no_memory(); goto fail; }
        is_elif = 1;
    }
    if (P_IS_KW(p, KR_KW_ELSE)) {
        KrToken *et = P_NEXT(p);
        if (kr_parser_expect(p, KR_TOK_COLON, ":") < 0) goto fail;
        orelse = kr_parse_block(p, "'else' statement", et);
        if (!orelse) goto fail;
    }
    /* every If of the chain ends where the last block ends */
    KrAstStmt *node = NULL;
    for (ssize_t i = toks.n - 1; i >= 0; i--) {
        KrToken *t = toks.items[i];
        node = kr_ast_if(ARENA, tests.items[i], bodies.items[i], orelse, P_START(t), BLOCK_END);
        if (!node) goto fail;
        if (i > 0) {
            orelse = (KrAstStmtSeq *)kr_ast_seq_new(ARENA, 1);
            if (!orelse) goto fail;
            orelse->items[0] = node;
        }
    }
    kr_pvec_free(&toks);
    kr_pvec_free(&tests);
    kr_pvec_free(&bodies);
    return node;
fail:
    kr_pvec_free(&toks);
    kr_pvec_free(&tests);
    kr_pvec_free(&bodies);
    return NULL;
}

/* An optional `else:` block (for, while, try). */
static int parse_else(KrParser *p, KrAstStmtSeq **orelse)
{
    *orelse = NULL;
    if (!P_IS_KW(p, KR_KW_ELSE)) return 0;
    KrToken *et = P_NEXT(p);
    if (kr_parser_expect(p, KR_TOK_COLON, ":") < 0) return -1;
    *orelse = kr_parse_block(p, "'else' statement", et);
    return *orelse ? 0 : -1;
}

static KrAstStmt *parse_while(KrParser *p)
{
    KrToken *t = P_NEXT(p);
    KrAstExpr *test = kr_parse_named_expression(p);
    if (!test || kr_parser_expect_colon(p) < 0) return NULL;
    KrAstStmtSeq *body = kr_parse_block(p, "'while' statement", t), *orelse;
    if (!body || parse_else(p, &orelse) < 0) return NULL;
    return kr_ast_while(ARENA, test, body, orelse, P_START(t), BLOCK_END);
}

static KrAstStmt *parse_for(KrParser *p, KrToken *start, int is_async)
{
    KrToken *t = P_NEXT(p); /* 'for' */
    KrAstExpr *target = kr_parse_star_targets(p);
    if (!target) return NULL;
    if (!P_ACCEPT_KW(p, KR_KW_IN)) return kr_parser_syntax_error(p);
    KrAstExpr *iter = kr_parse_star_expressions(p);
    if (!iter || kr_parser_expect_colon(p) < 0) return NULL;
    KrAstStmtSeq *body = kr_parse_block(p, "'for' statement", t), *orelse;
    if (!body || parse_else(p, &orelse) < 0) return NULL;
    if (is_async)
        return kr_ast_async_for(ARENA, target, iter, body, orelse, NULL, P_START(start), BLOCK_END);
    return kr_ast_for(ARENA, target, iter, body, orelse, NULL, P_START(start), BLOCK_END);
}

static KrAstWithitem *parse_with_item(KrParser *p)
{
    KrAstExpr *e = kr_parse_expression(p);
    if (!e) return NULL;
    KrAstExpr *vars = NULL;
    if (P_ACCEPT_KW(p, KR_KW_AS)) {
        KrToken *st = P_PEEK(p, 0);
        if (st->type == KR_TOK_STAR) {
            p->pos++;
            KrAstExpr *v = kr_parse_primary(p);
            if (!v) return NULL;
            vars = kr_ast_starred(ARENA, v, KR_CTX_STORE, P_EXTRA(st, p));
        } else {
            vars = kr_parse_primary(p);
        }
        if (!vars) return NULL;
        if (!P_IS(p, KR_TOK_COMMA) && !P_IS(p, KR_TOK_RPAR) && !P_IS(p, KR_TOK_COLON))
            return kr_parser_syntax_error(p); /* `with a as b + 1:` */
        if (kr_parser_set_context(p, vars, KR_CTX_STORE, 2) < 0) return NULL;
    }
    return kr_ast_withitem(ARENA, e, vars);
}

static KrAstStmt *parse_with(KrParser *p, KrToken *start, int is_async)
{
    KrToken *t = P_NEXT(p); /* 'with' */
    KrPVec v;
    kr_pvec_init(&v);
    if (P_IS(p, KR_TOK_LPAR)) {
        /* with ( items ) : — speculate, fall back to an expression */
        int mark = P_MARK(p);
        p->speculating++;
        p->pos++;
        int ok = 1;
        for (;;) {
            KrAstWithitem *w = parse_with_item(p);
            if (!w || kr_pvec_push(&v, w) < 0) { ok = 0; break; }
            if (!P_ACCEPT(p, KR_TOK_COMMA)) break;
            if (P_IS(p, KR_TOK_RPAR)) break;
        }
        ok = ok && P_ACCEPT(p, KR_TOK_RPAR) && P_IS(p, KR_TOK_COLON);
        p->speculating--;
        if (!ok) {
            kr_pvec_free(&v);
            if (kr_parser_reset(p, mark) < 0) return NULL;
        }
    }
    if (v.n == 0) {
        for (;;) {
            KrAstWithitem *w = parse_with_item(p);
            if (!w || kr_pvec_push(&v, w) < 0) { kr_pvec_free(&v); return NULL; }
            if (!P_ACCEPT(p, KR_TOK_COMMA)) break;
        }
    }
    if (kr_parser_expect_colon(p) < 0) { kr_pvec_free(&v); return NULL; }
    KrAstWithitemSeq *items = kr_pvec_to_seq(p, &v);
    KrAstStmtSeq *body = kr_parse_block(p, "'with' statement", t);
    if (!items || !body) return NULL;
    if (is_async) return kr_ast_async_with(ARENA, items, body, NULL, P_START(start), BLOCK_END);
    return kr_ast_with(ARENA, items, body, NULL, P_START(start), BLOCK_END);
}

static KrAstStmt *parse_try(KrParser *p)
{
    KrToken *t = P_NEXT(p);
    if (kr_parser_expect(p, KR_TOK_COLON, ":") < 0) return NULL;
    KrAstStmtSeq *body = kr_parse_block(p, "'try' statement", t);
    if (!body) return NULL;
    KrPVec handlers;
    kr_pvec_init(&handlers);
    int star = -1;
    int el = p->blk_end_lineno, ec = p->blk_end_col;
    while (P_IS_KW(p, KR_KW_EXCEPT)) {
        KrToken *et = P_NEXT(p);
        int is_star = P_ACCEPT(p, KR_TOK_STAR);
        if (star >= 0 && star != is_star) {
            kr_parser_error_range(p, kr_exc_SyntaxError, P_START(et), P_END(p),
                                  "cannot have both 'except' and 'except*' on the same 'try'");
            goto fail;
        }
        star = is_star;
        KrAstExpr *type = NULL;
        KrObject *name = NULL;
        if (!P_IS(p, KR_TOK_COLON)) {
            type = kr_parse_expression(p);
            if (!type) goto fail;
            if (P_IS(p, KR_TOK_COMMA)) {
                kr_parser_error_range(p, kr_exc_SyntaxError, E_START(type), P_PEEK(p, 1)->end_lineno,
                                      P_PEEK(p, 1)->end_col_offset,
                                      "multiple exception types must be parenthesized");
                goto fail;
            }
            if (P_ACCEPT_KW(p, KR_KW_AS)) {
                name = parse_name(p);
                if (!name) goto fail;
            }
        } else if (is_star) {
            kr_parser_error_at(p, kr_exc_SyntaxError, P_PEEK(p, 0), "expected one or more exception types");
            goto fail;
        }
        if (kr_parser_expect_colon(p) < 0) goto fail;
        KrAstStmtSeq *hb = kr_parse_block(p, is_star ? "'except*' statement" : "'except' statement", et);
        if (!hb) goto fail;
        KrAstExcepthandler *h = kr_ast_except_handler(ARENA, type, name, hb, P_START(et), BLOCK_END);
        if (!h || kr_pvec_push(&handlers, h) < 0) goto fail;
        el = p->blk_end_lineno; ec = p->blk_end_col;
        if (!type && P_IS_KW(p, KR_KW_EXCEPT)) {
            kr_parser_error_range(p, kr_exc_SyntaxError, P_START(et), BLOCK_END,
                                  "default 'except:' must be last");
            goto fail;
        }
    }
    KrAstStmtSeq *orelse = NULL, *finalbody = NULL;
    if (handlers.n > 0) {
        if (parse_else(p, &orelse) < 0) goto fail;
        if (orelse) { el = p->blk_end_lineno; ec = p->blk_end_col; }
    }
    if (P_IS_KW(p, KR_KW_FINALLY)) {
        KrToken *ft = P_NEXT(p);
        if (kr_parser_expect(p, KR_TOK_COLON, ":") < 0) goto fail;
        finalbody = kr_parse_block(p, "'finally' statement", ft);
        if (!finalbody) goto fail;
        el = p->blk_end_lineno; ec = p->blk_end_col;
    } else if (handlers.n == 0) {
        kr_parser_error_range(p, kr_exc_SyntaxError, P_PEEK(p, 0)->lineno, P_PEEK(p, 0)->col_offset,
                              P_PEEK(p, 0)->end_lineno, P_PEEK(p, 0)->end_col_offset,
                              "expected 'except' or 'finally' block");
        goto fail;
    }
    KrAstExcepthandlerSeq *hs = kr_pvec_to_seq(p, &handlers);
    if (star == 1) return kr_ast_try_star(ARENA, body, hs, orelse, finalbody, P_START(t), el, ec);
    return kr_ast_try(ARENA, body, hs, orelse, finalbody, P_START(t), el, ec);
fail:
    kr_pvec_free(&handlers);
    return NULL;
}

static KrAstStmt *parse_funcdef(KrParser *p, KrToken *start, int is_async, KrAstExprSeq *decorators)
{
    KrToken *t = P_NEXT(p); /* 'def' */
    KrObject *name = parse_name(p);
    if (!name) return NULL;
    if (kr_parser_expect(p, KR_TOK_LPAR, "(") < 0) return NULL;
    KrAstArguments *args = kr_parse_params(p, 0);
    if (!args) return NULL;
    if (kr_parser_expect(p, KR_TOK_RPAR, NULL) < 0) return NULL;
    KrAstExpr *returns = NULL;
    if (P_ACCEPT(p, KR_TOK_RARROW)) {
        returns = kr_parse_expression(p);
        if (!returns) return NULL;
    }
    if (kr_parser_expect(p, KR_TOK_COLON, ":") < 0) return NULL;
    KrAstStmtSeq *body = kr_parse_block(p, "function definition", t);
    if (!body) return NULL;
    if (is_async)
        return kr_ast_async_function_def(ARENA, name, args, body, decorators, returns, NULL,
                                         P_START(start), BLOCK_END);
    return kr_ast_function_def(ARENA, name, args, body, decorators, returns, NULL, P_START(start),
                               BLOCK_END);
}

static KrAstStmt *parse_classdef(KrParser *p, KrAstExprSeq *decorators)
{
    KrToken *t = P_NEXT(p); /* 'class' */
    KrObject *name = parse_name(p);
    if (!name) return NULL;
    KrAstExprSeq *bases = NULL;
    KrAstKeywordSeq *kws = NULL;
    if (P_IS(p, KR_TOK_LPAR)) {
        p->class_args = 1;
        int rc = kr_parse_call_args(p, &bases, &kws);
        p->class_args = 0;
        if (rc < 0) return NULL;
    }
    if (kr_parser_expect_colon(p) < 0) return NULL;
    KrAstStmtSeq *body = kr_parse_block(p, "class definition", t);
    if (!body) return NULL;
    return kr_ast_class_def(ARENA, name, bases, kws, body, decorators, P_START(t), BLOCK_END);
}

static KrAstStmt *parse_decorated(KrParser *p)
{
    KrPVec v;
    kr_pvec_init(&v);
    while (P_ACCEPT(p, KR_TOK_AT)) {
        KrAstExpr *e = kr_parse_named_expression(p);
        if (!e || kr_pvec_push(&v, e) < 0) goto fail;
        if (kr_parser_expect(p, KR_TOK_NEWLINE, NULL) < 0) goto fail;
    }
    KrAstExprSeq *decos = kr_pvec_to_seq(p, &v);
    if (!decos) return NULL;
    KrToken *t = P_PEEK(p, 0);
    if (t->kw == KR_KW_DEF) return parse_funcdef(p, t, 0, decos);
    if (t->kw == KR_KW_ASYNC && P_PEEK(p, 1)->kw == KR_KW_DEF) {
        p->pos++;
        return parse_funcdef(p, t, 1, decos);
    }
    if (t->kw == KR_KW_CLASS) return parse_classdef(p, decos);
    return kr_parser_syntax_error(p);
fail:
    kr_pvec_free(&v);
    return NULL;
}

/* One statement line: a compound statement, or simple statements (which
 * may add several to out). 0 or -1. */
static int parse_statement(KrParser *p, KrPVec *out)
{
    KrToken *t = P_PEEK(p, 0);
    KrAstStmt *s = NULL;
    if (t->type == KR_TOK_NAME) {
        switch (t->kw) {
        case KR_KW_IF: s = parse_if(p); goto one;
        case KR_KW_WHILE: s = parse_while(p); goto one;
        case KR_KW_FOR: s = parse_for(p, t, 0); goto one;
        case KR_KW_WITH: s = parse_with(p, t, 0); goto one;
        case KR_KW_TRY: s = parse_try(p); goto one;
        case KR_KW_DEF: s = parse_funcdef(p, t, 0, NULL); goto one;
        case KR_KW_CLASS: s = parse_classdef(p, NULL); goto one;
        case KR_KW_ASYNC: {
            KrToken *n = P_PEEK(p, 1);
            p->pos++;
            if (n->kw == KR_KW_DEF) s = parse_funcdef(p, t, 1, NULL);
            else if (n->kw == KR_KW_FOR) s = parse_for(p, t, 1);
            else if (n->kw == KR_KW_WITH) s = parse_with(p, t, 1);
            else { kr_parser_syntax_error(p); return -1; }
            goto one;
        }
        case 0:
            if (t->end - t->start == 5 && memcmp(t->start, "match", 5) == 0) {
                s = kr_parse_match_stmt(p);
                if (s) goto one;
                if (kr_err_occurred()) return -1;
            }
            break;
        default:
            break;
        }
    } else if (t->type == KR_TOK_AT) {
        s = parse_decorated(p);
        goto one;
    } else if (t->type == KR_TOK_INDENT) {
        kr_parser_syntax_error(p);
        return -1;
    }
    return parse_simple_stmts(p, out);
one:
    if (!s) return -1;
    return kr_pvec_push(out, s);
}

KrAstStmtSeq *kr_parse_statements_file(KrParser *p)
{
    KrPVec v;
    kr_pvec_init(&v);
    for (;;) {
        if (P_IS(p, KR_TOK_ENDMARKER)) break;
        if (P_ACCEPT(p, KR_TOK_NEWLINE)) continue;
        if (parse_statement(p, &v) < 0) { kr_pvec_free(&v); return NULL; }
    }
    if (p->tok_failed) { kr_pvec_free(&v); return NULL; }
    return kr_pvec_to_seq(p, &v);
}

KrAstStmtSeq *kr_parse_interactive(KrParser *p)
{
    KrPVec v;
    kr_pvec_init(&v);
    while (P_ACCEPT(p, KR_TOK_NEWLINE)) {}
    if (P_IS(p, KR_TOK_ENDMARKER)) {
        /* empty input: CPython's interactive rule fails at the end */
        return kr_parser_syntax_error(p);
    }
    if (parse_statement(p, &v) < 0) { kr_pvec_free(&v); return NULL; }
    KrToken *nl = P_LAST(p);
    while (P_ACCEPT(p, KR_TOK_NEWLINE) || P_ACCEPT(p, KR_TOK_DEDENT)) {}
    if (!P_IS(p, KR_TOK_ENDMARKER)) {
        kr_pvec_free(&v);
        return kr_parser_error_at(p, kr_exc_SyntaxError, nl,
                                  "multiple statements found while compiling a single statement");
    }
    if (p->tok_failed) { kr_pvec_free(&v); return NULL; }
    return kr_pvec_to_seq(p, &v);
}
