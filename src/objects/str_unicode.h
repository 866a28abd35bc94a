/* str_unicode.h — character properties and case mappings of single code
 * points as CPython's str methods see them: utf8proc for categories and
 * simple mappings, generated tables (str_unicode_tables.h) for the rest. */
#ifndef KR_STR_UNICODE_H
#define KR_STR_UNICODE_H
#include <stdint.h>

/* Predicates: 1 or 0, never fail. */
int kr_unicode_isspace(uint32_t ch);
/* Latin-1 whitespace (str.isspace's set below 256), for inline fast paths. */
extern const unsigned char kr_unicode_latin1_space[256];
static inline int kr_unicode_isspace_fast(uint32_t ch) {
    return ch < 256 ? kr_unicode_latin1_space[ch] : kr_unicode_isspace(ch);
}
int kr_unicode_isalpha(uint32_t ch);
int kr_unicode_isdecimal(uint32_t ch);
int kr_unicode_isdigit(uint32_t ch);
int kr_unicode_isnumeric(uint32_t ch);
int kr_unicode_isalnum(uint32_t ch);
int kr_unicode_isprintable(uint32_t ch);
int kr_unicode_islower(uint32_t ch);
int kr_unicode_isupper(uint32_t ch);
int kr_unicode_istitle(uint32_t ch);
int kr_unicode_iscased(uint32_t ch);
int kr_unicode_iscaseignorable(uint32_t ch);
int kr_unicode_isxidstart(uint32_t ch);
int kr_unicode_isxidcontinue(uint32_t ch);
int kr_unicode_islinebreak(uint32_t ch);   /* str.splitlines boundaries */
/* The decimal digit value of ch (0-9), or -1 if ch is not a decimal digit. */
int kr_unicode_decimal_value(uint32_t ch);

/* Full case mappings (SpecialCasing + simple mappings): write up to 3 code
 * points into out and return how many. */
int kr_unicode_to_lower_full(uint32_t ch, uint32_t out[3]);
int kr_unicode_to_upper_full(uint32_t ch, uint32_t out[3]);
int kr_unicode_to_title_full(uint32_t ch, uint32_t out[3]);
int kr_unicode_to_fold_full(uint32_t ch, uint32_t out[3]);
/* Simple one-to-one mappings. */
uint32_t kr_unicode_to_lower(uint32_t ch);
uint32_t kr_unicode_to_upper(uint32_t ch);
#endif
