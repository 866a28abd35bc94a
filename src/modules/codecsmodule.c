/* codecsmodule.c — the built-in _codecs module: the codec search registry
 * and cache, the built-in codecs as the functions the stdlib's encodings
 * package calls (utf_8_decode, latin_1_encode, charmap_decode ...), the
 * escape codecs, and the error-handler registry with the standard handlers.
 * The codecs themselves live in objects/str_codecs.c. */
#include "codecsmodule.h"
#include "../objects/str.h"
#include "../objects/str_impl.h"
#include "../objects/str_codecs.h"
#include "../objects/bytes.h"
#include "../objects/int.h"
#include "../objects/tuple.h"
#include "../objects/list.h"
#include "../objects/dict.h"
#include "../objects/args.h"
#include "../objects/cfunction.h"
#include "../objects/abstract.h"
#include "../vm/err.h"
#include "../vm/import.h"
#include "../memory/mem.h"
#include "../parser/unicode_names.h"

#include <string.h>
#include <ctype.h>
#include <stdio.h>

static KrObject *search_functions;   /* list of callables */
static KrObject *codec_cache;        /* normalized name -> CodecInfo */
static KrObject *error_registry;     /* name -> handler */

/* ---------------------------------------------------------------------------
 * Argument helpers
 * ------------------------------------------------------------------------ */

/* errors: None or str; *out NULL for None/absent. */
static int arg_errors(const char *fname, KrObject *o, const char **out)
{
    *out = NULL;
    if (!o || o == KR_NONE) return 0;
    if (!KR_STR_CHECK(o)) {
        kr_err_format(kr_exc_TypeError, "%s() argument 'errors' must be str or None, not %.100s", fname,
                      kr_str_argtype_name(o));
        return -1;
    }
    *out = kr_str_as_cstr(o);
    return *out ? 0 : -1;
}

static int arg_bool(KrObject *o, int dflt)
{
    if (!o) return dflt;
    return kr_object_is_true(o);
}

static int arg_str(const char *fname, int pos, KrObject *o)
{
    if (KR_STR_CHECK(o)) return 0;
    kr_err_format(kr_exc_TypeError, "%s() argument %d must be str, not %.100s", fname, pos,
                  kr_str_argtype_name(o));
    return -1;
}

static KrObject *pair(KrObject *a_steal, ssize_t n)
{
    if (!a_steal) return NULL;
    KrObject *i = kr_int_from_ssize(n);
    KrObject *t = i ? kr_tuple_pack(2, a_steal, i) : NULL;
    KR_DECREF(a_steal);
    KR_XDECREF(i);
    return t;
}

/* ---------------------------------------------------------------------------
 * Encoders and decoders of the built-in codecs
 * ------------------------------------------------------------------------ */

/* name(str, errors=None[, byteorder=0]) -> (bytes, len(str)) */
static KrObject *encode_common(const char *fname, const char *codec, KrObject *const *args,
                               ssize_t nargs, KrObject *kwnames, int with_byteorder)
{
    static const char *const names2[] = { "", "errors", NULL };
    static const char *const names3[] = { "", "errors", "byteorder", NULL };
    KrArgSpec spec = { fname, with_byteorder ? names3 : names2, with_byteorder ? 3 : 2,
                       with_byteorder ? 3 : 2, 1 };
    KrObject *out[3] = { NULL, NULL, NULL };
    if (kr_args_parse(&spec, args, nargs, kwnames, out) < 0) return NULL;
    if (arg_str(fname, 1, out[0]) < 0) return NULL;
    const char *errors;
    if (arg_errors(fname, out[1], &errors) < 0) return NULL;
    int bo = 0;
    if (out[2]) {
        ssize_t v = kr_number_as_ssize(out[2], kr_exc_OverflowError);
        if (v == -1 && kr_err_occurred()) return NULL;
        bo = v < 0 ? -1 : v > 0 ? 1 : 0;
    }
    return pair(kr_codecs_encode_ex(out[0], codec, errors, bo), KR_STR_LEN(out[0]));
}

/* name(data, errors=None[, byteorder][, final=False]) -> (str, consumed[, byteorder]) */
static KrObject *decode_common(const char *fname, const char *codec, KrObject *const *args,
                               ssize_t nargs, KrObject *kwnames, int has_final, int final_default,
                               int ex)
{
    static const char *const names_f[] = { "", "errors", "final", NULL };
    static const char *const names_x[] = { "", "errors", "byteorder", "final", NULL };
    static const char *const names_2[] = { "", "errors", NULL };
    const char *const *names = ex ? names_x : has_final ? names_f : names_2;
    int count = ex ? 4 : has_final ? 3 : 2;
    KrArgSpec spec = { fname, names, count, count, 1 };
    KrObject *out[4] = { NULL, NULL, NULL, NULL };
    if (kr_args_parse(&spec, args, nargs, kwnames, out) < 0) return NULL;
    const char *errors;
    if (arg_errors(fname, out[1], &errors) < 0) return NULL;
    int bo = 0, final;
    if (ex) {
        if (out[2]) {
            ssize_t v = kr_number_as_ssize(out[2], kr_exc_OverflowError);
            if (v == -1 && kr_err_occurred()) return NULL;
            bo = v < 0 ? -1 : v > 0 ? 1 : 0;
        }
        final = arg_bool(out[3], 0);
    } else {
        final = has_final ? arg_bool(out[2], final_default) : 1;
    }
    if (final < 0) return NULL;
    KrBuffer view;
    if (kr_object_get_buffer(out[0], &view, KR_BUF_SIMPLE) < 0) return NULL;
    ssize_t consumed = view.len;
    KrObject *s = kr_codecs_decode_ex(view.buf, view.len, codec, errors, final, &consumed, &bo);
    kr_buffer_release(&view);
    if (!s) return NULL;
    if (!ex) return pair(s, consumed);
    KrObject *c = kr_int_from_ssize(consumed), *b = kr_int_from_i64(bo);
    KrObject *t = c && b ? kr_tuple_pack(3, s, c, b) : NULL;
    KR_DECREF(s);
    KR_XDECREF(c);
    KR_XDECREF(b);
    return t;
}

#define ENCODER(pyname, codec, bo) \
    static KrObject *codecs_##pyname(KrObject *m, KrObject *const *a, ssize_t n, KrObject *k) \
    { return encode_common(#pyname, codec, a, n, k, bo); }
#define DECODER(pyname, codec, has_final, dflt, ex) \
    static KrObject *codecs_##pyname(KrObject *m, KrObject *const *a, ssize_t n, KrObject *k) \
    { return decode_common(#pyname, codec, a, n, k, has_final, dflt, ex); }

ENCODER(utf_8_encode, "utf-8", 0)
ENCODER(ascii_encode, "ascii", 0)
ENCODER(latin_1_encode, "latin-1", 0)
ENCODER(utf_16_encode, "utf-16", 1)
ENCODER(utf_16_le_encode, "utf-16-le", 0)
ENCODER(utf_16_be_encode, "utf-16-be", 0)
ENCODER(utf_32_encode, "utf-32", 1)
ENCODER(utf_32_le_encode, "utf-32-le", 0)
ENCODER(utf_32_be_encode, "utf-32-be", 0)
DECODER(utf_8_decode, "utf-8", 1, 0, 0)
DECODER(ascii_decode, "ascii", 0, 1, 0)
DECODER(latin_1_decode, "latin-1", 0, 1, 0)
DECODER(utf_16_decode, "utf-16", 1, 0, 0)
DECODER(utf_16_le_decode, "utf-16-le", 1, 0, 0)
DECODER(utf_16_be_decode, "utf-16-be", 1, 0, 0)
DECODER(utf_16_ex_decode, "utf-16", 1, 0, 1)
DECODER(utf_32_decode, "utf-32", 1, 0, 0)
DECODER(utf_32_le_decode, "utf-32-le", 1, 0, 0)
DECODER(utf_32_be_decode, "utf-32-be", 1, 0, 0)
DECODER(utf_32_ex_decode, "utf-32", 1, 0, 1)

/* ---------------------------------------------------------------------------
 * Escape codecs
 * ------------------------------------------------------------------------ */

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    c |= 0x20;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

/* unicode_escape (raw: only \u and \U are escapes). */
static KrObject *unicode_escape_decode_impl(const char *fname, const char *s, ssize_t n,
                                            const char *errors, int raw)
{
    const char *enc = raw ? "rawunicodeescape" : "unicodeescape";
    int replace = errors && strcmp(errors, "replace") == 0;
    int ignore = errors && strcmp(errors, "ignore") == 0;
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    ssize_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c != '\\' || i + 1 >= n) {
            if (c == '\\' && !raw) {
                kr_codecs_raise_decode_error(enc, s, n, i, n, "\\ at end of string");
                goto fail;
            }
            if (kr_strbuilder_append_char(&b, c) < 0) goto fail;
            i++;
            continue;
        }
        unsigned char e = (unsigned char)s[i + 1];
        int digits = 0;
        if (raw) {
            if (e == 'u') digits = 4;
            else if (e == 'U') digits = 8;
            else {
                if (kr_strbuilder_append_char(&b, '\\') < 0) goto fail;
                i++;
                continue;
            }
        } else {
            const char *simple = "\\\\''\"\"a\ab\bf\fn\nr\rt\tv\v";
            const char *p = NULL;
            for (const char *q = simple; *q; q += 2) if ((unsigned char)*q == e) { p = q; break; }
            if (p) {
                if (kr_strbuilder_append_char(&b, (unsigned char)p[1]) < 0) goto fail;
                i += 2;
                continue;
            }
            if (e == '\n') { i += 2; continue; }
            if (e >= '0' && e <= '7') {
                uint32_t v = 0;
                ssize_t j = i + 1;
                for (int k = 0; k < 3 && j < n && s[j] >= '0' && s[j] <= '7'; k++, j++) v = v * 8 + (s[j] - '0');
                if (kr_strbuilder_append_char(&b, v) < 0) goto fail;
                i = j;
                continue;
            }
            if (e == 'x') digits = 2;
            else if (e == 'u') digits = 4;
            else if (e == 'U') digits = 8;
            else if (e == 'N') {
                /* \N{NAME} */
                ssize_t j = i + 2;
                uint32_t cp;
                const char *why = "malformed \\N character escape";
                if (j < n && s[j] == '{') {
                    const char *close = memchr(s + j, '}', (size_t)(n - j));
                    if (close && close - (s + j) > 1
                        && kr_unicode_names_lookup(s + j + 1, (size_t)(close - (s + j) - 1), &cp) == 1) {
                        if (kr_strbuilder_append_char(&b, cp) < 0) goto fail;
                        i = close - s + 1;
                        continue;
                    }
                    if (close && close - (s + j) > 1) why = "unknown Unicode character name";
                    if (close) j = close - s + 1;
                    else j = n;
                }
                if (replace || ignore) {
                    if (replace && kr_strbuilder_append_char(&b, 0xFFFD) < 0) goto fail;
                    i = j;
                    continue;
                }
                kr_codecs_raise_decode_error(enc, s, n, i, j, why);
                goto fail;
            } else {
                if (kr_strbuilder_append_char(&b, '\\') < 0 || kr_strbuilder_append_char(&b, e) < 0) goto fail;
                i += 2;
                continue;
            }
        }
        uint32_t v = 0;
        ssize_t j = i + 2;
        int k = 0;
        for (; k < digits && j < n; k++, j++) {
            int h = hexval((unsigned char)s[j]);
            if (h < 0) break;
            v = v * 16 + (uint32_t)h;
        }
        if (k < digits || v > 0x10FFFF) {
            const char *why = v > 0x10FFFF ? (raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character")
                            : digits == 2 ? "truncated \\xXX escape"
                            : digits == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
            if (replace || ignore) {
                if (replace && kr_strbuilder_append_char(&b, 0xFFFD) < 0) goto fail;
                i = j;
                continue;
            }
            kr_codecs_raise_decode_error(enc, s, n, i, j, why);
            goto fail;
        }
        if (kr_strbuilder_append_char(&b, v) < 0) goto fail;
        i = j;
    }
    return kr_strbuilder_finish(&b);
fail:
    kr_strbuilder_discard(&b);
    (void)fname;
    return NULL;
}

static KrObject *unicode_escape_encode_impl(KrObject *str, int raw)
{
    ssize_t n = KR_STR_LEN(str);
    char *buf = kr_raw_alloc((size_t)n * 10 + 1);
    if (!buf) return kr_err_no_memory();
    char *p = buf;
    static const char hx[] = "0123456789abcdef";
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = KR_STR_READ_CHAR(str, i);
        if (c >= 0x10000) {
            *p++ = '\\'; *p++ = 'U';
            for (int sh = 28; sh >= 0; sh -= 4) *p++ = hx[(c >> sh) & 15];
        } else if (c >= 0x100 || (raw && c >= 0x100)) {
            *p++ = '\\'; *p++ = 'u';
            for (int sh = 12; sh >= 0; sh -= 4) *p++ = hx[(c >> sh) & 15];
        } else if (raw) {
            *p++ = (char)c;
        } else if (c == '\\') { *p++ = '\\'; *p++ = '\\'; }
        else if (c == '\t') { *p++ = '\\'; *p++ = 't'; }
        else if (c == '\n') { *p++ = '\\'; *p++ = 'n'; }
        else if (c == '\r') { *p++ = '\\'; *p++ = 'r'; }
        else if (c < ' ' || c >= 0x7f) {
            *p++ = '\\'; *p++ = 'x'; *p++ = hx[c >> 4]; *p++ = hx[c & 15];
        } else *p++ = (char)c;
    }
    KrObject *r = kr_bytes_from(buf, p - buf);
    kr_raw_free(buf);
    return r;
}

static KrObject *codecs_unicode_escape_decode(KrObject *m, KrObject *const *args, ssize_t nargs,
                                              KrObject *kw)
{
    static const char *const names[] = { "", "errors", "final", NULL };
    KrArgSpec spec = { "unicode_escape_decode", names, 3, 3, 1 };
    KrObject *out[3] = { NULL, NULL, NULL };
    if (kr_args_parse(&spec, args, nargs, kw, out) < 0) return NULL;
    const char *errors;
    if (arg_errors("unicode_escape_decode", out[1], &errors) < 0) return NULL;
    KrBuffer v;
    if (KR_STR_CHECK(out[0])) {
        ssize_t len;
        const char *u = kr_str_as_utf8(out[0], &len);
        if (!u) return NULL;
        return pair(unicode_escape_decode_impl("unicode_escape_decode", u, len, errors, 0), len);
    }
    if (kr_object_get_buffer(out[0], &v, KR_BUF_SIMPLE) < 0) return NULL;
    KrObject *r = unicode_escape_decode_impl("unicode_escape_decode", v.buf, v.len, errors, 0);
    ssize_t len = v.len;
    kr_buffer_release(&v);
    return pair(r, len);
}

static KrObject *codecs_raw_unicode_escape_decode(KrObject *m, KrObject *const *args, ssize_t nargs,
                                                  KrObject *kw)
{
    static const char *const names[] = { "", "errors", "final", NULL };
    KrArgSpec spec = { "raw_unicode_escape_decode", names, 3, 3, 1 };
    KrObject *out[3] = { NULL, NULL, NULL };
    if (kr_args_parse(&spec, args, nargs, kw, out) < 0) return NULL;
    const char *errors;
    if (arg_errors("raw_unicode_escape_decode", out[1], &errors) < 0) return NULL;
    KrBuffer v;
    if (KR_STR_CHECK(out[0])) {
        ssize_t len;
        const char *u = kr_str_as_utf8(out[0], &len);
        if (!u) return NULL;
        return pair(unicode_escape_decode_impl("raw_unicode_escape_decode", u, len, errors, 1), len);
    }
    if (kr_object_get_buffer(out[0], &v, KR_BUF_SIMPLE) < 0) return NULL;
    KrObject *r = unicode_escape_decode_impl("raw_unicode_escape_decode", v.buf, v.len, errors, 1);
    ssize_t len = v.len;
    kr_buffer_release(&v);
    return pair(r, len);
}

static KrObject *escape_encode_like(const char *fname, KrObject *const *args, ssize_t nargs,
                                    KrObject *kw, int raw)
{
    static const char *const names[] = { "", "errors", NULL };
    KrArgSpec spec = { fname, names, 2, 2, 1 };
    KrObject *out[2] = { NULL, NULL };
    if (kr_args_parse(&spec, args, nargs, kw, out) < 0) return NULL;
    if (arg_str(fname, 1, out[0]) < 0) return NULL;
    return pair(unicode_escape_encode_impl(out[0], raw), KR_STR_LEN(out[0]));
}

static KrObject *codecs_unicode_escape_encode(KrObject *m, KrObject *const *a, ssize_t n, KrObject *k)
{
    return escape_encode_like("unicode_escape_encode", a, n, k, 0);
}

static KrObject *codecs_raw_unicode_escape_encode(KrObject *m, KrObject *const *a, ssize_t n, KrObject *k)
{
    return escape_encode_like("raw_unicode_escape_encode", a, n, k, 1);
}

/* escape_decode: bytes escapes of b'...' literals, to bytes. */
static KrObject *codecs_escape_decode(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "", "errors", NULL };
    KrArgSpec spec = { "escape_decode", names, 2, 2, 1 };
    KrObject *out[2] = { NULL, NULL };
    if (kr_args_parse(&spec, args, nargs, kw, out) < 0) return NULL;
    const char *s;
    ssize_t n;
    KrBuffer v;
    v.obj = NULL;
    if (KR_STR_CHECK(out[0])) {
        s = kr_str_as_utf8(out[0], &n);
        if (!s) return NULL;
    } else {
        if (kr_object_get_buffer(out[0], &v, KR_BUF_SIMPLE) < 0) return NULL;
        s = v.buf;
        n = v.len;
    }
    char *buf = kr_raw_alloc((size_t)n + 1);
    if (!buf) { kr_buffer_release(&v); return kr_err_no_memory(); }
    ssize_t o = 0, i = 0;
    while (i < n) {
        char c = s[i++];
        if (c != '\\' || i >= n) {
            if (c == '\\') {
                kr_raw_free(buf);
                kr_buffer_release(&v);
                return kr_err_format(kr_exc_ValueError, "Trailing \\ in string");
            }
            buf[o++] = c;
            continue;
        }
        char e = s[i++];
        switch (e) {
        case '\n': break;
        case '\\': buf[o++] = '\\'; break;
        case '\'': buf[o++] = '\''; break;
        case '"': buf[o++] = '"'; break;
        case 'a': buf[o++] = '\a'; break;
        case 'b': buf[o++] = '\b'; break;
        case 'f': buf[o++] = '\f'; break;
        case 'n': buf[o++] = '\n'; break;
        case 'r': buf[o++] = '\r'; break;
        case 't': buf[o++] = '\t'; break;
        case 'v': buf[o++] = '\v'; break;
        case 'x': {
            int h1 = i < n ? hexval((unsigned char)s[i]) : -1;
            int h2 = i + 1 < n ? hexval((unsigned char)s[i + 1]) : -1;
            if (h1 < 0 || h2 < 0) {
                kr_raw_free(buf);
                kr_buffer_release(&v);
                return kr_err_format(kr_exc_ValueError, "invalid \\x escape at position %zd", i - 2);
            }
            buf[o++] = (char)(h1 * 16 + h2);
            i += 2;
            break;
        }
        default:
            if (e >= '0' && e <= '7') {
                int val = e - '0';
                for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) val = val * 8 + (s[i++] - '0');
                buf[o++] = (char)val;
            } else {
                buf[o++] = '\\';
                buf[o++] = e;
            }
        }
    }
    KrObject *r = kr_bytes_from(buf, o);
    kr_raw_free(buf);
    kr_buffer_release(&v);
    return pair(r, n);
}

static KrObject *codecs_escape_encode(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "", "errors", NULL };
    KrArgSpec spec = { "escape_encode", names, 2, 2, 1 };
    KrObject *out[2] = { NULL, NULL };
    if (kr_args_parse(&spec, args, nargs, kw, out) < 0) return NULL;
    if (!KR_BYTES_CHECK(out[0]))
        return kr_err_format(kr_exc_TypeError, "escape_encode() argument 1 must be bytes, not %.100s",
                             kr_str_argtype_name(out[0]));
    KrObject *r = kr_bytes_repr_data_ex(KR_BYTES_DATA(out[0]), KR_BYTES_LEN(out[0]), 1);
    if (!r) return NULL;
    /* strip b' and ' */
    KrObject *inner = kr_bytes_from((char *)KR_STR_DATA(r) + 2, KR_STR_LEN(r) - 3);
    KR_DECREF(r);
    return pair(inner, KR_BYTES_LEN(out[0]));
}

static KrObject *codecs_readbuffer_encode(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "", "errors", NULL };
    KrArgSpec spec = { "readbuffer_encode", names, 2, 2, 1 };
    KrObject *out[2] = { NULL, NULL };
    if (kr_args_parse(&spec, args, nargs, kw, out) < 0) return NULL;
    if (KR_STR_CHECK(out[0])) {
        ssize_t n;
        const char *u = kr_str_as_utf8(out[0], &n);
        return u ? pair(kr_bytes_from(u, n), n) : NULL;
    }
    KrBuffer v;
    if (kr_object_get_buffer(out[0], &v, KR_BUF_SIMPLE) < 0) return NULL;
    KrObject *r = kr_bytes_from(v.buf, v.len);
    ssize_t n = v.len;
    kr_buffer_release(&v);
    return pair(r, n);
}

/* ---------------------------------------------------------------------------
 * charmap
 * ------------------------------------------------------------------------ */

static KrObject *codecs_charmap_decode(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "", "errors", "mapping", NULL };
    KrArgSpec spec = { "charmap_decode", names, 3, 3, 1 };
    KrObject *out[3] = { NULL, NULL, NULL };
    if (kr_args_parse(&spec, args, nargs, kw, out) < 0) return NULL;
    const char *errors;
    if (arg_errors("charmap_decode", out[1], &errors) < 0) return NULL;
    KrObject *map = out[2] && out[2] != KR_NONE ? out[2] : NULL;
    KrBuffer v;
    if (kr_object_get_buffer(out[0], &v, KR_BUF_SIMPLE) < 0) return NULL;
    const unsigned char *s = v.buf;
    ssize_t n = v.len;
    if (!map) {
        KrObject *r = kr_str_from_latin1(v.buf, n);
        kr_buffer_release(&v);
        return pair(r, n);
    }
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    for (ssize_t i = 0; i < n; i++) {
        int64_t cp = -1;
        KrObject *str_result = NULL;
        if (KR_STR_CHECK(map)) {
            if (s[i] < KR_STR_LEN(map)) cp = KR_STR_READ_CHAR(map, s[i]);
            if (cp == 0xFFFE) cp = -1;
        } else {
            KrObject *key = kr_int_from_i64(s[i]);
            KrObject *val = key ? kr_object_getitem(map, key) : NULL;
            KR_XDECREF(key);
            if (!val) {
                if (!kr_err_matches(kr_exc_LookupError)) goto fail;
                kr_err_clear();
            } else if (val == KR_NONE) {
                KR_DECREF(val);
            } else if (KR_INT_CHECK(val)) {
                cp = kr_int_as_i64(val);
                KR_DECREF(val);
                if (cp == -1 && kr_err_occurred()) goto fail;
                if (cp < 0 || cp > 0x10FFFF) {
                    kr_err_set_string(kr_exc_TypeError, "character mapping must be in range(0x110000)");
                    goto fail;
                }
            } else if (KR_STR_CHECK(val)) {
                str_result = val;
                if (KR_STR_LEN(val) == 1 && KR_STR_READ_CHAR(val, 0) == 0xFFFE) {
                    KR_CLEAR(str_result);
                }
            } else {
                KR_DECREF(val);
                kr_err_set_string(kr_exc_TypeError, "character mapping must return integer, None or str");
                goto fail;
            }
        }
        if (str_result) {
            int rc = kr_strbuilder_append_str(&b, str_result);
            KR_DECREF(str_result);
            if (rc < 0) goto fail;
            continue;
        }
        if (cp >= 0) {
            if (kr_strbuilder_append_char(&b, (uint32_t)cp) < 0) goto fail;
            continue;
        }
        if (errors && strcmp(errors, "ignore") == 0) continue;
        if (errors && strcmp(errors, "replace") == 0) {
            if (kr_strbuilder_append_char(&b, 0xFFFD) < 0) goto fail;
            continue;
        }
        if (errors && strcmp(errors, "backslashreplace") == 0) {
            char t[5];
            snprintf(t, sizeof t, "\\x%02x", s[i]);
            if (kr_strbuilder_append_ascii(&b, t, 4) < 0) goto fail;
            continue;
        }
        if (errors && strcmp(errors, "surrogateescape") == 0 && s[i] >= 128) {
            if (kr_strbuilder_append_char(&b, 0xDC00 + s[i]) < 0) goto fail;
            continue;
        }
        kr_codecs_raise_decode_error("charmap", v.buf, n, i, i + 1, "character maps to <undefined>");
        goto fail;
    }
    kr_buffer_release(&v);
    return pair(kr_strbuilder_finish(&b), n);
fail:
    kr_strbuilder_discard(&b);
    kr_buffer_release(&v);
    return NULL;
}

static KrObject *codecs_charmap_encode(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "", "errors", "mapping", NULL };
    KrArgSpec spec = { "charmap_encode", names, 3, 3, 1 };
    KrObject *out[3] = { NULL, NULL, NULL };
    if (kr_args_parse(&spec, args, nargs, kw, out) < 0) return NULL;
    if (arg_str("charmap_encode", 1, out[0]) < 0) return NULL;
    const char *errors;
    if (arg_errors("charmap_encode", out[1], &errors) < 0) return NULL;
    KrObject *str = out[0], *map = out[2] && out[2] != KR_NONE ? out[2] : NULL;
    if (!map) return pair(kr_str_encode(str, "latin-1", errors), KR_STR_LEN(str));
    ssize_t n = KR_STR_LEN(str), o = 0, cap = n + 16;
    char *buf = kr_raw_alloc((size_t)cap);
    if (!buf) return kr_err_no_memory();
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = KR_STR_READ_CHAR(str, i);
        KrObject *key = kr_int_from_i64(c);
        KrObject *val = key ? kr_object_getitem(map, key) : NULL;
        KR_XDECREF(key);
        const char *piece = NULL;
        ssize_t plen = 0;
        char one;
        if (!val) {
            if (!kr_err_matches(kr_exc_LookupError)) goto fail;
            kr_err_clear();
        } else if (KR_INT_CHECK(val)) {
            int64_t x = kr_int_as_i64(val);
            if (x < 0 || x > 255) {
                KR_DECREF(val);
                kr_err_set_string(kr_exc_TypeError, "character mapping must be in range(256)");
                goto fail;
            }
            one = (char)x;
            piece = &one;
            plen = 1;
        } else if (KR_BYTES_CHECK(val)) {
            piece = KR_BYTES_DATA(val);
            plen = KR_BYTES_LEN(val);
        } else if (val != KR_NONE) {
            KR_DECREF(val);
            kr_err_set_string(kr_exc_TypeError, "character mapping must return integer, bytes or None, not str");
            goto fail;
        }
        if (!piece) {
            KR_XDECREF(val);
            if (errors && strcmp(errors, "ignore") == 0) continue;
            if (errors && (strcmp(errors, "replace") == 0 || strcmp(errors, "xmlcharrefreplace") == 0
                           || strcmp(errors, "backslashreplace") == 0)) {
                KrObject *sub = kr_str_substring(str, i, i + 1);
                KrObject *rep = sub ? kr_str_encode(sub, "ascii", errors) : NULL;
                KR_XDECREF(sub);
                if (!rep) goto fail;
                /* map the replacement's ASCII through the mapping too (CPython does) */
                if (o + KR_BYTES_LEN(rep) > cap) {
                    cap = (o + KR_BYTES_LEN(rep)) * 2;
                    char *nb = kr_raw_realloc(buf, (size_t)cap);
                    if (!nb) { KR_DECREF(rep); kr_err_no_memory(); goto fail; }
                    buf = nb;
                }
                memcpy(buf + o, KR_BYTES_DATA(rep), (size_t)KR_BYTES_LEN(rep));
                o += KR_BYTES_LEN(rep);
                KR_DECREF(rep);
                continue;
            }
            ssize_t j = i + 1;
            kr_codecs_raise_encode_error("charmap", str, i, j, "character maps to <undefined>");
            goto fail;
        }
        if (o + plen > cap) {
            cap = (o + plen) * 2;
            char *nb = kr_raw_realloc(buf, (size_t)cap);
            if (!nb) { KR_DECREF(val); kr_err_no_memory(); goto fail; }
            buf = nb;
        }
        memcpy(buf + o, piece, (size_t)plen);
        o += plen;
        KR_DECREF(val);
    }
    KrObject *r = kr_bytes_from(buf, o);
    kr_raw_free(buf);
    return pair(r, n);
fail:
    kr_raw_free(buf);
    return NULL;
}

static KrObject *codecs_charmap_build(KrObject *m, KrObject *map)
{
    if (!KR_STR_CHECK(map))
        return kr_err_format(kr_exc_TypeError, "charmap_build() argument must be str, not %.100s",
                             kr_str_argtype_name(map));
    KrObject *d = kr_dict_new();
    if (!d) return NULL;
    for (ssize_t i = 0; i < KR_STR_LEN(map); i++) {
        KrObject *k = kr_int_from_i64(KR_STR_READ_CHAR(map, i)), *v = kr_int_from_ssize(i);
        int rc = k && v ? kr_dict_set_item(d, k, v) : -1;
        KR_XDECREF(k);
        KR_XDECREF(v);
        if (rc < 0) { KR_DECREF(d); return NULL; }
    }
    return d;
}

/* ---------------------------------------------------------------------------
 * The codec registry
 * ------------------------------------------------------------------------ */

static KrObject *normalize_name(const char *name)
{
    size_t len = strlen(name);
    char *buf = kr_raw_alloc(len + 1);
    if (!buf) return kr_err_no_memory();
    size_t n = 0;
    int punct = 0;
    for (const char *p = name; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (isalnum(c) || c == '.' || c >= 0x80) {
            if (punct && n > 0) buf[n++] = '_';
            punct = 0;
            buf[n++] = (char)tolower(c);
        } else {
            punct = 1;
        }
    }
    KrObject *r = kr_str_from_utf8(buf, (ssize_t)n);
    kr_raw_free(buf);
    return r;
}

static int registry_ready(void)
{
    if (!search_functions && !(search_functions = kr_list_new(0))) return -1;
    if (!codec_cache && !(codec_cache = kr_dict_new())) return -1;
    if (!error_registry && !(error_registry = kr_dict_new())) return -1;
    return 0;
}

static KrObject *codecs_register(KrObject *m, KrObject *func)
{
    if (registry_ready() < 0) return NULL;
    if (!kr_callable_check(func)) return kr_err_format(kr_exc_TypeError, "argument must be callable");
    if (kr_list_append(search_functions, func) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *codecs_unregister(KrObject *m, KrObject *func)
{
    if (registry_ready() < 0) return NULL;
    for (ssize_t i = 0; i < KR_SIZE(search_functions); i++)
        if (KR_LIST_GET(search_functions, i) == func) {
            if (kr_list_del_item(search_functions, i) < 0) return NULL;
            kr_dict_clear(codec_cache);
            break;
        }
    KR_RETURN_NONE;
}

/* The CodecInfo for encoding (new ref), searching the registered search
 * functions; imports the stdlib's encodings package on first use. */
static KrObject *codec_lookup(const char *encoding)
{
    if (registry_ready() < 0) return NULL;
    KrObject *key = normalize_name(encoding);
    if (!key) return NULL;
    KrObject *hit = kr_dict_get_item_borrow(codec_cache, key);
    if (hit) {
        KR_DECREF(key);
        return kr_newref(hit);
    }
    if (KR_SIZE(search_functions) == 0) {
        KrObject *mod = kr_import_module_cstr("encodings");
        if (!mod) {
            KR_DECREF(key);
            return NULL;
        }
        KR_DECREF(mod);
    }
    for (ssize_t i = 0; i < KR_SIZE(search_functions); i++) {
        KrObject *r = kr_object_call_one(KR_LIST_GET(search_functions, i), key);
        if (!r) {
            KR_DECREF(key);
            return NULL;
        }
        if (r == KR_NONE) {
            KR_DECREF(r);
            continue;
        }
        if (!KR_TUPLE_CHECK(r) || KR_SIZE(r) != 4) {
            KR_DECREF(r);
            KR_DECREF(key);
            return kr_err_format(kr_exc_TypeError, "codec search functions must return 4-tuples");
        }
        if (kr_dict_set_item(codec_cache, key, r) < 0) {
            KR_DECREF(r);
            KR_DECREF(key);
            return NULL;
        }
        KR_DECREF(key);
        return r;
    }
    kr_err_format(kr_exc_LookupError, "unknown encoding: %s", encoding);
    KR_DECREF(key);
    return NULL;
}

static KrObject *codecs_lookup(KrObject *m, KrObject *encoding)
{
    if (!KR_STR_CHECK(encoding))
        return kr_err_format(kr_exc_TypeError, "lookup() argument must be str, not %.100s",
                             kr_str_argtype_name(encoding));
    const char *e = kr_str_as_cstr(encoding);
    return e ? codec_lookup(e) : NULL;
}

static KrObject *codecs_forget_codec(KrObject *m, KrObject *encoding)
{
    if (registry_ready() < 0) return NULL;
    if (!KR_STR_CHECK(encoding)) return kr_err_format(kr_exc_TypeError, "argument must be str");
    const char *e = kr_str_as_cstr(encoding);
    KrObject *key = e ? normalize_name(e) : NULL;
    if (!key) return NULL;
    KrObject *r = NULL;
    int found = kr_dict_pop(codec_cache, key, &r);
    KR_DECREF(key);
    KR_XDECREF(r);
    if (found < 0) return NULL;
    KR_RETURN_NONE;
}

/* Calls the codec's function `which` (0 encode, 1 decode) and returns the
 * first item of its (result, length) tuple. */
static KrObject *registry_call(KrObject *obj, const char *encoding, const char *errors, int which)
{
    KrObject *info = codec_lookup(encoding);
    if (!info) return NULL;
    KrObject *func = KR_TUPLE_GET(info, which);
    KrObject *r;
    if (errors) {
        KrObject *e = kr_str_from_cstr(errors);
        r = e ? kr_object_call_two(func, obj, e) : NULL;
        KR_XDECREF(e);
    } else {
        r = kr_object_call_one(func, obj);
    }
    KR_DECREF(info);
    if (!r) return NULL;
    if (!KR_TUPLE_CHECK(r) || KR_SIZE(r) != 2) {
        KR_DECREF(r);
        return kr_err_format(kr_exc_TypeError, "%s must return a tuple (object, integer)",
                             which ? "decoder" : "encoder");
    }
    KrObject *res = kr_newref(KR_TUPLE_GET(r, 0));
    KR_DECREF(r);
    return res;
}

static KrObject *encode_hook(KrObject *s, const char *encoding, const char *errors)
{
    KrObject *r = registry_call(s, encoding, errors, 0);
    if (r && !KR_BYTES_CHECK(r)) {
        kr_err_format(kr_exc_TypeError, "'%.400s' encoder returned '%.400s' instead of 'bytes'; "
                      "use codecs.encode() to encode to arbitrary types", encoding, KR_TYPE(r)->tp_name);
        KR_CLEAR(r);
    }
    return r;
}

static KrObject *decode_hook(const char *data, ssize_t size, const char *encoding, const char *errors)
{
    KrObject *b = kr_bytes_from(data, size);
    if (!b) return NULL;
    KrObject *r = registry_call(b, encoding, errors, 1);
    KR_DECREF(b);
    if (r && !KR_STR_CHECK(r)) {
        kr_err_format(kr_exc_TypeError, "'%.400s' decoder returned '%.400s' instead of 'str'; "
                      "use codecs.decode() to decode to arbitrary types", encoding, KR_TYPE(r)->tp_name);
        KR_CLEAR(r);
    }
    return r;
}

static KrObject *encode_or_decode(KrObject *const *args, ssize_t nargs, KrObject *kw, int which)
{
    static const char *const names[] = { "obj", "encoding", "errors", NULL };
    KrArgSpec spec = { which ? "decode" : "encode", names, 0, 3, 1 };
    KrObject *out[3] = { NULL, NULL, NULL };
    if (kr_args_parse(&spec, args, nargs, kw, out) < 0) return NULL;
    const char *enc = "utf-8", *errors = NULL;
    if (out[1]) {
        if (!KR_STR_CHECK(out[1]))
            return kr_err_format(kr_exc_TypeError, "%s() argument 'encoding' must be str, not %.100s",
                                 spec.fname, kr_str_argtype_name(out[1]));
        if (!(enc = kr_str_as_cstr(out[1]))) return NULL;
    }
    if (out[2]) {
        if (!KR_STR_CHECK(out[2]))
            return kr_err_format(kr_exc_TypeError, "%s() argument 'errors' must be str, not %.100s",
                                 spec.fname, kr_str_argtype_name(out[2]));
        if (!(errors = kr_str_as_cstr(out[2]))) return NULL;
    }
    const char *builtin = kr_codecs_builtin_name(enc);
    if (builtin && which == 0 && KR_STR_CHECK(out[0])) return kr_str_encode(out[0], enc, errors);
    if (builtin && which == 1 && (KR_BYTES_CHECK(out[0]) || KR_BYTEARRAY_CHECK(out[0])))
        return kr_str_from_encoded_object(out[0], enc, errors);
    return registry_call(out[0], enc, errors, which);
}

static KrObject *codecs_encode(KrObject *m, KrObject *const *a, ssize_t n, KrObject *k)
{
    return encode_or_decode(a, n, k, 0);
}

static KrObject *codecs_decode(KrObject *m, KrObject *const *a, ssize_t n, KrObject *k)
{
    return encode_or_decode(a, n, k, 1);
}

/* ---------------------------------------------------------------------------
 * Error handlers
 * ------------------------------------------------------------------------ */

static int exc_range(KrObject *exc, ssize_t *start, ssize_t *end, KrObject **object)
{
    KrObject *s = kr_object_getattr_str(exc, "start");
    KrObject *e = s ? kr_object_getattr_str(exc, "end") : NULL;
    KrObject *o = e ? kr_object_getattr_str(exc, "object") : NULL;
    int rc = -1;
    if (o) {
        *start = kr_number_as_ssize(s, NULL);
        *end = kr_number_as_ssize(e, NULL);
        if (!kr_err_occurred()) {
            *object = kr_newref(o);
            rc = 0;
        }
    }
    KR_XDECREF(s);
    KR_XDECREF(e);
    KR_XDECREF(o);
    return rc;
}

enum { H_STRICT, H_IGNORE, H_REPLACE, H_BACKSLASH, H_XMLCHARREF, H_NAME, H_SURROGATEESCAPE,
       H_SURROGATEPASS };

static KrObject *handle_error(KrObject *exc, int which)
{
    if (which == H_STRICT) {
        if (kr_exception_check(exc)) kr_err_set_exception(exc);
        else kr_err_set_string(kr_exc_TypeError, "codec must pass exception instance");
        return NULL;
    }
    int is_enc = kr_object_is_instance(exc, kr_exc_UnicodeEncodeError) == 1;
    int is_dec = !is_enc && kr_object_is_instance(exc, kr_exc_UnicodeDecodeError) == 1;
    int is_tr = !is_enc && !is_dec && kr_object_is_instance(exc, kr_exc_UnicodeTranslateError) == 1;
    if (!is_enc && !is_dec && !is_tr)
        return kr_err_format(kr_exc_TypeError, "don't know how to handle %.200s in error callback",
                             KR_TYPE(exc)->tp_name);
    ssize_t start = 0, end = 0;
    KrObject *obj = NULL;
    if (exc_range(exc, &start, &end, &obj) < 0) return NULL;
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    KrObject *repl = NULL;
    int ok = 0;
    switch (which) {
    case H_IGNORE:
        ok = 1;
        break;
    case H_REPLACE:
        if (is_dec) ok = kr_strbuilder_append_char(&b, 0xFFFD) == 0;
        else ok = kr_strbuilder_append_repeat(&b, is_enc ? '?' : 0xFFFD, end - start) == 0;
        break;
    case H_BACKSLASH: case H_NAME: case H_XMLCHARREF:
        if (is_dec) {
            if (which != H_BACKSLASH) break;
            KrBuffer v;
            if (kr_object_get_buffer(obj, &v, KR_BUF_SIMPLE) < 0) break;
            ok = 1;
            for (ssize_t i = start; i < end && i < v.len && ok; i++) {
                char t[5];
                snprintf(t, sizeof t, "\\x%02x", ((unsigned char *)v.buf)[i]);
                ok = kr_strbuilder_append_ascii(&b, t, 4) == 0;
            }
            kr_buffer_release(&v);
        } else if (KR_STR_CHECK(obj)) {
            ok = 1;
            for (ssize_t i = start; i < end && i < KR_STR_LEN(obj) && ok; i++) {
                uint32_t c = KR_STR_READ_CHAR(obj, i);
                char t[16];
                int n;
                char name[128];
                if (which == H_NAME && kr_unicode_names_get(c, name, sizeof name) == 1) {
                    ok = kr_strbuilder_append_ascii(&b, "\\N{", 3) == 0
                         && kr_strbuilder_append_ascii(&b, name, -1) == 0
                         && kr_strbuilder_append_char(&b, '}') == 0;
                    continue;
                }
                if (which == H_XMLCHARREF) n = snprintf(t, sizeof t, "&#%u;", c);
                else if (c < 0x100) n = snprintf(t, sizeof t, "\\x%02x", c);
                else if (c < 0x10000) n = snprintf(t, sizeof t, "\\u%04x", c);
                else n = snprintf(t, sizeof t, "\\U%08x", c);
                ok = kr_strbuilder_append_ascii(&b, t, n) == 0;
            }
        }
        break;
    case H_SURROGATEESCAPE:
        if (is_dec) {
            KrBuffer v;
            if (kr_object_get_buffer(obj, &v, KR_BUF_SIMPLE) < 0) break;
            ok = 1;
            for (ssize_t i = start; i < end && i < v.len; i++) {
                unsigned char c = ((unsigned char *)v.buf)[i];
                if (c < 128) { ok = 0; break; }
                kr_strbuilder_append_char(&b, 0xDC00 + c);
            }
            kr_buffer_release(&v);
            if (!ok) { kr_err_set_exception(exc); KR_DECREF(obj); kr_strbuilder_discard(&b); return NULL; }
        } else if (is_enc && KR_STR_CHECK(obj)) {
            char *tmp = kr_raw_alloc((size_t)(end - start) + 1);
            ssize_t k = 0;
            ok = tmp != NULL;
            for (ssize_t i = start; ok && i < end && i < KR_STR_LEN(obj); i++) {
                uint32_t c = KR_STR_READ_CHAR(obj, i);
                if (c < 0xDC80 || c > 0xDCFF) ok = 0;
                else tmp[k++] = (char)(c - 0xDC00);
            }
            if (ok) repl = kr_bytes_from(tmp, k);
            kr_raw_free(tmp);
            if (!ok) { kr_err_set_exception(exc); KR_DECREF(obj); kr_strbuilder_discard(&b); return NULL; }
        }
        break;
    default:
        break;
    }
    KR_DECREF(obj);
    if (!ok) {
        kr_strbuilder_discard(&b);
        if (kr_err_occurred()) return NULL;
        return kr_err_format(kr_exc_TypeError, "don't know how to handle %.200s in error callback",
                             KR_TYPE(exc)->tp_name);
    }
    if (!repl) repl = kr_strbuilder_finish(&b);
    else kr_strbuilder_discard(&b);
    if (!repl) return NULL;
    KrObject *e = kr_int_from_ssize(end);
    KrObject *t = e ? kr_tuple_pack(2, repl, e) : NULL;
    KR_DECREF(repl);
    KR_XDECREF(e);
    return t;
}

#define HANDLER(name, which) \
    static KrObject *codecs_##name(KrObject *m, KrObject *exc) { return handle_error(exc, which); }
HANDLER(strict_errors, H_STRICT)
HANDLER(ignore_errors, H_IGNORE)
HANDLER(replace_errors, H_REPLACE)
HANDLER(backslashreplace_errors, H_BACKSLASH)
HANDLER(xmlcharrefreplace_errors, H_XMLCHARREF)
HANDLER(namereplace_errors, H_NAME)
HANDLER(surrogateescape, H_SURROGATEESCAPE)
HANDLER(surrogatepass, H_SURROGATEPASS)

static KrMethodDef handler_defs[] = {
    { "strict_errors", (void *)codecs_strict_errors, KR_METH_O, NULL },
    { "ignore_errors", (void *)codecs_ignore_errors, KR_METH_O, NULL },
    { "replace_errors", (void *)codecs_replace_errors, KR_METH_O, NULL },
    { "backslashreplace_errors", (void *)codecs_backslashreplace_errors, KR_METH_O, NULL },
    { "xmlcharrefreplace_errors", (void *)codecs_xmlcharrefreplace_errors, KR_METH_O, NULL },
    { "namereplace_errors", (void *)codecs_namereplace_errors, KR_METH_O, NULL },
    { "surrogateescape", (void *)codecs_surrogateescape, KR_METH_O, NULL },
    { "surrogatepass", (void *)codecs_surrogatepass, KR_METH_O, NULL },
    { NULL, NULL, 0, NULL }
};
static const char *const handler_names[] = { "strict", "ignore", "replace", "backslashreplace",
                                             "xmlcharrefreplace", "namereplace", "surrogateescape",
                                             "surrogatepass" };

static KrObject *codecs_register_error(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("register_error", nargs, 2, 2) < 0) return NULL;
    if (registry_ready() < 0) return NULL;
    if (!KR_STR_CHECK(args[0]))
        return kr_err_format(kr_exc_TypeError, "register_error() argument 1 must be str, not %.100s",
                             kr_str_argtype_name(args[0]));
    if (!kr_callable_check(args[1])) return kr_err_format(kr_exc_TypeError, "handler must be callable");
    if (kr_dict_set_item(error_registry, args[0], args[1]) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *codecs_lookup_error(KrObject *m, KrObject *name)
{
    if (registry_ready() < 0) return NULL;
    if (!KR_STR_CHECK(name))
        return kr_err_format(kr_exc_TypeError, "lookup_error() argument must be str, not %.100s",
                             kr_str_argtype_name(name));
    KrObject *h = kr_dict_get_item_borrow(error_registry, name);
    if (h) return kr_newref(h);
    for (size_t i = 0; i < sizeof handler_names / sizeof handler_names[0]; i++)
        if (kr_str_equal_cstr(name, handler_names[i])) {
            KrObject *f = kr_cfunction_new(&handler_defs[i], NULL, NULL);
            if (!f) return NULL;
            if (kr_dict_set_item(error_registry, name, f) < 0) {
                KR_DECREF(f);
                return NULL;
            }
            return f;
        }
    return kr_err_format(kr_exc_LookupError, "unknown error handler name '%U'", name);
}

/* ---------------------------------------------------------------------------
 * The module
 * ------------------------------------------------------------------------ */

#define FK (KR_METH_FASTCALL | KR_METH_KEYWORDS)
static KrMethodDef codecs_methods[] = {
    { "register", (void *)codecs_register, KR_METH_O, "Register a codec search function." },
    { "unregister", (void *)codecs_unregister, KR_METH_O, "Unregister a codec search function." },
    { "lookup", (void *)codecs_lookup, KR_METH_O, "Looks up a codec tuple in the Python codec registry." },
    { "_forget_codec", (void *)codecs_forget_codec, KR_METH_O, NULL },
    { "encode", (void *)codecs_encode, FK, "Encodes obj using the codec registered for encoding." },
    { "decode", (void *)codecs_decode, FK, "Decodes obj using the codec registered for encoding." },
    { "utf_8_encode", (void *)codecs_utf_8_encode, FK, NULL },
    { "utf_8_decode", (void *)codecs_utf_8_decode, FK, NULL },
    { "ascii_encode", (void *)codecs_ascii_encode, FK, NULL },
    { "ascii_decode", (void *)codecs_ascii_decode, FK, NULL },
    { "latin_1_encode", (void *)codecs_latin_1_encode, FK, NULL },
    { "latin_1_decode", (void *)codecs_latin_1_decode, FK, NULL },
    { "utf_16_encode", (void *)codecs_utf_16_encode, FK, NULL },
    { "utf_16_le_encode", (void *)codecs_utf_16_le_encode, FK, NULL },
    { "utf_16_be_encode", (void *)codecs_utf_16_be_encode, FK, NULL },
    { "utf_16_decode", (void *)codecs_utf_16_decode, FK, NULL },
    { "utf_16_le_decode", (void *)codecs_utf_16_le_decode, FK, NULL },
    { "utf_16_be_decode", (void *)codecs_utf_16_be_decode, FK, NULL },
    { "utf_16_ex_decode", (void *)codecs_utf_16_ex_decode, FK, NULL },
    { "utf_32_encode", (void *)codecs_utf_32_encode, FK, NULL },
    { "utf_32_le_encode", (void *)codecs_utf_32_le_encode, FK, NULL },
    { "utf_32_be_encode", (void *)codecs_utf_32_be_encode, FK, NULL },
    { "utf_32_decode", (void *)codecs_utf_32_decode, FK, NULL },
    { "utf_32_le_decode", (void *)codecs_utf_32_le_decode, FK, NULL },
    { "utf_32_be_decode", (void *)codecs_utf_32_be_decode, FK, NULL },
    { "utf_32_ex_decode", (void *)codecs_utf_32_ex_decode, FK, NULL },
    { "unicode_escape_encode", (void *)codecs_unicode_escape_encode, FK, NULL },
    { "unicode_escape_decode", (void *)codecs_unicode_escape_decode, FK, NULL },
    { "raw_unicode_escape_encode", (void *)codecs_raw_unicode_escape_encode, FK, NULL },
    { "raw_unicode_escape_decode", (void *)codecs_raw_unicode_escape_decode, FK, NULL },
    { "escape_encode", (void *)codecs_escape_encode, FK, NULL },
    { "escape_decode", (void *)codecs_escape_decode, FK, NULL },
    { "readbuffer_encode", (void *)codecs_readbuffer_encode, FK, NULL },
    { "charmap_encode", (void *)codecs_charmap_encode, FK, NULL },
    { "charmap_decode", (void *)codecs_charmap_decode, FK, NULL },
    { "charmap_build", (void *)codecs_charmap_build, KR_METH_O, NULL },
    { "register_error", (void *)codecs_register_error, KR_METH_FASTCALL, "Register the specified error handler." },
    { "lookup_error", (void *)codecs_lookup_error, KR_METH_O, "Return the error handler for the specified error handling name." },
    { NULL, NULL, 0, NULL }
};

/* The handlers registered with register_error, for the C codecs. */
static KrObject *error_hook(const char *name)
{
    if (registry_ready() < 0) return NULL;
    KrObject *h = kr_dict_get_item_str_borrow(error_registry, name);
    if (h) return kr_newref(h);
    return kr_err_format(kr_exc_LookupError, "unknown error handler name '%.400s'", name);
}

int kr_codecsmodule_init(void)
{
    kr_codecs_set_hooks(decode_hook, encode_hook);
    kr_codecs_set_error_hook(error_hook);
    return 0;
}

KrModuleDef kr_codecsmodule_def = {
    .name = "_codecs",
    .doc = NULL,
    .methods = codecs_methods,
    .exec = NULL,
};
