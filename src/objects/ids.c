/* ids.c — interns the identifiers of ids.h at start-up. */
#include "ids.h"
#include "str.h"

struct KrIds kr_ids;

int kr_ids_init(void)
{
#define KR_ID_INTERN(n) if (!(kr_ids.id_##n = kr_str_intern_cstr(#n))) return -1;
    KR_ID_LIST(KR_ID_INTERN)
#undef KR_ID_INTERN
    return 0;
}
