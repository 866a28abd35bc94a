/* stringmodule.c — the built-in _string module: formatter_parser and
 * formatter_field_name_split expose str.format's own parser (str_format.c)
 * to string.Formatter, as lazy iterators like CPython's. */
#include "stringmodule.h"
#include "../objects/str.h"
#include "../objects/str_format.h"
#include "../objects/str_impl.h"
#include "../objects/int.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../vm/err.h"

/* Both iterators walk a str from `pos` to `end`. */
typedef struct {
    KrObject ob_base;
    KrObject *str;             /* owned */
    ssize_t pos, end;
} KrFormatIterObject;

static KrObject *iter_new(KrTypeObject *type, KrObject *s, ssize_t pos, ssize_t end)
{
    KrFormatIterObject *it = KR_NEW(KrFormatIterObject, type);
    if (!it) return NULL;
    it->str = kr_newref(s);
    it->pos = pos;
    it->end = end;
    return (KrObject *)it;
}

static void iter_dealloc(KrObject *o)
{
    KR_XDECREF(((KrFormatIterObject *)o)->str);
    KR_TYPE(o)->tp_free(o);
}

/* formatteriterator: (literal, field_name, format_spec, conversion) */
static KrObject *formatteriter_next(KrObject *o)
{
    KrFormatIterObject *it = (KrFormatIterObject *)o;
    KrFormatItem item;
    int r = kr_str_format_parse_next(it->str, &it->pos, it->end, &item);
    if (r <= 0) return NULL;
    KrObject *lit = kr_str_substring(it->str, item.lit_start, item.lit_end);
    KrObject *name = NULL, *spec = NULL, *conv = NULL;
    if (!lit) return NULL;
    if (item.has_field) {
        name = kr_str_substring(it->str, item.field_start, item.field_end);
        spec = kr_str_substring(it->str, item.spec_start, item.spec_end);
        conv = item.conversion ? kr_str_from_char(item.conversion) : kr_newref(KR_NONE);
    } else {
        name = kr_newref(KR_NONE);
        spec = kr_newref(KR_NONE);
        conv = kr_newref(KR_NONE);
    }
    KrObject *t = name && spec && conv ? kr_tuple_pack(4, lit, name, spec, conv) : NULL;
    KR_DECREF(lit);
    KR_XDECREF(name);
    KR_XDECREF(spec);
    KR_XDECREF(conv);
    return t;
}

/* An int for an all-digits part, else the str. */
static KrObject *index_or_str(KrObject *s, ssize_t a, ssize_t b)
{
    ssize_t v = kr_str_format_get_integer(s, a, b);
    if (v == -2) return NULL;
    if (v >= 0) return kr_int_from_ssize(v);
    return kr_str_substring(s, a, b);
}

/* fieldnameiterator: (is_attribute, key) for each .attr / [key] part */
static KrObject *fieldnameiter_next(KrObject *o)
{
    KrFormatIterObject *it = (KrFormatIterObject *)o;
    KrObject *s = it->str;
    ssize_t i = it->pos, end = it->end;
    if (i >= end) return NULL;
    uint32_t c = KR_STR_READ_CHAR(s, i++);
    ssize_t a = i, b;
    int is_attr;
    if (c == '.') {
        is_attr = 1;
        while (i < end) {
            uint32_t cc = KR_STR_READ_CHAR(s, i);
            if (cc == '.' || cc == '[') break;
            i++;
        }
        b = i;
    } else if (c == '[') {
        is_attr = 0;
        while (i < end && KR_STR_READ_CHAR(s, i) != ']') i++;
        if (i >= end) return kr_err_format(kr_exc_ValueError, "Missing ']' in format string");
        b = i++;
        if (i < end) {
            uint32_t cc = KR_STR_READ_CHAR(s, i);
            if (cc != '.' && cc != '[')
                return kr_err_format(kr_exc_ValueError,
                                     "Only '.' or '[' may follow ']' in format field specifier");
        }
    } else {
        return kr_err_format(kr_exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (a == b) return kr_err_format(kr_exc_ValueError, "Empty attribute in format string");
    it->pos = i;
    KrObject *key = index_or_str(s, a, b);
    if (!key) return NULL;
    KrObject *t = kr_tuple_pack(2, is_attr ? KR_TRUE : KR_FALSE, key);
    KR_DECREF(key);
    return t;
}

static KrObject *string_formatter_parser(KrObject *m, KrObject *s)
{
    if (!KR_STR_CHECK(s))
        return kr_err_format(kr_exc_TypeError, "expected str, got %.200s", KR_TYPE(s)->tp_name);
    return iter_new(&kr_string_formatteriter_type, s, 0, KR_STR_LEN(s));
}

static KrObject *string_formatter_field_name_split(KrObject *m, KrObject *s)
{
    if (!KR_STR_CHECK(s))
        return kr_err_format(kr_exc_TypeError, "expected str, got %.200s", KR_TYPE(s)->tp_name);
    ssize_t n = KR_STR_LEN(s), i = 0;
    while (i < n) {
        uint32_t c = KR_STR_READ_CHAR(s, i);
        if (c == '.' || c == '[') break;
        i++;
    }
    KrObject *first = index_or_str(s, 0, i);
    if (!first) return NULL;
    KrObject *rest = iter_new(&kr_string_fieldnameiter_type, s, i, n);
    KrObject *t = rest ? kr_tuple_pack(2, first, rest) : NULL;
    KR_DECREF(first);
    KR_XDECREF(rest);
    return t;
}

KrTypeObject kr_string_formatteriter_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "formatteriterator",
    .tp_basicsize = sizeof(KrFormatIterObject),
    .tp_dealloc = iter_dealloc,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_DISALLOW_INSTANTIATION,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = formatteriter_next,
    .tp_free = kr_object_free,
};

KrTypeObject kr_string_fieldnameiter_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "fieldnameiterator",
    .tp_basicsize = sizeof(KrFormatIterObject),
    .tp_dealloc = iter_dealloc,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_DISALLOW_INSTANTIATION,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = fieldnameiter_next,
    .tp_free = kr_object_free,
};

static KrMethodDef string_methods[] = {
    { "formatter_parser", (void *)string_formatter_parser, KR_METH_O,
      "parse the argument as a format string" },
    { "formatter_field_name_split", (void *)string_formatter_field_name_split, KR_METH_O,
      "split the argument as a field name" },
    { NULL, NULL, 0, NULL }
};

static int string_exec(KrObject *m)
{
    if (kr_type_ready(&kr_string_formatteriter_type) < 0) return -1;
    if (kr_type_ready(&kr_string_fieldnameiter_type) < 0) return -1;
    return 0;
}

KrModuleDef kr_stringmodule_def = {
    .name = "_string",
    .doc = "string helper module",
    .methods = string_methods,
    .exec = string_exec,
};
