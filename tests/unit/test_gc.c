/* test_gc.c — unit tests of the cycle collector: header layout, tracking,
 * cycles found and freed, tuple/dict untracking, generation counts,
 * freeze/unfreeze, the finalized bit. */
#include "vm/lifecycle.h"
#include "vm/err.h"
#include "memory/gc.h"
#include "objects/list.h"
#include "objects/dict.h"
#include "objects/tuple.h"
#include "objects/int.h"
#include "objects/str.h"

#include <stdio.h>

static int failures, checks;

#define CHECK(cond, ...) do { checks++; if (!(cond)) { failures++; \
    printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); printf("\n"); } } while (0)

static void test_header(void)
{
    CHECK(sizeof(KrGCHead) == 2 * sizeof(void *), "GC header is %zu bytes", sizeof(KrGCHead));
    KrObject *l = kr_list_new(0);
    CHECK(kr_gc_is_tracked(l), "new list tracked");
    CHECK(!kr_gc_is_finalized(l), "new list not finalized");
    kr_gc_untrack(l);
    CHECK(!kr_gc_is_tracked(l), "untracked");
    kr_gc_untrack(l);   /* harmless */
    kr_gc_set_finalized(l);
    kr_gc_track(l);
    kr_gc_track(l);     /* harmless */
    CHECK(kr_gc_is_tracked(l) && kr_gc_is_finalized(l), "tracking keeps the finalized bit");
    kr_gc_untrack(l);
    CHECK(kr_gc_is_finalized(l), "untracking keeps the finalized bit");
    kr_gc_track(l);
    KR_DECREF(l);
}

static void test_cycles(void)
{
    kr_gc_collect(2);
    /* a list containing itself */
    KrObject *l = kr_list_new(0);
    kr_list_append(l, l);
    KR_DECREF(l);
    CHECK(kr_gc_collect(2) == 1, "self-referencing list");
    /* a ring of 10 lists */
    KrObject *first = kr_list_new(0), *cur = first;
    KR_INCREF(cur);
    for (int i = 0; i < 9; i++) {
        KrObject *n = kr_list_new(0);
        kr_list_append(cur, n);
        KR_DECREF(cur);
        cur = n;
    }
    kr_list_append(cur, first);
    KR_DECREF(cur);
    KR_DECREF(first);
    CHECK(kr_gc_collect(2) == 10, "ring of ten lists");
    /* a cycle kept alive from outside is not collected */
    KrObject *d = kr_dict_new();
    KrObject *k = kr_str_from_cstr("self");
    kr_dict_set_item(d, k, d);
    CHECK(kr_gc_is_tracked(d), "dict holding a dict is tracked");
    CHECK(kr_gc_collect(2) == 0, "reachable cycle survives");
    CHECK(kr_gc_collect(0) == 0, "reachable cycle survives a young collection");
    kr_dict_clear(d);
    KR_DECREF(d);
    KR_DECREF(k);
    CHECK(kr_gc_collect(2) == 0, "nothing left");
}

static void test_untracking(void)
{
    KrObject *one = kr_int_from_i64(1000);
    KrObject *t = kr_tuple_pack(2, one, one);
    KrObject *l = kr_list_new(0);
    KrObject *t2 = kr_tuple_pack(2, one, l);
    CHECK(kr_gc_is_tracked(t) && kr_gc_is_tracked(t2), "new tuples are tracked");
    kr_gc_collect(0);
    CHECK(!kr_gc_is_tracked(t), "atomic tuple untracked by a collection");
    CHECK(kr_gc_is_tracked(t2), "tuple holding a list stays tracked");
    KrObject *d = kr_dict_new();
    CHECK(!kr_gc_is_tracked(d), "new dict untracked");
    kr_dict_set_item(d, one, one);
    CHECK(!kr_gc_is_tracked(d), "dict of ints untracked");
    kr_dict_set_item(d, one, l);
    CHECK(kr_gc_is_tracked(d), "dict holding a list tracked");
    kr_dict_set_item(d, one, one);
    kr_gc_collect(1);
    CHECK(kr_gc_is_tracked(d), "dicts untracked only by full collections");
    kr_gc_collect(2);
    CHECK(!kr_gc_is_tracked(d), "full collection untracks an atomic dict");
    KR_DECREF(d);
    KR_DECREF(t);
    KR_DECREF(t2);
    KR_DECREF(l);
    KR_DECREF(one);
}

static void test_counts_and_freeze(void)
{
    int c[3];
    kr_gc_collect(2);
    kr_gc_get_counts(c);
    CHECK(c[1] == 0 && c[2] == 0, "full collection resets counts (%d %d)", c[1], c[2]);
    kr_gc_collect(0);
    kr_gc_get_counts(c);
    CHECK(c[1] == 1, "gen-0 collection counts for gen 1 (%d)", c[1]);
    KrObject *l = kr_list_new(0);
    kr_list_append(l, l);
    kr_gc_freeze();
    CHECK(kr_gc_freeze_count() > 0, "freeze moves objects");
    KR_DECREF(l);
    CHECK(kr_gc_collect(2) == 0, "frozen cycle ignored");
    kr_gc_unfreeze();
    CHECK(kr_gc_freeze_count() == 0, "unfreeze empties the permanent generation");
    CHECK(kr_gc_collect(2) == 1, "unfrozen cycle collected");
}

int main(void)
{
    if (kr_runtime_init() < 0) {
        printf("runtime init failed\n");
        return 1;
    }
    kr_gc_set_enabled(0);
    test_header();
    test_cycles();
    test_untracking();
    test_counts_and_freeze();
    if (kr_err_occurred()) {
        failures++;
        printf("FAIL: exception left set\n");
    }
    printf("test_gc: %d checks, %d failures\n", checks, failures);
    return failures != 0;
}
