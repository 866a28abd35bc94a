# marshal.dumps errors: unmarshallable objects and bad arguments
import marshal

class MyInt(int): pass
class MyStr(str): pass
class MyList(list): pass

for v in [object(), MyInt(3), MyStr('s'), MyList(), [1, object()], {1: object()},
          {object(): 1}, (1, 2, print), {1, 2, len}, type, lambda: 0, range(3), 1 .bit_length]:
    try:
        marshal.dumps(v)
        print('no error')
    except ValueError as e:
        print(type(e).__name__, e)
for args in [(), (1, 2, 3), (1, 'x'), (1, 2.0), (1, 2**40), (1, -2**40)]:
    try:
        marshal.dumps(*args)
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
try:
    marshal.dumps(1, version=2)
except TypeError as e:
    print(type(e).__name__, e)
# versions outside 0..4 behave like the nearest
print(marshal.dumps((1, 'a'), -1).hex(), marshal.dumps((1, 'a'), 99).hex())
for v in [marshal.loads, marshal.dump, marshal.load]:
    try:
        v()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    marshal.loads('str')
except TypeError as e:
    print(type(e).__name__, e)
try:
    marshal.loads(5)
except TypeError as e:
    print(type(e).__name__, e)
# with two errors, the last one met decides the message (as CPython's writer)
deep = []
for i in range(3000):
    deep = [deep]
for v in ([deep, object()], [object(), deep], [deep, deep], {1: deep, 2: len}):
    try:
        marshal.dumps(v)
    except ValueError as e:
        print(e)
