/* marshalmodule.h — the built-in marshal module (marshalmodule.c): CPython
 * 3.11's serialization format for constants and code objects, byte for byte
 * for every non-code value, plus krait's own code-object record (type code
 * 'K'). The import system uses the C functions below for .pyc files.
 * Format and rules: docs/internals/marshal.md. */
#ifndef KR_MARSHALMODULE_H
#define KR_MARSHALMODULE_H
#include "../objects/module.h"

/* The current format version (marshal.version). */
#define KR_MARSHAL_VERSION 4

/* The module definition, listed in registry.c. */
extern KrModuleDef kr_marshalmodule_def;

/* marshal.dumps(v, version): the serialized form of v as a NEW bytes object,
 * or NULL with ValueError "unmarshallable object" / "object too deeply nested
 * to marshal" (or MemoryError). Code objects (krait's layout) are allowed.
 * Versions below 3 write no back-references; 4 is the default. */
KrObject *kr_marshal_dumps(KrObject *v, int version);

/* marshal.loads of the len bytes at buf: a NEW reference to the first object
 * stored there (trailing bytes are ignored), or NULL with an exception
 * (EOFError "marshal data too short", ValueError "bad marshal data (...)",
 * TypeError, UnicodeDecodeError, MemoryError ...). Never crashes on bad
 * input; the bytes are only read, and may come from anywhere. */
KrObject *kr_marshal_loads(const char *buf, ssize_t len);
#endif
