/* test_compiler.c — unit tests of the compiler: snippets compile, their
 * disassembly contains the expected instructions, stack sizes are sane,
 * the line table and exception table decode, and SyntaxErrors carry
 * CPython's messages and locations. */
#include "vm/lifecycle.h"
#include "vm/err.h"
#include "vm/opcodes.h"
#include "compiler/compile.h"
#include "parser/parser.h"
#include "objects/code.h"
#include "objects/str.h"
#include "objects/int.h"
#include "objects/tuple.h"
#include "objects/bytes.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures, checks;

#define CHECK(cond, ...) do { checks++; if (!(cond)) { failures++; \
    printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); printf("\n"); } } while (0)

static KrObject *compile_mode(const char *src, int mode)
{
    KrObject *fn = kr_str_from_cstr("<test>");
    KrObject *co = kr_compile_source(src, -1, fn, mode, 0);
    KR_DECREF(fn);
    return co;
}

/* The disassembly of src as a malloc'd string, or NULL (error printed). */
static char *dis_of(const char *src)
{
    KrObject *co = compile_mode(src, KR_PARSE_EXEC);
    if (!co) {
        KrObject *e = kr_err_fetch();
        KrObject *r = e ? kr_object_repr(e) : NULL;
        printf("  compile error for %s: %s\n", src, r ? kr_str_as_utf8(r, NULL) : "?");
        KR_XDECREF(r);
        KR_XDECREF(e);
        return NULL;
    }
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    kr_dis_print(co, f);
    fclose(f);
    KR_DECREF(co);
    return buf;
}

static void expect_dis(const char *src, const char *const *needles)
{
    char *d = dis_of(src);
    CHECK(d != NULL, "compiles: %s", src);
    if (!d) return;
    int ok = 1;
    for (int i = 0; needles[i]; i++) {
        if (!strstr(d, needles[i])) {
            ok = 0;
            CHECK(0, "%s: disassembly lacks '%s'", src, needles[i]);
        }
    }
    if (!ok) printf("---- disassembly ----\n%s---------------------\n", d);
    free(d);
}

static void expect_syntax_error(const char *src, const char *msg, int lineno, int offset)
{
    KrObject *co = compile_mode(src, KR_PARSE_EXEC);
    CHECK(co == NULL, "should fail: %s", src);
    if (co) { KR_DECREF(co); return; }
    KrObject *e = kr_err_fetch();
    CHECK(e && kr_object_is_instance(e, kr_exc_SyntaxError) == 1, "SyntaxError for %s", src);
    if (!e) return;
    KrObject *m = kr_object_getattr_str(e, "msg");
    KrObject *l = kr_object_getattr_str(e, "lineno");
    KrObject *o = kr_object_getattr_str(e, "offset");
    const char *ms = m && KR_STR_CHECK(m) ? kr_str_as_utf8(m, NULL) : "?";
    CHECK(m && strcmp(ms, msg) == 0, "%s: message '%s', expected '%s'", src, ms, msg);
    CHECK(l && KR_INT_CHECK(l) && kr_int_as_i64(l) == lineno, "%s: lineno %lld, expected %d", src,
          l && KR_INT_CHECK(l) ? (long long)kr_int_as_i64(l) : -1LL, lineno);
    CHECK(o && KR_INT_CHECK(o) && kr_int_as_i64(o) == offset, "%s: offset %lld, expected %d", src,
          o && KR_INT_CHECK(o) ? (long long)kr_int_as_i64(o) : -1LL, offset);
    kr_err_clear();
    KR_XDECREF(m); KR_XDECREF(l); KR_XDECREF(o);
    KR_DECREF(e);
}

/* Walks every code object: stack size positive, every jump in range. */
static void check_code_sane(KrCodeObject *co)
{
    CHECK(co->co_stacksize >= 1, "stacksize %d", co->co_stacksize);
    for (ssize_t i = 0; i < co->co_ncodeunits; i++) {
        int op = KR_OPCODE(co->co_code[i]);
        CHECK(op < KR_OPCODE_COUNT, "opcode %d in range", op);
        if (op >= KR_OPCODE_COUNT) return;
        i += kr_opcode_info[op].cache;
    }
    for (ssize_t i = 0; i < KR_SIZE(co->co_consts); i++) {
        KrObject *k = KR_TUPLE_GET(co->co_consts, i);
        if (KR_CODE_CHECK(k)) check_code_sane((KrCodeObject *)k);
    }
}

static void test_snippets(void)
{
    static const char *const s1[] = { "LOAD_CONST", "STORE_NAME", "(x)", "RETURN_VALUE", NULL };
    expect_dis("x = 1\n", s1);
    static const char *const s2[] = { "LOAD_GLOBAL", "NULL + print", "CALL", "LOAD_FAST", "(a)", NULL };
    expect_dis("def f(a):\n    print(a)\n", s2);
    static const char *const s3[] = { "KW_NAMES", "CALL                     2", NULL };
    expect_dis("f(1, k=2)\n", s3);
    static const char *const s4[] = { "LOAD_METHOD", "(append)", NULL };
    expect_dis("a.append(1)\n", s4);
    static const char *const s5[] = { "CALL_FUNCTION_EX", "LIST_EXTEND", "DICT_MERGE", NULL };
    expect_dis("f(1, *a, **k)\n", s5);
    static const char *const s6[] = { "GET_ITER", "FOR_ITER", "JUMP_BACKWARD", NULL };
    expect_dis("for i in x:\n    pass\n", s6);
    static const char *const s7[] = { "PUSH_EXC_INFO", "CHECK_EXC_MATCH", "POP_EXCEPT", "RERAISE",
                                      "ExceptionTable", NULL };
    expect_dis("try:\n    f()\nexcept ValueError as e:\n    g(e)\n", s7);
    static const char *const s8[] = { "BEFORE_WITH", "WITH_EXCEPT_START", NULL };
    expect_dis("with a as b:\n    pass\n", s8);
    static const char *const s9[] = { "MAKE_CELL", "LOAD_CLOSURE", "COPY_FREE_VARS", "LOAD_DEREF", NULL };
    expect_dis("def f():\n    x = 1\n    def g():\n        return x\n    return g\n", s9);
    static const char *const s10[] = { "LOAD_BUILD_CLASS", "(__module__)", "(__qualname__)", NULL };
    expect_dis("class A:\n    pass\n", s10);
    static const char *const s11[] = { "(__classcell__)", "LOAD_CLOSURE", NULL };
    expect_dis("class A:\n    def f(self):\n        return super().f()\n", s11);
    static const char *const s12[] = { "<listcomp>", "LIST_APPEND", "BUILD_LIST", NULL };
    expect_dis("y = [i * 2 for i in x if i]\n", s12);
    static const char *const s13[] = { "(1267650600228229401496703205376)", NULL };
    expect_dis("x = 2 ** 100 if 0 else 1 << 100\n", s13);
    static const char *const s14[] = { "((1, 2, 3))", NULL };
    expect_dis("x = a in [1, 2, 3]\n", s14);
    static const char *const s15[] = { "MATCH_SEQUENCE", "GET_LEN", "MATCH_CLASS", "MATCH_MAPPING",
                                       "MATCH_KEYS", NULL };
    expect_dis("match x:\n    case [a, b]: pass\n    case P(x=1): pass\n    case {'k': v}: pass\n", s15);
    static const char *const s16[] = { "SEND", "YIELD_VALUE", "GET_YIELD_FROM_ITER", NULL };
    expect_dis("def g():\n    yield from x\n", s16);
    static const char *const s17[] = { "GET_AWAITABLE", "SEND", NULL };
    expect_dis("async def g():\n    await x\n", s17);
    static const char *const s18[] = { "FORMAT_VALUE", "BUILD_STRING", NULL };
    expect_dis("s = f'a{x!r:>10}b'\n", s18);
    static const char *const s19[] = { "UNPACK_EX", NULL };
    expect_dis("a, *b, c = x\n", s19);
    static const char *const s20[] = { "LOAD_ASSERTION_ERROR", "RAISE_VARARGS", NULL };
    expect_dis("assert x, 'm'\n", s20);
    static const char *const s21[] = { "SETUP_ANNOTATIONS", "(__annotations__)", NULL };
    expect_dis("x: int = 1\n", s21);
    static const char *const s22[] = { "IMPORT_NAME", "IMPORT_FROM", NULL };
    expect_dis("from a.b import c as d\nimport os.path\n", s22);
    static const char *const s23[] = { "CHECK_EG_MATCH", "PREP_RERAISE_STAR", NULL };
    expect_dis("try:\n    f()\nexcept* ValueError:\n    pass\n", s23);
    static const char *const s24[] = { "GET_AITER", "GET_ANEXT", "END_ASYNC_FOR", NULL };
    expect_dis("async def f():\n    async for x in y:\n        pass\n", s24);
}

static void test_sanity(void)
{
    const char *srcs[] = {
        "def f(a, b=1, *c, d, e=2, **g):\n    return a + b\n",
        "while x:\n    if y:\n        break\n    continue\nelse:\n    z = 1\n",
        "for i in r:\n    try:\n        continue\n    finally:\n        print(i)\n",
        "def f():\n    with a, b as c:\n        return 1\n",
        "x = {**a, 'b': 1, **c}\ny = {1, *s}\nz = (*a, *b)\n",
        "lambda x, *, y=1: (yield x)\n",
        "async def f():\n    async with a as b:\n        return [x async for x in b]\n",
        "match p:\n    case (1 | 2) as x if x: pass\n    case [*rest]: pass\n    case {**kw}: pass\n    case _: pass\n",
        NULL
    };
    for (int i = 0; srcs[i]; i++) {
        KrObject *co = compile_mode(srcs[i], KR_PARSE_EXEC);
        CHECK(co != NULL, "compiles: %s", srcs[i]);
        if (!co) { kr_err_print(); continue; }
        check_code_sane((KrCodeObject *)co);
        KR_DECREF(co);
    }
}

static void test_lines(void)
{
    KrObject *co = compile_mode("x = 1\n\ny = (2 +\n     z)\n", KR_PARSE_EXEC);
    CHECK(co != NULL, "compiles");
    if (!co) { kr_err_print(); return; }
    KrCodeObject *c = (KrCodeObject *)co;
    int saw3 = 0;
    for (ssize_t i = 0; i < c->co_ncodeunits; i++) {
        int line, eline, col, ecol;
        kr_code_addr2location(c, (int)i, &line, &eline, &col, &ecol);
        if (KR_OPCODE(c->co_code[i]) == BINARY_OP) {
            CHECK(line == 3 && eline == 4 && col == 5 && ecol == 6,
                  "BINARY_OP location %d-%d:%d-%d", line, eline, col, ecol);
            saw3 = 1;
        }
    }
    CHECK(saw3, "found BINARY_OP");
    KR_DECREF(co);

    co = compile_mode("try:\n    f()\nexcept E:\n    pass\n", KR_PARSE_EXEC);
    CHECK(co != NULL, "compiles try");
    if (!co) { kr_err_print(); return; }
    c = (KrCodeObject *)co;
    int found = 0;
    for (ssize_t i = 0; i < c->co_ncodeunits; i++) {
        int op = KR_OPCODE(c->co_code[i]);
        if (op == CALL) {
            int target, depth, lasti;
            found = kr_code_find_handler(c, (int)i, &target, &depth, &lasti);
            CHECK(found && depth == 0 && !lasti, "handler for the call (depth %d)", depth);
            CHECK(found && KR_OPCODE(c->co_code[target]) == PUSH_EXC_INFO, "handler starts with PUSH_EXC_INFO");
            break;
        }
        i += kr_opcode_info[op].cache;
    }
    CHECK(found, "call covered by a handler");
    KR_DECREF(co);
}

static void test_errors(void)
{
    expect_syntax_error("def f(x):\n    global x\n", "name 'x' is parameter and global", 2, 5);
    expect_syntax_error("nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1);
    expect_syntax_error("def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5);
    expect_syntax_error("break\n", "'break' outside loop", 1, 1);
    expect_syntax_error("x = 1\nreturn 5\n", "'return' outside function", 2, 1);
    expect_syntax_error("def f():\n  x=1\n  global x\n", "name 'x' is assigned to before global declaration", 3, 3);
    expect_syntax_error("def f():\n  print(x)\n  global x\n", "name 'x' is used prior to global declaration", 3, 3);
    expect_syntax_error("[i for i in (j:=range(3))]\n",
                        "assignment expression cannot be used in a comprehension iterable expression", 1, 14);
    expect_syntax_error("yield 1\n", "'yield' outside function", 1, 1);
    expect_syntax_error("await x\n", "'await' outside function", 1, 1);
    expect_syntax_error("class A:\n  [(y:=1) for i in r]\n",
                        "assignment expression within a comprehension cannot be used in a class body", 2, 5);
    expect_syntax_error("a, *b, *c = d\n", "multiple starred expressions in assignment", 1, 1);
    expect_syntax_error("match x:\n case y: pass\n case 1: pass\n",
                        "name capture 'y' makes remaining patterns unreachable", 2, 7);
    expect_syntax_error("match x:\n case [a, a]: pass\n", "multiple assignments to name 'a' in pattern", 2, 11);
    expect_syntax_error("match x:\n case _ : pass\n case 1: pass\n",
                        "wildcard makes remaining patterns unreachable", 2, 7);
    expect_syntax_error("match x:\n case [a] | [b]: pass\n", "alternative patterns bind different names", 2, 14);
    expect_syntax_error("def f():\n  for i in x:\n    pass\n  else:\n    continue\n",
                        "'continue' not properly in loop", 5, 5);
    expect_syntax_error("def f(a, a): pass\n", "duplicate argument 'a' in function definition", 1, 10);
    expect_syntax_error("def f():\n    x = 1\n    nonlocal x\n",
                        "name 'x' is assigned to before nonlocal declaration", 3, 5);
    /* 21 nested loops */
    char buf[4096];
    size_t n = 0;
    for (int i = 0; i < 21; i++) {
        for (int k = 0; k < i; k++) buf[n++] = ' ';
        n += (size_t)sprintf(buf + n, "while x:\n");
    }
    for (int k = 0; k < 21; k++) buf[n++] = ' ';
    n += (size_t)sprintf(buf + n, "pass\n");
    buf[n] = 0;
    expect_syntax_error(buf, "too many statically nested blocks", 21, 21);
}

static void test_limits(void)
{
    /* 1500 nested additions compile (the limit is 3 x the recursion limit) */
    size_t n = 1500;
    char *src = malloc(n * 2 + 8);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) { src[k++] = '1'; src[k++] = '+'; }
    src[k++] = '1'; src[k++] = '\n'; src[k] = 0;
    KrObject *co = compile_mode(src, KR_PARSE_EXEC);
    CHECK(co != NULL, "1500 nested additions compile");
    if (!co) kr_err_clear();
    KR_XDECREF(co);
    free(src);
    n = 20000;
    src = malloc(n * 2 + 8);
    k = 0;
    for (size_t i = 0; i < n; i++) { src[k++] = 'a'; src[k++] = '+'; }
    src[k++] = 'a'; src[k++] = '\n'; src[k] = 0;
    co = compile_mode(src, KR_PARSE_EXEC);
    CHECK(co == NULL && kr_err_matches(kr_exc_RecursionError), "20000 nested additions: RecursionError");
    kr_err_clear();
    KR_XDECREF(co);
    free(src);
    expect_syntax_error("__debug__ = 1\n", "cannot assign to __debug__", 1, 1);
    expect_syntax_error("def f(*, __debug__): pass\n", "cannot assign to __debug__", 1, 1);
    static const char *const swaps[] = { "STORE_FAST               1 (b)\n", NULL };
    expect_dis("def f(a, b):\n    a, b = b, a\n", swaps);
    char *d = dis_of("def f(a, b):\n    a, b = b, a\n");
    CHECK(d && !strstr(d, "SWAP"), "a, b = b, a needs no SWAP");
    free(d);
}

static void test_code_attrs(void)
{
    KrObject *co = compile_mode("def f(a, /, b, *, c):\n    'doc'\n    return a\n", KR_PARSE_EXEC);
    CHECK(co != NULL, "compiles");
    if (!co) { kr_err_print(); return; }
    KrObject *fco = NULL;
    KrObject *consts = ((KrCodeObject *)co)->co_consts;
    for (ssize_t i = 0; i < KR_SIZE(consts); i++)
        if (KR_CODE_CHECK(KR_TUPLE_GET(consts, i))) fco = KR_TUPLE_GET(consts, i);
    CHECK(fco != NULL, "function code in consts");
    if (fco) {
        KrCodeObject *f = (KrCodeObject *)fco;
        CHECK(f->co_argcount == 2 && f->co_posonlyargcount == 1 && f->co_kwonlyargcount == 1,
              "arg counts %d %d %d", f->co_argcount, f->co_posonlyargcount, f->co_kwonlyargcount);
        KrObject *doc = KR_TUPLE_GET(f->co_consts, 0);
        CHECK(KR_STR_CHECK(doc) && kr_str_equal_cstr(doc, "doc"), "docstring is co_consts[0]");
        CHECK(f->co_flags == (KR_CO_OPTIMIZED | KR_CO_NEWLOCALS), "flags %x", f->co_flags);
        KrObject *r = kr_object_repr(fco);
        const char *rs = r ? kr_str_as_utf8(r, NULL) : "";
        CHECK(r && strncmp(rs, "<code object f at 0x", 20) == 0 && strstr(rs, ", file \"<test>\", line 1>"),
              "repr %s", rs);
        KR_XDECREF(r);
        KrObject *vn = kr_object_getattr_str(fco, "co_varnames");
        CHECK(vn && KR_TUPLE_CHECK(vn) && KR_SIZE(vn) == 3, "co_varnames");
        KR_XDECREF(vn);
        KrObject *cc = kr_object_getattr_str(fco, "co_code");
        CHECK(cc && KR_BYTES_CHECK(cc) && KR_BYTES_LEN(cc) == f->co_ncodeunits * 2, "co_code");
        KR_XDECREF(cc);
        if (kr_err_occurred()) kr_err_print();
    }
    KR_DECREF(co);
}

int main(void)
{
    if (kr_runtime_init() < 0) return 1;
    test_snippets();
    test_sanity();
    test_lines();
    test_errors();
    test_limits();
    test_code_attrs();
    printf("test_compiler: %d checks, %d failed\n", checks, failures);
    return failures != 0;
}
