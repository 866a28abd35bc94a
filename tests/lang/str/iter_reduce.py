# __reduce__/__setstate__ of the str, bytes and bytearray iterators.
it = iter('abc'); next(it); print(it.__reduce__()); list(it); print(it.__reduce__())
it = iter(b'abc'); next(it); print(it.__reduce__()); list(it); print(it.__reduce__())
it = iter(bytearray(b'abc')); next(it); print(it.__reduce__()); list(it); print(it.__reduce__())
it = iter('abc'); it.__setstate__(2); print(list(it))
it = iter(b'abc'); it.__setstate__(-5); print(list(it))
it = iter('é€'); print(it.__reduce__())
