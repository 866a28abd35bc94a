/* bytes.c — the bytes type: allocation and singletons, constructors
 * (bytes(int), bytes(iterable), bytes(str, encoding), __bytes__, buffers),
 * hashing, comparison, repr, indexing/slicing, the buffer protocol entry
 * points and the bytes iterator. Methods shared with bytearray live in
 * bytes_methods.c. */
#include "bytes.h"
#include "bytes_methods.h"
#include "str.h"
#include "str_impl.h"
#include "hash.h"
#include "int.h"
#include "slice.h"
#include "tuple.h"
#include "list.h"
#include "abstract.h"
#include "ids.h"
#include "type.h"
#include "dict.h"
#include "../vm/err.h"
#include "../memory/mem.h"
#include "../vm/state.h"

#include <string.h>
#include <stddef.h>

#define BYTES_HEADER_SIZE (offsetof(KrBytesObject, ob_sval))

static KrBytesObject *bytes_empty;
static KrBytesObject *bytes_chars[256];

static KrObject *bytes_alloc(ssize_t len)
{
    if (len < 0) return kr_err_bad_internal_call();
    if ((size_t)len > PTRDIFF_MAX - BYTES_HEADER_SIZE - 1)
        return kr_err_no_memory();
    KrBytesObject *b = kr_mem_alloc(BYTES_HEADER_SIZE + (size_t)len + 1);
    if (!b) return kr_err_no_memory();
    b->ob_base.ob_base.ob_refcnt = 1;
    b->ob_base.ob_base.ob_type = &kr_bytes_type;
    KR_REF_TOTAL_INC();
    b->ob_base.ob_size = len;
    b->hash = -1;
    b->ob_sval[len] = '\0';
    return (KrObject *)b;
}

static KrObject *bytes_get_empty(void)
{
    if (!bytes_empty) {
        bytes_empty = (KrBytesObject *)bytes_alloc(0);
        if (!bytes_empty) return NULL;
        bytes_empty->ob_base.ob_base.ob_refcnt = KR_IMMORTAL_REFCNT;
        bytes_empty->hash = 0;
    }
    return kr_newref(bytes_empty);
}

static KrObject *bytes_get_char(unsigned char c)
{
    if (!bytes_chars[c]) {
        KrBytesObject *b = (KrBytesObject *)bytes_alloc(1);
        if (!b) return NULL;
        b->ob_sval[0] = (char)c;
        b->ob_base.ob_base.ob_refcnt = KR_IMMORTAL_REFCNT;
        bytes_chars[c] = b;
    }
    return kr_newref(bytes_chars[c]);
}

KrObject *kr_bytes_from(const void *data, ssize_t len)
{
    if (data && len == 0) return bytes_get_empty();
    if (data && len == 1) return bytes_get_char(*(const unsigned char *)data);
    KrObject *b = bytes_alloc(len);
    if (b && data) memcpy(KR_BYTES_DATA(b), data, (size_t)len);
    return b;
}

KrObject *kr_bytes_from_cstr(const char *s)
{
    return kr_bytes_from(s, (ssize_t)strlen(s));
}

int kr_bytes_resize(KrObject **pb, ssize_t newlen)
{
    KrObject *b = *pb;
    if (newlen < 0 || !KR_BYTES_CHECK_EXACT(b) || KR_REFCNT(b) != 1 || b == (KrObject *)bytes_empty) {
        KR_CLEAR(*pb);
        kr_err_bad_internal_call();
        return -1;
    }
    KrBytesObject *nb = kr_mem_realloc(b, BYTES_HEADER_SIZE + (size_t)newlen + 1);
    if (!nb) {
        KR_CLEAR(*pb);
        kr_err_no_memory();
        return -1;
    }
    nb->ob_base.ob_size = newlen;
    nb->ob_sval[newlen] = '\0';
    nb->hash = -1;
    *pb = (KrObject *)nb;
    return 0;
}

static void bytes_dealloc(KrObject *o)
{
    if (KR_TYPE(o) == &kr_bytes_type) kr_mem_free(o);
    else KR_TYPE(o)->tp_free(o);
}

/* ---------------------------------------------------------------------------
 * The buffer protocol
 * ------------------------------------------------------------------------ */

int kr_buffer_fill_info(KrBuffer *view, KrObject *obj, void *buf, ssize_t len, int readonly,
                        int flags)
{
    if ((flags & KR_BUF_WRITABLE) && readonly) {
        kr_err_set_string(kr_exc_BufferError, "Object is not writable.");
        return -1;
    }
    view->obj = kr_xnewref(obj);
    view->buf = buf;
    view->len = len;
    view->readonly = readonly;
    view->itemsize = 1;
    view->format = (flags & KR_BUF_FORMAT) ? "B" : NULL;
    view->ndim = 1;
    view->shape = (flags & KR_BUF_ND) == KR_BUF_ND ? &view->len : NULL;
    view->strides = (flags & KR_BUF_STRIDES) == KR_BUF_STRIDES ? &view->itemsize : NULL;
    view->internal = NULL;
    return 0;
}

int kr_object_check_buffer(KrObject *o)
{
    KrBufferProcs *bp = KR_TYPE(o)->tp_as_buffer;
    return bp && bp->bf_getbuffer;
}

int kr_object_get_buffer(KrObject *o, KrBuffer *view, int flags)
{
    KrBufferProcs *bp = KR_TYPE(o)->tp_as_buffer;
    if (!bp || !bp->bf_getbuffer) {
        kr_err_format(kr_exc_TypeError, "a bytes-like object is required, not '%.100s'",
                      KR_TYPE(o)->tp_name);
        return -1;
    }
    return bp->bf_getbuffer(o, view, flags);
}

void kr_buffer_release(KrBuffer *view)
{
    KrObject *obj = view->obj;
    if (!obj) return;
    KrBufferProcs *bp = KR_TYPE(obj)->tp_as_buffer;
    if (bp && bp->bf_releasebuffer) bp->bf_releasebuffer(obj, view);
    view->obj = NULL;
    KR_DECREF(obj);
}

static int bytes_getbuffer(KrObject *o, KrBuffer *view, int flags)
{
    return kr_buffer_fill_info(view, o, KR_BYTES_DATA(o), KR_BYTES_LEN(o), 1, flags);
}

/* ---------------------------------------------------------------------------
 * Hash, comparison, repr
 * ------------------------------------------------------------------------ */

kr_hash_t kr_bytes_hash(KrObject *o)
{
    KrBytesObject *b = (KrBytesObject *)o;
    if (b->hash == -1) b->hash = kr_hash_bytes(b->ob_sval, (size_t)KR_SIZE(o));
    return b->hash;
}

static KrObject *bytes_richcompare(KrObject *a, KrObject *b, int op)
{
    if (!KR_BYTES_CHECK(a) || !KR_BYTES_CHECK(b)) KR_RETURN_NOTIMPLEMENTED;
    ssize_t la = KR_BYTES_LEN(a), lb = KR_BYTES_LEN(b);
    if (op == KR_EQ || op == KR_NE) {
        int eq = a == b || (la == lb && (la == 0 || (KR_BYTES_DATA(a)[0] == KR_BYTES_DATA(b)[0]
                                                    && memcmp(KR_BYTES_DATA(a), KR_BYTES_DATA(b), (size_t)la) == 0)));
        return kr_bool_from(op == KR_EQ ? eq : !eq);
    }
    ssize_t n = la < lb ? la : lb;
    int c = memcmp(KR_BYTES_DATA(a), KR_BYTES_DATA(b), (size_t)n);
    if (c == 0) c = la < lb ? -1 : la > lb ? 1 : 0;
    int r;
    switch (op) {
    case KR_LT: r = c < 0; break;
    case KR_LE: r = c <= 0; break;
    case KR_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return kr_bool_from(r);
}

KrObject *kr_bytes_repr_data(const char *data, ssize_t len)
{
    return kr_bytes_repr_data_ex(data, len, 0);
}

KrObject *kr_bytes_repr_data_ex(const char *data, ssize_t len, int always_escape_squote)
{
    const unsigned char *s = (const unsigned char *)data;
    ssize_t squotes = 0, dquotes = 0, size = 3;
    for (ssize_t i = 0; i < len; i++) {
        unsigned char c = s[i];
        if (c == '\'') { squotes++; size += 1; }
        else if (c == '"') { dquotes++; size += 1; }
        else if (c == '\\' || c == '\t' || c == '\n' || c == '\r') size += 2;
        else if (c < ' ' || c >= 0x7f) size += 4;
        else size += 1;
    }
    char quote = squotes && !dquotes ? '"' : '\'';
    if (quote == '\'' || always_escape_squote) size += squotes;
    KrObject *r = kr_str_new_kind(size, 1, 1);
    if (!r) return NULL;
    char *p = KR_STR_DATA(r);
    static const char hex[] = "0123456789abcdef";
    *p++ = 'b';
    *p++ = quote;
    for (ssize_t i = 0; i < len; i++) {
        unsigned char c = s[i];
        if (c == (unsigned char)quote || c == '\\' || (c == '\'' && always_escape_squote)) {
            *p++ = '\\';
            *p++ = (char)c;
        }
        else if (c == '\t') { *p++ = '\\'; *p++ = 't'; }
        else if (c == '\n') { *p++ = '\\'; *p++ = 'n'; }
        else if (c == '\r') { *p++ = '\\'; *p++ = 'r'; }
        else if (c < ' ' || c >= 0x7f) {
            *p++ = '\\'; *p++ = 'x'; *p++ = hex[c >> 4]; *p++ = hex[c & 15];
        } else *p++ = (char)c;
    }
    *p++ = quote;
    return r;
}

KrObject *kr_bytes_repr(KrObject *b)
{
    return kr_bytes_repr_data(KR_BYTES_DATA(b), KR_BYTES_LEN(b));
}

static KrObject *bytes_str(KrObject *b)
{
    return kr_bytes_repr(b);
}

/* ---------------------------------------------------------------------------
 * Sequence protocol
 * ------------------------------------------------------------------------ */

static ssize_t bytes_length(KrObject *b) { return KR_BYTES_LEN(b); }

static KrObject *bytes_item(KrObject *b, ssize_t i)
{
    if (i < 0 || i >= KR_BYTES_LEN(b)) {
        kr_err_set_string(kr_exc_IndexError, "index out of range");
        return NULL;
    }
    return kr_int_from_i64((unsigned char)KR_BYTES_DATA(b)[i]);
}

static KrObject *bytes_subscript(KrObject *b, KrObject *key)
{
    if (KR_INT_CHECK_EXACT(key) && KR_INT_IS_SMALL(key)) {
        int64_t i = KR_INT_SMALL_VALUE(key);
        if (i < 0) i += KR_BYTES_LEN(b);
        return bytes_item(b, (ssize_t)i);
    }
    if (KR_SLICE_CHECK(key)) {
        ssize_t start, stop, step, slen;
        if (kr_slice_get_indices(key, KR_BYTES_LEN(b), &start, &stop, &step, &slen) < 0) return NULL;
        if (slen <= 0) return bytes_get_empty();
        if (step == 1) {
            if (start == 0 && slen == KR_BYTES_LEN(b) && KR_BYTES_CHECK_EXACT(b)) return kr_newref(b);
            return kr_bytes_from(KR_BYTES_DATA(b) + start, slen);
        }
        KrObject *r = kr_bytes_from(NULL, slen);
        if (!r) return NULL;
        for (ssize_t i = 0, j = start; i < slen; i++, j += step) KR_BYTES_DATA(r)[i] = KR_BYTES_DATA(b)[j];
        return r;
    }
    if (kr_index_check(key)) {
        ssize_t i = kr_number_as_ssize(key, kr_exc_IndexError);
        if (i == -1 && kr_err_occurred()) return NULL;
        if (i < 0) i += KR_BYTES_LEN(b);
        return bytes_item(b, i);
    }
    return kr_err_format(kr_exc_TypeError, "byte indices must be integers or slices, not %.200s",
                         KR_TYPE(key)->tp_name);
}

static int bytes_contains(KrObject *b, KrObject *arg)
{
    return kr_bytes_methods_contains(KR_BYTES_DATA(b), KR_BYTES_LEN(b), arg);
}

KrObject *kr_bytes_concat(KrObject *a, KrObject *b)
{
    KrBuffer va, vb;
    if (kr_object_get_buffer(a, &va, KR_BUF_SIMPLE) < 0 ||
        (kr_object_get_buffer(b, &vb, KR_BUF_SIMPLE) < 0 && (kr_buffer_release(&va), 1))) {
        kr_err_clear();
        return kr_err_format(kr_exc_TypeError, "can't concat %.100s to %.100s", KR_TYPE(b)->tp_name,
                             KR_TYPE(a)->tp_name);
    }
    KrObject *r = NULL;
    if (va.len > PTRDIFF_MAX - vb.len) {
        kr_err_no_memory();
    } else if (KR_BYTEARRAY_CHECK(a)) {
        r = kr_bytearray_from(NULL, va.len + vb.len);
        if (r) {
            memcpy(KR_BYTEARRAY_DATA(r), va.buf, (size_t)va.len);
            memcpy(KR_BYTEARRAY_DATA(r) + va.len, vb.buf, (size_t)vb.len);
        }
    } else if (vb.len == 0 && KR_BYTES_CHECK_EXACT(a)) {
        r = kr_newref(a);
    } else if (va.len == 0 && KR_BYTES_CHECK_EXACT(b)) {
        r = kr_newref(b);
    } else {
        r = kr_bytes_from(NULL, va.len + vb.len);
        if (r) {
            memcpy(KR_BYTES_DATA(r), va.buf, (size_t)va.len);
            memcpy(KR_BYTES_DATA(r) + va.len, vb.buf, (size_t)vb.len);
        }
    }
    kr_buffer_release(&va);
    kr_buffer_release(&vb);
    return r;
}

static KrObject *bytes_repeat(KrObject *b, ssize_t n)
{
    ssize_t len = KR_BYTES_LEN(b);
    if (n < 0) n = 0;
    if (n == 1 && KR_BYTES_CHECK_EXACT(b)) return kr_newref(b);
    if (len && n > PTRDIFF_MAX / len)
        return kr_err_format(kr_exc_OverflowError, "repeated bytes are too long");
    KrObject *r = kr_bytes_from(NULL, len * n);
    if (!r) return NULL;
    kr_bytes_methods_fill_repeat(KR_BYTES_DATA(r), KR_BYTES_DATA(b), len, n);
    return r;
}

static KrObject *bytes_mod(KrObject *a, KrObject *b)
{
    if (!KR_BYTES_CHECK(a)) KR_RETURN_NOTIMPLEMENTED;
    return kr_bytes_format_percent(a, b);
}

/* ---------------------------------------------------------------------------
 * Construction
 * ------------------------------------------------------------------------ */

KrObject *kr_bytes_from_object(KrObject *x)
{
    if (KR_BYTES_CHECK_EXACT(x)) return kr_newref(x);
    if (kr_object_check_buffer(x)) {
        KrBuffer v;
        if (kr_object_get_buffer(x, &v, KR_BUF_FULL_RO) < 0) return NULL;
        KrObject *r = kr_bytes_from(v.buf, v.len);
        kr_buffer_release(&v);
        return r;
    }
    if (KR_STR_CHECK(x) || !kr_object_is_iterable(x))
        return kr_err_format(kr_exc_TypeError, "cannot convert '%.200s' object to bytes",
                             KR_TYPE(x)->tp_name);
    char *buf;
    ssize_t n;
    if (kr_bytes_methods_collect_ints(x, &buf, &n) < 0) return NULL;
    KrObject *r = kr_bytes_from(buf, n);
    kr_raw_free(buf);
    return r;
}

static KrObject *bytes_construct(KrObject *x, KrObject *enc, KrObject *errs)
{
    /* Argument Clinic converts encoding/errors before anything else */
    if (enc && !KR_STR_CHECK(enc))
        return kr_err_format(kr_exc_TypeError, "bytes() argument 'encoding' must be str, not %.100s",
                             kr_str_argtype_name(enc));
    if (errs && !KR_STR_CHECK(errs))
        return kr_err_format(kr_exc_TypeError, "bytes() argument 'errors' must be str, not %.100s",
                             kr_str_argtype_name(errs));
    if (!x) {
        if (enc || errs)
            return kr_err_format(kr_exc_TypeError, enc ? "encoding without a string argument"
                                                       : "errors without a string argument");
        return bytes_get_empty();
    }
    if (enc) {
        if (!KR_STR_CHECK(x))
            return kr_err_format(kr_exc_TypeError, "encoding without a string argument");
        if (!KR_STR_CHECK(enc))
            return kr_err_format(kr_exc_TypeError, "bytes() argument 'encoding' must be str, not %.100s",
                                 kr_str_argtype_name(enc));
        if (errs && !KR_STR_CHECK(errs))
            return kr_err_format(kr_exc_TypeError, "bytes() argument 'errors' must be str, not %.100s",
                                 kr_str_argtype_name(errs));
        const char *e = kr_str_as_cstr(enc), *r = errs ? kr_str_as_cstr(errs) : NULL;
        if (!e || (errs && !r)) return NULL;
        return kr_str_encode(x, e, r);
    }
    if (errs)
        return kr_err_format(kr_exc_TypeError, KR_STR_CHECK(x) ? "string argument without an encoding"
                                                               : "errors without a string argument");
    KrObject *func = kr_object_lookup_special(x, KR_ID(__bytes__));
    if (func) {
        KrObject *r = kr_object_call_noargs(func);
        KR_DECREF(func);
        if (r && !KR_BYTES_CHECK(r)) {
            kr_err_format(kr_exc_TypeError, "__bytes__ returned non-bytes (type %.200s)", KR_TYPE(r)->tp_name);
            KR_DECREF(r);
            return NULL;
        }
        return r;
    }
    if (kr_err_occurred()) return NULL;
    if (KR_STR_CHECK(x)) return kr_err_format(kr_exc_TypeError, "string argument without an encoding");
    if (kr_index_check(x)) {
        ssize_t size = kr_number_as_ssize(x, kr_exc_OverflowError);
        if (size == -1 && kr_err_occurred()) {
            if (!kr_err_matches(kr_exc_TypeError)) return NULL;
            kr_err_clear();
        } else {
            if (size < 0) return kr_err_format(kr_exc_ValueError, "negative count");
            if ((size_t)size > PTRDIFF_MAX - BYTES_HEADER_SIZE - 1) /* CPython's _PyBytes_FromSize */
                return kr_err_format(kr_exc_OverflowError, "byte string is too large");
            if (size == 0) return bytes_get_empty();   /* bytes(0) is b'', as CPython */
            KrObject *r = kr_bytes_from(NULL, size);
            if (r) memset(KR_BYTES_DATA(r), 0, (size_t)size);
            return r;
        }
    }
    return kr_bytes_from_object(x);
}

static KrObject *bytes_new(KrTypeObject *type, KrObject *args, KrObject *kwargs)
{
    static const char *const names[] = { "source", "encoding", "errors" };
    KrObject *v[3];
    if (kr_str_parse_new_args("bytes", args, kwargs, names, 3, v) < 0) return NULL;
    KrObject *r = bytes_construct(v[0], v[1], v[2]);
    if (!r || type == &kr_bytes_type) return r;
    /* a subclass: copy into an instance of it */
    ssize_t n = KR_BYTES_LEN(r);
    KrObject *o = type->tp_alloc(type, n);
    if (o) {
        memcpy(KR_BYTES_DATA(o), KR_BYTES_DATA(r), (size_t)n);
        KR_BYTES_DATA(o)[n] = '\0';
        ((KrBytesObject *)o)->hash = -1;
    }
    KR_DECREF(r);
    return o;
}

static KrObject *bytes_vectorcall(KrObject *callable, KrObject *const *args, size_t nargsf,
                                  KrObject *kwnames)
{
    ssize_t nargs = kr_vectorcall_nargs(nargsf);
    if (callable == (KrObject *)&kr_bytes_type && !kwnames && nargs <= 1)
        return bytes_construct(nargs ? args[0] : NULL, NULL, NULL);
    KrObject *tuple = kr_tuple_from_array(args, nargs);
    if (!tuple) return NULL;
    KrObject *kw = NULL;
    if (kwnames && KR_SIZE(kwnames)) {
        kw = kr_str_kwnames_to_dict(args + nargs, kwnames);
        if (!kw) { KR_DECREF(tuple); return NULL; }
    }
    KrObject *r = bytes_new((KrTypeObject *)callable, tuple, kw);
    KR_DECREF(tuple);
    KR_XDECREF(kw);
    return r;
}

/* ---------------------------------------------------------------------------
 * Methods only bytes has
 * ------------------------------------------------------------------------ */

static KrObject *bytes_getnewargs(KrObject *self, KrObject *unused)
{
    KrObject *copy = kr_bytes_from(KR_BYTES_DATA(self), KR_BYTES_LEN(self));
    if (!copy) return NULL;
    KrObject *t = kr_tuple_pack(1, copy);
    KR_DECREF(copy);
    return t;
}

static KrObject *bytes_bytes(KrObject *self, KrObject *unused)
{
    if (KR_BYTES_CHECK_EXACT(self)) return kr_newref(self);
    return kr_bytes_from(KR_BYTES_DATA(self), KR_BYTES_LEN(self));
}

static KrObject *bytes_sizeof(KrObject *self, KrObject *unused)
{
    return kr_int_from_ssize(33 + KR_BYTES_LEN(self));
}

static KrMethodDef bytes_methods[] = {
    KR_BYTES_COMMON_METHODS
    KR_BYTES_MAKETRANS_ENTRY(kr_bytes_methods_maketrans)
    { "__getnewargs__", (void *)bytes_getnewargs, KR_METH_NOARGS, NULL },
    { "__bytes__", (void *)bytes_bytes, KR_METH_NOARGS, "Convert this value to exact type bytes." },
    { "__sizeof__", (void *)bytes_sizeof, KR_METH_NOARGS, "Size of object in memory, in bytes." },
    { NULL, NULL, 0, NULL }
};

/* ---------------------------------------------------------------------------
 * The type objects
 * ------------------------------------------------------------------------ */

static kr_hash_t bytes_hash_slot(KrObject *o) { return kr_bytes_hash(o); }
static KrObject *bytes_repr_slot(KrObject *o) { return kr_bytes_repr(o); }
static KrObject *bytes_iter(KrObject *o);

static KrNumberMethods bytes_as_number = { .nb_remainder = bytes_mod };
static KrSequenceMethods bytes_as_sequence = {
    .sq_length = bytes_length,
    .sq_concat = kr_bytes_concat,
    .sq_repeat = bytes_repeat,
    .sq_item = bytes_item,
    .sq_contains = bytes_contains,
};
static KrMappingMethods bytes_as_mapping = {
    .mp_length = bytes_length,
    .mp_subscript = bytes_subscript,
};
static KrBufferProcs bytes_as_buffer = { .bf_getbuffer = bytes_getbuffer };

KrTypeObject kr_bytes_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "bytes",
    .tp_basicsize = BYTES_HEADER_SIZE + 1,
    .tp_itemsize = 1,
    .tp_dealloc = bytes_dealloc,
    .tp_repr = bytes_repr_slot,
    .tp_as_number = &bytes_as_number,
    .tp_as_sequence = &bytes_as_sequence,
    .tp_as_mapping = &bytes_as_mapping,
    .tp_hash = bytes_hash_slot,
    .tp_str = bytes_str,
    .tp_as_buffer = &bytes_as_buffer,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_BYTES_SUBCLASS
              | KR_TPFLAGS_MATCH_SELF | KR_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "bytes(iterable_of_ints) -> bytes\n"
              "bytes(string, encoding[, errors]) -> bytes\n"
              "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
              "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
              "bytes() -> empty bytes object\n\n"
              "Construct an immutable array of bytes from:\n"
              "  - an iterable yielding integers in range(256)\n"
              "  - a text string encoded using the specified encoding\n"
              "  - any object implementing the buffer API.\n"
              "  - an integer",
    .tp_richcompare = bytes_richcompare,
    .tp_iter = bytes_iter,
    .tp_methods = bytes_methods,
    .tp_new = bytes_new,
    .tp_free = kr_object_free,
    .tp_vectorcall = bytes_vectorcall,
};

/* The iterator (shared by bytes and bytearray: it reads the current data). */
typedef struct {
    KrObject ob_base;
    ssize_t index;
    KrObject *seq;
} KrBytesIterObject;

static KrObject *bytes_iter_new(KrTypeObject *type, KrObject *seq)
{
    KrBytesIterObject *it = KR_NEW(KrBytesIterObject, type);
    if (!it) return NULL;
    it->index = 0;
    it->seq = kr_newref(seq);
    return (KrObject *)it;
}

static KrObject *bytes_iter(KrObject *o) { return bytes_iter_new(&kr_bytes_iterator_type, o); }
KrObject *kr_bytes_bytearray_iter(KrObject *o)
{
    return bytes_iter_new(&kr_bytearray_iterator_type, o);
}

static void bytesiter_dealloc(KrObject *o)
{
    KR_XDECREF(((KrBytesIterObject *)o)->seq);
    KR_TYPE(o)->tp_free(o);
}

static KrObject *bytesiter_next(KrObject *o)
{
    KrBytesIterObject *it = (KrBytesIterObject *)o;
    KrObject *s = it->seq;
    if (!s) return NULL;
    const char *data = KR_BYTEARRAY_CHECK(s) ? KR_BYTEARRAY_DATA(s) : KR_BYTES_DATA(s);
    if (it->index < KR_SIZE(s)) return kr_int_from_i64((unsigned char)data[it->index++]);
    it->seq = NULL;
    KR_DECREF(s);
    return NULL;
}

static KrObject *bytesiter_length_hint(KrObject *o, KrObject *unused)
{
    KrBytesIterObject *it = (KrBytesIterObject *)o;
    ssize_t n = it->seq ? KR_SIZE(it->seq) - it->index : 0;
    return kr_int_from_ssize(n < 0 ? 0 : n);
}

/* (iter, (seq,), index), or (iter, ((),)) once exhausted: as CPython. */
static KrObject *bytesiter_reduce(KrObject *o, KrObject *unused)
{
    KrBytesIterObject *it = (KrBytesIterObject *)o;
    KrObject *iter = kr_interp.builtins ? kr_dict_get_item_str_borrow(kr_interp.builtins, "iter") : NULL;
    if (!iter) return kr_err_format(kr_exc_RuntimeError, "builtins.iter is missing");
    KrObject *args, *r;
    if (it->seq) {
        KrObject *idx = kr_int_from_ssize(it->index);
        args = idx ? kr_tuple_pack(1, it->seq) : NULL;
        r = args ? kr_tuple_pack(3, iter, args, idx) : NULL;
        KR_XDECREF(idx);
    } else {
        KrObject *empty = kr_tuple_new(0);
        args = empty ? kr_tuple_pack(1, empty) : NULL;
        KR_XDECREF(empty);
        r = args ? kr_tuple_pack(2, iter, args) : NULL;
    }
    KR_XDECREF(args);
    return r;
}

static KrObject *bytesiter_setstate(KrObject *o, KrObject *state)
{
    KrBytesIterObject *it = (KrBytesIterObject *)o;
    ssize_t i = kr_number_as_ssize(state, NULL);
    if (i == -1 && kr_err_occurred()) return NULL;
    if (it->seq) {
        if (i < 0) i = 0;
        else if (i > KR_SIZE(it->seq)) i = KR_SIZE(it->seq);
        it->index = i;
    }
    KR_RETURN_NONE;
}

static KrMethodDef bytesiter_methods[] = {
    { "__reduce__", (void *)bytesiter_reduce, KR_METH_NOARGS, "Return state information for pickling." },
    { "__setstate__", (void *)bytesiter_setstate, KR_METH_O, "Set state information for unpickling." },
    { "__length_hint__", (void *)bytesiter_length_hint, KR_METH_NOARGS,
      "Private method returning an estimate of len(list(it))." },
    { NULL, NULL, 0, NULL }
};

KrTypeObject kr_bytes_iterator_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "bytes_iterator",
    .tp_basicsize = sizeof(KrBytesIterObject),
    .tp_dealloc = bytesiter_dealloc,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_DISALLOW_INSTANTIATION,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = bytesiter_next,
    .tp_methods = bytesiter_methods,
    .tp_free = kr_object_free,
};

KrTypeObject kr_bytearray_iterator_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "bytearray_iterator",
    .tp_basicsize = sizeof(KrBytesIterObject),
    .tp_dealloc = bytesiter_dealloc,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_DISALLOW_INSTANTIATION,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = bytesiter_next,
    .tp_methods = bytesiter_methods,
    .tp_free = kr_object_free,
};

int kr_bytes_init(void)
{
    KrObject *e = bytes_get_empty();
    if (!e) return -1;
    KR_DECREF(e);
    for (int c = 0; c < 256; c++) {
        KrObject *b = bytes_get_char((unsigned char)c);
        if (!b) return -1;
        KR_DECREF(b);
    }
    KrTypeObject *types[] = { &kr_bytes_type, &kr_bytearray_type, &kr_bytes_iterator_type,
                              &kr_bytearray_iterator_type, &kr_str_iterator_type,
                              &kr_str_ascii_iterator_type };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (kr_type_ready(types[i]) < 0) return -1;
    return 0;
}
