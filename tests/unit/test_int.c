/* test_int.c — C unit tests of the int internals: the small-int cache,
 * canonical small/big representation, overflow fast paths, conversions,
 * hashing, parsing and formatting (values checked against CPython 3.11). */
#include <gmp.h>
#include "vm/lifecycle.h"
#include "vm/err.h"
#include "vm/state.h"
#include "objects/int.h"
#include "objects/float.h"
#include "objects/str.h"
#include "objects/tuple.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static int failures;

#define CHECK(cond) do { if (!(cond)) { printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); \
    failures++; } } while (0)

/* Checks str(o) (consumes o). */
static void check_repr(int line, KrObject *o, const char *expect)
{
    if (!o) {
        KrObject *e = kr_err_fetch();
        printf("FAIL line %d: exception %s (expected %s)\n", line, e ? KR_TYPE(e)->tp_name : "?", expect);
        KR_XDECREF(e);
        failures++;
        return;
    }
    KrObject *s = kr_object_repr(o);
    const char *u = s ? kr_str_as_utf8(s, NULL) : NULL;
    if (!u || strcmp(u, expect) != 0) {
        printf("FAIL line %d: got %s, expected %s\n", line, u ? u : "(null)", expect);
        failures++;
    }
    KR_XDECREF(s);
    KR_DECREF(o);
}
#define CHECK_REPR(expr, expect) check_repr(__LINE__, (expr), (expect))

/* Checks that expr failed with the exception type named and message. */
static void check_error(int line, KrObject *o, const char *type, const char *msg)
{
    if (o) {
        printf("FAIL line %d: no exception (expected %s)\n", line, type);
        KR_DECREF(o);
        failures++;
        return;
    }
    KrObject *e = kr_err_fetch();
    KrObject *s = e ? kr_object_str(e) : NULL;
    const char *u = s ? kr_str_as_utf8(s, NULL) : "";
    if (!e || strcmp(KR_TYPE(e)->tp_name, type) != 0 || strcmp(u, msg) != 0) {
        printf("FAIL line %d: got %s: %s, expected %s: %s\n", line, e ? KR_TYPE(e)->tp_name : "none",
               u, type, msg);
        failures++;
    }
    KR_XDECREF(s);
    KR_XDECREF(e);
}
#define CHECK_ERROR(expr, type, msg) check_error(__LINE__, (expr), (type), (msg))

static KrObject *I(int64_t v) { return kr_int_from_i64(v); }
static KrObject *S(const char *s) { return kr_int_from_string(s, -1, 10); }

/* a op b with both operands consumed. */
static KrObject *binop(KrObject *a, KrObject *b, int op)
{
    KrObject *r = kr_int_binop(a, b, op);
    KR_DECREF(a);
    KR_DECREF(b);
    return r;
}

static void test_small_cache(void)
{
    KrObject *a = I(256), *b = I(256), *c = I(257), *d = I(257), *m = I(-5), *n = I(-6);
    CHECK(a == b);
    CHECK(c != d);
    CHECK(m == KR_SMALL_INT(-5));
    CHECK(KR_INT_IS_SMALL(c) && KR_INT_SMALL_VALUE(c) == 257);
    KR_DECREF(a); KR_DECREF(b); KR_DECREF(c); KR_DECREF(d); KR_DECREF(m); KR_DECREF(n);
    /* results land in the cache too */
    KrObject *r = binop(I(1000), I(999), KR_NB_SUBTRACT);
    CHECK(r == KR_SMALL_INT(1));
    KR_DECREF(r);
    CHECK(KR_TYPE(KR_TRUE) == &kr_bool_type && KR_INT_SMALL_VALUE(KR_TRUE) == 1);
    CHECK(KR_INT_CHECK(KR_FALSE) && !KR_INT_CHECK_EXACT(KR_FALSE));
}

static void test_normalization(void)
{
    /* a big intermediate that comes back into int64 range is stored small */
    KrObject *big = binop(I(INT64_MAX), I(1), KR_NB_ADD);
    CHECK(big && !KR_INT_IS_SMALL(big));
    KrObject *back = kr_int_binop(big, KR_SMALL_INT(1), KR_NB_SUBTRACT);
    CHECK(back && KR_INT_IS_SMALL(back) && KR_INT_SMALL_VALUE(back) == INT64_MAX);
    KR_XDECREF(back);
    KR_XDECREF(big);
    KrObject *p = binop(S("18446744073709551616"), S("18446744073709551616"), KR_NB_FLOOR_DIVIDE);
    CHECK(p && KR_INT_IS_SMALL(p) && KR_INT_SMALL_VALUE(p) == 1);
    KR_XDECREF(p);
    KrObject *mn = I(INT64_MIN);
    CHECK(KR_INT_IS_SMALL(mn));
    KR_DECREF(mn);
    CHECK_REPR(binop(I(INT64_MIN), I(-1), KR_NB_MULTIPLY), "9223372036854775808");
    CHECK_REPR(binop(I(INT64_MIN), I(-1), KR_NB_FLOOR_DIVIDE), "9223372036854775808");
    CHECK_REPR(binop(I(INT64_MIN), I(-1), KR_NB_REMAINDER), "0");
    CHECK_REPR(binop(I(INT64_MIN), I(1), KR_NB_SUBTRACT), "-9223372036854775809");
    CHECK_REPR(binop(I(3), I(62), KR_NB_LSHIFT), "13835058055282163712");
    CHECK_REPR(binop(I(-1), I(63), KR_NB_LSHIFT), "-9223372036854775808");
    CHECK_REPR(binop(I(3), I(40), KR_NB_POWER), "12157665459056928801");
    CHECK_REPR(binop(I(-3), I(39), KR_NB_POWER), "-4052555153018976267");
}

static void test_inline_helpers(void)
{
    KrObject *a = I(40), *b = I(2);
    CHECK_REPR(kr_int_add_small(a, b), "42");
    CHECK_REPR(kr_int_sub_small(a, b), "38");
    CHECK_REPR(kr_int_mul_small(a, b), "80");
    CHECK(kr_int_small_compare(a, b, KR_GT) && !kr_int_small_compare(a, b, KR_EQ));
    KR_DECREF(a);
    KR_DECREF(b);
    a = I(INT64_MAX);
    b = I(INT64_MAX);
    CHECK_REPR(kr_int_add_small(a, b), "18446744073709551614");
    CHECK_REPR(kr_int_mul_small(a, b), "85070591730234615847396907784232501249");
    KR_DECREF(a);
    KR_DECREF(b);
}

static void test_division(void)
{
    CHECK_REPR(binop(I(-7), I(2), KR_NB_FLOOR_DIVIDE), "-4");
    CHECK_REPR(binop(I(-7), I(2), KR_NB_REMAINDER), "1");
    CHECK_REPR(binop(I(7), I(-2), KR_NB_REMAINDER), "-1");
    CHECK_REPR(binop(S("-100000000000000000000"), I(7), KR_NB_REMAINDER), "5");
    CHECK_ERROR(binop(I(1), I(0), KR_NB_FLOOR_DIVIDE), "ZeroDivisionError", "integer division or modulo by zero");
    CHECK_ERROR(binop(I(1), I(0), KR_NB_REMAINDER), "ZeroDivisionError", "integer modulo by zero");
    CHECK_ERROR(binop(I(1), I(0), KR_NB_TRUE_DIVIDE), "ZeroDivisionError", "division by zero");
    CHECK_REPR(binop(I(1), I(3), KR_NB_TRUE_DIVIDE), "0.3333333333333333");
    CHECK_REPR(binop(S("18446744073709551617"), I(3), KR_NB_TRUE_DIVIDE), "6.148914691236517e+18");
    KrObject *p1074 = binop(I(1), I(1074), KR_NB_LSHIFT), *p1075 = binop(I(1), I(1075), KR_NB_LSHIFT);
    CHECK_REPR(kr_int_binop(KR_SMALL_INT(1), p1074, KR_NB_TRUE_DIVIDE), "5e-324");
    CHECK_REPR(kr_int_binop(KR_SMALL_INT(3), p1075, KR_NB_TRUE_DIVIDE), "1e-323");
    CHECK_REPR(kr_int_binop(KR_SMALL_INT(1), p1075, KR_NB_TRUE_DIVIDE), "0.0");
    KR_DECREF(p1074);
    KR_DECREF(p1075);
    KrObject *huge = binop(I(1), I(1100), KR_NB_LSHIFT);
    CHECK_ERROR(kr_int_binop(huge, KR_SMALL_INT(1), KR_NB_TRUE_DIVIDE),
                "OverflowError", "integer division result too large for a float");
    KR_DECREF(huge);
}

static void test_pow_shift_bits(void)
{
    CHECK_REPR(binop(I(2), I(-1), KR_NB_POWER), "0.5");
    CHECK_ERROR(binop(I(0), I(-1), KR_NB_POWER), "ZeroDivisionError", "0.0 cannot be raised to a negative power");
    CHECK_ERROR(binop(I(1), I(-1), KR_NB_LSHIFT), "ValueError", "negative shift count");
    CHECK_REPR(binop(I(-5), I(1), KR_NB_RSHIFT), "-3");
    CHECK_REPR(binop(S("-1180591620717411303424"), I(3), KR_NB_RSHIFT), "-147573952589676412928");
    CHECK_REPR(binop(I(-1), I(1000), KR_NB_RSHIFT), "-1");
    CHECK_REPR(binop(S("-1180591620717411303424"), I(65535), KR_NB_AND), "0");
    CHECK_REPR(binop(I(-5), I(3), KR_NB_XOR), "-8");
    CHECK_REPR(binop(S("-18446744073709551616"), I(-1), KR_NB_OR), "-1");
    CHECK_REPR(binop(S("-18446744073709551617"), S("18446744073709551615"), KR_NB_AND), "18446744073709551615");
}

static void test_conversions(void)
{
    KrObject *o = S("9007199254740993"); /* 2**53 + 1 rounds to even */
    CHECK(kr_int_as_double(o) == 9007199254740992.0);
    KR_DECREF(o);
    o = S("9007199254740995"); /* 2**53 + 3 rounds up */
    CHECK(kr_int_as_double(o) == 9007199254740996.0);
    KR_DECREF(o);
    o = S("36893488147419107329"); /* 2**65 + 2**12 + 1: above half, rounds up */
    CHECK(kr_int_as_double(o) == ldexp(1.0, 65) + ldexp(1.0, 13));
    KR_DECREF(o);
    o = binop(I(1), I(1024), KR_NB_LSHIFT);
    CHECK(kr_int_as_double(o) == -1.0 && kr_err_occurred());
    CHECK_ERROR(NULL, "OverflowError", "int too large to convert to float");
    CHECK(kr_int_as_i64(o) == -1);
    CHECK_ERROR(NULL, "OverflowError", "Python int too large to convert to C long");
    int ov;
    CHECK(kr_int_as_i64_overflow(o, &ov) == -1 && ov == 1 && !kr_err_occurred());
    CHECK(kr_int_bit_length(o) == 1025);
    KR_DECREF(o);
    o = kr_int_from_u64(UINT64_MAX);
    CHECK(!KR_INT_IS_SMALL(o) && kr_int_as_u64(o) == UINT64_MAX);
    KR_DECREF(o);
    CHECK_REPR(kr_int_from_double(-3.99), "-3");
    CHECK_REPR(kr_int_from_double(1e30), "1000000000000000019884624838656");
    CHECK_ERROR(kr_int_from_double(INFINITY), "OverflowError", "cannot convert float infinity to integer");
    CHECK_ERROR(kr_int_from_double(NAN), "ValueError", "cannot convert float NaN to integer");
}

static void test_hash_compare(void)
{
    struct { const char *v; kr_hash_t h; } cases[] = {
        { "-1", -2 }, { "2305843009213693951", 0 }, { "2305843009213693952", 1 },
        { "-9223372036854775808", -4 }, { "1267650600228229401496703205376", 549755813888 },
        { "-2", -2 }, { "123456789", 123456789 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        KrObject *o = S(cases[i].v);
        if (kr_int_hash(o) != cases[i].h) {
            printf("FAIL hash(%s) = %lld\n", cases[i].v, (long long)kr_int_hash(o));
            failures++;
        }
        KR_DECREF(o);
    }
    KrObject *a = S("100000000000000000000"), *b = S("100000000000000000001"), *c = I(5);
    CHECK(kr_int_compare(a, b) < 0 && kr_int_compare(b, a) > 0 && kr_int_compare(a, a) == 0);
    CHECK(kr_int_compare(c, a) < 0 && kr_int_sign(c) == 1);
    KR_DECREF(a); KR_DECREF(b); KR_DECREF(c);
}

static void test_text(void)
{
    CHECK_REPR(kr_int_from_string(" -0x_1f ", -1, 0), "-31");
    CHECK_REPR(kr_int_from_string("1_000_000", -1, 10), "1000000");
    CHECK_REPR(kr_int_from_string("zz", -1, 36), "1295");
    CHECK_REPR(kr_int_from_string("123456789012345678901234567890", -1, 10), "123456789012345678901234567890");
    CHECK_ERROR(kr_int_from_string("010", -1, 0), "ValueError", "invalid literal for int() with base 0: '010'");
    CHECK_ERROR(kr_int_from_string("1__0", -1, 10), "ValueError", "invalid literal for int() with base 10: '1__0'");
    KrObject *o = S("-255");
    CHECK_REPR(kr_int_to_base_string(o, 16), "'-0xff'");
    CHECK_REPR(kr_int_to_base_string(o, 2), "'-0b11111111'");
    CHECK_REPR(kr_int_to_base_string(o, 8), "'-0o377'");
    KR_DECREF(o);
    int saved = kr_interp.int_max_str_digits;
    kr_interp.int_max_str_digits = 640;
    char buf[700];
    memset(buf, '7', 641);
    buf[641] = 0;
    CHECK_ERROR(kr_int_from_string(buf, -1, 10), "ValueError",
                "Exceeds the limit (640 digits) for integer string conversion: value has 641 digits; "
                "use sys.set_int_max_str_digits() to increase the limit");
    buf[640] = 0;
    o = kr_int_from_string(buf, -1, 10);
    CHECK(o != NULL);
    KrObject *o10 = o ? kr_int_binop(o, KR_SMALL_INT(10), KR_NB_MULTIPLY) : NULL;
    CHECK_ERROR(o10 ? kr_int_to_decimal_string(o10) : NULL, "ValueError",
                "Exceeds the limit (640 digits) for integer string conversion; use "
                "sys.set_int_max_str_digits() to increase the limit");
    KR_XDECREF(o10);
    KrObject *s = o ? kr_int_to_decimal_string(o) : NULL;
    CHECK(s && KR_STR_LEN(s) == 640);
    KR_XDECREF(s);
    KR_XDECREF(o);
    kr_interp.int_max_str_digits = saved;
}

int main(void)
{
    if (kr_runtime_init() < 0) return 2;
    test_small_cache();
    test_normalization();
    test_inline_helpers();
    test_division();
    test_pow_shift_bits();
    test_conversions();
    test_hash_compare();
    test_text();
    if (failures) printf("%d failures\n", failures);
    else printf("test_int: all passed\n");
    return failures != 0;
}
