/* structmodule.h — the built-in _struct module (structmodule.c): packing
 * Python values into C structs held in bytes, as CPython 3.11's _struct. */
#ifndef KR_STRUCTMODULE_H
#define KR_STRUCTMODULE_H
#include "../objects/module.h"

/* The module definition, listed in registry.c. */
extern KrModuleDef kr_structmodule_def;
/* _struct.Struct and the iterator returned by iter_unpack. */
extern KrTypeObject kr_struct_type, kr_struct_unpackiter_type;
#endif
