"""a plain module"""
print("running _plainmod")
X = 10
_hidden = 1
def f():
    return X + 1
