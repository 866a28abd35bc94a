/* symtable.h — the symbol table: which names each scope (module, class,
 * function, lambda, comprehension) binds, and whether each use is local,
 * global (explicit or implicit), free or cell. Built from the AST before code
 * generation, with CPython 3.11's rules and SyntaxError messages. */
#ifndef KR_COMPILER_SYMTABLE_H
#define KR_COMPILER_SYMTABLE_H

#include "../parser/ast.h"

/* Flags recorded per name in a scope (as CPython's DEF_*). */
#define KR_DEF_GLOBAL 1          /* global statement */
#define KR_DEF_LOCAL 2           /* assignment in code block */
#define KR_DEF_PARAM 4           /* formal parameter */
#define KR_DEF_NONLOCAL 8        /* nonlocal statement */
#define KR_DEF_USE 16            /* name is used */
#define KR_DEF_FREE 32           /* name used but not defined in nested block */
#define KR_DEF_FREE_CLASS 64     /* free variable from class's method */
#define KR_DEF_IMPORT 128        /* assignment by import */
#define KR_DEF_ANNOT 256         /* annotated name */
#define KR_DEF_COMP_ITER 512     /* comprehension iteration variable */
#define KR_DEF_BOUND (KR_DEF_LOCAL | KR_DEF_PARAM | KR_DEF_IMPORT)

/* The resolved scope of a name: (flags >> KR_SCOPE_OFFSET) & KR_SCOPE_MASK. */
#define KR_SCOPE_OFFSET 11
#define KR_SCOPE_MASK 7
enum { KR_SCOPE_NONE = 0, KR_SCOPE_LOCAL = 1, KR_SCOPE_GLOBAL_EXPLICIT = 2,
       KR_SCOPE_GLOBAL_IMPLICIT = 3, KR_SCOPE_FREE = 4, KR_SCOPE_CELL = 5 };

typedef enum { KR_BLOCK_FUNCTION, KR_BLOCK_CLASS, KR_BLOCK_MODULE } KrBlockType;
enum { KR_COMP_NONE = 0, KR_COMP_LIST, KR_COMP_SET, KR_COMP_DICT, KR_COMP_GENEXP };

typedef struct KrSymEntry {
    KrObject *name;            /* str: "top", the function/class name, "<lambda>", "<listcomp>" ... */
    KrBlockType type;
    void *key;                 /* the AST node that opened the scope */
    KrObject *symbols;         /* dict: name -> int flags (with the scope bits after analysis) */
    KrObject *varnames;        /* list: parameter names in order */
    KrObject *directives;      /* dict: name -> (line, col, end_line, end_col) of global/nonlocal */
    struct KrSymEntry **children;
    ssize_t nchildren, capchildren;
    struct KrSymEntry *parent;
    int lineno, col_offset, end_lineno, end_col_offset;
    int comprehension;         /* KR_COMP_* */
    unsigned nested : 1;       /* inside a function */
    unsigned generator : 1;
    unsigned coroutine : 1;    /* async def, or an async comprehension */
    unsigned varargs : 1, varkeywords : 1;
    unsigned returns_value : 1;
    unsigned needs_class_closure : 1; /* class body needs a __class__ cell */
    unsigned child_free : 1, free : 1;
    unsigned comp_iter_target : 1;
    int comp_iter_expr;        /* > 0 while visiting a comprehension's iterable */
    unsigned annotations_used : 1;
} KrSymEntry;

typedef struct KrSymtable {
    KrObject *filename;
    KrSymEntry *top;
    KrSymEntry *cur;
    KrSymEntry **stack;        /* enclosing scopes during the build */
    ssize_t nstack, capstack;
    KrObject *private_name;    /* the class name for mangling, or NULL */
    int future_annotations;    /* from __future__ import annotations */
    /* key -> entry hash table */
    KrSymEntry **table;
    size_t table_cap, table_used;
    KrSymEntry **all;          /* every entry, for freeing */
    size_t nall, capall;
    int in_annotation;         /* > 0 inside an annotation */
    int depth, depth_limit;    /* expression nesting (see kr_symtable_depth_limits) */
} KrSymtable;

/* CPython lets compilation recurse 3 times deeper than Python code: the
 * starting depth and the limit for a compilation started now. */
void kr_symtable_depth_limits(int *start, int *limit);

/* Builds the table for a module AST; NULL + SyntaxError (or MemoryError). */
KrSymtable *kr_symtable_build(KrAstMod *mod, KrObject *filename, int future_annotations);
void kr_symtable_free(KrSymtable *st);
/* The scope opened by the AST node `key` (borrowed), or NULL. */
KrSymEntry *kr_symtable_lookup(KrSymtable *st, void *key);
/* The flags of `name` in `ste` (0 if absent). */
long kr_symtable_flags(KrSymEntry *ste, KrObject *name);
/* The resolved scope of `name` in `ste` (KR_SCOPE_*), 0 if unknown. */
int kr_symtable_scope(KrSymEntry *ste, KrObject *name);

/* Name mangling for __private names in a class (CPython's _Py_Mangle):
 * new reference; `privateobj` may be NULL (no mangling). */
KrObject *kr_symtable_mangle(KrObject *privateobj, KrObject *name);

/* Raises SyntaxError(msg, (filename, lineno, col+1, text, end_lineno,
 * end_col+1)), text being that line of the file `filename` or None (as
 * CPython); end_col < -1 gives end_offset None. Always returns NULL.
 * Shared with the compiler. */
KrObject *kr_symtable_syntax_error(KrObject *filename, int lineno, int col, int end_lineno,
                                   int end_col, const char *fmt, ...);
#endif
