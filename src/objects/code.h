/* code.h — code objects: the compiler's output and the VM's input.
 *
 * Layout of a function's variables, as CPython 3.11's "localsplus": one array
 * of slots in the frame holds, in order, the plain locals (arguments first),
 * the cell variables that are not arguments, then the free variables. Each
 * slot's kind is in co_localspluskinds (KR_CO_FAST_* flags); a cell variable
 * that is also an argument has both flags LOCAL|CELL and its slot is turned
 * into a cell by MAKE_CELL at the start of the function.
 *
 * Exception table (co_exceptiontable, bytes): entries of four little-endian
 * uint32: start, end (code unit offsets, end exclusive), target (code unit
 * offset of the handler), depth_lasti (stack depth << 1 | push-lasti flag).
 * Entries are sorted by start and do not overlap; an instruction at offset i
 * is covered by the unique entry with start <= i < end, if any. On an
 * exception the VM pops the value stack to `depth`, pushes the offset of the
 * raising instruction as an int if the flag is set, pushes the exception,
 * and jumps to target.
 *
 * Line table (co_linetable, bytes): the encoding is private to code.c; read it
 * with kr_code_addr2location. */
#ifndef KR_CODE_H
#define KR_CODE_H
#include "object.h"

typedef uint16_t KrCodeUnit;  /* opcode | oparg << 8 */
#define KR_OPCODE(u) ((u) & 0xFF)
#define KR_OPARG(u) ((u) >> 8)

/* co_flags, with CPython's values */
#define KR_CO_OPTIMIZED 0x0001
#define KR_CO_NEWLOCALS 0x0002
#define KR_CO_VARARGS 0x0004
#define KR_CO_VARKEYWORDS 0x0008
#define KR_CO_NESTED 0x0010
#define KR_CO_GENERATOR 0x0020
#define KR_CO_NOFREE 0x0040
#define KR_CO_COROUTINE 0x0080
#define KR_CO_ITERABLE_COROUTINE 0x0100
#define KR_CO_ASYNC_GENERATOR 0x0200
#define KR_CO_FUTURE_ANNOTATIONS 0x1000000

/* kinds of localsplus slots */
#define KR_CO_FAST_LOCAL 0x20
#define KR_CO_FAST_CELL 0x40
#define KR_CO_FAST_FREE 0x80

typedef struct {
    KrObject ob_base;
    int co_argcount;          /* positional parameters, including positional-only */
    int co_posonlyargcount;
    int co_kwonlyargcount;
    int co_flags;
    int co_stacksize;
    int co_firstlineno;
    int co_nlocalsplus;       /* len(co_localsplusnames) */
    int co_nlocals;           /* slots with KR_CO_FAST_LOCAL */
    int co_ncellvars;         /* slots with KR_CO_FAST_CELL */
    int co_nfreevars;         /* slots with KR_CO_FAST_FREE */
    KrObject *co_consts;      /* tuple */
    KrObject *co_names;       /* tuple of str: globals, attributes, imports */
    KrObject *co_localsplusnames; /* tuple of str */
    KrObject *co_localspluskinds; /* bytes, one KR_CO_FAST_* byte per slot */
    KrObject *co_filename;    /* str */
    KrObject *co_name;        /* str */
    KrObject *co_qualname;    /* str */
    KrObject *co_linetable;   /* bytes */
    KrObject *co_exceptiontable; /* bytes */
    KrObject *co_weakreflist;
    KrObject *co_varnames_cache, *co_cellvars_cache, *co_freevars_cache; /* lazily made tuples */
    void *co_extra;           /* VM-owned data (specialization state), freed by code.c via kr_mem_free */
    ssize_t co_ncodeunits;
    KrCodeUnit co_code[1];    /* the instructions; the VM may rewrite them in place (quickening) */
} KrCodeObject;

extern KrTypeObject kr_code_type;
#define KR_CODE_CHECK(o) (KR_TYPE(o) == &kr_code_type)

/* Everything needed to make a code object; all object fields are borrowed. */
typedef struct {
    int argcount, posonlyargcount, kwonlyargcount, flags, stacksize, firstlineno;
    const KrCodeUnit *code;
    ssize_t ncodeunits;
    KrObject *consts, *names, *localsplusnames, *localspluskinds;
    KrObject *filename, *name, *qualname, *linetable, *exceptiontable;
} KrCodeSpec;

KrObject *kr_code_new(const KrCodeSpec *spec);
/* A list holding one reference to every constant of co and of the code
 * objects among its constants, recursively through tuple and frozenset
 * constants (the code objects themselves are not held). The runner keeps it
 * while source it compiled runs, as CPython keeps the AST, which owns its
 * constants, alive then: sys.getrefcount and marshal's FLAG_REF see the same
 * counts. New reference, or NULL with an exception. */
KrObject *kr_code_hold_constants(KrObject *co);
/* Source location of the instruction at code unit `offset`; fields are -1
 * when unknown. Returns the line (or -1). Any pointer may be NULL. */
int kr_code_addr2location(KrCodeObject *co, int offset, int *line, int *end_line,
                          int *col, int *end_col);
int kr_code_addr2line(KrCodeObject *co, int offset);
/* Handler lookup in the exception table: 1 and the fields, or 0 if none. */
int kr_code_find_handler(KrCodeObject *co, int offset, int *target, int *depth, int *lasti);
int kr_code_init(void);

/* --- additions by the compiler (code.c) --------------------------------- */

/* Line table writer used by the assembler: add one run of code units with
 * one location (line -1: none), then finish into the co_linetable bytes
 * (new reference; NULL + MemoryError). The format is described in code.c. */
typedef struct {
    unsigned char *buf;
    ssize_t len, cap;
    int prev_line;
} KrLineTableWriter;
void kr_code_linetable_init(KrLineTableWriter *w, int firstlineno);
int kr_code_linetable_add(KrLineTableWriter *w, int ncodeunits, int line, int end_line,
                          int col, int end_col);        /* 0, or -1 + MemoryError */
KrObject *kr_code_linetable_finish(KrLineTableWriter *w); /* frees the buffer */
void kr_code_linetable_discard(KrLineTableWriter *w);
/* Equality of constants as the compiler and code == need it: same type and
 * value, floats by bits (so 0.0 and -0.0 differ), tuples element-wise.
 * 1/0, -1 on error. */
int kr_code_const_equal(KrObject *a, KrObject *b);
/* Set by the VM if it rewrites opcodes in place: maps a specialized opcode
 * back to its base one, so co_code shows the instructions as compiled. */
extern uint8_t (*kr_code_deopt_hook)(uint8_t opcode);
#endif
