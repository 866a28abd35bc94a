/* parser.h — the public entry points of the parser: source text to AST, and
 * the ast.dump() text used to diff krait's parser against CPython's. */
#ifndef KR_PARSER_PARSER_H
#define KR_PARSER_PARSER_H

#include "ast.h"

/* Start symbols, as compile()'s modes "exec", "eval", "single", "func_type". */
enum { KR_PARSE_EXEC = 0, KR_PARSE_EVAL = 1, KR_PARSE_SINGLE = 2, KR_PARSE_FUNC_TYPE = 3 };

/* Flags for kr_parse_source_flags. */
#define KR_PARSE_FLAG_TYPE_COMMENTS 0x1   /* accepted but ignored */
#define KR_PARSE_FLAG_IGNORE_COOKIE 0x2   /* source is already UTF-8 text (str given to compile()) */

/* Parses src[0:len] (len -1: NUL-terminated; bytes, decoded with the PEP 263
 * coding cookie, default UTF-8) as a Module / Expression / Interactive /
 * FunctionType. filename (a str, borrowed) goes into SyntaxErrors. Nodes and
 * the objects they hold live in `arena`. Returns the tree, or NULL with
 * SyntaxError (IndentationError, TabError), ValueError (NUL bytes in the
 * source, as compile()) or MemoryError (also for nesting deeper than
 * CPython's parser allows, as CPython) set. */
KrAstMod *kr_parse_source(const char *src, ssize_t len, KrObject *filename, int mode,
                          KrArena *arena);
KrAstMod *kr_parse_source_flags(const char *src, ssize_t len, KrObject *filename, int mode,
                                int flags, KrArena *arena);

/* ast.dump(tree) with CPython 3.11's default arguments: a new str, or NULL
 * with an exception set. */
KrObject *kr_ast_dump(KrAstMod *mod);

/* `krait -X ast-dump FILE`: parses FILE and prints its dump and a newline to
 * stdout; returns 0. On an error prints it to stderr (kr_err_print) and
 * returns 1. `-X ast-dump @LISTFILE` is kr_ast_dump_list(LISTFILE). */
int kr_ast_dump_file(const char *path);

/* `krait -X ast-dump-list LISTFILE`: for each path (one a line) in LISTFILE
 * prints "\x01PATH\n" then the dump and a newline, or "ERROR Type: msg\n".
 * A line "#attributes" makes the following dumps include positions
 * (ast.dump(..., include_attributes=True)).
 * Returns 0 if every file parsed, else 1. Used by tools/check_stdlib_parse.py
 * to avoid one process start per file. */
int kr_ast_dump_list(const char *listpath);

#endif
