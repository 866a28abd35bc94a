/* str_codecs.c — encoding str to bytes and decoding bytes to str for the
 * built-in codecs (utf-8, ascii, latin-1, utf-16*, utf-32*) with CPython's
 * error handlers and exact UnicodeError positions and reasons. */
#include "str.h"
#include "str_impl.h"
#include "str_codecs.h"
#include "bytes.h"
#include "tuple.h"
#include "int.h"
#include "../vm/err.h"
#include "../memory/mem.h"
#include "../parser/unicode_names.h"

#include <string.h>
#include <stdio.h>
#include <ctype.h>

static kr_codecs_decode_hook decode_hook;
static kr_codecs_encode_hook encode_hook;
static kr_codecs_error_hook error_hook;

/* Where a codec resumes after a custom error handler: the position the
 * handler returned, or -1 after a built-in handler (the codec then goes on
 * after the bad input as usual). Set by encode_error/decode_error. */
static _Thread_local ssize_t custom_resume = -1;
#define RESUME(dflt) (custom_resume >= 0 ? custom_resume : (dflt))

void kr_codecs_set_error_hook(kr_codecs_error_hook hook)
{
    error_hook = hook;
}

void kr_codecs_set_hooks(kr_codecs_decode_hook decode, kr_codecs_encode_hook encode)
{
    decode_hook = decode;
    encode_hook = encode;
}

/* ---------------------------------------------------------------------------
 * Exceptions
 * ------------------------------------------------------------------------ */

void kr_codecs_raise_encode_error(const char *encoding, KrObject *s, ssize_t start, ssize_t end,
                                  const char *reason)
{
    KrObject *enc = kr_str_from_cstr(encoding);
    KrObject *st = kr_int_from_ssize(start), *en = kr_int_from_ssize(end);
    KrObject *rs = kr_str_from_cstr(reason);
    if (enc && st && en && rs) {
        KrObject *args = kr_tuple_pack(5, enc, s, st, en, rs);
        if (args) {
            kr_err_set_object(kr_exc_UnicodeEncodeError, args);
            KR_DECREF(args);
        }
    }
    KR_XDECREF(enc);
    KR_XDECREF(st);
    KR_XDECREF(en);
    KR_XDECREF(rs);
}

void kr_codecs_raise_decode_error(const char *encoding, const char *data, ssize_t size,
                                  ssize_t start, ssize_t end, const char *reason)
{
    KrObject *enc = kr_str_from_cstr(encoding);
    KrObject *b = kr_bytes_from(data, size);
    KrObject *st = kr_int_from_ssize(start), *en = kr_int_from_ssize(end);
    KrObject *rs = kr_str_from_cstr(reason);
    if (enc && b && st && en && rs) {
        KrObject *args = kr_tuple_pack(5, enc, b, st, en, rs);
        if (args) {
            kr_err_set_object(kr_exc_UnicodeDecodeError, args);
            KR_DECREF(args);
        }
    }
    KR_XDECREF(enc);
    KR_XDECREF(b);
    KR_XDECREF(st);
    KR_XDECREF(en);
    KR_XDECREF(rs);
}

/* ---------------------------------------------------------------------------
 * Names
 * ------------------------------------------------------------------------ */

enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_SURROGATEESCAPE, ERR_SURROGATEPASS,
       ERR_BACKSLASHREPLACE, ERR_XMLCHARREFREPLACE, ERR_NAMEREPLACE, ERR_UNKNOWN };

static int error_handler(const char *errors)
{
    if (!errors || strcmp(errors, "strict") == 0) return ERR_STRICT;
    if (strcmp(errors, "ignore") == 0) return ERR_IGNORE;
    if (strcmp(errors, "replace") == 0) return ERR_REPLACE;
    if (strcmp(errors, "surrogateescape") == 0) return ERR_SURROGATEESCAPE;
    if (strcmp(errors, "surrogatepass") == 0) return ERR_SURROGATEPASS;
    if (strcmp(errors, "backslashreplace") == 0) return ERR_BACKSLASHREPLACE;
    if (strcmp(errors, "xmlcharrefreplace") == 0) return ERR_XMLCHARREFREPLACE;
    if (strcmp(errors, "namereplace") == 0) return ERR_NAMEREPLACE;
    return ERR_UNKNOWN;
}

static void raise_unknown_handler(const char *errors)
{
    kr_err_format(kr_exc_LookupError, "unknown error handler name '%.400s'", errors);
}

/* Calls the registered handler `errors` with the exception that is pending
 * (it is consumed). Returns the handler's replacement (new ref, str or
 * bytes as allowed) and its resume position in *newpos (normalized against
 * length), or NULL with an exception. */
static KrObject *call_custom_handler(const char *errors, ssize_t length, int allow_bytes,
                                     ssize_t *newpos)
{
    KrObject *exc = kr_err_fetch();
    KrObject *h = error_hook ? error_hook(errors) : NULL;
    if (!h) {
        KR_XDECREF(exc);
        if (!kr_err_occurred()) raise_unknown_handler(errors);
        return NULL;
    }
    KrObject *r = kr_object_call_one(h, exc);
    KR_DECREF(h);
    KR_XDECREF(exc);
    if (!r) return NULL;
    if (!KR_TUPLE_CHECK(r) || KR_SIZE(r) != 2 || !KR_INT_CHECK(KR_TUPLE_GET(r, 1))
        || !(KR_STR_CHECK(KR_TUPLE_GET(r, 0)) || (allow_bytes && KR_BYTES_CHECK(KR_TUPLE_GET(r, 0))))) {
        KR_DECREF(r);
        kr_err_set_string(kr_exc_TypeError, allow_bytes
                          ? "encoding error handler must return (str/bytes, int) tuple"
                          : "decoding error handler must return (str, int) tuple");
        return NULL;
    }
    ssize_t pos = kr_number_as_ssize(KR_TUPLE_GET(r, 1), NULL);
    if (pos < 0) pos += length;
    if (pos < 0 || pos > length) {
        KR_DECREF(r);
        kr_err_format(kr_exc_IndexError, "position %zd from error handler out of bounds", pos);
        return NULL;
    }
    KrObject *rep = kr_newref(KR_TUPLE_GET(r, 0));
    KR_DECREF(r);
    *newpos = pos;
    return rep;
}

const char *kr_codecs_builtin_name(const char *encoding)
{
    if (!encoding) return "utf-8";
    char norm[64];
    size_t n = 0;
    int pending_us = 0;
    for (const char *p = encoding; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (isalnum(c) || c == '.') {
            if (pending_us && n > 0 && n < sizeof norm - 1) norm[n++] = '_';
            pending_us = 0;
            if (n < sizeof norm - 1) norm[n++] = (char)tolower(c);
        } else {
            pending_us = 1;
        }
    }
    norm[n] = '\0';
    static const struct { const char *alias, *name; } table[] = {
        { "utf_8", "utf-8" }, { "utf8", "utf-8" }, { "u8", "utf-8" }, { "utf", "utf-8" },
        { "utf8_ucs2", "utf-8" }, { "utf8_ucs4", "utf-8" }, { "cp65001", "utf-8" },
        { "ascii", "ascii" }, { "us_ascii", "ascii" }, { "646", "ascii" }, { "us", "ascii" },
        { "ansi_x3.4_1968", "ascii" }, { "ansi_x3_4_1968", "ascii" }, { "iso646_us", "ascii" },
        { "cp367", "ascii" }, { "csascii", "ascii" }, { "ibm367", "ascii" },
        { "iso_ir_6", "ascii" }, { "iso_646.irv_1991", "ascii" },
        { "latin_1", "latin-1" }, { "latin1", "latin-1" }, { "latin", "latin-1" },
        { "l1", "latin-1" }, { "iso_8859_1", "latin-1" }, { "iso8859_1", "latin-1" },
        { "8859", "latin-1" }, { "cp819", "latin-1" }, { "iso_ir_100", "latin-1" },
        { "ibm819", "latin-1" }, { "csisolatin1", "latin-1" }, { "iso_8859_1_1987", "latin-1" },
        { "utf_16", "utf-16" }, { "utf16", "utf-16" }, { "u16", "utf-16" },
        { "utf_16_le", "utf-16-le" }, { "utf_16le", "utf-16-le" }, { "utf16le", "utf-16-le" },
        { "utf_16_be", "utf-16-be" }, { "utf_16be", "utf-16-be" }, { "utf16be", "utf-16-be" },
        { "utf_32", "utf-32" }, { "utf32", "utf-32" }, { "u32", "utf-32" },
        { "utf_32_le", "utf-32-le" }, { "utf_32le", "utf-32-le" }, { "utf32le", "utf-32-le" },
        { "utf_32_be", "utf-32-be" }, { "utf_32be", "utf-32-be" }, { "utf32be", "utf-32-be" },
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (strcmp(norm, table[i].alias) == 0) return table[i].name;
    return NULL;
}

static int is_non_text_codec(const char *encoding, char *canon, size_t cap)
{
    static const char *const names[][2] = {
        { "hex", "hex" }, { "hex_codec", "hex" }, { "base64", "base64" }, { "base_64", "base64" },
        { "base64_codec", "base64" }, { "rot13", "rot13" }, { "rot_13", "rot13" },
        { "zlib", "zlib" }, { "zip", "zlib" }, { "zlib_codec", "zlib" }, { "bz2", "bz2" },
        { "bz2_codec", "bz2" }, { "quopri", "quopri" }, { "quotedprintable", "quopri" },
        { "quoted_printable", "quopri" }, { "uu", "uu" }, { "uu_codec", "uu" },
    };
    char low[40];
    size_t n = 0;
    for (const char *p = encoding; *p && n < sizeof low - 1; p++)
        low[n++] = *p == '-' ? '_' : (char)tolower((unsigned char)*p);
    low[n] = '\0';
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(low, names[i][0]) == 0) {
            snprintf(canon, cap, "%s", names[i][1]);
            return 1;
        }
    return 0;
}

/* ---------------------------------------------------------------------------
 * A growable byte buffer for encoders
 * ------------------------------------------------------------------------ */

typedef struct {
    char *buf;
    ssize_t len, cap;
} ByteBuf;

static int bb_reserve(ByteBuf *b, ssize_t extra)
{
    if (b->len + extra <= b->cap) return 0;
    ssize_t ncap = b->cap ? b->cap : 64;
    while (ncap < b->len + extra) ncap *= 2;
    char *nb = kr_raw_realloc(b->buf, (size_t)ncap);
    if (!nb) { kr_err_no_memory(); return -1; }
    b->buf = nb;
    b->cap = ncap;
    return 0;
}

static int bb_put(ByteBuf *b, const char *s, ssize_t n)
{
    if (n <= 0) return 0;
    if (bb_reserve(b, n) < 0) return -1;
    memcpy(b->buf + b->len, s, (size_t)n);
    b->len += n;
    return 0;
}

static inline int bb_byte(ByteBuf *b, unsigned char c)
{
    if (b->len >= b->cap && bb_reserve(b, 1) < 0) return -1;
    b->buf[b->len++] = (char)c;
    return 0;
}

static KrObject *bb_finish(ByteBuf *b)
{
    KrObject *r = kr_bytes_from(b->buf ? b->buf : "", b->len);
    kr_raw_free(b->buf);
    return r;
}

static void put_utf8(ByteBuf *b, uint32_t ch)
{
    char t[4];
    int n;
    if (ch < 0x80) { t[0] = (char)ch; n = 1; }
    else if (ch < 0x800) { t[0] = (char)(0xC0 | (ch >> 6)); t[1] = (char)(0x80 | (ch & 0x3F)); n = 2; }
    else if (ch < 0x10000) {
        t[0] = (char)(0xE0 | (ch >> 12)); t[1] = (char)(0x80 | ((ch >> 6) & 0x3F));
        t[2] = (char)(0x80 | (ch & 0x3F)); n = 3;
    } else {
        t[0] = (char)(0xF0 | (ch >> 18)); t[1] = (char)(0x80 | ((ch >> 12) & 0x3F));
        t[2] = (char)(0x80 | ((ch >> 6) & 0x3F)); t[3] = (char)(0x80 | (ch & 0x3F)); n = 4;
    }
    bb_put(b, t, n);
}

/* \xhh, \uhhhh or \Uhhhhhhhh for backslashreplace (and namereplace of
 * characters without a name). */
static int put_backslash(ByteBuf *b, uint32_t ch)
{
    char t[12];
    int n;
    if (ch < 0x100) n = snprintf(t, sizeof t, "\\x%02x", ch);
    else if (ch < 0x10000) n = snprintf(t, sizeof t, "\\u%04x", ch);
    else n = snprintf(t, sizeof t, "\\U%08x", ch);
    return bb_put(b, t, n);
}

/* ---------------------------------------------------------------------------
 * Encoding
 * ------------------------------------------------------------------------ */

enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1, CODEC_UTF16, CODEC_UTF32 };

/* Handles an unencodable run s[start:end) for the simple encoders. Returns
 * 0 (output written) or -1. */
static int encode_error(ByteBuf *b, int handler, const char *errors, const char *encname,
                        int codec, KrObject *s, ssize_t start, ssize_t end, const char *reason,
                        int little)
{
    custom_resume = -1;
    int kind = KR_STR_KIND(s);
    const void *data = KR_STR_DATA(s);
    switch (handler) {
    case ERR_IGNORE:
        return 0;
    case ERR_REPLACE:
        for (ssize_t i = start; i < end; i++) {
            if (codec == CODEC_UTF16) {
                if (bb_put(b, little ? "?\0" : "\0?", 2) < 0) return -1;
            } else if (codec == CODEC_UTF32) {
                if (bb_put(b, little ? "?\0\0\0" : "\0\0\0?", 4) < 0) return -1;
            } else if (bb_byte(b, '?') < 0) return -1;
        }
        return 0;
    case ERR_BACKSLASHREPLACE:
        if (codec == CODEC_UTF16 || codec == CODEC_UTF32) break;
        for (ssize_t i = start; i < end; i++)
            if (put_backslash(b, kr_str_read(kind, data, i)) < 0) return -1;
        return 0;
    case ERR_NAMEREPLACE:
        if (codec == CODEC_UTF16 || codec == CODEC_UTF32) break;
        for (ssize_t i = start; i < end; i++) {
            uint32_t ch = kr_str_read(kind, data, i);
            char name[128];
            if (kr_unicode_names_get(ch, name, sizeof name) == 1) {
                if (bb_put(b, "\\N{", 3) < 0 || bb_put(b, name, (ssize_t)strlen(name)) < 0
                    || bb_put(b, "}", 1) < 0) return -1;
            } else if (put_backslash(b, ch) < 0) return -1;
        }
        return 0;
    case ERR_XMLCHARREFREPLACE:
        if (codec == CODEC_UTF16 || codec == CODEC_UTF32) break;
        for (ssize_t i = start; i < end; i++) {
            char t[16];
            int n = snprintf(t, sizeof t, "&#%u;", kr_str_read(kind, data, i));
            if (bb_put(b, t, n) < 0) return -1;
        }
        return 0;
    case ERR_SURROGATEESCAPE: {
        for (ssize_t i = start; i < end; i++) {
            uint32_t ch = kr_str_read(kind, data, i);
            if (ch < 0xDC80 || ch > 0xDCFF) {
                kr_codecs_raise_encode_error(encname, s, start, end, reason);
                return -1;
            }
        }
        for (ssize_t i = start; i < end; i++)
            if (bb_byte(b, (unsigned char)(kr_str_read(kind, data, i) - 0xDC00)) < 0) return -1;
        return 0;
    }
    case ERR_SURROGATEPASS:
        if (codec == CODEC_UTF8 || codec == CODEC_UTF16 || codec == CODEC_UTF32) {
            for (ssize_t i = start; i < end; i++) {
                uint32_t ch = kr_str_read(kind, data, i);
                if (ch < 0xD800 || ch > 0xDFFF) {
                    kr_codecs_raise_encode_error(encname, s, start, end, reason);
                    return -1;
                }
                if (codec == CODEC_UTF8) put_utf8(b, ch);
                else if (codec == CODEC_UTF16) {
                    unsigned char t[2] = { (unsigned char)(ch & 0xff), (unsigned char)(ch >> 8) };
                    if (!little) { unsigned char x = t[0]; t[0] = t[1]; t[1] = x; }
                    bb_put(b, (char *)t, 2);
                } else {
                    unsigned char t[4] = { (unsigned char)(ch & 0xff), (unsigned char)(ch >> 8), 0, 0 };
                    if (!little) { t[3] = t[0]; t[2] = t[1]; t[1] = 0; t[0] = 0; }
                    bb_put(b, (char *)t, 4);
                }
            }
            return 0;
        }
        break;
    case ERR_UNKNOWN: {
        kr_codecs_raise_encode_error(encname, s, start, end, reason);
        ssize_t pos;
        KrObject *rep = call_custom_handler(errors, KR_STR_LEN(s), 1, &pos);
        if (!rep) return -1;
        int rc = 0;
        if (KR_BYTES_CHECK(rep)) {
            rc = bb_put(b, KR_BYTES_DATA(rep), KR_BYTES_LEN(rep));
        } else {
            uint32_t limit = codec == CODEC_ASCII ? 128 : codec == CODEC_LATIN1 ? 256 : 0x110000;
            for (ssize_t i = 0; i < KR_STR_LEN(rep) && rc == 0; i++) {
                uint32_t ch = KR_STR_READ_CHAR(rep, i);
                if (ch >= limit || (ch >= 0xD800 && ch <= 0xDFFF)) {
                    kr_codecs_raise_encode_error(encname, s, start, end, reason);
                    rc = -1;
                } else if (codec == CODEC_UTF8) {
                    if ((rc = bb_reserve(b, 4)) == 0) put_utf8(b, ch);
                } else if (codec == CODEC_UTF16 || codec == CODEC_UTF32) {
                    unsigned char t[4] = { (unsigned char)ch, (unsigned char)(ch >> 8),
                                           (unsigned char)(ch >> 16), 0 };
                    int w = codec == CODEC_UTF16 ? 2 : 4;
                    if (codec == CODEC_UTF16 && ch >= 0x10000) {
                        kr_codecs_raise_encode_error(encname, s, start, end, reason);
                        rc = -1;
                        break;
                    }
                    if (!little) for (int k = 0; k < w / 2; k++) {
                        unsigned char x = t[k]; t[k] = t[w - 1 - k]; t[w - 1 - k] = x;
                    }
                    rc = bb_put(b, (char *)t, w);
                } else {
                    rc = bb_byte(b, (unsigned char)ch);
                }
            }
        }
        KR_DECREF(rep);
        if (rc < 0) return -1;
        custom_resume = pos;
        return 0;
    }
    default:
        break;
    }
    kr_codecs_raise_encode_error(encname, s, start, end, reason);
    return -1;
}

static KrObject *encode_simple(KrObject *s, int codec, const char *encname, const char *errors,
                               int little, int bom)
{
    int handler = error_handler(errors);
    ssize_t n = KR_STR_LEN(s);
    int kind = KR_STR_KIND(s);
    const void *data = KR_STR_DATA(s);
    if (codec == CODEC_UTF8 && KR_STR_IS_ASCII(s)) return kr_bytes_from(data, n);
    if (codec == CODEC_LATIN1 && kind == 1) return kr_bytes_from(data, n);
    if (codec == CODEC_ASCII && KR_STR_IS_ASCII(s)) return kr_bytes_from(data, n);
    ByteBuf b = { NULL, 0, 0 };
    if (bb_reserve(&b, codec == CODEC_UTF32 ? 4 * n + 4 : codec == CODEC_UTF16 ? 2 * n + 2 : n) < 0)
        return NULL;
    uint32_t limit = codec == CODEC_ASCII ? 128 : codec == CODEC_LATIN1 ? 256 : 0x110000;
    const char *reason = codec == CODEC_ASCII ? "ordinal not in range(128)"
                       : codec == CODEC_LATIN1 ? "ordinal not in range(256)"
                       : "surrogates not allowed";
    if (bom) {
        if (codec == CODEC_UTF16) bb_put(&b, little ? "\xff\xfe" : "\xfe\xff", 2);
        else bb_put(&b, little ? "\xff\xfe\0\0" : "\0\0\xfe\xff", 4);
    }
    for (ssize_t i = 0; i < n; i++) {
        uint32_t ch = kr_str_read(kind, data, i);
        int bad = ch >= limit || (ch >= 0xD800 && ch <= 0xDFFF && limit > 256);
        if (bad) {
            ssize_t j = i + 1;
            while (j < n) {
                uint32_t c2 = kr_str_read(kind, data, j);
                int bad2 = c2 >= limit || (c2 >= 0xD800 && c2 <= 0xDFFF && limit > 256);
                if (!bad2) break;
                j++;
            }
            if (encode_error(&b, handler, errors, encname, codec, s, i, j, reason, little) < 0) {
                kr_raw_free(b.buf);
                return NULL;
            }
            i = RESUME(j) - 1;
            continue;
        }
        switch (codec) {
        case CODEC_ASCII: case CODEC_LATIN1:
            if (bb_byte(&b, (unsigned char)ch) < 0) goto fail;
            break;
        case CODEC_UTF8:
            if (bb_reserve(&b, 4) < 0) goto fail;
            put_utf8(&b, ch);
            break;
        case CODEC_UTF16: {
            uint32_t units[2];
            int nu = 1;
            if (ch >= 0x10000) {
                units[0] = 0xD800 | ((ch - 0x10000) >> 10);
                units[1] = 0xDC00 | ((ch - 0x10000) & 0x3FF);
                nu = 2;
            } else units[0] = ch;
            for (int u = 0; u < nu; u++) {
                unsigned char t[2] = { (unsigned char)(units[u] & 0xff), (unsigned char)(units[u] >> 8) };
                if (!little) { unsigned char x = t[0]; t[0] = t[1]; t[1] = x; }
                if (bb_put(&b, (char *)t, 2) < 0) goto fail;
            }
            break;
        }
        case CODEC_UTF32: {
            unsigned char t[4] = { (unsigned char)ch, (unsigned char)(ch >> 8),
                                   (unsigned char)(ch >> 16), 0 };
            if (!little) { unsigned char x = t[0]; t[0] = t[3]; t[3] = x; x = t[1]; t[1] = t[2]; t[2] = x; }
            if (bb_put(&b, (char *)t, 4) < 0) goto fail;
            break;
        }
        }
    }
    return bb_finish(&b);
fail:
    kr_raw_free(b.buf);
    return NULL;
}

KrObject *kr_str_encode(KrObject *s, const char *encoding, const char *errors)
{
    const char *name = kr_codecs_builtin_name(encoding);
    if (!name) {
        char canon[32];
        if (is_non_text_codec(encoding, canon, sizeof canon))
            return kr_err_format(kr_exc_LookupError,
                                 "'%s' is not a text encoding; use codecs.encode() to handle "
                                 "arbitrary codecs", canon);
        if (encode_hook) return encode_hook(s, encoding, errors);
        return kr_err_format(kr_exc_LookupError, "unknown encoding: %s", encoding);
    }
    if (strcmp(name, "utf-8") == 0) return encode_simple(s, CODEC_UTF8, "utf-8", errors, 1, 0);
    if (strcmp(name, "ascii") == 0) return encode_simple(s, CODEC_ASCII, "ascii", errors, 1, 0);
    if (strcmp(name, "latin-1") == 0) return encode_simple(s, CODEC_LATIN1, "latin-1", errors, 1, 0);
    if (strcmp(name, "utf-16") == 0) return encode_simple(s, CODEC_UTF16, "utf-16", errors, 1, 1);
    if (strcmp(name, "utf-16-le") == 0) return encode_simple(s, CODEC_UTF16, "utf-16-le", errors, 1, 0);
    if (strcmp(name, "utf-16-be") == 0) return encode_simple(s, CODEC_UTF16, "utf-16-be", errors, 0, 0);
    if (strcmp(name, "utf-32") == 0) return encode_simple(s, CODEC_UTF32, "utf-32", errors, 1, 1);
    if (strcmp(name, "utf-32-le") == 0) return encode_simple(s, CODEC_UTF32, "utf-32-le", errors, 1, 0);
    return encode_simple(s, CODEC_UTF32, "utf-32-be", errors, 0, 0);
}

/* ---------------------------------------------------------------------------
 * Decoding
 * ------------------------------------------------------------------------ */

typedef struct {
    uint32_t *buf;
    ssize_t len, cap;
} CpBuf;

static int cp_reserve(CpBuf *c, ssize_t extra)
{
    if (c->len + extra <= c->cap) return 0;
    ssize_t ncap = c->cap ? c->cap : 64;
    while (ncap < c->len + extra) ncap *= 2;
    uint32_t *nb = kr_raw_realloc(c->buf, (size_t)ncap * 4);
    if (!nb) { kr_err_no_memory(); return -1; }
    c->buf = nb;
    c->cap = ncap;
    return 0;
}

static inline int cp_put(CpBuf *c, uint32_t ch)
{
    if (c->len >= c->cap && cp_reserve(c, 1) < 0) return -1;
    c->buf[c->len++] = ch;
    return 0;
}

static KrObject *cp_finish(CpBuf *c)
{
    KrObject *r = kr_str_from_ucs4(c->buf ? c->buf : (const uint32_t *)"", c->len);
    kr_raw_free(c->buf);
    return r;
}

/* Applies a decode error handler to data[start:end). Returns 0 or -1. */
static int decode_error(CpBuf *out, int handler, const char *errors, const char *encname,
                        const char *data, ssize_t size, ssize_t start, ssize_t end,
                        const char *reason)
{
    custom_resume = -1;
    switch (handler) {
    case ERR_IGNORE:
        return 0;
    case ERR_REPLACE:
        return cp_put(out, 0xFFFD);
    case ERR_BACKSLASHREPLACE:
        for (ssize_t i = start; i < end; i++) {
            char t[5];
            snprintf(t, sizeof t, "\\x%02x", (unsigned char)data[i]);
            for (int k = 0; k < 4; k++) if (cp_put(out, (uint32_t)t[k]) < 0) return -1;
        }
        return 0;
    case ERR_SURROGATEESCAPE:
        for (ssize_t i = start; i < end; i++) {
            unsigned char c = (unsigned char)data[i];
            if (c < 128) {
                kr_codecs_raise_decode_error(encname, data, size, start, end, reason);
                return -1;
            }
        }
        for (ssize_t i = start; i < end; i++)
            if (cp_put(out, 0xDC00 + (unsigned char)data[i]) < 0) return -1;
        return 0;
    case ERR_UNKNOWN: {
        kr_codecs_raise_decode_error(encname, data, size, start, end, reason);
        ssize_t pos;
        KrObject *rep = call_custom_handler(errors, size, 0, &pos);
        if (!rep) return -1;
        int rc = 0;
        for (ssize_t i = 0; i < KR_STR_LEN(rep) && rc == 0; i++) rc = cp_put(out, KR_STR_READ_CHAR(rep, i));
        KR_DECREF(rep);
        if (rc < 0) return -1;
        custom_resume = pos;
        return 0;
    }
    default:
        kr_codecs_raise_decode_error(encname, data, size, start, end, reason);
        return -1;
    }
}

/* final 0: an incomplete sequence at the end is left undecoded and
 * *consumed says how far decoding got (incremental decoders). */
static KrObject *decode_utf8_ex(const char *data, ssize_t size, const char *errors, int final,
                                ssize_t *consumed)
{
    int handler = error_handler(errors);
    const unsigned char *s = (const unsigned char *)data;
    CpBuf out = { NULL, 0, 0 };
    if (cp_reserve(&out, size) < 0) return NULL;
    ssize_t i = 0;
    while (i < size) {
        unsigned char c = s[i];
        if (c < 0x80) {
            out.buf[out.len++] = c;
            i++;
            continue;
        }
        int need;
        uint32_t ch;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) { need = 1; ch = c & 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF) {
            need = 2; ch = c & 0x0F;
            if (c == 0xE0) lo = 0xA0;
            else if (c == 0xED) hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3; ch = c & 0x07;
            if (c == 0xF0) lo = 0x90;
            else if (c == 0xF4) hi = 0x8F;
        } else {
            if (decode_error(&out, handler, errors, "utf-8", data, size, i, i + 1,
                             "invalid start byte") < 0) goto fail;
            i = RESUME(i + 1);
            continue;
        }
        /* surrogatepass: ED A0..BF 80..BF encodes a surrogate */
        if (c == 0xED && handler == ERR_SURROGATEPASS && i + 2 < size && s[i + 1] >= 0xA0
            && s[i + 1] <= 0xBF && s[i + 2] >= 0x80 && s[i + 2] <= 0xBF) {
            if (cp_put(&out, ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(s[i + 1] & 0x3F) << 6)
                                 | (s[i + 2] & 0x3F)) < 0) goto fail;
            i += 3;
            continue;
        }
        ssize_t k = 1;
        int bad = 0;
        for (; k <= need; k++) {
            if (i + k >= size) { bad = 2; break; }
            unsigned char cc = s[i + k];
            unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
            if (cc < l || cc > h) { bad = 1; break; }
            ch = (ch << 6) | (cc & 0x3F);
        }
        if (bad == 1) {
            if (decode_error(&out, handler, errors, "utf-8", data, size, i, i + k,
                             "invalid continuation byte") < 0) goto fail;
            i = RESUME(i + k);
            continue;
        }
        if (bad == 2) {
            if (!final) break;
            if (decode_error(&out, handler, errors, "utf-8", data, size, i, size,
                             "unexpected end of data") < 0) goto fail;
            i = RESUME(size);
            continue;
        }
        if (cp_put(&out, ch) < 0) goto fail;
        i += need + 1;
    }
    if (consumed) *consumed = i;
    return cp_finish(&out);
fail:
    kr_raw_free(out.buf);
    return NULL;
}

static KrObject *decode_utf8(const char *data, ssize_t size, const char *errors)
{
    return decode_utf8_ex(data, size, errors, 1, NULL);
}

KrObject *kr_str_from_utf8(const char *s, ssize_t size)
{
    ssize_t i = 0;
    while (i < size && !((unsigned char)s[i] & 0x80)) i++;
    if (i == size) return kr_str_from_ascii(s, size);
    return decode_utf8(s, size, NULL);
}

KrObject *kr_str_from_utf8_surrogateescape(const char *s, ssize_t size)
{
    return decode_utf8(s, size, "surrogateescape");
}

static KrObject *decode_ascii(const char *data, ssize_t size, const char *errors)
{
    ssize_t i = 0;
    while (i < size && !((unsigned char)data[i] & 0x80)) i++;
    if (i == size) return kr_str_from_ascii(data, size);
    int handler = error_handler(errors);
    CpBuf out = { NULL, 0, 0 };
    if (cp_reserve(&out, size) < 0) return NULL;
    for (i = 0; i < size; i++) {
        unsigned char c = (unsigned char)data[i];
        if (c < 128) { out.buf[out.len++] = c; continue; }
        if (decode_error(&out, handler, errors, "ascii", data, size, i, i + 1,
                         "ordinal not in range(128)") < 0) {
            kr_raw_free(out.buf);
            return NULL;
        }
        i = RESUME(i + 1) - 1;
    }
    return cp_finish(&out);
}

/* UTF-16 / UTF-32. byteorder: -1 little, 1 big, 0 detect a BOM (default little). */
/* byteorder: -1 little, 1 big, 0 detect a BOM (default little); with
 * *bo_out the order found is reported (-1/1, or 0 if undecided). */
static KrObject *decode_utf16_ex(const char *data, ssize_t size, const char *errors, int byteorder,
                                 int final, ssize_t *consumed, int *bo_out)
{
    int handler = error_handler(errors);
    const unsigned char *s = (const unsigned char *)data;
    ssize_t i = 0;
    int little = byteorder <= 0;
    if (byteorder == 0 && size >= 2) {
        if (s[0] == 0xFF && s[1] == 0xFE) { little = 1; i = 2; }
        else if (s[0] == 0xFE && s[1] == 0xFF) { little = 0; i = 2; }
    }
    if (bo_out) *bo_out = byteorder != 0 ? byteorder : (i == 2 ? (little ? -1 : 1) : 0);
    const char *encname = little ? "utf-16-le" : "utf-16-be";
    CpBuf out = { NULL, 0, 0 };
    if (cp_reserve(&out, size / 2 + 1) < 0) return NULL;
    while (i < size) {
        if (i + 1 >= size) {
            if (!final) break;
            if (decode_error(&out, handler, errors, encname, data, size, i, size, "truncated data") < 0)
                goto fail;
            i = RESUME(size);
            continue;
        }
        uint32_t u = little ? (uint32_t)(s[i] | (s[i + 1] << 8)) : (uint32_t)((s[i] << 8) | s[i + 1]);
        if (u < 0xD800 || u > 0xDFFF) {
            if (cp_put(&out, u) < 0) goto fail;
            i += 2;
            continue;
        }
        if (u >= 0xDC00) {
            if (handler == ERR_SURROGATEPASS) { if (cp_put(&out, u) < 0) goto fail; i += 2; continue; }
            if (decode_error(&out, handler, errors, encname, data, size, i, i + 2, "illegal encoding") < 0)
                goto fail;
            i = RESUME(i + 2);
            continue;
        }
        if (i + 3 >= size) {
            if (!final) break;
            if (handler == ERR_SURROGATEPASS && i + 3 > size - 1 && i + 2 == size) {
                if (cp_put(&out, u) < 0) goto fail;
                i += 2;
                continue;
            }
            if (decode_error(&out, handler, errors, encname, data, size, i, size,
                             "unexpected end of data") < 0) goto fail;
            i = RESUME(size);
            continue;
        }
        uint32_t u2 = little ? (uint32_t)(s[i + 2] | (s[i + 3] << 8))
                             : (uint32_t)((s[i + 2] << 8) | s[i + 3]);
        if (u2 < 0xDC00 || u2 > 0xDFFF) {
            if (handler == ERR_SURROGATEPASS) { if (cp_put(&out, u) < 0) goto fail; i += 2; continue; }
            if (decode_error(&out, handler, errors, encname, data, size, i, i + 2,
                             "illegal UTF-16 surrogate") < 0) goto fail;
            i = RESUME(i + 2);
            continue;
        }
        if (cp_put(&out, 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00)) < 0) goto fail;
        i += 4;
    }
    if (consumed) *consumed = i;
    return cp_finish(&out);
fail:
    kr_raw_free(out.buf);
    return NULL;
}

static KrObject *decode_utf32_ex(const char *data, ssize_t size, const char *errors, int byteorder,
                                 int final, ssize_t *consumed, int *bo_out)
{
    int handler = error_handler(errors);
    const unsigned char *s = (const unsigned char *)data;
    ssize_t i = 0;
    int little = byteorder <= 0;
    if (byteorder == 0 && size >= 4) {
        if (s[0] == 0xFF && s[1] == 0xFE && s[2] == 0 && s[3] == 0) { little = 1; i = 4; }
        else if (s[0] == 0 && s[1] == 0 && s[2] == 0xFE && s[3] == 0xFF) { little = 0; i = 4; }
    }
    if (bo_out) *bo_out = byteorder != 0 ? byteorder : (i == 4 ? (little ? -1 : 1) : 0);
    const char *encname = little ? "utf-32-le" : "utf-32-be";
    CpBuf out = { NULL, 0, 0 };
    if (cp_reserve(&out, size / 4 + 1) < 0) return NULL;
    while (i < size) {
        if (i + 3 >= size) {
            if (!final) break;
            if (decode_error(&out, handler, errors, encname, data, size, i, size, "truncated data") < 0)
                goto fail;
            i = RESUME(size);
            continue;
        }
        uint32_t u = little ? (uint32_t)s[i] | ((uint32_t)s[i + 1] << 8) | ((uint32_t)s[i + 2] << 16)
                                  | ((uint32_t)s[i + 3] << 24)
                            : (uint32_t)s[i + 3] | ((uint32_t)s[i + 2] << 8)
                                  | ((uint32_t)s[i + 1] << 16) | ((uint32_t)s[i] << 24);
        if (u > 0x10FFFF) {
            if (decode_error(&out, handler, errors, encname, data, size, i, i + 4,
                             "code point not in range(0x110000)") < 0) goto fail;
            i = RESUME(i + 4);
            continue;
        } else if (u >= 0xD800 && u <= 0xDFFF && handler != ERR_SURROGATEPASS) {
            if (decode_error(&out, handler, errors, encname, data, size, i, i + 4,
                             "code point in surrogate code point range(0xd800, 0xe000)") < 0)
                goto fail;
            i = RESUME(i + 4);
            continue;
        } else if (cp_put(&out, u) < 0) goto fail;
        i += 4;
    }
    if (consumed) *consumed = i;
    return cp_finish(&out);
fail:
    kr_raw_free(out.buf);
    return NULL;
}

KrObject *kr_str_decode(const char *s, ssize_t size, const char *encoding, const char *errors)
{
    const char *name = kr_codecs_builtin_name(encoding);
    if (!name) {
        char canon[32];
        if (is_non_text_codec(encoding, canon, sizeof canon))
            return kr_err_format(kr_exc_LookupError,
                                 "'%s' is not a text encoding; use codecs.decode() to handle "
                                 "arbitrary codecs", canon);
        if (decode_hook) return decode_hook(s, size, encoding, errors);
        return kr_err_format(kr_exc_LookupError, "unknown encoding: %s", encoding);
    }
    if (strcmp(name, "utf-8") == 0) {
        if (!errors || strcmp(errors, "strict") == 0) return kr_str_from_utf8(s, size);
        return decode_utf8(s, size, errors);
    }
    if (strcmp(name, "ascii") == 0) return decode_ascii(s, size, errors);
    if (strcmp(name, "latin-1") == 0) return kr_str_from_latin1(s, size);
    if (strcmp(name, "utf-16") == 0) return decode_utf16_ex(s, size, errors, 0, 1, NULL, NULL);
    if (strcmp(name, "utf-16-le") == 0) return decode_utf16_ex(s, size, errors, -1, 1, NULL, NULL);
    if (strcmp(name, "utf-16-be") == 0) return decode_utf16_ex(s, size, errors, 1, 1, NULL, NULL);
    if (strcmp(name, "utf-32") == 0) return decode_utf32_ex(s, size, errors, 0, 1, NULL, NULL);
    if (strcmp(name, "utf-32-le") == 0) return decode_utf32_ex(s, size, errors, -1, 1, NULL, NULL);
    return decode_utf32_ex(s, size, errors, 1, 1, NULL, NULL);
}

KrObject *kr_str_from_encoded_object(KrObject *obj, const char *encoding, const char *errors)
{
    if (KR_STR_CHECK(obj))
        return kr_err_format(kr_exc_TypeError, "decoding str is not supported");
    KrBuffer view;
    if (KR_BYTES_CHECK(obj))
        return kr_str_decode(KR_BYTES_DATA(obj), KR_BYTES_LEN(obj), encoding ? encoding : "utf-8",
                             errors);
    KrBufferProcs *bp = KR_TYPE(obj)->tp_as_buffer;
    if (!bp || !bp->bf_getbuffer)
        return kr_err_format(kr_exc_TypeError, "decoding to str: need a bytes-like object, %.80s found",
                             KR_TYPE(obj)->tp_name);
    if (kr_object_get_buffer(obj, &view, KR_BUF_SIMPLE) < 0) return NULL;
    KrObject *r = kr_str_decode(view.buf, view.len, encoding ? encoding : "utf-8", errors);
    kr_buffer_release(&view);
    return r;
}

KrObject *kr_codecs_decode_ex(const char *s, ssize_t size, const char *codec, const char *errors,
                              int final, ssize_t *consumed, int *byteorder)
{
    int bo = byteorder ? *byteorder : 0;
    *consumed = size;
    if (strcmp(codec, "utf-8") == 0) return decode_utf8_ex(s, size, errors, final, consumed);
    if (strcmp(codec, "ascii") == 0) return decode_ascii(s, size, errors);
    if (strcmp(codec, "latin-1") == 0) return kr_str_from_latin1(s, size);
    if (strcmp(codec, "utf-16") == 0) return decode_utf16_ex(s, size, errors, bo, final, consumed, byteorder);
    if (strcmp(codec, "utf-16-le") == 0) return decode_utf16_ex(s, size, errors, -1, final, consumed, NULL);
    if (strcmp(codec, "utf-16-be") == 0) return decode_utf16_ex(s, size, errors, 1, final, consumed, NULL);
    if (strcmp(codec, "utf-32") == 0) return decode_utf32_ex(s, size, errors, bo, final, consumed, byteorder);
    if (strcmp(codec, "utf-32-le") == 0) return decode_utf32_ex(s, size, errors, -1, final, consumed, NULL);
    if (strcmp(codec, "utf-32-be") == 0) return decode_utf32_ex(s, size, errors, 1, final, consumed, NULL);
    return kr_err_format(kr_exc_LookupError, "unknown encoding: %s", codec);
}

KrObject *kr_codecs_encode_ex(KrObject *s, const char *codec, const char *errors, int byteorder)
{
    if (strcmp(codec, "utf-16") == 0 && byteorder != 0)
        return encode_simple(s, CODEC_UTF16, byteorder < 0 ? "utf-16-le" : "utf-16-be", errors,
                             byteorder < 0, 0);
    if (strcmp(codec, "utf-32") == 0 && byteorder != 0)
        return encode_simple(s, CODEC_UTF32, byteorder < 0 ? "utf-32-le" : "utf-32-be", errors,
                             byteorder < 0, 0);
    return kr_str_encode(s, codec, errors);
}
