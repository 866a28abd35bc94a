/* binasciimodule.c — the built-in binascii module: hexlify/unhexlify,
 * base64 (the non-strict and strict decoders of CPython 3.11, with their
 * messages), crc32 and crc_hqx. uu and quoted-printable are not provided. */
#include "binasciimodule.h"
#include "../objects/str.h"
#include "../objects/str_impl.h"
#include "../objects/bytes.h"
#include "../objects/bytes_methods.h"
#include "../objects/int.h"
#include "../objects/args.h"
#include "../objects/type.h"
#include "../vm/err.h"
#include "../memory/mem.h"

#include <string.h>

static KrObject *binascii_error;       /* binascii.Error (a ValueError) */
static KrObject *binascii_incomplete;  /* binascii.Incomplete */

/* The data argument of the a2b_* functions: bytes-like, or an ASCII str.
 * Fills view (release it). */
static int ascii_buffer(KrObject *o, KrBuffer *view)
{
    if (KR_STR_CHECK(o)) {
        if (!KR_STR_IS_ASCII(o)) {
            kr_err_set_string(kr_exc_ValueError, "string argument should contain only ASCII characters");
            return -1;
        }
        return kr_buffer_fill_info(view, o, KR_STR_DATA(o), KR_STR_LEN(o), 1, KR_BUF_SIMPLE);
    }
    if (!kr_object_check_buffer(o)) {
        kr_err_format(kr_exc_TypeError, "argument should be bytes, buffer or ASCII string, not '%.100s'",
                      KR_TYPE(o)->tp_name);
        return -1;
    }
    return kr_object_get_buffer(o, view, KR_BUF_SIMPLE);
}

/* ---------------------------------------------------------------------------
 * hex
 * ------------------------------------------------------------------------ */

static KrObject *binascii_hexlify(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "data", "sep", "bytes_per_sep", NULL };
    KrArgSpec spec = { "hexlify", names, 0, 3, 1 };
    KrObject *out[3] = { NULL, NULL, NULL };
    if (kr_args_parse(&spec, args, nargs, kw, out) < 0) return NULL;
    KrBuffer v;
    if (kr_object_get_buffer(out[0], &v, KR_BUF_SIMPLE) < 0) return NULL;
    /* bytes.hex does the work (separators included); re-encode as bytes */
    KrObject *tmp = kr_bytes_from(v.buf, v.len);
    kr_buffer_release(&v);
    if (!tmp) return NULL;
    KrObject *hargs[2] = { out[1], out[2] };
    ssize_t hn = !out[1] ? 0 : out[2] ? 2 : 1;   /* bytes_per_sep alone has no effect */
    KrObject *s = kr_bytes_methods_hex(tmp, hargs, hn, NULL);
    KR_DECREF(tmp);
    if (!s) return NULL;
    KrObject *r = kr_bytes_from(KR_STR_DATA(s), KR_STR_LEN(s));
    KR_DECREF(s);
    return r;
}

static int hexdigit(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    c |= 0x20;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

static KrObject *binascii_unhexlify(KrObject *m, KrObject *arg)
{
    KrBuffer v;
    if (ascii_buffer(arg, &v) < 0) return NULL;
    const unsigned char *s = v.buf;
    KrObject *r = NULL;
    if (v.len % 2) {
        kr_err_set_string(binascii_error, "Odd-length string");
        goto done;
    }
    r = kr_bytes_from(NULL, v.len / 2);
    if (!r) goto done;
    for (ssize_t i = 0; i < v.len; i += 2) {
        int hi = hexdigit(s[i]), lo = hexdigit(s[i + 1]);
        if (hi < 0 || lo < 0) {
            KR_CLEAR(r);
            kr_err_set_string(binascii_error, "Non-hexadecimal digit found");
            goto done;
        }
        KR_BYTES_DATA(r)[i / 2] = (char)(hi * 16 + lo);
    }
done:
    kr_buffer_release(&v);
    return r;
}

/* ---------------------------------------------------------------------------
 * base64
 * ------------------------------------------------------------------------ */

static const char b64chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64value(unsigned char c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

static KrObject *binascii_b2a_base64(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "", "newline", NULL };
    KrArgSpec spec = { "b2a_base64", names, 1, 1, 1 };
    KrObject *out[2] = { NULL, NULL };
    if (kr_args_parse(&spec, args, nargs, kw, out) < 0) return NULL;
    int newline = 1;
    if (out[1] && (newline = kr_object_is_true(out[1])) < 0) return NULL;
    KrBuffer v;
    if (kr_object_get_buffer(out[0], &v, KR_BUF_SIMPLE) < 0) return NULL;
    const unsigned char *s = v.buf;
    ssize_t n = v.len, olen = (n + 2) / 3 * 4 + (newline ? 1 : 0);
    KrObject *r = kr_bytes_from(NULL, olen);
    if (r) {
        char *o = KR_BYTES_DATA(r);
        ssize_t i = 0;
        for (; i + 2 < n; i += 3) {
            uint32_t x = ((uint32_t)s[i] << 16) | ((uint32_t)s[i + 1] << 8) | s[i + 2];
            *o++ = b64chars[x >> 18];
            *o++ = b64chars[(x >> 12) & 63];
            *o++ = b64chars[(x >> 6) & 63];
            *o++ = b64chars[x & 63];
        }
        if (n - i == 1) {
            uint32_t x = (uint32_t)s[i] << 16;
            *o++ = b64chars[x >> 18];
            *o++ = b64chars[(x >> 12) & 63];
            *o++ = '=';
            *o++ = '=';
        } else if (n - i == 2) {
            uint32_t x = ((uint32_t)s[i] << 16) | ((uint32_t)s[i + 1] << 8);
            *o++ = b64chars[x >> 18];
            *o++ = b64chars[(x >> 12) & 63];
            *o++ = b64chars[(x >> 6) & 63];
            *o++ = '=';
        }
        if (newline) *o++ = '\n';
    }
    kr_buffer_release(&v);
    return r;
}

static KrObject *binascii_a2b_base64(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "", "strict_mode", NULL };
    KrArgSpec spec = { "a2b_base64", names, 1, 1, 1 };
    KrObject *out[2] = { NULL, NULL };
    if (kr_args_parse(&spec, args, nargs, kw, out) < 0) return NULL;
    int strict = 0;
    if (out[1] && (strict = kr_object_is_true(out[1])) < 0) return NULL;
    KrBuffer v;
    if (ascii_buffer(out[0], &v) < 0) return NULL;
    const unsigned char *s = v.buf;
    ssize_t n = v.len;
    char *buf = kr_raw_alloc((size_t)(n / 4 * 3 + 3));
    if (!buf) {
        kr_buffer_release(&v);
        return kr_err_no_memory();
    }
    ssize_t o = 0;
    int quad = 0, pads = 0, padding_started = 0;
    unsigned leftchar = 0;
    const char *error = NULL;
    if (strict && n > 0 && s[0] == '=') {
        error = "Leading padding not allowed";
        goto fail;
    }
    for (ssize_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (c == '=') {
            padding_started = 1;
            if (quad >= 2 && quad + ++pads >= 4) {
                if (strict && i + 1 < n) {
                    error = "Excess data after padding";
                    goto fail;
                }
                goto done;
            }
            continue;
        }
        int val = b64value(c);
        if (val < 0) {
            if (strict) {
                error = "Only base64 data is allowed";
                goto fail;
            }
            continue;
        }
        if (strict && padding_started) {
            error = "Discontinuous padding not allowed";
            goto fail;
        }
        pads = 0;
        switch (quad) {
        case 0: quad = 1; leftchar = (unsigned)val; break;
        case 1: quad = 2; buf[o++] = (char)((leftchar << 2) | ((unsigned)val >> 4)); leftchar = (unsigned)val & 0x0f; break;
        case 2: quad = 3; buf[o++] = (char)((leftchar << 4) | ((unsigned)val >> 2)); leftchar = (unsigned)val & 0x03; break;
        default: quad = 0; buf[o++] = (char)((leftchar << 6) | (unsigned)val); leftchar = 0; break;
        }
    }
    if (quad == 1) {
        kr_err_format(binascii_error, "Invalid base64-encoded string: number of data characters (%zd) "
                      "cannot be 1 more than a multiple of 4", o / 3 * 4 + 1);
        kr_raw_free(buf);
        kr_buffer_release(&v);
        return NULL;
    }
    if (quad != 0) {
        error = "Incorrect padding";
        goto fail;
    }
done:;
    KrObject *r = kr_bytes_from(buf, o);
    kr_raw_free(buf);
    kr_buffer_release(&v);
    return r;
fail:
    kr_err_set_string(binascii_error, error);
    kr_raw_free(buf);
    kr_buffer_release(&v);
    return NULL;
}

/* ---------------------------------------------------------------------------
 * CRCs
 * ------------------------------------------------------------------------ */

static uint32_t crc32_table[256];
static uint16_t crc_hqx_table[256];

static void crc_tables(void)
{
    if (crc32_table[1]) return;
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc32_table[i] = c;
        uint16_t h = (uint16_t)(i << 8);
        for (int k = 0; k < 8; k++) h = (uint16_t)(h & 0x8000 ? (h << 1) ^ 0x1021 : h << 1);
        crc_hqx_table[i] = h;
    }
}

static KrObject *binascii_crc32(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("crc32", nargs, 1, 2) < 0) return NULL;
    uint32_t crc = 0;
    if (nargs > 1) {
        if (!KR_INT_CHECK(args[1]))
            return kr_err_format(kr_exc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                                 KR_TYPE(args[1])->tp_name);
        KrObject *mask = kr_int_from_i64(0xFFFFFFFF);
        KrObject *masked = mask ? kr_number_binop(args[1], mask, KR_NB_AND) : NULL;
        KR_XDECREF(mask);
        if (!masked) return NULL;
        crc = (uint32_t)kr_int_as_i64(masked);
        KR_DECREF(masked);
    }
    KrBuffer v;
    if (kr_object_get_buffer(args[0], &v, KR_BUF_SIMPLE) < 0) return NULL;
    crc_tables();
    const unsigned char *s = v.buf;
    crc = ~crc;
    for (ssize_t i = 0; i < v.len; i++) crc = crc32_table[(crc ^ s[i]) & 0xff] ^ (crc >> 8);
    kr_buffer_release(&v);
    return kr_int_from_u64(~crc & 0xFFFFFFFFu);
}

static KrObject *binascii_crc_hqx(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("crc_hqx", nargs, 2, 2) < 0) return NULL;
    ssize_t c0 = kr_number_as_ssize(args[1], kr_exc_OverflowError);
    if (c0 == -1 && kr_err_occurred()) return NULL;
    KrBuffer v;
    if (kr_object_get_buffer(args[0], &v, KR_BUF_SIMPLE) < 0) return NULL;
    crc_tables();
    uint16_t crc = (uint16_t)(c0 & 0xffff);
    const unsigned char *s = v.buf;
    for (ssize_t i = 0; i < v.len; i++) crc = (uint16_t)((crc << 8) ^ crc_hqx_table[(crc >> 8) ^ s[i]]);
    kr_buffer_release(&v);
    return kr_int_from_i64(crc);
}

/* ---------------------------------------------------------------------------
 * The module
 * ------------------------------------------------------------------------ */

static KrMethodDef binascii_methods[] = {
    { "hexlify", (void *)binascii_hexlify, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Hexadecimal representation of binary data." },
    { "b2a_hex", (void *)binascii_hexlify, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Hexadecimal representation of binary data." },
    { "unhexlify", (void *)binascii_unhexlify, KR_METH_O, "Binary data of hexadecimal representation." },
    { "a2b_hex", (void *)binascii_unhexlify, KR_METH_O, "Binary data of hexadecimal representation." },
    { "b2a_base64", (void *)binascii_b2a_base64, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Base64-code line of data." },
    { "a2b_base64", (void *)binascii_a2b_base64, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Decode a line of base64 data." },
    { "crc32", (void *)binascii_crc32, KR_METH_FASTCALL, "Compute CRC-32 incrementally." },
    { "crc_hqx", (void *)binascii_crc_hqx, KR_METH_FASTCALL, "Compute CRC-CCITT incrementally." },
    { NULL, NULL, 0, NULL }
};

static int binascii_exec(KrObject *m)
{
    if (!binascii_error) {
        binascii_error = kr_type_new_simple("binascii.Error", (KrTypeObject *)kr_exc_ValueError, NULL);
        if (!binascii_error) return -1;
    }
    if (!binascii_incomplete) {
        binascii_incomplete = kr_type_new_simple("binascii.Incomplete", (KrTypeObject *)kr_exc_Exception, NULL);
        if (!binascii_incomplete) return -1;
    }
    if (kr_module_add_steal(m, "Error", kr_newref(binascii_error)) < 0) return -1;
    if (kr_module_add_steal(m, "Incomplete", kr_newref(binascii_incomplete)) < 0) return -1;
    return 0;
}

KrModuleDef kr_binasciimodule_def = {
    .name = "binascii",
    .doc = "Conversion between binary data and ASCII",
    .methods = binascii_methods,
    .exec = binascii_exec,
};
