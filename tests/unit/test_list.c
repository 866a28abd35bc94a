/* test_list.c — C unit tests of list: growth pattern, append/insert/del,
 * slices, sorting stability and reverse. */
#include "../../src/vm/lifecycle.h"
#include "../../src/vm/err.h"
#include "../../src/objects/list.h"
#include "../../src/objects/tuple.h"
#include "../../src/objects/int.h"
#include "../../src/objects/dict.h"

#include <stdio.h>

static int failures;
#define CHECK(cond) do { if (!(cond)) { printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); failures++; } } while (0)

static KrObject *I(int64_t v) { return kr_int_from_i64(v); }

static void test_growth(void)
{
    /* CPython: appends to [] give capacities 4, 8, 16, 24, 32, 40, 52, 64, 76 */
    static const ssize_t expect[] = { 4, 8, 16, 24, 32, 40, 52, 64, 76 };
    KrObject *l = kr_list_new(0);
    ssize_t last = 0;
    int k = 0, ok = 1;
    for (int i = 0; i < 70; i++) {
        KrObject *v = I(i);
        kr_list_append(l, v);
        KR_DECREF(v);
        ssize_t a = ((KrListObject *)l)->allocated;
        if (a != last) {
            if (k >= 9 || a != expect[k]) ok = 0;
            k++;
            last = a;
        }
    }
    CHECK(ok && k == 9);
    CHECK(KR_SIZE(l) == 70);
    CHECK(kr_list_del_item(l, 0) == 0 && KR_INT_SMALL_VALUE(KR_LIST_GET(l, 0)) == 1);
    KrObject *m1 = I(-1);
    CHECK(kr_list_insert(l, 0, m1) == 0 && KR_LIST_GET(l, 0) == m1);
    KR_DECREF(m1);
    KrObject *s = kr_list_get_slice(l, 1, 4);
    CHECK(s && KR_SIZE(s) == 3 && KR_INT_SMALL_VALUE(KR_LIST_GET(s, 2)) == 3);
    KR_XDECREF(s);
    KrObject *t = kr_list_as_tuple(l);
    CHECK(t && KR_SIZE(t) == 70);
    KR_XDECREF(t);
    CHECK(kr_list_get_borrow(l, 70) == NULL && kr_err_matches(kr_exc_IndexError));
    kr_err_clear();
    KR_DECREF(l);
}

static void test_sort(void)
{
    /* pseudo-random ints, sorted and checked; then pairs for stability */
    KrObject *l = kr_list_new(0);
    uint32_t x = 12345;
    for (int i = 0; i < 5000; i++) {
        x = x * 1103515245u + 12345u;
        KrObject *v = I((x >> 8) % 1000);
        kr_list_append(l, v);
        KR_DECREF(v);
    }
    CHECK(kr_list_sort(l) == 0);
    int ok = 1;
    for (ssize_t i = 1; i < KR_SIZE(l); i++)
        if (KR_INT_SMALL_VALUE(KR_LIST_GET(l, i - 1)) > KR_INT_SMALL_VALUE(KR_LIST_GET(l, i))) ok = 0;
    CHECK(ok);
    kr_list_reverse(l);
    CHECK(KR_INT_SMALL_VALUE(KR_LIST_GET(l, 0)) >= KR_INT_SMALL_VALUE(KR_LIST_GET(l, 1)));
    KR_DECREF(l);

    /* stability: tuples (key, seq) sorted by key via sort of tuples with
     * equal first items keep the second ascending */
    l = kr_list_new(0);
    for (int i = 0; i < 3000; i++) {
        x = x * 1103515245u + 12345u;
        KrObject *a = I((x >> 8) % 10), *b = I(i);
        KrObject *t = kr_tuple_pack(2, a, b);
        kr_list_append(l, t);
        KR_DECREF(a);
        KR_DECREF(b);
        KR_DECREF(t);
    }
    CHECK(kr_list_sort(l) == 0);
    ok = 1;
    for (ssize_t i = 1; i < KR_SIZE(l); i++) {
        KrObject *p = KR_LIST_GET(l, i - 1), *q = KR_LIST_GET(l, i);
        int64_t pk = KR_INT_SMALL_VALUE(KR_TUPLE_GET(p, 0)), qk = KR_INT_SMALL_VALUE(KR_TUPLE_GET(q, 0));
        if (pk > qk || (pk == qk && KR_INT_SMALL_VALUE(KR_TUPLE_GET(p, 1)) > KR_INT_SMALL_VALUE(KR_TUPLE_GET(q, 1))))
            ok = 0;
    }
    CHECK(ok);
    KR_DECREF(l);
}

static void test_deep_dealloc(void)
{
    /* a list nested 200000 deep must be freed without a stack overflow */
    KrObject *l = kr_list_new(0);
    for (int i = 0; i < 200000; i++) {
        KrObject *outer = kr_list_new(0);
        kr_list_append(outer, l);
        KR_DECREF(l);
        l = outer;
    }
    KR_DECREF(l);
    /* the same through dicts and tuples */
    KrObject *d = kr_dict_new();
    for (int i = 0; i < 200000; i++) {
        KrObject *outer = kr_dict_new();
        KrObject *t = kr_tuple_pack(1, d);
        kr_dict_set_item_str(outer, "k", t);
        KR_DECREF(t);
        KR_DECREF(d);
        d = outer;
    }
    KR_DECREF(d);
    CHECK(1);
}

int main(void)
{
    if (kr_runtime_init() < 0) return 2;
    test_growth();
    test_sort();
    test_deep_dealloc();
    printf("test_list: %d failure(s)\n", failures);
    return failures != 0;
}
