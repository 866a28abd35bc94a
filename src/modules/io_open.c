/* io_open.c — the _io module functions open(), open_code() and
 * text_encoding(), and the C API of iomodule.h built on them. open()
 * validates the mode as CPython's _io.open and stacks FileIO, a Buffered*
 * object and a TextIOWrapper as the mode asks. */
#include "io.h"
#include "sys.h"
#include "posixmodule.h"
#include "../objects/type.h"
#include "../objects/str.h"
#include "../objects/bytes.h"
#include "../objects/int.h"
#include "../objects/float.h"
#include "../objects/tuple.h"
#include "../objects/args.h"
#include "../vm/err.h"

#include <string.h>

/* The arguments of open() after parsing. */
typedef struct {
    KrObject *file, *mode, *encoding, *errors, *newline, *closefd, *opener;
    ssize_t buffering;
} IOOpenArgs;

static KrObject *io_call_type(KrTypeObject *t, KrObject *const *args, ssize_t n)
{
    return kr_object_vectorcall((KrObject *)t, args, (size_t)n, NULL);
}

static KrObject *io_open_impl(IOOpenArgs *a)
{
    if (kr_io_types_init() < 0) return NULL;
    const char *mode = kr_str_as_utf8(a->mode, NULL);
    if (!mode) return NULL;
    int creating = 0, reading = 0, writing = 0, appending = 0, updating = 0;
    int text = 0, binary = 0;
    for (const char *s = mode; *s; s++) {
        const char *p = strchr("xrwa+tb", *s);
        if (!p || *s == '\0' || strchr(s + 1, *s)) goto invalid_mode;
        switch (*s) {
        case 'x': creating = 1; break;
        case 'r': reading = 1; break;
        case 'w': writing = 1; break;
        case 'a': appending = 1; break;
        case '+': updating = 1; break;
        case 't': text = 1; break;
        case 'b': binary = 1; break;
        }
    }
    char rawmode[6], *m = rawmode;
    if (creating) *m++ = 'x';
    if (reading) *m++ = 'r';
    if (writing) *m++ = 'w';
    if (appending) *m++ = 'a';
    if (updating) *m++ = '+';
    *m = '\0';
    if (text && binary) {
        kr_err_set_string(kr_exc_ValueError, "can't have text and binary mode at once");
        return NULL;
    }
    if (creating + reading + writing + appending > 1) {
        kr_err_set_string(kr_exc_ValueError, "must have exactly one of create/read/write/append mode");
        return NULL;
    }
    if (binary && a->encoding) {
        kr_err_set_string(kr_exc_ValueError, "binary mode doesn't take an encoding argument");
        return NULL;
    }
    if (binary && a->errors) {
        kr_err_set_string(kr_exc_ValueError, "binary mode doesn't take an errors argument");
        return NULL;
    }
    if (binary && a->newline) {
        kr_err_set_string(kr_exc_ValueError, "binary mode doesn't take a newline argument");
        return NULL;
    }
    if (binary && a->buffering == 1) {
        if (kr_err_warn(kr_exc_RuntimeWarning, "line buffering (buffering=1) isn't supported in "
                        "binary mode, the default buffer size will be used", 1) < 0)
            return NULL;
    }

    KrObject *result = NULL, *raw = NULL, *buffer = NULL, *wrapper = NULL;
    {
        /* a path-like object is resolved here, so that .name is the path */
        KrObject *file = a->file;
        if (KR_STR_CHECK(file) || KR_BYTES_CHECK(file) || kr_index_check(file) ||
            KR_FLOAT_CHECK(file) || KR_TYPE_CHECK_EXACT_OR_SUB(file, &kr_complex_type))
            file = kr_newref(file);
        else
            file = kr_posix_fspath(file);
        if (!file) return NULL;
        KrObject *rm = kr_str_from_cstr(rawmode);
        if (!rm) { KR_DECREF(file); return NULL; }
        KrObject *args[4] = { file, rm, a->closefd ? a->closefd : KR_TRUE,
                              a->opener ? a->opener : KR_NONE };
        raw = io_call_type(&kr_io_fileio_type, args, 4);
        KR_DECREF(rm);
        KR_DECREF(file);
        if (!raw) return NULL;
    }
    result = raw;

    int line_buffering = 0;
    ssize_t buffering = a->buffering;
    if (buffering == 1 || buffering < 0) {
        KrObject *r = kr_object_call_method_str(raw, "isatty", NULL, 0);
        if (!r) goto fail;
        int tty = r == KR_TRUE;
        KR_DECREF(r);
        if (buffering == 1 || tty) line_buffering = 1;
        if (buffering < 0 || buffering == 1) {
            buffering = KR_IO_DEFAULT_BUFFER_SIZE;
            if (KR_TYPE_CHECK_EXACT_OR_SUB(raw, &kr_io_fileio_type) && ((KrFileIOObject *)raw)->blksize > 1)
                buffering = ((KrFileIOObject *)raw)->blksize;
        }
    }
    if (buffering < 0) {
        kr_err_set_string(kr_exc_ValueError, "invalid buffering size");
        goto fail;
    }
    if (buffering == 0) {
        if (binary) return result;
        kr_err_set_string(kr_exc_ValueError, "can't have unbuffered text I/O");
        goto fail;
    }
    KrTypeObject *btype;
    if (updating) btype = &kr_io_bufferedrandom_type;
    else if (creating || writing || appending) btype = &kr_io_bufferedwriter_type;
    else if (reading) btype = &kr_io_bufferedreader_type;
    else {
        kr_err_format(kr_exc_ValueError, "unknown mode: '%s'", mode);
        goto fail;
    }
    {
        KrObject *bs = kr_int_from_ssize(buffering);
        if (!bs) goto fail;
        KrObject *args[2] = { raw, bs };
        buffer = io_call_type(btype, args, 2);
        KR_DECREF(bs);
        if (!buffer) goto fail;
    }
    result = buffer;
    KR_DECREF(raw);
    raw = NULL;
    if (binary) return result;
    {
        KrObject *args[5] = { buffer, a->encoding ? a->encoding : KR_NONE,
                              a->errors ? a->errors : KR_NONE, a->newline ? a->newline : KR_NONE,
                              line_buffering ? KR_TRUE : KR_FALSE };
        wrapper = io_call_type(&kr_io_textiowrapper_type, args, 5);
        if (!wrapper) goto fail;
    }
    result = wrapper;
    KR_DECREF(buffer);
    buffer = NULL;
    if (kr_object_setattr_str(wrapper, "mode", a->mode) < 0) goto fail;
    return result;
fail:
    {
        KrObject *exc = kr_err_fetch();
        KrObject *r = kr_object_call_method_str(result, "close", NULL, 0);
        if (r) KR_DECREF(r);
        else kr_err_clear();
        kr_err_restore(exc);
    }
    KR_DECREF(result);
    return NULL;
invalid_mode:
    kr_err_format(kr_exc_ValueError, "invalid mode: '%s'", mode);
    return NULL;
}

/* A "str or None" argument of open(): NULL when None/omitted. */
static int io_open_str_arg(KrObject **p, const char *name)
{
    if (*p == KR_NONE) *p = NULL;
    if (*p && !KR_STR_CHECK(*p)) {
        kr_err_format(kr_exc_TypeError, "open() argument '%s' must be str or None, not %s", name,
                      KR_TYPE(*p)->tp_name);
        return -1;
    }
    return 0;
}

/* open(file, mode='r', buffering=-1, encoding=None, errors=None,
 *      newline=None, closefd=True, opener=None) */
static KrObject *io_open(KrObject *module, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "file", "mode", "buffering", "encoding", "errors",
                                          "newline", "closefd", "opener", NULL };
    static const KrArgSpec spec = { "open", names, 0, 8, 1 };
    KrObject *v[8];
    if (kr_args_parse(&spec, args, nargs, kwnames, v) < 0) return NULL;
    IOOpenArgs a = { v[0], v[1], v[3], v[4], v[5], v[6], v[7], -1 };
    KrObject *dflt_mode = NULL;
    if (!a.mode) a.mode = dflt_mode = kr_str_from_cstr("r");
    if (!a.mode) return NULL;
    KrObject *r = NULL;
    if (!KR_STR_CHECK(a.mode)) {
        kr_err_format(kr_exc_TypeError, "open() argument 'mode' must be str, not %s",
                      a.mode == KR_NONE ? "None" : KR_TYPE(a.mode)->tp_name);
        goto done;
    }
    if (v[2]) {
        a.buffering = kr_number_as_ssize(v[2], kr_exc_OverflowError);
        if (a.buffering == -1 && kr_err_occurred()) goto done;
    }
    if (io_open_str_arg(&a.encoding, "encoding") < 0 || io_open_str_arg(&a.errors, "errors") < 0 ||
        io_open_str_arg(&a.newline, "newline") < 0)
        goto done;
    if (a.opener == KR_NONE) a.opener = NULL;
    r = io_open_impl(&a);
done:
    KR_XDECREF(dflt_mode);
    return r;
}

KrObject *kr_io_open_call(KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    return io_open(NULL, args, nargs, kwnames);
}

KrObject *kr_io_open(KrObject *file, const char *mode)
{
    IOOpenArgs a = { file, NULL, NULL, NULL, NULL, NULL, NULL, -1 };
    a.mode = kr_str_from_cstr(mode);
    if (!a.mode) return NULL;
    KrObject *r = io_open_impl(&a);
    KR_DECREF(a.mode);
    return r;
}

KrObject *kr_io_open_code(KrObject *path)
{
    if (!KR_STR_CHECK(path)) {
        return kr_err_format(kr_exc_TypeError, "open_code() argument 'path' must be str, not %s",
                             path == KR_NONE ? "None" : KR_TYPE(path)->tp_name);
    }
    return kr_io_open(path, "rb");
}

KrObject *kr_io_read_file_bytes(KrObject *path)
{
    if (kr_io_types_init() < 0) return NULL;
    KrObject *mode = kr_str_from_cstr("rb");
    if (!mode) return NULL;
    KrObject *args[2] = { path, mode };
    KrObject *raw = io_call_type(&kr_io_fileio_type, args, 2);
    KR_DECREF(mode);
    if (!raw) return NULL;
    KrObject *data = kr_object_call_method_str(raw, "readall", NULL, 0);
    KrObject *exc = data ? NULL : kr_err_fetch();
    KrObject *r = kr_object_call_method_str(raw, "close", NULL, 0);
    KR_DECREF(raw);
    if (!r) {
        if (exc) KR_DECREF(exc);
        KR_XDECREF(data);
        return NULL;
    }
    KR_DECREF(r);
    if (exc) kr_err_restore(exc);
    return data;
}

static KrObject *io_open_code(KrObject *module, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "path", NULL };
    static const KrArgSpec spec = { "open_code", names, 0, 1, 1 };
    KrObject *v[1];
    if (kr_args_parse(&spec, args, nargs, kwnames, v) < 0) return NULL;
    return kr_io_open_code(v[0]);
}

/* text_encoding(encoding, stacklevel=2): "locale" (or "utf-8" in UTF-8
 * mode) for None, else encoding unchanged. */
static KrObject *io_text_encoding(KrObject *module, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("text_encoding", nargs, 1, 2) < 0) return NULL;
    if (args[0] != KR_NONE) return kr_newref(args[0]);
    int utf8_mode = 0;
    KrObject *flags = kr_sys_get_object_borrow("flags");
    if (flags) {
        KrObject *u = kr_io_getattr(flags, "utf8_mode");
        if (!u) kr_err_clear();
        else {
            utf8_mode = kr_object_is_true(u) > 0;
            KR_DECREF(u);
        }
    }
    return kr_str_from_cstr(utf8_mode ? "utf-8" : "locale");
}

KrMethodDef kr_io_module_methods[] = {
    { "open", (void *)io_open, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Open file and return a stream.  Raise OSError upon failure." },
    { "open_code", (void *)io_open_code, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Opens the provided file with the intent to import the contents." },
    { "text_encoding", (void *)io_text_encoding, KR_METH_FASTCALL,
      "A helper function to choose the text encoding." },
    { NULL, NULL, 0, NULL },
};
