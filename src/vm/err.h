/* err.h — raising, fetching and matching exceptions.
 *
 * The pending exception lives on the current thread state (vm/state.h) as one
 * normalized exception instance. Contract used by every C function in krait:
 * return NULL (or -1) if and only if an exception is pending. Nobody clears an
 * exception they did not handle. Implemented in vm/err.c.
 */
#ifndef KR_ERR_H
#define KR_ERR_H

#include "../objects/object.h"
#include "../objects/exceptions.h"

/* Raise `type` with `value`: value may be an exception instance (raised as
 * is), a tuple (the constructor's arguments), any other object (the single
 * argument) or NULL (no arguments). Sets __context__ from the exception being
 * handled, as CPython does. */
void kr_err_set_object(KrObject *type, KrObject *value);
void kr_err_set_none(KrObject *type);
void kr_err_set_string(KrObject *type, const char *msg);
/* printf-like message (formats of kr_str_from_format: %s %d %zd %ld %lld %u
 * %zu %x %p %c %% and %U str object, %S str(obj), %R repr(obj), %T type name
 * of obj, %.Ns precision). Always returns NULL, so `return kr_err_format(...)`. */
KrObject *kr_err_format(KrObject *type, const char *fmt, ...);
KrObject *kr_err_format_v(KrObject *type, const char *fmt, va_list ap);
/* Raise an exception instance (borrowed); sets __context__ as above. */
void kr_err_set_exception(KrObject *exc);

/* The pending exception's type (borrowed), or NULL if none is pending. */
KrObject *kr_err_occurred(void);
/* The pending exception instance (borrowed), or NULL. */
KrObject *kr_err_peek(void);
/* 1 if an exception is pending and it is an instance of type (or of one of a
 * tuple of types); 0 otherwise. */
int kr_err_matches(KrObject *type_or_tuple);
/* 1 if the exception class `given` matches type_or_tuple. */
int kr_err_given_matches(KrObject *given, KrObject *type_or_tuple);
/* Takes the pending exception (new ref, or NULL) and clears it. */
KrObject *kr_err_fetch(void);
/* Makes exc (stolen; NULL clears) the pending exception, without chaining. */
void kr_err_restore(KrObject *exc);
void kr_err_clear(void);

KrObject *kr_err_no_memory(void);                 /* MemoryError; returns NULL */
KrObject *kr_err_bad_internal_call(void);         /* SystemError; returns NULL */
KrObject *kr_err_from_errno(KrObject *type);      /* OSError subclass from errno; NULL */
KrObject *kr_err_from_errno_filename(KrObject *type, KrObject *filename);

/* Prints "Exception ignored in: <obj repr>" and the pending exception's
 * traceback to sys.stderr, then clears it (as CPython's unraisable hook). */
void kr_err_write_unraisable(KrObject *obj);
/* Same with CPython's err_msg: "<msg>: <obj repr>" instead of
 * "Exception ignored in: <obj repr>" (msg NULL gives the default). */
void kr_err_write_unraisable_msg(const char *msg, KrObject *obj);
/* Issues a warning (category a Warning subclass); 0, or -1 if it became an error. */
int kr_err_warn(KrObject *category, const char *msg, int stacklevel);
/* Same with an explicit location (compile-time warnings): filename a str
 * (borrowed), lineno >= 1, module the module name (str) or NULL. */
int kr_err_warn_explicit(KrObject *category, const char *msg, KrObject *filename, int lineno,
                         KrObject *module);

/* Prints the pending exception with its traceback to sys.stderr, as the
 * top level does (vm/traceback.c), and clears it. */
void kr_err_print(void);

#endif
