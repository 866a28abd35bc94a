/* parser_int.h — the parser's private state and helpers shared by
 * parser.c, parse_stmt.c, parse_expr.c, parse_pattern.c and parse_string.c.
 *
 * The parser is hand-written recursive descent over a token array filled
 * lazily by the tokenizer. Most rules decide with one or two tokens of
 * lookahead; where Python's grammar needs more (assignment targets, with
 * items, the `match` soft keyword) the parser either parses a superset and
 * converts (expression -> target) or speculates: it marks the position, tries
 * one alternative with errors suppressed, and resets on failure.
 * Every parse function returns NULL on failure with p->error set (a Python
 * exception pending), except the speculative helpers documented below. */
#ifndef KR_PARSER_PARSER_INT_H
#define KR_PARSER_PARSER_INT_H

#include "parser.h"
#include "../objects/int.h"
#include "tokenizer.h"

typedef struct KrParser {
    KrTokenizer tok;
    KrToken **toks;          /* pointers into blocks: tokens never move */
    KrToken *tokblock;       /* current block of KR_PARSER_TOKBLOCK tokens */
    int tokblock_used;
    void **blocks;           /* every block, for freeing */
    int nblocks;
    int ntoks, captoks;
    int pos;                 /* index of the next token */
    int tok_failed;          /* the tokenizer raised: never suppress */
    KrArena *arena;
    KrObject *filename;      /* borrowed */
    int mode;
    int depth;               /* recursion depth (too deeply nested ...) */
    int speculating;         /* > 0 inside a speculative attempt */
    int in_fstring;          /* parsing an f-string's expression */
    int fstr_line, fstr_col; /* position offset of an f-string sub-parser */
    int fstr_level;          /* f-string nesting for format specs */
    int no_scan;             /* the error needs no look at the rest of the input */
    int class_args;          /* parsing class bases: no bare generator argument */
    int blk_end_lineno, blk_end_col; /* end of the last simple statement line
                                        (its last token, maybe a ';'): where
                                        compound statements end */
} KrParser;

#define KR_PARSER_MAX_DEPTH 2991
#define KR_PARSER_TOKBLOCK 1024

/* Tokens */
KrToken *kr_parser_fill(KrParser *p, int i);
/* The token at pos + k, filling lazily. On a tokenizer error, returns a
 * token of type KR_TOK_ENDMARKER and sets p->tok_failed. */
static inline KrToken *P_PEEK(KrParser *p, int k)
{
    int i = p->pos + k;
    if (i < p->ntoks) return p->toks[i];
    return kr_parser_fill(p, i);
}
#define P_TYPE(p) (P_PEEK((p), 0)->type)
#define P_KW(p) (P_PEEK((p), 0)->kw)
#define P_LAST(p) ((p)->toks[(p)->pos - 1])
static inline int P_IS(KrParser *p, int type) { return P_PEEK(p, 0)->type == type; }
static inline int P_IS_KW(KrParser *p, int kw) { KrToken *t = P_PEEK(p, 0); return t->type == KR_TOK_NAME && t->kw == kw; }
/* A NAME token whose text is exactly s (soft keywords). */
int kr_parser_tok_is(KrToken *t, const char *s);
static inline KrToken *P_NEXT(KrParser *p) { KrToken *t = P_PEEK(p, 0); p->pos++; return t; }
static inline int P_ACCEPT(KrParser *p, int type)
{
    if (P_PEEK(p, 0)->type == type) { p->pos++; return 1; }
    return 0;
}
static inline int P_ACCEPT_KW(KrParser *p, int kw)
{
    if (P_IS_KW(p, kw)) { p->pos++; return 1; }
    return 0;
}

/* Errors. All return NULL (cast as needed) and leave SyntaxError pending. */
void *kr_parser_error_at(KrParser *p, KrObject *type, KrToken *t, const char *fmt, ...);
void *kr_parser_error_range(KrParser *p, KrObject *type, int lineno, int col, int end_lineno,
                            int end_col, const char *fmt, ...);
void *kr_parser_error_node(KrParser *p, KrAstExpr *e, const char *fmt, ...);
/* "invalid syntax" at the current token (with the special cases CPython
 * applies: unclosed brackets at EOF, ...). */
void *kr_parser_syntax_error(KrParser *p);
/* Expects a token; on mismatch raises "expected 'x'" style errors. */
int kr_parser_expect(KrParser *p, int type, const char *what);
int kr_parser_expect_colon(KrParser *p);
int kr_parser_error_pending(KrParser *p);

/* Speculation: returns a mark; kr_parser_reset rewinds and clears a
 * suppressed error (unless it came from the tokenizer, which then stays
 * and must propagate: kr_parser_reset returns -1). */
static inline int P_MARK(KrParser *p) { return p->pos; }
int kr_parser_reset(KrParser *p, int mark);

/* Positions */
#define P_START(t) (t)->lineno, (t)->col_offset
#define P_END(p) P_LAST(p)->end_lineno, P_LAST(p)->end_col_offset
#define P_EXTRA(t, p) P_START(t), P_END(p)
#define E_START(e) (e)->lineno, (e)->col_offset
#define E_END(e) (e)->end_lineno, (e)->end_col_offset

/* Objects owned by the arena */
KrObject *kr_parser_new_identifier(KrParser *p, KrToken *t);   /* borrowed (arena) */
KrObject *kr_parser_identifier_cstr(KrParser *p, const char *s);
KrObject *kr_parser_own(KrParser *p, KrObject *o);               /* steals; borrowed result */

/* Growable pointer vectors used while collecting sequences. */
typedef struct {
    void **items;
    ssize_t n, cap;
    void *small[8];
} KrPVec;
void kr_pvec_init(KrPVec *v);
int kr_pvec_push(KrPVec *v, void *x);
void kr_pvec_free(KrPVec *v);
/* Copies the vector into an arena sequence (NULL for an empty vector when
 * allow_null, else an empty sequence) and frees the vector. */
void *kr_pvec_to_seq(KrParser *p, KrPVec *v);

/* Expressions (parse_expr.c) */
KrAstExpr *kr_parse_expression(KrParser *p);          /* expression */
KrAstExpr *kr_parse_named_expression(KrParser *p);
KrAstExpr *kr_parse_star_expressions(KrParser *p);    /* may build a Tuple */
KrAstExpr *kr_parse_star_named_expression(KrParser *p);
KrAstExpr *kr_parse_expressions(KrParser *p);         /* eval input */
KrAstExpr *kr_parse_disjunction(KrParser *p);
KrAstExpr *kr_parse_bitwise_or(KrParser *p);
KrAstExpr *kr_parse_primary(KrParser *p);
KrAstExpr *kr_parse_yield_expr(KrParser *p);
KrAstExpr *kr_parse_star_targets(KrParser *p);        /* for/comprehension targets (Store) */
KrAstExpr *kr_parse_strings(KrParser *p);
KrAstArguments *kr_parse_params(KrParser *p, int is_lambda);
int kr_parse_call_args(KrParser *p, KrAstExprSeq **args, KrAstKeywordSeq **kws);
KrAstArguments *kr_parser_empty_arguments(KrParser *p);
int kr_parser_starts_expression(KrParser *p);
/* Sets ctx on a target expression and validates it; kind is the statement
 * form for messages: 0 assignment, 1 del, 2 for/with/comprehension target.
 * Returns 0 or -1 with an error. */
int kr_parser_set_context(KrParser *p, KrAstExpr *e, int ctx, int kind);
const char *kr_parser_expr_name(KrAstExpr *e);
/* The first part of e that cannot be assigned (kind as for set_context), or NULL. */
KrAstExpr *kr_parser_invalid_target(KrAstExpr *e, int kind);
int kr_parser_node_parenthesized(KrParser *p, KrAstExpr *e);

/* Statements (parse_stmt.c) */
KrAstStmtSeq *kr_parse_statements_file(KrParser *p);
KrAstStmtSeq *kr_parse_interactive(KrParser *p);
KrAstStmtSeq *kr_parse_block(KrParser *p, const char *what, KrToken *kwtok);

/* Patterns (parse_pattern.c) */
KrAstStmt *kr_parse_match_stmt(KrParser *p);  /* NULL without error if not a match statement */

/* Strings (parse_string.c): concatenates the STRING tokens toks[first..last]. */
KrAstExpr *kr_parser_concat_strings(KrParser *p, int first, int last);
/* Parses f-string expression text (wrapped in parens) at the given position. */
KrAstExpr *kr_parser_fstring_expr(KrParser *p, const char *s, size_t n, int lineno, int col);

/* Numbers */
KrAstExpr *kr_parser_number(KrParser *p, KrToken *t);

#endif
