# FLAG_REF depends on reference counts (CPython 3.11 flags an object only if
# its count is > 1, or it is an interned str): these values hit places where
# the interpreter's own references decide the bytes.
import marshal

# nested constant tuples: CPython's compiler leaves them with 2 references
print(marshal.dumps(((1, 2), (3, (4,)))).hex())
v = ((5, 6), 7)
print(marshal.dumps(v).hex())
# str(int) of one digit is a new object in CPython (refcount 1)
print(marshal.dumps([str(i) for i in range(12)]).hex())
# str constants inside a constant frozenset are interned by CPython
print(marshal.dumps({'b', 'a', 'c'}).hex())
print(marshal.dumps(frozenset({'x', 'yy'})).hex())
