def gen():
    yield 1
    raise ValueError("in generator")

def consume():
    for x in gen():
        print(x)

consume()
