/* itertoolsmodule.h — the built-in itertools module (itertoolsmodule.c,
 * itertools_comb.c for tee, zip_longest and the combinatoric iterators). */
#ifndef KR_ITERTOOLSMODULE_H
#define KR_ITERTOOLSMODULE_H
#include "../objects/module.h"

/* The module definition, listed in registry.c. */
extern KrModuleDef kr_itertoolsmodule_def;

/* Types defined in itertools_comb.c, added to the module by itertoolsmodule.c. */
extern KrTypeObject kr_itertools_tee_type, kr_itertools_teedataobject_type,
    kr_itertools_zip_longest_type, kr_itertools_product_type,
    kr_itertools_permutations_type, kr_itertools_combinations_type,
    kr_itertools_cwr_type;
/* Types defined in itertoolsmodule.c. */
extern KrTypeObject kr_itertools_count_type, kr_itertools_cycle_type, kr_itertools_repeat_type,
    kr_itertools_accumulate_type, kr_itertools_chain_type, kr_itertools_compress_type,
    kr_itertools_dropwhile_type, kr_itertools_takewhile_type, kr_itertools_filterfalse_type,
    kr_itertools_starmap_type, kr_itertools_groupby_type, kr_itertools_grouper_type,
    kr_itertools_islice_type, kr_itertools_pairwise_type;
/* itertools.tee(iterable, n=2): a new tuple, or NULL + exception. */
KrObject *kr_itertools_tee(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames);
#endif
