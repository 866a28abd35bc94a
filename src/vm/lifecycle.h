/* lifecycle.h — start-up and shutdown of the runtime. */
#ifndef KR_LIFECYCLE_H
#define KR_LIFECYCLE_H

/* Brings up every subsystem in dependency order (see lifecycle.c).
 * 0, or -1 after printing a fatal message. */
int kr_runtime_init(void);
/* Runs at-exit work, flushes the standard streams and frees what it can. */
void kr_runtime_fini(void);
/* 1 once shutdown has begun removing modules (CPython can no longer import
 * io then, so its tracebacks show no source lines: traceback.c follows). */
int kr_runtime_modules_torn_down(void);

#endif
