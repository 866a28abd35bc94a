/* str_format.h — helpers of printf-style formatting shared by str % args
 * and bytes % args (implemented in str_format.c). */
#ifndef KR_STR_FORMAT_H
#define KR_STR_FORMAT_H
#include "object.h"

/* Conversion flags of a %-spec. */
#define KR_PCT_LJUST 1   /* '-' */
#define KR_PCT_SIGN 2    /* '+' */
#define KR_PCT_BLANK 4   /* ' ' */
#define KR_PCT_ALT 8     /* '#' */
#define KR_PCT_ZERO 16   /* '0' */

/* Formats v for the numeric conversion `type` (d i u o x X e E f F g G)
 * with flags, width (-1 none) and precision (-1 none) as `%` does. Returns
 * an ASCII str (new ref), or NULL with CPython's TypeError for a bad
 * argument ("%d format: a real number is required, not str" ...). */
KrObject *kr_str_percent_number(KrObject *v, int type, int flags, ssize_t width, ssize_t prec);
/* 1 if `args` is used as a mapping by % (has __getitem__, not a tuple or str). */
int kr_str_percent_is_mapping(KrObject *args);

/* One piece of a str.format string: literal text fmt[lit_start:lit_end],
 * then, if has_field, a replacement field: name fmt[field_start:field_end],
 * conversion ('r', 's', 'a' or 0) and spec fmt[spec_start:spec_end]
 * (spec_expand: it contains nested fields). */
typedef struct {
    ssize_t lit_start, lit_end;
    int has_field;
    ssize_t field_start, field_end;
    uint32_t conversion;
    ssize_t spec_start, spec_end;
    int spec_expand;
} KrFormatItem;
/* Parses the next piece of fmt[*pos:end] and advances *pos (CPython's
 * MarkupIterator): 1 with *item filled, 0 at the end, -1 with ValueError. */
int kr_str_format_parse_next(KrObject *fmt, ssize_t *pos, ssize_t end, KrFormatItem *item);
/* The value of fmt[a:b] if it is all decimal digits, -1 if not (or empty),
 * -2 with ValueError "Too many decimal digits in format string". */
ssize_t kr_str_format_get_integer(KrObject *fmt, ssize_t a, ssize_t b);
#endif
