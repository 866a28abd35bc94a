import sys, builtins
sys.displayhook(None)
print(hasattr(builtins, '_'))
sys.displayhook(42)
print(builtins._)
sys.displayhook('text')
print(builtins._)
def hook(v):
    print('custom hook', v)
sys.displayhook = hook
sys.displayhook(1)
sys.displayhook = sys.__displayhook__
