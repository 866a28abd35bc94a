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

/* Encodings that are not built in are handed to these hooks when set (the
 * _codecs module installs them to reach the stdlib's encodings package).
 * Both return a new reference or NULL with an exception. */
typedef KrObject *(*kr_codecs_decode_hook)(const char *data, ssize_t size, const char *encoding,
                                           const char *errors);
typedef KrObject *(*kr_codecs_encode_hook)(KrObject *s, const char *encoding, const char *errors);
void kr_codecs_set_hooks(kr_codecs_decode_hook decode, kr_codecs_encode_hook encode);
#endif
