/* test_marshal.c — unit tests of the C marshal API the import system uses:
 * kr_marshal_dumps / kr_marshal_loads round trips (values and compiled
 * code), CPython's bytes for a few values, and clean errors on bad data. */
#include "../../src/vm/lifecycle.h"
#include "../../src/vm/err.h"
#include "../../src/modules/marshalmodule.h"
#include "../../src/compiler/compile.h"
#include "../../src/parser/parser.h"
#include "../../src/objects/bytes.h"
#include "../../src/objects/code.h"
#include "../../src/objects/int.h"
#include "../../src/objects/list.h"
#include "../../src/objects/str.h"
#include "../../src/objects/tuple.h"

#include <stdio.h>
#include <string.h>

static int failures;
#define CHECK(cond) do { if (!(cond)) { printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); \
    failures++; } } while (0)

/* 1 if dumps(v, version) is exactly the n bytes `expect`. */
static int dumps_is(KrObject *v, int version, const char *expect, size_t n)
{
    KrObject *d = kr_marshal_dumps(v, version);
    if (!d) {
        kr_err_clear();
        return 0;
    }
    int ok = (size_t)KR_BYTES_LEN(d) == n && memcmp(KR_BYTES_DATA(d), expect, n) == 0;
    KR_DECREF(d);
    return ok;
}

/* 1 if loads(data) fails with exactly the exception type exc. */
static int loads_fails(const char *data, ssize_t n, KrObject *exc)
{
    KrObject *v = kr_marshal_loads(data, n);
    if (v) {
        KR_DECREF(v);
        return 0;
    }
    int ok = kr_err_occurred() == exc;
    kr_err_clear();
    return ok;
}

int main(void)
{
    if (kr_runtime_init() < 0) return 1;

    /* CPython 3.11's bytes */
    CHECK(dumps_is(KR_NONE, 4, "N", 1));
    KrObject *i = kr_int_from_i64(258);
    CHECK(dumps_is(i, 2, "i\x02\x01\x00\x00", 5));
    KR_DECREF(i);
    KrObject *big = kr_int_from_i64((int64_t)1 << 40);
    CHECK(dumps_is(big, 2, "l\x03\x00\x00\x00\x00\x00\x00\x00\x00\x04", 11));
    KrObject *t = kr_tuple_pack(2, big, KR_TRUE);
    /* big has two references (ours and the tuple's): FLAG_REF (0x80) on 'l' */
    CHECK(dumps_is(t, 4, ")\x02\xec\x03\x00\x00\x00\x00\x00\x00\x00\x00\x04T", 14));
    CHECK(dumps_is(t, 2, "(\x02\x00\x00\x00l\x03\x00\x00\x00\x00\x00\x00\x00\x00\x04T", 17));

    /* round trip of a list holding the tuple twice: sharing survives */
    KrObject *l = kr_list_new(0);
    kr_list_append(l, t);
    kr_list_append(l, t);
    KrObject *d = kr_marshal_dumps(l, 4);
    CHECK(d != NULL);
    if (d) {
        KrObject *back = kr_marshal_loads(KR_BYTES_DATA(d), KR_BYTES_LEN(d));
        CHECK(back && KR_LIST_CHECK_EXACT(back) && KR_SIZE(back) == 2);
        if (back) {
            CHECK(KR_LIST_GET(back, 0) == KR_LIST_GET(back, 1));
            CHECK(kr_object_richcompare_bool(back, l, KR_EQ) == 1);
            KR_DECREF(back);
        }
        KR_DECREF(d);
    }
    KR_DECREF(l);
    KR_DECREF(t);
    KR_DECREF(big);

    /* compiled code round trips to an equal code object */
    KrObject *fn = kr_str_from_cstr("<unit>");
    KrObject *co = kr_compile_source("def f(a, *b, c=1):\n    return [a, b, c]\nx = f(1)\n", -1,
                                     fn, KR_PARSE_EXEC, 0);
    KR_DECREF(fn);
    CHECK(co != NULL);
    if (co) {
        d = kr_marshal_dumps(co, KR_MARSHAL_VERSION);
        CHECK(d != NULL && (KR_BYTES_DATA(d)[0] & 0x7f) == 'K');
        if (d) {
            KrObject *back = kr_marshal_loads(KR_BYTES_DATA(d), KR_BYTES_LEN(d));
            CHECK(back && KR_CODE_CHECK(back));
            if (back) {
                CHECK(kr_object_richcompare_bool(back, co, KR_EQ) == 1);
                KrObject *d2 = kr_marshal_dumps(back, KR_MARSHAL_VERSION);
                CHECK(d2 && KR_BYTES_LEN(d2) == KR_BYTES_LEN(d) &&
                      memcmp(KR_BYTES_DATA(d2), KR_BYTES_DATA(d), (size_t)KR_BYTES_LEN(d)) == 0);
                KR_XDECREF(d2);
                KR_DECREF(back);
            }
            /* every proper prefix fails cleanly */
            for (ssize_t n = 0; n < KR_BYTES_LEN(d); n++) {
                KrObject *v = kr_marshal_loads(KR_BYTES_DATA(d), n);
                CHECK(v == NULL && kr_err_occurred());
                KR_XDECREF(v);
                kr_err_clear();
            }
            KR_DECREF(d);
        }
        KR_DECREF(co);
    }

    /* bad data */
    CHECK(loads_fails("", 0, kr_exc_EOFError));
    CHECK(loads_fails(NULL, 0, kr_exc_EOFError));
    CHECK(loads_fails("i\x01", 2, kr_exc_EOFError));
    CHECK(loads_fails("?", 1, kr_exc_ValueError));
    CHECK(loads_fails("c\x00\x00\x00\x00", 5, kr_exc_ValueError));   /* CPython code: unknown */
    CHECK(loads_fails("0", 1, kr_exc_TypeError));
    CHECK(loads_fails("r\x00\x00\x00\x00", 5, kr_exc_ValueError));
    CHECK(loads_fails("(\xff\xff\xff\x7f", 5, kr_exc_EOFError));      /* huge count, no data */
    CHECK(loads_fails("s\xff\xff\xff\x7f", 5, kr_exc_EOFError));

    /* unmarshallable */
    KrObject *o = kr_object_call_noargs((KrObject *)&kr_object_type);
    if (o) {
        KrObject *r = kr_marshal_dumps(o, 4);
        CHECK(r == NULL && kr_err_occurred() == kr_exc_ValueError);
        KR_XDECREF(r);
        kr_err_clear();
        KR_DECREF(o);
    }

    printf("test_marshal: %d failures\n", failures);
    return failures != 0;
}
