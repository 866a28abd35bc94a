/* str_methods.c — the Python-visible methods of str (search, split/join,
 * strip, padding, replace, translate, case mapping and the is* predicates)
 * and the method table used by kr_str_type. */
#include "str.h"
#include "str_impl.h"
#include "str_unicode.h"
#include "str_codecs.h"
#include "format_spec.h"
#include "int.h"
#include "list.h"
#include "tuple.h"
#include "dict.h"
#include "args.h"
#include "abstract.h"
#include "../vm/err.h"
#include "../memory/mem.h"

#include <limits.h>
#include <string.h>

/* ---------------------------------------------------------------------------
 * Argument helpers
 * ------------------------------------------------------------------------ */

/* "name() takes at least 1 argument (0 given)" style (stringlib methods). */
static int check_takes(const char *name, ssize_t nargs, ssize_t min, ssize_t max)
{
    if (nargs < min) {
        kr_err_format(kr_exc_TypeError, "%s() takes at least %zd argument%s (%zd given)", name, min,
                      min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        kr_err_format(kr_exc_TypeError, "%s() takes at most %zd argument%s (%zd given)", name, max,
                      max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

/* "name expected at least 1 argument, got 0" style (Argument Clinic). */
static int check_expected(const char *name, ssize_t nargs, ssize_t min, ssize_t max)
{
    if (nargs < min) {
        kr_err_format(kr_exc_TypeError, "%s expected %s%zd argument%s, got %zd", name,
                      min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        kr_err_format(kr_exc_TypeError, "%s expected %s%zd argument%s, got %zd", name,
                      min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

int kr_str_check_arg(KrObject *o, const char *prefix)
{
    if (KR_STR_CHECK(o)) return 0;
    if (prefix)
        kr_err_format(kr_exc_TypeError, "%s must be str, not %.100s", prefix, KR_TYPE(o)->tp_name);
    else
        kr_err_format(kr_exc_TypeError, "must be str, not %.100s", KR_TYPE(o)->tp_name);
    return -1;
}

/* An index argument (clinic's ssize_t converter): __index__, OverflowError
 * when too big. */
static int arg_ssize(KrObject *o, ssize_t *out)
{
    ssize_t v = kr_number_as_ssize(o, kr_exc_OverflowError);
    if (v == -1 && kr_err_occurred()) return -1;
    *out = v;
    return 0;
}

/* A slice-index argument: None, or __index__ clamped to the ssize_t range. */
static int arg_slice_index(KrObject *o, ssize_t *out)
{
    if (!o || o == KR_NONE) return 0;
    if (!kr_index_check(o)) {
        kr_err_set_string(kr_exc_TypeError,
                          "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    ssize_t v = kr_number_as_ssize(o, NULL);
    if (v == -1 && kr_err_occurred()) return -1;
    *out = v;
    return 0;
}

int kr_str_parse_start_end(KrObject *const *args, ssize_t nargs, ssize_t *start, ssize_t *end)
{
    *start = 0;
    *end = PTRDIFF_MAX;
    if (nargs > 0 && arg_slice_index(args[0], start) < 0) return -1;
    if (nargs > 1 && arg_slice_index(args[1], end) < 0) return -1;
    return 0;
}

#define DATA(s) KR_STR_DATA(s)
#define KIND(s) KR_STR_KIND(s)
#define LEN(s) KR_STR_LEN(s)
#define RD(s, i) kr_str_read(KIND(s), DATA(s), (i))

static KrObject *empty_str(void)
{
    return kr_newref(kr_str_empty_borrow());
}

/* ---------------------------------------------------------------------------
 * Searching: count find rfind index rindex startswith endswith
 * ------------------------------------------------------------------------ */

static int find_args(const char *name, KrObject *const *args, ssize_t nargs, KrObject **sub,
                     ssize_t *start, ssize_t *end)
{
    if (check_takes(name, nargs, 1, 3) < 0) return -1;
    /* CPython parses the slice arguments before checking `sub` */
    if (kr_str_parse_start_end(args + 1, nargs - 1, start, end) < 0) return -1;
    if (kr_str_check_arg(args[0], NULL) < 0) return -1;
    *sub = args[0];
    return 0;
}

static ssize_t find_common(KrObject *self, const char *name, KrObject *const *args, ssize_t nargs,
                           int direction)
{
    KrObject *sub;
    ssize_t start, end;
    if (find_args(name, args, nargs, &sub, &start, &end) < 0) return -2;
    ssize_t len = LEN(self);
    kr_str_adjust_indices(&start, &end, len);
    if (start > len) return -1;
    if (end - start < LEN(sub)) return -1;
    return kr_str_find(self, sub, start, end, direction);
}

static KrObject *str_find(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    ssize_t r = find_common(self, "find", args, nargs, 1);
    return r == -2 ? NULL : kr_int_from_ssize(r);
}

static KrObject *str_rfind(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    ssize_t r = find_common(self, "rfind", args, nargs, -1);
    return r == -2 ? NULL : kr_int_from_ssize(r);
}

static KrObject *str_index(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    ssize_t r = find_common(self, "index", args, nargs, 1);
    if (r == -2) return NULL;
    if (r == -1) return kr_err_format(kr_exc_ValueError, "substring not found");
    return kr_int_from_ssize(r);
}

static KrObject *str_rindex(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    ssize_t r = find_common(self, "rindex", args, nargs, -1);
    if (r == -2) return NULL;
    if (r == -1) return kr_err_format(kr_exc_ValueError, "substring not found");
    return kr_int_from_ssize(r);
}

static KrObject *str_count(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrObject *sub;
    ssize_t start, end;
    if (find_args("count", args, nargs, &sub, &start, &end) < 0) return NULL;
    ssize_t len = LEN(self);
    kr_str_adjust_indices(&start, &end, len);
    if (start > len || end - start < LEN(sub)) return kr_int_from_ssize(0);
    int k = KIND(self);
    ssize_t n = kr_str_count_in(k, (const char *)DATA(self) + start * k, end - start, KIND(sub),
                                DATA(sub), LEN(sub), PTRDIFF_MAX);
    return kr_int_from_ssize(n);
}

static int tailmatch(KrObject *self, KrObject *sub, ssize_t start, ssize_t end, int direction)
{
    ssize_t len = LEN(self), slen = LEN(sub);
    kr_str_adjust_indices(&start, &end, len);
    end -= slen;
    if (end < start) return 0;
    if (slen == 0) return 1;
    ssize_t at = direction < 0 ? start : end;
    if (KIND(self) == KIND(sub))
        return memcmp((const char *)DATA(self) + at * KIND(self), DATA(sub),
                      (size_t)slen * KIND(sub)) == 0;
    for (ssize_t i = 0; i < slen; i++)
        if (RD(self, at + i) != RD(sub, i)) return 0;
    return 1;
}

static KrObject *startsendswith(KrObject *self, KrObject *const *args, ssize_t nargs,
                                const char *name, int direction)
{
    ssize_t start, end;
    if (check_takes(name, nargs, 1, 3) < 0) return NULL;
    if (kr_str_parse_start_end(args + 1, nargs - 1, &start, &end) < 0) return NULL;
    KrObject *x = args[0];
    if (KR_TUPLE_CHECK(x)) {
        for (ssize_t i = 0; i < KR_SIZE(x); i++) {
            KrObject *sub = KR_TUPLE_GET(x, i);
            if (!KR_STR_CHECK(sub))
                return kr_err_format(kr_exc_TypeError, "tuple for %s must only contain str, not %.100s",
                                     name, KR_TYPE(sub)->tp_name);
            if (tailmatch(self, sub, start, end, direction)) KR_RETURN_TRUE;
        }
        KR_RETURN_FALSE;
    }
    if (!KR_STR_CHECK(x))
        return kr_err_format(kr_exc_TypeError,
                             "%s first arg must be str or a tuple of str, not %.100s", name,
                             KR_TYPE(x)->tp_name);
    return kr_bool_from(tailmatch(self, x, start, end, direction));
}

static KrObject *str_startswith(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    return startsendswith(self, args, nargs, "startswith", -1);
}

static KrObject *str_endswith(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    return startsendswith(self, args, nargs, "endswith", 1);
}

/* ---------------------------------------------------------------------------
 * join
 * ------------------------------------------------------------------------ */

KrObject *kr_str_join_array(KrObject *sep, KrObject *const *items, ssize_t n)
{
    if (n == 0) return empty_str();
    if (n == 1 && KR_STR_CHECK_EXACT(items[0])) return kr_newref(items[0]);
    ssize_t seplen = sep ? LEN(sep) : 0, total = 0;
    int kind = sep ? KIND(sep) : 1, ascii = sep ? KR_STR_IS_ASCII(sep) : 1;
    for (ssize_t i = 0; i < n; i++) {
        KrObject *it = items[i];
        if (!KR_STR_CHECK(it))
            return kr_err_format(kr_exc_TypeError, "sequence item %zd: expected str instance, %.80s found",
                                 i, KR_TYPE(it)->tp_name);
        if (LEN(it) > PTRDIFF_MAX / 8 - total - seplen)
            return kr_err_format(kr_exc_OverflowError, "join() result is too long for a Python string");
        total += LEN(it) + (i ? seplen : 0);
        if (KIND(it) > kind) kind = KIND(it);
        ascii &= KR_STR_IS_ASCII(it);
    }
    /* kind is the widest kind among the pieces, so the result is canonical */
    KrObject *r = kr_str_new_kind(total, kind, ascii);
    if (!r) return NULL;
    void *d = DATA(r);
    ssize_t pos = 0;
    for (ssize_t i = 0; i < n; i++) {
        if (i && seplen) {
            kr_str_copy_chars(d, kind, pos, DATA(sep), KIND(sep), 0, seplen);
            pos += seplen;
        }
        KrObject *it = items[i];
        kr_str_copy_chars(d, kind, pos, DATA(it), KIND(it), 0, LEN(it));
        pos += LEN(it);
    }
    return r;
}

KrObject *kr_str_join(KrObject *sep, KrObject *iterable)
{
    KrObject *seq = kr_sequence_fast(iterable, "can only join an iterable");
    if (!seq) return NULL;
    KrObject *r = kr_str_join_array(sep, KR_SEQUENCE_FAST_ITEMS(seq), KR_SEQUENCE_FAST_SIZE(seq));
    KR_DECREF(seq);
    return r;
}

static KrObject *str_join(KrObject *self, KrObject *iterable)
{
    return kr_str_join(self, iterable);
}

/* ---------------------------------------------------------------------------
 * split rsplit splitlines partition rpartition
 * ------------------------------------------------------------------------ */

static int list_add_sub(KrObject *list, KrObject *s, ssize_t a, ssize_t b)
{
    KrObject *piece = kr_str_substring(s, a, b);
    if (!piece) return -1;
    int r = kr_list_append(list, piece);
    KR_DECREF(piece);
    return r;
}

static int parse_split_args(const char *name, KrObject *const *args, ssize_t nargs,
                            KrObject *kwnames, KrObject **sep, ssize_t *maxsplit)
{
    static const char *const names[] = { "sep", "maxsplit", NULL };
    KrArgSpec spec = { name, names, 0, 2, 0 };
    KrObject *out[2] = { NULL, NULL };
    if (!kwnames && nargs <= 2) {
        for (ssize_t i = 0; i < nargs; i++) out[i] = args[i];
    } else if (kr_args_parse(&spec, args, nargs, kwnames, out) < 0) {
        return -1;
    }
    *sep = out[0] && out[0] != KR_NONE ? out[0] : NULL;
    *maxsplit = -1;
    if (out[1] && arg_ssize(out[1], maxsplit) < 0) return -1;
    if (*sep && !KR_STR_CHECK(*sep)) {
        kr_err_format(kr_exc_TypeError, "must be str or None, not %.100s", KR_TYPE(*sep)->tp_name);
        return -1;
    }
    if (*maxsplit < 0) *maxsplit = PTRDIFF_MAX;
    if (*sep && LEN(*sep) == 0) {
        kr_err_set_string(kr_exc_ValueError, "empty separator");
        return -1;
    }
    return 0;
}

static KrObject *str_split(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrObject *sep;
    ssize_t maxsplit;
    if (parse_split_args("split", args, nargs, kwnames, &sep, &maxsplit) < 0) return NULL;
    KrObject *list = kr_list_new(0);
    if (!list) return NULL;
    ssize_t n = LEN(self);
    int kind = KIND(self);
    const void *d = DATA(self);
    if (!sep) {
        ssize_t i = 0;
        while (maxsplit-- > 0) {
            while (i < n && kr_unicode_isspace_fast(kr_str_read(kind, d, i))) i++;
            if (i == n) break;
            ssize_t j = i;
            while (j < n && !kr_unicode_isspace_fast(kr_str_read(kind, d, j))) j++;
            if (j == n) {
                if (list_add_sub(list, self, i, n) < 0) goto fail;
                i = n;
                break;
            }
            if (list_add_sub(list, self, i, j) < 0) goto fail;
            i = j;
        }
        while (i < n && kr_unicode_isspace_fast(kr_str_read(kind, d, i))) i++;
        if (i < n && list_add_sub(list, self, i, n) < 0) goto fail;
        return list;
    }
    ssize_t m = LEN(sep), i = 0;
    while (maxsplit-- > 0) {
        ssize_t j = kr_str_search(kind, (const char *)d + i * kind, n - i, KIND(sep), DATA(sep), m, 1);
        if (j < 0) break;
        if (list_add_sub(list, self, i, i + j) < 0) goto fail;
        i += j + m;
    }
    if (list_add_sub(list, self, i, n) < 0) goto fail;
    return list;
fail:
    KR_DECREF(list);
    return NULL;
}

static KrObject *str_rsplit(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrObject *sep;
    ssize_t maxsplit;
    if (parse_split_args("rsplit", args, nargs, kwnames, &sep, &maxsplit) < 0) return NULL;
    KrObject *list = kr_list_new(0);
    if (!list) return NULL;
    ssize_t n = LEN(self);
    int kind = KIND(self);
    const void *d = DATA(self);
    if (!sep) {
        ssize_t i = n;
        while (maxsplit-- > 0) {
            while (i > 0 && kr_unicode_isspace_fast(kr_str_read(kind, d, i - 1))) i--;
            if (i == 0) break;
            ssize_t j = i;
            while (j > 0 && !kr_unicode_isspace_fast(kr_str_read(kind, d, j - 1))) j--;
            if (list_add_sub(list, self, j, i) < 0) goto fail;
            i = j;
        }
        while (i > 0 && kr_unicode_isspace_fast(kr_str_read(kind, d, i - 1))) i--;
        if (i > 0 && list_add_sub(list, self, 0, i) < 0) goto fail;
    } else {
        ssize_t m = LEN(sep), end = n;
        while (maxsplit-- > 0) {
            ssize_t j = kr_str_search(kind, d, end, KIND(sep), DATA(sep), m, -1);
            if (j < 0) break;
            if (list_add_sub(list, self, j + m, end) < 0) goto fail;
            end = j;
        }
        if (list_add_sub(list, self, 0, end) < 0) goto fail;
    }
    if (kr_list_reverse(list) < 0) goto fail;
    return list;
fail:
    KR_DECREF(list);
    return NULL;
}

static KrObject *str_splitlines(KrObject *self, KrObject *const *args, ssize_t nargs,
                                KrObject *kwnames)
{
    static const char *const names[] = { "keepends", NULL };
    KrArgSpec spec = { "splitlines", names, 0, 1, 0 };
    KrObject *out[1] = { NULL };
    if (kr_args_parse(&spec, args, nargs, kwnames, out) < 0) return NULL;
    int keepends = 0;
    if (out[0]) {
        ssize_t v;
        if (arg_ssize(out[0], &v) < 0) return NULL;
        keepends = v != 0;
    }
    KrObject *list = kr_list_new(0);
    if (!list) return NULL;
    ssize_t n = LEN(self), i = 0;
    while (i < n) {
        ssize_t j = i;
        while (j < n && !kr_unicode_islinebreak(RD(self, j))) j++;
        ssize_t eol = j;
        if (j < n) {
            if (RD(self, j) == '\r' && j + 1 < n && RD(self, j + 1) == '\n') j += 2;
            else j++;
            if (keepends) eol = j;
        }
        if (list_add_sub(list, self, i, eol) < 0) {
            KR_DECREF(list);
            return NULL;
        }
        i = j;
    }
    return list;
}

static KrObject *partition(KrObject *self, KrObject *sep, int direction)
{
    if (kr_str_check_arg(sep, NULL) < 0) return NULL;
    if (LEN(sep) == 0) return kr_err_format(kr_exc_ValueError, "empty separator");
    ssize_t i = kr_str_find(self, sep, 0, PTRDIFF_MAX, direction);
    KrObject *a, *b, *c;
    if (i < 0) {
        KrObject *e = empty_str(), *whole = kr_str_exact_copy(self);
        if (!whole) { KR_DECREF(e); return NULL; }
        KrObject *t = direction > 0 ? kr_tuple_pack(3, whole, e, e) : kr_tuple_pack(3, e, e, whole);
        KR_DECREF(e);
        KR_DECREF(whole);
        return t;
    }
    a = kr_str_substring(self, 0, i);
    b = kr_str_exact_copy(sep);
    c = kr_str_substring(self, i + LEN(sep), LEN(self));
    KrObject *t = a && b && c ? kr_tuple_pack(3, a, b, c) : NULL;
    KR_XDECREF(a);
    KR_XDECREF(b);
    KR_XDECREF(c);
    return t;
}

static KrObject *str_partition(KrObject *self, KrObject *sep) { return partition(self, sep, 1); }
static KrObject *str_rpartition(KrObject *self, KrObject *sep) { return partition(self, sep, -1); }

/* ---------------------------------------------------------------------------
 * strip lstrip rstrip removeprefix removesuffix
 * ------------------------------------------------------------------------ */

static int in_chars(KrObject *chars, uint32_t ch)
{
    ssize_t m = LEN(chars);
    for (ssize_t i = 0; i < m; i++)
        if (RD(chars, i) == ch) return 1;
    return 0;
}

static KrObject *do_strip(KrObject *self, KrObject *const *args, ssize_t nargs, const char *name,
                          int left, int right)
{
    if (check_expected(name, nargs, 0, 1) < 0) return NULL;
    KrObject *chars = nargs ? args[0] : NULL;
    if (chars == KR_NONE) chars = NULL;
    if (chars && !KR_STR_CHECK(chars))
        return kr_err_format(kr_exc_TypeError, "%s arg must be None or str", name);
    ssize_t n = LEN(self), i = 0, j = n;
    if (left)
        while (i < n && (chars ? in_chars(chars, RD(self, i)) : kr_unicode_isspace_fast(RD(self, i)))) i++;
    if (right)
        while (j > i && (chars ? in_chars(chars, RD(self, j - 1)) : kr_unicode_isspace_fast(RD(self, j - 1))))
            j--;
    return kr_str_substring(self, i, j);
}

static KrObject *str_strip(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    return do_strip(self, args, nargs, "strip", 1, 1);
}
static KrObject *str_lstrip(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    return do_strip(self, args, nargs, "lstrip", 1, 0);
}
static KrObject *str_rstrip(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    return do_strip(self, args, nargs, "rstrip", 0, 1);
}

static KrObject *str_removeprefix(KrObject *self, KrObject *prefix)
{
    if (kr_str_check_arg(prefix, "removeprefix() argument") < 0) {
        kr_err_clear();
        return kr_err_format(kr_exc_TypeError, "removeprefix() argument must be str, not %.100s",
                             kr_str_argtype_name(prefix));
    }
    if (tailmatch(self, prefix, 0, PTRDIFF_MAX, -1))
        return kr_str_substring(self, LEN(prefix), LEN(self));
    return kr_str_exact_copy(self);
}

static KrObject *str_removesuffix(KrObject *self, KrObject *suffix)
{
    if (!KR_STR_CHECK(suffix))
        return kr_err_format(kr_exc_TypeError, "removesuffix() argument must be str, not %.100s",
                             kr_str_argtype_name(suffix));
    if (LEN(suffix) && tailmatch(self, suffix, 0, PTRDIFF_MAX, 1))
        return kr_str_substring(self, 0, LEN(self) - LEN(suffix));
    return kr_str_exact_copy(self);
}

/* ---------------------------------------------------------------------------
 * center ljust rjust zfill expandtabs
 * ------------------------------------------------------------------------ */

static KrObject *pad(KrObject *self, ssize_t left, ssize_t right, uint32_t fill)
{
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) return kr_str_exact_copy(self);
    ssize_t n = LEN(self);
    /* CPython's bound: past it OverflowError; below it a huge result is a
     * MemoryError from the allocation (kr_str_new_kind checks the size). */
    if (left > PTRDIFF_MAX - n - right) return kr_err_format(kr_exc_OverflowError, "padded string is too long");
    uint32_t m = fill;
    int kind = KIND(self) > kr_str_kind_for(fill) ? KIND(self) : kr_str_kind_for(fill);
    int ascii = KR_STR_IS_ASCII(self) && fill < 128;
    (void)m;
    KrObject *r = kr_str_new_kind(left + n + right, kind, ascii);
    if (!r) return NULL;
    void *d = DATA(r);
    if (kind == 1) {
        memset(d, (int)fill, (size_t)left);
        memset((char *)d + left + n, (int)fill, (size_t)right);
    } else {
        for (ssize_t i = 0; i < left; i++) kr_str_write(kind, d, i, fill);
        for (ssize_t i = 0; i < right; i++) kr_str_write(kind, d, left + n + i, fill);
    }
    kr_str_copy_chars(d, kind, left, DATA(self), KIND(self), 0, n);
    return r;
}

static int parse_width_fill(const char *name, KrObject *const *args, ssize_t nargs, ssize_t *width,
                            uint32_t *fill)
{
    if (check_expected(name, nargs, 1, 2) < 0) return -1;
    if (arg_ssize(args[0], width) < 0) return -1;
    *fill = ' ';
    if (nargs > 1) {
        KrObject *f = args[1];
        if (!KR_STR_CHECK(f)) {
            kr_err_format(kr_exc_TypeError, "The fill character must be a unicode character, not %.100s",
                          KR_TYPE(f)->tp_name);
            return -1;
        }
        if (LEN(f) != 1) {
            kr_err_set_string(kr_exc_TypeError, "The fill character must be exactly one character long");
            return -1;
        }
        *fill = RD(f, 0);
    }
    return 0;
}

static KrObject *str_center(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    ssize_t width;
    uint32_t fill;
    if (parse_width_fill("center", args, nargs, &width, &fill) < 0) return NULL;
    ssize_t n = LEN(self);
    if (width <= n) return kr_str_exact_copy(self);
    ssize_t marg = width - n;
    ssize_t left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

static KrObject *str_ljust(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    ssize_t width;
    uint32_t fill;
    if (parse_width_fill("ljust", args, nargs, &width, &fill) < 0) return NULL;
    return pad(self, 0, width - LEN(self), fill);
}

static KrObject *str_rjust(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    ssize_t width;
    uint32_t fill;
    if (parse_width_fill("rjust", args, nargs, &width, &fill) < 0) return NULL;
    return pad(self, width - LEN(self), 0, fill);
}

static KrObject *str_zfill(KrObject *self, KrObject *arg)
{
    ssize_t width;
    if (arg_ssize(arg, &width) < 0) return NULL;
    ssize_t n = LEN(self);
    if (width <= n) return kr_str_exact_copy(self);
    ssize_t fill = width - n;
    KrObject *r = pad(self, fill, 0, '0');
    if (!r) return NULL;
    if (n > 0) {
        uint32_t c = RD(r, fill);
        if (c == '+' || c == '-') {
            kr_str_write(KIND(r), DATA(r), 0, c);
            kr_str_write(KIND(r), DATA(r), fill, '0');
        }
    }
    return r;
}

static KrObject *str_expandtabs(KrObject *self, KrObject *const *args, ssize_t nargs,
                                KrObject *kwnames)
{
    static const char *const names[] = { "tabsize", NULL };
    KrArgSpec spec = { "expandtabs", names, 0, 1, 0 };
    KrObject *out[1] = { NULL };
    if (kr_args_parse(&spec, args, nargs, kwnames, out) < 0) return NULL;
    ssize_t tabsize = 8;
    if (out[0] && arg_ssize(out[0], &tabsize) < 0) return NULL;
    if (tabsize > INT_MAX || tabsize < INT_MIN) /* a C int in CPython */
        return kr_err_format(kr_exc_OverflowError, "Python int too large to convert to C int");
    ssize_t n = LEN(self);
    if (kr_str_find_char(self, '\t', 0, n) < 0) return kr_str_exact_copy(self);
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    ssize_t col = 0;
    for (ssize_t i = 0; i < n; i++) {
        uint32_t ch = RD(self, i);
        if (ch == '\t') {
            if (tabsize > 0) {
                ssize_t incr = tabsize - (col % tabsize);
                col += incr;
                if (kr_strbuilder_append_repeat(&b, ' ', incr) < 0) goto fail;
            }
        } else {
            col++;
            if (kr_strbuilder_append_char(&b, ch) < 0) goto fail;
            if (ch == '\n' || ch == '\r') col = 0;
        }
    }
    return kr_strbuilder_finish(&b);
fail:
    kr_strbuilder_discard(&b);
    return NULL;
}

/* ---------------------------------------------------------------------------
 * replace
 * ------------------------------------------------------------------------ */

static KrObject *str_replace_impl(KrObject *self, KrObject *old, KrObject *new, ssize_t count)
{
    ssize_t n = LEN(self), m = LEN(old), k = LEN(new);
    if (count < 0) count = PTRDIFF_MAX;
    if (count == 0 || n < m) return kr_str_exact_copy(self);
    int kind = KIND(self);
    ssize_t found = kr_str_count_in(kind, DATA(self), n, KIND(old), DATA(old), m, count);
    if (found == 0) return kr_str_exact_copy(self);
    if (k > m && found > (PTRDIFF_MAX / 8 - n) / (k - m))
        return kr_err_format(kr_exc_OverflowError, "replace string is too long");
    ssize_t total = n + found * (k - m);
    if (total == 0) return kr_newref(kr_str_empty_borrow());   /* the singleton, as CPython */
    int rkind = KIND(new) > kind ? KIND(new) : kind;
    KrObject *r = kr_str_new_kind(total, rkind, KR_STR_IS_ASCII(self) && KR_STR_IS_ASCII(new));
    if (!r) return NULL;
    void *d = DATA(r);
    ssize_t pos = 0, i = 0;
    if (m == 0) {
        /* insert `new` before every character (and at the end), count times */
        for (ssize_t c = 0; c < found; c++) {
            kr_str_copy_chars(d, rkind, pos, DATA(new), KIND(new), 0, k);
            pos += k;
            if (i < n) {
                kr_str_copy_chars(d, rkind, pos, DATA(self), kind, i, 1);
                pos++;
                i++;
            }
        }
    } else {
        for (ssize_t c = 0; c < found; c++) {
            ssize_t j = kr_str_search(kind, (const char *)DATA(self) + i * kind, n - i, KIND(old),
                                      DATA(old), m, 1);
            kr_str_copy_chars(d, rkind, pos, DATA(self), kind, i, j);
            pos += j;
            kr_str_copy_chars(d, rkind, pos, DATA(new), KIND(new), 0, k);
            pos += k;
            i += j + m;
        }
    }
    kr_str_copy_chars(d, rkind, pos, DATA(self), kind, i, n - i);
    /* Removing the only wide characters may leave a non-canonical kind. */
    if (m > 0 && (rkind > 1 || !KR_STR_IS_ASCII(r))) return kr_str_canonicalize_steal(r);
    return r;
}

static KrObject *str_replace(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (check_expected("replace", nargs, 2, 3) < 0) return NULL;
    if (!KR_STR_CHECK(args[0]))
        return kr_err_format(kr_exc_TypeError, "replace() argument 1 must be str, not %.100s",
                             kr_str_argtype_name(args[0]));
    if (!KR_STR_CHECK(args[1]))
        return kr_err_format(kr_exc_TypeError, "replace() argument 2 must be str, not %.100s",
                             kr_str_argtype_name(args[1]));
    ssize_t count = -1;
    if (nargs > 2 && arg_ssize(args[2], &count) < 0) return NULL;
    return str_replace_impl(self, args[0], args[1], count);
}

/* ---------------------------------------------------------------------------
 * Case mapping
 * ------------------------------------------------------------------------ */

/* Final sigma (Unicode's Final_Sigma condition): the capital sigma at i is
 * preceded by a cased letter and not followed by one, skipping
 * case-ignorable characters in both directions. */
static uint32_t lower_sigma(KrObject *s, ssize_t i)
{
    ssize_t n = LEN(s), j;
    for (j = i - 1; j >= 0; j--) {
        uint32_t c = RD(s, j);
        if (!kr_unicode_iscaseignorable(c)) break;
    }
    int final = j >= 0 && kr_unicode_iscased(RD(s, j));
    if (final) {
        for (j = i + 1; j < n; j++) {
            uint32_t c = RD(s, j);
            if (!kr_unicode_iscaseignorable(c)) break;
        }
        final = j == n || !kr_unicode_iscased(RD(s, j));
    }
    return final ? 0x3C2 : 0x3C3;
}

static int append_lower(KrStrBuilder *b, KrObject *s, ssize_t i, uint32_t ch)
{
    if (ch == 0x3A3) return kr_strbuilder_append_char(b, lower_sigma(s, i));
    uint32_t out[3];
    int k = kr_unicode_to_lower_full(ch, out);
    for (int j = 0; j < k; j++)
        if (kr_strbuilder_append_char(b, out[j]) < 0) return -1;
    return 0;
}

static int append_mapped(KrStrBuilder *b, int (*fn)(uint32_t, uint32_t[3]), uint32_t ch)
{
    uint32_t out[3];
    int k = fn(ch, out);
    for (int j = 0; j < k; j++)
        if (kr_strbuilder_append_char(b, out[j]) < 0) return -1;
    return 0;
}

static KrObject *ascii_map(KrObject *self, int upper)
{
    ssize_t n = LEN(self);
    KrObject *r = kr_str_new_kind(n, 1, 1);
    if (!r) return NULL;
    const uint8_t *s = DATA(self);
    uint8_t *d = DATA(r);
    for (ssize_t i = 0; i < n; i++) {
        uint8_t c = s[i];
        if (upper) d[i] = c >= 'a' && c <= 'z' ? c - 32 : c;
        else d[i] = c >= 'A' && c <= 'Z' ? c + 32 : c;
    }
    return r;
}

enum { CASE_LOWER, CASE_UPPER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE };

static KrObject *case_map(KrObject *self, int mode)
{
    ssize_t n = LEN(self);
    if (n == 0) return empty_str();
    if (KR_STR_IS_ASCII(self) && (mode == CASE_LOWER || mode == CASE_FOLD || mode == CASE_UPPER))
        return ascii_map(self, mode == CASE_UPPER);
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    if (kr_strbuilder_reserve(&b, n) < 0) return NULL;
    int prev_cased = 0;
    for (ssize_t i = 0; i < n; i++) {
        uint32_t ch = RD(self, i);
        int rc = 0;
        switch (mode) {
        case CASE_LOWER: rc = append_lower(&b, self, i, ch); break;
        case CASE_UPPER: rc = append_mapped(&b, kr_unicode_to_upper_full, ch); break;
        case CASE_FOLD: rc = append_mapped(&b, kr_unicode_to_fold_full, ch); break;
        case CASE_SWAP:
            if (kr_unicode_isupper(ch)) rc = append_lower(&b, self, i, ch);
            else if (kr_unicode_islower(ch)) rc = append_mapped(&b, kr_unicode_to_upper_full, ch);
            else rc = kr_strbuilder_append_char(&b, ch);
            break;
        case CASE_TITLE:
            if (prev_cased) rc = append_lower(&b, self, i, ch);
            else rc = append_mapped(&b, kr_unicode_to_title_full, ch);
            prev_cased = kr_unicode_iscased(ch);
            break;
        case CASE_CAPITALIZE:
            if (i == 0) rc = append_mapped(&b, kr_unicode_to_title_full, ch);
            else rc = append_lower(&b, self, i, ch);
            break;
        }
        if (rc < 0) {
            kr_strbuilder_discard(&b);
            return NULL;
        }
    }
    return kr_strbuilder_finish(&b);
}

static KrObject *str_lower(KrObject *self, KrObject *unused) { return case_map(self, CASE_LOWER); }
static KrObject *str_upper(KrObject *self, KrObject *unused) { return case_map(self, CASE_UPPER); }
static KrObject *str_casefold(KrObject *self, KrObject *unused) { return case_map(self, CASE_FOLD); }
static KrObject *str_swapcase(KrObject *self, KrObject *unused) { return case_map(self, CASE_SWAP); }
static KrObject *str_title(KrObject *self, KrObject *unused) { return case_map(self, CASE_TITLE); }
static KrObject *str_capitalize(KrObject *self, KrObject *unused)
{
    return case_map(self, CASE_CAPITALIZE);
}

/* ---------------------------------------------------------------------------
 * Predicates
 * ------------------------------------------------------------------------ */

static KrObject *all_chars(KrObject *self, int (*pred)(uint32_t))
{
    ssize_t n = LEN(self);
    if (n == 0) KR_RETURN_FALSE;
    for (ssize_t i = 0; i < n; i++)
        if (!pred(RD(self, i))) KR_RETURN_FALSE;
    KR_RETURN_TRUE;
}

static KrObject *str_isalnum(KrObject *self, KrObject *u) { return all_chars(self, kr_unicode_isalnum); }
static KrObject *str_isalpha(KrObject *self, KrObject *u) { return all_chars(self, kr_unicode_isalpha); }
static KrObject *str_isdecimal(KrObject *self, KrObject *u) { return all_chars(self, kr_unicode_isdecimal); }
static KrObject *str_isdigit(KrObject *self, KrObject *u) { return all_chars(self, kr_unicode_isdigit); }
static KrObject *str_isnumeric(KrObject *self, KrObject *u) { return all_chars(self, kr_unicode_isnumeric); }
static KrObject *str_isspace(KrObject *self, KrObject *u) { return all_chars(self, kr_unicode_isspace); }

static KrObject *str_isascii(KrObject *self, KrObject *u)
{
    return kr_bool_from(KR_STR_IS_ASCII(self));
}

static KrObject *str_isprintable(KrObject *self, KrObject *u)
{
    ssize_t n = LEN(self);
    for (ssize_t i = 0; i < n; i++)
        if (!kr_unicode_isprintable(RD(self, i))) KR_RETURN_FALSE;
    KR_RETURN_TRUE;
}

static KrObject *str_islower(KrObject *self, KrObject *u)
{
    ssize_t n = LEN(self);
    int cased = 0;
    for (ssize_t i = 0; i < n; i++) {
        uint32_t ch = RD(self, i);
        if (kr_unicode_isupper(ch) || kr_unicode_istitle(ch)) KR_RETURN_FALSE;
        if (!cased && kr_unicode_islower(ch)) cased = 1;
    }
    return kr_bool_from(cased);
}

static KrObject *str_isupper(KrObject *self, KrObject *u)
{
    ssize_t n = LEN(self);
    int cased = 0;
    for (ssize_t i = 0; i < n; i++) {
        uint32_t ch = RD(self, i);
        if (kr_unicode_islower(ch) || kr_unicode_istitle(ch)) KR_RETURN_FALSE;
        if (!cased && kr_unicode_isupper(ch)) cased = 1;
    }
    return kr_bool_from(cased);
}

static KrObject *str_istitle(KrObject *self, KrObject *u)
{
    ssize_t n = LEN(self);
    int cased = 0, prev = 0;
    for (ssize_t i = 0; i < n; i++) {
        uint32_t ch = RD(self, i);
        if (kr_unicode_isupper(ch) || kr_unicode_istitle(ch)) {
            if (prev) KR_RETURN_FALSE;
            prev = cased = 1;
        } else if (kr_unicode_islower(ch)) {
            if (!prev) KR_RETURN_FALSE;
            prev = cased = 1;
        } else {
            prev = 0;
        }
    }
    return kr_bool_from(cased);
}

int kr_str_isidentifier(KrObject *s)
{
    ssize_t n = LEN(s);
    if (n == 0) return 0;
    uint32_t c = RD(s, 0);
    if (!kr_unicode_isxidstart(c) && c != '_') return 0;
    for (ssize_t i = 1; i < n; i++)
        if (!kr_unicode_isxidcontinue(RD(s, i))) return 0;
    return 1;
}

static KrObject *str_isidentifier(KrObject *self, KrObject *u)
{
    return kr_bool_from(kr_str_isidentifier(self));
}

/* ---------------------------------------------------------------------------
 * translate maketrans
 * ------------------------------------------------------------------------ */

static KrObject *str_translate(KrObject *self, KrObject *table)
{
    ssize_t n = LEN(self);
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    for (ssize_t i = 0; i < n; i++) {
        uint32_t ch = RD(self, i);
        KrObject *key = kr_int_from_i64(ch);
        if (!key) goto fail;
        KrObject *v = kr_object_getitem(table, key);
        KR_DECREF(key);
        if (!v) {
            if (kr_err_matches(kr_exc_LookupError)) {
                kr_err_clear();
                if (kr_strbuilder_append_char(&b, ch) < 0) goto fail;
                continue;
            }
            goto fail;
        }
        int rc = 0;
        if (v == KR_NONE) {
            /* deleted */
        } else if (KR_INT_CHECK(v)) {
            int64_t x = kr_int_as_i64(v);
            if (x == -1 && kr_err_occurred()) {
                kr_err_clear();
                x = -1;
            }
            if (x < 0 || x > 0x10FFFF) {
                KR_DECREF(v);
                kr_err_set_string(kr_exc_ValueError, "character mapping must be in range(0x110000)");
                goto fail;
            }
            rc = kr_strbuilder_append_char(&b, (uint32_t)x);
        } else if (KR_STR_CHECK(v)) {
            rc = kr_strbuilder_append_str(&b, v);
        } else {
            KR_DECREF(v);
            kr_err_set_string(kr_exc_TypeError, "character mapping must return integer, None or str");
            goto fail;
        }
        KR_DECREF(v);
        if (rc < 0) goto fail;
    }
    return kr_strbuilder_finish(&b);
fail:
    kr_strbuilder_discard(&b);
    return NULL;
}

static KrObject *str_maketrans(KrObject *unused, KrObject *const *args, ssize_t nargs)
{
    if (check_expected("maketrans", nargs, 1, 3) < 0) return NULL;
    KrObject *d = kr_dict_new();
    if (!d) return NULL;
    if (nargs == 1) {
        KrObject *x = args[0];
        if (!KR_DICT_CHECK(x)) {
            KR_DECREF(d);
            return kr_err_format(kr_exc_TypeError,
                                 "if you give only one argument to maketrans it must be a dict");
        }
        ssize_t pos = 0;
        KrObject *k, *v;
        while (kr_dict_next(x, &pos, &k, &v)) {
            if (KR_STR_CHECK(k)) {
                if (LEN(k) != 1) {
                    KR_DECREF(d);
                    return kr_err_format(kr_exc_ValueError,
                                         "string keys in translate table must be of length 1");
                }
                KrObject *ik = kr_int_from_i64(RD(k, 0));
                if (!ik || kr_dict_set_item(d, ik, v) < 0) {
                    KR_XDECREF(ik);
                    KR_DECREF(d);
                    return NULL;
                }
                KR_DECREF(ik);
            } else if (KR_INT_CHECK(k)) {
                if (kr_dict_set_item(d, k, v) < 0) { KR_DECREF(d); return NULL; }
            } else {
                KR_DECREF(d);
                return kr_err_format(kr_exc_TypeError, "keys in translate table must be strings or integers");
            }
        }
        return d;
    }
    KrObject *x = args[0], *y = args[1];
    if (!KR_STR_CHECK(y)) {
        KR_DECREF(d);
        return kr_err_format(kr_exc_TypeError, "maketrans() argument 2 must be str, not %.100s",
                             kr_str_argtype_name(y));
    }
    if (nargs > 2 && !KR_STR_CHECK(args[2])) {
        KR_DECREF(d);
        return kr_err_format(kr_exc_TypeError, "maketrans() argument 3 must be str, not %.100s",
                             kr_str_argtype_name(args[2]));
    }
    if (!KR_STR_CHECK(x)) {
        KR_DECREF(d);
        return kr_err_format(kr_exc_TypeError,
                             "first maketrans argument must be a string if there is a second argument");
    }
    if (LEN(x) != LEN(y)) {
        KR_DECREF(d);
        return kr_err_format(kr_exc_ValueError, "the first two maketrans arguments must have equal length");
    }
    for (ssize_t i = 0; i < LEN(x); i++) {
        KrObject *a = kr_int_from_i64(RD(x, i)), *b = kr_int_from_i64(RD(y, i));
        int rc = a && b ? kr_dict_set_item(d, a, b) : -1;
        KR_XDECREF(a);
        KR_XDECREF(b);
        if (rc < 0) { KR_DECREF(d); return NULL; }
    }
    if (nargs > 2) {
        KrObject *z = args[2];
        for (ssize_t i = 0; i < LEN(z); i++) {
            KrObject *a = kr_int_from_i64(RD(z, i));
            int rc = a ? kr_dict_set_item(d, a, KR_NONE) : -1;
            KR_XDECREF(a);
            if (rc < 0) { KR_DECREF(d); return NULL; }
        }
    }
    return d;
}

/* ---------------------------------------------------------------------------
 * encode, __format__, __getnewargs__, __sizeof__, __mod__ helpers
 * ------------------------------------------------------------------------ */

static KrObject *str_encode(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "encoding", "errors", NULL };
    KrArgSpec spec = { "encode", names, 0, 2, 0 };
    KrObject *out[2] = { NULL, NULL };
    if (kr_args_parse(&spec, args, nargs, kwnames, out) < 0) return NULL;
    const char *enc = "utf-8", *errs = NULL;
    if (out[0]) {
        if (!KR_STR_CHECK(out[0]))
            return kr_err_format(kr_exc_TypeError, "encode() argument 'encoding' must be str, not %.100s",
                                 kr_str_argtype_name(out[0]));
        if (!(enc = kr_str_as_cstr(out[0]))) return NULL;
    }
    if (out[1]) {
        if (!KR_STR_CHECK(out[1]))
            return kr_err_format(kr_exc_TypeError, "encode() argument 'errors' must be str, not %.100s",
                                 kr_str_argtype_name(out[1]));
        if (!(errs = kr_str_as_cstr(out[1]))) return NULL;
    }
    return kr_str_encode(self, enc, errs);
}

static KrObject *str_format_dunder(KrObject *self, KrObject *spec)
{
    if (!KR_STR_CHECK(spec))
        return kr_err_format(kr_exc_TypeError, "__format__() argument must be str, not %.100s",
                             kr_str_argtype_name(spec));
    return kr_format_str(self, spec);
}

static KrObject *str_getnewargs(KrObject *self, KrObject *unused)
{
    KrObject *copy = kr_str_exact_copy(self);
    if (!copy) return NULL;
    KrObject *t = kr_tuple_pack(1, copy);
    KR_DECREF(copy);
    return t;
}

static KrObject *str_sizeof(KrObject *self, KrObject *unused)
{
    /* CPython 3.11's sizes: compact ASCII header 48, compact header 72. */
    ssize_t n = LEN(self);
    return kr_int_from_ssize(KR_STR_IS_ASCII(self) ? 48 + n + 1 : 72 + (n + 1) * KIND(self));
}

static KrObject *str_format_map_m(KrObject *self, KrObject *mapping)
{
    return kr_str_format_map_method(self, mapping);
}

KrMethodDef kr_str_methods_table[] = {
    { "encode", (void *)str_encode, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Encode the string using the codec registered for encoding." },
    { "replace", (void *)str_replace, KR_METH_FASTCALL,
      "Return a copy with all occurrences of substring old replaced by new." },
    { "split", (void *)str_split, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Return a list of the substrings in the string, using sep as the separator string." },
    { "rsplit", (void *)str_rsplit, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Return a list of the substrings in the string, using sep as the separator string." },
    { "join", (void *)str_join, KR_METH_O, "Concatenate any number of strings." },
    { "capitalize", (void *)str_capitalize, KR_METH_NOARGS, "Return a capitalized version of the string." },
    { "casefold", (void *)str_casefold, KR_METH_NOARGS, "Return a version of the string suitable for caseless comparisons." },
    { "title", (void *)str_title, KR_METH_NOARGS, "Return a version of the string where each word is titlecased." },
    { "center", (void *)str_center, KR_METH_FASTCALL, "Return a centered string of length width." },
    { "count", (void *)str_count, KR_METH_FASTCALL,
      "S.count(sub[, start[, end]]) -> int\n\nReturn the number of non-overlapping occurrences of substring sub in\nstring S[start:end]." },
    { "expandtabs", (void *)str_expandtabs, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Return a copy where all tab characters are expanded using spaces." },
    { "find", (void *)str_find, KR_METH_FASTCALL,
      "S.find(sub[, start[, end]]) -> int\n\nReturn the lowest index in S where substring sub is found." },
    { "partition", (void *)str_partition, KR_METH_O, "Partition the string into three parts using the given separator." },
    { "index", (void *)str_index, KR_METH_FASTCALL,
      "S.index(sub[, start[, end]]) -> int\n\nReturn the lowest index in S where substring sub is found." },
    { "ljust", (void *)str_ljust, KR_METH_FASTCALL, "Return a left-justified string of length width." },
    { "lower", (void *)str_lower, KR_METH_NOARGS, "Return a copy of the string converted to lowercase." },
    { "lstrip", (void *)str_lstrip, KR_METH_FASTCALL, "Return a copy of the string with leading whitespace removed." },
    { "rfind", (void *)str_rfind, KR_METH_FASTCALL,
      "S.rfind(sub[, start[, end]]) -> int\n\nReturn the highest index in S where substring sub is found." },
    { "rindex", (void *)str_rindex, KR_METH_FASTCALL,
      "S.rindex(sub[, start[, end]]) -> int\n\nReturn the highest index in S where substring sub is found." },
    { "rjust", (void *)str_rjust, KR_METH_FASTCALL, "Return a right-justified string of length width." },
    { "rstrip", (void *)str_rstrip, KR_METH_FASTCALL, "Return a copy of the string with trailing whitespace removed." },
    { "rpartition", (void *)str_rpartition, KR_METH_O, "Partition the string into three parts using the given separator." },
    { "splitlines", (void *)str_splitlines, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Return a list of the lines in the string, breaking at line boundaries." },
    { "strip", (void *)str_strip, KR_METH_FASTCALL, "Return a copy of the string with leading and trailing whitespace removed." },
    { "swapcase", (void *)str_swapcase, KR_METH_NOARGS, "Convert uppercase characters to lowercase and lowercase characters to uppercase." },
    { "translate", (void *)str_translate, KR_METH_O, "Replace each character in the string using the given translation table." },
    { "upper", (void *)str_upper, KR_METH_NOARGS, "Return a copy of the string converted to uppercase." },
    { "startswith", (void *)str_startswith, KR_METH_FASTCALL,
      "S.startswith(prefix[, start[, end]]) -> bool\n\nReturn True if S starts with the specified prefix, False otherwise." },
    { "endswith", (void *)str_endswith, KR_METH_FASTCALL,
      "S.endswith(suffix[, start[, end]]) -> bool\n\nReturn True if S ends with the specified suffix, False otherwise." },
    { "removeprefix", (void *)str_removeprefix, KR_METH_O, "Return a str with the given prefix string removed if present." },
    { "removesuffix", (void *)str_removesuffix, KR_METH_O, "Return a str with the given suffix string removed if present." },
    { "isascii", (void *)str_isascii, KR_METH_NOARGS, "Return True if all characters in the string are ASCII, False otherwise." },
    { "islower", (void *)str_islower, KR_METH_NOARGS, "Return True if the string is a lowercase string, False otherwise." },
    { "isupper", (void *)str_isupper, KR_METH_NOARGS, "Return True if the string is an uppercase string, False otherwise." },
    { "istitle", (void *)str_istitle, KR_METH_NOARGS, "Return True if the string is a title-cased string, False otherwise." },
    { "isspace", (void *)str_isspace, KR_METH_NOARGS, "Return True if the string is a whitespace string, False otherwise." },
    { "isdecimal", (void *)str_isdecimal, KR_METH_NOARGS, "Return True if the string is a decimal string, False otherwise." },
    { "isdigit", (void *)str_isdigit, KR_METH_NOARGS, "Return True if the string is a digit string, False otherwise." },
    { "isnumeric", (void *)str_isnumeric, KR_METH_NOARGS, "Return True if the string is a numeric string, False otherwise." },
    { "isalpha", (void *)str_isalpha, KR_METH_NOARGS, "Return True if the string is an alphabetic string, False otherwise." },
    { "isalnum", (void *)str_isalnum, KR_METH_NOARGS, "Return True if the string is an alpha-numeric string, False otherwise." },
    { "isidentifier", (void *)str_isidentifier, KR_METH_NOARGS, "Return True if the string is a valid Python identifier, False otherwise." },
    { "isprintable", (void *)str_isprintable, KR_METH_NOARGS, "Return True if the string is printable, False otherwise." },
    { "zfill", (void *)str_zfill, KR_METH_O, "Pad a numeric string with zeros on the left, to fill a field of the given width." },
    { "format", (void *)kr_str_format_method, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "S.format(*args, **kwargs) -> str\n\nReturn a formatted version of S, using substitutions from args and kwargs.\nThe substitutions are identified by braces ('{' and '}')." },
    { "format_map", (void *)str_format_map_m, KR_METH_O,
      "S.format_map(mapping) -> str\n\nReturn a formatted version of S, using substitutions from mapping.\nThe substitutions are identified by braces ('{' and '}')." },
    { "__format__", (void *)str_format_dunder, KR_METH_O, "Return a formatted version of the string as described by format_spec." },
    { "maketrans", (void *)str_maketrans, KR_METH_FASTCALL | KR_METH_STATIC,
      "Return a translation table usable for str.translate()." },
    { "__sizeof__", (void *)str_sizeof, KR_METH_NOARGS, "Return the size of the string in memory, in bytes." },
    { "__getnewargs__", (void *)str_getnewargs, KR_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL }
};
