/* bool.c — bool, the subclass of int with exactly two instances. It shares
 * int's number slots except & | ^, which keep bool results for two bools. */
#include "bool.h"
#include "int_ops.h"
#include "str.h"
#include "tuple.h"
#include "args.h"
#include "../vm/err.h"
#include "type.h"

KrIntObject kr_true_object = { KR_OBJECT_HEAD_INIT(&kr_bool_type), 1, NULL };
KrIntObject kr_false_object = { KR_OBJECT_HEAD_INIT(&kr_bool_type), 0, NULL };

static KrObject *bool_repr(KrObject *o)
{
    return kr_str_from_latin1(o == KR_TRUE ? "True" : "False", o == KR_TRUE ? 4 : 5);
}

static KrObject *bool_construct(KrObject *const *args, ssize_t nargs)
{
    if (nargs > 1)
        return kr_err_format(kr_exc_TypeError, "bool expected at most 1 argument, got %zd", nargs);
    if (nargs == 0) KR_RETURN_FALSE;
    int t = kr_object_is_true(args[0]);
    if (t < 0) return NULL;
    return kr_bool_from(t);
}

static KrObject *bool_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if (kwds && kr_args_no_kwargs("bool", kwds) < 0) return NULL;
    return bool_construct(KR_TUPLE_ITEMS(args), KR_SIZE(args));
}

static KrObject *bool_vectorcall(KrObject *type, KrObject *const *args, size_t nargsf,
                                 KrObject *kwnames)
{
    if (kwnames && KR_SIZE(kwnames) > 0)
        return kr_err_format(kr_exc_TypeError, "bool() takes no keyword arguments");
    return bool_construct(args, kr_vectorcall_nargs(nargsf));
}

#define BOOL_BITOP(name, intslot, op) \
    static KrObject *name(KrObject *a, KrObject *b) { \
        if (KR_BOOL_CHECK(a) && KR_BOOL_CHECK(b)) \
            return kr_bool_from((a == KR_TRUE) op (b == KR_TRUE)); \
        return intslot(a, b); \
    }
BOOL_BITOP(bool_and, kr_int_ops_and, &)
BOOL_BITOP(bool_or, kr_int_ops_or, |)
BOOL_BITOP(bool_xor, kr_int_ops_xor, ^)

static kr_hash_t bool_hash(KrObject *o) { return kr_int_hash(o); }

/* Only & | ^ differ from int; kr_type_ready fills the other slots from int. */
static KrNumberMethods bool_as_number = {
    .nb_and = bool_and,
    .nb_xor = bool_xor,
    .nb_or = bool_or,
};

KrTypeObject kr_bool_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "bool",
    .tp_basicsize = sizeof(KrIntObject),
    .tp_repr = bool_repr,
    .tp_as_number = &bool_as_number,
    .tp_hash = bool_hash,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_LONG_SUBCLASS | KR_TPFLAGS_MATCH_SELF |
                KR_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\n"
              "The builtins True and False are the only two instances of the class bool.\n"
              "The class bool is a subclass of the class int, and cannot be subclassed.",
    .tp_richcompare = kr_int_richcompare,
    .tp_base = &kr_int_type,
    .tp_new = bool_new,
    .tp_vectorcall = bool_vectorcall,
};

int kr_bool_init(void)
{
    if (kr_type_ready(&kr_bool_type) < 0) return -1;
    return 0;
}
