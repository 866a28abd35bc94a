/* str_builder.c — KrStrBuilder (append-only UCS-4 scratch that becomes a
 * compact str at the end) and kr_str_from_format, krait's
 * PyUnicode_FromFormat used by kr_err_format. */
#include "str.h"
#include "str_impl.h"
#include "../vm/err.h"
#include "../memory/mem.h"

#include <stdio.h>
#include <string.h>
#include <stdint.h>

void kr_strbuilder_init(KrStrBuilder *b)
{
    b->buf = NULL;
    b->len = b->cap = 0;
    b->maxchar = 0;
}

int kr_strbuilder_reserve(KrStrBuilder *b, ssize_t extra)
{
    if (extra < 0 || b->len > PTRDIFF_MAX / 8 - extra) {
        kr_err_no_memory();
        return -1;
    }
    ssize_t need = b->len + extra;
    if (need <= b->cap) return 0;
    ssize_t small_cap = (ssize_t)(sizeof b->small / sizeof b->small[0]);
    if (!b->buf && need <= small_cap) {
        b->buf = b->small;
        b->cap = small_cap;
        return 0;
    }
    /* double, but a big jump gets exactly what it needs */
    ssize_t ncap = b->cap ? (b->cap < PTRDIFF_MAX / 16 ? b->cap * 2 : need) : 64;
    if (ncap < need) ncap = need;
    uint32_t *nb;
    if (b->buf == b->small) {
        nb = kr_raw_alloc((size_t)ncap * sizeof(uint32_t));
        if (nb) memcpy(nb, b->small, (size_t)b->len * sizeof(uint32_t));
    } else {
        nb = kr_raw_realloc(b->buf, (size_t)ncap * sizeof(uint32_t));
    }
    if (!nb) {
        kr_err_no_memory();
        return -1;
    }
    b->buf = nb;
    b->cap = ncap;
    return 0;
}

int kr_strbuilder_append_char(KrStrBuilder *b, uint32_t ch)
{
    if (b->len >= b->cap && kr_strbuilder_reserve(b, 1) < 0) return -1;
    b->buf[b->len++] = ch;
    if (ch > b->maxchar) b->maxchar = ch;
    return 0;
}

int kr_strbuilder_append_repeat(KrStrBuilder *b, uint32_t ch, ssize_t count)
{
    if (count <= 0) return 0;
    if (kr_strbuilder_reserve(b, count) < 0) return -1;
    for (ssize_t i = 0; i < count; i++) b->buf[b->len++] = ch;
    if (ch > b->maxchar) b->maxchar = ch;
    return 0;
}

int kr_strbuilder_append_substr(KrStrBuilder *b, KrObject *s, ssize_t start, ssize_t end)
{
    if (end <= start) return 0;
    if (kr_strbuilder_reserve(b, end - start) < 0) return -1;
    int kind = KR_STR_KIND(s);
    const void *data = KR_STR_DATA(s);
    uint32_t *d = b->buf + b->len;
    if (kind == 1) {
        const uint8_t *p = (const uint8_t *)data + start;
        for (ssize_t i = 0; i < end - start; i++) d[i] = p[i];
    } else if (kind == 2) {
        const uint16_t *p = (const uint16_t *)data + start;
        for (ssize_t i = 0; i < end - start; i++) d[i] = p[i];
    } else {
        memcpy(d, (const uint32_t *)data + start, (size_t)(end - start) * 4);
    }
    b->len += end - start;
    /* maxchar is only a hint: kr_strbuilder_finish rescans the buffer. */
    if (KR_STR_IS_ASCII(s)) { if (b->maxchar < 127) b->maxchar = 127; }
    else if (b->maxchar < 0x10FFFF) b->maxchar = 0x10FFFF;
    return 0;
}

int kr_strbuilder_append_str(KrStrBuilder *b, KrObject *s)
{
    return kr_strbuilder_append_substr(b, s, 0, KR_STR_LEN(s));
}

int kr_strbuilder_append_ascii(KrStrBuilder *b, const char *s, ssize_t n)
{
    if (n < 0) n = (ssize_t)strlen(s);
    if (kr_strbuilder_reserve(b, n) < 0) return -1;
    for (ssize_t i = 0; i < n; i++) {
        uint32_t ch = (uint8_t)s[i];
        b->buf[b->len++] = ch;
        if (ch > b->maxchar) b->maxchar = ch;
    }
    return 0;
}

int kr_strbuilder_append_utf8(KrStrBuilder *b, const char *s, ssize_t n)
{
    if (n < 0) n = (ssize_t)strlen(s);
    KrObject *tmp = kr_str_decode(s, n, "utf-8", "replace");
    if (!tmp) return -1;
    int r = kr_strbuilder_append_str(b, tmp);
    KR_DECREF(tmp);
    return r;
}

KrObject *kr_strbuilder_finish(KrStrBuilder *b)
{
    KrObject *r = kr_str_from_ucs4(b->buf ? b->buf : (const uint32_t *)"", b->len);
    kr_strbuilder_discard(b);
    return r;
}

void kr_strbuilder_discard(KrStrBuilder *b)
{
    if (b->buf != b->small) kr_raw_free(b->buf);
    kr_strbuilder_init(b);
}

/* ---------------------------------------------------------------------------
 * kr_str_from_format: printf-like formatting into a str.
 *   %%  %c (int)  %d %i %u %x with l, ll, z modifiers  %p
 *   %s (UTF-8 char*)  %U (str)  %V (str or, if NULL, UTF-8 char*)
 *   %S str(obj)  %R repr(obj)  %A ascii(obj)  %T type name of obj
 * Flags '-' and '0', a width and a precision (digits or '*'): precision
 * bounds %s/%U/%S/%R/%A/%V in characters and gives ints a minimum number
 * of digits, as PyUnicode_FromFormat.
 * ------------------------------------------------------------------------ */

static int fmt_append_padded(KrStrBuilder *b, KrObject *s, ssize_t width, ssize_t prec, int left)
{
    ssize_t n = KR_STR_LEN(s);
    if (prec >= 0 && n > prec) n = prec;
    if (!left && width > n && kr_strbuilder_append_repeat(b, ' ', width - n) < 0) return -1;
    if (kr_strbuilder_append_substr(b, s, 0, n) < 0) return -1;
    if (left && width > n && kr_strbuilder_append_repeat(b, ' ', width - n) < 0) return -1;
    return 0;
}

static int fmt_append_obj(KrStrBuilder *b, KrObject *s, ssize_t width, ssize_t prec, int left)
{
    if (!s) return -1;
    int r = fmt_append_padded(b, s, width, prec, left);
    KR_DECREF(s);
    return r;
}

KrObject *kr_str_from_format_v(const char *fmt, va_list ap_in)
{
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    va_list ap;
    va_copy(ap, ap_in);
    const char *f = fmt;
    while (*f) {
        if (*f != '%') {
            const char *start = f;
            while (*f && *f != '%') f++;
            if (kr_strbuilder_append_utf8(&b, start, f - start) < 0) goto fail;
            continue;
        }
        const char *spec_start = f;
        f++;
        int left = 0, zero = 0;
        while (*f == '-' || *f == '0') {
            if (*f == '-') left = 1; else zero = 1;
            f++;
        }
        ssize_t width = -1, prec = -1;
        if (*f == '*') { width = va_arg(ap, int); f++; }
        else if (*f >= '0' && *f <= '9') {
            width = 0;
            while (*f >= '0' && *f <= '9') width = width * 10 + (*f++ - '0');
        }
        if (*f == '.') {
            f++;
            if (*f == '*') { prec = va_arg(ap, int); f++; }
            else {
                prec = 0;
                while (*f >= '0' && *f <= '9') prec = prec * 10 + (*f++ - '0');
            }
        }
        int lmod = 0; /* 1 l, 2 ll, 3 z */
        if (*f == 'l') { lmod = 1; f++; if (*f == 'l') { lmod = 2; f++; } }
        else if (*f == 'z') { lmod = 3; f++; }
        char conv = *f ? *f++ : '\0';
        switch (conv) {
        case '%':
            if (kr_strbuilder_append_char(&b, '%') < 0) goto fail;
            break;
        case 'c': {
            int ch = va_arg(ap, int);
            if (ch < 0 || ch > 0x10FFFF) {
                kr_err_set_string(kr_exc_OverflowError, "character argument not in range(0x110000)");
                goto fail;
            }
            if (kr_strbuilder_append_char(&b, (uint32_t)ch) < 0) goto fail;
            break;
        }
        case 'd': case 'i': case 'u': case 'x': {
            char digits[64], tmp[96];
            if (conv == 'u' || conv == 'x') {
                unsigned long long v = lmod == 1 ? va_arg(ap, unsigned long)
                                     : lmod == 2 ? va_arg(ap, unsigned long long)
                                     : lmod == 3 ? va_arg(ap, size_t) : va_arg(ap, unsigned int);
                snprintf(digits, sizeof digits, conv == 'x' ? "%llx" : "%llu", v);
            } else {
                long long v = lmod == 1 ? va_arg(ap, long)
                            : lmod == 2 ? va_arg(ap, long long)
                            : lmod == 3 ? (long long)va_arg(ap, ssize_t) : va_arg(ap, int);
                snprintf(digits, sizeof digits, "%lld", v);
            }
            /* precision: minimum digits; width: total, padded with spaces or zeros */
            const char *body = digits;
            int neg = body[0] == '-';
            if (neg) body++;
            int nd = (int)strlen(body);
            int p = prec > nd ? (int)prec : nd;
            if (p > 60) p = 60;
            int t = 0;
            if (neg) tmp[t++] = '-';
            for (int i = nd; i < p; i++) tmp[t++] = '0';
            memcpy(tmp + t, body, (size_t)nd);
            t += nd;
            tmp[t] = '\0';
            ssize_t pad = width > t ? width - t : 0;
            if (pad && zero && !left) {
                if (neg && kr_strbuilder_append_char(&b, '-') < 0) goto fail;
                if (kr_strbuilder_append_repeat(&b, '0', pad) < 0) goto fail;
                if (kr_strbuilder_append_ascii(&b, tmp + neg, t - neg) < 0) goto fail;
                break;
            }
            if (!left && kr_strbuilder_append_repeat(&b, ' ', pad) < 0) goto fail;
            if (kr_strbuilder_append_ascii(&b, tmp, t) < 0) goto fail;
            if (left && kr_strbuilder_append_repeat(&b, ' ', pad) < 0) goto fail;
            break;
        }
        case 'p': {
            char tmp[40];
            snprintf(tmp, sizeof tmp, "%p", va_arg(ap, void *));
            if (tmp[1] != 'x') { /* make sure of the 0x prefix, as CPython */
                char t2[48];
                snprintf(t2, sizeof t2, "0x%s", tmp);
                snprintf(tmp, sizeof tmp, "%.39s", t2);
            }
            if (kr_strbuilder_append_ascii(&b, tmp, -1) < 0) goto fail;
            break;
        }
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s) s = "(null)";
            size_t n = strlen(s);
            if (prec >= 0 && (size_t)prec < n) n = (size_t)prec;
            KrObject *t = kr_str_decode(s, (ssize_t)n, "utf-8", "replace");
            if (fmt_append_obj(&b, t, width, -1, left) < 0) goto fail;
            break;
        }
        case 'U': {
            KrObject *o = va_arg(ap, KrObject *);
            if (fmt_append_padded(&b, o, width, prec, left) < 0) goto fail;
            break;
        }
        case 'V': {
            KrObject *o = va_arg(ap, KrObject *);
            const char *s = va_arg(ap, const char *);
            if (o) {
                if (fmt_append_padded(&b, o, width, prec, left) < 0) goto fail;
            } else {
                KrObject *t = kr_str_decode(s, (ssize_t)strlen(s), "utf-8", "replace");
                if (fmt_append_obj(&b, t, width, prec, left) < 0) goto fail;
            }
            break;
        }
        case 'S': case 'R': case 'A': {
            KrObject *o = va_arg(ap, KrObject *);
            KrObject *t = conv == 'S' ? kr_object_str(o) : conv == 'R' ? kr_object_repr(o)
                                                                     : kr_object_ascii(o);
            if (fmt_append_obj(&b, t, width, prec, left) < 0) goto fail;
            break;
        }
        case 'T': {
            KrObject *o = va_arg(ap, KrObject *);
            KrObject *t = kr_str_decode(KR_TYPE(o)->tp_name, (ssize_t)strlen(KR_TYPE(o)->tp_name),
                                        "utf-8", "replace");
            if (fmt_append_obj(&b, t, width, prec, left) < 0) goto fail;
            break;
        }
        default:
            /* Unknown: copy the rest of the format string verbatim, as CPython. */
            if (kr_strbuilder_append_utf8(&b, spec_start, (ssize_t)strlen(spec_start)) < 0) goto fail;
            f = spec_start + strlen(spec_start);
            break;
        }
    }
    va_end(ap);
    return kr_strbuilder_finish(&b);
fail:
    va_end(ap);
    kr_strbuilder_discard(&b);
    return NULL;
}

KrObject *kr_str_from_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    KrObject *r = kr_str_from_format_v(fmt, ap);
    va_end(ap);
    return r;
}
