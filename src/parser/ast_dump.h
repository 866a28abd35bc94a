/* ast_dump.h — helpers behind the generated dump code (ast_gen.c) that writes
 * the text of CPython's ast.dump() into a growing buffer. */
#ifndef KR_PARSER_AST_DUMP_H
#define KR_PARSER_AST_DUMP_H

#include "ast.h"

/* Appends n bytes; 0 or -1 with MemoryError. */
int kr_ast_dump_put(KrAstBuf *out, const char *s, size_t n);
#define KR_AST_PUT(lit) do { const char *kr_s_ = (lit); \
    if (kr_ast_dump_put(out, kr_s_, strlen(kr_s_)) < 0) return -1; } while (0)
/* repr() of an identifier (a str), of any object, of an int. 0 or -1. */
int kr_ast_dump_identifier(KrAstBuf *out, KrObject *id);
int kr_ast_dump_object(KrAstBuf *out, KrObject *o);
int kr_ast_dump_int(KrAstBuf *out, long v);
/* "[...]" of identifiers, and of simple-sum values named by names[]. */
int kr_ast_dump_identifier_seq(KrAstBuf *out, KrAstIdentifierSeq *seq);
int kr_ast_dump_enum_seq(KrAstBuf *out, KrAstIntSeq *seq, const char *const *names);

#endif
