/* opcodes.c — instantiates the instruction table of opcodes.h: names,
 * argument kinds and inline cache sizes (kr_opcode_info) and the stack
 * effect function, both generated from the one X-macro KR_OPCODE_LIST. */
#include "opcodes.h"

const KrOpcodeInfo kr_opcode_info[KR_OPCODE_COUNT] = {
#define KR_OP_INFO(name, kind, cache, effect) [name] = { #name, KR_ARG_##kind, cache },
    KR_OPCODE_LIST(KR_OP_INFO)
#undef KR_OP_INFO
};

/* Each case evaluates the table's effect expression with `oparg` and `jump`
 * in scope; an unknown opcode has no effect (the assembler never emits one). */
int kr_opcode_stack_effect(int opcode, int oparg, int jump)
{
    (void)oparg;
    (void)jump;
    switch (opcode) {
#define KR_OP_EFFECT(name, kind, cache, effect) case name: return (effect);
        KR_OPCODE_LIST(KR_OP_EFFECT)
#undef KR_OP_EFFECT
    default:
        return 0;
    }
}
