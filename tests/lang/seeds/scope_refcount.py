import sys
def print_word():
    word = 'Seven'
    print(word, sys.getrefcount(word) >= 2)

print_word()
x = 300
y = 300
print(x == y)
del x
try:
    x
except NameError as e:
    print('NameError', e)
print(y)
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def outer():
    n = 0
    def inner():
        nonlocal n
        n += 1
        return n
    inner()
    return inner()
print(outer())
