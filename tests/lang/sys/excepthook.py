import sys
try:
    sys.excepthook(1)
except TypeError as e:
    print('TypeError', e)
def hook(t, v, tb):
    print('hooked', t.__name__, v)
sys.excepthook = hook
print(sys.excepthook is hook, sys.__excepthook__ is not hook)
sys.excepthook = sys.__excepthook__
