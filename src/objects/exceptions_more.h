/* exceptions_more.h — slot functions of the exception classes with rich
 * behaviour (OSError, SyntaxError, the Unicode errors, exception groups),
 * implemented in exceptions_more.c and wired into the type objects by
 * exceptions.c. Not for use elsewhere: use exceptions.h. */
#ifndef KR_EXCEPTIONS_MORE_H
#define KR_EXCEPTIONS_MORE_H
#include "exceptions.h"

/* Shared BaseException pieces (exceptions.c). */
KrObject *kr_exc_base_new(KrTypeObject *type, KrObject *args, KrObject *kwds);
int kr_exc_base_init(KrObject *self, KrObject *args, KrObject *kwds);
int kr_exc_base_clear(KrObject *o);
int kr_exc_base_traverse(KrObject *o, kr_visitproc visit, void *arg);
void kr_exc_generic_dealloc(KrObject *o);
/* TypeError "Name() takes no keyword arguments" if kwds is a non-empty dict. */
int kr_exc_no_keywords(KrObject *self, KrObject *kwds);

/* OSError */
KrObject *kr_oserror_new(KrTypeObject *type, KrObject *args, KrObject *kwds);
int kr_oserror_init(KrObject *self, KrObject *args, KrObject *kwds);
KrObject *kr_oserror_str(KrObject *self);
int kr_oserror_clear(KrObject *self);
int kr_oserror_traverse(KrObject *self, kr_visitproc visit, void *arg);
extern KrMethodDef kr_oserror_methods[];
extern KrMemberDef kr_oserror_members[];
extern KrGetSetDef kr_oserror_getset[];

/* SyntaxError */
int kr_syntaxerror_init(KrObject *self, KrObject *args, KrObject *kwds);
KrObject *kr_syntaxerror_str(KrObject *self);
int kr_syntaxerror_clear(KrObject *self);
int kr_syntaxerror_traverse(KrObject *self, kr_visitproc visit, void *arg);
extern KrMemberDef kr_syntaxerror_members[];

/* UnicodeError and its three subclasses */
int kr_unicodeerror_clear(KrObject *self);
int kr_unicodeerror_traverse(KrObject *self, kr_visitproc visit, void *arg);
extern KrMemberDef kr_unicodeerror_members[];
int kr_unicodeencodeerror_init(KrObject *self, KrObject *args, KrObject *kwds);
KrObject *kr_unicodeencodeerror_str(KrObject *self);
int kr_unicodedecodeerror_init(KrObject *self, KrObject *args, KrObject *kwds);
KrObject *kr_unicodedecodeerror_str(KrObject *self);
int kr_unicodetranslateerror_init(KrObject *self, KrObject *args, KrObject *kwds);
KrObject *kr_unicodetranslateerror_str(KrObject *self);

/* BaseExceptionGroup */
KrObject *kr_excgroup_new(KrTypeObject *type, KrObject *args, KrObject *kwds);
int kr_excgroup_init(KrObject *self, KrObject *args, KrObject *kwds);
KrObject *kr_excgroup_str(KrObject *self);
int kr_excgroup_clear(KrObject *self);
int kr_excgroup_traverse(KrObject *self, kr_visitproc visit, void *arg);
extern KrMethodDef kr_excgroup_methods[];
extern KrMemberDef kr_excgroup_members[];

/* The OSError subclass for an errno value (borrowed), or NULL if none. */
KrObject *kr_oserror_subclass_for_errno(long err);

/* A MemoryError instance made at start-up, raised when making a new one
 * fails (BORROWED). */
KrObject *kr_exceptions_memoryerror_instance(void);

/* Called at the end of kr_exceptions_init. 0 or -1. */
int kr_exceptions_more_init(void);
#endif
