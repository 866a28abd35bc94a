/* atexitmodule.h — the atexit module: functions run at interpreter exit. */
#ifndef KR_ATEXITMODULE_H
#define KR_ATEXITMODULE_H
#include "../objects/module.h"

extern KrModuleDef kr_atexitmodule_def;

/* Runs the registered callbacks, last registered first, and forgets them.
 * An exception in a callback is reported as unraisable ("Exception ignored
 * in atexit callback: ...") and the next callback runs. Never fails. */
void kr_atexit_run_all(void);
#endif
