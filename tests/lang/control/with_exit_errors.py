# Errors raised by __enter__/__exit__ and non-context-managers.
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        raise RuntimeError('exit failed')

try:
    with BadExit():
        pass
except RuntimeError as e:
    print('exit error', e)

try:
    with BadExit():
        raise ValueError('body')
except RuntimeError as e:
    print('exit error', e, 'context', repr(e.__context__))

class BadEnter:
    def __enter__(self):
        raise KeyError('enter')
    def __exit__(self, *a):
        print('not called')
try:
    with BadEnter():
        print('not run')
except KeyError as e:
    print('enter error', e)

try:
    with object():
        pass
except Exception as e:
    print(type(e).__name__, e)

class ExitArgs:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print(t is ZeroDivisionError, type(v).__name__, tb is not None)
        return True
with ExitArgs():
    1 / 0
print('ok')
