/* operatormodule.c — the _operator module: the operator functions (add ...
 * xor, in-place variants, comparisons, sequence helpers, length_hint, call,
 * _compare_digest) and the attrgetter, itemgetter and methodcaller types,
 * as CPython 3.11 (operator.py does `from _operator import *`). */
#include "operatormodule.h"
#include "modargs.h"
#include "../objects/type.h"
#include "../objects/tuple.h"
#include "../objects/int.h"
#include "../objects/str.h"
#include "../objects/dict.h"
#include "../objects/bytes.h"
#include "../objects/call.h"
#include "../memory/gc.h"
#include "../vm/err.h"
#include "../vm/import.h"

#include <string.h>

#define FASTKW (KR_METH_FASTCALL | KR_METH_KEYWORDS)

/* Checks the arguments of a positional-only function of n..m arguments. */
static int op_args(const char *qualname, const char *name, ssize_t nargs, KrObject *kwnames, ssize_t min,
                   ssize_t max)
{
    if (kr_args_no_keywords(qualname, kwnames) < 0) return -1;
    if (min == 1 && max == 1) {
        if (nargs != 1) {
            kr_err_format(kr_exc_TypeError, "%s() takes exactly one argument (%zd given)", qualname, nargs);
            return -1;
        }
        return 0;
    }
    return kr_args_check_count(name, nargs, min, max);
}

#define BINOP(name, op) \
    static KrObject *operator_##name(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames) { \
        if (op_args("_operator." #name, #name, nargs, kwnames, 2, 2) < 0) return NULL; \
        return kr_number_binop(args[0], args[1], op); }
#define UNOP(name, expr) \
    static KrObject *operator_##name(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames) { \
        if (op_args("_operator." #name, #name, nargs, kwnames, 1, 1) < 0) return NULL; \
        return expr; }
#define CMPOP(name, op) \
    static KrObject *operator_##name(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames) { \
        if (op_args("_operator." #name, #name, nargs, kwnames, 2, 2) < 0) return NULL; \
        return kr_object_richcompare(args[0], args[1], op); }

BINOP(add, KR_NB_ADD)
BINOP(sub, KR_NB_SUBTRACT)
BINOP(mul, KR_NB_MULTIPLY)
BINOP(matmul, KR_NB_MATRIX_MULTIPLY)
BINOP(floordiv, KR_NB_FLOOR_DIVIDE)
BINOP(truediv, KR_NB_TRUE_DIVIDE)
BINOP(mod, KR_NB_REMAINDER)
BINOP(lshift, KR_NB_LSHIFT)
BINOP(rshift, KR_NB_RSHIFT)
BINOP(and_, KR_NB_AND)
BINOP(xor, KR_NB_XOR)
BINOP(or_, KR_NB_OR)
BINOP(pow, KR_NB_POWER)
BINOP(iadd, KR_NB_ADD + KR_NB_INPLACE)
BINOP(isub, KR_NB_SUBTRACT + KR_NB_INPLACE)
BINOP(imul, KR_NB_MULTIPLY + KR_NB_INPLACE)
BINOP(imatmul, KR_NB_MATRIX_MULTIPLY + KR_NB_INPLACE)
BINOP(ifloordiv, KR_NB_FLOOR_DIVIDE + KR_NB_INPLACE)
BINOP(itruediv, KR_NB_TRUE_DIVIDE + KR_NB_INPLACE)
BINOP(imod, KR_NB_REMAINDER + KR_NB_INPLACE)
BINOP(ilshift, KR_NB_LSHIFT + KR_NB_INPLACE)
BINOP(irshift, KR_NB_RSHIFT + KR_NB_INPLACE)
BINOP(iand, KR_NB_AND + KR_NB_INPLACE)
BINOP(ixor, KR_NB_XOR + KR_NB_INPLACE)
BINOP(ior, KR_NB_OR + KR_NB_INPLACE)
BINOP(ipow, KR_NB_POWER + KR_NB_INPLACE)

CMPOP(lt, KR_LT)
CMPOP(le, KR_LE)
CMPOP(eq, KR_EQ)
CMPOP(ne, KR_NE)
CMPOP(gt, KR_GT)
CMPOP(ge, KR_GE)

static KrObject *truth_of(KrObject *o, int negate)
{
    int r = kr_object_is_true(o);
    if (r < 0) return NULL;
    return kr_bool_from(negate ? !r : r);
}

UNOP(neg, kr_number_negative(args[0]))
UNOP(pos, kr_number_positive(args[0]))
UNOP(abs, kr_number_absolute(args[0]))
UNOP(inv, kr_number_invert(args[0]))
UNOP(invert, kr_number_invert(args[0]))
UNOP(index, kr_number_index(args[0]))
UNOP(truth, truth_of(args[0], 0))
UNOP(not_, truth_of(args[0], 1))

static KrObject *operator_is_(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (op_args("_operator.is_", "is_", nargs, kwnames, 2, 2) < 0) return NULL;
    return kr_bool_from(args[0] == args[1]);
}

static KrObject *operator_is_not(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (op_args("_operator.is_not", "is_not", nargs, kwnames, 2, 2) < 0) return NULL;
    return kr_bool_from(args[0] != args[1]);
}

/* PySequence_Check: has __getitem__ as a sequence and is not a dict. */
static int is_sequence(KrObject *o)
{
    if (KR_TYPE_HAS_FLAG(KR_TYPE(o), KR_TPFLAGS_DICT_SUBCLASS)) return 0;
    return KR_TYPE(o)->tp_as_sequence && KR_TYPE(o)->tp_as_sequence->sq_item;
}

static KrObject *operator_concat(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (op_args("_operator.concat", "concat", nargs, kwnames, 2, 2) < 0) return NULL;
    KrObject *a = args[0], *b = args[1];
    KrSequenceMethods *sq = KR_TYPE(a)->tp_as_sequence;
    if (sq && sq->sq_concat) return sq->sq_concat(a, b);
    if (is_sequence(a) && is_sequence(b)) return kr_number_binop(a, b, KR_NB_ADD);
    return kr_err_format(kr_exc_TypeError, "'%.200s' object can't be concatenated", KR_TYPE(a)->tp_name);
}

static KrObject *operator_iconcat(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (op_args("_operator.iconcat", "iconcat", nargs, kwnames, 2, 2) < 0) return NULL;
    KrObject *a = args[0], *b = args[1];
    KrSequenceMethods *sq = KR_TYPE(a)->tp_as_sequence;
    if (sq && sq->sq_inplace_concat) return sq->sq_inplace_concat(a, b);
    if (sq && sq->sq_concat) return sq->sq_concat(a, b);
    if (is_sequence(a) && is_sequence(b)) return kr_number_binop(a, b, KR_NB_ADD + KR_NB_INPLACE);
    return kr_err_format(kr_exc_TypeError, "'%.200s' object can't be concatenated", KR_TYPE(a)->tp_name);
}

static KrObject *operator_contains(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (op_args("_operator.contains", "contains", nargs, kwnames, 2, 2) < 0) return NULL;
    int r = kr_sequence_contains(args[0], args[1]);
    if (r < 0) return NULL;
    return kr_bool_from(r);
}

/* Iterates seq looking for obj: counts matches (count=1) or returns the first
 * index; -1 with an exception on error or (index mode) when missing. */
static ssize_t iter_search(KrObject *seq, KrObject *obj, int count)
{
    KrObject *it = kr_object_get_iter(seq);
    if (!it) {
        if (kr_err_matches(kr_exc_TypeError)) {
            kr_err_clear();
            kr_err_format(kr_exc_TypeError, "argument of type '%.200s' is not iterable", KR_TYPE(seq)->tp_name);
        }
        return -1;
    }
    ssize_t n = 0, i = 0;
    for (;; i++) {
        KrObject *item = kr_iter_next(it);
        if (!item) {
            KR_DECREF(it);
            if (kr_err_occurred()) return -1;
            if (count) return n;
            kr_err_set_string(kr_exc_ValueError, "sequence.index(x): x not in sequence");
            return -1;
        }
        int r = kr_object_richcompare_bool(item, obj, KR_EQ);
        KR_DECREF(item);
        if (r < 0) {
            KR_DECREF(it);
            return -1;
        }
        if (r) {
            if (!count) {
                KR_DECREF(it);
                return i;
            }
            n++;
        }
    }
}

static KrObject *operator_countOf(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (op_args("_operator.countOf", "countOf", nargs, kwnames, 2, 2) < 0) return NULL;
    ssize_t n = iter_search(args[0], args[1], 1);
    return n < 0 ? NULL : kr_int_from_ssize(n);
}

static KrObject *operator_indexOf(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (op_args("_operator.indexOf", "indexOf", nargs, kwnames, 2, 2) < 0) return NULL;
    ssize_t n = iter_search(args[0], args[1], 0);
    return n < 0 ? NULL : kr_int_from_ssize(n);
}

static KrObject *operator_getitem(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (op_args("_operator.getitem", "getitem", nargs, kwnames, 2, 2) < 0) return NULL;
    return kr_object_getitem(args[0], args[1]);
}

static KrObject *operator_setitem(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (op_args("_operator.setitem", "setitem", nargs, kwnames, 3, 3) < 0) return NULL;
    if (kr_object_setitem(args[0], args[1], args[2]) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *operator_delitem(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (op_args("_operator.delitem", "delitem", nargs, kwnames, 2, 2) < 0) return NULL;
    if (kr_object_delitem(args[0], args[1]) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *operator_length_hint(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (op_args("_operator.length_hint", "length_hint", nargs, kwnames, 1, 2) < 0) return NULL;
    ssize_t dflt = 0;
    if (nargs > 1) {
        if (!KR_INT_CHECK(args[1]))
            return kr_err_format(kr_exc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                                 KR_TYPE(args[1])->tp_name);
        dflt = kr_int_as_ssize(args[1]);
        if (dflt == -1 && kr_err_occurred()) return NULL;
    }
    ssize_t n = kr_object_length_hint(args[0], dflt);
    if (n == -1 && kr_err_occurred()) return NULL;
    return kr_int_from_ssize(n);
}

static KrObject *operator_call(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (nargs < 1) return kr_err_format(kr_exc_TypeError, "call expected at least 1 argument, got %zd", nargs);
    return kr_object_vectorcall(args[0], args + 1, (size_t)(nargs - 1), kwnames);
}

/* Constant-time comparison of two equal-kind byte strings: 1 if equal. */
static int tscmp(const unsigned char *a, ssize_t la, const unsigned char *b, ssize_t lb)
{
    const unsigned char *left = b;
    unsigned char result = 0;
    if (la == lb) {
        left = a;
        result = 0;
    } else {
        result = 1;
    }
    for (ssize_t i = 0; i < lb; i++) result |= (unsigned char)(left[i] ^ b[i]);
    return result == 0;
}

static KrObject *operator__compare_digest(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (op_args("_operator._compare_digest", "_compare_digest", nargs, kwnames, 2, 2) < 0) return NULL;
    KrObject *a = args[0], *b = args[1];
    int r;
    if (KR_STR_CHECK(a) && KR_STR_CHECK(b)) {
        if (!KR_STR_IS_ASCII(a) || !KR_STR_IS_ASCII(b))
            return kr_err_format(kr_exc_TypeError, "comparing strings with non-ASCII characters is not supported");
        ssize_t la, lb;
        const char *sa = kr_str_as_utf8(a, &la), *sb = kr_str_as_utf8(b, &lb);
        if (!sa || !sb) return NULL;
        r = tscmp((const unsigned char *)sa, la, (const unsigned char *)sb, lb);
    } else {
        if (!kr_object_check_buffer(a) && !kr_object_check_buffer(b))
            return kr_err_format(kr_exc_TypeError,
                                 "unsupported operand types(s) or combination of types: '%.100s' and '%.100s'",
                                 KR_TYPE(a)->tp_name, KR_TYPE(b)->tp_name);
        KrBuffer va, vb;
        if (kr_object_get_buffer(a, &va, KR_BUF_SIMPLE) < 0) return NULL;
        if (kr_object_get_buffer(b, &vb, KR_BUF_SIMPLE) < 0) {
            kr_buffer_release(&va);
            return NULL;
        }
        r = tscmp(va.buf, va.len, vb.buf, vb.len);
        kr_buffer_release(&va);
        kr_buffer_release(&vb);
    }
    return kr_bool_from(r);
}

/* ---- attrgetter ---- */

typedef struct {
    KrObject ob_base;
    KrObject *attrs;  /* tuple: each item an interned str or a tuple of them (dotted) */
    KrObject *names;  /* the original names, for repr and reduce */
    kr_vectorcallfunc vectorcall;
} KrAttrGetterObject;

static KrObject *attrgetter_vectorcall(KrObject *self, KrObject *const *args, size_t nargsf, KrObject *kwnames);

static KrObject *attrgetter_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if (kr_args_no_kwargs("attrgetter", kwds) < 0) return NULL;
    ssize_t n = KR_SIZE(args);
    if (n < 1) return kr_err_format(kr_exc_TypeError, "attrgetter expected 1 argument, got 0");
    KrObject *attrs = kr_tuple_new(n);
    if (!attrs) return NULL;
    for (ssize_t i = 0; i < n; i++) KR_TUPLE_SET_STEAL(attrs, i, NULL);
    for (ssize_t i = 0; i < n; i++) {
        KrObject *item = KR_TUPLE_ITEMS(args)[i];
        if (!KR_STR_CHECK(item)) {
            kr_err_set_string(kr_exc_TypeError, "attribute name must be a string");
            goto fail;
        }
        ssize_t len;
        const char *s = kr_str_as_utf8(item, &len);
        if (!s) goto fail;
        if (!memchr(s, '.', (size_t)len)) {
            KrObject *name = kr_newref(item);
            kr_str_intern_in_place(&name);
            KR_TUPLE_SET_STEAL(attrs, i, name);
            continue;
        }
        ssize_t parts = 1;
        for (ssize_t k = 0; k < len; k++) parts += s[k] == '.';
        KrObject *tup = kr_tuple_new(parts);
        if (!tup) goto fail;
        ssize_t start = 0, j = 0;
        for (ssize_t k = 0; k <= len; k++) {
            if (k == len || s[k] == '.') {
                KrObject *part = kr_str_from_utf8(s + start, k - start);
                if (!part) {
                    for (; j < parts; j++) KR_TUPLE_SET_STEAL(tup, j, kr_newref(KR_NONE));
                    KR_DECREF(tup);
                    goto fail;
                }
                kr_str_intern_in_place(&part);
                KR_TUPLE_SET_STEAL(tup, j++, part);
                start = k + 1;
            }
        }
        KR_TUPLE_SET_STEAL(attrs, i, tup);
    }
    KrAttrGetterObject *ag = (KrAttrGetterObject *)type->tp_alloc(type, 0);
    if (!ag) goto fail;
    ag->attrs = attrs;
    ag->names = kr_newref(args);
    ag->vectorcall = attrgetter_vectorcall;
    kr_gc_track(ag);
    return (KrObject *)ag;
fail:
    for (ssize_t i = 0; i < n; i++)
        if (!KR_TUPLE_ITEMS(attrs)[i]) KR_TUPLE_SET_STEAL(attrs, i, kr_newref(KR_NONE));
    KR_DECREF(attrs);
    return NULL;
}

static KrObject *dotted_getattr(KrObject *obj, KrObject *attr)
{
    if (!KR_TUPLE_CHECK_EXACT(attr)) return kr_object_getattr(obj, attr);
    KrObject *cur = kr_newref(obj);
    for (ssize_t i = 0; i < KR_SIZE(attr); i++) {
        KrObject *next = kr_object_getattr(cur, KR_TUPLE_ITEMS(attr)[i]);
        KR_DECREF(cur);
        if (!next) return NULL;
        cur = next;
    }
    return cur;
}

static KrObject *attrgetter_vectorcall(KrObject *self, KrObject *const *args, size_t nargsf, KrObject *kwnames)
{
    KrAttrGetterObject *ag = (KrAttrGetterObject *)self;
    ssize_t nargs = kr_vectorcall_nargs(nargsf);
    if (kr_args_no_keywords("attrgetter", kwnames) < 0) return NULL;
    if (kr_args_check_count("attrgetter", nargs, 1, 1) < 0) return NULL;
    ssize_t n = KR_SIZE(ag->attrs);
    if (n == 1) return dotted_getattr(args[0], KR_TUPLE_ITEMS(ag->attrs)[0]);
    KrObject *res = kr_tuple_new(n);
    if (!res) return NULL;
    for (ssize_t i = 0; i < n; i++) {
        KrObject *v = dotted_getattr(args[0], KR_TUPLE_ITEMS(ag->attrs)[i]);
        if (!v) {
            for (; i < n; i++) KR_TUPLE_SET_STEAL(res, i, kr_newref(KR_NONE));
            KR_DECREF(res);
            return NULL;
        }
        KR_TUPLE_SET_STEAL(res, i, v);
    }
    return res;
}

/* "operator.<name>(" + repr of each item of args joined by ", " + extra + ")" */
static KrObject *repr_call(KrObject *self, KrObject *args, ssize_t start, KrObject *kwds)
{
    if (kr_repr_enter(self) != 0) {
        if (kr_err_occurred()) return NULL;
        return kr_str_from_format("%s(...)", KR_TYPE(self)->tp_name);
    }
    KrObject *parts = kr_tuple_new(KR_SIZE(args) - start + (kwds ? kr_dict_size(kwds) : 0));
    KrObject *res = NULL;
    if (!parts) goto done;
    ssize_t j = 0;
    for (ssize_t i = start; i < KR_SIZE(args); i++) KR_TUPLE_SET_STEAL(parts, j++, NULL);
    if (kwds) for (ssize_t i = 0; i < kr_dict_size(kwds); i++) KR_TUPLE_SET_STEAL(parts, j++, NULL);
    j = 0;
    for (ssize_t i = start; i < KR_SIZE(args); i++) {
        KrObject *r = kr_object_repr(KR_TUPLE_ITEMS(args)[i]);
        if (!r) goto fill;
        KR_TUPLE_SET_STEAL(parts, j++, r);
    }
    if (kwds) {
        ssize_t pos = 0;
        KrObject *k, *v;
        while (kr_dict_next(kwds, &pos, &k, &v)) {
            KrObject *r = kr_str_from_format("%U=%R", k, v);
            if (!r) goto fill;
            KR_TUPLE_SET_STEAL(parts, j++, r);
        }
    }
    {
        KrObject *sep = kr_str_from_utf8(", ", 2);
        KrObject *body = sep ? kr_str_join(sep, parts) : NULL;
        KR_XDECREF(sep);
        if (body) {
            res = kr_str_from_format("%s(%U)", KR_TYPE(self)->tp_name, body);
            KR_DECREF(body);
        }
    }
fill:
    for (ssize_t i = 0; i < KR_SIZE(parts); i++)
        if (!KR_TUPLE_ITEMS(parts)[i]) KR_TUPLE_SET_STEAL(parts, i, kr_newref(KR_NONE));
    KR_DECREF(parts);
done:
    kr_repr_leave(self);
    return res;
}

static KrObject *attrgetter_repr(KrObject *self)
{
    return repr_call(self, ((KrAttrGetterObject *)self)->names, 0, NULL);
}

static KrObject *attrgetter_reduce(KrObject *self, KrObject *unused)
{
    return kr_tuple_pack(2, (KrObject *)KR_TYPE(self), ((KrAttrGetterObject *)self)->names);
}

static int attrgetter_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrAttrGetterObject *)o)->attrs);
    KR_VISIT(((KrAttrGetterObject *)o)->names);
    return 0;
}

static int attrgetter_clear(KrObject *o)
{
    KR_CLEAR(((KrAttrGetterObject *)o)->attrs);
    KR_CLEAR(((KrAttrGetterObject *)o)->names);
    return 0;
}

static void attrgetter_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    attrgetter_clear(o);
    KR_TYPE(o)->tp_free(o);
}

static KrMethodDef attrgetter_methods[] = {
    { "__reduce__", (void *)attrgetter_reduce, KR_METH_NOARGS, "Return state information for pickling" },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_operator_attrgetter_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "operator.attrgetter",
    .tp_basicsize = sizeof(KrAttrGetterObject),
    .tp_dealloc = attrgetter_dealloc,
    .tp_vectorcall_offset = offsetof(KrAttrGetterObject, vectorcall),
    .tp_repr = attrgetter_repr,
    .tp_call = kr_vectorcall_call,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_HAVE_VECTORCALL,
    .tp_doc = "attrgetter(attr, ...) --> attrgetter object\n\n"
              "Return a callable object that fetches the given attribute(s) from its operand.\n"
              "After f = attrgetter('name'), the call f(r) returns r.name.\n"
              "After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\n"
              "After h = attrgetter('name.first', 'name.last'), the call h(r) returns\n"
              "(r.name.first, r.name.last).",
    .tp_traverse = attrgetter_traverse,
    .tp_clear = attrgetter_clear,
    .tp_methods = attrgetter_methods,
    .tp_alloc = kr_object_alloc,
    .tp_new = attrgetter_new,
    .tp_free = kr_object_free,
};

/* ---- itemgetter ---- */

typedef struct {
    KrObject ob_base;
    KrObject *items; /* tuple */
    kr_vectorcallfunc vectorcall;
} KrItemGetterObject;

static KrObject *itemgetter_vectorcall(KrObject *self, KrObject *const *args, size_t nargsf, KrObject *kwnames)
{
    KrItemGetterObject *ig = (KrItemGetterObject *)self;
    ssize_t nargs = kr_vectorcall_nargs(nargsf);
    if (kr_args_no_keywords("itemgetter", kwnames) < 0) return NULL;
    if (kr_args_check_count("itemgetter", nargs, 1, 1) < 0) return NULL;
    ssize_t n = KR_SIZE(ig->items);
    if (n == 1) return kr_object_getitem(args[0], KR_TUPLE_ITEMS(ig->items)[0]);
    KrObject *res = kr_tuple_new(n);
    if (!res) return NULL;
    for (ssize_t i = 0; i < n; i++) {
        KrObject *v = kr_object_getitem(args[0], KR_TUPLE_ITEMS(ig->items)[i]);
        if (!v) {
            for (; i < n; i++) KR_TUPLE_SET_STEAL(res, i, kr_newref(KR_NONE));
            KR_DECREF(res);
            return NULL;
        }
        KR_TUPLE_SET_STEAL(res, i, v);
    }
    return res;
}

static KrObject *itemgetter_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if (kr_args_no_kwargs("itemgetter", kwds) < 0) return NULL;
    if (KR_SIZE(args) < 1) return kr_err_format(kr_exc_TypeError, "itemgetter expected 1 argument, got 0");
    KrItemGetterObject *ig = (KrItemGetterObject *)type->tp_alloc(type, 0);
    if (!ig) return NULL;
    ig->items = kr_newref(args);
    ig->vectorcall = itemgetter_vectorcall;
    kr_gc_track(ig);
    return (KrObject *)ig;
}

static KrObject *itemgetter_repr(KrObject *self)
{
    return repr_call(self, ((KrItemGetterObject *)self)->items, 0, NULL);
}

static KrObject *itemgetter_reduce(KrObject *self, KrObject *unused)
{
    return kr_tuple_pack(2, (KrObject *)KR_TYPE(self), ((KrItemGetterObject *)self)->items);
}

static int itemgetter_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrItemGetterObject *)o)->items);
    return 0;
}

static int itemgetter_clear(KrObject *o)
{
    KR_CLEAR(((KrItemGetterObject *)o)->items);
    return 0;
}

static void itemgetter_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    itemgetter_clear(o);
    KR_TYPE(o)->tp_free(o);
}

static KrMethodDef itemgetter_methods[] = {
    { "__reduce__", (void *)itemgetter_reduce, KR_METH_NOARGS, "Return state information for pickling" },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_operator_itemgetter_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "operator.itemgetter",
    .tp_basicsize = sizeof(KrItemGetterObject),
    .tp_dealloc = itemgetter_dealloc,
    .tp_vectorcall_offset = offsetof(KrItemGetterObject, vectorcall),
    .tp_repr = itemgetter_repr,
    .tp_call = kr_vectorcall_call,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_HAVE_VECTORCALL,
    .tp_doc = "itemgetter(item, ...) --> itemgetter object\n\n"
              "Return a callable object that fetches the given item(s) from its operand.\n"
              "After f = itemgetter(2), the call f(r) returns r[2].\n"
              "After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])",
    .tp_traverse = itemgetter_traverse,
    .tp_clear = itemgetter_clear,
    .tp_methods = itemgetter_methods,
    .tp_alloc = kr_object_alloc,
    .tp_new = itemgetter_new,
    .tp_free = kr_object_free,
};

/* ---- methodcaller ---- */

typedef struct {
    KrObject ob_base;
    KrObject *name;
    KrObject *args;   /* tuple: (name, *args) as given */
    KrObject *kwds;   /* dict */
} KrMethodCallerObject;

static KrObject *methodcaller_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if (KR_SIZE(args) < 1)
        return kr_err_format(kr_exc_TypeError, "methodcaller needs at least one argument, the method name");
    KrObject *name = KR_TUPLE_ITEMS(args)[0];
    if (!KR_STR_CHECK(name)) return kr_err_format(kr_exc_TypeError, "method name must be a string");
    KrObject *d = kwds ? kr_dict_copy(kwds) : kr_dict_new();
    if (!d) return NULL;
    KrMethodCallerObject *mc = (KrMethodCallerObject *)type->tp_alloc(type, 0);
    if (!mc) {
        KR_DECREF(d);
        return NULL;
    }
    mc->name = kr_newref(name);
    kr_str_intern_in_place(&mc->name);
    mc->args = kr_newref(args);
    mc->kwds = d;
    kr_gc_track(mc);
    return (KrObject *)mc;
}

static KrObject *methodcaller_call(KrObject *self, KrObject *args, KrObject *kwds)
{
    KrMethodCallerObject *mc = (KrMethodCallerObject *)self;
    if (kr_args_no_kwargs("methodcaller", kwds) < 0) return NULL;
    if (kr_args_check_count("methodcaller", KR_SIZE(args), 1, 1) < 0) return NULL;
    KrObject *meth = kr_object_getattr(KR_TUPLE_ITEMS(args)[0], mc->name);
    if (!meth) return NULL;
    KrObject *rest = kr_tuple_get_slice(mc->args, 1, KR_SIZE(mc->args));
    KrObject *res = NULL;
    if (rest) {
        res = kr_object_call(meth, rest, kr_dict_size(mc->kwds) ? mc->kwds : NULL);
        KR_DECREF(rest);
    }
    KR_DECREF(meth);
    return res;
}

static KrObject *methodcaller_repr(KrObject *self)
{
    KrMethodCallerObject *mc = (KrMethodCallerObject *)self;
    return repr_call(self, mc->args, 0, mc->kwds);
}

static KrObject *methodcaller_reduce(KrObject *self, KrObject *unused)
{
    KrMethodCallerObject *mc = (KrMethodCallerObject *)self;
    if (kr_dict_size(mc->kwds) == 0) return kr_tuple_pack(2, (KrObject *)KR_TYPE(self), mc->args);
    /* functools.partial(type(self), name, **kwds), (args...) */
    KrObject *functools = kr_import_module_cstr("functools");
    if (!functools) return NULL;
    KrObject *partial = kr_object_getattr_str(functools, "partial");
    KR_DECREF(functools);
    if (!partial) return NULL;
    KrObject *pargs = kr_tuple_pack(2, (KrObject *)KR_TYPE(self), mc->name);
    KrObject *p = pargs ? kr_object_call(partial, pargs, mc->kwds) : NULL;
    KR_XDECREF(pargs);
    KR_DECREF(partial);
    if (!p) return NULL;
    KrObject *rest = kr_tuple_get_slice(mc->args, 1, KR_SIZE(mc->args));
    KrObject *res = rest ? kr_tuple_pack(2, p, rest) : NULL;
    KR_XDECREF(rest);
    KR_DECREF(p);
    return res;
}

static int methodcaller_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrMethodCallerObject *mc = (KrMethodCallerObject *)o;
    KR_VISIT(mc->name);
    KR_VISIT(mc->args);
    KR_VISIT(mc->kwds);
    return 0;
}

static int methodcaller_clear(KrObject *o)
{
    KrMethodCallerObject *mc = (KrMethodCallerObject *)o;
    KR_CLEAR(mc->name);
    KR_CLEAR(mc->args);
    KR_CLEAR(mc->kwds);
    return 0;
}

static void methodcaller_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    methodcaller_clear(o);
    KR_TYPE(o)->tp_free(o);
}

static KrMethodDef methodcaller_methods[] = {
    { "__reduce__", (void *)methodcaller_reduce, KR_METH_NOARGS, "Return state information for pickling" },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_operator_methodcaller_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "operator.methodcaller",
    .tp_basicsize = sizeof(KrMethodCallerObject),
    .tp_dealloc = methodcaller_dealloc,
    .tp_repr = methodcaller_repr,
    .tp_call = methodcaller_call,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_doc = "methodcaller(name, ...) --> methodcaller object\n\n"
              "Return a callable object that calls the given method on its operand.\n"
              "After f = methodcaller('name'), the call f(r) returns r.name().\n"
              "After g = methodcaller('name', 'date', foo=1), the call g(r) returns\n"
              "r.name('date', foo=1).",
    .tp_traverse = methodcaller_traverse,
    .tp_clear = methodcaller_clear,
    .tp_methods = methodcaller_methods,
    .tp_alloc = kr_object_alloc,
    .tp_new = methodcaller_new,
    .tp_free = kr_object_free,
};

/* ---- the module ---- */

#define OPF(name, doc) { #name, (void *)operator_##name, FASTKW, doc },
static KrMethodDef operator_functions[] = {
    OPF(truth, "Return True if a is true, False otherwise.")
    OPF(contains, "Same as b in a (note reversed operands).")
    OPF(indexOf, "Return the first index of b in a.")
    OPF(countOf, "Return the number of items in a which are, or which equal, b.")
    OPF(is_, "Same as a is b.")
    OPF(is_not, "Same as a is not b.")
    OPF(index, "Same as a.__index__()")
    OPF(add, "Same as a + b.")
    OPF(sub, "Same as a - b.")
    OPF(mul, "Same as a * b.")
    OPF(matmul, "Same as a @ b.")
    OPF(floordiv, "Same as a // b.")
    OPF(truediv, "Same as a / b.")
    OPF(mod, "Same as a % b.")
    OPF(neg, "Same as -a.")
    OPF(pos, "Same as +a.")
    OPF(abs, "Same as abs(a).")
    OPF(inv, "Same as ~a.")
    OPF(invert, "Same as ~a.")
    OPF(lshift, "Same as a << b.")
    OPF(rshift, "Same as a >> b.")
    OPF(not_, "Same as not a.")
    OPF(and_, "Same as a & b.")
    OPF(xor, "Same as a ^ b.")
    OPF(or_, "Same as a | b.")
    OPF(iadd, "Same as a += b.")
    OPF(isub, "Same as a -= b.")
    OPF(imul, "Same as a *= b.")
    OPF(imatmul, "Same as a @= b.")
    OPF(ifloordiv, "Same as a //= b.")
    OPF(itruediv, "Same as a /= b.")
    OPF(imod, "Same as a %= b.")
    OPF(ilshift, "Same as a <<= b.")
    OPF(irshift, "Same as a >>= b.")
    OPF(iand, "Same as a &= b.")
    OPF(ixor, "Same as a ^= b.")
    OPF(ior, "Same as a |= b.")
    OPF(concat, "Same as a + b, for a and b sequences.")
    OPF(iconcat, "Same as a += b, for a and b sequences.")
    OPF(getitem, "Same as a[b].")
    OPF(setitem, "Same as a[b] = c.")
    OPF(delitem, "Same as del a[b].")
    OPF(pow, "Same as a ** b.")
    OPF(ipow, "Same as a **= b.")
    OPF(eq, "Same as a == b.")
    OPF(ne, "Same as a != b.")
    OPF(lt, "Same as a < b.")
    OPF(le, "Same as a <= b.")
    OPF(gt, "Same as a > b.")
    OPF(ge, "Same as a >= b.")
    OPF(_compare_digest, "Return 'a == b'.\n\nThis function uses an approach designed to prevent\n"
                         "timing analysis, making it appropriate for cryptography.")
    OPF(length_hint, "Return an estimate of the number of items in obj.\n\n"
                     "This is useful for presizing containers when building from an iterable.\n\n"
                     "If the object supports len(), the result will be exact.\n"
                     "Otherwise, it may over- or under-estimate by an arbitrary amount.\n"
                     "The result will be an integer >= 0.")
    OPF(call, "Same as obj(*args, **kwargs).")
    { NULL, NULL, 0, NULL },
};

static int operator_exec(KrObject *m)
{
    KrTypeObject *types[] = { &kr_operator_attrgetter_type, &kr_operator_itemgetter_type,
                              &kr_operator_methodcaller_type };
    const char *names[] = { "attrgetter", "itemgetter", "methodcaller" };
    for (int i = 0; i < 3; i++) {
        if (kr_type_ready(types[i]) < 0) return -1;
        if (kr_module_add_steal(m, names[i], kr_newref(types[i])) < 0) return -1;
    }
    return 0;
}

KrModuleDef kr_operatormodule_def = {
    .name = "_operator",
    .doc = "Operator interface.\n\n"
           "This module exports a set of functions implemented in C corresponding\n"
           "to the intrinsic operators of Python.  For example, operator.add(x, y)\n"
           "is equivalent to the expression x+y.  The function names are those\n"
           "used for special methods; variants without leading and trailing\n"
           "'__' are also provided for convenience.",
    .methods = operator_functions,
    .exec = operator_exec,
};
