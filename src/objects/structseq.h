/* structseq.h — "struct sequences": tuple subclasses whose items also have
 * names (sys.version_info, sys.flags, os.stat_result, time.struct_time).
 * The first n_in_sequence fields are the tuple's items; further fields are
 * reachable only by attribute (as CPython's hidden fields). */
#ifndef KR_STRUCTSEQ_H
#define KR_STRUCTSEQ_H
#include "object.h"
#include "tuple.h"

typedef struct {
    const char *name;
    const char *doc;              /* may be NULL */
} KrStructSeqField;

typedef struct {
    const char *name;             /* "module.name", e.g. "sys.version_info" */
    const char *doc;              /* may be NULL */
    const KrStructSeqField *fields; /* terminated by a { NULL } entry */
    int n_in_sequence;            /* visible fields; <= number of fields */
    int disallow_new;             /* 1: Type(...) raises "cannot create 'X' instances" */
} KrStructSeqDesc;

/* Makes a new struct sequence type (immortal, like a static type) from desc,
 * which must outlive the type. Instances can be made from Python as
 * Type(sequence[, dict]) unless desc->disallow_new is set.
 * Returns a borrowed pointer (the type is never freed), or NULL + exception. */
KrTypeObject *kr_structseq_new_type(const KrStructSeqDesc *desc);

/* A new instance with every field NULL: fill ALL fields (hidden ones too)
 * with KR_STRUCTSEQ_SET_STEAL before the object is used. NULL + MemoryError. */
KrObject *kr_structseq_new(KrTypeObject *type);
#define KR_STRUCTSEQ_SET_STEAL(o, i, v) (KR_TUPLE_ITEMS(o)[i] = (v))
#define KR_STRUCTSEQ_GET(o, i) (KR_TUPLE_ITEMS(o)[i])   /* borrowed */

/* Number of fields (visible + hidden) of a struct sequence type. */
ssize_t kr_structseq_n_fields(KrTypeObject *type);
#endif
