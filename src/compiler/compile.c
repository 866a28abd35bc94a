/* compile.c — the compiler's core: compilation units (one per code object),
 * basic blocks and instruction emission, constants and names, name
 * resolution to LOAD_FAST/LOAD_DEREF/LOAD_GLOBAL/LOAD_NAME, the frame-block
 * stack for unwinding, closures, and the public entry points. The visitors
 * live in compile_stmt.c, compile_expr.c and compile_pattern.c. See
 * docs/internals/compiler.md for the overall design. */
#include "compile_internal.h"
#include "../parser/parser.h"
#include "../objects/dict.h"
#include "../objects/list.h"
#include "../objects/tuple.h"
#include "../objects/str.h"
#include "../objects/int.h"
#include "../objects/float.h"
#include "../objects/bytes.h"
#include "../objects/set.h"
#include "../objects/ids.h"
#include "../vm/err.h"
#include "../vm/config.h"
#include "../memory/mem.h"

#include <string.h>

/* ------------------------------------------------------------------------
 * Blocks and instructions
 * --------------------------------------------------------------------- */

KrBlock *kr_c_new_block(KrCompiler *c)
{
    KrBlock *b = kr_raw_calloc(1, sizeof *b);
    if (!b) { kr_err_no_memory(); return NULL; }
    b->startdepth = -1;
    b->alloc_next = c->u->blocks;
    c->u->blocks = b;
    return b;
}

void kr_c_use_block(KrCompiler *c, KrBlock *b)
{
    c->u->cur->next = b;
    c->u->cur = b;
}

static int is_terminator(int op)
{
    return op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE || op == KR_JUMP ||
           op == KR_JUMP_NO_INTERRUPT || op == JUMP_FORWARD || op == JUMP_BACKWARD ||
           op == JUMP_BACKWARD_NO_INTERRUPT;
}

static int addop_full(KrCompiler *c, int op, int arg, KrBlock *target, KrLoc loc)
{
    KrBlock *b = c->u->cur;
    if (b->ninstr && (is_terminator(b->instr[b->ninstr - 1].opcode) || b->instr[b->ninstr - 1].target)) {
        /* a jump (or SETUP_*) ends its block; code after return/raise/jump
         * is unreachable and the assembler drops its block */
        KrBlock *nb = kr_c_new_block(c);
        if (!nb) return -1;
        kr_c_use_block(c, nb);
        b = nb;
    }
    if (b->ninstr == b->capinstr) {
        int ncap = b->capinstr ? b->capinstr * 2 : 16;
        KrInstr *ni = kr_raw_realloc(b->instr, (size_t)ncap * sizeof *ni);
        if (!ni) { kr_err_no_memory(); return -1; }
        b->instr = ni;
        b->capinstr = ncap;
    }
    KrInstr *i = &b->instr[b->ninstr++];
    i->opcode = op;
    i->oparg = arg;
    i->target = target;
    i->loc = loc;
    i->handler = NULL;
    return 0;
}

int kr_c_addop(KrCompiler *c, int op, int arg) { return addop_full(c, op, arg, NULL, c->u->loc); }
int kr_c_addop_noloc(KrCompiler *c, int op, int arg) { return addop_full(c, op, arg, NULL, KR_NO_LOC); }
int kr_c_addop_j(KrCompiler *c, int op, KrBlock *t) { return addop_full(c, op, 0, t, c->u->loc); }
int kr_c_addop_j_noloc(KrCompiler *c, int op, KrBlock *t) { return addop_full(c, op, 0, t, KR_NO_LOC); }

/* ------------------------------------------------------------------------
 * Constants: deduplicated by a key that tells 0, 0.0, -0.0, False apart.
 * --------------------------------------------------------------------- */

static KrObject *const_key(KrObject *o)
{
    KrObject *tag, *key;
    if (o == KR_NONE || o == KR_ELLIPSIS || KR_BOOL_CHECK(o) || KR_INT_CHECK_EXACT(o) ||
        KR_STR_CHECK_EXACT(o) || KR_BYTES_CHECK_EXACT(o)) {
        tag = kr_int_from_i64(KR_BOOL_CHECK(o) ? 1 : KR_INT_CHECK_EXACT(o) ? 2 : 0);
        if (!tag) return NULL;
        /* str and bytes with equal text are different constants */
        KrObject *ty = kr_int_from_i64((int64_t)(uintptr_t)KR_TYPE(o));
        if (!ty) { KR_DECREF(tag); return NULL; }
        key = kr_tuple_pack(3, tag, ty, o);
        KR_DECREF(ty);
    } else if (KR_FLOAT_CHECK_EXACT(o)) {
        double d = KR_FLOAT_VALUE(o);
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        tag = kr_int_from_i64(3);
        KrObject *b = kr_int_from_u64(bits);
        key = (tag && b) ? kr_tuple_pack(2, tag, b) : NULL;
        KR_XDECREF(b);
    } else if (KR_TYPE(o) == &kr_complex_type) {
        KrComplexObject *z = (KrComplexObject *)o;
        uint64_t b1, b2;
        memcpy(&b1, &z->real, sizeof b1);
        memcpy(&b2, &z->imag, sizeof b2);
        tag = kr_int_from_i64(4);
        KrObject *x = kr_int_from_u64(b1), *y = kr_int_from_u64(b2);
        key = (tag && x && y) ? kr_tuple_pack(3, tag, x, y) : NULL;
        KR_XDECREF(x);
        KR_XDECREF(y);
    } else if (KR_TUPLE_CHECK_EXACT(o)) {
        ssize_t n = KR_SIZE(o);
        KrObject *items = kr_tuple_new(n);
        if (!items) return NULL;
        for (ssize_t i = 0; i < n; i++) {
            KrObject *k = const_key(KR_TUPLE_GET(o, i));
            if (!k) { KR_DECREF(items); return NULL; }
            KR_TUPLE_SET_STEAL(items, i, k);
        }
        tag = kr_int_from_i64(7);
        key = tag ? kr_tuple_pack(2, tag, items) : NULL;
        KR_DECREF(items);
    } else if (KR_CODE_CHECK(o) || KR_FROZENSET_CHECK(o)) {
        /* by value: identical code objects (a finally body compiled twice)
         * and equal frozensets share one constant */
        tag = kr_int_from_i64(KR_CODE_CHECK(o) ? 9 : 10);
        key = tag ? kr_tuple_pack(2, tag, o) : NULL;
    } else {
        /* anything else: by identity */
        tag = kr_int_from_i64(8);
        KrObject *id = kr_int_from_i64((int64_t)(uintptr_t)o);
        key = (tag && id) ? kr_tuple_pack(2, tag, id) : NULL;
        KR_XDECREF(id);
    }
    KR_XDECREF(tag);
    return key;
}

int kr_c_add_const(KrCompiler *c, KrObject *o)
{
    KrUnit *u = c->u;
    KrObject *key = const_key(o);
    if (!key) return -1;
    KrObject *v = kr_dict_get_item_borrow(u->const_index, key);
    if (v) { KR_DECREF(key); return (int)KR_INT_SMALL_VALUE(v); }
    if (kr_err_occurred()) { KR_DECREF(key); return -1; }
    ssize_t idx = KR_SIZE(u->consts);
    KrObject *iv = kr_int_from_ssize(idx);
    if (!iv || kr_dict_set_item_steal(u->const_index, key, iv) < 0 || kr_list_append(u->consts, o) < 0) {
        KR_DECREF(key);
        return -1;
    }
    KR_DECREF(key);
    return (int)idx;
}

int kr_c_addop_const(KrCompiler *c, KrObject *o)
{
    int i = kr_c_add_const(c, o);
    if (i < 0) return -1;
    return kr_c_addop(c, LOAD_CONST, i);
}

int kr_c_addop_const_steal(KrCompiler *c, KrObject *o)
{
    if (!o) return -1;
    int r = kr_c_addop_const(c, o);
    KR_DECREF(o);
    return r;
}

int kr_c_add_name(KrCompiler *c, KrObject *dict, KrObject *name)
{
    KrObject *v = kr_dict_get_item_borrow(dict, name);
    if (v) return (int)KR_INT_SMALL_VALUE(v);
    if (kr_err_occurred()) return -1;
    ssize_t idx = kr_dict_size(dict);
    KrObject *iv = kr_int_from_ssize(idx);
    if (!iv || kr_dict_set_item_steal(dict, name, iv) < 0) return -1;
    return (int)idx;
}

KrObject *kr_c_mangle(KrCompiler *c, KrObject *name)
{
    return kr_symtable_mangle(c->u->private_name, name);
}

int kr_c_addop_name(KrCompiler *c, int op, KrObject *name, int mangle)
{
    KrObject *m = mangle ? kr_c_mangle(c, name) : kr_newref(name);
    if (!m) return -1;
    int idx = kr_c_add_name(c, c->u->names, m);
    KR_DECREF(m);
    if (idx < 0) return -1;
    if (op == LOAD_GLOBAL) idx <<= 1;
    return kr_c_addop(c, op, idx);
}

/* ------------------------------------------------------------------------
 * Errors
 * --------------------------------------------------------------------- */

int kr_c_error(KrCompiler *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    KrObject *msg = kr_str_from_format_v(fmt, ap);
    va_end(ap);
    if (!msg) return -1;
    KrLoc l = c->u->loc;
    kr_symtable_syntax_error(c->filename, l.lineno, l.col, l.end_lineno, l.end_col, "%U", msg);
    KR_DECREF(msg);
    return -1;
}

/* ------------------------------------------------------------------------
 * Name operations
 * --------------------------------------------------------------------- */

int kr_c_forbidden_name(KrCompiler *c, KrObject *name, int ctx)
{
    if (ctx == KR_CTX_LOAD || !kr_str_equal_cstr(name, "__debug__")) return 0;
    kr_c_error(c, ctx == KR_CTX_STORE ? "cannot assign to __debug__" : "cannot delete __debug__");
    return -1;
}

int kr_c_nameop(KrCompiler *c, KrObject *name, int ctx)
{
    KrUnit *u = c->u;
    TRY(kr_c_forbidden_name(c, name, ctx));
    KrObject *mangled = kr_c_mangle(c, name);
    if (!mangled) return -1;
    enum { OP_NAME, OP_FAST, OP_GLOBAL, OP_DEREF } optype = OP_NAME;
    KrObject *dict = NULL;
    int scope = kr_symtable_scope(u->ste, mangled);
    int is_func = u->ste->type == KR_BLOCK_FUNCTION;
    switch (scope) {
    case KR_SCOPE_FREE: dict = u->freevars; optype = OP_DEREF; break;
    case KR_SCOPE_CELL: dict = u->cellvars; optype = OP_DEREF; break;
    case KR_SCOPE_LOCAL: if (is_func) optype = OP_FAST; break;
    case KR_SCOPE_GLOBAL_IMPLICIT: if (is_func) optype = OP_GLOBAL; break;
    case KR_SCOPE_GLOBAL_EXPLICIT: optype = OP_GLOBAL; break;
    default: break;
    }
    int op = 0, arg, r;
    switch (optype) {
    case OP_DEREF:
        arg = kr_c_add_name(c, dict, mangled);
        if (arg < 0) { KR_DECREF(mangled); return -1; }
        if (dict == u->freevars) arg += (int)kr_dict_size(u->cellvars);
        op = ctx == KR_CTX_LOAD ? (u->ste->type == KR_BLOCK_CLASS ? LOAD_CLASSDEREF : LOAD_DEREF)
           : ctx == KR_CTX_STORE ? STORE_DEREF : DELETE_DEREF;
        r = kr_c_addop(c, op, arg);
        break;
    case OP_FAST:
        arg = kr_c_add_name(c, u->varnames, mangled);
        if (arg < 0) { KR_DECREF(mangled); return -1; }
        op = ctx == KR_CTX_LOAD ? LOAD_FAST : ctx == KR_CTX_STORE ? STORE_FAST : DELETE_FAST;
        r = kr_c_addop(c, op, arg);
        break;
    case OP_GLOBAL:
        op = ctx == KR_CTX_LOAD ? LOAD_GLOBAL : ctx == KR_CTX_STORE ? STORE_GLOBAL : DELETE_GLOBAL;
        r = kr_c_addop_name(c, op, mangled, 0);
        break;
    default:
        op = ctx == KR_CTX_LOAD ? LOAD_NAME : ctx == KR_CTX_STORE ? STORE_NAME : DELETE_NAME;
        r = kr_c_addop_name(c, op, mangled, 0);
        break;
    }
    KR_DECREF(mangled);
    return r;
}

/* ------------------------------------------------------------------------
 * Units
 * --------------------------------------------------------------------- */

/* A dict name -> index of the names in `ste` whose scope is `scope` (or
 * having `flag`), sorted, numbered from 0. */
static KrObject *dict_by_type(KrSymEntry *ste, int scope, long flag)
{
    KrObject *list = kr_list_new(0);
    if (!list) return NULL;
    ssize_t pos = 0;
    KrObject *name, *v;
    while (kr_dict_next(ste->symbols, &pos, &name, &v)) {
        long f = (long)KR_INT_SMALL_VALUE(v);
        if (((f >> KR_SCOPE_OFFSET) & KR_SCOPE_MASK) == scope || (f & flag))
            if (kr_list_append(list, name) < 0) { KR_DECREF(list); return NULL; }
    }
    if (kr_list_sort(list) < 0) { KR_DECREF(list); return NULL; }
    KrObject *d = kr_dict_new();
    if (!d) { KR_DECREF(list); return NULL; }
    for (ssize_t i = 0; i < KR_SIZE(list); i++) {
        KrObject *iv = kr_int_from_ssize(i);
        if (!iv || kr_dict_set_item_steal(d, KR_LIST_GET(list, i), iv) < 0) {
            KR_DECREF(list); KR_DECREF(d); return NULL;
        }
    }
    KR_DECREF(list);
    return d;
}

static void unit_free(KrUnit *u)
{
    KrBlock *b = u->blocks;
    while (b) {
        KrBlock *n = b->alloc_next;
        kr_raw_free(b->instr);
        kr_raw_free(b->exstack);
        kr_raw_free(b);
        b = n;
    }
    KR_XDECREF(u->name);
    KR_XDECREF(u->qualname);
    KR_XDECREF(u->consts);
    KR_XDECREF(u->const_index);
    KR_XDECREF(u->names);
    KR_XDECREF(u->varnames);
    KR_XDECREF(u->cellvars);
    KR_XDECREF(u->freevars);
    kr_raw_free(u);
}

static int set_qualname(KrCompiler *c)
{
    KrUnit *u = c->u, *parent = u->parent;
    KrObject *base = NULL;
    if (parent && parent->scope_type != KR_SCOPE_TYPE_MODULE) {
        int force_global = 0;
        if (u->scope_type == KR_SCOPE_TYPE_FUNCTION || u->scope_type == KR_SCOPE_TYPE_ASYNC_FUNCTION ||
            u->scope_type == KR_SCOPE_TYPE_CLASS) {
            KrObject *mangled = kr_symtable_mangle(parent->private_name, u->name);
            if (!mangled) return -1;
            if (kr_symtable_scope(parent->ste, mangled) == KR_SCOPE_GLOBAL_EXPLICIT) force_global = 1;
            KR_DECREF(mangled);
        }
        if (!force_global) {
            if (parent->scope_type == KR_SCOPE_TYPE_FUNCTION ||
                parent->scope_type == KR_SCOPE_TYPE_ASYNC_FUNCTION ||
                parent->scope_type == KR_SCOPE_TYPE_LAMBDA)
                base = kr_str_from_format("%U.<locals>", parent->qualname);
            else
                base = kr_newref(parent->qualname);
            if (!base) return -1;
        }
    }
    if (base) {
        u->qualname = kr_str_from_format("%U.%U", base, u->name);
        KR_DECREF(base);
    } else {
        u->qualname = kr_newref(u->name);
    }
    return u->qualname ? 0 : -1;
}

int kr_c_enter_scope(KrCompiler *c, KrObject *name, int scope_type, void *key, int lineno)
{
    KrUnit *u = kr_raw_calloc(1, sizeof *u);
    if (!u) { kr_err_no_memory(); return -1; }
    u->parent = c->u;
    u->ste = kr_symtable_lookup(c->st, key);
    u->name = kr_newref(name);
    u->scope_type = scope_type;
    u->firstlineno = lineno;
    u->private_name = c->u ? c->u->private_name : NULL;
    c->u = u;
    if (!u->ste) {
        kr_err_set_string(kr_exc_SystemError, "compiler: unknown scope");
        goto fail;
    }
    u->consts = kr_list_new(0);
    u->const_index = kr_dict_new();
    u->names = kr_dict_new();
    u->varnames = kr_dict_new();
    if (!u->consts || !u->const_index || !u->names || !u->varnames) goto fail;
    for (ssize_t i = 0; i < KR_SIZE(u->ste->varnames); i++)
        if (kr_c_add_name(c, u->varnames, KR_LIST_GET(u->ste->varnames, i)) < 0) goto fail;
    u->cellvars = dict_by_type(u->ste, KR_SCOPE_CELL, 0);
    if (!u->cellvars) goto fail;
    if (u->ste->needs_class_closure) {
        KrObject *zero = kr_int_from_i64(kr_dict_size(u->cellvars));
        if (!zero || kr_dict_set_item_steal(u->cellvars, KR_ID(__class__), zero) < 0) goto fail;
    }
    u->freevars = dict_by_type(u->ste, KR_SCOPE_FREE, KR_DEF_FREE_CLASS);
    if (!u->freevars) goto fail;
    u->entry = u->cur = NULL;
    KrBlock *b = kr_c_new_block(c);
    if (!b) goto fail;
    u->entry = u->cur = b;
    c->nestlevel++;
    if (scope_type == KR_SCOPE_TYPE_MODULE) {
        u->loc = (KrLoc){ 0, 1, 0, 0 };   /* RESUME of a module: line 0, as CPython */
    } else {
        u->loc = (KrLoc){ lineno, lineno, 0, 0 };
        if (set_qualname(c) < 0) return -1;
    }
    if (kr_c_addop(c, RESUME, 0) < 0) return -1;
    if (scope_type == KR_SCOPE_TYPE_MODULE) u->loc = KR_NO_LOC;
    return 0;
fail:
    return -1;
}

void kr_c_exit_scope(KrCompiler *c)
{
    KrUnit *u = c->u;
    c->u = u->parent;
    c->nestlevel--;
    unit_free(u);
}

/* ------------------------------------------------------------------------
 * Frame blocks and unwinding
 * --------------------------------------------------------------------- */

int kr_c_push_fblock(KrCompiler *c, KrFBlockType t, KrBlock *b, KrBlock *exit, void *datum)
{
    KrUnit *u = c->u;
    if (u->nfblocks >= KR_MAX_BLOCKS)
        return kr_c_error(c, "too many statically nested blocks");
    KrFBlock *f = &u->fblock[u->nfblocks++];
    f->type = t;
    f->block = b;
    f->exit = exit;
    f->datum = datum;
    return 0;
}

void kr_c_pop_fblock(KrCompiler *c)
{
    c->u->nfblocks--;
}

int kr_c_call_exit_with_nones(KrCompiler *c)
{
    ADDOP_CONST(c, KR_NONE);
    ADDOP_CONST(c, KR_NONE);
    ADDOP_CONST(c, KR_NONE);
    ADDOP_I(c, CALL, 2);
    return 0;
}

int kr_c_add_yield_from(KrCompiler *c, int await)
{
    NEW_BLOCK(c, start);
    NEW_BLOCK(c, resume);
    NEW_BLOCK(c, exit);
    USE_BLOCK(c, start);
    ADDOP_J(c, SEND, exit);
    USE_BLOCK(c, resume);
    ADDOP(c, YIELD_VALUE);
    ADDOP_I(c, RESUME, await ? 3 : 2);
    ADDOP_J(c, KR_JUMP_NO_INTERRUPT, start);
    USE_BLOCK(c, exit);
    return 0;
}

int kr_c_addop_yield(KrCompiler *c)
{
    if (c->u->ste->generator && c->u->ste->coroutine) ADDOP(c, ASYNC_GEN_WRAP);
    ADDOP(c, YIELD_VALUE);
    ADDOP_I(c, RESUME, 1);
    return 0;
}

int kr_c_unwind_fblock(KrCompiler *c, KrFBlock *info, int preserve_tos)
{
    switch (info->type) {
    case KR_FB_WHILE_LOOP:
    case KR_FB_EXCEPTION_HANDLER:
    case KR_FB_EXCEPTION_GROUP_HANDLER:
    case KR_FB_ASYNC_COMPREHENSION_GENERATOR:
        return 0;
    case KR_FB_FOR_LOOP:
        /* pop the iterator */
        if (preserve_tos) ADDOP_I(c, SWAP, 2);
        ADDOP(c, POP_TOP);
        return 0;
    case KR_FB_TRY_EXCEPT:
        ADDOP(c, KR_POP_BLOCK);
        return 0;
    case KR_FB_FINALLY_TRY:
        ADDOP(c, KR_POP_BLOCK);
        if (preserve_tos) TRY(kr_c_push_fblock(c, KR_FB_POP_VALUE, NULL, NULL, NULL));
        TRY(kr_c_visit_stmts(c, (KrAstStmtSeq *)info->datum));
        if (preserve_tos) kr_c_pop_fblock(c);
        KR_UNSET_LOC(c);
        return 0;
    case KR_FB_FINALLY_END:
        if (preserve_tos) ADDOP_I(c, SWAP, 2);
        ADDOP(c, POP_TOP);
        if (preserve_tos) ADDOP_I(c, SWAP, 2);
        ADDOP(c, KR_POP_BLOCK);
        ADDOP(c, POP_EXCEPT);
        return 0;
    case KR_FB_WITH:
    case KR_FB_ASYNC_WITH: {
        KrAstStmt *s = info->datum;
        KR_SET_LOC(c, s);
        ADDOP(c, KR_POP_BLOCK);
        if (preserve_tos) ADDOP_I(c, SWAP, 2);
        TRY(kr_c_call_exit_with_nones(c));
        if (info->type == KR_FB_ASYNC_WITH) {
            ADDOP_I(c, GET_AWAITABLE, 2);
            ADDOP_CONST(c, KR_NONE);
            TRY(kr_c_add_yield_from(c, 1));
        }
        ADDOP(c, POP_TOP);
        KR_UNSET_LOC(c);
        return 0;
    }
    case KR_FB_HANDLER_CLEANUP:
        if (info->datum) ADDOP(c, KR_POP_BLOCK);
        if (preserve_tos) ADDOP_I(c, SWAP, 2);
        ADDOP(c, KR_POP_BLOCK);
        ADDOP(c, POP_EXCEPT);
        if (info->datum) {
            ADDOP_CONST(c, KR_NONE);
            TRY(kr_c_nameop(c, info->datum, KR_CTX_STORE));
            TRY(kr_c_nameop(c, info->datum, KR_CTX_DEL));
        }
        return 0;
    case KR_FB_POP_VALUE:
        if (preserve_tos) ADDOP_I(c, SWAP, 2);
        ADDOP(c, POP_TOP);
        return 0;
    }
    return 0;
}

int kr_c_unwind_fblock_stack(KrCompiler *c, int preserve_tos, KrFBlock **loop)
{
    KrUnit *u = c->u;
    if (u->nfblocks == 0) return 0;
    KrFBlock *top = &u->fblock[u->nfblocks - 1];
    if (top->type == KR_FB_EXCEPTION_GROUP_HANDLER)
        return kr_c_error(c, "'break', 'continue' and 'return' cannot appear in an except* block");
    if (loop && (top->type == KR_FB_WHILE_LOOP || top->type == KR_FB_FOR_LOOP)) {
        *loop = top;
        return 0;
    }
    KrFBlock copy = *top;
    u->nfblocks--;
    if (kr_c_unwind_fblock(c, &copy, preserve_tos) < 0) return -1;
    if (kr_c_unwind_fblock_stack(c, preserve_tos, loop) < 0) return -1;
    u->fblock[u->nfblocks++] = copy;
    return 0;
}

/* ------------------------------------------------------------------------
 * Closures
 * --------------------------------------------------------------------- */

int kr_c_make_closure(KrCompiler *c, KrObject *code, int flags, KrObject *qualname)
{
    (void)qualname;   /* MAKE_FUNCTION takes the qualified name from the code */
    KrCodeObject *co = (KrCodeObject *)code;
    if (co->co_nfreevars) {
        const unsigned char *kinds = (const unsigned char *)KR_BYTES_DATA(co->co_localspluskinds);
        int nfree = 0;
        for (int i = 0; i < co->co_nlocalsplus; i++) {
            if (!(kinds[i] & KR_CO_FAST_FREE)) continue;
            KrObject *name = KR_TUPLE_GET(co->co_localsplusnames, i);
            int reftype;
            if (c->u->scope_type == KR_SCOPE_TYPE_CLASS && kr_str_equal_cstr(name, "__class__"))
                reftype = KR_SCOPE_CELL;
            else
                reftype = kr_symtable_scope(c->u->ste, name);
            KrObject *d = reftype == KR_SCOPE_CELL ? c->u->cellvars : c->u->freevars;
            KrObject *v = kr_dict_get_item_borrow(d, name);
            if (!v) {
                kr_err_format(kr_exc_SystemError,
                              "compiler: lookup %R in %U failed (scope %d)", name, c->u->name, reftype);
                return -1;
            }
            int arg = (int)KR_INT_SMALL_VALUE(v);
            if (d == c->u->freevars) arg += (int)kr_dict_size(c->u->cellvars);
            ADDOP_I(c, LOAD_CLOSURE, arg);
            nfree++;
        }
        ADDOP_I(c, BUILD_TUPLE, nfree);
        flags |= 8;
    }
    ADDOP_CONST(c, code);
    ADDOP_I(c, MAKE_FUNCTION, flags);
    return 0;
}

/* ------------------------------------------------------------------------
 * Bodies, docstrings, annotations
 * --------------------------------------------------------------------- */

int kr_c_is_docstring(KrAstStmt *s)
{
    return s && s->kind == KR_STMT_EXPR && s->v.Expr.value->kind == KR_EXPR_CONSTANT &&
           KR_STR_CHECK_EXACT(s->v.Expr.value->v.Constant.value);
}

int kr_c_find_ann(KrAstStmtSeq *stmts)
{
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(stmts); i++) {
        KrAstStmt *s = stmts->items[i];
        switch (s->kind) {
        case KR_STMT_ANN_ASSIGN:
            return 1;
        case KR_STMT_FOR:
        case KR_STMT_ASYNC_FOR:
            if (kr_c_find_ann(s->v.For.body) || kr_c_find_ann(s->v.For.orelse)) return 1;
            break;
        case KR_STMT_WHILE:
            if (kr_c_find_ann(s->v.While.body) || kr_c_find_ann(s->v.While.orelse)) return 1;
            break;
        case KR_STMT_IF:
            if (kr_c_find_ann(s->v.If.body) || kr_c_find_ann(s->v.If.orelse)) return 1;
            break;
        case KR_STMT_WITH:
        case KR_STMT_ASYNC_WITH:
            if (kr_c_find_ann(s->v.With.body)) return 1;
            break;
        case KR_STMT_TRY:
        case KR_STMT_TRY_STAR:
            for (ssize_t j = 0; j < KR_AST_SEQ_LEN(s->v.Try.handlers); j++)
                if (kr_c_find_ann(s->v.Try.handlers->items[j]->v.ExceptHandler.body)) return 1;
            if (kr_c_find_ann(s->v.Try.body) || kr_c_find_ann(s->v.Try.finalbody) ||
                kr_c_find_ann(s->v.Try.orelse))
                return 1;
            break;
        case KR_STMT_MATCH:
            for (ssize_t j = 0; j < KR_AST_SEQ_LEN(s->v.Match.cases); j++)
                if (kr_c_find_ann(s->v.Match.cases->items[j]->body)) return 1;
            break;
        default:
            break;
        }
    }
    return 0;
}

int kr_c_body(KrCompiler *c, KrAstStmtSeq *stmts)
{
    ssize_t n = KR_AST_SEQ_LEN(stmts), i = 0;
    if (kr_c_find_ann(stmts)) {
        if (n) KR_SET_LOC(c, stmts->items[0]);
        ADDOP(c, SETUP_ANNOTATIONS);
    }
    if (!n) return 0;
    if (c->optimize < 2 && kr_c_is_docstring(stmts->items[0])) {
        KrAstStmt *st0 = stmts->items[0];
        i = 1;
        KR_SET_LOC(c, st0);
        TRY(kr_c_visit_expr(c, st0->v.Expr.value));
        TRY(kr_c_nameop(c, KR_ID(__doc__), KR_CTX_STORE));
    }
    for (; i < n; i++) TRY(kr_c_visit_stmt(c, stmts->items[i]));
    return 0;
}

/* ------------------------------------------------------------------------
 * __future__ imports
 * --------------------------------------------------------------------- */

static int check_future(KrCompiler *c, KrAstMod *mod)
{
    if (mod->kind != KR_MOD_MODULE && mod->kind != KR_MOD_INTERACTIVE) return 0;
    KrAstStmtSeq *body = mod->kind == KR_MOD_MODULE ? mod->v.Module.body : mod->v.Interactive.body;
    static const char *const known[] = {
        "nested_scopes", "generators", "division", "absolute_import", "with_statement",
        "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",
        "annotations", NULL
    };
    /* CPython's future_parse: only a first-statement docstring and other
     * __future__ imports may precede a __future__ import; a late one on the
     * same line is reported here, later ones by the compiler */
    int done = 0, prev_line = 0;
    c->future_lineno = -1;
    ssize_t first = KR_AST_SEQ_LEN(body) && kr_c_is_docstring(body->items[0]) ? 1 : 0;
    for (ssize_t i = first; i < KR_AST_SEQ_LEN(body); i++) {
        KrAstStmt *s = body->items[i];
        if (done && s->lineno > prev_line) break;
        prev_line = s->lineno;
        if (s->kind == KR_STMT_IMPORT_FROM) {
            if (!s->v.ImportFrom.module || !kr_str_equal_cstr(s->v.ImportFrom.module, "__future__")) {
                done = 1;
                continue;
            }
            if (done) {
                kr_symtable_syntax_error(c->filename, s->lineno, s->col_offset - 1, s->lineno, -2,
                                         "from __future__ imports must occur at the beginning of the file");
                return -1;
            }
            for (ssize_t j = 0; j < KR_AST_SEQ_LEN(s->v.ImportFrom.names); j++) {
                KrAstAlias *a = s->v.ImportFrom.names->items[j];
                int ok = 0;
                for (int k = 0; known[k]; k++)
                    if (kr_str_equal_cstr(a->name, known[k])) ok = 1;
                if (kr_str_equal_cstr(a->name, "braces")) {
                    kr_symtable_syntax_error(c->filename, s->lineno, s->col_offset, s->lineno,
                                             -2, "not a chance");
                    return -1;
                }
                if (!ok) {
                    kr_symtable_syntax_error(c->filename, s->lineno, s->col_offset, s->lineno,
                                             -2, "future feature %U is not defined", a->name);
                    return -1;
                }
                if (kr_str_equal_cstr(a->name, "annotations")) c->future_annotations = 1;
            }
            c->future_lineno = s->lineno;
        } else {
            done = 1;
        }
    }
    return 0;
}

/* ------------------------------------------------------------------------
 * Entry points
 * --------------------------------------------------------------------- */

static KrObject *compile_module_unit(KrCompiler *c, KrAstMod *mod)
{
    KrObject *name = kr_str_intern_cstr("<module>");
    if (!name) return NULL;
    int r = kr_c_enter_scope(c, name, KR_SCOPE_TYPE_MODULE, mod, 1);
    KR_DECREF(name);
    if (r < 0) { if (c->u) kr_c_exit_scope(c); return NULL; }
    int add_none = 1;
    switch (mod->kind) {
    case KR_MOD_MODULE:
        r = kr_c_body(c, mod->v.Module.body);
        break;
    case KR_MOD_INTERACTIVE:
        c->interactive = 1;
        if (kr_c_find_ann(mod->v.Interactive.body)) r = kr_c_addop(c, SETUP_ANNOTATIONS, 0);
        if (r == 0) r = kr_c_visit_stmts(c, mod->v.Interactive.body);
        break;
    case KR_MOD_EXPRESSION:
        r = kr_c_visit_expr(c, mod->v.Expression.body);
        add_none = 0;
        break;
    default:
        kr_err_set_string(kr_exc_SystemError, "compile(): unsupported module kind");
        r = -1;
    }
    KrObject *co = r < 0 ? NULL : kr_c_assemble(c, add_none);
    kr_c_exit_scope(c);
    return co;
}

int kr_c_depth_enter(KrCompiler *c)
{
    if (++c->depth > c->depth_limit) {
        c->depth--;
        kr_err_set_string(kr_exc_RecursionError, "maximum recursion depth exceeded during compilation");
        return -1;
    }
    return 0;
}

KrObject *kr_compile_mod(KrAstMod *mod, KrObject *filename, int mode, int optimize)
{
    (void)mode;
    KrCompiler c;
    memset(&c, 0, sizeof c);
    kr_symtable_depth_limits(&c.depth, &c.depth_limit);
    c.filename = filename;
    c.optimize = optimize < 0 ? kr_config.optimize : optimize;
    c.keepalive = kr_list_new(0);
    if (!c.keepalive) return NULL;
    KrObject *co = NULL;
    if (check_future(&c, mod) < 0) goto done;
    if (kr_fold_mod(&c, mod) < 0) goto done;
    c.st = kr_symtable_build(mod, filename, c.future_annotations);
    if (!c.st) goto done;
    co = compile_module_unit(&c, mod);
done:
    while (c.u) kr_c_exit_scope(&c);
    kr_symtable_free(c.st);
    kr_fold_free(&c);
    KR_DECREF(c.keepalive);
    return co;
}

KrObject *kr_compile_source_flags(const char *src, ssize_t len, KrObject *filename, int mode,
                                  int optimize, int flags)
{
    KrArena *arena = kr_arena_new();
    if (!arena) return NULL;
    KrObject *co = NULL;
    KrAstMod *mod = kr_parse_source_flags(src, len, filename, mode, flags, arena);
    if (mod) co = kr_compile_mod(mod, filename, mode, optimize);
    kr_arena_free(arena);
    return co;
}

KrObject *kr_compile_source(const char *src, ssize_t len, KrObject *filename, int mode,
                            int optimize)
{
    return kr_compile_source_flags(src, len, filename, mode, optimize, 0);
}
