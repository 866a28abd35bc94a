/* bytes_format.c — printf-style formatting of bytes (PEP 461): b'%s' % x
 * takes bytes-like objects or __bytes__, %r/%a give ascii(), numbers share
 * str's conversions (str_format.c). */
#include "bytes.h"
#include "bytes_format.h"
#include "str.h"
#include "str_format.h"
#include "int.h"
#include "tuple.h"
#include "ids.h"
#include "abstract.h"
#include "../vm/err.h"
#include "../memory/mem.h"

#include <string.h>
#include <limits.h>

typedef struct {
    char *buf;
    ssize_t len, cap;
} Out;

static int out_put(Out *o, const void *s, ssize_t n)
{
    if (n <= 0) return 0;
    if (o->len + n > o->cap) {
        ssize_t nc = o->cap ? o->cap : 64;
        while (nc < o->len + n) nc *= 2;
        char *nb = kr_raw_realloc(o->buf, (size_t)nc);
        if (!nb) { kr_err_no_memory(); return -1; }
        o->buf = nb;
        o->cap = nc;
    }
    memcpy(o->buf + o->len, s, (size_t)n);
    o->len += n;
    return 0;
}

static int out_fill(Out *o, char c, ssize_t n)
{
    for (ssize_t i = 0; i < n; i++)
        if (out_put(o, &c, 1) < 0) return -1;
    return 0;
}

static int out_padded(Out *o, const char *s, ssize_t n, ssize_t width, int ljust)
{
    ssize_t padn = width > n ? width - n : 0;
    if (!ljust && out_fill(o, ' ', padn) < 0) return -1;
    if (out_put(o, s, n) < 0) return -1;
    if (ljust && out_fill(o, ' ', padn) < 0) return -1;
    return 0;
}

static KrObject *next_arg(KrObject *args, ssize_t arglen, ssize_t *argidx)
{
    if (arglen < 0) {
        if (*argidx == -2) {
            *argidx = -1;
            return args;
        }
    } else if (*argidx < arglen) {
        return KR_TUPLE_GET(args, (*argidx)++);
    }
    kr_err_set_string(kr_exc_TypeError, "not enough arguments for format string");
    return NULL;
}

/* %s / %b: a bytes-like object or __bytes__; new bytes ref in *res. */
static KrObject *bytes_of(KrObject *v)
{
    if (KR_BYTES_CHECK(v)) return kr_newref(v);
    if (kr_object_check_buffer(v)) return kr_bytes_from_object(v);
    KrObject *f = kr_object_lookup_special(v, KR_ID(__bytes__));
    if (f) {
        KrObject *r = kr_object_call_noargs(f);
        KR_DECREF(f);
        if (r && !KR_BYTES_CHECK(r)) {
            kr_err_format(kr_exc_TypeError, "__bytes__ returned non-bytes (type %.200s)", KR_TYPE(r)->tp_name);
            KR_DECREF(r);
            return NULL;
        }
        return r;
    }
    if (kr_err_occurred()) return NULL;
    return kr_err_format(kr_exc_TypeError,
                         "%%b requires a bytes-like object, or an object that implements __bytes__, not '%.100s'",
                         KR_TYPE(v)->tp_name);
}

KrObject *kr_bytes_format_percent(KrObject *fmt, KrObject *args)
{
    const char *f = KR_BYTES_DATA(fmt);
    ssize_t n = KR_BYTES_LEN(fmt), i = 0;
    ssize_t arglen, argidx;
    if (KR_TUPLE_CHECK(args)) { arglen = KR_SIZE(args); argidx = 0; }
    else { arglen = -1; argidx = -2; }
    KrObject *dict = kr_str_percent_is_mapping(args) && !KR_BYTES_CHECK(args) && !KR_BYTEARRAY_CHECK(args)
                     ? args : NULL;
    Out o = { NULL, 0, 0 };
    KrObject *keyed = NULL;
    while (i < n) {
        if (f[i] != '%') {
            const char *p = memchr(f + i, '%', (size_t)(n - i));
            ssize_t j = p ? p - f : n;
            if (out_put(&o, f + i, j - i) < 0) goto fail;
            i = j;
            continue;
        }
        i++;
        KrObject *arg = NULL;
        if (i < n && f[i] == '(') {
            if (!dict) {
                kr_err_set_string(kr_exc_TypeError, "format requires a mapping");
                goto fail;
            }
            ssize_t depth = 1, ks = ++i;
            while (i < n && depth) {
                if (f[i] == ')') depth--;
                else if (f[i] == '(') depth++;
                i++;
            }
            if (depth) {
                kr_err_set_string(kr_exc_ValueError, "incomplete format key");
                goto fail;
            }
            KrObject *key = kr_bytes_from(f + ks, i - 1 - ks);
            if (!key) goto fail;
            KR_CLEAR(keyed);
            keyed = kr_object_getitem(dict, key);
            KR_DECREF(key);
            if (!keyed) goto fail;
            args = keyed;
            arglen = -1;
            argidx = -2;
        }
        int flags = 0;
        for (; i < n; i++) {
            char c = f[i];
            if (c == '-') flags |= KR_PCT_LJUST;
            else if (c == '+') flags |= KR_PCT_SIGN;
            else if (c == ' ') flags |= KR_PCT_BLANK;
            else if (c == '#') flags |= KR_PCT_ALT;
            else if (c == '0') flags |= KR_PCT_ZERO;
            else break;
        }
        ssize_t width = -1, prec = -1;
        if (i < n && f[i] == '*') {
            KrObject *w = next_arg(args, arglen, &argidx);
            if (!w) goto fail;
            if (!KR_INT_CHECK(w)) { kr_err_set_string(kr_exc_TypeError, "* wants int"); goto fail; }
            width = kr_int_as_ssize(w);
            if (width == -1 && kr_err_occurred()) goto fail;
            if (width < 0) { flags |= KR_PCT_LJUST; width = -width; }
            i++;
        } else {
            while (i < n && f[i] >= '0' && f[i] <= '9') {
                if (width < 0) width = 0;
                if (width > (PTRDIFF_MAX - 9) / 10) {
                    kr_err_set_string(kr_exc_ValueError, "width too big");
                    goto fail;
                }
                width = width * 10 + (f[i++] - '0');
            }
        }
        if (i < n && f[i] == '.') {
            i++;
            prec = 0;
            if (i < n && f[i] == '*') {
                KrObject *p = next_arg(args, arglen, &argidx);
                if (!p) goto fail;
                if (!KR_INT_CHECK(p)) { kr_err_set_string(kr_exc_TypeError, "* wants int"); goto fail; }
                prec = kr_int_as_ssize(p);
                if (prec == -1 && kr_err_occurred()) goto fail;
                if (prec < 0) prec = 0;
                i++;
            } else {
                while (i < n && f[i] >= '0' && f[i] <= '9') {
                    if (prec > (INT_MAX - 9) / 10) {
                        kr_err_set_string(kr_exc_ValueError, "precision too big");
                        goto fail;
                    }
                    prec = prec * 10 + (f[i++] - '0');
                }
            }
        }
        while (i < n && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L')) i++;
        if (i >= n) {
            kr_err_set_string(kr_exc_ValueError, "incomplete format");
            goto fail;
        }
        char type = f[i++];
        if (type == '%') {
            if (out_put(&o, "%", 1) < 0) goto fail;
            continue;
        }
        if (!arg) {
            arg = next_arg(args, arglen, &argidx);
            if (!arg) goto fail;
        }
        switch (type) {
        case 's': case 'b': {
            KrObject *b = bytes_of(arg);
            if (!b) goto fail;
            ssize_t len = KR_BYTES_LEN(b);
            if (prec >= 0 && prec < len) len = prec;
            int rc = out_padded(&o, KR_BYTES_DATA(b), len, width, flags & KR_PCT_LJUST);
            KR_DECREF(b);
            if (rc < 0) goto fail;
            break;
        }
        case 'r': case 'a': {
            KrObject *s = kr_object_ascii(arg);
            if (!s) goto fail;
            ssize_t len = KR_STR_LEN(s);
            if (prec >= 0 && prec < len) len = prec;
            int rc = out_padded(&o, KR_STR_DATA(s), len, width, flags & KR_PCT_LJUST);
            KR_DECREF(s);
            if (rc < 0) goto fail;
            break;
        }
        case 'c': {
            char c;
            if (KR_BYTES_CHECK(arg) && KR_BYTES_LEN(arg) == 1) c = KR_BYTES_DATA(arg)[0];
            else if (KR_BYTEARRAY_CHECK(arg) && KR_BYTEARRAY_LEN(arg) == 1) c = KR_BYTEARRAY_DATA(arg)[0];
            else if (KR_INT_CHECK(arg) || kr_index_check(arg)) {
                KrObject *iv = kr_number_index(arg);
                if (!iv) goto fail;
                int64_t x = kr_int_as_i64(iv);
                KR_DECREF(iv);
                if (x == -1 && kr_err_occurred()) {
                    if (!kr_err_matches(kr_exc_OverflowError)) goto fail;
                    kr_err_clear();
                    x = -1;
                }
                if (x < 0 || x > 255) {
                    kr_err_set_string(kr_exc_OverflowError, "%c arg not in range(256)");
                    goto fail;
                }
                c = (char)x;
            } else {
                kr_err_set_string(kr_exc_TypeError, "%c requires an integer in range(256) or a single byte");
                goto fail;
            }
            if (out_padded(&o, &c, 1, width, flags & KR_PCT_LJUST) < 0) goto fail;
            break;
        }
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
            KrObject *s = kr_str_percent_number(arg, type == 'i' ? 'd' : type, flags, width, prec);
            if (!s) goto fail;
            int rc = out_put(&o, KR_STR_DATA(s), KR_STR_LEN(s));
            KR_DECREF(s);
            if (rc < 0) goto fail;
            break;
        }
        default:
            kr_err_format(kr_exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                          (unsigned char)type >= 32 && (unsigned char)type <= 126 ? (int)type : '?',
                          (unsigned)(unsigned char)type, i - 1);
            goto fail;
        }
    }
    if (argidx < arglen && !dict) {
        kr_err_set_string(kr_exc_TypeError, "not all arguments converted during bytes formatting");
        goto fail;
    }
    KR_XDECREF(keyed);
    KrObject *r = kr_bytes_from(o.buf ? o.buf : "", o.len);
    kr_raw_free(o.buf);
    return r;
fail:
    KR_XDECREF(keyed);
    kr_raw_free(o.buf);
    return NULL;
}
