/* timemodule.h — the time module, and the time helpers other modules share
 * (timeout conversion as CPython's _PyTime_FromSecondsObject, an
 * interruptible sleep). */
#ifndef KR_TIMEMODULE_H
#define KR_TIMEMODULE_H
#include "../objects/module.h"
#include <stdint.h>

extern KrModuleDef kr_timemodule_def;

/* Converts seconds (an int, anything with __index__, or a float) to
 * nanoseconds, rounding away from zero (CPython's _PyTime_ROUND_TIMEOUT).
 * 0, or -1 with ValueError for NaN, OverflowError "timestamp too large to
 * convert to C _PyTime_t", or the TypeError of index(). */
int kr_time_seconds_to_ns(KrObject *o, int64_t *ns_out);

/* Sleeps ns nanoseconds (>= 0). Interruptible: after a signal the pending
 * signals are handled (KeyboardInterrupt for SIGINT) and the sleep goes on
 * for the remaining time. 0, or -1 with an exception. */
int kr_time_sleep_ns(int64_t ns);

/* CLOCK_MONOTONIC in nanoseconds. */
int64_t kr_time_monotonic_ns(void);
#endif
