/* bytes_format.h — printf-style bytes formatting (bytes_format.c). The
 * entry point, kr_bytes_format_percent, is declared in bytes.h. */
#ifndef KR_BYTES_FORMAT_H
#define KR_BYTES_FORMAT_H
#include "bytes.h"
#endif
