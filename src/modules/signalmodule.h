/* signalmodule.h — the `_signal` module: Python-level signal handlers on top
 * of the eval loop's signal hand-off (vm/eval.h, kr_eval_signal_hook). */
#ifndef KR_SIGNALMODULE_H
#define KR_SIGNALMODULE_H
#include "../objects/module.h"

extern KrModuleDef kr_signalmodule_def;

#endif
