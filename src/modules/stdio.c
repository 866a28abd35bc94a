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

/* Writes data straight to the fd. 0 or -1 with OSError. */
static int stdio_raw_write(KrStdioObject *s, const char *data, ssize_t len)
{
    ssize_t off = 0;
    while (off < len) {
        ssize_t n = write(s->fd, data + off, (size_t)(len - off));
        if (n < 0) {
            if (errno == EINTR) continue;
            kr_err_from_errno(kr_exc_OSError);
            return -1;
        }
        off += n;
    }
    return 0;
}

/* Writes the byte buffer to the fd. 0 or -1 with OSError. */
static int stdio_flush_buffer(KrStdioObject *s)
{
    ssize_t n = s->wlen;
    s->wlen = 0;
    return n > 0 ? stdio_raw_write(s, s->wbuf, n) : 0;
}

static int stdio_grow(char **buf, ssize_t *cap, ssize_t need)
{
    if (need <= *cap) return 0;
    ssize_t c = *cap ? *cap : 1024;
    while (c < need) c *= 2;
    char *nb = kr_raw_realloc(*buf, (size_t)c);
    if (!nb) { kr_err_no_memory(); return -1; }
    *buf = nb;
    *cap = c;
    return 0;
}

/* The byte layer (BufferedWriter): bytes from the binary view, and text
 * once it leaves the text layer. */
static int stdio_bin_write(KrStdioObject *s, const char *data, ssize_t len)
{
    if (s->raw_unbuffered) return stdio_flush_buffer(s) < 0 ? -1 : stdio_raw_write(s, data, len);
    if (s->wlen + len > WBUF_LIMIT && stdio_flush_buffer(s) < 0) return -1;
    if (len >= WBUF_LIMIT) return stdio_raw_write(s, data, len);
    if (stdio_grow(&s->wbuf, &s->wcap, s->wlen + len) < 0) return -1;
    memcpy(s->wbuf + s->wlen, data, (size_t)len);
    s->wlen += len;
    return 0;
}

/* Moves the text layer's pending bytes to the byte layer. */
static int stdio_text_to_bin(KrStdioObject *s)
{
    ssize_t n = s->tlen;
    s->tlen = 0;
    return n > 0 ? stdio_bin_write(s, s->tbuf, n) : 0;
}

/* Both layers down to the fd. */
static int stdio_flush_all_layers(KrStdioObject *s)
{
    if (stdio_text_to_bin(s) < 0) return -1;
    return stdio_flush_buffer(s);
}

/* The text layer (TextIOWrapper.write after encoding). */
static int stdio_write_bytes(KrStdioObject *s, const char *data, ssize_t len, int has_newline)
{
    if (stdio_grow(&s->tbuf, &s->tcap, s->tlen + len) < 0) return -1;
    if (len > 0) { /* tbuf may still be NULL when len is 0 */
        memcpy(s->tbuf + s->tlen, data, (size_t)len);
        s->tlen += len;
    }
    int needflush = s->line_buffering && has_newline;
    if (s->tlen >= WBUF_LIMIT || needflush || s->write_through) {
        if (stdio_text_to_bin(s) < 0) return -1;
    }
    if (needflush) return stdio_flush_buffer(s);
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
    if (s->wlen > 0 || s->tlen > 0) {
        KrObject *exc = kr_err_fetch();
        if (stdio_flush_all_layers(s) < 0) kr_err_clear();
        kr_err_restore(exc);
    }
    for (size_t i = 0; i < sizeof all_streams / sizeof all_streams[0]; i++)
        if (all_streams[i] == s) all_streams[i] = NULL;
    KR_CLEAR(s->name);
    KR_CLEAR(s->mode);
    KR_CLEAR(s->errors);
    KR_CLEAR(s->encoding);
    KR_CLEAR(s->buffer);
    kr_raw_free(s->tbuf);
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
    int has_nl = s->line_buffering && (kr_str_find_char(arg, '\n', 0, KR_STR_LEN(arg)) >= 0 ||
                                       kr_str_find_char(arg, '\r', 0, KR_STR_LEN(arg)) >= 0);
    int rc;
    if (s->encoding) {
        /* a reconfigured encoding: go through the codecs */
        const char *enc = kr_str_as_utf8(s->encoding, NULL);
        const char *errors = enc ? kr_str_as_utf8(s->errors, NULL) : NULL;
        KrObject *b = errors ? kr_str_encode(arg, enc, errors) : NULL;
        if (!b) return NULL;
        rc = stdio_write_bytes(s, KR_BYTES_DATA(b), KR_BYTES_LEN(b), has_nl);
        KR_DECREF(b);
        if (rc < 0) return NULL;
        return kr_int_from_ssize(KR_STR_LEN(arg));
    }
    const char *utf8 = kr_str_as_utf8(arg, &len);
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
    if (stdio_flush_all_layers(s) < 0) return NULL;
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
    if (s->encoding) {
        const char *enc = kr_str_as_utf8(s->encoding, NULL);
        if (!enc || !errors) return NULL;
        return kr_str_decode(data, len, enc, errors);
    }
    if (errors && strcmp(errors, "surrogateescape") == 0)
        return kr_str_from_utf8_surrogateescape(data, len);
    return kr_str_from_utf8(data, len);
}

/* Byte length of the first `chars` UTF-8 characters of buf[0:len], or -1
 * if buf holds fewer (binary streams count bytes). */
static ssize_t stdio_prefix_bytes(const char *buf, ssize_t len, ssize_t chars, int binary)
{
    if (binary) return len >= chars ? chars : -1;
    ssize_t n = 0;
    for (ssize_t i = 0; i < len; i++) {
        if (((unsigned char)buf[i] & 0xC0) != 0x80) {
            if (n == chars) return i;
            n++;
        }
    }
    return n == chars ? len : -1;
}

/* Reads up to `limit` characters (bytes for a binary view; -1: all) from
 * the input buffer of s, stopping after the first newline if `line`.
 * Returns a str, or bytes when binary. */
static KrObject *stdio_read_impl(KrStdioObject *s, ssize_t limit, int line, int binary)
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
            if (nl) break;
            scanned = avail;
        }
        if (limit >= 0 && stdio_prefix_bytes(start, avail, limit, binary) >= 0) break;
        int r = stdio_fill(s);
        if (r < 0) return NULL;
        if (r == 0) break;
    }
    ssize_t avail = s->rlen - s->rpos;
    const char *start = s->rbuf ? s->rbuf + s->rpos : "";
    ssize_t take = avail;
    if (line) {
        const char *nl = avail > 0 ? memchr(start, '\n', (size_t)avail) : NULL;
        if (nl) take = nl - start + 1;
    }
    if (limit >= 0) {
        ssize_t lim = stdio_prefix_bytes(start, take, limit, binary);
        if (lim >= 0) take = lim;
    }
    KrObject *r = binary ? kr_bytes_from(start, take) : stdio_decode(s, start, take);
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
    return stdio_read_impl(SIO(o), size, 0, 0);
}

static KrObject *stdio_readline(KrObject *o, KrObject *const *args, ssize_t nargs)
{
    ssize_t size;
    if (stdio_size_arg(args, nargs, "readline", &size) < 0) return NULL;
    return stdio_read_impl(SIO(o), size, 1, 0);
}

static KrObject *stdio_readlines(KrObject *o, KrObject *const *args, ssize_t nargs)
{
    ssize_t hint;
    if (stdio_size_arg(args, nargs, "readlines", &hint) < 0) return NULL;
    KrObject *list = kr_list_new(0);
    if (!list) return NULL;
    ssize_t total = 0;
    for (;;) {
        KrObject *line = stdio_read_impl(SIO(o), -1, 1, 0);
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
    KrObject *line = stdio_read_impl(SIO(o), -1, 1, 0);
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
    int rc = stdio_flush_all_layers(s);
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

static KrObject *stdio_reconfigure(KrObject *o, KrObject *const *args, ssize_t nargs,
                                   KrObject *kwnames);

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
    { "reconfigure", (void *)stdio_reconfigure, KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL },
    { NULL, NULL, 0, NULL },
};

static KrObject *stdio_get_closed(KrObject *o, void *c) { return kr_bool_from(SIO(o)->closed); }
static KrObject *stdio_get_encoding(KrObject *o, void *c)
{
    KrStdioObject *s = SIO(o);
    return s->encoding ? kr_newref(s->encoding) : kr_str_from_cstr("utf-8");
}

/* reconfigure(*, encoding=None, errors=None, newline=None,
 *             line_buffering=None, write_through=None) */
static KrObject *stdio_reconfigure(KrObject *o, KrObject *const *args, ssize_t nargs,
                                   KrObject *kwnames)
{
    static const char *const names[] = { "encoding", "errors", "newline", "line_buffering",
                                          "write_through", NULL };
    static const KrArgSpec spec = { "reconfigure", names, 0, 0, 0 };
    KrObject *a[5];
    KrStdioObject *s = SIO(o);
    if (kr_args_parse(&spec, args, nargs, kwnames, a) < 0) return NULL;
    for (int i = 0; i < 2; i++) {
        if (a[i] && a[i] != KR_NONE && !KR_STR_CHECK(a[i])) {
            return kr_err_format(kr_exc_TypeError, "reconfigure() argument '%s' must be str or None, "
                                 "not %s", names[i], KR_TYPE(a[i])->tp_name);
        }
    }
    int lb = -1, wt = -1;
    if (a[3] && a[3] != KR_NONE && (lb = kr_object_is_true(a[3])) < 0) return NULL;
    if (a[4] && a[4] != KR_NONE && (wt = kr_object_is_true(a[4])) < 0) return NULL;
    KrObject *enc = NULL;
    if (a[0] && a[0] != KR_NONE) {
        /* check the codec exists (LookupError "unknown encoding: x") */
        const char *e = kr_str_as_utf8(a[0], NULL);
        if (!e) return NULL;
        KrObject *probe = kr_str_encode(a[0], e, "strict");
        if (!probe) {
            if (kr_err_matches(kr_exc_LookupError)) return NULL;
            kr_err_clear();
        } else {
            KR_DECREF(probe);
        }
        enc = kr_newref(a[0]);
    }
    if (stdio_flush_all_layers(s) < 0) { KR_XDECREF(enc); return NULL; }
    if (enc) {
        const char *e = kr_str_as_utf8(enc, NULL);
        int is_utf8 = e && (strcmp(e, "utf-8") == 0 || strcmp(e, "utf8") == 0 ||
                            strcmp(e, "UTF-8") == 0);
        KR_SETREF(s->encoding, is_utf8 ? NULL : enc);
        if (is_utf8) KR_DECREF(enc);
        /* a new encoding without errors resets errors to 'strict' */
        if (!a[1] || a[1] == KR_NONE) {
            KrObject *strict = kr_str_from_cstr("strict");
            if (!strict) return NULL;
            KR_SETREF(s->errors, strict);
        }
    }
    if (a[1] && a[1] != KR_NONE) KR_SETREF(s->errors, kr_newref(a[1]));
    if (lb >= 0) s->line_buffering = (char)lb;
    if (wt >= 0) s->write_through = (char)wt;
    KR_RETURN_NONE;
}
static KrObject *stdio_get_line_buffering(KrObject *o, void *c)
{
    return kr_bool_from(SIO(o)->line_buffering);
}
static KrObject *stdio_get_none(KrObject *o, void *c) { KR_RETURN_NONE; }
static KrObject *stdio_get_buffer(KrObject *o, void *c);

static KrGetSetDef stdio_getset[] = {
    { "closed", stdio_get_closed, NULL, NULL, NULL },
    { "encoding", stdio_get_encoding, NULL, NULL, NULL },
    { "line_buffering", stdio_get_line_buffering, NULL, NULL, NULL },
    { "newlines", stdio_get_none, NULL, NULL, NULL },
    { "buffer", stdio_get_buffer, NULL, NULL, NULL },
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

/* ---- the binary view ---- */

#define SBUF(o) (((KrStdioBufferObject *)(o))->text)

static KrObject *stdio_get_buffer(KrObject *o, void *c)
{
    KrStdioObject *s = SIO(o);
    if (!s->buffer) {
        KrStdioBufferObject *b = KR_NEW(KrStdioBufferObject, &kr_stdio_buffer_type);
        if (!b) return NULL;
        b->text = (KrStdioObject *)kr_newref(s);
        s->buffer = (KrObject *)b;
    }
    return kr_newref(s->buffer);
}

static void stdio_buffer_dealloc(KrObject *o)
{
    KR_CLEAR(((KrStdioBufferObject *)o)->text);
    KR_TYPE(o)->tp_free(o);
}

static KrObject *stdio_buffer_repr(KrObject *o)
{
    KrStdioObject *s = SBUF(o);
    return kr_str_from_format("<_io.%s name=%R>", s->readable ? "BufferedReader" : "BufferedWriter",
                              s->name);
}

static KrObject *stdio_buffer_write(KrObject *o, KrObject *arg)
{
    KrStdioObject *s = SBUF(o);
    if (stdio_check_open(s) < 0) return NULL;
    if (!s->writable) {
        kr_err_set_string(kr_exc_OSError, "not writable");
        return NULL;
    }
    KrBuffer view;
    if (kr_object_get_buffer(arg, &view, KR_BUF_SIMPLE) < 0) return NULL;
    int rc = stdio_bin_write(s, view.buf, view.len);
    ssize_t n = view.len;
    kr_buffer_release(&view);
    if (rc < 0) return NULL;
    return kr_int_from_ssize(n);
}

static KrObject *stdio_buffer_read(KrObject *o, KrObject *const *args, ssize_t nargs)
{
    ssize_t size;
    if (stdio_size_arg(args, nargs, "read", &size) < 0) return NULL;
    return stdio_read_impl(SBUF(o), size, 0, 1);
}

static KrObject *stdio_buffer_readline(KrObject *o, KrObject *const *args, ssize_t nargs)
{
    ssize_t size;
    if (stdio_size_arg(args, nargs, "readline", &size) < 0) return NULL;
    return stdio_read_impl(SBUF(o), size, 1, 1);
}

static KrObject *stdio_buffer_iternext(KrObject *o)
{
    KrObject *line = stdio_read_impl(SBUF(o), -1, 1, 1);
    if (line && KR_BYTES_LEN(line) == 0) {
        KR_DECREF(line);
        return NULL;
    }
    return line;
}

static KrObject *stdio_buffer_flush(KrObject *o, KrObject *unused)
{
    KrStdioObject *s = SBUF(o);
    if (stdio_check_open(s) < 0) return NULL;
    if (stdio_flush_buffer(s) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *stdio_buffer_fileno(KrObject *o, KrObject *unused)
{
    return kr_int_from_i64(SBUF(o)->fd);
}

static KrObject *stdio_buffer_isatty(KrObject *o, KrObject *unused)
{
    return stdio_isatty((KrObject *)SBUF(o), NULL);
}

static KrObject *stdio_buffer_readable(KrObject *o, KrObject *unused)
{
    return stdio_readable((KrObject *)SBUF(o), NULL);
}

static KrObject *stdio_buffer_writable(KrObject *o, KrObject *unused)
{
    return stdio_writable((KrObject *)SBUF(o), NULL);
}

static KrMethodDef stdio_buffer_methods[] = {
    { "write", (void *)stdio_buffer_write, KR_METH_O, NULL },
    { "read", (void *)stdio_buffer_read, KR_METH_FASTCALL, NULL },
    { "readline", (void *)stdio_buffer_readline, KR_METH_FASTCALL, NULL },
    { "flush", (void *)stdio_buffer_flush, KR_METH_NOARGS, NULL },
    { "fileno", (void *)stdio_buffer_fileno, KR_METH_NOARGS, NULL },
    { "isatty", (void *)stdio_buffer_isatty, KR_METH_NOARGS, NULL },
    { "readable", (void *)stdio_buffer_readable, KR_METH_NOARGS, NULL },
    { "writable", (void *)stdio_buffer_writable, KR_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static KrObject *stdio_buffer_get_name(KrObject *o, void *c) { return kr_newref(SBUF(o)->name); }
static KrObject *stdio_buffer_get_mode(KrObject *o, void *c)
{
    return kr_str_from_cstr(SBUF(o)->readable ? "rb" : "wb");
}
static KrObject *stdio_buffer_get_closed(KrObject *o, void *c)
{
    return kr_bool_from(SBUF(o)->closed);
}

static KrGetSetDef stdio_buffer_getset[] = {
    { "name", stdio_buffer_get_name, NULL, NULL, NULL },
    { "mode", stdio_buffer_get_mode, NULL, NULL, NULL },
    { "closed", stdio_buffer_get_closed, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrTypeObject kr_stdio_buffer_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "_io.BufferedWriter",
    .tp_basicsize = sizeof(KrStdioBufferObject),
    .tp_dealloc = stdio_buffer_dealloc,
    .tp_repr = stdio_buffer_repr,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_DEFAULT,
    .tp_doc = "The binary side of krait's interim standard streams.",
    .tp_iter = kr_object_self_iter,
    .tp_iternext = stdio_buffer_iternext,
    .tp_methods = stdio_buffer_methods,
    .tp_getset = stdio_buffer_getset,
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
        if (s && !s->closed && stdio_flush_all_layers(s) < 0) kr_err_clear();
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
        const char *bufs[2] = { s->wbuf, s->tbuf };
        ssize_t lens[2] = { s->wlen, s->tlen };
        for (int k = 0; k < 2; k++) {
            ssize_t off = 0;
            while (off < lens[k]) {
                ssize_t n = write(s->fd, bufs[k] + off, (size_t)(lens[k] - off));
                if (n < 0 && errno == EINTR) continue;
                if (n <= 0) break;
                off += n;
            }
        }
        s->wlen = s->tlen = 0;
    }
}

int kr_stdio_init(void)
{
    static int registered;
    if (!registered) {
        registered = 1;
        atexit(stdio_atexit);
    }
    if (kr_type_ready(&kr_stdio_buffer_type) < 0) return -1;
    return kr_type_ready(&kr_stdio_type);
}
