/* int_convert.h — int <-> text and bytes (int_convert.c): int(s, base),
 * str/bin/oct/hex, int.to_bytes and int.from_bytes. */
#ifndef KR_INT_CONVERT_H
#define KR_INT_CONVERT_H
#include "int.h"

/* int.to_bytes(self, length=1, byteorder='big', *, signed=False)
 * (METH_FASTCALL | METH_KEYWORDS body). New bytes or NULL. */
KrObject *kr_int_convert_to_bytes(KrObject *self, KrObject *const *args, ssize_t nargs,
                                  KrObject *kwnames);
/* int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod:
 * `type` is the class. New reference or NULL. */
KrObject *kr_int_convert_from_bytes(KrObject *type, KrObject *const *args, ssize_t nargs,
                                    KrObject *kwnames);
/* Writes the digits of |o| in `base` (2..36, lower case) without prefix or
 * sign into a new raw buffer (kr_raw_free it); *len gets the length.
 * NULL + MemoryError on failure. No digit limit is applied. */
char *kr_int_convert_digits(KrObject *o, int base, size_t *len);
/* Raises the int_max_str_digits ValueError for int->str if the decimal form
 * of o would have more digits than allowed. 0, or -1 with the error. */
int kr_int_convert_check_str_digits(KrObject *o);
/* The text of the str s with non-ASCII whitespace turned into ' ', Unicode
 * decimal digits into ASCII digits and other non-ASCII characters into '?'
 * (as int() and float() read text). A new raw buffer (kr_raw_free it), NUL-
 * terminated, *len characters; NULL + MemoryError. */
char *kr_int_convert_to_ascii(KrObject *s, ssize_t *len);
#endif
