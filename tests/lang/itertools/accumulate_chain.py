from itertools import accumulate, chain, compress
import operator
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=100)))
print(list(accumulate([])))
print(list(accumulate('abc')))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2], None, initial=3)))
print(list(accumulate(iterable=[1, 2], func=operator.sub)))
try:
    list(accumulate([1, 'a']))
except TypeError as e:
    print('TypeError', e)
print(list(chain('ab', [1, 2], (), range(2))))
print(list(chain()))
print(list(chain.from_iterable(['ab', 'cd'])))
print(list(chain.from_iterable([])))
it = chain([1], 5)
print(next(it))
try:
    next(it)
except TypeError as e:
    print('TypeError', e)
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(compress('ABC', [1, 1, 1, 1, 1])))
print(list(compress(data=range(10), selectors=[0, 1] * 5)))
print(chain[int])
for bad in ["accumulate()", "accumulate([], foo=1)", "accumulate(1)", "chain(a=1)", "chain.from_iterable()",
            "compress([])", "compress([], [], [])", "compress(1, [])"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
