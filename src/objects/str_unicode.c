/* str_unicode.c — character properties and case mappings for str methods:
 * categories from utf8proc, derived properties and SpecialCasing from the
 * generated tables, with ASCII fast paths. */
#include "str_unicode.h"
#include "str_unicode_tables.h"

#include <utf8proc.h>
#include <stddef.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Inversion-list membership: ch is in the set iff the number of boundaries
 * <= ch is odd. */
static int in_list(const uint32_t *list, size_t n, uint32_t ch)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (list[mid] <= ch) lo = mid + 1;
        else hi = mid;
    }
    return (int)(lo & 1);
}
#define IN(list, ch) in_list((list), COUNT(list), (ch))

/* The general category as of Unicode 14.0 (CPython 3.11's database):
 * characters utf8proc knows from later versions count as unassigned. */
static inline int category(uint32_t ch)
{
    if (ch > 0x10FFFF) return UTF8PROC_CATEGORY_CN;
    int c = utf8proc_category((utf8proc_int32_t)ch);
    if (c != UTF8PROC_CATEGORY_CN && ch >= 0x0370 && !IN(uni_assigned_14, ch))
        return UTF8PROC_CATEGORY_CN;
    return c;
}

const unsigned char kr_unicode_latin1_space[256] = {
    [9] = 1, [10] = 1, [11] = 1, [12] = 1, [13] = 1, [28] = 1, [29] = 1, [30] = 1, [31] = 1,
    [32] = 1, [0x85] = 1, [0xA0] = 1,
};

int kr_unicode_isspace(uint32_t ch)
{
    if (ch < 128) return ch == ' ' || (ch >= 9 && ch <= 13) || (ch >= 0x1c && ch <= 0x1f);
    if (ch > 0x10FFFF) return 0;
    const utf8proc_property_t *p = utf8proc_get_property((utf8proc_int32_t)ch);
    return p->category == UTF8PROC_CATEGORY_ZS || p->bidi_class == UTF8PROC_BIDI_CLASS_WS
        || p->bidi_class == UTF8PROC_BIDI_CLASS_B || p->bidi_class == UTF8PROC_BIDI_CLASS_S;
}

int kr_unicode_isalpha(uint32_t ch)
{
    if (ch < 128) return (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z';
    int c = category(ch);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT
        || c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_LO;
}

int kr_unicode_isdecimal(uint32_t ch)
{
    if (ch < 128) return ch >= '0' && ch <= '9';
    return category(ch) == UTF8PROC_CATEGORY_ND;
}

int kr_unicode_isdigit(uint32_t ch)
{
    if (ch < 128) return ch >= '0' && ch <= '9';
    return category(ch) == UTF8PROC_CATEGORY_ND || IN(uni_numtype_digit, ch);
}

int kr_unicode_isnumeric(uint32_t ch)
{
    if (ch < 128) return ch >= '0' && ch <= '9';
    return category(ch) == UTF8PROC_CATEGORY_ND || IN(uni_numtype_digit, ch)
        || IN(uni_numtype_numeric, ch);
}

int kr_unicode_isalnum(uint32_t ch)
{
    if (ch < 128) return kr_unicode_isalpha(ch) || (ch >= '0' && ch <= '9');
    return kr_unicode_isalpha(ch) || kr_unicode_isnumeric(ch);
}

int kr_unicode_isprintable(uint32_t ch)
{
    if (ch < 128) return ch >= 0x20 && ch < 0x7f;
    switch (category(ch)) {
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_ZS:
        return 0;
    default:
        return 1;
    }
}

int kr_unicode_islower(uint32_t ch)
{
    if (ch < 128) return ch >= 'a' && ch <= 'z';
    return IN(uni_lowercase, ch);
}

int kr_unicode_isupper(uint32_t ch)
{
    if (ch < 128) return ch >= 'A' && ch <= 'Z';
    return IN(uni_uppercase, ch);
}

int kr_unicode_istitle(uint32_t ch)
{
    if (ch < 128) return 0;
    return category(ch) == UTF8PROC_CATEGORY_LT;
}

int kr_unicode_iscased(uint32_t ch)
{
    if (ch < 128) return (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z';
    return IN(uni_cased, ch);
}

int kr_unicode_iscaseignorable(uint32_t ch)
{
    return IN(uni_case_ignorable, ch);
}

int kr_unicode_isxidstart(uint32_t ch)
{
    if (ch < 128) return kr_unicode_isalpha(ch);
    return IN(uni_xid_start, ch);
}

int kr_unicode_isxidcontinue(uint32_t ch)
{
    if (ch < 128) return kr_unicode_isalpha(ch) || (ch >= '0' && ch <= '9') || ch == '_';
    return IN(uni_xid_continue, ch);
}

int kr_unicode_islinebreak(uint32_t ch)
{
    switch (ch) {
    case 0x0a: case 0x0b: case 0x0c: case 0x0d: case 0x1c: case 0x1d: case 0x1e:
    case 0x85: case 0x2028: case 0x2029:
        return 1;
    default:
        return 0;
    }
}

int kr_unicode_decimal_value(uint32_t ch)
{
    if (ch < 128) return ch >= '0' && ch <= '9' ? (int)(ch - '0') : -1;
    if (category(ch) != UTF8PROC_CATEGORY_ND) return -1;
    /* Decimal digits come in runs of ten consecutive code points 0..9, and
     * every maximal stretch of Nd characters is made of whole runs. */
    uint32_t start = ch;
    while (start > 0 && category(start - 1) == UTF8PROC_CATEGORY_ND) start--;
    return (int)((ch - start) % 10);
}

static const uint32_t *special_casing(uint32_t ch)
{
    size_t lo = 0, hi = COUNT(uni_special_casing);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (uni_special_casing[mid][0] == ch) return uni_special_casing[mid];
        if (uni_special_casing[mid][0] < ch) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

static int copy_special(const uint32_t *m, uint32_t out[3])
{
    int n = 0;
    while (n < 3 && m[n]) { out[n] = m[n]; n++; }
    return n;
}

uint32_t kr_unicode_to_lower(uint32_t ch)
{
    if (ch < 128) return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
    if (ch > 0x10FFFF) return ch;
    return (uint32_t)utf8proc_tolower((utf8proc_int32_t)ch);
}

uint32_t kr_unicode_to_upper(uint32_t ch)
{
    if (ch < 128) return ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
    if (ch > 0x10FFFF || ch == 0xdf) return ch; /* utf8proc maps ß to ẞ; Unicode does not */
    return (uint32_t)utf8proc_toupper((utf8proc_int32_t)ch);
}

int kr_unicode_to_lower_full(uint32_t ch, uint32_t out[3])
{
    if (ch >= 128) {
        const uint32_t *m = special_casing(ch);
        if (m) return copy_special(m + 1, out);
    }
    out[0] = kr_unicode_to_lower(ch);
    return 1;
}

int kr_unicode_to_title_full(uint32_t ch, uint32_t out[3])
{
    if (ch < 128) { out[0] = kr_unicode_to_upper(ch); return 1; }
    const uint32_t *m = special_casing(ch);
    if (m) return copy_special(m + 4, out);
    out[0] = ch > 0x10FFFF ? ch : (uint32_t)utf8proc_totitle((utf8proc_int32_t)ch);
    return 1;
}

int kr_unicode_to_upper_full(uint32_t ch, uint32_t out[3])
{
    if (ch >= 128) {
        const uint32_t *m = special_casing(ch);
        if (m) return copy_special(m + 7, out);
    }
    out[0] = kr_unicode_to_upper(ch);
    return 1;
}

int kr_unicode_to_fold_full(uint32_t ch, uint32_t out[3])
{
    if (ch < 128) { out[0] = kr_unicode_to_lower(ch); return 1; }
    if (ch > 0x10FFFF) { out[0] = ch; return 1; }
    utf8proc_int32_t buf[8];
    int last = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char((utf8proc_int32_t)ch, buf, 8,
                                                 UTF8PROC_CASEFOLD, &last);
    if (n < 1 || n > 3) { out[0] = kr_unicode_to_lower(ch); return 1; }
    for (utf8proc_ssize_t i = 0; i < n; i++) out[i] = (uint32_t)buf[i];
    return (int)n;
}
