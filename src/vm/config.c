/* config.c — the one run-time configuration (see config.h). */
#include "config.h"

KrConfig kr_config;
