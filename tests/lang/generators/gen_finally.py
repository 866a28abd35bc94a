# finally blocks and cleanup when generators are dropped.
def g(name):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", name)

it = g("a")
next(it)
del it
print("after del")

for x in g("b"):
    print("loop", x)
    break
print("after break")

def nested():
    for i in range(3):
        try:
            yield i
        finally:
            print("fin", i)

print(list(nested()))

def with_exc():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise

it = with_exc()
next(it)
it.close()

def suspended_in_except():
    try:
        raise ValueError("ctx")
    except ValueError:
        yield 1
        import sys
        print("exc_info", sys.exc_info()[0].__name__)

it = suspended_in_except()
next(it)
import sys
print("outside", sys.exc_info())
try:
    next(it)
except StopIteration:
    pass
