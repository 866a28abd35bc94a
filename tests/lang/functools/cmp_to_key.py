from _functools import cmp_to_key
def cmp(a, b):
    return (a > b) - (a < b)
def rcmp(a, b):
    return cmp(b, a)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted([3, 1, 2], key=cmp_to_key(rcmp)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
K = cmp_to_key(cmp)
a, b = K(1), K(2)
print(a < b, a > b, a == b, a <= b, a >= b, a != b, K(obj=3).obj)
print(type(K).__name__, type(a).__name__, type(K).__module__)
print(min([5, 2, 8], key=cmp_to_key(cmp)), max([5, 2, 8], key=cmp_to_key(cmp)))
for bad in ["cmp_to_key()", "K()", "K(1) < 2", "hash(K(1))", "K(1, 2)", "cmp_to_key(cmp, 2)",
            "cmp_to_key(1)(1) < cmp_to_key(1)(2)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
