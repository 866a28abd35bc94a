/* traceback.h — printing exceptions the way CPython 3.11's default
 * sys.excepthook does: "Traceback (most recent call last):", the frames
 * with their source lines and column carets, chained exceptions, the
 * SyntaxError layout, exception-group boxes, notes, name suggestions. */
#ifndef KR_TRACEBACK_H
#define KR_TRACEBACK_H
#include "../objects/object.h"

/* The full report for exc (borrowed) as a new str; NULL + exception only
 * on memory errors. */
KrObject *kr_traceback_format_exception(KrObject *exc);
/* Writes the report to file (an object with write(), or NULL for
 * sys.stderr / the C stderr). Never raises; a pending exception is kept. */
void kr_traceback_print_exception(KrObject *exc, KrObject *file);
/* Formats just the traceback entries of tb (a traceback object) as
 * "  File ..., line N, in name\n    source\n" lines. New str or NULL. */
KrObject *kr_traceback_format_tb(KrObject *tb);
/* The best "Did you mean" candidate for a NameError/AttributeError (new
 * ref), or NULL without an exception. */
KrObject *kr_traceback_suggestion(KrObject *exc);
#endif
