/* io_nldecoder.c — _io.IncrementalNewlineDecoder and the newline helpers
 * that TextIOWrapper and StringIO share: translating \r and \r\n to \n
 * with a pending \r carried between chunks, recording which newline kinds
 * were seen, and finding the end of a line in universal or fixed mode. */
#include "io.h"
#include "modargs.h"
#include "../objects/type.h"
#include "../objects/str.h"
#include "../objects/bytes.h"
#include "../objects/int.h"
#include "../objects/tuple.h"
#include "../memory/gc.h"
#include "../vm/err.h"

#include <string.h>

/* ---- shared helpers ---- */

ssize_t kr_io_find_char(KrObject *s, uint32_t ch, ssize_t start, ssize_t end)
{
    if (start >= end) return -1;
    int kind = KR_STR_KIND(s);
    const void *data = KR_STR_DATA(s);
    if (kind == 1) {
        if (ch > 0xff) return -1;
        const unsigned char *p = (const unsigned char *)data;
        const unsigned char *hit = memchr(p + start, (int)ch, (size_t)(end - start));
        return hit ? hit - p : -1;
    }
    for (ssize_t i = start; i < end; i++)
        if (kr_str_read(kind, data, i) == ch) return i;
    return -1;
}

KrObject *kr_io_translate_newlines(KrObject *s, int translate, char *pendingcr, int *seennl,
                                   int final)
{
    ssize_t len = KR_STR_LEN(s);
    if (*pendingcr && (len > 0 || final)) {
        KrObject *cr = kr_str_from_char('\r');
        if (!cr) { KR_DECREF(s); return NULL; }
        KrObject *joined = kr_str_concat(cr, s);
        KR_DECREF(cr);
        KR_DECREF(s);
        if (!joined) return NULL;
        s = joined;
        len = KR_STR_LEN(s);
        *pendingcr = 0;
    }
    /* a trailing \r may be the first half of \r\n: keep it for later */
    if (!final && len > 0 && KR_STR_READ_CHAR(s, len - 1) == '\r') {
        KrObject *cut = kr_str_substring(s, 0, len - 1);
        KR_DECREF(s);
        if (!cut) return NULL;
        s = cut;
        len--;
        *pendingcr = 1;
    }
    ssize_t first_cr = len ? kr_io_find_char(s, '\r', 0, len) : -1;
    if (first_cr < 0) {
        if (!(*seennl & KR_IO_SEEN_LF) && kr_io_find_char(s, '\n', 0, len) >= 0)
            *seennl |= KR_IO_SEEN_LF;
        return s;
    }
    int kind = KR_STR_KIND(s);
    const void *data = KR_STR_DATA(s);
    int seen = 0;
    for (ssize_t i = 0; i < len; i++) {
        uint32_t c = kr_str_read(kind, data, i);
        if (c == '\n') seen |= KR_IO_SEEN_LF;
        else if (c == '\r') {
            if (i + 1 < len && kr_str_read(kind, data, i + 1) == '\n') {
                seen |= KR_IO_SEEN_CRLF;
                i++;
            } else {
                seen |= KR_IO_SEEN_CR;
            }
        }
    }
    *seennl |= seen;
    if (!translate) return s;
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    if (kr_strbuilder_append_substr(&b, s, 0, first_cr) < 0) goto fail;
    for (ssize_t i = first_cr; i < len; i++) {
        uint32_t c = kr_str_read(kind, data, i);
        if (c == '\r') {
            if (i + 1 < len && kr_str_read(kind, data, i + 1) == '\n') i++;
            c = '\n';
        }
        if (kr_strbuilder_append_char(&b, c) < 0) goto fail;
    }
    KR_DECREF(s);
    return kr_strbuilder_finish(&b);
fail:
    kr_strbuilder_discard(&b);
    KR_DECREF(s);
    return NULL;
}

KrObject *kr_io_newlines_object(int seennl)
{
    switch (seennl) {
    case 0: KR_RETURN_NONE;
    case KR_IO_SEEN_LF: return kr_str_from_cstr("\n");
    case KR_IO_SEEN_CR: return kr_str_from_cstr("\r");
    case KR_IO_SEEN_CRLF: return kr_str_from_cstr("\r\n");
    default: break;
    }
    KrObject *items[3];
    int n = 0;
    if (seennl & KR_IO_SEEN_CR) items[n++] = kr_str_from_cstr("\r");
    if (seennl & KR_IO_SEEN_LF) items[n++] = kr_str_from_cstr("\n");
    if (seennl & KR_IO_SEEN_CRLF) items[n++] = kr_str_from_cstr("\r\n");
    for (int i = 0; i < n; i++) {
        if (!items[i]) {
            for (int j = 0; j < n; j++) KR_XDECREF(items[j]);
            return NULL;
        }
    }
    return kr_tuple_from_array_steal(items, n);
}

ssize_t kr_io_find_line_ending(KrObject *s, ssize_t start, ssize_t end, int translated, int universal,
                               KrObject *readnl)
{
    int kind = KR_STR_KIND(s);
    const void *data = KR_STR_DATA(s);
    if (translated) {
        ssize_t i = start < end ? kr_io_find_char(s, '\n', start, end) : -1;
        return i < 0 ? -1 : i + 1;
    }
    if (universal) {
        for (ssize_t i = start; i < end; i++) {
            uint32_t c = kr_str_read(kind, data, i);
            if (c == '\n') return i + 1;
            if (c == '\r') {
                /* the decoder holds back a final \r unless at EOF */
                if (i + 1 == end) return i + 1;
                return kr_str_read(kind, data, i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return -1;
    }
    ssize_t nl = KR_STR_LEN(readnl);
    if (nl == 1) {
        ssize_t i = start < end ? kr_io_find_char(s, KR_STR_READ_CHAR(readnl, 0), start, end) : -1;
        return i < 0 ? -1 : i + 1;
    }
    ssize_t i = start < end ? kr_str_find(s, readnl, start, end, 1) : -1;
    return i < 0 ? -1 : i + nl;
}

/* ---- IncrementalNewlineDecoder ---- */

typedef struct {
    KrObject ob_base;
    KrObject *decoder;     /* an incremental decoder, or None */
    KrObject *errors;
    char translate, pendingcr, ok;
    int seennl;
} KrNLDecoderObject;

#define NLD(o) ((KrNLDecoderObject *)(o))

static KrObject *nldecoder_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    KrObject *o = type->tp_alloc(type, 0);
    if (!o) return NULL;
    kr_gc_track(o);
    return o;
}

/* IncrementalNewlineDecoder(decoder, translate, errors='strict') */
static int nldecoder_init(KrObject *self, KrObject *args, KrObject *kwds)
{
    static const char *const names[] = { "decoder", "translate", "errors", NULL };
    static const KrArgSpec spec = { "IncrementalNewlineDecoder", names, 0, 3, 2 };
    KrObject *a[3];
    if (kr_modargs_parse_tuple(&spec, args, kwds, a) < 0) return -1;
    KrNLDecoderObject *d = NLD(self);
    int tr = kr_object_is_true(a[1]);
    if (tr < 0) return -1;
    KR_SETREF(d->decoder, kr_newref(a[0]));
    KrObject *errors = a[2] ? kr_newref(a[2]) : kr_str_from_cstr("strict");
    if (!errors) return -1;
    KR_SETREF(d->errors, errors);
    d->translate = (char)tr;
    d->pendingcr = 0;
    d->seennl = 0;
    d->ok = 1;
    return 0;
}

static int nldecoder_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KR_VISIT(NLD(self)->decoder);
    KR_VISIT(NLD(self)->errors);
    return 0;
}

static int nldecoder_clear(KrObject *self)
{
    KR_CLEAR(NLD(self)->decoder);
    KR_CLEAR(NLD(self)->errors);
    return 0;
}

static void nldecoder_dealloc(KrObject *self)
{
    kr_gc_untrack(self);
    nldecoder_clear(self);
    KR_TYPE(self)->tp_free(self);
}

static int nldecoder_check(KrNLDecoderObject *d)
{
    if (!d->ok) {
        kr_err_set_string(kr_exc_ValueError, "IncrementalNewlineDecoder.__init__() not called");
        return -1;
    }
    return 0;
}

KrObject *kr_io_nldecoder_decode(KrObject *self, KrObject *input, int final)
{
    KrNLDecoderObject *d = NLD(self);
    if (nldecoder_check(d) < 0) return NULL;
    KrObject *output;
    if (d->decoder != KR_NONE) {
        KrObject *args[2] = { input, final ? KR_TRUE : KR_FALSE };
        output = kr_object_call_method_str(d->decoder, "decode", args, 2);
    } else {
        output = kr_newref(input);
    }
    if (!output) return NULL;
    if (!KR_STR_CHECK(output)) {
        kr_err_format(kr_exc_TypeError, "decoder should return a string result, not '%s'",
                      KR_TYPE(output)->tp_name);
        KR_DECREF(output);
        return NULL;
    }
    return kr_io_translate_newlines(output, d->translate, &d->pendingcr, &d->seennl, final);
}

static KrObject *nldecoder_decode(KrObject *self, KrObject *const *args, ssize_t nargs,
                                  KrObject *kwnames)
{
    static const char *const names[] = { "input", "final", NULL };
    static const KrArgSpec spec = { "decode", names, 0, 2, 1 };
    KrObject *a[2];
    if (kr_args_parse(&spec, args, nargs, kwnames, a) < 0) return NULL;
    int final = 0;
    if (a[1]) {
        ssize_t f = kr_number_as_ssize(a[1], kr_exc_OverflowError);
        if (f == -1 && kr_err_occurred()) return NULL;
        final = f != 0;
    }
    return kr_io_nldecoder_decode(self, a[0], final);
}

static KrObject *nldecoder_getstate(KrObject *self, KrObject *unused)
{
    KrNLDecoderObject *d = NLD(self);
    if (nldecoder_check(d) < 0) return NULL;
    KrObject *buffer;
    int64_t flag = 0;
    if (d->decoder != KR_NONE) {
        KrObject *st = kr_object_call_method_str(d->decoder, "getstate", NULL, 0);
        if (!st) return NULL;
        if (!KR_TYPE_CHECK_EXACT_OR_SUB(st, &kr_tuple_type) || KR_SIZE(st) != 2) {
            KR_DECREF(st);
            kr_err_set_string(kr_exc_TypeError, "illegal decoder state");
            return NULL;
        }
        buffer = kr_newref(kr_tuple_get_borrow(st, 0));
        flag = kr_int_as_i64(kr_tuple_get_borrow(st, 1));
        KR_DECREF(st);
        if (flag == -1 && kr_err_occurred()) { KR_DECREF(buffer); return NULL; }
    } else {
        buffer = kr_bytes_from("", 0);
        if (!buffer) return NULL;
    }
    flag <<= 1;
    if (d->pendingcr) flag |= 1;
    KrObject *fo = kr_int_from_i64(flag);
    KrObject *r = fo ? kr_tuple_pack(2, buffer, fo) : NULL;
    KR_XDECREF(fo);
    KR_DECREF(buffer);
    return r;
}

static KrObject *nldecoder_setstate(KrObject *self, KrObject *state)
{
    KrNLDecoderObject *d = NLD(self);
    if (nldecoder_check(d) < 0) return NULL;
    if (!KR_TYPE_CHECK_EXACT_OR_SUB(state, &kr_tuple_type)) {
        kr_err_set_string(kr_exc_TypeError, "state argument must be a tuple");
        return NULL;
    }
    if (KR_SIZE(state) != 2) {
        kr_err_set_string(kr_exc_TypeError, "setstate(): illegal state argument");
        return NULL;
    }
    KrObject *buffer = kr_tuple_get_borrow(state, 0);
    int64_t flag = kr_int_as_i64(kr_tuple_get_borrow(state, 1));
    if (flag == -1 && kr_err_occurred()) return NULL;
    d->pendingcr = (char)(flag & 1);
    flag >>= 1;
    if (d->decoder != KR_NONE) {
        KrObject *fo = kr_int_from_i64(flag);
        KrObject *st = fo ? kr_tuple_pack(2, buffer, fo) : NULL;
        KR_XDECREF(fo);
        if (!st) return NULL;
        KrObject *r = kr_object_call_method_str(d->decoder, "setstate", &st, 1);
        KR_DECREF(st);
        return r;
    }
    KR_RETURN_NONE;
}

static KrObject *nldecoder_reset(KrObject *self, KrObject *unused)
{
    KrNLDecoderObject *d = NLD(self);
    if (nldecoder_check(d) < 0) return NULL;
    d->seennl = 0;
    d->pendingcr = 0;
    if (d->decoder != KR_NONE) return kr_object_call_method_str(d->decoder, "reset", NULL, 0);
    KR_RETURN_NONE;
}

static KrObject *nldecoder_get_newlines(KrObject *self, void *c)
{
    if (nldecoder_check(NLD(self)) < 0) return NULL;
    return kr_io_newlines_object(NLD(self)->seennl);
}

static KrMethodDef nldecoder_methods[] = {
    { "decode", (void *)nldecoder_decode, KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL },
    { "getstate", (void *)nldecoder_getstate, KR_METH_NOARGS, NULL },
    { "setstate", (void *)nldecoder_setstate, KR_METH_O, NULL },
    { "reset", (void *)nldecoder_reset, KR_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static KrGetSetDef nldecoder_getset[] = {
    { "newlines", nldecoder_get_newlines, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrTypeObject kr_io_incrementalnewlinedecoder_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "_io.IncrementalNewlineDecoder",
    .tp_basicsize = sizeof(KrNLDecoderObject),
    .tp_dealloc = nldecoder_dealloc,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_HAVE_GC,
    .tp_doc = "Codec used when reading a file in universal newlines mode.",
    .tp_traverse = nldecoder_traverse,
    .tp_clear = nldecoder_clear,
    .tp_methods = nldecoder_methods,
    .tp_getset = nldecoder_getset,
    .tp_init = nldecoder_init,
    .tp_alloc = kr_object_alloc,
    .tp_new = nldecoder_new,
    .tp_free = kr_object_free,
};
