# NameError and UnboundLocalError messages.
def t(f):
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)

def a():
    print(x)
    x = 1
def b():
    return undefined_thing
def c():
    del zz
def d():
    y = 1
    del y
    return y
def e():
    global gg
    del gg
def f():
    def g():
        return w
    g()
    w = 2
for fn in (a, b, c, d, e, f):
    t(fn)
try:
    del not_here
except NameError as ex:
    print(ex, ex.name)
class K:
    try:
        print(q)
    except NameError as ex:
        print("class body", ex)
try:
    undefined_name_x
except NameError as ex:
    print(ex.name)
