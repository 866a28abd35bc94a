/* memoryview.h — memoryview: a one-dimensional view of another object's
 * buffer (bytes, bytearray, ...), with slicing, item access by format and
 * cast between the byte formats and the native single-character formats. */
#ifndef KR_MEMORYVIEW_H
#define KR_MEMORYVIEW_H
#include "object.h"

extern KrTypeObject kr_memoryview_type;
#define KR_MEMORYVIEW_CHECK(o) (KR_TYPE(o) == &kr_memoryview_type)

/* memoryview(obj): NULL + TypeError if obj exports no buffer. */
KrObject *kr_memoryview_from_object(KrObject *obj);
int kr_memoryview_init(void);
#endif
