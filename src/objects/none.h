/* none.h — the types of None, NotImplemented and Ellipsis (the singletons
 * themselves are declared in object.h). */
#ifndef KR_NONE_H
#define KR_NONE_H
#include "object.h"

extern KrTypeObject kr_none_type, kr_notimplemented_type, kr_ellipsis_type;
int kr_none_init(void);
#endif
