/* io_fileio.c — _io.FileIO: raw, unbuffered binary I/O on an OS file
 * descriptor (open/read/write/lseek/ftruncate/close), with CPython's mode
 * parsing, error messages and OSError subclasses carrying the file name. */
#include "io.h"
#include "posixmodule.h"
#include "modargs.h"
#include "../objects/type.h"
#include "../objects/str.h"
#include "../objects/bytes.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../memory/gc.h"
#include "../memory/mem.h"
#include "../vm/err.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define FIO(o) ((KrFileIOObject *)(o))

/* FileIO's own closed check (no final period, as CPython's fileio.c). */
static int fileio_check_open(KrFileIOObject *f)
{
    if (f->fd < 0) {
        kr_err_set_string(kr_exc_ValueError, "I/O operation on closed file");
        return -1;
    }
    return 0;
}

static KrObject *fileio_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    KrFileIOObject *f = (KrFileIOObject *)type->tp_alloc(type, 0);
    if (!f) return NULL;
    f->fd = -1;
    f->closefd = 1;
    f->seekable = -1;
    f->blksize = 0;
    kr_gc_track(f);
    return (KrObject *)f;
}

/* Parses a FileIO mode string into the flags. 0 or -1 with ValueError. */
static int fileio_parse_mode(KrFileIOObject *f, KrObject *modeobj, int *flags)
{
    const char *mode = kr_str_as_utf8(modeobj, NULL);
    if (!mode) return -1;
    int rwa = 0, plus = 0;
    *flags = 0;
    f->created = f->readable = f->writable = f->appending = 0;
    for (const char *s = mode; *s; s++) {
        switch (*s) {
        case 'x':
            if (rwa) goto bad_mode;
            rwa = 1;
            f->created = f->writable = 1;
            *flags |= O_EXCL | O_CREAT;
            break;
        case 'r':
            if (rwa) goto bad_mode;
            rwa = 1;
            f->readable = 1;
            break;
        case 'w':
            if (rwa) goto bad_mode;
            rwa = 1;
            f->writable = 1;
            *flags |= O_CREAT | O_TRUNC;
            break;
        case 'a':
            if (rwa) goto bad_mode;
            rwa = 1;
            f->writable = f->appending = 1;
            *flags |= O_APPEND | O_CREAT;
            break;
        case 'b':
            break;
        case '+':
            if (plus) goto bad_mode;
            f->readable = f->writable = 1;
            plus = 1;
            break;
        default:
            kr_err_format(kr_exc_ValueError, "invalid mode: %.200s", mode);
            return -1;
        }
    }
    if (!rwa) goto bad_mode;
    if (f->readable && f->writable) *flags |= O_RDWR;
    else if (f->readable) *flags |= O_RDONLY;
    else *flags |= O_WRONLY;
    *flags |= O_CLOEXEC;
    return 0;
bad_mode:
    kr_err_set_string(kr_exc_ValueError,
                      "Must have exactly one of create/read/write/append mode and at most one plus");
    return -1;
}

/* The file name as bytes for open(2) (str: UTF-8 with surrogateescape). */
static KrObject *fileio_encode_name(KrObject *name)
{
    KrObject *p = kr_posix_fspath(name);
    if (!p) return NULL;
    KrObject *b;
    if (KR_STR_CHECK(p)) {
        b = kr_str_encode(p, "utf-8", "surrogateescape");
    } else {
        b = kr_bytes_from(KR_BYTES_DATA(p), KR_BYTES_LEN(p));
    }
    KR_DECREF(p);
    if (!b) return NULL;
    if ((ssize_t)strlen(KR_BYTES_DATA(b)) != KR_BYTES_LEN(b)) {
        KR_DECREF(b);
        kr_err_set_string(kr_exc_ValueError, "embedded null byte");
        return NULL;
    }
    return b;
}

static int fileio_internal_close(KrFileIOObject *f)
{
    int fd = f->fd;
    f->fd = -1;
    if (fd >= 0 && close(fd) < 0) {
        kr_err_from_errno(kr_exc_OSError);
        return -1;
    }
    return 0;
}

/* FileIO(file, mode='r', closefd=True, opener=None) */
static int fileio_init(KrObject *self, KrObject *args, KrObject *kwds)
{
    static const char *const names[] = { "file", "mode", "closefd", "opener", NULL };
    static const KrArgSpec spec = { "FileIO", names, 0, 4, 1 };
    KrObject *a[4];
    KrFileIOObject *f = FIO(self);
    if (kr_modargs_parse_tuple(&spec, args, kwds, a) < 0) return -1;
    KrObject *nameobj = a[0];
    if (f->fd >= 0) {
        /* re-initialisation: drop the previous file */
        if (f->closefd) {
            if (fileio_internal_close(f) < 0) return -1;
        } else {
            f->fd = -1;
        }
    }
    if (a[1] && !KR_STR_CHECK(a[1])) {
        kr_err_format(kr_exc_TypeError, "FileIO() argument 'mode' must be str, not %s",
                      a[1] == KR_NONE ? "None" : KR_TYPE(a[1])->tp_name);
        return -1;
    }
    int closefd = 1;
    if (a[2]) {
        ssize_t c = kr_number_as_ssize(a[2], kr_exc_OverflowError);
        if (c == -1 && kr_err_occurred()) return -1;
        closefd = c != 0;
    }
    int fd = -1;
    KrObject *encoded = NULL;
    int overflow = 0;
    int64_t v = 0;
    if (KR_TYPE_CHECK_EXACT_OR_SUB(nameobj, &kr_int_type))
        v = kr_int_as_i64_overflow(nameobj, &overflow);
    /* an int beyond a C int is taken for a path, as CPython does (which
     * then refuses it: "expected str, bytes or os.PathLike object") */
    if (KR_TYPE_CHECK_EXACT_OR_SUB(nameobj, &kr_int_type) && !overflow &&
        v >= INT_MIN && v <= INT_MAX) {
        if (v < 0) {
            kr_err_set_string(kr_exc_ValueError, "negative file descriptor");
            return -1;
        }
        fd = (int)v;
    } else {
        encoded = fileio_encode_name(nameobj);
        if (!encoded) return -1;
    }
    int flags;
    KrObject *modeobj = a[1];
    KrObject *dflt_mode = NULL;
    if (!modeobj) modeobj = dflt_mode = kr_str_from_cstr("r");
    if (!modeobj) goto fail;
    int rc = fileio_parse_mode(f, modeobj, &flags);
    KR_XDECREF(dflt_mode);
    if (rc < 0) goto fail;

    if (fd >= 0) {
        f->fd = fd;
        f->closefd = closefd;
    } else {
        f->closefd = 1;
        if (!closefd) {
            kr_err_set_string(kr_exc_ValueError, "Cannot use closefd=False with file name");
            goto fail;
        }
        if (!a[3] || a[3] == KR_NONE) {
            for (;;) {
                fd = open(KR_BYTES_DATA(encoded), flags, 0666);
                if (fd < 0 && errno == EINTR) continue;
                break;
            }
            if (fd < 0) {
                kr_err_from_errno_filename(kr_exc_OSError, nameobj);
                goto fail;
            }
        } else {
            KrObject *fl = kr_int_from_i64(flags);
            if (!fl) goto fail;
            KrObject *r = kr_object_call_two(a[3], nameobj, fl);
            KR_DECREF(fl);
            if (!r) goto fail;
            if (!KR_TYPE_CHECK_EXACT_OR_SUB(r, &kr_int_type)) {
                KR_DECREF(r);
                kr_err_set_string(kr_exc_TypeError, "expected integer from opener");
                goto fail;
            }
            int64_t v = kr_int_as_i64(r);
            KR_DECREF(r);
            if (v == -1 && kr_err_occurred()) goto fail;
            if (v < 0) {
                kr_err_format(kr_exc_ValueError, "opener returned %lld", (long long)v);
                goto fail;
            }
            fd = (int)v;
        }
        f->fd = fd;
    }
    f->blksize = KR_IO_DEFAULT_BUFFER_SIZE;
    struct stat st;
    if (fstat(f->fd, &st) < 0) {
        /* a bad descriptor is reported; other failures are tolerated */
        if (errno == EBADF) {
            kr_err_from_errno(kr_exc_OSError);
            goto fail_opened;
        }
    } else {
        if (S_ISDIR(st.st_mode)) {
            errno = EISDIR;
            kr_err_from_errno_filename(kr_exc_OSError, nameobj);
            goto fail_opened;
        }
        if (st.st_blksize > 1) f->blksize = (long)st.st_blksize;
    }
    if (kr_object_setattr_str(self, "name", nameobj) < 0) goto fail_opened;
    if (f->appending) {
        /* as CPython: position at the end so that tell() is right */
        if (lseek(f->fd, 0, SEEK_END) < 0) {
            kr_err_from_errno(kr_exc_OSError);
            goto fail_opened;
        }
    }
    f->seekable = -1;
    KR_XDECREF(encoded);
    return 0;
fail_opened:
    if (f->closefd && f->fd >= 0) close(f->fd);
    f->fd = -1;
fail:
    KR_XDECREF(encoded);
    return -1;
}

static int fileio_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    return kr_io_head_traverse(self, visit, arg);
}

static int fileio_clear(KrObject *self)
{
    kr_io_head_clear(self);
    return 0;
}

static void fileio_dealloc(KrObject *self)
{
    KrFileIOObject *f = FIO(self);
    if (kr_io_dealloc_finalize(self)) return;
    kr_gc_untrack(self);
    if (f->fd >= 0 && f->closefd) close(f->fd);
    f->fd = -1;
    if (f->weakreflist && kr_weakref_clear_refs) kr_weakref_clear_refs(self);
    kr_io_head_clear(self);
    KR_TYPE(self)->tp_free(self);
}

static const char *fileio_mode_string(KrFileIOObject *f)
{
    if (f->created) return f->readable ? "xb+" : "xb";
    if (f->appending) return f->readable ? "ab+" : "ab";
    if (f->readable) return f->writable ? "rb+" : "rb";
    return "wb";
}

static KrObject *fileio_repr(KrObject *self)
{
    KrFileIOObject *f = FIO(self);
    if (f->fd < 0) return kr_str_from_cstr("<_io.FileIO [closed]>");
    KrObject *name = NULL;
    KrObject *key = kr_str_intern_cstr("name");
    if (!key) return NULL;
    int r = kr_object_lookup_attr(self, key, &name);
    KR_DECREF(key);
    if (r < 0) return NULL;
    const char *cfd = f->closefd ? "True" : "False";
    if (!name)
        return kr_str_from_format("<_io.FileIO fd=%d mode='%s' closefd=%s>", f->fd,
                                  fileio_mode_string(f), cfd);
    int rc = kr_repr_enter(self);
    if (rc != 0) {
        KR_DECREF(name);
        if (rc > 0)
            kr_err_format(kr_exc_RuntimeError, "reentrant call inside %s.__repr__",
                          KR_TYPE(self)->tp_name);
        return NULL;
    }
    KrObject *res = kr_str_from_format("<_io.FileIO name=%R mode='%s' closefd=%s>", name,
                                       fileio_mode_string(f), cfd);
    kr_repr_leave(self);
    KR_DECREF(name);
    return res;
}

/* ---- reading ---- */

static int fileio_check_readable(KrFileIOObject *f)
{
    if (fileio_check_open(f) < 0) return -1;
    if (!f->readable) {
        kr_io_unsupported("File not open for reading");
        return -1;
    }
    return 0;
}

static int fileio_check_writable(KrFileIOObject *f)
{
    if (fileio_check_open(f) < 0) return -1;
    if (!f->writable) {
        kr_io_unsupported("File not open for writing");
        return -1;
    }
    return 0;
}

/* read(2) retrying on EINTR: bytes read, -2 for EAGAIN (no data on a
 * non-blocking fd), or -1 with OSError. */
static ssize_t fileio_read_fd(int fd, void *buf, size_t n)
{
    for (;;) {
        ssize_t r = read(fd, buf, n);
        if (r >= 0) return r;
        if (errno == EINTR) continue;
        if (errno == EAGAIN) return -2;
        kr_err_from_errno(kr_exc_OSError);
        return -1;
    }
}

static KrObject *fileio_readall(KrObject *self, KrObject *unused)
{
    KrFileIOObject *f = FIO(self);
    if (fileio_check_open(f) < 0) return NULL;
    size_t bufsize = KR_IO_DEFAULT_BUFFER_SIZE;
    struct stat st;
    off_t pos = lseek(f->fd, 0, SEEK_CUR);
    if (fstat(f->fd, &st) == 0 && S_ISREG(st.st_mode) && pos >= 0 && st.st_size >= pos)
        bufsize = (size_t)(st.st_size - pos) + 1;
    char *buf = kr_raw_alloc(bufsize);
    if (!buf) return kr_err_no_memory();
    size_t len = 0;
    for (;;) {
        if (len == bufsize) {
            size_t nsize = bufsize + (bufsize >> 1) + KR_IO_DEFAULT_BUFFER_SIZE;
            char *nb = kr_raw_realloc(buf, nsize);
            if (!nb) { kr_raw_free(buf); return kr_err_no_memory(); }
            buf = nb;
            bufsize = nsize;
        }
        ssize_t n = fileio_read_fd(f->fd, buf + len, bufsize - len);
        if (n == -1) { kr_raw_free(buf); return NULL; }
        if (n == -2) {
            if (len == 0) { kr_raw_free(buf); KR_RETURN_NONE; }
            break;
        }
        if (n == 0) break;
        len += (size_t)n;
    }
    KrObject *r = kr_bytes_from(buf, (ssize_t)len);
    kr_raw_free(buf);
    return r;
}

static KrObject *fileio_read(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrFileIOObject *f = FIO(self);
    ssize_t size = -1;
    if (kr_args_check_count("read", nargs, 0, 1) < 0) return NULL;
    if (nargs == 1 && kr_io_size_arg(args[0], &size) < 0) return NULL;
    if (fileio_check_readable(f) < 0) return NULL;
    if (size < 0) return fileio_readall(self, NULL);
    KrObject *b = kr_bytes_from(NULL, size);
    if (!b) return NULL;
    ssize_t n = fileio_read_fd(f->fd, KR_BYTES_DATA(b), (size_t)size);
    if (n < 0) {
        KR_DECREF(b);
        if (n == -2) KR_RETURN_NONE;
        return NULL;
    }
    if (n != size && kr_bytes_resize(&b, n) < 0) return NULL;
    return b;
}

static KrObject *fileio_readinto(KrObject *self, KrObject *arg)
{
    KrFileIOObject *f = FIO(self);
    if (fileio_check_readable(f) < 0) return NULL;
    KrBuffer view;
    if (!kr_object_check_buffer(arg)) {
        return kr_err_format(kr_exc_TypeError, "readinto() argument must be read-write bytes-like "
                             "object, not %s", kr_io_type_name(arg));
    }
    if (kr_object_get_buffer(arg, &view, KR_BUF_WRITABLE) < 0) {
        kr_err_clear();
        return kr_err_format(kr_exc_TypeError, "readinto() argument must be read-write bytes-like "
                             "object, not %s", kr_io_type_name(arg));
    }
    ssize_t n = fileio_read_fd(f->fd, view.buf, (size_t)view.len);
    kr_buffer_release(&view);
    if (n == -1) return NULL;
    if (n == -2) KR_RETURN_NONE;
    return kr_int_from_ssize(n);
}

/* ---- writing ---- */

static KrObject *fileio_write(KrObject *self, KrObject *arg)
{
    KrFileIOObject *f = FIO(self);
    if (fileio_check_writable(f) < 0) return NULL;
    KrBuffer view;
    if (kr_object_get_buffer(arg, &view, KR_BUF_SIMPLE) < 0) return NULL;
    ssize_t n;
    for (;;) {
        n = write(f->fd, view.buf, (size_t)view.len);
        if (n < 0 && errno == EINTR) continue;
        break;
    }
    kr_buffer_release(&view);
    if (n < 0) {
        if (errno == EAGAIN) KR_RETURN_NONE;
        return kr_err_from_errno(kr_exc_OSError);
    }
    return kr_int_from_ssize(n);
}

/* ---- positioning ---- */

static KrObject *fileio_seek(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrFileIOObject *f = FIO(self);
    if (kr_args_check_count("seek", nargs, 1, 2) < 0) return NULL;
    if (fileio_check_open(f) < 0) return NULL;
    KrObject *posobj = kr_number_index(args[0]);
    if (!posobj) return NULL;
    int64_t pos = kr_int_as_i64(posobj);
    KR_DECREF(posobj);
    if (pos == -1 && kr_err_occurred()) return NULL;
    int whence = 0;
    if (nargs == 2) {
        ssize_t w = kr_number_as_ssize(args[1], kr_exc_OverflowError);
        if (w == -1 && kr_err_occurred()) return NULL;
        whence = (int)w;
    }
    off_t r = lseek(f->fd, (off_t)pos, whence);
    if (r < 0) return kr_err_from_errno(kr_exc_OSError);
    if (f->seekable < 0) f->seekable = 1;
    return kr_int_from_i64((int64_t)r);
}

static KrObject *fileio_tell(KrObject *self, KrObject *unused)
{
    KrFileIOObject *f = FIO(self);
    if (fileio_check_open(f) < 0) return NULL;
    off_t r = lseek(f->fd, 0, SEEK_CUR);
    if (r < 0) return kr_err_from_errno(kr_exc_OSError);
    return kr_int_from_i64((int64_t)r);
}

static KrObject *fileio_truncate(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrFileIOObject *f = FIO(self);
    if (kr_args_check_count("truncate", nargs, 0, 1) < 0) return NULL;
    if (fileio_check_writable(f) < 0) return NULL;
    KrObject *sizeobj;
    if (nargs == 0 || args[0] == KR_NONE) {
        off_t r = lseek(f->fd, 0, SEEK_CUR);
        if (r < 0) return kr_err_from_errno(kr_exc_OSError);
        sizeobj = kr_int_from_i64((int64_t)r);
    } else {
        sizeobj = kr_number_index(args[0]);
    }
    if (!sizeobj) return NULL;
    int64_t size = kr_int_as_i64(sizeobj);
    if (size == -1 && kr_err_occurred()) { KR_DECREF(sizeobj); return NULL; }
    int rc;
    for (;;) {
        rc = ftruncate(f->fd, (off_t)size);
        if (rc < 0 && errno == EINTR) continue;
        break;
    }
    if (rc < 0) {
        KR_DECREF(sizeobj);
        return kr_err_from_errno(kr_exc_OSError);
    }
    return sizeobj;
}

/* ---- state ---- */

static KrObject *fileio_dealloc_warn(KrObject *self, KrObject *source)
{
    KrFileIOObject *f = FIO(self);
    if (f->fd >= 0 && f->closefd) {
        KrObject *exc = kr_err_fetch();
        KrObject *r = kr_object_repr(source);
        if (r) {
            const char *s = kr_str_as_utf8(r, NULL);
            if (s) {
                char *msg = kr_raw_alloc(strlen(s) + 16);
                if (msg) {
                    strcpy(msg, "unclosed file ");
                    strcat(msg, s);
                    if (kr_err_warn(kr_exc_ResourceWarning, msg, 1) < 0) kr_err_clear();
                    kr_raw_free(msg);
                }
            }
            KR_DECREF(r);
        }
        if (kr_err_occurred()) kr_err_clear();
        kr_err_restore(exc);
    }
    KR_RETURN_NONE;
}

static KrObject *fileio_close(KrObject *self, KrObject *unused)
{
    KrFileIOObject *f = FIO(self);
    KrObject *res = kr_io_iobase_close(self, NULL);
    KrObject *exc = res ? NULL : kr_err_fetch();
    if (!f->closefd) {
        f->fd = -1;
    } else {
        if (f->finalizing && f->fd >= 0) {
            KrObject *r = fileio_dealloc_warn(self, self);
            KR_XDECREF(r);
        }
        if (fileio_internal_close(f) < 0) {
            KR_XDECREF(res);
            if (exc) KR_DECREF(exc);   /* the close error wins, chained below */
            return NULL;
        }
    }
    if (exc) { kr_err_restore(exc); return NULL; }
    return res;
}

static KrObject *fileio_fileno(KrObject *self, KrObject *unused)
{
    if (fileio_check_open(FIO(self)) < 0) return NULL;
    return kr_int_from_i64(FIO(self)->fd);
}

static KrObject *fileio_isatty(KrObject *self, KrObject *unused)
{
    if (fileio_check_open(FIO(self)) < 0) return NULL;
    return kr_bool_from(isatty(FIO(self)->fd));
}

static KrObject *fileio_readable(KrObject *self, KrObject *unused)
{
    if (fileio_check_open(FIO(self)) < 0) return NULL;
    return kr_bool_from(FIO(self)->readable);
}

static KrObject *fileio_writable(KrObject *self, KrObject *unused)
{
    if (fileio_check_open(FIO(self)) < 0) return NULL;
    return kr_bool_from(FIO(self)->writable);
}

static KrObject *fileio_seekable(KrObject *self, KrObject *unused)
{
    KrFileIOObject *f = FIO(self);
    if (fileio_check_open(f) < 0) return NULL;
    if (f->seekable < 0) f->seekable = lseek(f->fd, 0, SEEK_CUR) >= 0;
    return kr_bool_from(f->seekable);
}

static KrObject *fileio_reduce_ex(KrObject *self, KrObject *proto)
{
    return kr_err_format(kr_exc_TypeError, "cannot pickle '%s' object", KR_TYPE(self)->tp_name);
}

static KrMethodDef fileio_methods[] = {
    { "read", (void *)fileio_read, KR_METH_FASTCALL, NULL },
    { "readall", (void *)fileio_readall, KR_METH_NOARGS, NULL },
    { "readinto", (void *)fileio_readinto, KR_METH_O, NULL },
    { "write", (void *)fileio_write, KR_METH_O, NULL },
    { "seek", (void *)fileio_seek, KR_METH_FASTCALL, NULL },
    { "tell", (void *)fileio_tell, KR_METH_NOARGS, NULL },
    { "truncate", (void *)fileio_truncate, KR_METH_FASTCALL, NULL },
    { "close", (void *)fileio_close, KR_METH_NOARGS, NULL },
    { "seekable", (void *)fileio_seekable, KR_METH_NOARGS, NULL },
    { "readable", (void *)fileio_readable, KR_METH_NOARGS, NULL },
    { "writable", (void *)fileio_writable, KR_METH_NOARGS, NULL },
    { "fileno", (void *)fileio_fileno, KR_METH_NOARGS, NULL },
    { "isatty", (void *)fileio_isatty, KR_METH_NOARGS, NULL },
    { "_dealloc_warn", (void *)fileio_dealloc_warn, KR_METH_O, NULL },
    { "__reduce_ex__", (void *)fileio_reduce_ex, KR_METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

static KrObject *fileio_get_closed(KrObject *self, void *c) { return kr_bool_from(FIO(self)->fd < 0); }
static KrObject *fileio_get_closefd(KrObject *self, void *c) { return kr_bool_from(FIO(self)->closefd); }
static KrObject *fileio_get_mode(KrObject *self, void *c)
{
    return kr_str_from_cstr(fileio_mode_string(FIO(self)));
}
static KrObject *fileio_get_finalizing(KrObject *self, void *c)
{
    return kr_bool_from(FIO(self)->finalizing);
}

static KrGetSetDef fileio_getset[] = {
    { "closed", fileio_get_closed, NULL, "True if the file is closed", NULL },
    { "closefd", fileio_get_closefd, NULL, "True if the file descriptor will be closed by close().", NULL },
    { "mode", fileio_get_mode, NULL, "String giving the file mode", NULL },
    { "_finalizing", fileio_get_finalizing, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static KrMemberDef fileio_members[] = {
    { "_blksize", KR_T_LONG, offsetof(KrFileIOObject, blksize), 0, NULL },
    { NULL, 0, 0, 0, NULL },
};

KrTypeObject kr_io_fileio_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "_io.FileIO",
    .tp_basicsize = sizeof(KrFileIOObject),
    .tp_dealloc = fileio_dealloc,
    .tp_repr = fileio_repr,
    .tp_getattro = kr_object_generic_getattr,
    .tp_setattro = kr_object_generic_setattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_HAVE_GC,
    .tp_doc = "Open a file.",
    .tp_traverse = fileio_traverse,
    .tp_clear = fileio_clear,
    .tp_weaklistoffset = offsetof(KrFileIOObject, weakreflist),
    .tp_methods = fileio_methods,
    .tp_members = fileio_members,
    .tp_getset = fileio_getset,
    .tp_base = &kr_io_rawiobase_type,
    .tp_dictoffset = offsetof(KrFileIOObject, dict),
    .tp_init = fileio_init,
    .tp_alloc = kr_object_alloc,
    .tp_new = fileio_new,
    .tp_free = kr_object_free,
};
