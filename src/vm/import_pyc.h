/* import_pyc.h — krait's adjustment of _bootstrap_external's .pyc reading:
 * a pyc whose body is corrupt is recompiled, never fails the import. */
#ifndef KR_IMPORT_PYC_H
#define KR_IMPORT_PYC_H
#include "../objects/object.h"

/* Replaces _classify_pyc and _compile_bytecode in the executed
 * _frozen_importlib_external module `ext` (borrowed) by C versions that also
 * check the body (see import_pyc.c). 0, or -1 with an exception. */
int kr_import_pyc_install(KrObject *ext);
#endif
