/* structmodule.c — the _struct module: Struct objects compiled from a format
 * string, pack/unpack/pack_into/unpack_from/iter_unpack/calcsize and a cache
 * of compiled formats, with CPython 3.11's error messages and quirks. */
#include "structmodule.h"
#include "modargs.h"
#include "../objects/type.h"
#include "../objects/tuple.h"
#include "../objects/int.h"
#include "../objects/float.h"
#include "../objects/str.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../memory/gc.h"
#include "../memory/mem.h"
#include "../vm/err.h"

#include <limits.h>
#include <math.h>
#include <stddef.h>
#include <string.h>

static KrObject *struct_error;  /* struct.error */
static KrObject *struct_cache;  /* format -> Struct */
#define STRUCT_CACHE_MAX 100

#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define HOST_LE 1
#else
#define HOST_LE 0
#endif

/* ---------------------------------------------------------------------------
 * Format descriptors. One table per mode (native, little, big). Each entry
 * packs/unpacks one item; 's', 'p' and 'x' are handled by the caller.
 * ------------------------------------------------------------------------ */

typedef struct FormatDef FormatDef;
struct FormatDef {
    char format;
    ssize_t size;
    ssize_t alignment;   /* native table only; 0 elsewhere */
    int le;              /* byte order of the packed data */
    int (*pack)(char *p, KrObject *v, const FormatDef *f);
    KrObject *(*unpack)(const char *p, const FormatDef *f);
};

static void write_uint(char *p, ssize_t size, int le, uint64_t x)
{
    unsigned char *q = (unsigned char *)p;
    for (ssize_t i = 0; i < size; i++) {
        q[le ? i : size - 1 - i] = (unsigned char)(x & 0xff);
        x >>= 8;
    }
}

static uint64_t read_uint(const char *p, ssize_t size, int le)
{
    const unsigned char *q = (const unsigned char *)p;
    uint64_t x = 0;
    for (ssize_t i = 0; i < size; i++) x = (x << 8) | q[le ? size - 1 - i : i];
    return x;
}

/* The int for v (v itself or v.__index__()), or struct.error. New ref. */
static KrObject *get_pylong(KrObject *v)
{
    if (KR_INT_CHECK(v)) return kr_newref(v);
    if (kr_index_check(v)) return kr_number_index(v);
    kr_err_set_string(struct_error, "required argument is not an integer");
    return NULL;
}

static int get_i64(KrObject *v, int64_t *out)
{
    KrObject *i = get_pylong(v);
    if (!i) return -1;
    int overflow;
    int64_t x = kr_int_as_i64_overflow(i, &overflow);
    KR_DECREF(i);
    if (overflow) {
        kr_err_set_string(struct_error, "argument out of range");
        return -1;
    }
    *out = x;
    return 0;
}

static int get_u64(KrObject *v, uint64_t *out)
{
    KrObject *i = get_pylong(v);
    if (!i) return -1;
    if (kr_int_sign(i) < 0) {
        KR_DECREF(i);
        kr_err_set_string(struct_error, "argument out of range");
        return -1;
    }
    uint64_t x = kr_int_as_u64(i);
    KR_DECREF(i);
    if (x == (uint64_t)-1 && kr_err_occurred()) {
        kr_err_clear();
        kr_err_set_string(struct_error, "argument out of range");
        return -1;
    }
    *out = x;
    return 0;
}

static int range_error(const FormatDef *f, int is_unsigned)
{
    uint64_t ulargest = (uint64_t)-1 >> ((8 - f->size) * 8);
    if (is_unsigned)
        kr_err_format(struct_error, "'%c' format requires 0 <= number <= %zu", f->format,
                      (size_t)ulargest);
    else {
        ssize_t largest = (ssize_t)(ulargest >> 1);
        kr_err_format(struct_error, "'%c' format requires %zd <= number <= %zd", f->format,
                      ~largest, largest);
    }
    return -1;
}

static int get_double(KrObject *v, double *out)
{
    double x = kr_float_as_double(v);
    if (x == -1.0 && kr_err_occurred()) {
        kr_err_clear();
        kr_err_set_string(struct_error, "required argument is not a float");
        return -1;
    }
    *out = x;
    return 0;
}

/* ---- half floats (IEEE 754 binary16), rounded half to even ---- */

static int pack_half(char *p, double x, int le)
{
    unsigned int sign = signbit(x) ? 1 : 0, e, bits;
    if (isnan(x)) {
        e = 0x1f;
        bits = 512;
    } else if (isinf(x)) {
        e = 0x1f;
        bits = 0;
    } else if (x == 0.0) {
        e = 0;
        bits = 0;
    } else {
        int ex;
        double m = frexp(fabs(x), &ex); /* |x| = m * 2**ex, 0.5 <= m < 1 */
        m *= 2.0;
        ex--;                           /* |x| = m * 2**ex, 1 <= m < 2 */
        if (ex >= 16) goto overflow;
        double fr;
        if (ex < -25) {                 /* rounds to zero */
            fr = 0.0;
            e = 0;
        } else if (ex < -14) {          /* subnormal */
            fr = ldexp(m, 14 + ex);
            e = 0;
        } else {
            e = (unsigned int)(ex + 15);
            fr = m - 1.0;
        }
        fr *= 1024.0;                   /* exact: scaling by a power of two */
        bits = (unsigned int)fr;
        double rest = fr - bits;
        if (rest > 0.5 || (rest == 0.5 && (bits & 1))) {
            if (++bits == 1024) {
                bits = 0;
                if (++e == 31) goto overflow;
            }
        }
    }
    write_uint(p, 2, le, (uint64_t)(bits | (e << 10) | (sign << 15)));
    return 0;
overflow:
    kr_err_set_string(kr_exc_OverflowError, "float too large to pack with e format");
    return -1;
}

static double unpack_half(const char *p, int le)
{
    unsigned int h = (unsigned int)read_uint(p, 2, le);
    unsigned int sign = h >> 15, e = (h >> 10) & 0x1f, fr = h & 0x3ff;
    double x;
    if (e == 0x1f) x = fr ? NAN : INFINITY;
    else if (e == 0) x = ldexp((double)fr, -24);
    else x = ldexp((double)(fr | 0x400), (int)e - 25);
    return sign ? -x : x;
}

/* ---- native packers ---- */

static int np_byte(char *p, KrObject *v, const FormatDef *f)
{
    int64_t x;
    if (get_i64(v, &x) < 0) return -1;
    if (x < -128 || x > 127) {
        kr_err_set_string(struct_error, "byte format requires -128 <= number <= 127");
        return -1;
    }
    *p = (char)x;
    return 0;
}

static int np_ubyte(char *p, KrObject *v, const FormatDef *f)
{
    int64_t x;
    if (get_i64(v, &x) < 0) return -1;
    if (x < 0 || x > 255) {
        kr_err_set_string(struct_error, "ubyte format requires 0 <= number <= 255");
        return -1;
    }
    *p = (char)x;
    return 0;
}

static int np_char(char *p, KrObject *v, const FormatDef *f)
{
    if (!KR_BYTES_CHECK(v) || KR_BYTES_LEN(v) != 1) {
        kr_err_set_string(struct_error, "char format requires a bytes object of length 1");
        return -1;
    }
    *p = KR_BYTES_DATA(v)[0];
    return 0;
}

static int np_short(char *p, KrObject *v, const FormatDef *f)
{
    int64_t x;
    if (get_i64(v, &x) < 0) return -1;
    if (x < -32768 || x > 32767) {
        kr_err_set_string(struct_error, "short format requires -32768 <= number <= 32767");
        return -1;
    }
    write_uint(p, 2, f->le, (uint64_t)x);
    return 0;
}

static int np_ushort(char *p, KrObject *v, const FormatDef *f)
{
    int64_t x;
    if (get_i64(v, &x) < 0) return -1;
    if (x < 0 || x > 65535) {
        kr_err_set_string(struct_error, "ushort format requires 0 <= number <= 65535");
        return -1;
    }
    write_uint(p, 2, f->le, (uint64_t)x);
    return 0;
}

/* Signed native ints: 'i' checks its range, 8-byte ones only overflow. */
static int np_int(char *p, KrObject *v, const FormatDef *f)
{
    int64_t x;
    if (get_i64(v, &x) < 0) return -1;
    if (f->size < 8) {
        int64_t lim = (int64_t)1 << (f->size * 8 - 1);
        if (x < -lim || x >= lim) return range_error(f, 0);
    }
    write_uint(p, f->size, f->le, (uint64_t)x);
    return 0;
}

static int np_uint(char *p, KrObject *v, const FormatDef *f)
{
    uint64_t x;
    if (get_u64(v, &x) < 0) return -1;
    if (f->size < 8 && x >> (f->size * 8)) return range_error(f, 1);
    write_uint(p, f->size, f->le, x);
    return 0;
}

static int np_bool(char *p, KrObject *v, const FormatDef *f)
{
    int t = kr_object_is_true(v);
    if (t < 0) return -1;
    *p = (char)t;
    return 0;
}

static int np_half(char *p, KrObject *v, const FormatDef *f)
{
    double x;
    if (get_double(v, &x) < 0) return -1;
    return pack_half(p, x, f->le);
}

/* Native 'f' casts without an overflow check (1e300 packs as inf). */
static int np_float(char *p, KrObject *v, const FormatDef *f)
{
    double x;
    if (get_double(v, &x) < 0) return -1;
    float y = (float)x;
    memcpy(p, &y, 4);
    return 0;
}

static int np_double(char *p, KrObject *v, const FormatDef *f)
{
    double x;
    if (get_double(v, &x) < 0) return -1;
    memcpy(p, &x, 8);
    return 0;
}

static int np_void_p(char *p, KrObject *v, const FormatDef *f)
{
    KrObject *i = get_pylong(v);
    if (!i) return -1;
    uint64_t x;
    int overflow = 0;
    if (kr_int_sign(i) < 0) {
        x = (uint64_t)kr_int_as_i64_overflow(i, &overflow);
    } else {
        x = kr_int_as_u64(i);
        if (x == (uint64_t)-1 && kr_err_occurred()) {
            kr_err_clear();
            overflow = 1;
        }
    }
    KR_DECREF(i);
    if (overflow) {
        kr_err_set_string(kr_exc_OverflowError, "int too big to convert");
        return -1;
    }
    write_uint(p, 8, HOST_LE, x);
    return 0;
}

/* ---- standard-size packers ---- */

static int sp_int(char *p, KrObject *v, const FormatDef *f)
{
    int64_t x;
    if (f->size == 8) {
        KrObject *i = get_pylong(v);
        if (!i) return -1;
        int overflow;
        x = kr_int_as_i64_overflow(i, &overflow);
        KR_DECREF(i);
        if (overflow) {
            kr_err_set_string(kr_exc_OverflowError, "int too big to convert");
            return -1;
        }
    } else {
        if (get_i64(v, &x) < 0) return -1;
        int64_t lim = (int64_t)1 << (f->size * 8 - 1);
        if (x < -lim || x >= lim) return range_error(f, 0);
    }
    write_uint(p, f->size, f->le, (uint64_t)x);
    return 0;
}

static int sp_uint(char *p, KrObject *v, const FormatDef *f)
{
    uint64_t x;
    if (f->size == 8) {
        KrObject *i = get_pylong(v);
        if (!i) return -1;
        if (kr_int_sign(i) < 0) {
            KR_DECREF(i);
            kr_err_set_string(kr_exc_OverflowError, "can't convert negative int to unsigned");
            return -1;
        }
        x = kr_int_as_u64(i);
        KR_DECREF(i);
        if (x == (uint64_t)-1 && kr_err_occurred()) {
            kr_err_clear();
            kr_err_set_string(kr_exc_OverflowError, "int too big to convert");
            return -1;
        }
    } else {
        if (get_u64(v, &x) < 0) return -1;
        if (x >> (f->size * 8)) return range_error(f, 1);
    }
    write_uint(p, f->size, f->le, x);
    return 0;
}

static int sp_float(char *p, KrObject *v, const FormatDef *f)
{
    double x;
    if (get_double(v, &x) < 0) return -1;
    float y = (float)x;
    if (isinf(y) && !isinf(x)) {
        kr_err_set_string(kr_exc_OverflowError, "float too large to pack with f format");
        return -1;
    }
    uint32_t u;
    memcpy(&u, &y, 4);
    write_uint(p, 4, f->le, u);
    return 0;
}

static int sp_double(char *p, KrObject *v, const FormatDef *f)
{
    double x;
    if (get_double(v, &x) < 0) return -1;
    uint64_t u;
    memcpy(&u, &x, 8);
    write_uint(p, 8, f->le, u);
    return 0;
}

/* ---- unpackers (shared by all tables: f->le gives the byte order) ---- */

static KrObject *up_int(const char *p, const FormatDef *f)
{
    uint64_t x = read_uint(p, f->size, f->le);
    if (f->size < 8 && (x >> (f->size * 8 - 1))) x |= ~(uint64_t)0 << (f->size * 8);
    return kr_int_from_i64((int64_t)x);
}

static KrObject *up_uint(const char *p, const FormatDef *f)
{
    return kr_int_from_u64(read_uint(p, f->size, f->le));
}

static KrObject *up_char(const char *p, const FormatDef *f) { return kr_bytes_from(p, 1); }

static KrObject *up_bool(const char *p, const FormatDef *f)
{
    for (ssize_t i = 0; i < f->size; i++)
        if (p[i]) return kr_bool_from(1);
    return kr_bool_from(0);
}

static KrObject *up_half(const char *p, const FormatDef *f)
{
    return kr_float_from_double(unpack_half(p, f->le));
}

static KrObject *up_float(const char *p, const FormatDef *f)
{
    uint32_t u = (uint32_t)read_uint(p, 4, f->le);
    float y;
    memcpy(&y, &u, 4);
    return kr_float_from_double(y);
}

static KrObject *up_double(const char *p, const FormatDef *f)
{
    uint64_t u = read_uint(p, 8, f->le);
    double x;
    memcpy(&x, &u, 8);
    return kr_float_from_double(x);
}

static FormatDef native_table[] = {
    { 'x', 1, 0, HOST_LE, NULL, NULL },
    { 'b', 1, 0, HOST_LE, np_byte, up_int },
    { 'B', 1, 0, HOST_LE, np_ubyte, up_uint },
    { 'c', 1, 0, HOST_LE, np_char, up_char },
    { 's', 1, 0, HOST_LE, NULL, NULL },
    { 'p', 1, 0, HOST_LE, NULL, NULL },
    { 'h', 2, 2, HOST_LE, np_short, up_int },
    { 'H', 2, 2, HOST_LE, np_ushort, up_uint },
    { 'i', 4, 4, HOST_LE, np_int, up_int },
    { 'I', 4, 4, HOST_LE, np_uint, up_uint },
    { 'l', 8, 8, HOST_LE, np_int, up_int },
    { 'L', 8, 8, HOST_LE, np_uint, up_uint },
    { 'n', 8, 8, HOST_LE, np_int, up_int },
    { 'N', 8, 8, HOST_LE, np_uint, up_uint },
    { 'q', 8, 8, HOST_LE, np_int, up_int },
    { 'Q', 8, 8, HOST_LE, np_uint, up_uint },
    { '?', 1, 1, HOST_LE, np_bool, up_bool },
    { 'e', 2, 2, HOST_LE, np_half, up_half },
    { 'f', 4, 4, HOST_LE, np_float, up_float },
    { 'd', 8, 8, HOST_LE, np_double, up_double },
    { 'P', 8, 8, HOST_LE, np_void_p, up_uint },
    { 0, 0, 0, 0, NULL, NULL },
};

#define STD_TABLE(LE) {                              \
    { 'x', 1, 0, LE, NULL, NULL },                   \
    { 'b', 1, 0, LE, np_byte, up_int },               \
    { 'B', 1, 0, LE, np_ubyte, up_uint },             \
    { 'c', 1, 0, LE, np_char, up_char },              \
    { 's', 1, 0, LE, NULL, NULL },                   \
    { 'p', 1, 0, LE, NULL, NULL },                   \
    { 'h', 2, 0, LE, sp_int, up_int },                \
    { 'H', 2, 0, LE, sp_uint, up_uint },              \
    { 'i', 4, 0, LE, sp_int, up_int },                \
    { 'I', 4, 0, LE, sp_uint, up_uint },              \
    { 'l', 4, 0, LE, sp_int, up_int },                \
    { 'L', 4, 0, LE, sp_uint, up_uint },              \
    { 'q', 8, 0, LE, sp_int, up_int },                \
    { 'Q', 8, 0, LE, sp_uint, up_uint },              \
    { '?', 1, 0, LE, np_bool, up_bool },              \
    { 'e', 2, 0, LE, np_half, up_half },              \
    { 'f', 4, 0, LE, sp_float, up_float },            \
    { 'd', 8, 0, LE, sp_double, up_double },          \
    { 0, 0, 0, 0, NULL, NULL },                      \
}

static FormatDef little_table[] = STD_TABLE(1);
static FormatDef big_table[] = STD_TABLE(0);

/* As CPython, the standard table of the host's byte order borrows the
 * native packers where sizes agree (except ?, f, d): their error messages
 * are therefore the native ones ("short format requires ..."). */
static void struct_swap_native(void)
{
    static int done;
    if (done) return;
    done = 1;
    FormatDef *other = HOST_LE ? little_table : big_table;
    for (FormatDef *n = native_table; n->format; n++) {
        if (n->format == 'd' || n->format == 'f' || n->format == '?') continue;
        for (FormatDef *o = other; o->format; o++) {
            if (o->format == n->format) {
                if (o->size == n->size) o->pack = n->pack;
                break;
            }
        }
    }
}

/* ---------------------------------------------------------------------------
 * Struct objects
 * ------------------------------------------------------------------------ */

typedef struct {
    ssize_t offset;
    ssize_t size;           /* the item size; the string length for s/p */
    const FormatDef *fmt;
} StructCode;

typedef struct {
    KrObject ob_base;
    ssize_t size;           /* bytes */
    ssize_t len;            /* items */
    StructCode *codes;
    ssize_t ncodes;
    KrObject *format;       /* bytes */
    KrObject *weakreflist;
} KrStructObject;

static KrObject *struct_overflow(void)
{
    return kr_err_format(struct_error, "total struct size too long");
}

/* Compiles self->format into codes. 0 or -1. */
static int struct_prepare(KrStructObject *self)
{
    const char *s = KR_BYTES_DATA(self->format);
    if ((ssize_t)strlen(s) != KR_BYTES_LEN(self->format)) {
        kr_err_set_string(struct_error, "embedded null character");
        return -1;
    }
    const FormatDef *table = native_table;
    switch (*s) {
    case '<': table = little_table; s++; break;
    case '>': case '!': table = big_table; s++; break;
    case '=': table = HOST_LE ? little_table : big_table; s++; break;
    case '@': s++; break;
    default: break;
    }
    /* First pass: validate and count. */
    ssize_t size = 0, len = 0, ncodes = 0;
    const char *start = s;
    for (int pass = 0; pass < 2; pass++) {
        StructCode *codes = NULL;
        if (pass == 1) {
            codes = kr_mem_alloc(sizeof(StructCode) * (size_t)(ncodes ? ncodes : 1));
            if (!codes) { kr_err_no_memory(); return -1; }
            size = 0;
        }
        ssize_t ci = 0;
        s = start;
        char c;
        while ((c = *s++) != '\0') {
            if (c == ' ' || (c >= '\t' && c <= '\r')) continue;
            ssize_t num = 1;
            if (c >= '0' && c <= '9') {
                num = c - '0';
                while ((c = *s++) >= '0' && c <= '9') {
                    if (num > (SSIZE_MAX - (c - '0')) / 10) {
                        kr_mem_free(codes);
                        struct_overflow();
                        return -1;
                    }
                    num = num * 10 + (c - '0');
                }
                if (c == '\0') {
                    kr_mem_free(codes);
                    kr_err_set_string(struct_error, "repeat count given without format specifier");
                    return -1;
                }
            }
            const FormatDef *e = table;
            while (e->format && e->format != c) e++;
            if (!e->format) {
                kr_mem_free(codes);
                kr_err_set_string(struct_error, "bad char in struct format");
                return -1;
            }
            if (pass == 0) {
                if (c == 's' || c == 'p') { len++; ncodes++; }
                else if (c != 'x') { len += num; ncodes += num; }
            }
            if (e->alignment && size > 0) {
                ssize_t extra = (e->alignment - 1) - (size - 1) % e->alignment;
                if (extra > SSIZE_MAX - size) { kr_mem_free(codes); struct_overflow(); return -1; }
                size += extra;
            }
            if (num > (SSIZE_MAX - size) / e->size) {
                kr_mem_free(codes);
                struct_overflow();
                return -1;
            }
            if (pass == 1) {
                if (c == 's' || c == 'p') {
                    codes[ci++] = (StructCode){ size, num, e };
                } else if (c != 'x') {
                    for (ssize_t k = 0; k < num; k++)
                        codes[ci++] = (StructCode){ size + k * e->size, e->size, e };
                }
            }
            size += num * e->size;
        }
        if (pass == 1) {
            kr_mem_free(self->codes);
            self->codes = codes;
            self->ncodes = ncodes;
            self->size = size;
            self->len = len;
        }
    }
    return 0;
}

static int struct_set_format(KrStructObject *self, KrObject *format)
{
    KrObject *b;
    if (KR_STR_CHECK(format)) {
        b = kr_str_encode(format, "ascii", "strict");
        if (!b) return -1;
    } else if (KR_BYTES_CHECK(format)) {
        b = kr_newref(format);
    } else {
        kr_err_format(kr_exc_TypeError, "Struct() argument 1 must be a str or bytes object, not %.200s",
                      KR_TYPE(format)->tp_name);
        return -1;
    }
    KR_SETREF(self->format, b);
    return struct_prepare(self);
}

static KrObject *struct_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    KrStructObject *s = (KrStructObject *)type->tp_alloc(type, 0);
    if (!s) return NULL;
    s->format = kr_bytes_from("", 0);
    if (!s->format) { KR_DECREF(s); return NULL; }
    kr_gc_track((KrObject *)s);
    return (KrObject *)s;
}

static int struct_init(KrObject *self, KrObject *args, KrObject *kwds)
{
    static const char *const names[] = { "format", NULL };
    static const KrArgSpec spec = { "Struct", names, 0, 1, 1 };
    KrObject *out[1];
    if (kr_modargs_parse_tuple(&spec, args, kwds, out) < 0) return -1;
    return struct_set_format((KrStructObject *)self, out[0]);
}

static int struct_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrStructObject *)o)->format);
    return 0;
}

static void struct_dealloc(KrObject *o)
{
    KrStructObject *s = (KrStructObject *)o;
    kr_gc_untrack(o);
    if (s->weakreflist && kr_weakref_clear_refs) kr_weakref_clear_refs(o);
    kr_mem_free(s->codes);
    KR_CLEAR(s->format);
    KR_TYPE(o)->tp_free(o);
}

/* Packs args[0..n) into buf (already zeroed, self->size bytes). 0 or -1. */
static int struct_pack_internal(KrStructObject *self, KrObject *const *args, char *buf)
{
    for (ssize_t i = 0; i < self->ncodes; i++) {
        const StructCode *code = &self->codes[i];
        const FormatDef *e = code->fmt;
        KrObject *v = args[i];
        char *res = buf + code->offset;
        if (e->format == 's' || e->format == 'p') {
            const char *data;
            ssize_t n;
            if (KR_BYTES_CHECK(v)) {
                data = KR_BYTES_DATA(v);
                n = KR_BYTES_LEN(v);
            } else if (KR_BYTEARRAY_CHECK(v)) {
                data = KR_BYTEARRAY_DATA(v);
                n = KR_BYTEARRAY_LEN(v);
            } else {
                kr_err_format(struct_error, "argument for '%c' must be a bytes object", e->format);
                return -1;
            }
            if (e->format == 's') {
                if (n > code->size) n = code->size;
                if (n > 0) memcpy(res, data, (size_t)n);
            } else {
                if (n > code->size - 1) n = code->size - 1;
                if (n > 0) memcpy(res + 1, data, (size_t)n);
                if (n > 255) n = 255;
                if (code->size > 0) *res = (char)(unsigned char)n;
            }
        } else if (e->pack(res, v, e) < 0) {
            if (KR_INT_CHECK(v) && kr_err_matches(kr_exc_OverflowError)) {
                kr_err_clear();
                kr_err_set_string(struct_error, "int too large to convert");
            }
            return -1;
        }
    }
    return 0;
}

static KrObject *struct_unpack_internal(KrStructObject *self, const char *buf)
{
    KrObject *t = kr_tuple_new(self->len);
    if (!t) return NULL;
    for (ssize_t i = 0; i < self->ncodes; i++) {
        const StructCode *code = &self->codes[i];
        const FormatDef *e = code->fmt;
        const char *p = buf + code->offset;
        KrObject *v;
        if (e->format == 's') {
            v = kr_bytes_from(p, code->size);
        } else if (e->format == 'p') {
            ssize_t n = code->size ? (unsigned char)p[0] : 0;
            if (n >= code->size) n = code->size ? code->size - 1 : 0;
            v = kr_bytes_from(code->size ? p + 1 : "", n);
        } else {
            v = e->unpack(p, e);
        }
        if (!v) { KR_DECREF(t); return NULL; }
        KR_TUPLE_SET_STEAL(t, i, v);
    }
    return t;
}

static KrObject *struct_pack_impl(KrStructObject *self, KrObject *const *args, ssize_t nargs)
{
    if (nargs != self->len)
        return kr_err_format(struct_error, "pack expected %zd items for packing (got %zd)", self->len, nargs);
    KrObject *r = kr_bytes_from(NULL, self->size);
    if (!r) return NULL;
    memset(KR_BYTES_DATA(r), 0, (size_t)self->size);
    if (struct_pack_internal(self, args, KR_BYTES_DATA(r)) < 0) { KR_DECREF(r); return NULL; }
    return r;
}

/* Gets a writable buffer as the "w*" converter does. */
static int get_writable_buffer(KrObject *o, KrBuffer *view)
{
    if (kr_object_get_buffer(o, view, KR_BUF_WRITABLE) < 0 || view->readonly) {
        if (!kr_err_occurred()) kr_buffer_release(view);
        kr_err_clear();
        kr_err_format(kr_exc_TypeError, "argument must be read-write bytes-like object, not %.100s",
                      KR_TYPE(o)->tp_name);
        return -1;
    }
    return 0;
}

static KrObject *struct_pack_into_impl(KrStructObject *self, KrObject *const *args, ssize_t nargs)
{
    if (nargs != self->len + 2) {
        if (nargs == 0) return kr_err_format(struct_error, "pack_into expected buffer argument");
        if (nargs == 1) return kr_err_format(struct_error, "pack_into expected offset argument");
        return kr_err_format(struct_error, "pack_into expected %zd items for packing (got %zd)", self->len,
                             nargs - 2);
    }
    KrBuffer view;
    if (get_writable_buffer(args[0], &view) < 0) return NULL;
    ssize_t offset = kr_number_as_ssize(args[1], kr_exc_IndexError);
    if (offset == -1 && kr_err_occurred()) goto fail;
    if (offset < 0) {
        if (offset + self->size > 0) {
            kr_err_format(struct_error, "no space to pack %zd bytes at offset %zd", self->size, offset);
            goto fail;
        }
        if (offset + view.len < 0) {
            kr_err_format(struct_error, "offset %zd out of range for %zd-byte buffer", offset, view.len);
            goto fail;
        }
        offset += view.len;
    }
    if (view.len - offset < self->size) {
        kr_err_format(struct_error,
                      "pack_into requires a buffer of at least %zu bytes for packing %zd bytes at offset %zd "
                      "(actual buffer size is %zd)",
                      (size_t)self->size + (size_t)offset, self->size, offset, view.len);
        goto fail;
    }
    char *dst = (char *)view.buf + offset;
    memset(dst, 0, (size_t)self->size);
    if (struct_pack_internal(self, args + 2, dst) < 0) goto fail;
    kr_buffer_release(&view);
    KR_RETURN_NONE;
fail:
    kr_buffer_release(&view);
    return NULL;
}

static KrObject *struct_unpack_impl(KrStructObject *self, KrObject *buffer)
{
    KrBuffer view;
    if (kr_object_get_buffer(buffer, &view, KR_BUF_SIMPLE) < 0) return NULL;
    KrObject *r;
    if (view.len != self->size)
        r = kr_err_format(struct_error, "unpack requires a buffer of %zd bytes", self->size);
    else
        r = struct_unpack_internal(self, view.buf);
    kr_buffer_release(&view);
    return r;
}

static KrObject *struct_unpack_from_impl(KrStructObject *self, KrObject *buffer, KrObject *off)
{
    ssize_t offset = 0;
    if (off) {
        KrObject *i = kr_number_index(off);
        if (!i) return NULL;
        offset = kr_int_as_ssize(i);
        KR_DECREF(i);
        if (offset == -1 && kr_err_occurred()) return NULL;
    }
    KrBuffer view;
    if (kr_object_get_buffer(buffer, &view, KR_BUF_SIMPLE) < 0) return NULL;
    KrObject *r = NULL;
    if (offset < 0) {
        if (offset + view.len < 0) {
            kr_err_format(struct_error, "offset %zd out of range for %zd-byte buffer", offset, view.len);
            goto done;
        }
        offset += view.len;
    }
    if (view.len - offset < self->size) {
        kr_err_format(struct_error,
                      "unpack_from requires a buffer of at least %zu bytes for unpacking %zd bytes at offset %zd "
                      "(actual buffer size is %zd)",
                      (size_t)self->size + (size_t)offset, self->size, offset, view.len);
        goto done;
    }
    r = struct_unpack_internal(self, (const char *)view.buf + offset);
done:
    kr_buffer_release(&view);
    return r;
}

/* ---- the iterator of iter_unpack ---- */

typedef struct {
    KrObject ob_base;
    KrStructObject *so;
    KrBuffer view;
    int have_view;
    ssize_t index;
} KrUnpackIterObject;

static KrObject *struct_iter_unpack_impl(KrStructObject *self, KrObject *buffer)
{
    if (self->size == 0)
        return kr_err_format(struct_error, "cannot iteratively unpack with a struct of length 0");
    KrUnpackIterObject *it = (KrUnpackIterObject *)kr_object_alloc(&kr_struct_unpackiter_type, 0);
    if (!it) return NULL;
    if (kr_object_get_buffer(buffer, &it->view, KR_BUF_SIMPLE) < 0) {
        KR_DECREF(it);
        return NULL;
    }
    it->have_view = 1;
    if (it->view.len % self->size != 0) {
        kr_err_format(struct_error, "iterative unpacking requires a buffer of a multiple of %zd bytes",
                      self->size);
        KR_DECREF(it);
        return NULL;
    }
    it->so = (KrStructObject *)kr_newref(self);
    kr_gc_track((KrObject *)it);
    return (KrObject *)it;
}

static void unpackiter_dealloc(KrObject *o)
{
    KrUnpackIterObject *it = (KrUnpackIterObject *)o;
    kr_gc_untrack(o);
    KR_CLEAR(it->so);
    if (it->have_view) { it->have_view = 0; kr_buffer_release(&it->view); }
    kr_object_free(o);
}

static int unpackiter_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrUnpackIterObject *it = (KrUnpackIterObject *)o;
    KR_VISIT(it->so);
    if (it->have_view) KR_VISIT(it->view.obj);
    return 0;
}

static KrObject *unpackiter_next(KrObject *o)
{
    KrUnpackIterObject *it = (KrUnpackIterObject *)o;
    if (!it->so) return NULL;
    if (it->index >= it->view.len) {
        KR_CLEAR(it->so);
        if (it->have_view) { it->have_view = 0; kr_buffer_release(&it->view); }
        return NULL;
    }
    KrObject *r = struct_unpack_internal(it->so, (const char *)it->view.buf + it->index);
    it->index += it->so->size;
    return r;
}

static KrObject *unpackiter_length_hint(KrObject *o, KrObject *unused)
{
    KrUnpackIterObject *it = (KrUnpackIterObject *)o;
    ssize_t n = it->so ? (it->view.len - it->index) / it->so->size : 0;
    return kr_int_from_ssize(n);
}

static KrObject *unpackiter_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    return kr_err_format(kr_exc_TypeError, "Cannot create 'unpack_iterator objects");
}

static KrMethodDef unpackiter_methods[] = {
    { "__length_hint__", (void *)unpackiter_length_hint, KR_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_struct_unpackiter_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "_struct.unpack_iterator",
    .tp_basicsize = sizeof(KrUnpackIterObject),
    .tp_dealloc = unpackiter_dealloc,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC,
    .tp_traverse = unpackiter_traverse,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = unpackiter_next,
    .tp_methods = unpackiter_methods,
    .tp_new = unpackiter_new,
    .tp_free = kr_object_free,
};

/* ---- Struct methods ---- */

static KrObject *Struct_pack(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    return struct_pack_impl((KrStructObject *)self, args, nargs);
}

static KrObject *Struct_pack_into(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    return struct_pack_into_impl((KrStructObject *)self, args, nargs);
}

static KrObject *Struct_unpack(KrObject *self, KrObject *buffer)
{
    return struct_unpack_impl((KrStructObject *)self, buffer);
}

static KrObject *Struct_unpack_from(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "buffer", "offset", NULL };
    static const KrArgSpec spec = { "unpack_from", names, 0, 2, 1 };
    KrObject *out[2];
    if (kr_args_parse(&spec, args, nargs, kwnames, out) < 0) return NULL;
    return struct_unpack_from_impl((KrStructObject *)self, out[0], out[1]);
}

static KrObject *Struct_iter_unpack(KrObject *self, KrObject *buffer)
{
    return struct_iter_unpack_impl((KrStructObject *)self, buffer);
}

static KrObject *Struct_sizeof(KrObject *self, KrObject *unused)
{
    KrStructObject *s = (KrStructObject *)self;
    return kr_int_from_ssize((ssize_t)sizeof(KrStructObject) + (s->ncodes + 1) * (ssize_t)sizeof(StructCode));
}

static KrObject *struct_get_format(KrObject *self, void *closure)
{
    KrObject *f = ((KrStructObject *)self)->format;
    return kr_str_from_latin1(KR_BYTES_DATA(f), KR_BYTES_LEN(f));
}

static KrObject *struct_get_size(KrObject *self, void *closure)
{
    return kr_int_from_ssize(((KrStructObject *)self)->size);
}

static KrMethodDef struct_methods[] = {
    { "iter_unpack", (void *)Struct_iter_unpack, KR_METH_O,
      "Return an iterator yielding tuples.\n\nTuples are unpacked from the given bytes source, like a repeated\n"
      "invocation of unpack_from().\n\nRequires that the bytes length be a multiple of the struct size." },
    { "pack", (void *)Struct_pack, KR_METH_FASTCALL,
      "S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... packed according\n"
      "to the format string S.format.  See help(struct) for more on format\nstrings." },
    { "pack_into", (void *)Struct_pack_into, KR_METH_FASTCALL,
      "S.pack_into(buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string S.format\n"
      "and write the packed bytes into the writable buffer buf starting at\noffset.  Note that the offset is a required "
      "argument.  See\nhelp(struct) for more on format strings." },
    { "unpack", (void *)Struct_unpack, KR_METH_O,
      "Return a tuple containing unpacked values.\n\nUnpack according to the format string Struct.format. The buffer's size\n"
      "in bytes must be Struct.size.\n\nSee help(struct) for more on format strings." },
    { "unpack_from", (void *)Struct_unpack_from, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Return a tuple containing unpacked values.\n\nValues are unpacked according to the format string Struct.format.\n\n"
      "The buffer's size in bytes, starting at position offset, must be\nat least Struct.size.\n\n"
      "See help(struct) for more on format strings." },
    { "__sizeof__", (void *)Struct_sizeof, KR_METH_NOARGS, "S.__sizeof__() -> size of S in memory, in bytes" },
    { NULL, NULL, 0, NULL },
};

static KrGetSetDef struct_getset[] = {
    { "format", struct_get_format, NULL, "struct format string", NULL },
    { "size", struct_get_size, NULL, "struct size in bytes", NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrTypeObject kr_struct_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "_struct.Struct",
    .tp_basicsize = sizeof(KrStructObject),
    .tp_dealloc = struct_dealloc,
    .tp_getattro = kr_object_generic_getattr,
    .tp_setattro = kr_object_generic_setattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_doc = "Struct(format)\n--\n\nCreate a compiled struct object.\n\n"
              "Return a new Struct object which writes and reads binary data according to\n"
              "the format string.\n\nSee help(struct) for more on format strings.",
    .tp_traverse = struct_traverse,
    .tp_weaklistoffset = offsetof(KrStructObject, weakreflist),
    .tp_methods = struct_methods,
    .tp_getset = struct_getset,
    .tp_init = struct_init,
    .tp_alloc = kr_object_alloc,
    .tp_new = struct_new,
    .tp_free = kr_object_free,
};

/* ---------------------------------------------------------------------------
 * Module functions: each looks the format up in the cache first.
 * ------------------------------------------------------------------------ */

/* The compiled Struct for fmt (new ref), from the cache or made and cached. */
static KrStructObject *struct_cached(KrObject *fmt)
{
    if (!struct_cache && !(struct_cache = kr_dict_new())) return NULL;
    KrObject *s = kr_dict_get_item_borrow(struct_cache, fmt);
    if (s) return (KrStructObject *)kr_newref(s);
    if (kr_err_occurred()) return NULL;
    s = kr_object_call_one((KrObject *)&kr_struct_type, fmt);
    if (!s) return NULL;
    if (kr_dict_size(struct_cache) >= STRUCT_CACHE_MAX) kr_dict_clear(struct_cache);
    if (kr_dict_set_item(struct_cache, fmt, s) < 0) { KR_DECREF(s); return NULL; }
    return (KrStructObject *)s;
}

static KrObject *struct_clearcache(KrObject *m, KrObject *unused)
{
    if (struct_cache) kr_dict_clear(struct_cache);
    KR_RETURN_NONE;
}

static KrObject *struct_calcsize(KrObject *m, KrObject *fmt)
{
    KrStructObject *s = struct_cached(fmt);
    if (!s) return NULL;
    KrObject *r = kr_int_from_ssize(s->size);
    KR_DECREF(s);
    return r;
}

static KrObject *struct_pack(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (nargs == 0) return kr_err_format(kr_exc_TypeError, "missing format argument");
    KrStructObject *s = struct_cached(args[0]);
    if (!s) return NULL;
    KrObject *r = struct_pack_impl(s, args + 1, nargs - 1);
    KR_DECREF(s);
    return r;
}

static KrObject *struct_pack_into(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (nargs == 0) return kr_err_format(kr_exc_TypeError, "missing format argument");
    KrStructObject *s = struct_cached(args[0]);
    if (!s) return NULL;
    KrObject *r = struct_pack_into_impl(s, args + 1, nargs - 1);
    KR_DECREF(s);
    return r;
}

static KrObject *struct_unpack(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("unpack", nargs, 2, 2) < 0) return NULL;
    KrStructObject *s = struct_cached(args[0]);
    if (!s) return NULL;
    KrObject *r = struct_unpack_impl(s, args[1]);
    KR_DECREF(s);
    return r;
}

static KrObject *struct_unpack_from(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "format", "buffer", "offset", NULL };
    static const KrArgSpec spec = { "unpack_from", names, 1, 3, 2 };
    KrObject *out[3];
    if (kr_args_parse(&spec, args, nargs, kwnames, out) < 0) return NULL;
    KrStructObject *s = struct_cached(out[0]);
    if (!s) return NULL;
    KrObject *r = struct_unpack_from_impl(s, out[1], out[2]);
    KR_DECREF(s);
    return r;
}

static KrObject *struct_iter_unpack(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("iter_unpack", nargs, 2, 2) < 0) return NULL;
    KrStructObject *s = struct_cached(args[0]);
    if (!s) return NULL;
    KrObject *r = struct_iter_unpack_impl(s, args[1]);
    KR_DECREF(s);
    return r;
}

static KrMethodDef struct_functions[] = {
    { "_clearcache", (void *)struct_clearcache, KR_METH_NOARGS, "Clear the internal cache." },
    { "calcsize", (void *)struct_calcsize, KR_METH_O,
      "Return size in bytes of the struct described by the format string." },
    { "iter_unpack", (void *)struct_iter_unpack, KR_METH_FASTCALL,
      "Return an iterator yielding tuples unpacked from the given bytes.\n\n"
      "The bytes are unpacked according to the format string, like\na repeated invocation of unpack_from().\n\n"
      "Requires that the bytes length be a multiple of the format struct size." },
    { "pack", (void *)struct_pack, KR_METH_FASTCALL,
      "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values v1, v2, ... packed according\n"
      "to the format string.  See help(struct) for more on format strings." },
    { "pack_into", (void *)struct_pack_into, KR_METH_FASTCALL,
      "pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string\n"
      "and write the packed bytes into the writable buffer buf starting at offset." },
    { "unpack", (void *)struct_unpack, KR_METH_FASTCALL,
      "Return a tuple containing values unpacked according to the format string.\n\n"
      "The buffer's size in bytes must be calcsize(format)." },
    { "unpack_from", (void *)struct_unpack_from, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Return a tuple containing values unpacked according to the format string.\n\n"
      "The buffer's size, minus offset, must be at least calcsize(format)." },
    { NULL, NULL, 0, NULL },
};

static int struct_exec(KrObject *m)
{
    struct_swap_native();
    if (kr_type_ready(&kr_struct_type) < 0) return -1;
    if (kr_type_ready(&kr_struct_unpackiter_type) < 0) return -1;
    if (!struct_error) {
        struct_error = kr_type_new_simple("struct.error", (KrTypeObject *)kr_exc_Exception, NULL);
        if (!struct_error) return -1;
    }
    if (kr_module_add_steal(m, "error", kr_newref(struct_error)) < 0) return -1;
    if (kr_module_add_steal(m, "Struct", kr_newref(&kr_struct_type)) < 0) return -1;
    return 0;
}

KrModuleDef kr_structmodule_def = {
    .name = "_struct",
    .doc = "Functions to convert between Python values and C structs.\n"
           "Python bytes objects are used to hold the data representing the C struct\n"
           "and also as format strings (explained below) to describe the layout of data\n"
           "in the C struct.\n\n"
           "The optional first format char indicates byte order, size and alignment:\n"
           "  @: native order, size & alignment (default)\n"
           "  =: native order, std. size & alignment\n"
           "  <: little-endian, std. size & alignment\n"
           "  >: big-endian, std. size & alignment\n"
           "  !: same as >\n\n"
           "The remaining chars indicate types of args and must match exactly;\n"
           "these can be preceded by a decimal repeat count:\n"
           "  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;\n"
           "  ?: _Bool (requires C99; if not available, char is used instead)\n"
           "  h:short; H:unsigned short; i:int; I:unsigned int;\n"
           "  l:long; L:unsigned long; f:float; d:double; e:half-float.\n"
           "Special cases (preceding decimal count indicates length):\n"
           "  s:string (array of char); p: pascal string (with count byte).\n"
           "Special cases (only available in native format):\n"
           "  n:ssize_t; N:size_t;\n"
           "  P:an integer type that is wide enough to hold a pointer.\n"
           "Special case (not in native mode unless 'long long' in platform C compiler):\n"
           "  q:long long; Q:unsigned long long\n"
           "Whitespace between formats is ignored.\n\n"
           "The variable struct.error is an exception raised on errors.\n",
    .methods = struct_functions,
    .exec = struct_exec,
};
