/* sys_stdlib.h — the list behind sys.stdlib_module_names. */
#ifndef KR_SYS_STDLIB_H
#define KR_SYS_STDLIB_H

/* NULL-terminated, sorted module names of CPython 3.11's standard library. */
extern const char *const kr_sys_stdlib_names[];
#endif
