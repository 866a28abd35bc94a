/* exceptions.h — the built-in exception hierarchy of Python 3.11.
 * One X-macro list gives every exception class its name and base; exceptions.c
 * builds the types from it and exposes each as kr_exc_<Name> (a type object). */
#ifndef KR_EXCEPTIONS_H
#define KR_EXCEPTIONS_H

#include "object.h"

/* KR_EXC(Name, Base) in an order where each base comes before its subclasses.
 * OSError's aliases (EnvironmentError, IOError) are added by builtins. */
#define KR_EXCEPTION_LIST(KR_EXC) \
    KR_EXC(BaseException, NONE) \
    KR_EXC(BaseExceptionGroup, BaseException) \
    KR_EXC(GeneratorExit, BaseException) \
    KR_EXC(KeyboardInterrupt, BaseException) \
    KR_EXC(SystemExit, BaseException) \
    KR_EXC(Exception, BaseException) \
    KR_EXC(ExceptionGroup, BaseExceptionGroup) /* and Exception: see exceptions.c */ \
    KR_EXC(ArithmeticError, Exception) \
    KR_EXC(FloatingPointError, ArithmeticError) \
    KR_EXC(OverflowError, ArithmeticError) \
    KR_EXC(ZeroDivisionError, ArithmeticError) \
    KR_EXC(AssertionError, Exception) \
    KR_EXC(AttributeError, Exception) \
    KR_EXC(BufferError, Exception) \
    KR_EXC(EOFError, Exception) \
    KR_EXC(ImportError, Exception) \
    KR_EXC(ModuleNotFoundError, ImportError) \
    KR_EXC(LookupError, Exception) \
    KR_EXC(IndexError, LookupError) \
    KR_EXC(KeyError, LookupError) \
    KR_EXC(MemoryError, Exception) \
    KR_EXC(NameError, Exception) \
    KR_EXC(UnboundLocalError, NameError) \
    KR_EXC(OSError, Exception) \
    KR_EXC(BlockingIOError, OSError) \
    KR_EXC(ChildProcessError, OSError) \
    KR_EXC(ConnectionError, OSError) \
    KR_EXC(BrokenPipeError, ConnectionError) \
    KR_EXC(ConnectionAbortedError, ConnectionError) \
    KR_EXC(ConnectionRefusedError, ConnectionError) \
    KR_EXC(ConnectionResetError, ConnectionError) \
    KR_EXC(FileExistsError, OSError) \
    KR_EXC(FileNotFoundError, OSError) \
    KR_EXC(InterruptedError, OSError) \
    KR_EXC(IsADirectoryError, OSError) \
    KR_EXC(NotADirectoryError, OSError) \
    KR_EXC(PermissionError, OSError) \
    KR_EXC(ProcessLookupError, OSError) \
    KR_EXC(TimeoutError, OSError) \
    KR_EXC(ReferenceError, Exception) \
    KR_EXC(RuntimeError, Exception) \
    KR_EXC(NotImplementedError, RuntimeError) \
    KR_EXC(RecursionError, RuntimeError) \
    KR_EXC(StopAsyncIteration, Exception) \
    KR_EXC(StopIteration, Exception) \
    KR_EXC(SyntaxError, Exception) \
    KR_EXC(IndentationError, SyntaxError) \
    KR_EXC(TabError, IndentationError) \
    KR_EXC(SystemError, Exception) \
    KR_EXC(TypeError, Exception) \
    KR_EXC(ValueError, Exception) \
    KR_EXC(UnicodeError, ValueError) \
    KR_EXC(UnicodeDecodeError, UnicodeError) \
    KR_EXC(UnicodeEncodeError, UnicodeError) \
    KR_EXC(UnicodeTranslateError, UnicodeError) \
    KR_EXC(Warning, Exception) \
    KR_EXC(BytesWarning, Warning) \
    KR_EXC(DeprecationWarning, Warning) \
    KR_EXC(EncodingWarning, Warning) \
    KR_EXC(FutureWarning, Warning) \
    KR_EXC(ImportWarning, Warning) \
    KR_EXC(PendingDeprecationWarning, Warning) \
    KR_EXC(ResourceWarning, Warning) \
    KR_EXC(RuntimeWarning, Warning) \
    KR_EXC(SyntaxWarning, Warning) \
    KR_EXC(UnicodeWarning, Warning) \
    KR_EXC(UserWarning, Warning)

/* Each exception class, as a KrObject* (it is a KrTypeObject). */
#define KR_EXC_DECLARE(name, base) extern KrObject *kr_exc_##name;
KR_EXCEPTION_LIST(KR_EXC_DECLARE)
#undef KR_EXC_DECLARE

/* The instance layouts (fields as CPython's). */
typedef struct {
    KrObject ob_base;
    KrObject *dict;
    KrObject *args;          /* tuple */
    KrObject *notes;         /* list or NULL (__notes__ lives in dict in CPython; here too) */
    KrObject *traceback;     /* traceback object or NULL */
    KrObject *context;
    KrObject *cause;
    char suppress_context;
} KrBaseExceptionObject;

/* The layouts of the classes with extra fields (added by exceptions.c).
 * Object fields are owned; NULL reads as None from Python. */
typedef struct { KrBaseExceptionObject base; KrObject *value; } KrStopIterationObject;
typedef struct { KrBaseExceptionObject base; KrObject *code; } KrSystemExitObject;
typedef struct {
    KrBaseExceptionObject base;
    KrObject *msg, *name, *path;
} KrImportErrorObject;
typedef struct { KrBaseExceptionObject base; KrObject *name; } KrNameErrorObject;
typedef struct { KrBaseExceptionObject base; KrObject *name, *obj; } KrAttributeErrorObject;
typedef struct {
    KrBaseExceptionObject base;
    KrObject *myerrno, *strerror, *filename, *filename2;
    ssize_t written;         /* BlockingIOError.characters_written; -1 if unset */
} KrOSErrorObject;
typedef struct {
    KrBaseExceptionObject base;
    KrObject *msg, *filename, *lineno, *offset, *text, *end_lineno, *end_offset;
    KrObject *print_file_and_line;
} KrSyntaxErrorObject;
typedef struct {
    KrBaseExceptionObject base;
    KrObject *encoding, *object;
    ssize_t start, end;
    KrObject *reason;
} KrUnicodeErrorObject;
typedef struct {
    KrBaseExceptionObject base;
    KrObject *msg;           /* str */
    KrObject *excs;          /* non-empty tuple of exceptions */
} KrBaseExceptionGroupObject;

/* Exception groups (exceptions_more.c). split() by a matcher (an exception
 * class, a tuple of them, or a predicate): *match and *rest receive new refs
 * or NULL when empty; rest may be NULL to skip building it (subgroup()).
 * 0 or -1. */
int kr_exceptiongroup_split(KrObject *eg, KrObject *matcher, KrObject **match,
                            KrObject **rest);
/* 1 if o is an instance of BaseExceptionGroup. */
int kr_exceptiongroup_check(KrObject *o);

/* Accessors (exceptions.c). Getters return BORROWED references or NULL. */
KrObject *kr_exception_get_traceback(KrObject *exc);
void kr_exception_set_traceback(KrObject *exc, KrObject *tb);   /* tb borrowed, may be NULL */
KrObject *kr_exception_get_context(KrObject *exc);
void kr_exception_set_context_steal(KrObject *exc, KrObject *ctx);
KrObject *kr_exception_get_cause(KrObject *exc);
void kr_exception_set_cause_steal(KrObject *exc, KrObject *cause); /* also sets suppress_context */
KrObject *kr_exception_get_args(KrObject *exc);
int kr_exception_check(KrObject *o);      /* isinstance(o, BaseException) */
int kr_exception_class_check(KrObject *o); /* a subclass of BaseException */

/* StopIteration's value (new ref; None if no args). */
KrObject *kr_stopiteration_value(KrObject *exc);
/* Raises StopIteration(value) — wrapping value in a tuple when it is itself
 * a tuple or exception, as CPython does. */
void kr_err_set_stopiteration(KrObject *value);

int kr_exceptions_init(void);

#endif
