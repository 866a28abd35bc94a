/* str_codecs.h — the built-in text codecs behind str.encode / bytes.decode:
 * utf-8, ascii, latin-1, utf-16 and utf-32 (with -le/-be), and the error
 * handlers strict, ignore, replace, surrogateescape, surrogatepass,
 * backslashreplace, xmlcharrefreplace and namereplace (encoding only). */
#ifndef KR_STR_CODECS_H
#define KR_STR_CODECS_H
#include "object.h"

/* Raises UnicodeEncodeError(encoding, s, start, end, reason). */
void kr_codecs_raise_encode_error(const char *encoding, KrObject *s, ssize_t start, ssize_t end,
                                  const char *reason);
/* Raises UnicodeDecodeError(encoding, bytes(data[:size]), start, end, reason). */
void kr_codecs_raise_decode_error(const char *encoding, const char *data, ssize_t size,
                                  ssize_t start, ssize_t end, const char *reason);

/* Normalizes an encoding name to the codec it names ("utf-8", "ascii",
 * "latin-1", "utf-16", "utf-16-le", ...), or NULL if it is not built in. */
const char *kr_codecs_builtin_name(const char *encoding);

/* Incremental/stateful decoding with a built-in codec (its canonical name
 * from kr_codecs_builtin_name): with final 0 an incomplete sequence at the
 * end stays undecoded; *consumed gets the number of bytes used. For
 * "utf-16"/"utf-32", *byteorder (may be NULL) is the order in effect on
 * entry (0: look for a BOM) and on exit the order found. New str or NULL. */
KrObject *kr_codecs_decode_ex(const char *s, ssize_t size, const char *codec, const char *errors,
                              int final, ssize_t *consumed, int *byteorder);
/* Encoding with a built-in codec; byteorder -1/1 forces little/big endian
 * without a BOM for "utf-16"/"utf-32" (0: native order with a BOM). */
KrObject *kr_codecs_encode_ex(KrObject *s, const char *codec, const char *errors, int byteorder);

/* Encodings that are not built in are handed to these hooks when set (the
 * _codecs module installs them to reach the stdlib's encodings package).
 * Both return a new reference or NULL with an exception. */
typedef KrObject *(*kr_codecs_decode_hook)(const char *data, ssize_t size, const char *encoding,
                                           const char *errors);
typedef KrObject *(*kr_codecs_encode_hook)(KrObject *s, const char *encoding, const char *errors);
void kr_codecs_set_hooks(kr_codecs_decode_hook decode, kr_codecs_encode_hook encode);
/* Error handlers other than the built-in ones are found through this hook
 * (set by _codecs): the handler registered under `name` (new ref), or NULL
 * with LookupError. */
typedef KrObject *(*kr_codecs_error_hook)(const char *name);
void kr_codecs_set_error_hook(kr_codecs_error_hook hook);
#endif
