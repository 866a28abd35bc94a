/* str_format.c — printf-style `str % args` and PEP 3101 `str.format` /
 * `str.format_map`, with CPython 3.11's parsing rules and messages. The
 * number conversions of `%` are shared with bytes (kr_str_percent_number). */
#include "str.h"
#include "str_impl.h"
#include "str_format.h"
#include "str_unicode.h"
#include "int.h"
#include "float.h"
#include "tuple.h"
#include "dict.h"
#include "abstract.h"
#include "../vm/err.h"
#include "../memory/mem.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <limits.h>

/* ---------------------------------------------------------------------------
 * Number conversions for %d %i %u %o %x %X %e %E %f %F %g %G
 * ------------------------------------------------------------------------ */

static int append_padded_ascii(KrStrBuilder *b, const char *sign, const char *prefix,
                               const char *body, int flags, ssize_t width, int zero_ok)
{
    ssize_t ls = (ssize_t)strlen(sign), lp = (ssize_t)strlen(prefix), lb = (ssize_t)strlen(body);
    ssize_t total = ls + lp + lb;
    ssize_t padn = width > total ? width - total : 0;
    if (flags & KR_PCT_LJUST) {
        if (kr_strbuilder_append_ascii(b, sign, ls) < 0 || kr_strbuilder_append_ascii(b, prefix, lp) < 0
            || kr_strbuilder_append_ascii(b, body, lb) < 0 || kr_strbuilder_append_repeat(b, ' ', padn) < 0)
            return -1;
        return 0;
    }
    if ((flags & KR_PCT_ZERO) && zero_ok) {
        if (kr_strbuilder_append_ascii(b, sign, ls) < 0 || kr_strbuilder_append_ascii(b, prefix, lp) < 0
            || kr_strbuilder_append_repeat(b, '0', padn) < 0 || kr_strbuilder_append_ascii(b, body, lb) < 0)
            return -1;
        return 0;
    }
    if (kr_strbuilder_append_repeat(b, ' ', padn) < 0 || kr_strbuilder_append_ascii(b, sign, ls) < 0
        || kr_strbuilder_append_ascii(b, prefix, lp) < 0 || kr_strbuilder_append_ascii(b, body, lb) < 0)
        return -1;
    return 0;
}

static int format_int_percent(KrStrBuilder *b, KrObject *v, int type, int flags, ssize_t width,
                              ssize_t prec)
{
    if (type == 'd' && KR_INT_IS_SMALL(v) && width < 0 && prec < 0 && !(flags & (KR_PCT_SIGN | KR_PCT_BLANK))) {
        /* the common "%d" of a machine-sized int: no temporaries */
        char tmp[24], *p = tmp + sizeof tmp;
        int64_t x = KR_INT_SMALL_VALUE(v);
        uint64_t u = x < 0 ? 0 - (uint64_t)x : (uint64_t)x;
        do { *--p = (char)('0' + u % 10); u /= 10; } while (u);
        if (x < 0) *--p = '-';
        return kr_strbuilder_append_ascii(b, p, tmp + sizeof tmp - p);
    }
    int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    KrObject *s = base == 10 ? kr_int_to_decimal_string(v) : kr_int_to_base_string(v, base);
    if (!s) return -1;
    const char *txt = kr_str_as_utf8(s, NULL);
    int neg = txt[0] == '-';
    const char *digits = txt + neg;
    if (base != 10 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'o')) digits += 2;
    ssize_t nd = (ssize_t)strlen(digits);
    ssize_t zeros = prec > nd ? prec - nd : 0;
    char *body = kr_raw_alloc((size_t)(nd + zeros + 1));
    if (!body) {
        KR_DECREF(s);
        kr_err_no_memory();
        return -1;
    }
    memset(body, '0', (size_t)zeros);
    memcpy(body + zeros, digits, (size_t)nd + 1);
    if (type == 'X')
        for (char *p = body; *p; p++) if (*p >= 'a' && *p <= 'f') *p -= 32;
    const char *sign = neg ? "-" : (flags & KR_PCT_SIGN) ? "+" : (flags & KR_PCT_BLANK) ? " " : "";
    const char *prefix = "";
    if (flags & KR_PCT_ALT) prefix = type == 'o' ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : "";
    int r = append_padded_ascii(b, sign, prefix, body, flags, width, 1);
    kr_raw_free(body);
    KR_DECREF(s);
    return r;
}

static int format_float_percent(KrStrBuilder *b, double x, int type, int flags, ssize_t width,
                                ssize_t prec)
{
    if (prec < 0) prec = 6;
    const char *sign = signbit(x) && !isnan(x) ? "-" : (flags & KR_PCT_SIGN) ? "+"
                     : (flags & KR_PCT_BLANK) ? " " : "";
    double ax = fabs(x);
    int upper = type == 'E' || type == 'F' || type == 'G';
    if (!isfinite(x)) {
        const char *body = isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        return append_padded_ascii(b, sign, "", body, flags, width, 1);
    }
    /* A double has at most ~1074 nonzero fractional digits (767 significant
     * ones), so beyond that precision the digits of 'f' and 'e' are zeros:
     * format with a capped precision and pad with zeros ourselves (glibc is
     * slow for huge precisions). 'g' strips trailing zeros anyway. */
    ssize_t extra_zeros = 0;
    if (prec > 1100 && !((type == 'g' || type == 'G') && (flags & KR_PCT_ALT))) {
        if (type != 'g' && type != 'G') extra_zeros = prec - 1100;
        prec = 1100;
    }
    char fmt[16];
    snprintf(fmt, sizeof fmt, "%%%s.*%c", (flags & KR_PCT_ALT) ? "#" : "", type);
    int need = snprintf(NULL, 0, fmt, (int)prec, ax);
    char *body = kr_raw_alloc((size_t)need + 1);
    if (!body) { kr_err_no_memory(); return -1; }
    snprintf(body, (size_t)need + 1, fmt, (int)prec, ax);
    int r;
    if (extra_zeros) {
        /* zeros go before the exponent of 'e' */
        char *exp = strpbrk(body, "eE");
        ssize_t head = exp ? exp - body : need;
        ssize_t total = (ssize_t)strlen(sign) + need + extra_zeros;
        ssize_t padn = width > total ? width - total : 0;
        int zero = (flags & KR_PCT_ZERO) && !(flags & KR_PCT_LJUST);
        r = 0;
        if (!(flags & KR_PCT_LJUST) && !zero) r = kr_strbuilder_append_repeat(b, ' ', padn);
        if (r == 0) r = kr_strbuilder_append_ascii(b, sign, -1);
        if (r == 0 && zero) r = kr_strbuilder_append_repeat(b, '0', padn);
        if (r == 0) r = kr_strbuilder_append_ascii(b, body, head);
        if (r == 0) r = kr_strbuilder_append_repeat(b, '0', extra_zeros);
        if (r == 0) r = kr_strbuilder_append_ascii(b, body + head, need - head);
        if (r == 0 && (flags & KR_PCT_LJUST)) r = kr_strbuilder_append_repeat(b, ' ', padn);
    } else {
        r = append_padded_ascii(b, sign, "", body, flags, width, 1);
    }
    kr_raw_free(body);
    return r;
}

/* Appends the %-conversion of v to b: 0, or -1 with an exception. */
static int percent_number_into(KrStrBuilder *b, KrObject *v, int type, int flags, ssize_t width,
                               ssize_t prec)
{
    switch (type) {
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
        KrObject *iobj;
        if (KR_INT_CHECK(v) && (type == 'd' || type == 'i' || type == 'u'))
            return format_int_percent(b, v, 'd', flags, width, prec);
        if (KR_INT_CHECK(v)) {
            iobj = kr_newref(v);
        } else {
            int integer_only = type == 'o' || type == 'x' || type == 'X';
            KrNumberMethods *nb = KR_TYPE(v)->tp_as_number;
            int is_number = nb && (nb->nb_index || nb->nb_int || nb->nb_float);
            if (!is_number || KR_STR_CHECK(v)) {
                kr_err_format(kr_exc_TypeError, "%%%c format: %s is required, not %.200s", type,
                              integer_only ? "an integer" : "a real number", KR_TYPE(v)->tp_name);
                return -1;
            }
            iobj = integer_only ? kr_number_index(v) : kr_number_long(v);
            if (!iobj) {
                if (!kr_err_matches(kr_exc_TypeError)) return -1;
                kr_err_clear();
                kr_err_format(kr_exc_TypeError, "%%%c format: %s is required, not %.200s", type,
                              integer_only ? "an integer" : "a real number", KR_TYPE(v)->tp_name);
                return -1;
            }
        }
        int rc = format_int_percent(b, iobj, type == 'i' || type == 'u' ? 'd' : type, flags, width, prec);
        KR_DECREF(iobj);
        return rc;
    }
    default: {
        double x = KR_FLOAT_CHECK(v) ? KR_FLOAT_VALUE(v) : kr_float_as_double(v);
        if (x == -1.0 && kr_err_occurred()) return -1;
        return format_float_percent(b, x, type, flags, width, prec);
    }
    }
}

KrObject *kr_str_percent_number(KrObject *v, int type, int flags, ssize_t width, ssize_t prec)
{
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    if (percent_number_into(&b, v, type, flags, width, prec) < 0) {
        kr_strbuilder_discard(&b);
        return NULL;
    }
    return kr_strbuilder_finish(&b);
}

/* ---------------------------------------------------------------------------
 * The %-format parser
 * ------------------------------------------------------------------------ */

typedef struct {
    KrObject *args;          /* the right operand */
    ssize_t arglen, argidx;  /* arglen -1: a single non-tuple argument */
    KrObject *dict;          /* mapping for %(key)s, or NULL */
} PctCtx;

static KrObject *pct_next_arg(PctCtx *c)
{
    if (c->arglen < 0) {
        if (c->argidx == -2) {
            c->argidx = -1;
            return c->args;
        }
    } else if (c->argidx < c->arglen) {
        return KR_TUPLE_GET(c->args, c->argidx++);
    }
    kr_err_set_string(kr_exc_TypeError, "not enough arguments for format string");
    return NULL;
}

int kr_str_percent_is_mapping(KrObject *args)
{
    if (KR_TUPLE_CHECK(args) || KR_STR_CHECK(args)) return 0;
    KrMappingMethods *mp = KR_TYPE(args)->tp_as_mapping;
    return mp && mp->mp_subscript;
}

KrObject *kr_str_format_percent(KrObject *fmt, KrObject *args)
{
    PctCtx c;
    c.args = args;
    if (KR_TUPLE_CHECK(args)) {
        c.arglen = KR_SIZE(args);
        c.argidx = 0;
    } else {
        c.arglen = -1;
        c.argidx = -2;
    }
    c.dict = kr_str_percent_is_mapping(args) ? args : NULL;
    ssize_t n = KR_STR_LEN(fmt), i = 0;
    int kind = KR_STR_KIND(fmt);
    const void *d = KR_STR_DATA(fmt);
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    KrObject *keyed = NULL; /* the value looked up by %(key) */
    while (i < n) {
        uint32_t ch = kr_str_read(kind, d, i);
        if (ch != '%') {
            ssize_t j = i;
            if (kind == 1) {
                const char *pc = memchr((const char *)d + i, '%', (size_t)(n - i));
                j = pc ? pc - (const char *)d : n;
            } else {
                while (j < n && kr_str_read(kind, d, j) != '%') j++;
            }
            if (kr_strbuilder_append_substr(&b, fmt, i, j) < 0) goto fail;
            i = j;
            continue;
        }
        i++;
        if (i >= n) {
            kr_err_set_string(kr_exc_ValueError, "incomplete format");
            goto fail;
        }
        KrObject *arg = NULL;
        if (kr_str_read(kind, d, i) == '(') {
            if (!c.dict) {
                kr_err_set_string(kr_exc_TypeError, "format requires a mapping");
                goto fail;
            }
            ssize_t depth = 1, ks = ++i;
            while (i < n && depth) {
                uint32_t cc = kr_str_read(kind, d, i);
                if (cc == ')') depth--;
                else if (cc == '(') depth++;
                i++;
            }
            if (depth) {
                kr_err_set_string(kr_exc_ValueError, "incomplete format key");
                goto fail;
            }
            KrObject *key = kr_str_substring(fmt, ks, i - 1);
            if (!key) goto fail;
            KR_CLEAR(keyed);
            keyed = kr_object_getitem(c.dict, key);
            KR_DECREF(key);
            if (!keyed) goto fail;
            /* as CPython: the value becomes the (single) argument list */
            c.args = keyed;
            c.arglen = -1;
            c.argidx = -2;
        }
        int flags = 0;
        for (; i < n; i++) {
            uint32_t cc = kr_str_read(kind, d, i);
            if (cc == '-') flags |= KR_PCT_LJUST;
            else if (cc == '+') flags |= KR_PCT_SIGN;
            else if (cc == ' ') flags |= KR_PCT_BLANK;
            else if (cc == '#') flags |= KR_PCT_ALT;
            else if (cc == '0') flags |= KR_PCT_ZERO;
            else break;
        }
        ssize_t width = -1, prec = -1;
        if (i < n && kr_str_read(kind, d, i) == '*') {
            KrObject *w = pct_next_arg(&c);
            if (!w) goto fail;
            if (!KR_INT_CHECK(w)) {
                kr_err_set_string(kr_exc_TypeError, "* wants int");
                goto fail;
            }
            width = kr_int_as_ssize(w);
            if (width == -1 && kr_err_occurred()) goto fail;
            if (width < 0) {
                flags |= KR_PCT_LJUST;
                width = -width;
            }
            i++;
        } else {
            while (i < n) {
                uint32_t cc = kr_str_read(kind, d, i);
                if (cc < '0' || cc > '9') break;
                if (width < 0) width = 0;
                if (width > (PTRDIFF_MAX - 9) / 10) {
                    kr_err_set_string(kr_exc_ValueError, "width too big");
                    goto fail;
                }
                width = width * 10 + (cc - '0');
                i++;
            }
        }
        if (i < n && kr_str_read(kind, d, i) == '.') {
            i++;
            prec = 0;
            if (i < n && kr_str_read(kind, d, i) == '*') {
                KrObject *p = pct_next_arg(&c);
                if (!p) goto fail;
                if (!KR_INT_CHECK(p)) {
                    kr_err_set_string(kr_exc_TypeError, "* wants int");
                    goto fail;
                }
                prec = kr_int_as_ssize(p);
                if (prec == -1 && kr_err_occurred()) goto fail;
                if (prec < 0) prec = 0;
                i++;
            } else {
                while (i < n) {
                    uint32_t cc = kr_str_read(kind, d, i);
                    if (cc < '0' || cc > '9') break;
                    if (prec > (INT_MAX - 9) / 10) {
                        kr_err_set_string(kr_exc_ValueError, "precision too big");
                        goto fail;
                    }
                    prec = prec * 10 + (cc - '0');
                    i++;
                }
            }
        }
        /* length modifiers are accepted and ignored */
        while (i < n) {
            uint32_t cc = kr_str_read(kind, d, i);
            if (cc != 'h' && cc != 'l' && cc != 'L') break;
            i++;
        }
        if (i >= n) {
            kr_err_set_string(kr_exc_ValueError, "incomplete format");
            goto fail;
        }
        uint32_t type = kr_str_read(kind, d, i++);
        if (type == '%') {
            if (kr_strbuilder_append_char(&b, '%') < 0) goto fail;
            continue;
        }
        if (!arg) {
            arg = pct_next_arg(&c);
            if (!arg) goto fail;
        }
        KrObject *piece = NULL;
        switch (type) {
        case 's': case 'r': case 'a': {
            KrObject *t = type == 's' ? kr_object_str(arg) : type == 'r' ? kr_object_repr(arg)
                                                                      : kr_object_ascii(arg);
            if (!t) goto fail;
            ssize_t len = KR_STR_LEN(t);
            if (prec >= 0 && prec < len) len = prec;
            ssize_t padn = width > len ? width - len : 0;
            int rc = 0;
            if (!(flags & KR_PCT_LJUST)) rc = kr_strbuilder_append_repeat(&b, ' ', padn);
            if (rc == 0) rc = kr_strbuilder_append_substr(&b, t, 0, len);
            if (rc == 0 && (flags & KR_PCT_LJUST)) rc = kr_strbuilder_append_repeat(&b, ' ', padn);
            KR_DECREF(t);
            if (rc < 0) goto fail;
            continue;
        }
        case 'c': {
            uint32_t cv;
            if (KR_STR_CHECK(arg)) {
                if (KR_STR_LEN(arg) != 1) {
                    kr_err_set_string(kr_exc_TypeError, "%c requires int or char");
                    goto fail;
                }
                cv = KR_STR_READ_CHAR(arg, 0);
            } else if (KR_INT_CHECK(arg) || kr_index_check(arg)) {
                KrObject *iv = kr_number_index(arg);
                if (!iv) goto fail;
                int64_t x = kr_int_as_i64(iv);
                KR_DECREF(iv);
                if (x == -1 && kr_err_occurred()) {
                    if (!kr_err_matches(kr_exc_OverflowError)) goto fail;
                    kr_err_clear();
                    x = -1;
                }
                if (x < 0 || x > 0x10FFFF) {
                    kr_err_set_string(kr_exc_OverflowError, "%c arg not in range(0x110000)");
                    goto fail;
                }
                cv = (uint32_t)x;
            } else {
                kr_err_set_string(kr_exc_TypeError, "%c requires int or char");
                goto fail;
            }
            ssize_t padn = width > 1 ? width - 1 : 0;
            if (!(flags & KR_PCT_LJUST) && kr_strbuilder_append_repeat(&b, ' ', padn) < 0) goto fail;
            if (kr_strbuilder_append_char(&b, cv) < 0) goto fail;
            if ((flags & KR_PCT_LJUST) && kr_strbuilder_append_repeat(&b, ' ', padn) < 0) goto fail;
            continue;
        }
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            if (percent_number_into(&b, arg, (int)type, flags, width, prec) < 0) goto fail;
            continue;
        default:
            kr_err_format(kr_exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                          type >= 32 && type <= 126 ? (int)type : '?', (unsigned)type, i - 1);
            goto fail;
        }
        if (!piece) goto fail;
        int rc = kr_strbuilder_append_str(&b, piece);
        KR_DECREF(piece);
        if (rc < 0) goto fail;
    }
    if (c.argidx < c.arglen && !c.dict) {
        kr_err_set_string(kr_exc_TypeError, "not all arguments converted during string formatting");
        goto fail;
    }
    KR_XDECREF(keyed);
    return kr_strbuilder_finish(&b);
fail:
    KR_XDECREF(keyed);
    kr_strbuilder_discard(&b);
    return NULL;
}

/* ---------------------------------------------------------------------------
 * str.format: the PEP 3101 mini-language for replacement fields
 * ------------------------------------------------------------------------ */

enum { AUTO_INIT, AUTO_AUTO, AUTO_MANUAL };

typedef struct {
    KrObject *const *args;   /* positional arguments, or NULL (format_map) */
    ssize_t nargs;
    KrObject *kwargs;        /* mapping, or NULL */
    int auto_state;
    ssize_t auto_next;
} FmtCtx;

/* Decimal value of fmt[a:b], -1 if not all decimal digits (or empty),
 * -2 with ValueError on overflow. */
ssize_t kr_str_format_get_integer(KrObject *fmt, ssize_t a, ssize_t b)
{
    if (a >= b) return -1;
    ssize_t v = 0;
    for (ssize_t i = a; i < b; i++) {
        uint32_t ch = KR_STR_READ_CHAR(fmt, i);
        int dv = ch >= '0' && ch <= '9' ? (int)(ch - '0') : -1;
        if (dv < 0) dv = kr_unicode_decimal_value(ch);
        if (dv < 0) return -1;
        if (v > (PTRDIFF_MAX - dv) / 10) {
            kr_err_set_string(kr_exc_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + dv;
    }
    return v;
}

/* Resolves a field name fmt[a:b] ("0", "name", "0.attr[key]") to a new
 * reference. */
static KrObject *fmt_get_field(FmtCtx *c, KrObject *fmt, ssize_t a, ssize_t b)
{
    ssize_t i = a;
    while (i < b) {
        uint32_t ch = KR_STR_READ_CHAR(fmt, i);
        if (ch == '.' || ch == '[') break;
        i++;
    }
    ssize_t idx = kr_str_format_get_integer(fmt, a, i);
    if (idx == -2) return NULL;
    int empty = a >= i;
    int numeric = empty || idx != -1;
    if (c->auto_state == AUTO_INIT && numeric) c->auto_state = empty ? AUTO_AUTO : AUTO_MANUAL;
    if (numeric) {
        if (c->auto_state == AUTO_MANUAL && empty) {
            kr_err_set_string(kr_exc_ValueError,
                              "cannot switch from manual field specification to automatic field numbering");
            return NULL;
        }
        if (c->auto_state == AUTO_AUTO && !empty) {
            kr_err_set_string(kr_exc_ValueError,
                              "cannot switch from automatic field numbering to manual field specification");
            return NULL;
        }
        if (empty) idx = c->auto_next++;
    }
    KrObject *obj;
    if (idx == -1) {
        KrObject *key = kr_str_substring(fmt, a, i);
        if (!key) return NULL;
        if (!c->kwargs) {
            kr_err_set_object(kr_exc_KeyError, key);
            KR_DECREF(key);
            return NULL;
        }
        obj = kr_object_getitem(c->kwargs, key);
        KR_DECREF(key);
        if (!obj) return NULL;
    } else {
        if (!c->args) {
            kr_err_set_string(kr_exc_ValueError, "Format string contains positional fields");
            return NULL;
        }
        if (idx >= c->nargs)
            return kr_err_format(kr_exc_IndexError,
                                 "Replacement index %zd out of range for positional args tuple", idx);
        obj = kr_newref(c->args[idx]);
    }
    /* the rest: .attr and [key] parts */
    while (i < b) {
        uint32_t ch = KR_STR_READ_CHAR(fmt, i++);
        ssize_t s = i;
        KrObject *next;
        if (ch == '.') {
            while (i < b) {
                uint32_t cc = KR_STR_READ_CHAR(fmt, i);
                if (cc == '.' || cc == '[') break;
                i++;
            }
            if (s == i) {
                KR_DECREF(obj);
                kr_err_set_string(kr_exc_ValueError, "Empty attribute in format string");
                return NULL;
            }
            KrObject *name = kr_str_substring(fmt, s, i);
            if (!name) { KR_DECREF(obj); return NULL; }
            next = kr_object_getattr(obj, name);
            KR_DECREF(name);
        } else if (ch == '[') {
            while (i < b && KR_STR_READ_CHAR(fmt, i) != ']') i++;
            if (i >= b) {
                KR_DECREF(obj);
                kr_err_set_string(kr_exc_ValueError, "Missing ']' in format string");
                return NULL;
            }
            ssize_t e = i++;
            if (i < b) {
                uint32_t cc = KR_STR_READ_CHAR(fmt, i);
                if (cc != '.' && cc != '[') {
                    KR_DECREF(obj);
                    kr_err_set_string(kr_exc_ValueError,
                                      "Only '.' or '[' may follow ']' in format field specifier");
                    return NULL;
                }
            }
            if (s == e) {
                KR_DECREF(obj);
                kr_err_set_string(kr_exc_ValueError, "Empty attribute in format string");
                return NULL;
            }
            ssize_t ki = kr_str_format_get_integer(fmt, s, e);
            if (ki == -2) { KR_DECREF(obj); return NULL; }
            KrObject *key = ki >= 0 ? kr_int_from_ssize(ki) : kr_str_substring(fmt, s, e);
            if (!key) { KR_DECREF(obj); return NULL; }
            next = kr_object_getitem(obj, key);
            KR_DECREF(key);
        } else {
            KR_DECREF(obj);
            kr_err_set_string(kr_exc_ValueError,
                              "Only '.' or '[' may follow ']' in format field specifier");
            return NULL;
        }
        KR_DECREF(obj);
        if (!next) return NULL;
        obj = next;
    }
    return obj;
}

static int fmt_build(FmtCtx *c, KrObject *fmt, ssize_t start, ssize_t end, int depth,
                     KrStrBuilder *out);

static int fmt_render_field(FmtCtx *c, KrObject *fmt, ssize_t fa, ssize_t fb, uint32_t conversion,
                            ssize_t sa, ssize_t sb, int spec_expand, int depth, KrStrBuilder *out)
{
    KrObject *obj = fmt_get_field(c, fmt, fa, fb);
    if (!obj) return -1;
    if (conversion) {
        KrObject *t;
        switch (conversion) {
        case 'r': t = kr_object_repr(obj); break;
        case 's': t = kr_object_str(obj); break;
        case 'a': t = kr_object_ascii(obj); break;
        default:
            if (conversion > 32 && conversion < 127)
                kr_err_format(kr_exc_ValueError, "Unknown conversion specifier %c", (int)conversion);
            else
                kr_err_format(kr_exc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conversion);
            KR_DECREF(obj);
            return -1;
        }
        KR_DECREF(obj);
        if (!t) return -1;
        obj = t;
    }
    KrObject *spec;
    if (spec_expand) {
        KrStrBuilder sbld;
        kr_strbuilder_init(&sbld);
        if (fmt_build(c, fmt, sa, sb, depth - 1, &sbld) < 0) {
            kr_strbuilder_discard(&sbld);
            KR_DECREF(obj);
            return -1;
        }
        spec = kr_strbuilder_finish(&sbld);
    } else {
        spec = kr_str_substring(fmt, sa, sb);
    }
    if (!spec) { KR_DECREF(obj); return -1; }
    KrObject *r;
    if (KR_STR_CHECK_EXACT(obj) && KR_STR_LEN(spec) == 0) r = kr_newref(obj);
    else r = kr_object_format(obj, spec);
    KR_DECREF(spec);
    KR_DECREF(obj);
    if (!r) return -1;
    int rc = kr_strbuilder_append_str(out, r);
    KR_DECREF(r);
    return rc;
}

int kr_str_format_parse_next(KrObject *fmt, ssize_t *pos, ssize_t end, KrFormatItem *it)
{
    ssize_t i = *pos;
    if (i >= end) return 0;
    it->has_field = 0;
    it->conversion = 0;
    it->spec_expand = 0;
    it->field_start = it->field_end = it->spec_start = it->spec_end = i;
    /* literal text up to the next brace */
    ssize_t lit = i;
    uint32_t ch = 0;
    int markup = 0;
    while (i < end) {
        ch = KR_STR_READ_CHAR(fmt, i++);
        if (ch == '{' || ch == '}') { markup = 1; break; }
    }
    it->lit_start = lit;
    if (!markup) {
        it->lit_end = i;
        *pos = i;
        return 1;
    }
    int at_end = i >= end;
    if (ch == '}' && (at_end || KR_STR_READ_CHAR(fmt, i) != '}')) {
        kr_err_set_string(kr_exc_ValueError, "Single '}' encountered in format string");
        return -1;
    }
    if (at_end && ch == '{') {
        kr_err_set_string(kr_exc_ValueError, "Single '{' encountered in format string");
        return -1;
    }
    if (KR_STR_READ_CHAR(fmt, i) == ch) {
        /* escaped brace: literal text including one brace */
        it->lit_end = i;
        *pos = i + 1;
        return 1;
    }
    it->lit_end = i - 1;
    it->has_field = 1;
    /* the field: name [! conversion] [: spec] } */
    ssize_t fa = i;
    uint32_t c2 = 0;
    while (i < end) {
        c2 = KR_STR_READ_CHAR(fmt, i++);
        if (c2 == '{') {
            kr_err_set_string(kr_exc_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (c2 == '[') {
            while (i < end && KR_STR_READ_CHAR(fmt, i) != ']') i++;
            continue;
        }
        if (c2 == '}' || c2 == ':' || c2 == '!') break;
        c2 = 0;
    }
    it->field_start = fa;
    it->field_end = i - 1;
    it->spec_start = it->spec_end = i;
    if (c2 == '!' || c2 == ':') {
        if (c2 == '!') {
            if (i >= end) {
                kr_err_set_string(kr_exc_ValueError, "end of string while looking for conversion specifier");
                return -1;
            }
            it->conversion = KR_STR_READ_CHAR(fmt, i++);
            if (i < end) {
                uint32_t c3 = KR_STR_READ_CHAR(fmt, i++);
                if (c3 == '}') {
                    it->spec_start = it->spec_end = i;
                    *pos = i;
                    return 1;
                }
                if (c3 != ':') {
                    kr_err_set_string(kr_exc_ValueError, "expected ':' after conversion specifier");
                    return -1;
                }
            }
        }
        it->spec_start = i;
        int count = 1;
        while (i < end) {
            uint32_t c3 = KR_STR_READ_CHAR(fmt, i++);
            if (c3 == '{') { it->spec_expand = 1; count++; }
            else if (c3 == '}' && --count == 0) {
                it->spec_end = i - 1;
                *pos = i;
                return 1;
            }
        }
        kr_err_set_string(kr_exc_ValueError, "unmatched '{' in format spec");
        return -1;
    }
    if (c2 != '}') {
        kr_err_set_string(kr_exc_ValueError, "expected '}' before end of string");
        return -1;
    }
    *pos = i;
    return 1;
}

static int fmt_build(FmtCtx *c, KrObject *fmt, ssize_t start, ssize_t end, int depth,
                     KrStrBuilder *out)
{
    if (depth <= 0) {
        kr_err_set_string(kr_exc_ValueError, "Max string recursion exceeded");
        return -1;
    }
    ssize_t i = start;
    KrFormatItem it;
    int r;
    while ((r = kr_str_format_parse_next(fmt, &i, end, &it)) > 0) {
        if (kr_strbuilder_append_substr(out, fmt, it.lit_start, it.lit_end) < 0) return -1;
        if (it.has_field && fmt_render_field(c, fmt, it.field_start, it.field_end, it.conversion,
                                             it.spec_start, it.spec_end, it.spec_expand, depth, out) < 0)
            return -1;
    }
    return r;
}

static KrObject *fmt_run(FmtCtx *c, KrObject *fmt)
{
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    if (fmt_build(c, fmt, 0, KR_STR_LEN(fmt), 2, &b) < 0) {
        kr_strbuilder_discard(&b);
        return NULL;
    }
    return kr_strbuilder_finish(&b);
}

KrObject *kr_str_format_method(KrObject *self, KrObject *const *args, ssize_t nargs,
                               KrObject *kwnames)
{
    FmtCtx c = { args, nargs, NULL, AUTO_INIT, 0 };
    KrObject *kw = NULL;
    if (kwnames && KR_SIZE(kwnames) > 0) {
        kw = kr_dict_new();
        if (!kw) return NULL;
        for (ssize_t i = 0; i < KR_SIZE(kwnames); i++)
            if (kr_dict_set_item(kw, KR_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
                KR_DECREF(kw);
                return NULL;
            }
        c.kwargs = kw;
    }
    KrObject *r = fmt_run(&c, self);
    KR_XDECREF(kw);
    return r;
}

KrObject *kr_str_format_map_method(KrObject *self, KrObject *mapping)
{
    FmtCtx c = { NULL, 0, mapping, AUTO_INIT, 0 };
    return fmt_run(&c, self);
}

KrObject *kr_str_format_call(KrObject *fmt, KrObject *args, KrObject *kwargs)
{
    FmtCtx c = { args ? KR_TUPLE_ITEMS(args) : NULL, args ? KR_SIZE(args) : 0,
                 kwargs && kr_dict_size(kwargs) ? kwargs : NULL, AUTO_INIT, 0 };
    static KrObject *const noargs[1] = { NULL };
    if (!c.args) c.args = noargs;
    return fmt_run(&c, fmt);
}
