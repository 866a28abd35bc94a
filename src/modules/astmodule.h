/* astmodule.h — the `_ast` module: the node classes of the `ast` module and
 * the conversions between the parser's C AST and Python node objects
 * (compile(..., PyCF_ONLY_AST) and compile() of an AST object). */
#ifndef KR_ASTMODULE_H
#define KR_ASTMODULE_H
#include "../objects/module.h"
#include "../parser/ast.h"

extern KrModuleDef kr_astmodule_def;

/* The flags of compile() that _ast exports. */
#define KR_PYCF_ONLY_AST 0x400
#define KR_PYCF_TYPE_COMMENTS 0x1000
#define KR_PYCF_ALLOW_TOP_LEVEL_AWAIT 0x2000

/* The C type ast.AST (base of every node class). */
extern KrTypeObject kr_ast_node_type;

/* A tree of Python node objects for mod (classes made on first use).
 * New ref, or NULL with an exception set. */
KrObject *kr_astmodule_from_mod(KrAstMod *mod);

/* 1 if o is an instance of ast.AST, else 0. Never fails. */
int kr_astmodule_check(KrObject *o);

/* Converts a tree of Python nodes for compile() in `mode` (KR_PARSE_EXEC /
 * EVAL / SINGLE / FUNC_TYPE of parser.h): the root must be Module /
 * Expression / Interactive / FunctionType ("expected Module node, got X"
 * otherwise), then the whole tree is checked with CPython's TypeErrors and
 * ValueErrors. The C tree lives in `arena`. NULL with an exception set on
 * error. */
KrAstMod *kr_astmodule_to_mod(KrObject *obj, int mode, KrArena *arena);

/* Checks a converted tree as CPython's validator does before compiling it
 * (contexts, empty bodies, mismatched lengths, patterns): 0, or -1 with
 * ValueError (astmodule_validate.c). */
int kr_astmodule_validate(KrAstMod *mod);

/* ---- helpers for the generated astmodule_gen.c (not for other users) ---- */

extern _Thread_local int kr_astmodule_depth;    /* nesting of the running conversion */
/* Enters one nesting level of a conversion: 0, or -1 with RecursionError
 * ("maximum recursion depth exceeded during ast construction"); on success
 * the caller decrements kr_astmodule_depth when it leaves. */
int kr_astmodule_enter(void);
/* A new instance of class index cls with an empty __dict__ (*dict borrowed).
 * New ref or NULL. */
KrObject *kr_astmodule_node_new(int cls, KrObject **dict);
/* o, or None when NULL: a new ref (never fails). */
KrObject *kr_astmodule_object_or_none(KrObject *o);
/* Lists (new refs, NULL on error) of a C sequence: identifiers; simple-sum
 * values (the shared instances at class index base + value); nodes through
 * conv (NULL items become None). */
KrObject *kr_astmodule_identifier_list(KrAstIdentifierSeq *seq);
KrObject *kr_astmodule_enum_obj(int value, int base);
KrObject *kr_astmodule_enum_list(KrAstIntSeq *seq, int base);
KrObject *kr_astmodule_seq_list(KrAstSeq *seq, KrObject *(*conv)(void *));
/* The converters Python -> C share one signature, so that one helper can
 * fill sequences of any item type: out points to the C slot (a pointer or
 * an int). 0, or -1 with an exception set. */
typedef int (*KrAstConv)(KrObject *obj, void *out, KrArena *arena);
/* The ASDL's builtin types, with CPython's errors. Objects stored into *out
 * are owned by the arena. */
int kr_astmodule_obj2ast_identifier(KrObject *obj, void *out, KrArena *arena);
int kr_astmodule_obj2ast_string(KrObject *obj, void *out, KrArena *arena);
int kr_astmodule_obj2ast_constant(KrObject *obj, void *out, KrArena *arena);
int kr_astmodule_obj2ast_int(KrObject *obj, void *out, KrArena *arena);
/* A simple-sum value (an int 1..n in *out) from an instance of one of the n
 * classes starting at class index first; TypeError "expected some sort of
 * <name>, but got ..." otherwise. */
int kr_astmodule_obj2ast_enum(KrObject *obj, void *out, int first, int n, const char *name);
/* Looks up field f of obj: 1 with *value (new ref) set; 0 when an optional
 * field is absent or None; -1 with TypeError 'required field "f" missing
 * from owner' or another error. */
int kr_astmodule_get_field(KrObject *obj, int f, const char *owner, int optional, KrObject **value);
/* A C sequence (ints if is_int, else pointers) from the list `list` of
 * field f of owner, converting each item with conv; null_msg (if not NULL)
 * is the ValueError for an item that converts to NULL (None). 0 or -1. */
int kr_astmodule_seq(KrObject *list, const char *owner, int f, KrAstConv conv, int is_int,
                     const char *null_msg, KrArena *arena, void **out);
/* Sets ValueError "field 'f' is required for cons". */
void kr_astmodule_required(const char *field, const char *cons);

#endif
