/* assemble.c — turns a unit's control-flow graph into a code object:
 * localsplus layout and prologue (COPY_FREE_VARS, MAKE_CELL), dead block
 * removal, exception-handler labelling from SETUP and POP_BLOCK, stack depth,
 * line number propagation, NOP and redundant jump removal, jump resolution
 * with EXTENDED_ARG (iterated until offsets are stable), and emission of the
 * code units with their inline caches, the exception table and the line
 * table. The passes mirror CPython 3.11's assembler (see compiler.md). */
#include "compile_internal.h"
#include "../objects/dict.h"
#include "../objects/list.h"
#include "../objects/tuple.h"
#include "../objects/bytes.h"
#include "../objects/str.h"
#include "../objects/int.h"
#include "../vm/err.h"
#include "../memory/mem.h"

#include <string.h>

static int is_uncond_transfer(int op)
{
    return op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE || op == KR_JUMP ||
           op == KR_JUMP_NO_INTERRUPT || op == JUMP_FORWARD || op == JUMP_BACKWARD ||
           op == JUMP_BACKWARD_NO_INTERRUPT;
}

static KrInstr *last_instr(KrBlock *b) { return b->ninstr ? &b->instr[b->ninstr - 1] : NULL; }

static int has_fallthrough(KrBlock *b)
{
    KrInstr *l = last_instr(b);
    return !l || !is_uncond_transfer(l->opcode);
}

static int pseudo_effect(int op, int arg, int jump)
{
    switch (op) {
    case KR_SETUP_FINALLY: return jump ? 1 : 0;
    case KR_SETUP_CLEANUP: return jump ? 2 : 0;
    case KR_SETUP_WITH: return jump ? 1 : 0;
    case KR_JUMP:
    case KR_JUMP_NO_INTERRUPT:
    case KR_POP_BLOCK:
        return 0;
    default:
        return kr_opcode_stack_effect(op, arg, jump);
    }
}

static int insert_instr(KrBlock *b, int pos, int op, int arg)
{
    if (b->ninstr == b->capinstr) {
        int ncap = b->capinstr ? b->capinstr * 2 : 16;
        KrInstr *ni = kr_raw_realloc(b->instr, (size_t)ncap * sizeof *ni);
        if (!ni) { kr_err_no_memory(); return -1; }
        b->instr = ni;
        b->capinstr = ncap;
    }
    memmove(&b->instr[pos + 1], &b->instr[pos], (size_t)(b->ninstr - pos) * sizeof(KrInstr));
    b->ninstr++;
    b->instr[pos] = (KrInstr){ op, arg, NULL, KR_NO_LOC, NULL };
    return 0;
}

/* ------------------------------------------------------------------------
 * Reachability, exception labelling, stack depth
 * --------------------------------------------------------------------- */

typedef struct {
    KrBlock **items;
    ssize_t n, cap;
} BlockStack;

static int bs_push(BlockStack *s, KrBlock *b)
{
    if (s->n == s->cap) {
        ssize_t ncap = s->cap ? s->cap * 2 : 64;
        KrBlock **ni = kr_raw_realloc(s->items, (size_t)ncap * sizeof *ni);
        if (!ni) { kr_err_no_memory(); return -1; }
        s->items = ni;
        s->cap = ncap;
    }
    s->items[s->n++] = b;
    return 0;
}

static int mark_reachable(KrBlock *entry)
{
    BlockStack st = { 0 };
    entry->reachable = 1;
    if (bs_push(&st, entry) < 0) return -1;
    while (st.n) {
        KrBlock *b = st.items[--st.n];
        if (has_fallthrough(b) && b->next) {
            b->next->npred++;
            if (!b->next->reachable) {
                b->next->reachable = 1;
                if (bs_push(&st, b->next) < 0) { kr_raw_free(st.items); return -1; }
            }
        }
        for (int i = 0; i < b->ninstr; i++) {
            KrBlock *t = b->instr[i].target;
            if (!t) continue;
            t->npred++;
            if (!t->reachable) {
                t->reachable = 1;
                if (bs_push(&st, t) < 0) { kr_raw_free(st.items); return -1; }
            }
        }
    }
    kr_raw_free(st.items);
    return 0;
}

/* The handler stack: SETUP_* instructions currently active. */
typedef struct {
    KrInstr **items;
    int n;
} ExStack;

static int exstack_save(KrBlock *b, KrInstr **items, int n)
{
    b->exstack = kr_raw_alloc((size_t)(n ? n : 1) * sizeof(KrInstr *));
    if (!b->exstack) { kr_err_no_memory(); return -1; }
    if (n) memcpy(b->exstack, items, (size_t)n * sizeof(KrInstr *));
    b->nexstack = n;
    b->exvisited = 1;
    return 0;
}

static int label_exception_targets(KrBlock *entry)
{
    BlockStack todo = { 0 };
    KrInstr *stack[KR_MAX_BLOCKS * 4 + 8];
    int r = -1;
    if (exstack_save(entry, NULL, 0) < 0) return -1;
    if (bs_push(&todo, entry) < 0) return -1;
    while (todo.n) {
        KrBlock *b = todo.items[--todo.n];
        int n = b->nexstack;
        if (n > (int)(sizeof stack / sizeof stack[0])) {
            kr_err_set_string(kr_exc_SystemError, "compiler: handler stack overflow");
            goto done;
        }
        memcpy(stack, (KrInstr **)b->exstack, (size_t)n * sizeof(KrInstr *));
        for (int i = 0; i < b->ninstr; i++) {
            KrInstr *in = &b->instr[i];
            KrBlock *handler = n ? stack[n - 1]->target : NULL;
            if (KR_IS_SETUP(in->opcode)) {
                KrBlock *t = in->target;
                if (!t->exvisited) {
                    if (exstack_save(t, stack, n) < 0 || bs_push(&todo, t) < 0) goto done;
                }
                t->is_handler = 1;
                t->preserve_lasti = in->opcode != KR_SETUP_FINALLY;
                if (n >= (int)(sizeof stack / sizeof stack[0])) {
                    kr_err_set_string(kr_exc_SystemError, "compiler: handler stack overflow");
                    goto done;
                }
                stack[n++] = in;
                in->handler = handler;
            } else if (in->opcode == KR_POP_BLOCK) {
                if (n) n--;
                in->handler = handler;
            } else {
                in->handler = handler;
                if (in->target && !in->target->exvisited) {
                    if (exstack_save(in->target, stack, n) < 0 || bs_push(&todo, in->target) < 0)
                        goto done;
                }
            }
        }
        if (has_fallthrough(b) && b->next && !b->next->exvisited) {
            if (exstack_save(b->next, stack, n) < 0 || bs_push(&todo, b->next) < 0) goto done;
        }
    }
    r = 0;
done:
    kr_raw_free(todo.items);
    return r;
}

static int depth_push(BlockStack *st, KrBlock *b, int depth)
{
    if (b->startdepth < 0) {
        b->startdepth = depth;
        return bs_push(st, b);
    }
    if (b->startdepth != depth) {
        kr_err_format(kr_exc_SystemError, "compiler: inconsistent stack depth (%d vs %d)",
                      b->startdepth, depth);
        return -1;
    }
    return 0;
}

static int compute_stackdepth(KrBlock *entry)
{
    BlockStack st = { 0 };
    int maxdepth = 0;
    if (depth_push(&st, entry, 0) < 0) return -1;
    while (st.n) {
        KrBlock *b = st.items[--st.n];
        int depth = b->startdepth, fall = 1;
        for (int i = 0; i < b->ninstr; i++) {
            KrInstr *in = &b->instr[i];
            int effect = pseudo_effect(in->opcode, in->oparg, 0);
            int nd = depth + effect;
            if (nd < 0) {
                kr_err_format(kr_exc_SystemError, "compiler: negative stack depth at %s",
                              in->opcode < KR_PSEUDO_BASE ? kr_opcode_info[in->opcode].name : "pseudo");
                kr_raw_free(st.items);
                return -1;
            }
            if (nd > maxdepth) maxdepth = nd;
            if (in->target) {
                int td = depth + pseudo_effect(in->opcode, in->oparg, 1);
                if (td > maxdepth) maxdepth = td;
                if (depth_push(&st, in->target, td) < 0) { kr_raw_free(st.items); return -1; }
            }
            depth = nd;
            if (is_uncond_transfer(in->opcode)) { fall = 0; break; }
        }
        if (fall && b->next && depth_push(&st, b->next, depth) < 0) {
            kr_raw_free(st.items);
            return -1;
        }
    }
    kr_raw_free(st.items);
    return maxdepth;
}

/* ------------------------------------------------------------------------
 * Line numbers and NOPs
 * --------------------------------------------------------------------- */

static void propagate_lines(KrBlock *entry)
{
    for (KrBlock *b = entry; b; b = b->next) {
        if (!b->ninstr) continue;
        KrLoc prev = KR_NO_LOC;
        for (int i = 0; i < b->ninstr; i++) {
            if (b->instr[i].loc.lineno < 0) b->instr[i].loc = prev;
            else prev = b->instr[i].loc;
        }
        KrInstr *l = last_instr(b);
        if (has_fallthrough(b) && b->next && b->next->npred == 1 && b->next->ninstr &&
            b->next->instr[0].loc.lineno < 0)
            b->next->instr[0].loc = prev;
        if (l->target && !KR_IS_SETUP(l->opcode) && l->target->npred == 1 && l->target->ninstr &&
            l->target->instr[0].loc.lineno < 0)
            l->target->instr[0].loc = prev;
    }
}

static void remove_nops(KrBlock *entry)
{
    KrBlock *prev = NULL;
    for (KrBlock *b = entry; b; prev = b, b = b->next) {
        int dst = 0, prev_lineno = -1;
        /* CPython's blocks do not end at conditional jumps: a block entered
         * by falling through continues the previous block's line */
        if (prev && prev->ninstr && has_fallthrough(prev) && prev->instr[prev->ninstr - 1].target)
            prev_lineno = prev->instr[prev->ninstr - 1].loc.lineno;
        for (int src = 0; src < b->ninstr; src++) {
            KrInstr *in = &b->instr[src];
            int lineno = in->loc.lineno;
            if (in->opcode == NOP) {
                if (lineno < 0 || prev_lineno == lineno) continue;
                if (src < b->ninstr - 1) {
                    KrInstr *nx = &b->instr[src + 1];
                    if (nx->loc.lineno < 0 || nx->loc.lineno == lineno) {
                        nx->loc = in->loc;
                        continue;
                    }
                } else {
                    KrBlock *nb = b->next;
                    while (nb && !nb->ninstr) nb = nb->next;
                    if (nb && nb->instr[0].loc.lineno == lineno) continue;
                }
            }
            b->instr[dst++] = *in;
            prev_lineno = lineno;
        }
        b->ninstr = dst;
    }
}

/* ------------------------------------------------------------------------
 * Peephole optimizations that change co_consts the way CPython's do
 * --------------------------------------------------------------------- */

/* A run of SWAPs (and NOPs) is replaced by the shortest sequence of SWAPs
 * with the same net permutation (CPython 3.11's swaptimize): simulate the
 * run on an array of slot numbers, then walk each cycle of the result.
 * Rewritten instructions keep their locations; unused ones become NOPs. */
#define SWAP_VISITED (-1)
static int swaptimize(KrBlock *b, int *ix)
{
    KrInstr *ins = &b->instr[*ix];
    int depth = ins[0].oparg, len = 0, more = 0, limit = b->ninstr - *ix;
    while (++len < limit) {
        int op = ins[len].opcode;
        if (op == SWAP) {
            if (ins[len].oparg > depth) depth = ins[len].oparg;
            more = 1;
        } else if (op != NOP) {
            break;
        }
    }
    if (!more) return 0;
    int *stack = kr_raw_alloc((size_t)depth * sizeof(int));
    if (!stack) { kr_err_no_memory(); return -1; }
    for (int i = 0; i < depth; i++) stack[i] = i;
    for (int i = 0; i < len; i++) {
        if (ins[i].opcode != SWAP) continue;
        int arg = ins[i].oparg, top = stack[0];
        stack[0] = stack[arg - 1];
        stack[arg - 1] = top;
    }
    int current = len - 1;
    for (int i = 0; i < depth; i++) {
        if (stack[i] == SWAP_VISITED || stack[i] == i) continue;
        int j = i;
        for (;;) {
            if (j) {
                ins[current].opcode = SWAP;
                ins[current--].oparg = j + 1;
            }
            if (stack[j] == SWAP_VISITED) break;
            int next_j = stack[j];
            stack[j] = SWAP_VISITED;
            j = next_j;
        }
    }
    while (current >= 0) {
        ins[current].opcode = NOP;
        ins[current--].oparg = 0;
    }
    kr_raw_free(stack);
    *ix += len - 1;
    return 0;
}

/* Instructions that only pop the top item and cannot run user code or
 * jump: a SWAP before them can be done by reordering them instead. */
#define SWAPPABLE(op) ((op) == STORE_FAST || (op) == POP_TOP)

static int next_swappable(KrBlock *b, int i, int lineno)
{
    while (++i < b->ninstr) {
        KrInstr *in = &b->instr[i];
        if (lineno >= 0 && in->loc.lineno != lineno) return -1;
        if (in->opcode == NOP) continue;
        if (SWAPPABLE(in->opcode)) return i;
        return -1;
    }
    return -1;
}

/* CPython 3.11's apply_static_swaps: SWAP n; STORE_FAST a; ...; STORE_FAST b
 * becomes NOP; STORE_FAST b; ...; STORE_FAST a (within one line). */
static void apply_static_swaps(KrBlock *b, int i)
{
    for (; i >= 0; i--) {
        KrInstr *swap = &b->instr[i];
        if (swap->opcode != SWAP) {
            if (swap->opcode == NOP || SWAPPABLE(swap->opcode)) continue;
            return;
        }
        int j = next_swappable(b, i, -1);
        if (j < 0) return;
        int k = j, lineno = b->instr[j].loc.lineno;
        for (int count = swap->oparg - 1; count > 0; count--) {
            k = next_swappable(b, k, lineno);
            if (k < 0) return;
        }
        swap->opcode = NOP;
        swap->oparg = 0;
        KrInstr tmp = b->instr[j];
        b->instr[j] = b->instr[k];
        b->instr[k] = tmp;
    }
}

/* BUILD_TUPLE n after n LOAD_CONSTs becomes LOAD_CONST of the tuple;
 * BUILD_TUPLE n + UNPACK_SEQUENCE n (n <= 3) becomes SWAPs; runs of SWAPs
 * are minimized and applied statically where possible. */
static int peephole(KrCompiler *c, KrBlock *entry)
{
    for (KrBlock *b = entry; b; b = b->next) {
        for (int i = 0; i < b->ninstr; i++) {
            KrInstr *in = &b->instr[i];
            if (in->opcode == SWAP) {
                if (in->oparg == 1) {
                    in->opcode = NOP;
                    in->oparg = 0;
                    continue;
                }
                if (swaptimize(b, &i) < 0) return -1;
                apply_static_swaps(b, i);
                continue;
            }
            if (in->opcode != BUILD_TUPLE) continue;
            int n = in->oparg;
            if (i + 1 < b->ninstr && b->instr[i + 1].opcode == UNPACK_SEQUENCE &&
                b->instr[i + 1].oparg == n && n <= 3) {
                if (n == 1) {
                    in->opcode = NOP;
                    b->instr[i + 1].opcode = NOP;
                } else if (n == 2 || n == 3) {
                    /* the SWAP is looked at (swaptimized) on the next round */
                    in->opcode = NOP;
                    in->oparg = 0;
                    b->instr[i + 1].opcode = SWAP;
                    b->instr[i + 1].oparg = n;
                }
                if (n >= 1) continue;
            }
            if (i < n) continue;
            int all = 1;
            for (int k = i - n; k < i; k++)
                if (b->instr[k].opcode != LOAD_CONST) { all = 0; break; }
            if (!all) continue;
            KrObject *t = kr_tuple_new(n);
            if (!t) return -1;
            for (int k = 0; k < n; k++)
                KR_TUPLE_SET_STEAL(t, k, kr_newref(KR_LIST_GET(c->u->consts, b->instr[i - n + k].oparg)));
            int idx = kr_c_add_const(c, t);
            KR_DECREF(t);
            if (idx < 0) return -1;
            for (int k = i - n; k < i; k++) {
                b->instr[k].opcode = NOP;
                b->instr[k].oparg = 0;
            }
            in->opcode = LOAD_CONST;
            in->oparg = idx;
        }
    }
    return 0;
}

/* Drops constants no instruction refers to (index 0, a possible docstring,
 * is always kept) and renumbers the rest. Returns the consts tuple. */
static KrObject *remove_unused_consts(KrCompiler *c, KrBlock *entry) __attribute__((unused));
static KrObject *remove_unused_consts(KrCompiler *c, KrBlock *entry)
{
    ssize_t n = KR_SIZE(c->u->consts);
    int *map = kr_raw_alloc((size_t)(n ? n : 1) * sizeof(int));
    if (!map) { kr_err_no_memory(); return NULL; }
    for (ssize_t i = 0; i < n; i++) map[i] = -1;
    if (n) map[0] = 0;
    for (KrBlock *b = entry; b; b = b->next)
        for (int i = 0; i < b->ninstr; i++) {
            KrInstr *in = &b->instr[i];
            if (in->opcode < KR_PSEUDO_BASE && kr_opcode_info[in->opcode].argkind == KR_ARG_CONST)
                map[in->oparg] = 0;
        }
    ssize_t m = 0;
    for (ssize_t i = 0; i < n; i++)
        if (map[i] == 0) map[i] = (int)m++;
    KrObject *t = kr_tuple_new(m);
    if (!t) { kr_raw_free(map); return NULL; }
    for (ssize_t i = 0; i < n; i++)
        if (map[i] >= 0) KR_TUPLE_SET_STEAL(t, map[i], kr_newref(KR_LIST_GET(c->u->consts, i)));
    for (KrBlock *b = entry; b; b = b->next)
        for (int i = 0; i < b->ninstr; i++) {
            KrInstr *in = &b->instr[i];
            if (in->opcode < KR_PSEUDO_BASE && kr_opcode_info[in->opcode].argkind == KR_ARG_CONST)
                in->oparg = map[in->oparg];
        }
    kr_raw_free(map);
    return t;
}

/* ------------------------------------------------------------------------
 * Assembly
 * --------------------------------------------------------------------- */

static int instr_size(const KrInstr *in)
{
    int ext = in->oparg >= (1 << 24) ? 3 : in->oparg >= (1 << 16) ? 2 : in->oparg >= (1 << 8) ? 1 : 0;
    return ext + 1 + kr_opcode_info[in->opcode].cache;
}

static KrObject *dict_keys_tuple(KrObject *d)
{
    KrObject *t = kr_tuple_new(kr_dict_size(d));
    if (!t) return NULL;
    ssize_t pos = 0;
    KrObject *k, *v;
    while (kr_dict_next(d, &pos, &k, &v))
        KR_TUPLE_SET_STEAL(t, KR_INT_SMALL_VALUE(v), kr_newref(k));
    return t;
}

static int compute_flags(KrCompiler *c)
{
    KrSymEntry *ste = c->u->ste;
    int flags = 0;
    if (ste->type == KR_BLOCK_FUNCTION) {
        flags |= KR_CO_NEWLOCALS | KR_CO_OPTIMIZED;
        if (ste->nested) flags |= KR_CO_NESTED;
        if (ste->generator && !ste->coroutine) flags |= KR_CO_GENERATOR;
        if (!ste->generator && ste->coroutine) flags |= KR_CO_COROUTINE;
        if (ste->generator && ste->coroutine) flags |= KR_CO_ASYNC_GENERATOR;
        if (ste->varargs) flags |= KR_CO_VARARGS;
        if (ste->varkeywords) flags |= KR_CO_VARKEYWORDS;
    }
    if (c->future_annotations) flags |= KR_CO_FUTURE_ANNOTATIONS;
    /* CPython 3.11 no longer sets CO_NOFREE; neither do we (co_flags match) */
    return flags;
}

static int wr32(unsigned char **p, unsigned char *end, uint32_t v)
{
    if (*p + 4 > end) return -1;
    (*p)[0] = (unsigned char)v; (*p)[1] = (unsigned char)(v >> 8);
    (*p)[2] = (unsigned char)(v >> 16); (*p)[3] = (unsigned char)(v >> 24);
    *p += 4;
    return 0;
}

KrObject *kr_c_assemble(KrCompiler *c, int add_none)
{
    KrUnit *u = c->u;
    KrObject *result = NULL, *consts = NULL, *names = NULL, *lpnames = NULL, *lpkinds = NULL;
    KrObject *exctable = NULL, *linetable = NULL;
    KrCodeUnit *code = NULL;
    unsigned char *kinds = NULL;
    int *cellmap = NULL;
    KrBlock **order = NULL;

    /* an implicit `return None` at the end */
    KrInstr *l = last_instr(u->cur);
    if (!l || (l->opcode != RETURN_VALUE && l->opcode != RAISE_VARARGS && l->opcode != RERAISE)) {
        KR_UNSET_LOC(c);
        if (add_none && kr_c_addop_const(c, KR_NONE) < 0) return NULL;
        if (kr_c_addop(c, RETURN_VALUE, 0) < 0) return NULL;
    }

    /* localsplus: locals (arguments first), cells that are not arguments,
     * free variables. Deref opargs were cell/free numbers: remap them. */
    int nlocals = (int)kr_dict_size(u->varnames);
    int ncells = (int)kr_dict_size(u->cellvars), nfree = (int)kr_dict_size(u->freevars);
    int nderef = ncells + nfree;
    cellmap = kr_raw_alloc((size_t)(nderef ? nderef : 1) * sizeof(int));
    kinds = kr_raw_calloc((size_t)(nlocals + nderef + 1), 1);
    if (!cellmap || !kinds) { kr_err_no_memory(); goto done; }
    lpnames = kr_tuple_new(0);
    if (!lpnames) goto done;
    {
        KrObject *vn = dict_keys_tuple(u->varnames), *cn = dict_keys_tuple(u->cellvars);
        KrObject *fn = dict_keys_tuple(u->freevars);
        if (!vn || !cn || !fn) { KR_XDECREF(vn); KR_XDECREF(cn); KR_XDECREF(fn); goto done; }
        int nplus = 0, dropped = 0;
        KrObject *all = kr_tuple_new(nlocals + nderef);
        if (!all) { KR_DECREF(vn); KR_DECREF(cn); KR_DECREF(fn); goto done; }
        for (int i = 0; i < nlocals; i++) {
            KR_TUPLE_SET_STEAL(all, nplus, kr_newref(KR_TUPLE_GET(vn, i)));
            kinds[nplus++] = KR_CO_FAST_LOCAL;
        }
        for (int i = 0; i < ncells; i++) {
            KrObject *name = KR_TUPLE_GET(cn, i);
            KrObject *vi = kr_dict_get_item_borrow(u->varnames, name);
            if (vi) {
                int idx = (int)KR_INT_SMALL_VALUE(vi);
                kinds[idx] |= KR_CO_FAST_CELL;
                cellmap[i] = idx;
                dropped++;
                continue;
            }
            cellmap[i] = nplus;
            KR_TUPLE_SET_STEAL(all, nplus, kr_newref(name));
            kinds[nplus++] = KR_CO_FAST_CELL;
        }
        for (int i = 0; i < nfree; i++) {
            cellmap[ncells + i] = nplus;
            KR_TUPLE_SET_STEAL(all, nplus, kr_newref(KR_TUPLE_GET(fn, i)));
            kinds[nplus++] = KR_CO_FAST_FREE;
        }
        for (int i = nplus; i < nlocals + nderef; i++) KR_TUPLE_SET_STEAL(all, i, kr_newref(KR_NONE));
        KR_DECREF(vn); KR_DECREF(cn); KR_DECREF(fn);
        KR_DECREF(lpnames);
        lpnames = dropped ? kr_tuple_get_slice(all, 0, nplus) : kr_newref(all);
        KR_DECREF(all);
        if (!lpnames) goto done;
        lpkinds = kr_bytes_from((const char *)kinds, nplus);
        if (!lpkinds) goto done;
    }
    for (KrBlock *b = u->blocks; b; b = b->alloc_next) {
        for (int i = 0; i < b->ninstr; i++) {
            KrInstr *in = &b->instr[i];
            switch (in->opcode) {
            case LOAD_CLOSURE: case LOAD_DEREF: case STORE_DEREF: case DELETE_DEREF:
            case LOAD_CLASSDEREF:
                if (in->oparg < 0 || in->oparg >= nderef) {
                    kr_err_set_string(kr_exc_SystemError, "compiler: bad cell index");
                    goto done;
                }
                in->oparg = cellmap[in->oparg];
                break;
            }
        }
    }
    /* prologue: COPY_FREE_VARS, then MAKE_CELL for each cell in slot order */
    {
        int pos = 0;
        int nplus = (int)KR_SIZE(lpnames);
        for (int slot = 0; slot < nplus; slot++)
            if (kinds[slot] & KR_CO_FAST_CELL)
                if (insert_instr(u->entry, pos++, MAKE_CELL, slot) < 0) goto done;
        if (nfree && insert_instr(u->entry, 0, COPY_FREE_VARS, nfree) < 0) goto done;
    }

    /* drop unreachable blocks from the layout */
    if (mark_reachable(u->entry) < 0) goto done;
    {
        KrBlock *prev = u->entry;
        for (KrBlock *b = u->entry->next; b; b = b->next) {
            if (b->reachable) {
                prev->next = b;
                prev = b;
            }
        }
        prev->next = NULL;
    }
    if (peephole(c, u->entry) < 0) goto done;
    if (label_exception_targets(u->entry) < 0) goto done;
    int maxdepth = compute_stackdepth(u->entry);
    if (maxdepth < 0) goto done;

    /* SETUP_* / POP_BLOCK become NOPs (their locations may still mark a line) */
    for (KrBlock *b = u->entry; b; b = b->next)
        for (int i = 0; i < b->ninstr; i++)
            if (KR_IS_SETUP(b->instr[i].opcode) || b->instr[i].opcode == KR_POP_BLOCK) {
                b->instr[i].opcode = NOP;
                b->instr[i].target = NULL;
                b->instr[i].oparg = 0;
            }
    propagate_lines(u->entry);
    /* a jump to the block laid out next is a NOP */
    for (KrBlock *b = u->entry; b; b = b->next) {
        KrInstr *li = last_instr(b);
        if (!li || (li->opcode != KR_JUMP && li->opcode != KR_JUMP_NO_INTERRUPT)) continue;
        KrBlock *nb = b->next;
        while (nb && !nb->ninstr) nb = nb->next;
        KrBlock *t = li->target;
        while (t && !t->ninstr) t = t->next;
        if (t && t == nb) {
            li->opcode = NOP;
            li->target = NULL;
        }
    }
    remove_nops(u->entry);
    /* CPython 3.11 keeps constants that folding left unused, but trims
     * unused ones at the end of the list (index 0, a docstring, stays) */
    {
        int maxidx = 0;
        for (KrBlock *b = u->entry; b; b = b->next)
            for (int i = 0; i < b->ninstr; i++) {
                KrInstr *in = &b->instr[i];
                if ((in->opcode == LOAD_CONST || in->opcode == KW_NAMES) && in->oparg > maxidx)
                    maxidx = in->oparg;
            }
        ssize_t keep = KR_SIZE(u->consts) < maxidx + 1 ? KR_SIZE(u->consts) : maxidx + 1;
        KrObject *sl = kr_list_get_slice(u->consts, 0, keep);
        if (!sl) goto done;
        consts = kr_list_as_tuple(sl);
        KR_DECREF(sl);
        if (!consts) goto done;
    }

    /* order blocks and resolve jump opcodes by direction */
    int nblocks = 0;
    for (KrBlock *b = u->entry; b; b = b->next) b->offset = nblocks++;
    for (KrBlock *b = u->entry; b; b = b->next) {
        for (int i = 0; i < b->ninstr; i++) {
            KrInstr *in = &b->instr[i];
            if (!in->target) continue;
            KrBlock *t = in->target;
            /* a jump to an empty block goes to the next non-empty one */
            while (t->next && !t->ninstr) t = t->next;
            in->target = t;
            int forward = t->offset > b->offset;
            if (in->opcode == KR_JUMP) in->opcode = forward ? JUMP_FORWARD : JUMP_BACKWARD;
            else if (in->opcode == KR_JUMP_NO_INTERRUPT)
                in->opcode = forward ? JUMP_FORWARD : JUMP_BACKWARD_NO_INTERRUPT;
            else if (!forward) {
                kr_err_format(kr_exc_SystemError, "compiler: backward %s",
                              kr_opcode_info[in->opcode].name);
                goto done;
            }
            in->oparg = 0;
        }
    }
    /* offsets, iterated until EXTENDED_ARG prefixes stop changing them */
    ssize_t total;
    for (;;) {
        total = 0;
        for (KrBlock *b = u->entry; b; b = b->next) {
            b->offset = (int)total;
            for (int i = 0; i < b->ninstr; i++) total += instr_size(&b->instr[i]);
        }
        int changed = 0;
        for (KrBlock *b = u->entry; b; b = b->next) {
            int off = b->offset;
            for (int i = 0; i < b->ninstr; i++) {
                KrInstr *in = &b->instr[i];
                int size = instr_size(in);
                if (in->target) {
                    int end = off + size, arg;
                    if (in->opcode == JUMP_BACKWARD || in->opcode == JUMP_BACKWARD_NO_INTERRUPT)
                        arg = end - in->target->offset;
                    else
                        arg = in->target->offset - end;
                    if (arg < 0) {
                        kr_err_set_string(kr_exc_SystemError, "compiler: bad jump distance");
                        goto done;
                    }
                    if (arg != in->oparg) {
                        in->oparg = arg;
                        if (instr_size(in) != size) changed = 1;
                    }
                }
                off += size;
            }
        }
        if (!changed) {
            /* recheck the jump arguments once more against final offsets */
            int again = 0;
            for (KrBlock *b = u->entry; b && !again; b = b->next) {
                int off = b->offset;
                for (int i = 0; i < b->ninstr; i++) {
                    KrInstr *in = &b->instr[i];
                    int size = instr_size(in);
                    if (in->target) {
                        int end = off + size;
                        int arg = (in->opcode == JUMP_BACKWARD || in->opcode == JUMP_BACKWARD_NO_INTERRUPT)
                                  ? end - in->target->offset : in->target->offset - end;
                        if (arg != in->oparg) { again = 1; break; }
                    }
                    off += size;
                }
            }
            if (!again) break;
        }
    }

    /* emit code, exception table, line table */
    code = kr_raw_alloc((size_t)(total ? total : 1) * sizeof(KrCodeUnit));
    {
        ssize_t nentries_max = 0;
        for (KrBlock *b = u->entry; b; b = b->next) nentries_max += b->ninstr;
        exctable = kr_bytes_from(NULL, nentries_max * 16);
    }
    if (!code || !exctable) { if (!code) kr_err_no_memory(); goto done; }
    KrLineTableWriter lw;
    kr_code_linetable_init(&lw, u->firstlineno);
    {
        unsigned char *ep = (unsigned char *)KR_BYTES_DATA(exctable);
        unsigned char *eend = ep + KR_BYTES_LEN(exctable);
        ssize_t pc = 0;
        KrBlock *cur_handler = NULL;
        ssize_t hstart = 0;
        KrLoc run_loc = KR_NO_LOC;
        int run_len = 0;
        for (KrBlock *b = u->entry; b; b = b->next) {
            for (int i = 0; i < b->ninstr; i++) {
                KrInstr *in = &b->instr[i];
                int size = instr_size(in);
                if (in->handler != cur_handler) {
                    if (cur_handler) {
                        int depth = cur_handler->startdepth - 1 - cur_handler->preserve_lasti;
                        if (wr32(&ep, eend, (uint32_t)hstart) < 0 || wr32(&ep, eend, (uint32_t)pc) < 0 ||
                            wr32(&ep, eend, (uint32_t)cur_handler->offset) < 0 ||
                            wr32(&ep, eend, (uint32_t)(depth << 1 | cur_handler->preserve_lasti)) < 0)
                            goto linefail;
                    }
                    cur_handler = in->handler;
                    hstart = pc;
                }
                int arg = in->oparg, ext = size - 1 - kr_opcode_info[in->opcode].cache;
                for (int k = ext; k > 0; k--)
                    code[pc++] = (KrCodeUnit)(EXTENDED_ARG | ((arg >> (8 * k)) & 0xFF) << 8);
                code[pc++] = (KrCodeUnit)(in->opcode | (arg & 0xFF) << 8);
                for (int k = 0; k < kr_opcode_info[in->opcode].cache; k++) code[pc++] = 0;
                if (run_len && memcmp(&run_loc, &in->loc, sizeof run_loc) == 0) {
                    run_len += size;
                } else {
                    if (run_len && kr_code_linetable_add(&lw, run_len, run_loc.lineno, run_loc.end_lineno,
                                                         run_loc.col, run_loc.end_col) < 0)
                        goto linefail;
                    run_loc = in->loc;
                    run_len = size;
                }
            }
        }
        if (cur_handler) {
            int depth = cur_handler->startdepth - 1 - cur_handler->preserve_lasti;
            if (wr32(&ep, eend, (uint32_t)hstart) < 0 || wr32(&ep, eend, (uint32_t)pc) < 0 ||
                wr32(&ep, eend, (uint32_t)cur_handler->offset) < 0 ||
                wr32(&ep, eend, (uint32_t)(depth << 1 | cur_handler->preserve_lasti)) < 0)
                goto linefail;
        }
        if (run_len && kr_code_linetable_add(&lw, run_len, run_loc.lineno, run_loc.end_lineno,
                                             run_loc.col, run_loc.end_col) < 0)
            goto linefail;
        ssize_t elen = ep - (unsigned char *)KR_BYTES_DATA(exctable);
        KrObject *et = kr_bytes_from(KR_BYTES_DATA(exctable), elen);
        if (!et) goto linefail;
        KR_SETREF(exctable, et);
    }
    linetable = kr_code_linetable_finish(&lw);
    if (!linetable) goto done;

    names = dict_keys_tuple(u->names);
    if (!names) goto done;
    {
        KrCodeSpec spec = {
            .argcount = u->argcount, .posonlyargcount = u->posonlyargcount,
            .kwonlyargcount = u->kwonlyargcount, .flags = compute_flags(c),
            .stacksize = maxdepth, .firstlineno = u->firstlineno,
            .code = code, .ncodeunits = total,
            .consts = consts, .names = names, .localsplusnames = lpnames, .localspluskinds = lpkinds,
            .filename = c->filename, .name = u->name, .qualname = u->qualname ? u->qualname : u->name,
            .linetable = linetable, .exceptiontable = exctable,
        };
        result = kr_code_new(&spec);
    }
    goto done;
linefail:
    kr_code_linetable_discard(&lw);
    if (!kr_err_occurred()) kr_err_set_string(kr_exc_SystemError, "compiler: exception table overflow");
done:
    kr_raw_free(code);
    kr_raw_free(kinds);
    kr_raw_free(cellmap);
    kr_raw_free(order);
    KR_XDECREF(consts);
    KR_XDECREF(names);
    KR_XDECREF(lpnames);
    KR_XDECREF(lpkinds);
    KR_XDECREF(exctable);
    KR_XDECREF(linetable);
    return result;
}
