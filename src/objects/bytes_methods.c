/* bytes_methods.c — methods shared by bytes and bytearray: searching,
 * splitting, joining, stripping, padding, replace/translate, ASCII case
 * mapping and predicates, hex/fromhex and decode. Characters are bytes and
 * the character classes are ASCII's, as in CPython. */
#define _GNU_SOURCE 1 /* memmem, memrchr */
#include "bytes.h"
#include "bytes_methods.h"
#include "str.h"
#include "str_impl.h"
#include "int.h"
#include "list.h"
#include "tuple.h"
#include "abstract.h"
#include "args.h"
#include "../vm/err.h"
#include "../memory/mem.h"

#include <string.h>

/* ---------------------------------------------------------------------------
 * Helpers
 * ------------------------------------------------------------------------ */

static inline const char *self_data(KrObject *self, ssize_t *n)
{
    *n = KR_SIZE(self);
    return KR_BYTEARRAY_CHECK(self) ? KR_BYTEARRAY_DATA(self) : KR_BYTES_DATA(self);
}

static const char *family(KrObject *self)
{
    return KR_BYTEARRAY_CHECK(self) ? "bytearray" : "bytes";
}

KrObject *kr_bytes_methods_new_like(KrObject *self, const char *data, ssize_t n)
{
    if (self && KR_BYTEARRAY_CHECK(self)) return kr_bytearray_from(data, n);
    return kr_bytes_from(data, n);
}

/* self unchanged: bytes returns itself when exact, bytearray a copy. */
static KrObject *same_like(KrObject *self)
{
    if (KR_BYTES_CHECK_EXACT(self)) return kr_newref(self);
    ssize_t n;
    const char *d = self_data(self, &n);
    return kr_bytes_methods_new_like(self, d, n);
}

void kr_bytes_methods_fill_repeat(char *dst, const char *src, ssize_t len, ssize_t n)
{
    size_t total = (size_t)len * (size_t)n;
    if (total == 0) return;
    if (len == 1) {
        memset(dst, src[0], total);
        return;
    }
    memcpy(dst, src, (size_t)len);
    size_t done = (size_t)len;
    while (done < total) {
        size_t c = done <= total - done ? done : total - done;
        memcpy(dst + done, dst, c);
        done += c;
    }
}

int kr_bytes_methods_collect_ints(KrObject *o, char **out, ssize_t *outlen)
{
    ssize_t cap = 16, n = 0;
    char *buf = kr_raw_alloc((size_t)cap);
    if (!buf) { kr_err_no_memory(); return -1; }
    KrObject *it = kr_object_get_iter(o);
    if (!it) { kr_raw_free(buf); return -1; }
    KrObject *item;
    while ((item = kr_iter_next(it))) {
        ssize_t v = kr_number_as_ssize(item, NULL);
        KR_DECREF(item);
        if (v == -1 && kr_err_occurred()) goto fail;
        if (v < 0 || v > 255) {
            kr_err_set_string(kr_exc_ValueError, "bytes must be in range(0, 256)");
            goto fail;
        }
        if (n == cap) {
            cap *= 2;
            char *nb = kr_raw_realloc(buf, (size_t)cap);
            if (!nb) { kr_err_no_memory(); goto fail; }
            buf = nb;
        }
        buf[n++] = (char)v;
    }
    if (kr_err_occurred()) goto fail;
    KR_DECREF(it);
    *out = buf;
    *outlen = n;
    return 0;
fail:
    KR_DECREF(it);
    kr_raw_free(buf);
    return -1;
}

static int no_kw(KrObject *self, const char *name, KrObject *kwnames)
{
    if (kwnames && KR_SIZE(kwnames) > 0) {
        kr_err_format(kr_exc_TypeError, "%s.%s() takes no keyword arguments", family(self), name);
        return -1;
    }
    return 0;
}

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

static int check_expected(const char *name, ssize_t nargs, ssize_t min, ssize_t max)
{
    if (nargs < min || nargs > max) {
        ssize_t lim = nargs < min ? min : max;
        kr_err_format(kr_exc_TypeError, "%s expected %s%zd argument%s, got %zd", name,
                      min == max ? "" : nargs < min ? "at least " : "at most ", lim,
                      lim == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

static int check_noargs(KrObject *self, const char *name, ssize_t nargs, KrObject *kwnames)
{
    if (!nargs && no_kw(self, name, kwnames) < 0) return -1;
    if (nargs || (kwnames && KR_SIZE(kwnames))) {
        kr_err_format(kr_exc_TypeError, "%s.%s() takes no arguments (%zd given)", family(self), name,
                      nargs + (kwnames ? KR_SIZE(kwnames) : 0));
        return -1;
    }
    return 0;
}

static int check_one(KrObject *self, const char *name, ssize_t nargs, KrObject *kwnames)
{
    if (no_kw(self, name, kwnames) < 0) return -1;
    if (nargs != 1) {
        kr_err_format(kr_exc_TypeError, "%s.%s() takes exactly one argument (%zd given)", family(self),
                      name, nargs);
        return -1;
    }
    return 0;
}

static int arg_ssize(KrObject *o, ssize_t *out)
{
    ssize_t v = kr_number_as_ssize(o, kr_exc_OverflowError);
    if (v == -1 && kr_err_occurred()) return -1;
    *out = v;
    return 0;
}

/* A bytes-like argument as a buffer (released by the caller). */
static int get_buf(KrObject *o, KrBuffer *v)
{
    return kr_object_get_buffer(o, v, KR_BUF_SIMPLE);
}

/* The `sub` of find/count/index/in: an int 0..255 or a bytes-like object.
 * Fills view (release it) or byte (view->obj NULL). */
static int get_sub(KrObject *o, KrBuffer *v, char *byte)
{
    v->obj = NULL;
    if (kr_index_check(o)) {
        ssize_t x = kr_number_as_ssize(o, NULL);
        if (x == -1 && kr_err_occurred()) return -1;
        if (x < 0 || x > 255) {
            kr_err_set_string(kr_exc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        *byte = (char)x;
        v->buf = byte;
        v->len = 1;
        return 0;
    }
    if (!kr_object_check_buffer(o)) {
        kr_err_format(kr_exc_TypeError, "argument should be integer or bytes-like object, not '%.200s'",
                      KR_TYPE(o)->tp_name);
        return -1;
    }
    return get_buf(o, v);
}

static ssize_t search(const char *h, ssize_t n, const char *nd, ssize_t m, int direction)
{
    if (m == 0) return direction > 0 ? 0 : n;
    if (m > n) return -1;
    if (direction > 0) {
        const char *p = m == 1 ? memchr(h, nd[0], (size_t)n) : memmem(h, (size_t)n, nd, (size_t)m);
        return p ? p - h : -1;
    }
    if (m == 1) {
        const char *p = memrchr(h, nd[0], (size_t)n);
        return p ? p - h : -1;
    }
    for (ssize_t i = n - m; i >= 0; i--)
        if (h[i] == nd[0] && memcmp(h + i, nd, (size_t)m) == 0) return i;
    return -1;
}

static ssize_t count_in(const char *h, ssize_t n, const char *nd, ssize_t m)
{
    if (m == 0) return n + 1;
    ssize_t c = 0, pos = 0;
    while (pos <= n - m) {
        ssize_t i = search(h + pos, n - pos, nd, m, 1);
        if (i < 0) break;
        c++;
        pos += i + m;
    }
    return c;
}

int kr_bytes_methods_contains(const char *data, ssize_t len, KrObject *x)
{
    KrBuffer v;
    char byte;
    if (get_sub(x, &v, &byte) < 0) {
        if (kr_err_matches(kr_exc_TypeError) && !kr_index_check(x) && !kr_object_check_buffer(x)) {
            kr_err_clear();
            kr_err_format(kr_exc_TypeError, "a bytes-like object is required, not '%.100s'",
                          KR_TYPE(x)->tp_name);
        }
        return -1;
    }
    int r = search(data, len, v.buf, v.len, 1) >= 0;
    kr_buffer_release(&v);
    return r;
}

/* ---------------------------------------------------------------------------
 * count find rfind index rindex startswith endswith
 * ------------------------------------------------------------------------ */

static ssize_t find_common(KrObject *self, const char *name, KrObject *const *args, ssize_t nargs,
                           KrObject *kwnames, int direction, int count)
{
    if (no_kw(self, name, kwnames) < 0 || check_takes(name, nargs, 1, 3) < 0) return -2;
    ssize_t start, end;
    if (kr_str_parse_start_end(args + 1, nargs - 1, &start, &end) < 0) return -2;
    KrBuffer v;
    char byte;
    if (get_sub(args[0], &v, &byte) < 0) return -2;
    ssize_t n;
    const char *d = self_data(self, &n);
    kr_str_adjust_indices(&start, &end, n);
    ssize_t r;
    if (start > n || end - start < v.len) r = count ? 0 : -1;
    else if (count) r = count_in(d + start, end - start, v.buf, v.len);
    else {
        r = search(d + start, end - start, v.buf, v.len, direction);
        if (r >= 0) r += start;
    }
    kr_buffer_release(&v);
    return r;
}

KrObject *kr_bytes_methods_find(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    ssize_t r = find_common(self, "find", args, nargs, kw, 1, 0);
    return r == -2 ? NULL : kr_int_from_ssize(r);
}

KrObject *kr_bytes_methods_rfind(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    ssize_t r = find_common(self, "rfind", args, nargs, kw, -1, 0);
    return r == -2 ? NULL : kr_int_from_ssize(r);
}

KrObject *kr_bytes_methods_index(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    ssize_t r = find_common(self, "index", args, nargs, kw, 1, 0);
    if (r == -2) return NULL;
    if (r == -1) return kr_err_format(kr_exc_ValueError, "subsection not found");
    return kr_int_from_ssize(r);
}

KrObject *kr_bytes_methods_rindex(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    ssize_t r = find_common(self, "rindex", args, nargs, kw, -1, 0);
    if (r == -2) return NULL;
    if (r == -1) return kr_err_format(kr_exc_ValueError, "subsection not found");
    return kr_int_from_ssize(r);
}

KrObject *kr_bytes_methods_count(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    ssize_t r = find_common(self, "count", args, nargs, kw, 1, 1);
    return r == -2 ? NULL : kr_int_from_ssize(r);
}

static int tailmatch(const char *d, ssize_t n, const char *sub, ssize_t m, ssize_t start, ssize_t end,
                     int direction)
{
    kr_str_adjust_indices(&start, &end, n);
    end -= m;
    if (end < start) return 0;
    if (m == 0) return 1;
    return memcmp(d + (direction < 0 ? start : end), sub, (size_t)m) == 0;
}

static KrObject *startsendswith(KrObject *self, KrObject *const *args, ssize_t nargs,
                                KrObject *kwnames, const char *name, int direction)
{
    if (no_kw(self, name, kwnames) < 0 || check_takes(name, nargs, 1, 3) < 0) return NULL;
    ssize_t start, end, n;
    if (kr_str_parse_start_end(args + 1, nargs - 1, &start, &end) < 0) return NULL;
    const char *d = self_data(self, &n);
    KrObject *x = args[0];
    if (KR_TUPLE_CHECK(x)) {
        for (ssize_t i = 0; i < KR_SIZE(x); i++) {
            KrBuffer v;
            if (get_buf(KR_TUPLE_GET(x, i), &v) < 0) return NULL;
            int r = tailmatch(d, n, v.buf, v.len, start, end, direction);
            kr_buffer_release(&v);
            if (r) KR_RETURN_TRUE;
        }
        KR_RETURN_FALSE;
    }
    if (!kr_object_check_buffer(x))
        return kr_err_format(kr_exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %.100s",
                             name, KR_TYPE(x)->tp_name);
    KrBuffer v;
    if (get_buf(x, &v) < 0) return NULL;
    int r = tailmatch(d, n, v.buf, v.len, start, end, direction);
    kr_buffer_release(&v);
    return kr_bool_from(r);
}

KrObject *kr_bytes_methods_startswith(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    return startsendswith(self, args, nargs, kw, "startswith", -1);
}

KrObject *kr_bytes_methods_endswith(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    return startsendswith(self, args, nargs, kw, "endswith", 1);
}

/* ---------------------------------------------------------------------------
 * join split rsplit splitlines partition rpartition
 * ------------------------------------------------------------------------ */

KrObject *kr_bytes_join(KrObject *sep, KrObject *iterable)
{
    KrObject *seq = kr_sequence_fast(iterable, "can only join an iterable");
    if (!seq) return NULL;
    ssize_t n = KR_SEQUENCE_FAST_SIZE(seq);
    KrObject **items = KR_SEQUENCE_FAST_ITEMS(seq);
    KrObject *r = NULL;
    KrBuffer *views = NULL;
    ssize_t got = 0;
    if (n == 1 && KR_BYTES_CHECK_EXACT(items[0]) && KR_BYTES_CHECK_EXACT(sep)) {
        r = kr_newref(items[0]);
        goto done;
    }
    views = kr_raw_alloc(sizeof(KrBuffer) * (size_t)(n ? n : 1));
    if (!views) { kr_err_no_memory(); goto done; }
    ssize_t seplen, total = 0;
    const char *sd = self_data(sep, &seplen);
    for (; got < n; got++) {
        KrObject *it = items[got];
        if (!kr_object_check_buffer(it)) {
            kr_err_format(kr_exc_TypeError, "sequence item %zd: expected a bytes-like object, %.80s found",
                          got, KR_TYPE(it)->tp_name);
            goto done;
        }
        if (get_buf(it, &views[got]) < 0) goto done;
        total += views[got].len + (got ? seplen : 0);
    }
    r = kr_bytes_methods_new_like(sep, NULL, total);
    if (!r) goto done;
    char *out = KR_BYTEARRAY_CHECK(r) ? KR_BYTEARRAY_DATA(r) : KR_BYTES_DATA(r);
    sd = self_data(sep, &seplen);
    for (ssize_t i = 0; i < n; i++) {
        if (i && seplen) { memcpy(out, sd, (size_t)seplen); out += seplen; }
        memcpy(out, views[i].buf, (size_t)views[i].len);
        out += views[i].len;
    }
done:
    for (ssize_t i = 0; i < got; i++) kr_buffer_release(&views[i]);
    kr_raw_free(views);
    KR_DECREF(seq);
    return r;
}

KrObject *kr_bytes_methods_join(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    if (check_one(self, "join", nargs, kw) < 0) return NULL;
    return kr_bytes_join(self, args[0]);
}

static inline int is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c';
}

static int add_piece(KrObject *list, KrObject *self, const char *d, ssize_t a, ssize_t b, ssize_t n)
{
    KrObject *p;
    if (a == 0 && b == n && KR_BYTES_CHECK_EXACT(self)) p = kr_newref(self);
    else p = kr_bytes_methods_new_like(self, d + a, b - a);
    if (!p) return -1;
    int r = kr_list_append(list, p);
    KR_DECREF(p);
    return r;
}

static int split_args(const char *name, KrObject *const *args, ssize_t nargs, KrObject *kwnames,
                      KrBuffer *sep, ssize_t *maxsplit)
{
    static const char *const names[] = { "sep", "maxsplit", NULL };
    KrArgSpec spec = { name, names, 0, 2, 0 };
    KrObject *out[2] = { NULL, NULL };
    if (kr_args_parse(&spec, args, nargs, kwnames, out) < 0) return -1;
    sep->obj = NULL;
    sep->buf = NULL;
    *maxsplit = -1;
    if (out[1] && arg_ssize(out[1], maxsplit) < 0) return -1;
    if (*maxsplit < 0) *maxsplit = PTRDIFF_MAX;
    if (out[0] && out[0] != KR_NONE) {
        if (get_buf(out[0], sep) < 0) return -1;
        if (sep->len == 0) {
            kr_buffer_release(sep);
            kr_err_set_string(kr_exc_ValueError, "empty separator");
            return -1;
        }
    }
    return 0;
}

KrObject *kr_bytes_methods_split(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    KrBuffer sep;
    ssize_t maxsplit, n;
    if (split_args("split", args, nargs, kw, &sep, &maxsplit) < 0) return NULL;
    const char *d = self_data(self, &n);
    KrObject *list = kr_list_new(0);
    if (!list) goto fail;
    ssize_t i = 0;
    if (!sep.buf) {
        while (maxsplit-- > 0) {
            while (i < n && is_space((unsigned char)d[i])) i++;
            if (i == n) break;
            ssize_t j = i;
            while (j < n && !is_space((unsigned char)d[j])) j++;
            if (add_piece(list, self, d, i, j, n) < 0) goto fail;
            i = j;
        }
        while (i < n && is_space((unsigned char)d[i])) i++;
        if (i < n && add_piece(list, self, d, i, n, n) < 0) goto fail;
    } else {
        while (maxsplit-- > 0) {
            ssize_t j = search(d + i, n - i, sep.buf, sep.len, 1);
            if (j < 0) break;
            if (add_piece(list, self, d, i, i + j, n) < 0) goto fail;
            i += j + sep.len;
        }
        if (add_piece(list, self, d, i, n, n) < 0) goto fail;
    }
    kr_buffer_release(&sep);
    return list;
fail:
    kr_buffer_release(&sep);
    KR_XDECREF(list);
    return NULL;
}

KrObject *kr_bytes_methods_rsplit(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    KrBuffer sep;
    ssize_t maxsplit, n;
    if (split_args("rsplit", args, nargs, kw, &sep, &maxsplit) < 0) return NULL;
    const char *d = self_data(self, &n);
    KrObject *list = kr_list_new(0);
    if (!list) goto fail;
    if (!sep.buf) {
        ssize_t i = n;
        while (maxsplit-- > 0) {
            while (i > 0 && is_space((unsigned char)d[i - 1])) i--;
            if (i == 0) break;
            ssize_t j = i;
            while (j > 0 && !is_space((unsigned char)d[j - 1])) j--;
            if (add_piece(list, self, d, j, i, n) < 0) goto fail;
            i = j;
        }
        while (i > 0 && is_space((unsigned char)d[i - 1])) i--;
        if (i > 0 && add_piece(list, self, d, 0, i, n) < 0) goto fail;
    } else {
        ssize_t end = n;
        while (maxsplit-- > 0) {
            ssize_t j = search(d, end, sep.buf, sep.len, -1);
            if (j < 0) break;
            if (add_piece(list, self, d, j + sep.len, end, n) < 0) goto fail;
            end = j;
        }
        if (add_piece(list, self, d, 0, end, n) < 0) goto fail;
    }
    kr_buffer_release(&sep);
    if (kr_list_reverse(list) < 0) { KR_DECREF(list); return NULL; }
    return list;
fail:
    kr_buffer_release(&sep);
    KR_XDECREF(list);
    return NULL;
}

KrObject *kr_bytes_methods_splitlines(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "keepends", NULL };
    KrArgSpec spec = { "splitlines", names, 0, 1, 0 };
    KrObject *out[1] = { NULL };
    if (kr_args_parse(&spec, args, nargs, kw, out) < 0) return NULL;
    ssize_t keep = 0, n;
    if (out[0] && arg_ssize(out[0], &keep) < 0) return NULL;
    const char *d = self_data(self, &n);
    KrObject *list = kr_list_new(0);
    if (!list) return NULL;
    ssize_t i = 0;
    while (i < n) {
        ssize_t j = i;
        while (j < n && d[j] != '\n' && d[j] != '\r') j++;
        ssize_t eol = j;
        if (j < n) {
            if (d[j] == '\r' && j + 1 < n && d[j + 1] == '\n') j += 2;
            else j++;
            if (keep) eol = j;
        }
        if (add_piece(list, self, d, i, eol, n) < 0) { KR_DECREF(list); return NULL; }
        i = j;
    }
    return list;
}

static KrObject *partition(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw,
                           const char *name, int direction)
{
    if (check_one(self, name, nargs, kw) < 0) return NULL;
    KrBuffer v;
    if (get_buf(args[0], &v) < 0) return NULL;
    if (v.len == 0) {
        kr_buffer_release(&v);
        return kr_err_format(kr_exc_ValueError, "empty separator");
    }
    ssize_t n;
    const char *d = self_data(self, &n);
    ssize_t i = search(d, n, v.buf, v.len, direction);
    KrObject *a, *b, *c;
    if (i < 0) {
        KrObject *whole = same_like(self);
        a = direction > 0 ? whole : kr_bytes_methods_new_like(self, "", 0);
        b = kr_bytes_methods_new_like(self, "", 0);
        c = direction > 0 ? kr_bytes_methods_new_like(self, "", 0) : whole;
    } else {
        a = kr_bytes_methods_new_like(self, d, i);
        b = KR_BYTES_CHECK_EXACT(args[0]) && !KR_BYTEARRAY_CHECK(self)
            ? kr_newref(args[0]) : kr_bytes_methods_new_like(self, v.buf, v.len);
        c = kr_bytes_methods_new_like(self, d + i + v.len, n - i - v.len);
    }
    kr_buffer_release(&v);
    KrObject *t = a && b && c ? kr_tuple_pack(3, a, b, c) : NULL;
    KR_XDECREF(a);
    KR_XDECREF(b);
    KR_XDECREF(c);
    return t;
}

KrObject *kr_bytes_methods_partition(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    return partition(self, args, nargs, kw, "partition", 1);
}

KrObject *kr_bytes_methods_rpartition(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    return partition(self, args, nargs, kw, "rpartition", -1);
}

/* ---------------------------------------------------------------------------
 * strip lstrip rstrip removeprefix removesuffix
 * ------------------------------------------------------------------------ */

static KrObject *do_strip(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw,
                          const char *name, int left, int right)
{
    if (no_kw(self, name, kw) < 0 || check_expected(name, nargs, 0, 1) < 0) return NULL;
    KrBuffer v;
    v.obj = NULL;
    v.buf = NULL;
    if (nargs && args[0] != KR_NONE && get_buf(args[0], &v) < 0) return NULL;
    ssize_t n;
    const char *d = self_data(self, &n);
    ssize_t i = 0, j = n;
    if (v.buf) {
        const char *cs = v.buf;
        if (left) while (i < n && memchr(cs, d[i], (size_t)v.len)) i++;
        if (right) while (j > i && memchr(cs, d[j - 1], (size_t)v.len)) j--;
    } else {
        if (left) while (i < n && is_space((unsigned char)d[i])) i++;
        if (right) while (j > i && is_space((unsigned char)d[j - 1])) j--;
    }
    kr_buffer_release(&v);
    if (i == 0 && j == n) return same_like(self);
    return kr_bytes_methods_new_like(self, d + i, j - i);
}

KrObject *kr_bytes_methods_strip(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    return do_strip(self, args, nargs, kw, "strip", 1, 1);
}
KrObject *kr_bytes_methods_lstrip(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    return do_strip(self, args, nargs, kw, "lstrip", 1, 0);
}
KrObject *kr_bytes_methods_rstrip(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    return do_strip(self, args, nargs, kw, "rstrip", 0, 1);
}

static KrObject *remove_affix(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw,
                              const char *name, int prefix)
{
    if (check_one(self, name, nargs, kw) < 0) return NULL;
    KrBuffer v;
    if (get_buf(args[0], &v) < 0) return NULL;
    ssize_t n;
    const char *d = self_data(self, &n);
    KrObject *r;
    if (v.len && v.len <= n && memcmp(prefix ? d : d + n - v.len, v.buf, (size_t)v.len) == 0)
        r = kr_bytes_methods_new_like(self, prefix ? d + v.len : d, n - v.len);
    else
        r = same_like(self);
    kr_buffer_release(&v);
    return r;
}

KrObject *kr_bytes_methods_removeprefix(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    return remove_affix(self, args, nargs, kw, "removeprefix", 1);
}

KrObject *kr_bytes_methods_removesuffix(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    return remove_affix(self, args, nargs, kw, "removesuffix", 0);
}

/* ---------------------------------------------------------------------------
 * center ljust rjust zfill expandtabs
 * ------------------------------------------------------------------------ */

static KrObject *pad(KrObject *self, ssize_t left, ssize_t right, char fill)
{
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (!left && !right) return same_like(self);
    ssize_t n;
    const char *d = self_data(self, &n);
    if (left > PTRDIFF_MAX - n - right) return kr_err_no_memory();
    KrObject *r = kr_bytes_methods_new_like(self, NULL, left + n + right);
    if (!r) return NULL;
    char *o = KR_BYTEARRAY_CHECK(r) ? KR_BYTEARRAY_DATA(r) : KR_BYTES_DATA(r);
    d = self_data(self, &n);
    memset(o, fill, (size_t)left);
    memcpy(o + left, d, (size_t)n);
    memset(o + left + n, fill, (size_t)right);
    return r;
}

static int width_fill(KrObject *self, const char *name, KrObject *const *args, ssize_t nargs,
                      KrObject *kw, ssize_t *width, char *fill)
{
    if (no_kw(self, name, kw) < 0 || check_expected(name, nargs, 1, 2) < 0) return -1;
    if (arg_ssize(args[0], width) < 0) return -1;
    *fill = ' ';
    if (nargs > 1) {
        KrObject *f = args[1];
        if ((KR_BYTES_CHECK(f) && KR_BYTES_LEN(f) == 1)) *fill = KR_BYTES_DATA(f)[0];
        else if (KR_BYTEARRAY_CHECK(f) && KR_BYTEARRAY_LEN(f) == 1) *fill = KR_BYTEARRAY_DATA(f)[0];
        else {
            kr_err_format(kr_exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %.100s",
                          name, kr_str_argtype_name(f));
            return -1;
        }
    }
    return 0;
}

KrObject *kr_bytes_methods_center(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    ssize_t width;
    char fill;
    if (width_fill(self, "center", args, nargs, kw, &width, &fill) < 0) return NULL;
    ssize_t n = KR_SIZE(self);
    if (width <= n) return same_like(self);
    ssize_t marg = width - n, left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

KrObject *kr_bytes_methods_ljust(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    ssize_t width;
    char fill;
    if (width_fill(self, "ljust", args, nargs, kw, &width, &fill) < 0) return NULL;
    return pad(self, 0, width - KR_SIZE(self), fill);
}

KrObject *kr_bytes_methods_rjust(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    ssize_t width;
    char fill;
    if (width_fill(self, "rjust", args, nargs, kw, &width, &fill) < 0) return NULL;
    return pad(self, width - KR_SIZE(self), 0, fill);
}

KrObject *kr_bytes_methods_zfill(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    if (check_one(self, "zfill", nargs, kw) < 0) return NULL;
    ssize_t width, n = KR_SIZE(self);
    if (arg_ssize(args[0], &width) < 0) return NULL;
    if (width <= n) return same_like(self);
    KrObject *r = pad(self, width - n, 0, '0');
    if (!r || n == 0) return r;
    char *o = KR_BYTEARRAY_CHECK(r) ? KR_BYTEARRAY_DATA(r) : KR_BYTES_DATA(r);
    ssize_t f = width - n;
    if (o[f] == '+' || o[f] == '-') {
        o[0] = o[f];
        o[f] = '0';
    }
    return r;
}

KrObject *kr_bytes_methods_expandtabs(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "tabsize", NULL };
    KrArgSpec spec = { "expandtabs", names, 0, 1, 0 };
    KrObject *out[1] = { NULL };
    if (kr_args_parse(&spec, args, nargs, kw, out) < 0) return NULL;
    ssize_t tabsize = 8, n;
    if (out[0] && arg_ssize(out[0], &tabsize) < 0) return NULL;
    const char *d = self_data(self, &n);
    ssize_t total = 0, col = 0;
    for (ssize_t i = 0; i < n; i++) {
        if (d[i] == '\t') {
            if (tabsize > 0) { ssize_t inc = tabsize - col % tabsize; col += inc; total += inc; }
        } else {
            col++;
            total++;
            if (d[i] == '\n' || d[i] == '\r') col = 0;
        }
    }
    KrObject *r = kr_bytes_methods_new_like(self, NULL, total);
    if (!r) return NULL;
    char *o = KR_BYTEARRAY_CHECK(r) ? KR_BYTEARRAY_DATA(r) : KR_BYTES_DATA(r);
    col = 0;
    for (ssize_t i = 0; i < n; i++) {
        if (d[i] == '\t') {
            if (tabsize > 0) {
                ssize_t inc = tabsize - col % tabsize;
                col += inc;
                memset(o, ' ', (size_t)inc);
                o += inc;
            }
        } else {
            col++;
            *o++ = d[i];
            if (d[i] == '\n' || d[i] == '\r') col = 0;
        }
    }
    return r;
}

/* ---------------------------------------------------------------------------
 * replace translate maketrans
 * ------------------------------------------------------------------------ */

KrObject *kr_bytes_methods_replace(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    if (no_kw(self, "replace", kw) < 0 || check_expected("replace", nargs, 2, 3) < 0) return NULL;
    ssize_t count = -1;
    KrBuffer vo, vn;
    if (get_buf(args[0], &vo) < 0) return NULL;
    if (get_buf(args[1], &vn) < 0) { kr_buffer_release(&vo); return NULL; }
    KrObject *r = NULL;
    if (nargs > 2 && arg_ssize(args[2], &count) < 0) goto done;
    if (count < 0) count = PTRDIFF_MAX;
    ssize_t n;
    const char *d = self_data(self, &n);
    const char *od = vo.buf, *nd = vn.buf;
    ssize_t m = vo.len, k = vn.len;
    ssize_t found = count == 0 || n < m ? 0 : count_in(d, n, od, m);
    if (found > count) found = count;
    if (found == 0) { r = same_like(self); goto done; }
    if (k > m && found > (PTRDIFF_MAX - n) / (k - m)) {
        kr_err_set_string(kr_exc_OverflowError, "replace bytes is too long");
        goto done;
    }
    r = kr_bytes_methods_new_like(self, NULL, n + found * (k - m));
    if (!r) goto done;
    char *o = KR_BYTEARRAY_CHECK(r) ? KR_BYTEARRAY_DATA(r) : KR_BYTES_DATA(r);
    ssize_t i = 0;
    for (ssize_t c = 0; c < found; c++) {
        if (m == 0) {
            memcpy(o, nd, (size_t)k);
            o += k;
            if (i < n) *o++ = d[i++];
            continue;
        }
        ssize_t j = search(d + i, n - i, od, m, 1);
        memcpy(o, d + i, (size_t)j);
        o += j;
        memcpy(o, nd, (size_t)k);
        o += k;
        i += j + m;
    }
    memcpy(o, d + i, (size_t)(n - i));
done:
    kr_buffer_release(&vo);
    kr_buffer_release(&vn);
    return r;
}

KrObject *kr_bytes_methods_translate(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "", "delete", NULL };
    KrArgSpec spec = { "translate", names, 1, 2, 1 };
    KrObject *out[2] = { NULL, NULL };
    if (kr_args_parse(&spec, args, nargs, kw, out) < 0) return NULL;
    KrBuffer tv, dv;
    tv.obj = dv.obj = NULL;
    tv.buf = dv.buf = NULL;
    tv.len = dv.len = 0;
    KrObject *r = NULL;
    if (out[0] != KR_NONE) {
        if (get_buf(out[0], &tv) < 0) return NULL;
        if (tv.len != 256) {
            kr_buffer_release(&tv);
            return kr_err_format(kr_exc_ValueError, "translation table must be 256 characters long");
        }
    }
    if (out[1] && get_buf(out[1], &dv) < 0) { kr_buffer_release(&tv); return NULL; }
    unsigned char del[256] = { 0 };
    for (ssize_t i = 0; i < dv.len; i++) del[((unsigned char *)dv.buf)[i]] = 1;
    ssize_t n;
    const char *d = self_data(self, &n);
    char *tmp = kr_raw_alloc((size_t)n + 1);
    if (!tmp) { kr_err_no_memory(); goto done; }
    ssize_t k = 0;
    int changed = 0;
    for (ssize_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (del[c]) { changed = 1; continue; }
        unsigned char t = tv.buf ? ((unsigned char *)tv.buf)[c] : c;
        if (t != c) changed = 1;
        tmp[k++] = (char)t;
    }
    r = !changed ? same_like(self) : kr_bytes_methods_new_like(self, tmp, k);
    kr_raw_free(tmp);
done:
    kr_buffer_release(&tv);
    kr_buffer_release(&dv);
    return r;
}

static KrObject *maketrans_impl(const char *fam, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    if (kw && KR_SIZE(kw))
        return kr_err_format(kr_exc_TypeError, "%s.maketrans() takes no keyword arguments", fam);
    if (check_expected("maketrans", nargs, 2, 2) < 0) return NULL;
    KrBuffer a, b;
    if (get_buf(args[0], &a) < 0) return NULL;
    if (get_buf(args[1], &b) < 0) { kr_buffer_release(&a); return NULL; }
    KrObject *r = NULL;
    if (a.len != b.len) {
        kr_err_set_string(kr_exc_ValueError, "maketrans arguments must have same length");
    } else {
        r = kr_bytes_from(NULL, 256);
        if (r) {
            char *o = KR_BYTES_DATA(r);
            for (int i = 0; i < 256; i++) o[i] = (char)i;
            for (ssize_t i = 0; i < a.len; i++)
                o[((unsigned char *)a.buf)[i]] = ((char *)b.buf)[i];
        }
    }
    kr_buffer_release(&a);
    kr_buffer_release(&b);
    return r;
}

KrObject *kr_bytes_methods_maketrans(KrObject *unused, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    return maketrans_impl("bytes", args, nargs, kw);
}

KrObject *kr_bytes_methods_maketrans_ba(KrObject *unused, KrObject *const *args, ssize_t nargs,
                                        KrObject *kw)
{
    return maketrans_impl("bytearray", args, nargs, kw);
}

/* ---------------------------------------------------------------------------
 * ASCII case mapping and predicates
 * ------------------------------------------------------------------------ */

static inline int is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static inline int is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static inline int is_alpha(unsigned char c) { return is_lower(c) || is_upper(c); }
static inline int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static inline unsigned char to_lower(unsigned char c) { return is_upper(c) ? c + 32 : c; }
static inline unsigned char to_upper(unsigned char c) { return is_lower(c) ? c - 32 : c; }

enum { BC_LOWER, BC_UPPER, BC_SWAP, BC_TITLE, BC_CAPITALIZE };

static KrObject *case_map(KrObject *self, const char *name, ssize_t nargs, KrObject *kw, int mode)
{
    if (check_noargs(self, name, nargs, kw) < 0) return NULL;
    ssize_t n;
    self_data(self, &n);
    KrObject *r = kr_bytes_methods_new_like(self, NULL, n);
    if (!r) return NULL;
    const unsigned char *d = (const unsigned char *)self_data(self, &n);
    unsigned char *o = (unsigned char *)(KR_BYTEARRAY_CHECK(r) ? KR_BYTEARRAY_DATA(r) : KR_BYTES_DATA(r));
    int prev_cased = 0;
    for (ssize_t i = 0; i < n; i++) {
        unsigned char c = d[i];
        switch (mode) {
        case BC_LOWER: o[i] = to_lower(c); break;
        case BC_UPPER: o[i] = to_upper(c); break;
        case BC_SWAP: o[i] = is_upper(c) ? to_lower(c) : to_upper(c); break;
        case BC_TITLE:
            o[i] = prev_cased ? to_lower(c) : to_upper(c);
            prev_cased = is_alpha(c);
            break;
        default:
            o[i] = i == 0 ? to_upper(c) : to_lower(c);
            break;
        }
    }
    return r;
}

KrObject *kr_bytes_methods_lower(KrObject *s, KrObject *const *a, ssize_t n, KrObject *k) { return case_map(s, "lower", n, k, BC_LOWER); }
KrObject *kr_bytes_methods_upper(KrObject *s, KrObject *const *a, ssize_t n, KrObject *k) { return case_map(s, "upper", n, k, BC_UPPER); }
KrObject *kr_bytes_methods_swapcase(KrObject *s, KrObject *const *a, ssize_t n, KrObject *k) { return case_map(s, "swapcase", n, k, BC_SWAP); }
KrObject *kr_bytes_methods_title(KrObject *s, KrObject *const *a, ssize_t n, KrObject *k) { return case_map(s, "title", n, k, BC_TITLE); }
KrObject *kr_bytes_methods_capitalize(KrObject *s, KrObject *const *a, ssize_t n, KrObject *k) { return case_map(s, "capitalize", n, k, BC_CAPITALIZE); }

static KrObject *all_of(KrObject *self, const char *name, ssize_t nargs, KrObject *kw, int which)
{
    if (check_noargs(self, name, nargs, kw) < 0) return NULL;
    ssize_t n;
    const unsigned char *d = (const unsigned char *)self_data(self, &n);
    if (which == 'A') {                       /* isascii: true for empty */
        for (ssize_t i = 0; i < n; i++) if (d[i] >= 128) KR_RETURN_FALSE;
        KR_RETURN_TRUE;
    }
    if (n == 0) KR_RETURN_FALSE;
    if (which == 'l' || which == 'u') {
        int cased = 0;
        for (ssize_t i = 0; i < n; i++) {
            if (which == 'l' ? is_upper(d[i]) : is_lower(d[i])) KR_RETURN_FALSE;
            if (which == 'l' ? is_lower(d[i]) : is_upper(d[i])) cased = 1;
        }
        return kr_bool_from(cased);
    }
    if (which == 't') {
        int cased = 0, prev = 0;
        for (ssize_t i = 0; i < n; i++) {
            if (is_upper(d[i])) {
                if (prev) KR_RETURN_FALSE;
                prev = cased = 1;
            } else if (is_lower(d[i])) {
                if (!prev) KR_RETURN_FALSE;
                prev = cased = 1;
            } else prev = 0;
        }
        return kr_bool_from(cased);
    }
    for (ssize_t i = 0; i < n; i++) {
        unsigned char c = d[i];
        int ok = which == 'a' ? is_alpha(c) : which == 'd' ? is_digit(c)
               : which == 'n' ? (is_alpha(c) || is_digit(c)) : is_space(c);
        if (!ok) KR_RETURN_FALSE;
    }
    KR_RETURN_TRUE;
}

KrObject *kr_bytes_methods_isalnum(KrObject *s, KrObject *const *a, ssize_t n, KrObject *k) { return all_of(s, "isalnum", n, k, 'n'); }
KrObject *kr_bytes_methods_isalpha(KrObject *s, KrObject *const *a, ssize_t n, KrObject *k) { return all_of(s, "isalpha", n, k, 'a'); }
KrObject *kr_bytes_methods_isascii(KrObject *s, KrObject *const *a, ssize_t n, KrObject *k) { return all_of(s, "isascii", n, k, 'A'); }
KrObject *kr_bytes_methods_isdigit(KrObject *s, KrObject *const *a, ssize_t n, KrObject *k) { return all_of(s, "isdigit", n, k, 'd'); }
KrObject *kr_bytes_methods_islower(KrObject *s, KrObject *const *a, ssize_t n, KrObject *k) { return all_of(s, "islower", n, k, 'l'); }
KrObject *kr_bytes_methods_isupper(KrObject *s, KrObject *const *a, ssize_t n, KrObject *k) { return all_of(s, "isupper", n, k, 'u'); }
KrObject *kr_bytes_methods_isspace(KrObject *s, KrObject *const *a, ssize_t n, KrObject *k) { return all_of(s, "isspace", n, k, 's'); }
KrObject *kr_bytes_methods_istitle(KrObject *s, KrObject *const *a, ssize_t n, KrObject *k) { return all_of(s, "istitle", n, k, 't'); }

/* ---------------------------------------------------------------------------
 * hex fromhex decode
 * ------------------------------------------------------------------------ */

KrObject *kr_bytes_methods_hex(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "sep", "bytes_per_sep", NULL };
    KrArgSpec spec = { "hex", names, 0, 2, 0 };
    KrObject *out[2] = { NULL, NULL };
    if (kr_args_parse(&spec, args, nargs, kw, out) < 0) return NULL;
    char sep = 0;
    ssize_t per = 1;
    if (out[1] && arg_ssize(out[1], &per) < 0) return NULL;
    if (out[0]) {
        /* as CPython's _Py_strhex: len(sep) must be 1, then str or bytes */
        if (!KR_STR_CHECK(out[0]) && !KR_BYTES_CHECK(out[0]) && !KR_BYTEARRAY_CHECK(out[0])) {
            ssize_t sl = kr_object_length(out[0]);
            if (sl < 0) return NULL;
            if (sl != 1) return kr_err_format(kr_exc_ValueError, "sep must be length 1.");
            return kr_err_format(kr_exc_TypeError, "sep must be str or bytes.");
        }
        if (KR_STR_CHECK(out[0])) {
            if (KR_STR_LEN(out[0]) != 1) return kr_err_format(kr_exc_ValueError, "sep must be length 1.");
            uint32_t c = KR_STR_READ_CHAR(out[0], 0);
            if (c >= 128) return kr_err_format(kr_exc_ValueError, "sep must be ASCII.");
            sep = (char)c;
        } else if (KR_BYTES_CHECK(out[0]) || KR_BYTEARRAY_CHECK(out[0])) {
            ssize_t sl;
            const char *sd = self_data(out[0], &sl);
            if (sl != 1) return kr_err_format(kr_exc_ValueError, "sep must be length 1.");
            if ((unsigned char)sd[0] >= 128) return kr_err_format(kr_exc_ValueError, "sep must be ASCII.");
            sep = sd[0];
        }
    }
    ssize_t n;
    const unsigned char *d = (const unsigned char *)self_data(self, &n);
    if (n == 0) return kr_newref(kr_str_empty_borrow());
    ssize_t group = per < 0 ? -per : per;
    ssize_t nseps = sep && group ? (n - 1) / group : 0;
    if (!sep || group == 0) nseps = 0;
    KrObject *r = kr_str_new_kind(2 * n + nseps, 1, 1);
    if (!r) return NULL;
    char *o = KR_STR_DATA(r);
    static const char hx[] = "0123456789abcdef";
    /* separators count groups from the right when bytes_per_sep > 0 */
    for (ssize_t i = 0; i < n; i++) {
        if (nseps && i > 0) {
            ssize_t from = per > 0 ? n - i : i;
            if (from % group == 0) *o++ = sep;
        }
        *o++ = hx[d[i] >> 4];
        *o++ = hx[d[i] & 15];
    }
    return r;
}

KrObject *kr_bytes_methods_fromhex(KrObject *cls, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    const char *fam = kr_type_is_subtype((KrTypeObject *)cls, &kr_bytearray_type) ? "bytearray" : "bytes";
    if (kw && KR_SIZE(kw))
        return kr_err_format(kr_exc_TypeError, "%s.fromhex() takes no keyword arguments", fam);
    if (nargs != 1)
        return kr_err_format(kr_exc_TypeError, "%s.fromhex() takes exactly one argument (%zd given)", fam,
                             nargs);
    KrObject *s = args[0];
    if (!KR_STR_CHECK(s))
        return kr_err_format(kr_exc_TypeError, "fromhex() argument must be str, not %.100s",
                             kr_str_argtype_name(s));
    ssize_t n = KR_STR_LEN(s), k = 0;
    char *buf = kr_raw_alloc((size_t)n / 2 + 1);
    if (!buf) return kr_err_no_memory();
    ssize_t i = 0;
    while (i < n) {
        uint32_t c = KR_STR_READ_CHAR(s, i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c') { i++; continue; }
        int hi = -1, lo = -1;
        if (c < 128 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')) hi = (int)((c | 0x20) - 'a' + 10);
        else if (c >= '0' && c <= '9') hi = (int)(c - '0');
        if (hi < 0) goto bad;
        if (i + 1 >= n) { i++; goto bad; }
        c = KR_STR_READ_CHAR(s, i + 1);
        if (c < 128 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')) lo = (int)((c | 0x20) - 'a' + 10);
        else if (c >= '0' && c <= '9') lo = (int)(c - '0');
        if (lo < 0) { i++; goto bad; }
        buf[k++] = (char)(hi * 16 + lo);
        i += 2;
    }
    KrObject *r;
    if ((KrTypeObject *)cls == &kr_bytearray_type) r = kr_bytearray_from(buf, k);
    else {
        r = kr_bytes_from(buf, k);
        if (r && (KrTypeObject *)cls != &kr_bytes_type) {
            KrObject *o = kr_object_call_one(cls, r);
            KR_DECREF(r);
            r = o;
        }
    }
    kr_raw_free(buf);
    return r;
bad:
    kr_raw_free(buf);
    return kr_err_format(kr_exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zd", i);
}

KrObject *kr_bytes_methods_decode(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "encoding", "errors", NULL };
    KrArgSpec spec = { "decode", names, 0, 2, 0 };
    KrObject *out[2] = { NULL, NULL };
    if (kr_args_parse(&spec, args, nargs, kw, out) < 0) return NULL;
    const char *enc = "utf-8", *errs = NULL;
    if (out[0]) {
        if (!KR_STR_CHECK(out[0]))
            return kr_err_format(kr_exc_TypeError, "decode() argument 'encoding' must be str, not %.100s",
                                 kr_str_argtype_name(out[0]));
        if (!(enc = kr_str_as_cstr(out[0]))) return NULL;
    }
    if (out[1]) {
        if (!KR_STR_CHECK(out[1]))
            return kr_err_format(kr_exc_TypeError, "decode() argument 'errors' must be str, not %.100s",
                                 kr_str_argtype_name(out[1]));
        if (!(errs = kr_str_as_cstr(out[1]))) return NULL;
    }
    ssize_t n;
    const char *d = self_data(self, &n);
    return kr_str_decode(d, n, enc, errs);
}
