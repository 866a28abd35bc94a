/* format_spec.h — the format() mini-language ("[[fill]align][sign][z][#][0]
 * [width][grouping][.precision][type]") shared by str, int, float and complex
 * __format__, and the number formatting built on it (format_spec.c). */
#ifndef KR_FORMAT_SPEC_H
#define KR_FORMAT_SPEC_H
#include "object.h"

/* A parsed format specification. Fields not given in the spec keep the
 * defaults noted here. */
typedef struct {
    uint32_t fill_char;     /* fill code point; ' ' by default ('0' after a leading 0) */
    char align;             /* '<' '>' '^' '=' or the caller's default_align */
    char sign;              /* '+' '-' ' ', or 0 when absent */
    char no_neg_0;          /* 1 if 'z' was given (coerce -0 to 0; floats only) */
    char alternate;         /* 1 if '#' was given */
    char fill_specified;    /* 1 if an explicit fill character was given */
    char align_specified;   /* 1 if an explicit alignment was given */
    char thousands;         /* 0, ',' or '_' ('_' means every 4 digits for b/o/x/X) */
    char thousands_every4;  /* 1 when '_' is used with b/o/x/X */
    ssize_t width;          /* -1 if absent */
    ssize_t precision;      /* -1 if absent */
    uint32_t type;          /* the type code point, or the caller's default_type ('\0' allowed) */
} KrFormatSpec;

/* Parses the str `spec` (the whole string) as str.__format__ does: default
 * type 's', default alignment '<', and "str" as the type name in messages.
 * Fills *out. 0, or -1 with ValueError carrying CPython's exact message
 * ("Invalid format specifier 'x' for object of type 'str'", "Format specifier
 * missing precision", "Too many decimal digits in format string",
 * "Cannot specify ',' with 's'.", "Cannot specify both ',' and '_'.").
 * Note: the type-specific checks (sign/'='/'#' not allowed for strings) are
 * NOT done here; kr_format_spec_format_str does them. */
int kr_format_spec_parse(KrObject *spec, KrFormatSpec *out);

/* The general parser: type_name is used in "Invalid format specifier"
 * messages (the tp_name of the object being formatted); default_type is
 * stored in out->type when no type is given (use 0 for "none"), default_align
 * in out->align ('<' for strings, '>' for numbers; a leading '0' without an
 * explicit alignment gives '=' only when default_align is '>').
 * 0, or -1 with ValueError. */
int kr_format_spec_parse_ex(KrObject *spec, const char *type_name, uint32_t default_type,
                            char default_align, KrFormatSpec *out);

/* str.__format__ after parsing: checks CPython's string rules ("Sign not
 * allowed in string format specifier", "Alternate form (#) not allowed in
 * string format specifier", "'=' alignment not allowed in string format
 * specifier", "Unknown format code 'd' for object of type 'str'"),
 * truncates to the precision and pads to the width. s must be a str.
 * New reference, or NULL with an exception. */
KrObject *kr_format_spec_format_str(KrObject *s, const KrFormatSpec *spec);

/* The whole of str.__format__(s, spec): parse + kr_format_spec_format_str.
 * An empty spec returns str(s) (s itself for an exact str). New reference or NULL. */
KrObject *kr_format_str(KrObject *s, KrObject *spec);

/* int.__format__(v, spec) for an int v (any int subclass; bool too).
 * New reference or NULL. */
KrObject *kr_format_int(KrObject *v, KrObject *spec);
/* float.__format__(v, spec) for the C double v; type_name for messages. */
KrObject *kr_format_float(double v, KrObject *spec, const char *type_name);
/* complex.__format__. */
KrObject *kr_format_complex(double real, double imag, KrObject *spec);

/* Pads an ASCII/UTF-8 body (already signed) to spec->width with the fill
 * and alignment of spec. For '=' alignment the padding goes after the first
 * `prefix_len` bytes (sign and 0x-style prefix). New str or NULL. */
KrObject *kr_format_spec_pad(const char *body, ssize_t len, ssize_t prefix_len,
                             const KrFormatSpec *spec);
#endif
