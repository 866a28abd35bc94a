/* parse_string.c — string literals: prefixes, escape sequences, bytes rules,
 * implicit concatenation and f-strings (replacement fields, conversions,
 * nested format specs, the `=` debug specifier) following CPython 3.11's
 * rules for building Constant and JoinedStr nodes. */
#include "parser_int.h"
#include "unicode_names.h"
#include "../objects/str.h"
#include "../objects/bytes.h"
#include "../memory/mem.h"
#include "../vm/err.h"
#include <stdio.h>
#include <string.h>
#include <ctype.h>

#define ARENA (p->arena)

typedef struct {
    int raw, bytes, fstr, u;
    const char *body, *body_end;   /* between the quotes */
} StrTok;

static void strtok_parse(KrToken *t, StrTok *s)
{
    const char *c = t->start;
    s->raw = s->bytes = s->fstr = s->u = 0;
    while (*c != '\'' && *c != '"') {
        switch (*c) {
        case 'r': case 'R': s->raw = 1; break;
        case 'b': case 'B': s->bytes = 1; break;
        case 'f': case 'F': s->fstr = 1; break;
        case 'u': case 'U': s->u = 1; break;
        }
        c++;
    }
    size_t q = (c + 2 < t->end && c[1] == c[0] && c[2] == c[0] && t->end - c >= 6) ? 3 : 1;
    s->body = c + q;
    s->body_end = t->end - q;
}

/* ---------------------------------------------------------------------------
 * Escapes
 * ------------------------------------------------------------------------ */

/* CPython raises string errors at the last token it read (the one after
 * the strings). */
#define STR_ERR_TOK(p) ((p)->toks[(p)->ntoks - 1])

static void *str_unicode_error(KrParser *p, KrToken *t, const char *msg)
{
    (void)t;
    return kr_parser_error_at(p, kr_exc_SyntaxError, STR_ERR_TOK(p), "(unicode error) %s", msg);
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Appends the decoded text of s[0:n] (a str literal body, escapes processed
 * unless raw) to b. 0 or -1. */
/* CPython 3.11 warns (DeprecationWarning) about the first invalid escape
 * of a literal; with -W error the warning becomes a SyntaxError. 0 or -1. */
static int warn_invalid_escape(KrParser *p, KrToken *t, const char *c)
{
    char msg[64];
    unsigned char b = (unsigned char)*c;
    int n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    snprintf(msg, sizeof msg, "invalid escape sequence '\\%.*s'", n, c);
    if (kr_err_warn_explicit(kr_exc_DeprecationWarning, msg, p->filename, t->lineno, NULL) < 0) {
        if (kr_err_matches(kr_exc_DeprecationWarning)) {
            kr_err_clear();
            kr_parser_error_at(p, kr_exc_SyntaxError, t, "%s", msg);
        }
        return -1;
    }
    return 0;
}

static int decode_str(KrParser *p, KrToken *t, const char *s, const char *e, int raw, KrStrBuilder *b)
{
    if (raw) return kr_strbuilder_append_utf8(b, s, e - s);
    const char *body = s; /* error positions count from here */
    const char *first_invalid = NULL;
    const char *chunk = s;
    while (s < e) {
        if (*s != '\\') { s++; continue; }
        if (s > chunk && kr_strbuilder_append_utf8(b, chunk, s - chunk) < 0) return -1;
        const char *esc = s;
        s++;
        if (s >= e) {
            str_unicode_error(p, t, "'unicodeescape' codec can't decode byte 0x5c in position 0: \\ at end of string");
            return -1;
        }
        char c = *s++;
        uint32_t ch;
        switch (c) {
        case '\n': chunk = s; continue;
        case '\\': ch = '\\'; break;
        case '\'': ch = '\''; break;
        case '"': ch = '"'; break;
        case 'a': ch = 7; break;
        case 'b': ch = 8; break;
        case 'f': ch = 12; break;
        case 'n': ch = 10; break;
        case 'r': ch = 13; break;
        case 't': ch = 9; break;
        case 'v': ch = 11; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            ch = (uint32_t)(c - '0');
            for (int k = 0; k < 2 && s < e && *s >= '0' && *s <= '7'; k++) ch = ch * 8 + (uint32_t)(*s++ - '0');
            break;
        case 'x': case 'u': case 'U': {
            int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            ch = 0;
            for (int k = 0; k < n; k++) {
                int h = s < e ? hexval(*s) : -1;
                if (h < 0) {
                    char msg[160];
                    snprintf(msg, sizeof msg,
                             "'unicodeescape' codec can't decode bytes in position %d-%d: truncated \\%s escape",
                             (int)(esc - body), (int)(s - body) - 1,
                             c == 'x' ? "xXX" : c == 'u' ? "uXXXX" : "UXXXXXXXX");
                    str_unicode_error(p, t, msg);
                    return -1;
                }
                ch = ch * 16 + (uint32_t)h;
                s++;
            }
            if (ch > 0x10FFFF) {
                char msg[160];
                snprintf(msg, sizeof msg,
                         "'unicodeescape' codec can't decode bytes in position %d-%d: illegal Unicode character",
                         (int)(esc - body), (int)(s - body) - 1);
                str_unicode_error(p, t, msg);
                return -1;
            }
            break;
        }
        case 'N': {
            /* \N{NAME}: the name table is src/parser/unicode_names.c */
            const char *q = s;
            int ok = 0;
            uint32_t cp = 0;
            if (q < e && *q == '{') {
                const char *nb = q + 1;
                while (q < e && *q != '}') q++;
                if (q < e && q > nb + 0) {
                    int r = kr_unicode_names_lookup(nb, (size_t)(q - nb), &cp);
                    if (r < 0) { kr_err_no_memory(); return -1; }
                    ok = r;
                    if (!ok) {
                        char msg[160];
                        snprintf(msg, sizeof msg,
                                 "'unicodeescape' codec can't decode bytes in position %d-%d: unknown Unicode character name",
                                 (int)(esc - body), (int)(q - body));
                        str_unicode_error(p, t, msg);
                        return -1;
                    }
                    s = q + 1;
                }
            }
            if (!ok) {
                char msg[160];
                snprintf(msg, sizeof msg,
                         "'unicodeescape' codec can't decode bytes in position %d-%d: malformed \\N character escape",
                         (int)(esc - body), (int)((q < e ? q : e - 1) - body));
                str_unicode_error(p, t, msg);
                return -1;
            }
            ch = cp;
            break;
        }
        default:
            /* an invalid escape keeps its backslash (DeprecationWarning in 3.11) */
            if (!first_invalid) first_invalid = s - 1;
            if (kr_strbuilder_append_char(b, '\\') < 0) return -1;
            chunk = s - 1;
            continue;
        }
        if (kr_strbuilder_append_char(b, ch) < 0) return -1;
        chunk = s;
    }
    if (s > chunk && kr_strbuilder_append_utf8(b, chunk, s - chunk) < 0) return -1;
    if (first_invalid && warn_invalid_escape(p, t, first_invalid) < 0) return -1;
    return 0;
}

typedef struct {
    char *buf;
    size_t len, cap;
} ByteBuf;

static int bb_put(ByteBuf *bb, const char *s, size_t n)
{
    if (n == 0) return 0;
    if (bb->len + n > bb->cap) {
        size_t nc = bb->cap ? bb->cap * 2 : 64;
        while (nc < bb->len + n) nc *= 2;
        char *nb = kr_raw_realloc(bb->buf, nc);
        if (!nb) { kr_err_no_memory(); return -1; }
        bb->buf = nb;
        bb->cap = nc;
    }
    memcpy(bb->buf + bb->len, s, n);
    bb->len += n;
    return 0;
}

static int decode_bytes(KrParser *p, KrToken *t, const char *s, const char *e, int raw, ByteBuf *bb)
{
    const char *body = s;
    const char *first_invalid = NULL;
    for (const char *q = s; q < e; q++) {
        if ((unsigned char)*q >= 128) {
            kr_parser_error_at(p, kr_exc_SyntaxError, STR_ERR_TOK(p), "bytes can only contain ASCII literal characters");
            return -1;
        }
    }
    if (raw) return bb_put(bb, s, (size_t)(e - s));
    while (s < e) {
        if (*s != '\\') {
            const char *c = s;
            while (s < e && *s != '\\') s++;
            if (bb_put(bb, c, (size_t)(s - c)) < 0) return -1;
            continue;
        }
        const char *esc = s;
        s++;
        if (s >= e) {
            kr_parser_error_at(p, kr_exc_SyntaxError, STR_ERR_TOK(p), "(value error) Trailing \\ in string");
            return -1;
        }
        char c = *s++;
        int ch;
        switch (c) {
        case '\n': continue;
        case '\\': ch = '\\'; break;
        case '\'': ch = '\''; break;
        case '"': ch = '"'; break;
        case 'a': ch = 7; break;
        case 'b': ch = 8; break;
        case 'f': ch = 12; break;
        case 'n': ch = 10; break;
        case 'r': ch = 13; break;
        case 't': ch = 9; break;
        case 'v': ch = 11; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            ch = c - '0';
            for (int k = 0; k < 2 && s < e && *s >= '0' && *s <= '7'; k++) ch = ch * 8 + (*s++ - '0');
            ch &= 0xFF;
            break;
        case 'x': {
            int h1 = s < e ? hexval(s[0]) : -1, h2 = s + 1 < e ? hexval(s[1]) : -1;
            if (h1 < 0 || h2 < 0) {
                kr_parser_error_at(p, kr_exc_SyntaxError, STR_ERR_TOK(p), "(value error) invalid \\x escape at position %d",
                                   (int)(esc - body));
                return -1;
            }
            ch = h1 * 16 + h2;
            s += 2;
            break;
        }
        default: {
            char two[2] = { '\\', c };
            if (!first_invalid) first_invalid = s - 1;
            if (bb_put(bb, two, 2) < 0) return -1;
            continue;
        }
        }
        char cc = (char)ch;
        if (bb_put(bb, &cc, 1) < 0) return -1;
    }
    if (first_invalid && warn_invalid_escape(p, t, first_invalid) < 0) return -1;
    return 0;
}

/* ---------------------------------------------------------------------------
 * f-strings
 * ------------------------------------------------------------------------ */

typedef struct {
    KrStrBuilder last;       /* pending literal text */
    KrPVec exprs;            /* values of the JoinedStr so far */
    int fmode;
    KrObject *kind;          /* 'u' or NULL, for every Constant made */
    int lineno, col, end_lineno, end_col; /* the span of all the tokens */
} FState;

static void fstate_init(FState *st, KrObject *kind, int l, int c, int el, int ec)
{
    kr_strbuilder_init(&st->last);
    kr_pvec_init(&st->exprs);
    st->fmode = 0;
    st->kind = kind;
    st->lineno = l; st->col = c; st->end_lineno = el; st->end_col = ec;
}

static void fstate_discard(FState *st)
{
    kr_strbuilder_discard(&st->last);
    kr_pvec_free(&st->exprs);
}

/* Turns the pending literal into a Constant in exprs (if non-empty). */
static int fstate_flush(KrParser *p, FState *st)
{
    if (st->last.len == 0) return 0;
    KrObject *s = kr_strbuilder_finish(&st->last);
    kr_strbuilder_init(&st->last);
    if (!kr_parser_own(p, s)) return -1;
    KrAstExpr *c = kr_ast_constant(ARENA, s, st->kind, st->lineno, st->col, st->end_lineno, st->end_col);
    if (!c) return -1;
    return kr_pvec_push(&st->exprs, c);
}

static KrAstExpr *fstate_finish(KrParser *p, FState *st)
{
    if (!st->fmode) {
        KrObject *s = kr_strbuilder_finish(&st->last);
        kr_strbuilder_init(&st->last);
        kr_pvec_free(&st->exprs);
        if (!kr_parser_own(p, s)) return NULL;
        return kr_ast_constant(ARENA, s, st->kind, st->lineno, st->col, st->end_lineno, st->end_col);
    }
    if (fstate_flush(p, st) < 0) { fstate_discard(st); return NULL; }
    kr_strbuilder_discard(&st->last);
    KrAstExprSeq *vals = kr_pvec_to_seq(p, &st->exprs);
    if (!vals) return NULL;
    return kr_ast_joined_str(ARENA, vals, st->lineno, st->col, st->end_lineno, st->end_col);
}

static int fstring_parse(KrParser *p, KrToken *t, FState *st, const char **str, const char *end,
                         int raw, int level);

/* Parses one replacement field; *str points just after '{'. */
static int fstring_field(KrParser *p, KrToken *t, FState *st, const char **str, const char *end,
                         int raw, int level)
{
    const char *s = *str;
    if (level >= 2) {
        kr_parser_error_at(p, kr_exc_SyntaxError, STR_ERR_TOK(p), "f-string: expressions nested too deeply");
        return -1;
    }
    const char *expr_start = s;
    char quote = 0;
    int triple = 0;
    char stack[200];
    int depth = 0;
    char ch = 0;
    for (; s < end; s++) {
        ch = *s;
        if (ch == '\\') {
            kr_parser_error_at(p, kr_exc_SyntaxError, STR_ERR_TOK(p), "f-string expression part cannot include a backslash");
            return -1;
        }
        if (quote) {
            if (ch == quote) {
                if (triple) {
                    if (s + 2 < end && s[1] == ch && s[2] == ch) { s += 2; quote = 0; }
                } else {
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (s + 2 < end && s[1] == ch && s[2] == ch) { triple = 1; s += 2; }
            else triple = 0;
            quote = ch;
            continue;
        }
        if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= 200) {
                kr_parser_error_at(p, kr_exc_SyntaxError, STR_ERR_TOK(p), "f-string: too many nested parenthesis");
                return -1;
            }
            stack[depth++] = ch;
            continue;
        }
        if (ch == '#') {
            kr_parser_error_at(p, kr_exc_SyntaxError, STR_ERR_TOK(p), "f-string expression part cannot include '#'");
            return -1;
        }
        if (depth == 0 && (ch == '!' || ch == '=' || ch == '<' || ch == '>') && s + 1 < end && s[1] == '=') {
            s++;
            continue;
        }
        if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=')) break;
        if (ch == ']' || ch == '}' || ch == ')') {
            if (depth == 0) {
                kr_parser_error_at(p, kr_exc_SyntaxError, STR_ERR_TOK(p), "f-string: unmatched '%c'", ch);
                return -1;
            }
            char open = stack[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}'))) {
                kr_parser_error_at(p, kr_exc_SyntaxError, STR_ERR_TOK(p),
                                   "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                                   ch, open);
                return -1;
            }
        }
    }
    if (quote) {
        kr_parser_error_at(p, kr_exc_SyntaxError, STR_ERR_TOK(p), "f-string: unterminated string");
        return -1;
    }
    if (depth) {
        kr_parser_error_at(p, kr_exc_SyntaxError, STR_ERR_TOK(p), "f-string: unmatched '%c'", stack[depth - 1]);
        return -1;
    }
    if (s >= end) {
        kr_parser_error_at(p, kr_exc_SyntaxError, STR_ERR_TOK(p), "f-string: expecting '}'");
        return -1;
    }
    const char *expr_end = s;
    int blank = 1;
    for (const char *q = expr_start; q < expr_end; q++)
        if (!(*q == ' ' || *q == '\t' || *q == '\n' || *q == '\f' || *q == '\r')) { blank = 0; break; }
    if (blank) {
        if (ch == '}')
            kr_parser_error_at(p, kr_exc_SyntaxError, STR_ERR_TOK(p), "f-string: empty expression not allowed");
        else
            kr_parser_error_at(p, kr_exc_SyntaxError, STR_ERR_TOK(p),
                               "f-string: expression required before '%c'", ch);
        return -1;
    }
    /* the expression's position in the file: line and column of its text */
    int line = t->lineno, col = t->col_offset;
    {
        const char *ls = t->start;
        for (const char *q = t->start; q < expr_start; q++) {
            if (*q == '\n') { line++; ls = q + 1; col = 0; }
        }
        col = (line == t->lineno ? t->col_offset : 0) + (int)(expr_start - ls);
    }
    p->fstr_level = level + 1;
    KrAstExpr *value = kr_parser_fstring_expr(p, expr_start, (size_t)(expr_end - expr_start), line, col);
    if (!value) return -1;
    int conversion = -1;
    const char *debug_end = NULL;
    if (*s == '=') {
        s++;
        while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f' || *s == '\r')) s++;
        debug_end = s;
        if (s >= end) {
            kr_parser_error_at(p, kr_exc_SyntaxError, STR_ERR_TOK(p), "f-string: expecting '}'");
            return -1;
        }
    }
    if (*s == '!') {
        s++;
        if (s >= end) {
            kr_parser_error_at(p, kr_exc_SyntaxError, STR_ERR_TOK(p), "f-string: expecting '}'");
            return -1;
        }
        char c = *s++;
        if (c != 's' && c != 'r' && c != 'a') {
            kr_parser_error_at(p, kr_exc_SyntaxError, STR_ERR_TOK(p),
                               "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return -1;
        }
        conversion = (unsigned char)c;
    }
    KrAstExpr *spec = NULL;
    if (s < end && *s == ':') {
        s++;
        FState sub;
        /* a format spec's nodes carry the position of its own token */
        fstate_init(&sub, st->kind, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset);
        sub.fmode = 1;
        if (fstring_parse(p, t, &sub, &s, end, raw, level + 1) < 0) { fstate_discard(&sub); return -1; }
        spec = fstate_finish(p, &sub);
        if (!spec) return -1;
    }
    if (s >= end || *s != '}') {
        kr_parser_error_at(p, kr_exc_SyntaxError, STR_ERR_TOK(p), "f-string: expecting '}'");
        return -1;
    }
    s++;
    if (debug_end) {
        if (conversion == -1 && !spec) conversion = 'r';
        if (kr_strbuilder_append_utf8(&st->last, expr_start - 0, debug_end - expr_start) < 0) return -1;
    }
    if (fstate_flush(p, st) < 0) return -1;
    KrAstExpr *fv = kr_ast_formatted_value(ARENA, value, conversion, spec, st->lineno, st->col,
                                           st->end_lineno, st->end_col);
    if (!fv || kr_pvec_push(&st->exprs, fv) < 0) return -1;
    *str = s;
    return 0;
}

/* Parses f-string text from *str: literals and fields; at level > 0 (a
 * format spec) stops before an unmatched '}'. */
static int fstring_parse(KrParser *p, KrToken *t, FState *st, const char **str, const char *end,
                         int raw, int level)
{
    const char *s = *str;
    while (s < end) {
        /* literal text up to '{' or '}' */
        const char *lit = s;
        const char *lit_end = NULL;
        int doubled = 0;
        while (s < end) {
            char ch = *s++;
            if (!raw && ch == '\\' && s < end) {
                ch = *s++;
                if (ch == 'N' && s < end && *s == '{') {
                    while (s < end && *s++ != '}') {}
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (level == 0) {
                    if (s < end && *s == ch) {
                        lit_end = s;   /* includes one brace */
                        s++;
                        doubled = 1;
                        break;
                    }
                    if (ch == '}') {
                        kr_parser_error_at(p, kr_exc_SyntaxError, STR_ERR_TOK(p), "f-string: single '}' is not allowed");
                        return -1;
                    }
                }
                s--;
                lit_end = s;
                break;
            }
        }
        if (!lit_end) lit_end = s;
        if (lit_end > lit && decode_str(p, t, lit, lit_end, raw, &st->last) < 0) return -1;
        if (doubled) continue;
        if (s >= end) break;
        if (*s == '}') {
            /* the end of a format spec */
            if (level == 0) {
                kr_parser_error_at(p, kr_exc_SyntaxError, STR_ERR_TOK(p), "f-string: single '}' is not allowed");
                return -1;
            }
            break;
        }
        /* '{' */
        s++;
        if (fstring_field(p, t, st, &s, end, raw, level) < 0) return -1;
    }
    *str = s;
    return 0;
}

/* ---------------------------------------------------------------------------
 * Concatenation
 * ------------------------------------------------------------------------ */

KrAstExpr *kr_parser_concat_strings(KrParser *p, int first, int last)
{
    KrToken *ft = p->toks[first], *lt = p->toks[last];
    StrTok s0;
    strtok_parse(ft, &s0);
    int bytesmode = s0.bytes;
    for (int i = first + 1; i <= last; i++) {
        StrTok si;
        strtok_parse(p->toks[i], &si);
        if (si.bytes != bytesmode)
            return kr_parser_error_at(p, kr_exc_SyntaxError, STR_ERR_TOK(p),
                                      "cannot mix bytes and nonbytes literals");
    }
    if (bytesmode) {
        ByteBuf bb = { 0 };
        for (int i = first; i <= last; i++) {
            StrTok si;
            strtok_parse(p->toks[i], &si);
            if (decode_bytes(p, p->toks[i], si.body, si.body_end, si.raw, &bb) < 0) {
                kr_raw_free(bb.buf);
                return NULL;
            }
        }
        KrObject *b = kr_bytes_from(bb.buf ? bb.buf : "", (ssize_t)bb.len);
        kr_raw_free(bb.buf);
        if (!kr_parser_own(p, b)) return NULL;
        return kr_ast_constant(ARENA, b, NULL, P_START(ft), lt->end_lineno, lt->end_col_offset);
    }
    KrObject *kind = NULL;
    if (ft->start[0] == 'u') {
        kind = kr_parser_identifier_cstr(p, "u");
        if (!kind) return NULL;
    }
    FState st;
    fstate_init(&st, kind, P_START(ft), lt->end_lineno, lt->end_col_offset);
    int saved_level = p->fstr_level;
    for (int i = first; i <= last; i++) {
        KrToken *t = p->toks[i];
        StrTok si;
        strtok_parse(t, &si);
        if (si.fstr) {
            st.fmode = 1;
            const char *s = si.body;
            if (fstring_parse(p, t, &st, &s, si.body_end, si.raw, 0) < 0) goto fail;
            p->fstr_level = saved_level;
        } else {
            if (decode_str(p, t, si.body, si.body_end, si.raw, &st.last) < 0) goto fail;
        }
    }
    return fstate_finish(p, &st);
fail:
    p->fstr_level = saved_level;
    fstate_discard(&st);
    return NULL;
}
