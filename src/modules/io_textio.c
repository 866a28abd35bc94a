/* io_textio.c — _io.TextIOWrapper: text over a buffered binary stream.
 * Decoding goes through krait's built-in codecs directly (incrementally,
 * with the undecoded tail kept here) or through a Python incremental
 * decoder for other encodings; universal newlines are handled here too.
 * tell()/seek() use CPython's opaque cookies (position, decoder flags,
 * bytes to feed, chars to skip, need_eof), so values match CPython's. */
#include "io.h"
#include "modargs.h"
#include "sys.h"
#include "../objects/type.h"
#include "../objects/str.h"
#include "../objects/str_codecs.h"
#include "../objects/bytes.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/tuple.h"
#include "../vm/import.h"
#include "../memory/gc.h"
#include "../memory/mem.h"
#include "../vm/err.h"

#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    KR_IO_HEAD
    KrObject *buffer;
    KrObject *encoding;        /* str */
    KrObject *errors;          /* str */
    char ok, detached, finalizing;
    char readuniversal, readtranslate, writetranslate;
    char line_buffering, write_through;
    char seekable, telling, has_read1, fast_buffer;
    KrObject *readnl;          /* str, or NULL in universal mode */
    KrObject *writenl;         /* str replacing \n on write, or NULL */
    /* decoding */
    char has_decoder;
    const char *codec;         /* a built-in codec's canonical name, or NULL */
    char codec_ascii_compatible; /* utf-8 / latin-1 / ascii: ASCII bytes are chars */
    KrObject *pydecoder;       /* else a Python incremental decoder */
    char dec_pending[8];       /* undecoded tail (built-in codecs) */
    int dec_npending;
    int dec_byteorder;         /* utf-16/utf-32 order found (0: none yet) */
    char pendingcr;
    int seennl;
    /* encoding */
    char has_encoder;
    KrObject *pyencoder;
    char bom_done;             /* utf-16/utf-32: the BOM was written */
    /* decoded text not yet returned */
    KrObject *decoded_chars;
    ssize_t decoded_chars_used;
    double b2cratio;
    /* snapshot for tell(): decoder flags and the input since */
    char has_snapshot;
    int64_t snapshot_flags;
    KrObject *snapshot_input;  /* bytes */
    /* encoded text waiting for the buffer */
    char *pending;
    ssize_t pending_len, pending_cap;
    ssize_t chunk_size;
} KrTextIOObject;

#define TIO(o) ((KrTextIOObject *)(o))

/* ---- checks ---- */

static int textio_check_attached(KrTextIOObject *t)
{
    if (t->ok) return 0;
    if (t->detached) kr_err_set_string(kr_exc_ValueError, "underlying buffer has been detached");
    else kr_err_set_string(kr_exc_ValueError, "I/O operation on uninitialized object");
    return -1;
}

/* 1 closed, 0 open, -1 error (buffer.closed). */
static int textio_is_closed(KrTextIOObject *t)
{
    if (t->fast_buffer) {
        KrBufferedObject *b = (KrBufferedObject *)t->buffer;
        if (b->ok && b->raw && KR_TYPE(b->raw) == &kr_io_fileio_type)
            return ((KrFileIOObject *)b->raw)->fd < 0;
    }
    KrObject *c = kr_io_getattr(t->buffer, "closed");
    if (!c) return -1;
    int r = kr_object_is_true(c);
    KR_DECREF(c);
    return r;
}

static int textio_check_open(KrTextIOObject *t)
{
    if (textio_check_attached(t) < 0) return -1;
    int c = textio_is_closed(t);
    if (c < 0) return -1;
    if (c) {
        kr_err_set_string(kr_exc_ValueError, "I/O operation on closed file.");
        return -1;
    }
    return 0;
}

/* ---- the decoder ---- */

static const char *textio_errors(KrTextIOObject *t)
{
    const char *e = kr_str_as_utf8(t->errors, NULL);
    return e ? e : "strict";
}

/* 1 if data[0:len] is all ASCII (a word at a time). */
static int textio_is_ascii(const char *data, ssize_t len)
{
    const unsigned char *p = (const unsigned char *)data, *end = p + len;
    while (p < end && ((uintptr_t)p & (sizeof(size_t) - 1))) {
        if (*p++ & 0x80) return 0;
    }
    const size_t mask = (size_t)0x8080808080808080ULL;
    while (end - p >= (ssize_t)sizeof(size_t)) {
        size_t w;
        memcpy(&w, p, sizeof w);
        if (w & mask) return 0;
        p += sizeof(size_t);
    }
    while (p < end) {
        if (*p++ & 0x80) return 0;
    }
    return 1;
}

/* -1 on little-endian machines, 1 on big-endian ones (kr_codecs order). */
static int textio_native_order(void)
{
    const uint16_t probe = 1;
    return *(const char *)&probe ? -1 : 1;
}

/* 1 for the BOM-detecting codecs utf-16 and utf-32. */
static int textio_codec_has_bom(KrTextIOObject *t)
{
    return t->codec && (strcmp(t->codec, "utf-16") == 0 || strcmp(t->codec, "utf-32") == 0);
}

/* Decodes input (possibly with the newline layer). New str or NULL. */
static KrObject *dec_decode(KrTextIOObject *t, const char *data, ssize_t len, int final)
{
    KrObject *out;
    if (t->codec && t->dec_npending == 0 && t->codec_ascii_compatible && textio_is_ascii(data, len)) {
        /* the common case: pure ASCII text in an ASCII-compatible codec */
        out = kr_str_from_ascii(data, len);
        if (!out) return NULL;
    } else if (t->codec) {
        char stackbuf[512];
        char *buf = (char *)data;
        ssize_t n = len;
        if (t->dec_npending > 0) {
            n = len + t->dec_npending;
            buf = n <= (ssize_t)sizeof stackbuf ? stackbuf : kr_raw_alloc((size_t)n);
            if (!buf) return kr_err_no_memory();
            memcpy(buf, t->dec_pending, (size_t)t->dec_npending);
            if (len) memcpy(buf + t->dec_npending, data, (size_t)len);
        }
        ssize_t consumed = n;
        int order_known = t->dec_byteorder != 0;
        out = kr_codecs_decode_ex(buf, n, t->codec, textio_errors(t), final, &consumed,
                                  &t->dec_byteorder);
        if (out && !order_known && t->dec_byteorder == 0 && textio_codec_has_bom(t) &&
            consumed >= (t->codec[4] == '1' ? 2 : 4)) {
            /* as the stdlib's utf_16/utf_32 incremental decoders */
            KR_CLEAR(out);
            kr_err_format(kr_exc_UnicodeError, "%s stream does not start with BOM",
                          t->codec[4] == '1' ? "UTF-16" : "UTF-32");
        }
        if (out) {
            ssize_t left = n - consumed;
            if (left > (ssize_t)sizeof t->dec_pending) left = (ssize_t)sizeof t->dec_pending;
            if (left > 0) memmove(t->dec_pending, buf + consumed, (size_t)left);
            t->dec_npending = (int)left;
        }
        if (buf != data && buf != stackbuf) kr_raw_free(buf);
        if (!out) return NULL;
    } else {
        KrObject *b = kr_bytes_from(data, len);
        if (!b) return NULL;
        KrObject *args[2] = { b, final ? KR_TRUE : KR_FALSE };
        out = kr_object_call_method_str(t->pydecoder, "decode", args, 2);
        KR_DECREF(b);
        if (!out) return NULL;
        if (!KR_STR_CHECK(out)) {
            kr_err_format(kr_exc_TypeError, "decoder should return a string result, not '%s'",
                          KR_TYPE(out)->tp_name);
            KR_DECREF(out);
            return NULL;
        }
    }
    if (t->readuniversal)
        out = kr_io_translate_newlines(out, t->readtranslate, &t->pendingcr, &t->seennl, final);
    return out;
}

/* decoder.getstate(): the undecoded bytes (new ref) and the flags. 0/-1. */
static int dec_getstate(KrTextIOObject *t, KrObject **buf, int64_t *flags)
{
    int64_t f = 0;
    if (t->codec) {
        *buf = kr_bytes_from(t->dec_pending, t->dec_npending);
        if (!*buf) return -1;
        /* as CPython's utf-16/utf-32 decoders: 2 order not known yet,
         * 0 native order, 1 the other one */
        if (textio_codec_has_bom(t))
            f = t->dec_byteorder == 0 ? 2 : t->dec_byteorder == textio_native_order() ? 0 : 1;
    } else {
        KrObject *st = kr_object_call_method_str(t->pydecoder, "getstate", NULL, 0);
        if (!st) return -1;
        if (!KR_TYPE_CHECK_EXACT_OR_SUB(st, &kr_tuple_type) || KR_SIZE(st) != 2 ||
            !KR_BYTES_CHECK(kr_tuple_get_borrow(st, 0))) {
            KR_DECREF(st);
            kr_err_set_string(kr_exc_TypeError, "illegal decoder state");
            return -1;
        }
        f = kr_int_as_i64(kr_tuple_get_borrow(st, 1));
        *buf = kr_newref(kr_tuple_get_borrow(st, 0));
        KR_DECREF(st);
        if (f == -1 && kr_err_occurred()) { KR_CLEAR(*buf); return -1; }
    }
    if (t->readuniversal) f = (f << 1) | (t->pendingcr ? 1 : 0);
    *flags = f;
    return 0;
}

static int dec_setstate(KrTextIOObject *t, const char *data, ssize_t len, int64_t flags)
{
    if (t->readuniversal) {
        t->pendingcr = (char)(flags & 1);
        flags >>= 1;
    }
    if (t->codec) {
        if (len > (ssize_t)sizeof t->dec_pending) len = (ssize_t)sizeof t->dec_pending;
        if (len > 0) memcpy(t->dec_pending, data, (size_t)len);
        t->dec_npending = (int)len;
        if (textio_codec_has_bom(t))
            t->dec_byteorder = flags == 2 ? 0 : flags == 0 ? textio_native_order() : -textio_native_order();
        return 0;
    }
    KrObject *b = kr_bytes_from(data, len);
    KrObject *fo = kr_int_from_i64(flags);
    KrObject *st = b && fo ? kr_tuple_pack(2, b, fo) : NULL;
    KR_XDECREF(b);
    KR_XDECREF(fo);
    if (!st) return -1;
    KrObject *r = kr_object_call_method_str(t->pydecoder, "setstate", &st, 1);
    KR_DECREF(st);
    if (!r) return -1;
    KR_DECREF(r);
    return 0;
}

static int dec_reset(KrTextIOObject *t)
{
    t->pendingcr = 0;
    t->seennl = 0;
    if (t->codec) {
        t->dec_npending = 0;
        t->dec_byteorder = 0;
        return 0;
    }
    KrObject *r = kr_object_call_method_str(t->pydecoder, "reset", NULL, 0);
    if (!r) return -1;
    KR_DECREF(r);
    return 0;
}

/* ---- decoded characters ---- */

static void textio_set_decoded(KrTextIOObject *t, KrObject *chars_steal)
{
    KR_SETREF(t->decoded_chars, chars_steal);
    t->decoded_chars_used = 0;
}

/* Up to n (-1: all) of the pending decoded characters. New str. */
static KrObject *textio_take_decoded(KrTextIOObject *t, ssize_t n)
{
    if (!t->decoded_chars) return kr_newref(kr_str_empty_borrow());
    ssize_t len = KR_STR_LEN(t->decoded_chars);
    ssize_t avail = len - t->decoded_chars_used;
    if (n < 0 || n > avail) n = avail;
    if (n <= 0) return kr_newref(kr_str_empty_borrow());
    KrObject *r;
    if (t->decoded_chars_used == 0 && n == len) r = kr_newref(t->decoded_chars);
    else r = kr_str_substring(t->decoded_chars, t->decoded_chars_used, t->decoded_chars_used + n);
    if (r) t->decoded_chars_used += n;
    return r;
}

static void textio_clear_snapshot(KrTextIOObject *t)
{
    t->has_snapshot = 0;
    KR_CLEAR(t->snapshot_input);
}

/* ---- writing ---- */

static int textio_writeflush(KrTextIOObject *t)
{
    if (t->pending_len == 0) return 0;
    ssize_t n = t->pending_len;
    t->pending_len = 0;
    if (t->fast_buffer) return kr_io_buffered_write_bytes(t->buffer, t->pending, n);
    KrObject *b = kr_bytes_from(t->pending, n);
    if (!b) return -1;
    KrObject *r = kr_object_call_method_str(t->buffer, "write", &b, 1);
    KR_DECREF(b);
    if (!r) return -1;
    KR_DECREF(r);
    return 0;
}

static int textio_pending_add(KrTextIOObject *t, const char *data, ssize_t len)
{
    if (t->pending_len + len > t->pending_cap) {
        ssize_t cap = t->pending_cap ? t->pending_cap : 1024;
        while (cap < t->pending_len + len) cap *= 2;
        char *nb = kr_raw_realloc(t->pending, (size_t)cap);
        if (!nb) { kr_err_no_memory(); return -1; }
        t->pending = nb;
        t->pending_cap = cap;
    }
    memcpy(t->pending + t->pending_len, data, (size_t)len);
    t->pending_len += len;
    return 0;
}

/* Encodes text and queues the bytes. 0 or -1. */
static int textio_encode_and_queue(KrTextIOObject *t, KrObject *text)
{
    if (t->codec_ascii_compatible && KR_STR_IS_ASCII(text))
        return textio_pending_add(t, (const char *)KR_STR_DATA(text), KR_STR_LEN(text));
    if (t->codec) {
        const char *errors = textio_errors(t);
        if (strcmp(t->codec, "utf-8") == 0) {
            ssize_t len;
            const char *u = kr_str_as_utf8(text, &len);
            if (u) return textio_pending_add(t, u, len);
            kr_err_clear();
        } else if (KR_STR_IS_ASCII(text) &&
                   (strcmp(t->codec, "latin-1") == 0 || strcmp(t->codec, "ascii") == 0)) {
            return textio_pending_add(t, (const char *)KR_STR_DATA(text), KR_STR_LEN(text));
        }
        int byteorder = 0;
        int bom = textio_codec_has_bom(t);
        if (bom && t->bom_done) byteorder = textio_native_order();   /* no BOM */
        KrObject *b = kr_codecs_encode_ex(text, t->codec, errors, byteorder);
        if (!b) return -1;
        if (bom && KR_BYTES_LEN(b) > 0) t->bom_done = 1;
        int rc = textio_pending_add(t, KR_BYTES_DATA(b), KR_BYTES_LEN(b));
        KR_DECREF(b);
        return rc;
    }
    KrObject *b = kr_object_call_method_str(t->pyencoder, "encode", &text, 1);
    if (!b) return -1;
    if (!KR_BYTES_CHECK(b)) {
        kr_err_format(kr_exc_TypeError, "encoder should return a bytes object, not '%s'",
                      KR_TYPE(b)->tp_name);
        KR_DECREF(b);
        return -1;
    }
    int rc = textio_pending_add(t, KR_BYTES_DATA(b), KR_BYTES_LEN(b));
    KR_DECREF(b);
    return rc;
}

static KrObject *textio_write(KrObject *self, KrObject *text)
{
    KrTextIOObject *t = TIO(self);
    if (textio_check_open(t) < 0) return NULL;
    if (!KR_STR_CHECK(text)) {
        return kr_err_format(kr_exc_TypeError, "write() argument must be str, not %s",
                             kr_io_type_name(text));
    }
    if (!t->has_encoder) return kr_io_unsupported("not writable");
    ssize_t textlen = KR_STR_LEN(text);
    int haslf = textlen && (t->writetranslate || t->line_buffering) &&
                kr_io_find_char(text, '\n', 0, textlen) >= 0;
    int needflush = t->line_buffering && (haslf || (textlen && kr_io_find_char(text, '\r', 0, textlen) >= 0));
    KrObject *owned = NULL;
    if (haslf && t->writetranslate && t->writenl) {
        KrObject *lf = kr_str_from_cstr("\n");
        KrObject *args[2] = { lf, t->writenl };
        owned = lf ? kr_object_call_method_str(text, "replace", args, 2) : NULL;
        KR_XDECREF(lf);
        if (!owned) return NULL;
        text = owned;
    }
    int rc = textio_encode_and_queue(t, text);
    KR_XDECREF(owned);
    if (rc < 0) return NULL;
    if (t->pending_len >= t->chunk_size || needflush || t->write_through) {
        if (textio_writeflush(t) < 0) return NULL;
    }
    textio_set_decoded(t, NULL);
    textio_clear_snapshot(t);
    if (t->has_decoder && dec_reset(t) < 0) return NULL;
    if (needflush) {
        KrObject *r = kr_object_call_method_str(t->buffer, "flush", NULL, 0);
        if (!r) return NULL;
        KR_DECREF(r);
    }
    return kr_int_from_ssize(textlen);
}

/* ---- reading ---- */

/* Reads one chunk from the buffer and decodes it: at least _CHUNK_SIZE
 * bytes, more when read(n) still wants size_hint characters (CPython's
 * sizing, which also fixes where tell() snapshots start). 1 data, 0 EOF, -1. */
static int textio_read_chunk(KrTextIOObject *t, ssize_t size_hint)
{
    if (size_hint > 0) size_hint = (ssize_t)((t->b2cratio > 1.0 ? t->b2cratio : 1.0) * (double)size_hint);
    ssize_t nbytes = t->chunk_size > size_hint ? t->chunk_size : size_hint;
    KrObject *dec_buffer = NULL;
    int64_t dec_flags = 0;
    if (t->telling && dec_getstate(t, &dec_buffer, &dec_flags) < 0) return -1;
    KrObject *input;
    if (t->fast_buffer && KR_TYPE(t->buffer) != &kr_io_bufferedwriter_type) {
        input = kr_io_buffered_read1(t->buffer, nbytes);
    } else {
        KrObject *sz = kr_int_from_ssize(nbytes);
        input = sz ? kr_object_call_method_str(t->buffer, t->has_read1 ? "read1" : "read", &sz, 1) : NULL;
        KR_XDECREF(sz);
    }
    if (!input) { KR_XDECREF(dec_buffer); return -1; }
    KrBuffer view;
    if (kr_object_get_buffer(input, &view, KR_BUF_SIMPLE) < 0) {
        kr_err_clear();
        kr_err_format(kr_exc_TypeError, "underlying %s() should have returned a bytes-like object, "
                      "not '%s'", t->has_read1 ? "read1" : "read", KR_TYPE(input)->tp_name);
        KR_DECREF(input);
        KR_XDECREF(dec_buffer);
        return -1;
    }
    int eof = view.len == 0;
    KrObject *decoded = dec_decode(t, view.buf, view.len, eof);
    if (!decoded) {
        kr_buffer_release(&view);
        KR_DECREF(input);
        KR_XDECREF(dec_buffer);
        return -1;
    }
    if (KR_STR_LEN(decoded) > 0) t->b2cratio = (double)view.len / (double)KR_STR_LEN(decoded);
    else t->b2cratio = 0.0;
    textio_set_decoded(t, decoded);
    if (t->telling) {
        KrObject *next_input;
        if (KR_BYTES_LEN(dec_buffer) == 0) next_input = kr_bytes_from(view.buf, view.len);
        else {
            next_input = kr_bytes_from(NULL, KR_BYTES_LEN(dec_buffer) + view.len);
            if (next_input) {
                memcpy(KR_BYTES_DATA(next_input), KR_BYTES_DATA(dec_buffer), (size_t)KR_BYTES_LEN(dec_buffer));
                memcpy(KR_BYTES_DATA(next_input) + KR_BYTES_LEN(dec_buffer), view.buf, (size_t)view.len);
            }
        }
        if (!next_input) {
            kr_buffer_release(&view);
            KR_DECREF(input);
            KR_DECREF(dec_buffer);
            return -1;
        }
        t->has_snapshot = 1;
        t->snapshot_flags = dec_flags;
        KR_SETREF(t->snapshot_input, next_input);
    }
    kr_buffer_release(&view);
    KR_DECREF(input);
    KR_XDECREF(dec_buffer);
    /* text flushed out of the decoder at EOF (a held-back \r) still counts */
    return eof && KR_STR_LEN(t->decoded_chars) == 0 ? 0 : 1;
}

static int textio_check_readable(KrTextIOObject *t)
{
    if (!t->has_decoder) {
        kr_io_unsupported("not readable");
        return -1;
    }
    return 0;
}

static KrObject *textio_read(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrTextIOObject *t = TIO(self);
    ssize_t n = -1;
    if (kr_args_check_count("read", nargs, 0, 1) < 0) return NULL;
    if (nargs == 1 && kr_io_size_arg(args[0], &n) < 0) return NULL;
    if (textio_check_open(t) < 0) return NULL;
    if (textio_check_readable(t) < 0) return NULL;
    if (textio_writeflush(t) < 0) return NULL;
    if (n < 0) {
        KrObject *bytes = kr_object_call_method_str(t->buffer, "read", NULL, 0);
        if (!bytes) return NULL;
        if (!KR_BYTES_CHECK(bytes)) {
            kr_err_format(kr_exc_TypeError, "underlying read() should have returned a bytes object, "
                          "not '%s'", KR_TYPE(bytes)->tp_name);
            KR_DECREF(bytes);
            return NULL;
        }
        KrObject *decoded = dec_decode(t, KR_BYTES_DATA(bytes), KR_BYTES_LEN(bytes), 1);
        KR_DECREF(bytes);
        if (!decoded) return NULL;
        KrObject *head = textio_take_decoded(t, -1);
        KrObject *r;
        if (head && KR_STR_LEN(head) == 0) r = kr_newref(decoded);
        else r = head ? kr_str_concat(head, decoded) : NULL;
        KR_XDECREF(head);
        KR_DECREF(decoded);
        textio_set_decoded(t, NULL);
        textio_clear_snapshot(t);
        return r;
    }
    KrObject *result = textio_take_decoded(t, n);
    if (!result) return NULL;
    ssize_t remaining = n - KR_STR_LEN(result);
    KrObject *chunks = NULL;
    while (remaining > 0) {
        int r = textio_read_chunk(t, remaining);
        if (r < 0) goto fail;
        if (r == 0) break;
        KrObject *part = textio_take_decoded(t, remaining);
        if (!part) goto fail;
        remaining -= KR_STR_LEN(part);
        if (!chunks) {
            chunks = kr_list_new(0);
            if (!chunks || kr_list_append(chunks, result) < 0) { KR_DECREF(part); goto fail; }
        }
        if (kr_list_append_steal(chunks, part) < 0) goto fail;
    }
    if (chunks) {
        KrObject *joined = kr_str_join(kr_str_empty_borrow(), chunks);
        KR_DECREF(chunks);
        KR_DECREF(result);
        return joined;
    }
    return result;
fail:
    KR_XDECREF(chunks);
    KR_DECREF(result);
    return NULL;
}

/* CPython's _textiowrapper_readline. */
static KrObject *textio_readline_impl(KrTextIOObject *t, ssize_t limit)
{
    if (textio_check_open(t) < 0) return NULL;
    if (textio_check_readable(t) < 0) return NULL;
    if (textio_writeflush(t) < 0) return NULL;
    KrObject *line = NULL, *remaining = NULL, *chunks = NULL;
    ssize_t start = 0, endpos = 0, offset_to_buffer = 0, chunked = 0;
    for (;;) {
        int res = 1;
        while (!t->decoded_chars || KR_STR_LEN(t->decoded_chars) == 0) {
            res = textio_read_chunk(t, 0);
            if (res < 0) goto fail;
            if (res == 0) break;
        }
        if (res == 0) {
            /* end of file */
            textio_set_decoded(t, NULL);
            textio_clear_snapshot(t);
            start = endpos = offset_to_buffer = 0;
            break;
        }
        if (!remaining) {
            line = kr_newref(t->decoded_chars);
            start = t->decoded_chars_used;
            offset_to_buffer = 0;
        } else {
            line = kr_str_concat(remaining, t->decoded_chars);
            start = 0;
            offset_to_buffer = KR_STR_LEN(remaining);
            KR_CLEAR(remaining);
            if (!line) goto fail;
        }
        ssize_t line_len = KR_STR_LEN(line);
        ssize_t found = kr_io_find_line_ending(line, start, line_len, t->readtranslate,
                                               t->readuniversal, t->readnl);
        if (found >= 0) {
            endpos = found;
            if (limit >= 0 && (endpos - start) + chunked >= limit) endpos = start + limit - chunked;
            break;
        }
        /* no line ending: set aside what can no longer start one */
        ssize_t consumed = line_len - start;
        if (!t->readtranslate && !t->readuniversal && KR_STR_LEN(t->readnl) > 1)
            consumed -= KR_STR_LEN(t->readnl) - 1;
        if (consumed < 0) consumed = 0;
        endpos = start + consumed;
        if (limit >= 0 && (endpos - start) + chunked >= limit) {
            endpos = start + limit - chunked;
            break;
        }
        if (endpos > start) {
            KrObject *s = kr_str_substring(line, start, endpos);
            if (!s) goto fail;
            if (!chunks && !(chunks = kr_list_new(0))) { KR_DECREF(s); goto fail; }
            if (kr_list_append_steal(chunks, s) < 0) goto fail;
            chunked += endpos - start;
        }
        if (endpos < line_len) {
            remaining = kr_str_substring(line, endpos, line_len);
            if (!remaining) goto fail;
        }
        KR_CLEAR(line);
        textio_set_decoded(t, NULL);
    }
    if (line) {
        t->decoded_chars_used = endpos - offset_to_buffer;
        if (start > 0 || endpos < KR_STR_LEN(line)) {
            KrObject *s = kr_str_substring(line, start, endpos);
            KR_DECREF(line);
            line = s;
            if (!line) goto fail;
        }
    }
    if (remaining) {
        if (!chunks && !(chunks = kr_list_new(0))) goto fail;
        if (kr_list_append(chunks, remaining) < 0) goto fail;
        KR_CLEAR(remaining);
    }
    if (chunks) {
        if (line && kr_list_append(chunks, line) < 0) goto fail;
        KR_XDECREF(line);
        line = kr_str_join(kr_str_empty_borrow(), chunks);
        KR_CLEAR(chunks);
        if (!line) goto fail;
    }
    if (!line) line = kr_newref(kr_str_empty_borrow());
    return line;
fail:
    KR_XDECREF(line);
    KR_XDECREF(remaining);
    KR_XDECREF(chunks);
    return NULL;
}

static KrObject *textio_readline(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    ssize_t limit = -1;
    if (kr_args_check_count("readline", nargs, 0, 1) < 0) return NULL;
    if (nargs == 1) {
        limit = kr_number_as_ssize(args[0], kr_exc_OverflowError);
        if (limit == -1 && kr_err_occurred()) return NULL;
    }
    if (textio_check_attached(TIO(self)) < 0) return NULL;
    return textio_readline_impl(TIO(self), limit);
}

static KrObject *textio_iternext(KrObject *self)
{
    KrTextIOObject *t = TIO(self);
    if (textio_check_attached(t) < 0) return NULL;
    t->telling = 0;
    KrObject *line;
    if (KR_TYPE(self) == &kr_io_textiowrapper_type) {
        line = textio_readline_impl(t, -1);
    } else {
        line = kr_object_call_method_str(self, "readline", NULL, 0);
        if (line && !KR_STR_CHECK(line)) {
            kr_err_format(kr_exc_OSError, "readline() should have returned a str object, not '%s'",
                          KR_TYPE(line)->tp_name);
            KR_DECREF(line);
            return NULL;
        }
    }
    if (!line) return NULL;
    if (KR_STR_LEN(line) == 0) {
        KR_DECREF(line);
        textio_clear_snapshot(t);
        t->telling = t->seekable;
        return NULL;
    }
    return line;
}

/* ---- tell / seek with CPython's cookies ---- */

/* cookie = start_pos | dec_flags << 64 | bytes_to_feed << 96
 *        | chars_to_skip << 128 | need_eof << 160 */
static KrObject *textio_build_cookie(int64_t start_pos, int64_t dec_flags, int64_t bytes_to_feed,
                                     int64_t chars_to_skip, int need_eof)
{
    int64_t parts[5] = { start_pos, dec_flags & 0xffffffff, bytes_to_feed & 0xffffffff,
                         chars_to_skip & 0xffffffff, need_eof };
    static const int shifts[5] = { 0, 64, 96, 128, 160 };
    KrObject *acc = kr_int_from_i64(0);
    for (int i = 0; i < 5 && acc; i++) {
        if (parts[i] == 0) continue;
        KrObject *v = kr_int_from_u64((uint64_t)parts[i]);
        KrObject *sh = kr_int_from_i64(shifts[i]);
        KrObject *sv = v && sh ? kr_number_binop(v, sh, KR_NB_LSHIFT) : NULL;
        KR_XDECREF(v);
        KR_XDECREF(sh);
        KrObject *n = sv ? kr_number_binop(acc, sv, KR_NB_OR) : NULL;
        KR_XDECREF(sv);
        KR_DECREF(acc);
        acc = n;
    }
    return acc;
}

typedef struct {
    int64_t start_pos, dec_flags, bytes_to_feed, chars_to_skip;
    int need_eof;
} TextCookie;

static int textio_parse_cookie(KrObject *cookie, TextCookie *c)
{
    static const int shifts[5] = { 0, 64, 96, 128, 160 };
    int64_t out[5];
    KrObject *mask64 = kr_int_from_u64(UINT64_MAX);
    KrObject *mask32 = kr_int_from_u64(0xffffffffu);
    if (!mask64 || !mask32) { KR_XDECREF(mask64); KR_XDECREF(mask32); return -1; }
    for (int i = 0; i < 5; i++) {
        KrObject *sh = kr_int_from_i64(shifts[i]);
        KrObject *v = sh ? kr_number_binop(cookie, sh, KR_NB_RSHIFT) : NULL;
        KR_XDECREF(sh);
        KrObject *m = v ? kr_number_binop(v, i == 0 ? mask64 : mask32, KR_NB_AND) : NULL;
        KR_XDECREF(v);
        if (!m) { KR_DECREF(mask64); KR_DECREF(mask32); return -1; }
        uint64_t u;
        int overflow = 0;
        int64_t s = kr_int_as_i64_overflow(m, &overflow);
        u = overflow ? UINT64_MAX : (uint64_t)s;
        KR_DECREF(m);
        out[i] = (int64_t)u;
    }
    KR_DECREF(mask64);
    KR_DECREF(mask32);
    c->start_pos = out[0];
    c->dec_flags = (int32_t)out[1];
    c->bytes_to_feed = (int32_t)out[2];
    c->chars_to_skip = (int32_t)out[3];
    c->need_eof = out[4] != 0;
    return 0;
}

static KrObject *textio_flush(KrObject *self, KrObject *unused);

static int64_t textio_buffer_tell(KrTextIOObject *t)
{
    KrObject *r = kr_object_call_method_str(t->buffer, "tell", NULL, 0);
    if (!r) return -1;
    int64_t pos = kr_int_as_i64(r);
    KR_DECREF(r);
    return pos;
}

/* Length of what decoding data[0:n] from the state (b'', flags) gives. */
static ssize_t textio_decoded_len(KrTextIOObject *t, const char *data, ssize_t n, int final)
{
    KrObject *s = dec_decode(t, data, n, final);
    if (!s) return -1;
    ssize_t len = KR_STR_LEN(s);
    KR_DECREF(s);
    return len;
}

static KrObject *textio_tell(KrObject *self, KrObject *unused)
{
    KrTextIOObject *t = TIO(self);
    if (textio_check_open(t) < 0) return NULL;
    if (!t->seekable) return kr_io_unsupported("underlying stream is not seekable");
    if (!t->telling) {
        kr_err_set_string(kr_exc_OSError, "telling position disabled by next() call");
        return NULL;
    }
    KrObject *fr = textio_flush(self, NULL);
    if (!fr) return NULL;
    KR_DECREF(fr);
    int64_t position = textio_buffer_tell(t);
    if (position == -1 && kr_err_occurred()) return NULL;
    if (!t->has_decoder || !t->has_snapshot) return kr_int_from_i64(position);
    int64_t dec_flags = t->snapshot_flags;
    const char *next_input = KR_BYTES_DATA(t->snapshot_input);
    ssize_t next_len = KR_BYTES_LEN(t->snapshot_input);
    position -= next_len;
    ssize_t chars_to_skip = t->decoded_chars_used;
    if (chars_to_skip == 0) return textio_build_cookie(position, dec_flags, 0, 0, 0);

    /* decode from the snapshot to find the byte position, then restore */
    KrObject *saved_buf = NULL;
    int64_t saved_flags;
    if (dec_getstate(t, &saved_buf, &saved_flags) < 0) return NULL;
    int saved_seennl = t->seennl;
    KrObject *result = NULL;
    ssize_t skip_bytes = (ssize_t)(t->b2cratio * (double)chars_to_skip), skip_back = 1;
    if (skip_bytes > next_len) skip_bytes = next_len;
    while (skip_bytes > 0) {
        if (dec_setstate(t, "", 0, dec_flags) < 0) goto done;
        ssize_t n = textio_decoded_len(t, next_input, skip_bytes, 0);
        if (n < 0) goto done;
        if (n <= chars_to_skip) {
            KrObject *b;
            int64_t d;
            if (dec_getstate(t, &b, &d) < 0) goto done;
            ssize_t blen = KR_BYTES_LEN(b);
            KR_DECREF(b);
            if (blen == 0) {
                dec_flags = d;
                chars_to_skip -= n;
                break;
            }
            skip_bytes -= blen;
            skip_back = 1;
        } else {
            skip_bytes -= skip_back;
            skip_back *= 2;
        }
    }
    if (skip_bytes <= 0) {
        skip_bytes = 0;
        if (dec_setstate(t, "", 0, dec_flags) < 0) goto done;
    }
    int64_t start_pos = position + skip_bytes;
    int64_t start_flags = dec_flags;
    if (chars_to_skip == 0) {
        result = textio_build_cookie(start_pos, start_flags, 0, 0, 0);
        goto done;
    }
    /* feed the decoder one byte at a time */
    ssize_t bytes_fed = 0, chars_decoded = 0;
    int need_eof = 0;
    ssize_t i;
    for (i = skip_bytes; i < next_len; i++) {
        bytes_fed++;
        ssize_t n = textio_decoded_len(t, next_input + i, 1, 0);
        if (n < 0) goto done;
        chars_decoded += n;
        KrObject *b;
        int64_t d;
        if (dec_getstate(t, &b, &d) < 0) goto done;
        ssize_t blen = KR_BYTES_LEN(b);
        KR_DECREF(b);
        if (blen == 0 && chars_decoded <= chars_to_skip) {
            start_pos += bytes_fed;
            chars_to_skip -= chars_decoded;
            start_flags = d;
            bytes_fed = 0;
            chars_decoded = 0;
        }
        if (chars_decoded >= chars_to_skip) break;
    }
    if (i >= next_len) {
        ssize_t n = textio_decoded_len(t, "", 0, 1);
        if (n < 0) goto done;
        chars_decoded += n;
        need_eof = 1;
        if (chars_decoded < chars_to_skip) {
            kr_err_set_string(kr_exc_OSError, "can't reconstruct logical file position");
            goto done;
        }
    }
    result = textio_build_cookie(start_pos, start_flags, bytes_fed, chars_to_skip, need_eof);
done:
    {
        KrObject *exc = kr_err_fetch();
        if (dec_setstate(t, KR_BYTES_DATA(saved_buf), KR_BYTES_LEN(saved_buf), saved_flags) < 0)
            kr_err_clear();
        t->seennl = saved_seennl;
        KR_DECREF(saved_buf);
        if (exc) {
            KR_XDECREF(result);
            kr_err_restore(exc);
            return NULL;
        }
    }
    return result;
}

static int textio_buffer_seek(KrTextIOObject *t, KrObject *pos, int whence, int64_t *out)
{
    KrObject *w = kr_int_from_i64(whence);
    if (!w) return -1;
    KrObject *args[2] = { pos, w };
    KrObject *r = kr_object_call_method_str(t->buffer, "seek", args, 2);
    KR_DECREF(w);
    if (!r) return -1;
    if (out) *out = kr_int_as_i64(r);
    KR_DECREF(r);
    return out && *out == -1 && kr_err_occurred() ? -1 : 0;
}

static KrObject *textio_seek(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrTextIOObject *t = TIO(self);
    if (kr_args_check_count("seek", nargs, 1, 2) < 0) return NULL;
    KrObject *cookieobj = args[0];
    int whence = 0;
    if (nargs == 2) {
        ssize_t w = kr_number_as_ssize(args[1], kr_exc_OverflowError);
        if (w == -1 && kr_err_occurred()) return NULL;
        whence = (int)w;
    }
    if (textio_check_open(t) < 0) return NULL;
    if (!t->seekable) return kr_io_unsupported("underlying stream is not seekable");
    KrObject *zero = kr_int_from_i64(0);
    if (!zero) return NULL;
    KrObject *cookie = kr_newref(cookieobj);
    KrObject *res = NULL;
    int rc;
    if (whence == 1) {
        int nz = kr_object_richcompare_bool(cookie, zero, 3 /* NE */);
        if (nz < 0) goto done;
        if (nz) { kr_io_unsupported("can't do nonzero cur-relative seeks"); goto done; }
        KR_SETREF(cookie, textio_tell(self, NULL));
        if (!cookie) goto done;
    } else if (whence == 2) {
        int nz = kr_object_richcompare_bool(cookie, zero, 3);
        if (nz < 0) goto done;
        if (nz) { kr_io_unsupported("can't do nonzero end-relative seeks"); goto done; }
        KrObject *fr = textio_flush(self, NULL);
        if (!fr) goto done;
        KR_DECREF(fr);
        textio_set_decoded(t, NULL);
        textio_clear_snapshot(t);
        if (t->has_decoder && dec_reset(t) < 0) goto done;
        int64_t pos;
        if (textio_buffer_seek(t, zero, 2, &pos) < 0) goto done;
        res = kr_int_from_i64(pos);
        if (res && t->has_encoder) t->bom_done = pos != 0 || t->bom_done;
        goto done;
    } else if (whence != 0) {
        kr_err_format(kr_exc_ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence);
        goto done;
    }
    int neg = kr_object_richcompare_bool(cookie, zero, 0 /* LT */);
    if (neg < 0) goto done;
    if (neg) {
        kr_err_format(kr_exc_ValueError, "negative seek position %R", cookie);
        goto done;
    }
    KrObject *fr = textio_flush(self, NULL);
    if (!fr) goto done;
    KR_DECREF(fr);
    TextCookie c;
    KrObject *cookie_int = kr_number_long(cookie);   /* int(cookie), as CPython */
    if (!cookie_int) goto done;
    rc = textio_parse_cookie(cookie_int, &c);
    KR_DECREF(cookie_int);
    if (rc < 0) goto done;
    KrObject *sp = kr_int_from_i64(c.start_pos);
    if (!sp) goto done;
    rc = textio_buffer_seek(t, sp, 0, NULL);
    KR_DECREF(sp);
    if (rc < 0) goto done;
    textio_set_decoded(t, NULL);
    textio_clear_snapshot(t);
    int is_zero = kr_object_richcompare_bool(cookie, zero, 2 /* EQ */);
    if (is_zero < 0) goto done;
    if (t->has_decoder) {
        if (is_zero) {
            if (dec_reset(t) < 0) goto done;
        } else {
            if (dec_setstate(t, "", 0, c.dec_flags) < 0) goto done;
            t->has_snapshot = 1;
            t->snapshot_flags = c.dec_flags;
            KR_SETREF(t->snapshot_input, kr_bytes_from("", 0));
            if (!t->snapshot_input) goto done;
        }
    }
    if (c.chars_to_skip) {
        KrObject *nb = kr_int_from_i64(c.bytes_to_feed);
        KrObject *input = nb ? kr_object_call_method_str(t->buffer, "read", &nb, 1) : NULL;
        KR_XDECREF(nb);
        if (!input) goto done;
        if (!KR_BYTES_CHECK(input)) {
            kr_err_format(kr_exc_TypeError, "underlying read() should have returned a bytes object, "
                          "not '%s'", KR_TYPE(input)->tp_name);
            KR_DECREF(input);
            goto done;
        }
        KrObject *decoded = dec_decode(t, KR_BYTES_DATA(input), KR_BYTES_LEN(input), c.need_eof);
        if (!decoded) { KR_DECREF(input); goto done; }
        ssize_t dlen = KR_STR_LEN(decoded);
        textio_set_decoded(t, decoded);
        t->has_snapshot = 1;
        t->snapshot_flags = c.dec_flags;
        KR_SETREF(t->snapshot_input, input);
        if (dlen < c.chars_to_skip) {
            kr_err_set_string(kr_exc_OSError, "can't restore logical file position");
            goto done;
        }
        t->decoded_chars_used = (ssize_t)c.chars_to_skip;
    }
    if (t->has_encoder) t->bom_done = !is_zero;
    res = kr_newref(cookie);
done:
    KR_DECREF(zero);
    KR_XDECREF(cookie);
    return res;
}

/* ---- other methods ---- */

static KrObject *textio_flush(KrObject *self, KrObject *unused)
{
    KrTextIOObject *t = TIO(self);
    if (textio_check_open(t) < 0) return NULL;
    t->telling = t->seekable;
    if (textio_writeflush(t) < 0) return NULL;
    return kr_object_call_method_str(t->buffer, "flush", NULL, 0);
}

static KrObject *textio_close(KrObject *self, KrObject *unused)
{
    KrTextIOObject *t = TIO(self);
    if (textio_check_attached(t) < 0) return NULL;
    int c = textio_is_closed(t);
    if (c < 0) return NULL;
    if (c) KR_RETURN_NONE;
    if (t->finalizing) {
        KrObject *r = kr_object_call_method_str(t->buffer, "_dealloc_warn", &self, 1);
        if (r) KR_DECREF(r);
        else kr_err_clear();
    }
    KrObject *r = kr_object_call_method_str(self, "flush", NULL, 0);
    KrObject *exc = r ? NULL : kr_err_fetch();
    KR_XDECREF(r);
    r = kr_object_call_method_str(t->buffer, "close", NULL, 0);
    return kr_io_close_result(r, exc);
}

static KrObject *textio_detach(KrObject *self, KrObject *unused)
{
    KrTextIOObject *t = TIO(self);
    if (textio_check_attached(t) < 0) return NULL;
    KrObject *r = kr_object_call_method_str(self, "flush", NULL, 0);
    if (!r) return NULL;
    KR_DECREF(r);
    KrObject *buffer = t->buffer;
    t->buffer = NULL;
    t->ok = 0;
    t->detached = 1;
    return buffer;
}

static KrObject *textio_truncate(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    KrTextIOObject *t = TIO(self);
    if (kr_args_check_count("truncate", nargs, 0, 1) < 0) return NULL;
    if (textio_check_attached(t) < 0) return NULL;
    KrObject *r = kr_object_call_method_str(self, "flush", NULL, 0);
    if (!r) return NULL;
    KR_DECREF(r);
    KrObject *pos = nargs == 1 ? args[0] : KR_NONE;
    return kr_object_call_method_str(t->buffer, "truncate", &pos, 1);
}

static KrObject *textio_buffer_call(KrObject *self, const char *meth)
{
    KrTextIOObject *t = TIO(self);
    if (textio_check_attached(t) < 0) return NULL;
    return kr_object_call_method_str(t->buffer, meth, NULL, 0);
}

static KrObject *textio_fileno(KrObject *s, KrObject *u) { return textio_buffer_call(s, "fileno"); }
static KrObject *textio_seekable(KrObject *s, KrObject *u) { return textio_buffer_call(s, "seekable"); }
static KrObject *textio_readable(KrObject *s, KrObject *u) { return textio_buffer_call(s, "readable"); }
static KrObject *textio_writable(KrObject *s, KrObject *u) { return textio_buffer_call(s, "writable"); }
static KrObject *textio_isatty(KrObject *s, KrObject *u) { return textio_buffer_call(s, "isatty"); }

static KrObject *textio_repr(KrObject *self)
{
    KrTextIOObject *t = TIO(self);
    int rc = kr_repr_enter(self);
    if (rc != 0) {
        if (rc > 0)
            kr_err_format(kr_exc_RuntimeError, "reentrant call inside %s.__repr__",
                          KR_TYPE(self)->tp_name);
        return NULL;
    }
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    if (kr_strbuilder_append_ascii(&b, "<_io.TextIOWrapper", -1) < 0) goto fail;
    static const char *const attrs[2] = { "name", "mode" };
    for (int i = 0; i < 2; i++) {
        KrObject *v = NULL;
        KrObject *key = kr_str_intern_cstr(attrs[i]);
        if (!key) goto fail;
        int r = kr_object_lookup_attr(self, key, &v);
        KR_DECREF(key);
        if (r < 0) {
            if (!kr_err_matches(kr_exc_ValueError)) goto fail;
            kr_err_clear();
        }
        if (v) {
            KrObject *s = kr_str_from_format(" %s=%R", attrs[i], v);
            KR_DECREF(v);
            if (!s) goto fail;
            int ar = kr_strbuilder_append_str(&b, s);
            KR_DECREF(s);
            if (ar < 0) goto fail;
        }
    }
    if (t->encoding) {
        KrObject *s = kr_str_from_format(" encoding=%R", t->encoding);
        if (!s) goto fail;
        int ar = kr_strbuilder_append_str(&b, s);
        KR_DECREF(s);
        if (ar < 0) goto fail;
    }
    if (kr_strbuilder_append_char(&b, '>') < 0) goto fail;
    kr_repr_leave(self);
    return kr_strbuilder_finish(&b);
fail:
    kr_repr_leave(self);
    kr_strbuilder_discard(&b);
    return NULL;
}

/* ---- construction and reconfiguration ---- */

/* The locale's encoding as CPython reports it ("UTF-8"; "utf-8" in UTF-8
 * mode, which CPython enters under the C/POSIX locale). New str. */
static KrObject *textio_locale_encoding(void)
{
    KrObject *flags = kr_sys_get_object_borrow("flags");
    if (flags) {
        KrObject *u = kr_io_getattr(flags, "utf8_mode");
        if (!u) kr_err_clear();
        else {
            int on = kr_object_is_true(u) > 0;
            KR_DECREF(u);
            if (on) return kr_str_from_cstr("utf-8");
        }
    }
    /* the environment's LC_CTYPE codeset, looked up once (newlocale reads
     * the locale files: far too slow for every open()) */
    static char codeset[64];
    if (!codeset[0]) {
        const char *cs = NULL;
        locale_t loc = newlocale(LC_CTYPE_MASK, "", (locale_t)0);
        if (loc) cs = nl_langinfo_l(CODESET, loc);
        if (!cs || !*cs || strcmp(cs, "ANSI_X3.4-1968") == 0) cs = "utf-8";
        snprintf(codeset, sizeof codeset, "%s", cs);
        if (loc) freelocale(loc);
    }
    return kr_str_from_cstr(codeset);
}

/* Sets up the codec machinery for t->encoding / t->errors. 0 or -1. */
static int textio_setup_codec(KrTextIOObject *t)
{
    const char *enc = kr_str_as_utf8(t->encoding, NULL);
    if (!enc) return -1;
    KR_CLEAR(t->pydecoder);
    KR_CLEAR(t->pyencoder);
    t->codec = kr_codecs_builtin_name(enc);
    t->codec_ascii_compatible = t->codec && (strcmp(t->codec, "utf-8") == 0 ||
                                             strcmp(t->codec, "latin-1") == 0 ||
                                             strcmp(t->codec, "ascii") == 0);
    t->dec_npending = 0;
    t->dec_byteorder = 0;
    if (t->codec) return 0;
    KrObject *codecs = kr_import_module_cstr("_codecs");
    if (!codecs) return -1;
    KrObject *info = kr_object_call_method_str(codecs, "lookup", &t->encoding, 1);
    KR_DECREF(codecs);
    if (!info) return -1;
    KrObject *is_text = NULL;
    if (kr_io_lookup_attr(info, "_is_text_encoding", &is_text) < 0) {
        KR_DECREF(info);
        return -1;
    }
    if (is_text) {
        int ok = kr_object_is_true(is_text);
        KR_DECREF(is_text);
        if (ok <= 0) {
            KR_DECREF(info);
            if (ok == 0)
                kr_err_format(kr_exc_LookupError, "%R is not a text encoding; use codecs.open() to "
                              "handle arbitrary codecs", t->encoding);
            return -1;
        }
    }
    if (t->has_decoder) {
        t->pydecoder = kr_object_call_method_str(info, "incrementaldecoder", &t->errors, 1);
        if (!t->pydecoder) { KR_DECREF(info); return -1; }
    }
    if (t->has_encoder) {
        t->pyencoder = kr_object_call_method_str(info, "incrementalencoder", &t->errors, 1);
        if (!t->pyencoder) { KR_DECREF(info); return -1; }
    }
    KR_DECREF(info);
    return 0;
}

/* Validates and applies a newline argument (str or NULL for None). */
static int textio_set_newline(KrTextIOObject *t, KrObject *newline)
{
    if (newline) {
        const char *nl = kr_str_as_utf8(newline, NULL);
        if (!nl) return -1;
        if (strcmp(nl, "") != 0 && strcmp(nl, "\n") != 0 && strcmp(nl, "\r") != 0 &&
            strcmp(nl, "\r\n") != 0) {
            kr_err_format(kr_exc_ValueError, "illegal newline value: %s", nl);
            return -1;
        }
    }
    t->readuniversal = !newline || KR_STR_LEN(newline) == 0;
    t->readtranslate = !newline;
    t->writetranslate = !newline || KR_STR_LEN(newline) > 0;
    KR_CLEAR(t->readnl);
    KR_CLEAR(t->writenl);
    if (newline && KR_STR_LEN(newline) > 0) t->readnl = kr_newref(newline);
    if (!t->readuniversal && t->readnl && !kr_str_equal_cstr(t->readnl, "\n"))
        t->writenl = kr_newref(t->readnl);
    t->pendingcr = 0;
    return 0;
}

static int textio_str_or_none(KrObject **p, const char *fname, const char *arg)
{
    if (*p == KR_NONE) *p = NULL;
    if (*p && !KR_STR_CHECK(*p)) {
        kr_err_format(kr_exc_TypeError, "%s() argument '%s' must be str or None, not %s", fname, arg,
                      KR_TYPE(*p)->tp_name);
        return -1;
    }
    return 0;
}

static KrObject *textio_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    KrTextIOObject *t = (KrTextIOObject *)type->tp_alloc(type, 0);
    if (!t) return NULL;
    t->chunk_size = 8192;
    kr_gc_track(t);
    return (KrObject *)t;
}

static int textio_bool_method(KrObject *o, const char *meth)
{
    KrObject *r = kr_object_call_method_str(o, meth, NULL, 0);
    if (!r) return -1;
    int v = kr_object_is_true(r);
    KR_DECREF(r);
    return v;
}

/* TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
 *               line_buffering=False, write_through=False) */
static int textio_init(KrObject *self, KrObject *args, KrObject *kwds)
{
    static const char *const names[] = { "buffer", "encoding", "errors", "newline",
                                          "line_buffering", "write_through", NULL };
    static const KrArgSpec spec = { "TextIOWrapper", names, 0, 6, 1 };
    KrObject *a[6];
    KrTextIOObject *t = TIO(self);
    if (kr_modargs_parse_tuple(&spec, args, kwds, a) < 0) return -1;
    t->ok = 0;
    t->detached = 0;
    KrObject *encoding = a[1], *errors = a[2], *newline = a[3];
    if (textio_str_or_none(&encoding, "TextIOWrapper", "encoding") < 0 ||
        textio_str_or_none(&errors, "TextIOWrapper", "errors") < 0 ||
        textio_str_or_none(&newline, "TextIOWrapper", "newline") < 0)
        return -1;
    int lb = 0, wt = 0;
    if (a[4] && (lb = kr_object_is_true(a[4])) < 0) return -1;
    if (a[5] && (wt = kr_object_is_true(a[5])) < 0) return -1;
    if (textio_set_newline(t, newline) < 0) return -1;
    KrObject *enc = NULL;
    if (!encoding || kr_str_equal_cstr(encoding, "locale")) enc = textio_locale_encoding();
    else enc = kr_newref(encoding);
    if (!enc) return -1;
    KR_SETREF(t->encoding, enc);
    KrObject *err = errors ? kr_newref(errors) : kr_str_from_cstr("strict");
    if (!err) return -1;
    KR_SETREF(t->errors, err);
    KR_SETREF(t->buffer, kr_newref(a[0]));
    t->line_buffering = (char)lb;
    t->write_through = (char)wt;
    t->fast_buffer = KR_TYPE(a[0]) == &kr_io_bufferedreader_type ||
                     KR_TYPE(a[0]) == &kr_io_bufferedwriter_type ||
                     KR_TYPE(a[0]) == &kr_io_bufferedrandom_type;
    int r = textio_bool_method(a[0], "readable");
    if (r < 0) return -1;
    t->has_decoder = (char)r;
    r = textio_bool_method(a[0], "writable");
    if (r < 0) return -1;
    t->has_encoder = (char)r;
    if (textio_setup_codec(t) < 0) return -1;
    r = textio_bool_method(a[0], "seekable");
    if (r < 0) return -1;
    t->seekable = t->telling = (char)r;
    KrObject *probe = NULL;
    if (kr_io_lookup_attr(a[0], "read1", &probe) < 0) return -1;
    t->has_read1 = probe != NULL;
    KR_XDECREF(probe);
    t->seennl = 0;
    t->pending_len = 0;
    t->bom_done = 0;
    textio_set_decoded(t, NULL);
    textio_clear_snapshot(t);
    /* appending to a non-empty file: no BOM in the middle of it */
    if (t->seekable && t->has_encoder) {
        int64_t pos = textio_buffer_tell(t);
        if (pos == -1 && kr_err_occurred()) {
            kr_err_clear();
        } else if (pos != 0) {
            t->bom_done = 1;
            if (t->pyencoder) {
                KrObject *z = kr_int_from_i64(0);
                KrObject *rr = z ? kr_object_call_method_str(t->pyencoder, "setstate", &z, 1) : NULL;
                KR_XDECREF(z);
                if (!rr) kr_err_clear();
                else KR_DECREF(rr);
            }
        }
    }
    t->ok = 1;
    return 0;
}

/* reconfigure(*, encoding=None, errors=None, newline=None,
 *             line_buffering=None, write_through=None) */
static KrObject *textio_reconfigure(KrObject *self, KrObject *const *args, ssize_t nargs,
                                    KrObject *kwnames)
{
    static const char *const names[] = { "encoding", "errors", "newline", "line_buffering",
                                          "write_through", NULL };
    static const KrArgSpec spec = { "reconfigure", names, 0, 0, 0 };
    KrObject *a[5];
    KrTextIOObject *t = TIO(self);
    if (kr_args_parse(&spec, args, nargs, kwnames, a) < 0) return NULL;
    if (textio_check_attached(t) < 0) return NULL;
    KrObject *encoding = a[0], *errors = a[1];
    if (encoding == KR_NONE) encoding = NULL;
    if (errors == KR_NONE) errors = NULL;
    if ((encoding && !KR_STR_CHECK(encoding)) || (errors && !KR_STR_CHECK(errors))) {
        kr_err_set_string(kr_exc_TypeError, "bad argument type for built-in operation");
        return NULL;
    }
    KrObject *newline = a[2];
    int set_newline = newline != NULL;
    if (newline == KR_NONE) newline = NULL;
    if (newline && !KR_STR_CHECK(newline)) {
        kr_err_set_string(kr_exc_TypeError, "bad argument type for built-in operation");
        return NULL;
    }
    if (set_newline && newline) {
        const char *nl = kr_str_as_utf8(newline, NULL);
        if (!nl) return NULL;
        if (strcmp(nl, "") != 0 && strcmp(nl, "\n") != 0 && strcmp(nl, "\r") != 0 &&
            strcmp(nl, "\r\n") != 0)
            return kr_err_format(kr_exc_ValueError, "illegal newline value: %s", nl);
    }
    int lb = -1, wt = -1;
    if (a[3] && a[3] != KR_NONE && (lb = kr_object_is_true(a[3])) < 0) return NULL;
    if (a[4] && a[4] != KR_NONE && (wt = kr_object_is_true(a[4])) < 0) return NULL;
    if (t->decoded_chars && (encoding || errors || set_newline)) {
        return kr_io_unsupported("It is not possible to set the encoding or newline of stream "
                                 "after the first read");
    }
    KrObject *fr = kr_object_call_method_str(self, "flush", NULL, 0);
    if (!fr) return NULL;
    KR_DECREF(fr);
    if (encoding || errors) {
        KrObject *enc = encoding ? (kr_str_equal_cstr(encoding, "locale") ? textio_locale_encoding()
                                                                           : kr_newref(encoding))
                                 : kr_newref(t->encoding);
        if (!enc) return NULL;
        KrObject *err = errors ? kr_newref(errors)
                               : encoding ? kr_str_from_cstr("strict") : kr_newref(t->errors);
        if (!err) { KR_DECREF(enc); return NULL; }
        KrObject *old_enc = t->encoding, *old_err = t->errors;
        t->encoding = enc;
        t->errors = err;
        if (textio_setup_codec(t) < 0) {
            KrObject *exc = kr_err_fetch();
            t->encoding = old_enc;
            t->errors = old_err;
            KR_DECREF(enc);
            KR_DECREF(err);
            if (textio_setup_codec(t) < 0) kr_err_clear();
            kr_err_restore(exc);
            return NULL;
        }
        KR_DECREF(old_enc);
        KR_DECREF(old_err);
    }
    if (set_newline && textio_set_newline(t, newline) < 0) return NULL;
    if (lb >= 0) t->line_buffering = (char)lb;
    if (wt >= 0) t->write_through = (char)wt;
    KR_RETURN_NONE;
}

static int textio_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    KrTextIOObject *t = TIO(self);
    KR_VISIT(t->buffer);
    KR_VISIT(t->pydecoder);
    KR_VISIT(t->pyencoder);
    return kr_io_head_traverse(self, visit, arg);
}

static int textio_clear(KrObject *self)
{
    KrTextIOObject *t = TIO(self);
    t->ok = 0;
    KR_CLEAR(t->buffer);
    KR_CLEAR(t->pydecoder);
    KR_CLEAR(t->pyencoder);
    kr_io_head_clear(self);
    return 0;
}

static void textio_dealloc(KrObject *self)
{
    KrTextIOObject *t = TIO(self);
    if (t->ok) {
        t->finalizing = 1;
        if (kr_io_dealloc_finalize(self)) return;
    }
    kr_gc_untrack(self);
    if (t->weakreflist && kr_weakref_clear_refs) kr_weakref_clear_refs(self);
    textio_clear(self);
    KR_CLEAR(t->encoding);
    KR_CLEAR(t->errors);
    KR_CLEAR(t->readnl);
    KR_CLEAR(t->writenl);
    KR_CLEAR(t->decoded_chars);
    KR_CLEAR(t->snapshot_input);
    kr_raw_free(t->pending);
    t->pending = NULL;
    KR_TYPE(self)->tp_free(self);
}

/* ---- attributes ---- */

static KrObject *textio_get_buffer_attr(KrObject *self, const char *name)
{
    KrTextIOObject *t = TIO(self);
    if (textio_check_attached(t) < 0) return NULL;
    return kr_io_getattr(t->buffer, name);
}

static KrObject *textio_get_name(KrObject *s, void *c) { return textio_get_buffer_attr(s, "name"); }
static KrObject *textio_get_closed(KrObject *s, void *c) { return textio_get_buffer_attr(s, "closed"); }
static KrObject *textio_get_buffer(KrObject *self, void *c)
{
    if (TIO(self)->detached) KR_RETURN_NONE;
    if (textio_check_attached(TIO(self)) < 0) return NULL;
    return kr_newref(TIO(self)->buffer);
}
static KrObject *textio_get_encoding(KrObject *self, void *c)
{
    KrTextIOObject *t = TIO(self);
    return t->encoding ? kr_newref(t->encoding) : kr_newref(KR_NONE);
}
static KrObject *textio_get_errors(KrObject *self, void *c)
{
    KrTextIOObject *t = TIO(self);
    return t->errors ? kr_newref(t->errors) : kr_newref(KR_NONE);
}
static KrObject *textio_get_line_buffering(KrObject *self, void *c)
{
    return kr_bool_from(TIO(self)->line_buffering);
}
static KrObject *textio_get_write_through(KrObject *self, void *c)
{
    return kr_bool_from(TIO(self)->write_through);
}
static KrObject *textio_get_newlines(KrObject *self, void *c)
{
    KrTextIOObject *t = TIO(self);
    if (textio_check_attached(t) < 0) return NULL;
    if (!t->has_decoder || !t->readuniversal) KR_RETURN_NONE;
    return kr_io_newlines_object(t->seennl);
}
static KrObject *textio_get_chunk_size(KrObject *self, void *c)
{
    if (textio_check_attached(TIO(self)) < 0) return NULL;
    return kr_int_from_ssize(TIO(self)->chunk_size);
}
static int textio_set_chunk_size(KrObject *self, KrObject *v, void *c)
{
    if (textio_check_attached(TIO(self)) < 0) return -1;
    if (!v) {
        kr_err_set_string(kr_exc_AttributeError, "cannot delete attribute");
        return -1;
    }
    ssize_t n = kr_number_as_ssize(v, kr_exc_OverflowError);
    if (n == -1 && kr_err_occurred()) return -1;
    if (n <= 0) {
        kr_err_set_string(kr_exc_ValueError, "a strictly positive integer is required");
        return -1;
    }
    TIO(self)->chunk_size = n;
    return 0;
}
static KrObject *textio_get_finalizing(KrObject *self, void *c)
{
    return kr_bool_from(TIO(self)->finalizing);
}

static KrGetSetDef textio_getset[] = {
    { "name", textio_get_name, NULL, NULL, NULL },
    { "closed", textio_get_closed, NULL, NULL, NULL },
    { "buffer", textio_get_buffer, NULL, NULL, NULL },
    { "encoding", textio_get_encoding, NULL, NULL, NULL },
    { "errors", textio_get_errors, NULL, NULL, NULL },
    { "line_buffering", textio_get_line_buffering, NULL, NULL, NULL },
    { "write_through", textio_get_write_through, NULL, NULL, NULL },
    { "newlines", textio_get_newlines, NULL, NULL, NULL },
    { "_CHUNK_SIZE", textio_get_chunk_size, textio_set_chunk_size, NULL, NULL },
    { "_finalizing", textio_get_finalizing, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static KrMethodDef textio_methods[] = {
    { "detach", (void *)textio_detach, KR_METH_NOARGS, NULL },
    { "reconfigure", (void *)textio_reconfigure, KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL },
    { "write", (void *)textio_write, KR_METH_O, NULL },
    { "read", (void *)textio_read, KR_METH_FASTCALL, NULL },
    { "readline", (void *)textio_readline, KR_METH_FASTCALL, NULL },
    { "flush", (void *)textio_flush, KR_METH_NOARGS, NULL },
    { "close", (void *)textio_close, KR_METH_NOARGS, NULL },
    { "fileno", (void *)textio_fileno, KR_METH_NOARGS, NULL },
    { "seekable", (void *)textio_seekable, KR_METH_NOARGS, NULL },
    { "readable", (void *)textio_readable, KR_METH_NOARGS, NULL },
    { "writable", (void *)textio_writable, KR_METH_NOARGS, NULL },
    { "isatty", (void *)textio_isatty, KR_METH_NOARGS, NULL },
    { "seek", (void *)textio_seek, KR_METH_FASTCALL, NULL },
    { "tell", (void *)textio_tell, KR_METH_NOARGS, NULL },
    { "truncate", (void *)textio_truncate, KR_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_io_textiowrapper_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "_io.TextIOWrapper",
    .tp_basicsize = sizeof(KrTextIOObject),
    .tp_dealloc = textio_dealloc,
    .tp_repr = textio_repr,
    .tp_getattro = kr_object_generic_getattr,
    .tp_setattro = kr_object_generic_setattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_HAVE_GC,
    .tp_doc = "Character and line based layer over a BufferedIOBase object, buffer.",
    .tp_traverse = textio_traverse,
    .tp_clear = textio_clear,
    .tp_weaklistoffset = offsetof(KrTextIOObject, weakreflist),
    .tp_iternext = textio_iternext,
    .tp_methods = textio_methods,
    .tp_getset = textio_getset,
    .tp_base = &kr_io_textiobase_type,
    .tp_dictoffset = offsetof(KrTextIOObject, dict),
    .tp_init = textio_init,
    .tp_alloc = kr_object_alloc,
    .tp_new = textio_new,
    .tp_free = kr_object_free,
};
