/* format_spec.c — the format() mini-language: parsing a spec, and the
 * __format__ bodies of str, int, float and complex. A number is laid out as
 * [fill][sign][prefix][zero fill][grouped integer digits][rest][fill], where
 * rest holds the fraction, exponent and suffixes ('%', 'j'). */
#include "format_spec.h"
#include "int.h"
#include "int_convert.h"
#include "float.h"
#include "str.h"
#include "../vm/err.h"
#include "../memory/mem.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>

/* ---------------------------------------------------------------------------
 * Parsing
 * ------------------------------------------------------------------------ */

static int spec_is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* Reads decimal digits at *pos into *out; returns the count, or -1 with
 * ValueError on overflow. */
static ssize_t spec_get_integer(int kind, const void *data, ssize_t *pos, ssize_t end, ssize_t *out)
{
    ssize_t n = 0, acc = 0;
    while (*pos < end) {
        uint32_t c = kr_str_read(kind, data, *pos);
        if (c < '0' || c > '9') break;
        if (acc > (SSIZE_MAX - (ssize_t)(c - '0')) / 10) {
            kr_err_set_string(kr_exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + (ssize_t)(c - '0');
        (*pos)++;
        n++;
    }
    *out = acc;
    return n;
}

int kr_format_spec_parse_ex(KrObject *spec, const char *type_name, uint32_t default_type,
                            char default_align, KrFormatSpec *out)
{
    int kind = KR_STR_KIND(spec);
    const void *data = KR_STR_DATA(spec);
    ssize_t pos = 0, end = KR_STR_LEN(spec);
    memset(out, 0, sizeof *out);
    out->fill_char = ' ';
    out->align = default_align;
    out->width = -1;
    out->precision = -1;
    out->type = default_type;

    if (end - pos >= 2 && spec_is_align(kr_str_read(kind, data, pos + 1))) {
        out->align = (char)kr_str_read(kind, data, pos + 1);
        out->fill_char = kr_str_read(kind, data, pos);
        out->fill_specified = out->align_specified = 1;
        pos += 2;
    } else if (end - pos >= 1 && spec_is_align(kr_str_read(kind, data, pos))) {
        out->align = (char)kr_str_read(kind, data, pos);
        out->align_specified = 1;
        pos++;
    }
    if (end - pos >= 1) {
        uint32_t c = kr_str_read(kind, data, pos);
        if (c == '+' || c == '-' || c == ' ') {
            out->sign = (char)c;
            pos++;
        }
    }
    if (end - pos >= 1 && kr_str_read(kind, data, pos) == 'z') {
        out->no_neg_0 = 1;
        pos++;
    }
    if (end - pos >= 1 && kr_str_read(kind, data, pos) == '#') {
        out->alternate = 1;
        pos++;
    }
    if (!out->fill_specified && end - pos >= 1 && kr_str_read(kind, data, pos) == '0') {
        out->fill_char = '0';
        if (!out->align_specified && default_align == '>') out->align = '=';
        pos++;
    }
    ssize_t consumed = spec_get_integer(kind, data, &pos, end, &out->width);
    if (consumed < 0) return -1;
    if (consumed == 0) out->width = -1;
    if (end - pos >= 1 && kr_str_read(kind, data, pos) == ',') {
        out->thousands = ',';
        pos++;
    }
    if (end - pos >= 1 && kr_str_read(kind, data, pos) == '_') {
        if (out->thousands) {
            kr_err_set_string(kr_exc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
        out->thousands = '_';
        pos++;
    }
    if (end - pos >= 1 && kr_str_read(kind, data, pos) == ',' && out->thousands == '_') {
        kr_err_set_string(kr_exc_ValueError, "Cannot specify both ',' and '_'.");
        return -1;
    }
    if (end - pos >= 1 && kr_str_read(kind, data, pos) == '.') {
        pos++;
        consumed = spec_get_integer(kind, data, &pos, end, &out->precision);
        if (consumed < 0) return -1;
        if (consumed == 0) {
            kr_err_set_string(kr_exc_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (end - pos > 1) {
        kr_err_format(kr_exc_ValueError, "Invalid format specifier '%U' for object of type '%s'",
                      spec, type_name);
        return -1;
    }
    if (end - pos == 1) out->type = kr_str_read(kind, data, pos);
    if (out->thousands) {
        switch (out->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (out->thousands == '_') {
                out->thousands_every4 = 1;
                break;
            }
            /* fall through */
        default:
            if (out->type > 32 && out->type < 128)
                kr_err_format(kr_exc_ValueError, "Cannot specify '%c' with '%c'.", out->thousands,
                              (int)out->type);
            else
                kr_err_format(kr_exc_ValueError, "Cannot specify '%c' with '\\x%x'.",
                              out->thousands, (unsigned)out->type);
            return -1;
        }
    }
    return 0;
}

int kr_format_spec_parse(KrObject *spec, KrFormatSpec *out)
{
    return kr_format_spec_parse_ex(spec, "str", 's', '<', out);
}

static KrObject *spec_unknown_code(uint32_t type, const char *type_name)
{
    if (type > 32 && type < 128)
        return kr_err_format(kr_exc_ValueError, "Unknown format code '%c' for object of type '%s'",
                             (int)type, type_name);
    return kr_err_format(kr_exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                         (unsigned)type, type_name);
}

/* ---------------------------------------------------------------------------
 * Padding
 * ------------------------------------------------------------------------ */

/* One reservation for the whole run: a huge width (format(1, '9' * 18))
 * fails at once with MemoryError instead of growing char by char. */
static int spec_fill(KrStrBuilder *b, uint32_t c, ssize_t n)
{
    return kr_strbuilder_append_repeat(b, c, n);
}

/* Splits the padding for align (never '=' here) into left/right. */
static void spec_split_pad(char align, ssize_t pad, ssize_t *left, ssize_t *right)
{
    if (pad < 0) pad = 0;
    if (align == '<') {
        *left = 0;
        *right = pad;
    } else if (align == '^') {
        *left = pad / 2;
        *right = pad - pad / 2;
    } else {
        *left = pad;
        *right = 0;
    }
}

KrObject *kr_format_spec_pad(const char *body, ssize_t len, ssize_t prefix_len,
                             const KrFormatSpec *spec)
{
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    ssize_t pad = spec->width > len ? spec->width - len : 0;
    if (spec->align == '=') {
        if (kr_strbuilder_append_ascii(&b, body, prefix_len) < 0 ||
            spec_fill(&b, spec->fill_char, pad) < 0 ||
            kr_strbuilder_append_ascii(&b, body + prefix_len, len - prefix_len) < 0)
            goto error;
    } else {
        ssize_t left, right;
        spec_split_pad(spec->align, pad, &left, &right);
        if (spec_fill(&b, spec->fill_char, left) < 0 ||
            kr_strbuilder_append_ascii(&b, body, len) < 0 ||
            spec_fill(&b, spec->fill_char, right) < 0)
            goto error;
    }
    return kr_strbuilder_finish(&b);
error:
    kr_strbuilder_discard(&b);
    return NULL;
}

/* ---------------------------------------------------------------------------
 * str
 * ------------------------------------------------------------------------ */

KrObject *kr_format_spec_format_str(KrObject *s, const KrFormatSpec *spec)
{
    if (spec->type != 's') return spec_unknown_code(spec->type, "str");
    if (spec->sign)
        return kr_err_format(kr_exc_ValueError, spec->sign == ' '
                             ? "Space not allowed in string format specifier"
                             : "Sign not allowed in string format specifier");
    if (spec->no_neg_0)
        return kr_err_format(kr_exc_ValueError,
                             "Negative zero coercion (z) not allowed in string format specifier");
    if (spec->alternate)
        return kr_err_format(kr_exc_ValueError,
                             "Alternate form (#) not allowed in string format specifier");
    if (spec->align == '=')
        return kr_err_format(kr_exc_ValueError, "'=' alignment not allowed in string format specifier");
    ssize_t len = KR_STR_LEN(s);
    if (spec->precision >= 0 && spec->precision < len) len = spec->precision;
    if ((spec->width < 0 || spec->width <= len) && len == KR_STR_LEN(s)) {
        if (KR_STR_CHECK_EXACT(s)) return kr_newref(s);
        return kr_str_substring(s, 0, len);
    }
    ssize_t left = 0, right = 0;
    if (spec->width > len) spec_split_pad(spec->align, spec->width - len, &left, &right);
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    if (spec_fill(&b, spec->fill_char, left) < 0) goto error;
    int kind = KR_STR_KIND(s);
    const void *data = KR_STR_DATA(s);
    for (ssize_t i = 0; i < len; i++)
        if (kr_strbuilder_append_char(&b, kr_str_read(kind, data, i)) < 0) goto error;
    if (spec_fill(&b, spec->fill_char, right) < 0) goto error;
    return kr_strbuilder_finish(&b);
error:
    kr_strbuilder_discard(&b);
    return NULL;
}

KrObject *kr_format_str(KrObject *s, KrObject *spec)
{
    if (KR_STR_LEN(spec) == 0) {
        if (KR_STR_CHECK_EXACT(s)) return kr_newref(s);
        return kr_object_str(s);
    }
    KrFormatSpec f;
    if (kr_format_spec_parse(spec, &f) < 0) return NULL;
    return kr_format_spec_format_str(s, &f);
}

/* ---------------------------------------------------------------------------
 * The number layout shared by int, float and complex
 * ------------------------------------------------------------------------ */

typedef struct {
    char sign;              /* 0 or the sign character */
    const char *prefix;     /* "0x" ... or "" */
    const char *digits;     /* the integer digits to group */
    ssize_t ndigits;
    const char *rest;       /* fraction, exponent, suffix */
    ssize_t nrest;
} SpecNumber;

/* Appends the digits with separators every `group` digits, padded with
 * zeros (and separators) on the left to at least min_width characters. */
static int spec_append_grouped(KrStrBuilder *b, const SpecNumber *n, char sep, int group,
                               ssize_t min_width)
{
    /* build right to left into a scratch buffer */
    if (min_width > PTRDIFF_MAX / 4 || n->ndigits > PTRDIFF_MAX / 4) {
        kr_err_no_memory();
        return -1;
    }
    ssize_t cap = n->ndigits * 2 + (min_width > 0 ? min_width : 0) + 4;
    char *buf = kr_raw_alloc((size_t)cap);
    if (!buf) {
        kr_err_no_memory();
        return -1;
    }
    ssize_t k = cap, count = 0;
    for (ssize_t i = n->ndigits - 1; i >= 0; i--) {
        if (sep && count > 0 && count % group == 0) buf[--k] = sep;
        buf[--k] = n->digits[i];
        count++;
    }
    while (cap - k < min_width) {
        if (sep && count > 0 && count % group == 0) {
            buf[--k] = sep;
            if (cap - k >= min_width) {
                buf[--k] = '0'; /* never start with a separator */
                count++;
                break;
            }
        }
        buf[--k] = '0';
        count++;
    }
    int r = kr_strbuilder_append_ascii(b, buf + k, cap - k);
    kr_raw_free(buf);
    return r;
}

static ssize_t spec_grouped_len(ssize_t ndigits, char sep, int group)
{
    if (!sep || ndigits == 0) return ndigits;
    return ndigits + (ndigits - 1) / group;
}

/* Lays out a number per spec (fill, align, width, grouping). */
static int spec_layout_number(KrStrBuilder *b, const SpecNumber *n, const KrFormatSpec *spec,
                              int group_digits)
{
    char sep = spec->thousands;
    int group = spec->thousands_every4 ? 4 : 3;
    if (!group_digits) sep = 0;
    ssize_t npre = (n->sign ? 1 : 0) + (ssize_t)strlen(n->prefix);
    ssize_t ngrouped = spec_grouped_len(n->ndigits, sep, group);
    ssize_t min_width = 0;
    ssize_t total = npre + ngrouped + n->nrest;
    ssize_t pad = spec->width > total ? spec->width - total : 0;
    int zero_group = sep && n->ndigits > 0 && spec->align == '=' && spec->fill_char == '0';
    if (zero_group && pad > 0) {
        min_width = spec->width - npre - n->nrest;
        pad = 0;
    }
    ssize_t left = 0, right = 0, middle = 0;
    if (spec->align == '=') middle = pad;
    else spec_split_pad(spec->align, pad, &left, &right);
    if (spec_fill(b, spec->fill_char, left) < 0) return -1;
    if (n->sign && kr_strbuilder_append_char(b, (uint32_t)n->sign) < 0) return -1;
    if (kr_strbuilder_append_ascii(b, n->prefix, -1) < 0) return -1;
    if (spec_fill(b, spec->fill_char, middle) < 0) return -1;
    if (spec_append_grouped(b, n, sep, group, min_width) < 0) return -1;
    if (kr_strbuilder_append_ascii(b, n->rest, n->nrest) < 0) return -1;
    return spec_fill(b, spec->fill_char, right);
}

static char spec_sign_char(int negative, char sign)
{
    if (negative) return '-';
    if (sign == '+') return '+';
    if (sign == ' ') return ' ';
    return 0;
}

/* ---------------------------------------------------------------------------
 * int
 * ------------------------------------------------------------------------ */

static KrObject *spec_format_int_internal(KrObject *v, const KrFormatSpec *spec)
{
    if (spec->precision != -1)
        return kr_err_format(kr_exc_ValueError, "Precision not allowed in integer format specifier");
    if (spec->no_neg_0)
        return kr_err_format(kr_exc_ValueError,
                             "Negative zero coercion (z) not allowed in integer format specifier");
    KrStrBuilder b;
    if (spec->type == 'c') {
        if (spec->sign)
            return kr_err_format(kr_exc_ValueError, "Sign not allowed with integer format specifier 'c'");
        if (spec->alternate)
            return kr_err_format(kr_exc_ValueError,
                                 "Alternate form (#) not allowed with integer format specifier 'c'");
        int ov;
        int64_t x = kr_int_as_i64_overflow(v, &ov);
        if (ov)
            return kr_err_format(kr_exc_OverflowError, "Python int too large to convert to C long");
        if (x < 0 || x > 0x10ffff)
            return kr_err_format(kr_exc_OverflowError, "%%c arg not in range(0x110000)");
        ssize_t pad = spec->width > 1 ? spec->width - 1 : 0, left, right;
        if (spec->align == '=') {
            left = pad;
            right = 0;
        } else {
            spec_split_pad(spec->align, pad, &left, &right);
        }
        kr_strbuilder_init(&b);
        if (spec_fill(&b, spec->fill_char, left) < 0 ||
            kr_strbuilder_append_char(&b, (uint32_t)x) < 0 ||
            spec_fill(&b, spec->fill_char, right) < 0) {
            kr_strbuilder_discard(&b);
            return NULL;
        }
        return kr_strbuilder_finish(&b);
    }
    int base = 10;
    const char *prefix = "";
    switch (spec->type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
    }
    if (!spec->alternate) prefix = "";
    if (base == 10 && kr_int_convert_check_str_digits(v) < 0) return NULL;
    size_t nd;
    char *digits = kr_int_convert_digits(v, base, &nd);
    if (!digits) return NULL;
    if (spec->type == 'X')
        for (size_t i = 0; i < nd; i++)
            if (digits[i] >= 'a' && digits[i] <= 'f') digits[i] = (char)(digits[i] - 'a' + 'A');
    SpecNumber n = { spec_sign_char(kr_int_sign(v) < 0, spec->sign), prefix, digits,
                     (ssize_t)nd, "", 0 };
    kr_strbuilder_init(&b);
    int r = spec_layout_number(&b, &n, spec, spec->type != 'n');
    kr_raw_free(digits);
    if (r < 0) {
        kr_strbuilder_discard(&b);
        return NULL;
    }
    return kr_strbuilder_finish(&b);
}

static KrObject *spec_format_float_internal(double v, const KrFormatSpec *spec, const char *type_name);

KrObject *kr_format_int(KrObject *v, KrObject *spec)
{
    if (KR_STR_LEN(spec) == 0) return kr_object_str(v);
    KrFormatSpec f;
    if (kr_format_spec_parse_ex(spec, KR_TYPE(v)->tp_name, 'd', '>', &f) < 0) return NULL;
    switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        return spec_format_int_internal(v, &f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d = kr_int_as_double(v);
        if (d == -1.0 && kr_err_occurred()) return NULL;
        return spec_format_float_internal(d, &f, KR_TYPE(v)->tp_name);
    }
    default:
        return spec_unknown_code(f.type, KR_TYPE(v)->tp_name);
    }
}

/* ---------------------------------------------------------------------------
 * float
 * ------------------------------------------------------------------------ */

/* Formats |v| (finite) in mode type ('e', 'f', 'g', 'r'; upper-case handled
 * by the caller) into a new raw buffer, following CPython's
 * PyOS_double_to_string: add_dot_0 makes integral-looking results end in
 * ".0" (and moves 'g' to exponent notation one digit earlier). */
/* The exact decimal expansion of a double has at most 767 significant
 * digits and 1074 digits after the point: past these, every digit is 0.
 * libc is asked for at most these many (its int result would overflow for
 * precisions near INT_MAX) and the zeros are added here. */
#define SPEC_MAX_SIG_DIGITS 800
#define SPEC_MAX_FRAC_DIGITS 1100

static char *spec_float_body(double v, char type, int prec, int alternate, int add_dot_0)
{
    v = fabs(v);
    char *out;
    if (type == 'e' || type == 'f') {
        int cap = type == 'e' ? SPEC_MAX_SIG_DIGITS : SPEC_MAX_FRAC_DIGITS;
        int p = prec > cap ? cap : prec;
        size_t zeros = (size_t)(prec - p);
        const char *fmt = type == 'e' ? (alternate ? "%#.*e" : "%.*e")
                                      : (alternate ? "%#.*f" : "%.*f");
        int n = snprintf(NULL, 0, fmt, p, v);
        if (n < 0) return NULL;
        char *tmp = kr_raw_alloc((size_t)n + 1);
        if (!tmp) return NULL;
        snprintf(tmp, (size_t)n + 1, fmt, p, v);
        if (zeros == 0) return tmp;
        out = kr_raw_alloc((size_t)n + zeros + 1);
        if (!out) {
            kr_raw_free(tmp);
            return NULL;
        }
        /* the zeros go at the end of the digits: before "e+XX" for 'e' */
        size_t head = (size_t)n;
        if (type == 'e') head = (size_t)(strchr(tmp, 'e') - tmp);
        memcpy(out, tmp, head);
        memset(out + head, '0', zeros);
        memcpy(out + head + zeros, tmp + head, (size_t)n - head + 1);
        kr_raw_free(tmp);
        return out;
    }
    /* 'g' and 'r': get the significant digits and the decimal exponent.
     * '#g' pads the digits with zeros up to prec, so the buffer holds
     * max(prec, SPEC_MAX_SIG_DIGITS) digits. */
    size_t dcap = (size_t)(prec > SPEC_MAX_SIG_DIGITS ? prec : SPEC_MAX_SIG_DIGITS) + 2;
    char *digits = kr_raw_alloc(dcap);
    if (!digits) return NULL;
    int exp10; /* v = d.ddd * 10**exp10 */
    size_t nd;
    if (v == 0.0) {
        strcpy(digits, "0");
        exp10 = 0;
    } else if (type == 'r') {
        exp10 = kr_float_shortest_digits(v, digits);
    } else {
        char tmp[SPEC_MAX_SIG_DIGITS + 32];
        int p = prec == 0 ? 1 : prec;
        if (p > SPEC_MAX_SIG_DIGITS) p = SPEC_MAX_SIG_DIGITS;
        snprintf(tmp, sizeof tmp, "%.*e", p - 1, v);
        int k = 0;
        const char *q = tmp;
        for (; *q && *q != 'e'; q++)
            if (*q >= '0' && *q <= '9') digits[k++] = *q;
        digits[k] = 0;
        exp10 = atoi(q + 1);
    }
    if (type == 'g' && prec == 0) prec = 1;
    nd = strlen(digits);
    /* strip trailing zeros unless '#' asks to keep them ('g' only) */
    if (!(alternate && type == 'g'))
        while (nd > 1 && digits[nd - 1] == '0') nd--;
    else
        while (nd < (size_t)prec) digits[nd++] = '0';
    digits[nd] = 0;
    int decpt = exp10 + 1;
    int use_exp;
    if (type == 'r') use_exp = decpt <= -4 || decpt > 16;
    else use_exp = decpt <= -4 || decpt > (add_dot_0 ? prec - 1 : prec);
    if (v == 0.0 && type == 'r') use_exp = 0;
    out = kr_raw_alloc(nd + (size_t)abs(decpt) + 32);
    if (!out) {
        kr_raw_free(digits);
        return NULL;
    }
    size_t k = 0;
    if (use_exp) {
        out[k++] = digits[0];
        if (nd > 1 || alternate) out[k++] = '.';
        for (size_t i = 1; i < nd; i++) out[k++] = digits[i];
        k += (size_t)sprintf(out + k, "e%c%02d", exp10 < 0 ? '-' : '+', abs(exp10));
    } else if (decpt <= 0) {
        out[k++] = '0';
        out[k++] = '.';
        for (int i = 0; i < -decpt; i++) out[k++] = '0';
        for (size_t i = 0; i < nd; i++) out[k++] = digits[i];
    } else {
        for (size_t i = 0; i < (size_t)decpt; i++) out[k++] = i < nd ? digits[i] : '0';
        if (nd > (size_t)decpt) {
            out[k++] = '.';
            for (size_t i = (size_t)decpt; i < nd; i++) out[k++] = digits[i];
        } else if (add_dot_0) {
            out[k++] = '.';
            out[k++] = '0';
        } else if (alternate) {
            out[k++] = '.';
        }
    }
    out[k] = 0;
    kr_raw_free(digits);
    return out;
}

/* Lays out one formatted float (sign included) into b. */
static int spec_float_append(KrStrBuilder *b, double v, const KrFormatSpec *spec, char type,
                             int prec, int add_dot_0, char sign_opt, int layout)
{
    int upper = type == 'E' || type == 'F' || type == 'G';
    char t = upper ? (char)(type - 'A' + 'a') : type;
    int add_pct = 0;
    if (t == '%') {
        t = 'f';
        v *= 100;
        add_pct = 1;
    }
    char *body;
    if (isnan(v) || isinf(v)) {
        body = kr_raw_alloc(8);
        if (!body) {
            kr_err_no_memory();
            return -1;
        }
        strcpy(body, isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
    } else {
        body = spec_float_body(v, t, prec, spec->alternate, add_dot_0);
        if (!body) {
            kr_err_no_memory();
            return -1;
        }
        if (upper)
            for (char *p = body; *p; p++)
                if (*p >= 'a' && *p <= 'z') *p = (char)(*p - 'a' + 'A');
    }
    int negative = signbit(v) && !isnan(v);
    if (negative && spec->no_neg_0 && isfinite(v)) {
        /* 'z': a result that rounded to zero loses its sign */
        int allzero = 1;
        for (char *p = body; *p && *p != 'e' && *p != 'E'; p++)
            if (*p >= '1' && *p <= '9') allzero = 0;
        if (allzero) negative = 0;
    }
    ssize_t blen = (ssize_t)strlen(body);
    ssize_t nint = 0;
    if (!isnan(v) && !isinf(v))
        while (nint < blen && body[nint] >= '0' && body[nint] <= '9') nint++;
    char *rest = kr_raw_alloc((size_t)(blen - nint) + 4);
    if (!rest) {
        kr_raw_free(body);
        kr_err_no_memory();
        return -1;
    }
    memcpy(rest, body + nint, (size_t)(blen - nint));
    ssize_t nrest = blen - nint;
    if (add_pct) rest[nrest++] = '%';
    rest[nrest] = 0;
    SpecNumber n = { spec_sign_char(negative, sign_opt), "", body, nint, rest, nrest };
    int r;
    if (layout) {
        r = spec_layout_number(b, &n, spec, 1);
    } else {
        KrFormatSpec plain = *spec;
        plain.width = -1;
        r = spec_layout_number(b, &n, &plain, 1);
    }
    kr_raw_free(body);
    kr_raw_free(rest);
    return r;
}

static KrObject *spec_format_float_internal(double v, const KrFormatSpec *spec, const char *type_name)
{
    if (spec->precision > INT_MAX) return kr_err_format(kr_exc_ValueError, "precision too big");
    char type = (char)spec->type;
    int add_dot_0 = 0;
    int prec = (int)spec->precision;
    int default_prec = 6;
    if (type == 0) {
        add_dot_0 = 1;
        type = 'r';
        default_prec = 0;
    }
    if (type == 'n') type = 'g';
    if (prec < 0) prec = default_prec;
    else if (type == 'r') type = 'g';
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    if (spec_float_append(&b, v, spec, type, prec, add_dot_0, spec->sign, 1) < 0) {
        kr_strbuilder_discard(&b);
        return NULL;
    }
    return kr_strbuilder_finish(&b);
}

KrObject *kr_format_float(double v, KrObject *spec, const char *type_name)
{
    if (KR_STR_LEN(spec) == 0) return kr_float_repr(v);
    KrFormatSpec f;
    if (kr_format_spec_parse_ex(spec, type_name, 0, '>', &f) < 0) return NULL;
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return spec_format_float_internal(v, &f, type_name);
    default:
        return spec_unknown_code(f.type, type_name);
    }
}

/* ---------------------------------------------------------------------------
 * complex
 * ------------------------------------------------------------------------ */

KrObject *kr_format_complex(double re, double im, KrObject *spec)
{
    KrFormatSpec f;
    if (KR_STR_LEN(spec) == 0) return kr_complex_repr_values(re, im);
    if (kr_format_spec_parse_ex(spec, "complex", 0, '>', &f) < 0) return NULL;
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
        break;
    default:
        return spec_unknown_code(f.type, "complex");
    }
    if (f.fill_char == '0')
        return kr_err_format(kr_exc_ValueError, "Zero padding is not allowed in complex format specifier");
    if (f.align == '=')
        return kr_err_format(kr_exc_ValueError,
                             "'=' alignment flag is not allowed in complex format specifier");
    if (f.precision > INT_MAX) return kr_err_format(kr_exc_ValueError, "precision too big");
    char type = (char)f.type;
    int prec = (int)f.precision, default_prec = 6;
    int skip_re = 0, parens = 0;
    if (type == 0) {
        type = 'r';
        default_prec = 0;
        if (re == 0.0 && !signbit(re)) skip_re = 1;
        else parens = 1;
    }
    if (type == 'n') type = 'g';
    if (prec < 0) prec = default_prec;
    else if (type == 'r') type = 'g';
    KrStrBuilder body;
    kr_strbuilder_init(&body);
    if (parens && kr_strbuilder_append_char(&body, '(') < 0) goto error;
    if (!skip_re && spec_float_append(&body, re, &f, type, prec, 0, f.sign, 0) < 0) goto error;
    if (spec_float_append(&body, im, &f, type, prec, 0, skip_re ? f.sign : '+', 0) < 0) goto error;
    if (kr_strbuilder_append_char(&body, 'j') < 0) goto error;
    if (parens && kr_strbuilder_append_char(&body, ')') < 0) goto error;
    KrObject *s = kr_strbuilder_finish(&body);
    if (!s || f.width <= KR_STR_LEN(s)) return s;
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    ssize_t left, right;
    spec_split_pad(f.align, f.width - KR_STR_LEN(s), &left, &right);
    if (spec_fill(&b, f.fill_char, left) < 0 || kr_strbuilder_append_str(&b, s) < 0 ||
        spec_fill(&b, f.fill_char, right) < 0) {
        KR_DECREF(s);
        kr_strbuilder_discard(&b);
        return NULL;
    }
    KR_DECREF(s);
    return kr_strbuilder_finish(&b);
error:
    kr_strbuilder_discard(&body);
    return NULL;
}
