def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class D:
    def __trunc__(self): return 9
class E:
    def __int__(self): return True
import warnings
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    t(lambda: int(D()))
    t(lambda: int(E()))
    t(lambda: type(int(E())))
