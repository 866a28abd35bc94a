/* compile.h — the compiler's public entry points: AST or source text to a
 * code object, and the disassembler used by `krait -X dis FILE`. */
#ifndef KR_COMPILER_COMPILE_H
#define KR_COMPILER_COMPILE_H

#include <stdio.h>
#include "../parser/ast.h"

/* Compiles a module AST (mode: KR_PARSE_EXEC, KR_PARSE_EVAL or
 * KR_PARSE_SINGLE from parser.h, matching the tree's kind) into a code
 * object. optimize: -1 means the interpreter's -O level, 0 keeps asserts and
 * __debug__ true, 1 drops asserts, 2 also drops docstrings. The AST may be
 * modified in place (constant folding). filename is borrowed. Returns a new
 * reference, or NULL with SyntaxError (or MemoryError, RecursionError). */
KrObject *kr_compile_mod(KrAstMod *mod, KrObject *filename, int mode, int optimize);

/* Flags for kr_compile_source_flags. */
#define KR_COMPILE_FLAG_IGNORE_COOKIE 0x2   /* as KR_PARSE_FLAG_IGNORE_COOKIE */

/* Parses src[0:len] (len -1: NUL-terminated) with kr_parse_source and
 * compiles the tree. Same result contract as kr_compile_mod. */
KrObject *kr_compile_source(const char *src, ssize_t len, KrObject *filename, int mode,
                            int optimize);
KrObject *kr_compile_source_flags(const char *src, ssize_t len, KrObject *filename, int mode,
                                  int optimize, int flags);

/* Writes a dis-like listing of a code object to `out` (line, offset, opname,
 * oparg, argrepr), then recursively the code objects among its constants.
 * Returns 0, or -1 with an exception set. */
int kr_dis_print(KrObject *code, FILE *out);
/* `krait -X dis FILE`: compiles FILE and prints its listing to stdout.
 * Returns 0, or 1 after printing the error to stderr. */
int kr_dis_file(const char *path);

#endif
