# send/throw/close on generators.
def g():
    try:
        x = yield 1
        print("received", x)
        y = yield x * 2
        print("received", y)
    except ValueError as e:
        print("caught in gen", e)
        yield "after-throw"
    finally:
        print("finally in gen")

it = g()
print(next(it))
print(it.send(10))
print(it.throw(ValueError("boom")))
try:
    next(it)
except StopIteration:
    print("stopped")

it = g()
try:
    it.send(5)
except TypeError as e:
    print(e)
print(next(it))
it.close()
print("closed", it.gi_frame)
try:
    next(it)
except StopIteration:
    print("stop after close")

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2

it = ignores_exit()
next(it)
try:
    it.close()
except RuntimeError as e:
    print(e)

def simple():
    yield 1

it = simple()
it.close()
print(list(it))
it = simple()
try:
    it.throw(KeyError, "k")
except KeyError as e:
    print("KeyError", e)
try:
    simple().throw(1)
except TypeError as e:
    print(e)
try:
    simple().throw(ValueError("x"), 1)
except TypeError as e:
    print(e)
it = simple()
next(it)
try:
    it.throw(IndexError)
except IndexError as e:
    print("IndexError propagated", repr(e))
print(it.send(None) if False else "done")
