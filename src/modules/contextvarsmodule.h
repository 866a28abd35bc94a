/* contextvarsmodule.h — the built-in _contextvars module (contextvarsmodule.c):
 * ContextVar, Token, Context and copy_context (PEP 567). */
#ifndef KR_CONTEXTVARSMODULE_H
#define KR_CONTEXTVARSMODULE_H
#include "../objects/module.h"

/* The module definition, listed in registry.c. */
extern KrModuleDef kr_contextvarsmodule_def;
extern KrTypeObject kr_context_type, kr_contextvar_type, kr_contexttoken_type;

/* A new Context holding the current context's variables (copy_context()).
 * New reference or NULL. */
KrObject *kr_contextvars_copy_context(void);
#endif
