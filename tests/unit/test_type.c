/* test_type.c — C unit tests of the type system: readied static types and
 * their slot wrappers, class creation from C (MRO, layout conflicts,
 * __slots__, metaclass conflicts), attribute lookup and the method cache,
 * generic getattr/setattr, binary operator dispatch and argument parsing. */
#include "../../src/vm/lifecycle.h"
#include "../../src/vm/err.h"
#include "../../src/objects/object.h"
#include "../../src/objects/type.h"
#include "../../src/objects/abstract.h"
#include "../../src/objects/args.h"
#include "../../src/objects/descr.h"
#include "../../src/objects/cfunction.h"
#include "../../src/objects/str.h"
#include "../../src/objects/int.h"
#include "../../src/objects/dict.h"
#include "../../src/objects/list.h"
#include "../../src/objects/tuple.h"
#include "../../src/objects/weakref.h"
#include "../../src/objects/union.h"

#include <stdio.h>
#include <string.h>

static int failures;
#define CHECK(cond) do { if (!(cond)) { printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); failures++; } } while (0)

/* 1 if the pending exception is `type` with message `msg`; clears it. */
static int exc_is(KrObject *type, const char *msg)
{
    KrObject *e = kr_err_fetch();
    if (!e) {
        printf("  (no exception pending)\n");
        return 0;
    }
    int ok = (KrObject *)KR_TYPE(e) == type;
    KrObject *s = kr_object_str(e);
    if (s) {
        const char *u = kr_str_as_utf8(s, NULL);
        if (!u || strcmp(u, msg) != 0) {
            printf("  message was: %s\n", u ? u : "?");
            ok = 0;
        }
        KR_DECREF(s);
    } else {
        kr_err_clear();
        ok = 0;
    }
    KR_DECREF(e);
    return ok;
}

static int repr_is(KrObject *o, const char *expect)
{
    if (!o) {
        kr_err_clear();
        return 0;
    }
    KrObject *r = kr_object_repr(o);
    if (!r) {
        kr_err_clear();
        return 0;
    }
    const char *u = kr_str_as_utf8(r, NULL);
    int ok = u && strcmp(u, expect) == 0;
    if (!ok) printf("  repr was: %s\n", u ? u : "?");
    KR_DECREF(r);
    return ok;
}

static KrObject *new_class(const char *name, KrObject *bases, KrObject *dict)
{
    KrObject *n = kr_str_from_cstr(name);
    KrObject *d = dict ? kr_newref(dict) : kr_dict_new();
    KrObject *b = bases ? kr_newref(bases) : kr_tuple_new(0);
    kr_dict_set_item_str(d, "__module__", n);
    KrObject *c = kr_type_new(NULL, n, b, d);
    KR_DECREF(n);
    KR_DECREF(d);
    KR_DECREF(b);
    return c;
}

static void test_static_types(void)
{
    KrObject *add = kr_object_getattr_str((KrObject *)&kr_int_type, "__add__");
    CHECK(repr_is(add, "<slot wrapper '__add__' of 'int' objects>"));
    KR_XDECREF(add);
    KrObject *len = kr_object_getattr_str((KrObject *)&kr_list_type, "__len__");
    CHECK(len && KR_TYPE(len) == &kr_wrapper_descr_type);
    KR_XDECREF(len);
    KrObject *append = kr_object_getattr_str((KrObject *)&kr_list_type, "append");
    CHECK(repr_is(append, "<method 'append' of 'list' objects>"));
    KR_XDECREF(append);
    CHECK(repr_is((KrObject *)&kr_type_type, "<class 'type'>"));
    CHECK(kr_type_is_subtype(&kr_bool_type, &kr_int_type));
    CHECK(!kr_type_is_subtype(&kr_int_type, &kr_bool_type));
    /* list is unhashable: __hash__ is None */
    KrObject *h = kr_type_lookup_str(&kr_list_type, "__hash__");
    CHECK(h == KR_NONE);
    KrObject *l = kr_list_new(0);
    CHECK(kr_object_hash(l) == -1 && exc_is(kr_exc_TypeError, "unhashable type: 'list'"));
    KR_DECREF(l);
    CHECK(kr_object_setattr_str((KrObject *)&kr_int_type, "x", KR_NONE) < 0 &&
          exc_is(kr_exc_TypeError, "cannot set 'x' attribute of immutable type 'int'"));
}

static void test_class_creation(void)
{
    KrObject *A = new_class("A", NULL, NULL);
    CHECK(A && KR_TYPE_CHECK(A));
    CHECK(repr_is(A, "<class 'A.A'>"));
    KrObject *a = kr_object_call_noargs(A);
    CHECK(a != NULL);
    KrObject *v = kr_int_from_i64(42);
    CHECK(kr_object_setattr_str(a, "x", v) == 0);
    KrObject *got = kr_object_getattr_str(a, "x");
    CHECK(got == v);
    KR_XDECREF(got);
    CHECK(kr_object_getattr_str(a, "y") == NULL &&
          exc_is(kr_exc_AttributeError, "'A' object has no attribute 'y'"));
    CHECK(kr_object_getattr_str(A, "y") == NULL &&
          exc_is(kr_exc_AttributeError, "type object 'A' has no attribute 'y'"));
    CHECK(kr_object_call_one(A, v) == NULL && exc_is(kr_exc_TypeError, "A() takes no arguments"));

    /* class attributes and the cache invalidation */
    CHECK(kr_object_setattr_str(A, "cattr", v) == 0);
    KrObject *x = kr_object_getattr_str(a, "cattr");
    CHECK(x == v);
    KR_XDECREF(x);
    KrObject *n = kr_int_from_i64(7);
    CHECK(kr_object_setattr_str(A, "cattr", n) == 0);
    x = kr_object_getattr_str(a, "cattr");
    CHECK(x == n);
    KR_XDECREF(x);

    /* subclass, MRO */
    KrObject *bases = kr_tuple_pack(1, A);
    KrObject *B = new_class("B", bases, NULL);
    KR_DECREF(bases);
    CHECK(B && kr_type_is_subtype((KrTypeObject *)B, (KrTypeObject *)A));
    KrObject *mro = B ? kr_object_getattr_str(B, "__mro__") : NULL;
    CHECK(mro && KR_SIZE(mro) == 3);
    KR_XDECREF(mro);
    x = B ? kr_object_getattr_str(B, "cattr") : NULL;
    CHECK(x == n);
    KR_XDECREF(x);
    KrObject *subs = kr_type_subclasses((KrTypeObject *)A);
    CHECK(subs && KR_SIZE(subs) == 1);
    KR_XDECREF(subs);

    /* inconsistent MRO: class C(A, B) */
    bases = kr_tuple_pack(2, A, B);
    CHECK(new_class("C", bases, NULL) == NULL &&
          exc_is(kr_exc_TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases A, B"));
    KR_DECREF(bases);
    bases = kr_tuple_pack(2, A, A);
    CHECK(new_class("C", bases, NULL) == NULL && exc_is(kr_exc_TypeError, "duplicate base class A"));
    KR_DECREF(bases);
    /* layout conflict */
    bases = kr_tuple_pack(2, (KrObject *)&kr_int_type, (KrObject *)&kr_str_type);
    CHECK(new_class("C", bases, NULL) == NULL &&
          exc_is(kr_exc_TypeError, "multiple bases have instance lay-out conflict"));
    KR_DECREF(bases);
    bases = kr_tuple_pack(1, (KrObject *)&kr_bool_type);
    CHECK(new_class("C", bases, NULL) == NULL &&
          exc_is(kr_exc_TypeError, "type 'bool' is not an acceptable base type"));
    KR_DECREF(bases);

    KR_DECREF(n);
    KR_DECREF(v);
    KR_XDECREF(a);
    KR_XDECREF(B);
    KR_XDECREF(A);
}

static void test_slots(void)
{
    KrObject *d = kr_dict_new();
    KrObject *slots = kr_tuple_new(2);
    KR_TUPLE_SET_STEAL(slots, 0, kr_str_from_cstr("b"));
    KR_TUPLE_SET_STEAL(slots, 1, kr_str_from_cstr("a"));
    kr_dict_set_item_str(d, "__slots__", slots);
    KrObject *S = new_class("S", NULL, d);
    CHECK(S != NULL);
    KrObject *s = S ? kr_object_call_noargs(S) : NULL;
    CHECK(s && kr_object_dict_ptr(s) == NULL);
    if (s) {
        CHECK(kr_object_getattr_str(s, "a") == NULL &&
              exc_is(kr_exc_AttributeError, "'S' object has no attribute 'a'"));
        CHECK(kr_object_setattr_str(s, "a", KR_NONE) == 0);
        KrObject *a = kr_object_getattr_str(s, "a");
        CHECK(a == KR_NONE);
        KR_XDECREF(a);
        CHECK(kr_object_setattr_str(s, "zz", KR_NONE) < 0 &&
              exc_is(kr_exc_AttributeError, "'S' object has no attribute 'zz'"));
    }
    KR_XDECREF(s);
    KR_XDECREF(S);
    KR_DECREF(slots);
    KR_DECREF(d);
}

static void test_binop(void)
{
    KrObject *one = kr_int_from_i64(1), *s = kr_str_from_cstr("a");
    KrObject *r = kr_number_binop(one, one, KR_NB_ADD);
    CHECK(r && KR_INT_SMALL_VALUE(r) == 2);
    KR_XDECREF(r);
    CHECK(kr_number_binop(one, s, KR_NB_ADD) == NULL &&
          exc_is(kr_exc_TypeError, "unsupported operand type(s) for +: 'int' and 'str'"));
    CHECK(kr_number_binop(one, s, KR_NB_POWER) == NULL &&
          exc_is(kr_exc_TypeError, "unsupported operand type(s) for ** or pow(): 'int' and 'str'"));
    CHECK(kr_number_binop(one, s, KR_NB_INPLACE + KR_NB_SUBTRACT) == NULL &&
          exc_is(kr_exc_TypeError, "unsupported operand type(s) for -=: 'int' and 'str'"));
    KrObject *three = kr_int_from_i64(3);
    r = kr_number_binop(s, three, KR_NB_MULTIPLY);
    CHECK(repr_is(r, "'aaa'"));
    KR_XDECREF(r);
    r = kr_number_binop(three, s, KR_NB_MULTIPLY);
    CHECK(repr_is(r, "'aaa'"));
    KR_XDECREF(r);
    CHECK(kr_number_negative(s) == NULL && exc_is(kr_exc_TypeError, "bad operand type for unary -: 'str'"));
    CHECK(kr_object_length(one) == -1 && exc_is(kr_exc_TypeError, "object of type 'int' has no len()"));
    CHECK(kr_object_getitem(one, one) == NULL && exc_is(kr_exc_TypeError, "'int' object is not subscriptable"));
    CHECK(kr_object_get_iter(one) == NULL && exc_is(kr_exc_TypeError, "'int' object is not iterable"));
    CHECK(kr_sequence_contains(one, one) == -1 &&
          exc_is(kr_exc_TypeError, "argument of type 'int' is not iterable"));
    CHECK(kr_object_call_noargs(one) == NULL && exc_is(kr_exc_TypeError, "'int' object is not callable"));
    CHECK(kr_object_richcompare(one, s, KR_LT) == NULL &&
          exc_is(kr_exc_TypeError, "'<' not supported between instances of 'int' and 'str'"));
    CHECK(kr_object_richcompare_bool(one, one, KR_EQ) == 1);
    CHECK(kr_object_is_instance(one, (KrObject *)&kr_int_type) == 1);
    CHECK(kr_object_is_instance(KR_TRUE, (KrObject *)&kr_int_type) == 1);
    CHECK(kr_object_is_subclass((KrObject *)&kr_bool_type, (KrObject *)&kr_int_type) == 1);
    CHECK(kr_object_is_instance(one, one) == -1 &&
          exc_is(kr_exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union"));
    KR_DECREF(three);
    KR_DECREF(one);
    KR_DECREF(s);
}

static void test_args(void)
{
    static const char *const names[] = { "sep", "maxsplit", NULL };
    static const KrArgSpec spec = { "str.split", names, 0, 2, 0 };
    KrObject *out[2];
    KrObject *one = kr_int_from_i64(1);
    KrObject *args[3] = { one, one, one };
    CHECK(kr_args_parse(&spec, args, 3, NULL, out) < 0 &&
          exc_is(kr_exc_TypeError, "split() takes at most 2 arguments (3 given)"));
    KrObject *kw = kr_tuple_pack(1, kr_str_intern_cstr("foo"));
    CHECK(kr_args_parse(&spec, args, 0, kw, out) < 0 &&
          exc_is(kr_exc_TypeError, "'foo' is an invalid keyword argument for split()"));
    KR_DECREF(kw);
    kw = kr_tuple_pack(1, kr_str_intern_cstr("sep"));
    CHECK(kr_args_parse(&spec, args, 1, kw, out) < 0 &&
          exc_is(kr_exc_TypeError, "argument for split() given by name ('sep') and position (1)"));
    KR_DECREF(kw);
    static const char *const rnames[] = { "number", "ndigits", NULL };
    static const KrArgSpec rspec = { "round", rnames, 0, 2, 1 };
    CHECK(kr_args_parse(&rspec, args, 0, NULL, out) < 0 &&
          exc_is(kr_exc_TypeError, "round() missing required argument 'number' (pos 1)"));
    CHECK(kr_args_parse(&rspec, args, 1, NULL, out) == 0 && out[0] == one && out[1] == NULL);
    CHECK(kr_args_check_count("sorted", 0, 1, 1) < 0 &&
          exc_is(kr_exc_TypeError, "sorted expected 1 argument, got 0"));
    KR_DECREF(one);
}

static void test_weakref_union(void)
{
    KrObject *A = new_class("W", NULL, NULL);
    KrObject *a = A ? kr_object_call_noargs(A) : NULL;
    CHECK(a != NULL);
    if (a) {
        KrObject *r = kr_weakref_new_ref(a, NULL);
        KrObject *r2 = kr_weakref_new_ref(a, NULL);
        CHECK(r && r == r2 && kr_weakref_count(a) == 1);
        CHECK(r && kr_weakref_get_object_borrow(r) == a);
        KR_XDECREF(r2);
        KR_DECREF(a);
        CHECK(r && kr_weakref_get_object_borrow(r) == KR_NONE);
        KR_XDECREF(r);
    }
    KrObject *one = kr_int_from_i64(1);
    CHECK(kr_weakref_new_ref(one, NULL) == NULL &&
          exc_is(kr_exc_TypeError, "cannot create weak reference to 'int' object"));
    KR_DECREF(one);
    KrObject *u = kr_number_binop((KrObject *)&kr_int_type, (KrObject *)&kr_str_type, KR_NB_OR);
    CHECK(repr_is(u, "int | str"));
    KR_XDECREF(u);
    u = kr_number_binop((KrObject *)&kr_int_type, KR_NONE, KR_NB_OR);
    CHECK(repr_is(u, "int | None"));
    KR_XDECREF(u);
    KR_XDECREF(A);
}

static void test_get_method(void)
{
    KrObject *l = kr_list_new(0);
    KrObject *meth = NULL;
    KrObject *name = kr_str_intern_cstr("append");
    CHECK(kr_object_get_method(l, name, &meth) == 1 && meth && KR_TYPE(meth) == &kr_method_descr_type);
    KR_XDECREF(meth);
    KrObject *one = kr_int_from_i64(1);
    KrObject *r = kr_object_call_method(l, name, &one, 1);
    CHECK(r == KR_NONE && KR_SIZE(l) == 1);
    KR_XDECREF(r);
    KR_DECREF(name);
    KR_DECREF(one);
    KR_DECREF(l);
}

int main(void)
{
    if (kr_runtime_init() < 0) return 1;
    test_static_types();
    test_class_creation();
    test_slots();
    test_binop();
    test_args();
    test_weakref_union();
    test_get_method();
    if (kr_err_occurred()) {
        printf("FAIL: exception left pending\n");
        failures++;
    }
    printf("%s\n", failures ? "test_type: FAILED" : "test_type: ok");
    return failures != 0;
}
