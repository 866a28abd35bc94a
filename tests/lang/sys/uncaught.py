print('about to fail')
def f():
    raise ValueError('uncaught value error')
f()
