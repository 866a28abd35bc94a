/* test_str.c — C unit tests of str/bytes internals: storage kinds,
 * singletons, interning, hashing (PYTHONHASHSEED=0 values checked against
 * CPython 3.11), repr, kr_str_from_format, codecs, builders, bytes. */
#include "vm/lifecycle.h"
#include "vm/err.h"
#include "objects/str.h"
#include "objects/bytes.h"
#include "objects/hash.h"
#include "objects/int.h"
#include "objects/tuple.h"
#include "objects/str_codecs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;

#define CHECK(cond) do { if (!(cond)) { printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); \
    failures++; } } while (0)

/* Compares the UTF-8 of a str result with the expected text; consumes s. */
static void check_str(int line, KrObject *s, const char *expect)
{
    if (!s) {
        KrObject *e = kr_err_fetch();
        printf("FAIL line %d: exception %s (expected \"%s\")\n", line, e ? KR_TYPE(e)->tp_name : "?", expect);
        KR_XDECREF(e);
        failures++;
        return;
    }
    const char *u = kr_str_as_utf8(s, NULL);
    if (!u || strcmp(u, expect) != 0) {
        printf("FAIL line %d: got \"%s\", expected \"%s\"\n", line, u ? u : "(null)", expect);
        failures++;
    }
    KR_DECREF(s);
}
#define CHECK_STR(expr, expect) check_str(__LINE__, (expr), (expect))

/* Checks that expr failed with an exception of the given type name. */
static void check_raises(int line, KrObject *r, const char *type)
{
    if (r) {
        printf("FAIL line %d: no exception (expected %s)\n", line, type);
        KR_DECREF(r);
        failures++;
        return;
    }
    KrObject *e = kr_err_fetch();
    if (!e || strcmp(KR_TYPE(e)->tp_name, type) != 0) {
        printf("FAIL line %d: exception %s, expected %s\n", line, e ? KR_TYPE(e)->tp_name : "none", type);
        failures++;
    }
    KR_XDECREF(e);
}
#define CHECK_RAISES(expr, type) check_raises(__LINE__, (expr), (type))

static void test_kinds_and_singletons(void)
{
    KrObject *a = kr_str_from_cstr("abc");
    CHECK(KR_STR_KIND(a) == 1 && KR_STR_IS_ASCII(a) && KR_STR_LEN(a) == 3);
    KrObject *l = kr_str_from_cstr("h\xc3\xa9");           /* hé */
    CHECK(KR_STR_KIND(l) == 1 && !KR_STR_IS_ASCII(l) && KR_STR_LEN(l) == 2);
    KrObject *w = kr_str_from_cstr("\xe2\x82\xac");        /* € */
    CHECK(KR_STR_KIND(w) == 2 && KR_STR_LEN(w) == 1);
    KrObject *e = kr_str_from_cstr("\xf0\x9f\x98\x80");    /* 😀 */
    CHECK(KR_STR_KIND(e) == 4 && KR_STR_READ_CHAR(e, 0) == 0x1F600);
    CHECK(((char *)KR_STR_DATA(a))[3] == 0);
    KrObject *c1 = kr_str_from_char('x'), *c2 = kr_str_from_cstr("x");
    CHECK(c1 == c2);
    KrObject *e1 = kr_str_from_cstr(""), *e2 = kr_str_substring(a, 2, 1);
    CHECK(e1 == e2 && e1 == kr_str_empty_borrow());
    uint32_t cps[3] = { 'a', 0x20ac, 'b' };
    KrObject *u = kr_str_from_ucs4(cps, 3);
    KrObject *sub = kr_str_substring(u, 0, 1);
    CHECK(KR_STR_KIND(sub) == 1 && kr_str_equal_cstr(sub, "a"));
    KR_DECREF(a); KR_DECREF(l); KR_DECREF(w); KR_DECREF(e); KR_DECREF(c1); KR_DECREF(c2);
    KR_DECREF(e1); KR_DECREF(e2); KR_DECREF(u); KR_DECREF(sub);
}

static void test_hash_and_equality(void)
{
    /* PYTHONHASHSEED=0 (set in main): CPython 3.11's values */
    KrObject *s = kr_str_from_cstr("abc");
    CHECK(kr_str_hash(s) == -4594863902769663758LL);
    KrObject *b = kr_bytes_from("abc", 3);
    CHECK(kr_bytes_hash(b) == kr_str_hash(s));
    KrObject *eur = kr_str_from_cstr("\xe2\x82\xac");
    CHECK(kr_str_hash(eur) == -5529981157763016009LL);
    KrObject *lat = kr_str_from_cstr("\xc3\xa9");
    CHECK(kr_str_hash(lat) == 6047309291227476195LL);
    CHECK(kr_hash_bytes("", 0) == 0);
    KrObject *t = kr_str_from_cstr("ab");
    KrObject *c = kr_str_from_cstr("c");
    KrObject *cat = kr_str_concat(t, c);
    CHECK(kr_str_equal(cat, s) && kr_str_eq_fast(cat, s) && kr_str_compare(t, s) < 0);
    CHECK(kr_str_compare(eur, lat) > 0 && kr_str_compare(s, s) == 0);
    KR_DECREF(s); KR_DECREF(b); KR_DECREF(eur); KR_DECREF(lat); KR_DECREF(t); KR_DECREF(c); KR_DECREF(cat);
}

static void test_interning(void)
{
    KrObject *a = kr_str_intern_cstr("some_identifier");
    KrObject *b = kr_str_from_cstr("some_identifier");
    kr_str_intern_in_place(&b);
    CHECK(a == b);
    KR_DECREF(a);
    KR_DECREF(b);
}

static void test_append_inplace(void)
{
    KrObject *s = kr_str_from_cstr("ab");
    KrObject *x = kr_str_from_cstr("cd");
    KrObject *acc = kr_str_concat(s, x);           /* refcount 1, exact */
    for (int i = 0; i < 100; i++) CHECK(kr_str_append_inplace(&acc, x) == 0);
    CHECK(KR_STR_LEN(acc) == 204);
    KrObject *eur = kr_str_from_cstr("\xe2\x82\xac");
    CHECK(kr_str_append_inplace(&acc, eur) == 0 && KR_STR_KIND(acc) == 2 && KR_STR_LEN(acc) == 205);
    KR_DECREF(s); KR_DECREF(x); KR_DECREF(acc); KR_DECREF(eur);
}

/* repr of a new object, which it drops (LeakSanitizer checks the tests too) */
static KrObject *repr_steal(KrObject *(*repr)(KrObject *), KrObject *o)
{
    KrObject *r = repr(o);
    KR_DECREF(o);
    return r;
}

static void test_repr(void)
{
    CHECK_STR(repr_steal(kr_str_repr, kr_str_from_cstr("it's")), "\"it's\"");
    CHECK_STR(repr_steal(kr_str_repr, kr_str_from_cstr("a'b\"c")), "'a\\'b\"c'");
    CHECK_STR(repr_steal(kr_str_repr, kr_str_from_cstr("\t\n\x01\x7f\\")), "'\\t\\n\\x01\\x7f\\\\'");
    CHECK_STR(repr_steal(kr_str_repr, kr_str_from_cstr("\xc2\xa0\xc3\xa9\xe2\x80\xa8\xf0\x9f\x98\x80")),
              "'\\xa0\xc3\xa9\\u2028\xf0\x9f\x98\x80'");
    CHECK_STR(repr_steal(kr_bytes_repr, kr_bytes_from("a'\x00\xff", 4)), "b\"a'\\x00\\xff\"");
}

static void test_from_format(void)
{
    KrObject *s = kr_str_from_cstr("h\xc3\xa9");
    CHECK_STR(kr_str_from_format("[%d|%5s|%-5s|%.2s|%U|%zd|%x|%c|%%|%05d|%lld|%u]", 42, "ab", "cd", "xyz",
                                 s, (ssize_t)-7, 255, 0x20ac, -42, -5LL, 7u),
              "[42|   ab|cd   |xy|h\xc3\xa9|-7|ff|\xe2\x82\xac|%|-0042|-5|7]");
    CHECK_STR(kr_str_from_format("%R and %S", s, s), "'h\xc3\xa9' and h\xc3\xa9");
    CHECK_STR(kr_str_from_format("%.3U|%5U|", s, s), "h\xc3\xa9|   h\xc3\xa9|");
    CHECK_STR(kr_str_from_format("type %T", s), "type str");
    KR_DECREF(s);
}

static void test_codecs(void)
{
    CHECK_STR(kr_str_decode("a\xff" "b", 3, "utf-8", "replace"), "a\xef\xbf\xbd" "b");
    CHECK_STR(kr_str_decode("a\xff" "b", 3, "utf-8", "ignore"), "ab");
    CHECK_STR(kr_str_decode("a\xff" "b", 3, "utf-8", "backslashreplace"), "a\\xffb");
    CHECK_STR(kr_str_decode("\xe9", 1, "latin-1", NULL), "\xc3\xa9");
    CHECK_RAISES(kr_str_decode("\xff", 1, "utf-8", NULL), "UnicodeDecodeError");
    CHECK_RAISES(kr_str_decode("\x80", 1, "ascii", NULL), "UnicodeDecodeError");
    CHECK_RAISES(kr_str_decode("x", 1, "no-such-codec", NULL), "LookupError");
    KrObject *s = kr_str_from_cstr("a\xc3\xa9\xe2\x82\xac");
    KrObject *b = kr_str_encode(s, "ascii", "backslashreplace");
    CHECK(b && KR_BYTES_LEN(b) == 11 && memcmp(KR_BYTES_DATA(b), "a\\xe9\\u20ac", 11) == 0);
    KR_XDECREF(b);
    b = kr_str_encode(s, "utf-16-le", NULL);
    CHECK(b && KR_BYTES_LEN(b) == 6 && memcmp(KR_BYTES_DATA(b), "a\0\xe9\0\xac\x20", 6) == 0);
    KrObject *back = b ? kr_str_decode(KR_BYTES_DATA(b), KR_BYTES_LEN(b), "utf-16-le", NULL) : NULL;
    CHECK(back && kr_str_equal(back, s));
    KR_XDECREF(b);
    KR_XDECREF(back);
    CHECK_RAISES(kr_str_encode(s, "latin-1", NULL), "UnicodeEncodeError");
    uint32_t sur[2] = { 'x', 0xD800 };
    KrObject *lone = kr_str_from_ucs4(sur, 2);
    CHECK(kr_str_as_utf8(lone, NULL) == NULL);
    KrObject *exc = kr_err_fetch();
    CHECK(exc && strcmp(KR_TYPE(exc)->tp_name, "UnicodeEncodeError") == 0);
    KR_XDECREF(exc);
    KR_DECREF(lone);
    KR_DECREF(s);
}

static void test_incremental_decode(void)
{
    ssize_t consumed = -1;
    int bo = 0;
    CHECK_STR(kr_codecs_decode_ex("a\xe2\x82", 3, "utf-8", NULL, 0, &consumed, NULL), "a");
    CHECK(consumed == 1);
    CHECK_STR(kr_codecs_decode_ex("\xff\xfe" "a\x00" "b", 5, "utf-16", NULL, 0, &consumed, &bo), "a");
    CHECK(consumed == 4 && bo == -1);
    CHECK_RAISES(kr_codecs_decode_ex("a\xe2\x82", 3, "utf-8", NULL, 1, &consumed, NULL),
                 "UnicodeDecodeError");
    CHECK(strcmp(kr_codecs_builtin_name("UTF8"), "utf-8") == 0);
    CHECK(strcmp(kr_codecs_builtin_name("Latin_1"), "latin-1") == 0);
    CHECK(kr_codecs_builtin_name("cp1252") == NULL);
}

static void test_builder(void)
{
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    kr_strbuilder_append_ascii(&b, "ab", -1);
    kr_strbuilder_append_char(&b, 0xe9);
    kr_strbuilder_append_repeat(&b, '-', 3);
    kr_strbuilder_append_utf8(&b, "\xe2\x82\xac", -1);
    KrObject *s = kr_strbuilder_finish(&b);
    CHECK(s && KR_STR_KIND(s) == 2 && KR_STR_LEN(s) == 7);
    CHECK_STR(s, "ab\xc3\xa9---\xe2\x82\xac");
}

static void test_percent(void)
{
    KrObject *fmt = kr_str_from_cstr("%s|%5d|%-4x|%r|%.2f|%c");
    KrObject *s = kr_str_from_cstr("q");
    KrObject *i = kr_int_from_i64(42), *h = kr_int_from_i64(255), *c = kr_int_from_i64(0x263a);
    KrObject *args = kr_tuple_pack(5, s, i, h, s, c);
    CHECK_RAISES(kr_str_format_percent(fmt, args), "TypeError");     /* 6 specs, 5 args */
    KrObject *fmt2 = kr_str_from_cstr("%s|%5d|%-4x|%r|%c");
    CHECK_STR(kr_str_format_percent(fmt2, args), "q|   42|ff  |'q'|\xe2\x98\xba");
    KR_DECREF(fmt); KR_DECREF(fmt2); KR_DECREF(s); KR_DECREF(i); KR_DECREF(h); KR_DECREF(c); KR_DECREF(args);
}

int main(void)
{
    setenv("PYTHONHASHSEED", "0", 1);
    if (kr_runtime_init() < 0) {
        printf("FAIL: runtime init\n");
        return 1;
    }
    test_kinds_and_singletons();
    test_hash_and_equality();
    test_interning();
    test_append_inplace();
    test_repr();
    test_from_format();
    test_codecs();
    test_builder();
    test_incremental_decode();
    test_percent();
    if (failures) printf("test_str: %d failure(s)\n", failures);
    else printf("test_str: ok\n");
    return failures != 0;
}
