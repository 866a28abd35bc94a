/* memoryview.c — memoryview over any buffer exporter. Views made from a
 * view (slices, casts, memoryview(m)) share one "managed buffer": the
 * exporter's buffer is released when the last view sharing it is released,
 * so releasing one view never invalidates another. One dimension only. */
#include "memoryview.h"
#include "bytes.h"
#include "int.h"
#include "float.h"
#include "list.h"
#include "tuple.h"
#include "str.h"
#include "slice.h"
#include "args.h"
#include "type.h"
#include "hash.h"
#include "abstract.h"
#include "dict.h"
#include "../vm/err.h"
#include "../memory/gc.h"
#include "../memory/mem.h"

#include <string.h>

/* The exporter's buffer, shared by the views made from it. */
typedef struct {
    ssize_t refs;
    KrBuffer view;
} ManagedBuffer;

typedef struct {
    KrObject ob_base;
    ManagedBuffer *mbuf;       /* NULL once released */
    char *buf;                 /* first item */
    ssize_t len;               /* number of items */
    ssize_t stride;            /* bytes between items */
    ssize_t itemsize;
    char format[2];            /* one native format character */
    char fmt_display[3];       /* the format as shown: "B" or "@B" */
    int readonly;
    ssize_t exports;           /* buffers exported from this view */
    kr_hash_t hash;
    ssize_t shape_cache, strides_cache;
    KrObject *weakreflist;
} KrMemoryViewObject;

#define MV(o) ((KrMemoryViewObject *)(o))

static void mbuf_release(ManagedBuffer *mb)
{
    if (--mb->refs == 0) {
        kr_buffer_release(&mb->view);
        kr_mem_free(mb);
    }
}

static int check_released(KrMemoryViewObject *m)
{
    if (!m->mbuf) {
        kr_err_set_string(kr_exc_ValueError, "operation forbidden on released memoryview object");
        return -1;
    }
    return 0;
}

#define CHECK_RELEASED(m, ret) do { if (check_released(m) < 0) return ret; } while (0)

/* Size of a native format character, or 0 if unsupported. */
static ssize_t format_itemsize(char f)
{
    switch (f) {
    case 'B': case 'b': case 'c': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': return 8;
    default: return 0;
    }
}

static KrMemoryViewObject *mv_alloc(void)
{
    KrMemoryViewObject *m = KR_NEW(KrMemoryViewObject, &kr_memoryview_type);
    if (!m) return NULL;
    m->hash = -1;
    m->weakreflist = NULL;
    m->exports = 0;
    return m;
}

/* A new view on mb (a reference is taken) with the given geometry. */
static KrObject *mv_from_mbuf(ManagedBuffer *mb, char *buf, ssize_t len, ssize_t stride,
                              char format, int readonly);

/* The same, keeping the displayed format of `src`. */
static KrObject *mv_derive(KrMemoryViewObject *src, char *buf, ssize_t len, ssize_t stride, int readonly)
{
    KrObject *m = mv_from_mbuf(src->mbuf, buf, len, stride, src->format[0], readonly);
    if (m) memcpy(((KrMemoryViewObject *)m)->fmt_display, src->fmt_display, 3);
    return m;
}

static KrObject *mv_from_mbuf(ManagedBuffer *mb, char *buf, ssize_t len, ssize_t stride,
                              char format, int readonly)
{
    KrMemoryViewObject *m = mv_alloc();
    if (!m) return NULL;
    mb->refs++;
    m->mbuf = mb;
    m->buf = buf;
    m->len = len;
    m->stride = stride;
    m->format[0] = format;
    m->format[1] = 0;
    m->fmt_display[0] = format;
    m->fmt_display[1] = 0;
    m->itemsize = format_itemsize(format);
    m->readonly = readonly;
    kr_gc_track(m);
    return (KrObject *)m;
}

KrObject *kr_memoryview_from_object(KrObject *obj)
{
    if (KR_MEMORYVIEW_CHECK(obj)) {
        KrMemoryViewObject *src = MV(obj);
        CHECK_RELEASED(src, NULL);
        return mv_derive(src, src->buf, src->len, src->stride, src->readonly);
    }
    KrBufferProcs *bp = KR_TYPE(obj)->tp_as_buffer;
    if (!bp || !bp->bf_getbuffer)
        return kr_err_format(kr_exc_TypeError, "memoryview: a bytes-like object is required, not '%.200s'",
                             KR_TYPE(obj)->tp_name);
    ManagedBuffer *mb = kr_mem_alloc(sizeof *mb);
    if (!mb) return kr_err_no_memory();
    memset(mb, 0, sizeof *mb);
    if (kr_object_get_buffer(obj, &mb->view, KR_BUF_FULL_RO) < 0) {
        kr_mem_free(mb);
        return NULL;
    }
    mb->refs = 0;
    char fmt = 'B';
    if (mb->view.format && mb->view.format[0]) {
        const char *f = mb->view.format;
        if (f[0] == '@') f++;
        if (format_itemsize(f[0]) && !f[1]) fmt = f[0];
    }
    ssize_t itemsize = format_itemsize(fmt);
    if (mb->view.itemsize > 0 && mb->view.itemsize != itemsize) {
        fmt = 'B';
        itemsize = 1;
    }
    KrObject *m = mv_from_mbuf(mb, mb->view.buf, mb->view.len / itemsize, itemsize, fmt,
                               mb->view.readonly);
    if (!m) {
        kr_buffer_release(&mb->view);
        kr_mem_free(mb);
    }
    return m;
}

static KrObject *mv_vectorcall(KrObject *type, KrObject *const *args, size_t nargsf, KrObject *kwnames)
{
    static const char *const names[] = { "object", NULL };
    static const KrArgSpec spec = { "memoryview", names, 0, 1, 1 };
    ssize_t nargs = kr_vectorcall_nargs(nargsf);
    ssize_t total = nargs + (kwnames ? KR_SIZE(kwnames) : 0);
    if (total > 1)
        return kr_err_format(kr_exc_TypeError, "memoryview() takes at most 1 argument (%zd given)", total);
    if (total == 0) {
        kr_err_set_string(kr_exc_TypeError, "memoryview() missing required argument 'object' (pos 1)");
        return NULL;
    }
    KrObject *out[1] = { NULL };
    if (kr_args_parse(&spec, args, nargs, kwnames, out) < 0) return NULL;
    return kr_memoryview_from_object(out[0]);
}

static KrObject *mv_tp_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    ssize_t nargs = KR_SIZE(args), nkw = kwds ? kr_object_length(kwds) : 0;
    if (nkw < 0) return NULL;
    if (nargs + nkw > 1)
        return kr_err_format(kr_exc_TypeError, "memoryview() takes at most 1 argument (%zd given)",
                             nargs + nkw);
    if (nargs == 1) return kr_memoryview_from_object(KR_TUPLE_ITEMS(args)[0]);
    if (nkw == 1) {
        KrObject *obj = kr_dict_get_item_str_borrow(kwds, "object");
        if (obj) return kr_memoryview_from_object(obj);
        if (kr_err_occurred()) return NULL;
    }
    kr_err_set_string(kr_exc_TypeError, "memoryview() missing required argument 'object' (pos 1)");
    return NULL;
}

/* ---- items ---- */

static KrObject *unpack_item(KrMemoryViewObject *m, const char *p)
{
    switch (m->format[0]) {
    case 'B': return kr_int_from_i64(*(const unsigned char *)p);
    case 'b': return kr_int_from_i64(*(const signed char *)p);
    case 'c': return kr_bytes_from(p, 1);
    case '?': return kr_bool_from(*p != 0);
    case 'h': { int16_t v; memcpy(&v, p, 2); return kr_int_from_i64(v); }
    case 'H': { uint16_t v; memcpy(&v, p, 2); return kr_int_from_i64(v); }
    case 'i': { int32_t v; memcpy(&v, p, 4); return kr_int_from_i64(v); }
    case 'I': { uint32_t v; memcpy(&v, p, 4); return kr_int_from_i64(v); }
    case 'l': case 'q': case 'n': { int64_t v; memcpy(&v, p, 8); return kr_int_from_i64(v); }
    case 'L': case 'Q': case 'N': case 'P': { uint64_t v; memcpy(&v, p, 8); return kr_int_from_u64(v); }
    case 'f': { float v; memcpy(&v, p, 4); return kr_float_from_double(v); }
    case 'd': { double v; memcpy(&v, p, 8); return kr_float_from_double(v); }
    }
    return kr_err_format(kr_exc_NotImplementedError, "memoryview: format %s not supported", m->format);
}

static int pack_error(KrMemoryViewObject *m, int type_error)
{
    kr_err_format(type_error ? kr_exc_TypeError : kr_exc_ValueError,
                  "memoryview: invalid %s for format '%s'", type_error ? "type" : "value", m->fmt_display);
    return -1;
}

static int pack_item(KrMemoryViewObject *m, char *p, KrObject *v)
{
    char f = m->format[0];
    if (f == 'c') {
        if (!KR_BYTES_CHECK(v) || KR_BYTES_LEN(v) != 1) return pack_error(m, !KR_BYTES_CHECK(v));
        *p = KR_BYTES_DATA(v)[0];
        return 0;
    }
    if (f == '?') {
        int t = kr_object_is_true(v);
        if (t < 0) return -1;
        *p = (char)t;
        return 0;
    }
    if (f == 'f' || f == 'd') {
        if (!KR_FLOAT_CHECK(v) && !KR_INT_CHECK(v)) return pack_error(m, 1);
        double d = kr_float_as_double(v);
        if (d == -1.0 && kr_err_occurred()) return -1;
        if (f == 'f') {
            float x = (float)d;
            memcpy(p, &x, 4);
        } else {
            memcpy(p, &d, 8);
        }
        return 0;
    }
    if (!kr_index_check(v)) return pack_error(m, 1);
    KrObject *i = kr_number_index(v);
    if (!i) return -1;
    int64_t x = 0;
    uint64_t ux = 0;
    int is_unsigned = f == 'B' || f == 'H' || f == 'I' || f == 'L' || f == 'Q' || f == 'N' || f == 'P';
    if (is_unsigned && (f == 'L' || f == 'Q' || f == 'N' || f == 'P')) {
        if (kr_int_sign(i) < 0) {
            KR_DECREF(i);
            return pack_error(m, 0);
        }
        if (KR_INT_IS_SMALL(i)) {
            ux = (uint64_t)KR_INT_SMALL_VALUE(i);
        } else {
            /* beyond int64: must still fit 64 unsigned bits; i - (2**64-1)
             * is then a small negative int */
            KrObject *limit = kr_int_from_u64(UINT64_MAX);
            if (!limit) {
                KR_DECREF(i);
                return -1;
            }
            KrObject *d = kr_int_compare(i, limit) > 0 ? NULL : kr_int_binop(i, limit, KR_NB_SUBTRACT);
            KR_DECREF(limit);
            if (!d || !KR_INT_IS_SMALL(d)) {
                KR_XDECREF(d);
                KR_DECREF(i);
                if (kr_err_occurred()) return -1;
                return pack_error(m, 0);
            }
            ux = (uint64_t)KR_INT_SMALL_VALUE(d) + UINT64_MAX;
            KR_DECREF(d);
        }
        KR_DECREF(i);
        memcpy(p, &ux, 8);
        return 0;
    }
    if (!KR_INT_IS_SMALL(i)) {
        KR_DECREF(i);
        return pack_error(m, 0);
    }
    x = KR_INT_SMALL_VALUE(i);
    KR_DECREF(i);
    switch (f) {
    case 'B': if (x < 0 || x > 255) return pack_error(m, 0); *(unsigned char *)p = (unsigned char)x; break;
    case 'b': if (x < -128 || x > 127) return pack_error(m, 0); *(signed char *)p = (signed char)x; break;
    case 'h': { if (x < INT16_MIN || x > INT16_MAX) return pack_error(m, 0); int16_t v = (int16_t)x; memcpy(p, &v, 2); break; }
    case 'H': { if (x < 0 || x > UINT16_MAX) return pack_error(m, 0); uint16_t v = (uint16_t)x; memcpy(p, &v, 2); break; }
    case 'i': { if (x < INT32_MIN || x > INT32_MAX) return pack_error(m, 0); int32_t v = (int32_t)x; memcpy(p, &v, 4); break; }
    case 'I': { if (x < 0 || x > (int64_t)UINT32_MAX) return pack_error(m, 0); uint32_t v = (uint32_t)x; memcpy(p, &v, 4); break; }
    default: memcpy(p, &x, 8); break;
    }
    return 0;
}

static char *item_ptr(KrMemoryViewObject *m, ssize_t i) { return m->buf + i * m->stride; }

/* ---- slots ---- */

static void mv_dealloc(KrObject *o)
{
    KrMemoryViewObject *m = MV(o);
    kr_gc_untrack(o);
    if (m->weakreflist && kr_weakref_clear_refs) kr_weakref_clear_refs(o);
    if (m->mbuf) {
        mbuf_release(m->mbuf);
        m->mbuf = NULL;
    }
    KR_TYPE(o)->tp_free(o);
}

static int mv_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrMemoryViewObject *m = MV(o);
    if (m->mbuf) KR_VISIT(m->mbuf->view.obj);
    return 0;
}

static KrObject *mv_repr(KrObject *o)
{
    if (!MV(o)->mbuf) return kr_str_from_format("<released memory at %p>", (void *)o);
    return kr_str_from_format("<memory at %p>", (void *)o);
}

static ssize_t mv_length(KrObject *o)
{
    CHECK_RELEASED(MV(o), -1);
    return MV(o)->len;
}

static KrObject *mv_item(KrMemoryViewObject *m, ssize_t i)
{
    if (i < 0) i += m->len;
    if (i < 0 || i >= m->len) {
        kr_err_set_string(kr_exc_IndexError, "index out of bounds on dimension 1");
        return NULL;
    }
    return unpack_item(m, item_ptr(m, i));
}

static KrObject *mv_subscript(KrObject *o, KrObject *key)
{
    KrMemoryViewObject *m = MV(o);
    CHECK_RELEASED(m, NULL);
    if (KR_SLICE_CHECK(key)) {
        ssize_t start, stop, step, slicelen;
        if (kr_slice_get_indices(key, m->len, &start, &stop, &step, &slicelen) < 0) return NULL;
        return mv_derive(m, m->buf + start * m->stride, slicelen, m->stride * step, m->readonly);
    }
    if (kr_index_check(key)) {
        ssize_t i = kr_number_as_ssize(key, kr_exc_IndexError);
        if (i == -1 && kr_err_occurred()) return NULL;
        return mv_item(m, i);
    }
    if (key == KR_ELLIPSIS) return kr_newref(o);
    kr_err_set_string(kr_exc_TypeError, "memoryview: invalid slice key");
    return NULL;
}

static int mv_ass_subscript(KrObject *o, KrObject *key, KrObject *value)
{
    KrMemoryViewObject *m = MV(o);
    CHECK_RELEASED(m, -1);
    if (m->readonly) {
        kr_err_set_string(kr_exc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!value) {
        kr_err_set_string(kr_exc_TypeError, "cannot delete memory");
        return -1;
    }
    if (KR_SLICE_CHECK(key)) {
        ssize_t start, stop, step, slicelen;
        if (kr_slice_get_indices(key, m->len, &start, &stop, &step, &slicelen) < 0) return -1;
        KrObject *src = kr_memoryview_from_object(value);
        if (!src) return -1;
        KrMemoryViewObject *s = MV(src);
        int rc = 0;
        if (s->len != slicelen || s->itemsize != m->itemsize || s->format[0] != m->format[0]) {
            kr_err_set_string(kr_exc_ValueError,
                              "memoryview assignment: lvalue and rvalue have different structures");
            rc = -1;
        } else {
            /* through a temporary, in case source and target overlap */
            char *tmp = kr_mem_alloc((size_t)(slicelen * m->itemsize) + 1);
            if (!tmp) {
                kr_err_no_memory();
                rc = -1;
            } else {
                for (ssize_t i = 0; i < slicelen; i++)
                    memcpy(tmp + i * m->itemsize, s->buf + i * s->stride, (size_t)m->itemsize);
                for (ssize_t i = 0; i < slicelen; i++)
                    memcpy(m->buf + (start + i * step) * m->stride, tmp + i * m->itemsize, (size_t)m->itemsize);
                kr_mem_free(tmp);
            }
        }
        KR_DECREF(src);
        return rc;
    }
    if (kr_index_check(key)) {
        ssize_t i = kr_number_as_ssize(key, kr_exc_IndexError);
        if (i == -1 && kr_err_occurred()) return -1;
        if (i < 0) i += m->len;
        if (i < 0 || i >= m->len) {
            kr_err_set_string(kr_exc_IndexError, "index out of bounds on dimension 1");
            return -1;
        }
        return pack_item(m, item_ptr(m, i), value);
    }
    kr_err_set_string(kr_exc_TypeError, "memoryview: invalid slice key");
    return -1;
}

/* Buffer export of the view itself (bytes(m), memoryview(m) elsewhere). */
static int mv_getbuffer(KrObject *o, KrBuffer *view, int flags)
{
    KrMemoryViewObject *m = MV(o);
    CHECK_RELEASED(m, -1);
    if ((flags & KR_BUF_WRITABLE) && m->readonly) {
        kr_err_set_string(kr_exc_BufferError, "memoryview: underlying buffer is not writable");
        return -1;
    }
    memset(view, 0, sizeof *view);
    view->buf = m->buf;
    if (m->stride != m->itemsize) {
        /* consumers here read plain contiguous memory: a strided view
         * exports a read-only contiguous copy, freed on release */
        if (flags & KR_BUF_WRITABLE) {
            kr_err_set_string(kr_exc_BufferError, "memoryview: underlying buffer is not C-contiguous");
            return -1;
        }
        char *copy = kr_mem_alloc((size_t)(m->len * m->itemsize) + 1);
        if (!copy) {
            kr_err_no_memory();
            return -1;
        }
        for (ssize_t i = 0; i < m->len; i++)
            memcpy(copy + i * m->itemsize, item_ptr(m, i), (size_t)m->itemsize);
        view->buf = copy;
        view->internal = copy;
    }
    view->obj = kr_newref(o);
    view->len = m->len * m->itemsize;
    view->itemsize = m->itemsize;
    view->readonly = m->readonly;
    view->ndim = 1;
    view->format = m->format;
    m->exports++;
    return 0;
}

static void mv_releasebuffer(KrObject *o, KrBuffer *view)
{
    if (view->internal) {
        kr_mem_free(view->internal);
        view->internal = NULL;
    }
    MV(o)->exports--;
}

static KrObject *mv_tobytes_impl(KrMemoryViewObject *m)
{
    KrObject *b = kr_bytes_from(NULL, m->len * m->itemsize);
    if (!b) return NULL;
    char *dst = KR_BYTES_DATA(b);
    if (m->stride == m->itemsize) {
        memcpy(dst, m->buf, (size_t)(m->len * m->itemsize));
    } else {
        for (ssize_t i = 0; i < m->len; i++)
            memcpy(dst + i * m->itemsize, item_ptr(m, i), (size_t)m->itemsize);
    }
    return b;
}

static KrObject *mv_tolist_impl(KrMemoryViewObject *m)
{
    KrObject *list = kr_list_new(m->len);
    if (!list) return NULL;
    for (ssize_t i = 0; i < m->len; i++) {
        KrObject *item = unpack_item(m, item_ptr(m, i));
        if (!item) {
            KR_DECREF(list);
            return NULL;
        }
        KR_LIST_SET_STEAL(list, i, item);
    }
    return list;
}

static kr_hash_t mv_hash(KrObject *o)
{
    KrMemoryViewObject *m = MV(o);
    if (m->hash != -1) return m->hash;
    CHECK_RELEASED(m, -1);
    if (!m->readonly) {
        kr_err_set_string(kr_exc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    if (m->format[0] != 'B' && m->format[0] != 'b' && m->format[0] != 'c') {
        kr_err_set_string(kr_exc_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    KrObject *b = mv_tobytes_impl(m);
    if (!b) return -1;
    m->hash = kr_object_hash(b);
    KR_DECREF(b);
    return m->hash;
}

static KrObject *mv_richcompare(KrObject *v, KrObject *w, int op)
{
    if (op != KR_EQ && op != KR_NE) KR_RETURN_NOTIMPLEMENTED;
    if (v == w) return kr_bool_from(op == KR_EQ);
    KrObject *other;
    if (KR_MEMORYVIEW_CHECK(w)) {
        other = kr_newref(w);
    } else {
        KrBufferProcs *bp = KR_TYPE(w)->tp_as_buffer;
        if (!bp || !bp->bf_getbuffer) KR_RETURN_NOTIMPLEMENTED;
        other = kr_memoryview_from_object(w);
        if (!other) return NULL;
    }
    int equal = 0;
    if (MV(v)->mbuf && MV(other)->mbuf && MV(v)->len == MV(other)->len) {
        KrObject *a = mv_tolist_impl(MV(v));
        KrObject *b = a ? mv_tolist_impl(MV(other)) : NULL;
        if (!b) {
            KR_XDECREF(a);
            KR_DECREF(other);
            return NULL;
        }
        equal = kr_object_richcompare_bool(a, b, KR_EQ);
        KR_DECREF(a);
        KR_DECREF(b);
        if (equal < 0) {
            KR_DECREF(other);
            return NULL;
        }
    }
    KR_DECREF(other);
    return kr_bool_from(op == KR_EQ ? equal : !equal);
}

/* iter(memoryview): items unpacked one at a time. */
typedef struct {
    KrObject ob_base;
    ssize_t index;
    KrObject *seq;             /* the memoryview; NULL once exhausted */
} KrMemIterObject;

static KrTypeObject kr_memory_iter_type;

static KrObject *mv_iter(KrObject *o)
{
    CHECK_RELEASED(MV(o), NULL);
    KrMemIterObject *it = KR_NEW(KrMemIterObject, &kr_memory_iter_type);
    if (!it) return NULL;
    it->index = 0;
    it->seq = kr_newref(o);
    kr_gc_track(it);
    return (KrObject *)it;
}

static KrObject *memiter_next(KrObject *o)
{
    KrMemIterObject *it = (KrMemIterObject *)o;
    if (!it->seq) return NULL;
    KrMemoryViewObject *m = MV(it->seq);
    if (check_released(m) < 0) return NULL;
    if (it->index < m->len) return unpack_item(m, item_ptr(m, it->index++));
    KR_CLEAR(it->seq);
    return NULL;
}

static void memiter_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_XDECREF(((KrMemIterObject *)o)->seq);
    KR_TYPE(o)->tp_free(o);
}

static int memiter_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrMemIterObject *)o)->seq);
    return 0;
}

static KrTypeObject kr_memory_iter_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "memory_iterator",
    .tp_basicsize = sizeof(KrMemIterObject),
    .tp_dealloc = memiter_dealloc,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = memiter_traverse,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = memiter_next,
    .tp_alloc = kr_object_alloc,
    .tp_free = kr_object_free,
};

/* ---- methods ---- */

static KrObject *mv_release(KrObject *o, KrObject *unused)
{
    KrMemoryViewObject *m = MV(o);
    if (m->exports > 0) {
        return kr_err_format(kr_exc_BufferError, "memoryview has %zd exported buffer%s", m->exports,
                             m->exports == 1 ? "" : "s");
    }
    if (m->mbuf) {
        ManagedBuffer *mb = m->mbuf;
        m->mbuf = NULL;
        mbuf_release(mb);
    }
    KR_RETURN_NONE;
}

static KrObject *mv_enter(KrObject *o, KrObject *unused)
{
    CHECK_RELEASED(MV(o), NULL);
    return kr_newref(o);
}

static KrObject *mv_exit(KrObject *o, KrObject *const *args, ssize_t nargs)
{
    return mv_release(o, NULL);
}

static KrObject *mv_tobytes(KrObject *o, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "order", NULL };
    static const KrArgSpec spec = { "tobytes", names, 0, 1, 0 };
    ssize_t total = nargs + (kwnames ? KR_SIZE(kwnames) : 0);
    if (total > 1)
        return kr_err_format(kr_exc_TypeError, "tobytes() takes at most 1 argument (%zd given)", total);
    KrObject *out[1] = { NULL };
    if (kr_args_parse(&spec, args, nargs, kwnames, out) < 0) return NULL;
    CHECK_RELEASED(MV(o), NULL);
    if (out[0] && out[0] != KR_NONE) {
        if (!KR_STR_CHECK(out[0]))
            return kr_err_format(kr_exc_TypeError, "tobytes() argument 'order' must be str or None, not %.200s",
                                 KR_TYPE(out[0])->tp_name);
        if (!kr_str_equal_cstr(out[0], "C") && !kr_str_equal_cstr(out[0], "F") &&
            !kr_str_equal_cstr(out[0], "A")) {
            kr_err_set_string(kr_exc_ValueError, "order must be 'C', 'F' or 'A'");
            return NULL;
        }
    }
    return mv_tobytes_impl(MV(o));
}

static KrObject *mv_tolist(KrObject *o, KrObject *unused)
{
    CHECK_RELEASED(MV(o), NULL);
    return mv_tolist_impl(MV(o));
}

static KrObject *mv_hex(KrObject *o, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    CHECK_RELEASED(MV(o), NULL);
    /* bytes.hex does the work (sep, bytes_per_sep and their messages) */
    KrObject *b = mv_tobytes_impl(MV(o));
    if (!b) return NULL;
    KrObject *meth = kr_object_getattr_str(b, "hex");
    KR_DECREF(b);
    if (!meth) return NULL;
    KrObject *res = kr_object_vectorcall(meth, args, (size_t)nargs, kwnames);
    KR_DECREF(meth);
    return res;
}

static KrObject *mv_toreadonly(KrObject *o, KrObject *unused)
{
    KrMemoryViewObject *m = MV(o);
    CHECK_RELEASED(m, NULL);
    return mv_derive(m, m->buf, m->len, m->stride, 1);
}

static KrObject *mv_cast(KrObject *o, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "format", "shape", NULL };
    static const KrArgSpec spec = { "cast", names, 0, 2, 1 };
    KrObject *out[2] = { NULL, NULL };
    if (kr_args_parse(&spec, args, nargs, kwnames, out) < 0) return NULL;
    KrMemoryViewObject *m = MV(o);
    CHECK_RELEASED(m, NULL);
    if (!KR_STR_CHECK(out[0])) {
        return kr_err_format(kr_exc_TypeError, "cast() argument 'format' must be str, not %.200s",
                             out[0] == KR_NONE ? "None" : KR_TYPE(out[0])->tp_name);
    }
    if (out[1] && !KR_LIST_CHECK(out[1]) && !KR_TUPLE_CHECK(out[1])) {
        kr_err_set_string(kr_exc_TypeError, "shape must be a list or a tuple");
        return NULL;
    }
    if (out[1]) {
        kr_err_set_string(kr_exc_NotImplementedError, "memoryview: multi-dimensional casts are not supported");
        return NULL;
    }
    if (m->stride != m->itemsize) {
        kr_err_set_string(kr_exc_TypeError, "memoryview: casts are restricted to C-contiguous views");
        return NULL;
    }
    const char *f = kr_str_as_utf8(out[0], NULL);
    if (!f) return NULL;
    int at = f[0] == '@';
    if (at) f++;
    if (!f[0] || f[1] || !format_itemsize(f[0])) {
        kr_err_set_string(kr_exc_ValueError,
                          "memoryview: destination format must be a native single character format "
                          "prefixed with an optional '@'");
        return NULL;
    }
    char dst = f[0];
    int src_byte = m->format[0] == 'B' || m->format[0] == 'b' || m->format[0] == 'c';
    int dst_byte = dst == 'B' || dst == 'b' || dst == 'c';
    if (!src_byte && !dst_byte) {
        kr_err_set_string(kr_exc_TypeError, "memoryview: cannot cast between two non-byte formats");
        return NULL;
    }
    ssize_t nbytes = m->len * m->itemsize, isz = format_itemsize(dst);
    if (nbytes % isz != 0) {
        kr_err_set_string(kr_exc_TypeError, "memoryview: length is not a multiple of itemsize");
        return NULL;
    }
    KrObject *res = mv_from_mbuf(m->mbuf, m->buf, nbytes / isz, isz, dst, m->readonly);
    if (res && at) {
        KrMemoryViewObject *r = (KrMemoryViewObject *)res;
        r->fmt_display[0] = '@';
        r->fmt_display[1] = dst;
        r->fmt_display[2] = 0;
    }
    return res;
}

/* ---- attributes ---- */

static KrObject *mv_get_obj(KrObject *o, void *c)
{
    CHECK_RELEASED(MV(o), NULL);
    KrObject *obj = MV(o)->mbuf->view.obj;
    return kr_newref(obj ? obj : KR_NONE);
}

static KrObject *mv_get_nbytes(KrObject *o, void *c)
{
    CHECK_RELEASED(MV(o), NULL);
    return kr_int_from_ssize(MV(o)->len * MV(o)->itemsize);
}

static KrObject *mv_get_readonly(KrObject *o, void *c)
{
    CHECK_RELEASED(MV(o), NULL);
    return kr_bool_from(MV(o)->readonly);
}

static KrObject *mv_get_itemsize(KrObject *o, void *c)
{
    CHECK_RELEASED(MV(o), NULL);
    return kr_int_from_ssize(MV(o)->itemsize);
}

static KrObject *mv_get_format(KrObject *o, void *c)
{
    CHECK_RELEASED(MV(o), NULL);
    return kr_str_from_cstr(MV(o)->fmt_display);
}

static KrObject *mv_get_ndim(KrObject *o, void *c)
{
    CHECK_RELEASED(MV(o), NULL);
    return kr_int_from_i64(1);
}

static KrObject *mv_one_tuple(ssize_t v)
{
    KrObject *i = kr_int_from_ssize(v);
    if (!i) return NULL;
    KrObject *t = kr_tuple_pack(1, i);
    KR_DECREF(i);
    return t;
}

static KrObject *mv_get_shape(KrObject *o, void *c)
{
    CHECK_RELEASED(MV(o), NULL);
    return mv_one_tuple(MV(o)->len);
}

static KrObject *mv_get_strides(KrObject *o, void *c)
{
    CHECK_RELEASED(MV(o), NULL);
    return mv_one_tuple(MV(o)->stride);
}

static KrObject *mv_get_suboffsets(KrObject *o, void *c)
{
    CHECK_RELEASED(MV(o), NULL);
    return kr_tuple_new(0);
}

static KrObject *mv_get_contiguous(KrObject *o, void *c)
{
    CHECK_RELEASED(MV(o), NULL);
    return kr_bool_from(MV(o)->stride == MV(o)->itemsize || MV(o)->len <= 1);
}

static KrGetSetDef mv_getset[] = {
    { "obj", mv_get_obj, NULL, "The underlying object of the memoryview.", NULL },
    { "nbytes", mv_get_nbytes, NULL, "The amount of space in bytes that the array would use in\n a contiguous representation.", NULL },
    { "readonly", mv_get_readonly, NULL, "A bool indicating whether the memory is read only.", NULL },
    { "itemsize", mv_get_itemsize, NULL, "The size in bytes of each element of the memoryview.", NULL },
    { "format", mv_get_format, NULL, "A string containing the format (in struct module style)\n for each element in the view.", NULL },
    { "ndim", mv_get_ndim, NULL, "An integer indicating how many dimensions of a multi-dimensional\n array the memory represents.", NULL },
    { "shape", mv_get_shape, NULL, "A tuple of ndim integers giving the shape of the memory\n as an N-dimensional array.", NULL },
    { "strides", mv_get_strides, NULL, "A tuple of ndim integers giving the size in bytes to access\n each element for each dimension of the array.", NULL },
    { "suboffsets", mv_get_suboffsets, NULL, "A tuple of integers used internally for PIL-style arrays.", NULL },
    { "c_contiguous", mv_get_contiguous, NULL, "A bool indicating whether the memory is C contiguous.", NULL },
    { "f_contiguous", mv_get_contiguous, NULL, "A bool indicating whether the memory is Fortran contiguous.", NULL },
    { "contiguous", mv_get_contiguous, NULL, "A bool indicating whether the memory is contiguous.", NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static KrMethodDef mv_methods[] = {
    { "release", (void *)mv_release, KR_METH_NOARGS, "Release the underlying buffer exposed by the memoryview object." },
    { "tobytes", (void *)mv_tobytes, KR_METH_FASTCALL | KR_METH_KEYWORDS, "Return the data in the buffer as a byte string." },
    { "hex", (void *)mv_hex, KR_METH_FASTCALL | KR_METH_KEYWORDS, "Return the data in the buffer as a str of hexadecimal numbers." },
    { "tolist", (void *)mv_tolist, KR_METH_NOARGS, "Return the data in the buffer as a list of elements." },
    { "cast", (void *)mv_cast, KR_METH_FASTCALL | KR_METH_KEYWORDS, "Cast a memoryview to a new format or shape." },
    { "toreadonly", (void *)mv_toreadonly, KR_METH_NOARGS, "Return a readonly version of the memoryview." },
    { "__enter__", (void *)mv_enter, KR_METH_NOARGS, NULL },
    { "__exit__", (void *)mv_exit, KR_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

static KrMappingMethods mv_as_mapping = {
    .mp_length = mv_length,
    .mp_subscript = mv_subscript,
    .mp_ass_subscript = mv_ass_subscript,
};

static KrSequenceMethods mv_as_sequence = {
    .sq_length = mv_length,
};

static KrBufferProcs mv_as_buffer = {
    .bf_getbuffer = mv_getbuffer,
    .bf_releasebuffer = mv_releasebuffer,
};

KrTypeObject kr_memoryview_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "memoryview",
    .tp_basicsize = sizeof(KrMemoryViewObject),
    .tp_dealloc = mv_dealloc,
    .tp_repr = mv_repr,
    .tp_as_sequence = &mv_as_sequence,
    .tp_as_mapping = &mv_as_mapping,
    .tp_hash = mv_hash,
    .tp_as_buffer = &mv_as_buffer,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_SEQUENCE,
    .tp_doc = "Create a new memoryview object which references the given object.",
    .tp_traverse = mv_traverse,
    .tp_richcompare = mv_richcompare,
    .tp_weaklistoffset = offsetof(KrMemoryViewObject, weakreflist),
    .tp_iter = mv_iter,
    .tp_methods = mv_methods,
    .tp_getset = mv_getset,
    .tp_alloc = kr_object_alloc,
    .tp_new = mv_tp_new,
    .tp_free = kr_object_free,
    .tp_vectorcall = mv_vectorcall,
};

int kr_memoryview_init(void)
{
    if (kr_type_ready(&kr_memoryview_type) < 0) return -1;
    return kr_type_ready(&kr_memory_iter_type);
}
