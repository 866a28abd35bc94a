/* binasciimodule.h — the built-in binascii module (binasciimodule.c):
 * hex, base64 and CRC conversions between binary data and ASCII. */
#ifndef KR_BINASCIIMODULE_H
#define KR_BINASCIIMODULE_H
#include "../objects/module.h"

/* The module definition, listed in registry.c. */
extern KrModuleDef kr_binasciimodule_def;
#endif
