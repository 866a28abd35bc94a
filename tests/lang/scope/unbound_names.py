# UnboundLocalError / NameError messages for locals, frees and globals.
def local_before_assign():
    try:
        print(v)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    v = 1

local_before_assign()

def deleted_local():
    v = 1
    del v
    try:
        v
    except UnboundLocalError as e:
        print(type(e).__name__, e)
deleted_local()

def free_unbound():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    w = 2
free_unbound()

try:
    undefined_global_name
except NameError as e:
    print(type(e).__name__, e)

def cond(flag):
    if flag:
        z = 1
    return z
print(cond(True))
try:
    cond(False)
except UnboundLocalError as e:
    print('cond', e)

class K:
    try:
        missing
    except NameError as e:
        msg = str(e)
print(K.msg)
