/* tokenizer.h — turns Python source (UTF-8 after PEP 263 decoding) into
 * tokens: NAME, NUMBER, STRING, operators, NEWLINE, INDENT/DEDENT, ENDMARKER,
 * with CPython's positions (1-based lines, 0-based UTF-8 byte columns) and
 * CPython's tokenizer error messages. */
#ifndef KR_PARSER_TOKENIZER_H
#define KR_PARSER_TOKENIZER_H

#include "../objects/object.h"

enum {
    KR_TOK_ENDMARKER, KR_TOK_NAME, KR_TOK_NUMBER, KR_TOK_STRING, KR_TOK_NEWLINE,
    KR_TOK_INDENT, KR_TOK_DEDENT,
    /* operators */
    KR_TOK_LPAR, KR_TOK_RPAR, KR_TOK_LSQB, KR_TOK_RSQB, KR_TOK_COLON, KR_TOK_COMMA,
    KR_TOK_SEMI, KR_TOK_PLUS, KR_TOK_MINUS, KR_TOK_STAR, KR_TOK_SLASH, KR_TOK_VBAR,
    KR_TOK_AMPER, KR_TOK_LESS, KR_TOK_GREATER, KR_TOK_EQUAL, KR_TOK_DOT, KR_TOK_PERCENT,
    KR_TOK_LBRACE, KR_TOK_RBRACE, KR_TOK_EQEQUAL, KR_TOK_NOTEQUAL, KR_TOK_LESSEQUAL,
    KR_TOK_GREATEREQUAL, KR_TOK_TILDE, KR_TOK_CIRCUMFLEX, KR_TOK_LEFTSHIFT,
    KR_TOK_RIGHTSHIFT, KR_TOK_DOUBLESTAR, KR_TOK_PLUSEQUAL, KR_TOK_MINEQUAL,
    KR_TOK_STAREQUAL, KR_TOK_SLASHEQUAL, KR_TOK_PERCENTEQUAL, KR_TOK_AMPEREQUAL,
    KR_TOK_VBAREQUAL, KR_TOK_CIRCUMFLEXEQUAL, KR_TOK_LEFTSHIFTEQUAL,
    KR_TOK_RIGHTSHIFTEQUAL, KR_TOK_DOUBLESTAREQUAL, KR_TOK_DOUBLESLASH,
    KR_TOK_DOUBLESLASHEQUAL, KR_TOK_AT, KR_TOK_ATEQUAL, KR_TOK_RARROW, KR_TOK_ELLIPSIS,
    KR_TOK_COLONEQUAL,
    KR_TOK_ERRORTOKEN,         /* '!', '$', '?', '`': no grammar rule accepts it */
    KR_TOK_COUNT
};

/* Keywords (a NAME token's `kw`). Soft keywords (match, case, _) are NAMEs
 * with kw 0; the parser compares their text. */
enum {
    KR_KW_NONE_ = 0,
    KR_KW_FALSE, KR_KW_NONE, KR_KW_TRUE, KR_KW_AND, KR_KW_AS, KR_KW_ASSERT, KR_KW_ASYNC,
    KR_KW_AWAIT, KR_KW_BREAK, KR_KW_CLASS, KR_KW_CONTINUE, KR_KW_DEF, KR_KW_DEL,
    KR_KW_ELIF, KR_KW_ELSE, KR_KW_EXCEPT, KR_KW_FINALLY, KR_KW_FOR, KR_KW_FROM,
    KR_KW_GLOBAL, KR_KW_IF, KR_KW_IMPORT, KR_KW_IN, KR_KW_IS, KR_KW_LAMBDA,
    KR_KW_NONLOCAL, KR_KW_NOT, KR_KW_OR, KR_KW_PASS, KR_KW_RAISE, KR_KW_RETURN,
    KR_KW_TRY, KR_KW_WHILE, KR_KW_WITH, KR_KW_YIELD,
    KR_KW_COUNT
};

typedef struct {
    int type;                  /* KR_TOK_* */
    int kw;                    /* KR_KW_* for keywords, else 0 */
    const char *start, *end;   /* the text, inside the tokenizer's buffer */
    int lineno, col_offset, end_lineno, end_col_offset;
} KrToken;

#define KR_TOK_MAXINDENT 100
#define KR_TOK_MAXLEVEL 200

typedef struct {
    char *buf;                 /* the UTF-8 text, NUL-terminated (owned) */
    const char *end;           /* buf + length */
    const char *cur;           /* next character to read */
    const char *line_start;    /* first byte of the current physical line */
    int lineno;                /* line of `cur` */
    int atbol;                 /* at the beginning of a logical line */
    int pendin;                /* > 0: INDENTs to emit, < 0: DEDENTs */
    int indent;                /* index into indstack */
    int indstack[KR_TOK_MAXINDENT + 1], altindstack[KR_TOK_MAXINDENT + 1];
    int level;                 /* bracket nesting */
    char parenstack[KR_TOK_MAXLEVEL];
    int parenlinestack[KR_TOK_MAXLEVEL], parencolstack[KR_TOK_MAXLEVEL];
    int cont_line;             /* the logical line continues (backslash) */
    int done;                  /* ENDMARKER produced */
    int last_was_newline;      /* the previous token ended a logical line */
    int eof_newline_sent;
    int interactive;
    int eof_no_col;
    int soft_error;            /* the last error is one CPython signals by code (E_LINECONT, E_EOF) */            /* tokens made up at EOF get column -1 (non-exec input) */
    KrObject *filename;        /* borrowed, for errors */
} KrTokenizer;

/* Sets up a tokenizer over src[0:len]: strips a UTF-8 BOM, honours a PEP 263
 * coding cookie unless `is_text` (source already decoded), checks that the
 * text is valid UTF-8. 0, or -1 with SyntaxError set. */
int kr_tokenizer_init(KrTokenizer *tok, const char *src, ssize_t len, int is_text,
                      KrObject *filename);
void kr_tokenizer_fini(KrTokenizer *tok);
/* Reads the next token into *t. 0, or -1 with SyntaxError/IndentationError/
 * TabError set (CPython's tokenizer messages). */
int kr_tokenizer_next(KrTokenizer *tok, KrToken *t);

/* Raises `type` (a SyntaxError class) with CPython's SyntaxError arguments:
 * (msg, (filename, lineno, offset, text, end_lineno, end_offset)); col and
 * end_col are 0-based byte columns of lines in the tokenizer's text, and are
 * turned into 1-based character offsets; the line text is taken from the
 * buffer. end_lineno <= 0 means "same as lineno" with end_col = col + 1... as
 * CPython: pass explicit values. Always returns -1. */
int kr_tokenizer_error(KrTokenizer *tok, KrObject *type, int lineno, int col,
                       int end_lineno, int end_col, const char *fmt, ...);

/* The keyword id of an identifier text, or 0. */
int kr_tokenizer_keyword(const char *s, size_t n);

#endif
