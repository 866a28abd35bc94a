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
#endif
