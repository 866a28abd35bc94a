from _functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [], 10), reduce(operator.mul, range(1, 6), 1))
print(reduce(lambda a, b: a + b, ['a', 'b', 'c']), reduce(max, [3, 9, 2]), reduce(operator.add, [5]))
print(reduce(lambda acc, x: acc + [x * 2], range(3), []))
def gen():
    yield 1
    raise KeyError('g')
for bad in ["reduce()", "reduce(1)", "reduce(operator.add, [])", "reduce(operator.add, 1)",
            "reduce(operator.add, [1], 2, 3)", "reduce(operator.add, [1], initial=2)",
            "reduce(operator.add, [1, 'a'])", "reduce(operator.add, gen(), 0)"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
