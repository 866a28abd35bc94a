# Exhausted and failed generators stay finished.
def g():
    yield 1
    raise ValueError("fail")

it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print("ValueError", e)
print(next(it, "default"))
print(it.send(None) if False else "skip")
try:
    it.send(None)
except StopIteration:
    print("StopIteration on send after failure")
print(list(it))
it.close()
try:
    it.throw(KeyError)
except KeyError:
    print("throw into finished generator raises it")

def h():
    return "r"
    yield

it = h()
try:
    next(it)
except StopIteration as e:
    print("value", e.value)
try:
    next(it)
except StopIteration as e:
    print("value again", e.value)
