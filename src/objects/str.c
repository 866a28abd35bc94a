/* str.c — the str type's core: compact storage (PEP 393 kinds), the shared
 * singletons, constructors, hashing, equality and ordering, interning, repr,
 * indexing and slicing, the type object and the str iterator.
 * Methods live in str_methods.c, formatting in str_format.c, codecs in
 * str_codecs.c, the builder and kr_str_from_format in str_builder.c. */
#define _GNU_SOURCE 1 /* memmem, memrchr */
#include "str.h"
#include "str_impl.h"
#include "str_unicode.h"
#include "str_codecs.h"
#include "hash.h"
#include "int.h"
#include "slice.h"
#include "tuple.h"
#include "dict.h"
#include "bytes.h"
#include "../vm/err.h"
#include "../memory/mem.h"
#include "../vm/state.h"

#include <string.h>
#include <stdint.h>

/* ---------------------------------------------------------------------------
 * Allocation and the singletons
 * ------------------------------------------------------------------------ */

static KrStrObject *str_empty;
static KrStrObject *str_latin1[256];

KrObject *kr_str_new_kind(ssize_t length, int kind, int ascii)
{
    if (length < 0) return kr_err_bad_internal_call();
    if ((size_t)length > (PTRDIFF_MAX - sizeof(KrStrObject)) / (size_t)kind - 1)
        return kr_err_no_memory();
    KrStrObject *s = kr_mem_alloc(sizeof(KrStrObject) + (size_t)(length + 1) * (size_t)kind);
    if (!s) return kr_err_no_memory();
    s->ob_base.ob_refcnt = 1;
    s->ob_base.ob_type = &kr_str_type;
    KR_REF_TOTAL_INC();
    s->length = length;
    s->hash = -1;
    s->kind = (uint8_t)kind;
    s->ascii = (uint8_t)ascii;
    s->interned = 0;
    s->data = s + 1;
    s->utf8 = ascii ? (char *)s->data : NULL;
    s->utf8_length = ascii ? length : 0;
    kr_str_write(kind, s->data, length, 0);
    return (KrObject *)s;
}

KrObject *kr_str_new(ssize_t length, uint32_t maxchar)
{
    return kr_str_new_kind(length, kr_str_kind_for(maxchar), maxchar < 128);
}

static KrStrObject *str_make_immortal(KrObject *o)
{
    if (o) o->ob_refcnt = KR_IMMORTAL_REFCNT;
    return (KrStrObject *)o;
}

static KrObject *str_get_empty(void)
{
    if (!str_empty) {
        str_empty = str_make_immortal(kr_str_new_kind(0, 1, 1));
        if (!str_empty) return NULL;
        str_empty->hash = 0;
    }
    return kr_newref(str_empty);
}

KrObject *kr_str_empty_borrow(void)
{
    if (!str_empty) {
        KrObject *e = str_get_empty();
        if (!e) return NULL;
        KR_DECREF(e);
    }
    return (KrObject *)str_empty;
}

static KrObject *str_get_latin1(uint32_t ch)
{
    KrStrObject *s = str_latin1[ch];
    if (!s) {
        s = str_make_immortal(kr_str_new_kind(1, 1, ch < 128));
        if (!s) return NULL;
        ((uint8_t *)s->data)[0] = (uint8_t)ch;
        str_latin1[ch] = s;
    }
    return kr_newref(s);
}

KrObject *kr_str_from_char(uint32_t ch)
{
    if (ch < 256) return str_get_latin1(ch);
    if (ch > 0x10FFFF) return kr_err_format(kr_exc_ValueError, "chr() arg not in range(0x110000)");
    KrObject *s = kr_str_new(1, ch);
    if (!s) return NULL;
    kr_str_write(KR_STR_KIND(s), KR_STR_DATA(s), 0, ch);
    return s;
}

static void str_dealloc(KrObject *o)
{
    KrStrObject *s = (KrStrObject *)o;
    if (s->utf8 && s->utf8 != (char *)s->data) kr_mem_free(s->utf8);
    if (s->data != (void *)(s + 1)) kr_mem_free(s->data);
    if (KR_TYPE(o) == &kr_str_type) kr_mem_free(o);
    else KR_TYPE(o)->tp_free(o);
}

/* ---------------------------------------------------------------------------
 * Building from raw data
 * ------------------------------------------------------------------------ */

uint32_t kr_str_max_char(int kind, const void *data, ssize_t n)
{
    uint32_t m = 0;
    if (kind == 1) {
        const uint8_t *p = data;
        for (ssize_t i = 0; i < n; i++) if (p[i] > m) m = p[i];
    } else if (kind == 2) {
        const uint16_t *p = data;
        for (ssize_t i = 0; i < n; i++) if (p[i] > m) m = p[i];
    } else {
        const uint32_t *p = data;
        for (ssize_t i = 0; i < n; i++) if (p[i] > m) m = p[i];
    }
    return m;
}

void kr_str_copy_chars(void *dst, int dk, ssize_t dpos, const void *src, int sk, ssize_t spos,
                       ssize_t n)
{
    if (n <= 0) return;
    if (dk == sk) {
        memcpy((char *)dst + dpos * dk, (const char *)src + spos * sk, (size_t)n * (size_t)dk);
        return;
    }
    if (sk == 1 && dk == 2) {
        const uint8_t *s = (const uint8_t *)src + spos;
        uint16_t *d = (uint16_t *)dst + dpos;
        for (ssize_t i = 0; i < n; i++) d[i] = s[i];
    } else if (sk == 1 && dk == 4) {
        const uint8_t *s = (const uint8_t *)src + spos;
        uint32_t *d = (uint32_t *)dst + dpos;
        for (ssize_t i = 0; i < n; i++) d[i] = s[i];
    } else if (sk == 2 && dk == 4) {
        const uint16_t *s = (const uint16_t *)src + spos;
        uint32_t *d = (uint32_t *)dst + dpos;
        for (ssize_t i = 0; i < n; i++) d[i] = s[i];
    } else {
        /* Narrowing: only valid when every character fits. */
        for (ssize_t i = 0; i < n; i++)
            kr_str_write(dk, dst, dpos + i, kr_str_read(sk, src, spos + i));
    }
}

KrObject *kr_str_from_kind_data(int kind, const void *data, ssize_t n)
{
    if (n == 0) return str_get_empty();
    uint32_t m = kr_str_max_char(kind, data, n);
    if (n == 1 && m < 256) return str_get_latin1(m);
    KrObject *s = kr_str_new(n, m);
    if (!s) return NULL;
    kr_str_copy_chars(KR_STR_DATA(s), KR_STR_KIND(s), 0, data, kind, 0, n);
    return s;
}

KrObject *kr_str_canonicalize_steal(KrObject *s)
{
    ssize_t n = KR_STR_LEN(s);
    int kind = KR_STR_KIND(s);
    uint32_t m = kr_str_max_char(kind, KR_STR_DATA(s), n);
    if (n == 0) { KR_DECREF(s); return str_get_empty(); }
    if (n == 1 && m < 256) { KR_DECREF(s); return str_get_latin1(m); }
    int want = kr_str_kind_for(m);
    if (want == kind) {
        KrStrObject *o = (KrStrObject *)s;
        int ascii = m < 128;
        if (ascii && !o->ascii && (kind == 1)) {
            o->ascii = 1;
            if (o->utf8 && o->utf8 != (char *)o->data) kr_mem_free(o->utf8);
            o->utf8 = (char *)o->data;
            o->utf8_length = n;
        }
        return s;
    }
    KrObject *r = kr_str_new(n, m);
    if (r) kr_str_copy_chars(KR_STR_DATA(r), want, 0, KR_STR_DATA(s), kind, 0, n);
    KR_DECREF(s);
    return r;
}

KrObject *kr_str_from_ucs4(const uint32_t *cps, ssize_t n)
{
    return kr_str_from_kind_data(4, cps, n);
}

KrObject *kr_str_from_latin1(const char *s, ssize_t size)
{
    return kr_str_from_kind_data(1, s, size);
}

KrObject *kr_str_from_ascii(const char *s, ssize_t size)
{
    if (size == 0) return str_get_empty();
    if (size == 1) return str_get_latin1((uint8_t)s[0]);
    KrObject *r = kr_str_new_kind(size, 1, 1);
    if (r) memcpy(KR_STR_DATA(r), s, (size_t)size);
    return r;
}

KrObject *kr_str_from_cstr(const char *s)
{
    return kr_str_from_utf8(s, (ssize_t)strlen(s));
}

/* ---------------------------------------------------------------------------
 * UTF-8 views
 * ------------------------------------------------------------------------ */

const char *kr_str_as_utf8(KrObject *o, ssize_t *size)
{
    KrStrObject *s = (KrStrObject *)o;
    if (s->utf8) {
        if (size) *size = s->utf8_length;
        return s->utf8;
    }
    int kind = s->kind;
    const void *data = s->data;
    ssize_t n = s->length, total = 0;
    for (ssize_t i = 0; i < n; i++) {
        uint32_t ch = kr_str_read(kind, data, i);
        if (ch < 0x80) total += 1;
        else if (ch < 0x800) total += 2;
        else if (ch < 0x10000) {
            if (ch >= 0xD800 && ch <= 0xDFFF) {
                kr_codecs_raise_encode_error("utf-8", o, i, i + 1, "surrogates not allowed");
                return NULL;
            }
            total += 3;
        } else total += 4;
    }
    char *buf = kr_mem_alloc((size_t)total + 1);
    if (!buf) { kr_err_no_memory(); return NULL; }
    char *p = buf;
    for (ssize_t i = 0; i < n; i++) {
        uint32_t ch = kr_str_read(kind, data, i);
        if (ch < 0x80) *p++ = (char)ch;
        else if (ch < 0x800) {
            *p++ = (char)(0xC0 | (ch >> 6));
            *p++ = (char)(0x80 | (ch & 0x3F));
        } else if (ch < 0x10000) {
            *p++ = (char)(0xE0 | (ch >> 12));
            *p++ = (char)(0x80 | ((ch >> 6) & 0x3F));
            *p++ = (char)(0x80 | (ch & 0x3F));
        } else {
            *p++ = (char)(0xF0 | (ch >> 18));
            *p++ = (char)(0x80 | ((ch >> 12) & 0x3F));
            *p++ = (char)(0x80 | ((ch >> 6) & 0x3F));
            *p++ = (char)(0x80 | (ch & 0x3F));
        }
    }
    *p = '\0';
    s->utf8 = buf;
    s->utf8_length = total;
    if (size) *size = total;
    return buf;
}

const char *kr_str_as_cstr(KrObject *s)
{
    ssize_t n;
    const char *u = kr_str_as_utf8(s, &n);
    if (!u) return NULL;
    if ((ssize_t)strlen(u) != n) {
        kr_err_set_string(kr_exc_ValueError, "embedded null character");
        return NULL;
    }
    return u;
}

/* ---------------------------------------------------------------------------
 * Concatenation and substrings
 * ------------------------------------------------------------------------ */

KrObject *kr_str_exact_copy(KrObject *s)
{
    if (KR_STR_CHECK_EXACT(s)) return kr_newref(s);
    return kr_str_from_kind_data(KR_STR_KIND(s), KR_STR_DATA(s), KR_STR_LEN(s));
}

KrObject *kr_str_concat(KrObject *a, KrObject *b)
{
    if (!KR_STR_CHECK(a))
        return kr_err_format(kr_exc_TypeError, "must be str, not %.100s", KR_TYPE(a)->tp_name);
    if (!KR_STR_CHECK(b))
        return kr_err_format(kr_exc_TypeError, "can only concatenate str (not \"%.200s\") to str",
                             KR_TYPE(b)->tp_name);
    KrStrObject *x = (KrStrObject *)a, *y = (KrStrObject *)b;
    if (x->length == 0) return kr_str_exact_copy(b);
    if (y->length == 0) return kr_str_exact_copy(a);
    if (x->length > PTRDIFF_MAX - y->length)
        return kr_err_format(kr_exc_OverflowError, "strings are too large to concat");
    int kind = x->kind > y->kind ? x->kind : y->kind;
    KrObject *r = kr_str_new_kind(x->length + y->length, kind, x->ascii && y->ascii);
    if (!r) return NULL;
    void *d = KR_STR_DATA(r);
    kr_str_copy_chars(d, kind, 0, x->data, x->kind, 0, x->length);
    kr_str_copy_chars(d, kind, x->length, y->data, y->kind, 0, y->length);
    return r;
}

int kr_str_append_inplace(KrObject **pa, KrObject *b)
{
    KrObject *a = *pa;
    if (KR_STR_CHECK_EXACT(a) && KR_STR_CHECK(b) && KR_REFCNT(a) == 1) {
        KrStrObject *x = (KrStrObject *)a, *y = (KrStrObject *)b;
        if (!x->interned && x->data == (void *)(x + 1) && y->kind <= x->kind && y->length > 0
            && x->length <= PTRDIFF_MAX / 8 - y->length) {
            ssize_t n = x->length + y->length;
            int kind = x->kind;
            if (x->utf8 && x->utf8 != (char *)x->data) kr_mem_free(x->utf8);
            x->utf8 = NULL;
            KrStrObject *nx = kr_mem_realloc(x, sizeof(KrStrObject) + (size_t)(n + 1) * kind);
            if (!nx) {
                /* the old block is untouched: repair its utf8 view */
                if (x->ascii) { x->utf8 = (char *)x->data; x->utf8_length = x->length; }
                KR_CLEAR(*pa);
                kr_err_no_memory();
                return -1;
            }
            nx->data = nx + 1;
            kr_str_copy_chars(nx->data, kind, nx->length, y->data, y->kind, 0, y->length);
            nx->length = n;
            kr_str_write(kind, nx->data, n, 0);
            nx->hash = -1;
            nx->ascii = nx->ascii && y->ascii;
            nx->utf8 = nx->ascii ? (char *)nx->data : NULL;
            nx->utf8_length = nx->ascii ? n : 0;
            *pa = (KrObject *)nx;
            return 0;
        }
    }
    KrObject *r = kr_str_concat(a, b);
    KR_SETREF(*pa, r);
    return r ? 0 : -1;
}

KrObject *kr_str_substring(KrObject *s, ssize_t start, ssize_t end)
{
    ssize_t n = KR_STR_LEN(s);
    if (start < 0) start = 0;
    if (end > n) end = n;
    if (start >= end) return str_get_empty();
    if (start == 0 && end == n && KR_STR_CHECK_EXACT(s)) return kr_newref(s);
    int kind = KR_STR_KIND(s);
    const char *p = (const char *)KR_STR_DATA(s) + start * kind;
    if (KR_STR_IS_ASCII(s)) return kr_str_from_ascii(p, end - start);
    return kr_str_from_kind_data(kind, p, end - start);
}

/* ---------------------------------------------------------------------------
 * Comparison and hashing
 * ------------------------------------------------------------------------ */

int kr_str_equal(KrObject *a, KrObject *b)
{
    return kr_str_eq_fast(a, b);
}

int kr_str_equal_cstr(KrObject *a, const char *s)
{
    size_t n = strlen(s);
    if (KR_STR_KIND(a) != 1 || (size_t)KR_STR_LEN(a) != n) return 0;
    return memcmp(KR_STR_DATA(a), s, n) == 0;
}

int kr_str_compare(KrObject *a, KrObject *b)
{
    KrStrObject *x = (KrStrObject *)a, *y = (KrStrObject *)b;
    ssize_t n = x->length < y->length ? x->length : y->length;
    if (x->kind == 1 && y->kind == 1) {
        int c = memcmp(x->data, y->data, (size_t)n);
        if (c) return c < 0 ? -1 : 1;
    } else {
        for (ssize_t i = 0; i < n; i++) {
            uint32_t c1 = kr_str_read(x->kind, x->data, i), c2 = kr_str_read(y->kind, y->data, i);
            if (c1 != c2) return c1 < c2 ? -1 : 1;
        }
    }
    return x->length < y->length ? -1 : x->length > y->length ? 1 : 0;
}

kr_hash_t kr_str_hash(KrObject *o)
{
    KrStrObject *s = (KrStrObject *)o;
    if (s->hash != -1) return s->hash;
    s->hash = kr_hash_bytes(s->data, (size_t)s->length * s->kind);
    return s->hash;
}

static kr_hash_t str_hash(KrObject *o)
{
    return kr_str_hash_fast(o);
}

static KrObject *str_richcompare(KrObject *a, KrObject *b, int op)
{
    if (!KR_STR_CHECK(a) || !KR_STR_CHECK(b)) KR_RETURN_NOTIMPLEMENTED;
    int r;
    switch (op) {
    case KR_EQ: return kr_bool_from(kr_str_eq_fast(a, b));
    case KR_NE: return kr_bool_from(!kr_str_eq_fast(a, b));
    case KR_LT: r = kr_str_compare(a, b) < 0; break;
    case KR_LE: r = kr_str_compare(a, b) <= 0; break;
    case KR_GT: r = kr_str_compare(a, b) > 0; break;
    default: r = kr_str_compare(a, b) >= 0; break;
    }
    return kr_bool_from(r);
}

/* ---------------------------------------------------------------------------
 * Searching
 * ------------------------------------------------------------------------ */

ssize_t kr_str_search(int hk, const void *hay, ssize_t n, int nk, const void *needle, ssize_t m,
                      int direction)
{
    if (m == 0) return direction > 0 ? 0 : n;
    if (m > n) return -1;
    /* A needle wider than the haystack's kind holds a character the
     * haystack cannot contain (kinds are canonical). */
    if (nk > hk) {
        uint32_t mx = kr_str_max_char(nk, needle, m);
        if (kr_str_kind_for(mx) > hk) return -1;
    }
    uint32_t first = kr_str_read(nk, needle, 0);
    if (m == 1) {
        if (hk == 1) {
            if (first > 255) return -1;
            const void *p = direction > 0 ? memchr(hay, (int)first, (size_t)n)
                                          : memrchr(hay, (int)first, (size_t)n);
            return p ? (const uint8_t *)p - (const uint8_t *)hay : -1;
        }
        if (direction > 0) {
            for (ssize_t i = 0; i < n; i++) if (kr_str_read(hk, hay, i) == first) return i;
        } else {
            for (ssize_t i = n - 1; i >= 0; i--) if (kr_str_read(hk, hay, i) == first) return i;
        }
        return -1;
    }
    if (hk == 1 && nk == 1 && direction > 0) {
        const void *p = memmem(hay, (size_t)n, needle, (size_t)m);
        return p ? (const uint8_t *)p - (const uint8_t *)hay : -1;
    }
    /* Generic: widen the needle to the haystack's kind when needed, then
     * check candidates by their first character with memcmp. */
    const void *nd = needle;
    void *tmp = NULL;
    uint32_t stackbuf[64];
    if (nk != hk) {
        tmp = (size_t)m * hk <= sizeof stackbuf ? (void *)stackbuf : kr_mem_alloc((size_t)m * hk);
        if (!tmp) {
            /* fall back to character-by-character comparison */
            for (ssize_t i = direction > 0 ? 0 : n - m; direction > 0 ? i <= n - m : i >= 0;
                 i += direction) {
                ssize_t j = 0;
                while (j < m && kr_str_read(hk, hay, i + j) == kr_str_read(nk, needle, j)) j++;
                if (j == m) return i;
            }
            return -1;
        }
        kr_str_copy_chars(tmp, hk, 0, needle, nk, 0, m);
        nd = tmp;
    }
    ssize_t result = -1;
    size_t bytes = (size_t)m * hk;
    const char *h = hay;
    if (direction > 0) {
        for (ssize_t i = 0; i <= n - m; i++)
            if (kr_str_read(hk, hay, i) == first && memcmp(h + i * hk, nd, bytes) == 0) {
                result = i;
                break;
            }
    } else {
        for (ssize_t i = n - m; i >= 0; i--)
            if (kr_str_read(hk, hay, i) == first && memcmp(h + i * hk, nd, bytes) == 0) {
                result = i;
                break;
            }
    }
    if (tmp && tmp != (void *)stackbuf) kr_mem_free(tmp);
    return result;
}

ssize_t kr_str_count_in(int hk, const void *hay, ssize_t n, int nk, const void *needle, ssize_t m,
                        ssize_t maxcount)
{
    if (m == 0) return n + 1 < maxcount ? n + 1 : maxcount;
    ssize_t count = 0, pos = 0;
    while (count < maxcount && pos <= n - m) {
        ssize_t i = kr_str_search(hk, (const char *)hay + pos * hk, n - pos, nk, needle, m, 1);
        if (i < 0) break;
        count++;
        pos += i + m;
    }
    return count;
}

void kr_str_adjust_indices(ssize_t *start, ssize_t *end, ssize_t len)
{
    if (*end > len) *end = len;
    else if (*end < 0) { *end += len; if (*end < 0) *end = 0; }
    if (*start < 0) { *start += len; if (*start < 0) *start = 0; }
}

ssize_t kr_str_find(KrObject *s, KrObject *sub, ssize_t start, ssize_t end, int direction)
{
    ssize_t len = KR_STR_LEN(s);
    kr_str_adjust_indices(&start, &end, len);
    if (end - start < KR_STR_LEN(sub)) return -1;
    int k = KR_STR_KIND(s);
    ssize_t i = kr_str_search(k, (const char *)KR_STR_DATA(s) + start * k, end - start,
                              KR_STR_KIND(sub), KR_STR_DATA(sub), KR_STR_LEN(sub), direction);
    return i < 0 ? -1 : i + start;
}

ssize_t kr_str_find_char(KrObject *s, uint32_t ch, ssize_t start, ssize_t end)
{
    ssize_t len = KR_STR_LEN(s);
    kr_str_adjust_indices(&start, &end, len);
    int k = KR_STR_KIND(s);
    for (ssize_t i = start; i < end; i++)
        if (kr_str_read(k, KR_STR_DATA(s), i) == ch) return i;
    return -1;
}

/* ---------------------------------------------------------------------------
 * Interning: an open-addressing set of exact strs that it keeps alive.
 * ------------------------------------------------------------------------ */

static KrObject **intern_table;
static size_t intern_cap, intern_used;

static size_t intern_slot(KrObject **table, size_t cap, KrObject *s)
{
    size_t mask = cap - 1, i = (size_t)kr_str_hash_fast(s) & mask;
    while (table[i] && !kr_str_eq_fast(table[i], s)) i = (i + 1) & mask;
    return i;
}

static int intern_grow(void)
{
    size_t ncap = intern_cap ? intern_cap * 2 : 4096;
    KrObject **nt = kr_raw_calloc(ncap, sizeof(KrObject *));
    if (!nt) return -1;
    for (size_t i = 0; i < intern_cap; i++)
        if (intern_table[i]) nt[intern_slot(nt, ncap, intern_table[i])] = intern_table[i];
    kr_raw_free(intern_table);
    intern_table = nt;
    intern_cap = ncap;
    return 0;
}

void kr_str_intern_in_place(KrObject **p)
{
    KrObject *s = *p;
    if (!s || !KR_STR_CHECK_EXACT(s) || ((KrStrObject *)s)->interned) return;
    if ((intern_used + 1) * 3 >= intern_cap * 2 && intern_grow() < 0) return;
    size_t i = intern_slot(intern_table, intern_cap, s);
    if (intern_table[i]) {
        KR_SETREF(*p, kr_newref(intern_table[i]));
        return;
    }
    intern_table[i] = kr_newref(s);
    intern_used++;
    ((KrStrObject *)s)->interned = 1;
}

KrObject *kr_str_intern_cstr(const char *s)
{
    /* Fast path for the common ASCII identifier already interned: probe
     * the table with the C string itself, allocating nothing. An ASCII str
     * hashes exactly its bytes. */
    size_t n = strlen(s);
    int ascii = 1;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80) { ascii = 0; break; }
    if (ascii && intern_cap) {
        size_t mask = intern_cap - 1, i = (size_t)kr_hash_bytes(s, n) & mask;
        KrObject *e;
        while ((e = intern_table[i])) {
            if (KR_STR_KIND(e) == 1 && (size_t)KR_STR_LEN(e) == n && memcmp(KR_STR_DATA(e), s, n) == 0)
                return kr_newref(e);
            i = (i + 1) & mask;
        }
    }
    KrObject *o = kr_str_from_cstr(s);
    if (o) kr_str_intern_in_place(&o);
    return o;
}

/* ---------------------------------------------------------------------------
 * repr
 * ------------------------------------------------------------------------ */

int kr_str_char_isprintable(uint32_t ch)
{
    return kr_unicode_isprintable(ch);
}

static const char hexdigits[] = "0123456789abcdef";

KrObject *kr_str_repr(KrObject *s)
{
    ssize_t n = KR_STR_LEN(s);
    int kind = KR_STR_KIND(s);
    const void *data = KR_STR_DATA(s);
    ssize_t squote = 0, dquote = 0, osize = 0;
    uint32_t maxch = 127;
    for (ssize_t i = 0; i < n; i++) {
        uint32_t ch = kr_str_read(kind, data, i);
        ssize_t incr = 1;
        switch (ch) {
        case '\'': squote++; break;
        case '"': dquote++; break;
        case '\\': case '\t': case '\r': case '\n': incr = 2; break;
        default:
            if (ch < ' ' || ch == 0x7f) incr = 4;
            else if (ch < 0x7f) incr = 1;
            else if (kr_unicode_isprintable(ch)) { if (ch > maxch) maxch = ch; }
            else if (ch < 0x100) incr = 4;
            else if (ch < 0x10000) incr = 6;
            else incr = 10;
        }
        osize += incr;
    }
    uint32_t quote = '\'';
    if (squote) {
        if (dquote) osize += squote;
        else quote = '"';
    }
    osize += 2;
    KrObject *r = kr_str_new(osize, maxch);
    if (!r) return NULL;
    int ok = KR_STR_KIND(r);
    void *od = KR_STR_DATA(r);
    ssize_t o = 0;
#define PUT(c) kr_str_write(ok, od, o++, (c))
    PUT(quote);
    for (ssize_t i = 0; i < n; i++) {
        uint32_t ch = kr_str_read(kind, data, i);
        if (ch == quote || ch == '\\') { PUT('\\'); PUT(ch); continue; }
        if (ch == '\t') { PUT('\\'); PUT('t'); continue; }
        if (ch == '\n') { PUT('\\'); PUT('n'); continue; }
        if (ch == '\r') { PUT('\\'); PUT('r'); continue; }
        if (ch >= ' ' && ch < 0x7f) { PUT(ch); continue; }
        if (ch >= 0x7f && ch != 0x7f && kr_unicode_isprintable(ch)) { PUT(ch); continue; }
        PUT('\\');
        if (ch < 0x100) {
            PUT('x');
            PUT(hexdigits[(ch >> 4) & 0xf]);
            PUT(hexdigits[ch & 0xf]);
        } else if (ch < 0x10000) {
            PUT('u');
            for (int sh = 12; sh >= 0; sh -= 4) PUT(hexdigits[(ch >> sh) & 0xf]);
        } else {
            PUT('U');
            for (int sh = 28; sh >= 0; sh -= 4) PUT(hexdigits[(ch >> sh) & 0xf]);
        }
    }
    PUT(quote);
#undef PUT
    return r;
}

KrObject *kr_str_ascii_escape(KrObject *s)
{
    if (KR_STR_IS_ASCII(s)) return kr_str_exact_copy(s);
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    ssize_t n = KR_STR_LEN(s);
    int kind = KR_STR_KIND(s);
    const void *data = KR_STR_DATA(s);
    for (ssize_t i = 0; i < n; i++) {
        uint32_t ch = kr_str_read(kind, data, i);
        char buf[12];
        int len = 0;
        if (ch < 0x80) { if (kr_strbuilder_append_char(&b, ch) < 0) goto fail; continue; }
        buf[len++] = '\\';
        if (ch < 0x100) {
            buf[len++] = 'x';
            buf[len++] = hexdigits[(ch >> 4) & 0xf];
            buf[len++] = hexdigits[ch & 0xf];
        } else if (ch < 0x10000) {
            buf[len++] = 'u';
            for (int sh = 12; sh >= 0; sh -= 4) buf[len++] = hexdigits[(ch >> sh) & 0xf];
        } else {
            buf[len++] = 'U';
            for (int sh = 28; sh >= 0; sh -= 4) buf[len++] = hexdigits[(ch >> sh) & 0xf];
        }
        if (kr_strbuilder_append_ascii(&b, buf, len) < 0) goto fail;
    }
    return kr_strbuilder_finish(&b);
fail:
    kr_strbuilder_discard(&b);
    return NULL;
}

static KrObject *str_repr_slot(KrObject *s)
{
    return kr_str_repr(s);
}

static KrObject *str_str(KrObject *s)
{
    return kr_str_exact_copy(s);
}

/* ---------------------------------------------------------------------------
 * Sequence and mapping protocol
 * ------------------------------------------------------------------------ */

static ssize_t str_length(KrObject *s)
{
    return KR_STR_LEN(s);
}

static KrObject *str_item(KrObject *s, ssize_t i)
{
    if (i < 0 || i >= KR_STR_LEN(s)) {
        kr_err_set_string(kr_exc_IndexError, "string index out of range");
        return NULL;
    }
    return kr_str_from_char(KR_STR_READ_CHAR(s, i));
}

static KrObject *str_subscript(KrObject *s, KrObject *key)
{
    if (KR_INT_CHECK_EXACT(key) && KR_INT_IS_SMALL(key)) {
        int64_t i = KR_INT_SMALL_VALUE(key);
        if (i < 0) i += KR_STR_LEN(s);
        return str_item(s, (ssize_t)i);
    }
    if (KR_SLICE_CHECK(key)) {
        ssize_t start, stop, step, slen;
        if (kr_slice_get_indices(key, KR_STR_LEN(s), &start, &stop, &step, &slen) < 0)
            return NULL;
        if (slen <= 0) return str_get_empty();
        if (step == 1) return kr_str_substring(s, start, stop);
        int kind = KR_STR_KIND(s);
        const void *data = KR_STR_DATA(s);
        uint32_t m = 0;
        for (ssize_t i = 0, j = start; i < slen; i++, j += step) {
            uint32_t ch = kr_str_read(kind, data, j);
            if (ch > m) m = ch;
        }
        if (slen == 1) return kr_str_from_char(m);
        KrObject *r = kr_str_new(slen, m);
        if (!r) return NULL;
        int rk = KR_STR_KIND(r);
        void *rd = KR_STR_DATA(r);
        for (ssize_t i = 0, j = start; i < slen; i++, j += step)
            kr_str_write(rk, rd, i, kr_str_read(kind, data, j));
        return r;
    }
    if (kr_index_check(key)) {
        ssize_t i = kr_number_as_ssize(key, kr_exc_IndexError);
        if (i == -1 && kr_err_occurred()) return NULL;
        if (i < 0) i += KR_STR_LEN(s);
        return str_item(s, i);
    }
    return kr_err_format(kr_exc_TypeError, "string indices must be integers, not '%.200s'",
                         KR_TYPE(key)->tp_name);
}

static int str_contains(KrObject *s, KrObject *sub)
{
    if (!KR_STR_CHECK(sub)) {
        kr_err_format(kr_exc_TypeError, "'in <string>' requires string as left operand, not %.100s",
                      KR_TYPE(sub)->tp_name);
        return -1;
    }
    return kr_str_find(s, sub, 0, PTRDIFF_MAX, 1) >= 0;
}

static KrObject *str_repeat(KrObject *s, ssize_t count)
{
    ssize_t n = KR_STR_LEN(s);
    if (count <= 0 || n == 0) return str_get_empty();
    if (count == 1) return kr_str_exact_copy(s);
    if (n > PTRDIFF_MAX / count)
        return kr_err_format(kr_exc_OverflowError, "repeated string is too long");
    int kind = KR_STR_KIND(s);
    KrObject *r = kr_str_new_kind(n * count, kind, KR_STR_IS_ASCII(s));
    if (!r) return NULL;
    char *d = KR_STR_DATA(r);
    size_t unit = (size_t)n * kind, total = unit * (size_t)count;
    if (n == 1 && kind == 1) {
        memset(d, ((uint8_t *)KR_STR_DATA(s))[0], total);
    } else {
        memcpy(d, KR_STR_DATA(s), unit);
        size_t done = unit;
        while (done < total) {
            size_t c = done <= total - done ? done : total - done;
            memcpy(d + done, d, c);
            done += c;
        }
    }
    return r;
}

static KrObject *str_concat_slot(KrObject *a, KrObject *b)
{
    return kr_str_concat(a, b);
}

static KrObject *str_mod(KrObject *a, KrObject *b)
{
    if (!KR_STR_CHECK(a)) KR_RETURN_NOTIMPLEMENTED;
    return kr_str_format_percent(a, b);
}

/* ---------------------------------------------------------------------------
 * Construction: str(object='') and str(object=b'', encoding='utf-8', errors='strict')
 * ------------------------------------------------------------------------ */

static KrObject *str_subtype_from(KrTypeObject *type, KrObject *exact)
{
    KrStrObject *src = (KrStrObject *)exact;
    KrStrObject *o = (KrStrObject *)type->tp_alloc(type, 0);
    if (!o) return NULL;
    size_t bytes = (size_t)(src->length + 1) * src->kind;
    o->data = kr_mem_alloc(bytes);
    if (!o->data) {
        KR_DECREF(o);
        return kr_err_no_memory();
    }
    memcpy(o->data, src->data, bytes);
    o->length = src->length;
    o->hash = src->hash;
    o->kind = src->kind;
    o->ascii = src->ascii;
    o->interned = 0;
    o->utf8 = o->ascii ? (char *)o->data : NULL;
    o->utf8_length = o->ascii ? o->length : 0;
    return (KrObject *)o;
}

static int str_arg_cstr(KrObject *o, const char *what, const char **out)
{
    if (!o) return 0;
    if (!KR_STR_CHECK(o)) {
        kr_err_format(kr_exc_TypeError, "str() argument '%s' must be str, not %.100s", what,
                      kr_str_argtype_name(o));
        return -1;
    }
    *out = kr_str_as_cstr(o);
    return *out ? 0 : -1;
}

static KrObject *str_construct(KrObject *obj, KrObject *enc, KrObject *errs)
{
    if (!obj) return str_get_empty();
    if (!enc && !errs) return kr_object_str(obj);
    const char *e = NULL, *r = NULL;
    if (str_arg_cstr(enc, "encoding", &e) < 0 || str_arg_cstr(errs, "errors", &r) < 0)
        return NULL;
    return kr_str_from_encoded_object(obj, e, r);
}

int kr_str_parse_new_args(const char *fname, KrObject *args, KrObject *kwargs,
                          const char *const *names, int n, KrObject **out)
{
    ssize_t nargs = args ? KR_SIZE(args) : 0;
    ssize_t nkw = kwargs ? kr_dict_size(kwargs) : 0;
    for (int j = 0; j < n; j++) out[j] = NULL;
    if (nargs > n || nargs + nkw > n) {
        kr_err_format(kr_exc_TypeError, "%s() takes at most %d argument%s (%zd given)", fname, n,
                      n == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    for (ssize_t i = 0; i < nargs; i++) out[i] = KR_TUPLE_GET(args, i);
    if (nkw > 0) {
        ssize_t pos = 0;
        KrObject *k, *v;
        while (kr_dict_next(kwargs, &pos, &k, &v)) {
            int found = -1;
            if (!KR_STR_CHECK(k)) {
                kr_err_format(kr_exc_TypeError, "keywords must be strings");
                return -1;
            }
            for (int j = 0; j < n; j++)
                if (kr_str_equal_cstr(k, names[j])) found = j;
            if (found < 0) {
                kr_err_format(kr_exc_TypeError, "'%U' is an invalid keyword argument for %s()", k, fname);
                return -1;
            }
            if (found < nargs) {
                kr_err_format(kr_exc_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                              fname, names[found], found + 1);
                return -1;
            }
            out[found] = v;
        }
    }
    return 0;
}

static KrObject *str_new(KrTypeObject *type, KrObject *args, KrObject *kwargs)
{
    static const char *const names[] = { "object", "encoding", "errors" };
    KrObject *vals[3];
    if (kr_str_parse_new_args("str", args, kwargs, names, 3, vals) < 0) return NULL;
    KrObject *r = str_construct(vals[0], vals[1], vals[2]);
    if (!r || type == &kr_str_type) return r;
    KrObject *exact = kr_str_exact_copy(r);
    KR_DECREF(r);
    if (!exact) return NULL;
    KrObject *o = str_subtype_from(type, exact);
    KR_DECREF(exact);
    return o;
}

KrObject *kr_str_kwnames_to_dict(KrObject *const *values, KrObject *kwnames)
{
    KrObject *kw = kr_dict_new();
    if (!kw) return NULL;
    for (ssize_t i = 0; i < KR_SIZE(kwnames); i++)
        if (kr_dict_set_item(kw, KR_TUPLE_GET(kwnames, i), values[i]) < 0) {
            KR_DECREF(kw);
            return NULL;
        }
    return kw;
}

/* The fast path for calling `str` itself: str(x) without keywords. */
static KrObject *str_vectorcall(KrObject *callable, KrObject *const *args, size_t nargsf,
                                KrObject *kwnames)
{
    ssize_t nargs = kr_vectorcall_nargs(nargsf);
    if (callable == (KrObject *)&kr_str_type && !kwnames && nargs <= 1)
        return nargs == 0 ? str_get_empty() : kr_object_str(args[0]);
    KrObject *tuple = kr_tuple_from_array(args, nargs);
    if (!tuple) return NULL;
    KrObject *kw = NULL;
    if (kwnames && KR_SIZE(kwnames) > 0) {
        kw = kr_str_kwnames_to_dict(args + nargs, kwnames);
        if (!kw) { KR_DECREF(tuple); return NULL; }
    }
    KrObject *r = str_new((KrTypeObject *)callable, tuple, kw);
    KR_DECREF(tuple);
    KR_XDECREF(kw);
    return r;
}

/* ---------------------------------------------------------------------------
 * The type objects
 * ------------------------------------------------------------------------ */

static KrObject *str_iter(KrObject *s);

static KrNumberMethods str_as_number = {
    .nb_remainder = str_mod,
};

static KrSequenceMethods str_as_sequence = {
    .sq_length = str_length,
    .sq_concat = str_concat_slot,
    .sq_repeat = str_repeat,
    .sq_item = str_item,
    .sq_contains = str_contains,
};

static KrMappingMethods str_as_mapping = {
    .mp_length = str_length,
    .mp_subscript = str_subscript,
};

KrTypeObject kr_str_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "str",
    .tp_basicsize = sizeof(KrStrObject),
    .tp_itemsize = 0,
    .tp_dealloc = str_dealloc,
    .tp_repr = str_repr_slot,
    .tp_as_number = &str_as_number,
    .tp_as_sequence = &str_as_sequence,
    .tp_as_mapping = &str_as_mapping,
    .tp_hash = str_hash,
    .tp_str = str_str,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_UNICODE_SUBCLASS
              | KR_TPFLAGS_MATCH_SELF | KR_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
              "Create a new string object from the given object. If encoding or\n"
              "errors is specified, then the object must expose a data buffer\n"
              "that will be decoded using the given encoding and error handler.\n"
              "Otherwise, returns the result of object.__str__() (if defined)\n"
              "or repr(object).\n"
              "encoding defaults to sys.getdefaultencoding().\n"
              "errors defaults to 'strict'.",
    .tp_richcompare = str_richcompare,
    .tp_iter = str_iter,
    .tp_methods = kr_str_methods_table,
    .tp_new = str_new,
    .tp_vectorcall = str_vectorcall,
};

/* The str iterator. */
typedef struct {
    KrObject ob_base;
    ssize_t index;
    KrObject *seq;             /* owned; NULL once exhausted */
} KrStrIterObject;

static KrObject *str_iter(KrObject *s)
{
    /* CPython 3.11 has a separate (faster) iterator type for ASCII strings */
    KrStrIterObject *it = KR_NEW(KrStrIterObject, KR_STR_IS_ASCII(s) ? &kr_str_ascii_iterator_type
                                                                       : &kr_str_iterator_type);
    if (!it) return NULL;
    it->index = 0;
    it->seq = kr_newref(s);
    return (KrObject *)it;
}

static void striter_dealloc(KrObject *o)
{
    KrStrIterObject *it = (KrStrIterObject *)o;
    KR_XDECREF(it->seq);
    KR_TYPE(o)->tp_free(o);
}

static KrObject *striter_next(KrObject *o)
{
    KrStrIterObject *it = (KrStrIterObject *)o;
    KrObject *s = it->seq;
    if (!s) return NULL;
    if (it->index < KR_STR_LEN(s)) {
        uint32_t ch = KR_STR_READ_CHAR(s, it->index);
        it->index++;
        return kr_str_from_char(ch);
    }
    it->seq = NULL;
    KR_DECREF(s);
    return NULL;
}

static KrObject *striter_length_hint(KrObject *o, KrObject *unused)
{
    KrStrIterObject *it = (KrStrIterObject *)o;
    ssize_t n = it->seq ? KR_STR_LEN(it->seq) - it->index : 0;
    return kr_int_from_ssize(n < 0 ? 0 : n);
}

static KrObject *striter_setstate(KrObject *o, KrObject *state)
{
    KrStrIterObject *it = (KrStrIterObject *)o;
    ssize_t i = kr_number_as_ssize(state, NULL);
    if (i == -1 && kr_err_occurred()) return NULL;
    if (it->seq) {
        if (i < 0) i = 0;
        else if (i > KR_STR_LEN(it->seq)) i = KR_STR_LEN(it->seq);
        it->index = i;
    }
    KR_RETURN_NONE;
}

/* (iter, (s,), index), or (iter, ('',)) once exhausted: as CPython. */
static KrObject *striter_reduce(KrObject *o, KrObject *unused)
{
    KrStrIterObject *it = (KrStrIterObject *)o;
    KrObject *iter = kr_interp.builtins ? kr_dict_get_item_str_borrow(kr_interp.builtins, "iter") : NULL;
    if (!iter) return kr_err_format(kr_exc_RuntimeError, "builtins.iter is missing");
    if (it->seq) {
        KrObject *idx = kr_int_from_ssize(it->index);
        KrObject *args = idx ? kr_tuple_pack(1, it->seq) : NULL;
        KrObject *r = args ? kr_tuple_pack(3, iter, args, idx) : NULL;
        KR_XDECREF(idx);
        KR_XDECREF(args);
        return r;
    }
    KrObject *args = kr_tuple_pack(1, kr_str_empty_borrow());
    KrObject *r = args ? kr_tuple_pack(2, iter, args) : NULL;
    KR_XDECREF(args);
    return r;
}

static KrMethodDef striter_methods[] = {
    { "__reduce__", (void *)striter_reduce, KR_METH_NOARGS, "Return state information for pickling." },
    { "__length_hint__", (void *)striter_length_hint, KR_METH_NOARGS,
      "Private method returning an estimate of len(list(it))." },
    { "__setstate__", (void *)striter_setstate, KR_METH_O, "Set state information for unpickling." },
    { NULL, NULL, 0, NULL }
};

KrTypeObject kr_str_ascii_iterator_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "str_ascii_iterator",
    .tp_basicsize = sizeof(KrStrIterObject),
    .tp_dealloc = striter_dealloc,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_DISALLOW_INSTANTIATION,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = striter_next,
    .tp_methods = striter_methods,
    .tp_free = kr_object_free,
};

KrTypeObject kr_str_iterator_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "str_iterator",
    .tp_basicsize = sizeof(KrStrIterObject),
    .tp_dealloc = striter_dealloc,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_DISALLOW_INSTANTIATION,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = striter_next,
    .tp_methods = striter_methods,
    .tp_free = kr_object_free,
};

int kr_str_init(void)
{
    KrObject *e = str_get_empty();
    if (!e) return -1;
    KR_DECREF(e);
    for (uint32_t ch = 0; ch < 256; ch++) {
        KrObject *c = str_get_latin1(ch);
        if (!c) return -1;
        KR_DECREF(c);
    }
    if (!intern_table && intern_grow() < 0) return -1;
    return 0;
}
