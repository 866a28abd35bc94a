/* test_dict.c — C unit tests of the dict table: insertion order, lookups
 * of int and str keys, deletion with dummies, resizing, merge modes,
 * iteration and version tags. */
#include "../../src/vm/lifecycle.h"
#include "../../src/vm/err.h"
#include "../../src/objects/dict.h"
#include "../../src/objects/int.h"
#include "../../src/objects/str.h"
#include "../../src/objects/list.h"

#include <stdio.h>

static int failures;
#define CHECK(cond) do { if (!(cond)) { printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); failures++; } } while (0)

static KrObject *I(int64_t v) { return kr_int_from_i64(v); }

static void test_basic(void)
{
    KrObject *d = kr_dict_new();
    CHECK(d && kr_dict_size(d) == 0);
    for (int i = 0; i < 1000; i++) {
        KrObject *k = I(i * 7), *v = I(i);
        CHECK(kr_dict_set_item(d, k, v) == 0);
        KR_DECREF(k);
        KR_DECREF(v);
    }
    CHECK(kr_dict_size(d) == 1000);
    for (int i = 0; i < 1000; i++) {
        KrObject *k = I(i * 7);
        KrObject *v = kr_dict_get_item_borrow(d, k);
        CHECK(v && KR_INT_SMALL_VALUE(v) == i);
        KR_DECREF(k);
    }
    KrObject *missing = I(3);
    CHECK(kr_dict_get_item_borrow(d, missing) == NULL && !kr_err_occurred());
    CHECK(kr_dict_contains(d, missing) == 0);
    CHECK(kr_dict_del_item(d, missing) == -1 && kr_err_matches(kr_exc_KeyError));
    kr_err_clear();
    KR_DECREF(missing);
    /* delete the even ones; order of the rest is kept */
    for (int i = 0; i < 1000; i += 2) {
        KrObject *k = I(i * 7);
        CHECK(kr_dict_del_item(d, k) == 0);
        KR_DECREF(k);
    }
    CHECK(kr_dict_size(d) == 500);
    ssize_t pos = 0;
    KrObject *key, *value;
    int expect = 1, ok = 1;
    while (kr_dict_next(d, &pos, &key, &value)) {
        if (KR_INT_SMALL_VALUE(value) != expect) ok = 0;
        expect += 2;
    }
    CHECK(ok && expect == 1001);
    /* re-inserting a deleted key appends it at the end */
    KrObject *k0 = I(0);
    CHECK(kr_dict_set_item(d, k0, k0) == 0);
    KrObject *keys = kr_dict_keys(d);
    CHECK(keys && KR_SIZE(keys) == 501 && KR_LIST_GET(keys, 500) == k0);
    KR_XDECREF(keys);
    KR_DECREF(k0);
    uint64_t v1 = ((KrDictObject *)d)->ma_version;
    kr_dict_clear(d);
    CHECK(kr_dict_size(d) == 0 && ((KrDictObject *)d)->ma_version != v1);
    KR_DECREF(d);
}

static void test_str_keys(void)
{
    KrObject *d = kr_dict_new();
    char buf[32];
    for (int i = 0; i < 200; i++) {
        snprintf(buf, sizeof buf, "key%d", i);
        KrObject *v = I(i);
        CHECK(kr_dict_set_item_str(d, buf, v) == 0);
        KR_DECREF(v);
    }
    for (int i = 0; i < 200; i++) {
        snprintf(buf, sizeof buf, "key%d", i);
        /* a fresh (not interned) equal string must be found */
        KrObject *k = kr_str_from_cstr(buf);
        KrObject *v = kr_dict_get_item_borrow(d, k);
        CHECK(v && KR_INT_SMALL_VALUE(v) == i);
        KR_DECREF(k);
    }
    /* mixing in an int key keeps str lookups working */
    KrObject *ik = I(5);
    CHECK(kr_dict_set_item(d, ik, ik) == 0);
    KrObject *v = kr_dict_get_item_str_borrow(d, "key5");
    CHECK(v && KR_INT_SMALL_VALUE(v) == 5);
    CHECK(kr_dict_get_item_borrow(d, ik) == ik);
    KR_DECREF(ik);
    KR_DECREF(d);
}

static void test_merge(void)
{
    KrObject *a = kr_dict_new(), *b = kr_dict_new();
    KrObject *one = I(1), *two = I(2), *three = I(3);
    kr_dict_set_item(a, one, one);
    kr_dict_set_item(b, one, two);
    kr_dict_set_item(b, three, three);
    KrObject *c = kr_dict_copy(a);
    CHECK(kr_dict_merge(c, b, 0) == 0 && kr_dict_get_item_borrow(c, one) == one && kr_dict_size(c) == 2);
    KR_DECREF(c);
    c = kr_dict_copy(a);
    CHECK(kr_dict_merge(c, b, 1) == 0 && kr_dict_get_item_borrow(c, one) == two);
    KR_DECREF(c);
    c = kr_dict_copy(a);
    CHECK(kr_dict_merge(c, b, 2) == -1 && kr_err_matches(kr_exc_KeyError));
    kr_err_clear();
    KR_DECREF(c);
    KrObject *res = NULL;
    CHECK(kr_dict_pop(b, three, &res) == 1 && res == three);
    KR_XDECREF(res);
    CHECK(kr_dict_pop(b, three, &res) == 0 && res == NULL);
    KrObject *got = kr_dict_setdefault_borrow(a, two, three);
    CHECK(got == three && kr_dict_size(a) == 2);
    got = kr_dict_setdefault_borrow(a, two, one);
    CHECK(got == three);
    KR_DECREF(one);
    KR_DECREF(two);
    KR_DECREF(three);
    KR_DECREF(a);
    KR_DECREF(b);
}

int main(void)
{
    if (kr_runtime_init() < 0) return 2;
    test_basic();
    test_str_keys();
    test_merge();
    printf("test_dict: %d failure(s)\n", failures);
    return failures != 0;
}
