/* stdio.c — the interim text streams behind sys.stdin/stdout/stderr (see
 * stdio.h): UTF-8 encoding with the stream's error handler, a write buffer
 * flushed on newline (terminals), on size, on read from stdin and at exit. */
#include "stdio.h"
#include "sys.h"
#include "../objects/type.h"
#include "../objects/str.h"
#include "../objects/bytes.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/tuple.h"
#include "../objects/args.h"
#include "../memory/mem.h"
#include "../vm/err.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SIO(o) ((KrStdioObject *)(o))
#define WBUF_LIMIT 8192

/* The streams made by kr_stdio_new (borrowed; removed when freed). */
static KrStdioObject *all_streams[8];

static int stdio_check_open(KrStdioObject *s)
{
    if (s->closed) {
        kr_err_set_string(kr_exc_ValueError, "I/O operation on closed file.");
        return -1;
    }
    return 0;
}

/* Writes the whole pending buffer to the fd. 0 or -1 with OSError. */
static int stdio_flush_buffer(KrStdioObject *s)
{
    ssize_t off = 0;
    while (off < s->wlen) {
        ssize_t n = write(s->fd, s->wbuf + off, (size_t)(s->wlen - off));
        if (n < 0) {
            if (errno == EINTR) continue;
            s->wlen = 0;
            kr_err_from_errno(kr_exc_OSError);
            return -1;
        }
        off += n;
    }
    s->wlen = 0;
    return 0;
}

static int stdio_append(KrStdioObject *s, const char *data, ssize_t len)
{
    if (s->wlen + len > s->wcap) {
        ssize_t cap = s->wcap ? s->wcap : 1024;
        while (cap < s->wlen + len) cap *= 2;
        char *nb = kr_raw_realloc(s->wbuf, (size_t)cap);
        if (!nb) { kr_err_no_memory(); return -1; }
        s->wbuf = nb;
        s->wcap = cap;
    }
    memcpy(s->wbuf + s->wlen, data, (size_t)len);
    s->wlen += len;
    return 0;
}

/* Writes UTF-8 bytes through the buffer with the stream's policy. */
static int stdio_write_bytes(KrStdioObject *s, const char *data, ssize_t len, int has_newline)
{
    if (stdio_append(s, data, len) < 0) return -1;
    if (s->write_through || s->wlen >= WBUF_LIMIT || (s->line_buffering && has_newline))
        return stdio_flush_buffer(s);
    return 0;
}

KrObject *kr_stdio_new(int fd, const char *name, const char *mode, const char *errors)
{
    KrStdioObject *s = KR_NEW(KrStdioObject, &kr_stdio_type);
    if (!s) return NULL;
    s->fd = fd;
    s->readable = mode[0] == 'r';
    s->writable = mode[0] == 'w';
    s->name = kr_str_from_cstr(name);
    s->mode = kr_str_from_cstr(mode);
    s->errors = kr_str_from_cstr(errors);
    if (!s->name || !s->mode || !s->errors) { KR_DECREF(s); return NULL; }
    int tty = isatty(fd);
    s->line_buffering = (char)(tty != 0);
    for (size_t i = 0; i < sizeof all_streams / sizeof all_streams[0]; i++) {
        if (!all_streams[i]) { all_streams[i] = s; break; }
    }
    return (KrObject *)s;
}

static void stdio_dealloc(KrObject *o)
{
    KrStdioObject *s = SIO(o);
    if (s->wlen > 0) {
        KrObject *exc = kr_err_fetch();
        if (stdio_flush_buffer(s) < 0) kr_err_clear();
        kr_err_restore(exc);
    }
    for (size_t i = 0; i < sizeof all_streams / sizeof all_streams[0]; i++)
        if (all_streams[i] == s) all_streams[i] = NULL;
    KR_CLEAR(s->name);
    KR_CLEAR(s->mode);
    KR_CLEAR(s->errors);
    kr_raw_free(s->wbuf);
    kr_raw_free(s->rbuf);
    KR_TYPE(o)->tp_free(o);
}

static KrObject *stdio_repr(KrObject *o)
{
    KrStdioObject *s = SIO(o);
    return kr_str_from_format("<_io.TextIOWrapper name=%R mode=%R encoding='utf-8'>", s->name,
                              s->mode);
}

/* ---- writing ---- */

static KrObject *stdio_write(KrObject *o, KrObject *arg)
{
    KrStdioObject *s = SIO(o);
    if (stdio_check_open(s) < 0) return NULL;
    if (!KR_STR_CHECK(arg)) {
        return kr_err_format(kr_exc_TypeError, "write() argument must be str, not %s",
                             KR_TYPE(arg)->tp_name);
    }
    if (!s->writable) {
        kr_err_set_string(kr_exc_OSError, "not writable");  /* io.UnsupportedOperation */
        return NULL;
    }
    ssize_t len;
    const char *utf8 = kr_str_as_utf8(arg, &len);
    int has_nl = kr_str_find_char(arg, '\n', 0, KR_STR_LEN(arg)) >= 0;
    int rc;
    if (utf8) {
        rc = stdio_write_bytes(s, utf8, len, has_nl);
    } else {
        /* lone surrogates: encode with the stream's error handler */
        kr_err_clear();
        const char *errors = kr_str_as_utf8(s->errors, NULL);
        KrObject *b = kr_str_encode(arg, "utf-8", errors ? errors : "strict");
        if (!b) return NULL;
        rc = stdio_write_bytes(s, KR_BYTES_DATA(b), KR_BYTES_LEN(b), has_nl);
        KR_DECREF(b);
    }
    if (rc < 0) return NULL;
    return kr_int_from_ssize(KR_STR_LEN(arg));
}

KrObject *kr_stdio_write_str(KrObject *stream, KrObject *s) { return stdio_write(stream, s); }

static KrObject *stdio_flush(KrObject *o, KrObject *unused)
{
    KrStdioObject *s = SIO(o);
    if (stdio_check_open(s) < 0) return NULL;
    if (s->wlen > 0 && stdio_flush_buffer(s) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *stdio_writelines(KrObject *o, KrObject *lines)
{
    KrObject *it = kr_object_get_iter(lines);
    if (!it) return NULL;
    KrObject *line;
    while ((line = kr_iter_next(it))) {
        KrObject *r = stdio_write(o, line);
        KR_DECREF(line);
        if (!r) { KR_DECREF(it); return NULL; }
        KR_DECREF(r);
    }
    KR_DECREF(it);
    if (kr_err_occurred()) return NULL;
    KR_RETURN_NONE;
}

/* ---- reading ---- */

/* Reads more input into rbuf. 1 if data arrived, 0 at EOF, -1 on error. */
static int stdio_fill(KrStdioObject *s)
{
    if (s->at_eof) return 0;
    kr_stdio_flush_all();
    if (s->rpos > 0) {
        memmove(s->rbuf, s->rbuf + s->rpos, (size_t)(s->rlen - s->rpos));
        s->rlen -= s->rpos;
        s->rpos = 0;
    }
    if (s->rcap - s->rlen < 4096) {
        ssize_t cap = s->rcap ? s->rcap * 2 : 8192;
        char *nb = kr_raw_realloc(s->rbuf, (size_t)cap);
        if (!nb) { kr_err_no_memory(); return -1; }
        s->rbuf = nb;
        s->rcap = cap;
    }
    for (;;) {
        ssize_t n = read(s->fd, s->rbuf + s->rlen, (size_t)(s->rcap - s->rlen));
        if (n < 0) {
            if (errno == EINTR) continue;
            kr_err_from_errno(kr_exc_OSError);
            return -1;
        }
        if (n == 0) { s->at_eof = 1; return 0; }
        s->rlen += n;
        return 1;
    }
}

static KrObject *stdio_decode(KrStdioObject *s, const char *data, ssize_t len)
{
    const char *errors = kr_str_as_utf8(s->errors, NULL);
    if (errors && strcmp(errors, "surrogateescape") == 0)
        return kr_str_from_utf8_surrogateescape(data, len);
    return kr_str_from_utf8(data, len);
}

/* Takes up to `limit` characters (bytes, approximately: we never split a
 * UTF-8 sequence) ending at the first newline if `line`. */
static KrObject *stdio_read_impl(KrStdioObject *s, ssize_t limit, int line)
{
    if (stdio_check_open(s) < 0) return NULL;
    if (!s->readable) {
        kr_err_set_string(kr_exc_OSError, "not readable");
        return NULL;
    }
    ssize_t scanned = 0;
    for (;;) {
        ssize_t avail = s->rlen - s->rpos;
        char *start = s->rbuf ? s->rbuf + s->rpos : NULL;
        if (line && avail > scanned) {
            char *nl = memchr(start + scanned, '\n', (size_t)(avail - scanned));
            if (nl) { avail = nl - start + 1; break; }
            scanned = avail;
        }
        if (limit >= 0 && avail >= limit) break;
        int r = stdio_fill(s);
        if (r < 0) return NULL;
        if (r == 0) break;
    }
    ssize_t avail = s->rlen - s->rpos;
    ssize_t take = avail;
    if (line) {
        char *nl = avail > 0 ? memchr(s->rbuf + s->rpos, '\n', (size_t)avail) : NULL;
        if (nl) take = nl - (s->rbuf + s->rpos) + 1;
    }
    if (limit >= 0 && take > limit) {
        take = limit;
        /* do not cut a UTF-8 sequence */
        while (take < avail && ((unsigned char)s->rbuf[s->rpos + take] & 0xC0) == 0x80) take++;
    }
    KrObject *r = stdio_decode(s, s->rbuf ? s->rbuf + s->rpos : "", take);
    if (r) s->rpos += take;
    return r;
}

static int stdio_size_arg(KrObject *const *args, ssize_t nargs, const char *fname, ssize_t *size)
{
    *size = -1;
    if (kr_args_check_count(fname, nargs, 0, 1) < 0) return -1;
    if (nargs == 1 && args[0] != KR_NONE) {
        *size = kr_number_as_ssize(args[0], kr_exc_OverflowError);
        if (*size == -1 && kr_err_occurred()) return -1;
    }
    return 0;
}

static KrObject *stdio_read(KrObject *o, KrObject *const *args, ssize_t nargs)
{
    ssize_t size;
    if (stdio_size_arg(args, nargs, "read", &size) < 0) return NULL;
    return stdio_read_impl(SIO(o), size, 0);
}

static KrObject *stdio_readline(KrObject *o, KrObject *const *args, ssize_t nargs)
{
    ssize_t size;
    if (stdio_size_arg(args, nargs, "readline", &size) < 0) return NULL;
    return stdio_read_impl(SIO(o), size, 1);
}

static KrObject *stdio_readlines(KrObject *o, KrObject *const *args, ssize_t nargs)
{
    ssize_t hint;
    if (stdio_size_arg(args, nargs, "readlines", &hint) < 0) return NULL;
    KrObject *list = kr_list_new(0);
    if (!list) return NULL;
    ssize_t total = 0;
    for (;;) {
        KrObject *line = stdio_read_impl(SIO(o), -1, 1);
        if (!line) { KR_DECREF(list); return NULL; }
        if (KR_STR_LEN(line) == 0) { KR_DECREF(line); break; }
        total += KR_STR_LEN(line);
        int rc = kr_list_append(list, line);
        KR_DECREF(line);
        if (rc < 0) { KR_DECREF(list); return NULL; }
        if (hint > 0 && total >= hint) break;
    }
    return list;
}

static KrObject *stdio_iternext(KrObject *o)
{
    KrObject *line = stdio_read_impl(SIO(o), -1, 1);
    if (line && KR_STR_LEN(line) == 0) {
        KR_DECREF(line);
        return NULL;
    }
    return line;
}

static KrObject *stdio_iter(KrObject *o)
{
    if (stdio_check_open(SIO(o)) < 0) return NULL;
    return kr_newref(o);
}

/* ---- misc ---- */

static KrObject *stdio_fileno(KrObject *o, KrObject *unused)
{
    return kr_int_from_i64(SIO(o)->fd);
}

static KrObject *stdio_isatty(KrObject *o, KrObject *unused)
{
    if (stdio_check_open(SIO(o)) < 0) return NULL;
    return kr_bool_from(isatty(SIO(o)->fd));
}

static KrObject *stdio_readable(KrObject *o, KrObject *unused)
{
    if (stdio_check_open(SIO(o)) < 0) return NULL;
    return kr_bool_from(SIO(o)->readable);
}

static KrObject *stdio_writable(KrObject *o, KrObject *unused)
{
    if (stdio_check_open(SIO(o)) < 0) return NULL;
    return kr_bool_from(SIO(o)->writable);
}

static KrObject *stdio_seekable(KrObject *o, KrObject *unused)
{
    if (stdio_check_open(SIO(o)) < 0) return NULL;
    KR_RETURN_FALSE;
}

static KrObject *stdio_close(KrObject *o, KrObject *unused)
{
    KrStdioObject *s = SIO(o);
    if (s->closed) KR_RETURN_NONE;
    int rc = s->wlen > 0 ? stdio_flush_buffer(s) : 0;
    s->closed = 1;
    if (rc < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *stdio_enter(KrObject *o, KrObject *unused)
{
    if (stdio_check_open(SIO(o)) < 0) return NULL;
    return kr_newref(o);
}

static KrObject *stdio_exit(KrObject *o, KrObject *const *args, ssize_t nargs)
{
    return stdio_close(o, NULL);
}

static KrMethodDef stdio_methods[] = {
    { "write", (void *)stdio_write, KR_METH_O, NULL },
    { "flush", (void *)stdio_flush, KR_METH_NOARGS, NULL },
    { "writelines", (void *)stdio_writelines, KR_METH_O, NULL },
    { "read", (void *)stdio_read, KR_METH_FASTCALL, NULL },
    { "readline", (void *)stdio_readline, KR_METH_FASTCALL, NULL },
    { "readlines", (void *)stdio_readlines, KR_METH_FASTCALL, NULL },
    { "fileno", (void *)stdio_fileno, KR_METH_NOARGS, NULL },
    { "isatty", (void *)stdio_isatty, KR_METH_NOARGS, NULL },
    { "readable", (void *)stdio_readable, KR_METH_NOARGS, NULL },
    { "writable", (void *)stdio_writable, KR_METH_NOARGS, NULL },
    { "seekable", (void *)stdio_seekable, KR_METH_NOARGS, NULL },
    { "close", (void *)stdio_close, KR_METH_NOARGS, NULL },
    { "__enter__", (void *)stdio_enter, KR_METH_NOARGS, NULL },
    { "__exit__", (void *)stdio_exit, KR_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

static KrObject *stdio_get_closed(KrObject *o, void *c) { return kr_bool_from(SIO(o)->closed); }
static KrObject *stdio_get_encoding(KrObject *o, void *c) { return kr_str_from_cstr("utf-8"); }
static KrObject *stdio_get_line_buffering(KrObject *o, void *c)
{
    return kr_bool_from(SIO(o)->line_buffering);
}
static KrObject *stdio_get_none(KrObject *o, void *c) { KR_RETURN_NONE; }

static KrGetSetDef stdio_getset[] = {
    { "closed", stdio_get_closed, NULL, NULL, NULL },
    { "encoding", stdio_get_encoding, NULL, NULL, NULL },
    { "line_buffering", stdio_get_line_buffering, NULL, NULL, NULL },
    { "newlines", stdio_get_none, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static KrMemberDef stdio_members[] = {
    { "name", KR_T_OBJECT, offsetof(KrStdioObject, name), KR_READONLY, NULL },
    { "mode", KR_T_OBJECT, offsetof(KrStdioObject, mode), KR_READONLY, NULL },
    { "errors", KR_T_OBJECT, offsetof(KrStdioObject, errors), KR_READONLY, NULL },
    { NULL, 0, 0, 0, NULL },
};

KrTypeObject kr_stdio_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "_io.TextIOWrapper",
    .tp_basicsize = sizeof(KrStdioObject),
    .tp_dealloc = stdio_dealloc,
    .tp_repr = stdio_repr,
    .tp_getattro = kr_object_generic_getattr,
    .tp_setattro = kr_object_generic_setattr,
    .tp_flags = KR_TPFLAGS_DEFAULT,
    .tp_doc = "Character and line based layer over a file descriptor (krait's interim stdio).",
    .tp_iter = stdio_iter,
    .tp_iternext = stdio_iternext,
    .tp_methods = stdio_methods,
    .tp_members = stdio_members,
    .tp_getset = stdio_getset,
    .tp_free = kr_object_free,
};

int kr_stdio_write_cstr(KrObject *file, const char *s)
{
    if (KR_TYPE(file) == &kr_stdio_type) {
        if (stdio_check_open(SIO(file)) < 0) return -1;
        return stdio_write_bytes(SIO(file), s, (ssize_t)strlen(s), strchr(s, '\n') != NULL);
    }
    KrObject *str = kr_str_from_utf8_surrogateescape(s, (ssize_t)strlen(s));
    if (!str) return -1;
    KrObject *r = kr_object_call_method_str(file, "write", &str, 1);
    KR_DECREF(str);
    if (!r) return -1;
    KR_DECREF(r);
    return 0;
}

void kr_stdio_flush_all(void)
{
    KrObject *exc = kr_err_fetch();
    for (size_t i = 0; i < sizeof all_streams / sizeof all_streams[0]; i++) {
        KrStdioObject *s = all_streams[i];
        if (s && s->wlen > 0 && !s->closed && stdio_flush_buffer(s) < 0) kr_err_clear();
    }
    /* replaced streams: call their flush() */
    static const char *const names[] = { "stdout", "stderr" };
    for (int i = 0; i < 2; i++) {
        KrObject *f = kr_sys_get_object_borrow(names[i]);
        if (!f || f == KR_NONE || KR_TYPE(f) == &kr_stdio_type) continue;
        KR_INCREF(f);
        KrObject *r = kr_object_call_method_str(f, "flush", NULL, 0);
        KR_DECREF(f);
        if (r) KR_DECREF(r);
        else kr_err_clear();
    }
    kr_err_restore(exc);
}

/* Last-chance flush at process exit (exit() after main returns), for output
 * still buffered if nobody called kr_stdio_flush_all. Raw writes only: the
 * runtime may already be gone. */
static void stdio_atexit(void)
{
    for (size_t i = 0; i < sizeof all_streams / sizeof all_streams[0]; i++) {
        KrStdioObject *s = all_streams[i];
        if (!s || s->closed) continue;
        ssize_t off = 0;
        while (off < s->wlen) {
            ssize_t n = write(s->fd, s->wbuf + off, (size_t)(s->wlen - off));
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) break;
            off += n;
        }
        s->wlen = 0;
    }
}

int kr_stdio_init(void)
{
    static int registered;
    if (!registered) {
        registered = 1;
        atexit(stdio_atexit);
    }
    return kr_type_ready(&kr_stdio_type);
}
