/* compile_expr.c — code generation for expressions: operators, comparisons
 * (chained), boolean short-circuits and conditional jumps, displays with
 * star-unpacking, calls (KW_NAMES/CALL, CALL_FUNCTION_EX, LOAD_METHOD),
 * f-strings, lambdas, comprehensions and generator expressions (separate
 * code objects, as in 3.11), yield/await, and assignment targets. */
#include "compile_internal.h"
#include "../objects/dict.h"
#include "../objects/list.h"
#include "../objects/tuple.h"
#include "../objects/set.h"
#include "../objects/str.h"
#include "../objects/int.h"
#include "../objects/ids.h"
#include "../objects/float.h"
#include "../objects/bytes.h"
#include "../vm/err.h"

#define STACK_USE_GUIDELINE 30

/* A multi-line attribute access points at the attribute name's line:
 * the start moves to the end line, the start column to the name's first
 * character (CPython 3.11's update_start_location_to_match_attr). */
void kr_c_match_attr_location(KrCompiler *c, KrAstExpr *attr)
{
    KrLoc *l = &c->u->loc;
    if (l->lineno == attr->end_lineno) return;
    l->lineno = attr->end_lineno;
    ssize_t len = KR_STR_LEN(attr->v.Attribute.attr);
    if (len <= attr->end_col_offset) {
        l->col = attr->end_col_offset - (int)len;
    } else {
        l->col = -1;
        l->end_col = -1;
    }
    if (l->end_lineno < l->lineno) l->end_lineno = l->lineno;
}

/* ------------------------------------------------------------------------
 * Compile-time SyntaxWarnings (CPython's check_compare, check_caller,
 * check_subscripter, check_index)
 * --------------------------------------------------------------------- */

/* Issues a SyntaxWarning at the current line; a warning turned into an
 * error becomes a SyntaxError at the current location. 0 or -1. */
int kr_c_warn(KrCompiler *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    KrObject *msg = kr_str_from_format_v(fmt, ap);
    va_end(ap);
    if (!msg) return -1;
    const char *m = kr_str_as_utf8(msg, NULL);
    if (!m) { KR_DECREF(msg); return -1; }
    int line = c->u->loc.lineno > 0 ? c->u->loc.lineno : 1;
    if (kr_err_warn_explicit(kr_exc_SyntaxWarning, m, c->filename, line, NULL) < 0) {
        if (kr_err_matches(kr_exc_SyntaxWarning)) {
            kr_err_clear();
            kr_c_error(c, "%U", msg);
        }
        KR_DECREF(msg);
        return -1;
    }
    KR_DECREF(msg);
    return 0;
}

/* The type name of the value an expression certainly produces, or NULL. */
static const char *infer_type(KrAstExpr *e)
{
    switch (e->kind) {
    case KR_EXPR_TUPLE: return "tuple";
    case KR_EXPR_LIST: case KR_EXPR_LIST_COMP: return "list";
    case KR_EXPR_DICT: case KR_EXPR_DICT_COMP: return "dict";
    case KR_EXPR_SET: case KR_EXPR_SET_COMP: return "set";
    case KR_EXPR_GENERATOR_EXP: return "generator";
    case KR_EXPR_LAMBDA: return "function";
    case KR_EXPR_JOINED_STR: case KR_EXPR_FORMATTED_VALUE: return "str";
    case KR_EXPR_CONSTANT: return KR_TYPE(e->v.Constant.value)->tp_name;
    default: return NULL;
    }
}

static int is_singleton_arg(KrAstExpr *e)
{
    if (e->kind != KR_EXPR_CONSTANT) return 1;
    KrObject *v = e->v.Constant.value;
    return v == KR_NONE || v == KR_FALSE || v == KR_TRUE || v == KR_ELLIPSIS;
}

static int check_compare(KrCompiler *c, KrAstExpr *e)
{
    int left = is_singleton_arg(e->v.Compare.left);
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(e->v.Compare.ops); i++) {
        int op = e->v.Compare.ops->items[i];
        int right = is_singleton_arg(e->v.Compare.comparators->items[i]);
        if ((op == KR_CMP_IS || op == KR_CMP_IS_NOT) && (!right || !left))
            return kr_c_warn(c, op == KR_CMP_IS ? "\"is\" with a literal. Did you mean \"==\"?"
                                                    : "\"is not\" with a literal. Did you mean \"!=\"?");
        left = right;
    }
    return 0;
}

static int check_caller(KrCompiler *c, KrAstExpr *e)
{
    switch (e->kind) {
    case KR_EXPR_CONSTANT: case KR_EXPR_TUPLE: case KR_EXPR_LIST: case KR_EXPR_LIST_COMP:
    case KR_EXPR_DICT: case KR_EXPR_DICT_COMP: case KR_EXPR_SET: case KR_EXPR_SET_COMP:
    case KR_EXPR_GENERATOR_EXP: case KR_EXPR_JOINED_STR: case KR_EXPR_FORMATTED_VALUE:
        return kr_c_warn(c, "'%.200s' object is not callable; perhaps you missed a comma?",
                             infer_type(e));
    default:
        return 0;
    }
}

static int check_subscripter(KrCompiler *c, KrAstExpr *e)
{
    switch (e->kind) {
    case KR_EXPR_CONSTANT: {
        KrObject *v = e->v.Constant.value;
        if (!(v == KR_NONE || v == KR_ELLIPSIS || KR_INT_CHECK(v) || KR_FLOAT_CHECK(v) ||
              KR_COMPLEX_CHECK(v) || KR_ANYSET_CHECK(v)))
            return 0;
    }
    /* fall through */
    case KR_EXPR_SET: case KR_EXPR_SET_COMP: case KR_EXPR_GENERATOR_EXP: case KR_EXPR_LAMBDA:
        return kr_c_warn(c, "'%.200s' object is not subscriptable; perhaps you missed a comma?",
                             infer_type(e));
    default:
        return 0;
    }
}

static int check_index(KrCompiler *c, KrAstExpr *e, KrAstExpr *s)
{
    const char *index_type = infer_type(s);
    if (!index_type || (s->kind == KR_EXPR_CONSTANT && KR_INT_CHECK(s->v.Constant.value)) ||
        s->kind == KR_EXPR_SLICE)
        return 0;
    switch (e->kind) {
    case KR_EXPR_CONSTANT: {
        KrObject *v = e->v.Constant.value;
        if (!(KR_STR_CHECK(v) || KR_BYTES_CHECK(v) || KR_TUPLE_CHECK(v))) return 0;
    }
    /* fall through */
    case KR_EXPR_TUPLE: case KR_EXPR_LIST: case KR_EXPR_LIST_COMP: case KR_EXPR_JOINED_STR:
    case KR_EXPR_FORMATTED_VALUE:
        return kr_c_warn(c, "%.200s indices must be integers or slices, not %.200s; "
                                "perhaps you missed a comma?", infer_type(e), index_type);
    default:
        return 0;
    }
}

static int cmp_op(KrCompiler *c, int op)
{
    switch (op) {
    case KR_CMP_EQ: ADDOP_I(c, COMPARE_OP, KR_EQ); break;
    case KR_CMP_NOT_EQ: ADDOP_I(c, COMPARE_OP, KR_NE); break;
    case KR_CMP_LT: ADDOP_I(c, COMPARE_OP, KR_LT); break;
    case KR_CMP_LT_E: ADDOP_I(c, COMPARE_OP, KR_LE); break;
    case KR_CMP_GT: ADDOP_I(c, COMPARE_OP, KR_GT); break;
    case KR_CMP_GT_E: ADDOP_I(c, COMPARE_OP, KR_GE); break;
    case KR_CMP_IS: ADDOP_I(c, IS_OP, 0); break;
    case KR_CMP_IS_NOT: ADDOP_I(c, IS_OP, 1); break;
    case KR_CMP_IN: ADDOP_I(c, CONTAINS_OP, 0); break;
    case KR_CMP_NOT_IN: ADDOP_I(c, CONTAINS_OP, 1); break;
    }
    return 0;
}

/* The truth of a constant, when it is one of the simple kinds; -1 if the
 * value is not known at compile time. */
static int const_truth(KrAstExpr *e)
{
    if (e->kind != KR_EXPR_CONSTANT) return -1;
    KrObject *v = e->v.Constant.value;
    if (v == KR_NONE) return 0;
    if (v == KR_ELLIPSIS) return 1;
    if (KR_BOOL_CHECK(v) || KR_INT_CHECK_EXACT(v)) return kr_int_sign(v) != 0;
    if (KR_STR_CHECK_EXACT(v)) return KR_STR_LEN(v) != 0;
    if (KR_TUPLE_CHECK_EXACT(v)) return KR_SIZE(v) != 0;
    return -1;
}

/* Compiles `e` as a condition: jumps to `next` if its truth equals `cond`,
 * falls through otherwise. `next` is always a block laid out later. */
int kr_c_jump_if(KrCompiler *c, KrAstExpr *e, KrBlock *next, int cond)
{
    switch (e->kind) {
    case KR_EXPR_UNARY_OP:
        if (e->v.UnaryOp.op == KR_UNARY_NOT) return kr_c_jump_if(c, e->v.UnaryOp.operand, next, !cond);
        break;
    case KR_EXPR_BOOL_OP: {
        KrAstExprSeq *s = e->v.BoolOp.values;
        ssize_t n = KR_AST_SEQ_LEN(s) - 1;
        int cond2 = e->v.BoolOp.op == KR_BOOL_OR;
        KrBlock *next2 = next;
        if (cond2 != cond) {
            next2 = kr_c_new_block(c);
            if (!next2) return -1;
        }
        for (ssize_t i = 0; i < n; i++) TRY(kr_c_jump_if(c, s->items[i], next2, cond2));
        TRY(kr_c_jump_if(c, s->items[n], next, cond));
        if (next2 != next) USE_BLOCK(c, next2);
        return 0;
    }
    case KR_EXPR_IF_EXP: {
        NEW_BLOCK(c, end);
        NEW_BLOCK(c, next2);
        TRY(kr_c_jump_if(c, e->v.IfExp.test, next2, 0));
        TRY(kr_c_jump_if(c, e->v.IfExp.body, next, cond));
        ADDOP_J_NOLINE(c, KR_JUMP, end);
        USE_BLOCK(c, next2);
        TRY(kr_c_jump_if(c, e->v.IfExp.orelse, next, cond));
        USE_BLOCK(c, end);
        return 0;
    }
    case KR_EXPR_COMPARE: {
        ssize_t n = KR_AST_SEQ_LEN(e->v.Compare.ops) - 1;
        int op0 = e->v.Compare.ops->items[0];
        KrAstExpr *rhs = e->v.Compare.comparators->items[0];
        if (n == 0 && (op0 == KR_CMP_IS || op0 == KR_CMP_IS_NOT) && rhs->kind == KR_EXPR_CONSTANT &&
            rhs->v.Constant.value == KR_NONE) {
            /* `x is None` as a condition: POP_JUMP_IF_NONE (CPython's peephole) */
            TRY(kr_c_visit_expr(c, e->v.Compare.left));
            if (kr_c_add_const(c, KR_NONE) < 0) return -1;
            int jump_if_none = (op0 == KR_CMP_IS) == (cond != 0);
            KR_SET_LOC(c, e);
            return kr_c_addop_j(c, jump_if_none ? POP_JUMP_IF_NONE : POP_JUMP_IF_NOT_NONE, next);
        }
        if (n > 0) {
            TRY(check_compare(c, e));
            /* the jumps and compares keep the location of the statement
             * (CPython 3.11 does not set the expression's here) */
            NEW_BLOCK(c, cleanup);
            TRY(kr_c_visit_expr(c, e->v.Compare.left));
            for (ssize_t i = 0; i < n; i++) {
                TRY(kr_c_visit_expr(c, e->v.Compare.comparators->items[i]));
                ADDOP_I(c, SWAP, 2);
                ADDOP_I(c, COPY, 2);
                TRY(cmp_op(c, e->v.Compare.ops->items[i]));
                ADDOP_J(c, POP_JUMP_IF_FALSE, cleanup);
            }
            TRY(kr_c_visit_expr(c, e->v.Compare.comparators->items[n]));
            TRY(cmp_op(c, e->v.Compare.ops->items[n]));
            ADDOP_J(c, cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
            NEW_BLOCK(c, end);
            ADDOP_J_NOLINE(c, KR_JUMP, end);
            USE_BLOCK(c, cleanup);
            ADDOP(c, POP_TOP);
            if (!cond) ADDOP_J_NOLINE(c, KR_JUMP, next);
            USE_BLOCK(c, end);
            return 0;
        }
        break;
    }
    case KR_EXPR_CONSTANT: {
        int t = const_truth(e);
        if (t >= 0) {
            /* CPython loads the constant and folds the jump later: the
             * constant stays in co_consts */
            if (kr_c_add_const(c, e->v.Constant.value) < 0) return -1;
            KR_SET_LOC(c, e);
            if (t == cond) ADDOP_J(c, KR_JUMP, next);
            else ADDOP(c, NOP);   /* keeps the line of the test */
            return 0;
        }
        break;
    }
    default:
        break;
    }
    TRY(kr_c_visit_expr(c, e));
    /* after a comparison the jump takes the comparison's location, and
     * that location stays current for what follows (as in CPython 3.11,
     * where line events and tracebacks depend on it); otherwise the jump
     * has the location of the enclosing statement */
    if (e->kind == KR_EXPR_COMPARE) KR_SET_LOC(c, e);
    return kr_c_addop_j(c, cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
}

/* ------------------------------------------------------------------------
 * Displays
 * --------------------------------------------------------------------- */

static int all_const(KrAstExprSeq *elts, ssize_t lo, ssize_t hi)
{
    for (ssize_t i = lo; i < hi; i++)
        if (elts->items[i]->kind != KR_EXPR_CONSTANT) return 0;
    return 1;
}

int kr_c_starunpack(KrCompiler *c, KrAstExprSeq *elts, int pushed, int build, int add,
                    int extend, int tuple)
{
    ssize_t n = KR_AST_SEQ_LEN(elts);
    if (n > 2 && all_const(elts, 0, n)) {
        KrObject *folded = kr_tuple_new(n);
        if (!folded) return -1;
        for (ssize_t i = 0; i < n; i++)
            KR_TUPLE_SET_STEAL(folded, i, kr_newref(elts->items[i]->v.Constant.value));
        if (tuple && !pushed) return kr_c_addop_const_steal(c, folded);
        if (add == SET_ADD) {
            KrObject *fs = kr_frozenset_new(folded);
            KR_DECREF(folded);
            if (!fs) return -1;
            folded = fs;
        }
        ADDOP_I(c, build, pushed);
        TRY(kr_c_addop_const_steal(c, folded));
        ADDOP_I(c, extend, 1);
        if (tuple) ADDOP(c, LIST_TO_TUPLE);
        return 0;
    }
    int big = n + pushed > STACK_USE_GUIDELINE, seen_star = 0;
    for (ssize_t i = 0; i < n; i++)
        if (elts->items[i]->kind == KR_EXPR_STARRED) seen_star = 1;
    if (!seen_star && !big) {
        for (ssize_t i = 0; i < n; i++) TRY(kr_c_visit_expr(c, elts->items[i]));
        ADDOP_I(c, tuple ? BUILD_TUPLE : build, (int)n + pushed);
        return 0;
    }
    int built = 0;
    if (big) {
        ADDOP_I(c, build, pushed);
        built = 1;
    }
    for (ssize_t i = 0; i < n; i++) {
        KrAstExpr *elt = elts->items[i];
        if (elt->kind == KR_EXPR_STARRED) {
            if (!built) {
                ADDOP_I(c, build, (int)i + pushed);
                built = 1;
            }
            TRY(kr_c_visit_expr(c, elt->v.Starred.value));
            ADDOP_I(c, extend, 1);
        } else {
            TRY(kr_c_visit_expr(c, elt));
            if (built) ADDOP_I(c, add, 1);
        }
    }
    if (tuple) ADDOP(c, LIST_TO_TUPLE);
    return 0;
}

static int unpack_helper(KrCompiler *c, KrAstExprSeq *elts)
{
    ssize_t n = KR_AST_SEQ_LEN(elts);
    int seen_star = 0;
    for (ssize_t i = 0; i < n; i++) {
        KrAstExpr *elt = elts->items[i];
        if (elt->kind == KR_EXPR_STARRED && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (0x7FFFFFFF >> 8))
                return kr_c_error(c, "too many expressions in star-unpacking assignment");
            ADDOP_I(c, UNPACK_EX, (int)(i + ((n - i - 1) << 8)));
            seen_star = 1;
        } else if (elt->kind == KR_EXPR_STARRED) {
            return kr_c_error(c, "multiple starred expressions in assignment");
        }
    }
    if (!seen_star) ADDOP_I(c, UNPACK_SEQUENCE, (int)n);
    return 0;
}

static int assignment_helper(KrCompiler *c, KrAstExprSeq *elts)
{
    TRY(unpack_helper(c, elts));
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(elts); i++) {
        KrAstExpr *elt = elts->items[i];
        TRY(kr_c_visit_expr(c, elt->kind == KR_EXPR_STARRED ? elt->v.Starred.value : elt));
    }
    return 0;
}

static int compile_list_or_tuple(KrCompiler *c, KrAstExpr *e, KrAstExprSeq *elts, int ctx,
                                 int is_tuple)
{
    if (ctx == KR_CTX_STORE) return assignment_helper(c, elts);
    if (ctx == KR_CTX_LOAD)
        return kr_c_starunpack(c, elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, is_tuple);
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(elts); i++) TRY(kr_c_visit_expr(c, elts->items[i]));
    return 0;
}

/* Pushes a dict of the entries [begin, end) (no ** among them). */
static int subdict(KrCompiler *c, KrAstExpr *e, ssize_t begin, ssize_t end)
{
    ssize_t n = end - begin;
    int big = n * 2 > STACK_USE_GUIDELINE;
    KrAstExprSeq *keys = e->v.Dict.keys, *values = e->v.Dict.values;
    if (n > 1 && !big && all_const(keys, begin, end)) {
        for (ssize_t i = begin; i < end; i++) TRY(kr_c_visit_expr(c, values->items[i]));
        KrObject *kt = kr_tuple_new(n);
        if (!kt) return -1;
        for (ssize_t i = begin; i < end; i++)
            KR_TUPLE_SET_STEAL(kt, i - begin, kr_newref(keys->items[i]->v.Constant.value));
        TRY(kr_c_addop_const_steal(c, kt));
        ADDOP_I(c, BUILD_CONST_KEY_MAP, (int)n);
        return 0;
    }
    if (big) ADDOP_I(c, BUILD_MAP, 0);
    for (ssize_t i = begin; i < end; i++) {
        TRY(kr_c_visit_expr(c, keys->items[i]));
        TRY(kr_c_visit_expr(c, values->items[i]));
        if (big) ADDOP_I(c, MAP_ADD, 1);
    }
    if (!big) ADDOP_I(c, BUILD_MAP, (int)n);
    return 0;
}

static int compile_dict(KrCompiler *c, KrAstExpr *e)
{
    ssize_t n = KR_AST_SEQ_LEN(e->v.Dict.values), elements = 0;
    int have_dict = 0;
    for (ssize_t i = 0; i < n; i++) {
        int is_unpacking = e->v.Dict.keys->items[i] == NULL;
        if (is_unpacking) {
            if (elements) {
                TRY(subdict(c, e, i - elements, i));
                if (have_dict) ADDOP_I(c, DICT_UPDATE, 1);
                have_dict = 1;
                elements = 0;
            }
            if (!have_dict) {
                ADDOP_I(c, BUILD_MAP, 0);
                have_dict = 1;
            }
            TRY(kr_c_visit_expr(c, e->v.Dict.values->items[i]));
            ADDOP_I(c, DICT_UPDATE, 1);
        } else {
            if (elements * 2 > STACK_USE_GUIDELINE) {
                TRY(subdict(c, e, i - elements, i + 1));
                if (have_dict) ADDOP_I(c, DICT_UPDATE, 1);
                have_dict = 1;
                elements = 0;
            } else {
                elements++;
            }
        }
    }
    if (elements) {
        TRY(subdict(c, e, n - elements, n));
        if (have_dict) ADDOP_I(c, DICT_UPDATE, 1);
        have_dict = 1;
    }
    if (!have_dict) ADDOP_I(c, BUILD_MAP, 0);
    return 0;
}

/* ------------------------------------------------------------------------
 * Calls
 * --------------------------------------------------------------------- */

static int validate_keywords(KrCompiler *c, KrAstKeywordSeq *kws)
{
    ssize_t n = KR_AST_SEQ_LEN(kws);
    for (ssize_t i = 0; i < n; i++) {
        KrObject *k = kws->items[i]->arg;
        if (!k) continue;
        TRY(kr_c_forbidden_name(c, k, KR_CTX_STORE));
        for (ssize_t j = i + 1; j < n; j++) {
            KrObject *o = kws->items[j]->arg;
            if (o && kr_str_equal(k, o)) {
                KR_SET_LOC(c, kws->items[j]);
                return kr_c_error(c, "keyword argument repeated: %U", k);
            }
        }
    }
    return 0;
}

static int kw_names(KrCompiler *c, KrAstKeywordSeq *kws, ssize_t begin, ssize_t end)
{
    KrObject *names = kr_tuple_new(end - begin);
    if (!names) return -1;
    for (ssize_t i = begin; i < end; i++) {
        KR_TUPLE_SET_STEAL(names, i - begin, kr_newref(kws->items[i]->arg));
    }
    int idx = kr_c_add_const(c, names);
    KR_DECREF(names);
    if (idx < 0) return -1;
    ADDOP_I(c, KW_NAMES, idx);
    return 0;
}

/* Pushes a dict of keywords [begin, end) (none of them **). */
static int subkwargs(KrCompiler *c, KrAstKeywordSeq *kws, ssize_t begin, ssize_t end)
{
    ssize_t n = end - begin;
    int big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
        for (ssize_t i = begin; i < end; i++) TRY(kr_c_visit_expr(c, kws->items[i]->value));
        KrObject *keys = kr_tuple_new(n);
        if (!keys) return -1;
        for (ssize_t i = begin; i < end; i++)
            KR_TUPLE_SET_STEAL(keys, i - begin, kr_newref(kws->items[i]->arg));
        TRY(kr_c_addop_const_steal(c, keys));
        ADDOP_I(c, BUILD_CONST_KEY_MAP, (int)n);
        return 0;
    }
    if (big) TRY(kr_c_addop_noloc(c, BUILD_MAP, 0));
    for (ssize_t i = begin; i < end; i++) {
        ADDOP_CONST(c, kws->items[i]->arg);
        TRY(kr_c_visit_expr(c, kws->items[i]->value));
        if (big) TRY(kr_c_addop_noloc(c, MAP_ADD, 1));
    }
    if (!big) ADDOP_I(c, BUILD_MAP, (int)n);
    return 0;
}

int kr_c_call_helper(KrCompiler *c, int n, KrAstExprSeq *args, KrAstKeywordSeq *keywords)
{
    TRY(validate_keywords(c, keywords));
    ssize_t nelts = KR_AST_SEQ_LEN(args), nkw = KR_AST_SEQ_LEN(keywords);
    int simple = nelts + nkw * 2 <= STACK_USE_GUIDELINE;
    for (ssize_t i = 0; simple && i < nelts; i++)
        if (args->items[i]->kind == KR_EXPR_STARRED) simple = 0;
    for (ssize_t i = 0; simple && i < nkw; i++)
        if (!keywords->items[i]->arg) simple = 0;
    if (simple) {
        for (ssize_t i = 0; i < nelts; i++) TRY(kr_c_visit_expr(c, args->items[i]));
        if (nkw) {
            for (ssize_t i = 0; i < nkw; i++) TRY(kr_c_visit_expr(c, keywords->items[i]->value));
            TRY(kw_names(c, keywords, 0, nkw));
        }
        ADDOP_I(c, CALL, n + (int)nelts + (int)nkw);
        return 0;
    }
    /* the general form: positional args as a tuple, keywords as a dict */
    if (n == 0 && nelts == 1 && args->items[0]->kind == KR_EXPR_STARRED)
        TRY(kr_c_visit_expr(c, args->items[0]->v.Starred.value));
    else
        TRY(kr_c_starunpack(c, args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, 1));
    if (nkw) {
        int have_dict = 0;
        ssize_t nseen = 0;
        for (ssize_t i = 0; i < nkw; i++) {
            KrAstKeyword *kw = keywords->items[i];
            if (!kw->arg) {
                if (nseen) {
                    TRY(subkwargs(c, keywords, i - nseen, i));
                    if (have_dict) ADDOP_I(c, DICT_MERGE, 1);
                    have_dict = 1;
                    nseen = 0;
                }
                if (!have_dict) {
                    ADDOP_I(c, BUILD_MAP, 0);
                    have_dict = 1;
                }
                TRY(kr_c_visit_expr(c, kw->value));
                ADDOP_I(c, DICT_MERGE, 1);
            } else {
                nseen++;
            }
        }
        if (nseen) {
            TRY(subkwargs(c, keywords, nkw - nseen, nkw));
            if (have_dict) ADDOP_I(c, DICT_MERGE, 1);
        }
    }
    ADDOP_I(c, CALL_FUNCTION_EX, nkw > 0);
    return 0;
}

/* obj.meth(args) as LOAD_METHOD + CALL when the call has no * or **. */
static int maybe_method_call(KrCompiler *c, KrAstExpr *e)
{
    KrAstExpr *meth = e->v.Call.func;
    KrAstExprSeq *args = e->v.Call.args;
    KrAstKeywordSeq *kws = e->v.Call.keywords;
    if (meth->kind != KR_EXPR_ATTRIBUTE || meth->v.Attribute.ctx != KR_CTX_LOAD) return 0;
    ssize_t nargs = KR_AST_SEQ_LEN(args), nkw = KR_AST_SEQ_LEN(kws);
    for (ssize_t i = 0; i < nargs; i++)
        if (args->items[i]->kind == KR_EXPR_STARRED) return 0;
    for (ssize_t i = 0; i < nkw; i++)
        if (!kws->items[i]->arg) return 0;
    if (nargs + nkw * 2 >= STACK_USE_GUIDELINE) return 0;
    TRY(validate_keywords(c, kws));
    TRY(kr_c_visit_expr(c, meth->v.Attribute.value));
    KR_SET_LOC(c, meth);
    kr_c_match_attr_location(c, meth);
    ADDOP_NAME(c, LOAD_METHOD, meth->v.Attribute.attr);
    KR_SET_LOC(c, e);
    kr_c_match_attr_location(c, meth);
    for (ssize_t i = 0; i < nargs; i++) TRY(kr_c_visit_expr(c, args->items[i]));
    if (nkw) {
        for (ssize_t i = 0; i < nkw; i++) TRY(kr_c_visit_expr(c, kws->items[i]->value));
        TRY(kw_names(c, kws, 0, nkw));
    }
    ADDOP_I(c, CALL, (int)(nargs + nkw));
    return 1;
}

static int compile_call(KrCompiler *c, KrAstExpr *e)
{
    int r = maybe_method_call(c, e);
    if (r) return r < 0 ? -1 : 0;
    KrAstExpr *f = e->v.Call.func;
    TRY(check_caller(c, f));
    int pushed_null = 0;
    if (f->kind == KR_EXPR_NAME) {
        /* a global function: LOAD_GLOBAL pushes the NULL itself */
        KrObject *m = kr_c_mangle(c, f->v.Name.id);
        if (!m) return -1;
        int scope = kr_symtable_scope(c->u->ste, m);
        int is_func = c->u->ste->type == KR_BLOCK_FUNCTION;
        if (scope == KR_SCOPE_GLOBAL_EXPLICIT || (scope == KR_SCOPE_GLOBAL_IMPLICIT && is_func)) {
            KR_SET_LOC(c, f);
            int idx = kr_c_add_name(c, c->u->names, m);
            KR_DECREF(m);
            if (idx < 0) return -1;
            ADDOP_I(c, LOAD_GLOBAL, idx << 1 | 1);
            pushed_null = 1;
            KR_SET_LOC(c, e);
        } else {
            KR_DECREF(m);
        }
    }
    if (!pushed_null) {
        ADDOP(c, PUSH_NULL);
        TRY(kr_c_visit_expr(c, f));
        KR_SET_LOC(c, e);
    }
    return kr_c_call_helper(c, 0, e->v.Call.args, e->v.Call.keywords);
}

/* ------------------------------------------------------------------------
 * f-strings
 * --------------------------------------------------------------------- */

static int compile_joined_str(KrCompiler *c, KrAstExpr *e)
{
    ssize_t n = KR_AST_SEQ_LEN(e->v.JoinedStr.values);
    if (n > STACK_USE_GUIDELINE) {
        KrObject *empty = kr_str_intern_cstr("");
        if (!empty) return -1;
        TRY(kr_c_addop_const_steal(c, empty));
        KrObject *join = kr_str_intern_cstr("join");
        if (!join) return -1;
        int r = kr_c_addop_name(c, LOAD_METHOD, join, 0);
        KR_DECREF(join);
        TRY(r);
        ADDOP_I(c, BUILD_LIST, 0);
        for (ssize_t i = 0; i < n; i++) {
            TRY(kr_c_visit_expr(c, e->v.JoinedStr.values->items[i]));
            ADDOP_I(c, LIST_APPEND, 1);
        }
        ADDOP_I(c, CALL, 1);
        return 0;
    }
    for (ssize_t i = 0; i < n; i++) TRY(kr_c_visit_expr(c, e->v.JoinedStr.values->items[i]));
    if (n != 1) ADDOP_I(c, BUILD_STRING, (int)n);
    return 0;
}

static int compile_formatted_value(KrCompiler *c, KrAstExpr *e)
{
    int conv = e->v.FormattedValue.conversion, oparg;
    TRY(kr_c_visit_expr(c, e->v.FormattedValue.value));
    switch (conv) {
    case 's': oparg = 1; break;
    case 'r': oparg = 2; break;
    case 'a': oparg = 3; break;
    case -1: oparg = 0; break;
    default:
        kr_err_format(kr_exc_SystemError, "Unrecognized conversion character %d", conv);
        return -1;
    }
    if (e->v.FormattedValue.format_spec) {
        TRY(kr_c_visit_expr(c, e->v.FormattedValue.format_spec));
        oparg |= 4;
    }
    ADDOP_I(c, FORMAT_VALUE, oparg);
    return 0;
}

/* ------------------------------------------------------------------------
 * Lambdas and comprehensions
 * --------------------------------------------------------------------- */

int kr_c_lambda(KrCompiler *c, KrAstExpr *e)
{
    KrAstArguments *args = e->v.Lambda.args;
    TRY(kr_c_check_debug_args(c, args));
    int flags = kr_c_default_arguments(c, args);
    if (flags < 0) return -1;
    KrObject *name = kr_str_intern_cstr("<lambda>");
    if (!name) return -1;
    int r = kr_c_enter_scope(c, name, KR_SCOPE_TYPE_LAMBDA, e, e->lineno);
    KR_DECREF(name);
    TRY(r);
    /* None first, so that a lambda never has a docstring */
    if (kr_c_add_const(c, KR_NONE) < 0) return -1;
    c->u->argcount = (int)(KR_AST_SEQ_LEN(args->args) + KR_AST_SEQ_LEN(args->posonlyargs));
    c->u->posonlyargcount = (int)KR_AST_SEQ_LEN(args->posonlyargs);
    c->u->kwonlyargcount = (int)KR_AST_SEQ_LEN(args->kwonlyargs);
    TRY(kr_c_visit_expr(c, e->v.Lambda.body));
    KrObject *co;
    if (c->u->ste->generator) {
        co = kr_c_assemble(c, 0);
    } else {
        KR_SET_LOC(c, e->v.Lambda.body);
        ADDOP(c, RETURN_VALUE);
        co = kr_c_assemble(c, 1);
    }
    KrObject *qualname = co ? kr_newref(c->u->qualname) : NULL;
    kr_c_exit_scope(c);
    if (!co) return -1;
    r = kr_c_make_closure(c, co, flags, qualname);
    KR_DECREF(co);
    KR_DECREF(qualname);
    return r;
}

static int comprehension_generator(KrCompiler *c, KrAstExpr *e, KrAstComprehensionSeq *gens,
                                   ssize_t gen_index, int depth, KrAstExpr *elt,
                                   KrAstExpr *val, int type);

static int comp_element(KrCompiler *c, KrAstExpr *elt, KrAstExpr *val, int type, int depth)
{
    switch (type) {
    case KR_COMP_GENEXP:
        TRY(kr_c_visit_expr(c, elt));
        TRY(kr_c_addop_yield(c));
        ADDOP(c, POP_TOP);
        break;
    case KR_COMP_LIST:
        TRY(kr_c_visit_expr(c, elt));
        ADDOP_I(c, LIST_APPEND, depth + 1);
        break;
    case KR_COMP_SET:
        TRY(kr_c_visit_expr(c, elt));
        ADDOP_I(c, SET_ADD, depth + 1);
        break;
    case KR_COMP_DICT:
        TRY(kr_c_visit_expr(c, elt));
        TRY(kr_c_visit_expr(c, val));
        ADDOP_I(c, MAP_ADD, depth + 1);
        break;
    }
    return 0;
}

static int sync_comprehension_generator(KrCompiler *c, KrAstExpr *e, KrAstComprehensionSeq *gens,
                                        ssize_t gen_index, int depth, KrAstExpr *elt,
                                        KrAstExpr *val, int type)
{
    KrAstComprehension *gen = gens->items[gen_index];
    NEW_BLOCK(c, start);
    NEW_BLOCK(c, if_cleanup);
    NEW_BLOCK(c, anchor);
    KrBlock *loop = start;
    if (gen_index == 0) {
        c->u->argcount = 1;
        ADDOP_I(c, LOAD_FAST, 0);
    } else {
        KrAstExpr *it = gen->iter;
        KrAstExprSeq *elts = it->kind == KR_EXPR_LIST ? it->v.List.elts
                           : it->kind == KR_EXPR_TUPLE ? it->v.Tuple.elts : NULL;
        if (elts && KR_AST_SEQ_LEN(elts) == 1 && elts->items[0]->kind != KR_EXPR_STARRED) {
            /* `for y in [expr]`: an assignment, no loop */
            TRY(kr_c_visit_expr(c, elts->items[0]));
            loop = NULL;
        } else {
            TRY(kr_c_visit_expr(c, it));
            ADDOP(c, GET_ITER);
        }
    }
    if (loop) {
        depth++;
        USE_BLOCK(c, loop);
        ADDOP_J(c, FOR_ITER, anchor);
    }
    TRY(kr_c_visit_expr(c, gen->target));
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(gen->ifs); i++)
        TRY(kr_c_jump_if(c, gen->ifs->items[i], if_cleanup, 0));
    if (gen_index + 1 < gens->size)
        TRY(comprehension_generator(c, e, gens, gen_index + 1, depth, elt, val, type));
    else
        TRY(comp_element(c, elt, val, type, depth));
    USE_BLOCK(c, if_cleanup);
    if (loop) {
        ADDOP_J(c, KR_JUMP, loop);
        USE_BLOCK(c, anchor);
    }
    return 0;
}

static int async_comprehension_generator(KrCompiler *c, KrAstExpr *e, KrAstComprehensionSeq *gens,
                                         ssize_t gen_index, int depth, KrAstExpr *elt,
                                         KrAstExpr *val, int type)
{
    KrAstComprehension *gen = gens->items[gen_index];
    NEW_BLOCK(c, start);
    NEW_BLOCK(c, except);
    NEW_BLOCK(c, if_cleanup);
    if (gen_index == 0) {
        c->u->argcount = 1;
        ADDOP_I(c, LOAD_FAST, 0);
    } else {
        TRY(kr_c_visit_expr(c, gen->iter));
        ADDOP(c, GET_AITER);
    }
    USE_BLOCK(c, start);
    TRY(kr_c_push_fblock(c, KR_FB_ASYNC_COMPREHENSION_GENERATOR, start, NULL, NULL));
    ADDOP_J(c, KR_SETUP_FINALLY, except);
    ADDOP(c, GET_ANEXT);
    ADDOP_CONST(c, KR_NONE);
    TRY(kr_c_add_yield_from(c, 1));
    ADDOP(c, KR_POP_BLOCK);
    TRY(kr_c_visit_expr(c, gen->target));
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(gen->ifs); i++)
        TRY(kr_c_jump_if(c, gen->ifs->items[i], if_cleanup, 0));
    depth++;
    if (gen_index + 1 < gens->size)
        TRY(comprehension_generator(c, e, gens, gen_index + 1, depth, elt, val, type));
    else
        TRY(comp_element(c, elt, val, type, depth));
    USE_BLOCK(c, if_cleanup);
    ADDOP_J(c, KR_JUMP, start);
    kr_c_pop_fblock(c);
    USE_BLOCK(c, except);
    ADDOP(c, END_ASYNC_FOR);
    return 0;
}

static int comprehension_generator(KrCompiler *c, KrAstExpr *e, KrAstComprehensionSeq *gens,
                                   ssize_t gen_index, int depth, KrAstExpr *elt,
                                   KrAstExpr *val, int type)
{
    if (gens->items[gen_index]->is_async)
        return async_comprehension_generator(c, e, gens, gen_index, depth, elt, val, type);
    return sync_comprehension_generator(c, e, gens, gen_index, depth, elt, val, type);
}

int kr_c_comprehension(KrCompiler *c, KrAstExpr *e)
{
    const char *cname;
    int type;
    KrAstComprehensionSeq *gens;
    KrAstExpr *elt, *val = NULL;
    switch (e->kind) {
    case KR_EXPR_LIST_COMP:
        cname = "<listcomp>"; type = KR_COMP_LIST; gens = e->v.ListComp.generators; elt = e->v.ListComp.elt;
        break;
    case KR_EXPR_SET_COMP:
        cname = "<setcomp>"; type = KR_COMP_SET; gens = e->v.SetComp.generators; elt = e->v.SetComp.elt;
        break;
    case KR_EXPR_DICT_COMP:
        cname = "<dictcomp>"; type = KR_COMP_DICT; gens = e->v.DictComp.generators;
        elt = e->v.DictComp.key; val = e->v.DictComp.value;
        break;
    default:
        cname = "<genexpr>"; type = KR_COMP_GENEXP; gens = e->v.GeneratorExp.generators;
        elt = e->v.GeneratorExp.elt;
        break;
    }
    int outer_scope = c->u->scope_type;
    KrAstComprehension *outermost = gens->items[0];
    KrObject *name = kr_str_intern_cstr(cname);
    if (!name) return -1;
    int r = kr_c_enter_scope(c, name, KR_SCOPE_TYPE_COMPREHENSION, e, e->lineno);
    KR_DECREF(name);
    TRY(r);
    KR_SET_LOC(c, e);
    int is_async_generator = c->u->ste->coroutine;
    if (is_async_generator && type != KR_COMP_GENEXP && outer_scope != KR_SCOPE_TYPE_ASYNC_FUNCTION &&
        outer_scope != KR_SCOPE_TYPE_COMPREHENSION)
        return kr_c_error(c, "asynchronous comprehension outside of an asynchronous function");
    if (type != KR_COMP_GENEXP)
        ADDOP_I(c, type == KR_COMP_LIST ? BUILD_LIST : type == KR_COMP_SET ? BUILD_SET : BUILD_MAP, 0);
    TRY(comprehension_generator(c, e, gens, 0, 0, elt, val, type));
    if (type != KR_COMP_GENEXP) ADDOP(c, RETURN_VALUE);
    KrObject *co = kr_c_assemble(c, 1);
    KrObject *qualname = co ? kr_newref(c->u->qualname) : NULL;
    kr_c_exit_scope(c);
    if (!co) return -1;
    r = kr_c_make_closure(c, co, 0, qualname);
    KR_DECREF(co);
    KR_DECREF(qualname);
    TRY(r);
    TRY(kr_c_visit_expr(c, outermost->iter));
    KR_SET_LOC(c, e);
    ADDOP(c, outermost->is_async ? GET_AITER : GET_ITER);
    ADDOP_I(c, CALL, 0);
    if (is_async_generator && type != KR_COMP_GENEXP) {
        ADDOP_I(c, GET_AWAITABLE, 0);
        ADDOP_CONST(c, KR_NONE);
        TRY(kr_c_add_yield_from(c, 1));
    }
    return 0;
}

/* ------------------------------------------------------------------------
 * The expression visitor
 * --------------------------------------------------------------------- */

static int compile_compare(KrCompiler *c, KrAstExpr *e)
{
    ssize_t n = KR_AST_SEQ_LEN(e->v.Compare.ops) - 1;
    TRY(check_compare(c, e));
    TRY(kr_c_visit_expr(c, e->v.Compare.left));
    if (n == 0) {
        TRY(kr_c_visit_expr(c, e->v.Compare.comparators->items[0]));
        KR_SET_LOC(c, e);
        return cmp_op(c, e->v.Compare.ops->items[0]);
    }
    NEW_BLOCK(c, cleanup);
    for (ssize_t i = 0; i < n; i++) {
        TRY(kr_c_visit_expr(c, e->v.Compare.comparators->items[i]));
        KR_SET_LOC(c, e);
        ADDOP_I(c, SWAP, 2);
        ADDOP_I(c, COPY, 2);
        TRY(cmp_op(c, e->v.Compare.ops->items[i]));
        ADDOP_J(c, JUMP_IF_FALSE_OR_POP, cleanup);
    }
    TRY(kr_c_visit_expr(c, e->v.Compare.comparators->items[n]));
    KR_SET_LOC(c, e);
    TRY(cmp_op(c, e->v.Compare.ops->items[n]));
    NEW_BLOCK(c, end);
    ADDOP_J_NOLINE(c, KR_JUMP, end);
    USE_BLOCK(c, cleanup);
    ADDOP_I(c, SWAP, 2);
    ADDOP(c, POP_TOP);
    USE_BLOCK(c, end);
    return 0;
}

static int compile_boolop(KrCompiler *c, KrAstExpr *e)
{
    int op = e->v.BoolOp.op == KR_BOOL_AND ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
    NEW_BLOCK(c, end);
    KrAstExprSeq *s = e->v.BoolOp.values;
    ssize_t n = KR_AST_SEQ_LEN(s) - 1;
    for (ssize_t i = 0; i < n; i++) {
        TRY(kr_c_visit_expr(c, s->items[i]));
        ADDOP_J(c, op, end);
    }
    TRY(kr_c_visit_expr(c, s->items[n]));
    USE_BLOCK(c, end);
    return 0;
}

static int compile_ifexp(KrCompiler *c, KrAstExpr *e)
{
    NEW_BLOCK(c, end);
    NEW_BLOCK(c, next);
    TRY(kr_c_jump_if(c, e->v.IfExp.test, next, 0));
    TRY(kr_c_visit_expr(c, e->v.IfExp.body));
    ADDOP_J_NOLINE(c, KR_JUMP, end);
    USE_BLOCK(c, next);
    TRY(kr_c_visit_expr(c, e->v.IfExp.orelse));
    USE_BLOCK(c, end);
    return 0;
}

static int compile_slice(KrCompiler *c, KrAstExpr *e)
{
    int n = 2;
    if (e->v.Slice.lower) TRY(kr_c_visit_expr(c, e->v.Slice.lower));
    else ADDOP_CONST(c, KR_NONE);
    if (e->v.Slice.upper) TRY(kr_c_visit_expr(c, e->v.Slice.upper));
    else ADDOP_CONST(c, KR_NONE);
    if (e->v.Slice.step) {
        TRY(kr_c_visit_expr(c, e->v.Slice.step));
        n = 3;
    }
    ADDOP_I(c, BUILD_SLICE, n);
    return 0;
}

static int visit_expr1(KrCompiler *c, KrAstExpr *e)
{
    switch (e->kind) {
    case KR_EXPR_NAMED_EXPR:
        TRY(kr_c_visit_expr(c, e->v.NamedExpr.value));
        ADDOP_I(c, COPY, 1);
        return kr_c_visit_expr(c, e->v.NamedExpr.target);
    case KR_EXPR_BOOL_OP:
        return compile_boolop(c, e);
    case KR_EXPR_BIN_OP:
        TRY(kr_c_visit_expr(c, e->v.BinOp.left));
        TRY(kr_c_visit_expr(c, e->v.BinOp.right));
        KR_SET_LOC(c, e);
        ADDOP_I(c, BINARY_OP, kr_c_binop_of(e->v.BinOp.op));
        return 0;
    case KR_EXPR_UNARY_OP:
        TRY(kr_c_visit_expr(c, e->v.UnaryOp.operand));
        KR_SET_LOC(c, e);
        switch (e->v.UnaryOp.op) {
        case KR_UNARY_INVERT: ADDOP(c, UNARY_INVERT); break;
        case KR_UNARY_NOT: ADDOP(c, UNARY_NOT); break;
        case KR_UNARY_UADD: ADDOP(c, UNARY_POSITIVE); break;
        default: ADDOP(c, UNARY_NEGATIVE); break;
        }
        return 0;
    case KR_EXPR_LAMBDA:
        return kr_c_lambda(c, e);
    case KR_EXPR_IF_EXP:
        return compile_ifexp(c, e);
    case KR_EXPR_DICT:
        return compile_dict(c, e);
    case KR_EXPR_SET:
        return kr_c_starunpack(c, e->v.Set.elts, 0, BUILD_SET, SET_ADD, SET_UPDATE, 0);
    case KR_EXPR_GENERATOR_EXP:
    case KR_EXPR_LIST_COMP:
    case KR_EXPR_SET_COMP:
    case KR_EXPR_DICT_COMP:
        return kr_c_comprehension(c, e);
    case KR_EXPR_YIELD:
        if (c->u->ste->type != KR_BLOCK_FUNCTION) return kr_c_error(c, "'yield' outside function");
        if (e->v.Yield.value) TRY(kr_c_visit_expr(c, e->v.Yield.value));
        else ADDOP_CONST(c, KR_NONE);
        KR_SET_LOC(c, e);
        return kr_c_addop_yield(c);
    case KR_EXPR_YIELD_FROM:
        if (c->u->ste->type != KR_BLOCK_FUNCTION) return kr_c_error(c, "'yield' outside function");
        if (c->u->scope_type == KR_SCOPE_TYPE_ASYNC_FUNCTION)
            return kr_c_error(c, "'yield from' inside async function");
        TRY(kr_c_visit_expr(c, e->v.YieldFrom.value));
        KR_SET_LOC(c, e);
        ADDOP(c, GET_YIELD_FROM_ITER);
        ADDOP_CONST(c, KR_NONE);
        return kr_c_add_yield_from(c, 0);
    case KR_EXPR_AWAIT:
        if (c->u->ste->type != KR_BLOCK_FUNCTION) return kr_c_error(c, "'await' outside function");
        if (c->u->scope_type != KR_SCOPE_TYPE_ASYNC_FUNCTION &&
            c->u->scope_type != KR_SCOPE_TYPE_COMPREHENSION)
            return kr_c_error(c, "'await' outside async function");
        TRY(kr_c_visit_expr(c, e->v.Await.value));
        KR_SET_LOC(c, e);
        ADDOP_I(c, GET_AWAITABLE, 0);
        ADDOP_CONST(c, KR_NONE);
        return kr_c_add_yield_from(c, 1);
    case KR_EXPR_COMPARE:
        return compile_compare(c, e);
    case KR_EXPR_CALL:
        return compile_call(c, e);
    case KR_EXPR_CONSTANT:
        ADDOP_CONST(c, e->v.Constant.value);
        return 0;
    case KR_EXPR_JOINED_STR:
        return compile_joined_str(c, e);
    case KR_EXPR_FORMATTED_VALUE:
        return compile_formatted_value(c, e);
    case KR_EXPR_ATTRIBUTE:
        TRY(kr_c_visit_expr(c, e->v.Attribute.value));
        KR_SET_LOC(c, e);
        kr_c_match_attr_location(c, e);
        switch (e->v.Attribute.ctx) {
        case KR_CTX_LOAD: ADDOP_NAME(c, LOAD_ATTR, e->v.Attribute.attr); break;
        case KR_CTX_STORE:
            TRY(kr_c_forbidden_name(c, e->v.Attribute.attr, KR_CTX_STORE));
            ADDOP_NAME(c, STORE_ATTR, e->v.Attribute.attr);
            break;
        default: ADDOP_NAME(c, DELETE_ATTR, e->v.Attribute.attr); break;
        }
        return 0;
    case KR_EXPR_SUBSCRIPT:
        if (e->v.Subscript.ctx == KR_CTX_LOAD) {
            TRY(check_subscripter(c, e->v.Subscript.value));
            TRY(check_index(c, e->v.Subscript.value, e->v.Subscript.slice));
        }
        TRY(kr_c_visit_expr(c, e->v.Subscript.value));
        TRY(kr_c_visit_expr(c, e->v.Subscript.slice));
        KR_SET_LOC(c, e);
        switch (e->v.Subscript.ctx) {
        case KR_CTX_LOAD: ADDOP(c, BINARY_SUBSCR); break;
        case KR_CTX_STORE: ADDOP(c, STORE_SUBSCR); break;
        default: ADDOP(c, DELETE_SUBSCR); break;
        }
        return 0;
    case KR_EXPR_STARRED:
        if (e->v.Starred.ctx == KR_CTX_STORE)
            return kr_c_error(c, "starred assignment target must be in a list or tuple");
        return kr_c_error(c, "can't use starred expression here");
    case KR_EXPR_SLICE:
        return compile_slice(c, e);
    case KR_EXPR_NAME:
        return kr_c_nameop(c, e->v.Name.id, e->v.Name.ctx);
    case KR_EXPR_LIST:
        return compile_list_or_tuple(c, e, e->v.List.elts, e->v.List.ctx, 0);
    case KR_EXPR_TUPLE:
        return compile_list_or_tuple(c, e, e->v.Tuple.elts, e->v.Tuple.ctx, 1);
    }
    kr_err_set_string(kr_exc_SystemError, "compiler: unknown expression kind");
    return -1;
}

int kr_c_visit_expr(KrCompiler *c, KrAstExpr *e)
{
    if (kr_c_depth_enter(c) < 0) return -1;
    KrLoc saved = c->u->loc;
    KR_SET_LOC(c, e);
    int r = visit_expr1(c, e);
    if (c->u) c->u->loc = saved;
    c->depth--;
    return r;
}
