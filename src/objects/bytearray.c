/* bytearray.c — the mutable bytes type: storage with over-allocation,
 * bytearray(...) / __init__, item and slice assignment and deletion, the
 * list-like mutators, comparison through the buffer protocol and buffer
 * exports that pin the size. Shared read-only methods: bytes_methods.c. */
#include "bytes.h"
#include "bytes_methods.h"
#include "str.h"
#include "str_impl.h"
#include "int.h"
#include "slice.h"
#include "tuple.h"
#include "dict.h"
#include "abstract.h"
#include "args.h"
#include "type.h"
#include "../vm/err.h"
#include "../memory/mem.h"

#include <string.h>

#define BA(o) ((KrByteArrayObject *)(o))

static char *ba_alloc_buf(ssize_t n)
{
    char *p = kr_mem_alloc((size_t)n + 1);
    if (p) p[n] = '\0';
    return p;
}

KrObject *kr_bytearray_from(const void *data, ssize_t len)
{
    if (len < 0) return kr_err_bad_internal_call();
    KrByteArrayObject *o = KR_NEW(KrByteArrayObject, &kr_bytearray_type);
    if (!o) return NULL;
    o->ob_bytes = ba_alloc_buf(len);
    if (!o->ob_bytes) {
        KR_DECREF(o);
        return kr_err_no_memory();
    }
    o->allocated = len ? len + 1 : 0;
    o->ob_base.ob_size = len;
    o->exports = 0;
    if (data) memcpy(o->ob_bytes, data, (size_t)len);
    return (KrObject *)o;
}

int kr_bytearray_resize(KrObject *self, ssize_t n)
{
    KrByteArrayObject *o = BA(self);
    if (n < 0) {
        kr_err_bad_internal_call();
        return -1;
    }
    if (n == KR_SIZE(self)) return 0;
    if (o->exports > 0) {
        kr_err_set_string(kr_exc_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    if ((size_t)n > (size_t)PTRDIFF_MAX / 2) {
        /* no allocator can give that much; also keeps n + 1 + n/8 in range */
        kr_err_no_memory();
        return -1;
    }
    /* CPython's policy (so __alloc__ agrees): keep the block on a minor
     * shrink, over-allocate by 1/8 on a moderate growth, else fit exactly. */
    ssize_t alloc = o->allocated;
    if (n + 1 <= alloc) {
        if (n >= alloc / 2) {
            o->ob_base.ob_size = n;
            o->ob_bytes[n] = '\0';
            return 0;
        }
        alloc = n + 1;
    } else if (n <= alloc + (alloc >> 3)) {
        alloc = n + (n >> 3) + (n < 9 ? 3 : 6);
    } else {
        alloc = n + 1;
    }
    char *nb = kr_mem_realloc(o->ob_bytes, (size_t)(alloc > 0 ? alloc : 1));
    if (!nb) {
        kr_err_no_memory();
        return -1;
    }
    o->ob_bytes = nb;
    o->allocated = alloc;
    o->ob_base.ob_size = n;
    o->ob_bytes[n] = '\0';
    return 0;
}

static void ba_dealloc(KrObject *self)
{
    kr_mem_free(BA(self)->ob_bytes);
    BA(self)->ob_bytes = NULL;
    KR_TYPE(self)->tp_free(self);
}

/* ---------------------------------------------------------------------------
 * Buffer exports
 * ------------------------------------------------------------------------ */

static int ba_getbuffer(KrObject *self, KrBuffer *view, int flags)
{
    if (kr_buffer_fill_info(view, self, BA(self)->ob_bytes, KR_SIZE(self), 0, flags) < 0) return -1;
    BA(self)->exports++;
    return 0;
}

static void ba_releasebuffer(KrObject *self, KrBuffer *view)
{
    BA(self)->exports--;
}

/* ---------------------------------------------------------------------------
 * repr, comparison
 * ------------------------------------------------------------------------ */

static KrObject *ba_repr(KrObject *self)
{
    KrObject *inner = kr_bytes_repr_data_ex(BA(self)->ob_bytes, KR_SIZE(self), 1);
    if (!inner) return NULL;
    const char *name = KR_TYPE(self)->tp_name;
    const char *dot = strrchr(name, '.');
    if (dot && !(KR_TYPE(self)->tp_flags & KR_TPFLAGS_HEAPTYPE)) name = dot + 1;
    KrObject *r;
    if (KR_TYPE(self)->tp_flags & KR_TPFLAGS_HEAPTYPE) {
        KrObject *n = kr_type_get_name(KR_TYPE(self));
        r = n ? kr_str_from_format("%U(%U)", n, inner) : NULL;
        KR_XDECREF(n);
    } else {
        r = kr_str_from_format("%s(%U)", name, inner);
    }
    KR_DECREF(inner);
    return r;
}

static KrObject *ba_richcompare(KrObject *a, KrObject *b, int op)
{
    if (!kr_object_check_buffer(a) || !kr_object_check_buffer(b) || KR_STR_CHECK(a) || KR_STR_CHECK(b))
        KR_RETURN_NOTIMPLEMENTED;
    KrBuffer va, vb;
    if (kr_object_get_buffer(a, &va, KR_BUF_SIMPLE) < 0) {
        kr_err_clear();
        KR_RETURN_NOTIMPLEMENTED;
    }
    if (kr_object_get_buffer(b, &vb, KR_BUF_SIMPLE) < 0) {
        kr_err_clear();
        kr_buffer_release(&va);
        KR_RETURN_NOTIMPLEMENTED;
    }
    int r;
    if ((op == KR_EQ || op == KR_NE) && va.len != vb.len) {
        r = op == KR_NE;
    } else {
        ssize_t n = va.len < vb.len ? va.len : vb.len;
        int c = memcmp(va.buf, vb.buf, (size_t)n);
        if (c == 0) c = va.len < vb.len ? -1 : va.len > vb.len ? 1 : 0;
        switch (op) {
        case KR_LT: r = c < 0; break;
        case KR_LE: r = c <= 0; break;
        case KR_EQ: r = c == 0; break;
        case KR_NE: r = c != 0; break;
        case KR_GT: r = c > 0; break;
        default: r = c >= 0; break;
        }
    }
    kr_buffer_release(&va);
    kr_buffer_release(&vb);
    return kr_bool_from(r);
}

/* ---------------------------------------------------------------------------
 * Sequence and mapping protocol
 * ------------------------------------------------------------------------ */

static ssize_t ba_length(KrObject *self) { return KR_SIZE(self); }

static KrObject *ba_item(KrObject *self, ssize_t i)
{
    if (i < 0 || i >= KR_SIZE(self)) {
        kr_err_set_string(kr_exc_IndexError, "bytearray index out of range");
        return NULL;
    }
    return kr_int_from_i64((unsigned char)BA(self)->ob_bytes[i]);
}

static int ba_index_arg(KrObject *key, ssize_t len, ssize_t *out)
{
    ssize_t i = kr_number_as_ssize(key, kr_exc_IndexError);
    if (i == -1 && kr_err_occurred()) return -1;
    if (i < 0) i += len;
    *out = i;
    return 0;
}

static KrObject *ba_subscript(KrObject *self, KrObject *key)
{
    ssize_t n = KR_SIZE(self);
    if (KR_SLICE_CHECK(key)) {
        ssize_t start, stop, step, slen;
        if (kr_slice_get_indices(key, n, &start, &stop, &step, &slen) < 0) return NULL;
        if (slen <= 0) return kr_bytearray_from("", 0);
        if (step == 1) return kr_bytearray_from(BA(self)->ob_bytes + start, slen);
        KrObject *r = kr_bytearray_from(NULL, slen);
        if (!r) return NULL;
        for (ssize_t i = 0, j = start; i < slen; i++, j += step) BA(r)->ob_bytes[i] = BA(self)->ob_bytes[j];
        return r;
    }
    if (kr_index_check(key)) {
        ssize_t i;
        if (ba_index_arg(key, n, &i) < 0) return NULL;
        return ba_item(self, i);
    }
    return kr_err_format(kr_exc_TypeError, "bytearray indices must be integers or slices, not %.200s",
                         KR_TYPE(key)->tp_name);
}

static int byte_value(KrObject *v, char *out)
{
    ssize_t x = kr_number_as_ssize(v, NULL);
    if (x == -1 && kr_err_occurred()) return -1;
    if (x < 0 || x > 255) {
        kr_err_set_string(kr_exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (char)x;
    return 0;
}

/* Replaces self[lo:hi] with data[0:m]. */
static int ba_setslice_raw(KrObject *self, ssize_t lo, ssize_t hi, const char *data, ssize_t m)
{
    ssize_t n = KR_SIZE(self);
    if (lo < 0) lo = 0;
    if (hi < lo) hi = lo;
    if (hi > n) hi = n;
    ssize_t growth = m - (hi - lo);
    if (growth != 0 && BA(self)->exports > 0) {
        kr_err_set_string(kr_exc_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    if (growth < 0) {
        memmove(BA(self)->ob_bytes + lo + m, BA(self)->ob_bytes + hi, (size_t)(n - hi));
        if (kr_bytearray_resize(self, n + growth) < 0) return -1;
    } else if (growth > 0) {
        if (n > PTRDIFF_MAX - growth) { kr_err_no_memory(); return -1; }
        if (kr_bytearray_resize(self, n + growth) < 0) return -1;
        memmove(BA(self)->ob_bytes + hi + growth, BA(self)->ob_bytes + hi, (size_t)(n - hi));
    }
    if (m) memcpy(BA(self)->ob_bytes + lo, data, (size_t)m);
    return 0;
}

/* A byte string for slice assignment: buffers, or iterables of ints. New
 * raw copy in *out (kr_raw_free). */
static int assign_source(KrObject *values, char **out, ssize_t *m)
{
    if (KR_STR_CHECK(values) || (!kr_object_check_buffer(values) && KR_TYPE(values)->tp_as_number
                                 && (KR_TYPE(values)->tp_as_number->nb_index
                                     || KR_TYPE(values)->tp_as_number->nb_int
                                     || KR_TYPE(values)->tp_as_number->nb_float))) {
        kr_err_set_string(kr_exc_TypeError,
                          "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return -1;
    }
    if (kr_object_check_buffer(values)) {
        KrBuffer v;
        if (kr_object_get_buffer(values, &v, KR_BUF_SIMPLE) < 0) return -1;
        *out = kr_raw_alloc((size_t)v.len + 1);
        if (!*out) { kr_buffer_release(&v); kr_err_no_memory(); return -1; }
        memcpy(*out, v.buf, (size_t)v.len);
        *m = v.len;
        kr_buffer_release(&v);
        return 0;
    }
    if (!kr_object_is_iterable(values)) {
        kr_err_set_string(kr_exc_TypeError,
                          "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return -1;
    }
    return kr_bytes_methods_collect_ints(values, out, m);
}

static int ba_ass_subscript(KrObject *self, KrObject *key, KrObject *value)
{
    ssize_t n = KR_SIZE(self);
    if (!KR_SLICE_CHECK(key)) {
        if (!kr_index_check(key)) {
            kr_err_format(kr_exc_TypeError, "bytearray indices must be integers or slices, not %.200s",
                          KR_TYPE(key)->tp_name);
            return -1;
        }
        ssize_t i;
        if (ba_index_arg(key, n, &i) < 0) return -1;
        if (i < 0 || i >= n) {
            kr_err_set_string(kr_exc_IndexError, "bytearray index out of range");
            return -1;
        }
        if (!value) return ba_setslice_raw(self, i, i + 1, NULL, 0);
        char c;
        if (byte_value(value, &c) < 0) return -1;
        BA(self)->ob_bytes[i] = c;
        return 0;
    }
    ssize_t start, stop, step, slen;
    if (kr_slice_get_indices(key, n, &start, &stop, &step, &slen) < 0) return -1;
    char *src = NULL;
    ssize_t m = 0;
    if (value && assign_source(value, &src, &m) < 0) return -1;
    int rc = 0;
    if (step == 1) {
        rc = ba_setslice_raw(self, start, stop, src, m);
    } else if (!value) {
        /* delete an extended slice: compact the kept bytes */
        if (slen > 0) {
            if (step < 0) {
                start = start + step * (slen - 1);
                step = -step;
            }
            char *d = BA(self)->ob_bytes;
            ssize_t w = start;
            for (ssize_t r = start, k = 0; r < n; r++) {
                if (k < slen && r == start + k * step) { k++; continue; }
                d[w++] = d[r];
            }
            rc = kr_bytearray_resize(self, w);
        }
    } else if (m != slen) {
        kr_err_format(kr_exc_ValueError, "attempt to assign bytes of size %zd to extended slice of size %zd",
                      m, slen);
        rc = -1;
    } else {
        for (ssize_t i = 0, j = start; i < slen; i++, j += step) BA(self)->ob_bytes[j] = src[i];
    }
    kr_raw_free(src);
    return rc;
}

static int ba_ass_item(KrObject *self, ssize_t i, KrObject *value)
{
    KrObject *key = kr_int_from_ssize(i);
    if (!key) return -1;
    int r = ba_ass_subscript(self, key, value);
    KR_DECREF(key);
    return r;
}

static int ba_contains(KrObject *self, KrObject *x)
{
    return kr_bytes_methods_contains(BA(self)->ob_bytes, KR_SIZE(self), x);
}

static KrObject *ba_repeat(KrObject *self, ssize_t count)
{
    ssize_t n = KR_SIZE(self);
    if (count < 0) count = 0;
    if (n && count > PTRDIFF_MAX / n) return kr_err_no_memory();
    KrObject *r = kr_bytearray_from(NULL, n * count);
    if (r) kr_bytes_methods_fill_repeat(BA(r)->ob_bytes, BA(self)->ob_bytes, n, count);
    return r;
}

static KrObject *ba_inplace_concat(KrObject *self, KrObject *other)
{
    KrBuffer v;
    if (kr_object_get_buffer(other, &v, KR_BUF_SIMPLE) < 0) {
        kr_err_clear();
        return kr_err_format(kr_exc_TypeError, "can't concat %.100s to %.100s", KR_TYPE(other)->tp_name,
                             KR_TYPE(self)->tp_name);
    }
    ssize_t n = KR_SIZE(self);
    char *copy = NULL;
    const char *src = v.buf;
    if (v.obj == self) { /* a += a */
        copy = kr_raw_alloc((size_t)v.len + 1);
        if (!copy) { kr_buffer_release(&v); return kr_err_no_memory(); }
        memcpy(copy, v.buf, (size_t)v.len);
        src = copy;
    }
    ssize_t m = v.len;
    kr_buffer_release(&v);
    int rc = kr_bytearray_resize(self, n + m);
    if (rc == 0) memcpy(BA(self)->ob_bytes + n, src, (size_t)m);
    kr_raw_free(copy);
    return rc < 0 ? NULL : kr_newref(self);
}

static KrObject *ba_inplace_repeat(KrObject *self, ssize_t count)
{
    ssize_t n = KR_SIZE(self);
    if (count < 0) count = 0;
    if (n && count > PTRDIFF_MAX / n) return kr_err_no_memory();
    if (kr_bytearray_resize(self, n * count) < 0) return NULL;
    if (count > 0) {
        char *d = BA(self)->ob_bytes;
        for (ssize_t i = 1; i < count; i++) memcpy(d + i * n, d, (size_t)n);
    }
    return kr_newref(self);
}

static KrObject *ba_mod(KrObject *a, KrObject *b)
{
    if (!KR_BYTEARRAY_CHECK(a)) KR_RETURN_NOTIMPLEMENTED;
    KrObject *tmp = kr_bytes_from(BA(a)->ob_bytes, KR_SIZE(a));
    if (!tmp) return NULL;
    KrObject *r = kr_bytes_format_percent(tmp, b);
    KR_DECREF(tmp);
    if (!r) return NULL;
    KrObject *ba = kr_bytearray_from(KR_BYTES_DATA(r), KR_BYTES_LEN(r));
    KR_DECREF(r);
    return ba;
}

/* ---------------------------------------------------------------------------
 * Construction: bytearray.__new__ makes it empty, __init__ fills it
 * ------------------------------------------------------------------------ */

static KrObject *ba_new(KrTypeObject *type, KrObject *args, KrObject *kwargs)
{
    KrObject *o = type->tp_alloc(type, 0);
    if (!o) return NULL;
    BA(o)->ob_bytes = ba_alloc_buf(0);
    if (!BA(o)->ob_bytes) {
        KR_DECREF(o);
        return kr_err_no_memory();
    }
    BA(o)->allocated = 0;
    BA(o)->exports = 0;
    KR_SIZE(o) = 0;
    return o;
}

static int ba_set_contents(KrObject *self, const char *data, ssize_t n)
{
    if (kr_bytearray_resize(self, n) < 0) return -1;
    if (n) memcpy(BA(self)->ob_bytes, data, (size_t)n);
    return 0;
}

static int ba_init(KrObject *self, KrObject *args, KrObject *kwargs)
{
    static const char *const names[] = { "source", "encoding", "errors" };
    KrObject *v[3];
    if (kr_str_parse_new_args("bytearray", args, kwargs, names, 3, v) < 0) return -1;
    KrObject *x = v[0], *enc = v[1], *errs = v[2];
    if ((enc && !KR_STR_CHECK(enc)) || (errs && !KR_STR_CHECK(errs))) {
        KrObject *bad = enc && !KR_STR_CHECK(enc) ? enc : errs;
        kr_err_format(kr_exc_TypeError, "bytearray() argument '%s' must be str, not %.100s",
                      bad == enc ? "encoding" : "errors", kr_str_argtype_name(bad));
        return -1;
    }
    if (kr_bytearray_resize(self, 0) < 0) return -1;
    if (!x) {
        if (enc || errs) {
            kr_err_set_string(kr_exc_TypeError, enc ? "encoding without a string argument"
                                                    : "errors without a string argument");
            return -1;
        }
        return 0;
    }
    if (KR_STR_CHECK(x)) {
        if (!enc) {
            kr_err_set_string(kr_exc_TypeError, "string argument without an encoding");
            return -1;
        }
        if (!KR_STR_CHECK(enc) || (errs && !KR_STR_CHECK(errs))) {
            KrObject *bad = !KR_STR_CHECK(enc) ? enc : errs;
            kr_err_format(kr_exc_TypeError, "bytearray() argument '%s' must be str, not %.100s",
                          bad == enc ? "encoding" : "errors", kr_str_argtype_name(bad));
            return -1;
        }
        const char *e = kr_str_as_cstr(enc), *r = errs ? kr_str_as_cstr(errs) : NULL;
        if (!e || (errs && !r)) return -1;
        KrObject *b = kr_str_encode(x, e, r);
        if (!b) return -1;
        int rc = ba_set_contents(self, KR_BYTES_DATA(b), KR_BYTES_LEN(b));
        KR_DECREF(b);
        return rc;
    }
    if (enc || errs) {
        kr_err_set_string(kr_exc_TypeError, enc ? "encoding without a string argument"
                                                : "errors without a string argument");
        return -1;
    }
    if (kr_index_check(x)) {
        ssize_t n = kr_number_as_ssize(x, kr_exc_OverflowError);
        if (n == -1 && kr_err_occurred()) {
            if (!kr_err_matches(kr_exc_TypeError)) return -1;
            kr_err_clear();
        } else {
            if (n < 0) {
                kr_err_set_string(kr_exc_ValueError, "negative count");
                return -1;
            }
            if (kr_bytearray_resize(self, n) < 0) return -1;
            memset(BA(self)->ob_bytes, 0, (size_t)n);
            return 0;
        }
    }
    if (kr_object_check_buffer(x)) {
        KrBuffer b;
        if (kr_object_get_buffer(x, &b, KR_BUF_FULL_RO) < 0) return -1;
        char *copy = kr_raw_alloc((size_t)b.len + 1);
        if (!copy) { kr_buffer_release(&b); kr_err_no_memory(); return -1; }
        memcpy(copy, b.buf, (size_t)b.len);
        ssize_t n = b.len;
        kr_buffer_release(&b);
        int rc = ba_set_contents(self, copy, n);
        kr_raw_free(copy);
        return rc;
    }
    if (!kr_object_is_iterable(x)) {
        kr_err_format(kr_exc_TypeError, "cannot convert '%.200s' object to bytearray", KR_TYPE(x)->tp_name);
        return -1;
    }
    char *buf;
    ssize_t n;
    if (kr_bytes_methods_collect_ints(x, &buf, &n) < 0) return -1;
    int rc = ba_set_contents(self, buf, n);
    kr_raw_free(buf);
    return rc;
}

/* ---------------------------------------------------------------------------
 * Mutating methods
 * ------------------------------------------------------------------------ */

static KrObject *bytearray_append(KrObject *self, KrObject *item)
{
    char c;
    if (byte_value(item, &c) < 0) return NULL;
    ssize_t n = KR_SIZE(self);
    if (kr_bytearray_resize(self, n + 1) < 0) return NULL;
    BA(self)->ob_bytes[n] = c;
    KR_RETURN_NONE;
}

static KrObject *bytearray_extend(KrObject *self, KrObject *iterable)
{
    char *buf = NULL;
    ssize_t m;
    if (kr_object_check_buffer(iterable)) {
        KrBuffer v;
        if (kr_object_get_buffer(iterable, &v, KR_BUF_SIMPLE) < 0) return NULL;
        buf = kr_raw_alloc((size_t)v.len + 1);
        if (!buf) { kr_buffer_release(&v); return kr_err_no_memory(); }
        memcpy(buf, v.buf, (size_t)v.len);
        m = v.len;
        kr_buffer_release(&v);
    } else {
        if (!kr_object_is_iterable(iterable))
            return kr_err_format(kr_exc_TypeError, "can't extend bytearray with %.100s",
                                 KR_TYPE(iterable)->tp_name);
        if (kr_bytes_methods_collect_ints(iterable, &buf, &m) < 0) {
            if (kr_err_matches(kr_exc_ValueError)) {
                kr_err_clear();
                kr_err_set_string(kr_exc_ValueError, "byte must be in range(0, 256)");
            }
            return NULL;
        }
    }
    ssize_t n = KR_SIZE(self);
    int rc = kr_bytearray_resize(self, n + m);
    if (rc == 0) memcpy(BA(self)->ob_bytes + n, buf, (size_t)m);
    kr_raw_free(buf);
    if (rc < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *bytearray_insert(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("insert", nargs, 2, 2) < 0) return NULL;
    ssize_t i = kr_number_as_ssize(args[0], kr_exc_OverflowError);
    if (i == -1 && kr_err_occurred()) return NULL;
    char c;
    if (byte_value(args[1], &c) < 0) return NULL;
    ssize_t n = KR_SIZE(self);
    if (i < 0) { i += n; if (i < 0) i = 0; }
    if (i > n) i = n;
    if (kr_bytearray_resize(self, n + 1) < 0) return NULL;
    memmove(BA(self)->ob_bytes + i + 1, BA(self)->ob_bytes + i, (size_t)(n - i));
    BA(self)->ob_bytes[i] = c;
    KR_RETURN_NONE;
}

static KrObject *bytearray_pop(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("pop", nargs, 0, 1) < 0) return NULL;
    ssize_t n = KR_SIZE(self), i = -1;
    if (nargs) {
        i = kr_number_as_ssize(args[0], kr_exc_OverflowError);
        if (i == -1 && kr_err_occurred()) return NULL;
    }
    if (n == 0) return kr_err_format(kr_exc_IndexError, "pop from empty bytearray");
    if (i < 0) i += n;
    if (i < 0 || i >= n) return kr_err_format(kr_exc_IndexError, "pop index out of range");
    unsigned char c = (unsigned char)BA(self)->ob_bytes[i];
    if (BA(self)->exports > 0)
        return kr_err_format(kr_exc_BufferError, "Existing exports of data: object cannot be re-sized");
    memmove(BA(self)->ob_bytes + i, BA(self)->ob_bytes + i + 1, (size_t)(n - i - 1));
    if (kr_bytearray_resize(self, n - 1) < 0) return NULL;
    return kr_int_from_i64(c);
}

static KrObject *bytearray_remove(KrObject *self, KrObject *value)
{
    char c;
    if (byte_value(value, &c) < 0) return NULL;
    ssize_t n = KR_SIZE(self);
    char *p = memchr(BA(self)->ob_bytes, c, (size_t)n);
    if (!p) return kr_err_format(kr_exc_ValueError, "value not found in bytearray");
    if (ba_setslice_raw(self, p - BA(self)->ob_bytes, p - BA(self)->ob_bytes + 1, NULL, 0) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *bytearray_reverse(KrObject *self, KrObject *unused)
{
    char *d = BA(self)->ob_bytes;
    for (ssize_t i = 0, j = KR_SIZE(self) - 1; i < j; i++, j--) {
        char t = d[i];
        d[i] = d[j];
        d[j] = t;
    }
    KR_RETURN_NONE;
}

static KrObject *bytearray_clear(KrObject *self, KrObject *unused)
{
    if (kr_bytearray_resize(self, 0) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *bytearray_copy(KrObject *self, KrObject *unused)
{
    return kr_bytearray_from(BA(self)->ob_bytes, KR_SIZE(self));
}

static KrObject *bytearray_alloc(KrObject *self, KrObject *unused)
{
    return kr_int_from_ssize(BA(self)->allocated);
}

static KrObject *bytearray_sizeof(KrObject *self, KrObject *unused)
{
    return kr_int_from_ssize(56 + BA(self)->allocated);
}

static KrObject *ba_reduce_common(KrObject *self, int proto)
{
    KrObject *state = NULL;
    KrObject **dp = kr_object_dict_ptr(self);
    state = dp && *dp && kr_dict_size(*dp) ? kr_newref(*dp) : kr_newref(KR_NONE);
    KrObject *args;
    if (proto < 3) {
        KrObject *s = kr_str_from_latin1(BA(self)->ob_bytes, KR_SIZE(self));
        KrObject *e = kr_str_from_cstr("latin-1");
        args = s && e ? kr_tuple_pack(2, s, e) : NULL;
        KR_XDECREF(s);
        KR_XDECREF(e);
    } else {
        KrObject *b = kr_bytes_from(BA(self)->ob_bytes, KR_SIZE(self));
        args = b ? kr_tuple_pack(1, b) : NULL;
        KR_XDECREF(b);
    }
    KrObject *r = args ? kr_tuple_pack(3, (KrObject *)KR_TYPE(self), args, state) : NULL;
    KR_XDECREF(args);
    KR_DECREF(state);
    return r;
}

static KrObject *bytearray_reduce(KrObject *self, KrObject *unused)
{
    return ba_reduce_common(self, 2);
}

static KrObject *bytearray_reduce_ex(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("__reduce_ex__", nargs, 0, 1) < 0) return NULL;
    ssize_t proto = 0;
    if (nargs) {
        proto = kr_number_as_ssize(args[0], kr_exc_OverflowError);
        if (proto == -1 && kr_err_occurred()) return NULL;
    }
    return ba_reduce_common(self, (int)proto);
}

static KrMethodDef bytearray_methods[] = {
    KR_BYTES_COMMON_METHODS
    KR_BYTES_MAKETRANS_ENTRY(kr_bytes_methods_maketrans_ba)
    { "append", (void *)bytearray_append, KR_METH_O, "Append a single item to the end of the bytearray." },
    { "extend", (void *)bytearray_extend, KR_METH_O, "Append all the items from the iterator or sequence to the end of the bytearray." },
    { "insert", (void *)bytearray_insert, KR_METH_FASTCALL, "Insert a single item into the bytearray before the given index." },
    { "pop", (void *)bytearray_pop, KR_METH_FASTCALL, "Remove and return a single item from B." },
    { "remove", (void *)bytearray_remove, KR_METH_O, "Remove the first occurrence of a value in the bytearray." },
    { "reverse", (void *)bytearray_reverse, KR_METH_NOARGS, "Reverse the order of the values in B in place." },
    { "clear", (void *)bytearray_clear, KR_METH_NOARGS, "Remove all items from the bytearray." },
    { "copy", (void *)bytearray_copy, KR_METH_NOARGS, "Return a copy of B." },
    { "__alloc__", (void *)bytearray_alloc, KR_METH_NOARGS, "B.__alloc__() -> int\n\nReturn the number of bytes actually allocated." },
    { "__reduce__", (void *)bytearray_reduce, KR_METH_NOARGS, "Return state information for pickling." },
    { "__reduce_ex__", (void *)bytearray_reduce_ex, KR_METH_FASTCALL, "Return state information for pickling." },
    { "__sizeof__", (void *)bytearray_sizeof, KR_METH_NOARGS, "Returns the size of the bytearray object in memory, in bytes." },
    { NULL, NULL, 0, NULL }
};

static KrNumberMethods ba_as_number = { .nb_remainder = ba_mod };
static KrSequenceMethods ba_as_sequence = {
    .sq_length = ba_length,
    .sq_concat = kr_bytes_concat,
    .sq_repeat = ba_repeat,
    .sq_item = ba_item,
    .sq_ass_item = ba_ass_item,
    .sq_contains = ba_contains,
    .sq_inplace_concat = ba_inplace_concat,
    .sq_inplace_repeat = ba_inplace_repeat,
};
static KrMappingMethods ba_as_mapping = {
    .mp_length = ba_length,
    .mp_subscript = ba_subscript,
    .mp_ass_subscript = ba_ass_subscript,
};
static KrBufferProcs ba_as_buffer = { .bf_getbuffer = ba_getbuffer, .bf_releasebuffer = ba_releasebuffer };

KrTypeObject kr_bytearray_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "bytearray",
    .tp_basicsize = sizeof(KrByteArrayObject),
    .tp_dealloc = ba_dealloc,
    .tp_repr = ba_repr,
    .tp_as_number = &ba_as_number,
    .tp_as_sequence = &ba_as_sequence,
    .tp_as_mapping = &ba_as_mapping,
    .tp_hash = kr_object_hash_not_implemented,
    .tp_str = ba_repr,
    .tp_as_buffer = &ba_as_buffer,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_MATCH_SELF,
    .tp_doc = "bytearray(iterable_of_ints) -> bytearray\n"
              "bytearray(string, encoding[, errors]) -> bytearray\n"
              "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
              "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
              "bytearray() -> empty bytes array\n\n"
              "Construct a mutable bytearray object from:\n"
              "  - an iterable yielding integers in range(256)\n"
              "  - a text string encoded using the specified encoding\n"
              "  - a bytes or a buffer object\n"
              "  - any object implementing the buffer API.\n"
              "  - an integer",
    .tp_richcompare = ba_richcompare,
    .tp_iter = kr_bytes_bytearray_iter,
    .tp_methods = bytearray_methods,
    .tp_init = ba_init,
    .tp_new = ba_new,
    .tp_alloc = kr_object_alloc,
    .tp_free = kr_object_free,
};
