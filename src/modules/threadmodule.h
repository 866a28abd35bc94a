/* threadmodule.h — the _thread module (one-thread implementation). */
#ifndef KR_THREADMODULE_H
#define KR_THREADMODULE_H
#include "../objects/module.h"

extern KrModuleDef kr_threadmodule_def;
extern KrTypeObject kr_thread_lock_type;    /* _thread.lock */
extern KrTypeObject kr_thread_rlock_type;   /* _thread.RLock */
extern KrTypeObject kr_thread_local_type;   /* _thread._local */
#endif
