/* structseq.c — struct sequence types (see structseq.h): a tuple subclass
 * with one read-only member descriptor per field and a "name(f=v, ...)" repr. */
#include "structseq.h"
#include "type.h"
#include "str.h"
#include "dict.h"
#include "int.h"
#include "../memory/mem.h"
#include "../memory/gc.h"
#include "../vm/err.h"

#include <string.h>

/* The type object followed by what the functions below need. */
typedef struct {
    KrTypeObject type;
    const KrStructSeqDesc *desc;
    ssize_t n_fields;
    ssize_t n_visible;
    KrMemberDef *members;
} KrStructSeqType;

#define SST(t) ((KrStructSeqType *)(t))

/* the struct sequence type that t derives from (t itself, or a base) */
static KrStructSeqType *structseq_type_of(KrTypeObject *t)
{
    while (t->tp_base && t->tp_base != &kr_tuple_type) t = t->tp_base;
    return SST(t);
}

ssize_t kr_structseq_n_fields(KrTypeObject *type) { return structseq_type_of(type)->n_fields; }

KrObject *kr_structseq_new(KrTypeObject *type)
{
    KrStructSeqType *st = structseq_type_of(type);
    KrTupleObject *o = (KrTupleObject *)kr_object_alloc(type, st->n_fields);
    if (!o) return NULL;
    KR_SIZE(o) = st->n_visible;
    o->hash_cache = -1;
    kr_gc_track(o);
    return (KrObject *)o;
}

static void structseq_dealloc(KrObject *o)
{
    KrStructSeqType *st = structseq_type_of(KR_TYPE(o));
    for (ssize_t i = st->n_visible; i < st->n_fields; i++) KR_CLEAR(KR_TUPLE_ITEMS(o)[i]);
    kr_tuple_type.tp_dealloc(o);
}

static KrObject *structseq_repr(KrObject *o)
{
    KrStructSeqType *st = structseq_type_of(KR_TYPE(o));
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    if (kr_strbuilder_append_utf8(&b, KR_TYPE(o)->tp_name, -1) < 0 ||
        kr_strbuilder_append_char(&b, '(') < 0)
        goto fail;
    for (ssize_t i = 0; i < st->n_visible; i++) {
        if (i > 0 && kr_strbuilder_append_ascii(&b, ", ", 2) < 0) goto fail;
        if (kr_strbuilder_append_utf8(&b, st->desc->fields[i].name, -1) < 0 ||
            kr_strbuilder_append_char(&b, '=') < 0)
            goto fail;
        KrObject *r = kr_object_repr(KR_TUPLE_ITEMS(o)[i]);
        if (!r) goto fail;
        int rc = kr_strbuilder_append_str(&b, r);
        KR_DECREF(r);
        if (rc < 0) goto fail;
    }
    if (kr_strbuilder_append_char(&b, ')') < 0) goto fail;
    return kr_strbuilder_finish(&b);
fail:
    kr_strbuilder_discard(&b);
    return NULL;
}

/* Type(sequence, dict=None) */
static KrObject *structseq_tp_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    KrStructSeqType *st = structseq_type_of(type);
    KrObject *seq_arg = NULL, *dict = NULL;
    ssize_t nargs = args ? KR_SIZE(args) : 0;
    if (nargs >= 1) seq_arg = KR_TUPLE_GET(args, 0);
    if (nargs >= 2) dict = KR_TUPLE_GET(args, 1);
    if (kwds && kr_dict_size(kwds) > 0) {
        KrObject *v = kr_dict_get_item_str_borrow(kwds, "sequence");
        if (v) { seq_arg = v; }
        v = kr_dict_get_item_str_borrow(kwds, "dict");
        if (v) dict = v;
    }
    if (nargs > 2) {
        return kr_err_format(kr_exc_TypeError, "%s() takes at most 2 arguments (%zd given)",
                             type->tp_name, nargs);
    }
    if (!seq_arg) {
        return kr_err_format(kr_exc_TypeError,
                             "%s() missing required argument 'sequence' (pos 1)", type->tp_name);
    }
    if (dict == KR_NONE) dict = NULL;
    if (dict && !KR_DICT_CHECK(dict)) {
        return kr_err_format(kr_exc_TypeError, "%s() takes a dict as second arg, if any",
                             type->tp_name);
    }
    KrObject *seq = kr_sequence_tuple(seq_arg);
    if (!seq) return NULL;
    ssize_t len = KR_SIZE(seq), min = st->n_visible, max = st->n_fields;
    if (len < min || len > max) {
        if (min == max)
            kr_err_format(kr_exc_TypeError, "%s() takes a %zd-sequence (%zd-sequence given)",
                          type->tp_name, min, len);
        else if (len < min)
            kr_err_format(kr_exc_TypeError,
                          "%s() takes an at least %zd-sequence (%zd-sequence given)",
                          type->tp_name, min, len);
        else
            kr_err_format(kr_exc_TypeError,
                          "%s() takes an at most %zd-sequence (%zd-sequence given)",
                          type->tp_name, max, len);
        KR_DECREF(seq);
        return NULL;
    }
    KrObject *o = kr_structseq_new(type);
    if (!o) { KR_DECREF(seq); return NULL; }
    for (ssize_t i = 0; i < len; i++)
        KR_STRUCTSEQ_SET_STEAL(o, i, kr_newref(KR_TUPLE_GET(seq, i)));
    for (ssize_t i = len; i < max; i++) {
        KrObject *v = dict ? kr_dict_get_item_str_borrow(dict, st->desc->fields[i].name) : NULL;
        KR_STRUCTSEQ_SET_STEAL(o, i, kr_newref(v ? v : KR_NONE));
    }
    KR_DECREF(seq);
    return o;
}

static KrObject *structseq_reduce(KrObject *o, KrObject *unused)
{
    KrStructSeqType *st = structseq_type_of(KR_TYPE(o));
    KrObject *tup = kr_tuple_from_array(KR_TUPLE_ITEMS(o), st->n_visible);
    KrObject *dict = tup ? kr_dict_new() : NULL;
    KrObject *r = NULL;
    if (!dict) goto done;
    for (ssize_t i = st->n_visible; i < st->n_fields; i++)
        if (kr_dict_set_item_str(dict, st->desc->fields[i].name, KR_TUPLE_ITEMS(o)[i]) < 0)
            goto done;
    KrObject *args = kr_tuple_pack(2, tup, dict);
    if (!args) goto done;
    r = kr_tuple_pack(2, (KrObject *)KR_TYPE(o), args);
    KR_DECREF(args);
done:
    KR_XDECREF(tup);
    KR_XDECREF(dict);
    return r;
}

static KrMethodDef structseq_methods[] = {
    { "__reduce__", (void *)structseq_reduce, KR_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

KrTypeObject *kr_structseq_new_type(const KrStructSeqDesc *desc)
{
    ssize_t n = 0;
    while (desc->fields[n].name) n++;
    KrStructSeqType *st = kr_raw_calloc(1, sizeof *st);
    KrMemberDef *members = kr_raw_calloc((size_t)n + 1, sizeof *members);
    if (!st || !members) {
        kr_raw_free(st);
        kr_raw_free(members);
        kr_err_no_memory();
        return NULL;
    }
    for (ssize_t i = 0; i < n; i++) {
        members[i].name = desc->fields[i].name;
        members[i].type = KR_T_OBJECT;
        members[i].offset = (ssize_t)offsetof(KrTupleObject, ob_item) + i * (ssize_t)sizeof(KrObject *);
        members[i].flags = KR_READONLY;
        members[i].doc = desc->fields[i].doc;
    }
    KrTypeObject *t = &st->type;
    KR_REFCNT(t) = KR_IMMORTAL_REFCNT;
    KR_TYPE(t) = &kr_type_type;
    t->tp_name = desc->name;
    t->tp_doc = desc->doc;
    t->tp_basicsize = kr_tuple_type.tp_basicsize;
    t->tp_itemsize = kr_tuple_type.tp_itemsize;
    t->tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_TUPLE_SUBCLASS;
    t->tp_base = &kr_tuple_type;
    t->tp_dealloc = structseq_dealloc;
    t->tp_repr = structseq_repr;
    t->tp_traverse = kr_tuple_type.tp_traverse;
    t->tp_members = members;
    t->tp_methods = structseq_methods;
    if (desc->disallow_new) t->tp_flags |= KR_TPFLAGS_DISALLOW_INSTANTIATION;
    else t->tp_new = structseq_tp_new;
    t->tp_free = kr_object_free;
    st->desc = desc;
    st->n_fields = n;
    st->n_visible = desc->n_in_sequence;
    st->members = members;
    if (kr_type_ready(t) < 0) return NULL;
    KrObject *v;
    if (!(v = kr_int_from_ssize(st->n_visible)) ||
        kr_dict_set_item_str(t->tp_dict, "n_sequence_fields", v) < 0) goto fail_v;
    KR_DECREF(v);
    if (!(v = kr_int_from_ssize(n)) || kr_dict_set_item_str(t->tp_dict, "n_fields", v) < 0)
        goto fail_v;
    KR_DECREF(v);
    if (!(v = kr_int_from_ssize(0)) ||
        kr_dict_set_item_str(t->tp_dict, "n_unnamed_fields", v) < 0) goto fail_v;
    KR_DECREF(v);
    kr_type_modified(t);
    return t;
fail_v:
    KR_XDECREF(v);
    return NULL;
}
