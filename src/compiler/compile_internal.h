/* compile_internal.h — the compiler's private data structures, shared by
 * compile*.c, fold.c and assemble.c: instructions in basic blocks (the
 * control-flow graph), compilation units (one per code object being built)
 * and the frame-block stack used for break/continue/return unwinding. */
#ifndef KR_COMPILER_INTERNAL_H
#define KR_COMPILER_INTERNAL_H

#include "compile.h"
#include "symtable.h"
#include "../vm/opcodes.h"
#include "../objects/code.h"

/* Pseudo-instructions: exist only in the CFG; the assembler turns them into
 * real ones (jumps) or into exception table entries (SETUP_* / POP_BLOCK). */
enum {
    KR_PSEUDO_BASE = 256,
    KR_JUMP = KR_PSEUDO_BASE,  /* JUMP_FORWARD or JUMP_BACKWARD */
    KR_JUMP_NO_INTERRUPT,      /* JUMP_FORWARD or JUMP_BACKWARD_NO_INTERRUPT */
    KR_SETUP_FINALLY,          /* handler gets: exc (depth + 1) */
    KR_SETUP_CLEANUP,          /* handler gets: lasti, exc (depth + 2) */
    KR_SETUP_WITH,             /* as SETUP_CLEANUP, below the __enter__ result */
    KR_POP_BLOCK,              /* ends the innermost SETUP_* region */
    KR_PSEUDO_END
};
#define KR_IS_PSEUDO(op) ((op) >= KR_PSEUDO_BASE)
#define KR_IS_SETUP(op) ((op) == KR_SETUP_FINALLY || (op) == KR_SETUP_CLEANUP || (op) == KR_SETUP_WITH)

typedef struct { int lineno, end_lineno, col, end_col; } KrLoc;
#define KR_NO_LOC ((KrLoc){ -1, -1, -1, -1 })

struct KrBlock;
typedef struct {
    int opcode;
    int oparg;
    struct KrBlock *target;    /* jumps and SETUP_* */
    KrLoc loc;
    struct KrBlock *handler;   /* the exception handler covering this instruction (assembler) */
} KrInstr;

typedef struct KrBlock {
    struct KrBlock *alloc_next; /* every block of the unit, for freeing */
    struct KrBlock *next;       /* layout order (fall-through successor) */
    KrInstr *instr;
    int ninstr, capinstr;
    int startdepth;             /* stack depth at entry; -1 unknown */
    int offset;                 /* code unit offset after assembly */
    int npred;                  /* number of predecessors (for line propagation) */
    struct KrBlock **exstack;   /* handler stack at entry (exception labelling) */
    int nexstack;
    unsigned visited : 1, reachable : 1, is_handler : 1, preserve_lasti : 1, exvisited : 1;
} KrBlock;

/* Frame blocks: what break/continue/return must undo on their way out. */
typedef enum {
    KR_FB_WHILE_LOOP, KR_FB_FOR_LOOP, KR_FB_TRY_EXCEPT, KR_FB_FINALLY_TRY, KR_FB_FINALLY_END,
    KR_FB_WITH, KR_FB_ASYNC_WITH, KR_FB_HANDLER_CLEANUP, KR_FB_POP_VALUE,
    KR_FB_EXCEPTION_HANDLER, KR_FB_EXCEPTION_GROUP_HANDLER, KR_FB_ASYNC_COMPREHENSION_GENERATOR
} KrFBlockType;

typedef struct {
    KrFBlockType type;
    KrBlock *block;
    KrBlock *exit;
    void *datum;               /* finally body, with statement, or handler name */
} KrFBlock;

#define KR_MAX_BLOCKS 20       /* "too many statically nested blocks" */

enum { KR_SCOPE_TYPE_MODULE, KR_SCOPE_TYPE_CLASS, KR_SCOPE_TYPE_FUNCTION,
       KR_SCOPE_TYPE_ASYNC_FUNCTION, KR_SCOPE_TYPE_LAMBDA, KR_SCOPE_TYPE_COMPREHENSION };

typedef struct KrUnit {
    KrSymEntry *ste;
    KrObject *name, *qualname;
    int scope_type;
    KrObject *consts;          /* list */
    KrObject *const_index;     /* dict: const key -> index */
    KrObject *names;           /* dict: name -> index (co_names) */
    KrObject *varnames;        /* dict: name -> index (plain locals) */
    KrObject *cellvars;        /* dict: name -> index */
    KrObject *freevars;        /* dict: name -> index (numbered after the cells) */
    KrObject *private_name;    /* borrowed: class name for mangling, or NULL */
    int argcount, posonlyargcount, kwonlyargcount;
    int firstlineno;
    KrBlock *blocks;           /* allocation list */
    KrBlock *entry, *cur;
    KrFBlock fblock[KR_MAX_BLOCKS];
    int nfblocks;
    KrLoc loc;
    struct KrUnit *parent;
} KrUnit;

typedef struct KrCompiler {
    KrObject *filename;
    KrSymtable *st;
    KrUnit *u;
    int optimize;
    int interactive;
    int nestlevel;
    int future_annotations;
    int future_lineno;         /* last line of the leading __future__ imports */
    KrObject *keepalive;       /* list of objects made by constant folding */
    int depth, depth_limit;    /* expression nesting, as the symbol table's */
    void **allocs;             /* AST nodes made by the optimizer (raw domain) */
    size_t nallocs, capallocs;
} KrCompiler;

/* --- compile.c: units, blocks, emission --------------------------------- */
KrBlock *kr_c_new_block(KrCompiler *c);
void kr_c_use_block(KrCompiler *c, KrBlock *b);       /* b follows the current block */
int kr_c_addop(KrCompiler *c, int op, int arg);
int kr_c_addop_noloc(KrCompiler *c, int op, int arg);
int kr_c_addop_j(KrCompiler *c, int op, KrBlock *target);
int kr_c_addop_j_noloc(KrCompiler *c, int op, KrBlock *target);
int kr_c_add_const(KrCompiler *c, KrObject *o);      /* index, or -1 */
int kr_c_addop_const(KrCompiler *c, KrObject *o);    /* LOAD_CONST o (borrowed) */
int kr_c_addop_const_steal(KrCompiler *c, KrObject *o);
int kr_c_add_name(KrCompiler *c, KrObject *dict, KrObject *name); /* index in dict, or -1 */
int kr_c_addop_name(KrCompiler *c, int op, KrObject *name, int mangle); /* op with co_names arg */
int kr_c_nameop(KrCompiler *c, KrObject *name, int ctx);
/* SyntaxError "cannot assign to __debug__" (or delete) at the current location. */
int kr_c_forbidden_name(KrCompiler *c, KrObject *name, int ctx);
int kr_c_check_debug_args(KrCompiler *c, KrAstArguments *args);
int kr_c_error(KrCompiler *c, const char *fmt, ...);  /* SyntaxError at c->u->loc; returns -1 */
/* SyntaxWarning at the current line (a SyntaxError if warnings are errors); 0 or -1. */
int kr_c_warn(KrCompiler *c, const char *fmt, ...);
int kr_c_enter_scope(KrCompiler *c, KrObject *name, int scope_type, void *key, int lineno);
void kr_c_exit_scope(KrCompiler *c);
int kr_c_push_fblock(KrCompiler *c, KrFBlockType t, KrBlock *b, KrBlock *exit, void *datum);
void kr_c_pop_fblock(KrCompiler *c);
int kr_c_unwind_fblock(KrCompiler *c, KrFBlock *info, int preserve_tos);
int kr_c_unwind_fblock_stack(KrCompiler *c, int preserve_tos, KrFBlock **loop);
int kr_c_make_closure(KrCompiler *c, KrObject *code, int flags, KrObject *qualname);
int kr_c_is_docstring(KrAstStmt *s);
int kr_c_find_ann(KrAstStmtSeq *stmts);
int kr_c_body(KrCompiler *c, KrAstStmtSeq *stmts);  /* module/class body with docstring */
int kr_c_call_exit_with_nones(KrCompiler *c);
int kr_c_add_yield_from(KrCompiler *c, int await);
int kr_c_addop_yield(KrCompiler *c);
KrObject *kr_c_mangle(KrCompiler *c, KrObject *name);

#define KR_SET_LOC(c, n) ((c)->u->loc = (KrLoc){ (n)->lineno, (n)->end_lineno, (n)->col_offset, (n)->end_col_offset })
#define KR_UNSET_LOC(c) ((c)->u->loc = KR_NO_LOC)

#define TRY(x) do { if ((x) < 0) return -1; } while (0)
#define ADDOP(c, op) TRY(kr_c_addop((c), (op), 0))
#define ADDOP_I(c, op, arg) TRY(kr_c_addop((c), (op), (arg)))
#define ADDOP_NOLINE(c, op) TRY(kr_c_addop_noloc((c), (op), 0))
#define ADDOP_J(c, op, b) TRY(kr_c_addop_j((c), (op), (b)))
#define ADDOP_J_NOLINE(c, op, b) TRY(kr_c_addop_j_noloc((c), (op), (b)))
#define ADDOP_CONST(c, o) TRY(kr_c_addop_const((c), (o)))
#define ADDOP_NAME(c, op, n) TRY(kr_c_addop_name((c), (op), (n), 1))
#define NEW_BLOCK(c, var) KrBlock *var = kr_c_new_block(c); if (!var) return -1
#define USE_BLOCK(c, b) kr_c_use_block((c), (b))

/* --- compile_stmt.c / compile_expr.c / compile_pattern.c ---------------- */
int kr_c_visit_stmt(KrCompiler *c, KrAstStmt *s);
int kr_c_visit_stmts(KrCompiler *c, KrAstStmtSeq *seq);
int kr_c_visit_expr(KrCompiler *c, KrAstExpr *e);
int kr_c_jump_if(KrCompiler *c, KrAstExpr *e, KrBlock *next, int cond);
int kr_c_call_helper(KrCompiler *c, int n, KrAstExprSeq *args, KrAstKeywordSeq *keywords);
int kr_c_function(KrCompiler *c, KrAstStmt *s, int is_async);
int kr_c_default_arguments(KrCompiler *c, KrAstArguments *args); /* MAKE_FUNCTION flags or -1 */
int kr_c_class(KrCompiler *c, KrAstStmt *s);
int kr_c_lambda(KrCompiler *c, KrAstExpr *e);
int kr_c_comprehension(KrCompiler *c, KrAstExpr *e);
int kr_c_match(KrCompiler *c, KrAstStmt *s);
int kr_c_try_star(KrCompiler *c, KrAstStmt *s);
int kr_c_annotation_value(KrCompiler *c, KrAstExpr *ann); /* evaluated, or stringified */
int kr_c_starunpack(KrCompiler *c, KrAstExprSeq *elts, int pushed, int build, int add,
                    int extend, int tuple);

/* --- fold.c ---------------------------------------------------------------- */
int kr_fold_mod(KrCompiler *c, KrAstMod *mod);
void kr_fold_free(KrCompiler *c);   /* frees the optimizer's nodes */
/* Unparse an annotation to source text (for `from __future__ import annotations`). */
KrObject *kr_unparse_expr(KrAstExpr *e);

/* --- assemble.c ------------------------------------------------------------ */
KrObject *kr_c_assemble(KrCompiler *c, int add_none);
int kr_c_binop_of(int astop);   /* AST operator -> KR_NB_* */
/* Enters one level of expression nesting: 0, or -1 with RecursionError. */
int kr_c_depth_enter(KrCompiler *c);
void kr_c_match_attr_location(KrCompiler *c, KrAstExpr *attr);

#endif
