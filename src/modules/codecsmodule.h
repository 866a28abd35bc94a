/* codecsmodule.h — the built-in _codecs module (codecsmodule.c): the codec
 * registry (register/lookup), the built-in codecs' encode/decode functions
 * that the stdlib's codecs and encodings packages call, and the error
 * handler registry. */
#ifndef KR_CODECSMODULE_H
#define KR_CODECSMODULE_H
#include "../objects/module.h"

/* The module definition, listed in registry.c. */
extern KrModuleDef kr_codecsmodule_def;
/* Lets str.encode / bytes.decode reach registered codecs (cp1252, ...) for
 * encodings that are not built in: installs the str_codecs hooks. 0. */
int kr_codecsmodule_init(void);
#endif
