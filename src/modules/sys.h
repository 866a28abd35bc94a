/* sys.h — the `sys` module, and helpers for C code that talks to the
 * program through it (sys.stdout/sys.stderr writes, sys attributes). */
#ifndef KR_SYS_H
#define KR_SYS_H
#include "../objects/object.h"
#include "../objects/module.h"

extern KrModuleDef kr_sys_module_def;

/* Creates the sys module at start-up (after builtins' types and the
 * exceptions): sys.modules, argv, path, streams, version info...
 * Sets kr_interp.sys_module/sysdict/modules. 0 or -1. */
int kr_sys_init(void);

/* sys.<name> (BORROWED), or NULL without an exception if missing or if sys
 * does not exist yet. */
KrObject *kr_sys_get_object_borrow(const char *name);
/* Same with an (interned) str name, e.g. KR_ID(stdout): no temporary str. */
KrObject *kr_sys_get_borrow(KrObject *name);
/* sys.<name> = value (borrowed). 0 or -1. */
int kr_sys_set_object(const char *name, KrObject *value);

/* printf-like output (formats of kr_str_from_format) to sys.stderr /
 * sys.stdout, falling back to the C stream when the sys attribute is
 * missing or None. Never raises: a pending exception is kept, errors while
 * writing are swallowed (as CPython's PySys_WriteStderr). */
void kr_sys_write_stderr(const char *fmt, ...);
void kr_sys_write_stdout(const char *fmt, ...);

/* Reports an unraisable exception exc (borrowed; obj borrowed, may be
 * NULL) through sys.unraisablehook, or prints it the default way when the
 * hook is the original one or missing. Never raises. */
void kr_sys_unraisable(KrObject *exc, KrObject *err_msg, KrObject *obj); /* err_msg: str or NULL */

/* The exception being handled (sys.exception()), BORROWED, or NULL. */
KrObject *kr_sys_exception_borrow(void);

/* sys.getswitchinterval() in seconds (for the GIL). */
double kr_sys_switch_interval(void);
#endif
