# finally runs on break, continue and return, in the right order.
def f():
    for i in range(3):
        try:
            if i == 0:
                continue
            if i == 1:
                print('breaking')
                break
        finally:
            print('finally', i)
    return 'end'
print(f())

def g():
    try:
        return 'try'
    finally:
        print('cleanup g')
print(g())

def h():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(h())

def nested():
    try:
        try:
            return 1
        finally:
            print('inner')
    finally:
        print('outer')
print(nested())

def loop_return():
    for i in range(5):
        try:
            try:
                if i == 2:
                    return i
            finally:
                print('inner', i)
        finally:
            print('outer', i)
print(loop_return())

def finally_swallows():
    for i in range(2):
        try:
            raise ValueError(i)
        finally:
            continue
    return 'swallowed'
print(finally_swallows())

def return_value_kept():
    x = 'a'
    try:
        return x
    finally:
        x = 'b'
print(return_value_kept())
