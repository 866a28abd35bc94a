import sys
def f():
    fr = sys._getframe()
    return fr.f_code.co_name, sys._getframe(1).f_code.co_name
def caller():
    return f()
print(caller())
print(sys._getframe().f_code.co_name)
try:
    sys._getframe(1000)
except ValueError as e:
    print('ValueError', e)
print(sys._getframe(0).f_globals is globals())
