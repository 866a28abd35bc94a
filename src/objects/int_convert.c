/* int_convert.c — int <-> text and bytes: int(s, base) parsing with
 * Python's literal rules, str()/bin()/oct()/hex(), the int_max_str_digits
 * limit, int.to_bytes and int.from_bytes. */
#include <gmp.h>
#include "int.h"
#include "int_convert.h"
#include "str.h"
#include "bytes.h"
#include "tuple.h"
#include "args.h"
#include "abstract.h"
#include "ids.h"
#include "../vm/err.h"
#include "../vm/state.h"
#include "../memory/mem.h"

#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

/* ---------------------------------------------------------------------------
 * Parsing
 * ------------------------------------------------------------------------ */

static int convert_is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int convert_digit_value(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static KrObject *convert_invalid_literal(const char *s, ssize_t len, int base, KrObject *orig)
{
    KrObject *src = orig ? kr_newref(orig) : kr_str_from_utf8(s, len);
    if (!src) {
        kr_err_clear();
        src = kr_str_from_latin1(s, len);
        if (!src) return NULL;
    }
    KrObject *r = kr_object_repr(src);
    KR_DECREF(src);
    if (!r) return NULL;
    if (KR_STR_LEN(r) > 200) {
        KR_SETREF(r, kr_str_substring(r, 0, 200));
        if (!r) return NULL;
    }
    kr_err_format(kr_exc_ValueError, "invalid literal for int() with base %d: %U", base, r);
    KR_DECREF(r);
    return NULL;
}

static int convert_limit_error(ssize_t ndigits)
{
    kr_err_format(kr_exc_ValueError, "Exceeds the limit (%d digits) for integer string "
                  "conversion: value has %zd digits; use sys.set_int_max_str_digits() to "
                  "increase the limit", kr_interp.int_max_str_digits, ndigits);
    return -1;
}

/* Parses s[0:len] (ASCII; other bytes are simply invalid) as int(s, base). */
static KrObject *convert_parse(const char *s, ssize_t len, int base, KrObject *orig)
{
    const char *p = s, *end = s + len;
    int orig_base = base;
    while (p < end && convert_is_space((unsigned char)*p)) p++;
    int neg = 0;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    int had_prefix = 0;
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            had_prefix = 1;
        }
    }
    int zero_rule = 0; /* base 0 without prefix: "0..." must be all zeros */
    if (base == 0) {
        base = 10;
        zero_rule = p < end && *p == '0';
    }
    char *digits = kr_raw_alloc((size_t)(end - p) + 1);
    if (!digits) return kr_err_no_memory();
    ssize_t n = 0;
    int allow_us = had_prefix, last_us = 0;
    while (p < end) {
        unsigned char c = (unsigned char)*p;
        if (c == '_') {
            if (!allow_us) goto invalid;
            allow_us = 0;
            last_us = 1;
            p++;
            continue;
        }
        if (convert_digit_value(c) >= base) break;
        if (zero_rule && c != '0') goto invalid;
        digits[n++] = (char)c;
        allow_us = 1;
        last_us = 0;
        p++;
    }
    if (n == 0 || last_us) goto invalid;
    int limit = kr_interp.int_max_str_digits;
    if ((base & (base - 1)) != 0 && limit > 0 && n > limit) {
        kr_raw_free(digits);
        convert_limit_error(n);
        return NULL;
    }
    while (p < end && convert_is_space((unsigned char)*p)) p++;
    if (p != end) goto invalid;
    digits[n] = 0;

    uint64_t acc = 0;
    int overflow = 0;
    for (ssize_t i = 0; i < n; i++) {
        if (__builtin_mul_overflow(acc, (uint64_t)base, &acc) ||
            __builtin_add_overflow(acc, (uint64_t)convert_digit_value((unsigned char)digits[i]), &acc)) {
            overflow = 1;
            break;
        }
    }
    if (!overflow && acc <= (uint64_t)INT64_MAX) {
        kr_raw_free(digits);
        return kr_int_from_i64(neg ? -(int64_t)acc : (int64_t)acc);
    }
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, digits, base);
    kr_raw_free(digits);
    if (neg) mpz_neg(z, z);
    return kr_int_from_mpz_steal(z);
invalid:
    kr_raw_free(digits);
    return convert_invalid_literal(s, len, orig_base, orig);
}

KrObject *kr_int_from_string(const char *s, ssize_t len, int base)
{
    if (len < 0) len = (ssize_t)strlen(s);
    return convert_parse(s, len, base, NULL);
}

/* Python's str.isspace() set. */
static int convert_is_unicode_space(uint32_t c)
{
    if (c < 128) return convert_is_space((unsigned char)c) || (c >= 0x1c && c <= 0x1f);
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
           c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

/* The value of a Unicode decimal digit (category Nd), or -1. Decimal digits
 * come in contiguous runs of ten starting at zero (a Unicode stability
 * guarantee), so the value is the distance from the start of the run. */
static int convert_unicode_decimal(uint32_t c)
{
    if (utf8proc_category((utf8proc_int32_t)c) != UTF8PROC_CATEGORY_ND) return -1;
    int k = 0;
    while (c > 0 && utf8proc_category((utf8proc_int32_t)(c - 1)) == UTF8PROC_CATEGORY_ND) {
        c--;
        k++;
    }
    return k % 10;
}

char *kr_int_convert_to_ascii(KrObject *s, ssize_t *len)
{
    ssize_t n = KR_STR_LEN(s);
    char *buf = kr_raw_alloc((size_t)n + 1);
    if (!buf) {
        kr_err_no_memory();
        return NULL;
    }
    int kind = KR_STR_KIND(s);
    const void *data = KR_STR_DATA(s);
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = kr_str_read(kind, data, i);
        int d;
        if (c < 128) buf[i] = (char)c;
        else if (convert_is_unicode_space(c)) buf[i] = ' ';
        else if ((d = convert_unicode_decimal(c)) >= 0) buf[i] = (char)('0' + d);
        else buf[i] = '?';
    }
    buf[n] = 0;
    *len = n;
    return buf;
}

KrObject *kr_int_from_any_string(KrObject *o, int base)
{
    if (KR_STR_CHECK(o)) {
        ssize_t n = KR_STR_LEN(o);
        if (KR_STR_IS_ASCII(o)) return convert_parse((const char *)KR_STR_DATA(o), n, base, o);
        char *buf = kr_int_convert_to_ascii(o, &n);
        if (!buf) return NULL;
        KrObject *r = convert_parse(buf, n, base, o);
        kr_raw_free(buf);
        return r;
    }
    if (KR_BYTES_CHECK(o)) return convert_parse(KR_BYTES_DATA(o), KR_BYTES_LEN(o), base, o);
    if (KR_BYTEARRAY_CHECK(o)) {
        /* copy: the repr in an error must show the original object */
        return convert_parse(KR_BYTEARRAY_DATA(o), KR_SIZE(o), base, o);
    }
    return kr_err_format(kr_exc_TypeError, "int() can't convert non-string with explicit base");
}

/* ---------------------------------------------------------------------------
 * Formatting
 * ------------------------------------------------------------------------ */

char *kr_int_convert_digits(KrObject *o, int base, size_t *len)
{
    char *buf;
    if (KR_INT_IS_SMALL(o)) {
        int64_t v = KR_INT_SMALL_VALUE(o);
        uint64_t a = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        char tmp[72];
        size_t i = sizeof tmp;
        do {
            unsigned d = (unsigned)(a % (unsigned)base);
            tmp[--i] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
            a /= (unsigned)base;
        } while (a);
        *len = sizeof tmp - i;
        buf = kr_raw_alloc(*len + 1);
        if (!buf) {
            kr_err_no_memory();
            return NULL;
        }
        memcpy(buf, tmp + i, *len);
        buf[*len] = 0;
        return buf;
    }
    mpz_srcptr z = KR_INT_MPZ(o);
    size_t cap = mpz_sizeinbase(z, base) + 2;
    buf = kr_raw_alloc(cap);
    if (!buf) {
        kr_err_no_memory();
        return NULL;
    }
    mpz_t a;
    mpz_roinit_n(a, mpz_limbs_read(z), (mp_size_t)mpz_size(z)); /* |z| */
    mpz_get_str(buf, base, a);
    *len = strlen(buf);
    return buf;
}

int kr_int_convert_check_str_digits(KrObject *o)
{
    int limit = kr_interp.int_max_str_digits;
    if (limit <= 0 || KR_INT_IS_SMALL(o)) return 0;
    size_t est = mpz_sizeinbase(KR_INT_MPZ(o), 10); /* exact or one too big */
    if (est <= (size_t)limit) return 0;
    if (est - 1 <= (size_t)limit) {
        /* borderline: compare with 10**limit exactly */
        mpz_t p, a;
        mpz_init(p);
        mpz_ui_pow_ui(p, 10, (unsigned long)limit);
        mpz_roinit_n(a, mpz_limbs_read(KR_INT_MPZ(o)), (mp_size_t)mpz_size(KR_INT_MPZ(o)));
        int big = mpz_cmp(a, p) >= 0;
        mpz_clear(p);
        if (!big) return 0;
    }
    kr_err_format(kr_exc_ValueError, "Exceeds the limit (%d digits) for integer string "
                  "conversion; use sys.set_int_max_str_digits() to increase the limit", limit);
    return -1;
}

KrObject *kr_int_to_decimal_string(KrObject *o)
{
    if (KR_INT_IS_SMALL(o)) {
        /* digits right to left; no printf on this hot path */
        char buf[24];
        int k = (int)sizeof buf;
        int64_t v = KR_INT_SMALL_VALUE(o);
        uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        do {
            buf[--k] = (char)('0' + u % 10);
            u /= 10;
        } while (u);
        if (v < 0) buf[--k] = '-';
        if (k == (int)sizeof buf - 1) {
            /* one digit: a new string, not the shared one-character
             * singleton (CPython's str(5) is a fresh object: identity and
             * marshal's reference flags show it) */
            KrObject *r = kr_str_new(1, (uint32_t)buf[k]);
            if (r) kr_str_write(1, KR_STR_DATA(r), 0, (uint32_t)buf[k]);
            return r;
        }
        return kr_str_from_latin1(buf + k, (ssize_t)sizeof buf - k);
    }
    if (kr_int_convert_check_str_digits(o) < 0) return NULL;
    mpz_srcptr z = KR_INT_MPZ(o);
    size_t cap = mpz_sizeinbase(z, 10) + 2;
    char *buf = kr_raw_alloc(cap);
    if (!buf) return kr_err_no_memory();
    mpz_get_str(buf, 10, z);
    KrObject *r = kr_str_from_latin1(buf, (ssize_t)strlen(buf));
    kr_raw_free(buf);
    return r;
}

KrObject *kr_int_to_base_string(KrObject *o, int base)
{
    if (base == 10) return kr_int_to_decimal_string(o);
    size_t n;
    char *digits = kr_int_convert_digits(o, base, &n);
    if (!digits) return NULL;
    char *buf = kr_raw_alloc(n + 4);
    if (!buf) {
        kr_raw_free(digits);
        return kr_err_no_memory();
    }
    size_t k = 0;
    if (kr_int_sign(o) < 0) buf[k++] = '-';
    buf[k++] = '0';
    buf[k++] = base == 16 ? 'x' : base == 8 ? 'o' : 'b';
    memcpy(buf + k, digits, n);
    kr_raw_free(digits);
    KrObject *r = kr_str_from_latin1(buf, (ssize_t)(k + n));
    kr_raw_free(buf);
    return r;
}

/* ---------------------------------------------------------------------------
 * to_bytes / from_bytes
 * ------------------------------------------------------------------------ */

/* byteorder: 1 for 'little', 0 for 'big', -1 on error. */
static int convert_byteorder(const char *fname, KrObject *o)
{
    if (!o) return 0;
    if (!KR_STR_CHECK(o)) {
        kr_err_format(kr_exc_TypeError, "%s() argument 'byteorder' must be str, not %s", fname,
                      o == KR_NONE ? "None" : KR_TYPE(o)->tp_name);
        return -1;
    }
    if (kr_str_equal_cstr(o, "little")) return 1;
    if (kr_str_equal_cstr(o, "big")) return 0;
    kr_err_set_string(kr_exc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

static const char *const to_bytes_names[] = { "length", "byteorder", "signed", NULL };
static const KrArgSpec to_bytes_spec = { "to_bytes", to_bytes_names, 0, 2, 0 };

KrObject *kr_int_convert_to_bytes(KrObject *self, KrObject *const *args, ssize_t nargs,
                                  KrObject *kwnames)
{
    KrObject *a[3];
    if (kr_args_parse(&to_bytes_spec, args, nargs, kwnames, a) < 0) return NULL;
    ssize_t length = 1;
    if (a[0]) {
        length = kr_int_as_ssize(a[0]);   /* __index__; "... to convert to C ssize_t" */
        if (length == -1 && kr_err_occurred()) return NULL;
        if (length < 0)
            return kr_err_format(kr_exc_ValueError, "length argument must be non-negative");
    }
    int little = convert_byteorder("to_bytes", a[1]);
    if (little < 0) return NULL;
    int is_signed = 0;
    if (a[2]) {
        is_signed = kr_object_is_true(a[2]);
        if (is_signed < 0) return NULL;
    }
    int sign = kr_int_sign(self);
    if (sign < 0 && !is_signed)
        return kr_err_format(kr_exc_OverflowError, "can't convert negative int to unsigned");
    __mpz_struct t;
    mp_limb_t l;
    mpz_srcptr z = kr_int_mpz_view(self, &t, &l);
    /* Range check: unsigned needs bit_length <= 8n; signed needs
     * -2**(8n-1) <= v < 2**(8n-1). */
    uint64_t nbits = (uint64_t)length * 8;
    int fits;
    if (!is_signed) {
        fits = sign == 0 || mpz_sizeinbase(z, 2) <= nbits;
    } else if (sign >= 0) {
        fits = sign == 0 || mpz_sizeinbase(z, 2) < nbits;
    } else {
        /* v >= -2**(8n-1)  <=>  bit_length(-v - 1) < 8n */
        mpz_t m;
        mpz_init(m);
        mpz_neg(m, z);
        mpz_sub_ui(m, m, 1);
        fits = mpz_sgn(m) == 0 ? nbits > 0 : mpz_sizeinbase(m, 2) < nbits;
        mpz_clear(m);
    }
    if (!fits) return kr_err_format(kr_exc_OverflowError, "int too big to convert");
    KrObject *res = kr_bytes_from(NULL, length);
    if (!res) return NULL;
    unsigned char *out = (unsigned char *)KR_BYTES_DATA(res);
    memset(out, 0, (size_t)length);
    if (length == 0 || sign == 0) return res;
    mpz_t v;
    mpz_init(v);
    if (sign < 0) mpz_fdiv_r_2exp(v, z, nbits); /* two's complement: v mod 2**(8n) */
    else mpz_set(v, z);
    size_t count = 0;
    size_t need = (mpz_sizeinbase(v, 2) + 7) / 8;
    unsigned char *tmp = kr_raw_alloc(need ? need : 1);
    if (!tmp) {
        mpz_clear(v);
        KR_DECREF(res);
        return kr_err_no_memory();
    }
    mpz_export(tmp, &count, 1, 1, 1, 0, v); /* big-endian bytes */
    mpz_clear(v);
    for (size_t i = 0; i < count; i++) {
        size_t pos = (size_t)length - count + i; /* big-endian position */
        if (little) out[count - 1 - i] = tmp[i];
        else out[pos] = tmp[i];
    }
    kr_raw_free(tmp);
    return res;
}

static const char *const from_bytes_names[] = { "bytes", "byteorder", "signed", NULL };
static const KrArgSpec from_bytes_spec = { "from_bytes", from_bytes_names, 0, 2, 1 };

KrObject *kr_int_convert_from_bytes(KrObject *type, KrObject *const *args, ssize_t nargs,
                                    KrObject *kwnames)
{
    KrObject *a[3];
    if (kr_args_parse(&from_bytes_spec, args, nargs, kwnames, a) < 0) return NULL;
    int little = convert_byteorder("from_bytes", a[1]);
    if (little < 0) return NULL;
    int is_signed = 0;
    if (a[2]) {
        is_signed = kr_object_is_true(a[2]);
        if (is_signed < 0) return NULL;
    }
    /* As CPython's PyObject_Bytes: __bytes__, else buffer or iterable of
     * ints; an int is NOT a length here (int.from_bytes(1) is a TypeError). */
    KrObject *b;
    if (KR_BYTES_CHECK(a[0])) {
        b = kr_newref(a[0]);
    } else if (kr_object_lookup_special_borrow(a[0], KR_ID(__bytes__))) {
        b = kr_object_call_one((KrObject *)&kr_bytes_type, a[0]);
        if (!b) return NULL;
    } else {
        b = kr_bytes_from_object(a[0]);
        if (!b) return NULL;
    }
    ssize_t n = KR_BYTES_LEN(b);
    mpz_t z;
    mpz_init(z);
    if (n > 0) mpz_import(z, (size_t)n, little ? -1 : 1, 1, 1, 0, KR_BYTES_DATA(b));
    if (is_signed && n > 0) {
        unsigned char top = (unsigned char)KR_BYTES_DATA(b)[little ? n - 1 : 0];
        if (top & 0x80) {
            mpz_t p;
            mpz_init(p);
            mpz_setbit(p, (mp_bitcnt_t)n * 8);
            mpz_sub(z, z, p);
            mpz_clear(p);
        }
    }
    KR_DECREF(b);
    KrObject *r = kr_int_from_mpz_steal(z);
    if (r && type != (KrObject *)&kr_int_type) KR_SETREF(r, kr_object_call_one(type, r));
    return r;
}
