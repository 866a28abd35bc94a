/* bool.h — the bool type (bool.c). Its objects and macros (KR_TRUE,
 * KR_FALSE, kr_bool_from) are declared in int.h, since bool is an int. */
#ifndef KR_BOOL_H
#define KR_BOOL_H
#include "int.h"

/* Readies the bool type (after kr_int_init). 0 or -1. */
int kr_bool_init(void);
#endif
