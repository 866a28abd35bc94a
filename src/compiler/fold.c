/* fold.c — the AST optimizer run before the symbol table (CPython 3.11's
 * ast_opt.c): folds operators on constants within size limits, tuples of
 * constants, `x in [..]` into tuples/frozensets, __debug__; and the
 * unparser that turns annotations into strings under
 * `from __future__ import annotations`. */
#include "compile_internal.h"
#include "../objects/list.h"
#include "../objects/tuple.h"
#include "../objects/set.h"
#include "../objects/str.h"
#include "../objects/int.h"
#include "../objects/float.h"
#include "../objects/bytes.h"
#include "../vm/err.h"
#include "../memory/mem.h"
#include <stdio.h>

#include <string.h>
#include <math.h>

#define MAX_INT_SIZE 128        /* bits */
#define MAX_COLLECTION_SIZE 256
#define MAX_STR_SIZE 4096
#define MAX_TOTAL_ITEMS 1024

/* Replaces node by Constant(val) (val stolen). A NULL val means "leave the
 * node as is" unless the error must propagate. */
static int make_const(KrCompiler *c, KrAstExpr *node, KrObject *val)
{
    if (!val) {
        if (kr_err_matches(kr_exc_KeyboardInterrupt) || kr_err_matches(kr_exc_MemoryError))
            return -1;
        kr_err_clear();
        return 0;
    }
    if (kr_list_append(c->keepalive, val) < 0) { KR_DECREF(val); return -1; }
    KR_DECREF(val);
    node->kind = KR_EXPR_CONSTANT;
    node->v.Constant.value = val;
    node->v.Constant.kind = NULL;
    return 0;
}

static int64_t bit_length(KrObject *v)
{
    if (KR_INT_IS_SMALL(v)) {
        int64_t x = KR_INT_SMALL_VALUE(v);
        uint64_t u = x < 0 ? (uint64_t)(-(x + 1)) + 1 : (uint64_t)x;
        int64_t n = 0;
        while (u) { n++; u >>= 1; }
        return n;
    }
    KrObject *r = kr_object_call_method_str(v, "bit_length", NULL, 0);
    if (!r) return -1;
    int64_t n = kr_int_as_i64(r);
    KR_DECREF(r);
    return n;
}

static int is_int(KrObject *o) { return KR_INT_CHECK(o); }

static ssize_t seq_size(KrObject *o)
{
    if (KR_TUPLE_CHECK(o)) return KR_SIZE(o);
    if (KR_FROZENSET_CHECK(o)) return kr_set_size(o);
    return -1;
}

static KrObject *safe_multiply(KrObject *v, KrObject *w)
{
    if (is_int(v) && is_int(w) && kr_int_sign(v) && kr_int_sign(w)) {
        int64_t vb = bit_length(v), wb = bit_length(w);
        if (vb < 0 || wb < 0) return NULL;
        if (vb + wb > MAX_INT_SIZE) return NULL;
    } else if (is_int(v) && seq_size(w) >= 0) {
        ssize_t size = seq_size(w);
        if (size) {
            int64_t n = kr_int_as_i64(v);
            if (n == -1 && kr_err_occurred()) return NULL;
            if (n < 0 || n > MAX_COLLECTION_SIZE / size) return NULL;
            if (n && size > MAX_TOTAL_ITEMS / n) return NULL;
        }
    } else if (is_int(v) && (KR_STR_CHECK(w) || KR_BYTES_CHECK(w))) {
        ssize_t size = KR_STR_CHECK(w) ? KR_STR_LEN(w) : KR_BYTES_LEN(w);
        if (size) {
            int64_t n = kr_int_as_i64(v);
            if (n == -1 && kr_err_occurred()) return NULL;
            if (n < 0 || n > MAX_STR_SIZE / size) return NULL;
        }
    } else if (is_int(w) && (seq_size(v) >= 0 || KR_STR_CHECK(v) || KR_BYTES_CHECK(v))) {
        return safe_multiply(w, v);
    }
    return kr_number_binop(v, w, KR_NB_MULTIPLY);
}

static KrObject *safe_power(KrObject *v, KrObject *w)
{
    if (is_int(v) && is_int(w) && kr_int_sign(v) && kr_int_sign(w) > 0) {
        int64_t vb = bit_length(v);
        int64_t wb = kr_int_as_i64(w);
        if (vb < 0 || (wb == -1 && kr_err_occurred())) return NULL;
        if (vb > MAX_INT_SIZE / wb) return NULL;
    }
    return kr_number_power(v, w, KR_NONE);
}

static KrObject *safe_lshift(KrObject *v, KrObject *w)
{
    if (is_int(v) && is_int(w) && kr_int_sign(v) && kr_int_sign(w)) {
        int64_t vb = bit_length(v);
        int64_t wb = kr_int_as_i64(w);
        if (vb < 0 || (wb == -1 && kr_err_occurred())) return NULL;
        if (wb < 0) return kr_number_binop(v, w, KR_NB_LSHIFT);   /* raises ValueError */
        if (wb > MAX_INT_SIZE || vb > MAX_INT_SIZE - wb) return NULL;
    }
    return kr_number_binop(v, w, KR_NB_LSHIFT);
}

static KrObject *safe_mod(KrObject *v, KrObject *w)
{
    if (KR_STR_CHECK(v) || KR_BYTES_CHECK(v)) return NULL;
    return kr_number_binop(v, w, KR_NB_REMAINDER);
}

/* --- '%s' % (a, b) into an f-string (CPython 3.11's optimize_format) --- */

static void *fold_alloc(KrCompiler *c, size_t size)
{
    if (c->nallocs == c->capallocs) {
        size_t ncap = c->capallocs ? c->capallocs * 2 : 16;
        void **na = kr_raw_realloc(c->allocs, ncap * sizeof *na);
        if (!na) { kr_err_no_memory(); return NULL; }
        c->allocs = na;
        c->capallocs = ncap;
    }
    void *p = kr_raw_calloc(1, size);
    if (!p) { kr_err_no_memory(); return NULL; }
    c->allocs[c->nallocs++] = p;
    return p;
}

void kr_fold_free(KrCompiler *c)
{
    for (size_t i = 0; i < c->nallocs; i++) kr_raw_free(c->allocs[i]);
    kr_raw_free(c->allocs);
    c->allocs = NULL;
    c->nallocs = c->capallocs = 0;
}

static KrAstExpr *new_const_node(KrCompiler *c, KrObject *value_steal)
{
    if (!value_steal) return NULL;
    if (kr_list_append(c->keepalive, value_steal) < 0) { KR_DECREF(value_steal); return NULL; }
    KR_DECREF(value_steal);
    KrAstExpr *e = fold_alloc(c, sizeof *e);
    if (!e) return NULL;
    e->kind = KR_EXPR_CONSTANT;
    e->v.Constant.value = value_steal;
    e->lineno = e->col_offset = e->end_lineno = e->end_col_offset = -1;
    return e;
}

/* The literal text from *ppos up to the next lone '%' ('%%' -> '%'); NULL
 * (no error) when empty. */
static KrAstExpr *parse_literal(KrCompiler *c, KrObject *fmt, ssize_t *ppos, int *err)
{
    ssize_t size = KR_STR_LEN(fmt), start = *ppos, pos = start;
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    while (pos < size) {
        uint32_t ch = KR_STR_READ_CHAR(fmt, pos);
        if (ch != '%') {
            if (kr_strbuilder_append_char(&b, ch) < 0) goto fail;
            pos++;
        } else if (pos + 1 < size && KR_STR_READ_CHAR(fmt, pos + 1) == '%') {
            if (kr_strbuilder_append_char(&b, '%') < 0) goto fail;
            pos += 2;
        } else {
            break;
        }
    }
    *ppos = pos;
    if (pos == start) { kr_strbuilder_discard(&b); return NULL; }
    KrAstExpr *e = new_const_node(c, kr_strbuilder_finish(&b));
    if (!e) *err = 1;
    return e;
fail:
    kr_strbuilder_discard(&b);
    *err = 1;
    return NULL;
}

/* One conversion after a '%': only %s %r %a with optional width and
 * precision are turned into a FormattedValue. */
static KrAstExpr *parse_format(KrCompiler *c, KrObject *fmt, ssize_t *ppos, KrAstExpr *arg, int *err)
{
    ssize_t pos = *ppos, len = KR_STR_LEN(fmt);
    uint32_t ch;
    int ljust = 0, width = -1, prec = -1;
#define NEXTC do { if (pos >= len) return NULL; ch = KR_STR_READ_CHAR(fmt, pos); pos++; } while (0)
    for (;;) {
        NEXTC;
        if (ch == '-') { ljust = 1; continue; }
        if (ch == '+' || ch == ' ' || ch == '#' || ch == '0') continue;
        break;
    }
    if (ch >= '0' && ch <= '9') {
        width = 0;
        while (ch >= '0' && ch <= '9') {
            width = width * 10 + (int)(ch - '0');
            NEXTC;
            if (width > 99) return NULL;
        }
    }
    if (ch == '.') {
        NEXTC;
        prec = 0;
        while (ch >= '0' && ch <= '9') {
            prec = prec * 10 + (int)(ch - '0');
            NEXTC;
            if (prec > 99) return NULL;
        }
    }
#undef NEXTC
    *ppos = pos;
    if (ch != 's' && ch != 'r' && ch != 'a') return NULL;
    char buf[32], *p = buf;
    if (!ljust && width > 0) *p++ = '>';
    if (width >= 0) p += snprintf(p, 5, "%d", width % 10000);
    if (prec >= 0) p += snprintf(p, 6, ".%d", prec % 10000);
    KrAstExpr *spec = NULL;
    if (p != buf) {
        KrAstExpr *sc = new_const_node(c, kr_str_from_latin1(buf, p - buf));
        if (!sc) { *err = 1; return NULL; }
        KrAstExprSeq *seq = fold_alloc(c, sizeof *seq + sizeof(KrAstExpr *));
        spec = fold_alloc(c, sizeof *spec);
        if (!seq || !spec) { *err = 1; return NULL; }
        seq->size = 1;
        seq->items[0] = sc;
        spec->kind = KR_EXPR_JOINED_STR;
        spec->v.JoinedStr.values = seq;
        spec->lineno = arg->lineno; spec->col_offset = arg->col_offset;
        spec->end_lineno = arg->end_lineno; spec->end_col_offset = arg->end_col_offset;
    }
    KrAstExpr *fv = fold_alloc(c, sizeof *fv);
    if (!fv) { *err = 1; return NULL; }
    fv->kind = KR_EXPR_FORMATTED_VALUE;
    fv->v.FormattedValue.value = arg;
    fv->v.FormattedValue.conversion = (int)ch;
    fv->v.FormattedValue.format_spec = spec;
    fv->lineno = arg->lineno; fv->col_offset = arg->col_offset;
    fv->end_lineno = arg->end_lineno; fv->end_col_offset = arg->end_col_offset;
    return fv;
}

static int optimize_format(KrCompiler *c, KrAstExpr *node, KrObject *fmt, KrAstExprSeq *elts)
{
    ssize_t n = KR_AST_SEQ_LEN(elts), pos = 0, cnt = 0;
    KrAstExprSeq *seq = fold_alloc(c, sizeof *seq + (size_t)(n * 2 + 1) * sizeof(KrAstExpr *));
    if (!seq) return -1;
    seq->size = 0;
    int err = 0;
    for (;;) {
        KrAstExpr *lit = parse_literal(c, fmt, &pos, &err);
        if (err) return -1;
        if (lit) seq->items[seq->size++] = lit;
        if (pos >= KR_STR_LEN(fmt)) break;
        if (cnt >= n) return 0;           /* more format units than items */
        pos++;                            /* the '%' */
        KrAstExpr *fv = parse_format(c, fmt, &pos, elts->items[cnt], &err);
        cnt++;
        if (err) return -1;
        if (!fv) return 0;
        seq->items[seq->size++] = fv;
    }
    if (cnt < n) return 0;                /* more items than format units */
    node->kind = KR_EXPR_JOINED_STR;
    node->v.JoinedStr.values = seq;
    return 0;
}

static int fold_binop(KrCompiler *c, KrAstExpr *node)
{
    KrAstExpr *l = node->v.BinOp.left, *r = node->v.BinOp.right;
    if (node->v.BinOp.op == KR_OP_MOD && l->kind == KR_EXPR_CONSTANT &&
        KR_STR_CHECK_EXACT(l->v.Constant.value) && r->kind == KR_EXPR_TUPLE) {
        for (ssize_t i = 0; i < KR_AST_SEQ_LEN(r->v.Tuple.elts); i++)
            if (r->v.Tuple.elts->items[i]->kind == KR_EXPR_STARRED) return 0;
        return optimize_format(c, node, l->v.Constant.value, r->v.Tuple.elts);
    }
    if (l->kind != KR_EXPR_CONSTANT || r->kind != KR_EXPR_CONSTANT) return 0;
    KrObject *lv = l->v.Constant.value, *rv = r->v.Constant.value, *nv;
    switch (node->v.BinOp.op) {
    case KR_OP_MULT: nv = safe_multiply(lv, rv); break;
    case KR_OP_POW: nv = safe_power(lv, rv); break;
    case KR_OP_LSHIFT: nv = safe_lshift(lv, rv); break;
    case KR_OP_MOD: nv = safe_mod(lv, rv); break;
    default: nv = kr_number_binop(lv, rv, kr_c_binop_of(node->v.BinOp.op)); break;
    }
    return make_const(c, node, nv);
}

static int fold_unaryop(KrCompiler *c, KrAstExpr *node)
{
    KrAstExpr *arg = node->v.UnaryOp.operand;
    if (arg->kind != KR_EXPR_CONSTANT) {
        /* not (a is b) -> a is not b, and the same for in */
        if (node->v.UnaryOp.op == KR_UNARY_NOT && arg->kind == KR_EXPR_COMPARE &&
            KR_AST_SEQ_LEN(arg->v.Compare.ops) == 1) {
            int op = arg->v.Compare.ops->items[0], nop = 0;
            if (op == KR_CMP_IS) nop = KR_CMP_IS_NOT;
            else if (op == KR_CMP_IS_NOT) nop = KR_CMP_IS;
            else if (op == KR_CMP_IN) nop = KR_CMP_NOT_IN;
            else if (op == KR_CMP_NOT_IN) nop = KR_CMP_IN;
            if (nop) {
                arg->v.Compare.ops->items[0] = nop;
                int l = node->lineno, cl = node->col_offset, el = node->end_lineno, ec = node->end_col_offset;
                *node = *arg;
                node->lineno = l; node->col_offset = cl; node->end_lineno = el; node->end_col_offset = ec;
            }
        }
        return 0;
    }
    KrObject *v = arg->v.Constant.value, *nv;
    switch (node->v.UnaryOp.op) {
    case KR_UNARY_INVERT: nv = kr_number_invert(v); break;
    case KR_UNARY_NOT: {
        int t = kr_object_not(v);
        nv = t < 0 ? NULL : kr_bool_from(t);
        break;
    }
    case KR_UNARY_UADD: nv = kr_number_positive(v); break;
    default: nv = kr_number_negative(v); break;
    }
    return make_const(c, node, nv);
}

static KrObject *make_const_tuple(KrAstExprSeq *elts)
{
    ssize_t n = KR_AST_SEQ_LEN(elts);
    for (ssize_t i = 0; i < n; i++)
        if (elts->items[i]->kind != KR_EXPR_CONSTANT) return NULL;
    KrObject *t = kr_tuple_new(n);
    if (!t) return NULL;
    for (ssize_t i = 0; i < n; i++) KR_TUPLE_SET_STEAL(t, i, kr_newref(elts->items[i]->v.Constant.value));
    return t;
}

static int fold_tuple(KrCompiler *c, KrAstExpr *node)
{
    if (node->v.Tuple.ctx != KR_CTX_LOAD) return 0;
    KrObject *t = make_const_tuple(node->v.Tuple.elts);
    if (!t) return kr_err_occurred() ? -1 : 0;
    return make_const(c, node, t);
}

static int fold_subscr(KrCompiler *c, KrAstExpr *node)
{
    KrAstExpr *arg = node->v.Subscript.value, *idx = node->v.Subscript.slice;
    if (node->v.Subscript.ctx != KR_CTX_LOAD || arg->kind != KR_EXPR_CONSTANT ||
        idx->kind != KR_EXPR_CONSTANT)
        return 0;
    return make_const(c, node, kr_object_getitem(arg->v.Constant.value, idx->v.Constant.value));
}

/* A list or set iterated over (for loops, `in`): a tuple or frozenset. */
static int fold_iter(KrCompiler *c, KrAstExpr *arg)
{
    KrObject *nv;
    if (arg->kind == KR_EXPR_LIST) {
        KrAstExprSeq *elts = arg->v.List.elts;
        for (ssize_t i = 0; i < KR_AST_SEQ_LEN(elts); i++)
            if (elts->items[i]->kind == KR_EXPR_STARRED) return 0;
        int ctx = arg->v.List.ctx;
        arg->kind = KR_EXPR_TUPLE;
        arg->v.Tuple.elts = elts;
        arg->v.Tuple.ctx = ctx;
        nv = make_const_tuple(elts);
    } else if (arg->kind == KR_EXPR_SET) {
        nv = make_const_tuple(arg->v.Set.elts);
        if (nv) {
            KrObject *fs = kr_frozenset_new(nv);
            KR_DECREF(nv);
            nv = fs;
        }
    } else {
        return 0;
    }
    if (!nv && !kr_err_occurred()) return 0;
    return make_const(c, arg, nv);
}

static int fold_expr(KrCompiler *c, KrAstExpr *e);
static int fold_stmts(KrCompiler *c, KrAstStmtSeq *seq);

static int fold_exprs(KrCompiler *c, KrAstExprSeq *seq)
{
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(seq); i++)
        if (seq->items[i] && fold_expr(c, seq->items[i]) < 0) return -1;
    return 0;
}

static int fold_opt(KrCompiler *c, KrAstExpr *e) { return e ? fold_expr(c, e) : 0; }

static int fold_ann(KrCompiler *c, KrAstExpr *e)
{
    return (e && !c->future_annotations) ? fold_expr(c, e) : 0;
}

static int fold_args(KrCompiler *c, KrAstArguments *a)
{
    KrAstArgSeq *seqs[3] = { a->posonlyargs, a->args, a->kwonlyargs };
    for (int k = 0; k < 3; k++)
        for (ssize_t i = 0; i < KR_AST_SEQ_LEN(seqs[k]); i++)
            if (fold_ann(c, seqs[k]->items[i]->annotation) < 0) return -1;
    if (a->vararg && fold_ann(c, a->vararg->annotation) < 0) return -1;
    if (a->kwarg && fold_ann(c, a->kwarg->annotation) < 0) return -1;
    if (fold_exprs(c, a->kw_defaults) < 0 || fold_exprs(c, a->defaults) < 0) return -1;
    return 0;
}

static int fold_comprehensions(KrCompiler *c, KrAstComprehensionSeq *gens)
{
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(gens); i++) {
        KrAstComprehension *g = gens->items[i];
        if (fold_expr(c, g->target) < 0 || fold_expr(c, g->iter) < 0 || fold_exprs(c, g->ifs) < 0)
            return -1;
        if (fold_iter(c, g->iter) < 0) return -1;
    }
    return 0;
}

static int fold_pattern(KrCompiler *c, KrAstPattern *p)
{
    switch (p->kind) {
    case KR_PAT_MATCH_VALUE:
        return fold_expr(c, p->v.MatchValue.value);
    case KR_PAT_MATCH_SEQUENCE:
        for (ssize_t i = 0; i < KR_AST_SEQ_LEN(p->v.MatchSequence.patterns); i++)
            TRY(fold_pattern(c, p->v.MatchSequence.patterns->items[i]));
        return 0;
    case KR_PAT_MATCH_MAPPING:
        TRY(fold_exprs(c, p->v.MatchMapping.keys));
        for (ssize_t i = 0; i < KR_AST_SEQ_LEN(p->v.MatchMapping.patterns); i++)
            TRY(fold_pattern(c, p->v.MatchMapping.patterns->items[i]));
        return 0;
    case KR_PAT_MATCH_CLASS:
        TRY(fold_expr(c, p->v.MatchClass.cls));
        for (ssize_t i = 0; i < KR_AST_SEQ_LEN(p->v.MatchClass.patterns); i++)
            TRY(fold_pattern(c, p->v.MatchClass.patterns->items[i]));
        for (ssize_t i = 0; i < KR_AST_SEQ_LEN(p->v.MatchClass.kwd_patterns); i++)
            TRY(fold_pattern(c, p->v.MatchClass.kwd_patterns->items[i]));
        return 0;
    case KR_PAT_MATCH_AS:
        return p->v.MatchAs.pattern ? fold_pattern(c, p->v.MatchAs.pattern) : 0;
    case KR_PAT_MATCH_OR:
        for (ssize_t i = 0; i < KR_AST_SEQ_LEN(p->v.MatchOr.patterns); i++)
            TRY(fold_pattern(c, p->v.MatchOr.patterns->items[i]));
        return 0;
    default:
        return 0;
    }
}

static int fold_expr(KrCompiler *c, KrAstExpr *e)
{
    if (kr_c_depth_enter(c) < 0) return -1;
    int r = 0;
    switch (e->kind) {
    case KR_EXPR_BOOL_OP: r = fold_exprs(c, e->v.BoolOp.values); break;
    case KR_EXPR_BIN_OP:
        r = fold_expr(c, e->v.BinOp.left);
        if (!r) r = fold_expr(c, e->v.BinOp.right);
        if (!r) r = fold_binop(c, e);
        break;
    case KR_EXPR_UNARY_OP:
        r = fold_expr(c, e->v.UnaryOp.operand);
        if (!r) r = fold_unaryop(c, e);
        break;
    case KR_EXPR_LAMBDA:
        r = fold_args(c, e->v.Lambda.args);
        if (!r) r = fold_expr(c, e->v.Lambda.body);
        break;
    case KR_EXPR_IF_EXP:
        r = fold_expr(c, e->v.IfExp.test);
        if (!r) r = fold_expr(c, e->v.IfExp.body);
        if (!r) r = fold_expr(c, e->v.IfExp.orelse);
        break;
    case KR_EXPR_DICT:
        r = fold_exprs(c, e->v.Dict.keys);
        if (!r) r = fold_exprs(c, e->v.Dict.values);
        break;
    case KR_EXPR_SET: r = fold_exprs(c, e->v.Set.elts); break;
    case KR_EXPR_LIST_COMP:
        r = fold_expr(c, e->v.ListComp.elt);
        if (!r) r = fold_comprehensions(c, e->v.ListComp.generators);
        break;
    case KR_EXPR_SET_COMP:
        r = fold_expr(c, e->v.SetComp.elt);
        if (!r) r = fold_comprehensions(c, e->v.SetComp.generators);
        break;
    case KR_EXPR_DICT_COMP:
        r = fold_expr(c, e->v.DictComp.key);
        if (!r) r = fold_expr(c, e->v.DictComp.value);
        if (!r) r = fold_comprehensions(c, e->v.DictComp.generators);
        break;
    case KR_EXPR_GENERATOR_EXP:
        r = fold_expr(c, e->v.GeneratorExp.elt);
        if (!r) r = fold_comprehensions(c, e->v.GeneratorExp.generators);
        break;
    case KR_EXPR_AWAIT: r = fold_expr(c, e->v.Await.value); break;
    case KR_EXPR_YIELD: r = fold_opt(c, e->v.Yield.value); break;
    case KR_EXPR_YIELD_FROM: r = fold_expr(c, e->v.YieldFrom.value); break;
    case KR_EXPR_COMPARE: {
        r = fold_expr(c, e->v.Compare.left);
        if (!r) r = fold_exprs(c, e->v.Compare.comparators);
        ssize_t n = KR_AST_SEQ_LEN(e->v.Compare.ops);
        if (!r && n) {
            int last = e->v.Compare.ops->items[n - 1];
            if (last == KR_CMP_IN || last == KR_CMP_NOT_IN)
                r = fold_iter(c, e->v.Compare.comparators->items[n - 1]);
        }
        break;
    }
    case KR_EXPR_CALL:
        r = fold_expr(c, e->v.Call.func);
        if (!r) r = fold_exprs(c, e->v.Call.args);
        for (ssize_t i = 0; !r && i < KR_AST_SEQ_LEN(e->v.Call.keywords); i++)
            r = fold_expr(c, e->v.Call.keywords->items[i]->value);
        break;
    case KR_EXPR_FORMATTED_VALUE:
        r = fold_expr(c, e->v.FormattedValue.value);
        if (!r) r = fold_opt(c, e->v.FormattedValue.format_spec);
        break;
    case KR_EXPR_JOINED_STR: r = fold_exprs(c, e->v.JoinedStr.values); break;
    case KR_EXPR_ATTRIBUTE: r = fold_expr(c, e->v.Attribute.value); break;
    case KR_EXPR_SUBSCRIPT:
        r = fold_expr(c, e->v.Subscript.value);
        if (!r) r = fold_expr(c, e->v.Subscript.slice);
        if (!r) r = fold_subscr(c, e);
        break;
    case KR_EXPR_STARRED: r = fold_expr(c, e->v.Starred.value); break;
    case KR_EXPR_SLICE:
        r = fold_opt(c, e->v.Slice.lower);
        if (!r) r = fold_opt(c, e->v.Slice.upper);
        if (!r) r = fold_opt(c, e->v.Slice.step);
        break;
    case KR_EXPR_LIST: r = fold_exprs(c, e->v.List.elts); break;
    case KR_EXPR_TUPLE:
        r = fold_exprs(c, e->v.Tuple.elts);
        if (!r) r = fold_tuple(c, e);
        break;
    case KR_EXPR_NAME:
        if (e->v.Name.ctx == KR_CTX_LOAD && kr_str_equal_cstr(e->v.Name.id, "__debug__"))
            r = make_const(c, e, kr_bool_from(!c->optimize));
        break;
    case KR_EXPR_NAMED_EXPR: r = fold_expr(c, e->v.NamedExpr.value); break;
    default: break;
    }
    c->depth--;
    return r;
}

static int fold_stmt1(KrCompiler *c, KrAstStmt *s);

/* Statements nest too (an if/elif chain is a chain of nested Ifs): count
 * them against the same limit as expressions, as CPython's AST optimizer. */
static int fold_stmt(KrCompiler *c, KrAstStmt *s)
{
    if (kr_c_depth_enter(c) < 0) return -1;
    int r = fold_stmt1(c, s);
    c->depth--;
    return r;
}

static int fold_stmt1(KrCompiler *c, KrAstStmt *s)
{
    switch (s->kind) {
    case KR_STMT_FUNCTION_DEF:
    case KR_STMT_ASYNC_FUNCTION_DEF:
        TRY(fold_args(c, s->v.FunctionDef.args));
        TRY(fold_stmts(c, s->v.FunctionDef.body));
        TRY(fold_exprs(c, s->v.FunctionDef.decorator_list));
        return fold_ann(c, s->v.FunctionDef.returns);
    case KR_STMT_CLASS_DEF:
        TRY(fold_exprs(c, s->v.ClassDef.bases));
        for (ssize_t i = 0; i < KR_AST_SEQ_LEN(s->v.ClassDef.keywords); i++)
            TRY(fold_expr(c, s->v.ClassDef.keywords->items[i]->value));
        TRY(fold_stmts(c, s->v.ClassDef.body));
        return fold_exprs(c, s->v.ClassDef.decorator_list);
    case KR_STMT_RETURN: return fold_opt(c, s->v.Return.value);
    case KR_STMT_DELETE: return fold_exprs(c, s->v.Delete.targets);
    case KR_STMT_ASSIGN:
        TRY(fold_exprs(c, s->v.Assign.targets));
        return fold_expr(c, s->v.Assign.value);
    case KR_STMT_AUG_ASSIGN:
        TRY(fold_expr(c, s->v.AugAssign.target));
        return fold_expr(c, s->v.AugAssign.value);
    case KR_STMT_ANN_ASSIGN:
        TRY(fold_expr(c, s->v.AnnAssign.target));
        TRY(fold_ann(c, s->v.AnnAssign.annotation));
        return fold_opt(c, s->v.AnnAssign.value);
    case KR_STMT_FOR:
    case KR_STMT_ASYNC_FOR:
        TRY(fold_expr(c, s->v.For.target));
        TRY(fold_expr(c, s->v.For.iter));
        TRY(fold_stmts(c, s->v.For.body));
        TRY(fold_stmts(c, s->v.For.orelse));
        return fold_iter(c, s->v.For.iter);
    case KR_STMT_WHILE:
        TRY(fold_expr(c, s->v.While.test));
        TRY(fold_stmts(c, s->v.While.body));
        return fold_stmts(c, s->v.While.orelse);
    case KR_STMT_IF:
        TRY(fold_expr(c, s->v.If.test));
        TRY(fold_stmts(c, s->v.If.body));
        return fold_stmts(c, s->v.If.orelse);
    case KR_STMT_WITH:
    case KR_STMT_ASYNC_WITH:
        for (ssize_t i = 0; i < KR_AST_SEQ_LEN(s->v.With.items); i++) {
            TRY(fold_expr(c, s->v.With.items->items[i]->context_expr));
            TRY(fold_opt(c, s->v.With.items->items[i]->optional_vars));
        }
        return fold_stmts(c, s->v.With.body);
    case KR_STMT_MATCH:
        TRY(fold_expr(c, s->v.Match.subject));
        for (ssize_t i = 0; i < KR_AST_SEQ_LEN(s->v.Match.cases); i++) {
            KrAstMatchCase *m = s->v.Match.cases->items[i];
            TRY(fold_pattern(c, m->pattern));
            TRY(fold_opt(c, m->guard));
            TRY(fold_stmts(c, m->body));
        }
        return 0;
    case KR_STMT_RAISE:
        TRY(fold_opt(c, s->v.Raise.exc));
        return fold_opt(c, s->v.Raise.cause);
    case KR_STMT_TRY:
    case KR_STMT_TRY_STAR:
        TRY(fold_stmts(c, s->v.Try.body));
        for (ssize_t i = 0; i < KR_AST_SEQ_LEN(s->v.Try.handlers); i++) {
            KrAstExcepthandler *h = s->v.Try.handlers->items[i];
            TRY(fold_opt(c, h->v.ExceptHandler.type));
            TRY(fold_stmts(c, h->v.ExceptHandler.body));
        }
        TRY(fold_stmts(c, s->v.Try.orelse));
        return fold_stmts(c, s->v.Try.finalbody);
    case KR_STMT_ASSERT:
        TRY(fold_expr(c, s->v.Assert.test));
        return fold_opt(c, s->v.Assert.msg);
    case KR_STMT_EXPR:
        return fold_expr(c, s->v.Expr.value);
    default:
        return 0;
    }
}

static int fold_stmts(KrCompiler *c, KrAstStmtSeq *seq)
{
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(seq); i++) TRY(fold_stmt(c, seq->items[i]));
    return 0;
}

int kr_fold_mod(KrCompiler *c, KrAstMod *mod)
{
    switch (mod->kind) {
    case KR_MOD_MODULE: return fold_stmts(c, mod->v.Module.body);
    case KR_MOD_INTERACTIVE: return fold_stmts(c, mod->v.Interactive.body);
    case KR_MOD_EXPRESSION: return fold_expr(c, mod->v.Expression.body);
    default: return 0;
    }
}

/* ------------------------------------------------------------------------
 * Unparsing (CPython's ast_unparse.c, for annotations)
 * --------------------------------------------------------------------- */

enum { PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_EXPR, PR_BOR = PR_EXPR, PR_BXOR,
       PR_BAND, PR_SHIFT, PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM };

typedef KrStrBuilder UB;
static int up_expr(UB *b, KrAstExpr *e, int level);

static int up_s(UB *b, const char *s) { return kr_strbuilder_append_ascii(b, s, -1); }
static int up_obj(UB *b, KrObject *o) { return kr_strbuilder_append_str(b, o); }
static int up_repr(UB *b, KrObject *o)
{
    KrObject *r = kr_object_repr(o);
    if (!r) return -1;
    int x = up_obj(b, r);
    KR_DECREF(r);
    return x;
}

static int up_constant(UB *b, KrObject *v)
{
    if (v == KR_ELLIPSIS) return up_s(b, "...");
    if (KR_FLOAT_CHECK_EXACT(v) && isinf(KR_FLOAT_VALUE(v)))
        return up_s(b, KR_FLOAT_VALUE(v) > 0 ? "1e309" : "-1e309");
    if (KR_TUPLE_CHECK_EXACT(v)) {
        TRY(up_s(b, "("));
        for (ssize_t i = 0; i < KR_SIZE(v); i++) {
            if (i) TRY(up_s(b, ", "));
            TRY(up_constant(b, KR_TUPLE_GET(v, i)));
        }
        if (KR_SIZE(v) == 1) TRY(up_s(b, ","));
        return up_s(b, ")");
    }
    return up_repr(b, v);
}

static int up_seq(UB *b, KrAstExprSeq *s)
{
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(s); i++) {
        if (i) TRY(up_s(b, ", "));
        TRY(up_expr(b, s->items[i], PR_TEST));
    }
    return 0;
}

static const char *binop_str(int op, int *prec)
{
    switch (op) {
    case KR_OP_ADD: *prec = PR_ARITH; return " + ";
    case KR_OP_SUB: *prec = PR_ARITH; return " - ";
    case KR_OP_MULT: *prec = PR_TERM; return " * ";
    case KR_OP_MAT_MULT: *prec = PR_TERM; return " @ ";
    case KR_OP_DIV: *prec = PR_TERM; return " / ";
    case KR_OP_MOD: *prec = PR_TERM; return " % ";
    case KR_OP_LSHIFT: *prec = PR_SHIFT; return " << ";
    case KR_OP_RSHIFT: *prec = PR_SHIFT; return " >> ";
    case KR_OP_BIT_OR: *prec = PR_BOR; return " | ";
    case KR_OP_BIT_XOR: *prec = PR_BXOR; return " ^ ";
    case KR_OP_BIT_AND: *prec = PR_BAND; return " & ";
    case KR_OP_FLOOR_DIV: *prec = PR_TERM; return " // ";
    default: *prec = PR_POWER; return " ** ";
    }
}

static const char *cmp_str(int op)
{
    static const char *const names[] = { "", " == ", " != ", " < ", " <= ", " > ", " >= ",
                                         " is ", " is not ", " in ", " not in " };
    return op >= 1 && op <= 10 ? names[op] : " ? ";
}

static int up_args(UB *b, KrAstArguments *a)
{
    int first = 1;
    ssize_t npos = KR_AST_SEQ_LEN(a->posonlyargs), nargs = KR_AST_SEQ_LEN(a->args);
    ssize_t ndef = KR_AST_SEQ_LEN(a->defaults);
    for (ssize_t i = 0; i < npos + nargs; i++) {
        KrAstArg *arg = i < npos ? a->posonlyargs->items[i] : a->args->items[i - npos];
        if (!first) TRY(up_s(b, ", "));
        first = 0;
        TRY(up_obj(b, arg->arg));
        ssize_t di = i - (npos + nargs - ndef);
        if (di >= 0) {
            TRY(up_s(b, "="));
            TRY(up_expr(b, a->defaults->items[di], PR_TEST));
        }
        if (npos && i == npos - 1) TRY(up_s(b, ", /"));
    }
    if (a->vararg || KR_AST_SEQ_LEN(a->kwonlyargs)) {
        if (!first) TRY(up_s(b, ", "));
        first = 0;
        TRY(up_s(b, "*"));
        if (a->vararg) TRY(up_obj(b, a->vararg->arg));
    }
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(a->kwonlyargs); i++) {
        TRY(up_s(b, ", "));
        TRY(up_obj(b, a->kwonlyargs->items[i]->arg));
        KrAstExpr *d = a->kw_defaults ? a->kw_defaults->items[i] : NULL;
        if (d) {
            TRY(up_s(b, "="));
            TRY(up_expr(b, d, PR_TEST));
        }
    }
    if (a->kwarg) {
        if (!first) TRY(up_s(b, ", "));
        TRY(up_s(b, "**"));
        TRY(up_obj(b, a->kwarg->arg));
    }
    return 0;
}

static int up_comprehensions(UB *b, KrAstComprehensionSeq *gens)
{
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(gens); i++) {
        KrAstComprehension *g = gens->items[i];
        TRY(up_s(b, g->is_async ? " async for " : " for "));
        TRY(up_expr(b, g->target, PR_TUPLE));
        TRY(up_s(b, " in "));
        TRY(up_expr(b, g->iter, PR_TEST + 1));
        for (ssize_t j = 0; j < KR_AST_SEQ_LEN(g->ifs); j++) {
            TRY(up_s(b, " if "));
            TRY(up_expr(b, g->ifs->items[j], PR_TEST + 1));
        }
    }
    return 0;
}

static int up_fstring_body(UB *b, KrAstExprSeq *values);

static int up_fstring_elem(UB *b, KrAstExpr *e)
{
    if (e->kind == KR_EXPR_CONSTANT && KR_STR_CHECK(e->v.Constant.value)) {
        KrObject *s = e->v.Constant.value;
        for (ssize_t i = 0; i < KR_STR_LEN(s); i++) {
            uint32_t ch = KR_STR_READ_CHAR(s, i);
            TRY(kr_strbuilder_append_char(b, ch));
            if (ch == '{' || ch == '}') TRY(kr_strbuilder_append_char(b, ch));
        }
        return 0;
    }
    if (e->kind == KR_EXPR_JOINED_STR) return up_fstring_body(b, e->v.JoinedStr.values);
    if (e->kind == KR_EXPR_FORMATTED_VALUE) {
        UB inner;
        kr_strbuilder_init(&inner);
        if (up_expr(&inner, e->v.FormattedValue.value, PR_TEST + 1) < 0) {
            kr_strbuilder_discard(&inner);
            return -1;
        }
        KrObject *s = kr_strbuilder_finish(&inner);
        if (!s) return -1;
        TRY(up_s(b, KR_STR_LEN(s) && KR_STR_READ_CHAR(s, 0) == '{' ? "{ " : "{"));
        int r = up_obj(b, s);
        KR_DECREF(s);
        TRY(r);
        int conv = e->v.FormattedValue.conversion;
        if (conv > 0) {
            TRY(up_s(b, "!"));
            TRY(kr_strbuilder_append_char(b, (uint32_t)conv));
        }
        if (e->v.FormattedValue.format_spec) {
            TRY(up_s(b, ":"));
            TRY(up_fstring_elem(b, e->v.FormattedValue.format_spec));
        }
        return up_s(b, "}");
    }
    return -1;
}

static int up_fstring_body(UB *b, KrAstExprSeq *values)
{
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(values); i++) TRY(up_fstring_elem(b, values->items[i]));
    return 0;
}

static int up_depth, up_depth_limit;   /* nesting guard (the GIL protects these) */

static int up_expr1(UB *b, KrAstExpr *e, int level);

static int up_expr(UB *b, KrAstExpr *e, int level)
{
    if (++up_depth > up_depth_limit) {
        up_depth--;
        kr_err_set_string(kr_exc_RecursionError, "maximum recursion depth exceeded during compilation");
        return -1;
    }
    int r = up_expr1(b, e, level);
    up_depth--;
    return r;
}

static int up_expr1(UB *b, KrAstExpr *e, int level)
{
    int prec;
    switch (e->kind) {
    case KR_EXPR_BOOL_OP: {
        prec = e->v.BoolOp.op == KR_BOOL_AND ? PR_AND : PR_OR;
        if (level > prec) TRY(up_s(b, "("));
        for (ssize_t i = 0; i < KR_AST_SEQ_LEN(e->v.BoolOp.values); i++) {
            if (i) TRY(up_s(b, prec == PR_AND ? " and " : " or "));
            TRY(up_expr(b, e->v.BoolOp.values->items[i], prec + 1));
        }
        if (level > prec) TRY(up_s(b, ")"));
        return 0;
    }
    case KR_EXPR_BIN_OP: {
        const char *op = binop_str(e->v.BinOp.op, &prec);
        int rassoc = e->v.BinOp.op == KR_OP_POW;
        if (level > prec) TRY(up_s(b, "("));
        TRY(up_expr(b, e->v.BinOp.left, prec + rassoc));
        TRY(up_s(b, op));
        TRY(up_expr(b, e->v.BinOp.right, prec + !rassoc));
        if (level > prec) TRY(up_s(b, ")"));
        return 0;
    }
    case KR_EXPR_UNARY_OP: {
        const char *op;
        switch (e->v.UnaryOp.op) {
        case KR_UNARY_INVERT: op = "~"; prec = PR_FACTOR; break;
        case KR_UNARY_NOT: op = "not "; prec = PR_NOT; break;
        case KR_UNARY_UADD: op = "+"; prec = PR_FACTOR; break;
        default: op = "-"; prec = PR_FACTOR; break;
        }
        if (level > prec) TRY(up_s(b, "("));
        TRY(up_s(b, op));
        TRY(up_expr(b, e->v.UnaryOp.operand, prec));
        if (level > prec) TRY(up_s(b, ")"));
        return 0;
    }
    case KR_EXPR_LAMBDA: {
        if (level > PR_TEST) TRY(up_s(b, "("));
        KrAstArguments *a = e->v.Lambda.args;
        int has = KR_AST_SEQ_LEN(a->posonlyargs) || KR_AST_SEQ_LEN(a->args) || a->vararg ||
                  KR_AST_SEQ_LEN(a->kwonlyargs) || a->kwarg;
        TRY(up_s(b, has ? "lambda " : "lambda"));
        TRY(up_args(b, a));
        TRY(up_s(b, ": "));
        TRY(up_expr(b, e->v.Lambda.body, PR_TEST));
        if (level > PR_TEST) TRY(up_s(b, ")"));
        return 0;
    }
    case KR_EXPR_IF_EXP:
        if (level > PR_TEST) TRY(up_s(b, "("));
        TRY(up_expr(b, e->v.IfExp.body, PR_TEST + 1));
        TRY(up_s(b, " if "));
        TRY(up_expr(b, e->v.IfExp.test, PR_TEST + 1));
        TRY(up_s(b, " else "));
        TRY(up_expr(b, e->v.IfExp.orelse, PR_TEST));
        if (level > PR_TEST) TRY(up_s(b, ")"));
        return 0;
    case KR_EXPR_DICT:
        TRY(up_s(b, "{"));
        for (ssize_t i = 0; i < KR_AST_SEQ_LEN(e->v.Dict.values); i++) {
            if (i) TRY(up_s(b, ", "));
            KrAstExpr *k = e->v.Dict.keys->items[i];
            if (k) {
                TRY(up_expr(b, k, PR_TEST));
                TRY(up_s(b, ": "));
                TRY(up_expr(b, e->v.Dict.values->items[i], PR_TEST));
            } else {
                TRY(up_s(b, "**"));
                TRY(up_expr(b, e->v.Dict.values->items[i], PR_EXPR));
            }
        }
        return up_s(b, "}");
    case KR_EXPR_SET:
        if (!KR_AST_SEQ_LEN(e->v.Set.elts)) return up_s(b, "{*()}");
        TRY(up_s(b, "{"));
        TRY(up_seq(b, e->v.Set.elts));
        return up_s(b, "}");
    case KR_EXPR_LIST_COMP:
        TRY(up_s(b, "["));
        TRY(up_expr(b, e->v.ListComp.elt, PR_TEST));
        TRY(up_comprehensions(b, e->v.ListComp.generators));
        return up_s(b, "]");
    case KR_EXPR_SET_COMP:
        TRY(up_s(b, "{"));
        TRY(up_expr(b, e->v.SetComp.elt, PR_TEST));
        TRY(up_comprehensions(b, e->v.SetComp.generators));
        return up_s(b, "}");
    case KR_EXPR_DICT_COMP:
        TRY(up_s(b, "{"));
        TRY(up_expr(b, e->v.DictComp.key, PR_TEST));
        TRY(up_s(b, ": "));
        TRY(up_expr(b, e->v.DictComp.value, PR_TEST));
        TRY(up_comprehensions(b, e->v.DictComp.generators));
        return up_s(b, "}");
    case KR_EXPR_GENERATOR_EXP:
        TRY(up_s(b, "("));
        TRY(up_expr(b, e->v.GeneratorExp.elt, PR_TEST));
        TRY(up_comprehensions(b, e->v.GeneratorExp.generators));
        return up_s(b, ")");
    case KR_EXPR_AWAIT:
        if (level > PR_AWAIT) TRY(up_s(b, "("));
        TRY(up_s(b, "await "));
        TRY(up_expr(b, e->v.Await.value, PR_ATOM));
        if (level > PR_AWAIT) TRY(up_s(b, ")"));
        return 0;
    case KR_EXPR_YIELD:
        TRY(up_s(b, e->v.Yield.value ? "(yield " : "(yield"));
        if (e->v.Yield.value) TRY(up_expr(b, e->v.Yield.value, PR_TEST));
        return up_s(b, ")");
    case KR_EXPR_YIELD_FROM:
        TRY(up_s(b, "(yield from "));
        TRY(up_expr(b, e->v.YieldFrom.value, PR_TEST));
        return up_s(b, ")");
    case KR_EXPR_COMPARE:
        if (level > PR_CMP) TRY(up_s(b, "("));
        TRY(up_expr(b, e->v.Compare.left, PR_CMP + 1));
        for (ssize_t i = 0; i < KR_AST_SEQ_LEN(e->v.Compare.ops); i++) {
            TRY(up_s(b, cmp_str(e->v.Compare.ops->items[i])));
            TRY(up_expr(b, e->v.Compare.comparators->items[i], PR_CMP + 1));
        }
        if (level > PR_CMP) TRY(up_s(b, ")"));
        return 0;
    case KR_EXPR_CALL: {
        TRY(up_expr(b, e->v.Call.func, PR_ATOM));
        ssize_t na = KR_AST_SEQ_LEN(e->v.Call.args), nk = KR_AST_SEQ_LEN(e->v.Call.keywords);
        if (na == 1 && nk == 0 && e->v.Call.args->items[0]->kind == KR_EXPR_GENERATOR_EXP)
            return up_expr(b, e->v.Call.args->items[0], PR_TEST);
        TRY(up_s(b, "("));
        int first = 1;
        for (ssize_t i = 0; i < na; i++) {
            if (!first) TRY(up_s(b, ", "));
            first = 0;
            TRY(up_expr(b, e->v.Call.args->items[i], PR_TEST));
        }
        for (ssize_t i = 0; i < nk; i++) {
            KrAstKeyword *kw = e->v.Call.keywords->items[i];
            if (!first) TRY(up_s(b, ", "));
            first = 0;
            if (kw->arg) {
                TRY(up_obj(b, kw->arg));
                TRY(up_s(b, "="));
            } else {
                TRY(up_s(b, "**"));
            }
            TRY(up_expr(b, kw->value, PR_TEST));
        }
        return up_s(b, ")");
    }
    case KR_EXPR_CONSTANT:
        if (e->v.Constant.kind && kr_str_equal_cstr(e->v.Constant.kind, "u")) TRY(up_s(b, "u"));
        return up_constant(b, e->v.Constant.value);
    case KR_EXPR_JOINED_STR:
    case KR_EXPR_FORMATTED_VALUE: {
        UB body;
        kr_strbuilder_init(&body);
        int r = e->kind == KR_EXPR_JOINED_STR ? up_fstring_body(&body, e->v.JoinedStr.values)
                                              : up_fstring_elem(&body, e);
        if (r < 0) { kr_strbuilder_discard(&body); return -1; }
        KrObject *s = kr_strbuilder_finish(&body);
        if (!s) return -1;
        TRY(up_s(b, "f"));
        r = up_repr(b, s);
        KR_DECREF(s);
        return r;
    }
    case KR_EXPR_ATTRIBUTE: {
        KrAstExpr *v = e->v.Attribute.value;
        TRY(up_expr(b, v, PR_ATOM));
        /* `1 .real`: an int needs a space before the dot */
        if (v->kind == KR_EXPR_CONSTANT && KR_INT_CHECK(v->v.Constant.value)) TRY(up_s(b, " "));
        TRY(up_s(b, "."));
        return up_obj(b, e->v.Attribute.attr);
    }
    case KR_EXPR_SUBSCRIPT: {
        TRY(up_expr(b, e->v.Subscript.value, PR_ATOM));
        TRY(up_s(b, "["));
        KrAstExpr *sl = e->v.Subscript.slice;
        if (sl->kind == KR_EXPR_TUPLE && KR_AST_SEQ_LEN(sl->v.Tuple.elts)) {
            for (ssize_t i = 0; i < KR_AST_SEQ_LEN(sl->v.Tuple.elts); i++) {
                if (i) TRY(up_s(b, ", "));
                TRY(up_expr(b, sl->v.Tuple.elts->items[i], PR_TEST));
            }
            if (KR_AST_SEQ_LEN(sl->v.Tuple.elts) == 1) TRY(up_s(b, ","));
        } else {
            TRY(up_expr(b, sl, PR_TUPLE));
        }
        return up_s(b, "]");
    }
    case KR_EXPR_STARRED:
        TRY(up_s(b, "*"));
        return up_expr(b, e->v.Starred.value, PR_EXPR);
    case KR_EXPR_NAME:
        return up_obj(b, e->v.Name.id);
    case KR_EXPR_LIST:
        TRY(up_s(b, "["));
        TRY(up_seq(b, e->v.List.elts));
        return up_s(b, "]");
    case KR_EXPR_TUPLE: {
        ssize_t n = KR_AST_SEQ_LEN(e->v.Tuple.elts);
        if (!n) return up_s(b, "()");
        if (level > PR_TUPLE) TRY(up_s(b, "("));
        TRY(up_seq(b, e->v.Tuple.elts));
        if (n == 1) TRY(up_s(b, ","));
        if (level > PR_TUPLE) TRY(up_s(b, ")"));
        return 0;
    }
    case KR_EXPR_SLICE:
        if (e->v.Slice.lower) TRY(up_expr(b, e->v.Slice.lower, PR_TEST));
        TRY(up_s(b, ":"));
        if (e->v.Slice.upper) TRY(up_expr(b, e->v.Slice.upper, PR_TEST));
        if (e->v.Slice.step) {
            TRY(up_s(b, ":"));
            TRY(up_expr(b, e->v.Slice.step, PR_TEST));
        }
        return 0;
    case KR_EXPR_NAMED_EXPR:
        if (level > PR_TUPLE) TRY(up_s(b, "("));
        TRY(up_expr(b, e->v.NamedExpr.target, PR_ATOM));
        TRY(up_s(b, " := "));
        TRY(up_expr(b, e->v.NamedExpr.value, PR_ATOM));
        if (level > PR_TUPLE) TRY(up_s(b, ")"));
        return 0;
    }
    kr_err_set_string(kr_exc_SystemError, "unknown expression kind in unparse");
    return -1;
}

KrObject *kr_unparse_expr(KrAstExpr *e)
{
    UB b;
    kr_symtable_depth_limits(&up_depth, &up_depth_limit);
    kr_strbuilder_init(&b);
    if (up_expr(&b, e, PR_TEST) < 0) {
        kr_strbuilder_discard(&b);
        return NULL;
    }
    KrObject *s = kr_strbuilder_finish(&b);
    if (s) kr_str_intern_in_place(&s);
    return s;
}
