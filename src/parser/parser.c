/* parser.c — the parser's driver: token buffer, errors, speculation,
 * identifiers and numbers, sequences, and the public kr_parse_source. */
#include "parser_int.h"
#include "../objects/str.h"
#include "../objects/int.h"
#include "../objects/float.h"
#include "../memory/mem.h"
#include "../vm/err.h"
#include <utf8proc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------------------
 * Tokens
 * ------------------------------------------------------------------------ */

static KrToken parser_eof_token = { KR_TOK_ENDMARKER, 0, "", "", 0, 0, 0, 0 };

KrToken *kr_parser_fill(KrParser *p, int i)
{
    while (p->ntoks <= i) {
        if (p->ntoks > 0 && p->toks[p->ntoks - 1]->type == KR_TOK_ENDMARKER)
            return p->toks[p->ntoks - 1];
        if (p->ntoks == p->captoks || !p->tokblock || p->tokblock_used == KR_PARSER_TOKBLOCK) {
            /* Tokens live in fixed blocks so that KrToken pointers held by
             * the parse functions stay valid while more tokens are read. */
            int ok = 1;
            if (p->ntoks == p->captoks) {
                int nc = p->captoks ? p->captoks * 2 : 256;
                KrToken **nt = kr_raw_realloc(p->toks, (size_t)nc * sizeof *nt);
                if (nt) { p->toks = nt; p->captoks = nc; } else ok = 0;
            }
            if (ok && (!p->tokblock || p->tokblock_used == KR_PARSER_TOKBLOCK)) {
                void **nb = kr_raw_realloc(p->blocks, (size_t)(p->nblocks + 1) * sizeof *nb);
                KrToken *blk = nb ? kr_raw_alloc(KR_PARSER_TOKBLOCK * sizeof(KrToken)) : NULL;
                if (nb) p->blocks = nb;
                if (blk) {
                    p->blocks[p->nblocks++] = blk;
                    p->tokblock = blk;
                    p->tokblock_used = 0;
                } else ok = 0;
            }
            if (!ok) {
                kr_err_no_memory();
                p->tok_failed = 1;
                return &parser_eof_token;
            }
        }
        KrToken *t = &p->tokblock[p->tokblock_used++];
        p->toks[p->ntoks] = t;
        if (p->tok_failed || kr_tokenizer_next(&p->tok, t) < 0) {
            p->tok_failed = 1;
            /* Present an ENDMARKER so that the parse unwinds; the pending
             * tokenizer error is what gets reported. */
            t->type = KR_TOK_ENDMARKER;
            t->kw = 0;
            t->start = t->end = p->tok.cur;
            t->lineno = t->end_lineno = p->tok.lineno;
            t->col_offset = t->end_col_offset = 0;
            p->ntoks++;
            return t;
        }
        if (p->fstr_line) {
            /* an f-string expression: shift positions into the outer source */
            if (t->lineno == 1) t->col_offset += p->fstr_col;
            if (t->end_lineno == 1) t->end_col_offset += p->fstr_col;
            t->lineno += p->fstr_line - 1;
            t->end_lineno += p->fstr_line - 1;
        }
        p->ntoks++;
    }
    return p->toks[i];
}

int kr_parser_tok_is(KrToken *t, const char *s)
{
    size_t n = strlen(s);
    return t->type == KR_TOK_NAME && (size_t)(t->end - t->start) == n && memcmp(t->start, s, n) == 0;
}

/* ---------------------------------------------------------------------------
 * Errors
 * ------------------------------------------------------------------------ */

int kr_parser_error_pending(KrParser *p)
{
    return kr_err_occurred() != NULL;
}

/* Positions of sub-parsers (f-strings) are in the outer file, but the
 * tokenizer's buffer holds only the expression: errors there are reported
 * with the f-string's own text. */
static void *parser_raise(KrParser *p, KrObject *type, int lineno, int col, int end_lineno,
                          int end_col, const char *msg)
{
    if (kr_err_occurred()) return NULL; /* keep the first error */
    if (p->fstr_line) {
        /* positions relative to the "(expr)" text, like CPython 3.11 */
        char buf[600];
        snprintf(buf, sizeof buf, "f-string: %s", msg);
        int l = lineno - p->fstr_line + 1, el = end_lineno - p->fstr_line + 1;
        int c = l == 1 ? col - p->fstr_col : col, ec = el == 1 ? end_col - p->fstr_col : end_col;
        kr_tokenizer_error(&p->tok, type, l, c, el, ec, "%s", buf);
        return NULL;
    }
    kr_tokenizer_error(&p->tok, type, lineno, col, end_lineno, end_col, "%s", msg);
    return NULL;
}

void *kr_parser_error_range(KrParser *p, KrObject *type, int lineno, int col, int end_lineno,
                            int end_col, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return parser_raise(p, type, lineno, col, end_lineno, end_col, msg);
}

void *kr_parser_error_at(KrParser *p, KrObject *type, KrToken *t, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return parser_raise(p, type, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset, msg);
}

void *kr_parser_error_node(KrParser *p, KrAstExpr *e, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return parser_raise(p, kr_exc_SyntaxError, e->lineno, e->col_offset, e->end_lineno,
                        e->end_col_offset, msg);
}

void *kr_parser_syntax_error(KrParser *p)
{
    if (kr_err_occurred()) return NULL;
    /* like CPython, report at the furthest token the parser looked at */
    KrToken *t = p->toks[p->ntoks - 1];
    if (t->type == KR_TOK_ENDMARKER && p->tok.level > 0) {
        int l = p->tok.level - 1;
        p->no_scan = 1;
        return kr_parser_error_range(p, kr_exc_SyntaxError, p->tok.parenlinestack[l],
                                     p->tok.parencolstack[l], p->tok.parenlinestack[l],
                                     -1, "'%c' was never closed",
                                     p->tok.parenstack[l]);
    }
    if (t->type == KR_TOK_INDENT || t->type == KR_TOK_DEDENT) p->no_scan = 1;
    if (t->type == KR_TOK_INDENT)
        return kr_parser_error_range(p, kr_exc_IndentationError, t->lineno,
                                     t->end_col_offset > 0 ? t->end_col_offset - 1 : 0,
                                     t->lineno, -2, "unexpected indent");
    if (t->type == KR_TOK_DEDENT)
        return kr_parser_error_range(p, kr_exc_IndentationError, t->lineno, t->col_offset,
                                     t->lineno, -2, "unexpected unindent");
    if (t->type == KR_TOK_ENDMARKER && p->ntoks >= 2)
        t = p->toks[p->ntoks - 2];
    return kr_parser_error_at(p, kr_exc_SyntaxError, t, "invalid syntax");
}

int kr_parser_expect(KrParser *p, int type, const char *what)
{
    if (P_ACCEPT(p, type)) return 0;
    if (p->tok_failed) return -1;
    if (what) {
        /* a "forced" token (&&'x' in CPython's grammar): the error covers the
         * token found instead */
        kr_parser_error_at(p, kr_exc_SyntaxError, P_PEEK(p, 0), "expected '%s'", what);
        return -1;
    }
    kr_parser_syntax_error(p);
    return -1;
}

int kr_parser_expect_colon(KrParser *p)
{
    if (P_ACCEPT(p, KR_TOK_COLON)) return 0;
    if (p->tok_failed) return -1;
    KrToken *t = P_PEEK(p, 0);
    if (t->type == KR_TOK_NEWLINE || t->type == KR_TOK_ENDMARKER || t->type == KR_TOK_INDENT) {
        kr_parser_error_at(p, kr_exc_SyntaxError, t, "expected ':'");
        return -1;
    }
    kr_parser_syntax_error(p);
    return -1;
}

int kr_parser_reset(KrParser *p, int mark)
{
    p->pos = mark;
    if (p->tok_failed) return -1;
    if (kr_err_occurred()) kr_err_clear();
    return 0;
}

/* ---------------------------------------------------------------------------
 * Objects
 * ------------------------------------------------------------------------ */

KrObject *kr_parser_own(KrParser *p, KrObject *o)
{
    if (!o) return NULL;
    if (kr_arena_add_object(p->arena, o) < 0) return NULL;
    return o;
}

KrObject *kr_parser_identifier_cstr(KrParser *p, const char *s)
{
    return kr_parser_own(p, kr_str_intern_cstr(s));
}

KrObject *kr_parser_new_identifier(KrParser *p, KrToken *t)
{
    size_t n = (size_t)(t->end - t->start);
    int ascii = 1;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)t->start[i] >= 128) { ascii = 0; break; }
    KrObject *s;
    if (ascii) {
        s = kr_str_from_utf8(t->start, (ssize_t)n);
    } else {
        /* PEP 3131: identifiers are NFKC-normalized. */
        utf8proc_uint8_t *norm = NULL;
        utf8proc_ssize_t nl = utf8proc_map((const utf8proc_uint8_t *)t->start, (utf8proc_ssize_t)n,
                                           &norm, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
        if (nl < 0) {
            s = kr_str_from_utf8(t->start, (ssize_t)n);
        } else {
            s = kr_str_from_utf8((const char *)norm, nl);
            free(norm);
        }
    }
    if (!s) return NULL;
    kr_str_intern_in_place(&s);
    return kr_parser_own(p, s);
}

/* ---------------------------------------------------------------------------
 * Vectors
 * ------------------------------------------------------------------------ */

void kr_pvec_init(KrPVec *v)
{
    v->items = v->small;
    v->n = 0;
    v->cap = 8;
}

int kr_pvec_push(KrPVec *v, void *x)
{
    if (v->n == v->cap) {
        ssize_t nc = v->cap * 2;
        void **ni;
        if (v->items == v->small) {
            ni = kr_raw_alloc((size_t)nc * sizeof *ni);
            if (ni) memcpy(ni, v->small, sizeof v->small);
        } else {
            ni = kr_raw_realloc(v->items, (size_t)nc * sizeof *ni);
        }
        if (!ni) { kr_err_no_memory(); return -1; }
        v->items = ni;
        v->cap = nc;
    }
    v->items[v->n++] = x;
    return 0;
}

void kr_pvec_free(KrPVec *v)
{
    if (v->items != v->small) kr_raw_free(v->items);
    v->items = v->small;
    v->n = 0;
}

void *kr_pvec_to_seq(KrParser *p, KrPVec *v)
{
    KrAstSeq *s = kr_ast_seq_new(p->arena, v->n);
    if (s) memcpy(s->items, v->items, (size_t)v->n * sizeof(void *));
    kr_pvec_free(v);
    return s;
}

KrAstSeq *kr_ast_seq_new(KrArena *arena, ssize_t n)
{
    KrAstSeq *s = kr_arena_alloc(arena, sizeof(KrAstSeq) + (size_t)n * sizeof(void *));
    if (s) s->size = n;
    return s;
}

KrAstIntSeq *kr_ast_int_seq_new(KrArena *arena, ssize_t n)
{
    KrAstIntSeq *s = kr_arena_alloc(arena, sizeof(KrAstIntSeq) + (size_t)n * sizeof(int));
    if (s) s->size = n;
    return s;
}

/* ---------------------------------------------------------------------------
 * Numbers
 * ------------------------------------------------------------------------ */

KrAstExpr *kr_parser_number(KrParser *p, KrToken *t)
{
    size_t n = (size_t)(t->end - t->start);
    char small[128];
    char *buf = n < sizeof small ? small : kr_raw_alloc(n + 1);
    if (!buf) { kr_err_no_memory(); return NULL; }
    size_t j = 0;
    int is_float = 0, is_imag = 0, is_hex = n > 1 && t->start[0] == '0' &&
                                               (t->start[1] == 'x' || t->start[1] == 'X');
    for (size_t i = 0; i < n; i++) {
        char c = t->start[i];
        if (c == '_') continue;
        if (!is_hex && (c == '.' || c == 'e' || c == 'E')) is_float = 1;
        if (c == 'j' || c == 'J') { is_imag = 1; continue; }
        buf[j++] = c;
    }
    buf[j] = '\0';
    KrObject *v;
    if (is_imag) {
        v = kr_complex_from_doubles(0.0, strtod(buf, NULL));
    } else if (is_float) {
        v = kr_float_from_double(strtod(buf, NULL));
    } else {
        v = kr_int_from_string(buf, (ssize_t)j, 0);
        if (!v && kr_err_matches(kr_exc_ValueError)) {
            /* the int max str digits limit: CPython makes it a SyntaxError */
            KrObject *exc = kr_err_fetch();
            KrObject *msg = exc ? kr_object_str(exc) : NULL;
            const char *m = msg ? kr_str_as_utf8(msg, NULL) : NULL;
            if (m) {
                kr_parser_error_range(p, kr_exc_SyntaxError, t->lineno, -1, t->end_lineno, -1,
                                      "%s - Consider hexadecimal for huge integer literals "
                                      "to avoid decimal conversion limits.", m);
            }
            KR_XDECREF(msg);
            KR_XDECREF(exc);
        }
    }
    if (buf != small) kr_raw_free(buf);
    if (!kr_parser_own(p, v)) return NULL;
    return kr_ast_constant(p->arena, v, NULL, P_START(t), t->end_lineno, t->end_col_offset);
}

KrAstArguments *kr_parser_empty_arguments(KrParser *p)
{
    return kr_ast_arguments(p->arena, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
}

/* ---------------------------------------------------------------------------
 * Entry points
 * ------------------------------------------------------------------------ */

static int parser_init(KrParser *p, const char *src, ssize_t len, KrObject *filename, int mode,
                       int is_text, KrArena *arena)
{
    memset(p, 0, sizeof *p);
    p->arena = arena;
    p->filename = filename;
    p->mode = mode;
    if (kr_tokenizer_init(&p->tok, src, len, is_text, filename) < 0) return -1;
    p->tok.last_was_newline = 1;
    /* Only "exec" input gets a final newline added, as in CPython: the
     * tokens made up at the end of other input have no column. */
    p->tok.eof_no_col = mode != KR_PARSE_EXEC;
    return 0;
}

static void parser_fini(KrParser *p)
{
    kr_tokenizer_fini(&p->tok);
    for (int i = 0; i < p->nblocks; i++) kr_raw_free(p->blocks[i]);
    kr_raw_free(p->blocks);
    kr_raw_free(p->toks);
}

static KrAstMod *parser_run(KrParser *p)
{
    KrAstMod *mod = NULL;
    switch (p->mode) {
    case KR_PARSE_EXEC: {
        KrAstStmtSeq *body = kr_parse_statements_file(p);
        if (!body && kr_err_occurred()) return NULL;
        mod = kr_ast_module(p->arena, body, NULL);
        break;
    }
    case KR_PARSE_EVAL: {
        KrAstExpr *e = kr_parse_expressions(p);
        if (!e) return NULL;
        while (P_ACCEPT(p, KR_TOK_NEWLINE)) {}
        if (!P_IS(p, KR_TOK_ENDMARKER)) return kr_parser_syntax_error(p);
        mod = kr_ast_expression(p->arena, e);
        break;
    }
    case KR_PARSE_SINGLE: {
        KrAstStmtSeq *body = kr_parse_interactive(p);
        if (!body && kr_err_occurred()) return NULL;
        mod = kr_ast_interactive(p->arena, body);
        break;
    }
    case KR_PARSE_FUNC_TYPE: {
        KrPVec v;
        kr_pvec_init(&v);
        if (kr_parser_expect(p, KR_TOK_LPAR, NULL) < 0) return NULL;
        while (!P_IS(p, KR_TOK_RPAR)) {
            KrAstExpr *e;
            if (P_IS(p, KR_TOK_STAR) || P_IS(p, KR_TOK_DOUBLESTAR)) {
                /* CPython 3.11 keeps only the expression of `*x` / `**x` */
                p->pos++;
                e = kr_parse_expression(p);
            } else {
                e = kr_parse_expression(p);
            }
            if (!e || kr_pvec_push(&v, e) < 0) { kr_pvec_free(&v); return NULL; }
            if (!P_ACCEPT(p, KR_TOK_COMMA)) break;
        }
        if (kr_parser_expect(p, KR_TOK_RPAR, NULL) < 0 || kr_parser_expect(p, KR_TOK_RARROW, NULL) < 0) {
            kr_pvec_free(&v);
            return NULL;
        }
        KrAstExprSeq *argtypes = kr_pvec_to_seq(p, &v);
        KrAstExpr *ret = kr_parse_expression(p);
        if (!ret) return NULL;
        while (P_ACCEPT(p, KR_TOK_NEWLINE)) {}
        if (!P_IS(p, KR_TOK_ENDMARKER)) return kr_parser_syntax_error(p);
        mod = kr_ast_function_type(p->arena, argtypes, ret);
        break;
    }
    default:
        kr_err_set_string(kr_exc_ValueError, "bad parse mode");
        return NULL;
    }
    if (mod && kr_err_occurred()) return NULL;
    return mod;
}

/* After a syntax error from the parser, CPython tokenizes the rest of the
 * input: a tokenizer error found there (bad character, unterminated string,
 * too many parentheses ...) replaces the parser's error, and so does an
 * unclosed bracket opened on an earlier line than the error. */
static void parser_scan_rest(KrParser *p)
{
    if (p->tok_failed || p->no_scan || p->ntoks == 0 || !kr_err_matches(kr_exc_SyntaxError)) return;
    KrObject *saved = kr_err_fetch();
    int err_line = p->toks[p->ntoks - 1]->lineno;
    if (p->toks[p->ntoks - 1]->type != KR_TOK_ENDMARKER) {
        for (;;) {
            KrToken t;
            if (kr_tokenizer_next(&p->tok, &t) < 0) {
                /* CPython's tokenizer reports indentation and continuation
                 * errors through an error code that this scan ignores */
                if (kr_err_matches(kr_exc_IndentationError) || kr_err_matches(kr_exc_TabError) ||
                    p->tok.soft_error) {
                    kr_err_clear();
                    break;
                }
                KR_XDECREF(saved);
                return;
            }
            if (t.type == KR_TOK_ENDMARKER) break;
        }
    }
    if (p->tok.level > 0) {
        int l = p->tok.level - 1;
        if (err_line > p->tok.parenlinestack[l]) {
            KR_XDECREF(saved);
            kr_parser_error_range(p, kr_exc_SyntaxError, p->tok.parenlinestack[l],
                                  p->tok.parencolstack[l], p->tok.parenlinestack[l],
                                  -1, "'%c' was never closed",
                                  p->tok.parenstack[l]);
            return;
        }
    }
    kr_err_restore(saved);
}

KrAstMod *kr_parse_source_flags(const char *src, ssize_t len, KrObject *filename, int mode,
                                int flags, KrArena *arena)
{
    KrParser p;
    if (len < 0) len = (ssize_t)strlen(src);
    if (memchr(src, '\0', (size_t)len)) {
        /* as compile() / ast.parse() */
        kr_err_set_string(kr_exc_ValueError, "source code string cannot contain null bytes");
        return NULL;
    }
    if (parser_init(&p, src, len, filename, mode, (flags & KR_PARSE_FLAG_IGNORE_COOKIE) != 0, arena) < 0) {
        parser_fini(&p);
        return NULL;
    }
    KrAstMod *mod = parser_run(&p);
    if (!mod && !kr_err_occurred()) kr_parser_syntax_error(&p);
    if (!mod && mode != KR_PARSE_SINGLE) parser_scan_rest(&p);
    parser_fini(&p);
    return kr_err_occurred() ? NULL : mod;
}

KrAstMod *kr_parse_source(const char *src, ssize_t len, KrObject *filename, int mode,
                          KrArena *arena)
{
    return kr_parse_source_flags(src, len, filename, mode, 0, arena);
}

KrAstExpr *kr_parser_fstring_expr(KrParser *outer, const char *s, size_t n, int lineno, int col)
{
    /* The expression is parsed as "(" text ")" like CPython 3.11 does. */
    char *buf = kr_raw_alloc(n + 3);
    if (!buf) { kr_err_no_memory(); return NULL; }
    buf[0] = '(';
    memcpy(buf + 1, s, n);
    buf[n + 1] = ')';
    buf[n + 2] = '\0';
    KrParser p;
    KrAstExpr *e = NULL;
    if (parser_init(&p, buf, (ssize_t)(n + 2), outer->filename, KR_PARSE_EVAL, 1, outer->arena) == 0) {
        p.fstr_line = lineno;
        p.fstr_col = col - 1;
        p.in_fstring = 1;
        p.fstr_level = outer->fstr_level;
        p.depth = outer->depth;
        p.tok.last_was_newline = 0;
        e = kr_parse_star_expressions(&p);
        if (e) {
            while (P_ACCEPT(&p, KR_TOK_NEWLINE)) {}
            if (!P_IS(&p, KR_TOK_ENDMARKER)) { kr_parser_syntax_error(&p); e = NULL; }
        }
    }
    parser_fini(&p);
    kr_raw_free(buf);
    return kr_err_occurred() ? NULL : e;
}
