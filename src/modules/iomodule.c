/* iomodule.c — the _io module: the abstract bases _IOBase, _RawIOBase,
 * _BufferedIOBase and _TextIOBase with their default methods (which work
 * through the object's own read/readline/write/closed, so that pure-Python
 * subclasses get them), UnsupportedOperation, and the module set-up.
 * open() and friends live in io_open.c, the concrete classes in io_*.c. */
#include "io.h"
#include "../objects/type.h"
#include "../objects/str.h"
#include "../objects/bytes.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/tuple.h"
#include "../objects/dict.h"
#include "../objects/args.h"
#include "../memory/gc.h"
#include "../vm/err.h"
#include "../vm/state.h"

#include <string.h>

KrObject *kr_io_unsupported_operation;

/* ---- shared helpers ---- */

KrObject *kr_io_unsupported(const char *msg)
{
    if (kr_io_types_init() < 0) return NULL;
    kr_err_set_string(kr_io_unsupported_operation, msg);
    return NULL;
}

int kr_io_check_closed(KrObject *self)
{
    KrObject *c = kr_io_getattr(self, "closed");
    if (!c) return -1;
    int t = kr_object_is_true(c);
    KR_DECREF(c);
    if (t < 0) return -1;
    if (t) {
        kr_err_set_string(kr_exc_ValueError, "I/O operation on closed file.");
        return -1;
    }
    return 0;
}

/* Calls self.<meth>() and raises UnsupportedOperation(msg) if it is false. */
static int iobase_check_bool_method(KrObject *self, const char *meth, const char *msg)
{
    KrObject *r = kr_object_call_method_str(self, meth, NULL, 0);
    if (!r) return -1;
    if (r != KR_TRUE) {
        KR_DECREF(r);
        kr_io_unsupported(msg);
        return -1;
    }
    KR_DECREF(r);
    return 0;
}

int kr_io_check_readable(KrObject *self)
{
    return iobase_check_bool_method(self, "readable", "File or stream is not readable.");
}

int kr_io_check_writable(KrObject *self)
{
    return iobase_check_bool_method(self, "writable", "File or stream is not writable.");
}

int kr_io_check_seekable(KrObject *self)
{
    return iobase_check_bool_method(self, "seekable", "File or stream is not seekable.");
}

KrObject *kr_io_getattr(KrObject *o, const char *name)
{
    KrObject *n = kr_str_intern_cstr(name);
    if (!n) return NULL;
    KrObject *r = kr_object_getattr(o, n);
    KR_DECREF(n);
    return r;
}

int kr_io_lookup_attr(KrObject *o, const char *name, KrObject **out)
{
    *out = NULL;
    KrObject *n = kr_str_intern_cstr(name);
    if (!n) return -1;
    int r = kr_object_lookup_attr(o, n, out);
    KR_DECREF(n);
    return r;
}

const char *kr_io_type_name(KrObject *o)
{
    return o == KR_NONE ? "None" : KR_TYPE(o)->tp_name;
}

int kr_io_size_arg(KrObject *arg, ssize_t *out)
{
    *out = -1;
    if (!arg || arg == KR_NONE) return 0;
    if (!kr_index_check(arg)) {
        kr_err_format(kr_exc_TypeError, "argument should be integer or None, not '%s'",
                      KR_TYPE(arg)->tp_name);
        return -1;
    }
    ssize_t n = kr_number_as_ssize(arg, kr_exc_OverflowError);
    if (n == -1 && kr_err_occurred()) return -1;
    *out = n;
    return 0;
}

int kr_io_head_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrIOBaseObject *)self)->dict);
    return 0;
}

void kr_io_head_clear(KrObject *self)
{
    KR_CLEAR(((KrIOBaseObject *)self)->dict);
}

int kr_io_iobase_is_closed(KrObject *self)
{
    KrObject *v = NULL;
    KrObject *name = kr_str_intern_cstr("__IOBase_closed");
    if (!name) { kr_err_clear(); return 0; }
    int r = kr_object_lookup_attr(self, name, &v);
    KR_DECREF(name);
    if (r < 0) { kr_err_clear(); return 0; }
    if (!v) return 0;
    int t = kr_object_is_true(v);
    KR_DECREF(v);
    if (t < 0) { kr_err_clear(); return 0; }
    return t;
}

int kr_io_iobase_mark_closed(KrObject *self)
{
    return kr_object_setattr_str(self, "__IOBase_closed", KR_TRUE);
}

/* CPython's iobase_finalize: close() a still open object before it goes. */
static void iobase_finalize(KrObject *self)
{
    KrObject *exc = kr_err_fetch();
    KrObject *c = kr_io_getattr(self, "closed");
    int closed = 1;
    if (!c) kr_err_clear();
    else {
        closed = kr_object_is_true(c);
        KR_DECREF(c);
        if (closed < 0) { kr_err_clear(); closed = 1; }
    }
    if (!closed) {
        /* FileIO honours _finalizing for its ResourceWarning */
        if (KR_TYPE_CHECK_EXACT_OR_SUB(self, &kr_io_fileio_type))
            ((KrFileIOObject *)self)->finalizing = 1;
        KrObject *r = kr_object_call_method_str(self, "close", NULL, 0);
        /* an error closing a forgotten stream is dropped silently, as
         * CPython does outside its development mode (-X dev, which krait
         * does not have) */
        if (r) KR_DECREF(r);
        else kr_err_clear();
    }
    kr_err_restore(exc);
}

int kr_io_dealloc_finalize(KrObject *self)
{
    /* a Python subclass ran tp_finalize already (kr_type_subtype_dealloc) */
    if (KR_TYPE(self)->tp_dealloc == kr_type_subtype_dealloc) return 0;
    self->ob_refcnt = 1;
    iobase_finalize(self);
    if (--self->ob_refcnt != 0) return 1;
    return 0;
}

/* ---- _IOBase ---- */

static KrObject *iobase_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    KrObject *self = type->tp_alloc(type, 0);
    if (!self) return NULL;
    kr_gc_track(self);
    return self;
}

static int iobase_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    return kr_io_head_traverse(self, visit, arg);
}

static int iobase_clear(KrObject *self)
{
    kr_io_head_clear(self);
    return 0;
}

static void iobase_dealloc(KrObject *self)
{
    if (kr_io_dealloc_finalize(self)) return;
    kr_gc_untrack(self);
    if (((KrIOBaseObject *)self)->weakreflist && kr_weakref_clear_refs) kr_weakref_clear_refs(self);
    kr_io_head_clear(self);
    KR_TYPE(self)->tp_free(self);
}

static KrObject *iobase_seek(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    return kr_io_unsupported("seek");
}

static KrObject *iobase_tell(KrObject *self, KrObject *unused)
{
    KrObject *a[2];
    a[0] = kr_int_from_i64(0);
    a[1] = kr_int_from_i64(1);
    KrObject *r = kr_object_call_method_str(self, "seek", a, 2);
    KR_DECREF(a[0]);
    KR_DECREF(a[1]);
    return r;
}

static KrObject *iobase_truncate(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    return kr_io_unsupported("truncate");
}

static KrObject *iobase_flush(KrObject *self, KrObject *unused)
{
    if (kr_io_iobase_is_closed(self)) {
        kr_err_set_string(kr_exc_ValueError, "I/O operation on closed file.");
        return NULL;
    }
    KR_RETURN_NONE;
}

KrObject *kr_io_close_result(KrObject *r, KrObject *flush_exc)
{
    if (!flush_exc) return r;
    if (r) {
        KR_DECREF(r);
        kr_err_restore(flush_exc);
        return NULL;
    }
    KrObject *close_exc = kr_err_fetch();
    kr_object_setattr_str(close_exc, "__context__", flush_exc);
    KR_DECREF(flush_exc);
    kr_err_restore(close_exc);
    return NULL;
}

KrObject *kr_io_iobase_close(KrObject *self, KrObject *unused)
{
    if (kr_io_iobase_is_closed(self)) KR_RETURN_NONE;
    KrObject *r = kr_object_call_method_str(self, "flush", NULL, 0);
    KrObject *exc = r ? NULL : kr_err_fetch();
    KR_XDECREF(r);
    if (kr_io_iobase_mark_closed(self) < 0) {
        if (exc) KR_DECREF(exc);
        return NULL;
    }
    if (exc) { kr_err_restore(exc); return NULL; }
    KR_RETURN_NONE;
}

static KrObject *iobase_get_closed(KrObject *self, void *c)
{
    return kr_bool_from(kr_io_iobase_is_closed(self));
}

static KrObject *iobase_del(KrObject *self, KrObject *unused)
{
    iobase_finalize(self);
    KR_RETURN_NONE;
}

static KrObject *iobase_false(KrObject *self, KrObject *unused) { KR_RETURN_FALSE; }

static KrObject *iobase_checkClosed(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kr_io_check_closed(self) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *iobase_checkSeekable(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kr_io_check_seekable(self) < 0) return NULL;
    KR_RETURN_TRUE;
}

static KrObject *iobase_checkReadable(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kr_io_check_readable(self) < 0) return NULL;
    KR_RETURN_TRUE;
}

static KrObject *iobase_checkWritable(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (kr_io_check_writable(self) < 0) return NULL;
    KR_RETURN_TRUE;
}

static KrObject *iobase_fileno(KrObject *self, KrObject *unused)
{
    return kr_io_unsupported("fileno");
}

static KrObject *iobase_isatty(KrObject *self, KrObject *unused)
{
    if (kr_io_check_closed(self) < 0) return NULL;
    KR_RETURN_FALSE;
}

static KrObject *iobase_enter(KrObject *self, KrObject *unused)
{
    if (kr_io_check_closed(self) < 0) return NULL;
    return kr_newref(self);
}

static KrObject *iobase_exit(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    return kr_object_call_method_str(self, "close", NULL, 0);
}

static KrObject *iobase_iter(KrObject *self)
{
    if (kr_io_check_closed(self) < 0) return NULL;
    return kr_newref(self);
}

static KrObject *iobase_iternext(KrObject *self)
{
    KrObject *line = kr_object_call_method_str(self, "readline", NULL, 0);
    if (!line) return NULL;
    ssize_t n = kr_object_length(line);
    if (n < 0) { KR_DECREF(line); return NULL; }
    if (n == 0) { KR_DECREF(line); return NULL; }
    return line;
}

/* readline(size=-1) on top of read() (and peek() when there is one). */
static KrObject *iobase_readline(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    ssize_t limit = -1;
    if (kr_args_check_count("readline", nargs, 0, 1) < 0) return NULL;
    if (nargs == 1 && kr_io_size_arg(args[0], &limit) < 0) return NULL;
    KrObject *peek = NULL;
    if (kr_io_lookup_attr(self, "peek", &peek) < 0) return NULL;
    KrObject *buf = kr_bytearray_from(NULL, 0);
    if (!buf) { KR_XDECREF(peek); return NULL; }
    while (limit < 0 || KR_BYTEARRAY_LEN(buf) < limit) {
        ssize_t nreadahead = 1;
        if (peek) {
            KrObject *one = kr_int_from_i64(1);
            KrObject *ra = kr_object_call_one(peek, one);
            KR_DECREF(one);
            if (!ra) goto fail;
            if (!KR_BYTES_CHECK(ra)) {
                kr_err_format(kr_exc_OSError, "peek() should have returned a bytes object, not '%s'",
                              KR_TYPE(ra)->tp_name);
                KR_DECREF(ra);
                goto fail;
            }
            ssize_t len = KR_BYTES_LEN(ra);
            if (len > 0) {
                const char *d = KR_BYTES_DATA(ra);
                ssize_t n = 0;
                ssize_t maxn = limit >= 0 ? limit - KR_BYTEARRAY_LEN(buf) : len;
                if (maxn > len) maxn = len;
                while (n < maxn) {
                    if (d[n++] == '\n') break;
                }
                nreadahead = n;
            }
            KR_DECREF(ra);
        }
        KrObject *sz = kr_int_from_ssize(nreadahead);
        KrObject *b = kr_object_call_method_str(self, "read", &sz, 1);
        KR_DECREF(sz);
        if (!b) goto fail;
        if (b == KR_NONE) { KR_DECREF(b); break; }
        if (!KR_BYTES_CHECK(b)) {
            kr_err_format(kr_exc_OSError, "read() should have returned a bytes object, not '%s'",
                          KR_TYPE(b)->tp_name);
            KR_DECREF(b);
            goto fail;
        }
        ssize_t blen = KR_BYTES_LEN(b);
        if (blen == 0) { KR_DECREF(b); break; }
        ssize_t old = KR_BYTEARRAY_LEN(buf);
        if (kr_bytearray_resize(buf, old + blen) < 0) { KR_DECREF(b); goto fail; }
        memcpy(KR_BYTEARRAY_DATA(buf) + old, KR_BYTES_DATA(b), (size_t)blen);
        int nl = KR_BYTES_DATA(b)[blen - 1] == '\n';
        KR_DECREF(b);
        if (nl) break;
    }
    KR_XDECREF(peek);
    KrObject *r = kr_bytes_from(KR_BYTEARRAY_DATA(buf), KR_BYTEARRAY_LEN(buf));
    KR_DECREF(buf);
    return r;
fail:
    KR_XDECREF(peek);
    KR_DECREF(buf);
    return NULL;
}

static KrObject *iobase_readlines(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    ssize_t hint = -1;
    if (kr_args_check_count("readlines", nargs, 0, 1) < 0) return NULL;
    if (nargs == 1 && kr_io_size_arg(args[0], &hint) < 0) return NULL;
    KrObject *list = kr_list_new(0);
    if (!list) return NULL;
    KrObject *it = kr_object_get_iter(self);
    if (!it) { KR_DECREF(list); return NULL; }
    ssize_t total = 0;
    KrObject *line;
    while ((line = kr_iter_next(it))) {
        if (kr_list_append(list, line) < 0) { KR_DECREF(line); goto fail; }
        if (hint > 0) {
            ssize_t n = kr_object_length(line);
            if (n < 0) { KR_DECREF(line); goto fail; }
            total += n;
            if (total >= hint) { KR_DECREF(line); break; }
        }
        KR_DECREF(line);
    }
    if (kr_err_occurred()) goto fail;
    KR_DECREF(it);
    return list;
fail:
    KR_DECREF(it);
    KR_DECREF(list);
    return NULL;
}

static KrObject *iobase_writelines(KrObject *self, KrObject *lines)
{
    if (kr_io_check_closed(self) < 0) return NULL;
    KrObject *it = kr_object_get_iter(lines);
    if (!it) return NULL;
    KrObject *line;
    while ((line = kr_iter_next(it))) {
        KrObject *r = kr_object_call_method_str(self, "write", &line, 1);
        KR_DECREF(line);
        if (!r) { KR_DECREF(it); return NULL; }
        KR_DECREF(r);
    }
    KR_DECREF(it);
    if (kr_err_occurred()) return NULL;
    KR_RETURN_NONE;
}

static KrObject *iobase_get_dict(KrObject *self, void *c)
{
    KrIOBaseObject *b = (KrIOBaseObject *)self;
    if (!b->dict && !(b->dict = kr_dict_new())) return NULL;
    return kr_newref(b->dict);
}

static KrMethodDef iobase_methods[] = {
    { "seek", (void *)iobase_seek, KR_METH_FASTCALL, NULL },
    { "tell", (void *)iobase_tell, KR_METH_NOARGS, NULL },
    { "truncate", (void *)iobase_truncate, KR_METH_FASTCALL, NULL },
    { "flush", (void *)iobase_flush, KR_METH_NOARGS, NULL },
    { "close", (void *)kr_io_iobase_close, KR_METH_NOARGS, NULL },
    { "seekable", (void *)iobase_false, KR_METH_NOARGS, NULL },
    { "readable", (void *)iobase_false, KR_METH_NOARGS, NULL },
    { "writable", (void *)iobase_false, KR_METH_NOARGS, NULL },
    { "_checkClosed", (void *)iobase_checkClosed, KR_METH_FASTCALL, NULL },
    { "_checkSeekable", (void *)iobase_checkSeekable, KR_METH_FASTCALL, NULL },
    { "_checkReadable", (void *)iobase_checkReadable, KR_METH_FASTCALL, NULL },
    { "_checkWritable", (void *)iobase_checkWritable, KR_METH_FASTCALL, NULL },
    { "fileno", (void *)iobase_fileno, KR_METH_NOARGS, NULL },
    { "isatty", (void *)iobase_isatty, KR_METH_NOARGS, NULL },
    { "__enter__", (void *)iobase_enter, KR_METH_NOARGS, NULL },
    { "__exit__", (void *)iobase_exit, KR_METH_FASTCALL, NULL },
    { "readline", (void *)iobase_readline, KR_METH_FASTCALL, NULL },
    { "readlines", (void *)iobase_readlines, KR_METH_FASTCALL, NULL },
    { "writelines", (void *)iobase_writelines, KR_METH_O, NULL },
    { "__del__", (void *)iobase_del, KR_METH_NOARGS | KR_METH_COEXIST, NULL },
    { NULL, NULL, 0, NULL },
};

static KrGetSetDef iobase_getset[] = {
    { "__dict__", iobase_get_dict, NULL, NULL, NULL },
    { "closed", iobase_get_closed, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

#define IO_BASE_TYPE_FIELDS \
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0), \
    .tp_basicsize = sizeof(KrIOBaseObject), \
    .tp_dealloc = iobase_dealloc, \
    .tp_getattro = kr_object_generic_getattr, \
    .tp_setattro = kr_object_generic_setattr, \
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_HAVE_GC, \
    .tp_traverse = iobase_traverse, \
    .tp_clear = iobase_clear, \
    .tp_weaklistoffset = offsetof(KrIOBaseObject, weakreflist), \
    .tp_dictoffset = offsetof(KrIOBaseObject, dict), \
    .tp_alloc = kr_object_alloc, \
    .tp_new = iobase_new, \
    .tp_free = kr_object_free, \
    .tp_finalize = iobase_finalize

KrTypeObject kr_io_iobase_type = {
    IO_BASE_TYPE_FIELDS,
    .tp_name = "_io._IOBase",
    .tp_doc = "The abstract base class for all I/O classes.",
    .tp_iter = iobase_iter,
    .tp_iternext = iobase_iternext,
    .tp_methods = iobase_methods,
    .tp_getset = iobase_getset,
};

/* ---- _RawIOBase ---- */

/* read(size=-1): readall() or readinto() a fresh buffer. */
static KrObject *rawiobase_read(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    ssize_t n = -1;
    if (kr_args_check_count("read", nargs, 0, 1) < 0) return NULL;
    if (nargs == 1 && kr_io_size_arg(args[0], &n) < 0) return NULL;
    if (n < 0) return kr_object_call_method_str(self, "readall", NULL, 0);
    KrObject *b = kr_bytearray_from(NULL, n);
    if (!b) return NULL;
    KrObject *r = kr_object_call_method_str(self, "readinto", &b, 1);
    if (!r) { KR_DECREF(b); return NULL; }
    if (r == KR_NONE) { KR_DECREF(b); return r; }
    ssize_t got = kr_number_as_ssize(r, kr_exc_ValueError);
    KR_DECREF(r);
    if (got == -1 && kr_err_occurred()) { KR_DECREF(b); return NULL; }
    if (got < 0 || got > n) {
        KR_DECREF(b);
        return kr_err_format(kr_exc_ValueError, "readinto returned %zd outside buffer size %zd", got, n);
    }
    KrObject *res = kr_bytes_from(KR_BYTEARRAY_DATA(b), got);
    KR_DECREF(b);
    return res;
}

static KrObject *rawiobase_readall(KrObject *self, KrObject *unused)
{
    KrObject *chunks = kr_list_new(0);
    if (!chunks) return NULL;
    for (;;) {
        KrObject *sz = kr_int_from_i64(KR_IO_DEFAULT_BUFFER_SIZE);
        KrObject *data = kr_object_call_method_str(self, "read", &sz, 1);
        KR_DECREF(sz);
        if (!data) {
            if (kr_err_matches(kr_exc_InterruptedError)) { kr_err_clear(); continue; }
            KR_DECREF(chunks);
            return NULL;
        }
        if (data == KR_NONE) {
            if (KR_SIZE(chunks) == 0) { KR_DECREF(chunks); return data; }
            KR_DECREF(data);
            break;
        }
        if (!KR_BYTES_CHECK(data)) {
            KR_DECREF(chunks);
            KR_DECREF(data);
            kr_err_set_string(kr_exc_TypeError, "read() should return bytes");
            return NULL;
        }
        if (KR_BYTES_LEN(data) == 0) { KR_DECREF(data); break; }
        int rc = kr_list_append(chunks, data);
        KR_DECREF(data);
        if (rc < 0) { KR_DECREF(chunks); return NULL; }
    }
    KrObject *empty = kr_bytes_from("", 0);
    KrObject *r = empty ? kr_bytes_join(empty, chunks) : NULL;
    KR_XDECREF(empty);
    KR_DECREF(chunks);
    return r;
}

static KrObject *rawiobase_not_implemented(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    kr_err_set_none(kr_exc_NotImplementedError);
    return NULL;
}

static KrMethodDef rawiobase_methods[] = {
    { "read", (void *)rawiobase_read, KR_METH_FASTCALL, NULL },
    { "readall", (void *)rawiobase_readall, KR_METH_NOARGS, NULL },
    { "readinto", (void *)rawiobase_not_implemented, KR_METH_FASTCALL, NULL },
    { "write", (void *)rawiobase_not_implemented, KR_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_io_rawiobase_type = {
    IO_BASE_TYPE_FIELDS,
    .tp_name = "_io._RawIOBase",
    .tp_doc = "Base class for raw binary I/O.",
    .tp_methods = rawiobase_methods,
    .tp_base = &kr_io_iobase_type,
};

/* ---- _BufferedIOBase ---- */

static KrObject *bufferediobase_read(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    return kr_io_unsupported("read");
}
static KrObject *bufferediobase_read1(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    return kr_io_unsupported("read1");
}
static KrObject *bufferediobase_write(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    return kr_io_unsupported("write");
}
static KrObject *bufferediobase_detach(KrObject *self, KrObject *unused)
{
    return kr_io_unsupported("detach");
}

/* readinto(b) via read(len(b)) (read1 for readinto1). */
static KrObject *bufferediobase_readinto_generic(KrObject *self, KrObject *arg, const char *meth)
{
    KrBuffer view;
    if (kr_object_get_buffer(arg, &view, KR_BUF_WRITABLE) < 0) {
        kr_err_clear();
        return kr_err_format(kr_exc_TypeError, "%s() argument must be read-write bytes-like object, "
                             "not %s", meth[4] ? "readinto1" : "readinto", kr_io_type_name(arg));
    }
    KrObject *sz = kr_int_from_ssize(view.len);
    KrObject *data = sz ? kr_object_call_method_str(self, meth, &sz, 1) : NULL;
    KR_XDECREF(sz);
    if (!data) { kr_buffer_release(&view); return NULL; }
    if (!KR_BYTES_CHECK(data)) {
        kr_buffer_release(&view);
        KR_DECREF(data);
        kr_err_set_string(kr_exc_TypeError, "read() should return bytes");
        return NULL;
    }
    ssize_t n = KR_BYTES_LEN(data);
    if (n > view.len) {
        kr_buffer_release(&view);
        KR_DECREF(data);
        return kr_err_format(kr_exc_ValueError, "read() returned too much data: %zd bytes requested, "
                             "%zd returned", view.len, n);
    }
    memcpy(view.buf, KR_BYTES_DATA(data), (size_t)n);
    kr_buffer_release(&view);
    KR_DECREF(data);
    return kr_int_from_ssize(n);
}

static KrObject *bufferediobase_readinto(KrObject *self, KrObject *arg)
{
    return bufferediobase_readinto_generic(self, arg, "read");
}

static KrObject *bufferediobase_readinto1(KrObject *self, KrObject *arg)
{
    return bufferediobase_readinto_generic(self, arg, "read1");
}

static KrMethodDef bufferediobase_methods[] = {
    { "detach", (void *)bufferediobase_detach, KR_METH_NOARGS, NULL },
    { "read", (void *)bufferediobase_read, KR_METH_FASTCALL, NULL },
    { "read1", (void *)bufferediobase_read1, KR_METH_FASTCALL, NULL },
    { "readinto", (void *)bufferediobase_readinto, KR_METH_O, NULL },
    { "readinto1", (void *)bufferediobase_readinto1, KR_METH_O, NULL },
    { "write", (void *)bufferediobase_write, KR_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_io_bufferediobase_type = {
    IO_BASE_TYPE_FIELDS,
    .tp_name = "_io._BufferedIOBase",
    .tp_doc = "Base class for buffered IO objects.",
    .tp_methods = bufferediobase_methods,
    .tp_base = &kr_io_iobase_type,
};

/* ---- _TextIOBase ---- */

static KrObject *textiobase_read(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    return kr_io_unsupported("read");
}
static KrObject *textiobase_readline(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    return kr_io_unsupported("readline");
}
static KrObject *textiobase_write(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    return kr_io_unsupported("write");
}
static KrObject *textiobase_detach(KrObject *self, KrObject *unused)
{
    return kr_io_unsupported("detach");
}
static KrObject *textiobase_get_none(KrObject *self, void *c) { KR_RETURN_NONE; }

static KrMethodDef textiobase_methods[] = {
    { "detach", (void *)textiobase_detach, KR_METH_NOARGS, NULL },
    { "read", (void *)textiobase_read, KR_METH_FASTCALL, NULL },
    { "readline", (void *)textiobase_readline, KR_METH_FASTCALL, NULL },
    { "write", (void *)textiobase_write, KR_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

static KrGetSetDef textiobase_getset[] = {
    { "encoding", textiobase_get_none, NULL, NULL, NULL },
    { "newlines", textiobase_get_none, NULL, NULL, NULL },
    { "errors", textiobase_get_none, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrTypeObject kr_io_textiobase_type = {
    IO_BASE_TYPE_FIELDS,
    .tp_name = "_io._TextIOBase",
    .tp_doc = "Base class for text I/O.",
    .tp_methods = textiobase_methods,
    .tp_getset = textiobase_getset,
    .tp_base = &kr_io_iobase_type,
};

/* ---- module ---- */

static KrTypeObject *const io_all_types[] = {
    &kr_io_iobase_type, &kr_io_rawiobase_type, &kr_io_bufferediobase_type,
    &kr_io_textiobase_type, &kr_io_fileio_type, &kr_io_bytesio_type,
    &kr_io_bufferedreader_type, &kr_io_bufferedwriter_type, &kr_io_bufferedrandom_type,
    &kr_io_bufferedrwpair_type, &kr_io_textiowrapper_type, &kr_io_stringio_type,
    &kr_io_incrementalnewlinedecoder_type,
#define KR_IO_MORE_TYPES
#undef KR_IO_MORE_TYPES
    NULL,
};

/* io.UnsupportedOperation = type('UnsupportedOperation', (OSError, ValueError),
 * {'__module__': 'io'}) */
static int io_make_unsupported(void)
{
    KrObject *name = kr_str_from_cstr("UnsupportedOperation");
    KrObject *bases = kr_tuple_pack(2, (KrObject *)kr_exc_OSError, (KrObject *)kr_exc_ValueError);
    KrObject *dict = kr_dict_new();
    KrObject *mod = kr_str_from_cstr("io");
    KrObject *t = NULL;
    if (name && bases && dict && mod && kr_dict_set_item_str(dict, "__module__", mod) == 0)
        t = kr_type_new(&kr_type_type, name, bases, dict);
    KR_XDECREF(name);
    KR_XDECREF(bases);
    KR_XDECREF(dict);
    KR_XDECREF(mod);
    if (!t) return -1;
    kr_io_unsupported_operation = t;   /* kept for the life of the process */
    return 0;
}

int kr_io_types_init(void)
{
    static int done;
    if (done) return 0;
    for (int i = 0; io_all_types[i]; i++)
        if (kr_type_ready(io_all_types[i]) < 0) return -1;
    if (!kr_io_unsupported_operation && io_make_unsupported() < 0) return -1;
    done = 1;
    return 0;
}

static int io_exec(KrObject *m)
{
    if (kr_io_types_init() < 0) return -1;
    for (int i = 0; io_all_types[i]; i++) {
        const char *dot = strrchr(io_all_types[i]->tp_name, '.');
        if (kr_module_add_steal(m, dot + 1, kr_newref(io_all_types[i])) < 0) return -1;
    }
    if (kr_module_add_int(m, "DEFAULT_BUFFER_SIZE", KR_IO_DEFAULT_BUFFER_SIZE) < 0) return -1;
    if (kr_module_add_steal(m, "UnsupportedOperation", kr_newref(kr_io_unsupported_operation)) < 0)
        return -1;
    if (kr_module_add_steal(m, "BlockingIOError", kr_newref(kr_exc_BlockingIOError)) < 0) return -1;
    /* as CPython at start-up: builtins.open is io.open (the same object) */
    KrObject *open = kr_dict_get_item_str_borrow(kr_module_get_dict_borrow(m), "open");
    if (open && kr_interp.builtins && kr_dict_set_item_str(kr_interp.builtins, "open", open) < 0)
        return -1;
    return 0;
}

KrModuleDef kr_iomodule_def = {
    .name = "_io",
    .doc = "The io module provides the Python interfaces to stream handling. The\n"
           "builtin open function is defined in this module.",
    .methods = kr_io_module_methods,
    .exec = io_exec,
};
