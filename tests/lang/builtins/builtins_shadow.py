import builtins
def show():
    return len('abc')
print(show())
builtins.len = lambda x: 'patched'
print(show())
del builtins.len
try:
    show()
except NameError as e:
    print('NameError', e)
import sys
builtins.len = type(sys.intern).__call__ and (lambda o: o.__len__())
print(show())
len = lambda x: 'module level'
print(show())
del len
print(show())
