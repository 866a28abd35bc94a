/* test_set.c — C unit tests of set/frozenset: add/discard/contains,
 * resizing, iteration order of small ints (must equal CPython's) and the
 * frozenset hash. */
#include "../../src/vm/lifecycle.h"
#include "../../src/vm/err.h"
#include "../../src/objects/set.h"
#include "../../src/objects/int.h"
#include "../../src/objects/list.h"

#include <stdio.h>

static int failures;
#define CHECK(cond) do { if (!(cond)) { printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); failures++; } } while (0)

static KrObject *I(int64_t v) { return kr_int_from_i64(v); }

int main(void)
{
    if (kr_runtime_init() < 0) return 2;
    KrObject *s = kr_set_new(NULL);
    for (int i = 0; i < 100; i++) {
        KrObject *v = I(i * 3);
        CHECK(kr_set_add(s, v) == 0);
        CHECK(kr_set_add(s, v) == 0);
        KR_DECREF(v);
    }
    CHECK(kr_set_size(s) == 100);
    KrObject *v = I(9), *w = I(10);
    CHECK(kr_set_contains(s, v) == 1 && kr_set_contains(s, w) == 0);
    CHECK(kr_set_discard(s, v) == 1 && kr_set_discard(s, v) == 0);
    CHECK(kr_set_size(s) == 99);
    KR_DECREF(v);
    KR_DECREF(w);
    KR_DECREF(s);

    /* adding 33, 1, 17, 9 iterates as CPython 3.11: [33, 9, 1, 17] */
    s = kr_set_new(NULL);
    int64_t in[] = { 33, 1, 17, 9 }, out[] = { 33, 9, 1, 17 };
    for (int i = 0; i < 4; i++) {
        KrObject *x = I(in[i]);
        kr_set_add(s, x);
        KR_DECREF(x);
    }
    ssize_t pos = 0;
    KrObject *key;
    kr_hash_t h;
    int i = 0, ok = 1;
    while (kr_set_next(s, &pos, &key, &h)) {
        if (i >= 4 || KR_INT_SMALL_VALUE(key) != out[i]) ok = 0;
        i++;
    }
    CHECK(ok && i == 4);
    KR_DECREF(s);

    /* hash(frozenset()) and hash(frozenset({1, 2, 3})) as CPython 3.11 */
    KrObject *f = kr_frozenset_new(NULL);
    CHECK(kr_object_hash(f) == 133146708735736LL);
    KR_DECREF(f);
    KrObject *l = kr_list_new(0);
    for (int j = 1; j <= 3; j++) {
        KrObject *x = I(j);
        kr_list_append(l, x);
        KR_DECREF(x);
    }
    f = kr_frozenset_new(l);
    CHECK(kr_object_hash(f) == -272375401224217160LL);
    KR_DECREF(f);
    KR_DECREF(l);
    printf("test_set: %d failure(s)\n", failures);
    return failures != 0;
}
