/* stringmodule.h — the built-in _string module (stringmodule.c): the
 * str.format parsers that string.Formatter uses. */
#ifndef KR_STRINGMODULE_H
#define KR_STRINGMODULE_H
#include "../objects/module.h"

/* The module definition, listed in registry.c. */
extern KrModuleDef kr_stringmodule_def;
/* The iterators formatter_parser and formatter_field_name_split return. */
extern KrTypeObject kr_string_formatteriter_type, kr_string_fieldnameiter_type;
#endif
