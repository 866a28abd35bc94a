/* io_stringio.c — _io.StringIO: an in-memory text stream. The text is kept
 * as an array of code points (UCS-4) so that writes at any position and
 * reads are O(length); newline translation follows the `newline` argument
 * exactly as TextIOWrapper does (universal decoding on write, \n -> writenl). */
#include "io.h"
#include "modargs.h"
#include "../objects/type.h"
#include "../objects/str.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/tuple.h"
#include "../objects/dict.h"
#include "../memory/gc.h"
#include "../memory/mem.h"
#include "../vm/err.h"

#include <string.h>

typedef struct {
    KR_IO_HEAD
    uint32_t *buf;            /* raw domain */
    ssize_t len, cap, pos;
    char ok, closed;
    char readuniversal;       /* newline None or '': \r, \n and \r\n end lines */
    char readtranslate;       /* newline None: \r and \r\n become \n on write */
    char has_decoder;         /* universal mode keeps newline state */
    char pendingcr;
    int seennl;
    KrObject *newline;        /* the argument as given (str), or NULL for None */
    KrObject *readnl;         /* str ending lines in fixed mode, or NULL */
    KrObject *writenl;        /* str replacing \n on write, or NULL */
} KrStringIOObject;

#define SIO(o) ((KrStringIOObject *)(o))

static int stringio_check(KrStringIOObject *s)
{
    if (!s->ok) {
        kr_err_set_string(kr_exc_ValueError, "I/O operation on uninitialized object");
        return -1;
    }
    if (s->closed) {
        kr_err_set_string(kr_exc_ValueError, "I/O operation on closed file");
        return -1;
    }
    return 0;
}

static int stringio_reserve(KrStringIOObject *s, ssize_t n)
{
    if (n <= s->cap) return 0;
    ssize_t cap = s->cap ? s->cap : 16;
    while (cap < n) cap += cap >> 1;
    uint32_t *nb = kr_raw_realloc(s->buf, (size_t)cap * sizeof(uint32_t));
    if (!nb) { kr_err_no_memory(); return -1; }
    s->buf = nb;
    s->cap = cap;
    return 0;
}

/* Stores the code points of str at the position (padding a gap with NULs). */
static int stringio_put(KrStringIOObject *s, KrObject *str)
{
    ssize_t n = KR_STR_LEN(str);
    if (n == 0) return 0;
    ssize_t end = s->pos + n;
    if (stringio_reserve(s, end) < 0) return -1;
    if (s->pos > s->len) memset(s->buf + s->len, 0, (size_t)(s->pos - s->len) * sizeof(uint32_t));
    int kind = KR_STR_KIND(str);
    const void *data = KR_STR_DATA(str);
    uint32_t *dst = s->buf + s->pos;
    if (kind == 1) {
        const unsigned char *p = data;
        for (ssize_t i = 0; i < n; i++) dst[i] = p[i];
    } else if (kind == 2) {
        const uint16_t *p = data;
        for (ssize_t i = 0; i < n; i++) dst[i] = p[i];
    } else {
        memcpy(dst, data, (size_t)n * sizeof(uint32_t));
    }
    s->pos = end;
    if (end > s->len) s->len = end;
    return 0;
}

/* write(): newline translation, then store. Returns 0 or -1. */
static int stringio_write_str(KrStringIOObject *s, KrObject *str)
{
    KrObject *text = kr_newref(str);
    if (s->has_decoder) {
        text = kr_io_translate_newlines(text, s->readtranslate, &s->pendingcr, &s->seennl, 1);
        if (!text) return -1;
    }
    if (s->writenl && KR_STR_LEN(text) && kr_io_find_char(text, '\n', 0, KR_STR_LEN(text)) >= 0) {
        KrObject *lf = kr_str_from_cstr("\n");
        KrObject *args[2] = { lf, s->writenl };
        KrObject *r = lf ? kr_object_call_method_str(text, "replace", args, 2) : NULL;
        KR_XDECREF(lf);
        KR_DECREF(text);
        if (!r) return -1;
        text = r;
    }
    int rc = stringio_put(s, text);
    KR_DECREF(text);
    return rc;
}

static KrObject *stringio_slice(KrStringIOObject *s, ssize_t start, ssize_t end)
{
    if (end <= start) return kr_newref(kr_str_empty_borrow());
    return kr_str_from_ucs4(s->buf + start, end - start);
}

static KrObject *stringio_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    KrObject *o = type->tp_alloc(type, 0);
    if (!o) return NULL;
    kr_gc_track(o);
    return o;
}

/* Sets the newline mode from newline (a str or NULL for None). */
static int stringio_set_newline(KrStringIOObject *s, KrObject *newline)
{
    if (newline) {
        const char *nl = kr_str_as_utf8(newline, NULL);
        if (!nl) return -1;
        if (strcmp(nl, "") != 0 && strcmp(nl, "\n") != 0 && strcmp(nl, "\r") != 0 &&
            strcmp(nl, "\r\n") != 0) {
            kr_err_format(kr_exc_ValueError, "illegal newline value: %R", newline);
            return -1;
        }
    }
    KR_CLEAR(s->newline);
    KR_CLEAR(s->readnl);
    KR_CLEAR(s->writenl);
    s->newline = newline ? kr_newref(newline) : NULL;
    s->readuniversal = !newline || KR_STR_LEN(newline) == 0;
    s->readtranslate = !newline;
    if (newline && KR_STR_LEN(newline) > 0) {
        s->readnl = kr_newref(newline);
        if (!kr_str_equal_cstr(newline, "\n")) s->writenl = kr_newref(newline);
    }
    s->has_decoder = s->readuniversal;
    s->pendingcr = 0;
    s->seennl = 0;
    return 0;
}

/* StringIO(initial_value='', newline='\n') */
static int stringio_init(KrObject *self, KrObject *args, KrObject *kwds)
{
    static const char *const names[] = { "initial_value", "newline", NULL };
    static const KrArgSpec spec = { "StringIO", names, 0, 2, 0 };
    KrObject *a[2];
    KrStringIOObject *s = SIO(self);
    if (kr_modargs_parse_tuple(&spec, args, kwds, a) < 0) return -1;
    KrObject *value = a[0] == KR_NONE ? NULL : a[0];
    KrObject *newline = a[1];
    KrObject *dflt_nl = NULL;
    if (!newline) newline = dflt_nl = kr_str_from_cstr("\n");
    else if (newline == KR_NONE) newline = NULL;
    if (newline && !KR_STR_CHECK(newline)) {
        kr_err_format(kr_exc_TypeError, "newline must be str or None, not %s", KR_TYPE(newline)->tp_name);
        return -1;
    }
    if (value && !KR_STR_CHECK(value)) {
        KR_XDECREF(dflt_nl);
        kr_err_format(kr_exc_TypeError, "initial_value must be str or None, not %s",
                      KR_TYPE(value)->tp_name);
        return -1;
    }
    int rc = stringio_set_newline(s, newline);
    KR_XDECREF(dflt_nl);
    if (rc < 0) return -1;
    s->len = s->pos = 0;
    s->closed = 0;
    s->ok = 1;
    if (value && KR_STR_LEN(value) > 0) {
        if (stringio_write_str(s, value) < 0) return -1;
        s->pos = 0;
    }
    return 0;
}

static int stringio_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    return kr_io_head_traverse(self, visit, arg);
}

static int stringio_clear(KrObject *self)
{
    kr_io_head_clear(self);
    return 0;
}

static void stringio_dealloc(KrObject *self)
{
    KrStringIOObject *s = SIO(self);
    kr_gc_untrack(self);
    if (s->weakreflist && kr_weakref_clear_refs) kr_weakref_clear_refs(self);
    kr_io_head_clear(self);
    KR_CLEAR(s->newline);
    KR_CLEAR(s->readnl);
    KR_CLEAR(s->writenl);
    kr_raw_free(s->buf);
    s->buf = NULL;
    KR_TYPE(self)->tp_free(self);
}

/* ---- reading ---- */

static KrObject *stringio_read(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrStringIOObject *s = SIO(self);
    ssize_t n = -1;
    if (kr_args_check_count("read", nargs, 0, 1) < 0) return NULL;
    if (nargs == 1 && kr_io_size_arg(args[0], &n) < 0) return NULL;
    if (stringio_check(s) < 0) return NULL;
    ssize_t avail = s->len - s->pos;
    if (avail < 0) avail = 0;
    if (n < 0 || n > avail) n = avail;
    KrObject *r = stringio_slice(s, s->pos, s->pos + n);
    if (r) s->pos += n;
    return r;
}

/* Index after the end of the line starting at the position (limit >= 0
 * caps the length). */
static ssize_t stringio_line_end(KrStringIOObject *s, ssize_t limit)
{
    ssize_t start = s->pos, end = s->len;
    if (start >= end) return start;
    if (limit >= 0 && end - start > limit) end = start + limit;
    const uint32_t *b = s->buf;
    if (s->readtranslate || (!s->readuniversal && KR_STR_LEN(s->readnl) == 1)) {
        uint32_t nl = s->readtranslate ? '\n' : KR_STR_READ_CHAR(s->readnl, 0);
        for (ssize_t i = start; i < end; i++)
            if (b[i] == nl) return i + 1;
        return end;
    }
    if (s->readuniversal) {
        for (ssize_t i = start; i < end; i++) {
            if (b[i] == '\n') return i + 1;
            if (b[i] == '\r') return i + 1 < end && b[i + 1] == '\n' ? i + 2 : i + 1;
        }
        return end;
    }
    /* "\r\n" */
    for (ssize_t i = start; i + 1 < end; i++)
        if (b[i] == '\r' && b[i + 1] == '\n') return i + 2;
    return end;
}

static KrObject *stringio_readline_impl(KrStringIOObject *s, ssize_t limit)
{
    ssize_t end = stringio_line_end(s, limit);
    KrObject *r = stringio_slice(s, s->pos, end);
    if (r && end > s->pos) s->pos = end;
    return r;
}

static KrObject *stringio_readline(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrStringIOObject *s = SIO(self);
    ssize_t n = -1;
    if (kr_args_check_count("readline", nargs, 0, 1) < 0) return NULL;
    if (nargs == 1 && kr_io_size_arg(args[0], &n) < 0) return NULL;
    if (stringio_check(s) < 0) return NULL;
    return stringio_readline_impl(s, n);
}

static KrObject *stringio_iternext(KrObject *self)
{
    KrStringIOObject *s = SIO(self);
    if (stringio_check(s) < 0) return NULL;
    KrObject *line;
    if (KR_TYPE(self) == &kr_io_stringio_type) {
        line = stringio_readline_impl(s, -1);
    } else {
        line = kr_object_call_method_str(self, "readline", NULL, 0);
        if (line && !KR_STR_CHECK(line)) {
            kr_err_format(kr_exc_OSError, "readline() should have returned a str object, not '%s'",
                          KR_TYPE(line)->tp_name);
            KR_DECREF(line);
            return NULL;
        }
    }
    if (line && KR_STR_LEN(line) == 0) {
        KR_DECREF(line);
        return NULL;
    }
    return line;
}

static KrObject *stringio_getvalue(KrObject *self, KrObject *unused)
{
    KrStringIOObject *s = SIO(self);
    if (stringio_check(s) < 0) return NULL;
    return stringio_slice(s, 0, s->len);
}

/* ---- writing and positioning ---- */

static KrObject *stringio_write(KrObject *self, KrObject *arg)
{
    KrStringIOObject *s = SIO(self);
    if (stringio_check(s) < 0) return NULL;
    if (!KR_STR_CHECK(arg)) {
        return kr_err_format(kr_exc_TypeError, "string argument expected, got '%s'",
                             KR_TYPE(arg)->tp_name);
    }
    ssize_t n = KR_STR_LEN(arg);
    if (n > 0 && stringio_write_str(s, arg) < 0) return NULL;
    return kr_int_from_ssize(n);
}

static KrObject *stringio_seek(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrStringIOObject *s = SIO(self);
    if (kr_args_check_count("seek", nargs, 1, 2) < 0) return NULL;
    ssize_t pos = kr_number_as_ssize(args[0], kr_exc_OverflowError);
    if (pos == -1 && kr_err_occurred()) return NULL;
    ssize_t whence = 0;
    if (nargs == 2) {
        whence = kr_number_as_ssize(args[1], kr_exc_OverflowError);
        if (whence == -1 && kr_err_occurred()) return NULL;
    }
    if (stringio_check(s) < 0) return NULL;
    if (whence != 0 && whence != 1 && whence != 2)
        return kr_err_format(kr_exc_ValueError, "Invalid whence (%zd, should be 0, 1 or 2)", whence);
    if (pos < 0 && whence == 0)
        return kr_err_format(kr_exc_ValueError, "Negative seek position %zd", pos);
    if (whence != 0 && pos != 0) {
        kr_err_set_string(kr_exc_OSError, "Can't do nonzero cur-relative seeks");
        return NULL;
    }
    if (whence == 1) pos = s->pos;
    else if (whence == 2) pos = s->len;
    s->pos = pos;
    return kr_int_from_ssize(pos);
}

static KrObject *stringio_tell(KrObject *self, KrObject *unused)
{
    if (stringio_check(SIO(self)) < 0) return NULL;
    return kr_int_from_ssize(SIO(self)->pos);
}

static KrObject *stringio_truncate(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrStringIOObject *s = SIO(self);
    if (kr_args_check_count("truncate", nargs, 0, 1) < 0) return NULL;
    ssize_t size = -1;
    if (nargs == 1 && kr_io_size_arg(args[0], &size) < 0) return NULL;
    if (stringio_check(s) < 0) return NULL;
    if (nargs == 0 || args[0] == KR_NONE) size = s->pos;
    if (size < 0) return kr_err_format(kr_exc_ValueError, "Negative size value %zd", size);
    if (size < s->len) s->len = size;
    return kr_int_from_ssize(size);
}

static KrObject *stringio_true_if_open(KrObject *self, KrObject *unused)
{
    if (stringio_check(SIO(self)) < 0) return NULL;
    KR_RETURN_TRUE;
}

static KrObject *stringio_close(KrObject *self, KrObject *unused)
{
    KrStringIOObject *s = SIO(self);
    s->closed = 1;
    kr_raw_free(s->buf);
    s->buf = NULL;
    s->len = s->cap = 0;
    KR_RETURN_NONE;
}

/* ---- pickling ---- */

static KrObject *stringio_getstate(KrObject *self, KrObject *unused)
{
    KrStringIOObject *s = SIO(self);
    KrObject *value = stringio_getvalue(self, NULL);
    if (!value) return NULL;
    KrObject *pos = kr_int_from_ssize(s->pos);
    KrObject *d = s->dict && kr_dict_size(s->dict) > 0 ? kr_dict_copy(s->dict) : kr_newref(KR_NONE);
    KrObject *r = pos && d ? kr_tuple_pack(4, value, s->newline ? s->newline : KR_NONE, pos, d) : NULL;
    KR_DECREF(value);
    KR_XDECREF(pos);
    KR_XDECREF(d);
    return r;
}

static KrObject *stringio_setstate(KrObject *self, KrObject *state)
{
    KrStringIOObject *s = SIO(self);
    if (!KR_TYPE_CHECK_EXACT_OR_SUB(state, &kr_tuple_type) || KR_SIZE(state) < 4) {
        return kr_err_format(kr_exc_TypeError, "%s.__setstate__ argument should be 4-tuple, got %s",
                             KR_TYPE(self)->tp_name, KR_TYPE(state)->tp_name);
    }
    KrObject *value = kr_tuple_get_borrow(state, 0);
    KrObject *newline = kr_tuple_get_borrow(state, 1);
    KrObject *posobj = kr_tuple_get_borrow(state, 2);
    KrObject *d = kr_tuple_get_borrow(state, 3);
    if (newline != KR_NONE && !KR_STR_CHECK(newline)) {
        return kr_err_format(kr_exc_TypeError, "newline must be str or None, not %s",
                             KR_TYPE(newline)->tp_name);
    }
    if (stringio_set_newline(s, newline == KR_NONE ? NULL : newline) < 0) return NULL;
    s->ok = 1;
    s->closed = 0;
    if (!KR_STR_CHECK(value)) {
        return kr_err_format(kr_exc_TypeError, "initial_value must be str, not %s",
                             KR_TYPE(value)->tp_name);
    }
    /* the value is stored as is, without newline translation */
    s->len = s->pos = 0;
    if (stringio_put(s, value) < 0) return NULL;
    if (!KR_TYPE_CHECK_EXACT_OR_SUB(posobj, &kr_int_type)) {
        return kr_err_format(kr_exc_TypeError, "third item of state must be an integer, got %s",
                             KR_TYPE(posobj)->tp_name);
    }
    ssize_t pos = kr_int_as_ssize(posobj);
    if (pos == -1 && kr_err_occurred()) return NULL;
    if (pos < 0) {
        kr_err_set_string(kr_exc_ValueError, "position value cannot be negative");
        return NULL;
    }
    s->pos = pos;
    if (d != KR_NONE) {
        if (!KR_TYPE_CHECK_EXACT_OR_SUB(d, &kr_dict_type)) {
            return kr_err_format(kr_exc_TypeError, "fourth item of state should be a dict, got a %s",
                                 KR_TYPE(d)->tp_name);
        }
        if (!s->dict && !(s->dict = kr_dict_new())) return NULL;
        if (kr_dict_update(s->dict, d) < 0) return NULL;
    }
    KR_RETURN_NONE;
}

static KrMethodDef stringio_methods[] = {
    { "close", (void *)stringio_close, KR_METH_NOARGS, NULL },
    { "getvalue", (void *)stringio_getvalue, KR_METH_NOARGS, NULL },
    { "read", (void *)stringio_read, KR_METH_FASTCALL, NULL },
    { "readline", (void *)stringio_readline, KR_METH_FASTCALL, NULL },
    { "tell", (void *)stringio_tell, KR_METH_NOARGS, NULL },
    { "truncate", (void *)stringio_truncate, KR_METH_FASTCALL, NULL },
    { "seek", (void *)stringio_seek, KR_METH_FASTCALL, NULL },
    { "write", (void *)stringio_write, KR_METH_O, NULL },
    { "seekable", (void *)stringio_true_if_open, KR_METH_NOARGS, NULL },
    { "readable", (void *)stringio_true_if_open, KR_METH_NOARGS, NULL },
    { "writable", (void *)stringio_true_if_open, KR_METH_NOARGS, NULL },
    { "__getstate__", (void *)stringio_getstate, KR_METH_NOARGS, NULL },
    { "__setstate__", (void *)stringio_setstate, KR_METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

static KrObject *stringio_get_closed(KrObject *self, void *c)
{
    if (!SIO(self)->ok) {
        kr_err_set_string(kr_exc_ValueError, "I/O operation on uninitialized object");
        return NULL;
    }
    return kr_bool_from(SIO(self)->closed);
}

static KrObject *stringio_get_line_buffering(KrObject *self, void *c)
{
    if (stringio_check(SIO(self)) < 0) return NULL;
    KR_RETURN_FALSE;
}

static KrObject *stringio_get_newlines(KrObject *self, void *c)
{
    KrStringIOObject *s = SIO(self);
    if (stringio_check(s) < 0) return NULL;
    if (!s->has_decoder) KR_RETURN_NONE;
    return kr_io_newlines_object(s->seennl);
}

static KrGetSetDef stringio_getset[] = {
    { "closed", stringio_get_closed, NULL, NULL, NULL },
    { "newlines", stringio_get_newlines, NULL, NULL, NULL },
    { "line_buffering", stringio_get_line_buffering, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrTypeObject kr_io_stringio_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "_io.StringIO",
    .tp_basicsize = sizeof(KrStringIOObject),
    .tp_dealloc = stringio_dealloc,
    .tp_getattro = kr_object_generic_getattr,
    .tp_setattro = kr_object_generic_setattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_HAVE_GC,
    .tp_doc = "Text I/O implementation using an in-memory buffer.",
    .tp_traverse = stringio_traverse,
    .tp_clear = stringio_clear,
    .tp_weaklistoffset = offsetof(KrStringIOObject, weakreflist),
    .tp_iternext = stringio_iternext,
    .tp_methods = stringio_methods,
    .tp_getset = stringio_getset,
    .tp_base = &kr_io_textiobase_type,
    .tp_dictoffset = offsetof(KrStringIOObject, dict),
    .tp_init = stringio_init,
    .tp_alloc = kr_object_alloc,
    .tp_new = stringio_new,
    .tp_free = kr_object_free,
};
