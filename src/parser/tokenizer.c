/* tokenizer.c — Python 3.11 tokenizer: indentation (with CPython's tab
 * consistency rules), brackets, continuation lines, numbers, strings (a whole
 * string or f-string literal is one STRING token, as in 3.11), operators and
 * CPython's tokenizer error messages. */
#include "tokenizer.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/int.h"
#include "../memory/mem.h"
#include "../vm/err.h"
#include <utf8proc.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <ctype.h>
#include <stdlib.h>

/* ---------------------------------------------------------------------------
 * Keywords
 * ------------------------------------------------------------------------ */

static const char *const tok_keywords[KR_KW_COUNT] = {
    NULL, "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
    "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
    "pass", "raise", "return", "try", "while", "with", "yield",
};

int kr_tokenizer_keyword(const char *s, size_t n)
{
    if (n < 2 || n > 8) return 0;
    for (int k = 1; k < KR_KW_COUNT; k++) {
        const char *kw = tok_keywords[k];
        if (kw[0] == s[0] && strlen(kw) == n && memcmp(kw, s, n) == 0) return k;
    }
    return 0;
}

/* ---------------------------------------------------------------------------
 * Errors
 * ------------------------------------------------------------------------ */

/* Number of code points in the UTF-8 bytes s[0:n]. */
static int tok_char_count(const char *s, int n)
{
    int c = 0;
    for (int i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) c++;
    return c;
}

/* Start of line `lineno` (1-based) in the buffer, or NULL. */
static const char *tok_find_line(KrTokenizer *tok, int lineno)
{
    const char *p = tok->buf;
    for (int l = 1; l < lineno; l++) {
        p = memchr(p, '\n', (size_t)(tok->end - p));
        if (!p) return NULL;
        p++;
    }
    return p;
}

int kr_tokenizer_error(KrTokenizer *tok, KrObject *type, int lineno, int col,
                       int end_lineno, int end_col, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    KrObject *m = kr_str_from_utf8(msg, (ssize_t)strlen(msg));
    if (!m) return -1;
    const char *ls = lineno > 0 ? tok_find_line(tok, lineno) : NULL;
    KrObject *text = NULL;
    int offset = col + 1, end_offset = end_col + 1;
    if (ls) {
        const char *le = memchr(ls, '\n', (size_t)(tok->end - ls));
        le = le ? le + 1 : tok->end;
        int linelen = (int)(le - ls);
        if (col >= 0 && col <= linelen) offset = tok_char_count(ls, col) + 1;
        text = kr_str_from_utf8_surrogateescape(ls, (ssize_t)(le - ls));
        if (!text) kr_err_clear();
        if (end_lineno == lineno && end_col >= 0 && end_col <= linelen)
            end_offset = tok_char_count(ls, end_col) + 1;
        else if (end_lineno > 0 && end_col >= 0) {
            const char *es = tok_find_line(tok, end_lineno);
            if (es) end_offset = tok_char_count(es, end_col) + 1;
        }
    }
    /* end_col -2 means "no end" (end_offset -1, as CPython's indentation
     * errors); -1 gives end_offset 0, as CPython's RAISE_ERROR_KNOWN_LOCATION. */
    if (end_col == -2) end_offset = -1;
    else if (end_col < 0) end_offset = end_col + 1;
    if (end_lineno < 0) end_lineno = lineno;
    KrObject *ln = kr_int_from_i64(lineno), *off = kr_int_from_i64(offset);
    KrObject *eln = kr_int_from_i64(end_lineno), *eoff = kr_int_from_i64(end_offset);
    KrObject *fn = tok->filename ? tok->filename : KR_NONE;
    KrObject *loc = (ln && off && eln && eoff)
        ? kr_tuple_pack(6, fn, ln, off, text ? text : KR_NONE, eln, eoff) : NULL;
    KrObject *args = loc ? kr_tuple_pack(2, m, loc) : NULL;
    if (args) kr_err_set_object(type, args);
    KR_XDECREF(ln); KR_XDECREF(off); KR_XDECREF(eln); KR_XDECREF(eoff);
    KR_XDECREF(loc); KR_XDECREF(args); KR_XDECREF(text); KR_DECREF(m);
    return -1;
}

#define TOK_COL(tok, p) ((int)((p) - (tok)->line_start))

/* An error at the cursor position p (1 character wide). */
static int tok_error_at(KrTokenizer *tok, const char *p, const char *msg)
{
    int c = TOK_COL(tok, p);
    return kr_tokenizer_error(tok, kr_exc_SyntaxError, tok->lineno, c, tok->lineno, c, "%s", msg);
}

/* ---------------------------------------------------------------------------
 * Set-up: BOM, coding cookie, newline translation, UTF-8 check
 * ------------------------------------------------------------------------ */

/* Looks for "coding[:=]\s*([-\w.]+)" in a comment line; copies the name. */
static int tok_find_cookie(const char *line, const char *end, char *name, size_t cap)
{
    const char *p = line;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\f')) p++;
    if (p >= end || *p != '#') return 0;
    for (; p + 6 < end; p++) {
        if (memcmp(p, "coding", 6) == 0 && (p[6] == ':' || p[6] == '=')) {
            const char *q = p + 7;
            while (q < end && (*q == ' ' || *q == '\t')) q++;
            size_t n = 0;
            while (q < end && (isalnum((unsigned char)*q) || *q == '-' || *q == '_' || *q == '.')) {
                if (n + 1 < cap) name[n++] = *q;
                q++;
            }
            name[n] = '\0';
            return n > 0;
        }
    }
    return 0;
}

/* Normalizes an encoding name like CPython's get_normal_name. */
static const char *tok_normal_encoding(const char *s)
{
    char low[13];
    size_t i;
    for (i = 0; i < 12 && s[i]; i++) low[i] = (char)(s[i] == '_' ? '-' : tolower((unsigned char)s[i]));
    low[i] = '\0';
    if (strcmp(low, "utf-8") == 0 || strncmp(low, "utf-8-", 6) == 0 || strcmp(low, "utf8") == 0)
        return "utf-8";
    if (strcmp(low, "latin-1") == 0 || strcmp(low, "iso-8859-1") == 0 ||
        strcmp(low, "iso-latin-1") == 0 || strncmp(low, "latin-1-", 8) == 0 ||
        strncmp(low, "iso-8859-1-", 11) == 0 || strncmp(low, "iso-latin-1-", 12) == 0 ||
        strcmp(low, "latin1") == 0)
        return "iso-8859-1";
    return s;
}

/* Copies src into a new buffer translating \r\n and \r to \n. */
static char *tok_translate_newlines(const char *src, ssize_t len, ssize_t *outlen)
{
    char *buf = kr_raw_alloc((size_t)len + 2);
    if (!buf) return NULL;
    ssize_t j = 0;
    for (ssize_t i = 0; i < len; i++) {
        char c = src[i];
        if (c == '\r') {
            buf[j++] = '\n';
            if (i + 1 < len && src[i + 1] == '\n') i++;
        } else {
            buf[j++] = c;
        }
    }
    buf[j] = '\0';
    *outlen = j;
    return buf;
}

/* Position of the first invalid UTF-8 sequence, or -1. */
static ssize_t tok_check_utf8(const unsigned char *s, ssize_t n)
{
    ssize_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        if (c < 0x80) { i++; continue; }
        int need;
        uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF) { need = 2; cp = c & 0x0F; }
        else if (c >= 0xF0 && c <= 0xF4) { need = 3; cp = c & 0x07; }
        else return i;
        for (int k = 1; k <= need; k++) {
            if (i + k >= n || (s[i + k] & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((need == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return i;
        i += need + 1;
    }
    return -1;
}

/* Whether the byte at b sits in a comment: a '#' before it on its line,
 * outside string quotes (a rough scan, for the UTF-8 check only). */
static int tok_in_comment(const char *buf, const char *b)
{
    const char *ls = b;
    while (ls > buf && ls[-1] != '\n') ls--;
    char quote = 0;
    for (const char *q = ls; q < b; q++) {
        if (quote) {
            if (*q == '\\') q++;
            else if (*q == quote) quote = 0;
        } else if (*q == '\'' || *q == '"') {
            quote = *q;
        } else if (*q == '#') {
            return 1;
        }
    }
    return 0;
}

int kr_tokenizer_init(KrTokenizer *tok, const char *src, ssize_t len, int is_text,
                      KrObject *filename)
{
    memset(tok, 0, sizeof *tok);
    tok->filename = filename;
    if (len < 0) len = (ssize_t)strlen(src);
    int had_bom = 0;
    if (!is_text && len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        src += 3;
        len -= 3;
        had_bom = 1;
    }
    ssize_t n;
    char *buf = tok_translate_newlines(src, len, &n);
    if (!buf) { kr_err_no_memory(); return -1; }
    tok->buf = buf;
    tok->end = buf + n;
    tok->cur = tok->line_start = buf;
    tok->lineno = 1;
    tok->atbol = 1;
    if (!is_text) {
        /* PEP 263: a cookie on line 1, or on line 2 if line 1 is a comment
         * or blank. */
        char name[64] = "";
        const char *l1e = memchr(buf, '\n', (size_t)n);
        l1e = l1e ? l1e : tok->end;
        int found = tok_find_cookie(buf, l1e, name, sizeof name);
        if (!found && l1e < tok->end) {
            const char *p = buf;
            while (p < l1e && (*p == ' ' || *p == '\t' || *p == '\f')) p++;
            if (p == l1e || *p == '#') {
                const char *l2 = l1e + 1;
                const char *l2e = memchr(l2, '\n', (size_t)(tok->end - l2));
                found = tok_find_cookie(l2, l2e ? l2e : tok->end, name, sizeof name);
            }
        }
        if (found) {
            const char *enc = tok_normal_encoding(name);
            if (had_bom && strcmp(enc, "utf-8") != 0) {
                return kr_tokenizer_error(tok, kr_exc_SyntaxError, 0, -2, 0, -2,
                                          "encoding problem: %s with BOM", enc);
            }
            if (strcmp(enc, "iso-8859-1") == 0) {
                /* latin-1: every byte is the code point of the same value */
                char *nb = kr_raw_alloc((size_t)n * 2 + 1);
                if (!nb) { kr_err_no_memory(); return -1; }
                ssize_t j = 0;
                for (ssize_t i = 0; i < n; i++) {
                    unsigned char c = (unsigned char)buf[i];
                    if (c < 0x80) nb[j++] = (char)c;
                    else { nb[j++] = (char)(0xC0 | (c >> 6)); nb[j++] = (char)(0x80 | (c & 0x3F)); }
                }
                nb[j] = '\0';
                kr_raw_free(tok->buf);
                tok->buf = nb;
                tok->end = nb + j;
                tok->cur = tok->line_start = nb;
                return 0;
            }
            if (strcmp(enc, "utf-8") != 0) {
                KrObject *s = kr_str_decode(buf, n, enc, "strict");
                if (!s) {
                    if (kr_err_matches(kr_exc_LookupError)) {
                        kr_err_clear();
                        return kr_tokenizer_error(tok, kr_exc_SyntaxError, 0, -2, 0, -2,
                                                  "unknown encoding: %s", name);
                    }
                    return -1;
                }
                ssize_t ulen;
                const char *u = kr_str_as_utf8(s, &ulen);
                char *nb = u ? kr_raw_alloc((size_t)ulen + 1) : NULL;
                if (!nb) { KR_DECREF(s); if (u) kr_err_no_memory(); return -1; }
                memcpy(nb, u, (size_t)ulen + 1);
                KR_DECREF(s);
                kr_raw_free(tok->buf);
                tok->buf = nb;
                tok->end = nb + ulen;
                tok->cur = tok->line_start = nb;
                return 0;
            }
        }
    }
    ssize_t bad = tok_check_utf8((const unsigned char *)tok->buf, n);
    while (bad >= 0 && tok_in_comment(tok->buf, tok->buf + bad)) {
        /* comments are never decoded: CPython accepts any bytes there */
        const char *nl = memchr(tok->buf + bad, '\n', (size_t)(n - bad));
        if (!nl) { bad = -1; break; }
        ssize_t from = nl - tok->buf;
        ssize_t more = tok_check_utf8((const unsigned char *)nl, n - from);
        bad = more < 0 ? -1 : from + more;
    }
    if (bad >= 0) {
        /* CPython decodes token by token: the position counts from the start
         * of the string body or word holding the bad byte, and a string's
         * error points after the string. */
        int line = 1;
        const char *ls = tok->buf;
        for (ssize_t i = 0; i < bad; i++)
            if (tok->buf[i] == '\n') { line++; ls = tok->buf + i + 1; }
        const char *b = tok->buf + bad, *w = b;
        /* inside a string literal of this line? (quotes before the byte) */
        char quote = 0;
        const char *qs = NULL;
        for (const char *q = ls; q < b; q++) {
            if (quote) {
                if (*q == '\\') q++;
                else if (*q == quote) quote = 0;
            } else if (*q == '\'' || *q == '"') {
                quote = *q;
                qs = q + 1;
            } else if (*q == '#') {
                break;
            }
        }
        int in_string = quote != 0;
        if (in_string) w = qs;
        else while (w > ls && (unsigned char)w[-1] >= 0x80) w--;
        unsigned char c = (unsigned char)*b;
        const char *why = "invalid start byte";
        if (c >= 0xC2 && c <= 0xF4) {
            unsigned char nx = bad + 1 < n ? (unsigned char)b[1] : 0;
            why = (!in_string && nx < 0x80) || bad + 1 >= n ? "unexpected end of data"
                                                            : "invalid continuation byte";
        }
        int col = (int)(w - ls), ecol = col;
        if (in_string) {
            /* CPython reports at the token after the string */
            const char *q = b;
            while (q < tok->end && *q != '\n' && *q != quote) q++;
            if (q < tok->end && *q == quote) q++;
            while (q < tok->end && (*q == ' ' || *q == '\t')) q++;
            col = (int)(q - ls);
            const char *e = q;
            while (e < tok->end && *e != '\n' && *e != ' ') e++;
            ecol = e > q && *q != '\n' ? col + 1 : col;
        }
        tok->line_start = ls;
        tok->lineno = line;
        return kr_tokenizer_error(tok, kr_exc_SyntaxError, line, col, line, ecol,
                                  "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s",
                                  c, (int)(b - w), why);
    }
    return 0;
}

void kr_tokenizer_fini(KrTokenizer *tok)
{
    kr_raw_free(tok->buf);
    tok->buf = NULL;
}

/* ---------------------------------------------------------------------------
 * Character helpers
 * ------------------------------------------------------------------------ */

/* Decodes one UTF-8 code point at p (valid UTF-8 assumed); sets *len. */
static uint32_t tok_decode(const char *p, int *len)
{
    const unsigned char *s = (const unsigned char *)p;
    if (s[0] < 0x80) { *len = 1; return s[0]; }
    if (s[0] < 0xE0) { *len = 2; return ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu); }
    if (s[0] < 0xF0) { *len = 3; return ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu); }
    *len = 4;
    return ((s[0] & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
}

static int tok_is_potential_id_start(unsigned char c)
{
    return c >= 128 || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int tok_is_potential_id_char(unsigned char c)
{
    return tok_is_potential_id_start(c) || (c >= '0' && c <= '9');
}

/* XID_Start / XID_Continue approximations through utf8proc categories. */
static int tok_id_start_ok(uint32_t cp)
{
    if (cp == 0x2118 || cp == 0x212E || cp == 0x309B || cp == 0x309C || cp == 0x1885 || cp == 0x1886)
        return 1;
    switch (utf8proc_category((utf8proc_int32_t)cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_NL:
        return 1;
    default:
        return 0;
    }
}

static int tok_id_continue_ok(uint32_t cp)
{
    if (tok_id_start_ok(cp)) return 1;
    if (cp == 0xB7 || cp == 0x387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA) return 1;
    switch (utf8proc_category((utf8proc_int32_t)cp)) {
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_PC:
        return 1;
    default:
        return 0;
    }
}

static int tok_is_printable(uint32_t cp)
{
    switch (utf8proc_category((utf8proc_int32_t)cp)) {
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_ZS:
        return cp == ' ';
    default:
        return 1;
    }
}

/* Reports a character that cannot start a token. */
static int tok_bad_char(KrTokenizer *tok, const char *p)
{
    int l;
    uint32_t cp = tok_decode(p, &l);
    int c = TOK_COL(tok, p);
    if (!tok_is_printable(cp))
        return kr_tokenizer_error(tok, kr_exc_SyntaxError, tok->lineno, c, tok->lineno, c,
                                  "invalid non-printable character U+%04X", cp);
    return kr_tokenizer_error(tok, kr_exc_SyntaxError, tok->lineno, c, tok->lineno, c,
                              "invalid character '%.*s' (U+%04X)", l, p, cp);
}

/* Checks a non-ASCII identifier's characters (NFKC applied later by the
 * parser). 0 or -1 with SyntaxError. */
static int tok_verify_identifier(KrTokenizer *tok, const char *s, const char *e)
{
    const char *p = s;
    int first = 1;
    while (p < e) {
        int l;
        uint32_t cp = tok_decode(p, &l);
        int ok = cp < 128 ? (first ? tok_is_potential_id_start((unsigned char)cp)
                                   : tok_is_potential_id_char((unsigned char)cp))
                          : (first ? tok_id_start_ok(cp) : tok_id_continue_ok(cp));
        if (!ok) {
            /* NFKC may turn it into an identifier character (e.g. ℌ). */
            utf8proc_uint8_t *norm = NULL;
            utf8proc_ssize_t nl = utf8proc_map((const utf8proc_uint8_t *)p, l, &norm,
                                               UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
            if (nl > 0) {
                int l2;
                uint32_t cp2 = tok_decode((const char *)norm, &l2);
                ok = first ? (cp2 < 128 ? tok_is_potential_id_start((unsigned char)cp2) : tok_id_start_ok(cp2))
                           : (cp2 < 128 ? tok_is_potential_id_char((unsigned char)cp2) : tok_id_continue_ok(cp2));
            }
            free(norm);
            if (!ok) return tok_bad_char(tok, p);
        }
        first = 0;
        p += l;
    }
    return 0;
}

/* ---------------------------------------------------------------------------
 * Numbers
 * ------------------------------------------------------------------------ */

static int tok_isdigit(char c) { return c >= '0' && c <= '9'; }

/* After a number: a letter directly following is an error unless it starts
 * a keyword that may follow a number (1if x else y). 0 or -1. */
static int tok_verify_end_of_number(KrTokenizer *tok, const char *p, const char *kind)
{
    unsigned char c = (unsigned char)*p;
    if (p >= tok->end || !tok_is_potential_id_char(c)) return 0;
    static const char *const ok_kw[] = { "and", "else", "for", "if", "in", "is", "not", "or" };
    for (size_t i = 0; i < sizeof ok_kw / sizeof ok_kw[0]; i++) {
        size_t n = strlen(ok_kw[i]);
        if ((size_t)(tok->end - p) >= n && memcmp(p, ok_kw[i], n) == 0) {
            /* `1if x else y` is accepted with a SyntaxWarning, which becomes
             * a SyntaxError when warnings are errors (-W error) */
            char wmsg[64];
            snprintf(wmsg, sizeof wmsg, "invalid %s literal", kind);
            if (kr_err_warn_explicit(kr_exc_SyntaxWarning, wmsg, tok->filename, tok->lineno, NULL) < 0) {
                if (kr_err_matches(kr_exc_SyntaxWarning)) {
                    kr_err_clear();
                    return tok_error_at(tok, p - 1, wmsg);
                }
                return -1;
            }
            return 0;
        }
    }
    /* CPython's offset counts the characters before the offending one */
    char msg[64];
    snprintf(msg, sizeof msg, "invalid %s literal", kind);
    return tok_error_at(tok, p - 1, msg);
}

/* Reads digits with single underscores between them; returns the end, or
 * NULL after raising "invalid decimal literal" for a misplaced '_'. */
static const char *tok_decimal_tail(KrTokenizer *tok, const char *p)
{
    for (;;) {
        while (p < tok->end && tok_isdigit(*p)) p++;
        if (p < tok->end && *p == '_') {
            if (p + 1 < tok->end && tok_isdigit(p[1])) { p++; continue; }
            tok_error_at(tok, p, "invalid decimal literal");
            return NULL;
        }
        return p;
    }
}

/* Scans a number starting at p; returns its end or NULL with an error. */
static const char *tok_number(KrTokenizer *tok, const char *p)
{
    const char *start = p;
    if (*p == '0' && p + 1 < tok->end && (p[1] == 'x' || p[1] == 'X' || p[1] == 'o' ||
                                           p[1] == 'O' || p[1] == 'b' || p[1] == 'B')) {
        char k = (char)tolower((unsigned char)p[1]);
        const char *kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
        p += 2;
        for (;;) {
            if (p < tok->end && *p == '_') p++;
            const char *ds = p;
            for (;;) {
                char c = p < tok->end ? *p : 0;
                int ok = k == 'x' ? isxdigit((unsigned char)c) : k == 'o' ? (c >= '0' && c <= '7')
                                                                          : (c == '0' || c == '1');
                if (!ok) break;
                p++;
            }
            if (p == ds) {
                char c = p < tok->end ? *p : 0;
                if (k != 'x' && tok_isdigit(c)) {
                    char msg[64];
                    snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", c, kind);
                    tok_error_at(tok, p, msg);
                    return NULL;
                }
                char msg[64];
                snprintf(msg, sizeof msg, "invalid %s literal", kind);
                tok_error_at(tok, p > start + 2 ? p : p - 1 + (p[-1] == '_'), msg);
                return NULL;
            }
            if (p < tok->end && *p == '_') continue;
            break;
        }
        char c = p < tok->end ? *p : 0;
        if (k != 'x' && tok_isdigit(c)) {
            char msg[64];
            snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", c, kind);
            tok_error_at(tok, p, msg);
            return NULL;
        }
        if (tok_verify_end_of_number(tok, p, kind) < 0) return NULL;
        return p;
    }
    int is_float = 0;
    if (*p == '.') {
        /* .5 */
        p = tok_decimal_tail(tok, p + 1);
        if (!p) return NULL;
        is_float = 1;
    } else if (*p == '0') {
        /* zeros, then maybe a float; otherwise nonzero digits are an error */
        const char *zs = p;
        while (p < tok->end && (*p == '0' || (*p == '_' && p + 1 < tok->end && tok_isdigit(p[1])))) p++;
        if (p < tok->end && *p == '_') { tok_error_at(tok, p, "invalid decimal literal"); return NULL; }
        const char *nz = p;
        if (p < tok->end && tok_isdigit(*p)) {
            p = tok_decimal_tail(tok, p);
            if (!p) return NULL;
        }
        char c = p < tok->end ? *p : 0;
        if (c != '.' && c != 'e' && c != 'E' && c != 'j' && c != 'J') {
            if (nz != p) {
                int col = TOK_COL(tok, zs);
                kr_tokenizer_error(tok, kr_exc_SyntaxError, tok->lineno, col, tok->lineno,
                                   TOK_COL(tok, nz),
                                   "leading zeros in decimal integer literals are not permitted; "
                                   "use an 0o prefix for octal integers");
                return NULL;
            }
            if (tok_verify_end_of_number(tok, p, "decimal") < 0) return NULL;
            return p;
        }
    } else {
        p = tok_decimal_tail(tok, p);
        if (!p) return NULL;
    }
    if (!is_float && p < tok->end && *p == '.') {
        p++;
        is_float = 1;
        if (p < tok->end && tok_isdigit(*p)) {
            p = tok_decimal_tail(tok, p);
            if (!p) return NULL;
        }
    }
    if (p < tok->end && (*p == 'e' || *p == 'E')) {
        const char *e = p;
        p++;
        if (p < tok->end && (*p == '+' || *p == '-')) {
            p++;
            if (!(p < tok->end && tok_isdigit(*p))) {
                tok_error_at(tok, p - 1, "invalid decimal literal");
                return NULL;
            }
        } else if (!(p < tok->end && tok_isdigit(*p))) {
            /* `1else`: not an exponent */
            p = e;
            if (tok_verify_end_of_number(tok, p, "decimal") < 0) return NULL;
            return p;
        }
        p = tok_decimal_tail(tok, p);
        if (!p) return NULL;
    }
    if (p < tok->end && (*p == 'j' || *p == 'J')) {
        p++;
        if (tok_verify_end_of_number(tok, p, "imaginary") < 0) return NULL;
        return p;
    }
    if (tok_verify_end_of_number(tok, p, "decimal") < 0) return NULL;
    return p;
}

/* ---------------------------------------------------------------------------
 * Strings
 * ------------------------------------------------------------------------ */

static int tok_is_string_prefix(const char *s, size_t n)
{
    if (n == 0 || n > 2) return 0;
    char a = (char)tolower((unsigned char)s[0]);
    if (n == 1) return a == 'r' || a == 'b' || a == 'u' || a == 'f';
    char b = (char)tolower((unsigned char)s[1]);
    return (a == 'r' && (b == 'b' || b == 'f')) || (b == 'r' && (a == 'b' || a == 'f'));
}

/* Scans the string whose quote is at q (prefix starts at start). Updates
 * line tracking; returns the end or NULL with an error. */
static const char *tok_string(KrTokenizer *tok, const char *start, const char *q)
{
    char quote = *q;
    int triple = q + 2 < tok->end && q[1] == quote && q[2] == quote;
    int sline = tok->lineno, scol = TOK_COL(tok, start);
    const char *sline_start = tok->line_start;
    const char *p = q + (triple ? 3 : 1);
    for (;;) {
        if (p >= tok->end) {
            /* CPython counts the lines read: a final newline opens none */
            int at = tok->lineno;
            if (p == tok->line_start && at > sline) at--;
            tok->line_start = sline_start;
            tok->lineno = sline;
            if (triple)
                kr_tokenizer_error(tok, kr_exc_SyntaxError, sline, scol, sline, scol,
                                   "unterminated triple-quoted string literal (detected at line %d)", at);
            else
                kr_tokenizer_error(tok, kr_exc_SyntaxError, sline, scol, sline, scol,
                                   "unterminated string literal (detected at line %d)", at);
            return NULL;
        }
        char c = *p;
        if (c == '\n') {
            if (!triple) {
                kr_tokenizer_error(tok, kr_exc_SyntaxError, sline, scol, sline, scol,
                                   "unterminated string literal (detected at line %d)", tok->lineno);
                return NULL;
            }
            p++;
            tok->lineno++;
            tok->line_start = p;
            continue;
        }
        if (c == '\\') {
            p++;
            if (p < tok->end) {
                if (*p == '\n') {
                    tok->lineno++;
                    tok->line_start = p + 1;
                }
                p++;
            }
            continue;
        }
        if (c == quote) {
            if (!triple) return p + 1;
            if (p + 2 < tok->end && p[1] == quote && p[2] == quote) return p + 3;
        }
        p++;
    }
}

/* ---------------------------------------------------------------------------
 * Operators
 * ------------------------------------------------------------------------ */

static int tok_operator(const char *p, const char *end, int *len)
{
    char c1 = p[0], c2 = p + 1 < end ? p[1] : 0, c3 = p + 2 < end ? p[2] : 0;
    *len = 3;
    if (c1 == '*' && c2 == '*' && c3 == '=') return KR_TOK_DOUBLESTAREQUAL;
    if (c1 == '.' && c2 == '.' && c3 == '.') return KR_TOK_ELLIPSIS;
    if (c1 == '/' && c2 == '/' && c3 == '=') return KR_TOK_DOUBLESLASHEQUAL;
    if (c1 == '<' && c2 == '<' && c3 == '=') return KR_TOK_LEFTSHIFTEQUAL;
    if (c1 == '>' && c2 == '>' && c3 == '=') return KR_TOK_RIGHTSHIFTEQUAL;
    *len = 2;
    switch (c1) {
    case '!': if (c2 == '=') return KR_TOK_NOTEQUAL; break;
    case '%': if (c2 == '=') return KR_TOK_PERCENTEQUAL; break;
    case '&': if (c2 == '=') return KR_TOK_AMPEREQUAL; break;
    case '*': if (c2 == '*') return KR_TOK_DOUBLESTAR; if (c2 == '=') return KR_TOK_STAREQUAL; break;
    case '+': if (c2 == '=') return KR_TOK_PLUSEQUAL; break;
    case '-': if (c2 == '=') return KR_TOK_MINEQUAL; if (c2 == '>') return KR_TOK_RARROW; break;
    case '/': if (c2 == '/') return KR_TOK_DOUBLESLASH; if (c2 == '=') return KR_TOK_SLASHEQUAL; break;
    case ':': if (c2 == '=') return KR_TOK_COLONEQUAL; break;
    case '<':
        if (c2 == '<') return KR_TOK_LEFTSHIFT;
        if (c2 == '=') return KR_TOK_LESSEQUAL;
        if (c2 == '>') return KR_TOK_NOTEQUAL;
        break;
    case '=': if (c2 == '=') return KR_TOK_EQEQUAL; break;
    case '>': if (c2 == '=') return KR_TOK_GREATEREQUAL; if (c2 == '>') return KR_TOK_RIGHTSHIFT; break;
    case '@': if (c2 == '=') return KR_TOK_ATEQUAL; break;
    case '^': if (c2 == '=') return KR_TOK_CIRCUMFLEXEQUAL; break;
    case '|': if (c2 == '=') return KR_TOK_VBAREQUAL; break;
    }
    *len = 1;
    switch (c1) {
    case '(': return KR_TOK_LPAR;
    case ')': return KR_TOK_RPAR;
    case '[': return KR_TOK_LSQB;
    case ']': return KR_TOK_RSQB;
    case ':': return KR_TOK_COLON;
    case ',': return KR_TOK_COMMA;
    case ';': return KR_TOK_SEMI;
    case '+': return KR_TOK_PLUS;
    case '-': return KR_TOK_MINUS;
    case '*': return KR_TOK_STAR;
    case '/': return KR_TOK_SLASH;
    case '|': return KR_TOK_VBAR;
    case '&': return KR_TOK_AMPER;
    case '<': return KR_TOK_LESS;
    case '>': return KR_TOK_GREATER;
    case '=': return KR_TOK_EQUAL;
    case '.': return KR_TOK_DOT;
    case '%': return KR_TOK_PERCENT;
    case '{': return KR_TOK_LBRACE;
    case '}': return KR_TOK_RBRACE;
    case '~': return KR_TOK_TILDE;
    case '^': return KR_TOK_CIRCUMFLEX;
    case '@': return KR_TOK_AT;
    case '!': case '$': case '?': case '`': return KR_TOK_ERRORTOKEN;
    }
    return -1;
}

/* ---------------------------------------------------------------------------
 * The main loop
 * ------------------------------------------------------------------------ */

static void tok_set(KrTokenizer *tok, KrToken *t, int type, const char *s, const char *e,
                    int sline, int scol)
{
    t->type = type;
    t->kw = 0;
    t->start = s;
    t->end = e;
    t->lineno = sline;
    t->col_offset = scol;
    t->end_lineno = tok->lineno;
    t->end_col_offset = TOK_COL(tok, e);
}

/* Computes the indentation of a new logical line; queues INDENT/DEDENTs. */
static int tok_indentation(KrTokenizer *tok)
{
    int col = 0, altcol = 0;
    const char *p = tok->cur;
    for (; p < tok->end; p++) {
        if (*p == ' ') { col++; altcol++; }
        else if (*p == '\t') { col = (col / 8 + 1) * 8; altcol++; }
        else if (*p == '\f') { col = altcol = 0; }
        else break;
    }
    tok->cur = p;
    /* Blank lines, comment-only lines and the end of input do not change the
     * indentation. */
    if (p >= tok->end || *p == '#' || *p == '\n' || *p == '\\')
        return 0;
    if (col == tok->indstack[tok->indent]) {
        if (altcol != tok->altindstack[tok->indent]) goto tab_error;
    } else if (col > tok->indstack[tok->indent]) {
        if (tok->indent + 1 >= KR_TOK_MAXINDENT)
            return kr_tokenizer_error(tok, kr_exc_IndentationError, tok->lineno, 0, tok->lineno, 0,
                                      "too many levels of indentation");
        if (altcol <= tok->altindstack[tok->indent]) goto tab_error;
        tok->pendin++;
        tok->indent++;
        tok->indstack[tok->indent] = col;
        tok->altindstack[tok->indent] = altcol;
    } else {
        while (tok->indent > 0 && col < tok->indstack[tok->indent]) {
            tok->pendin--;
            tok->indent--;
        }
        if (col != tok->indstack[tok->indent]) {
            const char *le = memchr(p, '\n', (size_t)(tok->end - p));
            int c = TOK_COL(tok, le ? le : tok->end);
            return kr_tokenizer_error(tok, kr_exc_IndentationError, tok->lineno, c, tok->lineno, -2,
                                      "unindent does not match any outer indentation level");
        }
        if (altcol != tok->altindstack[tok->indent]) goto tab_error;
    }
    return 0;
tab_error:
    return kr_tokenizer_error(tok, kr_exc_TabError, tok->lineno, 0, tok->lineno, -1,
                              "inconsistent use of tabs and spaces in indentation");
}

int kr_tokenizer_next(KrTokenizer *tok, KrToken *t)
{
again:
    if (tok->atbol) {
        tok->atbol = 0;
        if (tok->level == 0 && tok_indentation(tok) < 0) return -1;
    }
    /* Pending INDENT/DEDENT tokens */
    if (tok->pendin != 0) {
        int type = tok->pendin > 0 ? KR_TOK_INDENT : KR_TOK_DEDENT;
        if (tok->pendin > 0) tok->pendin--; else tok->pendin++;
        tok_set(tok, t, type, tok->cur, tok->cur, tok->lineno, TOK_COL(tok, tok->cur));
        if (type == KR_TOK_INDENT) t->col_offset = 0; /* CPython's INDENT spans the whitespace */
        return 0;
    }
    const char *p = tok->cur;
    /* Skip spaces */
    while (p < tok->end && (*p == ' ' || *p == '\t' || *p == '\f')) p++;
    /* Comments (type comments are ignored too) */
    if (p < tok->end && *p == '#') {
        while (p < tok->end && *p != '\n') p++;
    }
    tok->cur = p;
    if (p >= tok->end) {
        /* End of input: NEWLINE (if the last line had tokens), DEDENTs, ENDMARKER */
        if (!tok->last_was_newline && !tok->eof_newline_sent && tok->level == 0) {
            tok->eof_newline_sent = 1;
            tok->last_was_newline = 1;
            tok_set(tok, t, KR_TOK_NEWLINE, p, p, tok->lineno, TOK_COL(tok, p));
            if (tok->eof_no_col) t->col_offset = t->end_col_offset = -1;
            return 0;
        }
        /* CPython places the final DEDENTs and ENDMARKER at the end of the
         * last line (where its errors then point). */
        int el = tok->lineno, ec = TOK_COL(tok, p);
        if (p == tok->line_start && p > tok->buf && el > 1) {
            const char *ls = p - 1;
            while (ls > tok->buf && ls[-1] != '\n') ls--;
            el--;
            ec = (int)(p - 1 - ls);
        }
        int type = KR_TOK_ENDMARKER;
        if (tok->indent > 0 && tok->level == 0) {  /* inside brackets: no DEDENTs */
            tok->indent--;
            type = KR_TOK_DEDENT;
        } else {
            tok->done = 1;
        }
        t->type = type;
        t->kw = 0;
        t->start = t->end = p;
        t->lineno = t->end_lineno = el;
        t->col_offset = t->end_col_offset = ec;
        if (tok->eof_no_col) {
            t->col_offset = t->end_col_offset = -1;
            if (tok->end == tok->buf) t->lineno = t->end_lineno = 0;
        }
        return 0;
    }
    char c = *p;
    int sline = tok->lineno, scol = TOK_COL(tok, p);
    if (c == '\n') {
        int blank = tok->last_was_newline || tok->level > 0;
        tok->cur = p + 1;
        if (blank) {
            tok->lineno++;
            tok->line_start = tok->cur;
            if (tok->level == 0) tok->atbol = 1;
            goto again;
        }
        tok_set(tok, t, KR_TOK_NEWLINE, p, p + 1, sline, scol);
        t->end_lineno = sline;
        t->end_col_offset = scol; /* CPython leaves the '\n' out of the token */
        tok->lineno++;
        tok->line_start = tok->cur;
        tok->atbol = 1;
        tok->last_was_newline = 1;
        return 0;
    }
    if (c == '\\') {
        if (p + 1 < tok->end && p[1] == '\n') {
            tok->cur = p + 2;
            tok->lineno++;
            tok->line_start = tok->cur;
            if (tok->cur >= tok->end) {
                tok->soft_error = 1;
                return kr_tokenizer_error(tok, kr_exc_SyntaxError, sline, scol, sline, scol,
                                          "unexpected EOF while parsing");
            }
            goto again;
        }
        tok->soft_error = 1;
        if (p + 1 >= tok->end)
            return kr_tokenizer_error(tok, kr_exc_SyntaxError, sline, scol + 1, sline, scol + 1,
                                      "unexpected EOF while parsing");
        return kr_tokenizer_error(tok, kr_exc_SyntaxError, sline, scol + 1, sline, -1,
                                  "unexpected character after line continuation character");
    }
    tok->last_was_newline = 0;
    /* Identifiers, keywords, string prefixes */
    if (tok_is_potential_id_start((unsigned char)c)) {
        const char *e = p;
        int nonascii = 0;
        while (e < tok->end && tok_is_potential_id_char((unsigned char)*e)) {
            if ((unsigned char)*e >= 128) nonascii = 1;
            e++;
        }
        if (e < tok->end && (*e == '"' || *e == '\'') && tok_is_string_prefix(p, (size_t)(e - p))) {
            const char *se = tok_string(tok, p, e);
            if (!se) return -1;
            tok->cur = se;
            tok_set(tok, t, KR_TOK_STRING, p, se, sline, scol);
            return 0;
        }
        if (nonascii && tok_verify_identifier(tok, p, e) < 0) return -1;
        tok->cur = e;
        tok_set(tok, t, KR_TOK_NAME, p, e, sline, scol);
        t->kw = nonascii ? 0 : kr_tokenizer_keyword(p, (size_t)(e - p));
        return 0;
    }
    if (tok_isdigit(c) || (c == '.' && p + 1 < tok->end && tok_isdigit(p[1]))) {
        const char *e = tok_number(tok, p);
        if (!e) return -1;
        tok->cur = e;
        tok_set(tok, t, KR_TOK_NUMBER, p, e, sline, scol);
        return 0;
    }
    if (c == '"' || c == '\'') {
        const char *se = tok_string(tok, p, p);
        if (!se) return -1;
        tok->cur = se;
        tok_set(tok, t, KR_TOK_STRING, p, se, sline, scol);
        return 0;
    }
    int len;
    int op = tok_operator(p, tok->end, &len);
    if (op < 0) return tok_bad_char(tok, p);
    if (op == KR_TOK_LPAR || op == KR_TOK_LSQB || op == KR_TOK_LBRACE) {
        if (tok->level >= KR_TOK_MAXLEVEL)
            return kr_tokenizer_error(tok, kr_exc_SyntaxError, sline, scol, sline, scol,
                                      "too many nested parentheses");
        tok->parenstack[tok->level] = c;
        tok->parenlinestack[tok->level] = sline;
        tok->parencolstack[tok->level] = scol;
        tok->level++;
    } else if (op == KR_TOK_RPAR || op == KR_TOK_RSQB || op == KR_TOK_RBRACE) {
        if (tok->level == 0)
            return kr_tokenizer_error(tok, kr_exc_SyntaxError, sline, scol, sline, scol,
                                      "unmatched '%c'", c);
        tok->level--;
        char open = tok->parenstack[tok->level];
        if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))) {
            int oline = tok->parenlinestack[tok->level];
            if (oline != sline)
                return kr_tokenizer_error(tok, kr_exc_SyntaxError, sline, scol, sline, scol,
                                          "closing parenthesis '%c' does not match opening "
                                          "parenthesis '%c' on line %d", c, open, oline);
            return kr_tokenizer_error(tok, kr_exc_SyntaxError, sline, scol, sline, scol,
                                      "closing parenthesis '%c' does not match opening "
                                      "parenthesis '%c'", c, open);
        }
    }
    tok->cur = p + len;
    tok_set(tok, t, op, p, p + len, sline, scol);
    return 0;
}
