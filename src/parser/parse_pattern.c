/* parse_pattern.c — the match statement (PEP 634): the `match` soft keyword
 * test, case blocks and every pattern kind (literal, capture, wildcard,
 * value, group, sequence, mapping, class, star, or, as). */
#include "parser_int.h"
#include "../objects/float.h"
#include "../vm/err.h"
#include <string.h>

#define ARENA (p->arena)

static KrAstPattern *parse_pattern(KrParser *p);

static int is_name_tok(KrToken *t) { return t->type == KR_TOK_NAME && t->kw == 0; }
static int is_wildcard(KrToken *t) { return kr_parser_tok_is(t, "_"); }

/* ---------------------------------------------------------------------------
 * Literals and values
 * ------------------------------------------------------------------------ */

static int number_is_imag(KrToken *t)
{
    char c = t->end[-1];
    return c == 'j' || c == 'J';
}

/* signed_number / complex_number; `t` is the current token. */
static KrAstExpr *parse_signed_number(KrParser *p)
{
    KrToken *st = P_PEEK(p, 0);
    KrAstExpr *e;
    int neg = P_ACCEPT(p, KR_TOK_MINUS);
    KrToken *nt = P_PEEK(p, 0);
    if (nt->type != KR_TOK_NUMBER) return kr_parser_syntax_error(p);
    p->pos++;
    e = kr_parser_number(p, nt);
    if (!e) return NULL;
    if (neg) {
        e = kr_ast_unary_op(ARENA, KR_UNARY_USUB, e, P_START(st), P_END(p));
        if (!e) return NULL;
    }
    if (P_IS(p, KR_TOK_PLUS) || P_IS(p, KR_TOK_MINUS)) {
        int op = P_IS(p, KR_TOK_PLUS) ? KR_OP_ADD : KR_OP_SUB;
        if (number_is_imag(nt))
            return kr_parser_error_node(p, e, "real number required in complex literal");
        p->pos++;
        KrToken *it = P_PEEK(p, 0);
        if (it->type != KR_TOK_NUMBER) return kr_parser_syntax_error(p);
        p->pos++;
        KrAstExpr *im = kr_parser_number(p, it);
        if (!im) return NULL;
        if (!number_is_imag(it))
            return kr_parser_error_node(p, im, "imaginary number required in complex literal");
        e = kr_ast_bin_op(ARENA, e, op, im, P_START(st), P_END(p));
    }
    return e;
}

/* name_or_attr: NAME ('.' NAME)* as Name / Attribute (Load). */
static KrAstExpr *parse_name_or_attr(KrParser *p)
{
    KrToken *t = P_NEXT(p);
    KrObject *id = kr_parser_new_identifier(p, t);
    if (!id) return NULL;
    KrAstExpr *e = kr_ast_name(ARENA, id, KR_CTX_LOAD, P_EXTRA(t, p));
    while (e && P_IS(p, KR_TOK_DOT)) {
        p->pos++;
        KrToken *n = P_PEEK(p, 0);
        if (!is_name_tok(n)) return kr_parser_syntax_error(p);
        p->pos++;
        KrObject *a = kr_parser_new_identifier(p, n);
        if (!a) return NULL;
        e = kr_ast_attribute(ARENA, e, a, KR_CTX_LOAD, P_EXTRA(t, p));
    }
    return e;
}

/* A mapping key: literal_expr | attr */
static KrAstExpr *parse_mapping_key(KrParser *p)
{
    KrToken *t = P_PEEK(p, 0);
    if (t->type == KR_TOK_NUMBER || t->type == KR_TOK_MINUS) return parse_signed_number(p);
    if (t->type == KR_TOK_STRING) return kr_parse_strings(p);
    if (t->type == KR_TOK_NAME) {
        if (t->kw == KR_KW_NONE) { p->pos++; return kr_ast_constant(ARENA, KR_NONE, NULL, P_EXTRA(t, p)); }
        if (t->kw == KR_KW_TRUE) { p->pos++; return kr_ast_constant(ARENA, KR_TRUE, NULL, P_EXTRA(t, p)); }
        if (t->kw == KR_KW_FALSE) { p->pos++; return kr_ast_constant(ARENA, KR_FALSE, NULL, P_EXTRA(t, p)); }
        if (t->kw == 0 && P_PEEK(p, 1)->type == KR_TOK_DOT) return parse_name_or_attr(p);
    }
    return kr_parser_syntax_error(p);
}

/* ---------------------------------------------------------------------------
 * Patterns
 * ------------------------------------------------------------------------ */

static KrObject *parse_capture_target(KrParser *p)
{
    KrToken *t = P_PEEK(p, 0);
    if (!is_name_tok(t) || is_wildcard(t)) return kr_parser_syntax_error(p);
    p->pos++;
    return kr_parser_new_identifier(p, t);
}

/* star_pattern: '*' (capture | '_') */
static KrAstPattern *parse_star_pattern(KrParser *p)
{
    KrToken *st = P_NEXT(p);
    KrToken *t = P_PEEK(p, 0);
    if (is_wildcard(t)) {
        p->pos++;
        return kr_ast_match_star(ARENA, NULL, P_EXTRA(st, p));
    }
    KrObject *name = parse_capture_target(p);
    if (!name) return NULL;
    return kr_ast_match_star(ARENA, name, P_EXTRA(st, p));
}

static KrAstPattern *parse_maybe_star_pattern(KrParser *p)
{
    if (P_IS(p, KR_TOK_STAR)) return parse_star_pattern(p);
    return parse_pattern(p);
}

/* Elements of a sequence pattern up to `closer` (not consumed). */
static int parse_sequence_items(KrParser *p, KrPVec *v, int closer, int *saw_comma)
{
    *saw_comma = 0;
    while (!P_IS(p, closer)) {
        KrAstPattern *x = parse_maybe_star_pattern(p);
        if (!x || kr_pvec_push(v, x) < 0) return -1;
        if (!P_ACCEPT(p, KR_TOK_COMMA)) break;
        *saw_comma = 1;
    }
    if (!P_IS(p, closer)) { kr_parser_syntax_error(p); return -1; }
    return 0;
}

static KrAstPattern *parse_mapping_pattern(KrParser *p)
{
    KrToken *open = P_NEXT(p);
    KrPVec keys, pats;
    kr_pvec_init(&keys);
    kr_pvec_init(&pats);
    KrObject *rest = NULL;
    while (!P_IS(p, KR_TOK_RBRACE)) {
        if (P_ACCEPT(p, KR_TOK_DOUBLESTAR)) {
            rest = parse_capture_target(p);
            if (!rest) goto fail;
            P_ACCEPT(p, KR_TOK_COMMA);
            if (!P_IS(p, KR_TOK_RBRACE)) { kr_parser_syntax_error(p); goto fail; }
            break;
        }
        KrAstExpr *k = parse_mapping_key(p);
        if (!k) goto fail;
        if (kr_parser_expect(p, KR_TOK_COLON, NULL) < 0) goto fail;
        KrAstPattern *v = parse_pattern(p);
        if (!v || kr_pvec_push(&keys, k) < 0 || kr_pvec_push(&pats, v) < 0) goto fail;
        if (!P_ACCEPT(p, KR_TOK_COMMA)) break;
    }
    if (kr_parser_expect(p, KR_TOK_RBRACE, NULL) < 0) goto fail;
    KrAstExprSeq *ks = kr_pvec_to_seq(p, &keys);
    KrAstPatternSeq *ps = kr_pvec_to_seq(p, &pats);
    return kr_ast_match_mapping(ARENA, ks, ps, rest, P_EXTRA(open, p));
fail:
    kr_pvec_free(&keys);
    kr_pvec_free(&pats);
    return NULL;
}

static KrAstPattern *parse_class_pattern(KrParser *p, KrAstExpr *cls)
{
    p->pos++; /* '(' */
    KrPVec pats, kwnames, kwpats;
    kr_pvec_init(&pats);
    kr_pvec_init(&kwnames);
    kr_pvec_init(&kwpats);
    while (!P_IS(p, KR_TOK_RPAR)) {
        KrToken *t = P_PEEK(p, 0);
        if (is_name_tok(t) && P_PEEK(p, 1)->type == KR_TOK_EQUAL) {
            p->pos += 2;
            KrObject *id = kr_parser_new_identifier(p, t);
            KrAstPattern *v = id ? parse_pattern(p) : NULL;
            if (!v || kr_pvec_push(&kwnames, id) < 0 || kr_pvec_push(&kwpats, v) < 0) goto fail;
        } else {
            KrAstPattern *v = parse_pattern(p);
            if (!v) goto fail;
            if (kwnames.n > 0) {
                kr_parser_error_range(p, kr_exc_SyntaxError, v->lineno, v->col_offset, v->end_lineno,
                                      v->end_col_offset, "positional patterns follow keyword patterns");
                goto fail;
            }
            if (kr_pvec_push(&pats, v) < 0) goto fail;
        }
        if (!P_ACCEPT(p, KR_TOK_COMMA)) break;
    }
    if (kr_parser_expect(p, KR_TOK_RPAR, NULL) < 0) goto fail;
    KrAstPatternSeq *ps = kr_pvec_to_seq(p, &pats);
    KrAstIdentifierSeq *kn = kr_pvec_to_seq(p, &kwnames);
    KrAstPatternSeq *kp = kr_pvec_to_seq(p, &kwpats);
    return kr_ast_match_class(ARENA, cls, ps, kn, kp, E_START(cls), P_END(p));
fail:
    kr_pvec_free(&pats);
    kr_pvec_free(&kwnames);
    kr_pvec_free(&kwpats);
    return NULL;
}

static KrAstPattern *parse_closed_pattern(KrParser *p)
{
    KrToken *t = P_PEEK(p, 0);
    switch (t->type) {
    case KR_TOK_NUMBER: case KR_TOK_MINUS: {
        KrAstExpr *v = parse_signed_number(p);
        if (!v) return NULL;
        return kr_ast_match_value(ARENA, v, E_START(v), E_END(v));
    }
    case KR_TOK_STRING: {
        KrAstExpr *v = kr_parse_strings(p);
        if (!v) return NULL;
        return kr_ast_match_value(ARENA, v, E_START(v), E_END(v));
    }
    case KR_TOK_LPAR: {
        p->pos++;
        if (P_ACCEPT(p, KR_TOK_RPAR))
            return kr_ast_match_sequence(ARENA, NULL, P_EXTRA(t, p));
        KrAstPattern *first = parse_maybe_star_pattern(p);
        if (!first) return NULL;
        if (P_ACCEPT(p, KR_TOK_RPAR)) {
            if (first->kind == KR_PAT_MATCH_STAR) {
                KrPVec v;
                kr_pvec_init(&v);
                if (kr_pvec_push(&v, first) < 0) return NULL;
                return kr_ast_match_sequence(ARENA, kr_pvec_to_seq(p, &v), P_EXTRA(t, p));
            }
            return first; /* group */
        }
        if (kr_parser_expect(p, KR_TOK_COMMA, NULL) < 0) return NULL;
        KrPVec v;
        kr_pvec_init(&v);
        int saw;
        if (kr_pvec_push(&v, first) < 0 || parse_sequence_items(p, &v, KR_TOK_RPAR, &saw) < 0) {
            kr_pvec_free(&v);
            return NULL;
        }
        p->pos++;
        return kr_ast_match_sequence(ARENA, kr_pvec_to_seq(p, &v), P_EXTRA(t, p));
    }
    case KR_TOK_LSQB: {
        p->pos++;
        KrPVec v;
        kr_pvec_init(&v);
        int saw;
        if (parse_sequence_items(p, &v, KR_TOK_RSQB, &saw) < 0) { kr_pvec_free(&v); return NULL; }
        p->pos++;
        return kr_ast_match_sequence(ARENA, kr_pvec_to_seq(p, &v), P_EXTRA(t, p));
    }
    case KR_TOK_LBRACE:
        return parse_mapping_pattern(p);
    case KR_TOK_NAME:
        if (t->kw == KR_KW_NONE || t->kw == KR_KW_TRUE || t->kw == KR_KW_FALSE) {
            p->pos++;
            KrObject *v = t->kw == KR_KW_NONE ? KR_NONE : t->kw == KR_KW_TRUE ? KR_TRUE : KR_FALSE;
            return kr_ast_match_singleton(ARENA, v, P_EXTRA(t, p));
        }
        if (t->kw) break;
        {
            KrToken *n = P_PEEK(p, 1);
            if (n->type != KR_TOK_DOT && n->type != KR_TOK_LPAR) {
                p->pos++;
                if (is_wildcard(t)) return kr_ast_match_as(ARENA, NULL, NULL, P_EXTRA(t, p));
                if (n->type == KR_TOK_EQUAL) return kr_parser_syntax_error(p);
                KrObject *id = kr_parser_new_identifier(p, t);
                if (!id) return NULL;
                return kr_ast_match_as(ARENA, NULL, id, P_EXTRA(t, p));
            }
            KrAstExpr *e = parse_name_or_attr(p);
            if (!e) return NULL;
            if (P_IS(p, KR_TOK_LPAR)) return parse_class_pattern(p, e);
            return kr_ast_match_value(ARENA, e, E_START(e), E_END(e));
        }
    default:
        break;
    }
    return kr_parser_syntax_error(p);
}

static KrAstPattern *parse_or_pattern(KrParser *p)
{
    KrToken *st = P_PEEK(p, 0);
    KrAstPattern *first = parse_closed_pattern(p);
    if (!first || !P_IS(p, KR_TOK_VBAR)) return first;
    KrPVec v;
    kr_pvec_init(&v);
    if (kr_pvec_push(&v, first) < 0) return NULL;
    KrAstPattern *last = first;
    while (P_ACCEPT(p, KR_TOK_VBAR)) {
        last = parse_closed_pattern(p);
        if (!last || kr_pvec_push(&v, last) < 0) { kr_pvec_free(&v); return NULL; }
    }
    (void)last;
    return kr_ast_match_or(ARENA, kr_pvec_to_seq(p, &v), P_EXTRA(st, p));
}

static KrAstPattern *parse_pattern(KrParser *p)
{
    KrToken *st = P_PEEK(p, 0);
    KrAstPattern *pat = parse_or_pattern(p);
    if (!pat) return NULL;
    if (P_ACCEPT_KW(p, KR_KW_AS)) {
        KrToken *t = P_PEEK(p, 0);
        if (is_wildcard(t))
            return kr_parser_error_at(p, kr_exc_SyntaxError, t, "cannot use '_' as a target");
        KrObject *name = parse_capture_target(p);
        if (!name) return NULL;
        return kr_ast_match_as(ARENA, pat, name, P_EXTRA(st, p));
    }
    return pat;
}

/* patterns: open_sequence_pattern | pattern */
static KrAstPattern *parse_patterns(KrParser *p)
{
    KrToken *st = P_PEEK(p, 0);
    KrAstPattern *first = parse_maybe_star_pattern(p);
    if (!first) return NULL;
    if (!P_IS(p, KR_TOK_COMMA)) {
        if (first->kind == KR_PAT_MATCH_STAR) return kr_parser_syntax_error(p);
        return first;
    }
    KrPVec v;
    kr_pvec_init(&v);
    if (kr_pvec_push(&v, first) < 0) return NULL;
    while (P_ACCEPT(p, KR_TOK_COMMA)) {
        if (P_IS(p, KR_TOK_COLON) || P_IS_KW(p, KR_KW_IF)) break;
        KrAstPattern *x = parse_maybe_star_pattern(p);
        if (!x || kr_pvec_push(&v, x) < 0) { kr_pvec_free(&v); return NULL; }
    }
    return kr_ast_match_sequence(ARENA, kr_pvec_to_seq(p, &v), P_EXTRA(st, p));
}

/* ---------------------------------------------------------------------------
 * The statement
 * ------------------------------------------------------------------------ */

static KrAstExpr *parse_subject(KrParser *p)
{
    KrToken *st = P_PEEK(p, 0);
    KrAstExpr *first = kr_parse_star_named_expression(p);
    if (!first) return NULL;
    if (!P_IS(p, KR_TOK_COMMA)) {
        if (first->kind == KR_EXPR_STARRED) return kr_parser_syntax_error(p);
        return first;
    }
    KrPVec v;
    kr_pvec_init(&v);
    if (kr_pvec_push(&v, first) < 0) return NULL;
    while (P_ACCEPT(p, KR_TOK_COMMA)) {
        if (!P_IS(p, KR_TOK_STAR) && !kr_parser_starts_expression(p)) break;
        KrAstExpr *x = kr_parse_star_named_expression(p);
        if (!x || kr_pvec_push(&v, x) < 0) { kr_pvec_free(&v); return NULL; }
    }
    return kr_ast_tuple(ARENA, kr_pvec_to_seq(p, &v), KR_CTX_LOAD, P_EXTRA(st, p));
}

KrAstStmt *kr_parse_match_stmt(KrParser *p)
{
    int mark = P_MARK(p);
    KrToken *mt = P_NEXT(p);
    KrToken *nt = P_PEEK(p, 0);
    if (!(nt->type == KR_TOK_STAR || (nt->type == KR_TOK_NAME && (nt->kw == 0 || nt->kw == KR_KW_NOT ||
          nt->kw == KR_KW_NONE || nt->kw == KR_KW_TRUE || nt->kw == KR_KW_FALSE ||
          nt->kw == KR_KW_LAMBDA || nt->kw == KR_KW_AWAIT)) ||
          (nt->type != KR_TOK_NAME && kr_parser_starts_expression(p)))) {
        p->pos = mark;
        return NULL;
    }
    p->speculating++;
    KrAstExpr *subject = parse_subject(p);
    p->speculating--;
    if (!subject || !P_IS(p, KR_TOK_COLON) || P_PEEK(p, 1)->type != KR_TOK_NEWLINE) {
        if (kr_parser_reset(p, mark) < 0) return NULL;
        return NULL;
    }
    p->pos += 2; /* ':' NEWLINE */
    if (!P_ACCEPT(p, KR_TOK_INDENT)) {
        KrToken *t = P_PEEK(p, 0);
        return kr_parser_error_range(p, kr_exc_IndentationError, t->lineno, t->col_offset, t->end_lineno,
                                     t->end_col_offset, "expected an indented block after 'match' statement on line %d",
                                     mt->lineno);
    }
    KrPVec cases;
    kr_pvec_init(&cases);
    while (!P_IS(p, KR_TOK_DEDENT)) {
        KrToken *ct = P_PEEK(p, 0);
        if (!kr_parser_tok_is(ct, "case")) { kr_parser_syntax_error(p); goto fail; }
        p->pos++;
        KrAstPattern *pat = parse_patterns(p);
        if (!pat) goto fail;
        KrAstExpr *guard = NULL;
        if (P_ACCEPT_KW(p, KR_KW_IF)) {
            guard = kr_parse_named_expression(p);
            if (!guard) goto fail;
        }
        if (kr_parser_expect_colon(p) < 0) goto fail;
        KrAstStmtSeq *body = kr_parse_block(p, "'case' statement", ct);
        if (!body) goto fail;
        KrAstMatchCase *mc = kr_ast_match_case(ARENA, pat, guard, body);
        if (!mc || kr_pvec_push(&cases, mc) < 0) goto fail;
    }
    p->pos++;
    KrAstMatchCaseSeq *cs = kr_pvec_to_seq(p, &cases);
    if (!cs) return NULL;
    return kr_ast_match(ARENA, subject, cs, P_START(mt), p->blk_end_lineno, p->blk_end_col);
fail:
    kr_pvec_free(&cases);
    return NULL;
}
