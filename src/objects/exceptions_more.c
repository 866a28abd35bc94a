/* exceptions_more.c — the exception classes with rich constructors: OSError
 * (errno -> subclass mapping, filename handling), SyntaxError, the Unicode
 * errors and BaseExceptionGroup/ExceptionGroup (split/subgroup/derive). */
#include "exceptions_more.h"
#include "type.h"
#include "str.h"
#include "bytes.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"
#include "int.h"
#include "float.h"
#include "ids.h"
#include "abstract.h"
#include "genericalias.h"
#include "../vm/err.h"
#include "../memory/gc.h"

#include <stdio.h>
#include <errno.h>
#include <string.h>

#define EXC(o) ((KrBaseExceptionObject *)(o))

/* ---------------------------------------------------------------------------
 * OSError
 * ------------------------------------------------------------------------ */

#define OSE(o) ((KrOSErrorObject *)(o))

KrObject *kr_oserror_subclass_for_errno(long err)
{
    switch (err) {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EALREADY:
    case EINPROGRESS: return kr_exc_BlockingIOError;
    case ECHILD: return kr_exc_ChildProcessError;
    case EPIPE:
    case ESHUTDOWN: return kr_exc_BrokenPipeError;
    case ECONNABORTED: return kr_exc_ConnectionAbortedError;
    case ECONNREFUSED: return kr_exc_ConnectionRefusedError;
    case ECONNRESET: return kr_exc_ConnectionResetError;
    case EEXIST: return kr_exc_FileExistsError;
    case ENOENT: return kr_exc_FileNotFoundError;
    case EISDIR: return kr_exc_IsADirectoryError;
    case ENOTDIR: return kr_exc_NotADirectoryError;
    case EINTR: return kr_exc_InterruptedError;
    case EACCES:
    case EPERM: return kr_exc_PermissionError;
    case ESRCH: return kr_exc_ProcessLookupError;
    case ETIMEDOUT: return kr_exc_TimeoutError;
    default: return NULL;
    }
}

/* When a subclass defines __init__ (and not __new__), __new__ must ignore
 * the arguments and leave the parsing to __init__ (bpo-12555). */
static int oserror_use_init(KrTypeObject *type)
{
    return type->tp_init != kr_oserror_init && type->tp_new == kr_oserror_new;
}

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]) */
static void oserror_parse_args(KrObject *args, KrObject **myerrno, KrObject **strerror,
                               KrObject **filename, KrObject **filename2)
{
    ssize_t n = KR_SIZE(args);
    *myerrno = *strerror = *filename = *filename2 = NULL;
    if (n >= 2 && n <= 5) {
        *myerrno = KR_TUPLE_GET(args, 0);
        *strerror = KR_TUPLE_GET(args, 1);
        if (n >= 3) *filename = KR_TUPLE_GET(args, 2);
        if (n >= 5) *filename2 = KR_TUPLE_GET(args, 4);
    }
}

static int number_check(KrObject *o)
{
    KrNumberMethods *nb = KR_TYPE(o)->tp_as_number;
    return (nb && (nb->nb_index || nb->nb_int || nb->nb_float)) || KR_COMPLEX_CHECK(o);
}

static int oserror_fill(KrObject *self, KrObject *args, KrObject *myerrno, KrObject *strerror,
                        KrObject *filename, KrObject *filename2)
{
    KrOSErrorObject *e = OSE(self);
    ssize_t n = KR_SIZE(args);
    KR_INCREF(args);
    if (filename && filename != KR_NONE) {
        if (KR_TYPE(self) == (KrTypeObject *)kr_exc_BlockingIOError && number_check(filename)) {
            /* BlockingIOError's third argument is the number of characters written */
            ssize_t w = kr_number_as_ssize(filename, kr_exc_ValueError);
            if (w == -1 && kr_err_occurred()) { KR_DECREF(args); return -1; }
            e->written = w;
        } else {
            KR_SETREF(e->filename, kr_newref(filename));
            if (filename2 && filename2 != KR_NONE)
                KR_SETREF(e->filename2, kr_newref(filename2));
            if (n >= 2 && n <= 5) {
                /* filename, winerror and filename2 are not part of args */
                KrObject *sub = kr_tuple_get_slice(args, 0, 2);
                KR_DECREF(args);
                if (!sub) return -1;
                args = sub;
            }
        }
    }
    KR_SETREF(e->myerrno, kr_xnewref(myerrno));
    KR_SETREF(e->strerror, kr_xnewref(strerror));
    KR_SETREF(e->base.args, args);
    return 0;
}

KrObject *kr_oserror_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    KrObject *myerrno = NULL, *strerror = NULL, *filename = NULL, *filename2 = NULL;
    KrObject *empty = NULL;
    if (!args) args = empty = kr_tuple_new(0);
    if (!args) return NULL;
    int use_init = oserror_use_init(type);
    if (!use_init) {
        if (kwds && KR_DICT_CHECK(kwds) && kr_dict_size(kwds) > 0) {
            kr_err_format(kr_exc_TypeError, "%s() takes no keyword arguments", type->tp_name);
            goto fail;
        }
        oserror_parse_args(args, &myerrno, &strerror, &filename, &filename2);
        if (myerrno && KR_INT_CHECK(myerrno) && type == (KrTypeObject *)kr_exc_OSError) {
            int64_t v = kr_int_as_i64(myerrno);
            if (v == -1 && kr_err_occurred()) kr_err_clear(); /* huge: no mapping */
            else if (v >= 0 && v < 100000) {
                KrObject *sub = kr_oserror_subclass_for_errno((long)v);
                if (sub) type = (KrTypeObject *)sub;
            }
        }
    }
    KrObject *self = type->tp_alloc(type, 0);
    if (!self) goto fail;
    OSE(self)->written = -1;
    if (!use_init) {
        if (oserror_fill(self, args, myerrno, strerror, filename, filename2) < 0) {
            KR_DECREF(self);
            goto fail;
        }
    } else {
        EXC(self)->args = kr_tuple_new(0);
        if (!EXC(self)->args) { KR_DECREF(self); goto fail; }
    }
    KR_XDECREF(empty);
    if (KR_OBJECT_IS_GC(self)) kr_gc_track(self);
    return self;
fail:
    KR_XDECREF(empty);
    return NULL;
}

int kr_oserror_init(KrObject *self, KrObject *args, KrObject *kwds)
{
    KrObject *myerrno, *strerror, *filename, *filename2;
    if (!oserror_use_init(KR_TYPE(self))) return 0; /* done in __new__ */
    if (kr_exc_no_keywords(self, kwds) < 0) return -1;
    oserror_parse_args(args, &myerrno, &strerror, &filename, &filename2);
    return oserror_fill(self, args, myerrno, strerror, filename, filename2);
}

KrObject *kr_oserror_str(KrObject *o)
{
    KrOSErrorObject *e = OSE(o);
#define OR_NONE(x) ((x) ? (x) : KR_NONE)
    if (e->filename) {
        if (e->filename2)
            return kr_str_from_format("[Errno %S] %S: %R -> %R", OR_NONE(e->myerrno),
                                      OR_NONE(e->strerror), e->filename, e->filename2);
        return kr_str_from_format("[Errno %S] %S: %R", OR_NONE(e->myerrno),
                                  OR_NONE(e->strerror), e->filename);
    }
    if (e->myerrno && e->strerror)
        return kr_str_from_format("[Errno %S] %S", e->myerrno, e->strerror);
#undef OR_NONE
    KrObject *args = e->base.args;
    ssize_t n = args ? KR_SIZE(args) : 0;
    if (n == 0) return kr_str_from_cstr("");
    if (n == 1) return kr_object_str(KR_TUPLE_GET(args, 0));
    return kr_object_str(args);
}

int kr_oserror_clear(KrObject *o)
{
    KrOSErrorObject *e = OSE(o);
    KR_CLEAR(e->myerrno);
    KR_CLEAR(e->strerror);
    KR_CLEAR(e->filename);
    KR_CLEAR(e->filename2);
    return kr_exc_base_clear(o);
}

int kr_oserror_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrOSErrorObject *e = OSE(o);
    KR_VISIT(e->myerrno);
    KR_VISIT(e->strerror);
    KR_VISIT(e->filename);
    KR_VISIT(e->filename2);
    return kr_exc_base_traverse(o, visit, arg);
}

static KrObject *oserror_reduce(KrObject *o, KrObject *unused)
{
    KrOSErrorObject *e = OSE(o);
    KrObject *args = e->base.args;
    KrObject *res;
    if (KR_SIZE(args) == 2 && e->filename) {
        if (e->filename2)
            args = kr_tuple_pack(5, KR_TUPLE_GET(args, 0), KR_TUPLE_GET(args, 1), e->filename,
                                 KR_NONE, e->filename2);
        else
            args = kr_tuple_pack(3, KR_TUPLE_GET(args, 0), KR_TUPLE_GET(args, 1), e->filename);
        if (!args) return NULL;
    } else {
        KR_INCREF(args);
    }
    if (e->base.dict)
        res = kr_tuple_pack(3, (KrObject *)KR_TYPE(o), args, e->base.dict);
    else
        res = kr_tuple_pack(2, (KrObject *)KR_TYPE(o), args);
    KR_DECREF(args);
    return res;
}

static KrObject *oserror_written_get(KrObject *o, void *c)
{
    if (OSE(o)->written == -1) {
        kr_err_set_string(kr_exc_AttributeError, "characters_written");
        return NULL;
    }
    return kr_int_from_ssize(OSE(o)->written);
}

static int oserror_written_set(KrObject *o, KrObject *v, void *c)
{
    if (!v) {
        if (OSE(o)->written == -1) {
            kr_err_set_string(kr_exc_AttributeError, "characters_written");
            return -1;
        }
        OSE(o)->written = -1;
        return 0;
    }
    ssize_t n = kr_number_as_ssize(v, kr_exc_ValueError);
    if (n == -1 && kr_err_occurred()) return -1;
    OSE(o)->written = n;
    return 0;
}

KrMethodDef kr_oserror_methods[] = {
    { "__reduce__", (void *)oserror_reduce, KR_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

KrMemberDef kr_oserror_members[] = {
    { "errno", KR_T_OBJECT, offsetof(KrOSErrorObject, myerrno), 0, "POSIX exception code" },
    { "strerror", KR_T_OBJECT, offsetof(KrOSErrorObject, strerror), 0, "exception strerror" },
    { "filename", KR_T_OBJECT, offsetof(KrOSErrorObject, filename), 0, "exception filename" },
    { "filename2", KR_T_OBJECT, offsetof(KrOSErrorObject, filename2), 0,
      "second exception filename" },
    { NULL, 0, 0, 0, NULL },
};

KrGetSetDef kr_oserror_getset[] = {
    { "characters_written", oserror_written_get, oserror_written_set, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

/* ---------------------------------------------------------------------------
 * SyntaxError
 * ------------------------------------------------------------------------ */

#define SE(o) ((KrSyntaxErrorObject *)(o))

int kr_syntaxerror_init(KrObject *o, KrObject *args, KrObject *kwds)
{
    KrSyntaxErrorObject *self = SE(o);
    if (kr_exc_base_init(o, args, kwds) < 0) return -1;
    ssize_t n = KR_SIZE(args);
    if (n >= 1) KR_SETREF(self->msg, kr_newref(KR_TUPLE_GET(args, 0)));
    if (n == 2) {
        KrObject *info = kr_sequence_tuple(KR_TUPLE_GET(args, 1));
        if (!info) return -1;
        ssize_t m = KR_SIZE(info);
        if (m < 4 || m > 6) {
            kr_err_format(kr_exc_TypeError, "function takes %s %d arguments (%zd given)",
                          m < 4 ? "at least" : "at most", m < 4 ? 4 : 6, m);
            KR_DECREF(info);
            return -1;
        }
        KR_SETREF(self->filename, kr_newref(KR_TUPLE_GET(info, 0)));
        KR_SETREF(self->lineno, kr_newref(KR_TUPLE_GET(info, 1)));
        KR_SETREF(self->offset, kr_newref(KR_TUPLE_GET(info, 2)));
        KR_SETREF(self->text, kr_newref(KR_TUPLE_GET(info, 3)));
        KR_SETREF(self->end_lineno, m >= 5 ? kr_newref(KR_TUPLE_GET(info, 4)) : NULL);
        KR_SETREF(self->end_offset, m >= 6 ? kr_newref(KR_TUPLE_GET(info, 5)) : NULL);
        KR_DECREF(info);
        if (self->end_lineno && !self->end_offset) {
            kr_err_set_string(kr_exc_TypeError,
                              "end_offset must be provided when end_lineno is provided");
            return -1;
        }
    }
    return 0;
}

KrObject *kr_syntaxerror_str(KrObject *o)
{
    KrSyntaxErrorObject *self = SE(o);
    KrObject *filename = NULL;
    KrObject *msg = self->msg ? self->msg : KR_NONE;
    if (self->filename && KR_STR_CHECK(self->filename)) {
        ssize_t len = KR_STR_LEN(self->filename);
        ssize_t slash = -1;
        for (ssize_t i = len - 1; i >= 0; i--)
            if (KR_STR_READ_CHAR(self->filename, i) == '/') { slash = i; break; }
        filename = slash >= 0 ? kr_str_substring(self->filename, slash + 1, len)
                              : kr_newref(self->filename);
        if (!filename) return NULL;
    }
    int have_lineno = self->lineno && KR_INT_CHECK_EXACT(self->lineno);
    KrObject *r;
    if (!filename && !have_lineno) return kr_object_str(msg);
    long lineno = 0;
    if (have_lineno) {
        int64_t v = kr_int_as_i64(self->lineno);
        if (v == -1 && kr_err_occurred()) { kr_err_clear(); v = -1; }
        lineno = (long)v;
    }
    if (filename && have_lineno)
        r = kr_str_from_format("%S (%U, line %ld)", msg, filename, lineno);
    else if (filename)
        r = kr_str_from_format("%S (%U)", msg, filename);
    else
        r = kr_str_from_format("%S (line %ld)", msg, lineno);
    KR_XDECREF(filename);
    return r;
}

int kr_syntaxerror_clear(KrObject *o)
{
    KrSyntaxErrorObject *s = SE(o);
    KR_CLEAR(s->msg);
    KR_CLEAR(s->filename);
    KR_CLEAR(s->lineno);
    KR_CLEAR(s->offset);
    KR_CLEAR(s->text);
    KR_CLEAR(s->end_lineno);
    KR_CLEAR(s->end_offset);
    KR_CLEAR(s->print_file_and_line);
    return kr_exc_base_clear(o);
}

int kr_syntaxerror_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrSyntaxErrorObject *s = SE(o);
    KR_VISIT(s->msg);
    KR_VISIT(s->filename);
    KR_VISIT(s->lineno);
    KR_VISIT(s->offset);
    KR_VISIT(s->text);
    KR_VISIT(s->end_lineno);
    KR_VISIT(s->end_offset);
    KR_VISIT(s->print_file_and_line);
    return kr_exc_base_traverse(o, visit, arg);
}

KrMemberDef kr_syntaxerror_members[] = {
    { "msg", KR_T_OBJECT, offsetof(KrSyntaxErrorObject, msg), 0, "exception msg" },
    { "filename", KR_T_OBJECT, offsetof(KrSyntaxErrorObject, filename), 0, "exception filename" },
    { "lineno", KR_T_OBJECT, offsetof(KrSyntaxErrorObject, lineno), 0, "exception lineno" },
    { "offset", KR_T_OBJECT, offsetof(KrSyntaxErrorObject, offset), 0, "exception offset" },
    { "text", KR_T_OBJECT, offsetof(KrSyntaxErrorObject, text), 0, "exception text" },
    { "end_lineno", KR_T_OBJECT, offsetof(KrSyntaxErrorObject, end_lineno), 0,
      "exception end lineno" },
    { "end_offset", KR_T_OBJECT, offsetof(KrSyntaxErrorObject, end_offset), 0,
      "exception end offset" },
    { "print_file_and_line", KR_T_OBJECT,
      offsetof(KrSyntaxErrorObject, print_file_and_line), 0, "exception print_file_and_line" },
    { NULL, 0, 0, 0, NULL },
};

/* ---------------------------------------------------------------------------
 * UnicodeError: UnicodeEncodeError(encoding, object, start, end, reason),
 * UnicodeDecodeError(encoding, bytes, start, end, reason),
 * UnicodeTranslateError(object, start, end, reason).
 * ------------------------------------------------------------------------ */

#define UE(o) ((KrUnicodeErrorObject *)(o))

int kr_unicodeerror_clear(KrObject *o)
{
    KR_CLEAR(UE(o)->encoding);
    KR_CLEAR(UE(o)->object);
    KR_CLEAR(UE(o)->reason);
    return kr_exc_base_clear(o);
}

int kr_unicodeerror_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(UE(o)->encoding);
    KR_VISIT(UE(o)->object);
    KR_VISIT(UE(o)->reason);
    return kr_exc_base_traverse(o, visit, arg);
}

KrMemberDef kr_unicodeerror_members[] = {
    { "encoding", KR_T_OBJECT, offsetof(KrUnicodeErrorObject, encoding), 0, "exception encoding" },
    { "object", KR_T_OBJECT, offsetof(KrUnicodeErrorObject, object), 0, "exception object" },
    { "start", KR_T_SSIZE, offsetof(KrUnicodeErrorObject, start), 0, "exception start" },
    { "end", KR_T_SSIZE, offsetof(KrUnicodeErrorObject, end), 0, "exception end" },
    { "reason", KR_T_OBJECT, offsetof(KrUnicodeErrorObject, reason), 0, "exception reason" },
    { NULL, 0, 0, 0, NULL },
};

/* PyArg_ParseTuple-like checking of the constructor arguments: `fmt` has one
 * letter per argument: U (str), O (any), B (bytes-like, converted to bytes),
 * n (index -> ssize_t). */
static int unicodeerror_parse(KrObject *args, const char *fmt, KrObject **objs, ssize_t *ns)
{
    ssize_t want = (ssize_t)strlen(fmt), n = KR_SIZE(args);
    if (n != want) {
        kr_err_format(kr_exc_TypeError, "function takes exactly %zd arguments (%zd given)", want, n);
        return -1;
    }
    int oi = 0, ni = 0;
    for (ssize_t i = 0; i < n; i++) {
        KrObject *a = KR_TUPLE_GET(args, i);
        switch (fmt[i]) {
        case 'U':
            if (!KR_STR_CHECK(a)) {
                kr_err_format(kr_exc_TypeError, "argument %zd must be str, not %s", i + 1,
                              a == KR_NONE ? "None" : KR_TYPE(a)->tp_name);
                goto fail;
            }
            objs[oi++] = kr_newref(a);
            break;
        case 'B': {
            KrBuffer view;
            if (kr_object_get_buffer(a, &view, KR_BUF_SIMPLE) < 0) goto fail;
            objs[oi] = kr_bytes_from(view.buf, view.len);
            kr_buffer_release(&view);
            if (!objs[oi++]) goto fail;
            break;
        }
        case 'n': {
            KrObject *idx = kr_number_index(a);
            if (!idx) goto fail;
            ssize_t v = kr_int_as_ssize(idx);
            KR_DECREF(idx);
            if (v == -1 && kr_err_occurred()) goto fail;
            ns[ni++] = v;
            break;
        }
        }
    }
    return 0;
fail:
    for (int i = 0; i < oi; i++) KR_DECREF(objs[i]);
    return -1;
}

int kr_unicodeencodeerror_init(KrObject *o, KrObject *args, KrObject *kwds)
{
    KrObject *objs[3];
    ssize_t ns[2];
    if (kr_exc_base_init(o, args, kwds) < 0) return -1;
    if (unicodeerror_parse(args, "UUnnU", objs, ns) < 0) return -1;
    KR_SETREF(UE(o)->encoding, objs[0]);
    KR_SETREF(UE(o)->object, objs[1]);
    KR_SETREF(UE(o)->reason, objs[2]);
    UE(o)->start = ns[0];
    UE(o)->end = ns[1];
    return 0;
}

int kr_unicodedecodeerror_init(KrObject *o, KrObject *args, KrObject *kwds)
{
    KrObject *objs[3];
    ssize_t ns[2];
    if (kr_exc_base_init(o, args, kwds) < 0) return -1;
    if (unicodeerror_parse(args, "UBnnU", objs, ns) < 0) return -1;
    KR_SETREF(UE(o)->encoding, objs[0]);
    KR_SETREF(UE(o)->object, objs[1]);
    KR_SETREF(UE(o)->reason, objs[2]);
    UE(o)->start = ns[0];
    UE(o)->end = ns[1];
    return 0;
}

int kr_unicodetranslateerror_init(KrObject *o, KrObject *args, KrObject *kwds)
{
    KrObject *objs[2];
    ssize_t ns[2];
    if (kr_exc_base_init(o, args, kwds) < 0) return -1;
    if (unicodeerror_parse(args, "UnnU", objs, ns) < 0) return -1;
    KR_SETREF(UE(o)->object, objs[0]);
    KR_SETREF(UE(o)->reason, objs[1]);
    UE(o)->start = ns[0];
    UE(o)->end = ns[1];
    return 0;
}

/* "'\xNN'", "'\uNNNN'" or "'\UNNNNNNNN'" for one character of a message */
static const char *badchar_fmt(uint32_t ch)
{
    return ch <= 0xff ? "\\x%02x" : ch <= 0xffff ? "\\u%04x" : "\\U%08x";
}

KrObject *kr_unicodeencodeerror_str(KrObject *o)
{
    KrUnicodeErrorObject *u = UE(o);
    if (!u->object) return kr_str_from_cstr("");
    KrObject *reason = kr_object_str(u->reason ? u->reason : KR_NONE);
    KrObject *enc = reason ? kr_object_str(u->encoding ? u->encoding : KR_NONE) : NULL;
    KrObject *r = NULL;
    if (!enc) goto done;
    if (KR_STR_CHECK(u->object) && u->start >= 0 && u->start < KR_STR_LEN(u->object) &&
        u->end == u->start + 1) {
        uint32_t ch = KR_STR_READ_CHAR(u->object, u->start);
        char bad[16];
        snprintf(bad, sizeof bad, badchar_fmt(ch), (unsigned)ch);
        r = kr_str_from_format("'%U' codec can't encode character '%s' in position %zd: %U",
                               enc, bad, u->start, reason);
    } else {
        r = kr_str_from_format("'%U' codec can't encode characters in position %zd-%zd: %U",
                               enc, u->start, u->end - 1, reason);
    }
done:
    KR_XDECREF(reason);
    KR_XDECREF(enc);
    return r;
}

KrObject *kr_unicodedecodeerror_str(KrObject *o)
{
    KrUnicodeErrorObject *u = UE(o);
    if (!u->object) return kr_str_from_cstr("");
    KrObject *reason = kr_object_str(u->reason ? u->reason : KR_NONE);
    KrObject *enc = reason ? kr_object_str(u->encoding ? u->encoding : KR_NONE) : NULL;
    KrObject *r = NULL;
    if (!enc) goto done;
    if (KR_BYTES_CHECK(u->object) && u->start >= 0 && u->start < KR_BYTES_LEN(u->object) &&
        u->end == u->start + 1) {
        int byte = (unsigned char)KR_BYTES_DATA(u->object)[u->start];
        r = kr_str_from_format("'%U' codec can't decode byte 0x%02x in position %zd: %U",
                               enc, byte, u->start, reason);
    } else {
        r = kr_str_from_format("'%U' codec can't decode bytes in position %zd-%zd: %U",
                               enc, u->start, u->end - 1, reason);
    }
done:
    KR_XDECREF(reason);
    KR_XDECREF(enc);
    return r;
}

KrObject *kr_unicodetranslateerror_str(KrObject *o)
{
    KrUnicodeErrorObject *u = UE(o);
    if (!u->object) return kr_str_from_cstr("");
    KrObject *reason = kr_object_str(u->reason ? u->reason : KR_NONE);
    if (!reason) return NULL;
    KrObject *r;
    if (KR_STR_CHECK(u->object) && u->start >= 0 && u->start < KR_STR_LEN(u->object) &&
        u->end == u->start + 1) {
        uint32_t ch = KR_STR_READ_CHAR(u->object, u->start);
        char bad[16];
        snprintf(bad, sizeof bad, badchar_fmt(ch), (unsigned)ch);
        r = kr_str_from_format("can't translate character '%s' in position %zd: %U", bad,
                               u->start, reason);
    } else {
        r = kr_str_from_format("can't translate characters in position %zd-%zd: %U", u->start,
                               u->end - 1, reason);
    }
    KR_DECREF(reason);
    return r;
}

/* ---------------------------------------------------------------------------
 * BaseExceptionGroup / ExceptionGroup
 * ------------------------------------------------------------------------ */

#define EG(o) ((KrBaseExceptionGroupObject *)(o))

int kr_exceptiongroup_check(KrObject *o)
{
    return kr_type_is_subtype(KR_TYPE(o), (KrTypeObject *)kr_exc_BaseExceptionGroup);
}

KrObject *kr_excgroup_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    const char *fname = "BaseExceptionGroup.__new__";
    ssize_t n = args ? KR_SIZE(args) : 0;
    if (n != 2) {
        return kr_err_format(kr_exc_TypeError, "%s() takes exactly 2 arguments (%zd given)",
                             fname, n);
    }
    KrObject *message = KR_TUPLE_GET(args, 0), *excs_in = KR_TUPLE_GET(args, 1);
    if (!KR_STR_CHECK(message)) {
        return kr_err_format(kr_exc_TypeError, "%s() argument 1 must be str, not %s", fname,
                             message == KR_NONE ? "None" : KR_TYPE(message)->tp_name);
    }
    if (!kr_sequence_check(excs_in)) {
        kr_err_set_string(kr_exc_TypeError, "second argument (exceptions) must be a sequence");
        return NULL;
    }
    KrObject *excs = kr_sequence_tuple(excs_in);
    if (!excs) return NULL;
    ssize_t num = KR_SIZE(excs);
    if (num == 0) {
        kr_err_set_string(kr_exc_ValueError,
                          "second argument (exceptions) must be a non-empty sequence");
        goto error;
    }
    int nested_base = 0;
    for (ssize_t i = 0; i < num; i++) {
        KrObject *e = KR_TUPLE_GET(excs, i);
        if (!kr_exception_check(e)) {
            kr_err_format(kr_exc_ValueError,
                          "Item %zd of second argument (exceptions) is not an exception", i);
            goto error;
        }
        if (!kr_type_is_subtype(KR_TYPE(e), (KrTypeObject *)kr_exc_Exception)) nested_base = 1;
    }
    KrTypeObject *cls = type;
    if (cls == (KrTypeObject *)kr_exc_ExceptionGroup) {
        if (nested_base) {
            kr_err_set_string(kr_exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
            goto error;
        }
    } else if (cls == (KrTypeObject *)kr_exc_BaseExceptionGroup) {
        if (!nested_base) cls = (KrTypeObject *)kr_exc_ExceptionGroup;
    } else if (nested_base && kr_type_is_subtype(cls, (KrTypeObject *)kr_exc_Exception)) {
        kr_err_format(kr_exc_TypeError, "Cannot nest BaseExceptions in '%s'", cls->tp_name);
        goto error;
    }
    KrObject *self = kr_exc_base_new(cls, args, kwds);
    if (!self) goto error;
    EG(self)->msg = kr_newref(message);
    EG(self)->excs = excs;
    return self;
error:
    KR_DECREF(excs);
    return NULL;
}

int kr_excgroup_init(KrObject *self, KrObject *args, KrObject *kwds)
{
    if (kr_exc_no_keywords(self, kwds) < 0) return -1;
    return kr_exc_base_init(self, args, kwds);
}

KrObject *kr_excgroup_str(KrObject *o)
{
    ssize_t n = EG(o)->excs ? KR_SIZE(EG(o)->excs) : 0;
    return kr_str_from_format("%S (%zd sub-exception%s)", EG(o)->msg ? EG(o)->msg : KR_NONE, n,
                              n > 1 ? "s" : "");
}

int kr_excgroup_clear(KrObject *o)
{
    KR_CLEAR(EG(o)->msg);
    KR_CLEAR(EG(o)->excs);
    return kr_exc_base_clear(o);
}

int kr_excgroup_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(EG(o)->msg);
    KR_VISIT(EG(o)->excs);
    return kr_exc_base_traverse(o, visit, arg);
}

static KrObject *excgroup_derive(KrObject *o, KrObject *excs)
{
    KrObject *args = kr_tuple_pack(2, EG(o)->msg ? EG(o)->msg : KR_NONE, excs);
    if (!args) return NULL;
    KrObject *r = kr_object_call(kr_exc_BaseExceptionGroup, args, NULL);
    KR_DECREF(args);
    return r;
}

static KrObject *excgroup_derive_meth(KrObject *o, KrObject *const *args, ssize_t nargs)
{
    if (nargs != 1) {
        return kr_err_format(kr_exc_TypeError, "function takes exactly 1 argument (%zd given)",
                             nargs);
    }
    return excgroup_derive(o, args[0]);
}

enum { MATCH_BY_TYPE, MATCH_BY_PREDICATE };

static int matcher_type(KrObject *value, int *type)
{
    if (kr_callable_check(value) && !KR_TYPE_CHECK(value)) {
        *type = MATCH_BY_PREDICATE;
        return 0;
    }
    if (kr_exception_class_check(value)) {
        *type = MATCH_BY_TYPE;
        return 0;
    }
    if (KR_TUPLE_CHECK_EXACT(value)) {
        for (ssize_t i = 0; i < KR_SIZE(value); i++)
            if (!kr_exception_class_check(KR_TUPLE_GET(value, i))) goto error;
        *type = MATCH_BY_TYPE;
        return 0;
    }
error:
    kr_err_set_string(kr_exc_TypeError,
                      "expected a function, exception type or tuple of exception types");
    return -1;
}

static int split_check_match(KrObject *exc, int mtype, KrObject *matcher)
{
    if (mtype == MATCH_BY_TYPE) return kr_err_given_matches(exc, matcher);
    KrObject *r = kr_object_call_one(matcher, exc);
    if (!r) return -1;
    int t = kr_object_is_true(r);
    KR_DECREF(r);
    return t;
}

/* derive() a group holding excs (a list) with orig's traceback, context,
 * cause and a copy of its notes. *result NULL when excs is empty. */
static int excgroup_subset(KrObject *orig, KrObject *excs, KrObject **result)
{
    *result = NULL;
    if (KR_SIZE(excs) == 0) return 0;
    KrObject *eg = kr_object_call_method_str(orig, "derive", &excs, 1);
    if (!eg) return -1;
    if (!kr_exceptiongroup_check(eg)) {
        kr_err_set_string(kr_exc_TypeError, "derive must return an instance of BaseExceptionGroup");
        goto error;
    }
    kr_exception_set_traceback(eg, kr_exception_get_traceback(orig));
    kr_exception_set_context_steal(eg, kr_xnewref(kr_exception_get_context(orig)));
    kr_exception_set_cause_steal(eg, kr_xnewref(kr_exception_get_cause(orig)));
    KrObject *notes;
    if (kr_object_lookup_attr(orig, KR_ID(__notes__), &notes) < 0) goto error;
    if (notes) {
        if (kr_sequence_check(notes)) {
            KrObject *copy = kr_sequence_list(notes);
            KR_DECREF(notes);
            if (!copy) goto error;
            int r = kr_object_setattr(eg, KR_ID(__notes__), copy);
            KR_DECREF(copy);
            if (r < 0) goto error;
        } else {
            KR_DECREF(notes);
        }
    }
    *result = eg;
    return 0;
error:
    KR_DECREF(eg);
    return -1;
}

static int split_recursive(KrObject *exc, int mtype, KrObject *matcher, int construct_rest,
                           KrObject **match, KrObject **rest)
{
    *match = NULL;
    if (rest) *rest = NULL;
    int is_match = split_check_match(exc, mtype, matcher);
    if (is_match < 0) return -1;
    if (is_match) {
        *match = kr_newref(exc);
        return 0;
    }
    if (!kr_exceptiongroup_check(exc)) {
        if (construct_rest) *rest = kr_newref(exc);
        return 0;
    }
    int ret = -1;
    KrObject *excs = EG(exc)->excs;
    KrObject *match_list = kr_list_new(0), *rest_list = NULL;
    if (!match_list) return -1;
    if (construct_rest && !(rest_list = kr_list_new(0))) goto done;
    for (ssize_t i = 0; i < KR_SIZE(excs); i++) {
        KrObject *m, *r = NULL;
        if (kr_recursion_enter(" in exceptiongroup_split_recursive") < 0) goto done;
        int rc = split_recursive(KR_TUPLE_GET(excs, i), mtype, matcher, construct_rest, &m,
                                 construct_rest ? &r : NULL);
        kr_recursion_leave();
        if (rc < 0) goto done;
        if (m) {
            int a = kr_list_append(match_list, m);
            KR_DECREF(m);
            if (a < 0) { KR_XDECREF(r); goto done; }
        }
        if (r) {
            int a = kr_list_append(rest_list, r);
            KR_DECREF(r);
            if (a < 0) goto done;
        }
    }
    if (excgroup_subset(exc, match_list, match) < 0) goto done;
    if (construct_rest && excgroup_subset(exc, rest_list, rest) < 0) {
        KR_CLEAR(*match);
        goto done;
    }
    ret = 0;
done:
    KR_DECREF(match_list);
    KR_XDECREF(rest_list);
    return ret;
}

int kr_exceptiongroup_split(KrObject *eg, KrObject *matcher, KrObject **match, KrObject **rest)
{
    int mtype;
    if (matcher_type(matcher, &mtype) < 0) return -1;
    return split_recursive(eg, mtype, matcher, rest != NULL, match, rest);
}

static KrObject *excgroup_split(KrObject *o, KrObject *const *args, ssize_t nargs)
{
    if (nargs != 1) {
        return kr_err_format(kr_exc_TypeError, "split expected 1 argument, got %zd", nargs);
    }
    KrObject *match, *rest;
    if (kr_exceptiongroup_split(o, args[0], &match, &rest) < 0) return NULL;
    KrObject *r = kr_tuple_pack(2, match ? match : KR_NONE, rest ? rest : KR_NONE);
    KR_XDECREF(match);
    KR_XDECREF(rest);
    return r;
}

static KrObject *excgroup_subgroup(KrObject *o, KrObject *const *args, ssize_t nargs)
{
    if (nargs != 1) {
        return kr_err_format(kr_exc_TypeError, "subgroup expected 1 argument, got %zd", nargs);
    }
    KrObject *match;
    if (kr_exceptiongroup_split(o, args[0], &match, NULL) < 0) return NULL;
    return match ? match : kr_newref(KR_NONE);
}

KrMethodDef kr_excgroup_methods[] = {
    { "__class_getitem__", (void *)kr_generic_alias_class_getitem, KR_METH_O | KR_METH_CLASS,
      "See PEP 585" },
    { "derive", (void *)excgroup_derive_meth, KR_METH_FASTCALL, NULL },
    { "split", (void *)excgroup_split, KR_METH_FASTCALL, NULL },
    { "subgroup", (void *)excgroup_subgroup, KR_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

KrMemberDef kr_excgroup_members[] = {
    { "message", KR_T_OBJECT, offsetof(KrBaseExceptionGroupObject, msg), KR_READONLY,
      "exception message" },
    { "exceptions", KR_T_OBJECT, offsetof(KrBaseExceptionGroupObject, excs), KR_READONLY,
      "nested exceptions" },
    { NULL, 0, 0, 0, NULL },
};

int kr_exceptions_more_init(void)
{
    return 0;
}
