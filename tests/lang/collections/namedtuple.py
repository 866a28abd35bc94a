from collections import namedtuple
import _collections
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]))
print(Point.x, type(Point.x).__name__, Point.x.__doc__)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
P3 = namedtuple('P3', 'a b c', defaults=[0, 0])
print(P3(1), P3(1, 2, 3), P3._field_defaults)
R = namedtuple('R', 'class def', rename=True)
print(R._fields)
tg = _collections._tuplegetter(1, 'doc1')
print(tg.__get__((5, 6)), tg.__get__(None, tuple) is tg, tg.__doc__, tg.__reduce__())
for bad in ["tg.__get__(1)", "_collections._tuplegetter(5, 'd').__get__((1,))", "_collections._tuplegetter()",
            "tg.__set__((1, 2), 3)", "tg.__delete__((1, 2))", "Point(1)", "Point(1, 2, 3)",
            "namedtuple('X', 'a a')", "namedtuple('X', '1a')"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
