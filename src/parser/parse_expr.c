/* parse_expr.c — expressions: the precedence ladder from lambda/ternary down
 * to atoms, displays and comprehensions, calls and subscripts, parameters of
 * def/lambda, and the conversion of expressions to assignment targets. */
#include "parser_int.h"
#include "../objects/object.h"
#include "../objects/int.h"
#include "../vm/err.h"
#include <string.h>

#define ARENA (p->arena)

static KrAstExpr *parse_star_expression(KrParser *p);
static KrAstExpr *parse_lambda(KrParser *p);
static KrAstComprehensionSeq *parse_for_if_clauses(KrParser *p);

/* Nesting guard: CPython's parser gives up with MemoryError at about 3000
 * nested levels (its MAXSTACK); so does krait, at the same depths for unary
 * operators, `not`, `**`, lambda and conditional expressions. */
static int depth_enter(KrParser *p)
{
    if (++p->depth > KR_PARSER_MAX_DEPTH) {
        if (!kr_err_occurred()) kr_err_no_memory();
        return -1;
    }
    return 0;
}
#define DEPTH_LEAVE(p) ((p)->depth--)

static int tok_starts_expression(KrToken *t)
{
    switch (t->type) {
    case KR_TOK_NAME:
        switch (t->kw) {
        case 0: case KR_KW_NONE: case KR_KW_TRUE: case KR_KW_FALSE: case KR_KW_NOT:
        case KR_KW_LAMBDA: case KR_KW_AWAIT:
            return 1;
        default:
            return 0;
        }
    case KR_TOK_NUMBER: case KR_TOK_STRING: case KR_TOK_LPAR: case KR_TOK_LSQB:
    case KR_TOK_LBRACE: case KR_TOK_MINUS: case KR_TOK_PLUS: case KR_TOK_TILDE:
    case KR_TOK_ELLIPSIS:
        return 1;
    default:
        return 0;
    }
}

int kr_parser_starts_expression(KrParser *p)
{
    return tok_starts_expression(P_PEEK(p, 0));
}

/* ---------------------------------------------------------------------------
 * Names of expressions for messages (CPython's _PyPegen_get_expr_name)
 * ------------------------------------------------------------------------ */

const char *kr_parser_expr_name(KrAstExpr *e)
{
    switch (e->kind) {
    case KR_EXPR_ATTRIBUTE: return "attribute";
    case KR_EXPR_SUBSCRIPT: return "subscript";
    case KR_EXPR_STARRED: return "starred";
    case KR_EXPR_NAME: return "name";
    case KR_EXPR_LIST: return "list";
    case KR_EXPR_TUPLE: return "tuple";
    case KR_EXPR_LAMBDA: return "lambda";
    case KR_EXPR_CALL: return "function call";
    case KR_EXPR_BOOL_OP: case KR_EXPR_BIN_OP: case KR_EXPR_UNARY_OP: return "expression";
    case KR_EXPR_GENERATOR_EXP: return "generator expression";
    case KR_EXPR_YIELD: case KR_EXPR_YIELD_FROM: return "yield expression";
    case KR_EXPR_AWAIT: return "await expression";
    case KR_EXPR_LIST_COMP: return "list comprehension";
    case KR_EXPR_SET_COMP: return "set comprehension";
    case KR_EXPR_DICT_COMP: return "dict comprehension";
    case KR_EXPR_DICT: return "dict literal";
    case KR_EXPR_SET: return "set display";
    case KR_EXPR_JOINED_STR: case KR_EXPR_FORMATTED_VALUE: return "f-string expression";
    case KR_EXPR_CONSTANT: {
        KrObject *v = e->v.Constant.value;
        if (v == KR_NONE) return "None";
        if (v == KR_TRUE) return "True";
        if (v == KR_FALSE) return "False";
        if (v == KR_ELLIPSIS) return "ellipsis";
        return "literal";
    }
    case KR_EXPR_COMPARE: return "comparison";
    case KR_EXPR_IF_EXP: return "conditional expression";
    case KR_EXPR_NAMED_EXPR: return "named expression";
    }
    return "expression";
}

/* The first sub-expression that cannot be a target (CPython's
 * _PyPegen_get_invalid_target); kind 0 assign, 1 del, 2 for. */
KrAstExpr *kr_parser_invalid_target(KrAstExpr *e, int kind)
{
    if (!e) return NULL;
    switch (e->kind) {
    case KR_EXPR_TUPLE: case KR_EXPR_LIST: {
        KrAstExprSeq *elts = e->kind == KR_EXPR_TUPLE ? e->v.Tuple.elts : e->v.List.elts;
        for (ssize_t i = 0; i < KR_AST_SEQ_LEN(elts); i++) {
            KrAstExpr *c = kr_parser_invalid_target(elts->items[i], kind);
            if (c) return c;
        }
        return NULL;
    }
    case KR_EXPR_STARRED:
        if (kind == 1) return e;
        return kr_parser_invalid_target(e->v.Starred.value, kind);
    case KR_EXPR_COMPARE:
        if (kind == 2) {
            if (e->v.Compare.ops->items[0] == KR_CMP_IN) return kr_parser_invalid_target(e->v.Compare.left, kind);
            return NULL;
        }
        return e;
    case KR_EXPR_NAME: case KR_EXPR_SUBSCRIPT: case KR_EXPR_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

static void set_ctx_rec(KrAstExpr *e, int ctx)
{
    switch (e->kind) {
    case KR_EXPR_NAME: e->v.Name.ctx = ctx; break;
    case KR_EXPR_ATTRIBUTE: e->v.Attribute.ctx = ctx; break;
    case KR_EXPR_SUBSCRIPT: e->v.Subscript.ctx = ctx; break;
    case KR_EXPR_STARRED: e->v.Starred.ctx = ctx; set_ctx_rec(e->v.Starred.value, ctx); break;
    case KR_EXPR_TUPLE:
        e->v.Tuple.ctx = ctx;
        for (ssize_t i = 0; i < KR_AST_SEQ_LEN(e->v.Tuple.elts); i++) set_ctx_rec(e->v.Tuple.elts->items[i], ctx);
        break;
    case KR_EXPR_LIST:
        e->v.List.ctx = ctx;
        for (ssize_t i = 0; i < KR_AST_SEQ_LEN(e->v.List.elts); i++) set_ctx_rec(e->v.List.elts->items[i], ctx);
        break;
    default: break;
    }
}

int kr_parser_set_context(KrParser *p, KrAstExpr *e, int ctx, int kind)
{
    KrAstExpr *bad = kr_parser_invalid_target(e, kind);
    if (bad) {
        if (kind == 1)
            kr_parser_error_node(p, bad, "cannot delete %s", kr_parser_expr_name(bad));
        else
            kr_parser_error_node(p, bad, "cannot assign to %s", kr_parser_expr_name(bad));
        return -1;
    }
    if (kind == 2 && e->kind == KR_EXPR_COMPARE) {
        kr_parser_syntax_error(p);
        return -1;
    }
    set_ctx_rec(e, ctx);
    return 0;
}

/* Whether the token just before node e's first token is '(' (the node was
 * written in parentheses, e.g. a group). Used only for messages. */
int kr_parser_node_parenthesized(KrParser *p, KrAstExpr *e)
{
    for (int i = p->ntoks - 1; i > 0; i--) {
        KrToken *t = p->toks[i];
        if (t->lineno == e->lineno && t->col_offset == e->col_offset)
            return p->toks[i - 1]->type == KR_TOK_LPAR;
        if (t->lineno < e->lineno) break;
    }
    return 0;
}

/* Whether CPython's grammar sees e as a bitwise_or (an operand that can sit
 * before '=' in invalid_named_expression). */
static int is_bitwise_or_level(KrParser *p, KrAstExpr *e)
{
    switch (e->kind) {
    case KR_EXPR_COMPARE: case KR_EXPR_BOOL_OP: case KR_EXPR_IF_EXP: case KR_EXPR_LAMBDA:
    case KR_EXPR_NAMED_EXPR: case KR_EXPR_STARRED:
        return kr_parser_node_parenthesized(p, e);
    case KR_EXPR_UNARY_OP:
        return e->v.UnaryOp.op != KR_UNARY_NOT || kr_parser_node_parenthesized(p, e);
    default:
        return 1;
    }
}

/* ---------------------------------------------------------------------------
 * Missing-comma diagnostics
 * ------------------------------------------------------------------------ */

/* After element `a` inside brackets, the next token is neither a separator
 * nor the closer. If an expression follows, CPython says "Perhaps you forgot
 * a comma?". Always returns NULL with an error set. */
static void *missing_comma_or_error(KrParser *p, KrAstExpr *a)
{
    if (kr_err_occurred()) return NULL;
    KrToken *t = P_PEEK(p, 0);
    if (a && tok_starts_expression(t) && p->tok.level > 0) {
        int mark = P_MARK(p);
        p->speculating++;
        KrAstExpr *b = kr_parse_expression(p);
        p->speculating--;
        if (b) {
            return kr_parser_error_range(p, kr_exc_SyntaxError, E_START(a), E_END(b),
                                         "invalid syntax. Perhaps you forgot a comma?");
        }
        if (kr_parser_reset(p, mark) < 0) return NULL;
    }
    return kr_parser_syntax_error(p);
}

/* ---------------------------------------------------------------------------
 * Atoms
 * ------------------------------------------------------------------------ */

KrAstExpr *kr_parse_strings(KrParser *p)
{
    int first = p->pos;
    while (P_IS(p, KR_TOK_STRING)) p->pos++;
    return kr_parser_concat_strings(p, first, p->pos - 1);
}

/* Elements of a list/tuple/set display after the first one, up to the closer. */
static int parse_display_rest(KrParser *p, KrPVec *v, int closer, KrAstExpr *first)
{
    KrAstExpr *last = first;
    for (;;) {
        if (P_IS(p, closer)) return 0;
        if (!P_ACCEPT(p, KR_TOK_COMMA)) {
            missing_comma_or_error(p, last);
            return -1;
        }
        if (P_IS(p, closer)) return 0;
        KrAstExpr *e = kr_parse_star_named_expression(p);
        if (!e || kr_pvec_push(v, e) < 0) return -1;
        last = e;
    }
}

static KrAstExpr *parse_paren(KrParser *p)
{
    KrToken *open = P_NEXT(p);
    if (P_ACCEPT(p, KR_TOK_RPAR))
        return kr_ast_tuple(ARENA, NULL, KR_CTX_LOAD, P_EXTRA(open, p));
    if (P_IS_KW(p, KR_KW_YIELD)) {
        KrAstExpr *y = kr_parse_yield_expr(p);
        if (!y) return NULL;
        if (kr_parser_expect(p, KR_TOK_RPAR, NULL) < 0) return NULL;
        return y;
    }
    KrAstExpr *first = kr_parse_star_named_expression(p);
    if (!first) return NULL;
    if (P_IS_KW(p, KR_KW_FOR) || (P_IS_KW(p, KR_KW_ASYNC) && P_PEEK(p, 1)->kw == KR_KW_FOR)) {
        if (first->kind == KR_EXPR_STARRED)
            return kr_parser_error_node(p, first, "iterable unpacking cannot be used in comprehension");
        KrAstComprehensionSeq *gens = parse_for_if_clauses(p);
        if (!gens) return NULL;
        if (!P_IS(p, KR_TOK_RPAR)) return missing_comma_or_error(p, NULL);
        p->pos++;
        return kr_ast_generator_exp(ARENA, first, gens, P_EXTRA(open, p));
    }
    if (P_ACCEPT(p, KR_TOK_RPAR)) {
        if (first->kind == KR_EXPR_STARRED)
            return kr_parser_error_node(p, first, "cannot use starred expression here");
        return first;
    }
    if (!P_IS(p, KR_TOK_COMMA)) {
        return missing_comma_or_error(p, first);
    }
    KrPVec v;
    kr_pvec_init(&v);
    if (kr_pvec_push(&v, first) < 0 || parse_display_rest(p, &v, KR_TOK_RPAR, first) < 0) {
        kr_pvec_free(&v);
        return NULL;
    }
    p->pos++;
    return kr_ast_tuple(ARENA, kr_pvec_to_seq(p, &v), KR_CTX_LOAD, P_EXTRA(open, p));
}

static KrAstExpr *parse_list(KrParser *p)
{
    KrToken *open = P_NEXT(p);
    if (P_ACCEPT(p, KR_TOK_RSQB))
        return kr_ast_list(ARENA, NULL, KR_CTX_LOAD, P_EXTRA(open, p));
    KrAstExpr *first = kr_parse_star_named_expression(p);
    if (!first) return NULL;
    if (P_IS_KW(p, KR_KW_FOR) || (P_IS_KW(p, KR_KW_ASYNC) && P_PEEK(p, 1)->kw == KR_KW_FOR)) {
        if (first->kind == KR_EXPR_STARRED)
            return kr_parser_error_node(p, first, "iterable unpacking cannot be used in comprehension");
        KrAstComprehensionSeq *gens = parse_for_if_clauses(p);
        if (!gens) return NULL;
        if (!P_IS(p, KR_TOK_RSQB)) return missing_comma_or_error(p, NULL);
        p->pos++;
        return kr_ast_list_comp(ARENA, first, gens, P_EXTRA(open, p));
    }
    KrPVec v;
    kr_pvec_init(&v);
    if (kr_pvec_push(&v, first) < 0 || parse_display_rest(p, &v, KR_TOK_RSQB, first) < 0) {
        kr_pvec_free(&v);
        return NULL;
    }
    p->pos++;
    return kr_ast_list(ARENA, kr_pvec_to_seq(p, &v), KR_CTX_LOAD, P_EXTRA(open, p));
}

static KrAstExpr *parse_brace(KrParser *p)
{
    KrToken *open = P_NEXT(p);
    if (P_ACCEPT(p, KR_TOK_RBRACE))
        return kr_ast_dict(ARENA, NULL, NULL, P_EXTRA(open, p));
    KrAstExpr *key = NULL, *value;
    if (P_ACCEPT(p, KR_TOK_DOUBLESTAR)) {
        value = kr_parse_bitwise_or(p);
        if (!value) return NULL;
    } else {
        KrAstExpr *first = kr_parse_star_named_expression(p);
        if (!first) return NULL;
        if (!P_IS(p, KR_TOK_COLON)) {
            /* a set */
            if (P_IS_KW(p, KR_KW_FOR) || (P_IS_KW(p, KR_KW_ASYNC) && P_PEEK(p, 1)->kw == KR_KW_FOR)) {
                if (first->kind == KR_EXPR_STARRED)
                    return kr_parser_error_node(p, first, "iterable unpacking cannot be used in comprehension");
                KrAstComprehensionSeq *gens = parse_for_if_clauses(p);
                if (!gens) return NULL;
                if (!P_IS(p, KR_TOK_RBRACE)) return missing_comma_or_error(p, NULL);
                p->pos++;
                return kr_ast_set_comp(ARENA, first, gens, P_EXTRA(open, p));
            }
            KrPVec v;
            kr_pvec_init(&v);
            if (kr_pvec_push(&v, first) < 0 || parse_display_rest(p, &v, KR_TOK_RBRACE, first) < 0) {
                kr_pvec_free(&v);
                return NULL;
            }
            p->pos++;
            return kr_ast_set(ARENA, kr_pvec_to_seq(p, &v), P_EXTRA(open, p));
        }
        if (first->kind == KR_EXPR_STARRED)
            return kr_parser_error_node(p, first, "cannot use a starred expression in a dictionary key");
        p->pos++; /* ':' */
        if (P_IS(p, KR_TOK_RBRACE) || P_IS(p, KR_TOK_COMMA)) {
            KrToken *c = P_LAST(p);
            return kr_parser_error_range(p, kr_exc_SyntaxError, c->lineno, c->col_offset, c->end_lineno,
                                         c->end_col_offset, "expression expected after dictionary key and ':'");
        }
        key = first;
        value = kr_parse_expression(p);
        if (!value) return NULL;
        if (P_IS_KW(p, KR_KW_FOR) || (P_IS_KW(p, KR_KW_ASYNC) && P_PEEK(p, 1)->kw == KR_KW_FOR)) {
            KrAstComprehensionSeq *gens = parse_for_if_clauses(p);
            if (!gens) return NULL;
            if (!P_IS(p, KR_TOK_RBRACE)) return missing_comma_or_error(p, NULL);
            p->pos++;
            return kr_ast_dict_comp(ARENA, key, value, gens, P_EXTRA(open, p));
        }
    }
    KrPVec keys, values;
    kr_pvec_init(&keys);
    kr_pvec_init(&values);
    if (kr_pvec_push(&keys, key) < 0 || kr_pvec_push(&values, value) < 0) goto fail;
    for (;;) {
        if (P_IS(p, KR_TOK_RBRACE)) break;
        if (!P_ACCEPT(p, KR_TOK_COMMA)) { missing_comma_or_error(p, value); goto fail; }
        if (P_IS(p, KR_TOK_RBRACE)) break;
        if (P_ACCEPT(p, KR_TOK_DOUBLESTAR)) {
            key = NULL;
            value = kr_parse_bitwise_or(p);
            if (!value) goto fail;
        } else {
            key = kr_parse_expression(p);
            if (!key) goto fail;
            if (!P_IS(p, KR_TOK_COLON)) {
                if (P_IS(p, KR_TOK_COMMA) || P_IS(p, KR_TOK_RBRACE)) {
                    kr_parser_error_range(p, kr_exc_SyntaxError, E_START(key), key->end_lineno, -1,
                                          "':' expected after dictionary key");
                    goto fail;
                }
                missing_comma_or_error(p, key);
                goto fail;
            }
            p->pos++;
            if (P_IS(p, KR_TOK_RBRACE) || P_IS(p, KR_TOK_COMMA)) {
                KrToken *c = P_LAST(p);
                kr_parser_error_range(p, kr_exc_SyntaxError, c->lineno, c->col_offset, c->end_lineno,
                                      c->end_col_offset, "expression expected after dictionary key and ':'");
                goto fail;
            }
            value = kr_parse_expression(p);
            if (!value) goto fail;
        }
        if (kr_pvec_push(&keys, key) < 0 || kr_pvec_push(&values, value) < 0) goto fail;
    }
    p->pos++;
    KrAstExprSeq *ks = kr_pvec_to_seq(p, &keys);
    KrAstExprSeq *vs = kr_pvec_to_seq(p, &values);
    return kr_ast_dict(ARENA, ks, vs, P_EXTRA(open, p));
fail:
    kr_pvec_free(&keys);
    kr_pvec_free(&values);
    return NULL;
}

static KrAstExpr *parse_atom(KrParser *p)
{
    KrToken *t = P_PEEK(p, 0);
    switch (t->type) {
    case KR_TOK_NAME:
        switch (t->kw) {
        case 0: {
            p->pos++;
            KrObject *id = kr_parser_new_identifier(p, t);
            if (!id) return NULL;
            return kr_ast_name(ARENA, id, KR_CTX_LOAD, P_EXTRA(t, p));
        }
        case KR_KW_NONE: p->pos++; return kr_ast_constant(ARENA, KR_NONE, NULL, P_EXTRA(t, p));
        case KR_KW_TRUE: p->pos++; return kr_ast_constant(ARENA, KR_TRUE, NULL, P_EXTRA(t, p));
        case KR_KW_FALSE: p->pos++; return kr_ast_constant(ARENA, KR_FALSE, NULL, P_EXTRA(t, p));
        default:
            return kr_parser_syntax_error(p);
        }
    case KR_TOK_NUMBER:
        p->pos++;
        return kr_parser_number(p, t);
    case KR_TOK_STRING:
        return kr_parse_strings(p);
    case KR_TOK_ELLIPSIS:
        p->pos++;
        return kr_ast_constant(ARENA, KR_ELLIPSIS, NULL, P_EXTRA(t, p));
    case KR_TOK_LPAR:
        return parse_paren(p);
    case KR_TOK_LSQB:
        return parse_list(p);
    case KR_TOK_LBRACE:
        return parse_brace(p);
    default:
        return kr_parser_syntax_error(p);
    }
}

/* ---------------------------------------------------------------------------
 * Calls and subscripts
 * ------------------------------------------------------------------------ */

/* After '(' has been consumed: arguments up to and including ')'.
 * `open` is the '(' token, used for a lone generator argument. */
static int parse_call_args_inner(KrParser *p, KrToken *open, KrAstExprSeq **args, KrAstKeywordSeq **kws,
                                 int no_genexp)
{
    KrPVec a, k;
    kr_pvec_init(&a);
    kr_pvec_init(&k);
    int seen_kw = 0, seen_dstar = 0;
    KrAstExpr *last = NULL;
    KrToken *first_arg = P_PEEK(p, 0);
    while (!P_IS(p, KR_TOK_RPAR)) {
        KrToken *st = P_PEEK(p, 0);
        KrToken *prev_end = p->pos >= 2 ? p->toks[p->pos - 2] : st; /* end of the previous argument */
        if (P_ACCEPT(p, KR_TOK_STAR)) {
            KrAstExpr *v = kr_parse_expression(p);
            if (!v) goto fail;
            KrAstExpr *s = kr_ast_starred(ARENA, v, KR_CTX_LOAD, P_EXTRA(st, p));
            if (!s) goto fail;
            if (seen_dstar) {
                kr_parser_error_range(p, kr_exc_SyntaxError, P_START(first_arg), prev_end->end_lineno,
                                      prev_end->end_col_offset,
                                      "iterable argument unpacking follows keyword argument unpacking");
                goto fail;
            }
            if (kr_pvec_push(&a, s) < 0) goto fail;
            last = s;
        } else if (P_ACCEPT(p, KR_TOK_DOUBLESTAR)) {
            KrAstExpr *v = kr_parse_expression(p);
            if (!v) goto fail;
            KrAstKeyword *kw = kr_ast_keyword(ARENA, NULL, v, P_EXTRA(st, p));
            if (!kw || kr_pvec_push(&k, kw) < 0) goto fail;
            seen_dstar = 1;
            last = v;
        } else if (st->type == KR_TOK_NAME && P_PEEK(p, 1)->type == KR_TOK_EQUAL) {
            if (st->kw == KR_KW_TRUE || st->kw == KR_KW_FALSE || st->kw == KR_KW_NONE) {
                kr_parser_error_range(p, kr_exc_SyntaxError, st->lineno, st->col_offset,
                                      P_PEEK(p, 1)->end_lineno, P_PEEK(p, 1)->end_col_offset,
                                      "cannot assign to %.*s", (int)(st->end - st->start), st->start);
                goto fail;
            }
            if (st->kw) { kr_parser_syntax_error(p); goto fail; }
            p->pos += 2;
            KrObject *id = kr_parser_new_identifier(p, st);
            if (!id) goto fail;
            KrAstExpr *v = kr_parse_expression(p);
            if (!v) goto fail;
            KrAstKeyword *kw = kr_ast_keyword(ARENA, id, v, P_EXTRA(st, p));
            if (!kw || kr_pvec_push(&k, kw) < 0) goto fail;
            seen_kw = 1;
            last = v;
        } else {
            KrAstExpr *e = kr_parse_named_expression(p);
            if (!e) goto fail;
            if (P_IS_KW(p, KR_KW_FOR) || (P_IS_KW(p, KR_KW_ASYNC) && P_PEEK(p, 1)->kw == KR_KW_FOR)) {
                KrToken *for_tok = P_PEEK(p, 0);
                KrAstComprehensionSeq *gens = parse_for_if_clauses(p);
                if (!gens) goto fail;
                int alone = a.n == 0 && k.n == 0 && P_IS(p, KR_TOK_RPAR);
                if (alone && no_genexp) {
                    /* class C(x for x in y): bases are not a call */
                    kr_parser_error_at(p, kr_exc_SyntaxError, for_tok, "invalid syntax");
                    goto fail;
                }
                if (alone) {
                    KrToken *close = P_PEEK(p, 0);
                    e = kr_ast_generator_exp(ARENA, e, gens, P_START(open), close->end_lineno,
                                             close->end_col_offset);
                } else {
                    KrAstExpr *g = kr_ast_generator_exp(ARENA, e, gens, E_START(e), P_END(p));
                    if (g) kr_parser_error_node(p, g, "Generator expression must be parenthesized");
                    goto fail;
                }
                if (!e) goto fail;
            } else if (P_IS(p, KR_TOK_EQUAL)) {
                KrToken *eq = P_PEEK(p, 0);
                if (e->kind == KR_EXPR_NAMED_EXPR || 1) {
                    kr_parser_error_range(p, kr_exc_SyntaxError, E_START(e), eq->end_lineno, eq->end_col_offset,
                                          "expression cannot contain assignment, perhaps you meant \"==\"?");
                    goto fail;
                }
            }
            if (seen_dstar || seen_kw) {
                /* CPython reports these at the last token it read */
                KrToken *at = P_PEEK(p, 0);
                kr_parser_error_at(p, kr_exc_SyntaxError, at, seen_dstar
                                   ? "positional argument follows keyword argument unpacking"
                                   : "positional argument follows keyword argument");
                goto fail;
            }
            if (kr_pvec_push(&a, e) < 0) goto fail;
            last = e;
        }
        if (!P_ACCEPT(p, KR_TOK_COMMA)) {
            if (P_IS(p, KR_TOK_RPAR)) break;
            missing_comma_or_error(p, last);
            goto fail;
        }
    }
    p->pos++; /* ')' */
    *args = kr_pvec_to_seq(p, &a);
    *kws = kr_pvec_to_seq(p, &k);
    return (*args && *kws) ? 0 : -1;
fail:
    kr_pvec_free(&a);
    kr_pvec_free(&k);
    return -1;
}

int kr_parse_call_args(KrParser *p, KrAstExprSeq **args, KrAstKeywordSeq **kws)
{
    KrToken *open = P_NEXT(p);
    int no_genexp = p->class_args;
    p->class_args = 0;
    return parse_call_args_inner(p, open, args, kws, no_genexp);
}

/* slice: [expression] ':' [expression] [':' [expression]] | named_expression */
static KrAstExpr *parse_slice(KrParser *p)
{
    KrToken *st = P_PEEK(p, 0);
    KrAstExpr *lower = NULL, *upper = NULL, *step = NULL;
    if (P_IS(p, KR_TOK_STAR)) {
        p->pos++;
        KrAstExpr *v = kr_parse_expression(p);
        if (!v) return NULL;
        return kr_ast_starred(ARENA, v, KR_CTX_LOAD, P_EXTRA(st, p));
    }
    if (!P_IS(p, KR_TOK_COLON)) {
        lower = kr_parse_named_expression(p);
        if (!lower) return NULL;
        if (!P_IS(p, KR_TOK_COLON)) return lower;
        if (lower->kind == KR_EXPR_NAMED_EXPR) {
            /* `a[x:=1:2]` is not valid: a slice bound is an expression */
            return kr_parser_syntax_error(p);
        }
    }
    p->pos++; /* ':' */
    if (!P_IS(p, KR_TOK_COLON) && !P_IS(p, KR_TOK_COMMA) && !P_IS(p, KR_TOK_RSQB)) {
        upper = kr_parse_expression(p);
        if (!upper) return NULL;
    }
    if (P_ACCEPT(p, KR_TOK_COLON)) {
        if (!P_IS(p, KR_TOK_COMMA) && !P_IS(p, KR_TOK_RSQB)) {
            step = kr_parse_expression(p);
            if (!step) return NULL;
        }
    }
    return kr_ast_slice(ARENA, lower, upper, step, P_EXTRA(st, p));
}

static KrAstExpr *parse_slices(KrParser *p)
{
    KrToken *st = P_PEEK(p, 0);
    KrAstExpr *first = parse_slice(p);
    if (!first) return NULL;
    if (!P_IS(p, KR_TOK_COMMA)) {
        if (first->kind == KR_EXPR_STARRED) {
            /* a[*b] is a one-element tuple */
            KrPVec v;
            kr_pvec_init(&v);
            if (kr_pvec_push(&v, first) < 0) return NULL;
            return kr_ast_tuple(ARENA, kr_pvec_to_seq(p, &v), KR_CTX_LOAD, P_EXTRA(st, p));
        }
        return first;
    }
    KrPVec v;
    kr_pvec_init(&v);
    if (kr_pvec_push(&v, first) < 0) return NULL;
    while (P_ACCEPT(p, KR_TOK_COMMA)) {
        if (P_IS(p, KR_TOK_RSQB)) break;
        KrAstExpr *e = parse_slice(p);
        if (!e || kr_pvec_push(&v, e) < 0) { kr_pvec_free(&v); return NULL; }
    }
    return kr_ast_tuple(ARENA, kr_pvec_to_seq(p, &v), KR_CTX_LOAD, P_EXTRA(st, p));
}

KrAstExpr *kr_parse_primary(KrParser *p)
{
    KrToken *st = P_PEEK(p, 0);
    KrAstExpr *e = parse_atom(p);
    if (!e) return NULL;
    for (;;) {
        KrToken *t = P_PEEK(p, 0);
        if (t->type == KR_TOK_DOT) {
            p->pos++;
            KrToken *nt = P_PEEK(p, 0);
            if (nt->type != KR_TOK_NAME || nt->kw) return kr_parser_syntax_error(p);
            p->pos++;
            KrObject *id = kr_parser_new_identifier(p, nt);
            if (!id) return NULL;
            e = kr_ast_attribute(ARENA, e, id, KR_CTX_LOAD, P_EXTRA(st, p));
        } else if (t->type == KR_TOK_LPAR) {
            KrAstExprSeq *args;
            KrAstKeywordSeq *kws;
            if (depth_enter(p) < 0) return NULL;
            int rc = kr_parse_call_args(p, &args, &kws);
            DEPTH_LEAVE(p);
            if (rc < 0) return NULL;
            e = kr_ast_call(ARENA, e, args, kws, P_START(st), P_END(p));
        } else if (t->type == KR_TOK_LSQB) {
            p->pos++;
            if (depth_enter(p) < 0) return NULL;
            KrAstExpr *s = parse_slices(p);
            DEPTH_LEAVE(p);
            if (!s) return NULL;
            if (!P_IS(p, KR_TOK_RSQB)) return missing_comma_or_error(p, s);
            p->pos++;
            e = kr_ast_subscript(ARENA, e, s, KR_CTX_LOAD, P_START(st), P_END(p));
        } else {
            return e;
        }
        if (!e) return NULL;
    }
}

/* ---------------------------------------------------------------------------
 * The operator ladder
 * ------------------------------------------------------------------------ */

static KrAstExpr *parse_factor(KrParser *p);

static KrAstExpr *parse_power(KrParser *p)
{
    KrToken *st = P_PEEK(p, 0);
    KrAstExpr *e;
    if (P_IS_KW(p, KR_KW_AWAIT)) {
        p->pos++;
        KrAstExpr *v = kr_parse_primary(p);
        if (!v) return NULL;
        e = kr_ast_await(ARENA, v, P_EXTRA(st, p));
    } else {
        e = kr_parse_primary(p);
    }
    if (!e) return NULL;
    if (P_ACCEPT(p, KR_TOK_DOUBLESTAR)) {
        if (depth_enter(p) < 0) return NULL;
        KrAstExpr *r = parse_factor(p);
        DEPTH_LEAVE(p);
        if (!r) return NULL;
        e = kr_ast_bin_op(ARENA, e, KR_OP_POW, r, P_START(st), P_END(p));
    }
    return e;
}

static KrAstExpr *parse_factor(KrParser *p)
{
    KrToken *t = P_PEEK(p, 0);
    int op;
    switch (t->type) {
    case KR_TOK_PLUS: op = KR_UNARY_UADD; break;
    case KR_TOK_MINUS: op = KR_UNARY_USUB; break;
    case KR_TOK_TILDE: op = KR_UNARY_INVERT; break;
    default: return parse_power(p);
    }
    p->pos++;
    if (depth_enter(p) < 0) return NULL;
    KrAstExpr *e = parse_factor(p);
    DEPTH_LEAVE(p);
    if (!e) return NULL;
    return kr_ast_unary_op(ARENA, op, e, P_START(t), P_END(p));
}

static int term_op(int type)
{
    switch (type) {
    case KR_TOK_STAR: return KR_OP_MULT;
    case KR_TOK_SLASH: return KR_OP_DIV;
    case KR_TOK_DOUBLESLASH: return KR_OP_FLOOR_DIV;
    case KR_TOK_PERCENT: return KR_OP_MOD;
    case KR_TOK_AT: return KR_OP_MAT_MULT;
    default: return 0;
    }
}

static KrAstExpr *parse_term(KrParser *p)
{
    KrToken *st = P_PEEK(p, 0);
    KrAstExpr *e = parse_factor(p);
    while (e) {
        int op = term_op(P_TYPE(p));
        if (!op) return e;
        p->pos++;
        KrAstExpr *r = parse_factor(p);
        if (!r) return NULL;
        e = kr_ast_bin_op(ARENA, e, op, r, P_START(st), P_END(p));
    }
    return e;
}

static KrAstExpr *parse_sum(KrParser *p)
{
    KrToken *st = P_PEEK(p, 0);
    KrAstExpr *e = parse_term(p);
    while (e) {
        int t = P_TYPE(p);
        int op = t == KR_TOK_PLUS ? KR_OP_ADD : t == KR_TOK_MINUS ? KR_OP_SUB : 0;
        if (!op) return e;
        p->pos++;
        KrAstExpr *r = parse_term(p);
        if (!r) return NULL;
        e = kr_ast_bin_op(ARENA, e, op, r, P_START(st), P_END(p));
    }
    return e;
}

static KrAstExpr *parse_shift(KrParser *p)
{
    KrToken *st = P_PEEK(p, 0);
    KrAstExpr *e = parse_sum(p);
    while (e) {
        int t = P_TYPE(p);
        int op = t == KR_TOK_LEFTSHIFT ? KR_OP_LSHIFT : t == KR_TOK_RIGHTSHIFT ? KR_OP_RSHIFT : 0;
        if (!op) return e;
        p->pos++;
        KrAstExpr *r = parse_sum(p);
        if (!r) return NULL;
        e = kr_ast_bin_op(ARENA, e, op, r, P_START(st), P_END(p));
    }
    return e;
}

static KrAstExpr *parse_bitand(KrParser *p)
{
    KrToken *st = P_PEEK(p, 0);
    KrAstExpr *e = parse_shift(p);
    while (e && P_ACCEPT(p, KR_TOK_AMPER)) {
        KrAstExpr *r = parse_shift(p);
        if (!r) return NULL;
        e = kr_ast_bin_op(ARENA, e, KR_OP_BIT_AND, r, P_START(st), P_END(p));
    }
    return e;
}

static KrAstExpr *parse_bitxor(KrParser *p)
{
    KrToken *st = P_PEEK(p, 0);
    KrAstExpr *e = parse_bitand(p);
    while (e && P_ACCEPT(p, KR_TOK_CIRCUMFLEX)) {
        KrAstExpr *r = parse_bitand(p);
        if (!r) return NULL;
        e = kr_ast_bin_op(ARENA, e, KR_OP_BIT_XOR, r, P_START(st), P_END(p));
    }
    return e;
}

KrAstExpr *kr_parse_bitwise_or(KrParser *p)
{
    KrToken *st = P_PEEK(p, 0);
    KrAstExpr *e = parse_bitxor(p);
    while (e && P_ACCEPT(p, KR_TOK_VBAR)) {
        KrAstExpr *r = parse_bitxor(p);
        if (!r) return NULL;
        e = kr_ast_bin_op(ARENA, e, KR_OP_BIT_OR, r, P_START(st), P_END(p));
    }
    return e;
}

/* A comparison operator at the current position (consumed), or 0. */
static int parse_comp_op(KrParser *p)
{
    KrToken *t = P_PEEK(p, 0);
    int op = 0;
    switch (t->type) {
    case KR_TOK_EQEQUAL: op = KR_CMP_EQ; break;
    case KR_TOK_NOTEQUAL:
        if (t->end - t->start == 2 && t->start[0] == '<') return 0; /* '<>' needs Barry */
        op = KR_CMP_NOT_EQ; break;
    case KR_TOK_LESS: op = KR_CMP_LT; break;
    case KR_TOK_LESSEQUAL: op = KR_CMP_LT_E; break;
    case KR_TOK_GREATER: op = KR_CMP_GT; break;
    case KR_TOK_GREATEREQUAL: op = KR_CMP_GT_E; break;
    case KR_TOK_NAME:
        if (t->kw == KR_KW_IN) op = KR_CMP_IN;
        else if (t->kw == KR_KW_NOT && P_PEEK(p, 1)->kw == KR_KW_IN) { p->pos += 2; return KR_CMP_NOT_IN; }
        else if (t->kw == KR_KW_IS) {
            if (P_PEEK(p, 1)->kw == KR_KW_NOT) { p->pos += 2; return KR_CMP_IS_NOT; }
            op = KR_CMP_IS;
        }
        break;
    }
    if (op) p->pos++;
    return op;
}

static KrAstExpr *parse_comparison(KrParser *p)
{
    KrToken *st = P_PEEK(p, 0);
    KrAstExpr *e = kr_parse_bitwise_or(p);
    if (!e) return NULL;
    int op = parse_comp_op(p);
    if (!op) return e;
    KrPVec cmps;
    int opsbuf[64], *ops = opsbuf, nops = 0, capops = 64;
    kr_pvec_init(&cmps);
    while (op) {
        KrAstExpr *r = kr_parse_bitwise_or(p);
        if (!r || kr_pvec_push(&cmps, r) < 0) goto fail;
        if (nops == capops) {
            int *n2 = kr_arena_alloc(ARENA, sizeof(int) * (size_t)capops * 2);
            if (!n2) goto fail;
            memcpy(n2, ops, sizeof(int) * (size_t)nops);
            ops = n2;
            capops *= 2;
        }
        ops[nops++] = op;
        op = parse_comp_op(p);
    }
    KrAstIntSeq *opseq = kr_ast_int_seq_new(ARENA, nops);
    if (!opseq) goto fail;
    memcpy(opseq->items, ops, sizeof(int) * (size_t)nops);
    KrAstExpr *last = cmps.items[cmps.n - 1];
    (void)last;
    return kr_ast_compare(ARENA, e, opseq, kr_pvec_to_seq(p, &cmps), P_START(st), P_END(p));
fail:
    kr_pvec_free(&cmps);
    return NULL;
}

static KrAstExpr *parse_inversion(KrParser *p)
{
    KrToken *t = P_PEEK(p, 0);
    if (t->type == KR_TOK_NAME && t->kw == KR_KW_NOT) {
        p->pos++;
        if (depth_enter(p) < 0) return NULL;
        KrAstExpr *e = parse_inversion(p);
        DEPTH_LEAVE(p);
        if (!e) return NULL;
        return kr_ast_unary_op(ARENA, KR_UNARY_NOT, e, P_START(t), P_END(p));
    }
    return parse_comparison(p);
}

static KrAstExpr *parse_boolop(KrParser *p, int kw, int op, KrAstExpr *(*sub)(KrParser *))
{
    KrToken *st = P_PEEK(p, 0);
    KrAstExpr *e = sub(p);
    if (!e || !P_IS_KW(p, kw)) return e;
    KrPVec v;
    kr_pvec_init(&v);
    if (kr_pvec_push(&v, e) < 0) return NULL;
    KrAstExpr *last = e;
    while (P_ACCEPT_KW(p, kw)) {
        last = sub(p);
        if (!last || kr_pvec_push(&v, last) < 0) { kr_pvec_free(&v); return NULL; }
    }
    (void)last;
    return kr_ast_bool_op(ARENA, op, kr_pvec_to_seq(p, &v), P_START(st), P_END(p));
}

static KrAstExpr *parse_conjunction(KrParser *p)
{
    return parse_boolop(p, KR_KW_AND, KR_BOOL_AND, parse_inversion);
}

KrAstExpr *kr_parse_disjunction(KrParser *p)
{
    return parse_boolop(p, KR_KW_OR, KR_BOOL_OR, parse_conjunction);
}

KrAstExpr *kr_parse_expression(KrParser *p)
{
    if (P_IS_KW(p, KR_KW_LAMBDA)) return parse_lambda(p);
    if (depth_enter(p) < 0) return NULL;
    KrToken *st = P_PEEK(p, 0);
    KrAstExpr *e = kr_parse_disjunction(p);
    if (e && P_IS_KW(p, KR_KW_IF)) {
        p->pos++;
        KrAstExpr *test = kr_parse_disjunction(p);
        if (!test) { DEPTH_LEAVE(p); return NULL; }
        if (!P_ACCEPT_KW(p, KR_KW_ELSE)) {
            DEPTH_LEAVE(p);
            if (p->tok_failed) return NULL;
            KrToken *t = P_PEEK(p, 0);
            if (t->type != KR_TOK_COLON)
                return kr_parser_error_range(p, kr_exc_SyntaxError, E_START(e), E_END(test),
                                             "expected 'else' after 'if' expression");
            return kr_parser_syntax_error(p);
        }
        KrAstExpr *orelse = kr_parse_expression(p);
        if (!orelse) { DEPTH_LEAVE(p); return NULL; }
        e = kr_ast_if_exp(ARENA, test, e, orelse, P_START(st), P_END(p));
    }
    DEPTH_LEAVE(p);
    return e;
}

KrAstExpr *kr_parse_named_expression(KrParser *p)
{
    KrToken *t = P_PEEK(p, 0);
    if (t->type == KR_TOK_NAME && t->kw == 0 && P_PEEK(p, 1)->type == KR_TOK_COLONEQUAL) {
        p->pos += 2;
        KrObject *id = kr_parser_new_identifier(p, t);
        if (!id) return NULL;
        KrAstExpr *target = kr_ast_name(ARENA, id, KR_CTX_STORE, P_START(t), t->end_lineno, t->end_col_offset);
        KrAstExpr *v = kr_parse_expression(p);
        if (!v || !target) return NULL;
        return kr_ast_named_expr(ARENA, target, v, P_START(t), P_END(p));
    }
    KrAstExpr *e = kr_parse_expression(p);
    if (e && P_IS(p, KR_TOK_COLONEQUAL))
        return kr_parser_error_node(p, e, "cannot use assignment expressions with %s", kr_parser_expr_name(e));
    if (e && P_IS(p, KR_TOK_EQUAL) && is_bitwise_or_level(p, e)) {
        /* `if x = 1:` — CPython's invalid_named_expression */
        int mark = P_MARK(p);
        p->pos++;
        p->speculating++;
        KrAstExpr *b = kr_parse_bitwise_or(p);
        p->speculating--;
        if (b && !P_IS(p, KR_TOK_EQUAL) && !P_IS(p, KR_TOK_COLONEQUAL)) {
            if (e->kind == KR_EXPR_NAME)
                return kr_parser_error_range(p, kr_exc_SyntaxError, E_START(e), E_END(b),
                                             "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            int excluded = e->kind == KR_EXPR_LIST || e->kind == KR_EXPR_TUPLE ||
                           e->kind == KR_EXPR_GENERATOR_EXP ||
                           (e->kind == KR_EXPR_CONSTANT && (e->v.Constant.value == KR_TRUE ||
                            e->v.Constant.value == KR_FALSE || e->v.Constant.value == KR_NONE));
            if (!excluded)
                return kr_parser_error_node(p, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                            kr_parser_expr_name(e));
        }
        if (kr_parser_reset(p, mark) < 0) return NULL;
    }
    return e;
}

KrAstExpr *kr_parse_star_named_expression(KrParser *p)
{
    KrToken *t = P_PEEK(p, 0);
    if (t->type == KR_TOK_STAR) {
        p->pos++;
        KrAstExpr *v = kr_parse_bitwise_or(p);
        if (!v) return NULL;
        return kr_ast_starred(ARENA, v, KR_CTX_LOAD, P_START(t), P_END(p));
    }
    return kr_parse_named_expression(p);
}

static KrAstExpr *parse_star_expression(KrParser *p)
{
    KrToken *t = P_PEEK(p, 0);
    if (t->type == KR_TOK_STAR) {
        p->pos++;
        KrAstExpr *v = kr_parse_bitwise_or(p);
        if (!v) return NULL;
        return kr_ast_starred(ARENA, v, KR_CTX_LOAD, P_START(t), P_END(p));
    }
    return kr_parse_expression(p);
}

KrAstExpr *kr_parse_star_expressions(KrParser *p)
{
    KrToken *st = P_PEEK(p, 0);
    KrAstExpr *e = parse_star_expression(p);
    if (!e || !P_IS(p, KR_TOK_COMMA)) return e;
    KrPVec v;
    kr_pvec_init(&v);
    if (kr_pvec_push(&v, e) < 0) return NULL;
    while (P_ACCEPT(p, KR_TOK_COMMA)) {
        if (!P_IS(p, KR_TOK_STAR) && !kr_parser_starts_expression(p)) break;
        KrAstExpr *x = parse_star_expression(p);
        if (!x || kr_pvec_push(&v, x) < 0) { kr_pvec_free(&v); return NULL; }
    }
    return kr_ast_tuple(ARENA, kr_pvec_to_seq(p, &v), KR_CTX_LOAD, P_EXTRA(st, p));
}

KrAstExpr *kr_parse_expressions(KrParser *p)
{
    KrToken *st = P_PEEK(p, 0);
    KrAstExpr *e = kr_parse_expression(p);
    if (!e || !P_IS(p, KR_TOK_COMMA)) return e;
    KrPVec v;
    kr_pvec_init(&v);
    if (kr_pvec_push(&v, e) < 0) return NULL;
    while (P_ACCEPT(p, KR_TOK_COMMA)) {
        if (!kr_parser_starts_expression(p)) break;
        KrAstExpr *x = kr_parse_expression(p);
        if (!x || kr_pvec_push(&v, x) < 0) { kr_pvec_free(&v); return NULL; }
    }
    return kr_ast_tuple(ARENA, kr_pvec_to_seq(p, &v), KR_CTX_LOAD, P_EXTRA(st, p));
}

KrAstExpr *kr_parse_yield_expr(KrParser *p)
{
    KrToken *t = P_NEXT(p); /* 'yield' */
    if (P_ACCEPT_KW(p, KR_KW_FROM)) {
        KrAstExpr *v = kr_parse_expression(p);
        if (!v) return NULL;
        return kr_ast_yield_from(ARENA, v, P_EXTRA(t, p));
    }
    KrAstExpr *v = NULL;
    if (P_IS(p, KR_TOK_STAR) || kr_parser_starts_expression(p)) {
        v = kr_parse_star_expressions(p);
        if (!v) return NULL;
    }
    return kr_ast_yield(ARENA, v, P_EXTRA(t, p));
}

/* ---------------------------------------------------------------------------
 * Targets (for loops, comprehensions)
 * ------------------------------------------------------------------------ */

static KrAstExpr *parse_star_target(KrParser *p)
{
    KrToken *t = P_PEEK(p, 0);
    if (t->type == KR_TOK_STAR) {
        p->pos++;
        if (P_IS(p, KR_TOK_STAR)) return kr_parser_syntax_error(p);
        KrAstExpr *v = parse_star_target(p);
        if (!v) return NULL;
        return kr_ast_starred(ARENA, v, KR_CTX_STORE, P_START(t), P_END(p));
    }
    return kr_parse_primary(p);
}

KrAstExpr *kr_parse_star_targets(KrParser *p)
{
    KrToken *st = P_PEEK(p, 0);
    KrAstExpr *e = parse_star_target(p);
    if (!e) return NULL;
    if (P_IS(p, KR_TOK_COMMA)) {
        KrPVec v;
        kr_pvec_init(&v);
        if (kr_pvec_push(&v, e) < 0) return NULL;
        while (P_ACCEPT(p, KR_TOK_COMMA)) {
            if (!P_IS(p, KR_TOK_STAR) && !kr_parser_starts_expression(p)) break;
            KrAstExpr *x = parse_star_target(p);
            if (!x || kr_pvec_push(&v, x) < 0) { kr_pvec_free(&v); return NULL; }
        }
        e = kr_ast_tuple(ARENA, kr_pvec_to_seq(p, &v), KR_CTX_STORE, P_EXTRA(st, p));
        if (!e) return NULL;
    }
    if (kr_parser_set_context(p, e, KR_CTX_STORE, 2) < 0) return NULL;
    return e;
}

/* ---------------------------------------------------------------------------
 * Comprehensions
 * ------------------------------------------------------------------------ */

static KrAstComprehensionSeq *parse_for_if_clauses(KrParser *p)
{
    KrPVec gens;
    kr_pvec_init(&gens);
    for (;;) {
        int is_async = 0;
        if (P_IS_KW(p, KR_KW_ASYNC) && P_PEEK(p, 1)->kw == KR_KW_FOR) { p->pos++; is_async = 1; }
        if (!P_ACCEPT_KW(p, KR_KW_FOR)) break;
        KrAstExpr *target = kr_parse_star_targets(p);
        if (!target) goto fail;
        if (!P_ACCEPT_KW(p, KR_KW_IN)) {
            if (!p->tok_failed && !kr_err_occurred()) {
                /* `[x for a, b c in y]`: CPython suggests a comma */
                KrAstExpr *lastt = target;
                if (target->kind == KR_EXPR_TUPLE && KR_AST_SEQ_LEN(target->v.Tuple.elts) > 0)
                    lastt = target->v.Tuple.elts->items[target->v.Tuple.elts->size - 1];
                missing_comma_or_error(p, lastt);
            }
            goto fail;
        }
        KrAstExpr *iter = kr_parse_disjunction(p);
        if (!iter) goto fail;
        KrPVec ifs;
        kr_pvec_init(&ifs);
        while (P_ACCEPT_KW(p, KR_KW_IF)) {
            KrAstExpr *c = kr_parse_disjunction(p);
            if (!c || kr_pvec_push(&ifs, c) < 0) { kr_pvec_free(&ifs); goto fail; }
        }
        KrAstComprehension *comp = kr_ast_comprehension(ARENA, target, iter, kr_pvec_to_seq(p, &ifs), is_async);
        if (!comp || kr_pvec_push(&gens, comp) < 0) goto fail;
    }
    return kr_pvec_to_seq(p, &gens);
fail:
    kr_pvec_free(&gens);
    return NULL;
}

/* ---------------------------------------------------------------------------
 * Parameters of def and lambda
 * ------------------------------------------------------------------------ */

static KrAstArg *parse_param(KrParser *p, int is_lambda, int star_annotation)
{
    KrToken *t = P_PEEK(p, 0);
    if (t->type != KR_TOK_NAME || t->kw) return kr_parser_syntax_error(p);
    p->pos++;
    KrObject *id = kr_parser_new_identifier(p, t);
    if (!id) return NULL;
    KrAstExpr *ann = NULL;
    if (!is_lambda && P_ACCEPT(p, KR_TOK_COLON)) {
        ann = star_annotation && P_IS(p, KR_TOK_STAR) ? parse_star_expression(p) : kr_parse_expression(p);
        if (!ann) return NULL;
    }
    return kr_ast_arg(ARENA, id, ann, NULL, P_EXTRA(t, p));
}

KrAstArguments *kr_parse_params(KrParser *p, int is_lambda)
{
    int closer = is_lambda ? KR_TOK_COLON : KR_TOK_RPAR;
    KrPVec posonly, args, defaults, kwonly, kwdefaults;
    kr_pvec_init(&posonly);
    kr_pvec_init(&args);
    kr_pvec_init(&defaults);
    kr_pvec_init(&kwonly);
    kr_pvec_init(&kwdefaults);
    KrAstArg *vararg = NULL, *kwarg = NULL;
    int seen_star = 0, seen_slash = 0, seen_default = 0;
    while (!P_IS(p, closer)) {
        KrToken *t = P_PEEK(p, 0);
        if (kwarg) {
            kr_parser_error_at(p, kr_exc_SyntaxError, t, "arguments cannot follow var-keyword argument");
            goto fail;
        }
        if (t->type == KR_TOK_SLASH) {
            if (seen_slash) { kr_parser_error_at(p, kr_exc_SyntaxError, t, "/ may appear only once"); goto fail; }
            if (seen_star) { kr_parser_error_at(p, kr_exc_SyntaxError, t, "/ must be ahead of *"); goto fail; }
            if (args.n == 0) { kr_parser_syntax_error(p); goto fail; }
            p->pos++;
            seen_slash = 1;
            for (ssize_t i = 0; i < args.n; i++)
                if (kr_pvec_push(&posonly, args.items[i]) < 0) goto fail;
            args.n = 0;
        } else if (t->type == KR_TOK_STAR) {
            if (seen_star) { kr_parser_error_at(p, kr_exc_SyntaxError, t, "* argument may appear only once"); goto fail; }
            p->pos++;
            seen_star = 1;
            if (P_IS(p, KR_TOK_COMMA) || P_IS(p, closer)) {
                KrToken *nx = P_PEEK(p, P_IS(p, KR_TOK_COMMA) ? 1 : 0);
                if (P_IS(p, closer) || nx->type == closer ||
                    (nx->type == KR_TOK_DOUBLESTAR)) {
                    kr_parser_error_at(p, kr_exc_SyntaxError, t, "named arguments must follow bare *");
                    goto fail;
                }
            } else {
                vararg = parse_param(p, is_lambda, 1);
                if (!vararg) goto fail;
                if (P_IS(p, KR_TOK_EQUAL)) {
                    kr_parser_error_at(p, kr_exc_SyntaxError, P_PEEK(p, 0), "var-positional argument cannot have default value");
                    goto fail;
                }
            }
        } else if (t->type == KR_TOK_DOUBLESTAR) {
            p->pos++;
            kwarg = parse_param(p, is_lambda, 0);
            if (!kwarg) goto fail;
            if (P_IS(p, KR_TOK_EQUAL)) {
                kr_parser_error_at(p, kr_exc_SyntaxError, P_PEEK(p, 0), "var-keyword argument cannot have default value");
                goto fail;
            }
        } else {
            KrAstArg *a = parse_param(p, is_lambda, 0);
            if (!a) goto fail;
            KrAstExpr *dflt = NULL;
            if (P_ACCEPT(p, KR_TOK_EQUAL)) {
                dflt = kr_parse_expression(p);
                if (!dflt) goto fail;
            }
            if (seen_star) {
                if (kr_pvec_push(&kwonly, a) < 0 || kr_pvec_push(&kwdefaults, dflt) < 0) goto fail;
            } else {
                if (dflt) {
                    seen_default = 1;
                    if (kr_pvec_push(&defaults, dflt) < 0) goto fail;
                } else if (seen_default) {
                    kr_parser_error_range(p, kr_exc_SyntaxError, a->lineno, a->col_offset, a->end_lineno,
                                          a->end_col_offset, "non-default argument follows default argument");
                    goto fail;
                }
                if (kr_pvec_push(&args, a) < 0) goto fail;
            }
        }
        if (!P_ACCEPT(p, KR_TOK_COMMA)) {
            if (P_IS(p, closer)) break;
            if (!kr_err_occurred()) {
                if (is_lambda || !P_IS(p, KR_TOK_EQUAL)) kr_parser_syntax_error(p);
                else kr_parser_syntax_error(p);
            }
            goto fail;
        }
    }
    KrAstArgSeq *po = kr_pvec_to_seq(p, &posonly);
    KrAstArgSeq *as = kr_pvec_to_seq(p, &args);
    KrAstExprSeq *ds = kr_pvec_to_seq(p, &defaults);
    KrAstArgSeq *ko = kr_pvec_to_seq(p, &kwonly);
    KrAstExprSeq *kd = kr_pvec_to_seq(p, &kwdefaults);
    if (!po || !as || !ds || !ko || !kd) return NULL;
    return kr_ast_arguments(ARENA, po, as, vararg, ko, kd, kwarg, ds);
fail:
    kr_pvec_free(&posonly);
    kr_pvec_free(&args);
    kr_pvec_free(&defaults);
    kr_pvec_free(&kwonly);
    kr_pvec_free(&kwdefaults);
    return NULL;
}

static KrAstExpr *parse_lambda(KrParser *p)
{
    KrToken *t = P_NEXT(p); /* 'lambda' */
    KrAstArguments *args = kr_parse_params(p, 1);
    if (!args) return NULL;
    if (kr_parser_expect(p, KR_TOK_COLON, NULL) < 0) return NULL;
    if (depth_enter(p) < 0) return NULL;
    KrAstExpr *body = kr_parse_expression(p);
    DEPTH_LEAVE(p);
    if (!body) return NULL;
    return kr_ast_lambda(ARENA, args, body, P_START(t), P_END(p));
}
