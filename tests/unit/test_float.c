/* test_float.c — C unit tests of float and complex internals: shortest
 * repr, literal parsing, the numeric hash, rounding, formatting and the
 * power rules (values checked against CPython 3.11). */
#include "vm/lifecycle.h"
#include "vm/err.h"
#include "objects/int.h"
#include "objects/float.h"
#include "objects/str.h"
#include "objects/format_spec.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static int failures;

#define CHECK(cond) do { if (!(cond)) { printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); \
    failures++; } } while (0)

static void check_text(int line, KrObject *s, const char *expect)
{
    if (!s) {
        KrObject *e = kr_err_fetch();
        printf("FAIL line %d: exception %s (expected %s)\n", line, e ? KR_TYPE(e)->tp_name : "?", expect);
        KR_XDECREF(e);
        failures++;
        return;
    }
    const char *u = kr_str_as_utf8(s, NULL);
    if (!u || strcmp(u, expect) != 0) {
        printf("FAIL line %d: got %s, expected %s\n", line, u ? u : "(null)", expect);
        failures++;
    }
    KR_DECREF(s);
}
#define CHECK_TEXT(expr, expect) check_text(__LINE__, (expr), (expect))

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

static void test_repr(void)
{
    struct { double v; const char *r; } cases[] = {
        { 0.1, "0.1" }, { 1e16, "1e+16" }, { 1e15, "1000000000000000.0" }, { 1.5e-7, "1.5e-07" },
        { 0.0001, "0.0001" }, { 1e-5, "1e-05" }, { -0.0, "-0.0" }, { 0.0, "0.0" }, { 1e22, "1e+22" },
        { 1.0 / 3, "0.3333333333333333" }, { 5e-324, "5e-324" }, { 1.7976931348623157e308, "1.7976931348623157e+308" },
        { 123456789012345678.0, "1.2345678901234568e+17" }, { INFINITY, "inf" }, { -INFINITY, "-inf" },
        { NAN, "nan" }, { 2.5, "2.5" }, { 100.0, "100.0" }, { 9999999999999998.0, "9999999999999998.0" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[64];
        kr_float_repr_buf(cases[i].v, buf, sizeof buf);
        if (strcmp(buf, cases[i].r) != 0) {
            printf("FAIL repr: got %s expected %s\n", buf, cases[i].r);
            failures++;
        }
    }
    char digits[24];
    CHECK(kr_float_shortest_digits(0.1, digits) == -1 && strcmp(digits, "1") == 0);
    CHECK(kr_float_shortest_digits(1234.5, digits) == 3 && strcmp(digits, "12345") == 0);
    CHECK_TEXT(kr_complex_repr_values(0.0, 1.0), "1j");
    CHECK_TEXT(kr_complex_repr_values(-0.0, -1.0), "(-0-1j)");
    CHECK_TEXT(kr_complex_repr_values(INFINITY, NAN), "(inf+nanj)");
    CHECK_TEXT(kr_complex_repr_values(1.5, 0.0), "(1.5+0j)");
}

static void test_parse(void)
{
    double d;
    CHECK(kr_float_parse("1_000.5", 7, &d) == 0 && d == 1000.5);
    CHECK(kr_float_parse("  -InFiNiTy ", 12, &d) == 0 && d == -INFINITY);
    CHECK(kr_float_parse("nan", 3, &d) == 0 && isnan(d));
    CHECK(kr_float_parse("1.e5", 4, &d) == 0 && d == 1e5);
    CHECK(kr_float_parse(".5", 2, &d) == 0 && d == 0.5);
    CHECK(kr_float_parse("1e400", 5, &d) == 0 && d == INFINITY);
    CHECK(kr_float_parse("0.1", 3, &d) == 0 && d == 0.1);
    CHECK(kr_float_parse("1__0", 4, &d) < 0);
    CHECK(kr_float_parse("_1", 2, &d) < 0);
    CHECK(kr_float_parse("1_.5", 4, &d) < 0);
    CHECK(kr_float_parse(".", 1, &d) < 0);
    CHECK(kr_float_parse("0x10", 4, &d) < 0);
    CHECK(kr_float_parse("infi", 4, &d) < 0);
    CHECK(kr_float_parse("", 0, &d) < 0);
    CHECK(!kr_err_occurred());
    KrObject *s = kr_str_from_cstr("1.5x");
    CHECK_ERROR(kr_float_from_string(s), "ValueError", "could not convert string to float: '1.5x'");
    KR_DECREF(s);
}

static void test_hash(void)
{
    struct { double v; kr_hash_t h; } cases[] = {
        { 1.5, 1152921504606846977 }, { -0.5, -1152921504606846976 }, { 1e300, 1224995262755759164 },
        { INFINITY, 314159 }, { -INFINITY, -314159 }, { 0.1, 230584300921369408 }, { -2.0, -2 },
        { -1.0, -2 }, { 1e-300, 482449582752280463 }, { 0.0, 0 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        kr_hash_t h = kr_hash_double(NULL, cases[i].v);
        if (h != cases[i].h) {
            printf("FAIL hash(%g) = %lld, expected %lld\n", cases[i].v, (long long)h, (long long)cases[i].h);
            failures++;
        }
    }
}

static void test_round_pow(void)
{
    CHECK(kr_float_round_double(2.675, 2) == 2.67);
    CHECK(kr_float_round_double(0.125, 2) == 0.12);
    CHECK(kr_float_round_double(0.375, 2) == 0.38);
    CHECK(kr_float_round_double(12345.5, -1) == 12350.0);
    CHECK(kr_float_round_double(25.0, -1) == 20.0);
    CHECK(kr_float_round_double(-0.4, 0) == 0.0 && signbit(kr_float_round_double(-0.4, 0)));
    CHECK(kr_float_round_double(1.7976931348623157e308, -308) == -1.0 && kr_err_occurred());
    CHECK_ERROR(NULL, "OverflowError", "rounded value too large to represent");
    CHECK_ERROR(kr_float_pow_doubles(0.0, -1.0), "ZeroDivisionError", "0.0 cannot be raised to a negative power");
    CHECK_ERROR(kr_float_pow_doubles(10.0, 400.0), "OverflowError", "(34, 'Numerical result out of range')");
    KrObject *c = kr_float_pow_doubles(-8.0, 1.0 / 3);
    CHECK(c && KR_COMPLEX_CHECK(c));
    KR_XDECREF(c);
    KrObject *f = kr_float_pow_doubles(-2.0, 3.0);
    CHECK(f && KR_FLOAT_VALUE(f) == -8.0);
    KR_XDECREF(f);
    CHECK_ERROR(kr_complex_pow_values(0.0, 0.0, -1.0, 0.0), "ZeroDivisionError", "0.0 to a negative or complex power");
}

static void test_format(void)
{
    struct { double v; const char *spec, *out; } cases[] = {
        { 1234.5, ",.2f", "1,234.50" }, { 1.5, "010", "00000001.5" }, { -0.0, "z.1f", "0.0" },
        { 100.0, ".3", "1e+02" }, { 1.0, ".3", "1.0" }, { 1e16, "#", "1.e+16" }, { 1.5, "#.3", "1.50" },
        { 0.5, ".1%", "50.0%" }, { INFINITY, "E", "INF" }, { 1.5, "^9", "   1.5   " },
        { 1.5, "015,.2f", "0,000,000,001.50" }, { 12345.678, "_.1f", "12_345.7" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        KrObject *spec = kr_str_from_cstr(cases[i].spec);
        check_text(__LINE__, kr_format_float(cases[i].v, spec, "float"), cases[i].out);
        KR_DECREF(spec);
    }
    KrObject *spec = kr_str_from_cstr("x");
    CHECK_ERROR(kr_format_float(1.5, spec, "float"), "ValueError", "Unknown format code 'x' for object of type 'float'");
    KR_DECREF(spec);
    KrFormatSpec f;
    spec = kr_str_from_cstr("*^+#012,.3f");
    CHECK(kr_format_spec_parse_ex(spec, "float", 0, '>', &f) == 0);
    CHECK(f.fill_char == '*' && f.align == '^' && f.sign == '+' && f.alternate && f.width == 12 &&
          f.thousands == ',' && f.precision == 3 && f.type == 'f');
    KR_DECREF(spec);
    spec = kr_str_from_cstr(",s");
    CHECK(kr_format_spec_parse(spec, &f) == -1);
    CHECK_ERROR(NULL, "ValueError", "Cannot specify ',' with 's'.");
    KR_DECREF(spec);
    KrObject *s = kr_str_from_cstr("abc"), *sp = kr_str_from_cstr("*>8.1s");
    CHECK_TEXT(kr_format_str(s, sp), "*******a");
    KR_DECREF(s);
    KR_DECREF(sp);
    KrObject *c = kr_str_from_cstr("+.2f");
    CHECK_TEXT(kr_format_complex(1.0, -2.0, c), "+1.00-2.00j");
    KR_DECREF(c);
}

int main(void)
{
    if (kr_runtime_init() < 0) return 2;
    test_repr();
    test_parse();
    test_hash();
    test_round_pow();
    test_format();
    if (failures) printf("%d failures\n", failures);
    else printf("test_float: all passed\n");
    return failures != 0;
}
