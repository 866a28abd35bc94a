/* io_buffered.c — _io.BufferedReader, BufferedWriter, BufferedRandom and
 * BufferedRWPair: buffering over a raw stream (FileIO or any object with
 * read/write/seek/tell). One C layout serves the first three (see
 * KrBufferedObject in io.h); a raw FileIO is driven with direct syscalls. */
#include "io.h"
#include "modargs.h"
#include "../objects/type.h"
#include "../objects/str.h"
#include "../objects/bytes.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/tuple.h"
#include "../memory/gc.h"
#include "../memory/mem.h"
#include "../vm/err.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#define BUF(o) ((KrBufferedObject *)(o))

/* ---- state checks ---- */

static int buffered_check_init(KrBufferedObject *b)
{
    if (b->ok) return 0;
    if (b->detached) kr_err_set_string(kr_exc_ValueError, "raw stream has been detached");
    else kr_err_set_string(kr_exc_ValueError, "I/O operation on uninitialized object");
    return -1;
}

/* 1 if the raw stream is closed, 0 if not, -1 on error. */
static int buffered_is_closed(KrBufferedObject *b)
{
    if (b->raw_is_fileio) return ((KrFileIOObject *)b->raw)->fd < 0;
    KrObject *c = kr_io_getattr(b->raw, "closed");
    if (!c) return -1;
    int t = kr_object_is_true(c);
    KR_DECREF(c);
    return t;
}

/* Detached/uninitialized, then "<what> of closed file". 0 or -1. */
static int buffered_check(KrBufferedObject *b, const char *what)
{
    if (buffered_check_init(b) < 0) return -1;
    if (!what) return 0;
    int c = buffered_is_closed(b);
    if (c < 0) return -1;
    if (c) {
        kr_err_format(kr_exc_ValueError, "%s of closed file", what);
        return -1;
    }
    return 0;
}

/* ---- raw stream access ---- */

/* Reads up to n bytes from the raw stream into dst: the count (0 at EOF),
 * -2 when a non-blocking raw stream has no data, -1 on error. */
static ssize_t buffered_raw_read(KrBufferedObject *b, char *dst, ssize_t n)
{
    if (b->raw_is_fileio) {
        int fd = ((KrFileIOObject *)b->raw)->fd;
        for (;;) {
            ssize_t r = read(fd, dst, (size_t)n);
            if (r >= 0) return r;
            if (errno == EINTR) continue;
            if (errno == EAGAIN) return -2;
            kr_err_from_errno(kr_exc_OSError);
            return -1;
        }
    }
    KrObject *sz = kr_int_from_ssize(n);
    if (!sz) return -1;
    KrObject *r = kr_object_call_method_str(b->raw, "read", &sz, 1);
    KR_DECREF(sz);
    if (!r) return -1;
    if (r == KR_NONE) { KR_DECREF(r); return -2; }
    KrBuffer view;
    if (kr_object_get_buffer(r, &view, KR_BUF_SIMPLE) < 0) { KR_DECREF(r); return -1; }
    ssize_t got = view.len;
    if (got > n) {
        kr_buffer_release(&view);
        KR_DECREF(r);
        kr_err_format(kr_exc_OSError, "raw readinto() returned invalid length %zd (should have "
                      "been between 0 and %zd)", got, n);
        return -1;
    }
    memcpy(dst, view.buf, (size_t)got);
    kr_buffer_release(&view);
    KR_DECREF(r);
    return got;
}

/* errno when the raw stream last said it would block (-2 below): EAGAIN
 * from the fd, or whatever a Python raw stream's write() left (0 when it
 * just returned None), as CPython's BlockingIOError reports it. */
static int blocking_errno;

/* Writes up to n bytes: the count, -2 for a non-blocking "None", -1. */
static ssize_t buffered_raw_write(KrBufferedObject *b, const char *src, ssize_t n)
{
    if (b->raw_is_fileio) {
        int fd = ((KrFileIOObject *)b->raw)->fd;
        for (;;) {
            ssize_t r = write(fd, src, (size_t)n);
            if (r >= 0) return r;
            if (errno == EINTR) continue;
            if (errno == EAGAIN) { blocking_errno = EAGAIN; return -2; }
            kr_err_from_errno(kr_exc_OSError);
            return -1;
        }
    }
    KrObject *data = kr_bytes_from(src, n);
    if (!data) return -1;
    errno = 0;
    KrObject *r = kr_object_call_method_str(b->raw, "write", &data, 1);
    int err = errno;
    KR_DECREF(data);
    if (!r) return -1;
    if (r == KR_NONE) { KR_DECREF(r); blocking_errno = err; return -2; }
    ssize_t w = kr_number_as_ssize(r, kr_exc_ValueError);
    KR_DECREF(r);
    if (w == -1 && kr_err_occurred()) return -1;
    if (w < 0 || w > n) {
        kr_err_format(kr_exc_OSError, "raw write() returned invalid length %zd (should have been "
                      "between 0 and %zd)", w, n);
        return -1;
    }
    return w;
}

/* raw.seek(pos, whence): the new position or -1. */
static int64_t buffered_raw_seek(KrBufferedObject *b, int64_t pos, int whence)
{
    int64_t n;
    if (b->raw_is_fileio) {
        int fd = ((KrFileIOObject *)b->raw)->fd;
        if (fd < 0) {
            kr_err_set_string(kr_exc_ValueError, "I/O operation on closed file");
            return -1;
        }
        off_t r = lseek(fd, (off_t)pos, whence);
        if (r < 0) { kr_err_from_errno(kr_exc_OSError); return -1; }
        return (int64_t)r;
    }
    KrObject *a[2] = { kr_int_from_i64(pos), kr_int_from_i64(whence) };
    KrObject *r = a[0] && a[1] ? kr_object_call_method_str(b->raw, "seek", a, 2) : NULL;
    KR_XDECREF(a[0]);
    KR_XDECREF(a[1]);
    if (!r) return -1;
    n = kr_int_as_i64(r);
    KR_DECREF(r);
    if (n == -1 && kr_err_occurred()) return -1;
    if (n < 0) {
        kr_err_format(kr_exc_OSError, "Raw stream returned invalid position %lld", (long long)n);
        return -1;
    }
    return n;
}

static int64_t buffered_raw_tell(KrBufferedObject *b)
{
    if (b->raw_is_fileio) return buffered_raw_seek(b, 0, SEEK_CUR);
    KrObject *r = kr_object_call_method_str(b->raw, "tell", NULL, 0);
    if (!r) return -1;
    int64_t n = kr_int_as_i64(r);
    KR_DECREF(r);
    if (n == -1 && kr_err_occurred()) return -1;
    if (n < 0) {
        kr_err_format(kr_exc_OSError, "Raw stream returned invalid position %lld", (long long)n);
        return -1;
    }
    return n;
}

/* ---- buffer management ---- */

static int buffered_alloc(KrBufferedObject *b)
{
    if (b->can_read && !b->rbuf && !(b->rbuf = kr_raw_alloc((size_t)b->buffer_size))) {
        kr_err_no_memory();
        return -1;
    }
    if (b->can_write && !b->wbuf && !(b->wbuf = kr_raw_alloc((size_t)b->buffer_size))) {
        kr_err_no_memory();
        return -1;
    }
    return 0;
}

/* Raises BlockingIOError(errno, ..., written) as CPython's buffered
 * writer does when the raw stream would block. Returns -1. */
static int raise_blocking(ssize_t written)
{
    KrObject *err = kr_int_from_i64(blocking_errno);
    KrObject *msg = kr_str_from_cstr("write could not complete without blocking");
    KrObject *n = kr_int_from_ssize(written);
    KrObject *args = err && msg && n ? kr_tuple_pack(3, err, msg, n) : NULL;
    KR_XDECREF(err);
    KR_XDECREF(msg);
    KR_XDECREF(n);
    if (args) {
        kr_err_set_object(kr_exc_BlockingIOError, args);
        KR_DECREF(args);
    }
    return -1;
}

/* Writes out every pending byte. 0 or -1. */
static int buffered_flush_writes(KrBufferedObject *b)
{
    while (b->wlen > 0) {
        ssize_t n = buffered_raw_write(b, b->wbuf, b->wlen);
        if (n == -1) return -1;
        if (n == -2) return raise_blocking(0);
        memmove(b->wbuf, b->wbuf + n, (size_t)(b->wlen - n));
        b->wlen -= n;
    }
    return 0;
}

/* Drops the read-ahead, moving the raw stream back to the logical
 * position. 0 or -1. */
static int buffered_drop_readahead(KrBufferedObject *b)
{
    ssize_t ahead = b->rlen - b->rpos;
    b->rpos = b->rlen = 0;
    if (ahead > 0 && buffered_raw_seek(b, -ahead, SEEK_CUR) < 0) return -1;
    return 0;
}

/* Reads once from raw into the (empty) read buffer: count, 0, -2 or -1. */
static ssize_t buffered_fill(KrBufferedObject *b)
{
    if (b->can_write && b->wlen > 0 && buffered_flush_writes(b) < 0) return -1;
    if (buffered_alloc(b) < 0) return -1;
    b->rpos = b->rlen = 0;
    ssize_t n = buffered_raw_read(b, b->rbuf, b->buffer_size);
    if (n > 0) b->rlen = n;
    return n;
}

/* ---- construction ---- */

static KrObject *buffered_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    KrBufferedObject *b = (KrBufferedObject *)type->tp_alloc(type, 0);
    if (!b) return NULL;
    kr_gc_track(b);
    return (KrObject *)b;
}

static int buffered_init_common(KrObject *self, KrObject *args, KrObject *kwds, const char *fname,
                                int can_read, int can_write)
{
    static const char *const names[] = { "raw", "buffer_size", NULL };
    KrArgSpec spec = { fname, names, 0, 2, 1 };
    KrObject *a[2];
    KrBufferedObject *b = BUF(self);
    if (kr_modargs_parse_tuple(&spec, args, kwds, a) < 0) return -1;
    b->ok = 0;
    b->detached = 0;
    if (can_read && can_write && kr_io_check_seekable(a[0]) < 0) return -1;
    if (can_read && kr_io_check_readable(a[0]) < 0) return -1;
    if (can_write && kr_io_check_writable(a[0]) < 0) return -1;
    ssize_t size = KR_IO_DEFAULT_BUFFER_SIZE;
    if (a[1]) {
        size = kr_number_as_ssize(a[1], kr_exc_OverflowError);
        if (size == -1 && kr_err_occurred()) return -1;
    }
    if (size <= 0) {
        kr_err_set_string(kr_exc_ValueError, "buffer size must be strictly positive");
        return -1;
    }
    KR_SETREF(b->raw, kr_newref(a[0]));
    kr_raw_free(b->rbuf);
    kr_raw_free(b->wbuf);
    b->rbuf = b->wbuf = NULL;
    b->rpos = b->rlen = b->wlen = 0;
    b->buffer_size = size;
    b->can_read = (char)can_read;
    b->can_write = (char)can_write;
    b->raw_is_fileio = KR_TYPE(a[0]) == &kr_io_fileio_type;
    b->ok = 1;
    return 0;
}

static int bufferedreader_init(KrObject *self, KrObject *args, KrObject *kwds)
{
    return buffered_init_common(self, args, kwds, "BufferedReader", 1, 0);
}

static int bufferedwriter_init(KrObject *self, KrObject *args, KrObject *kwds)
{
    return buffered_init_common(self, args, kwds, "BufferedWriter", 0, 1);
}

static int bufferedrandom_init(KrObject *self, KrObject *args, KrObject *kwds)
{
    return buffered_init_common(self, args, kwds, "BufferedRandom", 1, 1);
}

static int buffered_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KR_VISIT(BUF(self)->raw);
    return kr_io_head_traverse(self, visit, arg);
}

static int buffered_clear(KrObject *self)
{
    KrBufferedObject *b = BUF(self);
    b->ok = 0;
    KR_CLEAR(b->raw);
    kr_io_head_clear(self);
    return 0;
}

static void buffered_dealloc(KrObject *self)
{
    KrBufferedObject *b = BUF(self);
    if (b->ok) {
        b->finalizing = 1;
        if (kr_io_dealloc_finalize(self)) return;
    }
    kr_gc_untrack(self);
    if (b->weakreflist && kr_weakref_clear_refs) kr_weakref_clear_refs(self);
    KR_CLEAR(b->raw);
    kr_io_head_clear(self);
    kr_raw_free(b->rbuf);
    kr_raw_free(b->wbuf);
    b->rbuf = b->wbuf = NULL;
    KR_TYPE(self)->tp_free(self);
}

static KrObject *buffered_repr(KrObject *self)
{
    KrObject *name = NULL;
    KrObject *key = kr_str_intern_cstr("name");
    if (!key) return NULL;
    int r = kr_object_lookup_attr(self, key, &name);
    KR_DECREF(key);
    if (r < 0) {
        if (!kr_err_matches(kr_exc_ValueError)) return NULL;
        kr_err_clear();
    }
    if (!name) return kr_str_from_format("<%s>", KR_TYPE(self)->tp_name);
    int rc = kr_repr_enter(self);
    if (rc != 0) {
        KR_DECREF(name);
        if (rc > 0)
            kr_err_format(kr_exc_RuntimeError, "reentrant call inside %s.__repr__",
                          KR_TYPE(self)->tp_name);
        return NULL;
    }
    KrObject *res = kr_str_from_format("<%s name=%R>", KR_TYPE(self)->tp_name, name);
    kr_repr_leave(self);
    KR_DECREF(name);
    return res;
}

/* ---- reading ---- */

static KrObject *buffered_read_all(KrBufferedObject *b)
{
    if (b->can_write && buffered_flush_writes(b) < 0) return NULL;
    KrObject *chunks = kr_list_new(0);
    if (!chunks) return NULL;
    ssize_t avail = b->rlen - b->rpos;
    if (avail > 0) {
        KrObject *head = kr_bytes_from(b->rbuf + b->rpos, avail);
        if (!head || kr_list_append_steal(chunks, head) < 0) goto fail;
    }
    b->rpos = b->rlen = 0;
    KrObject *readall = NULL;
    if (kr_io_lookup_attr(b->raw, "readall", &readall) < 0) goto fail;
    if (readall) {
        KrObject *data = kr_object_call_noargs(readall);
        KR_DECREF(readall);
        if (!data) goto fail;
        if (data == KR_NONE) {
            if (KR_SIZE(chunks) == 0) { KR_DECREF(chunks); return data; }
            KR_DECREF(data);
        } else {
            if (!KR_BYTES_CHECK(data)) {
                KR_DECREF(data);
                kr_err_set_string(kr_exc_TypeError, "readall() should return bytes");
                goto fail;
            }
            if (kr_list_append_steal(chunks, data) < 0) goto fail;
        }
    } else {
        for (;;) {
            KrObject *data = kr_object_call_method_str(b->raw, "read", NULL, 0);
            if (!data) goto fail;
            if (data == KR_NONE) {
                if (KR_SIZE(chunks) == 0) { KR_DECREF(chunks); return data; }
                KR_DECREF(data);
                break;
            }
            if (!KR_BYTES_CHECK(data)) {
                KR_DECREF(data);
                kr_err_set_string(kr_exc_TypeError, "read() should return bytes");
                goto fail;
            }
            if (KR_BYTES_LEN(data) == 0) { KR_DECREF(data); break; }
            if (kr_list_append_steal(chunks, data) < 0) goto fail;
        }
    }
    if (KR_SIZE(chunks) == 1) {
        KrObject *one = kr_newref(kr_list_get_borrow(chunks, 0));
        KR_DECREF(chunks);
        return one;
    }
    KrObject *empty = kr_bytes_from("", 0);
    KrObject *r = empty ? kr_bytes_join(empty, chunks) : NULL;
    KR_XDECREF(empty);
    KR_DECREF(chunks);
    return r;
fail:
    KR_DECREF(chunks);
    return NULL;
}

/* Reads n >= 0 bytes (fewer at EOF). None if a non-blocking raw stream
 * gave nothing at all. */
static KrObject *buffered_read_n(KrBufferedObject *b, ssize_t n)
{
    ssize_t avail = b->rlen - b->rpos;
    if (n <= avail) {
        KrObject *r = kr_bytes_from(n ? b->rbuf + b->rpos : "", n);
        if (r) b->rpos += n;
        return r;
    }
    if (b->can_write && buffered_flush_writes(b) < 0) return NULL;
    KrObject *res = kr_bytes_from(NULL, n);
    if (!res) return NULL;
    char *out = KR_BYTES_DATA(res);
    if (avail > 0) memcpy(out, b->rbuf + b->rpos, (size_t)avail);
    ssize_t written = avail;
    b->rpos = b->rlen = 0;
    int blocked = 0, eof = 0;
    /* whole blocks go straight into the result (CPython's MINUS_LAST_BLOCK) */
    while (written < n) {
        ssize_t remaining = n - written;
        ssize_t block = remaining - remaining % b->buffer_size;
        if (block == 0) break;
        ssize_t r = buffered_raw_read(b, out + written, block);
        if (r == -1) { KR_DECREF(res); return NULL; }
        if (r == -2) { blocked = 1; break; }
        if (r == 0) { eof = 1; break; }
        written += r;
    }
    /* the rest through the buffer */
    while (written < n && !blocked && !eof) {
        ssize_t remaining = n - written;
        ssize_t r = buffered_fill(b);
        if (r == -1) { KR_DECREF(res); return NULL; }
        if (r == -2) { blocked = 1; break; }
        if (r == 0) break;
        ssize_t take = r < remaining ? r : remaining;
        memcpy(out + written, b->rbuf, (size_t)take);
        b->rpos = take;
        written += take;
    }
    if (blocked && written == 0) { KR_DECREF(res); KR_RETURN_NONE; }
    if (written != n && kr_bytes_resize(&res, written) < 0) return NULL;
    return res;
}

static KrObject *buffered_read(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrBufferedObject *b = BUF(self);
    ssize_t n = -1;
    if (kr_args_check_count("read", nargs, 0, 1) < 0) return NULL;
    if (nargs == 1 && kr_io_size_arg(args[0], &n) < 0) return NULL;
    if (buffered_check_init(b) < 0) return NULL;
    if (n < -1) {
        kr_err_set_string(kr_exc_ValueError, "read length must be non-negative or -1");
        return NULL;
    }
    if (buffered_check(b, "read") < 0) return NULL;
    if (n == -1) return buffered_read_all(b);
    return buffered_read_n(b, n);
}

KrObject *kr_io_buffered_read1(KrObject *self, ssize_t n)
{
    KrBufferedObject *b = BUF(self);
    if (buffered_check(b, "read") < 0) return NULL;
    if (n < 0) n = b->buffer_size;
    if (n == 0) return kr_bytes_from("", 0);
    ssize_t avail = b->rlen - b->rpos;
    if (avail == 0) {
        /* nothing buffered: one raw read straight into the result */
        if (b->can_write && buffered_flush_writes(b) < 0) return NULL;
        b->rpos = b->rlen = 0;
        KrObject *res = kr_bytes_from(NULL, n);
        if (!res) return NULL;
        ssize_t r = buffered_raw_read(b, KR_BYTES_DATA(res), n);
        if (r < 0) {
            KR_DECREF(res);
            if (r == -2) KR_RETURN_NONE;
            return NULL;
        }
        if (r != n && kr_bytes_resize(&res, r) < 0) return NULL;
        return res;
    }
    if (n > avail) n = avail;
    KrObject *r = kr_bytes_from(n ? b->rbuf + b->rpos : "", n);
    if (r) b->rpos += n;
    return r;
}

static KrObject *buffered_read1(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    ssize_t n = -1;
    if (kr_args_check_count("read1", nargs, 0, 1) < 0) return NULL;
    if (nargs == 1) {
        n = kr_number_as_ssize(args[0], kr_exc_OverflowError);
        if (n == -1 && kr_err_occurred()) return NULL;
    }
    return kr_io_buffered_read1(self, n);
}

static KrObject *buffered_peek(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrBufferedObject *b = BUF(self);
    if (kr_args_check_count("peek", nargs, 0, 1) < 0) return NULL;
    if (nargs == 1) {
        ssize_t unused = kr_number_as_ssize(args[0], kr_exc_OverflowError);
        if (unused == -1 && kr_err_occurred()) return NULL;
    }
    if (buffered_check(b, "peek") < 0) return NULL;
    if (b->can_write) {
        /* BufferedRandom: flush and rewind, then read afresh (as CPython) */
        if (buffered_flush_writes(b) < 0 || buffered_drop_readahead(b) < 0) return NULL;
    }
    if (b->rlen - b->rpos == 0) {
        ssize_t r = buffered_fill(b);
        if (r == -1) return NULL;
        if (r == -2) return kr_bytes_from("", 0);
    }
    return kr_bytes_from(b->rlen > b->rpos ? b->rbuf + b->rpos : "", b->rlen - b->rpos);
}

static KrObject *buffered_readinto_generic(KrObject *self, KrObject *arg, int one, const char *what)
{
    KrBufferedObject *b = BUF(self);
    if (buffered_check(b, what) < 0) return NULL;
    KrBuffer view;
    if (kr_object_get_buffer(arg, &view, KR_BUF_WRITABLE) < 0) {
        kr_err_clear();
        return kr_err_format(kr_exc_TypeError, "%s() argument must be read-write bytes-like "
                             "object, not %s", what, kr_io_type_name(arg));
    }
    KrObject *data = one ? kr_io_buffered_read1(self, view.len) : buffered_read_n(b, view.len);
    if (!data) { kr_buffer_release(&view); return NULL; }
    if (data == KR_NONE) { kr_buffer_release(&view); return data; }
    ssize_t n = KR_BYTES_LEN(data);
    memcpy(view.buf, KR_BYTES_DATA(data), (size_t)n);
    KR_DECREF(data);
    kr_buffer_release(&view);
    return kr_int_from_ssize(n);
}

static KrObject *buffered_readinto(KrObject *self, KrObject *arg)
{
    return buffered_readinto_generic(self, arg, 0, "readinto");
}

static KrObject *buffered_readinto1(KrObject *self, KrObject *arg)
{
    return buffered_readinto_generic(self, arg, 1, "readinto1");
}

/* One line (through '\n'), at most limit bytes when limit >= 0. */
static KrObject *buffered_readline_impl(KrBufferedObject *b, ssize_t limit)
{
    if (buffered_check(b, "readline") < 0) return NULL;
    if (limit == 0) return kr_bytes_from("", 0);
    /* fast path: the whole line is in the buffer */
    ssize_t avail = b->rlen - b->rpos;
    ssize_t scan = limit >= 0 && limit < avail ? limit : avail;
    if (scan > 0) {
        const char *s = b->rbuf + b->rpos;
        const char *nl = memchr(s, '\n', (size_t)scan);
        if (nl || scan == limit) {
            ssize_t n = nl ? nl - s + 1 : scan;
            KrObject *r = kr_bytes_from(s, n);
            if (r) b->rpos += n;
            return r;
        }
    }
    if (b->can_write && buffered_flush_writes(b) < 0) return NULL;
    char *out = NULL;
    ssize_t olen = 0, ocap = 0;
    for (;;) {
        avail = b->rlen - b->rpos;
        if (avail == 0) {
            ssize_t r = buffered_fill(b);
            if (r == -1) { kr_raw_free(out); return NULL; }
            if (r <= 0) break;
            avail = r;
        }
        ssize_t take = avail;
        if (limit >= 0 && take > limit - olen) take = limit - olen;
        const char *s = b->rbuf + b->rpos;
        const char *nl = memchr(s, '\n', (size_t)take);
        if (nl) take = nl - s + 1;
        if (olen + take > ocap) {
            ssize_t ncap = ocap ? ocap * 2 : 256;
            while (ncap < olen + take) ncap *= 2;
            char *no = kr_raw_realloc(out, (size_t)ncap);
            if (!no) { kr_raw_free(out); return kr_err_no_memory(); }
            out = no;
            ocap = ncap;
        }
        if (take > 0) memcpy(out + olen, s, (size_t)take);
        olen += take;
        b->rpos += take;
        if (nl || (limit >= 0 && olen >= limit)) break;
    }
    KrObject *r = kr_bytes_from(olen ? out : "", olen);
    kr_raw_free(out);
    return r;
}

static KrObject *buffered_readline(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    ssize_t limit = -1;
    if (kr_args_check_count("readline", nargs, 0, 1) < 0) return NULL;
    if (nargs == 1 && kr_io_size_arg(args[0], &limit) < 0) return NULL;
    if (buffered_check_init(BUF(self)) < 0) return NULL;
    return buffered_readline_impl(BUF(self), limit);
}

static KrObject *buffered_iternext(KrObject *self)
{
    KrBufferedObject *b = BUF(self);
    if (buffered_check_init(b) < 0) return NULL;
    KrObject *line;
    if (KR_TYPE(self) == &kr_io_bufferedreader_type || KR_TYPE(self) == &kr_io_bufferedrandom_type) {
        line = buffered_readline_impl(b, -1);
    } else {
        line = kr_object_call_method_str(self, "readline", NULL, 0);
        if (line && !KR_BYTES_CHECK(line)) {
            kr_err_format(kr_exc_OSError, "readline() should have returned a bytes object, not '%s'",
                          KR_TYPE(line)->tp_name);
            KR_DECREF(line);
            return NULL;
        }
    }
    if (line && KR_BYTES_LEN(line) == 0) {
        KR_DECREF(line);
        return NULL;
    }
    return line;
}

/* ---- writing ---- */

int kr_io_buffered_write_bytes(KrObject *self, const char *data, ssize_t len)
{
    KrBufferedObject *b = BUF(self);
    if (buffered_check_init(b) < 0) return -1;
    int closed = buffered_is_closed(b);
    if (closed < 0) return -1;
    if (closed) {
        kr_err_set_string(kr_exc_ValueError, "write to closed file");
        return -1;
    }
    if (b->can_read && b->rlen - b->rpos > 0 && buffered_drop_readahead(b) < 0) return -1;
    b->rpos = b->rlen = 0;
    if (buffered_alloc(b) < 0) return -1;
    if (b->wlen + len <= b->buffer_size) {
        memcpy(b->wbuf + b->wlen, data, (size_t)len);
        b->wlen += len;
        return 0;
    }
    if (buffered_flush_writes(b) < 0) return -1;
    if (len < b->buffer_size) {
        memcpy(b->wbuf, data, (size_t)len);
        b->wlen = len;
        return 0;
    }
    ssize_t off = 0;
    while (off < len) {
        ssize_t n = buffered_raw_write(b, data + off, len - off);
        if (n == -1) return -1;
        if (n == -2) {
            /* keep what fits; the rest is reported as not written */
            ssize_t keep = len - off < b->buffer_size ? len - off : b->buffer_size;
            memcpy(b->wbuf, data + off, (size_t)keep);
            b->wlen = keep;
            if (keep < len - off) return raise_blocking(off + keep);
            return 0;
        }
        off += n;
    }
    return 0;
}

static KrObject *buffered_write(KrObject *self, KrObject *arg)
{
    KrBufferedObject *b = BUF(self);
    if (buffered_check_init(b) < 0) return NULL;
    KrBuffer view;
    if (kr_object_get_buffer(arg, &view, KR_BUF_SIMPLE) < 0) return NULL;
    int c = buffered_is_closed(b);
    if (c != 0) {
        kr_buffer_release(&view);
        if (c > 0) kr_err_set_string(kr_exc_ValueError, "write to closed file");
        return NULL;
    }
    int rc = kr_io_buffered_write_bytes(self, view.buf, view.len);
    ssize_t n = view.len;
    kr_buffer_release(&view);
    if (rc < 0) return NULL;
    return kr_int_from_ssize(n);
}

static KrObject *buffered_flush(KrObject *self, KrObject *unused)
{
    KrBufferedObject *b = BUF(self);
    if (buffered_check_init(b) < 0) return NULL;
    if (!b->can_write) return kr_object_call_method_str(b->raw, "flush", NULL, 0);
    if (buffered_check(b, "flush") < 0) return NULL;
    if (buffered_flush_writes(b) < 0) return NULL;
    if (b->can_read && buffered_drop_readahead(b) < 0) return NULL;
    KR_RETURN_NONE;
}

/* ---- positioning ---- */

static KrObject *buffered_tell(KrObject *self, KrObject *unused)
{
    KrBufferedObject *b = BUF(self);
    if (buffered_check_init(b) < 0) return NULL;
    int64_t pos = buffered_raw_tell(b);
    if (pos < 0) return NULL;
    pos -= b->rlen - b->rpos;
    pos += b->wlen;
    if (pos < 0) pos = 0;
    return kr_int_from_i64(pos);
}

static KrObject *buffered_seek(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrBufferedObject *b = BUF(self);
    if (kr_args_check_count("seek", nargs, 1, 2) < 0) return NULL;
    if (buffered_check_init(b) < 0) return NULL;
    ssize_t whence = 0;
    if (nargs == 2) {
        whence = kr_number_as_ssize(args[1], kr_exc_OverflowError);
        if (whence == -1 && kr_err_occurred()) return NULL;
    }
    if (whence < 0 || whence > 4)
        return kr_err_format(kr_exc_ValueError, "whence value %zd unsupported", whence);
    if (buffered_check(b, "seek") < 0) return NULL;
    if (kr_io_check_seekable(b->raw) < 0) return NULL;
    KrObject *tobj = kr_number_index(args[0]);
    if (!tobj) return NULL;
    int64_t target = kr_int_as_i64(tobj);
    KR_DECREF(tobj);
    if (target == -1 && kr_err_occurred()) return NULL;
    /* a seek inside the read-ahead needs no system call */
    if ((whence == 0 || whence == 1) && b->wlen == 0 && b->rlen > 0) {
        int64_t rawpos = buffered_raw_tell(b);
        if (rawpos < 0) return NULL;
        int64_t start = rawpos - b->rlen;
        int64_t abs_target = whence == 0 ? target : rawpos - (b->rlen - b->rpos) + target;
        if (abs_target >= start && abs_target <= rawpos) {
            b->rpos = (ssize_t)(abs_target - start);
            return kr_int_from_i64(abs_target);
        }
    }
    if (b->can_write && buffered_flush_writes(b) < 0) return NULL;
    if (whence == 1) target -= b->rlen - b->rpos;
    b->rpos = b->rlen = 0;
    int64_t n = buffered_raw_seek(b, target, (int)whence);
    if (n < 0) return NULL;
    return kr_int_from_i64(n);
}

static KrObject *buffered_truncate(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrBufferedObject *b = BUF(self);
    if (kr_args_check_count("truncate", nargs, 0, 1) < 0) return NULL;
    if (buffered_check(b, "truncate") < 0) return NULL;
    if (!b->can_write) return kr_io_unsupported("truncate");
    if (buffered_flush_writes(b) < 0) return NULL;
    if (b->can_read && buffered_drop_readahead(b) < 0) return NULL;
    KrObject *pos = nargs == 1 ? args[0] : KR_NONE;
    return kr_object_call_method_str(b->raw, "truncate", &pos, 1);
}

/* ---- state ---- */

static KrObject *buffered_close(KrObject *self, KrObject *unused)
{
    KrBufferedObject *b = BUF(self);
    if (buffered_check_init(b) < 0) return NULL;
    int c = buffered_is_closed(b);
    if (c < 0) return NULL;
    if (c) KR_RETURN_NONE;
    if (b->finalizing) {
        KrObject *r = kr_object_call_method_str(b->raw, "_dealloc_warn", &self, 1);
        if (r) KR_DECREF(r);
        else kr_err_clear();
    }
    KrObject *r = kr_object_call_method_str(self, "flush", NULL, 0);
    KrObject *exc = r ? NULL : kr_err_fetch();
    KR_XDECREF(r);
    r = kr_object_call_method_str(b->raw, "close", NULL, 0);
    kr_raw_free(b->rbuf);
    kr_raw_free(b->wbuf);
    b->rbuf = b->wbuf = NULL;
    b->rpos = b->rlen = b->wlen = 0;
    return kr_io_close_result(r, exc);
}

static KrObject *buffered_detach(KrObject *self, KrObject *unused)
{
    KrBufferedObject *b = BUF(self);
    if (buffered_check_init(b) < 0) return NULL;
    KrObject *r = kr_object_call_method_str(self, "flush", NULL, 0);
    if (!r) return NULL;
    KR_DECREF(r);
    KrObject *raw = b->raw;
    b->raw = NULL;
    b->ok = 0;
    b->detached = 1;
    return raw;
}

static KrObject *buffered_raw_call(KrObject *self, const char *meth)
{
    KrBufferedObject *b = BUF(self);
    if (buffered_check_init(b) < 0) return NULL;
    return kr_object_call_method_str(b->raw, meth, NULL, 0);
}

static KrObject *buffered_fileno(KrObject *self, KrObject *u) { return buffered_raw_call(self, "fileno"); }
static KrObject *buffered_isatty(KrObject *self, KrObject *u) { return buffered_raw_call(self, "isatty"); }
static KrObject *buffered_seekable(KrObject *self, KrObject *u) { return buffered_raw_call(self, "seekable"); }
static KrObject *buffered_readable(KrObject *self, KrObject *u) { return buffered_raw_call(self, "readable"); }
static KrObject *buffered_writable(KrObject *self, KrObject *u) { return buffered_raw_call(self, "writable"); }

static KrObject *buffered_dealloc_warn(KrObject *self, KrObject *source)
{
    KrBufferedObject *b = BUF(self);
    if (b->ok && b->raw) {
        KrObject *r = kr_object_call_method_str(b->raw, "_dealloc_warn", &source, 1);
        if (r) KR_DECREF(r);
        else kr_err_clear();
    }
    KR_RETURN_NONE;
}

static KrObject *buffered_reduce_ex(KrObject *self, KrObject *proto)
{
    return kr_err_format(kr_exc_TypeError, "cannot pickle '%s' object", KR_TYPE(self)->tp_name);
}

static KrObject *buffered_sizeof(KrObject *self, KrObject *unused)
{
    KrBufferedObject *b = BUF(self);
    ssize_t n = (ssize_t)sizeof(KrBufferedObject);
    if (b->rbuf) n += b->buffer_size;
    if (b->wbuf) n += b->buffer_size;
    return kr_int_from_ssize(n);
}

static KrObject *buffered_get_raw_attr(KrObject *self, const char *name)
{
    KrBufferedObject *b = BUF(self);
    if (buffered_check_init(b) < 0) return NULL;
    return kr_io_getattr(b->raw, name);
}

static KrObject *buffered_get_closed(KrObject *self, void *c) { return buffered_get_raw_attr(self, "closed"); }
static KrObject *buffered_get_name(KrObject *self, void *c) { return buffered_get_raw_attr(self, "name"); }
static KrObject *buffered_get_mode(KrObject *self, void *c) { return buffered_get_raw_attr(self, "mode"); }
static KrObject *buffered_get_raw(KrObject *self, void *c)
{
    KrBufferedObject *b = BUF(self);
    if (!b->raw && b->detached) KR_RETURN_NONE;
    if (buffered_check_init(b) < 0) return NULL;
    return kr_newref(b->raw);
}
static KrObject *buffered_get_finalizing(KrObject *self, void *c)
{
    return kr_bool_from(BUF(self)->finalizing);
}

static KrGetSetDef buffered_getset[] = {
    { "closed", buffered_get_closed, NULL, NULL, NULL },
    { "name", buffered_get_name, NULL, NULL, NULL },
    { "mode", buffered_get_mode, NULL, NULL, NULL },
    { "raw", buffered_get_raw, NULL, NULL, NULL },
    { "_finalizing", buffered_get_finalizing, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

#define BUFFERED_COMMON_METHODS \
    { "detach", (void *)buffered_detach, KR_METH_NOARGS, NULL }, \
    { "flush", (void *)buffered_flush, KR_METH_NOARGS, NULL }, \
    { "close", (void *)buffered_close, KR_METH_NOARGS, NULL }, \
    { "seekable", (void *)buffered_seekable, KR_METH_NOARGS, NULL }, \
    { "fileno", (void *)buffered_fileno, KR_METH_NOARGS, NULL }, \
    { "isatty", (void *)buffered_isatty, KR_METH_NOARGS, NULL }, \
    { "_dealloc_warn", (void *)buffered_dealloc_warn, KR_METH_O, NULL }, \
    { "seek", (void *)buffered_seek, KR_METH_FASTCALL, NULL }, \
    { "tell", (void *)buffered_tell, KR_METH_NOARGS, NULL }, \
    { "truncate", (void *)buffered_truncate, KR_METH_FASTCALL, NULL }, \
    { "__reduce_ex__", (void *)buffered_reduce_ex, KR_METH_O, NULL }, \
    { "__sizeof__", (void *)buffered_sizeof, KR_METH_NOARGS, NULL }

#define BUFFERED_READ_METHODS \
    { "readable", (void *)buffered_readable, KR_METH_NOARGS, NULL }, \
    { "read", (void *)buffered_read, KR_METH_FASTCALL, NULL }, \
    { "peek", (void *)buffered_peek, KR_METH_FASTCALL, NULL }, \
    { "read1", (void *)buffered_read1, KR_METH_FASTCALL, NULL }, \
    { "readinto", (void *)buffered_readinto, KR_METH_O, NULL }, \
    { "readinto1", (void *)buffered_readinto1, KR_METH_O, NULL }, \
    { "readline", (void *)buffered_readline, KR_METH_FASTCALL, NULL }

#define BUFFERED_WRITE_METHODS \
    { "writable", (void *)buffered_writable, KR_METH_NOARGS, NULL }, \
    { "write", (void *)buffered_write, KR_METH_O, NULL }

static KrMethodDef bufferedreader_methods[] = {
    BUFFERED_COMMON_METHODS, BUFFERED_READ_METHODS, { NULL, NULL, 0, NULL },
};
static KrMethodDef bufferedwriter_methods[] = {
    BUFFERED_COMMON_METHODS, BUFFERED_WRITE_METHODS, { NULL, NULL, 0, NULL },
};
static KrMethodDef bufferedrandom_methods[] = {
    BUFFERED_COMMON_METHODS, BUFFERED_READ_METHODS, BUFFERED_WRITE_METHODS, { NULL, NULL, 0, NULL },
};

#define BUFFERED_TYPE_FIELDS \
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0), \
    .tp_basicsize = sizeof(KrBufferedObject), \
    .tp_dealloc = buffered_dealloc, \
    .tp_repr = buffered_repr, \
    .tp_getattro = kr_object_generic_getattr, \
    .tp_setattro = kr_object_generic_setattr, \
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_HAVE_GC, \
    .tp_traverse = buffered_traverse, \
    .tp_clear = buffered_clear, \
    .tp_weaklistoffset = offsetof(KrBufferedObject, weakreflist), \
    .tp_iternext = buffered_iternext, \
    .tp_getset = buffered_getset, \
    .tp_base = &kr_io_bufferediobase_type, \
    .tp_dictoffset = offsetof(KrBufferedObject, dict), \
    .tp_alloc = kr_object_alloc, \
    .tp_new = buffered_new, \
    .tp_free = kr_object_free

KrTypeObject kr_io_bufferedreader_type = {
    BUFFERED_TYPE_FIELDS,
    .tp_name = "_io.BufferedReader",
    .tp_doc = "Create a new buffered reader using the given readable raw IO object.",
    .tp_methods = bufferedreader_methods,
    .tp_init = bufferedreader_init,
};

KrTypeObject kr_io_bufferedwriter_type = {
    BUFFERED_TYPE_FIELDS,
    .tp_name = "_io.BufferedWriter",
    .tp_doc = "A buffer for a writeable sequential RawIO object.",
    .tp_methods = bufferedwriter_methods,
    .tp_init = bufferedwriter_init,
};

KrTypeObject kr_io_bufferedrandom_type = {
    BUFFERED_TYPE_FIELDS,
    .tp_name = "_io.BufferedRandom",
    .tp_doc = "A buffered interface to random access streams.",
    .tp_methods = bufferedrandom_methods,
    .tp_init = bufferedrandom_init,
};

/* ---- BufferedRWPair: a reader and a writer joined ---- */

typedef struct {
    KR_IO_HEAD
    KrObject *reader, *writer;   /* BufferedReader, BufferedWriter */
} KrRWPairObject;

#define RWP(o) ((KrRWPairObject *)(o))

static KrObject *rwpair_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    KrObject *p = type->tp_alloc(type, 0);
    if (!p) return NULL;
    kr_gc_track(p);
    return p;
}

/* BufferedRWPair(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE) */
static int rwpair_init(KrObject *self, KrObject *args, KrObject *kwds)
{
    if (kr_modargs_has_kwargs(kwds)) {
        kr_err_set_string(kr_exc_TypeError, "BufferedRWPair() takes no keyword arguments");
        return -1;
    }
    ssize_t n = KR_SIZE(args);
    if (n < 2 || n > 3) {
        kr_err_format(kr_exc_TypeError, "BufferedRWPair expected %s %d arguments, got %zd",
                      n < 2 ? "at least" : "at most", n < 2 ? 2 : 3, n);
        return -1;
    }
    KrObject *const *a = KR_TUPLE_ITEMS(args);
    if (kr_io_check_readable(a[0]) < 0 || kr_io_check_writable(a[1]) < 0) return -1;
    KrObject *ra[2] = { a[0], n == 3 ? a[2] : NULL };
    KrObject *reader = kr_object_vectorcall((KrObject *)&kr_io_bufferedreader_type, ra,
                                            n == 3 ? 2 : 1, NULL);
    if (!reader) return -1;
    KrObject *wa[2] = { a[1], n == 3 ? a[2] : NULL };
    KrObject *writer = kr_object_vectorcall((KrObject *)&kr_io_bufferedwriter_type, wa,
                                            n == 3 ? 2 : 1, NULL);
    if (!writer) { KR_DECREF(reader); return -1; }
    KR_SETREF(RWP(self)->reader, reader);
    KR_SETREF(RWP(self)->writer, writer);
    return 0;
}

static int rwpair_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KR_VISIT(RWP(self)->reader);
    KR_VISIT(RWP(self)->writer);
    return kr_io_head_traverse(self, visit, arg);
}

static int rwpair_clear(KrObject *self)
{
    KR_CLEAR(RWP(self)->reader);
    KR_CLEAR(RWP(self)->writer);
    kr_io_head_clear(self);
    return 0;
}

static void rwpair_dealloc(KrObject *self)
{
    kr_gc_untrack(self);
    if (RWP(self)->weakreflist && kr_weakref_clear_refs) kr_weakref_clear_refs(self);
    rwpair_clear(self);
    KR_TYPE(self)->tp_free(self);
}

/* Forwards a call to the reader (or writer), as CPython's _forward_call. */
static KrObject *rwpair_forward(KrObject *self, int to_writer, const char *meth, KrObject *const *args,
                                ssize_t nargs)
{
    KrObject *target = to_writer ? RWP(self)->writer : RWP(self)->reader;
    if (!target) {
        kr_err_set_string(kr_exc_ValueError, "I/O operation on uninitialized object");
        return NULL;
    }
    return kr_object_call_method_str(target, meth, args, (size_t)nargs);
}

static KrObject *rwpair_read(KrObject *s, KrObject *const *a, ssize_t n) { return rwpair_forward(s, 0, "read", a, n); }
static KrObject *rwpair_peek(KrObject *s, KrObject *const *a, ssize_t n) { return rwpair_forward(s, 0, "peek", a, n); }
static KrObject *rwpair_read1(KrObject *s, KrObject *const *a, ssize_t n) { return rwpair_forward(s, 0, "read1", a, n); }
static KrObject *rwpair_readinto(KrObject *s, KrObject *const *a, ssize_t n) { return rwpair_forward(s, 0, "readinto", a, n); }
static KrObject *rwpair_readinto1(KrObject *s, KrObject *const *a, ssize_t n) { return rwpair_forward(s, 0, "readinto1", a, n); }
static KrObject *rwpair_write(KrObject *s, KrObject *const *a, ssize_t n) { return rwpair_forward(s, 1, "write", a, n); }
static KrObject *rwpair_flush(KrObject *s, KrObject *u) { return rwpair_forward(s, 1, "flush", NULL, 0); }
static KrObject *rwpair_readable(KrObject *s, KrObject *u) { return rwpair_forward(s, 0, "readable", NULL, 0); }
static KrObject *rwpair_writable(KrObject *s, KrObject *u) { return rwpair_forward(s, 1, "writable", NULL, 0); }

static KrObject *rwpair_close(KrObject *self, KrObject *unused)
{
    KrObject *r = rwpair_forward(self, 1, "close", NULL, 0);
    KrObject *exc = r ? NULL : kr_err_fetch();
    KR_XDECREF(r);
    r = rwpair_forward(self, 0, "close", NULL, 0);
    if (exc) {
        if (r) { KR_DECREF(r); kr_err_restore(exc); return NULL; }
        KR_DECREF(exc);
        return NULL;
    }
    return r;
}

static KrObject *rwpair_isatty(KrObject *self, KrObject *unused)
{
    KrObject *r = rwpair_forward(self, 1, "isatty", NULL, 0);
    if (!r || r != KR_FALSE) return r;
    KR_DECREF(r);
    return rwpair_forward(self, 0, "isatty", NULL, 0);
}

static KrObject *rwpair_get_closed(KrObject *self, void *c)
{
    if (!RWP(self)->writer) {
        kr_err_set_string(kr_exc_RuntimeError, "the BufferedRWPair object is being garbage-collected");
        return NULL;
    }
    return kr_io_getattr(RWP(self)->writer, "closed");
}

static KrMethodDef rwpair_methods[] = {
    { "read", (void *)rwpair_read, KR_METH_FASTCALL, NULL },
    { "peek", (void *)rwpair_peek, KR_METH_FASTCALL, NULL },
    { "read1", (void *)rwpair_read1, KR_METH_FASTCALL, NULL },
    { "readinto", (void *)rwpair_readinto, KR_METH_FASTCALL, NULL },
    { "readinto1", (void *)rwpair_readinto1, KR_METH_FASTCALL, NULL },
    { "write", (void *)rwpair_write, KR_METH_FASTCALL, NULL },
    { "flush", (void *)rwpair_flush, KR_METH_NOARGS, NULL },
    { "readable", (void *)rwpair_readable, KR_METH_NOARGS, NULL },
    { "writable", (void *)rwpair_writable, KR_METH_NOARGS, NULL },
    { "close", (void *)rwpair_close, KR_METH_NOARGS, NULL },
    { "isatty", (void *)rwpair_isatty, KR_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static KrGetSetDef rwpair_getset[] = {
    { "closed", rwpair_get_closed, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrTypeObject kr_io_bufferedrwpair_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "_io.BufferedRWPair",
    .tp_basicsize = sizeof(KrRWPairObject),
    .tp_dealloc = rwpair_dealloc,
    .tp_getattro = kr_object_generic_getattr,
    .tp_setattro = kr_object_generic_setattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_HAVE_GC,
    .tp_doc = "A buffered reader and writer object together.",
    .tp_traverse = rwpair_traverse,
    .tp_clear = rwpair_clear,
    .tp_weaklistoffset = offsetof(KrRWPairObject, weakreflist),
    .tp_methods = rwpair_methods,
    .tp_getset = rwpair_getset,
    .tp_base = &kr_io_bufferediobase_type,
    .tp_dictoffset = offsetof(KrRWPairObject, dict),
    .tp_init = rwpair_init,
    .tp_alloc = kr_object_alloc,
    .tp_new = rwpair_new,
    .tp_free = kr_object_free,
};
