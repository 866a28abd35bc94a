/* compile_pattern.c — the match statement (structural pattern matching,
 * PEP 634) and try/except* (PEP 654), with CPython 3.11's code shapes.
 *
 * Pattern compilation keeps a "pattern context": the names captured so far
 * (their values wait on the stack, below any items that must stay on top),
 * and a ladder of fail_pop blocks: jumping to fail_pop[i] pops i items and
 * falls through to the next case. */
#include "compile_internal.h"
#include "../objects/list.h"
#include "../objects/tuple.h"
#include "../objects/str.h"
#include "../objects/int.h"
#include "../objects/set.h"
#include "../vm/err.h"
#include "../memory/mem.h"

typedef struct {
    KrObject *stores;          /* list of captured names */
    int allow_irrefutable;
    KrBlock **fail_pop;
    ssize_t fail_pop_size;
    ssize_t on_top;
} PatternContext;

#define WILDCARD_CHECK(p) ((p)->kind == KR_PAT_MATCH_AS && !(p)->v.MatchAs.name && !(p)->v.MatchAs.pattern)
#define WILDCARD_STAR_CHECK(p) ((p)->kind == KR_PAT_MATCH_STAR && !(p)->v.MatchStar.name)

static int compile_pattern(KrCompiler *c, KrAstPattern *p, PatternContext *pc);

static int ensure_fail_pop(KrCompiler *c, PatternContext *pc, ssize_t n)
{
    ssize_t size = n + 1;
    if (size <= pc->fail_pop_size) return 0;
    KrBlock **r = kr_raw_realloc(pc->fail_pop, (size_t)size * sizeof *r);
    if (!r) { kr_err_no_memory(); return -1; }
    pc->fail_pop = r;
    while (pc->fail_pop_size < size) {
        KrBlock *b = kr_c_new_block(c);
        if (!b) return -1;
        pc->fail_pop[pc->fail_pop_size++] = b;
    }
    return 0;
}

static int jump_to_fail_pop(KrCompiler *c, PatternContext *pc, ssize_t pops, int op)
{
    pops += pc->on_top + KR_SIZE(pc->stores);
    TRY(ensure_fail_pop(c, pc, pops));
    ADDOP_J(c, op, pc->fail_pop[pops]);
    return 0;
}

static int emit_and_reset_fail_pop(KrCompiler *c, PatternContext *pc)
{
    if (!pc->fail_pop_size) return 0;
    int r = 0;
    while (--pc->fail_pop_size) {
        USE_BLOCK(c, pc->fail_pop[pc->fail_pop_size]);
        if (kr_c_addop(c, POP_TOP, 0) < 0) { r = -1; pc->fail_pop_size = 0; break; }
    }
    if (r == 0) USE_BLOCK(c, pc->fail_pop[0]);
    kr_raw_free(pc->fail_pop);
    pc->fail_pop = NULL;
    return r;
}

static int rotate(KrCompiler *c, ssize_t count)
{
    while (count > 1) ADDOP_I(c, SWAP, (int)count--);
    return 0;
}

static int list_contains(KrObject *list, KrObject *name)
{
    for (ssize_t i = 0; i < KR_SIZE(list); i++)
        if (kr_str_equal(KR_LIST_GET(list, i), name)) return 1;
    return 0;
}

static ssize_t list_index(KrObject *list, KrObject *name)
{
    for (ssize_t i = 0; i < KR_SIZE(list); i++)
        if (kr_str_equal(KR_LIST_GET(list, i), name)) return i;
    return -1;
}

static int store_name(KrCompiler *c, KrObject *n, PatternContext *pc)
{
    if (!n) {
        ADDOP(c, POP_TOP);
        return 0;
    }
    TRY(kr_c_forbidden_name(c, n, KR_CTX_STORE));
    if (list_contains(pc->stores, n))
        return kr_c_error(c, "multiple assignments to name %R in pattern", n);
    TRY(rotate(c, pc->on_top + KR_SIZE(pc->stores) + 1));
    return kr_list_append(pc->stores, n);
}

static int subpattern(KrCompiler *c, KrAstPattern *p, PatternContext *pc)
{
    int allow = pc->allow_irrefutable;
    pc->allow_irrefutable = 1;
    TRY(compile_pattern(c, p, pc));
    pc->allow_irrefutable = allow;
    return 0;
}

static int pattern_unpack_helper(KrCompiler *c, KrAstPatternSeq *elts)
{
    ssize_t n = KR_AST_SEQ_LEN(elts);
    int seen_star = 0;
    for (ssize_t i = 0; i < n; i++) {
        KrAstPattern *elt = elts->items[i];
        if (elt->kind == KR_PAT_MATCH_STAR && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (0x7FFFFFFF >> 8))
                return kr_c_error(c, "too many expressions in star-unpacking sequence pattern");
            ADDOP_I(c, UNPACK_EX, (int)(i + ((n - i - 1) << 8)));
            seen_star = 1;
        } else if (elt->kind == KR_PAT_MATCH_STAR) {
            return kr_c_error(c, "multiple starred expressions in sequence pattern");
        }
    }
    if (!seen_star) ADDOP_I(c, UNPACK_SEQUENCE, (int)n);
    return 0;
}

static int sequence_unpack(KrCompiler *c, KrAstPatternSeq *patterns, PatternContext *pc)
{
    TRY(pattern_unpack_helper(c, patterns));
    ssize_t size = KR_AST_SEQ_LEN(patterns);
    pc->on_top += size;
    for (ssize_t i = 0; i < size; i++) {
        pc->on_top--;
        TRY(subpattern(c, patterns->items[i], pc));
    }
    return 0;
}

static int sequence_subscr(KrCompiler *c, KrAstPatternSeq *patterns, ssize_t star,
                           PatternContext *pc)
{
    pc->on_top++;
    ssize_t size = KR_AST_SEQ_LEN(patterns);
    for (ssize_t i = 0; i < size; i++) {
        KrAstPattern *p = patterns->items[i];
        if (WILDCARD_CHECK(p) || i == star) continue;
        ADDOP_I(c, COPY, 1);
        if (i < star) {
            TRY(kr_c_addop_const_steal(c, kr_int_from_ssize(i)));
        } else {
            ADDOP(c, GET_LEN);
            TRY(kr_c_addop_const_steal(c, kr_int_from_ssize(size - i)));
            ADDOP_I(c, BINARY_OP, KR_NB_SUBTRACT);
        }
        ADDOP(c, BINARY_SUBSCR);
        TRY(subpattern(c, p, pc));
    }
    pc->on_top--;
    ADDOP(c, POP_TOP);
    return 0;
}

static int pattern_as(KrCompiler *c, KrAstPattern *p, PatternContext *pc)
{
    if (!p->v.MatchAs.pattern) {
        if (!pc->allow_irrefutable) {
            if (p->v.MatchAs.name)
                return kr_c_error(c, "name capture %R makes remaining patterns unreachable",
                                  p->v.MatchAs.name);
            return kr_c_error(c, "wildcard makes remaining patterns unreachable");
        }
        return store_name(c, p->v.MatchAs.name, pc);
    }
    pc->on_top++;
    ADDOP_I(c, COPY, 1);
    TRY(compile_pattern(c, p->v.MatchAs.pattern, pc));
    pc->on_top--;
    return store_name(c, p->v.MatchAs.name, pc);
}

static int pattern_class(KrCompiler *c, KrAstPattern *p, PatternContext *pc)
{
    KrAstPatternSeq *patterns = p->v.MatchClass.patterns;
    KrAstIdentifierSeq *kwd_attrs = p->v.MatchClass.kwd_attrs;
    KrAstPatternSeq *kwd_patterns = p->v.MatchClass.kwd_patterns;
    ssize_t nargs = KR_AST_SEQ_LEN(patterns), nattrs = KR_AST_SEQ_LEN(kwd_attrs);
    if (nattrs != KR_AST_SEQ_LEN(kwd_patterns))
        return kr_c_error(c, "kwd_attrs (%d) / kwd_patterns (%d) length mismatch in class pattern",
                          (int)nattrs, (int)KR_AST_SEQ_LEN(kwd_patterns));
    if (nattrs) {
        for (ssize_t i = 0; i < nattrs; i++) {
            KrObject *attr = kwd_attrs->items[i];
            KR_SET_LOC(c, kwd_patterns->items[i]);
            TRY(kr_c_forbidden_name(c, attr, KR_CTX_STORE));
            for (ssize_t j = i + 1; j < nattrs; j++) {
                if (kr_str_equal(attr, kwd_attrs->items[j])) {
                    KR_SET_LOC(c, kwd_patterns->items[j]);
                    return kr_c_error(c, "attribute name repeated in class pattern: %U", attr);
                }
            }
        }
        KR_SET_LOC(c, p);
    }
    TRY(kr_c_visit_expr(c, p->v.MatchClass.cls));
    KrObject *names = kr_tuple_new(nattrs);
    if (!names) return -1;
    for (ssize_t i = 0; i < nattrs; i++) KR_TUPLE_SET_STEAL(names, i, kr_newref(kwd_attrs->items[i]));
    TRY(kr_c_addop_const_steal(c, names));
    ADDOP_I(c, MATCH_CLASS, (int)nargs);
    ADDOP_I(c, COPY, 1);
    /* CPython emits LOAD_CONST None; IS_OP 1; POP_JUMP_IF_FALSE and its
     * peephole makes it POP_JUMP_IF_NONE: the constant stays in co_consts */
    if (kr_c_add_const(c, KR_NONE) < 0) return -1;
    pc->on_top++;
    TRY(jump_to_fail_pop(c, pc, 0, POP_JUMP_IF_NONE));
    ADDOP_I(c, UNPACK_SEQUENCE, (int)(nargs + nattrs));
    pc->on_top += nargs + nattrs - 1;
    for (ssize_t i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        KrAstPattern *sub = i < nargs ? patterns->items[i] : kwd_patterns->items[i - nargs];
        if (WILDCARD_CHECK(sub)) {
            ADDOP(c, POP_TOP);
            continue;
        }
        TRY(subpattern(c, sub, pc));
    }
    return 0;
}

static int pattern_mapping(KrCompiler *c, KrAstPattern *p, PatternContext *pc)
{
    KrAstExprSeq *keys = p->v.MatchMapping.keys;
    KrAstPatternSeq *patterns = p->v.MatchMapping.patterns;
    ssize_t size = KR_AST_SEQ_LEN(keys);
    KrObject *star_target = p->v.MatchMapping.rest;
    if (size != KR_AST_SEQ_LEN(patterns))
        return kr_c_error(c, "keys (%d) / patterns (%d) length mismatch in mapping pattern",
                          (int)size, (int)KR_AST_SEQ_LEN(patterns));
    pc->on_top++;
    ADDOP(c, MATCH_MAPPING);
    TRY(jump_to_fail_pop(c, pc, 0, POP_JUMP_IF_FALSE));
    if (!size && !star_target) {
        pc->on_top--;
        ADDOP(c, POP_TOP);
        return 0;
    }
    if (size) {
        ADDOP(c, GET_LEN);
        TRY(kr_c_addop_const_steal(c, kr_int_from_ssize(size)));
        ADDOP_I(c, COMPARE_OP, KR_GE);
        TRY(jump_to_fail_pop(c, pc, 0, POP_JUMP_IF_FALSE));
    }
    KrObject *seen = kr_list_new(0);
    if (!seen) return -1;
    for (ssize_t i = 0; i < size; i++) {
        KrAstExpr *key = keys->items[i];
        if (key->kind == KR_EXPR_CONSTANT) {
            for (ssize_t j = 0; j < KR_SIZE(seen); j++) {
                int eq = kr_object_richcompare_bool(KR_LIST_GET(seen, j), key->v.Constant.value, KR_EQ);
                if (eq < 0) { KR_DECREF(seen); return -1; }
                if (eq) {
                    KR_DECREF(seen);
                    return kr_c_error(c, "mapping pattern checks duplicate key (%R)", key->v.Constant.value);
                }
            }
            if (kr_list_append(seen, key->v.Constant.value) < 0) { KR_DECREF(seen); return -1; }
        } else if (key->kind != KR_EXPR_ATTRIBUTE) {
            KR_DECREF(seen);
            return kr_c_error(c, "mapping pattern keys may only match literals and attribute lookups");
        }
        if (kr_c_visit_expr(c, key) < 0) { KR_DECREF(seen); return -1; }
    }
    KR_DECREF(seen);
    ADDOP_I(c, BUILD_TUPLE, (int)size);
    ADDOP(c, MATCH_KEYS);
    pc->on_top += 2;
    ADDOP_I(c, COPY, 1);
    if (kr_c_add_const(c, KR_NONE) < 0) return -1;
    TRY(jump_to_fail_pop(c, pc, 0, POP_JUMP_IF_NONE));
    ADDOP_I(c, UNPACK_SEQUENCE, (int)size);
    pc->on_top += size - 1;
    for (ssize_t i = 0; i < size; i++) {
        pc->on_top--;
        TRY(subpattern(c, patterns->items[i], pc));
    }
    pc->on_top -= 2;
    if (star_target) {
        ADDOP_I(c, BUILD_MAP, 0);
        ADDOP_I(c, SWAP, 3);
        ADDOP_I(c, DICT_UPDATE, 2);
        ADDOP_I(c, UNPACK_SEQUENCE, (int)size);
        while (size) {
            ADDOP_I(c, COPY, (int)(1 + size--));
            ADDOP_I(c, SWAP, 2);
            ADDOP(c, DELETE_SUBSCR);
        }
        TRY(store_name(c, star_target, pc));
    } else {
        ADDOP(c, POP_TOP);
        ADDOP(c, POP_TOP);
    }
    return 0;
}

static int pattern_or(KrCompiler *c, KrAstPattern *p, PatternContext *pc)
{
    NEW_BLOCK(c, end);
    ssize_t size = KR_AST_SEQ_LEN(p->v.MatchOr.patterns);
    PatternContext old = *pc;
    KrObject *control = NULL;
    int r = -1;
    KR_INCREF(old.stores);
    for (ssize_t i = 0; i < size; i++) {
        KrAstPattern *alt = p->v.MatchOr.patterns->items[i];
        KR_SET_LOC(c, alt);
        KrObject *st = kr_list_new(0);
        if (!st) goto error;
        KR_SETREF(pc->stores, st);
        pc->allow_irrefutable = (i == size - 1) && old.allow_irrefutable;
        pc->fail_pop = NULL;
        pc->fail_pop_size = 0;
        pc->on_top = 0;
        if (kr_c_addop(c, COPY, 1) < 0 || compile_pattern(c, alt, pc) < 0) goto error;
        ssize_t nstores = KR_SIZE(pc->stores);
        if (!i) {
            control = kr_newref(pc->stores);
        } else if (nstores != KR_SIZE(control)) {
            goto diff;
        } else if (nstores) {
            ssize_t icontrol = nstores;
            while (icontrol--) {
                KrObject *name = KR_LIST_GET(control, icontrol);
                ssize_t istores = list_index(pc->stores, name);
                if (istores < 0) goto diff;
                if (icontrol != istores) {
                    ssize_t rotations = istores + 1;
                    /* rotated = stores[:rotations]; del stores[:rotations];
                     * stores[icontrol-istores:icontrol-istores] = rotated */
                    KrObject *old_list = pc->stores;
                    KrObject *nl = kr_list_new(0);
                    if (!nl) goto error;
                    ssize_t n = KR_SIZE(old_list);
                    for (ssize_t k = rotations; k < n; k++) {
                        if (k - rotations == icontrol - istores)
                            for (ssize_t q = 0; q < rotations; q++)
                                if (kr_list_append(nl, KR_LIST_GET(old_list, q)) < 0) { KR_DECREF(nl); goto error; }
                        if (kr_list_append(nl, KR_LIST_GET(old_list, k)) < 0) { KR_DECREF(nl); goto error; }
                    }
                    if (n - rotations == icontrol - istores)
                        for (ssize_t q = 0; q < rotations; q++)
                            if (kr_list_append(nl, KR_LIST_GET(old_list, q)) < 0) { KR_DECREF(nl); goto error; }
                    KR_SETREF(pc->stores, nl);
                    while (rotations--)
                        if (rotate(c, icontrol + 1) < 0) goto error;
                }
            }
        }
        if (kr_c_addop_j(c, KR_JUMP, end) < 0 || emit_and_reset_fail_pop(c, pc) < 0) goto error;
    }
    KR_DECREF(pc->stores);
    *pc = old;
    KR_INCREF(pc->stores);
    old.fail_pop = NULL;
    if (kr_c_addop(c, POP_TOP, 0) < 0 || jump_to_fail_pop(c, pc, 0, KR_JUMP) < 0) goto error;
    USE_BLOCK(c, end);
    {
        ssize_t nstores = KR_SIZE(control);
        ssize_t nrots = nstores + 1 + pc->on_top + KR_SIZE(pc->stores);
        for (ssize_t i = 0; i < nstores; i++) {
            if (rotate(c, nrots) < 0) goto error;
            KrObject *name = KR_LIST_GET(control, i);
            if (list_contains(pc->stores, name)) {
                kr_c_error(c, "multiple assignments to name %R in pattern", name);
                goto error;
            }
            if (kr_list_append(pc->stores, name) < 0) goto error;
        }
    }
    KR_DECREF(old.stores);
    KR_DECREF(control);
    ADDOP(c, POP_TOP);
    return 0;
diff:
    kr_c_error(c, "alternative patterns bind different names");
error:
    kr_raw_free(old.fail_pop);
    KR_DECREF(old.stores);
    KR_XDECREF(control);
    return r;
}

static int pattern_sequence(KrCompiler *c, KrAstPattern *p, PatternContext *pc)
{
    KrAstPatternSeq *patterns = p->v.MatchSequence.patterns;
    ssize_t size = KR_AST_SEQ_LEN(patterns), star = -1;
    int only_wildcard = 1, star_wildcard = 0;
    for (ssize_t i = 0; i < size; i++) {
        KrAstPattern *q = patterns->items[i];
        if (q->kind == KR_PAT_MATCH_STAR) {
            if (star >= 0) return kr_c_error(c, "multiple starred names in sequence pattern");
            star_wildcard = WILDCARD_STAR_CHECK(q);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= WILDCARD_CHECK(q);
    }
    pc->on_top++;
    ADDOP(c, MATCH_SEQUENCE);
    TRY(jump_to_fail_pop(c, pc, 0, POP_JUMP_IF_FALSE));
    if (star < 0) {
        ADDOP(c, GET_LEN);
        TRY(kr_c_addop_const_steal(c, kr_int_from_ssize(size)));
        ADDOP_I(c, COMPARE_OP, KR_EQ);
        TRY(jump_to_fail_pop(c, pc, 0, POP_JUMP_IF_FALSE));
    } else {
        ADDOP(c, GET_LEN);
        TRY(kr_c_addop_const_steal(c, kr_int_from_ssize(size - 1)));
        ADDOP_I(c, COMPARE_OP, KR_GE);
        TRY(jump_to_fail_pop(c, pc, 0, POP_JUMP_IF_FALSE));
    }
    pc->on_top--;
    if (only_wildcard) {
        ADDOP(c, POP_TOP);
        return 0;
    }
    if (star_wildcard) return sequence_subscr(c, patterns, star, pc);
    return sequence_unpack(c, patterns, pc);
}

static int compile_pattern(KrCompiler *c, KrAstPattern *p, PatternContext *pc)
{
    KR_SET_LOC(c, p);
    switch (p->kind) {
    case KR_PAT_MATCH_VALUE: {
        KrAstExpr *v = p->v.MatchValue.value;
        if (v->kind != KR_EXPR_CONSTANT && v->kind != KR_EXPR_ATTRIBUTE)
            return kr_c_error(c, "patterns may only match literals and attribute lookups");
        TRY(kr_c_visit_expr(c, v));
        ADDOP_I(c, COMPARE_OP, KR_EQ);
        return jump_to_fail_pop(c, pc, 0, POP_JUMP_IF_FALSE);
    }
    case KR_PAT_MATCH_SINGLETON:
        ADDOP_CONST(c, p->v.MatchSingleton.value);
        ADDOP_I(c, IS_OP, 0);
        return jump_to_fail_pop(c, pc, 0, POP_JUMP_IF_FALSE);
    case KR_PAT_MATCH_SEQUENCE:
        return pattern_sequence(c, p, pc);
    case KR_PAT_MATCH_MAPPING:
        return pattern_mapping(c, p, pc);
    case KR_PAT_MATCH_CLASS:
        return pattern_class(c, p, pc);
    case KR_PAT_MATCH_STAR:
        return store_name(c, p->v.MatchStar.name, pc);
    case KR_PAT_MATCH_AS:
        return pattern_as(c, p, pc);
    case KR_PAT_MATCH_OR:
        return pattern_or(c, p, pc);
    }
    kr_err_set_string(kr_exc_SystemError, "compiler: unknown pattern kind");
    return -1;
}

static int match_inner(KrCompiler *c, KrAstStmt *s, PatternContext *pc)
{
    TRY(kr_c_visit_expr(c, s->v.Match.subject));
    NEW_BLOCK(c, end);
    ssize_t cases = KR_AST_SEQ_LEN(s->v.Match.cases);
    KrAstMatchCase *m = s->v.Match.cases->items[cases - 1];
    int has_default = WILDCARD_CHECK(m->pattern) && 1 < cases;
    for (ssize_t i = 0; i < cases - has_default; i++) {
        m = s->v.Match.cases->items[i];
        KR_SET_LOC(c, m->pattern);
        if (i != cases - has_default - 1) ADDOP_I(c, COPY, 1);
        pc->stores = kr_list_new(0);
        if (!pc->stores) return -1;
        pc->allow_irrefutable = m->guard != NULL || i == cases - 1;
        pc->fail_pop = NULL;
        pc->fail_pop_size = 0;
        pc->on_top = 0;
        if (compile_pattern(c, m->pattern, pc) < 0) {
            KR_CLEAR(pc->stores);
            return -1;
        }
        for (ssize_t n = 0; n < KR_SIZE(pc->stores); n++) {
            if (kr_c_nameop(c, KR_LIST_GET(pc->stores, n), KR_CTX_STORE) < 0) {
                KR_CLEAR(pc->stores);
                return -1;
            }
        }
        KR_CLEAR(pc->stores);
        if (m->guard) {
            TRY(ensure_fail_pop(c, pc, 0));
            TRY(kr_c_jump_if(c, m->guard, pc->fail_pop[0], 0));
        }
        if (i != cases - has_default - 1) ADDOP(c, POP_TOP);
        TRY(kr_c_visit_stmts(c, m->body));
        ADDOP_J(c, KR_JUMP, end);
        KR_SET_LOC(c, m->pattern);
        TRY(emit_and_reset_fail_pop(c, pc));
    }
    if (has_default) {
        m = s->v.Match.cases->items[cases - 1];
        KR_SET_LOC(c, m->pattern);
        if (cases == 1) ADDOP(c, POP_TOP);
        else ADDOP(c, NOP);
        if (m->guard) TRY(kr_c_jump_if(c, m->guard, end, 0));
        TRY(kr_c_visit_stmts(c, m->body));
    }
    USE_BLOCK(c, end);
    return 0;
}

int kr_c_match(KrCompiler *c, KrAstStmt *s)
{
    PatternContext pc = { 0 };
    int r = match_inner(c, s, &pc);
    kr_raw_free(pc.fail_pop);
    KR_XDECREF(pc.stores);
    return r;
}

/* ------------------------------------------------------------------------
 * try / except*
 * --------------------------------------------------------------------- */

int kr_c_try_star(KrCompiler *c, KrAstStmt *s)
{
    NEW_BLOCK(c, body);
    NEW_BLOCK(c, except);
    NEW_BLOCK(c, orelse);
    NEW_BLOCK(c, end);
    NEW_BLOCK(c, cleanup);
    NEW_BLOCK(c, reraise_star);
    ADDOP_J(c, KR_SETUP_FINALLY, except);
    USE_BLOCK(c, body);
    TRY(kr_c_push_fblock(c, KR_FB_TRY_EXCEPT, body, NULL, NULL));
    TRY(kr_c_visit_stmts(c, s->v.TryStar.body));
    kr_c_pop_fblock(c);
    ADDOP_NOLINE(c, KR_POP_BLOCK);
    ADDOP_J_NOLINE(c, KR_JUMP, orelse);
    ssize_t n = KR_AST_SEQ_LEN(s->v.TryStar.handlers);
    USE_BLOCK(c, except);
    KR_UNSET_LOC(c);
    ADDOP_J(c, KR_SETUP_CLEANUP, cleanup);
    ADDOP(c, PUSH_EXC_INFO);
    TRY(kr_c_push_fblock(c, KR_FB_EXCEPTION_GROUP_HANDLER, NULL, NULL, NULL));
    for (ssize_t i = 0; i < n; i++) {
        KrAstExcepthandler *h = s->v.TryStar.handlers->items[i];
        KR_SET_LOC(c, h);
        NEW_BLOCK(c, hexcept);
        NEW_BLOCK(c, except_with_error);
        NEW_BLOCK(c, no_match);
        if (i == 0) {
            ADDOP_I(c, COPY, 1);
            ADDOP_I(c, BUILD_LIST, 0);
            ADDOP_I(c, SWAP, 2);
        }
        if (h->v.ExceptHandler.type) {
            TRY(kr_c_visit_expr(c, h->v.ExceptHandler.type));
            ADDOP(c, CHECK_EG_MATCH);
            ADDOP_I(c, COPY, 1);
            ADDOP_J(c, POP_JUMP_IF_NONE, no_match);
        }
        NEW_BLOCK(c, cleanup_end);
        NEW_BLOCK(c, cleanup_body);
        if (h->v.ExceptHandler.name) TRY(kr_c_nameop(c, h->v.ExceptHandler.name, KR_CTX_STORE));
        else ADDOP(c, POP_TOP);
        ADDOP_J(c, KR_SETUP_CLEANUP, cleanup_end);
        USE_BLOCK(c, cleanup_body);
        TRY(kr_c_push_fblock(c, KR_FB_HANDLER_CLEANUP, cleanup_body, NULL, h->v.ExceptHandler.name));
        TRY(kr_c_visit_stmts(c, h->v.ExceptHandler.body));
        kr_c_pop_fblock(c);
        ADDOP(c, KR_POP_BLOCK);
        if (h->v.ExceptHandler.name) {
            ADDOP_CONST(c, KR_NONE);
            TRY(kr_c_nameop(c, h->v.ExceptHandler.name, KR_CTX_STORE));
            TRY(kr_c_nameop(c, h->v.ExceptHandler.name, KR_CTX_DEL));
        }
        ADDOP_J(c, KR_JUMP, hexcept);
        USE_BLOCK(c, cleanup_end);
        if (h->v.ExceptHandler.name) {
            ADDOP_CONST(c, KR_NONE);
            TRY(kr_c_nameop(c, h->v.ExceptHandler.name, KR_CTX_STORE));
            TRY(kr_c_nameop(c, h->v.ExceptHandler.name, KR_CTX_DEL));
        }
        ADDOP_I(c, LIST_APPEND, 3);
        ADDOP(c, POP_TOP);
        ADDOP_J(c, KR_JUMP, except_with_error);
        USE_BLOCK(c, hexcept);
        ADDOP(c, NOP);
        ADDOP_J(c, KR_JUMP, except_with_error);
        USE_BLOCK(c, no_match);
        ADDOP(c, POP_TOP);
        USE_BLOCK(c, except_with_error);
        if (i == n - 1) {
            ADDOP_I(c, LIST_APPEND, 1);
            ADDOP_J(c, KR_JUMP, reraise_star);
        }
    }
    KR_UNSET_LOC(c);
    kr_c_pop_fblock(c);
    NEW_BLOCK(c, reraise);
    USE_BLOCK(c, reraise_star);
    ADDOP(c, PREP_RERAISE_STAR);
    ADDOP_I(c, COPY, 1);
    ADDOP_J(c, POP_JUMP_IF_NOT_NONE, reraise);
    ADDOP(c, POP_TOP);
    ADDOP(c, KR_POP_BLOCK);
    ADDOP(c, POP_EXCEPT);
    ADDOP_J(c, KR_JUMP, end);
    USE_BLOCK(c, reraise);
    ADDOP(c, KR_POP_BLOCK);
    ADDOP_I(c, SWAP, 2);
    ADDOP(c, POP_EXCEPT);
    ADDOP_I(c, RERAISE, 0);
    USE_BLOCK(c, cleanup);
    ADDOP_I(c, COPY, 3);
    ADDOP(c, POP_EXCEPT);
    ADDOP_I(c, RERAISE, 1);
    USE_BLOCK(c, orelse);
    TRY(kr_c_visit_stmts(c, s->v.TryStar.orelse));
    USE_BLOCK(c, end);
    return 0;
}
