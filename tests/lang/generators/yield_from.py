# yield from: delegation of values, send, throw, close, return value.
def inner():
    x = yield "i1"
    print("inner got", x)
    try:
        yield "i2"
    except KeyError:
        print("inner caught KeyError")
        yield "i3"
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"

g = outer()
print(next(g))
print(g.send("S"))
print(g.gi_yieldfrom.__name__ if g.gi_yieldfrom else None)
print(g.throw(KeyError))
print(next(g))
print(g.gi_yieldfrom)
try:
    next(g)
except StopIteration:
    print("done")

def delegating_list():
    yield from [1, 2, 3]
    yield from range(2)
    yield from "ab"

print(list(delegating_list()))

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")

def outer2():
    yield from closer()

g = outer2()
next(g)
g.close()

def thrower():
    yield from closer()

g = thrower()
next(g)
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("propagated", e)

def ret_early():
    return 5
    yield

def wrap():
    v = yield from ret_early()
    yield v

print(list(wrap()))

def stops_on_throw():
    try:
        yield 1
    except KeyError:
        return "from-throw"

def outer3():
    v = yield from stops_on_throw()
    yield ("outer3 got", v)

g = outer3()
next(g)
print(g.throw(KeyError))
