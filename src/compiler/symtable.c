/* symtable.c — builds the symbol table from the AST (one entry per scope)
 * and resolves every name to local / global / free / cell, following
 * CPython 3.11's symtable.c: a visitor records DEF_* flags per name, then
 * analyze_block walks the scope tree passing down the names bound in
 * enclosing functions and passing up the free names of children. */
#include "symtable.h"
#include "../objects/dict.h"
#include "../objects/int.h"
#include "../objects/str.h"
#include "../objects/list.h"
#include "../objects/tuple.h"
#include "../objects/ids.h"
#include "../vm/err.h"
#include "../memory/mem.h"
#include "../vm/state.h"
#include <limits.h>

#include <string.h>
#include <stdio.h>

/* The text of line `lineno` of the file `filename`, or None: CPython reads
 * SyntaxError.text of compiler errors from the file named by the code's
 * filename (PyErr_ProgramTextObject), so compile(src, "<string>", ...)
 * gets None and a real file gives its line even if src differs. */
static KrObject *source_line(KrObject *filename, int lineno)
{
    const char *fn = filename && KR_STR_CHECK(filename) ? kr_str_as_utf8(filename, NULL) : NULL;
    if (!fn) {
        kr_err_clear();
        return kr_newref(KR_NONE);
    }
    if (lineno < 1 || fn[0] == '<') return kr_newref(KR_NONE);
    FILE *f = fopen(fn, "rb");
    if (!f) return kr_newref(KR_NONE);
    char buf[4096];
    KrObject *result = NULL;
    int line = 1;
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    int collecting = lineno == 1;
    while (fgets(buf, sizeof buf, f)) {
        size_t n = strlen(buf);
        if (collecting && kr_strbuilder_append_utf8(&b, buf, (ssize_t)n) < 0) {
            kr_err_clear();
            break;
        }
        if (n && buf[n - 1] == '\n') {
            if (collecting) {
                result = kr_strbuilder_finish(&b);
                break;
            }
            line++;
            collecting = line == lineno;
        }
    }
    fclose(f);
    if (!result && collecting && b.len) result = kr_strbuilder_finish(&b);
    else if (!result) kr_strbuilder_discard(&b);
    if (!result) {
        kr_err_clear();
        return kr_newref(KR_NONE);
    }
    return result;
}

KrObject *kr_symtable_syntax_error(KrObject *filename, int lineno, int col, int end_lineno,
                                   int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    KrObject *msg = kr_str_from_format_v(fmt, ap);
    va_end(ap);
    if (!msg) return NULL;
    KrObject *l = kr_int_from_i64(lineno), *o = kr_int_from_i64(col + 1);
    KrObject *el = kr_int_from_i64(end_lineno);
    /* end_col < -1: no end offset (None), as CPython's __future__ errors */
    KrObject *eo = end_col < -1 ? kr_newref(KR_NONE) : kr_int_from_i64(end_col + 1);
    KrObject *text = source_line(filename, lineno);
    KrObject *fn = filename ? filename : KR_NONE;
    KrObject *loc = (l && o && el && eo) ? kr_tuple_pack(6, fn, l, o, text, el, eo) : NULL;
    KR_XDECREF(l); KR_XDECREF(o); KR_XDECREF(el); KR_XDECREF(eo); KR_XDECREF(text);
    if (!loc) { KR_DECREF(msg); return NULL; }
    KrObject *args = kr_tuple_pack(2, msg, loc);
    KR_DECREF(msg);
    KR_DECREF(loc);
    if (!args) return NULL;
    kr_err_set_object(kr_exc_SyntaxError, args);
    KR_DECREF(args);
    return NULL;
}

#define LOC(n) (n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset

/* ------------------------------------------------------------------------
 * Name mangling
 * --------------------------------------------------------------------- */

KrObject *kr_symtable_mangle(KrObject *privateobj, KrObject *ident)
{
    /* Mangle __name (not __name__, not dotted names) to _Class__name,
     * with the class name's leading underscores stripped. */
    if (!privateobj || !KR_STR_CHECK(privateobj) || !KR_STR_CHECK(ident))
        return kr_newref(ident);
    ssize_t n = KR_STR_LEN(ident);
    if (n < 2 || KR_STR_READ_CHAR(ident, 0) != '_' || KR_STR_READ_CHAR(ident, 1) != '_')
        return kr_newref(ident);
    if (KR_STR_READ_CHAR(ident, n - 1) == '_' && KR_STR_READ_CHAR(ident, n - 2) == '_')
        return kr_newref(ident);
    if (kr_str_find_char(ident, '.', 0, n) >= 0)
        return kr_newref(ident);
    ssize_t plen = KR_STR_LEN(privateobj), ipriv = 0;
    while (ipriv < plen && KR_STR_READ_CHAR(privateobj, ipriv) == '_') ipriv++;
    if (ipriv == plen)
        return kr_newref(ident);   /* the class name is all underscores */
    KrObject *stripped = kr_str_substring(privateobj, ipriv, plen);
    if (!stripped) return NULL;
    KrObject *r = kr_str_from_format("_%U%U", stripped, ident);
    KR_DECREF(stripped);
    if (r) kr_str_intern_in_place(&r);
    return r;
}

/* ------------------------------------------------------------------------
 * Entries
 * --------------------------------------------------------------------- */

static size_t ptr_hash(void *p) { return ((uintptr_t)p >> 4) * 0x9E3779B97F4A7C15ULL; }

static int table_insert(KrSymtable *st, KrSymEntry *e)
{
    if ((st->table_used + 1) * 2 > st->table_cap) {
        size_t ncap = st->table_cap ? st->table_cap * 2 : 64;
        KrSymEntry **nt = kr_raw_calloc(ncap, sizeof *nt);
        if (!nt) { kr_err_no_memory(); return -1; }
        for (size_t i = 0; i < st->table_cap; i++) {
            KrSymEntry *x = st->table[i];
            if (!x) continue;
            size_t h = ptr_hash(x->key) & (ncap - 1);
            while (nt[h]) h = (h + 1) & (ncap - 1);
            nt[h] = x;
        }
        kr_raw_free(st->table);
        st->table = nt;
        st->table_cap = ncap;
    }
    size_t h = ptr_hash(e->key) & (st->table_cap - 1);
    while (st->table[h]) h = (h + 1) & (st->table_cap - 1);
    st->table[h] = e;
    st->table_used++;
    return 0;
}

KrSymEntry *kr_symtable_lookup(KrSymtable *st, void *key)
{
    if (!st->table_cap) return NULL;
    size_t h = ptr_hash(key) & (st->table_cap - 1);
    while (st->table[h]) {
        if (st->table[h]->key == key) return st->table[h];
        h = (h + 1) & (st->table_cap - 1);
    }
    return NULL;
}

long kr_symtable_flags(KrSymEntry *ste, KrObject *name)
{
    KrObject *v = kr_dict_get_item_borrow(ste->symbols, name);
    if (!v) { kr_err_clear(); return 0; }
    return (long)KR_INT_SMALL_VALUE(v);
}

int kr_symtable_scope(KrSymEntry *ste, KrObject *name)
{
    return (int)((kr_symtable_flags(ste, name) >> KR_SCOPE_OFFSET) & KR_SCOPE_MASK);
}

static void entry_free(KrSymEntry *e)
{
    KR_XDECREF(e->name);
    KR_XDECREF(e->symbols);
    KR_XDECREF(e->varnames);
    KR_XDECREF(e->directives);
    kr_raw_free(e->children);
    kr_raw_free(e);
}

void kr_symtable_free(KrSymtable *st)
{
    if (!st) return;
    for (size_t i = 0; i < st->nall; i++) entry_free(st->all[i]);
    kr_raw_free(st->all);
    kr_raw_free(st->table);
    kr_raw_free(st->stack);
    kr_raw_free(st);
}

static int enter_block(KrSymtable *st, KrObject *name, KrBlockType type, void *key,
                       int lineno, int col, int end_lineno, int end_col)
{
    KrSymEntry *e = kr_raw_calloc(1, sizeof *e);
    if (!e) { kr_err_no_memory(); return -1; }
    if (st->nall == st->capall) {
        size_t ncap = st->capall ? st->capall * 2 : 16;
        KrSymEntry **na = kr_raw_realloc(st->all, ncap * sizeof *na);
        if (!na) { kr_raw_free(e); kr_err_no_memory(); return -1; }
        st->all = na;
        st->capall = ncap;
    }
    st->all[st->nall++] = e;
    e->name = kr_newref(name);
    e->type = type;
    e->key = key;
    e->lineno = lineno; e->col_offset = col; e->end_lineno = end_lineno; e->end_col_offset = end_col;
    e->symbols = kr_dict_new();
    e->varnames = kr_list_new(0);
    e->directives = kr_dict_new();
    if (!e->symbols || !e->varnames || !e->directives) return -1;
    KrSymEntry *parent = st->cur;
    e->parent = parent;
    if (parent && (parent->nested || parent->type == KR_BLOCK_FUNCTION)) e->nested = 1;
    if (parent) {
        if (parent->nchildren == parent->capchildren) {
            ssize_t ncap = parent->capchildren ? parent->capchildren * 2 : 4;
            KrSymEntry **nc = kr_raw_realloc(parent->children, (size_t)ncap * sizeof *nc);
            if (!nc) { kr_err_no_memory(); return -1; }
            parent->children = nc;
            parent->capchildren = ncap;
        }
        parent->children[parent->nchildren++] = e;
    }
    if (st->nstack == st->capstack) {
        ssize_t ncap = st->capstack ? st->capstack * 2 : 16;
        KrSymEntry **ns = kr_raw_realloc(st->stack, (size_t)ncap * sizeof *ns);
        if (!ns) { kr_err_no_memory(); return -1; }
        st->stack = ns;
        st->capstack = ncap;
    }
    st->stack[st->nstack++] = e;
    st->cur = e;
    if (!st->top) st->top = e;
    return table_insert(st, e);
}

static void exit_block(KrSymtable *st)
{
    st->nstack--;
    st->cur = st->nstack ? st->stack[st->nstack - 1] : NULL;
}

/* ------------------------------------------------------------------------
 * Recording definitions
 * --------------------------------------------------------------------- */

static int add_def_helper(KrSymtable *st, KrObject *name, int flag, KrSymEntry *ste,
                          int lineno, int col, int end_lineno, int end_col)
{
    KrObject *mangled = kr_symtable_mangle(st->private_name, name);
    if (!mangled) return -1;
    long val;
    KrObject *o = kr_dict_get_item_borrow(ste->symbols, mangled);
    if (o) {
        val = (long)KR_INT_SMALL_VALUE(o);
        if ((flag & KR_DEF_PARAM) && (val & KR_DEF_PARAM)) {
            kr_symtable_syntax_error(st->filename, lineno, col, end_lineno, end_col,
                                     "duplicate argument '%U' in function definition", name);
            KR_DECREF(mangled);
            return -1;
        }
        val |= flag;
    } else {
        if (kr_err_occurred()) { KR_DECREF(mangled); return -1; }
        val = flag;
    }
    if (ste->comp_iter_target) {
        if (val & (KR_DEF_GLOBAL | KR_DEF_NONLOCAL)) {
            kr_symtable_syntax_error(st->filename, lineno, col, end_lineno, end_col,
                "comprehension inner loop cannot rebind assignment expression target '%U'", name);
            KR_DECREF(mangled);
            return -1;
        }
        val |= KR_DEF_COMP_ITER;
    }
    KrObject *v = kr_int_from_i64(val);
    if (!v || kr_dict_set_item_steal(ste->symbols, mangled, v) < 0) { KR_DECREF(mangled); return -1; }
    if (flag & KR_DEF_PARAM) {
        if (kr_list_append(ste->varnames, mangled) < 0) { KR_DECREF(mangled); return -1; }
    } else if (flag & KR_DEF_GLOBAL) {
        long g = flag;
        KrObject *gv = kr_dict_get_item_borrow(st->top->symbols, mangled);
        if (gv) g |= (long)KR_INT_SMALL_VALUE(gv);
        KrObject *nv = kr_int_from_i64(g);
        if (!nv || kr_dict_set_item_steal(st->top->symbols, mangled, nv) < 0) {
            KR_DECREF(mangled);
            return -1;
        }
    }
    KR_DECREF(mangled);
    return 0;
}

static int add_def(KrSymtable *st, KrObject *name, int flag, int lineno, int col,
                   int end_lineno, int end_col)
{
    return add_def_helper(st, name, flag, st->cur, lineno, col, end_lineno, end_col);
}

static long lookup_cur(KrSymtable *st, KrObject *name)
{
    KrObject *mangled = kr_symtable_mangle(st->private_name, name);
    if (!mangled) return -1;
    long r = kr_symtable_flags(st->cur, mangled);
    KR_DECREF(mangled);
    return r;
}

static int record_directive(KrSymtable *st, KrSymEntry *ste, KrObject *name, int lineno,
                            int col, int end_lineno, int end_col)
{
    KrObject *mangled = kr_symtable_mangle(st->private_name, name);
    if (!mangled) return -1;
    if (kr_dict_get_item_borrow(ste->directives, mangled)) {
        KR_DECREF(mangled);   /* errors point at the first directive */
        return 0;
    }
    KrObject *a = kr_int_from_i64(lineno), *b = kr_int_from_i64(col);
    KrObject *c = kr_int_from_i64(end_lineno), *d = kr_int_from_i64(end_col);
    KrObject *t = (a && b && c && d) ? kr_tuple_pack(4, a, b, c, d) : NULL;
    KR_XDECREF(a); KR_XDECREF(b); KR_XDECREF(c); KR_XDECREF(d);
    int r = t ? kr_dict_set_item(ste->directives, mangled, t) : -1;
    KR_XDECREF(t);
    KR_DECREF(mangled);
    return r;
}

/* ------------------------------------------------------------------------
 * The visitor
 * --------------------------------------------------------------------- */

static int visit_stmt(KrSymtable *st, KrAstStmt *s);
static int visit_expr(KrSymtable *st, KrAstExpr *e);
static int visit_pattern(KrSymtable *st, KrAstPattern *p);

static int visit_stmts(KrSymtable *st, KrAstStmtSeq *seq)
{
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(seq); i++)
        if (visit_stmt(st, seq->items[i]) < 0) return -1;
    return 0;
}

static int visit_exprs(KrSymtable *st, KrAstExprSeq *seq)
{
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(seq); i++)
        if (seq->items[i] && visit_expr(st, seq->items[i]) < 0) return -1;
    return 0;
}

static int visit_annotation(KrSymtable *st, KrAstExpr *ann)
{
    if (st->future_annotations) return 0;   /* stringified: no names used */
    st->in_annotation++;
    int r = visit_expr(st, ann);
    st->in_annotation--;
    return r;
}

static int visit_arg_annotations(KrSymtable *st, KrAstArgSeq *args)
{
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(args); i++)
        if (args->items[i]->annotation && visit_annotation(st, args->items[i]->annotation) < 0)
            return -1;
    return 0;
}

static int visit_annotations(KrSymtable *st, KrAstArguments *a, KrAstExpr *returns)
{
    if (visit_arg_annotations(st, a->posonlyargs) < 0 || visit_arg_annotations(st, a->args) < 0)
        return -1;
    if (a->vararg && a->vararg->annotation && visit_annotation(st, a->vararg->annotation) < 0)
        return -1;
    if (a->kwarg && a->kwarg->annotation && visit_annotation(st, a->kwarg->annotation) < 0)
        return -1;
    if (visit_arg_annotations(st, a->kwonlyargs) < 0) return -1;
    if (returns && visit_annotation(st, returns) < 0) return -1;
    return 0;
}

static int visit_params(KrSymtable *st, KrAstArgSeq *args)
{
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(args); i++) {
        KrAstArg *a = args->items[i];
        if (add_def(st, a->arg, KR_DEF_PARAM, LOC(a)) < 0) return -1;
    }
    return 0;
}

static int visit_arguments(KrSymtable *st, KrAstArguments *a)
{
    if (visit_params(st, a->posonlyargs) < 0 || visit_params(st, a->args) < 0 ||
        visit_params(st, a->kwonlyargs) < 0)
        return -1;
    if (a->vararg) {
        if (add_def(st, a->vararg->arg, KR_DEF_PARAM, LOC(a->vararg)) < 0) return -1;
        st->cur->varargs = 1;
    }
    if (a->kwarg) {
        if (add_def(st, a->kwarg->arg, KR_DEF_PARAM, LOC(a->kwarg)) < 0) return -1;
        st->cur->varkeywords = 1;
    }
    return 0;
}

static int visit_function(KrSymtable *st, KrAstStmt *s, KrObject *name, KrAstArguments *args,
                          KrAstStmtSeq *body, KrAstExprSeq *decorators, KrAstExpr *returns,
                          int is_async)
{
    if (add_def(st, name, KR_DEF_LOCAL, LOC(s)) < 0) return -1;
    if (visit_exprs(st, args->defaults) < 0 || visit_exprs(st, args->kw_defaults) < 0) return -1;
    if (visit_annotations(st, args, returns) < 0) return -1;
    if (visit_exprs(st, decorators) < 0) return -1;
    if (enter_block(st, name, KR_BLOCK_FUNCTION, s, LOC(s)) < 0) return -1;
    if (is_async) st->cur->coroutine = 1;
    if (visit_arguments(st, args) < 0 || visit_stmts(st, body) < 0) return -1;
    exit_block(st);
    return 0;
}

static int visit_alias(KrSymtable *st, KrAstAlias *a)
{
    /* `import a.b.c` binds `a`; `import a.b as c` binds `c`. */
    KrObject *name = a->asname ? a->asname : a->name;
    KrObject *store;
    ssize_t dot = kr_str_find_char(name, '.', 0, KR_STR_LEN(name));
    if (dot >= 0) {
        store = kr_str_substring(name, 0, dot);
        if (!store) return -1;
        kr_str_intern_in_place(&store);
    } else {
        store = kr_newref(name);
    }
    int r;
    if (kr_str_equal_cstr(name, "*")) {
        if (st->cur->type != KR_BLOCK_MODULE) {
            kr_symtable_syntax_error(st->filename, LOC(a), "import * only allowed at module level");
            r = -1;
        } else {
            r = 0;
        }
    } else {
        r = add_def(st, store, KR_DEF_IMPORT, LOC(a));
    }
    KR_DECREF(store);
    return r;
}

static int visit_global_nonlocal(KrSymtable *st, KrAstStmt *s, KrAstIdentifierSeq *names,
                                 int is_global)
{
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(names); i++) {
        KrObject *name = names->items[i];
        long cur = lookup_cur(st, name);
        if (cur < 0) return -1;
        if (cur & (KR_DEF_PARAM | KR_DEF_LOCAL | KR_DEF_USE | KR_DEF_ANNOT)) {
            const char *msg;
            if (cur & KR_DEF_PARAM)
                msg = is_global ? "name '%U' is parameter and global" : "name '%U' is parameter and nonlocal";
            else if (cur & KR_DEF_USE)
                msg = is_global ? "name '%U' is used prior to global declaration"
                                : "name '%U' is used prior to nonlocal declaration";
            else if (cur & KR_DEF_ANNOT)
                msg = is_global ? "annotated name '%U' can't be global" : "annotated name '%U' can't be nonlocal";
            else
                msg = is_global ? "name '%U' is assigned to before global declaration"
                                : "name '%U' is assigned to before nonlocal declaration";
            kr_symtable_syntax_error(st->filename, LOC(s), msg, name);
            return -1;
        }
        if (add_def(st, name, is_global ? KR_DEF_GLOBAL : KR_DEF_NONLOCAL, LOC(s)) < 0) return -1;
        if (record_directive(st, st->cur, name, LOC(s)) < 0) return -1;
    }
    return 0;
}

static int visit_stmt(KrSymtable *st, KrAstStmt *s)
{
    switch (s->kind) {
    case KR_STMT_FUNCTION_DEF:
        return visit_function(st, s, s->v.FunctionDef.name, s->v.FunctionDef.args,
                              s->v.FunctionDef.body, s->v.FunctionDef.decorator_list,
                              s->v.FunctionDef.returns, 0);
    case KR_STMT_ASYNC_FUNCTION_DEF:
        return visit_function(st, s, s->v.AsyncFunctionDef.name, s->v.AsyncFunctionDef.args,
                              s->v.AsyncFunctionDef.body, s->v.AsyncFunctionDef.decorator_list,
                              s->v.AsyncFunctionDef.returns, 1);
    case KR_STMT_CLASS_DEF: {
        if (add_def(st, s->v.ClassDef.name, KR_DEF_LOCAL, LOC(s)) < 0) return -1;
        if (visit_exprs(st, s->v.ClassDef.bases) < 0) return -1;
        for (ssize_t i = 0; i < KR_AST_SEQ_LEN(s->v.ClassDef.keywords); i++)
            if (visit_expr(st, s->v.ClassDef.keywords->items[i]->value) < 0) return -1;
        if (visit_exprs(st, s->v.ClassDef.decorator_list) < 0) return -1;
        if (enter_block(st, s->v.ClassDef.name, KR_BLOCK_CLASS, s, LOC(s)) < 0) return -1;
        KrObject *saved = st->private_name;
        st->private_name = s->v.ClassDef.name;
        int r = visit_stmts(st, s->v.ClassDef.body);
        st->private_name = saved;
        if (r < 0) return -1;
        exit_block(st);
        return 0;
    }
    case KR_STMT_RETURN:
        if (s->v.Return.value) {
            if (visit_expr(st, s->v.Return.value) < 0) return -1;
            st->cur->returns_value = 1;
        }
        return 0;
    case KR_STMT_DELETE:
        return visit_exprs(st, s->v.Delete.targets);
    case KR_STMT_ASSIGN:
        if (visit_exprs(st, s->v.Assign.targets) < 0) return -1;
        return visit_expr(st, s->v.Assign.value);
    case KR_STMT_ANN_ASSIGN: {
        KrAstExpr *t = s->v.AnnAssign.target;
        if (t->kind == KR_EXPR_NAME) {
            long cur = lookup_cur(st, t->v.Name.id);
            if (cur < 0) return -1;
            if ((cur & (KR_DEF_GLOBAL | KR_DEF_NONLOCAL)) && st->cur != st->top &&
                s->v.AnnAssign.simple) {
                kr_symtable_syntax_error(st->filename, LOC(s),
                    (cur & KR_DEF_GLOBAL) ? "annotated name '%U' can't be global"
                                          : "annotated name '%U' can't be nonlocal",
                    t->v.Name.id);
                return -1;
            }
            if (s->v.AnnAssign.simple) {
                if (add_def(st, t->v.Name.id, KR_DEF_ANNOT | KR_DEF_LOCAL, LOC(t)) < 0) return -1;
            } else if (s->v.AnnAssign.value) {
                if (add_def(st, t->v.Name.id, KR_DEF_LOCAL, LOC(t)) < 0) return -1;
            }
        } else if (visit_expr(st, t) < 0) {
            return -1;
        }
        if (visit_annotation(st, s->v.AnnAssign.annotation) < 0) return -1;
        if (s->v.AnnAssign.value && visit_expr(st, s->v.AnnAssign.value) < 0) return -1;
        return 0;
    }
    case KR_STMT_AUG_ASSIGN:
        if (visit_expr(st, s->v.AugAssign.target) < 0) return -1;
        return visit_expr(st, s->v.AugAssign.value);
    case KR_STMT_FOR:
    case KR_STMT_ASYNC_FOR:
        if (visit_expr(st, s->v.For.target) < 0 || visit_expr(st, s->v.For.iter) < 0) return -1;
        if (visit_stmts(st, s->v.For.body) < 0) return -1;
        return visit_stmts(st, s->v.For.orelse);
    case KR_STMT_WHILE:
        if (visit_expr(st, s->v.While.test) < 0 || visit_stmts(st, s->v.While.body) < 0) return -1;
        return visit_stmts(st, s->v.While.orelse);
    case KR_STMT_IF:
        if (visit_expr(st, s->v.If.test) < 0 || visit_stmts(st, s->v.If.body) < 0) return -1;
        return visit_stmts(st, s->v.If.orelse);
    case KR_STMT_MATCH:
        if (visit_expr(st, s->v.Match.subject) < 0) return -1;
        for (ssize_t i = 0; i < KR_AST_SEQ_LEN(s->v.Match.cases); i++) {
            KrAstMatchCase *mc = s->v.Match.cases->items[i];
            if (visit_pattern(st, mc->pattern) < 0) return -1;
            if (mc->guard && visit_expr(st, mc->guard) < 0) return -1;
            if (visit_stmts(st, mc->body) < 0) return -1;
        }
        return 0;
    case KR_STMT_RAISE:
        if (s->v.Raise.exc && visit_expr(st, s->v.Raise.exc) < 0) return -1;
        if (s->v.Raise.cause && visit_expr(st, s->v.Raise.cause) < 0) return -1;
        return 0;
    case KR_STMT_TRY:
    case KR_STMT_TRY_STAR:
        if (visit_stmts(st, s->v.Try.body) < 0 || visit_stmts(st, s->v.Try.orelse) < 0) return -1;
        for (ssize_t i = 0; i < KR_AST_SEQ_LEN(s->v.Try.handlers); i++) {
            KrAstExcepthandler *h = s->v.Try.handlers->items[i];
            if (h->v.ExceptHandler.type && visit_expr(st, h->v.ExceptHandler.type) < 0) return -1;
            if (h->v.ExceptHandler.name &&
                add_def(st, h->v.ExceptHandler.name, KR_DEF_LOCAL, LOC(h)) < 0)
                return -1;
            if (visit_stmts(st, h->v.ExceptHandler.body) < 0) return -1;
        }
        return visit_stmts(st, s->v.Try.finalbody);
    case KR_STMT_ASSERT:
        if (visit_expr(st, s->v.Assert.test) < 0) return -1;
        if (s->v.Assert.msg && visit_expr(st, s->v.Assert.msg) < 0) return -1;
        return 0;
    case KR_STMT_IMPORT:
        for (ssize_t i = 0; i < KR_AST_SEQ_LEN(s->v.Import.names); i++)
            if (visit_alias(st, s->v.Import.names->items[i]) < 0) return -1;
        return 0;
    case KR_STMT_IMPORT_FROM:
        for (ssize_t i = 0; i < KR_AST_SEQ_LEN(s->v.ImportFrom.names); i++)
            if (visit_alias(st, s->v.ImportFrom.names->items[i]) < 0) return -1;
        return 0;
    case KR_STMT_GLOBAL:
        return visit_global_nonlocal(st, s, s->v.Global.names, 1);
    case KR_STMT_NONLOCAL:
        if (st->cur->type == KR_BLOCK_MODULE) {
            kr_symtable_syntax_error(st->filename, LOC(s),
                                     "nonlocal declaration not allowed at module level");
            return -1;
        }
        return visit_global_nonlocal(st, s, s->v.Nonlocal.names, 0);
    case KR_STMT_EXPR:
        return visit_expr(st, s->v.Expr.value);
    case KR_STMT_WITH:
    case KR_STMT_ASYNC_WITH:
        for (ssize_t i = 0; i < KR_AST_SEQ_LEN(s->v.With.items); i++) {
            KrAstWithitem *w = s->v.With.items->items[i];
            if (visit_expr(st, w->context_expr) < 0) return -1;
            if (w->optional_vars && visit_expr(st, w->optional_vars) < 0) return -1;
        }
        return visit_stmts(st, s->v.With.body);
    default:
        return 0;
    }
}

static const char *comp_kind_name(int comp)
{
    switch (comp) {
    case KR_COMP_LIST: return "list comprehension";
    case KR_COMP_SET: return "set comprehension";
    case KR_COMP_DICT: return "dict comprehension";
    default: return "generator expression";
    }
}

static int extend_namedexpr_scope(KrSymtable *st, KrAstExpr *e)
{
    KrObject *target = e->v.Name.id;
    for (ssize_t i = st->nstack - 1; i >= 0; i--) {
        KrSymEntry *ste = st->stack[i];
        if (ste->comprehension) {
            long f = kr_symtable_flags(ste, target);
            if (f & KR_DEF_COMP_ITER) {
                kr_symtable_syntax_error(st->filename, LOC(e),
                    "assignment expression cannot rebind comprehension iteration variable '%U'", target);
                return -1;
            }
            continue;
        }
        if (ste->type == KR_BLOCK_FUNCTION) {
            long f = kr_symtable_flags(ste, target);
            if (add_def(st, target, (f & KR_DEF_GLOBAL) ? KR_DEF_GLOBAL : KR_DEF_NONLOCAL, LOC(e)) < 0)
                return -1;
            if (record_directive(st, st->cur, target, LOC(e)) < 0) return -1;
            return add_def_helper(st, target, KR_DEF_LOCAL, ste, LOC(e));
        }
        if (ste->type == KR_BLOCK_MODULE) {
            if (add_def(st, target, KR_DEF_GLOBAL, LOC(e)) < 0) return -1;
            if (record_directive(st, st->cur, target, LOC(e)) < 0) return -1;
            return add_def_helper(st, target, KR_DEF_GLOBAL, ste, LOC(e));
        }
        if (ste->type == KR_BLOCK_CLASS) {
            kr_symtable_syntax_error(st->filename, LOC(e),
                "assignment expression within a comprehension cannot be used in a class body");
            return -1;
        }
    }
    return 0;
}

static int visit_comprehension(KrSymtable *st, KrAstComprehension *lc)
{
    st->cur->comp_iter_target = 1;
    int r = visit_expr(st, lc->target);
    st->cur->comp_iter_target = 0;
    if (r < 0) return -1;
    st->cur->comp_iter_expr++;
    r = visit_expr(st, lc->iter);
    st->cur->comp_iter_expr--;
    if (r < 0) return -1;
    if (visit_exprs(st, lc->ifs) < 0) return -1;
    if (lc->is_async) st->cur->coroutine = 1;
    return 0;
}

static int handle_comprehension(KrSymtable *st, KrAstExpr *e, const char *scope_name, int comp,
                                KrAstComprehensionSeq *generators, KrAstExpr *elt,
                                KrAstExpr *value)
{
    int is_generator = e->kind == KR_EXPR_GENERATOR_EXP;
    KrAstComprehension *outermost = generators->items[0];
    st->cur->comp_iter_expr++;
    int r = visit_expr(st, outermost->iter);
    st->cur->comp_iter_expr--;
    if (r < 0) return -1;
    KrObject *name = kr_str_intern_cstr(scope_name);
    if (!name) return -1;
    r = enter_block(st, name, KR_BLOCK_FUNCTION, e, LOC(e));
    KR_DECREF(name);
    if (r < 0) return -1;
    st->cur->comprehension = comp;
    if (outermost->is_async) st->cur->coroutine = 1;
    KrObject *dot0 = kr_str_intern_cstr(".0");
    if (!dot0) return -1;
    r = add_def(st, dot0, KR_DEF_PARAM, LOC(e));
    KR_DECREF(dot0);
    if (r < 0) return -1;
    st->cur->comp_iter_target = 1;
    r = visit_expr(st, outermost->target);
    st->cur->comp_iter_target = 0;
    if (r < 0) return -1;
    if (visit_exprs(st, outermost->ifs) < 0) return -1;
    for (ssize_t i = 1; i < generators->size; i++)
        if (visit_comprehension(st, generators->items[i]) < 0) return -1;
    if (value && visit_expr(st, value) < 0) return -1;
    if (visit_expr(st, elt) < 0) return -1;
    st->cur->generator = is_generator;
    int is_async = st->cur->coroutine && !is_generator;
    exit_block(st);
    if (is_async) st->cur->coroutine = 1;
    return 0;
}

static int visit_keywords(KrSymtable *st, KrAstKeywordSeq *kws)
{
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(kws); i++)
        if (visit_expr(st, kws->items[i]->value) < 0) return -1;
    return 0;
}

static int raise_if_annotation(KrSymtable *st, const char *what, KrAstExpr *e)
{
    (void)st; (void)what; (void)e;
    return 0;
}

static int visit_expr(KrSymtable *st, KrAstExpr *e)
{
    if (++st->depth > st->depth_limit) {
        st->depth--;
        kr_err_set_string(kr_exc_RecursionError, "maximum recursion depth exceeded during compilation");
        return -1;
    }
    int r = 0;
    switch (e->kind) {
    case KR_EXPR_NAMED_EXPR:
        if (st->cur->comp_iter_expr > 0) {
            kr_symtable_syntax_error(st->filename, LOC(e),
                "assignment expression cannot be used in a comprehension iterable expression");
            r = -1;
            break;
        }
        if (st->cur->comprehension && extend_namedexpr_scope(st, e->v.NamedExpr.target) < 0) {
            r = -1;
            break;
        }
        r = visit_expr(st, e->v.NamedExpr.value);
        if (r == 0) r = visit_expr(st, e->v.NamedExpr.target);
        break;
    case KR_EXPR_BOOL_OP:
        r = visit_exprs(st, e->v.BoolOp.values);
        break;
    case KR_EXPR_BIN_OP:
        r = visit_expr(st, e->v.BinOp.left);
        if (r == 0) r = visit_expr(st, e->v.BinOp.right);
        break;
    case KR_EXPR_UNARY_OP:
        r = visit_expr(st, e->v.UnaryOp.operand);
        break;
    case KR_EXPR_LAMBDA: {
        KrAstArguments *a = e->v.Lambda.args;
        if (visit_exprs(st, a->defaults) < 0 || visit_exprs(st, a->kw_defaults) < 0) { r = -1; break; }
        KrObject *name = kr_str_intern_cstr("lambda");
        if (!name) { r = -1; break; }
        r = enter_block(st, name, KR_BLOCK_FUNCTION, e, LOC(e));
        KR_DECREF(name);
        if (r < 0) break;
        if (visit_arguments(st, a) < 0 || visit_expr(st, e->v.Lambda.body) < 0) { r = -1; break; }
        exit_block(st);
        break;
    }
    case KR_EXPR_IF_EXP:
        r = visit_expr(st, e->v.IfExp.test);
        if (r == 0) r = visit_expr(st, e->v.IfExp.body);
        if (r == 0) r = visit_expr(st, e->v.IfExp.orelse);
        break;
    case KR_EXPR_DICT:
        r = visit_exprs(st, e->v.Dict.keys);
        if (r == 0) r = visit_exprs(st, e->v.Dict.values);
        break;
    case KR_EXPR_SET:
        r = visit_exprs(st, e->v.Set.elts);
        break;
    case KR_EXPR_GENERATOR_EXP:
        r = handle_comprehension(st, e, "genexpr", KR_COMP_GENEXP, e->v.GeneratorExp.generators,
                                 e->v.GeneratorExp.elt, NULL);
        break;
    case KR_EXPR_LIST_COMP:
        r = handle_comprehension(st, e, "listcomp", KR_COMP_LIST, e->v.ListComp.generators,
                                 e->v.ListComp.elt, NULL);
        break;
    case KR_EXPR_SET_COMP:
        r = handle_comprehension(st, e, "setcomp", KR_COMP_SET, e->v.SetComp.generators,
                                 e->v.SetComp.elt, NULL);
        break;
    case KR_EXPR_DICT_COMP:
        r = handle_comprehension(st, e, "dictcomp", KR_COMP_DICT, e->v.DictComp.generators,
                                 e->v.DictComp.key, e->v.DictComp.value);
        break;
    case KR_EXPR_YIELD:
    case KR_EXPR_YIELD_FROM:
        if (raise_if_annotation(st, "yield expression", e) < 0) { r = -1; break; }
        if (e->kind == KR_EXPR_YIELD ? e->v.Yield.value != NULL : 1)
            r = visit_expr(st, e->kind == KR_EXPR_YIELD ? e->v.Yield.value : e->v.YieldFrom.value);
        if (r < 0) break;
        st->cur->generator = 1;
        if (st->cur->comprehension) {
            kr_symtable_syntax_error(st->filename, LOC(e), "'yield' inside %s",
                                     comp_kind_name(st->cur->comprehension));
            r = -1;
        }
        break;
    case KR_EXPR_AWAIT:
        r = visit_expr(st, e->v.Await.value);
        st->cur->coroutine = 1;
        break;
    case KR_EXPR_COMPARE:
        r = visit_expr(st, e->v.Compare.left);
        if (r == 0) r = visit_exprs(st, e->v.Compare.comparators);
        break;
    case KR_EXPR_CALL:
        r = visit_expr(st, e->v.Call.func);
        if (r == 0) r = visit_exprs(st, e->v.Call.args);
        if (r == 0) r = visit_keywords(st, e->v.Call.keywords);
        break;
    case KR_EXPR_FORMATTED_VALUE:
        r = visit_expr(st, e->v.FormattedValue.value);
        if (r == 0 && e->v.FormattedValue.format_spec)
            r = visit_expr(st, e->v.FormattedValue.format_spec);
        break;
    case KR_EXPR_JOINED_STR:
        r = visit_exprs(st, e->v.JoinedStr.values);
        break;
    case KR_EXPR_CONSTANT:
        break;
    case KR_EXPR_ATTRIBUTE:
        r = visit_expr(st, e->v.Attribute.value);
        break;
    case KR_EXPR_SUBSCRIPT:
        r = visit_expr(st, e->v.Subscript.value);
        if (r == 0) r = visit_expr(st, e->v.Subscript.slice);
        break;
    case KR_EXPR_STARRED:
        r = visit_expr(st, e->v.Starred.value);
        break;
    case KR_EXPR_SLICE:
        if (e->v.Slice.lower) r = visit_expr(st, e->v.Slice.lower);
        if (r == 0 && e->v.Slice.upper) r = visit_expr(st, e->v.Slice.upper);
        if (r == 0 && e->v.Slice.step) r = visit_expr(st, e->v.Slice.step);
        break;
    case KR_EXPR_NAME:
        r = add_def(st, e->v.Name.id, e->v.Name.ctx == KR_CTX_LOAD ? KR_DEF_USE : KR_DEF_LOCAL,
                    LOC(e));
        if (r == 0 && e->v.Name.ctx == KR_CTX_LOAD && st->cur->type == KR_BLOCK_FUNCTION &&
            kr_str_equal_cstr(e->v.Name.id, "super"))
            r = add_def(st, KR_ID(__class__), KR_DEF_USE, LOC(e));
        break;
    case KR_EXPR_LIST:
        r = visit_exprs(st, e->v.List.elts);
        break;
    case KR_EXPR_TUPLE:
        r = visit_exprs(st, e->v.Tuple.elts);
        break;
    }
    st->depth--;
    return r;
}

static int visit_patterns(KrSymtable *st, KrAstPatternSeq *seq)
{
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(seq); i++)
        if (visit_pattern(st, seq->items[i]) < 0) return -1;
    return 0;
}

static int visit_pattern(KrSymtable *st, KrAstPattern *p)
{
    switch (p->kind) {
    case KR_PAT_MATCH_VALUE:
        return visit_expr(st, p->v.MatchValue.value);
    case KR_PAT_MATCH_SINGLETON:
        return 0;
    case KR_PAT_MATCH_SEQUENCE:
        return visit_patterns(st, p->v.MatchSequence.patterns);
    case KR_PAT_MATCH_STAR:
        if (p->v.MatchStar.name) return add_def(st, p->v.MatchStar.name, KR_DEF_LOCAL, LOC(p));
        return 0;
    case KR_PAT_MATCH_MAPPING:
        if (visit_exprs(st, p->v.MatchMapping.keys) < 0) return -1;
        if (visit_patterns(st, p->v.MatchMapping.patterns) < 0) return -1;
        if (p->v.MatchMapping.rest) return add_def(st, p->v.MatchMapping.rest, KR_DEF_LOCAL, LOC(p));
        return 0;
    case KR_PAT_MATCH_CLASS:
        if (visit_expr(st, p->v.MatchClass.cls) < 0) return -1;
        if (visit_patterns(st, p->v.MatchClass.patterns) < 0) return -1;
        return visit_patterns(st, p->v.MatchClass.kwd_patterns);
    case KR_PAT_MATCH_AS:
        if (p->v.MatchAs.pattern && visit_pattern(st, p->v.MatchAs.pattern) < 0) return -1;
        if (p->v.MatchAs.name) return add_def(st, p->v.MatchAs.name, KR_DEF_LOCAL, LOC(p));
        return 0;
    case KR_PAT_MATCH_OR:
        return visit_patterns(st, p->v.MatchOr.patterns);
    }
    return 0;
}

/* ------------------------------------------------------------------------
 * Analysis (CPython's analyze_block). Sets are dicts name -> None.
 * --------------------------------------------------------------------- */

static int set_add(KrObject *set, KrObject *name) { return kr_dict_set_item(set, name, KR_NONE); }
static int set_has(KrObject *set, KrObject *name)
{
    if (!set) return 0;
    return kr_dict_get_item_borrow(set, name) != NULL;
}
static int set_discard(KrObject *set, KrObject *name)
{
    if (!set_has(set, name)) return 0;
    return kr_dict_del_item(set, name);
}
static int set_update(KrObject *set, KrObject *other)
{
    if (!other) return 0;
    return kr_dict_merge(set, other, 1);
}
static KrObject *set_copy(KrObject *set)
{
    return set ? kr_dict_copy(set) : kr_dict_new();
}

static int directive_error(KrSymtable *st, KrSymEntry *ste, KrObject *name, const char *fmt)
{
    KrObject *loc = kr_dict_get_item_borrow(ste->directives, name);
    int l = ste->lineno, c = ste->col_offset, el = ste->end_lineno, ec = ste->end_col_offset;
    if (loc) {
        l = (int)KR_INT_SMALL_VALUE(KR_TUPLE_GET(loc, 0));
        c = (int)KR_INT_SMALL_VALUE(KR_TUPLE_GET(loc, 1));
        el = (int)KR_INT_SMALL_VALUE(KR_TUPLE_GET(loc, 2));
        ec = (int)KR_INT_SMALL_VALUE(KR_TUPLE_GET(loc, 3));
    }
    kr_symtable_syntax_error(st->filename, l, c, el, ec, fmt, name);
    return -1;
}

static int set_scope(KrObject *scopes, KrObject *name, int scope)
{
    KrObject *v = kr_int_from_i64(scope);
    if (!v) return -1;
    return kr_dict_set_item_steal(scopes, name, v);
}

static int analyze_name(KrSymtable *st, KrSymEntry *ste, KrObject *scopes, KrObject *name,
                        long flags, KrObject *bound, KrObject *local, KrObject *free,
                        KrObject *global)
{
    if (flags & KR_DEF_GLOBAL) {
        if (flags & KR_DEF_NONLOCAL)
            return directive_error(st, ste, name, "name '%U' is nonlocal and global");
        if (set_scope(scopes, name, KR_SCOPE_GLOBAL_EXPLICIT) < 0 || set_add(global, name) < 0)
            return -1;
        if (bound && set_discard(bound, name) < 0) return -1;
        return 0;
    }
    if (flags & KR_DEF_NONLOCAL) {
        if (!bound)
            return directive_error(st, ste, name, "nonlocal declaration not allowed at module level");
        if (!set_has(bound, name))
            return directive_error(st, ste, name, "no binding for nonlocal '%U' found");
        ste->free = 1;
        if (set_scope(scopes, name, KR_SCOPE_FREE) < 0) return -1;
        return set_add(free, name);
    }
    if (flags & KR_DEF_BOUND) {
        if (set_scope(scopes, name, KR_SCOPE_LOCAL) < 0 || set_add(local, name) < 0) return -1;
        return set_discard(global, name);
    }
    if (bound && set_has(bound, name)) {
        ste->free = 1;
        if (set_scope(scopes, name, KR_SCOPE_FREE) < 0) return -1;
        return set_add(free, name);
    }
    if (global && set_has(global, name))
        return set_scope(scopes, name, KR_SCOPE_GLOBAL_IMPLICIT);
    if (ste->nested) ste->free = 1;
    return set_scope(scopes, name, KR_SCOPE_GLOBAL_IMPLICIT);
}

static int analyze_cells(KrObject *scopes, KrObject *free)
{
    ssize_t pos = 0;
    KrObject *name, *v;
    while (kr_dict_next(scopes, &pos, &name, &v)) {
        if (KR_INT_SMALL_VALUE(v) != KR_SCOPE_LOCAL) continue;
        if (!set_has(free, name)) continue;
        if (set_scope(scopes, name, KR_SCOPE_CELL) < 0) return -1;
        if (set_discard(free, name) < 0) return -1;
    }
    return 0;
}

static int update_symbols(KrObject *symbols, KrObject *scopes, KrObject *bound, KrObject *free,
                          int classflag)
{
    ssize_t pos = 0;
    KrObject *name, *v;
    KrObject *names = kr_dict_keys(symbols);
    if (!names) return -1;
    for (ssize_t i = 0; i < KR_SIZE(names); i++) {
        name = KR_LIST_GET(names, i);
        long flags = (long)KR_INT_SMALL_VALUE(kr_dict_get_item_borrow(symbols, name));
        KrObject *sc = kr_dict_get_item_borrow(scopes, name);
        long scope = sc ? (long)KR_INT_SMALL_VALUE(sc) : 0;
        KrObject *nv = kr_int_from_i64(flags | (scope << KR_SCOPE_OFFSET));
        if (!nv || kr_dict_set_item_steal(symbols, name, nv) < 0) { KR_DECREF(names); return -1; }
    }
    KR_DECREF(names);
    pos = 0;
    while (kr_dict_next(free, &pos, &name, &v)) {
        KrObject *o = kr_dict_get_item_borrow(symbols, name);
        if (o) {
            long flags = (long)KR_INT_SMALL_VALUE(o);
            if (classflag && (flags & (KR_DEF_BOUND | KR_DEF_GLOBAL))) {
                KrObject *nv = kr_int_from_i64(flags | KR_DEF_FREE_CLASS);
                if (!nv || kr_dict_set_item_steal(symbols, name, nv) < 0) return -1;
            }
            continue;
        }
        if (bound && !set_has(bound, name)) continue;
        KrObject *nv = kr_int_from_i64((long)KR_SCOPE_FREE << KR_SCOPE_OFFSET);
        if (!nv || kr_dict_set_item_steal(symbols, name, nv) < 0) return -1;
    }
    return 0;
}

static int analyze_block(KrSymtable *st, KrSymEntry *ste, KrObject *bound, KrObject *free,
                         KrObject *global);

static int analyze_child_block(KrSymtable *st, KrSymEntry *entry, KrObject *bound,
                               KrObject *free, KrObject *global, KrObject *child_free)
{
    KrObject *tb = set_copy(bound), *tf = set_copy(free), *tg = set_copy(global);
    int r = -1;
    if (tb && tf && tg && analyze_block(st, entry, tb, tf, tg) == 0)
        r = set_update(child_free, tf);
    KR_XDECREF(tb); KR_XDECREF(tf); KR_XDECREF(tg);
    return r;
}

static int analyze_block(KrSymtable *st, KrSymEntry *ste, KrObject *bound, KrObject *free,
                         KrObject *global)
{
    int r = -1;
    KrObject *local = kr_dict_new(), *scopes = kr_dict_new();
    KrObject *newglobal = kr_dict_new(), *newfree = kr_dict_new(), *newbound = kr_dict_new();
    KrObject *allfree = kr_dict_new();
    if (!local || !scopes || !newglobal || !newfree || !newbound || !allfree) goto done;
    if (ste->type == KR_BLOCK_CLASS) {
        if (set_update(newglobal, global) < 0 || set_update(newbound, bound) < 0) goto done;
    }
    {
        ssize_t pos = 0;
        KrObject *name, *v;
        while (kr_dict_next(ste->symbols, &pos, &name, &v))
            if (analyze_name(st, ste, scopes, name, (long)KR_INT_SMALL_VALUE(v), bound, local,
                             free, global) < 0)
                goto done;
    }
    if (ste->type != KR_BLOCK_CLASS) {
        if (ste->type == KR_BLOCK_FUNCTION && set_update(newbound, local) < 0) goto done;
        if (set_update(newbound, bound) < 0 || set_update(newglobal, global) < 0) goto done;
    } else {
        if (set_add(newbound, KR_ID(__class__)) < 0) goto done;
    }
    for (ssize_t i = 0; i < ste->nchildren; i++) {
        KrSymEntry *c = ste->children[i];
        if (analyze_child_block(st, c, newbound, newfree, newglobal, allfree) < 0) goto done;
        if (c->free || c->child_free) ste->child_free = 1;
    }
    if (set_update(newfree, allfree) < 0) goto done;
    if (ste->type == KR_BLOCK_FUNCTION) {
        if (analyze_cells(scopes, newfree) < 0) goto done;
    } else if (ste->type == KR_BLOCK_CLASS) {
        if (set_has(newfree, KR_ID(__class__))) {
            ste->needs_class_closure = 1;
            if (set_discard(newfree, KR_ID(__class__)) < 0) goto done;
        }
    }
    if (update_symbols(ste->symbols, scopes, bound, newfree, ste->type == KR_BLOCK_CLASS) < 0)
        goto done;
    r = set_update(free, newfree);
done:
    KR_XDECREF(local); KR_XDECREF(scopes); KR_XDECREF(newglobal);
    KR_XDECREF(newfree); KR_XDECREF(newbound); KR_XDECREF(allfree);
    return r;
}

#define COMPILER_STACK_FRAME_SCALE 3

void kr_symtable_depth_limits(int *start, int *limit)
{
    KrThreadState *ts = kr_tstate_get();
    int depth = ts ? ts->recursion_depth : 0;
    int lim = kr_interp.recursion_limit > 0 ? kr_interp.recursion_limit : 1000;
    *start = depth < INT_MAX / COMPILER_STACK_FRAME_SCALE ? depth * COMPILER_STACK_FRAME_SCALE : depth;
    *limit = lim < INT_MAX / COMPILER_STACK_FRAME_SCALE ? lim * COMPILER_STACK_FRAME_SCALE : lim;
}

KrSymtable *kr_symtable_build(KrAstMod *mod, KrObject *filename, int future_annotations)
{
    KrSymtable *st = kr_raw_calloc(1, sizeof *st);
    if (!st) { kr_err_no_memory(); return NULL; }
    kr_symtable_depth_limits(&st->depth, &st->depth_limit);
    st->filename = filename;
    st->future_annotations = future_annotations;
    KrObject *top = kr_str_intern_cstr("top");
    if (!top) goto fail;
    int r = enter_block(st, top, KR_BLOCK_MODULE, mod, 0, 0, 0, 0);
    KR_DECREF(top);
    if (r < 0) goto fail;
    switch (mod->kind) {
    case KR_MOD_MODULE:
        r = visit_stmts(st, mod->v.Module.body);
        break;
    case KR_MOD_INTERACTIVE:
        r = visit_stmts(st, mod->v.Interactive.body);
        break;
    case KR_MOD_EXPRESSION:
        r = visit_expr(st, mod->v.Expression.body);
        break;
    default:
        kr_err_set_string(kr_exc_SystemError, "symtable: unsupported module kind");
        r = -1;
    }
    if (r < 0) goto fail;
    {
        KrObject *free = kr_dict_new(), *global = kr_dict_new();
        r = (free && global) ? analyze_block(st, st->top, NULL, free, global) : -1;
        KR_XDECREF(free);
        KR_XDECREF(global);
        if (r < 0) goto fail;
    }
    return st;
fail:
    kr_symtable_free(st);
    return NULL;
}
