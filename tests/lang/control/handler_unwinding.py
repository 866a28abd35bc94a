# Evaluation order and unwinding through except handlers with break/continue/return.
import sys
class CM:
    closed = False
    def __enter__(self): return self
    def __exit__(self, *a): self.closed = True
for i in range(3):
    try:
        raise ValueError(i)
    except ValueError as e:
        if i == 1:
            break
        continue
print(i, 'e' in dir(), sys.exc_info())
def f():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            try:
                return i
            finally:
                print('inner finally', sys.exc_info()[0])
print(f(), sys.exc_info())
def g():
    while True:
        with CM() as fh:
            try:
                1/0
            except ZeroDivisionError as z:
                break
    return fh.closed
print(g())
def h():
    try:
        for x in [1, 2]:
            try:
                raise OSError
            except OSError as err:
                return err.__class__.__name__
            finally:
                print('fin', x)
    finally:
        print('outer fin')
print(h())
def k():
    r = []
    for i in range(4):
        try:
            try:
                if i % 2:
                    raise RuntimeError(i)
            except RuntimeError as e:
                r.append(('caught', i))
                continue
            else:
                r.append(('else', i))
        finally:
            r.append(('finally', i))
    return r
print(k())
