/* warningsmodule.h — the _warnings module: warn() and warn_explicit() for
 * C-level callers such as importlib._bootstrap, delegating to the
 * pure-Python `warnings` module of the standard library. */
#ifndef KR_WARNINGSMODULE_H
#define KR_WARNINGSMODULE_H
#include "../objects/module.h"

/* No `filters` attribute: warnings.py then keeps its Python implementation
 * (its `from _warnings import filters, ...` fails with ImportError). */
extern KrModuleDef kr_warningsmodule_def;
#endif
