/* opcodes.h — krait's instruction set: ONE table from which the compiler
 * (stack depth), the VM (dispatch table), and the disassembler take names,
 * argument kinds, inline cache sizes and stack effects.
 *
 * Encoding: code is an array of 16-bit code units, each `opcode | oparg << 8`
 * (little-endian bytes: opcode, oparg). Arguments above 255 use EXTENDED_ARG
 * prefixes (oparg = oparg << 8 | next). An instruction with CACHE units is
 * followed by that many code units of inline cache (written 0 by the
 * compiler, used by the VM to specialize itself). Jump arguments are relative,
 * counted in code units from the instruction *after* the jump and its caches.
 *
 * The semantics are CPython 3.11's for the opcodes of the same name (see
 * docs/internals/bytecode.md), with these differences:
 *   - no PRECALL: CALL n alone; KW_NAMES i before it names the keyword args;
 *   - no RETURN_GENERATOR: calling a generator/coroutine function creates the
 *     generator (with its frame) directly, from the code flags;
 *   - only forward conditional jumps (POP_JUMP_IF_*, JUMP_IF_*_OR_POP) and
 *     the two backward jumps JUMP_BACKWARD[_NO_INTERRUPT];
 *   - no LOAD_METHOD-specific PRECALL; LOAD_METHOD pushes [meth, self] or
 *     [NULL, attr], so that CALL sees the same layout either way.
 *
 * Columns: KR_OP(name, argkind, cache units, stack effect)
 *   argkind: NONE (oparg unused), INT (a count or flag), CONST (co_consts
 *   index), NAME (co_names index), LOCAL (localsplus index), JREL (forward
 *   jump), JBACK (backward jump), CMP (a KR_LT..KR_GE), BINOP (a KR_NB_*).
 *   stack effect: an expression in `oparg` and `jump` (1 when the jump is
 *   taken, 0 when it falls through) giving the change in stack depth.
 */
#ifndef KR_OPCODES_H
#define KR_OPCODES_H

#define KR_OPCODE_LIST(KR_OP) \
    /* --- stack manipulation ------------------------------------------------ */ \
    KR_OP(CACHE,          NONE,  0,  0)               /* inline cache unit (never executed) */ \
    KR_OP(NOP,            NONE,  0,  0) \
    KR_OP(POP_TOP,        NONE,  0, -1) \
    KR_OP(PUSH_NULL,      NONE,  0,  1)               /* pushes NULL (before a callable) */ \
    KR_OP(COPY,           INT,   0,  1)               /* push stack[-oparg] (1 = top) */ \
    KR_OP(SWAP,           INT,   0,  0)               /* swap top with stack[-oparg] */ \
    KR_OP(EXTENDED_ARG,   INT,   0,  0) \
    KR_OP(RESUME,         INT,   0,  0)               /* 0 start, 1 after yield, 2 after yield from, 3 after await; checks eval breaker */ \
    /* --- constants and names ----------------------------------------------- */ \
    KR_OP(LOAD_CONST,     CONST, 0,  1) \
    KR_OP(LOAD_FAST,      LOCAL, 0,  1)               /* UnboundLocalError if unset */ \
    KR_OP(STORE_FAST,     LOCAL, 0, -1) \
    KR_OP(DELETE_FAST,    LOCAL, 0,  0) \
    KR_OP(LOAD_NAME,      NAME,  0,  1)               /* locals, globals, builtins */ \
    KR_OP(STORE_NAME,     NAME,  0, -1) \
    KR_OP(DELETE_NAME,    NAME,  0,  0) \
    KR_OP(LOAD_GLOBAL,    NAME,  4,  1 + (oparg & 1)) /* name index oparg>>1; low bit: push NULL first */ \
    KR_OP(STORE_GLOBAL,   NAME,  0, -1) \
    KR_OP(DELETE_GLOBAL,  NAME,  0,  0) \
    KR_OP(MAKE_CELL,      LOCAL, 0,  0)               /* localsplus[i] = cell(localsplus[i]) */ \
    KR_OP(COPY_FREE_VARS, INT,   0,  0)               /* copy the closure's oparg cells into the last slots */ \
    KR_OP(LOAD_CLOSURE,   LOCAL, 0,  1)               /* push the cell itself */ \
    KR_OP(LOAD_DEREF,     LOCAL, 0,  1)               /* push cell contents; NameError/UnboundLocalError if empty */ \
    KR_OP(LOAD_CLASSDEREF, LOCAL, 0, 1)               /* class body: locals dict first, then the cell */ \
    KR_OP(STORE_DEREF,    LOCAL, 0, -1) \
    KR_OP(DELETE_DEREF,   LOCAL, 0,  0) \
    KR_OP(LOAD_ATTR,      NAME,  4,  0) \
    KR_OP(LOAD_METHOD,    NAME,  4,  1)               /* obj -> [meth, obj] or [NULL, attr] */ \
    KR_OP(STORE_ATTR,     NAME,  4, -2)               /* obj.name = value  (stack: value, obj) */ \
    KR_OP(DELETE_ATTR,    NAME,  0, -1) \
    KR_OP(LOAD_ASSERTION_ERROR, NONE, 0, 1) \
    KR_OP(LOAD_BUILD_CLASS, NONE, 0, 1) \
    KR_OP(SETUP_ANNOTATIONS, NONE, 0, 0) \
    /* --- operators ---------------------------------------------------------- */ \
    KR_OP(UNARY_POSITIVE, NONE,  0,  0) \
    KR_OP(UNARY_NEGATIVE, NONE,  0,  0) \
    KR_OP(UNARY_NOT,      NONE,  0,  0) \
    KR_OP(UNARY_INVERT,   NONE,  0,  0) \
    KR_OP(BINARY_OP,      BINOP, 1, -1)               /* a op b, op a KR_NB_* (in-place ones >= 13) */ \
    KR_OP(COMPARE_OP,     CMP,   1, -1) \
    KR_OP(IS_OP,          INT,   0, -1)               /* `is`, or `is not` when oparg is 1 */ \
    KR_OP(CONTAINS_OP,    INT,   0, -1)               /* `in`, or `not in` when oparg is 1 */ \
    KR_OP(BINARY_SUBSCR,  NONE,  1, -1)               /* container[key] */ \
    KR_OP(STORE_SUBSCR,   NONE,  1, -3)               /* stack: value, container, key */ \
    KR_OP(DELETE_SUBSCR,  NONE,  0, -2) \
    /* --- building ----------------------------------------------------------- */ \
    KR_OP(BUILD_TUPLE,    INT,   0,  1 - oparg) \
    KR_OP(BUILD_LIST,     INT,   0,  1 - oparg) \
    KR_OP(BUILD_SET,      INT,   0,  1 - oparg) \
    KR_OP(BUILD_MAP,      INT,   0,  1 - 2 * oparg) \
    KR_OP(BUILD_CONST_KEY_MAP, INT, 0, -oparg)        /* values..., keys tuple */ \
    KR_OP(BUILD_STRING,   INT,   0,  1 - oparg) \
    KR_OP(BUILD_SLICE,    INT,   0,  1 - oparg)       /* oparg 2 or 3 */ \
    KR_OP(LIST_APPEND,    INT,   0, -1)               /* stack[-oparg-1].append(pop()) (after the pop: stack[-oparg]) */ \
    KR_OP(SET_ADD,        INT,   0, -1) \
    KR_OP(MAP_ADD,        INT,   0, -2)               /* key, value */ \
    KR_OP(LIST_EXTEND,    INT,   0, -1) \
    KR_OP(SET_UPDATE,     INT,   0, -1) \
    KR_OP(DICT_UPDATE,    INT,   0, -1) \
    KR_OP(DICT_MERGE,     INT,   0, -1)               /* as update, but TypeError on duplicate keys (f(**a, **b)) */ \
    KR_OP(LIST_TO_TUPLE,  NONE,  0,  0) \
    KR_OP(UNPACK_SEQUENCE, INT,  1, oparg - 1) \
    KR_OP(UNPACK_EX,      INT,   0, (oparg & 0xFF) + (oparg >> 8)) /* before | after << 8 */ \
    KR_OP(FORMAT_VALUE,   INT,   0, (oparg & 0x04) ? -1 : 0) /* 0x03 conversion: 1 str 2 repr 3 ascii; 0x04 spec on stack */ \
    KR_OP(PRINT_EXPR,     NONE,  0, -1)               /* interactive mode: sys.displayhook */ \
    /* --- control flow ------------------------------------------------------- */ \
    KR_OP(JUMP_FORWARD,   JREL,  0,  0) \
    KR_OP(JUMP_BACKWARD,  JBACK, 0,  0)               /* checks the eval breaker */ \
    KR_OP(JUMP_BACKWARD_NO_INTERRUPT, JBACK, 0, 0) \
    KR_OP(POP_JUMP_IF_FALSE, JREL, 0, -1) \
    KR_OP(POP_JUMP_IF_TRUE,  JREL, 0, -1) \
    KR_OP(POP_JUMP_IF_NONE,  JREL, 0, -1) \
    KR_OP(POP_JUMP_IF_NOT_NONE, JREL, 0, -1) \
    KR_OP(JUMP_IF_FALSE_OR_POP, JREL, 0, jump ? 0 : -1) \
    KR_OP(JUMP_IF_TRUE_OR_POP,  JREL, 0, jump ? 0 : -1) \
    KR_OP(GET_ITER,       NONE,  0,  0) \
    KR_OP(FOR_ITER,       JREL,  1,  jump ? -1 : 1)   /* exhausted: pop the iterator and jump */ \
    KR_OP(RETURN_VALUE,   NONE,  0, -1) \
    /* --- calls and functions ------------------------------------------------ */ \
    KR_OP(KW_NAMES,       CONST, 0,  0)               /* the next CALL's keyword names (a tuple constant) */ \
    KR_OP(CALL,           INT,   2, -1 - oparg)       /* [NULL|meth, callable|self, args...] -> result */ \
    KR_OP(CALL_FUNCTION_EX, INT, 0, -2 - (oparg & 1)) /* [NULL, callable, args tuple, (kwargs)] -> result */ \
    KR_OP(MAKE_FUNCTION,  INT,   0, -((oparg & 1) != 0) - ((oparg & 2) != 0) - ((oparg & 4) != 0) - ((oparg & 8) != 0)) \
                          /* flags: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure; code on top */ \
    /* --- exceptions --------------------------------------------------------- */ \
    KR_OP(RAISE_VARARGS,  INT,   0, -oparg)           /* 0 re-raise, 1 raise exc, 2 raise exc from cause */ \
    KR_OP(RERAISE,        INT,   0, -1)               /* oparg 1: restore f_lasti from the stack below */ \
    KR_OP(PUSH_EXC_INFO,  NONE,  0,  1)               /* exc -> [previous handled exc, exc]; exc becomes handled */ \
    KR_OP(POP_EXCEPT,     NONE,  0, -1)               /* restore the previous handled exception */ \
    KR_OP(CHECK_EXC_MATCH, NONE, 0,  0)               /* exc, type -> exc, bool */ \
    KR_OP(CHECK_EG_MATCH, NONE,  0,  0)               /* eg, type -> rest, match (except*) */ \
    KR_OP(PREP_RERAISE_STAR, NONE, 0, -1)             /* orig, list of raised -> exc to reraise or None */ \
    KR_OP(BEFORE_WITH,    NONE,  0,  1)               /* mgr -> __exit__, __enter__() */ \
    KR_OP(WITH_EXCEPT_START, NONE, 0, 1)              /* call __exit__(type, val, tb) under the handler */ \
    /* --- generators and coroutines ------------------------------------------ */ \
    KR_OP(YIELD_VALUE,    NONE,  0,  0)               /* value -> sent value after resumption */ \
    KR_OP(GET_YIELD_FROM_ITER, NONE, 0, 0) \
    KR_OP(SEND,           JREL,  0,  jump ? -1 : 0)   /* receiver, v -> receiver, yielded; on return: pop receiver, push value, jump */ \
    KR_OP(GET_AWAITABLE,  INT,   0,  0)               /* oparg: 0, 1 after __aenter__, 2 after __aexit__ (for messages) */ \
    KR_OP(GET_AITER,      NONE,  0,  0) \
    KR_OP(GET_ANEXT,      NONE,  0,  1) \
    KR_OP(END_ASYNC_FOR,  NONE,  0, -2) \
    KR_OP(BEFORE_ASYNC_WITH, NONE, 0, 1) \
    KR_OP(ASYNC_GEN_WRAP, NONE,  0,  0) \
    /* --- imports ------------------------------------------------------------ */ \
    KR_OP(IMPORT_NAME,    NAME,  0, -1)               /* level, fromlist -> module */ \
    KR_OP(IMPORT_FROM,    NAME,  0,  1)               /* module -> module, attr */ \
    KR_OP(IMPORT_STAR,    NONE,  0, -1) \
    /* --- pattern matching --------------------------------------------------- */ \
    KR_OP(GET_LEN,        NONE,  0,  1) \
    KR_OP(MATCH_MAPPING,  NONE,  0,  1) \
    KR_OP(MATCH_SEQUENCE, NONE,  0,  1) \
    KR_OP(MATCH_KEYS,     NONE,  0,  1)               /* subject, keys -> subject, keys, values-tuple|None */ \
    KR_OP(MATCH_CLASS,    INT,   0, -2)               /* subject, cls, names -> attrs-tuple|None */

enum KrOpcode {
#define KR_OP_ENUM(name, kind, cache, effect) name,
    KR_OPCODE_LIST(KR_OP_ENUM)
#undef KR_OP_ENUM
    KR_OPCODE_COUNT
};

enum KrOpArgKind { KR_ARG_NONE, KR_ARG_INT, KR_ARG_CONST, KR_ARG_NAME, KR_ARG_LOCAL,
                   KR_ARG_JREL, KR_ARG_JBACK, KR_ARG_CMP, KR_ARG_BINOP };

typedef struct {
    const char *name;
    unsigned char argkind;   /* enum KrOpArgKind */
    unsigned char cache;     /* inline cache code units after the instruction */
} KrOpcodeInfo;

extern const KrOpcodeInfo kr_opcode_info[KR_OPCODE_COUNT];

/* The stack effect of one instruction (jump: 1 if taken). */
int kr_opcode_stack_effect(int opcode, int oparg, int jump);

#define KR_OPCODE_HAS_ARG(op) (kr_opcode_info[op].argkind != KR_ARG_NONE)
#define KR_OPCODE_IS_JUMP(op) (kr_opcode_info[op].argkind == KR_ARG_JREL || \
                               kr_opcode_info[op].argkind == KR_ARG_JBACK)

#endif
