import operator as op
print(op.concat([1], [2]), op.concat('a', 'b'), op.concat((1,), (2,)))
l = [1]
print(op.iconcat(l, [2]) is l, l)
print(op.contains([1, 2], 2), op.contains('abc', 'd'), op.contains({1: 2}, 1))
print(op.countOf([1, 2, 1, 1], 1), op.countOf('banana', 'a'), op.indexOf([5, 6, 7], 7), op.indexOf('abc', 'b'))
d = {}
op.setitem(d, 'k', 1)
print(d, op.getitem(d, 'k'))
op.delitem(d, 'k')
print(d)
l = list(range(10))
print(op.getitem(l, slice(2, 5)))
op.setitem(l, slice(0, 8), [])
print(l)
op.delitem(l, 0)
print(l)
print(op.length_hint([1, 2, 3]), op.length_hint(iter([1, 2])), op.length_hint(1, 5), op.length_hint(x for x in []))
class H:
    def __length_hint__(self):
        return 42
print(op.length_hint(H()), op.call(len, [1, 2]), op.call(dict, a=1), op.call(max, 1, 5, key=lambda x: -x))
print(op._compare_digest if hasattr(op, '_compare_digest') else 'no _compare_digest in operator')
import _operator
print(_operator._compare_digest('abc', 'abc'), _operator._compare_digest('abc', 'abd'), _operator._compare_digest(b'a', b'ab'))
print(_operator._compare_digest(b'ab', bytearray(b'ab')))
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
    def __add__(self, o):
        return 'added'
print(op.concat(Seq(), Seq()), op.countOf(Seq(), 1))
for bad in ["op.concat(1, 2)", "op.concat([1], (2,))", "op.iconcat(1, [])", "op.countOf(1, 1)", "op.indexOf(5, 1)",
            "op.indexOf([1], 2)", "op.contains(1, 2)", "op.getitem([1], 'a')", "op.getitem([], 0)",
            "op.delitem({}, 1)", "op.setitem(1, 2, 3)", "op.length_hint([], 'a')", "op.length_hint()",
            "op.call()", "_operator._compare_digest('a', b'a')", "_operator._compare_digest(1, 2)",
            "_operator._compare_digest('\xe9', '\xe9')"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
