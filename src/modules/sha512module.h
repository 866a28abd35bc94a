/* sha512module.h — the built-in _sha512 module (sha512module.c): SHA-512 and
 * SHA-384 hash objects backed by OpenSSL's libcrypto, as CPython 3.11's _sha512. */
#ifndef KR_SHA512MODULE_H
#define KR_SHA512MODULE_H
#include "../objects/module.h"

/* The module definition, listed in registry.c. */
extern KrModuleDef kr_sha512module_def;
/* _sha512.sha512 and _sha512.sha384. */
extern KrTypeObject kr_sha512_type, kr_sha384_type;
#endif
