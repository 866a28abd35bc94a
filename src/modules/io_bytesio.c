/* io_bytesio.c — _io.BytesIO: an in-memory binary stream over a growable
 * byte buffer, with getbuffer() views (which pin the buffer's size while
 * alive) and pickling through __getstate__/__setstate__. */
#include "io.h"
#include "modargs.h"
#include "../objects/type.h"
#include "../objects/str.h"
#include "../objects/bytes.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/tuple.h"
#include "../objects/dict.h"
#include "../objects/memoryview.h"
#include "../memory/gc.h"
#include "../memory/mem.h"
#include "../vm/err.h"

#include <string.h>

#define BIO(o) ((KrBytesIOObject *)(o))

static int bytesio_check_closed(KrBytesIOObject *b)
{
    if (b->closed) {
        kr_err_set_string(kr_exc_ValueError, "I/O operation on closed file.");
        return -1;
    }
    return 0;
}

static int bytesio_check_exports(KrBytesIOObject *b)
{
    if (b->exports > 0) {
        kr_err_set_string(kr_exc_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    return 0;
}

/* Makes room for `size` bytes. 0 or -1 (MemoryError). */
static int bytesio_reserve(KrBytesIOObject *b, ssize_t size)
{
    if (size <= b->cap) return 0;
    ssize_t cap = b->cap ? b->cap : 64;
    while (cap < size) cap += cap >> 1 ? cap >> 1 : 64;
    char *nb = kr_raw_realloc(b->buf, (size_t)cap);
    if (!nb) { kr_err_no_memory(); return -1; }
    b->buf = nb;
    b->cap = cap;
    return 0;
}

/* Writes len bytes at the position (zero-filling a gap past the end). */
static int bytesio_write_bytes(KrBytesIOObject *b, const char *data, ssize_t len)
{
    if (len == 0) return 0;
    ssize_t end = b->pos + len;
    if (bytesio_reserve(b, end) < 0) return -1;
    if (b->pos > b->size) memset(b->buf + b->size, 0, (size_t)(b->pos - b->size));
    memmove(b->buf + b->pos, data, (size_t)len);
    b->pos = end;
    if (end > b->size) b->size = end;
    return 0;
}

static KrObject *bytesio_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    KrBytesIOObject *b = (KrBytesIOObject *)type->tp_alloc(type, 0);
    if (!b) return NULL;
    kr_gc_track(b);
    return (KrObject *)b;
}

/* BytesIO(initial_bytes=b'') */
static int bytesio_init(KrObject *self, KrObject *args, KrObject *kwds)
{
    static const char *const names[] = { "initial_bytes", NULL };
    static const KrArgSpec spec = { "BytesIO", names, 0, 1, 0 };
    KrObject *a[1];
    KrBytesIOObject *b = BIO(self);
    if (kr_modargs_parse_tuple(&spec, args, kwds, a) < 0) return -1;
    if (bytesio_check_exports(b) < 0) return -1;
    b->size = b->pos = 0;
    b->closed = 0;
    if (a[0] && a[0] != KR_NONE) {
        KrBuffer view;
        if (kr_object_get_buffer(a[0], &view, KR_BUF_SIMPLE) < 0) return -1;
        int rc = bytesio_write_bytes(b, view.buf, view.len);
        kr_buffer_release(&view);
        if (rc < 0) return -1;
        b->pos = 0;
    }
    return 0;
}

static int bytesio_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    return kr_io_head_traverse(self, visit, arg);
}

static int bytesio_clear(KrObject *self)
{
    kr_io_head_clear(self);
    return 0;
}

static void bytesio_dealloc(KrObject *self)
{
    KrBytesIOObject *b = BIO(self);
    kr_gc_untrack(self);
    if (b->weakreflist && kr_weakref_clear_refs) kr_weakref_clear_refs(self);
    kr_io_head_clear(self);
    kr_raw_free(b->buf);
    b->buf = NULL;
    KR_TYPE(self)->tp_free(self);
}

/* ---- reading ---- */

static KrObject *bytesio_read_n(KrBytesIOObject *b, ssize_t size)
{
    ssize_t avail = b->size - b->pos;
    if (avail < 0) avail = 0;
    if (size < 0 || size > avail) size = avail;
    KrObject *r = kr_bytes_from(size ? b->buf + b->pos : "", size);
    if (r) b->pos += size;
    return r;
}

static KrObject *bytesio_read(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    ssize_t size = -1;
    if (kr_args_check_count("read", nargs, 0, 1) < 0) return NULL;
    if (nargs == 1 && kr_io_size_arg(args[0], &size) < 0) return NULL;
    if (bytesio_check_closed(BIO(self)) < 0) return NULL;
    return bytesio_read_n(BIO(self), size);
}

/* Length of the next line (up to and including '\n') from the position. */
static ssize_t bytesio_line_len(KrBytesIOObject *b, ssize_t limit)
{
    ssize_t avail = b->size - b->pos;
    if (avail <= 0) return 0;
    if (limit >= 0 && limit < avail) avail = limit;
    const char *s = b->buf + b->pos;
    const char *nl = memchr(s, '\n', (size_t)avail);
    return nl ? nl - s + 1 : avail;
}

static KrObject *bytesio_readline(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    ssize_t size = -1;
    if (kr_args_check_count("readline", nargs, 0, 1) < 0) return NULL;
    if (nargs == 1 && kr_io_size_arg(args[0], &size) < 0) return NULL;
    KrBytesIOObject *b = BIO(self);
    if (bytesio_check_closed(b) < 0) return NULL;
    return bytesio_read_n(b, bytesio_line_len(b, size));
}

static KrObject *bytesio_readlines(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    ssize_t hint = -1;
    if (kr_args_check_count("readlines", nargs, 0, 1) < 0) return NULL;
    if (nargs == 1 && args[0] != KR_NONE) {
        if (!KR_TYPE_CHECK_EXACT_OR_SUB(args[0], &kr_int_type)) {
            return kr_err_format(kr_exc_TypeError, "integer argument expected, got '%s'",
                                 KR_TYPE(args[0])->tp_name);
        }
        hint = kr_int_as_ssize(args[0]);
        if (hint == -1 && kr_err_occurred()) return NULL;
    }
    KrBytesIOObject *b = BIO(self);
    if (bytesio_check_closed(b) < 0) return NULL;
    KrObject *list = kr_list_new(0);
    if (!list) return NULL;
    ssize_t total = 0, n;
    while ((n = bytesio_line_len(b, -1)) > 0) {
        KrObject *line = bytesio_read_n(b, n);
        if (!line || kr_list_append_steal(list, line) < 0) { KR_DECREF(list); return NULL; }
        total += n;
        if (hint > 0 && total >= hint) break;
    }
    return list;
}

static KrObject *bytesio_readinto(KrObject *self, KrObject *arg)
{
    KrBytesIOObject *b = BIO(self);
    if (bytesio_check_closed(b) < 0) return NULL;
    KrBuffer view;
    if (kr_object_get_buffer(arg, &view, KR_BUF_WRITABLE) < 0) {
        kr_err_clear();
        return kr_err_format(kr_exc_TypeError, "readinto() argument must be read-write bytes-like "
                             "object, not %s", kr_io_type_name(arg));
    }
    ssize_t avail = b->size - b->pos;
    if (avail < 0) avail = 0;
    ssize_t n = view.len < avail ? view.len : avail;
    if (n > 0) memcpy(view.buf, b->buf + b->pos, (size_t)n);
    b->pos += n;
    kr_buffer_release(&view);
    return kr_int_from_ssize(n);
}

static KrObject *bytesio_getvalue(KrObject *self, KrObject *unused)
{
    KrBytesIOObject *b = BIO(self);
    if (bytesio_check_closed(b) < 0) return NULL;
    return kr_bytes_from(b->size ? b->buf : "", b->size);
}

static KrObject *bytesio_iternext(KrObject *self)
{
    KrBytesIOObject *b = BIO(self);
    if (bytesio_check_closed(b) < 0) return NULL;
    ssize_t n = bytesio_line_len(b, -1);
    if (n == 0) return NULL;
    return bytesio_read_n(b, n);
}

/* ---- writing and positioning ---- */

static KrObject *bytesio_write(KrObject *self, KrObject *arg)
{
    KrBytesIOObject *b = BIO(self);
    if (bytesio_check_closed(b) < 0) return NULL;
    if (bytesio_check_exports(b) < 0) return NULL;
    KrBuffer view;
    if (kr_object_get_buffer(arg, &view, KR_BUF_SIMPLE) < 0) return NULL;
    int rc = bytesio_write_bytes(b, view.buf, view.len);
    ssize_t n = view.len;
    kr_buffer_release(&view);
    if (rc < 0) return NULL;
    return kr_int_from_ssize(n);
}

static KrObject *bytesio_writelines(KrObject *self, KrObject *lines)
{
    if (bytesio_check_closed(BIO(self)) < 0) return NULL;
    KrObject *it = kr_object_get_iter(lines);
    if (!it) return NULL;
    KrObject *line;
    while ((line = kr_iter_next(it))) {
        KrObject *r = bytesio_write(self, line);
        KR_DECREF(line);
        if (!r) { KR_DECREF(it); return NULL; }
        KR_DECREF(r);
    }
    KR_DECREF(it);
    if (kr_err_occurred()) return NULL;
    KR_RETURN_NONE;
}

static KrObject *bytesio_seek(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrBytesIOObject *b = BIO(self);
    if (kr_args_check_count("seek", nargs, 1, 2) < 0) return NULL;
    ssize_t pos = kr_number_as_ssize(args[0], kr_exc_OverflowError);
    if (pos == -1 && kr_err_occurred()) return NULL;
    ssize_t whence = 0;
    if (nargs == 2) {
        whence = kr_number_as_ssize(args[1], kr_exc_OverflowError);
        if (whence == -1 && kr_err_occurred()) return NULL;
    }
    if (bytesio_check_closed(b) < 0) return NULL;
    if (pos < 0 && whence == 0)
        return kr_err_format(kr_exc_ValueError, "negative seek value %zd", pos);
    if (whence == 1) pos += b->pos;
    else if (whence == 2) pos += b->size;
    else if (whence != 0)
        return kr_err_format(kr_exc_ValueError, "invalid whence (%zd, should be 0, 1 or 2)", whence);
    if (pos < 0) pos = 0;
    b->pos = pos;
    return kr_int_from_ssize(pos);
}

static KrObject *bytesio_tell(KrObject *self, KrObject *unused)
{
    if (bytesio_check_closed(BIO(self)) < 0) return NULL;
    return kr_int_from_ssize(BIO(self)->pos);
}

static KrObject *bytesio_truncate(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrBytesIOObject *b = BIO(self);
    if (kr_args_check_count("truncate", nargs, 0, 1) < 0) return NULL;
    ssize_t size = -1;
    if (nargs == 1 && kr_io_size_arg(args[0], &size) < 0) return NULL;
    if (bytesio_check_closed(b) < 0) return NULL;
    if (bytesio_check_exports(b) < 0) return NULL;
    if (nargs == 0 || args[0] == KR_NONE) size = b->pos;
    if (size < 0) return kr_err_format(kr_exc_ValueError, "negative size value %zd", size);
    if (size < b->size) b->size = size;
    return kr_int_from_ssize(size);
}

static KrObject *bytesio_true_if_open(KrObject *self, KrObject *unused)
{
    if (bytesio_check_closed(BIO(self)) < 0) return NULL;
    KR_RETURN_TRUE;
}

static KrObject *bytesio_isatty(KrObject *self, KrObject *unused)
{
    if (bytesio_check_closed(BIO(self)) < 0) return NULL;
    KR_RETURN_FALSE;
}

static KrObject *bytesio_flush(KrObject *self, KrObject *unused)
{
    if (bytesio_check_closed(BIO(self)) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *bytesio_close(KrObject *self, KrObject *unused)
{
    KrBytesIOObject *b = BIO(self);
    if (bytesio_check_exports(b) < 0) return NULL;
    b->closed = 1;
    kr_raw_free(b->buf);
    b->buf = NULL;
    b->size = b->cap = 0;
    KR_RETURN_NONE;
}

/* ---- getbuffer(): a memoryview over an exporter that pins the size ---- */

typedef struct {
    KrObject ob_base;
    KrBytesIOObject *source;  /* owned */
} KrBytesIOBufObject;

static int bytesiobuf_getbuffer(KrObject *o, KrBuffer *view, int flags)
{
    KrBytesIOObject *b = ((KrBytesIOBufObject *)o)->source;
    /* the view may write anywhere in [0, size) */
    if (b->size > 0 && bytesio_reserve(b, b->size) < 0) return -1;
    if (kr_buffer_fill_info(view, o, b->size ? b->buf : (char *)"", b->size, 0, flags) < 0)
        return -1;
    b->exports++;
    return 0;
}

static void bytesiobuf_releasebuffer(KrObject *o, KrBuffer *view)
{
    ((KrBytesIOBufObject *)o)->source->exports--;
}

static void bytesiobuf_dealloc(KrObject *o)
{
    KR_CLEAR(((KrBytesIOBufObject *)o)->source);
    KR_TYPE(o)->tp_free(o);
}

static KrBufferProcs bytesiobuf_as_buffer = { bytesiobuf_getbuffer, bytesiobuf_releasebuffer };

static KrTypeObject bytesiobuf_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "_io._BytesIOBuffer",
    .tp_basicsize = sizeof(KrBytesIOBufObject),
    .tp_dealloc = bytesiobuf_dealloc,
    .tp_as_buffer = &bytesiobuf_as_buffer,
    .tp_flags = KR_TPFLAGS_DEFAULT,
    .tp_free = kr_object_free,
};

static KrObject *bytesio_getbuffer(KrObject *self, KrObject *unused)
{
    KrBytesIOObject *b = BIO(self);
    if (bytesio_check_closed(b) < 0) return NULL;
    if (kr_type_ready(&bytesiobuf_type) < 0) return NULL;
    KrBytesIOBufObject *e = KR_NEW(KrBytesIOBufObject, &bytesiobuf_type);
    if (!e) return NULL;
    e->source = (KrBytesIOObject *)kr_newref(self);
    KrObject *mv = kr_memoryview_from_object((KrObject *)e);
    KR_DECREF(e);
    return mv;
}

/* ---- pickling ---- */

static KrObject *bytesio_getstate(KrObject *self, KrObject *unused)
{
    KrBytesIOObject *b = BIO(self);
    KrObject *value = bytesio_getvalue(self, NULL);
    if (!value) return NULL;
    KrObject *pos = kr_int_from_ssize(b->pos);
    KrObject *d = b->dict && kr_dict_size(b->dict) > 0 ? kr_dict_copy(b->dict) : kr_newref(KR_NONE);
    KrObject *r = pos && d ? kr_tuple_pack(3, value, pos, d) : NULL;
    KR_DECREF(value);
    KR_XDECREF(pos);
    KR_XDECREF(d);
    return r;
}

static KrObject *bytesio_setstate(KrObject *self, KrObject *state)
{
    KrBytesIOObject *b = BIO(self);
    if (!KR_TYPE_CHECK_EXACT_OR_SUB(state, &kr_tuple_type) || KR_SIZE(state) < 3) {
        return kr_err_format(kr_exc_TypeError, "%s.__setstate__ argument should be 3-tuple, got %s",
                             KR_TYPE(self)->tp_name, KR_TYPE(state)->tp_name);
    }
    KrObject *value = kr_tuple_get_borrow(state, 0);
    KrObject *posobj = kr_tuple_get_borrow(state, 1);
    KrObject *d = kr_tuple_get_borrow(state, 2);
    if (bytesio_check_exports(b) < 0) return NULL;
    KrBuffer view;
    if (kr_object_get_buffer(value, &view, KR_BUF_SIMPLE) < 0) return NULL;
    b->size = b->pos = 0;
    int rc = bytesio_write_bytes(b, view.buf, view.len);
    kr_buffer_release(&view);
    if (rc < 0) return NULL;
    if (!KR_TYPE_CHECK_EXACT_OR_SUB(posobj, &kr_int_type)) {
        return kr_err_format(kr_exc_TypeError, "second item of state must be an integer, not %s",
                             KR_TYPE(posobj)->tp_name);
    }
    ssize_t pos = kr_int_as_ssize(posobj);
    if (pos == -1 && kr_err_occurred()) return NULL;
    if (pos < 0) {
        kr_err_set_string(kr_exc_ValueError, "position value cannot be negative");
        return NULL;
    }
    b->pos = pos;
    if (d != KR_NONE) {
        if (!KR_TYPE_CHECK_EXACT_OR_SUB(d, &kr_dict_type)) {
            return kr_err_format(kr_exc_TypeError, "third item of state should be a dict, got a %s",
                                 KR_TYPE(d)->tp_name);
        }
        if (!b->dict && !(b->dict = kr_dict_new())) return NULL;
        if (kr_dict_update(b->dict, d) < 0) return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *bytesio_sizeof(KrObject *self, KrObject *unused)
{
    return kr_int_from_ssize((ssize_t)sizeof(KrBytesIOObject) + BIO(self)->cap);
}

static KrMethodDef bytesio_methods[] = {
    { "readable", (void *)bytesio_true_if_open, KR_METH_NOARGS, NULL },
    { "seekable", (void *)bytesio_true_if_open, KR_METH_NOARGS, NULL },
    { "writable", (void *)bytesio_true_if_open, KR_METH_NOARGS, NULL },
    { "close", (void *)bytesio_close, KR_METH_NOARGS, NULL },
    { "flush", (void *)bytesio_flush, KR_METH_NOARGS, NULL },
    { "isatty", (void *)bytesio_isatty, KR_METH_NOARGS, NULL },
    { "tell", (void *)bytesio_tell, KR_METH_NOARGS, NULL },
    { "write", (void *)bytesio_write, KR_METH_O, NULL },
    { "writelines", (void *)bytesio_writelines, KR_METH_O, NULL },
    { "read1", (void *)bytesio_read, KR_METH_FASTCALL, NULL },
    { "readinto", (void *)bytesio_readinto, KR_METH_O, NULL },
    { "readline", (void *)bytesio_readline, KR_METH_FASTCALL, NULL },
    { "readlines", (void *)bytesio_readlines, KR_METH_FASTCALL, NULL },
    { "read", (void *)bytesio_read, KR_METH_FASTCALL, NULL },
    { "getbuffer", (void *)bytesio_getbuffer, KR_METH_NOARGS, NULL },
    { "getvalue", (void *)bytesio_getvalue, KR_METH_NOARGS, NULL },
    { "seek", (void *)bytesio_seek, KR_METH_FASTCALL, NULL },
    { "truncate", (void *)bytesio_truncate, KR_METH_FASTCALL, NULL },
    { "__getstate__", (void *)bytesio_getstate, KR_METH_NOARGS, NULL },
    { "__setstate__", (void *)bytesio_setstate, KR_METH_O, NULL },
    { "__sizeof__", (void *)bytesio_sizeof, KR_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static KrObject *bytesio_get_closed(KrObject *self, void *c) { return kr_bool_from(BIO(self)->closed); }

static KrGetSetDef bytesio_getset[] = {
    { "closed", bytesio_get_closed, NULL, "True if the file is closed.", NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrTypeObject kr_io_bytesio_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "_io.BytesIO",
    .tp_basicsize = sizeof(KrBytesIOObject),
    .tp_dealloc = bytesio_dealloc,
    .tp_getattro = kr_object_generic_getattr,
    .tp_setattro = kr_object_generic_setattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_HAVE_GC,
    .tp_doc = "Buffered I/O implementation using an in-memory bytes buffer.",
    .tp_traverse = bytesio_traverse,
    .tp_clear = bytesio_clear,
    .tp_weaklistoffset = offsetof(KrBytesIOObject, weakreflist),
    .tp_iter = kr_object_self_iter,
    .tp_iternext = bytesio_iternext,
    .tp_methods = bytesio_methods,
    .tp_getset = bytesio_getset,
    .tp_base = &kr_io_bufferediobase_type,
    .tp_dictoffset = offsetof(KrBytesIOObject, dict),
    .tp_init = bytesio_init,
    .tp_alloc = kr_object_alloc,
    .tp_new = bytesio_new,
    .tp_free = kr_object_free,
};
