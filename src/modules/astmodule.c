/* astmodule.c — the `_ast` module: the base class ast.AST (constructor,
 * __reduce__, per-node __dict__), the creation of every node class from the
 * generated table (astmodule_gen.c), and the entry points of the two
 * conversions between the parser's C AST and Python node objects. */
#include "astmodule.h"
#include "astmodule_gen.h"
#include "../objects/dict.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/set.h"
#include "../objects/str.h"
#include "../objects/bytes.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../objects/abstract.h"
#include <string.h>
#include "../memory/gc.h"
#include "../parser/parser.h"
#include "../vm/err.h"
#include "../vm/state.h"

typedef struct {
    KrObject ob_base;
    KrObject *dict;
} KrAstNodeObject;

/* ---- ast.AST ---- */

static int ast_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrAstNodeObject *)o)->dict);
    return 0;
}

static int ast_clear(KrObject *o)
{
    KR_CLEAR(((KrAstNodeObject *)o)->dict);
    return 0;
}

static void ast_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    ast_clear(o);
    KR_TYPE(o)->tp_free(o);
}

/* The short name of o's class ("Name"), as CPython's _PyType_Name. */
static const char *short_type_name(KrTypeObject *t)
{
    const char *s = strrchr(t->tp_name, '.');
    return s ? s + 1 : t->tp_name;
}

/* AST.__init__(*args, **kwargs): positional arguments are matched to the
 * class's _fields; keyword arguments set any attribute. */
static int ast_init(KrObject *self, KrObject *args, KrObject *kwds)
{
    KrObject *fields = NULL;
    ssize_t numfields = 0;
    int res = -1;
    static KrObject *fields_name;   /* interned once, kept for the process */
    if (!fields_name && !(fields_name = kr_str_intern_cstr("_fields"))) return -1;
    if (kr_object_lookup_attr((KrObject *)KR_TYPE(self), fields_name, &fields) < 0) return -1;
    if (fields) {
        numfields = kr_object_length(fields);
        if (numfields < 0) goto done;
    }
    ssize_t nargs = args ? KR_SIZE(args) : 0;
    if (nargs > numfields) {
        kr_err_format(kr_exc_TypeError, "%.400s constructor takes at most %zd positional argument%s",
                      short_type_name(KR_TYPE(self)), numfields, numfields == 1 ? "" : "s");
        goto done;
    }
    for (ssize_t i = 0; i < nargs; i++) {
        KrObject *name = kr_sequence_get_item(fields, i);
        if (!name) goto done;
        if (!KR_STR_CHECK(name)) {
            kr_err_format(kr_exc_TypeError, "field names must be str, not %s", KR_TYPE(name)->tp_name);
            KR_DECREF(name);
            goto done;
        }
        int r = kr_object_setattr(self, name, KR_TUPLE_GET(args, i));
        KR_DECREF(name);
        if (r < 0) goto done;
    }
    if (kwds) {
        ssize_t pos = 0;
        KrObject *key, *value;
        while (kr_dict_next(kwds, &pos, &key, &value)) {
            if (fields && nargs > 0) {
                for (ssize_t i = 0; i < nargs; i++) {
                    KrObject *name = kr_sequence_get_item(fields, i);
                    if (!name) goto done;
                    int eq = kr_object_richcompare_bool(name, key, KR_EQ);
                    KR_DECREF(name);
                    if (eq < 0) goto done;
                    if (eq) {
                        kr_err_format(kr_exc_TypeError, "%.400s got multiple values for argument '%U'",
                                      KR_TYPE(self)->tp_name, key);
                        goto done;
                    }
                }
            }
            if (kr_object_setattr(self, key, value) < 0) goto done;
        }
    }
    res = 0;
done:
    KR_XDECREF(fields);
    return res;
}

/* AST.__reduce__(): (type(self), (), self.__dict__). */
static KrObject *ast_reduce(KrObject *self, KrObject *unused)
{
    (void)unused;
    KrObject *dict = kr_object_dict_slot_get(&((KrAstNodeObject *)self)->dict);
    if (!dict) return NULL;
    KrObject *empty = kr_tuple_new(0);
    if (!empty) { KR_DECREF(dict); return NULL; }
    KrObject *r = kr_tuple_pack(3, (KrObject *)KR_TYPE(self), empty, dict);
    KR_DECREF(empty);
    KR_DECREF(dict);
    return r;
}

static KrObject *ast_get_dict(KrObject *o, void *c)
{
    (void)c;
    return kr_object_dict_slot_get(&((KrAstNodeObject *)o)->dict);
}

static int ast_set_dict(KrObject *o, KrObject *v, void *c)
{
    (void)c;
    return kr_object_dict_slot_set(&((KrAstNodeObject *)o)->dict, v, 0);
}

static KrGetSetDef ast_getset[] = {
    { "__dict__", ast_get_dict, ast_set_dict, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static KrMethodDef ast_methods[] = {
    { "__reduce__", (void *)ast_reduce, KR_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_ast_node_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "ast.AST",
    .tp_basicsize = sizeof(KrAstNodeObject),
    .tp_dealloc = ast_dealloc,
    .tp_getattro = kr_object_generic_getattr,
    .tp_setattro = kr_object_generic_setattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_traverse = ast_traverse,
    .tp_clear = ast_clear,
    .tp_methods = ast_methods,
    .tp_getset = ast_getset,
    .tp_dictoffset = offsetof(KrAstNodeObject, dict),
    .tp_init = ast_init,
    .tp_alloc = kr_type_generic_alloc,
    .tp_new = kr_type_generic_new,
    .tp_free = kr_object_free,
};

/* ---- the classes ---- */

static int classes_ready;

/* A tuple of the interned names of a -1-terminated KR_ASTF_* list. */
static KrObject *name_tuple(const short *list)
{
    ssize_t n = 0;
    while (list[n] >= 0) n++;
    KrObject *t = kr_tuple_new(n);
    if (!t) return NULL;
    for (ssize_t i = 0; i < n; i++)
        KR_TUPLE_SET_STEAL(t, i, kr_newref(kr_astmodule_gen_names[list[i]]));
    return t;
}

/* Sets a class attribute in the dict of the static type ast.AST. */
static int ast_base_set(const char *name, KrObject *value_steal)
{
    if (!value_steal) return -1;
    int r = kr_dict_set_item_str(kr_ast_node_type.tp_dict, name, value_steal);
    KR_DECREF(value_steal);
    return r;
}

/* Makes every node class (once per process), as CPython's make_type:
 * type(name, (base,), {_fields, __match_args__, __module__, __doc__}), then
 * _attributes and a class-level None for each optional field/attribute. */
static int make_classes(void)
{
    if (classes_ready) return 0;
    if (kr_type_ready(&kr_ast_node_type) < 0) return -1;
    if (ast_base_set("__doc__", kr_newref(KR_NONE)) < 0) return -1;
    if (ast_base_set("__module__", kr_str_from_cstr("ast")) < 0) return -1;
    if (ast_base_set("_fields", kr_tuple_new(0)) < 0) return -1;
    if (ast_base_set("__match_args__", kr_tuple_new(0)) < 0) return -1;
    if (ast_base_set("_attributes", kr_tuple_new(0)) < 0) return -1;
    kr_type_modified(&kr_ast_node_type);
    for (int i = 0; i < KR_ASTF_COUNT; i++) {
        if (kr_astmodule_gen_names[i]) continue;
        kr_astmodule_gen_names[i] = kr_str_intern_cstr(kr_astmodule_gen_name_strs[i]);
        if (!kr_astmodule_gen_names[i]) return -1;
    }
    for (int i = 0; i < KR_ASTC_COUNT; i++) {
        const KrAstClassSpec *s = &kr_astmodule_gen_classes[i];
        if (kr_astmodule_gen_types[i]) continue;
        KrObject *base = s->base < 0 ? (KrObject *)&kr_ast_node_type : kr_astmodule_gen_types[s->base];
        KrObject *name = NULL, *bases = NULL, *dict = NULL, *fields = NULL, *cls = NULL;
        int ok = 0;
        if (!(name = kr_str_from_cstr(s->name))) goto next;
        if (!(bases = kr_tuple_pack(1, base))) goto next;
        if (!(dict = kr_dict_new())) goto next;
        if (!(fields = name_tuple(s->fields))) goto next;
        if (kr_dict_set_item_str(dict, "_fields", fields) < 0) goto next;
        if (kr_dict_set_item_str(dict, "__match_args__", fields) < 0) goto next;
        KrObject *v = kr_str_from_cstr("ast");
        if (!v || kr_dict_set_item_str(dict, "__module__", v) < 0) { KR_XDECREF(v); goto next; }
        KR_DECREF(v);
        v = kr_str_from_cstr(s->doc);
        if (!v || kr_dict_set_item_str(dict, "__doc__", v) < 0) { KR_XDECREF(v); goto next; }
        KR_DECREF(v);
        if (!(cls = kr_type_new(NULL, name, bases, dict))) goto next;
        if (s->attributes) {
            KrObject *attrs = name_tuple(s->attributes);
            if (!attrs) goto next;
            int r = kr_object_setattr_str(cls, "_attributes", attrs);
            KR_DECREF(attrs);
            if (r < 0) goto next;
        }
        for (const short *p = s->optional; *p >= 0; p++)
            if (kr_object_setattr(cls, kr_astmodule_gen_names[*p], KR_NONE) < 0) goto next;
        if (s->is_singleton) {
            KrObject *inst = kr_object_call_noargs(cls);
            if (!inst) goto next;
            kr_astmodule_gen_singletons[i] = inst;
        }
        kr_astmodule_gen_types[i] = kr_newref(cls);
        ok = 1;
    next:
        KR_XDECREF(name);
        KR_XDECREF(bases);
        KR_XDECREF(dict);
        KR_XDECREF(fields);
        KR_XDECREF(cls);
        if (!ok) return -1;
    }
    classes_ready = 1;
    return 0;
}

/* ---- helpers of the generated conversions ---- */

_Thread_local int kr_astmodule_depth;
static _Thread_local int depth_limit;

int kr_astmodule_enter(void)
{
    if (++kr_astmodule_depth > depth_limit || kr_stack_check() < 0) {
        kr_astmodule_depth--;
        if (!kr_err_occurred() || kr_err_matches(kr_exc_RecursionError)) {
            kr_err_clear();
            kr_err_set_string(kr_exc_RecursionError,
                              "maximum recursion depth exceeded during ast construction");
        }
        return -1;
    }
    return 0;
}

KrObject *kr_astmodule_node_new(int cls, KrObject **dict)
{
    KrTypeObject *t = (KrTypeObject *)kr_astmodule_gen_types[cls];
    KrObject *o = t->tp_alloc(t, 0);
    if (!o) return NULL;
    KrObject *d = kr_dict_new();
    if (!d) { KR_DECREF(o); return NULL; }
    ((KrAstNodeObject *)o)->dict = d;
    *dict = d;
    return o;
}

KrObject *kr_astmodule_object_or_none(KrObject *o)
{
    return kr_newref(o ? o : KR_NONE);
}

KrObject *kr_astmodule_identifier_list(KrAstIdentifierSeq *seq)
{
    ssize_t n = KR_AST_SEQ_LEN(seq);
    KrObject *l = kr_list_new(n);
    if (!l) return NULL;
    for (ssize_t i = 0; i < n; i++)
        KR_LIST_SET_STEAL(l, i, kr_astmodule_object_or_none(seq->items[i]));
    return l;
}

KrObject *kr_astmodule_enum_obj(int value, int base)
{
    KrObject *o = kr_astmodule_gen_singletons[base + value];
    if (!o) {
        kr_err_set_string(kr_exc_SystemError, "bad operator value in the AST");
        return NULL;
    }
    return kr_newref(o);
}

KrObject *kr_astmodule_enum_list(KrAstIntSeq *seq, int base)
{
    ssize_t n = KR_AST_SEQ_LEN(seq);
    KrObject *l = kr_list_new(n);
    if (!l) return NULL;
    for (ssize_t i = 0; i < n; i++) {
        KrObject *v = kr_astmodule_enum_obj(seq->items[i], base);
        if (!v) { KR_DECREF(l); return NULL; }
        KR_LIST_SET_STEAL(l, i, v);
    }
    return l;
}

KrObject *kr_astmodule_seq_list(KrAstSeq *seq, KrObject *(*conv)(void *))
{
    ssize_t n = KR_AST_SEQ_LEN(seq);
    KrObject *l = kr_list_new(n);
    if (!l) return NULL;
    for (ssize_t i = 0; i < n; i++) KR_LIST_SET_STEAL(l, i, kr_newref(KR_NONE));
    for (ssize_t i = 0; i < n; i++) {
        if (!seq->items[i]) continue;
        KrObject *v = conv(seq->items[i]);
        if (!v) { KR_DECREF(l); return NULL; }
        KR_SETREF(KR_LIST_GET(l, i), v);
    }
    return l;
}

int kr_astmodule_obj2ast_identifier(KrObject *obj, void *outp, KrArena *arena)
{
    KrObject **out = outp;
    if (obj == KR_NONE) { *out = NULL; return 0; }
    if (!KR_STR_CHECK_EXACT(obj)) {
        kr_err_set_string(kr_exc_TypeError, "AST identifier must be of type str");
        return -1;
    }
    KrObject *s = kr_newref(obj);
    kr_str_intern_in_place(&s);
    if (kr_arena_add_object(arena, s) < 0) return -1;
    *out = s;
    return 0;
}

int kr_astmodule_obj2ast_string(KrObject *obj, void *outp, KrArena *arena)
{
    KrObject **out = outp;
    if (obj == KR_NONE) { *out = NULL; return 0; }
    if (!KR_STR_CHECK_EXACT(obj) && !KR_BYTES_CHECK_EXACT(obj)) {
        kr_err_set_string(kr_exc_TypeError, "AST string must be of type str");
        return -1;
    }
    if (kr_arena_add_object(arena, kr_newref(obj)) < 0) return -1;
    *out = obj;
    return 0;
}

/* The values a Constant may hold (CPython's validate_constant): NULL if v
 * is valid, else the (borrowed) innermost object of a wrong type. */
static KrObject *constant_bad(KrObject *v)
{
    if (v == KR_NONE || v == KR_ELLIPSIS) return NULL;
    if (KR_INT_CHECK_EXACT(v) || KR_FLOAT_CHECK_EXACT(v) || KR_TYPE(v) == &kr_complex_type ||
        KR_BOOL_CHECK(v) || KR_STR_CHECK_EXACT(v) || KR_BYTES_CHECK_EXACT(v))
        return NULL;
    if (KR_TUPLE_CHECK_EXACT(v)) {
        for (ssize_t i = 0; i < KR_SIZE(v); i++) {
            KrObject *bad = constant_bad(KR_TUPLE_GET(v, i));
            if (bad) return bad;
        }
        return NULL;
    }
    if (KR_TYPE(v) == &kr_frozenset_type) {
        KrObject *it = kr_object_get_iter(v), *item, *bad = NULL;
        if (!it) { kr_err_clear(); return v; }
        while (!bad && (item = kr_iter_next(it))) {
            bad = constant_bad(item);
            KR_DECREF(item);   /* the frozenset keeps item alive */
        }
        KR_DECREF(it);
        kr_err_clear();
        return bad;
    }
    return v;
}

int kr_astmodule_obj2ast_constant(KrObject *obj, void *outp, KrArena *arena)
{
    KrObject **out = outp;
    KrObject *bad = constant_bad(obj);
    if (bad) {
        kr_err_format(kr_exc_TypeError, "got an invalid type in Constant: %s",
                      short_type_name(KR_TYPE(bad)));
        return -1;
    }
    if (kr_arena_add_object(arena, kr_newref(obj)) < 0) return -1;
    *out = obj;
    return 0;
}

int kr_astmodule_obj2ast_int(KrObject *obj, void *outp, KrArena *arena)
{
    int *out = outp;
    (void)arena;
    if (!KR_INT_CHECK(obj)) {
        kr_err_format(kr_exc_ValueError, "invalid integer value: %R", obj);
        return -1;
    }
    int64_t v = kr_int_as_i64(obj);
    if (v == -1 && kr_err_occurred()) return -1;
    if (v > INT32_MAX || v < INT32_MIN) {
        kr_err_set_string(kr_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

int kr_astmodule_obj2ast_enum(KrObject *obj, void *out, int first, int n, const char *name)
{
    for (int k = 0; k < n; k++) {
        int is = kr_object_is_instance(obj, kr_astmodule_gen_types[first + k]);
        if (is < 0) return -1;
        if (is) {
            *(int *)out = k + 1;
            return 0;
        }
    }
    kr_err_format(kr_exc_TypeError, "expected some sort of %s, but got %R", name, obj);
    return -1;
}

int kr_astmodule_get_field(KrObject *obj, int f, const char *owner, int optional, KrObject **value)
{
    const char *fname = kr_astmodule_gen_name_strs[f];
    if (kr_object_lookup_attr(obj, kr_astmodule_gen_names[f], value) < 0) return -1;
    if (!*value) {
        if (optional) return 0;
        kr_err_format(kr_exc_TypeError, "required field \"%s\" missing from %s", fname, owner);
        return -1;
    }
    if (optional && *value == KR_NONE) {
        KR_CLEAR(*value);
        return 0;
    }
    return 1;
}

int kr_astmodule_seq(KrObject *list, const char *owner, int f, KrAstConv conv, int is_int,
                     const char *null_msg, KrArena *arena, void **out)
{
    const char *fname = kr_astmodule_gen_name_strs[f];
    if (!KR_LIST_CHECK(list)) {
        kr_err_format(kr_exc_TypeError, "%s field \"%s\" must be a list, not a %.200s", owner, fname,
                      KR_TYPE(list)->tp_name);
        return -1;
    }
    ssize_t len = KR_SIZE(list);
    KrAstIntSeq *iseq = NULL;
    KrAstSeq *pseq = NULL;
    if (is_int) iseq = kr_ast_int_seq_new(arena, len);
    else pseq = kr_ast_seq_new(arena, len);
    if (!iseq && !pseq) return -1;
    for (ssize_t i = 0; i < len; i++) {
        KrObject *item = kr_newref(KR_LIST_GET(list, i));
        int r = conv(item, is_int ? (void *)&iseq->items[i] : (void *)&pseq->items[i], arena);
        KR_DECREF(item);
        if (r < 0) return -1;
        if (len != KR_SIZE(list)) {
            kr_err_format(kr_exc_RuntimeError, "%s field \"%s\" changed size during iteration",
                          owner, fname);
            return -1;
        }
        if (null_msg && !is_int && !pseq->items[i]) {
            kr_err_set_string(kr_exc_ValueError, null_msg);
            return -1;
        }
    }
    *out = is_int ? (void *)iseq : (void *)pseq;
    return 0;
}

void kr_astmodule_required(const char *field, const char *cons)
{
    kr_err_format(kr_exc_ValueError, "field '%s' is required for %s", field, cons);
}

/* ---- entry points ---- */

/* Starts a conversion: as CPython 3.11, 3 levels of nesting per unit of the
 * recursion limit left to the caller. */
static void set_depth_limit(void)
{
    KrThreadState *ts = kr_tstate_get();
    int limit = kr_interp.recursion_limit;
    kr_astmodule_depth = 0;
    if (limit >= 0x7fffffff / 3) {
        depth_limit = limit;
        return;
    }
    depth_limit = (limit - (ts ? ts->recursion_depth : 0)) * 3;
    if (depth_limit < 50) depth_limit = 50;
}

KrObject *kr_astmodule_from_mod(KrAstMod *mod)
{
    if (make_classes() < 0) return NULL;
    set_depth_limit();
    return kr_astmodule_gen_from_mod(mod);
}

int kr_astmodule_check(KrObject *o)
{
    return KR_TYPE_CHECK_EXACT_OR_SUB(o, &kr_ast_node_type);
}

KrAstMod *kr_astmodule_to_mod(KrObject *obj, int mode, KrArena *arena)
{
    static const int want[] = { KR_ASTC_Module, KR_ASTC_Expression, KR_ASTC_Interactive,
                                KR_ASTC_FunctionType };
    if (make_classes() < 0) return NULL;
    if (mode < 0 || mode > 3) {
        kr_err_set_string(kr_exc_SystemError, "bad mode for an AST conversion");
        return NULL;
    }
    int is = kr_object_is_instance(obj, kr_astmodule_gen_types[want[mode]]);
    if (is < 0) return NULL;
    if (!is) {
        kr_err_format(kr_exc_TypeError, "expected %s node, got %.400s",
                      kr_astmodule_gen_classes[want[mode]].name, short_type_name(KR_TYPE(obj)));
        return NULL;
    }
    set_depth_limit();
    KrAstMod *mod = NULL;
    if (kr_astmodule_gen_to_mod(obj, &mod, arena) < 0) return NULL;
    set_depth_limit();
    if (kr_astmodule_validate(mod) < 0) return NULL;
    return mod;
}

/* ---- the module ---- */

static int ast_exec(KrObject *m)
{
    if (make_classes() < 0) return -1;
    if (kr_module_add_int(m, "PyCF_ALLOW_TOP_LEVEL_AWAIT", KR_PYCF_ALLOW_TOP_LEVEL_AWAIT) < 0) return -1;
    if (kr_module_add_int(m, "PyCF_ONLY_AST", KR_PYCF_ONLY_AST) < 0) return -1;
    if (kr_module_add_int(m, "PyCF_TYPE_COMMENTS", KR_PYCF_TYPE_COMMENTS) < 0) return -1;
    if (kr_module_add_steal(m, "AST", kr_newref(&kr_ast_node_type)) < 0) return -1;
    for (int i = 0; i < KR_ASTC_COUNT; i++)
        if (kr_module_add_steal(m, kr_astmodule_gen_classes[i].name,
                                kr_newref(kr_astmodule_gen_types[i])) < 0)
            return -1;
    return 0;
}

KrModuleDef kr_astmodule_def = {
    .name = "_ast",
    .doc = NULL,
    .methods = NULL,
    .exec = ast_exec,
};
