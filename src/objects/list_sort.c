/* list_sort.c — list.sort(): a stable timsort (natural runs, binary
 * insertion for short runs, merges with galloping), after Tim Peters'
 * description in CPython's Objects/listsort.txt. Keys, when a key function
 * is given, are sorted with the values moving in parallel. */
#include "list.h"
#include "int.h"
#include "str.h"
#include "float.h"
#include "tuple.h"
#include "../vm/err.h"
#include "../memory/mem.h"

#include <string.h>

#define MIN_GALLOP 7
#define MAX_MERGE_PENDING 85
#define MERGESTATE_TEMP_SIZE 256

/* A run of keys, with the parallel values (NULL when sorting the items
 * themselves). */
typedef struct {
    KrObject **keys;
    KrObject **values;
} SortSlice;

typedef struct {
    SortSlice base;
    ssize_t len;
} SortRun;

typedef struct MergeState MergeState;
struct MergeState {
    ssize_t min_gallop;
    SortSlice a;               /* temp storage for merges */
    ssize_t alloced;
    int n;
    SortRun pending[MAX_MERGE_PENDING];
    KrObject *temparray[MERGESTATE_TEMP_SIZE];
    /* "a < b": 1, 0, or -1 with an exception */
    int (*lt)(MergeState *ms, KrObject *a, KrObject *b);
    /* for tuple keys: "<" of their first items */
    int (*tuple_elem_lt)(MergeState *ms, KrObject *a, KrObject *b);
};

/* ---- comparison functions chosen by a pre-scan of the key types ---- */

static int lt_generic(MergeState *ms, KrObject *a, KrObject *b)
{
    return kr_object_richcompare_bool(a, b, KR_LT);
}

static int lt_small_int(MergeState *ms, KrObject *a, KrObject *b)
{
    return KR_INT_SMALL_VALUE(a) < KR_INT_SMALL_VALUE(b);
}

static int lt_int(MergeState *ms, KrObject *a, KrObject *b) { return kr_int_compare(a, b) < 0; }

static int lt_float(MergeState *ms, KrObject *a, KrObject *b) { return KR_FLOAT_VALUE(a) < KR_FLOAT_VALUE(b); }

static int lt_str(MergeState *ms, KrObject *a, KrObject *b) { return kr_str_compare(a, b) < 0; }

/* Tuples (all exact): skip the equal prefix, then compare the first
 * differing items; the first items use the specialized "<" chosen for
 * them (as CPython's unsafe_tuple_compare). */
static int lt_tuple(MergeState *ms, KrObject *v, KrObject *w)
{
    ssize_t vlen = KR_SIZE(v), wlen = KR_SIZE(w), i;
    for (i = 0; i < vlen && i < wlen; i++) {
        int k = kr_object_richcompare_bool(KR_TUPLE_ITEMS(v)[i], KR_TUPLE_ITEMS(w)[i], KR_EQ);
        if (k < 0) return -1;
        if (!k) break;
    }
    if (i >= vlen || i >= wlen) return vlen < wlen;
    if (i == 0) return ms->tuple_elem_lt(ms, KR_TUPLE_ITEMS(v)[0], KR_TUPLE_ITEMS(w)[0]);
    return kr_object_richcompare_bool(KR_TUPLE_ITEMS(v)[i], KR_TUPLE_ITEMS(w)[i], KR_LT);
}

#define ISLT(X, Y) (ms->lt(ms, (X), (Y)))
#define IFLT(X, Y) if ((k = ISLT((X), (Y))) < 0) goto fail; if (k)

static void slice_copy(SortSlice *dst, ssize_t i, SortSlice *src, ssize_t j)
{
    dst->keys[i] = src->keys[j];
    if (dst->values) dst->values[i] = src->values[j];
}

static void slice_copy_incr(SortSlice *dst, SortSlice *src)
{
    *dst->keys++ = *src->keys++;
    if (dst->values) *dst->values++ = *src->values++;
}

static void slice_copy_decr(SortSlice *dst, SortSlice *src)
{
    *dst->keys-- = *src->keys--;
    if (dst->values) *dst->values-- = *src->values--;
}

static void slice_memcpy(SortSlice *s1, ssize_t i, SortSlice *s2, ssize_t j, ssize_t n)
{
    memcpy(&s1->keys[i], &s2->keys[j], sizeof(KrObject *) * (size_t)n);
    if (s1->values) memcpy(&s1->values[i], &s2->values[j], sizeof(KrObject *) * (size_t)n);
}

static void slice_memmove(SortSlice *s1, ssize_t i, SortSlice *s2, ssize_t j, ssize_t n)
{
    memmove(&s1->keys[i], &s2->keys[j], sizeof(KrObject *) * (size_t)n);
    if (s1->values) memmove(&s1->values[i], &s2->values[j], sizeof(KrObject *) * (size_t)n);
}

static void slice_advance(SortSlice *s, ssize_t n)
{
    s->keys += n;
    if (s->values) s->values += n;
}

static void reverse_range(KrObject **lo, KrObject **hi)
{
    --hi;
    while (lo < hi) {
        KrObject *t = *lo;
        *lo = *hi;
        *hi = t;
        ++lo;
        --hi;
    }
}

static void slice_reverse(SortSlice *s, ssize_t n)
{
    reverse_range(s->keys, s->keys + n);
    if (s->values) reverse_range(s->values, s->values + n);
}

/* Sorts [lo, hi) where [lo, start) is already sorted, by binary insertion
 * (stable: equal items go after their equals). */
static int binarysort(MergeState *ms, SortSlice lo, KrObject **hi, KrObject **start)
{
    int k;
    if (lo.keys == start) ++start;
    for (; start < hi; ++start) {
        KrObject **l = lo.keys, **r = start;
        KrObject *pivot = *r;
        do {
            KrObject **p = l + ((r - l) >> 1);
            IFLT(pivot, *p) r = p;
            else l = p + 1;
        } while (l < r);
        for (KrObject **p = start; p > l; --p) *p = *(p - 1);
        *l = pivot;
        if (lo.values) {
            ssize_t off = l - lo.keys;
            KrObject **vstart = lo.values + (start - lo.keys);
            KrObject *vpivot = *vstart;
            for (KrObject **p = vstart; p > lo.values + off; --p) *p = *(p - 1);
            lo.values[off] = vpivot;
        }
    }
    return 0;
fail:
    return -1;
}

/* Length of the run starting at lo (>= 1); *descending set for a strictly
 * descending run (which the caller reverses: strictness keeps stability). */
static ssize_t count_run(MergeState *ms, KrObject **lo, KrObject **hi, int *descending)
{
    int k;
    ssize_t n;
    *descending = 0;
    ++lo;
    if (lo == hi) return 1;
    n = 2;
    IFLT(*lo, *(lo - 1)) {
        *descending = 1;
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            IFLT(*lo, *(lo - 1));
            else break;
        }
    } else {
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            IFLT(*lo, *(lo - 1)) break;
        }
    }
    return n;
fail:
    return -1;
}

/* Leftmost position where key belongs in the sorted a[0:n]: returns k with
 * a[k-1] < key <= a[k]. hint is where to start galloping. */
static ssize_t gallop_left(MergeState *ms, KrObject *key, KrObject **a, ssize_t n, ssize_t hint)
{
    ssize_t ofs, lastofs, k;
    a += hint;
    lastofs = 0;
    ofs = 1;
    IFLT(*a, key) {
        /* a[hint] < key: gallop right */
        ssize_t maxofs = n - hint;
        while (ofs < maxofs) {
            IFLT(a[ofs], key) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) ofs = maxofs;
            } else break;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    } else {
        /* key <= a[hint]: gallop left */
        ssize_t maxofs = hint + 1;
        while (ofs < maxofs) {
            IFLT(*(a - ofs), key) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
            if (ofs <= 0) ofs = maxofs;
        }
        if (ofs > maxofs) ofs = maxofs;
        ssize_t t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    }
    a -= hint;
    /* a[lastofs] < key <= a[ofs]: binary search in between */
    ++lastofs;
    while (lastofs < ofs) {
        ssize_t m = lastofs + ((ofs - lastofs) >> 1);
        IFLT(a[m], key) lastofs = m + 1;
        else ofs = m;
    }
    return ofs;
fail:
    return -1;
}

/* Rightmost position: returns k with a[k-1] <= key < a[k]. */
static ssize_t gallop_right(MergeState *ms, KrObject *key, KrObject **a, ssize_t n, ssize_t hint)
{
    ssize_t ofs, lastofs, k;
    a += hint;
    lastofs = 0;
    ofs = 1;
    IFLT(key, *a) {
        /* key < a[hint]: gallop left */
        ssize_t maxofs = hint + 1;
        while (ofs < maxofs) {
            IFLT(key, *(a - ofs)) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) ofs = maxofs;
            } else break;
        }
        if (ofs > maxofs) ofs = maxofs;
        ssize_t t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    } else {
        /* a[hint] <= key: gallop right */
        ssize_t maxofs = n - hint;
        while (ofs < maxofs) {
            IFLT(key, a[ofs]) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
            if (ofs <= 0) ofs = maxofs;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
        ssize_t m = lastofs + ((ofs - lastofs) >> 1);
        IFLT(key, a[m]) ofs = m;
        else lastofs = m + 1;
    }
    return ofs;
fail:
    return -1;
}

static void merge_init(MergeState *ms, ssize_t list_size, int has_keyfunc)
{
    if (has_keyfunc) {
        /* the temp array holds keys and values: split it in two */
        ms->alloced = (list_size + 1) / 2;
        if (MERGESTATE_TEMP_SIZE / 2 < ms->alloced) ms->alloced = MERGESTATE_TEMP_SIZE / 2;
        ms->a.values = &ms->temparray[ms->alloced];
    } else {
        ms->alloced = MERGESTATE_TEMP_SIZE;
        ms->a.values = NULL;
    }
    ms->a.keys = ms->temparray;
    ms->n = 0;
    ms->min_gallop = MIN_GALLOP;
}

static void merge_freemem(MergeState *ms)
{
    if (ms->a.keys != ms->temparray) {
        kr_mem_free(ms->a.keys);
        ms->a.keys = NULL;
    }
}

static int merge_getmem(MergeState *ms, ssize_t need)
{
    if (need <= ms->alloced) return 0;
    int multiplier = ms->a.values != NULL ? 2 : 1;
    merge_freemem(ms);
    ms->a.keys = kr_mem_alloc((size_t)multiplier * (size_t)need * sizeof(KrObject *));
    if (ms->a.keys) {
        ms->alloced = need;
        if (ms->a.values != NULL) ms->a.values = &ms->a.keys[need];
        return 0;
    }
    kr_err_no_memory();
    return -1;
}

/* Merges the adjacent runs a (na items) and b (nb), na <= nb, in place.
 * a[0] > b[0] and a[na-1] > b[nb-1] are known on entry. */
static int merge_lo(MergeState *ms, SortSlice ssa, ssize_t na, SortSlice ssb, ssize_t nb)
{
    ssize_t k, min_gallop;
    SortSlice dest, basea;
    int result = -1;
    if (merge_getmem(ms, na) < 0) return -1;
    slice_memcpy(&ms->a, 0, &ssa, 0, na);
    dest = ssa;
    ssa = ms->a;
    basea = ssa;
    (void)basea;

    slice_copy_incr(&dest, &ssb);
    --nb;
    if (nb == 0) goto succeed;
    if (na == 1) goto copyb;

    min_gallop = ms->min_gallop;
    for (;;) {
        ssize_t acount = 0, bcount = 0;
        /* one pair at a time until one side wins consistently */
        for (;;) {
            k = ISLT(ssb.keys[0], ssa.keys[0]);
            if (k) {
                if (k < 0) goto fail;
                slice_copy_incr(&dest, &ssb);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 0) goto succeed;
                if (bcount >= min_gallop) break;
            } else {
                slice_copy_incr(&dest, &ssa);
                ++acount;
                bcount = 0;
                --na;
                if (na == 1) goto copyb;
                if (acount >= min_gallop) break;
            }
        }
        /* galloping mode */
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            k = gallop_right(ms, ssb.keys[0], ssa.keys, na, 0);
            acount = k;
            if (k) {
                if (k < 0) goto fail;
                slice_memcpy(&dest, 0, &ssa, 0, k);
                slice_advance(&dest, k);
                slice_advance(&ssa, k);
                na -= k;
                if (na == 1) goto copyb;
                /* na == 0 only with an inconsistent comparison function */
                if (na == 0) goto succeed;
            }
            slice_copy_incr(&dest, &ssb);
            --nb;
            if (nb == 0) goto succeed;

            k = gallop_left(ms, ssa.keys[0], ssb.keys, nb, 0);
            bcount = k;
            if (k) {
                if (k < 0) goto fail;
                slice_memmove(&dest, 0, &ssb, 0, k);
                slice_advance(&dest, k);
                slice_advance(&ssb, k);
                nb -= k;
                if (nb == 0) goto succeed;
            }
            slice_copy_incr(&dest, &ssa);
            --na;
            if (na == 1) goto copyb;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (na) slice_memcpy(&dest, 0, &ssa, 0, na);
    return result;
copyb:
    /* the last item of a belongs at the end */
    slice_memmove(&dest, 0, &ssb, 0, nb);
    slice_copy(&dest, nb, &ssa, 0);
    return 0;
}

/* As merge_lo, for na >= nb: merges from the right end. */
static int merge_hi(MergeState *ms, SortSlice ssa, ssize_t na, SortSlice ssb, ssize_t nb)
{
    ssize_t k, min_gallop;
    SortSlice dest, basea, baseb;
    int result = -1;
    if (merge_getmem(ms, nb) < 0) return -1;
    dest = ssb;
    slice_advance(&dest, nb - 1);
    slice_memcpy(&ms->a, 0, &ssb, 0, nb);
    basea = ssa;
    baseb = ms->a;
    ssb.keys = ms->a.keys + nb - 1;
    if (ssb.values) ssb.values = ms->a.values + nb - 1;
    slice_advance(&ssa, na - 1);

    slice_copy_decr(&dest, &ssa);
    --na;
    if (na == 0) goto succeed;
    if (nb == 1) goto copya;

    min_gallop = ms->min_gallop;
    for (;;) {
        ssize_t acount = 0, bcount = 0;
        for (;;) {
            k = ISLT(ssb.keys[0], ssa.keys[0]);
            if (k) {
                if (k < 0) goto fail;
                slice_copy_decr(&dest, &ssa);
                ++acount;
                bcount = 0;
                --na;
                if (na == 0) goto succeed;
                if (acount >= min_gallop) break;
            } else {
                slice_copy_decr(&dest, &ssb);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 1) goto copya;
                if (bcount >= min_gallop) break;
            }
        }
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            k = gallop_right(ms, ssb.keys[0], basea.keys, na, na - 1);
            if (k < 0) goto fail;
            k = na - k;
            acount = k;
            if (k) {
                slice_advance(&dest, -k);
                slice_advance(&ssa, -k);
                slice_memmove(&dest, 1, &ssa, 1, k);
                na -= k;
                if (na == 0) goto succeed;
            }
            slice_copy_decr(&dest, &ssb);
            --nb;
            if (nb == 1) goto copya;

            k = gallop_left(ms, ssa.keys[0], baseb.keys, nb, nb - 1);
            if (k < 0) goto fail;
            k = nb - k;
            bcount = k;
            if (k) {
                slice_advance(&dest, -k);
                slice_advance(&ssb, -k);
                slice_memcpy(&dest, 1, &ssb, 1, k);
                nb -= k;
                if (nb == 1) goto copya;
                /* nb == 0 only with an inconsistent comparison function */
                if (nb == 0) goto succeed;
            }
            slice_copy_decr(&dest, &ssa);
            --na;
            if (na == 0) goto succeed;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (nb) slice_memcpy(&dest, -(nb - 1), &baseb, 0, nb);
    return result;
copya:
    /* the first item of b belongs at the front */
    slice_advance(&dest, -na);
    slice_advance(&ssa, -na);
    slice_memmove(&dest, 1, &ssa, 1, na);
    slice_copy(&dest, 0, &ssb, 0);
    return 0;
}

/* Merges the pending runs i and i+1. */
static int merge_at(MergeState *ms, int i)
{
    SortSlice ssa = ms->pending[i].base, ssb = ms->pending[i + 1].base;
    ssize_t na = ms->pending[i].len, nb = ms->pending[i + 1].len;
    ms->pending[i].len = na + nb;
    if (i == ms->n - 3) ms->pending[i + 1] = ms->pending[i + 2];
    --ms->n;
    /* items of a before where b[0] goes are already in place */
    ssize_t k = gallop_right(ms, ssb.keys[0], ssa.keys, na, 0);
    if (k < 0) return -1;
    slice_advance(&ssa, k);
    na -= k;
    if (na == 0) return 0;
    /* items of b after where a[-1] goes are already in place */
    nb = gallop_left(ms, ssa.keys[na - 1], ssb.keys, nb, nb - 1);
    if (nb <= 0) return (int)nb;
    if (na <= nb) return merge_lo(ms, ssa, na, ssb, nb);
    return merge_hi(ms, ssa, na, ssb, nb);
}

/* Keeps the run-length invariants (3.11's rules): each run longer than the
 * sum of the next two, each longer than the next. */
static int merge_collapse(MergeState *ms)
{
    SortRun *p = ms->pending;
    while (ms->n > 1) {
        int n = ms->n - 2;
        if ((n > 0 && p[n - 1].len <= p[n].len + p[n + 1].len) ||
            (n > 1 && p[n - 2].len <= p[n - 1].len + p[n].len)) {
            if (p[n - 1].len < p[n + 1].len) --n;
            if (merge_at(ms, n) < 0) return -1;
        } else if (p[n].len <= p[n + 1].len) {
            if (merge_at(ms, n) < 0) return -1;
        } else {
            break;
        }
    }
    return 0;
}

static int merge_force_collapse(MergeState *ms)
{
    SortRun *p = ms->pending;
    while (ms->n > 1) {
        int n = ms->n - 2;
        if (n > 0 && p[n - 1].len < p[n + 1].len) --n;
        if (merge_at(ms, n) < 0) return -1;
    }
    return 0;
}

static ssize_t merge_compute_minrun(ssize_t n)
{
    ssize_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

typedef int (*sort_lt_fn)(MergeState *, KrObject *, KrObject *);

/* The fastest correct "<" for objects all of type t (exact). */
static sort_lt_fn compare_for_type(KrTypeObject *t, int all_small)
{
    if (t == &kr_int_type) return all_small ? lt_small_int : lt_int;
    if (t == &kr_str_type) return lt_str;
    if (t == &kr_float_type) return lt_float;
    return lt_generic;
}

/* Picks the fastest correct "<" for the keys: when all keys share one of
 * the common exact types, compare them directly; tuples get a compare that
 * specializes their first items the same way. */
static void choose_compare(MergeState *ms, KrObject **keys, ssize_t n)
{
    KrTypeObject *t = KR_TYPE(keys[0]);
    int all_small = 1;
    ms->tuple_elem_lt = lt_generic;
    for (ssize_t i = 0; i < n; i++) {
        if (KR_TYPE(keys[i]) != t) {
            ms->lt = lt_generic;
            return;
        }
        if (t == &kr_int_type && !KR_INT_IS_SMALL(keys[i])) all_small = 0;
    }
    if (t == &kr_tuple_type) {
        /* first items: one exact type throughout? (empty tuples: generic) */
        KrTypeObject *et = NULL;
        int elem_small = 1, same = 1;
        for (ssize_t i = 0; i < n && same; i++) {
            if (KR_SIZE(keys[i]) == 0) {
                same = 0;
                break;
            }
            KrObject *e = KR_TUPLE_ITEMS(keys[i])[0];
            if (!et) et = KR_TYPE(e);
            else if (KR_TYPE(e) != et) same = 0;
            if (et == &kr_int_type && KR_TYPE(e) == et && !KR_INT_IS_SMALL(e)) elem_small = 0;
        }
        if (same && et) ms->tuple_elem_lt = compare_for_type(et, elem_small);
        ms->lt = lt_tuple;
        return;
    }
    ms->lt = compare_for_type(t, all_small);
}

static int timsort(SortSlice lo, ssize_t nremaining, int has_keyfunc)
{
    MergeState ms;
    merge_init(&ms, nremaining, has_keyfunc);
    choose_compare(&ms, lo.keys, nremaining);
    MergeState *msp = &ms;
    ssize_t minrun = merge_compute_minrun(nremaining);
    int result = -1;
    do {
        int descending;
        ssize_t n = count_run(msp, lo.keys, lo.keys + nremaining, &descending);
        if (n < 0) goto done;
        if (descending) slice_reverse(&lo, n);
        if (n < minrun) {
            ssize_t force = nremaining <= minrun ? nremaining : minrun;
            if (binarysort(msp, lo, lo.keys + force, lo.keys + n) < 0) goto done;
            n = force;
        }
        ms.pending[ms.n].base = lo;
        ms.pending[ms.n].len = n;
        ++ms.n;
        if (merge_collapse(msp) < 0) goto done;
        slice_advance(&lo, n);
        nremaining -= n;
    } while (nremaining);
    if (merge_force_collapse(msp) < 0) goto done;
    result = 0;
done:
    merge_freemem(msp);
    return result;
}

int kr_list_sort_impl(KrObject *list, KrObject *keyfunc, int reverse)
{
    KrListObject *self = (KrListObject *)list;
    /* The list is emptied while sorting so that mutations by comparison
     * or key functions are detected (allocated becomes >= 0 again). */
    ssize_t saved_size = KR_SIZE(self);
    KrObject **saved_items = self->ob_item;
    ssize_t saved_allocated = self->allocated;
    KR_SIZE(self) = 0;
    self->ob_item = NULL;
    self->allocated = -1;

    KrObject **keys = NULL;
    int result = -1;
    SortSlice lo;
    if (!keyfunc) {
        lo.keys = saved_items;
        lo.values = NULL;
    } else {
        keys = kr_mem_alloc((size_t)(saved_size ? saved_size : 1) * sizeof(KrObject *));
        if (!keys) {
            kr_err_no_memory();
            goto keyfunc_fail;
        }
        for (ssize_t i = 0; i < saved_size; i++) {
            keys[i] = kr_object_call_one(keyfunc, saved_items[i]);
            if (!keys[i]) {
                while (--i >= 0) KR_DECREF(keys[i]);
                kr_mem_free(keys);
                keys = NULL;
                goto keyfunc_fail;
            }
        }
        lo.keys = keys;
        lo.values = saved_items;
    }

    if (saved_size > 1) {
        /* reversing before and after keeps equal items in their order */
        if (reverse) {
            if (keys) reverse_range(keys, keys + saved_size);
            reverse_range(saved_items, saved_items + saved_size);
        }
        result = timsort(lo, saved_size, keys != NULL);
        if (reverse) {
            if (keys) reverse_range(keys, keys + saved_size);
            reverse_range(saved_items, saved_items + saved_size);
        }
    } else {
        result = 0;
    }
    if (keys) {
        for (ssize_t i = 0; i < saved_size; i++) KR_DECREF(keys[i]);
        kr_mem_free(keys);
    }
    if (self->allocated != -1 && result == 0) {
        kr_err_set_string(kr_exc_ValueError, "list modified during sort");
        result = -1;
    }
keyfunc_fail:;
    KrObject **final_items = self->ob_item;
    ssize_t final_size = KR_SIZE(self);
    KR_SIZE(self) = saved_size;
    self->ob_item = saved_items;
    self->allocated = saved_allocated;
    if (final_items) {
        while (--final_size >= 0) KR_XDECREF(final_items[final_size]);
        kr_mem_free(final_items);
    }
    return result;
}

int kr_list_sort(KrObject *list) { return kr_list_sort_impl(list, NULL, 0); }
